//! tenderfit-import: turns a dropped CV file into text the CV reader takes. `.txt`, `.pdf`
//! (the text layer) and `.docx`, recognised by their bytes, not their name. Pure: bytes in,
//! text out; usable natively (CLI) and in a web worker (the widget loads it only when a file
//! is dropped). Errors say what the user can do, in Dutch and English.

mod docx;
mod normalise;
mod pdf;
mod protocol;

pub use normalise::{normalise, normalise_typed};
pub use protocol::ImportReply;

use tenderfit_core::Lang;

/// Files larger than this are refused (a CV PDF is rarely over 2 MB).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Pdf,
    Docx,
}

/// The text of an imported file.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub kind: Kind,
    pub text: String,
    pub pages: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is {size} bytes; the limit is {limit}")]
    TooLarge { size: usize, limit: usize },
    #[error("unsupported file type")]
    Unsupported { old_word: bool },
    #[error("the PDF is password-protected")]
    Encrypted,
    #[error("the PDF has no text layer (a scan?)")]
    NoText,
    #[error("the file is damaged: {0}")]
    Corrupt(String),
}

impl ImportError {
    /// What the user sees, in their language.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ImportError::Empty, Lang::Nl) => "Het bestand is leeg.".into(),
            (ImportError::Empty, Lang::En) => "The file is empty.".into(),
            (ImportError::TooLarge { size, limit }, Lang::Nl) => format!("Het bestand is {} MB; het maximum is {} MB.", size / 1_048_576, limit / 1_048_576),
            (ImportError::TooLarge { size, limit }, Lang::En) => format!("The file is {} MB; the maximum is {} MB.", size / 1_048_576, limit / 1_048_576),
            (ImportError::Unsupported { old_word: true }, Lang::Nl) => "Dit is een oud Word-bestand (.doc). Sla het op als .docx of pdf en probeer het opnieuw.".into(),
            (ImportError::Unsupported { old_word: true }, Lang::En) => "This is an old Word file (.doc). Save it as .docx or PDF and try again.".into(),
            (ImportError::Unsupported { .. }, Lang::Nl) => "Dit bestandstype kunnen we niet lezen. Gebruik een pdf, docx of txt, of plak de tekst.".into(),
            (ImportError::Unsupported { .. }, Lang::En) => "We cannot read this file type. Use a PDF, DOCX or TXT, or paste the text.".into(),
            (ImportError::Encrypted, Lang::Nl) => "Deze pdf is met een wachtwoord beveiligd. Sla hem zonder beveiliging op, of plak de tekst.".into(),
            (ImportError::Encrypted, Lang::En) => "This PDF is password-protected. Save it without protection, or paste the text.".into(),
            (ImportError::NoText, Lang::Nl) => "Deze pdf bevat geen tekst (een scan?). Exporteer het cv opnieuw als pdf vanuit Word, of plak de tekst.".into(),
            (ImportError::NoText, Lang::En) => "This PDF contains no text (a scan?). Export the CV again as PDF from Word, or paste the text.".into(),
            (ImportError::Corrupt(_), Lang::Nl) => "Het bestand is beschadigd en kan niet gelezen worden. Plak de tekst van je cv.".into(),
            (ImportError::Corrupt(_), Lang::En) => "The file is damaged and cannot be read. Paste your CV's text instead.".into(),
        }
    }

    /// A stable code for tests and the worker protocol.
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::Empty => "empty",
            ImportError::TooLarge { .. } => "too_large",
            ImportError::Unsupported { .. } => "unsupported",
            ImportError::Encrypted => "encrypted",
            ImportError::NoText => "no_text",
            ImportError::Corrupt(_) => "corrupt",
        }
    }
}

/// What the bytes are, whatever the file is called.
pub fn kind_of(bytes: &[u8]) -> Result<Kind, ImportError> {
    if bytes.starts_with(b"%PDF") || bytes.windows(5).take(1024).any(|w| w == b"%PDF-") {
        return Ok(Kind::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Ok(Kind::Docx);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(ImportError::Unsupported { old_word: true });
    }
    let sample = &bytes[..bytes.len().min(8192)];
    if tenderfit_core::text::looks_binary(&decode_text(sample)) {
        return Err(ImportError::Unsupported { old_word: false });
    }
    Ok(Kind::Text)
}

/// Reads a CV file's text.
pub fn import(bytes: &[u8]) -> Result<Imported, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            size: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let kind = kind_of(bytes)?;
    let imported = match kind {
        Kind::Text => Imported {
            kind,
            text: decode_text(bytes),
            pages: None,
        },
        Kind::Pdf => {
            let (text, pages) = pdf::text(bytes)?;
            Imported {
                kind,
                text,
                pages: Some(pages),
            }
        }
        Kind::Docx => {
            let (text, pages) = docx::text(bytes)?;
            Imported { kind, text, pages }
        }
    };
    let imported = Imported {
        text: if kind == Kind::Text {
            normalise_typed(&imported.text)
        } else {
            normalise(&imported.text)
        },
        ..imported
    };
    if imported.text.trim().is_empty() {
        return Err(if kind == Kind::Pdf {
            ImportError::NoText
        } else {
            ImportError::Empty
        });
    }
    Ok(imported)
}

/// UTF-8 (with or without BOM), else Windows-1252, the usual alternative for Dutch text files;
/// CRLF becomes LF. Public so the widget's offline file decodes a `.txt` the same way without
/// linking the rest of the importer.
pub fn decode_text(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.replace("\r\n", "\n"),
        Err(_) => bytes
            .iter()
            .map(|&b| windows_1252(b))
            .collect::<String>()
            .replace("\r\n", "\n"),
    }
}

fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}
