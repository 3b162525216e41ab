//! A job told twice: once in an overview (a table row or a short list, "Gemeente Amersfoort |
//! Beleidsadviseur | 01-2025 – heden") and again as the heading of its details ("Gemeente
//! Amersfoort (01-2025 – heden)" with bullets under it). Both name the same period and the one
//! names nothing the other does not: they are one job, kept where its details are, with the
//! fields the overview adds.

use super::Experience;
use crate::text::fold;

/// Merges each entry that repeats an earlier or later one (same period, no field that
/// differs) into the one with more lines. Entries keep their order.
pub fn merge_repeated(entries: &mut Vec<Experience>) {
    if entries.len() < 2 {
        return;
    }
    let mut k = 0;
    while k < entries.len() {
        let twin = (0..entries.len()).find(|&j| j != k && same_job(&entries[j], &entries[k]));
        match twin {
            // The entry with fewer lines goes; the other takes the fields it lacks.
            Some(j)
                if lines(&entries[k]) < lines(&entries[j])
                    || (lines(&entries[k]) == lines(&entries[j]) && k < j) =>
            {
                let gone = entries.remove(k);
                let j = if j > k { j - 1 } else { j };
                let kept = &mut entries[j];
                if kept.role.is_none() {
                    kept.role = gone.role;
                }
                if kept.organisation.is_none() {
                    kept.organisation = gone.organisation;
                }
            }
            _ => k += 1,
        }
    }
}

fn lines(e: &Experience) -> usize {
    e.last_line.saturating_sub(e.first_line)
}

/// Same period, and each field that both name is the same (one may add words in brackets or
/// after a comma: "Stichting X (schoolbestuur)"); at least one field named by both, or one
/// entry naming only what the other names.
fn same_job(a: &Experience, b: &Experience) -> bool {
    let (Some(pa), Some(pb)) = (&a.period, &b.period) else {
        return false;
    };
    if pa.start != pb.start || pa.end != pb.end {
        return false;
    }
    let names = |e: &Experience| -> Vec<String> {
        e.role
            .iter()
            .chain(e.organisation.iter())
            .map(|s| fold(s))
            .collect()
    };
    let (na, nb) = (names(a), names(b));
    if na.is_empty() || nb.is_empty() {
        return false;
    }
    // Every name of the entry with fewer names is one of the other's.
    let (few, many) = if na.len() <= nb.len() {
        (&na, &nb)
    } else {
        (&nb, &na)
    };
    few.iter().all(|f| many.iter().any(|m| same_name(f, m)))
}

/// "gemeente amersfoort" and "gemeente amersfoort (po en vo)" name the same.
fn same_name(a: &str, b: &str) -> bool {
    let core = |s: &str| s.split(['(', ',']).next().unwrap_or("").trim().to_string();
    let (a, b) = (core(a), core(b));
    !a.is_empty() && a == b
}

#[cfg(test)]
mod tests {
    use crate::cv::read_cv;

    fn jobs(text: &str) -> Vec<(Option<String>, Option<String>, usize)> {
        let (cv, _) = read_cv(text);
        cv.experience
            .into_iter()
            .map(|e| (e.role, e.organisation, e.first_line))
            .collect()
    }

    #[test]
    fn overview_then_details_is_one_job_each() {
        // The family: an overview table or list, then each job again as the heading of its
        // details, with the period in brackets, after a bar, or on its own line.
        let table = "OPDRACHTEN\n\nOpdrachtgever        | Rol                      | Periode\n\
                     Gemeente Amersfoort  | Beleidsadviseur huisvesting | 01-2025 – heden\n\
                     Gemeente Nieuwegein  | Projectleider IHP        | 09-2023 – 12-2024\n\n\
                     Gemeente Amersfoort (01-2025 – heden)\n- Actualisatie van het IHP.\n- OOGO voorbereid.\n\n\
                     Gemeente Nieuwegein (09-2023 – 12-2024)\n- IHP opgesteld.\n- Verordening herzien.\n";
        let got = jobs(table);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got
            .iter()
            .all(|(r, o, line)| r.is_some() && o.is_some() && *line >= 7));

        let list =
            "WERKERVARING\nAdviseur, UWV, 2019 – 2021\nJurist, Gemeente Ede, 2015 – 2019\n\n\
                    UWV | 2019 – 2021\n- Bezwaren behandeld.\n- Beleid geschreven.\n";
        let got = jobs(list);
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn two_jobs_in_the_same_period_stay_two() {
        // Two part-time jobs at once: same period, other names.
        let text = "WERKERVARING\nAdviseur, UWV, 2019 – 2021\n- Bezwaren.\nDocent, Hogeschool Utrecht, 2019 – 2021\n- Lessen.\n";
        assert_eq!(jobs(text).len(), 2);
    }
}
