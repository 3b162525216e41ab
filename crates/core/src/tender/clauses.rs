//! Knock-outs written as one running paragraph instead of a list: "De kandidaat beschikt over
//! een afgeronde hbo-opleiding, heeft minimaal 3 jaar werkervaring met … en kan per 4 januari
//! starten. Het uurtarief bedraagt maximaal € 85. De leverancier staat ingeschreven in …".
//! Each sentence is a requirement, and a sentence whose subject does several things ("beschikt
//! over …, heeft …, en kan …") is one requirement per verb. A sentence that only says what
//! failing costs ("Voldoet de kandidaat niet aan alle eisen, dan …") is none.

use super::vocab::{CLAUSE_SUBJECTS, CLAUSE_VERBS, ELIMINATION_WORDS};
use crate::text::fold;

/// The requirements in an unmarked knock-out paragraph, in order: each sentence, and each verb
/// clause of a sentence that lists several. `alone`: the paragraph is its list's only item.
/// `None` when the paragraph is one requirement: a sentence with at most two clauses, or an
/// item among others whose further sentences explain it ("… Werkervaring die uitsluitend …
/// is opgedaan is niet voldoende."); then it stays as written.
pub fn knockout_clauses(text: &str, alone: bool) -> Option<Vec<String>> {
    let sentences = sentences(text);
    let parts: Vec<Vec<String>> = sentences.iter().map(|s| clauses(s)).collect();
    let count: usize = parts.iter().map(Vec::len).sum();
    let running = parts.iter().any(|p| p.len() >= 3);
    let split = running || (alone && sentences.len() >= 2);
    (split && count >= 2).then(|| {
        parts
            .into_iter()
            .flatten()
            .filter(|p| !states_failing_costs(&fold(p)))
            .collect()
    })
}

/// "Indien een kandidaat niet aan alle bovenstaande eisen voldoet, wordt de aanbieding niet
/// verder beoordeeld", "Candidates who fail a requirement are excluded": what failing costs.
pub fn states_failing_costs(folded: &str) -> bool {
    let negated = folded
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "niet");
    let fails = (negated && (folded.contains("voldoe") || folded.contains("voldaan")))
        || ["not meet", "fail"].iter().any(|w| folded.contains(w));
    fails && ELIMINATION_WORDS.iter().any(|w| folded.contains(w))
}

/// The sentences of a paragraph: a full stop followed by a capital ends one, unless the word
/// before it is an abbreviation of one or two letters ("e.g. SDC", "o.a. Wmo", "max. 5").
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        let next = text[i + 2..].trim_start();
        let word = text[start..i].rsplit([' ', '(']).next().unwrap_or("");
        let abbreviation =
            word.contains('.') || word.chars().filter(|c| c.is_alphabetic()).count() <= 2;
        if next.starts_with(char::is_uppercase) && !abbreviation {
            out.push(text[start..=i].trim().to_string());
            start = i + 2;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

/// A sentence's verb clauses: "De kandidaat beschikt over A, heeft B en kan C." → ["beschikt
/// over A", "heeft B", "kan C."]. A sentence whose subject is no candidate, or with fewer than
/// two clause verbs after the first, is one clause as written.
fn clauses(sentence: &str) -> Vec<String> {
    let f = fold(sentence);
    let Some(subject) = CLAUSE_SUBJECTS
        .iter()
        .find(|s| f.starts_with(*s) && f[s.len()..].starts_with(' '))
    else {
        return vec![sentence.to_string()];
    };
    // Byte offsets of `f` hold for `sentence` where folding kept lengths; work on words.
    let words: Vec<&str> = sentence.split(' ').collect();
    let lead = subject.split(' ').count();
    let mut cuts = vec![lead];
    for k in lead + 1..words.len() {
        let verb = CLAUSE_VERBS.contains(&fold(words[k]).as_str());
        let after_comma = words[k - 1].ends_with(',');
        let after_and = ["en", "and"].contains(&fold(words[k - 1]).as_str());
        if verb && (after_comma || after_and) {
            cuts.push(if after_and { k - 1 } else { k });
        }
    }
    if cuts.len() < 2 {
        return vec![sentence.to_string()];
    }
    cuts.push(words.len());
    cuts.windows(2)
        .map(|w| {
            let part = words[w[0]..w[1]].join(" ");
            let part = part
                .strip_prefix("en ")
                .or_else(|| part.strip_prefix("and "))
                .unwrap_or(&part);
            part.trim_end_matches([',', ' ']).to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dutch and English running paragraphs: each verb clause, each further sentence, and no
    /// sentence about what failing costs.
    #[test]
    fn running_paragraphs_become_requirements() {
        let got = knockout_clauses(
            "De kandidaat beschikt over een afgeronde opleiding op minimaal hbo-niveau, heeft minimaal 3 jaar werkervaring met Alcoholwet- en/of exploitatievergunningen, heeft ervaring met Bibob-toetsen en kan per 4 januari 2027 starten voor 32 uur per week. Het uurtarief bedraagt maximaal € 85,00 excl. btw. De leverancier staat ingeschreven in het Waadi-register.",
            false,
        )
        .unwrap();
        assert_eq!(
            got,
            [
                "beschikt over een afgeronde opleiding op minimaal hbo-niveau",
                "heeft minimaal 3 jaar werkervaring met Alcoholwet- en/of exploitatievergunningen",
                "heeft ervaring met Bibob-toetsen",
                "kan per 4 januari 2027 starten voor 32 uur per week.",
                "Het uurtarief bedraagt maximaal € 85,00 excl. btw.",
                "De leverancier staat ingeschreven in het Waadi-register.",
            ]
        );
        let got = knockout_clauses(
            "The candidate holds a master's degree in economics, has at least five years of experience in a ministry, speaks Dutch at C1 level and can start on 1 February 2027.",
            false,
        )
        .unwrap();
        assert_eq!(
            got,
            [
                "holds a master's degree in economics",
                "has at least five years of experience in a ministry",
                "speaks Dutch at C1 level",
                "can start on 1 February 2027.",
            ]
        );
        let got = knockout_clauses(
            "Je hebt een hbo-diploma. Je bent beschikbaar voor 32 uur. Voldoet de kandidaat niet aan een van deze eisen, dan wordt de aanbieding terzijde gelegd.",
            true,
        )
        .unwrap();
        assert_eq!(
            got,
            [
                "Je hebt een hbo-diploma.",
                "Je bent beschikbaar voor 32 uur."
            ]
        );
    }

    /// One requirement stays one: a list of objects, two clauses, abbreviations inside.
    #[test]
    fn one_requirement_stays_as_written() {
        for t in [
            "De kandidaat heeft ervaring met de Wmo, de Jeugdwet en de Participatiewet.",
            "De kandidaat is in het bezit van rijbewijs B en heeft een eigen auto.",
            "Experience with disclosure control, e.g. SDC tools. (10 points)",
            "Minimaal 3 jaar ervaring o.a. met Wmo-indicaties.",
        ] {
            assert_eq!(knockout_clauses(t, true), None, "{t}");
        }
        // An item among others keeps its explaining sentence.
        assert_eq!(
            knockout_clauses(
                "De kandidaat heeft 2 jaar werkervaring als orthopedagoog. Werkervaring die uitsluitend in de volwassenenzorg is opgedaan is niet voldoende.",
                false
            ),
            None
        );
    }

    #[test]
    fn what_failing_costs() {
        for t in [
            "indien een kandidaat niet aan alle bovenstaande eisen voldoet, wordt de aanbieding niet verder beoordeeld.",
            "voldoet de kandidaat niet aan een eis, dan wordt de inschrijving terzijde gelegd.",
            "candidates who do not meet a requirement are excluded.",
        ] {
            assert!(states_failing_costs(t), "{t}");
        }
        assert!(!states_failing_costs(
            "de kandidaat voldoet aan de eisen van de wet bibob."
        ));
    }
}
