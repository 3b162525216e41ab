//! How tiers pay: a tiered criterion earns the highest tier reached (tiers do not add up).
//! Tier labels name years: "meer dan 5 jaar", "3 tot 5 jaar", "minder dan 3 jaar",
//! "maximaal 3 jaar", "5 jaar of meer". Tiers that count things ("één wijk: 5 punten / twee
//! wijken: 10 / drie of meer wijken: 15", "1 IHP / 2 IHP's / 3 of meer IHP's") pay by the
//! number of distinct things the CV names, never by years.

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

/// The thing counted by tiers that count ("één wijk", "twee wijken", "3 of meer IHP's",
/// "minimaal 2 projecten"): the stem of the noun after each label's leading number, when every
/// label starts with a number and names the same noun. `None` for tiers of years, months or
/// hours and for tiers of certificates ("ITIL 4 Foundation").
pub fn counted_noun(tiers: &[Tier]) -> Option<String> {
    if tiers.len() < 2 {
        return None;
    }
    let mut stem: Option<String> = None;
    for t in tiers {
        let (_, noun) = count_label(&t.label)?;
        let s = noun_stem(&noun);
        stem = match stem {
            None => Some(s),
            // "wijk" and "wijken", "ihp" and "ihp's": the shorter stem when one holds the other.
            Some(prev) if prev.starts_with(&s) => Some(s),
            Some(prev) if s.starts_with(&prev) => Some(prev),
            Some(_) => return None,
        };
    }
    stem.filter(|s| s.chars().count() >= 3)
}

/// A count the criterion itself asks ("minimaal 2 projecten", "ten minste drie trajecten",
/// "aantoonbaar 2 IHP's opgesteld", "at least two implementations", "in minimaal 3
/// gemeenten"): the number (two or more) and the stem of the thing counted. `None` for
/// durations, hours, days and times ("minimaal 3 jaar", "minimaal 2 dagen per week").
pub fn required_count(criterion: &str) -> Option<(i32, String)> {
    let f = fold(criterion);
    let words: Vec<&str> = f.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let lead = matches!(
            *w,
            "minimaal" | "minstens" | "tenminste" | "aantoonbaar" | "min."
        ) || (*w == "minste" && i > 0 && words[i - 1] == "ten")
            || (*w == "least" && i > 0 && words[i - 1] == "at");
        if !lead {
            continue;
        }
        let Some((n, noun)) = count_label(&words[i + 1..].join(" ")) else {
            continue;
        };
        let stem = noun_stem(&noun);
        let counted =
            n >= 2 && stem.chars().count() >= 3 && !NOT_COUNTED.iter().any(|u| stem.starts_with(u));
        if counted {
            return Some((n, stem));
        }
    }
    None
}

/// Words after a number that count no thing a CV names: "minimaal 2 keer per week", "minimaal
/// 2 van de volgende", "at least 2 times".
const NOT_COUNTED: &[&str] = &["keer", "time", "van", "uit", "the", "per", "weken"];

/// A count tier label read: its number and the noun after it ("drie of meer wijken: 15 punten"
/// → (3, "wijken")).
fn count_label(label: &str) -> Option<(i32, String)> {
    let f = fold(label);
    let mut words = f
        .split(|c: char| c.is_whitespace() || c == ':' || c == '(' || c == ')')
        .filter(|w| !w.is_empty() && *w != "-" && *w != "•" && *w != "*")
        .peekable();
    // Leads that say "at least" before the number.
    while let Some(w) = words.peek() {
        if matches!(
            *w,
            "minimaal" | "min." | "ten" | "minste" | "tenminste" | "minstens" | "at" | "least"
        ) {
            words.next();
        } else {
            break;
        }
    }
    let n = count_number(words.next()?)?;
    let mut noun = None;
    for w in words {
        if matches!(w, "of" | "or" | "meer" | "more" | "en" | "and" | "ruim") {
            continue;
        }
        noun = Some(
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .to_string(),
        );
        break;
    }
    let noun = noun?;
    let unit = [
        "jaar", "jaren", "year", "maand", "month", "uur", "hour", "punt", "point", "dag", "day",
        "week", "%",
    ];
    if noun.is_empty()
        || noun.chars().any(|c| c.is_ascii_digit())
        || unit.iter().any(|u| noun.starts_with(u))
    {
        return None;
    }
    Some((n, noun))
}

fn count_number(w: &str) -> Option<i32> {
    if let Ok(n) = w.parse::<i32>() {
        // A team of 28 is counted; a year ("2023") never is.
        return (1..=999).contains(&n).then_some(n);
    }
    crate::text::number_word(w).map(|n| n as i32)
}

/// "wijken" → "wijk", "ihp's" → "ihp", "projecten" → "project", "trajecten" → "traject",
/// "municipalities" → "municipalit".
fn noun_stem(noun: &str) -> String {
    let n = noun.trim_end_matches("'s").trim_end_matches('\'');
    for suffix in ["ies", "y", "en", "s"] {
        if let Some(s) = n.strip_suffix(suffix) {
            if s.chars().count() >= 3 {
                return s.to_string();
            }
        }
    }
    n.to_string()
}

/// How many distinct things named by `stem` the evidence lines name: an explicit number
/// before the noun ("in drie wijken", "3 IHP's") or the distinct names right after it
/// ("wijkaanpak aardgasvrij Holtenbroek en Aa-landen", "IHP Amersfoort", "the IHP Voorst");
/// consecutive capitalised words are one name ("Gemeente Voorst"). At least one when the
/// criterion is met: the CV then shows one thing, even unnamed.
pub fn count_named(stem: &str, lines: &[&str]) -> i32 {
    let mut explicit = 0;
    let mut names: Vec<String> = Vec::new();
    for line in lines {
        let words: Vec<&str> = line.split_whitespace().collect();
        for (i, w) in words.iter().enumerate() {
            let fw = fold(w);
            let core = fw.trim_matches(|c: char| !c.is_alphanumeric());
            // "wijkaanpak" holds the stem inside a compound only at its start; a compound that
            // ends in the noun is that noun (its head): "klantcontactmedewerkers" are
            // medewerkers.
            let head_final = stem.chars().count() >= 5
                && ["", "s", "en", "n"]
                    .iter()
                    .any(|x| core.strip_suffix(x).is_some_and(|c| c.ends_with(stem)));
            if !core.starts_with(stem) && !head_final {
                continue;
            }
            if let Some(n) = i.checked_sub(1).and_then(|j| count_number(&fold(words[j]))) {
                explicit = explicit.max(n);
            }
            names_after(&words[i + 1..], &mut names);
        }
    }
    explicit.max(names.len() as i32).max(1)
}

/// The names listed after a counted noun, joined by commas, "en", "and", "&" or "/"; up to
/// two lower-case words may stand between ("aardgasvrij", "voor").
fn names_after(words: &[&str], all: &mut Vec<String>) {
    let mut names: Vec<String> = Vec::new();
    let names = &mut names;
    let mut current = String::new();
    let mut skipped = 0;
    let push = |current: &mut String, names: &mut Vec<String>| {
        if !current.is_empty() {
            let f = fold(current);
            if !names.contains(&f) {
                names.push(f);
            }
            current.clear();
        }
    };
    for w in words {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        let starts_upper = core.chars().next().is_some_and(char::is_uppercase);
        let ends = w.ends_with([':', ';', '.', ')', '(']) || w.starts_with('(');
        if matches!(core, "en" | "and" | "of" | "or") || *w == "&" || *w == "/" {
            push(&mut current, names);
            skipped = 0;
            continue;
        }
        if core.is_empty() || core.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        if starts_upper {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(core);
            if w.ends_with(',') {
                push(&mut current, names);
            }
            if ends {
                break;
            }
            continue;
        }
        // A lower-case word ends a name; before any name, two may pass.
        if !current.is_empty() || !names.is_empty() {
            push(&mut current, names);
            break;
        }
        skipped += 1;
        if skipped > 2 || ends {
            break;
        }
    }
    push(&mut current, names);
    for n in names.drain(..) {
        if !all.contains(&n) {
            all.push(n);
        }
    }
}

/// The points of the highest count tier the number reaches (a label's number or more).
pub fn count_earned(tiers: &[Tier], count: i32) -> Option<f64> {
    tiers
        .iter()
        .filter_map(|t| count_label(&t.label).map(|(n, _)| (n, t.points)))
        .filter(|(n, _)| count >= *n)
        .map(|(_, p)| p)
        .fold(None, |best: Option<f64>, p| {
            Some(best.map_or(p, |b| b.max(p)))
        })
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
        let bisl_itil = labels(&[
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
        let years = labels(&[("3 tot 5 jaar", 5.0), ("meer dan 5 jaar", 10.0)]);
        assert!(certificate_tiers(&years, &both, today).is_none());
        // "Lead Implementer → 5, of Lead Auditor → 10" (ISO 27001).
        let iso = labels(&[("Lead Implementer", 5.0), ("of Lead Auditor", 10.0)]);
        let auditor = cv("Certificaten\n2021 ISO/IEC 27001 Lead Auditor (PECB)\n");
        assert_eq!(
            certificate_tiers(&iso, &auditor, today)
                .unwrap()
                .tier_points,
            Some(10.0)
        );
    }

    fn labels(labels: &[(&str, f64)]) -> Vec<Tier> {
        labels
            .iter()
            .map(|(l, p)| Tier {
                label: l.to_string(),
                points: *p,
            })
            .collect()
    }

    /// Tiers that count things, as postings write them, name a noun; tiers of years,
    /// certificates or percentages do not.
    #[test]
    fn count_tiers_name_what_they_count() {
        type Labels<'a> = &'a [(&'a str, f64)];
        let family: [(Labels, Option<&str>); 8] = [
            (
                &[
                    ("één wijk: 5 punten", 5.0),
                    ("twee wijken: 10 punten", 10.0),
                    ("drie of meer wijken: 15 punten", 15.0),
                ],
                Some("wijk"),
            ),
            (
                &[
                    ("1 IHP", 10.0),
                    ("2 IHP's", 20.0),
                    ("3 of meer IHP's", 30.0),
                ],
                Some("ihp"),
            ),
            (
                &[
                    ("minimaal 2 projecten", 5.0),
                    ("ten minste 4 projecten", 10.0),
                ],
                Some("project"),
            ),
            (
                &[("één traject", 5.0), ("twee trajecten of meer", 10.0)],
                Some("traject"),
            ),
            (
                &[
                    ("one municipality", 5.0),
                    ("two or more municipalities", 10.0),
                ],
                Some("municipalit"),
            ),
            (&[("3 tot 5 jaar", 5.0), ("meer dan 5 jaar", 10.0)], None),
            (
                &[
                    ("ITIL 4 Foundation", 5.0),
                    ("ITIL 4 Managing Professional", 10.0),
                ],
                None,
            ),
            (&[("2 wijken", 5.0), ("3 projecten", 10.0)], None),
        ];
        for (tiers, noun) in family {
            assert_eq!(counted_noun(&labels(tiers)).as_deref(), noun, "{tiers:?}");
        }
    }

    /// The count is what the CV names: distinct names after the noun, or a number before it.
    #[test]
    fn count_is_the_distinct_things_named() {
        let n = |stem: &str, lines: &[&str]| count_named(stem, lines);
        assert_eq!(
            n(
                "wijk",
                &["• Projectleider wijkaanpak aardgasvrij Holtenbroek en Aa-landen: bewonersavonden,"]
            ),
            2
        );
        assert_eq!(
            n(
                "ihp",
                &[
                    "- Actualisatie van het IHP Amersfoort 2022-2037; vastgesteld in 2026.",
                    "- Opgesteld: IHP Nieuwegein 2025-2040 (vastgesteld december 2024).",
                    "Beleidsadviseur onderwijshuisvesting (projectleider IHP) | 09-2023",
                ]
            ),
            2
        );
        assert_eq!(
            n(
                "ihp",
                &["• Co-wrote, together with Gemeente Voorst, the IHP Voorst 2021–2036."]
            ),
            1
        );
        assert_eq!(
            n("ihp", &["IHP's voor Ede, Wageningen en Renkum opgesteld"]),
            3
        );
        assert_eq!(
            n("wijk", &["Bewonersavonden in drie wijken georganiseerd"]),
            3
        );
        assert_eq!(n("project", &["Leidde 4 projecten in de jeugdzorg"]), 4);
        // A compound ends in its head: klantcontactmedewerkers are medewerkers; a short stem
        // stays at the word's start ("aanpakwijk" is no count of "wijk"-things by its end).
        assert_eq!(
            n(
                "medewerker",
                &["Hiërarchisch leidinggevende van 28 klantcontactmedewerkers"]
            ),
            28
        );
        assert_eq!(n("wijk", &["Aanpak in 3 buurtwijken"]), 1);
        // The same thing named twice counts once; a met criterion shows at least one.
        assert_eq!(
            n("ihp", &["IHP Ede opgesteld", "IHP Ede geactualiseerd"]),
            1
        );
        assert_eq!(n("wijk", &["Participatie in de wijk georganiseerd"]), 1);
        let t = labels(&[
            ("één wijk", 5.0),
            ("twee wijken", 10.0),
            ("drie of meer wijken", 15.0),
        ]);
        assert_eq!(count_earned(&t, 2), Some(10.0));
        assert_eq!(count_earned(&t, 5), Some(15.0));
        let t = labels(&[("minimaal 2 projecten", 5.0), ("4 projecten", 10.0)]);
        assert_eq!(count_earned(&t, 1), None);
    }

    /// A count in the criterion's own words names the number and the thing; durations and
    /// frequencies are no count.
    #[test]
    fn a_criterion_asks_a_count() {
        for (c, n, stem) in [
            (
                "Ervaring met minimaal 2 projecten op het gebied van warmte",
                2,
                "project",
            ),
            ("Ten minste drie trajecten begeleid", 3, "traject"),
            ("Aantoonbaar 2 IHP's opgesteld", 2, "ihp"),
            (
                "At least two implementations of the system",
                2,
                "implementation",
            ),
            ("Ervaring in minimaal 3 gemeenten", 3, "gemeent"),
            (
                "Het gelijktijdig begeleiden van minimaal twee scrumteams",
                2,
                "scrumteam",
            ),
        ] {
            assert_eq!(required_count(c), Some((n, stem.to_string())), "{c}");
        }
        for c in [
            "Minimaal 3 jaar ervaring als adviseur",
            "Minimaal 2 dagen per week op locatie",
            "Minimaal 32 uur per week beschikbaar",
            "Minimaal 2 keer per week aanwezig",
            "Minimaal 2 van de volgende certificaten",
            "Minimaal één project",
        ] {
            assert_eq!(required_count(c), None, "{c}");
        }
    }
}
