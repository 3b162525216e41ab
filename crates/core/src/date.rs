//! Calendar dates as postings and CVs write them.
//!
//! A hand-written proleptic Gregorian date: the core needs only parsing, ordering and
//! month arithmetic, and a date crate would add 30–80 KB to the wasm for that.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

use crate::text::fold;

/// A calendar date. Ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// A valid date, or `None` (31 February, month 13, year outside 1900..=2200).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1900..=2200).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` exactly (the form of `--today` and `?today=`).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let mut parts = s.split('-');
        let y = parts.next()?.parse().ok()?;
        let m = parts.next()?.parse().ok()?;
        let d = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        Date::new(y, m, d)
    }

    /// Months since year 0, for month arithmetic.
    pub fn month_index(&self) -> i32 {
        self.year * 12 + self.month as i32 - 1
    }

    /// The same day `n` months later (or earlier), clamped to the month's last day.
    pub fn add_months(&self, n: i32) -> Date {
        let idx = self.month_index() + n;
        let year = idx.div_euclid(12);
        let month = (idx.rem_euclid(12) + 1) as u32;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = if self.month <= 2 {
            self.year - 1
        } else {
            self.year
        } as i64;
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

/// Month names as people write them in dates, January first.
const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// The date as people read it, for text shown to users (never ISO): "29 juni 2026" in
    /// Dutch, "29 June 2026" in English.
    pub fn long(&self, lang: crate::warning::Lang) -> String {
        let names = match lang {
            crate::warning::Lang::Nl => &MONTHS_NL,
            crate::warning::Lang::En => &MONTHS_EN,
        };
        let month = names
            .get((self.month as usize).wrapping_sub(1))
            .copied()
            .unwrap_or("");
        format!("{} {month} {}", self.day, self.year)
    }

    /// [`Date::long`] with a time of day when one is known: "29 juni 2026, 09:00". `time` is
    /// the posting's own "09:00" (or "9.00 uur"); blank is no time.
    pub fn long_with_time(&self, time: Option<&str>, lang: crate::warning::Lang) -> String {
        match time.map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => format!("{}, {t}", self.long(lang)),
            None => self.long(lang),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not a date (YYYY-MM-DD): {s}")))
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The month a (folded) Dutch or English month word names: "okt", "oktober", "sept.", "October", "mrt".
pub fn month_from_word(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    const MONTHS: [(&str, &[&str]); 12] = [
        ("jan", &["januari", "january", "jan"]),
        ("feb", &["februari", "february", "febr", "feb"]),
        ("maa", &["maart", "march", "mrt", "mar", "maa"]),
        ("apr", &["april", "apr"]),
        ("mei", &["mei", "may"]),
        ("jun", &["juni", "june", "jun"]),
        ("jul", &["juli", "july", "jul"]),
        ("aug", &["augustus", "august", "aug"]),
        ("sep", &["september", "sept", "sep"]),
        ("okt", &["oktober", "october", "okt", "oct"]),
        ("nov", &["november", "nov"]),
        ("dec", &["december", "dec"]),
    ];
    for (i, (_, forms)) in MONTHS.iter().enumerate() {
        if forms.contains(&w) {
            return Some(i as u32 + 1);
        }
    }
    None
}

/// Finds the first full date (day, month, year) in free text: "maandag 7 oktober 2024",
/// "7 okt. 2024", "4-5-2026", "04/05/2026", "2026-05-04", "May 12, 2026".
/// Returns the date and the byte range it covers in `text`.
pub fn find_date(text: &str) -> Option<(Date, std::ops::Range<usize>)> {
    let tokens = tokenize(text);
    for i in 0..tokens.len() {
        if let Some(found) = date_at(&tokens, i) {
            return Some(found);
        }
    }
    None
}

/// A word or number with its byte range in the original text.
#[derive(Debug)]
struct Token<'a> {
    text: &'a str,
    folded: String,
    start: usize,
    end: usize,
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let keep = c.is_alphanumeric() || c == '-' || c == '/' || c == '.';
        match (keep, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push_token(&mut out, text, s, i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push_token(&mut out, text, s, text.len());
    }
    out
}

fn push_token<'a>(out: &mut Vec<Token<'a>>, text: &'a str, start: usize, end: usize) {
    // Trailing dots and dashes belong to punctuation, not to the token ("2024." "okt.").
    let raw = &text[start..end];
    let trimmed = raw.trim_end_matches(['-', '/', '.']);
    if trimmed.is_empty() {
        return;
    }
    out.push(Token {
        text: trimmed,
        folded: fold(trimmed),
        start,
        end: start + trimmed.len(),
    });
}

fn date_at(tokens: &[Token<'_>], i: usize) -> Option<(Date, std::ops::Range<usize>)> {
    let t = &tokens[i];
    // Numeric forms in one token: 4-5-2026, 04/05/2026, 2026-05-04, 4.5.2026.
    if let Some(d) = numeric_date(t.text) {
        return Some((d, t.start..t.end));
    }
    // "7 oktober 2024", "7 okt. 2024".
    if let (Some(day), Some(m), Some(y)) = (
        small_number(t.text),
        tokens.get(i + 1).and_then(|t| month_from_word(&t.folded)),
        tokens.get(i + 2).and_then(|t| year_number(t.text)),
    ) {
        if let Some(d) = Date::new(y, m, day) {
            return Some((d, t.start..tokens[i + 2].end));
        }
    }
    // "May 12, 2026" / "oktober 7 2024".
    if let (Some(m), Some(day), Some(y)) = (
        month_from_word(&t.folded),
        tokens.get(i + 1).and_then(|t| small_number(t.text)),
        tokens.get(i + 2).and_then(|t| year_number(t.text)),
    ) {
        if let Some(d) = Date::new(y, m, day) {
            return Some((d, t.start..tokens[i + 2].end));
        }
    }
    None
}

fn small_number(s: &str) -> Option<u32> {
    let s = s.trim_end_matches('.');
    if s.is_empty() || s.len() > 2 || !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn year_number(s: &str) -> Option<i32> {
    let s = s.trim_end_matches('.');
    if s.len() != 4 || !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// `d-m-yyyy`, `dd/mm/yyyy`, `d.m.yyyy` or `yyyy-mm-dd` in one token.
fn numeric_date(s: &str) -> Option<Date> {
    let sep = s.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = s.split(sep).collect();
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let nums: Vec<u32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    if parts[0].len() == 4 {
        Date::new(nums[0] as i32, nums[1], nums[2])
    } else if parts[2].len() == 4 {
        Date::new(nums[2] as i32, nums[1], nums[0])
    } else {
        None
    }
}

/// A time of day "09:00", "09.00 uur", "9:00".
pub fn find_time(text: &str) -> Option<(u32, u32)> {
    let b = text.as_bytes();
    for i in 0..b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            continue;
        }
        let mut j = i;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j - i == 0 || j - i > 2 || j + 3 > b.len() || !(b[j] == b':' || b[j] == b'.') {
            continue;
        }
        if !(b[j + 1].is_ascii_digit() && b[j + 2].is_ascii_digit()) {
            continue;
        }
        if j + 3 < b.len() && b[j + 3].is_ascii_digit() {
            continue;
        }
        // "4.5.2026" is a date, not a time.
        if j + 3 < b.len()
            && (b[j + 3] == b'.' || b[j + 3] == b'-')
            && j + 4 < b.len()
            && b[j + 4].is_ascii_digit()
        {
            continue;
        }
        let h: u32 = text[i..j].parse().ok()?;
        let m: u32 = text[j + 1..j + 3].parse().ok()?;
        if h < 24 && m < 60 {
            return Some((h, m));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_for_people_are_written_out_in_their_language() {
        use crate::warning::Lang;
        let d = d(2026, 6, 29);
        assert_eq!(d.long(Lang::Nl), "29 juni 2026");
        assert_eq!(d.long(Lang::En), "29 June 2026");
        assert_eq!(
            d.long_with_time(Some("09:00"), Lang::Nl),
            "29 juni 2026, 09:00"
        );
        assert_eq!(
            d.long_with_time(Some("09:00"), Lang::En),
            "29 June 2026, 09:00"
        );
        assert_eq!(d.long_with_time(Some("  "), Lang::Nl), "29 juni 2026");
        assert_eq!(
            Date::new(2024, 1, 7).unwrap().long(Lang::Nl),
            "7 januari 2024"
        );
        assert_eq!(
            Date::new(2024, 12, 31).unwrap().long(Lang::En),
            "31 December 2024"
        );
    }

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn finds_dutch_dates_with_weekday() {
        assert_eq!(
            find_date("Einde inschrijfdatum maandag 7 oktober 2024")
                .unwrap()
                .0,
            d(2024, 10, 7)
        );
        assert_eq!(find_date("Start 1 augustus 2026").unwrap().0, d(2026, 8, 1));
        assert_eq!(
            find_date("tot 7 okt. 2024, 09.00 uur").unwrap().0,
            d(2024, 10, 7)
        );
    }

    #[test]
    fn finds_numeric_dates() {
        assert_eq!(find_date("Start\t4-5-2026").unwrap().0, d(2026, 5, 4));
        assert_eq!(
            find_date("Sluitingsdatum: 12/05/2026 12:00").unwrap().0,
            d(2026, 5, 12)
        );
        assert_eq!(find_date("deadline 2026-05-12.").unwrap().0, d(2026, 5, 12));
        assert_eq!(find_date("per 1.3.2026").unwrap().0, d(2026, 3, 1));
    }

    #[test]
    fn finds_english_dates() {
        assert_eq!(
            find_date("Closing date: May 12, 2026").unwrap().0,
            d(2026, 5, 12)
        );
        assert_eq!(
            find_date("Reageren t/m 3 March 2026").unwrap().0,
            d(2026, 3, 3)
        );
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(find_date("31 februari 2026").is_none());
        assert!(find_date("31-02-2026").is_none());
        assert!(find_date("Z.s.m.").is_none());
        assert!(find_date("12 maanden").is_none());
    }

    #[test]
    fn month_arithmetic_clamps_to_month_end() {
        assert_eq!(d(2026, 1, 31).add_months(1), d(2026, 2, 28));
        assert_eq!(d(2026, 11, 1).add_months(-60), d(2021, 11, 1));
        assert_eq!(d(2024, 2, 29).add_months(12), d(2025, 2, 28));
    }

    #[test]
    fn days_since_epoch_matches_known_values() {
        assert_eq!(d(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(d(2000, 3, 1).days_since_epoch(), 11_017);
        assert_eq!(
            d(2026, 11, 23).days_since_epoch() - d(2026, 11, 1).days_since_epoch(),
            22
        );
    }

    #[test]
    fn iso_is_strict() {
        assert_eq!(Date::parse_iso("2026-11-01"), Some(d(2026, 11, 1)));
        assert_eq!(Date::parse_iso("2026-13-01"), None);
        assert_eq!(Date::parse_iso("1-11-2026"), None);
        assert_eq!(Date::parse_iso("2026-11-01-3"), None);
    }

    #[test]
    fn finds_times() {
        assert_eq!(find_time("Eindtijd 09:00 uur"), Some((9, 0)));
        assert_eq!(find_time("2024, 09.00 uur"), Some((9, 0)));
        assert_eq!(find_time("4.5.2026"), None);
        assert_eq!(find_time("€ 110,00"), None);
    }
}
