//! Criteria as cards, the way a marketplace page copied from the browser prints them: the
//! requirement (often behind a check mark or box), then a badge of its own naming the kind,
//! then perhaps the weight on a further line, with the site's buttons around:
//!
//! ```text
//! ✓ Minimaal 2 jaar werkervaring als …        ☐ Aantal jaren werkervaring als …:
//! Knock-out                                     ● 2 tot 4 jaar: 5 punten
//!                                               ● 4 jaar of meer: 10 punten
//! Deel                                          Wens
//!                                               Score: max 10
//! ```
//!
//! Each card is written as the labelled item the reader knows ("Eis 1 Minimaal …", "Wens 1
//! Aantal jaren … (max. 10 punten)" with its levels under it), a heading over each run of one
//! kind. Without two cards the lines are left as they are.

use super::blocks::{field_line, is_level, item_lines, kind_value, weight_tag, Field};
use super::sections::{heading_for, Line, SectionKind};
use crate::text::fold;

/// The most lines one card's requirement and levels take above its badge.
const MAX_CARD_LINES: usize = 8;

/// The lines with every card written as one item, when the text has two cards or more.
/// `None`: nothing to do.
pub fn with_cards(lines: &[Line]) -> Option<Vec<Line>> {
    let badges: Vec<(usize, SectionKind)> = (1..lines.len())
        .filter_map(|i| card_badge(lines, i).map(|k| (i, k)))
        .collect();
    if badges.len() < 2 {
        return None;
    }
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut done = 0;
    let mut last_kind: Option<SectionKind> = None;
    let mut numbers = (0, 0);
    for (badge, kind) in badges {
        let start = card_start(lines, done, badge);
        out.extend(lines[done..start].iter().cloned());
        // The weight on the line under the badge.
        let tag = lines
            .get(badge + 1)
            .filter(|l| !l.after_blank)
            .and_then(card_weight);
        let end = badge + 1 + usize::from(tag.is_some());
        let mut text = Vec::new();
        let mut levels = Vec::new();
        for l in &lines[start..badge] {
            let t = without_glyphs(&l.text);
            if !text.is_empty() && is_level(t) {
                levels.push(t.to_string());
            } else {
                text.push(t.to_string());
            }
        }
        let n = match kind {
            SectionKind::Knockout => {
                numbers.0 += 1;
                numbers.0
            }
            _ => {
                numbers.1 += 1;
                numbers.1
            }
        };
        if last_kind != Some(kind) {
            out.push(Line::synthetic_heading(lines[start].no, heading_for(kind)));
        }
        last_kind = Some(kind);
        out.extend(item_lines(&lines[start], kind, n, &text, tag, &[], &levels));
        done = end;
    }
    out.extend(lines[done..].iter().cloned());
    Some(out)
}

/// The kind a card's badge at `i` names: a line of at most three words that is a kind
/// ("Knock-out", "Eis", "Wens", "Must-have", "Gunningscriterium"), straight under a line of
/// requirement or level (no blank between), with a blank, a weight or the end after it.
fn card_badge(lines: &[Line], i: usize) -> Option<SectionKind> {
    let line = &lines[i];
    let before = &lines[i - 1];
    if line.after_blank || line.marked_heading || before.marked_heading {
        return None;
    }
    let kind = badge_kind(&line.text)?;
    // The line above is a requirement (some words) or a level, never another badge.
    let above = without_glyphs(&before.text);
    if badge_kind(&before.text).is_some()
        || (above.split_whitespace().count() < 3 && !is_level(above))
    {
        return None;
    }
    let after = lines.get(i + 1);
    let closed = match after {
        None => true,
        Some(a) => a.after_blank || card_weight(a).is_some(),
    };
    closed.then_some(kind)
}

/// "Knock-out", "KO", "Eis (knock-out)", "Must-have", "Wens", "Nice-to-have": the kind a badge
/// names. A line with a colon or more than three words is no badge.
fn badge_kind(text: &str) -> Option<SectionKind> {
    let t = without_glyphs(text).trim();
    if t.is_empty() || t.contains(':') || t.split_whitespace().nth(3).is_some() {
        return None;
    }
    let f = fold(t).replace(['-', '_'], " ");
    kind_value(&f).or_else(|| kind_value(&fold(t)))
}

/// Where the card whose badge is at `badge` starts: the first line of its paragraph (after
/// `done`, at most `MAX_CARD_LINES` up), or the last line in it that opens with a glyph.
fn card_start(lines: &[Line], done: usize, badge: usize) -> usize {
    let floor = done.max(badge.saturating_sub(MAX_CARD_LINES));
    let mut start = badge - 1;
    while start > floor && !lines[start].after_blank {
        start -= 1;
    }
    (start..badge)
        .rev()
        .find(|&j| opens_with_glyph(&lines[j].text) && !is_level(without_glyphs(&lines[j].text)))
        .unwrap_or(start)
}

/// "Gewicht: 20", "Score: max 15", "Weging: 20 %", "max. 15 punten", "20 punten": a card's
/// weight line as a tag the reader knows ("(20 punten)", "(max. 15 punten)").
fn card_weight(line: &Line) -> Option<String> {
    if let Some((Field::Weight | Field::Levels, Some(v))) = field_line(&line.text, &line.folded) {
        return weight_tag(&v);
    }
    (line.text.split_whitespace().nth(4).is_none())
        .then(|| weight_tag(&line.text))
        .flatten()
}

/// Whether a line opens with a symbol (✓, ☐, ●, ■, ➤ …) rather than a letter, digit or bracket.
fn opens_with_glyph(text: &str) -> bool {
    text.trim_start()
        .chars()
        .next()
        .is_some_and(|c| !c.is_alphanumeric() && !is_kept(c))
}

/// The line without the symbols before its first word ("✓ ", "☐ ", "● ", "- ").
fn without_glyphs(text: &str) -> &str {
    text.trim_start_matches(|c: char| c.is_whitespace() || (!c.is_alphanumeric() && !is_kept(c)))
        .trim_end()
}

/// Characters that may open a requirement's words: brackets, quotes, a euro sign.
fn is_kept(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '€' | '"' | '\'' | '‘' | '“' | '<' | '>' | '≥' | '≤'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tender::sections::clean_lines;

    /// The lines after the pre-pass; the headings it puts in as "## …".
    fn texts(text: &str) -> Vec<String> {
        with_cards(&clean_lines(text))
            .map(|l| {
                l.into_iter()
                    .map(|l| match l.marked_heading {
                        true => format!("## {}", l.text),
                        false => l.text,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Check marks, boxes and bullets before the text; badges in Dutch and English; weights as
    /// "Gewicht: 20", "Score: max 10", "Weging: 15 %", "10 punten"; levels between text and badge;
    /// the site's buttons between cards stay where they are.
    #[test]
    fn cards_become_items() {
        let got = texts(
            "Eisen en wensen\n\n✓ Afgeronde opleiding op minimaal hbo-niveau.\nKnock-out\n\n✔ Minimaal 2 jaar ervaring als toezichthouder.\nKO\n\nDeel\n\n☐ Ervaring met de Woo.\nWens\nGewicht: 20\n\n● Aantal jaren ervaring als adviseur:\n  ● 2 tot 4 jaar: 5 punten\n  ● 4 jaar of meer: 10 punten\nWens\nScore: max 10\n\nReageer    Bewaar\n",
        );
        assert_eq!(
            got,
            [
                "Eisen en wensen",
                "## Knock-outcriteria",
                "Eis 1 Afgeronde opleiding op minimaal hbo-niveau.",
                "Eis 2 Minimaal 2 jaar ervaring als toezichthouder.",
                "Deel",
                "## Gunningscriteria",
                "Wens 1 Ervaring met de Woo. (20 punten)",
                "Wens 2 Aantal jaren ervaring als adviseur: (max. 10 punten)",
                "- 2 tot 4 jaar: 5 punten",
                "- 4 jaar of meer: 10 punten",
                "Reageer    Bewaar",
            ]
        );
        let got = texts(
            "Requirements\n\nA completed master's degree in economics.\nMust-have\n\n■ Experience with EU state aid rules.\nNice-to-have\nWeight: 15%\n\n➤ Experience in a ministry or agency.\nNice to have\n10 points\n",
        );
        assert_eq!(
            got,
            [
                "Requirements",
                "## Knock-outcriteria",
                "Eis 1 A completed master's degree in economics.",
                "## Gunningscriteria",
                "Wens 1 Experience with EU state aid rules. (weging 15 %)",
                "Wens 2 Experience in a ministry or agency. (10 punten)",
            ]
        );
    }

    /// A heading "Knock-out" over a list, a single badge, or a kind word inside a sentence is
    /// no card.
    #[test]
    fn no_cards_without_two_badges() {
        assert!(texts(
            "Knock-out\n- Hbo-diploma.\n- Rijbewijs B.\n\nWens\n- Ervaring met de Woo.\n"
        )
        .is_empty());
        assert!(texts("✓ Afgeronde hbo-opleiding.\nKnock-out\n\nOverige informatie.\n").is_empty());
        assert!(texts("De kandidaat voldoet aan elke\neis\nuit de lijst hieronder.\n").is_empty());
    }
}
