//! Items that open with their kind as a label, as broker pages print requirement lists:
//! "• Vereist: Afgeronde wo-opleiding …", "• Gewenst (15 pnt): Ervaring met …", "Must-have:
//! …", "Nice-to-have (10 points): …". Each is written with its kind as the tag at its end
//! ("- Afgeronde wo-opleiding … (knock-out)", "- Ervaring met … (gunning, 15 pnt)"), where the
//! kind-tag reader groups the runs into lists. Without two such lines nothing changes.

use super::points::points_expressions;
use super::sections::{list_marker, Line, SectionKind};
use super::vocab::{LEAD_KNOCKOUT_LABELS, LEAD_WEIGHTED_LABELS};
use crate::text::fold;

/// The lines with each kind-labelled item rewritten with its kind tag at its end, when two or
/// more lines open so. `None`: nothing to do.
pub fn with_leading_kind_labels(lines: &[Line]) -> Option<Vec<Line>> {
    let rewritten: Vec<Option<String>> = lines.iter().map(|l| tagged(&l.text)).collect();
    if rewritten.iter().flatten().count() < 2 {
        return None;
    }
    Some(
        lines
            .iter()
            .zip(rewritten)
            .map(|(l, r)| match r {
                Some(t) => Line {
                    folded: fold(&t),
                    text: t,
                    ..l.clone()
                },
                None => l.clone(),
            })
            .collect(),
    )
}

/// "• Gewenst (15 pnt): Ervaring met X." → "- Ervaring met X. (gunning, 15 pnt)"; `None` for a
/// line that does not open with a kind label and a colon.
fn tagged(text: &str) -> Option<String> {
    let start = list_marker(text).map_or(0, |(_, _, s)| s);
    let rest = text[start..].trim_start();
    let colon = rest.find(':').filter(|&c| c <= 40)?;
    let (label, body) = (rest[..colon].trim(), rest[colon + 1..].trim());
    // The requirement after the label: some words, starting a sentence.
    body.split_whitespace().nth(2)?;
    let (word, bracket) = match label.find('(') {
        Some(o) if label.ends_with(')') => {
            (label[..o].trim(), Some(&label[o + 1..label.len() - 1]))
        }
        _ => (label, None),
    };
    let kind = label_kind(word)?;
    let tag = match (kind, bracket) {
        (SectionKind::Knockout, _) => "knock-out".to_string(),
        (_, Some(b)) if !points_expressions(b).is_empty() => format!("gunning, {}", b.trim()),
        _ => "gunning".to_string(),
    };
    Some(format!("- {body} ({tag})"))
}

/// The kind a label names ("Vereist", "Eis", "Must-have" / "Gewenst", "Wens", "Pré",
/// "Nice-to-have"), or `None`.
fn label_kind(word: &str) -> Option<SectionKind> {
    let f = fold(word).replace(['-', '_'], " ");
    let f = f.trim();
    if LEAD_KNOCKOUT_LABELS.contains(&f) {
        Some(SectionKind::Knockout)
    } else if LEAD_WEIGHTED_LABELS.contains(&f) {
        Some(SectionKind::Weighted)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dutch and English kind labels, with and without bullets and weights.
    #[test]
    fn kind_labels_become_tags() {
        for (line, want) in [
            (
                "• Vereist: Afgeronde wo-opleiding in de richting bodem.",
                Some("- Afgeronde wo-opleiding in de richting bodem. (knock-out)"),
            ),
            (
                "• Gewenst (15 pnt): Ervaring met een veenweidestrategie.",
                Some("- Ervaring met een veenweidestrategie. (gunning, 15 pnt)"),
            ),
            (
                "- Eis: Minimaal 3 jaar ervaring als adviseur.",
                Some("- Minimaal 3 jaar ervaring als adviseur. (knock-out)"),
            ),
            (
                "Wens: Kennis van de Omgevingswet en het DSO.",
                Some("- Kennis van de Omgevingswet en het DSO. (gunning)"),
            ),
            (
                "* Must-have: A master's degree in law.",
                Some("- A master's degree in law. (knock-out)"),
            ),
            (
                "* Nice-to-have (10 points): Experience with EU funds.",
                Some("- Experience with EU funds. (gunning, 10 points)"),
            ),
            (
                "Pré: Ervaring bij een waterschap of provincie.",
                Some("- Ervaring bij een waterschap of provincie. (gunning)"),
            ),
            ("Opdrachtgever: Gemeente Utrecht, afdeling Wonen.", None),
            ("Vereist: ja", None),
            ("Let op: alleen wat in het cv staat telt.", None),
        ] {
            assert_eq!(tagged(line).as_deref(), want, "{line}");
        }
    }
}
