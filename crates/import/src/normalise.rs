//! What every extractor leaves behind, cleaned once for every format: ligatures, accents,
//! soft and non-breaking hyphens, line-end hyphenation, letter-spaced headings, spacing and
//! blank-line runs. The result is what the CV reader and the user see.

use unicode_normalization::UnicodeNormalization;

/// Words that follow a real hyphen at a line end ("Jeugd-" / "en Wmo-domein"): the hyphen
/// stands for a shared word part, so the lines are not joined.
const CONJUNCTIONS: &[&str] = &[
    "en", "of", "tot", "t/m", "and", "or", "to", "noch", "dan", "als", "maar", "&",
];

/// Cleans extracted text. Shape: lines separated by `\n` (no `\r`), no trailing spaces, at
/// most one blank line in a row, no leading or trailing blank lines; tabs (flattened table
/// cells) are kept.
///
/// In order: compatibility ligatures (U+FB00–FB06) become letters; soft hyphens (U+00AD)
/// go; non-breaking and Unicode hyphens (U+2010, U+2011) become `-`; no-break spaces
/// become spaces; symbol-font bullets in the private use area become `•`; spacing accents
/// placed before a letter (pdfTeX: `Co¨ordinator`) and combining marks are composed (NFC);
/// letter-spaced words (`W E R K E R V A R I N G`) are closed up; runs of spaces become
/// one; a word hyphenated at a line end is joined when the next line continues it (a
/// lowercase start that is not a conjunction); `UAV- GC` becomes `UAV-GC`.
pub fn normalise(text: &str) -> String {
    normalise_spacing(text, true)
}

/// [`normalise`] for a plain text file: everything but collapsing runs of spaces. In a text
/// the user made, a run of spaces is layout (table cells, two columns side by side), read
/// as such by the CV reader, as when the same text is pasted.
pub fn normalise_typed(text: &str) -> String {
    normalise_spacing(text, false)
}

fn normalise_spacing(text: &str, collapse: bool) -> String {
    let chars = compose(&map_chars(text));
    let lines: Vec<String> = chars
        .split('\n')
        .map(|l| {
            let l = l.trim_end();
            if collapse {
                close_spaced_letters(&collapse_spaces(l))
            } else {
                close_spaced_letters(l)
            }
        })
        .map(|l| join_capital_compounds(&l))
        .collect();
    let lines = join_hyphenated(lines);
    let mut out = String::with_capacity(text.len());
    let mut blank = true;
    for line in &lines {
        if line.trim().is_empty() {
            if !blank {
                out.push('\n');
            }
            blank = true;
            continue;
        }
        blank = false;
        out.push_str(line);
        out.push('\n');
    }
    out.trim_end().to_string()
}

/// Character-level replacements that need no context.
fn map_chars(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                // CRLF and a lone CR are both one line end.
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            '\u{00AD}' => {}
            '\u{2010}' | '\u{2011}' => out.push('-'),
            '\u{00A0}' | '\u{202F}' | '\u{2007}' => out.push(' '),
            // Symbol and Wingdings bullets, as Word's PDFs and DOCX runs carry them.
            '\u{F0B7}' | '\u{F0A7}' | '\u{F0D8}' | '\u{F076}' | '\u{F0FC}' => out.push('•'),
            _ => out.push(c),
        }
    }
    out
}

/// The combining mark for a spacing accent as pdfTeX's OT1 fonts draw it.
fn combining(c: char) -> Option<char> {
    Some(match c {
        '\u{00A8}' => '\u{0308}', // ¨
        '\u{02C6}' | '^' => '\u{0302}',
        '\u{00B4}' => '\u{0301}', // ´
        '`' => '\u{0300}',
        '\u{02DC}' | '~' => '\u{0303}',
        '\u{00B8}' => '\u{0327}', // ¸
        '\u{02C7}' => '\u{030C}', // ˇ
        '\u{02DA}' => '\u{030A}', // ˚
        _ => return None,
    })
}

/// NFC, after moving a spacing accent that precedes a letter behind it, but only where the
/// pair composes to one letter (so a lone `^` or a backtick stays).
fn compose(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if let (Some(mark), Some(&next)) = (combining(chars[i]), chars.get(i + 1)) {
            if next.is_alphabetic() {
                let mut composed = [next, mark].into_iter().nfc();
                if let (Some(one), None) = (composed.next(), composed.next()) {
                    if one != next {
                        out.push(one);
                        i += 2;
                        continue;
                    }
                }
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    if out.chars().any(|c| ('\u{0300}'..='\u{036F}').contains(&c)) {
        out.nfc().collect()
    } else {
        out
    }
}

/// Runs of spaces inside a line become one; leading spaces and tabs are kept.
fn collapse_spaces(line: &str) -> String {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let mut out = String::with_capacity(line.len());
    out.push_str(&line[..indent]);
    let mut space = false;
    for c in line[indent..].chars() {
        if c == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            space = false;
            out.push(c);
        }
    }
    out
}

/// `W E R K E R V A R I N G` → `WERKERVARING`: four or more single letters in a row,
/// separated by single spaces, are one word. (Extractors that see a wider gap between the
/// words give two spaces there; by then they are one, so such headings become one word.)
fn close_spaced_letters(line: &str) -> String {
    let tokens: Vec<&str> = line.split(' ').collect();
    if tokens.len() < 4 {
        return line.to_string();
    }
    let single = |t: &str| {
        let mut cs = t.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if c.is_alphabetic())
    };
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let run = tokens[i..].iter().take_while(|t| single(t)).count();
        if run >= 4 {
            out.push(tokens[i..i + run].concat());
            i += run;
        } else {
            out.push(tokens[i].to_string());
            i += 1;
        }
    }
    out.join(" ")
}

/// `UAV- GC` → `UAV-GC`: an all-capitals word part before a hyphen, a space, then a capital
/// (a compound split by the extractor, not "Jeugd- en").
fn join_capital_compounds(line: &str) -> String {
    if !line.contains("- ") {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("- ") {
        let (before, after) = (&rest[..at], &rest[at + 2..]);
        out.push_str(before);
        out.push('-');
        let part = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let caps = part.chars().filter(|c| c.is_uppercase()).count() >= 2
            && part.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        if !(caps && after.starts_with(|c: char| c.is_uppercase())) {
            out.push(' ');
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Joins words hyphenated at a line end: the continuation moves up to the first line (so
/// each line keeps its place). The hyphen is dropped unless it is a real one: the part
/// before it has a capital (`Wmo-|domein`, `ICT-|project`), the two sides would read as one
/// vowel (`zee-|egel`), or the text writes the word with the hyphen elsewhere.
fn join_hyphenated(mut lines: Vec<String>) -> Vec<String> {
    let whole = lines.join("\n");
    // Lines emptied by giving their only word to the line before: dropped, not left blank.
    let mut emptied = vec![false; lines.len()];
    for i in 0..lines.len().saturating_sub(1) {
        let Some(part) = hyphenated_end(&lines[i]) else {
            continue;
        };
        let next = lines[i + 1].trim_start().to_string();
        let word_end = next.find([' ', '\t']).unwrap_or(next.len());
        let word = next[..word_end].to_string();
        if word.starts_with(|c: char| c.is_uppercase()) {
            // A line broken after a real hyphen before a capital ("UAV-|GC",
            // "Noord-|Holland"): hyphenation never splits there, so the word is one.
            lines[i].push_str(&word);
            let rest = next[word_end..].trim_start().to_string();
            emptied[i + 1] = rest.is_empty();
            lines[i + 1] = rest;
            continue;
        }
        if !word.starts_with(|c: char| c.is_lowercase())
            || CONJUNCTIONS.contains(&word.trim_end_matches([',', ';', '.']))
        {
            continue;
        }
        let head: String = word
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect::<String>();
        let hyphenated = format!("{part}-{head}");
        // The text's own spelling elsewhere decides first (a CV that says "Gemeente"
        // joins "Ge-|meente"); then the form of the word parts.
        let keep = if whole.contains(&format!("{part}{head}")) {
            false
        } else {
            whole.contains(&hyphenated)
                || part.chars().any(char::is_uppercase)
                || vowel_clash(part, &head)
        };
        let rest = next[word_end..].trim_start().to_string();
        if !keep {
            lines[i].pop();
        }
        lines[i].push_str(&word);
        emptied[i + 1] = rest.is_empty();
        lines[i + 1] = rest;
    }
    lines
        .into_iter()
        .zip(emptied)
        .filter_map(|(l, e)| (!e).then_some(l))
        .collect()
}

/// The word part before a line-end hyphen, if the line ends in letter + `-`.
fn hyphenated_end(line: &str) -> Option<&str> {
    let body = line.strip_suffix('-')?;
    let part = body
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .filter(|p| !p.is_empty())?;
    // "-" after "foo-bar-" is a chain; the last part still decides.
    Some(part)
}

/// Whether `a`'s last letter and `b`'s first would read as one sound (Dutch writes a hyphen
/// there: zee-egel, na-apen, auto-ongeluk), so hyphenation would not split there.
fn vowel_clash(a: &str, b: &str) -> bool {
    let (Some(x), Some(y)) = (a.chars().last(), b.chars().next()) else {
        return false;
    };
    let pair: String = [x.to_ascii_lowercase(), y.to_ascii_lowercase()]
        .iter()
        .collect();
    matches!(
        pair.as_str(),
        "aa" | "ee" | "oo" | "uu" | "ie" | "ei" | "eu" | "ui" | "ou" | "oe" | "au" | "ai" | "oi"
    )
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn ligatures_become_letters() {
        assert_eq!(
            normalise("Gri\u{FB03}oen \u{FB01}etspaden"),
            "Griffioen fietspaden"
        );
        assert_eq!(
            normalise("e\u{FB00}ect \u{FB02}ex \u{FB04}"),
            "effect flex ffl"
        );
    }

    #[test]
    fn accents_are_composed() {
        // Combining marks (NFD) and pdfTeX's spacing accents before the letter.
        assert_eq!(normalise("Coo\u{0308}rdinator"), "Coördinator");
        assert_eq!(normalise("Co\u{00A8}ordinator"), "Coördinator");
        assert_eq!(normalise("Frysl\u{02C6}an"), "Fryslân");
        assert_eq!(normalise("caf\u{00B4}e"), "café");
        // A caret or backtick that composes with nothing stays.
        assert_eq!(normalise("a ^ b `x"), "a ^ b `x");
    }

    #[test]
    fn hyphens_soft_and_non_breaking() {
        assert_eq!(normalise("Wmo\u{2011}consulent"), "Wmo-consulent");
        assert_eq!(
            normalise("be\u{00AD}leids\u{00AD}adviseur"),
            "beleidsadviseur"
        );
    }

    #[test]
    fn line_end_hyphenation_is_joined_where_the_word_continues() {
        let got = normalise(
            "Ik vertaal risicopa-\nragrafen naar adviezen, Jeugd-\nen Wmo-domein. Ervaren met ver-\nbonden-partijenbeleid en gemeen-\nschappelijke regelingen.",
        );
        assert_eq!(
            got,
            "Ik vertaal risicoparagrafen\nnaar adviezen, Jeugd-\nen Wmo-domein. Ervaren met verbonden-partijenbeleid\nen gemeenschappelijke\nregelingen."
        );
        // A capital before the hyphen or a vowel clash keeps it; a new capitalised line is
        // no continuation; a dash between dates is no hyphenation.
        assert_eq!(normalise("het Wmo-\ndomein"), "het Wmo-domein");
        assert_eq!(
            normalise("Ge-\nmeente Zwolle\nGemeente Ede"),
            "Gemeente\nZwolle\nGemeente Ede"
        );
        assert_eq!(normalise("een zee-\negel"), "een zee-egel");
        assert_eq!(
            normalise("Planologie -\nGemeente"),
            "Planologie -\nGemeente"
        );
        assert_eq!(normalise("2010 -\n2014"), "2010 -\n2014");
        assert_eq!(normalise("ICT-\nen HR-afdeling"), "ICT-\nen HR-afdeling");
        // A continuation that was the whole next line leaves no blank line.
        assert_eq!(normalise("ver-\nwerking\nVolgende"), "verwerking\nVolgende");
    }

    #[test]
    fn capital_compounds_split_by_the_extractor_are_joined() {
        assert_eq!(
            normalise("contracten UAV- GC en DBFM"),
            "contracten UAV-GC en DBFM"
        );
        assert_eq!(normalise("Jeugd- en Wmo-domein"), "Jeugd- en Wmo-domein");
    }

    #[test]
    fn letter_spaced_headings_are_closed_up() {
        assert_eq!(normalise("W E R K E R V A R I N G"), "WERKERVARING");
        assert_eq!(normalise("P R O F I E L\nIk ben"), "PROFIEL\nIk ben");
        // Short runs are ordinary text.
        assert_eq!(normalise("a b c"), "a b c");
        assert_eq!(
            normalise("Periode: 2019 - 2021 x y"),
            "Periode: 2019 - 2021 x y"
        );
    }

    #[test]
    fn spaces_and_blank_lines() {
        assert_eq!(
            normalise("\n\n  Naam\r\n\r\n\r\n\r\ngemeen   regelingen  \n\n"),
            "  Naam\n\ngemeen regelingen"
        );
        assert_eq!(normalise("a\tb\u{00A0}c"), "a\tb c");
        assert_eq!(normalise("\u{F0B7} Bullet"), "• Bullet");
    }

    #[test]
    fn a_typed_text_keeps_its_spacing() {
        use super::normalise_typed;
        let two_columns = "CONTACT          PROFIEL\n06 12 34 56 78   Adviseur\n\n\n\nslot   ";
        assert_eq!(
            normalise_typed(two_columns),
            "CONTACT          PROFIEL\n06 12 34 56 78   Adviseur\n\nslot"
        );
        assert_eq!(
            normalise_typed("\u{FB01}etspaden W E R K"),
            "fietspaden WERK"
        );
    }
}
