//! Two columns side by side in plain text, as a two-column CV comes out of `pdftotext -layout`
//! or a viewer that keeps the spacing: "PERSONALIA         WERKERVARING". Read line by line,
//! the sidebar (contact, skills, languages) runs through the jobs. When the text has one gap
//! column that many lines share, the left column is read first and then the right one.

/// The fewest lines that must have text in both columns, and in each column alone.
const MIN_BOTH: usize = 4;
const MIN_ALONE: usize = 3;

/// The lines in reading order when the text is two columns side by side, else `None`.
/// Lines above the first line with text in the right column (name, title across the page, the
/// start of the sidebar) stay first.
pub fn reading_order(lines: &[String]) -> Option<Vec<String>> {
    // Two columns side by side need lines with a gap of spaces inside them.
    let gapped = lines.iter().filter(|l| l.trim().contains("  ")).count();
    if gapped < MIN_BOTH {
        return None;
    }
    // The gap column needs enough lines whose text starts there after two spaces: counted
    // without decoding the lines into characters, which only a likely two-column text pays.
    let mut starting = [0usize; 200];
    for l in lines {
        let b = l.as_bytes();
        // `x` counts characters: every byte but UTF-8 continuation bytes starts one. A space
        // is one byte that no longer character contains, so two space bytes before a
        // character are two space characters.
        let mut x = 0;
        for (i, &byte) in b.iter().enumerate() {
            if byte & 0xC0 == 0x80 {
                continue;
            }
            if x >= starting.len() {
                break;
            }
            if x >= 12 && b[i - 1] == b' ' && b[i - 2] == b' ' {
                let space = if byte.is_ascii() {
                    matches!(byte, b' ' | b'\t'..=b'\r')
                } else {
                    l[i..].chars().next().is_some_and(char::is_whitespace)
                };
                if !space {
                    starting[x] += 1;
                }
            }
            x += 1;
        }
    }
    if starting.iter().all(|n| *n < MIN_BOTH + MIN_ALONE) {
        return None;
    }
    let chars: Vec<Vec<char>> = lines.iter().map(|l| l.chars().collect()).collect();
    let x = gap_column(&chars)?;
    let first = chars.iter().position(|c| starts_at(c, x))?;
    let mut left = Vec::new();
    let mut right = Vec::new();
    for c in &chars[first..] {
        let (l, r) = split_at(c, x);
        left.push(l);
        right.push(r);
    }
    let mut out: Vec<String> = lines[..first].to_vec();
    out.extend(left);
    out.push(String::new());
    out.extend(right);
    Some(out)
}

/// Text starts at `x` after at least two spaces (or from the line's start).
fn starts_at(c: &[char], x: usize) -> bool {
    x >= 2 && c.len() > x && !c[x].is_whitespace() && c[x - 1] == ' ' && c[x - 2] == ' '
}

/// Text runs across `x`: letters on both sides without a gap.
fn crosses(c: &[char], x: usize) -> bool {
    c.len() > x && !c[x].is_whitespace() && !c[x - 1].is_whitespace()
}

/// The column where the right-hand text starts, if the text is two columns: most lines
/// with text on both sides start it there, some lines have text only left of it and some
/// only right of it, and hardly any line runs across it. Right-aligned dates after a title
/// ("Adviseur        2019 – heden") have no lines on the right alone, so they stay one column.
fn gap_column(chars: &[Vec<char>]) -> Option<usize> {
    // Per line, once: where its text starts and ends (in chars).
    let bounds: Vec<Option<(usize, usize)>> = chars
        .iter()
        .map(|c| {
            let first = c.iter().position(|ch| !ch.is_whitespace())?;
            let last = c.iter().rposition(|ch| !ch.is_whitespace())?;
            Some((first, last))
        })
        .collect();
    let text_lines = bounds.iter().flatten().count();
    let widest = chars.iter().map(Vec::len).max()?;
    // Lines with text starting at each column, counted in one pass: a column where fewer
    // than the required lines start cannot be the gap, and is not tried line by line.
    let mut starting = vec![0usize; widest.min(200)];
    for c in chars {
        for (x, n) in starting.iter_mut().enumerate().take(c.len()).skip(12) {
            if starts_at(c, x) {
                *n += 1;
            }
        }
    }
    let mut best: Option<(usize, usize)> = None;
    for (x, n) in starting.iter().enumerate().skip(12) {
        if *n < MIN_BOTH + MIN_ALONE {
            continue;
        }
        let (mut both, mut right_alone, mut left_alone, mut across) = (0, 0, 0, 0);
        for (c, b) in chars.iter().zip(&bounds) {
            let Some((first, last)) = *b else { continue };
            if last < x {
                left_alone += 1;
            } else if crosses(c, x) {
                across += 1;
            } else if starts_at(c, x) {
                if first < x {
                    both += 1;
                } else {
                    right_alone += 1;
                }
            }
        }
        let fits = both >= MIN_BOTH
            && right_alone >= MIN_ALONE
            && left_alone >= MIN_ALONE
            && across * 20 <= text_lines
            && (both + right_alone) * 4 >= text_lines;
        if fits && best.is_none_or(|(_, n)| both + right_alone > n) {
            best = Some((x, both + right_alone));
        }
    }
    best.map(|(x, _)| x)
}

/// The line's text left of `x` and from `x`, each trimmed at its end.
fn split_at(c: &[char], x: usize) -> (String, String) {
    let cut = x.min(c.len());
    let left: String = c[..cut].iter().collect();
    let right: String = c[cut..].iter().collect();
    (left.trim_end().to_string(), right.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<String> {
        s.lines().map(str::to_string).collect()
    }

    #[test]
    fn a_sidebar_beside_the_jobs_is_read_after_them() {
        let text = "\
ANNA DE VRIES
ADVISEUR ONDERWIJS

CONTACT                       PROFIEL
06 12 34 56 78                Ervaren adviseur met een achtergrond in het
Breda                         onderwijs en het sociaal domein.

TALEN                         WERKERVARING
Nederlands  moedertaal
Engels      goed              Adviseur onderwijs
                              Gemeente Breda
VAARDIGHEDEN                  sep 2022 – heden
Gespreksvoering               • Leerplicht en RMC
Excel                         Leerkracht groep 8
                              OBS De Linde, Breda
                              aug 2014 – jul 2022
";
        let out = reading_order(&lines(text)).expect("two columns");
        let joined = out.join("\n");
        // The right column's job lines follow each other, without sidebar lines between.
        assert!(joined.contains("Adviseur onderwijs\nGemeente Breda\nsep 2022 – heden\n• Leerplicht en RMC\nLeerkracht groep 8"), "{joined}");
        // The sidebar comes first, whole.
        assert!(
            joined
                .starts_with("ANNA DE VRIES\nADVISEUR ONDERWIJS\n\nCONTACT\n06 12 34 56 78\nBreda"),
            "{joined}"
        );
    }

    #[test]
    fn right_aligned_dates_stay_on_their_line() {
        let text = "\
WERKERVARING
Beleidsadviseur wonen                          2019 – heden
Gemeente Zwolle
Opstellen van de woonvisie en prestatieafspraken met corporaties.
Projectmedewerker Omgevingswet                 2015 – 2019
Provincie Overijssel
Invoering van de Omgevingswet in de provinciale organisatie.
Junior beleidsmedewerker                       2013 – 2015
Gemeente Deventer
Medewerker communicatie                        2011 – 2013
Gemeente Olst-Wijhe
";
        assert_eq!(reading_order(&lines(text)), None);
    }

    #[test]
    fn one_column_prose_is_left_alone() {
        let text = "Ik werk sinds 2019 als adviseur bij de gemeente Zwolle.\n\nDaarvoor was ik vijf jaar projectleider.\n";
        assert_eq!(reading_order(&lines(text)), None);
    }
}
