//! Text that lost its line breaks (a PDF copied as one paragraph): entries, headings and
//! dates run together ("…bezwaarbehandeling.Assistent-accountantAccountantskantoor De Kempen,
//! Eindhoven2015 – 05-2020Samenstellen …", "ProfielErvaren adviseur …", "… wordt. Werkervaring
//! 08/2022 – heden Casemanager …"). Such a line is cut where a reader sees a boundary, before
//! the usual reading; a line that shows fewer than two signs of lost breaks stays as it is.

use super::period::find_period;
use super::sections::cv_heading;
use crate::text::fold;

/// Lines shorter than this are never read as run together (a header line with a glued
/// brand name stays whole).
const MIN_RUN_ON_CHARS: usize = 150;

/// Words written with a capital inside ("JavaScript", "SharePoint"): no lost line break
/// between their parts. Reviewed data, folded.
const CAMEL_WORDS: &[&str] = &[
    "javascript",
    "typescript",
    "sharepoint",
    "devops",
    "devsecops",
    "finops",
    "linkedin",
    "youtube",
    "github",
    "gitlab",
    "openshift",
    "sonarqube",
    "postgresql",
    "powershell",
    "mckinsey",
    "iphone",
    "ipad",
    "macbook",
    "wordpress",
    "indesign",
    "servicenow",
    "outsystems",
    "solidworks",
    "peoplesoft",
    "filenet",
    "onedrive",
    "bizzdesign",
    "archimate",
    "jupyterlab",
    "hubspot",
    "mendix",
    "openstack",
    "netbeans",
    "intellij",
    "dataverse",
    "powerapps",
    "mijnoverheid",
    "digid",
];

/// The CV's lines with every run-on line cut at its boundaries, or `None` when no line is
/// run on.
pub fn split_run_on(lines: &[String]) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut changed = false;
    for line in lines {
        let cuts = (line.chars().count() >= MIN_RUN_ON_CHARS)
            .then(|| boundaries(line))
            .filter(|(_, signs)| *signs >= 2)
            .map(|(cuts, _)| cuts)
            .unwrap_or_default();
        if cuts.is_empty() {
            out.push(line.clone());
            continue;
        }
        changed = true;
        let mut start = 0;
        for cut in cuts.into_iter().chain(std::iter::once(line.len())) {
            let piece = line[start..cut].trim();
            if !piece.is_empty() {
                out.push(piece.to_string());
            }
            start = cut;
        }
    }
    changed.then_some(out)
}

/// The byte offsets where a run-on line should break, and how many of them are signs that
/// breaks were lost (a boundary with no space, a heading inside the line).
fn boundaries(line: &str) -> (Vec<usize>, usize) {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut cuts: Vec<usize> = Vec::new();
    let mut signs = 0;
    let upper_word = |k: usize| {
        chars.get(k).is_some_and(|c| c.1.is_uppercase())
            && chars.get(k + 1).is_some_and(|c| c.1.is_lowercase())
    };
    for k in 1..chars.len() {
        let (at, c) = chars[k];
        let p = chars[k - 1].1;
        let before = chars.get(k.wrapping_sub(2)).map(|c| c.1);
        // "bezwaarbehandeling.Assistent", "B.V.)Gemeente": a sentence or bracket ends and a
        // capitalised word follows with no space.
        let glued_sentence = matches!(p, '.' | ')' | ';') && upper_word(k);
        // "accountantAccountantskantoor": a lower-case word runs into a capitalised one.
        let glued_word = p.is_lowercase() && upper_word(k) && !camel_word(line, k, &chars);
        // "Eindhoven2015 – 05-2020", "Noordwijk02-2023 – heden": a date glued to a word.
        let glued_date = p.is_alphabetic() && c.is_ascii_digit() && opens_date(&line[at..]);
        // "05-2020Samenstellen": a capitalised word glued to the year before it.
        let after_year = c.is_uppercase()
            && upper_word(k)
            && k >= 4
            && chars[k - 4..k].iter().all(|c| c.1.is_ascii_digit())
            && !chars
                .get(k.wrapping_sub(5))
                .is_some_and(|c| c.1.is_alphabetic());
        if glued_sentence || glued_word || glued_date || after_year {
            cuts.push(at);
            signs += 1;
        } else if c == '•' {
            // An inline bullet starts an item of its own.
            cuts.push(at);
        } else if p == ' ' && matches!(before, Some('.' | ';')) && upper_word(k) {
            // A sentence's end followed by the next one.
            cuts.push(at);
        } else if p == ' '
            && before.is_some_and(char::is_alphabetic)
            && c.is_ascii_digit()
            // A period is written within its first 40 bytes: a long line is not scanned again.
            && spaced_range(crate::text::truncate_at_char(&line[at..], 40))
        {
            // "selectiecommissie 01/2015 – 07/2022 Jongerencoach": a period after a word.
            cuts.push(at);
        }
    }
    // A heading where a piece starts, or glued to what follows ("OpleidingHBO", "Profiel Ik
    // ben …"): a line of its own.
    let starts: Vec<usize> = std::iter::once(0).chain(cuts.iter().copied()).collect();
    for s in starts {
        let rest = &line[s..];
        let word_end = rest
            .char_indices()
            .skip(1)
            .find(|(_, c)| !c.is_lowercase())
            .map_or(rest.len(), |(i, _)| i);
        let word = &rest[..word_end];
        let next = rest[word_end..].chars().next();
        let glued = next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let spaced = next == Some(' ')
            && rest[word_end..]
                .trim_start()
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if word.chars().count() >= 4
            && word.starts_with(char::is_uppercase)
            && (glued || spaced)
            && cv_heading(word).is_some()
        {
            cuts.push(s + word_end);
            signs += 1;
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.retain(|&c| c > 0 && c < line.len());
    (cuts, signs)
}

/// Whether the capital at char `k` is inside a word written so ("JavaScript").
fn camel_word(line: &str, k: usize, chars: &[(usize, char)]) -> bool {
    let mut a = k;
    while a > 0 && chars[a - 1].1.is_alphabetic() {
        a -= 1;
    }
    let mut b = k;
    while b < chars.len() && chars[b].1.is_alphabetic() {
        b += 1;
    }
    let end = chars.get(b).map_or(line.len(), |c| c.0);
    CAMEL_WORDS.contains(&fold(&line[chars[a].0..end]).as_str())
}

/// Whether the text opens with a year or a month and year ("2015", "02-2023", "08/2022"),
/// not a version or a norm ("Java17", "ISO27001").
fn opens_date(text: &str) -> bool {
    let run: String = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '-' | '/'))
        .collect();
    let run = run.trim_end_matches(['-', '/']);
    let year = |y: &str| y.len() == 4 && (y.starts_with("19") || y.starts_with("20"));
    match run.split_once(['-', '/']) {
        None => year(run),
        Some((m, y)) => (1..=2).contains(&m.len()) && year(y),
    }
}

/// Whether the text opens with a period from one bound to another ("01/2015 – 07/2022",
/// "08/2022 – heden"), not a single date.
fn spaced_range(text: &str) -> bool {
    find_period(text).is_some_and(|(_, r)| r.start == 0 && text[r].contains(['–', '—', '-']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<String> {
        let lines: Vec<String> = text.lines().map(String::from).collect();
        split_run_on(&lines).unwrap_or(lines)
    }

    #[test]
    fn entries_run_together_without_spaces_are_cut_apart() {
        let got = split("Heffing OZB, afvalstoffenheffing en rioolheffing; beantwoorden van vragen van burgers; voorbereiden van bezwaarbehandeling.Assistent-accountantAccountantskantoor De Kempen, Eindhoven2015 – 05-2020Samenstellen van jaarrekeningen en aangiften omzetbelasting voor mkb-klanten.OpleidingHBO Fiscaal Recht en Economie, Fontys Hogescholen, Tilburg, 2011 – 2015 (diploma)Cursus Lokale Belastingen in de praktijk, 2021");
        assert_eq!(
            got,
            [
                "Heffing OZB, afvalstoffenheffing en rioolheffing; beantwoorden van vragen van burgers; voorbereiden van bezwaarbehandeling.",
                "Assistent-accountant",
                "Accountantskantoor De Kempen, Eindhoven",
                "2015 – 05-2020",
                "Samenstellen van jaarrekeningen en aangiften omzetbelasting voor mkb-klanten.",
                "Opleiding",
                "HBO Fiscaal Recht en Economie, Fontys Hogescholen, Tilburg, 2011 – 2015 (diploma)",
                "Cursus Lokale Belastingen in de praktijk, 2021",
            ]
        );
    }

    #[test]
    fn headings_and_bullets_run_into_the_text_get_lines_of_their_own() {
        let got = split("ProfielErvaren adviseur lokale belastingen met jarenlange ervaring in de heffing van toeristenbelasting. Werkt graag aan de verbinding tussen beleid en uitvoering.WerkervaringAdviseur lokale belastingen (interim, via Publiek Fiscaal Interim B.V.)Gemeente Noordwijk02-2023 – heden• Heffing van toeristenbelasting • Controles bij campings");
        assert_eq!(
            got,
            [
                "Profiel",
                "Ervaren adviseur lokale belastingen met jarenlange ervaring in de heffing van toeristenbelasting.",
                "Werkt graag aan de verbinding tussen beleid en uitvoering.",
                "Werkervaring",
                "Adviseur lokale belastingen (interim, via Publiek Fiscaal Interim B.V.)",
                "Gemeente Noordwijk",
                "02-2023 – heden",
                "• Heffing van toeristenbelasting",
                "• Controles bij campings",
            ]
        );
        // Run together with spaces: a heading after a sentence, a period after a word.
        let got = split("Profiel Ik ben een rustige casemanager met ruime ervaring met justitiële doelgroepen. Ik bouw snel vertrouwen op. Werkervaring 08/2022 – heden Casemanager, PI Vught • Opstellen van plannen • Deelname aan het MDO 01/2015 – 07/2022 Jongerencoach, Stichting Rebound Brabant");
        assert_eq!(
            got,
            [
                "Profiel",
                "Ik ben een rustige casemanager met ruime ervaring met justitiële doelgroepen.",
                "Ik bouw snel vertrouwen op.",
                "Werkervaring",
                "08/2022 – heden Casemanager, PI Vught",
                "• Opstellen van plannen",
                "• Deelname aan het MDO",
                "01/2015 – 07/2022 Jongerencoach, Stichting Rebound Brabant",
            ]
        );
    }

    #[test]
    fn ordinary_long_lines_stay_whole() {
        // The family: long lines of a normal CV, with brand names, dates and sentences.
        for line in [
            "Ervaren adviseur met een sterke focus op JavaScript, SharePoint en DevOps. Werkt het liefst in kleine teams waar ontwikkelen en beheren samengaan, sinds 2019 als zzp'er.",
            "2019 – heden   Senior adviseur informatiebeheer, Gemeente Utrecht, afdeling Dienstverlening en Informatie, team Archief en Documentaire Informatievoorziening",
            "Ik werkte van 2015 tot 2019 bij de Belastingdienst als medewerker. Daarna ben ik overgestapt naar de gemeente Leiden, waar ik tot op heden als adviseur werkzaam ben.",
            "Bouw van services voor de berekening van WW-uitkeringen; koppelingen met de Polisadministratie via IBM MQ. Java 17, Spring Boot 3, IBM MQ, OpenShift, Jenkins, SonarQube.",
            "Beschikbaar per 1 januari 2027, 36 uur per week (ma t/m vr); landelijk inzetbaar, werken op locatie is geen probleem. Tarief: € 99,00 per uur (excl. btw, incl. reiskosten).",
        ] {
            assert_eq!(split(line), [line], "{line}");
        }
        let lines = vec!["Kort.Regel".to_string(), "Adviseur".to_string()];
        assert_eq!(split_run_on(&lines), None);
    }

    #[test]
    fn a_date_glued_to_a_word_is_a_year_or_a_month_and_year() {
        for text in ["2015 – 05-2020", "02-2023 – heden", "08/2022", "2019"] {
            assert!(opens_date(text), "{text}");
        }
        for text in ["17, Spring Boot", "27001", "2e", "365 en Teams", "3 jaar"] {
            assert!(!opens_date(text), "{text}");
        }
    }
}
