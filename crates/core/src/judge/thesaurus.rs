//! The curated thesaurus: what a criterion's words mean in a CV. Reviewed data, kept in one
//! place. Every term is folded (lower case, no diacritics); terms of four letters or fewer
//! must start a word, longer ones may sit inside compounds.
//!
//! A concept has `triggers` (words in a criterion that name it) and `evidence` (words in a CV
//! that show it). `with` terms, when present, must stand on the same CV line as the evidence
//! ("adviseren" with a bestuurder).

pub struct Concept {
    pub id: &'static str,
    pub triggers: &'static [&'static str],
    pub evidence: &'static [&'static str],
    pub with: &'static [&'static str],
}

const BESTUURDERS: &[&str] = &[
    "burgemeester",
    "wethouder",
    "gedeputeerde",
    "commissaris van de koning",
    "cvdk",
    "minister",
    "staatssecretaris",
    "dijkgraaf",
    "heemraad",
    "college van b",
    "college van burgemeester",
    "gedeputeerde staten",
    "portefeuillehouder",
    "bestuurder",
    "mayor",
    "alderman",
    "aldermen",
    "executive board",
    "het college",
    "college van b",
    "college van gs",
    "college van gedeputeerde",
    "voor het college",
    "aan het college",
];

/// Concepts, most specific first: the first concept whose trigger a criterion part contains wins.
pub static CONCEPTS: &[Concept] = &[
    // --- Participation ---
    // Residents taking part, as CVs show it: the meetings and forms it takes.
    Concept {
        id: "resident_participation",
        triggers: &[
            "bewonersparticipatie",
            "burgerparticipatie",
            "inwonersparticipatie",
            "participatie met bewoners",
            "participatie van bewoners",
            "resident participation",
            "citizen participation",
        ],
        evidence: &[
            "bewonersparticipatie",
            "burgerparticipatie",
            "inwonersparticipatie",
            "bewonersavond",
            "bewonersbijeenkomst",
            "informatieavond voor bewoners",
            "klankbordgroep",
            "keukentafelgesprek",
            "participatieavond",
            "resident participation",
            "citizen participation",
            "residents' evening",
            "residents evening",
            "sounding board",
        ],
        with: &[],
    },
    // --- Advising and decision-making ---
    Concept {
        id: "advising_executives",
        triggers: &[
            "adviseren van bestuurder",
            "advisering van bestuurder",
            "bestuurlijke advisering",
            "bestuurlijk advies",
            "adviseren van het bestuur",
            "advising executives",
            "advising the board",
        ],
        evidence: &["advis", "advie", "advice", "advising", "sparringpartner"],
        with: BESTUURDERS,
    },
    Concept {
        id: "decision_making",
        triggers: &["besluitvorming"],
        evidence: &[
            "besluitvorming",
            "collegevoorstel",
            "raadsvoorstel",
            "decision-making",
            "besluitroute",
        ],
        with: &[],
    },
    Concept {
        id: "preparing",
        triggers: &["voorbereiden", "voorbereiding"],
        evidence: &["voorbereid", "voorbereiding", "prepar"],
        with: &[],
    },
    Concept {
        id: "coordinating",
        triggers: &["coordineren", "coordinatie"],
        evidence: &["coordin"],
        with: &[],
    },
    Concept {
        id: "monitoring",
        triggers: &["bewaken", "bewaking", "monitoren"],
        evidence: &["bewak", "bewaking", "monitor", "bewaakt"],
        with: &[],
    },
    Concept {
        id: "college",
        triggers: &["college"],
        evidence: &[
            "college",
            "b&w",
            "gedeputeerde staten",
            "burgemeester en wethouders",
        ],
        with: &[],
    },
    // The elected assemblies, one tier each: a gemeente's raad is not the provincie's Staten,
    // a waterschap's algemeen bestuur or the Tweede Kamer (Gemeentewet art. 7, Provinciewet
    // art. 7, Waterschapswet art. 10, Grondwet art. 51). A CV shows the assembly of its tier
    // by its organs and members; "Statenleden" never shows "gemeenteraadsleden".
    Concept {
        id: "provincial_council",
        triggers: &[
            "provinciale staten",
            "statenleden",
            "statenlid",
            "statencommissie",
            "statengriffie",
            "statenvergadering",
            "provincial council",
        ],
        evidence: &[
            "provinciale staten",
            "statenleden",
            "statenlid",
            "statencommissie",
            "statengriffie",
            "statenvergadering",
            "statendebat",
            "statenfractie",
            "provincial council",
        ],
        with: &[],
    },
    Concept {
        id: "parliament",
        triggers: &[
            "tweede kamer",
            "eerste kamer",
            "kamerleden",
            "kamercommissie",
            "staten-generaal",
        ],
        evidence: &[
            "tweede kamer",
            "eerste kamer",
            "kamerleden",
            "kamerlid",
            "kamercommissie",
            "kamervragen",
            "kamerbrief",
            "staten-generaal",
            "house of representatives",
            "parliament",
        ],
        with: &[],
    },
    // A waterschap's assembly (Waterschapswet art. 10); a GR's algemeen bestuur is named
    // the same way and is shown the same way.
    Concept {
        id: "general_board",
        triggers: &["algemeen bestuur"],
        evidence: &["algemeen bestuur", "ab-vergadering", "ab-leden"],
        with: &[],
    },
    Concept {
        id: "council",
        triggers: &["raad", "gemeenteraad", "municipal council"],
        evidence: &["raad", "gemeenteraad", "council"],
        with: &[],
    },
    Concept {
        id: "management_board",
        triggers: &["directie"],
        evidence: &[
            "directie",
            "directeur",
            "management team",
            "managementteam",
            "mt-",
        ],
        with: &[],
    },
    // --- Meetings ---
    Concept {
        id: "minutes",
        triggers: &["notuleren", "notulen", "verslaglegging"],
        evidence: &[
            "notuleren",
            "notulen",
            "notuleert",
            "verslaglegging",
            "verslag",
            "minutes",
        ],
        with: &[],
    },
    Concept {
        id: "action_list",
        triggers: &["actielijst", "actiepunten"],
        evidence: &["actielijst", "actiepunten", "action list"],
        with: &[],
    },
    Concept {
        id: "action_follow_up",
        triggers: &[
            "bewaken dat de acties",
            "acties worden uitgevoerd",
            "opvolging van acties",
        ],
        evidence: &[
            "acties worden uitgevoerd",
            "bewaken dat de acties",
            "opvolging van de acties",
            "opvolging van acties",
            "bewaken van de acties",
            "bewaakt de acties",
        ],
        with: &[],
    },
    // --- Cooperation ---
    Concept {
        id: "external_parties",
        triggers: &[
            "externe partijen",
            "externe partners",
            "external parties",
            "stakeholders",
        ],
        evidence: &[
            "samenwerking met",
            "samenwerken met",
            "afstemming met",
            "in overleg met",
            "overleg met",
            "collaboration",
            "cooperation",
            "ketenpartners",
            "partners",
        ],
        with: &[],
    },
    Concept {
        id: "government",
        triggers: &["overheid", "government"],
        evidence: &[
            "gemeente",
            "provincie",
            "ministerie",
            "rijk",
            "waterschap",
            "municipality",
            "ministry",
            "province",
            "regiogemeenten",
        ],
        with: &[],
    },
    Concept {
        id: "civil_society_partners",
        triggers: &[
            "maatschappelijke partner",
            "maatschappelijke organisatie",
            "civil society",
            "civil-society",
        ],
        evidence: &[
            "maatschappelijke partner",
            "maatschappelijke organisatie",
            "vluchtelingenwerk",
            "welzijn",
            "zorg- en welzijn",
            "civil-society",
            "civil society",
            "ngo",
            "zorgaanbieder",
            "wijkteam",
            "onderwijsbestur",
            "woningcorporatie",
        ],
        with: &[],
    },
    Concept {
        id: "implementing_agencies",
        triggers: &["uitvoeringsorganisatie", "implementing agenc"],
        evidence: &[
            "uitvoeringsorganisatie",
            "coa",
            "uwv",
            "ind",
            "svb",
            "duo",
            "cak",
            "cjib",
            "implementing agenc",
            "belastingdienst",
            "rvo",
        ],
        with: &[],
    },
    Concept {
        id: "multidisciplinary",
        triggers: &[
            "multidisciplinair",
            "multidisciplinary",
            "interdisciplinair",
        ],
        evidence: &[
            "multidisciplinair",
            "multidisciplinary",
            "interdisciplinair",
            "multi-disciplinair",
        ],
        with: &[],
    },
    // --- Information management ---
    Concept {
        id: "information_law",
        triggers: &[
            "archiefwetgeving",
            "informatie- en archiefwet",
            "informatiewetgeving",
            "archiefwet",
        ],
        evidence: &[
            "archiefwet",
            "archiefregeling",
            "wet open overheid",
            "woo",
            "wob",
            "archives act",
        ],
        with: &[],
    },
    Concept {
        id: "digital_information",
        triggers: &[
            "digitale informatievoorziening",
            "informatievoorziening",
            "digitalisering",
        ],
        evidence: &[
            "digitale informatie",
            "informatievoorziening",
            "digitalisering",
            "e-depot",
            "zaaksysteem",
            "documentmanagement",
            "digitale dossier",
            "digitaal archi",
            "digitale archi",
        ],
        with: &[],
    },
    Concept {
        id: "archiving",
        triggers: &["archivering", "archiveren", "archief"],
        evidence: &["archiver", "archief", "e-depot", "archival"],
        with: &[],
    },
    Concept {
        id: "hotspot_monitor",
        triggers: &["hotspotmonitor", "hotspot-monitor", "hotspot monitor"],
        evidence: &["hotspotmonitor", "hotspot-monitor", "hotspot monitor"],
        with: &[],
    },
    Concept {
        id: "heritage",
        triggers: &[
            "erfgoed",
            "cultuurhistorie",
            "cultuurhistorisch",
            "heritage",
        ],
        evidence: &["erfgoed", "cultuurhistori", "heritage", "historische"],
        with: &[],
    },
    // --- Public health (Wet publieke gezondheid: GGD tasks) ---
    Concept {
        id: "public_health",
        // The domain, not the law: "Kennis van de Wet publieke gezondheid" asks the Wpg itself.
        triggers: &[
            "publieke gezondheidsdomein",
            "publieke gezondheidszorg",
            "openbare gezondheidszorg",
            "in de publieke gezondheid",
            "domein publieke gezondheid",
            "in public health",
            "public health domain",
            "public health sector",
        ],
        evidence: &[
            "ggd",
            "publieke gezondheid",
            "public health",
            "openbare gezondheidszorg",
            "infectieziektebestrijding",
            "infectieziekten",
            "bron- en contactonderzoek",
            "bron en contactonderzoek",
            "contact tracing",
            "vaccinatie",
            "vaccinator",
            "jeugdgezondheidszorg",
            "tuberculosebestrijding",
            "medische milieukunde",
            "technische hygienezorg",
            "rivm",
        ],
        with: &[],
    },
    Concept {
        id: "societal_developments",
        triggers: &["maatschappelijke ontwikkelingen", "societal developments"],
        evidence: &[
            "maatschappelijke ontwikkeling",
            "societal development",
            "maatschappelijke thema",
        ],
        with: &[],
    },
    // --- Childcare (Wet kinderopvang) ---
    // The forms of childcare each name their own kind of provision; their "opvang" is no
    // reception of refugees. "Kinderopvang" covers every form.
    Concept {
        id: "childminding",
        triggers: &[
            "gastouderopvang",
            "gastouderbureau",
            "childminding",
            "childminder",
        ],
        evidence: &["gastouder", "childminder", "childminding"],
        with: &[],
    },
    Concept {
        id: "out_of_school_care",
        triggers: &[
            "buitenschoolse opvang",
            "out-of-school care",
            "after-school care",
        ],
        evidence: &[
            "buitenschoolse opvang",
            "bso",
            "out-of-school care",
            "after-school care",
        ],
        with: &[],
    },
    Concept {
        id: "preschool_care",
        triggers: &["peuteropvang", "peuterspeelzaal"],
        evidence: &["peuteropvang", "peuterspeelzaal"],
        with: &[],
    },
    Concept {
        id: "childcare",
        triggers: &[
            "kinderopvang",
            "childcare",
            "child care",
            "day care",
            "daycare",
        ],
        evidence: &[
            "kinderopvang",
            "kinderdagverblijf",
            "gastouder",
            "buitenschoolse opvang",
            "bso",
            "peuteropvang",
            "childcare",
            "child care",
            "day care",
            "daycare",
        ],
        with: &[],
    },
    // --- Social domain and migration ---
    Concept {
        id: "refugee_reception",
        triggers: &[
            "vluchteling",
            "vluchtelingenbeleid",
            "opvang",
            "asiel",
            "ontheemd",
            "refugee",
        ],
        evidence: &[
            "vluchteling",
            "opvang",
            "asiel",
            "ontheemd",
            "azc",
            "refugee",
            "asylum",
            "reception",
            "coa",
            "spreidingswet",
            "statushouder",
            "vergunninghouder",
        ],
        with: &[],
    },
    Concept {
        id: "housing",
        triggers: &["huisvesting", "housing"],
        evidence: &[
            "huisvesting",
            "housing",
            "woningcorporatie",
            "taakstelling",
            "woonruimte",
        ],
        with: &[],
    },
    Concept {
        id: "integration",
        triggers: &["integratie", "inburgering", "integration"],
        evidence: &[
            "integratie",
            "inburgering",
            "integration",
            "civic integration",
        ],
        with: &[],
    },
    Concept {
        id: "social_domain",
        triggers: &[
            "sociaal domein",
            "sociale domein",
            "social domain",
            "domein samenleving",
        ],
        evidence: &[
            "sociaal domein",
            "sociale domein",
            "social domain",
            "domein samenleving",
            "wmo",
            "participatiewet",
            "jeugdwet",
            "jeugdhulp",
            "social support",
        ],
        with: &[],
    },
    Concept {
        id: "department_heads",
        triggers: &["afdelingshoofd"],
        evidence: &[
            "afdelingshoofd",
            "afdelingsmanager",
            "head of department",
            "heads of department",
        ],
        with: &[],
    },
    Concept {
        id: "domain_wide",
        triggers: &["domeinbre"],
        evidence: &["domeinbre", "domeinoverstijgend", "integrale opgave"],
        with: &[],
    },
    Concept {
        id: "supporting",
        triggers: &["ondersteunen", "ondersteuning"],
        evidence: &["ondersteun", "support"],
        with: &[],
    },
    // --- Coordination and overview ---
    Concept {
        id: "strategic_coordination",
        triggers: &["strategische coordinatie", "strategic coordination"],
        evidence: &[
            "strategische coordinatie",
            "strategic coordination",
            "strategische regie",
        ],
        with: &[],
    },
    Concept {
        id: "process_direction",
        triggers: &["procesregie", "process direction"],
        evidence: &[
            "procesregie",
            "procesregisseur",
            "regie op",
            "process direction",
        ],
        with: &[],
    },
    Concept {
        id: "overview_and_structure",
        triggers: &[
            "overzicht en structuur",
            "overzicht creeren",
            "structuur aanbrengen",
            "overview and structure",
        ],
        evidence: &[
            "overzicht en structuur",
            "structuur aan",
            "overzicht opgezet",
            "integraal overzicht",
            "overview",
            "structure",
        ],
        with: &["project", "programma", "traject", "referentie", "reference"],
    },
];

/// Role families: a criterion's role word and the CV titles that count as that role.
/// "Soortgelijk" (similar) widens to `similar`.
pub struct RoleFamily {
    pub id: &'static str,
    pub triggers: &'static [&'static str],
    pub titles: &'static [&'static str],
    pub similar: &'static [&'static str],
}

pub static ROLES: &[RoleFamily] = &[
    // Field roles (ICT, data, social domain, enforcement): the Dutch title, its English title
    // and the names gemeenten use for the same post.
    RoleFamily {
        id: "functional_administrator",
        triggers: &[
            "functioneel beheerder",
            "functional administrator",
            "functioneel applicatiebeheerder",
        ],
        titles: &[
            "functioneel beheerder",
            "functional administrator",
            "functioneel applicatiebeheerder",
            "functional application manager",
        ],
        similar: &[
            "functioneel beheerder",
            "functional administrator",
            "applicatiebeheerder",
            "application manager",
            "informatiebeheerder",
        ],
    },
    RoleFamily {
        id: "data_analyst",
        triggers: &[
            "data analyst",
            "data-analist",
            "data analist",
            "bi developer",
            "bi-developer",
            "bi specialist",
            "bi-specialist",
        ],
        titles: &[
            "data analyst",
            "data-analist",
            "data analist",
            "bi developer",
            "bi-developer",
            "bi specialist",
            "bi-specialist",
            // The same BI work under the names employers and agencies give it.
            "bi-consultant",
            "bi consultant",
            "bi-ontwikkelaar",
            "bi ontwikkelaar",
            "business intelligence",
        ],
        similar: &[
            "data analyst",
            "data-analist",
            "data analist",
            "bi developer",
            "bi-developer",
            "bi specialist",
            "bi-specialist",
            "business intelligence",
            "data scientist",
            "data engineer",
        ],
    },
    RoleFamily {
        id: "wmo_consultant",
        triggers: &["wmo-consulent", "wmo consulent", "consulent wmo"],
        titles: &[
            "wmo-consulent",
            "wmo consulent",
            "consulent wmo",
            "consulent maatschappelijke ondersteuning",
        ],
        similar: &[
            "wmo-consulent",
            "wmo consulent",
            "consulent wmo",
            "consulent maatschappelijke ondersteuning",
            "consulent sociaal domein",
            "klantmanager wmo",
        ],
    },
    RoleFamily {
        id: "enforcement_officer",
        triggers: &["boa", "buitengewoon opsporingsambtenaar", "handhaver"],
        titles: &[
            "boa",
            "buitengewoon opsporingsambtenaar",
            "handhaver openbare ruimte",
        ],
        similar: &[
            "boa",
            "buitengewoon opsporingsambtenaar",
            "handhaver",
            "toezichthouder openbare ruimte",
        ],
    },
    RoleFamily {
        id: "scrum_master",
        triggers: &["scrum master", "scrummaster"],
        titles: &["scrum master", "scrummaster"],
        similar: &["scrum master", "scrummaster", "agile coach"],
    },
    RoleFamily {
        id: "cloud_engineer",
        triggers: &["cloud engineer"],
        titles: &[
            "cloud engineer",
            "azure engineer",
            "cloud platform engineer",
        ],
        similar: &[
            "cloud engineer",
            "azure engineer",
            "cloud platform engineer",
            "cloud architect",
            "devops engineer",
        ],
    },
    RoleFamily {
        id: "secretary",
        triggers: &["secretaris", "secretary"],
        titles: &["secretaris", "secretary"],
        similar: &["secretaris", "secretary"],
    },
    RoleFamily {
        id: "process_facilitator",
        triggers: &[
            "procesbegeleider",
            "procesbegeleiding",
            "process facilitator",
        ],
        titles: &["procesbegeleider", "process facilitator"],
        similar: &[
            "procesbegeleider",
            "procesregisseur",
            "procesmanager",
            "process facilitator",
            "process manager",
        ],
    },
    RoleFamily {
        id: "project_lead",
        triggers: &["projectleider", "project manager", "projectmanager"],
        titles: &[
            "projectleider",
            "projectmanager",
            "project manager",
            "project lead",
        ],
        similar: &[
            "projectleider",
            "projectmanager",
            "project manager",
            "programmamanager",
            "kwartiermaker",
        ],
    },
    RoleFamily {
        id: "programme_manager",
        triggers: &["programmamanager", "programme manager", "program manager"],
        titles: &["programmamanager", "programme manager", "program manager"],
        similar: &["programmamanager", "programmaleider", "programme manager"],
    },
    RoleFamily {
        id: "policy_advisor",
        triggers: &["beleidsadviseur", "policy advisor", "policy adviser"],
        titles: &[
            "beleidsadviseur",
            "policy advisor",
            "policy adviser",
            "senior beleidsadviseur",
        ],
        similar: &[
            "beleidsadviseur",
            "beleidsmedewerker",
            "policy advisor",
            "policy officer",
        ],
    },
    // ASSESSOR rule 5, roles by meaning: a doctor's title is a compound ("jeugdarts") or
    // "arts" with the domain after it ("arts JGZ", "arts jeugdgezondheidszorg"), or the
    // English title. Source: the KNMG/RGS profiles of "arts Maatschappij en Gezondheid"
    // (profielen jeugdgezondheidszorg, infectieziektebestrijding, arbeid en gezondheid).
    RoleFamily {
        id: "youth_doctor",
        triggers: &[
            "jeugdarts",
            "arts jgz",
            "jgz-arts",
            "youth health physician",
        ],
        titles: &[
            "jeugdarts",
            "arts jgz",
            "jgz-arts",
            "jgz arts",
            "arts jeugdgezondheidszorg",
            "arts maatschappij en gezondheid, profiel jeugdgezondheidszorg",
            "youth health physician",
            "youth healthcare physician",
            "school doctor",
        ],
        similar: &[
            "jeugdarts",
            "arts jgz",
            "jgz-arts",
            "jgz arts",
            "arts jeugdgezondheidszorg",
            "youth health physician",
            "youth healthcare physician",
        ],
    },
    RoleFamily {
        id: "occupational_physician",
        triggers: &["bedrijfsarts", "occupational physician"],
        titles: &[
            "bedrijfsarts",
            "arts arbeid en gezondheid",
            "arts a&g",
            "occupational physician",
        ],
        similar: &[
            "bedrijfsarts",
            "arts arbeid en gezondheid",
            "arts a&g",
            "occupational physician",
            "verzekeringsarts",
        ],
    },
    RoleFamily {
        id: "infectious_disease_physician",
        triggers: &[
            "arts infectieziektebestrijding",
            "arts izb",
            "infectious disease physician",
        ],
        titles: &[
            "arts infectieziektebestrijding",
            "arts izb",
            "izb-arts",
            "arts algemene gezondheidszorg, infectieziektebestrijding",
            "infectious disease physician",
        ],
        similar: &[
            "arts infectieziektebestrijding",
            "arts izb",
            "izb-arts",
            "infectious disease physician",
        ],
    },
    RoleFamily {
        id: "coordinator",
        triggers: &["coordinator"],
        titles: &["coordinator"],
        similar: &["coordinator", "teamleider"],
    },
    // ASSESSOR rule 5, roles by meaning: a leidinggevende is whoever leads a team
    // hierarchically, whatever the post is called. A project or account "manager" leads no
    // staff, so only the team and line forms count.
    RoleFamily {
        id: "line_manager",
        triggers: &["leidinggevende", "people manager", "line manager"],
        titles: &[
            "leidinggevende",
            "teamleider",
            "teammanager",
            "team manager",
            "afdelingsmanager",
            "afdelingshoofd",
            "unitmanager",
            "clustermanager",
            "sectormanager",
            "hoofd ",
            "head of",
            "team lead",
            "team leader",
            "people manager",
            "line manager",
        ],
        similar: &[
            "leidinggevende",
            "teamleider",
            "teammanager",
            "team manager",
            "afdelingsmanager",
            "afdelingshoofd",
            "unitmanager",
            "clustermanager",
            "sectormanager",
            "hoofd ",
            "head of",
            "team lead",
            "team leader",
            "people manager",
            "line manager",
            "coordinator",
        ],
    },
    // A planoloog by the names gemeenten give the post.
    RoleFamily {
        id: "planner",
        triggers: &["planoloog", "spatial planner", "urban planner"],
        titles: &[
            "planoloog",
            "planologisch medewerker",
            "planologisch adviseur",
            "planologisch beleidsmedewerker",
            "medewerker ruimtelijke ordening",
            "adviseur ruimtelijke ordening",
            "beleidsmedewerker ruimtelijke ordening",
            "beleidsadviseur ruimtelijke ordening",
            "spatial planner",
            "urban planner",
        ],
        similar: &[
            "planoloog",
            "planologisch",
            "ruimtelijke ordening",
            "ruimtelijk adviseur",
            "ruimtelijke ontwikkeling",
            "stedenbouwkundige",
            "spatial planner",
            "urban planner",
        ],
    },
    // The FG is a statutory post (art. 37–39 AVG): a privacy officer or adviser is not one.
    RoleFamily {
        id: "data_protection_officer",
        triggers: &[
            "functionaris gegevensbescherming",
            "data protection officer",
            "fg",
            "dpo",
        ],
        titles: &[
            "functionaris gegevensbescherming",
            "functionaris voor de gegevensbescherming",
            "data protection officer",
            "fg",
            "dpo",
        ],
        similar: &[
            "privacy",
            "gegevensbescherming",
            "data protection",
            "dpo",
            "fg",
        ],
    },
    RoleFamily {
        id: "privacy_officer",
        triggers: &["privacy officer", "privacy-officer"],
        titles: &[
            "privacy officer",
            "privacy-officer",
            "functionaris gegevensbescherming",
            "data protection officer",
            "dpo",
            "privacyadviseur",
            "privacy adviseur",
        ],
        similar: &["privacy", "gegevensbescherming", "data protection", "dpo"],
    },
    RoleFamily {
        id: "purchasing_advisor",
        triggers: &[
            "inkoopadviseur",
            "inkoper",
            "adviseur inkoop",
            "procurement",
        ],
        titles: &[
            "inkoopadviseur",
            "inkoper",
            "adviseur inkoop",
            "procurement",
            "aanbestedingsadviseur",
        ],
        similar: &[
            "inkoopadviseur",
            "inkoper",
            "aanbestedingsadviseur",
            "contractmanager",
            "procurement",
        ],
    },
    RoleFamily {
        id: "contract_manager",
        triggers: &["contractmanager", "contract manager"],
        titles: &["contractmanager", "contract manager"],
        similar: &["contractmanager", "contract manager", "leveranciersmanager"],
    },
    RoleFamily {
        id: "lawyer",
        triggers: &["jurist", "juridisch adviseur", "legal counsel", "lawyer"],
        titles: &[
            "jurist",
            "juridisch adviseur",
            "legal counsel",
            "lawyer",
            "advocaat",
        ],
        similar: &["jurist", "juridisch", "legal", "advocaat"],
    },
    RoleFamily {
        id: "communication_advisor",
        triggers: &[
            "communicatieadviseur",
            "adviseur communicatie",
            "communications advisor",
        ],
        titles: &[
            "communicatieadviseur",
            "adviseur communicatie",
            "communications advisor",
            "woordvoerder",
        ],
        similar: &["communicatie", "woordvoerder", "communications"],
    },
    RoleFamily {
        id: "hr_advisor",
        triggers: &[
            "hr-adviseur",
            "hr adviseur",
            "personeelsadviseur",
            "hr advisor",
        ],
        titles: &[
            "hr-adviseur",
            "hr adviseur",
            "personeelsadviseur",
            "hr advisor",
            "hr business partner",
        ],
        similar: &["hr", "p&o", "personeel"],
    },
    RoleFamily {
        id: "information_manager",
        triggers: &[
            "informatiemanager",
            "informatiebeheerder",
            "information manager",
        ],
        titles: &[
            "informatiemanager",
            "informatiebeheerder",
            "information manager",
        ],
        similar: &[
            "informatiemanager",
            "informatiebeheer",
            "informatieadviseur",
            "information",
        ],
    },
    RoleFamily {
        id: "architect",
        triggers: &["architect"],
        titles: &["architect"],
        similar: &["architect"],
    },
    RoleFamily {
        id: "developer",
        triggers: &["ontwikkelaar", "developer", "programmeur"],
        titles: &["ontwikkelaar", "developer", "programmeur", "engineer"],
        similar: &["ontwikkelaar", "developer", "engineer", "programmeur"],
    },
    RoleFamily {
        id: "controller",
        triggers: &["controller"],
        titles: &["controller"],
        similar: &["controller", "financieel adviseur"],
    },
    // A consultant is an adviseur by another name (ASSESSOR rule 5: roles by meaning); what
    // the advice is about is asked by the words around the title.
    RoleFamily {
        id: "advisor",
        triggers: &["adviseur", "advisor", "adviser"],
        titles: &["adviseur", "advisor", "adviser", "consultant"],
        similar: &["adviseur", "advisor", "adviser", "consultant"],
    },
];

/// Organisation words in a criterion ("bij een overheid", "binnen een gemeente").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgKind {
    Government,
    Gemeente,
    Provincie,
    Waterschap,
    Ministerie,
    Zbo,
    ImplementingAgency,
    /// A gemeenschappelijke regeling: GGD, veiligheidsregio, omgevingsdienst, a regional
    /// werkorganisatie. Public (ASSESSOR rule 19), but not "a gemeente".
    JointArrangement,
}

/// Leads of a scope a criterion names only to lift it ("binnen of buiten de overheid",
/// "ongeacht de sector", "in welke organisatie dan ook", "in the public or private sector"):
/// from the lead to the next comma, bracket or semicolon nothing constrains the employer.
/// Folded.
pub static NO_SCOPE_LEADS: &[&str] = &[
    "binnen of buiten",
    "binnen en buiten",
    "in of buiten",
    "bij of buiten",
    "zowel binnen als buiten",
    "ongeacht",
    "welke organisatie dan ook",
    "welk type organisatie dan ook",
    "welke sector dan ook",
    "publiek of privaat",
    "publieke of private",
    "overheid of bedrijfsleven",
    "overheid of het bedrijfsleven",
    "bedrijfsleven of overheid",
    "regardless of",
    "irrespective of",
    "inside or outside",
    "within or outside",
    "public or private",
    "any sector",
    "any organisation",
    "any organization",
];

pub static ORG_TRIGGERS: &[(&str, OrgKind)] = &[
    ("overheidsorganisatie", OrgKind::Government),
    ("overheidsinstelling", OrgKind::Government),
    ("overheid", OrgKind::Government),
    ("government", OrgKind::Government),
    ("publieke sector", OrgKind::Government),
    ("public sector", OrgKind::Government),
    ("zelfstandig bestuursorgaan", OrgKind::Zbo),
    ("zbo", OrgKind::Zbo),
    ("uitvoeringsorganisatie", OrgKind::ImplementingAgency),
    ("gemeenschappelijke regeling", OrgKind::JointArrangement),
    (
        "regionale uitvoeringsorganisatie",
        OrgKind::JointArrangement,
    ),
    ("regionale uitvoeringsdienst", OrgKind::JointArrangement),
    ("veiligheidsregio", OrgKind::JointArrangement),
    ("omgevingsdienst", OrgKind::JointArrangement),
    ("ggd", OrgKind::JointArrangement),
    ("riec", OrgKind::JointArrangement),
    ("werkorganisatie", OrgKind::JointArrangement),
    ("joint arrangement", OrgKind::JointArrangement),
    ("gemeente", OrgKind::Gemeente),
    ("municipality", OrgKind::Gemeente),
    ("provincie", OrgKind::Provincie),
    ("province", OrgKind::Provincie),
    ("waterschap", OrgKind::Waterschap),
    ("ministerie", OrgKind::Ministerie),
    ("ministry", OrgKind::Ministerie),
    ("rijksoverheid", OrgKind::Ministerie),
    // An agentschap is part of its ministerie (Register van Overheidsorganisaties): Logius,
    // DUO, RVO, Rijkswaterstaat.
    ("agentschap", OrgKind::Ministerie),
    ("rijksdienst", OrgKind::Ministerie),
    ("executive agency", OrgKind::Ministerie),
];

/// Certificates and their spellings in CVs.
pub static CERTIFICATES: &[(&str, &[&str])] = &[
    ("prince2", &["prince2", "prince 2", "prince ii"]),
    ("nevi", &["nevi"]),
    ("itil", &["itil"]),
    ("ipma", &["ipma"]),
    ("pmp", &["pmp"]),
    ("scrum", &["scrum", "psm", "csm"]),
    ("safe", &["safe"]),
    ("lean", &["lean", "six sigma"]),
    ("togaf", &["togaf"]),
    ("cipp", &["cipp"]),
    ("cissp", &["cissp"]),
    ("bhv", &["bhv"]),
];

/// Licences and registrations a knock-out asks a candidate to hold, one row per licence with
/// its names in Dutch and English (folded, words apart). A licence is shown by being named
/// anywhere in the CV (a sidebar, a "Rijbewijs B" line, "Driving licence: B, BE"), never by
/// the job text; the certificate rule judges it. A category ("B", "BE", "C") after the name
/// stays part of what is asked.
pub static LICENCES: &[&[&str]] = &[
    &[
        "rijbewijs",
        "driving licence",
        "driving license",
        "driver's licence",
        "driver's license",
        "drivers licence",
        "drivers license",
        "driver licence",
        "driver license",
    ],
    &[
        "vca",
        "veiligheid, gezondheid en milieu checklist aannemers",
        "safety, health and environment checklist contractors",
    ],
    &[
        "big-registratie",
        "big registratie",
        "big-register",
        "big register",
        "big-geregistreerd",
        "big geregistreerd",
        "big registration",
        "big-registered",
        "big registered",
    ],
];

/// Professional registers a criterion may ask a candidate to be in: each row the register's
/// acronyms (as written on a CV line with "registratie", "-nummer", "geregistreerd") and its
/// spelled-out names. Folded. Sources: the registers' own sites (BIG-register, RGS of the
/// KNMG, Stichting Kwaliteitsregister Jeugd, NIP, KNGF, Kwaliteitsregister V&V of V&VN, NOAB,
/// Register Belastingadviseurs).
pub static REGISTERS: &[&[&str]] = &[
    &["big", "beroepen in de individuele gezondheidszorg"],
    &["rgs", "registratiecommissie geneeskundig specialisten"],
    &["skj", "kwaliteitsregister jeugd"],
    &["nip", "nederlands instituut van psychologen"],
    &[
        "kngf",
        "koninklijk nederlands genootschap voor fysiotherapie",
    ],
    &["v&v", "kwaliteitsregister v&v"],
    &["noab"],
    &["rb", "register belastingadviseurs"],
];

/// Agents in "-ator" that do the act their "-atie" noun names, so they show it: a
/// coördinator coordinates ("coördinatie"), a facilitator facilitates. Every other "-ator"
/// word is another thing than its "-atie" noun: "indicatoren" are no "indicaties", an
/// "organisator" is no "organisatie", an "administrator" keeps no "administratie", a
/// "generator" or "simulator" is a device. Folded, as written at the word's start.
pub static AGENTS_OF_THE_ACT: &[&str] = &[
    "coordinator",
    "facilitator",
    "mediator",
    "moderator",
    "evaluator",
    "implementator",
];

/// Leads of a qualifier that names the law a thing falls under ("indicaties voor de Wmo",
/// "beschikkingen in het kader van de Jeugdwet", "besluiten op grond van de Omgevingswet",
/// "maatwerkvoorschriften onder de Omgevingswet", "decisions under the Wmo"): the law must
/// show with the thing. Longer leads first.
pub static LAW_QUALIFIER_LEADS: &[&str] = &[
    " in het kader van ",
    " op grond van ",
    " op basis van ",
    " ingevolge ",
    " krachtens ",
    " vanuit ",
    " onder ",
    " voor ",
    " binnen ",
    " under ",
    " for ",
    " within ",
];

/// Names and their abbreviations, as postings and CVs write both ("de Wet open overheid (Woo)",
/// "titel 4.2 Awb"): either form shows the other. Sources: the laws' own citation titles
/// (wetten.overheid.nl), the BIO and DSO programme pages, common sector usage.
pub static ABBREVIATIONS: &[(&str, &[&str])] = &[
    ("algemene wet bestuursrecht", &["awb"]),
    ("wet open overheid", &["woo"]),
    ("wet openbaarheid van bestuur", &["wob"]),
    ("algemene verordening gegevensbescherming", &["avg", "gdpr"]),
    ("general data protection regulation", &["gdpr", "avg"]),
    ("baseline informatiebeveiliging overheid", &["bio"]),
    ("wet maatschappelijke ondersteuning", &["wmo"]),
    (
        "wet administratiefrechtelijke handhaving verkeersvoorschriften",
        &["wahv", "wet mulder"],
    ),
    ("mulderbeschikking", &["wahv", "wet mulder"]),
    ("wet kwaliteitsborging voor het bouwen", &["wkb"]),
    ("wet verbetering poortwachter", &["poortwachter", "wvp"]),
    ("gemeentelijk rioleringsplan", &["grp"]),
    ("integraal huisvestingsplan", &["ihp"]),
    ("integraal kindcentrum", &["ikc"]),
    ("digitaal stelsel omgevingswet", &["dso"]),
    ("single information single audit", &["sisa"]),
    ("functionaris gegevensbescherming", &["fg"]),
    ("data protection impact assessment", &["dpia"]),
    ("gegevensbeschermingseffectbeoordeling", &["dpia"]),
    (
        "uniforme administratieve voorwaarden geintegreerde contractvormen",
        &["uav-gc"],
    ),
    ("gemeentelijke inkoopvoorwaarden bij it", &["gibit"]),
    (
        "algemene rijksvoorwaarden bij it-overeenkomsten",
        &["arbit"],
    ),
    ("autoriteit persoonsgegevens", &["ap"]),
    ("buitengewoon opsporingsambtenaar", &["boa"]),
    ("gedeputeerde staten", &["gs"]),
    ("klantcontactcentrum", &["kcc"]),
    ("wet kinderopvang", &["wko"]),
    ("wet ruimtelijke ordening", &["wro"]),
    ("kaderrichtlijn water", &["krw"]),
    ("deltaplan ruimtelijke adaptatie", &["dpra"]),
    ("wet vereenvoudiging beslagvrije voet", &["wvbvv"]),
    // Decentral finance: the BBV and the treasury rules by their citation titles.
    (
        "besluit begroting en verantwoording provincies en gemeenten",
        &["bbv"],
    ),
    (
        "regeling uitzettingen en derivaten decentrale overheden",
        &["ruddo"],
    ),
    (
        "wet financiering decentrale overheden",
        &["wet fido", "fido"],
    ),
    // Burgerzaken: the BRP law and its predecessor by their citation titles.
    ("wet basisregistratie personen", &["wet brp"]),
    (
        "wet gemeentelijke basisadministratie persoonsgegevens",
        &["wet gba"],
    ),
];

/// Kinds of software a posting names a product by ("het registratiesysteem HPZone", "de tool
/// BiZZdesign", "het pakket Suite4Jeugd"): a word that is one of these or a compound ending
/// in one, after an article, is followed by the product's name, and the name is what a CV
/// shows.
pub static KIND_NOUNS: &[&str] = &[
    "systeem",
    "pakket",
    "applicatie",
    "tool",
    "software",
    "platform",
    "system",
    "package",
    "application",
];

/// Dutch words of criteria and the English a CV in English uses for them (stems, folded):
/// a part read from a Dutch criterion's own words is also shown by these English words on
/// one line. Only words with one clear English rendering are listed.
pub static TRANSLATIONS: &[(&str, &str)] = &[
    ("leveranciersoverleg", "supplier meeting"),
    ("sla-rapportag", "sla report"),
    ("contractmanagement", "contract management"),
    ("informatiebeveilig", "information security"),
    ("gegevensbescherm", "data protection"),
    ("datalek", "data breach"),
    ("risicoanalys", "risk analys"),
    ("aanbested", "tender"),
    ("beleidsadvies", "policy advice"),
    ("projectleid", "project lead"),
    ("verandertraject", "change programme"),
    ("stakeholdermanagement", "stakeholder management"),
    ("functioneel beheer", "functional management"),
    ("applicatiebeheer", "application management"),
    ("gemeente", "municipality"),
    ("provincie", "province"),
    ("rijksoverheid", "central government"),
    ("dashboard", "dashboard"),
    ("rapportag", "report"),
    ("jaarrekening", "annual account"),
];

/// Names of fields of study a degree may carry, in Dutch and English: the group's key word
/// and every name of the same field (sources: DUO's CROHO register of programmes and the
/// universities' English programme names). A criterion's field named by any of these (or
/// holding the key) is met by a degree named by any other. Folded.
pub static FIELDS: &[(&str, &[&str])] = &[
    (
        "bestuurskunde",
        &[
            "bestuurskunde",
            "public administration",
            "bestuurswetenschap",
            "overheidsmanagement",
            "bestuur en organisatie",
            "publiek management",
            "public management",
        ],
    ),
    (
        "informatiebeheer",
        &[
            "informatiebeheer",
            "informatiedienstverlening",
            "informatiemanagement",
            "information management",
            "archivistiek",
            "documentaire informatie",
            "informatiekunde",
        ],
    ),
    (
        "archiefwetenschap",
        &[
            "archiefwetenschap",
            "archivistiek",
            "archival",
            "archiefschool",
        ],
    ),
    (
        "rechten",
        &[
            "rechten",
            "rechtsgeleerdheid",
            "law",
            "recht",
            "juridisch",
            "hbo-rechten",
        ],
    ),
    (
        "bedrijfskunde",
        &["bedrijfskunde", "business administration", "management"],
    ),
    (
        "informatica",
        &[
            "informatica",
            "computer science",
            "ict",
            "software engineering",
            "technische informatica",
        ],
    ),
    (
        "communicatie",
        &["communicatie", "communication", "journalistiek"],
    ),
    (
        "sociaal",
        &[
            "social work",
            "sociaal",
            "maatschappelijk werk",
            "sph",
            "cmv",
        ],
    ),
    // CROHO names (DUO, Centraal Register Opleidingen Hoger Onderwijs) and their English
    // programme names.
    (
        "planologie",
        &[
            "planologie",
            "ruimtelijke ordening",
            "ruimtelijke planning",
            "spatial planning",
            "urban planning",
            "urban and regional planning",
        ],
    ),
    (
        "international relations",
        &[
            "international relations",
            "internationale betrekkingen",
            "internationale relaties",
        ],
    ),
    (
        "european studies",
        &["european studies", "europese studies", "europese studien"],
    ),
    (
        "economie",
        &["economie", "economics", "economic", "economisch"],
    ),
];

/// Generic nouns that stand before the names of what is asked ("de standaarden STOP/TPOD",
/// "de methodiek X"): stems a CV need not repeat when the names show. Folded stems as
/// [`crate::judge::matching::content_stems`] gives them.
pub static FILLER_STEMS: &[&str] = &[
    // Verbs of doing, before the thing done ("carrying out inspections", "het uitvoeren van
    // controles"): the thing shows the doing.
    "carry",
    "out",
    "uitvoer",
    "perform",
    "standaard",
    "standard",
    "methodiek",
    "systematiek",
    "werkwijze",
];

/// A small domain glossary: groups of stems (folded) that name the same thing, in Dutch and
/// English. A criterion's own word is also shown by another of its group on the same CV line
/// ("toezicht op kinderdagverblijven" by "inspecties bij kinderdagverblijven",
/// "slaughterhouses" by "slachthuizen"). A stem belongs to a group when it starts with one of
/// its entries. Only words whose meaning does not depend on the field are listed.
pub static GLOSSARY: &[&[&str]] = &[
    &[
        "toezicht",
        "inspectie",
        "inspection",
        "controle",
        "supervision",
    ],
    &["slachthui", "slachterij", "slaughterhous", "abattoir"],
    &["rapportage", "rapport", "report"],
    &["handhaving", "enforcement"],
    &["vergunning", "permit", "licence", "license"],
    &["aanbesteding", "tender", "procurement"],
    &["beleid", "policy"],
    // The verb and its noun: "adviseren" stems to "advis", "advies" and "adviezen" to "advie"
    // ("het adviseren over X" is shown by "brandweeradvies over X").
    &["advis", "advie", "advice"],
    &["gemeente", "municipalit"],
    &["zuivel", "dairy"],
    &["vlees", "meat"],
    &["voedselveiligheid", "food safety"],
    &[
        "rijbewijs",
        "driving licen",
        "driver's licen",
        "drivers licen",
    ],
];

/// Fields of work that go by two names, each naming the same work in a title or a duty
/// (folded). "Externe veiligheid" is called "omgevingsveiligheid" since the Omgevingswet
/// (Besluit kwaliteit leefomgeving, 1 January 2024); "ruimtelijke ordening" is "ruimtelijke
/// ontwikkeling" in many gemeenten' titles.
pub static FIELD_NAMES: &[(&str, &str)] = &[
    ("externe veiligheid", "omgevingsveiligheid"),
    ("ruimtelijke ordening", "ruimtelijke ontwikkeling"),
];

/// Heads of the compound titles of laws and regulations ("Gemeentewet", "Provinciewet",
/// "Waterschapswet", "Omgevingsbesluit", "Afvalstoffenverordening"). Such a title names the
/// law as a whole: its modifier ("gemeente" in "Gemeentewet") is no word of the thing asked,
/// so the glossary and the translations leave it alone (ASSESSOR rule 5: the Provinciewet is
/// not the Gemeentewet). Source: the citation titles on wetten.overheid.nl.
pub static LAW_TITLE_HEADS: &[&str] = &[
    "wet",
    "wetboek",
    "besluit",
    "regeling",
    "verordening",
    // The stem of "verordening" ("huisvestingsverorden").
    "verorden",
    "reglement",
];

/// Whether a folded word or its stem is the compound title of a law or regulation: a modifier of at least
/// four letters before a head of [`LAW_TITLE_HEADS`] ("gemeentewet", "omgevingsbesluit"; not
/// "wet" or "besluitvorming").
pub fn is_law_title(stem: &str) -> bool {
    LAW_TITLE_HEADS
        .iter()
        .any(|h| stem.len() >= h.len() + 4 && stem.ends_with(h))
}

/// Words that name a gemeenschappelijke regeling in an employer's name when the Register
/// van Overheidsorganisaties does not list it by that name ("GGD Gelderland-Zuid",
/// "Werkorganisatie Duin en Polder (gemeenschappelijke regeling)").
pub static JOINT_ARRANGEMENT_WORDS: &[&str] = &[
    "gemeenschappelijke regeling",
    "veiligheidsregio",
    "omgevingsdienst",
    "ggd",
    "werkorganisatie",
    "regionale uitvoeringsdienst",
    "veiligheids- en gezondheidsregio",
    // ASSESSOR rule 19: a RIEC (Regionaal Informatie- en Expertisecentrum, set up by
    // gemeenten, politie, OM and Belastingdienst under a convenant) and other
    // samenwerkingsverbanden of public bodies are public, but no gemeente or provincie.
    "riec",
    "regionaal informatie- en expertisecentrum",
    "samenwerkingsverband",
];

/// Heads of compounds a CV leaves out: a "schoolgebouw" shows as the "basisschool" whose new
/// building is described, a "renovatietraject" as the "renovatie" itself. A criterion's word
/// ending in one of these (its modifier four letters or more) is met by its modifier.
pub static IMPLIED_HEADS: &[&str] = &["gebouw", "traject"];

/// Phrases that put the work on an organisation's side ("vanuit de gemeente", "namens de
/// gemeente", "aan gemeentezijde", "on behalf of the municipality"): the organisation is the
/// employer (ASSESSOR rules 3/4/19), not a word of the activity. Each lead is followed by an
/// organisation word of [`ORG_TRIGGERS`].
pub static ON_BEHALF_LEADS: &[&str] = &[
    "vanuit de ",
    "vanuit een ",
    "namens de ",
    "namens een ",
    "aan de kant van de ",
    "on behalf of the ",
    "on behalf of a ",
];

/// Qualifiers that narrow a thing to a place and must show with it ("recruitment for positions
/// abroad", "werving van kandidaten van buiten Nederland", "vacatures in het buitenland"):
/// triggers in the qualifier after "for"/"voor"/"ten behoeve van", and the words a CV line
/// shows the place with. A qualifier without one narrows without being asked ("DPIAs for large
/// IT systems").
pub static PLACE_QUALIFIERS: &[(&[&str], &[&str])] = &[(
    &[
        "abroad",
        "overseas",
        "buitenland",
        "buiten nederland",
        "outside the netherlands",
        "foreign",
    ],
    &[
        "abroad",
        "overseas",
        "buitenland",
        "buiten nederland",
        "outside the netherlands",
        "foreign",
        "embass",
        "ambassade",
        "consula",
        "posten",
        "postenet",
    ],
)];

/// Ordered levels a criterion asks "or higher" of ("Frisse Scholen, klasse B of hoger",
/// "mbo niveau 3 of hoger", "energielabel A of beter"): the scale's word and its levels,
/// lowest first. Frisse Scholen classes from the Programma van Eisen Frisse Scholen (RVO:
/// C, B, A); mbo levels from the Wet educatie en beroepsonderwijs (1–4); energy labels from
/// the Besluit energieprestatie gebouwen (G … A++++).
pub static ORDERED_LEVELS: &[(&str, &[&str])] = &[
    ("klasse", &["c", "b", "a"]),
    ("niveau", &["1", "2", "3", "4"]),
    (
        "energielabel",
        &[
            "g", "f", "e", "d", "c", "b", "a", "a+", "a++", "a+++", "a++++",
        ],
    ),
];

/// Nouns in "-atie" whose verb in "-eren" names another thing: "organisatie" is an
/// organisation, "organiseren" is arranging. Every other "-atie" noun is met by its verb too
/// ("indicaties stellen" by "indiceren", "registratie" by "registreren", "evaluatie" by
/// "evalueren").
pub static NOT_NOMINALISATIONS: &[&str] = &["organisa", "situa", "loca", "rela"];

/// Scope words: adjectives that place a thing on a range (level of government, inside or
/// outside, sector, method, medium, school level), folded, Dutch and English. Two of them
/// joined by "of"/"or" before a head ask for the head (`frames::scope`). Domain adjectives
/// ("juridisch", "financieel") are not scope words: two of them name two things.
pub static SCOPE_WORDS: &[&str] = &[
    "lokaal",
    "lokale",
    "regionaal",
    "regionale",
    "landelijk",
    "landelijke",
    "nationaal",
    "nationale",
    "internationaal",
    "internationale",
    "europees",
    "europese",
    "provinciaal",
    "provinciale",
    "gemeentelijk",
    "gemeentelijke",
    "intern",
    "interne",
    "extern",
    "externe",
    "formeel",
    "formele",
    "informeel",
    "informele",
    "publiek",
    "publieke",
    "privaat",
    "private",
    "kwalitatief",
    "kwalitatieve",
    "kwantitatief",
    "kwantitatieve",
    "mondeling",
    "mondelinge",
    "schriftelijk",
    "schriftelijke",
    "primair",
    "voortgezet",
    "local",
    "regional",
    "national",
    "international",
    "european",
    "internal",
    "external",
    "formal",
    "informal",
    "public",
    "qualitative",
    "quantitative",
    "written",
    "oral",
];

/// Words that make a criterion an availability requirement (folded): the plain ones, and
/// the start words that do so together with hours per week ("kan per 4 januari 2027 starten
/// voor 32 uur per week", "inzetbaar vanaf 1 maart voor 24 uur").
pub static AVAILABILITY_WORDS: &[&str] = &["beschikbaar", "available", "availability"];

/// Start words of an availability sentence: with hours per week ([`HOURS_PER_WEEK`]) they ask
/// availability, not experience.
pub static START_WORDS: &[&str] = &[
    "starten",
    "start ",
    "inzetbaar",
    "beginnen",
    "aanvangen",
    "can start",
    "able to start",
    "commence",
];

/// Spellings of "per week" after a number of hours (folded).
pub static HOURS_PER_WEEK: &[&str] = &[
    "uur per week",
    "uur/week",
    "uur p/w",
    "uur pw",
    "uren per week",
    "hours per week",
    "hours a week",
    "hours/week",
];

/// Words before the place a criterion asks the work on site in (folded): "working on site in
/// Amsterdam", "op kantoor in Utrecht", "op locatie in Zwolle".
pub static ON_SITE_MARKERS: &[&str] = &[
    "on site in ",
    "on-site in ",
    "at the office in ",
    "at our office in ",
    "in the office in ",
    "op locatie in ",
    "op kantoor in ",
    "op het kantoor in ",
    "aanwezig in ",
    "op de werkplek in ",
];

/// Work places in a CV that cover any place in the country (folded).
pub static WHOLE_COUNTRY: &[&str] = &[
    "nederland",
    "heel nederland",
    "netherlands",
    "the netherlands",
    "landelijk",
];

/// Places with more than one name (folded): the first is the one compared.
pub static PLACE_NAMES: &[&[&str]] = &[&["den haag", "the hague", "'s-gravenhage", "s-gravenhage"]];
