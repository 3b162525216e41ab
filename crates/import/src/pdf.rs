//! PDF: the text layer, page by page, via lopdf. A PDF without text (a scan) or with a
//! password is reported, not guessed at.

use crate::ImportError;

pub fn text(bytes: &[u8]) -> Result<(String, u32), ImportError> {
    let doc = lopdf::Document::load_mem(bytes).map_err(|e| {
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
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    if pages.is_empty() {
        return Err(ImportError::Corrupt("no pages".into()));
    }
    let mut out = String::new();
    for p in &pages {
        // One page at a time: a page whose text cannot be decoded does not lose the others.
        if let Ok(t) = doc.extract_text(&[*p]) {
            out.push_str(&t);
            if !out.ends_with('\n') {
                out.push('\n');
            }
        }
    }
    let text = tidy(&out);
    if text.chars().filter(|c| c.is_alphanumeric()).count() < 20 {
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
    Ok((text, pages.len() as u32))
}

/// Normalises what text extraction leaves: runs of spaces, blank-line runs.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        let l = line.trim_end();
        if l.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(l);
        out.push('\n');
    }
    out.trim().to_string()
}
