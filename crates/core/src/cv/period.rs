//! Periods as CVs write them: "jan 2019 – heden", "sept. 2015 – aug. 2017", "maart 2018 t/m
//! december 2020", "03/2018 – 09/2020", "1-3-2018 t/m 31-12-2020", "2017 - 2021", "2020–nu",
//! "van 2012 tot 2016", "sinds 2019", "Jan 2020 – present", "'19 – '21", ISO "2021-07 –
//! 2022-06", "09-2021 t/m heden", "vanaf september 2019", "2012–14", and approximate bounds:
//! "medio 2018 – eind 2021", "zomer 2011", "Q3 2020" (ASSESSOR rule 17).
//!
//! How a period counts: whole months, inclusive of both end months ("03/2018 – 12/2021" is 46
//! months). An open end ("heden", "nu", "present", "sinds") runs to the last whole month before
//! `today`. A year-only bound is ambiguous: read narrowly (December of the first year to January
//! of the last) when a threshold is decided, and the verdict says so.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

use crate::date::{month_from_word, Date};

/// [`month_from_word`] for folded tokens, passing over at once a word whose first letter
/// starts no month name (every form starts with one of "jfmasond").
fn month_of(word: &str) -> Option<u32> {
    if word.starts_with(['j', 'f', 'm', 'a', 's', 'o', 'n', 'd']) {
        month_from_word(word)
    } else {
        None
    }
}
use crate::text::fold;

/// A month, as an index (year * 12 + month - 1) for arithmetic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth(pub i32);

impl YearMonth {
    pub fn new(year: i32, month: u32) -> YearMonth {
        YearMonth(year * 12 + month as i32 - 1)
    }
    pub fn year(self) -> i32 {
        self.0.div_euclid(12)
    }
    pub fn month(self) -> u32 {
        (self.0.rem_euclid(12) + 1) as u32
    }
    pub fn of(date: Date) -> YearMonth {
        YearMonth::new(date.year, date.month)
    }

    /// The last whole month on `today`: today's month when today is its last day, else the
    /// month before. Durations and windows count whole months (ASSESSOR rule 2), so "heden"
    /// and "in de afgelopen 5 jaar" end here: on 30 November 2026 the last 5 years are
    /// December 2021 – November 2026, on 1 November 2026 they are November 2021 – October 2026.
    pub fn last_whole(today: Date) -> YearMonth {
        let this = YearMonth::of(today);
        if today.day == crate::date::days_in_month(today.year, today.month) {
            this
        } else {
            YearMonth(this.0 - 1)
        }
    }
}

impl Serialize for YearMonth {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{:04}-{:02}", self.year(), self.month()))
    }
}

/// Reads what `Serialize` writes ("YYYY-MM"), for the widget's two wasm modules.
impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.split_once('-')
            .and_then(|(y, m)| Some(YearMonth::new(y.parse().ok()?, m.parse().ok()?)))
            .ok_or_else(|| serde::de::Error::custom(format!("not a month (YYYY-MM): {s}")))
    }
}

/// How exactly a bound was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Month,
    /// Only a year: the month is a reading, not a fact.
    Year,
    /// A part of a year ("medio", "eind", a season, a quarter): the month lies in `span`.
    Approx,
    /// "heden", "nu", "present", or a start given with "sinds".
    Open,
}

/// One bound of a period as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bound {
    pub year: i32,
    /// 1–12; `None` when only the year or a part of it was written.
    pub month: Option<u32>,
    pub precision: Precision,
    /// For `Approx`: the first and last month (1–12) the words allow ("medio" = 6–7).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<(u32, u32)>,
}

impl Bound {
    pub(crate) fn exact(year: i32, month: u32, precision: Precision) -> Bound {
        Bound {
            year,
            month: Some(month),
            precision,
            span: None,
        }
    }

    fn year_only(year: i32) -> Bound {
        Bound {
            year,
            month: None,
            precision: Precision::Year,
            span: None,
        }
    }

    /// The earliest and latest month this bound can mean.
    fn months(&self) -> (u32, u32) {
        match (self.month, self.span) {
            (Some(m), _) => (m, m),
            (None, Some(span)) => span,
            (None, None) => (1, 12),
        }
    }
}

/// A period of work or study as written in the CV.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Period {
    pub start: Bound,
    /// `None` for an open end ("heden", "sinds 2019").
    pub end: Option<Bound>,
    /// The words as written ("jan 2019 – heden").
    pub text: String,
}

/// A period resolved to months for counting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthSpan {
    /// First month counted.
    pub from: YearMonth,
    /// Last month counted (inclusive).
    pub to: YearMonth,
}

impl MonthSpan {
    pub fn months(&self) -> i32 {
        (self.to.0 - self.from.0 + 1).max(0)
    }
}

impl Period {
    /// Whether either bound is year-only, so the month count is a reading.
    pub fn is_ambiguous(&self) -> bool {
        let vague = |b: &Bound| matches!(b.precision, Precision::Year | Precision::Approx);
        vague(&self.start) || self.end.as_ref().is_some_and(vague)
    }

    pub fn is_open(&self) -> bool {
        self.end.is_none()
    }

    /// The narrowest reading: year-only starts in December, year-only ends in January, an open
    /// end in the last whole month on `today` ([`YearMonth::last_whole`]). What a strict assessor counts for sure.
    pub fn narrow(&self, today: Date) -> Option<MonthSpan> {
        self.resolve(today, true)
    }

    /// The widest reading: year-only starts in January, year-only ends in December.
    pub fn wide(&self, today: Date) -> Option<MonthSpan> {
        self.resolve(today, false)
    }

    fn resolve(&self, today: Date, narrow: bool) -> Option<MonthSpan> {
        // Narrow: a vague start at its latest month, a vague end at its earliest.
        let (lo, hi) = self.start.months();
        let from = YearMonth::new(self.start.year, if narrow { hi } else { lo });
        let last_whole_month = YearMonth::last_whole(today);
        let to = match self.end {
            None => last_whole_month,
            Some(e) => {
                let (lo, hi) = e.months();
                YearMonth::new(e.year, if narrow { lo } else { hi })
            }
        };
        // Nothing after today counts (a planned end date, or a typo).
        let to = to.min(last_whole_month);
        // "2021 – 2021" read narrowly would be empty; one year written twice is at least a month.
        let (from, to) = if to < from
            && self.is_ambiguous()
            && self.start.year == self.end.map_or(self.start.year, |e| e.year)
        {
            (
                YearMonth::new(self.start.year, if narrow { 6 } else { 1 }),
                YearMonth::new(self.start.year, if narrow { 6 } else { 12 }),
            )
        } else {
            (from, to)
        };
        (to >= from).then_some(MonthSpan { from, to })
    }
}

/// Words before a year that name a part of it, with the months they allow (ASSESSOR rule 17:
/// counted narrowly for a threshold). Reviewed data: Dutch and English as CVs write them.
const PARTS_OF_YEAR: &[(&str, (u32, u32))] = &[
    ("begin", (1, 3)),
    ("start", (1, 3)),
    ("early", (1, 3)),
    ("medio", (6, 7)),
    ("half", (6, 7)),
    ("midden", (6, 7)),
    ("mid", (6, 7)),
    ("eind", (10, 12)),
    ("einde", (10, 12)),
    ("end", (10, 12)),
    ("late", (10, 12)),
    ("voorjaar", (3, 5)),
    ("lente", (3, 5)),
    ("spring", (3, 5)),
    ("zomer", (6, 8)),
    ("summer", (6, 8)),
    ("najaar", (9, 11)),
    ("herfst", (9, 11)),
    ("autumn", (9, 11)),
    ("fall", (9, 11)),
    ("winter", (1, 2)),
    ("q1", (1, 3)),
    ("q2", (4, 6)),
    ("q3", (7, 9)),
    ("q4", (10, 12)),
    // Dutch quarters: "K1 2019" (kwartaal).
    ("k1", (1, 3)),
    ("k2", (4, 6)),
    ("k3", (7, 9)),
    ("k4", (10, 12)),
];

/// Whether a lower-case word names a part of a year ("medio", "voorjaar", "Q3"), so that it
/// can open a period's bound.
pub fn is_part_of_year(word: &str) -> bool {
    PARTS_OF_YEAR.iter().any(|(w, _)| *w == word)
}

/// Words that open a period with no end ("sinds 2019", "vanaf september 2019").
const OPEN_START_WORDS: [&str; 3] = ["sinds", "since", "vanaf"];

const OPEN_WORDS: [&str; 12] = [
    "heden", "nu", "present", "now", "current", "today", "huidig", "lopend", "ongoing", "thans",
    "actueel", "date",
];

/// Finds the first period in a line. Returns it and the byte range it covers.
pub fn find_period(line: &str) -> Option<(Period, std::ops::Range<usize>)> {
    if !may_hold_year(line) {
        return bare_short_year_range(line);
    }
    let tokens = tokenize(line);
    let f = folded_near_digits(&tokens);
    let period = |start: Bound, end: Option<Bound>, from: usize, to: usize| {
        let range = tokens[from].start..tokens[to].end;
        Some((
            Period {
                start,
                end,
                text: line[range.clone()].to_string(),
            },
            range,
        ))
    };
    let mut i = 0;
    while i < tokens.len() {
        // A token far from any digit was left unfolded: no bound starts there.
        if f[i].is_empty() {
            i += 1;
            continue;
        }
        // "2012/2016", "schooljaar 2019/2020": two years written as one word.
        if let Some((start, end)) = slash_year_range(&f[i]) {
            return period(start, Some(end), i, i);
        }
        let Some((start, used)) = bound_at(&f, i) else {
            if let Some((start, end, last)) = month_then_dated_end(&f, i) {
                let first = if i > 0 && matches!(&*f[i - 1], "van" | "from") {
                    i - 1
                } else {
                    i
                };
                return period(start, Some(end), first, last);
            }
            i += 1;
            continue;
        };
        let opened = i > 0 && OPEN_START_WORDS.contains(&&*f[i - 1]);
        // "van 2015 tot 2019", "vanaf september 2017 tot maart 2021": the lead word belongs
        // to the range, so the line still starts with its period.
        let first_tok = if i > 0 && (matches!(&*f[i - 1], "van" | "from") || opened) {
            i - 1
        } else {
            i
        };
        let mut j = i + used;
        // Separator: "-", "–", "t/m", "tot", "tot en met", "to", "until", "till".
        let mut sep = false;
        while j < tokens.len() && is_separator(&f, j) {
            sep = true;
            j += 1;
        }
        if sep && j < tokens.len() {
            // "to date", "tot heden", "– Present".
            if OPEN_WORDS.contains(&&*f[j]) {
                return period(start, None, first_tok, j);
            }
            if let Some((end, used_end)) = bound_at(&f, j) {
                if end.year >= start.year && end.year - start.year <= 60 {
                    return period(start, Some(end), first_tok, j + used_end - 1);
                }
            }
            // "2012–14": a year range whose end keeps only its last two digits.
            if let Some(end) = short_end_year(&start, &f[j]) {
                return period(start, Some(end), first_tok, j);
            }
        }
        // "sinds 2019", "vanaf september 2019": a start with no end.
        if opened {
            return period(start, None, i - 1, i + used - 1);
        }
        // "zomer 2011", "Q3 2020" alone: a period within that part of the year.
        if start.precision == Precision::Approx && used == 2 {
            return period(start, Some(start), i, i + 1);
        }
        // "2018 (6 maanden)": a year with a duration is a period somewhere within that year.
        if start.precision == Precision::Year
            && used == 1
            && duration_follows(line, &tokens, &f, i + 1)
        {
            return period(start, Some(start), i, i);
        }
        // "2011-12" alone: a compact year range, unless the month reading fits ("2019-03").
        if let Some(range) = compact_year_range(&f[i]) {
            return period(range.0, Some(range.1), i, i);
        }
        i += 1;
    }
    None
}

/// Whether a text can hold a bound: every bound has a year, written with four digits
/// ("2019", "03/2019", "1-3-2019") or two after an apostrophe ("'19"). Most lines and
/// sentences have neither and are passed over without being split into words.
fn may_hold_year(text: &str) -> bool {
    let b = text.as_bytes();
    let mut run = 0;
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii_digit() {
            run += 1;
            if run == 4 {
                return true;
            }
            // An apostrophe of any kind just before ("'19", "’19"; fold makes them one).
            if run == 1
                && text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|p| matches!(p, '\'' | '’' | '‘' | '´' | '`' | 'ʼ'))
            {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// The tokens folded, except those more than five tokens from any digit: every bound has a
/// year, and a range's words ("tot en met heden") stand within five tokens of it. Sparing
/// the rest keeps long sentences cheap.
fn folded_near_digits<'a>(tokens: &[Token<'a>]) -> Vec<Cow<'a, str>> {
    const REACH: usize = 5;
    let digit: Vec<bool> = tokens
        .iter()
        .map(|t| t.text.bytes().any(|b| b.is_ascii_digit()))
        .collect();
    let mut near = vec![false; tokens.len()];
    for (k, _) in digit.iter().enumerate().filter(|(_, d)| **d) {
        let from = k.saturating_sub(REACH);
        let to = (k + REACH).min(tokens.len() - 1);
        near[from..=to].iter_mut().for_each(|n| *n = true);
    }
    tokens
        .iter()
        .zip(near)
        .map(|(t, n)| {
            if n {
                fold_token(t.text)
            } else {
                Cow::Borrowed("")
            }
        })
        .collect()
}

/// A token folded; one that folding leaves as it is (most: digits, lower-case words) is not
/// copied.
fn fold_token(t: &str) -> Cow<'_, str> {
    if t.bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'`')
    {
        Cow::Borrowed(t)
    } else {
        Cow::Owned(fold(t))
    }
}

/// Whether token `j` stands between two bounds: a separator word, or "op" in "tot op heden".
fn is_separator(f: &[Cow<'_, str>], j: usize) -> bool {
    SEPARATORS.contains(&&*f[j]) || (&*f[j] == "op" && j > 0 && &*f[j - 1] == "tot")
}

/// "januari t/m juni 2020", "feb – jun 2017", "maart tot september 2019": a start month
/// written without its year, which is the end's. Returns both bounds and the end's last token.
fn month_then_dated_end(f: &[Cow<'_, str>], i: usize) -> Option<(Bound, Bound, usize)> {
    let m = month_of(&f[i])?;
    let mut j = i + 1;
    while j < f.len() && is_separator(f, j) {
        j += 1;
    }
    if j == i + 1 {
        return None;
    }
    let (end, used) = bound_at(f, j)?;
    let end_month = end
        .month
        .filter(|_| matches!(end.precision, Precision::Month | Precision::Day))?;
    // "oktober t/m februari 2021": a later month than the end's is in the year before.
    let year = if m <= end_month {
        end.year
    } else {
        end.year - 1
    };
    Some((Bound::exact(year, m, Precision::Month), end, j + used - 1))
}

/// Words between the two bounds of a range.
const SEPARATORS: [&str; 14] = [
    "-", "–", "—", "t/m", "tot", "en", "met", "to", "until", "till", "through", "/", "~", "\t",
];

/// "14" after "2012 –": the end year written with two digits, later than the start.
fn short_end_year(start: &Bound, word: &str) -> Option<Bound> {
    if start.precision != Precision::Year || word.len() != 2 {
        return None;
    }
    let yy: i32 = word.parse().ok()?;
    let end = start.year - start.year.rem_euclid(100) + yy;
    (end > start.year).then(|| Bound::year_only(end))
}

/// "2011-12" with nothing after it: ISO for December 2011, but a CV writes a lone month
/// with a word around it; as a job's dates it is 2011 to 2012. Only when the second part is
/// a later year's last two digits.
fn compact_year_range(word: &str) -> Option<(Bound, Bound)> {
    let (y, yy) = word.split_once('-')?;
    if y.len() != 4 || yy.len() != 2 {
        return None;
    }
    let y: i32 = y.parse().ok().filter(|y| (1950..=2100).contains(y))?;
    let end = short_end_year(&Bound::year_only(y), yy)?;
    (end.year == y + 1).then(|| (Bound::year_only(y), end))
}

/// Units of a duration in brackets after a year ("2018 (6 maanden)"). Reviewed data.
const DURATION_UNITS: [&str; 10] = [
    "maanden", "maand", "mnd", "mnds", "months", "month", "mos", "mo", "weken", "weeks",
];

/// Whether token `k` opens a bracketed duration: "(6 maanden)", "(3 mnd.)", "(8 months)".
fn duration_follows(line: &str, tokens: &[Token<'_>], f: &[Cow<'_, str>], k: usize) -> bool {
    k + 1 < tokens.len()
        && line[..tokens[k].start].trim_end().ends_with('(')
        && f[k].parse::<u32>().is_ok_and(|n| (1..=12).contains(&n))
        && DURATION_UNITS.contains(&&*f[k + 1])
}

/// "19-21", "98–02" as the whole line: a year range with both years in two digits and no
/// apostrophe. Only a line that holds nothing else is read so (a date line above or below a
/// title); in a sentence two numbers with a dash are hours, pages or a score.
fn bare_short_year_range(line: &str) -> Option<(Period, std::ops::Range<usize>)> {
    let t = line.trim();
    if t.len() < 5 || t.len() > 11 {
        return None;
    }
    let (a, b) = t.split_once(['-', '–', '—'])?;
    let two = |w: &str| {
        let w = w.trim();
        (w.len() == 2 && w.bytes().all(|c| c.is_ascii_digit()))
            .then(|| w.parse::<i32>().ok())
            .flatten()
    };
    let (a, b) = (two(a)?, two(b)?);
    let start = if a > 50 { 1900 + a } else { 2000 + a };
    // The end is the first year after the start with those two digits ("98–02" is 1998–2002).
    let end = start - start.rem_euclid(100) + b + if b <= a { 100 } else { 0 };
    if end - start > 30 {
        return None;
    }
    let from = line.len() - line.trim_start().len();
    let range = from..from + t.len();
    Some((
        Period {
            start: Bound::year_only(start),
            end: Some(Bound::year_only(end)),
            text: t.to_string(),
        },
        range,
    ))
}

/// "2012/2016": a year range with a slash and no spaces (a month would have one or two digits).
fn slash_year_range(word: &str) -> Option<(Bound, Bound)> {
    let (a, b) = word.split_once('/')?;
    let year = |w: &str| -> Option<i32> {
        (w.len() == 4)
            .then(|| w.parse().ok())
            .flatten()
            .filter(|y| (1950..=2100).contains(y))
    };
    let (a, b) = (year(a)?, year(b)?);
    (a <= b && b - a <= 60).then(|| (Bound::year_only(a), Bound::year_only(b)))
}

/// The first single date in a text ("03/2017", "maart 2019", "2018", "Q1 2027"), with the
/// byte range it covers: for dates that are no period (a certificate obtained, valid until).
pub fn find_bound(text: &str) -> Option<(Bound, std::ops::Range<usize>)> {
    if !may_hold_year(text) {
        return None;
    }
    let tokens = tokenize(text);
    let f: Vec<Cow<'_, str>> = tokens.iter().map(|t| fold_token(t.text)).collect();
    (0..tokens.len()).find_map(|i| {
        bound_at(&f, i).map(|(b, used)| (b, tokens[i].start..tokens[i + used - 1].end))
    })
}

/// "Werkorganisatie X – in dienst per 1-9-2016" above "2016–2019 HR-adviseur": a start
/// written with its year only takes the month of a dated start in the employer's line when the
/// years agree ("in dienst per", "sinds", "employed since"). Anything else leaves it as it was.
pub fn start_from_employer(period: &Period, employer: Option<&str>) -> Period {
    let dated = employer
        .filter(|_| period.start.precision == Precision::Year)
        .and_then(find_bound)
        .map(|(b, _)| b)
        .filter(|b| {
            b.year == period.start.year && matches!(b.precision, Precision::Month | Precision::Day)
        });
    match dated {
        Some(b) => Period {
            start: b,
            ..period.clone()
        },
        None => period.clone(),
    }
}

/// Every period in a line, in order.
pub fn find_periods(line: &str) -> Vec<(Period, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut from = 0;
    while from < line.len() {
        match find_period(&line[from..]) {
            Some((p, r)) => {
                let abs = from + r.start..from + r.end;
                from = abs.end.max(from + 1);
                while from < line.len() && !line.is_char_boundary(from) {
                    from += 1;
                }
                out.push((p, abs));
            }
            None => break,
        }
    }
    out
}

/// The period that says when something in a sentence happened: one in parentheses
/// ("hotspotmonitor 2010–2020 (okt 2023 – jul 2024)"), else one with months, else the first.
pub fn period_of_event(text: &str) -> Option<Period> {
    let all = find_periods(text);
    let in_parens = |r: &std::ops::Range<usize>| {
        text[..r.start]
            .rfind('(')
            .is_some_and(|o| text[o..r.start].find(')').is_none())
    };
    all.iter()
        .find(|(_, r)| in_parens(r))
        .or_else(|| all.iter().find(|(p, _)| p.start.month.is_some()))
        .or_else(|| all.first())
        .map(|(p, _)| p.clone())
}

#[derive(Debug)]
struct Token<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// Splits into words, numbers (with / - . inside dates kept together), dash separators and
/// tabs (cell gaps).
fn tokenize(line: &str) -> Vec<Token<'_>> {
    // Walks the bytes, decoding only the few characters that are not ASCII: most of a line is.
    let b = line.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 6 + 1);
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        // A letter or digit continues or opens a word: the common case, decided by byte.
        if b[i].is_ascii_alphanumeric() {
            start.get_or_insert(i);
            i += 1;
            continue;
        }
        let c = if b[i].is_ascii() {
            b[i] as char
        } else {
            let Some(c) = line[i..].chars().next() else {
                break;
            };
            c
        };
        let len = c.len_utf8();
        // A dash between two digits with no spaces splits a range ("2020–2023") unless it is
        // inside one date ("1-3-2018", "09-2021", "2021-07"). A digit is one byte, so the
        // bytes either side are the characters either side.
        let is_dash = matches!(c, '-' | '–' | '—');
        let inside_numeric_date = is_dash
            && i > 0
            && b[i - 1].is_ascii_digit()
            && b.get(i + len).is_some_and(u8::is_ascii_digit)
            && looks_like_dmy(line, i);
        // ASCII is tested by byte; only other characters need the Unicode tables.
        let alphanumeric = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        let word_char =
            alphanumeric || c == '/' || c == '\'' || c == '’' || c == '.' || inside_numeric_date;
        if word_char {
            if start.is_none() {
                start = Some(i);
            }
        } else {
            if let Some(s) = start.take() {
                push_token(&mut out, line, s, i);
            }
            // A tab is a table's cell gap: "08/2020<TAB>heden" under "Van<TAB>Tot" is a range.
            if is_dash || c == '\t' {
                out.push(Token {
                    text: &line[i..i + len],
                    start: i,
                    end: i + len,
                });
            }
        }
        i += len;
    }
    if let Some(s) = start {
        push_token(&mut out, line, s, line.len());
    }
    // "t/m" arrives as one token; "2017-2021" was split at the dash above.
    out
}

fn push_token<'a>(out: &mut Vec<Token<'a>>, line: &'a str, s: usize, e: usize) {
    // Most words end in a letter or digit and open without a parenthesis: nothing to trim.
    let w = line.as_bytes();
    if w[e - 1].is_ascii_alphanumeric() && w[s] != b'(' {
        out.push(Token {
            text: &line[s..e],
            start: s,
            end: e,
        });
        return;
    }
    // Keep a leading apostrophe: it marks a two-digit year ("'19").
    let t = line[s..e].trim_end_matches(['.', ',', ')', ':', '\'', '’']);
    let trimmed = t.trim_start_matches('(');
    let off = t.len() - trimmed.len();
    if !trimmed.is_empty() {
        out.push(Token {
            text: trimmed,
            start: s + off,
            end: s + off + trimmed.len(),
        });
    }
}

/// Whether the dash at byte `i` sits inside one date ("1-3-2018", "09-2021", "2021-07"),
/// not between two years.
fn looks_like_dmy(line: &str, i: usize) -> bool {
    let before: String = line[..i]
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let dash_len = line[i..].chars().next().map_or(1, char::len_utf8);
    let after: String = line[i + dash_len..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    let whole = format!("{before}-{after}");
    let parts: Vec<&str> = whole.split('-').collect();
    let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    match lens.as_slice() {
        // d-m-yyyy
        [1 | 2, 1 | 2, 4] => true,
        // yyyy-mm-dd (ISO: "2021-03-15")
        [4, 1 | 2, 1 | 2] => parts[1].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m)),
        // mm-yyyy ("09-2021")
        [1 | 2, 4] => true,
        // yyyy-mm ("2021-07"); "2012-14" (a short year range) has no month 14.
        [4, 2] => parts[1].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m)),
        _ => false,
    }
}

/// The first letters of every word that can open a bound: month names and parts of a year
/// ("medio", "zomer", "Q3", "K1"). A test keeps it in step with both lists.
const BOUND_INITIALS: &str = "jfmasondbehlvzwqk";

/// A bound starting at token `i`: returns it and how many tokens it used.
fn bound_at(f: &[Cow<'_, str>], i: usize) -> Option<(Bound, usize)> {
    let t: &str = f.get(i)?;
    // A bound opens with a digit, an apostrophe ("'19") or a word: a month (every form
    // starts with one of "jfmasond") or a part of a year (one of "bsemhlvznafwqk").
    let opens = |c: char| {
        c.is_ascii_digit()
            || matches!(c, '\'' | '’')
            || BOUND_INITIALS.contains(c)
            || (!c.is_ascii() && c.is_alphanumeric())
    };
    if !t.starts_with(opens) {
        return None;
    }
    if OPEN_WORDS.contains(&t) {
        return None;
    }
    // Numeric dates open with a digit; words are passed over without splitting them.
    if t.starts_with(|c: char| c.is_ascii_digit()) {
        // "1-3-2018", "31.12.2020", "01/03/2018".
        if let Some((y, m)) = day_month_year(t) {
            return Some((Bound::exact(y, m, Precision::Day), 1));
        }
        // "03/2018", "3-2018", "2018/03", "2018-03", "03.2018".
        if let Some((y, m)) = month_slash_year(t) {
            return Some((Bound::exact(y, m, Precision::Month), 1));
        }
    }
    // "medio 2018", "zomer 2011", "Q3 2020", "begin '19".
    // Every part of a year is a short lower-case word ("voorjaar" the longest).
    let part = (t.len() <= 8 && t.starts_with(|c: char| c.is_ascii_lowercase()))
        .then(|| PARTS_OF_YEAR.iter().find(|(w, _)| *w == t))
        .flatten();
    if let Some((w, span)) = part {
        // "winter 2022/2023": the winter that runs from December of the first year.
        if *w == "winter" {
            let two = f.get(i + 1).and_then(|w| slash_year_range(w));
            if let Some((a, _)) = two.filter(|(a, b)| b.year == a.year + 1) {
                let bound = Bound {
                    year: a.year,
                    month: None,
                    precision: Precision::Approx,
                    span: Some((12, 12)),
                };
                return Some((bound, 2));
            }
        }
        let y = f.get(i + 1).and_then(|w| year_of(w))?;
        let bound = Bound {
            year: y,
            month: None,
            precision: Precision::Approx,
            span: Some(*span),
        };
        return Some((bound, 2));
    }
    // "jan 2019", "sept. 2015", "maart 2018", "January 2020", "jan '19", "1 maart 2018".
    let (skip, month) = match (
        t.parse::<u32>()
            .ok()
            .filter(|d| (1..=31).contains(d) && t.len() <= 2),
        f.get(i + 1).and_then(|w| month_of(w)),
    ) {
        (Some(_), Some(m)) => (1, Some(m)),
        _ => (0, month_of(t)),
    };
    if let Some(m) = month {
        let y = f.get(i + skip + 1).and_then(|w| year_of(w))?;
        return Some((Bound::exact(y, m, Precision::Month), skip + 2));
    }
    // "2017", "'19".
    year_of(t).map(|y| (Bound::year_only(y), 1))
}

/// "2019", or "'19" (a two-digit year needs its apostrophe; above 50 it is 19xx).
fn year_of(w: &str) -> Option<i32> {
    let short = w.starts_with(['\'', '’']);
    let w = w.trim_start_matches(['\'', '’']);
    if w.is_empty() || !w.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match (w.len(), short) {
        (4, false) => w.parse().ok().filter(|y| (1950..=2100).contains(y)),
        (2, true) => w
            .parse::<i32>()
            .ok()
            .map(|y| if y > 50 { 1900 + y } else { 2000 + y }),
        _ => None,
    }
}

fn day_month_year(w: &str) -> Option<(i32, u32)> {
    let sep = w.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = w.split(sep).collect();
    if parts.len() != 3 || parts[1].len() > 2 {
        return None;
    }
    // Day first ("15-03-2021") or ISO, year first ("2021-03-15").
    let (d, y) = match (parts[0].len(), parts[2].len()) {
        (1 | 2, 4) => (parts[0], parts[2]),
        (4, 1 | 2) => (parts[2], parts[0]),
        _ => return None,
    };
    let d: u32 = d.parse().ok()?;
    let m: u32 = parts[1].parse().ok()?;
    let y: i32 = y.parse().ok()?;
    Date::new(y, m, d).map(|_| (y, m))
}

fn month_slash_year(w: &str) -> Option<(i32, u32)> {
    let sep = w.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
    let parts: Vec<&str> = w.split(sep).collect();
    if parts.len() != 2
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let (m, y) = if parts[1].len() == 4 && parts[0].len() <= 2 {
        (parts[0].parse().ok()?, parts[1].parse().ok()?)
    } else if parts[0].len() == 4 && parts[1].len() <= 2 {
        (parts[1].parse().ok()?, parts[0].parse().ok()?)
    } else {
        return None;
    };
    ((1..=12).contains(&m) && (1950..=2100).contains(&y)).then_some((y, m))
}

#[cfg(test)]
mod tests {

    #[test]
    fn every_word_that_opens_a_bound_has_its_initial_listed() {
        for (w, _) in PARTS_OF_YEAR {
            let c = w.chars().next().unwrap();
            assert!(BOUND_INITIALS.contains(c), "{w}");
        }
        // Every month name as dates show it, in Dutch and in English.
        let mut names: Vec<String> = (1..=12)
            .flat_map(|m| {
                let d = Date::new(2026, m, 1).unwrap();
                [crate::warning::Lang::Nl, crate::warning::Lang::En]
                    .map(|l| d.long(l).split(' ').nth(1).unwrap_or("").to_lowercase())
            })
            .collect();
        names.dedup();
        for m in names {
            assert!(month_from_word(&m).is_some(), "{m}");
            assert!(BOUND_INITIALS.contains(m.chars().next().unwrap()), "{m}");
        }
    }

    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 1).unwrap()
    }

    /// (narrow months, wide months, ambiguous) of the period found in `s`.
    fn months(s: &str) -> (i32, i32, bool) {
        let (p, _) = find_period(s).unwrap_or_else(|| panic!("no period in {s:?}"));
        (
            p.narrow(today()).map_or(0, |m| m.months()),
            p.wide(today()).map_or(0, |m| m.months()),
            p.is_ambiguous(),
        )
    }

    #[test]
    fn heden_runs_to_the_last_whole_month() {
        let d = |y, m, day| Date::new(y, m, day).unwrap();
        assert_eq!(
            YearMonth::last_whole(d(2026, 11, 1)),
            YearMonth::new(2026, 10)
        );
        assert_eq!(
            YearMonth::last_whole(d(2026, 11, 29)),
            YearMonth::new(2026, 10)
        );
        assert_eq!(
            YearMonth::last_whole(d(2026, 11, 30)),
            YearMonth::new(2026, 11)
        );
        assert_eq!(
            YearMonth::last_whole(d(2024, 2, 29)),
            YearMonth::new(2024, 2)
        );
        assert_eq!(
            YearMonth::last_whole(d(2027, 1, 15)),
            YearMonth::new(2026, 12)
        );
        // "Jan 2024 - Present" on 30 November 2026: January 2024 – November 2026.
        let (p, _) = find_period("Jan 2024 - Present").unwrap();
        assert_eq!(p.narrow(d(2026, 11, 30)).unwrap().months(), 35);
        assert_eq!(p.narrow(d(2026, 11, 1)).unwrap().months(), 34);
    }

    #[test]
    fn a_start_month_without_its_year_and_tot_op_heden() {
        let span = |s: &str| {
            let (p, _) = find_period(s).unwrap_or_else(|| panic!("no period in {s:?}"));
            let m = p.narrow(today()).unwrap();
            ((m.from.year(), m.from.month()), (m.to.year(), m.to.month()))
        };
        assert_eq!(span("januari t/m juni 2020"), ((2020, 1), (2020, 6)));
        assert_eq!(span("Periode: sept – dec 2019"), ((2019, 9), (2019, 12)));
        // A winter written with both its years starts in December of the first.
        assert_eq!(span("Q3 2019 – winter 2022/2023"), ((2019, 9), (2022, 12)));
        assert_eq!(
            span("winter 2018/2019 – maart 2020"),
            ((2018, 12), (2020, 3))
        );
        assert_eq!(
            span("november 2019 tot maart 2020"),
            ((2019, 11), (2020, 3))
        );
        assert_eq!(
            span("oktober tot en met februari 2021"),
            ((2020, 10), (2021, 2))
        );
        assert_eq!(span("March to June 2018"), ((2018, 3), (2018, 6)));
        assert_eq!(span("september 2022 tot op heden"), ((2022, 9), (2026, 10)));
        // A month in running text before a year is no range.
        assert!(find_period("in maart werd het plan 2020 vastgesteld").is_none());
    }

    #[test]
    fn start_and_end_in_cells_of_a_table() {
        // "Van<TAB>Tot<TAB>Functie": the bounds are in two cells.
        for (row, start, end) in [
            (
                "08/2020\theden\tBuurtsportcoach\tGemeente Apeldoorn",
                (2020, 8),
                None,
            ),
            ("09/2016\t07/2020\tBeheerder", (2016, 9), Some((2020, 7))),
            ("jan 2019\tdec 2021\tAdviseur", (2019, 1), Some((2021, 12))),
            (
                "01-03-2019\t31-12-2021\tAdviseur",
                (2019, 3),
                Some((2021, 12)),
            ),
            ("2009\t2013\tALO", (2009, 12), Some((2013, 1))),
            ("sep 2022\t\tnu\tTeamleider", (2022, 9), None),
        ] {
            let (p, _) = find_period(row).unwrap_or_else(|| panic!("no period in {row:?}"));
            let span = p.narrow(today()).unwrap();
            assert_eq!((span.from.year(), span.from.month()), start, "{row:?}");
            if let Some(end) = end {
                assert_eq!((span.to.year(), span.to.month()), end, "{row:?}");
            } else {
                assert!(p.is_open(), "{row:?}");
            }
        }
        // A year cell before a word is no range.
        let found = find_period("2024\tEHBO\tgeldig tot 09-2027");
        assert!(
            found.as_ref().is_none_or(|(p, _)| p.start.year != 2024),
            "{found:?}"
        );
    }

    #[test]
    fn month_name_ranges() {
        assert_eq!(
            months("Provincie Gelderland      jan 2022 – heden"),
            (58, 58, false)
        );
        assert_eq!(
            months("COA, regio Oost      sept. 2015 – feb. 2018"),
            (30, 30, false)
        );
        assert_eq!(months("maart 2018 t/m december 2020"), (34, 34, false));
        assert_eq!(
            months("Municipality of Amsterdam      Jan 2020 – present"),
            (82, 82, false)
        );
        assert_eq!(months("jul. 2025 – heden"), (16, 16, false));
        assert_eq!(months("mrt. 2022 – heden | Projectleider"), (56, 56, false));
        assert_eq!(
            months("1 maart 2018 tot en met 31 december 2020"),
            (34, 34, false)
        );
    }

    #[test]
    fn numeric_ranges() {
        assert_eq!(
            months("Gemeente Amersfoort (ca. 160.000 inwoners)      03/2018 – 12/2021"),
            (46, 46, false)
        );
        assert_eq!(months("03/2018 – 09/2020"), (31, 31, false));
        assert_eq!(
            months("Gemeente Gooise Meren | 1-4-2022 t/m 30-6-2025"),
            (39, 39, false)
        );
        assert_eq!(months("1-3-2018 t/m 31-12-2020"), (34, 34, false));
        assert_eq!(months("07/2024 – heden\tOostkamp"), (28, 28, false));
    }

    #[test]
    fn year_only_ranges_are_ambiguous() {
        // Narrow: December 2016 to January 2021 = 50 months; wide: January 2016 to December 2021 = 72.
        assert_eq!(months("2016 – 2021"), (50, 72, true));
        assert_eq!(months("Ministerie van VWS | 2014 - 2019"), (50, 72, true));
        assert_eq!(months("2017-2021"), (38, 60, true));
        assert_eq!(months("van 2012 tot 2016"), (38, 60, true));
        assert_eq!(months("2020–nu"), (71, 82, true));
        assert_eq!(months("2022 – nu      Locatiecoördinator"), (47, 58, true));
        assert_eq!(months("2018 – 02/2021"), (27, 38, true));
    }

    #[test]
    fn open_starts() {
        assert_eq!(months("sinds 2019 secretaris"), (83, 94, true));
        assert_eq!(months("Sinds maart 2019"), (92, 92, false));
        let (p, _) = find_period("Sinds 2020   Penningmeester").unwrap();
        assert!(p.is_open());
    }

    #[test]
    fn two_digit_years() {
        assert_eq!(months("jan '19 – dec '21"), (36, 36, false));
        assert_eq!(months("'19 – '21"), (14, 36, true));
    }

    #[test]
    fn full_dates_day_first_and_iso() {
        // The family: whole dates with the day, year first (ISO) or last, any dash or "t/m".
        assert_eq!(months("2021-03-15 – heden"), months("03-2021 – heden"));
        assert_eq!(months("2019-09-01 – 2021-03-14"), (19, 19, false));
        assert_eq!(months("2017-01-01 - 2019-08-31"), (32, 32, false));
        assert_eq!(months("15-03-2021 t/m 31-12-2022"), (22, 22, false));
        assert_eq!(
            months("Periode: 2020-02-01 tot 2020-11-30"),
            (10, 10, false)
        );
        // "2012-14" is a short year range, not a month 14.
        assert!(find_period("2021-13-01 – heden").is_none_or(|(p, _)| p.start.month != Some(13)));
    }

    #[test]
    fn iso_and_numeric_month_year_with_dashes() {
        assert_eq!(months("2021-07 – 2022-06"), (12, 12, false));
        assert_eq!(months("Periode: 2024-03 t/m heden"), (32, 32, false));
        assert_eq!(months("09-2021 t/m heden"), (62, 62, false));
        assert_eq!(months("Periode: 09-2015 – 12-2018"), (40, 40, false));
        assert_eq!(
            months("Senior inkoopadviseur | Gemeente Arnhem | 2023-02 – heden"),
            (45, 45, false)
        );
        assert_eq!(months("03.2018 - 09.2020"), (31, 31, false));
        assert_eq!(months("[ 01/2022 – Current ]"), (58, 58, false));
        // A mixed pair: a quarter start and an ISO end.
        assert_eq!(months("Q2 2019 – 2023-01"), (44, 46, true));
    }

    #[test]
    fn parts_of_a_year_are_approximate() {
        // medio = June–July, eind = October–December: narrow Jul 2018 – Oct 2021.
        assert_eq!(months("medio 2018 – eind 2021"), (40, 43, true));
        assert_eq!(months("begin 2019 – eind 2020"), (20, 24, true));
        assert_eq!(months("eind 2024 – heden"), (23, 25, true));
        assert_eq!(months("aug. 2009 – zomer 2022"), (155, 157, true));
        assert_eq!(months("Q3 2020 – Feb 2023"), (30, 32, true));
        assert_eq!(months("Autumn 2012 – Dec 2015"), (38, 40, true));
        assert_eq!(months("Summer 2011"), (1, 3, true));
        assert_eq!(months("zomer 2011 (vrijwillig)"), (1, 3, true));
    }

    #[test]
    fn open_starts_in_every_wording() {
        assert_eq!(months("vanaf september 2019"), (86, 86, false));
        assert_eq!(months("Since March 2020"), (80, 80, false));
        assert_eq!(months("Jan 2021 to date"), (70, 70, false));
        assert_eq!(months("Jul 2023 - Present · 3 yrs 4 mos"), (40, 40, false));
        assert_eq!(months("’22 – heden"), (47, 58, true));
    }

    #[test]
    fn start_months_that_take_the_end_year() {
        assert_eq!(months("Periode: januari t/m juni 2020"), (6, 6, false));
        assert_eq!(months("februari – juni 2017"), (5, 5, false));
        assert_eq!(months("van maart tot september 2019"), (7, 7, false));
        assert_eq!(months("Jan - Mar 2021"), (3, 3, false));
        // A start month after the end month is in the year before (a winter); an end with
        // no month gives no such range.
        let (late, _) = find_period("december – maart 2020").unwrap();
        assert_eq!((late.start.year, late.start.month), (2019, Some(12)));
        assert!(find_period("juni – 2020").is_none());
    }

    #[test]
    fn up_to_today_with_op() {
        assert_eq!(
            months("september 2022 tot op heden"),
            months("september 2022 – heden")
        );
        assert_eq!(months("2019 tot op heden"), months("2019 – heden"));
    }

    #[test]
    fn year_ranges_with_a_slash() {
        assert_eq!(months("Gemeente Heerhugowaard – 2012/2016"), (38, 60, true));
        assert_eq!(months("schooljaar 2019/2020"), (2, 24, true));
        // Month/year and day/month/year stay what they are.
        assert_eq!(months("03/2018 – 09/2020"), (31, 31, false));
        assert!(find_period("2016/2012").is_none());
    }

    #[test]
    fn two_digit_year_ranges_alone_on_their_line() {
        assert_eq!(months("19-21"), (14, 36, true));
        assert_eq!(months("  19 – 21 "), (14, 36, true));
        assert_eq!(months("98–02"), (38, 60, true));
        assert_eq!(months("'18–'21"), (26, 48, true));
        assert_eq!(months("2019-21"), (14, 36, true));
        // Not in a sentence, not hours or a phone number, not backwards.
        for s in ["19-21 uur", "van 19-21", "06-12345678", "21-19 ", "12-78"] {
            assert!(find_period(s).is_none(), "{s}");
        }
    }

    #[test]
    fn a_year_with_a_duration_lies_within_that_year() {
        assert_eq!(months("2018 (6 maanden)"), (1, 12, true));
        assert_eq!(months("Projectleider, 2018 (3 mnd.)"), (1, 12, true));
        assert_eq!(months("2019 (8 months)"), (1, 12, true));
        // A duration after a range stays the range's; a count that is no duration is no period.
        assert_eq!(months("2015 – 2018 (3 jaar)"), (26, 48, true));
        assert!(find_period("2018 (6 projecten)").is_none());
        assert!(find_period("In 2018 6 maanden").is_none());
    }

    #[test]
    fn quarters_dutch_and_english() {
        assert_eq!(months("Q3 2015 – Q1 2017"), (17, 21, true));
        assert_eq!(months("K1 2019 – K3 2020"), (17, 21, true));
        assert_eq!(months("K4 2022"), (1, 3, true));
    }

    #[test]
    fn day_and_slash_dates_up_to_now() {
        assert_eq!(months("01.04.2022 – heden"), (55, 55, false));
        assert_eq!(months("2023/07 – nu"), (40, 40, false));
        assert_eq!(
            months("1 april 2018 – heden (8 jaar, 7 mnd)"),
            (103, 103, false)
        );
    }

    #[test]
    fn a_dated_start_in_the_employer_line_sets_the_month() {
        let (p, _) = find_period("2016–2019 HR-adviseur").unwrap();
        let e = start_from_employer(
            &p,
            Some("Werkorganisatie Duin en Polder, Heiloo – in dienst per 1-9-2016"),
        );
        assert_eq!((e.start.year, e.start.month), (2016, Some(9)));
        assert_eq!(e.end, p.end);
        // Another year, no date, or a start that has its month already: unchanged.
        assert_eq!(
            start_from_employer(&p, Some("Gemeente X, in dienst sinds maart 2015")),
            p
        );
        assert_eq!(start_from_employer(&p, Some("Gemeente X")), p);
        let (m, _) = find_period("03/2016 – 2019").unwrap();
        assert_eq!(
            start_from_employer(&m, Some("X – in dienst per 1-9-2016")),
            m
        );
    }

    #[test]
    fn short_year_ranges() {
        assert_eq!(months("2012–14"), (14, 36, true));
        assert_eq!(months("2010-14"), (38, 60, true));
        assert_eq!(months("Bachelor, 2011-12"), (2, 24, true));
        // A month reading, not a range, when it cannot be a later year.
        assert!(find_period("Certificaat 2019-03").is_none());
    }

    #[test]
    fn no_period_in_plain_text() {
        for s in [
            "Ervaren secretaris met ruim elf jaar ervaring",
            "06 – 2381 4476",
            "€ 98 excl. btw",
            "ca. 160.000 inwoners",
            "24 uur per week",
            "1998",
        ] {
            assert!(find_period(s).is_none(), "{s}");
        }
    }

    #[test]
    fn future_months_do_not_count() {
        let (p, _) = find_period("01/2026 – 12/2027").unwrap();
        assert_eq!(p.narrow(today()).unwrap().months(), 10);
    }
}
