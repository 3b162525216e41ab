//! How tiers pay: a tiered criterion earns the highest tier reached (tiers do not add up).
//! Tier labels name years: "meer dan 5 jaar", "3 tot 5 jaar", "minder dan 3 jaar",
//! "maximaal 3 jaar", "5 jaar of meer".

use crate::tender::Tier;
use crate::text::fold;

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
}
