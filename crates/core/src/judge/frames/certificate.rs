//! Certificates, diplomas and titles: the name, its level and alternatives ("PSM I of hoger
//! of SAFe Scrum Master (SSM)", "NEVI 2 of hoger", "AZ-104 of AZ-305", "RC of RA"). ASSESSOR
//! rule 18: the one named, at the level named or higher; "of hoger" adds nothing the rule does
//! not already allow.

/// One certificate that will do, in each of the ways it may be written ("Professional Scrum
/// Master I" or "PSM I"): the words that must all stand on one CV line (folded; short ones as
/// whole words) and the level asked after them (I = 1, II = 2; Foundation = 1, Practitioner = 2).
#[derive(Debug, Clone, PartialEq)]
pub struct CertAlt {
    pub forms: Vec<(Vec<String>, Option<u32>)>,
}

/// A certificate requirement: any alternative will do.
#[derive(Debug, Clone, PartialEq)]
pub struct CertificateReq {
    pub label: String,
    pub alts: Vec<CertAlt>,
}

/// Words that name no certificate of their own.
const NOISE: &[&str] = &[
    "de",
    "het",
    "een",
    "van",
    "in",
    "op",
    "het",
    "bezit",
    "is",
    "zijn",
    "beschikt",
    "over",
    "kandidaat",
    "aangeboden",
    "heeft",
    "certificaat",
    "certificate",
    "certified",
    "diploma",
    "titel",
    "title",
    "geldig",
    "geldige",
    "valid",
    "a",
    "an",
    "the",
    "of",
    "or",
    "exam",
    "examen",
    "gecertificeerd",
    "minimaal",
    "minimum",
    "at",
    "least",
    "hold",
    "holds",
    "possession",
    "een",
    "voor",
    "for",
    "en",
    "and",
    "met",
    "with",
    "behaald",
    "niveau",
    "level",
    "hoger",
    "higher",
    "gelijkwaardig",
    "equivalent",
    "microsoft",
];

/// The level a word names, if it names one.
pub fn level_of(word: &str) -> Option<u32> {
    match word.trim_matches(|c: char| !c.is_alphanumeric()) {
        "i" | "1" | "foundation" | "basis" | "d" | "fundamentals" => Some(1),
        "ii" | "2" | "practitioner" | "associate" | "vol" | "c" => Some(2),
        "iii" | "3" | "expert" | "advanced" | "b" => Some(3),
        "iv" | "4" | "a" => Some(4),
        _ => None,
    }
}

/// Levels written as words; when one is there, digits are a version ("ITIL 4 Foundation").
const LEVEL_WORDS: &[&str] = &[
    "foundation",
    "practitioner",
    "associate",
    "expert",
    "advanced",
    "fundamentals",
    "basis",
    "vol",
];

/// Words of a phrase that name the certificate, and the level written after a name word
/// ("nevi 2", "psm i", "prince2 practitioner").
fn words_and_level(phrase: &str) -> (Vec<String>, Option<u32>) {
    let words: Vec<&str> = phrase
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '(' | ')' | '®'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let worded = words.iter().any(|w| LEVEL_WORDS.contains(w));
    let mut name: Vec<String> = Vec::new();
    let mut level = None;
    for w in words {
        let is_level = if worded {
            LEVEL_WORDS.contains(&w)
        } else {
            // A single letter is a level only after "ipma" (IPMA-C); else it is a name ("rijbewijs b").
            let letter = w.len() == 1 && w.chars().all(|c| c.is_ascii_alphabetic()) && w != "i";
            !name.is_empty() && (!letter || name.iter().any(|n| n == "ipma"))
        };
        if is_level && level.is_none() {
            if let Some(l) = level_of(w) {
                level = Some(l);
                continue;
            }
        }
        if NOISE.contains(&w) {
            continue;
        }
        name.push(w.to_string());
    }
    (name, level)
}

/// Reads a certificate requirement from a folded criterion.
pub fn read(f: &str, label: &str) -> CertificateReq {
    let mut s = f.to_string();
    for flag in [
        " of hoger",
        " or higher",
        " en hoger",
        " of gelijkwaardig",
        " or equivalent",
        " of vergelijkbaar",
    ] {
        s = s.replace(flag, " ");
    }
    // Alternatives split on "of"/"or" outside parentheses.
    let mut alts_text = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'(' => depth += 1,
            b')' => depth -= 1,
            _ => {}
        }
        // Bytes, not a str slice: `i` may fall inside a multi-byte character.
        let rest = &b[i..];
        if depth == 0 && (rest.starts_with(b" of ") || rest.starts_with(b" or ")) {
            alts_text.push(s[start..i].to_string());
            start = i + 4;
            i += 4;
            continue;
        }
        i += 1;
    }
    alts_text.push(s[start..].to_string());
    let alts = alts_text
        .iter()
        .filter_map(|a| {
            let (main, alias) = match (a.find('('), a.rfind(')')) {
                (Some(o), Some(c)) if o < c => (
                    format!("{} {}", &a[..o], &a[c + 1..]),
                    a[o + 1..c].to_string(),
                ),
                _ => (a.clone(), String::new()),
            };
            let (name, level) = words_and_level(&main);
            let (alias, alias_level) = words_and_level(&alias);
            let forms: Vec<(Vec<String>, Option<u32>)> = [(name, level), (alias, alias_level)]
                .into_iter()
                .filter(|(n, _)| !n.is_empty())
                .collect();
            (!forms.is_empty()).then_some(CertAlt { forms })
        })
        .collect();
    CertificateReq {
        label: label.trim().trim_end_matches('.').to_string(),
        alts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(f: &str) -> Vec<Vec<(Vec<&'static str>, Option<u32>)>> {
        read(f, f)
            .alts
            .into_iter()
            .map(|a| {
                a.forms
                    .into_iter()
                    .map(|(n, l)| (n.into_iter().map(|w| &*w.leak()).collect(), l))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn letters_of_more_than_one_byte_before_an_alternative() {
        // Found by fuzzing: the split on " of " sliced inside "é".
        let r = read("certificaat café of één of meer — naïef or ‘x’", "W1");
        assert!(!r.alts.is_empty());
    }

    #[test]
    fn names_levels_and_alternatives() {
        assert_eq!(
            forms("in het bezit van het diploma nevi 2 (professional in purchasing) of hoger"),
            [vec![
                (vec!["nevi"], Some(2)),
                (vec!["professional", "purchasing"], None)
            ]]
        );
        assert_eq!(
            forms("in het bezit van het certificaat professional scrum master (psm i of hoger) of safe scrum master (ssm)"),
            [
                vec![(vec!["professional", "scrum", "master"], None), (vec!["psm"], Some(1))],
                vec![(vec!["safe", "scrum", "master"], None), (vec!["ssm"], None)]
            ]
        );
        assert_eq!(
            forms("microsoft certified: azure administrator associate (az-104) of azure solutions architect expert (az-305)"),
            [
                vec![(vec!["azure", "administrator"], Some(2)), (vec!["az-104"], None)],
                vec![(vec!["azure", "solutions", "architect"], Some(3)), (vec!["az-305"], None)]
            ]
        );
        // A version digit is no level when the level is a word.
        assert_eq!(
            forms("certificaat itil 4 foundation of hoger"),
            [vec![(vec!["itil", "4"], Some(1))]]
        );
        assert_eq!(
            forms("in het bezit van een geldig rijbewijs b"),
            [vec![(vec!["rijbewijs", "b"], None)]]
        );
    }
}
