//! A summary table after the criteria that repeats each by its code with its kind and weight
//! ("G1 | Beslag buitendienst | kwaliteit (cv) | 20 punten", "KO-2 | Werkervaring | knock-out |
//! n.v.t.", "P | Prijs | prijs | 30 punten"). Its rows are no criteria: they give the weights of
//! the criteria written out above by the same code, and the price and interview shares.

use super::points::points_expressions;
use super::sections::{has_any_byte, labelled_code, table_cells, Line, SectionKind};
use super::vocab::{INTERVIEW_CELLS, PRICE_CELLS};
use crate::text::fold;
use std::collections::HashSet;

/// What a summary table gives.
#[derive(Debug, Default, PartialEq)]
pub struct Summary {
    /// (kind the code names, number, weight, weight is a percentage) of each weighted row.
    pub weights: Vec<(Option<SectionKind>, u32, f64, bool)>,
    pub price: Option<f64>,
    pub interview: Option<f64>,
    /// Line numbers (1-based, as `Line::no`) of the table's rows: no criteria.
    pub rows: HashSet<usize>,
}

/// The summary table of a posting, read from the raw text (`raw`, its lines) and the cleaned
/// lines: a row is a summary row when it has three cells or more and its first cell is the code
/// that starts a criterion written out above it, outside any table. `None`: no such table.
pub fn summary_table(raw: &[&str], lines: &[Line]) -> Option<Summary> {
    let raw_of = |l: &Line| raw.get(l.no - 1).copied().unwrap_or("");
    let is_row = |r: &str| has_any_byte(r, b"|\t");
    // Codes that start a written-out criterion ("S1  De aangeboden kandidaat …").
    let mut codes: Vec<(String, usize)> = Vec::new();
    for l in lines {
        let r = raw_of(l);
        if is_row(r) {
            continue;
        }
        let first = r.split_whitespace().next().unwrap_or("");
        let code = first.trim_end_matches(['.', ':', ')']);
        if labelled_code(code).is_some() && r.split_whitespace().nth(3).is_some() {
            codes.push((fold(code), l.no));
        }
    }
    if codes.len() < 2 {
        return None;
    }
    let mut out = Summary::default();
    let mut in_table = false;
    for l in lines {
        let r = raw_of(l);
        if !is_row(r) {
            in_table = false;
            continue;
        }
        let cells = table_cells(r);
        if cells.len() < 3 {
            continue;
        }
        let first = fold(cells[0].trim_end_matches(['.', ':']));
        let repeats = codes.iter().any(|(c, at)| *c == first && *at < l.no);
        let weight = cells[1..]
            .iter()
            .rev()
            .find_map(|c| points_expressions(c).into_iter().next());
        if repeats {
            in_table = true;
            out.rows.insert(l.no);
            let Some(e) = weight else { continue };
            if let Some((kind, n)) = labelled_code(cells[0].trim_end_matches(['.', ':'])) {
                if kind != Some(SectionKind::Knockout) {
                    out.weights.push((kind, n, e.value, e.percent));
                }
            }
            continue;
        }
        if !in_table {
            continue;
        }
        // Rows of the same table after the criteria: the shares and the total.
        let folded: Vec<String> = cells.iter().map(|c| fold(c)).collect();
        let has = |words: &[&str]| folded.iter().any(|c| words.contains(&c.as_str()));
        out.rows.insert(l.no);
        if let Some(e) = weight {
            if has(PRICE_CELLS) {
                out.price = Some(e.value);
            } else if has(INTERVIEW_CELLS) {
                out.interview = Some(e.value);
            }
        }
    }
    (!out.rows.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tender::read_tender;
    use crate::tender::test_support::weighted;

    /// A DAS-style page: criteria by code with explanations, then an overview table with the
    /// weights. The table gives weights and shares, never criteria.
    #[test]
    fn overview_table_gives_weights_not_criteria() {
        let text = "Aanvraag adviseur\n\nSELECTIECRITERIA\nVoldoet een kandidaat niet aan een selectiecriterium, dan wordt de inschrijving terzijde gelegd.\n\n\
S1  De kandidaat heeft een afgeronde opleiding op hbo-niveau.\n\n\
S2  De kandidaat heeft minimaal 3 jaar ervaring als adviseur bij een gemeente.\n\n\
GUNNINGSCRITERIA\nDe gunningscriteria worden op het cv beoordeeld.\n\n\
G1  De kandidaat heeft ervaring met het opstellen van een omgevingsprogramma.\n\n\
G2  De kandidaat heeft kennis van het Besluit kwaliteit leefomgeving.\n\n\
OVERZICHT\n\
Code | Omschrijving | Soort | Weging\n\
S1 | Opleiding hbo | knock-out | n.v.t.\n\
S2 | Ervaring gemeente | knock-out | n.v.t.\n\
G1 | Omgevingsprogramma | kwaliteit | 30 punten\n\
G2 | Kennis Bkl | kwaliteit | max. 20 punten\n\
P | Prijs | prijs | 30 punten\n\
I | Gesprek | gesprek | 20 punten\n\
 | Totaal | | 100 punten\n";
        let (t, _) = read_tender(text);
        assert_eq!(t.knockouts.len(), 2, "{:#?}", t.knockouts);
        let w = weighted(&t);
        assert_eq!(
            w,
            [
                (
                    "De kandidaat heeft ervaring met het opstellen van een omgevingsprogramma",
                    Some(30.0)
                ),
                (
                    "De kandidaat heeft kennis van het Besluit kwaliteit leefomgeving",
                    Some(20.0)
                )
            ]
        );
        assert_eq!(
            (t.price_weight, t.interview_weight),
            (Some(30.0), Some(20.0))
        );
    }

    /// A table that is the criteria list itself (no code written out above) is no summary.
    #[test]
    fn criteria_table_is_no_summary() {
        let raw = "Eisen\nEis 1 | Knock-out | Een afgeronde hbo-opleiding | n.v.t.\nWens 1 | Wens | Ervaring met de Omgevingswet bij een gemeente | 20\n";
        let lines = super::super::sections::clean_lines(raw);
        let raw_lines: Vec<&str> = raw.lines().collect();
        assert_eq!(summary_table(&raw_lines, &lines), None);
    }
}
