//! What a criterion asks, read from its words: education, experience (as a role, at a kind of
//! organisation, with activities, for a duration, within a window), knowledge, certificates,
//! terms (rate, availability), a motivation, or an administrative declaration. The posting's
//! Q&A is applied: an answer that excludes something excludes it.

use super::frames::instructions::{self, ShownIn};
use super::frames::{both, costs, either, examples, exclusion, language, named, register, window};
use super::matching::{content_stems, has_term, stem};
use super::thesaurus::{OrgKind, CONCEPTS, ORG_TRIGGERS, ROLES};
use crate::cv::EducationLevel;
use crate::date::{find_date, month_from_word, Date};
use crate::tender::terms::{euro_amount, hours_in};
use crate::tender::Tender;
use crate::text::{contains_word, fold};

/// Something the CV must show. `evidence` terms: any of them on a line; `with`: one of these on
/// the same line too; `all`: every one of these on the same line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Part {
    pub label: String,
    pub evidence: Vec<String>,
    pub with: Vec<String>,
    pub all: Vec<String>,
    /// "ca. 50": a number near this on the line (half to one and a half times).
    pub around: Option<u32>,
    /// Examples the criterion gives ("zoals A of B"): each one found shows the part on its
    /// own (ASSESSOR rule 20).
    pub examples: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RoleSpec {
    pub label: String,
    pub titles: Vec<String>,
    /// A role of a body ("secretaris van een bezwaarcommissie"): the stems of the title and of
    /// the body, each alternative all on one statement that opens a clause with the title. A
    /// job whose statements say so held the role as a task ("…; secretaris van de
    /// bezwaarcommissie"). Empty for a plain title.
    pub held_as_task: Vec<Vec<String>>,
    /// What a known role is the role of ("leidinggevende van een klantcontactcentrum",
    /// "beleidsadviseur op het gebied van klimaatadaptatie"): alternatives, each a list of
    /// folded stems that must all show in the same job (its title, employer or statements).
    /// Empty when the role names none.
    pub object: Vec<Vec<String>>,
    /// Words before the title that narrow it ("energy" in "energy manager", "financieel" in
    /// "financieel adviseur"): folded stems that must all show in the job's title, where a
    /// compound holds them as well ("Energiemanager"). Empty for a bare title.
    pub modifier: Vec<String>,
}

impl RoleSpec {
    /// Whether a folded statement shows the role held as a task: every stem of an
    /// alternative on it, the title's first stem opening a clause (after a bullet, ";", ":" or
    /// the statement's start), not inside another's words ("recruited project leaders").
    pub fn held_in(&self, statement: &str) -> bool {
        self.held_as_task.iter().any(|stems| {
            let Some(first) = stems.first() else {
                return false;
            };
            stems.iter().all(|s| has_term(statement, s))
                && statement.match_indices(first.as_str()).any(|(at, _)| {
                    let before = statement[..at].trim_end();
                    before.is_empty()
                        || before.ends_with(['-', '•', '*', ';', ':', '.', '|'])
                        || before
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w == "tevens" || w == "ook" || w == "also")
                })
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Admin {
    /// The uitvoeringsvoorwaarde excludes self-employed bidders (and payroll).
    NotSelfEmployed {
        payroll_excluded: bool,
    },
    Waadi,
    GAccount,
    /// A certificate of conduct; `max_age_months` when it may be no older than that at the
    /// start ("niet ouder dan 6 maanden bij de start"), else `None`.
    Vog {
        max_age_months: Option<i32>,
    },
    /// "not 3 contracts in 6 months at this client".
    NoRecentContracts,
    /// The bidding firm is NEN 4400-1 certified and in the SNA register.
    LabourStandard,
    /// Another declaration the CV cannot show.
    Other,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Requirement {
    Education {
        min: Option<EducationLevel>,
        fields: Vec<(String, Vec<String>)>,
    },
    Experience(ExperienceReq),
    /// Knowledge shown in work experience, education or courses (all parts, or any when `any`).
    Knowledge {
        parts: Vec<Part>,
        any: bool,
    },
    Certificate(super::frames::certificate::CertificateReq),
    Rate {
        max: f64,
        travel_included: bool,
        parking_included: bool,
    },
    Availability {
        hours: Option<(u32, u32)>,
        from: Option<Date>,
        weekdays: Vec<String>,
        until: Option<Date>,
        whole_term: bool,
        /// The place the work is on site in ("working on site in Amsterdam"), folded.
        place: Option<String>,
    },
    /// Command of a language, or the language the CV is written in.
    Language(super::frames::language::LanguageReq),
    Motivation,
    Admin(Admin),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExperienceReq {
    pub roles: Vec<RoleSpec>,
    /// Any of these kinds of organisation.
    pub org: Vec<OrgKind>,
    pub min_population: Option<u32>,
    /// All of these (or any of them when `any`) within one entry.
    pub parts: Vec<Part>,
    pub any: bool,
    pub min_months: Option<i32>,
    pub window_months: Option<i32>,
    /// Terms the posting's Q&A excludes ("officieren van justitie").
    pub excluded: Vec<String>,
    /// Terms the Q&A adds.
    pub included: Vec<String>,
    /// "een gemeente in de provincie Utrecht": the provincie (folded CBS name) the employing
    /// gemeente must lie in.
    pub province: Option<String>,
    /// Employers the criterion names as examples ("such as NVWA, ILT"): working for one of
    /// them meets the organisation asked. Folded, with the register's other names.
    pub employers: Vec<String>,
    /// "bij de griffie van een gemeente": the unit of the organisation the work was done in.
    /// Folded stems that must all show in one job (its title, employer or statements); the
    /// organisation kind alone does not show the unit. Empty when none is named.
    pub unit: Vec<String>,
}

/// Reads the requirement a criterion states.
pub fn interpret(text: &str, id: &str, tender: &Tender, today: Date) -> Requirement {
    let f = both::both_and(&either::either_or(&fold(text)));
    let english = written_in_english(&f);
    if let Some(a) = admin(&f, tender) {
        return Requirement::Admin(a);
    }
    if (f.contains("tarief") || f.contains("hourly rate") || contains_word(&f, "rate"))
        && euro_amount(text).is_some()
    {
        let (travel_included, parking_included) = costs::included_costs(&f);
        return Requirement::Rate {
            max: euro_amount(text).unwrap_or(0.0),
            travel_included,
            parking_included,
        };
    }
    if asks_availability(&f) {
        return availability(&f, tender, today);
    }
    if f.contains("motivatie")
        || f.contains("motivation")
        || f.contains("stelt zich voor")
        || f.contains("motivatiebrief")
    {
        return Requirement::Motivation;
    }
    // How the CV must show it is an instruction, not part of what is asked.
    let (f, shown_in) = instructions::strip(&f);
    // "Werkervaring die uitsluitend … betreft is niet voldoende": what does not count is no
    // part of what is asked.
    let (f, _not_counting) = exclusion::strip(&f);
    if let Some(l) = language::read(&f) {
        return Requirement::Language(l);
    }
    let experience_words =
        f.contains("ervaring") || f.contains("experience") || f.contains("gewerkt");
    // "ingeschreven in het BIG-register", "SKJ-registratie": the register is what is asked.
    if !experience_words {
        if let Some(r) = register::read(&f, text) {
            return Requirement::Certificate(r);
        }
    }
    if !experience_words && asks_certificate(&f) {
        return certificate(text, &f);
    }
    if !experience_words
        && (f.contains("opleiding")
            || f.contains("diploma")
            || f.contains("denkniveau")
            || f.contains("degree")
            || f.contains("afgeronde")
            || f.contains("afgerond")
            || f.contains("niveau")
            || f.contains("bachelor")
            || f.contains("master"))
    {
        // "een afgeronde Integrale Beroepsvaardigheidstraining (IBT)": a training with no
        // level or field asked is a certificate, not a degree.
        let names_training = ["training", "toets", "cursus", "course", "examen", "exam"]
            .iter()
            .any(|w| f.contains(w));
        match education(&f) {
            Requirement::Education { min: None, fields } if fields.is_empty() && names_training => {
                return certificate(text, &f);
            }
            // "de opleiding Toezichthouder Kinderopvang afgerond", "in het bezit van het
            // diploma Jeugdzorgwerker": a named qualification needs that name; a diploma of
            // some level does not show it.
            Requirement::Education { min: None, fields }
                if fields.is_empty() && names_qualification(&f) =>
            {
                return certificate(text, &f);
            }
            e => return e,
        }
    }
    if !experience_words
        && (f.contains("certifica")
            || f.contains("in het bezit van")
            || f.contains("gecertificeerd")
            || f.contains("certified"))
    {
        return certificate(text, &f);
    }
    let (excluded, included) = qa_terms(id, tender);
    let (min_months, window_months, rest) = durations(&f);
    let min_months = qa_duration(id, tender).or(min_months);
    let (window_months, rest) = match window::from_dates(&rest, today) {
        Some((n, rest)) if window_months.is_none() => (Some(n), rest),
        _ => (window_months, rest),
    };
    let body = strip_instructions(&rest);
    // "binnen of buiten de overheid", "ongeacht sector": a scope named only to lift it.
    let body = without_lifted_scope(&body);
    // "bij een gemeente in de provincie Utrecht": where the gemeente lies, not an activity.
    let (province, body) = gemeente_province_phrase(&body);
    // "vanuit de gemeente", "namens de gemeente", "aan gemeentezijde": the employer.
    let (behalf, body) = on_behalf(&body);
    // "Kennis van X, blijkend uit werkervaring of opleiding" is knowledge, wherever it shows.
    if (!experience_words || shown_in != ShownIn::Anywhere)
        && (body.contains("kennis")
            || body.contains("knowledge")
            || body.contains("bekend met")
            || body.contains("affiniteit"))
    {
        let phrase = after_any(
            &body,
            &[
                "kennis van",
                "kennis op het gebied van",
                "knowledge of",
                "bekend met",
                "affiniteit met",
                "kennis",
            ],
        )
        .unwrap_or(body.clone());
        let (parts, any) = parts_in(&phrase, english);
        return Requirement::Knowledge { parts, any };
    }
    let mut req = ExperienceReq {
        min_months,
        window_months,
        excluded,
        included,
        province,
        ..ExperienceReq::default()
    };
    if req.province.is_some() {
        req.org.push(OrgKind::Gemeente);
    }
    // "als secretaris", "as a project manager".
    let role_phrase = role_phrase(&body);
    let mut activity_source = body.clone();
    if let Some(rp) = role_phrase {
        let role_text = cut_at(
            &rp,
            &[
                " binnen ",
                " bij een ",
                " bij de ",
                " bij ",
                " in een ",
                " at a ",
                " at ",
                " within ",
                " met ",
                " with ",
                " (",
                " in de ",
                " in het ",
                " in the ",
                ";",
            ],
        );
        // "als financieel adviseur, business controller of subsidiecontroller": a comma
        // list closed by "of" names alternative roles; any other comma ends the role.
        let role_text = match role_text.split_once(',') {
            Some((_, rest)) if rest.contains(" of ") || rest.contains(" or ") => role_text,
            _ => cut_at(&role_text, &[","]),
        };
        req.roles = roles(&role_text, english);
        // "secretaris van een bezwaarcommissie (adviescommissie bezwaarschriften)": the
        // bracket names the body too.
        if let Some(inner) = rp[role_text.len()..]
            .trim_start()
            .strip_prefix('(')
            .and_then(|r| r.split(')').next())
        {
            for r in &mut req.roles {
                if let Some(title) = r.held_as_task.first().and_then(|s| s.first()).cloned() {
                    let body = content_stems(inner);
                    if !body.is_empty() {
                        r.held_as_task
                            .push(std::iter::once(title).chain(body).collect());
                    }
                }
            }
        }
        // What follows the role ("met kleinschalige locaties van ca. 50 vluchtelingen").
        activity_source = rp[role_text.len()..].to_string();
        // Words of the role phrase besides the title ("coordinator vluchtelingenopvangbeleid").
        for c in CONCEPTS {
            if c.triggers.iter().any(|t| role_text.contains(t))
                && !req.parts.iter().any(|p| p.label == c.id)
            {
                req.parts.push(concept_part(c));
            }
        }
    }
    // Organisation: "bij een overheid", "binnen een gemeente" — unless "rond" widens it.
    let org_scope = body.contains(" bij ")
        || body.contains(" binnen ")
        || body.contains(" in een ")
        || body.contains(" at ")
        || body.contains(" within ")
        || body.contains("voor een ");
    if org_scope && !body.contains(" rond ") && !body.contains(" around ") {
        let hits: Vec<&(&str, OrgKind)> = ORG_TRIGGERS
            .iter()
            .filter(|(t, _)| body.contains(t) && !preceded_by_tussen(&body, t))
            .collect();
        for (trigger, kind) in &hits {
            // "regionale uitvoeringsorganisatie" is a joint arrangement, not the Rijk's
            // uitvoeringsorganisatie its shorter trigger names.
            let inside_longer = hits
                .iter()
                .any(|(u, _)| u.len() > trigger.len() && u.contains(trigger));
            if !inside_longer && !req.org.contains(kind) {
                req.org.push(*kind);
            }
        }
    }
    // "at a Dutch government inspectorate, such as NVWA, ILT or the Nederlandse
    // Arbeidsinspectie": the bodies named are employers that meet it.
    if !req.org.is_empty() {
        let (_, items) = examples::split(&body);
        for item in items {
            for n in super::government::body_names(&item) {
                if !req.employers.contains(&n) {
                    req.employers.push(n);
                }
            }
        }
    }
    if !req.org.is_empty() {
        req.unit = unit_of_organisation(&body);
    }
    for kind in behalf {
        if !req.org.contains(&kind) {
            req.org.push(kind);
        }
    }
    if let Some(pop) = population(&body) {
        req.min_population = Some(pop);
        if !req.org.contains(&OrgKind::Gemeente) {
            req.org.push(OrgKind::Gemeente);
        }
    }
    // Activities: "met het adviseren van bestuurders", "with DPIAs".
    let activity = after_any(
        &activity_source,
        &[
            " met ",
            "met ",
            " with ",
            " op het gebied van ",
            " in het ",
            " in de ",
            // "Experience building Power BI data models": the gerund phrase is the activity.
            "experience ",
        ],
    );
    // "Work experience at a Dutch government inspectorate": the employer, no activity.
    let activity = activity.filter(|a| {
        let a = a.trim_start();
        !(a.starts_with("at ") || a.starts_with("within ") || a.starts_with("bij "))
    });
    if let Some(a) = activity {
        // The employer phrase is no activity: "… binnen of rond een overheidsorganisatie".
        let a = cut_at(
            &a,
            &[
                " binnen een ",
                " bij een ",
                " binnen de ",
                " bij de ",
                " binnen of rond",
                " rond een ",
                " at a ",
                " at an ",
                " at the ",
                " within a ",
                " within the ",
                " including",
            ],
        );
        let (mut parts, any) = parts_in(&a, english);
        parts.retain(|p| !req.parts.iter().any(|q| q.label == p.label));
        // "met meer dan 100.000 inwoners" sizes the employer; it is no activity.
        if req.min_population.is_some() {
            parts.retain(|p| !p.label.contains("inwoners") && !p.label.contains("inhabitants"));
        }
        req.any = any && req.parts.is_empty();
        req.parts.extend(parts);
    }
    if let Some(n) = around_number(&body) {
        req.parts.push(Part {
            label: format!("ca. {n}"),
            evidence: Vec::new(),
            with: Vec::new(),
            all: Vec::new(),
            around: Some(n),
            examples: Vec::new(),
        });
    }
    if body.contains("kleinschalig") {
        req.parts.push(Part {
            label: "kleinschalig".into(),
            evidence: vec!["kleinschalig".into()],
            with: Vec::new(),
            all: Vec::new(),
            around: None,
            examples: Vec::new(),
        });
        // "kleinschalig" or the number: either shows the scale.
        if let (Some(a), Some(k)) = (
            req.parts.iter().position(|p| p.around.is_some()),
            req.parts.iter().position(|p| p.label == "kleinschalig"),
        ) {
            let mut merged = req.parts[a].clone();
            merged.label = "kleinschalig / ca.".into();
            merged.evidence = vec!["kleinschalig".into()];
            let (hi, lo) = (a.max(k), a.min(k));
            req.parts.remove(hi);
            req.parts.remove(lo);
            req.parts.push(merged);
        }
    }
    // Drawing up a plan is not supplying input for it ("input voor het IHP").
    if authoring(&body) {
        let phrases = contribution_phrases(&req.parts);
        req.excluded.extend(phrases);
    }
    // What the Q&A says counts as well ("de CAR-UWO telt als de Cao Gemeenten") shows a part
    // on its own.
    if !req.included.is_empty() {
        let alt = Part {
            label: req.included.join(", "),
            evidence: req.included.clone(),
            ..Part::default()
        };
        for p in &mut req.parts {
            p.examples.push(alt.clone());
        }
    }
    if req.roles.is_empty() && req.org.is_empty() && req.parts.is_empty() {
        // Nothing recognised: the criterion's own content words, all on one line; examples it
        // gives ("zoals officier van dienst of informatiemanager") each show it too.
        let (main, items) = examples::split(&body);
        let stems = content_stems(&main);
        if !stems.is_empty() {
            let head = example_head(&main);
            let examples = items
                .iter()
                .filter_map(|i| example_part(i))
                .map(|mut e| {
                    e.all.extend(head.iter().cloned());
                    e
                })
                .collect();
            req.parts.push(Part {
                label: main.trim().to_string(),
                all: stems,
                examples,
                ..Part::default()
            });
        }
    }
    Requirement::Experience(req)
}

/// Leads of a unit inside an organisation, and what links the unit to the organisation:
/// "bij de griffie van een gemeente", "binnen het team Vergunningen van een provincie", "at
/// the legal department of a municipality".
const UNIT_LEADS: &[&str] = &[
    " bij de ",
    " bij het ",
    " binnen de ",
    " binnen het ",
    " op de ",
    " at the ",
    " in the ",
    " within the ",
];
const UNIT_LINKS: &[&str] = &[" van een ", " van de ", " of a ", " of an ", " of the "];

/// The unit a criterion places the work in, inside the organisation it names ("bij de griffie
/// van een gemeente", "binnen het sociaal domein van een gemeente", "at the procurement
/// department of a province"): the unit's stems, when the words after the link name an
/// organisation kind ([`ORG_TRIGGERS`]). Empty otherwise ("bij een gemeente").
fn unit_of_organisation(body: &str) -> Vec<String> {
    let padded = format!(" {body} ");
    for lead in UNIT_LEADS {
        let mut from = 0;
        while let Some(p) = padded[from..].find(lead) {
            let start = from + p + lead.len();
            from = start;
            let rest = &padded[start..];
            let Some((unit, after)) = UNIT_LINKS
                .iter()
                .filter_map(|l| rest.find(l).map(|i| (&rest[..i], &rest[i + l.len()..])))
                .min_by_key(|(u, _)| u.len())
            else {
                continue;
            };
            // The organisation word itself ("gemeente"), not an adjective ("gemeentelijk").
            let names_org = ORG_TRIGGERS.iter().any(|(t, _)| {
                after.starts_with(t) && !after[t.len()..].starts_with(char::is_alphanumeric)
            });
            // A unit is a short noun phrase, not a clause ("bij de uitvoering van een project").
            let words = unit.split_whitespace().count();
            let is_org = ORG_TRIGGERS.iter().any(|(t, _)| unit.contains(t));
            if names_org && (1..=3).contains(&words) && !is_org && !unit.contains(',') {
                let stems = content_stems(unit);
                if !stems.is_empty() {
                    return stems;
                }
            }
        }
    }
    Vec::new()
}

/// "bij een gemeente (gelegen) in de provincie Utrecht", "at a municipality in the province of
/// Utrecht": the provincie (folded CBS name) the gemeente must lie in (CBS, data/gemeenten.csv),
/// and the criterion without that phrase. Only after a gemeente: "bij de provincie Utrecht"
/// names the employer itself.
fn gemeente_province_phrase(body: &str) -> (Option<String>, String) {
    const LEADS: &[&str] = &[
        "gelegen in de provincie ",
        "in de provincie ",
        "located in the province of ",
        "in the province of ",
        "in the province ",
    ];
    for lead in LEADS {
        let Some(at) = body.find(lead) else { continue };
        let before = &body[..at];
        if !(before.contains("gemeente") || before.contains("municipalit")) {
            continue;
        }
        let rest = &body[at + lead.len()..];
        let found = super::government::PROVINCES
            .iter()
            .find_map(|(cbs, names)| {
                names
                    .iter()
                    .filter(|n| {
                        rest.starts_with(*n)
                            && !rest[n.len()..].starts_with(|c: char| c.is_alphanumeric())
                    })
                    .map(|n| (cbs, n.len()))
                    .max_by_key(|(_, l)| *l)
            });
        if let Some((cbs, len)) = found {
            let text = format!("{} {}", before.trim_end(), &rest[len..]);
            return (Some(cbs.to_string()), text);
        }
    }
    (None, body.to_string())
}

/// The criterion without the scopes it names only to lift them (ASSESSOR: a negated scope is
/// no constraint): from each lead in [`NO_SCOPE_LEADS`] to the next comma, bracket, semicolon
/// or the end. "(algemeen, binnen of buiten de overheid)" asks for no employer kind.
///
/// [`NO_SCOPE_LEADS`]: super::thesaurus::NO_SCOPE_LEADS
fn without_lifted_scope(body: &str) -> String {
    let mut out = body.to_string();
    for lead in super::thesaurus::NO_SCOPE_LEADS {
        while let Some(p) = out.find(lead) {
            // A lead inside a word ("tongeacht") is no lead.
            if out[..p]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                break;
            }
            let end = out[p..]
                .find([',', ')', ';', '.'])
                .map_or(out.len(), |e| p + e);
            out.replace_range(p..end, " ");
        }
    }
    out
}

/// The organisations a criterion puts the work on the side of ("vanuit de gemeente",
/// "namens een provincie", "aan gemeentezijde", "on behalf of the municipality") and the text
/// without those phrases: the employer kind, not a word of the activity.
fn on_behalf(body: &str) -> (Vec<OrgKind>, String) {
    let mut kinds = Vec::new();
    // Padded: a lead starts a word ("aan ", not the end of "baan ").
    let mut text = format!(" {body} ");
    let kind_of = |word: &str| -> Option<OrgKind> {
        ORG_TRIGGERS
            .iter()
            .filter(|(t, _)| word.starts_with(t))
            .max_by_key(|(t, _)| t.len())
            .map(|(_, k)| *k)
    };
    for lead in super::thesaurus::ON_BEHALF_LEADS {
        let lead = format!(" {lead}");
        while let Some(at) = text.find(&lead) {
            let rest = &text[at + lead.len()..];
            let word: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '-')
                .collect();
            let Some(kind) = kind_of(&word) else { break };
            kinds.push(kind);
            text.replace_range(at..at + lead.len() + word.len(), " ");
        }
    }
    // "aan gemeentezijde", "aan de gemeentezijde".
    for lead in [" aan de ", " aan "] {
        while let Some(at) = text.find(lead) {
            let rest = &text[at + lead.len()..];
            let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
            let Some(kind) = word.strip_suffix("zijde").and_then(kind_of) else {
                break;
            };
            kinds.push(kind);
            text.replace_range(at..at + lead.len() + word.len(), " ");
        }
    }
    (kinds, text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The role after "ervaring als", "werkzaam als", "experience as a": only there does "als"/"as"
/// name a role ("als meerdere meldingen binnenkomen" is a condition, "infrastructure as code" a
/// term, "such as" an example).
fn role_phrase(body: &str) -> Option<String> {
    const LEADS: &[&str] = &[
        "ervaring als ",
        "werkzaam als ",
        "gewerkt als ",
        "functie als ",
        "rol als ",
        "experience as a ",
        "experience as an ",
        "experience as ",
        "worked as a ",
        "worked as an ",
        "worked as ",
        "role as a ",
        "role as an ",
    ];
    after_any(body, LEADS).or_else(|| body.trim_start().strip_prefix("als ").map(str::to_string))
}

fn concept_part(c: &super::thesaurus::Concept) -> Part {
    Part {
        label: c.id.to_string(),
        evidence: c.evidence.iter().map(|s| s.to_string()).collect(),
        with: c.with.iter().map(|s| s.to_string()).collect(),
        all: Vec::new(),
        around: None,
        examples: Vec::new(),
    }
}

/// "samenwerking tussen overheid, …": the org word names a partner, not the employer.
fn preceded_by_tussen(body: &str, trigger: &str) -> bool {
    body.find(trigger)
        .is_some_and(|p| body[..p].contains("tussen") || body[..p].contains("between"))
}

/// The age a document may have, in months: "niet ouder dan 6 maanden", "maximaal 3 maanden
/// oud", "not older than 6 months", "issued no more than 3 months before the start".
fn document_age(f: &str) -> Option<i32> {
    let p = [
        "niet ouder dan ",
        "niet ouder is dan ",
        "niet ouder zijn dan ",
        "maximaal ",
        "hoogstens ",
        "not older than ",
        "no older than ",
        "no more than ",
    ]
    .iter()
    .filter_map(|l| f.find(l).map(|p| p + l.len()))
    .next()?;
    let mut words = f[p..].split_whitespace();
    let n = words
        .next()
        .and_then(|w| w.parse::<i32>().ok().or_else(|| number_word(w)))?;
    match words.next()? {
        w if w.starts_with("maand") || w.starts_with("month") => Some(n),
        w if w.starts_with("jaar") || w.starts_with("year") => Some(12 * n),
        _ => None,
    }
}

fn admin(f: &str, tender: &Tender) -> Option<Admin> {
    if f.contains("uitvoeringsvoorwaarde")
        || f.contains("arbeidsrelatie")
        || f.contains("geen zzp")
        || (f.contains("zzp") && (f.contains("niet") || f.contains("geen")))
    {
        return Some(Admin::NotSelfEmployed {
            payroll_excluded: tender.excludes_payroll,
        });
    }
    if contains_word(f, "waadi") || f.contains("ter beschikking stelt") {
        return Some(Admin::Waadi);
    }
    if f.contains("g-rekening") || f.contains("g rekening") {
        return Some(Admin::GAccount);
    }
    if contains_word(f, "vog") || f.contains("verklaring omtrent het gedrag") {
        return Some(Admin::Vog {
            max_age_months: document_age(f),
        });
    }
    if f.contains("overeenkomsten") && (f.contains("opdrachtgever") || f.contains("afgelopen")) {
        return Some(Admin::NoRecentContracts);
    }
    // About the bidding firm, not the candidate; a CV may still state it.
    if f.contains("nen 4400") || f.contains("normering arbeid") {
        return Some(Admin::LabourStandard);
    }
    if f.starts_with("de inschrijver is gecertificeerd")
        || f.contains("eigen verklaring")
        || f.contains("uea")
        || f.contains("geheimhoudingsverklaring")
        || f.contains("kvk")
    {
        return Some(Admin::Other);
    }
    None
}

fn education(f: &str) -> Requirement {
    let min = if f.contains("phd") || f.contains("gepromoveerd") {
        Some(EducationLevel::Phd)
    } else if (contains_word(f, "wo")
        || f.contains("universitair")
        || f.contains("wo-")
        || f.contains("academisch"))
        && !f.contains("hbo")
    {
        if f.contains("bachelor") {
            Some(EducationLevel::WoBachelor)
        } else {
            Some(EducationLevel::WoMaster)
        }
    } else if contains_word(f, "master") && !f.contains("hbo") {
        Some(EducationLevel::WoMaster)
    } else if f.contains("hbo") || f.contains("bachelor") || f.contains("hoger beroepsonderwijs") {
        Some(EducationLevel::Hbo)
    } else if f.contains("mbo") {
        Some(EducationLevel::Mbo)
    } else {
        None
    };
    let mut fields = Vec::new();
    // "bij voorkeur in de richting van …" is a wish, not a requirement.
    let preferred = ["bij voorkeur", "liefst", "preferably", "preferred"]
        .iter()
        .any(|w| f.contains(w));
    if preferred {
        return Requirement::Education { min, fields };
    }
    let field_phrase = after_any(
        f,
        &[
            "in de richting van",
            "richting",
            "op het gebied van",
            "in the field of",
            "studierichting",
        ],
    )
    // "degree (HBO or WO) in econometrics, …".
    .or_else(|| {
        let d = f.find("degree")?;
        let i = f[d..].find(" in ")?;
        Some(f[d + i + 4..].trim().to_string())
    })
    // "hbo-opleiding Social Work, MWD of SPH": the field follows the kind of school.
    .or_else(|| {
        let rest = after_any(f, &["hbo-opleiding ", "wo-opleiding ", "mbo-opleiding "])?;
        let first = rest.split_whitespace().next()?;
        (!["op", "in", "of", "en", "met", "die", "dat", "is"].contains(&first)).then_some(rest)
    })
    // "hbo-opleiding in het sociaal domein", "wo-opleiding in de rechten": the field after "in".
    .or_else(|| {
        after_any(
            f,
            &[
                "opleiding in het ",
                "opleiding in de ",
                "opleiding in ",
                "diploma in het ",
                "diploma in de ",
                "diploma in ",
            ],
        )
    });
    if let Some(rest) = field_phrase {
        for alt in rest
            .split([',', ';'])
            // "ruimtelijke ordening/planologie": a slash between words is "or".
            .flat_map(split_word_slash)
            .flat_map(|s| s.split(" of "))
            .flat_map(|s| s.split(" or "))
        {
            let label = alt.trim().trim_end_matches('.').trim();
            if label.is_empty() {
                continue;
            }
            fields.push((label.to_string(), field_synonyms(label)));
        }
    }
    Requirement::Education { min, fields }
}

/// A field phrase split at each slash between two words of three letters or more
/// ("ruimtelijke ordening/planologie", "law/rechten"); a slash inside a code or an
/// abbreviation ("hbo/wo" is a level, "m/v") is kept.
fn split_word_slash(s: &str) -> Vec<&str> {
    let ok = |side: &str| {
        side.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !["hbo", "mbo"].contains(&side.trim())
    };
    let parts: Vec<&str> = s.split('/').collect();
    if parts.len() > 1
        && parts.windows(2).all(|w| {
            let left = w[0].rsplit(' ').next().unwrap_or("");
            let right = w[1].split(' ').next().unwrap_or("");
            ok(left) && ok(right)
        })
    {
        parts
    } else {
        vec![s]
    }
}

/// Names a degree may carry for a field.
fn field_synonyms(field: &str) -> Vec<String> {
    let f = fold(field);
    // A field named by any of its group's names gets the group ("law" is "rechten"); a field
    // that holds the group's key word ("europees recht") or is part of it too.
    let mut out: Vec<String> = super::thesaurus::FIELDS
        .iter()
        .filter(|(k, names)| {
            f.contains(k) || k.contains(f.as_str()) || names.iter().any(|n| *n == f)
        })
        .flat_map(|(_, v)| v.iter().map(|s| s.to_string()))
        .collect();
    // The strict fallback: every content word of the field on the degree ("data science" is
    // not met by a degree that only says "science"). A bracket is the field's other name
    // ("Civil Engineering (Civiele Techniek)"): either name will do.
    let names: Vec<&str> = match (f.find('('), f.rfind(')')) {
        (Some(open), Some(close)) if open < close => vec![&f[..open], &f[open + 1..close]],
        _ => vec![f.as_str()],
    };
    for name in names {
        let stems = content_stems(name);
        if !stems.is_empty() {
            out.push(stems.join("+"));
        }
    }
    out
}

fn certificate(text: &str, f: &str) -> Requirement {
    Requirement::Certificate(super::frames::certificate::read(f, text))
}

/// Whether a criterion that asks no level or field names a qualification of its own ("de
/// opleiding Toezichthouder Kinderopvang", "het diploma Jeugdzorgwerker", "the Food Safety
/// Auditor course"): words besides the generic ones ("een afgeronde opleiding" names none).
fn names_qualification(f: &str) -> bool {
    const LEADS: &[&str] = &[
        "de opleiding ",
        "het diploma ",
        "diploma ",
        "het certificaat ",
        "certificaat ",
        "opleiding tot ",
        "the course ",
        "the training ",
    ];
    LEADS.iter().any(|l| {
        f.find(l).is_some_and(|p| {
            let rest = &f[p + l.len()..];
            let rest = rest.split(['(', ',', ';', '.']).next().unwrap_or("");
            rest.split_whitespace()
                .filter(|w| {
                    !matches!(
                        *w,
                        "afgerond"
                            | "afgeronde"
                            | "behaald"
                            | "completed"
                            | "is"
                            | "heeft"
                            | "hebben"
                            | "op"
                            | "van"
                            | "een"
                            | "minimaal"
                            | "niveau"
                            | "mbo"
                            | "hbo"
                            | "wo"
                            | "of"
                            | "en"
                            | "hoger"
                            | "gelijkwaardig"
                    )
                })
                .count()
                >= 1
        })
    })
}

/// Whether a criterion asks for a certificate, diploma of a certification body or title: it
/// says so, or names a certificate the thesaurus knows.
fn asks_certificate(f: &str) -> bool {
    [
        "certifica",
        "gecertificeerd",
        "certified",
        "rijbewijs",
        // "een geldige BOA-akte", "akte van bekwaamheid".
        "akte",
        "in het bezit van de titel",
    ]
    .iter()
    .any(|w| f.contains(w))
        || super::thesaurus::CERTIFICATES
            .iter()
            .any(|(_, sp)| sp.iter().any(|s| has_term(f, s)))
        || super::thesaurus::LICENCES
            .iter()
            .any(|row| row.iter().any(|s| has_term(f, s)))
}

/// Whether a folded criterion asks availability: "beschikbaar", or a start word with hours
/// per week ("kan per 4 januari 2027 starten voor 32 uur per week"). Experience is never
/// availability ("ervaring met het starten van 40 uur per week …" does not occur, but a start
/// word inside an experience criterion must not turn it).
fn asks_availability(f: &str) -> bool {
    use super::thesaurus::{AVAILABILITY_WORDS, HOURS_PER_WEEK, START_WORDS};
    if AVAILABILITY_WORDS.iter().any(|w| f.contains(w)) {
        return true;
    }
    let experience = f.contains("ervaring") || f.contains("experience");
    !experience
        && START_WORDS.iter().any(|w| f.contains(w))
        && HOURS_PER_WEEK.iter().any(|w| f.contains(w))
}

fn availability(f: &str, tender: &Tender, today: Date) -> Requirement {
    let hours_text = f
        .find("uur")
        .or_else(|| f.find(" uren"))
        .or_else(|| f.find("hours"))
        .map(|p| &f[f[..p].char_indices().rev().nth(14).map_or(0, |(i, _)| i)..p]);
    let hours = hours_text.and_then(hours_in).map(|h| (h.min, h.max));
    // "per 13 juli 2026", "per juli", "vanaf de start".
    let from = find_date(f).map(|(d, _)| d).or_else(|| {
        let p = f.find("per ").or_else(|| f.find("vanaf "))?;
        let word = f[p..].split_whitespace().nth(1)?;
        let month = month_from_word(word)?;
        // The first such month on or after the deadline (or today).
        let base = tender.deadline.unwrap_or(today);
        let year = if month >= base.month {
            base.year
        } else {
            base.year + 1
        };
        Date::new(year, month, 1)
    });
    let from = from.or_else(|| {
        (f.contains("start") || f.contains("gehele duur"))
            .then(|| tender.start.as_ref().and_then(|s| s.date))
            .flatten()
    });
    let weekdays = crate::tender::terms::days_in(f);
    let whole_term = f.contains("gehele duur")
        || f.contains("volledige duur")
        || f.contains("hele looptijd")
        || f.contains("verlenging")
        || f.contains("entire duration");
    // The first day after the term (with its extensions when the criterion names them).
    let until = if whole_term {
        tender
            .start
            .as_ref()
            .and_then(|s| s.date)
            .zip(tender.duration_months)
            .map(|(start, months)| {
                let extensions = tender
                    .extension
                    .as_ref()
                    .map_or(0, |e| e.count.unwrap_or(0) * e.months.unwrap_or(0));
                let total = months
                    + if f.contains("verlenging") {
                        extensions
                    } else {
                        0
                    };
                start.add_months(total as i32)
            })
    } else {
        None
    };
    Requirement::Availability {
        hours,
        from,
        weekdays: if weekdays.len() < 7 {
            weekdays
        } else {
            Vec::new()
        },
        until,
        whole_term,
        place: on_site_place(f),
    }
}

/// The place a folded availability criterion asks the work on site in: the word (two after
/// "den", "de" or "'s") after an on-site marker ("op kantoor in Den Haag" → "den haag").
fn on_site_place(f: &str) -> Option<String> {
    super::thesaurus::ON_SITE_MARKERS.iter().find_map(|m| {
        let at = f.find(m)? + m.len();
        let mut words = f[at..].split_whitespace();
        // "Amersfoort?" in a questionnaire's question, "Utrecht)." in a bracket: the name only.
        let bare = |w: &str| {
            w.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        };
        let first = bare(words.next()?);
        let place = if matches!(first.as_str(), "den" | "de" | "the" | "'s" | "’s") {
            format!("{first} {}", bare(words.next()?))
        } else {
            first.to_string()
        };
        (place.chars().count() >= 3).then_some(place)
    })
}

/// Q&A about this criterion: terms its answer excludes ("Nee") or includes ("Ja").
/// A duration the Q&A sets instead of the criterion's ("De eis wordt verlaagd: voor KO2 geldt
/// voortaan minimaal 3 jaar werkervaring"): binding (ASSESSOR rule 15).
fn qa_duration(id: &str, tender: &Tender) -> Option<i32> {
    // The reader may not have told the criterion: "KO2", "K2", "eis 2" in the text names it.
    let names_id = |t: &str| -> bool {
        let n = id.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        id.starts_with('K')
            && [
                format!("ko{n}"),
                format!("k{n}"),
                format!("eis {n}"),
                // Eisen numbered E1, E2 (DAS, Negometrix).
                format!("e{n}"),
            ]
            .iter()
            .any(|f| crate::text::contains_word(t, f))
    };
    tender
        .questions
        .iter()
        .filter(|q| {
            q.criterion.as_deref() == Some(id)
                || q.criterion.is_none()
                    && (names_id(&fold(&q.question)) || names_id(&fold(&q.answer)))
        })
        .filter_map(|q| {
            let a = fold(&q.answer);
            let changes = [
                "voortaan",
                "verlaagd",
                "verhoogd",
                "gewijzigd",
                "aangepast",
                "from now on",
                "is lowered",
                "is reduced",
                "instead",
            ]
            .iter()
            .any(|w| a.contains(w));
            changes.then(|| new_duration(&a)).flatten()
        })
        .next_back()
}

/// The duration an answer sets: the one after "van … naar" ("verlaagd van 4 jaar naar 3
/// jaar", "from 4 to 3 years"), else the first it names ("voortaan minimaal 3 jaar", "3 jaar
/// in plaats van 4 jaar").
fn new_duration(answer: &str) -> Option<i32> {
    for (from, to) in [(" van ", " naar "), (" from ", " to ")] {
        if let Some(v) = answer.find(from) {
            if let Some(t) = answer[v..].find(to) {
                let after = &answer[v + t + to.len()..];
                if let Some(n) = durations(after).0 {
                    return Some(n);
                }
            }
        }
    }
    durations(answer).0
}

/// The thing a question asks to count, without quotes: "telt werkervaring met de CAR-UWO,
/// de voorloper van …, mee", "telt ervaring met verzoeken op grond van de Wob (…) mee". A
/// named thing gives its names; otherwise the phrase itself when it is short.
fn asked_in_question(q: &str) -> Vec<String> {
    const LEADS: &[&str] = &[
        "telt werkervaring met ",
        "telt ervaring met ",
        "tellen werkervaring met ",
        "telt ook werkervaring met ",
        "does experience with ",
        "counts experience with ",
    ];
    let Some(rest) = after_any(q, LEADS) else {
        return Vec::new();
    };
    let rest = rest.as_str();
    let end = [",", " mee", "?", " count"]
        .iter()
        .filter_map(|m| rest.find(m))
        .min()
        .unwrap_or(rest.len());
    // A bracket stays whole: "de wob (wet openbaarheid van bestuur)".
    let phrase = rest[..end].trim();
    let phrase = match (phrase.find('('), rest.find(')')) {
        (Some(_), Some(close)) if close >= end => rest[..=close].trim(),
        _ => phrase,
    };
    if let Some(n) = named::read(phrase).or_else(|| named::known(phrase)) {
        return n.names;
    }
    let phrase = ["de ", "het ", "een ", "the "]
        .iter()
        .fold(phrase, |p, a| p.strip_prefix(a).unwrap_or(p));
    if phrase.split_whitespace().count() <= 4 && phrase.len() >= 3 {
        vec![phrase.to_string()]
    } else {
        Vec::new()
    }
}

fn qa_terms(id: &str, tender: &Tender) -> (Vec<String>, Vec<String>) {
    let mut excluded = Vec::new();
    let mut included = Vec::new();
    for qa in tender
        .questions
        .iter()
        .filter(|q| q.criterion.as_deref() == Some(id))
    {
        let answer = fold(&qa.answer);
        let no = answer.starts_with("nee")
            || answer.starts_with("no")
            || answer.contains("telt niet")
            || answer.contains("niet meegerekend");
        let yes =
            answer.starts_with("ja") || answer.starts_with("yes") || answer.contains("telt mee");
        // Short quoted phrases in the question name the thing asked about; without quotes,
        // "Telt werkervaring met X mee" names X.
        let mut asked = quotes(&qa.question);
        if asked.is_empty() {
            asked.extend(asked_in_question(&fold(&qa.question)));
        }
        for quoted in asked {
            let q = fold(&quoted);
            if q.split_whitespace().count() > 6 || q.len() < 4 {
                continue;
            }
            let mut variants = vec![q.clone()];
            // "officieren van justitie" → also "officier van justitie".
            if let Some(first) = q.split_whitespace().next() {
                if first.ends_with("en") && first.len() > 5 {
                    variants.push(q.replacen(first, &first[..first.len() - 2], 1));
                }
            }
            if no {
                excluded.extend(variants);
            } else if yes {
                included.extend(variants);
            }
        }
    }
    (excluded, included)
}

fn quotes(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut open: Option<usize> = None;
    for (i, c) in chars.iter().enumerate() {
        if matches!(c, '"' | '“' | '”' | '„') {
            match open {
                None => open = Some(i),
                Some(o) => {
                    out.push(chars[o + 1..i].iter().collect());
                    open = None;
                }
            }
        }
    }
    out
}

/// "minimaal 3 jaar" → 36 months; "in de afgelopen 5 jaar" → window of 60. Returns the text
/// without those phrases.
fn durations(f: &str) -> (Option<i32>, Option<i32>, String) {
    let mut text = f.to_string();
    let mut window = None;
    // Longer leads first: "within the last" holds "in the last", "binnen de afgelopen" holds
    // "de afgelopen"; a shorter lead would leave "with" or "binnen" behind as a word asked.
    for lead in [
        "binnen de afgelopen ",
        "binnen de laatste ",
        "within the last ",
        "within the past ",
        "over the last ",
        "over the past ",
        "in de afgelopen ",
        "de afgelopen ",
        "afgelopen ",
        "in de laatste ",
        "de laatste ",
        "in the last ",
        "in the past ",
    ] {
        if let Some(p) = text.find(lead) {
            let rest = &text[p + lead.len()..];
            let mut words = rest.split_whitespace();
            if let (Some(n), Some(unit)) = (words.next().and_then(number_word), words.next()) {
                let months = if unit.starts_with("jaar") || unit.starts_with("year") {
                    n * 12
                } else if unit.starts_with("maand") || unit.starts_with("month") {
                    n
                } else {
                    continue;
                };
                window = Some(months);
                let end = p + lead.len() + rest.find(unit).map_or(0, |u| u + unit.len());
                text.replace_range(p..end, " ");
                break;
            }
        }
    }
    let mut min = None;
    let words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    for (i, w) in words.iter().enumerate() {
        let Some(n) = number_word(w.trim_start_matches('(')) else {
            continue;
        };
        let unit = words.get(i + 1).map(String::as_str).unwrap_or("");
        let months =
            if unit.starts_with("jaar") || unit.starts_with("jaren") || unit.starts_with("year") {
                n * 12
            } else if unit.starts_with("maand") || unit.starts_with("month") {
                n
            } else {
                continue;
            };
        min = Some(months);
        let phrase = format!("{w} {unit}");
        text = text.replacen(&phrase, " ", 1);
        break;
    }
    for lead in [
        "minimaal",
        "min.",
        "ten minste",
        "tenminste",
        "minstens",
        "at least",
        "minimum of",
    ] {
        text = text.replace(lead, " ");
    }
    (
        min,
        window,
        text.split_whitespace().collect::<Vec<_>>().join(" "),
    )
}

fn number_word(w: &str) -> Option<i32> {
    if let Ok(n) = w.parse::<i32>() {
        return (1..=40).contains(&n).then_some(n);
    }
    // Folded already ("één" folds to "een"), as `w` is.
    crate::text::number_word(w).map(|n| n as i32)
}

/// Drops the posting's instructions about how to write the CV ("dit is expliciet benoemd in de
/// werkervaring", "benoem in het cv …", "duidelijk weergeven in het cv").
fn strip_instructions(f: &str) -> String {
    let mut s = f.to_string();
    for marker in [
        ", dit is",
        ", dit dient",
        ", benoem",
        ", duidelijk",
        " duidelijk weergeven",
        ", expliciet",
        " dit is expliciet",
        ", please",
        ". de motivatie",
        ", waarbij",
        // How tiers are counted is no thing asked ("…, gerekend per wijk").
        ", gerekend per",
        ", geteld per",
        ", counted per",
    ] {
        if let Some(p) = s.find(marker) {
            s.truncate(p);
        }
    }
    for w in [
        "aantoonbare",
        "aantoonbaar",
        "relevante",
        "ruime",
        "recente",
    ] {
        s = s.replace(w, " ");
    }
    format!(" {} ", s.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn after_any(s: &str, leads: &[&str]) -> Option<String> {
    leads
        .iter()
        .filter_map(|l| s.find(l).map(|p| (p, l)))
        .min_by_key(|(p, _)| *p)
        .map(|(p, l)| s[p + l.len()..].trim().to_string())
}

fn cut_at(s: &str, markers: &[&str]) -> String {
    let end = markers
        .iter()
        .filter_map(|m| s.find(m))
        .min()
        .unwrap_or(s.len());
    s[..end].trim().to_string()
}

/// Role titles that count for a role phrase ("procesbegeleider of soortgelijk").
fn roles(phrase: &str, criterion_in_english: bool) -> Vec<RoleSpec> {
    let similar = phrase.contains("soortgelijk")
        || phrase.contains("vergelijkbaar")
        || phrase.contains("similar")
        || phrase.contains("gelijkwaardig");
    let mut out: Vec<RoleSpec> = Vec::new();
    // In English "of" is "van" ("chair of the steering committee").
    let english = criterion_in_english || written_in_english(phrase);
    let or_word = if written_in_english(phrase) {
        " or "
    } else {
        " of "
    };
    let alts: Vec<&str> = phrase
        .split(or_word)
        .flat_map(|s| s.split(" or "))
        .flat_map(|s| s.split('/'))
        .flat_map(|s| s.split(", "))
        .collect();
    let alts = if english {
        alts.iter().map(|a| a.to_string()).collect()
    } else {
        shared_domain(&alts)
    };
    for alt in &alts {
        let alt = alt.trim();
        if alt.is_empty()
            || ["soortgelijk", "vergelijkbaar", "similar", "gelijkwaardig"]
                .iter()
                .any(|w| alt.starts_with(w))
        {
            continue;
        }
        // A modifier before the title narrows the role ("financieel adviseur" is not any
        // adviseur); "senior" and the like do not.
        let family = ROLES.iter().find(|r| {
            r.triggers.iter().any(|t| {
                alt.find(t).is_some_and(|p| {
                    // A bracketed modifier is optional: "(business) controller".
                    alt[..p].split_whitespace().all(|w| {
                        (w.starts_with('(') && w.ends_with(')')) || TITLE_FILLERS.contains(&w)
                    })
                })
            })
        });
        // "beleidsadviseur op het gebied van klimaatadaptatie of waterbeheer": no role word,
        // so another field the role before it covers.
        if family.is_none() && !ROLE_WORD_ENDINGS.iter().any(|w| alt.contains(w)) {
            if let Some(prev) = out.last_mut().filter(|r| !r.object.is_empty()) {
                add_object_alternative(&mut prev.object, alt);
                continue;
            }
        }
        // "energy advisor", "financieel adviseur": a known title after words that narrow it;
        // the title is read by meaning and the words must show in the job's title.
        // "HR adviser advising managers on …": a title followed by a clause is read as written.
        let clause = english && clause_after_title(alt);
        let (family, modifier) = match family {
            Some(r) => (Some(r), Vec::new()),
            None if clause => (None, Vec::new()),
            None => match modified_family(alt) {
                Some((r, m)) => (Some(r), m),
                None => (None, Vec::new()),
            },
        };
        let mut object = family.map(|r| role_object(alt, r)).unwrap_or_default();
        if object.is_empty() {
            object = family
                .filter(|_| !english)
                .and_then(|r| domain_after_title(alt, r.triggers))
                .unwrap_or_default();
        }
        // An unknown role with a title word ("energy manager", "beleidsmedewerker afval en
        // grondstoffen"): the title word, what narrows it before, its domain after.
        if family.is_none() && !clause {
            if let Some(spec) = headed_role(alt, english) {
                out.push(spec);
                continue;
            }
        }
        let titles: Vec<String> = match family {
            Some(r) if similar => r.similar.iter().map(|s| s.to_string()).collect(),
            Some(r) => r.titles.iter().map(|s| s.to_string()).collect(),
            // An unknown role: its own words ("kwartiermaker", "scrum master").
            None => {
                let words: Vec<&str> = alt
                    .split_whitespace()
                    .filter(|w| !["een", "de", "het", "a", "an", "the"].contains(w))
                    .collect();
                if words.is_empty() {
                    Vec::new()
                } else {
                    let mut titles = vec![stem(&words.join(" "))];
                    titles.extend(qualifier_after_head(&words).map(|w| stem(&w)));
                    titles
                }
            }
        };
        if !titles.is_empty() {
            out.push(RoleSpec {
                label: alt.to_string(),
                titles,
                held_as_task: role_of_body(alt).into_iter().collect(),
                object,
                modifier,
            });
        }
    }
    out
}

/// "projectleider of projectmanager woningbouw" → "projectleider woningbouw",
/// "projectmanager woningbouw": bare title words joined by "of" before a title with its
/// domain written straight after it share that domain (a Dutch title takes its domain after
/// it). Not when an earlier alternative has words of its own ("senior adviseur of
/// projectleider woningbouw" stays) or the domain opens with a lead ("van", "bij").
fn shared_domain(alts: &[&str]) -> Vec<String> {
    let own: Vec<String> = alts.iter().map(|a| a.trim().to_string()).collect();
    let Some((last, earlier)) = own.split_last() else {
        return own;
    };
    let words: Vec<&str> = last.split_whitespace().collect();
    let is_title = |w: &str| {
        ROLE_WORD_ENDINGS.iter().any(|e| w.ends_with(e))
            || ROLES.iter().any(|r| r.triggers.contains(&w))
    };
    const LEADS: &[&str] = &[
        "van", "voor", "bij", "in", "op", "met", "binnen", "aan", "die", "dat",
    ];
    let shares = !earlier.is_empty()
        && words.len() >= 2
        && is_title(words[0])
        && !LEADS.contains(&words[1])
        && earlier.iter().all(|a| !a.contains(' ') && is_title(a));
    if !shares {
        return own;
    }
    let domain = words[1..].join(" ");
    // "bestuursadviseur of adviseur bestuurszaken": a compound title that already names the
    // domain in its first part is the same role written the other way, as it stands.
    let names_domain = |a: &str| {
        words[1..].iter().any(|w| {
            let head: String = w.chars().take(6).collect();
            head.chars().count() == 6 && a.contains(&head)
        })
    };
    earlier
        .iter()
        .map(|a| {
            if names_domain(a) {
                a.clone()
            } else {
                format!("{a} {domain}")
            }
        })
        .chain(std::iter::once(last.clone()))
        .collect()
}

/// Words before a title that do not narrow the role.
const TITLE_FILLERS: &[&str] = &[
    "een", "de", "het", "a", "an", "the", "senior", "junior", "medior", "ervaren", "allround",
];

/// A known title after words that narrow it ("energy advisor", "financieel adviseur"): the
/// role family and the stems of those words. `None` when the title stands first, or a word
/// before it is itself a role ("projectleider adviseur").
fn modified_family(alt: &str) -> Option<(&'static super::thesaurus::RoleFamily, Vec<String>)> {
    ROLES.iter().find_map(|r| {
        r.triggers.iter().find_map(|t| {
            let p = format!(" {alt} ").find(&format!(" {t}"))?;
            let before = alt.get(..p)?;
            let words: Vec<&str> = before
                .split_whitespace()
                .filter(|w| !TITLE_FILLERS.contains(w))
                .collect();
            if words.is_empty()
                || words.len() > 2
                || words
                    .iter()
                    .any(|w| ROLE_WORD_ENDINGS.iter().any(|e| w.ends_with(e)))
            {
                return None;
            }
            let stems = modifier_stems(&words);
            (!stems.is_empty()).then_some((r, stems))
        })
    })
}

/// Whether an English role phrase goes on after its title word with a verb ("HR adviser
/// advising managers on formation"): a clause, not a domain.
fn clause_after_title(alt: &str) -> bool {
    let words: Vec<&str> = alt.split_whitespace().collect();
    words.windows(2).any(|w| {
        ROLE_WORD_ENDINGS.iter().any(|e| w[0].ends_with(e))
            && w[1].len() > 5
            && w[1].ends_with("ing")
    })
}

/// The stems of the words that narrow a title; an abbreviation ("hr", "ict") stays whole.
fn modifier_stems(words: &[&str]) -> Vec<String> {
    words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 2)
        .map(|w| {
            if w.chars().count() <= 4 {
                w.to_string()
            } else {
                stem(w)
            }
        })
        .collect()
}

/// The domain written straight after a title, without "van" or "voor" ("adviseur externe
/// veiligheid", "beleidsmedewerker afval en grondstoffen", "medewerker BRP"): alternatives of
/// stems the job must show (its title, employer or statements). A domain of several fields
/// joined by "en" is met by any one of them: a "beleidsmedewerker afval" works in "afval en
/// grondstoffen" (ASSESSOR rule 5). `None` when nothing follows the title or a lead does.
fn domain_after_title(alt: &str, titles: &[&str]) -> Option<Vec<Vec<String>>> {
    let padded = format!(" {alt} ");
    let after = titles.iter().find_map(|t| {
        let p = padded.find(t)?;
        let rest = &padded[p + t.len()..];
        // The title is a whole word: "adviseur", not the start of "adviseurs".
        (!rest.starts_with(char::is_alphanumeric)).then_some(rest)
    })?;
    let after = cut_at(after, &[" (", ",", ";"]);
    let first = after.split_whitespace().next()?;
    const LEADS: &[&str] = &[
        "van", "voor", "op", "in", "bij", "binnen", "met", "of", "for", "at", "in", "with", "en",
        "and", "die", "dat", "who", "that",
    ];
    // A function word or a verb form opens a clause, not a domain ("scrum master over de
    // gehele loopbaan", "project manager employed by").
    let verb_form = after
        .split_whitespace()
        .any(|w| w.len() > 4 && (w.ends_with("ed") || w.ends_with("end")));
    if LEADS.contains(&first)
        || content_stems(first).is_empty()
        || verb_form
        || after.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let mut alternatives: Vec<Vec<String>> = Vec::new();
    for a in after.split(" en ").flat_map(|a| a.split(" and ")) {
        let stems = content_stems(a);
        if stems.is_empty() {
            continue;
        }
        // The field's other name ("externe veiligheid", "omgevingsveiligheid").
        for (x, y) in super::thesaurus::FIELD_NAMES {
            for (this, other) in [(x, y), (y, x)] {
                if a.trim() == *this {
                    alternatives.push(content_stems(other));
                }
            }
        }
        alternatives.push(stems);
    }
    (!alternatives.is_empty()).then_some(alternatives)
}

/// An unknown role read by its title word (a word ending as a title does: "-manager",
/// "-medewerker", "-adviseur"): the title word, the words before it that narrow it and the
/// domain after it ("energy manager", "beleidsmedewerker afval en grondstoffen"). `None`
/// when no word is a title or the title word is the whole phrase.
fn headed_role(alt: &str, english: bool) -> Option<RoleSpec> {
    let words: Vec<&str> = alt
        .split_whitespace()
        .filter(|w| !TITLE_FILLERS.contains(w))
        .collect();
    if words.len() < 2 {
        return None;
    }
    let at = words.iter().position(|w| {
        w.chars().count() >= 5
            && w.chars().all(char::is_alphabetic)
            && ROLE_WORD_ENDINGS.iter().any(|e| w.ends_with(e))
    })?;
    let before = &words[..at];
    if before.len() > 2 {
        return None;
    }
    let head = words[at];
    let modifier = modifier_stems(before);
    let object = if english {
        Vec::new()
    } else {
        domain_after_title(alt, &[head]).unwrap_or_default()
    };
    // Words after the title that are neither a domain nor an object: the phrase as written.
    if at + 1 < words.len() && object.is_empty() {
        return None;
    }
    Some(RoleSpec {
        label: alt.to_string(),
        titles: vec![stem(head)],
        held_as_task: Vec::new(),
        object,
        modifier,
    })
}

/// A role title written with its qualifier first and a hyphen ("WOZ-taxateur", "BRP-medewerker",
/// "GIS-specialist", "Wmo-consulent") is as often written head first ("Taxateur WOZ",
/// "Medewerker BRP"): that other order, when the qualifier is short (an abbreviation or a
/// field word of at most six letters) and the head is a word of its own.
fn qualifier_after_head(words: &[&str]) -> Option<String> {
    let (first, rest) = words.split_first()?;
    let (qualifier, head) = first.split_once('-')?;
    // Prefixes that bind to the head ("niet-woningen", "ex-wethouder", "vice-voorzitter").
    const PREFIXES: &[&str] = &[
        "niet", "non", "ex", "oud", "vice", "co", "sub", "pre", "post",
    ];
    let short = (2..=6).contains(&qualifier.chars().count())
        && qualifier.chars().all(char::is_alphanumeric)
        && !PREFIXES.contains(&qualifier);
    let word = head.chars().count() >= 5 && head.chars().all(char::is_alphabetic);
    (short && word).then(|| {
        std::iter::once(head)
            .chain(std::iter::once(qualifier))
            .chain(rest.iter().copied())
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// Leads of the object of a role ("leidinggevende van een KCC", "adviseur op het gebied van
/// subsidies", "head of the customer contact centre"), longest first.
const ROLE_OBJECT_LEADS: &[&str] = &[
    " op het gebied van ",
    " op het terrein van ",
    " in the field of ",
    " van een ",
    " van de ",
    " van het ",
    " of a ",
    " of an ",
    " of the ",
    " voor ",
    " for ",
    " van ",
];

/// The object a known role's title is the role of: the stems of its alternatives ("van
/// klimaatadaptatie of waterbeheer" is two), and the known abbreviation or spelled-out name of
/// each ("klantcontactcentrum" or "kcc"). A role family judges the title by meaning (ASSESSOR
/// rule 5); what the role leads or covers is still asked. A team size ("van minimaal 15
/// medewerkers") is no object.
fn role_object(alt: &str, family: &super::thesaurus::RoleFamily) -> Vec<Vec<String>> {
    let padded = format!(" {alt} ");
    let Some(after) = family
        .triggers
        .iter()
        .find_map(|t| padded.find(t).map(|p| &padded[p + t.len()..]))
    else {
        return Vec::new();
    };
    let Some(object) = ROLE_OBJECT_LEADS.iter().find_map(|l| after.strip_prefix(l)) else {
        return Vec::new();
    };
    // A bracketed remark ("(algemeen)") and what follows a comma are no part of the object.
    let object = cut_at(object, &[" (", ",", ";"]);
    if object.chars().any(|c| c.is_ascii_digit()) {
        return Vec::new();
    }
    let mut out: Vec<Vec<String>> = Vec::new();
    for a in object.split(" of ").flat_map(|a| a.split(" or ")) {
        add_object_alternative(&mut out, a);
    }
    out
}

/// Adds one alternative of a role's object (its stems), and the other name of a known
/// abbreviation in it ("kcc" for "klantcontactcentrum" and back).
fn add_object_alternative(out: &mut Vec<Vec<String>>, alt: &str) {
    let stems = content_stems(alt);
    if stems.is_empty() {
        return;
    }
    let padded = format!(" {} ", alt.trim());
    for (full, shorts) in super::thesaurus::ABBREVIATIONS {
        if padded.contains(&format!(" {full} "))
            || shorts.iter().any(|s| stems.iter().any(|w| w == s))
        {
            out.push(vec![full.to_string()]);
            out.extend(shorts.iter().map(|s| vec![s.to_string()]));
        }
    }
    out.push(stems);
}

/// Title words that make a phrase a role ("projectleider", "adviseur"), not a field the role
/// before it covers ("beleidsadviseur op het gebied van klimaatadaptatie of waterbeheer").
const ROLE_WORD_ENDINGS: &[&str] = &[
    "leider",
    "adviseur",
    "manager",
    "medewerker",
    "coordinator",
    "kundige",
    "loog",
    "secretaris",
    "officer",
    "maker",
    "specialist",
    "consultant",
    "advisor",
    "adviser",
    "inspecteur",
    "inspector",
    "controller",
    "jurist",
    "engineer",
    "leidinggevende",
];

/// [`parts_in`] with the language read from the phrase itself (tests).
#[cfg(test)]
fn parts_of(phrase: &str) -> (Vec<Part>, bool) {
    parts_in(phrase, written_in_english(phrase))
}

/// Splits an activity phrase into parts: "X, Y en Z" needs all, "X, Y of Z" any. Each segment
/// becomes the thesaurus concepts it names, or its own content words. In a criterion written
/// in English (`english`) "of" is "van", never "or" ("asset management of civil structures").
fn parts_in(phrase: &str, english: bool) -> (Vec<Part>, bool) {
    // "A zoals B of C": the examples each show A on their own.
    let (main, items) = examples::split(phrase);
    let head = example_head(&main);
    let examples: Vec<Part> = items
        .iter()
        .filter_map(|i| example_part(i))
        .map(|mut e| {
            e.all.extend(head.iter().cloned());
            e
        })
        .collect();
    let (mut parts, any) = parts_of_main(&main, english);
    if parts.is_empty() {
        return (examples, true);
    }
    // A bracket gives other names or examples; "HACCP-based"; the glossary's other words.
    for p in &mut parts {
        term_forms(p);
    }
    // "Regulation (EU) 2017/625", "titel 4.2": the number names the thing and is asked.
    for p in &mut parts {
        for id in identifiers(&p.label) {
            if !p.all.contains(&id) {
                p.all.push(id);
            }
        }
    }
    // A thesaurus concept has its own reviewed evidence; the examples there name who or what
    // the concept's object is ("bestuurders, hieronder vallen: wethouders"), not the whole.
    for p in parts
        .iter_mut()
        .filter(|p| !CONCEPTS.iter().any(|c| c.id == p.label))
    {
        p.examples.extend(examples.iter().cloned());
    }
    (parts, any)
}

/// "X in the A or B H" → "X in the A H or X in the B H": two single words joined by "or"/"of"
/// after an article or preposition, the second followed by one head noun that closes the
/// phrase, share that head and the words before them back to the previous separator.
fn shared_head(p: &str, or_word: &str) -> String {
    const BEFORE: &[&str] = &[
        "the", "a", "an", "in", "at", "de", "het", "een", "bij", "op", "voor", "for", "of",
    ];
    const SEPARATORS: &[&str] = &[" or ", " of ", " en ", " and ", ",", ";"];
    let mut out = p.to_string();
    let mut from = 0;
    while let Some(rel) = out[from..].find(or_word) {
        let at = from + rel;
        from = at + or_word.len();
        let left = &out[..at];
        let right = &out[at + or_word.len()..];
        let Some((before, w1)) = left.trim_end().rsplit_once(' ') else {
            continue;
        };
        let prev = before.rsplit(' ').next().unwrap_or("");
        let mut rw = right.split(' ');
        let (Some(w2), Some(head)) = (rw.next(), rw.next()) else {
            continue;
        };
        let rest: String = rw.collect::<Vec<_>>().join(" ");
        let word = |w: &str| w.len() >= 2 && w.chars().all(char::is_alphabetic);
        let closes = rest.trim().is_empty()
            || rest.starts_with([',', ';', '.', ')'])
            || SEPARATORS.iter().any(|s| format!(" {rest}").starts_with(s));
        let head_word = head.trim_end_matches([',', ';', '.']);
        // "de Omgevingswet of de Wabo": an article after "of" opens a phrase of its own.
        let function_word = |w: &str| BEFORE.contains(&w);
        if !function_word(prev)
            || !word(w1)
            || !word(w2)
            || function_word(w1)
            || function_word(w2)
            || !word(head_word)
            || !closes
        {
            continue;
        }
        // The words leading up to the first alternative, back to the previous separator.
        let start = SEPARATORS
            .iter()
            .filter_map(|s| left.rfind(s).map(|i| i + s.len()))
            .max()
            .unwrap_or(0);
        let lead = left[start..left.len() - w1.len()].trim_start().to_string();
        let rewritten = format!(
            "{w1} {head_word}{or_word}{lead}{w2} {}",
            &right[w2.len() + 1..]
        );
        let next = w1.len() + head_word.len() + or_word.len() + lead.len() + 1;
        let begin = at - w1.len();
        out.replace_range(begin.., &rewritten);
        from = begin + next;
    }
    out
}

/// "het invoeren of doorontwikkelen van X" → "het invoeren van X of doorontwikkelen van X":
/// two verbs joined by "of"/"or" before "van"/"of" share their object (up to the next comma or
/// semicolon); a lone verb alternative otherwise names nothing.
fn shared_object(p: &str, or_word: &str) -> String {
    let Some(at) = p.find(or_word) else {
        return p.to_string();
    };
    let left = &p[..at];
    let right = &p[at + or_word.len()..];
    let Some(w1) = left.split_whitespace().next_back() else {
        return p.to_string();
    };
    let mut rw = right.splitn(3, ' ');
    let (Some(w2), Some(link)) = (rw.next(), rw.next()) else {
        return p.to_string();
    };
    let verb = |w: &str| {
        w.len() >= 5
            && w.chars().all(char::is_alphabetic)
            && (w.ends_with("en") || w.ends_with("ing"))
    };
    if !verb(w1) || !verb(w2) || !(link == "van" || link == "of") {
        return p.to_string();
    }
    let object_and_rest = rw.next().unwrap_or("");
    let end = object_and_rest
        .find([',', ';'])
        .unwrap_or(object_and_rest.len());
    let object = &object_and_rest[..end];
    if object.trim().is_empty() {
        return p.to_string();
    }
    format!("{left} {link} {object}{or_word}{right}")
}

/// The other forms a part of the criterion's own words may take in a CV (kind: terms):
/// - a bracket ("official reports (boeterapporten / proces-verbaal)") is optional: the part is
///   shown without the bracket's words, or by any one alternative inside it;
/// - "X-based" is X ("HACCP-based inspections");
/// - a word of the reviewed glossary ([`GLOSSARY`]) by another of its group, in either language
///   ("toezicht" or "inspecties", "slaughterhouses" or "slachthuizen").
///
/// Only parts made of the criterion's own stems (`all`, no evidence list) change.
///
/// [`GLOSSARY`]: super::thesaurus::GLOSSARY
fn term_forms(p: &mut Part) {
    if !p.evidence.is_empty() || p.all.is_empty() {
        return;
    }
    if let (Some(o), Some(c)) = (p.label.find('('), p.label.rfind(')')) {
        let inner = &p.label[o.min(c) + 1..c.max(o)];
        // "(telefonie, chat én social media)": a list joined by "en" asks every part (ASSESSOR
        // rule 20); the bracket stays asked as it is.
        let conjunctive = [" en ", " and ", " én ", "zowel"]
            .iter()
            .any(|m| inner.contains(m));
        if o < c && !conjunctive {
            let inner_stems = content_stems(inner);
            let outside: Vec<String> = p
                .all
                .iter()
                .filter(|s| !inner_stems.contains(s))
                .cloned()
                .collect();
            let inner_is_list = [" / ", "/", ",", " of ", " or "]
                .iter()
                .any(|m| inner.contains(m))
                || bracket_is_alias(inner);
            let alts: Vec<Vec<String>> = inner
                .split(['/', ','])
                .flat_map(|a| a.split(" of "))
                .flat_map(|a| a.split(" or "))
                .map(content_stems)
                .filter(|a| !a.is_empty())
                .collect();
            if !outside.is_empty() && outside.len() < p.all.len() {
                p.all = outside;
                // A list or another name in the bracket ("(WBI 2017)") names forms of the
                // thing, each shows it; a remark ("(art. 30 AVG)") is only optional.
                for a in alts.into_iter().filter(|_| inner_is_list) {
                    p.examples.push(Part {
                        label: a.join(" "),
                        all: a,
                        ..Part::default()
                    });
                }
            }
        }
    }
    // "de standaarden STOP/TPOD": the generic noun before the names asks nothing itself.
    if p.all.len() > 1 {
        let kept: Vec<String> = p
            .all
            .iter()
            .filter(|s| !super::thesaurus::FILLER_STEMS.contains(&s.as_str()))
            .cloned()
            .collect();
        if !kept.is_empty() {
            p.all = kept;
        }
    }
    for s in &mut p.all {
        if let Some(head) = s.strip_suffix("-bas").or_else(|| s.strip_suffix("-based")) {
            if head.len() >= 3 {
                *s = head.to_string();
            }
        }
    }
    let options: Vec<Vec<String>> = p.all.iter().map(|s| glossary_forms(s)).collect();
    if options.iter().all(|o| o.len() == 1) {
        return;
    }
    // Every combination but the part's own, at most sixteen.
    let mut combos: Vec<Vec<String>> = vec![Vec::new()];
    for o in &options {
        combos = combos
            .into_iter()
            .flat_map(|c| {
                o.iter().map(move |w| {
                    let mut c = c.clone();
                    c.push(w.clone());
                    c
                })
            })
            .take(17)
            .collect();
    }
    for c in combos.into_iter().filter(|c| *c != p.all) {
        p.examples.push(Part {
            label: p.label.clone(),
            all: c,
            ..Part::default()
        });
    }
}

/// Whether a bracket is another name for what precedes it: at most three words, an acronym
/// (five letters or fewer) or a code with a digit among them, and no lead of a reference or
/// remark ("art. 30 AVG", "zie bijlage", "incl. BTW"). "(WBI 2017)", "(BOI)", "(DSO-LV)" are;
/// "(Subsidies)" is not.
fn bracket_is_alias(inner: &str) -> bool {
    const REMARK_LEADS: &[&str] = &[
        "art",
        "artikel",
        "zie",
        "incl",
        "inclusief",
        "excl",
        "exclusief",
        "bijv",
        "bv",
        "o.a",
        "e.g",
        "i.e",
        "ca",
        "circa",
        "see",
        "per",
        "conform",
        "volgens",
        "max",
        "min",
        "minimaal",
    ];
    let words: Vec<&str> = inner.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    let first = first.trim_end_matches(['.', ':']);
    words.len() <= 3
        && !REMARK_LEADS.contains(&first)
        && words.iter().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            (w.len() <= 5
                && w.len() >= 2
                && w.chars().all(char::is_alphabetic)
                && !["de", "het", "een", "en", "van", "the", "and", "of", "voor"].contains(&w))
                || w.chars().any(|c| c.is_ascii_digit())
                // A hyphenated code ("DSO-LV", "UAV-GC").
                || (w.contains('-') && w.len() <= 8)
        })
}

/// A stem and the other stems its glossary group gives it, the stem first.
fn glossary_forms(stem: &str) -> Vec<String> {
    let mut out = vec![stem.to_string()];
    // "gemeentewet" is a law, not a "gemeente": a law's title is matched whole.
    if stem.len() < 4 || super::thesaurus::is_law_title(stem) {
        return out;
    }
    for group in super::thesaurus::GLOSSARY {
        if group
            .iter()
            .any(|g| stem.starts_with(g) || (g.starts_with(stem) && stem.len() >= 5))
        {
            for g in *group {
                if !out.iter().any(|o| o == g) {
                    out.push(g.to_string());
                }
            }
        }
    }
    out
}

/// Words before a plain number that make it a count or a date, not an identifier.
const NOT_A_NAME_BEFORE_A_NUMBER: &[&str] = &[
    "dan",
    "met",
    "van",
    "de",
    "het",
    "een",
    "minimaal",
    "maximaal",
    "minstens",
    "ten",
    "minste",
    "ca",
    "circa",
    "ruim",
    "bijna",
    "tot",
    "en",
    "of",
    "op",
    "in",
    "bij",
    "voor",
    "per",
    "vanaf",
    "than",
    "least",
    "over",
    "about",
    "around",
    "up",
    "to",
    "with",
    "the",
    "a",
    "for",
    "of",
    "by",
    "at",
    "from",
    "and",
    "or",
    "approximately",
    "some",
    "ongeveer",
    "boven",
    "onder",
    "meer",
    "more",
    "max",
    "min",
];

/// The identifiers in a criterion's words, which name what is asked and so must show as
/// written: numbers with a slash or a dot inside ("2017/625", "882/2004", "4.2", "3:40") and
/// numbers of three digits or more that are no year ("NEN 2767", "ISO 27001"). A thousands
/// separator ("100.000") and a year ("2020") are no identifier. Folded, as written.
fn identifiers(label: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut prev = "";
    for raw in label.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')')) {
        let before = std::mem::replace(&mut prev, raw);
        let w = raw.trim_matches(|c: char| !c.is_ascii_digit());
        if w.is_empty()
            || !w
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '/' | '.' | ':'))
        {
            continue;
        }
        let groups: Vec<&str> = w.split(['/', '.', ':']).collect();
        if groups.iter().any(|g| g.is_empty()) {
            continue;
        }
        let id = if groups.len() > 1 {
            // "100.000", "1.500": thousands, not a section number.
            let thousands = w.contains('.')
                && !w.contains(['/', ':'])
                && groups[1..].iter().all(|g| g.len() == 3);
            !thousands
        } else {
            // A plain number names a thing only after its name ("NEN 2767", "artikel 125");
            // after a word of quantity it is a count ("meer dan 500 medewerkers").
            let year = w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y));
            let named = before.len() >= 2
                && before.chars().all(char::is_alphabetic)
                && !NOT_A_NAME_BEFORE_A_NUMBER.contains(&before);
            w.len() >= 3 && !year && named
        };
        if id && !out.iter().any(|o| o == w) {
            out.push(w.to_string());
        }
    }
    out
}

/// One example of a list: a named thing, a concept, or its own content words.
fn example_part(item: &str) -> Option<Part> {
    if let Some(n) = named::read(item).or_else(|| named::known(item)) {
        return Some(named_part(item, n));
    }
    let stems = content_stems(item);
    (!stems.is_empty()).then(|| Part {
        label: item.to_string(),
        all: stems,
        ..Part::default()
    })
}

fn named_part(label: &str, n: named::Named) -> Part {
    Part {
        label: label.trim().to_string(),
        evidence: n.names,
        with: n.head.into_iter().collect(),
        ..Part::default()
    }
}

/// "het optreden als gemachtigde van het bestuursorgaan": whose it is narrows the thing but is
/// not asked. Not when the law or standard follows ("op grond van de Alcoholwet") or when the
/// part before is one word only ("de toepassing van de Cao Gemeenten": the Cao is the thing).
fn cut_owner(core: &str) -> String {
    for m in [" van het ", " van de "] {
        if let Some(at) = core.find(m) {
            let before = &core[..at];
            let grounded = ["op grond", "op basis", "in het kader", "conform", "volgens"]
                .iter()
                .any(|g| before.ends_with(g));
            if !grounded && content_stems(before).len() >= 2 {
                return before.to_string();
            }
        }
    }
    core.to_string()
}

/// The words an example stands beside: "functioneel beheer van een VTH-applicatie, zoals
/// PowerBrowser" needs functioneel beheer of PowerBrowser, not any PowerBrowser work. A
/// nominalised verb ("het opstellen van …") is read in any form, so it is no head.
fn example_head(main: &str) -> Vec<String> {
    if object_of_nominalised_verb(main) != main {
        return Vec::new();
    }
    let at = [
        " van een ",
        " van de ",
        " van het ",
        " van ",
        " tussen ",
        " of ",
        " for ",
        " with ",
    ]
    .iter()
    .filter_map(|m| main.find(m))
    .min();
    at.map_or_else(Vec::new, |at| content_stems(&main[..at]))
}

/// "het opstellen van een plan", "het voeren van overleggen": a nominalised verb names the
/// activity, which a CV writes in any form ("opgesteld", "stelde op"); its object is the
/// evidence. Returns the object, or the segment unchanged.
fn object_of_nominalised_verb(seg: &str) -> &str {
    // English: "building Power BI data models", "publishing reports": the gerund's object.
    if let Some((verb, object)) = seg.split_once(' ') {
        if verb.len() > 6
            && verb.ends_with("ing")
            && verb.is_ascii()
            && !object.starts_with("of ")
            && ENGLISH_GERUNDS.iter().any(|g| verb.starts_with(g))
        {
            return object;
        }
    }
    // "het toepassen van", and its noun "de toepassing van".
    let (rest, ending) = if let Some(rest) = seg.strip_prefix("het ") {
        (rest, "en")
    } else if let Some(rest) = seg.strip_prefix("de ") {
        (rest, "ing")
    } else {
        return seg;
    };
    let mut words = rest.splitn(3, ' ');
    match (words.next(), words.next(), words.next()) {
        (Some(verb), Some("van"), Some(object)) if verb.ends_with(ending) && verb.len() > 4 => {
            object
        }
        _ => seg,
    }
}

/// Stand-ins for a space and a comma inside brackets while a phrase is split into parts.
const BRACKET_SPACE: char = '\u{1}';
const BRACKET_COMMA: char = '\u{2}';

/// `p` with the spaces, commas and semicolons inside brackets replaced by stand-ins.
fn protect_brackets(p: &str) -> String {
    let mut depth = 0u32;
    p.chars()
        .map(|c| match c {
            '(' => {
                depth += 1;
                c
            }
            ')' => {
                depth = depth.saturating_sub(1);
                c
            }
            ' ' if depth > 0 => BRACKET_SPACE,
            ',' | ';' if depth > 0 => BRACKET_COMMA,
            _ => c,
        })
        .collect()
}

/// English verbs whose gerund opens an activity ("building", "publishing", "managing"):
/// the CV writes them in any tense ("built", "published"), so the object is the evidence.
const ENGLISH_GERUNDS: &[&str] = &[
    "build",
    "publish",
    "manag",
    "design",
    "develop",
    "maintain",
    "writ",
    "draft",
    "lead",
    "leading",
    "running",
    "implement",
    "deliver",
    "prepar",
    "conduct",
    "perform",
    "handl",
    "report",
    "coordinat",
    "advis",
    "support",
    "creat",
    "setting",
    "operat",
    "migrat",
];

/// Whether the trigger found at `at` sits inside a product name with digits ("Suite4Sociaal
/// Domein" is a product, not the sociaal domein).
fn in_product_name(text: &str, at: usize) -> bool {
    let start = text[..at]
        .rfind(|c: char| c.is_whitespace())
        .map_or(0, |p| p + 1);
    let end = text[at..]
        .find(|c: char| c.is_whitespace())
        .map_or(text.len(), |p| at + p);
    text[start..end].chars().any(|c| c.is_ascii_digit())
}

/// "de volledige contractmanagementcyclus: contractbeheer, leveranciersmanagement én
/// prestatiemeting": a heading the list after its colon spells out. The list is what is
/// asked; the heading's word is rarely written in a CV. Without a list after it ("ervaring
/// met: beleid") the colon only introduces, and the words after it are asked the same way.
fn spelled_out_after_colon(phrase: &str) -> &str {
    let Some((head, list)) = phrase.split_once(": ") else {
        return phrase;
    };
    let joins = list.contains(", ")
        || list.contains(" en ")
        || list.contains(" én ")
        || list.contains(" and ");
    // The heading is a few words (not a sentence with its own list).
    let short_head = head.split_whitespace().count() <= 8 && !head.contains(',');
    if joins && short_head && !list.trim().is_empty() {
        list.trim()
    } else {
        phrase
    }
}

fn parts_of_main(phrase: &str, english: bool) -> (Vec<Part>, bool) {
    let phrase = spelled_out_after_colon(phrase);
    let (law, phrase) = law_qualifier(phrase);
    let (levels, phrase) = level_or_higher(&phrase);
    let (mut parts, any) = parts_of_main_levelled(&phrase, english);
    if let Some((label, names)) = law {
        // The law goes with every thing it qualifies ("maatwerkvoorschriften of
        // maatwerkbesluiten onder de Omgevingswet"): each on a line that names the law.
        if parts.is_empty() {
            parts.push(Part {
                label,
                evidence: names,
                ..Part::default()
            });
        } else {
            for p in parts.iter_mut().filter(|p| p.with.is_empty()) {
                p.label = format!("{}, {label}", p.label);
                p.with = names.clone();
            }
        }
    }
    if let Some((label, accepted)) = levels {
        // The level goes with what it grades: every part the phrase asks, on one line.
        if parts.is_empty() {
            parts.push(Part {
                label,
                evidence: accepted,
                ..Part::default()
            });
        } else {
            for p in &mut parts {
                p.label = format!("{}, {label}", p.label);
                p.with = accepted.clone();
            }
        }
    }
    (parts, any)
}

/// "indicaties voor de Wmo", "beschikkingen in het kader van de Jeugdwet", "maatwerkbesluiten
/// onder de Omgevingswet": a trailing qualifier that names a law (reviewed leads in
/// [`super::thesaurus::LAW_QUALIFIER_LEADS`]) is asked, not only narrowing. Returns the
/// qualifier as written and the law's names (with its abbreviations), and the phrase without
/// it. A qualifier naming no law ("DPIAs for large IT systems") stays in the phrase.
fn law_qualifier(phrase: &str) -> (Option<(String, Vec<String>)>, String) {
    for lead in super::thesaurus::LAW_QUALIFIER_LEADS {
        let Some(at) = phrase.rfind(lead) else {
            continue;
        };
        let tail = &phrase[at + lead.len()..];
        // The qualifier runs to the end of its clause.
        let end = tail.find([',', ';', '.', '(']).unwrap_or(tail.len());
        let law = tail[..end].trim();
        let law = ["de ", "het ", "the "]
            .iter()
            .find_map(|a| law.strip_prefix(a))
            .unwrap_or(law)
            .trim();
        let Some(names) = law_names(law) else {
            continue;
        };
        let mut rest = phrase.to_string();
        rest.replace_range(at..at + lead.len() + end, " ");
        let rest = rest.trim().to_string();
        if content_stems(&rest).is_empty() {
            continue;
        }
        return (
            Some((
                format!("{}{}", lead.trim_start(), &tail[..end])
                    .trim()
                    .to_string(),
                names,
            )),
            rest,
        );
    }
    (None, phrase.to_string())
}

/// A law's names when `law` is one: a name or abbreviation the table knows for a law
/// ("wmo", "wet maatschappelijke ondersteuning"), or a law's own title ("omgevingswet",
/// "jeugdwet", "wet langdurige zorg", "wmo 2015").
fn law_names(law: &str) -> Option<Vec<String>> {
    let first = law.split_whitespace().next()?;
    for (full, short) in super::thesaurus::ABBREVIATIONS {
        let is_law = full.starts_with("wet ") || full.contains(" wet ") || full.ends_with("wet");
        if is_law && (law == *full || short.contains(&law) || short.contains(&first)) {
            let mut names = vec![full.to_string()];
            names.extend(short.iter().map(|s| s.to_string()));
            return Some(names);
        }
    }
    let words = law.split_whitespace().count();
    let titled = (words == 1 && first.len() > 4 && first.ends_with("wet"))
        || (first == "wet" && (2..=5).contains(&words));
    titled.then(|| vec![law.to_string()])
}

/// "klasse B of hoger", "niveau 3 of hoger", "energielabel A of beter": the phrase, the
/// levels it accepts ("klasse b", "klasse a") from the reviewed scales, and the text without
/// it. `None` when the phrase names no level of a known scale.
fn level_or_higher(phrase: &str) -> (Option<(String, Vec<String>)>, String) {
    for (scale, levels) in super::thesaurus::ORDERED_LEVELS {
        for (i, level) in levels.iter().enumerate() {
            for tail in [" of hoger", " or higher", " of beter", " or better"] {
                let asked = format!("{scale} {level}{tail}");
                let Some(at) = phrase.find(&asked) else {
                    continue;
                };
                if phrase[..at].ends_with(|c: char| c.is_alphanumeric()) {
                    continue;
                }
                let accepted = levels[i..].iter().map(|l| format!("{scale} {l}")).collect();
                let mut rest = phrase.to_string();
                rest.replace_range(at..at + asked.len(), " ");
                let rest = rest.trim().trim_end_matches([',', '.']).trim().to_string();
                return (Some((asked, accepted)), rest);
            }
        }
    }
    (None, phrase.to_string())
}

fn parts_of_main_levelled(phrase: &str, english: bool) -> (Vec<Part>, bool) {
    // "een lokaal of regionaal preventieakkoord": the scope pair asks for the head.
    let phrase = super::frames::scope::drop_scope_pairs(phrase);
    let mut p = format!(
        " {} ",
        phrase.replace(" én ", " en ").replace(" & ", " en ")
    );
    let mut parts: Vec<Part> = Vec::new();
    // Triggers that contain a conjunction ("overzicht en structuur") name one thing.
    for c in CONCEPTS {
        if let Some(t) = c
            .triggers
            .iter()
            .find(|t| (t.contains(" en ") || t.contains(" and ")) && p.contains(*t))
        {
            parts.push(concept_part(c));
            // Remove the whole words it touches ("informatie- en archiefwet|geving").
            if let Some(at) = p.find(*t) {
                let end = at
                    + t.len()
                    + p[at + t.len()..]
                        .find(|ch: char| !ch.is_alphanumeric())
                        .unwrap_or(p.len() - at - t.len());
                p.replace_range(at..end, " ");
            }
        }
    }
    // A name the abbreviation table knows is one thing, even with "en" in it ("het Besluit
    // begroting en verantwoording provincies en gemeenten (BBV)"): it is not split.
    for (full, _) in super::thesaurus::ABBREVIATIONS {
        if full.contains(" en ") {
            if let Some(at) = p.find(full) {
                let kept = full.replace(' ', &BRACKET_SPACE.to_string());
                p.replace_range(at..at + full.len(), &kept);
            }
        }
    }
    // Elided compounds stay together: "informatie- en archiefwetgeving", "beleid en -opvang",
    // "nieuwbouw- of renovatieproject".
    let p = p
        .replace("- en ", "-en ")
        .replace(" en -", " en-")
        .replace("- of ", "-of ");
    let mut segments: Vec<String> = Vec::new();
    // A bracket is one thing: "the ARBIT (Government Terms and Conditions for IT
    // Contracts)" is not split at its "and".
    let p = protect_brackets(&p);
    let or_word = if english { " or " } else { " of " };
    // "audits in the meat or dairy sector": both alternatives share the head and what leads
    // up to them; the phrase never splits into "audits in the meat".
    let p = shared_head(&p, or_word);
    let p = shared_object(&p, or_word);
    let alternatives = alternative_list(&p, or_word);
    let any = alternatives.is_some()
        || (p.contains(or_word) || p.contains(" or "))
            && !p.contains(" en ")
            && !p.contains(" and ");
    let pieces: Vec<&str> = match &alternatives {
        Some(items) => items.clone(),
        None => p
            .split([',', ';'])
            .flat_map(|s| s.split(" en "))
            .flat_map(|s| s.split(or_word))
            .flat_map(|s| s.split(" and "))
            .flat_map(|s| s.split(" or "))
            .collect(),
    };
    for s in pieces {
        let s = s.trim();
        if !s.is_empty() {
            segments.push(s.replace(BRACKET_SPACE, " ").replace(BRACKET_COMMA, ","));
        }
    }
    for seg in &segments {
        // "nieuwbouw- of renovatietraject": either compound, each its own evidence.
        let original = seg;
        let (elided, seg) = elided_alternatives(seg);
        let seg = &seg;
        // Only a joined "en-" goes ("beleid en-opvang"), not the one inside "processen-verbaal".
        let seg_full = seg
            .replace("-en ", " en ")
            .replace("-of ", " of ")
            .replace(" en-", " ");
        let seg_full = match seg_full.strip_prefix("en-") {
            Some(rest) => rest.to_string(),
            None => seg_full,
        };
        // "… en/of met de uitvoering van vaccinatiecampagnes": a repeated "met" is no word
        // of the thing asked.
        let seg_full = ["met ", "with "]
            .iter()
            .find_map(|m| seg_full.strip_prefix(m))
            .map_or(seg_full.clone(), str::to_string);
        // "… door het college of door Gedeputeerde Staten": an agent, not a thing asked.
        if seg_full.starts_with("door ") || seg_full.starts_with("by ") {
            continue;
        }
        if english {
            if let Some(part) = glossed_part(&seg_full) {
                parts.push(part);
                continue;
            }
        }
        if let Some(n) = named::read(&seg_full).or_else(|| named::after_kind(&seg_full)) {
            parts.push(named_part(&seg_full, n));
            continue;
        }
        // A lone verb names no evidence of its own ("opstellen en bijhouden van een actielijst",
        // "het creeren van overzicht en structuur"); a plural noun does ("woningaanpassingen").
        let words: Vec<&str> = seg_full
            .split_whitespace()
            .filter(|w| !["het", "de", "een", "van", "te", "om"].contains(w))
            .collect();
        // Alternatives sharing a compound's head are nouns ("maatwerkvoorschriften of
        // maatwerkbesluiten"), not verbs.
        let shares_head = |w: &str| {
            segments.iter().filter(|s| *s != seg).any(|s| {
                s.split_whitespace().any(|o| {
                    o != w && w.chars().zip(o.chars()).take_while(|(a, b)| a == b).count() >= 6
                })
            })
        };
        let lone_verb = words.len() == 1
            && words[0].ends_with("en")
            && !words[0].ends_with("ingen")
            && !shares_head(words[0])
            && (segments.len() > 1 || !parts.is_empty());
        // "de Verordening voorzieningen huisvesting onderwijs": a regulation the table does
        // not know is asked by its name, not by a concept inside it.
        if named::known(&seg_full).is_none() {
            if let Some(name) = regulation_name(&seg_full) {
                parts.push(Part {
                    label: name.clone(),
                    all: content_stems(&name),
                    ..Part::default()
                });
                continue;
            }
        }
        // "… door het college van B&W": who does it is no thing asked.
        let asked = cut_at(&seg_full, &[" door ", " by "]);
        // A word inside a law's or standard's name ("kinderopvang" in "Wet kinderopvang")
        // names no concept: the law is asked by its name.
        let law_names: Vec<String> = named::known(&asked)
            .map(|n| n.names)
            .unwrap_or_default()
            .into_iter()
            .filter(|n| n.contains(' '))
            .collect();
        let found: Vec<(&super::thesaurus::Concept, &str)> = CONCEPTS
            .iter()
            .filter_map(|c| {
                c.triggers
                    .iter()
                    .find(|t| {
                        asked.find(*t).is_some_and(|at| {
                            !in_product_name(&asked, at)
                                && !in_law_title(&asked, at)
                                && !law_names.iter().any(|n| {
                                    asked
                                        .match_indices(n.as_str())
                                        .any(|(p, _)| p <= at && at + t.len() <= p + n.len())
                                })
                        })
                    })
                    .map(|t| (c, *t))
            })
            .collect();
        // The most specific concepts only: "strategische coordinatie" also contains
        // "coordinatie", which then names nothing of its own.
        let concepts: Vec<&super::thesaurus::Concept> = found
            .iter()
            .filter(|(_, t)| {
                !found
                    .iter()
                    .any(|(_, u)| u.len() > t.len() && u.contains(*t))
            })
            .map(|(c, _)| *c)
            .collect();
        if !concepts.is_empty() {
            let rest = beside_concepts(&asked, &found);
            let rest = if rest.is_empty() {
                object_of_generic_act(&asked, &concepts)
            } else {
                rest
            };
            for c in concepts {
                if !parts.iter().any(|q| q.label == c.id) {
                    parts.push(concept_part(c));
                }
            }
            if !rest.is_empty() {
                parts.push(Part {
                    label: cut_at(object_of_nominalised_verb(&asked), QUALIFIER_MARKERS)
                        .trim()
                        .to_string(),
                    all: rest,
                    ..Part::default()
                });
            }
            continue;
        }
        // No concept: the object of a nominalised verb is the evidence.
        let seg_full = object_of_nominalised_verb(&seg_full).to_string();
        // A qualifier after a preposition narrows the thing but is not itself asked for
        // ("DPIAs for large IT systems").
        let core = cut_at(&seg_full, QUALIFIER_MARKERS);
        // A place the qualifier names must show with the thing ("… for positions abroad").
        let place: Vec<String> = super::thesaurus::PLACE_QUALIFIERS
            .iter()
            .filter(|(triggers, _)| triggers.iter().any(|t| seg_full.contains(t)))
            .flat_map(|(_, evidence)| evidence.iter().map(|e| e.to_string()))
            .collect();
        // The place's own words are shown by `place`, not asked as words ("van buiten
        // Nederland" is met by "uit het buitenland").
        let place_words: Vec<String> = super::thesaurus::PLACE_QUALIFIERS
            .iter()
            .filter(|(triggers, _)| triggers.iter().any(|t| seg_full.contains(t)))
            .flat_map(|(triggers, _)| content_stems(&triggers.join(" ")))
            .collect();
        let core = if content_stems(&core).is_empty() {
            seg_full.clone()
        } else {
            core
        };
        if let Some(n) = named::known(&core) {
            let grounded = n.grounded;
            let mut part = named_part(&seg_full, n);
            // What the segment says besides the name ("verzuimbegeleiding conform de Wet …")
            // narrows it, unless the name is the ground it is done on ("contracten op basis
            // van de GIBIT", "beheer volgens NEN-ISO 55000"): then the name is the evidence.
            if part.with.is_empty() && !grounded {
                let name_words: Vec<String> = part
                    .evidence
                    .iter()
                    .flat_map(|e| content_stems(e))
                    .collect();
                part.all = content_stems(&core)
                    .into_iter()
                    .filter(|s| {
                        !name_words
                            .iter()
                            .any(|w| w.starts_with(s.as_str()) || s.starts_with(w.as_str()))
                    })
                    .collect();
            }
            parts.push(part);
            continue;
        }
        let core = cut_owner(&core);
        let stems = content_stems(&core);
        if lone_verb {
            continue;
        }
        let stems: Vec<String> = stems
            .into_iter()
            .filter(|s| !place_words.contains(s))
            .collect();
        // "indicaties" is also "indiceren": the noun or its verb, when nothing else is either.
        let (elided, stems) = if elided.is_empty() {
            nominalised(stems)
        } else {
            (elided, stems)
        };
        if !stems.is_empty() || !elided.is_empty() {
            let stems: Vec<String> = stems.iter().map(|s| implied_head(s)).collect();
            let examples = in_english(&seg_full, &stems).into_iter().collect();
            let label = if elided.is_empty() {
                seg_full.trim().to_string()
            } else {
                // The posting's own words, its hyphen restored.
                original.replace("-of ", "- of ").trim().to_string()
            };
            parts.push(Part {
                label,
                evidence: elided.clone(),
                with: place,
                all: stems,
                examples,
                ..Part::default()
            });
        }
    }
    (parts, any)
}

/// The thing a segment names when the concepts found in it only narrow it: "het organiseren
/// van een inwerkprogramma voor nieuwe gemeenteraadsleden" asks the inwerkprogramma as well as
/// the council its qualifier names, not any line naming a raad. The stems of the object of a
/// nominalised verb up to its qualifier, when every concept's trigger lies in that qualifier;
/// empty when a concept names the object itself ("het adviseren van bestuurders") or the verb
/// ("het notuleren van vergaderingen").
fn beside_concepts(asked: &str, found: &[(&super::thesaurus::Concept, &str)]) -> Vec<String> {
    let object = object_of_nominalised_verb(asked);
    let core = cut_at(object, QUALIFIER_MARKERS);
    let Some(qualifier) = object.get(core.len()..).filter(|q| !q.trim().is_empty()) else {
        return Vec::new();
    };
    let all_in_qualifier = found.iter().all(|(_, t)| {
        qualifier.contains(t)
            && !t
                .split_whitespace()
                .filter(|w| w.chars().count() >= 4)
                .any(|w| core.contains(w))
    });
    if !all_in_qualifier {
        return Vec::new();
    }
    content_stems(&core)
}

/// Concepts of a generic act whose object is the thing asked: "de voorbereiding van een
/// aanbesteding" is not any preparing ("Werkvoorbereider", "Prepared maintenance plans"),
/// "de coördinatie van de inkoop" not any coördination (r7 C3, the head without its object).
const GENERIC_ACTS: &[&str] = &["preparing", "coordinating", "monitoring"];

/// The stems of the object of a nominalised generic act ("de voorbereiding van een
/// aanbesteding van een OV-concessie" → "aanbested"), up to its qualifier, when every
/// concept found is a generic act ([`GENERIC_ACTS`]); empty otherwise, or when the act has no
/// object ("het voorbereiden").
fn object_of_generic_act(asked: &str, concepts: &[&super::thesaurus::Concept]) -> Vec<String> {
    if !concepts.iter().all(|c| GENERIC_ACTS.contains(&c.id)) {
        return Vec::new();
    }
    let object = object_of_nominalised_verb(asked);
    if object == asked {
        return Vec::new();
    }
    content_stems(&cut_at(object, QUALIFIER_MARKERS))
}

/// Whether byte `at` of folded `text` lies inside a word that is a law's compound title
/// ("huisvesting" in "huisvestingsverordening", "gemeente" in "gemeentewet"): the law is asked
/// by its name, not a concept inside it.
fn in_law_title(text: &str, at: usize) -> bool {
    let start = text[..at]
        .rfind(|c: char| !c.is_alphanumeric())
        .map_or(0, |i| i + 1);
    let end = text[at..]
        .find(|c: char| !c.is_alphanumeric())
        .map_or(text.len(), |i| at + i);
    super::thesaurus::is_law_title(&text[start..end])
}

/// The first stem of an "-atie" noun ("indica" of "indicaties") as alternatives with its
/// "-eren" verb ("indice": "indiceren", "indiceer", "geïndiceerd"), taken out of the stems
/// all asked; the stems unchanged when there is none.
fn nominalised(stems: Vec<String>) -> (Vec<String>, Vec<String>) {
    let at = stems.iter().position(|s| {
        s.len() >= 6
            && s.ends_with('a')
            && s[..s.len() - 1].ends_with(['t', 'c', 's', 'r', 'l', 'u'])
            && !super::thesaurus::NOT_NOMINALISATIONS
                .iter()
                .any(|n| s.ends_with(n))
    });
    let Some(at) = at else {
        return (Vec::new(), stems);
    };
    let mut stems = stems;
    let noun = stems.remove(at);
    let verb = format!("{}e", &noun[..noun.len() - 1]);
    (vec![noun, verb], stems)
}

/// Prepositions after which a qualifier narrows the thing asked ("DPIAs for large IT
/// systems").
const QUALIFIER_MARKERS: &[&str] = &[
    " for ", " voor ", " bij ", " in het ", " in de ", " op het ", " door ",
];

/// An elided compound joined by "of" ("nieuwbouw-of renovatietraject", after the hyphen was
/// joined): the stems of either compound, a head the CV leaves out dropped ("nieuwbouw",
/// "renovatie"), and the segment without it. Empty when the segment has none.
fn elided_alternatives(seg: &str) -> (Vec<String>, String) {
    let Some(at) = seg.find("-of ") else {
        return (Vec::new(), seg.to_string());
    };
    let start = seg[..at]
        .rfind(|c: char| !c.is_alphanumeric())
        .map_or(0, |i| i + 1);
    let after = &seg[at + 4..];
    let len = after
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(after.len());
    let (first, second) = (&seg[start..at], &after[..len]);
    // Inside a qualifier ("lokaal eigendom bij wind- of zonneprojecten") it narrows the thing
    // and is not asked on its own.
    let in_qualifier = QUALIFIER_MARKERS
        .iter()
        .any(|m| format!(" {}", &seg[..start]).contains(m));
    if in_qualifier || first.chars().count() < 3 || second.chars().count() < 3 {
        return (Vec::new(), seg.to_string());
    }
    let alts = vec![implied_head(&stem(first)), implied_head(&stem(second))];
    let mut rest = seg.to_string();
    rest.replace_range(start..at + 4 + len, " ");
    (alts, rest.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A stem without a compound head the CV leaves out ("schoolgebouw" → "school",
/// "renovatietraject" → "renovatie"; the heads are reviewed data in the thesaurus).
fn implied_head(stem: &str) -> String {
    for head in super::thesaurus::IMPLIED_HEADS {
        if let Some(m) = stem.strip_suffix(head) {
            if m.chars().count() >= 4 {
                return m.to_string();
            }
        }
    }
    stem.to_string()
}

/// A comma list whose joiner is "of" ("scholen, sociale wijkteams of Halt en het OM", after
/// "en/of" became "of"): the items are alternatives and the last one keeps its "en" ("Halt en
/// het OM" is one item). `None` when the list is not joined by "of" first.
fn alternative_list<'a>(p: &'a str, or_word: &str) -> Option<Vec<&'a str>> {
    let last_comma = p.rfind(',')?;
    let tail = &p[last_comma + 1..];
    let or_at = tail.find(or_word).or_else(|| tail.find(" or "))?;
    let and_at = tail.find(" en ").or_else(|| tail.find(" and "))?;
    if or_at > and_at || p[..last_comma].contains(';') {
        return None;
    }
    let joiner = if tail[or_at..].starts_with(or_word) {
        or_word.len()
    } else {
        " or ".len()
    };
    let mut items: Vec<&str> = p[..last_comma].split(',').collect();
    items.push(&tail[..or_at]);
    items.push(&tail[or_at + joiner..]);
    Some(items)
}

/// "secretaris van een bezwaarcommissie", "chair of the steering committee": the stems of the
/// title and of the body it is a role of. `None` without such a body.
fn role_of_body(alt: &str) -> Option<Vec<String>> {
    let (title, body) = [" van een ", " van de ", " van het ", " of a ", " of the "]
        .iter()
        .find_map(|m| alt.split_once(m))?;
    let (title, body) = (content_stems(title), content_stems(body));
    (title.len() == 1 && !body.is_empty()).then(|| title.into_iter().chain(body).collect())
}

/// "asset management of civil structures (kunstwerken)": in an English criterion a one-word
/// bracket at the end is the Dutch name of the words after the last preposition. The part's
/// own words, or the same with the Dutch name, show it. `None` without such a bracket.
fn glossed_part(seg: &str) -> Option<Part> {
    let open = seg.rfind('(')?;
    let inner = seg[open + 1..].trim_end().strip_suffix(')')?.trim();
    if inner.chars().count() < 4 || !inner.chars().all(char::is_alphabetic) {
        return None;
    }
    let before = seg[..open].trim();
    let head = [" of ", " in ", " with ", " for "]
        .iter()
        .filter_map(|p| before.rfind(p))
        .max()
        .map_or("", |at| &before[..at]);
    let own = content_stems(before);
    if own.is_empty() {
        return None;
    }
    let dutch: Vec<String> = content_stems(head)
        .into_iter()
        .chain(std::iter::once(stem(inner)))
        .collect();
    Some(Part {
        label: seg.trim().to_string(),
        all: own,
        examples: vec![Part {
            label: inner.to_string(),
            all: dutch,
            ..Part::default()
        }],
        ..Part::default()
    })
}

/// Words that open the name of a law or regulation ("Verordening voorzieningen huisvesting
/// onderwijs", "Wet maatschappelijke ondersteuning", "Besluit kwaliteit leefomgeving").
const REGULATION_WORDS: &[&str] = &[
    "verordening",
    "wet",
    "besluit",
    "regeling",
    "beleidsregel",
    "beleidsregels",
    "richtlijn",
];

/// The name of a regulation in a folded segment: its opening word and the words after it,
/// when the next one is a content word ("de wet en regelgeving" names none).
fn regulation_name(seg: &str) -> Option<String> {
    const GLUE: &[&str] = &[
        "en", "of", "van", "de", "het", "een", "op", "in", "voor", "met", "te", "is", "die", "dat",
        "and", "or",
    ];
    let words: Vec<&str> = seg.split_whitespace().collect();
    let at = words.iter().position(|w| REGULATION_WORDS.contains(w))?;
    let next = words.get(at + 1)?;
    if GLUE.contains(next) || !next.chars().all(char::is_alphabetic) {
        return None;
    }
    let name = words[at..].join(" ");
    (content_stems(&name).len() >= 2).then_some(name)
}

/// Whether a criterion asks to draw up or update a document ("het opstellen of actualiseren
/// van een IHP", "drafting policy notes"), where supplying input for it does not count.
fn authoring(body: &str) -> bool {
    [
        "opstellen",
        "actualiseren",
        "schrijven",
        "herzien",
        "drafting",
        "writing",
        "updating",
        "drawing up",
    ]
    .iter()
    .any(|w| body.contains(w))
}

/// What a CV says when the candidate only supplied something for another's document: "als
/// input voor het IHP", "data for the IHP", "bijdrage aan het beleidsplan", "stuurgroep IHP".
const CONTRIBUTION_LEADS: &[&str] = &[
    "input voor het ",
    "input voor de ",
    "input voor ",
    "input for the ",
    "input for ",
    "data for the ",
    "data voor het ",
    "data voor de ",
    "bijdrage aan het ",
    "bijdrage aan de ",
    "bijgedragen aan het ",
    "bijgedragen aan de ",
    "contributed to the ",
    "contribution to the ",
    "aangeleverd voor het ",
    "aangeleverd voor de ",
    "stuurgroep ",
    "steering group for the ",
];

/// Contribution phrases for the named evidence of `parts`: a line showing the evidence only
/// inside one of them does not show the part.
fn contribution_phrases(parts: &[Part]) -> Vec<String> {
    let mut out = Vec::new();
    for p in parts
        .iter()
        .chain(parts.iter().flat_map(|p| p.examples.iter()))
    {
        for ev in &p.evidence {
            for lead in CONTRIBUTION_LEADS {
                out.push(format!("{lead}{ev}"));
            }
        }
    }
    out
}

/// Whether a folded criterion is written in English: more English than Dutch function words.
fn written_in_english(f: &str) -> bool {
    const EN: &[&str] = &[
        "the",
        "and",
        "with",
        "for",
        "such",
        "within",
        "experience",
        "knowledge",
        "years",
        "least",
        "from",
        "including",
    ];
    const NL: &[&str] = &[
        "de",
        "het",
        "een",
        "van",
        "en",
        "met",
        "voor",
        "bij",
        "zoals",
        "ervaring",
        "kennis",
        "jaar",
        "minimaal",
        "werkervaring",
        "naar",
        "binnen",
    ];
    let (mut en, mut nl) = (0, 0);
    for w in f.split(|c: char| !c.is_alphanumeric()) {
        en += usize::from(EN.contains(&w));
        nl += usize::from(NL.contains(&w));
    }
    en > nl
}

/// The same part in English, when the vocabulary knows its Dutch words ("leveranciersoverleg"
/// → "supplier meeting"): an English CV shows a Dutch criterion that way.
fn in_english(label: &str, stems: &[String]) -> Option<Part> {
    let mut any = false;
    let all: Vec<String> = stems
        .iter()
        .map(|s| {
            // A law's title has no English rendering word by word ("gemeentewet").
            if super::thesaurus::is_law_title(s) {
                return s.clone();
            }
            match super::thesaurus::TRANSLATIONS
                .iter()
                .find(|(nl, _)| s.starts_with(nl) || nl.starts_with(s.as_str()))
            {
                Some((_, en)) => {
                    any = true;
                    (*en).to_string()
                }
                None => s.clone(),
            }
        })
        .collect();
    any.then(|| Part {
        label: label.trim().to_string(),
        all,
        ..Part::default()
    })
}

/// "100.000+ gemeente", "meer dan 100.000 inwoners".
fn population(f: &str) -> Option<u32> {
    let idx = f
        .find("inwoners")
        .or_else(|| f.find(".000+"))
        .or_else(|| f.find("000+"))?;
    let start = f[..idx].rfind(|c: char| c.is_ascii_digit()).map(|end| {
        f[..=end]
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_ascii_digit() || *c == '.' || *c == ','))
            .map_or(0, |(s, c)| s + c.len_utf8())
    })?;
    let digits: String = f[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .collect();
    digits
        .replace(['.', ','], "")
        .parse()
        .ok()
        .filter(|n: &u32| *n >= 1000)
}

/// "ca. 50", "circa 50", "ongeveer 50", "around 50".
fn around_number(f: &str) -> Option<u32> {
    for lead in [
        "ca. ",
        "circa ",
        "ongeveer ",
        "around ",
        "approximately ",
        "plm. ",
    ] {
        if let Some(p) = f.find(lead) {
            let n: String = f[p + lead.len()..]
                .chars()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            if let Ok(n) = n.parse() {
                return Some(n);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tender::read_tender;

    fn req(text: &str) -> Requirement {
        interpret(
            text,
            "W1",
            &Tender::default(),
            Date::new(2026, 11, 1).unwrap(),
        )
    }

    /// Found by fuzzing (tender_reader): a character of several bytes before the number.
    #[test]
    fn a_population_after_a_wide_character() {
        assert_eq!(population("\u{fffd}100.000 inwoners"), Some(100_000));
        assert_eq!(population("🙂 meer dan 50.000 inwoners"), Some(50_000));
    }

    /// Found by fuzzing (tender_reader): a ")" before the "(" sliced backwards.
    #[test]
    fn a_closing_parenthesis_before_the_opening_one_is_no_alias() {
        let (parts, _) = parts_of("kennis van a) xyzzy plugh (b");
        // No alias part of the text between ")" and "(" read backwards.
        assert!(parts.iter().all(|p| p.evidence.len() != 2), "{parts:?}");
        let (parts, _) = parts_of("kennis van de Woo (Wet open overheid)");
        assert!(!parts.is_empty(), "a real alias still reads");
    }

    fn exp(text: &str) -> ExperienceReq {
        match req(text) {
            Requirement::Experience(e) => e,
            other => panic!("{text}: {other:?}"),
        }
    }

    fn labels(e: &ExperienceReq) -> Vec<&str> {
        e.parts.iter().map(|p| p.label.as_str()).collect()
    }

    #[test]
    fn education_levels_and_fields() {
        assert_eq!(
            req("Een afgeronde opleiding op minimaal hbo niveau"),
            Requirement::Education {
                min: Some(EducationLevel::Hbo),
                fields: vec![]
            }
        );
        let Requirement::Education { min, fields } = req("Aantoonbare afgeronde opleiding op minimaal hbo bachelor niveau in de richting van informatiebeheer, archiefwetenschap of bestuurskunde") else { panic!() };
        assert_eq!(min, Some(EducationLevel::Hbo));
        assert_eq!(
            fields.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(),
            ["informatiebeheer", "archiefwetenschap", "bestuurskunde"]
        );
        assert!(matches!(
            req("Completed master's degree in law"),
            Requirement::Education {
                min: Some(EducationLevel::WoMaster),
                ..
            }
        ));
    }

    /// A field is a requirement unless it is only preferred; a field no table knows needs all
    /// its words on the degree.
    #[test]
    fn preferred_fields_and_the_strict_field_fallback() {
        let Requirement::Education { fields, .. } =
            req("Afgeronde wo-opleiding, bij voorkeur in de richting van (informatie)recht")
        else {
            panic!()
        };
        assert!(fields.is_empty());
        let Requirement::Education { fields, .. } = req(
            "Completed degree (HBO or WO) in econometrics, data science or business informatics",
        ) else {
            panic!()
        };
        let all: Vec<&String> = fields.iter().flat_map(|f| &f.1).collect();
        assert!(all.contains(&&"data+scienc".to_string()), "{all:?}");
        assert!(!all.contains(&&"scienc".to_string()), "{all:?}");
    }

    #[test]
    fn knowledge_shown_in_work_or_education_is_knowledge() {
        assert!(matches!(
            req("Kennis van de Wet verbetering poortwachter, blijkend uit werkervaring of opleiding"),
            Requirement::Knowledge { .. }
        ));
        // "als" as a condition names no role.
        let e = exp("Ervaring met triage als meerdere meldingen tegelijk binnenkomen");
        assert!(e.roles.is_empty(), "{:?}", e.roles);
        // A modifier narrows a role: its words must show in the title; "senior" does not.
        let e = exp("Werkervaring als financieel adviseur");
        assert!(e.roles[0].titles.contains(&"adviseur".to_string()));
        assert_eq!(e.roles[0].modifier, ["financieel"]);
        let e = exp("Werkervaring als (business) controller");
        assert!(e.roles[0].titles.contains(&"controller".to_string()));
        let e = exp("Werkervaring als senior secretaris");
        assert_eq!(e.roles[0].titles, ["secretaris", "secretary"]);
    }

    #[test]
    fn experience_at_government_with_duration() {
        let e = exp("Minimaal 3 jaar aantoonbare werkervaring bij een overheid of een zelfstandig bestuursorgaan");
        assert_eq!(e.min_months, Some(36));
        assert!(e.org.contains(&OrgKind::Government) && e.org.contains(&OrgKind::Zbo));
        assert!(e.roles.is_empty() && e.parts.is_empty());
    }

    #[test]
    fn the_public_health_domain_is_a_concept() {
        use crate::judge::matching::has_term;
        for c in [
            "Werkervaring bij een GGD of een andere gemeenschappelijke regeling in het publieke gezondheidsdomein.",
            "Ervaring in de publieke gezondheidszorg",
            "Ervaring met taken in de openbare gezondheidszorg",
            "Experience in public health",
            "Werkervaring in het publieke gezondheidsdomein bij een overheid",
        ] {
            let e = exp(c);
            let p = e.parts.iter().find(|p| p.label == "public_health");
            let p = p.unwrap_or_else(|| panic!("{c}: {:?}", e.parts));
            for line in [
                "verpleegkundige bron- en contactonderzoek en vaccinatie (interim)",
                "vaccinator covid-19 bij ggd west-brabant",
                "jeugdverpleegkundige jeugdgezondheidszorg 0-4 jaar",
                "medewerker infectieziektebestrijding",
            ] {
                assert!(p.evidence.iter().any(|w| has_term(line, w)), "{c}: {line}");
            }
            assert!(!p.evidence.iter().any(|w| has_term("wijkverpleegkundige thuiszorg", w)));
        }
        // The law is a law, not the domain.
        match req("Kennis van de Wet publieke gezondheid, blijkend uit werkervaring of scholing.") {
            Requirement::Knowledge { parts, .. } => {
                assert!(
                    !parts.iter().any(|p| p.label == "public_health"),
                    "{parts:?}"
                )
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn experience_at_an_agentschap() {
        for c in [
            "Werkervaring bij een zelfstandig bestuursorgaan of een agentschap van het Rijk.",
            "Ervaring binnen een agentschap van een ministerie",
            "Werkervaring bij een rijksdienst of zbo",
            "Experience at an executive agency of the Dutch government",
        ] {
            assert!(exp(c).org.contains(&OrgKind::Ministerie), "{c}");
        }
        assert!(exp(
            "Werkervaring bij een zelfstandig bestuursorgaan of een agentschap van het Rijk."
        )
        .org
        .contains(&OrgKind::Zbo));
    }

    /// A known name with "en" in it is one part, asked by any of its names.
    #[test]
    fn a_known_name_with_en_is_one_thing() {
        for phrase in [
            "kennis van het besluit begroting en verantwoording provincies en gemeenten (bbv)",
            "het besluit begroting en verantwoording provincies en gemeenten",
            "werken volgens het besluit begroting en verantwoording provincies en gemeenten",
        ] {
            let (parts, _) = parts_of_main(phrase, false);
            assert_eq!(parts.len(), 1, "{phrase}: {parts:?}");
            assert!(
                parts[0].evidence.iter().any(|e| e == "bbv"),
                "{phrase}: {parts:?}"
            );
        }
        // A list of two things still asks both.
        let (parts, _) = parts_of_main("de wmo en de jeugdwet", false);
        assert_eq!(parts.len(), 2, "{parts:?}");
    }

    /// A list after a colon spells the heading out: the list is asked, in seven wordings.
    #[test]
    fn a_list_after_a_colon_is_what_is_asked() {
        for (p, want) in [
            (
                "de volledige contractmanagementcyclus: contractbeheer, leveranciersmanagement én prestatiemeting",
                "contractbeheer, leveranciersmanagement én prestatiemeting",
            ),
            (
                "de hele beleidscyclus: voorbereiden, vaststellen en evalueren van beleid",
                "voorbereiden, vaststellen en evalueren van beleid",
            ),
            (
                "the full test pyramid: unit, integration and end-to-end tests",
                "unit, integration and end-to-end tests",
            ),
            ("alle fasen: initiatie, ontwerp en realisatie", "initiatie, ontwerp en realisatie"),
            (
                "de p&c-cyclus: begroting, tussenrapportages en jaarrekening",
                "begroting, tussenrapportages en jaarrekening",
            ),
            // No list after the colon: nothing is set aside.
            ("sociaal domein: jeugd", "sociaal domein: jeugd"),
            ("zonder dubbele punt, en een lijst", "zonder dubbele punt, en een lijst"),
        ] {
            assert_eq!(spelled_out_after_colon(p), want, "{p}");
        }
    }

    /// Ten role titles with a hyphenated qualifier, each also asked head first.
    #[test]
    fn a_hyphenated_qualifier_may_follow_the_head() {
        let cases: [(&str, &str); 10] = [
            ("woz-taxateur", "taxateur woz"),
            ("woz-taxateur niet-woningen", "taxateur woz niet-woningen"),
            ("brp-medewerker", "medewerker brp"),
            ("gis-specialist", "specialist gis"),
            ("ict-adviseur", "adviseur ict"),
            ("wmo-consulent", "consulent wmo"),
            ("vth-jurist", "jurist vth"),
            ("avg-coordinator", "coordinator avg"),
            ("bim-modelleur", "modelleur bim"),
            ("ci/cd-engineer", ""),
        ];
        for (role, other) in cases {
            let words: Vec<&str> = role.split_whitespace().collect();
            let got = qualifier_after_head(&words);
            if other.is_empty() {
                assert_eq!(got, None, "{role}");
            } else {
                assert_eq!(got.as_deref(), Some(other), "{role}");
            }
        }
        // A long first part is a compound of its own, not a qualifier; a hyphen inside a word
        // ("niet-woningen") names no role order.
        assert_eq!(qualifier_after_head(&["informatiebeheer-adviseur"]), None);
        assert_eq!(qualifier_after_head(&["niet-woningen"]), None);
        assert_eq!(qualifier_after_head(&["vice-voorzitter"]), None);
    }

    #[test]
    fn role_with_window_and_similar_roles() {
        let e = exp("Minimaal 3 jaar aantoonbare werkervaring in de afgelopen 5 jaar als procesbegeleider of soortgelijk binnen een overheidsorganisatie");
        assert_eq!((e.min_months, e.window_months), (Some(36), Some(60)));
        assert!(e.roles[0].titles.contains(&"procesregisseur".to_string()));
        assert_eq!(e.org, [OrgKind::Government]);
    }

    #[test]
    fn role_at_large_gemeente() {
        let e = exp("Aantoonbare werkervaring als secretaris binnen een 100.000+ gemeente");
        assert_eq!(e.min_population, Some(100_000));
        assert!(e.org.contains(&OrgKind::Gemeente));
        assert_eq!(e.roles[0].titles, ["secretaris", "secretary"]);
    }

    #[test]
    fn activity_lists_need_every_part() {
        let e = exp("Aantoonbare werkervaring met het voorbereiden, coördineren én bewaken van bestuurlijke besluitvorming richting college, raad en directie, duidelijk weergeven in het cv");
        assert!(!e.any);
        for l in [
            "preparing",
            "coordinating",
            "monitoring",
            "decision_making",
            "college",
            "council",
            "management_board",
        ] {
            assert!(labels(&e).contains(&l), "{l}: {:?}", labels(&e));
        }
        let e = exp("Aantoonbare werkervaring met strategische coördinatie of procesregie");
        assert!(e.any);
        assert_eq!(labels(&e), ["strategic_coordination", "process_direction"]);
        let e = exp("Aantoonbare werkervaring met informatie- en archiefwetgeving, dit is expliciet benoemd in de werkervaring");
        assert_eq!(labels(&e), ["information_law"]);
    }

    #[test]
    fn collaboration_between_parties_is_no_employer_constraint() {
        let e = exp("Aantoonbare werkervaring met samenwerking tussen overheid, maatschappelijke partners en uitvoeringsorganisaties");
        assert!(e.org.is_empty());
        assert_eq!(
            labels(&e),
            [
                "government",
                "civil_society_partners",
                "implementing_agencies"
            ]
        );
    }

    #[test]
    fn advising_around_government_needs_no_government_employer() {
        let e = exp("Aantoonbare werkervaring met bestuurlijke advisering binnen of rond een overheidsorganisatie");
        assert!(e.org.is_empty());
        assert_eq!(labels(&e), ["advising_executives"]);
    }

    #[test]
    fn qa_answer_excludes_what_was_asked() {
        let tender = read_tender(crate::bundled_tender("17713").unwrap().text).0;
        let Requirement::Experience(e) = interpret(
            &tender.criteria[2].text,
            "W3",
            &tender,
            Date::new(2026, 11, 1).unwrap(),
        ) else {
            panic!()
        };
        assert!(
            e.excluded.contains(&"officier van justitie".to_string()),
            "{:?}",
            e.excluded
        );
        assert_eq!(e.min_months, Some(24));
    }

    /// "Telt werkervaring met X mee …?" without quotes names X; a named X gives its names.
    #[test]
    fn questions_without_quotes_name_what_they_ask() {
        let cases: [(&str, &[&str]); 6] = [
            ("telt werkervaring met de car-uwo, de voorloper van de cao gemeenten, mee voor knock-outcriterium 3?", &["car-uwo"]),
            ("telt ervaring met verzoeken op grond van de wet openbaarheid van bestuur (wob), dus van voor 1 mei 2022, mee voor g1?", &["wet openbaarheid van bestuur", "wob"]),
            ("telt werkervaring met de awb mee?", &["algemene wet bestuursrecht", "awb"]),
            ("telt ervaring met jeugdhulp mee voor wens 2?", &["jeugdhulp"]),
            ("does experience with azure devops count for w3?", &["azure devops"]),
            ("mag ik een cv van vier pagina's aanleveren?", &[]),
        ];
        for (q, want) in cases {
            let got = asked_in_question(q);
            for w in want {
                assert!(got.iter().any(|g| g == w), "{q}: {got:?}");
            }
            if want.is_empty() {
                assert!(got.is_empty(), "{q}: {got:?}");
            }
        }
    }

    /// An answer that changes a criterion's duration changes it; other answers do not.
    #[test]
    fn qa_changes_a_duration() {
        let k2 = |question: &str, answer: &str, criterion: Option<&str>| {
            let tender = Tender {
                questions: vec![crate::tender::QuestionAnswer {
                    question: question.into(),
                    answer: answer.into(),
                    criterion: criterion.map(String::from),
                }],
                ..Tender::default()
            };
            match interpret(
                "De kandidaat heeft minimaal 5 jaar werkervaring als juridisch adviseur bij een overheidsorganisatie",
                "K2",
                &tender,
                Date::new(2026, 11, 1).unwrap(),
            ) {
                Requirement::Experience(e) => e.min_months,
                other => panic!("{other:?}"),
            }
        };
        let q = "Bij KO2 wordt 5 jaar werkervaring gevraagd. Mag het minder?";
        let lowered =
            "Ja. De eis wordt verlaagd: voor KO2 geldt voortaan minimaal 3 jaar werkervaring.";
        assert_eq!(k2(q, lowered, None), Some(36));
        assert_eq!(k2(q, lowered, Some("K2")), Some(36));
        assert_eq!(k2(q, lowered, Some("W1")), Some(60));
        assert_eq!(k2(q, "Nee, de eis blijft minimaal 5 jaar.", None), Some(60));
        assert_eq!(
            k2("Bij KO3 …?", lowered.replace("KO2", "KO3").as_str(), None),
            Some(60)
        );
    }

    /// How the object of an activity is read: nominalised verbs, owners, agents, lists of
    /// roles.
    #[test]
    fn objects_owners_agents_and_role_lists() {
        let e = exp("Werkervaring met de toepassing van de Cao Gemeenten");
        assert_eq!(e.parts[0].all, ["cao", "gemeent"]);
        let e = exp(
            "Werkervaring met het voeren van leveranciersoverleggen op basis van SLA-rapportages",
        );
        assert!(
            !e.parts[0].all.iter().any(|s| s == "voeren" || s == "basis"),
            "{e:?}"
        );
        let e = exp(
            "Werkervaring met het optreden als gemachtigde van het bestuursorgaan in beroepszaken",
        );
        assert_eq!(e.parts[0].all, ["optred", "gemachtigd"]);
        let e = exp("Werkervaring met de rechtmatigheidsverantwoording door het college van B&W of door Gedeputeerde Staten");
        assert_eq!(
            labels(&e),
            ["de rechtmatigheidsverantwoording door het college van b&w"]
        );
        assert_eq!(e.parts[0].all, ["rechtmatigheidsverantwoord"]);
        let e = exp("Werkervaring met Suite4Sociaal Domein");
        assert_eq!(e.parts[0].all, ["suite4sociaal", "domein"]);
        let e = exp("Werkervaring als jurist bij een gemeente met meer dan 100.000 inwoners");
        assert!(e.parts.is_empty(), "{e:?}");
        assert_eq!(e.min_population, Some(100_000));
        let e = exp("Minimaal 3 jaar werkervaring als financieel adviseur, business controller of subsidiecontroller bij een provincie");
        assert_eq!(e.roles.len(), 3, "{e:?}");
        let e = exp("Minimaal 3 jaar werkervaring als adviseur, bij voorkeur bij een provincie");
        assert_eq!(e.roles.len(), 1, "{e:?}");
    }

    /// English activities: a gerund's object is the evidence, a bracket stays one thing, and
    /// a Dutch criterion's words known in English are shown by the English words.
    /// A named opleiding is a qualification by name; a level alone is education.
    #[test]
    fn a_named_qualification_needs_its_name() {
        let t = Tender::default();
        let today = Date::new(2026, 11, 30).unwrap();
        for f in [
            "Je hebt de opleiding Toezichthouder Kinderopvang (GGD GHOR Nederland) afgerond.",
            "Kandidaat is in het bezit van het diploma Jeugdzorgwerker",
            "De kandidaat heeft de opleiding Belastingdeurwaarder afgerond",
        ] {
            let Requirement::Certificate(c) = interpret(f, "K2", &t, today) else {
                panic!("{f}: {:?}", interpret(f, "K2", &t, today));
            };
            let words: Vec<&String> = c
                .alts
                .iter()
                .flat_map(|a| &a.forms)
                .flat_map(|f| &f.0)
                .collect();
            for w in ["je", "hebt", "opleiding", "kandidaat"] {
                assert!(!words.iter().any(|x| *x == w), "{f}: {words:?}");
            }
        }
        for f in [
            "Je beschikt over een afgeronde opleiding op minimaal hbo-niveau.",
            "Een afgeronde opleiding.",
        ] {
            assert!(
                matches!(interpret(f, "K1", &t, today), Requirement::Education { .. }),
                "{f}"
            );
        }
    }

    /// Two verbs joined by "of" share the object after them.
    #[test]
    fn verbs_share_their_object() {
        assert_eq!(
            shared_object(" het invoeren of doorontwikkelen van omnichannel klantcontact ", " of "),
            " het invoeren van omnichannel klantcontact  of doorontwikkelen van omnichannel klantcontact "
        );
        assert_eq!(
            shared_object("developing or improving of dashboards, and reports", " or "),
            "developing of dashboards or improving of dashboards, and reports"
        );
        for (p, or) in [
            ("beleid of uitvoering van de wmo", " of "),
            ("gemeenten of provincies", " of "),
        ] {
            assert_eq!(shared_object(p, or), p);
        }
        let (parts, any) = parts_of("het invoeren of doorontwikkelen van omnichannel klantcontact (telefonie, chat en social media)");
        assert!(any, "{parts:?}");
        // Each verb with the whole object: no lone verb, no part without the channels.
        assert_eq!(parts.len(), 2, "{parts:?}");
        assert!(
            parts.iter().all(|p| ["omnichannel", "telefoni", "social"]
                .iter()
                .all(|w| p.all.iter().any(|s| s == w))),
            "{parts:?}"
        );
    }

    /// Alternatives split at phrase level: "A or B H" shares the head and the lead.
    #[test]
    fn alternatives_share_their_head() {
        assert_eq!(
            shared_head(
                "food safety inspections or audits in the meat or dairy sector",
                " or "
            ),
            "food safety inspections or audits in the meat sector or audits in the dairy sector"
        );
        assert_eq!(
            shared_head("toezicht bij de gemeente of provincie utrecht", " of "),
            "toezicht bij de gemeente utrecht of toezicht bij de provincie utrecht"
        );
        // No head after the second word, or no article before the first: unchanged.
        for (p, or) in [
            ("inspecties bij gemeenten of provincies", " of "),
            ("beleid of uitvoering van de wmo", " of "),
            ("food safety inspections or audits", " or "),
            ("besluiten op grond van de omgevingswet of de wabo", " of "),
        ] {
            assert_eq!(shared_head(p, or), p);
        }
        let (parts, any) =
            parts_of("carrying out food safety inspections or audits in the meat or dairy sector");
        assert!(any);
        let labels: Vec<&str> = parts.iter().map(|p| p.label.as_str()).collect();
        assert!(labels.contains(&"audits in the dairy sector"), "{labels:?}");
        assert!(!labels.contains(&"audits in the meat"), "{labels:?}");
    }

    /// Terms: a bracket is optional, "X-based" is X, glossary words in either language.
    #[test]
    fn terms_take_their_other_forms() {
        let shows = |p: &Part, line: &str| {
            let on = |q: &Part| !q.all.is_empty() && q.all.iter().all(|t| has_term(line, t));
            on(p) || p.examples.iter().any(on)
        };
        let part = |f: &str| {
            let (parts, _) = parts_of(f);
            assert_eq!(parts.len(), 1, "{f}: {parts:?}");
            parts.into_iter().next().unwrap()
        };
        let p = part("writing official reports (boeterapporten / proces-verbaal)");
        assert!(
            shows(
                &p,
                "opmaken van boeterapporten en rapporten van bevindingen"
            ),
            "{p:?}"
        );
        assert!(shows(&p, "writing official reports for the court"), "{p:?}");
        assert!(!shows(&p, "rapporten van bevindingen"), "{p:?}");
        let p = part("regels volgens de standaarden stop/tpod");
        assert!(
            shows(
                &p,
                "annoteren van de regels volgens stop/tpod in de plansoftware"
            ),
            "{p:?}"
        );
        assert!(!shows(&p, "regels volgens imro 2012 en svbp"), "{p:?}");
        // Another name in a bracket shows the part; a remark is only optional.
        let p = part("toetsing aan het wettelijk beoordelingsinstrumentarium (wbi 2017)");
        assert!(
            shows(&p, "toetsing van ontwerpen aan het wbi 2017"),
            "{p:?}"
        );
        assert!(bracket_is_alias("boi") && bracket_is_alias("dso-lv"));
        assert!(!bracket_is_alias("art. 30 avg") && !bracket_is_alias("subsidies"));
        // A bracketed list joined by "en" asks every part.
        let (parts, _) = parts_of("omnichannel klantcontact (telefonie, chat en social media)");
        let lines = "invoering van webchat naast telefonie en e-mail in het klantcontact";
        assert!(!parts.iter().all(|p| shows(p, lines)), "{parts:?}");
        let p = part("haccp-based inspections at slaughterhouses");
        assert!(
            shows(&p, "officiele controles in slachthuizen op basis van haccp"),
            "{p:?}"
        );
        assert!(!shows(&p, "controles in slachthuizen"), "{p:?}");
        // A law's name is asked by its name, not by a concept inside it.
        let p = part("de wet kinderopvang");
        assert!(
            !shows(&p, "uitbreiding van kinderdagverblijf de boomhut")
                && p.evidence.iter().all(|e| e != "kinderdagverblijf"),
            "{p:?}"
        );
        let p = part("toezicht op kinderdagverblijven");
        assert!(
            shows(&p, "inspecties bij kinderdagverblijven en bso's"),
            "{p:?}"
        );
        assert!(
            !shows(&p, "ruimtelijke procedure voor een kinderdagverblijf"),
            "{p:?}"
        );
    }

    /// ASSESSOR rule 20 and the numbers rule: an identifier names the thing asked.
    #[test]
    fn identifiers_are_asked_as_written() {
        assert_eq!(
            identifiers("regulation (eu) 2017/625 on official controls"),
            ["2017/625"]
        );
        assert_eq!(identifiers("titel 4.2 (subsidies) van de awb"), ["4.2"]);
        assert_eq!(identifiers("inspecties volgens nen 2767"), ["2767"]);
        assert_eq!(
            identifiers("iso 27001 en artikel 7:658 bw"),
            ["27001", "7:658"]
        );
        assert!(identifiers("een gemeente met 100.000 inwoners").is_empty());
        assert!(identifiers("in een organisatie met meer dan 500 medewerkers").is_empty());
        assert!(identifiers("at least 250 inspections").is_empty());
        assert!(identifiers("sinds 2020, minimaal 24 maanden").is_empty());
        let t = Tender::default();
        let today = Date::new(2026, 11, 30).unwrap();
        for (f, id) in [
            (
                "Knowledge of Regulation (EU) 2017/625 on official controls",
                "2017/625",
            ),
            (
                "Aantoonbare kennis van titel 4.2 (Subsidies) van de Algemene wet bestuursrecht",
                "4.2",
            ),
            ("Ervaring met inspecties volgens NEN 2767", "2767"),
        ] {
            let parts = match interpret(f, "K1", &t, today) {
                Requirement::Knowledge { parts, .. } => parts,
                Requirement::Experience(e) => e.parts,
                r => panic!("{f}: {r:?}"),
            };
            assert!(
                parts.iter().any(|p| p.all.iter().any(|a| a == id)),
                "{f}: {parts:?}"
            );
        }
    }

    /// Bodies named as examples of the employer asked are employers that meet it.
    #[test]
    fn employers_named_as_examples() {
        let t = Tender::default();
        let today = Date::new(2026, 11, 30).unwrap();
        for f in [
            "Work experience at a Dutch government inspectorate, such as NVWA, ILT or the Nederlandse Arbeidsinspectie",
            "Werkervaring bij een overheidsorganisatie, zoals de NVWA of de ILT",
        ] {
            let Requirement::Experience(e) = interpret(f, "W3", &t, today) else {
                panic!("{f}");
            };
            assert!(!e.org.is_empty(), "{f}");
            assert!(e.parts.is_empty(), "{f}: the employer is no activity: {:?}", e.parts);
            assert!(e.employers.iter().any(|n| n == "nvwa"), "{f}: {:?}", e.employers);
            assert!(e.employers.iter().any(|n| n == "inspectie leefomgeving en transport"), "{f}: {:?}", e.employers);
        }
    }

    /// "een gemeente in de provincie X": the gemeente's provincie is asked, not the words.
    #[test]
    fn a_gemeente_in_a_province() {
        let t = Tender::default();
        let today = Date::new(2026, 11, 30).unwrap();
        for (f, prov) in [
            (
                "Werkervaring als planoloog bij een gemeente gelegen in de provincie Utrecht",
                "utrecht",
            ),
            (
                "Ervaring bij een gemeente in de provincie Fryslân",
                "fryslan",
            ),
            (
                "Experience at a municipality in the province of Noord-Brabant",
                "noord-brabant",
            ),
        ] {
            let Requirement::Experience(e) = interpret(f, "W4", &t, today) else {
                panic!("{f}");
            };
            assert_eq!(e.province.as_deref(), Some(prov), "{f}");
            assert!(e.org.contains(&OrgKind::Gemeente), "{f}");
            assert!(
                !e.parts
                    .iter()
                    .any(|p| p.label.contains("provincie") || p.label.contains("province")),
                "{f}: {:?}",
                e.parts
            );
        }
        // The provincie as employer is no gemeente's place.
        let Requirement::Experience(e) =
            interpret("Ervaring bij de provincie Utrecht", "W1", &t, today)
        else {
            panic!();
        };
        assert!(e.province.is_none());
    }

    /// A scope named only to lift it asks for no employer kind; a scope that holds does.
    #[test]
    fn lifted_scopes_ask_no_employer() {
        let t = Tender::default();
        let today = Date::new(2026, 11, 30).unwrap();
        for f in [
            "Aantal jaren ervaring als teamleider (algemeen, binnen of buiten de overheid)",
            "Ervaring als projectleider, ongeacht de sector",
            "Ervaring als projectleider in welke organisatie dan ook",
            "Experience as a project manager in the public or private sector",
            "Ervaring als projectleider binnen en buiten de overheid",
        ] {
            let Requirement::Experience(e) = interpret(f, "W1", &t, today) else {
                panic!("{f}: not experience");
            };
            assert!(e.org.is_empty(), "{f}: {:?}", e.org);
            assert!(!e.roles.is_empty(), "{f}: the role is still asked");
        }
        for f in [
            "Ervaring als projectleider binnen de overheid",
            "Ervaring als projectleider bij een gemeente, ongeacht de omvang",
        ] {
            let Requirement::Experience(e) = interpret(f, "W1", &t, today) else {
                panic!("{f}: not experience");
            };
            assert!(!e.org.is_empty(), "{f}: the employer is asked");
        }
    }

    /// ASSESSOR rule 5: a known role is judged by meaning, and what it leads stays asked.
    #[test]
    fn role_families_by_meaning_keep_their_object() {
        let t = Tender::default();
        let today = Date::new(2026, 11, 30).unwrap();
        let roles = |f: &str| match interpret(f, "K1", &t, today) {
            Requirement::Experience(e) => e.roles,
            r => panic!("{f}: {r:?}"),
        };
        let r =
            roles("Minimaal 24 maanden ervaring als leidinggevende van een klantcontactcentrum");
        assert_eq!(r.len(), 1);
        for title in ["teamleider", "afdelingshoofd", "teammanager", "head of"] {
            assert!(
                r[0].titles.iter().any(|t| t == title),
                "{title}: {:?}",
                r[0].titles
            );
        }
        // A project manager leads no staff.
        assert!(!r[0]
            .titles
            .iter()
            .any(|t| t == "manager" || t == "projectmanager"));
        assert!(
            r[0].object.iter().any(|o| o == &["kcc"]),
            "{:?}",
            r[0].object
        );
        let r = roles("Ervaring als leidinggevende van een KCC bij een gemeente");
        assert!(
            r[0].object.iter().any(|o| o == &["klantcontactcentrum"]),
            "{:?}",
            r[0].object
        );
        // A team size is no object.
        let r = roles("Ervaring als leidinggevende van minimaal 15 medewerkers");
        assert!(r[0].object.is_empty(), "{:?}", r[0].object);
        // The fields a role covers are alternatives of its object, not other roles.
        let r = roles("Ervaring als beleidsadviseur op het gebied van klimaatadaptatie of waterbeheer bij een gemeente");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].object.len(), 2, "{:?}", r[0].object);
        // A second role word is a second role.
        let r = roles("Ervaring als leidinggevende van een KCC of projectleider");
        assert_eq!(r.len(), 2, "{r:?}");
        for f in [
            "Werkervaring als planoloog bij een gemeente",
            "Experience as a spatial planner at a municipality",
        ] {
            let r = roles(f);
            for title in [
                "planologisch medewerker",
                "beleidsmedewerker ruimtelijke ordening",
            ] {
                assert!(
                    r[0].titles.iter().any(|t| t == title),
                    "{f}: {:?}",
                    r[0].titles
                );
            }
        }
    }

    #[test]
    fn english_activities_and_dutch_words_in_english() {
        let e = exp("Experience building Power BI data models (including DAX measures) and publishing reports in the Power BI Service.");
        assert_eq!(e.parts.len(), 2, "{e:?}");
        assert!(
            !e.parts.iter().any(|p| p
                .all
                .iter()
                .any(|s| s.starts_with("build") || s.starts_with("publish"))),
            "{e:?}"
        );
        let e = exp("Demonstrable experience in applying the ARBIT (Government Terms and Conditions for IT Contracts).");
        assert_eq!(e.parts.len(), 1, "{e:?}");
        assert!(e.parts[0].evidence.contains(&"arbit".to_string()), "{e:?}");
        let e = exp(
            "Werkervaring met het voeren van leveranciersoverleggen op basis van SLA-rapportages.",
        );
        let en = &e.parts[0].examples;
        assert!(
            en.iter()
                .any(|x| x.all == ["supplier meeting", "sla report"]),
            "{e:?}"
        );
        let e = exp("Ervaring in een piketfunctie binnen de crisisorganisatie, zoals officier van dienst bevolkingszorg, informatiemanager of calamiteitencoördinator");
        assert_eq!(e.parts.len(), 1, "{e:?}");
        assert_eq!(e.parts[0].examples.len(), 3, "{e:?}");
        let e = exp("Werkervaring met Europese subsidieprogramma's (EFRO, ESF+, JTF of Interreg)");
        assert_eq!(e.parts[0].examples.len(), 4, "{e:?}");
    }

    /// Ten ways a posting asks availability, some without "beschikbaar".
    #[test]
    fn availability_by_its_start_and_hours() {
        for text in [
            "Per juli beschikbaar voor 36 uur per week",
            "kan per 4 januari 2027 starten voor 32 uur per week",
            "De kandidaat kan starten op 1 februari 2027, 24 uur per week",
            "Inzetbaar vanaf 1 maart 2027 voor 32 uur/week",
            "Kan uiterlijk 15 januari 2027 beginnen, 36 uren per week",
            "Can start on 1 February 2027 for 32 hours per week",
            "The candidate is able to start by 4 January 2027 for 24 hours a week",
            "Beschikbaarheid: 32 uur per week vanaf 1 januari",
            "Available from 11 January 2027 for 36 hours/week",
            "Start per 1 maart 2027 voor 20 uur pw",
        ] {
            assert!(
                matches!(req(text), Requirement::Availability { hours: Some(_), .. }),
                "{text}: {:?}",
                req(text)
            );
        }
        // The place the work is on site in.
        for (text, place) in [
            ("Available from 1 February 2027 for 28–32 hours per week, working on site in Amsterdam at least on Tuesdays.", Some("amsterdam")),
            ("Beschikbaar voor 32 uur per week, op kantoor in Den Haag op dinsdag", Some("den haag")),
            ("Is de kandidaat beschikbaar per 4 januari 2027 voor 32 uur per week, waarvan op dinsdag op locatie in Amersfoort? [Ja/Nee]", Some("amersfoort")),
            ("Beschikbaar per 1 maart voor 24 uur per week", None),
        ] {
            let Requirement::Availability { place: got, .. } = req(text) else {
                panic!("{text}")
            };
            assert_eq!(got.as_deref(), place, "{text}");
        }
        // A start word in an experience criterion stays experience.
        assert!(!matches!(
            req("Ervaring met het starten van nieuwe teams van 32 uur per week"),
            Requirement::Availability { .. }
        ));
    }

    #[test]
    fn terms_and_declarations() {
        assert_eq!(req("Een maximum uurtarief van € 110,00 exclusief btw, inclusief reiskosten woon-werk verkeer werk-werkverkeer"), Requirement::Rate { max: 110.0, travel_included: true, parking_included: false });
        assert!(matches!(
            req("Per juli beschikbaar voor 36 uur per week"),
            Requirement::Availability {
                hours: Some((36, 36)),
                ..
            }
        ));
        let Requirement::Certificate(c) = req("In het bezit van NEVI 2 of gelijkwaardig") else {
            panic!()
        };
        assert_eq!(c.alts[0].forms[0], (vec!["nevi".to_string()], Some(2)));
        assert!(matches!(req("Indien opdrachtnemer personeel ter beschikking stelt, staat opdrachtnemer in het handelsregister geregistreerd (conform Waadi)"), Requirement::Admin(Admin::Waadi)));
    }

    #[test]
    fn unrecognised_criteria_fall_back_to_their_own_words() {
        let e = exp("Ervaring met Europese aanbestedingen in het sociaal domein");
        assert!(labels(&e).contains(&"social_domain"));
        let e = exp("Experience with DPIAs for large IT systems");
        assert!(!e.parts.is_empty());
    }

    /// "zowel A als B" and its kin: every part asked, each with its own evidence.
    #[test]
    fn a_both_list_asks_every_part() {
        for text in [
            "Aantoonbare werkervaring met zowel Power BI als SQL",
            "Ervaring met zowel Power BI als ook SQL",
            "Experience with both Power BI and SQL",
            "Experience with Power BI as well as SQL",
            "Werkervaring met Power BI alsook SQL",
        ] {
            let e = exp(text);
            assert_eq!(e.parts.len(), 2, "{text}: {:?}", labels(&e));
            assert!(!e.any, "{text}");
        }
    }

    /// In an English criterion "of" is "van": no alternatives.
    #[test]
    fn english_of_is_no_alternative() {
        let e = exp("At least 5 years of experience in asset management of civil structures");
        assert!(!e.any, "{:?}", labels(&e));
        assert!(
            e.parts.iter().any(
                |p| p.all.iter().any(|s| s == "structur") && p.all.iter().any(|s| s == "asset")
            ),
            "{:?}",
            e.parts
        );
        for (f, english) in [
            ("experience with the management of contracts", true),
            ("knowledge of the gdpr and the dpia process", true),
            ("at least 3 years of experience as a recruiter", true),
            (
                "experience in asset management of civil structures such as bridges",
                true,
            ),
            ("ervaring met scrum of kanban", false),
            ("kennis van de wet open overheid", false),
            (
                "minimaal 3 jaar werkervaring als data-analist of bi-specialist",
                false,
            ),
            ("ervaring met power bi of tableau", false),
            ("werkervaring bij een gemeente of provincie", false),
            (
                "ervaring met azure of aws binnen een overheidsorganisatie",
                false,
            ),
        ] {
            assert_eq!(written_in_english(f), english, "{f}");
        }
    }

    /// A regulation the table does not know is asked by its name.
    #[test]
    fn a_regulation_is_asked_by_its_name() {
        for (seg, name) in [
            (
                "toepassen van de verordening voorzieningen huisvesting onderwijs",
                Some("verordening voorzieningen huisvesting onderwijs"),
            ),
            ("de verordening jeugdhulp", Some("verordening jeugdhulp")),
            (
                "het besluit kwaliteit leefomgeving",
                Some("besluit kwaliteit leefomgeving"),
            ),
            (
                "de regeling specifieke uitkering sport",
                Some("regeling specifieke uitkering sport"),
            ),
            (
                "de beleidsregels handhaving",
                Some("beleidsregels handhaving"),
            ),
            (
                "de wet kwaliteitsborging bouw",
                Some("wet kwaliteitsborging bouw"),
            ),
            (
                "de richtlijn openbare verlichting",
                Some("richtlijn openbare verlichting"),
            ),
            ("de wet en regelgeving", None),
            ("wet- en regelgeving", None),
            ("besluitvorming in het college", None),
        ] {
            assert_eq!(regulation_name(seg).as_deref(), name, "{seg}");
        }
        let e = exp("Ervaring met het opstellen of toepassen van de Verordening voorzieningen huisvesting onderwijs");
        assert!(
            e.parts
                .iter()
                .all(|p| p.all.contains(&"verorden".to_string())),
            "{:?}",
            e.parts
        );
    }

    /// Drawing up a plan: a line that only supplies input for it does not count.
    #[test]
    fn input_for_a_plan_is_not_drawing_it_up() {
        let e = exp("Ervaring met het opstellen of actualiseren van een Integraal Huisvestingsplan (IHP) onderwijs");
        for x in [
            "input voor het ihp",
            "data for the ihp",
            "stuurgroep ihp",
            "bijdrage aan het ihp",
        ] {
            assert!(e.excluded.iter().any(|e| e == x), "{x}: {:?}", e.excluded);
        }
        let part = e
            .parts
            .iter()
            .find(|p| !p.evidence.is_empty())
            .expect("named part");
        let shows = |line: &str| {
            super::super::rules::part_on_line(part, &fold(line), &e.excluded, &e.included)
        };
        assert!(!shows(
            "Aanleveren van de prognoses als input voor het IHP 2025-2040"
        ));
        assert!(!shows(
            "Provided building condition data for the IHP Apeldoorn 2024–2039."
        ));
        assert!(!shows(
            "Namens het schoolbestuur deelgenomen aan de stuurgroep IHP Leusden."
        ));
        assert!(shows("Opgesteld: IHP Nieuwegein 2025-2040"));
        assert!(shows(
            "Co-wrote, together with Gemeente Voorst, the IHP Voorst 2021–2036."
        ));
        // Using a plan is not authoring it: no exclusion there.
        assert!(exp("Ervaring met het toepassen van het IHP")
            .excluded
            .is_empty());
    }

    /// A Q&A that changes a duration: the new one counts.
    #[test]
    fn a_changed_duration_is_the_new_one() {
        for (a, n) in [
            (
                "de minimale werkervaring wordt verlaagd van 4 jaar naar 3 jaar.",
                36,
            ),
            ("de eis wordt gewijzigd van 5 naar 3 jaar", 36),
            ("the requirement is lowered from 4 to 3 years", 36),
            ("voor ko2 geldt voortaan minimaal 3 jaar werkervaring", 36),
            (
                "de eis wordt verhoogd: minimaal 5 jaar in plaats van 4 jaar",
                60,
            ),
        ] {
            assert_eq!(new_duration(a), Some(n), "{a}");
        }
    }

    /// "Civil Engineering (Civiele Techniek)": the bracket names the same field.
    #[test]
    fn a_field_in_two_languages_is_either_name() {
        for (field, a, b) in [
            (
                "civil engineering (civiele techniek)",
                "civil+engineer",
                "civiel+techniek",
            ),
            (
                "water management (watermanagement)",
                "water+management",
                "watermanagement",
            ),
            (
                "public administration (bestuurskunde)",
                "public+administration",
                "bestuurskund",
            ),
        ] {
            let syn = field_synonyms(field);
            assert!(
                syn.iter().any(|s| s == a) && syn.iter().any(|s| s == b),
                "{field}: {syn:?}"
            );
        }
    }

    /// A training with no level or field asked is a certificate: held (in the year asked),
    /// not any degree.
    #[test]
    fn a_completed_training_is_a_certificate() {
        for text in [
            "Een afgeronde Integrale Beroepsvaardigheidstraining (IBT-toets behaald in 2026) —",
            "Afgeronde cursus BHV",
            "Een afgeronde training Motiverende Gespreksvoering",
            "Completed training in Prince2",
        ] {
            assert!(
                matches!(req(text), Requirement::Certificate(_)),
                "{text}: {:?}",
                req(text)
            );
        }
        // A degree stays a degree.
        assert!(matches!(
            req("Een afgeronde hbo-opleiding"),
            Requirement::Education { .. }
        ));
        let Requirement::Certificate(c) = req(
            "Een afgeronde Integrale Beroepsvaardigheidstraining (IBT-toets behaald in 2026) —",
        ) else {
            unreachable!()
        };
        let judge = |cv: &str| {
            super::super::rules::certificate::judge(
                &c,
                &crate::cv::read_cv(cv).0,
                Date::new(2026, 11, 30).unwrap(),
            )
            .status
        };
        use super::super::Status;
        assert_eq!(
            judge("Certificaten\n- IBT-toets gehaald op 14 maart 2026\n"),
            Status::Met
        );
        assert_eq!(
            judge("Certificaten\nIBT-toets – juni 2024\n"),
            Status::NotMet
        );
        assert_eq!(
            judge("Opleiding\nHBO Bestuurskunde (diploma)\n"),
            Status::NotMet
        );
    }

    /// "gerekend per wijk" says how tiers count; residents' participation shows in its forms.
    #[test]
    fn participation_per_neighbourhood() {
        let e = exp(
            "Ervaring met bewonersparticipatie in de wijkaanpak aardgasvrij, gerekend per wijk",
        );
        assert_eq!(labels(&e), ["resident_participation"]);
    }

    /// "A, B en/of C en D": alternatives, the last item whole.
    #[test]
    fn a_list_joined_by_of_is_alternatives() {
        let e = exp("Ervaring met ketensamenwerking met scholen, sociale wijkteams en/of Halt en het Openbaar Ministerie");
        assert!(e.any, "{:?}", labels(&e));
        assert_eq!(e.parts.len(), 3, "{:?}", labels(&e));
        assert_eq!(
            alternative_list(" scholen, wijkteams of halt en het om ", " of "),
            Some(vec![" scholen", " wijkteams", "halt en het om "])
        );
        // Joined by "en" first: every item asked.
        assert_eq!(alternative_list(" a, b en c of d ", " of "), None);
        assert_eq!(alternative_list(" a of b ", " of "), None);
    }

    /// The field after "opleiding in het/de": "hbo-opleiding in het sociaal domein, zoals …".
    #[test]
    fn a_field_after_in() {
        for (text, field) in [
            ("Minimaal een afgeronde hbo-opleiding in het sociaal domein, zoals Social Work, SPH, MWD of SJD", "sociaal domein"),
            ("Een afgeronde wo-opleiding in de rechten", "rechten"),
            ("Afgeronde hbo-opleiding in bestuurskunde of bedrijfskunde", "bestuurskunde"),
            ("Een hbo-diploma in de communicatie", "communicatie"),
        ] {
            let Requirement::Education { fields, .. } = req(text) else {
                panic!("{text}");
            };
            assert!(fields.iter().any(|(l, _)| l == field), "{text}: {fields:?}");
        }
        let Requirement::Education { fields, .. } =
            req("Minimaal een afgeronde hbo-opleiding in het sociaal domein, zoals Social Work, SPH, MWD of SJD")
        else {
            unreachable!()
        };
        assert!(fields.iter().any(|(l, _)| l == "sph"), "{fields:?}");
    }

    /// A role of a body, held as a task inside another job.
    #[test]
    fn a_role_of_a_body_held_as_a_task() {
        let e = exp("Werkervaring als secretaris van een bezwaarcommissie (adviescommissie bezwaarschriften) bij een overheidsorganisatie");
        let r = &e.roles[0];
        for (statement, held) in [
            ("- secretaris van de adviescommissie bezwaarschriften: voorbereiden en leiden van hoorzittingen", true),
            ("behandelen van bezwaarschriften tegen omgevingsvergunningen en handhavingsbesluiten; secretaris van de bezwaarcommissie van de omgevingsdienst.", true),
            ("secretaris van de bezwaarcommissie sociaal domein", true),
            ("tevens secretaris van de bezwaarcommissie", true),
            ("• secretaris van de commissie bezwaarschriften", false),
            ("ondersteuning van de secretaris van de bezwaarcommissie", false),
            ("behandelen van bezwaarschriften", false),
        ] {
            assert_eq!(r.held_in(&fold(statement)), held, "{statement}");
        }
        // A plain title has no task form.
        assert!(exp("Werkervaring als projectleider").roles[0]
            .held_as_task
            .is_empty());
        let e = exp("Experience as chair of the steering committee");
        assert!(e.roles[0].held_in("- chair of the steering committee for the new town hall"));
        assert!(!e.roles[0].held_in("recruited a chair of the steering committee"));
    }

    /// "A en/of met B": the repeated "met" goes, a nominalised verb's object is the evidence.
    #[test]
    fn a_repeated_met_is_no_word_asked() {
        let e = exp("Werkervaring met bron- en contactonderzoek en/of met de uitvoering van vaccinatiecampagnes");
        assert!(e.any, "{:?}", labels(&e));
        assert!(
            e.parts.iter().any(|p| p.all == ["vaccinatiecampagn"]),
            "{:?}",
            e.parts
        );
    }

    /// An English criterion's one-word Dutch gloss: either name shows the part.
    #[test]
    fn an_english_term_with_its_dutch_name() {
        let p = glossed_part("in asset management of civil structures (kunstwerken)").unwrap();
        let shows = |line: &str| super::super::rules::part_on_line(&p, &fold(line), &[], &[]);
        assert!(shows(
            "Asset management kunstwerken, Waterschap Vallei en Veluwe"
        ));
        assert!(shows("Asset management of civil structures such as weirs"));
        assert!(!shows("Asset management of buildings"));
        assert!(!shows("Inspectie van kunstwerken"));
        for (seg, gloss) in [
            ("knowledge of the water act (waterwet)", true),
            ("experience with zoning plans (bestemmingsplannen)", true),
            ("experience in permit granting (vergunningverlening)", true),
            ("dpias for large it systems (including dax measures)", false),
            ("the woo (2022)", false),
        ] {
            assert_eq!(glossed_part(seg).is_some(), gloss, "{seg}");
        }
    }

    /// "vanuit de gemeente", "namens de gemeente", "aan gemeentezijde", "on behalf of the
    /// municipality": the employer kind, no word of the activity.
    #[test]
    fn work_on_an_organisations_side_is_its_employer() {
        for c in [
            "Ervaring met het begeleiden van nieuwbouw van scholen vanuit de gemeente",
            "Ervaring met het voeren van het OOGO namens de gemeente",
            "Ervaring met het voeren van het OOGO aan gemeentezijde",
            "Experience in school building projects on behalf of the municipality",
            "Ervaring met grondexploitaties vanuit een gemeente",
        ] {
            let e = exp(c);
            assert_eq!(e.org, [OrgKind::Gemeente], "{c}");
            assert!(
                e.parts.iter().all(|p| !p
                    .all
                    .iter()
                    .any(|w| w.starts_with("gemeent") || w == "namen" || w == "vanuit")),
                "{c}: {:?}",
                e.parts
            );
        }
        // "namens de cliënt" names no organisation kind.
        assert!(
            exp("Ervaring met het voeren van bezwaarprocedures namens de cliënt")
                .org
                .is_empty()
        );
    }

    /// "nieuwbouw- of renovatietraject": either compound shows it; a head a CV leaves out
    /// ("schoolgebouw" → the "basisschool" itself) is not asked.
    #[test]
    fn an_elided_compound_with_of_is_either_compound() {
        let e = exp("Ervaring met het begeleiden van een nieuwbouw- of renovatietraject van een schoolgebouw (PO of VO) vanuit de gemeente");
        assert_eq!(e.parts.len(), 1, "{:?}", e.parts);
        assert_eq!(e.parts[0].evidence, ["nieuwbouw", "renovatie"]);
        assert_eq!(e.parts[0].all, ["school"]);
        let shown = |l: &str| crate::judge::rules::part_on_line(&e.parts[0], &fold(l), &[], &[]);
        assert!(shown(
            "Begeleiding vanuit de gemeente van de nieuwbouw van basisschool De Kruisboom"
        ));
        assert!(shown(
            "Advisering over tijdelijke huisvesting bij renovatie VO-school"
        ));
        assert!(!shown("Nieuwbouw van het stadskantoor"));
        let e = exp("Ervaring met een herinrichtings- of reconstructieproject");
        assert_eq!(
            e.parts[0].evidence,
            ["herinrichting", "reconstructieproject"]
        );
        // Inside a qualifier it only narrows: "lokaal eigendom bij wind- of zonneprojecten".
        let e = exp("Ervaring met lokaal eigendom bij wind- of zonneprojecten");
        assert!(
            e.parts.iter().all(|p| p.evidence.is_empty()),
            "{:?}",
            e.parts
        );
    }

    /// A law the qualifier names must show with each thing it qualifies, in its full name or
    /// abbreviation; a qualifier naming no law only narrows.
    #[test]
    fn a_law_qualifier_is_asked() {
        for (c, law) in [
            ("Ervaring met het stellen van indicaties voor de Wmo", "wmo"),
            (
                "Ervaring met het opstellen van beschikkingen in het kader van de Jeugdwet",
                "jeugdwet",
            ),
            (
                "Ervaring met het opstellen van maatwerkvoorschriften of maatwerkbesluiten onder de Omgevingswet",
                "omgevingswet",
            ),
            (
                "Ervaring met het nemen van besluiten op grond van de Participatiewet",
                "participatiewet",
            ),
            ("Experience with assessing applications under the Wmo", "wmo"),
        ] {
            let e = exp(c);
            assert!(!e.parts.is_empty(), "{c}");
            for p in &e.parts {
                assert!(p.with.iter().any(|w| w == law), "{c}: {p:?}");
            }
        }
        let e = exp("Ervaring met het opstellen van maatwerkvoorschriften of maatwerkbesluiten onder de Omgevingswet");
        let shown = |l: &str| {
            e.parts
                .iter()
                .any(|p| crate::judge::rules::part_on_line(p, &fold(l), &[], &[]))
        };
        assert!(!shown(
            "Opstellen van maatwerkvoorschriften onder het Activiteitenbesluit"
        ));
        assert!(shown(
            "Opstellen van maatwerkvoorschriften onder de Omgevingswet (2024)"
        ));
        assert!(shown(
            "Opstellen van maatwerkbesluiten (Omgevingswet, sinds 2024)"
        ));
        let e = exp("Ervaring met het stellen van indicaties voor de Wmo");
        let shown = |l: &str| crate::judge::rules::part_on_line(&e.parts[0], &fold(l), &[], &[]);
        assert!(shown("Stelde Wmo-indicaties na keukentafelgesprekken"));
        assert!(!shown("Stelde indicaties voor huishoudelijke hulp"));
        // A qualifier that names no law still only narrows.
        for c in [
            "Experience with DPIAs for large IT systems",
            "Ervaring met het opstellen van beleid voor de gemeente",
        ] {
            let e = exp(c);
            assert!(
                e.parts.iter().all(|p| p.with.is_empty()),
                "{c}: {:?}",
                e.parts
            );
        }
    }

    /// A place the criterion names must show with the thing: "for positions abroad", "van
    /// buiten Nederland", "in het buitenland"; the CV may say it in other words.
    #[test]
    fn a_place_qualifier_is_asked() {
        for c in [
            "Experience with recruitment for positions abroad",
            "Ervaring met werving van kandidaten van buiten Nederland",
            "Ervaring met werving voor posten in het buitenland",
        ] {
            let e = exp(c);
            let p = &e.parts[0];
            assert!(p.with.iter().any(|w| w == "buitenland"), "{c}: {p:?}");
            let shown = |l: &str| crate::judge::rules::part_on_line(p, &fold(l), &[], &[]);
            assert!(
                !shown("Recruitment of prison staff for 28 locations; werving van kandidaten"),
                "{c}"
            );
        }
        let e = exp("Ervaring met werving van kandidaten van buiten Nederland");
        let shown = |l: &str| crate::judge::rules::part_on_line(&e.parts[0], &fold(l), &[], &[]);
        assert!(shown(
            "Werving van kandidaten uit het buitenland voor de zorg"
        ));
        let e = exp("Experience with recruitment for positions abroad");
        let shown = |l: &str| crate::judge::rules::part_on_line(&e.parts[0], &fold(l), &[], &[]);
        assert!(shown(
            "- Full-cycle recruitment for posts at embassies and consulates abroad"
        ));
        // A qualifier that names no place still only narrows.
        let e = exp("Experience with DPIAs for large IT systems");
        assert!(e.parts[0].with.is_empty(), "{:?}", e.parts);
    }

    /// "klasse B of hoger": the level named or a higher one of the reviewed scale, on the
    /// line that shows the thing graded.
    #[test]
    fn an_ordered_level_or_higher() {
        let e = exp("Werkervaring met het realiseren van een schoolgebouw volgens het Programma van Eisen Frisse Scholen, klasse B of hoger.");
        assert!(!e.parts.is_empty());
        let shown = |l: &str| {
            e.parts
                .iter()
                .all(|p| crate::judge::rules::part_on_line(p, &fold(l), &[], &[]))
        };
        assert!(shown("Realiseren van een schoolgebouw volgens het Programma van Eisen Frisse Scholen klasse B"), "{:?}", e.parts);
        assert!(shown(
            "Realiseren van een schoolgebouw, Programma van Eisen Frisse Scholen klasse A"
        ));
        assert!(!shown(
            "Realiseren van een schoolgebouw, Programma van Eisen Frisse Scholen 2021, klasse C"
        ));
        assert!(!shown(
            "Realiseren van een schoolgebouw volgens Frisse Scholen"
        ));
        let (levels, rest) = level_or_higher("een opleiding op mbo niveau 3 of hoger");
        assert_eq!(levels.unwrap().1, ["niveau 3", "niveau 4"]);
        assert_eq!(rest, "een opleiding op mbo");
        let (levels, _) = level_or_higher("gebouwen met energielabel a of beter");
        assert_eq!(levels.unwrap().1.len(), 5);
        assert!(level_or_higher("deelklasse b of hoger").0.is_none());
    }

    /// "indicaties stellen" is also "indiceren"; "registratie" also "registreren"; but an
    /// "organisatie" is no "organiseren".
    #[test]
    fn an_atie_noun_is_also_its_verb() {
        let e = exp("Ervaring met het stellen van indicaties");
        let shown = |e: &ExperienceReq, l: &str| {
            e.parts
                .iter()
                .all(|p| crate::judge::rules::part_on_line(p, &fold(l), &[], &[]))
        };
        assert!(shown(
            &e,
            "Ik indiceer huishoudelijke ondersteuning en begeleiding"
        ));
        assert!(shown(&e, "Stellen van indicaties voor de Wmo"));
        let e = exp("Ervaring met de registratie van adreswijzigingen");
        assert!(shown(&e, "Adreswijzigingen geregistreerd in de BRP"));
        let (alts, rest) = nominalised(vec!["overheidsorganisa".into(), "ervar".into()]);
        assert!(alts.is_empty());
        assert_eq!(rest.len(), 2);
    }

    /// A law's compound title is asked whole: its modifier is no word of the thing asked, in
    /// Dutch or in English ("Gemeentewet" is not shown by "gemeente" or "municipality").
    #[test]
    fn a_law_title_is_not_its_modifier() {
        for (text, title) in [
            ("Aantoonbare kennis van de Gemeentewet", "gemeentewet"),
            ("Kennis van de Provinciewet", "provinciewet"),
            ("Kennis van de Waterschapswet", "waterschapswet"),
            (
                "Ervaring met de Huisvestingsverordening",
                "huisvestingsverorden",
            ),
            ("Kennis van het Omgevingsbesluit", "omgevingsbesluit"),
        ] {
            let parts = match req(text) {
                Requirement::Knowledge { parts, .. } => parts,
                Requirement::Experience(e) => e.parts,
                other => panic!("{text}: {other:?}"),
            };
            assert_eq!(parts.len(), 1, "{text}: {parts:?}");
            assert_eq!(parts[0].all, [title], "{text}");
            assert!(parts[0].examples.is_empty(), "{text}: {parts:?}");
        }
        assert!(super::super::thesaurus::is_law_title("gemeentewet"));
        assert!(!super::super::thesaurus::is_law_title("wet"));
        assert!(!super::super::thesaurus::is_law_title("besluitvorming"));
    }

    /// The family of document ages a posting sets for a VOG.
    #[test]
    fn the_age_a_document_may_have() {
        for (f, months) in [
            (
                "een vog die bij de start van de opdracht niet ouder is dan 6 maanden",
                Some(6),
            ),
            (
                "vog, niet ouder dan drie maanden op de sluitingsdatum",
                Some(3),
            ),
            (
                "a certificate of conduct (vog) no older than 6 months at the start",
                Some(6),
            ),
            ("een vog van maximaal 1 jaar oud", Some(12)),
            ("de kandidaat beschikt over een vog", None),
        ] {
            assert_eq!(document_age(f), months, "{f}");
            assert!(
                matches!(req(f), Requirement::Admin(Admin::Vog { max_age_months }) if max_age_months == months),
                "{f}"
            );
        }
    }

    /// Bare title words joined by "of" before a title with its domain share that domain.
    #[test]
    fn a_shared_domain_after_alternative_titles() {
        let labels =
            |p: &str| -> Vec<String> { roles(p, false).into_iter().map(|r| r.label).collect() };
        assert_eq!(
            labels("projectleider of projectmanager woningbouw"),
            ["projectleider woningbouw", "projectmanager woningbouw"]
        );
        assert_eq!(
            labels("beleidsmedewerker of adviseur verkeer"),
            ["beleidsmedewerker verkeer", "adviseur verkeer"]
        );
        assert_eq!(
            labels("adviseur, beleidsmedewerker of projectleider wmo"),
            ["adviseur wmo", "beleidsmedewerker wmo", "projectleider wmo"]
        );
        // An earlier title with words of its own, or a lead before the domain: as written.
        assert_eq!(
            labels("bestuursadviseur of adviseur bestuurszaken"),
            ["bestuursadviseur", "adviseur bestuurszaken"]
        );
        assert_eq!(
            labels("senior adviseur of projectleider woningbouw"),
            ["senior adviseur", "projectleider woningbouw"]
        );
        assert_eq!(
            labels("adviseur of projectleider van een gemeente"),
            ["adviseur", "projectleider van een gemeente"]
        );
    }

    /// A field named by another name of its group, and slashed alternatives.
    #[test]
    fn fields_by_any_name_and_slashed_fields() {
        let Requirement::Education { fields, .. } = req("Afgeronde wo-opleiding in de richting van bouwkunde, ruimtelijke ordening/planologie of bestuurskunde") else { panic!() };
        assert_eq!(
            fields.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(),
            [
                "bouwkunde",
                "ruimtelijke ordening",
                "planologie",
                "bestuurskunde"
            ]
        );
        for (field, name) in [
            ("law", "recht"),
            ("public administration", "bestuurskunde"),
            ("international relations", "internationale betrekkingen"),
            ("economics", "economie"),
            ("spatial planning", "planologie"),
        ] {
            assert!(field_synonyms(field).iter().any(|s| s == name), "{field}");
        }
        // A level with a slash is no field alternative.
        assert_eq!(
            split_word_slash("hbo/wo bestuurskunde"),
            ["hbo/wo bestuurskunde"]
        );
    }

    /// ASSESSOR rule 5: "arts + domein" is the compound title.
    #[test]
    fn a_doctor_by_the_domain_after_arts() {
        let e = exp("Minimaal 2 jaar werkervaring als jeugdarts in de afgelopen 5 jaar");
        assert!(
            e.roles[0].titles.iter().any(|t| t == "arts jgz"),
            "{:?}",
            e.roles
        );
        let e = exp("Minimaal 3 jaar werkervaring als bedrijfsarts");
        assert!(
            e.roles[0]
                .titles
                .iter()
                .any(|t| t == "arts arbeid en gezondheid"),
            "{:?}",
            e.roles
        );
    }

    /// A registration is its register, never the sentence around it.
    #[test]
    fn a_registration_is_a_register() {
        let Requirement::Certificate(c) =
            req("De kandidaat is als arts ingeschreven in het BIG-register")
        else {
            panic!()
        };
        assert!(
            c.alts[0]
                .forms
                .iter()
                .all(|(w, _)| w[0] == "big" || w.len() > 2),
            "{c:?}"
        );
        let Requirement::Certificate(c) = req("De kandidaat is als arts Maatschappij en Gezondheid, profiel jeugdgezondheidszorg, geregistreerd in het register van de RGS") else { panic!() };
        assert!(
            c.alts[0].forms.iter().any(|(w, _)| w == &["rgs", "regist"]),
            "{c:?}"
        );
        // The firm's Waadi registration stays an administrative declaration.
        assert!(matches!(req("De inschrijver staat ingeschreven in het Waadi-register van de Kamer van Koophandel"), Requirement::Admin(Admin::Waadi)));
    }

    /// A generic act keeps its object: the family of preparing, coordinating and monitoring
    /// something, against the act alone.
    #[test]
    fn a_generic_act_keeps_its_object() {
        for (text, object) in [
            ("Ervaring met de voorbereiding van een aanbesteding van een OV-concessie, zoals het opstellen van het programma van eisen of het bestek", "aanbested"),
            ("Ervaring met het voorbereiden van een Europese aanbesteding", "aanbested"),
            ("Ervaring met de bewaking van het projectbudget", "projectbudget"),
        ] {
            let e = exp(text);
            let all: Vec<&String> = e.parts.iter().flat_map(|p| &p.all).collect();
            assert!(all.iter().any(|s| s.starts_with(object)), "{text}: {:?}", e.parts);
        }
        // The act alone asks no object.
        let e = exp("Ervaring met het voorbereiden en bewaken");
        assert!(e.parts.iter().all(|p| p.all.is_empty()), "{:?}", e.parts);
    }
}
