//! Examples a criterion gives: "zoals A, B of C", "bijvoorbeeld via A", "(bijvoorbeeld A)",
//! "waaronder A of B", "such as A". Each example found counts on its own, besides the thing
//! they illustrate (ASSESSOR rule 20); they are never all required.

/// Words that open a list of examples. Leading spaces keep them whole words.
const MARKERS: &[&str] = &[
    " zoals ",
    "(zoals ",
    " bijvoorbeeld ",
    "(bijvoorbeeld ",
    "(bv. ",
    " bv. ",
    "(bijv. ",
    " bijv. ",
    " waaronder ",
    " hieronder vallen ",
    " hieronder vallen: ",
    " waaronder: ",
    " zoals: ",
    " such as ",
    "(such as ",
    " for example ",
    "(for example ",
    " e.g. ",
    "(e.g. ",
];

/// Splits folded `phrase` at its first example marker: the thing asked and the examples'
/// items ("A, B of C" → `["A", "B", "C"]`). No marker: the phrase and no examples.
pub fn split(phrase: &str) -> (String, Vec<String>) {
    let padded = format!(" {phrase} ");
    let Some((at, marker)) = MARKERS
        .iter()
        .filter_map(|m| padded.find(m).map(|p| (p, *m)))
        .min_by_key(|(p, _)| *p)
    else {
        return bracket_list(phrase).unwrap_or_else(|| (phrase.to_string(), Vec::new()));
    };
    let main = padded[..at]
        .trim()
        .trim_end_matches([',', ';'])
        .trim()
        .to_string();
    let rest = &padded[at + marker.len()..];
    // A bracket opened by the marker closes the examples.
    let rest = if marker.starts_with('(') {
        rest.split(')').next().unwrap_or(rest)
    } else {
        rest
    };
    let items = rest
        .trim()
        .trim_end_matches(['.', ')', ';'])
        .replace(" en/of ", ", ")
        .replace(" and/or ", ", ")
        .split([',', ';', '/'])
        .flat_map(|s| s.split(" of "))
        .flat_map(|s| s.split(" en "))
        .flat_map(|s| s.split(" or "))
        .flat_map(|s| s.split(" and "))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && s != "etc" && s != "etc.")
        .collect();
    (main, items)
}

/// A bracket that lists ("Europese subsidieprogramma's (EFRO, ESF+, JTF of Interreg)")
/// gives examples too; a bracket that explains ("(Government Terms and Conditions)") or
/// names ("(Woo)") does not.
fn bracket_list(phrase: &str) -> Option<(String, Vec<String>)> {
    let open = phrase.find('(')?;
    let close = open + phrase[open..].find(')')?;
    let inner = &phrase[open + 1..close];
    let listed = inner.contains(',') || inner.contains(" of ") || inner.contains(" or ");
    // "(telefonie, chat én social media)": a list closed by "en" asks every part (ASSESSOR
    // rule 20), it gives no examples.
    let conjunctive = (inner.contains(" en ") || inner.contains(" and "))
        && !inner.contains(" of ")
        && !inner.contains(" or ")
        && !inner.contains("en/of");
    // After a code the bracket spells out what the code stands for ("boa-akte domein ii
    // (milieu, welzijn en infrastructuur)", "schaal 11 (…)"): a name, not examples.
    let code = phrase[..open]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| {
            w.chars().any(|c| c.is_ascii_digit())
                || ["i", "ii", "iii", "iv", "v", "vi"].contains(&w)
        });
    if !listed || code || conjunctive {
        return None;
    }
    let main = format!("{} {}", phrase[..open].trim(), phrase[close + 1..].trim());
    let items = inner
        .replace(" en/of ", ", ")
        .split([',', ';', '/'])
        .flat_map(|s| s.split(" of "))
        .flat_map(|s| s.split(" or "))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    Some((main.trim().to_string(), items))
}

#[cfg(test)]
mod tests {
    use super::split;

    /// Ten wordings of a thing with examples.
    #[test]
    fn examples_are_split_from_what_is_asked() {
        let cases: [(&str, &str, &[&str]); 10] = [
            ("een rioleringsbeheerpakket zoals gbi (kikker), obsurv of beheerpakket riolering", "een rioleringsbeheerpakket", &["gbi (kikker)", "obsurv", "beheerpakket riolering"]),
            ("de koppeling met het dso, bijvoorbeeld via het omgevingsloket of een stam-koppeling", "de koppeling met het dso", &["via het omgevingsloket", "een stam-koppeling"]),
            ("netcongestie in samenwerking met een netbeheerder (bijvoorbeeld enexis)", "netcongestie in samenwerking met een netbeheerder", &["enexis"]),
            ("een reorganisatie, waaronder het opstellen van een sociaal plan of een plaatsingsprocedure", "een reorganisatie", &["het opstellen van een sociaal plan", "een plaatsingsprocedure"]),
            ("mobility data, such as traffic counts, parking data or sensor data", "mobility data", &["traffic counts", "parking data", "sensor data"]),
            ("een vth-applicatie (zoals squit 20 of mozard)", "een vth-applicatie", &["squit 20", "mozard"]),
            ("cloudplatforms, e.g. azure and aws", "cloudplatforms", &["azure", "aws"]),
            ("jeugdhulp; hieronder vallen jeugdbescherming en jeugdreclassering", "jeugdhulp", &["jeugdbescherming", "jeugdreclassering"]),
            ("inkoopsystemen bijv. negometrix, tenderned", "inkoopsystemen", &["negometrix", "tenderned"]),
            ("europese subsidieprogramma's (efro, esf+, jtf of interreg)", "europese subsidieprogramma's", &["efro", "esf+", "jtf", "interreg"]),
        ];
        assert_eq!(
            split("privacywetgeving"),
            ("privacywetgeving".to_string(), vec![])
        );
        assert!(split("de wet open overheid (woo)").1.is_empty());
        assert!(split("the arbit (government terms and conditions)")
            .1
            .is_empty());
        // A bracket after a code spells the code out.
        for phrase in [
            "een geldige boa-akte domein ii (milieu, welzijn en infrastructuur) naast domein i",
            "boa domein iii (onderwijs, jeugd of leerplicht)",
            "functieschaal 11 (beleid, advies of projecten)",
            "categorie 4 (ippc, brzo of rie)",
        ] {
            assert!(split(phrase).1.is_empty(), "{phrase}");
        }
        for (phrase, main, items) in cases {
            let (m, i) = split(phrase);
            assert_eq!(m, main, "{phrase}");
            assert_eq!(
                i,
                items.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                "{phrase}"
            );
        }
    }

    /// A bracketed list closed by "en" is the whole asked, not examples; one closed by "of"
    /// gives examples.
    #[test]
    fn a_bracket_closed_by_en_asks_every_part() {
        for p in [
            "omnichannel klantcontact (telefonie, chat en social media)",
            "communication channels (phone, chat and social media)",
        ] {
            assert!(split(p).1.is_empty(), "{p}: {:?}", split(p));
        }
        let (_, items) = split("europese subsidieprogramma's (efro, esf+, jtf of interreg)");
        assert_eq!(items, ["efro", "esf+", "jtf", "interreg"]);
    }
}
