//! A criterion's exclusion sentence: "Werkervaring die uitsluitend betrekking heeft op de Wet
//! geluidhinder is voor deze eis niet voldoende", "Ervaring als stagiair telt niet mee",
//! "Experience limited to X is not sufficient". It names what does not count, so its words
//! are a negative condition and never what the CV must show.

/// Markers of a sentence that says what does not count (folded).
const NOT_COUNTING: &[&str] = &[
    "niet voldoende",
    "onvoldoende",
    "telt niet",
    "tellen niet",
    "niet mee",
    "niet meegeteld",
    "volstaat niet",
    "not sufficient",
    "insufficient",
    "does not count",
    "do not count",
    "is not enough",
    "are not enough",
    "will not be counted",
];

/// The folded criterion without its exclusion sentences, and those sentences. A criterion of
/// one sentence is kept whole: its negation is the requirement's own ("geen zzp").
pub fn strip(f: &str) -> (String, Vec<String>) {
    let sentences: Vec<&str> = f.split_inclusive(". ").collect();
    if sentences.len() < 2 {
        return (f.to_string(), Vec::new());
    }
    let (out, kept): (Vec<&str>, Vec<&str>) = sentences
        .iter()
        .partition(|s| NOT_COUNTING.iter().any(|m| s.contains(m)));
    if kept.is_empty() {
        return (f.to_string(), Vec::new());
    }
    let rest = kept.concat().trim().to_string();
    (rest, out.iter().map(|s| s.trim().to_string()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The family: how postings say what does not count, after what does.
    #[test]
    fn exclusion_sentences_are_set_aside() {
        for f in [
            "werkervaring met akoestische onderzoeken onder de omgevingswet. werkervaring die uitsluitend betrekking heeft op de wet geluidhinder is voor deze eis niet voldoende.",
            "ervaring met inburgering. ervaring als vrijwilliger telt niet mee.",
            "ervaring met aanbesteden. alleen ervaring met meervoudig onderhandse procedures is onvoldoende.",
            "ervaring met aanbesteden. onderhandse procedures worden niet meegeteld.",
            "experience with audits. experience limited to internal audits is not sufficient.",
            "experience with audits. internships do not count.",
            "ervaring met jeugdzorg. een stage volstaat niet.",
        ] {
            let (rest, out) = strip(f);
            assert_eq!(out.len(), 1, "{f}");
            assert!(!rest.contains("uitsluitend") && !rest.contains("stage") && !rest.contains("intern"), "{f}: {rest}");
            assert!(rest.starts_with("werkervaring") || rest.starts_with("ervaring") || rest.starts_with("experience"), "{f}");
        }
        // One sentence is the requirement itself.
        let f = "de kandidaat is niet in dienst van de opdrachtgever en telt niet mee als zzp";
        assert_eq!(strip(f).0, f);
        let f = "ervaring met audits. kennis van de awb.";
        assert_eq!(strip(f).0, f);
    }
}
