//! A question list's answer options under each question, as e-procurement platforms
//! (Negometrix/Mercell, TenderNed, CTM) print a "vragenlijst": "Antwoordopties: Ja (15 punten) /
//! Nee (0 punten)" gives the question its weight; "Antwoordopties:" over radio lines
//! "( ) 2 tot 4 jaar – 8 punten" gives it a staffel. The weight becomes the weight line the
//! reader knows ("Weging: max. 15 punten"), the radio lines become levels ("- 2 tot 4 jaar –
//! 8 punten") and the bare options label goes.

use super::points::points_expressions;
use super::sections::Line;
use super::vocab::{ANSWER_OPTION_LABELS, NO_ANSWERS, RADIO_MARKS, YES_ANSWERS};
use crate::text::fold;

/// The lines with answer options rewritten as weight lines and levels. `None`: no line
/// changed.
pub fn with_answer_options_as_weights(lines: &[Line]) -> Option<Vec<Line>> {
    let mut out = Vec::with_capacity(lines.len());
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        if let Some(top) = yes_no_weight(&l.folded) {
            out.push(rewritten(l, format!("Weging: max. {top} punten")));
            changed = true;
            i += 1;
            continue;
        }
        let options = radio_run(&lines[i..]);
        // The label alone ("Antwoordopties:") over a staffel: the levels say it.
        if options == 0 && options_label(&l.folded).is_some_and(str::is_empty) {
            let next = radio_run(&lines[i + 1..]);
            if next >= 2 {
                changed = true;
                i += 1;
                continue;
            }
        }
        if options >= 2 {
            for o in &lines[i..i + options] {
                let rest = without_radio(&o.text).unwrap_or(&o.text);
                out.push(rewritten(o, format!("- {rest}")));
            }
            changed = true;
            i += options;
            continue;
        }
        out.push(l.clone());
        i += 1;
    }
    changed.then_some(out)
}

fn rewritten(l: &Line, text: String) -> Line {
    Line {
        folded: fold(&text),
        text,
        ..l.clone()
    }
}

/// What follows an answer-options label ("antwoordopties: ja / nee" → "ja / nee"), folded.
fn options_label(folded: &str) -> Option<&str> {
    let t = folded.trim();
    ANSWER_OPTION_LABELS.iter().find_map(|w| {
        let rest = t.strip_prefix(w)?.trim_start();
        rest.strip_prefix(':').map(str::trim)
    })
}

/// The weight of a yes/no options line: "Antwoordopties: Ja (15 punten) / Nee (0 punten)",
/// "Ja = 10 punten, Nee = 0 punten", "Answer options: Yes (10 points) / No (0 points)".
/// The points of the yes answer, when the no answer earns none.
fn yes_no_weight(folded: &str) -> Option<String> {
    let rest = options_label(folded).unwrap_or(folded.trim());
    let mut parts = rest
        .split(['/', ';', '|'])
        .flat_map(|p| p.split(", "))
        .map(str::trim)
        .filter(|p| !p.is_empty());
    let (yes, no) = (parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let answer_points = |part: &str, words: &[&str]| -> Option<f64> {
        let word = words.iter().find(|w| {
            part.strip_prefix(*w)
                .is_some_and(|r| r.starts_with([' ', '(', '=', ':', '-', '–']))
        })?;
        let exprs = points_expressions(&part[word.len()..]);
        match exprs.as_slice() {
            [e] if !e.percent => Some(e.value),
            _ => None,
        }
    };
    let yes = answer_points(yes, YES_ANSWERS)?;
    let no = answer_points(no, NO_ANSWERS)?;
    (yes > 0.0 && no == 0.0).then(|| crate::warning::num(yes))
}

/// The text after a radio mark that starts a line ("( ) 2 tot 4 jaar – 8 punten").
fn without_radio(text: &str) -> Option<&str> {
    let t = text.trim_start();
    RADIO_MARKS
        .iter()
        .find_map(|m| t.strip_prefix(m))
        .map(str::trim_start)
        .filter(|r| !r.is_empty())
}

/// How many lines from the first are radio options with points: a radio mark, some words and
/// one weight. Two or more make a staffel; fewer count as none.
fn radio_run(lines: &[Line]) -> usize {
    let n = lines
        .iter()
        .take_while(|l| {
            without_radio(&l.text).is_some_and(|rest| points_expressions(rest).len() == 1)
        })
        .count();
    if n >= 2 {
        n
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tender::read_tender;
    use crate::tender::test_support::{weighted, weighted_tiers};

    fn lines(text: &str) -> Vec<Line> {
        text.lines()
            .enumerate()
            .map(|(i, t)| Line {
                no: i + 1,
                text: t.to_string(),
                folded: fold(t),
                marked_heading: false,
                after_blank: false,
            })
            .collect()
    }

    #[test]
    fn yes_no_options_in_the_ways_platforms_print_them_give_the_weight() {
        for (line, weight) in [
            ("Antwoordopties: Ja (15 punten) / Nee (0 punten)", "15"),
            (
                "Antwoordmogelijkheden: Ja = 10 punten; Nee = 0 punten",
                "10",
            ),
            ("Ja (20 punten) / Nee (0 punten)", "20"),
            ("Answer options: Yes (10 points) / No (0 points)", "10"),
            ("Mogelijke antwoorden: ja: 5 pnt, nee: 0 pnt", "5"),
        ] {
            assert_eq!(
                yes_no_weight(&fold(line)).as_deref(),
                Some(weight),
                "{line}"
            );
        }
        for line in [
            // A knock-out question: no points at all.
            "Antwoordopties: Ja / Nee",
            // Both answers score: not a yes/no weight.
            "Ja (10 punten) / Nee (5 punten)",
            // Three options are a staffel, not yes/no.
            "Ja (10) / Deels (5) / Nee (0)",
            "Ja, ik heb 20 punten / Nee",
        ] {
            assert_eq!(yes_no_weight(&fold(line)), None, "{line}");
        }
    }

    #[test]
    fn radio_options_under_a_label_become_levels_and_the_label_goes() {
        let out = with_answer_options_as_weights(&lines(
            "Antwoordopties:\n( ) minder dan 2 jaar – 0 punten\n( ) 2 tot 4 jaar – 8 punten\n○ 4 jaar of meer – 15 punten\nVolgende vraag",
        ))
        .expect("changed");
        let texts: Vec<&str> = out.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "- minder dan 2 jaar – 0 punten",
                "- 2 tot 4 jaar – 8 punten",
                "- 4 jaar of meer – 15 punten",
                "Volgende vraag"
            ]
        );
        // One radio line is no staffel; a label without options stays.
        assert!(with_answer_options_as_weights(&lines(
            "Antwoordopties:\n( ) minder dan 2 jaar – 0 punten\nVolgende vraag"
        ))
        .is_none());
    }

    #[test]
    fn a_question_list_reads_with_weights_and_a_staffel() {
        let (t, _) = read_tender(
            "Vragenlijst\n\n4.1 Knock-outvragen\n\n4.1.1  Beschikt de kandidaat over een afgeronde hbo-opleiding? [Ja/Nee] (knock-out)\n\n\
             4.1.2  Heeft de kandidaat minimaal 3 jaar ervaring als consulent bij een gemeente? [Ja/Nee] (knock-out)\n\n\
             4.2 Kwaliteitsvragen\n\n4.2.1  Heeft de kandidaat ervaring met het opstellen van plannen van aanpak?\n       Antwoordopties: Ja (15 punten) / Nee (0 punten)\n\n\
             4.2.2  Hoeveel jaar ervaring heeft de kandidaat met het afnemen van intakes?\n       Antwoordopties:\n       ( ) minder dan 2 jaar – 0 punten\n       ( ) 2 tot 4 jaar – 8 punten\n       ( ) 4 jaar of meer – 15 punten\n\n\
             4.2.3  Beheerst de kandidaat het Arabisch op minimaal B2-niveau?\n       Antwoordopties: Yes (10 points) / No (0 points)\n",
        );
        assert_eq!(t.knockouts.len(), 2, "{:?}", t.knockouts);
        let w = weighted(&t);
        assert_eq!(w.len(), 3, "{w:?}");
        assert_eq!(
            w.iter().map(|(_, p)| *p).collect::<Vec<_>>(),
            [Some(15.0), Some(15.0), Some(10.0)]
        );
        assert!(w[1].0.starts_with("Hoeveel jaar ervaring"), "{w:?}");
        // The staffel's levels, the 0-point one perhaps among them.
        assert!(weighted_tiers(&t)[1].2 >= 2, "{:?}", t.criteria[1].tiers);
        assert!(t.criteria[1].tiers.iter().any(|l| l.points == 8.0));
    }
}
