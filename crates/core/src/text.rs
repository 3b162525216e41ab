//! Text helpers shared by the readers: folding for comparison, and cleaning the artefacts that
//! copying from web pages and PDFs leaves behind.

/// Lower case, diacritics removed, typographic quotes and dashes made plain: the form in which
/// words are compared ("Coördinator" and "coordinator" are one word to an assessor).
pub fn fold(s: &str) -> String {
    // Most words are plain ASCII: lowercase them without the per-character table.
    if s.is_ascii() && !s.contains('`') {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        // A run of plain ASCII is copied and lowercased at once.
        let run = rest
            .bytes()
            .position(|b| !b.is_ascii() || b == b'`')
            .unwrap_or(rest.len());
        if run > 0 {
            let from = out.len();
            out.push_str(&rest[..run]);
            out[from..].make_ascii_lowercase();
            rest = &rest[run..];
            continue;
        }
        let Some(c) = rest.chars().next() else {
            break;
        };
        rest = &rest[c.len_utf8()..];
        match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => {
                out.push('a')
            }
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => out.push('i'),
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => out.push('o'),
            'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => out.push('u'),
            'ý' | 'ÿ' | 'Ý' => out.push('y'),
            'ç' | 'Ç' => out.push('c'),
            'ñ' | 'Ñ' => out.push('n'),
            'ĳ' | 'Ĳ' => out.push_str("ij"),
            '’' | '‘' | '´' | '`' | 'ʼ' => out.push('\''),
            '“' | '”' | '„' => out.push('"'),
            '–' | '—' | '‑' | '−' => out.push('-'),
            '\u{a0}' | '\u{2007}' | '\u{202f}' => out.push(' '),
            _ => {
                for l in c.to_lowercase() {
                    out.push(l);
                }
            }
        }
    }
    out
}

/// Vocabulary words indexed by their first byte, so that whether any of them occurs in a line
/// is found in one pass over the line instead of one search per word.
pub struct WordSet {
    by_first: Vec<Vec<&'static [u8]>>,
    has_empty: bool,
}

impl WordSet {
    /// The set of `words` (any text; an empty word occurs everywhere, as with `contains`).
    pub fn new(words: &[&'static str]) -> WordSet {
        let mut by_first = vec![Vec::new(); 256];
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                by_first[b as usize].push(w.as_bytes());
            }
        }
        WordSet {
            by_first,
            has_empty: words.iter().any(|w| w.is_empty()),
        }
    }

    /// Whether any word occurs in `hay` as a substring (as `hay.contains(word)`).
    pub fn any_in(&self, hay: &str) -> bool {
        self.has_empty || self.find(hay, |_, _| true)
    }

    /// Whether any word occurs in `hay` as a whole word (as [`contains_word`]).
    pub fn any_word_in(&self, hay: &str) -> bool {
        self.find(hay, |start, end| {
            hay[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
                && hay[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
    }

    /// Whether a word occurs at some byte range for which `accept(start, end)` holds.
    fn find(&self, hay: &str, accept: impl Fn(usize, usize) -> bool) -> bool {
        let h = hay.as_bytes();
        for (i, &b) in h.iter().enumerate() {
            for w in &self.by_first[b as usize] {
                // A UTF-8 word that matches bytewise starts and ends on character boundaries.
                if h[i..].starts_with(w) && accept(i, i + w.len()) {
                    return true;
                }
            }
        }
        false
    }
}

/// Removes markdown emphasis and heading marks that pasted postings carry ("### **Eisen**").
pub fn strip_markdown(line: &str) -> String {
    let t = line.trim();
    let t = t.trim_start_matches('#').trim_start();
    let mut s = t.replace("**", "").replace("__", "");
    // A line wholly in *italics* or _italics_.
    for mark in ['*', '_'] {
        if s.len() > 2 && s.starts_with(mark) && s.ends_with(mark) && !s[1..].starts_with(' ') {
            s = s[1..s.len() - 1].to_string();
        }
    }
    s.trim().to_string()
}

/// Removes the '?' that PDF copies leave where bullets, quotes or non-breaking spaces were:
/// a lone "?" at the end after a space, doubled "??", and ".?Daarom" between sentences.
/// A real question mark ("Wat ga je doen?") is kept.
pub fn strip_pdf_question_marks(line: &str) -> String {
    if !line.contains('?') {
        return line.trim_end().to_string();
    }
    let mut s = line.trim_end().to_string();
    loop {
        let before = s.len();
        if s.ends_with("??") {
            s.truncate(s.len() - 2);
        } else if s.ends_with(" ?") || s.ends_with("\t?") || s == "?" {
            s.truncate(s.len() - 1);
        }
        s = s.trim_end().to_string();
        if s.len() == before {
            break;
        }
    }
    // ".?X" and ",?X" mid-line, and " ?(" before a parenthesis.
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    // A '?' that opened a quote (" ?zaakgericht") makes the next word-final '?' its closing quote.
    let mut quote_open = false;
    for (i, &c) in chars.iter().enumerate() {
        if c == '?' {
            let prev = if i > 0 { chars[i - 1] } else { ' ' };
            let next = chars.get(i + 1).copied().unwrap_or(' ');
            if quote_open && prev.is_alphanumeric() && !next.is_alphanumeric() {
                quote_open = false;
                continue;
            }
            if prev == ' ' && next.is_alphanumeric() {
                quote_open = true;
            }
            let bullet_like = matches!(prev, '.' | ';' | ',' | ':' | ')')
                && (next.is_uppercase() || next == ' ')
                || prev == ' ' && (next == '(' || next.is_alphanumeric())
                || prev == '?'
                || next == '?';
            if bullet_like {
                if prev != ' ' && next != ' ' {
                    out.push(' ');
                }
                continue;
            }
        }
        out.push(c);
    }
    out.trim_end().to_string()
}

/// True for page furniture that lands mid-text in PDF copies: "Pagina 2 van 4", "Page 3 of 5",
/// "- 2 -", "2/4", a bare page number.
pub fn is_page_footer(line: &str) -> bool {
    // Every form has a page number and is short: most lines are rejected without folding.
    let t = line.trim();
    if t.len() > 32 || !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let f = fold(t);
    if f.is_empty() {
        return false;
    }
    let words: Vec<&str> = f.split_whitespace().collect();
    let is_num = |w: &str| !w.is_empty() && w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit());
    match words.as_slice() {
        [p, a, v, b]
            if (*p == "pagina" || *p == "page" || *p == "blz.")
                && is_num(a)
                && (*v == "van" || *v == "of")
                && is_num(b) =>
        {
            true
        }
        [p, a] if (*p == "pagina" || *p == "page") && is_num(a) => true,
        ["-", a, "-"] if is_num(a) => true,
        [a] if is_num(a) => true,
        [a] => {
            let mut parts = a.split('/');
            matches!((parts.next(), parts.next(), parts.next()), (Some(x), Some(y), None) if is_num(x) && is_num(y))
        }
        _ => false,
    }
}

/// Whole-word containment on folded text: `needle` occurs in `haystack` with no letter or digit
/// directly before or after it.
pub fn contains_word(haystack: &str, needle: &str) -> bool {
    find_word(haystack, needle).is_some()
}

/// Byte offset of the first whole-word occurrence of `needle` in `haystack`.
pub fn find_word(haystack: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    let mut from = 0;
    while let Some(pos) = haystack[from..].find(needle) {
        let start = from + pos;
        let end = start + needle.len();
        let before_ok = haystack[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = haystack[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            return Some(start);
        }
        from = start + haystack[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Parses a Dutch or English number: "110", "110,00", "1.250,50", "95.5".
pub fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim().trim_end_matches([',', '-', '.']);
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    let normalized = if s.contains(',') {
        // Dutch: dots group thousands, the comma is the decimal sign.
        s.replace('.', "").replace(',', ".")
    } else if s.matches('.').count() == 1
        && s.rsplit('.').next().is_some_and(|d| d.len() == 3)
        && s.len() > 4
    {
        // "1.250" groups thousands.
        s.replace('.', "")
    } else {
        s.to_string()
    };
    normalized.parse().ok()
}

/// Bytes that no posting or CV contains: NUL, or many control characters.
pub fn looks_binary(text: &str) -> bool {
    // One pass over the first 4096 characters, without collecting them.
    let (mut len, mut odd) = (0usize, 0usize);
    for c in text.chars().take(4096) {
        if c == '\0' {
            return true;
        }
        len += 1;
        if (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')) || c == '\u{fffd}' {
            odd += 1;
        }
    }
    len > 0 && odd * 10 > len
}

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
pub fn truncate_at_char(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The words of `s` between white space: the same as `str::split_whitespace`, but ASCII (most
/// of every line) is tested by byte, without decoding characters. Readers walk and count the
/// words of every line.
pub fn words(s: &str) -> Words<'_> {
    Words { rest: s }
}

/// Iterator of [`words`].
pub struct Words<'a> {
    rest: &'a str,
}

/// Whether the character at byte `i` of `s` is white space (as [`char::is_whitespace`]), and
/// its length in bytes; ASCII is tested by byte.
fn space_at(s: &str, i: usize) -> (bool, usize) {
    let b = s.as_bytes()[i];
    if b.is_ascii() {
        (matches!(b, b' ' | b'\t'..=b'\r'), 1)
    } else {
        let c = s[i..].chars().next().unwrap_or('\0');
        (c.is_whitespace(), c.len_utf8())
    }
}

/// How many [`words`] `s` has (as `s.split_whitespace().count()`), in one pass over its bytes.
pub fn word_count(s: &str) -> usize {
    let b = s.as_bytes();
    let (mut n, mut in_word, mut i) = (0, false, 0);
    while i < b.len() {
        let (space, len) = match b[i] {
            b' ' | b'\t'..=b'\r' => (true, 1),
            c if c.is_ascii() => (false, 1),
            _ => space_at(s, i),
        };
        if !space && !in_word {
            n += 1;
        }
        in_word = !space;
        i += len;
    }
    n
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let (s, b) = (self.rest, self.rest.as_bytes());
        let mut start = 0;
        while start < b.len() {
            // Plain letters and spaces by byte; a non-ASCII character is decoded.
            let (space, n) = match b[start] {
                b' ' | b'\t'..=b'\r' => (true, 1),
                c if c.is_ascii() => (false, 1),
                _ => space_at(s, start),
            };
            if !space {
                break;
            }
            start += n;
        }
        if start == b.len() {
            self.rest = "";
            return None;
        }
        let mut end = start;
        while end < b.len() {
            let (space, n) = match b[end] {
                b' ' | b'\t'..=b'\r' => (true, 1),
                c if c.is_ascii() => (false, 1),
                _ => space_at(s, end),
            };
            if space {
                break;
            }
            end += n;
        }
        self.rest = &s[end..];
        Some(&s[start..end])
    }
}

/// A count from one to ten written as a word, Dutch or English, already folded ("één" folds to
/// "een"): "drie" and "three" → 3. Digits are each caller's own (their limits differ).
pub fn number_word(folded: &str) -> Option<u32> {
    const WORDS: [[&str; 10]; 2] = [
        [
            "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
        ],
        [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        ],
    ];
    WORDS
        .iter()
        .find_map(|words| words.iter().position(|w| *w == folded))
        .map(|i| i as u32 + 1)
}

/// The text without its bracketed remarks: "titel 4.2 (subsidies)" is "titel 4.2 ", "Privacy
/// officer (ter ondersteuning van de FG)" is "Privacy officer ". An unclosed bracket drops the
/// rest; a stray closing one is dropped.
pub fn without_brackets(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {

    /// Headings, bold and whole-line italics in either mark go; a bullet "* " and underscores
    /// inside words stay.
    #[test]
    fn markdown_marks() {
        for (line, want) in [
            ("## Eisen", "Eisen"),
            ("**Wens 1**", "Wens 1"),
            ("_Weging: 20 punten_", "Weging: 20 punten"),
            ("*Weging: 20 punten*", "Weging: 20 punten"),
            ("* Ervaring met de Woo", "* Ervaring met de Woo"),
            ("zie bestand eisen_v2_def", "zie bestand eisen_v2_def"),
        ] {
            assert_eq!(strip_markdown(line), want, "{line}");
        }
    }
    use super::*;

    #[test]
    fn word_sets_find_what_contains_finds() {
        let words = ["ab", "één", "b", "gemeente", "aab"];
        let set = WordSet::new(&words);
        let hays = [
            "",
            "a",
            "gemeente utrecht",
            "coördinator één",
            "aaab",
            "xab",
            "ab c",
            "bab",
        ];
        for h in hays {
            assert_eq!(set.any_in(h), words.iter().any(|w| h.contains(w)), "{h:?}");
            let whole = words.iter().any(|w| contains_word(h, w));
            assert_eq!(set.any_word_in(h), whole, "{h:?}");
        }
        assert!(WordSet::new(&[""]).any_in("x"));
    }

    #[test]
    fn fold_removes_case_and_diacritics() {
        assert_eq!(
            fold("Coördinator Vluchtelingenopvangbeleid"),
            "coordinator vluchtelingenopvangbeleid"
        );
        assert_eq!(fold("pagina’s – Ëen"), "pagina's - een");
    }

    #[test]
    fn strips_pdf_question_marks_but_keeps_questions() {
        assert_eq!(
            strip_pdf_question_marks("belast met het Kansenmakersteam. ? "),
            "belast met het Kansenmakersteam."
        );
        assert_eq!(
            strip_pdf_question_marks("weg te nemen.?? "),
            "weg te nemen."
        );
        assert_eq!(
            strip_pdf_question_marks("organisatie.?Daarom neem je"),
            "organisatie. Daarom neem je"
        );
        assert_eq!(
            strip_pdf_question_marks("door Flextender ?(weging, totaal 100 punten)"),
            "door Flextender (weging, totaal 100 punten)"
        );
        assert_eq!(
            strip_pdf_question_marks("Wat ga je doen? "),
            "Wat ga je doen?"
        );
        assert_eq!(strip_pdf_question_marks("?"), "");
        assert_eq!(
            strip_pdf_question_marks("met ?zaakgericht werken?; (25 punten)"),
            "met zaakgericht werken; (25 punten)"
        );
    }

    #[test]
    fn recognises_page_footers() {
        for f in [
            "Pagina 2 van 4",
            "\t\tPagina 3 van 4",
            "Page 1 of 2",
            "- 2 -",
            "7",
            "2/4",
        ] {
            assert!(is_page_footer(f), "{f}");
        }
        for f in [
            "2 jaar ervaring",
            "Pagina's",
            "1. Een afgeronde opleiding",
            "",
        ] {
            assert!(!is_page_footer(f), "{f}");
        }
    }

    #[test]
    fn whole_words_only() {
        assert!(contains_word("werkervaring als secretaris;", "secretaris"));
        assert!(!contains_word("bestuurssecretaris", "secretaris"));
        assert_eq!(find_word("a eisen eisen", "eisen"), Some(2));
    }

    #[test]
    fn parses_dutch_numbers() {
        assert_eq!(parse_number("110,00"), Some(110.0));
        assert_eq!(parse_number("1.250,50"), Some(1250.5));
        assert_eq!(parse_number("95.5"), Some(95.5));
        assert_eq!(parse_number("110,-"), Some(110.0));
        assert_eq!(parse_number("abc"), None);
    }

    #[test]
    fn counts_written_as_words() {
        assert_eq!(number_word("een"), Some(1));
        assert_eq!(number_word("drie"), Some(3));
        assert_eq!(number_word("three"), Some(3));
        assert_eq!(number_word("tien"), Some(10));
        assert_eq!(number_word("ten"), Some(10));
        assert_eq!(number_word("elf"), None);
        assert_eq!(number_word("3"), None);
    }

    #[test]
    fn words_split_as_split_whitespace_does() {
        for s in [
            "",
            "   ",
            "Adviseur  Gemeente\tUtrecht\r\n2019 – heden",
            " een\u{a0}twee\u{2003}drie\u{3000}vier\u{85}vijf\u{b}zes\u{c}zeven ",
            "Coördinator\u{200b}zonder spatie, €  95,-",
            "x",
            "een  twee\tdrie\r\nvier",
            " voor\u{a0}na\u{2009}x\u{3000}y ",
            "Gemeente Wijdmeren – café’s\x0bvt\x0cff\u{85}nel",
            "é",
            "\u{2028}regel\u{2029}",
        ] {
            assert_eq!(
                words(s).collect::<Vec<_>>(),
                s.split_whitespace().collect::<Vec<_>>(),
                "{s:?}"
            );
            assert_eq!(word_count(s), s.split_whitespace().count(), "{s:?}");
        }
    }
}
