//! A named thing: a law, standard, plan or product, with another name in brackets ("de Wet
//! open overheid (Woo)", "een integraal kindcentrum (IKC)") or a known abbreviation ("titel 4.2
//! Awb"). The name or any of its other names counts; the thing is not a generic concept that
//! happens to sit inside the name ("Baseline Informatiebeveiliging Overheid" asks the BIO, not
//! any government work). A longer bracket explains the name and is not asked.

use super::super::thesaurus::{ABBREVIATIONS, KIND_NOUNS};
use crate::text::without_brackets;

/// What a named thing needs on one CV line: any of `names`, and (for "artikel 39", "titel
/// 4.2 van de …") the numbered head too.
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    /// The name as written (folded, without articles) and its other names.
    pub names: Vec<String>,
    /// A numbered head the line must also show ("titel 4.2").
    pub head: Option<String>,
    /// The name is what the work is done on ("op grond van", "op basis van", "conform",
    /// "volgens", "according to"): the name alone shows the part.
    pub grounded: bool,
}

/// Leads that make a name the ground of the work.
const GROUNDS: &[&str] = &[
    "op grond van",
    "op basis van",
    "conform",
    "volgens",
    "according to",
    "based on",
    "in accordance with",
];

/// Words before the name that say what is done with it, not what it is called: the name is
/// what follows the last of them.
const LEADS: &[&str] = &[
    " op grond van de ",
    " op grond van het ",
    " op grond van ",
    " op basis van de ",
    " op basis van ",
    " conform de ",
    " volgens de ",
    " van de ",
    " van het ",
    " van een ",
    " voor een ",
    " voor de ",
    " met de ",
    " met het ",
    " met een ",
    " in de ",
    " in het ",
    " of the ",
    " under the ",
    " with the ",
];

const ARTICLES: &[&str] = &["de ", "het ", "een ", "the ", "a ", "an "];

/// The longest bracket an abbreviation or other name can be ("dso-lv", "kikker").
const MAX_ALIAS: usize = 8;

/// Reads a named thing from one folded segment of a criterion, when it has one.
pub fn read(seg: &str) -> Option<Named> {
    let (open, close) = seg.find('(').zip(seg.rfind(')'))?;
    if open >= close {
        return None;
    }
    let inner = seg[open + 1..close].trim();
    let before = seg[..open].trim();
    let after = seg[close + 1..].trim();
    let (head, name) = split_head(before);
    let mut name = name.to_string();
    // "Integraal Huisvestingsplan (IHP) Onderwijs": the name goes on after the bracket.
    if !after.is_empty() && after.split_whitespace().count() <= 2 && !after.contains(' ') {
        name = format!("{name} {after}");
    }
    if name.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return None;
    }
    let alias = !inner.contains(' ') && inner.chars().count() <= MAX_ALIAS && !inner.is_empty();
    // "LCMS (Landelijk Crisis Management Systeem)": the bracket spells the abbreviation out,
    // so both are names of one thing, whatever words lead up to it.
    if !alias {
        let last = before.split_whitespace().last().unwrap_or_default();
        if spells_out(last, inner) {
            let mut names = vec![last.to_string(), inner.to_string()];
            add_abbreviations(&mut names);
            return Some(Named {
                names,
                head,
                grounded: false,
            });
        }
    }
    // A longer bracket explains ("including DAX measures"): no other name, so no named thing
    // unless the table knows the name.
    if !alias {
        return known(seg);
    }
    let mut names = vec![name.clone()];
    names.push(inner.to_string());
    add_abbreviations(&mut names);
    Some(Named {
        names,
        head,
        grounded: false,
    })
}

/// Whether `words` spell out the abbreviation `short` by their initials ("landelijk crisis
/// management systeem" spells "lcms"); small function words may be left out of the count
/// ("besluit begroting en verantwoording" spells "bbv").
fn spells_out(short: &str, words: &str) -> bool {
    const SMALL: &[&str] = &[
        "en", "van", "de", "het", "der", "voor", "and", "of", "the", "for",
    ];
    let short: Vec<char> = short.chars().collect();
    if short.len() < 2 || short.len() > 6 || !short.iter().all(|c| c.is_alphabetic()) {
        return false;
    }
    let all: Vec<char> = words
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .collect();
    let content: Vec<char> = words
        .split([' ', '-'])
        .filter(|w| !SMALL.contains(w))
        .filter_map(|w| w.chars().next())
        .collect();
    all == short || content == short
}

/// A name after the kind of thing it is: "het registratiesysteem HPZone", "het
/// leerplichtsysteem Key2Onderwijs", "de tool BiZZdesign Enterprise Studio", "the platform
/// Mendix". The kind is a word from [`KIND_NOUNS`] or a compound ending in one; the name is
/// what follows, up to the next lead or the segment's end. The name alone shows the thing:
/// a CV writes "in HPZone", not "in het registratiesysteem HPZone".
pub fn after_kind(seg: &str) -> Option<Named> {
    const STOP: &[&str] = &[
        "van", "voor", "in", "bij", "met", "en", "of", "om", "te", "die", "dat", "door", "op",
        "for", "with", "at", "and", "or", "to", "that", "de", "het", "een", "the",
    ];
    let words: Vec<&str> = seg.split_whitespace().collect();
    let at = words.iter().position(|w| {
        KIND_NOUNS
            .iter()
            .any(|k| w.ends_with(k) && w.len() >= k.len())
    })?;
    // Only after an article: "het registratiesysteem X", not "systeem werkt".
    if at == 0 || !ARTICLES.iter().any(|a| a.trim() == words[at - 1]) {
        return None;
    }
    let name: Vec<&str> = words[at + 1..]
        .iter()
        .take_while(|w| !STOP.contains(w))
        .copied()
        .collect();
    let first = name.first()?;
    if name.len() > 4 || first.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return None;
    }
    let mut names = vec![name.join(" ")];
    if name.len() > 1 {
        // "BiZZdesign Enterprise Studio" is also written "BiZZdesign".
        names.push(first.to_string());
    }
    add_abbreviations(&mut names);
    Some(Named {
        names,
        head: None,
        grounded: false,
    })
}

/// A name without brackets that the abbreviation table knows ("de Algemene wet
/// bestuursrecht", "de Awb", "Wet verbetering poortwachter").
pub fn known(seg: &str) -> Option<Named> {
    let seg = seg.trim();
    let (head, _) = split_head(seg);
    let found = ABBREVIATIONS.iter().find_map(|(full, short)| {
        seg.find(full)
            .or_else(|| {
                short.iter().find_map(|s| {
                    seg.match_indices(s)
                        .map(|(p, _)| p)
                        .find(|p| super::super::matching::counts_at(seg, *p, s))
                })
            })
            .map(|at| (at, full, short))
    });
    let (at, mut names) = match found {
        Some((at, full, short)) => {
            let mut names = vec![full.to_string()];
            names.extend(short.iter().map(|s| s.to_string()));
            (at, names)
        }
        None => norm(seg)?,
    };
    add_abbreviations(&mut names);
    let grounded = GROUNDS.iter().any(|g| seg[..at].contains(g));
    Some(Named {
        names,
        head,
        grounded,
    })
}

/// A standard's code: "NEN-ISO 55000", "ISO/IEC 27001", "NEN 2767", "NEN 7510". The code as
/// written and its number (three digits or more) will do; where it stands in `seg`.
fn norm(seg: &str) -> Option<(usize, Vec<String>)> {
    let words: Vec<(usize, &str)> = seg
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - seg.as_ptr() as usize, w))
        .collect();
    for pair in words.windows(2) {
        let ((at, body), (_, number)) = (pair[0], pair[1]);
        let body_ok = body
            .split(['-', '/'])
            .all(|b| matches!(b, "nen" | "iso" | "iec" | "en" | "nta" | "npr"));
        let number = number.trim_end_matches(|c: char| !c.is_ascii_digit());
        let digits: String = number.chars().take_while(|c| c.is_ascii_digit()).collect();
        if body_ok && digits.len() >= 3 {
            return Some((at, vec![format!("{body} {number}"), digits]));
        }
    }
    None
}

/// The numbered head ("titel 4.2", "artikel 39") and the name after the last lead.
pub(crate) fn split_head(before: &str) -> (Option<String>, &str) {
    let padded_at = LEADS
        .iter()
        .filter_map(|l| format!(" {before}").rfind(l).map(|p| (p, p + l.len())))
        .max_by_key(|(_, end)| *end);
    let (head, mut name) = match padded_at {
        // Positions are in " {before}": one byte ahead of `before`.
        Some((p, end)) => (
            before[..p.saturating_sub(1).min(before.len())].trim(),
            &before[end.saturating_sub(1).min(before.len())..],
        ),
        None => ("", before),
    };
    for a in ARTICLES {
        if let Some(rest) = name.strip_prefix(a) {
            name = rest;
        }
    }
    // "titel 4.2 (Subsidies)": the bracket explains the head and is not asked.
    let head = without_brackets(head);
    let head = head
        .split_whitespace()
        .filter(|w| !matches!(*w, "de" | "het" | "een" | "the"))
        .collect::<Vec<_>>()
        .join(" ");
    let numbered = head.chars().any(|c| c.is_ascii_digit());
    (numbered.then_some(head), name.trim())
}

/// Adds the other names the table gives for any name already present.
fn add_abbreviations(names: &mut Vec<String>) {
    for (full, short) in ABBREVIATIONS {
        let knows = names
            .iter()
            .any(|n| n.contains(full) || short.iter().any(|s| n == s));
        if knows {
            for s in std::iter::once(full).chain(short.iter()) {
                if !names.iter().any(|n| n == s) {
                    names.push(s.to_string());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(seg: &str) -> Vec<String> {
        read(seg)
            .or_else(|| known(seg))
            .map(|n| n.names)
            .unwrap_or_default()
    }

    /// Ten wordings of a named thing with its other name.
    #[test]
    fn a_name_and_its_other_names() {
        let cases: [(&str, &[&str]); 10] = [
            (
                "de baseline informatiebeveiliging overheid (bio)",
                &["baseline informatiebeveiliging overheid", "bio"],
            ),
            (
                "verzoeken op grond van de wet open overheid (woo)",
                &["wet open overheid", "woo"],
            ),
            (
                "het opstellen van een gemeentelijk rioleringsplan (grp)",
                &["gemeentelijk rioleringsplan", "grp"],
            ),
            (
                "een integraal huisvestingsplan (ihp) onderwijs",
                &[
                    "integraal huisvestingsplan onderwijs",
                    "ihp",
                    "integraal huisvestingsplan",
                ],
            ),
            (
                "renovatieproject voor een integraal kindcentrum (ikc)",
                &["integraal kindcentrum", "ikc"],
            ),
            (
                "het digitaal stelsel omgevingswet (dso-lv)",
                &["digitaal stelsel omgevingswet", "dso-lv", "dso"],
            ),
            ("gbi (kikker)", &["gbi", "kikker"]),
            (
                "the general data protection regulation (gdpr)",
                &["general data protection regulation", "gdpr", "avg"],
            ),
            (
                "de algemene wet bestuursrecht",
                &["algemene wet bestuursrecht", "awb"],
            ),
            (
                "verzuimbegeleiding conform de wet verbetering poortwachter",
                &["wet verbetering poortwachter", "poortwachter", "wvp"],
            ),
        ];
        for (seg, want) in cases {
            let got = names(seg);
            for w in want {
                assert!(got.iter().any(|g| g == w), "{seg}: {got:?} lacks {w}");
            }
        }
    }

    /// Standards by their code, and names that are the ground of the work.
    #[test]
    fn norms_and_grounds() {
        let cases: [(&str, &str, bool); 6] = [
            (
                "risicogestuurd assetmanagement volgens nen-iso 55000",
                "55000",
                true,
            ),
            ("beheer conform iso/iec 27001", "27001", true),
            ("inspecties volgens nen 2767", "2767", true),
            ("ict-contracten op basis van de gibit", "gibit", true),
            (
                "verzuimbegeleiding en de wet verbetering poortwachter",
                "poortwachter",
                false,
            ),
            ("voorstellen aan gedeputeerde staten", "gs", false),
        ];
        for (seg, name, grounded) in cases {
            let n = known(seg).unwrap_or_else(|| panic!("{seg}"));
            assert!(n.names.iter().any(|s| s == name), "{seg}: {n:?}");
            assert_eq!(n.grounded, grounded, "{seg}");
        }
        assert!(known("meer dan 100 medewerkers").is_none());
        assert!(known("een budget van 2500 euro").is_none());
    }

    /// The Wet BRP family: its citation title is how CVs write it.
    #[test]
    fn a_law_known_by_its_citation_title() {
        for seg in [
            "kennis van de wet basisregistratie personen",
            "de wet basisregistratie personen (wet brp)",
            "werken volgens de wet basisregistratie personen",
        ] {
            let n = known(seg).unwrap_or_else(|| panic!("{seg}"));
            assert!(n.names.iter().any(|s| s == "wet brp"), "{seg}: {n:?}");
        }
        let n = known("de wet gemeentelijke basisadministratie persoonsgegevens").unwrap();
        assert!(n.names.iter().any(|s| s == "wet gba"), "{n:?}");
    }

    /// Ten wordings of an abbreviation with its spelled-out name in brackets.
    #[test]
    fn an_abbreviation_spelled_out_in_brackets() {
        let cases: [(&str, &str); 8] = [
            (
                "het werken in lcms (landelijk crisis management systeem) tijdens oefeningen",
                "lcms",
            ),
            ("deelname aan het rot (regionaal operationeel team)", "rot"),
            (
                "kennis van het bbv (besluit begroting en verantwoording)",
                "bbv",
            ),
            ("werken met het dso (digitaal stelsel omgevingswet)", "dso"),
            (
                "ervaring met de bio (baseline informatiebeveiliging overheid)",
                "bio",
            ),
            ("vragen in de nvi (nota van inlichtingen)", "nvi"),
            ("experience with the ams (asset management system)", "ams"),
            (
                "kennis van de wmo (wet maatschappelijke ondersteuning)",
                "wmo",
            ),
        ];
        for (seg, short) in cases {
            let n = read(seg).unwrap_or_else(|| panic!("{seg}"));
            assert!(n.names.iter().any(|s| s == short), "{seg}: {n:?}");
            assert!(n.names.len() >= 2, "{seg}: {n:?}");
        }
        // A bracket that does not spell the word before it explains; no name.
        assert!(read("power bi data models (including dax measures)").is_none());
        assert!(read("ervaring met lcms (tijdens oefeningen en inzetten)").is_none());
    }

    /// Ten wordings of a name after the kind of thing it is.
    #[test]
    fn a_name_after_its_kind() {
        let cases: [(&str, &str); 10] = [
            ("ervaring met het registratiesysteem hpzone", "hpzone"),
            ("het leerplichtsysteem key2onderwijs", "key2onderwijs"),
            ("de tool bizzdesign enterprise studio", "bizzdesign"),
            ("werken met het zaaksysteem djuma", "djuma"),
            ("het pakket suite4jeugd", "suite4jeugd"),
            ("de applicatie gwswin voor rioolbeheer", "gwswin"),
            ("het platform mendix", "mendix"),
            ("experience with the tool jira", "jira"),
            ("het documentmanagementsysteem corsa", "corsa"),
            ("het belastingpakket gouw", "gouw"),
        ];
        for (seg, name) in cases {
            let n = after_kind(seg).unwrap_or_else(|| panic!("{seg}"));
            assert!(n.names.iter().any(|s| s == name), "{seg}: {n:?}");
        }
        // A kind with no name after it, or not after an article, names nothing.
        for seg in [
            "ervaring met een zaaksysteem",
            "het registratiesysteem van de ggd",
            "inrichten van het systeem",
            "systeem werkt goed",
        ] {
            assert!(after_kind(seg).is_none(), "{seg}");
        }
    }

    #[test]
    fn a_long_bracket_explains_and_a_numbered_head_stays() {
        let n = read("titel 4.2 van de algemene wet bestuursrecht (subsidies)").unwrap();
        assert!(!n.names.iter().any(|s| s == "subsidies"), "{n:?}");
        assert!(n.names.iter().any(|s| s == "awb"), "{n:?}");
        assert_eq!(n.head.as_deref(), Some("titel 4.2"));
        // A bracket on the head explains it; the CV need not repeat it.
        for f in [
            "titel 4.2 (subsidies) van de algemene wet bestuursrecht",
            "afdeling 3.4 (uniforme openbare voorbereidingsprocedure) van de awb",
        ] {
            let n = read(f).unwrap();
            assert!(
                n.head.as_deref().is_some_and(|h| !h.contains('(')),
                "{f}: {n:?}"
            );
        }
        assert!(read("power bi data models (including dax measures)").is_none());
        assert!(read("toezicht op evenementen").is_none());
        assert!(known("toezicht op evenementen").is_none());
    }
}
