//! The CV reader on the ten labelled dev CVs (checked by eye against the CVs and NOTES.md).

use serde::Serialize;
use tenderfit_core::cv::{ContractForm, CostTerm, YearMonth};
use tenderfit_core::{read_cv, Cv, Date, EducationLevel, Lang, Warning};

fn today() -> Date {
    Date::new(2026, 11, 1).unwrap()
}

#[derive(Serialize)]
struct Snapshot<'a> {
    #[serde(flatten)]
    cv: &'a Cv,
    /// Per entry: narrow and wide month counts on 2026-11-01.
    months: Vec<(usize, i32, i32)>,
    warnings: Vec<String>,
}

/// Reads a dev CV, snapshots the model with its month counts, and returns it for assertions.
fn check(name: &str) -> (Cv, Vec<Warning>) {
    let path = format!(
        "{}/tests/fixtures/eval/dev/cvs/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let (cv, warnings) = read_cv(&text);
    let months = cv
        .experience
        .iter()
        .map(|e| {
            let p = e.period.as_ref().expect("every dev entry has a period");
            (
                e.first_line,
                p.narrow(today()).map_or(0, |m| m.months()),
                p.wide(today()).map_or(0, |m| m.months()),
            )
        })
        .collect();
    let snapshot = Snapshot {
        cv: &cv,
        months,
        warnings: warnings.iter().map(|w| w.message(Lang::En)).collect(),
    };
    insta::assert_json_snapshot!(name, snapshot);
    (cv, warnings)
}

/// (role, organisation, narrow months) per entry.
fn entries(cv: &Cv) -> Vec<(String, String, i32)> {
    cv.experience
        .iter()
        .map(|e| {
            (
                e.role.clone().unwrap_or_default(),
                e.organisation.clone().unwrap_or_default(),
                e.period
                    .as_ref()
                    .and_then(|p| p.narrow(today()))
                    .map_or(0, |m| m.months()),
            )
        })
        .collect()
}

fn months(cv: &Cv) -> Vec<i32> {
    entries(cv).into_iter().map(|e| e.2).collect()
}

#[test]
fn cv_01_clean_dutch() {
    let (cv, w) = check("cv-01");
    assert_eq!(cv.name.as_deref(), Some("Sanne Verhoef"));
    assert_eq!(months(&cv), [58, 46, 30]);
    assert_eq!(cv.experience[1].role.as_deref(), Some("Bestuurssecretaris"));
    assert_eq!(cv.highest_level(), Some(EducationLevel::Hbo));
    let rate = cv.terms.rate.as_ref().unwrap();
    assert_eq!(
        (rate.value.amount, rate.value.travel),
        (Some(98.0), Some(CostTerm::ChargedSeparately))
    );
    assert_eq!(cv.terms.contract.as_ref().unwrap().value, ContractForm::Zzp);
    assert_eq!(
        cv.terms.available_from.as_ref().unwrap().value,
        Date::new(2026, 12, 1)
    );
    assert_eq!(cv.courses.len(), 3);
    assert_eq!(cv.references.named.len(), 2);
    assert!(!cv.references.on_request);
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn cv_02_first_person_motivation() {
    let (cv, w) = check("cv-02");
    assert_eq!(months(&cv), [50, 42, 42]);
    let m = cv.motivation.as_ref().expect("motivation");
    assert!(m.first_person);
    assert_eq!(
        cv.terms.rate.as_ref().unwrap().value.travel,
        Some(CostTerm::Included)
    );
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn cv_03_bureau_with_administrative_statements() {
    let (cv, w) = check("cv-03");
    assert_eq!(months(&cv), [41, 47, 50]);
    assert!(cv.experience[2].period.as_ref().unwrap().is_ambiguous());
    assert_eq!(
        cv.terms.contract.as_ref().unwrap().value,
        ContractForm::Seconded
    );
    assert_eq!(cv.terms.waadi.as_ref().map(|s| s.value), Some(true));
    assert_eq!(cv.terms.g_account.as_ref().map(|s| s.value), Some(true));
    assert!(cv.terms.rate.as_ref().unwrap().value.on_request);
    assert_eq!(
        cv.terms.weekdays.as_ref().unwrap().value,
        ["ma", "di", "wo", "do"]
    );
    assert_eq!(cv.terms.hours_per_week.as_ref().unwrap().value.max, 36);
    assert_eq!(cv.highest_level(), Some(EducationLevel::WoMaster));
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn cv_04_day_month_year_dates_and_full_term() {
    let (cv, w) = check("cv-04");
    assert_eq!(months(&cv), [16, 39, 62, 38]);
    let r = &cv.terms.rate.as_ref().unwrap().value;
    assert_eq!(
        (r.amount, r.travel, r.parking),
        (
            Some(104.0),
            Some(CostTerm::Included),
            Some(CostTerm::Included)
        )
    );
    assert!(cv.terms.full_term.as_ref().unwrap().value);
    assert_eq!(
        cv.terms.available_until.as_ref().unwrap().value,
        YearMonth::new(2027, 12)
    );
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn cv_05_short_mbo_with_unfinished_hbo() {
    let (cv, w) = check("cv-05");
    assert_eq!(months(&cv), [47, 50, 62]);
    assert_eq!(
        cv.experience[0].organisation.as_deref(),
        Some("Leger des Heils, Almere (als zzp'er)")
    );
    assert_eq!(
        cv.education
            .iter()
            .map(|e| (e.level, e.completed))
            .collect::<Vec<_>>(),
        [
            (Some(EducationLevel::Mbo), Some(true)),
            (Some(EducationLevel::Hbo), Some(false))
        ]
    );
    assert_eq!(cv.highest_level(), Some(EducationLevel::Mbo));
    assert!(cv.terms.rate.is_none());
    assert!(cv.references.on_request);
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn cv_06_seconded_near_misses() {
    let (cv, w) = check("cv-06");
    assert_eq!(months(&cv), [19, 19, 65, 24]);
    assert_eq!(cv.experience[1].role.as_deref(), Some("Directiesecretaris"));
    assert_eq!(cv.terms.rate.as_ref().unwrap().value.amount, Some(118.0));
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn cv_07_english() {
    let (cv, w) = check("cv-07");
    assert_eq!(cv.language.as_deref(), Some("en"));
    assert_eq!(months(&cv), [82, 26, 2]);
    assert_eq!(
        cv.experience[0].organisation.as_deref(),
        Some("Municipality of Amsterdam – Social Development department")
    );
    assert_eq!(cv.terms.rate.as_ref().unwrap().value.amount, Some(115.0));
    assert_eq!(cv.terms.hours_per_week.as_ref().unwrap().value.max, 32);
    assert_eq!(
        cv.terms.available_from.as_ref().unwrap().value,
        Date::new(2026, 9, 1)
    );
    assert_eq!(cv.terms.contract.as_ref().unwrap().value, ContractForm::Zzp);
    assert!(cv.references.on_request);
    assert!(cv.languages.len() >= 4);
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn cv_08_messy_table_with_footers() {
    let (cv, w) = check("cv-08");
    let e = entries(&cv);
    // Seven jobs: the sabbatical between them is a career break (NOTES, cv-truth).
    assert_eq!(e.len(), 7);
    assert!(!e.iter().any(|j| j.0 == "Sabbatical"), "{e:?}");
    assert_eq!(
        e[1],
        (
            "Procesbegeleider digitalisering & informatiebeheer".into(),
            "Gemeente Enschede".into(),
            30
        )
    );
    // The Deventer entry continues across the page footer, with the hotspot monitor in it.
    assert_eq!(e[3].1, "Gemeente Deventer");
    assert!(
        cv.experience[3].text.contains("hotspot-"),
        "{}",
        cv.experience[3].text
    );
    assert_eq!(e[5].2, 7);
    assert_eq!(cv.page_count, Some(4));
    assert_eq!(cv.terms.rate.as_ref().unwrap().value.amount, Some(95.0));
    assert_eq!(cv.terms.hours_per_week.as_ref().unwrap().value.max, 20);
    // "per mei" wraps onto the next line: "2026".
    assert_eq!(
        cv.terms.available_from.as_ref().unwrap().value,
        Date::new(2026, 5, 1)
    );
    assert_eq!(
        cv.terms.contract.as_ref().unwrap().value,
        ContractForm::ViaBureau
    );
    assert!(!cv.motivation.as_ref().unwrap().first_person);
    assert!(cv.references.on_request);
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn cv_09_no_rate_no_contract() {
    let (cv, w) = check("cv-09");
    assert_eq!(months(&cv), [59, 17, 31, 38]);
    assert!(cv.terms.rate.is_none());
    assert!(cv.terms.contract.is_none());
    assert!(cv
        .courses
        .iter()
        .any(|c| c.name.to_lowercase().contains("hotspot")));
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn cv_10_ngo_and_motivation_for_another_posting() {
    let (cv, w) = check("cv-10");
    assert_eq!(months(&cv), [56, 26, 74]);
    assert_eq!(
        cv.experience[0].organisation.as_deref(),
        Some("Leger des Heils Midden-Nederland, in opdracht van de gemeente Utrecht")
    );
    let m = cv.motivation.as_ref().unwrap();
    assert!(m.first_person);
    assert!(m.text.contains("Wijdmeren"));
    let r = &cv.terms.rate.as_ref().unwrap().value;
    assert_eq!(
        (r.amount, r.travel, r.parking),
        (
            Some(85.0),
            Some(CostTerm::Included),
            Some(CostTerm::Included)
        )
    );
    assert!(w.is_empty(), "{w:?}");
}

/// Jobs of the CV truth set `set` (`tests/fixtures/cv-truth/<set>/NAME.expected.json`, the
/// field-case format): how many were checked, and each one read wrongly. The dev set's CVs
/// are those of `fixtures/eval/dev/cvs`; the others lie beside their truth.
fn jobs_of_truth_set(set: &str) -> (usize, Vec<String>) {
    let (checked, wrong, _) = truth_set(set);
    (checked, wrong)
}

/// As [`jobs_of_truth_set`], with the entries read as jobs that match no expected job.
fn truth_set(set: &str) -> (usize, Vec<String>, Vec<String>) {
    use tenderfit_core::cv::expected::{check_jobs, expected_jobs};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let today = Date::new(2026, 11, 30).unwrap();
    let mut checked = 0;
    let mut wrong = Vec::new();
    let mut extra = Vec::new();
    let dir = root.join("cv-truth").join(set);
    let mut truths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
        .collect();
    truths.sort();
    for t in truths {
        let name = t
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".expected.json", ".txt");
        let beside = dir.join(&name);
        let cv_path = if beside.exists() {
            beside
        } else {
            root.join("eval/dev/cvs").join(&name)
        };
        let text = std::fs::read_to_string(&cv_path)
            .unwrap_or_else(|e| panic!("{}: {e}", cv_path.display()));
        let truth: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&t).unwrap()).unwrap();
        let jobs = expected_jobs(&truth).unwrap_or_else(|e| panic!("{}: {e}", t.display()));
        let (cv, _) = read_cv(&text);
        let report = check_jobs(&cv, &jobs, today);
        checked += jobs.len();
        for j in report.jobs.iter().filter(|j| !(j.found && j.period_right)) {
            wrong.push(format!(
                "{set}/{name}: {} | {} read as {:?}",
                j.title, j.employer, j.read_as
            ));
        }
        extra.extend(report.extra.iter().map(|e| format!("{set}/{name}: {e}")));
    }
    (checked, wrong, extra)
}

/// The second blind set (r2, written after the first round of fixes): all 41 jobs are read
/// ("19-21" on its own line, "2018 (6 maanden)", a start month in the employer's line).
#[test]
fn second_blind_cv_set_keeps_its_floor() {
    let (checked, wrong) = jobs_of_truth_set("r2");
    assert_eq!(checked, 41);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The third blind round (r3-a, r3-b: written before this round's reader changes, then
/// studied for the CV reader) and r4 (written last): all 100 jobs, with r3-b g02's LinkedIn
/// role whose employer stands above its title.
#[test]
fn third_blind_cv_sets_keep_their_floor() {
    let (a, wrong_a) = jobs_of_truth_set("r3-a");
    let (b, wrong_b) = jobs_of_truth_set("r3-b");
    // r4: written after every change of the session, read right before it was looked at.
    let (c, wrong_c) = jobs_of_truth_set("r4");
    assert_eq!((a, b, c), (31, 45, 24));
    assert!(wrong_a.is_empty(), "{}", wrong_a.join("\n"));
    assert!(wrong_c.is_empty(), "{}", wrong_c.join("\n"));
    assert!(wrong_b.is_empty(), "{}", wrong_b.join("\n"));
}

/// The fifth blind round (r5: r5-a i01–i08 and r5-b j01–j08, written by helpers who never saw
/// the code, measured blind at 43 of 52 jobs) then studied for five kinds: markdown and XML
/// markup, a career told only in prose, a period closing a wrapped remark, a job told twice
/// (overview, then details), availability terms. All 52 jobs are read. The floor may only rise.
#[test]
fn fifth_blind_cv_set_keeps_its_floor() {
    let (checked, wrong) = jobs_of_truth_set("r5");
    assert_eq!(checked, 52);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The sixth blind round (r6: r6-a m01–m08 and r6-b n01–n08), written while the readers were
/// being changed and kept unseen until the end: 39 of 48 jobs read blind, with 13 entries
/// read as jobs that are none. Studied for the layout families of issue 13 (one-line title
/// and employer, full dates, dates alone, fixed-width forms, framed headings, internships,
/// dated bullets, own company over its assignments): all 48 jobs and one entry too many. The
/// floor may only rise.
#[test]
fn sixth_blind_cv_set_keeps_its_floor() {
    let (checked, wrong, extra) = truth_set("r6");
    assert_eq!(checked, 48);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // m01's "Stagiair planologie" (an afstudeerstage in the LinkedIn Experience list) is still
    // read as a job: the field case d01 and dev-2 d02/d05 count internships as jobs.
    assert!(extra.len() <= 1, "{}", extra.join("\n"));
}

/// The seventh blind round (r7: r7-a r01–r08 and r7-b s01–s08), written by fresh helpers and
/// kept unseen until every change of its session was in: 40 of 51 jobs right both before and
/// after that session's CV-reader changes. Studied in the next session for structured exports,
/// academic rows, field-labelled lists, career breaks, wrapped remarks and sidebar blocks
/// between jobs: all 51 jobs and no entry too many. The floor may only rise.
#[test]
fn seventh_blind_cv_set_keeps_its_floor() {
    let (checked, wrong, extra) = truth_set("r7");
    assert_eq!(checked, 51);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(extra.is_empty(), "{}", extra.join("\n"));
}

/// The eighth blind round (r8: r8-a o01–o08 and r8-b w01–w08), written by fresh helpers and
/// kept unseen until every change of its session was in: 53 of 55 jobs right with the code
/// before that session and after it; four entries too many (an internship, a sub-unit, a
/// skill line and a bare range). Studied in the next session for grouped roles, internship
/// sections, a period above a long "Title – Employer" line and a job after a certificates
/// block: all 55 jobs, one entry too many (w02's wrapped bullet "OECD Working Party on" /
/// "Energy (2023 – 2025)"). The floor may only rise.
#[test]
fn eighth_blind_cv_set_keeps_its_floor() {
    let (checked, wrong, extra) = truth_set("r8");
    assert_eq!(checked, 55);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(extra.len() <= 1, "{}", extra.join("\n"));
}

/// The ninth blind round (r9: r9-a p01–p08 and r9-b u01–u08), written by fresh helpers and
/// measured before that session's changes and after them: 45 of 53 jobs right both times
/// (all eight misses in r9-a: a broker form's "Functie:/Werkgever:/Van:/Tot:" blocks, an
/// academic CV, roles grouped by employer), two entries too many. Then (issue 13, cv-s8) all
/// 53 and none too many: form blocks with labels above their values, career headings named
/// by their last word, long header lines, wrapped sentences, unpaid remarks. The floor may only rise.
#[test]
fn ninth_blind_cv_set_keeps_its_floor() {
    let (checked, wrong, extra) = truth_set("r9");
    assert_eq!(checked, 53);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(extra.is_empty(), "{}", extra.join("\n"));
}

/// The tenth blind round (r10: r10-a v01–v08 and r10-b y01–y08), written blind in s8: 46 of
/// 49 jobs right (Europass, LinkedIn export, date lines above the title, " | " rows, vague
/// dates, flattened table cells …), before and after that session's CV changes. The floor
/// may only rise.
#[test]
fn tenth_blind_cv_set_keeps_its_floor() {
    let (checked, wrong, extra) = truth_set("r10");
    assert_eq!(checked, 49);
    assert!(wrong.len() <= 3, "{}", wrong.join("\n"));
    assert!(extra.len() <= 1, "{}", extra.join("\n"));
}

/// r11 and r12 (written blind in s8 and s9, studied in s9): every job of 32 CVs per round.
#[test]
fn eleventh_and_twelfth_blind_cv_sets_keep_their_floor() {
    for (set, count, most_wrong, most_extra) in [("r11", 55, 7, 1), ("r12", 56, 3, 3)] {
        let (checked, wrong, extra) = truth_set(set);
        assert_eq!(checked, count, "{set}");
        assert!(wrong.len() <= most_wrong, "{set}: {}", wrong.join("\n"));
        assert!(extra.len() <= most_extra, "{set}: {}", extra.join("\n"));
    }
}

/// r14 (written blind in s10, studied in s10: an own company's clients as sub-entries, "title –
/// employer" with seasons and "medio", a PDF copy that lost its line breaks): every job of 16 CVs.
#[test]
fn fourteenth_blind_cv_set_reads_every_job() {
    let (checked, wrong, extra) = truth_set("r14");
    assert_eq!(checked, 56);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(extra.is_empty(), "{}", extra.join("\n"));
}

/// r15 (written blind at the end of s10, not studied yet: an agency's template, a functional
/// CV, Markdown, a CV-builder export, a wrapped table, an academic CV): 29 of 51 jobs read right
/// then; 43 in s11 with numbered, icon-marked, annotated and misspelt headings and the
/// functional CV's "Chronologie" read; 48 with job tables whose cells wrap; 50 with a header
/// line that runs on into its description. The floor keeps it from falling.
#[test]
fn fifteenth_blind_cv_set_keeps_its_floor() {
    let (checked, wrong, extra) = truth_set("r15");
    assert_eq!(checked, 51);
    assert!(wrong.len() <= 1, "{}", wrong.join("\n"));
    assert!(extra.len() <= 4, "{}", extra.join("\n"));
}

/// r16 (written blind at the start of s11 by two fresh helpers, measured after the session's
/// r15 kinds and not studied: page headers inside a job, a year-by-year timeline, "Mar 2021 –
/// Present", a broker's kandidaatpresentatie, dates in words, a two-column PDF with a
/// sidebar, quarters, one bullet line per job): 33 of 48 jobs read right. The floor keeps it
/// from falling.
#[test]
fn sixteenth_blind_cv_set_keeps_its_floor() {
    let (checked, wrong, extra) = truth_set("r16");
    assert_eq!(checked, 48);
    assert!(wrong.len() <= 15, "{}", wrong.join("\n"));
    assert!(extra.len() <= 1, "{}", extra.join("\n"));
}

/// The layout families of issue 13 in CVs written for them (`cv-truth/kinds-2`), not copied
/// from the blind sets: every job, no education, education internship, membership or dated
/// bullet read as a job, terms from the availability block, and a motivation above a LinkedIn export.
#[test]
fn layout_families_read_every_job_and_nothing_else() {
    let (checked, wrong, extra) = truth_set("kinds-2");
    assert_eq!(checked, 10);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(extra.is_empty(), "{}", extra.join("\n"));
    let read = |name: &str| {
        let path = format!(
            "{}/tests/fixtures/cv-truth/kinds-2/{name}.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        read_cv(&std::fs::read_to_string(&path).unwrap()).0
    };
    // Hours from the availability block, never from a side function's "(ca. 3 uur per week)".
    for (name, hours, from) in [("k2-01", 28, (2027, 3)), ("k2-02", 36, (2027, 4))] {
        let cv = read(name);
        let h = cv.terms.hours_per_week.as_ref().map(|h| h.value.max);
        assert_eq!(h, Some(hours), "{name}");
        let start = cv.terms.available_from.as_ref().and_then(|s| s.value);
        assert_eq!(start.map(|d| (d.year, d.month)), Some(from), "{name}");
        assert!(!cv.education.is_empty(), "{name}");
        assert!(!cv.side_activities.is_empty(), "{name}");
    }
    let cv = read("k2-03");
    let m = cv
        .motivation
        .expect("a motivation above the LinkedIn export");
    assert!(
        m.first_person && m.text.contains("grondstoffenbeleid"),
        "{m:?}"
    );
}

/// The structured and field-labelled families of issue 13 (`cv-truth/kinds-3`, written for
/// them after the r7 round, in other words than r7): Europass XML, JSON Resume, an HR export
/// with Werkgever/Functie/Periode fields, an academic CV, an Opdrachtgever/Periode/Rol list,
/// Europass PDF text, employer before title with a career break, oldest first with
/// durations, assignments under an own company and roles under one employer, a flattened
/// Word table, a form with Van/Tot lines. Every job, nothing else; completion markers after
/// the date; days with slashes; the office place.
#[test]
fn structured_and_labelled_cvs_read_every_job_and_nothing_else() {
    let (checked, wrong, extra) = truth_set("kinds-3");
    assert_eq!(checked, 30);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(extra.is_empty(), "{}", extra.join("\n"));
    let read = |name: &str| {
        let path = format!(
            "{}/tests/fixtures/cv-truth/kinds-3/{name}.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        read_cv(&std::fs::read_to_string(&path).unwrap()).0
    };
    // "(diploma)", "(graduated)", "diploma behaald", "afgerond" after the dates.
    for name in ["k3-03", "k3-05", "k3-07", "k3-08"] {
        let cv = read(name);
        assert!(!cv.education.is_empty(), "{name}");
        assert!(
            cv.education.iter().all(|e| e.completed == Some(true)),
            "{name}: {:?}",
            cv.education
        );
    }
    for (name, days) in [
        ("k3-03", vec!["ma", "di", "wo", "do"]),
        ("k3-07", vec!["ma", "di", "do", "vr"]),
    ] {
        let cv = read(name);
        assert_eq!(
            cv.terms.weekdays.map(|w| w.value),
            Some(days.iter().map(|d| d.to_string()).collect()),
            "{name}"
        );
    }
    let places = read("k3-03").terms.work_places.map(|p| p.value);
    assert_eq!(places, Some(vec!["Apeldoorn".to_string()]));
    // The export's own name and its degree's completion, from fields on one line.
    let cv = read("k3-01");
    assert_eq!(cv.name.as_deref(), Some("Ruud Hoekstra"));
    assert_eq!(cv.education.len(), 1, "{:?}", cv.education);
    assert_eq!(cv.education[0].completed, Some(true));
    assert!(cv.side_activities.iter().any(|e| e.text.contains("Twirre")));
}

/// Every CV with a truth file in the dev, dev-2, blind r1 and field-case sets has all its jobs
/// read with the right title or employer and period.
#[test]
fn every_cv_with_truth_reads_all_its_jobs() {
    let mut checked = 0;
    let mut wrong = Vec::new();
    for set in ["dev", "dev-2", "r1", "field", "kinds"] {
        let (c, w) = jobs_of_truth_set(set);
        checked += c;
        wrong.extend(w);
    }
    assert!(checked >= 140, "only {checked} jobs checked");
    assert!(
        wrong.is_empty(),
        "{} of {checked} jobs wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
