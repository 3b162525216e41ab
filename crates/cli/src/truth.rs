//! `eval --truth-structure`: judge each case against the posting's truth file instead of the
//! structure read from the posting, so the disagreements left are judgement's, not reading's.
//!
//! A diagnostic, kept simple: each truth prefix is found verbatim in the posting (white space
//! collapsed) and the criterion's text runs from there to the end of its item, that is its line
//! plus the continuation lines under it. Where the reader read that same item (its text begins
//! with the prefix and lies within the item), the reader's text, number and note are kept, since
//! the Q&A refers to criteria by number and the reader takes kind tags off. The terms (rate, hours, weights) come from the truth
//! where it gives them, the rest from the posting as read.

use tenderfit_core::eval::TenderTruth;
use tenderfit_core::{read_tender, Knockout, Tender, Tier, WeightedCriterion};

/// The posting as read, with its knock-outs, criteria, weights, rate and hours replaced by the
/// truth's. A prefix not found in the text is used as the criterion's whole text.
pub fn tender_from_truth(text: &str, truth: &TenderTruth) -> Tender {
    let (mut tender, _) = read_tender(text);
    let plain: Vec<String> = text.lines().map(unmark).collect();
    let lines: Vec<&str> = plain.iter().map(String::as_str).collect();
    let prefixes: Vec<&str> = truth
        .knockouts
        .iter()
        .map(String::as_str)
        .chain(truth.criteria.iter().map(|c| c.text.as_str()))
        .collect();
    let item = |prefix: &str| item_text(&lines, prefix, &prefixes);
    let read_ko = std::mem::take(&mut tender.knockouts);
    let read_w = std::mem::take(&mut tender.criteria);
    tender.knockouts = truth
        .knockouts
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let (text, line) = item(k);
            let id = format!("K{}", i + 1);
            match read_ko.iter().find(|r| same_item(&r.text, k, &text)) {
                Some(r) => Knockout { id, ..r.clone() },
                None => Knockout {
                    id,
                    text,
                    line,
                    ..Knockout::default()
                },
            }
        })
        .collect();
    tender.criteria = truth
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let (text, line) = item(&c.text);
            let base = read_w
                .iter()
                .find(|r| same_item(&r.text, &c.text, &text))
                .cloned()
                .unwrap_or(WeightedCriterion {
                    text,
                    line,
                    ..WeightedCriterion::default()
                });
            // The reader's tier labels when it read the same tiers (it takes "levert 5 pnt op"
            // off the label), else the truth's fragments.
            let same_tiers = base.tiers.len() == c.tiers.len()
                && base
                    .tiers
                    .iter()
                    .zip(&c.tiers)
                    .all(|(r, t)| (r.points - t.points).abs() < 0.01);
            let tiers = if same_tiers {
                base.tiers.clone()
            } else {
                c.tiers
                    .iter()
                    .map(|t| Tier {
                        label: t.text.clone(),
                        points: t.points,
                    })
                    .collect()
            };
            WeightedCriterion {
                id: format!("W{}", i + 1),
                points: c.points,
                percent: false,
                tiers,
                ..base
            }
        })
        .collect();
    tender.price_weight = truth.price_weight;
    tender.interview_weight = truth.interview_weight;
    tender.points_total = truth.points_total;
    if truth.max_rate.is_some() {
        tender.max_rate = truth.max_rate;
    }
    if let Some(h) = truth.hours_per_week {
        tender.hours_per_week = Some(tenderfit_core::tender::Hours {
            min: h.min,
            max: h.max,
        });
    }
    tender
}

/// Whether the reader's text `read` is the item the truth `prefix` names: it begins with the
/// prefix and lies within the item's text `item` (the reader takes end punctuation and kind tags
/// off, so it may be shorter, never longer).
fn same_item(read: &str, prefix: &str, item: &str) -> bool {
    let bare = |s: &str| {
        collapse(s)
            .trim_end_matches(['.', ';', ',', ' '])
            .to_string()
    };
    let (read, prefix) = (bare(read), bare(prefix));
    !read.is_empty()
        && (read.starts_with(&prefix) || prefix.starts_with(&read))
        && collapse(item).starts_with(&read)
}

/// The line without HTML tags and with the common entities written out, so a prefix is found
/// in a posting pasted as HTML. Line count unchanged.
fn unmark(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_tag = false;
    for c in line.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    for (entity, plain) in [
        ("&nbsp;", " "),
        ("&euro;", "€"),
        ("&amp;", "&"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
    ] {
        out = out.replace(entity, plain);
    }
    out
}

/// White space collapsed to single spaces, ends trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The item that starts with `prefix`: from the prefix to the end of the line it ends on, plus
/// the continuation lines (not blank, no list marker, not another criterion's start). Returns
/// the text and its 1-based first line; `prefix` itself and line 0 when not found.
fn item_text(lines: &[&str], prefix: &str, all: &[&str]) -> (String, usize) {
    let want = collapse(prefix);
    for start in 0..lines.len() {
        // The prefix may wrap: join lines until the joined text is long enough.
        let first_len = collapse(lines[start]).len();
        let mut joined = String::new();
        let mut end = start;
        while end < lines.len() {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(lines[end].trim());
            joined = collapse(&joined);
            if joined.contains(&want) || joined.len() > first_len + want.len() {
                break;
            }
            end += 1;
        }
        let Some(at) = joined.find(&want) else {
            continue;
        };
        // Only a match that begins on the start line counts (the next start finds later ones).
        if at >= first_len.max(1) {
            continue;
        }
        let mut text = joined[at..].to_string();
        let mut next = end + 1;
        while next < lines.len() && continues(lines[next], all) {
            text.push(' ');
            text.push_str(lines[next].trim());
            next += 1;
        }
        // Items written in one sentence end where the next one starts.
        let mut text = collapse(&text);
        let cut = all
            .iter()
            .map(|p| collapse(p))
            .filter(|p| !p.is_empty() && *p != want)
            .filter_map(|p| text[1..].find(&p).map(|i| i + 1))
            .min();
        if let Some(cut) = cut {
            text.truncate(cut);
            text = text.trim_end().to_string();
        }
        return (text, start + 1);
    }
    (want, 0)
}

/// Whether a line continues the item above it: not blank, no bullet or number or label in
/// front, and not the start of another criterion.
fn continues(line: &str, all: &[&str]) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return false;
    }
    let c = collapse(t);
    if all.iter().any(|p| {
        let p = collapse(p);
        c.starts_with(&p) || p.starts_with(&c) || c.contains(&p)
    }) {
        return false;
    }
    let first = t.chars().next().unwrap_or(' ');
    if matches!(first, '-' | '•' | '*' | '–' | '·' | '▪' | '|' | '#' | '>') {
        return false;
    }
    // "1.", "2)", "K3", "W1:", "Eis 2", "Toelichting:" and other "Label:" lines begin items.
    let head: String = t.chars().take_while(|c| !c.is_whitespace()).collect();
    let digits = head.trim_end_matches(['.', ')', ':']);
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return false;
    }
    let mut chars = digits.chars();
    if let Some(l) = chars.next() {
        let rest: String = chars.collect();
        if l.is_ascii_uppercase() && !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    !head.ends_with(':')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_truth_prefix_cut_inside_a_character_is_compared_without_panic() {
        // Truth prefixes are 60 characters; a line shorter than one in bytes ends inside "€".
        let all = ["Het aangeboden uurtarief bedraagt maximaal € 92,50 exclusief"];
        assert!(!continues(
            "Het aangeboden uurtarief bedraagt maximaal €",
            &all
        ));
        assert!(continues("van de kandidaat, inclusief reiskosten.", &all));
    }

    #[test]
    fn an_item_runs_to_its_continuation_lines() {
        let lines = [
            "Eisen",
            "1. Minimaal 5 jaar ervaring als",
            "   beleidsadviseur bij een gemeente.",
            "2. Een afgeronde hbo-opleiding.",
        ];
        let all = [
            "Minimaal 5 jaar ervaring als beleidsadviseur",
            "Een afgeronde",
        ];
        let (t, line) = item_text(&lines, all[0], &all);
        assert_eq!(
            t,
            "Minimaal 5 jaar ervaring als beleidsadviseur bij een gemeente."
        );
        assert_eq!(line, 2);
        assert_eq!(
            item_text(&lines, all[1], &all).0,
            "Een afgeronde hbo-opleiding."
        );
        assert_eq!(item_text(&lines, "Niet er", &all), ("Niet er".into(), 0));
        let one = ["De kandidaat heeft een hbo-diploma, heeft 3 jaar ervaring en start per 1 mei."];
        let all = [
            "heeft een hbo-diploma",
            "heeft 3 jaar ervaring",
            "start per 1 mei",
        ];
        assert_eq!(item_text(&one, all[0], &all).0, "heeft een hbo-diploma,");
        assert_eq!(item_text(&one, all[1], &all).0, "heeft 3 jaar ervaring en");
        assert_eq!(item_text(&one, all[2], &all).0, "start per 1 mei.");
    }
}
