//! DOCX: the text a reader sees. Page headers first (each distinct text once), then the
//! body, then footers. A paragraph is a line; a table row is a line with its cells separated
//! by tabs (as a flattened table in a pasted CV). Text boxes are read once: Word and
//! LibreOffice store them twice in `mc:AlternateContent`, and only `mc:Choice` is read.
//! Tracked changes are taken as accepted (insertions in, deletions out); fields give their
//! shown result, not their instruction; list paragraphs get their bullet or number.

use std::collections::HashMap;
use std::io::Read;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::ImportError;

/// Uncompressed XML read at most per part (guards against zip bombs).
const MAX_XML_BYTES: u64 = 20 * 1024 * 1024;

/// Header and footer parts read at most (a document has one to three per section).
const MAX_HEADER_PARTS: usize = 32;

/// The document's text and the page count Word saved (if any). Errors: `Corrupt` for a
/// broken zip or XML, `Unsupported` for a zip without `word/document.xml`.
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
    let lists = read_entry(&mut archive, "word/numbering.xml")
        .and_then(Result::ok)
        .map(|x| Lists::read(&x))
        .unwrap_or_default();
    let body = part_text(&xml, &lists)?;
    // Headers and footers: a damaged one loses only itself.
    let mut names: Vec<String> = archive
        .file_names()
        .flatten()
        .filter(|n| {
            n.starts_with("word/")
                && n.ends_with(".xml")
                && (n[5..].starts_with("header") || n[5..].starts_with("footer"))
        })
        .map(|n| n.to_string())
        .collect();
    names.sort_by_key(|n| (n.contains("footer"), n.len(), n.clone()));
    names.truncate(MAX_HEADER_PARTS);
    let mut headers: Vec<String> = Vec::new();
    let mut footers: Vec<String> = Vec::new();
    for name in &names {
        let Some(Ok(xml)) = read_entry(&mut archive, name) else {
            continue;
        };
        let Ok(t) = part_text(&xml, &lists) else {
            continue;
        };
        let t = t.trim().to_string();
        // The first-page and default header are often the same text: once is enough.
        if t.is_empty() || headers.contains(&t) || footers.contains(&t) {
            continue;
        }
        if name.contains("footer") {
            footers.push(t);
        } else {
            headers.push(t);
        }
    }
    let mut out = String::new();
    for part in headers.iter().chain([&body]).chain(footers.iter()) {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(part);
    }
    Ok((out, pages))
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

/// An attribute's value by local name (`w:val` → `val`).
fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().into_inner() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::default())
                .ok()
                .map(|v| v.into_owned())
        })
}

/// The list definitions of numbering.xml: which (numId, level) is a bullet and which counts.
#[derive(Default)]
struct Lists {
    /// numId → abstractNumId.
    num: HashMap<String, String>,
    /// (abstractNumId, level) → numFmt ("bullet", "decimal", …).
    format: HashMap<(String, String), String>,
}

impl Lists {
    fn read(xml: &[u8]) -> Lists {
        let mut lists = Lists::default();
        let mut reader = Reader::from_reader(xml);
        let mut buf = Vec::new();
        let (mut abs, mut lvl, mut num) = (None::<String>, None::<String>, None::<String>);
        loop {
            match reader.read_event_into(&mut buf) {
                Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.local_name().into_inner() {
                    "abstractNum" => abs = attr(&e, "abstractNumId"),
                    "lvl" => lvl = attr(&e, "ilvl"),
                    "numFmt" => {
                        if let (Some(a), Some(l), Some(f)) = (&abs, &lvl, attr(&e, "val")) {
                            lists.format.insert((a.clone(), l.clone()), f);
                        }
                    }
                    "num" => num = attr(&e, "numId"),
                    "abstractNumId" => {
                        if let (Some(n), Some(a)) = (&num, attr(&e, "val")) {
                            lists.num.insert(n.clone(), a);
                        }
                    }
                    _ => {}
                },
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
            buf.clear();
        }
        lists
    }

    /// The marker for a list paragraph: `•` for bullets, `n.` for numbered lists.
    fn marker(
        &self,
        num_id: &str,
        level: &str,
        counters: &mut HashMap<(String, String), u32>,
    ) -> String {
        if num_id == "0" {
            // numId 0 switches a list off for this paragraph.
            return String::new();
        }
        let format = self
            .num
            .get(num_id)
            .and_then(|a| self.format.get(&(a.clone(), level.to_string())));
        match format.map(String::as_str) {
            Some("decimal") | Some("decimalZero") => {
                let n = counters
                    .entry((num_id.to_string(), level.to_string()))
                    .or_insert(0);
                *n += 1;
                format!("{n}. ")
            }
            Some("none") => String::new(),
            _ => "• ".into(),
        }
    }
}

/// Elements whose content is not part of the text a reader sees: the second copy of a text
/// box, deleted or moved-away text, field instructions, and paragraph properties.
fn skipped(local: &str) -> bool {
    matches!(
        local,
        "Fallback" | "del" | "moveFrom" | "instrText" | "delInstrText" | "rPr" | "sectPr"
    )
}

/// The symbol-font character of `w:sym` as text: bullets as `•`, other icons dropped.
fn symbol(e: &BytesStart) -> Option<char> {
    let code = attr(e, "char")?;
    let code = u32::from_str_radix(code.trim(), 16).ok()?;
    // Symbol fonts are addressed at F000 + the byte; the byte alone means the same.
    match code & 0xFF {
        0xB7 | 0xA7 | 0xD8 | 0x76 | 0xFC | 0x6C | 0x6E | 0x71 => Some('•'),
        _ => None,
    }
}

fn part_text(xml: &[u8], lists: &Lists) -> Result<String, ImportError> {
    let mut reader = Reader::from_reader(xml);
    let mut out = String::new();
    let mut in_text = false;
    // Depth inside an element whose content is skipped (0: reading).
    let mut skip = 0usize;
    // Inside paragraph properties: its tabs are tab stops and its numPr the list.
    let mut in_ppr = false;
    let (mut num_id, mut level) = (None::<String>, None::<String>);
    let mut counters = HashMap::new();
    // Depth of tables we are in, and whether the current cell already has text.
    let mut table_depth = 0usize;
    let mut cell_started = false;
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf);
        if skip > 0 {
            match event {
                Ok(Event::Start(_)) => skip += 1,
                Ok(Event::End(_)) => skip -= 1,
                Ok(Event::Eof) => break,
                Err(e) => return Err(ImportError::Corrupt(e.to_string())),
                _ => {}
            }
            buf.clear();
            continue;
        }
        match event {
            Ok(Event::Start(e)) => match e.local_name().into_inner() {
                l if skipped(l) => skip = 1,
                "t" => in_text = true,
                "pPr" => in_ppr = true,
                "p" => {
                    num_id = None;
                    level = None;
                }
                "tbl" => table_depth += 1,
                "tr" => cell_started = false,
                "tc" => {
                    if cell_started {
                        out.push('\t');
                    }
                    cell_started = true;
                }
                // A text box's paragraphs start on their own line.
                "txbxContent" if !out.is_empty() && !out.ends_with('\n') => out.push('\n'),
                _ => {}
            },
            Ok(Event::Empty(e)) => match e.local_name().into_inner() {
                "numId" if in_ppr => num_id = attr(&e, "val"),
                "ilvl" if in_ppr => level = attr(&e, "val"),
                _ if in_ppr => {}
                "tab" => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                "noBreakHyphen" => out.push('-'),
                "sym" => {
                    if let Some(c) = symbol(&e) {
                        out.push(c);
                        out.push(' ');
                    }
                }
                _ => {}
            },
            Ok(Event::End(e)) => match e.local_name().into_inner() {
                "t" => in_text = false,
                "pPr" => {
                    in_ppr = false;
                    if let Some(n) = &num_id {
                        let m = lists.marker(n, level.as_deref().unwrap_or("0"), &mut counters);
                        out.push_str(&m);
                    }
                }
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
                } else {
                    out.push_str(match r.as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
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
