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
    (cv_written || command).then_some(LanguageReq {
        language,
        cv_written,
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
                cv_written: false
            })
        );
        assert_eq!(
            read("het cv is in het nederlands opgesteld"),
            Some(LanguageReq {
                language: Language::Dutch,
                cv_written: true
            })
        );
        // A Dutch law or organisation named in passing is no language requirement.
        assert_eq!(read("kennis van het nederlandse omgevingsrecht"), None);
    }
}
