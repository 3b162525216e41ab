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

    /// The new reading paths: Chromium's ToUnicode fonts, pdfTeX's accents and moves, a
    /// design layout, OCRmyPDF's Identity-H layer in a form, LibreOffice's double text box.
    #[test]
    fn import_never_panics_on_damaged_corpus_files(
        which in 0usize..6,
        flips in prop::collection::vec((0usize..200_000, any::<u8>()), 1..40),
    ) {
        let name = [
            "corpus/k04_chromium.pdf",
            "corpus/k06_pdflatex.pdf",
            "corpus/k07_design-columns.pdf",
            "corpus/k08_ocrmypdf.pdf",
            "field-cases/c01_textbox_libreoffice.docx",
            "corpus/k03_libreoffice-from-html.docx",
        ][which];
        let _ = import(&damaged(name, flips));
    }

    /// Any sequence of text and graphics operators, with odd numbers, in a page whose font
    /// is a Type0 Identity-H font with a ToUnicode map and widths, drawn directly and in a form.
    #[test]
    fn import_never_panics_on_content_streams(
        ops in prop::collection::vec((0usize..OPS.len(), prop::collection::vec(prop_oneof![
            Just(f32::NAN), Just(f32::INFINITY), Just(-1e30f32), Just(0.0f32), -1000f32..1000f32
        ], 0..7)), 0..60),
    ) {
        let mut content = String::new();
        for (op, nums) in ops {
            for n in nums {
                content.push_str(&format!("{n} "));
            }
            content.push_str(OPS[op]);
            content.push('\n');
        }
        let _ = import(&pdf_with_content(&content));
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

/// Operators (with their non-numeric operands) for the content-stream property.
const OPS: &[&str] = &[
    "q",
    "Q",
    "cm",
    "BT",
    "ET",
    "/F1 Tf",
    "/F1 12 Tf",
    "/X Tf",
    "Tc",
    "Tw",
    "Tz",
    "TL",
    "Ts",
    "Td",
    "TD",
    "Tm",
    "T*",
    "<00410042> Tj",
    "(AB) Tj",
    "[<0041> -250 <0042>] TJ",
    "<0041> '",
    "1 2 <0041> \"",
    "/Fm1 Do",
    "/Nope Do",
    "3 Tr",
    "[] TJ",
    "Tj",
];

/// A one-page PDF with `content` as its page stream (uncompressed, so every byte reaches
/// the interpreter) and a form that draws the same content again.
fn pdf_with_content(content: &str) -> Vec<u8> {
    let cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /T def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<0041> <0042> <0061>\nendbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 8 0 R >> >> >>".to_string(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len() + 1),
        "<< /Type /Font /Subtype /Type0 /BaseFont /G /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>".to_string(),
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /G /DW 500 /W [65 [600 700] 0 100 500 66 65 1e9] >>".to_string(),
        format!("<< /Length {} >>\nstream\n{cmap}\nendstream", cmap.len() + 1),
        format!("<< /Type /XObject /Subtype /Form /BBox [0 0 600 800] /Matrix [1 0 0 1 0 0] /Resources << /XObject << /Fm1 8 0 R >> >> /Length {} >>\nstream\n{content}\nendstream", content.len() + 1),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

#[test]
fn an_identity_h_page_with_to_unicode_reads_and_a_form_drawing_itself_ends() {
    // Two strings on one baseline with a gap (a space), then a new line; the form draws
    // the same text again and then itself, which is cut off.
    let text = import(&pdf_with_content(
        "BT /F1 12 Tf 1 0 0 1 50 700 Tm <00410042> Tj 30 0 Td <0042> Tj 0 -20 Td <0041> Tj ET /Fm1 Do",
    ))
    .map(|i| i.text);
    // Too little text for a CV page: the importer says so rather than inventing any.
    assert_eq!(text, Err(ImportError::NoText));
    let long = "BT /F1 12 Tf 1 0 0 1 50 700 Tm ".to_string()
        + &"<00410042> Tj 30 0 Td <0042> Tj 0 -20 Td ".repeat(8)
        + "ET /Fm1 Do";
    let got = import(&pdf_with_content(&long)).unwrap().text;
    // Eight baselines, each "ab" then "b" after a gap; the form's copy (drawn at the same
    // places) adds the same eight lines once more, and its call of itself nothing.
    assert_eq!(got.lines().filter(|l| *l == "ab b").count(), 16, "{got}");
    assert_eq!(got.lines().count(), 16, "{got}");
}
