use std::rc::Rc;

use tenderfit_core::cv::MAX_CV_BYTES;
use tenderfit_core::text::truncate_at_char;
use tenderfit_core::Lang;
use yew::prelude::*;

use crate::components::cv_reading::cv_reading;
use crate::i18n::{t, Text};

#[derive(Properties, PartialEq)]
pub struct CvViewProps {
    pub lang: Lang,
    pub text: AttrValue,
    /// The evidence line chosen.
    pub highlighted: Option<usize>,
    /// Every evidence line of the chosen criterion.
    #[prop_or_default]
    pub marked: Rc<Vec<usize>>,
    /// "Back to W2", while evidence is shown.
    #[prop_or_default]
    pub back: Option<AttrValue>,
    pub on_back: Callback<()>,
    /// The CV's language.
    pub text_lang: AttrValue,
    /// The CV as read, for the reader's view.
    pub cv: Rc<tenderfit_core::Cv>,
    /// Reference date for months up to "heden".
    pub today: tenderfit_core::Date,
}

/// The CV with line numbers, so evidence can be pointed at: on a wide screen it stands
/// beside the results (sticky), with the chosen criterion's lines marked and a way back.
#[function_component(CvView)]
pub fn cv_view(props: &CvViewProps) -> Html {
    let ids = use_context::<crate::ids::Ids>().unwrap_or_default();
    let as_read = use_state(|| false);
    // Evidence is pointed at in the text: choosing it shows the text.
    {
        let as_read = as_read.clone();
        use_effect_with(props.highlighted, move |h| {
            if h.is_some() {
                as_read.set(false);
            }
        });
    }
    if props.text.trim().is_empty() {
        return html! {};
    }
    let lang = props.lang;
    let reading = *as_read && props.highlighted.is_none();
    // Only what the reader reads is shown, and very long lines are cut: laying out megabytes
    // of text would freeze the page (the warning says the rest was not read).
    let shown = truncate_at_char(&props.text, MAX_CV_BYTES);
    let on_back = props.on_back.clone();
    let mode = |read: bool, label: Text, testid: &'static str| {
        let as_read = as_read.clone();
        html! {
            <button type="button" class="tf-btn tf-btn-small" data-testid={testid} aria-pressed={(reading == read).to_string()}
                onclick={Callback::from(move |_| as_read.set(read))}>{ t(lang, label) }</button>
        }
    };
    // Lines in blocks: typing changes one block, and the others, their props equal, are not
    // rendered again (a 465-line CV would otherwise be rebuilt on every keystroke).
    let (blocks, total) = if reading {
        (Vec::new(), 0)
    } else {
        blocks_of(shown)
    };
    html! {
        <section class="tf-card tf-cv-view" aria-labelledby={ids.of("cv-view-heading")}>
            <div class="tf-cv-view-head">
                <h2 id={ids.of("cv-view-heading")}>{ t(lang, Text::CvViewHeading) }</h2>
                <div class="tf-cv-mode" role="group" aria-label={t(lang, Text::CvViewMode)}>
                    { mode(false, Text::CvAsText, "cv-view-text") }
                    { mode(true, Text::CvAsRead, "cv-view-read") }
                </div>
                if let Some(label) = &props.back {
                    <button type="button" class="tf-btn tf-btn-small" data-testid="cv-view-back"
                        onclick={Callback::from(move |_| on_back.emit(()))}>{ label.clone() }</button>
                }
            </div>
            if reading {
                { cv_reading(lang, &props.cv, props.today, &props.text_lang) }
            } else {
                <ol class="tf-cv-lines" id={ids.of("cv-view-list")} data-testid="cv-view" tabindex="0" aria-labelledby={ids.of("cv-view-heading")} lang={props.text_lang.clone()}>
                    { for blocks.into_iter().map(|(first, text)| {
                        let last = first + text.lines().count().max(1) - 1;
                        let highlighted = props.highlighted.filter(|n| (first..=last).contains(n));
                        let marked: Vec<usize> = props.marked.iter().copied().filter(|n| (first..=last).contains(n)).collect();
                        html! { <CvLines key={first} {first} text={AttrValue::from(text.to_string())} {highlighted} marked={Rc::new(marked)} /> }
                    }) }
                </ol>
                if total > MAX_LINES_SHOWN {
                    <p class="tf-muted" data-testid="cv-view-more">{ format!("{} {}", total - MAX_LINES_SHOWN, t(lang, Text::MoreLinesNotShown)) }</p>
                }
            }
        </section>
    }
}

/// Lines a block holds.
const BLOCK: usize = 40;

/// The shown lines in blocks of [`BLOCK`] (first line number, the block's text), and the
/// number of lines in all.
fn blocks_of(text: &str) -> (Vec<(usize, &str)>, usize) {
    let mut blocks = Vec::new();
    let (mut total, mut block_start, mut first, mut pos) = (0, 0, 1, 0);
    for line in text.split_inclusive('\n') {
        total += 1;
        pos += line.len();
        let ends_block = total % BLOCK == 0 || pos == text.len() || total == MAX_LINES_SHOWN;
        if total <= MAX_LINES_SHOWN && ends_block {
            blocks.push((first, &text[block_start..pos]));
            block_start = pos;
            first = total + 1;
        }
    }
    (blocks, total)
}

#[derive(Properties, PartialEq)]
struct CvLinesProps {
    /// The number of the block's first line.
    first: usize,
    text: AttrValue,
    highlighted: Option<usize>,
    marked: Rc<Vec<usize>>,
}

/// A block of the CV's lines, numbered; re-rendered only when its own props change.
#[function_component(CvLines)]
fn cv_lines(props: &CvLinesProps) -> Html {
    let ids = use_context::<crate::ids::Ids>().unwrap_or_default();
    html! {
        <>
            { for props.text.lines().enumerate().map(|(i, line)| {
                let n = props.first + i;
                let on = props.highlighted == Some(n);
                let marked = props.marked.contains(&n);
                html! {
                    <li id={ids.of(&format!("cv-line-{n}"))} class={classes!("tf-cv-line", on.then_some("tf-highlight"), marked.then_some("tf-marked"))}
                        data-line={n.to_string()} aria-current={on.then_some("true")} tabindex={on.then_some("-1")}>
                        <span class="tf-line-no" aria-hidden="true">{ n }</span>
                        <span class="tf-line-text">{ shown_line(line) }</span>
                    </li>
                }
            }) }
        </>
    }
}

/// Lines shown at most: a CV has a few hundred; thousands of list items take the browser
/// long to lay out.
const MAX_LINES_SHOWN: usize = 1_500;

/// Longest line shown whole; evidence lines are far shorter.
const MAX_LINE_SHOWN: usize = 2_000;

fn shown_line(line: &str) -> String {
    if line.is_empty() {
        "\u{a0}".to_string()
    } else if line.len() > MAX_LINE_SHOWN {
        format!("{}…", truncate_at_char(line, MAX_LINE_SHOWN))
    } else {
        line.to_string()
    }
}
