//! Lists run into one line: a sentence that holds its items ("De kandidaat: - beschikt over
//! …; - heeft ten minste …; - is in het bezit van …") and a page copied without its line
//! breaks ("… 17:00 uur. Eisen: • Afgeronde opleiding … • Minimaal 3 jaar … Wensen: • …").
//! Each item is put on a line of its own with its marker, and a list heading inside the line
//! ("Eisen:", "Wensen:", "Beoordeling:") on a line of its own, so the section reader sees the
//! list as it was meant. Lines without two such items are left as they are.

use super::sections::{heading, Line, SectionKind};
use crate::text::{fold, words};

/// Bullets that run items together in one line.
const INLINE_BULLETS: &[&str] = &[" • ", " ● ", " ▪ ", " ◦ "];

/// The lines with each line that holds a run-together list split into its items. `None`: no
/// line changed.
pub fn with_inline_lists_split(lines: &[Line]) -> Option<Vec<Line>> {
    let splits: Vec<Option<Vec<String>>> = lines.iter().map(|l| split_line(&l.text)).collect();
    if splits.iter().all(Option::is_none) {
        return None;
    }
    let mut out = Vec::with_capacity(lines.len() + 16);
    for (l, parts) in lines.iter().zip(splits) {
        let Some(parts) = parts else {
            out.push(l.clone());
            continue;
        };
        let mut after_heading = l.after_blank;
        for p in parts {
            let heading_like = ends_heading_like(&p);
            // "Beoordeling: wensen samen 40 punten, …" after the last item opens a paragraph.
            let opens = p
                .split_once(':')
                .is_some_and(|(name, _)| words(name).nth(3).is_none() && list_heading(name));
            out.push(Line {
                no: l.no,
                folded: fold(&p),
                // A heading inside the line opens a block, as after a blank line.
                after_blank: after_heading || heading_like || opens,
                text: p,
                marked_heading: false,
            });
            after_heading = heading_like;
        }
    }
    Some(out)
}

fn ends_heading_like(text: &str) -> bool {
    text.ends_with(':') && words(text).nth(3).is_none()
}

/// The parts of a line that holds two or more run-together items: the text before the list
/// (perhaps split at a list heading), then each item with its marker ("• …", "- …").
fn split_line(text: &str) -> Option<Vec<String>> {
    let bullets = INLINE_BULLETS
        .iter()
        .map(|b| text.matches(b).count())
        .max()
        .unwrap_or(0);
    let dashes = text.matches("; - ").count() + text.matches(": - ").count();
    let pieces: Vec<String> = if bullets >= 2 {
        let b = INLINE_BULLETS
            .iter()
            .max_by_key(|b| text.matches(*b).count())?;
        let mut v: Vec<String> = text.split(b).map(|p| p.trim().to_string()).collect();
        for p in v.iter_mut().skip(1) {
            *p = format!("{} {p}", b.trim());
        }
        v
    } else if dashes >= 2 {
        let mut v = Vec::new();
        let mut rest = text;
        while let Some(at) = ["; - ", ": - "].iter().filter_map(|d| rest.find(d)).min() {
            v.push(rest[..=at].trim().to_string());
            rest = &rest[at + 2..];
        }
        v.push(rest.trim().to_string());
        for p in v.iter_mut().skip(1) {
            if let Some(item) = p.strip_prefix("- ") {
                *p = format!("- {}", item.trim_end_matches(';').trim());
            }
        }
        v
    } else if let Some((head, _)) = caps_heading_lead(text) {
        // "DEEL A – EISEN. Kruis per eis aan …": the heading alone; how to fill in the form
        // is no criterion.
        return Some(vec![head.to_string()]);
    } else {
        return None;
    };
    // Each piece may end in the next list's heading ("… (10 punten) Wensen:") or hold one
    // after its item ("… (15 punten) Beoordeling: wensen samen 40 punten"): split there.
    let mut out = Vec::new();
    for p in pieces.into_iter().filter(|p| !p.is_empty()) {
        out.extend(split_at_headings(&p));
    }
    Some(out)
}

/// "DEEL A – EISEN. Kruis per eis aan …", "WENSEN: licht per wens toe …": a heading in capitals
/// (at most six words, four capital letters or more, naming a criteria list) run into the
/// sentence that explains it. The heading and the sentence.
fn caps_heading_lead(text: &str) -> Option<(&str, &str)> {
    let at = [". ", ": "].iter().filter_map(|d| text.find(d)).min()?;
    let (head, rest) = (&text[..at], text[at + 1..].trim());
    let letters: Vec<char> = head.chars().filter(|c| c.is_alphabetic()).collect();
    let caps = letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase());
    (caps && words(head).nth(6).is_none() && rest.split_whitespace().nth(2).is_some())
        .then_some(())?;
    list_heading(head).then_some((head, rest))
}

/// A piece split before each list heading inside it ("Eisen:", "Wensen:", "Beoordeling:"):
/// one to three words and a colon, after a sentence end or a closing bracket, that read as a
/// heading of a criteria list or of the award.
fn split_at_headings(piece: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut search = 0;
    while let Some(rel) = piece[search..].find(':') {
        let colon = search + rel;
        search = colon + 1;
        let before = &piece[from..colon];
        // The heading's words: the last one to three words before the colon, capitalised.
        let Some(start) = (1..=3).rev().find_map(|n| {
            let start = word_start(before, n)?;
            let name = before[start..].trim();
            (name.starts_with(char::is_uppercase) && list_heading(name)).then_some(start)
        }) else {
            continue;
        };
        let name = before[start..].trim();
        let head = before[..start].trim();
        if !head.is_empty() {
            out.push(head.to_string());
        }
        // The heading alone when nothing follows it in this piece, else with what follows.
        let after = piece[colon + 1..].trim();
        if after.is_empty() || after.starts_with(['•', '-', '●', '▪', '◦']) {
            out.push(format!("{name}:"));
            from = colon + 1;
        } else {
            from += start;
        }
        search = search.max(from);
    }
    let rest = piece[from..].trim();
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

/// Where the last `n` words of `text` start, when it has that many.
fn word_start(text: &str, n: usize) -> Option<usize> {
    let t = text.trim_end();
    let mut at = t.len();
    for _ in 0..n {
        let w = t[..at].trim_end();
        let s = w.rfind(' ').map_or(0, |p| p + 1);
        if w.is_empty() {
            return None;
        }
        at = s;
    }
    Some(at)
}

/// Whether "Name:" is the heading of a criteria list or of the award ("Eisen", "Wensen",
/// "Beoordeling"); terms ("Locatie", "Omvang") are headings of nothing here.
fn list_heading(name: &str) -> bool {
    let line = Line {
        no: 0,
        text: format!("{name}:"),
        folded: fold(&format!("{name}:")),
        marked_heading: false,
        after_blank: true,
    };
    let f = fold(name);
    heading(&line).is_some_and(|h| matches!(h.kind, SectionKind::Knockout | SectionKind::Weighted))
        || f == "beoordeling"
        || f == "gunning"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tender::read_tender;
    use crate::tender::test_support::{knockout_texts, weighted};

    /// A form's heading in capitals run into its instruction: the heading on its own line,
    /// so the lettered items under it read as its list. Other capitals are left alone.
    #[test]
    fn caps_headings_run_into_their_instruction() {
        for (line, head) in [
            (
                "DEEL A – EISEN. Kruis per eis aan of de kandidaat voldoet.",
                "DEEL A – EISEN",
            ),
            (
                "WENSEN: licht per wens toe waar het uit het cv blijkt.",
                "WENSEN",
            ),
            (
                "KNOCK-OUTCRITERIA. Eén nee betekent uitsluiting van de inschrijving.",
                "KNOCK-OUTCRITERIA",
            ),
        ] {
            let parts = split_line(line).expect(line);
            assert_eq!(parts[0], head, "{line}");
        }
        for line in [
            "LET OP. De inschrijving sluit op 10 december om 12:00 uur.",
            "DEEL A – Eisen. Kruis per eis aan of de kandidaat voldoet.",
            "EISEN.",
        ] {
            assert_eq!(split_line(line), None, "{line}");
        }
        let (t, _) = read_tender(
            "DEEL A – EISEN. Kruis per eis aan of de kandidaat voldoet.\n\nA1  Afgeronde hbo-opleiding Elektrotechniek of Verkeerskunde.\n    ☐ Ja   ☐ Nee\nA2  Minimaal 3 jaar ervaring met het ontwerpen van verkeersregelinstallaties.\n    ☐ Ja   ☐ Nee\n\nDEEL B – WENSEN. Licht per wens toe waar dit uit het cv blijkt.\n\nB1  Ervaring met het programmeren van regelingen in CCOL.      max. 20 punten\nB2  Ervaring met verkeersmanagementsystemen zoals MobiMaestro.  max. 10 punten\n",
        );
        assert_eq!(
            knockout_texts(&t),
            [
                "Afgeronde hbo-opleiding Elektrotechniek of Verkeerskunde",
                "Minimaal 3 jaar ervaring met het ontwerpen van verkeersregelinstallaties"
            ]
        );
        assert_eq!(
            weighted(&t),
            [
                (
                    "Ervaring met het programmeren van regelingen in CCOL",
                    Some(20.0)
                ),
                (
                    "Ervaring met verkeersmanagementsystemen zoals MobiMaestro",
                    Some(10.0)
                )
            ]
        );
    }

    /// A sentence that holds its knock-outs as "; - " items.
    #[test]
    fn dash_items_in_one_sentence() {
        let parts = split_line("De kandidaat: - beschikt over een hbo-diploma; - heeft ten minste 5 jaar ervaring; - is in het bezit van VCA-VOL.").unwrap();
        assert_eq!(
            parts,
            [
                "De kandidaat:",
                "- beschikt over een hbo-diploma",
                "- heeft ten minste 5 jaar ervaring",
                "- is in het bezit van VCA-VOL."
            ]
        );
        assert!(split_line("Ervaring met A; - of B").is_none());
    }

    /// "De kandidaat:" over its dash items, run into one line or on lines of their own: each
    /// item is a knock-out, the subject none.
    #[test]
    fn a_subject_over_its_requirements() {
        for text in [
            "Adviseur\n\nEisen\nDe kandidaat: - beschikt over een afgeronde hbo-opleiding in een technische richting; - heeft ten minste 5 jaar werkervaring in de spoorsector; - is in het bezit van een geldig VCA-VOL-certificaat.\n",
            "Adviseur\n\nEisen\nDe aangeboden kandidaat:\n- beschikt over een afgeronde hbo-opleiding in een technische richting\n- heeft ten minste 5 jaar werkervaring in de spoorsector\n- is in het bezit van een geldig VCA-VOL-certificaat\n",
        ] {
            let (t, _) = read_tender(text);
            let ko = knockout_texts(&t);
            assert_eq!(
                ko,
                [
                    "beschikt over een afgeronde hbo-opleiding in een technische richting",
                    "heeft ten minste 5 jaar werkervaring in de spoorsector",
                    "is in het bezit van een geldig VCA-VOL-certificaat"
                ],
                "{text}"
            );
        }
        // "Kennis van:" over short values is one requirement.
        let (t, _) = read_tender("Adviseur\n\nEisen\nKennis van:\n- de Wmo\n- de Jeugdwet\n");
        assert_eq!(t.knockouts.len(), 1);
    }

    /// A page copied without line breaks: terms, knock-outs and wensen in one paragraph.
    #[test]
    fn a_page_without_line_breaks() {
        let text = "Beleidsadviseur kustbeheer – ref. RWS-26-881 Rijkswaterstaat zoekt een adviseur. Omvang: 32 uur per week. Reageren kan tot en met 8 december 2026. \
Eisen: • Afgeronde opleiding op wo-masterniveau • Minimaal 3 jaar werkervaring als adviseur zandsuppleties • Het uurtarief is niet hoger dan € 110,00 excl. btw \
Wensen: • Ervaring met Delft3D (15 punten) • Ervaring bij een waterschap (10 punten) Beoordeling: wensen samen 25 punten, prijs 50 punten, gesprek 25 punten. Wat niet in het cv staat telt niet mee.\n";
        let (t, _) = read_tender(text);
        let ko = knockout_texts(&t);
        assert_eq!(
            ko,
            [
                "Afgeronde opleiding op wo-masterniveau",
                "Minimaal 3 jaar werkervaring als adviseur zandsuppleties",
                "Het uurtarief is niet hoger dan € 110,00 excl. btw"
            ]
        );
        let w = weighted(&t);
        assert_eq!(
            w,
            [
                ("Ervaring met Delft3D", Some(15.0)),
                ("Ervaring bij een waterschap", Some(10.0))
            ]
        );
        assert_eq!(t.price_weight, Some(50.0));
        assert_eq!(t.interview_weight, Some(25.0));
    }

    /// One bullet in a sentence, or none, is no list.
    #[test]
    fn lines_without_a_run_together_list_stay() {
        for l in [
            "Ervaring met A • B",
            "Kennis van de Wet: - zie bijlage",
            "Eisen: zie bijlage 2.",
        ] {
            assert!(split_line(l).is_none(), "{l}");
        }
    }
}
