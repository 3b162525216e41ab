//! The terms a freelancer states in a CV: rate (and whether travel and parking are in it),
//! hours, start, weekdays, the full-term commitment, contract form, and the administrative
//! statements (Waadi, G-rekening, VOG).

use super::experience::NumberedLine;
use super::period::YearMonth;
use super::{ContractForm, CostTerm, CvTerms, Rate, Stated};
use crate::date::{find_date, month_from_word};
use crate::tender::terms::{days_in, euro_amount};
use crate::tender::Hours;
use crate::text::{contains_word, fold};

const HOURS_PHRASES: [&str; 11] = [
    "hours/week",
    "uur in de week",
    "uur per week",
    "uren per week",
    "uur p.w",
    "uur p/w",
    "uur/week",
    "u/w",
    "uur pw",
    "hours per week",
    "hours a week",
];

fn stated<T>(value: T, l: &NumberedLine<'_>) -> Stated<T> {
    Stated {
        value,
        line: l.no,
        text: l.text.trim().to_string(),
    }
}

/// Reads the terms. `header` is the part before the first section (where terms usually are);
/// `all` is every other line outside the experience entries (statements such as Waadi may
/// stand in a profile; "8 uur p.w." inside a past job is no availability).
pub fn read_terms(header: &[NumberedLine<'_>], all: &[NumberedLine<'_>]) -> CvTerms {
    let mut t = CvTerms::default();
    let ordered: Vec<&NumberedLine<'_>> = header
        .iter()
        .chain(all.iter().filter(|l| !header.iter().any(|h| h.no == l.no)))
        .collect();
    let mut availability_block = false;
    let mut block_heading: Option<usize> = None;
    // Each line folded once: it is read on its own and joined to the line before.
    let folds: Vec<String> = ordered.iter().map(|l| fold(l.text)).collect();
    for (k, l) in ordered.iter().enumerate() {
        let f = folds[k].as_str();
        // A statement may wrap onto the next line ("… inclusief\nalle verlengingsopties").
        let joined: std::borrow::Cow<'_, str> = match ordered.get(k + 1) {
            Some(next) if next.no == l.no + 1 && !l.text.trim_end().ends_with(['.', ';']) => {
                format!("{f} {}", folds[k + 1]).into()
            }
            _ => f.into(),
        };
        // Rate. A "Tarief" heading gives the line under it ("Tarief" / "Op aanvraag.").
        let under_rate_heading = k > 0
            && ordered[k - 1].no + 1 == l.no
            && (folds[k - 1].contains("tarief") || folds[k - 1].starts_with("rate"))
            && folds[k - 1].split_whitespace().count() <= 2;
        if t.rate.is_none()
            && (under_rate_heading
                || f.contains("tarief")
                || f.contains("hourly rate")
                || f.contains(" rate:")
                || f.starts_with("rate")
                || (f.contains('€') && f.contains("per uur")))
        {
            let on_request = f.contains("op aanvraag")
                || f.contains("on request")
                || f.contains("n.o.t.k")
                || f.contains("notk")
                || f.contains("in overleg");
            let amount = euro_amount(l.text);
            if amount.is_some() || on_request {
                let cost = |words: &[&str]| -> Option<CostTerm> {
                    // The statement may wrap ("… all-in (inclusief" / "reiskosten)").
                    let f = joined.as_ref();
                    let mentions = words.iter().any(|w| f.contains(w));
                    if !mentions {
                        return None;
                    }
                    let separate = [
                        "apart gedeclareerd",
                        "apart in rekening",
                        "exclusief reis",
                        "excl. reis",
                        "excl reis",
                        "plus reis",
                        "+ reis",
                        "niet inbegrepen",
                        "charged separately",
                        "excluding travel",
                        "excl. travel",
                        "on top",
                        "worden apart",
                        "wordt apart",
                        "separately",
                        // "reiskosten: € 0,23/km", "kilometervergoeding", "op declaratiebasis".
                        "/km",
                        "per km",
                        "per kilometer",
                        "kilometervergoeding",
                        "km-vergoeding",
                        "declaratiebasis",
                        "mileage",
                    ];
                    if separate.iter().any(|w| f.contains(w)) {
                        Some(CostTerm::ChargedSeparately)
                    } else {
                        Some(CostTerm::Included)
                    }
                };
                let rate = Rate {
                    amount,
                    on_request: on_request && amount.is_none(),
                    // "all-in" names no cost and leaves none out.
                    travel: cost(&["reiskosten", "reis-", "reis en", "travel"]).or_else(|| {
                        ["all-in", "all in", "allin"]
                            .iter()
                            .any(|w| joined.contains(w))
                            .then_some(CostTerm::Included)
                    }),
                    parking: cost(&["parkeer", "parking"]),
                };
                t.rate = Some(stated(rate, l));
            }
        }
        // Hours per week.
        if t.hours_per_week.is_none() && HOURS_PHRASES.iter().any(|p| f.contains(p)) {
            // The number right before the phrase ("per uur" elsewhere on the line is the rate).
            let key = HOURS_PHRASES
                .iter()
                .filter_map(|k| f.find(k))
                .min()
                .unwrap_or(f.len());
            // "Uren per week: 32": the number after the label.
            let after = HOURS_PHRASES
                .iter()
                .find_map(|p| f.strip_prefix(p))
                .and_then(hours_after_label);
            if let Some(h) = hours_before(&f[..key]).or(after) {
                t.hours_per_week = Some(stated(h, l));
            }
        }
        // Availability.
        // A line under a "Beschikbaarheid" heading, or one that gives hours a week, is about
        // availability too ("Per 1 januari 2027, 32 uur per week (ma t/m do)").
        // The block under such a heading runs to the next blank line.
        // A blank line right under the heading does not end its block.
        let continues = k > 0 && (ordered[k - 1].no + 1 == l.no || block_heading == Some(k - 1));
        if !continues {
            availability_block = false;
        }
        let under_heading = availability_block;
        if (f.contains("beschikbaar") || f.contains("availab")) && crate::text::word_count(f) <= 4 {
            availability_block = true;
            block_heading = Some(k);
        }
        let about_availability = f.contains("beschikbaar")
            || f.contains("availab")
            || f.contains("inzetbaar")
            || opens_start(f)
            || f.contains("per week")
            || f.contains("a week")
            || under_heading;
        // "Beschikbaar: per direct, 32 uur (di t/m vr)", "Uren: 32", "Hours: 24": hours without
        // "per week" on an availability line or after an hours label.
        if t.hours_per_week.is_none()
            && (about_availability || HOURS_LABELS.iter().any(|p| f.starts_with(p)))
        {
            if let Some(h) = hours_on_availability_line(f) {
                t.hours_per_week = Some(stated(h, l));
            }
        }
        if about_availability {
            if t.available_from.is_none() {
                if f.contains("per direct")
                    || f.contains("direct beschikbaar")
                    || f.contains("immediately")
                    || f.contains("per omgaande")
                    || f.contains("z.s.m")
                {
                    t.available_asap = true;
                    t.available_from = Some(stated(None, l));
                } else if let Some(d) = start_date(&joined) {
                    t.available_from = Some(stated(Some(d), l));
                } else if ASAP_WORDS.iter().any(|w| contains_word(f, w))
                    || f.contains("zo snel mogelijk")
                    || f.contains("as soon as possible")
                {
                    // "Beschikbaar vanaf: direct", "Start: asap".
                    t.available_asap = true;
                    t.available_from = Some(stated(None, l));
                }
            }
            // "voor de volledige duur … inclusief alle verlengingen".
            let whole = [
                "volledige duur",
                "gehele duur",
                "gehele looptijd",
                "volledige looptijd",
                "hele looptijd",
                "full duration",
                "entire duration",
                "whole term",
                "full term",
            ];
            if t.full_term.is_none() && whole.iter().any(|w| joined.contains(w)) {
                let with_extensions = joined.contains("verlenging") || joined.contains("extension");
                t.full_term = Some(stated(with_extensions, l));
            }
        }
        let commitment_line = t
            .full_term
            .as_ref()
            .is_some_and(|s| s.line == l.no || s.line + 1 == l.no);
        if t.available_until.is_none()
            && (joined.contains("tot en met") || joined.contains("t/m") || joined.contains("until"))
            && (about_availability || commitment_line)
        {
            if let Some(ym) = month_after(&joined, &["tot en met", "t/m", "until"]) {
                t.available_until = Some(stated(ym, l));
            }
        }
        // Weekdays.
        if t.weekdays.is_none() && (about_availability || f.contains("dagen") || f.contains("days"))
        {
            // "ma/di/do", "Mon/Wed": a slash lists days; "t/m" keeps its own.
            let listed;
            let f = if f.contains('/') {
                listed = f
                    .replace("t/m", "\u{1}")
                    .replace('/', " ")
                    .replace('\u{1}', "t/m");
                listed.as_str()
            } else {
                f
            };
            // "ma–do", "Mon–Thu": a dash between days is a range.
            let days = if f.contains(['–', '-', '—']) {
                days_in(&f.replace(['–', '-', '—'], " t/m "))
            } else {
                days_in(f)
            };
            if days.len() >= 2 {
                t.weekdays = Some(stated(days, l));
            }
        }
        // Places offered for the work, on an availability line or after a place label.
        if t.work_places.is_none() && may_name_place(f, about_availability) {
            if let Some(places) = work_places(l.text, about_availability) {
                t.work_places = Some(stated(places, l));
            }
        }
        // Contract form.
        if t.contract.is_none() {
            if let Some(c) = contract_form(f) {
                t.contract = Some(stated(c, l));
            }
        }
        if t.waadi.is_none() && contains_word(f, "waadi") {
            t.waadi = Some(stated(!negated(f, "waadi"), l));
        }
        if t.g_account.is_none()
            && (f.contains("g-rekening") || f.contains("g rekening") || f.contains("g-account"))
        {
            t.g_account = Some(stated(!negated(f, "rekening"), l));
        }
        if t.vog.is_none()
            && (contains_word(f, "vog") || f.contains("verklaring omtrent het gedrag"))
        {
            t.vog = Some(stated(!negated(f, "vog"), l));
        }
    }
    // A bureau named in the header without an employment statement.
    if t.contract.is_none() {
        if let Some(l) = header.iter().find(|l| {
            let f = fold(l.text);
            (f.contains("aangeboden door") || f.contains("namens") || f.contains("offered by"))
                || (f.contains("b.v")
                    && (f.contains("interim") || f.contains("detachering") || f.contains("advies")))
        }) {
            t.contract = Some(stated(ContractForm::ViaBureau, l));
        }
    }
    t
}

/// "geen Waadi-registratie", "niet in bezit van een VOG".
/// Words that introduce the place of the work anywhere ("Werklocatie: Utrecht", "op kantoor
/// in Eindhoven of Tilburg"). Reviewed data, lower case.
const PLACE_LABELS: [&str; 10] = [
    "op kantoor in ",
    "op locatie in ",
    "werklocatie",
    "standplaats",
    "werkplek in ",
    "on site in ",
    "on-site in ",
    "office in ",
    "op locatie ",
    "inzetbaar in ",
];

/// Words that introduce a place only on a line about availability ("…, regio Utrecht",
/// "bereid te werken in Breda of Tilburg"). Reviewed data, lower case.
const AVAILABILITY_PLACE_WORDS: [&str; 5] =
    ["regio ", "werken in ", "work in ", "based in ", " in "];

/// Small words inside a place name ("Alphen aan den Rijn", "Bergen op Zoom").
const PLACE_PARTICLES: [&str; 7] = ["aan", "den", "de", "op", "bij", "upon", "am"];

/// Whether a folded line may hold a place label ([`PLACE_LABELS`], and on an availability
/// line [`AVAILABILITY_PLACE_WORDS`]): one pass over its bytes, as most lines hold none.
fn may_name_place(f: &str, about_availability: bool) -> bool {
    let b = f.as_bytes();
    (0..b.len()).any(|i| {
        let rest = &b[i..];
        match b[i] {
            b'k' => rest.starts_with(b"kantoor in"),
            b'l' => rest.starts_with(b"locatie"),
            b'p' => rest.starts_with(b"plaats"),
            b'w' => rest.starts_with(b"werkplek"),
            b's' => rest.starts_with(b"site in"),
            b'o' => rest.starts_with(b"office in"),
            b'i' if about_availability => rest.starts_with(b"in "),
            b'i' => rest.starts_with(b"inzetbaar in"),
            b'r' => about_availability && rest.starts_with(b"regio"),
            _ => false,
        }
    })
}

/// The places after a place label on the line: capitalised names joined by "of", "en", "or",
/// "and", a comma or a slash ("Eindhoven of Tilburg", "Breda, Tilburg en Den Bosch").
fn work_places(line: &str, about_availability: bool) -> Option<Vec<String>> {
    // ASCII lower case keeps byte offsets, so a label found there cuts the line itself.
    let lower = line.to_ascii_lowercase();
    let labels = PLACE_LABELS.iter().chain(
        about_availability
            .then_some(AVAILABILITY_PLACE_WORDS.iter())
            .into_iter()
            .flatten(),
    );
    for label in labels {
        let mut from = 0;
        while let Some(p) = lower[from..].find(label) {
            let start = from + p + label.len();
            from = start;
            let places = places_from(&line[start..]);
            if !places.is_empty() {
                return Some(places);
            }
        }
    }
    None
}

/// The capitalised place names at the start of `rest`, up to the first other word.
fn places_from(rest: &str) -> Vec<String> {
    let rest = rest.trim_start_matches([':', ' ']);
    let rest = rest
        .strip_prefix("de regio ")
        .or_else(|| rest.strip_prefix("regio "))
        .or_else(|| rest.strip_prefix("Regio "))
        .or_else(|| rest.strip_prefix("the "))
        .unwrap_or(rest);
    let mut places = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let capital = |w: &str| {
        w.starts_with(|c: char| c.is_uppercase()) || w.starts_with("'s-") || w.starts_with("’s-")
    };
    let mut k = 0;
    while k < words.len() {
        let raw = words[k];
        let w = raw.trim_end_matches([',', '.', ';', ':', ')', '/']);
        let ends = raw.len() != w.len();
        // "Available in January 2027", "in Q1": a date, no place.
        let dated = crate::date::month_from_word(&w.to_lowercase()).is_some()
            || !days_in(&w.to_lowercase()).is_empty();
        let name = capital(w) && !dated && !w.chars().any(|c| c.is_ascii_digit());
        let particle = PLACE_PARTICLES.contains(&w)
            && !current.is_empty()
            && words[k + 1..]
                .iter()
                .find(|n| !PLACE_PARTICLES.contains(n))
                .is_some_and(|n| capital(n));
        if name || particle {
            current.push(w);
        } else if matches!(w, "of" | "en" | "or" | "and" | "/") && !current.is_empty() {
            places.push(current.join(" "));
            current.clear();
        } else {
            break;
        }
        // A comma or slash after a name ends it; a full stop, ';' or ')' ends the list.
        if ends {
            if !current.is_empty() {
                places.push(current.join(" "));
                current.clear();
            }
            if raw.ends_with(['.', ';', ')', ':']) {
                break;
            }
        }
        k += 1;
    }
    if !current.is_empty() {
        places.push(current.join(" "));
    }
    places.retain(|p| !p.is_empty());
    places
}

fn negated(f: &str, word: &str) -> bool {
    let p = f.find(word).unwrap_or(0);
    let before = &f[f[..p].char_indices().rev().nth(25).map_or(0, |(i, _)| i)..p];
    contains_word(before, "geen")
        || contains_word(before, "niet")
        || contains_word(before, "no")
        || contains_word(before, "zonder")
}

fn contract_form(f: &str) -> Option<ContractForm> {
    // An explicit denial of zzp decides first: "Hij is geen zzp'er".
    let no_zzp = f.contains("geen zzp")
        || f.contains("niet als zzp")
        || f.contains("not self-employed")
        || f.contains("not a freelancer");
    let seconded = f.contains("vaste dienst")
        || f.contains("in loondienst")
        || f.contains("gedetacheerd")
        || f.contains("detachering via")
        || f.contains("arbeidsovereenkomst")
        || f.contains("employed by")
        || f.contains("seconded");
    if no_zzp || (seconded && !f.contains("zzp")) {
        return Some(ContractForm::Seconded);
    }
    if f.contains("via payroll")
        || f.contains("payrolling")
        || (contains_word(f, "payroll")
            && !f.contains("niet via payroll")
            && !f.contains("geen payroll"))
    {
        return Some(ContractForm::Payroll);
    }
    let zzp = contains_word(f, "zzp")
        || f.contains("zzp'er")
        || f.contains("zzp-er")
        || f.contains("zzper")
        || f.contains("zelfstandig professional")
        || f.contains("zelfstandige zonder personeel")
        || f.contains("eenmanszaak")
        || f.contains("self-employed")
        || f.contains("freelancer")
        || f.contains("eigen onderneming") && f.contains("sinds")
        || f.contains("own company");
    zzp.then_some(ContractForm::Zzp)
}

/// "per 1 december 2026", "vanaf 1 augustus 2026", "from 1 September 2026", "per mei 2026",
/// "Beschikbaar vanaf: 1 februari 2027", "Startdatum: 4 januari 2027".
fn start_date(f: &str) -> Option<crate::date::Date> {
    // A label's colon stands between the key and the date.
    let unlabelled;
    let f = if f.contains(':') {
        unlabelled = f.replace(':', " ");
        unlabelled.as_str()
    } else {
        f
    };
    for key in [
        "startdatum ",
        "start date ",
        "start ",
        "per ",
        "vanaf ",
        "from ",
        "starting ",
        "beschikbaar ",
        "available ",
    ] {
        let mut from = 0;
        while let Some(p) = f[from..].find(key) {
            let at = from + p + key.len();
            let rest = &f[at..];
            if let Some((d, r)) = find_date(rest) {
                if r.start <= 3 {
                    return Some(d);
                }
            }
            // "per mei 2026": the first of that month.
            let words: Vec<&str> = rest
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .collect();
            if let (Some(m), Some(y)) = (
                words.first().and_then(|w| month_from_word(w)),
                words
                    .get(1)
                    .and_then(|w| w.trim_end_matches('.').parse::<i32>().ok()),
            ) {
                return crate::date::Date::new(y, m, 1);
            }
            from = at;
        }
    }
    None
}

/// The month named after one of `keys`: "tot en met december 2027" → 2027-12.
fn month_after(f: &str, keys: &[&str]) -> Option<YearMonth> {
    for key in keys {
        if let Some(p) = f.find(key) {
            let rest = &f[p + key.len()..];
            let words: Vec<&str> = rest
                .split(|c: char| c.is_whitespace() || c == ',' || c == ')')
                .filter(|w| !w.is_empty())
                .collect();
            if let (Some(m), Some(y)) = (
                words.first().and_then(|w| month_from_word(w)),
                words.get(1).and_then(|w| w.parse::<i32>().ok()),
            ) {
                return Some(YearMonth::new(y, m));
            }
            if let Some((d, r)) = find_date(rest) {
                if r.start <= 3 {
                    return Some(YearMonth::of(d));
                }
            }
        }
    }
    None
}

/// Words that alone say the start is now ("Beschikbaar: direct", "Start: asap").
const ASAP_WORDS: [&str; 4] = ["direct", "asap", "immediately", "onmiddellijk"];

/// Whether a word opens with "start" ("Start: 1 maart", "startdatum", "starten per"); a
/// study "gestart september 2026" or an "opstart" is no availability.
fn opens_start(f: &str) -> bool {
    f.contains("start")
        && f.split(|c: char| !c.is_alphanumeric())
            .any(|w| w.starts_with("start"))
}

/// Labels of a line that gives the hours ("Uren: 32", "Hours: 24", "Inzet: 32 uur").
const HOURS_LABELS: [&str; 6] = ["uren", "uur", "hours", "inzet", "aantal uren", "omvang"];

/// "32" in "Uren per week: 32" (what follows the label), also "24-32" and "24 tot 32".
fn hours_after_label(rest: &str) -> Option<Hours> {
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let end = rest
        .find(|c: char| {
            !(c.is_ascii_digit()
                || c.is_whitespace()
                || matches!(c, '-' | '–' | 'a' | 'à' | 't' | 'o'))
        })
        .unwrap_or(rest.len());
    hours_before(rest[..end].trim_end_matches(" t").trim_end())
}

/// Hours written "32 uur", "32 hours", "32 u", "32u" or after an hours label ("Uren: 32"),
/// on a line about availability, without "per week"; never the rate's "per uur".
fn hours_on_availability_line(f: &str) -> Option<Hours> {
    if let Some(h) = HOURS_LABELS
        .iter()
        .find_map(|p| f.strip_prefix(p))
        .and_then(hours_after_label)
    {
        return Some(h);
    }
    let mut from = 0;
    while let Some(p) = f[from..].find(['u', 'h']) {
        let at = from + p;
        let word_end = f[at..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(f.len(), |e| at + e);
        let word = &f[at..word_end];
        let starts_word = !f[..at].ends_with(char::is_alphabetic);
        if starts_word && matches!(word, "uur" | "uren" | "u" | "hours" | "hrs" | "h") {
            let before = f[..at].trim_end();
            // "€ 95 per uur" is the rate; a number right before the word is hours.
            if before.ends_with(|c: char| c.is_ascii_digit()) {
                if let Some(h) = hours_before(before) {
                    return Some(h);
                }
            }
        }
        from = word_end.max(at + 1);
    }
    None
}

/// The hours written right before "uur per week": "32", "24-28", "24 tot 28", "24 à 32".
/// A number that belongs to a date ("per 01-02-2027, 32 uur") is not one of them.
fn hours_before(f: &str) -> Option<Hours> {
    let words: Vec<&str> = f
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(')
        .filter(|w| !w.is_empty())
        .collect();
    let number =
        |w: &str| -> Option<u32> { w.parse::<u32>().ok().filter(|n| (1..=80).contains(n)) };
    let mut rev = words.iter().rev();
    let last = *rev.next()?;
    // "24-28" or "24–28" in one word.
    if let Some((a, b)) = last.split_once(['-', '–']) {
        let (a, b) = (number(a)?, number(b)?);
        return (a <= b).then_some(Hours { min: a, max: b });
    }
    let max = number(last)?;
    let min = match (rev.next(), rev.next()) {
        (Some(sep), Some(a)) if matches!(*sep, "-" | "–" | "tot" | "a" | "à" | "to" | "/") => {
            number(a).filter(|a| *a <= max).unwrap_or(max)
        }
        _ => max,
    };
    Some(Hours { min, max })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    fn terms(text: &str) -> CvTerms {
        let lines = NumberedLine::all(text);
        read_terms(&lines, &lines)
    }

    #[test]
    fn rate_with_travel_charged_separately() {
        let t = terms(
            "Uurtarief: € 98 excl. btw; reiskosten (€ 0,23 per km) worden apart gedeclareerd",
        );
        let r = t.rate.unwrap();
        assert_eq!(r.value.amount, Some(98.0));
        assert_eq!(r.value.travel, Some(CostTerm::ChargedSeparately));
        assert_eq!(r.line, 1);
    }

    #[test]
    fn rate_including_travel_and_parking() {
        let t = terms("Uurtarief: € 104,- excl. btw, inclusief reiskosten (woon-werk en werk-werk) en parkeerkosten");
        let r = t.rate.unwrap().value;
        assert_eq!(
            (r.amount, r.travel, r.parking),
            (
                Some(104.0),
                Some(CostTerm::Included),
                Some(CostTerm::Included)
            )
        );
        let r = terms("Uurtarief: € 85 excl. btw, inclusief reis- en parkeerkosten")
            .rate
            .unwrap()
            .value;
        assert_eq!(
            (r.travel, r.parking),
            (Some(CostTerm::Included), Some(CostTerm::Included))
        );
    }

    #[test]
    fn rate_on_request_and_english() {
        assert!(
            terms("• Tarief: op aanvraag.")
                .rate
                .unwrap()
                .value
                .on_request
        );
        assert_eq!(
            terms("Hourly rate: EUR 115 excl. VAT")
                .rate
                .unwrap()
                .value
                .amount,
            Some(115.0)
        );
        assert_eq!(
            terms("Tarief:\t€ 95,00 per uur excl. BTW\t\tBeschikbaar:\t20 uur p.w. per mei")
                .rate
                .unwrap()
                .value
                .amount,
            Some(95.0)
        );
    }

    #[test]
    fn places_offered_for_the_work() {
        for (text, places) in [
            (
                "Beschikbaar: per 4 januari 2027, 24 uur per week, ma/di/do, op kantoor in Eindhoven of Tilburg\n",
                vec!["Eindhoven", "Tilburg"],
            ),
            (
                "Beschikbaarheid: per 1 maart 2027, 32 uur per week, op locatie in Breda, Tilburg of Den Bosch.\n",
                vec!["Breda", "Tilburg", "Den Bosch"],
            ),
            ("Werklocatie: regio Utrecht\n", vec!["Utrecht"]),
            ("Standplaats: Alphen aan den Rijn\n", vec!["Alphen aan den Rijn"]),
            (
                "Available from 1 March 2027, 32 hours a week, on site in Rotterdam or The Hague.\n",
                vec!["Rotterdam", "The Hague"],
            ),
            (
                "Beschikbaar per direct voor 24 uur per week in de regio Noord-Holland en Utrecht.\n",
                vec!["Noord-Holland", "Utrecht"],
            ),
        ] {
            let t = terms(text);
            assert_eq!(
                t.work_places.map(|p| p.value),
                Some(places.iter().map(|p| p.to_string()).collect()),
                "{text}"
            );
        }
        // "in" before a date or an amount names no place; nor does a line about something else.
        for text in [
            "Beschikbaar per 1 januari 2027, 32 uur per week in overleg.\n",
            "Ik woon in Utrecht en fiets graag.\n",
            "Available in January 2027, 32 hours a week.\n",
        ] {
            assert_eq!(terms(text).work_places, None, "{text}");
        }
    }

    #[test]
    fn weekdays_on_an_availability_line_without_the_word_or_as_a_dashed_range() {
        for (text, days) in [
            (
                "Beschikbaarheid\nPer 1 januari 2027, 32 uur per week (ma t/m do)\n",
                vec!["ma", "di", "wo", "do"],
            ),
            (
                "Beschikbaarheid\nPer 1 januari 2027, 32 uur per week, dinsdag t/m vrijdag.\n",
                vec!["di", "wo", "do", "vr"],
            ),
            (
                "Per 1 februari 2027, 28 uur per week (maandag, dinsdag en donderdag)\n",
                vec!["ma", "di", "do"],
            ),
            (
                "From 1 March 2027: 24 hours a week, Monday to Wednesday\n",
                vec!["ma", "di", "wo"],
            ),
            (
                "BESCHIKBAARHEID\nPer 4 januari 2027,\n32 uur per week\n(ma, di, do, vr)\n",
                vec!["ma", "di", "do", "vr"],
            ),
            // Dashed ranges.
            (
                "Beschikbaarheid\nPer 1 februari 2027, 32 uur (ma–do).\n",
                vec!["ma", "di", "wo", "do"],
            ),
            (
                "Available from 1 January 2027, 32 hours/week (Mon–Thu).\n",
                vec!["ma", "di", "wo", "do"],
            ),
            (
                "Beschikbaar: 24 uur per week, di-do\n",
                vec!["di", "wo", "do"],
            ),
            (
                "Available Monday–Thursday, 32 hours a week\n",
                vec!["ma", "di", "wo", "do"],
            ),
            // Days listed with slashes, the place after them.
            (
                "Beschikbaar: per 4 januari 2027, 24 uur per week, ma/di/do, op kantoor in Eindhoven\n",
                vec!["ma", "di", "do"],
            ),
            (
                "Availability: 32 hours a week, Mon/Tue/Thu/Fri\n",
                vec!["ma", "di", "do", "vr"],
            ),
            (
                "Beschikbaarheid\nPer direct, 24 uur, ma/wo t/m vr\n",
                vec!["ma", "wo", "do", "vr"],
            ),
        ] {
            let t = terms(text);
            assert_eq!(
                t.weekdays.map(|w| w.value),
                Some(days.iter().map(|d| d.to_string()).collect()),
                "{text}"
            );
        }
    }

    #[test]
    fn hours_without_per_week_on_an_availability_line() {
        // The family: hours on a line about availability, or after an hours label, without
        // "per week"; the rate's "per uur" is never hours.
        for (text, hours) in [
            ("Beschikbaar: per direct, 32 uur (di t/m vr);\n", 32),
            (
                "Beschikbaarheid\nPer 1 februari 2027, 32 uur (ma–do).\n",
                32,
            ),
            ("Uren per week: 28\n", 28),
            ("Uren: 24-32\n", 24),
            ("Hours: 36\n", 36),
            ("Inzet: 16 uur\n", 16),
            ("Available from 1 March 2027, 24 hours (Mon–Wed).\n", 24),
            ("Beschikbaar vanaf januari 2027 voor 32u\n", 32),
        ] {
            let t = terms(text);
            assert_eq!(t.hours_per_week.map(|h| h.value.min), Some(hours), "{text}");
        }
        let t = terms("Beschikbaar per direct. Tarief € 95 per uur excl. btw.\n");
        assert_eq!(t.hours_per_week, None);
        let t = terms("Uurtarief: € 60 p/u excl. btw\n");
        assert_eq!(t.hours_per_week, None);
    }

    #[test]
    fn start_as_a_labelled_value() {
        for (text, date) in [
            (
                "Beschikbaar vanaf: 1 februari 2027\n",
                Date::new(2027, 2, 1),
            ),
            ("Startdatum: 4 januari 2027\n", Date::new(2027, 1, 4)),
            ("Available from: 1 March 2027\n", Date::new(2027, 3, 1)),
            ("Beschikbaar per: 01-02-2027\n", Date::new(2027, 2, 1)),
        ] {
            let t = terms(text);
            assert_eq!(t.available_from.map(|s| s.value), Some(date), "{text}");
        }
        for text in [
            "Beschikbaar vanaf: direct\n",
            "Start: asap\n",
            "Availability: immediately\n",
        ] {
            let t = terms(text);
            assert!(t.available_asap, "{text}");
        }
    }

    #[test]
    fn rate_on_the_line_under_its_heading() {
        let t = terms("Tarief\nOp aanvraag.\n");
        assert!(t.rate.is_some_and(|r| r.value.on_request));
        let t = terms("Uurtarief\n€ 95,- excl. btw, inclusief reiskosten\n");
        assert_eq!(t.rate.and_then(|r| r.value.amount), Some(95.0));
        let t = terms("Rate:\n€98 per hour excl. VAT\n");
        assert_eq!(t.rate.and_then(|r| r.value.amount), Some(98.0));
        // A heading further up says nothing about a line after a blank.
        let t = terms("Tarief\n\nIk werk graag in Utrecht, 3 dagen per week.\n");
        assert!(t.rate.is_none());
    }

    #[test]
    fn travel_in_a_rate_statement_that_wraps_or_says_all_in() {
        for (text, travel) in [
            (
                "Vanaf 5 januari 2027 ben ik beschikbaar. Mijn tarief is € 94,50 per uur\nexclusief btw, inclusief reis- en verblijfkosten.\n",
                CostTerm::Included,
            ),
            (
                "Tarief € 102,50 per uur excl. btw, all-in (inclusief\nreiskosten).\n",
                CostTerm::Included,
            ),
            ("Tarief: € 90 per uur excl. btw, all-in.\n", CostTerm::Included),
            ("Rate: €96 per hour excl. VAT, all in\n", CostTerm::Included),
            (
                "Tarief € 88 per uur excl. btw\nexcl. reiskosten\n",
                CostTerm::ChargedSeparately,
            ),
        ] {
            let t = terms(text);
            assert_eq!(t.rate.and_then(|r| r.value.travel), Some(travel), "{text}");
        }
        // A rate that ends its sentence says nothing about the next line's costs.
        let t = terms(
            "Tarief: € 90 per uur excl. btw.\nBeschikbaar per direct; reis- en wachttijd buiten werktijd.\n",
        );
        assert_eq!(t.rate.and_then(|r| r.value.travel), None);
    }

    #[test]
    fn travel_paid_per_kilometre_is_charged_separately() {
        for text in [
            "Tarief: € 85,- per uur (excl. btw; reiskosten: € 0,23/km)\n",
            "Tarief € 90 per uur, reiskosten € 0,21 per km\n",
            "Tarief: € 88 per uur excl. btw, reiskosten op declaratiebasis\n",
        ] {
            let t = terms(text);
            assert_eq!(
                t.rate.and_then(|r| r.value.travel),
                Some(CostTerm::ChargedSeparately),
                "{text}"
            );
        }
    }

    #[test]
    fn availability() {
        let t =
            terms("Beschikbaar: 24 uur per week, verdeeld over vier dagen, per 1 december 2026");
        assert_eq!(t.hours_per_week.unwrap().value.max, 24);
        assert_eq!(t.available_from.unwrap().value, Date::new(2026, 12, 1));
        let t = terms("• Beschikbaarheid: per 1 juli 2026, 36 uur per week, op maandag tot en met donderdag (4 × 9 uur).");
        assert_eq!(t.hours_per_week.unwrap().value.max, 36);
        assert_eq!(t.weekdays.unwrap().value, ["ma", "di", "wo", "do"]);
        let t = terms("Availability: 32 hours per week from 1 September 2026");
        assert_eq!(
            (
                t.hours_per_week.unwrap().value.max,
                t.available_from.unwrap().value
            ),
            (32, Date::new(2026, 9, 1))
        );
        let t = terms("Per 01-02-2027, 32 uur per week. Tarief: € 98,- per uur excl. btw.");
        assert_eq!(
            t.hours_per_week.map(|h| h.value),
            Some(Hours { min: 32, max: 32 })
        );
        for (line, min, max) in [
            ("Beschikbaar 24-28 uur per week", 24, 28),
            ("Available 24 to 32 hours per week", 24, 32),
            ("beschikbaar: 32 tot 36 uur per week", 32, 36),
            ("36 uur/week vanaf 1-1-2027", 36, 36),
        ] {
            let t = terms(line);
            assert_eq!(
                t.hours_per_week.map(|h| h.value),
                Some(Hours { min, max }),
                "{line}"
            );
        }
        let t = terms("Zzp'er | Beschikbaar: per direct, 32 uur per week");
        assert!(t.available_asap);
        let t = terms("Tarief:\t€ 95,00\t\tBeschikbaar:\t20 uur p.w. per mei\n2026");
        assert_eq!(t.hours_per_week.unwrap().value.max, 20);
    }

    #[test]
    fn full_term_commitment() {
        let t = terms("Beschikbaar: 24 uur per week vanaf 1 augustus 2026, voor de volledige duur van de opdracht inclusief\nalle verlengingsopties (in elk geval tot en met december 2027)");
        assert_eq!(t.available_from.unwrap().value, Date::new(2026, 8, 1));
        // The commitment wraps onto the next line, and still counts the extensions.
        let full = t.full_term.unwrap();
        assert!(full.value);
        assert_eq!(full.line, 1);
        assert_eq!(t.available_until.unwrap().value, YearMonth::new(2027, 12));
        // Without the extensions it is a commitment to the base term only.
        assert!(
            !terms("Beschikbaar voor de gehele duur van de opdracht.")
                .full_term
                .unwrap()
                .value
        );
    }

    #[test]
    fn contract_forms() {
        assert_eq!(
            terms("Zelfstandig professional (zzp) – Verhoef Bestuursadvies")
                .contract
                .unwrap()
                .value,
            ContractForm::Zzp
        );
        assert_eq!(
            terms("ZZP – eenmanszaak \"Bouzian Opgave & Regie\"")
                .contract
                .unwrap()
                .value,
            ContractForm::Zzp
        );
        assert_eq!(
            terms("Self-employed (ZZP, own company since 2020)")
                .contract
                .unwrap()
                .value,
            ContractForm::Zzp
        );
        assert_eq!(
            terms("Hij is geen zzp'er en de inzet verloopt niet via payroll;")
                .contract
                .unwrap()
                .value,
            ContractForm::Seconded
        );
        assert_eq!(terms("Jeroen is in vaste dienst bij Publiek Perspectief Detachering B.V. en wordt gedetacheerd.").contract.unwrap().value, ContractForm::Seconded);
        assert_eq!(
            terms("CURRICULUM VITAE\t\t\t\tOost Interim & Advies B.V.")
                .contract
                .unwrap()
                .value,
            ContractForm::ViaBureau
        );
    }

    #[test]
    fn administrative_statements() {
        let t = terms("staat in het Handelsregister ingeschreven als bedrijf dat personeel ter beschikking stelt (Waadi) en beschikt over een G-rekening.");
        assert_eq!(t.waadi.as_ref().map(|s| s.value), Some(true));
        assert_eq!(t.g_account.as_ref().map(|s| s.value), Some(true));
        assert!(!terms("Geen G-rekening").g_account.unwrap().value);
    }
}
