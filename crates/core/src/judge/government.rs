//! What counts as "overheid" and "zbo", and how big a gemeente is.
//!
//! Government: gemeente, provincie, waterschap (also hoogheemraadschap), ministerie and its
//! agentschappen, Openbaar Ministerie, zbo's (COA, UWV, DUO, …), other public bodies in the
//! Register van Overheidsorganisaties. Not: NGOs, woningcorporaties, IOM, universities, firms.
//! Working for an NGO "in opdracht van" a gemeente is not working at the gemeente.
//! Data: `data/` (CBS population 1-1-2026, ROO/Polder public bodies), compiled in by build.rs.

use super::matching::has_term;
use super::thesaurus::OrgKind;
use crate::text::{contains_word, fold};

mod data {
    include!(concat!(env!("OUT_DIR"), "/reference_data.rs"));
}

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A public body with its names folded once.
struct Body {
    name: String,
    kind: &'static str,
    abbr: String,
    aliases: Vec<String>,
}

fn bodies() -> &'static [Body] {
    static BODIES: OnceLock<Vec<Body>> = OnceLock::new();
    BODIES.get_or_init(|| {
        data::PUBLIC_BODIES
            .iter()
            .map(|(name, kind, abbr, aliases)| Body {
                name: fold(name),
                kind,
                abbr: fold(abbr),
                aliases: aliases.iter().map(|a| fold(a)).collect(),
            })
            .collect()
    })
}

/// A gemeente's name and its other spellings, folded.
fn folded_names<'a>(name: &'a &str, variants: &'a [&str]) -> impl Iterator<Item = String> + 'a {
    std::iter::once(name).chain(variants).map(|n| fold(n))
}

/// The names of a public body a criterion names as an example ("NVWA", "de Inspectie
/// Leefomgeving en Transport"), folded: as written, and from the Register van
/// Overheidsorganisaties (data/overheidsorganisaties.csv) its full name, abbreviation and
/// aliases when the register knows it by any of them.
pub fn body_names(name: &str) -> Vec<String> {
    let mut n = fold(name.trim());
    for a in ["de ", "het ", "the "] {
        if let Some(rest) = n.strip_prefix(a) {
            n = rest.to_string();
        }
    }
    let n = n.trim().trim_end_matches(['.', ')']).trim().to_string();
    let mut out = Vec::new();
    if n.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return out;
    }
    for (full, _, abbr, aliases) in data::PUBLIC_BODIES.iter() {
        let names: Vec<String> = std::iter::once(full)
            .chain(std::iter::once(abbr))
            .chain(aliases.iter())
            .filter(|x| !x.is_empty())
            .map(|x| fold(x))
            .collect();
        if names.contains(&n) {
            out.extend(names);
        }
    }
    out.push(n);
    out.sort();
    out.dedup();
    out
}

/// A gemeente with all its folded names and its provincie (CBS, data/gemeenten.csv).
type GemeenteRow = (&'static str, u32, Vec<String>, &'static str);

/// Gemeenten with all their folded names.
fn gemeenten() -> &'static [GemeenteRow] {
    static GEMEENTEN: OnceLock<Vec<GemeenteRow>> = OnceLock::new();
    GEMEENTEN.get_or_init(|| {
        data::GEMEENTEN
            .iter()
            .map(|(name, population, variants, province)| {
                (
                    *name,
                    *population,
                    folded_names(name, variants)
                        .filter(|n| n.len() >= 3)
                        .collect(),
                    *province,
                )
            })
            .collect()
    })
}

/// The provincie (CBS name, folded) of the gemeente an employer text names: "Gemeente Zeist"
/// → "utrecht", "Gemeente Ede" → "gelderland". `None` when no gemeente is named.
pub fn gemeente_province(org_text: &str) -> Option<String> {
    let employer = employer_part(org_text);
    let mut best: Option<(&'static str, usize)> = None;
    for (_, _, names, province) in gemeenten() {
        for n in names {
            if contains_word(&employer, n) && best.is_none_or(|b| n.len() > b.1) {
                best = Some((province, n.len()));
            }
        }
    }
    best.map(|(p, _)| fold(p))
}

/// The provinces of the Netherlands as CBS writes them and as criteria do, folded:
/// ("fryslan", ["fryslan", "friesland"]).
pub static PROVINCES: &[(&str, &[&str])] = &[
    ("groningen", &["groningen"]),
    ("fryslan", &["fryslan", "friesland"]),
    ("drenthe", &["drenthe"]),
    ("overijssel", &["overijssel"]),
    ("flevoland", &["flevoland"]),
    ("gelderland", &["gelderland"]),
    ("utrecht", &["utrecht"]),
    ("noord-holland", &["noord-holland", "noord holland"]),
    ("zuid-holland", &["zuid-holland", "zuid holland"]),
    ("zeeland", &["zeeland"]),
    (
        "noord-brabant",
        &["noord-brabant", "noord brabant", "brabant"],
    ),
    ("limburg", &["limburg"]),
];

fn former_gemeenten() -> &'static [String] {
    static FORMER: OnceLock<Vec<String>> = OnceLock::new();
    FORMER.get_or_init(|| {
        data::FORMER_GEMEENTEN
            .iter()
            .flat_map(|(name, _, variants)| folded_names(name, variants))
            .collect()
    })
}

thread_local! {
    /// The same organisations come back for every criterion and every posting ranked.
    static KINDS: RefCell<HashMap<String, Vec<OrgKind>>> = RefCell::new(HashMap::new());
}

/// The part of an organisation text that names the employer: "Leger des Heils, in opdracht van
/// de gemeente Utrecht" → "Leger des Heils".
pub fn employer_part(org: &str) -> String {
    let f = fold(org);
    let mut cut = f.len();
    for marker in [
        "in opdracht van",
        "namens",
        "on behalf of",
        "commissioned by",
        "for the municipality",
        "voor de gemeente",
        "voor gemeente",
        // The intermediary an interim worked through is not the employer: the client before it
        // is ("GGD Gelderland-Zuid, via MediFlex Detachering B.V.").
        " via ",
        "(via ",
        "gedetacheerd door",
        "gedetacheerd bij",
        "ingehuurd door",
        " through ",
        "(through ",
        "contracted by",
        "seconded by",
    ] {
        if let Some(p) = f.find(marker) {
            cut = cut.min(p);
        }
    }
    f[..cut].to_string()
}

/// The kinds of public body a (folded) employer text names.
pub fn org_kinds(employer: &str) -> Vec<OrgKind> {
    if let Some(k) = KINDS.with(|c| c.borrow().get(employer).cloned()) {
        return k;
    }
    let kinds = org_kinds_uncached(employer);
    KINDS.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() > 4_096 {
            c.clear();
        }
        c.insert(employer.to_string(), kinds.clone());
    });
    kinds
}

fn org_kinds_uncached(employer: &str) -> Vec<OrgKind> {
    let f = employer;
    let mut kinds = Vec::new();
    let mut add = |k: OrgKind| {
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    };
    // A joint arrangement names the place it sits ("GGD Gelderland-Zuid, Nijmegen"): that
    // place is no employer of its own.
    let joint = super::thesaurus::JOINT_ARRANGEMENT_WORDS
        .iter()
        .any(|w| has_term(f, w));
    if f.contains("gemeente") && !f.contains("gemeenschappelijke")
        || f.contains("municipality")
        || f.contains("city of")
        // The place before the first comma names the employer ("Amersfoort"); one after it
        // is an address ("Zorggroep Lingehof, Tiel").
        || gemeente_named(f.split(',').next().unwrap_or(f)).is_some()
            && !joint
            && !f.contains("universiteit")
            && !f.contains("university")
            && !f.contains("hogeschool")
            && !looks_private(f)
    {
        add(OrgKind::Gemeente);
    }
    // A gemeente merged away since 2015 was a gemeente all the same ("Gemeente Weesp").
    if former_gemeenten().iter().any(|n| contains_word(f, n)) && !looks_private(f) {
        add(OrgKind::Gemeente);
    }
    if f.contains("provincie") || f.contains("province of") || f.contains("provincial") {
        add(OrgKind::Provincie);
    }
    if f.contains("waterschap") || f.contains("hoogheemraadschap") || f.contains("water authority")
    {
        add(OrgKind::Waterschap);
    }
    if f.contains("ministerie")
        || f.contains("ministry")
        || f.contains("rijksoverheid")
        || f.contains("openbaar ministerie")
        || f.contains("parket")
    {
        add(OrgKind::Ministerie);
    }
    let private = looks_private(f);
    for body in bodies() {
        let kind = &body.kind;
        // Short names and aliases of provinces and water boards are place names ("Utrecht"):
        // those need their kind word, which the checks above already saw.
        let by_short_name = !private
            && !matches!(
                *kind,
                "provincie" | "waterschap" | "gemeenschappelijke regeling"
            );
        let hit = f.contains(&body.name)
            || (by_short_name && body.abbr.len() >= 2 && has_term(f, &body.abbr))
            || (by_short_name
                && body
                    .aliases
                    .iter()
                    .any(|a| a.len() >= 3 && has_term(f, a) && gemeente_named(a).is_none()));
        if !hit {
            continue;
        }
        match *kind {
            "zbo" => add(OrgKind::Zbo),
            "ministerie" | "agentschap" | "uitvoeringsorganisatie" => add(OrgKind::Ministerie),
            "provincie" => add(OrgKind::Provincie),
            "waterschap" => add(OrgKind::Waterschap),
            _ => {}
        }
        if matches!(*kind, "zbo" | "agentschap" | "uitvoeringsorganisatie") {
            add(OrgKind::ImplementingAgency);
        }
        if *kind == "gemeenschappelijke regeling" {
            add(OrgKind::JointArrangement);
        }
        add(OrgKind::Government);
    }
    if !private && joint {
        add(OrgKind::JointArrangement);
    }
    let public = [
        OrgKind::JointArrangement,
        OrgKind::Gemeente,
        OrgKind::Provincie,
        OrgKind::Waterschap,
        OrgKind::Ministerie,
        OrgKind::Zbo,
    ];
    if kinds.iter().any(|k| public.contains(k)) && !kinds.contains(&OrgKind::Government) {
        kinds.push(OrgKind::Government);
    }
    kinds
}

/// Private or civil-society employers that merely mention a place: "Woningcorporatie Het Gooi
/// en Omstreken, Hilversum", "Leger des Heils, Almere".
fn looks_private(f: &str) -> bool {
    [
        "b.v",
        " bv",
        "stichting",
        "woningcorporatie",
        "leger des heils",
        "vluchtelingenwerk",
        "vereniging",
        "n.v",
        "iom",
        "uitzendbureau",
        "opdrachtgevers",
        "erfgoedcentrum",
        "collectie",
        "installatietechniek",
    ]
    .iter()
    .any(|w| f.contains(w))
}

/// The gemeente a text names, with its population: "Gemeente Amersfoort" → ("Amersfoort", 159_873).
pub fn gemeente_named(f: &str) -> Option<(&'static str, u32)> {
    let mut best: Option<(&'static str, u32, usize)> = None;
    for (name, population, names, _) in gemeenten() {
        for n in names {
            if contains_word(f, n) && best.is_none_or(|b| n.len() > b.2) {
                best = Some((name, *population, n.len()));
            }
        }
    }
    best.map(|(n, p, _)| (n, p))
}

/// The population of the gemeente an employer text names: stated in the CV ("ca. 160.000
/// inwoners"), else from CBS (1-1-2026). `None` when no gemeente is named.
pub fn gemeente_population(org_text: &str) -> Option<(u32, bool)> {
    let f = fold(org_text);
    if let Some(stated) = stated_population(&f) {
        return Some((stated, true));
    }
    let employer = employer_part(org_text);
    gemeente_named(&employer).map(|(_, p)| (p, false))
}

/// "ca. 160.000 inwoners", "(165.000 inwoners)", "120,000 inhabitants".
fn stated_population(f: &str) -> Option<u32> {
    let p = f.find("inwoners").or_else(|| f.find("inhabitants"))?;
    let before = f[..p].trim_end();
    let digits: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.replace(['.', ','], "").parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(org: &str) -> Vec<OrgKind> {
        org_kinds(&employer_part(org))
    }

    #[test]
    fn the_client_of_an_interim_not_its_intermediary() {
        for (org, kind) in [
            ("GGD Gelderland-Zuid, via MediFlex Detachering B.V.", OrgKind::JointArrangement),
            ("Gemeente Utrecht, via Yacht B.V.", OrgKind::Gemeente),
            ("Gemeente Zwolle (via Randstad Detachering B.V.)", OrgKind::Gemeente),
            ("UWV (Employee Insurance Agency), Amsterdam – interim assignment through Verity Audit & Advisory B.V.", OrgKind::Government),
            ("Provincie Utrecht – interim, ingehuurd door Hays B.V.", OrgKind::Provincie),
            ("Veiligheidsregio Utrecht (through Brainnet B.V.)", OrgKind::JointArrangement),
            ("Omgevingsdienst Regio Utrecht via eigen bv", OrgKind::JointArrangement),
            ("Gemeente Tilburg, gedetacheerd door Driessen HRM B.V.", OrgKind::Gemeente),
        ] {
            assert!(kinds(org).contains(&kind), "{org}: {:?}", kinds(org));
        }
        // The private firm itself stays private, whoever it works for.
        for org in [
            "MediFlex Detachering B.V., via Jobtoolz",
            "Kartoflex B.V., in opdracht van Rijkswaterstaat",
        ] {
            assert!(!kinds(org).contains(&OrgKind::Government), "{org}");
        }
    }

    #[test]
    fn public_bodies_are_government() {
        for org in [
            "Gemeente Amersfoort (ca. 160.000 inwoners)",
            "Provincie Gelderland (opdracht via eigen onderneming)",
            "COA – Centraal Orgaan opvang asielzoekers, regio Oost",
            "Ministerie van Volksgezondheid, Welzijn en Sport",
            "Openbaar Ministerie, Parket Midden-Nederland",
            "Waterschap Regge en Dinkel",
            "Municipality of Amsterdam – Social Development department",
            "UWV",
        ] {
            assert!(kinds(org).contains(&OrgKind::Government), "{org}");
        }
    }

    /// Gemeenschappelijke regelingen are public bodies of their own kind, not a gemeente.
    #[test]
    fn joint_arrangements_are_public_but_no_gemeente() {
        for org in [
            "GGD Gelderland-Zuid, Nijmegen",
            "Veiligheidsregio Utrecht",
            "Omgevingsdienst Veluwe IJssel",
            "Werkorganisatie Duin en Polder (gemeenschappelijke regeling van Katwijk en Noordwijk)",
            "Regio Gooi en Vechtstreek, Regionaal Bureau Leerplicht (gemeenschappelijke regeling)",
        ] {
            let k = kinds(org);
            assert!(k.contains(&OrgKind::JointArrangement), "{org}: {k:?}");
            assert!(k.contains(&OrgKind::Government), "{org}: {k:?}");
        }
        assert!(!kinds("Gemeente Ede").contains(&OrgKind::JointArrangement));
        assert!(!kinds("GGD Gelderland-Zuid, Nijmegen").contains(&OrgKind::Gemeente));
        assert!(!kinds("Zorggroep Lingehof, Tiel").contains(&OrgKind::Gemeente));
        assert!(!kinds("Zorggroep Lingehof, Tiel").contains(&OrgKind::JointArrangement));
    }

    #[test]
    fn ngos_firms_and_universities_are_not() {
        for org in [
            "Woningcorporatie Portaal, Utrecht",
            "Leger des Heils Midden-Nederland, in opdracht van de gemeente Utrecht",
            "VluchtelingenWerk Midden-Nederland, Amersfoort",
            "Woningcorporatie Portaal, Utrecht",
            "International Organization for Migration (IOM), The Hague",
            "Erasmus University Rotterdam, Department of Public Administration",
            "Oostkamp Installatietechniek B.V., Hengelo",
        ] {
            assert!(
                !kinds(org).contains(&OrgKind::Government),
                "{org}: {:?}",
                kinds(org)
            );
        }
    }

    #[test]
    fn gemeente_size_from_cv_or_cbs() {
        assert_eq!(
            gemeente_population("Gemeente Amersfoort (ca. 160.000 inwoners)"),
            Some((160_000, true))
        );
        assert!(gemeente_population("Gemeente Den Haag")
            .is_some_and(|(p, stated)| p > 500_000 && !stated));
        assert!(gemeente_population("Gemeente Huizen").is_some_and(|(p, _)| p < 100_000));
        assert_eq!(gemeente_population("Stichting Erfgoed Twente"), None);
    }
}
