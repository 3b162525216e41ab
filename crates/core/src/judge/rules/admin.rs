//! Administrative knock-outs (uitvoeringsvoorwaarde "geen zzp", Waadi, G-rekening, VOG, "not 3
//! contracts in 6 months at this client") are `unknown` unless the CV addresses them: employed
//! and seconded meets "geen zzp"; only "uitsluitend zzp" fails it (ASSESSOR rule 11): a plain
//! "zzp'er" may still bid through an agency that employs them, so it stays for the user.

use super::super::interpret::Admin;
use super::super::{Bilingual, Declarations, Status, Verdict};
use super::evidence;
use crate::cv::{ContractForm, Cv};
use crate::date::Date;
use crate::tender::Tender;
use crate::text::fold;

/// "uitsluitend als zzp'er", "alleen als zzp", "detachering is geen optie": the CV rules out
/// every form but self-employment.
fn exclusively_zzp(folded_line: &str) -> bool {
    [
        "uitsluitend",
        "alleen als zzp",
        "alleen zzp",
        "exclusively",
        "only as a freelance",
        "geen optie",
        "not an option",
    ]
    .iter()
    .any(|w| folded_line.contains(w))
}

fn confirm(nl: &str, en: &str) -> Option<Bilingual> {
    Some(Bilingual::new(
        format!("Het cv zegt niets over {nl}; bevestig dit zelf."),
        format!("The CV says nothing about {en}; please confirm it yourself."),
    ))
}

pub fn judge(a: &Admin, tender: &Tender, cv: &Cv, d: &Declarations, today: Date) -> Verdict {
    let mut v = Verdict::new(Status::Unknown, "declaration");
    let t = &cv.terms;
    match a {
        Admin::NotSelfEmployed { payroll_excluded } => {
            let form = d.contract.or_else(|| t.contract.as_ref().map(|s| s.value));
            if let Some(s) = &t.contract {
                v.evidence.push(evidence(cv, s.line));
            }
            match form {
                Some(ContractForm::Seconded) => v.status = Status::Met,
                Some(ContractForm::Zzp)
                    if d.contract.is_some()
                        || t.contract
                            .as_ref()
                            .is_some_and(|s| exclusively_zzp(cv.folded_line(s.line))) =>
                {
                    v.status = Status::NotMet;
                    v.missing = Some(Bilingual::new("De opdrachtgever sluit zzp'ers uit (uitvoeringsvoorwaarde); het cv noemt je zzp'er.", "The client excludes self-employed bidders; the CV says you are self-employed."));
                    v.suggestion = Some(Bilingual::new("Alleen als het klopt: bied je aan via een detacheerder bij wie je in dienst bent, en zet dat in het cv.", "Only if it is true: bid through a secondment agency that employs you, and say so in the CV."));
                }
                Some(ContractForm::Payroll) if *payroll_excluded => {
                    v.status = Status::NotMet;
                    v.missing = Some(Bilingual::new(
                        "Payrolling is uitgesloten.",
                        "Payroll constructions are excluded.",
                    ));
                }
                Some(ContractForm::Zzp) => {
                    v.missing = Some(Bilingual::new(
                        "Het cv noemt je zzp'er, maar niet of je uitsluitend als zzp'er werkt; de opdrachtgever sluit zzp-inschrijvingen uit. Bevestig of je via een werkgever (detachering) kunt inschrijven.",
                        "The CV calls you self-employed, but not that you only work that way; the client excludes self-employed bids. Confirm whether you can bid through an employer (secondment).",
                    ));
                }
                _ => v.missing = confirm(
                    "je contractvorm (in dienst bij de uitlener, geen zzp, geen payroll)",
                    "your contract form (employed by the agency, not self-employed, not payroll)",
                ),
            }
        }
        Admin::Waadi => stated(
            &mut v,
            cv,
            t.waadi.as_ref(),
            "een Waadi-registratie",
            "a Waadi registration",
        ),
        Admin::GAccount => stated(
            &mut v,
            cv,
            t.g_account.as_ref(),
            "een G-rekening",
            "a G account (G-rekening)",
        ),
        Admin::Vog { max_age_months } => {
            stated(
                &mut v,
                cv,
                t.vog.as_ref(),
                "een VOG",
                "a certificate of conduct (VOG)",
            );
            if let (Status::Met, Some(months), Some(s)) = (v.status, max_age_months, t.vog.as_ref())
            {
                too_old(&mut v, cv, s.line, *months, tender, today);
            }
        }
        Admin::NoRecentContracts => {
            // Met unless the work history shows recent work at this client.
            let client = tender.buyer.as_deref().map(fold).map(|b| {
                b.split_whitespace()
                    .filter(|w| {
                        !["gemeente", "provincie", "waterschap", "ministerie", "van"].contains(w)
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            });
            let recent_there = client.filter(|c| c.len() >= 3).and_then(|c| {
                cv.experience.iter().find(|e| {
                    let org = fold(e.organisation.as_deref().unwrap_or(""));
                    let recent = e
                        .period
                        .as_ref()
                        .and_then(|p| p.wide(today))
                        .is_some_and(|s| {
                            s.to.0 >= crate::cv::YearMonth::of(today.add_months(-6)).0
                        });
                    org.contains(&c) && recent
                })
            });
            match recent_there {
                Some(e) => {
                    v.evidence.push(evidence(cv, e.first_line));
                    v.missing = confirm(
                        "het aantal eerdere overeenkomsten bij deze opdrachtgever",
                        "the number of earlier contracts at this client",
                    );
                }
                None => v.status = Status::Met,
            }
        }
        Admin::LabourStandard => {
            // Stated when a line names the norm or the register (ASSESSOR rule 11).
            match (1..=cv.lines.len()).find(|&n| {
                let l = cv.folded_line(n);
                l.contains("nen 4400")
                    || l.contains("sna-register")
                    || l.contains("normering arbeid")
            }) {
                Some(n) => {
                    v.status = Status::Met;
                    v.evidence.push(evidence(cv, n));
                }
                None => {
                    v.missing = confirm(
                        "een NEN 4400-1-certificering (SNA-register)",
                        "a NEN 4400-1 certification (SNA register)",
                    )
                }
            }
        }
        Admin::Other => v.missing = confirm("deze verklaring", "this declaration"),
    }
    v
}

/// ASSESSOR rule 18, a document's age: a VOG the CV dates ("afgegeven op 14/02/2024") more
/// than `months` before the start (else the closing date, else today) is too old. A VOG the
/// CV does not date stays as stated.
fn too_old(v: &mut Verdict, cv: &Cv, line: usize, months: i32, tender: &Tender, today: Date) {
    let l = cv.folded_line(line);
    let Some((issued, _)) = crate::date::find_date(l) else {
        return;
    };
    let reference = tender
        .start
        .as_ref()
        .and_then(|s| s.date)
        .or(tender.deadline)
        .unwrap_or(today);
    if issued < reference.add_months(-months) {
        v.status = Status::NotMet;
        v.missing = Some(Bilingual::new(
            format!("De VOG in het cv is bij de start ouder dan {months} maanden."),
            format!("The VOG in the CV is older than {months} months at the start."),
        ));
    }
}

fn stated(v: &mut Verdict, cv: &Cv, s: Option<&crate::cv::Stated<bool>>, nl: &str, en: &str) {
    match s {
        Some(s) => {
            v.evidence.push(evidence(cv, s.line));
            v.status = if s.value { Status::Met } else { Status::NotMet };
            if !s.value {
                v.missing = Some(Bilingual::new(
                    format!("Het cv zegt dat {nl} ontbreekt."),
                    format!("The CV says {en} is missing."),
                ));
            }
        }
        None => {
            v.missing = confirm(nl, en);
            v.suggestion = Some(Bilingual::new(
                format!("Alleen als het klopt: vermeld {nl} in je cv."),
                format!("Only if it is true: mention {en} in your CV."),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cv::read_cv;

    fn no_zzp(cv_text: &str) -> Status {
        let (cv, _) = read_cv(cv_text);
        judge(
            &Admin::NotSelfEmployed {
                payroll_excluded: false,
            },
            &Tender::default(),
            &cv,
            &Declarations::default(),
            Date::new(2026, 11, 1).unwrap(),
        )
        .status
    }

    /// ASSESSOR rule 11: only "uitsluitend zzp" fails "geen zzp"; a plain zzp'er may bid
    /// through an employer, employment meets it.
    #[test]
    fn contract_form_against_no_self_employed() {
        let head = "Jan Jansen\n\nPROFIEL\n";
        assert_eq!(
            no_zzp(&format!("{head}Ik werk als zzp'er.\n")),
            Status::Unknown
        );
        assert_eq!(
            no_zzp(&format!(
                "{head}Ik werk uitsluitend als zzp'er, vanuit mijn eigen onderneming.\n"
            )),
            Status::NotMet
        );
        assert_eq!(
            no_zzp(&format!(
                "{head}In loondienst bij Sociaal Werkt Detachering B.V. (geen zzp), gedetacheerd.\n"
            )),
            Status::Met
        );
    }

    #[test]
    fn labour_standard_when_the_cv_names_it() {
        let (cv, _) = read_cv("Jan\n\nDienstverband: in loondienst bij Aquaflex B.V. · NEN 4400-1 gecertificeerd (SNA-register)\n");
        let today = Date::new(2026, 11, 1).unwrap();
        let d = Declarations::default();
        let t = Tender::default();
        assert_eq!(
            judge(&Admin::LabourStandard, &t, &cv, &d, today).status,
            Status::Met
        );
        let (cv, _) = read_cv("Jan\n\nIk werk als zzp'er.\n");
        assert_eq!(
            judge(&Admin::LabourStandard, &t, &cv, &d, today).status,
            Status::Unknown
        );
    }

    /// ASSESSOR rule 18: a VOG dated more than the age allowed before the start is too old;
    /// one dated within it, or not dated, stays as stated.
    #[test]
    fn a_vog_older_than_allowed_at_the_start() {
        let today = Date::new(2026, 11, 1).unwrap();
        let d = Declarations::default();
        let t = Tender {
            start: Some(crate::tender::Start {
                date: Date::new(2027, 2, 1),
                ..Default::default()
            }),
            ..Tender::default()
        };
        let vog = Admin::Vog {
            max_age_months: Some(6),
        };
        for (line, status) in [
            (
                "Verklaring Omtrent het Gedrag (VOG), afgegeven op 14/02/2024",
                Status::NotMet,
            ),
            ("VOG afgegeven op 1 oktober 2026", Status::Met),
            ("In bezit van een VOG", Status::Met),
        ] {
            let (cv, _) = read_cv(&format!("Jan\n\nOverig\n{line}\n"));
            assert_eq!(judge(&vog, &t, &cv, &d, today).status, status, "{line}");
        }
        // Without an age asked, any VOG stated is met.
        let (cv, _) = read_cv("Jan\n\nOverig\nVOG afgegeven op 14/02/2024\n");
        let any = Admin::Vog {
            max_age_months: None,
        };
        assert_eq!(judge(&any, &t, &cv, &d, today).status, Status::Met);
    }
}
