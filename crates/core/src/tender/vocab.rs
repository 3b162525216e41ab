//! The posting reader's vocabulary, in one place: heading words, item labels, weight and share
//! words, bidder words. All folded (lower case, no diacritics). A rule reads these lists; it
//! never spells its own.

use super::sections::SectionKind;

/// Words in a heading over knock-out requirements (folded, matched anywhere in the heading).
pub const KNOCKOUT_WORDS: &[&str] = &[
    "knock-out",
    "knockout",
    "knock out",
    "ko-criteria",
    "ko criteria",
    "k.o.",
    "vereisten",
    "minimumeisen",
    "minimum eisen",
    "minimale eisen",
    "harde eisen",
    "functie-eisen",
    "functie eisen",
    "requirements",
    "must have",
    "must-have",
    "uitsluitingscriteria",
    "geschiktheidseisen",
    "selectie-eisen",
    "mandatory",
];
/// Words in a heading over weighted criteria.
pub const WEIGHTED_WORDS: &[&str] = &[
    "gunningscriteri",
    "selectiecriteri",
    "wensen",
    "gewenste",
    "gewenst",
    "pluspunten",
    "award criteria",
    "selection criteria",
    "nice to have",
    "nice-to-have",
    "beoordelingscriteria",
    "kwaliteitscriteria",
    "scoringscriteria",
    "desirable",
    "preferred",
    "weging",
    "weighting",
    "wens ",
    "gunningsaspecten",
    "wishes",
    "(weighted)",
];
/// Headings that end a criteria section without being criteria.
pub const OTHER_HEADINGS: &[&str] = &[
    "competenties",
    "beoordeling",
    "planning",
    "overige informatie",
    "meer informatie",
    "werkdagen",
    "functieschaal",
    "schaal",
    "fee",
    "organisatie",
    "opdracht",
    "afdeling",
    "wat ga je doen",
    "wat verwachten wij",
    "wat vragen wij",
    "wat bieden wij",
    "procedure",
    "benodigd aantal",
    "toelichting",
    "taken",
    "kerntaken",
    "werkzaamheden",
    "over de organisatie",
    "achtergrond",
    "tarief",
    "contact",
    "inschrijving",
    "selectieprocedure",
    "gunning",
    "planning en procedure",
    "bijzonderheden",
    "aanvullende informatie",
    "sroi",
    "deliverables",
    "resultaten",
    "opdrachtresultaten",
    "verantwoordelijkheden",
    "profiel",
    "functieomschrijving",
    "about",
    "assessment",
    "contract conditions",
    "conditions",
    "similar assignments",
    "description",
    "what you will do",
    "your tasks",
    "timeline",
    "price",
    "documents",
    "omschrijving",
    "aanleiding",
    "inleiding",
    "kenmerken",
    "documenten",
    "vragen",
    "gesprekken",
    "prijsbeoordeling",
    "inschrijven",
    "indiening",
    "motivatie",
    "overige voorwaarden",
    "niet beoordeeld",
    "het team",
    "contractvoorwaarden",
    "samenvatting opdracht",
];

/// Labels that start a criterion ("Eis 3", "KO1.", "Wens 2 –", "AC4.", "G1"), longest first,
/// with the kind of criterion the label itself announces (`None`: either kind).
pub const ITEM_LABELS: &[(&str, Option<SectionKind>)] = &[
    ("gunningscriterium", Some(SectionKind::Weighted)),
    ("selectiecriterium", Some(SectionKind::Weighted)),
    ("award criterion", Some(SectionKind::Weighted)),
    ("knock-out", Some(SectionKind::Knockout)),
    ("requirement", Some(SectionKind::Knockout)),
    ("criterium", None),
    ("criterion", None),
    ("wens", Some(SectionKind::Weighted)),
    ("eis", Some(SectionKind::Knockout)),
    ("ko", Some(SectionKind::Knockout)),
    ("ac", Some(SectionKind::Weighted)),
    ("k", Some(SectionKind::Knockout)),
    ("w", Some(SectionKind::Weighted)),
    ("e", Some(SectionKind::Knockout)),
    ("g", Some(SectionKind::Weighted)),
];

/// Who a requirement is on, when a criterion says it of the bidder rather than the candidate
/// ("Eis 1 (inschrijver)", "De inschrijver staat ingeschreven …").
pub const BIDDER_WORDS: &[&str] = &[
    "inschrijver",
    "opdrachtnemer",
    "leverancier",
    "bidder",
    "supplier",
    "tenderer",
];

/// Administrative requirements that concern the bidder's company, not the candidate.
pub const ADMIN_TOPICS: &[&str] = &[
    "waadi",
    "nen 4400",
    "nen-4400",
    "g-rekening",
    "uniform europees aanbestedingsdocument",
    "uitvoeringsvoorwaarde",
    "handelsregister",
    "stichting normering arbeid",
];

/// Headings over what the CV document must look like (not criteria, unless listed as one).
pub const CV_HEADINGS: &[&str] = &[
    "cv-eisen",
    "cv eisen",
    "eisen aan het cv",
    "eisen aan cv",
    "eisen cv",
    "offerte-eisen",
    "offerte eisen",
    "eisen aan de offerte",
    "cv requirements",
    "cv-vereisten",
    "cv vereisten",
    "vormvereisten",
    "cv-format",
    "cv instructions",
    "cv-instructies",
];

/// Headings over competences: assessed in the interview, not criteria.
pub const COMPETENCY_HEADINGS: &[&str] = &[
    "competenties",
    "competencies",
    "gevraagde competenties",
    "persoonlijke eigenschappen",
    "soft skills",
    "kerncompetenties",
    "competences",
];

/// Headings over published questions and answers (Nota van Inlichtingen).
pub const QA_HEADINGS: &[&str] = &[
    "vragen en antwoorden",
    "nota van inlichtingen",
    "vraag en antwoord",
    "q&a",
    "vragen & antwoorden",
    "gestelde vragen",
    "questions & answers",
    "questions and answers",
    "inlichtingen",
];

/// Words naming the price share of the award ("Prijs 30 %", "Hourly rate: 20 %").
pub const PRICE_WORDS: &[&str] = &["prijs", "price", "tarief", "hourly rate"];

/// Words naming the interview share of the award ("gesprek 20 punten").
pub const INTERVIEW_WORDS: &[&str] = &["gesprek", "interview", "presentatie"];

/// Words that make a sum of money, not a share: fees and charges.
pub const FEE_WORDS: &[&str] = &["fee", "vergoeding", "per uur", "per hour", "kosten"];

/// Words naming the quality (CV) share, which is the criteria's own points.
pub const QUALITY_WORDS: &[&str] = &[
    "kwaliteit",
    "quality",
    "wensen",
    "wishes",
    "gunningscriteria",
];

/// Table cells that say a row is a knock-out ("Eis 1 | Knock-out | …").
pub const KNOCKOUT_CELLS: &[&str] = &["knock-out", "knockout", "ko", "eis", "minimumeis", "must"];

/// Table cells that say a row is weighted.
pub const WEIGHTED_CELLS: &[&str] = &["wens", "gunningscriterium", "weighted", "wish"];

/// A line that holds only the kind of the criterion above it (Tenderplace puts "Knock-out"
/// under each eis): it ends that item and is no heading.
pub const KIND_LINES: &[&str] = &[
    "knock-out",
    "knockout",
    "knock out",
    "ko",
    "k.o.",
    "eis",
    "minimumeis",
    "harde eis",
    "must have",
    "must-have",
    "wens",
    "nice to have",
];

/// Words over a table of one criterion's levels ("Tabel 2 – Scoring wens 1").
pub const TIER_TABLE_WORDS: &[&str] = &[
    "tabel",
    "table",
    "scoring",
    "staffel",
    "puntentoekenning",
    "puntenverdeling",
];
