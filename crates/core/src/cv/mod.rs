//! The CV as a typed model, and the reader that builds it from pasted or imported text.
//! Every item points back to its lines (1-based, inclusive) so verdicts can show them.

pub mod columns;
mod education;
pub mod expected;
mod experience;
pub(crate) mod markup;
pub mod period;
mod prose;
mod read;
mod records;
mod repeated;
mod run_on;
mod sections;
mod statements;
mod terms;
mod wrapped_rows;

pub use period::{
    find_period, find_periods, period_of_event, Bound, MonthSpan, Period, Precision, YearMonth,
};
pub use read::{read_cv, MAX_CV_BYTES};
pub use sections::CvSectionKind;
pub use statements::Statement;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::tender::Hours;

/// Everything read from one CV.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Cv {
    pub name: Option<String>,
    /// "nl" or "en", by the words used.
    pub language: Option<String>,
    pub sections: Vec<CvSection>,
    pub experience: Vec<Experience>,
    pub education: Vec<Education>,
    pub courses: Vec<Course>,
    /// Nevenfuncties, volunteer work and memberships: not work experience.
    pub side_activities: Vec<Experience>,
    pub terms: CvTerms,
    pub references: References,
    pub motivation: Option<Motivation>,
    pub languages: Vec<String>,
    /// From "Pagina 2 van 4" footers, or from the imported document.
    pub page_count: Option<u32>,
    /// The CV's lines as read (1-based line n is `lines[n - 1]`), for evidence.
    #[serde(skip)]
    pub lines: Vec<String>,
    /// The same lines cleaned (PDF debris) and folded, once, for matching.
    #[serde(skip)]
    pub folded: Vec<String>,
    /// Which terms occur anywhere in the CV (see [`Mentions`]).
    #[serde(skip)]
    pub mentions: Mentions,
}

/// Where terms occur in the CV, remembered per term. The CV's folded text is cut into
/// segments: every line (segment `n - 1` is line `n`), then every statement of more than one
/// line. Most of a posting's terms are absent from any one CV, and ranking a feed asks about
/// the same terms again and again: one scan per term replaces a scan per line per criterion.
#[derive(Default)]
pub struct Mentions {
    /// The segments, one per line of this text.
    text: String,
    /// Byte offset of each segment in `text`.
    starts: Vec<usize>,
    /// Where each byte value occurs in `text`, in order: those of byte `b` are
    /// `positions[offsets[b]..offsets[b + 1]]`. A term is looked for only where its rarest
    /// byte is, which beats scanning the whole text for each term.
    offsets: Vec<u32>,
    positions: Vec<u32>,
    seen: RefCell<HashMap<String, Rc<[u32]>>>,
}

impl Mentions {
    pub(crate) fn new<'a>(segments: impl IntoIterator<Item = &'a str>) -> Mentions {
        let mut text = String::new();
        let mut starts = Vec::new();
        for s in segments {
            if !starts.is_empty() {
                text.push('\n');
            }
            starts.push(text.len());
            // A segment never spans lines of `text`.
            let from = text.len();
            text.push_str(s);
            if s.contains('\n') {
                text.replace_range(from.., &s.replace('\n', " "));
            }
        }
        // A counting sort: the bytes counted, then each position put in its byte's slice.
        // Arrays and slices rather than vectors: their indexing compiles to plain loads.
        let mut offsets = [0u32; 257];
        for b in text.bytes() {
            offsets[b as usize + 1] += 1;
        }
        for k in 1..257 {
            offsets[k] += offsets[k - 1];
        }
        let mut next = offsets;
        let mut positions = vec![0u32; text.len()];
        let slots = positions.as_mut_slice();
        for (i, b) in text.bytes().enumerate() {
            let slot = &mut next[b as usize];
            slots[*slot as usize] = i as u32;
            *slot += 1;
        }
        Mentions {
            text,
            starts,
            offsets: offsets.to_vec(),
            positions,
            seen: RefCell::default(),
        }
    }

    /// Where byte `b` occurs in the text, in order (nothing for a model not indexed).
    fn at(&self, b: u8) -> &[u32] {
        match (
            self.offsets.get(b as usize),
            self.offsets.get(b as usize + 1),
        ) {
            (Some(&from), Some(&to)) => &self.positions[from as usize..to as usize],
            _ => &[],
        }
    }

    /// Whether the CV was indexed (a model not built by `read_cv` is not).
    pub fn is_indexed(&self) -> bool {
        !self.starts.is_empty()
    }

    /// The segments in which a folded `term` occurs, by the rule of
    /// [`crate::judge::matching::has_term`], in order.
    pub fn segments(&self, term: &str) -> Rc<[u32]> {
        if let Some(known) = self.seen.borrow().get(term) {
            return known.clone();
        }
        let mut found = Vec::new();
        let bytes = self.text.as_bytes();
        let rarest = term
            .bytes()
            .enumerate()
            .min_by_key(|(_, b)| self.at(*b).len());
        if let Some((offset, b)) = rarest {
            // Candidates in order; as `has_term` does, a miss at `at` resumes after it.
            let mut from = 0;
            for &p in self.at(b) {
                let Some(at) = (p as usize).checked_sub(offset).filter(|at| *at >= from) else {
                    continue;
                };
                if bytes.get(at..at + term.len()) != Some(term.as_bytes()) {
                    continue;
                }
                if !crate::judge::matching::counts_at(&self.text, at, term) {
                    from = at + term.len();
                    continue;
                }
                let segment = self.starts.partition_point(|s| *s <= at) - 1;
                found.push(segment as u32);
                // On to the next segment: one hit per segment is enough.
                match self.starts.get(segment + 1) {
                    Some(next) => from = *next,
                    None => break,
                }
            }
        }
        let found: Rc<[u32]> = found.into();
        self.seen
            .borrow_mut()
            .insert(term.to_string(), found.clone());
        found
    }
}

impl Clone for Mentions {
    fn clone(&self) -> Mentions {
        Mentions {
            text: self.text.clone(),
            starts: self.starts.clone(),
            offsets: self.offsets.clone(),
            positions: self.positions.clone(),
            seen: RefCell::new(self.seen.borrow().clone()),
        }
    }
}

/// Two CVs with the same text mention the same terms, whatever was looked up so far.
impl PartialEq for Mentions {
    fn eq(&self, other: &Mentions) -> bool {
        self.text == other.text
    }
}

impl std::fmt::Debug for Mentions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Mentions({} bytes)", self.text.len())
    }
}

/// A recognised section and the lines under its heading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CvSection {
    pub kind: CvSectionKind,
    pub heading: String,
    pub heading_line: usize,
    /// Last line of the section (inclusive).
    pub end_line: usize,
}

/// One job or assignment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Experience {
    pub role: Option<String>,
    pub organisation: Option<String>,
    pub period: Option<Period>,
    pub first_line: usize,
    pub last_line: usize,
    /// The entry's lines joined, for matching.
    pub text: String,
    /// The entry's statements, read once for every criterion to match against.
    #[serde(skip)]
    pub statements: Vec<Statement>,
}

/// An education level, lowest to highest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EducationLevel {
    Secondary,
    Mbo,
    Hbo,
    WoBachelor,
    WoMaster,
    Phd,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Education {
    pub level: Option<EducationLevel>,
    /// The degree's name: "HBO Bestuurskunde/Overheidsmanagement".
    pub degree: String,
    pub institution: Option<String>,
    pub period: Option<Period>,
    /// `Some(true)` "diploma behaald/afgerond", `Some(false)` "niet afgerond/gestopt/propedeuse",
    /// `None` when the CV does not say.
    pub completed: Option<bool>,
    pub first_line: usize,
    pub last_line: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Course {
    /// The course or certificate as written, without dates and status words.
    pub name: String,
    /// The year it was obtained (or followed), when written.
    pub year: Option<i32>,
    pub line: usize,
    /// "geldig tot 03/2027", "valid until 2025": the last month it is valid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<Bound>,
    /// The CV says it has lapsed ("verlopen", "expired").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub expired: bool,
    /// Not obtained yet: an exam planned, a programme in progress ("examen gepland",
    /// "in opleiding", "verwacht 2027"). ASSESSOR rule 18: it does not count.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub planned: bool,
}

impl Course {
    /// Whether the course counts as valid on `today`: `Some(false)` when the CV says it
    /// lapsed or its validity ended before `today`'s month, `None` when the CV says nothing.
    pub fn valid_on(&self, today: Date) -> Option<bool> {
        if self.expired || self.planned {
            return Some(false);
        }
        let until = self.valid_until?;
        let last = YearMonth::new(until.year, until.month.unwrap_or(12));
        Some(last >= YearMonth::of(today))
    }
}

/// A statement in the CV with its line, for evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stated<T> {
    pub value: T,
    pub line: usize,
    pub text: String,
}

/// Whether a cost is part of the rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostTerm {
    Included,
    ChargedSeparately,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rate {
    /// Euro per hour; `None` for "op aanvraag".
    pub amount: Option<f64>,
    pub on_request: bool,
    pub travel: Option<CostTerm>,
    pub parking: Option<CostTerm>,
}

/// How the freelancer would be contracted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContractForm {
    /// Self-employed (zzp, eenmanszaak, own company).
    Zzp,
    /// Employed by a bureau and seconded ("in vaste dienst … gedetacheerd", "geen zzp").
    Seconded,
    Payroll,
    /// Offered by a bureau without saying how the candidate is employed.
    ViaBureau,
}

/// The terms the freelancer states.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CvTerms {
    pub rate: Option<Stated<Rate>>,
    pub hours_per_week: Option<Stated<Hours>>,
    pub available_from: Option<Stated<Option<Date>>>,
    pub available_asap: bool,
    /// Named weekdays ("ma t/m do" → ma, di, wo, do).
    pub weekdays: Option<Stated<Vec<String>>>,
    /// Places the candidate offers to work at, as written ("op kantoor in Eindhoven of
    /// Tilburg" → Eindhoven, Tilburg; "Werklocatie: regio Utrecht" → Utrecht).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub work_places: Option<Stated<Vec<String>>>,
    /// "voor de volledige duur … inclusief alle verlengingen".
    pub full_term: Option<Stated<bool>>,
    /// "in elk geval tot en met december 2027".
    pub available_until: Option<Stated<YearMonth>>,
    pub contract: Option<Stated<ContractForm>>,
    pub waadi: Option<Stated<bool>>,
    pub g_account: Option<Stated<bool>>,
    pub vog: Option<Stated<bool>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct References {
    /// Lines naming a reference person.
    pub named: Vec<Stated<String>>,
    /// "Referenties op aanvraag".
    pub on_request: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Motivation {
    pub first_line: usize,
    pub last_line: usize,
    /// Written by the candidate ("ik", "mijn"), not about them ("hij", "Gert-Jan").
    pub first_person: bool,
    pub text: String,
}

/// 1-based line `n` of `lines` ("" outside them).
pub(crate) fn line_at(lines: &[String], n: usize) -> &str {
    n.checked_sub(1)
        .and_then(|i| lines.get(i))
        .map_or("", String::as_str)
}

impl Cv {
    /// The text of 1-based line `n` ("" outside the CV).
    pub fn line(&self, n: usize) -> &str {
        line_at(&self.lines, n)
    }

    /// Line `n` cleaned and folded ("" outside the CV): what the judgement matches against.
    pub fn folded_line(&self, n: usize) -> &str {
        line_at(&self.folded, n)
    }

    /// The experience entry a line belongs to.
    pub fn entry_at(&self, line: usize) -> Option<&Experience> {
        self.experience
            .iter()
            .find(|e| (e.first_line..=e.last_line).contains(&line))
    }

    /// The section a line belongs to.
    pub fn section_at(&self, line: usize) -> Option<CvSectionKind> {
        self.sections
            .iter()
            .find(|s| (s.heading_line..=s.end_line).contains(&line))
            .map(|s| s.kind)
    }

    /// The highest completed education level, if any.
    pub fn highest_level(&self) -> Option<EducationLevel> {
        self.education
            .iter()
            .filter(|e| e.completed != Some(false))
            .filter_map(|e| e.level)
            .max()
    }
}
