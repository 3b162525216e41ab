//! Jobs written as data: a CV exported as XML or JSON, one record per job with its fields
//! named. Europass XML (`<WorkExperience>` with `<Position><Label>`, `<Employer><Name>`,
//! `<From year="2022" month="--03"/>`, `<Current>true</Current>`), HR-system exports
//! (`<Job><JobTitle>…<CompanyName>…<StartDate>2019-03-01`), Europass or JSON Resume JSON
//! (`"position": "…", "name": "…", "startDate": "2019-03"`).
//!
//! The record is found by what it holds, not by its name: the smallest element that has a
//! start (or a period) and a title or an employer. Education, volunteering, skills and the like
//! are left out by their element names. Works on the CV's own lines (before markup is taken
//! off: attributes hold the dates) and keeps their numbers.

use super::period::{find_bound, find_period, Bound, Period, Precision};
use super::Experience;
use crate::text::fold;

/// Element or key names of a job's title. Reviewed data (folded, without '_' and '-').
const TITLE_KEYS: &[&str] = &[
    "title",
    "jobtitle",
    "positiontitle",
    "functie",
    "functietitel",
    "functienaam",
    "rol",
    "role",
    "position",
    "positie",
    "function",
    "occupation",
    "beroep",
];

/// Element or key names of the employer or client. Reviewed data.
const EMPLOYER_KEYS: &[&str] = &[
    "employer",
    "employername",
    "employerorg",
    "employerorgname",
    "werkgever",
    "company",
    "companyname",
    "organisation",
    "organization",
    "organisationname",
    "organizationname",
    "organisatie",
    "opdrachtgever",
    "client",
    "klant",
    "bedrijf",
    "bedrijfsnaam",
];

/// Names of a list of jobs whose items name the employer in a bare "name" (JSON Resume).
const WORK_LIST_KEYS: &[&str] = &["work", "werk", "jobs", "job", "experience", "werkervaring"];

/// A leaf that holds the text of its parent ("<Position><Label>…", "<Employer><Name>…").
const VALUE_KEYS: &[&str] = &["label", "name", "naam", "value", "waarde"];

const START_KEYS: &[&str] = &[
    "from",
    "start",
    "startdate",
    "begin",
    "begindate",
    "begindatum",
    "startdatum",
    "van",
    "vanaf",
    "datefrom",
    "fromdate",
    "datumvan",
    "since",
    "sinds",
];

const END_KEYS: &[&str] = &[
    "to",
    "end",
    "enddate",
    "einddatum",
    "tot",
    "totenmet",
    "dateto",
    "todate",
    "datumtot",
    "until",
];

/// A leaf whose true value ("true", "ja", "yes", "1") says the job still runs.
const CURRENT_KEYS: &[&str] = &[
    "current",
    "iscurrent",
    "currentjob",
    "huidig",
    "ongoing",
    "lopend",
];

/// A leaf holding the whole period as text ("<Period>[ 01/2022 – Current ]</Period>").
const PERIOD_KEYS: &[&str] = &["period", "periode", "dates", "duur", "looptijd"];

/// Parts of element names whose records are no jobs. Reviewed data.
const NOT_WORK: &[&str] = &[
    "education",
    "opleiding",
    "study",
    "studie",
    "school",
    "degree",
    "training",
    "course",
    "cursus",
    "achievement",
    "volunteer",
    "vrijwillig",
    "skill",
    "vaardigheid",
    "language",
    "certific",
    "publication",
    "honor",
    "award",
    "membership",
    "lidmaatschap",
    "reference",
    "referentie",
    "headline",
    "hobby",
];

/// Words of an open end as an export writes it.
const OPEN_VALUES: &[&str] = &[
    "heden", "nu", "present", "now", "current", "huidig", "lopend", "ongoing", "null", "",
];

/// What a record's fields said so far.
#[derive(Debug, Default, Clone)]
struct Fields {
    title: Option<String>,
    employer: Option<String>,
    start: Option<Bound>,
    end: Option<Bound>,
    /// An end written as open ("Current: true", "endDate": null).
    open: bool,
    /// An end field was written (so no end means the job runs).
    ended: bool,
    period: Option<Period>,
}

impl Fields {
    fn is_job(&self) -> bool {
        (self.start.is_some() || self.period.is_some())
            && (self.title.is_some() || self.employer.is_some())
    }

    /// Fills what is still empty from a child's fields.
    fn absorb(&mut self, c: Fields) {
        self.title = self.title.take().or(c.title);
        self.employer = self.employer.take().or(c.employer);
        self.start = self.start.or(c.start);
        self.end = self.end.or(c.end);
        self.open |= c.open;
        self.ended |= c.ended;
        self.period = self.period.take().or(c.period);
    }
}

/// An element (or JSON object or key) being read.
#[derive(Debug)]
struct Frame {
    /// Folded name without namespace, '_' and '-'.
    name: String,
    attrs: Vec<(String, String)>,
    text: String,
    has_children: bool,
    fields: Fields,
    /// "<From><Year>2022</Year><Month>3</Month></From>": parts of a date in child elements.
    year: Option<i32>,
    month: Option<u32>,
    /// The line of its first child, or of its own tag when it has none.
    first: usize,
}

/// Builds job records from open, text and close events.
struct Builder {
    stack: Vec<Frame>,
    jobs: Vec<(Fields, usize, usize)>,
}

fn key(name: &str) -> String {
    let local = name.rsplit(':').next().unwrap_or(name);
    fold(local).replace(['_', '-', ' '], "")
}

impl Builder {
    fn open(&mut self, name: &str, attrs: Vec<(String, String)>, line: usize) {
        if let Some(top) = self.stack.last_mut() {
            // The record starts at its first field ("<Period>…"), not at its wrapper's tag.
            if !top.has_children {
                top.first = line;
            }
            top.has_children = true;
        }
        self.stack.push(Frame {
            name: key(name),
            attrs,
            text: String::new(),
            has_children: false,
            fields: Fields::default(),
            year: None,
            month: None,
            first: line,
        });
    }

    fn text(&mut self, s: &str) {
        if let Some(top) = self.stack.last_mut() {
            if !top.text.is_empty() {
                top.text.push(' ');
            }
            top.text.push_str(s.trim());
        }
    }

    fn close(&mut self, line: usize) {
        let Some(mut f) = self.stack.pop() else {
            return;
        };
        let parent = self
            .stack
            .last()
            .map_or("", |p| p.name.as_str())
            .to_string();
        let n = f.name.as_str();
        let value = f.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let in_key = |keys: &[&str], k: &str| keys.contains(&k);
        // Parts of a date given as child elements.
        if let Some(p) = self.stack.last_mut() {
            match n {
                "year" | "jaar" => p.year = value.parse().ok(),
                "month" | "maand" => p.month = value.trim_start_matches('-').parse().ok(),
                _ => {}
            }
        }
        let date = date_of(&f, &value);
        if in_key(START_KEYS, n) {
            f.fields.start = f.fields.start.or(date.flatten());
        } else if in_key(END_KEYS, n) {
            f.fields.ended = true;
            match date {
                Some(Some(b)) => f.fields.end = Some(b),
                Some(None) => f.fields.open = true,
                None => {}
            }
        } else if !f.has_children && !value.is_empty() {
            if in_key(CURRENT_KEYS, n) {
                f.fields.open |= matches!(fold(&value).as_str(), "true" | "ja" | "yes" | "1");
            } else if in_key(PERIOD_KEYS, n) {
                f.fields.period = find_period(&value).map(|(p, _)| p);
            } else if in_key(TITLE_KEYS, n)
                || (in_key(VALUE_KEYS, n) && in_key(TITLE_KEYS, &parent))
            {
                f.fields.title = Some(value);
            } else if in_key(EMPLOYER_KEYS, n)
                || (in_key(VALUE_KEYS, n)
                    && (in_key(EMPLOYER_KEYS, &parent) || in_key(WORK_LIST_KEYS, &parent)))
            {
                f.fields.employer = Some(value);
            }
        }
        if NOT_WORK.iter().any(|w| f.name.contains(w)) {
            return;
        }
        if f.fields.is_job() && f.has_children {
            self.jobs.push((f.fields, f.first, line));
        } else if let Some(p) = self.stack.last_mut() {
            p.fields.absorb(f.fields);
        }
    }
}

/// The date of a start or end element: `Some(Some(bound))`, `Some(None)` for an open end, or
/// `None` when it says nothing. From attributes (`year="2022" month="--03"`), child elements
/// (`<Year>`, `<Month>`) or the text ("2019-03-01", "03/2019", "maart 2019", "heden").
fn date_of(f: &Frame, value: &str) -> Option<Option<Bound>> {
    let attr = |k: &str| {
        f.attrs
            .iter()
            .find(|(a, _)| a == k)
            .map(|(_, v)| v.trim_start_matches('-'))
    };
    let year = attr("year")
        .and_then(|y| y.parse::<i32>().ok())
        .or(f.year)
        .filter(|y| (1950..=2100).contains(y));
    if let Some(y) = year {
        let month = attr("month")
            .and_then(|m| m.parse::<u32>().ok())
            .or(f.month)
            .filter(|m| (1..=12).contains(m));
        return Some(Some(match month {
            Some(m) => Bound::exact(y, m, Precision::Month),
            None => Bound {
                year: y,
                month: None,
                precision: Precision::Year,
                span: None,
            },
        }));
    }
    if f.has_children {
        return None;
    }
    let v = fold(value.trim_matches(['"', ' ']));
    if OPEN_VALUES.contains(&v.as_str()) {
        return Some(None);
    }
    find_bound(value).map(|(b, _)| Some(b))
}

/// Whether the CV is a data export rather than a document: its first character opens an XML
/// element or a JSON object or list.
fn is_export(lines: &[String]) -> Option<char> {
    let first = lines.iter().find_map(|l| l.trim_start().chars().next())?;
    matches!(first, '<' | '{' | '[').then_some(first)
}

/// The jobs of a CV exported as XML or JSON, in the order written; empty for any other CV.
pub fn read_records(lines: &[String]) -> Vec<Experience> {
    let Some(first) = is_export(lines) else {
        return Vec::new();
    };
    let mut b = Builder {
        stack: Vec::new(),
        jobs: Vec::new(),
    };
    if first == '<' {
        scan_xml(lines, &mut b);
    } else {
        scan_json(lines, &mut b);
    }
    b.jobs
        .into_iter()
        .filter_map(|(f, first, last)| {
            let period = match (f.period, f.start) {
                (Some(p), _) => p,
                (None, Some(start)) => {
                    // No end field at all, or an open one: the job runs.
                    let end = if f.open { None } else { f.end };
                    let text = match end {
                        Some(e) => format!("{} – {}", bound_text(&start), bound_text(&e)),
                        None => format!("{} – heden", bound_text(&start)),
                    };
                    Period { start, end, text }
                }
                (None, None) => return None,
            };
            let text = lines
                .get(first.saturating_sub(1)..last.min(lines.len()))
                .unwrap_or_default()
                .iter()
                .map(|l| super::markup::plain(l.clone()))
                .filter(|l| !l.trim().is_empty())
                .collect::<Vec<_>>()
                .join("\n");
            Some(Experience {
                role: f.title,
                organisation: f.employer,
                period: Some(period),
                first_line: first,
                last_line: last,
                text,
                statements: Vec::new(),
            })
        })
        .collect()
}

fn bound_text(b: &Bound) -> String {
    match b.month {
        Some(m) => format!("{m:02}/{}", b.year),
        None => b.year.to_string(),
    }
}

/// XML entities in text and attribute values.
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Attributes of a start tag's inside (`From year="2022" month="--03"`).
fn attributes(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq]
            .trim()
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_string();
        let after = rest[eq + 1..].trim_start();
        let Some(q) = after.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
            break;
        };
        let Some(close) = after[1..].find(q) else {
            break;
        };
        out.push((key(&name), unescape(&after[1..1 + close])));
        rest = &after[close + 2..];
    }
    out
}

/// Feeds the XML elements of `lines` to the builder, with the line each opens and closes on.
fn scan_xml(lines: &[String], b: &mut Builder) {
    for (i, line) in lines.iter().enumerate() {
        let no = i + 1;
        let mut rest = line.as_str();
        while !rest.is_empty() {
            let Some(lt) = rest.find('<') else {
                b.text(&unescape(rest));
                break;
            };
            if lt > 0 {
                b.text(&unescape(&rest[..lt]));
            }
            let tag = &rest[lt..];
            let Some(gt) = tag.find('>') else {
                // A tag across lines is read as text; exports write one per line.
                b.text(&unescape(tag));
                break;
            };
            let inner = &tag[1..gt];
            rest = &tag[gt + 1..];
            if inner.starts_with(['?', '!']) {
                continue;
            }
            if inner.starts_with('/') {
                b.close(no);
                continue;
            }
            let self_closing = inner.ends_with('/');
            let inner = inner.trim_end_matches('/');
            let (name, attrs) = match inner.split_once(char::is_whitespace) {
                Some((n, a)) => (n, attributes(a)),
                None => (inner, Vec::new()),
            };
            b.open(name, attrs, no);
            if self_closing {
                b.close(no);
            }
        }
    }
    while !b.stack.is_empty() {
        b.close(lines.len());
    }
}

/// Feeds the objects and keys of a JSON document to the builder: an object or list under a
/// key opens an element of that name, a list's items take the list's name, and a key with a
/// plain value is an element holding it.
fn scan_json(lines: &[String], b: &mut Builder) {
    // Per open bracket: the name its items take (lists) or None (objects).
    let mut lists: Vec<Option<String>> = Vec::new();
    let mut pending: Option<String> = None;
    for (i, line) in lines.iter().enumerate() {
        let no = i + 1;
        let mut chars = line.char_indices().peekable();
        while let Some((_, c)) = chars.next() {
            match c {
                '"' => {
                    let mut s = String::new();
                    let mut escaped = false;
                    for (_, c) in chars.by_ref() {
                        if escaped {
                            s.push(match c {
                                'n' | 't' => ' ',
                                c => c,
                            });
                            escaped = false;
                        } else if c == '\\' {
                            escaped = true;
                        } else if c == '"' {
                            break;
                        } else {
                            s.push(c);
                        }
                    }
                    // A key is a string followed by ':'.
                    let is_key = chars
                        .clone()
                        .find(|(_, c)| !c.is_whitespace())
                        .is_some_and(|(_, c)| c == ':');
                    if is_key {
                        pending = Some(s);
                    } else {
                        let name = pending
                            .take()
                            .or_else(|| lists.last().cloned().flatten())
                            .unwrap_or_default();
                        b.open(&name, Vec::new(), no);
                        b.text(&s);
                        b.close(no);
                    }
                }
                '{' | '[' => {
                    let name = pending
                        .take()
                        .or_else(|| lists.last().cloned().flatten())
                        .unwrap_or_default();
                    b.open(&name, Vec::new(), no);
                    lists.push((c == '[').then_some(name));
                }
                '}' | ']' => {
                    lists.pop();
                    b.close(no);
                }
                ':' | ',' => {}
                c if c.is_whitespace() => {}
                _ => {
                    // A literal: number, true, false, null.
                    let mut lit = String::from(c);
                    while let Some((_, n)) = chars.peek() {
                        if matches!(n, ',' | '}' | ']') || n.is_whitespace() {
                            break;
                        }
                        lit.push(*n);
                        chars.next();
                    }
                    let name = pending
                        .take()
                        .or_else(|| lists.last().cloned().flatten())
                        .unwrap_or_default();
                    b.open(&name, Vec::new(), no);
                    b.text(&lit);
                    b.close(no);
                }
            }
        }
    }
    while !b.stack.is_empty() {
        b.close(lines.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jobs(text: &str) -> Vec<(Option<String>, Option<String>, String, usize)> {
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        read_records(&lines)
            .into_iter()
            .map(|e| {
                (
                    e.role,
                    e.organisation,
                    e.period.map(|p| p.text).unwrap_or_default(),
                    e.first_line,
                )
            })
            .collect()
    }

    #[test]
    fn europass_xml_with_dates_in_attributes() {
        let j = jobs("<?xml version=\"1.0\"?>\n<SkillsPassport>\n<WorkExperienceList>\n<WorkExperience>\n  <Period><From year=\"2022\" month=\"--03\"/><Current>true</Current></Period>\n  <Position><Label>Contractmanager</Label></Position>\n  <Activities>Beheer van contracten 2023-2024.</Activities>\n  <Employer><Name>Gemeente Breda</Name></Employer>\n</WorkExperience>\n<WorkExperience>\n  <Period><From year=\"2016\" month=\"--09\"/><To year=\"2022\" month=\"--02\"/></Period>\n  <Position><Label>Planner</Label></Position>\n  <Employer><Name>Taxi B.V.</Name></Employer>\n</WorkExperience>\n</WorkExperienceList>\n<EducationList><Education><Period><From year=\"2012\"/><To year=\"2016\"/></Period><Title>Bachelor</Title><Organisation><Name>Avans</Name></Organisation></Education></EducationList>\n</SkillsPassport>\n");
        assert_eq!(
            j,
            [
                (
                    Some("Contractmanager".into()),
                    Some("Gemeente Breda".into()),
                    "03/2022 – heden".into(),
                    5
                ),
                (
                    Some("Planner".into()),
                    Some("Taxi B.V.".into()),
                    "09/2016 – 02/2022".into(),
                    11
                ),
            ]
        );
    }

    #[test]
    fn hr_export_tags_and_child_dates() {
        let j = jobs("<cv>\n<employment_history>\n<job>\n<job_title>Jurist</job_title>\n<company_name>UWV</company_name>\n<start_date>2019-03-01</start_date>\n<end_date></end_date>\n</job>\n<job><JobTitle>Adviseur</JobTitle><CompanyName>Gemeente Ede</CompanyName><StartDate><Year>2015</Year><Month>6</Month></StartDate><EndDate>02/2019</EndDate></job>\n</employment_history>\n</cv>\n");
        assert_eq!(j.len(), 2, "{j:?}");
        assert_eq!(j[0].2, "03/2019 – heden");
        assert_eq!(j[1].0.as_deref(), Some("Adviseur"));
        assert_eq!(j[1].2, "06/2015 – 02/2019");
    }

    #[test]
    fn json_resume_and_europass_json() {
        let j = jobs("{\n \"basics\": {\"name\": \"Jan Jansen\"},\n \"work\": [\n  {\"name\": \"Provincie Utrecht\", \"position\": \"Concessiemanager\", \"startDate\": \"2021-09\", \"endDate\": null},\n  {\n   \"name\": \"Qbuzz\",\n   \"position\": \"Planner\",\n   \"startDate\": \"2013-02-01\",\n   \"endDate\": \"2016-12-31\"\n  }\n ],\n \"education\": [{\"institution\": \"HU\", \"startDate\": \"2009\", \"endDate\": \"2013\", \"studyType\": \"Bachelor\"}],\n \"volunteer\": [{\"organization\": \"Voedselbank\", \"position\": \"Chauffeur\", \"startDate\": \"2018\"}]\n}\n");
        assert_eq!(j.len(), 2, "{j:?}");
        assert_eq!(
            j[0],
            (
                Some("Concessiemanager".into()),
                Some("Provincie Utrecht".into()),
                "09/2021 – heden".into(),
                4
            )
        );
        assert_eq!(j[1].2, "02/2013 – 12/2016");
        let j = jobs("{\"WorkExperience\": [{\"Period\": {\"From\": {\"Year\": 2020, \"Month\": \"--04\"}, \"Current\": true}, \"Position\": {\"Label\": \"Adviseur\"}, \"Employer\": {\"Name\": \"RVO\"}}]}");
        assert_eq!(j.len(), 1, "{j:?}");
        assert_eq!(j[0].2, "04/2020 – heden");
    }

    #[test]
    fn documents_are_no_exports() {
        assert!(jobs("Jan Jansen\nWerkervaring\n2019 – heden Adviseur, UWV\n").is_empty());
        // HTML read as a document: tags that name no fields give no records.
        assert!(
            jobs("<html><body><li><b>Adviseur</b>, UWV 2019 – 2021</li></body></html>").is_empty()
        );
    }
}
