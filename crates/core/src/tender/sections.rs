//! The structure of a posting: cleaned lines, section headings and list markers.

use super::vocab::{
    COMPETENCY_HEADINGS, CV_HEADINGS, INFO_CELLS, INTERVIEW_CELLS, ITEM_LABELS, KNOCKOUT_CELLS,
    KNOCKOUT_TAGS, KNOCKOUT_WORDS, LIST_ANNOUNCING_WORDS, OTHER_HEADINGS, PRICE_CELLS, QA_HEADINGS,
    QUESTION_KNOCKOUT_WORDS, QUESTION_WEIGHTED_WORDS, TIER_CELLS, WEIGHTED_CELLS, WEIGHTED_WORDS,
};
use crate::text::words as words_of;
use crate::text::{
    contains_word, fold, is_page_footer, strip_markdown, strip_pdf_question_marks, WordSet,
};
use std::sync::OnceLock;

/// One non-blank line of the posting after cleaning.
#[derive(Debug, Clone)]
pub struct Line {
    /// 1-based line number in the original text.
    pub no: usize,
    pub text: String,
    pub folded: String,
    /// A markdown heading ("## Opdracht") or a line wholly in bold.
    pub marked_heading: bool,
    /// A blank line came before it.
    pub after_blank: bool,
}

/// Splits and cleans the text: PDF '?' artefacts and markdown marks removed, page footers and
impl Line {
    /// A heading line a pre-pass puts before the line numbered `no` ("Knock-outcriteria" over a
    /// run of knock-outs), so the section reader opens the list as under a written heading.
    pub fn synthetic_heading(no: usize, text: &str) -> Line {
        Line {
            no,
            text: text.to_string(),
            folded: fold(text),
            marked_heading: true,
            after_blank: true,
        }
    }
}

/// The heading a pre-pass writes over a run of items of `kind`.
pub fn heading_for(kind: SectionKind) -> &'static str {
    match kind {
        SectionKind::Knockout => "Knock-outcriteria",
        _ => "Gunningscriteria",
    }
}

/// Whether `s` holds one of these ASCII bytes. A byte search (memchr) is much cheaper than a
/// search by a set of chars, and an ASCII byte never occurs inside another character.
pub(super) fn has_any_byte(s: &str, bytes: &[u8]) -> bool {
    bytes.iter().any(|b| s.as_bytes().contains(b))
}

/// blank lines dropped (blank lines are remembered, as PDF copies put them inside sentences).
pub fn clean_lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut after_blank = false;
    let raw_lines: Vec<&str> = text.lines().collect();
    // An e-mail that quotes the request ("> Eisen", ">"): the quote marks go first.
    let unquoted = quoted_email(&raw_lines).then(|| {
        raw_lines
            .iter()
            .map(|l| without_quote_marks(l))
            .collect::<Vec<&str>>()
    });
    let raw_lines = unquoted.unwrap_or(raw_lines);
    // "Nr.   Type   Omschrijving" typed in columns: its rows read as tab-separated ones.
    let fixed = super::fixed_width::with_tab_cells(&raw_lines);
    let raw_lines = match &fixed {
        Some(rows) => rows.iter().map(String::as_str).collect(),
        None => raw_lines,
    };
    let semicolon_rows = semicolon_rows(&raw_lines);
    // "Criterium | Toelichting | Wijze van toetsen": rows of a table with an explanation column.
    let headed_rows = super::columns::headed_rows(&raw_lines);
    let blank_at = |i: usize| raw_lines.get(i).is_none_or(|l| l.trim().is_empty());
    for (i, raw) in raw_lines.iter().enumerate() {
        let raw = raw.trim_end_matches('\r');
        let trimmed = raw.trim();
        // A bare number is a page number only when it stands alone between blank lines;
        // otherwise it is a value under its label ("Uren per week" / "32").
        if is_bare_number(trimmed) && !(i > 0 && blank_at(i - 1) && blank_at(i + 1)) {
            out.push(Line {
                no: i + 1,
                text: trimmed.to_string(),
                folded: trimmed.to_string(),
                marked_heading: false,
                after_blank,
            });
            after_blank = false;
            continue;
        }
        let marked_heading = trimmed.starts_with('#')
            || (trimmed.len() > 4
                && trimmed.starts_with("**")
                && trimmed.ends_with("**")
                && !trimmed[2..trimmed.len() - 2].contains("**"));
        // The clean-ups below copy the line; most lines need none of them.
        let raw = semicolon_rows[i].as_deref().unwrap_or(raw);
        let raw = headed_rows[i].as_deref().unwrap_or(raw);
        // Web copy with tags and entities ("<li>", "&amp;", "&nbsp;"): the text without them.
        let html;
        let raw = if may_hold_html(raw) {
            html = crate::cv::markup::plain(raw.to_string());
            html.as_str()
        } else {
            raw
        };
        let t = strip_pdf_question_marks(raw);
        let t = if has_any_byte(&t, b"*_#") {
            strip_markdown(&t)
        } else {
            t.trim().to_string()
        };
        let t = if t.contains('\u{a0}') {
            t.replace('\u{a0}', " ")
        } else {
            t
        };
        // "a.\tDe kandidaat …": Word's outline numbering puts a tab after the number.
        let t = match outline_tab(&t) {
            Some(at) => format!("{} {}", &t[..at], &t[at + 1..]),
            None => t,
        };
        // A table row has cells split by pipes or tabs.
        let t = if has_any_byte(&t, b"|\t") {
            table_row(&t).unwrap_or(t)
        } else {
            t
        };
        let t = t.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        // "[ Reageer op deze opdracht ]": a button of the page the text was copied from.
        let button = t.starts_with("[ ") && t.ends_with(" ]") && words_of(t).count() <= 7;
        // "------", "======", "____": a rule drawn between blocks separates as a blank line does.
        let rule = t.chars().count() >= 3 && t.chars().all(|c| "-=_*~─━═".contains(c));
        if t.is_empty() || is_page_footer(t) || button || rule {
            after_blank |= t.is_empty() || rule;
            continue;
        }
        out.push(Line {
            no: i + 1,
            text: t.to_string(),
            folded: fold(t),
            marked_heading,
            after_blank,
        });
        after_blank = false;
    }
    drop_repeated_page_headers(&mut out);
    out.retain(|l| !table_header_row(&l.text));
    out
}

/// Whether the text is an e-mail quoting the request: at least five lines start with '>' and
/// either one of them is an empty quoted line (">") or they are half the non-blank lines. A
/// few "> " bullets in a posting are no quote.
fn quoted_email(lines: &[&str]) -> bool {
    let quoted: Vec<&str> = lines
        .iter()
        .map(|l| l.trim_start())
        .filter(|l| l.starts_with('>'))
        .collect();
    let non_blank = lines.iter().filter(|l| !l.trim().is_empty()).count();
    quoted.len() >= 5
        && (quoted
            .iter()
            .any(|l| l.trim_start_matches('>').trim().is_empty())
            || quoted.len() * 2 >= non_blank)
}

/// "> > Eisen" → "Eisen", ">" → "": a line without its quote marks.
fn without_quote_marks(line: &str) -> &str {
    let mut t = line.trim_start();
    while let Some(rest) = t.strip_prefix('>') {
        t = rest
            .strip_prefix(' ')
            .unwrap_or(rest)
            .trim_start_matches(' ');
    }
    if line.trim_start().starts_with('>') {
        t
    } else {
        line
    }
}

/// Whether a line may hold HTML: a tag ("<li>", "</strong>", "<br>") or an entity ("&amp;").
fn may_hold_html(line: &str) -> bool {
    let b = line.as_bytes();
    b.iter().enumerate().any(|(i, &c)| match c {
        b'<' => b
            .get(i + 1)
            .is_some_and(|n| n.is_ascii_alphabetic() || *n == b'/'),
        b'&' => {
            let name = b[i + 1..]
                .iter()
                .take_while(|n| n.is_ascii_alphanumeric() || **n == b'#');
            let n = name.count();
            n >= 2 && b.get(i + 1 + n) == Some(&b';')
        }
        _ => false,
    })
}

/// Rows of a table exported with semicolons ("Nr;Soort;Omschrijving;Weging" over
/// "3;Wens;Ervaring met …;20") with their cells split by tabs, as the table reader knows them;
/// `None` for every other line. A table starts at a header row of known header words and ends
/// at the first line with fewer cells.
fn semicolon_rows(lines: &[&str]) -> Vec<Option<String>> {
    let mut out = vec![None; lines.len()];
    // Cheap test first: most postings hold no header row of semicolons.
    if !lines.iter().any(|l| l.matches(';').count() >= 2) {
        return out;
    }
    let mut width = 0;
    for (i, l) in lines.iter().enumerate() {
        let cells: Vec<&str> = l.split(';').map(str::trim).collect();
        if width == 0 {
            let header = cells.len() >= 3
                && cells
                    .iter()
                    .filter(|c| !c.is_empty())
                    .all(|c| HEADER_CELLS.contains(&fold(c).as_str()));
            if header {
                width = cells.len();
                out[i] = Some(cells.join("\t"));
            }
            continue;
        }
        if cells.len() + 1 < width || l.trim().is_empty() {
            width = 0;
            continue;
        }
        out[i] = Some(cells.join("\t"));
    }
    out
}

/// Words a criteria table's header row is made of. Reviewed data.
const HEADER_CELLS: &[&str] = &[
    "nr",
    "nr.",
    "nummer",
    "no",
    "no.",
    "#",
    "id",
    "code",
    "soort",
    "type",
    "kind",
    "categorie",
    "criterium",
    "criteria",
    "criterion",
    "eis",
    "eisen",
    "wens",
    "wensen",
    "omschrijving",
    "description",
    "weging",
    "gewicht",
    "weight",
    "punten",
    "points",
    "score",
    "toelichting",
    "knock-out",
    "ko",
];

/// The non-empty cells of a table row flattened with pipes or tabs, trimmed; a line without
/// them is one cell.
pub fn table_cells(text: &str) -> Vec<&str> {
    text.split(['|', '\t'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// "Nr | Soort | Criterium | Weging": a table's header row of three or more cells, all
/// column names. It names no criterion.
pub fn table_header_row(text: &str) -> bool {
    if !has_any_byte(text, b"|\t") {
        return false;
    }
    let cells: Vec<String> = table_cells(text).into_iter().map(fold).collect();
    cells.len() >= 3 && cells.iter().all(|c| HEADER_CELLS.contains(&c.as_str()))
}

/// A PDF copy repeats the page header ("Waterschap Rivierenland – Aanvraag inhuur WSRL-…") at
/// each page, often inside an item. A later line with the same words as one of the first three
/// lines (four words or more) is that header and goes.
fn drop_repeated_page_headers(lines: &mut Vec<Line>) {
    let key = |f: &str| -> String {
        f.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let first_word = |f: &str| -> String {
        f.split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("")
            .to_string()
    };
    let headers: Vec<(usize, String, String)> = lines
        .iter()
        .take(3)
        .filter(|l| words_of(&l.folded).nth(3).is_some())
        .map(|l| (l.folded.len(), first_word(&l.folded), key(&l.folded)))
        .collect();
    if headers.is_empty() || lines.len() <= 3 {
        return;
    }
    let mut k = 0;
    lines.retain(|l| {
        k += 1;
        // Only lines of about the header's length are compared (no key built for the rest).
        k <= 3
            || !headers.iter().any(|(len, first, h)| {
                // Length and first word before the whole key (built for few lines).
                l.folded.len().abs_diff(*len) <= 24
                    && l.folded
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .starts_with(first.as_str())
                    && key(&l.folded) == *h
            })
    });
}

/// A criteria table row flattened to text ("Eis 1 | Knock-out | De kandidaat … | n.v.t.",
/// "Wens 2\t15 punten\tWerkervaring met …\t15") written as a list item: its label, its own
/// words and its weight ("Wens 2 Werkervaring met … (15 punten)"). Other lines: `None`.
/// Where the tab after an outline number is ("a.\t…", "C.\t…", "ii.\t…", "2.1\t…", "•\t…"),
/// when it is the line's only tab: then it separates a marker from its text, not two cells.
fn outline_tab(t: &str) -> Option<usize> {
    let at = t.find('\t')?;
    let marker = t[..at].trim();
    let rest = &t[at + 1..];
    if rest.contains('\t') || rest.trim().is_empty() || marker.is_empty() || marker.len() > 6 {
        return None;
    }
    let body = marker.trim_end_matches(['.', ')']);
    let closed = body.len() < marker.len();
    // "a.", "C.", "ii.", "b)", "3.", "2.1": an outline number with its stop or dot.
    let lettered =
        closed && (1..=4).contains(&body.len()) && body.bytes().all(|b| b.is_ascii_alphabetic());
    // A bare "3" before a tab is a table's number cell, read as such by the row reader.
    let numbered = !body.is_empty()
        && (closed || body.contains('.'))
        && body.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let bullet = marker.chars().count() == 1 && !marker.chars().all(char::is_alphanumeric);
    (lettered || numbered || bullet).then_some(at)
}

pub fn table_row(text: &str) -> Option<String> {
    let cells = table_cells(text);
    if cells.len() < 3 {
        return None;
    }
    // The first cell is the row's label: "Eis 1", "W2", "K-3" or a bare number.
    let first = cells[0].trim_end_matches(['.', ':']);
    let type_cell = |words: &[&str]| {
        cells[1..]
            .iter()
            .find(|c| words.contains(&fold(c).as_str()))
            .is_some()
    };
    let last_number = || {
        cells[1..]
            .iter()
            .rev()
            .find_map(|c| bare_weight(c))
            .map(crate::warning::num)
    };
    // "5a | Trede | CISM of CISSP | 10": a level of the criterion above, as a sub-item.
    let sub_label = first.len() <= 3
        && first.starts_with(|c: char| c.is_ascii_digit())
        && first.ends_with(|c: char| c.is_ascii_lowercase());
    if sub_label && type_cell(TIER_CELLS) && cells.len() >= 4 {
        let own = cells[2..cells.len() - 1].join(" ");
        return Some(match last_number() {
            Some(n) => format!("- {own}: {n} punten"),
            None => format!("- {own}"),
        });
    }
    let bare = !first.is_empty() && first.len() <= 2 && first.bytes().all(|b| b.is_ascii_digit());
    if bare && cells.len() >= 3 {
        // Rows of the same table that are no criterion: the price and interview shares
        // ("12 | Prijs | … | 25") become a share line; information rows are dropped.
        if type_cell(PRICE_CELLS) {
            return Some(last_number().map_or(String::new(), |n| format!("Prijs: {n} punten")));
        }
        if type_cell(INTERVIEW_CELLS) {
            return Some(last_number().map_or(String::new(), |n| format!("Gesprek: {n} punten")));
        }
        if type_cell(INFO_CELLS) {
            return Some(String::new());
        }
    }
    let label = labelled(first).filter(|(_, _, start)| *start == first.len());
    let bare = !first.is_empty() && first.len() <= 2 && first.bytes().all(|b| b.is_ascii_digit());
    if label.is_none() && !bare {
        return kind_cell_row(&cells);
    }
    let (text_at, own) = cells
        .iter()
        .enumerate()
        .skip(1)
        .max_by_key(|(_, c)| c.len())?;
    let others = || {
        cells
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(i, _)| *i != text_at)
    };
    let cell_is = |words: &[&str]| others().any(|(_, c)| words.contains(&fold(c).as_str()));
    // A short requirement ("Rijbewijs B", "Kennis van SAP") is one when a cell says its kind.
    let kind_said = cell_is(KNOCKOUT_CELLS) || cell_is(WEIGHTED_CELLS);
    if words_of(own).count() < if kind_said { 2 } else { 4 } {
        return None;
    }
    let with_unit = others()
        .find_map(|(_, c)| super::points::points_expressions(c).into_iter().next())
        .map(|e| (e.value, e.percent));
    // A bare number is a weight only in a row that says what it is (label or kind cell).
    let said = label.is_some() || cell_is(KNOCKOUT_CELLS) || cell_is(WEIGHTED_CELLS);
    let weight = with_unit.or_else(|| {
        others()
            .rev()
            .find_map(|(_, c)| bare_weight(c))
            .filter(|_| said)
            .map(|v| (v, false))
    });
    let kind = label
        .and_then(|(k, _, _)| k)
        .or(if cell_is(KNOCKOUT_CELLS) {
            Some(SectionKind::Knockout)
        } else if cell_is(WEIGHTED_CELLS) || weight.is_some() {
            Some(SectionKind::Weighted)
        } else {
            None
        })?;
    let prefix = match (label, kind) {
        // "R1 | … | Knock-out", "A2 | … | Award | 10%": a label that names no kind gets the
        // kind its row's type cell gives, so the list it opens is the right one.
        (Some((None, n, _)), SectionKind::Knockout) => format!("Eis {n}"),
        (Some((None, n, _)), _) => format!("Wens {n}"),
        (Some(_), _) => first.to_string(),
        (None, SectionKind::Knockout) => format!("Eis {first}"),
        (None, _) => format!("Wens {first}"),
    };
    Some(match (kind, weight) {
        (SectionKind::Weighted, Some((v, pct))) => {
            // Named a weight, so level rows under it ("- CISM: 10 punten") stay levels.
            let unit = if pct { "%" } else { "punten" };
            format!("{prefix} {own} (weging {} {unit})", crate::warning::num(v))
        }
        _ => format!("{prefix} {own}"),
    })
}

/// "| Afgeronde hbo-opleiding | Knock-out | - |", "| Ervaring met KPI-gesprekken | Gunning |
/// 20 |": a row without label whose requirement is its longest cell and whose kind stands in a
/// cell of its own, written as an item with a trailing kind tag ("- … (gunning, 20 punten)"),
/// which `kind_tags` reads. `None`: no kind cell, or no requirement of four words.
fn kind_cell_row(cells: &[&str]) -> Option<String> {
    let (at, own) = cells.iter().enumerate().max_by_key(|(_, c)| c.len())?;
    words_of(own).nth(3)?;
    let others = || cells.iter().enumerate().filter(|(i, _)| *i != at);
    let is = |words: &[&str]| others().any(|(_, c)| words.contains(&fold(c).as_str()));
    if is(KNOCKOUT_CELLS) {
        return Some(format!("- {own} (knock-out)"));
    }
    if !is(WEIGHTED_CELLS) {
        return None;
    }
    let weight = others().rev().find_map(|(_, c)| {
        super::points::points_expressions(c)
            .into_iter()
            .next()
            .map(|e| (e.value, e.percent))
            .or_else(|| bare_weight(c).map(|v| (v, false)))
    });
    Some(match weight {
        Some((v, pct)) => {
            let unit = if pct { "%" } else { "punten" };
            format!("- {own} (gunning, {} {unit})", crate::warning::num(v))
        }
        None => format!("- {own} (gunning)"),
    })
}

/// A row of a weights table that names a criterion by its label and gives its weight only
/// ("W.1 | 25%", "Wens 2 | 15 punten", "K3 | 10"): the label's kind, its number and the weight
/// (value, percent). The criterion's words stand elsewhere; such a row is no criterion itself.
pub fn weight_row(text: &str) -> Option<(Option<SectionKind>, u32, f64, bool)> {
    // Cells are split by pipes or tabs; a line without them is no row.
    if !has_any_byte(text, b"|\t") {
        return None;
    }
    let cells = table_cells(text);
    if cells.len() != 2 {
        return None;
    }
    let first = cells[0].trim_end_matches(['.', ':']);
    let (kind, n, start) = labelled(first)?;
    if start != first.len() {
        return None;
    }
    let (value, percent) = match super::points::points_expressions(cells[1]).first() {
        Some(e) => (e.value, e.percent),
        None => (bare_weight(cells[1])?, false),
    };
    Some((kind, n, value, percent))
}

/// The cells of a row whose columns are aligned with spaces ("G1 Werkervaring Rijksoverheid
/// 10%" with three or more spaces before the weight), as PDF and plain-text tables print them.
fn space_cells(text: &str) -> Vec<&str> {
    text.split("   ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// A weights table row's cells: split by pipes or tabs, else aligned with spaces.
fn row_cells(text: &str) -> Vec<&str> {
    if has_any_byte(text, b"|\t") {
        table_cells(text)
    } else {
        space_cells(text)
    }
}

/// A row of a weights table that names a criterion by its label and a short name ("G1
/// Werkervaring Rijksoverheid | 10%", or aligned with spaces): the label's kind and number,
/// the weight (value, percent) and the label as written ("G1"). Whether the label names a
/// criterion written elsewhere is the caller's to check: a row alone is a criterion.
pub fn named_weight_row(text: &str) -> Option<(Option<SectionKind>, u32, f64, bool, String)> {
    let cells = row_cells(text);
    let [first, weight] = cells.as_slice() else {
        return None;
    };
    let first = first.trim_end_matches(['.', ':']);
    let (kind, n, start) = labelled(first)?;
    let name = first[start..].trim();
    // A short name: the criterion's words stand elsewhere.
    if name.is_empty() || words_of(name).nth(5).is_some() {
        return None;
    }
    let (value, percent) = match super::points::points_expressions(weight).first() {
        Some(e) if e.start == 0 => (e.value, e.percent),
        Some(_) => return None,
        None => (bare_weight(weight)?, false),
    };
    let label = first[..start].trim().to_string();
    Some((kind, n, value, percent, label))
}

/// A row of a weights table that is its header or its sum ("Criterium | Weging",
/// "Totaal | 100%"): neither a criterion nor a share.
pub fn weight_table_frame(text: &str) -> bool {
    // Cells are split by pipes or tabs, or aligned with spaces ("Totaal      100%").
    let cells: Vec<String> = row_cells(text).into_iter().map(fold).collect();
    if cells.len() != 2 {
        return false;
    }
    let header = [
        "criterium",
        "criteria",
        "criterion",
        "onderdeel",
        "wens",
        "item",
    ];
    let weight = ["weging", "gewicht", "weight", "punten", "points", "score"];
    let total = ["totaal", "total", "som", "totaal kwaliteit"];
    (header.contains(&cells[0].as_str()) && weight.contains(&cells[1].as_str()))
        || total.contains(&cells[0].as_str())
}

/// A weight cell without unit: "15", "max. 15", "maximaal 15" (at most 100).
fn bare_weight(cell: &str) -> Option<f64> {
    let f = fold(cell);
    let n = ["maximaal", "max.", "max", "maximum"]
        .iter()
        .find_map(|w| f.strip_prefix(w))
        .unwrap_or(&f)
        .trim();
    n.parse::<u32>().ok().filter(|v| *v <= 100).map(f64::from)
}

fn is_bare_number(s: &str) -> bool {
    !s.is_empty() && s.len() <= 3 && s.chars().all(|c| c.is_ascii_digit())
}

/// What a heading announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    Knockout,
    Weighted,
    Competencies,
    CvRequirements,
    Questions,
    /// Any other section: ends the one before it.
    Other,
}

/// A recognised heading, possibly with content after a colon ("CV-eisen: maximaal 5 pagina's").
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    pub kind: SectionKind,
    /// "totaal 100 punten" in the heading.
    pub stated_total: Option<f64>,
    pub inline_rest: Option<String>,
}

/// A sentence of four words or more ends inside the text and another starts after it
/// ("… prijs-kwaliteitverhouding. De prijs weegt"); "Art. 5 Eisen" and "Nr. 3" do not.
fn ends_sentence_inside(folded: &str) -> bool {
    folded.match_indices(". ").any(|(at, _)| {
        let before = &folded[..at];
        let after = folded[at + 2..].trim_start();
        words_of(before).nth(3).is_some()
            && !before.ends_with(|c: char| c.is_ascii_digit())
            && words_of(after)
                .next()
                .is_some_and(|w| w.chars().all(char::is_alphabetic))
    })
}

/// Classifies `line` as a heading, or `None` when it is content.
pub fn heading(line: &Line) -> Option<Heading> {
    heading_given(line, list_marker(&line.text).is_some())
}

/// `heading` for a line whose list marker was read already (`has_marker`: `list_marker` of its
/// text is `Some`), so a reader that asks of every line reads each marker once.
pub fn heading_given(line: &Line, has_marker: bool) -> Option<Heading> {
    if has_marker && !line.marked_heading {
        return None;
    }
    let text = line.text.trim();
    let f = line.folded.trim();
    // "Wat moet de kandidaat hebben? (knock-out)", "Waarmee verdien je punten? (kwaliteit 60
    // punten …)": a question over a list names its kind.
    if let Some(kind) = question_heading(f) {
        return Some(Heading {
            kind,
            stated_total: None,
            inline_rest: None,
        });
    }
    // "CV-eisen: Maximaal 5 pagina's": a short label before a colon, content after it.
    let colon = f
        .find(':')
        .filter(|&p| p > 0 && !f[p + 1..].trim().is_empty() && words_of(&f[..p]).nth(6).is_none());
    let head = match colon {
        Some(p) => f[..p].trim(),
        None => f.trim_end_matches(':').trim(),
    };
    // The cheap tests first: most lines are prose and fail one of them. At most twelve words;
    // counting stops at the thirteenth.
    let shaped_like_heading = line.marked_heading
        || (head.len() <= 100
            && !head.ends_with(['.', ';', ','])
            && head
                .chars()
                .next()
                .is_some_and(|c| !c.is_lowercase() || text.starts_with(char::is_uppercase))
            && words_of(head).nth(12).is_none());
    // "Gunning vindt plaats op basis van de beste prijs-kwaliteitverhouding. De prijs weegt":
    // a sentence ended inside the line is prose.
    if !shaped_like_heading || ends_sentence_inside(head) {
        return None;
    }
    // "Ja. De eis wordt gewijzigd in: …", "No, requirement 2 stays": an answer, not a heading.
    if ["ja", "nee", "yes", "no"].iter().any(|w| {
        f.strip_prefix(w)
            .is_some_and(|r| r.starts_with(['.', ',', ';']))
    }) {
        return None;
    }
    // Starts lower case in the original: a wrapped line, not a heading.
    if text.starts_with(char::is_lowercase) && !line.marked_heading {
        return None;
    }
    if weight_of_item_above(f) {
        return None;
    }
    // "Nota van inlichtingen      uiterlijk 08-12-2026": a label and its value in aligned
    // columns is a term, not a heading.
    if let Some(gap) = text.find("   ").or_else(|| text.find('\t')) {
        let value = text[gap..].trim();
        if gap > 0 && value.contains(|c: char| c.is_ascii_digit()) {
            return None;
        }
    }
    let inline_rest = colon.map(|_| {
        text.get(text.find(':').map_or(0, |q| q + 1)..)
            .unwrap_or("")
            .trim()
            .to_string()
    });
    // "Gunningscriteria (kwaliteit 55 punten, prijs 25 punten, interview 20 punten)": the words
    // before a closing bracket name the list; the shares in it do not make it a price heading.
    let before_bracket = head
        .strip_suffix(')')
        .and_then(|h| h.rfind('(').map(|o| h[..o].trim()))
        .filter(|h| !h.is_empty())
        .and_then(|h| classify(h, false))
        .filter(|k| matches!(k, SectionKind::Knockout | SectionKind::Weighted));
    let kind = match before_bracket {
        Some(k) => k,
        None => classify(head, colon.is_none() && f.ends_with(':'))?,
    };
    // "Wishes: 80 % · Hourly rate: 20 %": a share of the award, not a heading over a list.
    // "Beoordeling: kwaliteit cv 80 punten, gesprek 20 punten": a statement of weights.
    let rest_is_weight = |r: &str| !super::points::points_expressions(r).is_empty();
    if (matches!(kind, SectionKind::Knockout | SectionKind::Weighted)
        && inline_rest
            .as_deref()
            .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit())))
        || inline_rest.as_deref().is_some_and(rest_is_weight)
    {
        return None;
    }
    let stated_total = if matches!(kind, SectionKind::Weighted) {
        stated_total(head)
    } else {
        None
    };
    let inline_rest = if inline_rest.is_some() && matches!(kind, SectionKind::Other) {
        None
    } else {
        inline_rest
    };
    Some(Heading {
        kind,
        stated_total,
        inline_rest,
    })
}

/// "Deze wens telt voor maximaal 30 % van de kwaliteitsscore, volgens onderstaande staffel:",
/// "Dit criterium weegt 15 punten als volgt:", "This criterion counts for 20 %, as follows:": a
/// sentence about the item above (a demonstrative, a weight phrase and a number) that
/// announces its levels is part of that item, not a heading over a new list.
fn weight_of_item_above(f: &str) -> bool {
    ["deze ", "dit ", "this "].iter().any(|w| f.starts_with(w))
        && f.bytes().any(|b| b.is_ascii_digit())
        && super::vocab::ITEM_WEIGHT_PHRASES
            .iter()
            .any(|w| f.contains(w))
}

/// A heading asked as a question ("Wat moet je meebrengen? (knock-out)", "Waarmee scoor je
/// punten?", "What do you need to bring?"): knock-outs when it speaks of musts or carries a
/// knock-out tag, weighted criteria when it speaks of points or scoring.
fn question_heading(f: &str) -> Option<SectionKind> {
    // "Vraag 3: Hoeveel punten levert wens 1 op?": a published question, not a list's heading.
    if ["vraag", "question", "q:", "q "]
        .iter()
        .any(|w| f.starts_with(w))
    {
        return None;
    }
    let q = f.find('?')?;
    let (question, after) = (&f[..q], f[q + 1..].trim());
    if words_of(question).nth(10).is_some() || !(after.is_empty() || after.starts_with('(')) {
        return None;
    }
    let has = |words: &[&str], s: &str| words.iter().any(|w| s.contains(w));
    // "Wat vragen wij? (eisen – voldoe je hier niet aan, dan …)": the bracket names the kind.
    let eisen = contains_word(after, "eisen") || contains_word(after, "eis");
    if has(KNOCKOUT_WORDS, after)
        || eisen
        || has(super::vocab::ELIMINATION_WORDS, after)
        || has(QUESTION_KNOCKOUT_WORDS, question)
    {
        return Some(SectionKind::Knockout);
    }
    if has(WEIGHTED_WORDS, after) || has(QUESTION_WEIGHTED_WORDS, question) {
        return Some(SectionKind::Weighted);
    }
    None
}

/// `announces`: the line ends in a colon, announcing the list below it.
fn classify(head: &str, announces: bool) -> Option<SectionKind> {
    let head = without_section_number(head);
    // A phase of the assessment over its own list: "Fase 1 – Geschiktheid (pass/fail)" holds
    // the knock-outs, "Fase 2 – Gunning" the wensen.
    if let Some(kind) = phase_heading(head) {
        return Some(kind);
    }
    // Steps of the assessment procedure mention criteria without listing them.
    if head.starts_with("stap ")
        || head.starts_with("fase ")
        || (head.starts_with("beoordeling") && !head.starts_with("beoordelingscriteri"))
        || head.starts_with("step ")
    {
        return Some(SectionKind::Other);
    }
    let starts_any = |list: &[&str]| list.iter().any(|w| head.starts_with(w));
    // "Tabel 2 – Scoring wens 1", "Puntentoekenning criterium 3": about one criterion (its
    // tiers), not a list of them.
    if criterion_reference(head).is_some() {
        return Some(SectionKind::Other);
    }
    if starts_any(CV_HEADINGS) {
        return Some(SectionKind::CvRequirements);
    }
    if starts_any(COMPETENCY_HEADINGS) {
        return Some(SectionKind::Competencies);
    }
    if starts_any(QA_HEADINGS) {
        return Some(SectionKind::Questions);
    }
    // Each list searched in one pass over the line (asked of every heading-shaped line).
    static KNOCKOUT: OnceLock<WordSet> = OnceLock::new();
    static KNOCKOUT_TRIMMED: OnceLock<WordSet> = OnceLock::new();
    static WEIGHTED_TRIMMED: OnceLock<WordSet> = OnceLock::new();
    let trimmed = |words: &[&'static str]| {
        WordSet::new(&words.iter().map(|w| w.trim_end()).collect::<Vec<_>>())
    };
    let knockout_words = KNOCKOUT.get_or_init(|| WordSet::new(KNOCKOUT_WORDS));
    let knockout_trimmed = KNOCKOUT_TRIMMED.get_or_init(|| trimmed(KNOCKOUT_WORDS));
    let weighted_trimmed = WEIGHTED_TRIMMED.get_or_init(|| trimmed(WEIGHTED_WORDS));
    // "eis" and "eisen" as words hold the substring "eis" (a quick search first).
    let eis_word =
        |s: &str| s.contains("eis") && (contains_word(s, "eisen") || contains_word(s, "eis"));
    let knockout = knockout_words.any_in(head) || eis_word(head);
    let weighted = weighted_trimmed.any_in(head) && !head.contains("gewenste startdatum");
    // The criteria keyword must lead the heading, not sit in a sentence about something else.
    let mut leading = head
        .split_whitespace()
        .take(5)
        .collect::<Vec<_>>()
        .join(" ");
    // "De kwaliteit van het cv wordt beoordeeld op de volgende wensen:": a sentence that
    // announces the list below names its kind right after "volgende", not at its start.
    if announces {
        if let Some(p) = LIST_ANNOUNCING_WORDS.iter().find_map(|w| head.find(w)) {
            leading.push(' ');
            leading.push_str(&head[p..]);
        }
    }
    let leads = |words: &WordSet| words.any_in(&leading) || eis_word(&leading);
    // "Weging prijsdeel", "Gesprekkenronde (weging 45 %)": shares of the award, not criteria.
    if weighted
        && ["prijs", "price", "gesprek", "interview"]
            .iter()
            .any(|w| head.contains(w))
    {
        return Some(SectionKind::Other);
    }
    match (knockout, weighted) {
        (true, true) => {
            // "Eisen en wensen" announces both; the sub-headings decide. "Knock-out … (weging)" stays knock-out.
            if head.contains("knock") || head.contains("vereisten") {
                Some(SectionKind::Knockout)
            } else {
                Some(SectionKind::Other)
            }
        }
        (true, false) if leads(knockout_trimmed) => Some(SectionKind::Knockout),
        (false, true) if weighted_trimmed.any_in(&leading) => Some(SectionKind::Weighted),
        _ => {
            // "Vragenlijst 3 – Prijs", "Onderdeel C: gesprek": a short heading over the price or
            // the interview, which are no criteria.
            // A word alone ("Tarief") may be a block's category instead.
            let last = words_of(head).last().unwrap_or("");
            if words_of(head).nth(1).is_some()
                && words_of(head).nth(4).is_none()
                && (PRICE_CELLS.contains(&last) || INTERVIEW_CELLS.contains(&last))
            {
                return Some(SectionKind::Other);
            }
            // The heading word alone, or followed by a space or colon (no allocation per word).
            let first = head.as_bytes().first();
            if OTHER_HEADINGS.iter().any(|w| {
                // The first byte first: most of the list is passed over without a comparison.
                w.as_bytes().first() == first
                    && head
                        .strip_prefix(w)
                        .is_some_and(|r| r.is_empty() || r.starts_with([' ', ':']))
            }) {
                Some(SectionKind::Other)
            } else {
                None
            }
        }
    }
}

/// "fase 1 – geschiktheid (pass/fail)", "stap 2: gunning", "phase 1 - requirements": a numbered
/// phase or step whose name after the dash or colon says which list it holds. `None`: no
/// such heading, or a name that says neither (then it is a step of the procedure).
fn phase_heading(head: &str) -> Option<SectionKind> {
    let rest = ["fase ", "stap ", "phase ", "step "]
        .iter()
        .find_map(|p| head.strip_prefix(p))?;
    let (_, name) = rest.split_once(['–', '-', ':', '—'])?;
    let name = name.trim();
    let has = |words: &[&str]| words.iter().any(|w| name.contains(w));
    if has(&[
        "pass/fail",
        "geschiktheid",
        "knock-out",
        "eisen",
        "requirements",
        "minimum",
    ]) {
        Some(SectionKind::Knockout)
    } else if has(&[
        "gunning",
        "wensen",
        "award",
        "scoring",
        "kwaliteit",
        "quality",
    ]) {
        Some(SectionKind::Weighted)
    } else {
        None
    }
}

/// "5 nota van inlichtingen", "4.2 vragen en antwoorden", "iv. beoordeling": a folded heading
/// without the section number before its words, which only places it in the document.
fn without_section_number(original: &str) -> &str {
    let head = original;
    // "hoofdstuk 3 eisen", "chapter 2 requirements": the word for a part of the document first.
    let head = [
        "hoofdstuk ",
        "paragraaf ",
        "chapter ",
        "section ",
        "onderdeel ",
        "deel ",
    ]
    .iter()
    .find_map(|w| head.strip_prefix(w))
    .map_or(head, |r| r);
    let token = head.split_whitespace().next().unwrap_or("");
    let bare = token.trim_end_matches(['.', ')']);
    let numbered = !bare.is_empty()
        // "5", "4.2", "3.1.2": parts of one or two digits (a year is no section number).
        && (bare
            .split('.')
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
            || bare.len() <= 4 && bare.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')));
    let rest = head[token.len()..].trim_start();
    if numbered && rest.starts_with(char::is_alphabetic) {
        rest
    } else {
        original
    }
}

/// "(weging, totaal 100 punten)", "(weighting, 100 points)" → 100.
pub(super) fn stated_total(head: &str) -> Option<f64> {
    let from = head
        .find("totaal")
        .or_else(|| head.find("total"))
        .unwrap_or(0);
    super::points::points_expressions(&head[from..])
        .first()
        .filter(|e| !e.percent)
        .map(|e| e.value)
}

/// The kind of mark that starts a list item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    Number,
    Letter,
    Bullet,
    /// "4.1", "3.2." under a numbered heading: one level below the section's number.
    SubNumber,
    /// "Eis 3", "Wens 2", "K1", "Criterium 4".
    Labelled,
}

/// A list item's mark: its kind, the number it prints, and where its own words start.
pub fn list_marker(line: &str) -> Option<(MarkerKind, Option<u32>, usize)> {
    let t = line.trim_start();
    let offset = line.len() - t.len();
    let b = t.as_bytes();
    // A line that starts with a letter or digit (other than the bullet "o") has no bullet.
    let plain_start = t
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() && c != 'o');
    // Bullets.
    for bullet in [
        "- ",
        "• ",
        "* ",
        "· ",
        "▪ ",
        "◦ ",
        "► ",
        "‣ ",
        "– ",
        "o ",
        "•\t",
        "-\t",
        "",
        "● ",
        "■ ",
        "✓ ",
        "> ",
        "\u{f0b7} ",
        // Glyphs of portals and Word's bullet fonts: check marks, diamonds, arrows, stars.
        "✔ ",
        "☑ ",
        "◆ ",
        "◇ ",
        "❖ ",
        "➤ ",
        "➢ ",
        "▶ ",
        "▸ ",
        "→ ",
        "⇒ ",
        "✦ ",
        "★ ",
        "» ",
        "\u{f0a7} ",
        "\u{f0d8} ",
    ] {
        if !plain_start && !bullet.is_empty() && t.starts_with(bullet) && t.len() > bullet.len() {
            let mut words = offset
                + bullet.len()
                + (t.len() - bullet.len() - t[bullet.len()..].trim_start().len());
            // "- [ ] Je hebt …" (a Markdown check list): the box after the bullet is no word.
            if let Some(rest) = ["[ ] ", "[x] ", "[X] ", "☐ ", "☑ ", "☒ "]
                .iter()
                .find_map(|b| line[words..].strip_prefix(b))
            {
                words = line.len() - rest.trim_start().len();
            }
            // "- MUST 1: …", "• Eis 3: …": the label after the bullet is no part of the words.
            let after_label = labelled(&line[words..])
                .filter(|(_, _, start)| *start < line.len() - words)
                .map_or(words, |(_, _, start)| words + start);
            return Some((MarkerKind::Bullet, None, after_label));
        }
    }
    // "-Meer dan", "•Ervaring": a bullet glued to a capital.
    for bullet in ['-', '•', '–', '▪'].into_iter().filter(|_| !plain_start) {
        if let Some(rest) = t.strip_prefix(bullet) {
            if rest.starts_with(char::is_uppercase) {
                return Some((MarkerKind::Bullet, None, offset + bullet.len_utf8()));
            }
        }
    }
    // "1.", "1)", "12.", "1:" "1 -" followed by words.
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=2).contains(&digits) {
        let rest = &t[digits..];
        let n: u32 = t[..digits].parse().ok()?;
        for sep in [". ", ") ", ".\t", ")\t", ": ", " - ", " – ", " ) "] {
            if let Some(after) = rest.strip_prefix(sep) {
                let words = after.trim_start();
                // "2. " followed by a number is a date or amount, not an item.
                if words.is_empty() {
                    return None;
                }
                return Some((MarkerKind::Number, Some(n), offset + t.len() - words.len()));
            }
        }
        // "1   Ervaring met toezicht op …": a number set off by spaces or a tab, as a number
        // column prints, before a requirement of four words or more. A chapter heading ("5
        // Gunningscriteria", "3  Procedure ..... 4") is shorter or ends in a page number.
        if rest.starts_with('\t') || rest.starts_with("  ") {
            let words = rest.trim_start();
            if words.starts_with(char::is_uppercase)
                && words.split_whitespace().nth(3).is_some()
                && !words.contains("..")
                && !words.ends_with(|c: char| c.is_ascii_digit())
            {
                return Some((MarkerKind::Number, Some(n), offset + t.len() - words.len()));
            }
        }
        // "1.Een afgeronde", glued.
        if (rest.starts_with('.') || rest.starts_with(')'))
            && rest[1..].starts_with(char::is_alphabetic)
        {
            return Some((MarkerKind::Number, Some(n), offset + digits + 1));
        }
        // "4.1 De aangeboden …", "3.2. Minimaal …", "6.2.1 De kandidaat …": the item number
        // is the last part.
        let mut sub = rest;
        let mut last: Option<&str> = None;
        while let Some(s2) = sub.strip_prefix('.') {
            let d2 = s2.bytes().take_while(|c| c.is_ascii_digit()).count();
            if !(1..=2).contains(&d2) {
                break;
            }
            last = Some(&s2[..d2]);
            sub = &s2[d2..];
        }
        if let Some(m) = last {
            let after = sub.strip_prefix('.').unwrap_or(sub);
            let words = after.trim_start();
            if after.starts_with([' ', '\t']) && words.starts_with(char::is_uppercase) {
                let m: u32 = m.parse().ok()?;
                return Some((
                    MarkerKind::SubNumber,
                    Some(m),
                    offset + t.len() - words.len(),
                ));
            }
        }
        return None;
    }
    // "a. ", "b) ".
    if b.len() > 3 && b[0].is_ascii_lowercase() && (b[1] == b'.' || b[1] == b')') && b[2] == b' ' {
        return Some((
            MarkerKind::Letter,
            Some((b[0] - b'a' + 1) as u32),
            offset + 3,
        ));
    }
    // "A. Ervaring met …", "B) Experience with …": a capital A–H before a sentence of
    // several words (not an initial: "A. Jansen").
    // The letter may stand apart in a column of its own ("A.  Ervaring", "B)\tKennis").
    if b.len() > 3
        && (b'A'..=b'H').contains(&b[0])
        && (b[1] == b'.' || b[1] == b')')
        && (b[2] == b' ' || b[2] == b'\t')
    {
        let words = t[3..].trim_start();
        if words.starts_with(char::is_uppercase) && words_of(words).nth(3).is_some() {
            return Some((
                MarkerKind::Letter,
                Some((b[0] - b'A' + 1) as u32),
                offset + t.len() - words.len(),
            ));
        }
    }
    // "criterium 2 (de hoogste trede telt)" in lower case continues a sentence wrapped above.
    if t.starts_with(char::is_lowercase) {
        return None;
    }
    labelled(t)
        .map(|(_, n, start)| (MarkerKind::Labelled, Some(n), offset + start))
        .or_else(|| {
            letter_code(t).map(|(n, start)| (MarkerKind::Labelled, Some(n), offset + start))
        })
}

/// "A1  Afgeronde hbo-opleiding …", "B3\tErvaring met …": a form's code of a capital and a
/// number set off by a tab or two spaces before a requirement of four words or more (a
/// language level such as "B2 Nederlands" is followed by one space). The number and where the
/// words start.
fn letter_code(t: &str) -> Option<(u32, usize)> {
    let b = t.as_bytes();
    if !b.first()?.is_ascii_uppercase() {
        return None;
    }
    let digits = b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let rest = &t[1 + digits..];
    if !(rest.starts_with('\t') || rest.starts_with("  ")) {
        return None;
    }
    let words = rest.trim_start();
    (words.starts_with(char::is_uppercase) && words.split_whitespace().nth(3).is_some())
        .then(|| (t[1..1 + digits].parse().ok(), t.len() - words.len()))
        .and_then(|(n, at)| n.map(|n| (n, at)))
}

/// "K1 ", "W2.", "E3:", "Eis 1:", "Wens 2 –", "Criterium 4:", "AC3.": the label's kind (see
/// `vocab::ITEM_LABELS`), its number and where the words start in `t`.
fn labelled(t: &str) -> Option<(Option<SectionKind>, u32, usize)> {
    if !may_start_numbered_label(t) {
        return None;
    }
    // A label, its number and the marks after it sit in the first few dozen characters: fold
    // only those, and the whole line only when the answer runs up to the cut.
    let cut = t.char_indices().nth(32).map_or(t.len(), |(i, _)| i);
    if cut < t.len() {
        if let Ok(found) = labelled_in(t, &fold(&t[..cut]), true) {
            return found;
        }
    }
    labelled_in(t, &fold(t), false).ok().flatten()
}

/// `labelled` on `f`, the folded text or (`cut`) the folded start of it. `Err` when the start
/// does not tell: what follows the cut could change the answer.
#[allow(clippy::type_complexity)]
fn labelled_in(
    t: &str,
    f: &str,
    cut: bool,
) -> Result<Option<(Option<SectionKind>, u32, usize)>, ()> {
    for &(label, kind) in ITEM_LABELS {
        if let Some(rest) = f.strip_prefix(label) {
            // "K.1", "W.2", "KO.1", "E.3", "KO-1", "SC-2": a short label joined to its number
            // by a dot or a hyphen.
            let rest = match rest.strip_prefix(['.', '-']) {
                Some(r) if label.len() <= 3 && r.starts_with(|c: char| c.is_ascii_digit()) => r,
                Some("") if cut => return Err(()),
                _ => rest,
            };
            let rest_trim = rest.trim_start();
            let d = rest_trim.bytes().take_while(|c| c.is_ascii_digit()).count();
            if cut && d == rest_trim.len() {
                return Err(());
            }
            if d == 0 || d > 2 || (label.len() <= 2 && rest.len() != rest_trim.len()) {
                continue;
            }
            let Ok(mut n) = rest_trim[..d].parse::<u32>() else {
                return Ok(None);
            };
            let mut after = &rest_trim[d..];
            // "Vraag 2.3", "Eis 4.1.2": a section's number before the item's; the last counts.
            while let Some(sub) = after.strip_prefix('.') {
                let d2 = sub.bytes().take_while(|c| c.is_ascii_digit()).count();
                if !(1..=2).contains(&d2) || label.len() <= 2 {
                    break;
                }
                if cut && d2 == sub.len() {
                    return Err(());
                }
                n = sub[..d2].parse().unwrap_or(n);
                after = &sub[d2..];
            }
            let after_trim = after.trim_start_matches([' ', '.', ':', ')', '-', '–', '\t']);
            if cut && after_trim.is_empty() {
                return Err(());
            }
            if after_trim.len() == after.len() && !after.is_empty() {
                continue;
            }
            // Folding maps one character to one, so character counts carry over to `t`.
            let consumed_chars = f[..f.len() - after_trim.len()].chars().count();
            let start = t
                .char_indices()
                .nth(consumed_chars)
                .map_or(t.len(), |(i, _)| i);
            return Ok(Some((kind, n, start)));
        }
    }
    Ok(None)
}

/// Whether `t` could start with one of `ITEM_LABELS`: its first character, folded, starts one.
/// A cheap test that spares folding every line (most lines start with no label's letter).
fn may_start_label(t: &str) -> bool {
    match t.as_bytes().first() {
        Some(b) if b.is_ascii() => {
            let b = b.to_ascii_lowercase();
            ITEM_LABELS
                .iter()
                .any(|(l, _)| l.as_bytes().first() == Some(&b))
        }
        // Folding may turn a non-ASCII letter into a label's first letter ("É" → "e").
        Some(_) => true,
        None => false,
    }
}

/// Whether `t` could start with a label and its number as `labelled_in` reads them: a label,
/// maybe a dot or hyphen, maybe spaces, then a digit ("Eis 3", "K1", "W.2"). A cheap test that
/// spares folding most lines that start with a label's letter ("Ervaring", "Kennis"). Only an
/// ASCII start is judged, where folding is lower-casing; any other start passes.
fn may_start_numbered_label(t: &str) -> bool {
    if !may_start_label(t) {
        return false;
    }
    let b = t.as_bytes();
    ITEM_LABELS.iter().any(|(label, _)| {
        let l = label.as_bytes();
        if b.len() < l.len() {
            // Too short for the label unless a longer character folds into it.
            return !b.is_ascii();
        }
        if !b[..l.len()].is_ascii() {
            return true;
        }
        if !b[..l.len()].eq_ignore_ascii_case(l) {
            return false;
        }
        let mut rest = &b[l.len()..];
        if let [b'.' | b'-', r @ ..] = rest {
            rest = r;
        }
        // Spaces as `str::trim_start` skips them; a non-ASCII character may be one.
        for &c in rest {
            match c {
                b'0'..=b'9' => return true,
                b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' => {}
                _ => return !c.is_ascii(),
            }
        }
        false
    })
}

/// A criterion named inside a line ("Scoring wens 1", "zie criterium 3"): its kind and number.
pub fn criterion_reference(folded: &str) -> Option<(Option<SectionKind>, u32)> {
    let words: Vec<&str> = words_of(folded).collect();
    words.windows(2).find_map(|w| {
        // A label's number is an ASCII digit, which folding makes of no other character.
        if !may_start_label(w[0]) || !w.iter().any(|x| x.bytes().any(|b| b.is_ascii_digit())) {
            return None;
        }
        let (kind, n, start) = labelled(&format!("{} {}", w[0], w[1]))?;
        (start >= w[0].len()).then_some((kind, n))
    })
}

/// Where a trailing knock-out tag starts ("Je bent BIG-geregistreerd arts. (knock-out)",
/// "… in Utrecht [KO]"), when the words before it are a requirement, not a heading.
pub fn knockout_tag_at(text: &str) -> Option<usize> {
    let t = text.trim_end();
    // Tags are lower case and ASCII apart from the dash: an ASCII-case-blind comparison of the
    // line's last bytes finds them without copying the line.
    let b = t.as_bytes();
    let last = *b.last()?;
    // The last byte first: most lines end in no tag's last byte.
    let tag = KNOCKOUT_TAGS.iter().find(|w| {
        b.len() >= w.len()
            && w.as_bytes()
                .last()
                .is_some_and(|l| l.eq_ignore_ascii_case(&last))
            && b[b.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
    })?;
    let at = t.len() - tag.len();
    let before = t[..at].trim_end();
    let words = words_of(before).count();
    let l = Line {
        no: 0,
        folded: fold(before),
        text: before.to_string(),
        marked_heading: false,
        after_blank: false,
    };
    // "Wat moet de kandidaat hebben? (knock-out)" is a heading that asks, not an item.
    if before.ends_with(['?', ':']) {
        return None;
    }
    let sentence = before.ends_with(['.', ';']) && words >= 3;
    (sentence || (words >= 5 && heading(&l).is_none())).then_some(at)
}

/// A cell or word that is a label and its number and nothing more ("S1", "G-1", "KO.2",
/// "Wens 3"): the label's kind and the number.
pub fn labelled_code(code: &str) -> Option<(Option<SectionKind>, u32)> {
    labelled(code)
        .filter(|(_, _, start)| *start == code.len())
        .map(|(k, n, _)| (k, n))
}

/// The kind of criterion a line's label announces ("Wens 3 …", "- SHOULD 2: …" → weighted),
/// if any. A bullet before the label is passed over.
pub fn label_kind(line: &str) -> Option<SectionKind> {
    let t = line.trim_start();
    let t = match list_marker(t) {
        // The bullet's marker starts the words after the label: take the bullet off alone.
        Some((MarkerKind::Bullet, _, _)) => t
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_start(),
        _ => t,
    };
    labelled(t).and_then(|(k, _, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> Line {
        Line {
            no: 1,
            text: text.into(),
            folded: fold(text),
            marked_heading: text.starts_with('#'),
            after_blank: true,
        }
    }

    fn kind(text: &str) -> Option<SectionKind> {
        let l = clean_lines(text).into_iter().next().unwrap();
        heading(&l).map(|h| h.kind)
    }

    /// Dotted and hyphenated labels: "K.1", "W.1", "KO.1", "E.2", "KO-1", "SC-2" are stripped
    /// like "K1".
    #[test]
    fn dotted_labels() {
        for (t, want_kind, want_n, words) in [
            (
                "K.1 Afgeronde wo-opleiding.",
                Some(SectionKind::Knockout),
                1,
                "Afgeronde",
            ),
            (
                "KO-1  Een afgeronde opleiding op hbo-niveau.",
                Some(SectionKind::Knockout),
                1,
                "Een",
            ),
            (
                "SC-2  Ervaring met de UAV-GC 2005. 10 punten.",
                Some(SectionKind::Weighted),
                2,
                "Ervaring",
            ),
            (
                "W-4 Kennis van de Omgevingswet.",
                Some(SectionKind::Weighted),
                4,
                "Kennis",
            ),
            (
                "W.3 Kennis van de GEMMA.",
                Some(SectionKind::Weighted),
                3,
                "Kennis",
            ),
            (
                "KO.2 Minimaal 5 jaar ervaring.",
                Some(SectionKind::Knockout),
                2,
                "Minimaal",
            ),
            (
                "E.2: In bezit van VCA.",
                Some(SectionKind::Knockout),
                2,
                "In",
            ),
            (
                "W.12 - Ervaring met SAP.",
                Some(SectionKind::Weighted),
                12,
                "Ervaring",
            ),
        ] {
            let (k, n, start) = labelled(t).unwrap_or_else(|| panic!("{t}"));
            assert_eq!((k, n), (want_kind, want_n), "{t}");
            assert!(t[start..].starts_with(words), "{t}");
        }
        // Questionnaire and MoSCoW labels: a section number before the item's, the label's
        // own kind where it has one.
        for (t, want_kind, want_n, words) in [
            ("Vraag 2.3 Omschrijving volgt.", None, 3, "Omschrijving"),
            (
                "Question 4: Experience with tunnels.",
                None,
                4,
                "Experience",
            ),
            (
                "MUST 2: At least 3 years.",
                Some(SectionKind::Knockout),
                2,
                "At",
            ),
            (
                "SHOULD 1 – Experience with EED.",
                Some(SectionKind::Weighted),
                1,
                "Experience",
            ),
            (
                "COULD 1: Label C obligation.",
                Some(SectionKind::Weighted),
                1,
                "Label",
            ),
            (
                "Eis 4.1.2 Een geldig VCA.",
                Some(SectionKind::Knockout),
                2,
                "Een",
            ),
        ] {
            let (k, n, start) = labelled(t).unwrap_or_else(|| panic!("{t}"));
            assert_eq!((k, n), (want_kind, want_n), "{t}");
            assert!(t[start..].starts_with(words), "{t}");
        }
        // A dot not followed by a number is no label ("e.g. …", "K. de Vries").
        for t in [
            "e.g. ervaring met SAP",
            "K. de Vries, projectleider",
            "W.v.t. niet van toepassing",
        ] {
            assert!(labelled(t).is_none(), "{t}");
        }
    }

    /// Weights tables that name criteria by label.
    #[test]
    fn weight_rows() {
        for (t, want) in [
            (
                "W.1       | 25%",
                Some((Some(SectionKind::Weighted), 1, 25.0, true)),
            ),
            (
                "| W2 | 15 punten |",
                Some((Some(SectionKind::Weighted), 2, 15.0, false)),
            ),
            (
                "Wens 3 | 20",
                Some((Some(SectionKind::Weighted), 3, 20.0, false)),
            ),
            ("Criterium 4\t10 %", Some((None, 4, 10.0, true))),
            ("W1 | Ervaring met SAP | 10", None),
            ("Prijs | 30%", None),
            ("W1 Ervaring met 25% van de gemeenten", None),
        ] {
            assert_eq!(weight_row(t), want, "{t}");
        }
        for t in [
            "Criterium | Weging",
            "Totaal    | 100%",
            "Total | 100 points",
            "| Onderdeel | Gewicht |",
        ] {
            assert!(weight_table_frame(t), "{t}");
        }
        for t in ["Prijs | 30%", "W.1 | 25%", "Totaal aantal uren 36"] {
            assert!(!weight_table_frame(t), "{t}");
        }
    }

    /// Criteria tables whose rows have no label: the kind stands in a cell of its own.
    #[test]
    fn rows_with_a_kind_cell() {
        for (row, want) in [
            (
                "| Afgeronde opleiding op minimaal hbo-niveau | Knock-out | - |",
                Some("- Afgeronde opleiding op minimaal hbo-niveau (knock-out)"),
            ),
            (
                "| Ervaring met prestatiegesprekken met vervoerders | Gunning | 20 |",
                Some("- Ervaring met prestatiegesprekken met vervoerders (gunning, 20 punten)"),
            ),
            (
                "Ervaring met het Omgevingsloket\tWens\t15%",
                Some("- Ervaring met het Omgevingsloket (gunning, 15 %)"),
            ),
            (
                "| Fluent in Dutch at C1 level | Must have | n/a |",
                Some("- Fluent in Dutch at C1 level (knock-out)"),
            ),
            (
                "| B | Kennis van de Wmo en de Jeugdwet | Award |",
                Some("- Kennis van de Wmo en de Jeugdwet (gunning)"),
            ),
            // No kind cell, or no requirement: a table of something else.
            (
                "| Jeugdverpleegkundige JGZ – GGD Hollands Midden | 32 uur | Leiden |",
                None,
            ),
            ("| Prijs | 25 | punten |", None),
        ] {
            assert_eq!(table_row(row).as_deref(), want, "{row}");
        }
    }

    /// Headings asked as questions, as broker e-mails and career sites write them.
    #[test]
    fn question_headings() {
        for (h, want) in [
            (
                "Wat moet de kandidaat hebben? (knock-out)",
                Some(SectionKind::Knockout),
            ),
            ("Wat moet je meebrengen?", Some(SectionKind::Knockout)),
            ("Waaraan moet je voldoen?", Some(SectionKind::Knockout)),
            (
                "What must you bring? (knock-out)",
                Some(SectionKind::Knockout),
            ),
            (
                "Waarmee verdient de kandidaat punten? (kwaliteit 60 punten; prijs 25 punten)",
                Some(SectionKind::Weighted),
            ),
            (
                "Waarmee scoor je extra punten?",
                Some(SectionKind::Weighted),
            ),
            ("Hoe wordt er gescoord?", Some(SectionKind::Weighted)),
            (
                "Wat vragen wij? (eisen – voldoe je hier niet aan, dan wordt je reactie niet in behandeling genomen)",
                Some(SectionKind::Knockout),
            ),
            ("Wat vragen we van je? (harde eisen)", Some(SectionKind::Knockout)),
            ("Wat zoeken wij? (wensen)", Some(SectionKind::Weighted)),
            ("Wat ga je doen?", None),
            ("Waar kom je te werken?", None),
            ("Moet je een VOG overleggen? Ja, na gunning.", None),
        ] {
            assert_eq!(question_heading(&fold(h)), want, "{h}");
        }
    }

    #[test]
    fn knockout_headings_in_many_styles() {
        for h in [
            "Vereisten / knock-outcriteria",
            "### **Vereisten / knock-out criteria**",
            "Vereisten/ knock-outcriteria te beoordelen door Flextender",
            "Eisen",
            "Eisen:",
            "Functie-eisen",
            "Minimumeisen",
            "Requirements (knock-out)",
            "Knock-out criteria",
        ] {
            assert_eq!(kind(h), Some(SectionKind::Knockout), "{h}");
        }
    }

    #[test]
    fn weighted_headings_in_many_styles() {
        for h in [
            "Selectiecriteria te beoordelen door Flextender ?(weging, totaal 100 punten)",
            "### **Gunningscriteria (weging, totaal 100 punten)**",
            "Wensen",
            "Gewenste kwalificaties",
            "Award criteria (weighting, 100 points)",
            "Gunningscriteria te beoordelen door Flextender (weging, totaal 100 punten)",
        ] {
            assert_eq!(kind(h), Some(SectionKind::Weighted), "{h}");
        }
    }

    /// MoSCoW headings, a section number before a heading's words, and short headings over
    /// the price or the interview.
    #[test]
    fn moscow_numbered_and_price_headings() {
        assert_eq!(kind("SHOULD – scored"), Some(SectionKind::Weighted));
        assert_eq!(kind("Could have"), Some(SectionKind::Weighted));
        assert_eq!(kind("MUST – knock-out"), Some(SectionKind::Knockout));
        assert_eq!(kind("WON'T"), Some(SectionKind::Other));
        for h in [
            "5 Nota van Inlichtingen (gepubliceerd 3 december 2026)",
            "IV. Nota van inlichtingen",
        ] {
            assert_eq!(kind(h), Some(SectionKind::Questions), "{h}");
        }
        assert_eq!(kind("Vragenlijst 3 – Prijs"), Some(SectionKind::Other));
        assert_eq!(kind("Onderdeel C – gesprek"), Some(SectionKind::Other));
        assert_eq!(
            without_section_number("2025 jaarverslag"),
            "2025 jaarverslag"
        );
        for (h, bare) in [
            ("hoofdstuk 3 eisen", "eisen"),
            ("chapter ii requirements", "requirements"),
            ("paragraaf 4.2 wensen", "wensen"),
            ("onderdeel inkoop", "onderdeel inkoop"),
            ("deel van de opdracht", "deel van de opdracht"),
        ] {
            assert_eq!(without_section_number(h), bare, "{h}");
        }
    }

    /// A weight sentence that announces its item's levels heads no list of its own.
    #[test]
    fn weight_sentence_announcing_levels_is_no_heading() {
        for h in [
            "Deze wens telt voor maximaal 30% van de kwaliteitsscore, volgens onderstaande staffel:",
            "Dit criterium weegt maximaal 15 punten, als volgt:",
            "Deze wens levert maximaal 10 punten op volgens de tabel:",
            "This criterion counts for up to 20 %, as follows:",
        ] {
            assert!(heading(&line(h)).is_none(), "{h}");
        }
        // A heading that names a weight without pointing back stays one.
        assert!(heading(&line("Wensen (weging 60 %):")).is_some());
    }

    /// Closing remarks after the criteria end their section: the lines under them are terms.
    #[test]
    fn closing_remark_headings_end_criteria() {
        for h in [
            "Overig",
            "Overig:",
            "Overige zaken",
            "Overige bepalingen",
            "Praktische zaken",
            "Praktische informatie",
            "Other information",
            "Miscellaneous",
        ] {
            assert_eq!(kind(h), Some(SectionKind::Other), "{h}");
        }
        // A heading that only starts with the word stays what it is.
        assert_ne!(kind("Overige eisen"), Some(SectionKind::Other));
    }

    #[test]
    fn stated_total_is_read_from_the_heading() {
        let l = line("Selectiecriteria te beoordelen door Flextender (weging, totaal 100 punten)");
        assert_eq!(heading(&l).unwrap().stated_total, Some(100.0));
    }

    #[test]
    fn traps_are_not_criteria_headings() {
        for h in [
            "Stap 1: Beoordeling cv's op minimumeisen",
            "Stap 1: Beoordeling Offertes op minimumeisen",
            "CV-eisen",
            "Offerte-eisen",
            "Competenties",
        ] {
            assert!(
                !matches!(kind(h), Some(SectionKind::Knockout | SectionKind::Weighted)),
                "{h}"
            );
        }
        // Prose that mentions knock-out criteria is not a heading at all.
        assert_eq!(kind("Flex tender beoordeelt de cv's op de **Vereisten / Knock-outcriteria** in het bovengenoemde profiel."), None);
        assert_eq!(
            kind("- Opstellen van een programma van eisen en wensen"),
            None
        );
        assert_eq!(kind("Je schrijft de eisen en wensen voor de nieuwe aanbesteding uit samen met de inkoper van het team."), None);
        // An answer that rewrites a criterion is no heading over it.
        for h in [
            "Ja. De eis wordt gewijzigd in: Minimaal 3 jaar werkervaring",
            "Nee, de wensen blijven: zoals gepubliceerd",
            "Yes. Requirement 2 now reads: At least 3 years",
        ] {
            assert_eq!(kind(h), None, "{h}");
        }
    }

    #[test]
    fn cv_requirements_heading_with_inline_content() {
        let l = line("CV-eisen: Maximaal 5 pagina's, opgesteld in het Nederlands");
        let h = heading(&l).unwrap();
        assert_eq!(h.kind, SectionKind::CvRequirements);
        assert_eq!(
            h.inline_rest.as_deref(),
            Some("Maximaal 5 pagina's, opgesteld in het Nederlands")
        );
    }

    /// Criteria tables as brokers' pages flatten them: pipes, tabs, kind and weight columns.
    #[test]
    fn table_rows_become_items() {
        for (row, item) in [
            (
                "Eis 1   | Knock-out  | De kandidaat heeft een hbo-opleiding.   | n.v.t.",
                Some("Eis 1 De kandidaat heeft een hbo-opleiding."),
            ),
            (
                "Wens 1  | 30 punten  | Werkervaring als contractmanager bij een gemeente. | 30",
                Some(
                    "Wens 1 Werkervaring als contractmanager bij een gemeente. (weging 30 punten)",
                ),
            ),
            (
                "W2\tWerkervaring met de Omgevingswet en het DSO\t15%",
                Some("W2 Werkervaring met de Omgevingswet en het DSO (weging 15 %)"),
            ),
            (
                "3 | Knock-out | Minimaal 3 jaar werkervaring als jurist | –",
                Some("Eis 3 Minimaal 3 jaar werkervaring als jurist"),
            ),
            (
                "4 | Wens | Kennis van de Awb en de Woo | 20 punten",
                Some("Wens 4 Kennis van de Awb en de Woo (weging 20 punten)"),
            ),
            ("Nr.     | Soort      | Omschrijving     | Weging", None),
            // A short requirement is one where a cell says its kind, not otherwise.
            ("2\tEis\tRijbewijs B", Some("Eis 2 Rijbewijs B")),
            (
                "3 | Wens | Kennis van SAP | 10 punten",
                Some("Wens 3 Kennis van SAP (weging 10 punten)"),
            ),
            ("1 | Rijbewijs B | 10", None),
            // A label that names no kind ("R", "A", "Criterium") takes the type cell's.
            (
                "R2\tAt least four years of work as a planner.\tKnock-out\t–",
                Some("Eis 2 At least four years of work as a planner."),
            ),
            (
                "A1\tExperience with tendering under the Aw 2012.\tAward\t15%",
                Some("Wens 1 Experience with tendering under the Aw 2012. (weging 15 %)"),
            ),
            (
                "Criterium 3 | Must have | Een geldig rijbewijs B en een eigen auto | n.v.t.",
                Some("Eis 3 Een geldig rijbewijs B en een eigen auto"),
            ),
            // An unknown code ("C4") is no label, but the kind cell still makes the row an item.
            (
                "C4 | Ervaring met participatie bij een gemeente. | Nice to have | 10 punten",
                Some("- Ervaring met participatie bij een gemeente. (gunning, 10 punten)"),
            ),
            (
                "5 | Gunningscriterium | Een geldig certificaat informatiebeveiliging. | max. 15",
                Some("Wens 5 Een geldig certificaat informatiebeveiliging. (weging 15 punten)"),
            ),
            (
                "5b | Trede | CISM of CISSP | 10",
                Some("- CISM of CISSP: 10 punten"),
            ),
            (
                "2c\tNiveau\tMeer dan 8 jaar\t20",
                Some("- Meer dan 8 jaar: 20 punten"),
            ),
            (
                "12 | Prijs | Laagste tarief krijgt de maximale score. | 25",
                Some("Prijs: 25 punten"),
            ),
            (
                "13 | Gesprek | Beoordeling van het gesprek. | 15",
                Some("Gesprek: 15 punten"),
            ),
            (
                "10 | Informatief | Gesprekken op 17 december. | n.v.t.",
                Some(""),
            ),
            (
                "1 | 4.2 | Telt werkervaring bij een schoolbestuur mee?",
                None,
            ),
            (
                "Opdrachten  |  Over ons  |  Voor professionals  |  Contact",
                None,
            ),
            (
                "Publicatiedatum: 23-10-2026  |  Vragen stellen tot: 09-11-2026",
                None,
            ),
        ] {
            assert_eq!(table_row(row).as_deref(), item, "{row}");
        }
    }

    /// A line that ends one sentence and starts another is prose, not a heading; a heading
    /// with an abbreviation or a chapter number is still one.
    #[test]
    fn sentences_inside_a_line_are_no_heading() {
        for (text, want) in [
            ("Gunning vindt plaats op basis van de beste prijs-kwaliteitverhouding. De prijs weegt", false),
            ("Beoordeling gebeurt door twee assessoren van de afdeling. Zij scoren", false),
            ("Gunning", true),
            ("Gunningscriteria (70 punten)", true),
        ] {
            let l = line(text);
            assert_eq!(heading(&l).is_some(), want, "{text}");
        }
    }

    #[test]
    fn list_markers() {
        assert_eq!(
            list_marker("1. Een afgeronde opleiding"),
            Some((MarkerKind::Number, Some(1), 3))
        );
        assert_eq!(
            list_marker("A. Ervaring met het taxeren van niet-woningen"),
            Some((MarkerKind::Letter, Some(1), 3))
        );
        assert_eq!(
            list_marker("C) Years of experience as a project manager"),
            Some((MarkerKind::Letter, Some(3), 3))
        );
        assert_eq!(
            list_marker("  B.  Ervaring met de uitvoering van een JTF-programma."),
            Some((MarkerKind::Letter, Some(2), 6))
        );
        assert_eq!(
            list_marker("D)\tIn het bezit van de titel RA"),
            Some((MarkerKind::Letter, Some(4), 3))
        );
        // An initial before a name, or a short line, is no item.
        assert_eq!(list_marker("A. Jansen"), None);
        assert_eq!(list_marker("A.  Jansen en zoon"), None);
        assert_eq!(list_marker("B. Kwaliteit (cv)"), None);
        assert_eq!(
            list_marker("12) Ervaring"),
            Some((MarkerKind::Number, Some(12), 4))
        );
        assert_eq!(list_marker("- HBO"), Some((MarkerKind::Bullet, None, 2)));
        // A label after the bullet is passed over; its kind is the line's.
        assert_eq!(
            list_marker("- MUST 1: Completed education"),
            Some((MarkerKind::Bullet, None, 10))
        );
        assert_eq!(
            label_kind("• SHOULD 2: Experience with DMJOP"),
            Some(SectionKind::Weighted)
        );
        assert_eq!(list_marker("- Eis"), Some((MarkerKind::Bullet, None, 2)));
        // Markdown check lists: the box after the bullet is no word.
        for (line, words) in [
            (
                "- [ ] Je hebt een afgeronde opleiding",
                "Je hebt een afgeronde opleiding",
            ),
            ("* [x] Kennis van de Wet Bibob", "Kennis van de Wet Bibob"),
        ] {
            let (kind, _, start) = list_marker(line).unwrap_or((MarkerKind::Number, None, 0));
            assert_eq!(
                (kind, &line[start..]),
                (MarkerKind::Bullet, words),
                "{line}"
            );
        }
        assert_eq!(
            list_marker("-Meer dan 5 jaar"),
            Some((MarkerKind::Bullet, None, 1))
        );
        // The glyphs portals and bullet fonts print, each before the words.
        for glyph in [
            "✔", "☑", "◆", "◇", "❖", "➤", "➢", "▶", "▸", "→", "⇒", "✦", "★", "»",
        ] {
            let line = format!("{glyph}  Je hebt een afgeronde hbo-opleiding.");
            let (kind, _, start) = list_marker(&line).expect(glyph);
            assert_eq!(kind, MarkerKind::Bullet, "{line}");
            assert_eq!(
                &line[start..],
                "Je hebt een afgeronde hbo-opleiding.",
                "{line}"
            );
        }
        // A number set off by spaces or a tab, as a number column prints, before a
        // requirement; a chapter heading or a contents line is none.
        for (line, n) in [
            ("1   Ervaring met toezicht op online aanbieders.", 1),
            ("12\tKennis van de Wwft en de Wet op de kansspelen.", 12),
        ] {
            let (kind, got, start) = list_marker(line).expect(line);
            assert_eq!((kind, got), (MarkerKind::Number, Some(n)), "{line}");
            assert!(line[start..].starts_with(char::is_uppercase), "{line}");
        }
        for line in [
            "5  Gunningscriteria",
            "5  Gunningscriteria en beoordeling ........ 5",
            "3  Procedure en planning van de opdracht 4",
            "2   jaar ervaring als adviseur bij een gemeente",
        ] {
            assert_eq!(list_marker(line), None, "{line}");
        }
        assert_eq!(
            list_marker("K1 Afgeronde hbo-opleiding"),
            Some((MarkerKind::Labelled, Some(1), 3))
        );
        assert_eq!(
            list_marker("Wens 2 – 25 punten: ervaring"),
            Some((MarkerKind::Labelled, Some(2), 11))
        );
        // A form's letter codes set off by spaces; a language level is none.
        assert_eq!(
            list_marker("A1  Afgeronde hbo-opleiding Elektrotechniek of Verkeerskunde."),
            Some((MarkerKind::Labelled, Some(1), 4))
        );
        assert_eq!(
            list_marker("B12\tErvaring met het programmeren van regelingen."),
            Some((MarkerKind::Labelled, Some(12), 4))
        );
        assert_eq!(
            list_marker("B2 Nederlands op niveau van de kandidaat"),
            None
        );
        assert_eq!(list_marker("C1  Engels"), None);
        // In lower case a label continues a sentence: "… behalve bij\ncriterium 2 (…)".
        assert_eq!(list_marker("criterium 2 (de hoogste trede telt)."), None);
        assert_eq!(
            list_marker("Eis 1: HBO"),
            Some((MarkerKind::Labelled, Some(1), 7))
        );
        assert_eq!(
            list_marker("a. Kennis van de Woo"),
            Some((MarkerKind::Letter, Some(1), 3))
        );
        assert_eq!(
            list_marker("4.2 De aangeboden projectleider heeft"),
            Some((MarkerKind::SubNumber, Some(2), 4))
        );
        assert_eq!(
            list_marker("3.10. Minimaal 3 jaar"),
            Some((MarkerKind::SubNumber, Some(10), 6))
        );
        assert_eq!(list_marker("2.5 uur per week"), None);
        assert_eq!(list_marker("4.5 % van de aanneemsom"), None);
        assert_eq!(list_marker("2 jaar ervaring"), None);
        assert_eq!(list_marker("2026 was een goed jaar"), None);
        assert_eq!(list_marker("Eisen"), None);
        assert_eq!(list_marker("Kennis van"), None);
    }

    /// An e-mail quoting the request, web copy with tags and entities, and a table exported
    /// with semicolons are read as the plain posting.
    #[test]
    fn quotes_html_and_semicolon_tables_are_cleaned() {
        let texts =
            |t: &str| -> Vec<String> { clean_lines(t).into_iter().map(|l| l.text).collect() };
        assert_eq!(
            texts("Hieronder de aanvraag.\n\n> Eisen\n> 1. Een hbo-diploma.\n>\n> > Wensen\n> 1. Ervaring met de Woo.\n"),
            ["Hieronder de aanvraag.", "Eisen", "1. Een hbo-diploma.", "Wensen", "1. Ervaring met de Woo."]
        );
        // A few "> " bullets are no quote: they stay list marks.
        assert_eq!(
            texts("Eisen\n> Een hbo-diploma\n> Drie jaar ervaring\n"),
            ["Eisen", "> Een hbo-diploma", "> Drie jaar ervaring"]
        );
        assert_eq!(
            texts("<strong>Eisen</strong><br>\n<li>Verkeer &amp; vervoer&nbsp;(hbo)</li>\nTarief &lt; &euro; 95\n"),
            ["Eisen", "• Verkeer & vervoer (hbo)", "Tarief < € 95"]
        );
        // "< 5 jaar" and "R&D" are no markup.
        assert_eq!(
            texts("Ervaring < 5 jaar bij R&D"),
            ["Ervaring < 5 jaar bij R&D"]
        );
        let rows = texts("Nr;Soort;Omschrijving;Weging\n1;Eis;De kandidaat heeft een wo-diploma.;\n3;Wens;Ervaring met de Wet stelsel openbare bibliotheken.;20\n\nPrijs en gesprek; zie hieronder.\n");
        assert_eq!(
            rows,
            [
                "Eis 1 De kandidaat heeft een wo-diploma.",
                "Wens 3 Ervaring met de Wet stelsel openbare bibliotheken. (weging 20 punten)",
                "Prijs en gesprek; zie hieronder.",
            ]
        );
    }

    #[test]
    fn footers_and_blank_lines_are_dropped() {
        let lines = clean_lines("Eerste regel\n\n\t\tPagina 2 van 4\n\nTweede regel ?\n");
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1].text, "Tweede regel");
        assert_eq!(lines[1].no, 5);
        assert!(lines[1].after_blank);
    }

    /// The quick test never turns away a line that the full reading takes as a label: the
    /// full reading (without the quick test) decides every wording below the same way.
    #[test]
    fn quick_label_test_keeps_every_label() {
        let full = |t: &str| {
            let cut = t.char_indices().nth(32).map_or(t.len(), |(i, _)| i);
            if cut < t.len() {
                if let Ok(found) = labelled_in(t, &fold(&t[..cut]), true) {
                    return found;
                }
            }
            labelled_in(t, &fold(t), false).ok().flatten()
        };
        for t in [
            "Eis 3: Minimaal hbo",
            "eis 3",
            "K1 Ervaring",
            "KO.1 Opleiding",
            "KO-1 Opleiding",
            "SC-2 Kennis",
            "W.2 Ervaring",
            "Wens 2 – 15 punten",
            "Wens\u{a0}2 ervaring",
            "Criterium 4: aantoonbaar",
            "Gunningscriterium 1. Ervaring",
            "Knock-out 2: VOG",
            "AC3. Ervaring",
            "É1 ervaring",
            "Ervaring met beleid",
            "Kennis van de Omgevingswet",
            "Wens: ervaring",
            "k",
            "e 12",
            "W12 ",
            "Requirement 1 – experience",
            "Eis  \t 7 ervaring",
            "Eis.3 ervaring",
            "Eis–3 ervaring",
            "R2 Ervaring",
            "A1. Ervaring",
        ] {
            let found = full(t);
            assert_eq!(labelled(t), found, "{t}");
            if found.is_some() {
                assert!(may_start_numbered_label(t), "{t}");
            }
        }
    }

    #[test]
    fn header_rows_of_criteria_tables() {
        assert!(table_header_row("Nr | Soort | Criterium | Weging"));
        assert!(table_header_row("| ID | Type | Criterion | Weight |"));
        assert!(table_header_row("Nr.\tCriterium\tPunten"));
        assert!(!table_header_row(
            "K1 | knock-out | Minimaal een hbo-opleiding | -"
        ));
        assert!(!table_header_row("Criterium | Weging"));
        assert!(!table_header_row("Werkervaring | 3 tot 5 jaar | 10 punten"));
    }
}
