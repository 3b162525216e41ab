//! PDF: the text layer, page by page, laid out by position. lopdf parses the file, the
//! content streams and the fonts' encodings; this module follows the text and graphics
//! matrices so that each shown string has a place on the page, then writes one line per
//! visual line: a new line where the baseline moves, a space where a gap is wider than a
//! space. Invisible text (an OCR layer, rendering mode 3) is read like any other. A PDF
//! without text (a scan) or with a password is reported, not guessed at.

use std::collections::{BTreeMap, HashSet};

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Encoding, Object, ObjectId};

use crate::ImportError;

/// Decompressed bytes read at most per content stream (guards against bombs).
const MAX_CONTENT_BYTES: usize = 32 * 1024 * 1024;

/// Form XObjects nested at most (a form may draw forms; cycles are cut too).
const MAX_FORM_DEPTH: usize = 8;

/// The text of every page and the page count. Errors: `Encrypted` (a user password),
/// `Corrupt` (not parseable, no pages, or cut off), `NoText` (no text layer: a scan).
pub fn text(bytes: &[u8]) -> Result<(String, u32), ImportError> {
    let doc = Document::load_mem(bytes).map_err(|e| {
        let msg = e.to_string();
        if msg.to_lowercase().contains("encrypt") || msg.to_lowercase().contains("password") {
            ImportError::Encrypted
        } else {
            ImportError::Corrupt(msg)
        }
    })?;
    if doc.is_encrypted() {
        return Err(ImportError::Encrypted);
    }
    let pages: Vec<ObjectId> = doc.get_pages().values().copied().collect();
    if pages.is_empty() {
        return Err(ImportError::Corrupt("no pages".into()));
    }
    let mut out = String::new();
    for page in &pages {
        // One page at a time: a page whose text cannot be decoded does not lose the others.
        let pieces = page_pieces(&doc, *page);
        out.push_str(&lines(&pieces));
        out.push('\n');
    }
    if out.chars().filter(|c| c.is_alphanumeric()).count() < 20 {
        // Protected with a user password: lopdf could not decrypt it, so no text came out.
        // (Owner-password-only PDFs decrypt with the empty password and read fine.)
        // lopdf drops /Encrypt from the trailer once it tried, so look at the bytes.
        if bytes.windows(8).any(|w| w == b"/Encrypt") {
            return Err(ImportError::Encrypted);
        }
        // A file cut off before its end marker is damaged, not a scan.
        let tail = &bytes[bytes.len().saturating_sub(1024)..];
        if !tail.windows(5).any(|w| w == b"%%EOF") {
            return Err(ImportError::Corrupt("truncated".into()));
        }
        return Err(ImportError::NoText);
    }
    Ok((out, pages.len() as u32))
}

/// A shown string on the page: where it starts and ends on its baseline (page units), and
/// its font's height there.
#[derive(Debug, Clone)]
struct Piece {
    x: f32,
    y: f32,
    end: f32,
    height: f32,
    text: String,
}

/// An affine matrix `[a b c d e f]` as PDF writes it.
type Matrix = [f32; 6];

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m` then `n` (PDF's row-vector convention: m × n).
fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

/// What text needs of a font: how to decode its codes and how wide they are.
struct Font<'a> {
    encoding: Option<Encoding<'a>>,
    /// A two-byte ToUnicode map with wide ranges, read here as ranges (see [`WideCMap`]);
    /// when present it decodes instead of `encoding`.
    wide: Option<WideCMap>,
    /// Two-byte codes (Type0 fonts with Identity-H and the like).
    two_byte: bool,
    /// Code → width in thousandths of the font size.
    widths: BTreeMap<u32, f32>,
    default_width: f32,
}

/// The fonts of a resource dictionary by name, with their ToUnicode-preferring copies.
struct Fonts<'a> {
    fonts: BTreeMap<Vec<u8>, Font<'a>>,
}

/// A font dictionary with `/Encoding` removed, so that lopdf decodes by `/ToUnicode` (the
/// authoritative map; Chromium's and OCRmyPDF's fonts need it).
fn unicode_copy(font: &Dictionary, doc: &Document) -> Option<Dictionary> {
    font.get_deref(b"ToUnicode", doc).ok()?.as_stream().ok()?;
    let mut copy = font.clone();
    copy.remove(b"Encoding");
    Some(copy)
}

/// A ToUnicode map of two-byte codes that covers many codes with ranges (OCRmyPDF's
/// GlyphLessFont maps all 65,536 codes with one range). lopdf's own reading also builds a
/// reverse map, code by code, for writing text: 160–350 ms per such font. Read here as its
/// ranges, it decodes the same: each code to its UTF-16 units, a later entry over an earlier
/// one, unmapped codes to nothing (lopdf's replacement character is dropped anyway).
#[derive(Debug, PartialEq)]
struct WideCMap {
    /// (first code, last code, target), in the order written.
    ranges: Vec<(u32, u32, Target)>,
}

#[derive(Debug, PartialEq)]
enum Target {
    /// UTF-16 units of the first code; the last unit counts up along the range.
    Start(Vec<u16>),
    /// One entry per code.
    Each(Vec<Vec<u16>>),
}

/// Below this many codes lopdf's reading is cheap, and it stays the reader.
const WIDE_CMAP_CODES: u32 = 4096;

impl WideCMap {
    fn read(font: &Dictionary, doc: &Document) -> Option<WideCMap> {
        let stream = font.get_deref(b"ToUnicode", doc).ok()?.as_stream().ok()?;
        let content = stream.get_plain_content().ok()?;
        let map = WideCMap::parse(&content)?;
        let codes: u64 = map
            .ranges
            .iter()
            .map(|(lo, hi, _)| u64::from(hi - lo) + 1)
            .sum();
        (codes > u64::from(WIDE_CMAP_CODES)).then_some(map)
    }

    /// The code space, bfchar and bfrange sections, or `None` when anything is not plain
    /// two-byte (lopdf then reads it).
    fn parse(content: &[u8]) -> Option<WideCMap> {
        let mut tokens = cmap_tokens(content);
        let mut ranges = Vec::new();
        // Without a code space lopdf reads unmapped codes differently: leave those to it.
        let mut code_space = false;
        let hex16 = |t: &[u8]| -> Option<u32> {
            let h = t.strip_prefix(b"<")?.strip_suffix(b">")?;
            (h.len() == 4).then_some(())?;
            u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
        };
        let units = |t: &[u8]| -> Option<Vec<u16>> {
            let h = t.strip_prefix(b"<")?.strip_suffix(b">")?;
            let h: Vec<u8> = h
                .iter()
                .copied()
                .filter(|c| !c.is_ascii_whitespace())
                .collect();
            if h.is_empty() || !h.len().is_multiple_of(4) {
                return None;
            }
            h.chunks(4)
                .map(|c| u16::from_str_radix(std::str::from_utf8(c).ok()?, 16).ok())
                .collect()
        };
        while let Some(t) = tokens.next() {
            match t {
                b"begincodespacerange" => loop {
                    let a = tokens.next()?;
                    if a == b"endcodespacerange" {
                        break;
                    }
                    hex16(a)?;
                    hex16(tokens.next()?)?;
                    code_space = true;
                },
                b"beginbfchar" => loop {
                    let a = tokens.next()?;
                    if a == b"endbfchar" {
                        break;
                    }
                    let code = hex16(a)?;
                    ranges.push((code, code, Target::Start(units(tokens.next()?)?)));
                },
                b"beginbfrange" => loop {
                    let a = tokens.next()?;
                    if a == b"endbfrange" {
                        break;
                    }
                    let (lo, hi) = (hex16(a)?, hex16(tokens.next()?)?);
                    if hi < lo {
                        return None;
                    }
                    let d = tokens.next()?;
                    let target = if d == b"[" {
                        let mut each = Vec::new();
                        loop {
                            let e = tokens.next()?;
                            if e == b"]" {
                                break;
                            }
                            each.push(units(e)?);
                        }
                        Target::Each(each)
                    } else {
                        Target::Start(units(d)?)
                    };
                    ranges.push((lo, hi, target));
                },
                _ => {}
            }
        }
        code_space.then_some(WideCMap { ranges })
    }

    /// The text of a string of two-byte codes (an odd last byte is no code).
    fn decode(&self, bytes: &[u8]) -> String {
        let mut utf16 = Vec::new();
        for code in bytes
            .chunks_exact(2)
            .map(|c| u32::from(c[0]) << 8 | u32::from(c[1]))
        {
            let Some((lo, _, target)) = self
                .ranges
                .iter()
                .rev()
                .find(|(lo, hi, _)| (*lo..=*hi).contains(&code))
            else {
                continue;
            };
            let k = code - lo;
            match target {
                Target::Start(u) => {
                    let (last, head) = u.split_last().unwrap_or((&0, &[]));
                    utf16.extend_from_slice(head);
                    utf16.push(last.wrapping_add(k as u16));
                }
                Target::Each(each) => match each.get(k as usize) {
                    Some(u) => utf16.extend_from_slice(u),
                    None => utf16.push(0xFFFD),
                },
            }
        }
        String::from_utf16_lossy(&utf16)
    }
}

/// The tokens of a CMap: hex strings (`<0041>`), brackets and words; comments and
/// parenthesised strings skipped.
fn cmap_tokens(content: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut i = 0;
    std::iter::from_fn(move || loop {
        let c = *content.get(i)?;
        let start = i;
        match c {
            b'%' => {
                while content.get(i).is_some_and(|c| *c != b'\n' && *c != b'\r') {
                    i += 1;
                }
            }
            b'(' => {
                while content.get(i).is_some_and(|c| *c != b')') {
                    i += 1;
                }
                i += 1;
            }
            b'<' if content.get(i + 1) == Some(&b'<') => i += 2,
            b'<' => {
                while content.get(i).is_some_and(|c| *c != b'>') {
                    i += 1;
                }
                i = (i + 1).min(content.len());
                return Some(&content[start..i]);
            }
            b'[' | b']' => {
                i += 1;
                return Some(&content[start..i]);
            }
            c if c.is_ascii_whitespace() || c == b'>' => i += 1,
            _ => {
                while content
                    .get(i)
                    .is_some_and(|c| !c.is_ascii_whitespace() && !b"[]<>(%".contains(c))
                {
                    i += 1;
                }
                i = i.max(start + 1);
                return Some(&content[start..i]);
            }
        }
    })
}

fn number(o: &Object) -> Option<f32> {
    o.as_float().ok().filter(|v| v.is_finite())
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Object> {
    doc.dereference(o).ok().map(|(_, o)| o)
}

impl<'a> Font<'a> {
    fn read(dict: &'a Dictionary, unicode: Option<&'a Dictionary>, doc: &'a Document) -> Font<'a> {
        let subtype = dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .unwrap_or(b"");
        let two_byte = subtype == b"Type0";
        let wide = if two_byte {
            unicode.and_then(|u| WideCMap::read(u, doc))
        } else {
            None
        };
        let encoding = if wide.is_some() {
            None
        } else {
            unicode
                .and_then(|u| u.get_font_encoding(doc).ok())
                .or_else(|| dict.get_font_encoding(doc).ok())
                // Identity-H without ToUnicode has no text to give.
                .filter(|e| !matches!(e, Encoding::SimpleEncoding(n) if n.starts_with(b"Identity")))
        };
        let mut widths = BTreeMap::new();
        let mut default_width = 500.0;
        if two_byte {
            let descendant = dict
                .get_deref(b"DescendantFonts", doc)
                .and_then(Object::as_array)
                .ok()
                .and_then(|a| a.first())
                .and_then(|o| deref(doc, o))
                .and_then(|o| o.as_dict().ok());
            if let Some(d) = descendant {
                default_width = d.get(b"DW").ok().and_then(number).unwrap_or(1000.0);
                if let Ok(w) = d.get_deref(b"W", doc).and_then(Object::as_array) {
                    cid_widths(doc, w, &mut widths);
                }
            }
        } else if let Ok(w) = dict.get_deref(b"Widths", doc).and_then(Object::as_array) {
            let first = dict.get(b"FirstChar").ok().and_then(number).unwrap_or(0.0) as u32;
            for (i, o) in w.iter().enumerate().take(65_536) {
                if let Some(v) = deref(doc, o).and_then(number) {
                    widths.insert(first.saturating_add(i as u32), v);
                }
            }
        }
        Font {
            encoding,
            wide,
            two_byte,
            widths,
            default_width,
        }
    }

    fn codes<'b>(&self, bytes: &'b [u8]) -> impl Iterator<Item = u32> + 'b {
        let step = if self.two_byte { 2 } else { 1 };
        bytes
            .chunks(step)
            .map(|c| c.iter().fold(0u32, |acc, b| acc << 8 | u32::from(*b)))
    }

    fn width(&self, code: u32) -> f32 {
        self.widths
            .get(&code)
            .copied()
            .unwrap_or(self.default_width)
    }
}

/// A CID font's `/W` array: `c [w1 w2 …]` and `cfirst clast w` entries.
fn cid_widths(doc: &Document, w: &[Object], out: &mut BTreeMap<u32, f32>) {
    // Entries written at most: overlapping ranges cannot make a small array slow.
    let mut budget = 65_536usize;
    let mut i = 0;
    while i < w.len() && budget > 0 {
        let Some(first) = number(&w[i]) else { return };
        let first = first as u32;
        match w.get(i + 1).and_then(|o| deref(doc, o)) {
            Some(Object::Array(list)) => {
                for (k, v) in list.iter().enumerate().take(budget) {
                    if let Some(v) = number(v) {
                        out.insert(first.saturating_add(k as u32), v);
                    }
                }
                budget = budget.saturating_sub(list.len().max(1));
                i += 2;
            }
            Some(o) => {
                let (Some(last), Some(v)) = (number(o), w.get(i + 2).and_then(number)) else {
                    return;
                };
                let last = (last as u32).min(first.saturating_add(budget as u32));
                for c in first..=last {
                    out.insert(c, v);
                }
                budget = budget.saturating_sub((last.saturating_sub(first) as usize).max(1));
                i += 3;
            }
            None => return,
        }
    }
}

/// The font dictionaries named in a `/Resources` dictionary.
fn resource_fonts<'a>(
    doc: &'a Document,
    resources: &'a Dictionary,
) -> BTreeMap<Vec<u8>, &'a Dictionary> {
    let mut out = BTreeMap::new();
    if let Ok(fonts) = resources.get_deref(b"Font", doc).and_then(Object::as_dict) {
        for (name, o) in fonts.iter() {
            if let Some(d) = deref(doc, o).and_then(|o| o.as_dict().ok()) {
                out.insert(name.clone(), d);
            }
        }
    }
    out
}

/// The text state that `q`/`Q` save and restore with the graphics state.
#[derive(Clone)]
struct State {
    ctm: Matrix,
    font: Option<Vec<u8>>,
    size: f32,
    char_space: f32,
    word_space: f32,
    scale: f32,
    leading: f32,
    rise: f32,
}

impl State {
    fn new(ctm: Matrix) -> State {
        State {
            ctm,
            font: None,
            size: 0.0,
            char_space: 0.0,
            word_space: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        }
    }
}

/// Every shown string of a page, in content-stream order, with its place.
fn page_pieces(doc: &Document, page: ObjectId) -> Vec<Piece> {
    let Ok(content) = doc.get_page_content_with_limit(page, MAX_CONTENT_BYTES) else {
        return Vec::new();
    };
    let fonts: BTreeMap<Vec<u8>, &Dictionary> = doc.get_page_fonts(page).unwrap_or_default();
    let mut xobjects: Vec<&Dictionary> = Vec::new();
    if let Ok((direct, ids)) = doc.get_page_resources(page) {
        let all = direct
            .into_iter()
            .chain(ids.iter().filter_map(|id| doc.get_dictionary(*id).ok()));
        for r in all {
            if let Ok(x) = r.get_deref(b"XObject", doc).and_then(Object::as_dict) {
                xobjects.push(x);
            }
        }
    }
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    run(
        doc, &content, &fonts, &xobjects, IDENTITY, 0, &mut seen, &mut out,
    );
    out
}

/// Interprets one content stream (a page's or a form's), appending its shown strings.
#[allow(clippy::too_many_arguments)]
fn run(
    doc: &Document,
    content: &[u8],
    font_dicts: &BTreeMap<Vec<u8>, &Dictionary>,
    xobjects: &[&Dictionary],
    ctm: Matrix,
    depth: usize,
    seen: &mut HashSet<ObjectId>,
    out: &mut Vec<Piece>,
) {
    let Ok(content) = Content::decode(content) else {
        return;
    };
    // Only the fonts this stream selects: parsing a ToUnicode map can be costly (OCRmyPDF's
    // covers all 65,536 codes), and a page often only draws a form that uses the font.
    let used: HashSet<&[u8]> = content
        .operations
        .iter()
        .filter(|op| op.operator == "Tf")
        .filter_map(|op| op.operands.first()?.as_name().ok())
        .collect();
    let selected: BTreeMap<&Vec<u8>, &&Dictionary> = font_dicts
        .iter()
        .filter(|(n, _)| used.contains(n.as_slice()))
        .collect();
    let copies: Vec<(Vec<u8>, Option<Dictionary>)> = selected
        .iter()
        .map(|(n, d)| ((*n).clone(), unicode_copy(d, doc)))
        .collect();
    let fonts = Fonts {
        fonts: selected
            .iter()
            .zip(&copies)
            .map(|((n, d), (_, u))| ((*n).clone(), Font::read(d, u.as_ref(), doc)))
            .collect(),
    };
    let mut state = State::new(ctm);
    let mut stack: Vec<State> = Vec::new();
    let (mut tm, mut tlm) = (IDENTITY, IDENTITY);
    for op in &content.operations {
        let nums: Vec<f32> = op.operands.iter().filter_map(number).collect();
        match op.operator.as_str() {
            // Unbalanced q runs are capped: the state stack cannot grow without end.
            "q" if stack.len() < 256 => stack.push(state.clone()),
            "Q" => {
                if let Some(s) = stack.pop() {
                    state = s;
                }
            }
            "cm" if nums.len() == 6 => {
                let m = [nums[0], nums[1], nums[2], nums[3], nums[4], nums[5]];
                state.ctm = mul(&m, &state.ctm);
            }
            "BT" => {
                tm = IDENTITY;
                tlm = IDENTITY;
            }
            "Tf" => {
                state.font = op
                    .operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .map(<[u8]>::to_vec);
                state.size = op.operands.get(1).and_then(number).unwrap_or(0.0);
            }
            "Tc" if !nums.is_empty() => state.char_space = nums[0],
            "Tw" if !nums.is_empty() => state.word_space = nums[0],
            "Tz" if !nums.is_empty() => state.scale = nums[0] / 100.0,
            "TL" if !nums.is_empty() => state.leading = nums[0],
            "Ts" if !nums.is_empty() => state.rise = nums[0],
            "Td" | "TD" if nums.len() == 2 => {
                if op.operator == "TD" {
                    state.leading = -nums[1];
                }
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, nums[0], nums[1]], &tlm);
                tm = tlm;
            }
            "Tm" if nums.len() == 6 => {
                tlm = [nums[0], nums[1], nums[2], nums[3], nums[4], nums[5]];
                tm = tlm;
            }
            "T*" => {
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -state.leading], &tlm);
                tm = tlm;
            }
            "Tj" | "'" | "\"" | "TJ" => {
                if op.operator != "Tj" && op.operator != "TJ" {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -state.leading], &tlm);
                    tm = tlm;
                }
                if op.operator == "\"" && nums.len() >= 2 {
                    state.word_space = nums[0];
                    state.char_space = nums[1];
                }
                let Some(font) = state.font.as_ref().and_then(|n| fonts.fonts.get(n)) else {
                    continue;
                };
                let parts: Vec<&Object> = match op.operator.as_str() {
                    "TJ" => op
                        .operands
                        .first()
                        .and_then(|o| o.as_array().ok())
                        .map(|a| a.iter().collect())
                        .unwrap_or_default(),
                    _ => op.operands.last().into_iter().collect(),
                };
                for part in parts {
                    match part {
                        Object::String(bytes, _) => show(bytes, font, &state, &mut tm, out),
                        o => {
                            if let Some(n) = number(o) {
                                let tx = -n / 1000.0 * state.size * state.scale;
                                tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                            }
                        }
                    }
                }
            }
            "Do" if depth < MAX_FORM_DEPTH => {
                let Some(name) = op.operands.first().and_then(|o| o.as_name().ok()) else {
                    continue;
                };
                let Some((id, stream)) = xobjects.iter().find_map(|x| {
                    let o = x.get(name).ok()?;
                    let (id, o) = doc.dereference(o).ok()?;
                    Some((id, o.as_stream().ok()?))
                }) else {
                    continue;
                };
                if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form") {
                    continue;
                }
                // A form drawn twice is read twice, but a form drawing itself is cut off.
                if let Some(id) = id {
                    if !seen.insert(id) {
                        continue;
                    }
                }
                let Ok(data) = stream.get_plain_content_with_limit(MAX_CONTENT_BYTES) else {
                    continue;
                };
                let matrix = stream
                    .dict
                    .get(b"Matrix")
                    .and_then(Object::as_array)
                    .ok()
                    .map(|a| a.iter().filter_map(number).collect::<Vec<_>>())
                    .filter(|m| m.len() == 6)
                    .map_or(IDENTITY, |m| [m[0], m[1], m[2], m[3], m[4], m[5]]);
                let resources = stream
                    .dict
                    .get_deref(b"Resources", doc)
                    .and_then(Object::as_dict)
                    .ok();
                let own_fonts = resources.map(|r| resource_fonts(doc, r));
                let own_x: Vec<&Dictionary> = resources
                    .and_then(|r| r.get_deref(b"XObject", doc).and_then(Object::as_dict).ok())
                    .into_iter()
                    .collect();
                let (f, x) = match &own_fonts {
                    Some(f) if !f.is_empty() => (
                        f,
                        if own_x.is_empty() {
                            xobjects
                        } else {
                            &own_x[..]
                        },
                    ),
                    _ => (
                        font_dicts,
                        if own_x.is_empty() {
                            xobjects
                        } else {
                            &own_x[..]
                        },
                    ),
                };
                run(
                    doc,
                    &data,
                    f,
                    x,
                    mul(&matrix, &state.ctm),
                    depth + 1,
                    seen,
                    out,
                );
                if let Some(id) = id {
                    seen.remove(&id);
                }
            }
            _ => {}
        }
    }
}

/// One shown string: decoded whole (so ligatures and multi-byte codes map right), placed
/// where the text matrix is, and the matrix advanced by its glyphs' widths.
fn show(bytes: &[u8], font: &Font, state: &State, tm: &mut Matrix, out: &mut Vec<Piece>) {
    let text = match &font.wide {
        Some(map) => map.decode(bytes),
        None => font
            .encoding
            .as_ref()
            .and_then(|e| e.bytes_to_string(bytes).ok())
            .unwrap_or_default(),
    };
    let size = state.size;
    let start = mul(
        &[size * state.scale, 0.0, 0.0, size, 0.0, state.rise],
        &mul(tm, &state.ctm),
    );
    let mut advance = 0.0;
    for code in font.codes(bytes) {
        let mut w = font.width(code) / 1000.0 * size + state.char_space;
        if !font.two_byte && code == 32 {
            w += state.word_space;
        }
        advance += w * state.scale;
    }
    *tm = mul(&[1.0, 0.0, 0.0, 1.0, advance, 0.0], tm);
    let end = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, state.rise], &mul(tm, &state.ctm));
    let height = (start[2] * start[2] + start[3] * start[3]).sqrt();
    let text: String = text
        .chars()
        .filter(|c| !c.is_control() && *c != '\u{FFFD}')
        .collect();
    if text.is_empty() || !height.is_finite() || !start[4].is_finite() || !start[5].is_finite() {
        return;
    }
    out.push(Piece {
        x: start[4],
        y: start[5],
        end: end[4],
        height: height.max(0.1),
        text,
    });
}

/// The page's text, one line per visual line. Pieces are taken in stream order (which is
/// reading order for the programs that make CVs, columns included); a piece starts a new
/// line when its baseline moves by more than half a line or it jumps back left of the
/// previous piece, and is set off by a space when the gap before it is wider than a sixth
/// of its height.
fn lines(pieces: &[Piece]) -> String {
    let mut out = String::new();
    let mut last: Option<&Piece> = None;
    for p in pieces {
        if let Some(l) = last {
            let h = p.height.max(l.height);
            let same_line = (p.y - l.y).abs() < 0.5 * h && p.x > l.x - 0.5 * h;
            // The same string drawn again on top of itself (fake bold, shadows) is once.
            if same_line && (p.x - l.x).abs() < 0.05 * h && p.text == l.text {
                continue;
            }
            if !same_line {
                out.push('\n');
            } else if p.x - l.end > h / 6.0 && !out.ends_with(' ') && !p.text.starts_with(' ') {
                out.push(' ');
            }
        }
        out.push_str(&p.text);
        last = Some(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_cmaps_decode_by_their_ranges() {
        // OCRmyPDF's GlyphLessFont: every code is its own UTF-16 unit.
        let ocr = b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n\
                    1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange";
        let map = WideCMap::parse(ocr).expect("parsed");
        assert_eq!(map.decode(b"\x00C\x00o\x00\xeb\x00r"), "Coër");
        // An odd last byte is no code.
        assert_eq!(map.decode(b"\x00A\x00"), "A");
        // A later entry over an earlier one; ligatures as several units; arrays per code.
        let mixed = b"/CIDInit /ProcSet findresource begin % comment <0000>\n\
                      1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
                      1 beginbfrange <0000> <FFFF> <0000> endbfrange\n\
                      2 beginbfchar <0003> <0020> <0010> <00660069> endbfchar\n\
                      1 beginbfrange <0020> <0021> [<0041> <0042>] endbfrange";
        let map = WideCMap::parse(mixed).expect("parsed");
        assert_eq!(map.decode(b"\x00\x10\x00\x03\x00\x20\x00\x21"), "fi AB");
    }

    #[test]
    fn cmaps_lopdf_reads_better_are_left_to_it() {
        // No code space, one-byte codes, or a broken entry: not read here.
        assert!(WideCMap::parse(b"1 beginbfrange <0000> <FFFF> <0000> endbfrange").is_none());
        assert!(WideCMap::parse(
            b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <41> <0041> endbfchar"
        )
        .is_none());
        assert!(WideCMap::parse(b"1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0010> <0001> <0041> endbfrange").is_none());
        assert!(WideCMap::parse(
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfchar <0041> <00"
        )
        .is_none());
    }
}
