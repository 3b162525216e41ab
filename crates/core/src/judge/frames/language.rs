//! Language requirements: command of a language ("Professional working proficiency in Dutch
//! at level C1", "beheersing van de Nederlandse taal") or the language the CV is written in
//! ("Het cv is in het Nederlands opgesteld"). ASSESSOR rule 12: a CV requirement is judged
//! when the posting lists it among the knock-outs.

/// A language the posting names, by its English name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Dutch,
    English,
}

/// What the criterion asks about the language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LanguageReq {
    pub language: Language,
    /// The CV itself must be written in it (else: the candidate must command it).
    pub cv_written: bool,
    /// The CEFR level the criterion names ("level C1 or higher", "op niveau B2"), 1 = A1 to
    /// 6 = C2: the CV must state a level at least this high (or native command). `None` when
    /// the criterion names no level: any stated high command will do.
    pub cefr: Option<u8>,
}

/// The CEFR level a folded word names ("c1" → 5), 1 = A1 … 6 = C2.
pub fn cefr_of(word: &str) -> Option<u8> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    let b = w.as_bytes();
    if b.len() != 2 || !(b'1'..=b'2').contains(&b[1]) {
        return None;
    }
    let base = match b[0] {
        b'a' => 0,
        b'b' => 2,
        b'c' => 4,
        _ => return None,
    };
    Some(base + b[1] - b'0')
}

/// The lowest CEFR level a folded criterion names after a level word or on its own
/// ("niveau C1", "level B2/C1", "(ERK) B2"): the level it asks.
fn cefr_asked(f: &str) -> Option<u8> {
    f.split(|c: char| !c.is_alphanumeric())
        .filter_map(cefr_of)
        .min()
}

/// Reads a language requirement from a folded criterion, if it is one.
pub fn read(f: &str) -> Option<LanguageReq> {
    let language = if f.contains("nederlands") || f.contains("dutch") {
        Language::Dutch
    } else if f.contains("engels") || f.contains("english") {
        Language::English
    } else {
        return None;
    };
    let cv_written = (f.contains("cv") || f.contains("curriculum"))
        && [
            "opgesteld",
            "geschreven",
            "written",
            "is in het",
            "in de nederlandse taal",
        ]
        .iter()
        .any(|w| f.contains(w));
    let command = [
        "beheersing",
        "beheerst",
        "proficiency",
        "spreekt",
        "schrijft",
        "taalvaardig",
        "moedertaal",
        "native",
        "fluent",
        "vloeiend",
        "niveau c",
        "niveau b",
        "level c",
        "level b",
        "taalniveau",
    ]
    .iter()
    .any(|w| f.contains(w));
    let cefr = cefr_asked(f);
    (cv_written || command).then_some(LanguageReq {
        language,
        cv_written,
        cefr,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_and_cv_language() {
        assert_eq!(
            read("professional working proficiency in dutch at level c1 or higher"),
            Some(LanguageReq {
                language: Language::Dutch,
                cv_written: false,
                cefr: Some(5)
            })
        );
        assert_eq!(
            read("het cv is in het nederlands opgesteld"),
            Some(LanguageReq {
                language: Language::Dutch,
                cv_written: true,
                cefr: None
            })
        );
        // The level family: "C1", "niveau B2", "B2/C1" (the lower), "ERK-niveau C2".
        for (f, level) in [
            (
                "command of english at level c1 or higher, stated in the cv",
                Some(5),
            ),
            ("beheersing van de nederlandse taal op niveau b2", Some(4)),
            ("nederlands op minimaal erk-niveau c2", Some(6)),
            ("english proficiency b2/c1 (cefr)", Some(4)),
            ("vloeiende beheersing van het engels", None),
            ("het nederlands beheerst op moedertaalniveau", None),
        ] {
            assert_eq!(read(f).map(|r| r.cefr), Some(level), "{f}");
        }
        // A Dutch law or organisation named in passing is no language requirement.
        assert_eq!(read("kennis van het nederlandse omgevingsrecht"), None);
    }
}
