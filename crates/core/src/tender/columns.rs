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
//! the reader keeps them off the requirement. The header row goes. So do tables of a number,
//! a requirement and a weight column ("No. | Criterion | Max. score"), whose bare numbers only
//! the header names as weights. A cell wrapped onto the next row (its number cell empty, or
//! rows between "+----+" rules of a drawn grid) is joined to its row. Other tables are left to
//! the row reader (`sections::table_row`).

use super::blocks::{kind_value, weight_tag};
use super::sections::SectionKind;
use super::vocab::{
    COLUMN_EVIDENCE, COLUMN_KIND, COLUMN_NOTE, COLUMN_NUMBER, COLUMN_TEXT, COLUMN_WEIGHT,
    INTERVIEW_CELLS, PRICE_CELLS,
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

/// Whether a header cell names a column of a criteria table (see `vocab::COLUMN_*`), as
/// `(is the requirement column, names a column)`.
pub fn column_named(cell: &str) -> (bool, bool) {
    let c = column(cell);
    (c == Some(Column::Text), c.is_some())
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
    // The row being read: the line it starts on and its cells, wrapped lines joined in.
    let mut open: Option<(usize, Vec<String>)> = None;
    // Between the rules of a drawn grid ("+----+----+") each record may span lines.
    let mut grid = false;
    let flush = |open: &mut Option<(usize, Vec<String>)>,
                 out: &mut Vec<Option<String>>,
                 columns: &[Option<Column>]| {
        if let Some((at, row)) = open.take() {
            let row: Vec<&str> = row.iter().map(String::as_str).collect();
            out[at] = item(columns, &row);
        }
    };
    for (i, l) in lines.iter().enumerate() {
        if grid_rule(l) {
            if let Some(columns) = header.as_ref() {
                flush(&mut open, &mut out, columns);
                out[i] = Some(String::new());
            }
            grid = true;
            continue;
        }
        let row = cells(l);
        if let Some(columns) = row.as_deref().and_then(header_columns) {
            if let Some(old) = header.as_ref() {
                flush(&mut open, &mut out, old);
            }
            header = Some(columns);
            out[i] = Some(String::new());
            continue;
        }
        let (Some(columns), Some(row)) = (header.as_ref(), row.as_ref()) else {
            // A line that is no row ends the table; a blank line inside it does not.
            if !l.trim().is_empty() {
                if let Some(columns) = header.take() {
                    flush(&mut open, &mut out, &columns);
                }
                grid = false;
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
        // A row whose number cell is empty, or any line inside a grid record, continues the
        // row above it: its cells are joined column by column.
        let number_at = columns.iter().position(|c| *c == Some(Column::Number));
        let continues = grid || number_at.is_some_and(|n| row.get(n).is_none_or(|c| c.is_empty()));
        match open.as_mut() {
            Some((_, cells)) if continues => {
                for (k, c) in row.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
                    match cells.get_mut(k) {
                        Some(cell) if !cell.is_empty() => {
                            cell.push(' ');
                            cell.push_str(c);
                        }
                        Some(cell) => cell.push_str(c),
                        None => cells.push(c.to_string()),
                    }
                }
                out[i] = Some(String::new());
            }
            _ => {
                flush(&mut open, &mut out, columns);
                open = Some((i, row.iter().map(|c| c.to_string()).collect()));
            }
        }
    }
    if let Some(columns) = header.as_ref() {
        flush(&mut open, &mut out, columns);
    }
    out
}

/// "+-----+------------+", "+=====+": a rule of a grid drawn with plus signs.
fn grid_rule(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('+')
        && t.ends_with('+')
        && t.len() >= 3
        && t.chars().all(|c| matches!(c, '+' | '-' | '=' | ':' | ' '))
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
    // "No. | Criterion | Max. score": the header alone says the bare numbers are weights. A
    // kind column is the row reader's ("Nr | Soort | Omschrijving | Weging").
    let weights = has(Column::Number) && has(Column::Weight) && !has(Column::Kind);
    (all_named && has(Column::Text) && (has(Column::Note) || has(Column::Evidence) || weights))
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
    // "| 6 | Prijs | 25 |": the price or interview share, no criterion.
    let share = [(PRICE_CELLS, "Prijs"), (INTERVIEW_CELLS, "Gesprek")]
        .into_iter()
        .find(|(words, _)| text.len() == 1 && words.contains(&fold(text[0]).as_str()));
    if let Some((_, name)) = share {
        let weight = row
            .iter()
            .zip(columns)
            .find_map(|(c, k)| (*k == Some(Column::Weight)).then(|| c.trim()))
            .and_then(|c| {
                super::points::points_expressions(c)
                    .first()
                    .map(|e| e.value)
                    .or_else(|| c.parse().ok())
            });
        return weight.map(|v| format!("{name}: {} punten", crate::warning::num(v)));
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

    /// "No. | Criterion | Max. score" drawn as a grid with wrapped cells, and the same as a
    /// pipe table whose wrapped lines have an empty number cell: one item per record, the
    /// header's weight column as the weight, a price row as the price share.
    #[test]
    fn weight_column_tables_with_wrapped_cells() {
        let grid = "+----+------------------------------------+-------+\n\
| No. | Criterion                         | Max. score |\n\
+----+------------------------------------+-------+\n\
| 1  | Experience as lock keeper on a      | 20    |\n\
|    | canal of class IV or higher.       |       |\n\
+----+------------------------------------+-------+\n\
| 2  | Holder of a VHF radio certificate. | 5     |\n\
+----+------------------------------------+-------+\n\
\nScoring\n";
        let got: Vec<String> = rows(grid)
            .into_iter()
            .flatten()
            .filter(|r| !r.is_empty())
            .collect();
        assert_eq!(
            got,
            [
                "1. Experience as lock keeper on a canal of class IV or higher. (20 punten)",
                "2. Holder of a VHF radio certificate. (5 punten)"
            ]
        );
        let pipes = "| Nr | Omschrijving | Punten |\n|---|---|---|\n\
| 1 | Werkervaring als sluiswachter bij een | 15 |\n| | waterschap of provincie |  |\n\
| 2 | Prijs | 30 |\nNa de tabel volgt tekst.\n";
        let got = rows(pipes);
        assert_eq!(
            got[2].as_deref(),
            Some("1. Werkervaring als sluiswachter bij een waterschap of provincie (15 punten)")
        );
        assert_eq!(got[3].as_deref(), Some(""));
        assert_eq!(got[4].as_deref(), Some("Prijs: 30 punten"));
        assert_eq!(got[5], None);
    }

    /// A table without a note or verification column, or a header that is prose, is left alone.
    #[test]
    fn other_tables_are_left_alone() {
        let none = |t: &str| rows(t).iter().all(Option::is_none);
        assert!(none("Nr\tSoort\tOmschrijving\tWeging\n1\tEis\tHbo\t-\n"));
        assert!(none("Criterium\tPunten\nErvaring met X\t10\n"));
        assert!(none(
            "Criterium\tDe kandidaat heeft ervaring\tToelichting\n"
        ));
        assert!(none("Geen tabel hier.\nOok niet.\n"));
    }
}
