//! How tiers pay: a tiered criterion earns the highest tier reached (tiers do not add up).
//! Tier labels name years: "meer dan 5 jaar", "3 tot 5 jaar", "minder dan 3 jaar",
//! "maximaal 3 jaar", "5 jaar of meer".

use super::frames::certificate;
use super::rules::certificate as certificate_rule;
use super::{Status, Verdict};
use crate::cv::Cv;
use crate::date::Date;
use crate::tender::Tier;
use crate::text::fold;

/// Tiers of a certificate criterion that name certificates ("BiSL Foundation → 5", "ITIL 4
/// Foundation → 5", "BiSL Foundation én ITIL 4 Foundation → 10"): the verdict of the
/// highest-paying tier whose certificates the CV all holds, with `tier_points` set; when none
/// is reached, the verdict of a certificate missing. `None` when a tier names a duration or
/// no certificate.
pub fn certificate_tiers(tiers: &[Tier], cv: &Cv, today: Date) -> Option<Verdict> {
    if tiers.is_empty() {
        return None;
    }
    let mut best: Option<Verdict> = None;
    let mut missing: Option<Verdict> = None;
    for t in tiers {
        let f = fold(&t.label);
        if ["jaar", "maand", "year", "month", "uur", "hour"]
            .iter()
            .any(|w| f.contains(w))
        {
            return None;
        }
        let mut verdicts = Vec::new();
        for part in f.split(" en ").flat_map(|s| s.split(" and ")) {
            let req = certificate::read(part.trim(), &t.label);
            if req.alts.iter().all(|a| a.forms.is_empty()) {
                return None;
            }
            verdicts.push(certificate_rule::judge(&req, cv, today));
        }
        if verdicts.iter().all(|v| v.status == Status::Met) {
            if best
                .as_ref()
                .is_none_or(|b| b.tier_points.is_none_or(|p| t.points > p))
            {
                let mut v = Verdict::new(Status::Met, "certificate");
                v.evidence = verdicts.into_iter().flat_map(|v| v.evidence).collect();
                v.tier_points = Some(t.points);
                best = Some(v);
            }
        } else if missing.is_none() {
            missing = verdicts.into_iter().find(|v| v.status != Status::Met);
        }
    }
    best.or(missing)
}

/// The points of the highest tier whose condition the counted months meet.
pub fn earned(tiers: &[Tier], months: Option<i32>) -> Option<f64> {
    let m = months?;
    tiers
        .iter()
        .filter(|t| reaches(&t.label, m))
        .map(|t| t.points)
        .fold(None, |best: Option<f64>, p| {
            Some(best.map_or(p, |b| b.max(p)))
        })
}

fn reaches(label: &str, months: i32) -> bool {
    let f = fold(label);
    let nums: Vec<i32> = f
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|s| s.parse().ok())
        .collect();
    let unit = if f.contains("maand") || f.contains("month") {
        1
    } else {
        12
    };
    match nums.as_slice() {
        [a, b, ..] => months >= a * unit && months <= b * unit,
        [a] if f.contains("meer dan")
            || f.contains("more than")
            || f.contains("langer dan")
            || f.starts_with('>') =>
        {
            months > a * unit
        }
        [a] if f.contains("of meer")
            || f.contains("or more")
            || f.contains("vanaf")
            || f.contains("minimaal")
            || f.contains("at least") =>
        {
            months >= a * unit
        }
        [a] if f.contains("minder dan") || f.contains("less than") || f.starts_with('<') => {
            months > 0 && months < a * unit
        }
        [a] if f.contains("maximaal") || f.contains("tot ") || f.contains("up to") => {
            months > 0 && months <= a * unit
        }
        [a] => months >= a * unit,
        [] => months > 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiers() -> Vec<Tier> {
        vec![
            Tier {
                label: "Meer dan 5 jaar".into(),
                points: 15.0,
            },
            Tier {
                label: "3 tot 5 jaar".into(),
                points: 10.0,
            },
            Tier {
                label: "minder dan 3 jaar".into(),
                points: 0.0,
            },
        ]
    }

    #[test]
    fn highest_tier_reached_pays() {
        assert_eq!(earned(&tiers(), Some(72)), Some(15.0));
        assert_eq!(earned(&tiers(), Some(40)), Some(10.0));
        assert_eq!(earned(&tiers(), Some(20)), Some(0.0));
        assert_eq!(earned(&tiers(), Some(0)), None);
        assert_eq!(earned(&tiers(), None), None);
    }

    /// Tiers that name certificates pay the highest tier whose certificates are all held.
    #[test]
    fn certificate_tiers_pay_the_highest_tier_held() {
        use super::certificate_tiers;
        let tiers = |labels: &[(&str, f64)]| -> Vec<Tier> {
            labels
                .iter()
                .map(|(l, p)| Tier {
                    label: l.to_string(),
                    points: *p,
                })
                .collect()
        };
        let bisl_itil = tiers(&[
            ("BiSL Foundation", 5.0),
            ("ITIL 4 Foundation", 5.0),
            ("BiSL Foundation én ITIL 4 Foundation", 10.0),
        ]);
        let today = Date::new(2026, 11, 1).unwrap();
        let cv = |t: &str| crate::cv::read_cv(t).0;
        let both = cv("Certificaten\n2019 ITIL 4 Foundation (AXELOS)\n2017 BiSL Foundation\n");
        let one = cv("Certificaten\n2019 ITIL 4 Foundation (AXELOS)\n");
        let planned = cv("Certificaten\nITIL 4 Foundation: examen ingepland januari 2027\n");
        let v = certificate_tiers(&bisl_itil, &both, today).unwrap();
        assert_eq!(v.tier_points, Some(10.0));
        let v = certificate_tiers(&bisl_itil, &one, today).unwrap();
        assert_eq!(v.tier_points, Some(5.0));
        let v = certificate_tiers(&bisl_itil, &planned, today).unwrap();
        assert_eq!(v.status, super::Status::NotMet);
        // Tiers of years are no certificates.
        let years = tiers(&[("3 tot 5 jaar", 5.0), ("meer dan 5 jaar", 10.0)]);
        assert!(certificate_tiers(&years, &both, today).is_none());
        // "Lead Implementer → 5, of Lead Auditor → 10" (ISO 27001).
        let iso = tiers(&[("Lead Implementer", 5.0), ("of Lead Auditor", 10.0)]);
        let auditor = cv("Certificaten\n2021 ISO/IEC 27001 Lead Auditor (PECB)\n");
        assert_eq!(
            certificate_tiers(&iso, &auditor, today)
                .unwrap()
                .tier_points,
            Some(10.0)
        );
    }
}
