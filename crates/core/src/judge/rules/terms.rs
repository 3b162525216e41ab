//! Terms: the stated rate against the maximum (equal is met; "excl. reiskosten" fails a maximum
//! that must include travel; no rate → unknown, the user confirms), and availability (met only
//! when the CV states hours, start and the named weekdays that cover what is asked; fewer hours
//! → not met; a range asks hours within it; "the whole term" needs an explicit commitment).

use super::super::{Bilingual, Declarations, Status, Verdict};
use super::{evidence, honest};
use crate::cv::{CostTerm, Cv, YearMonth};
use crate::date::Date;
use crate::warning::num;

pub fn rate(max: f64, travel: bool, parking: bool, cv: &Cv, d: &Declarations) -> Verdict {
    let mut v = Verdict::new(Status::Unknown, "rate");
    let stated = cv.terms.rate.as_ref();
    let (amount, travel_term, parking_term) = match (d.rate, stated) {
        (Some(r), _) => (
            Some(r),
            d.rate_all_in.then_some(CostTerm::Included),
            d.rate_all_in.then_some(CostTerm::Included),
        ),
        (None, Some(s)) => {
            v.evidence.push(evidence(cv, s.line));
            (s.value.amount, s.value.travel, s.value.parking)
        }
        (None, None) => (None, None, None),
    };
    let costs = match (travel, parking) {
        (true, true) => (" incl. reis- en parkeerkosten", " incl. travel and parking"),
        (true, false) => (" incl. reiskosten", " incl. travel costs"),
        _ => ("", ""),
    };
    let Some(amount) = amount else {
        v.missing = Some(Bilingual::new(
            format!(
                "Geen uurtarief in het cv; bevestig dat je tarief ten hoogste € {}{} is.",
                num(max),
                costs.0
            ),
            format!(
                "No hourly rate in the CV; confirm your rate is at most € {}{}.",
                num(max),
                costs.1
            ),
        ));
        v.suggestion = Some(Bilingual::new(
            format!(
                "Vermeld je uurtarief, bijv. “Uurtarief: € {} excl. btw{}”.",
                num(max),
                costs.0
            ),
            format!(
                "State your rate, e.g. “Hourly rate: € {} excl. VAT{}”.",
                num(max),
                costs.1
            ),
        ));
        return v;
    };
    if amount > max {
        v.status = Status::NotMet;
        v.missing = Some(Bilingual::new(
            format!(
                "Je tarief € {} ligt boven het maximum van € {}.",
                num(amount),
                num(max)
            ),
            format!(
                "Your rate € {} is above the maximum of € {}.",
                num(amount),
                num(max)
            ),
        ));
        return v;
    }
    let separate = (travel && travel_term == Some(CostTerm::ChargedSeparately))
        || (parking && parking_term == Some(CostTerm::ChargedSeparately));
    if separate {
        v.status = Status::NotMet;
        v.missing = Some(Bilingual::new(
            format!(
                "Het maximum van € {} is{}; je cv brengt die kosten apart in rekening.",
                num(max),
                costs.0
            ),
            format!(
                "The maximum of € {} is{}; your CV charges those costs separately.",
                num(max),
                costs.1
            ),
        ));
        v.suggestion = Some(honest(
            format!("bied een tarief aan{} en zet dat zo in je cv.", costs.0),
            format!("offer a rate{} and say so in your CV.", costs.1),
        ));
        return v;
    }
    v.status = Status::Met;
    v
}

pub fn availability(
    hours: Option<(u32, u32)>,
    from: Option<Date>,
    weekdays: &[String],
    (until, whole_term): (Option<Date>, bool),
    place: Option<&str>,
    cv: &Cv,
    d: &Declarations,
) -> Verdict {
    let mut v = Verdict::new(Status::NotMet, "availability");
    let t = &cv.terms;
    let mut problems_nl: Vec<String> = Vec::new();
    let mut problems_en: Vec<String> = Vec::new();
    // Hours.
    if let Some((lo, hi)) = hours {
        let have = d.hours_per_week.map(|h| (h, h)).or_else(|| {
            t.hours_per_week
                .as_ref()
                .map(|s| (s.value.min, s.value.max))
        });
        if let Some(s) = &t.hours_per_week {
            v.evidence.push(evidence(cv, s.line));
        }
        let ok = match have {
            None => false,
            Some((a, b)) if lo == hi => b >= lo && a > 0,
            Some((a, b)) => a >= lo && b <= hi,
        };
        if !ok {
            let asked = if lo == hi {
                format!("{lo}")
            } else {
                format!("{lo}–{hi}")
            };
            match have {
                None => {
                    problems_nl.push(format!("geen uren per week (gevraagd: {asked})"));
                    problems_en.push(format!("no hours per week (asked: {asked})"));
                }
                Some((a, b)) => {
                    let got = if a == b {
                        a.to_string()
                    } else {
                        format!("{a}–{b}")
                    };
                    problems_nl.push(format!("{got} uur per week, gevraagd {asked}"));
                    problems_en.push(format!("{got} hours per week, asked {asked}"));
                }
            }
        }
    }
    // Start.
    if let Some(need) = from {
        let start = d
            .available_from
            .map(Some)
            .or_else(|| t.available_from.as_ref().map(|s| s.value));
        if let Some(s) = &t.available_from {
            v.evidence.push(evidence(cv, s.line));
        }
        let ok = match start {
            Some(None) => true,
            Some(Some(s)) => s <= need,
            None => false,
        };
        if !ok {
            problems_nl.push(format!(
                "geen beschikbaarheid per {}",
                need.long(crate::warning::Lang::Nl)
            ));
            problems_en.push(format!(
                "not available from {}",
                need.long(crate::warning::Lang::En)
            ));
        }
    }
    // Weekdays.
    if !weekdays.is_empty() {
        let have: Vec<String> = d
            .weekdays
            .clone()
            .or_else(|| t.weekdays.as_ref().map(|s| s.value.clone()))
            .unwrap_or_default();
        if let Some(s) = &t.weekdays {
            v.evidence.push(evidence(cv, s.line));
        }
        let missing: Vec<&String> = weekdays.iter().filter(|w| !have.contains(w)).collect();
        if !missing.is_empty() {
            let list = missing
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let list_en = missing
                .iter()
                .map(|s| weekday_en(s))
                .collect::<Vec<_>>()
                .join(", ");
            problems_nl.push(format!("het cv noemt niet de dag(en) {list}"));
            problems_en.push(format!("the CV does not name {list_en} as working days"));
        }
    }
    // The place on site (ASSESSOR rule 22): the places the CV states must hold it, or the
    // whole country. A CV that states no place is not judged on it.
    if let (Some(place), Some(s)) = (place, &t.work_places) {
        use super::super::{government, thesaurus};
        let canonical = |p: &str| {
            thesaurus::PLACE_NAMES
                .iter()
                .find(|names| names.contains(&p))
                .map_or(p.to_string(), |names| names[0].to_string())
        };
        let asked = canonical(place);
        let province = government::gemeente_province(&format!("gemeente {asked}"));
        let covered = s.value.iter().any(|p| {
            let p = canonical(&crate::text::fold(p));
            p == asked
                || thesaurus::WHOLE_COUNTRY.contains(&p.as_str())
                || government::PROVINCES.iter().any(|(name, variants)| {
                    variants.contains(&p.as_str()) && province.as_deref() == Some(*name)
                })
        });
        v.evidence.push(evidence(cv, s.line));
        if !covered {
            problems_nl.push(format!("het cv noemt {place} niet als werkplek"));
            problems_en.push(format!("the CV does not name {place} as a place of work"));
        }
    }
    // The whole term, with extensions.
    if whole_term {
        let committed = t.full_term.as_ref().is_some_and(|s| s.value);
        let until_ok = match (until, t.available_until.as_ref()) {
            (Some(u), Some(s)) => s.value >= YearMonth(YearMonth::of(u).0 - 1),
            _ => false,
        };
        if let Some(s) = &t.full_term {
            v.evidence.push(evidence(cv, s.line));
        }
        if !(committed || until_ok) {
            problems_nl.push("geen toezegging voor de hele looptijd inclusief verlengingen".into());
            problems_en.push("no commitment for the whole term including extensions".into());
        }
    }
    v.evidence.sort();
    v.evidence.dedup();
    if problems_nl.is_empty() {
        v.status = Status::Met;
    } else {
        v.missing = Some(Bilingual::new(
            format!("Beschikbaarheid: {}.", problems_nl.join("; ")),
            format!("Availability: {}.", problems_en.join("; ")),
        ));
        v.suggestion = Some(honest(
            "zet je beschikbaarheid bovenaan je cv: uren per week, startdatum, vaste dagen en dat je beschikbaar bent voor de hele looptijd inclusief verlengingen.",
            "put your availability at the top of your CV: hours per week, start date, fixed days, and that you are available for the whole term including extensions.",
        ));
    }
    v
}

/// A Dutch weekday (name or abbreviation, folded) in English; other words stay quoted.
fn weekday_en(d: &str) -> String {
    let en = match d.trim_end_matches('.') {
        "ma" | "maandag" => "Monday",
        "di" | "dinsdag" => "Tuesday",
        "wo" | "woensdag" => "Wednesday",
        "do" | "donderdag" => "Thursday",
        "vr" | "vrijdag" => "Friday",
        "za" | "zaterdag" => "Saturday",
        "zo" | "zondag" => "Sunday",
        other => return super::quoted(other),
    };
    en.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cv::read_cv;

    fn cv(text: &str) -> Cv {
        read_cv(text).0
    }

    #[test]
    fn rate_rules() {
        let d = Declarations::default();
        assert_eq!(
            rate(110.0, true, false, &cv("Uurtarief: € 110 excl. btw\n"), &d).status,
            Status::Met
        );
        assert_eq!(
            rate(110.0, true, false, &cv("Uurtarief: € 118 excl. btw\n"), &d).status,
            Status::NotMet
        );
        assert_eq!(
            rate(
                110.0,
                true,
                false,
                &cv("Uurtarief: € 98 excl. btw; reiskosten worden apart gedeclareerd\n"),
                &d
            )
            .status,
            Status::NotMet
        );
        assert_eq!(
            rate(110.0, true, false, &cv("Tarief: op aanvraag\n"), &d).status,
            Status::Unknown
        );
        // What the user enters beats the CV.
        let d = Declarations {
            rate: Some(100.0),
            rate_all_in: true,
            ..Declarations::default()
        };
        assert_eq!(
            rate(110.0, true, false, &cv("Uurtarief: € 118 excl. btw\n"), &d).status,
            Status::Met
        );
    }

    #[test]
    fn availability_rules() {
        let d = Declarations::default();
        let july = Date::new(2026, 7, 13);
        let days = vec!["ma".to_string(), "do".to_string()];
        let good = cv(
            "Beschikbaarheid: per 1 juli 2026, 36 uur per week, op maandag tot en met donderdag.\n",
        );
        assert_eq!(
            availability(Some((36, 36)), july, &days, (None, false), None, &good, &d).status,
            Status::Met
        );
        let fewer = cv("Beschikbaar: 24 uur per week per 1 december 2026\n");
        let v = availability(Some((36, 36)), july, &[], (None, false), None, &fewer, &d);
        assert_eq!(v.status, Status::NotMet);
        let missing = v.missing.unwrap();
        assert!(missing.nl.contains("24 uur per week"));
        // A start later than asked names the date as people write it, never ISO.
        assert!(missing.nl.contains("per 13 juli 2026"), "{}", missing.nl);
        assert!(missing.en.contains("from 13 July 2026"), "{}", missing.en);
        // 32 hours is outside 20–28.
        let v = availability(
            Some((20, 28)),
            None,
            &[],
            (None, false),
            None,
            &cv("Availability: 32 hours per week from 1 September 2026\n"),
            &d,
        );
        assert_eq!(v.status, Status::NotMet);
    }

    /// The place on site: held by a CV place or the whole country; a CV naming other places
    /// fails; a CV naming none is not judged on it.
    #[test]
    fn the_place_on_site() {
        let d = Declarations::default();
        let judge = |line: &str| {
            availability(
                Some((32, 32)),
                None,
                &[],
                (None, false),
                Some("amsterdam"),
                &cv(line),
                &d,
            )
            .status
        };
        for (line, want) in [
            (
                "Beschikbaar: 32 uur per week, op kantoor in Amsterdam.\n",
                Status::Met,
            ),
            (
                "Beschikbaar: 32 uur per week; werklocatie: heel Nederland.\n",
                Status::Met,
            ),
            (
                "Beschikbaar: 32 uur per week, op locatie in Tiel of Utrecht.\n",
                Status::NotMet,
            ),
            (
                "Beschikbaar: 32 uur per week. Kantoordagen in Nijmegen.\n",
                Status::NotMet,
            ),
            ("Beschikbaar: 32 uur per week.\n", Status::Met),
            (
                "Beschikbaar: 32 uur per week, op locatie in Noord-Holland of Utrecht.\n",
                Status::Met,
            ),
            (
                "Beschikbaar: 32 uur per week, op locatie in Gelderland.\n",
                Status::NotMet,
            ),
        ] {
            assert_eq!(judge(line), want, "{line}");
        }
    }
}
