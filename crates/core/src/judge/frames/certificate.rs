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
    // "akte van beëdiging als boa": the role the akte is for names nothing besides it.
    "als",
    "as",
    // "een afgeronde training": a certificate is completed by being held.
    "afgeronde",
    "afgerond",
    "completed",
    "niveau",
    "level",
    "hoger",
    "higher",
    "gelijkwaardig",
    "equivalent",
    "microsoft",
    // When it must be held, not what it is ("op de startdatum", "bij aanvang").
    "startdatum",
    "sluitingsdatum",
    "aanvang",
    "start",
    "date",
    "bij",
    "tijdens",
    "opdracht",
    // Generic nouns for a proof of competence ("bekwaamheidsbewijs boa").
    "bekwaamheidsbewijs",
    "registratie",
    // "domein II naast domein I": both are asked, "naast" only joins them.
    "naast",
    // "je hebt de opleiding X afgerond": who holds it and the generic noun name nothing.
    "je",
    "jij",
    "u",
    "hebt",
    "opleiding",
    // "de opleiding tot leerplichtambtenaar".
    "tot",
    "you",
    "have",
    "has",
];

/// Suffixes that glue a generic noun to a certificate's name ("vca-vol-certificaat").
const GENERIC_SUFFIXES: &[&str] = &[
    "-certificaat",
    "-certificering",
    "-diploma",
    "-bewijs",
    "-bekwaamheidsbewijs",
    "-certificate",
    "-registratie",
];

/// Whether a parenthesised phrase is another name for the certificate ("(SSM)", "(AZ-104)",
/// "(professional in purchasing)") rather than a qualifier of its domain ("boa domein III
/// (Onderwijs)", "(Openbare Ruimte)"): a code (a digit or hyphen), an acronym (five letters or
/// fewer) or a name spelled out in three words or more.
fn is_alias(phrase: &str, words: &[String]) -> bool {
    phrase.split_whitespace().count() >= 3
        || words
            .iter()
            .any(|w| w.len() <= 5 || w.contains('-') || w.chars().any(|c| c.is_ascii_digit()))
}

/// A name with a slashed word ("reanimatie/bls", "bhv/ehbo") is one form per side; a slash
/// between digits ("24/7") or before a short suffix ("CIPP/E", "TCP/IP") is no alternative.
fn expand_slashes(name: Vec<String>) -> Vec<Vec<String>> {
    let Some(i) = name.iter().position(|w| {
        w.split('/').count() > 1
            && w.split('/')
                .all(|p| p.len() >= 3 && p.chars().any(|c| c.is_alphabetic()))
    }) else {
        return vec![name];
    };
    name[i]
        .split('/')
        .flat_map(|side| {
            let mut n = name.clone();
            n[i] = side.to_string();
            expand_slashes(n)
        })
        .collect()
}

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
        // A dash between words ("… (IBT) —") names nothing.
        .filter(|w| w.chars().any(char::is_alphanumeric))
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
        // "domein I", "domein III": a BOA domain is a name, not a level above another.
        let is_level = is_level && !name.last().is_some_and(|n| n == "domein" || n == "domain");
        if is_level && level.is_none() {
            if let Some(l) = level_of(w) {
                level = Some(l);
                continue;
            }
        }
        if NOISE.contains(&w) {
            continue;
        }
        let w = GENERIC_SUFFIXES
            .iter()
            .find_map(|x| w.strip_suffix(x))
            .unwrap_or(w);
        name.push(w.to_string());
    }
    (name, level)
}

/// A name and its forms with a known abbreviation for a spelled-out part ("akte van beediging
/// buitengewoon opsporingsambtenaar domein i" is also "… boa domein i").
fn abbreviated(name: Vec<String>) -> Vec<Vec<String>> {
    let joined = format!(" {} ", name.join(" "));
    let mut out = vec![name];
    for (full, shorts) in super::super::thesaurus::ABBREVIATIONS {
        if full.contains(' ') && joined.contains(&format!(" {full} ")) {
            for short in *shorts {
                let form = joined.replacen(full, short, 1);
                out.push(form.split_whitespace().map(str::to_string).collect());
            }
        }
    }
    out
}

/// A name and its forms with the licence's other names ([`LICENCES`]): "driving licence b"
/// is also "rijbewijs b", and "rijbewijs b" also "driving licence b".
///
/// [`LICENCES`]: super::super::thesaurus::LICENCES
fn licence_names(name: Vec<String>) -> Vec<Vec<String>> {
    let words = |n: &str| -> Vec<String> {
        n.split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let mut out = vec![name.clone()];
    for row in super::super::thesaurus::LICENCES {
        // The longest of the licence's names the criterion's name holds, word for word.
        let Some((at, len)) = row
            .iter()
            .map(|n| words(n))
            .filter(|n| !n.is_empty())
            .filter_map(|n| {
                (0..name.len().saturating_sub(n.len() - 1))
                    .find(|&i| name[i..i + n.len()] == n[..])
                    .map(|i| (i, n.len()))
            })
            .max_by_key(|&(_, len)| len)
        else {
            continue;
        };
        for other in row.iter().map(|n| words(n)) {
            let form: Vec<String> = name[..at]
                .iter()
                .cloned()
                .chain(other)
                .chain(name[at + len..].iter().cloned())
                .collect();
            if !out.contains(&form) {
                out.push(form);
            }
        }
    }
    out
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
    // "…; een kopie wordt bij de inschrijving gevoegd": a clause after a semicolon tells
    // what to hand in, not the name.
    if let Some(p) = s.find(';') {
        s.truncate(p);
    }
    // "…, geldig op de startdatum van 1 december 2026": when it must be valid, not its name
    // (validity is judged on every mention).
    for when in [
        ", geldig op ",
        " geldig op de ",
        ", valid on ",
        ", valid at ",
    ] {
        if let Some(p) = s.find(when) {
            s.truncate(p);
        }
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
            let (alias_words, alias_level) = words_and_level(&alias);
            let alias = if is_alias(&alias, &alias_words) {
                alias_words
            } else {
                Vec::new()
            };
            let forms: Vec<(Vec<String>, Option<u32>)> = [(name, level), (alias, alias_level)]
                .into_iter()
                .filter(|(n, _)| !n.is_empty())
                .flat_map(|(n, l)| expand_slashes(n).into_iter().map(move |n| (n, l)))
                .flat_map(|(n, l)| abbreviated(n).into_iter().map(move |n| (n, l)))
                .flat_map(|(n, l)| licence_names(n).into_iter().map(move |n| (n, l)))
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
        // A parenthesised domain is a qualifier, not another name; the domain's number is
        // part of the name (domein II is no level above domein I).
        assert_eq!(
            forms("in het bezit van een geldig bekwaamheidsbewijs boa domein iii (onderwijs)"),
            [vec![(vec!["boa", "domein", "iii"], None)]]
        );
        assert_eq!(
            forms("een geldig certificaat veiligheid (openbare ruimte)"),
            [vec![(vec!["veiligheid"], None)]]
        );
        assert_eq!(
            forms("istqb advanced level test automation engineer (ctal-tae) certificate"),
            [vec![
                (vec!["istqb", "test", "automation", "engineer"], Some(3)),
                (vec!["ctal-tae"], None)
            ]]
        );
        // A glued generic noun and the moment it must be held are no part of the name.
        for f in [
            "in het bezit van een geldig vca-vol-certificaat (of hoger)",
            "een geldig vca-vol-diploma bij aanvang van de opdracht",
        ] {
            assert_eq!(forms(f), [vec![(vec!["vca-vol"], None)]], "{f}");
        }
        // Slashed names are alternatives.
        assert_eq!(
            forms("een geldig certificaat reanimatie/bls op de startdatum"),
            [vec![(vec!["reanimatie"], None), (vec!["bls"], None)]]
        );
        assert_eq!(
            forms("geldig diploma bhv/ehbo"),
            [vec![(vec!["bhv"], None), (vec!["ehbo"], None)]]
        );
        assert_eq!(
            forms("in het bezit van een geldig cipp/e certificaat"),
            [vec![(vec!["cipp/e"], None)]]
        );
        assert_eq!(
            forms("iso/iec 27001 lead auditor"),
            [vec![
                (vec!["iso", "27001", "lead", "auditor"], None),
                (vec!["iec", "27001", "lead", "auditor"], None)
            ]]
        );
        assert_eq!(
            forms("in het bezit van een geldig rijbewijs b")[0][0],
            (vec!["rijbewijs", "b"], None)
        );
    }

    /// A licence asked in either language is found by any of its names, its category kept.
    #[test]
    fn licences_by_any_of_their_names() {
        let has = |f: &str, form: &[&str]| {
            forms(f)
                .iter()
                .any(|a| a.iter().any(|(n, _)| n[..] == form[..]))
        };
        for (asked, also) in [
            ("driving licence b", &["rijbewijs", "b"][..]),
            ("a valid driver's license be", &["rijbewijs", "be"]),
            ("in het bezit van rijbewijs c", &["driving", "licence", "c"]),
            ("een geldig rijbewijs b", &["drivers", "license", "b"]),
        ] {
            assert!(has(asked, also), "{asked}: {:?}", forms(asked));
        }
        // What to hand in after a semicolon is no part of the name.
        assert_eq!(
            forms("in het bezit van een geldig vca-vol diploma; een kopie wordt bij de inschrijving gevoegd"),
            [vec![(vec!["vca-vol"], None)]]
        );
        assert_eq!(
            forms(
                "in het bezit van het diploma van de opleiding tot leerplichtambtenaar (ingrado)"
            ),
            [vec![(vec!["leerplichtambtenaar"], None)]]
        );
        // The category stays asked: B is not C.
        assert!(!has("driving licence c", &["rijbewijs", "b"]));
        assert!(!has("driving licence c", &["rijbewijs"]));
    }
}
