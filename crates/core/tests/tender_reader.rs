//! The posting reader on the bundled postings and on one fixture per format and trap.

use serde::Serialize;
use tenderfit_core::{bundled_tender, read_tender, Date, Lang, Tender, Warning};

#[derive(Serialize)]
struct Snapshot<'a> {
    #[serde(flatten)]
    tender: &'a Tender,
    warnings: Vec<String>,
}

/// Reads a fixture (or bundled posting), snapshots the model and returns it for assertions.
fn check(name: &str, text: &str) -> (Tender, Vec<Warning>) {
    let (tender, warnings) = read_tender(text);
    let snapshot = Snapshot {
        tender: &tender,
        warnings: warnings.iter().map(|w| w.message(Lang::En)).collect(),
    };
    insta::assert_json_snapshot!(name, snapshot);
    (tender, warnings)
}

fn fixture(name: &str) -> (Tender, Vec<Warning>) {
    let path = format!(
        "{}/tests/fixtures/tenders/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    check(name, &text)
}

fn bundled(reference: &str) -> (Tender, Vec<Warning>) {
    let b = bundled_tender(reference).expect("bundled posting");
    check(&format!("bundled-{reference}"), b.text)
}

fn ids_points(t: &Tender) -> Vec<(String, Option<f64>)> {
    t.criteria
        .iter()
        .map(|c| (c.id.clone(), c.points))
        .collect()
}

fn date(y: i32, m: u32, d: u32) -> Option<Date> {
    Date::new(y, m, d)
}

#[test]
fn bundled_17713_secretaris_prt() {
    let (t, w) = bundled("17713");
    assert_eq!(
        t.title.as_deref(),
        Some("Secretaris PRT (provinciale Regietafel Migratie en Integratie)")
    );
    assert_eq!(t.reference.as_deref(), Some("17713"));
    assert_eq!(t.knockouts.len(), 2);
    assert_eq!(
        t.knockouts[1].text,
        "Aantoonbare werkervaring bij een overheid of een zelfstandig bestuursorgaan"
    );
    let numbers: Vec<Option<u32>> = t.criteria.iter().map(|c| c.number).collect();
    assert_eq!(numbers, [Some(3), Some(4), Some(5), Some(6)]);
    assert_eq!(t.points_total, Some(100.0));
    assert!(t.criteria[2]
        .text
        .ends_with("burgermeesters, wethouders, gedeputeerden, cvdk’s en ministers"));
    assert_eq!(t.deadline, date(2024, 10, 7));
    assert_eq!(t.hours_per_week.map(|h| (h.min, h.max)), Some((20, 24)));
    assert_eq!(t.rate_band.map(|b| (b.min, b.max)), Some((95.0, 110.0)));
    assert_eq!(t.cv_requirements.max_pages, Some(5));
    assert_eq!(t.cv_requirements.min_references, Some(2));
    assert_eq!(t.assessment.cvs_to_client, Some(10));
    assert!(t.assessment.tie_break_on_rate);
    // The Q&A on advising officieren van justitie belongs to W3.
    assert_eq!(t.questions.len(), 3);
    assert_eq!(t.questions[1].criterion.as_deref(), Some("W3"));
    assert!(t.questions[1].answer.starts_with("Nee"));
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn bundled_28671_hotspot_monitor() {
    let (t, w) = bundled("28671");
    assert_eq!(t.knockouts.len(), 5);
    assert_eq!(
        ids_points(&t),
        [
            ("W1".into(), Some(25.0)),
            ("W2".into(), Some(30.0)),
            ("W3".into(), Some(25.0)),
            ("W4".into(), Some(20.0))
        ]
    );
    assert_eq!(t.max_rate, Some(110.0));
    assert!(t.rate_includes_travel);
    assert_eq!(t.start.as_ref().and_then(|s| s.date), date(2026, 5, 4));
    assert_eq!(
        t.extension.as_ref().map(|e| (e.count, e.months)),
        Some((Some(2), Some(6)))
    );
    assert_eq!(t.documents, ["VOG", "geheimhoudingsverklaring", "UEA"]);
    assert_eq!(t.buyer.as_deref(), Some("Provincie Overijssel"));
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn bundled_30534_zoetermeer() {
    let (t, w) = bundled("30534");
    assert_eq!(t.knockouts.len(), 6);
    assert_eq!(
        t.knockouts[5].text,
        "Per juli beschikbaar voor 36 uur per week"
    );
    assert_eq!(t.criteria.len(), 6);
    assert_eq!(
        t.criteria[1].text,
        "Aantoonbare werkervaring als secretaris binnen een 100.000+ gemeente"
    );
    assert_eq!(t.points_total, Some(100.0));
    assert_eq!(t.workdays, ["ma", "di", "wo", "do"]);
    assert_eq!(t.max_rate, None);
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn bundled_30828_wijdemeren() {
    let (t, w) = bundled("30828");
    assert_eq!(t.knockouts.len(), 5);
    assert_eq!(
        ids_points(&t).iter().map(|(_, p)| p.unwrap()).sum::<f64>(),
        100.0
    );
    assert_eq!(t.criteria[4].text, "Uurtarief maximaal € 110,- exclusief btw, inclusief reiskosten woon-werkverkeer, werk-werkverkeer én parkeerkosten");
    assert_eq!(t.max_rate, Some(110.0));
    assert_eq!(t.start.as_ref().and_then(|s| s.date), date(2026, 8, 1));
    assert_eq!(
        t.extension.as_ref().map(|e| (e.count, e.months)),
        Some((Some(2), Some(3)))
    );
    // "Offerte-eisen" are CV requirements, not knock-outs.
    assert_eq!(t.cv_requirements.max_pages, Some(5));
    assert_eq!(t.assessment.cvs_to_client, Some(5));
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn tenderplace_weights_tiers_price_and_interview() {
    let (t, w) = fixture("tenderplace-weging");
    assert_eq!(
        t.title.as_deref(),
        Some("Adviseur Inkoop en Contractmanagement")
    );
    assert_eq!(t.reference.as_deref(), Some("TP-2026-0412"));
    assert_eq!(
        ids_points(&t),
        [
            ("W1".into(), Some(10.0)),
            ("W2".into(), Some(15.0)),
            ("W3".into(), Some(10.0))
        ]
    );
    assert!(t.criteria.iter().all(|c| c.percent));
    let tiers: Vec<(&str, f64)> = t.criteria[1]
        .tiers
        .iter()
        .map(|x| (x.label.as_str(), x.points))
        .collect();
    assert_eq!(
        tiers,
        [
            ("Meer dan 5 jaar", 15.0),
            ("3 tot 5 jaar", 10.0),
            ("minder dan 3 jaar", 0.0)
        ]
    );
    assert_eq!(t.price_weight, Some(20.0));
    assert_eq!(t.interview_weight, Some(45.0));
    assert_eq!(t.points_total, Some(35.0));
    assert_eq!(t.max_rate, Some(105.0));
    assert_eq!(t.deadline, date(2026, 1, 12));
    assert_eq!(t.deadline_time.as_deref(), Some("12:00"));
    // 35 + 20 + 45 = 100: no mismatch warning; the "60% van je tijd" task share is no criterion.
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn colon_labels_with_eisen_and_wensen_weging() {
    let (t, w) = fixture("label-colon-eisen-wensen");
    assert_eq!(t.buyer.as_deref(), Some("Provincie Gelderland"));
    assert_eq!(t.region.as_deref(), Some("Arnhem"));
    assert!(t.start.as_ref().is_some_and(|s| s.asap));
    assert_eq!(t.duration_months, Some(12));
    assert_eq!(
        t.extension.as_ref().map(|e| (e.count, e.months)),
        Some((Some(2), Some(6)))
    );
    assert_eq!(t.hours_per_week.map(|h| (h.min, h.max)), Some((24, 32)));
    assert_eq!(t.max_rate, Some(115.0));
    // English month name on a Dutch page.
    assert_eq!(t.deadline, date(2026, 12, 14));
    assert_eq!(t.knockouts.len(), 3);
    assert_eq!(
        ids_points(&t),
        [
            ("W1".into(), Some(40.0)),
            ("W2".into(), Some(35.0)),
            ("W3".into(), Some(25.0))
        ]
    );
    assert_eq!(
        t.criteria[1].text,
        "Ervaring met het Digitaal Stelsel Omgevingswet (DSO)"
    );
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn glued_fields_and_unweighted_wensen() {
    let (t, w) = fixture("glued-fields-no-weights");
    assert_eq!(t.title.as_deref(), Some("Beleidsadviseur Participatiewet"));
    assert_eq!(t.max_rate, Some(65.0));
    assert_eq!(t.hours_per_week.map(|h| (h.min, h.max)), Some((36, 36)));
    assert_eq!(t.region.as_deref(), Some("Tilburg"));
    assert_eq!(t.deadline, date(2026, 1, 5));
    assert_eq!(t.knockouts.len(), 2);
    assert_eq!(ids_points(&t), [("W1".into(), None), ("W2".into(), None)]);
    assert_eq!(t.points_total, None);
    assert_eq!(w, [Warning::NoWeights]);
}

#[test]
fn english_posting() {
    let (t, w) = fixture("english-posting");
    assert_eq!(t.reference.as_deref(), Some("2026-0077"));
    assert_eq!(t.buyer.as_deref(), Some("Ministry of Justice and Security"));
    assert_eq!(t.region.as_deref(), Some("The Hague"));
    assert_eq!(t.start.as_ref().and_then(|s| s.date), date(2026, 3, 1));
    assert_eq!(t.duration_months, Some(9));
    assert_eq!(t.deadline, date(2026, 2, 2));
    assert_eq!(t.knockouts.len(), 3);
    assert_eq!(t.stated_total, Some(100.0));
    assert_eq!(t.points_total, Some(100.0));
    assert_eq!(
        t.criteria[1].text,
        "Experience with the Woo (Open Government Act)"
    );
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn pdf_copy_with_wrapped_lines_question_marks_and_footers() {
    let (t, w) = fixture("pdf-copy");
    assert_eq!(
        t.knockouts[1].text,
        "Minimaal 3 jaar aantoonbare werkervaring als informatiemanager binnen een gemeente"
    );
    let texts: Vec<&str> = t.criteria.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Aantoonbare werkervaring met de Wet open overheid (Woo) en de Archiefwet",
            "Minimaal 2 jaar aantoonbare werkervaring met het opstellen van een informatiebeleidsplan",
            "Aantoonbare werkervaring met zaakgericht werken",
        ]
    );
    assert_eq!(t.points_total, Some(100.0));
    assert_eq!(t.competencies, ["Analytisch", "Verbindend"]);
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn traps_are_not_criteria() {
    let (t, w) = fixture("traps");
    // Task shares in percent, "eisen en wensen" in a deliverable, the Beoordeling prose with its
    // numbered list, and competencies: none of them is a criterion.
    assert_eq!(t.knockouts.len(), 2);
    assert_eq!(
        ids_points(&t),
        [("W1".into(), Some(60.0)), ("W2".into(), Some(40.0))]
    );
    assert_eq!(t.competencies, ["Resultaatgericht", "Omgevingsbewust"]);
    assert_eq!(t.price_weight, None);
    assert_eq!(t.assessment.cvs_to_client, Some(3));
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn truncated_posting_keeps_what_is_there_and_warns() {
    let (t, w) = fixture("truncated");
    assert_eq!(t.knockouts.len(), 2);
    assert!(t.criteria.is_empty());
    assert!(w.contains(&Warning::NoWeightedSection));
    assert!(
        w.iter().any(|x| matches!(x, Warning::Truncated { .. })),
        "{w:?}"
    );
}

#[test]
fn eis_and_wens_labels_with_points_before_the_text() {
    let (t, w) = fixture("eis-wens-labels");
    assert_eq!(
        t.title.as_deref(),
        Some("Communicatieadviseur crisiscommunicatie")
    );
    assert_eq!(
        t.knockouts.iter().map(|k| k.number).collect::<Vec<_>>(),
        [Some(1), Some(2)]
    );
    assert_eq!(
        t.criteria[0].text,
        "Ervaring met crisiscommunicatie tijdens GRIP-situaties"
    );
    assert_eq!(
        ids_points(&t),
        [
            ("W1".into(), Some(40.0)),
            ("W2".into(), Some(25.0)),
            ("W3".into(), Some(30.0))
        ]
    );
    assert_eq!(t.deadline_time.as_deref(), Some("09:00"));
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn tiers_written_inline() {
    let (t, w) = fixture("tiers-inline");
    assert_eq!(t.title.as_deref(), Some("Jurist omgevingsrecht"));
    assert_eq!(t.reference.as_deref(), Some("31555"));
    assert_eq!(
        t.criteria[0].text,
        "Werkervaring als jurist omgevingsrecht bij een gemeente"
    );
    let tiers = |i: usize| {
        t.criteria[i]
            .tiers
            .iter()
            .map(|x| (x.label.clone(), x.points))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        tiers(0),
        [
            ("3 tot 5 jaar".to_string(), 10.0),
            ("meer dan 5 jaar".to_string(), 20.0)
        ]
    );
    assert_eq!(t.criteria[1].text, "Ervaring met bezwaar en beroep");
    assert_eq!(
        tiers(1),
        [
            ("Meer dan 5 jaar".to_string(), 40.0),
            ("maximaal 3 jaar".to_string(), 20.0)
        ]
    );
    assert_eq!(t.points_total, Some(100.0));
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn app_layout_labels_above_values() {
    let (t, w) = fixture("app-layout");
    assert_eq!(t.title.as_deref(), Some("Adviseur bedrijfsvoering"));
    assert_eq!(t.reference.as_deref(), Some("33120"));
    assert_eq!(t.deadline, date(2026, 2, 12));
    assert_eq!(t.start.as_ref().and_then(|s| s.date), date(2026, 3, 1));
    assert_eq!(t.hours_per_week.map(|h| (h.min, h.max)), Some((32, 32)));
    assert_eq!(t.duration_months, Some(6));
    assert_eq!(t.knockouts.len(), 2);
    assert_eq!(t.points_total, Some(100.0));
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn points_that_do_not_add_up_warn() {
    let (t, w) = fixture("points-mismatch");
    assert_eq!(t.points_total, Some(95.0));
    assert_eq!(
        w,
        [Warning::PointsTotalMismatch {
            found: 95.0,
            expected: 100.0
        }]
    );
    assert_eq!(w[0].message(Lang::En), "The points add up to 95, not 100.");
}

#[test]
fn questions_are_linked_to_the_criterion_they_quote() {
    let (t, w) = fixture("qa-linked");
    assert_eq!(t.questions.len(), 2);
    assert_eq!(t.questions[0].criterion.as_deref(), Some("W1"));
    assert!(t.questions[0].answer.starts_with("Ja"));
    assert_eq!(t.questions[1].criterion, None);
    assert_eq!(t.deadline, date(2026, 2, 4));
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn deadline_passed_is_a_dated_warning() {
    let (t, _) = read_tender(bundled_tender("30534").unwrap().text);
    assert!(t.dated_warnings(Date::new(2026, 6, 29).unwrap()).is_empty());
    assert_eq!(
        t.dated_warnings(Date::new(2026, 6, 30).unwrap()),
        [Warning::DeadlinePassed {
            deadline: "2026-06-29".into()
        }]
    );
}

/// Fixtures whose structure is not read exactly yet; each is a known gap, and the list may
/// only shrink. The t3 postings were written by a fresh helper for ten layout families (see
/// `tender-truth/t3-NOTES.md`): K01 the reference in the broker's quoted subject; K02 the
/// deadline in a PDF's running text; K03 a department line taken as the title and a quoted
/// criterion; K07 a parent wens whose points its sub-points share; K09 bold labels with
/// "Punten: 10" lines; K10 weights given per letter in a later table.
const KNOWN_INEXACT: &[&str] = &[
    "t3-K01-bibliotheekbeleid-overijssel",
    "t3-K02-begraafplaatsen-apeldoorn",
    "t3-K03-marktwezen-denhaag",
    "t3-K07-recreatie-toerisme-vrz",
    "t3-K09-forensische-geneeskunde-ggd",
    "t3-K10-participatie-omgevingswet-wvv",
];

/// Every posting with a truth file (`fixtures/tender-truth/NAME.truth.json`), fixture or
/// bundled, is snapshotted and its structure read exactly (`eval::check_structure`).
#[test]
fn fixtures_with_truth_are_read_exactly() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let truth_dir = format!("{dir}/tests/fixtures/tender-truth");
    let mut postings: Vec<(String, String)> = Vec::new();
    for folder in [
        format!("{dir}/tests/fixtures/tenders"),
        format!("{dir}/tenders"),
    ] {
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            let name = f.file_stem().unwrap().to_string_lossy().into_owned();
            if std::path::Path::new(&format!("{truth_dir}/{name}.truth.json")).exists() {
                postings.push((name, std::fs::read_to_string(&f).unwrap()));
            }
        }
    }
    assert!(
        postings.len() >= 18,
        "{} postings with truth",
        postings.len()
    );
    let mut report = tenderfit_core::eval::StructureReport::default();
    for (name, text) in &postings {
        let truth = std::fs::read_to_string(format!("{truth_dir}/{name}.truth.json")).unwrap();
        // The bundled postings have their own snapshots (bundled-NNNNN).
        if !name.starts_with("flextender") {
            check(&format!("truth-{name}"), text);
        }
        report.add(tenderfit_core::eval::check_posting(name, text, &truth).unwrap());
    }
    let inexact: Vec<&str> = report
        .postings
        .iter()
        .filter(|p| !p.exact)
        .map(|p| p.name.as_str())
        .collect();
    for name in &inexact {
        assert!(
            KNOWN_INEXACT.contains(name),
            "{name} is not read exactly: {:#?}",
            report.postings.iter().find(|p| p.name == *name)
        );
    }
    eprintln!("{}", report.summary());
}
