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
    ];
    // Whole words: "vaardigheden" holds "heden", "presentatie" "present".
    let open_words = ["heden", "present"];
    if negative.iter().any(|w| f.contains(w)) || open_words.iter().any(|w| contains_word(&f, w)) {
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

/// What a labelled line holds: Europass writes one field a line ("Dates: 09/2011 – 07/2015",
/// "Title of qualification awarded: …"), other CVs "Instelling: …", "Stage: …".
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Field {
    Dates,
    Degree,
    Institution,
    /// Part of the entry above: level, subjects, internships.
    Detail,
    /// A statement of another kind that runs into the section ("Tarief: …", "Vrijwilligerswerk: …").
    Other,
}

/// Labels of an education line, folded, with the field they introduce. Reviewed data: the
/// Europass form in English and Dutch, and the labels Dutch CVs use.
const FIELD_LABELS: &[(&str, Field)] = &[
    ("dates", Field::Dates),
    ("date", Field::Dates),
    ("datum", Field::Dates),
    ("data", Field::Dates),
    ("periode", Field::Dates),
    ("period", Field::Dates),
    ("title of qualification awarded", Field::Degree),
    ("qualification awarded", Field::Degree),
    ("qualification", Field::Degree),
    ("naam van de behaalde kwalificatie", Field::Degree),
    ("behaalde kwalificatie", Field::Degree),
    ("kwalificatie", Field::Degree),
    (
        "name and type of organisation providing education and training",
        Field::Institution,
    ),
    (
        "name and type of organization providing education and training",
        Field::Institution,
    ),
    (
        "organisation providing education and training",
        Field::Institution,
    ),
    (
        "naam en type organisatie die onderwijs of opleiding verstrekt",
        Field::Institution,
    ),
    ("naam en type organisatie", Field::Institution),
    ("onderwijsinstelling", Field::Institution),
    ("instelling", Field::Institution),
    ("institution", Field::Institution),
    (
        "level in national or international classification",
        Field::Detail,
    ),
    (
        "niveau in nationale of internationale classificatie",
        Field::Detail,
    ),
    (
        "principal subjects/occupational skills covered",
        Field::Detail,
    ),
    ("principal subjects", Field::Detail),
    ("belangrijkste vakken", Field::Detail),
    ("niveau", Field::Detail),
    ("level", Field::Detail),
    ("stage", Field::Detail),
    ("stages", Field::Detail),
    ("internship", Field::Detail),
    ("minor", Field::Detail),
    ("afstudeerrichting", Field::Detail),
    ("specialisatie", Field::Detail),
    ("scriptie", Field::Detail),
    ("afstudeerscriptie", Field::Detail),
    ("thesis", Field::Detail),
    ("vrijwilligerswerk", Field::Other),
    ("volunteering", Field::Other),
    ("nevenfunctie", Field::Other),
    ("nevenfuncties", Field::Other),
    ("tarief", Field::Other),
    ("uurtarief", Field::Other),
    ("rate", Field::Other),
    ("beschikbaarheid", Field::Other),
    ("availability", Field::Other),
    ("moedertaal", Field::Other),
    ("mother tongue", Field::Other),
    ("andere talen", Field::Other),
    ("other languages", Field::Other),
    ("registraties", Field::Other),
    ("rijbewijs", Field::Other),
    ("driving licence", Field::Other),
];

/// The field a line's label names and the text after the label; no label: `None` and the line.
fn field_label(t: &str) -> (Option<Field>, &str) {
    let Some((label, rest)) = t.split_once(':') else {
        return (None, t);
    };
    if label.len() > 70 {
        return (None, t);
    }
    let f = fold(label);
    let f = f.trim();
    FIELD_LABELS
        .iter()
        .find(|(w, _)| *w == f)
        .map_or((None, t), |(_, k)| (Some(*k), rest.trim()))
}

/// Words that name a school, not a degree.
const INSTITUTION_WORDS: [&str; 10] = [
    "universiteit",
    "university",
    "hogeschool",
    "academie",
    "academy",
    "college",
    "instituut",
    "institute",
    "school",
    "roc ",
];

/// Whether a line names only a school ("Vrije Universiteit Amsterdam · masterdiploma behaald",
/// "Radboud Universiteit, Nijmegen"), no degree of its own: the school of the degree above.
fn names_institution_only(t: &str) -> bool {
    let first = t.split(['·', ',', '|', '\t', '(']).next().unwrap_or(t);
    if !names_school(first) {
        return false;
    }
    let f = format!("{} ", fold(first));
    // Without the school's own words ("Hogeschool", "University") no level is left.
    let bare = [
        "university of applied sciences",
        "hogeschool",
        "universiteit",
        "university",
    ]
    .iter()
    .fold(f, |acc, w| acc.replace(w, " "));
    level_of(&bare).is_none()
}

/// Whether a text holds a word for a school.
fn names_school(t: &str) -> bool {
    let f = format!("{} ", fold(t));
    INSTITUTION_WORDS.iter().any(|w| f.contains(w))
}

/// The degree (first part) and institution (a later part that is no status and no number)
/// of an education line with its dates taken out.
fn degree_and_institution(rest: &str) -> (String, Option<String>) {
    // Europass brackets around removed dates ("[ 09/2009 – 07/2013 ]") leave "[ ]".
    let rest = rest
        .replace(['[', ']'], " ")
        .replace("( )", " ")
        .replace("()", " ");
    let parts: Vec<String> =
        rest.split(['\t', ',', '|', '·'])
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
    // "Hogeschool van Amsterdam (diploma)": the school without its bracketed status.
    let without_status = |p: &String| -> String {
        match p.rfind('(') {
            Some(open) if p.ends_with(')') && completion(&p[open..]).is_some() => {
                p[..open].trim().to_string()
            }
            _ => p.clone(),
        }
    };
    let institution = parts.iter().skip(1).map(without_status).find(|p| {
        !p.is_empty()
            && completion(p).is_none()
            && !p.chars().all(|c| c.is_ascii_digit() || c == ' ')
    });
    (degree, institution)
}

/// Education entries from a section's lines. A line with a level or a period starts an entry;
/// other lines (wrapped "diploma behaald") continue it. A line with only dates waits for its
/// degree on the next line; a line naming only a school gives the entry above its institution.
pub fn read_education(lines: &[NumberedLine<'_>]) -> Vec<Education> {
    let mut out: Vec<Education> = Vec::new();
    // The last entry holds only its dates ("[ 09/2010 – 06/2014 ]", "Dates: …").
    let mut awaiting_degree = false;
    for (k, l) in lines.iter().enumerate() {
        let (field, t) = field_label(l.text.trim());
        if t.is_empty() || field == Some(Field::Other) {
            continue;
        }
        let adjacent = out.last().is_some_and(|e| l.no == e.last_line + 1);
        let period_here = find_period(t);
        // "Vrije Universiteit Amsterdam · masterdiploma behaald" under "MA ERFGOEDSTUDIES".
        if let Some(last) = out.last_mut().filter(|e| {
            adjacent
                // "Master Recht, specialisatie notarieel recht": a part that is no school.
                && !e.institution.as_deref().is_some_and(names_school)
                && !awaiting_degree
                && period_here.is_none()
                && (field == Some(Field::Institution)
                    || field.is_none() && names_institution_only(t))
        }) {
            let (school, _) = degree_and_institution(t);
            last.institution = Some(school).filter(|s| !s.is_empty());
            last.text.push(' ');
            last.text.push_str(t);
            last.last_line = l.no;
            // The school may settle the level: a BA at a university is WO.
            if let Some(level) = level_of(&last.text) {
                last.level = Some(level);
            }
            if let Some(done) = completion(t) {
                last.completed = Some(done);
            }
            continue;
        }
        // "Bachelor Bestuurskunde (hbo)" / "Saxion Hogeschool" / "2011 – 2015 | diploma
        // behaald": dates (and a status) right under a dateless degree are that degree's,
        // unless a degree follows them.
        let dateless_above = out.last().is_some_and(|e| e.period.is_none());
        if let Some((period, r)) = period_here
            .as_ref()
            .filter(|_| adjacent && dateless_above && !awaiting_degree)
        {
            let rest = format!("{} {}", &t[..r.start], &t[r.end..]);
            let (degree, _) = degree_and_institution(&rest);
            let next_is_degree = lines
                .get(k + 1)
                .is_some_and(|n| n.no == l.no + 1 && level_of(n.text).is_some());
            if let Some(last) = out
                .last_mut()
                .filter(|_| !next_is_degree)
                .filter(|_| degree.is_empty() || completion(&degree).is_some())
            {
                last.period = Some(period.clone());
                last.text.push(' ');
                last.text.push_str(t);
                last.last_line = l.no;
                if let Some(done) = completion(&rest) {
                    last.completed = Some(done);
                }
                continue;
            }
        }
        // The degree under a line that held only dates.
        if awaiting_degree && adjacent && period_here.is_none() && field != Some(Field::Detail) {
            awaiting_degree = false;
            let (degree, institution) = degree_and_institution(t);
            if let Some(last) = out.last_mut() {
                last.degree = degree;
                last.institution = institution;
                last.level = level_of(t);
                last.text.push(' ');
                last.text.push_str(t);
                last.last_line = l.no;
                last.completed = completion(&last.text);
            }
            continue;
        }
        let starts = field != Some(Field::Detail)
            && (looks_like_education(t)
                || period_here.is_some() && !t.starts_with(char::is_lowercase));
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
        let mut rest = match &period_here {
            Some((_, r)) => format!("{} {}", &t[..r.start], &t[r.end..]),
            None => t.to_string(),
        };
        // A lone year in parentheses: "(2014)".
        let year_only: Option<i32> = if period_here.is_none() {
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
        let (degree, institution) = degree_and_institution(&rest);
        awaiting_degree = degree.is_empty() && period_here.is_some();
        out.push(Education {
            level: level_of(t),
            degree,
            institution,
            period: period_here.map(|(p, _)| p),
            completed: completion(t),
            first_line: l.no,
            last_line: l.no,
            text: t.to_string(),
        });
    }
    // A line of dates that no degree followed is no entry.
    out.retain(|e| !e.degree.is_empty() || e.level.is_some());
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
    for (text, no) in course_items(lines) {
        for part in text.split(['·', ';', '|', '•']) {
            let p = part.trim().trim_start_matches(['-', '–', '*']).trim();
            if p.len() < 3 {
                continue;
            }
            if let Some(c) = course(p, no) {
                out.push(c);
            }
        }
    }
    out
}

/// The course bullets that wrap onto the lines below, each as its first line's number and
/// its joined text: what a reader takes as one line ("SC-200 – behaald 03/2022, verlopen …").
pub fn wrapped_courses(lines: &[NumberedLine<'_>]) -> Vec<(usize, String)> {
    course_items(lines)
        .into_iter()
        .filter_map(|(text, no)| match text {
            std::borrow::Cow::Owned(joined) => Some((no, joined)),
            std::borrow::Cow::Borrowed(_) => None,
        })
        .collect()
}

/// Whether a line opens a list item ("- SC-200", "• VCA", "* BHV").
fn bulleted(line: &str) -> bool {
    line.trim_start()
        .strip_prefix(['-', '–', '•', '*', '·'])
        .is_some_and(|rest| rest.starts_with(' '))
}

/// The course lines with each bullet's wrapped lines joined to it, at the bullet's line: a
/// certificate's status often wraps ("- SC-200 – behaald" / "  03/2022, verlopen 03/2025"),
/// and read alone its second line names nothing. A line goes on the bullet above when it is
/// right under it, carries no bullet of its own and opens with no name (a digit, a lower-case
/// word or a bracket), so an indented list of names under a bullet stays a list.
fn course_items<'a>(lines: &[NumberedLine<'a>]) -> Vec<(std::borrow::Cow<'a, str>, usize)> {
    let mut items: Vec<(std::borrow::Cow<'a, str>, usize)> = Vec::new();
    let mut last: Option<(usize, bool)> = None;
    for l in lines {
        let t = l.text.trim_start();
        let goes_on = last.is_some_and(|(no, bullet)| bullet && no + 1 == l.no)
            && !bulleted(l.text)
            && t.starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase() || c == '(');
        match items.last_mut() {
            Some((text, _)) if goes_on => {
                let joined = text.to_mut();
                joined.push(' ');
                joined.push_str(t);
                last = last.map(|(_, b)| (l.no, b));
            }
            _ => {
                items.push((std::borrow::Cow::Borrowed(l.text), l.no));
                last = Some((l.no, bulleted(l.text)));
            }
        }
    }
    items
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

    #[test]
    fn a_certificate_s_wrapped_status_stays_with_it() {
        // The family: a bullet's status or validity wrapped onto the next line, indented or
        // not, with a date or a lower-case word first.
        let today = crate::Date::new(2026, 11, 30).unwrap();
        for text in [
            "- Microsoft SC-200 – behaald\n  03/2022, verlopen 03/2025 (hercertificering gepland 2027)",
            "• VCA-VOL, behaald 2016,\n  verlopen in 2022",
            "- ISO 27001 Lead Auditor (2019)\n(expired 2024)",
            "* BHV-certificaat\n  geldig tot 03/2025",
        ] {
            let c = courses(text);
            assert_eq!(c.len(), 1, "{text}: {c:?}");
            assert_eq!(c[0].valid_on(today), Some(false), "{text}: {c:?}");
        }
        // Names under a bullet, or a bullet after a bullet, stay courses of their own.
        let c = courses("- Microsoft:\n  AZ-900 (2021)\n  SC-200 (2022)\n- BHV (2023)");
        assert_eq!(c.len(), 4, "{c:?}");
        let c = courses("BHV (2023)\n  2024 herhaling");
        assert_eq!(c.len(), 2, "{c:?}");
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
        assert_eq!(completion("2019 – heden"), Some(false));
        assert_eq!(completion("Master Recht PERSOONLIJKE VAARDIGHEDEN"), None);
        assert_eq!(completion("presentatietechnieken"), None);
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
    fn a_school_line_under_the_degree_belongs_to_it() {
        // Degree line, then "institution · status": one completed entry whose school sets the level.
        let e = edu("MA ERFGOEDSTUDIES                      2010 — 2012\nVrije Universiteit Amsterdam  ·  masterdiploma behaald\n\nBA KUNSTGESCHIEDENIS                   2007 — 2010\nRijksuniversiteit Groningen  ·  bachelordiploma behaald\nMSc Data Science, 2018 – 2020\nUniversity of Amsterdam (graduated)\nBachelor Social Work 2010 – 2014\nHogeschool Windesheim, Zwolle\n");
        assert_eq!(e.len(), 4, "{e:#?}");
        assert_eq!(e[0].level, Some(EducationLevel::WoMaster));
        assert_eq!(e[0].degree, "MA ERFGOEDSTUDIES");
        assert_eq!(
            e[0].institution.as_deref(),
            Some("Vrije Universiteit Amsterdam")
        );
        assert_eq!(e[0].completed, Some(true));
        assert_eq!(e[1].level, Some(EducationLevel::WoBachelor));
        assert_eq!(e[1].completed, Some(true));
        assert_eq!(e[2].level, Some(EducationLevel::WoMaster));
        assert_eq!(e[2].completed, Some(true));
        assert_eq!(e[3].level, Some(EducationLevel::Hbo));
        assert_eq!(e[3].institution.as_deref(), Some("Hogeschool Windesheim"));
        // A second degree is no school line.
        let e =
            edu("HBO Bestuurskunde, 2008 – 2012\nMaster Bestuurskunde Universiteit Leiden, 2013\n");
        assert_eq!(e.len(), 2);
    }

    #[test]
    fn table_rows_with_cells() {
        let e = edu("HBO Social Work     | Avans Hogeschool      | 2012 - 2016 (diploma)\nMBO Juridisch medewerker | Curio   | 2009 - 2012\n");
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].degree, "HBO Social Work");
        assert_eq!(e[0].institution.as_deref(), Some("Avans Hogeschool"));
        assert_eq!(e[0].completed, Some(true));
        assert_eq!(e[1].level, Some(EducationLevel::Mbo));
        assert_eq!(e[1].completed, None);
    }

    #[test]
    fn europass_dates_above_the_degree() {
        let e = edu("[ 09/2010 – 06/2014 ]\nBachelor Archivistiek – Hogeschool van Amsterdam (diploma)\n\n[ 2008-09 – 2012-08 ]  Master Nederlands Recht, specialisatie notarieel recht\nRadboud Universiteit, Nijmegen\n");
        assert_eq!(e.len(), 2, "{e:#?}");
        assert_eq!(e[0].degree, "Bachelor Archivistiek");
        assert_eq!(
            e[0].institution.as_deref(),
            Some("Hogeschool van Amsterdam")
        );
        assert_eq!(e[0].completed, Some(true));
        assert!(e[0].period.is_some());
        assert_eq!(e[1].degree, "Master Nederlands Recht");
        assert_eq!(e[1].institution.as_deref(), Some("Radboud Universiteit"));
        assert!(!e.iter().any(|e| e.degree.contains('[')));
    }

    #[test]
    fn europass_labelled_fields() {
        let e = edu("Dates: 09/2011 – 07/2015\nTitle of qualification awarded: Bachelor of Nursing (HBO-Verpleegkunde) – diploma behaald\nName and type of organisation providing education and training: HAN Hogeschool van Arnhem en Nijmegen\nLevel in national or international classification: EQF level 6\n  Stage: Buurtzorg team Lent, wijkverpleging (02/2014 – 07/2014)\n\nDates: 09/2008 – 07/2011\nTitle of qualification awarded: Havo (profiel Natuur & Gezondheid)\nTarief: op aanvraag\n");
        assert_eq!(e.len(), 2, "{e:#?}");
        assert_eq!(e[0].degree, "Bachelor of Nursing (HBO-Verpleegkunde)");
        assert_eq!(e[0].level, Some(EducationLevel::Hbo));
        assert_eq!(e[0].completed, Some(true));
        assert_eq!(
            e[0].institution.as_deref(),
            Some("HAN Hogeschool van Arnhem en Nijmegen")
        );
        assert_eq!(e[1].level, Some(EducationLevel::Secondary));
        assert!(!e[1].text.contains("Tarief"));
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
    #[test]
    fn a_dates_line_under_degree_and_school_belongs_to_them() {
        // The family: degree, school, then the dates with or without a status (Canva and
        // Word templates put the dates last).
        for (text, done) in [
            ("Bachelor Bestuurskunde (hbo)\nSaxion Hogeschool, Deventer\n2011 – 2015 | diploma behaald\n", Some(true)),
            ("Master Publiek Management\nUniversiteit Twente\n2016 – 2018 · diploma\n", Some(true)),
            ("HBO Rechten\nHogeschool Leiden\n09/2008 – 06/2012 (afgerond)\n", Some(true)),
            ("MSc Urban Planning\nUniversity of Amsterdam\nSep 2014 – Aug 2016 | graduated\n", Some(true)),
            ("Bachelor Sociologie\nErasmus Universiteit Rotterdam\n2010 – 2014\n", None),
            ("WO Bachelor Geschiedenis\nUniversiteit Leiden\n2006 – 2008 | gestopt\n", Some(false)),
            ("Bachelor Bestuurskunde (hbo)\ndiploma behaald\n", Some(true)),
        ] {
            let e = edu(text);
            assert_eq!(e.len(), 1, "{text}: {e:#?}");
            assert_eq!(e[0].completed, done, "{text}");
            assert_eq!(e[0].period.is_some(), text.contains(" – "), "{text}");
        }
        // Dates above the next degree stay with it.
        let e = edu("Bachelor Sociologie\nErasmus Universiteit Rotterdam\n\n2014 – 2016\nMaster Sociologie, Universiteit Utrecht\n");
        assert_eq!(e.len(), 2, "{e:#?}");
        assert!(e[0].period.is_none() && e[1].period.is_some(), "{e:#?}");
    }
}
