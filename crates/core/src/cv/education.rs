//! Education entries (level, degree, institution, completed) and courses.
//!
//! Levels: a PhD ⊃ WO master ⊃ WO bachelor ⊃ HBO ⊃ MBO. A bachelor at a university is WO, at a
//! hogeschool HBO. "Niet afgerond", "gestopt" or a propedeuse alone means not completed.

use super::experience::NumberedLine;
use super::period::find_period;
use super::{Course, Education, EducationLevel};
use crate::text::{contains_word, fold};

/// The level a degree's words name, if any.
pub fn level_of(text: &str) -> Option<EducationLevel> {
    let f = format!(" {} ", fold(text).replace(['(', ')', ',', '/', '–'], " "));
    let has = |w: &str| contains_word(&f, w);
    let university = f.contains("universiteit")
        || f.contains("university")
        || f.contains(" uva ")
        || f.contains(" vu ")
        || f.contains("erasmus")
        || has("wo");
    if has("phd")
        || has("promotie")
        || has("gepromoveerd")
        || has("doctorate")
        || f.contains("ph.d")
    {
        return Some(EducationLevel::Phd);
    }
    if has("master")
        || has("msc")
        || has("m.sc")
        || has("ma")
        || has("llm")
        || has("mba")
        || has("mpa")
        || has("drs")
        || has("mr")
        || f.contains("doctoraal")
        || f.contains("wo-master")
        || f.contains("wo master")
    {
        return Some(EducationLevel::WoMaster);
    }
    if has("hbo")
        || f.contains("hbo-")
        || f.contains("hogeschool")
        || f.contains("university of applied sciences")
        || has("hts")
        || has("heao")
        || has("pabo")
    {
        // "HBO-master" is a master at HBO level; counted as HBO-level or higher: WO master would
        // overstate it, plain HBO understates nothing an assessor asks.
        return Some(EducationLevel::Hbo);
    }
    if has("bachelor")
        || has("bsc")
        || has("ba")
        || f.contains("b.sc")
        || f.contains("wo-bachelor")
        || f.contains("wo bachelor")
    {
        return Some(if university || has("wo") {
            EducationLevel::WoBachelor
        } else {
            EducationLevel::Hbo
        });
    }
    if has("mbo") || f.contains("mbo-") || has("roc") {
        return Some(EducationLevel::Mbo);
    }
    if has("havo")
        || has("vwo")
        || has("vmbo")
        || has("atheneum")
        || has("gymnasium")
        || has("mavo")
        || f.contains("high school")
    {
        return Some(EducationLevel::Secondary);
    }
    None
}

/// Whether the text states the study was completed (`Some(true)`), not (`Some(false)`), or neither.
pub fn completion(text: &str) -> Option<bool> {
    let f = fold(text);
    let negative = [
        "niet afgerond",
        "niet voltooid",
        "gestopt",
        "afgebroken",
        "onderbroken",
        "not completed",
        "did not complete",
        "unfinished",
        "propedeuse",
        "zonder diploma",
        "geen diploma",
        "lopend",
        "in progress",
        "heden",
        "present",
    ];
    if negative.iter().any(|w| f.contains(w)) {
        // "propedeuse behaald" on its own is still not the degree.
        return Some(false);
    }
    let positive = [
        "diploma",
        "afgerond",
        "behaald",
        "completed",
        "graduated",
        "cum laude",
        "voltooid",
        "getuigschrift",
        "gediplomeerd",
    ];
    positive.iter().any(|w| f.contains(w)).then_some(true)
}

fn looks_like_education(text: &str) -> bool {
    level_of(text).is_some() || {
        let f = fold(text);
        [
            "opleiding",
            "studie",
            "bestuurskunde",
            "hogeschool",
            "universiteit",
            "university",
        ]
        .iter()
        .any(|w| f.contains(w))
    }
}

/// Education entries from a section's lines. A line with a level or a period starts an entry;
/// other lines (wrapped "diploma behaald") continue it.
pub fn read_education(lines: &[NumberedLine<'_>]) -> Vec<Education> {
    let mut out: Vec<Education> = Vec::new();
    for l in lines {
        let t = l.text.trim();
        let starts = looks_like_education(t)
            || find_period(t).is_some() && !t.starts_with(char::is_lowercase);
        if !starts {
            if let Some(last) = out.last_mut() {
                last.text.push(' ');
                last.text.push_str(t);
                last.last_line = l.no;
                if last.completed.is_none() || completion(t).is_some() {
                    last.completed = completion(&last.text);
                }
                if last.level.is_none() {
                    last.level = level_of(t);
                }
            }
            continue;
        }
        let period = find_period(t);
        let mut rest = match &period {
            Some((_, r)) => format!("{} {}", &t[..r.start], &t[r.end..]),
            None => t.to_string(),
        };
        // A lone year in parentheses: "(2014)".
        let year_only: Option<i32> = if period.is_none() {
            rest.split(|c: char| !c.is_ascii_digit())
                .filter(|w| w.len() == 4)
                .filter_map(|w| w.parse().ok())
                .find(|y| (1950..=2100).contains(y))
        } else {
            None
        };
        if let Some(y) = year_only {
            rest = rest.replace(&y.to_string(), " ");
        }
        // The removed period leaves "( )" behind.
        let rest = rest.replace("( )", " ").replace("()", " ");
        let parts: Vec<String> = rest
            .split(['\t', ','])
            .flat_map(|p| p.split(" – "))
            .flat_map(|p| p.split(" — "))
            .flat_map(|p| p.split(" - "))
            .map(|p| {
                trim_unbalanced(p.trim().trim_matches(|c: char| {
                    matches!(c, '|' | '–' | '—' | '-') || c.is_whitespace()
                }))
            })
            .filter(|p| !p.is_empty())
            .collect();
        let degree = parts.first().cloned().unwrap_or_default();
        let institution = parts
            .iter()
            .skip(1)
            .find(|p| completion(p).is_none() && !p.chars().all(|c| c.is_ascii_digit() || c == ' '))
            .cloned();
        out.push(Education {
            level: level_of(t),
            degree,
            institution,
            period: period.map(|(p, _)| p),
            completed: completion(t),
            first_line: l.no,
            last_line: l.no,
            text: t.to_string(),
        });
    }
    out
}

/// Trims parentheses that have no partner ("(2014" left by a removed year), keeps balanced ones.
fn trim_unbalanced(s: &str) -> String {
    let mut t = s.trim().to_string();
    loop {
        let before = t.len();
        if t.ends_with(')') && t.matches(')').count() > t.matches('(').count() {
            t.pop();
        }
        if t.starts_with('(') && t.matches('(').count() > t.matches(')').count() {
            t.remove(0);
        }
        if t.ends_with('(') {
            t.pop();
        }
        t = t.trim().to_string();
        if t.len() == before {
            return t;
        }
    }
}

/// Courses: one per line, or several on a line separated by '·', ';' or '|'.
pub fn read_courses(lines: &[NumberedLine<'_>]) -> Vec<Course> {
    let mut out = Vec::new();
    for l in lines {
        for part in l.text.split(['·', ';', '|', '•']) {
            let p = part.trim().trim_start_matches(['-', '–', '*']).trim();
            if p.len() < 3 {
                continue;
            }
            let year = p
                .split(|c: char| !c.is_ascii_digit())
                .filter(|w| w.len() == 4)
                .filter_map(|w| w.parse::<i32>().ok())
                .find(|y| (1950..=2100).contains(y));
            let name = match year {
                Some(y) => p.replacen(&y.to_string(), "", 1),
                None => p.to_string(),
            };
            let name = name.trim().trim_matches(|c: char| {
                c == '('
                    || c == ')'
                    || c == '-'
                    || c == '–'
                    || c == ','
                    || c == ':'
                    || c.is_whitespace()
            });
            let name = name.replace("()", "");
            let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
            if !name.is_empty() {
                out.push(Course {
                    name,
                    year,
                    line: l.no,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edu(text: &str) -> Vec<Education> {
        let lines = NumberedLine::all(text);
        read_education(&lines)
    }

    #[test]
    fn levels() {
        assert_eq!(
            level_of("HBO Bestuurskunde/Overheidsmanagement, Hogeschool Utrecht"),
            Some(EducationLevel::Hbo)
        );
        assert_eq!(
            level_of("Master Bestuurskunde (MSc Public Administration), Universiteit Leiden"),
            Some(EducationLevel::WoMaster)
        );
        assert_eq!(
            level_of("Bachelor Bestuurskunde, Universiteit Leiden"),
            Some(EducationLevel::WoBachelor)
        );
        assert_eq!(
            level_of("BA Liberal Arts & Sciences, University College Utrecht"),
            Some(EducationLevel::WoBachelor)
        );
        assert_eq!(
            level_of("MBO-4 Sociaal-Maatschappelijk Dienstverlener, ROC Flevoland"),
            Some(EducationLevel::Mbo)
        );
        assert_eq!(level_of("Havo, Arnhem"), Some(EducationLevel::Secondary));
        assert_eq!(
            level_of("Bachelor Social Work, Hogeschool Windesheim"),
            Some(EducationLevel::Hbo)
        );
        assert_eq!(level_of("PRINCE2 Foundation"), None);
    }

    #[test]
    fn completion_statements() {
        assert_eq!(completion("– diploma behaald"), Some(true));
        assert_eq!(completion("– completed, cum laude"), Some(true));
        assert_eq!(
            completion("gestopt na het eerste jaar, propedeuse niet afgerond"),
            Some(false)
        );
        assert_eq!(completion("Havo, Arnhem"), None);
    }

    #[test]
    fn entries_with_wrapped_completion() {
        let e = edu("2008 – 2012   HBO Social Work (Maatschappelijk Werk en Dienstverlening), Hogeschool Inholland –\n              diploma behaald\n2011 – 2012    HBO Social Work, Hogeschool Windesheim Almere – gestopt na het eerste jaar,\n               propedeuse niet afgerond\n");
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].completed, Some(true));
        assert_eq!(e[0].last_line, 2);
        assert_eq!(
            e[0].degree,
            "HBO Social Work (Maatschappelijk Werk en Dienstverlening)"
        );
        assert_eq!(e[0].institution.as_deref(), Some("Hogeschool Inholland"));
        assert_eq!(e[1].completed, Some(false));
    }

    #[test]
    fn degree_with_year_in_parentheses() {
        let e = edu("MSc Public Administration, Erasmus University Rotterdam (2014 – 2015) – completed, cum laude\n");
        assert_eq!(e[0].level, Some(EducationLevel::WoMaster));
        assert_eq!(e[0].degree, "MSc Public Administration");
        assert_eq!(
            e[0].institution.as_deref(),
            Some("Erasmus University Rotterdam")
        );
        assert_eq!(e[0].completed, Some(true));
    }

    #[test]
    fn courses_one_per_line_and_dotted() {
        let lines = [
            "2024   De Spreidingswet in de praktijk – VNG Academie",
            "BHV (2023) · Agressie- en conflicthantering (2017) · Oekraïens voor beginners (2022)",
        ];
        let nl: Vec<NumberedLine<'_>> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| NumberedLine { no: i + 1, text: l })
            .collect();
        let c = read_courses(&nl);
        assert_eq!(c.len(), 4);
        assert_eq!(
            (c[0].name.as_str(), c[0].year),
            ("De Spreidingswet in de praktijk – VNG Academie", Some(2024))
        );
        assert_eq!((c[1].name.as_str(), c[1].year), ("BHV", Some(2023)));
        assert_eq!(c[3].line, 2);
    }
}
