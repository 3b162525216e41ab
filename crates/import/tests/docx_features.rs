//! DOCX features one at a time, each in a small hand-written document: what Word and
//! LibreOffice store, and the text a reader sees.

use std::io::Write;

use tenderfit_import::import;

const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml""#;

/// A DOCX of the given parts (name, XML); the body is wrapped into word/document.xml.
pub fn docx_with(body: &str, parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let document = format!("<w:document {NS}><w:body>{body}</w:body></w:document>");
    for (name, xml) in [("word/document.xml", document.as_str())]
        .into_iter()
        .chain(parts.iter().copied())
    {
        zip.start_file(name, options).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn text_of(body: &str, parts: &[(&str, &str)]) -> String {
    import(&docx_with(body, parts)).expect("docx").text
}

fn p(runs: &str) -> String {
    format!("<w:p>{runs}</w:p>")
}

fn r(text: &str) -> String {
    format!("<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>")
}

#[test]
fn a_text_box_stored_twice_is_read_once() {
    let box_ = |text: &str| format!("<w:txbxContent>{}</w:txbxContent>", p(&r(text)));
    let body = p(&format!(
        "{}<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>{}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>{}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>",
        r("Curriculum vitae"),
        box_("PRINCE2 Foundation (2021)"),
        box_("PRINCE2 Foundation (2021)")
    ));
    let got = text_of(&body, &[]);
    assert_eq!(got.matches("PRINCE2 Foundation (2021)").count(), 1, "{got}");
    // The box's text is a line of its own, not glued to the anchoring paragraph.
    assert!(
        got.lines().any(|l| l == "PRINCE2 Foundation (2021)"),
        "{got}"
    );
    assert!(got.contains("Curriculum vitae"));
}

#[test]
fn table_rows_are_lines_with_tab_separated_cells() {
    let cell = |t: &str| format!("<w:tc>{}</w:tc>", p(&r(t)));
    let body = format!(
        "<w:tbl><w:tr>{}{}{}</w:tr><w:tr>{}{}{}</w:tr></w:tbl>{}",
        cell("2019 – heden"),
        cell("Gemeente Zwolle"),
        cell("Beleidsadviseur"),
        cell("2015 – 2019"),
        cell("Provincie Overijssel"),
        cell("Projectmedewerker"),
        p(&r("Na de tabel"))
    );
    assert_eq!(
        text_of(&body, &[]),
        "2019 – heden\tGemeente Zwolle\tBeleidsadviseur\n2015 – 2019\tProvincie Overijssel\tProjectmedewerker\nNa de tabel"
    );
}

#[test]
fn headers_and_footers_once_around_the_body() {
    let hdr = |t: &str| format!("<w:hdr {NS}>{}</w:hdr>", p(&r(t)));
    let ftr = |t: &str| format!("<w:ftr {NS}>{}</w:ftr>", p(&r(t)));
    let (h1, h2, f1) = (
        hdr("Marloes de Vries · 06-12 34 56 78"),
        hdr("Marloes de Vries · 06-12 34 56 78"),
        ftr("Pagina 1"),
    );
    let got = text_of(
        &p(&r("Werkervaring")),
        &[
            ("word/header1.xml", h1.as_str()),
            ("word/header2.xml", h2.as_str()),
            ("word/footer1.xml", f1.as_str()),
        ],
    );
    assert_eq!(
        got,
        "Marloes de Vries · 06-12 34 56 78\nWerkervaring\nPagina 1"
    );
}

#[test]
fn hyperlinks_and_fields_give_their_shown_text() {
    let body = p(&format!(
        "<w:hyperlink w:history=\"1\">{}</w:hyperlink>{}<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"mailto:a@b.nl\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>{}<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:fldSimple w:instr=\" DATE \\@ &quot;yyyy&quot; \">{}</w:fldSimple>",
        r("linkedin.com/in/marloes"),
        r(" · "),
        r("a@b.nl"),
        r(" 2026")
    ));
    assert_eq!(text_of(&body, &[]), "linkedin.com/in/marloes · a@b.nl 2026");
}

#[test]
fn tracked_changes_are_accepted() {
    let body = p(&format!(
        "{}<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>Gemeente Ede</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"x\">{}</w:ins><w:moveFrom w:id=\"3\">{}</w:moveFrom>",
        r("Adviseur, "),
        r("Gemeente Zwolle"),
        r(" (verplaatst)")
    ));
    assert_eq!(text_of(&body, &[]), "Adviseur, Gemeente Zwolle");
}

#[test]
fn bullets_hyphens_tabs_and_breaks() {
    let numbering = r#"<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num></w:numbering>"#;
    let list = |id: &str, t: &str| {
        format!(
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{id}\"/></w:numPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>{}</w:p>",
            r(t)
        )
    };
    let body = format!(
        "{}{}{}{}{}{}",
        list("5", "Woonvisie"),
        list("6", "Eerste"),
        list("6", "Tweede"),
        p("<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:t>Symboolopsomming</w:t></w:r>"),
        p("<w:r><w:t>Wmo</w:t><w:noBreakHyphen/><w:t>consulent be</w:t><w:softHyphen/><w:t>leid</w:t></w:r>"),
        p("<w:r><w:t>2019</w:t><w:tab/><w:t>Zwolle</w:t><w:br/><w:t>tweede regel</w:t></w:r>"),
    );
    assert_eq!(
        text_of(&body, &[("word/numbering.xml", numbering)]),
        "• Woonvisie\n1. Eerste\n2. Tweede\n• Symboolopsomming\nWmo-consulent beleid\n2019\tZwolle\ntweede regel"
    );
}
