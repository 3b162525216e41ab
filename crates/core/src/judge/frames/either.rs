//! "en/of" lists: ASSESSOR rule 20, "en/of" and "of" need one part. The frame rewrites every
//! "en/of" (and "and/or") of a folded criterion to "of", so a list that has one anywhere is
//! read as a list of alternatives; an elided compound before it ("erfgoed- en/of
//! landschapsbeleid") becomes two alternatives.

/// Spellings of "en/of" in folded text.
const EITHER: &[&str] = &[" en/of ", " en / of ", " and/or ", " and / or "];

/// `folded` with each "en/of" written as "of" ("and/or" as "or").
pub fn either_or(folded: &str) -> String {
    if !folded.contains('/') {
        return folded.to_string();
    }
    let mut s = folded.to_string();
    for e in EITHER {
        let to = if e.contains("and") { " or " } else { " of " };
        // The hyphen of an elided compound goes with it: "erfgoed- en/of landschapsbeleid".
        s = s.replace(&format!("-{e}"), to).replace(e, to);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::either_or;

    /// Ten wordings of an "en/of" list.
    #[test]
    fn en_of_reads_as_of() {
        for (from, to) in [
            ("minimaal 5 jaar werkervaring met arcgis pro en/of qgis", "minimaal 5 jaar werkervaring met arcgis pro of qgis"),
            ("ervaring met anterieure overeenkomsten en/of exploitatieplannen", "ervaring met anterieure overeenkomsten of exploitatieplannen"),
            ("werkervaring met bron- en contactonderzoek en/of met de uitvoering van vaccinatiecampagnes", "werkervaring met bron- en contactonderzoek of met de uitvoering van vaccinatiecampagnes"),
            ("ketensamenwerking met scholen, sociale wijkteams en/of halt en het openbaar ministerie", "ketensamenwerking met scholen, sociale wijkteams of halt en het openbaar ministerie"),
            ("ervaring met erfgoed- en/of landschapsbeleid bij een overheidsorganisatie", "ervaring met erfgoed of landschapsbeleid bij een overheidsorganisatie"),
            ("servicemanager facilitaire dienstverlening en/of ict-werkplekdiensten", "servicemanager facilitaire dienstverlening of ict-werkplekdiensten"),
            ("kennis van de woo en / of de archiefwet", "kennis van de woo of de archiefwet"),
            ("experience with terraform and/or bicep", "experience with terraform or bicep"),
            ("experience in audit and / or control", "experience in audit or control"),
            ("jeugd- en/of gezinsbeleid", "jeugd of gezinsbeleid"),
        ] {
            assert_eq!(either_or(from), to);
        }
        // No "en/of": unchanged, slashes elsewhere too.
        assert_eq!(
            either_or("reanimatie/bls en ehbo"),
            "reanimatie/bls en ehbo"
        );
    }
}
