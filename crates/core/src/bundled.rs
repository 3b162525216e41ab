//! The postings that ship with tenderfit, compiled in (no IO at run time).

/// A bundled posting: its reference number, a short label for pickers, and its text.
#[derive(Debug, Clone, Copy)]
pub struct BundledTender {
    pub reference: &'static str,
    pub label: &'static str,
    pub file_name: &'static str,
    pub text: &'static str,
}

macro_rules! bundled {
    ($reference:literal, $label:literal, $file:literal) => {
        BundledTender {
            reference: $reference,
            label: $label,
            file_name: $file,
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
