//! Instruction words: how the posting wants the CV to show something ("blijkend uit de
//! werkervaring of opleiding", "stated in the CV", "(i.e. since November 2020)"). They are
//! recognised and set aside, never matched as evidence.

/// Where the posting says the evidence must show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShownIn {
    /// No place named.
    Anywhere,
    /// "blijkend uit (werk)ervaring of opleiding/cursus": work, education or courses.
    WorkOrEducation,
    /// "blijkend uit werkervaring", "expliciet benoemd in de werkervaring".
    Work,
}

/// Clauses that start an instruction; the clause runs to the next comma, semicolon or end.
const CLAUSES: &[&str] = &[
    "blijkend uit",
    "blijkt uit",
    "aantoonbaar op cv",
    "aantoonbaar op het cv",
    "expliciet benoemd in",
    "expliciet vermeld in",
    "stated in the cv",
    "evident from the cv",
    "as shown by",
    "op het cv vermeld",
    "in het cv vermeld",
];

/// Removes the instruction clauses and the "(i.e. …)"/"(d.w.z. …)" glosses from a folded
/// criterion; returns what is left and where the evidence must show.
pub fn strip(f: &str) -> (String, ShownIn) {
    let mut s = f.to_string();
    let mut shown = ShownIn::Anywhere;
    // Glosses, and remarks on when the thing applies ("de Omgevingswet (in werking sinds 1
    // januari 2024)"): neither is asked of the CV.
    for lead in [
        "(i.e.",
        "(d.w.z.",
        "(dat wil zeggen",
        "(ofwel",
        "(namelijk",
        "(in werking",
        "(sinds ",
        "(vanaf ",
        "(van kracht",
        "(since ",
        "(in force",
        "(effective ",
    ] {
        while let Some(p) = s.find(lead) {
            let end = s[p..].find(')').map_or(s.len(), |e| p + e + 1);
            s.replace_range(p..end, " ");
        }
    }
    for c in CLAUSES {
        if let Some(p) = s.find(c) {
            let end = s[p..].find([',', ';']).map_or(s.len(), |e| p + e);
            let clause = &s[p..end];
            let work = clause.contains("ervaring") || clause.contains("experience");
            let school = [
                "opleiding",
                "cursus",
                "training",
                "education",
                "course",
                "diploma",
            ]
            .iter()
            .any(|w| clause.contains(w));
            shown = match (work, school) {
                (true, false) => ShownIn::Work,
                (_, true) => ShownIn::WorkOrEducation,
                _ => shown,
            };
            s.replace_range(p..end, " ");
        }
    }
    // "opgedaan bij/in …", "gained in the last 6 years", "verworven binnen …" says where or
    // when experience was gained: the participle itself names nothing. In English only before
    // a lead of place or time ("gained insight" is no such participle).
    let mut s = s.replace(", opgedaan", " ").replace(" opgedaan", " ");
    for p in ["verworven", "gained", "acquired", "obtained", "built up"] {
        for lead in [
            " in ",
            " at ",
            " within ",
            " during ",
            " over ",
            " since ",
            " bij ",
            " binnen ",
            " tijdens ",
            " na ",
            " sinds ",
        ] {
            s = s
                .replace(&format!(", {p}{lead}"), lead)
                .replace(&format!(" {p}{lead}"), lead);
        }
    }
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s.trim_end_matches([',', '.', ';', ' ']).to_string();
    (s, shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knowledge_shown_by_work_or_education() {
        let (s, shown) = strip(
            "kennis van de wet verbetering poortwachter, blijkend uit werkervaring of opleiding",
        );
        assert_eq!(s, "kennis van de wet verbetering poortwachter");
        assert_eq!(shown, ShownIn::WorkOrEducation);
        let (s, shown) =
            strip("aantoonbare kennis van titel 4.2 awb, expliciet benoemd in de werkervaring");
        assert_eq!(s, "aantoonbare kennis van titel 4.2 awb");
        assert_eq!(shown, ShownIn::Work);
    }

    /// Remarks on when a law or system applies, in six wordings, are no part of what is asked.
    #[test]
    fn remarks_on_when_it_applies_are_set_aside() {
        for (f, want) in [
            (
                "aantoonbare werkervaring met de omgevingswet (in werking sinds 1 januari 2024)",
                "aantoonbare werkervaring met de omgevingswet",
            ),
            (
                "kennis van de wkb (in werking getreden op 1 januari 2024)",
                "kennis van de wkb",
            ),
            (
                "ervaring met de woo (sinds 1 mei 2022)",
                "ervaring met de woo",
            ),
            (
                "werken met het dso (vanaf 2024 verplicht) in de vergunningverlening",
                "werken met het dso in de vergunningverlening",
            ),
            (
                "kennis van de wet (van kracht per 2025)",
                "kennis van de wet",
            ),
            (
                "experience with the nis2 directive (in force since october 2024)",
                "experience with the nis2 directive",
            ),
        ] {
            assert_eq!(strip(f).0, want, "{f}");
        }
        // A bracket that names the thing stays.
        assert_eq!(
            strip("kennis van de wet open overheid (woo)").0,
            "kennis van de wet open overheid (woo)"
        );
    }

    #[test]
    fn glosses_and_gained_are_set_aside() {
        let (s, _) = strip("at least 4 years of work experience as a data analyst within the last 6 years (i.e. since november 2020).");
        assert_eq!(
            s,
            "at least 4 years of work experience as a data analyst within the last 6 years"
        );
        let (s, shown) = strip(
            "werkervaring als cloud engineer met microsoft azure, opgedaan in de afgelopen 6 jaar",
        );
        assert_eq!(
            s,
            "werkervaring als cloud engineer met microsoft azure in de afgelopen 6 jaar"
        );
        assert_eq!(shown, ShownIn::Anywhere);
        // The family of participles of gaining before a place or a time.
        for (f, kept) in [
            (
                "experience in eu policy, gained in the last 6 years",
                "experience in eu policy in the last 6 years",
            ),
            (
                "experience in eu policy gained within the dutch government",
                "experience in eu policy within the dutch government",
            ),
            (
                "experience with audits, acquired during the last 5 years",
                "experience with audits during the last 5 years",
            ),
            (
                "ervaring met aanbesteden, verworven binnen een gemeente",
                "ervaring met aanbesteden binnen een gemeente",
            ),
            (
                "ervaring met subsidies verworven bij een provincie",
                "ervaring met subsidies bij een provincie",
            ),
            (
                "experience gained insight reports",
                "experience gained insight reports",
            ),
        ] {
            assert_eq!(strip(f).0, kept, "{f}");
        }
    }
}
