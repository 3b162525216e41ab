//! Dutch-aware matching of a term against CV text: case and diacritics folded, light stemming,
//! and compounds (a stem found inside "vluchtelingenopvangbeleid" matches "opvang").

use crate::text::fold;

/// Strips common Dutch and English inflections so "adviseren", "adviseert", "advisering" and
/// "advies" meet at "advise"/"advie"… close enough: the stem is matched as a substring.
pub fn stem(word: &str) -> String {
    let w = fold(word);
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    // Dutch adjectives alternate "-aal"/"-ale" ("sociaal wijkteam", "sociale wijkteams"): the
    // stem is what both share.
    if w.len() >= 7
        && w.chars().all(|c| c.is_ascii_alphabetic())
        && (w.ends_with("aal") || w.ends_with("ale"))
    {
        return w[..w.len() - 2].to_string();
    }
    let mut s = w.to_string();
    for suffix in [
        "ingen", "ing", "eren", "erend", "elijke", "elijk", "lijke", "lijk", "ische", "isch",
        "ties", "tie", "iges", "ige", "ers", "en", "es", "e", "s", "ed", "ies", "y",
    ] {
        if s.len() > suffix.len() + 4 && s.ends_with(suffix) {
            s.truncate(s.len() - suffix.len());
            break;
        }
    }
    // Doubled final consonant after stripping ("bewakk" → "bewak").
    let b = s.as_bytes();
    if b.len() >= 5 && b[b.len() - 1] == b[b.len() - 2] && !b"aeiou".contains(&b[b.len() - 1]) {
        s.pop();
    }
    s
}

/// Whether folded `text` contains `term` (already folded): acronyms of three letters or fewer
/// must be whole words ("ind", not "Indebuurt"); four-letter terms must start a word ("raad" in
/// "raadsvoorstel", not in "draad"); longer ones may sit inside compounds.
pub fn has_term(text: &str, term: &str) -> bool {
    if term.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(p) = text[from..].find(term) {
        let at = from + p;
        if counts_at(text, at, term) && !agent_noun_at(text, at, term) {
            return true;
        }
        from = at + term.len();
    }
    false
}

/// Whether the stem of an "-atie" noun (`term` ends in "a": "indica", "organisa") found at
/// byte `at` of `text` goes on as its "-ator" agent or device ("indicatoren", "organisator",
/// "administrator", "generator"): another thing, unless the agent does the act itself
/// (reviewed [`super::thesaurus::AGENTS_OF_THE_ACT`]: "coördinator", "mediator").
fn agent_noun_at(text: &str, at: usize, term: &str) -> bool {
    if term.len() < 5 || !term.ends_with('a') || !text[at + term.len()..].starts_with("tor") {
        return false;
    }
    let word = &text[at..];
    !super::thesaurus::AGENTS_OF_THE_ACT
        .iter()
        .any(|a| word.starts_with(a))
}

/// Whether `term`, found at byte `at` of `text`, counts: short terms must be whole words (or,
/// with four letters, start one); longer ones and phrases count anywhere.
pub(crate) fn counts_at(text: &str, at: usize, term: &str) -> bool {
    let whole = term.chars().nth(4).is_none() && !term.contains(' ');
    if !whole {
        return true;
    }
    let four = term.chars().count() == 4;
    let starts = text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let ends = || {
        text[at + term.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    starts && (four || ends())
}

/// Whether folded `text` contains any of `terms`.
pub fn has_any(text: &str, terms: &[String]) -> bool {
    terms.iter().any(|t| has_term(text, t))
}

/// Content words of a phrase: folded, stemmed, without function words, ≥ 3 letters.
pub fn content_stems(phrase: &str) -> Vec<String> {
    const STOP: &[&str] = &[
        "de",
        "het",
        "een",
        "van",
        "en",
        "of",
        "met",
        "voor",
        "bij",
        "in",
        "op",
        "aan",
        "te",
        "tot",
        "als",
        "door",
        "om",
        "over",
        "naar",
        "richting",
        "binnen",
        "rond",
        "tussen",
        "die",
        "dat",
        "dit",
        "deze",
        "zijn",
        "is",
        "wordt",
        "worden",
        "the",
        "and",
        "or",
        "of",
        "with",
        "for",
        "at",
        "in",
        "on",
        "to",
        "a",
        "an",
        "aantoonbare",
        "aantoonbaar",
        "werkervaring",
        "ervaring",
        "experience",
        "minimaal",
        "jaar",
        "jaren",
        "kennis",
        "knowledge",
        "gebied",
        "waaronder",
        "zoals",
        "ca",
        "etc",
        // Connectives that say how, not what: "op grond van", "conform", "via", "based on".
        "via",
        "conform",
        "volgens",
        "inclusief",
        "bijvoorbeeld",
        "including",
        "according",
        "basis",
        "grond",
        "based",
        // A light verb: "het voeren van overleggen" asks the overleggen.
        "voeren",
        // More light verbs and the clause words around them: "het tot stand brengen van een
        // preventieakkoord" asks the akkoord, "aanvragen waarbij salderen wordt toegepast"
        // the aanvragen and the salderen, "samen met gemeenten" the gemeenten.
        "stand",
        "brengen",
        "toepassen",
        "toegepast",
        "applying",
        "applied",
        "waarbij",
        "waarin",
        "whereby",
        "samen",
        "together",
    ];
    fold(phrase)
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(|w| w.trim_matches('-'))
        .filter(|w| {
            w.chars().count() >= 3 && !STOP.contains(w) && !w.chars().all(|c| c.is_ascii_digit())
        })
        .map(stem)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("adviseren"), "advis");
        assert!(stem("advisering").starts_with("advis"));
        assert_eq!(stem("Coördinatie"), "coordina");
        assert_eq!(stem("bewaken"), "bewak");
        assert_eq!(stem("multidisciplinaire"), "multidisciplinair");
        // A plural's doubled consonant goes: "plannen van aanpak" meets "plan van aanpak".
        assert_eq!(stem("plannen"), "plan");
        assert_eq!(stem("stellen"), "stel");
        // "-aal" and "-ale" meet.
        for (a, b) in [
            ("sociaal", "sociale"),
            ("digitaal", "digitale"),
            ("regionaal", "regionale"),
            ("centraal", "centrale"),
        ] {
            assert_eq!(stem(a), stem(b));
            assert!(has_term(a, &stem(b)) && has_term(b, &stem(a)));
        }
    }

    #[test]
    fn short_terms_start_a_word_long_ones_match_inside_compounds() {
        assert!(has_term("voorbereiden van raadsvoorstellen", "raad"));
        assert!(!has_term("de rode draad", "raad"));
        assert!(has_term("coordinator vluchtelingenopvangbeleid", "opvang"));
        assert!(has_term("samenwerking met coa en uwv", "uwv"));
        assert!(!has_term("welzijnsorganisatie indebuurt033", "ind"));
    }

    /// Light verbs and clause words name nothing a CV must repeat: ten wordings.
    #[test]
    fn light_verbs_leave_the_thing() {
        for (phrase, stems) in [
            (
                "het tot stand brengen van een preventieakkoord",
                &["preventieakkoord"][..],
            ),
            (
                "aanvragen waarbij salderen wordt toegepast",
                &["aanvragen", "salderen"],
            ),
            ("het toepassen van de omgevingswet", &["omgevingswet"]),
            ("samen met gemeenten", &["gemeenten"]),
            (
                "projecten waarin bewoners participeren",
                &["projecten", "bewoners", "participeren"],
            ),
            ("applying the wkkgz", &["wkkgz"]),
            (
                "cases whereby mediation was applied",
                &["cases", "mediation", "was"],
            ),
            ("together with municipalities", &["municipalities"]),
            ("een convenant tot stand brengen", &["convenant"]),
            ("het voeren van overleggen", &["overleggen"]),
        ] {
            let want: Vec<String> = stems.iter().map(|w| stem(w)).collect();
            assert_eq!(content_stems(phrase), want, "{phrase}");
        }
    }

    #[test]
    fn content_words_drop_boilerplate() {
        assert_eq!(
            content_stems("Aantoonbare werkervaring met het uitvoeren van een hotspotmonitor"),
            ["uitvo", "hotspotmonitor"]
        );
    }

    /// An "-atie" noun is not met by its "-ator" agent or device, unless that agent does the
    /// act itself.
    #[test]
    fn an_atie_noun_is_not_its_ator() {
        for (noun, text) in [
            (
                "indicaties",
                "ontwikkelde kpi-indicatoren voor het sociaal domein",
            ),
            ("organisatie", "organisator van evenementen"),
            ("administratie", "system administrator windows"),
            ("simulatie", "werkte met een simulator"),
        ] {
            assert!(!has_term(&fold(text), &stem(noun)), "{noun}: {text}");
        }
        for (noun, text) in [
            ("indicaties", "stelde wmo-indicaties"),
            ("indicatie", "indicatiestelling jeugdhulp"),
            ("organisatie", "organisatieadvies"),
            ("coordinatie", "projectcoordinator wijkaanpak"),
            ("mediatie", "mediator bij burenconflicten"),
        ] {
            assert!(has_term(&fold(text), &stem(noun)), "{noun}: {text}");
        }
    }
}
