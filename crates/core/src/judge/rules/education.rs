//! Education: a higher level satisfies "minimaal hbo" (WO master ⊃ WO bachelor ⊃ HBO);
//! unfinished studies do not count; a named field is judged on the degree's name.

use super::super::matching::has_any;
use super::super::{Bilingual, Status, Verdict};
use super::{evidence, honest};
use crate::cv::{Cv, EducationLevel};
use crate::text::fold;

fn level_name(l: EducationLevel) -> (&'static str, &'static str) {
    match l {
        EducationLevel::Secondary => ("voortgezet onderwijs", "secondary school"),
        EducationLevel::Mbo => ("mbo", "MBO (vocational)"),
        EducationLevel::Hbo => ("hbo", "HBO (bachelor, applied sciences)"),
        EducationLevel::WoBachelor => ("wo-bachelor", "university bachelor"),
        EducationLevel::WoMaster => ("wo-master", "university master"),
        EducationLevel::Phd => ("promotie", "PhD"),
    }
}

pub fn judge(min: Option<EducationLevel>, fields: &[(String, Vec<String>)], cv: &Cv) -> Verdict {
    let mut v = Verdict::new(Status::NotMet, "education");
    let completed = |e: &&crate::cv::Education| e.completed != Some(false);
    let level_ok = |e: &&crate::cv::Education| match (min, e.level) {
        (None, _) => true,
        (Some(m), Some(l)) => l >= m,
        (Some(_), None) => false,
    };
    let field_ok = |e: &&crate::cv::Education| {
        let text = fold(&e.text);
        // A synonym joined by "+" needs every word on the degree.
        fields.is_empty()
            || fields.iter().any(|(_, syn)| {
                syn.iter()
                    .any(|t| t.split('+').all(|w| has_any(&text, &[w.to_string()])))
            })
    };
    let good: Vec<&crate::cv::Education> = cv
        .education
        .iter()
        .filter(completed)
        .filter(level_ok)
        .filter(field_ok)
        .collect();
    let (min_nl, min_en) = min.map_or(
        ("een afgeronde opleiding", "a completed degree"),
        level_name,
    );
    let field_list = fields
        .iter()
        .map(|f| super::quoted(&f.0))
        .collect::<Vec<_>>()
        .join(", ");
    if let Some(e) = good.first() {
        v.status = Status::Met;
        v.evidence = (e.first_line..=e.last_line)
            .map(|n| evidence(cv, n))
            .collect();
        if e.completed.is_none() {
            v.note = Some(Bilingual::new(
                "Het cv zegt niet met zoveel woorden dat het diploma is behaald.",
                "The CV does not say in so many words that the degree was completed.",
            ));
        }
        return v;
    }
    // Why not: unfinished, too low, or another field.
    let unfinished: Vec<&crate::cv::Education> = cv
        .education
        .iter()
        .filter(level_ok)
        .filter(field_ok)
        .filter(|e| e.completed == Some(false))
        .collect();
    let other_field: Vec<&crate::cv::Education> = cv
        .education
        .iter()
        .filter(completed)
        .filter(level_ok)
        .collect();
    if let Some(e) = unfinished.first() {
        v.evidence = vec![evidence(cv, e.first_line)];
        v.missing = Some(Bilingual::new(
            format!("Deze opleiding is niet afgerond; vereist is minimaal {min_nl}, afgerond."),
            format!("This degree was not completed; required is at least {min_en}, completed."),
        ));
    } else if !fields.is_empty() && !other_field.is_empty() {
        v.evidence = other_field
            .iter()
            .map(|e| evidence(cv, e.first_line))
            .collect();
        v.missing = Some(Bilingual::new(
            format!("Het niveau is er, maar de richting niet: gevraagd is {field_list}."),
            format!("The level is there, but not the field: asked is {field_list}."),
        ));
        v.suggestion = Some(honest(
            format!("noem de officiële naam van je opleiding als die in de richting van {field_list} valt, of vakken/minor die dat laten zien."),
            format!("give the official name of your degree if it falls within {field_list}, or courses/minors that show it."),
        ));
        return v;
    } else {
        v.evidence = cv
            .education
            .iter()
            .map(|e| evidence(cv, e.first_line))
            .collect();
        v.missing = Some(Bilingual::new(
            format!(
                "Geen afgeronde opleiding op minimaal {min_nl}-niveau gevonden{}.",
                if field_list.is_empty() {
                    String::new()
                } else {
                    format!(" in de richting van {field_list}")
                }
            ),
            format!(
                "No completed degree at {min_en} level or higher found{}.",
                if field_list.is_empty() {
                    String::new()
                } else {
                    format!(" in {field_list}")
                }
            ),
        ));
    }
    v.suggestion = Some(honest(
        "vermeld je opleiding met niveau (bijv. “HBO”, “WO-master”), instelling, jaren en “diploma behaald”.",
        "list your degree with its level (e.g. “HBO”, “WO master”), institution, years and “completed”.",
    ));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cv::read_cv;

    #[test]
    fn higher_level_counts_unfinished_does_not() {
        let (cv, _) = read_cv(
            "OPLEIDING\n2012 – 2014   Master Bestuurskunde, Universiteit Leiden – afgerond\n",
        );
        assert_eq!(
            judge(Some(EducationLevel::Hbo), &[], &cv).status,
            Status::Met
        );
        let (cv, _) = read_cv("OPLEIDING\n2008 – 2010 MBO-4, ROC Flevoland – diploma\n2011 – 2012 HBO Social Work, Windesheim – gestopt, niet afgerond\n");
        let v = judge(Some(EducationLevel::Hbo), &[], &cv);
        assert_eq!(v.status, Status::NotMet);
        assert!(v.missing.unwrap().nl.contains("niet afgerond"));
    }

    #[test]
    fn field_is_judged_on_the_degree_name() {
        let fields = vec![(
            "bestuurskunde".to_string(),
            vec![
                "bestuurskunde".to_string(),
                "public administration".to_string(),
            ],
        )];
        let (cv, _) = read_cv("EDUCATION\nMSc Public Administration, Erasmus University Rotterdam (2014 – 2015) – completed\n");
        assert_eq!(
            judge(Some(EducationLevel::Hbo), &fields, &cv).status,
            Status::Met
        );
        let (cv, _) = read_cv(
            "OPLEIDING\n2010 – 2014 Master Rechtsgeleerdheid, Universiteit Utrecht – afgerond\n",
        );
        assert_eq!(
            judge(Some(EducationLevel::Hbo), &fields, &cv).status,
            Status::NotMet
        );
    }
}
