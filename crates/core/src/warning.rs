//! What the readers tell the user about their input. Readers never fail; they return what they
//! could read plus these warnings, each with a Dutch and an English text.

use serde::{Serialize, Serializer};

/// The user's language. Dutch is the default: the users are Dutch professionals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// "nl" or "en" (anything else is Dutch).
    pub fn from_code(code: &str) -> Lang {
        if code.trim().eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            Lang::Nl
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

/// Something the user should know about how a text was read.
#[derive(Debug, Clone, PartialEq)]
pub enum Warning {
    /// The text was empty or only white space.
    EmptyInput,
    /// The text does not look like text (binary data pasted or dropped).
    NotText,
    /// No heading announcing knock-out criteria (eisen, vereisten, knock-out) was found.
    NoKnockoutSection,
    /// No weighted criteria (gunnings-/selectiecriteria, wensen) were found.
    NoWeightedSection,
    /// Neither knock-out nor weighted criteria were found.
    NoCriteria,
    /// The weights of the CV-judged criteria (plus price and interview) do not add up as stated.
    PointsTotalMismatch { found: f64, expected: f64 },
    /// Some weighted criteria carry points and others do not.
    SomeCriteriaWithoutPoints { ids: Vec<String> },
    /// The weighted criteria carry no points or weights at all.
    NoWeights,
    /// The text ends inside a list of criteria: the posting looks cut off.
    Truncated { after: String },
    /// The CV has no dated work experience the assessor could count.
    NoExperience,
    /// The CV names no education.
    NoEducation,
    /// The text was longer than the reader takes; the rest was not read.
    TooLong { limit_kb: usize },
    /// The posting lists more criteria than are judged; the rest were not read.
    TooManyCriteria { limit: usize },
    /// The deadline lies before the reference date.
    DeadlinePassed { deadline: String },
    /// The CV is two columns side by side (a layout copy of a PDF): the left column was read
    /// first, then the right one ([`crate::cv::columns`]).
    TwoColumns,
    /// The posting says its requirements are in an attachment ("zie bijlage") and lists none:
    /// the attachment was not pasted.
    CriteriaInAttachment,
    /// No list of criteria was found; the criteria were read from sentences ("Wat we echt nodig
    /// hebben is …", "Een pré is …, dat levert 15 punten op"), which the user should check.
    CriteriaFromProse,
    /// The weights were shares of the quality score ("telt voor 40 % van de kwaliteitsscore");
    /// they were converted to points of the total, the quality part being `quality` of 100.
    QualitySharesConverted { quality: f64 },
    /// The weights were shares of a quality score the posting gives in points ("De
    /// kwaliteitsscore bedraagt maximaal 80 punten" over "telt voor 25 % van de
    /// kwaliteitsscore"); they were converted to points of that score, `total` points in all.
    QualitySharesToPoints { total: f64 },
}

impl Warning {
    pub fn message(&self, lang: Lang) -> String {
        use Warning::*;
        match (self, lang) {
            (EmptyInput, Lang::Nl) => "De tekst is leeg.".into(),
            (EmptyInput, Lang::En) => "The text is empty.".into(),
            (NotText, Lang::Nl) => "Dit lijkt geen tekst te zijn (binaire gegevens?). Plak de tekst van de uitvraag.".into(),
            (NotText, Lang::En) => "This does not look like text (binary data?). Paste the posting's text.".into(),
            (NoKnockoutSection, Lang::Nl) => "Geen knock-outcriteria (eisen) gevonden. Controleer of de uitvraag volledig is geplakt.".into(),
            (NoKnockoutSection, Lang::En) => "No knock-out criteria (requirements) found. Check that the whole posting was pasted.".into(),
            (NoWeightedSection, Lang::Nl) => "Geen gunnings- of selectiecriteria (wensen) gevonden.".into(),
            (NoWeightedSection, Lang::En) => "No weighted criteria (award or selection criteria) found.".into(),
            (NoCriteria, Lang::Nl) => "In deze tekst zijn geen criteria gevonden; er valt niets te beoordelen.".into(),
            (NoCriteria, Lang::En) => "No criteria were found in this text; there is nothing to assess.".into(),
            (PointsTotalMismatch { found, expected }, Lang::Nl) => {
                format!("De punten tellen op tot {}, niet tot {}.", num(*found), num(*expected))
            }
            (PointsTotalMismatch { found, expected }, Lang::En) => {
                format!("The points add up to {}, not {}.", num(*found), num(*expected))
            }
            (SomeCriteriaWithoutPoints { ids }, Lang::Nl) => {
                format!("Bij {} staat geen puntenaantal.", ids.join(", "))
            }
            (SomeCriteriaWithoutPoints { ids }, Lang::En) => format!("No points are given for {}.", ids.join(", ")),
            (NoWeights, Lang::Nl) => "De wensen hebben geen weging; er worden geen punten berekend.".into(),
            (NoWeights, Lang::En) => "The weighted criteria carry no weights; no points are computed.".into(),
            (Truncated { after }, Lang::Nl) => format!("De tekst lijkt afgebroken na “{after}”."),
            (Truncated { after }, Lang::En) => format!("The text seems cut off after “{after}”."),
            (NoExperience, Lang::Nl) => "Geen werkervaring met data gevonden. Zet bij elke functie de periode (bijv. “03/2018 – 12/2021”): een beoordelaar telt alleen wat er staat.".into(),
            (NoExperience, Lang::En) => "No dated work experience found. Give every role its period (e.g. “03/2018 – 12/2021”): an assessor counts only what is written.".into(),
            (NoEducation, Lang::Nl) => "Geen opleiding gevonden. Vermeld opleiding, niveau en of het diploma is behaald.".into(),
            (NoEducation, Lang::En) => "No education found. State the degree, its level and whether it was completed.".into(),
            (TooLong { limit_kb }, Lang::Nl) => format!("De tekst is langer dan {limit_kb} kB; alleen het begin is gelezen."),
            (TooLong { limit_kb }, Lang::En) => format!("The text is longer than {limit_kb} KB; only its start was read."),
            (TooManyCriteria { limit }, Lang::Nl) => format!("De uitvraag heeft meer dan {limit} criteria; alleen de eerste {limit} zijn gelezen."),
            (TooManyCriteria { limit }, Lang::En) => format!("The posting has more than {limit} criteria; only the first {limit} were read."),
            (DeadlinePassed { deadline }, Lang::Nl) => format!("De inschrijftermijn is verlopen ({deadline})."),
            (DeadlinePassed { deadline }, Lang::En) => format!("The deadline has passed ({deadline})."),
            (TwoColumns, Lang::Nl) => "Het cv staat in twee kolommen naast elkaar: eerst de linker-, dan de rechterkolom gelezen. Controleer in de leesweergave of elke functie goed is gelezen.".into(),
            (TwoColumns, Lang::En) => "The CV is two columns side by side: the left column was read first, then the right one. Check in the reader's view that every job was read right.".into(),
            (CriteriaInAttachment, Lang::Nl) => "Volgens de tekst staan de eisen en wensen in een bijlage, en die is niet meegeplakt. Voeg de bijlage toe om te kunnen beoordelen.".into(),
            (CriteriaInAttachment, Lang::En) => "The text says the requirements are in an attachment, which was not included. Add the attachment to assess.".into(),
            (CriteriaFromProse, Lang::Nl) => "De uitvraag noemt de criteria in lopende tekst, niet als lijst; ze zijn uit de zinnen gelezen. Controleer of elk criterium en zijn punten kloppen.".into(),
            (CriteriaFromProse, Lang::En) => "The posting states its criteria in running text, not as a list; they were read from its sentences. Check that each criterion and its points are right.".into(),
            (QualitySharesConverted { quality }, Lang::Nl) => format!("De wegingen waren aandelen van de kwaliteitsscore; ze zijn omgerekend naar punten van het totaal (kwaliteit {} van 100).", num(*quality)),
            (QualitySharesToPoints { total }, Lang::Nl) => format!("De wegingen waren aandelen van de kwaliteitsscore; ze zijn omgerekend naar punten van die score (maximaal {} punten).", num(*total)),
            (QualitySharesToPoints { total }, Lang::En) => format!("The weights were shares of the quality score; they were converted to points of that score ({} points at most).", num(*total)),
            (QualitySharesConverted { quality }, Lang::En) => format!("The weights were shares of the quality score; they were converted to points of the total (quality {} of 100).", num(*quality)),
        }
    }

    /// A stable machine-readable code.
    pub fn code(&self) -> &'static str {
        use Warning::*;
        match self {
            EmptyInput => "empty_input",
            NotText => "not_text",
            NoKnockoutSection => "no_knockout_section",
            NoWeightedSection => "no_weighted_section",
            NoCriteria => "no_criteria",
            PointsTotalMismatch { .. } => "points_total_mismatch",
            SomeCriteriaWithoutPoints { .. } => "some_criteria_without_points",
            NoWeights => "no_weights",
            Truncated { .. } => "truncated",
            NoExperience => "no_experience",
            NoEducation => "no_education",
            TooLong { .. } => "too_long",
            TooManyCriteria { .. } => "too_many_criteria",
            DeadlinePassed { .. } => "deadline_passed",
            TwoColumns => "two_columns",
            CriteriaInAttachment => "criteria_in_attachment",
            CriteriaFromProse => "criteria_from_prose",
            QualitySharesConverted { .. } => "quality_shares_converted",
            QualitySharesToPoints { .. } => "quality_shares_to_points",
        }
    }
}

/// Serialises as the English message; adapters that know the user's language call `message`.
impl Serialize for Warning {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.message(Lang::En))
    }
}

/// A number without a needless ".0".
pub fn num(x: f64) -> String {
    // At most two decimals: "33.33", not "33.333333333333336".
    if !x.is_finite() || x.abs() >= 1e15 {
        return if x.is_nan() {
            "–".into()
        } else {
            "∞".into()
        };
    }
    let cents = (x * 100.0).round() as i64;
    let (sign, cents) = if cents < 0 {
        ("-", -cents)
    } else {
        ("", cents)
    };
    let (whole, frac) = (cents / 100, cents % 100);
    match frac {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::num;

    #[test]
    fn numbers_show_at_most_two_decimals() {
        assert_eq!(num(30.0), "30");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(100.0 / 3.0), "33.33");
        assert_eq!(num(0.05), "0.05");
        assert_eq!(num(-2.25), "-2.25");
        assert_eq!(num(-0.0), "0");
        assert_eq!(num(19.999), "20");
        assert_eq!(num(f64::NAN), "–");
        assert_eq!(num(f64::INFINITY), "∞");
    }
}
