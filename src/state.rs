//! The app's one state and its reducer. Everything derived (the read tender, the assessment)
//! is computed from this state by the core, never stored.

use std::rc::Rc;

use tenderfit_core::{Lang, BUNDLED_TENDERS};
use yew::Reducible;

/// Where the tender being assessed comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum TenderChoice {
    /// A bundled posting, by reference number.
    Bundled(String),
    /// The text the user pasted.
    Pasted,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub cv_text: String,
    pub tender: TenderChoice,
    pub pasted_tender: String,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            lang: Lang::Nl,
            cv_text: String::new(),
            tender: TenderChoice::Bundled(BUNDLED_TENDERS[0].reference.to_string()),
            pasted_tender: String::new(),
        }
    }
}

impl AppState {
    /// The posting text currently chosen.
    pub fn tender_text(&self) -> &str {
        match &self.tender {
            TenderChoice::Bundled(r) => tenderfit_core::bundled_tender(r).map_or("", |t| t.text),
            TenderChoice::Pasted => &self.pasted_tender,
        }
    }
}

pub enum Action {
    SetLang(Lang),
    SetCv(String),
    ChooseTender(TenderChoice),
    SetPastedTender(String),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetLang(l) => s.lang = l,
            Action::SetCv(t) => s.cv_text = t,
            Action::ChooseTender(c) => s.tender = c,
            Action::SetPastedTender(t) => {
                s.pasted_tender = t;
                s.tender = TenderChoice::Pasted;
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasting_a_tender_selects_it() {
        let s = Rc::new(AppState::default());
        let s = s.reduce(Action::SetPastedTender("Eisen\n1. HBO".into()));
        assert_eq!(s.tender, TenderChoice::Pasted);
        assert_eq!(s.tender_text(), "Eisen\n1. HBO");
    }

    #[test]
    fn bundled_choice_yields_its_text() {
        let s = Rc::new(AppState::default())
            .reduce(Action::ChooseTender(TenderChoice::Bundled("30534".into())));
        assert!(s.tender_text().contains("Secretaris Domein Samenleving"));
    }
}
