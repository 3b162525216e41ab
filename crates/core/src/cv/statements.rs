//! The statements of an experience entry: a bullet with its wrapped lines, or a line with
//! its indented continuation. Read once with the CV, because every criterion looks at them.

use super::{line_at, period_of_event, Period};
use crate::text::{fold, strip_pdf_question_marks};

/// One statement under a job.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// First and last line (1-based, inclusive).
    pub first: usize,
    pub last: usize,
    /// The lines joined as written.
    pub raw: String,
    /// Cleaned of PDF debris and folded, for matching.
    pub folded: String,
    /// A period written inside the statement ("(okt 2023 – jul 2024)").
    pub period: Option<Period>,
    /// Its segment in [`super::Mentions`]: its line's for one line, its own for more.
    pub segment: u32,
}

/// Splits lines `first..=last` into statements. `lines` and `folded` are the CV's lines as
/// written and as folded (index `n - 1` is line `n`).
pub(crate) fn statements(
    lines: &[String],
    folded: &[String],
    first: usize,
    last: usize,
) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::new();
    for n in first..=last {
        let raw = line_at(lines, n);
        let t = raw.trim_start();
        if t.is_empty() {
            continue;
        }
        let bullet = t.starts_with(['•', '-', '–', '*', '·', '▪', '◦', '●', '\u{f0b7}']);
        let continues = !bullet
            && (raw.starts_with([' ', '\t']) || t.starts_with(char::is_lowercase))
            && out.last().is_some_and(|p| p.last + 1 == n);
        match out.last_mut() {
            Some(p) if continues => {
                p.last = n;
                p.raw.push(' ');
                p.raw.push_str(t.trim());
            }
            _ => out.push(Statement {
                first: n,
                last: n,
                raw: t.trim().to_string(),
                folded: line_at(folded, n).to_string(),
                period: None,
                segment: (n - 1) as u32,
            }),
        }
    }
    for s in &mut out {
        if s.last > s.first {
            s.folded = fold(&strip_pdf_question_marks(&s.raw));
        }
        s.period = period_of_event(&s.raw);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<Statement> {
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        let folded: Vec<String> = lines.iter().map(|l| fold(l)).collect();
        statements(&lines, &folded, 1, lines.len())
    }

    #[test]
    fn a_bullet_takes_its_wrapped_lines() {
        let s = read("Secretaris\n• Notulen van de raad\n  en de commissies\n• Agenda's opstellen");
        assert_eq!(s.len(), 3);
        assert_eq!((s[1].first, s[1].last), (2, 3));
        assert_eq!(s[1].raw, "• Notulen van de raad en de commissies");
        assert!(s[1].folded.contains("notulen van de raad en de commissies"));
        assert_eq!(s[2].folded, fold("• Agenda's opstellen"));
    }

    #[test]
    fn a_period_inside_a_statement_is_kept() {
        let s = read("- Projectleider verkiezingen (okt 2023 – jul 2024)");
        let p = s[0].period.as_ref().expect("a period");
        assert_eq!(p.start.year, 2023);
    }

    #[test]
    fn blank_lines_end_nothing_and_are_skipped() {
        let s = read("\n\nAdviseur\n\n");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].first, 3);
    }
}
