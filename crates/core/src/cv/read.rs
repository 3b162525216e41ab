//! `read_cv`: CV text in, typed `Cv` plus warnings out. Never fails.

use super::education::{level_of, read_courses, read_education, wrapped_courses};
use super::experience::{read_entries, starts_entry, NumberedLine};
use super::period::find_period;
use super::sections::{cv_heading, CvSectionKind};
use super::statements::statements;
use super::terms::read_terms;
use super::{Cv, CvSection, Motivation, References, Stated};
use crate::text::{
    contains_word, fold, is_page_footer, looks_binary, strip_pdf_question_marks, truncate_at_char,
};
use crate::warning::Warning;

/// CVs longer than this are read up to it (a five-page CV is about 15 KB).
pub const MAX_CV_BYTES: usize = 256 * 1024;

/// Reads a CV. Whatever the text, returns the model and what the user should know.
pub fn read_cv(text: &str) -> (Cv, Vec<Warning>) {
    let mut warnings = Vec::new();
    if looks_binary(text) {
        return (Cv::default(), vec![Warning::NotText]);
    }
    if text.len() > MAX_CV_BYTES {
        warnings.push(Warning::TooLong {
            limit_kb: MAX_CV_BYTES / 1024,
        });
    }
    let text = truncate_at_char(text, MAX_CV_BYTES);
    let mut cv = Cv {
        lines: text
            .lines()
            .map(|l| l.trim_end_matches('\r').to_string())
            .collect(),
        ..Cv::default()
    };
    if let Some(ordered) = super::columns::reading_order(&cv.lines) {
        cv.lines = ordered;
        warnings.push(Warning::TwoColumns);
    }
    // A PDF copy that lost its line breaks is cut where a reader sees them.
    if let Some(split) = super::run_on::split_run_on(&cv.lines) {
        cv.lines = split;
    }
    // A job table whose cells wrap is read with each row on one line.
    let unwrapped = super::wrapped_rows::join_wrapped_rows(&cv.lines);
    // Lines as matched: PDF debris removed; the stored lines stay as the user wrote them.
    let mut cleaned: Vec<String> = unwrapped
        .as_ref()
        .unwrap_or(&cv.lines)
        .iter()
        .map(|l| without_markdown(strip_pdf_question_marks(l)))
        .collect();
    join_form_labels(&mut cleaned);
    join_split_periods(&mut cleaned);
    let numbered: Vec<NumberedLine<'_>> = cleaned
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !is_page_footer(l))
        .map(|(i, l)| NumberedLine {
            no: i + 1,
            text: l.as_str(),
        })
        .collect();
    cv.folded = cleaned.iter().map(|l| fold(l)).collect();
    if numbered.is_empty() {
        return (Cv::default(), vec![Warning::EmptyInput]);
    }
    cv.page_count = page_count(&cleaned);
    cv.language = Some(language(text).to_string());

    // Sections: a heading opens one; lines before the first heading are the header.
    let mut spans: Vec<(CvSectionKind, String, usize, Vec<NumberedLine<'_>>)> = Vec::new();
    let mut header: Vec<NumberedLine<'_>> = Vec::new();
    let mut experience_heading: Option<String> = None;
    for l in &numbered {
        let last_kind = spans.last().map(|s| s.0);
        let in_sidebar = matches!(
            last_kind,
            Some(CvSectionKind::Skills | CvSectionKind::Languages | CvSectionKind::Personal)
        );
        // Certificates may stand between the jobs too; there only a job's header right above
        // the period line tells (a course's dated lines have none). Side functions have
        // titles of their own, so they never continue the experience.
        let in_side_block = last_kind == Some(CvSectionKind::Courses);
        // "Projecten:" inside a job is a label of that job, not a new section of its kind.
        // So is "Publications:" or "Achievements:" under a job: a list of that job's.
        let label = l.text.trim_end().ends_with(':');
        let heading = cv_heading(l.text).filter(|kind| {
            let last = spans.last().map(|s| s.0);
            let job_list = last == Some(CvSectionKind::Experience)
                && JOB_LIST_LABELS.contains(&fold(l.text.trim().trim_end_matches(':')).as_str());
            !(label && (last == Some(*kind) || job_list))
        });
        if let Some(kind) = heading {
            if kind == CvSectionKind::Experience {
                experience_heading = Some(l.text.trim().to_string());
            }
            spans.push((kind, l.text.trim().to_string(), l.no, Vec::new()));
        } else if let Some(heading) = experience_heading
            .as_ref()
            // Under certificates, the cheap signs come first (a digit for the year, a line
            // right above, a title among the two lines above): finding a period costs more,
            // and most certificate lines have no title above them.
            .filter(|_| {
                in_sidebar
                    || in_side_block
                        && l.text.bytes().any(|b| b.is_ascii_digit())
                        && spans.last().is_some_and(|s| {
                            s.3.last().is_some_and(|m| m.no + 1 == l.no)
                                && s.3.iter().rev().take(2).any(|m| {
                                    m.no + 2 >= l.no && super::experience::role_like(m.text)
                                })
                        })
            })
            .filter(|_| starts_entry(l.text))
            .filter(|_| {
                in_sidebar
                    || spans
                        .last()
                        .is_some_and(|s| job_header_above(&s.3, l.no) > 0)
            })
        {
            // A two-column PDF puts sidebar blocks (skills, languages) between the jobs: a
            // period line under such a block continues the experience, with the job's title
            // and employer lines right above it.
            let last = spans.last_mut().map(|s| &mut s.3);
            let mut lines = last
                .map(|v| {
                    let take = job_header_above(v, l.no);
                    v.split_off(v.len() - take)
                })
                .unwrap_or_default();
            let start = lines.first().map_or(l.no, |m| m.no);
            lines.push(*l);
            spans.push((CvSectionKind::Experience, heading.clone(), start, lines));
        } else if let Some(last) = spans.last_mut() {
            last.3.push(*l);
        } else {
            header.push(*l);
        }
    }
    let last_line = cv.lines.len();
    for (k, (kind, heading, no, _)) in spans.iter().enumerate() {
        let end = spans.get(k + 1).map_or(last_line, |n| n.2 - 1);
        cv.sections.push(CvSection {
            kind: *kind,
            heading: heading.clone(),
            heading_line: *no,
            end_line: end,
        });
    }
    let section_lines = |kind: CvSectionKind| -> Vec<(usize, Vec<NumberedLine<'_>>)> {
        spans
            .iter()
            .enumerate()
            .filter(|(_, s)| s.0 == kind)
            .map(|(k, s)| (spans.get(k + 1).map_or(last_line, |n| n.2 - 1), s.3.clone()))
            .collect()
    };

    // Experience: the experience sections, or — without one — every line outside other sections.
    let experience_sections = section_lines(CvSectionKind::Experience);
    if experience_sections.is_empty() {
        let loose: Vec<NumberedLine<'_>> = header
            .iter()
            .copied()
            .filter(|l| level_of(l.text).is_none())
            .collect();
        if !loose.is_empty() {
            let end = loose.last().map_or(0, |l| l.no);
            cv.experience = told_or_listed(&loose, end);
        }
    } else {
        for (end, lines) in &experience_sections {
            if !lines.is_empty() {
                cv.experience.extend(told_or_listed(lines, *end));
            }
        }
    }
    // A CV exported as XML or JSON names its jobs' fields: its records are the jobs when they
    // are at least as many as the entries read from its text.
    let records = super::records::read_records(&cv.lines);
    if !records.is_empty() && records.len() >= cv.experience.len() {
        cv.experience = records;
    }
    // A career told only in sentences ("Over mij", then "Van 2015 tot 2019 was ik …"): no
    // experience heading, or one without dated entries.
    let mut career_told = false;
    if !cv.experience.iter().any(|e| e.period.is_some()) {
        let told_in: Vec<&[NumberedLine<'_>]> = std::iter::once(header.as_slice())
            .chain(
                spans
                    .iter()
                    .filter(|s| matches!(s.0, CvSectionKind::Profile | CvSectionKind::Experience))
                    .map(|s| s.3.as_slice()),
            )
            .collect();
        let told = super::prose::career_told(&told_in);
        if !told.is_empty() {
            cv.experience = told;
            career_told = true;
        }
    }
    super::repeated::merge_repeated(&mut cv.experience);
    // Dated lines under "Overig" are memberships and side functions, not jobs.
    // So are internships and theses under their own heading.
    let side_sections = section_lines(CvSectionKind::SideActivities)
        .into_iter()
        .chain(section_lines(CvSectionKind::Other))
        .chain(section_lines(CvSectionKind::Internships));
    for (end, lines) in side_sections {
        if !lines.is_empty() {
            cv.side_activities.extend(read_entries(&lines, end));
        }
    }
    // Volunteer work under a heading that is not a side-activities one ("Overig") is still
    // no work experience (ASSESSOR: only paid work counts).
    let (unpaid, paid): (Vec<_>, Vec<_>) = std::mem::take(&mut cv.experience)
        .into_iter()
        .partition(|e| {
            e.role.as_deref().is_some_and(is_unpaid_role)
                // "Lid van de KBvG, sinds 2016" may be read as the employer.
                || e.organisation.as_deref().is_some_and(is_membership)
                || unpaid_in_header(&e.text)
        });
    cv.experience = paid;
    // A career break is time between jobs, not a job.
    cv.experience
        .retain(|e| !e.role.as_deref().is_some_and(is_career_break));
    cv.side_activities.extend(unpaid);
    cv.side_activities.sort_by_key(|e| e.first_line);

    // Education: its sections, or degree lines anywhere outside the experience entries.
    let education_sections = section_lines(CvSectionKind::Education);
    if education_sections.is_empty() {
        let loose: Vec<NumberedLine<'_>> = numbered
            .iter()
            .copied()
            .filter(|l| {
                // A career told in sentences tells its degree in them too ("Na mijn master
                // Chemie aan de Universiteit Utrecht werkte ik …").
                (career_told || cv.entry_at(l.no).is_none())
                    && level_of(l.text).is_some()
                    && l.text.len() < 200
            })
            .collect();
        cv.education = read_education(&loose);
    } else {
        for (_, lines) in &education_sections {
            cv.education.extend(read_education(lines));
        }
    }
    for (_, lines) in section_lines(CvSectionKind::Courses) {
        cv.courses.extend(read_courses(&lines));
        // A certificate's wrapped status ("verlopen 03/2025" on the line below) is matched
        // with its name, as one line.
        for (no, joined) in wrapped_courses(&lines) {
            if let Some(f) = cv.folded.get_mut(no - 1) {
                *f = fold(&joined);
            }
        }
    }
    for (_, lines) in section_lines(CvSectionKind::Languages) {
        for l in lines {
            cv.languages.extend(
                l.text
                    .split([',', '·', ';', '|', '•'])
                    .map(|s| s.trim().trim_start_matches(['-', '–']).trim().to_string())
                    .filter(|s| is_language(s)),
            );
        }
    }
    // Statements are read after the entries, from the whole CV's lines and folded lines.
    let Cv {
        lines,
        folded,
        experience,
        side_activities,
        ..
    } = &mut cv;
    for e in experience.iter_mut().chain(side_activities.iter_mut()) {
        e.statements = statements(lines, folded, e.first_line, e.last_line);
    }
    // Segments to index: every line, then every statement of more than one line.
    let lines_indexed = folded.len() as u32;
    let mut multi_line: Vec<&str> = Vec::new();
    for (k, s) in experience
        .iter_mut()
        .chain(side_activities.iter_mut())
        .flat_map(|e| e.statements.iter_mut())
        .filter(|s| s.last > s.first)
        .enumerate()
    {
        s.segment = lines_indexed + k as u32;
        multi_line.push(&s.folded);
    }
    let mentions = super::Mentions::new(folded.iter().map(String::as_str).chain(multi_line));
    cv.mentions = mentions;
    cv.references = references(&section_lines(CvSectionKind::References));
    cv.motivation = motivation(&section_lines(CvSectionKind::Motivation))
        .or_else(|| motivation(&motivation_paragraph(&numbered, &cv.folded)));
    cv.name = name(&header, &numbered);
    // Terms come from outside the jobs, and never from a side function's own line or section
    // ("Vrijwilliger bij Humanitas (ca. 2 uur per week)" gives no hours).
    let side_sections: Vec<(usize, usize)> = cv
        .sections
        .iter()
        .filter(|s| s.kind == CvSectionKind::SideActivities)
        .map(|s| (s.heading_line, s.end_line))
        .collect();
    let outside_entries: Vec<NumberedLine<'_>> = numbered
        .iter()
        .copied()
        .filter(|l| {
            cv.entry_at(l.no).is_none()
                && (!side_sections.iter().any(|(a, b)| (*a..=*b).contains(&l.no))
                    || names_terms(l.text))
                && !cv.side_activities.iter().any(|e| e.first_line == l.no)
        })
        .collect();
    cv.terms = read_terms(&header, &outside_entries);
    // A career told in sentences states its contract form in the current job's paragraph ("Ik
    // ben in loondienst bij X, dat mij detacheert (geen zzp)").
    if career_told && cv.terms.contract.is_none() {
        if let Some(current) = cv
            .experience
            .iter()
            .find(|e| e.period.as_ref().is_some_and(|p| p.end.is_none()))
        {
            let lines: Vec<NumberedLine<'_>> = numbered
                .iter()
                .copied()
                .filter(|l| (current.first_line..=current.last_line).contains(&l.no))
                .collect();
            cv.terms.contract = read_terms(&[], &lines).contract;
        }
    }

    if cv.experience.is_empty() {
        warnings.push(Warning::NoExperience);
    }
    if cv.education.is_empty() {
        warnings.push(Warning::NoEducation);
    }
    (cv, warnings)
}

/// A CV pasted from markdown ("### Adviseur — UWV", "*2019-03 – heden*") or with XML/HTML
/// tags read as plain text ([`super::markup`]); other lines keep their indentation, which
/// separates columns.
fn without_markdown(line: String) -> String {
    super::markup::plain(line)
}

/// How many of the last lines of a sidebar block are a job's header for the period line
/// `no` right under them ("Energieadviseur utiliteitsbouw" / "Klimaatroute Adviseurs B.V."):
/// up to two lines without a blank line, a period, a language or a degree, one of them a
/// title. None when they are not.
fn job_header_above(lines: &[NumberedLine<'_>], no: usize) -> usize {
    let mut take = 0;
    let mut next = no;
    for l in lines.iter().rev().take(2) {
        let t = l.text.trim();
        let first = t
            .split(['–', '-', ':', ',', '('])
            .next()
            .unwrap_or(t)
            .trim();
        let header = l.no + 1 == next
            && t.len() < 90
            && find_period(t).is_none()
            && !is_language(first)
            && level_of(t).is_none()
            && !t.starts_with(|c: char| !c.is_alphanumeric());
        if !header {
            break;
        }
        take += 1;
        next = l.no;
    }
    let titled = lines[lines.len() - take..]
        .iter()
        .any(|l| super::experience::role_like(l.text));
    if titled {
        take
    } else {
        0
    }
}

/// Headings that, written as a label with a colon under a job, list that job's own items
/// ("Publications:", "Achievements:"). Reviewed data, folded.
const JOB_LIST_LABELS: [&str; 8] = [
    "publications",
    "publicaties",
    "awards",
    "achievements",
    "prestaties",
    "teaching",
    "grants",
    "memberships",
];

/// Labels of a form's end date on a line of its own. Reviewed data, folded.
const END_FIELD_LABELS: [&str; 9] = [
    "tot",
    "t/m",
    "tot en met",
    "einddatum",
    "datum tot",
    "to",
    "until",
    "end date",
    "end",
];

/// Labels of a form's entry fields that a broker's web form puts on a line of their own, the
/// value on the next ("Functie:" / "Hoor- en beslismedewerker asiel"). Reviewed data, folded.
const FORM_LABELS: [&str; 37] = [
    "functie of bekleed ambt",
    "occupation or position held",
    "naam en adres van de werkgever",
    "name and address of employer",
    "naam werkgever",
    "functie",
    "opdracht",
    "klant",
    "functietitel",
    "rol",
    "role",
    "position",
    "job title",
    "title",
    "werkgever",
    "opdrachtgever",
    "organisatie",
    "employer",
    "company",
    "client",
    "organisation",
    "organization",
    "van",
    "tot",
    "t/m",
    "tot en met",
    "periode",
    "period",
    "datum van",
    "datum tot",
    "startdatum",
    "begindatum",
    "einddatum",
    "from",
    "to",
    "start date",
    "end date",
];

/// Whether a line is a form's field label alone ("Functie:", "Datum van :").
fn is_form_label(line: &str) -> bool {
    let t = line.trim();
    t.len() <= 32
        && t.ends_with(':')
        && FORM_LABELS.contains(&fold(t.trim_end_matches(':').trim()).as_str())
}

/// A block of a form written label above value ("Functie:" / "Adviseur" / "Werkgever:" /
/// "UWV" / "Van:" / "03-2022" / "Tot:" / "heden"), as one label and value a line ("Functie:
/// Adviseur", …, "Van: 03-2022", "Tot: heden"): the joined lines fill the block's first lines
/// and the rest are emptied, so the entry's lines stand together and keep their place in the
/// CV (a line's evidence may point a few lines up within its block).
fn join_form_labels(lines: &mut [String]) {
    let mut k = 0;
    while k + 1 < lines.len() {
        // The cheap test first: most lines do not end with a colon.
        if !lines[k].contains(':') || !is_form_label(&lines[k]) {
            k += 1;
            continue;
        }
        let start = k;
        let mut joined = Vec::new();
        while k + 1 < lines.len() && is_form_label(&lines[k]) && form_value(&lines[k + 1]) {
            joined.push(format!("{} {}", lines[k].trim(), lines[k + 1].trim()));
            k += 2;
        }
        if joined.is_empty() {
            k += 1;
            continue;
        }
        let n = joined.len();
        for (line, text) in lines[start..].iter_mut().zip(joined) {
            *line = text;
        }
        for line in &mut lines[start + n..k] {
            line.clear();
        }
    }
}

/// Whether a line can be a form field's value: short, not a label or heading, no bullet.
fn form_value(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.len() <= 120
        && !t.ends_with(':')
        && !t.starts_with(['-', '•', '*'])
        && cv_heading(t).is_none()
}

/// Joins a period that wraps onto the next line ("okt 2010" / "– jan 2014", "04/2023 –" /
/// "heden", "van 2015-09" / "tot 2019-03"): the joined text goes on one of the two lines and
/// the other is emptied, so line numbers stay those of the CV.
fn join_split_periods(lines: &mut [String]) {
    for k in 0..lines.len().saturating_sub(1) {
        let (a, b) = (lines[k].trim_end(), lines[k + 1].trim());
        // The cheap tests first: most pairs of lines fail them and are not lowercased.
        if b.len() > 80 || !a.bytes().any(|c| c.is_ascii_digit()) {
            continue;
        }
        // A period column beside the title ("voorjaar 2016 –   ANIOS psychiatrie, …" /
        // "medio 2018"): the start ends the first cell; the rest of the line follows the join.
        let lead = a.len() - a.trim_start().len();
        let (a, rest) = match a[lead..].find("   ").map(|p| p + lead) {
            Some(p) if a[..p].trim_end().ends_with(['-', '–', '—']) => {
                (a[..p].trim_end(), &a[p..])
            }
            _ => (a, ""),
        };
        // The start bound, with its year, ends the first line; a separator, an open end or the
        // end bound starts the second.
        let last_word = a.rsplit(' ').next().unwrap_or(a);
        // "feb 2014 – aug" / "2018": the end's month ends the line, its year starts the next.
        let last_lower = last_word.to_lowercase();
        let a_ends = a.ends_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | '—'))
            || ["tot", "t/m", "to", "until"].contains(&last_lower.as_str())
            || crate::date::month_from_word(&last_lower).is_some();
        // A form's end field on the next line ("Van: 04-2021" / "Tot: heden", "Startdatum:
        // 01-02-2013" / "Einddatum: 31-08-2016"): its label reads as "tot".
        let end_label = b.split_once(':').and_then(|(label, value)| {
            END_FIELD_LABELS
                .contains(&fold(label.trim()).as_str())
                .then(|| format!("tot {}", value.trim()))
        });
        let b = end_label.as_deref().unwrap_or(b);
        let b_first = b.split_whitespace().next().unwrap_or("").to_lowercase();
        let b_starts = b
            .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | '—' | '\'' | '’'))
            || [
                "tot", "t/m", "to", "until", "heden", "nu", "present", "now", "current",
            ]
            .contains(&b_first.trim_end_matches(['.', ',']))
            || crate::date::month_from_word(&b_first).is_some()
            // "voorjaar 2016 –" / "medio 2018": the end bound opens with a part of a year.
            || super::period::is_part_of_year(&b_first);
        if !a_ends || !b_starts {
            continue;
        }
        let joined = format!("{a} {b}{rest}");
        let Some((_, range)) = find_period(&joined) else {
            continue;
        };
        // Only a period that starts on the first line and ends on the second.
        let wraps = range.start < a.len() && range.end > a.len() + 1;
        // The second line is no period of its own ("2019 – 2021 Adviseur").
        // After a start bound with its dash ("voorjaar 2016 –" / "medio 2018"), a bound alone
        // on the second line is the end, not a period of its own.
        let own_period = |r: std::ops::Range<usize>| {
            r.start == 0
                && !(a.ends_with(['-', '–', '—'])
                    && !b[r].contains(['–', '—'])
                    && ![" - ", " tot ", " to "].iter().any(|s| b.contains(s)))
        };
        if wraps && find_period(b).is_none_or(|(_, r)| !own_period(r)) {
            // The joined period stays next to its entry's other lines: on the first line when
            // they are above it, on the second when they are only below it ("medio 2013" /
            // "tot augustus 2017" / "Veldwerker bodem").
            let above = k > 0 && !lines[k - 1].trim().is_empty();
            let below = lines.get(k + 2).is_some_and(|l| !l.trim().is_empty());
            // Only a line that holds nothing but the period's start moves down.
            if !above && below && range.start == 0 && rest.is_empty() {
                lines[k] = String::new();
                lines[k + 1] = joined;
            } else {
                lines[k] = joined;
                lines[k + 1] = String::new();
            }
        }
    }
}

/// The jobs of experience lines: the entries as listed, or — when the lines read as prose and
/// their sentences give more jobs — the jobs told in sentences ([`super::prose`]) with the
/// listed entries outside them.
fn told_or_listed(lines: &[NumberedLine<'_>], end: usize) -> Vec<super::Experience> {
    let entries = read_entries(lines, end);
    if !super::prose::looks_like_prose(lines) {
        return entries;
    }
    let told = super::prose::read_prose(lines);
    // Sentences and a short list may share a section: keep the listed entries outside the
    // lines the told jobs cover.
    let mut merged: Vec<super::Experience> = entries
        .iter()
        .filter(|e| {
            !told
                .iter()
                .any(|t| (t.first_line..=t.last_line).contains(&e.first_line))
        })
        .cloned()
        .collect();
    // A summary ("Ik werk sinds 2017 als beleidsadviseur bij gemeenten") spans listed jobs;
    // it is no job of its own.
    let span = |e: &super::Experience| {
        e.period.as_ref().map(|p| {
            let at = |b: &super::period::Bound| b.year * 12 + b.month.unwrap_or(6) as i32;
            (at(&p.start), p.end.as_ref().map_or(i32::MAX, at))
        })
    };
    let listed: Vec<(i32, i32)> = merged.iter().filter_map(span).collect();
    merged.extend(told.into_iter().filter(|t| {
        span(t).is_none_or(|(a, b)| {
            !listed
                .iter()
                .any(|(c, d)| b.min(*d).saturating_sub(a.max(*c)) >= 3)
        })
    }));
    if merged.len() > entries.len() {
        merged.sort_by_key(|e| e.first_line);
        merged
    } else {
        entries
    }
}

/// Words that open a title naming a career break, not a job ("Loopbaanonderbreking
/// (sabbatical: mantelzorg)", "Career break – travel", "Sabbatical"). Reviewed data.
const CAREER_BREAK_WORDS: [&str; 8] = [
    "loopbaanonderbreking",
    "carrièreonderbreking",
    "carriereonderbreking",
    "sabbatical",
    "career break",
    "ouderschapsverlof",
    "parental leave",
    "wereldreis",
];

/// Whether a title names a career break ([`CAREER_BREAK_WORDS`]).
fn is_career_break(role: &str) -> bool {
    let f = fold(role);
    CAREER_BREAK_WORDS.iter().any(|w| f.starts_with(w))
}

/// Whether a line names a membership ("Lid van de KBvG sinds 2016", "Member of the Institute
/// of Internal Auditors"): no job.
fn is_membership(text: &str) -> bool {
    let f = fold(text);
    f.starts_with("lid van ") || f.starts_with("member of ")
}

/// Whether a title says the work was unpaid: it opens with "Vrijwilliger"/"Volunteer", or
/// a bracket says "(vrijwillig)", "(onbetaald)", "(unpaid)". A "Vrijwilligerscoördinator" or
/// "Volunteer coordinator" is a paid title and stays.
fn is_unpaid_role(role: &str) -> bool {
    let f = fold(role);
    let first = crate::text::words(&f).next().unwrap_or("");
    let alone = crate::text::word_count(&f) == 1
        || !f
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.starts_with("coordinat") || w.starts_with("manager"));
    is_membership(role)
        || (matches!(first, "vrijwilliger" | "volunteer" | "vrijwillig") && alone)
        || [
            "(vrijwillig",
            "(onbetaald",
            "(unpaid",
            "(volunteer",
            "(pro deo",
        ]
        .iter()
        .any(|w| f.contains(w))
}

/// Words of a remark that says an entry was unpaid ("(afstudeerstage, onbezoldigd)",
/// "(onbetaald)", "(unpaid internship)"). Reviewed data, lower-case ASCII.
const UNPAID_WORDS: [&str; 6] = [
    "onbezoldigd",
    "onbetaald",
    "unpaid",
    "zonder vergoeding",
    "non-paid",
    "pro deo",
];

/// Whether an entry's header (its lines up to and with its period) says in a bracketed
/// remark that the work was unpaid: "STAGIAIR WATERBEHEER" / "…" / "02/2016 – 06/2016
/// (afstudeerstage, onbezoldigd)". ASSESSOR counts paid work; an internship kept under the
/// career without such a remark stays a job, as the truth files keep it.
fn unpaid_in_header(text: &str) -> bool {
    // Most entries have no such remark: the period line is looked for only when one is there.
    // The words are ASCII: the remarks are lowercased, not folded. A header is at most three
    // lines and the period line.
    let remark_at = text.lines().take(4).position(|line| {
        line.split('(').skip(1).any(|r| {
            let remark = r.split(')').next().unwrap_or(r).to_ascii_lowercase();
            UNPAID_WORDS.iter().any(|w| remark.contains(w))
        })
    });
    let Some(at) = remark_at else {
        return false;
    };
    let period_at = text
        .lines()
        .take(4)
        .position(|line| line.bytes().any(|b| b.is_ascii_digit()) && find_period(line).is_some());
    period_at.is_none_or(|p| at <= p)
}

/// Language names as CVs write them, Dutch and English. Reviewed data.
const LANGUAGE_WORDS: [&str; 30] = [
    "nederlands",
    "engels",
    "duits",
    "frans",
    "spaans",
    "italiaans",
    "portugees",
    "pools",
    "turks",
    "arabisch",
    "fries",
    "papiaments",
    "russisch",
    "chinees",
    "oekraiens",
    "dutch",
    "english",
    "german",
    "french",
    "spanish",
    "italian",
    "portuguese",
    "polish",
    "turkish",
    "arabic",
    "frisian",
    "russian",
    "chinese",
    "moedertaal",
    "native",
];

/// Words that give a level of a language ("Twi (conversational)", "Pools – redelijk").
const LANGUAGE_LEVEL_WORDS: [&str; 16] = [
    "conversational",
    "fluent",
    "vloeiend",
    "goed",
    "basis",
    "basic",
    "professional",
    "redelijk",
    "uitstekend",
    "elementary",
    "intermediate",
    "advanced",
    "spreken",
    "lezen",
    "schrijven",
    "mother tongue",
];

/// Whether a fragment of a languages section names a language or a level (CEFR A1–C2);
/// "Beschikbaarheid: 32 uur" under it belongs to no language.
fn is_language(s: &str) -> bool {
    let f = fold(s);
    let cefr = f
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "a1" | "a2" | "b1" | "b2" | "c1" | "c2"));
    let level =
        crate::text::word_count(&f) <= 4 && LANGUAGE_LEVEL_WORDS.iter().any(|w| f.contains(w));
    !f.is_empty()
        && f.len() <= 80
        && (cefr || level || LANGUAGE_WORDS.iter().any(|w| f.contains(w)))
}

/// "Pagina 2 van 4" → 4.
fn page_count(lines: &[String]) -> Option<u32> {
    lines
        .iter()
        .filter(|l| is_page_footer(l))
        .filter_map(|l| {
            let f = fold(l);
            let words: Vec<&str> = f.split_whitespace().collect();
            match words.as_slice() {
                [_, _, "van" | "of", n] => n.parse().ok(),
                _ => None,
            }
        })
        .max()
}

/// "nl" or "en" by common words.
fn language(text: &str) -> &'static str {
    // The first pages tell the language as well as the whole CV.
    let f = fold(truncate_at_char(text, 8 * 1024));
    // Both languages' words counted in one pass over the words: runs of letters, ASCII
    // tested by byte. Every word counted has at most four letters.
    let (mut nl, mut en) = (0, 0);
    let mut count = |w: &str| {
        if w.len() > 4 {
            return;
        }
        match w {
            "de" | "het" | "een" | "en" | "van" | "ik" | "met" | "voor" | "bij" | "op" => nl += 1,
            "the" | "and" | "of" | "with" | "for" | "at" | "my" | "in" | "to" | "i" => en += 1,
            _ => {}
        }
    };
    let b = f.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i < b.len() {
        let (letter, n) = if b[i].is_ascii() {
            (b[i].is_ascii_alphabetic(), 1)
        } else {
            let c = f[i..].chars().next().unwrap_or(' ');
            (c.is_alphabetic(), c.len_utf8())
        };
        if letter {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            count(&f[s..i]);
        }
        i += n;
    }
    if let Some(s) = start {
        count(&f[s..]);
    }
    if en > nl {
        "en"
    } else {
        "nl"
    }
}

fn references(sections: &[(usize, Vec<NumberedLine<'_>>)]) -> References {
    let mut r = References::default();
    for (_, lines) in sections {
        for l in lines {
            let f = fold(l.text);
            let on_request = f.contains("op aanvraag")
                || f.contains("on request")
                || f.contains("upon request")
                || f.contains("op verzoek");
            if on_request {
                r.on_request = true;
                // "Contactgegevens op aanvraag" after named persons keeps them named.
                if f.starts_with("referenties")
                    || f.starts_with("references")
                    || f.starts_with("op ")
                    || f.starts_with("available")
                    || crate::text::word_count(&f) <= 4
                {
                    continue;
                }
            }
            let t = l
                .text
                .trim()
                .trim_start_matches(['-', '•', '–', '*'])
                .trim();
            if t.len() >= 5 && t.chars().next().is_some_and(|c| c.is_uppercase()) {
                r.named.push(Stated {
                    value: t.to_string(),
                    line: l.no,
                    text: l.text.trim().to_string(),
                });
            }
        }
    }
    // Named persons outweigh a closing "op aanvraag" about their contact details.
    if !r.named.is_empty() {
        r.on_request = false;
    }
    r
}

fn motivation(sections: &[(usize, Vec<NumberedLine<'_>>)]) -> Option<Motivation> {
    let (end, lines) = sections.first()?;
    let first = lines.first()?;
    let text = lines
        .iter()
        .map(|l| l.text.trim())
        .collect::<Vec<_>>()
        .join(" ");
    let f = fold(&text);
    let words: Vec<&str> = f
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let first_person = words
        .iter()
        .filter(|w| matches!(**w, "ik" | "mij" | "mijn" | "me" | "i" | "my" | "myself"))
        .count();
    let third_person = words
        .iter()
        .filter(|w| {
            matches!(
                **w,
                "hij" | "zij" | "zijn" | "haar" | "he" | "she" | "his" | "her"
            )
        })
        .count();
    Some(Motivation {
        first_line: first.no.saturating_sub(1).max(1),
        last_line: lines.last().map_or(*end, |l| l.no),
        first_person: first_person > third_person && first_person > 0,
        text,
    })
}

/// Whether a line names availability or a rate: it gives terms wherever it stands (a
/// nevenfunctie says its hours, never "beschikbaar" or a rate).
fn names_terms(line: &str) -> bool {
    let f = fold(line);
    ["beschikbaar", "availab", "tarief", "rate", "€"]
        .iter()
        .any(|w| f.contains(w))
}

/// Words that open a motivation written as a paragraph rather than under a heading of its
/// own ("Waarom deze opdracht? Ik heb …", "Motivatie voor de opdracht Adviseur …", "Why this
/// assignment: …"), also above a pasted LinkedIn export. Reviewed data.
const MOTIVATION_OPENERS: [&str; 12] = [
    "motivatie",
    "mijn motivatie",
    "waarom deze opdracht",
    "waarom deze rol",
    "waarom deze functie",
    "waarom ik ",
    "waarom mij",
    "motivation",
    "my motivation",
    "why this assignment",
    "why this role",
    "why me",
];

/// The first paragraph that opens with a motivation word (see [`MOTIVATION_OPENERS`]), as
/// a motivation section: its lines up to the next blank line. An opener alone on its line
/// (a heading the reader did not know) takes the paragraph under it.
/// `folded` is the CV's folded lines (line `n` is `folded[n - 1]`).
fn motivation_paragraph<'a>(
    numbered: &[NumberedLine<'a>],
    folded: &[String],
) -> Vec<(usize, Vec<NumberedLine<'a>>)> {
    let Some(start) = numbered.iter().position(|l| {
        let f = folded.get(l.no - 1).map_or("", |f| f.trim_start());
        MOTIVATION_OPENERS.iter().any(|w| f.starts_with(w))
    }) else {
        return Vec::new();
    };
    let paragraph = |from: usize| {
        let mut to = from;
        while to + 1 < numbered.len() && numbered[to + 1].no == numbered[to].no + 1 {
            to += 1;
        }
        to
    };
    let mut end = paragraph(start);
    if end == start
        && crate::text::word_count(numbered[start].text) <= 10
        && start + 1 < numbered.len()
    {
        end = paragraph(start + 1);
    }
    let lines = numbered[start..=end].to_vec();
    if lines.len() < 2 && crate::text::word_count(lines[0].text) < 12 {
        return Vec::new();
    }
    vec![(numbered[end].no, lines)]
}

/// The first header line that reads as a person's name, or a "Naam:" label.
fn name(header: &[NumberedLine<'_>], all: &[NumberedLine<'_>]) -> Option<String> {
    for l in all.iter().take(15) {
        let f = fold(l.text);
        if let Some(rest) = f.strip_prefix("naam").or_else(|| f.strip_prefix("name")) {
            let rest = rest.trim_start_matches([':', '\t', ' ']);
            if !rest.is_empty() {
                let offset = l.text.len() - rest.len();
                let value = l
                    .text
                    .get(offset..)
                    .unwrap_or(rest)
                    .split('\t')
                    .find(|s| !s.trim().is_empty())
                    .unwrap_or("")
                    .trim();
                if !value.is_empty() {
                    return Some(value.to_string());
                }
            }
        }
    }
    header.iter().take(3).find_map(|l| {
        let t = l.text.trim();
        let words: Vec<&str> = t.split_whitespace().collect();
        let plausible = (2..=6).contains(&words.len())
            && t.len() <= 60
            && !t
                .chars()
                .any(|c| c.is_ascii_digit() || c == '@' || c == '|' || c == ':' || c == '\t')
            && words
                .iter()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .count()
                >= 2
            && !contains_word(&fold(t), "curriculum");
        plausible.then(|| t.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_binary_and_huge_input() {
        assert_eq!(read_cv("").1, vec![Warning::EmptyInput]);
        assert_eq!(read_cv("\u{0}\u{1}\u{2}PK").1, vec![Warning::NotText]);
        let huge = "Adviseur Gemeente Utrecht 2019 – heden\n".repeat(20_000);
        let (_, w) = read_cv(&huge);
        assert!(w.contains(&Warning::TooLong { limit_kb: 256 }));
    }

    #[test]
    fn cv_without_headings_still_yields_entries() {
        let (cv, w) = read_cv("Jan Jansen\nBeleidsadviseur, Gemeente Utrecht, 2019 – heden\nHBO Bestuurskunde, Hogeschool Utrecht, 2010 – 2014, diploma behaald\n");
        assert_eq!(cv.name.as_deref(), Some("Jan Jansen"));
        assert_eq!(cv.experience.len(), 1);
        assert_eq!(cv.education.len(), 1);
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn languages_section_keeps_languages_only() {
        let (cv, _) = read_cv("TALEN\nNederlands moedertaal, Engels B2 (lezen C1), Twi (conversational)\nBeschikbaarheid: vanaf 1 januari 2027 voor 36 uur per week.\nTarief: € 112,- per uur excl. btw.\n");
        assert_eq!(
            cv.languages,
            [
                "Nederlands moedertaal",
                "Engels B2 (lezen C1)",
                "Twi (conversational)"
            ]
        );
        assert_eq!(cv.terms.hours_per_week.map(|h| h.value.max), Some(36));
    }

    #[test]
    fn sidebar_blocks_between_jobs_keep_the_jobs_headers() {
        // A two-column PDF copied in reading order: languages and certificates interleaved.
        let text = "WERKERVARING\nAdviseur klimaat\nGemeente Breda\nmrt 2021 – heden\n• Klimaatplan.\nTALEN\nEngels – goed\nAdviseur duurzaamheid\nTwynstra Gudde B.V.\njan 2017 – feb 2021\nCERTIFICATEN\nBREEAM Expert, 2018 – geldig t/m 2026\nProjectleider installaties\nKuijpers B.V., Helmond\njun 2013 – dec 2016\n• Werkvoorbereiding.\nOPLEIDING\nHBO Werktuigbouwkunde, Fontys, 2009 – 2013\n";
        let (cv, _) = read_cv(text);
        let jobs: Vec<(Option<&str>, Option<&str>)> = cv
            .experience
            .iter()
            .map(|e| (e.role.as_deref(), e.organisation.as_deref()))
            .collect();
        assert_eq!(
            jobs,
            [
                (Some("Adviseur klimaat"), Some("Gemeente Breda")),
                (Some("Adviseur duurzaamheid"), Some("Twynstra Gudde B.V.")),
                (
                    Some("Projectleider installaties"),
                    Some("Kuijpers B.V., Helmond")
                ),
            ]
        );
        // A certificate's own dated line under its heading stays a certificate.
        let (cv, _) = read_cv("WERKERVARING\nAdviseur, UWV, 2019 – heden\nCERTIFICATEN\nPRINCE2 Foundation\n2018 – 2023\n");
        assert_eq!(cv.experience.len(), 1, "{:?}", cv.experience);
    }

    #[test]
    fn a_job_s_own_list_label_keeps_the_section() {
        let text = "Werkervaring\nOnderzoeker, RIVM, 2015 – 2020\nPublications:\n- Risk maps (2018)\nAchievements:\n- Leidde het QRA-team\nAdviseur, Gemeente Ede, 2012 – 2015\n\nPublications\nMulder, F. (2019). Risico's. Tijdschrift, 3, 1-9.\n";
        let (cv, _) = read_cv(text);
        assert_eq!(cv.experience.len(), 2, "{:?}", cv.experience);
        assert!(cv
            .sections
            .iter()
            .any(|s| s.kind == CvSectionKind::Other && s.heading == "Publications"));
    }

    /// The jobs read from a CV: (role, employer, start year, start month, open end).
    fn jobs_of(text: &str) -> Vec<(String, String, i32, Option<u32>, bool)> {
        read_cv(text)
            .0
            .experience
            .iter()
            .map(|e| {
                let p = e.period.clone().expect("a job has a period");
                (
                    e.role.clone().unwrap_or_default(),
                    e.organisation.clone().unwrap_or_default(),
                    p.start.year,
                    p.start.month,
                    p.end.is_none(),
                )
            })
            .collect()
    }

    #[test]
    fn form_blocks_with_labels_above_their_values_are_jobs() {
        // The family: broker web forms paste each field's label on a line of its own.
        let blocks = [
            "Functie:\nAdviseur\nWerkgever:\nGemeente Ede\nVan:\n03-2022\nTot:\nheden\n",
            "Rol:\nAdviseur\nOpdrachtgever:\nGemeente Ede\nPeriode:\n03-2022 – heden\n",
            "Functietitel:\nAdviseur\nOrganisatie:\nGemeente Ede\nDatum van:\n03-2022\nDatum tot:\nheden\n",
            "Position:\nAdviseur\nEmployer:\nGemeente Ede\nFrom:\nMarch 2022\nTo:\npresent\n",
            "Functie :\nAdviseur\nWerkgever :\nGemeente Ede\nStartdatum:\n01-03-2022\nEinddatum:\nheden\n",
            "Job title:\nAdviseur\nCompany:\nGemeente Ede\nStart date:\nMarch 2022\nEnd date:\nCurrent\n",
            "Werkgever:\nGemeente Ede\nFunctie:\nAdviseur\nVan:\nmaart 2022\nTot:\nheden\n",
            "Functie:\nAdviseur\nWerkgever:\nGemeente Ede\nPeriode:\nmaart 2022 t/m heden\nWerkzaamheden:\nAdvies aan het college.\n",
            "Functie: Adviseur\nWerkgever: Gemeente Ede\nVan: 03-2022\nTot: heden\n",
            "Rol:\nAdviseur\nKlant:\nGemeente Ede\nVan:\n2022-03\nTot:\nnu\n",
            "Functie of bekleed ambt:\nAdviseur\nNaam en adres van de werkgever:\nGemeente Ede\nDatum van:\n03-2022\nDatum tot:\nheden\n",
        ];
        for block in blocks {
            for text in [
                format!("Werkervaring\n{block}"),
                // A form that numbers its blocks: "Werkervaring 1", "Werkervaring 2".
                format!("Profiel\nErvaren adviseur.\n\nWerkervaring 1\n{block}\nWerkervaring 2\nFunctie:\nJurist\nWerkgever:\nUWV\nVan:\n01-2018\nTot:\n02-2022\n"),
            ] {
                let jobs = jobs_of(&text);
                assert_eq!(
                    jobs.first(),
                    Some(&("Adviseur".into(), "Gemeente Ede".into(), 2022, Some(3), true)),
                    "{text}"
                );
                let expected = if text.contains("Jurist") { 2 } else { 1 };
                assert_eq!(jobs.len(), expected, "{text}");
            }
        }
        // A label with no value under it, or a description label, joins nothing.
        let mut lines: Vec<String> = ["Functie:", "", "Werkzaamheden:", "Advies."]
            .map(String::from)
            .to_vec();
        join_form_labels(&mut lines);
        assert_eq!(lines, ["Functie:", "", "Werkzaamheden:", "Advies."]);
    }

    #[test]
    fn an_entry_its_header_calls_unpaid_is_no_job() {
        // The family: the remark on the title or period line says the work was not paid.
        for header in [
            "STAGIAIR WATERBEHEER\nHoogheemraadschap van Rijnland, Leiden\n02/2016 – 06/2016 (afstudeerstage, onbezoldigd)",
            "Stagiair beleid (onbetaald)\nGemeente Leiden\n02/2016 – 06/2016",
            "Policy intern – Ministry of Finance (unpaid)\nFeb 2016 – Jun 2016",
            "Onderzoeksstagiair, RIVM, 2016 (zonder vergoeding)",
            "Juridisch medewerker (pro deo), Stichting Rechtshulp\n2015 – 2016",
        ] {
            let text = format!("Werkervaring\nAdviseur\nGemeente Ede\n2018 – heden\n\n{header}\n");
            let jobs = jobs_of(&text);
            assert_eq!(jobs.len(), 1, "{text}");
        }
        // An unpaid remark in the description below the period is about something else.
        let text = "Werkervaring\nAdviseur\nGemeente Ede\n2018 – heden\nBegeleiding van vrijwilligers (onbetaald werk).\n";
        assert_eq!(jobs_of(text).len(), 1);
        // An internship kept under the career without such a remark stays a job (the truth
        // files keep "Afstudeerstage … – Gemeente …" and "(internship)" as jobs).
        let text = "Werkervaring\nAfstudeerstage ruimtelijke ordening – Gemeente Heerhugowaard\nfeb. '13 t/m juni '13\n";
        assert_eq!(jobs_of(text).len(), 1);
    }

    #[test]
    fn a_form_s_start_and_end_fields_are_joined() {
        let mut lines: Vec<String> = [
            "Functie: Inkoper",
            "Van: 04-2021",
            "Tot: heden",
            "",
            "Startdatum: 01-02-2013",
            "Einddatum: 31-08-2016",
            "",
            "Start date: March 2015",
            "End date: June 2019",
        ]
        .map(String::from)
        .to_vec();
        join_split_periods(&mut lines);
        assert_eq!(lines[1], "Van: 04-2021 tot heden");
        assert_eq!(lines[2], "");
        for k in [4, 7] {
            let (p, _) = find_period(&lines[k]).unwrap_or_else(|| panic!("{}", lines[k]));
            assert!(p.end.is_some(), "{}", lines[k]);
            assert!(starts_entry(&lines[k]), "{}", lines[k]);
        }
    }

    #[test]
    fn periods_wrapped_between_month_and_year_are_joined() {
        let mut lines: Vec<String> = [
            "Beleidsmedewerker financiën, Provincie Gelderland, feb 2014 – aug",
            "2018",
            "Projectleider, UWV, March 2019 to September",
            "2021",
            "Adviseur (sinds mei",
            "2020 bij de gemeente)",
            "Ik werk sinds mei",
            "graag met cijfers.",
        ]
        .map(String::from)
        .to_vec();
        join_split_periods(&mut lines);
        assert_eq!(
            lines[..4],
            [
                "Beleidsmedewerker financiën, Provincie Gelderland, feb 2014 – aug 2018",
                "",
                "Projectleider, UWV, March 2019 to September 2021",
                "",
            ]
        );
        // No period that starts on the first line: nothing joined.
        assert_eq!(
            lines[4..],
            [
                "Adviseur (sinds mei",
                "2020 bij de gemeente)",
                "Ik werk sinds mei",
                "graag met cijfers."
            ]
        );
    }

    #[test]
    fn periods_wrapped_before_a_part_of_a_year_are_joined() {
        for (a, b) in [
            ("voorjaar 2016 –", "medio 2018"),
            ("2019 –", "eind 2021"),
            ("begin 2015 –", "zomer 2017"),
            ("Q3 2020 –", "Q1 2022"),
            ("najaar 2012 -", "begin 2014"),
        ] {
            let mut lines = vec![a.to_string(), b.to_string(), "Adviseur".to_string()];
            join_split_periods(&mut lines);
            let joined = format!("{a} {b}");
            assert!(lines.contains(&joined), "{a} / {b}: {lines:?}");
            let (p, _) = find_period(&joined).unwrap_or_else(|| panic!("{joined}"));
            assert!(p.end.is_some(), "{joined}");
        }
        // Beside the title in a column of its own, the end joins the period's cell.
        let mut lines = vec![
            "voorjaar 2016 –       ANIOS psychiatrie, GGZ Kustland".to_string(),
            "medio 2018".to_string(),
        ];
        join_split_periods(&mut lines);
        assert_eq!(
            lines,
            [
                "voorjaar 2016 – medio 2018       ANIOS psychiatrie, GGZ Kustland",
                ""
            ]
        );
        // A part of a year inside a sentence on the next line is no end bound.
        let mut lines = vec!["2019 –".to_string(), "medio gesprekken gevoerd".to_string()];
        join_split_periods(&mut lines);
        assert_eq!(lines[1], "medio gesprekken gevoerd");
    }

    #[test]
    fn a_label_inside_a_job_keeps_the_job_s_lines() {
        for label in ["Projecten:", "Opdrachten:", "Projects:"] {
            let (cv, _) = read_cv(&format!("WERKERVARING\n\nProjectleider huisvesting\nStichting Onderwijs Rijnstreek\nvanaf september 2019\n{label}\n- Nieuwbouw IKC De Regenboog (2020 – 2023) volgens Frisse Scholen.\n\nProjectleider vastgoed\nGemeente Oegstgeest\nmaart 2016 – augustus 2019\n"));
            assert_eq!(cv.experience.len(), 2, "{label}");
            assert!(
                cv.experience[0].text.contains("Frisse Scholen"),
                "{label}: {}",
                cv.experience[0].text
            );
        }
    }

    #[test]
    fn sentences_and_a_short_list_in_one_section() {
        let (cv, _) = read_cv("Loopbaan\nSinds september 2025 werk ik als arts infectieziektebestrijding (interim) bij GGD\nHollands Midden in Leiden. Ik behandel meldingen van meldingsplichtige ziekten en leid het onderzoek.\n\nVan voorjaar 2021 tot februari 2024 was ik in dienst van GGD Rotterdam-Rijnmond als\narts infectieziektebestrijding, eerst in het corona-uitbraakteam voor de verpleeghuizen van de regio.\n\n2016 – 2018: AIOS Maatschappij en Gezondheid, GGD Gelderland-Zuid\n");
        let roles: Vec<_> = cv
            .experience
            .iter()
            .map(|e| (e.role.as_deref(), e.organisation.as_deref()))
            .collect();
        assert_eq!(cv.experience.len(), 3, "{roles:?}");
        assert!(
            roles.contains(&(
                Some("arts infectieziektebestrijding"),
                Some("GGD Rotterdam-Rijnmond")
            )),
            "{roles:?}"
        );
        // A summary sentence over listed jobs is no job of its own.
        let (cv, _) = read_cv("Wie ik ben\nIk werk sinds 2017 als beleidsadviseur bij gemeenten aan klimaat en energie, eerst in Zwolle en later in Venlo.\n\nWerkervaring\nBeleidsadviseur energietransitie, Gemeente Venlo\n2021 – heden\nAdviseur klimaatadaptatie, Gemeente Zwolle\n2017 – 2020\n");
        assert_eq!(cv.experience.len(), 2, "{:?}", cv.experience);
    }

    #[test]
    fn memberships_and_education_internships_are_no_jobs() {
        // The family: a membership "Lid van …", "Member of …" with its years.
        for line in [
            "Lid van de Vereniging van Juristen, sinds 2016",
            "Lid van de KBvG (2016 – heden)",
            "Member of the Institute of Internal Auditors, 2015 – present",
        ] {
            let (cv, _) = read_cv(&format!(
                "Werkervaring\n\nAdviseur, Gemeente Breda\n2019 – heden\n\n{line}\n"
            ));
            assert_eq!(cv.experience.len(), 1, "{line}");
        }
        // An internship under an education heading, in any heading style, is education.
        for heading in [
            "=== OPLEIDING ===",
            "ONDERWIJS EN OPLEIDING",
            "## Education",
        ] {
            let (cv, _) = read_cv(&format!(
                "Werkervaring\n\nAdviseur, Gemeente Breda\n2019 – heden\n\n{heading}\n\n2012 – 2016  Bachelor Bestuurskunde, Hogeschool Utrecht\nAfstudeerstage bij de gemeente Rhenen (02/2016 – 06/2016)\n"
            ));
            assert_eq!(cv.experience.len(), 1, "{heading}");
            assert!(!cv.education.is_empty(), "{heading}");
        }
    }

    #[test]
    fn entries_under_an_internship_heading_are_no_jobs() {
        // The family: internships and theses listed apart from the career, in the layouts
        // the career uses (one line with bars, title over employer, LinkedIn-like).
        for (heading, entries) in [
            ("STAGES EN AFSTUDEREN", "feb 2024 – jul 2024 | Provincie Utrecht, team Bodem | Afstudeerstage\n- Onderzoek naar PFAS in baggerspecie.\nsep 2022 – jan 2023 | Waterschap Rivierenland | Stage (minor)\n"),
            ("Stages", "Meewerkstage\nGemeente Zeist, afdeling Vergunningen\n02/2021 – 06/2021\n"),
            ("Internships", "Policy intern, Ministry of Finance, Feb 2020 – Jun 2020\nResearch intern, CPB, Sep 2019 – Jan 2020\n"),
            ("Scriptie en stage", "2018 – 2019  Afstudeeronderzoek bij Rijkswaterstaat: \"Dijkversterking en natuur\"\n"),
        ] {
            let (cv, _) = read_cv(&format!(
                "Werkervaring\n\nAdviseur bodem, Gemeente Houten\n2024 – heden\n\nMedewerker klantenservice (bijbaan), Eneco, 2019 – 2023\n\n{heading}\n\n{entries}\nOpleiding\n\n2019 – 2024  MSc Earth Sciences, Universiteit Utrecht\n"
            ));
            let titles: Vec<_> = cv.experience.iter().map(|e| e.role.as_deref()).collect();
            // The paid bijbaan stays a job.
            assert_eq!(cv.experience.len(), 2, "{heading}: {titles:?}");
            assert!(!cv.side_activities.is_empty(), "{heading}");
            assert!(!cv.education.is_empty(), "{heading}");
        }
    }

    #[test]
    fn a_motivation_paragraph_anywhere() {
        // The family: an opener word starting a paragraph or standing above it, in Dutch and
        // English, also above a pasted LinkedIn export.
        for text in [
            "Jan Smit\n\nOver mij\nWaarom deze opdracht? Ik ken de regio en wil graag bijdragen aan\nhet programma.\n\nWerkervaring\nAdviseur, Gemeente Ede, 2019 – heden\n",
            "Motivatie voor de opdracht Adviseur water\nIk wil graag bijdragen aan de aanpak van wateroverlast in de regio.\n\nContact\nwww.linkedin.com/in/jan\nExperience\nGemeente Ede\nAdviseur\nJanuary 2019 - Present\n",
            "Why this assignment\n\nI know the region well and I would like to help the programme.\n\nExperience\nAdviser, Municipality of Ede, 2019 – present\n",
            "Profiel\nErvaren adviseur.\n\nMijn motivatie: ik wil graag het team versterken en mijn kennis van de\nOmgevingswet inzetten.\n",
        ] {
            let (cv, _) = read_cv(text);
            let m = cv.motivation.unwrap_or_else(|| panic!("no motivation: {text}"));
            assert!(m.first_person, "{text}");
        }
        // A profile without an opener gives none.
        let (cv, _) = read_cv("Profiel\nIk ben een ervaren adviseur.\n\nWerkervaring\nAdviseur, Gemeente Ede, 2019 – heden\n");
        assert!(cv.motivation.is_none());
    }

    #[test]
    fn terms_come_from_the_availability_block_not_a_side_function() {
        // The family: a side function or volunteer work that states its own hours or start
        // above the availability block.
        for side in [
            "Nevenactiviteiten\nSinds 2020\tVrijwillig thuisadministrateur bij Humanitas (ca. 2 uur per week)\n",
            "Nevenfuncties\nPenningmeester Stichting Dorpshuis (4 uur per week), sinds 2019\n",
            "Vrijwilligerswerk\n2018 – heden  Taalmaatje, VluchtelingenWerk (3 uur p.w.)\n",
        ] {
            let (cv, _) = read_cv(&format!(
                "Werkervaring\nAdviseur, Gemeente Ede, 2019 – heden\n\n{side}\nBeschikbaarheid\nPer 1 maart 2027, 32 uur per week (ma t/m do).\n"
            ));
            let h = cv.terms.hours_per_week.as_ref().map(|h| h.value.max);
            assert_eq!(h, Some(32), "{side}");
        }
        // A study "gestart september 2026" gives no start date.
        let (cv, _) = read_cv("Opleiding\nOpleiding Belastingdeurwaarder\ngestart september 2026 – afronding verwacht maart 2027\n\nBeschikbaar vanaf 1 maart 2027, 32 uur per week.\n");
        let from = cv.terms.available_from.and_then(|s| s.value);
        assert_eq!(from.map(|d| (d.year, d.month)), Some((2027, 3)));
    }

    #[test]
    fn volunteer_work_outside_its_own_section_is_no_job() {
        for role in [
            "Vrijwilliger taalmaatje bij VluchtelingenWerk Eindhoven",
            "Volunteer at the Food Bank Utrecht",
            "Bestuurslid (vrijwillig), Stichting Oud Goirle",
            "Penningmeester (onbetaald) – Voetbalvereniging DOS",
            "Mentor (unpaid), Refugee Start Force",
        ] {
            let (cv, _) = read_cv(&format!(
                "Werkervaring\n\nAdviseur, Gemeente Breda\n2019 – heden\n\nOverig\n{role}, 2019 – 2022\n"
            ));
            assert_eq!(cv.experience.len(), 1, "{role}");
            assert_eq!(cv.side_activities.len(), 1, "{role}");
        }
        for paid in [
            "Vrijwilligerscoördinator, Humanitas Breda",
            "Volunteer coordinator, Red Cross",
        ] {
            let (cv, _) = read_cv(&format!("Werkervaring\n\n{paid}\n2019 – heden\n"));
            assert_eq!(cv.experience.len(), 1, "{paid}");
        }
    }

    #[test]
    fn wrapped_periods_are_joined_next_to_their_entry() {
        let mut lines: Vec<String> = [
            "Adviseur, Gemeente Renkum, okt 2010",
            "– jan 2014",
            "",
            "04/2023 –",
            "heden",
            "",
            "2019 – 2021 Adviseur",
        ]
        .map(String::from)
        .to_vec();
        join_split_periods(&mut lines);
        assert_eq!(
            lines,
            [
                "Adviseur, Gemeente Renkum, okt 2010 – jan 2014",
                "",
                "",
                "04/2023 – heden",
                "",
                "",
                "2019 – 2021 Adviseur"
            ]
        );
        // Nothing above, the title below: the period goes on the second line, by the title.
        let (cv, _) = read_cv("Werkervaring\n\nmedio 2013\ntot augustus 2017\nVeldwerker bodem\nBodemzorg B.V., Houten\nMonsterneming.\n\n2011 – 2013\nStagiair\n");
        assert_eq!(cv.experience[0].role.as_deref(), Some("Veldwerker bodem"));
        assert_eq!(cv.experience[0].first_line, 4);
    }
}
