//! The posting's terms: reference, dates, hours, rate, workdays. Brokers write them as
//! "Label value" on one line, tab-separated pairs, label and value on separate lines,
//! "Label: value", or glued together ("Opdracht tarief 65Opdracht uren 36").

use super::sections::Line;
use super::{Extension, Hours, RateBand, Start};
use crate::date::{find_date, find_time, Date};
use crate::text::words as words_of;
use crate::text::{contains_word, fold, parse_number};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Reference,
    Buyer,
    Region,
    Start,
    Duration,
    Extension,
    Hours,
    Education,
    Deadline,
    DeadlineTime,
    Rate,
    /// A label that is a reference only when its value is a code ("Aanvraag: DAS-EDE-2026-0871",
    /// not "Aanvraag inhuur adviseur").
    ReferenceCode,
    /// A dated label that is none of the terms (question deadline, publication, end date):
    /// named so that its date is not taken for another field's.
    Ignored,
}

/// Labels, longest first within each field so "uren per week" wins over "uren".
const LABELS: &[(&str, Field)] = &[
    ("functietitel", Field::Title),
    ("functie", Field::Title),
    ("vacaturetitel", Field::Title),
    ("titel", Field::Title),
    ("opdracht", Field::Title),
    ("job title", Field::Title),
    ("position", Field::Title),
    ("aanvraagnummer", Field::Reference),
    ("referentienummer", Field::Reference),
    ("opdrachtnummer", Field::Reference),
    ("vacaturenummer", Field::Reference),
    ("aanvraag id", Field::Reference),
    ("kenmerk", Field::Reference),
    ("reference number", Field::Reference),
    ("job reference", Field::Reference),
    ("job ref", Field::Reference),
    ("vacancy reference", Field::Reference),
    ("our reference", Field::Reference),
    ("reference no", Field::Reference),
    ("referentienr", Field::Reference),
    ("aanvraagnr", Field::Reference),
    ("reference", Field::Reference),
    ("referentie", Field::Reference),
    ("opdrachtgever", Field::Buyer),
    ("aanbestedende dienst", Field::Buyer),
    ("inhurende organisatie", Field::Buyer),
    ("klant", Field::Buyer),
    ("client", Field::Buyer),
    ("organisatie", Field::Buyer),
    ("regio", Field::Region),
    ("standplaats", Field::Region),
    ("werklocatie", Field::Region),
    ("locatie", Field::Region),
    ("location", Field::Region),
    ("opdracht locatie", Field::Region),
    ("startdatum", Field::Start),
    ("gewenste startdatum", Field::Start),
    ("ingangsdatum", Field::Start),
    ("start date", Field::Start),
    ("aanvang", Field::Start),
    ("start", Field::Start),
    ("duur opdracht", Field::Duration),
    ("duur", Field::Duration),
    ("looptijd", Field::Duration),
    ("duration", Field::Duration),
    ("opties verlenging", Field::Extension),
    ("optie tot verlenging", Field::Extension),
    ("verlengingsopties", Field::Extension),
    ("verlengingsoptie", Field::Extension),
    ("verlenging", Field::Extension),
    ("extension", Field::Extension),
    ("aantal uren per week", Field::Hours),
    ("uren per week", Field::Hours),
    ("uren p/w", Field::Hours),
    ("uur per week", Field::Hours),
    ("opdracht uren", Field::Hours),
    ("hours per week", Field::Hours),
    ("uren", Field::Hours),
    ("inzet", Field::Hours),
    ("opleidingniveau", Field::Education),
    ("opleidingsniveau", Field::Education),
    ("werk- en denkniveau", Field::Education),
    ("education level", Field::Education),
    ("einde inschrijfdatum", Field::Deadline),
    ("uiterste reactiedatum", Field::Deadline),
    ("sluitingsdatum", Field::Deadline),
    ("sluitingstermijn", Field::Deadline),
    ("reageren t/m", Field::Deadline),
    ("reageren tot en met", Field::Deadline),
    ("reageren tot", Field::Deadline),
    ("reageren voor", Field::Deadline),
    ("reageren uiterlijk", Field::Deadline),
    ("inschrijven tot", Field::Deadline),
    ("verloopt op", Field::Deadline),
    ("closing date", Field::Deadline),
    ("deadline", Field::Deadline),
    ("eindtijd", Field::DeadlineTime),
    ("maximum uurtarief", Field::Rate),
    ("maximaal uurtarief", Field::Rate),
    ("max. uurtarief", Field::Rate),
    ("max uurtarief", Field::Rate),
    ("maximum tarief", Field::Rate),
    ("max. tarief", Field::Rate),
    ("opdracht tarief", Field::Rate),
    ("uurtarief", Field::Rate),
    ("tarief", Field::Rate),
    ("maximum rate", Field::Rate),
    ("rate", Field::Rate),
    ("hourly rate", Field::Rate),
    ("max. hourly rate", Field::Rate),
    ("maximum hourly rate", Field::Rate),
    ("maximumtarief", Field::Rate),
    ("assignment id", Field::Reference),
    ("assignment", Field::Title),
    ("uitvraagnummer", Field::Reference),
    ("inhuurverzoek", Field::Reference),
    ("inhuuraanvraag", Field::Reference),
    ("zaaknummer", Field::Ignored),
    ("sluitingsdatum inschrijving", Field::Deadline),
    ("sluiting inschrijving", Field::Deadline),
    ("uiterste datum indienen offerte", Field::Deadline),
    ("uiterste datum indienen", Field::Deadline),
    ("deadline for offers", Field::Deadline),
    ("apply before", Field::Deadline),
    ("reactietermijn", Field::Deadline),
    ("reageren kan tot en met", Field::Deadline),
    // Portals' buttons and headers: "Reageer vóór", "Offertes indienen vóór", "Apply by".
    ("reageer voor", Field::Deadline),
    ("uiterste inschrijfdatum", Field::Deadline),
    ("reageer tot", Field::Deadline),
    ("reageer uiterlijk", Field::Deadline),
    ("reageer tot en met", Field::Deadline),
    ("inschrijven voor", Field::Deadline),
    ("inschrijven tot en met", Field::Deadline),
    ("indienen voor", Field::Deadline),
    ("indienen tot", Field::Deadline),
    ("offertes indienen voor", Field::Deadline),
    ("offerte indienen voor", Field::Deadline),
    ("offertes indienen tot", Field::Deadline),
    ("aanbieden voor", Field::Deadline),
    ("aanbieden tot", Field::Deadline),
    ("aanbieden tot en met", Field::Deadline),
    ("uiterlijk reageren", Field::Deadline),
    ("deadline reacties", Field::Deadline),
    ("deadline inschrijving", Field::Deadline),
    ("apply by", Field::Deadline),
    ("respond by", Field::Deadline),
    ("submission deadline", Field::Deadline),
    ("deadline for questions", Field::Ignored),
    ("uiterste datum vragen", Field::Ignored),
    ("vragen stellen tot", Field::Ignored),
    ("publicatiedatum", Field::Ignored),
    ("published", Field::Ignored),
    ("einddatum", Field::Ignored),
    ("end date", Field::Ignored),
    ("hours", Field::Hours),
    ("omvang", Field::Hours),
    ("aantal uren", Field::Hours),
    ("uren per week (indicatief)", Field::Hours),
    ("functienaam", Field::Title),
    ("naam opdracht", Field::Title),
    ("uitvraag inhuur", Field::Title),
    ("rol", Field::Title),
    ("opdracht-id", Field::Reference),
    ("opdracht id", Field::Reference),
    ("vacature-id", Field::Reference),
    ("id", Field::Reference),
    ("ons kenmerk", Field::Reference),
    ("ref", Field::Reference),
    ("request id", Field::Reference),
    ("request number", Field::Reference),
    ("vacancy id", Field::Reference),
    ("vacancy number", Field::Reference),
    ("job id", Field::Reference),
    ("tender id", Field::Reference),
    ("opdrachtcode", Field::Reference),
    ("dossiernummer", Field::Reference),
    ("aanvraag", Field::ReferenceCode),
    ("uitvraag", Field::ReferenceCode),
    ("uiterste datum inschrijving", Field::Deadline),
    ("uiterste datum aanbieding", Field::Deadline),
    ("uiterste datum reactie", Field::Deadline),
    ("reacties uiterlijk", Field::Deadline),
    ("sluiting reacties", Field::Deadline),
    ("closing date for offers", Field::Deadline),
    ("submission deadline", Field::Deadline),
    ("respond before", Field::Deadline),
    ("sluiting", Field::Deadline),
    ("sluiting indienen offertes", Field::Deadline),
    ("sluiting indienen", Field::Deadline),
    ("closing", Field::Deadline),
    ("tenderned-kenmerk", Field::Ignored),
    ("tenderned kenmerk", Field::Ignored),
    ("uiterste moment van inschrijving", Field::Deadline),
    ("uiterste datum en tijd van inschrijving", Field::Deadline),
    ("uiterste datum en tijd van indiening", Field::Deadline),
    ("uiterste inschrijfdatum", Field::Deadline),
    ("uiterste datum van inschrijving", Field::Deadline),
    ("inschrijven kan tot", Field::Deadline),
    ("aanbieden tot", Field::Deadline),
    ("offerte indienen voor", Field::Deadline),
    ("uiterste moment voor vragen", Field::Ignored),
    ("vragen tot", Field::Ignored),
    ("questions", Field::Ignored),
    ("interviews", Field::Ignored),
    ("gesprekken", Field::Ignored),
    ("publicatie nota van inlichtingen", Field::Ignored),
    ("nota van inlichtingen", Field::Ignored),
    ("datum publicatie", Field::Ignored),
    ("datum", Field::Ignored),
];

/// Terms found by label, first occurrence wins.
#[derive(Debug, Default)]
pub struct Terms {
    pub title: Option<String>,
    pub reference: Option<String>,
    pub buyer: Option<String>,
    pub region: Option<String>,
    pub start: Option<Start>,
    pub duration_months: Option<u32>,
    pub duration_text: Option<String>,
    pub extension: Option<Extension>,
    pub hours: Option<Hours>,
    pub education: Option<String>,
    pub deadline: Option<Date>,
    pub deadline_time: Option<String>,
    pub rate: Option<f64>,
}

/// Labels whose value sits on the next line when the line holds the label alone.
fn label_at(folded: &str, pos: usize) -> Option<(&'static str, Field)> {
    let rest = &folded[pos..];
    let first = *rest.as_bytes().first()?;
    // `LABELS` grouped by first byte, in their order, built once: only the few labels that
    // start with the line's byte are compared (this is asked at every boundary of every line).
    static BY_FIRST: OnceLock<Vec<Vec<(&'static str, Field)>>> = OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut by_first = vec![Vec::new(); 256];
        for &(label, field) in LABELS {
            if let Some(&b) = label.as_bytes().first() {
                by_first[usize::from(b)].push((label, field));
            }
        }
        by_first
    });
    let mut best: Option<(&'static str, Field)> = None;
    for &(label, field) in &by_first[usize::from(first)] {
        if let Some(after) = rest.strip_prefix(label) {
            let after = after.chars().next();
            if after.is_none_or(|c| !c.is_alphabetic())
                && best.is_none_or(|(b, _)| label.len() > b.len())
            {
                best = Some((label, field));
            }
        }
    }
    best
}

/// Splits one line into (field, value) segments.
fn segments(line: &Line) -> Vec<(Field, String)> {
    let text = &line.text;
    let folded = &line.folded;
    // Folding maps chars one to one; work on char indices to stay on boundaries. Most lines
    // are ASCII: there a char index is a byte index and no index tables are built.
    let ascii = text.is_ascii() && folded.len() == text.len();
    type Indices = Vec<(usize, char)>;
    let (tchars, fchars): (Indices, Indices) = if ascii {
        (Vec::new(), Vec::new())
    } else {
        (
            text.char_indices().collect(),
            folded.char_indices().collect(),
        )
    };
    if !ascii && tchars.len() != fchars.len() {
        return Vec::new();
    }
    let len = if ascii { text.len() } else { tchars.len() };
    let tc = |i: usize| {
        if ascii {
            char::from(text.as_bytes()[i])
        } else {
            tchars[i].1
        }
    };
    let tpos = |i: usize| if ascii { i } else { tchars[i].0 };
    let fpos = |i: usize| if ascii { i } else { fchars[i].0 };
    // "3.2 Omvang: 36 uur per week": a label right after a paragraph number.
    let numbered = {
        // … or after a bullet ("- Omvang: 28 tot 32 uur").
        let n = (0..len)
            .take_while(|&i| tc(i).is_ascii_digit() || tc(i) == '.')
            .count()
            .max(usize::from(
                len > 0 && ['-', '•', '*', '·', '–'].contains(&tc(0)),
            ));
        if n > 0 && n < len && tc(n) == ' ' {
            n + 1
        } else {
            usize::MAX
        }
    };
    let mut cuts: Vec<(usize, usize, Field)> = Vec::new(); // (char index, label chars, field)
    let mut ci = 0;
    while ci < len {
        // The same tests on bytes for an ASCII line (no char decoding on every position).
        let boundary = if ascii {
            let b = text.as_bytes();
            ci == 0
                || ci == numbered
                || b[ci - 1] == b'\t'
                || (ci >= 2 && b[ci - 1] == b' ' && (b[ci - 2] == b' ' || b[ci - 2] == b'|'))
                || (b[ci].is_ascii_uppercase()
                    && (b[ci - 1].is_ascii_digit() || b[ci - 1].is_ascii_lowercase()))
        } else {
            ci == 0
            || ci == numbered
            || tc(ci - 1) == '\t'
            || (ci >= 2 && tc(ci - 1) == ' ' && tc(ci - 2) == ' ')
            || (ci >= 2 && tc(ci - 1) == ' ' && tc(ci - 2) == '|')
            // "Alkmaar · Hybride · Referentienummer GGDHN-2026-118", "Harvey Nash – closing
            // date: 16 December 2026": a label after a middle dot or dash between parts.
            || (ci >= 2 && tc(ci - 1) == ' ' && ['·', '•', '–', '—'].contains(&tc(ci - 2)))
            // Glued: "65Opdracht uren" — an upper-case label start right after a digit or letter.
            || (tc(ci).is_uppercase() && (tc(ci - 1).is_ascii_digit() || tc(ci - 1).is_lowercase()))
        };
        if boundary {
            if let Some((label, field)) = label_at(folded, fpos(ci)) {
                let n = label.chars().count();
                cuts.push((ci, n, field));
                ci += n;
                continue;
            }
        }
        ci += 1;
    }
    let mut out = Vec::new();
    for (k, &(ci, n, field)) in cuts.iter().enumerate() {
        let vstart = if ci + n < len {
            tpos(ci + n)
        } else {
            text.len()
        };
        let vend = cuts.get(k + 1).map_or(text.len(), |next| tpos(next.0));
        let value = text[vstart..vend]
            .trim()
            .trim_matches(['|', ' ', '\t'])
            .trim_start_matches([':', '-', '–', '.', '…', ' '])
            .trim()
            .to_string();
        out.push((field, value));
    }
    out
}

/// Reads the terms from the posting's lines.
pub fn read_terms(lines: &[Line]) -> Terms {
    let mut t = Terms::default();
    for (i, line) in lines.iter().enumerate() {
        // Prose sentences are not term lines unless tab-separated; only a labelled reference
        // glued into one ("ProcedureReferentienummer opdrachtgever: APD-…") is taken.
        if line.text.len() > 120 && !line.text.contains('\t') && !line.text.contains(" | ") {
            if t.reference.is_none() {
                for (field, value) in segments(line) {
                    if field == Field::Reference {
                        apply(&mut t, field, &value);
                    }
                }
            }
            continue;
        }
        let segs = segments(line);
        for (k, (field, value)) in segs.iter().enumerate() {
            let mut value = value.clone();
            // Label alone on its line: the value is on the next line.
            // "Organisatie" alone is a section heading over prose, not a label.
            if value.is_empty()
                && segs.len() == 1
                && k == 0
                && !matches!(field, Field::Buyer | Field::Title)
            {
                if let Some(next) = lines.get(i + 1) {
                    if segments(next).is_empty() && next.text.len() <= 80 {
                        value = next.text.clone();
                    }
                }
            }
            if value.is_empty() {
                continue;
            }
            apply(&mut t, *field, &value);
        }
    }
    if t.hours.is_none() {
        t.hours = lines.iter().find_map(|l| hours_in_summary(&l.folded));
    }
    if t.hours.is_none() {
        t.hours = lines.iter().find_map(|l| hours_in_prose(&l.folded));
    }
    t
}

/// "4 dagen per week à 8 uur", "4 dagen à 8 uur", "4 x 8 uur", "4 days of 8 hours": days
/// times hours a day (folded text: "à" reads "a").
fn days_times_hours(f: &str) -> Option<Hours> {
    let words: Vec<&str> = f
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let small = |w: &str, max: u32| w.parse::<u32>().ok().filter(|n| (1..=max).contains(n));
    for (i, w) in words.iter().enumerate() {
        let Some(days) = small(w, 7) else { continue };
        // The joining word follows the days ("4 dagen [per week] à"), or stands for them ("4 x").
        let rest = &words[i + 1..words.len().min(i + 8)];
        let named_days = rest
            .first()
            .is_some_and(|d| d.starts_with("dag") || d.starts_with("day"));
        let Some(j) = rest
            .iter()
            .position(|w| ["a", "x", "×", "van", "of"].contains(w))
        else {
            continue;
        };
        if !(named_days || (j == 0 && ["x", "×"].contains(&rest[0]))) {
            continue;
        }
        let (Some(h), Some(unit)) = (rest.get(j + 1).and_then(|w| small(w, 12)), rest.get(j + 2))
        else {
            continue;
        };
        if unit.starts_with("uur") || unit.starts_with("hour") {
            let total = days * h;
            return Some(Hours {
                min: total,
                max: total,
            });
        }
    }
    None
}

/// "Start per 1 februari 2027, voor 32 tot 36 uur per week, looptijd 9 maanden": hours in a
/// sentence, read from the words right before the unit ("32 tot 36", "24-28", "36") when a
/// word that gives the assignment's size leads them ("voor", "inzet van", "for"). "Je werkt
/// gemiddeld 40 uur per week aan projecten" describes the team, not the assignment.
fn hours_in_prose(folded: &str) -> Option<Hours> {
    let at = [
        "uur per week",
        "uren per week",
        "uur/week",
        "hours per week",
        "hours a week",
    ]
    .iter()
    .find_map(|u| folded.find(u))?;
    let before: Vec<&str> = words_of(&folded[..at]).collect();
    let num = |w: &str| w.parse::<u32>().ok().filter(|n| (1..=80).contains(n));
    let (hours, used) = match before.as_slice() {
        [.., a, joiner, b] if ["tot", "-", "a", "en", "of"].contains(joiner) => {
            let (a, b) = (num(a)?, num(b)?);
            ((a <= b).then_some(Hours { min: a, max: b })?, 3)
        }
        [.., ab] if ab.contains('-') => {
            let (a, b) = ab.split_once('-')?;
            let (a, b) = (num(a)?, num(b)?);
            ((a <= b).then_some(Hours { min: a, max: b })?, 1)
        }
        [.., cap, b] if cap.starts_with("max") => (
            Hours {
                min: 0,
                max: num(b)?,
            },
            2,
        ),
        [.., b] => (num(b).map(|b| Hours { min: b, max: b })?, 1),
        [] => return None,
    };
    let mut lead = before[..before.len() - used].iter().rev();
    let mut word = lead.next()?;
    if word.starts_with("min") || word.starts_with("max") {
        word = lead.next()?;
    }
    HOURS_LEAD_WORDS.contains(word).then_some(hours)
}

/// Words before the hours in a sentence that make them the assignment's size.
const HOURS_LEAD_WORDS: [&str; 9] = [
    "voor",
    "gedurende",
    "van",
    "circa",
    "ca.",
    "ongeveer",
    "for",
    "approximately",
    "around",
];

/// "Sluitingsdatum: 03 Dec 2026 | 28-32 uur per week | Den Haag": hours without a label, as one
/// part of a summary line split by pipes or dots.
fn hours_in_summary(folded: &str) -> Option<Hours> {
    if folded.len() > 160 {
        return None;
    }
    folded.split(['|', '·', '•']).find_map(|part| {
        let p = part.trim().trim_end_matches('.');
        let unit = [
            "uur per week",
            "uur p/w",
            "uur/week",
            "hours per week",
            "hours a week",
        ]
        .iter()
        .any(|u| p.ends_with(u));
        (unit && words_of(p).count() <= 6 && p.starts_with(|c: char| c.is_ascii_digit()))
            .then(|| hours_in(p))
            .flatten()
    })
}

fn apply(t: &mut Terms, field: Field, value: &str) {
    let f = fold(value);
    match field {
        // "Opdracht: Beleidsadviseur" — a title is short and is not a sentence.
        // A value in capitals ("UITVRAAG INHUUR EXTERNE MEDEWERKER") is a letterhead.
        Field::Title
            if t.title.is_none()
                && value.len() <= 100
                && !value.ends_with('.')
                && value.starts_with(char::is_uppercase)
                && value.chars().any(char::is_lowercase) =>
        {
            t.title = Some(value.to_string())
        }
        Field::Reference if t.reference.is_none() => {
            // "Rijnland: RIJ-INH-2026-018", "opdrachtgever: APD-…": the first token with a digit.
            let token = value
                .split_whitespace()
                .take(3)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
                .find(|w| w.chars().any(|c| c.is_ascii_digit()))
                .unwrap_or("");
            if token.chars().any(|c| c.is_ascii_digit()) && token.len() <= 30 {
                t.reference = Some(token.to_string());
            }
        }
        Field::ReferenceCode if t.reference.is_none() => {
            // Only a code: letters and digits joined by hyphens, slashes or dots
            // ("DAS-EDE-2026-0871", "2026/118"), the value's first word.
            let token = value.split_whitespace().next().unwrap_or("");
            let token = token.trim_end_matches([',', ';', '.']);
            let joined = token.contains(['-', '/', '.']);
            let digits = token.chars().filter(char::is_ascii_digit).count();
            if (joined && digits >= 2 || digits >= 5)
                && token.len() <= 30
                && token
                    .chars()
                    .all(|c| c.is_alphanumeric() || "-/.".contains(c))
            {
                t.reference = Some(token.to_string());
            }
        }
        Field::Buyer if t.buyer.is_none() && value.len() <= 60 && !value.ends_with('.') => {
            t.buyer = Some(value.to_string())
        }
        Field::Region if t.region.is_none() && value.len() <= 60 && !value.ends_with('.') => {
            t.region = Some(value.to_string())
        }
        Field::Start if t.start.is_none() => {
            let asap = [
                "z.s.m",
                "zsm",
                "zo spoedig mogelijk",
                "zo snel mogelijk",
                "asap",
                "as soon as possible",
                "per direct",
                "direct",
            ]
            .iter()
            .any(|w| f.contains(w));
            let date = find_date(value).map(|d| d.0);
            if asap || date.is_some() || f.contains("in overleg") {
                t.start = Some(Start {
                    date,
                    asap,
                    text: value.to_string(),
                });
            }
        }
        Field::Duration if t.duration_months.is_none() => {
            // "12 maanden, met optie tot verlenging van 2 x 6 maanden": the extension rides along.
            let (own, extension) = match f.find("verlenging") {
                Some(p) => (&f[..p], Some(&f[p..])),
                None => (f.as_str(), None),
            };
            if let Some(m) = months_in(own) {
                t.duration_months = Some(m);
                t.duration_text = Some(dedupe_unit(value));
            }
            if let (Some(ext), None) = (extension, &t.extension) {
                let (count, months) = extension_in(ext);
                if count.is_some() || months.is_some() {
                    t.extension = Some(Extension {
                        count,
                        months,
                        text: value.to_string(),
                    });
                }
            }
        }
        Field::Extension if t.extension.is_none() => {
            let (count, months) = extension_in(&f);
            if count.is_some() || months.is_some() || f.contains("nee") || f.contains("geen") {
                t.extension = Some(Extension {
                    count,
                    months,
                    text: value.to_string(),
                });
            }
        }
        Field::Hours if t.hours.is_none() => t.hours = hours_in(&f),
        Field::Education if t.education.is_none() && value.len() <= 60 => {
            t.education = Some(value.to_string())
        }
        Field::Deadline if t.deadline.is_none() => {
            if let Some((d, _)) = find_date(value) {
                t.deadline = Some(d);
                if t.deadline_time.is_none() {
                    t.deadline_time = find_time(value).map(|(h, m)| format!("{h:02}:{m:02}"));
                }
            }
        }
        Field::DeadlineTime if t.deadline_time.is_none() => {
            t.deadline_time = find_time(value).map(|(h, m)| format!("{h:02}:{m:02}"))
        }
        // "Uurtarief … Weging 30 punten" states the price's weight, not a rate.
        Field::Rate if t.rate.is_none() && super::points::points_expressions(value).is_empty() => {
            t.rate = euro_amount(value).or_else(|| first_number(&f))
        }
        _ => {}
    }
}

/// "12 maanden maanden" (Flextender doubles the unit) → "12 maanden".
fn dedupe_unit(value: &str) -> String {
    let words: Vec<&str> = words_of(value).collect();
    let mut out: Vec<&str> = Vec::new();
    for w in words {
        if out.last().is_some_and(|l| fold(l) == fold(w)) {
            continue;
        }
        out.push(w);
    }
    out.join(" ")
}

/// Months in a duration: "12 maanden", "6 mnd", "1 jaar", "26 weken".
pub fn months_in(f: &str) -> Option<u32> {
    let words: Vec<&str> = f
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let Some(n) = parse_number(w) else { continue };
        let unit = words.get(i + 1).copied().unwrap_or("");
        let n = n as u32;
        if unit.starts_with("maand") || unit.starts_with("mnd") || unit.starts_with("month") {
            return Some(n);
        }
        if unit.starts_with("jaar") || unit.starts_with("year") {
            return Some(n * 12);
        }
        if unit.starts_with("we") && (unit.starts_with("week") || unit.starts_with("weken")) {
            return Some((n * 12).div_ceil(52));
        }
    }
    None
}

/// "2 maal 12 maand(en)", "2 x 6 maand(en)", "1 x 6 maanden", "optie tot 2 x 3 maanden".
fn extension_in(f: &str) -> (Option<u32>, Option<u32>) {
    let words: Vec<&str> = f
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let Some(n) = w.parse::<u32>().ok() else {
            continue;
        };
        if matches!(
            words.get(i + 1),
            Some(&"x" | &"maal" | &"keer" | &"times" | &"×")
        ) {
            let months = words
                .get(i + 2)
                .and_then(|_| months_in(&words[i + 2..].join(" ")));
            return (Some(n), months);
        }
        if let Some(stripped) = w.strip_suffix('x') {
            if let Ok(n) = stripped.parse::<u32>() {
                return (Some(n), months_in(&words[i + 1..].join(" ")));
            }
        }
        let _ = n;
    }
    (None, months_in(f))
}

/// "20-24 uur", "36 uur", "20 tot 28 uur", "32 - 36", "max. 24 uur".
pub fn hours_in(f: &str) -> Option<Hours> {
    if let Some(h) = days_times_hours(f) {
        return Some(h);
    }
    let mut nums = Vec::new();
    let mut cur = String::new();
    for c in f.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            cur.push(c);
        } else {
            if !cur.is_empty() {
                if let Ok(n) = cur.parse::<u32>() {
                    nums.push(n);
                }
                cur.clear();
            }
            if nums.len() == 2 {
                break;
            }
        }
    }
    let nums: Vec<u32> = nums.into_iter().filter(|n| (1..=80).contains(n)).collect();
    match nums.as_slice() {
        [a, b, ..] if a <= b => Some(Hours { min: *a, max: *b }),
        [a, ..] if f.contains("max") => Some(Hours { min: 0, max: *a }),
        [a, ..] => Some(Hours { min: *a, max: *a }),
        _ => None,
    }
}

/// "€ 110,00", "€110", "EUR 95", "110 euro".
pub fn euro_amount(s: &str) -> Option<f64> {
    let number_after = |rest: &str| -> Option<f64> {
        let num: String = rest
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
            .collect();
        parse_number(&num)
    };
    if let Some(p) = s.find('€') {
        if let Some(v) = number_after(&s[p + '€'.len_utf8()..]) {
            return Some(v);
        }
    }
    let f = fold(s);
    for prefix in ["eur ", "eur.", "euro "] {
        if let Some(v) = f
            .find(prefix)
            .and_then(|p| number_after(&f[p + prefix.len()..]))
        {
            return Some(v);
        }
    }
    // "110 euro".
    let p = f.find(" euro")?;
    let before: String = f[..p]
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    parse_number(&before.chars().rev().collect::<String>())
}

fn first_number(f: &str) -> Option<f64> {
    let num: String = f
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    parse_number(&num).filter(|n| *n >= 10.0 && *n <= 500.0)
}

/// "Bandbreedte € 95,00 - € 110,00" → band.
pub fn rate_band(lines: &[Line]) -> Option<RateBand> {
    for l in lines {
        // A band is two amounts in euros: lines without '€' are not searched for the words.
        if !l.text.contains('€') {
            continue;
        }
        if !(l.folded.contains("bandbreedte")
            || l.folded.contains("tariefrange")
            || l.folded.contains("tariefindicatie")
            || l.folded.contains("rate band"))
        {
            continue;
        }
        let amounts: Vec<f64> = l
            .text
            .split('€')
            .skip(1)
            .filter_map(|part| {
                let num: String = part
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
                    .collect();
                parse_number(&num)
            })
            .collect();
        if let [a, b, ..] = amounts.as_slice() {
            return Some(RateBand {
                min: a.min(*b),
                max: a.max(*b),
            });
        }
    }
    None
}

/// The maximum rate a criterion states ("maximum uurtarief van € 110,00").
pub fn rate_in_criterion(folded: &str, text: &str) -> Option<f64> {
    if !(folded.contains("tarief") || folded.contains("rate")) {
        return None;
    }
    if !(folded.contains("max")
        || folded.contains("hoogstens")
        || folded.contains("niet hoger")
        || folded.contains("ten hoogste"))
    {
        return None;
    }
    euro_amount(text)
}

/// Words for what a bidder hands in ("Aanbiedingen dienen uiterlijk … binnen te zijn", "Graag
/// de cv's uiterlijk vrijdag 11 december bij mij", "Please send CVs no later than …").
const OFFER_WORDS: [&str; 12] = [
    "aanbieding",
    "offerte",
    "inschrijving",
    "bids ",
    "proposals",
    "applications",
    "cv's",
    "cvs",
    "je cv",
    "kandidaten",
    "reacties",
    "candidates",
];

/// Deadline stated in prose: "De reactietermijn … duurt tot maandag 7 oktober 2024, 09.00 uur".
pub fn deadline_in_prose(lines: &[Line]) -> Option<(Date, Option<String>)> {
    for (i, l) in lines.iter().enumerate() {
        let f = &l.folded;
        // The sentence may wrap onto the next line ("Reageren kan" / "tot en met 16 december").
        let joined = match lines.get(i + 1) {
            Some(n) => format!("{} {}", l.text, n.text),
            None => l.text.clone(),
        };
        let j = fold(&joined);
        let about = f.contains("reactietermijn")
            || f.contains("inschrijftermijn")
            || f.contains("sluit op")
            || ((f.contains("reageren") || f.contains("inschrijven") || f.contains("aanbieden"))
                && (j.contains(" tot ") || j.contains("t/m") || j.contains("uiterlijk")));
        // "Aanbiedingen dienen uiterlijk vrijdag 11 december 2026 binnen te zijn": the offer's
        // deadline is the date after "uiterlijk", not an earlier date in the text (the
        // question round's).
        let offer_by = (!about && OFFER_WORDS.iter().any(|w| j.contains(w)))
            .then(|| {
                ["uiterlijk", "no later than"]
                    .iter()
                    .find_map(|w| j.find(w))
            })
            .flatten();
        if let Some(at) = offer_by {
            let chars = j[..at].chars().count();
            let from = joined
                .char_indices()
                .nth(chars)
                .map_or(joined.len(), |(i, _)| i);
            let rest = &joined[from..];
            if let Some((d, range)) = find_date(rest) {
                let time = find_time(&rest[range.end..]).map(|(h, m)| format!("{h:02}:{m:02}"));
                return Some((d, time));
            }
        }
        if !about {
            continue;
        }
        if let Some((d, range)) = find_date(&joined) {
            let time = find_time(&joined[range.end..]).map(|(h, m)| format!("{h:02}:{m:02}"));
            return Some((d, time));
        }
    }
    None
}

/// Workdays named after a "Werkdagen" label: "Ma – Di – Wo – Do – Vr", "maandag t/m donderdag".
pub fn workdays(lines: &[Line]) -> Vec<String> {
    for (i, l) in lines.iter().enumerate() {
        if !(l.folded.starts_with("werkdagen")
            || l.folded.contains("volgende werkdagen")
            || l.folded.starts_with("workdays")
            || l.folded.starts_with("werkdag"))
        {
            continue;
        }
        for cand in lines.iter().skip(i).take(4) {
            let days = days_in(&cand.folded);
            if !days.is_empty() {
                return days;
            }
        }
    }
    Vec::new()
}

const DAYS: [(&str, &[&str]); 7] = [
    ("ma", &["maandag", "maandagen", "ma", "monday", "mon"]),
    ("di", &["dinsdag", "dinsdagen", "di", "tuesday", "tue"]),
    ("wo", &["woensdag", "woensdagen", "wo", "wednesday", "wed"]),
    ("do", &["donderdag", "donderdagen", "do", "thursday", "thu"]),
    (
        "vr",
        &["vrijdag", "vrijdagen", "vr", "vrij", "friday", "fri"],
    ),
    ("za", &["zaterdag", "za", "saturday", "sat"]),
    ("zo", &["zondag", "zo", "sunday", "sun"]),
];

/// Day codes named in a folded text, with "t/m" ranges expanded; week order, no duplicates.
pub fn days_in(f: &str) -> Vec<String> {
    let words: Vec<&str> = f
        .split(|c: char| !(c.is_alphanumeric() || c == '/'))
        .filter(|w| !w.is_empty())
        .collect();
    let day_of = |w: &str| DAYS.iter().position(|(_, forms)| forms.contains(&w));
    let mut set = [false; 7];
    let mut i = 0;
    while i < words.len() {
        if let Some(a) = day_of(words[i]) {
            let (is_range, skip) = match (words.get(i + 1), words.get(i + 2), words.get(i + 3)) {
                (Some(&"t/m"), _, _) | (Some(&"through"), _, _) | (Some(&"to"), _, _) => (true, 2),
                (Some(&"tot"), Some(&"en"), Some(&"met")) => (true, 4),
                _ => (false, 1),
            };
            if is_range {
                if let Some(b) = words.get(i + skip).and_then(|w| day_of(w)) {
                    for d in set.iter_mut().take(b.max(a) + 1).skip(a.min(b)) {
                        *d = true;
                    }
                    i += skip + 1;
                    continue;
                }
            }
            // "do" and "zo" are also ordinary words; accept them only among other days.
            set[a] = true;
        }
        i += 1;
    }
    let found: Vec<String> = (0..7)
        .filter(|&d| set[d])
        .map(|d| DAYS[d].0.to_string())
        .collect();
    // A single two-letter hit ("zo", "do") in prose is not a workday list.
    if found.len() == 1 && !words.iter().any(|w| w.len() > 3 && day_of(w).is_some()) {
        return Vec::new();
    }
    found
}

/// "Is hybride werken mogelijk: ja".
pub fn hybrid(lines: &[Line]) -> Option<bool> {
    for l in lines {
        // "hybride" holds "hybrid": one search finds both.
        if l.folded.contains("hybrid") {
            let after = l
                .folded
                .split("hybride")
                .nth(1)
                .or_else(|| l.folded.split("hybrid").nth(1))
                .unwrap_or("");
            if contains_word(after, "ja")
                || contains_word(after, "yes")
                || contains_word(after, "mogelijk") && !contains_word(after, "niet")
            {
                return Some(true);
            }
            if contains_word(after, "nee")
                || contains_word(after, "no")
                || contains_word(after, "niet")
            {
                return Some(false);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    /// How postings give the offer's deadline in a sentence, after the question round's date.
    #[test]
    fn offer_deadline_in_prose() {
        for text in [
            "Vragen kunnen tot en met 4 december 2026 worden gesteld. Aanbiedingen dienen\nuiterlijk vrijdag 11 december 2026 om 12.00 uur binnen te zijn.",
            "Offertes moeten uiterlijk 11 december 2026 zijn ingediend.",
            "Je inschrijving moet uiterlijk op 11-12-2026 binnen zijn.",
            "Proposals must be submitted no later than 11 December 2026, 12:00.",
        ] {
            let lines = clean_lines(text);
            assert_eq!(
                deadline_in_prose(&lines).map(|d| d.0),
                Date::new(2026, 12, 11),
                "{text}"
            );
        }
    }

    /// Reference labels in their wordings, also between middle dots or after a dash; a bare
    /// "Aanvraag" label counts only before a code.
    #[test]
    fn reference_and_deadline_labels() {
        for (text, reference, deadline) in [
            (
                "Aanvraag:          DAS-EDE-2026-0871",
                Some("DAS-EDE-2026-0871"),
                None,
            ),
            ("Aanvraag inhuur adviseur 3 maanden", None, None),
            (
                "Alkmaar · Hybride · 28-32 uur · Referentienummer GGDHN-2026-118",
                Some("GGDHN-2026-118"),
                None,
            ),
            ("Vacancy ID\tHIN-2027-0088", Some("HIN-2027-0088"), None),
            ("Kenmerk: PUR-2027-031", Some("PUR-2027-031"), None),
            (
                "Uiterste datum inschrijving:  vrijdag 11 december 2026, 09:00 uur",
                None,
                Date::new(2026, 12, 11),
            ),
            (
                "Posted via Harvey Nash Public Sector – closing date: 16 December 2026, 17:00",
                None,
                Date::new(2026, 12, 16),
            ),
            (
                "Sluiting reacties    14-12-2026 om 12:00 uur",
                None,
                Date::new(2026, 12, 14),
            ),
        ] {
            let t = read_terms(&clean_lines(text));
            assert_eq!(t.reference.as_deref(), reference, "{text}");
            assert_eq!(t.deadline, deadline, "{text}");
        }
    }

    /// How postings give the hours as days times hours a day, or inside a sentence.
    #[test]
    fn hours_as_days_times_hours_and_in_prose() {
        use crate::text::fold;
        for (text, want) in [
            ("Inzet: 4 dagen per week à 8 uur", 32),
            ("4 dagen à 8 uur", 32),
            ("3 dagen (à 8 uur) per week", 24),
            ("4 x 8 uur per week", 32),
            ("4 days of 9 hours a week", 36),
        ] {
            assert_eq!(
                hours_in(&fold(text)),
                Some(Hours {
                    min: want,
                    max: want
                }),
                "{text}"
            );
        }
        assert_eq!(hours_in("28 tot 32 uur"), Some(Hours { min: 28, max: 32 }));
        for (text, want) in [
            (
                "start per 1 februari 2027, voor 32 tot 36 uur per week, looptijd 9 maanden.",
                (32, 36),
            ),
            ("de opdracht is voor 24-28 uur per week.", (24, 28)),
            ("een inzet van 36 uur per week in utrecht.", (36, 36)),
            ("de inzet is voor maximaal 20 uur per week", (0, 20)),
            ("the assignment is for 32 hours per week on site.", (32, 32)),
        ] {
            assert_eq!(
                hours_in_prose(text),
                Some(Hours {
                    min: want.0,
                    max: want.1
                }),
                "{text}"
            );
        }
        assert_eq!(hours_in_prose("het team werkt hybride."), None);
        assert_eq!(
            hours_in_prose("je werkt gemiddeld 40 uur per week aan meerdere projecten."),
            None
        );
        assert_eq!(hours_in_prose("in 2026 uur per week"), None);
    }

    use super::*;
    use crate::tender::sections::clean_lines;

    fn terms(text: &str) -> Terms {
        read_terms(&clean_lines(text))
    }

    #[test]
    fn label_value_on_one_line() {
        let t = terms("Aanvraagnummer 17713\n\nDuur 12 maanden maanden\n\nUren per week 20-24 uur\n\nStart Z.s.m.\n\nEinde inschrijfdatum maandag 7 oktober 2024\n\nEindtijd 09:00 uur\n");
        assert_eq!(t.reference.as_deref(), Some("17713"));
        assert_eq!(t.duration_months, Some(12));
        assert_eq!(t.duration_text.as_deref(), Some("12 maanden"));
        assert_eq!(t.hours, Some(Hours { min: 20, max: 24 }));
        assert!(t.start.unwrap().asap);
        assert_eq!(t.deadline, Date::new(2024, 10, 7));
        assert_eq!(t.deadline_time.as_deref(), Some("09:00"));
    }

    #[test]
    fn closing_and_reference_labels_in_other_words() {
        for (text, deadline) in [
            ("Sluiting indienen offertes: 11 december 2026, 10:00 uur\n", (2026, 12, 11)),
            ("Vragen | uiterlijk 1 december 2026\nSluiting | maandag 7 december 2026, 09:00 uur\n", (2026, 12, 7)),
            ("Closing: 14 December 2026, 12:00\n", (2026, 12, 14)),
        ] {
            assert_eq!(terms(text).deadline, Date::new(deadline.0, deadline.1, deadline.2), "{text}");
        }
        for (text, reference) in [
            ("Ref.: OV-INFRA-2026-087\n", "OV-INFRA-2026-087"),
            ("Request ID: DUO-2026-ICT-0712\n", "DUO-2026-ICT-0712"),
        ] {
            assert_eq!(terms(text).reference.as_deref(), Some(reference), "{text}");
        }
    }

    #[test]
    fn tab_separated_pairs() {
        let t = terms("Aanvraagnummer\t28671\tStart\t4-5-2026\nDuur\t6 maanden maanden\tOpleidingniveau\tHBO\nOpties verlenging\t2 x 6 maand(en)\tRegio\tOverijssel\nUren per week\t16-24 uur\tEinde inschrijfdatum\tdinsdag 7 april 2026\n");
        assert_eq!(t.reference.as_deref(), Some("28671"));
        assert_eq!(t.start.unwrap().date, Date::new(2026, 5, 4));
        assert_eq!(t.education.as_deref(), Some("HBO"));
        assert_eq!(t.region.as_deref(), Some("Overijssel"));
        let e = t.extension.unwrap();
        assert_eq!((e.count, e.months), (Some(2), Some(6)));
        assert_eq!(t.hours, Some(Hours { min: 16, max: 24 }));
        assert_eq!(t.deadline, Date::new(2026, 4, 7));
    }

    #[test]
    fn label_and_value_on_separate_lines() {
        let t = terms(
            "Tijd & agenda\nStart\n1-3-2026\nUren per week\n32\nVerloopt op\n12 februari 2026\n",
        );
        assert_eq!(t.start.unwrap().date, Date::new(2026, 3, 1));
        assert_eq!(t.hours, Some(Hours { min: 32, max: 32 }));
        assert_eq!(t.deadline, Date::new(2026, 2, 12));
    }

    #[test]
    fn colon_labels_and_glued_fields() {
        let t = terms("Opdrachtgever: Gemeente Apeldoorn\nSluitingsdatum: 12-05-2026 12:00\nOpdracht tarief 65Opdracht uren 36\nReageren t/m: 3 March 2026\n");
        assert_eq!(t.buyer.as_deref(), Some("Gemeente Apeldoorn"));
        assert_eq!(t.deadline, Date::new(2026, 5, 12));
        assert_eq!(t.deadline_time.as_deref(), Some("12:00"));
        assert_eq!(t.rate, Some(65.0));
        assert_eq!(t.hours, Some(Hours { min: 36, max: 36 }));
    }

    /// Hours as one part of a summary line, without a label.
    #[test]
    fn hours_in_a_summary_line() {
        for (text, want) in [
            (
                "Sluitingsdatum: 03 Dec 2026 | 28-32 uur per week | Den Haag",
                Some((28, 32)),
            ),
            ("Utrecht · 36 uur per week · 12 maanden", Some((36, 36))),
            ("Amsterdam | 32 tot 36 uur per week", Some((32, 36))),
            ("Remote | 24 hours per week | 6 months", Some((24, 24))),
            (
                "Je werkt gemiddeld 40 uur per week aan meerdere projecten.",
                None,
            ),
        ] {
            assert_eq!(terms(text).hours.map(|h| (h.min, h.max)), want, "{text}");
        }
    }

    /// Terms in a bulleted or numbered list ("- Omvang: …", "3.2 Omvang: …").
    #[test]
    fn terms_after_bullets_and_paragraph_numbers() {
        for text in [
            "- Omvang: minimaal 28 en maximaal 32 uur per week",
            "• Uren per week: 28-32",
            "3.2 Omvang: 28 tot 32 uur per week. Standplaats: Arnhem.",
            "* Inzet: 28 - 32 uur",
        ] {
            assert_eq!(
                terms(text).hours,
                Some(Hours { min: 28, max: 32 }),
                "{text}"
            );
        }
    }

    #[test]
    fn prose_is_not_a_term() {
        let t = terms("Start je loopbaan bij de mooiste gemeente van Nederland en werk mee aan de toekomst van onze stad, samen met collega's.\n");
        assert!(t.start.is_none());
    }

    #[test]
    fn workdays_and_ranges() {
        assert_eq!(
            days_in("ma - di - wo - do - vr"),
            ["ma", "di", "wo", "do", "vr"]
        );
        assert_eq!(days_in("maandag t/m donderdag"), ["ma", "di", "wo", "do"]);
        assert_eq!(
            days_in("ma, di, wo, do, vrij (in onderling overleg)"),
            ["ma", "di", "wo", "do", "vr"]
        );
        assert_eq!(days_in("ma t/m vrij"), ["ma", "di", "wo", "do", "vr"]);
        assert!(days_in("wat is dat zo").is_empty());
    }

    #[test]
    fn money() {
        assert_eq!(euro_amount("€ 110,00 exclusief btw"), Some(110.0));
        assert_eq!(euro_amount("maximaal € 110,- exclusief"), Some(110.0));
        assert_eq!(euro_amount("EUR 95 per uur"), Some(95.0));
        assert_eq!(euro_amount("95 euro per uur"), Some(95.0));
        assert_eq!(euro_amount("geen bedrag"), None);
    }
}
