//! Criteria tables whose header row names an explanation or verification column, as Word
//! tables pasted with tabs (or pipes) print them:
//!
//! ```text
//! Criterium <TAB> Toelichting <TAB> Wijze van toetsen
//! Diploma Specialist Brandpreventie of hoger <TAB> Medewerker volstaat niet. <TAB> Kopie diploma
//! ```
//!
//! Each row is written as one item: the requirement, its weight or kind as the tags the reader
//! knows, and the explanation and verification behind a note label ("Toelichting: …"), where
//! the reader keeps them off the requirement. The header row goes. Tables without such a
//! column are left to the row reader (`sections::table_row`).

use super::blocks::{kind_value, weight_tag};
use super::sections::SectionKind;
use super::vocab::{
    COLUMN_EVIDENCE, COLUMN_KIND, COLUMN_NOTE, COLUMN_NUMBER, COLUMN_TEXT, COLUMN_WEIGHT,
};
use crate::text::fold;

/// What a column of a criteria table holds.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Column {
    Number,
    Text,
    Kind,
    Weight,
    /// An explanation of the requirement.
    Note,
    /// How the requirement is checked ("Wijze van toetsen", "Bewijsstuk").
    Evidence,
}

/// The column a header cell names, or `None` for a cell that names no column.
fn column(cell: &str) -> Option<Column> {
    let f = fold(cell.trim().trim_end_matches([':', '.']));
    [
        (COLUMN_NUMBER, Column::Number),
        (COLUMN_TEXT, Column::Text),
        (COLUMN_KIND, Column::Kind),
        (COLUMN_WEIGHT, Column::Weight),
        (COLUMN_NOTE, Column::Note),
        (COLUMN_EVIDENCE, Column::Evidence),
    ]
    .into_iter()
    .find_map(|(names, c)| names.contains(&f.as_str()).then_some(c))
}

/// The cells of a row split by tabs, or by pipes ("| a | b |"), trimmed; empty cells kept so
/// the columns stay in place (the outer pipes' empty ends go).
fn cells(line: &str) -> Option<Vec<&str>> {
    let t = line.trim();
    let sep = if t.contains('\t') {
        '\t'
    } else if t.matches('|').count() >= 2 {
        '|'
    } else {
        return None;
    };
    let t = match sep {
        '|' => t.trim_start_matches('|').trim_end_matches('|'),
        _ => t,
    };
    Some(t.split(sep).map(str::trim).collect())
}

/// Each raw line rewritten where it is a row of a table whose header names a note or
/// verification column: the header row becomes an empty line, each row one item ("- <text>
/// (<weight>) Toelichting: <note>; <verification>"). `None` where a line is left as it is.
pub fn headed_rows(lines: &[&str]) -> Vec<Option<String>> {
    let mut out = vec![None; lines.len()];
    // Cheap test first: only lines with a tab or pipe can be rows.
    if !lines.iter().any(|l| l.contains(['\t', '|'])) {
        return out;
    }
    let mut header: Option<Vec<Option<Column>>> = None;
    for (i, l) in lines.iter().enumerate() {
        let row = cells(l);
        if let Some(columns) = row.as_deref().and_then(header_columns) {
            header = Some(columns);
            out[i] = Some(String::new());
            continue;
        }
        let (Some(columns), Some(row)) = (header.as_ref(), row.as_ref()) else {
            // A line that is no row ends the table; a blank line inside it does not.
            if !l.trim().is_empty() {
                header = None;
            }
            continue;
        };
        // Rule lines of pipes and dashes ("|---|---|") say nothing.
        if row
            .iter()
            .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | '=' | ' ')))
        {
            out[i] = Some(String::new());
            continue;
        }
        out[i] = item(columns, row);
    }
    out
}

/// The columns a header row names, when it is one: two cells or more, each naming a column,
/// a requirement column among them and a note or verification column.
fn header_columns(row: &[&str]) -> Option<Vec<Option<Column>>> {
    let named: Vec<&str> = row.iter().copied().filter(|c| !c.is_empty()).collect();
    if named.len() < 2 {
        return None;
    }
    let columns: Vec<Option<Column>> = row
        .iter()
        .map(|c| if c.is_empty() { None } else { column(c) })
        .collect();
    let all_named = row
        .iter()
        .zip(&columns)
        .all(|(c, k)| c.is_empty() || k.is_some());
    let has = |c: Column| columns.contains(&Some(c));
    (all_named && has(Column::Text) && (has(Column::Note) || has(Column::Evidence)))
        .then_some(columns)
}

/// One row as an item, or `None` when it has no requirement.
fn item(columns: &[Option<Column>], row: &[&str]) -> Option<String> {
    let mut number = None;
    let mut text = Vec::new();
    let mut notes = Vec::new();
    let mut tags = Vec::new();
    let mut weighted = false;
    for (k, cell) in row.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
        // Cells beyond the header's columns explain, as the last column does.
        match columns.get(k).copied().flatten().unwrap_or(Column::Note) {
            Column::Number => number = Some(cell.trim_end_matches(['.', ':'])),
            Column::Text => text.push(*cell),
            Column::Note | Column::Evidence => notes.push(cell.trim_end_matches(['.', ';'])),
            Column::Weight => tags.extend(weight_tag(cell)),
            Column::Kind => match kind_value(&fold(cell)) {
                Some(SectionKind::Knockout) => tags.push("(knock-out)".to_string()),
                Some(_) => weighted = true,
                None => {}
            },
        }
    }
    if text.is_empty() {
        return None;
    }
    // A weighted row without a weight still says its kind.
    if weighted && tags.is_empty() {
        tags.push("(gunning)".to_string());
    }
    let mut own = match number {
        Some(n) if n.chars().all(|c| c.is_ascii_digit()) => format!("{n}. "),
        _ => "- ".to_string(),
    };
    own.push_str(&text.join(" "));
    for t in tags {
        own.push(' ');
        own.push_str(&t);
    }
    if !notes.is_empty() {
        // The note label opens a sentence, where the reader looks for it.
        if !own.ends_with(['.', ')', ';', '?', '!']) {
            own.push('.');
        }
        own.push_str(" Toelichting: ");
        own.push_str(&notes.join("; "));
    }
    Some(own)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Option<String>> {
        let lines: Vec<&str> = text.lines().collect();
        headed_rows(&lines)
    }

    /// Tab and pipe tables with explanation and verification columns, in Dutch and English,
    /// with number, kind and weight columns; the header row goes.
    #[test]
    fn rows_under_a_named_header_become_items() {
        let got = rows(
            "Knock-outcriteria\nCriterium\tToelichting\tWijze van toetsen\nDiploma hbo\tOok ad-niveau telt niet.\tKopie diploma\nRijbewijs B\t\tCv\nWensen",
        );
        assert_eq!(
            got,
            [
                None,
                Some(String::new()),
                Some("- Diploma hbo. Toelichting: Ook ad-niveau telt niet; Kopie diploma".into()),
                Some("- Rijbewijs B. Toelichting: Cv".into()),
                None,
            ]
        );
        let got = rows(
            "| Nr | Requirement | Type | Weight | Explanation |\n|---|---|---|---|---|\n| 1 | Experience with EU funds | Award | 20% | Counted in months. |\n| 2 | A master's degree | Knock-out | | Any field. |\n",
        );
        assert_eq!(
            got,
            [
                Some(String::new()),
                Some(String::new()),
                Some(
                    "1. Experience with EU funds (weging 20 %) Toelichting: Counted in months"
                        .into()
                ),
                Some("2. A master's degree (knock-out) Toelichting: Any field".into()),
            ]
        );
    }

    /// A table without a note or verification column, or a header that is prose, is left alone.
    #[test]
    fn other_tables_are_left_alone() {
        let none = |t: &str| rows(t).iter().all(Option::is_none);
        assert!(none("Nr\tSoort\tOmschrijving\tWeging\n1\tEis\tHbo\t-\n"));
        assert!(none(
            "Criterium\tDe kandidaat heeft ervaring\tToelichting\n"
        ));
        assert!(none("Geen tabel hier.\nOok niet.\n"));
    }
}
