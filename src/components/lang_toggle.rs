use tenderfit_core::Lang;
use yew::prelude::*;

use crate::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct LangToggleProps {
    pub lang: Lang,
    pub on_change: Callback<Lang>,
}

/// NL / EN switch; the pressed button is the current language.
#[function_component(LangToggle)]
pub fn lang_toggle(props: &LangToggleProps) -> Html {
    let button = |l: Lang, label: &'static str| {
        let on_change = props.on_change.clone();
        html! {
            <button type="button" class="tf-lang-btn" aria-pressed={(props.lang == l).to_string()}
                data-testid={format!("lang-{}", l.code())}
                onclick={Callback::from(move |_| on_change.emit(l))}>{label}</button>
        }
    };
    html! {
        <div class="tf-lang" role="group" aria-label={t(props.lang, Text::Language)}>
            { button(Lang::Nl, "NL") }
            { button(Lang::En, "EN") }
        </div>
    }
}
