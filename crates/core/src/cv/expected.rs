//! How far a read CV is from what a correct reader gets out of it: the jobs (title, employer,
//! start, end) of a CV truth file. The format is that of `shared/field-cases/expected.json`:
//! `{"jobs": [{"title", "employer", "start": "YYYY-MM", "end": "YYYY-MM" | "heden",
//! "start_precision"?, "start_accept"?: [from, to], "end_precision"?, "end_accept"?}],
//! "not_jobs": [..]}`. Used by `tenderfit check-cvs` and the reader's tests; not by the widget.

use serde::Serialize;
use serde_json::Value;

use super::period::YearMonth;
use super::{Cv, Experience};
use crate::date::Date;
use crate::text::fold;

/// One job a correct reader finds.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpectedJob {
    pub title: String,
    pub employer: String,
    /// Accepted first months, inclusive (one month when written exactly).
    pub start: (YearMonth, YearMonth),
    /// Accepted last months, inclusive; `None` for "heden".
    pub end: Option<(YearMonth, YearMonth)>,
}

/// How one expected job was read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JobCheck {
    pub title: String,
    pub employer: String,
    /// A read entry with this job's title (or employer) was found.
    pub found: bool,
    /// Both its start and end readings fall inside what is accepted.
    pub period_right: bool,
    /// What was read, for the report ("Role | Organisation | period").
    pub read_as: Option<String>,
}

/// The jobs of one CV against its truth.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct JobsReport {
    pub jobs: Vec<JobCheck>,
    /// Entries read as jobs that match no expected job (education, side functions, debris).
    pub extra: Vec<String>,
}

impl JobsReport {
    /// Expected jobs found with the right period.
    pub fn right(&self) -> usize {
        self.jobs
            .iter()
            .filter(|j| j.found && j.period_right)
            .count()
    }
}

/// Reads the `jobs` of a CV truth object. Malformed jobs are skipped; the error names the first.
pub fn expected_jobs(truth: &Value) -> Result<Vec<ExpectedJob>, String> {
    let Some(jobs) = truth.get("jobs").and_then(Value::as_array) else {
        return Err("no \"jobs\" array".into());
    };
    jobs.iter().map(expected_job).collect()
}

fn expected_job(j: &Value) -> Result<ExpectedJob, String> {
    let s = |k: &str| j.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let bound = |k: &str| -> Result<Option<(YearMonth, YearMonth)>, String> {
        let accept = j.get(format!("{k}_accept")).and_then(Value::as_array);
        if let Some([a, b]) = accept.map(Vec::as_slice) {
            let a = year_month(a.as_str().unwrap_or("")).ok_or(format!("bad {k}_accept"))?;
            let b = year_month(b.as_str().unwrap_or("")).ok_or(format!("bad {k}_accept"))?;
            return Ok(Some((a, b)));
        }
        let v = s(k);
        if fold(&v) == "heden" {
            return Ok(None);
        }
        // A year alone ("2011") accepts any month of that year, as the CV leaves it open.
        if let Some(y) = v.trim().parse::<i32>().ok().filter(|_| v.trim().len() == 4) {
            return Ok(Some((YearMonth::new(y, 1), YearMonth::new(y, 12))));
        }
        let m = year_month(&v).ok_or(format!("bad {k}: {v:?}"))?;
        Ok(Some((m, m)))
    };
    Ok(ExpectedJob {
        title: s("title"),
        employer: s("employer"),
        start: bound("start")?.ok_or("start cannot be heden")?,
        end: bound("end")?,
    })
}

fn year_month(s: &str) -> Option<YearMonth> {
    let (y, m) = s.split_once('-')?;
    let (y, m): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
    (1..=12).contains(&m).then(|| YearMonth::new(y, m))
}

/// Whether two names are the same as a reader would give them: equal after folding, or one
/// holding the other (a reader may keep "(via eigen onderneming)" or a place after a comma).
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a.trim()), fold(b.trim()));
    !a.is_empty() && !b.is_empty() && (a == b || a.contains(&b) || b.contains(&a))
}

/// Compares the CV's work experience with the expected jobs.
pub fn check_jobs(cv: &Cv, expected: &[ExpectedJob], today: Date) -> JobsReport {
    let mut used = vec![false; cv.experience.len()];
    let mut jobs = Vec::new();
    for job in expected {
        // Best candidate: title and employer, else title, else employer, not used before.
        let score = |e: &Experience| {
            let title = e.role.as_deref().is_some_and(|r| same_name(r, &job.title));
            let employer = e
                .organisation
                .as_deref()
                .is_some_and(|o| same_name(o, &job.employer));
            2 * title as u8 + employer as u8
        };
        let best = (0..cv.experience.len())
            .filter(|&k| !used[k])
            .map(|k| (k, score(&cv.experience[k])))
            .filter(|(_, s)| *s >= 2 || (*s == 1 && !job.title.is_empty()))
            .max_by_key(|(k, s)| (*s, std::cmp::Reverse(*k)));
        let Some((k, _)) = best else {
            jobs.push(JobCheck {
                title: job.title.clone(),
                employer: job.employer.clone(),
                found: false,
                period_right: false,
                read_as: None,
            });
            continue;
        };
        used[k] = true;
        let e = &cv.experience[k];
        jobs.push(JobCheck {
            title: job.title.clone(),
            employer: job.employer.clone(),
            found: true,
            period_right: period_right(e, job, today),
            read_as: Some(describe(e)),
        });
    }
    let extra = cv
        .experience
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(e, _)| describe(e))
        .collect();
    JobsReport { jobs, extra }
}

fn period_right(e: &Experience, job: &ExpectedJob, today: Date) -> bool {
    let Some(p) = &e.period else {
        return false;
    };
    let (Some(narrow), Some(wide)) = (p.narrow(today), p.wide(today)) else {
        return false;
    };
    let inside = |m: YearMonth, (a, b): (YearMonth, YearMonth)| a <= m && m <= b;
    let start_ok = inside(narrow.from, job.start) && inside(wide.from, job.start);
    let end_ok = match (job.end, p.end) {
        (None, None) => true,
        (Some(accept), Some(_)) => inside(narrow.to, accept) && inside(wide.to, accept),
        _ => false,
    };
    start_ok && end_ok
}

fn describe(e: &Experience) -> String {
    format!(
        "{} | {} | {}",
        e.role.as_deref().unwrap_or("?"),
        e.organisation.as_deref().unwrap_or("?"),
        e.period.as_ref().map_or("?", |p| p.text.as_str())
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read_cv;

    fn today() -> Date {
        Date::new(2026, 11, 30).unwrap()
    }

    #[test]
    fn exact_and_approximate_bounds() {
        let truth: Value = serde_json::from_str(
            r#"{"jobs": [
              {"title": "Adviseur", "employer": "Gemeente Zwolle", "start": "2019-03", "end": "heden"},
              {"title": "Medewerker", "employer": "UWV", "start": "2015-01", "end": "2018-12",
               "start_precision": "year", "start_accept": ["2015-01", "2015-12"],
               "end_precision": "year", "end_accept": ["2018-01", "2018-12"]}]}"#,
        )
        .unwrap();
        let jobs = expected_jobs(&truth).unwrap();
        let (cv, _) = read_cv(
            "WERKERVARING\nAdviseur, Gemeente Zwolle, mrt 2019 – heden\nMedewerker, UWV, 2015 – 2018\n",
        );
        let r = check_jobs(&cv, &jobs, today());
        assert_eq!(r.right(), 2, "{r:?}");
        assert!(r.extra.is_empty());
        // A wrong start month is found but not right.
        let (cv, _) = read_cv("WERKERVARING\nAdviseur, Gemeente Zwolle, apr 2019 – heden\n");
        let r = check_jobs(&cv, &jobs, today());
        assert!(r.jobs[0].found && !r.jobs[0].period_right);
        assert!(!r.jobs[1].found);
        // A year alone in the truth accepts any month of it, like "start_accept" over the year.
        let truth: Value = serde_json::from_str(
            r#"{"jobs": [{"title": "Medewerker", "employer": "UWV", "start": "2015", "end": "2018"}]}"#,
        )
        .unwrap();
        let (cv, _) = read_cv("WERKERVARING\nMedewerker, UWV, 2015 – 2018\n");
        let r = check_jobs(&cv, &expected_jobs(&truth).unwrap(), today());
        assert_eq!(r.right(), 1, "{r:?}");
    }

    #[test]
    fn malformed_truth_is_an_error() {
        let truth: Value =
            serde_json::from_str(r#"{"jobs": [{"title": "x", "start": "2019"}]}"#).unwrap();
        assert!(expected_jobs(&truth).is_err());
        assert!(expected_jobs(&Value::Null).is_err());
    }
}
