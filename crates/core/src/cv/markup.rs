//! Markup in pasted CV text, removed so the reader sees the text: markdown ("## Ervaring",
//! "### Adviseur — UWV", "*Mar 2022 – Oct 2026* · Den Haag", "**Rol:**", "_2019_", "`x`",
//! "[site](https://…)") and XML or HTML tags ("<Period>[ 01/2022 – Current ]</Period>",
//! "<WorkExperience>", "<li><b>Adviseur</b>, UWV</li>", "&amp;").
//!
//! Works line by line and never adds or removes a line, so line numbers stay the user's.
//! A line without any markup character comes back as it was, without allocating.

/// Bytes that may start inline markup.
fn is_mark(b: u8) -> bool {
    matches!(b, b'<' | b'*' | b'_' | b'&' | b'`' | b'[')
}

/// Whether the line may hold markup: an inline mark anywhere, or a heading, quote or table
/// rule at its start. A line for which this is false is returned as it is.
fn may_hold_markup(line: &str) -> bool {
    let start = line.trim_start().as_bytes().first();
    matches!(start, Some(b'#' | b'>' | b'|')) || line.bytes().any(is_mark)
}

/// The line's text without markup; `line` itself when it holds none. Leading whitespace is
/// kept (it separates columns), except before a markdown heading mark.
pub fn plain(line: String) -> String {
    if !may_hold_markup(&line) {
        return line;
    }
    let body = line.trim_start();
    let indent = &line[..line.len() - body.len()];
    // A markdown table's rule ("|---|:--:|") or a horizontal rule ("---", "***") says nothing.
    let t = body.trim_end();
    let rule = t.len() >= 3
        && t.bytes()
            .all(|b| matches!(b, b'|' | b'-' | b':' | b' ' | b'*' | b'_'))
        && t.bytes().any(|b| matches!(b, b'-' | b'*' | b'_'))
        && (t.contains('|')
            || t.bytes()
                .filter(|b| *b != b' ')
                .all(|b| b == t.as_bytes()[0]));
    if rule {
        return String::new();
    }
    // "## Werkervaring", "> quoted": the marks go, with their space.
    let (indent, body) = if let Some(rest) = heading_text(body) {
        ("", rest)
    } else if let Some(rest) = body.strip_prefix("> ") {
        (indent, rest)
    } else {
        (indent, body)
    };
    if let Some(heading) = list_heading(t) {
        return heading;
    }
    let mut out = String::with_capacity(line.len());
    out.push_str(indent);
    inline(body, &mut out);
    if out.len() == line.len() && out == line {
        return line;
    }
    out
}

/// A line holding only the opening tag of an export's list ("<WorkExperienceList>",
/// "<EducationList>") names its section: the words of the name without "List", when they
/// are a known heading ("Work Experience", "Education").
fn list_heading(t: &str) -> Option<String> {
    let name = t.strip_prefix('<')?.strip_suffix('>')?;
    let name = name.strip_suffix("List")?;
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut words = String::with_capacity(name.len() + 4);
    for (i, c) in name.char_indices() {
        if i > 0 && c.is_ascii_uppercase() {
            words.push(' ');
        }
        words.push(c);
    }
    // "AchievementList" holds achievements.
    let plural = format!("{words}s");
    super::sections::cv_heading(&words)
        .map(|_| words)
        .or_else(|| super::sections::cv_heading(&plural).map(|_| plural))
}

/// The text of a markdown heading ("### Adviseur — UWV" → "Adviseur — UWV"); not "#1".
fn heading_text(body: &str) -> Option<&str> {
    let rest = body.trim_start_matches('#');
    let marks = body.len() - rest.len();
    ((1..=6).contains(&marks) && (rest.starts_with(' ') || rest.is_empty())).then(|| rest.trim())
}

/// Appends `s` without inline markup to `out`.
fn inline(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    let mut k = 0;
    // A leading "* " is a list marker: kept as the bullet the reader knows.
    if s.starts_with("* ") {
        out.push_str("• ");
        k = 2;
    }
    while k < s.len() {
        // Text up to the next mark is copied as it is.
        let next = s[k..].bytes().position(is_mark).map_or(s.len(), |p| k + p);
        out.push_str(&s[k..next]);
        k = next;
        if k == s.len() {
            break;
        }
        let b = bytes[k];
        match b {
            b'<' => {
                if let Some((len, with)) = tag(&s[k..]) {
                    push_between(out, with);
                    // "<FirstName>Karin</FirstName><Surname>de Boer</Surname>": the fields of
                    // one line stay apart.
                    let next = &s[k + len..];
                    if with.is_empty()
                        && s[k..].starts_with("</")
                        && next.starts_with('<')
                        && !next.starts_with("</")
                        && tag(next).is_some_and(|(_, w)| w.is_empty())
                        && !out.trim().is_empty()
                        && !out.ends_with(' ')
                    {
                        out.push(' ');
                    }
                    k += len;
                    continue;
                }
            }
            b'&' => {
                if let Some((len, c)) = entity(&s[k..]) {
                    out.push(c);
                    k += len;
                    continue;
                }
            }
            // Emphasis marks: "**vet**", "*schuin*"; a lone '*' (a footnote mark) says nothing.
            b'*' | b'`' => {
                k += 1;
                continue;
            }
            b'_' => {
                // "_schuin_" and "__vet__" at word edges; "snake_case" and "a_b@x.nl" keep it.
                let run = s[k..].bytes().take_while(|c| *c == b'_').count();
                let before = s[..k].chars().next_back();
                let after = s[k + run..].chars().next();
                let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                if run <= 2 && word(before) != word(after) {
                    k += run;
                    continue;
                }
                out.push_str(&s[k..k + run]);
                k += run;
                continue;
            }
            // "[tekst](https://…)" → "tekst".
            b'[' => {
                if let Some((len, text)) = link(&s[k..]) {
                    out.push_str(text);
                    k += len;
                    continue;
                }
            }
            _ => {}
        }
        let c = s[k..].chars().next().unwrap_or(' ');
        out.push(c);
        k += c.len_utf8();
    }
    // Tags at the line's ends leave spaces the reader need not see.
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
}

/// Appends what stands for a tag: nothing, or a separator when text is on both sides.
fn push_between(out: &mut String, with: &str) {
    if with.is_empty() {
        return;
    }
    if with == "• " {
        // A list item opens like a bullet, once, after the indentation.
        if out.trim().is_empty() || out.ends_with(' ') {
            out.push_str(with);
        } else {
            out.push(' ');
            out.push_str(with);
        }
        return;
    }
    if !out.trim().is_empty() && !out.ends_with(with) {
        out.push_str(with);
    }
}

/// An XML or HTML tag at the start of `s`: its length and what stands for it. A tag is
/// "<name …>", "</name>" or "<name/>", its name a letter then letters, digits, ':', '_', '.',
/// '-'; "< 5 jaar", "<50 uur" and "<jan@x.nl>" are no tags.
fn tag(s: &str) -> Option<(usize, &'static str)> {
    let b = s.as_bytes();
    let mut k = 1;
    let closing = b.get(k) == Some(&b'/');
    if closing {
        k += 1;
    }
    if !b.get(k).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let name_start = k;
    while b
        .get(k)
        .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b':' | b'_' | b'.' | b'-'))
    {
        k += 1;
    }
    let name = &s[name_start..k];
    match b.get(k)? {
        b'>' => k += 1,
        b'/' if b.get(k + 1) == Some(&b'>') => k += 2,
        b' ' | b'\t' if !closing => {
            // Attributes, up to the closing '>' on this line.
            let end = s[k..].find('>')?;
            if s[k..k + end].contains('<') {
                return None;
            }
            k += end + 1;
        }
        _ => return None,
    }
    let lower = name.to_ascii_lowercase();
    let with = match lower.as_str() {
        "li" if !closing => "• ",
        "td" | "th" if !closing => "\t",
        "br" | "p" | "div" | "tr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => "  ",
        // Inline and data elements go without a trace; a closing data element before more
        // text ("<City>Apeldoorn</City> <Country>…") leaves the space that follows it.
        _ => "",
    };
    Some((k, with))
}

/// Named and numeric character references pasted HTML carries: length and character.
fn entity(s: &str) -> Option<(usize, char)> {
    let end = s.bytes().take(10).position(|b| b == b';')?;
    let name = &s[1..end];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "euro" => '€',
        "middot" => '·',
        "bull" => '•',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((end + 1, c))
}

/// A markdown link "[text](target)" at the start of `s`: its length and its text.
fn link(s: &str) -> Option<(usize, &str)> {
    let close = s.find("](")?;
    let text = &s[1..close];
    if text.contains('[') {
        return None;
    }
    let end = s[close + 2..].find(')')?;
    Some((close + 2 + end + 1, text))
}

#[cfg(test)]
mod tests {
    use super::plain;

    fn p(s: &str) -> String {
        plain(s.to_string())
    }

    #[test]
    fn markdown_as_people_paste_it() {
        // The family: headings, emphasis around dates, bold labels, italic words, list
        // markers, links, code marks and rules.
        assert_eq!(p("# Sanne de Wit"), "Sanne de Wit");
        assert_eq!(p("## Experience"), "Experience");
        assert_eq!(
            p("### Senior Recruiter (interim) — Ministerie van Buitenlandse Zaken"),
            "Senior Recruiter (interim) — Ministerie van Buitenlandse Zaken"
        );
        assert_eq!(
            p("*Mar 2022 – Oct 2026* · The Hague"),
            "Mar 2022 – Oct 2026 · The Hague"
        );
        assert_eq!(p("**Rol:** Adviseur"), "Rol: Adviseur");
        assert_eq!(
            p("_2019 – 2021_, Gemeente Ede"),
            "2019 – 2021, Gemeente Ede"
        );
        assert_eq!(p("__Werkervaring__"), "Werkervaring");
        assert_eq!(p("* Adviseur bij UWV"), "• Adviseur bij UWV");
        assert_eq!(p("- Adviseur bij UWV"), "- Adviseur bij UWV");
        assert_eq!(
            p("[Portfolio](https://x.nl/a_b) en meer"),
            "Portfolio en meer"
        );
        assert_eq!(p("`Python`, SQL"), "Python, SQL");
        assert_eq!(p("***"), "");
        assert_eq!(p("|---|:--:|"), "");
        assert_eq!(p("> Ik werk graag"), "Ik werk graag");
    }

    #[test]
    fn xml_and_html_tags() {
        assert_eq!(
            p("  <Period>[ 01/2022 – Current ]</Period>"),
            "  [ 01/2022 – Current ]"
        );
        assert_eq!(
            p("  <Position>Assetmanager kunstwerken</Position>"),
            "  Assetmanager kunstwerken"
        );
        assert_eq!(p("<WorkExperience>"), "");
        assert_eq!(p("</WorkExperience>"), "");
        // An export's list names its section; other lists stay silent.
        assert_eq!(p("<WorkExperienceList>"), "Work Experience");
        assert_eq!(p("  <EducationList>"), "Education");
        assert_eq!(p("</EducationList>"), "");
        assert_eq!(p("<AchievementList>"), "Achievements");
        assert_eq!(p("<LearnerInfoList>"), "");
        // Fields on one line stay apart.
        assert_eq!(
            p("<PersonName><FirstName>Karin</FirstName><Surname>de Boer</Surname></PersonName>"),
            "Karin de Boer"
        );
        assert_eq!(
            p("<Level><Code>6</Code><Label>EQF niveau 6</Label></Level>"),
            "6 EQF niveau 6"
        );
        assert_eq!(
            p("<City>Apeldoorn</City> <Country>Netherlands</Country>"),
            "Apeldoorn Netherlands"
        );
        assert_eq!(
            p("<li><b>Adviseur</b>, UWV (2019 &ndash; 2021)</li>"),
            "• Adviseur, UWV (2019 – 2021)"
        );
        assert_eq!(p("<h2>Werkervaring</h2>"), "Werkervaring");
        assert_eq!(
            p("<tr><td>2019 – 2021</td><td>Adviseur</td></tr>"),
            "2019 – 2021\tAdviseur"
        );
        assert_eq!(
            p("<p class=\"x\">Ervaring &amp; kennis</p>"),
            "Ervaring & kennis"
        );
        assert_eq!(p("Regel<br/>volgende"), "Regel  volgende");
        assert_eq!(p("<eu:Label>Adviseur</eu:Label>"), "Adviseur");
    }

    /// Role, employer, period and first line of each job `read_cv` finds.
    fn jobs(text: &str) -> Vec<(String, String, String, usize)> {
        crate::cv::read_cv(text)
            .0
            .experience
            .into_iter()
            .map(|e| {
                (
                    e.role.unwrap_or_default(),
                    e.organisation.unwrap_or_default(),
                    e.period.map(|p| p.text).unwrap_or_default(),
                    e.first_line,
                )
            })
            .collect()
    }

    #[test]
    fn whole_cvs_in_markup_read_as_their_text() {
        // Markdown in Dutch: bold employer line, italic period with a place after it.
        let md = "# Pieter Bos\n\n## Werkervaring\n\n### Beleidsadviseur wonen — Gemeente Zwolle\n\
                  _jan 2021 – heden_ · Zwolle\n- Woonvisie 2022–2030 opgesteld.\n\n\
                  ### Projectmedewerker — deltaWonen\n*2017 – 2020*\n- Huurbeleid.\n\n\
                  ## Opleiding\n- **MSc Planologie**, Rijksuniversiteit Groningen, 2012 – 2016\n";
        let got = jobs(md);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "Beleidsadviseur wonen");
        assert_eq!(got[0].1, "Gemeente Zwolle");
        assert_eq!(got[1].1, "deltaWonen");

        // Pasted HTML: headings, list items with bold titles, entities, a table row.
        let html = "<h1>Pieter Bos</h1>\n<h2>Werkervaring</h2>\n\
                    <p><b>Beleidsadviseur wonen</b>, Gemeente Zwolle</p>\n<p>01/2021 &ndash; heden</p>\n\
                    <ul><li>Woonvisie opgesteld.</li></ul>\n\
                    <p><b>Projectmedewerker</b>, deltaWonen</p>\n<p>2017 &ndash; 2020</p>\n\
                    <h2>Opleiding</h2>\n<p>MSc Planologie, RUG, 2012 &ndash; 2016</p>\n";
        let got = jobs(html);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].0.contains("Beleidsadviseur") && got[0].1.contains("Zwolle"));

        // Europass-like XML: one element per field, wrappers on their own lines; the job's
        // first line is the user's line of its period.
        let xml = "<Name>Pieter Bos</Name>\nWORK EXPERIENCE\n<WorkExperience>\n\
                   <Period>[ 01/2021 – Current ]</Period>\n<Position>Beleidsadviseur wonen</Position>\n\
                   <Employer>Gemeente Zwolle</Employer>\n</WorkExperience>\n<WorkExperience>\n\
                   <Period>[ 03/2017 – 12/2020 ]</Period>\n<Position>Projectmedewerker</Position>\n\
                   <Employer>deltaWonen</Employer>\n</WorkExperience>\n";
        let got = jobs(xml);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str(), got[0].3),
            ("Beleidsadviseur wonen", "Gemeente Zwolle", 4)
        );
        assert_eq!(got[1].1, "deltaWonen");
    }

    #[test]
    fn text_that_only_looks_like_markup_stays() {
        for s in [
            "Adviseur Gemeente Utrecht 2019 – heden",
            "Teams < 5 personen, budget <50 k",
            "Mail: <jan@x.nl>",
            "bestand_naam en a_b@x.nl",
            "#1 in de regio",
            "R&D en Q&A",
            "Rol | Organisatie | 2019 – 2021",
            "  [ 01/2022 – Current ]",
            "Kosten > baten",
        ] {
            assert_eq!(p(s), s.trim_end(), "{s}");
        }
    }
}
