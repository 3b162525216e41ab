//! Education entries (level, degree, institution, completed) and courses.
//!
//! Levels: a PhD ⊃ WO master ⊃ WO bachelor ⊃ HBO ⊃ MBO. A bachelor at a university is WO, at a
//! hogeschool HBO. "Niet afgerond", "gestopt" or a propedeuse alone means not completed.

use super::experience::NumberedLine;
use super::period::{find_bound, find_period, Precision};
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

/// Words that say a course or certificate has lapsed. Reviewed data.
const EXPIRED_WORDS: [&str; 5] = [
    "verlopen",
    "expired",
    "vervallen",
    "lapsed",
    "niet meer geldig",
];

/// Words that say it is not obtained yet (ASSESSOR rule 18). Reviewed data.
const PLANNED_WORDS: [&str; 14] = [
    "gepland",
    "ingepland",
    "in opleiding",
    "in progress",
    "lopend",
    "loopt nog",
    "verwacht",
    "expected",
    "planned",
    "nog niet afgerond",
    "niet afgerond",
    "volg ik",
    "gestart",
    "afronding",
];

/// Words that open a validity date ("geldig tot 03/2027", "valid until 2025").
const VALID_UNTIL_WORDS: [&str; 9] = [
    "geldig tot",
    "geldig t/m",
    "geldig tot en met",
    "valid until",
    "valid through",
    "valid to",
    "verloopt",
    "vervalt",
    "expires",
];

/// Words around dates that are no part of the name ("behaald 03/2017", "obtained").
const STATUS_WORDS: [&str; 7] = [
    "behaald",
    "obtained",
    "certificaat behaald",
    "diploma behaald",
    "hercertificering",
    "recertified",
    "afgerond",
];

/// Reads courses and certificates: one per line or per '·', ';', '|', '•' part, with the year,
/// the validity and whether it lapsed or is only planned.
pub fn read_courses(lines: &[NumberedLine<'_>]) -> Vec<Course> {
    let mut out = Vec::new();
    for l in lines {
        for part in l.text.split(['·', ';', '|', '•']) {
            let p = part.trim().trim_start_matches(['-', '–', '*']).trim();
            if p.len() < 3 {
                continue;
            }
            if let Some(c) = course(p, l.no) {
                out.push(c);
            }
        }
    }
    out
}

fn course(p: &str, line: usize) -> Option<Course> {
    // ASCII lowercase keeps byte offsets, so a word found in it can be cut from `p`.
    let f = p.to_ascii_lowercase();
    let expired = EXPIRED_WORDS.iter().any(|w| f.contains(w));
    let planned = PLANNED_WORDS.iter().any(|w| f.contains(w));
    // The validity clause: its date, and where it starts (the name ends before it).
    let mut cut = p.len();
    let mut valid_until = None;
    for w in VALID_UNTIL_WORDS {
        if let Some(at) = f.find(w) {
            valid_until = find_bound(&p[at..]).map(|(b, _)| b);
            cut = cut.min(at);
        }
    }
    for w in EXPIRED_WORDS.iter().chain(PLANNED_WORDS.iter()) {
        if let Some(at) = f.find(w) {
            cut = cut.min(at);
        }
    }
    let head = &p[..cut];
    let year = find_bound(head)
        .filter(|(b, _)| b.precision != Precision::Open)
        .map(|(b, _)| b.year)
        .or_else(|| {
            head.split(|c: char| !c.is_ascii_digit())
                .filter(|w| w.len() == 4)
                .filter_map(|w| w.parse::<i32>().ok())
                .find(|y| (1950..=2100).contains(y))
        });
    // The name: the head without its dates and status words.
    let mut name = head.to_string();
    while let Some((_, r)) = find_bound(&name) {
        name.replace_range(r, " ");
    }
    for w in STATUS_WORDS {
        if let Some(at) = name.to_ascii_lowercase().find(w) {
            name.replace_range(at..at + w.len(), " ");
        }
    }
    let name = name.replace("()", " ").replace("( )", " ");
    let edge = |c: char| matches!(c, '(' | ')' | '-' | '–' | '—' | ',' | ':') || c.is_whitespace();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = name.trim_matches(edge).replace(" ,", ",");
    (!name.is_empty()).then_some(Course {
        name,
        year,
        line,
        valid_until,
        expired,
        planned,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn courses(text: &str) -> Vec<Course> {
        read_courses(&NumberedLine::all(text))
    }

    #[test]
    fn certificates_with_dates_validity_and_status() {
        let c = courses("IPMA-D — 2020\nVCA-VOL — behaald 03/2017, geldig tot 03/2027\nNEVI 2 Inkoopmanagement – examen gepland Q1 2027\nBHV (verlopen in 2023)\nPRINCE2® Foundation (2021)\nISO 27001 Lead Auditor, valid until June 2025\nITIL 4 Foundation · Scrum.org PSM I (2019)");
        let names: Vec<&str> = c.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "IPMA-D",
                "VCA-VOL",
                "NEVI 2 Inkoopmanagement – examen",
                "BHV",
                "PRINCE2® Foundation",
                "ISO 27001 Lead Auditor",
                "ITIL 4 Foundation",
                "Scrum.org PSM I"
            ]
        );
        assert_eq!(c[0].year, Some(2020));
        assert_eq!(c[1].year, Some(2017));
        assert_eq!(
            c[1].valid_until.map(|b| (b.year, b.month)),
            Some((2027, Some(3)))
        );
        let today = crate::Date::new(2026, 11, 30).unwrap();
        assert_eq!(c[1].valid_on(today), Some(true));
        assert!(c[2].planned && c[2].valid_on(today) == Some(false));
        assert!(c[3].expired);
        assert_eq!(c[4].valid_on(today), None);
        assert_eq!(c[5].valid_on(today), Some(false));
        assert_eq!(c[7].year, Some(2019));
    }

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
