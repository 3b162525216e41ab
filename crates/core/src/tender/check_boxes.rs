//! A form's check boxes on a line of their own under each item: "[X] Knock-out   [ ] Wens",
//! "☒ Eis  ☐ Wens", "Soort: (x) eis ( ) wens", "Knock-out: [ ]  Wens: [X]". The checked kind
//! becomes the item's tag line ("– knock-out", "– wens, 15 punten" with the weight of a
//! "weging: 15 punten" line right under it), which `kind_tags` reads as any tag on its own line.
//! Inhuur request forms (PDF forms of provinces and gemeenten) tick one box per requirement.

use super::blocks::{field_line, Field};
use super::points::points_expressions;
use super::sections::{Line, SectionKind};
use super::vocab::{BLOCK_NO, BLOCK_YES, CHECKED_BOXES, KIND_TAG_WORDS, UNCHECKED_BOXES};
use crate::text::fold;

/// The kind a line of check boxes marks, when the line is only boxes with a kind word each
/// (after an optional short label ending in ':') and exactly one box is checked. `None`: no
/// such line, or no box or more than one checked.
pub fn checked_kind(text: &str) -> Option<SectionKind> {
    let t = text.trim();
    // "Soort: [X] Eis [ ] Wens": a short label before the boxes.
    let t = match t.split_once(':') {
        Some((label, rest))
            if label.split_whitespace().count() <= 2
                && !KIND_TAG_WORDS.iter().any(|(w, _)| *w == fold(label.trim()))
                && starts_with_box(rest.trim_start()) =>
        {
            rest.trim_start()
        }
        _ => t,
    };
    let boxes = boxes_in(t);
    if boxes.len() < 2 || boxes.iter().filter(|b| b.checked).count() != 1 {
        return None;
    }
    // The words belong to the box before them ("[X] Eis") or, when the line ends in a box,
    // to the box after them ("Eis: [X]").
    let before = starts_with_box(t);
    let after = t.ends_with(|c: char| is_box_end(c));
    if before == after {
        return None;
    }
    let mut kinds = Vec::with_capacity(boxes.len());
    for (i, b) in boxes.iter().enumerate() {
        let words = match before {
            true => &t[b.end..boxes.get(i + 1).map_or(t.len(), |n| n.start)],
            false => &t[if i == 0 { 0 } else { boxes[i - 1].end }..b.start],
        };
        let f = fold(words.trim().trim_end_matches(':').trim());
        let kind = KIND_TAG_WORDS
            .iter()
            .find(|(w, _)| *w == f)
            .map(|(_, k)| *k)?;
        kinds.push((b.checked, kind));
    }
    kinds.iter().find(|(checked, _)| *checked).map(|(_, k)| *k)
}

/// The lines without a form's answer fields under its items ("☐ Ja   ☐ Nee     Zie cv, pagina:
/// ____", "[ ] Yes [ ] No", "Datum: ......"): the bidder's answer, no part of the
/// requirement, and a line that would end the list. `None`: no such line.
pub fn without_answer_boxes(lines: &[Line]) -> Option<Vec<Line>> {
    let answer = |l: &Line| {
        let t = l.text.trim();
        if fill_in(t) {
            return true;
        }
        let boxes = boxes_in(t);
        if boxes.len() < 2 || !starts_with_box(t) {
            return false;
        }
        // The word after each box is a yes or a no; what follows the last is a note to fill in.
        boxes.iter().enumerate().all(|(i, b)| {
            let words = &t[b.end..boxes.get(i + 1).map_or(t.len(), |n| n.start)];
            let first = fold(words.split_whitespace().next().unwrap_or(""));
            let first = first.trim_end_matches([',', ';', '.']);
            BLOCK_YES.contains(&first) || BLOCK_NO.contains(&first)
        })
    };
    if !lines.iter().any(&answer) {
        return None;
    }
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut blank = false;
    for l in lines {
        if answer(l) {
            blank |= l.after_blank;
            continue;
        }
        out.push(Line {
            after_blank: l.after_blank || std::mem::take(&mut blank),
            ..l.clone()
        });
    }
    Some(out)
}

/// "Datum: ........", "Naam: ______": a field left blank for the bidder to fill in (runs of
/// underscores may be gone already: the line cleanup takes them for Markdown).
fn fill_in(t: &str) -> bool {
    let Some((label, rest)) = t.split_once(':') else {
        return false;
    };
    let rest = rest.trim();
    label.split_whitespace().nth(2).is_none()
        && rest.len() >= 3
        && rest.chars().all(|c| matches!(c, '_' | '.' | '…' | ' '))
}

/// One box in a line: byte range and whether it is checked.
struct CheckBox {
    start: usize,
    end: usize,
    checked: bool,
}

fn boxes_in(t: &str) -> Vec<CheckBox> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let rest = &t[i..];
        let found = CHECKED_BOXES
            .iter()
            .map(|b| (b, true))
            .chain(UNCHECKED_BOXES.iter().map(|b| (b, false)))
            .find(|(b, _)| rest.starts_with(**b));
        match found {
            Some((b, checked)) => {
                out.push(CheckBox {
                    start: i,
                    end: i + b.len(),
                    checked,
                });
                i += b.len();
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

fn starts_with_box(t: &str) -> bool {
    CHECKED_BOXES
        .iter()
        .chain(UNCHECKED_BOXES)
        .any(|b| t.starts_with(b))
}

fn is_box_end(c: char) -> bool {
    CHECKED_BOXES
        .iter()
        .chain(UNCHECKED_BOXES)
        .any(|b| b.ends_with(c))
}

/// The weight of a line right under the boxes: `Some(Some("15 punten"))` for "weging: 15
/// punten", `Some(None)` for "Weging: n.v.t." (a line to drop, no weight), `None` for any other line.
fn weight_line(line: &Line) -> Option<Option<String>> {
    // The weight field of a criteria block ("Weging: 20", "Max. punten: 10"), one name list.
    let (Field::Weight, Some(value)) = field_line(&line.text, &line.folded)? else {
        return None;
    };
    let rest = value.trim();
    if points_expressions(rest).is_empty() {
        let none = fold(rest);
        let none = none.trim_end_matches('.');
        return matches!(none, "n.v.t" | "nvt" | "n.a" | "-" | "–" | "geen").then_some(None);
    }
    Some(Some(rest.to_string()))
}

/// The lines with each line of check boxes replaced by its kind as a tag line under the item
/// ("– wens, 15 punten"), when at least two items carry boxes. `None`: no form of that shape.
pub fn with_check_boxes_as_tags(lines: &[Line]) -> Option<Vec<Line>> {
    let kinds: Vec<Option<SectionKind>> = lines
        .iter()
        .map(
            |l| match l.text.contains(['[', '(', '☒', '☐', '☑', '□', '■']) {
                true => checked_kind(&l.text),
                false => None,
            },
        )
        .collect();
    if kinds.iter().flatten().count() < 2 {
        return None;
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut skip_next = false;
    for (i, (line, kind)) in lines.iter().zip(&kinds).enumerate() {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        let Some(kind) = kind else {
            out.push(line.clone());
            continue;
        };
        let word = match kind {
            SectionKind::Knockout => "knock-out",
            _ => "wens",
        };
        let weight = lines
            .get(i + 1)
            .filter(|n| !n.after_blank)
            .and_then(weight_line);
        skip_next = weight.is_some();
        let text = match (kind, weight.flatten()) {
            (SectionKind::Weighted, Some(w)) => format!("– {word}, {w}"),
            _ => format!("– {word}"),
        };
        out.push(Line {
            no: line.no,
            folded: fold(&text),
            text,
            marked_heading: false,
            after_blank: false,
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    /// A form's yes/no boxes under each item go, ticked or not; boxes naming kinds stay.
    #[test]
    fn answer_boxes_go() {
        let lines = crate::tender::sections::clean_lines(
            "A1  Afgeronde hbo-opleiding.\n    ☐ Ja   ☐ Nee     Zie cv, pagina: ____\nA2  VCA-VOL.\n    [X] Yes [ ] No\n    Datum: ..............\n[ ] Knock-out [X] Wens\n",
        );
        let out = without_answer_boxes(&lines).expect("changed");
        let texts: Vec<&str> = out.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "A1  Afgeronde hbo-opleiding.",
                "A2  VCA-VOL.",
                "[ ] Knock-out [X] Wens"
            ]
        );
    }

    use super::*;
    use crate::tender::read_tender;
    use crate::tender::test_support::{knockout_texts, weighted};

    /// How forms tick an item's kind.
    #[test]
    fn check_box_family() {
        let k = Some(SectionKind::Knockout);
        let w = Some(SectionKind::Weighted);
        for (line, want) in [
            ("      [X] Knock-out   [ ] Wens", k),
            ("[ ] Knock-out   [x] Wens", w),
            ("☒ Eis  ☐ Wens", k),
            ("☐ eis ☑ wens", w),
            ("Soort: (x) eis ( ) wens", k),
            ("Type: [ ] Must have [X] Nice to have", w),
            ("Knock-out: [ ]   Wens: [X]", w),
            ("[X] Knock-out [X] Wens", None),
            ("[ ] Knock-out [ ] Wens", None),
            ("[X] Akkoord met de voorwaarden [ ] Niet akkoord", None),
            ("[X] Eis", None),
            ("Ervaring met de AGVV [X] Wens", None),
        ] {
            assert_eq!(checked_kind(line), want, "{line}");
        }
    }

    #[test]
    fn a_form_with_boxes_gives_each_item_its_ticked_kind() {
        let text = "Aanvraagformulier inhuur jurist staatssteun\nProvincie Gelderland\n\nVak 4 – Eisen\n\n 4.1  Afgeronde wo-opleiding Nederlands recht.\n      [X] Knock-out   [ ] Wens\n\n\
 4.2  Minimaal 4 jaar werkervaring als jurist.\n      [X] Knock-out   [ ] Wens\n\n\
Vak 5 – Wensen\n\n 5.1  Ervaring met het toetsen van regelingen aan de AGVV.\n      [ ] Knock-out   [X] Wens\n      weging: 15 punten\n\n\
 5.2  Kandidaat beschikt over een VOG.\n      [X] Knock-out   [ ] Wens\n      weging: n.v.t.\n\n\
 5.3  Ervaring met het notificeren van steun.\n      [ ] Knock-out   [X] Wens\n      weging: 10 punten\n";
        let (t, _) = read_tender(text);
        let ko = knockout_texts(&t);
        assert_eq!(
            ko,
            [
                "Afgeronde wo-opleiding Nederlands recht",
                "Minimaal 4 jaar werkervaring als jurist",
                "Kandidaat beschikt over een VOG"
            ]
        );
        let w = weighted(&t);
        assert_eq!(
            w,
            [
                (
                    "Ervaring met het toetsen van regelingen aan de AGVV",
                    Some(15.0)
                ),
                ("Ervaring met het notificeren van steun", Some(10.0))
            ]
        );
    }
}
