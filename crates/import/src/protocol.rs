//! The import worker's answer to the page (serialised across the worker boundary).

use crate::{ImportError, Imported};
use serde::{Deserialize, Serialize};
use tenderfit_core::Lang;

/// The worker's answer: the text, or why there is none (in both languages).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportReply {
    pub ok: bool,
    pub text: String,
    pub pages: Option<u32>,
    pub code: String,
    pub message_nl: String,
    pub message_en: String,
}

impl ImportReply {
    pub fn from_result(result: Result<Imported, ImportError>) -> ImportReply {
        match result {
            Ok(i) => ImportReply {
                ok: true,
                text: i.text,
                pages: i.pages,
                code: String::new(),
                message_nl: String::new(),
                message_en: String::new(),
            },
            Err(e) => ImportReply::error(&e),
        }
    }

    pub fn error(e: &ImportError) -> ImportReply {
        ImportReply {
            ok: false,
            text: String::new(),
            pages: None,
            code: e.code().into(),
            message_nl: e.message(Lang::Nl),
            message_en: e.message(Lang::En),
        }
    }

    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.message_nl,
            Lang::En => &self.message_en,
        }
    }
}
