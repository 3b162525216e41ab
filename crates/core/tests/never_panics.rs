//! The readers return a value and warnings for any input; they never panic.

use proptest::prelude::*;
use tenderfit_core::{read_cv, read_tender, Date};

/// Text that looks like postings: headings, list marks, numbers, points, dates, PDF debris.
fn posting_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Vereisten / knock-outcriteria\n",
        "Gunningscriteria (weging, totaal 100 punten)\n",
        "Eisen\n",
        "Wensen\n",
        "1. ",
        "2) ",
        "- ",
        "• ",
        "Eis 3: ",
        "Wens 2 – ",
        "K1 ",
        "(30 punten)",
        "Weging: 10 %",
        "20 %",
        "punten)",
        "€ 110,00",
        "maandag 7 oktober 2024",
        "4-5-2026",
        "Z.s.m.",
        "Uren per week\t20-24 uur\t",
        "Aanvraagnummer ",
        "?",
        "??",
        " ?(",
        "Pagina 2 van 4\n",
        "\n",
        "\n\n",
        "\t",
        "Vraag: ",
        "Antwoord: ",
        "é",
        "ĳ",
        "’",
        "–",
        "🙂",
        "minimaal 3 jaar",
        "hbo",
        ";",
        ":",
        "(",
        ")",
        "/",
        "CV-eisen: maximaal 5 pagina's",
        "Competenties\n",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

/// Text that looks like CVs: headings, periods in every form, bullets, tabs, terms.
fn cv_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "WERKERVARING\n",
        "Opleiding\n",
        "Cursussen\n",
        "Referenties\n",
        "Motivatie\n",
        "Secretaris\n",
        "Gemeente Utrecht ",
        "jan 2019 – heden",
        "sept. 2015 – aug. 2017",
        "03/2018 – 09/2020",
        "1-3-2018 t/m 31-12-2020",
        "2017 - 2021",
        "2020–nu",
        "van 2012 tot 2016",
        "sinds 2019",
        "'19 – '21",
        "2021 – 2019",
        "\t",
        "  ",
        " | ",
        "• ",
        "- ",
        "\n",
        "\n\n",
        "Pagina 2 van 4\n",
        "HBO Bestuurskunde",
        "niet afgerond",
        "Uurtarief: € 98",
        "24 uur per week",
        "per 1 december 2026",
        "zzp",
        "ma t/m do",
        "ik",
        "Waadi",
        "G-rekening",
        "—",
        "–",
        "é",
        "’",
        "(",
        ")",
        "🙂",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn read_tender_never_panics_on_arbitrary_text(s in any::<String>()) {
        let _ = read_tender(&s);
    }

    #[test]
    fn read_tender_never_panics_on_posting_like_text(s in posting_like()) {
        let (tender, _) = read_tender(&s);
        // Ids are always dense and in order.
        for (i, k) in tender.knockouts.iter().enumerate() {
            prop_assert_eq!(&k.id, &format!("K{}", i + 1));
        }
        for (i, w) in tender.criteria.iter().enumerate() {
            prop_assert_eq!(&w.id, &format!("W{}", i + 1));
        }
    }

    #[test]
    fn read_cv_never_panics_and_counts_sanely(s in cv_like()) {
        let (cv, _) = read_cv(&s);
        let today = Date::new(2026, 11, 1).unwrap();
        for e in &cv.experience {
            prop_assert!(e.first_line <= e.last_line);
            if let Some(p) = &e.period {
                let narrow = p.narrow(today).map_or(0, |m| m.months());
                let wide = p.wide(today).map_or(0, |m| m.months());
                prop_assert!(narrow <= wide, "{:?}", p);
            }
        }
    }

    #[test]
    fn read_cv_never_panics_on_arbitrary_text(s in any::<String>()) {
        let _ = read_cv(&s);
    }

    #[test]
    fn read_tender_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = read_tender(&String::from_utf8_lossy(&bytes));
    }
}

/// Pathological inputs: the readers cap them, warn, and the judgement still runs. (How long
/// they take is measured by the `pathological` benchmarks, not here.)
mod pathological {
    use tenderfit_core::feed::{rank, read_feed};
    use tenderfit_core::{judge, read_cv, read_tender, Date, Declarations, Warning};

    fn today() -> Date {
        Date::new(2026, 11, 1).unwrap()
    }

    pub fn five_mb_line() -> String {
        "Minimaal 3 jaar ervaring als adviseur bij een gemeente; ".repeat(5 * 1024 * 1024 / 56)
    }

    pub fn ten_thousand_criteria() -> String {
        let mut s = String::from("Adviseur\n\nEisen\n");
        for n in 1..=10_000 {
            s.push_str(&format!(
                "- Minimaal {} jaar ervaring met project {n}\n",
                n % 9 + 1
            ));
        }
        s
    }

    #[test]
    fn a_five_mb_line_is_read_up_to_the_cap_with_a_warning() {
        let line = five_mb_line();
        let (tender, tw) = read_tender(&line);
        assert!(
            tw.iter().any(|w| matches!(w, Warning::TooLong { .. })),
            "{tw:?}"
        );
        let (cv, cw) = read_cv(&line);
        assert!(cw.iter().any(|w| matches!(w, Warning::TooLong { .. })));
        let a = judge(&tender, &cv, &Declarations::default(), today());
        assert_eq!(
            a.criteria.len(),
            tender.knockouts.len() + tender.criteria.len()
        );
    }

    #[test]
    fn ten_thousand_criteria_are_read_capped_and_judged() {
        let (tender, warnings) = read_tender(&ten_thousand_criteria());
        let read = tender.knockouts.len() + tender.criteria.len();
        assert!(
            read > 0 && read <= tenderfit_core::tender::MAX_CRITERIA,
            "{read} {warnings:?}"
        );
        assert!(warnings
            .iter()
            .any(|w| matches!(w, Warning::TooManyCriteria { .. })));
        let cv = read_cv("Werkervaring\n2015 - heden Adviseur, Gemeente Utrecht\n- project 7\n").0;
        let a = judge(&tender, &cv, &Declarations::default(), today());
        assert_eq!(a.criteria.len(), read);
    }

    #[test]
    fn a_feed_of_one_huge_posting_and_many_tiny_ones_ranks() {
        let mut entries =
            vec![serde_json::json!({ "id": "huge", "text": ten_thousand_criteria() })];
        for n in 0..3_000 {
            entries.push(serde_json::json!({ "id": n, "text": "Eisen\n1. HBO" }));
        }
        let (tenders, _) = read_feed(&serde_json::Value::Array(entries).to_string());
        assert_eq!(tenders.len(), 3_001);
        let cv = read_cv("Opleiding\nHBO Bestuurskunde, diploma 2010\n").0;
        assert_eq!(
            rank(&cv, &tenders, &Declarations::default(), today()).len(),
            3_001
        );
    }
}
