//! The window an experience must fall in, when the posting gives it as dates rather than as
//! "in de afgelopen N jaar": "in de periode december 2021 tot en met november 2026", "sinds
//! november 2020", "opgedaan na 1 januari 2022". ASSESSOR rule 2: the window runs to today.

use crate::cv::YearMonth;
use crate::date::{month_from_word, Date};

/// Leads that open a window with a date after them.
const LEADS: &[&str] = &[
    "in de periode ",
    "in the period ",
    "sinds ",
    "since ",
    "vanaf ",
    "na ",
    "after ",
    "from ",
];

/// The window in months (as [`crate::judge::duration`] counts it: the last N whole months on
/// `today`, so its first month is the phrase's month) and the folded text without the phrase.
pub fn from_dates(f: &str, today: Date) -> Option<(i32, String)> {
    for lead in LEADS {
        let mut from = 0;
        while let Some(p) = f[from..].find(lead).map(|p| p + from) {
            from = p + lead.len();
            // A lead must start a word ("na" not inside "ervaringna").
            if p > 0
                && f[..p]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let words: Vec<&str> = f[p + lead.len()..].split_whitespace().take(3).collect();
            let Some((year, month, used)) = month_year(&words) else {
                continue;
            };
            let start_index = year * 12 + month as i32 - 1;
            let n = YearMonth::last_whole(today).0 - start_index + 1;
            if !(1..=480).contains(&n) {
                continue;
            }
            // The phrase runs to its end date, if any ("tot en met november 2026").
            let mut end = p + lead.len();
            let mut rest = f[end..].split_whitespace();
            for _ in 0..used {
                if let Some(w) = rest.next() {
                    end = f[end..].find(w).map_or(end, |q| end + q + w.len());
                }
            }
            for tail in [" tot en met ", " t/m ", " tot ", " until ", " to "] {
                if f[end..].starts_with(tail) {
                    let after: Vec<&str> =
                        f[end + tail.len()..].split_whitespace().take(3).collect();
                    if let Some((_, _, used2)) = month_year(&after) {
                        let mut e = end + tail.len();
                        for w in after.iter().take(used2) {
                            e = f[e..].find(w).map_or(e, |q| e + q + w.len());
                        }
                        end = e;
                    }
                }
            }
            let mut rest = f.to_string();
            rest.replace_range(p..end, " ");
            return Some((n, rest.split_whitespace().collect::<Vec<_>>().join(" ")));
        }
    }
    None
}

/// "december 2021", "1 januari 2022", "november 2020)" → (year, month, words used).
fn month_year(words: &[&str]) -> Option<(i32, u32, usize)> {
    let clean = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let year = |w: &str| {
        clean(w)
            .parse::<i32>()
            .ok()
            .filter(|y| (1950..=2100).contains(y))
    };
    let first = clean(words.first()?);
    if let (Some(m), Some(y)) = (month_from_word(&first), words.get(1).and_then(|w| year(w))) {
        return Some((y, m, 2));
    }
    if first.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d)) {
        if let (Some(m), Some(y)) = (
            words.get(1).and_then(|w| month_from_word(&clean(w))),
            words.get(2).and_then(|w| year(w)),
        ) {
            return Some((y, m, 3));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 1).unwrap()
    }

    #[test]
    fn a_period_with_dates_is_a_window_to_today() {
        let (n, rest) = from_dates(
            "36 maanden werkervaring als scrum master in de periode december 2021 tot en met november 2026",
            today(),
        )
        .unwrap();
        // December 2021 – October 2026: 59 whole months on 1 November 2026.
        assert_eq!(n, 59);
        assert_eq!(rest, "36 maanden werkervaring als scrum master");
    }

    #[test]
    fn on_a_month_s_last_day_that_month_is_whole() {
        // On 30 November 2026, December 2021 – November 2026 is 60 whole months.
        let nov30 = Date::new(2026, 11, 30).unwrap();
        let f = "in de periode december 2021 tot en met november 2026";
        assert_eq!(from_dates(f, nov30).unwrap().0, 60);
    }

    #[test]
    fn since_and_after_a_date() {
        assert_eq!(from_dates("since november 2020", today()).unwrap().0, 72);
        let (n, rest) = from_dates(
            "werkervaring als scrum master bij een gemeente, na 1 januari 2022",
            today(),
        )
        .unwrap();
        assert_eq!(n, 58);
        assert_eq!(rest, "werkervaring als scrum master bij een gemeente,");
        assert!(from_dates("werkervaring na de invoering", today()).is_none());
    }
}
