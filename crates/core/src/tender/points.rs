//! How a criterion's weight is written: "(30 punten)", "Weging: 10 %", "(weging 20%)",
//! "Wens 2 – 25 punten", and tiers that pay per level ("3 tot 5 jaar: 10 punten; meer dan 5
//! jaar: 20 punten", "-Meer dan 5 jaar (8 %) / -maximaal 3 jaar (5 %)").

use crate::tender::Tier;
use crate::text::words as words_of;
use crate::text::{fold, parse_number};

/// One weight written in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct PointsExpr {
    pub value: f64,
    pub percent: bool,
    /// Byte range in the text, including a "weging:" prefix and enclosing parentheses.
    pub start: usize,
    pub end: usize,
    /// Announced as the criterion's weight ("weging", "weight") rather than a level.
    pub is_weight: bool,
}

/// Words after which a number without unit is a weight ("Weging: 25", "wegingsfactor 3").
const BARE_WEIGHT_WORDS: [&str; 6] = [
    "weging",
    "wegingsfactor",
    "weight",
    "weighting",
    "gewicht",
    "wegingspunten",
];

const POINT_WORDS: [&str; 9] = [
    "punten", "punt", "pnt", "pts", "pt", "points", "point", "procent", "percent",
];

/// Whether `word` folds to one of `list` (lower-case ASCII words). An ASCII word is compared
/// without folding it: this runs for every number in a posting.
fn folds_to_one_of(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() && !word.contains('`') {
        list.iter().any(|w| word.eq_ignore_ascii_case(w))
    } else {
        list.contains(&fold(word).as_str())
    }
}

/// Whether a weight expression could end `t` (its last character a '%', a closing bracket, a
/// digit, or the end of a points word): a cheap test before `points_expressions` on lines
/// whose weight must stand at their end.
pub fn may_end_in_weight(t: &str) -> bool {
    match t.chars().next_back() {
        Some('%' | ')' | ']') => true,
        Some(c) if c.is_ascii_digit() || !c.is_ascii() => true,
        Some(c) if c.is_ascii_alphabetic() => {
            let start = t
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphabetic())
                .last()
                .map_or(t.len(), |(i, _)| i);
            folds_to_one_of(&t[start..], &POINT_WORDS)
        }
        _ => false,
    }
}

/// A bracket that opens `text` and holds at most four words ("(max. 10 points)", "[factor 3]",
/// "(20 punten)"): its inner text, untrimmed, and the rest of the line after it. `None` for any
/// other start. Whether the inner text is a weight is the caller's question.
pub fn leading_bracket(text: &str) -> Option<(&str, &str)> {
    let close = match text.as_bytes().first()? {
        b'(' => text.find(')')?,
        b'[' => text.find(']')?,
        _ => return None,
    };
    let inner = &text[1..close];
    words_of(inner)
        .nth(4)
        .is_none()
        .then(|| (inner, &text[close + 1..]))
}

/// Every weight expression in `text`, in order.
pub fn points_expressions(text: &str) -> Vec<PointsExpr> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit()
            || (i > 0
                && (bytes[i - 1].is_ascii_alphanumeric()
                    || bytes[i - 1] == b'.'
                    || bytes[i - 1] == b','))
        {
            i += 1;
            continue;
        }
        let num_start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_digit()
                || ((bytes[i] == b',' || bytes[i] == b'.')
                    && i + 1 < bytes.len()
                    && bytes[i + 1].is_ascii_digit()))
        {
            i += 1;
        }
        let num_end = i;
        let Some(value) = parse_number(&text[num_start..num_end]) else {
            continue;
        };
        // Skip spaces, then look for the unit.
        let mut j = num_end;
        while j < bytes.len() && (bytes[j] == b' ' || text[j..].starts_with('\u{a0}')) {
            j += if bytes[j] == b' ' { 1 } else { 2 };
        }
        let rest = &text[j..];
        let unit = if rest.starts_with('%') {
            Some((1, true))
        } else {
            // Folding maps each character on its own, so folding the first ten is enough.
            let head_end = rest.char_indices().nth(10).map_or(rest.len(), |(i, _)| i);
            let lower = fold(&rest[..head_end]);
            POINT_WORDS
                .iter()
                .find_map(|w| {
                    lower.starts_with(w).then(|| {
                        let after = lower[w.len()..].chars().next();
                        (after.is_none_or(|c| !c.is_alphabetic()), *w)
                    })
                })
                .and_then(|(ok, w)| ok.then_some((w.len(), w == "procent" || w == "percent")))
        };
        // "Weging: 25", "Weging 15", "wegingsfactor 3": after a weight word a bare number is
        // the weight itself (points, or a relative factor counted as points).
        let weight_word_before = {
            let head = text[..num_start].trim_end_matches([':', ' ', '=', '\t']);
            let ws = head
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphabetic())
                .last()
                .map_or(head.len(), |(i, _)| i);
            folds_to_one_of(&head[ws..], &BARE_WEIGHT_WORDS)
        };
        let bare_ok = weight_word_before
            && value <= 100.0
            && !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '/');
        let unit = unit.or(bare_ok.then_some((0, false)));
        let Some((unit_len, percent)) = unit else {
            continue;
        };
        // Money is never a weight: "€ 110" is followed by no unit anyway, but "€ 5 per punt" is.
        let before = text[..num_start].trim_end();
        // Only the last three characters can make the folded text end in "eur".
        let last3 = before.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
        if before.ends_with('€') || fold(&before[last3..]).ends_with("eur") {
            continue;
        }
        let mut start = num_start;
        let mut end = j + unit_len;
        if text[end..].starts_with('.')
            && !text[end + 1..].starts_with(|c: char| c.is_ascii_digit())
            && !percent
        {
            // "pnt." abbreviation dot belongs to the unit.
            end += 1;
        }
        // "weging: 10 %", "(weight 20%)": the word right before the number announces a weight.
        // Scanned on the original text so byte offsets stay valid.
        let label = weight_label_before(text, num_start);
        let is_weight = label.is_some();
        // Widen to "weging: " / "(" … ")" so removing the expression leaves clean text.
        if let Some(at) = label {
            start = at;
        }
        // "(max. 20 punten)", "maximaal 15 punten": the cap word belongs to the expression,
        // and a capped number is the criterion's weight, not one of its levels.
        let mut is_weight = is_weight;
        if !is_weight {
            let pre = text[..start].trim_end();
            let lower = pre.to_ascii_lowercase();
            if let Some(w) = ["max.", "maximaal", "maximum", "max"]
                .iter()
                .find(|w| lower.ends_with(*w))
            {
                let at = pre.len() - w.len();
                if !pre[..at].ends_with(char::is_alphabetic) {
                    start = at;
                    is_weight = true;
                    // "Weging: max. 10 punten": the label before the cap goes with it.
                    if let Some(label) = weight_label_before(text, start) {
                        start = label;
                    }
                }
            }
        }
        let open = text[..start].trim_end();
        let bracket = if open.ends_with('[') { ']' } else { ')' };
        if open.ends_with(['(', '[']) {
            let close_at = text[end..].find(bracket);
            if let Some(c) = close_at.filter(|c| {
                text[end..end + c].trim().is_empty() || text[end..end + c].trim() == "."
            }) {
                start = open.len() - 1;
                end = end + c + 1;
            }
        }
        out.push(PointsExpr {
            value,
            percent,
            start,
            end,
            is_weight,
        });
        i = end.max(i);
    }
    out
}

/// A criterion's text split into its own words, its maximum points and its tiers.
/// Returns (text without the weight, points, percent, tiers).
pub fn extract_points(text: &str) -> (String, Option<f64>, bool, Vec<Tier>) {
    let exprs = points_expressions(text);
    match exprs.len() {
        0 => (clean_text(text), None, false, Vec::new()),
        1 => {
            let e = &exprs[0];
            let mut t = String::with_capacity(text.len());
            t.push_str(&text[..e.start]);
            t.push(' ');
            t.push_str(&text[e.end..]);
            (clean_text(&t), Some(e.value), e.percent, Vec::new())
        }
        _ => {
            let mut exprs = exprs;
            // "… 10 punten, bij 5 jaar 20 punten en bij 8 jaar 30 punten. (30 punten)": a closing
            // weight in parentheses equal to the top level is the criterion's weight.
            let top = exprs[..exprs.len() - 1]
                .iter()
                .map(|e| e.value)
                .fold(f64::MIN, f64::max);
            let n = exprs.len();
            if let Some(last) = exprs.last_mut() {
                let closing = last.end >= text.trim_end().trim_end_matches([';', '.']).len()
                    && text[last.start..].starts_with('(');
                if n >= 3 && closing && (last.value - top).abs() < 0.01 {
                    last.is_weight = true;
                }
            }
            // "Aantal jaren … (20 punten)" over the lines "- 2 tot 4 jaar = 10 punten", "- 4 jaar
            // of meer = 20 punten": a weight in parentheses on the first line, equal to the top
            // level below it, is the criterion's weight too.
            let first_line_end = text.find('\n').unwrap_or(text.len());
            let below_top = exprs[1..].iter().map(|e| e.value).fold(f64::MIN, f64::max);
            let first = &mut exprs[0];
            if n >= 3
                && first.end <= first_line_end
                && first_line_end < text.len()
                && text[first.start..].starts_with('(')
                && (first.value - below_top).abs() < 0.01
            {
                first.is_weight = true;
            }
            let weights: Vec<&PointsExpr> = exprs.iter().filter(|e| e.is_weight).collect();
            let levels: Vec<&PointsExpr> = if weights.len() == 1 {
                exprs.iter().filter(|e| !e.is_weight).collect()
            } else {
                exprs.iter().collect()
            };
            let mut tiers = Vec::new();
            let mut first_label_start = text.len();
            let mut prev_end = 0;
            for e in &levels {
                let seg_start = tier_separator_before(text, e.start)
                    .max(prev_end)
                    .min(e.start);
                let mut raw = &text[seg_start..e.start];
                let mut label_start = seg_start;
                if let Some(colon) = raw.trim_end().trim_end_matches(':').rfind(':') {
                    label_start = seg_start + colon + 1;
                    raw = &text[label_start..e.start];
                }
                let raw = raw.trim();
                // "◆ minimaal 1 jaar ervaring · 10 punten": the bullet and the separator before
                // the points are no part of the label.
                let raw = match super::sections::list_marker(raw) {
                    Some((super::sections::MarkerKind::Bullet, _, at)) => &raw[at..],
                    _ => raw,
                };
                let label = raw
                    .trim()
                    .trim_start_matches(['-', '–', '•', '*', ' '])
                    .trim()
                    .trim_end_matches([':', '(', '-', '–', ' ', '=', '·', '|'])
                    .trim();
                // "minimaal 2 jaar levert 5 punten op, 5 jaar of meer levert 15 punten op": the
                // verb around each level's points is no part of its label.
                let label = label.strip_prefix("op,").unwrap_or(label).trim();
                let label = [" levert", " geeft", " oplevert", " earns", " gives"]
                    .iter()
                    .fold(label, |l, v| l.strip_suffix(v).unwrap_or(l));
                first_label_start = first_label_start.min(label_start);
                prev_end = e.end;
                tiers.push(Tier {
                    label: clean_text(label),
                    points: e.value,
                });
            }
            let points = if weights.len() == 1 {
                Some(weights[0].value)
            } else {
                levels
                    .iter()
                    .map(|e| e.value)
                    .fold(None, |m: Option<f64>, v| Some(m.map_or(v, |m| m.max(v))))
            };
            let percent = exprs.iter().any(|e| e.percent);
            let mut main = text[..first_label_start.min(weights.first().map_or(text.len(), |w| {
                if weights.len() == 1 {
                    w.start
                } else {
                    text.len()
                }
            }))]
                .to_string();
            if main.trim().is_empty() {
                main = text.to_string();
                for e in exprs.iter().rev() {
                    main.replace_range(e.start..e.end, " ");
                }
            }
            (clean_text(&main), points, percent, tiers)
        }
    }
}

/// Where the tier that ends at `pos` starts: after the last ';', '/', line break or bullet,
/// or at a dash glued to a word (" -Meer dan 5 jaar").
fn tier_separator_before(text: &str, pos: usize) -> usize {
    let before = &text[..pos];
    let mut at = 0;
    for (i, c) in before.char_indices() {
        let next = before[i + c.len_utf8()..].chars().next();
        let glued_dash = (c == '-' || c == '–')
            && before[..i].ends_with(' ')
            && next.is_some_and(char::is_alphabetic);
        // "… levert 5 punten op. Een afgeronde opleiding B levert 10 punten op": a new sentence
        // starts the next level.
        let sentence_end =
            c == '.' && next == Some(' ') && before[i + 2..].starts_with(char::is_uppercase);
        // "12 t/m 35 maanden", "en/of": a slash inside a word separates nothing.
        let in_word = c == '/'
            && before[..i].ends_with(char::is_alphabetic)
            && next.is_some_and(char::is_alphabetic);
        if (matches!(c, ';' | '/' | '\n' | '•') && !in_word) || sentence_end {
            at = i + c.len_utf8();
        } else if glued_dash {
            at = i;
        }
    }
    at
}

/// A criterion's own words and the explanation after a note label ("… afgerond. Toelichting:
/// Een diploma …" → ("… afgerond.", Some("Een diploma …"))). The label must start a sentence
/// after the requirement's first words; a label at the very start is no note.
pub fn split_note(text: &str) -> (&str, Option<&str>) {
    let f = crate::text::fold(text);
    // Folding keeps one character for one; byte offsets carry over only for an ASCII prefix,
    // so positions are taken in characters.
    let mut best: Option<usize> = None;
    for label in super::vocab::NOTE_LABELS {
        for (at, _) in f.match_indices(label) {
            let after = &f[at + label.len()..];
            let before = f[..at].trim_end();
            // "… in CCOL.   max. 20 punten" / "Toelichting: ____": after the item's weight too.
            let starts_sentence = before.ends_with(['.', ')', ';', '?', '!'])
                || before.is_empty()
                || (may_end_in_weight(before) && !points_expressions(before).is_empty());
            let labelled = after.trim_start().starts_with(':')
                || (*label == "toelichting" && after.trim().is_empty());
            if starts_sentence
                && labelled
                && !before.is_empty()
                && crate::text::words(before).nth(2).is_some()
            {
                best = Some(best.map_or(at, |b: usize| b.min(at)));
            }
        }
    }
    let Some(at) = best else {
        return (text, None);
    };
    let chars = f[..at].chars().count();
    let cut = text
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i);
    let own = text[..cut].trim_end();
    let note = text[cut..].split_once(':').map_or("", |(_, n)| n).trim();
    (own, (!note.is_empty()).then_some(note))
}

/// Collapses white space and trims list punctuation at the ends.
/// Where a weight label ("weging", "weight", "gewicht", …) ends right before byte `end` of
/// `text`, past a colon, bracket or spaces ("Weging: ", "(weight "): the label's start.
fn weight_label_before(text: &str, end: usize) -> Option<usize> {
    let head = text[..end].trim_end_matches([':', '(', ' ', '=', '\t']);
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(head.len(), |(i, _)| i);
    folds_to_one_of(
        &head[start..],
        &["weging", "weight", "weighting", "gewicht", "wegingsfactor"],
    )
    .then_some(start)
}

pub fn clean_text(s: &str) -> String {
    let collapsed = words_of(s).collect::<Vec<_>>().join(" ");
    let trimmed = collapsed.trim_matches(|c: char| {
        c == ';' || c == ',' || c == ':' || c == ' ' || c == '/' || c == '-' || c == '–'
    });
    // "… hittestress. (" once the weight inside the brackets is taken out: an opening bracket
    // left at the end has nothing to open.
    let trimmed = trimmed.trim_end_matches(['(', '[', ' ', ',', ';', ':']);
    // Keep a closing period only when the sentence has more than one (it then reads as prose).
    let t = trimmed.trim_end();
    let t = if t.ends_with('.') && t.matches(". ").count() == 0 {
        t.trim_end_matches('.')
    } else {
        t
    };
    t.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tier(label: &str, points: f64) -> Tier {
        Tier {
            label: label.into(),
            points,
        }
    }

    /// How postings put an explanation under a criterion; the label must follow a sentence.
    #[test]
    fn note_family() {
        for (text, own, note) in [
            ("De kandidaat heeft een mbo-4 diploma. Toelichting: Een diploma moet op het cv staan.", "De kandidaat heeft een mbo-4 diploma.", Some("Een diploma moet op het cv staan.")),
            ("Kennis van de Wvbvv. NB: de wet moet met naam genoemd zijn.", "Kennis van de Wvbvv.", Some("de wet moet met naam genoemd zijn.")),
            ("Ervaring met beslaglegging (buitendienst). Let op: derdenbeslag telt niet.", "Ervaring met beslaglegging (buitendienst).", Some("derdenbeslag telt niet.")),
            ("Experience with HACCP audits. Note: audits of own company do not count.", "Experience with HACCP audits.", Some("audits of own company do not count.")),
            ("Een vakopleiding invordering afgerond. Toelichting", "Een vakopleiding invordering afgerond.", None),
            ("Ervaring met regelingen in CCOL. max. 20 punten Toelichting:", "Ervaring met regelingen in CCOL. max. 20 punten", None),
            // No label, or a label inside the requirement's own words.
            ("Ervaring met de toelichting bij begrotingen voor het college.", "Ervaring met de toelichting bij begrotingen voor het college.", None),
            ("Toelichting: de kandidaat heeft een hbo-diploma.", "Toelichting: de kandidaat heeft een hbo-diploma.", None),
        ] {
            assert_eq!(split_note(text), (own, note), "{text}");
        }
    }

    /// A slash inside a word ("t/m", "en/of") is part of the level's label; one between
    /// levels separates them.
    #[test]
    fn a_slash_inside_a_word_does_not_cut_a_level() {
        let (_, _, _, tiers) = extract_points(
            "Ervaring met toeristenbelasting: 12 t/m 35 maanden: 10 punten; 36 maanden of meer: 20 punten",
        );
        let labels: Vec<&str> = tiers.iter().map(|t| t.label.as_str()).collect();
        assert!(labels[0].contains("12 t/m 35 maanden"), "{labels:?}");
        let (_, _, _, tiers) = extract_points("Aantal jaren: 2 jaar: 5 punten / 4 jaar: 10 punten");
        assert_eq!(tiers.len(), 2, "{tiers:?}");
        assert!(!tiers[1].label.contains("5 punten"), "{tiers:?}");
    }

    #[test]
    fn points_in_parentheses_at_the_end() {
        let (t, p, pct, tiers) =
            extract_points("Minimaal 2 jaar aantoonbare werkervaring als secretaris; (30 punten)");
        assert_eq!(t, "Minimaal 2 jaar aantoonbare werkervaring als secretaris");
        assert_eq!(p, Some(30.0));
        assert!(!pct);
        assert!(tiers.is_empty());
    }

    #[test]
    fn points_with_trailing_period_and_semicolon() {
        let (t, p, _, _) = extract_points(
            "Aantoonbare werkervaring met het uitvoeren van een hotspotmonitor. (30 punten);",
        );
        assert_eq!(
            t,
            "Aantoonbare werkervaring met het uitvoeren van een hotspotmonitor"
        );
        assert_eq!(p, Some(30.0));
    }

    /// A weight label before a capped weight goes with it: nothing of it stays in the text.
    #[test]
    fn weging_with_a_cap() {
        for text in [
            "Ervaring met de Omgevingswet Weging: max. 10 punten",
            "Ervaring met de Omgevingswet. Weging: maximaal 10 punten",
            "Ervaring met de Omgevingswet (weight: max. 10 points)",
        ] {
            let (t, p, _, _) = extract_points(text);
            assert_eq!(
                (t.as_str(), p),
                ("Ervaring met de Omgevingswet", Some(10.0)),
                "{text}"
            );
        }
    }

    #[test]
    fn weging_percent() {
        let (t, p, pct, _) = extract_points("Ervaring met aanbestedingen Weging: 10 %");
        assert_eq!(
            (t.as_str(), p, pct),
            ("Ervaring met aanbestedingen", Some(10.0), true)
        );
        let (t, p, pct, _) = extract_points("Kennis van de Woo (weging 20%)");
        assert_eq!(
            (t.as_str(), p, pct),
            ("Kennis van de Woo", Some(20.0), true)
        );
    }

    #[test]
    fn tiers_separated_by_semicolons() {
        let (t, p, _, tiers) = extract_points(
            "Werkervaring als projectleider: 3 tot 5 jaar: 10 punten; meer dan 5 jaar: 20 punten",
        );
        assert_eq!(t, "Werkervaring als projectleider");
        assert_eq!(p, Some(20.0));
        assert_eq!(
            tiers,
            vec![tier("3 tot 5 jaar", 10.0), tier("meer dan 5 jaar", 20.0)]
        );
    }

    #[test]
    fn tiers_with_slash_and_dash_bullets() {
        let (t, p, pct, tiers) = extract_points(
            "Ervaring als adviseur inkoop -Meer dan 5 jaar (8 %) / -maximaal 3 jaar (5 %)",
        );
        assert_eq!(p, Some(8.0));
        assert!(pct);
        assert_eq!(
            tiers,
            vec![tier("Meer dan 5 jaar", 8.0), tier("maximaal 3 jaar", 5.0)]
        );
        assert_eq!(t, "Ervaring als adviseur inkoop");
    }

    #[test]
    fn tiers_on_lines_under_a_weight() {
        let text = "Ervaring met contractmanagement\n- 1 tot 3 jaar: 5 punten\n- meer dan 3 jaar: 10 punten\nWeging: 10 %";
        let (t, p, _, tiers) = extract_points(text);
        assert_eq!(t, "Ervaring met contractmanagement");
        assert_eq!(p, Some(10.0));
        assert_eq!(
            tiers,
            vec![tier("1 tot 3 jaar", 5.0), tier("meer dan 3 jaar", 10.0)]
        );
    }

    /// The weight in parentheses on the first line, the levels on the lines below it, with
    /// ":" or "=" before their points.
    #[test]
    fn weight_on_the_first_line_then_levels() {
        for text in [
            "Aantal jaren ervaring als vergunningverlener. (20 punten)\n- 2 tot 4 jaar = 10 punten\n- 4 jaar of meer = 20 punten",
            "Aantal jaren ervaring als vergunningverlener (20 punten)\n- 2 tot 4 jaar: 10 punten\n- 4 jaar of meer: 20 punten",
        ] {
            let (t, p, _, tiers) = extract_points(text);
            assert_eq!(t, "Aantal jaren ervaring als vergunningverlener", "{text}");
            assert_eq!(p, Some(20.0), "{text}");
            assert_eq!(
                tiers,
                vec![tier("2 tot 4 jaar", 10.0), tier("4 jaar of meer", 20.0)],
                "{text}"
            );
        }
        // A first number that is not the top level stays a level.
        let (_, _, _, tiers) =
            extract_points("Ervaring (5 punten)\n- 2 jaar: 10 punten\n- 4 jaar: 20 punten");
        assert_eq!(tiers.len(), 3);
    }

    #[test]
    fn tiers_in_prose_then_the_weight() {
        let (t, p, _, tiers) = extract_points(
            "Werkervaring als adviseur. Bij 3 jaar 10 punten, bij 5 jaar 20 punten en bij 8 jaar 30 punten. (30 punten)",
        );
        // Each level is its own sentence; the requirement is the sentence before them.
        assert_eq!(t, "Werkervaring als adviseur");
        assert_eq!(tiers[0].label, "Bij 3 jaar");
        assert_eq!(p, Some(30.0));
        assert_eq!(
            tiers.iter().map(|t| t.points).collect::<Vec<_>>(),
            [10.0, 20.0, 30.0]
        );
    }

    /// Levels in prose or on lines, then the cap: the cap is the weight, not a fourth level.
    #[test]
    fn a_capped_weight_after_levels_is_no_level() {
        for text in [
            "Ervaring als adviseur. Bij 2 jaar 10 punten, bij 4 jaar 20 punten en bij 6 jaar 30 punten. (max. 30 punten)",
            "Ervaring als adviseur (max. 30 punten):\n- 2 tot 4 jaar: 10 punten\n- 4 tot 6 jaar: 20 punten\n- 6 jaar of meer: 30 punten",
            "Ervaring als adviseur, maximaal 30 punten: 2 jaar 10 punten; 4 jaar 20 punten; 6 jaar 30 punten",
        ] {
            let (t, p, _, tiers) = extract_points(text);
            assert!(t.starts_with("Ervaring als adviseur"), "{t}");
            assert_eq!(p, Some(30.0), "{text}");
            assert_eq!(tiers.iter().map(|t| t.points).collect::<Vec<_>>(), [10.0, 20.0, 30.0], "{text}");
        }
    }

    /// A cap word before the weight is part of it, so the criterion's words stay clean.
    #[test]
    fn capped_weights() {
        for text in [
            "Ervaring met uitbraken. (max. 20 punten)",
            "Ervaring met uitbraken (max 20 punten)",
            "Ervaring met uitbraken, maximaal 20 punten",
            "Ervaring met uitbraken (maximum 20 pnt.)",
            "Ervaring met uitbraken – 20 pt",
            "Ervaring met uitbraken [20 punten]",
        ] {
            let (t, p, _, _) = extract_points(text);
            assert_eq!(
                (t.as_str(), p),
                ("Ervaring met uitbraken", Some(20.0)),
                "{text}"
            );
        }
    }

    /// How postings put a weight without unit after the word that names it.
    #[test]
    fn bare_weights_after_a_weight_word() {
        for (text, want) in [
            ("Ervaring met AKS in productie.\nWeging: 20", Some(20.0)),
            ("Kennis van de BIO Weging 15", Some(15.0)),
            ("Ervaring met Relatics (weging: 10)", Some(10.0)),
            ("Ervaring met de Woo - wegingsfactor 3", Some(3.0)),
            ("Experience with SAFe. Weight: 25", Some(25.0)),
            ("Gewicht = 30", Some(30.0)),
            ("Weging: 10 %", Some(10.0)),
            ("Weging 2026-2027 volgt later", None),
            ("Weging: 1/3 van de score", None),
            ("Werkervaring van 25 jaar", None),
        ] {
            let (_, p, _, _) = extract_points(text);
            assert_eq!(p, want, "{text}");
        }
        let (t, _, pct, _) = extract_points("Kennis van de BIO.\nWeging: 10");
        assert_eq!((t.as_str(), pct), ("Kennis van de BIO", false));
    }

    #[test]
    fn money_and_years_are_not_points() {
        assert!(points_expressions("Uurtarief maximaal € 110,- exclusief btw").is_empty());
        assert!(points_expressions("Minimaal 3 jaar werkervaring").is_empty());
        assert!(points_expressions("HBO werk- en denkniveau").is_empty());
    }

    #[test]
    fn english_points() {
        let (t, p, _, _) =
            extract_points("At least 3 years of experience as a project manager (25 points)");
        assert_eq!(t, "At least 3 years of experience as a project manager");
        assert_eq!(p, Some(25.0));
    }
}
