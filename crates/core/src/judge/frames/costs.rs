//! Costs frame: which costs a posting's maximum rate includes ("inclusief reis- en
//! verblijfkosten", "all-in", "including travel"). A CV that charges those costs separately then
//! fails the maximum (rule in `rules::terms::rate`). Reads folded text; the vocabulary is data.

/// Words that name travel costs in a rate clause, folded.
const TRAVEL: &[&str] = &[
    "reiskosten",
    "reis- en verblijfkosten",
    "reis-en verblijfkosten",
    "reis- en verblijfskosten",
    "reis-, verblijf",
    "reiskosten-",
    "reistijd",
    "verblijfkosten",
    "verblijfskosten",
    "woon-werk",
    "kilometervergoeding",
    "travel",
];

/// Words that say every cost is in the rate, travel included, folded.
const ALL_IN: &[&str] = &[
    "all-in",
    "all in",
    "allin",
    "all-inclusive",
    "all inclusive",
    "alle kosten",
    "alle bijkomende kosten",
    "alle overige kosten",
    "all costs",
    "all expenses",
];

/// Words that name parking costs, folded.
const PARKING: &[&str] = &["parkeerkosten", "parkeren", "parking"];

/// Markers that put the costs after them inside the rate.
const INCLUDED: &[&str] = &["incl", "including", "inbegrepen", "inclusive"];

/// Markers that put the costs after them outside the rate.
const EXCLUDED: &[&str] = &["excl", "excluding", "exclusive", "zonder", "plus ", "apart"];

/// Words after the costs that put them inside ("reiskosten zijn inbegrepen") or outside
/// ("reiskosten worden apart vergoed") the rate, read up to the end of the clause.
const AFTER_INCLUDED: &[&str] = &["inbegrepen", "included", "inclusief", "in het tarief"];
const AFTER_EXCLUDED: &[&str] = &[
    "apart",
    "separately",
    "niet inbegrepen",
    "not included",
    "extra",
];

/// Which costs the maximum includes: `(travel, parking)`. A cost counts when it is named and the
/// nearest inclusion marker before it is not an exclusion ("exclusief btw en inclusief
/// reiskosten" includes travel; "exclusief btw en reiskosten" does not).
pub fn included_costs(folded: &str) -> (bool, bool) {
    let all_in = ALL_IN.iter().any(|w| folded.contains(w));
    let travel = all_in || named_inside(folded, TRAVEL);
    let parking = named_inside(folded, PARKING);
    (travel, parking)
}

/// Whether some word of `words` stands in `folded` and is not excluded by the nearest marker
/// before it.
fn named_inside(folded: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        folded.match_indices(w).any(|(at, _)| {
            let after = &folded[at + w.len()..];
            let clause = &after[..after.find([';', '.', '\n']).unwrap_or(after.len())];
            if AFTER_EXCLUDED.iter().any(|m| clause.contains(m)) {
                return false;
            }
            if AFTER_INCLUDED.iter().any(|m| clause.contains(m)) {
                return true;
            }
            let before = &folded[..at];
            let last = |ms: &[&str]| ms.iter().filter_map(|m| before.rfind(m)).max();
            match (last(INCLUDED), last(EXCLUDED)) {
                (_, None) => true,
                (Some(i), Some(e)) => i > e,
                (None, Some(_)) => false,
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    fn costs(s: &str) -> (bool, bool) {
        included_costs(&fold(s))
    }

    #[test]
    fn travel_included_family() {
        for s in [
            "Het uurtarief bedraagt maximaal € 75,00 exclusief btw en inclusief reis- en verblijfkosten (all-in).",
            "Het uurtarief bedraagt maximaal € 98,00 exclusief btw en inclusief reis- en verblijfkosten.",
            "Maximum uurtarief € 110 excl. btw, incl. reiskosten",
            "Maximaal uurtarief: € 95 all-in (excl. btw)",
            "Tarief maximaal € 90 per uur, alle kosten inbegrepen",
            "Uurtarief max. € 100, exclusief btw, inclusief alle bijkomende kosten",
            "Maximum hourly rate EUR 105 excluding VAT, including travel expenses",
            "Het maximale tarief is € 88 exclusief btw; reiskosten zijn inbegrepen",
            "Max. tarief € 92,50 excl. btw incl. reis-, verblijf- en parkeerkosten",
            "Uurtarief maximaal € 85,- (all in, excl. BTW)",
            "Uurtarief max € 99 excl. btw en incl. woon-werkverkeer",
        ] {
            assert!(costs(s).0, "{s}");
        }
    }

    #[test]
    fn travel_not_included_family() {
        for s in [
            "Maximum uurtarief € 110 exclusief btw",
            "Uurtarief maximaal € 95 exclusief btw en exclusief reiskosten",
            "Maximum hourly rate EUR 100 excluding VAT and travel expenses",
            "Uurtarief max € 90 excl. btw, reiskosten worden apart vergoed",
            "Tarief: maximaal € 80 per uur",
        ] {
            assert!(!costs(s).0, "{s}");
        }
    }

    #[test]
    fn parking_named_inside_the_rate() {
        assert_eq!(
            costs("Max. tarief € 92,50 excl. btw incl. reis-, verblijf- en parkeerkosten"),
            (true, true)
        );
        assert_eq!(
            costs("Maximum uurtarief € 110 incl. reiskosten"),
            (true, false)
        );
    }
}
