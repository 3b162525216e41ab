//! Periods as CVs write them: "jan 2019 – heden", "sept. 2015 – aug. 2017", "maart 2018 t/m
//! december 2020", "03/2018 – 09/2020", "1-3-2018 t/m 31-12-2020", "2017 - 2021", "2020–nu",
//! "van 2012 tot 2016", "sinds 2019", "Jan 2020 – present", "'19 – '21".
//!
//! How a period counts: whole months, inclusive of both end months ("03/2018 – 12/2021" is 46
//! months). An open end ("heden", "nu", "present", "sinds") runs to the last whole month before
//! `today`. A year-only bound is ambiguous: read narrowly (December of the first year to January
//! of the last) when a threshold is decided, and the verdict says so.

use serde::Serialize;

use crate::date::{month_from_word, Date};
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
}

impl Serialize for YearMonth {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{:04}-{:02}", self.year(), self.month()))
    }
}

/// How exactly a bound was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Month,
    /// Only a year: the month is a reading, not a fact.
    Year,
    /// "heden", "nu", "present", or a start given with "sinds".
    Open,
}

/// One bound of a period as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Bound {
    pub year: i32,
    /// 1–12; `None` when only the year was written.
    pub month: Option<u32>,
    pub precision: Precision,
}

/// A period of work or study as written in the CV.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Period {
    pub start: Bound,
    /// `None` for an open end ("heden", "sinds 2019").
    pub end: Option<Bound>,
    /// The words as written ("jan 2019 – heden").
    pub text: String,
}

/// A period resolved to months for counting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
        self.start.precision == Precision::Year
            || self.end.is_some_and(|e| e.precision == Precision::Year)
    }

    pub fn is_open(&self) -> bool {
        self.end.is_none()
    }

    /// The narrowest reading: year-only starts in December, year-only ends in January, an open
    /// end in the last whole month before `today`. What a strict assessor counts for sure.
    pub fn narrow(&self, today: Date) -> Option<MonthSpan> {
        self.resolve(today, true)
    }

    /// The widest reading: year-only starts in January, year-only ends in December.
    pub fn wide(&self, today: Date) -> Option<MonthSpan> {
        self.resolve(today, false)
    }

    fn resolve(&self, today: Date, narrow: bool) -> Option<MonthSpan> {
        let from = match self.start.month {
            Some(m) => YearMonth::new(self.start.year, m),
            None => YearMonth::new(self.start.year, if narrow { 12 } else { 1 }),
        };
        let last_whole_month = YearMonth(YearMonth::of(today).0 - 1);
        let to = match self.end {
            None => last_whole_month,
            Some(e) => match e.month {
                Some(m) => YearMonth::new(e.year, m),
                None => YearMonth::new(e.year, if narrow { 1 } else { 12 }),
            },
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

const OPEN_WORDS: [&str; 12] = [
    "heden", "nu", "present", "now", "current", "today", "huidig", "lopend", "ongoing", "thans",
    "actueel", "date",
];

/// Finds the first period in a line. Returns it and the byte range it covers.
pub fn find_period(line: &str) -> Option<(Period, std::ops::Range<usize>)> {
    let tokens = tokenize(line);
    let f: Vec<String> = tokens.iter().map(|t| fold(t.text)).collect();
    let mut i = 0;
    while i < tokens.len() {
        // "sinds 2019", "sinds maart 2019", "since 2019", "vanaf 2019".
        if matches!(f[i].as_str(), "sinds" | "since") {
            if let Some((b, used)) = bound_at(&f, i + 1) {
                let range = tokens[i].start..tokens[i + used].end;
                return Some((
                    Period {
                        start: b,
                        end: None,
                        text: line[range.clone()].to_string(),
                    },
                    range,
                ));
            }
        }
        if let Some((start, used)) = bound_at(&f, i) {
            let mut j = i + used;
            // Separator: "-", "–", "t/m", "tot", "tot en met", "to", "until", "till".
            let mut sep = false;
            while j < tokens.len()
                && matches!(
                    f[j].as_str(),
                    "-" | "–"
                        | "—"
                        | "t/m"
                        | "tot"
                        | "en"
                        | "met"
                        | "to"
                        | "until"
                        | "till"
                        | "through"
                        | "/"
                )
            {
                sep = true;
                j += 1;
            }
            if sep && j < tokens.len() {
                let first_tok = if i > 0 && matches!(f[i - 1].as_str(), "van" | "from") {
                    i - 1
                } else {
                    i
                };
                if OPEN_WORDS.contains(&f[j].as_str()) {
                    let range = tokens[first_tok].start..tokens[j].end;
                    return Some((
                        Period {
                            start,
                            end: None,
                            text: line[range.clone()].to_string(),
                        },
                        range,
                    ));
                }
                if let Some((end, used_end)) = bound_at(&f, j) {
                    let range = tokens[first_tok].start..tokens[j + used_end - 1].end;
                    if end.year >= start.year && end.year - start.year <= 60 {
                        return Some((
                            Period {
                                start,
                                end: Some(end),
                                text: line[range.clone()].to_string(),
                            },
                            range,
                        ));
                    }
                }
            }
        }
        i += 1;
    }
    None
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

/// Splits into words, numbers (with / - . inside dates kept together) and dash separators.
fn tokenize(line: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|x| x.1);
        let prev = if k > 0 { Some(chars[k - 1].1) } else { None };
        // A dash between two digits with no spaces splits a range ("2020–2023") unless it is a
        // dd-mm-yyyy date (then both sides are short numbers and more digits follow).
        let is_dash = matches!(c, '-' | '–' | '—');
        let inside_numeric_date = is_dash
            && prev.is_some_and(|p| p.is_ascii_digit())
            && next.is_some_and(|n| n.is_ascii_digit())
            && looks_like_dmy(line, i);
        let word_char = c.is_alphanumeric()
            || c == '/'
            || c == '\''
            || c == '’'
            || c == '.'
            || inside_numeric_date;
        if word_char {
            if start.is_none() {
                start = Some(i);
            }
        } else {
            if let Some(s) = start.take() {
                push_token(&mut out, line, s, i);
            }
            if is_dash {
                out.push(Token {
                    text: &line[i..i + c.len_utf8()],
                    start: i,
                    end: i + c.len_utf8(),
                });
            }
        }
    }
    if let Some(s) = start {
        push_token(&mut out, line, s, line.len());
    }
    // "t/m" arrives as one token; "2017-2021" was split at the dash above.
    out
}

fn push_token<'a>(out: &mut Vec<Token<'a>>, line: &'a str, s: usize, e: usize) {
    // Keep a leading apostrophe: it marks a two-digit year ("'19").
    let t = line[s..e].trim_end_matches(['.', ',', ')', ':', '\'', '’']);
    let t = t.trim_start_matches('(');
    if !t.is_empty() {
        let off = line[s..e].find(t).unwrap_or(0);
        out.push(Token {
            text: &line[s + off..s + off + t.len()],
            start: s + off,
            end: s + off + t.len(),
        });
    }
}

/// Whether the dash at byte `i` sits inside d-m-yyyy ("1-3-2018"), not between two years.
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
    parts.len() == 3 && parts[0].len() <= 2 && parts[1].len() <= 2 && parts[2].len() == 4
}

/// A bound starting at token `i`: returns it and how many tokens it used.
fn bound_at(f: &[String], i: usize) -> Option<(Bound, usize)> {
    let t = f.get(i)?;
    if OPEN_WORDS.contains(&t.as_str()) {
        return None;
    }
    // "1-3-2018", "31.12.2020", "01/03/2018".
    if let Some(d) = day_month_year(t) {
        return Some((
            Bound {
                year: d.0,
                month: Some(d.1),
                precision: Precision::Day,
            },
            1,
        ));
    }
    // "03/2018", "3-2018", "2018/03", "2018-03".
    if let Some((y, m)) = month_slash_year(t) {
        return Some((
            Bound {
                year: y,
                month: Some(m),
                precision: Precision::Month,
            },
            1,
        ));
    }
    // "jan 2019", "sept. 2015", "maart 2018", "January 2020", "jan '19", "1 maart 2018".
    let (skip, month) = match (
        t.parse::<u32>()
            .ok()
            .filter(|d| (1..=31).contains(d) && t.len() <= 2),
        f.get(i + 1).and_then(|w| month_from_word(w)),
    ) {
        (Some(_), Some(m)) => (1, Some(m)),
        _ => (0, month_from_word(t)),
    };
    if let Some(m) = month {
        if let Some(y) = f.get(i + skip + 1).and_then(|w| year_of(w)) {
            return Some((
                Bound {
                    year: y,
                    month: Some(m),
                    precision: Precision::Month,
                },
                skip + 2,
            ));
        }
        return None;
    }
    // "2017", "'19".
    if let Some(y) = year_of(t) {
        return Some((
            Bound {
                year: y,
                month: None,
                precision: Precision::Year,
            },
            1,
        ));
    }
    None
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
    if parts.len() != 3 || parts[2].len() != 4 || parts[0].len() > 2 || parts[1].len() > 2 {
        return None;
    }
    let d: u32 = parts[0].parse().ok()?;
    let m: u32 = parts[1].parse().ok()?;
    let y: i32 = parts[2].parse().ok()?;
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
