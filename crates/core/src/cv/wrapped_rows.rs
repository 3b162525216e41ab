//! Job tables typed with '|' between the columns whose cells wrap onto the lines below, as a
//! word processor's table pasted as text or a Markdown table typed by hand:
//!
//! ```text
//! Periode      | Opdrachtgever        | Rol              | Werkzaamheden
//! 01-2021 –    | Provincie Overijssel | Controller EU-   | Eerstelijnscontroles op EFRO-
//! heden        | (interim)            | subsidies        | declaraties …
//! ```
//!
//! Each row's lines are joined cell by cell onto its first line, with tabs between the cells
//! (as the table reader of [`super::experience`] reads a flattened table), the header too;
//! the row's other lines and the rules between rows are left empty, so every line keeps its
//! number. A table whose rows each take one line is left as it is.

use super::experience::header_period_column;

/// The lines with every wrapped job table joined row by row, or `None` when there is none.
pub fn join_wrapped_rows(lines: &[String]) -> Option<Vec<String>> {
    let mut out: Option<Vec<String>> = None;
    let mut i = 0;
    while i < lines.len() {
        let Some((outer, width, period)) = header(&lines[i]) else {
            i += 1;
            continue;
        };
        // The body: rows of the header's width and rules, up to anything else.
        let mut end = i + 1;
        while end < lines.len()
            && (is_rule(&lines[end]) || cells(&lines[end], outer).len() == width)
        {
            end += 1;
        }
        let rows = records(lines, i + 1, end, outer, period);
        if rows.iter().any(|r| r.len() > 1) {
            let out = out.get_or_insert_with(|| lines.to_vec());
            out[i] = cells(&lines[i], outer).join("\t");
            for line in &mut out[i + 1..end] {
                line.clear();
            }
            for row in &rows {
                out[row[0]] = joined(lines, row, outer, width).join("\t");
            }
        }
        i = end.max(i + 1);
    }
    out
}

/// A job table's header: whether its rows have outer pipes, its width and its period column.
fn header(line: &str) -> Option<(bool, usize, usize)> {
    if !line.contains('|') {
        return None;
    }
    let outer = line.trim_start().starts_with('|');
    let cells = cells(line, outer);
    if cells.len() < 2 || cells.iter().any(|c| c.is_empty() || c.len() > 40) {
        return None;
    }
    let period = header_period_column(&cells)?;
    Some((outer, cells.len(), period))
}

/// The cells of a row, the outer pipes taken off when the table has them (without them, a
/// row whose first cells are empty starts with a pipe after its spaces).
fn cells(line: &str, outer: bool) -> Vec<&str> {
    let t = if outer {
        let t = line.trim();
        let t = t.strip_prefix('|').unwrap_or(t);
        t.strip_suffix('|').unwrap_or(t)
    } else {
        line.trim_end()
    };
    if !t.contains('|') {
        return Vec::new();
    }
    t.split('|').map(str::trim).collect()
}

/// A rule between rows: dashes, equals signs or plus signs with pipes ("----|----", "+==+").
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.bytes().any(|b| matches!(b, b'-' | b'='))
        && t.bytes()
            .all(|b| matches!(b, b'|' | b'-' | b'=' | b'+' | b':' | b' '))
}

/// The body's rows as the line indices of each: between rules when rules stand between the
/// rows; else a row starts where its period cell opens a period, unless the period above
/// still waits for its end ("01-2021 –" over "12-2023").
fn records(
    lines: &[String],
    from: usize,
    to: usize,
    outer: bool,
    period: usize,
) -> Vec<Vec<usize>> {
    let body: Vec<usize> = (from..to).filter(|&k| !is_rule(&lines[k])).collect();
    let ruled = body.windows(2).any(|w| w[1] > w[0] + 1);
    let mut rows: Vec<Vec<usize>> = Vec::new();
    let mut open_period = String::new();
    let mut last = None;
    for &k in &body {
        let cell = cells(&lines[k], outer)[period];
        let new = if ruled {
            last.is_none_or(|l: usize| k > l + 1)
        } else {
            let waits = open_period.trim_end().ends_with(['-', '–', '—']);
            rows.is_empty() || (cell.bytes().any(|b| b.is_ascii_digit()) && !waits)
        };
        if new {
            rows.push(vec![k]);
            open_period.clear();
        } else if let Some(row) = rows.last_mut() {
            row.push(k);
        }
        open_period.push(' ');
        open_period.push_str(cell);
        last = Some(k);
    }
    rows
}

/// A row's cells, each the text of its lines joined: a word broken at its hyphen is joined
/// without a space ("EU-" + "subsidies"), "01-2021 –" + "heden" with one.
fn joined(lines: &[String], row: &[usize], outer: bool, width: usize) -> Vec<String> {
    let mut out = vec![String::new(); width];
    for &k in row {
        for (cell, piece) in out.iter_mut().zip(cells(&lines[k], outer)) {
            if piece.is_empty() {
                continue;
            }
            let broken = cell.ends_with(['-', '–'])
                && !cell[..cell.len() - cell.chars().last().map_or(0, char::len_utf8)]
                    .ends_with(' ');
            if !cell.is_empty() && !broken {
                cell.push(' ');
            }
            cell.push_str(piece);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read_cv;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn rows_wrapped_between_rules_are_joined() {
        // The family: with or without outer pipes, rules of dashes or equals signs.
        for text in [
            "Periode      | Opdrachtgever   | Rol          | Werkzaamheden\n\
             -------------|-----------------|--------------|---------------\n\
             01-2021 –    | Provincie       | Controller   | Controles op\n\
             heden        | Overijssel      | EU-          | declaraties\n\
                          |                 | subsidies    |\n\
             -------------|-----------------|--------------|---------------\n",
            "| Periode   | Werkgever        | Functie      |\n\
             |-----------|------------------|--------------|\n\
             | 01-2021 – | Provincie        | Controller   |\n\
             | heden     | Overijssel       | EU-subsidies |\n\
             |-----------|------------------|--------------|\n",
            "+===========+==================+==============+\n\
             | Period    | Employer         | Role         |\n\
             +===========+==================+==============+\n\
             | 01-2021 – | Provincie        | Controller   |\n\
             | heden     | Overijssel       | EU-subsidies |\n\
             +-----------+------------------+--------------+\n",
        ] {
            let out = join_wrapped_rows(&lines(text)).expect(text);
            let row = out.iter().find(|l| l.starts_with("01")).expect(text);
            let cells: Vec<&str> = row.split('\t').collect();
            assert_eq!(cells[0], "01-2021 – heden", "{text}");
            assert_eq!(cells[1], "Provincie Overijssel", "{text}");
            assert_eq!(cells[2], "Controller EU-subsidies", "{text}");
            assert_eq!(out.len(), lines(text).len());
        }
    }

    #[test]
    fn rows_wrapped_without_rules_start_at_their_period() {
        let text = "Periode | Werkgever | Rol\n\
                    2019 –  | Gemeente  | Beleids-\n\
                    2023    | Kampen    | adviseur\n\
                    2015 –  | UWV       | Jurist\n\
                            | Zwolle    |\n";
        let out = join_wrapped_rows(&lines(text)).unwrap();
        assert_eq!(out[1], "2019 – 2023\tGemeente Kampen\tBeleids-adviseur");
        assert!(out[2].is_empty());
        assert_eq!(out[3], "2015 –\tUWV Zwolle\tJurist");
    }

    #[test]
    fn tables_of_single_line_rows_and_other_pipes_are_left() {
        let text = "Periode | Werkgever | Rol\n2019 – 2023 | Gemeente Kampen | Adviseur\n";
        assert!(join_wrapped_rows(&lines(text)).is_none());
        let text = "Python | SQL | Power BI\nExcel | Word | SAP\n";
        assert!(join_wrapped_rows(&lines(text)).is_none());
    }

    #[test]
    fn a_wrapped_table_s_rows_are_jobs() {
        let text = "WERKERVARING\n\n\
             | Periode   | Opdrachtgever       | Rol             | Werkzaamheden        |\n\
             |-----------|---------------------|-----------------|----------------------|\n\
             | 01-2024 – | Gemeente Nijmegen   | Senior fiscalist| BCF-opgave en SiSa;  |\n\
             | heden     | (interim)           | btw             | btw-advies           |\n\
             |-----------|---------------------|-----------------|----------------------|\n\
             | 03-2020 – | Hoogheemraadschap   | Fiscalist (btw) | Btw-aangiften en     |\n\
             | 12-2023   | van Rijnland        |                 | suppletie            |\n\
             |-----------|---------------------|-----------------|----------------------|\n\n\
             OPLEIDING\nMaster Fiscaal Recht, Universiteit Leiden (2014)\n";
        let (cv, _) = read_cv(text);
        let jobs: Vec<(Option<&str>, Option<&str>)> = cv
            .experience
            .iter()
            .map(|e| (e.role.as_deref(), e.organisation.as_deref()))
            .collect();
        assert_eq!(
            jobs,
            [
                (
                    Some("Senior fiscalist btw"),
                    Some("Gemeente Nijmegen (interim)")
                ),
                (
                    Some("Fiscalist (btw)"),
                    Some("Hoogheemraadschap van Rijnland")
                ),
            ],
            "{:?}",
            cv.experience
        );
        assert!(cv.experience[1].period.as_ref().unwrap().end.is_some());
    }
}
