//! Certificates: the one named, at the level named or higher, held now (ASSESSOR rule 18). A
//! line that says "verlopen", "examen ingepland" or "geldig tot" a past date shows no
//! certificate held.

use super::super::frames::certificate::{level_of, CertificateReq};
use super::super::matching::has_term;
use super::super::{Bilingual, Status, Verdict};
use super::{evidence, honest};
use crate::cv::Cv;
use crate::date::{find_date, month_from_word, Date};

/// Words that say a certificate is not (yet, or no longer) held.
const NOT_HELD: &[&str] = &[
    "verlopen",
    "expired",
    "ingepland",
    "gepland",
    "planned",
    "scheduled",
    "in opleiding",
    "nog te behalen",
    "in progress",
    "bezig met",
    "studying",
    "niet behaald",
    "lopend",
    "afronding verwacht",
    "verwacht in",
    "expected",
    "in afronding",
];

/// Whether a folded CV line says the certificate on it is not held on `today`.
fn not_held(l: &str, today: Date) -> bool {
    if NOT_HELD.iter().any(|w| l.contains(w)) {
        return true;
    }
    for lead in [
        "geldig tot",
        "geldig t/m",
        "geldig tot en met",
        "valid until",
        "verloopt",
        "expires",
    ] {
        if let Some(p) = l.find(lead) {
            let rest = &l[p + lead.len()..];
            if let Some((d, _)) = find_date(rest) {
                return d < today;
            }
            if let Some((y, m)) = month_year(rest) {
                return (y, m) < (today.year, today.month);
            }
            if let Some(y) = rest
                .split(|c: char| !c.is_ascii_digit())
                .find_map(|w| w.parse::<i32>().ok().filter(|y| (1990..=2100).contains(y)))
            {
                return y < today.year;
            }
        }
    }
    false
}

/// Whether a folded line dates the certificate on it: a year, or a word of validity.
fn dated(l: &str) -> bool {
    [
        "geldig", "valid", "behaald", "issued", "gehaald", "obtained",
    ]
    .iter()
    .any(|w| l.contains(w))
        || l.split(|c: char| !c.is_ascii_digit())
            .filter_map(|w| w.parse::<i32>().ok())
            .any(|y| (1990..=2100).contains(&y))
}

/// Words that open a line telling the state of the certificate named above it (LinkedIn's
/// "Issued Jun 2018" / "Exam scheduled Feb 2027", a sidebar's "behaald 10-2021" / "verlopen
/// 10-2026"), folded.
const STATUS_LEADS: &[&str] = &[
    "behaald",
    "verlopen",
    "verloopt",
    "geldig",
    "hercertificering",
    "herregistratie",
    "gepland",
    "ingepland",
    "examen",
    "uitgegeven",
    "afgegeven",
    "issued",
    "expires",
    "expired",
    "exam",
    "valid",
    "scheduled",
    "credential",
];

/// Whether the lines below line `n` that tell its certificate's state (up to three, to the
/// first blank line; lines opening with another name are skipped) say it is not held. In a
/// two-column layout only the line's first column is read.
fn status_below_not_held(cv: &Cv, n: usize, today: Date) -> bool {
    let mut below = String::new();
    for m in n + 1..=(n + 3).min(cv.lines.len()) {
        let l = cv.folded_line(m);
        if l.trim().is_empty() {
            break;
        }
        let first = l.trim().split("   ").next().unwrap_or("");
        if STATUS_LEADS.iter().any(|w| first.starts_with(w)) {
            below.push_str(first);
            below.push(' ');
        }
    }
    !below.is_empty() && not_held(&below, today)
}

/// Whether lines below line `n` tell its certificate's state (LinkedIn's "Issued Jun 2020"):
/// then the mention is dated.
fn status_below(cv: &Cv, n: usize) -> bool {
    (n + 1..=(n + 3).min(cv.lines.len()))
        .map(|m| cv.folded_line(m))
        .take_while(|l| !l.trim().is_empty())
        .any(|l| {
            let first = l.trim().split("   ").next().unwrap_or("");
            STATUS_LEADS.iter().any(|w| first.starts_with(w))
        })
}

/// The first month and year in the next few words: "03/2026", "09-2027", "feb 2027",
/// "maart 2026". A validity to a month lasts through that month.
fn month_year(rest: &str) -> Option<(i32, u32)> {
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '·'))
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    let year = |w: &str| {
        w.trim_end_matches('.')
            .parse::<i32>()
            .ok()
            .filter(|y| (1990..=2100).contains(y))
    };
    for (i, w) in words.iter().enumerate() {
        if let Some((m, y)) = w.split_once(['/', '-']) {
            if let (Ok(m), Some(y)) = (m.parse::<u32>(), year(y)) {
                if (1..=12).contains(&m) {
                    return Some((y, m));
                }
            }
        }
        if let (Some(m), Some(y)) = (month_from_word(w), words.get(i + 1).and_then(|n| year(n))) {
            return Some((y, m));
        }
    }
    None
}

/// The level written after the certificate's last name word on the line (within two words).
fn level_on_line(l: &str, last: &str) -> Option<u32> {
    let at = l.find(last)? + last.len();
    l[at..]
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '(' | ')' | '®' | '–'))
        .filter(|w| !w.is_empty())
        .take(2)
        .find_map(level_of)
}

pub fn judge(req: &CertificateReq, cv: &Cv, today: Date) -> Verdict {
    let mut v = Verdict::new(Status::NotMet, "certificate");
    let mut not_valid = None;
    let mut lower = None;
    // A mention without a date or validity of its own ("Opleiding … (incl. boa-examen)") does
    // not revive a certificate the CV elsewhere says has expired: the dated mention decides.
    let mut undated_met: Vec<(usize, usize)> = Vec::new();
    // Alternatives (by index) the CV shows expired or not yet held.
    let mut expired: Vec<usize> = Vec::new();
    for n in 1..=cv.lines.len() {
        let l = cv.folded_line(n);
        for (alt, (words, level)) in req
            .alts
            .iter()
            .enumerate()
            .flat_map(|(i, a)| a.forms.iter().map(move |f| (i, f)))
        {
            if !words.iter().all(|w| has_term(l, w)) {
                continue;
            }
            let level_ok = match (level, words.last().and_then(|w| level_on_line(l, w))) {
                (None, _) => true,
                (Some(asked), Some(held)) => held >= *asked,
                (Some(asked), None) => *asked <= 1,
            };
            if !level_ok {
                lower.get_or_insert(n);
            } else if not_held(l, today) || status_below_not_held(cv, n, today) {
                not_valid.get_or_insert(n);
                expired.push(alt);
            } else if dated(l) || status_below(cv, n) {
                v.status = Status::Met;
                v.evidence.push(evidence(cv, n));
                return v;
            } else {
                undated_met.push((n, alt));
            }
        }
    }
    if let Some((n, _)) = undated_met.iter().find(|(_, a)| !expired.contains(a)) {
        v.status = Status::Met;
        v.evidence.push(evidence(cv, *n));
        return v;
    }
    let label = &req.label;
    if let Some(n) = not_valid {
        v.evidence.push(evidence(cv, n));
        v.missing = Some(Bilingual::new(
            "Het certificaat staat in het cv, maar is verlopen of nog niet behaald.",
            "The certificate is in the CV, but expired or not yet obtained.",
        ));
    } else if let Some(n) = lower {
        v.evidence.push(evidence(cv, n));
        v.missing = Some(Bilingual::new(
            "Het cv noemt dit certificaat op een lager niveau dan gevraagd.",
            "The CV names this certificate at a lower level than asked.",
        ));
    } else {
        v.missing = Some(Bilingual::new(
            format!("Het gevraagde certificaat staat niet in het cv (gevraagd: “{label}”)."),
            format!("The certificate asked for is not in the CV (asked: “{label}”)."),
        ));
    }
    v.suggestion = Some(honest(
        "vermeld onder Certificaten de precieze naam en het niveau van het certificaat, met de datum van behalen en, als het een geldigheid heeft, tot wanneer het geldig is.",
        "list under Certificates the exact name and level of the certificate, with the date obtained and, if it expires, until when it is valid.",
    ));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cv::read_cv;
    use crate::judge::frames::certificate::read;

    fn run(criterion: &str, cv_text: &str) -> Status {
        let req = read(criterion, criterion);
        judge(&req, &read_cv(cv_text).0, Date::new(2026, 11, 1).unwrap()).status
    }

    const PSM: &str =
        "in het bezit van het certificaat professional scrum master (psm ii of hoger)";
    const NEVI: &str = "in het bezit van het diploma nevi 2 of hoger";

    #[test]
    fn the_level_named_or_higher() {
        assert_eq!(
            run(PSM, "Certificaten\nPSM II (Scrum.org), 2021\n"),
            Status::Met
        );
        assert_eq!(
            run(PSM, "Certificaten\nPSM I (Scrum.org), 2021\n"),
            Status::NotMet
        );
        assert_eq!(run(NEVI, "Certificaten\nNEVI 1 (2019)\n"), Status::NotMet);
        assert_eq!(run(NEVI, "Certificaten\nNEVI 3, 2020\n"), Status::Met);
        // Another exam of the same family is another certificate.
        let az = "microsoft certified: azure administrator associate (az-104)";
        assert_eq!(
            run(az, "Certificaten\nAZ-900 Azure Fundamentals\n"),
            Status::NotMet
        );
        assert_eq!(run(az, "Certificaten\nAZ-104 (2023)\n"), Status::Met);
    }

    #[test]
    fn expired_or_planned_is_not_held() {
        let itil = "certificaat itil 4 foundation of hoger";
        assert_eq!(
            run(itil, "Certificaten\nITIL 4 Foundation (2022)\n"),
            Status::Met
        );
        assert_eq!(
            run(
                itil,
                "Certificaten\nITIL 4 Foundation – examen ingepland januari 2027\n"
            ),
            Status::NotMet
        );
        let vca = "in het bezit van een geldig certificaat vca basis";
        assert_eq!(
            run(vca, "Certificaten\nVCA Basis (verlopen in 2025)\n"),
            Status::NotMet
        );
        assert_eq!(
            run(vca, "Certificaten\nVCA Basis, geldig tot 2028\n"),
            Status::Met
        );
        assert_eq!(
            run(vca, "Certificaten\nVCA Basis, geldig tot 2024\n"),
            Status::NotMet
        );
    }

    #[test]
    fn the_state_told_on_the_lines_below() {
        let tae = "a valid istqb advanced level test automation engineer (ctal-tae) certificate";
        let vca = "in het bezit van een geldig certificaat vca basis";
        let boa = "in het bezit van een geldig bekwaamheidsbewijs boa domein iii (onderwijs)";
        for (crit, cv_text, want) in [
            // LinkedIn: issuer, then the state.
            (tae, "Licenses & certifications\n\nISTQB Advanced Level Test Automation Engineer (CTAL-TAE)\nISTQB\nExam scheduled Feb 2027\n", Status::NotMet),
            (tae, "Licenses & certifications\n\nISTQB Advanced Level Test Automation Engineer (CTAL-TAE)\nISTQB\nIssued Mar 2022\n", Status::Met),
            (vca, "Certificaten\nVCA Basis\nIssued Feb 2019 · Expired Feb 2024\n", Status::NotMet),
            (vca, "Certificaten\nVCA Basis\nIssued Feb 2022 · Expires Feb 2032\n", Status::Met),
            // A sidebar beside the jobs: the first column only.
            (vca, "CERTIFICATEN\nVCA Basis                  Adviseur\nbehaald 10-2016            Gemeente Tilburg\nverlopen 10-2026           • adviseren\n", Status::NotMet),
            (vca, "CERTIFICATEN\nVCA Basis                  Adviseur\nbehaald 10-2021            • examen ingepland voor klanten\n", Status::Met),
            (vca, "Certificaten\nVCA Basis (2019)\nHercertificering gepland maart 2027\n", Status::NotMet),
            (vca, "Certificaten\nVCA Basis\ngeldig tot 12-2025\n", Status::NotMet),
            // A validity to a month of this year: over when that month is.
            (vca, "Certificaten\nVCA Basis – geldig tot 03/2026\n", Status::NotMet),
            (vca, "Certificaten\nVCA Basis – geldig tot 11-2026\n", Status::Met),
            (vca, "Certificaten\nVCA Basis, valid until Feb 2026\n", Status::NotMet),
            (vca, "Certificaten\nVCA Basis, geldig tot maart 2027\n", Status::Met),
            // The next certificate's state is not this one's.
            (vca, "Certificaten\nVCA Basis – geldig tot 2028\nBRL SIKB 2000 – verlopen in 2020\n", Status::Met),
            // A blank line ends the item.
            (vca, "Certificaten\nVCA Basis\n\nverlopen certificaten niet vermeld\n", Status::Met),
            // An undated mention elsewhere does not revive an expired one; a dated renewal does.
            (boa, "Certificaten\nBoa-bekwaamheid domein III\nbehaald 10-2021\nverlopen 10-2026\n\nOpleidingen\nOpleiding Leerplichtambtenaar (incl. boa-examen domein III)\n", Status::NotMet),
            (vca, "Certificaten\nVCA Basis – verlopen 2020\n\nVaardigheden\nVCA Basis\n", Status::NotMet),
            (vca, "Certificaten\nVCA Basis – verlopen 2020\nVCA Basis – geldig tot 2030\n", Status::Met),
            // A spelled-out name is also met by its abbreviation; "geldig op de startdatum" is
            // when, not what.
            ("de kandidaat beschikt over een geldige akte van beediging als buitengewoon opsporingsambtenaar voor domein i (openbare ruimte), geldig op de startdatum van 1 december 2026", "Certificaten\nAkte van beëdiging BOA domein I – geldig t/m 31-08-2029\n", Status::Met),
            ("de kandidaat beschikt over een geldige akte van beediging als buitengewoon opsporingsambtenaar voor domein i (openbare ruimte)", "Certificaten\nAkte van beëdiging BOA domein II – geldig t/m 31-08-2029\n", Status::NotMet),
            // Another alternative's expiry is not this one's.
            ("psm i of hoger of safe scrum master (ssm)", "Certificaten\nProfessional Scrum Master II (PSM II)\n\nSAFe 5 Scrum Master (SSM)\nIssued Feb 2021 · Expired Feb 2022\n", Status::Met),
        ] {
            assert_eq!(run(crit, cv_text), want, "{cv_text}");
        }
    }
}
