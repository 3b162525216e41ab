//! Criteria written as blocks of fields, each field name on a line of its own and its value on
//! the next, as inhuurdesk e-mails and portal exports print them:
//!
//! ```text
//! Eis 2                      Wens 3                         Criterium 4
//! Minimaal 4 jaar …          Aantal jaren werkervaring …    Kennis van de Wmo 2015.
//! Type                       4 tot 6 jaar: 5 punten         Soort
//! Knock-out                  Weging                         Gunningscriterium
//!                            max. 20                        Gewicht
//!                                                           10 %
//! ```
//!
//! Each block is written as the one-line item the reader knows ("Eis 2 Minimaal 4 jaar …
//! (knock-out)", "Wens 3 Aantal jaren … (max. 20 punten)" with its levels as "- …" lines
//! under it). Lines outside such blocks are left as they are.

use super::points::{leading_bracket, points_expressions};
use super::sections::{heading_for, list_marker, Line, MarkerKind, SectionKind};
use super::vocab::{
    BLOCK_IGNORED_FIELDS, BLOCK_KIND_FIELDS, BLOCK_KNOCKOUT_FIELDS, BLOCK_LEVEL_FIELDS, BLOCK_NO,
    BLOCK_TEXT_FIELDS, BLOCK_WEIGHT_FIELDS, BLOCK_YES, INTERVIEW_CELLS, KNOCKOUT_CELLS,
    NOTE_LABELS, PRICE_CELLS, WEIGHTED_CELLS,
};
use crate::text::fold;

/// The most lines one block holds (label, text, explanation, levels, fields).
const MAX_BLOCK_LINES: usize = 14;

/// The lines with every field block written as one item, when the text has two blocks or
/// more that name a field ("Type", "Weging", …) on a line of its own. `None`: nothing to do.
pub fn with_field_blocks(lines: &[Line]) -> Option<Vec<Line>> {
    // Cheap test first: a field name alone on a line.
    if !lines.iter().any(|l| field_of(l).is_some()) {
        return None;
    }
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut blocks = 0;
    // The kind of the block before: a block of another kind gets a heading, so each run of
    // blocks is one list (its items' own tags then open no list of their own).
    let mut last_kind: Option<SectionKind> = None;
    let mut i = 0;
    while i < lines.len() {
        let Some((kind, n)) = bare_label(&lines[i].text) else {
            out.push(lines[i].clone());
            i += 1;
            continue;
        };
        let limit = lines.len().min(i + 1 + MAX_BLOCK_LINES);
        // After a field, a blank line before words that are no field ends the block: the
        // section's closing text ("4 Gunning") follows the last block.
        let mut fielded = false;
        let end = (i + 1..limit)
            .find(|&j| {
                let l = &lines[j];
                let field = field_of(l).is_some();
                let ends = bare_label(&l.text).is_some()
                    || ends_blocks(l)
                    // "## Beoordeling": a Markdown heading ends the blocks, unless it is a field
                    // name with its value right under it.
                    || (l.marked_heading
                        && (!field || lines.get(j + 1).is_none_or(|n| n.after_blank)))
                    || (fielded && l.after_blank && !field && !is_level(&l.text));
                fielded |= field;
                ends
            })
            .unwrap_or(limit);
        match block_item(&lines[i], kind, n, &lines[i + 1..end]) {
            Some((Some(kind), items)) => {
                blocks += 1;
                if last_kind != Some(kind) {
                    out.push(Line::synthetic_heading(lines[i].no, heading_for(kind)));
                }
                last_kind = Some(kind);
                out.extend(items);
            }
            // A share of the award ends the run of criteria.
            Some((None, items)) => {
                last_kind = None;
                out.extend(items);
            }
            None => {
                last_kind = None;
                out.extend(lines[i..end].iter().cloned());
            }
        }
        i = end;
    }
    (blocks >= 2).then_some(out)
}

/// The lines with a weight written before the requirement moved behind it: "[20 punten]
/// Ervaring met …", "(15 pt) Kennis van …", "10 punten – Ervaring met …", "[Weging 25 %]
/// Ervaring met …" become "Ervaring met … (20 punten)", the place where the reader looks for a
/// weight. `None` when no line starts so.
pub fn with_leading_weights_moved(lines: &[Line]) -> Option<Vec<Line>> {
    // Cheap test first: a line that starts with a bracket or a digit and names points.
    let starts = |l: &Line| {
        l.text.starts_with(['[', '(']) || l.text.starts_with(|c: char| c.is_ascii_digit())
    };
    if !lines
        .iter()
        .any(|l| starts(l) && leading_weight(&l.text).is_some())
    {
        return None;
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        i += 1;
        let Some(t) = starts(l).then(|| leading_weight(&l.text)).flatten() else {
            out.push(l.clone());
            continue;
        };
        // The requirement's wrapped lines join it before its weight ("[15 points] Experience
        // with water sports organisations, marinas or" / "municipalities in …").
        let (head, tag) = t.rsplit_once(" (").unwrap_or((&t, ""));
        let mut head = head.to_string();
        while let Some(n) = lines.get(i) {
            let wrapped = !n.after_blank
                && !n.marked_heading
                && list_marker(&n.text).is_none()
                && !starts(n)
                && n.text.starts_with(char::is_lowercase);
            if !wrapped {
                break;
            }
            head.push(' ');
            head.push_str(n.text.trim());
            i += 1;
        }
        let t = format!("{head} ({tag}");
        out.push(Line {
            folded: fold(&t),
            text: t,
            ..l.clone()
        });
    }
    Some(out)
}

/// "[20 punten] Ervaring met de Keur." → "Ervaring met de Keur. (20 punten)"; `None` when the
/// line does not start with a weight followed by a requirement of four words or more. The
/// weight is a bracket of a few words holding one weight ("(max. 10 points)", "[tot 10 pnt]",
/// "(maximaal 15 punten)") or a weight followed by a dash or colon ("10 punten – …").
fn leading_weight(text: &str) -> Option<String> {
    let t = text.trim();
    let (inner, rest, bracketed) = match bracketed_weight(t) {
        Some((inner, rest)) => (inner, rest, true),
        None => {
            let e = points_expressions(t).into_iter().next()?;
            let separated = t[e.end..].trim_start().starts_with([':', '–', '—', '-']);
            if e.start != 0 || !separated {
                return None;
            }
            (t[..e.end].trim(), &t[e.end..], false)
        }
    };
    let rest = rest
        .trim_start_matches([' ', ':', '–', '—', '-', '\t'])
        .trim();
    // "20 punten voor prijs": a share in prose, not a weight before a requirement. After a
    // bracketed weight the requirement may name its own levels ("Level B2 gives 5 points").
    if rest.split_whitespace().nth(3).is_none()
        || !rest.starts_with(char::is_uppercase)
        || (!bracketed && !points_expressions(rest).is_empty())
    {
        return None;
    }
    // Each such line starts a criterion: it becomes a list item, so wrapped lines join it and
    // levels under it ("- 1 to 3 years: 5 points") stay its levels. The weight given first is
    // the most it can earn.
    let capped = match fold(inner).contains("max") {
        true => inner.to_string(),
        false if inner.starts_with(|c: char| c.is_ascii_digit()) => format!("max. {inner}"),
        false => {
            // "tot 10 pnt", "up to 10 points": the number is the most.
            let from = inner.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
            match fold(&inner[..from]).trim() {
                "tot" | "up to" | "tot maximaal" => format!("max. {}", &inner[from..]),
                _ => inner.to_string(),
            }
        }
    };
    Some(format!("- {rest} ({capped})"))
}

/// "(max. 10 points) Command of …" → ("max. 10 points", " Command of …"): a bracket at the
/// line's start of at most four words holding one weight.
fn bracketed_weight(t: &str) -> Option<(&str, &str)> {
    let (inner, rest) = leading_bracket(t)?;
    let inner = inner.trim();
    (points_expressions(inner).len() == 1).then_some((inner, rest))
}

/// The lines with two-column tables drawn in ASCII ("+------+----+" frames) or Markdown
/// ("|---|---|" under the header) read row by row: a row of a label and a bare number of points
/// is a level ("| 2 IHP's | 20 |" → "- 2 IHP's: 20 punten"), any other row a label and its
/// value ("| Opdrachtgever | GGD … |" → "Opdrachtgever: GGD …", "| Prijs | 30 punten |" →
/// "Prijs: 30 punten"); frames and header rows go. Only rows after a frame line are read;
/// `None` when the text draws no such table.
pub fn with_ascii_tables_as_levels(lines: &[Line]) -> Option<Vec<Line>> {
    if !lines.iter().any(|l| is_frame(&l.text)) {
        return None;
    }
    let row = |l: &Line| l.text.starts_with('|') && l.text.ends_with('|');
    let mut out = Vec::with_capacity(lines.len());
    let mut in_table = false;
    // A blank line before a frame or header that goes stays before what follows.
    let mut blank = false;
    for (i, l) in lines.iter().enumerate() {
        if is_frame(&l.text) {
            in_table = true;
            blank |= l.after_blank;
            continue;
        }
        // A row right above a frame that holds no number is the header ("| Aantal | Punten |").
        let header = row(l)
            && lines.get(i + 1).is_some_and(|n| is_frame(&n.text))
            && !l.text.bytes().any(|b| b.is_ascii_digit());
        if header {
            blank |= l.after_blank;
            continue;
        }
        let after_blank = l.after_blank || std::mem::take(&mut blank);
        if !(in_table && row(l)) {
            in_table = false;
            out.push(Line {
                after_blank,
                ..l.clone()
            });
            continue;
        }
        let cells = super::sections::table_cells(&l.text);
        let text = match cells.as_slice() {
            // "| Totaal | 100 |" sums the table; it is no level.
            [label, value] if is_sum(label) => Some(format!("{label}: {value}")),
            [label, value] => Some(
                value
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|v| *v <= 100)
                    .map_or_else(
                        || format!("{label}: {value}"),
                        |v| format!("- {label}: {v} punten"),
                    ),
            ),
            _ => None,
        };
        match text {
            Some(t) => out.push(Line {
                folded: fold(&t),
                text: t,
                after_blank,
                ..l.clone()
            }),
            None => out.push(Line {
                after_blank,
                ..l.clone()
            }),
        }
    }
    Some(out)
}

/// "Totaal", "Total", "Som": a row that adds up the table.
fn is_sum(label: &str) -> bool {
    matches!(
        fold(label.trim()).as_str(),
        "totaal" | "total" | "som" | "sum" | "samen"
    )
}

/// "+------+-----+", "|======|": a table's frame line.
fn is_frame(text: &str) -> bool {
    let t = text.trim();
    t.len() >= 5
        && t.starts_with(['+', '|'])
        && (t.contains("---") || t.contains("==="))
        && t.chars().all(|c| matches!(c, '+' | '-' | '=' | '|' | ' '))
}

/// "Eis 1", "Wens 3", "Criterium 2", "KO-4" alone on a line: the label's kind and number.
fn bare_label(text: &str) -> Option<(Option<SectionKind>, u32)> {
    let t = text.trim().trim_end_matches([':', '.']);
    let (marker, n, start) = list_marker(t)?;
    (marker == MarkerKind::Labelled && start >= t.len())
        .then(|| (super::sections::label_kind(t), n.unwrap_or(0)))
}

/// A line that cannot be inside a block: a heading in capitals ("BEOORDELING") after a blank.
fn ends_blocks(line: &Line) -> bool {
    let letters: Vec<char> = line.text.chars().filter(|c| c.is_alphabetic()).collect();
    line.after_blank && letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase())
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Field {
    Kind,
    Weight,
    /// "Knock-out: Ja": yes or no.
    Knockout,
    /// "Omschrijving: …": the requirement.
    Text,
    /// "Beoordeling: … = 10 punten; … = 20 punten": the levels.
    Levels,
    /// "Toelichting: …": an explanation, no part of the requirement.
    Note,
    /// "Antwoordtype: Ja/Nee": how to answer; left out.
    Ignored,
}

/// The field a folded name is, without its colon ("type", "weging", "omschrijving").
fn field_named(name: &str) -> Option<Field> {
    let f = name.trim().trim_end_matches(':').trim();
    [
        (BLOCK_KIND_FIELDS, Field::Kind),
        (BLOCK_WEIGHT_FIELDS, Field::Weight),
        (BLOCK_KNOCKOUT_FIELDS, Field::Knockout),
        (BLOCK_TEXT_FIELDS, Field::Text),
        (BLOCK_LEVEL_FIELDS, Field::Levels),
        (NOTE_LABELS, Field::Note),
        (BLOCK_IGNORED_FIELDS, Field::Ignored),
    ]
    .into_iter()
    .find_map(|(names, field)| names.contains(&f).then_some(field))
}

/// The field a line names and its value: the name alone ("Weging", value on the next line:
/// `None`) or name and value on one line ("Type: Eis", "Weging: 20" → `Some("20")`).
pub(super) fn field_line(text: &str, folded: &str) -> Option<(Field, Option<String>)> {
    if let Some(field) = field_named(folded) {
        return Some((field, None));
    }
    // "Type: Eis": the name before the first colon, a few words at most.
    let colon = text.find(':')?;
    let name = &text[..colon];
    if name.split_whitespace().nth(3).is_some() {
        return None;
    }
    let value = text[colon + 1..].trim();
    let field = field_named(&fold(name))?;
    (!value.is_empty()).then(|| (field, Some(value.to_string())))
}

/// The field a line names, for the cheap test whether a text has blocks at all.
fn field_of(line: &Line) -> Option<Field> {
    field_line(&line.text, &line.folded).map(|(f, _)| f)
}

/// "Knock-out" / "Wens" / "Award" / "Eis (knock-out)" under a kind field: the kind it names.
pub(super) fn kind_value(folded: &str) -> Option<SectionKind> {
    let f = folded.trim().trim_end_matches('.');
    // "Eis (knock-out)", "Wens, gewogen": the first words name the kind.
    let head = f.split(['(', ',', ';', '/']).next().unwrap_or(f).trim();
    let named = |cells: &[&str]| cells.contains(&f) || cells.contains(&head);
    if named(KNOCKOUT_CELLS) || f.starts_with("knock") {
        Some(SectionKind::Knockout)
    } else if named(WEIGHTED_CELLS) {
        Some(SectionKind::Weighted)
    } else {
        None
    }
}

/// "Ja" / "Nee" under a knock-out field: whether the item is a knock-out.
fn yes_no(folded: &str) -> Option<bool> {
    let f = folded.trim().trim_end_matches('.').trim();
    let head = f.split([' ', ',', '(']).next().unwrap_or(f);
    if BLOCK_YES.contains(&head) {
        Some(true)
    } else if BLOCK_NO.contains(&head) {
        Some(false)
    } else {
        None
    }
}

/// "25", "max. 20", "15 punten", "10 %", "30 % of the quality score" under a weight field: the
/// weight as a tag the reader knows ("(25 punten)", "(max. 20 punten)", "(weging 10 %)").
pub(super) fn weight_tag(value: &str) -> Option<String> {
    let f = fold(value.trim());
    let max = ["maximaal", "max.", "max", "maximum"]
        .iter()
        .find_map(|w| f.strip_prefix(w));
    let rest = max.unwrap_or(&f).trim().trim_end_matches('.');
    let (v, percent) = match points_expressions(rest).first() {
        // Words may follow the weight ("30 % van de kwaliteitsscore"), but no other number.
        Some(e) if e.start == 0 && !rest[e.end..].bytes().any(|b| b.is_ascii_digit()) => {
            (e.value, e.percent)
        }
        Some(_) => return None,
        None => (
            rest.parse::<u32>().ok().filter(|v| *v <= 100)? as f64,
            false,
        ),
    };
    let v = crate::warning::num(v);
    Some(match (max.is_some(), percent) {
        (_, true) => format!("(weging {v} %)"),
        (true, false) => format!("(max. {v} punten)"),
        (false, false) => format!("({v} punten)"),
    })
}

/// Where the plain lines of a block go: the requirement, its levels or its explanation.
#[derive(Clone, Copy, PartialEq)]
enum Target {
    Text,
    Levels,
    Note,
}

/// One block's kind and its items, or `None` when it names no field (then it is left as it is).
fn block_item(
    label: &Line,
    kind: Option<SectionKind>,
    n: u32,
    body: &[Line],
) -> Option<(Option<SectionKind>, Vec<Line>)> {
    let mut text: Vec<String> = Vec::new();
    let mut levels: Vec<String> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    let mut kind_named: Option<SectionKind> = None;
    // "Type: Prijs" / "Type: Gesprek": the block gives a share of the award, no criterion.
    let mut share: Option<&str> = None;
    let mut knockout: Option<bool> = None;
    let mut tag: Option<String> = None;
    let mut target = Target::Text;
    let mut fields = 0;
    let mut k = 0;
    while k < body.len() {
        let line = &body[k];
        if let Some((field, inline)) = field_line(&line.text, &line.folded) {
            fields += 1;
            // A name alone takes the next line as its value, except fields whose value may
            // run over several lines: those only say where the lines below go.
            let value = match (&inline, field) {
                (Some(v), _) => Some(v.clone()),
                (None, Field::Kind | Field::Weight | Field::Knockout) => {
                    k += 1;
                    body.get(k).map(|v| v.text.clone())
                }
                (None, _) => None,
            };
            match field {
                Field::Kind => {
                    let v = value.map(|v| fold(&v)).unwrap_or_default();
                    share = share.or_else(|| share_kind(&v));
                    kind_named = kind_named.or(kind_value(&v));
                }
                Field::Weight => tag = tag.or(value.and_then(|v| weight_tag(&v))),
                Field::Knockout => knockout = knockout.or(value.and_then(|v| yes_no(&fold(&v)))),
                Field::Text => {
                    target = Target::Text;
                    text.extend(value);
                }
                Field::Levels => {
                    target = Target::Levels;
                    for part in value.iter().flat_map(|v| v.split(';')) {
                        let part = part.trim().trim_end_matches('.');
                        if is_level(part) {
                            levels.push(part.to_string());
                        } else if !part.is_empty() {
                            notes.push(part.to_string());
                        }
                    }
                }
                Field::Note => {
                    target = Target::Note;
                    notes.extend(value);
                }
                Field::Ignored => {}
            }
            k += 1;
            continue;
        }
        let t = line.text.trim().to_string();
        match target {
            _ if !text.is_empty() && is_level(&t) => levels.push(t),
            Target::Text => text.push(t),
            // Words under a levels or note field explain; they are no part of the requirement.
            Target::Levels | Target::Note => notes.push(t),
        }
        k += 1;
    }
    if let Some(name) = share {
        let weight = tag.as_deref().and_then(|t| {
            let e = points_expressions(t).into_iter().next()?;
            Some(format!(
                "{}{}",
                crate::warning::num(e.value),
                if e.percent { " %" } else { " punten" }
            ))
        })?;
        let t = format!("{name}: {weight}");
        return Some((
            None,
            vec![Line {
                folded: fold(&t),
                text: t,
                ..label.clone()
            }],
        ));
    }
    // A block of label, text and levels (a staffel table under it) needs no field.
    if (fields == 0 && levels.is_empty()) || text.is_empty() {
        return None;
    }
    // "Knock-out: Ja" overrules the type; a weight names a weighted criterion when neither the
    // label nor a field says.
    let kind = match knockout {
        Some(true) => Some(SectionKind::Knockout),
        _ => kind_named.or(kind),
    }
    .or((tag.is_some() || knockout == Some(false)).then_some(SectionKind::Weighted))?;
    Some((
        Some(kind),
        item_lines(label, kind, n, &text, tag, &notes, &levels),
    ))
}

/// "prijs", "tarief", "gesprek", "interview" as a block's type: the share it names, as the
/// reader's share line calls it ("Prijs", "Gesprek").
fn share_kind(folded: &str) -> Option<&'static str> {
    let head = folded
        .split(['(', ',', ';', '/'])
        .next()
        .unwrap_or(folded)
        .trim();
    if PRICE_CELLS.contains(&head) {
        Some("Prijs")
    } else if INTERVIEW_CELLS.contains(&head) {
        Some("Gesprek")
    } else {
        None
    }
}

/// One criterion written as the labelled item the reader knows: "Eis 2 <text>" or "Wens 3
/// <text> (20 punten) Toelichting: <notes>", with each level as a "- …" line under it. The
/// lines keep `at`'s line number; `at`'s blank line before stays before the item.
pub(super) fn item_lines(
    at: &Line,
    kind: SectionKind,
    n: u32,
    text: &[String],
    tag: Option<String>,
    notes: &[String],
    levels: &[String],
) -> Vec<Line> {
    let word = match kind {
        SectionKind::Knockout => "Eis",
        _ => "Wens",
    };
    // A knock-out needs no tag: every run of blocks gets a heading of its kind.
    let suffix = match (kind, tag) {
        (SectionKind::Knockout, _) | (_, None) => String::new(),
        (_, Some(t)) => format!(" {t}"),
    };
    // The explanation goes behind a note label, where the reader takes it off the criterion.
    let note = match notes.is_empty() {
        true => String::new(),
        false => format!(" Toelichting: {}", notes.join(" ")),
    };
    let own = format!("{word} {n} {}{suffix}{note}", text.join(" "));
    let mut out = vec![Line {
        no: at.no,
        folded: fold(&own),
        text: own,
        marked_heading: false,
        after_blank: at.after_blank,
    }];
    for l in levels {
        let t = format!("- {}", l.trim());
        out.push(Line {
            no: at.no,
            folded: fold(&t),
            text: t,
            marked_heading: false,
            after_blank: false,
        });
    }
    out
}

/// "4 tot 6 jaar: 5 punten", "8 jaar of meer = 20 punten": a level of the block's criterion.
pub(super) fn is_level(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ';']);
    let Some(e) = points_expressions(t).pop() else {
        return false;
    };
    let label = t[..e.start].trim_end();
    e.end >= t.len()
        && label.split_whitespace().count() <= 10
        && (label.ends_with([':', '=']) || label.starts_with(|c: char| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tender::sections::clean_lines;

    /// The lines after the pre-pass; the headings it puts in as "## …".
    fn texts(text: &str) -> Vec<String> {
        let lines = clean_lines(text);
        with_field_blocks(&lines)
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

    /// Kind and weight fields on their own lines, in Dutch and English, with levels.
    #[test]
    fn field_blocks_become_items() {
        let got = texts(
            "Eis 1\nEen afgeronde wo-opleiding rechten.\nType\nKnock-out\n\nWens 1\nErvaring met de Woo.\nWeging\n25\n\nWens 2\nAantal jaren ervaring als jurist.\n2 tot 4 jaar: 5 punten\n4 jaar of meer: 15 punten\nWeging\nmax. 15\n",
        );
        assert_eq!(
            got,
            [
                "## Knock-outcriteria",
                "Eis 1 Een afgeronde wo-opleiding rechten.",
                "## Gunningscriteria",
                "Wens 1 Ervaring met de Woo. (25 punten)",
                "Wens 2 Aantal jaren ervaring als jurist. (max. 15 punten)",
                "- 2 tot 4 jaar: 5 punten",
                "- 4 jaar of meer: 15 punten",
            ]
        );
        let got = texts(
            "Criterion 1\nA valid driving licence B.\nKind\nMust have\nCriterion 2\nExperience with asset data in GIS.\nWeight\n20 %\n",
        );
        assert_eq!(
            got,
            [
                "## Knock-outcriteria",
                "Eis 1 A valid driving licence B.",
                "## Gunningscriteria",
                "Wens 2 Experience with asset data in GIS. (weging 20 %)",
            ]
        );
        let got = texts(
            "Criterium 3\nKennis van de Wmo 2015.\nSoort\nGunningscriterium\nGewicht:\n10 punten\nCriterium 4\nIn bezit van rijbewijs B.\nSoort\nEis\n",
        );
        assert_eq!(
            got,
            [
                "## Gunningscriteria",
                "Wens 3 Kennis van de Wmo 2015. (10 punten)",
                "## Knock-outcriteria",
                "Eis 4 In bezit van rijbewijs B.",
            ]
        );
    }

    /// Questionnaire exports: "Vraag 2.1" blocks of "Name: value" fields on one line, the kind
    /// from "Type" or "Knock-out: Ja/Nee", the text from "Omschrijving", levels from
    /// "Beoordeling" split at semicolons, explanations kept apart, and the section's closing
    /// text left outside the last block.
    #[test]
    fn same_line_fields_and_questionnaire_labels() {
        let got = texts(
            "2 Eisen

Vraag 2.1
Type: Eis
Knock-out: Ja
Omschrijving: De kandidaat heeft een hbo-diploma.
Toelichting: Voeg het diploma toe.

Vraag 2.2
Type: Eis
Knock-out: Ja
Omschrijving: De kandidaat heeft 3 jaar ervaring met de APV.

3 Wensen

Vraag 3.1
Type: Wens
Knock-out: Nee
Weging: 20
Omschrijving: Aantal jaren ervaring als vergunningverlener.
Beoordeling: 2 tot 4 jaar = 10 punten; 4 jaar of meer = 20 punten.

Vraag 3.2
Knock-out: Nee
Weging: 15 punten
Omschrijving: Ervaring met de afstemming met politie en brandweer.

4 Gunning
De inschrijving met de hoogste score wint.
",
        );
        assert_eq!(
            got,
            [
                "2 Eisen",
                "## Knock-outcriteria",
                "Eis 1 De kandidaat heeft een hbo-diploma. Toelichting: Voeg het diploma toe.",
                "Eis 2 De kandidaat heeft 3 jaar ervaring met de APV.",
                "3 Wensen",
                "## Gunningscriteria",
                "Wens 1 Aantal jaren ervaring als vergunningverlener. (20 punten)",
                "- 2 tot 4 jaar = 10 punten",
                "- 4 jaar of meer = 20 punten",
                "Wens 2 Ervaring met de afstemming met politie en brandweer. (15 punten)",
                "4 Gunning",
                "De inschrijving met de hoogste score wint.",
            ]
        );
        // English field names, a kind written with a qualifier, a share of the quality score.
        let got = texts(
            "Question 1
Category: Requirement (knock-out)
Description: A valid VCA certificate.
Question 2
Category: Award criterion
Weight: 30 % of the quality score
Description: Experience with tunnel safety.
",
        );
        assert_eq!(
            got,
            [
                "## Knock-outcriteria",
                "Eis 1 A valid VCA certificate.",
                "## Gunningscriteria",
                "Wens 2 Experience with tunnel safety. (weging 30 %)",
            ]
        );
        // Lines of "Name: value" that name no block field are no blocks.
        assert!(texts(
            "Vraag 1: Telt de Drank- en Horecawet mee?
Antwoord: Ja.
Vraag 2: Telt een veiligheidsregio?
Antwoord: Nee.
"
        )
        .is_empty());
    }

    /// A platform's question list: how to answer ("Antwoordtype", "Bijlage") is left out, a
    /// staffel under "Staffel:" stays the criterion's levels, and blocks of type price or
    /// interview give their share instead of a criterion.
    #[test]
    fn question_list_blocks_with_answer_types_and_shares() {
        let got = texts(
            "Vraag 3.1.1
Type: Knock-out
Vraag: De kandidaat beschikt over een geldige BOA-akte voor domein IV.
Antwoordtype: Ja/Nee
Bijlage: kopie van de akte (verplicht)

Vraag 3.2.2
Type: Kwaliteit (staffel)
Weging: 20 %
Vraag: Aantal maanden werkervaring als sociaal rechercheur.
Staffel:
   minimaal 48 maanden werkervaring: 10 %
   minimaal 72 maanden werkervaring: 20 %
Antwoordtype: Getal (maanden)

Vraag 3.3.1
Type: Prijs
Weging: 25 %
Vraag: Vermeld het all-in uurtarief van de aangeboden kandidaat.

Vraag 3.4.1
Type: Interview
Weging: 15 punten
Toelichting: de twee beste kandidaten worden uitgenodigd.
",
        );
        assert_eq!(
            got,
            [
                "## Knock-outcriteria",
                "Eis 1 De kandidaat beschikt over een geldige BOA-akte voor domein IV.",
                "## Gunningscriteria",
                "Wens 2 Aantal maanden werkervaring als sociaal rechercheur. (weging 20 %)",
                "- minimaal 48 maanden werkervaring: 10 %",
                "- minimaal 72 maanden werkervaring: 20 %",
                "Prijs: 25 %",
                "Gesprek: 15 punten",
            ]
        );
    }

    /// Weights before the requirement, bracketed or followed by a dash or colon.
    #[test]
    fn leading_weights_move_behind() {
        for (line, want) in [
            (
                "[20 punten] Ervaring met het beheer van stuwen.",
                Some("- Ervaring met het beheer van stuwen. (max. 20 punten)"),
            ),
            (
                "(15 pt) Kennis van de Waterwet en de Keur.",
                Some("- Kennis van de Waterwet en de Keur. (max. 15 pt)"),
            ),
            (
                "10 punten – Ervaring met participatie in een wijk.",
                Some("- Ervaring met participatie in een wijk. (max. 10 punten)"),
            ),
            (
                "[Weging 25 %] Ervaring met inkoop in het sociaal domein.",
                Some("- Ervaring met inkoop in het sociaal domein. (Weging 25 %)"),
            ),
            (
                "(max. 10 points) Command of French or German. Level B2 gives 5 points; C1 gives 10 points.",
                Some("- Command of French or German. Level B2 gives 5 points; C1 gives 10 points. (max. 10 points)"),
            ),
            (
                "[tot 10 pnt] Kennis van de BNC-procedure en het opstellen van fiches.",
                Some("- Kennis van de BNC-procedure en het opstellen van fiches. (max. 10 pnt)"),
            ),
            (
                "(maximaal 15 punten) Ervaring met internationale organisaties zoals de OESO.",
                Some("- Ervaring met internationale organisaties zoals de OESO. (maximaal 15 punten)"),
            ),
            (
                "(up to 5 points) Experience with noise maps under the EU directive.",
                Some("- Experience with noise maps under the EU directive. (max. 5 points)"),
            ),
            ("20 punten voor de prijs en 10 voor het gesprek.", None),
            ("(zie ook bijlage 2) Ervaring met de Keur.", None),
            ("(10 punten voor de prijs, 20 voor het gesprek en de rest) Kwaliteit van het cv", None),
            ("[10 punten] Zie bijlage", None),
            ("2026: Ervaring met iets anders dan dit.", None),
        ] {
            assert_eq!(leading_weight(line).as_deref(), want, "{line}");
        }
    }

    /// Weights before each requirement, wrapped lines and levels under them: one item each.
    #[test]
    fn leading_weights_take_their_wrapped_lines() {
        let lines = clean_lines("[15 points] Experience with water sports organisations, marinas or\nmunicipalities in a water-rich region.\n  - 1 to 3 years: 5 points\n[10 points] Experience at Rijkswaterstaat or a province.\n");
        let got: Vec<String> = with_leading_weights_moved(&lines)
            .unwrap()
            .into_iter()
            .map(|l| l.text)
            .collect();
        assert_eq!(
            got,
            [
                "- Experience with water sports organisations, marinas or municipalities in a water-rich region. (max. 15 points)",
                "- 1 to 3 years: 5 points",
                "- Experience at Rijkswaterstaat or a province. (max. 10 points)",
            ]
        );
    }

    /// A staffel drawn as an ASCII table: its rows are levels, frames and header go.
    #[test]
    fn ascii_tables_become_levels() {
        let lines = clean_lines(
            "W1 Aantal begeleide aanbestedingen. Hiervoor geldt:\n+--------------------+--------+\n| Aantal             | Punten |\n+--------------------+--------+\n| 1 of 2             | 5      |\n| 3 of meer          | 15     |\n+--------------------+--------+\nW2 Kennis van de Aw 2012. (10 punten)\n",
        );
        let got: Vec<String> = with_ascii_tables_as_levels(&lines)
            .unwrap()
            .into_iter()
            .map(|l| l.text)
            .collect();
        assert_eq!(
            got,
            [
                "W1 Aantal begeleide aanbestedingen. Hiervoor geldt:",
                "- 1 of 2: 5 punten",
                "- 3 of meer: 15 punten",
                "W2 Kennis van de Aw 2012. (10 punten)",
            ]
        );
        assert!(with_ascii_tables_as_levels(&clean_lines("Ervaring met ---- en iets\n")).is_none());
        // Markdown: the header above the rule goes; rows of points are levels, other rows a
        // label and its value, the sum row no level.
        let lines = clean_lines(
            "Werkervaring binnen een GGD. Scoring:\n| Jaren | Punten |\n|---|---|\n| minder dan 2 jaar | 0 |\n| 4 jaar of meer | 15 |\n\n| Gegevens | Waarde |\n|----|----|\n| Opdrachtgever | GGD Gelderland-Zuid |\n| Prijs | 30 punten |\n| **Totaal** | **100** |\n",
        );
        let got: Vec<String> = with_ascii_tables_as_levels(&lines)
            .unwrap()
            .into_iter()
            .map(|l| l.text)
            .collect();
        assert_eq!(
            got,
            [
                "Werkervaring binnen een GGD. Scoring:",
                "- minder dan 2 jaar: 0 punten",
                "- 4 jaar of meer: 15 punten",
                "Opdrachtgever: GGD Gelderland-Zuid",
                "Prijs: 30 punten",
                "Totaal: 100",
            ]
        );
    }

    /// Labels followed by their text without field lines, or a single block: nothing changes.
    #[test]
    fn labels_without_fields_are_left_alone() {
        assert!(texts("Eis 1\nEen hbo-opleiding.\nEis 2\nDrie jaar ervaring.\n").is_empty());
        assert!(texts("Wens 1\nErvaring met de Woo.\nWeging\n25\n").is_empty());
    }
}
