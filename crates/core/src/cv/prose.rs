//! Work experience told in sentences ("Van januari 2017 tot en met de zomer van 2020 was ik
//! communicatieadviseur bij woningcorporatie Vivare."), as some CVs and profiles are written.
//! Each sentence with a period and a role becomes an entry; a start told alone ("begon ik in
//! september 2008 als …") ends where a later sentence of its paragraph closes it ("In
//! december 2016 sloot ik die periode af"). Used when a section reads as prose and these
//! sentences give more jobs than the entry reader.

use super::experience::{role_like, NumberedLine};
use super::period::{find_bound, find_periods, Bound, Period, Precision};
use super::Experience;
use crate::text::fold;

/// Whether lines read as running prose: most of their words stand in long lines (ten words
/// or more), not in bullets or short header lines.
pub fn looks_like_prose(lines: &[NumberedLine<'_>]) -> bool {
    if lines.len() < 2 {
        return false;
    }
    // One count of words per line serves both sums.
    let (mut all, mut in_long) = (0, 0);
    for l in lines {
        let n = crate::text::word_count(l.text);
        all += n;
        if n >= 10 {
            in_long += n;
        }
    }
    in_long * 10 >= all * 7
}

/// Words before a role in a sentence, in order of preference ("als", "was ik"); only words
/// that name a role count ("ben ik beschikbaar" does not).
const ROLE_LEADS: [&str; 5] = [" als ", " as ", " was ik ", " ben ik ", " i am "];
/// Words before the employer, in order of preference: where one works, then through whom.
const ORG_LEADS: [&str; 8] = [
    " in dienst van ",
    " bij ",
    " at ",
    " via ",
    " door ",
    " for ",
    " voor ",
    " werkzaam voor ",
];
/// Words after which a role or employer phrase stops.
const STOPS: [&str; 23] = [
    " als ",
    " as ",
    " bij ",
    " at ",
    " via ",
    " door ",
    " voor ",
    " for ",
    " aan ",
    " in ",
    " en daar",
    " waar ",
    " met ",
    " onder ",
    " ingehuurd",
    " gedetacheerd",
    " sinds ",
    " van ",
    " ben ik",
    " was ik",
    " werk ik",
    " werkte ik",
    " had ik",
];
/// Verbs that close a job told earlier in the paragraph.
const END_WORDS: [&str; 6] = [
    "sloot ik",
    "vertrok ik",
    "stopte ik",
    "afgesloten",
    "left",
    "ging ik weg",
];
/// Verbs that open a job without an end in the same sentence.
const START_WORDS: [&str; 6] = [
    "begon ik",
    "startte ik",
    "trad ik in dienst",
    "kwam ik in dienst",
    "started",
    "joined",
];
/// Words that mark one's own business: a frame for the assignments told after it.
const OWN_BUSINESS: [&str; 5] = [
    "zelfstandig",
    "eigen bedrijf",
    "onder de naam",
    "freelance",
    "zzp",
];

/// The jobs told in `lines`, in the order told.
pub fn read_prose(lines: &[NumberedLine<'_>]) -> Vec<Experience> {
    let mut out: Vec<Experience> = Vec::new();
    for paragraph in paragraphs(lines) {
        let paragraph_start = out.len();
        let paragraph_end = paragraph.last().map_or(0, |l| l.0);
        let mut open_start: Option<usize> = None;
        // "Mijn eerste opdracht liep van oktober 2020 tot februari 2023: via X werkte ik als …"
        let mut carried: Option<(Period, usize)> = None;
        // A role told without its period: (role, employer, first line).
        let mut pending: Option<(String, Option<String>, usize)> = None;
        for (sentence, first, last) in sentences(&paragraph) {
            let normal = without_articles(&sentence);
            // The periods and the folded sentence are found only when they are asked: most
            // sentences name no role and close no job.
            let told_periods = || -> Vec<_> {
                find_periods(&normal)
                    .into_iter()
                    .filter(|(_, r)| told_as_time(&normal, r.start))
                    .collect()
            };
            let mut periods = None;
            let mut first = first;
            if let Some((p, from)) = carried.take() {
                let mut found = told_periods();
                if found.is_empty() {
                    found.push((p, 0..0));
                    first = from;
                }
                periods = Some(found);
            }
            // "In december 2016 sloot ik die periode af": the open job ends here.
            if let Some(k) = open_start {
                let f = fold(&normal);
                if END_WORDS.iter().any(|w| f.contains(w)) {
                    if let Some(end) = single_month(&f) {
                        if let Some(p) = out[k].period.as_mut() {
                            p.end = Some(end);
                            p.text = format!("{} – {}", p.text, month_text(&end));
                        }
                        out[k].last_line = last;
                        open_start = None;
                        continue;
                    }
                }
            }
            // The leads in order of preference: "als X" names the role most surely.
            let lowered = Lowered::new(&normal);
            let role = ROLE_LEADS
                .iter()
                .find_map(|lead| phrase_after(&lowered, &[lead]).filter(|r| role_like(r)));
            let Some(role) = role else {
                // A period here only dates a pending role or carries over a colon.
                if pending.is_none() && !normal.ends_with(':') {
                    continue;
                }
                let periods = periods.unwrap_or_else(told_periods);
                if let Some((p, _)) = periods.into_iter().next() {
                    if let Some((role, organisation, from)) = pending.take() {
                        // "Bij X ben ik adviseur. … Deze functie vervul ik sinds begin 2020."
                        out.push(Experience {
                            role: Some(role),
                            organisation,
                            period: Some(p),
                            first_line: from,
                            last_line: last,
                            text: sentence.clone(),
                            statements: Vec::new(),
                        });
                    } else if normal.ends_with(':') {
                        carried = Some((p, first));
                    }
                }
                continue;
            };
            let organisation = ORG_LEADS
                .iter()
                .find_map(|lead| phrase_after(&lowered, &[lead]));
            let f = fold(&normal);
            // "Naast mijn werk ben ik penningmeester van …": a side function, no job.
            if SIDE_FUNCTION.iter().any(|w| f.contains(w)) {
                continue;
            }
            let periods = periods.unwrap_or_else(told_periods);
            let period = match periods.into_iter().next() {
                Some((p, _)) => p,
                None if START_WORDS.iter().any(|w| f.contains(w)) => {
                    let Some(start) = single_month(&f) else {
                        continue;
                    };
                    open_start = Some(out.len());
                    Period {
                        start,
                        end: None,
                        text: month_text(&start),
                    }
                }
                None => {
                    // The period may follow in a later sentence of the paragraph.
                    if pending.is_none() {
                        pending = Some((role, organisation, first));
                    }
                    continue;
                }
            };
            if OWN_BUSINESS.iter().any(|w| f.contains(w)) && organisation.is_none() {
                // "Sinds 2020 werk ik als zelfstandig adviseur": the frame, not a job.
                continue;
            }
            // A start told alone stays open until a later sentence closes it; a sentence
            // with its own period does not.
            if open_start.is_some_and(|k| k != out.len()) {
                open_start = None;
            }
            out.push(Experience {
                role: Some(role),
                organisation,
                period: Some(period),
                first_line: first,
                last_line: last,
                text: sentence.clone(),
                statements: Vec::new(),
            });
        }
        // What a job's sentence is followed by in its paragraph, up to the next job, tells
        // about that job ("Ik schreef het participatieplan volgens de Omgevingswet").
        for k in paragraph_start..out.len() {
            let until = out
                .get(k + 1)
                .map_or(paragraph_end, |n| n.first_line.saturating_sub(1))
                .max(out[k].last_line);
            out[k].last_line = until;
            out[k].text = paragraph
                .iter()
                .filter(|(no, _)| (out[k].first_line..=until).contains(no))
                .map(|(_, t)| t.as_str())
                .collect::<Vec<_>>()
                .join("\n");
        }
    }
    // Unpaid work told as such is no job ("…; dat doe ik als vrijwilliger").
    out.retain(|e| {
        let f = fold(&e.text);
        !UNPAID.iter().any(|w| f.contains(w))
    });
    // Newest first, as CVs list them.
    out.sort_by_key(|e| {
        std::cmp::Reverse(
            e.period
                .as_ref()
                .map_or(0, |p| p.start.year * 12 + p.start.month.unwrap_or(1) as i32),
        )
    });
    out
}

/// Words that tell a side function or a post held beside one's work, in a sentence that
/// names a role ("Naast mijn werk ben ik penningmeester van …", "In mijn vrije tijd ben ik
/// voorzitter van de voetbalclub", "Besides my job I am treasurer of …"). Reviewed data.
const SIDE_FUNCTION: [&str; 14] = [
    "naast mijn werk",
    "naast mijn baan",
    "naast mijn functie",
    "naast mijn dagelijkse werk",
    "in mijn vrije tijd",
    "in mijn vrije uren",
    "nevenfunctie",
    "penningmeester",
    "bestuurslid",
    "besides my job",
    "besides my work",
    "alongside my work",
    "in my spare time",
    "in my free time",
];

/// The jobs told in sentences in the sections of a CV that has no dated entries ("Over mij",
/// "Profiel", the lines before any heading): the sections that read as prose, in order.
pub fn career_told(sections: &[&[NumberedLine<'_>]]) -> Vec<Experience> {
    sections
        .iter()
        .filter(|lines| looks_like_prose(lines))
        .flat_map(|lines| read_prose(lines))
        .collect()
}

/// Words that say work was unpaid.
const UNPAID: [&str; 5] = [
    "vrijwillig",
    "onbezoldigd",
    "onbetaald",
    "volunteer",
    "unpaid",
];

/// Words after which a period tells when something happened ("van 2014 tot 2016", "sinds
/// 2020", "(2016 – 2019)"); a period right after a noun names a thing ("omgevingsvisie
/// 2022–2040").
const TIME_LEADS: [&str; 14] = [
    "van", "vanaf", "sinds", "tussen", "in", "per", "tot", "from", "since", "between", "during",
    "tijdens", "periode", "begin",
];

fn told_as_time(sentence: &str, start: usize) -> bool {
    let before = sentence[..start].trim_end();
    let last = before.rsplit(' ').next().unwrap_or("").to_lowercase();
    // The period reader keeps a lead word in the period ("sinds begin 2020").
    let own = sentence[start..]
        .split(' ')
        .next()
        .unwrap_or("")
        .to_lowercase();
    before.is_empty()
        || TIME_LEADS.contains(&own.as_str())
        || before.ends_with(['(', ':', ',', ';'])
        || TIME_LEADS.contains(&last.as_str())
}

/// Consecutive lines without a blank line between them, joined, with the line number of each
/// character's line.
fn paragraphs(lines: &[NumberedLine<'_>]) -> Vec<Vec<(usize, String)>> {
    let mut out: Vec<Vec<(usize, String)>> = Vec::new();
    let mut prev: Option<usize> = None;
    for l in lines {
        if prev.is_none_or(|p| l.no > p + 1) {
            out.push(Vec::new());
        }
        if let Some(last) = out.last_mut() {
            last.push((l.no, l.text.trim().to_string()));
        }
        prev = Some(l.no);
    }
    out
}

/// The paragraph's sentences with their first and last line numbers. A sentence ends at ". ",
/// "; " or ": " before a capital or a lower-case word that starts a clause, and at the end.
fn sentences(paragraph: &[(usize, String)]) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut first = None;
    for (no, text) in paragraph {
        let words: Vec<&str> = crate::text::words(text).collect();
        for (k, w) in words.iter().enumerate() {
            if current.is_empty() {
                first = Some(*no);
            } else {
                current.push(' ');
            }
            current.push_str(w);
            // The last byte tells the punctuation; most words end in none.
            let end = w.as_bytes().last().copied();
            let clause = matches!(end, Some(b';' | b':'));
            let ends =
                clause || (end == Some(b'.') && !w.ends_with("B.V.") && w.chars().count() > 3);
            if !ends {
                continue;
            }
            let next_upper = words
                .get(k + 1)
                .is_some_and(|n| n.starts_with(char::is_uppercase));
            let last_word = k + 1 == words.len();
            if next_upper || last_word || clause {
                out.push((std::mem::take(&mut current), first.unwrap_or(*no), *no));
            }
        }
    }
    if !current.is_empty() {
        let last = paragraph.last().map_or(0, |p| p.0);
        out.push((current, first.unwrap_or(last), last));
    }
    out
}

/// "de zomer van 2020" → "zomer 2020", so the period reader sees a part of a year.
fn without_articles(s: &str) -> String {
    let mut out = s.to_string();
    // Every form ends in "van ": most sentences have none and are copied as they are.
    if !out.contains("van ") {
        return out;
    }
    for part in [
        "zomer", "winter", "lente", "voorjaar", "najaar", "herfst", "begin", "eind", "medio",
        "midden",
    ] {
        if !out.contains(part) {
            continue;
        }
        out = out.replace(&format!("de {part} van "), &format!("{part} "));
        out = out.replace(&format!("het {part} van "), &format!("{part} "));
        out = out.replace(&format!("{part} van "), &format!("{part} "));
    }
    out
}

/// A sentence with a space before it, so a lead that opens the sentence ("via X werkte ik")
/// is found too, and its lower case: made once per sentence for all the leads asked.
struct Lowered {
    padded: String,
    /// `None` when lower case changes the byte length, so its offsets would not be the
    /// sentence's.
    lower: Option<String>,
}

impl Lowered {
    fn new(sentence: &str) -> Lowered {
        let padded = format!(" {sentence}");
        let lower = padded.to_lowercase();
        let lower = (lower.len() == padded.len()).then_some(lower);
        Lowered { padded, lower }
    }
}

/// The words after one of `leads`, up to a stop word or the sentence's end, when they are
/// one to eight words.
fn phrase_after(sentence: &Lowered, leads: &[&str]) -> Option<String> {
    let padded = &sentence.padded;
    let lower = sentence.lower.as_deref()?;
    let (at, lead) = leads
        .iter()
        .filter_map(|l| lower.find(l).map(|p| (p, *l)))
        .min_by_key(|(p, _)| *p)?;
    let start = at + lead.len();
    let rest_lower = &lower[start..];
    let mut end = rest_lower.len();
    for stop in STOPS.iter().chain([&",", &";", &":", &" ("]) {
        if let Some(p) = rest_lower.find(stop) {
            end = end.min(p);
        }
    }
    // A full stop after a word ends it; one inside an abbreviation ("B.V.") does not.
    let bytes = rest_lower.as_bytes();
    for (p, _) in rest_lower.match_indices('.') {
        let after_ok = bytes.get(p + 1).is_none_or(|b| *b == b' ');
        let word_end =
            p >= 2 && bytes[p - 1].is_ascii_lowercase() && bytes[p - 2].is_ascii_lowercase();
        if after_ok && word_end {
            end = end.min(p);
            break;
        }
    }
    let phrase = padded.get(start..start + end)?.trim();
    let words = crate::text::word_count(phrase);
    let phrase = phrase
        .trim_start_matches("als ")
        .trim_start_matches("as ")
        .trim_start_matches("de ")
        .trim_start_matches("het ")
        .trim_start_matches("een ");
    (1..=8)
        .contains(&words)
        .then(|| {
            // A sentence's full stop goes; an abbreviation's ("B.V.") stays.
            let b = phrase.as_bytes();
            let stop = phrase.ends_with('.')
                && b.len() >= 3
                && b[b.len() - 2].is_ascii_lowercase()
                && b[b.len() - 3].is_ascii_lowercase();
            phrase[..phrase.len() - stop as usize].to_string()
        })
        .filter(|p| !p.is_empty())
}

/// The first date with a month in a sentence ("in september 2008"), as the period reader
/// reads single dates ([`find_bound`]); a year alone is passed over.
fn single_month(f: &str) -> Option<Bound> {
    let mut from = 0;
    while let Some((b, r)) = find_bound(&f[from..]) {
        if let (Some(m), Precision::Month | Precision::Day) = (b.month, b.precision) {
            return Some(Bound::exact(b.year, m, Precision::Month));
        }
        from += r.end;
    }
    None
}

fn month_text(b: &Bound) -> String {
    format!("{:02}/{}", b.month.unwrap_or(1), b.year)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Role, employer and first line of the jobs `read_cv` finds.
    fn cv_jobs(text: &str) -> Vec<(String, String)> {
        crate::cv::read_cv(text)
            .0
            .experience
            .into_iter()
            .map(|e| {
                (
                    e.role.unwrap_or_default(),
                    e.organisation.unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn a_career_told_without_an_experience_heading() {
        // The family: "Over mij", "Profiel", "Samenvatting" or no heading at all, then the
        // career in sentences; degrees, side functions and courses told beside it are no jobs.
        let over_mij = "Joost Verhagen\nTilburg\n\nOver mij\n\n\
            Ik ben vergunningverlener milieu met een scheikundige achtergrond. Na mijn master Chemie\n\
            aan de Universiteit Utrecht (afgestudeerd in 2013) werkte ik eerst twee jaar als\n\
            laboratoriumanalist bij Eurofins Analytico in Barneveld, van september 2013 tot mei 2015.\n\n\
            Van medio 2015 tot februari 2019 was ik vergunningverlener milieu bij de gemeente Breda. Ik\n\
            behandelde meldingen en omgevingsvergunningen voor horeca en garagebedrijven in de stad.\n\n\
            Sinds maart 2019 werk ik als vergunningverlener milieu bij de Omgevingsdienst Midden- en\n\
            West-Brabant in Tilburg. Ik ben in loondienst bij Omgevingsadvies Brabant B.V., dat mij bij\n\
            de omgevingsdienst detacheert (geen zzp). Ik verleen vergunningen voor BRZO-bedrijven.\n\n\
            Naast mijn werk ben ik penningmeester van tennisvereniging TV De Kieviet (sinds 2018).\n\n\
            Cursussen: BRZO-vergunningverlening (2020), Externe veiligheid (2021) en nog meer.\n";
        let jobs = cv_jobs(over_mij);
        assert_eq!(jobs.len(), 3, "{jobs:?}");
        assert!(jobs.iter().all(|(r, _)| !r.contains("penningmeester")));
        assert!(jobs
            .iter()
            .any(|(r, o)| r == "laboratoriumanalist" && o.starts_with("Eurofins")));
        // The degree and the contract form told in the same sentences are still read.
        let (cv, _) = crate::cv::read_cv(over_mij);
        assert_eq!(
            cv.education.first().and_then(|e| e.level),
            Some(crate::cv::EducationLevel::WoMaster)
        );
        assert_eq!(
            cv.terms.contract.map(|c| c.value),
            Some(crate::cv::ContractForm::Seconded)
        );

        let profiel = "PROFIEL\nIk werk sinds januari 2020 als beleidsadviseur wonen bij de gemeente Zwolle en daarvoor\n\
            was ik van 2016 tot 2019 als projectmedewerker werkzaam bij woningcorporatie deltaWonen.\n\
            In mijn vrije tijd ben ik sinds 2017 voorzitter van de voetbalclub in mijn woonplaats Kampen.\n";
        let jobs = cv_jobs(profiel);
        assert!(!jobs.is_empty(), "{jobs:?}");
        assert!(
            jobs.iter().all(|(r, _)| !r.contains("voorzitter")),
            "{jobs:?}"
        );

        let english = "About me\nSince March 2021 I have worked as a policy adviser at the Province of Utrecht, after\n\
            working from 2017 to 2021 as a project officer at the municipality of Amersfoort on housing.\n\
            In my spare time I am treasurer of the local rowing club, which I have been since 2019 now.\n";
        let jobs = cv_jobs(english);
        assert!(!jobs.is_empty(), "{jobs:?}");
        assert!(
            jobs.iter().all(|(r, _)| !r.contains("treasurer")),
            "{jobs:?}"
        );
    }

    #[test]
    fn listed_jobs_keep_prose_in_a_profile_out() {
        // With dated entries listed, a profile's sentences add nothing.
        let text = "Profiel\nIk werk sinds 2019 als adviseur bij gemeenten en ik ben daarvoor jurist geweest bij het UWV.\n\n\
            Werkervaring\nAdviseur, Gemeente Ede, 2019 – heden\nJurist, UWV, 2015 – 2019\n";
        assert_eq!(cv_jobs(text).len(), 2);
    }

    fn read(text: &str) -> Vec<(Option<String>, Option<String>, String)> {
        let lines = NumberedLine::all(text);
        read_prose(&lines)
            .into_iter()
            .map(|e| {
                let p = e.period.unwrap();
                let end = p.end.map_or("heden".to_string(), |b| {
                    format!("{}-{:02}", b.year, b.month.unwrap_or(0))
                });
                (
                    e.role,
                    e.organisation,
                    format!("{}-{:02} {end}", p.start.year, p.start.month.unwrap_or(0)),
                )
            })
            .collect()
    }

    #[test]
    fn jobs_told_in_sentences() {
        let text = "\
Na mijn studie begon ik in september 2008 als medewerker communicatie bij de gemeente Ede. Daar
groeide ik door tot woordvoerder. In december 2016 sloot ik die periode af.

Van januari 2017 tot en met de zomer van 2020 was ik communicatieadviseur bij woningcorporatie
Vivare in Arnhem. Ik begeleidde bewoners bij renovaties.

Sinds oktober 2020 werk ik als zelfstandig participatieadviseur onder de naam Stem van de Straat.

Sinds maart 2023 ben ik als participatieadviseur ingehuurd door de gemeente Arnhem voor de
gebiedsontwikkeling.
";
        let jobs = read(text);
        assert_eq!(jobs.len(), 3, "{jobs:?}");
        // The sentences after a job's sentence belong to it.
        let lines = NumberedLine::all(text);
        let told = read_prose(&lines);
        assert!(
            told[1].text.contains("Ik begeleidde bewoners"),
            "{}",
            told[1].text
        );
        assert_eq!((told[2].first_line, told[2].last_line), (1, 2));
        assert_eq!(
            jobs[0],
            (
                Some("participatieadviseur".into()),
                Some("gemeente Arnhem".into()),
                "2023-03 heden".into()
            )
        );
        assert_eq!(jobs[1].0.as_deref(), Some("communicatieadviseur"));
        assert_eq!(jobs[1].1.as_deref(), Some("woningcorporatie Vivare"));
        assert!(jobs[1].2.starts_with("2017-01"), "{jobs:?}");
        assert_eq!(
            jobs[2],
            (
                Some("medewerker communicatie".into()),
                Some("gemeente Ede".into()),
                "2008-09 2016-12".into()
            )
        );
    }

    #[test]
    fn a_period_told_after_the_role() {
        let text = "\
Bij de Omgevingsdienst Veluwe IJssel ben ik adviseur ruimtelijke ordening voor de gemeenten. Ik beoordeel
aanvragen. Deze functie vervul ik sinds begin 2020.

Daarvoor werkte ik bij de gemeente Barneveld als beleidsmedewerker ruimtelijke ordening. Ik
begeleidde principeverzoeken
(september 2016 tot december 2019).

Mijn eerste baan had ik bij Planbureau Veluwezoom B.V. in Ede, als junior planoloog: kaartmateriaal
en vooroverleg met gemeenten, van 2014 tot de zomer van 2016.
";
        let jobs = read(text);
        assert_eq!(jobs.len(), 3, "{jobs:?}");
        assert_eq!(jobs[0].0.as_deref(), Some("adviseur ruimtelijke ordening"));
        assert_eq!(jobs[0].1.as_deref(), Some("Omgevingsdienst Veluwe IJssel"));
        assert_eq!(
            jobs[1].0.as_deref(),
            Some("beleidsmedewerker ruimtelijke ordening")
        );
        assert_eq!(jobs[1].1.as_deref(), Some("gemeente Barneveld"));
        assert_eq!(jobs[1].2, "2016-09 2019-12");
        assert_eq!(jobs[2].0.as_deref(), Some("junior planoloog"));
        assert_eq!(jobs[2].1.as_deref(), Some("Planbureau Veluwezoom B.V."));
    }

    #[test]
    fn plans_availability_and_unpaid_work_are_no_jobs() {
        let text = "\
Bij de Omgevingsdienst Veluwe IJssel ben ik adviseur ruimtelijke ordening. Ook werkte ik mee aan de
omgevingsvisie 2022–2040 van een van de gemeenten. Deze functie vervul ik sinds begin 2020.

Sinds 2018 ben ik secretaris van de Historische Vereniging Oud-Barneveld; dat doe ik als
vrijwilliger.

Vanaf 1 januari 2027 ben ik beschikbaar voor 24 uur per week (dinsdag t/m donderdag) en mijn tarief is bekend.
";
        let jobs = read(text);
        assert_eq!(jobs.len(), 1, "{jobs:?}");
        assert!(jobs[0].2.starts_with("2020-"), "{jobs:?}");
    }

    #[test]
    fn english_sentences_and_a_range_in_the_sentence() {
        let jobs = read("From March 2019 to June 2022 I worked as policy advisor at the Municipality of Utrecht, where I led the housing programme.\n");
        assert_eq!(jobs.len(), 1, "{jobs:?}");
        assert_eq!(jobs[0].0.as_deref(), Some("policy advisor"));
        assert_eq!(jobs[0].1.as_deref(), Some("the Municipality of Utrecht"));
        assert_eq!(jobs[0].2, "2019-03 2022-06");
    }

    #[test]
    fn prose_is_told_from_lists() {
        let prose = NumberedLine::all("Ik werk sinds 2019 als adviseur bij de gemeente Zwolle en daarvoor was ik vijf jaar projectleider.\nDaarnaast ben ik actief in de wijkraad van mijn buurt en in de lokale voetbalclub.\n");
        assert!(looks_like_prose(&prose));
        let list = NumberedLine::all("Adviseur\nGemeente Zwolle\n2019 – heden\n• Beleid\n");
        assert!(!looks_like_prose(&list));
    }
}
