//! Experience entries: which role was held where, and when. CVs lay these out as
//! "Role / Organisation … period", "period  Role / Organisation", flattened tables
//! ("period\torganisation\trole\twork"), or "Role, Organisation, period" on one line.

use super::period::find_period;
use super::Experience;
use crate::text::fold;

/// A non-blank line with its 1-based number.
#[derive(Debug, Clone, Copy)]
pub struct NumberedLine<'a> {
    pub no: usize,
    pub text: &'a str,
}

#[cfg(test)]
impl<'a> NumberedLine<'a> {
    /// The non-blank lines of `text`, numbered from 1 (for tests of the parts of the reader).
    pub fn all(text: &'a str) -> Vec<NumberedLine<'a>> {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| NumberedLine { no: i + 1, text: l })
            .collect()
    }
}

fn is_bullet(t: &str) -> bool {
    let t = t.trim_start();
    t.starts_with(['•', '-', '–', '*', '·', '▪', '◦', '►', '○', '●', '\u{f0b7}'])
        || t.starts_with("o ")
}

/// Words that make a text read as an organisation.
const ORG_WORDS: [&str; 40] = [
    "gemeente",
    "provincie",
    "ministerie",
    "waterschap",
    "hoogheemraadschap",
    "b.v",
    " bv",
    "n.v",
    "stichting",
    "vereniging",
    "universiteit",
    "hogeschool",
    "university",
    "college",
    "coa",
    "uwv",
    "duo",
    "svb",
    "ind",
    "rijkswaterstaat",
    "municipality",
    "ministry",
    "province",
    "organisation",
    "organization",
    "leger des heils",
    "woningcorporatie",
    "vluchtelingenwerk",
    "ggd",
    "veiligheidsregio",
    "politie",
    "rechtbank",
    "openbaar ministerie",
    "dienst",
    "agentschap",
    "opdrachtgevers",
    "bureau",
    "centraal orgaan",
    "iom",
    "regio",
];

/// Words that make a text read as a role.
const ROLE_WORDS: [&str; 42] = [
    "secretaris",
    "adviseur",
    "advisor",
    "adviser",
    "coordinator",
    "manager",
    "projectleider",
    "programmaleider",
    "medewerker",
    "officer",
    "directeur",
    "director",
    "consultant",
    "assistant",
    "kwartiermaker",
    "procesbegeleider",
    "procesregisseur",
    "teamleider",
    "beleids",
    "begeleider",
    "informatiebeheerder",
    "jurist",
    "controller",
    "specialist",
    "analist",
    "analyst",
    "trainer",
    "docent",
    "onderzoeker",
    "researcher",
    "interim",
    "hoofd",
    "leider",
    "coach",
    "architect",
    "ontwikkelaar",
    "developer",
    "sabbatical",
    "stagiair",
    "intern",
    "lead",
    "head",
];

pub fn org_like(text: &str) -> bool {
    let f = format!(" {} ", fold(text));
    ORG_WORDS.iter().any(|w| {
        if w.len() <= 4 && !w.contains('.') && !w.starts_with(' ') {
            // Short acronyms as whole words only ("ind" is not in "inderdaad").
            crate::text::contains_word(&f, w)
        } else {
            f.contains(w)
        }
    })
}

pub fn role_like(text: &str) -> bool {
    let f = fold(text);
    ROLE_WORDS.iter().any(|w| f.contains(w))
}

/// Separators between fields written on one line.
fn strip_separators(s: &str) -> &str {
    s.trim().trim_matches(|c: char| {
        matches!(c, '|' | '–' | '—' | '-' | ',' | ':' | '·') || c.is_whitespace()
    })
}

/// A line with a period that starts an entry (rather than a date inside a sentence or bullet).
fn anchor(line: &str) -> Option<(super::Period, std::ops::Range<usize>)> {
    if is_bullet(line) {
        return None;
    }
    let (p, r) = find_period(line)?;
    let before = line[..r.start].trim();
    let after = line[r.end..].trim_start();
    let at_start = before.is_empty() || fold(before) == "van" || fold(before) == "from";
    let at_end = after.trim_end_matches([')', '.', ' ']).is_empty();
    let separated = line[r.end..].starts_with(['\t', '|'])
        || line[r.end..].starts_with("  ")
        || after.starts_with('|')
        || line[..r.start].ends_with(['\t', '|'])
        || line[..r.start].ends_with("  ")
        || before.ends_with('|');
    if at_end && !before.is_empty() {
        // "bezuinigingsopgave 2024–2026." ends a wrapped sentence; it starts no entry.
        if before.starts_with(char::is_lowercase) && !separated {
            return None;
        }
        // "Organisation (…)      03/2018 – 12/2021", or "Role, Organisation, 2019 – 2021".
        return Some((p, r));
    }
    if at_start {
        // "2000–2015 van de gemeente Deventer": a sentence that happens to start with years.
        if after.starts_with(char::is_lowercase) && !separated {
            return None;
        }
        return Some((p, r));
    }
    separated.then_some((p, r))
}

/// Column names of a flattened table header ("Periode\tOrganisatie\tFunctie\tWerkzaamheden").
#[derive(Debug, Clone, Copy, PartialEq)]
enum Column {
    Period,
    Organisation,
    Role,
    Description,
}

fn table_header(line: &str) -> Option<Vec<Column>> {
    if !line.contains('\t') {
        return None;
    }
    let cols: Vec<Column> = line
        .split('\t')
        .filter(|c| !c.trim().is_empty())
        .map(|c| match fold(c.trim()).as_str() {
            "periode" | "period" | "jaar" | "datum" | "van - tot" | "van-tot" | "wanneer" => {
                Some(Column::Period)
            }
            "organisatie" | "werkgever" | "opdrachtgever" | "organisation" | "organization"
            | "employer" | "client" => Some(Column::Organisation),
            "functie" | "rol" | "role" | "position" | "function" | "title" => Some(Column::Role),
            _ => Some(Column::Description),
        })
        .collect::<Option<_>>()?;
    (cols.contains(&Column::Period)
        && (cols.contains(&Column::Role) || cols.contains(&Column::Organisation)))
    .then_some(cols)
}

/// A line that starts an entry, with what was read around it.
struct Anchor {
    /// Index in the section's lines of the line holding the period.
    at: usize,
    period: super::Period,
    role: Option<String>,
    organisation: Option<String>,
    /// Index of the entry's first line (the role may stand above the period).
    first: usize,
}

/// Builds experience entries from a section's lines (or any region when headings are missing).
pub fn read_entries(lines: &[NumberedLine<'_>], section_end: usize) -> Vec<Experience> {
    let header: Option<Vec<Column>> = lines.iter().find_map(|l| table_header(l.text));
    let mut anchors: Vec<Anchor> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if table_header(l.text).is_some() {
            continue;
        }
        let Some((period, range)) = anchor(l.text) else {
            continue;
        };
        let floor = anchors.last().map_or(0, |a| a.at + 1);
        let (role, organisation, first) = fields(lines, i, &range, header.as_deref(), floor);
        anchors.push(Anchor {
            at: i,
            period,
            role,
            organisation,
            first,
        });
    }
    let mut out = Vec::new();
    for (k, a) in anchors.iter().enumerate() {
        let next_first = anchors.get(k + 1).map(|n| n.first);
        let last_idx = match next_first {
            Some(n) if n > 0 => n - 1,
            Some(_) => a.at,
            None => lines.len() - 1,
        };
        let last_line = if next_first.is_none() {
            section_end.max(lines[last_idx].no)
        } else {
            lines[last_idx].no
        };
        let text = lines[a.first..=last_idx.max(a.at)]
            .iter()
            .map(|l| l.text.trim())
            .collect::<Vec<_>>()
            .join("\n");
        out.push(Experience {
            role: a.role.clone(),
            organisation: a.organisation.clone(),
            period: Some(a.period.clone()),
            first_line: lines[a.first].no,
            last_line,
            text,
            statements: Vec::new(),
        });
    }
    out
}

/// Role, organisation and the index of the entry's first line, for the anchor at `i`.
fn fields(
    lines: &[NumberedLine<'_>],
    i: usize,
    range: &std::ops::Range<usize>,
    header: Option<&[Column]>,
    floor: usize,
) -> (Option<String>, Option<String>, usize) {
    let line = lines[i].text;
    let clean = |s: &str| -> Option<String> {
        let s = strip_separators(s);
        (!s.is_empty() && s != "–" && s != "-")
            .then(|| s.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    // A table row.
    let cells: Vec<&str> = line
        .split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    if cells.len() >= 3 {
        let period_cell = cells
            .iter()
            .position(|c| find_period(c).is_some())
            .unwrap_or(0);
        let columns: Vec<Column> = match header {
            Some(h) if h.len() == cells.len() || h.len() >= cells.len() => h.to_vec(),
            _ => {
                // No header: guess per cell.
                cells
                    .iter()
                    .enumerate()
                    .map(|(k, c)| {
                        if k == period_cell {
                            Column::Period
                        } else if org_like(c) && !role_like(c) {
                            Column::Organisation
                        } else if role_like(c) {
                            Column::Role
                        } else {
                            Column::Description
                        }
                    })
                    .collect()
            }
        };
        let get = |want: Column| {
            cells
                .iter()
                .zip(columns.iter())
                .find(|(_, col)| **col == want)
                .and_then(|(c, _)| clean(c))
        };
        return (get(Column::Role), get(Column::Organisation), i);
    }
    let before = clean(&line[..range.start]);
    let after = clean(&line[range.end..]);
    let prev = (i > floor)
        .then(|| lines[i - 1])
        .filter(|l| !is_bullet(l.text) && anchor(l.text).is_none() && l.text.len() <= 120);
    let next = lines.get(i + 1).filter(|l| {
        !is_bullet(l.text)
            && anchor(l.text).is_none()
            && l.text.len() <= 120
            && !l.text.trim_end().ends_with('.')
    });
    match (before, after) {
        // "Role\nOrganisation …   period".
        (Some(b), None) => {
            if let Some((r, o)) = split_one_line(&b) {
                return (Some(r), Some(o), i);
            }
            match prev {
                Some(p) => {
                    let p_text = clean(p.text);
                    if role_like(&b) && !org_like(&b) && p_text.as_deref().is_some_and(org_like) {
                        (Some(b), p_text, i - 1)
                    } else {
                        (p_text, Some(b), i - 1)
                    }
                }
                None if org_like(&b) && !role_like(&b) => (None, Some(b), i),
                None => (Some(b), None, i),
            }
        }
        // "period  Role\nOrganisation".
        (None, Some(a)) => {
            if let Some((r, o)) = split_one_line(&a) {
                return (Some(r), Some(o), i);
            }
            let n_text = next.and_then(|n| clean(n.text));
            if org_like(&a) && !role_like(&a) && n_text.as_deref().is_some_and(role_like) {
                (n_text, Some(a), i)
            } else {
                (Some(a), n_text, i)
            }
        }
        // "Role | period | Organisation" and the like.
        (Some(b), Some(a)) => {
            if org_like(&b) && !org_like(&a) {
                (Some(a), Some(b), i)
            } else {
                (Some(b), Some(a), i)
            }
        }
        // The period alone on its line: role and organisation follow it, unless bullets do;
        // then they stand above it.
        (None, None) => {
            let n_text = next.and_then(|n| clean(n.text));
            if let Some(n) = &n_text {
                if let Some((r, o)) = split_one_line(n) {
                    return (Some(r), Some(o), i);
                }
                let n2 = lines
                    .get(i + 2)
                    .filter(|l| {
                        !is_bullet(l.text) && anchor(l.text).is_none() && l.text.len() <= 120
                    })
                    .and_then(|l| clean(l.text));
                return match n2 {
                    Some(o) if org_like(&o) || !role_like(&o) && role_like(n) => {
                        (Some(n.clone()), Some(o), i)
                    }
                    _ if org_like(n) && !role_like(n) => (None, Some(n.clone()), i),
                    _ => (Some(n.clone()), None, i),
                };
            }
            match prev.and_then(|p| clean(p.text)) {
                Some(p) if org_like(&p) && !role_like(&p) => (n_text, Some(p), i - 1),
                Some(p) => (Some(p), None, i - 1),
                None => (None, None, i),
            }
        }
    }
}

/// "Secretaris, Gemeente Utrecht" / "Adviseur bij Provincie Utrecht" / "Adviseur – UWV".
fn split_one_line(s: &str) -> Option<(String, String)> {
    for sep in [" bij ", " at ", ", ", " – ", " | ", " - "] {
        if let Some(p) = s.find(sep) {
            let (a, b) = (s[..p].trim(), s[p + sep.len()..].trim());
            if a.is_empty() || b.is_empty() {
                continue;
            }
            if role_like(a) && org_like(b) && !role_like(b) {
                return Some((a.to_string(), b.to_string()));
            }
            if org_like(a) && !role_like(a) && role_like(b) {
                return Some((b.to_string(), a.to_string()));
            }
            // "Medewerker erfgoed – Collectie Overijssel": a dash or "bij" separates the two even
            // when the organisation is of no known kind; a comma alone does not.
            if sep != ", " && role_like(a) && !role_like(b) {
                return Some((a.to_string(), b.to_string()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(text: &str) -> Vec<Experience> {
        let lines = NumberedLine::all(text);
        let end = text.lines().count();
        read_entries(&lines, end)
    }

    fn summary(e: &Experience) -> (Option<&str>, Option<&str>, usize, usize) {
        (
            e.role.as_deref(),
            e.organisation.as_deref(),
            e.first_line,
            e.last_line,
        )
    }

    #[test]
    fn role_line_then_organisation_and_period() {
        let e = entries("Secretaris Regietafel\nProvincie Gelderland (opdracht via eigen onderneming)      jan 2022 – heden\n• Secretaris van de Regietafel.\n\nBestuurssecretaris\nGemeente Amersfoort | 03/2018 – 12/2021\n• Adviseren van de burgemeester.\n");
        assert_eq!(e.len(), 2);
        // An entry ends at its last written line; the last one runs to the end of the section.
        assert_eq!(
            summary(&e[0]),
            (
                Some("Secretaris Regietafel"),
                Some("Provincie Gelderland (opdracht via eigen onderneming)"),
                1,
                3
            )
        );
        assert_eq!(
            summary(&e[1]),
            (
                Some("Bestuurssecretaris"),
                Some("Gemeente Amersfoort"),
                5,
                7
            )
        );
        assert!(e[0].text.contains("Secretaris van de Regietafel"));
    }

    #[test]
    fn period_first_then_role_and_organisation() {
        let e = entries("2022 – nu      Locatiecoördinator noodopvang\n               Leger des Heils, Almere (als zzp'er)\n               - Coördinatie\n2016 – 2021    Woonbegeleider\n               COA, azc Almere (ca. 400 bewoners)\n");
        assert_eq!(
            summary(&e[0]),
            (
                Some("Locatiecoördinator noodopvang"),
                Some("Leger des Heils, Almere (als zzp'er)"),
                1,
                3
            )
        );
        assert_eq!(
            summary(&e[1]),
            (
                Some("Woonbegeleider"),
                Some("COA, azc Almere (ca. 400 bewoners)"),
                4,
                5
            )
        );
    }

    #[test]
    fn flattened_table_with_header() {
        let text = "Periode\tOrganisatie\tFunctie\tWerkzaamheden\n07/2024 – heden\tOostkamp B.V.\tInformatiebeheerder\tBeheer van het DMS\n01/2022 – 06/2024\tGemeente Enschede\tProcesbegeleider\t- procesregie op de digitalisering\n- werken in een multidisciplinair team\n2000–2015 van de gemeente Deventer (2016): instellen werkgroep\n";
        let e = entries(text);
        assert_eq!(e.len(), 2);
        assert_eq!(
            summary(&e[0]),
            (Some("Informatiebeheerder"), Some("Oostkamp B.V."), 2, 2)
        );
        assert_eq!(
            summary(&e[1]),
            (Some("Procesbegeleider"), Some("Gemeente Enschede"), 3, 5)
        );
        assert!(e[1].text.contains("multidisciplinair team"));
    }

    #[test]
    fn period_alone_then_role_and_organisation() {
        let e = entries("09/2022 – heden\nProcesbegeleider informatiebeheer – Gemeente Zwolle (via eigen onderneming)\n- Procesregie op de\n  Archiefregeling; opstellen.\n\nsept. 2015 – feb. 2019\nMedewerker erfgoed – Collectie Overijssel, Zwolle\n- Tentoonstellingen\n");
        assert_eq!(
            summary(&e[0]),
            (
                Some("Procesbegeleider informatiebeheer"),
                Some("Gemeente Zwolle (via eigen onderneming)"),
                1,
                4
            )
        );
        assert_eq!(
            summary(&e[1]),
            (
                Some("Medewerker erfgoed"),
                Some("Collectie Overijssel, Zwolle"),
                6,
                8
            )
        );
    }

    #[test]
    fn wrapped_sentence_ending_in_years_is_no_entry() {
        let e = entries("Secretaris\nGemeente Amersfoort | 02/2023 – 06/2026\n• Ondersteunen bij de domeinbrede\n  bezuinigingsopgave 2024–2026.\n");
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].last_line, 4);
    }

    #[test]
    fn one_line_entries() {
        let e = entries(
            "Beleidsadviseur, Gemeente Utrecht, 2019 – heden\nAdviseur bij UWV | 2015 – 2019\n",
        );
        assert_eq!(summary(&e[0]).0, Some("Beleidsadviseur"));
        assert_eq!(summary(&e[0]).1, Some("Gemeente Utrecht"));
        assert_eq!(summary(&e[1]).1, Some("UWV"));
    }

    #[test]
    fn dates_inside_bullets_do_not_start_entries() {
        let e = entries("Adviseur\nGemeente Huizen | jul. 2025 – heden\n- Referentieproject (2023–2024): overzicht\n");
        assert_eq!(e.len(), 1);
    }
}
