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
    "kwaliteitsvragen",
    "gunningsvragen",
    "beoordelingsvragen",
    "scoringsvragen",
    "wensvragen",
    "kwaliteitsaspecten",
    "kwalitatieve criteria",
    "scoringscriteria",
    "desirable",
    "preferred",
    "weging",
    "weighting",
    "wens ",
    "gunningsaspecten",
    "wishes",
    "(weighted)",
    // MoSCoW: "SHOULD – scored", "Could have".
    "should have",
    "should-have",
    "could have",
    "could-have",
    "should",
    "could",
];
/// Headings over the award procedure that may hold the weighted list itself ("4 Gunning" over
/// "A. Ervaring met … Dit criterium telt voor 25 %"); `read::weighted_under_procedure` decides
/// by the list under it. Folded, without a chapter number.
pub const AWARD_PROCEDURE_HEADINGS: &[&str] = &[
    "gunning",
    "beoordeling",
    "beoordeling en gunning",
    "gunning en beoordeling",
    "gunningsprocedure",
    "beoordelingsprocedure",
    "beoordelingswijze",
    "wijze van beoordelen",
    "award",
    "award procedure",
    "evaluation",
    "assessment",
];

/// Headings that end a criteria section without being criteria.
pub const OTHER_HEADINGS: &[&str] = &[
    // MoSCoW's fourth list: what the assignment leaves out.
    "won't",
    "won’t",
    "wont",
    "won't have",
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
    "vergelijkbare opdrachten",
    "andere opdrachten",
    "other assignments",
    "other conditions",
    "additional conditions",
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
    // Closing remarks after the criteria ("Overig", "Overige zaken", "Praktische zaken").
    "overig",
    "overige zaken",
    "overige bepalingen",
    "overige afspraken",
    "praktische zaken",
    "praktische informatie",
    "other information",
    "miscellaneous",
];

/// The singular label of one item ("1. Wens (15 punten)", "Eis 2 – …"): a line led by it is an
/// item, never the heading of a list, whatever its gloss says.
pub const SINGULAR_LABELS: &[&str] = &[
    "eis",
    "wens",
    "criterium",
    "gunningscriterium",
    "selectiecriterium",
    "requirement",
    "criterion",
    "vraag",
    "question",
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
    // "Vraag 2.3", "Question 4": a questionnaire's item, either kind; its fields say which.
    ("question", None),
    // MoSCoW: "MUST 1:" is a knock-out, "SHOULD 2:" and "COULD 1:" are scored.
    ("should", Some(SectionKind::Weighted)),
    ("could", Some(SectionKind::Weighted)),
    ("vraag", None),
    ("must", Some(SectionKind::Knockout)),
    ("wens", Some(SectionKind::Weighted)),
    ("eis", Some(SectionKind::Knockout)),
    ("ko", Some(SectionKind::Knockout)),
    ("ac", Some(SectionKind::Weighted)),
    // "SC-1": selectiecriterium.
    ("sc", Some(SectionKind::Weighted)),
    // "S1", "M2": selectie-eis, minimumeis or must; the heading over them says which list.
    ("s", None),
    ("m", None),
    ("k", Some(SectionKind::Knockout)),
    ("w", Some(SectionKind::Weighted)),
    ("e", Some(SectionKind::Knockout)),
    ("g", Some(SectionKind::Weighted)),
    // "R1", "A2" under a heading that says which list it is; they open none themselves.
    ("r", None),
    ("a", None),
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
    // A change log after publication changes criteria as an answer does.
    "wijzigingen",
    "aanvulling",
    "aanvullingen",
    "addendum",
    "erratum",
    "rectificatie",
    "rectificaties",
    "correcties",
    "errata",
    "amendments",
    "changes after publication",
];

/// Headings over a change log published after the posting ("Aanvulling d.d. 24-11-2026",
/// "Wijzigingen", "Addendum 1"): each list item under one changes a criterion as an answer
/// does ("a. Wens 8 vervalt.", "b. Eis 3 komt als volgt te luiden: …"). Folded.
pub const CHANGE_LOG_HEADINGS: &[&str] = &[
    "aanvulling",
    "aanvullingen",
    "addendum",
    "wijzigingen",
    "wijziging",
    "rectificatie",
    "rectificaties",
    "correcties",
    "erratum",
    "errata",
    "amendment",
    "amendments",
    "changes after publication",
];

/// An answer or change that gives a criterion new words, quoted after it ("Eis 3 komt als
/// volgt te luiden: “…”", "Criterium 2 wordt gewijzigd in: …", "K2 now reads: …"). Folded.
pub const ANSWER_REPLACE_WORDS: &[&str] = &[
    "komt als volgt te luiden",
    "komt te luiden",
    "luidt voortaan",
    "luidt nu",
    "wordt gewijzigd in",
    "wordt vervangen door",
    "wordt als volgt gewijzigd",
    "now reads",
    "is replaced by",
    "shall read",
];

/// Labels that open one entry of a change log ("Wijziging 2 (27-11-2026): criterium 7
/// vervalt.", "Correctie: …", "Amendment 1: …"): each sentence after the colon changes a
/// criterion as a published answer does. Folded.
pub const CHANGE_LABELS: &[&str] = &[
    "wijziging",
    "correctie",
    "rectificatie",
    "aanvulling",
    "erratum",
    "amendment",
    "update",
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
pub const KNOCKOUT_CELLS: &[&str] = &[
    "knock-out",
    "knockout",
    "ko",
    "eis",
    "minimumeis",
    "harde eis",
    "must",
    "must have",
    "requirement",
    "mandatory",
];

/// Table cells that say a row is weighted.
pub const WEIGHTED_CELLS: &[&str] = &[
    "wens",
    "gunning",
    "gunningscriterium",
    "weighted",
    "wish",
    "award",
    "award criterion",
    "nice to have",
    "scored",
];

/// Type cells of a table row that is one level of the criterion above ("5a | Trede | …").
pub const TIER_CELLS: &[&str] = &["trede", "niveau", "staffel", "level", "tier", "score"];

/// Type cells of a row that holds the price share ("12 | Prijs | … | 25").
pub const PRICE_CELLS: &[&str] = &["prijs", "price", "tarief", "uurtarief", "prijscomponent"];

/// Type cells of a row that holds the interview share.
pub const INTERVIEW_CELLS: &[&str] = &[
    "gesprek",
    "interview",
    "presentatie",
    "kennismakingsgesprek",
];

/// Type cells of a row that only informs ("10 | Informatief | Gesprekken op …").
pub const INFO_CELLS: &[&str] = &[
    "informatief",
    "informatie",
    "info",
    "toelichting",
    "mededeling",
];

/// Phrases of a sentence that gives the item above its weight ("Deze wens telt voor 30 % van
/// de kwaliteitsscore", "Dit criterium weegt 15 punten").
pub const ITEM_WEIGHT_PHRASES: &[&str] = &[
    "telt voor",
    "telt mee voor",
    "weegt",
    "levert maximaal",
    "is maximaal",
    "counts for",
    "weighs",
    "is worth",
    // "Weight: 30 % of the quality score." on the line under the item.
    "weight:",
    "weighting:",
    "gewicht:",
    "weging:",
];

/// Words of a question heading over knock-outs ("Wat moet de kandidaat hebben?").
pub const QUESTION_KNOCKOUT_WORDS: &[&str] = &[
    " moet ",
    "moet je",
    "must ",
    "eisen",
    "vereist",
    "minimaal nodig",
    "voldoen",
];

/// Words of a question heading over weighted criteria ("Waarmee scoor je punten?").
pub const QUESTION_WEIGHTED_WORDS: &[&str] = &[
    "punten", "points", "scoor", "score", "pluspunt", "gescoord", "extra",
];

/// Words of a weight line beside its number ("Weging: 10 %", "max. 20 punten").
pub const WEIGHT_LINE_WORDS: &[&str] = &[
    "weging",
    "weight",
    "weighting",
    "wegingsfactor",
    "gewicht",
    "max",
    "maximaal",
    "maximum",
    "score",
    "punten",
    "punt",
    "points",
    "pt",
    "pnt",
];

/// Lines that name the document, not the assignment ("OFFERTEAANVRAAG", "Aanvraag externe
/// inhuur"): never the title.
pub const DOCUMENT_KINDS: &[&str] = &[
    "offerteaanvraag",
    "inhuuraanvraag",
    "aanvraag externe inhuur",
    "aanvraag inhuur",
    "inhuurverzoek",
    "uitvraag",
    "uitvraag inhuur",
    "nieuwe aanvraag",
    "nieuwe opdracht",
    "aanvraag",
    "opdracht",
    "vacature",
    "assignment",
    "new assignment",
    "request for quotation",
    "request for proposal",
    "request for temporary staff",
    "request for interim staff",
    "staffing request",
    "inhuuropdracht",
    "opdrachtomschrijving",
    "inhuur",
];

/// First words of a public body's name, for letterheads that are no title.
pub const ORGANISATION_WORDS: &[&str] = &[
    "gemeente",
    "provincie",
    "hoogheemraadschap",
    "waterschap",
    "veiligheidsregio",
    "ministerie",
    "ggd",
    "rijkswaterstaat",
    "omgevingsdienst",
    "politie",
    "belastingdienst",
    "uwv",
    "rvo",
    // English renderings, as English postings name Dutch bodies.
    "municipality",
    "province",
    "ministry",
    "water authority",
    "safety region",
];

/// How a subject line starts ("Onderwerp: …", "Opdracht 26-0388 – …", "RE: …").
pub const SUBJECT_PREFIXES: &[&str] = &[
    "onderwerp:",
    "subject:",
    "betreft:",
    "re:",
    "fw:",
    "opdracht ",
    "inhuur ",
    "inhuuropdracht ",
    "vacature ",
];

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

/// Tags after a requirement that make it a knock-out where no heading says so (lower case,
/// matched at the end of the line).
pub const KNOCKOUT_TAGS: &[&str] = &[
    "(knock-out)",
    "(knock out)",
    "(knockout)",
    "(knock-outcriterium)",
    "(knock-out criterium)",
    "(ko)",
    "(k.o.)",
    "[knock-out]",
    "[ko]",
    "- knock-out",
    "– knock-out",
    "(harde eis)",
    "(minimumeis)",
    "(must have)",
    "(must-have)",
    "(eis)",
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

/// Words that name an attachment holding the requirements (folded): "zie bijlage", "in het
/// bijgevoegde document", "see attachment", "annex B".
pub const ATTACHMENT_WORDS: &[&str] = &[
    "bijlage",
    "bijgevoegd",
    "als pdf",
    "apart document",
    "aparte document",
    "los document",
    "attachment",
    "attached",
    "annex",
    "appendix",
];

/// Words that name the requirements themselves, in a line that says where they are.
pub const ATTACHED_CRITERIA_WORDS: &[&str] = &[
    "eisen",
    "wensen",
    "criteria",
    "criterium",
    "knock-out",
    "knockout",
    "requirements",
    "selection criteria",
    "award criteria",
];

/// Words in a sentence ending in a colon that announce the list below it ("… beoordeeld op de
/// volgende wensen:", "Kandidaten voldoen aan onderstaande eisen:", "… on the following
/// criteria:"); the criteria word after them names the list's kind.
/// Words of a prose line that introduces a criteria table or list instead of being an item
/// ("The table below lists the requirements …", "In onderstaande tabel staan de eisen …").
/// Folded.
pub const LIST_INTRO_WORDS: &[&str] = &[
    "hieronder",
    "onderstaand",
    "volgende",
    "below",
    "following",
    "tabel",
    "table",
];

pub const LIST_ANNOUNCING_WORDS: &[&str] = &[
    "volgende ",
    "onderstaande ",
    "hieronder genoemde ",
    "following ",
];

/// An answer in the Nota van Inlichtingen that removes the criterion it is about (folded).
pub const ANSWER_REMOVAL_WORDS: &[&str] = &[
    "komt te vervallen",
    "vervalt",
    "wordt geschrapt",
    "wordt verwijderd",
    "is geschrapt",
    "komt niet meer",
    "is removed",
    "is dropped",
    "is deleted",
    "no longer applies",
];

/// An answer that changes a weight: "weegt voortaan 20 punten", "wordt verhoogd naar 15
/// punten", "dat daarmee 30 punten waard wordt", "now counts for 20 points".
pub const ANSWER_CHANGE_WORDS: &[&str] = &[
    "voortaan",
    "daarmee",
    "wordt verhoogd",
    "wordt verlaagd",
    "gewijzigd",
    "aangepast naar",
    "wordt gewijzigd",
    "punten waard wordt",
    "wordt nu",
    "weegt nu",
    "telt nu",
    "in plaats van",
    "changed to",
    "now counts",
    "now weighs",
    "instead of",
];

/// An answer that makes a knock-out a weighted criterion.
pub const ANSWER_TO_WEIGHTED: &[&str] = &[
    "wordt een wens",
    "wordt een gunningscriterium",
    "geen knock-out meer",
    "geen harde eis meer",
    "geen eis meer",
    "becomes a wish",
    "no longer a knock-out",
];

/// An answer that makes a weighted criterion a knock-out.
pub const ANSWER_TO_KNOCKOUT: &[&str] = &[
    "wordt een eis",
    "wordt een harde eis",
    "wordt een knock-out",
    "wordt knock-out",
    "becomes a requirement",
    "becomes a knock-out",
];

/// Field names that stand alone on a line inside a criteria block and give the kind on the
/// next line ("Type" / "Knock-out"). Folded, without a colon. See `tender::blocks`.
pub const BLOCK_KIND_FIELDS: &[&str] = &["type", "soort", "kind", "categorie", "category"];

/// Field names that stand alone on a line inside a criteria block and give the weight on the
/// next line ("Weging" / "25", "Gewicht" / "max. 20"). Folded, without a colon.
pub const BLOCK_WEIGHT_FIELDS: &[&str] = &[
    "weging",
    "gewicht",
    "weight",
    "weighting",
    "punten",
    "points",
    "maximale score",
    "max. punten",
    "maximaal aantal punten",
];

/// Field names inside a criteria block whose value says whether the item is a knock-out
/// ("Knock-out: Ja", "KO-criterium: Nee"), as Negometrix and TenderNed questionnaire exports
/// print them. Folded, without a colon.
pub const BLOCK_KNOCKOUT_FIELDS: &[&str] = &[
    "knock-out",
    "knockout",
    "ko",
    "knock-out criterium",
    "knock-outcriterium",
    "ko-criterium",
    "uitsluitingscriterium",
];

/// Answers of a knock-out field that say yes ("Knock-out: Ja"). Folded.
pub const BLOCK_YES: &[&str] = &["ja", "yes", "j", "y", "x", "true", "waar"];

/// Answers of a knock-out field that say no ("Knock-out: Nee"). Folded.
pub const BLOCK_NO: &[&str] = &["nee", "no", "n", "false", "onwaar", "-"];

/// Field names inside a criteria block whose value is the requirement itself ("Omschrijving:
/// De kandidaat heeft …", "Vraagtekst: …", "Description: …"). Folded, without a colon.
pub const BLOCK_TEXT_FIELDS: &[&str] = &[
    "omschrijving",
    "beschrijving",
    "vraagtekst",
    "vraag",
    "tekst",
    "inhoud",
    "criterium",
    "eistekst",
    "wenstekst",
    "description",
    "question",
    "question text",
    "requirement text",
];

/// Field names inside a criteria block whose value gives the levels of a weighted criterion
/// ("Beoordeling: 2 tot 4 jaar = 10 punten; 4 jaar of meer = 20 punten"). Folded, without a
/// colon.
/// Fields of a platform's question that say how to answer, not what is asked ("Antwoordtype:
/// Ja/Nee", "Bijlage: kopie van de akte"): left out of the criterion.
pub const BLOCK_IGNORED_FIELDS: &[&str] = &[
    "antwoordtype",
    "antwoordvorm",
    "type antwoord",
    "soort antwoord",
    "answer type",
    "response type",
    "bijlage",
    "bijlagen",
    "upload",
    "aantal tekens",
];
pub const BLOCK_LEVEL_FIELDS: &[&str] = &[
    "beoordeling",
    "beoordelingswijze",
    "wijze van beoordelen",
    "beoordelingsmethodiek",
    "staffel",
    "puntentoekenning",
    "scoring",
    "score",
    "assessment",
    "scoring method",
];

/// Words between the hiring body and the role in a title line ("Gemeente Zaanstad zoekt een
/// Handhaver", "Wij zoeken een Jurist", "ProRail is looking for a Planner"): the title is what
/// follows. Folded, with their spaces.
pub const SEEKS_WORDS: &[&str] = &[
    " zoekt een ",
    " zoekt ",
    " zoeken een ",
    " zoeken ",
    " is op zoek naar een ",
    " is op zoek naar ",
    " zijn op zoek naar een ",
    " is looking for an ",
    " is looking for a ",
    " are looking for a ",
    " seeks a ",
    " seeks an ",
];

/// Kinds a sentence gives a list it points at ("De eisen in paragraaf 4.2 zijn
/// knock-outcriteria"). Folded. See `LIST_POINTER_WORDS`.
pub const LIST_KIND_WORDS: &[&str] = &[
    "knock-out",
    "knockout",
    "uitsluitingscriteri",
    "minimumeisen",
    "gunningscriteri",
    "award criteria",
];

/// Words that point at a list elsewhere in the document: with a kind word, the sentence
/// describes that list instead of being a criterion. Folded.
pub const LIST_POINTER_WORDS: &[&str] = &[
    "paragraaf",
    "hoofdstuk",
    "onderstaand",
    "hieronder",
    "hierna",
    "volgende",
    "below",
    "section",
    "following",
];

/// Brokers and marketplaces whose name heads a copied page ("Striive · Opdrachten", "HARVEY
/// NASH | Public Sector Netherlands") without being its title; the brokers named in issue 12
/// and the large staffing agencies that place public-sector interim staff. Folded.
pub const BROKERS: &[&str] = &[
    "flextender",
    "tenderplace",
    "striive",
    "de publieke partner",
    "opdracht overheid",
    "quest4",
    "inhuurdesk",
    "between",
    "harvey nash",
    "headfirst",
    "hays",
    "yacht",
    "brunel",
    "randstad",
    "negometrix",
    "mercell",
    "tenderned",
    "das",
];

/// Labels of a question's answer options in a platform's question list ("Antwoordopties: Ja
/// (15 punten) / Nee (0 punten)"), before a ':'. Folded.
pub const ANSWER_OPTION_LABELS: &[&str] = &[
    "antwoordopties",
    "antwoordmogelijkheden",
    "antwoordkeuzes",
    "mogelijke antwoorden",
    "keuzemogelijkheden",
    "antwoord",
    "answer options",
    "possible answers",
    "options",
    "answer",
];

/// A yes answer and a no answer of a yes/no question, folded.
pub const YES_ANSWERS: &[&str] = &["ja", "yes"];
pub const NO_ANSWERS: &[&str] = &["nee", "no"];

/// Marks of an unticked radio option at the start of a line ("( ) 2 tot 4 jaar – 8 punten").
pub const RADIO_MARKS: &[&str] = &["( )", "()", "○", "◯", "◻", "☐", "[ ]"];

/// Labels of a wens's score scale on its own line ("Score: 0 / 5 / 10", "Punten: 0, 5 of
/// 10"): the scale's top is the wens's weight. Also the label over (or before) a list of
/// levels ("Beoordelingsschaal:", "Puntentoekenning:"). Folded.
pub const SCORE_SCALE_LABELS: &[&str] = &[
    "scoringsschaal",
    "score",
    "scoring",
    "scores",
    "punten",
    "points",
    "te behalen punten",
    "beoordelingsschaal",
    "beoordeling",
    "puntentoekenning",
    "puntenverdeling",
    "waardering",
    "scoring scale",
    "scale",
];

/// A ticked box on a request form ("[X] Knock-out [ ] Wens", "☒ Eis ☐ Wens"): the boxes
/// PDF forms and Word check-box fields leave in pasted text.
pub const CHECKED_BOXES: &[&str] = &["[X]", "[x]", "[✓]", "[✔]", "(X)", "(x)", "☒", "☑", "■", "⊠"];

/// An empty box on a request form ("[ ]", "☐"), beside `CHECKED_BOXES`.
pub const UNCHECKED_BOXES: &[&str] = &["[ ]", "[]", "( )", "☐", "□"];

/// Words that open an item's trailing kind tag ("(gunning, 20 punten)", "[KO]", "(nice to have,
/// 5 points)"), longest first so "gunningscriterium" is not read as "gunning", with the kind
/// each names. Folded.
pub const KIND_TAG_WORDS: &[(&str, SectionKind)] = &[
    ("uitsluitingscriterium", SectionKind::Knockout),
    ("knock-outcriterium", SectionKind::Knockout),
    ("knock-out criterium", SectionKind::Knockout),
    ("gunningscriterium", SectionKind::Weighted),
    ("beoordelingscriterium", SectionKind::Weighted),
    ("award criterion", SectionKind::Weighted),
    ("nice to have", SectionKind::Weighted),
    ("nice-to-have", SectionKind::Weighted),
    ("should have", SectionKind::Weighted),
    ("could have", SectionKind::Weighted),
    ("must have", SectionKind::Knockout),
    ("must-have", SectionKind::Knockout),
    ("minimumeis", SectionKind::Knockout),
    ("selectie-eis", SectionKind::Knockout),
    ("harde eis", SectionKind::Knockout),
    ("knock-out", SectionKind::Knockout),
    ("knock out", SectionKind::Knockout),
    ("knockout", SectionKind::Knockout),
    ("mandatory", SectionKind::Knockout),
    ("pluspunt", SectionKind::Weighted),
    ("gunning", SectionKind::Weighted),
    ("weighted", SectionKind::Weighted),
    ("desirable", SectionKind::Weighted),
    ("award", SectionKind::Weighted),
    ("must", SectionKind::Knockout),
    ("wens", SectionKind::Weighted),
    ("k.o.", SectionKind::Knockout),
    ("eis", SectionKind::Knockout),
    ("ko", SectionKind::Knockout),
    ("w", SectionKind::Weighted),
];

/// Headings that leave a list's kind open: selection criteria are knock-outs in one posting and
/// scored in another. The sentence under the heading decides (see `ELIMINATION_WORDS`). Folded.
pub const OPEN_KIND_HEADINGS: &[&str] = &[
    "selectiecriteri",
    "selection criteria",
    "beoordelingscriteria",
    "assessment criteria",
];

/// What failing a requirement costs, in a sentence under a list heading or after a running
/// paragraph of requirements ("dan wordt de inschrijving terzijde gelegd", "valt de kandidaat
/// af", "nemen wij de aanbieding niet verder in behandeling", "will be rejected"): the list is
/// knock-outs, and the sentence itself no requirement. Folded.
pub const ELIMINATION_WORDS: &[&str] = &[
    "terzijde",
    "niet verder",
    "niet in behandeling",
    "niet meegenomen",
    "uitgesloten",
    "afgewezen",
    "ongeldig",
    "vervalt",
    "valt af",
    "vallen af",
    "valt de kandidaat af",
    "knock-out",
    "excluded",
    "not be considered",
    "not be assessed",
    "rejected",
    "disqualified",
];

/// What a sentence under a list heading says of points: the list is scored.
pub const SCORING_WORDS: &[&str] = &[
    "punten", "points", "weging", "gewogen", "scoren", "gescoord", "weighted", "scored",
];

/// Labels that start the explanation under a criterion ("Toelichting: Een diploma moet op het
/// cv staan.", "NB: …", "Let op: …"): the words after one are no part of the requirement.
/// Folded, without the colon.
pub const NOTE_LABELS: &[&str] = &[
    "toelichting",
    "nb",
    "n.b.",
    "let op",
    "opmerking",
    "noot",
    "note",
    "explanation",
    "clarification",
];

/// Sentences that declare the prose around them a list of knock-outs ("Zonder deze vier punten
/// hoef je het cv niet door te sturen", "Dit zijn harde eisen", "Without these we cannot …").
/// Folded.
pub const PROSE_KNOCKOUT_DECLARATIONS: &[&str] = &[
    "zonder deze",
    "zonder die",
    "harde eis",
    "knock-out",
    "knockout",
    "valt hij af",
    "valt zij af",
    "valt de kandidaat af",
    "valt af",
    "vallen af",
    "in elk geval voldoen",
    "in ieder geval voldoen",
    "aan het volgende voldoen",
    "moet voldoen aan",
    "moeten voldoen aan",
    "niet door te sturen",
    "niet aanbieden",
    "without these",
    "must meet",
    "must haves",
    "must have",
    "minimumeisen",
];

/// Sentences that declare the prose after them a list of scored extras ("Dan de extra's, daar
/// wil ik de cv's op scoren:", "Pluspunten zijn:", "Nice to have:"). Folded.
pub const PROSE_WEIGHTED_DECLARATIONS: &[&str] = &[
    "extra's",
    "op scoren",
    "scoren we",
    "scoren wij",
    "pluspunten",
    "nice to have",
    "nice-to-have",
    "wensen",
    "we score",
];

/// Words of a sentence that offers points for something ("Een pré is …, dat levert 15 punten
/// op", "… telt mee voor 10 punten", "… is worth 5 points"). Folded.
pub const PROSE_OFFER_WORDS: &[&str] = &[
    "levert",
    "telt mee voor",
    "telt voor",
    "is goed voor",
    "krijgt",
    "ontvangt",
    "extra punten",
    "pluspunt",
    "een pre",
    "waarderen wij met",
    "waarderen we met",
    "belonen wij met",
    "belonen we met",
    "beloond met",
    "gewaardeerd met",
    "punten waard",
    "punten toe",
    "earns",
    "is worth",
    "is awarded",
    "we award",
];

/// Where the clause that offers an item's points starts ("…, dat levert 15 punten op", "…
/// waarderen wij met 10 punten"): the criterion is the words before it. Folded.
pub const PROSE_OFFER_CLAUSES: &[&str] = &[
    "levert",
    "telt mee voor",
    "telt voor",
    "is goed voor",
    "waarderen wij met",
    "waarderen we met",
    "belonen wij met",
    "belonen we met",
    "wordt beloond met",
    "wordt gewaardeerd met",
    "earns",
    "is worth",
    "is awarded",
];

/// Words by which a declaration points back at the sentences before it ("Zonder deze vier
/// punten …"). A declaration that ends in a colon, or opens its paragraph, points forward.
pub const PROSE_BACKWARD_WORDS: &[&str] = &[
    "deze",
    "die ",
    "bovenstaande",
    "hierboven",
    "hier niet aan",
    "these",
    "above",
];

/// How a sentence that is a knock-out by itself starts: the candidate and a must ("De kandidaat
/// moet …", "The candidate must …"). Read only where at least two such sentences stand. Folded.
pub const PROSE_KNOCKOUT_STARTS: &[&str] = &[
    "de kandidaat moet",
    "de kandidaat dient",
    "de aangeboden kandidaat moet",
    "de aangeboden kandidaat dient",
    "kandidaat moet",
    "je moet",
    "jij moet",
    "u moet",
    "de professional moet",
    "de inhuurkracht moet",
    "the candidate must",
    "the candidate shall",
    "candidates must",
    "you must",
];

/// How a sentence that is a weighted criterion by itself starts ("Wij waarderen ervaring met
/// …", "Een pré is …", "We value …"). Folded.
pub const PROSE_WEIGHTED_STARTS: &[&str] = &[
    "wij waarderen",
    "we waarderen",
    "een pre is",
    "een pluspunt is",
    "pluspunt:",
    "strekt tot aanbeveling",
    "het strekt tot aanbeveling",
    "wij vinden het een pluspunt",
    "we would appreciate",
    "we value",
    "it is a plus",
];

/// Header cells of a criteria table's number column ("Nr", "#"). Folded, without a colon.
/// Read by `columns::headed_rows`, as are the column lists below: the header rows of Word
/// tables pasted from aanvragen (broker portals, TenderNed/Negometrix exports).
pub const COLUMN_NUMBER: &[&str] = &["nr", "nr.", "nummer", "no", "#", "id", "code"];

/// Header cells of the column that holds the requirement itself. Folded.
pub const COLUMN_TEXT: &[&str] = &[
    "criterium",
    "criteria",
    "criterion",
    "eis",
    "eisen",
    "wens",
    "wensen",
    "omschrijving",
    "beschrijving",
    "description",
    "requirement",
    "requirements",
    "knock-outcriterium",
    "knock-out criterium",
    "gunningscriterium",
    "selectie-eis",
    "eis / wens",
    "eis/wens",
    "vraag",
];

/// Header cells of the column that names the kind of each row ("Soort": Eis / Wens). Folded.
pub const COLUMN_KIND: &[&str] = &["soort", "type", "kind", "categorie", "category", "ko/wens"];

/// Header cells of the column that gives each row's weight. Folded.
pub const COLUMN_WEIGHT: &[&str] = &[
    "weging",
    "gewicht",
    "weight",
    "punten",
    "points",
    "max. punten",
    "maximaal aantal punten",
    "score",
    "max. score",
];

/// Header cells of a column that explains the requirement. Folded.
pub const COLUMN_NOTE: &[&str] = &[
    "toelichting",
    "nadere toelichting",
    "uitleg",
    "opmerking",
    "opmerkingen",
    "explanation",
    "clarification",
    "note",
    "notes",
    "remarks",
];

/// Header cells of a column that says how a requirement is checked. Folded.
pub const COLUMN_EVIDENCE: &[&str] = &[
    "wijze van toetsen",
    "wijze van toetsing",
    "toetsing",
    "toetsingswijze",
    "bewijs",
    "bewijsstuk",
    "bewijsmiddel",
    "wijze van aantonen",
    "hoe aan te tonen",
    "verificatie",
    "verification",
    "evidence",
    "how assessed",
];

/// Subjects that open a running knock-out paragraph ("De kandidaat beschikt over …, heeft …").
/// Folded. Read by `clauses::knockout_clauses`.
pub const CLAUSE_SUBJECTS: &[&str] = &[
    "de aangeboden kandidaat",
    "de kandidaat",
    "kandidaat",
    "de professional",
    "de inhuurkracht",
    "je",
    "u",
    "the proposed candidate",
    "the candidate",
    "candidate",
    "you",
];

/// Finite verbs that open a further requirement in a running sentence ("…, heeft minimaal 3
/// jaar …", "… en kan per 4 januari starten"). Folded.
pub const CLAUSE_VERBS: &[&str] = &[
    "heeft", "hebt", "beschikt", "kan", "kunt", "is", "bent", "bezit", "spreekt", "beheerst",
    "woont", "werkt", "toont", "overlegt", "levert", "voldoet", "has", "holds", "can", "speaks",
    "lives", "works", "provides", "meets",
];

/// Labels that open an item and make it a knock-out ("Vereist: …", "Must-have: …"). Folded,
/// hyphens as spaces. Read by `lead_labels::with_leading_kind_labels`; seen on broker pages
/// (Striive-, Flextender- and Harvey Nash-style requirement lists).
pub const LEAD_KNOCKOUT_LABELS: &[&str] = &[
    "vereist",
    "eis",
    "harde eis",
    "knock out",
    "knockout",
    "ko",
    "must",
    "must have",
    "verplicht",
    "required",
    "requirement",
    "minimumeis",
];

/// Labels that open an item and make it weighted ("Gewenst (15 pnt): …", "Nice-to-have: …").
/// Folded, hyphens as spaces.
pub const LEAD_WEIGHTED_LABELS: &[&str] = &[
    "gewenst",
    "wens",
    "pre",
    "pré",
    "pluspunt",
    "nice to have",
    "preferred",
    "desirable",
    "wish",
    "gunningscriterium",
];
