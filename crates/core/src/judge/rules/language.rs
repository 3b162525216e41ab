//! Language: the CV's own language (its function words), or the command of a language stated
//! in the CV ("Nederlands (moedertaal)", "Dutch – native", "Engels C1"). ASSESSOR rule 1: a
//! command not stated is `not_met`.

use super::super::frames::language::{cefr_of, Language, LanguageReq};
use super::super::{Bilingual, Status, Verdict};
use super::{evidence, honest};
use crate::cv::Cv;
use crate::text::contains_word;

/// Function words that show which language a text is written in.
const DUTCH: &[&str] = &[
    "de", "het", "een", "en", "van", "voor", "met", "bij", "ik", "op",
];
const ENGLISH: &[&str] = &[
    "the", "a", "and", "of", "for", "with", "at", "i", "on", "to",
];

/// Words that state a command at C1 or above.
const HIGH: &[&str] = &[
    "moedertaal",
    "native",
    "mother tongue",
    "c1",
    "c2",
    "vloeiend",
    "fluent",
    "uitstekend",
    "excellent",
    "full professional",
    "bilingual",
    "tweetalig",
];

/// Words that state native command, which holds every level (ASSESSOR rule 12).
const NATIVE: &[&str] = &[
    "moedertaal",
    "native",
    "mother tongue",
    "bilingual",
    "tweetalig",
];

/// Whether a folded segment of a CV line states the command asked: at least the CEFR level
/// `asked` (its highest level written, or native), else any word of [`HIGH`]. "Goed",
/// "vloeiend" and "fluent" name no CEFR level, so they do not state C1.
fn stated(segment: &str, asked: Option<u8>) -> bool {
    if NATIVE.iter().any(|w| segment.contains(w)) {
        return true;
    }
    let Some(asked) = asked else {
        return HIGH.iter().any(|w| segment.contains(w));
    };
    segment
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(cefr_of)
        .max()
        .is_some_and(|held| held >= asked)
}

pub fn judge(req: LanguageReq, cv: &Cv) -> Verdict {
    let mut v = Verdict::new(Status::NotMet, "language");
    let (nl, en) = match req.language {
        Language::Dutch => ("Nederlands", "Dutch"),
        Language::English => ("Engels", "English"),
    };
    if req.cv_written {
        let count = |words: &[&str]| {
            (1..=cv.lines.len())
                .map(|n| {
                    let l = cv.folded_line(n);
                    words.iter().filter(|w| contains_word(l, w)).count()
                })
                .sum::<usize>()
        };
        let (d, e) = (count(DUTCH), count(ENGLISH));
        let written_dutch = d > e;
        if written_dutch == (req.language == Language::Dutch) && d + e > 0 {
            v.status = Status::Met;
        } else {
            v.missing = Some(Bilingual::new(
                format!("Het cv is niet in het {nl} geschreven."),
                format!("The CV is not written in {en}."),
            ));
            v.suggestion = Some(honest(
                format!("lever het cv in het {nl} aan."),
                format!("submit the CV in {en}."),
            ));
        }
        return v;
    }
    let names: &[&str] = match req.language {
        Language::Dutch => &["nederlands", "dutch"],
        Language::English => &["engels", "english"],
    };
    for n in 1..=cv.lines.len() {
        let l = cv.folded_line(n);
        if !names.iter().any(|w| contains_word(l, w)) {
            continue;
        }
        // "Nederlands (moedertaal), Engels (goed)": the level beside the language's name, not
        // one another language on the line has. A line naming one language is read whole
        // (a Europass grid: "English C1 C1 B2 …").
        let segments: Vec<&str> = l
            .split([',', ';'])
            .filter(|s| names.iter().any(|w| contains_word(s, w)))
            .collect();
        if segments.iter().any(|s| stated(s, req.cefr)) {
            v.status = Status::Met;
            v.evidence.push(evidence(cv, n));
            return v;
        }
    }
    v.missing = Some(Bilingual::new(
        format!("Het cv noemt geen beheersing van het {nl} op het gevraagde niveau."),
        format!("The CV states no command of {en} at the level asked."),
    ));
    v.suggestion = Some(honest(
        format!("zet onder Talen je niveau in het {nl} (bijvoorbeeld moedertaal of C1)."),
        format!("list your level of {en} under Languages (for example native or C1)."),
    ));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cv::read_cv;

    fn run(req: LanguageReq, text: &str) -> Status {
        judge(req, &read_cv(text).0).status
    }

    #[test]
    fn command_is_stated_under_languages() {
        let dutch = LanguageReq {
            language: Language::Dutch,
            cv_written: false,
            cefr: None,
        };
        assert_eq!(
            run(dutch, "Talen\nNederlands (moedertaal), Engels (goed)\n"),
            Status::Met
        );
        assert_eq!(
            run(dutch, "Languages\nMother tongue(s): Dutch\n"),
            Status::Met
        );
        // A language named without a level is not the level asked.
        assert_eq!(run(dutch, "Talen\nNederlands, Duits\n"), Status::NotMet);
    }

    #[test]
    fn the_cv_language_is_read_from_its_function_words() {
        let written = LanguageReq {
            language: Language::Dutch,
            cv_written: true,
            cefr: None,
        };
        assert_eq!(
            run(
                written,
                "Ervaring\nAdviseur bij de gemeente Utrecht en het waterschap.\n"
            ),
            Status::Met
        );
        assert_eq!(
            run(
                written,
                "Experience\nAdvisor at the municipality of Utrecht and the water board.\n"
            ),
            Status::NotMet
        );
    }

    /// A CEFR level asked needs a CEFR level stated (at least as high) or native command:
    /// the words a CV uses instead of a level do not state one.
    #[test]
    fn a_cefr_level_asked_needs_a_level_stated() {
        let c1 = LanguageReq {
            language: Language::English,
            cv_written: false,
            cefr: Some(5),
        };
        for (cv, status) in [
            ("Talen\nEngels (goed)\n", Status::NotMet),
            ("Talen\nEngels vloeiend\n", Status::NotMet),
            ("Languages\nEnglish: fluent\n", Status::NotMet),
            ("Talen\nEngels: uitstekend\n", Status::NotMet),
            ("Talen\nEngels B2\n", Status::NotMet),
            (
                "Talen\nNederlands (moedertaal), Engels (goed), Frans C1\n",
                Status::NotMet,
            ),
            ("Talen\nEngels C1\n", Status::Met),
            (
                "Languages\nEnglish – C2 (Cambridge Proficiency)\n",
                Status::Met,
            ),
            ("Languages\nEnglish   C1  C1  C1  B2  C1\n", Status::Met),
            ("Languages\nEnglish (native)\n", Status::Met),
            ("Talen\nEngels: moedertaal\n", Status::Met),
        ] {
            assert_eq!(run(c1, cv), status, "{cv}");
        }
    }
}
