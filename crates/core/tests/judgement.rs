//! The judgement engine against the labelled dev cases, and the engine's contract: overrides,
//! declarations, tiers and the knock-out summary.

use tenderfit_core::eval::{add_case, EvalReport, LabelledCase};
use tenderfit_core::judge::{Declarations, Status};
use tenderfit_core::{bundled_tender, judge, read_cv, read_tender, Date, Lang};

fn fixture(path: &str) -> String {
    let p = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

fn dev_report() -> EvalReport {
    let mut report = EvalReport::default();
    for line in fixture("eval/dev/labels.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        let case: LabelledCase = serde_json::from_str(line).expect("label line");
        let reference = case
            .tender
            .split('-')
            .nth(1)
            .expect("reference in file name");
        let tender = bundled_tender(reference).expect("bundled tender").text;
        add_case(
            &mut report,
            &case,
            tender,
            &fixture(&format!("eval/dev/cvs/{}", case.cv)),
        );
    }
    report
}

/// The agreement reached on the dev set; the test fails below it.
#[test]
fn dev_set_agreement_is_complete() {
    let r = dev_report();
    let listing: Vec<String> = r
        .disagreements
        .iter()
        .map(|d| {
            format!(
                "{} × {} {}: label {} / ours {} — {}",
                d.cv, d.tender, d.id, d.expected, d.got, d.our_reason
            )
        })
        .collect();
    assert_eq!(r.cases, 40);
    assert_eq!(r.criteria.total, 370);
    assert_eq!(
        r.criteria.agree,
        r.criteria.total,
        "disagreements:\n{}",
        listing.join("\n")
    );
    assert_eq!(r.knockout_pass.agree, 40);
    assert_eq!(r.points.agree, 40);
}

fn today() -> Date {
    Date::new(2026, 11, 1).unwrap()
}

#[test]
fn assessment_shows_evidence_missing_and_suggestions() {
    let tender = read_tender(bundled_tender("17713").unwrap().text).0;
    let cv = read_cv(&fixture("eval/dev/cvs/cv-06.txt")).0;
    let a = judge(&tender, &cv, &Declarations::default(), today());
    let w2 = a.criteria.iter().find(|c| c.id == "W2").unwrap();
    assert_eq!(w2.status, Status::NotMet);
    assert_eq!(w2.earned, Some(0.0));
    let missing = w2.missing.as_ref().unwrap();
    assert!(
        missing.nl.contains("Nodig: 24 maanden") && missing.nl.contains("gevonden: 19 maanden"),
        "{missing:?}"
    );
    assert!(w2
        .suggestion
        .as_ref()
        .unwrap()
        .nl
        .starts_with("Alleen als het klopt"));
    assert!(w2
        .evidence
        .iter()
        .any(|e| e.text.contains("Directiesecretaris")));
    // The Q&A trap: advising officieren van justitie does not count for W3.
    let w3 = a.criteria.iter().find(|c| c.id == "W3").unwrap();
    assert_eq!(w3.status, Status::NotMet);
    // Both languages come from the core.
    let json = a.view(Lang::En);
    assert!(json
        .criteria
        .iter()
        .any(|c| c.missing.is_some_and(|m| m.starts_with("Needs 24 months"))));
}

#[test]
fn user_overrides_and_declarations_change_the_totals() {
    let tender = read_tender(bundled_tender("30534").unwrap().text).0;
    let cv = read_cv(&fixture("eval/dev/cvs/cv-06.txt")).0;
    let base = judge(&tender, &cv, &Declarations::default(), today());
    assert_eq!(
        base.knockout_pass, None,
        "Waadi and G-rekening are unknown for cv-06"
    );
    let mut d = Declarations::default();
    d.overrides.insert("K2".into(), Status::Met);
    d.overrides.insert("K3".into(), Status::Met);
    let confirmed = judge(&tender, &cv, &d, today());
    let k = |a: &tenderfit_core::Assessment, id: &str| {
        a.criteria.iter().find(|c| c.id == id).unwrap().clone()
    };
    assert!(k(&confirmed, "K2").overridden);
    assert_eq!(k(&confirmed, "K2").computed_status, Status::Unknown);
    // Overriding a weighted criterion to met earns its points.
    let w1_points = k(&base, "W1").points.unwrap();
    d.overrides.insert("W1".into(), Status::Met);
    let more = judge(&tender, &cv, &d, today());
    assert_eq!(
        more.points,
        base.points + w1_points - k(&base, "W1").earned.unwrap()
    );
    // A declared rate all-in beats the CV's rate.
    let hotspot = read_tender(bundled_tender("28671").unwrap().text).0;
    let cv01 = read_cv(&fixture("eval/dev/cvs/cv-01.txt")).0;
    assert_eq!(
        k(
            &judge(&hotspot, &cv01, &Declarations::default(), today()),
            "K1"
        )
        .status,
        Status::NotMet
    );
    let d = Declarations {
        rate: Some(105.0),
        rate_all_in: true,
        ..Declarations::default()
    };
    assert_eq!(
        k(&judge(&hotspot, &cv01, &d, today()), "K1").status,
        Status::Met
    );
}

#[test]
fn tiers_pay_the_highest_tier_reached() {
    let tender = read_tender(&fixture("tenders/tenderplace-weging.txt")).0;
    let cv = read_cv("WERKERVARING\nContractmanager\nGemeente Deventer | 01/2021 – heden\n• Contractmanagement sociaal domein.\n").0;
    let a = judge(&tender, &cv, &Declarations::default(), today());
    let w2 = a.criteria.iter().find(|c| c.id == "W2").unwrap();
    assert_eq!(w2.status, Status::Met);
    // 70 months: "Meer dan 5 jaar (15 %)".
    assert_eq!(w2.earned, Some(15.0));
    let cv = read_cv("WERKERVARING\nContractmanager\nGemeente Deventer | 01/2022 – heden\n").0;
    let w2 = judge(&tender, &cv, &Declarations::default(), today())
        .criteria
        .into_iter()
        .find(|c| c.id == "W2")
        .unwrap();
    assert_eq!(w2.earned, Some(10.0));
}

#[test]
fn knockout_summary_rules() {
    let tender = read_tender(bundled_tender("17713").unwrap().text).0;
    let empty = judge(&tender, &read_cv("").0, &Declarations::default(), today());
    assert_eq!(empty.knockout_pass, Some(false));
    assert_eq!(empty.points, 0.0);
    assert!(empty.deadline_passed);
    assert_eq!(empty.points_possible, Some(100.0));
}

/// (id, status, earned) of every criterion.
fn verdicts(tender: &str, cv: &str, today: Date) -> Vec<(String, Status, Option<f64>)> {
    let t = read_tender(&fixture(tender)).0;
    let c = read_cv(&fixture(cv)).0;
    judge(&t, &c, &Declarations::default(), today)
        .criteria
        .into_iter()
        .map(|c| (c.id, c.status, c.earned))
        .collect()
}

#[test]
fn other_field_english_privacy_posting() {
    let v = verdicts(
        "tenders/english-posting.txt",
        "cvs/privacy-officer-en.txt",
        Date::new(2026, 1, 15).unwrap(),
    );
    let s = |id: &str| v.iter().find(|x| x.0 == id).unwrap().1;
    // LLM counts as a master in law; "Data Protection Officer" at UWV (a zbo) counts as DPO:
    // 03/2021–12/2025 at the ministry + 01/2018–02/2021 at UWV = 96 months.
    assert_eq!(s("K1"), Status::Met);
    assert_eq!(s("K2"), Status::Met);
    assert_eq!(s("K3"), Status::Met);
    // "GDPR (AVG)": either name will do; "Woo (Open Government Act)" likewise.
    assert_eq!(s("W1"), Status::Met);
    assert_eq!(s("W2"), Status::Met);
}

#[test]
fn other_field_procurement_with_tiers() {
    let v = verdicts(
        "tenders/tenderplace-weging.txt",
        "cvs/inkoopadviseur.txt",
        Date::new(2026, 1, 5).unwrap(),
    );
    let get = |id: &str| v.iter().find(|x| x.0 == id).unwrap().clone();
    assert_eq!(get("K2").1, Status::Met);
    assert_eq!(get("K3").1, Status::Met, "NEVI 2 under courses");
    // "2017 – 2020" read narrowly is 26 months: the "minder dan 3 jaar" tier pays 0.
    assert_eq!(get("W2"), ("W2".to_string(), Status::NotMet, Some(0.0)));
    assert_eq!(get("W3").2, Some(10.0));
}

/// Agreement on a labelled set kept in the fixtures: `labels` (JSON lines), CVs in `cvs`,
/// postings in `tenders`.
fn set_report(labels: &str, cvs: &str, tenders: &str) -> EvalReport {
    let mut report = EvalReport::default();
    for line in fixture(labels).lines().filter(|l| !l.trim().is_empty()) {
        let case: LabelledCase = serde_json::from_str(line).expect("label line");
        add_case(
            &mut report,
            &case,
            &fixture(&format!("{tenders}/{}", case.tender)),
            &fixture(&format!("{cvs}/{}", case.cv)),
        );
    }
    report
}

/// dev-2 (52 pairs, twelve fields; labels copied from `../shared/eval/dev-2`, CVs and
/// postings are the fixtures' copies) and the blind sets r1–r7: the floors reached, criteria
/// agreeing / knock-out verdicts / points. Raise a floor when the engine improves.
#[test]
fn other_sets_stay_at_their_floors() {
    let sets: [(&str, &str, &str, usize, usize, usize); 33] = [
        (
            "eval/dev-2/labels.jsonl",
            "cv-truth/dev-2",
            "tenders",
            // 441 before: "Frisse Scholen, klasse B of hoger" now fails a klasse C school;
            // an "-atie" noun is met by its "-eren" verb.
            443,
            49,
            47,
        ),
        (
            "eval/blind-r1-cvs/labels.jsonl",
            "eval/blind-r1-cvs/cvs",
            "eval/blind-r1-cvs/tenders",
            // 111 before a known name with "en" in it stays one thing (the BBV).
            113,
            13,
            8,
        ),
        (
            "eval/blind-r1-tenders/labels.jsonl",
            "eval/blind-r1-tenders/cvs",
            "eval/blind-r1-tenders/tenders",
            // Knock-out verdicts 13 before: an advocatenkantoor in Utrecht counted as the
            // gemeente, which hid that the Q&A lowering T08's K2 is not read from the posting.
            // 106 before the issue-14 kinds (licences, terms, identifiers); 109 before
            // spelled-out abbreviations and names after their kind ("LCMS (Landelijk …)",
            // "het registratiesysteem HPZone"). 113 before the r8 judgement kinds (registers,
            // CEFR levels, fields by any name, doctors by meaning); 115 before CV headings
            // numbered or annotated (s11).
            117,
            15,
            10,
        ),
        (
            "eval/blind-r2-cvs/labels.jsonl",
            "eval/blind-r2-cvs/cvs",
            "eval/blind-r2-cvs/tenders",
            // 113 / 12 before roles were read as title, modifier and domain.
            115,
            13,
            14,
        ),
        (
            "eval/blind-r2-tenders/labels.jsonl",
            "eval/blind-r2-tenders/cvs",
            "eval/blind-r2-tenders/tenders",
            // 85 before: a bracketed other name ("(WBI 2017)") shows the part. 86 before a
            // name after its kind ("het leerplichtsysteem Key2Onderwijs"); 88 before a remark
            // on when a law applies is set aside; 90 before the Ruddo by its citation title.
            91,
            10,
            8,
        ),
        (
            "eval/blind-r3-a/labels.jsonl",
            "eval/blind-r3-a/cvs",
            "eval/blind-r3-a/tenders",
            // 119 before: "recruitment for positions abroad" now needs the place. 121 before a
            // hyphenated qualifier may follow the role's head ("Taxateur WOZ"); 123 before a
            // sentence on how each item is scored is no item.
            124,
            13,
            9,
        ),
        (
            "eval/blind-r3-b/labels.jsonl",
            "eval/blind-r3-b/cvs",
            "eval/blind-r3-b/tenders",
            // 131 before a list after a colon spells its heading out; 133 before a question
            // heading takes its kind from its bracket ("Wat vragen wij? (eisen – …)"). 149
            // before the r8 judgement kinds.
            151,
            15,
            8,
        ),
        (
            "eval/blind-r4/labels.jsonl",
            "eval/blind-r4/cvs",
            "eval/blind-r4/tenders",
            124,
            15,
            13,
        ),
        // r5 (two sets of 16 pairs, written blind this session: 45.8 % and 47.3 % of criteria
        // before it was studied).
        (
            "eval/blind-r5-a/labels.jsonl",
            "eval/blind-r5-a/cvs",
            "eval/blind-r5-a/tenders",
            // 159/11 before the CV reader's layouts of issue 13; 162 with the place on site.
            162,
            15,
            13,
        ),
        (
            "eval/blind-r5-b/labels.jsonl",
            "eval/blind-r5-b/cvs",
            "eval/blind-r5-b/tenders",
            161,
            15,
            12,
        ),
        // r6 (two sets of 16 pairs), written blind this session and kept unseen until its end:
        // 161 of 280 criteria with the code before the session, 179 after. Studied for the
        // kinds of issue 14 (roles by meaning, licences, named qualifications, identifiers,
        // terms, provincie, lifted scope, lists, counts): 91 → 103 and 88 → 98. Then for the
        // posting reader by cues (prose e-mail, kind tags, selectie intro, notes, overview
        // table) and the CV reader's layouts: 126 and 132.
        (
            "eval/blind-r6-a/labels.jsonl",
            "eval/blind-r6-a/cvs",
            "eval/blind-r6-a/tenders",
            126,
            14,
            10,
        ),
        (
            "eval/blind-r6-b/labels.jsonl",
            "eval/blind-r6-b/cvs",
            "eval/blind-r6-b/tenders",
            132,
            14,
            10,
        ),
        // r7 (two sets of 16 pairs), written blind this session and measured with the code
        // before it and after every other change: 73 → 73 of 140 and 85 → 83 of 152. Then two
        // reader kinds found on it ("De kandidaat moet …" / "Wij waarderen …" sentences, a
        // criteria table read by its kind cell): 98 and 120. Then questionnaire blocks of
        // "Name: value" fields and MoSCoW labels: 117 and 131; r7-b's points agree once less:
        // its four SHOULD/COULD criteria are read now and meet the judgement faults of
        // r7-analysis (roles by meaning, English education wording).
        (
            "eval/blind-r7-a/labels.jsonl",
            "eval/blind-r7-a/cvs",
            "eval/blind-r7-a/tenders",
            // With the judgement kinds of issue 14 (tiers of government, a unit inside an
            // organisation, roles by meaning, advies ↔ adviseren) and the CV reader's export
            // and academic layouts: 132.
            132,
            15,
            10,
        ),
        (
            "eval/blind-r7-b/labels.jsonl",
            "eval/blind-r7-b/cvs",
            "eval/blind-r7-b/tenders",
            // 138 and points 6 once a generic act keeps its object (r7 C3: "voorbereiding
            // van een aanbesteding" is not any preparing); 139 with cv-work-sidebar's job.
            138,
            14,
            6,
        ),
        // r8 (two sets of 16 pairs), written blind this session and kept unseen until every
        // other change was in: 54 → 105 of 144 and 112 → 135 of 180 criteria (knock-out
        // verdicts 7 → 11 and 10 → 11, points 6 → 9 and 3 → 4).
        (
            "eval/blind-r8-a/labels.jsonl",
            "eval/blind-r8-a/cvs",
            "eval/blind-r8-a/tenders",
            // 111 with the judgement kinds of r8-analysis (A7 registers, C1 CEFR level, C2
            // doctors by meaning, C6 a VOG's age); 134 with the posting reader's headings
            // glossed in brackets, label lines over their requirement and quality totals;
            // 136 with scope pairs ("intern of extern salderen") and light verbs.
            136,
            15,
            9,
        ),
        (
            "eval/blind-r8-b/labels.jsonl",
            "eval/blind-r8-b/cvs",
            "eval/blind-r8-b/tenders",
            // 143 with the judgement kinds of r8-analysis (C1 CEFR level, C3 fields by any
            // name, C4 RIEC, slashed fields, a shared domain after alternative titles); 162
            // with the posting reader's leading "(max. N points)", answers linked by their
            // label and parent items whose parts carry the points.
            162,
            12,
            6,
        ),
        // r9 (two sets of 16 pairs), written blind in the next session and measured before
        // any change and again once every other change was in: 71 → 71 of 136 and 115 → 115
        // of 172 (knock-out 11 → 11 and 14 → 14, points 7 → 7 and 4 → 4): the r8 fixes did
        // not carry over. Then studied: 72 of 136 with the Q&A fixes of that session.
        (
            "eval/blind-r9-a/labels.jsonl",
            "eval/blind-r9-a/cvs",
            "eval/blind-r9-a/tenders",
            // 119 with the s8 posting-reader kinds (cards, outline tabs, explanation columns,
            // titled labels) and the CV reader's form blocks and academic headings.
            119,
            14,
            10,
        ),
        (
            "eval/blind-r9-b/labels.jsonl",
            "eval/blind-r9-b/cvs",
            "eval/blind-r9-b/tenders",
            // 117 with availability by start and hours and the place on site (issue 14, s8);
            // 154 with Markdown wiki pages and running knock-out paragraphs read (s8).
            154,
            14,
            6,
        ),
        // r10 (two sets of 16 pairs), written blind in s8 and measured before any change of
        // that session: 86 of 136 and 101 of 168; after it 99 and 101 (a forwarded e-mail's
        // heading with the award's shares in brackets read; the place on site taken without
        // a questionnaire's "?"). Floors at the figures after.
        (
            "eval/blind-r10-a/labels.jsonl",
            "eval/blind-r10-a/cvs",
            "eval/blind-r10-a/tenders",
            99,
            12,
            8,
        ),
        (
            "eval/blind-r10-b/labels.jsonl",
            "eval/blind-r10-b/cvs",
            "eval/blind-r10-b/tenders",
            137,
            13,
            8,
        ),
        // r11 (written blind in s8, measured then at 70 and 98 of 152 and 164) and r12 (written
        // blind at the start of s9, measured before any change at 84 of 132 and 76 of 128):
        // studied in s9 (forms with check boxes, a letter in prose, grid tables with a weight
        // column, score scales, weights by code in a table at the end, lists run into one
        // line). Floors at the figures after.
        (
            "eval/blind-r11-a/labels.jsonl",
            "eval/blind-r11-a/cvs",
            "eval/blind-r11-a/tenders",
            110,
            13,
            7,
        ),
        (
            "eval/blind-r11-b/labels.jsonl",
            "eval/blind-r11-b/cvs",
            "eval/blind-r11-b/tenders",
            137,
            15,
            5,
        ),
        (
            "eval/blind-r12-a/labels.jsonl",
            "eval/blind-r12-a/cvs",
            "eval/blind-r12-a/tenders",
            101,
            13,
            6,
        ),
        (
            "eval/blind-r12-b/labels.jsonl",
            "eval/blind-r12-b/cvs",
            "eval/blind-r12-b/tenders",
            100,
            10,
            3,
        ),
        // r14 (written blind at the start of s10 in fields and layouts not built for: a
        // Negometrix question list, a forwarded e-mail, portal cards with leading badges, a
        // tab-separated sheet, an alert e-mail, a PDF form, a scoring matrix by letter),
        // measured before any change at 125 of 164 and 115 of 156; floors at the figures after.
        (
            "eval/blind-r14-a/labels.jsonl",
            "eval/blind-r14-a/cvs",
            "eval/blind-r14-a/tenders",
            138,
            14,
            9,
        ),
        (
            "eval/blind-r14-b/labels.jsonl",
            "eval/blind-r14-b/cvs",
            "eval/blind-r14-b/tenders",
            124,
            12,
            7,
        ),
        // r15 (written blind at the end of s10, after its changes, in layouts none of our sets
        // had: a two-column PDF, wrapped Markdown tables, an offer form with letter codes and
        // yes/no boxes, dotted "Label ....: value" fields): measured at 105 of 144 and 75 of
        // 152 with the session's final reader, not studied yet. Floors at those figures.
        (
            "eval/blind-r15-a/labels.jsonl",
            "eval/blind-r15-a/cvs",
            "eval/blind-r15-a/tenders",
            122,
            14,
            8,
        ),
        (
            "eval/blind-r15-b/labels.jsonl",
            "eval/blind-r15-b/cvs",
            "eval/blind-r15-b/tenders",
            115,
            11,
            9,
        ),
        // r16 (written blind at the start of s11, before the session's changes: 49 / 92; the
        // same after the r15 kinds), not studied yet. Floors at those figures.
        (
            "eval/blind-r16-a/labels.jsonl",
            "eval/blind-r16-a/cvs",
            "eval/blind-r16-a/tenders",
            49,
            10,
            7,
        ),
        (
            "eval/blind-r16-b/labels.jsonl",
            "eval/blind-r16-b/cvs",
            "eval/blind-r16-b/tenders",
            92,
            11,
            11,
        ),
        // The judgement kinds of issue 14 in our own words (a waterschap posting); one open
        // judgement call, see its NOTES.md.
        (
            "eval/kinds-judge-a/labels.jsonl",
            "eval/kinds-judge-a/cvs",
            "eval/kinds-judge-a/tenders",
            13,
            2,
            2,
        ),
        // The r8 judgement kinds in our own words (youth care at a gemeente: registers, a
        // CEFR level, an exclusion sentence, a slashed field, a VOG's age, a
        // samenwerkingsverband); 8 of 14 with the code before. One open call, see its NOTES.md.
        (
            "eval/kinds-judge-b/labels.jsonl",
            "eval/kinds-judge-b/cvs",
            "eval/kinds-judge-b/tenders",
            13,
            2,
            2,
        ),
        // The r9 judgement kinds in our own words (sport at a provincie): scope words as
        // alternatives before one head, light verbs; 10 of 12 with the code before.
        (
            "eval/kinds-judge-c/labels.jsonl",
            "eval/kinds-judge-c/cvs",
            "eval/kinds-judge-c/tenders",
            12,
            2,
            2,
        ),
    ];
    for (labels, cvs, tenders, criteria, knockout, points) in sets {
        let r = set_report(labels, cvs, tenders);
        eprintln!(
            "FLOORS {labels} {} {} {}",
            r.criteria.agree, r.knockout_pass.agree, r.points.agree
        );
        assert!(
            r.criteria.agree >= criteria,
            "{labels}: criteria {}/{} below {criteria}",
            r.criteria.agree,
            r.criteria.total
        );
        assert!(
            r.knockout_pass.agree >= knockout,
            "{labels}: knock-out verdicts {} below {knockout}",
            r.knockout_pass.agree
        );
        assert!(
            r.points.agree >= points,
            "{labels}: points {} below {points}",
            r.points.agree
        );
    }
}

/// English advice over every dev-2 pair has no Dutch glue outside quotes: the posting's and
/// the CV's own words are quoted (“…”), everything else is English. Also no keyword stems
/// ("domeinbre") or lists of the criterion's words glued with "en"/"met".
#[test]
fn english_advice_has_no_dutch_glue() {
    const GLUE: &[&str] = &[
        " met ",
        " van ",
        " een ",
        " het ",
        " de ",
        " en ",
        " bij ",
        " als ",
        " voor ",
        "jaar",
        "ervaring",
        "maanden",
        "werkervaring",
    ];
    /// The text outside “…” quotes.
    fn unquoted(s: &str) -> String {
        let mut out = String::new();
        let mut depth = 0;
        for c in s.chars() {
            match c {
                '“' => depth += 1,
                '”' => depth = (depth - 1).max(0),
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        format!(" {out} ")
    }
    let mut bad = Vec::new();
    for line in fixture("eval/dev-2/labels.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        let case: LabelledCase = serde_json::from_str(line).expect("label line");
        let (tender, _) = read_tender(&fixture(&format!("tenders/{}", case.tender)));
        let (cv, _) = read_cv(&fixture(&format!("cv-truth/dev-2/{}", case.cv)));
        let today = Date::parse_iso(&case.today).expect("today");
        let a = judge(&tender, &cv, &Declarations::default(), today);
        for c in &a.criteria {
            for text in [&c.missing, &c.suggestion, &c.note].into_iter().flatten() {
                let free = unquoted(&text.en);
                if let Some(g) = GLUE.iter().find(|g| free.contains(*g)) {
                    bad.push(format!(
                        "{} × {} {}: {g:?} in {}",
                        case.cv, case.tender, c.id, text.en
                    ));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{} texts:\n{}", bad.len(), bad.join("\n"));
}
