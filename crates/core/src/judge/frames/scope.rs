//! Scope words given as alternatives before one head: "een lokaal of regionaal
//! preventieakkoord", "intern of extern salderen", "internal or external audits". The words
//! span a range of the thing (its level, direction, sector, method); the assessor asks for the
//! thing, whichever of them the CV names. Left in, the "of" would split the whole criterion
//! into two halves ("… van een lokaal" | "regionaal preventieakkoord samen met …"), each
//! looked for as words. The frame takes the pair out and leaves the head in place.
//!
//! Only the scope words of the reviewed list (`thesaurus::SCOPE_WORDS`) count: "juridisch of
//! financieel advies" names two domains, not a range, and stays as it is.

use crate::judge::thesaurus::SCOPE_WORDS;

/// `folded` without each "A of B" (or "A or B") pair of scope words that stands before a
/// further word, the head both describe. Nothing else changes.
pub fn drop_scope_pairs(folded: &str) -> String {
    let words: Vec<&str> = folded.split(' ').collect();
    let scope = |w: &str| SCOPE_WORDS.contains(&w);
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let pair = i + 3 < words.len()
            && scope(words[i])
            && matches!(words[i + 1], "of" | "or")
            && scope(words[i + 2])
            && words[i + 3].len() >= 3
            && words[i + 3].chars().all(char::is_alphabetic)
            && !matches!(words[i + 3], "als" | "and" | "niveau" | "level");
        if pair {
            i += 3;
            continue;
        }
        out.push(words[i]);
        i += 1;
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::drop_scope_pairs;

    /// Ten wordings of scope alternatives before one head.
    #[test]
    fn scope_pairs_leave_the_head() {
        for (from, to) in [
            (
                "het tot stand brengen van een lokaal of regionaal preventieakkoord samen met gemeenten",
                "het tot stand brengen van een preventieakkoord samen met gemeenten",
            ),
            (
                "het beoordelen van aanvragen waarbij intern of extern salderen wordt toegepast",
                "het beoordelen van aanvragen waarbij salderen wordt toegepast",
            ),
            ("ervaring met nationaal of internationaal klimaatbeleid", "ervaring met klimaatbeleid"),
            ("werkervaring met formele of informele zorg", "werkervaring met zorg"),
            ("ervaring in het primair of voortgezet onderwijs", "ervaring in het onderwijs"),
            ("ervaring met kwalitatief of kwantitatief onderzoek", "ervaring met onderzoek"),
            ("het geven van mondelinge of schriftelijke adviezen", "het geven van adviezen"),
            ("ervaring met publieke of private opdrachtgevers", "ervaring met opdrachtgevers"),
            ("experience with internal or external audits", "experience with audits"),
            ("experience with local or regional authorities", "experience with authorities"),
        ] {
            assert_eq!(drop_scope_pairs(from), to, "{from}");
        }
        // Domains, not a range; no head after the pair; "zowel … als": unchanged.
        for same in [
            "ervaring met juridisch of financieel advies",
            "ervaring op strategisch of tactisch niveau",
            "ervaring met beleid, lokaal of regional",
            "zowel lokaal als regionaal",
        ] {
            assert_eq!(drop_scope_pairs(same), same);
        }
    }
}
