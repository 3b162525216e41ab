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
