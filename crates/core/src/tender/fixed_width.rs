//! Criteria tables typed in a fixed-width font, as a plain-text e-mail, a mainframe export or
//! a `.txt` attachment prints them: cells stand in columns separated by runs of spaces, under
//! a header row that names each column, perhaps with a rule of dashes below it:
//!
//! ```text
//! Nr.   Type        Omschrijving
//! ----  ----------  -------------------------------------------
//! 1     Eis         Afgeronde wo-opleiding Fiscaal Recht.
//! 7     Wens        Werkervaring met btw en BCF.
//!                   Beoordelingsschaal:  4 tot 6 jaar ..... 10 punten
//! ```
//!
//! Each row is rewritten with tabs between its cells, as a Word table pasted with tabs reads,
//! so the table readers (`columns::headed_rows`, `sections::table_row`) read it as they read
//! those. A line under a row whose first cells are empty keeps its empty cells: it continues
//! the row above. Cells are cut where the header's cells start; a row whose text runs across
//! a column's start is no fixed-width row and ends the table.

use super::columns::column_named;

/// The posting's lines with every row of a fixed-width criteria table written with tabs
/// between its cells (the rule under the header becomes an empty line). `None` when the text
/// holds no such table: a header of two or more cells, each naming a column, one of them the
/// requirement's, over at least two rows.
pub fn with_tab_cells(lines: &[&str]) -> Option<Vec<String>> {
    // Cheap test first: a header cell is followed by a run of spaces.
    if !lines.iter().any(|l| l.contains("  ")) {
        return None;
    }
    let mut out: Option<Vec<String>> = None;
    let mut i = 0;
    while i < lines.len() {
        let Some(starts) = header_starts(lines[i]) else {
            i += 1;
            continue;
        };
        let mut rows = Vec::new();
        let mut j = i + 1;
        let rule = lines.get(j).is_some_and(|l| is_rule(l));
        if rule {
            j += 1;
        }
        while let Some(cells) = lines.get(j).and_then(|l| row_cells(l, &starts)) {
            rows.push((j, cells));
            j += 1;
        }
        // A row has a first cell; one line alone under a header is no table.
        if rows.iter().filter(|(_, c)| !c[0].is_empty()).count() < 2 {
            i += 1;
            continue;
        }
        let v = out.get_or_insert_with(|| lines.iter().map(|l| l.to_string()).collect());
        v[i] = split_at(lines[i], &starts).join("\t");
        if rule {
            v[i + 1] = String::new();
        }
        for (k, cells) in rows {
            v[k] = cells.join("\t");
        }
        i = j;
    }
    out
}

/// The character offsets where the cells of a header row start: two cells or more split by
/// runs of two spaces or more, each naming a column, one of them the requirement column.
fn header_starts(line: &str) -> Option<Vec<usize>> {
    if line.contains('\t') || line.contains('|') {
        return None;
    }
    let starts = cell_starts(line);
    if starts.len() < 2 {
        return None;
    }
    let cells = split_at(line, &starts);
    let named: Vec<_> = cells.iter().map(|c| column_named(c)).collect();
    let all_named = named.iter().all(|(_, named)| *named);
    let has_text = named.iter().any(|(is_text, _)| *is_text);
    (all_named && has_text).then_some(starts)
}

/// Where each run of non-space text separated by two spaces or more starts, in characters.
fn cell_starts(line: &str) -> Vec<usize> {
    let chars: Vec<char> = line.chars().collect();
    let mut starts = Vec::new();
    let mut spaces = usize::MAX;
    for (k, c) in chars.iter().enumerate() {
        if *c == ' ' {
            spaces = spaces.saturating_add(1);
        } else {
            if spaces >= 2 {
                starts.push(k);
            }
            spaces = 0;
        }
    }
    starts
}

/// The line cut at the given character offsets (text before the first start goes with the
/// first cell), each cell trimmed.
fn split_at(line: &str, starts: &[usize]) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let mut cells = Vec::with_capacity(starts.len());
    for (k, &s) in starts.iter().enumerate() {
        let from = if k == 0 { 0 } else { s.min(chars.len()) };
        let to = starts
            .get(k + 1)
            .map_or(chars.len(), |&e| e.min(chars.len()));
        let cell: String = chars[from..to.max(from)].iter().collect();
        cells.push(cell.trim().to_string());
    }
    cells
}

/// The cells of a table row under a header whose cells start at `starts`, or `None` when the
/// line is blank or its text runs across a column's start.
fn row_cells(line: &str, starts: &[usize]) -> Option<Vec<String>> {
    if line.trim().is_empty() || line.contains('\t') {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    for &s in &starts[1..] {
        // The character before a column's start is a space, or the line ends before it.
        if s < chars.len() && s > 0 && chars[s - 1] != ' ' {
            return None;
        }
    }
    let cells = split_at(line, starts);
    // A row either has a first cell or continues the one above under its later columns.
    let first_start = starts[0];
    let indent = chars.iter().take_while(|c| **c == ' ').count();
    if cells[0].is_empty() && indent < starts.get(1).copied().unwrap_or(first_start) {
        return None;
    }
    Some(cells)
}

/// "----  ----------  -----", "=====": the rule under a header.
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3 && t.chars().all(|c| matches!(c, '-' | '=' | ' ' | '+' | '_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tab_cells(text: &str) -> Option<Vec<String>> {
        let lines: Vec<&str> = text.lines().collect();
        with_tab_cells(&lines)
    }

    /// Dutch and English headers over number, kind, requirement and weight columns, with a
    /// rule, a continuation line and the table's end at a blank line.
    #[test]
    fn fixed_width_rows_get_tabs() {
        let got = tab_cells(
            "Nr.   Type        Omschrijving\n\
             ----  ----------  ----------------------\n\
             1     Eis         Afgeronde wo-opleiding.\n\
             7     Wens        Ervaring met btw.\n\
             \x20                 15 punten\n\
             \n\
             Uitvoeringsvoorwaarden",
        )
        .unwrap();
        assert_eq!(
            got,
            [
                "Nr.\tType\tOmschrijving",
                "",
                "1\tEis\tAfgeronde wo-opleiding.",
                "7\tWens\tErvaring met btw.",
                "\t\t15 punten",
                "",
                "Uitvoeringsvoorwaarden"
            ]
        );
        let got = tab_cells(
            "No.  Requirement                          Weight\n\
             1    Five years in payroll administration  20\n\
             2    Holder of a PDL diploma               10\n",
        )
        .unwrap();
        assert_eq!(got[1], "1\tFive years in payroll administration\t20");
        assert_eq!(got[2], "2\tHolder of a PDL diploma\t10");
    }

    /// Spaced prose, a label-and-value list and a header with a cell that names no column are
    /// no table; nor is a header with one row under it.
    #[test]
    fn other_spaced_text_is_left_alone() {
        assert_eq!(
            tab_cells("Omschrijving      Btw-adviseur / fiscalist\nUren              16 tot 20\n"),
            None
        );
        assert_eq!(
            tab_cells("Nr.   Type   Omschrijving\n1     Eis    Hbo-diploma.\n\nTekst."),
            None
        );
        assert_eq!(
            tab_cells("Periode   Werkgever   Functie\n2019      Gemeente    Adviseur\n2020      Provincie   Adviseur\n"),
            None
        );
        // Text that runs across a column's start ends the table there.
        let got = tab_cells(
            "Nr   Type   Omschrijving\n1    Eis    Hbo.\n2    Wens   Ervaring.\n3 Lange tekst die door de kolommen loopt\n",
        )
        .unwrap();
        assert_eq!(got[3], "3 Lange tekst die door de kolommen loopt");
    }
}
