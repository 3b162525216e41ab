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
use super::sections::{heading_for, list_marker, Line, MarkerKind, SectionKind};
use super::vocab::{KNOCKOUT_CELLS, WEIGHTED_CELLS};
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
    let mut items = CardItems::default();
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
        items.push(&mut out, &lines[start], kind, &text, tag, &levels);
        done = end;
    }
    out.extend(lines[done..].iter().cloned());
    Some(out)
}

/// The items cards are written as: numbered per kind, a heading before each run of one kind.
#[derive(Default)]
struct CardItems {
    last_kind: Option<SectionKind>,
    /// Knock-outs and weighted criteria written so far.
    numbers: (u32, u32),
}

impl CardItems {
    /// Writes one card as the labelled item the reader knows, after a heading when its kind
    /// differs from the card before.
    fn push(
        &mut self,
        out: &mut Vec<Line>,
        at: &Line,
        kind: SectionKind,
        text: &[String],
        tag: Option<String>,
        levels: &[String],
    ) {
        let n = match kind {
            SectionKind::Knockout => &mut self.numbers.0,
            _ => &mut self.numbers.1,
        };
        *n += 1;
        let n = *n;
        if self.last_kind != Some(kind) {
            out.push(Line::synthetic_heading(at.no, heading_for(kind)));
        }
        self.last_kind = Some(kind);
        out.extend(item_lines(at, kind, n, text, tag, &[], levels));
    }
}

/// Cards whose badge leads, as broker portals print a list of requirements: the badge (with
/// the weight behind a separator) on the line above the requirement, levels under it.
///
/// ```text
/// Eisen                 Wensen
/// KNOCK-OUT             WENS · 20 pt
/// Afgeronde hbo-…       Ervaring met …
/// KNOCK-OUT             WENS · max. 20 pt
/// Minimaal 3 jaar …     Ervaring met toeristenbelasting.
///                       • 12 t/m 35 maanden: 10 pt
/// ```
///
/// Each card is written as the labelled item the reader knows, as `with_cards` does. The first
/// badge stands under a heading or a blank, never under a requirement (then the badges trail:
/// `with_cards`). `None`: fewer than two leading badges.
pub fn with_leading_badges(lines: &[Line]) -> Option<Vec<Line>> {
    let found: Vec<usize> = (0..lines.len())
        .filter(|&i| leading_badge(lines, i).is_some())
        .collect();
    // Badges count in chains: each card's lines run unbroken to the next badge. A heading
    // such as "Knock-outvragen" over a paragraph is no card.
    let chained = |a: usize, b: usize| {
        b - a <= MAX_CARD_LINES + 1 && (a + 2..b).all(|j| !lines[j].after_blank)
    };
    let leads: Vec<usize> = found
        .iter()
        .enumerate()
        .filter(|&(k, &i)| {
            k.checked_sub(1).is_some_and(|p| chained(found[p], i))
                || found.get(k + 1).is_some_and(|&n| chained(i, n))
        })
        .map(|(_, &i)| i)
        .collect();
    if leads.len() < 2 {
        return None;
    }
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut done = 0;
    let mut items = CardItems::default();
    for (k, &badge) in leads.iter().enumerate() {
        if badge < done {
            continue;
        }
        let (kind, tag) = leading_badge(lines, badge)?;
        // The requirement runs to the next badge, a blank line or the end.
        let next = leads
            .get(k + 1)
            .copied()
            .unwrap_or(lines.len())
            .max(badge + 1);
        let end = (badge + 1..next)
            .find(|&j| j > badge + 1 && lines[j].after_blank)
            .unwrap_or(next);
        // A run starts after a heading or a blank; a badge under an unbadged requirement is
        // a trailing one.
        let opens = badge == 0
            || lines[badge].after_blank
            || lines[badge].marked_heading
            || items.last_kind.is_some() && badge == done
            || lines[badge - 1].text.split_whitespace().count() < 3;
        if !opens {
            continue;
        }
        out.extend(lines[done..badge].iter().cloned());
        let mut text = Vec::new();
        let mut levels = Vec::new();
        for l in &lines[badge + 1..end] {
            let t = without_glyphs(&l.text);
            if !text.is_empty() && is_level(t) {
                levels.push(t.to_string());
            } else if levels.is_empty() {
                text.push(t.to_string());
            } else {
                break;
            }
        }
        items.push(&mut out, &lines[badge], kind, &text, tag, &levels);
        done = badge + 1 + text.len() + levels.len();
    }
    out.extend(lines[done..].iter().cloned());
    (items.numbers.0 + items.numbers.1 >= 2).then_some(out)
}

/// A badge that leads its card at `i`: the kind, perhaps a weight after a separator ("WENS ·
/// 20 pt", "Wens | max. 15 punten", "Knock-out"), then straight under it (no blank) a
/// requirement of three words or more that is no badge itself.
fn leading_badge(lines: &[Line], i: usize) -> Option<(SectionKind, Option<String>)> {
    let (kind, tag) = badge_with_weight(&lines[i].text)?;
    let next = lines.get(i + 1)?;
    let words = without_glyphs(&next.text).split_whitespace().count();
    // A numbered or labelled item ("K1 …", "2. …") under a kind word is a list under its
    // heading, not a card.
    let numbered = list_marker(&next.text).is_some_and(|(m, _, _)| m != MarkerKind::Bullet);
    (!next.after_blank && !numbered && words >= 3 && badge_with_weight(&next.text).is_none())
        .then_some((kind, tag))
}

/// A badge alone or a badge and its weight split by '·', '|', a dash or a comma: the kind and
/// the weight as a tag ("(20 punten)", "(max. 20 punten)").
/// The badge is a kind cell word itself ("KNOCK-OUT", "Eis", "Wens", "Must have"): a heading
/// such as "Knock-outcriteria" or "Gunning" over a list is none.
fn badge_with_weight(text: &str) -> Option<(SectionKind, Option<String>)> {
    let t = without_glyphs(text);
    let badge = |head: &str| {
        let f = fold(head.trim()).replace(['-', '_'], " ");
        let cell = |cells: &[&str]| cells.iter().any(|c| c.replace('-', " ") == f);
        if cell(KNOCKOUT_CELLS) {
            Some(SectionKind::Knockout)
        } else if cell(WEIGHTED_CELLS) {
            Some(SectionKind::Weighted)
        } else {
            None
        }
    };
    if let Some(kind) = badge(t).filter(|_| fold(t) != "gunning") {
        return Some((kind, None));
    }
    let (head, weight) = [" · ", " | ", " – ", " - ", ", "]
        .iter()
        .find_map(|sep| t.split_once(sep))?;
    Some((badge(head)?, Some(weight_tag(weight)?)))
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

    /// Badges over their requirements, in the ways portals print them: a kind alone or with a
    /// weight behind '·', '|' or a dash; levels under a requirement stay its levels.
    #[test]
    fn leading_badges_become_items() {
        let got = with_leading_badges(&clean_lines(
            "Wat je meebrengt\nEisen\nKNOCK-OUT\nAfgeronde hbo-opleiding Fiscaal Recht en Economie of\neen wo-opleiding.\nKNOCK-OUT\nMinimaal 3 jaar werkervaring met lokale belastingen.\n\nWensen\nWENS · 20 pt\nErvaring met bezwaar- en beroepszaken.\nWens | max. 20 punten\nErvaring met de heffing van toeristenbelasting.\n• 12 t/m 35 maanden: 10 pt\n• 36 maanden of meer: 20 pt\nNice-to-have – 5 points\nExperience at a large municipality.\n\nGunning\n",
        ))
        .map(|l| {
            l.into_iter()
                .map(|l| match l.marked_heading {
                    true => format!("## {}", l.text),
                    false => l.text,
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
        assert_eq!(
            got,
            [
                "Wat je meebrengt",
                "Eisen",
                "## Knock-outcriteria",
                "Eis 1 Afgeronde hbo-opleiding Fiscaal Recht en Economie of een wo-opleiding.",
                "Eis 2 Minimaal 3 jaar werkervaring met lokale belastingen.",
                "Wensen",
                "## Gunningscriteria",
                "Wens 1 Ervaring met bezwaar- en beroepszaken. (20 punten)",
                "Wens 2 Ervaring met de heffing van toeristenbelasting. (max. 20 punten)",
                "- 12 t/m 35 maanden: 10 pt",
                "- 36 maanden of meer: 20 pt",
                "Wens 3 Experience at a large municipality. (5 punten)",
                "Gunning",
            ]
        );
        // A heading over a paragraph, then a list, holds no cards.
        assert!(with_leading_badges(&clean_lines(
            "Knock-outvragen\nBeantwoord de onderstaande vragen met ja of nee.\n\n1. Kunt u aantonen dat de kandidaat een hbo-opleiding heeft?\n\nWensen\nDe wensen hieronder geven punten.\n\n1. Ervaring met de Woo.\n"
        ))
        .is_none());
        // Badges under their requirements are trailing ones, left to `with_cards`.
        assert!(with_leading_badges(&clean_lines(
            "Ervaring met de Woo en de Awb.\nWens\nErvaring met bezwaarschriften bij een gemeente.\nWens\n"
        ))
        .is_none());
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
