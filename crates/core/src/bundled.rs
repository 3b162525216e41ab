//! The postings that ship with tenderfit, compiled in (no IO at run time). With the feature
//! `lazy-data` their texts are not compiled in: the host fetches `tenders/<file_name>` and
//! installs each text (`install_text`) before reading it.

/// A bundled posting: its reference number, a short label for pickers, and its text.
#[derive(Debug, Clone, Copy)]
pub struct BundledTender {
    pub reference: &'static str,
    pub label: &'static str,
    pub file_name: &'static str,
    /// The posting's text (compiled in unless `lazy-data`; then see `text`).
    #[cfg(not(feature = "lazy-data"))]
    pub text: &'static str,
}

macro_rules! bundled {
    ($reference:literal, $label:literal, $file:literal) => {
        BundledTender {
            reference: $reference,
            label: $label,
            file_name: $file,
            #[cfg(not(feature = "lazy-data"))]
            text: include_str!(concat!("../tenders/", $file)),
        }
    };
}

/// Four real Flextender postings, in reference order.
pub const BUNDLED_TENDERS: [BundledTender; 4] = [
    bundled!(
        "17713",
        "Secretaris PRT — Provincie Utrecht",
        "flextender-17713-secretaris-prt-utrecht.txt"
    ),
    bundled!(
        "28671",
        "Procesbegeleider hotspot-monitor — Provincie Overijssel",
        "flextender-28671-procesbegeleider-hotspot-monitor-overijssel.txt"
    ),
    bundled!(
        "30534",
        "Secretaris domein Samenleving — Gemeente Zoetermeer",
        "flextender-30534-secretaris-domein-samenleving-zoetermeer.txt"
    ),
    bundled!(
        "30828",
        "Coördinator vluchtelingenopvangbeleid — Gemeente Hilversum/Wijdemeren",
        "flextender-30828-coordinator-vluchtelingenopvang-wijdmeren.txt"
    ),
];

/// The bundled posting with this reference number.
pub fn bundled_tender(reference: &str) -> Option<&'static BundledTender> {
    BUNDLED_TENDERS.iter().find(|t| t.reference == reference)
}

#[cfg(feature = "lazy-data")]
static INSTALLED: std::sync::Mutex<Vec<(&'static str, &'static str)>> =
    std::sync::Mutex::new(Vec::new());

impl BundledTender {
    /// The posting's text, or None while it is not installed (only with `lazy-data`).
    pub fn text(&self) -> Option<&'static str> {
        #[cfg(not(feature = "lazy-data"))]
        return Some(self.text);
        #[cfg(feature = "lazy-data")]
        return INSTALLED
            .lock()
            .ok()?
            .iter()
            .find(|(r, _)| *r == self.reference)
            .map(|(_, t)| *t);
    }
}

/// Installs the text of the bundled posting `reference` (with `lazy-data`; otherwise, and for
/// an unknown reference or one installed already, it does nothing). The text is leaked once:
/// there are four.
pub fn install_text(reference: &str, text: String) {
    #[cfg(feature = "lazy-data")]
    if let (Some(b), Ok(mut list)) = (bundled_tender(reference), INSTALLED.lock()) {
        if !list.iter().any(|(r, _)| *r == b.reference) {
            list.push((b.reference, Box::leak(text.into_boxed_str())));
        }
    }
    #[cfg(not(feature = "lazy-data"))]
    let _ = (reference, text);
}
