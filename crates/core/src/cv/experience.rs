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

/// Characters that open a list item. Reviewed data.
const BULLETS: [char; 20] = [
    '•', '-', '–', '*', '·', '▪', '◦', '►', '○', '●', '\u{f0b7}', '›', '»', '→', '➢', '✓', '✔',
    '■', '♦', '⁃',
];

fn is_bullet(t: &str) -> bool {
    let t = t.trim_start();
    t.starts_with(BULLETS) || t.starts_with("o ")
}

/// A line without its list marker (the line itself when it has none).
fn unbulleted(t: &str) -> &str {
    if !is_bullet(t) {
        return t;
    }
    let t = t.trim_start();
    t.strip_prefix("o ")
        .unwrap_or(t)
        .trim_start_matches(BULLETS)
}

/// Words that make a text read as an organisation.
const ORG_WORDS: &[&str] = &[
    "b.v.",
    "bv",
    "gmbh",
    "ltd",
    "inc",
    "partners",
    "advocaten",
    "accountants",
    "groep",
    "group",
    "cooperatie",
    "thuiszorg",
    "ziekenhuis",
    "zorggroep",
    "lyceum",
    "school",
    "academie",
    "omgevingsdienst",
    "sociale dienst",
    "werkorganisatie",
    "logius",
    "rvo",
    "rdw",
    "cjib",
    "cak",
    "kadaster",
    "belastingdienst",
    "nvwa",
    "rivm",
    "kvk",
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
    // Mental-health institutions ("GGZ Kustland") and the driving-licence authority.
    "ggz",
    "cbr",
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
    "belastingsamenwerking",
    "samenwerkingsverband",
    "staatsbosbeheer",
    "rekenkamer",
    "adviesbureau",
    "ingenieursbureau",
    // Diplomatic posts: "Permanente Vertegenwoordiging bij de EU", "Ambassade in Berlijn".
    "permanente vertegenwoordiging",
    "ambassade",
    "embassy",
    "consulaat",
    "consulate",
];

/// Words that make a text read as a role (matched inside words: "kostenkundige").
const ROLE_WORDS: &[&str] = &[
    "leerkracht",
    "ambtenaar",
    "deurwaarder",
    "rechercheur",
    // Doctors in (or not in) specialist training: "ANIOS psychiatrie", "AIOS".
    "anios",
    "aios",
    "ingenieur",
    "boswachter",
    "planoloog",
    "arts",
    "oloog",
    "verlener",
    "taxateur",
    "makelaar",
    "archivaris",
    "griffier",
    "notulist",
    "secretaresse",
    "therapeut",
    "vaccinator",
    "verzorgende",
    "opzichter",
    "verpleegkundige",
    "kundige",
    "consulent",
    "beheerder",
    "beheerser",
    "engineer",
    "scrum master",
    "product owner",
    "accountant",
    "behandelaar",
    "voorbereider",
    "inspecteur",
    "handhaver",
    "toezichthouder",
    "vergunningverlener",
    "planner",
    "ontwerper",
    "designer",
    "administrateur",
    "assistent",
    "functionaris",
    "regisseur",
    "strateeg",
    "redacteur",
    "woordvoerder",
    "recruiter",
    "inkoper",
    "buyer",
    "decaan",
    "leraar",
    "teacher",
    "psycholoog",
    "werker",
    "casemanager",
    "auditor",
    "tester",
    "programmeur",
    "scientist",
    "administrator",
    "uitvoerder",
    "calculator",
    "trainee",
    "kostendeskundige",
    "bestuurslid",
    "bestuurder",
    "voorzitter",
    "penningmeester",
    "vrijwilliger",
    "vrijwillig",
    "maatje",
    "lid ",
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
    // Diplomatic ranks: "Attaché", "Tweede secretaris" (see "secretaris").
    "attache",
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
    // Academic titles: "PhD candidate", "Promovendus", "Postdoc", "Lecturer", "Research fellow".
    "candidate",
    "promovend",
    "postdoc",
    "lecturer",
    "professor",
    "hoogleraar",
    "fellow",
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
    use crate::text::WordSet;
    use std::sync::OnceLock;
    // Short acronyms as whole words only ("ind" is not in "inderdaad"); the rest anywhere.
    static SETS: OnceLock<(WordSet, WordSet)> = OnceLock::new();
    let (whole, anywhere) = SETS.get_or_init(|| {
        let short = |w: &&str| w.len() <= 4 && !w.contains('.') && !w.starts_with(' ');
        let whole: Vec<&'static str> = ORG_WORDS.iter().copied().filter(short).collect();
        let anywhere: Vec<&'static str> = ORG_WORDS.iter().copied().filter(|w| !short(w)).collect();
        (WordSet::new(&whole), WordSet::new(&anywhere))
    });
    let f = format!(" {} ", fold(text));
    anywhere.any_in(&f) || whole.any_word_in(&f)
}

pub fn role_like(text: &str) -> bool {
    static SET: std::sync::OnceLock<crate::text::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| crate::text::WordSet::new(ROLE_WORDS))
        .any_in(&fold(text))
}

/// Separators between fields written on one line.
fn strip_separators(s: &str) -> &str {
    let sep = |c: char| matches!(c, '|' | '–' | '—' | '-' | ',' | ':' | '·') || c.is_whitespace();
    let s = s.trim().trim_matches(sep);
    // A parenthesis left open by the period cut out of it ("Nijmegen (", "): verpleegkundige").
    let s = if s.matches('(').count() > s.matches(')').count() {
        s.trim_end_matches('(')
    } else {
        s
    };
    let s = if s.matches(')').count() > s.matches('(').count() {
        s.trim_start_matches(')')
    } else {
        s
    };
    s.trim_matches(sep)
}

/// Labels before a period on its line ("Periode: 2019 – 2021", "[ 01/2022 – Current ]").
const PERIOD_LABELS: [&str; 13] = [
    "periode",
    "period",
    "duur",
    "datum",
    "dates",
    "van",
    "from",
    "looptijd",
    "startdatum",
    "begindatum",
    "start date",
    "start",
    "in dienst",
];

/// A line with a period that starts an entry (rather than a date inside a sentence or bullet).
fn anchor(line: &str) -> Option<(super::Period, std::ops::Range<usize>)> {
    if is_bullet(line) {
        return None;
    }
    anchor_in(line)
}

/// An entry written as a bullet ("• GGD Gelderland-Zuid (sep 2021 t/m heden): verpleegkundige.
/// …"), for sections whose entries are all bullets.
fn bullet_anchor(line: &str) -> Option<(super::Period, std::ops::Range<usize>)> {
    is_bullet(line).then(|| anchor_in(line)).flatten()
}

fn anchor_in(line: &str) -> Option<(super::Period, std::ops::Range<usize>)> {
    let (p, r) = find_period(line)?;
    if is_remark(line, &r) || closes_remark(line, &r) || dated_sentence(line, &r) {
        return None;
    }
    let before = line[..r.start].trim().trim_start_matches(BULLETS).trim();
    let after = line[r.end..].trim_start();
    // "(2025 – 2026)." alone on a line ends a wrapped sentence; an entry's own dates in
    // brackets end with the bracket.
    if before == "(" && matches!(after.trim_end(), ")." | ");" | "),") {
        return None;
    }
    // "…; advies over de Kaderrichtlijn Water (2022-2027)." closes a sentence of the
    // description: a clause (a ';' or two small words) before a bracketed period and a full stop.
    if after.trim_end() == ")." && before.ends_with('(') {
        let small = before
            .split_whitespace()
            .filter(|w| SMALL_WORDS.contains(&w.trim_end_matches([',', ';'])))
            .count();
        if before.contains(';') || small >= 2 {
            return None;
        }
    }
    let label = fold(before.trim_end_matches([':', '[', '(']).trim());
    let at_start = label.is_empty() || PERIOD_LABELS.contains(&label.as_str());
    let at_end = after.trim_end_matches([')', ']', '.', ' ']).is_empty() || is_noise(after);
    let separated = line[r.end..].starts_with(['\t', '|'])
        || line[r.end..].starts_with("  ")
        || after.starts_with(['|', '·', '(', ']'])
        || line[..r.start].ends_with(['\t', '|'])
        || line[..r.start].ends_with("  ")
        || before.ends_with(['|', '(', '·']);
    if at_end && !before.is_empty() {
        // "bezuinigingsopgave 2024–2026." ends a wrapped sentence, "(stroomgebiedbeheerplan
        // 2022-2027)." a wrapped remark; neither starts an entry.
        let opening = before.trim_start_matches(['(', '[', '"', '\'']);
        if opening.starts_with(char::is_lowercase) && !separated && !at_start {
            return None;
        }
        // "Organisation (…)      03/2018 – 12/2021", or "Role, Organisation, 2019 – 2021".
        return Some((p, r));
    }
    if at_start {
        // "2000–2015 van de gemeente Deventer": a sentence that happens to start with years;
        // "2019–heden teamleider HR-advies" is a title written in lower case.
        let first = fold(after.split_whitespace().next().unwrap_or(""));
        let title = role_like(after.split([',', '(', '.']).next().unwrap_or(""))
            && !FUNCTION_WORDS.contains(&first.as_str());
        if after.starts_with(char::is_lowercase) && !separated && !title {
            return None;
        }
        return Some((p, r));
    }
    separated.then_some((p, r))
}

/// Whether the period stands inside a plain sentence of a description: words before it with
/// no field separator, and a full stop at the end ("Lid van het programmateam Circulair
/// Overijssel (2019 - 2022).", "Opstellen van het grondstoffenplan 2024-2030 (vastgesteld
/// in 2024)."). A header names its fields apart ("Adviseur, Gemeente Ede (2019 – 2021).") or
/// goes on after a colon ("GGD (2021 – heden): verpleegkundige …").
fn dated_sentence(line: &str, r: &std::ops::Range<usize>) -> bool {
    let before = line[..r.start]
        .trim()
        .trim_end_matches(['(', '['])
        .trim_end();
    let after = line[r.end..].trim_start();
    let plain =
        |t: &str| !t.contains([',', '|', '—', '–', '·', ':', '\t', ';']) && !t.contains("  ");
    crate::text::word_count(before) >= 2
        && plain(before)
        && !after.trim_start_matches([')', ']']).starts_with(':')
        && !is_bullet(line)
        && ends_sentence(line.trim_end())
}

/// Small words of a sentence, as a header seldom has two of them. Reviewed data.
const SMALL_WORDS: [&str; 14] = [
    "van", "de", "het", "een", "en", "over", "met", "voor", "naar", "the", "of", "and", "for",
    "with",
];

/// Words that open a sentence rather than a title. Reviewed data.
const FUNCTION_WORDS: [&str; 16] = [
    "van", "de", "het", "een", "in", "met", "op", "voor", "is", "was", "werd", "heb", "ben", "the",
    "a", "at",
];

/// Whether line `i` is the last line of a sentence wrapped from the line above: that line
/// stops at a small word ("… meegeschreven aan de herijking van het" / "VVE-beleidskader
/// 2023–2026.") and this one ends with a full stop. A header never stops at "van het".
fn ends_wrapped_sentence(lines: &[NumberedLine<'_>], i: usize) -> bool {
    let Some(above) = i.checked_sub(1).map(|k| lines[k]) else {
        return false;
    };
    if above.no + 1 != lines[i].no || !ends_sentence(lines[i].text.trim_end()) {
        return false;
    }
    let last = above.text.trim_end().rsplit(' ').next().unwrap_or("");
    SMALL_WORDS.contains(&last) || FUNCTION_WORDS.contains(&last)
}

/// Whether a line starts an experience entry: it holds a period, not inside a sentence.
pub fn starts_entry(line: &str) -> bool {
    anchor(line).is_some()
}

/// Whether the period is part of a remark in parentheses ("Gemeente Heerhugowaard (sinds
/// 2022 gemeente Dijk en Waard)"), not the entry's own dates ("(jan 2014 – dec 2014)").
fn is_remark(line: &str, r: &std::ops::Range<usize>) -> bool {
    let Some(open) = line[..r.start].rfind('(') else {
        return false;
    };
    if line[open..r.start].contains(')') {
        return false;
    }
    let close = line[r.end..].find(')').map_or(line.len(), |c| r.end + c);
    let inside = format!("{} {}", &line[open + 1..r.start], &line[r.end..close]);
    !is_noise(&inside) && crate::text::word_count(&inside) >= 2
}

/// Whether the period ends a remark opened on the line before: a bullet wrapped inside its
/// parentheses ("(rotation rounds" / "2023–2026), about 60 vacancies per year.").
/// Also a period in a wrapped clause list: "lid van de medezeggenschapsraad" / "(2018 – 2021);
/// coördinator burgerschap in de bovenbouw." — a ';' right after the period goes on with the
/// sentence.
fn closes_remark(line: &str, r: &std::ops::Range<usize>) -> bool {
    let after = line[r.end..].trim_start();
    (after.starts_with(')') && !line[..r.start].contains('('))
        || after.trim_start_matches([')', ']', ' ']).starts_with(';')
}

/// Words that label a field of an entry, and which field ("Rol: Jurist", "Opdrachtgever: UWV").
const FIELD_LABELS: &[(&str, Field)] = &[
    ("rol", Field::Role),
    ("functie", Field::Role),
    ("functietitel", Field::Role),
    ("role", Field::Role),
    ("position", Field::Role),
    ("title", Field::Role),
    ("job title", Field::Role),
    ("opdracht", Field::Assignment),
    ("assignment", Field::Assignment),
    ("opdrachtgever", Field::Organisation),
    ("werkgever", Field::Organisation),
    ("organisatie", Field::Organisation),
    ("klant", Field::Organisation),
    ("employer", Field::Organisation),
    ("company", Field::Organisation),
    ("client", Field::Organisation),
    ("organisation", Field::Organisation),
    ("organization", Field::Organisation),
    // Europass's labels ("Functie of bekleed ambt", "Naam en adres van de werkgever").
    ("functie of bekleed ambt", Field::Role),
    ("occupation or position held", Field::Role),
    ("naam en adres van de werkgever", Field::Organisation),
    ("name and address of employer", Field::Organisation),
    ("naam werkgever", Field::Organisation),
    ("soort onderneming of sector", Field::Noise),
    ("type of business or sector", Field::Noise),
    ("opdrachtgevers", Field::Noise),
    ("klanten", Field::Noise),
    ("clients", Field::Noise),
    ("periode", Field::Noise),
    ("period", Field::Noise),
    ("duur", Field::Noise),
    ("plaats", Field::Noise),
    ("locatie", Field::Noise),
    ("location", Field::Noise),
    ("land", Field::Noise),
    ("country", Field::Noise),
    ("standplaats", Field::Noise),
    ("sector", Field::Noise),
    ("dienstverband", Field::Noise),
    ("type", Field::Noise),
];

/// Labels that start an entry's description: nothing after them is a title or employer.
const DESCRIPTION_LABELS: [&str; 14] = [
    "werkzaamheden",
    "taken",
    "verantwoordelijkheden",
    "resultaten",
    "resultaat",
    "omschrijving",
    "beschrijving",
    "activiteiten",
    "tasks",
    "responsibilities",
    "achievements",
    "description",
    "projecten",
    "kerntaken",
];

/// What a fragment of an entry's header says.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Field {
    Role,
    Organisation,
    /// "Opdracht: Contractmanager, Rijkswaterstaat": a role and a client in one value.
    Assignment,
    /// A location, a duration, a contract form: not the role or the employer.
    Noise,
}

/// Words of a printed duration ("2 yrs 11 mos", "(3 jaar)", "3 jr 5 mnd", "2x 6 maanden").
const DURATION_WORDS: [&str; 22] = [
    "yr", "yrs", "year", "years", "mo", "mos", "month", "months", "jaar", "jaren", "jr", "mnd",
    "maand", "maanden", "mndn", "week", "weken", "ca", "circa", "ruim", "x", "and",
];

/// Words that, alone, give a contract form, a way of working or a place, never a title or an
/// employer (LinkedIn's "Freelance", "Full-time", "Hybrid"; Dutch CVs' "zzp", "loondienst").
const CONTRACT_WORDS: [&str; 26] = [
    "freelance",
    "full-time",
    "fulltime",
    "part-time",
    "parttime",
    "contract",
    "self-employed",
    "zelfstandig",
    "zzp",
    "zzp'er",
    "interim",
    "permanent",
    "tijdelijk",
    "vast",
    "loondienst",
    "in loondienst",
    "detachering",
    "hybrid",
    "hybride",
    "remote",
    "on-site",
    "op locatie",
    "internship",
    "seasonal",
    "apprenticeship",
    "temporary",
];

/// An open end written apart from its period ("Periode: vanaf juni 2022 (lopend)").
const OPEN_END_WORDS: [&str; 4] = ["lopend", "heden", "doorlopend", "ongoing"];

/// Country names that end a location line ("Den Haag, Netherlands").
const COUNTRY_WORDS: [&str; 6] = [
    "netherlands",
    "nederland",
    "the netherlands",
    "belgie",
    "belgium",
    "germany",
];

/// Whether a fragment of a header line is a printed duration, contract form or location.
fn is_noise(fragment: &str) -> bool {
    let f = fold(fragment);
    let f = f.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-');
    if f.is_empty() {
        return true;
    }
    // Split at white space and at ( ) , · / — ASCII by byte, other characters decoded.
    let words: Vec<&str> = {
        let b = f.as_bytes();
        let (mut out, mut start, mut i) = (Vec::new(), None, 0);
        while i < b.len() {
            let (cut, n) = match b[i] {
                b' ' | b'\t'..=b'\r' | b'(' | b')' | b',' | b'/' => (true, 1),
                c if c.is_ascii() => (false, 1),
                _ => {
                    let c = f[i..].chars().next().unwrap_or(' ');
                    (c.is_whitespace() || c == '·', c.len_utf8())
                }
            };
            if !cut {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                out.push(&f[s..i]);
            }
            i += n;
        }
        if let Some(s) = start {
            out.push(&f[s..]);
        }
        out
    };
    let duration = words.iter().all(|w| {
        let w = w.trim_end_matches('.');
        DURATION_WORDS.contains(&w)
            || w.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            || w.strip_suffix('x')
                .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
    }) && words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
    // A field's label alone ("Werkgever" cut from its value) is never a title or employer.
    // (Fragments longer than "verantwoordelijkheden" skip the lookup: only Europass's labels
    // are longer, and they are read with their value, see [`labelled`].)
    let label = f.len() <= 21
        && (FIELD_LABELS.iter().any(|(l, _)| *l == f) || DESCRIPTION_LABELS.contains(&f));
    let contract = label
        || CONTRACT_WORDS.contains(&f)
        || PERIOD_LABELS.contains(&f)
        || OPEN_END_WORDS.contains(&f);
    // "Den Haag, Netherlands": a country after a comma ("Midden-Nederland" is a region name).
    let last = f.rsplit(',').next().unwrap_or("").trim();
    let place = words.len() <= 5 && COUNTRY_WORDS.contains(&last);
    duration || contract || place
}

/// The cells of a line whose columns are separated by tabs or by wide gaps of spaces
/// ("05-2023 – heden    Gemeente Zaanstad    Inkoopadviseur").
fn cells(line: &str) -> Vec<&str> {
    line.split('\t')
        .flat_map(|c| c.split("   "))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// Splits a header line into its fragments ("Logius · Contract", "Role | Organisation").
fn fragments(line: &str) -> Vec<&str> {
    let cells = cells(line);
    // "Rol:        Intercedent": a label aligned apart from its value is one field, not two
    // cells.
    // "Werkgever      : Staatsbosbeheer": a fixed-width form puts the gap before the colon.
    if cells.len() == 2
        && (cells[0].ends_with(':') || cells[1].starts_with(':'))
        && labelled(line.trim()).is_some()
    {
        return vec![line.trim()];
    }
    cells
        .into_iter()
        .flat_map(|c| c.split(['|', '·', '•']))
        .flat_map(|p| p.split(" — "))
        .map(strip_separators)
        .filter(|p| !p.is_empty())
        .collect()
}

/// A fragment's label and the value after it ("Rol: Jurist" → Role, "Jurist").
fn labelled(fragment: &str) -> Option<(Field, &str)> {
    let (label, value) = fragment.split_once(':')?;
    let label = fold(label.trim());
    FIELD_LABELS
        .iter()
        .find(|(l, _)| *l == label)
        .map(|(_, field)| (*field, value.trim()))
}

/// Whether a line ends like a sentence: a full stop after a word ("… verbeterd."), not after an
/// abbreviation ("Oostveld B.V.", "Ltd.").
fn ends_sentence(t: &str) -> bool {
    if t.ends_with(';') {
        return true;
    }
    let Some(body) = t.strip_suffix('.') else {
        return false;
    };
    let last = body.rsplit(char::is_whitespace).next().unwrap_or(body);
    !last.contains('.') && last.chars().count() > 3
}

/// Whether a line has the shape of a part of an entry's header (title, employer, place,
/// contract form): short, no bullet, no sentence, no description label. A period line is
/// none either: see [`HeaderBlocks::header_like`].
fn header_like(line: &str) -> bool {
    let t = line.trim();
    let first = fold(t.split(':').next().unwrap_or(""));
    // Words in parentheses are a remark on the name ("DUO (executive agency of …)").
    let mut depth = 0i32;
    let outside: String = t
        .chars()
        .filter(|c| {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => return depth <= 0,
            }
            false
        })
        .collect();
    // A long title and a long employer name make a long line ("Senior beleidsmedewerker …
    // – Ministerie van Justitie en Veiligheid"): still a header when it splits into the two.
    let width = outside.chars().count();
    if is_bullet(t)
        || width > 160
        || t.chars().count() > 200
        || ends_sentence(t)
        || (t.contains(':') && DESCRIPTION_LABELS.contains(&first.trim()))
    {
        return false;
    }
    // A line of many words splits at a dash or bar between title and employer; a description
    // line of as many words seldom has one. The split is asked only of a long line (it costs
    // more than the other tests).
    let words = crate::text::word_count(&outside);
    let wordy = words > 14;
    if words > 22 || (wordy && width <= 110 && !t.contains(['–', '—', '|'])) {
        return false;
    }
    !sentence_inside(t) && (!(wordy || width > 110) || split_one_line(t).is_some())
}

/// Whether a sentence ends inside the line and another starts: a full stop after a word of
/// five or more letters in lower case, then a capital ("… en beschikkingen. Sinds 2019 …").
/// A header's full stops end abbreviations ("Gem. Utrecht", "B.V. Amsterdam", "Drs.").
fn sentence_inside(t: &str) -> bool {
    // Most header lines have no full stop followed by a space.
    let b = t.as_bytes();
    if !t
        .match_indices('.')
        .any(|(k, _)| b.get(k + 1) == Some(&b' '))
    {
        return false;
    }
    let mut words = t.split_whitespace().peekable();
    while let Some(w) = words.next() {
        let Some(body) = w.strip_suffix('.') else {
            continue;
        };
        let next_capital = words
            .peek()
            .is_some_and(|n| n.starts_with(char::is_uppercase));
        let plain_word = body.chars().count() >= 5
            && body.chars().all(|c| c.is_alphabetic() && c.is_lowercase());
        if next_capital && plain_word {
            return true;
        }
    }
    false
}

/// Column names of a flattened table header ("Periode\tOrganisatie\tFunctie\tWerkzaamheden").
#[derive(Debug, Clone, Copy, PartialEq)]
enum Column {
    Period,
    Organisation,
    Role,
    Description,
}

/// The column a header cell names; any other name is a description.
fn column(cell: &str) -> Column {
    match fold(cell.trim()).as_str() {
        "periode" | "period" | "jaar" | "datum" | "van - tot" | "van-tot" | "wanneer" => {
            Column::Period
        }
        "organisatie" | "werkgever" | "opdrachtgever" | "organisation" | "organization"
        | "employer" | "client" => Column::Organisation,
        "functie" | "rol" | "role" | "position" | "function" | "title" => Column::Role,
        _ => Column::Description,
    }
}

/// The columns of a table header, when it names a period and a role or an employer.
fn header_columns(cells: &[&str]) -> Option<Vec<Column>> {
    let cols: Vec<Column> = cells.iter().map(|c| column(c)).collect();
    (cols.contains(&Column::Period)
        && (cols.contains(&Column::Role) || cols.contains(&Column::Organisation)))
    .then_some(cols)
}

/// Where the period column stands, when these cells are a job table's header ("Periode",
/// "Opdrachtgever", "Rol", "Werkzaamheden").
pub(super) fn header_period_column(cells: &[&str]) -> Option<usize> {
    header_columns(cells)?
        .iter()
        .position(|c| *c == Column::Period)
}

fn table_header(line: &str) -> Option<Vec<Column>> {
    if !line.contains('\t') && !line.trim().contains("   ") {
        return None;
    }
    header_columns(&cells(line))
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

/// Which side of a period line its title and employer stand on, in this section.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Side {
    Above,
    Below,
}

/// Builds experience entries from a section's lines (or any region when headings are missing).
pub fn read_entries(lines: &[NumberedLine<'_>], section_end: usize) -> Vec<Experience> {
    let headers: Vec<Option<Vec<Column>>> = lines.iter().map(|l| table_header(l.text)).collect();
    let header: Option<Vec<Column>> = headers.iter().flatten().next().cloned();
    let found: Vec<(usize, super::Period, std::ops::Range<usize>)> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| headers[*i].is_none())
        .filter_map(|(i, l)| anchor(l.text).map(|(p, r)| (i, p, r)))
        .filter(|(i, _, _)| !ends_wrapped_sentence(lines, *i))
        .collect();
    // A section whose entries are all bullets.
    let found = if found.is_empty() {
        lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| bullet_anchor(l.text).map(|(p, r)| (i, p, r)))
            .collect()
    } else {
        found
    };
    let found = with_client_entries(lines, found);
    let blocks = HeaderBlocks::new(lines, &found);
    let side = blocks.usual_side();
    let mut anchors: Vec<Anchor> = Vec::new();
    // LinkedIn groups roles under a company line followed by its total duration.
    let mut company: Option<String> = None;
    let mut floor = 0;
    for (k, (i, period, range)) in found.iter().enumerate() {
        let ceiling = found.get(k + 1).map_or(lines.len(), |n| n.0);
        let (role, organisation, first, last_header) =
            if let Some(row) = table_row(lines[*i].text, header.as_deref()) {
                (row.0, row.1, *i, *i)
            } else {
                if let Some(c) = blocks.company_above(*i, floor) {
                    company = Some(c);
                }
                let mut f = fields(&blocks, *i, range, floor, ceiling, side);
                if let Some(c) = blocks.company_within(f.2, *i) {
                    // The group's first role carries the company in its own header.
                    company = Some(c);
                } else if f.1.is_some() {
                    // An employer of its own ends the group.
                    company = None;
                }
                if f.1.is_none() && f.0.is_some() {
                    f.1 = company.clone();
                }
                // "› UWV, team WW   2024-10 – heden" / "Java-ontwikkelaar in een DevOps-team …":
                // an employer alone over a description that opens with the title.
                if f.0.is_none() && f.1.is_some() && i + 1 < ceiling {
                    f.0 = title_opening(lines[i + 1].text);
                }
                f
            };
        // "2016–2019 HR-adviseur" / "2019–heden teamleider": a role change on the next line
        // keeps the employer of the line above.
        let organisation = organisation.or_else(|| {
            anchors
                .last()
                .filter(|p| p.at + 1 == *i && role.is_some())
                .and_then(|p| p.organisation.clone())
        });
        floor = last_header + 1;
        anchors.push(Anchor {
            at: *i,
            period: super::period::start_from_employer(period, organisation.as_deref()),
            role,
            organisation,
            first,
        });
    }
    drop_containers(&mut anchors, lines);
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

/// Words that open a line naming the bureau or employer through which the assignments below
/// it were done ("Detachering via X B.V. 2015 – heden"): a frame, not a job of its own.
const CONTAINER_WORDS: [&str; 8] = [
    "detachering via",
    "gedetacheerd via",
    "werkzaam via",
    "in dienst van",
    "in dienst bij",
    "via ",
    "seconded by",
    "employed by",
];

/// Whether a bracketed remark names the intermediary through which the work was done
/// ("(gedetacheerd via Handhavingspool B.V.)", "(via Hoofdzaak Inhuur)"): the work was done
/// at the employer beside it, so the remark is neither title nor employer.
fn intermediary_remark(fragment: &str) -> bool {
    let t = fragment.trim();
    t.starts_with('(') && t.ends_with(')') && opens_with_container(t[1..].trim_start())
}

/// Whether a text opens with a container phrase ("gedetacheerd via …", "in dienst van …"; see
/// `CONTAINER_WORDS`), compared folded.
fn opens_with_container(text: &str) -> bool {
    let f = fold(text);
    CONTAINER_WORDS.iter().any(|w| f.starts_with(w))
}

/// Whether a text names the candidate's own company (`OWN_COMPANY_WORDS`), compared folded.
fn names_own_company(text: &str) -> bool {
    let f = fold(text);
    OWN_COMPANY_WORDS.iter().any(|w| f.contains(w))
}

/// The text before an intermediary named at its end, in brackets or after a comma
/// ("Amsterdam (via Hoofdzaak Inhuur)", "PI Vught, via Justitia Interim B.V." → the place):
/// the agency's name says nothing of title or employer ("Hoofdzaak", "Interim").
fn before_intermediary(text: &str) -> &str {
    if let Some(p) = text.rfind('(').filter(|&p| intermediary_remark(&text[p..])) {
        return text[..p].trim_end();
    }
    match text.rfind(", ") {
        Some(p) if opens_with_container(&text[p + 2..]) => text[..p].trim_end(),
        _ => text,
    }
}

/// Adds the clients listed under the candidate's own company ("Eenmanszaak X (sinds 2021),
/// opdrachten:" then "  › UWV, team WW, Amsterdam   2024-10 – heden"): each bullet indented
/// under it that reads as a header with its own period is an assignment, so an entry, though
/// elsewhere a bullet is a statement of a job.
fn with_client_entries(
    lines: &[NumberedLine<'_>],
    mut found: Vec<(usize, super::Period, std::ops::Range<usize>)>,
) -> Vec<(usize, super::Period, std::ops::Range<usize>)> {
    let mut k = 0;
    while k < lines.len() {
        let text = lines[k].text;
        let own = !is_bullet(text) && names_own_company(text);
        let base = indent(text);
        k += 1;
        if !own {
            continue;
        }
        while k < lines.len() && indent(lines[k].text) > base {
            let client = found.iter().all(|f| f.0 != k) && header_like(unbulleted(lines[k].text));
            if let Some((p, r)) = client.then(|| bullet_anchor(lines[k].text)).flatten() {
                found.push((k, p, r));
            }
            k += 1;
        }
    }
    found.sort_by_key(|f| f.0);
    found
}

/// Words after which the title a description opens with ends ("Java-ontwikkelaar in een
/// DevOps-team", "Adviseur voor de gemeente"). Reviewed data.
const TITLE_ENDS: [&str; 9] = [
    " in ", " voor ", " bij ", " binnen ", " met ", " op ", " for ", " with ", " at ",
];

/// The title a description opens with, under an entry that names only its employer
/// ("Java-ontwikkelaar in een DevOps-team …", "Backend-ontwikkelaar Java in een projectteam",
/// "Java-ontwikkelaar orderverwerking. Spring Boot, …"): a short role phrase, no sentence.
fn title_opening(line: &str) -> Option<String> {
    let t = line.trim();
    if is_bullet(t) || !t.starts_with(char::is_uppercase) {
        return None;
    }
    let mut end = t.find(['.', ';', ',', ':', '(']).unwrap_or(t.len());
    for w in TITLE_ENDS {
        if let Some(p) = t[..end].find(w) {
            end = p;
        }
    }
    let head = t[..end].trim();
    let words = head.split_whitespace().count();
    ((1..=4).contains(&words) && role_like(head) && !org_like(head)).then(|| head.to_string())
}

/// Words that name the candidate's own company ("Van Dijk Advies — eigenaar", "Eigen bureau
/// (zzp)"): with assignments indented under it, the assignments are the jobs. Reviewed data.
const OWN_COMPANY_WORDS: [&str; 12] = [
    "eigenaar",
    "eigen onderneming",
    "eigen bedrijf",
    "eigen bureau",
    "zzp",
    "zelfstandig",
    "oprichter",
    "owner",
    "founder",
    "self-employed",
    "freelance",
    "eenmanszaak",
];

/// Labels that open an assignment listed under the company it was done for or through.
const ASSIGNMENT_LABELS: [&str; 5] = ["opdracht", "assignment", "project", "klant", "client"];

/// How far a line is indented, in characters (a tab counts four).
fn indent(line: &str) -> usize {
    line.chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// Removes an entry that only frames the assignments after it: the next entry starts within
/// its period, and its line opens with a container word ("Gedetacheerd via X"), or names the
/// candidate's own company with the assignment indented under it or labelled "Opdracht:".
fn drop_containers(anchors: &mut Vec<Anchor>, lines: &[NumberedLine<'_>]) {
    let mut k = 0;
    while k + 1 < anchors.len() {
        let (outer, inner) = (&anchors[k].period, &anchors[k + 1].period);
        let within = inner.start.year >= outer.start.year
            && outer
                .end
                .is_none_or(|e| inner.end.is_some_and(|i| i.year <= e.year));
        // Most entries do not enclose the next: the words are read only for those that do.
        let frame = within
            && (opens_with_container(lines[anchors[k].at].text.trim()) || {
                let own_company = lines[anchors[k].first..=anchors[k].at]
                    .iter()
                    .any(|l| names_own_company(l.text));
                let next = &lines[anchors[k + 1].first];
                let nested = indent(next.text) > indent(lines[anchors[k].first].text)
                    || ASSIGNMENT_LABELS
                        .iter()
                        .any(|w| fold(next.text.trim()).starts_with(w));
                // An employer named without a title ("Liander   2011 – 2018") over the roles
                // held there frames them too: one field read, the other left empty.
                let bare = anchors[k].role.is_none() || anchors[k].organisation.is_none();
                (own_company || bare) && nested
            });
        if frame {
            anchors.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Where blank lines fall around the period lines of a section.
struct HeaderBlocks<'a, 'b> {
    lines: &'a [NumberedLine<'b>],
    /// Whether blank lines separate things here (a PDF copy may put one after every line).
    gaps_mean_something: bool,
    anchors: Vec<usize>,
    /// Per line: has the shape of a header line and holds no period (computed when first
    /// asked: only the lines around the period lines are).
    header: Vec<std::cell::OnceCell<bool>>,
}

impl<'a, 'b> HeaderBlocks<'a, 'b> {
    fn new(
        lines: &'a [NumberedLine<'b>],
        found: &[(usize, super::Period, std::ops::Range<usize>)],
    ) -> Self {
        let gaps = lines.windows(2).filter(|w| w[1].no > w[0].no + 1).count();
        let anchors: Vec<usize> = found.iter().map(|f| f.0).collect();
        let header = vec![std::cell::OnceCell::new(); lines.len()];
        HeaderBlocks {
            lines,
            gaps_mean_something: gaps * 10 < lines.len().saturating_sub(1) * 7,
            anchors,
            header,
        }
    }

    /// Whether line `k` can be part of an entry's header.
    fn header_like(&self, k: usize) -> bool {
        *self.header[k].get_or_init(|| {
            self.anchors.binary_search(&k).is_err() && header_like(self.lines[k].text)
        })
    }

    /// Whether line `k` holds a period that starts an entry.
    fn is_anchor(&self, k: usize) -> bool {
        self.anchors.binary_search(&k).is_ok()
    }

    /// Whether lines `k` and `k + 1` stand together (no blank line between them).
    fn together(&self, k: usize) -> bool {
        !self.gaps_mean_something || self.lines[k + 1].no == self.lines[k].no + 1
    }

    /// The side most entries of this section have their title on, from the entries where
    /// only one side can hold it; above when nothing tells.
    fn usual_side(&self) -> Side {
        let (mut above, mut below) = (0, 0);
        for &i in &self.anchors {
            let up = i > 0 && self.together(i - 1) && self.header_like(i - 1);
            let down = i + 1 < self.lines.len() && self.together(i) && self.header_like(i + 1);
            match (up, down) {
                (true, false) => above += 1,
                (false, true) => below += 1,
                _ => {}
            }
        }
        if below > above {
            Side::Below
        } else {
            Side::Above
        }
    }

    /// A LinkedIn company group at the top of the entry's own header (lines `first` to `at`):
    /// "Company\n5 years 9 months\nTitle\nMarch 2023 - Present". Returns the company,
    /// which the roles after it without an employer of their own inherit.
    fn company_within(&self, first: usize, at: usize) -> Option<String> {
        let header = self.lines.get(first..at)?;
        let total = |t: &str| {
            t.chars().any(|c| c.is_ascii_digit()) && fragments(t).into_iter().all(is_noise)
        };
        (header.len() >= 3
            && total(header[1].text)
            && !is_noise(header[0].text)
            && header[2..].iter().any(|l| !is_noise(l.text)))
        .then(|| strip_separators(header[0].text).to_string())
    }

    /// A LinkedIn company group just above the entry's header: "Company\n4 yrs 11 mos\n
    /// [place]" then a blank line. Returns the company.
    fn company_above(&self, i: usize, floor: usize) -> Option<String> {
        // Walk up over the entry's own header to the blank line above it.
        let mut k = i;
        while k > floor && self.together(k - 1) && self.header_like(k - 1) {
            k -= 1;
        }
        if k == 0 || k <= floor || !self.gaps_mean_something {
            return None;
        }
        // The group: the lines between the previous blank line and this one.
        let end = k - 1;
        let mut start = end;
        while start > floor && self.together(start - 1) {
            start -= 1;
        }
        let group = &self.lines[start..=end];
        let has_total = group
            .iter()
            .any(|l| is_noise(l.text) && l.text.chars().any(|c| c.is_ascii_digit()));
        (group.len() <= 3 && has_total && !is_noise(group[0].text) && self.header_like(start))
            .then(|| strip_separators(group[0].text).to_string())
    }
}

/// Role and organisation of a flattened table row ("07/2024 – heden\tOostkamp B.V.\tRol").
fn table_row(line: &str, header: Option<&[Column]>) -> Option<(Option<String>, Option<String>)> {
    let cells = cells(line);
    if cells.len() < 3 {
        return None;
    }
    let period_cell = cells
        .iter()
        .position(|c| find_period(c).is_some())
        .unwrap_or(0);
    let columns: Vec<Column> = match header {
        Some(h) if h.len() >= cells.len() => h.to_vec(),
        _ => cells
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
            .collect(),
    };
    let get = |want: Column| {
        cells
            .iter()
            .zip(columns.iter())
            .find(|(_, col)| **col == want)
            .map(|(c, _)| strip_separators(c).to_string())
            .filter(|c| !c.is_empty())
    };
    Some((get(Column::Role), get(Column::Organisation)))
}

/// Role, organisation, the index of the entry's first line and of its last header line, for
/// the period line at `i`. Header lines are read from the line itself, then from the side
/// its title stands on (`usual`, or the side that has header lines), never past `floor`
/// (the previous entry) or `ceiling` (the next period line).
fn fields(
    blocks: &HeaderBlocks<'_, '_>,
    i: usize,
    range: &std::ops::Range<usize>,
    floor: usize,
    ceiling: usize,
    usual: Side,
) -> (Option<String>, Option<String>, usize, usize) {
    let lines = blocks.lines;
    let line = lines[i].text;
    // A long line goes on with a description after its first sentence.
    let after = &line[range.end..];
    let after = match after.find(". ").or_else(|| after.find("; ")) {
        Some(end) if line.chars().count() > 110 => &after[..end],
        _ => after,
    };
    // A client listed as a bullet ("› UWV, team WW   2024-10 – heden") has its bullet taken off.
    let own: Vec<&str> = [unbulleted(&line[..range.start]), after]
        .into_iter()
        .flat_map(fragments)
        .filter(|f| !is_noise(f))
        .collect();
    let mut above = Vec::new();
    let mut k = i;
    while k > floor && above.len() < 3 && blocks.together(k - 1) && blocks.header_like(k - 1) {
        k -= 1;
        above.push(k);
    }
    above.reverse();
    let mut below = Vec::new();
    let mut k = i;
    while k + 1 < ceiling && below.len() < 3 && blocks.together(k) && blocks.header_like(k + 1) {
        k += 1;
        below.push(k);
    }
    // A period alone between blank lines ("februari 2020 – heden" / "" / "Title · Employer"):
    // its header is the nearest header line across the gap, below before above.
    if own.is_empty() && above.is_empty() && below.is_empty() {
        if i + 1 < ceiling && blocks.header_like(i + 1) {
            below.push(i + 1);
        } else if i > floor && blocks.header_like(i - 1) && !blocks.is_anchor(i - 1) {
            above.push(i - 1);
        }
    }
    // The line's own words first; then the side the period's place on its line points to
    // (a period at the end follows its title, one at the start precedes it).
    let period_first = line[..range.start].trim().is_empty();
    let side = match (above.is_empty(), below.is_empty()) {
        (true, false) => Side::Below,
        (false, true) => Side::Above,
        _ if !own.is_empty() && period_first => Side::Below,
        _ if !own.is_empty() => Side::Above,
        _ => usual,
    };
    let mut slots = Slots::default();
    for f in &own {
        slots.offer(f);
    }
    let (mut first, mut last) = (i, i);
    let neighbours = if side == Side::Above { &above } else { &below };
    if !slots.full() || slots.weak_organisation {
        for &n in neighbours {
            // A neighbour that adds only noise (a place, "Freelance") still belongs to it.
            for f in fragments(lines[n].text) {
                slots.offer(f);
            }
            first = first.min(n);
            last = last.max(n);
        }
    }
    // A field block names its fields on both sides of its period line ("Opdrachtgever: X" /
    // "Periode: 2023 – heden" / "Rol: Y"): the labelled title or employer across it belongs
    // to this entry too.
    let across = if side == Side::Above { &below } else { &above };
    for &n in across {
        if !matches!(
            labelled(lines[n].text.trim()),
            Some((Field::Role | Field::Organisation | Field::Assignment, _))
        ) {
            break;
        }
        slots.offer(lines[n].text.trim());
        first = first.min(n);
        last = last.max(n);
    }
    // A period alone over a line that runs on from its header into the description
    // ("2018-09 – 2021-12" / "GZ-psycholoog, FPC De Kijvelanden, Poortugaal. Diagnostiek en
    // behandeling;"): the header is that line's first sentence.
    if own.is_empty() && above.is_empty() && below.is_empty() && i + 1 < ceiling {
        let next = lines[i + 1].text;
        if let Some(head) = header_sentence(next).filter(|h| blocks.together(i) && header_like(h)) {
            for f in fragments(head) {
                slots.offer(f);
            }
            last = i + 1;
        }
    }
    let (role, organisation) = slots.resolve();
    (role, organisation, first, last)
}

/// The first sentence of a line that goes on after it ("Adviseur, UWV, Utrecht. Beleid en
/// uitvoering;", "Jurist, Gemeente Ede (Ede)."): up to a full stop after a word of four letters
/// or more (not an abbreviation: "Gem.", "B.V.") before a capital, or up to a semicolon or a
/// full stop that ends the line. `None` when the line has no such end.
fn header_sentence(line: &str) -> Option<&str> {
    let t = line.trim();
    let b = t.as_bytes();
    for (k, c) in t.char_indices() {
        let end = match c {
            ';' => true,
            '.' if k + 1 == t.len() => true,
            '.' => {
                let word = t[..k].rsplit(char::is_whitespace).next().unwrap_or("");
                let letters = word.chars().filter(|c| c.is_alphabetic()).count();
                b.get(k + 1) == Some(&b' ')
                    && t[k + 2..].starts_with(char::is_uppercase)
                    && letters >= 4
                    && !word.contains('.')
            }
            _ => false,
        };
        if end {
            let head = t[..k].trim();
            return (!head.is_empty()).then_some(head);
        }
    }
    None
}

/// Title and employer candidates of one entry, in reading order.
#[derive(Debug, Default)]
struct Slots {
    role: Option<String>,
    organisation: Option<String>,
    /// Fragments that read as neither, in order.
    unknown: Vec<String>,
    /// The organisation is only the part after a dash that names no organisation
    /// ("Interim Senior Auditor – Compliance"): an employer on the next header line replaces it.
    weak_organisation: bool,
}

impl Slots {
    fn full(&self) -> bool {
        let known = self.role.is_some() as usize + self.organisation.is_some() as usize;
        known + self.unknown.len() >= 2
    }

    fn offer(&mut self, fragment: &str) {
        let clean = |s: &str| crate::text::words(s).collect::<Vec<_>>().join(" ");
        if is_noise(fragment) || intermediary_remark(fragment) {
            return;
        }
        if let Some((field, value)) = labelled(fragment) {
            match field {
                Field::Assignment => {
                    for part in value.split(", ").filter(|p| !is_noise(p)) {
                        self.offer(part);
                    }
                }
                Field::Role if self.role.is_none() && !value.is_empty() => {
                    self.role = Some(clean(value))
                }
                Field::Organisation if self.organisation.is_none() && !value.is_empty() => {
                    self.organisation = Some(clean(value))
                }
                _ => {}
            }
            return;
        }
        if let Some((r, o)) = split_one_line(fragment) {
            if self.role.is_none() && self.organisation.is_none() {
                self.weak_organisation = !org_like(&o);
                self.role = Some(clean(&r));
                self.organisation = Some(clean(&o));
                return;
            }
        }
        let f = clean(fragment);
        match role_or_org(&f) {
            (false, true) if self.weak_organisation => {
                self.weak_organisation = false;
                self.organisation = Some(f);
            }
            (true, false) if self.role.is_none() => self.role = Some(f),
            (false, true) if self.organisation.is_none() => self.organisation = Some(f),
            _ => self.unknown.push(f),
        }
    }

    /// Fills what is still empty from the unknown fragments: the first is the title, the next
    /// the employer (how most CVs order them).
    fn resolve(mut self) -> (Option<String>, Option<String>) {
        let mut rest = self.unknown.into_iter();
        if self.role.is_none() {
            self.role = rest.next();
        }
        if self.organisation.is_none() {
            self.organisation = rest.next();
        }
        (self.role, self.organisation)
    }
}

/// (role-like, organisation-like) of a header fragment. A fragment that reads as both is
/// decided by its head, before any bracket or comma: "Leerplichtambtenaar (gedetacheerd via
/// Flex B.V.)" is a title, "Gemeente Tilburg, team Leerplicht" an employer. Otherwise it
/// stays undecided and its place decides ([`Slots::resolve`]).
fn role_or_org(f: &str) -> (bool, bool) {
    if firm_of_professionals(f.split(['(', ',']).next().unwrap_or(f)) {
        return (false, true);
    }
    let both = (role_like(f), org_like(f));
    if both != (true, true) {
        return both;
    }
    let head = f.split(['(', ',']).next().unwrap_or(f);
    let by_head = (role_like(head), org_like(head));
    if by_head.0 != by_head.1 {
        return by_head;
    }
    if title_by_last_word(head) {
        return (true, false);
    }
    both
}

/// "PNO Consultants", "Hendriks & Brouwer Gerechtsdeurwaarders", "Rivus Ingenieurs": a name
/// followed by its trade in the plural is a firm. A title that opens with a role word
/// ("Coördinator vrijwilligers") names whom it leads and stays a title.
fn firm_of_professionals(head: &str) -> bool {
    let words: Vec<&str> = head.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let last = fold(last.trim_matches(|c: char| !c.is_alphanumeric()));
    let singular = last
        .strip_suffix('s')
        .into_iter()
        .chain(last.strip_suffix("en"))
        .any(|w| w.len() >= 5 && role_like(w));
    words.len() >= 2 && singular && !role_like(first)
}

/// "Schoolmaatschappelijk werker", "Collegevoorzitter secretaris": an organisation word only
/// inside a compound and a role word as the last word (a title's head noun) make a title.
/// So does a role word first ("Medewerker dienstregeling", "Adviseur verkeersdienst"). An
/// employer writes its kind as a word of its own ("Stichting MEE", "Van Rijn Accountants").
fn title_by_last_word(head: &str) -> bool {
    let words: Vec<&str> = head.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let head_word = |w: &str| role_like(w) && !org_like(w);
    words.len() <= 4
        && (head_word(last) || head_word(first))
        && !words.iter().any(|w| {
            let f = fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
            ORG_WORDS.contains(&f.as_str())
        })
}

/// "Secretaris, Gemeente Utrecht" / "Adviseur bij Provincie Utrecht" / "Adviseur – UWV" /
/// "PROJECTSECRETARIS  PROVINCIE ZUID-HOLLAND" (a double space). Which side is the employer
/// is decided by the organisation and role words of each side, not by the order.
fn split_one_line(s: &str) -> Option<(String, String)> {
    for sep in [" bij ", " at ", "  ", ", ", " – ", " | ", " - "] {
        if let Some(p) = s.find(sep) {
            let (a, b) = (s[..p].trim(), s[p + sep.len()..].trim());
            if a.is_empty() || b.is_empty() {
                continue;
            }
            // An agency's name in brackets counts for neither side ("(via Hoofdzaak Inhuur)").
            let judged = before_intermediary(b);
            // "Attaché – Permanente Vertegenwoordiging van Nederland bij de EU": a "bij" after
            // a field separator is inside the employer's name.
            if matches!(sep, " bij " | " at ")
                && [" – ", " | ", " — "].iter().any(|d| a.contains(d))
            {
                continue;
            }
            if role_like(a) && org_like(judged) && !role_like(judged) {
                return Some((a.to_string(), b.to_string()));
            }
            if org_like(a) && !role_like(a) && role_like(judged) {
                return Some((b.to_string(), a.to_string()));
            }
            // "Medewerker erfgoed – Collectie Overijssel": a dash or "bij" separates the two even
            // when the organisation is of no known kind; a comma alone does not.
            if sep != ", " && sep != "  " && role_like(a) && !role_like(judged) {
                return Some((a.to_string(), b.to_string()));
            }
            // "Sociaal rechercheur – gemeente Leiden": a title of no known word before a dash,
            // a known kind of employer after it.
            if sep != ", " && sep != "  " && org_like(judged) && !org_like(a) && !role_like(judged)
            {
                return Some((a.to_string(), b.to_string()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_line_that_runs_on_into_its_description() {
        // The family: a period alone, then title and employer that go on into what was done
        // after a full stop or a semicolon, indented or not. An employer of no known kind stays
        // with the title, as on any header line split by a comma.
        for (text, role) in [
            ("2018-09 – 2021-12\n    GZ-psycholoog, FPC De Kijvelanden (tbs-kliniek), Poortugaal. Diagnostiek en behandeling;\n    opstellen van adviezen.\n", "GZ-psycholoog"),
            ("2014-03 – 2018-08\n    GZ-psycholoog, GGZ Rivierduinen, afdeling forensische zorg (Leiden).\n", "GZ-psycholoog"),
            ("jan. 2015 – dec. 2019\nBeleidsadviseur, Gemeente Ede; opstellen van de woonvisie en de nota grondbeleid.\n", "Beleidsadviseur"),
        ] {
            let e = entries(text);
            assert_eq!(e.len(), 1, "{text}");
            assert!(e[0].role.as_deref().is_some_and(|r| r.starts_with(role)), "{text}: {:?}", e[0]);
        }
        let e = entries(
            "jan. 2015 – dec. 2019\nBeleidsadviseur, Gemeente Ede; opstellen van de woonvisie.\n",
        );
        assert_eq!(e[0].organisation.as_deref(), Some("Gemeente Ede"));
        assert_eq!(
            header_sentence("Adviseur, Gem. Utrecht. Beleid"),
            Some("Adviseur, Gem. Utrecht")
        );
        assert_eq!(header_sentence("Jurist bij Oostveld B.V. Amsterdam"), None);
    }

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
    fn a_period_closing_a_wrapped_remark_is_no_entry() {
        // The family: a bullet wrapped inside its parentheses, the period starting the next line.
        for text in [
            "Concessiemanager, Provincie Gelderland, 2023 – heden\n- Opstellen van het programma van eisen\n  (2025 – 2026).\n",
            "Adviseur, Gemeente Ede, 2019 – heden\n- Uitvoering van het warmteplan\n  (2021-2023);\n",
            "2022 - heden   Adviseur, Waterschap Rivierenland\n               Peilbeheer; advies over de Kaderrichtlijn Water (2022-2027).\n",
            "Adviseur wonen – Gemeente Amsterdam\nsinds 2019\nHuisvesting van aandachtsgroepen en programma Wonen en Zorg (2021-2025).\n",
            "Senior Recruiter — BZ\nMar 2022 – Oct 2026\n- Full-cycle recruitment (rotation rounds\n  2023–2026), about 60 vacancies per year.\n",
            "Adviseur, Gemeente Ede, 2019 – heden\n• Programma warmte (looptijd\n2022-2024) met vijf wijken.\n",
            "Adviseur, Gemeente Ede, 2019 – heden\n- Uitvoering van het IHP (periode\n2025 – 2040).\n",
            "Docent, De Kaap, 2014 – 2022\nWerkzaamheden: mentor; lid van de medezeggenschapsraad\n    (2018 – 2021); coördinator burgerschap.\n",
            "Docent, De Kaap, 2014 – 2022\nTaken: lesgeven, lid van de MR\n2018 – 2021; daarna voorzitter.\n",
        ] {
            assert_eq!(entries(text).len(), 1, "{text}");
        }
        // A period in its own brackets still opens an entry.
        assert_eq!(
            entries("Adviseur, Gemeente Ede (2019 – 2021)\nJurist, UWV (2015 – 2019)\n").len(),
            2
        );
    }

    #[test]
    fn a_long_header_line_over_its_period_keeps_the_job() {
        // The family: a title and an employer with its department and places make a line of
        // more than fourteen words; the description under the period wraps over lines.
        let description = "Zelfstandig afnemen van gehoren, beoordelen van aanvragen in de Algemene\nAsielprocedure en opstellen van beschikkingen. Sinds 2019 werkbegeleider van nieuwe\ncollega's. Nauwe samenwerking met de AVIM en de Koninklijke Marechaussee.\n";
        for (header, period) in [
            ("Hoor- en beslismedewerker asiel – Immigratie- en Naturalisatiedienst (IND), Directie Asiel en Bescherming, Ter Apel en Zwolle", "sep 2015 – heden (ruim 11 jaar)"),
            ("Senior beleidsmedewerker jeugd en onderwijs – Gemeente Utrecht, afdeling Maatschappelijke Ontwikkeling, team Jeugd, Utrecht", "2015 – heden"),
            ("Adviseur bodem en ondergrond bij Omgevingsdienst Noordzeekanaalgebied, afdeling Advies, team Bodem en Water, Haarlem", "03/2016 – 12/2020"),
            ("Projectleider Kaderrichtlijn Water | Waterschap Rivierenland, afdeling Planvorming en Beleid, Tiel en Culemborg", "jan 2019 - nu"),
            ("Medewerker identificatie en registratie vreemdelingen – Politie Eenheid Oost-Nederland, AVIM, Zwolle, Deventer en Enschede", "09-2019 t/m 02-2022"),
        ] {
            let text = format!("{header}\n{period}\n{description}");
            let e = entries(&text);
            assert_eq!(e.len(), 1, "{text}");
            assert_eq!(e[0].first_line, 1, "{text}");
            assert!(
                e[0].role.as_deref().is_some_and(|r| header.starts_with(r)),
                "{text}: {:?}",
                e[0].role
            );
        }
        // A sentence ending inside a line is no header; an abbreviation's full stop is.
        assert!(sentence_inside(
            "beoordelen van aanvragen. Sinds 2019 werkbegeleider"
        ));
        assert!(!sentence_inside("Adviseur, Gem. Utrecht"));
        assert!(!sentence_inside("Jurist, Van Dijk B.V. Amsterdam"));
        assert!(!sentence_inside("Drs. Adviseur, Prov. Utrecht"));
    }

    #[test]
    fn europass_labelled_blocks_give_title_and_employer() {
        // The family: Europass's labels, Dutch and English, with a colon or a tab.
        for text in [
            "Datum: 01-03-2018 – 31-12-2020\nFunctie of bekleed ambt: Adviseur\nNaam en adres van de werkgever: Gemeente Ede\n",
            "Datum\t01-03-2018 – 31-12-2020\nFunctie of bekleed ambt\tAdviseur\nNaam en adres van de werkgever\tGemeente Ede\n",
            "Dates: 03/2018 – 12/2020\nOccupation or position held: Adviseur\nName and address of employer: Gemeente Ede\n",
            "Datum: 01-03-2018 – 31-12-2020\nFunctie of bekleed ambt: Adviseur\nNaam werkgever: Gemeente Ede\nSoort onderneming of sector: Overheid\n",
            "Functie of bekleed ambt: Adviseur\nNaam en adres van de werkgever: Gemeente Ede\nDatum: 01-03-2018 – 31-12-2020\n",
        ] {
            let e = entries(text);
            assert_eq!(e.len(), 1, "{text}");
            assert_eq!(e[0].role.as_deref(), Some("Adviseur"), "{text}");
            assert_eq!(e[0].organisation.as_deref(), Some("Gemeente Ede"), "{text}");
        }
    }

    #[test]
    fn a_wrapped_sentence_ending_in_a_period_is_no_entry() {
        // The family: a description sentence breaks after a small word and its last line
        // holds a period and the full stop.
        for tail in [
            "meegeschreven aan de herijking van het\n                    VVE-beleidskader 2023–2026.",
            "opstellen van de\nUitvoeringsagenda 2021 - 2024.",
            "actualisatie van het Waterbeheerprogramma en\nKRW-maatregelen 2022-2027.",
            "projectleider voor\nHet Nationaal Programma Groningen 2020–2030.",
            "schreef mee aan de\nOmgevingsvisie 2040 (2019 – 2021).",
        ] {
            let text = format!("2021 – heden        Adviseur\n                    Gemeente Utrecht\n                    Analyse van de middelen per wijk;\n{tail}\n");
            assert_eq!(entries(&text).len(), 1, "{text}");
        }
        // A job line right under a finished line still opens an entry.
        assert_eq!(
            entries("Adviseur, Gemeente Ede, 2019 – heden\nAdvies aan het college van\nburgemeester en wethouders.\nJurist, UWV, 2015 – 2019\n").len(),
            2
        );
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
    fn linkedin_employer_above_a_title_with_an_organisation_word_inside() {
        let e = entries("Welzijn Baronie\nSchoolmaatschappelijk werker\nFull-time\nSep 2019 - Feb 2022 · 2 yrs 6 mos\nBreda, North Brabant, Netherlands\n\nVan Rijn Accountants\nAssistent accountant\nJan 2015 - Aug 2019\n");
        assert_eq!(e[0].role.as_deref(), Some("Schoolmaatschappelijk werker"));
        assert_eq!(e[0].organisation.as_deref(), Some("Welzijn Baronie"));
        assert_eq!(e[1].role.as_deref(), Some("Assistent accountant"));
        assert_eq!(e[1].organisation.as_deref(), Some("Van Rijn Accountants"));
        // An employer named by its own kind word stays the employer.
        assert_eq!(role_or_org("Gemeente Breda"), (false, true));
        assert_eq!(role_or_org("Schoolbestuur Adviseur"), (true, false));
    }

    #[test]
    fn an_employer_below_a_title_with_a_specialism_after_a_dash() {
        let e = entries("Interim Senior Auditor – Compliance          May 2023 to date\nUWV (Employee Insurance Agency), Amsterdam – interim assignment through Verity\n- Testing the legality of procurement\n\nMedewerker erfgoed – Collectie Overijssel     2015 – 2019\n- Registratie van de collectie\n");
        assert_eq!(e[0].role.as_deref(), Some("Interim Senior Auditor"));
        assert!(e[0]
            .organisation
            .as_deref()
            .is_some_and(|o| o.starts_with("UWV (Employee Insurance Agency)")));
        // No employer below: the part after the dash stays the employer.
        assert_eq!(e[1].organisation.as_deref(), Some("Collectie Overijssel"));
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
    fn employer_ending_in_an_abbreviation_is_a_header() {
        let e = entries("Medewerker inkoop | Oostveld Installatietechniek B.V.\nvan 2015-09 tot 2019-03\n- Bestellingen.\n");
        assert_eq!(summary(&e[0]).0, Some("Medewerker inkoop"));
        assert_eq!(summary(&e[0]).1, Some("Oostveld Installatietechniek B.V."));
        assert!(ends_sentence("Scrum master van het team Omnichannel."));
        assert!(!ends_sentence("Veluwe Verzekeringen N.V."));
    }

    #[test]
    fn entries_written_as_bullets() {
        let e = entries("• GGD Gelderland-Zuid, Nijmegen (sep 2021 t/m heden): sociaal-verpleegkundige\n  infectieziektebestrijding. Bron- en contactonderzoek bij meldingsplichtige ziekten en uitbraken.\n• Streekziekenhuis Tielerwaard, flexpool — mrt 2019 - jun 2019 (4 mnd): verpleegkundige op de afdelingen chirurgie en longziekten.\n");
        assert_eq!(e.len(), 2);
        assert_eq!(summary(&e[0]).1, Some("GGD Gelderland-Zuid, Nijmegen"));
        assert_eq!(summary(&e[0]).0, Some("sociaal-verpleegkundige"));
        assert_eq!(
            summary(&e[1]).1,
            Some("Streekziekenhuis Tielerwaard, flexpool")
        );
    }

    #[test]
    fn lower_case_title_after_the_period() {
        let e = entries("Werkorganisatie Duin en Polder, Heiloo\n2016–2019 HR-adviseur voor de domeinen Ruimte en Sociaal\n2019–heden teamleider HR-advies (6 adviseurs)\nAdviseur van het managementteam.\n");
        assert_eq!(e.len(), 2);
        assert_eq!(summary(&e[1]).0, Some("teamleider HR-advies (6 adviseurs)"));
        assert_eq!(
            summary(&e[1]).1,
            Some("Werkorganisatie Duin en Polder, Heiloo")
        );
    }

    #[test]
    fn dates_inside_bullets_do_not_start_entries() {
        let e = entries("Adviseur\nGemeente Huizen | jul. 2025 – heden\n- Referentieproject (2023–2024): overzicht\n");
        assert_eq!(e.len(), 1);
    }
    #[test]
    fn a_title_that_names_an_organisation_is_still_the_title() {
        // The title line names a bureau, a group or a school; the employer line is below it.
        for (title, employer) in [
            (
                "Leerplichtambtenaar (gedetacheerd via OnderwijsFlex B.V.)",
                "Gemeente Tilburg, team Leerplicht & RMC",
            ),
            ("Leerkracht groep 4", "Basisschool De Linde, Goirle"),
            ("Adviseur (via Stichting Werkbrug)", "Gemeente Breda"),
            (
                "Projectleider, ingehuurd via Interim Partners B.V.",
                "Provincie Utrecht",
            ),
        ] {
            let e = entries(&format!(
                "{title}\n{employer}\nsep 2019 – heden\n• Taken.\n"
            ));
            assert_eq!(e.len(), 1, "{title}");
            assert_eq!(summary(&e[0]).0, Some(title), "{title}");
            assert_eq!(summary(&e[0]).1, Some(employer), "{title}");
        }
        // Employer first, title second, both read right when each is plain.
        let e = entries("Gemeente Breda\nAdviseur wonen\nsep 2019 – heden\n");
        assert_eq!(summary(&e[0]).0, Some("Adviseur wonen"));
    }
    #[test]
    fn a_range_led_by_vanaf_or_sinds_starts_an_entry() {
        for period in [
            "vanaf september 2017 tot maart 2021",
            "Vanaf 09-2017 t/m 03-2021",
            "sinds 2017 tot 2021",
            "since March 2017 until March 2021",
            "van september 2017 tot maart 2021",
        ] {
            let e = entries(&format!(
                "{period}\nBodemadviseur\nGrondig Advies B.V., Nieuwegein\nBodemonderzoek.\n"
            ));
            assert_eq!(e.len(), 1, "{period}");
            assert_eq!(summary(&e[0]).0, Some("Bodemadviseur"), "{period}");
            assert!(
                e[0].period.as_ref().is_some_and(|p| p.end.is_some()),
                "{period}"
            );
        }
    }
    #[test]
    fn one_line_title_and_employer_in_either_order() {
        // The family: one header line, any separator, either order; the organisation words
        // decide which side is the employer.
        for line in [
            "Adviseur bodem · Gemeente Lochem",
            "Gemeente Lochem · Adviseur bodem",
            "Gemeente Lochem — Adviseur bodem",
            "Adviseur bodem — Gemeente Lochem",
            "ADVISEUR BODEM  GEMEENTE LOCHEM",
            "Adviseur bodem | Gemeente Lochem",
            "Gemeente Lochem | Adviseur bodem",
            "Adviseur bodem, Gemeente Lochem",
            "Adviseur bodem at Gemeente Lochem",
            "Adviseur bodem bij Gemeente Lochem",
        ] {
            for period in ["2021-03-15 – heden", "15-03-2021 t/m heden"] {
                for text in [
                    format!("{period}\n{line}\n- Taken.\n"),
                    format!("{line}\n{period}\n- Taken.\n"),
                    format!("{period}\n\n{line}\n\n- Taken.\n"),
                ] {
                    let e = entries(&text);
                    assert_eq!(e.len(), 1, "{text}");
                    let role = e[0].role.as_deref().map(fold);
                    let org = e[0].organisation.as_deref().map(fold);
                    assert_eq!(role.as_deref(), Some("adviseur bodem"), "{text}");
                    assert_eq!(org.as_deref(), Some("gemeente lochem"), "{text}");
                }
            }
        }
        // A firm named by its trade in the plural is the employer, also below the title.
        let e = entries("Adviseur subsidies\nPNO Consultants, februari 2013 – augustus 2017\n");
        assert_eq!(summary(&e[0]).0, Some("Adviseur subsidies"));
        assert_eq!(summary(&e[0]).1, Some("PNO Consultants"));
        assert!(firm_of_professionals(
            "Hendriks & Brouwer Gerechtsdeurwaarders"
        ));
        assert!(!firm_of_professionals("Coördinator vrijwilligers"));
        // A title with a department in brackets stays the title.
        let e = entries("jan. 2022 – heden\nBelastingdeurwaarder (buitendienst en binnendienst)\nBelastingsamenwerking West-Brabant\n");
        assert_eq!(
            summary(&e[0]).0,
            Some("Belastingdeurwaarder (buitendienst en binnendienst)")
        );
    }

    #[test]
    fn fixed_width_key_value_blocks() {
        // The family: labels padded to one column, the colon after the gap, in Dutch and
        // English; the label is never the title.
        for (org, role, period) in [
            ("Werkgever", "Functie", "Periode"),
            ("Opdrachtgever", "Rol", "Periode"),
            ("Employer", "Role", "Period"),
        ] {
            let text = format!(
                "{period:<15}: 1 mei 2016 – 31 juli 2020 (4 jaar, 3 mnd)\n{org:<15}: Natuurmonumenten\n{role:<15}: Boswachter natuurbeheer\nWerkzaamheden  :\n  - beheerplannen.\n"
            );
            let e = entries(&text);
            assert_eq!(e.len(), 1, "{text}");
            assert_eq!(summary(&e[0]).0, Some("Boswachter natuurbeheer"), "{text}");
            assert_eq!(summary(&e[0]).1, Some("Natuurmonumenten"), "{text}");
        }
    }

    #[test]
    fn years_inside_bullets_and_wrapped_remarks_are_no_entries() {
        // The family: a year in a bullet of any bullet character, a remark wrapped onto the
        // next line, a list of years.
        let e = entries("Adviseur water\nGemeente Ede | 2019 – heden\n› Stresstesten (2021 en 2024) en risicodialogen\n» Inbreng in het plan\n  (stroomgebiedbeheerplan 2022-2027).\n✓ Werkregio (sinds 2020) opgezet\nLid van het programmateam Water (2019 - 2022).\nOpstellen van het waterplan 2024-2030 (vastgesteld in 2024).\n");
        assert_eq!(e.len(), 1, "{e:?}");
        // A header with its fields apart still opens an entry, also with a full stop.
        let e = entries("Adviseur, Gemeente Ede (2019 – 2021).\nJurist, UWV (2015 – 2019).\n");
        assert_eq!(e.len(), 2);
    }

    #[test]
    fn own_company_with_assignments_under_it() {
        // The family: the own company on a line of its own, its assignments indented or
        // labelled under it; the assignments are the jobs.
        for text in [
            "Advies Jansen — eigenaar (maart 2020 – heden)\n   Opdracht: Projectleider\n   Gemeente Epe, maart 2020 – juni 2022\n   Opdracht: Adviseur\n   Provincie Gelderland, juli 2022 – heden\nBeleidsmedewerker\nGemeente Zwolle, 2015 – 2020\n",
            "Jansen Advies (eigen bureau, zzp) 2020 – heden\n\tProjectleider, Gemeente Epe, 2020 – 2022\n\tAdviseur, Provincie Gelderland, 2022 – heden\nBeleidsmedewerker, Gemeente Zwolle, 2015 – 2020\n",
        ] {
            let e = entries(text);
            let orgs: Vec<_> = e.iter().map(|e| e.organisation.as_deref()).collect();
            assert_eq!(
                orgs,
                [Some("Gemeente Epe"), Some("Provincie Gelderland"), Some("Gemeente Zwolle")],
                "{text}"
            );
        }
        // An own company without assignments under it is the job.
        let e = entries("Eigen onderneming (eenmanszaak), 2012 – 2014\nVeldecoloog\n");
        assert_eq!(e.len(), 1);
    }

    #[test]
    fn labels_aligned_apart_from_their_values() {
        for gap in ["   ", "\t", "          "] {
            let e = entries(&format!(
                "Opdrachtgever:{gap}Randstad Nederland, Eindhoven\nRol:{gap}Intercedent\nPeriode:{gap}03-2011 – 05-2017\nWerkzaamheden:{gap}- Werving\n"
            ));
            assert_eq!(e.len(), 1);
            assert_eq!(summary(&e[0]).0, Some("Intercedent"), "{gap:?}");
            assert_eq!(
                summary(&e[0]).1,
                Some("Randstad Nederland, Eindhoven"),
                "{gap:?}"
            );
        }
    }
    #[test]
    fn roles_grouped_under_one_employer_inherit_it() {
        // The family: an employer line (LinkedIn adds its total duration) over successive
        // roles, each with its own dates; a later employer of its own ends the group.
        for text in [
            "Omgevingsdienst Regio Twente\n4 years 2 months\nTeamleider handhaving\nMay 2022 - Present (2 years 7 months)\nEnschede, Overijssel, Netherlands\nLeads a team of twelve.\nToezichthouder milieu\nOctober 2020 - April 2022 (1 year 7 months)\nInspections of companies.\nBouwbedrijf Hemmes\nCalculator\nJanuary 2015 - September 2020\n",
            "Omgevingsdienst Regio Twente\nFull-time · 4 yrs 2 mos\nTeamleider handhaving\nMay 2022 - Present · 2 yrs 7 mos\nToezichthouder milieu\nOct 2020 - Apr 2022 · 1 yr 7 mos\n\nBouwbedrijf Hemmes\nCalculator\nJan 2015 - Sep 2020\n",
            "Omgevingsdienst Regio Twente\n4 jaar 2 maanden\nTeamleider handhaving\nmei 2022 - heden (2 jaar 7 maanden)\nToezichthouder milieu\nokt. 2020 - apr. 2022 (1 jaar 7 maanden)\nBouwbedrijf Hemmes\nCalculator\njan. 2015 - sep. 2020\n",
            "Omgevingsdienst Regio Twente\n4 yrs 2 mos\nEnschede, Overijssel, Netherlands\n\nTeamleider handhaving\nMay 2022 - Present\n\nToezichthouder milieu\nOct 2020 - Apr 2022\n\nBouwbedrijf Hemmes\nCalculator\nJan 2015 - Sep 2020\n",
        ] {
            let e = entries(text);
            let got: Vec<_> = e
                .iter()
                .map(|e| (e.role.as_deref(), e.organisation.as_deref()))
                .collect();
            assert_eq!(
                got,
                [
                    (Some("Teamleider handhaving"), Some("Omgevingsdienst Regio Twente")),
                    (Some("Toezichthouder milieu"), Some("Omgevingsdienst Regio Twente")),
                    (Some("Calculator"), Some("Bouwbedrijf Hemmes")),
                ],
                "{text}"
            );
        }
        // A Dutch CV: the employer with its whole period, the roles indented under it.
        for text in [
            "Gemeente Hengelo, 2012 – heden\n   2019 – heden   Teamleider handhaving\n   2012 – 2019   Toezichthouder milieu\nCalculator, Bouwbedrijf Hemmes B.V., 2005 – 2012\n",
            "Gemeente Hengelo (2012 – heden)\n    Teamleider handhaving, 2019 – heden\n    Toezichthouder milieu, 2012 – 2019\nCalculator, Bouwbedrijf Hemmes B.V., 2005 – 2012\n",
        ] {
            let e = entries(text);
            let got: Vec<_> = e
                .iter()
                .map(|e| (e.role.as_deref(), e.organisation.as_deref()))
                .collect();
            assert_eq!(
                got,
                [
                    (Some("Teamleider handhaving"), Some("Gemeente Hengelo")),
                    (Some("Toezichthouder milieu"), Some("Gemeente Hengelo")),
                    (Some("Calculator"), Some("Bouwbedrijf Hemmes B.V.")),
                ],
                "{text}"
            );
        }
    }
    #[test]
    fn a_period_above_a_long_title_and_employer_line() {
        // The family: a period (with a printed duration) on its own line above "Title –
        // Employer", where a long title and a long employer name make a line of 110+
        // characters; an employer whose name holds "bij" or a place after a comma.
        let text = "2021 – 2024 (3 jaar)\nSenior beleidsmedewerker internationale aanpak georganiseerde criminaliteit – Ministerie van Justitie en Veiligheid\nDirectoraat-Generaal Ondermijning. Stelde de instructies op.\n\n2019 – 2020 (18 mnd)\nAttaché Justitie en Binnenlandse Zaken – Permanente Vertegenwoordiging van Nederland bij de EU, Brussel\nVertegenwoordigde Nederland in raadswerkgroepen.\n\njan 2015 – dec 2018\nPlaatsvervangend hoofd afdeling juridische zaken en bestuursondersteuning | Provincie Noord-Holland, Haarlem\n\n2010 – 2014 (4 jaar)\nTweede secretaris politieke zaken – Ambassade van het Koninkrijk der Nederlanden in Washington\n\n2008 – 2010\nAdviseur bij Gemeente Ede – team Wonen\n";
        let got: Vec<_> = entries(text)
            .iter()
            .map(|e| (e.role.clone(), e.organisation.clone()))
            .collect();
        let want = [
            (
                "Senior beleidsmedewerker internationale aanpak georganiseerde criminaliteit",
                "Ministerie van Justitie en Veiligheid",
            ),
            (
                "Attaché Justitie en Binnenlandse Zaken",
                "Permanente Vertegenwoordiging van Nederland bij de EU, Brussel",
            ),
            (
                "Plaatsvervangend hoofd afdeling juridische zaken en bestuursondersteuning",
                "Provincie Noord-Holland, Haarlem",
            ),
            (
                "Tweede secretaris politieke zaken",
                "Ambassade van het Koninkrijk der Nederlanden in Washington",
            ),
            ("Adviseur", "Gemeente Ede – team Wonen"),
        ]
        .map(|(r, o)| (Some(r.to_string()), Some(o.to_string())));
        assert_eq!(got, want);
    }

    #[test]
    fn a_title_of_no_known_word_before_a_dash_and_an_employer_after_it() {
        // The family: a title the role words do not know, a separator, a known kind of employer.
        for (line, role, org) in [
            (
                "Sociaal rechercheur – gemeente Leiden",
                "Sociaal rechercheur",
                "gemeente Leiden",
            ),
            (
                "Wijkagent – Politie Eenheid Den Haag",
                "Wijkagent",
                "Politie Eenheid Den Haag",
            ),
            ("Boa - Gemeente Utrecht", "Boa", "Gemeente Utrecht"),
            ("Kapitein | Rijkswaterstaat", "Kapitein", "Rijkswaterstaat"),
            ("Verpleger – GGZ Kustland", "Verpleger", "GGZ Kustland"),
            (
                "Schipper – Waterschap Rivierenland",
                "Schipper",
                "Waterschap Rivierenland",
            ),
            (
                "Handhaver bij Omgevingsdienst Haaglanden",
                "Handhaver",
                "Omgevingsdienst Haaglanden",
            ),
            (
                "Rechercheur – ISD Bollenstreek",
                "Rechercheur",
                "ISD Bollenstreek",
            ),
            ("Keurmeester – CBR", "Keurmeester", "CBR"),
            ("Kok – Stichting Humanitas", "Kok", "Stichting Humanitas"),
        ] {
            assert_eq!(
                split_one_line(line),
                Some((role.to_string(), org.to_string())),
                "{line}"
            );
        }
        // An employer before its department is not read as a title.
        assert_eq!(split_one_line("Gemeente Utrecht – Team Wonen"), None);
        assert_eq!(split_one_line("Kustland – Den Haag"), None);
    }

    #[test]
    fn an_intermediary_in_brackets_is_neither_title_nor_employer() {
        // The family: the detacheerder or agency named in brackets beside or under the header.
        for remark in [
            "(gedetacheerd via Handhavingspool Holland B.V.)",
            "(via Hoofdzaak Inhuur)",
            "(detachering via Yacht)",
            "(werkzaam via Brainnet)",
            "(in dienst van Randstad)",
            "(in dienst bij Between)",
            "(seconded by Hays)",
            "(employed by Calco)",
            "(Gedetacheerd via MediPool Interim)",
            "( via Maandag )",
        ] {
            assert!(intermediary_remark(remark), "{remark}");
            let text = format!(
                "voorjaar 2025 – nu  Sociaal rechercheur\n                    {remark}\n                    Onderzoeken naar schending van de inlichtingenplicht.\n"
            );
            let e = entries(&text);
            assert_eq!(e.len(), 1, "{text}");
            assert_eq!(
                (e[0].role.as_deref(), e[0].organisation.as_deref()),
                (Some("Sociaal rechercheur"), None),
                "{text}"
            );
        }
        // The agency's name counts for neither side of a title and employer.
        for (line, role) in [
            (
                "Casemanager, PI Vught (Dienst Justitiële Inrichtingen), via Justitia Interim B.V.",
                "Casemanager",
            ),
            (
                "Java-ontwikkelaar, UWV (via Hoofdzaak Inhuur)",
                "Java-ontwikkelaar",
            ),
            (
                "Adviseur – Gemeente Ede, gedetacheerd via Leeuwendaal Interim",
                "Adviseur",
            ),
            (
                "Jurist, Rechtbank Den Haag (in dienst van Hoofd Juridisch B.V.)",
                "Jurist",
            ),
        ] {
            let split = split_one_line(line);
            assert_eq!(split.as_ref().map(|s| s.0.as_str()), Some(role), "{line}");
        }
        // A remark that names no intermediary stays.
        assert!(!intermediary_remark("(Sociaal Domein)"));
    }

    #[test]
    fn clients_listed_under_the_own_company_are_the_jobs() {
        // The family: an own company's line, then its clients as indented bullets with their
        // own periods, the title opening the description under each.
        let companies = [
            "Eenmanszaak Kremer Softwarebouw (sinds juli 2021), opdrachten:",
            "Eigen bedrijf De Vries Advies (2018 – heden):",
            "Zelfstandig adviseur (zzp), 2019 – heden",
            "Freelance, klanten:",
            "Owner, Smit Consulting — assignments:",
        ];
        let bullets = ["›", "•", "-", "–", "*", "»", "▪", "►", "o", "→"];
        for (k, bullet) in bullets.iter().enumerate() {
            let company = companies[k % companies.len()];
            let text = format!(
                "{company}\n\n  {bullet} UWV, team WW-Uitkeringen, Amsterdam (via Hoofdzaak Inhuur)      2024-10 – 2025-06\n    Java-ontwikkelaar in een DevOps-team dat werkt volgens Scrum.\n    Bouw van services; koppelingen via IBM MQ.\n\n  {bullet} Gemeente Zaanstad, cluster Dienstverlening      2022-09 – 2024-02\n    Backend-ontwikkelaar Java voor het nieuwe zaaksysteem.\n\nWebbureau Lemstra, Groningen – PHP-ontwikkelaar      2017-01 – 2019-06\n"
            );
            let read = entries(&text);
            let got: Vec<(Option<&str>, Option<&str>)> = read
                .iter()
                .map(|e| (e.role.as_deref(), e.organisation.as_deref()))
                .collect();
            assert_eq!(got.len(), 3, "{text}\n{got:?}");
            assert_eq!(
                got[0],
                (
                    Some("Java-ontwikkelaar"),
                    Some("UWV, team WW-Uitkeringen, Amsterdam (via Hoofdzaak Inhuur)")
                ),
                "{text}"
            );
            assert_eq!(
                got[1],
                (
                    Some("Backend-ontwikkelaar Java"),
                    Some("Gemeente Zaanstad, cluster Dienstverlening")
                ),
                "{text}"
            );
        }
        // Under an ordinary job, a dated bullet is a statement of that job.
        let text = "Adviseur, Gemeente Ede      2019 – heden\n  • Programma warmte (2021 – 2022) met vijf wijken.\n  • Project IHP, 2022 – 2023\n";
        assert_eq!(entries(text).len(), 1);
    }

    #[test]
    fn a_description_opening_with_the_title_gives_it() {
        for (line, title) in [
            (
                "Java-ontwikkelaar in een DevOps-team dat werkt volgens Scrum.",
                "Java-ontwikkelaar",
            ),
            (
                "Backend-ontwikkelaar Java in een projectteam",
                "Backend-ontwikkelaar Java",
            ),
            (
                "Java-ontwikkelaar orderverwerking. Spring Boot, Kafka.",
                "Java-ontwikkelaar orderverwerking",
            ),
            ("Adviseur voor de gemeente en haar partners.", "Adviseur"),
            ("Projectleider bij de afdeling Wonen.", "Projectleider"),
            ("Scrum master, twee teams.", "Scrum master"),
            (
                "Senior consultant: migratie naar de cloud",
                "Senior consultant",
            ),
            (
                "Beleidsmedewerker binnen het team Jeugd",
                "Beleidsmedewerker",
            ),
            ("Tester met focus op ketentesten", "Tester"),
            ("Data engineer (Azure, Databricks)", "Data engineer"),
        ] {
            assert_eq!(title_opening(line).as_deref(), Some(title), "{line}");
        }
        for line in [
            "Bouw van services voor de berekening van uitkeringen.",
            "Verantwoordelijk voor de planning.",
            "• Adviseur voor de gemeente",
            "Ontwikkeling van een nieuwe module voor de afdeling ICT en beheer",
            "Gemeente Zaanstad, cluster Dienstverlening",
            "als adviseur betrokken bij de aanbesteding",
        ] {
            assert_eq!(title_opening(line), None, "{line}");
        }
    }
}
