//! Registrations in a professional register: "De kandidaat is als arts ingeschreven in het
//! BIG-register", "geregistreerd in het register van de RGS", "SKJ-registratie",
//! "NIP-geregistreerd", "registered with the KNGF". What is asked is the register (by its
//! acronym or its spelled-out name); the sentence around it is no name. A CV shows it as
//! "BIG-registratie: arts", "BIG-nummer 1234…", "Ik ben BIG-geregistreerd", "ingeschreven in
//! het register van de RGS" or "SKJ-registratienummer". The administrative Waadi register of
//! the bidding firm is no professional register (an administrative declaration).

use super::certificate::{CertAlt, CertificateReq};
use crate::text::{contains_word, find_word};

/// Words that say a criterion asks a registration.
const REGISTRATION_WORDS: &[&str] = &[
    "ingeschreven",
    "geregistreerd",
    "registratie",
    "register",
    "registered",
    "registration",
];

/// Words that follow a register's acronym on a CV line that shows the registration
/// ("BIG-registratie", "BIG-geregistreerd", "BIG-nummer", "registered with the NIP"): the
/// stem "regist" covers register, registratie, geregistreerd, registered and registration.
const SHOWN_WITH: &[&str] = &["regist", "nummer", "number", "ingeschreven"];

/// Registers that are about the bidding firm, not the candidate: read elsewhere.
const NOT_PROFESSIONAL: &[&str] = &["waadi", "handelsregister", "sna", "kvk"];

/// Reads a registration requirement from a folded criterion: the register's names and the
/// forms a CV line may show it in. `None` when the criterion names no registration or no
/// register.
pub fn read(f: &str, label: &str) -> Option<CertificateReq> {
    if !REGISTRATION_WORDS.iter().any(|w| f.contains(w))
        || NOT_PROFESSIONAL.iter().any(|w| contains_word(f, w))
    {
        return None;
    }
    let mut acronyms: Vec<String> = Vec::new();
    let mut spelled: Vec<Vec<String>> = Vec::new();
    // A register the reviewed table knows, by any of its names.
    for row in super::super::thesaurus::REGISTERS {
        if row.iter().any(|n| contains_word(f, n)) {
            for n in row.iter() {
                if n.contains(' ') {
                    spelled.push(n.split(' ').map(str::to_string).collect());
                } else if !acronyms.iter().any(|a| a == n) {
                    acronyms.push(n.to_string());
                }
            }
        }
    }
    // An acronym the table does not know, where the sentence puts a register:
    // "het X-register", "register van de X", "X-registratie", "X-geregistreerd".
    if acronyms.is_empty() && spelled.is_empty() {
        if let Some(a) = unknown_acronym(f) {
            acronyms.push(a);
        }
    }
    if acronyms.is_empty() && spelled.is_empty() {
        return None;
    }
    let mut forms: Vec<(Vec<String>, Option<u32>)> = Vec::new();
    for a in &acronyms {
        for w in SHOWN_WITH {
            forms.push((vec![a.clone(), w.to_string()], None));
        }
    }
    for s in spelled {
        forms.push((s, None));
    }
    Some(CertificateReq {
        label: label.trim().trim_end_matches('.').to_string(),
        alts: vec![CertAlt { forms }],
    })
}

/// An acronym of two to six letters the criterion names as a register, when no reviewed row
/// knows it.
fn unknown_acronym(f: &str) -> Option<String> {
    let is_acronym = |w: &str| {
        (2..=6).contains(&w.chars().count())
            && w.chars().all(|c| c.is_alphanumeric() || c == '&')
            && !["het", "de", "een", "the", "a", "dit", "dat"].contains(&w)
    };
    for lead in ["register van de ", "register van het ", "register of the "] {
        if let Some(p) = f.find(lead) {
            let w = f[p + lead.len()..]
                .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ')'))
                .next()
                .unwrap_or("");
            if is_acronym(w) {
                return Some(w.to_string());
            }
        }
    }
    for tail in ["-register", "-registratie", "-geregistreerd", "-registered"] {
        if let Some(p) = f.find(tail) {
            let w = f[..p]
                .rsplit(|c: char| !c.is_alphanumeric() && c != '&')
                .next()?;
            if is_acronym(w) && find_word(f, w).is_some() {
                return Some(w.to_string());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(f: &str) -> Option<Vec<String>> {
        read(f, f).map(|r| r.alts[0].forms.iter().map(|(w, _)| w.join(" ")).collect())
    }

    /// The family: how postings ask a registration, known register or not.
    #[test]
    fn the_register_is_what_is_asked() {
        for (f, form) in [
            ("de kandidaat is als arts ingeschreven in het big-register", "big regist"),
            ("is als arts maatschappij en gezondheid, profiel jeugdgezondheidszorg, geregistreerd in het register van de rgs", "rgs regist"),
            ("de jeugdzorgwerker heeft een geldige skj-registratie", "skj regist"),
            ("de kandidaat is nip-geregistreerd psycholoog", "nip regist"),
            ("registered as a physiotherapist with the kngf", "kngf regist"),
            ("ingeschreven in het kwaliteitsregister v&v als verpleegkundige", "kwaliteitsregister v&v"),
            ("de kandidaat beschikt over een big-registratie als verpleegkundige", "big nummer"),
            ("de adviseur is ingeschreven in het register van de nvm", "nvm regist"),
            ("de kandidaat is geregistreerd in het register van de noab of rb", "noab regist"),
            ("als gz-psycholoog ingeschreven in het big-register (big-nummer vermelden)", "big nummer"),
        ] {
            let n = names(f).unwrap_or_default();
            assert!(n.iter().any(|x| x == form), "{f}: {n:?}");
            // The sentence around the register is no part of its name.
            assert!(!n.iter().any(|x| x.contains("kandidaat") || x.contains("arts ")), "{f}: {n:?}");
        }
        // The firm's administrative register, and a sentence that names no register.
        assert_eq!(
            names("de inschrijver staat ingeschreven in het waadi-register"),
            None
        );
        assert_eq!(
            names("ervaring met het bijhouden van het risicoregister"),
            None
        );
    }
}
