//! The importers on real renderings and broken files, and never a panic on arbitrary bytes.

mod docx_features;
mod field_cases;

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
        let _ = import(&damaged("cv-04.pdf", flips));
    }

    #[test]
    fn import_never_panics_on_damaged_docx(flips in prop::collection::vec((0usize..38_000, any::<u8>()), 1..40)) {
        let _ = import(&damaged("cv-04.docx", flips));
    }
}

/// A fixture with the byte at each position (wrapped to its length) replaced.
fn damaged(name: &str, flips: Vec<(usize, u8)>) -> Vec<u8> {
    let mut bytes = fixture(name);
    let len = bytes.len();
    for (at, b) in flips {
        bytes[at % len] = b;
    }
    bytes
}

/// Pathological files: deep nesting and bombs give text or a message, never a crash. (How
/// long they take is measured by the import benchmarks, not here.)
pub mod pathological {
    use std::io::Write;

    use tenderfit_import::{import, ImportError};

    /// A DOCX whose document.xml is `xml`, stored or deflated.
    pub fn docx(xml: &str, deflated: bool) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let method = if deflated {
            zip::CompressionMethod::Deflated
        } else {
            zip::CompressionMethod::Stored
        };
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        zip.start_file("word/document.xml", options).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
        zip.finish().unwrap().into_inner()
    }

    /// Text at the bottom of `depth` nested tables (each a row and a cell).
    pub fn nested_tables(depth: usize) -> String {
        let open = "<w:tbl><w:tr><w:tc>".repeat(depth);
        let close = "</w:tc></w:tr></w:tbl>".repeat(depth);
        format!(
            "<w:document xmlns:w=\"w\"><w:body>{open}<w:p><w:r><w:t>Secretaris, Gemeente Utrecht</w:t></w:r></w:p>{close}</w:body></w:document>"
        )
    }

    #[test]
    fn deeply_nested_docx_tables_give_their_text() {
        let got = import(&docx(&nested_tables(50_000), true)).unwrap();
        assert_eq!(got.text.trim(), "Secretaris, Gemeente Utrecht");
    }

    #[test]
    fn deeply_nested_unknown_elements_give_their_text() {
        let xml = format!(
            "<w:document xmlns:w=\"w\"><w:body>{}<w:p><w:r><w:t>Adviseur</w:t></w:r></w:p>{}</w:body></w:document>",
            "<w:sdt>".repeat(100_000),
            "</w:sdt>".repeat(100_000)
        );
        assert_eq!(import(&docx(&xml, true)).unwrap().text.trim(), "Adviseur");
    }

    #[test]
    fn a_zip_bomb_is_read_only_up_to_the_cap() {
        // 60 MB of one paragraph's text deflates to well under the file limit.
        let body = "a".repeat(60 * 1024 * 1024);
        let xml = format!(
            "<w:document><w:body><w:p><w:r><w:t>{body}</w:t></w:r></w:p></w:body></w:document>"
        );
        let file = docx(&xml, true);
        assert!(file.len() < tenderfit_import::MAX_FILE_BYTES);
        match import(&file) {
            Ok(got) => assert!(got.text.len() <= 20 * 1024 * 1024),
            Err(e) => assert!(matches!(e, ImportError::Corrupt(_))),
        }
    }

    #[test]
    fn deeply_nested_pdf_objects_give_a_message() {
        let mut pdf = b"%PDF-1.4\n1 0 obj\n".to_vec();
        pdf.extend(std::iter::repeat_n(b'[', 200_000));
        pdf.extend(std::iter::repeat_n(b']', 200_000));
        pdf.extend(b"\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
        assert!(import(&pdf).is_err());
        let mut dict = b"%PDF-1.4\n1 0 obj\n".to_vec();
        dict.extend(b"<< /A ".repeat(100_000));
        dict.extend(b">> ".repeat(100_000));
        dict.extend(b"\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
        assert!(import(&dict).is_err());
    }
}
