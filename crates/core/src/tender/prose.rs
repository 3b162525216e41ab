//! Criteria written as prose, as in an e-mail from the team lead to the inhuurdesk: "Wat we echt
//! nodig hebben is … Daarnaast moet de kandidaat … Zonder deze vier punten hoef je het cv niet
//! door te sturen." and "Dan de extra's, daar wil ik de cv's op scoren: Een pré is …, dat levert
//! 15 punten op." Read only when no list was found. A paragraph is a list of one kind when a
//! sentence in it says so (forward with a colon or "de volgende", backward with "deze"), and a
//! sentence that offers points for something ("Een pré is …, dat levert 15 punten op") is a
//! weighted criterion on its own. Nothing else is taken: pages without criteria stay without.

use super::points::points_expressions;
use super::sections::Line;
use super::vocab::{
    BLOCK_WEIGHT_FIELDS, PROSE_BACKWARD_WORDS, PROSE_KNOCKOUT_DECLARATIONS, PROSE_KNOCKOUT_STARTS,
    PROSE_OFFER_CLAUSES, PROSE_OFFER_WORDS, PROSE_WEIGHTED_DECLARATIONS, PROSE_WEIGHTED_STARTS,
};
use crate::text::{fold, words};

/// Which list a prose sentence belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProseKind {
    Knockout,
    Weighted,
}

/// One criterion found in prose: its kind, the sentence, and the 1-based line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct ProseCriterion {
    pub kind: ProseKind,
    pub text: String,
    pub line: usize,
}

/// A sentence of a paragraph with the line it starts on.
struct Sentence {
    text: String,
    folded: String,
    line: usize,
}

/// The criteria a posting states in prose, in order. Empty when no sentence declares a list
/// and none offers points.
pub fn prose_criteria(lines: &[Line]) -> Vec<ProseCriterion> {
    let paragraphs = paragraphs(lines);
    // "De kandidaat moet …" sentences are knock-outs when the text has two or more of them.
    let musts = paragraphs
        .iter()
        .flatten()
        .filter(|s| starts_any(&s.folded, PROSE_KNOCKOUT_STARTS))
        .count();
    let mut out = Vec::new();
    // A declaration at the end of a paragraph ("… daar wil ik op scoren:") opens the next one.
    let mut carried: Option<ProseKind> = None;
    for para in &paragraphs {
        let mut kinds: Vec<Option<ProseKind>> = vec![carried.take(); para.len()];
        let mut declarations = vec![false; para.len()];
        for (i, s) in para.iter().enumerate() {
            let Some(kind) = declaration(&s.folded) else {
                continue;
            };
            declarations[i] = true;
            let backward = i > 0
                && PROSE_BACKWARD_WORDS.iter().any(|w| s.folded.contains(w))
                && !s.text.trim_end().ends_with(':');
            if backward {
                for k in kinds.iter_mut().take(i) {
                    *k = Some(kind);
                }
            } else if i + 1 == para.len() {
                carried = Some(kind);
            } else {
                for k in kinds.iter_mut().skip(i + 1) {
                    *k = Some(kind);
                }
            }
        }
        for (i, s) in para.iter().enumerate() {
            if declarations[i] || words(&s.text).nth(4).is_none() {
                continue;
            }
            let own = if starts_any(&s.folded, PROSE_WEIGHTED_STARTS) || offers_points(&s.folded) {
                Some(ProseKind::Weighted)
            } else if musts >= 2 && starts_any(&s.folded, PROSE_KNOCKOUT_STARTS) {
                Some(ProseKind::Knockout)
            } else {
                None
            };
            if let Some(kind) = kinds[i].or(own) {
                // "Wij waarderen …" over "Weging" / "20 punten": the weight on the lines below.
                let text = match kind {
                    ProseKind::Weighted if points_expressions(&s.text).is_empty() => {
                        with_weight_below(&s.text, s.line, lines)
                    }
                    _ => s.text.clone(),
                };
                // A weighted sentence carries its points; the price and interview shares do not
                // count as criteria.
                if kind == ProseKind::Weighted && is_share(&s.folded) {
                    continue;
                }
                out.push(ProseCriterion {
                    kind,
                    text,
                    line: s.line,
                });
            }
        }
    }
    out
}

fn starts_any(f: &str, starts: &[&str]) -> bool {
    starts.iter().any(|w| f.starts_with(w))
}

/// The sentence with the weight written on the few lines under it ("Weging" / "20 punten",
/// "(15 punten)"), when those lines hold only a weight and its label.
fn with_weight_below(text: &str, from_line: usize, lines: &[Line]) -> String {
    let Some(at) = lines.iter().position(|l| l.no >= from_line) else {
        return text.to_string();
    };
    // The sentence's own lines first: the weight comes after the line where it ends.
    let own_end = lines[at..]
        .iter()
        .position(|l| l.text.trim_end().ends_with(['.', '!', '?']))
        .map_or(at, |k| at + k);
    for l in lines.iter().skip(own_end + 1).take(3) {
        let f = l.folded.trim();
        // "Weging" alone on its line: the weight's label, as in a block of fields.
        if BLOCK_WEIGHT_FIELDS.contains(&f.trim_end_matches(':').trim()) {
            continue;
        }
        let e = points_expressions(&l.text);
        if !e.is_empty() && words(f).nth(4).is_none() {
            return format!("{text} ({})", l.text.trim());
        }
        break;
    }
    text.to_string()
}

/// The kind a sentence declares for the sentences around it, if it is a declaration.
fn declaration(f: &str) -> Option<ProseKind> {
    // A declaration is short: a long sentence with a cue is a requirement itself.
    if words(f).nth(20).is_some() {
        return None;
    }
    // "Voldoet een kandidaat aan een van deze eisen niet, dan nemen wij de aanbieding niet
    // verder in behandeling": what failing costs makes the sentences it points at knock-outs.
    if PROSE_KNOCKOUT_DECLARATIONS.iter().any(|w| f.contains(w))
        || super::clauses::states_failing_costs(f)
    {
        return Some(ProseKind::Knockout);
    }
    // "Dan de extra's, daar wil ik op scoren:" has no points of its own; a sentence that names
    // a number of points is an item or a share.
    if PROSE_WEIGHTED_DECLARATIONS.iter().any(|w| f.contains(w)) && points_expressions(f).is_empty()
    {
        return Some(ProseKind::Weighted);
    }
    None
}

/// "Een pré is …, dat levert 15 punten op", "… telt mee voor 10 punten": a sentence offering
/// points for something, not a share of the award.
fn offers_points(f: &str) -> bool {
    f.bytes().any(|b| b.is_ascii_digit())
        && PROSE_OFFER_WORDS.iter().any(|w| f.contains(w))
        && points_expressions(f).iter().any(|e| !e.percent)
        && !is_share(f)
}

/// The sentence without the clause that offers its points ("…, dat levert 15 punten op" →
/// "…"), so the criterion is the thing scored. Levels ("2 jaar levert 5 punten op, 5 jaar
/// levert 15 punten op") are left to the points reader.
pub fn without_offer_clause(text: &str) -> &str {
    let exprs = points_expressions(text);
    let [e] = exprs.as_slice() else { return text };
    // Folding keeps one character for one: the offer word is found in the folded words before
    // the points and cut at the same character in the text.
    let before = fold(&text[..e.start]);
    let Some(at) = PROSE_OFFER_CLAUSES
        .iter()
        .filter_map(|w| before.rfind(w))
        .max()
    else {
        return text;
    };
    let chars = before[..at].chars().count();
    let cut = text
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i);
    // "…; dit levert", "…, dan levert dat": the words that only lead into the clause go too.
    let mut head = text[..cut].trim_end();
    loop {
        let shorter = [
            " dat", " dit", " wat", " die", " dan", " this", " which", " then",
        ]
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .unwrap_or(head)
        .trim_end_matches([',', ';', ' ']);
        if shorter.len() == head.len() {
            break;
        }
        head = shorter;
    }
    if words(head).nth(3).is_none() {
        return text;
    }
    head
}

/// A sentence about the price or interview share or the total.
fn is_share(f: &str) -> bool {
    [
        "prijs",
        "price",
        "gesprek",
        "interview",
        "totaal",
        "komen we op",
        "samen ",
    ]
    .iter()
    .any(|w| f.contains(w))
}

/// The text's paragraphs (runs of lines without a blank between them) as sentences.
fn paragraphs(lines: &[Line]) -> Vec<Vec<Sentence>> {
    let mut out: Vec<Vec<Sentence>> = Vec::new();
    let mut current: Vec<&Line> = Vec::new();
    let flush = |current: &mut Vec<&Line>, out: &mut Vec<Vec<Sentence>>| {
        if !current.is_empty() {
            out.push(sentences(current));
            current.clear();
        }
    };
    for l in lines {
        if l.after_blank {
            flush(&mut current, &mut out);
        }
        current.push(l);
    }
    flush(&mut current, &mut out);
    out
}

/// A paragraph's sentences: cut after '.', '!', '?' or ':' before an upper-case letter, and at
/// the end of a line that ends one.
fn sentences(para: &[&Line]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut line = 0;
    for l in para {
        // One pass over the words, each looking at the next (a line may be megabytes long).
        let mut ws = l.text.split_whitespace().peekable();
        while let Some(word) = ws.next() {
            if text.is_empty() {
                line = l.no;
            }
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(word);
            let next = ws.peek();
            let last_of_line = next.is_none();
            let next_upper = next.is_some_and(|n| n.starts_with(char::is_uppercase));
            if word.ends_with(['.', '!', '?', ':']) && (last_of_line || next_upper) {
                out.push(Sentence {
                    folded: fold(&text),
                    text: std::mem::take(&mut text),
                    line,
                });
            }
        }
    }
    if !text.is_empty() {
        out.push(Sentence {
            folded: fold(&text),
            text,
            line,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tender::read_tender;
    use crate::tender::test_support::{knockout_texts, weighted};

    /// An e-mail with the knock-outs closed by "Zonder deze … niet" and the scored extras opened
    /// by "daar wil ik op scoren:".
    #[test]
    fn email_with_prose_criteria() {
        let text = "Onderwerp: Inhuuraanvraag adviseur evenementen\n\nHoi Sanne,\n\n\
Kun je de aanvraag uitzetten? Het gaat om vergunningen voor evenementen in de binnenstad.\n\n\
Wat we echt nodig hebben is iemand met een afgeronde hbo-opleiding.\n\
Daarnaast moet de kandidaat ten minste drie jaar ervaring hebben met evenementenvergunningen bij een gemeente.\n\
Het tarief mag maximaal € 95 per uur zijn.\n\
Zonder deze drie punten hoef je het cv niet door te sturen.\n\n\
Dan de extra's, daar wil ik de cv's op scoren:\n\
Een pré is ervaring met de Alcoholwet, dat levert 15 punten op.\n\
Ervaring met crowdmanagement bij grote evenementen levert 10 punten op.\n\n\
De prijs telt voor 40 punten en het gesprek voor 35 punten.\n\nGroet,\nHanneke\n";
        let (t, w) = read_tender(text);
        let ko = knockout_texts(&t);
        assert_eq!(ko.len(), 3, "{ko:#?}");
        assert!(ko[1].starts_with("Daarnaast moet de kandidaat"));
        let pts: Vec<Option<f64>> = t.criteria.iter().map(|c| c.points).collect();
        assert_eq!(pts, [Some(15.0), Some(10.0)]);
        assert_eq!(t.criteria[0].text, "Een pré is ervaring met de Alcoholwet");
        assert_eq!(
            t.criteria[1].text,
            "Ervaring met crowdmanagement bij grote evenementen"
        );
        assert!(w.contains(&crate::warning::Warning::CriteriaFromProse));
    }

    /// A page with a "De kandidaat moet …" sentence per knock-out and a "Wij waarderen …"
    /// sentence per wens, each weight on the lines under it.
    #[test]
    fn must_and_appreciate_sentences() {
        let text = "Projectleider opvang\n\nOmschrijving\n\nWij zoeken een projectleider.\n\n\
De kandidaat moet beschikken over een afgeronde hbo-opleiding.\n\n\
De kandidaat moet minimaal 2 jaar ervaring hebben met de huisvesting van statushouders.\n\n\
Wij waarderen ervaring met flexwonen voor spoedzoekers.\n\nWeging\n\n20 punten\n\n\
Wij waarderen ervaring met prestatieafspraken met woningcorporaties.\n\nWeging\n\n15 punten\n\n\
Beoordeling\n\nPrijs\n\n20 punten\n";
        let (t, _) = read_tender(text);
        assert_eq!(t.knockouts.len(), 2, "{:#?}", t.knockouts);
        let w = weighted(&t);
        assert_eq!(
            w,
            [
                (
                    "Wij waarderen ervaring met flexwonen voor spoedzoekers",
                    Some(20.0)
                ),
                (
                    "Wij waarderen ervaring met prestatieafspraken met woningcorporaties",
                    Some(15.0)
                )
            ]
        );
        // One "je moet" in a text is no list of knock-outs.
        let (t, _) = read_tender("Nieuws\n\nJe moet je afval scheiden, zegt de gemeente.\n");
        assert!(t.knockouts.is_empty());
    }

    /// How ten prose postings declare their lists, each read to the right kind.
    #[test]
    fn declaration_family() {
        for (s, kind) in [
            (
                "Zonder deze vier punten hoef je het cv niet door te sturen.",
                ProseKind::Knockout,
            ),
            (
                "Aan deze eisen moet de kandidaat in elk geval voldoen.",
                ProseKind::Knockout,
            ),
            ("Dit zijn harde eisen.", ProseKind::Knockout),
            (
                "Voldoet de kandidaat hier niet aan, dan valt hij af.",
                ProseKind::Knockout,
            ),
            (
                "Without these we cannot consider the candidate.",
                ProseKind::Knockout,
            ),
            (
                "De kandidaat moet aan het volgende voldoen:",
                ProseKind::Knockout,
            ),
            (
                "Dan de extra's, daar wil ik de cv's op scoren:",
                ProseKind::Weighted,
            ),
            ("Pluspunten zijn:", ProseKind::Weighted),
            (
                "Daarnaast scoren we de cv's op het volgende:",
                ProseKind::Weighted,
            ),
            ("Nice to have:", ProseKind::Weighted),
            (
                "Voldoet een kandidaat aan een van deze eisen niet, dan nemen wij de aanbieding niet verder in behandeling.",
                ProseKind::Knockout,
            ),
            (
                "A candidate who does not meet one of these requirements will be rejected.",
                ProseKind::Knockout,
            ),
        ] {
            assert_eq!(declaration(&fold(s)), Some(kind), "{s}");
        }
    }

    /// How a letter offers points for an extra: the clause that offers them is cut, the thing
    /// scored stays.
    #[test]
    fn offer_family() {
        for (s, want) in [
            (
                "Ervaring met het ontwikkelen van casustoetsen; dit levert 15 punten op.",
                "Ervaring met het ontwikkelen van casustoetsen",
            ),
            (
                "Ervaring als werkplekbegeleider van stagiairs waarderen wij met 10 punten.",
                "Ervaring als werkplekbegeleider van stagiairs",
            ),
            (
                "Kennis van Moodle of Canvas wordt beloond met 5 punten.",
                "Kennis van Moodle of Canvas",
            ),
            (
                "Experience with port state control is worth 10 points.",
                "Experience with port state control",
            ),
        ] {
            assert!(offers_points(&fold(s)), "{s}");
            assert_eq!(without_offer_clause(s.trim_end_matches('.')), want, "{s}");
        }
        for s in [
            "De prijs telt voor 20 punten.",
            "Wij waarderen uw belangstelling voor deze opdracht.",
        ] {
            assert!(!offers_points(&fold(s)), "{s}");
        }
    }

    /// A letter to the supplier: the knock-outs as sentences closed by what failing them costs,
    /// the extras as sentences that offer points, the shares in a closing sentence.
    #[test]
    fn letter_with_prose_criteria() {
        let text = "Rijksinstituut voor de kust\nAfdeling Inkoop\n\nOns kenmerk: RK-26-118\nOnderwerp: uitvraag adviseur zandsuppleties\n\n\
Geachte leverancier,\n\nVoor ons team Kustbeheer zoeken wij per 1 maart 2027 een adviseur voor 32 uur per week.\n\n\
Wij vragen iemand met een afgeronde wo-opleiding kustwaterbouwkunde of fysische geografie. Verder moet de kandidaat minimaal 4 jaar ervaring hebben met het ontwerpen van suppleties. \
Het uurtarief mag niet hoger zijn dan € 105,00 exclusief btw. Voldoet een kandidaat niet aan een van deze eisen, dan wordt de aanbieding terzijde gelegd.\n\n\
Ervaring met morfologische modellen zoals Delft3D waarderen wij met 15 punten. Heeft de kandidaat gewerkt voor een waterschap, dan levert dat 10 punten op.\n\n\
De prijs weegt 30 punten en het gesprek 25 punten.\n\nMet vriendelijke groet,\nteam Inkoop\n";
        let (t, _) = read_tender(text);
        let ko = knockout_texts(&t);
        assert_eq!(ko.len(), 3, "{ko:#?}");
        assert!(ko[0].starts_with("Wij vragen iemand met een afgeronde wo-opleiding"));
        assert_eq!(t.max_rate, Some(105.0));
        let w = weighted(&t);
        assert_eq!(
            w,
            [
                (
                    "Ervaring met morfologische modellen zoals Delft3D",
                    Some(15.0)
                ),
                ("Heeft de kandidaat gewerkt voor een waterschap", Some(10.0))
            ]
        );
        assert_eq!(t.title.as_deref(), Some("Adviseur zandsuppleties"));
    }

    /// Pages without criteria stay without: news, a vacancy text, a procedure summary.
    #[test]
    fn prose_without_criteria_gives_none() {
        for text in [
            "Nieuws\n\nDe gemeente moet dit jaar bezuinigen. Wethouder Jansen zegt dat de kandidaat voor het burgemeesterschap minimaal drie jaar ervaring moet hebben.\n\nDe raad vergadert op 12 december.\n",
            "Procedure\n\nInschrijvers moeten hun offerte uiterlijk 12 december indienen. De beoordeling vindt plaats in week 51. Vragen kunnen tot 5 december worden gesteld.\n",
            "Over ons\n\nWij zijn een gemeente met 120.000 inwoners. Je werkt in een team van 12 collega's die elkaar helpen.\n",
        ] {
            let (t, _) = read_tender(text);
            assert!(t.knockouts.is_empty() && t.criteria.is_empty(), "{text}");
        }
    }
}
