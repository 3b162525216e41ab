//! How "minimaal 3 jaar" is counted: whole months, both end months included; overlapping
//! periods count once; clipped to a window ("in de afgelopen 5 jaar" = the last 60 whole months on today,
//! [`YearMonth::last_whole`]); a year-only period is read narrowly (December of the first year to January of the
//! last), and the verdict says when that reading decided it.

use crate::cv::{MonthSpan, Period, YearMonth};
use crate::date::Date;

/// The months counted for a set of periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    /// Under the narrow reading: what a strict assessor counts for sure.
    pub narrow: i32,
    /// Under the wide reading of year-only periods.
    pub wide: i32,
}

/// Counts the months covered by `periods`, overlaps once, within the last `window_months`.
pub fn count_months<'a>(
    periods: impl IntoIterator<Item = &'a Period>,
    window_months: Option<i32>,
    today: Date,
) -> Count {
    let mut narrow = Vec::new();
    let mut wide = Vec::new();
    for p in periods {
        narrow.extend(p.narrow(today));
        wide.extend(p.wide(today));
    }
    // The window: its last N whole months.
    let from = window_months.map(|n| YearMonth(YearMonth::last_whole(today).0 - n + 1));
    Count {
        narrow: merged(narrow, from),
        wide: merged(wide, from),
    }
}

fn merged(mut spans: Vec<MonthSpan>, window_from: Option<YearMonth>) -> i32 {
    if let Some(f) = window_from {
        spans = spans
            .into_iter()
            .filter(|s| s.to >= f)
            .map(|s| MonthSpan {
                from: s.from.max(f),
                to: s.to,
            })
            .collect();
    }
    spans.sort_by_key(|s| s.from);
    let mut total = 0;
    let mut current: Option<MonthSpan> = None;
    for s in spans {
        match current.as_mut() {
            Some(c) if s.from.0 <= c.to.0 + 1 => c.to = c.to.max(s.to),
            _ => {
                total += current.map_or(0, |c| c.months());
                current = Some(s);
            }
        }
    }
    total + current.map_or(0, |c| c.months())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cv::find_period;

    fn p(s: &str) -> Period {
        find_period(s).unwrap().0
    }

    fn today() -> Date {
        Date::new(2026, 11, 1).unwrap()
    }

    #[test]
    fn adjacent_periods_add_up() {
        let ps = [
            p("sept. 2015 – feb. 2018"),
            p("03/2018 – 12/2021"),
            p("jan 2022 – heden"),
        ];
        assert_eq!(
            count_months(&ps, None, today()),
            Count {
                narrow: 134,
                wide: 134
            }
        );
    }

    #[test]
    fn overlaps_count_once() {
        let ps = [p("2010 – 12/2013"), p("04/2013 – 10/2013")];
        let c = count_months(&ps, None, today());
        assert_eq!(c.narrow, 37);
        assert_eq!(c.wide, 48);
    }

    #[test]
    fn window_clips_to_the_last_years() {
        // 2021-11 … 2026-10 is the five-year window on 2026-11-01.
        let ps = [p("01/2022 – 06/2024"), p("03/2014 – 11/2017")];
        assert_eq!(count_months(&ps, Some(60), today()).narrow, 30);
        let ps = [p("07/2021 – 12/2021")];
        assert_eq!(count_months(&ps, Some(60), today()).narrow, 2);
        // On 2026-11-30 November is whole: the window is 2021-12 … 2026-11.
        let nov30 = Date::new(2026, 11, 30).unwrap();
        assert_eq!(count_months(&ps, Some(60), nov30).narrow, 1);
        let ps = [p("jan 2024 – heden"), p("03/2019 – 12/2021")];
        assert_eq!(count_months(&ps, Some(60), nov30).narrow, 36);
    }

    #[test]
    fn year_only_is_read_narrowly() {
        let c = count_months(&[p("2016 – 2021")], None, today());
        assert_eq!((c.narrow, c.wide), (50, 72));
    }
}
