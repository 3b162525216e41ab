use tenderfit_core::{Cv, Date, Lang};
use yew::prelude::*;

use crate::i18n::{t, Text};

/// The reader's view of the CV (issue 13): the jobs with title, employer, period and months
/// (approximate periods marked), then education and courses, as the core read them, so the
/// user can see what the verdicts were based on. Months are the core's narrow reading, the
/// count a strict assessor is sure of. `today`: an open period ("heden") counts to the month
/// before it; `text_lang`: the CV's language, for its quoted words.
///
/// A view function, not a component: shown only inside the CV view, which owns its state,
/// and each Yew component type adds about 5 KB to the first load.
pub fn cv_reading(lang: Lang, cv: &Cv, today: Date, text_lang: &AttrValue) -> Html {
    let nothing = || html! { <p class="tf-muted">{ t(lang, Text::NothingRead) }</p> };
    let period = |p: Option<&tenderfit_core::cv::Period>| -> (String, Option<i32>, bool) {
        match p {
            Some(p) => (
                p.text.clone(),
                p.narrow(today).map(|s| s.months()),
                p.is_ambiguous(),
            ),
            None => (t(lang, Text::NoPeriod).to_string(), None, false),
        }
    };
    let months = |m: Option<i32>, approx: bool| match m {
        Some(m) if approx => format!(
            " · {} {m} {}",
            t(lang, Text::Approx),
            t(lang, Text::MonthsShort)
        ),
        Some(m) => format!(" · {m} {}", t(lang, Text::MonthsShort)),
        None => String::new(),
    };
    let any_approx = cv
        .experience
        .iter()
        .any(|e| e.period.as_ref().is_some_and(|p| p.is_ambiguous()));
    html! {
        <div class="tf-cv-reading" data-testid="cv-reading">
            <h3>{ t(lang, Text::ReadJobs) }</h3>
            if cv.experience.is_empty() { { nothing() } } else {
                <ol class="tf-read-list">
                    { for cv.experience.iter().map(|e| {
                        let (when, m, approx) = period(e.period.as_ref());
                        html! {
                            <li class={classes!("tf-read-item", approx.then_some("tf-approx"))} data-testid="cv-job"
                                data-approx={approx.to_string()} data-line={e.first_line.to_string()}>
                                <span class="tf-read-title" lang={text_lang.clone()}>{ e.role.clone().unwrap_or_else(|| "—".into()) }</span>
                                if let Some(org) = &e.organisation {
                                    <span class="tf-read-org" lang={text_lang.clone()}>{ format!(" · {org}") }</span>
                                }
                                <span class="tf-read-period" data-testid="cv-job-period">{ format!(" · {when}{}", months(m, approx)) }</span>
                            </li>
                        }
                    }) }
                </ol>
                if any_approx {
                    <p class="tf-muted" data-testid="approx-note">{ t(lang, Text::ApproxNote) }</p>
                }
            }
            <h3>{ t(lang, Text::ReadEducation) }</h3>
            if cv.education.is_empty() { { nothing() } } else {
                <ol class="tf-read-list">
                    { for cv.education.iter().map(|e| {
                        let (when, _, _) = period(e.period.as_ref());
                        html! {
                            <li class="tf-read-item" data-testid="cv-education" lang={text_lang.clone()}>
                                <span class="tf-read-title">{ e.degree.clone() }</span>
                                if let Some(i) = &e.institution { <span class="tf-read-org">{ format!(" · {i}") }</span> }
                                <span class="tf-read-period">{ format!(" · {when}") }</span>
                            </li>
                        }
                    }) }
                </ol>
            }
            <h3>{ t(lang, Text::ReadCourses) }</h3>
            if cv.courses.is_empty() { { nothing() } } else {
                <ol class="tf-read-list">
                    { for cv.courses.iter().map(|c| html! {
                        <li class="tf-read-item" data-testid="cv-course" lang={text_lang.clone()}>
                            <span class="tf-read-title">{ c.name.clone() }</span>
                            if let Some(y) = c.year { <span class="tf-read-period">{ format!(" · {y}") }</span> }
                        </li>
                    }) }
                </ol>
            }
        </div>
    }
}
