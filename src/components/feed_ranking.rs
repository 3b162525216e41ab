use std::rc::Rc;

use tenderfit_core::feed::Ranked;
use tenderfit_core::warning::num;
use tenderfit_core::Lang;
use yew::prelude::*;

use crate::i18n::{long_date, t, Text};

#[derive(Properties, PartialEq)]
pub struct FeedRankingProps {
    pub lang: Lang,
    pub ranked: Rc<Vec<Ranked>>,
    /// One line for visitors about entries that could not be shown (the details are in
    /// the console, for the site's operator).
    pub message: Option<String>,
    /// There is a CV: without one no posting gets a verdict.
    pub judged: bool,
    /// The id of the posting shown now.
    pub current: Option<String>,
    pub on_open: Callback<String>,
}

/// Every posting of the page's feed ranked for this CV: knock-out passers first, then by
/// points; closed ones hidden unless asked for. A click opens the posting.
#[function_component(FeedRanking)]
pub fn feed_ranking(props: &FeedRankingProps) -> Html {
    let ids = use_context::<crate::ids::Ids>().unwrap_or_default();
    let lang = props.lang;
    let show_closed = use_state(|| false);
    let visible: Vec<&Ranked> = props
        .ranked
        .iter()
        .filter(|r| *show_closed || !r.closed)
        .collect();
    let closed = props.ranked.iter().filter(|r| r.closed).count();
    let toggle = {
        let show_closed = show_closed.clone();
        Callback::from(move |_| show_closed.set(!*show_closed))
    };
    html! {
        <section class="tf-card tf-feed" aria-labelledby={ids.of("feed-heading")} data-testid="feed">
            <h2 id={ids.of("feed-heading")}>{ t(lang, Text::FeedHeading) }</h2>
            if let Some(m) = &props.message {
                <p class="tf-muted" data-testid="feed-problem">{ m.clone() }</p>
            }
            if visible.is_empty() && props.message.is_none() {
                <p class="tf-muted">{ t(lang, Text::FeedEmpty) }</p>
            }
            <ol class="tf-feed-list">
                { for visible.into_iter().map(|r| {
                    let verdict = match (props.judged, r.knockout_pass) { (false, _) => "none", (true, Some(true)) => "pass", (true, Some(false)) => "fail", (true, None) => "unknown" };
                    let id = r.id.clone();
                    let cb = props.on_open.clone();
                    let current = props.current.as_deref() == Some(r.id.as_str());
                    html! {
                        <li>
                            <button type="button" class={classes!("tf-feed-item", format!("tf-feed-{verdict}"))} aria-current={current.then_some("true")}
                                data-testid="feed-item" data-id={r.id.clone()} data-verdict={props.judged.then_some(verdict)} data-points={num(r.points)}
                                onclick={Callback::from(move |_| cb.emit(id.clone()))}>
                                <span class="tf-feed-title">{ r.title.clone().unwrap_or_else(|| r.id.clone()) }</span>
                                <span class="tf-feed-score">{ format!("{} / {}", if props.judged { num(r.points) } else { "–".into() }, r.points_possible.map_or("–".into(), num)) }</span>
                                <span class="tf-feed-meta">
                                    { match (props.judged, r.knockout_pass) { (false, _) => "", (true, Some(true)) => t(lang, Text::Met), (true, Some(false)) => t(lang, Text::NotMet), (true, None) => t(lang, Text::Unknown) } }
                                    { r.deadline.map(|d| format!("{}{} {}", if props.judged { " · " } else { "" }, t(lang, Text::Deadline), long_date(lang, d))).unwrap_or_default() }
                                    if r.closed { { format!(" · {}", t(lang, Text::Closed)) } }
                                </span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
            if closed > 0 {
                <button type="button" class="tf-btn tf-btn-small" data-testid="feed-show-closed" aria-pressed={show_closed.to_string()} onclick={toggle}>
                    { format!("{} ({closed})", t(lang, Text::ShowClosed)) }
                </button>
            }
        </section>
    }
}
