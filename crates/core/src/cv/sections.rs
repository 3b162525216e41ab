//! CV section headings in Dutch and English.

use serde::{Deserialize, Serialize};

use crate::text::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CvSectionKind {
    Experience,
    Education,
    Courses,
    SideActivities,
    Skills,
    Languages,
    References,
    Profile,
    Motivation,
    Personal,
    /// Availability, rate, contract form ("Beschikbaarheid en tarief").
    Terms,
    /// "Overig", "Other": memberships, languages, terms mixed; it ends the section above it.
    Other,
    /// Internships and theses ("Stages en afstuderen", "Internships"): part of a study, so
    /// its dated entries are no jobs (ASSESSOR: jobs are paid work).
    Internships,
}

const HEADINGS: &[(&str, CvSectionKind)] = &[
    ("werkervaring", CvSectionKind::Experience),
    ("relevante werkervaring", CvSectionKind::Experience),
    ("werk ervaring", CvSectionKind::Experience),
    ("loopbaan", CvSectionKind::Experience),
    ("loopbaanoverzicht", CvSectionKind::Experience),
    ("ervaring", CvSectionKind::Experience),
    ("arbeidsverleden", CvSectionKind::Experience),
    ("opdrachten", CvSectionKind::Experience),
    ("projecten", CvSectionKind::Experience),
    ("werkervaring en opdrachten", CvSectionKind::Experience),
    ("work experience", CvSectionKind::Experience),
    ("professional experience", CvSectionKind::Experience),
    ("experience", CvSectionKind::Experience),
    ("employment history", CvSectionKind::Experience),
    ("employment", CvSectionKind::Experience),
    ("career", CvSectionKind::Experience),
    ("opleiding", CvSectionKind::Education),
    ("onderwijs", CvSectionKind::Education),
    ("educatie", CvSectionKind::Education),
    ("opleidingen", CvSectionKind::Education),
    ("opleiding en training", CvSectionKind::Education),
    ("studie", CvSectionKind::Education),
    ("education", CvSectionKind::Education),
    ("academic background", CvSectionKind::Education),
    ("cursussen", CvSectionKind::Courses),
    ("cursussen en trainingen", CvSectionKind::Courses),
    ("cursussen & trainingen", CvSectionKind::Courses),
    ("trainingen", CvSectionKind::Courses),
    ("certificaten", CvSectionKind::Courses),
    ("certificeringen", CvSectionKind::Courses),
    ("bijscholing", CvSectionKind::Courses),
    ("aanvullende opleidingen", CvSectionKind::Courses),
    ("courses", CvSectionKind::Courses),
    ("training", CvSectionKind::Courses),
    ("trainings", CvSectionKind::Courses),
    ("certifications", CvSectionKind::Courses),
    ("nevenfuncties", CvSectionKind::SideActivities),
    ("nevenactiviteiten", CvSectionKind::SideActivities),
    ("vrijwilligerswerk", CvSectionKind::SideActivities),
    ("side activities", CvSectionKind::SideActivities),
    ("volunteer work", CvSectionKind::SideActivities),
    ("vaardigheden", CvSectionKind::Skills),
    ("competenties", CvSectionKind::Skills),
    ("kennis en vaardigheden", CvSectionKind::Skills),
    ("kernkwaliteiten", CvSectionKind::Skills),
    ("ict-vaardigheden", CvSectionKind::Skills),
    ("skills", CvSectionKind::Skills),
    ("competencies", CvSectionKind::Skills),
    ("talen", CvSectionKind::Languages),
    ("talenkennis", CvSectionKind::Languages),
    ("languages", CvSectionKind::Languages),
    ("referenties", CvSectionKind::References),
    ("referentie", CvSectionKind::References),
    ("references", CvSectionKind::References),
    ("profiel", CvSectionKind::Profile),
    ("persoonlijk profiel", CvSectionKind::Profile),
    ("samenvatting", CvSectionKind::Profile),
    ("over mij", CvSectionKind::Profile),
    ("profile", CvSectionKind::Profile),
    ("summary", CvSectionKind::Profile),
    ("motivatie", CvSectionKind::Motivation),
    ("motivation", CvSectionKind::Motivation),
    ("motivatiebrief", CvSectionKind::Motivation),
    ("toelichting", CvSectionKind::Motivation),
    ("personalia", CvSectionKind::Personal),
    ("overig", CvSectionKind::Other),
    ("overige", CvSectionKind::Other),
    ("overige informatie", CvSectionKind::Other),
    ("overige gegevens", CvSectionKind::Other),
    ("other", CvSectionKind::Other),
    ("additional information", CvSectionKind::Other),
    ("persoonlijke gegevens", CvSectionKind::Personal),
    ("personal details", CvSectionKind::Personal),
    ("dienstverband", CvSectionKind::Experience),
    ("dienstverbanden", CvSectionKind::Experience),
    ("opdrachtenoverzicht", CvSectionKind::Experience),
    ("projectervaring", CvSectionKind::Experience),
    ("werkgevers", CvSectionKind::Experience),
    ("work history", CvSectionKind::Experience),
    ("positions", CvSectionKind::Experience),
    // Academic CVs and project lists name the career their own way.
    ("appointments", CvSectionKind::Experience),
    ("academic appointments", CvSectionKind::Experience),
    ("academic positions", CvSectionKind::Experience),
    ("research experience", CvSectionKind::Experience),
    ("positions held", CvSectionKind::Experience),
    ("employment record", CvSectionKind::Experience),
    ("aanstellingen", CvSectionKind::Experience),
    ("opdrachtgevers", CvSectionKind::Experience),
    ("werkgeschiedenis", CvSectionKind::Experience),
    ("werkhistorie", CvSectionKind::Experience),
    ("beroepservaring", CvSectionKind::Experience),
    // What an academic CV lists beside its appointments: no jobs.
    ("teaching", CvSectionKind::Other),
    ("teaching experience", CvSectionKind::Other),
    ("onderwijsactiviteiten", CvSectionKind::Other),
    ("publications", CvSectionKind::Other),
    ("publicaties", CvSectionKind::Other),
    ("grants", CvSectionKind::Other),
    ("awards", CvSectionKind::Other),
    ("achievements", CvSectionKind::Other),
    ("prestaties", CvSectionKind::Other),
    ("professional service", CvSectionKind::SideActivities),
    ("memberships", CvSectionKind::SideActivities),
    ("lidmaatschappen", CvSectionKind::SideActivities),
    ("scholing", CvSectionKind::Education),
    ("opleidingsachtergrond", CvSectionKind::Education),
    ("education and training", CvSectionKind::Education),
    ("certificaat", CvSectionKind::Courses),
    ("certificering", CvSectionKind::Courses),
    ("licenses", CvSectionKind::Courses),
    ("licences", CvSectionKind::Courses),
    ("nevenfunctie", CvSectionKind::SideActivities),
    ("nevenactiviteit", CvSectionKind::SideActivities),
    ("volunteering", CvSectionKind::SideActivities),
    ("volunteer experience", CvSectionKind::SideActivities),
    (
        "vrijwilligerswerk en nevenfuncties",
        CvSectionKind::SideActivities,
    ),
    ("language skills", CvSectionKind::Languages),
    ("taalvaardigheden", CvSectionKind::Languages),
    ("taalvaardigheid", CvSectionKind::Languages),
    ("beschikbaarheid", CvSectionKind::Terms),
    ("tarief", CvSectionKind::Terms),
    ("availability", CvSectionKind::Terms),
    ("rate", CvSectionKind::Terms),
    ("voorwaarden", CvSectionKind::Terms),
    // Internships and theses: a section of their own, never the career. Joined headings
    // ("Stages en afstuderen", "Internships & thesis") are found by their first part.
    ("stages", CvSectionKind::Internships),
    ("stage-ervaring", CvSectionKind::Internships),
    ("stageervaring", CvSectionKind::Internships),
    ("stageplaatsen", CvSectionKind::Internships),
    ("afstuderen", CvSectionKind::Internships),
    ("afstudeerstage", CvSectionKind::Internships),
    ("afstudeerstages", CvSectionKind::Internships),
    ("afstudeeronderzoek", CvSectionKind::Internships),
    ("afstudeerproject", CvSectionKind::Internships),
    ("scriptie", CvSectionKind::Internships),
    ("meewerkstages", CvSectionKind::Internships),
    ("internships", CvSectionKind::Internships),
    ("internship", CvSectionKind::Internships),
    ("internship experience", CvSectionKind::Internships),
    ("thesis", CvSectionKind::Internships),
    ("graduation project", CvSectionKind::Internships),
    ("graduation internship", CvSectionKind::Internships),
    // Student jobs are paid work: the career.
    ("bijbanen", CvSectionKind::Experience),
    ("bijbaantjes", CvSectionKind::Experience),
    ("student jobs", CvSectionKind::Experience),
    ("part-time jobs", CvSectionKind::Experience),
    // A functional CV lists its dated jobs apart from the competences it leads with; a
    // project CV heads its project list as an overview.
    ("chronologie", CvSectionKind::Experience),
    ("chronologisch overzicht", CvSectionKind::Experience),
    ("chronology", CvSectionKind::Experience),
    ("chronological overview", CvSectionKind::Experience),
    ("projectenoverzicht", CvSectionKind::Experience),
    ("projectoverzicht", CvSectionKind::Experience),
    ("overzicht projecten", CvSectionKind::Experience),
    ("overzicht opdrachten", CvSectionKind::Experience),
    ("project overview", CvSectionKind::Experience),
    ("carriere", CvSectionKind::Experience),
];

/// Words after a heading that only say how it is told ("Loopbaan in het kort", "Werkervaring
/// op hoofdlijnen", "Career at a glance"): the heading is the words before them. Reviewed
/// data, folded.
const HEADING_ANNOTATIONS: [&str; 9] = [
    "in het kort",
    "in vogelvlucht",
    "op hoofdlijnen",
    "in een oogopslag",
    "samengevat",
    "beknopt",
    "at a glance",
    "in brief",
    "in short",
];

/// A heading with one letter too many, too few or wrong ("WERKERVAARING", "Opleidngen"), as
/// a typed heading may have: a word of eight letters or more, written alone in capitals or
/// after a section mark, is the known heading it is one edit away from.
fn misspelt(t: &str) -> Option<CvSectionKind> {
    let f = fold(t.trim().trim_end_matches(':'));
    let capitals = t
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    if !capitals || f.len() < 8 || !f.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    HEADINGS
        .iter()
        .find(|(h, _)| h.len() >= 8 && one_edit_apart(h.as_bytes(), f.as_bytes()))
        .map(|(_, k)| *k)
}

/// Whether two words differ by one inserted, removed or replaced letter.
fn one_edit_apart(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 || a == b {
        return false;
    }
    let head = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[head + 1..] == long[head + 1..]
    } else {
        short[head..] == long[head + 1..]
    }
}

/// The heading after a lead that numbers or marks it: "2. Werkervaring", "3) Opleiding",
/// "IV. PUBLICATIES", "B. Opleiding", or the letter a CV builder prints for its icon font
/// ("P  PROFIEL", "c  CERTIFICATEN"): one or two digits, a roman numeral or a letter with a
/// dot or bracket, or one character set apart by two spaces. `None` without such a lead.
fn after_section_number(t: &str) -> Option<&str> {
    let (lead, rest) = t.split_once(' ')?;
    let rest_spaced = rest.starts_with(' ');
    let rest = rest.trim_start();
    let marked = lead
        .strip_suffix(['.', ')'])
        .filter(|n| !n.is_empty())
        .is_some_and(|n| {
            (n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()))
                || n.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
                || (n.len() == 1 && n.bytes().all(|b| b.is_ascii_alphabetic()))
        });
    let bare_number = (1..=2).contains(&lead.len()) && lead.bytes().all(|b| b.is_ascii_digit());
    let icon = lead.chars().count() == 1 && rest_spaced;
    (marked || bare_number || icon).then_some(rest)
}

/// The section a heading line announces, or `None` for content.
pub fn cv_heading(line: &str) -> Option<CvSectionKind> {
    let t = undecorated(line)?;
    // Most lines have no bold marks: copy only those that do.
    let unbolded;
    let t = if t.contains("**") {
        unbolded = t.replace("**", "");
        unbolded.as_str()
    } else {
        t
    };
    if t.is_empty() || t.len() > 70 {
        return None;
    }
    let f = fold(t);
    let f = f.trim_end_matches([':', '?']).trim();
    // "Waarom Gert-Jan geschikt is voor deze opdracht", "Why I fit this assignment", "Waarom
    // deze opdracht?", "Motivatie voor de opdracht Adviseur water".
    // A heading is short and says nothing after its question ("Waarom deze opdracht? Ik ken
    // de regio …" opens a paragraph, see `read::motivation_paragraph`).
    let short = crate::text::word_count(f) <= 10
        && f.split_once(['?', ':', '.'])
            .is_none_or(|(_, rest)| rest.trim().is_empty());
    let asks = |words: &[&str]| words.iter().any(|w| f.contains(w));
    if short
        && ((f.starts_with("waarom")
            && asks(&["geschikt", "opdracht", "deze rol", "deze functie"]))
            || (f.starts_with("why") && asks(&["fit", "suit", "assignment", "this role"]))
            || f.starts_with("motivatie voor")
            || f.starts_with("motivation for"))
    {
        return Some(CvSectionKind::Motivation);
    }
    // Every line is asked: the headings are looked up in a map built once (the first
    // entry of a heading written twice wins, as a search of the list would find it).
    static BY_NAME: std::sync::OnceLock<std::collections::HashMap<&str, CvSectionKind>> =
        std::sync::OnceLock::new();
    let by_name = BY_NAME.get_or_init(|| {
        let mut m = std::collections::HashMap::new();
        for (h, k) in HEADINGS {
            m.entry(*h).or_insert(*k);
        }
        m
    });
    let known = |f: &str| by_name.get(f).copied();
    if let Some(k) = known(f) {
        return Some(k);
    }
    // "Werkervaring 1", "Opleiding 2": a form numbers its blocks, one heading per entry.
    let numbered = f.as_bytes().last().is_some_and(u8::is_ascii_digit);
    if let Some((head, n)) = numbered.then(|| f.rsplit_once(' ')).flatten() {
        if (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(k) = known(head.trim_end_matches([' ', '#'])) {
                return Some(k);
            }
        }
    }
    if let Some(k) = career_by_last_word(t, f) {
        return Some(k);
    }
    if let Some(k) = HEADING_ANNOTATIONS.iter().find_map(|a| {
        f.strip_suffix(a)
            .filter(|h| h.ends_with(' '))
            .and_then(|h| known(h.trim_end()))
    }) {
        return Some(k);
    }
    if let Some(k) = misspelt(t) {
        return Some(k);
    }
    if let Some(rest) = after_section_number(t) {
        return cv_heading(rest).or_else(|| misspelt(rest));
    }
    // "OPDRACHTEN (meest recent eerst)", "OPLEIDING EN SCHOLING", "Licenses & certifications":
    // the first part of a joined or annotated heading names the section.
    let bare = f.split('(').next().unwrap_or(f).trim();
    if bare.chars().any(|c| c.is_ascii_digit()) || crate::text::word_count(bare) > 5 {
        return None;
    }
    // Each reading below needs a known heading at the start: most lines fail on their first
    // word, before any separator is looked for.
    static FIRST_WORDS: std::sync::OnceLock<std::collections::HashSet<&str>> =
        std::sync::OnceLock::new();
    let first_words = FIRST_WORDS.get_or_init(|| {
        HEADINGS
            .iter()
            .filter_map(|(h, _)| h.split_whitespace().next())
            .collect()
    });
    let first_word = bare
        .split(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or("");
    if !first_words.contains(first_word) {
        return None;
    }
    // Two columns' headings on one line ("SKILLS          BESCHIKBAARHEID"): the first.
    if bare.contains("   ") {
        let mut columns = bare.split("   ").map(str::trim).filter(|c| !c.is_empty());
        let first = columns.next().and_then(known);
        if first.is_some() && columns.all(|c| known(c).is_some()) {
            return first;
        }
    }
    // A table's header row names the section in its first cell ("Opleiding | Instelling | Jaar").
    [" en ", " & ", " and ", " / ", ", ", " | ", "\t"]
        .iter()
        .find_map(|sep| bare.split_once(sep))
        .map_or(known(bare), |(first, _)| known(first.trim()))
}

/// Last words that name a career in a heading of its own kind: "Beleidservaring",
/// "ACADEMISCHE AANSTELLINGEN", "Relevant experience", "Eerdere functies". Reviewed data.
const CAREER_TAILS: [&str; 7] = [
    "ervaring",
    "werkervaring",
    "aanstellingen",
    "appointments",
    "experience",
    "positions",
    "functies",
];

/// Qualifiers that make such a heading no career: internships, volunteering, teaching,
/// side functions (their own headings are in [`HEADINGS`]). Reviewed data, folded.
const NOT_CAREER_QUALIFIERS: [&str; 9] = [
    "stage",
    "vrijwilligers",
    "vrijwillige",
    "volunteer",
    "onderwijs",
    "teaching",
    "neven",
    "overige",
    "bestuurs",
];

/// Words that open a heading of two or three words written in ordinary case ("Relevante
/// ervaring"); other such lines are a heading only in capitals ("ACADEMISCHE AANSTELLINGEN"),
/// as "Brede ervaring" in a list is content. Reviewed data, folded.
const HEADING_QUALIFIERS: [&str; 12] = [
    "relevante",
    "relevant",
    "eerdere",
    "academische",
    "academic",
    "professionele",
    "professional",
    "selected",
    "geselecteerde",
    "recente",
    "recent",
    "previous",
];

/// A career heading by its last word: one compound ("Beleidservaring", "Projectervaring")
/// or two or three words ending in a [`CAREER_TAILS`] word ("Academische aanstellingen").
/// `t` is the heading as written (for its case), `f` folded.
fn career_by_last_word(t: &str, f: &str) -> Option<CvSectionKind> {
    // Every line is asked: the last letter, then the last word, is tested first.
    if !matches!(f.as_bytes().last(), Some(b'g' | b's' | b'e' | b'n'))
        || !CAREER_TAILS.iter().any(|w| f.ends_with(w))
    {
        return None;
    }
    if f.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | ',' | '.' | '(')) {
        return None;
    }
    let words: Vec<&str> = f.split_whitespace().collect();
    let (last, qualifier) = match words.as_slice() {
        [one] => {
            let stem = one.strip_suffix("ervaring")?.trim_end_matches('-');
            (*one, stem)
        }
        [first, .., last] if words.len() <= 3 => {
            CAREER_TAILS.contains(last).then_some(())?;
            let capitals = t
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            (capitals || HEADING_QUALIFIERS.contains(first)).then_some(())?;
            (*last, *first)
        }
        _ => return None,
    };
    let not_career = NOT_CAREER_QUALIFIERS
        .iter()
        .any(|q| qualifier.starts_with(q));
    (!last.is_empty() && !qualifier.is_empty() && !not_career).then_some(CvSectionKind::Experience)
}

/// Characters that frame a heading drawn in plain text: "=== OPLEIDING ===",
/// "--- Werkervaring ---", "## Education", "[ SKILLS ]", "**Opleiding**".
const FRAME_CHARS: [char; 12] = ['=', '#', '*', '_', '~', '-', '–', '—', '[', ']', '|', '>'];

/// The heading's words without the frame drawn around them; `None` for a bullet ("- Opleiding
/// tot …" is a list item: one dash or star alone before the words and nothing after them).
fn undecorated(line: &str) -> Option<&str> {
    let t = line.trim();
    let inner = t.trim_start_matches(|c: char| FRAME_CHARS.contains(&c) || c == ' ');
    let lead = &t[..t.len() - inner.len()];
    let words = inner.trim_end_matches(|c: char| FRAME_CHARS.contains(&c) || c == ' ');
    let trail = &inner[words.len()..];
    let framed_lead = lead.chars().filter(|c| *c != ' ').count();
    let bullet = framed_lead == 1 && !lead.contains(['#', '=', '>']) && trail.is_empty();
    (!bullet).then_some(words.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_in_both_languages_and_cases() {
        assert_eq!(cv_heading("WERKERVARING"), Some(CvSectionKind::Experience));
        assert_eq!(cv_heading("Werkervaring:"), Some(CvSectionKind::Experience));
        assert_eq!(
            cv_heading("WORK EXPERIENCE"),
            Some(CvSectionKind::Experience)
        );
        assert_eq!(cv_heading("OPLEIDINGEN"), Some(CvSectionKind::Education));
        assert_eq!(
            cv_heading("Cursussen en trainingen"),
            Some(CvSectionKind::Courses)
        );
        assert_eq!(
            cv_heading("Waarom Gert-Jan geschikt is voor deze opdracht"),
            Some(CvSectionKind::Motivation)
        );
        assert_eq!(
            cv_heading("## Referenties"),
            Some(CvSectionKind::References)
        );
    }

    #[test]
    fn joined_and_annotated_headings() {
        for (h, k) in [
            ("OPDRACHTEN (meest recent eerst)", CvSectionKind::Experience),
            ("Werkervaring (selectie)", CvSectionKind::Experience),
            ("DIENSTVERBAND", CvSectionKind::Experience),
            ("OPLEIDING EN SCHOLING", CvSectionKind::Education),
            ("Licenses & certifications", CvSectionKind::Courses),
            ("CERTIFICATEN EN CURSUSSEN", CvSectionKind::Courses),
            (
                "Nevenfuncties / vrijwilligerswerk",
                CvSectionKind::SideActivities,
            ),
            ("BESCHIKBAARHEID EN TARIEF", CvSectionKind::Terms),
            ("Taalvaardigheden", CvSectionKind::Languages),
            (
                "Opleiding           | Instelling            | Jaar",
                CvSectionKind::Education,
            ),
            ("Opleiding\tInstituut\tPeriode", CvSectionKind::Education),
        ] {
            assert_eq!(cv_heading(h), Some(k), "{h}");
        }
        // A sentence that starts with a heading word is content.
        assert_eq!(cv_heading("Opleiding tot mediator en coach"), None);
        assert_eq!(cv_heading("Werkervaring en opdrachten 2019 - 2024"), None);
    }

    #[test]
    fn headings_drawn_with_frames() {
        // The family: plain-text CVs frame their headings with rules, hashes or brackets.
        for (h, k) in [
            ("=== OPLEIDING ===", CvSectionKind::Education),
            ("--- Werkervaring ---", CvSectionKind::Experience),
            ("## Education", CvSectionKind::Education),
            ("### WERKERVARING", CvSectionKind::Experience),
            ("==Nevenfuncties==", CvSectionKind::SideActivities),
            ("[ Opleidingen ]", CvSectionKind::Education),
            ("— Work experience —", CvSectionKind::Experience),
            ("**Opleiding:**", CvSectionKind::Education),
            ("ONDERWIJS EN OPLEIDING", CvSectionKind::Education),
            ("_____ Cursussen _____", CvSectionKind::Courses),
        ] {
            assert_eq!(cv_heading(h), Some(k), "{h}");
        }
        // A bullet that starts with a heading word is a list item.
        assert_eq!(cv_heading("- Projecten"), None);
        assert_eq!(cv_heading("* Opleiding"), None);
        assert_eq!(cv_heading("======"), None);
        // Two columns' headings side by side; a label with its value is content.
        assert_eq!(
            cv_heading("SKILLS                     BESCHIKBAARHEID"),
            Some(CvSectionKind::Skills)
        );
        assert_eq!(cv_heading("Skills          Python, SQL"), None);
    }

    #[test]
    fn internship_and_thesis_headings_are_no_career() {
        // The family: how CVs head their internships and theses, alone or joined.
        for h in [
            "STAGES EN AFSTUDEREN",
            "Stages",
            "Stage-ervaring",
            "Afstudeerstage",
            "Scriptie en stage",
            "Stages & afstudeeronderzoek",
            "Internships",
            "Internships and thesis",
            "== Graduation project ==",
            "MEEWERKSTAGES",
        ] {
            assert_eq!(cv_heading(h), Some(CvSectionKind::Internships), "{h}");
        }
        // Student jobs are paid work.
        assert_eq!(cv_heading("BIJBANEN"), Some(CvSectionKind::Experience));
        assert_eq!(cv_heading("Student jobs"), Some(CvSectionKind::Experience));
        // A line that names an internship inside an education entry is content.
        assert_eq!(
            cv_heading("Stage: Buurtzorg team Lent, wijkverpleging (02/2014 – 07/2014)"),
            None
        );
    }

    #[test]
    fn careers_headed_by_their_last_word() {
        // The family: academic CVs, policy CVs and forms name their career their own way.
        for h in [
            "ACADEMISCHE AANSTELLINGEN",
            "Beleidservaring",
            "BELEIDSERVARING",
            "Projectervaring",
            "Advieservaring",
            "Relevante ervaring",
            "RELEVANT EXPERIENCE",
            "Academic appointments",
            "Eerdere functies",
            "Werkervaring 1",
            "WERKERVARING 2",
            "Professional positions",
        ] {
            assert_eq!(cv_heading(h), Some(CvSectionKind::Experience), "{h}");
        }
        assert_eq!(cv_heading("Opleiding 1"), Some(CvSectionKind::Education));
        // Volunteering, internships, teaching and a line in a list stay what they were.
        for h in [
            "Vrijwilligerservaring",
            "Stage-ervaring",
            "Onderwijservaring",
            "ONDERWIJSERVARING",
            "Brede ervaring",
            "Ruime ervaring met Wmo",
            "Werkervaring 2019",
            "Overige functies",
        ] {
            assert_ne!(cv_heading(h), Some(CvSectionKind::Experience), "{h}");
        }
    }

    #[test]
    fn numbered_and_icon_marked_headings() {
        // The family: forms and academic CVs number their sections; CV builders print the
        // letter of an icon font before each heading.
        for (h, k) in [
            ("2. Werkervaring", CvSectionKind::Experience),
            ("2. WERKERVARING", CvSectionKind::Experience),
            ("3) Opleiding", CvSectionKind::Education),
            ("1 Opleidingen", CvSectionKind::Education),
            ("IV. PUBLICATIES (selectie)", CvSectionKind::Other),
            ("B. Cursussen", CvSectionKind::Courses),
            (
                "4. Nevenfuncties en lidmaatschappen",
                CvSectionKind::SideActivities,
            ),
            ("P  PROFIEL", CvSectionKind::Profile),
            ("C  BESCHIKBAARHEID", CvSectionKind::Terms),
            ("g  OPLEIDING", CvSectionKind::Education),
        ] {
            assert_eq!(cv_heading(h), Some(k), "{h}");
        }
        // A numbered item that opens with a heading word, a year, a letter before a name.
        for h in [
            "1. Opleiding tot mediator",
            "2019 Werkervaring",
            "2. Ervaring met Wmo-beschikkingen",
            "Y  Sanne de Wolff-Kaya",
            "L  Nijmegen",
            "123. Werkervaring",
        ] {
            assert_eq!(cv_heading(h), None, "{h}");
        }
    }

    #[test]
    fn headings_annotated_with_how_they_are_told() {
        // The family: a short overview of the career, and a functional or project CV's list of
        // dated jobs.
        for h in [
            "LOOPBAAN IN HET KORT",
            "Loopbaan in het kort",
            "Werkervaring in vogelvlucht",
            "Werkervaring op hoofdlijnen",
            "Career at a glance",
            "CHRONOLOGIE",
            "Chronologisch overzicht",
            "PROJECTENOVERZICHT",
            "Overzicht opdrachten",
        ] {
            assert_eq!(cv_heading(h), Some(CvSectionKind::Experience), "{h}");
        }
        assert_eq!(
            cv_heading("Opleidingen in het kort"),
            Some(CvSectionKind::Education)
        );
        // A heading typed with one letter wrong, alone in capitals or after its mark.
        for (h, k) in [
            ("WERKERVAARING", CvSectionKind::Experience),
            ("b  WERKERVAARING", CvSectionKind::Experience),
            ("2. WERKERVARIN", CvSectionKind::Experience),
            ("OPLEIDNGEN", CvSectionKind::Education),
        ] {
            assert_eq!(cv_heading(h), Some(k), "{h}");
        }
        for h in ["Werkervaaring", "GEMEENTE", "OPLEIDINGSKUNDE", "ERVARING2"] {
            assert_eq!(cv_heading(h), None, "{h}");
        }
        // A sentence that ends like an annotation is content.
        assert_eq!(cv_heading("Mijn ervaring met btw in het kort"), None);
    }

    #[test]
    fn content_is_not_a_heading() {
        assert_eq!(cv_heading("Ervaren secretaris met elf jaar ervaring"), None);
        assert_eq!(
            cv_heading("Opleiding tot mediator bij de Bestuursacademie, 2019"),
            None
        );
        assert_eq!(cv_heading(""), None);
    }
}
