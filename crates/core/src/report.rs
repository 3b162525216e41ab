//! The assessment as a Markdown report ("copy as Markdown" in the widget).

use crate::judge::{Assessment, CriterionKind, Status};
use crate::tender::Tender;
use crate::warning::{num, Lang};

fn status_word(s: Status, lang: Lang) -> &'static str {
    match (s, lang) {
        (Status::Met, Lang::Nl) => "voldoet",
        (Status::Met, Lang::En) => "met",
        (Status::NotMet, Lang::Nl) => "voldoet niet",
        (Status::NotMet, Lang::En) => "not met",
        (Status::Unknown, Lang::Nl) => "te bevestigen",
        (Status::Unknown, Lang::En) => "to confirm",
    }
}

/// A readable report: verdict, points, and per criterion the evidence and what is missing.
pub fn markdown(tender: &Tender, a: &Assessment, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let mut out = String::new();
    let title = tender.title.clone().unwrap_or_else(|| {
        if nl {
            "Inhuuropdracht".into()
        } else {
            "Assignment".into()
        }
    });
    out.push_str(&format!("# {title}\n\n"));
    if let Some(r) = &tender.reference {
        out.push_str(&format!(
            "{}: {r}\n\n",
            if nl { "Referentie" } else { "Reference" }
        ));
    }
    // The deadline as people read it ("29 juni 2026, 09:00"), never ISO, and whether it passed.
    if let Some(d) = tender.deadline.or(a.deadline) {
        let when = d.long_with_time(tender.deadline_time.as_deref(), lang);
        let state = match (a.deadline_passed, nl) {
            (true, true) => " (gesloten)",
            (true, false) => " (closed)",
            (false, _) => "",
        };
        out.push_str(&format!(
            "{}: {when}{state}\n\n",
            if nl { "Sluitingsdatum" } else { "Deadline" }
        ));
    }
    let verdict = match (a.knockout_pass, nl) {
        (Some(true), true) => "alle knock-outcriteria gehaald",
        (Some(true), false) => "all knock-out criteria met",
        (Some(false), true) => "niet alle knock-outcriteria gehaald",
        (Some(false), false) => "not all knock-out criteria met",
        (None, true) => "knock-outcriteria nog te bevestigen",
        (None, false) => "knock-out criteria still to confirm",
    };
    out.push_str(&format!("**Knock-out:** {verdict}  \n"));
    let possible = a.points_possible.map_or("–".to_string(), num);
    out.push_str(&format!(
        "**{}:** {} / {possible}\n",
        if nl { "Punten" } else { "Points" },
        num(a.points)
    ));
    if let Some(p) = a.price_weight {
        out.push_str(&format!(
            "{}: {} %  \n",
            if nl {
                "Prijs (apart)"
            } else {
                "Price (separate)"
            },
            num(p)
        ));
    }
    if let Some(p) = a.interview_weight {
        out.push_str(&format!(
            "{}: {} %  \n",
            if nl {
                "Gesprek (apart)"
            } else {
                "Interview (separate)"
            },
            num(p)
        ));
    }
    for (kind, heading) in [
        (
            CriterionKind::Knockout,
            if nl {
                "Knock-outcriteria"
            } else {
                "Knock-out criteria"
            },
        ),
        (
            CriterionKind::Weighted,
            if nl {
                "Gewogen criteria"
            } else {
                "Weighted criteria"
            },
        ),
    ] {
        let items: Vec<_> = a.criteria.iter().filter(|c| c.kind == kind).collect();
        if items.is_empty() {
            continue;
        }
        out.push_str(&format!("\n## {heading}\n"));
        for c in items {
            let pts = match (c.earned, c.points) {
                (Some(e), Some(p)) => format!(" — {} / {}", num(e), num(p)),
                _ => String::new(),
            };
            let own = if c.overridden {
                if nl {
                    " (eigen oordeel)"
                } else {
                    " (own judgement)"
                }
            } else {
                ""
            };
            out.push_str(&format!(
                "\n### {} · {}{pts}{own}\n{}\n",
                c.id,
                status_word(c.status, lang),
                c.text
            ));
            for e in &c.evidence {
                out.push_str(&format!(
                    "- {} {}: {}\n",
                    if nl { "regel" } else { "line" },
                    e.line,
                    e.text
                ));
            }
            if let Some(m) = &c.missing {
                out.push_str(&format!(
                    "\n{}: {}\n",
                    if nl { "Ontbreekt" } else { "Missing" },
                    m.get(lang)
                ));
            }
            if let Some(s) = &c.suggestion {
                out.push_str(&format!(
                    "{}: {}\n",
                    if nl {
                        "Zo maak je het expliciet"
                    } else {
                        "How to make it explicit"
                    },
                    s.get(lang)
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{bundled_tender, judge, read_cv, read_tender, Date, Declarations};

    #[test]
    fn report_lists_every_criterion_with_its_verdict() {
        let tender = read_tender(bundled_tender("17713").unwrap().text).0;
        let cv = read_cv("WERKERVARING\nSecretaris\nGemeente Utrecht | 01/2020 – heden\n\nOPLEIDING\n2010 – 2014 HBO Bestuurskunde – diploma behaald\n").0;
        let a = judge(
            &tender,
            &cv,
            &Declarations::default(),
            Date::new(2026, 11, 1).unwrap(),
        );
        let md = markdown(&tender, &a, Lang::Nl);
        assert!(md.starts_with("# Secretaris PRT"));
        for id in ["K1", "K2", "W1", "W2", "W3", "W4"] {
            assert!(md.contains(&format!("### {id} · ")), "{id}");
        }
        assert!(
            md.contains("regel 3: Gemeente Utrecht | 01/2020 – heden")
                || md.contains("regel 2: Secretaris")
        );
        assert!(markdown(&tender, &a, Lang::En).contains("**Points:**"));
    }

    #[test]
    fn the_deadline_reads_as_a_date_in_the_reports_language() {
        let tender = read_tender(bundled_tender("17713").unwrap().text).0;
        let deadline = tender.deadline.expect("17713 has a deadline");
        let cv = read_cv("Jan Jansen\n").0;
        let after = deadline.add_months(1);
        let a = judge(&tender, &cv, &Declarations::default(), after);
        let nl = markdown(&tender, &a, Lang::Nl);
        let en = markdown(&tender, &a, Lang::En);
        let line = |md: &str, label: &str| {
            md.lines()
                .find(|l| l.starts_with(label))
                .unwrap_or_else(|| panic!("no {label} line in {md}"))
                .to_string()
        };
        let (nl, en) = (line(&nl, "Sluitingsdatum: "), line(&en, "Deadline: "));
        assert!(nl.contains(&deadline.long(Lang::Nl)), "{nl}");
        assert!(en.contains(&deadline.long(Lang::En)), "{en}");
        assert!(nl.ends_with("(gesloten)") && en.ends_with("(closed)"));
        // Never ISO for people.
        assert!(!nl.contains(&deadline.to_string()) && !en.contains(&deadline.to_string()));
        let before = judge(
            &tender,
            &cv,
            &Declarations::default(),
            Date::new(2020, 1, 1).unwrap(),
        );
        assert!(!markdown(&tender, &before, Lang::Nl).contains("(gesloten)"));
    }
}
