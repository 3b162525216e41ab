//! DOCX: the text of word/document.xml, a line per paragraph; table cells on one line,
//! separated by tabs (as a flattened table in a pasted CV); line breaks and tabs kept.

use std::io::Read;

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::ImportError;

/// Uncompressed XML read at most (guards against zip bombs).
const MAX_XML_BYTES: u64 = 20 * 1024 * 1024;

pub fn text(bytes: &[u8]) -> Result<(String, Option<u32>), ImportError> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| ImportError::Corrupt(e.to_string()))?;
    let xml = read_entry(&mut archive, "word/document.xml")
        .ok_or(ImportError::Unsupported { old_word: false })??;
    let pages = read_entry(&mut archive, "docProps/app.xml")
        .and_then(Result::ok)
        .and_then(|app| {
            let s = String::from_utf8_lossy(&app);
            let start = s.find("<Pages>")? + "<Pages>".len();
            let end = s[start..].find("</Pages>")? + start;
            s[start..end].trim().parse().ok()
        });
    Ok((document_text(&xml)?, pages))
}

fn read_entry(
    archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Option<Result<Vec<u8>, ImportError>> {
    let file = archive.by_name(name).ok()?;
    let mut out = Vec::new();
    Some(
        file.take(MAX_XML_BYTES)
            .read_to_end(&mut out)
            .map(|_| out)
            .map_err(|e| ImportError::Corrupt(e.to_string())),
    )
}

fn document_text(xml: &[u8]) -> Result<String, ImportError> {
    let mut reader = Reader::from_reader(xml);
    let mut out = String::new();
    let mut in_text = false;
    // Depth of tables we are in, and whether the current cell already has text.
    let mut table_depth = 0usize;
    let mut cell_started = false;
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => match e.local_name().into_inner() {
                "t" => in_text = true,
                "tbl" => table_depth += 1,
                "tr" => cell_started = false,
                "tc" => {
                    if cell_started {
                        out.push('\t');
                    }
                    cell_started = true;
                }
                _ => {}
            },
            Ok(Event::Empty(e)) => match e.local_name().into_inner() {
                "tab" => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                _ => {}
            },
            Ok(Event::End(e)) => match e.local_name().into_inner() {
                "t" => in_text = false,
                // Paragraphs end lines, except inside table cells, where cells share a line.
                "p" if table_depth == 0 => out.push('\n'),
                "p" => out.push(' '),
                "tr" => out.push('\n'),
                "tbl" => table_depth = table_depth.saturating_sub(1),
                _ => {}
            },
            Ok(Event::Text(t)) if in_text => {
                out.push_str(&t.xml10_content());
            }
            Ok(Event::GeneralRef(r)) if in_text => {
                // &amp; &lt; &#233; … inside text.
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    out.push(c);
                    buf.clear();
                    continue;
                }
                out.push_str(match r.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                });
            }
            Ok(Event::Eof) => break,
            Err(e) => return Err(ImportError::Corrupt(e.to_string())),
            _ => {}
        }
        buf.clear();
    }
    // Cell paragraphs leave trailing spaces before tabs and line ends.
    let lines: Vec<String> = out
        .lines()
        .map(|l| {
            l.split('\t')
                .map(str::trim_end)
                .collect::<Vec<_>>()
                .join("\t")
                .trim_end()
                .to_string()
        })
        .collect();
    Ok(lines.join("\n"))
}
