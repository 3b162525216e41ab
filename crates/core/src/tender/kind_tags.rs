//! One list holding both kinds, each item saying its own kind in a trailing tag: "1. Afgeronde
//! wo-opleiding. (knock-out)" beside "5. Ervaring met stresstesten. (gunning, 20 punten)",
//! "- Kennis van de Bkl [wens – 10 pt]", "• AZ-104 certified (nice to have, 5 points)". The list
//! is read as if each run of one kind had its own heading, and each tag keeps only its weight
//! ("(20 punten)"), which the weighted list reads as it reads any trailing weight.

use super::points::points_expressions;
use super::sections::{heading, heading_for, list_marker, Line, MarkerKind, SectionKind};
use super::vocab::{KIND_TAG_WORDS, QA_HEADINGS};
use crate::text::fold;

/// A trailing kind tag: the kind it names, where the tag starts in the line and the weight
/// text inside it after the kind word ("20 punten", "max. 10 punten: … 5 punten, … 10 punten";
/// empty when none).
#[derive(Debug, PartialEq)]
pub struct KindTag {
    pub kind: SectionKind,
    pub at: usize,
    pub weight: String,
}

/// The trailing tag of a requirement of three words or more, when its first word names a kind
/// (see `vocab::KIND_TAG_WORDS`). A weighted tag needs a weight or a word only weighted lists
/// use; "(eis)" and "(wens)" alone are tags too.
#[cfg(test)]
pub fn kind_tag(text: &str) -> Option<KindTag> {
    tag_of(text, false)
}

/// `kind_tag` of a line; `wrapped`: the line continues an item above (unmarked, no blank line
/// before it), so the words before the tag may be one ("Archis (wens; 5 punten)").
fn tag_of(text: &str, wrapped: bool) -> Option<KindTag> {
    let t = text.trim_end().trim_end_matches(['.', ';']).trim_end();
    let close = t.chars().last()?;
    let open = match close {
        ')' => '(',
        ']' => '[',
        _ => return dash_tag(t, wrapped),
    };
    // The opener that closes at the end: nested brackets inside the tag are skipped.
    let mut depth = 0usize;
    let mut at = None;
    for (i, c) in t.char_indices().rev() {
        if c == close {
            depth += 1;
        } else if c == open {
            depth -= 1;
            if depth == 0 {
                at = Some(i);
                break;
            }
        }
    }
    let at = at?;
    let inner = t[at + 1..t.len() - 1].trim();
    let f = fold(inner);
    let (kind, rest) = KIND_TAG_WORDS.iter().find_map(|(word, kind)| {
        let rest = f.strip_prefix(word)?;
        // The kind word stands alone: followed by nothing, a separator or a weight.
        let ok = rest.is_empty()
            || rest.starts_with([',', ':', ';', ')'])
            || rest.starts_with(" -")
            || rest.starts_with(" –")
            || rest.starts_with(" —")
            || rest.starts_with(" |")
            || rest
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c == '(')
            || rest.starts_with(" max");
        ok.then_some((*kind, rest))
    })?;
    let before = t[..at].trim_end();
    // A wrapped last line ("rivierengebied (wens; 10 punten)") is part of a longer item.
    if !requirement_before(before, wrapped) {
        return None;
    }
    // Folding keeps one character for one, so the rest starts at the same character count.
    let skip = inner.chars().count() - rest.chars().count();
    let weight: String = inner
        .chars()
        .skip(skip)
        .collect::<String>()
        .trim_start_matches([',', ':', ';', '-', '–', '—', '|', ' '])
        .trim()
        .to_string();
    // A weight in a knock-out tag is no weight; a weighted tag's text must hold one or be empty.
    if kind == SectionKind::Weighted && !weight.is_empty() && points_expressions(&weight).is_empty()
    {
        return None;
    }
    Some(KindTag { kind, at, weight })
}

/// A tag after a dash at the line's end: "… bij een gemeente – eis", "… Omgevingswet – wens,
/// 10 pnt", "… - knock-out". The tag is short: a kind word, then at most a weight.
fn dash_tag(t: &str, wrapped: bool) -> Option<KindTag> {
    let at = [" – ", " - ", " — "]
        .iter()
        .filter_map(|d| t.rfind(d))
        .max()?;
    let tag = tail_tag(&t[at + 1..])?;
    let before = t[..at].trim_end();
    // A wrapped last line ("rivierengebied – eis") is part of a longer item: one word will do.
    requirement_before(before, wrapped).then_some(KindTag { at, ..tag })
}

/// Whether the words before a tag are a requirement: three words or more, or one on a wrapped
/// last line (`wrapped`, or starting lower case); not an intro ending in ':'.
fn requirement_before(before: &str, wrapped: bool) -> bool {
    let enough = match wrapped || before.starts_with(char::is_lowercase) {
        true => crate::text::words(before).next().is_some(),
        false => crate::text::words(before).nth(2).is_some(),
    };
    enough && !before.ends_with(':')
}

/// "Antwoord: …", "Answer: …", "A1. …", "A: …": an answer to a published question.
/// A lettered item ("a. Ervaring met …") is no answer: a bare "a" needs a number or a colon.
pub(super) fn answer_line(folded: &str) -> bool {
    qa_label(folded, &["antwoord", "answer", "a"])
}

/// "Vraag 1:", "Vraag 3: Telt …", "Question 2.", "Q1:": a published question, the way
/// `answer_line` reads its answer.
pub(super) fn question_line(folded: &str) -> bool {
    qa_label(folded, &["vraag", "question", "q"])
}

/// A line led by one of `labels`, perhaps numbered ("2", "2.3"), then a colon, a full stop
/// after a number, or nothing after a number ("Vraag 1" over its text). A lettered item ("a.
/// Ervaring met …") is none: a single letter needs the number or the colon.
fn qa_label(folded: &str, labels: &[&str]) -> bool {
    labels.iter().any(|w| {
        let Some(r) = folded.strip_prefix(w) else {
            return false;
        };
        let r = r.trim_start();
        let bare = r.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
        let numbered = r.starts_with(|c: char| c.is_ascii_digit());
        bare.trim_start().starts_with(':')
            || numbered && (bare.is_empty() || r[..r.len() - bare.len()].ends_with('.'))
            || w.len() > 1 && r.starts_with('.')
    })
}

/// A line that is only a tag, wrapped under its item: "– wens, 10 pnt", "- eis".
pub fn tag_only_line(text: &str) -> Option<KindTag> {
    tail_tag(text.trim().trim_end_matches(['.', ';']))
}

/// "– eis", "– wens, 15 pnt": a dash, a kind word and at most a weight; `at` is 0.
fn tail_tag(t: &str) -> Option<KindTag> {
    let dash = t.chars().next().filter(|c| matches!(c, '–' | '-' | '—'))?;
    let tail = t[dash.len_utf8()..].trim_start();
    if tail.chars().count() > 40 {
        return None;
    }
    let f = fold(tail);
    let (kind, rest) = KIND_TAG_WORDS.iter().find_map(|(word, kind)| {
        let rest = f.strip_prefix(word)?;
        (rest.is_empty() || rest.starts_with([',', ':', ';', ' '])).then_some((*kind, rest))
    })?;
    let skip = tail.chars().count() - rest.chars().count();
    let weight: String = tail
        .chars()
        .skip(skip)
        .collect::<String>()
        .trim_start_matches([',', ':', ';', ' '])
        .trim()
        .to_string();
    // "– wens", "– wens, 10 pnt": the rest is nothing or a weight; "– eis van de gemeente" is
    // words, no tag.
    if !weight.is_empty() && points_expressions(&weight).is_empty() {
        return None;
    }
    Some(KindTag {
        kind,
        at: 0,
        weight,
    })
}

/// The lines with a heading before each run of one kind, and each tag reduced to its weight,
/// when at least two items carry a kind tag and one of them a weighted one. `None`: no list of
/// that shape.
pub fn with_kind_tag_headings(lines: &[Line]) -> Option<Vec<Line>> {
    // Below a Nota van Inlichtingen or change log, an answer quoting a criterion with its tag
    // ("Antwoord: Eis 1 komt als volgt te luiden: \"…\" – eis") changes it; it is no item.
    let mut in_answers = false;
    // Cheap test first: tags end in a bracket.
    let tags: Vec<Option<KindTag>> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let t = l.text.trim_end();
            // "Nota van inlichtingen: uiterlijk 24 november" among the terms is no heading.
            if QA_HEADINGS.iter().any(|w| l.folded.starts_with(w))
                && heading(l)
                    .is_some_and(|h| h.kind == SectionKind::Questions && h.inline_rest.is_none())
            {
                in_answers = true;
            }
            if in_answers || answer_line(&l.folded) {
                return None;
            }
            let wrapped = i > 0
                && !l.after_blank
                && !l.marked_heading
                && list_marker(&l.text).is_none()
                && list_marker(&lines[i - 1].text).is_some();
            // A tag ends in a bracket, or in a kind word or weight after a dash.
            if t.ends_with([')', ']', '.', ';']) || t.contains(" – ") || t.contains(" - ") {
                tag_of(&l.text, wrapped)
            } else if !l.after_blank && t.starts_with(['–', '-', '—']) {
                tag_only_line(t)
            } else {
                None
            }
        })
        .collect();
    let tagged = tags.iter().flatten().count();
    let weighted = tags
        .iter()
        .flatten()
        .filter(|t| t.kind == SectionKind::Weighted)
        .count();
    if tagged < 2 || weighted == 0 {
        return None;
    }
    let mut out = Vec::with_capacity(lines.len() + 4);
    let mut open: Option<SectionKind> = None;
    // Where the item being read starts in `out`: a tag on its wrapped last line ("…\n   in
    // het cv – eis") puts the heading before its first line.
    let mut item_start = 0;
    let mut item_marker = None;
    for (line, tag) in lines.iter().zip(&tags) {
        // A line that is only a tag belongs to the item above: it opens no item.
        let tag_only = tag.as_ref().is_some_and(|t| t.at == 0);
        let marker = (!tag_only)
            .then(|| list_marker(&line.text).map(|m| m.0))
            .flatten();
        // "- minimaal 3 jaar: 10 punten" right under "5.5 Werkervaring …": a staffel of the
        // numbered item, not an item of its own.
        let sub_bullet = !line.after_blank
            && marker == Some(MarkerKind::Bullet)
            && item_marker.is_some_and(|m| m != MarkerKind::Bullet);
        if (marker.is_some() && !sub_bullet) || line.after_blank {
            item_start = out.len();
            item_marker = marker;
        }
        let Some(tag) = tag else {
            // An unmarked paragraph after the list ends it; wrapped lines stay with their item.
            if open.is_some() && line.after_blank && marker.is_none() {
                out.push(Line::synthetic_heading(line.no, "Overige informatie"));
                open = None;
            }
            out.push(line.clone());
            continue;
        };
        if open != Some(tag.kind) {
            let h = Line::synthetic_heading(line.no, heading_for(tag.kind));
            out.insert(item_start.min(out.len()), h);
            open = Some(tag.kind);
        }
        let head = line.text[..tag.at].trim_end();
        let text = if tag.kind == SectionKind::Weighted && !tag.weight.is_empty() {
            format!("{head} ({})", tag.weight).trim_start().to_string()
        } else {
            head.to_string()
        };
        // A tag alone with no weight leaves nothing to read.
        if text.is_empty() {
            continue;
        }
        out.push(Line {
            folded: fold(&text),
            text,
            ..line.clone()
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tender::read_tender;
    use crate::tender::test_support::knockout_texts;
    use crate::tender::test_support::weighted_tiers;

    /// How postings tag an item's kind at its end.
    /// Answers under a Nota van Inlichtingen quote criteria with their tags; they are no items.
    #[test]
    fn answers_are_no_tagged_items() {
        for (line, want) in [
            (
                "antwoord: ja. eis 1 komt als volgt te luiden: \"…\" – eis",
                true,
            ),
            ("answer: yes, requirement 2 now reads …", true),
            ("a1. yes. requirement 1 is extended", true),
            ("a: nee", true),
            ("antwoord:", true),
            ("a. ervaring met de afir. – wens, 5 pnt", false),
            ("aanvullende ervaring met laadpalen – wens", false),
        ] {
            assert_eq!(answer_line(line), want, "{line}");
        }
        for (line, want) in [
            ("vraag 1:", true),
            ("vraag 3: telt ervaring bij een provincie mee?", true),
            ("question 2. does w3 still apply?", true),
            ("q1: is a phd accepted?", true),
            ("vraag 2", true),
            ("vraag 2.3 type: eis", false),
            ("question 4 omschrijving: ervaring met x", false),
            ("vragen indienen: tot 27 november", false),
        ] {
            assert_eq!(question_line(line), want, "{line}");
        }
        let text = "Opdracht\nNota van inlichtingen: uiterlijk 24 november 2026\n\nEisen en wensen\n1. Een afgeronde wo-master in een technische richting. – eis\n\
2. Minimaal 3 jaar ervaring met laadinfrastructuur. – eis\n3. Werkervaring bij een provincie. – wens, 15 pnt\n\n\
Nota van inlichtingen\nVraag 1: Kan eis 1 ruimer?\n\
Antwoord: Ja. Eis 1 komt als volgt te luiden: \"Een afgeronde hbo-opleiding in een technische richting.\" – eis\n";
        let (t, _) = read_tender(text);
        let ko = knockout_texts(&t);
        assert_eq!(
            ko,
            [
                "Een afgeronde hbo-opleiding in een technische richting",
                "Minimaal 3 jaar ervaring met laadinfrastructuur"
            ]
        );
    }

    /// A staffel in dashes right under a numbered item belongs to it, also when the item's
    /// kind tag stands under the staffel.
    #[test]
    fn a_staffel_under_a_numbered_item_stays_with_it() {
        let text = "Eisen en wensen\n\n1. Afgeronde hbo-opleiding bestuurskunde. – eis\n\n\
2. Werkervaring als adviseur bij een provincie\n- minimaal 1 jaar: 5 punten\n- minimaal 3 jaar: 10 punten\n\
– wens, maximaal 10 punten\n\n3. Kennis van de AGVV. – wens, 5 pnt\n";
        let (t, _) = read_tender(text);
        assert_eq!(t.knockouts.len(), 1);
        let w = weighted_tiers(&t);
        assert_eq!(
            w,
            [
                ("Werkervaring als adviseur bij een provincie", Some(10.0), 2),
                ("Kennis van de AGVV", Some(5.0), 0)
            ]
        );
    }

    #[test]
    fn tag_family() {
        let w = Some(SectionKind::Weighted);
        let k = Some(SectionKind::Knockout);
        for (line, kind, weight) in [
            ("5. Ervaring met stresstesten en risicodialogen. (gunning, 20 punten)", w, "20 punten"),
            ("- Ervaring met participatie met inwoners (wens, 10 pt)", w, "10 pt"),
            ("Kennis van de Omgevingswet en het omgevingsplan. [gunning – 15 punten]", w, "15 punten"),
            ("• AZ-104 certified engineer on Azure (nice to have, 5 points)", w, "5 points"),
            ("3) Ervaring met Power BI dashboards (gunningscriterium; weging 15%)", w, "weging 15%"),
            ("Ervaring met aanbesteden van leerlingenvervoer (W, 10 punten)", w, "10 punten"),
            ("Ervaring met de Alcoholwet bij een gemeente (pluspunt: 5 punten)", w, "5 punten"),
            ("Ervaring met vergunningen voor evenementen (wens)", w, ""),
            ("Ervaring met beleid voor droogte en/of hittestress. (gunning, max. 10 punten: één thema 5 punten, beide 10 punten)",
             w, "max. 10 punten: één thema 5 punten, beide 10 punten"),
            ("1. Afgeronde opleiding op wo-masterniveau. (knock-out)", k, ""),
            ("2. Minimaal 3 jaar ervaring als adviseur (eis)", k, ""),
            ("- Rijbewijs B in bezit [KO]", k, ""),
            ("- Fluent in Dutch, C1 level (must have)", k, ""),
            ("1. Afgeronde wo-opleiding in de archeologie – eis", k, ""),
            ("4. Ervaring met het toetsen van PvE's namens een gemeente – wens, 15 pnt", w, "15 pnt"),
            ("Kennis van de Omgevingswet - wens", w, ""),
            ("- Rijbewijs B en een eigen auto — knock-out", k, ""),
        ] {
            let got = kind_tag(line);
            assert_eq!(got.as_ref().map(|t| t.kind), kind, "{line}");
            assert_eq!(got.map(|t| t.weight).unwrap_or_default(), weight, "{line}");
        }
        // Brackets that name no kind, or a heading, are no tag.
        for line in [
            "Ervaring met de Wet kinderopvang (Wko) en de Wet IKK.",
            "Gunningscriteria (weging):",
            "Wensen (W)",
            "Ervaring bij een gemeente (wensen staan hieronder)",
            "Ervaring met beleid (wens: zie toelichting)",
            "Kennis van de Omgevingswet – eis van de gemeente Tiel",
            "Adviseur – eis",
        ] {
            assert_eq!(kind_tag(line), None, "{line}");
        }
    }

    /// A numbered list holding both kinds by their tags is read as two lists, with points and
    /// tiers from the tags; the paragraph after it is no item.
    #[test]
    fn mixed_list_by_tags() {
        let text = "Adviseur klimaat\n\nBeoordeling\nIeder criterium zegt zelf wat het is.\n\n\
1. Afgeronde opleiding op wo-masterniveau. (knock-out)\n\
2. Minimaal 4 jaar werkervaring als beleidsadviseur bij een provincie. (knock-out)\n\
3. Ervaring met het begeleiden van stresstesten en risicodialogen. (gunning, 20 punten)\n\
4. Kennis van het Besluit kwaliteit leefomgeving voor wateroverlast. (gunning, 10 punten)\n\
5. Ervaring met beleid voor droogte en/of hittestress. (gunning, max. 10 punten: ervaring met één thema 5 punten, ervaring met beide thema's 10 punten)\n\
\nInschrijvers bieden één kandidaat aan met een cv van maximaal 4 pagina's.\n";
        let (t, _) = read_tender(text);
        let ko = knockout_texts(&t);
        assert_eq!(
            ko,
            [
                "Afgeronde opleiding op wo-masterniveau",
                "Minimaal 4 jaar werkervaring als beleidsadviseur bij een provincie"
            ]
        );
        let pts: Vec<Option<f64>> = t.criteria.iter().map(|c| c.points).collect();
        assert_eq!(pts, [Some(20.0), Some(10.0), Some(10.0)]);
        assert!(t.criteria[0].text.ends_with("risicodialogen"));
        assert!(
            t.criteria[2].text.ends_with("hittestress"),
            "{}",
            t.criteria[2].text
        );
        let tiers: Vec<f64> = t.criteria[2].tiers.iter().map(|x| x.points).collect();
        assert_eq!(tiers, [5.0, 10.0]);
    }
}
