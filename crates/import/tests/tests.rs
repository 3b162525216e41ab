//! The importers on real renderings and broken files, and never a panic on arbitrary bytes.

use proptest::prelude::*;
use tenderfit_core::{read_cv, Date, Lang};
use tenderfit_import::{import, ImportError, Kind};

fn fixture(name: &str) -> Vec<u8> {
    let p = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

fn dev_text() -> String {
    let p = format!(
        "{}/../core/tests/fixtures/eval/dev/cvs/cv-04.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(p).unwrap()
}

/// (role, organisation, months) of every entry, as the CV reader sees them.
fn entries(text: &str) -> Vec<(Option<String>, Option<String>, i32)> {
    let today = Date::new(2026, 11, 1).unwrap();
    read_cv(text)
        .0
        .experience
        .iter()
        .map(|e| {
            (
                e.role.clone(),
                e.organisation.clone(),
                e.period
                    .as_ref()
                    .and_then(|p| p.narrow(today))
                    .map_or(0, |m| m.months()),
            )
        })
        .collect()
}

#[test]
fn pdf_rendering_yields_the_same_entries_as_the_text() {
    let imported = import(&fixture("cv-04.pdf")).expect("pdf");
    assert_eq!(imported.kind, Kind::Pdf);
    assert!(imported.pages.is_some_and(|p| p >= 1));
    assert!(
        imported
            .text
            .contains("Coördinator vluchtelingenopvangbeleid"),
        "{}",
        &imported.text[..300.min(imported.text.len())]
    );
    assert!(imported.text.contains("€ 104,-"));
    let expected = entries(&dev_text());
    assert_eq!(expected.len(), 4);
    assert_eq!(entries(&imported.text), expected);
}

#[test]
fn docx_rendering_yields_the_same_entries_as_the_text() {
    let imported = import(&fixture("cv-04.docx")).expect("docx");
    assert_eq!(imported.kind, Kind::Docx);
    let got = entries(&imported.text);
    assert_eq!(&got[..4], &entries(&dev_text())[..]);
    // The table row comes out as one tab-separated line, markup escaped back.
    assert!(
        imported
            .text
            .contains("2009 – 2011\tGemeente Bussum\tStagiair beleid"),
        "{}",
        imported.text
    );
    assert!(imported.text.contains("Functie & rol <test>"));
}

#[test]
fn plain_text_in_utf8_and_windows_1252() {
    assert_eq!(
        import("Coördinator\r\nregel 2".as_bytes()).unwrap().text,
        "Coördinator\nregel 2"
    );
    let cp1252 = [b'C', b'o', 0xF6, b'r', b'd', b' ', 0x80, b' ', b'9', b'8'];
    assert_eq!(import(&cp1252).unwrap().text, "Coörd € 98");
}

#[test]
fn broken_files_give_clear_messages() {
    assert_eq!(import(&fixture("scanned.pdf")), Err(ImportError::NoText));
    assert_eq!(
        import(&fixture("encrypted.pdf")),
        Err(ImportError::Encrypted),
        "{:?}",
        import(&fixture("encrypted.pdf"))
    );
    assert!(
        matches!(
            import(&fixture("truncated.pdf")),
            Err(ImportError::Corrupt(_))
        ),
        "{:?}",
        import(&fixture("truncated.pdf"))
    );
    assert_eq!(
        import(&fixture("old-word.doc")),
        Err(ImportError::Unsupported { old_word: true })
    );
    assert_eq!(import(&[]), Err(ImportError::Empty));
    assert_eq!(
        import(&[0u8, 1, 2, 3, 200, 201, 0, 0, 7]),
        Err(ImportError::Unsupported { old_word: false })
    );
    let huge = vec![b'a'; tenderfit_import::MAX_FILE_BYTES + 1];
    assert!(matches!(import(&huge), Err(ImportError::TooLarge { .. })));
    assert!(ImportError::NoText.message(Lang::Nl).contains("scan"));
    assert!(ImportError::Encrypted
        .message(Lang::En)
        .contains("password"));
    // A zip that is no Word document.
    let mut not_docx = fixture("cv-04.docx");
    // Rename the document part everywhere (local header and central directory).
    while let Some(at) = not_docx.windows(17).position(|w| w == b"word/document.xml") {
        not_docx[at] = b'x';
    }
    assert_eq!(
        import(&not_docx),
        Err(ImportError::Unsupported { old_word: false })
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn import_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        let _ = import(&bytes);
    }

    #[test]
    fn import_never_panics_on_damaged_pdfs(flips in prop::collection::vec((0usize..19_000, any::<u8>()), 1..40)) {
        let mut pdf = fixture("cv-04.pdf");
        let len = pdf.len();
        for (at, b) in flips {
            pdf[at % len] = b;
        }
        let _ = import(&pdf);
    }

    #[test]
    fn import_never_panics_on_damaged_docx(flips in prop::collection::vec((0usize..38_000, any::<u8>()), 1..40)) {
        let mut docx = fixture("cv-04.docx");
        let len = docx.len();
        for (at, b) in flips {
            docx[at % len] = b;
        }
        let _ = import(&docx);
    }
}
