//! "Both" lists: "zowel A als B", "zowel A als ook B", "both A and B", "A as well as B",
//! "A alsook B". Every part is asked and each needs its own evidence (ASSESSOR rule 20), so
//! the frame writes them as the plain "en"/"and" list the parts reader splits.

/// `folded` with each "zowel … als (ook)" written as "… en" and "both … and" / "as well as"
/// as "… and". Text without such a list is returned unchanged.
pub fn both_and(folded: &str) -> String {
    let mut s = format!(" {folded} ");
    // "A as well as B", "A alsook B", "A evenals B": a plain conjunction.
    s = s
        .replace(" as well as ", " and ")
        .replace(" alsook ", " en ")
        .replace(" evenals ", " en ");
    // "zowel A als (ook) B": the first "als" after "zowel" joins the parts.
    while let Some(at) = s.find(" zowel ") {
        let rest = &s[at + " zowel ".len()..];
        let Some(als) = rest.find(" als ") else {
            // "zowel" without "als": nothing to join; drop the word only.
            s.replace_range(at..at + " zowel ".len(), " ");
            continue;
        };
        let after = &rest[als + " als ".len()..];
        let tail = after.strip_prefix("ook ").unwrap_or(after);
        s = format!("{} {} en {}", &s[..at], &rest[..als], tail);
    }
    // "both A and B": "both" only announces the list.
    if s.contains(" both ") && s.contains(" and ") {
        s = s.replace(" both ", " ");
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::both_and;

    /// Ten wordings of a list whose every part is asked.
    #[test]
    fn both_lists_read_as_and_lists() {
        for (from, to) in [
            (
                "aantoonbare werkervaring met zowel power bi als sql",
                "aantoonbare werkervaring met power bi en sql",
            ),
            (
                "ervaring met zowel beleid als uitvoering",
                "ervaring met beleid en uitvoering",
            ),
            (
                "kennis van zowel de wmo als ook de jeugdwet",
                "kennis van de wmo en de jeugdwet",
            ),
            (
                "ervaring met zowel nieuwbouw, renovatie als onderhoud",
                "ervaring met nieuwbouw, renovatie en onderhoud",
            ),
            (
                "experience with both azure and aws",
                "experience with azure and aws",
            ),
            (
                "experience with python as well as r",
                "experience with python and r",
            ),
            (
                "kennis van de awb alsook de gemeentewet",
                "kennis van de awb en de gemeentewet",
            ),
            (
                "ervaring met sociaal domein evenals fysiek domein",
                "ervaring met sociaal domein en fysiek domein",
            ),
            (
                "werkervaring als zowel adviseur als projectleider",
                "werkervaring als adviseur en projectleider",
            ),
            (
                "zowel strategisch als operationeel",
                "strategisch en operationeel",
            ),
        ] {
            assert_eq!(both_and(from), to, "{from}");
        }
        // No such list: unchanged ("als" alone names a role).
        assert_eq!(
            both_and("ervaring als projectleider"),
            "ervaring als projectleider"
        );
        assert_eq!(both_and("both parties agree"), "both parties agree");
    }
}
