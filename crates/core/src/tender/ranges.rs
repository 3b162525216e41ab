//! One numbered list holding both kinds, with a sentence saying which numbers are which:
//! "De punten 1 tot en met 4 zijn eisen … De punten 5 tot en met 8 zijn wensen", "Eisen 1 tot
//! en met 5 zijn knock-outcriteria; criteria 6 tot en met 9 zijn gunningscriteria", "Items 1
//! to 3 are knock-out criteria, items 4 to 7 award criteria". The list is read as if each
//! range had its own heading.

use super::sections::Line;

/// Words that name a kind after "zijn"/"are", and the heading that stands for it.
const KINDS: [(&str, &str); 12] = [
    ("knock-out", "Knock-outcriteria"),
    ("knockout", "Knock-outcriteria"),
    ("minimumeisen", "Knock-outcriteria"),
    ("harde eisen", "Knock-outcriteria"),
    ("eisen", "Knock-outcriteria"),
    ("requirements", "Knock-outcriteria"),
    ("wensen", "Gunningscriteria"),
    ("gunningscriteria", "Gunningscriteria"),
    ("selectiecriteria", "Gunningscriteria"),
    ("beoordelingscriteria", "Gunningscriteria"),
    ("award criteria", "Gunningscriteria"),
    ("weighted", "Gunningscriteria"),
];

/// Words between the two numbers of a range.
const TO: [&str; 5] = ["tot en met", "t/m", "tot", "to", "through"];

/// The lines with a heading put before the first item of each range the text names, when it
/// names at least two ranges of different kinds and their first items are found after it.
pub fn with_range_headings(lines: &[Line]) -> Option<Vec<Line>> {
    // Cheap test first: a range sentence has "zijn"/"are" and a kind word.
    if !lines.iter().any(|l| {
        (l.folded.contains(" zijn ") || l.folded.contains(" are ")) && l.folded.contains(" 1 ")
    }) {
        return None;
    }
    // Paragraphs joined, so a sentence that wraps is read whole.
    let mut k = 0;
    while k < lines.len() {
        let mut end = k + 1;
        while end < lines.len() && !lines[end].after_blank && end - k < 6 {
            end += 1;
        }
        // Most paragraphs lack a verb, a kind word or a number: no words split for those.
        if !may_name_ranges(&lines[k..end]) {
            k = end;
            continue;
        }
        let joined = lines[k..end]
            .iter()
            .map(|l| l.folded.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let ranges = ranges_in(&joined);
        let kinds: Vec<&str> = ranges.iter().map(|r| r.2).collect();
        if ranges.len() >= 2 && kinds.windows(2).any(|w| w[0] != w[1]) {
            return insert_headings(lines, end, &ranges);
        }
        k = end;
    }
    None
}

/// Verbs between a range and its kind ("zijn eisen", "are award criteria").
const VERBS: [&str; 5] = ["zijn ", "are ", "betreffen ", "vormen ", "gelden als "];

/// Stems that every verb of `VERBS` ("zijn", "are", "betreffen", "vormen", "gelden als")
/// holds; a paragraph without one names no range.
const VERB_STEMS: [&str; 5] = ["zijn", "are", "betreffen", "vormen", "gelden"];

/// Stems that every word of `KINDS` holds ("harde eisen" holds "eisen", "award criteria"
/// holds "criteria"). Kept beside `KINDS`: a kind word added there needs its stem here.
const KIND_STEMS: [&str; 6] = [
    "knock",
    "eisen",
    "requirements",
    "wensen",
    "criteria",
    "weighted",
];

/// Whether a paragraph can hold a range sentence: a digit, a verb and a kind word, each within
/// one line (words never cross lines). A cheap test, so `ranges_in` runs on few paragraphs.
fn may_name_ranges(paragraph: &[Line]) -> bool {
    let any = |stems: &[&str]| {
        paragraph
            .iter()
            .any(|l| stems.iter().any(|s| l.folded.contains(s)))
    };
    paragraph
        .iter()
        .any(|l| l.folded.bytes().any(|b| b.is_ascii_digit()))
        && any(&VERB_STEMS)
        && any(&KIND_STEMS)
}

/// (first, last, heading) of each "N tot en met M zijn <kind>" in a folded paragraph.
fn ranges_in(f: &str) -> Vec<(u32, u32, &'static str)> {
    let words: Vec<&str> = f
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let num = |w: &str| {
        w.trim_end_matches('.')
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=40).contains(n))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some(a) = num(words[i]) else {
            i += 1;
            continue;
        };
        // "1 tot en met 4", "1 t/m 4", "1 to 3", "1-4".
        let mut j = i + 1;
        let mut joined_to = false;
        for to in TO {
            let n = to.split(' ').count();
            // Word by word, so no string is built per number.
            if words
                .get(j..j + n)
                .is_some_and(|ws| ws.iter().copied().eq(to.split(' ')))
            {
                j += n;
                joined_to = true;
                break;
            }
        }
        if !joined_to && !matches!(words.get(j), Some(&"-") | Some(&"–")) {
            i += 1;
            continue;
        }
        if !joined_to {
            j += 1;
        }
        let Some(b) = words.get(j).and_then(|w| num(w)).filter(|b| *b > a) else {
            i += 1;
            continue;
        };
        // "zijn eisen", "zijn de wensen", "are award criteria", "betreffen knock-outcriteria".
        let rest = words[j + 1..(j + 6).min(words.len())].join(" ");
        let verb = VERBS.iter().find(|v| rest.starts_with(*v));
        if let Some(v) = verb {
            let after = rest[v.len()..].trim_start_matches("de ");
            if let Some((_, heading)) = KINDS.iter().find(|(w, _)| after.starts_with(w)) {
                out.push((a, b, *heading));
            }
        }
        i = j + 1;
    }
    out
}

/// The lines with a heading before the first line at or after `from` that starts with each
/// range's first number ("1.", "1)", "5 "), in order.
fn insert_headings(lines: &[Line], from: usize, ranges: &[(u32, u32, &str)]) -> Option<Vec<Line>> {
    let mut at = Vec::new();
    let mut k = from;
    for (first, _, heading) in ranges {
        let found = (k..lines.len().min(from + 80))
            .find(|&i| item_number(&lines[i].text) == Some(*first))?;
        at.push((found, *heading));
        k = found + 1;
    }
    let mut out = Vec::with_capacity(lines.len() + at.len());
    for (i, l) in lines.iter().enumerate() {
        if let Some((_, heading)) = at.iter().find(|(f, _)| *f == i) {
            out.push(Line::synthetic_heading(l.no, heading));
        }
        out.push(l.clone());
    }
    Some(out)
}

/// The number a list item starts with: "1.", "1)", "(1)".
fn item_number(text: &str) -> Option<u32> {
    let t = text.trim_start().trim_start_matches('(');
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    let rest = &t[digits.len()..];
    (!digits.is_empty() && rest.starts_with(['.', ')']))
        .then(|| digits.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_sentences_in_their_wordings() {
        for (text, want) in [
            (
                "de punten 1 tot en met 4 zijn eisen: wordt daar niet aan voldaan, dan valt u af. de punten 5 tot en met 8 zijn wensen en worden gewogen.",
                vec![(1, 4, "Knock-outcriteria"), (5, 8, "Gunningscriteria")],
            ),
            (
                "eisen 1 tot en met 5 zijn knock-outcriteria: voldoet de kandidaat niet. criteria 6 tot en met 9 zijn gunningscriteria; zij bepalen de score.",
                vec![(1, 5, "Knock-outcriteria"), (6, 9, "Gunningscriteria")],
            ),
            (
                "items 1 to 3 are knock-out criteria and items 4 to 7 are award criteria.",
                vec![(1, 3, "Knock-outcriteria"), (4, 7, "Gunningscriteria")],
            ),
            (
                "nummers 1 t/m 2 zijn minimumeisen, nummers 3 t/m 6 zijn de gunningscriteria.",
                vec![(1, 2, "Knock-outcriteria"), (3, 6, "Gunningscriteria")],
            ),
        ] {
            assert_eq!(ranges_in(text), want, "{text}");
        }
        // Numbers that are no ranges of criteria.
        assert!(ranges_in("de fases 1 tot en met 3 zijn afgerond in 2024.").is_empty());
        assert!(ranges_in("er zijn 2 tot 3 gesprekken").is_empty());
    }

    #[test]
    fn every_kind_word_and_verb_holds_a_stem() {
        for (w, _) in KINDS {
            assert!(KIND_STEMS.iter().any(|s| w.contains(s)), "{w}");
        }
        for v in VERBS {
            assert!(VERB_STEMS.iter().any(|s| v.contains(s)), "{v}");
        }
    }

    #[test]
    fn item_numbers() {
        assert_eq!(item_number("1. Afgeronde hbo-opleiding"), Some(1));
        assert_eq!(item_number("  12) Ervaring"), Some(12));
        assert_eq!(item_number("(3) Ervaring"), Some(3));
        assert_eq!(item_number("2026 was een goed jaar"), None);
    }
}
