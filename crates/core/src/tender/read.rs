//! `read_tender`: posting text in, typed `Tender` plus warnings out. Never fails.

use super::points::{clean_text, extract_points, points_expressions, split_note};
use super::sections::{
    clean_lines, criterion_reference, heading, heading_given, label_kind, list_marker, weight_row,
    weight_table_frame, Heading, Line, MarkerKind, SectionKind,
};
use super::terms::{deadline_in_prose, hybrid, rate_band, rate_in_criterion, read_terms, workdays};
use super::vocab::{
    ADMIN_TOPICS, ANSWER_CHANGE_WORDS, ANSWER_REMOVAL_WORDS, ANSWER_REPLACE_WORDS,
    ANSWER_TO_KNOCKOUT, ANSWER_TO_WEIGHTED, ATTACHED_CRITERIA_WORDS, ATTACHMENT_WORDS,
    AWARD_PROCEDURE_HEADINGS, BIDDER_WORDS, BLOCK_KIND_FIELDS, BLOCK_KNOCKOUT_FIELDS, BLOCK_YES,
    CHANGE_LABELS, CHANGE_LOG_HEADINGS, DOCUMENT_KINDS, ELIMINATION_WORDS, FEE_WORDS,
    INTERVIEW_WORDS, ITEM_WEIGHT_PHRASES, KIND_LINES, KNOCKOUT_CELLS, LIST_INTRO_WORDS,
    LIST_KIND_WORDS, LIST_POINTER_WORDS, OPEN_KIND_HEADINGS, ORGANISATION_WORDS, PRICE_WORDS,
    QUALITY_WORDS, SCORE_SCALE_LABELS, SCORING_WORDS, SEEKS_WORDS, SINGULAR_LABELS,
    SUBJECT_PREFIXES, TIER_TABLE_WORDS, WEIGHT_LINE_WORDS,
};
use super::{
    AssessmentProcedure, CvRequirements, Knockout, KnockoutKind, QuestionAnswer, Tender, Tier,
    WeightedCriterion,
};
use crate::text::words as words_of;
use std::collections::HashSet;

use crate::text::{contains_word, fold, looks_binary, truncate_at_char};
use crate::warning::Warning;

/// Postings longer than this are read up to it (a posting is 5–30 KB; this bounds work on a
/// pasted book or a 5 MB line).
pub const MAX_TENDER_BYTES: usize = 512 * 1024;

/// Criteria read at most (knock-outs first); the rest are left out with a warning.
pub const MAX_CRITERIA: usize = 200;

/// Reads a posting. Whatever the text, returns the model and what the user should know.
pub fn read_tender(text: &str) -> (Tender, Vec<Warning>) {
    let mut warnings = Vec::new();
    if looks_binary(text) {
        return (Tender::default(), vec![Warning::NotText]);
    }
    if text.len() > MAX_TENDER_BYTES {
        warnings.push(Warning::TooLong {
            limit_kb: MAX_TENDER_BYTES / 1024,
        });
    }
    let text = truncate_at_char(text, MAX_TENDER_BYTES);
    let lines = clean_lines(text);
    if lines.is_empty() {
        return (Tender::default(), vec![Warning::EmptyInput]);
    }
    // "De kandidaat: - beschikt over …; - heeft …", "Eisen: • … • … Wensen: • …": a list run
    // into one line, one item per line.
    let lines = super::inline_lists::with_inline_lists_split(&lines).unwrap_or(lines);
    // "De punten 1 tot en met 4 zijn eisen, 5 tot en met 8 wensen": a heading per range.
    let lines = super::ranges::with_range_headings(&lines).unwrap_or(lines);
    // "• Vereist: …" / "• Gewenst (15 pnt): …": the kind label as the tag at the item's end.
    let lines = super::lead_labels::with_leading_kind_labels(&lines).unwrap_or(lines);
    // "[X] Knock-out [ ] Wens" under each item of a form: the ticked kind as the item's tag.
    // "☐ Ja ☐ Nee" under each item of a form: the bidder's answer, left out.
    let lines = super::check_boxes::without_answer_boxes(&lines).unwrap_or(lines);
    let lines = super::check_boxes::with_check_boxes_as_tags(&lines).unwrap_or(lines);
    // "5. … (gunning, 20 punten)" beside "1. … (knock-out)": a heading per run of one kind.
    let lines = super::kind_tags::with_kind_tag_headings(&lines).unwrap_or(lines);
    // "| 2 IHP's | 20 |" under "+----+" or "|---|" rules: a staffel drawn as a table, as
    // levels (before the blocks, whose levels they may be); other two-cell rows as "label: value".
    let lines = super::blocks::with_ascii_tables_as_levels(&lines).unwrap_or(lines);
    // "Eis 1" / text / "Type" / "Knock-out": blocks of fields on their own lines, as items.
    let lines = super::blocks::with_field_blocks(&lines).unwrap_or(lines);
    // "✓ Minimaal …" / "Knock-out" / "Gewicht: 20": cards copied from a marketplace page, as items.
    let lines = super::cards::with_cards(&lines).unwrap_or(lines);
    // "WENS · 20 pt" / "Ervaring met …": cards whose badge leads, as items.
    let lines = super::cards::with_leading_badges(&lines).unwrap_or(lines);
    // "[20 punten] Ervaring met …": the weight behind the requirement, where tags are read.
    let lines = super::blocks::with_leading_weights_moved(&lines).unwrap_or(lines);
    // "- Ervaring met R. Telt voor 20% van de kwaliteitsscore.": the sentence as a weight tag.
    let lines = with_weight_sentences_as_tags(&lines).unwrap_or(lines);
    // "Antwoordopties: Ja (15 punten) / Nee (0 punten)" and radio options under a question of a
    // platform's question list: a weight line and a staffel.
    let lines = super::answer_options::with_answer_options_as_weights(&lines).unwrap_or(lines);
    // "Score: 0 / 5 / 10" under a wens: the scale's top as its weight ("Weging: max. 10 punten").
    let lines = with_score_scales_as_weights(&lines).unwrap_or(lines);

    let terms = read_terms(&lines);
    // A subject line names the assignment as the sender means it; then a title label; then
    // the first line that reads as one.
    let subject = lines.iter().take(5).map(|l| subject_line(&l.text));
    let mut tender = Tender {
        title: subject
            .clone()
            .find_map(|s| s.1)
            // "Onderwerp: … – Vergunningverlener milieu (Bal / BRZO-IPPC)" over "Functie:
            // Vergunningverlener milieu": the label names the role, the subject adds to it.
            .map(|s| match terms.title.as_deref() {
                Some(label) if s.len() > label.len() && s.starts_with(label) => label.to_string(),
                _ => s,
            })
            // "Opdracht Overheid · Inhuuropdrachten" reads as a label "Opdracht", but is a
            // site's header.
            .or_else(|| {
                terms.title.clone().filter(|t| {
                    !lines
                        .iter()
                        .any(|l| site_header(&l.folded) && l.text.ends_with(t.as_str()))
                })
            })
            .or_else(|| title(&lines)),
        ..Tender::default()
    };
    // A subject line's code when no label gives the reference ("Opdracht 26-0388 – …").
    tender.reference = terms
        .reference
        .or_else(|| subject.clone().find_map(|s| s.0));
    tender.region = terms.region;
    tender.start = terms.start;
    tender.duration_months = terms.duration_months;
    tender.duration_text = terms.duration_text;
    tender.extension = terms.extension;
    tender.hours_per_week = terms.hours;
    tender.education_level = terms.education;
    tender.deadline = terms.deadline;
    tender.deadline_time = terms.deadline_time;
    if tender.deadline.is_none() {
        if let Some((d, time)) = deadline_in_prose(&lines) {
            tender.deadline = Some(d);
            tender.deadline_time = tender.deadline_time.or(time);
        }
    }
    tender.buyer = terms.buyer.or_else(|| infer_buyer(&lines));
    tender.workdays = workdays(&lines);
    tender.hybrid = hybrid(&lines);
    tender.documents = documents(&lines);
    for l in &lines {
        let f = &l.folded;
        // The subject first: few lines name it, and only those are read for an exclusion.
        let (zzp, payroll) = (f.contains("zzp"), f.contains("payroll"));
        if !zzp && !payroll {
            continue;
        }
        let excluding = f.contains("niet voldaan")
            || f.contains("niet mogelijk")
            || f.contains("uitgesloten")
            || f.contains("niet toegestaan")
            || f.contains("geen ");
        if zzp && excluding {
            tender.excludes_self_employed = true;
        }
        if payroll && excluding {
            tender.excludes_payroll = true;
        }
    }

    // A weights table that names the criteria by label ("W.1 | 25%") gives their weights; its
    // rows (and its header and sum) are no criteria.
    let mut weight_rows: Vec<(u32, f64, bool)> = lines
        .iter()
        .filter_map(|l| weight_row(&l.text))
        .filter(|(kind, ..)| *kind != Some(SectionKind::Knockout))
        .map(|(_, n, v, pct)| (n, v, pct))
        .collect();
    // "G1 Werkervaring Rijksoverheid   10%" in a weights table after the criteria, when "G1"
    // opens a criterion elsewhere: a weight, no criterion.
    let named_rows: Vec<usize> = lines
        .iter()
        .filter_map(|l| {
            let (kind, n, v, pct, label) = super::sections::named_weight_row(&l.text)?;
            let elsewhere = lines.iter().any(|o| {
                o.no != l.no
                    && o.text.starts_with(&label)
                    && o.text[label.len()..].starts_with([' ', '\t', '.', ':'])
                    && super::sections::named_weight_row(&o.text).is_none()
            });
            (elsewhere && kind != Some(SectionKind::Knockout)).then(|| {
                weight_rows.push((n, v, pct));
                l.no
            })
        })
        .collect();
    // An overview table after the criteria, by code: weights and shares, no criteria.
    let raw_lines: Vec<&str> = text.lines().collect();
    let summary = super::summary::summary_table(&raw_lines, &lines);
    let structure = if weight_rows.is_empty() && summary.is_none() {
        read_structure(&lines)
    } else {
        let mut kept: Vec<Line> = Vec::with_capacity(lines.len());
        let mut in_summary = false;
        for l in &lines {
            if summary.as_ref().is_some_and(|s| s.rows.contains(&l.no)) {
                // The overview ends the list above it: what follows is no criterion.
                if !in_summary {
                    kept.push(Line::synthetic_heading(l.no, "Overige informatie"));
                }
                in_summary = true;
                continue;
            }
            in_summary = false;
            if weight_row(&l.text).is_none()
                && !weight_table_frame(&l.text)
                && !named_rows.contains(&l.no)
            {
                kept.push(l.clone());
            }
        }
        read_structure(&kept)
    };
    let mut consumed_weight_lines: Vec<usize> = Vec::new();
    let mut weighted_seen = false;
    let mut knockout_seen = false;
    let mut seen_knockouts: HashSet<String> = HashSet::new();
    let mut seen_criteria: HashSet<String> = HashSet::new();
    for (si, section) in structure.sections.iter().enumerate() {
        // The next section holds the same kind: a one-line section before it is its intro.
        let intro_of_next = structure
            .sections
            .get(si + 1)
            .is_some_and(|n| n.kind == section.kind && !n.items.is_empty());
        match section.kind {
            SectionKind::Knockout => {
                knockout_seen = true;
                for item in &section.items {
                    // "De kandidaat beschikt over …, heeft … en kan …": a running paragraph is
                    // one requirement per sentence and verb clause.
                    let parts = match item.marked {
                        false => {
                            super::clauses::knockout_clauses(&item.text, section.items.len() <= 2)
                        }
                        true => None,
                    }
                    .unwrap_or_else(|| vec![item.text.clone()]);
                    for part in &parts {
                        let (tag, own) = category_tag(part);
                        let own = match super::sections::knockout_tag_at(own) {
                            Some(at) => &own[..at],
                            None => own,
                        };
                        let (own, note) = split_note(own);
                        let text = clean_text(&strip_trailing_points(own));
                        if text.is_empty()
                            || refers_to_attachment(&text)
                            || describes_the_list(&text)
                            || super::clauses::states_failing_costs(&fold(&text))
                            || !seen_knockouts.insert(repeat_key(&text))
                        {
                            continue;
                        }
                        let id = format!("K{}", tender.knockouts.len() + 1);
                        tender.knockouts.push(Knockout {
                            id,
                            number: item.number,
                            kind: knockout_kind(tag, &text),
                            text,
                            line: item.line,
                            note: note.map(clean_text),
                        });
                    }
                }
            }
            SectionKind::Weighted => {
                weighted_seen = true;
                if tender.stated_total.is_none() {
                    tender.stated_total = section.stated_total;
                }
                for (k, item) in section.items.iter().enumerate() {
                    consumed_weight_lines.extend(item.lines.iter().copied());
                    // "Each award criterion is scored 0 or 10 …": a sentence about every
                    // item of the list, before the first one, is none of them.
                    // The list's only unmarked line too, when it names no points (the list
                    // itself follows under a heading of its own).
                    let alone = section.items.len() == 1
                        && (points_expressions(&item.text).is_empty() || intro_of_next);
                    if !item.marked
                        && (section.items.len() > 1 || alone)
                        && scores_each_item(&item.text)
                    {
                        continue;
                    }
                    // "Ervaring met participatie, met:" over sub-points that carry their own
                    // points ("◦ bewonersavonden (5 punten)"): an intro, the sub-points score.
                    if intro_of_scored_points(&item.text, &section.items[k + 1..]) {
                        continue;
                    }
                    let (own, note) = split_note(&item.text);
                    let (text, mut points, mut percent, mut tiers) = extract_points(own);
                    // "Toelichting: opleiding A levert 5 punten op, opleiding B 10 punten": the
                    // weight and its levels may stand in the explanation only.
                    if points.is_none() {
                        if let Some((_, p, pc, t)) = note.map(extract_points) {
                            (points, percent, tiers) = (p, pc, t);
                        }
                    }
                    if text.is_empty() || refers_to_attachment(&text) {
                        continue;
                    }
                    let f = fold(&text);
                    let cat = item.category.as_deref().map(fold).unwrap_or_default();
                    if (is_price_share(&f) || is_price_share(&cat)) && points.is_some() {
                        tender.price_weight = points;
                        continue;
                    }
                    if (is_interview_share(&f) || is_interview_share(&cat)) && points.is_some() {
                        tender.interview_weight = points;
                        continue;
                    }
                    // A page that renders its requirement block twice lists each criterion once.
                    if !seen_criteria.insert(repeat_key(&text)) {
                        continue;
                    }
                    let id = format!("W{}", tender.criteria.len() + 1);
                    tender.criteria.push(WeightedCriterion {
                        id,
                        number: item.number,
                        text,
                        points,
                        percent,
                        tiers,
                        line: item.line,
                        note: note.map(clean_text),
                    });
                }
            }
            SectionKind::Competencies => {
                // A trailing '?' on a competency is PDF debris, never a question.
                tender.competencies.extend(
                    section
                        .items
                        .iter()
                        .map(|i| clean_text(i.text.trim_end_matches('?')))
                        .filter(|t| !t.is_empty()),
                );
            }
            SectionKind::CvRequirements => {
                let joined = section
                    .items
                    .iter()
                    .map(|i| i.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                tender.cv_requirements = cv_requirements(&joined);
            }
            SectionKind::Questions | SectionKind::Other => {}
        }
    }
    // No list anywhere: criteria stated in sentences, as in an e-mail.
    if tender.knockouts.is_empty() && tender.criteria.is_empty() && !criteria_in_attachment(&lines)
    {
        let found = super::prose::prose_criteria(&lines);
        for c in &found {
            match c.kind {
                super::prose::ProseKind::Knockout => {
                    knockout_seen = true;
                    let text = clean_text(&c.text);
                    tender.knockouts.push(Knockout {
                        id: format!("K{}", tender.knockouts.len() + 1),
                        number: None,
                        kind: knockout_kind(None, &text),
                        text,
                        line: c.line,
                        note: None,
                    });
                }
                super::prose::ProseKind::Weighted => {
                    weighted_seen = true;
                    let (text, points, percent, tiers) = extract_points(&c.text);
                    // "…, dat levert 15 punten op": the words before the offer, which hold no
                    // points of their own, are the criterion.
                    let head = super::prose::without_offer_clause(&c.text);
                    let text = if head.len() < c.text.len() {
                        clean_text(head)
                    } else {
                        text
                    };
                    tender.criteria.push(WeightedCriterion {
                        id: format!("W{}", tender.criteria.len() + 1),
                        number: None,
                        text,
                        points,
                        percent,
                        tiers,
                        line: c.line,
                        note: None,
                    });
                }
            }
        }
        if !found.is_empty() {
            warnings.push(Warning::CriteriaFromProse);
        }
    }
    apply_weight_rows(&weight_rows, &mut tender);
    if let Some(s) = &summary {
        let rows: Vec<(u32, f64, bool)> = s.weights.iter().map(|&(_, n, v, p)| (n, v, p)).collect();
        apply_weight_rows(&rows, &mut tender);
        tender.price_weight = tender.price_weight.or(s.price);
        tender.interview_weight = tender.interview_weight.or(s.interview);
    }
    if !weight_rows.is_empty() {
        table_shares(&lines, &mut tender);
    }
    // "Van de 70 punten gaan 30 naar wens 1, 25 naar wens 2 en 15 naar wens 3."
    apply_weight_rows(&sentence_weights(&lines), &mut tender);
    relative_factors_as_shares(&mut tender);
    let quality = shares_outside_sections(&lines, &consumed_weight_lines, &mut tender);
    if let Some(total) = shares_to_stated_points(&mut tender) {
        warnings.push(Warning::QualitySharesToPoints { total });
    } else if let Some(q) = quality_shares_to_points(quality, &mut tender) {
        warnings.push(Warning::QualitySharesConverted { quality: q });
    }
    // Real postings have a few dozen criteria; a list of thousands is not one to judge.
    if tender.knockouts.len() + tender.criteria.len() > MAX_CRITERIA {
        tender.knockouts.truncate(MAX_CRITERIA);
        tender
            .criteria
            .truncate(MAX_CRITERIA - tender.knockouts.len());
        warnings.push(Warning::TooManyCriteria {
            limit: MAX_CRITERIA,
        });
    }

    // Rate: the terms, else a criterion, else the top of a rate band.
    tender.rate_band = rate_band(&lines);
    tender.max_rate = terms.rate;
    let texts: Vec<String> = tender.all_criteria().map(|(_, t)| t.to_string()).collect();
    for text in &texts {
        let f = fold(text);
        if tender.max_rate.is_none() {
            tender.max_rate = rate_in_criterion(&f, text);
        }
        if (f.contains("tarief") || f.contains("rate"))
            && (f.contains("inclusief reiskosten")
                || f.contains("incl. reiskosten")
                || f.contains("including travel"))
        {
            tender.rate_includes_travel = true;
        }
    }
    if tender.max_rate.is_none() {
        tender.max_rate = tender.rate_band.map(|b| b.max);
    }

    table_tiers(&lines, &mut tender);
    tender.assessment = assessment(&lines);
    tender.questions = questions(&lines);
    link_questions(&mut tender);
    apply_answers(&mut tender);

    let with_points: Vec<f64> = tender.criteria.iter().filter_map(|c| c.points).collect();
    tender.points_total = (!with_points.is_empty()).then(|| with_points.iter().sum());

    // Warnings.
    if tender.knockouts.is_empty() && tender.criteria.is_empty() {
        // "De eisen en wensen staan in de bijlage": say where they are, not only that none are.
        warnings.push(if criteria_in_attachment(&lines) {
            Warning::CriteriaInAttachment
        } else {
            Warning::NoCriteria
        });
    } else {
        if !knockout_seen || tender.knockouts.is_empty() {
            warnings.push(Warning::NoKnockoutSection);
        }
        if !weighted_seen || tender.criteria.is_empty() {
            warnings.push(Warning::NoWeightedSection);
        }
    }
    if !tender.criteria.is_empty() {
        let missing: Vec<String> = tender
            .criteria
            .iter()
            .filter(|c| c.points.is_none())
            .map(|c| c.id.clone())
            .collect();
        if missing.len() == tender.criteria.len() {
            warnings.push(Warning::NoWeights);
        } else if !missing.is_empty() {
            warnings.push(Warning::SomeCriteriaWithoutPoints { ids: missing });
        }
    }
    if let Some(total) = tender.points_total {
        let all_percent = tender
            .criteria
            .iter()
            .all(|c| c.percent || c.points.is_none());
        let expected = tender.stated_total.map(|s| (s, total)).or_else(|| {
            // Percent weights must fill 100 % together with price and interview.
            all_percent.then(|| {
                (
                    100.0,
                    total
                        + tender.price_weight.unwrap_or(0.0)
                        + tender.interview_weight.unwrap_or(0.0),
                )
            })
        });
        if let Some((expected, found)) = expected {
            if (found - expected).abs() > 0.01 {
                warnings.push(Warning::PointsTotalMismatch { found, expected });
            }
        }
    }
    if let Some(after) = structure.truncated_after {
        warnings.push(Warning::Truncated { after });
    }
    (tender, warnings)
}

/// Weights from a table that names criteria by number, for the criteria that state none.
fn apply_weight_rows(rows: &[(u32, f64, bool)], tender: &mut Tender) {
    for c in tender.criteria.iter_mut().filter(|c| c.points.is_none()) {
        let Some(n) = c.number else { continue };
        if let Some(&(_, v, pct)) = rows.iter().find(|(r, ..)| *r == n) {
            c.points = Some(v);
            c.percent = pct;
        }
    }
}

/// Weights a sentence hands out to criteria by label: "30 naar wens 1, 25 naar wens 2",
/// "wens 1: 30 punten, wens 2: 25 punten", "20 points for criterion 3". Each label takes the
/// number joined to it by "naar/voor/to/for" before it, or the number right after it. Rows as
/// `apply_weight_rows` reads them: (criterion number, points, percent).
fn sentence_weights(lines: &[Line]) -> Vec<(u32, f64, bool)> {
    let mut rows = Vec::new();
    for l in lines {
        let f = &l.folded;
        // Cheap test first: a label word and at least two digits.
        if !(f.contains("wens") || f.contains("criteri"))
            || l.text.bytes().filter(u8::is_ascii_digit).count() < 2
        {
            continue;
        }
        let words: Vec<&str> = f
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')'))
            .filter(|w| !w.is_empty())
            .collect();
        let number = |w: &str| {
            w.trim_end_matches(['.', '%'])
                .parse::<f64>()
                .ok()
                .filter(|v| *v > 0.0 && *v <= 100.0)
        };
        let mut found = Vec::new();
        for i in 0..words.len().saturating_sub(1) {
            let label = matches!(
                words[i],
                "wens" | "criterium" | "criterion" | "gunningscriterium" | "award"
            );
            let Some(n) = label
                .then(|| words[i + 1].trim_end_matches('.').parse::<u32>().ok())
                .flatten()
            else {
                continue;
            };
            // "30 (punten) naar wens 1": the number before the joining word.
            let before = (i >= 2 && matches!(words[i - 1], "naar" | "voor" | "to" | "for"))
                .then(|| {
                    let k = if matches!(words[i - 2], "punten" | "points" | "pnt") {
                        i.checked_sub(3)?
                    } else {
                        i - 2
                    };
                    number(words[k])
                })
                .flatten();
            // "wens 1 30 punten", "wens 1 weegt 30": the number right after.
            let after = || {
                words[i + 2..(i + 4).min(words.len())]
                    .iter()
                    .find_map(|w| number(w))
            };
            if let Some(v) = before.or_else(after) {
                found.push((n, v, f.contains('%') && !f.contains("punt")));
            }
        }
        // A sentence that hands out weights names two criteria or more.
        if found.len() >= 2 {
            rows.extend(found);
        }
    }
    rows
}

/// Wensen weighted by a relative factor ("… (factor 3)", "… – factor 2", "(weegfactor 1)"),
/// none with points: each gets its share of 100 % (factor / sum of factors) and the factor
/// tag leaves its text, so the quality score, once read, turns the shares into points.
fn relative_factors_as_shares(tender: &mut Tender) {
    if tender.criteria.is_empty() || tender.criteria.iter().any(|c| c.points.is_some()) {
        return;
    }
    let factors: Vec<Option<(usize, f64)>> = tender
        .criteria
        .iter()
        .map(|c| factor_tag(&c.text))
        .collect();
    if factors.iter().any(Option::is_none) {
        return;
    }
    let sum: f64 = factors.iter().flatten().map(|(_, f)| f).sum();
    if sum <= 0.0 {
        return;
    }
    for (c, (at, f)) in tender
        .criteria
        .iter_mut()
        .zip(factors.into_iter().flatten())
    {
        c.text = clean_text(c.text[..at].trim_end_matches([' ', '–', '-', '(', ',']));
        c.points = Some(f / sum * 100.0);
        c.percent = true;
    }
}

/// "… bewoners. (factor 3)", "… omgevingsplan – factor 2", "… (weegfactor 1)": where the
/// factor tag starts and the factor (1–10).
fn factor_tag(text: &str) -> Option<(usize, f64)> {
    let t = text.trim_end().trim_end_matches(['.', ')']).trim_end();
    let f = fold(t);
    let at = ["weegfactor", "wegingsfactor", "factor", "weighting factor"]
        .iter()
        .filter_map(|w| f.rfind(w))
        .min()?;
    let value: f64 = f[at..]
        .split_whitespace()
        .last()?
        .trim_start_matches(['x', '×'])
        .replace(',', ".")
        .parse()
        .ok()?;
    if !(0.0..=10.0).contains(&value) || f[at..].split_whitespace().count() > 3 {
        return None;
    }
    // Folding keeps one character for one: the tag starts at the same character.
    let chars = f[..at].chars().count();
    let byte = t.char_indices().nth(chars).map_or(t.len(), |(i, _)| i);
    Some((byte, value))
}

/// In a weights table beside label rows, the price and interview rows ("Prijs | 30%",
/// "Gesprek | 20 punten") give those shares.
fn table_shares(lines: &[Line], tender: &mut Tender) {
    for l in lines {
        if !super::sections::has_any_byte(&l.text, b"|\t") {
            continue;
        }
        let cells = super::sections::table_cells(&l.text);
        if cells.len() != 2 {
            continue;
        }
        let Some(e) = points_expressions(cells[1]).into_iter().next() else {
            continue;
        };
        let f = fold(cells[0]);
        if is_price_share(&f) && tender.price_weight.is_none() {
            tender.price_weight = Some(e.value);
        } else if is_interview_share(&f) && tender.interview_weight.is_none() {
            tender.interview_weight = Some(e.value);
        }
    }
}

/// What makes two criteria the same when read twice (a site that renders its requirement block twice, a PDF
/// that repeats a page): the same words, case and white space aside.
fn repeat_key(text: &str) -> String {
    words_of(&fold(text)).collect::<Vec<_>>().join(" ")
}

/// The title: a markdown heading near the top, else the first line that is not boilerplate,
/// a term or prose. A title wrapped over two lines (open parenthesis) is joined.
fn title(lines: &[Line]) -> Option<String> {
    let top = &lines[..lines.len().min(25)];
    if let Some(t) = top.iter().take(3).find_map(|l| subject_line(&l.text).1) {
        return Some(t);
    }
    // "Home › Opdrachten › Ruimte › Projectleider Warmtetransitie" over the line
    // "Projectleider Warmtetransitie (32 uur)": the line the trail ends in is the title. A
    // trail may end at a category ("Home > Opdrachten > Sociaal domein"): then no line
    // repeats it and it says nothing. A page title "Site | Section | Title" names it itself.
    for (i, l) in top.iter().enumerate() {
        let Some((end, own_title)) = breadcrumb_end(&l.text) else {
            continue;
        };
        let repeated = top[i + 1..(i + 6).min(top.len())]
            .iter()
            .find(|n| n.text.starts_with(end));
        match repeated {
            Some(n) => return Some(title_words(without_organisation(&n.text)).to_string()),
            None if own_title => return Some(title_words(without_organisation(end)).to_string()),
            None => {}
        }
    }
    if let Some(l) = top.iter().find(|l| {
        l.text.len() <= 120
            && l.marked_heading
            && l.no <= top.last().map_or(0, |t| t.no)
            && heading(l).is_none()
    }) {
        if top.iter().position(|x| x.no == l.no).is_some_and(|p| p < 8) {
            return Some(l.text.clone());
        }
    }
    for (i, l) in top.iter().enumerate() {
        let own = title_words(&l.text);
        let l = &Line {
            folded: fold(own),
            text: own.to_string(),
            ..l.clone()
        };
        let f = &l.folded;
        let boilerplate = super::vocab::BROKERS.iter().any(|b| f == b)
            // "Deze website gebruikt cookies …  [Alles accepteren]": a banner, never the title.
            || f.contains("cookie")
            || site_header(f)
            || letterhead(f)
            || f.starts_with("hartelijk dank")
            || f.starts_with("helaas")
            || f.starts_with("deze opdracht")
            || f.contains("reactietermijn")
            || f.starts_with("curriculum")
            || f.starts_with("home")
            || f.starts_with("logo")
            || f.starts_with("terug naar")
            || !l.text.starts_with(char::is_alphanumeric)
            || is_navigation(&l.text)
            || DOCUMENT_KINDS.contains(&f.trim_end_matches(':'))
            || f.contains("procedure")
            || names_organisation(f)
            || kind_and_code(without_organisation(&l.text));
        // Titles do not end in a full stop; a lower-case start is a wrapped sentence.
        // "(FG) a.i." ends in an abbreviation, not a sentence.
        let sentence = l.text.ends_with('.') && words_of(&l.text).nth(5).is_some();
        let prose = l.text.len() > 120 || sentence || l.text.starts_with(char::is_lowercase);
        if boilerplate || prose || heading(l).is_some() || {
            // A term line ("Sluitingsdatum 05-01-2026", "Opdracht: …") is not the title.
            let one = super::terms::read_terms(std::slice::from_ref(l));
            one.reference.is_some()
                || one.title.is_some()
                || one.deadline.is_some()
                || one.hours.is_some()
        } {
            continue;
        }
        if words_of(&l.text).nth(14).is_some() || l.text.contains('\t') {
            continue;
        }
        let mut t = without_organisation(&l.text).to_string();
        let opens = t.matches('(').count();
        if opens > t.matches(')').count() {
            if let Some(next) = top.get(i + 1) {
                t = format!("{} {}", t, next.text);
            }
        }
        return Some(t);
    }
    None
}

/// A title line's own words: without a document kind before a colon ("Inhuuraanvraag:
/// Vergunningverlener", "Inhuur: Communicatieadviseur") and without a right-hand column that
/// gives the document's version or date ("Technisch manager      Versie 1.0 – 23 november").
fn title_words(text: &str) -> &str {
    let mut t = text.trim();
    // "Gemeente Zaanstad zoekt een Handhaver / BOA", "Wij zoeken een Jurist", "ProRail is
    // looking for a Planner": the role is what is sought.
    let f = fold(t);
    // The longer phrase first ("zoekt een" before "zoekt"); the role starts with a capital.
    // Folding may change byte lengths: the offset must fall on a character in both.
    if let Some(p) = SEEKS_WORDS
        .iter()
        .filter_map(|w| f.find(w).map(|p| p + w.len()))
        .find(|&p| t.is_char_boundary(p) && t[p..].starts_with(char::is_uppercase))
    {
        t = t[p..].trim();
    }
    if let Some((kind, rest)) = t.split_once(':') {
        let k = fold(kind.trim());
        if DOCUMENT_KINDS.contains(&k.as_str()) && words_of(rest).next().is_some() {
            t = rest.trim();
        }
    }
    t = without_kind_lead(t);
    if let Some(gap) = t.find("   ") {
        let right = fold(t[gap..].trim_start());
        let column = [
            "versie", "version", "pagina", "page", "datum", "date", "d.d.",
        ]
        .iter()
        .any(|w| right.starts_with(w))
            || right.starts_with(|c: char| c.is_ascii_digit());
        if column && gap > 0 {
            t = t[..gap].trim_end();
        }
    }
    t
}

/// A title after its document kind without a colon: "AANVRAAG INHUUR – WOZ-taxateur",
/// "Inhuur Adviseur informatiebeheer", "Vacature - Jurist". The longest kind that opens the
/// line counts ("Aanvraag inhuur" before "Aanvraag"); what follows a dash, or a capital after
/// a space, is the role. A line that is only the kind stays as it is.
fn without_kind_lead(t: &str) -> &str {
    let f = fold(t);
    // "Opdracht Overheid > Opdrachten": a broker's name that starts with a kind is no lead.
    if super::vocab::BROKERS.iter().any(|b| f.starts_with(b)) {
        return t;
    }
    let Some(k) = DOCUMENT_KINDS
        .iter()
        .filter(|k| f.starts_with(*k))
        .max_by_key(|k| k.len())
    else {
        return t;
    };
    // Folding keeps these ASCII kinds' byte lengths; the boundary check guards the rest.
    if !t.is_char_boundary(k.len()) {
        return t;
    }
    let rest = &t[k.len()..];
    let after_dash = rest
        .trim_start()
        .strip_prefix(['–', '—', '-'])
        .filter(|_| rest.starts_with(' '))
        .map(str::trim_start);
    let after_space = rest
        .strip_prefix(' ')
        .filter(|r| r.starts_with(char::is_uppercase));
    match after_dash.or(after_space) {
        Some(r) if words_of(r).next().is_some() => r,
        _ => t,
    }
}

/// The last part of a breadcrumb trail ("Home › Opdrachten › ICT › Scrum master", "Site |
/// Assignments | Interim Recruiter"): three parts or more split by the same separator, the
/// first a site's start page or name. `true` when the trail is a page title ("Site | Section |
/// Title"), whose last part is the title itself.
fn breadcrumb_end(text: &str) -> Option<(&str, bool)> {
    for sep in [" › ", " » ", " > ", " / ", " | "] {
        let parts: Vec<&str> = text.split(sep).map(str::trim).collect();
        if parts.len() < 3 || parts.iter().any(|p| p.is_empty()) {
            continue;
        }
        let first = fold(parts[0]);
        // Bars also split menus ("Opdrachten | Over ons | Contact"): there the trail must start
        // at a site's name, a line with a dash-free title at its end.
        let start_page = ["home", "start", "opdrachten", "vacatures", "assignments"]
            .iter()
            .any(|w| first == *w);
        let site_then_section = sep == " | "
            && parts[1].split_whitespace().count() == 1
            && parts[0].split_whitespace().count() <= 4;
        let last = parts[parts.len() - 1];
        if (start_page || site_then_section)
            && last.split_whitespace().count() >= 2
            && !is_navigation(last)
            && last.starts_with(char::is_uppercase)
        {
            return Some((last, site_then_section && !start_page));
        }
    }
    None
}

/// "Senior verkeerskundige – Gemeente Breda", "Projectleider | Provincie Utrecht": the
/// organisation after the last dash or bar is not part of the title.
fn without_organisation(t: &str) -> &str {
    let mut t = t;
    // "Consulent schuldhulp (inhuur)": the document kind in brackets is no part of it.
    if let Some(open) = t.rfind(" (") {
        let inside = fold(t[open + 2..].trim_end_matches(')'));
        if t.ends_with(')') && DOCUMENT_KINDS.contains(&inside.as_str()) {
            t = t[..open].trim_end();
        }
    }
    for sep in [" – ", " — ", " | ", " - "] {
        if let Some(p) = t.rfind(sep) {
            let (left, right) = (t[..p].trim_end(), fold(t[p + sep.len()..].trim()));
            if !left.is_empty() && names_organisation(&right) && !names_organisation(&fold(left)) {
                return left;
            }
        }
        // "Gemeente Breda – Consulent Werk en Inkomen": the organisation before it.
        if let Some(p) = t.find(sep) {
            let (left, right) = (fold(t[..p].trim()), t[p + sep.len()..].trim());
            if !right.is_empty() && names_organisation(&left) && !names_organisation(&fold(right)) {
                return right;
            }
        }
    }
    t
}

/// "Aanvraag 2026-0388", "Offerteaanvraag 48213": a document kind and its number only, no title.
fn kind_and_code(text: &str) -> bool {
    let mut words = words_of(text);
    let (Some(kind), Some(code), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let k = fold(kind);
    (DOCUMENT_KINDS.contains(&k.as_str()) || k == "aanvraag" || k == "opdracht" || k == "request")
        && code.chars().any(|c| c.is_ascii_digit())
}

/// A site's header line: a broker's name, then its section ("Opdracht Overheid ·
/// Inhuuropdrachten", "Striive | Opdrachten", "Flextender – Aanvragen").
fn site_header(folded: &str) -> bool {
    super::vocab::BROKERS.iter().any(|b| {
        folded.strip_prefix(b).is_some_and(|rest| {
            rest.trim_start()
                .starts_with(['·', '|', '–', '-', '>', '/', '»'])
        })
    })
}

/// "Gemeente Rotterdam | Concernstaf Financiën – inhuurverzoek", "Provincie Gelderland –
/// Aanvraag externe inhuur": a body, maybe its department, and the kind of document; a
/// letterhead, not the title.
fn letterhead(folded: &str) -> bool {
    let parts: Vec<&str> = folded
        .split(['|', '–', '·'])
        .flat_map(|p| p.split(" - "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() >= 2
        && names_organisation(parts[0])
        && DOCUMENT_KINDS.contains(&parts[parts.len() - 1])
}

/// "Hoogheemraadschap van Rijnland", "VEILIGHEIDSREGIO UTRECHT", "Gemeente Breda   Inhuur…":
/// a line that names the hiring body (a letterhead), not the assignment.
fn names_organisation(folded: &str) -> bool {
    let head = folded.split("   ").next().unwrap_or(folded).trim();
    let first = words_of(head).next().unwrap_or("");
    ORGANISATION_WORDS.contains(&first) && words_of(head).count() <= 4
}

/// A subject line ("Onderwerp: Nieuwe aanvraag – Senior adviseur RO – gemeente Amersfoort –
/// ref. AMF-RO-2611", "Opdracht 26-0388 – GGD Haaglanden – Arts infectieziektebestrijding"):
/// parts split by dashes or pipes; the part with a code is the reference, the part that is
/// neither a code, a document kind nor an organisation is the title.
fn subject_line(text: &str) -> (Option<String>, Option<String>) {
    let f = fold(text);
    let Some(prefix) = SUBJECT_PREFIXES.iter().find(|p| f.starts_with(*p)) else {
        return (None, None);
    };
    let mut rest = text
        .get(prefix.len()..)
        .unwrap_or("")
        .trim_start_matches([':', ' ']);
    // "Onderwerp: FW: RE: …".
    while let Some(p) = ["re:", "fw:", "fwd:"]
        .iter()
        .find(|p| fold(rest).starts_with(*p))
    {
        rest = rest[p.len()..].trim_start();
    }
    // The prefix itself may carry the code ("Opdracht 26-0388").
    let rest = if prefix.ends_with(':') {
        rest.to_string()
    } else {
        format!("{} {rest}", &text[..prefix.len()])
    };
    let rest = words_of(&rest).collect::<Vec<_>>().join(" ");
    let parts: Vec<&str> = rest
        .split(" – ")
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split(" | "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // "Onderwerp: uitvraag docent/opleider Basispolitiezorg": one part after a subject label,
    // a document kind before the title, is a title too; one part without them may be any
    // subject, a sentence ("Opdracht wordt …") or a site's header ("Opdracht Overheid · …").
    let kind_first = |p: &str| {
        let w: Vec<&str> = words_of(p).collect();
        w.len() > 2 && DOCUMENT_KINDS.contains(&fold(w[0]).as_str())
    };
    if parts.len() < 2 && !(prefix.ends_with(':') && parts.first().is_some_and(|p| kind_first(p))) {
        return (None, None);
    }
    let mut reference = None;
    let mut title = None;
    for p in parts {
        // "Klantmanager W&I, gemeente Apeldoorn (ref. APD-0214-KM)": the code in parentheses
        // and the organisation after a comma are no part of the title.
        let mut p = p;
        if let Some(open) = p.rfind(" (") {
            let inner = p[open + 2..].trim_end_matches(')');
            let fi = fold(inner);
            if fi.starts_with("ref") || fi.starts_with("kenmerk") || fi.starts_with("nr") {
                reference = reference.or_else(|| {
                    words_of(inner)
                        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                        .find(|w| w.chars().any(|c| c.is_ascii_digit()))
                        .map(str::to_string)
                });
                p = &p[..open];
            }
        }
        if let Some(comma) = p.rfind(", ") {
            if names_organisation(&fold(&p[comma + 2..])) {
                p = &p[..comma];
            }
        }
        let fp = fold(p);
        let words: Vec<&str> = words_of(p).collect();
        let code = words
            .iter()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .find(|w| w.chars().any(|c| c.is_ascii_digit()) && w.len() >= 4);
        if words.len() <= 3 && code.is_some() {
            reference = reference.or(code.map(str::to_string));
            continue;
        }
        // "Inhuurverzoek 2026-117 Consulent Wmo (32 uur)": a document kind and its code
        // before the title.
        if words.len() > 2 && DOCUMENT_KINDS.contains(&fold(words[0]).as_str()) {
            let c = words[1].trim_matches(|c: char| !c.is_alphanumeric());
            if c.chars().any(|c| c.is_ascii_digit()) {
                reference = reference.or(Some(c.to_string()));
                let at = p.find(words[2]).unwrap_or(0);
                title = title.or(Some(p[at..].to_string()));
                continue;
            }
        }
        if DOCUMENT_KINDS.contains(&fp.as_str()) || names_organisation(&fp) {
            continue;
        }
        // "Inhuuraanvraag ecoloog waterkwaliteit (KRW)": a one-word document kind before the
        // title is no part of it.
        if words.len() > 2 && DOCUMENT_KINDS.contains(&fold(words[0]).as_str()) {
            let at = p.find(words[1]).unwrap_or(0);
            title = title.or(Some(capitalize(&p[at..])));
            continue;
        }
        title = title.or(Some(p.to_string()));
    }
    (reference, title)
}

/// A site's menu bar: three or more parts split by pipes or wide gaps ("Opdrachten  |  Over
/// ons  |  Contact", "Striive   Assignments   For professionals").
fn is_navigation(text: &str) -> bool {
    text.split(" | ").count() >= 2 && text.contains("  ")
        || text.split("   ").filter(|p| !p.trim().is_empty()).count() >= 3
}

/// A criteria item collected from a section.
#[derive(Debug, Clone)]
struct Item {
    /// The category line above it in a list of blocks ("Werkervaring", "Gesprek").
    category: Option<String>,
    /// Marked lines under an unmarked item ending in ':' belong to it (its levels).
    sub_list: bool,
    number: Option<u32>,
    /// Started by a list marker (number, bullet, label).
    marked: bool,
    text: String,
    line: usize,
    lines: Vec<usize>,
}

#[derive(Debug)]
struct Section {
    kind: SectionKind,
    stated_total: Option<f64>,
    items: Vec<Item>,
}

struct Structure {
    sections: Vec<Section>,
    truncated_after: Option<String>,
}

/// Walks the lines, opening a section at each heading and collecting its list items.
/// A line's list marker as `list_marker` reads it: kind, number, where its words start.
type Marker = Option<(MarkerKind, Option<u32>, usize)>;

fn read_structure(lines: &[Line]) -> Structure {
    let mut sections: Vec<Section> = Vec::new();
    let mut current: Option<SectionBuilder> = None;
    let mut truncated_after = None;
    let tags: Vec<Option<SectionKind>> = lines.iter().map(line_tag).collect();
    // Each line's list marker, read once: the tests below ask for it several times.
    let markers: Vec<Marker> = lines.iter().map(|l| list_marker(&l.text)).collect();
    for (idx, line) in lines.iter().enumerate() {
        // Criteria without a heading, known by their own tags: a tagged line outside an open
        // criteria list, with another tagged line near it, is an item of a list of its own.
        let tag = tags[idx];
        let open_list = current.as_ref().is_some_and(|b| {
            matches!(b.kind, SectionKind::Knockout | SectionKind::Weighted)
                && !b.closed
                && !b.tagged
                && !leaves_marked_list(b, tag, line)
        });
        // "Vraag 1:" with "Antwoord:" a few lines below: a published question, whatever
        // heading (or "Datum: …" line) came before it; its "eis 2" is no new list.
        if super::kind_tags::question_line(&line.folded)
            && lines[idx + 1..(idx + 7).min(lines.len())]
                .iter()
                .any(|n| super::kind_tags::answer_line(&n.folded))
            && !current
                .as_ref()
                .is_some_and(|b| b.kind == SectionKind::Questions)
        {
            if let Some(b) = current.take() {
                sections.push(b.finish());
            }
            current = Some(SectionBuilder::new(SectionKind::Questions, None));
        }
        // Answers under a Nota van Inlichtingen that name points change criteria; they are none.
        let in_questions = current
            .as_ref()
            .is_some_and(|b| b.kind == SectionKind::Questions);
        if let Some(kind) = tag.filter(|_| !open_list && !in_questions) {
            let near = tags[idx.saturating_sub(8)..(idx + 9).min(lines.len())]
                .iter()
                .filter(|t| t.is_some())
                .count()
                >= 2;
            if near {
                if !current.as_ref().is_some_and(|b| b.tagged && b.kind == kind) {
                    if let Some(b) = current.take() {
                        sections.push(b.finish());
                    }
                    let mut b = SectionBuilder::new(kind, None);
                    b.tagged = true;
                    current = Some(b);
                }
                if let Some(b) = current.as_mut() {
                    b.push_tagged(line);
                }
                continue;
            }
        }
        let marker = markers[idx];
        let heading_here = || heading_given(line, marker.is_some());
        if tag.is_none() && current.as_ref().is_some_and(|b| b.tagged) && heading_here().is_none() {
            // Untagged sentences between tagged ones are no criteria ("Je bent stressbestendig").
            if let Some(b) = current.as_mut() {
                b.pending = Some(line.clone());
            }
            continue;
        }
        // A wrapped or points-only line continues the open item even when it looks like a heading.
        let continues = current.as_ref().is_some_and(|b| {
            b.open_item.is_some()
                && marker.is_none()
                && (b.is_continuation(line) || b.unmarked_level(line).is_some())
        });
        let in_criteria = current.as_ref().is_some_and(|b| {
            matches!(b.kind, SectionKind::Knockout | SectionKind::Weighted) && !b.closed
        });
        // "Knock-out" under an eis ends it; it does not open a list.
        if in_criteria && is_kind_line(&line.folded) {
            if let Some(b) = current.as_mut() {
                b.end_item_by_line();
            }
            continue;
        }
        // In a list of blocks (category line, sentence, weight line), a one- or two-word line
        // before a sentence is the next block's category ("Tarief", "Werkervaring").
        let category = in_criteria
            && current.as_ref().is_some_and(|b| b.block_mode)
            && is_category_line(line)
            // "Eisen", "Wensen": a list heading is never a block's category.
            && heading_here().is_none_or(|h| {
                !matches!(h.kind, SectionKind::Knockout | SectionKind::Weighted)
            })
            && lines
                .get(idx + 1)
                .is_some_and(|n| {
                    heading_given(n, markers[idx + 1].is_some()).is_none()
                        && words_of(&n.text).nth(5).is_some()
                })
            // … and its block ends in a weight or kind line, as the blocks before it did.
            && lines[idx + 1..(idx + 8).min(lines.len())]
                .iter()
                .any(|n| is_points_only(&n.text) || is_kind_line(&n.folded));
        if !continues && !category {
            let h = if tag.is_some() || wraps_on(line, lines.get(idx + 1)) {
                // "Je bent BIG-geregistreerd arts. (knock-out)" is an item, not a heading; nor is
                // the first line of a sentence wrapped onto the next.
                None
            } else {
                heading_here()
                    .or_else(|| numbered_heading(line, marker, current.as_ref()))
                    .or_else(|| heading_before_gloss(line))
            };
            if let Some(h) = h {
                if let Some(b) = current.take() {
                    sections.push(b.finish());
                }
                let kind = kind_by_intro(h.kind, &line.folded, &lines[idx + 1..]);
                let kind =
                    weighted_under_procedure(kind, &line.folded, &sections, &lines[idx + 1..]);
                let mut b = SectionBuilder::new(kind, h.stated_total);
                if let Some(rest) = h.inline_rest {
                    let l = Line {
                        no: line.no,
                        folded: fold(&rest),
                        text: rest,
                        marked_heading: false,
                        after_blank: false,
                    };
                    b.push(&l);
                }
                current = Some(b);
                continue;
            }
            // A label that names its kind ("Eis 4", "Wens 1", "AC2.") opens a list of that kind
            // where no heading did, or where the list before it was of the other kind.
            if let Some(kind) = label_kind(&line.text) {
                let keep = current.as_ref().is_some_and(|b| {
                    (b.kind == kind && !b.closed) || b.kind == SectionKind::Questions
                });
                if !keep {
                    if let Some(b) = current.take().filter(|b| !b.only_list_intro()) {
                        sections.push(b.finish());
                    }
                    current = Some(SectionBuilder::new(kind, None));
                }
            }
        }
        if let Some(b) = current.as_mut() {
            b.push_marked(line, marker);
            if idx == lines.len() - 1
                && matches!(b.kind, SectionKind::Knockout | SectionKind::Weighted)
                && !b.closed
            {
                truncated_after = b.truncated_at_end();
            }
        }
    }
    if let Some(b) = current.take() {
        sections.push(b.finish());
    }
    Structure {
        sections,
        truncated_after,
    }
}

/// The kind of a list whose heading leaves it open ("Selectiecriteria", "Criteria",
/// "Beoordelingscriteria", "Selection criteria"): a knock-out list when the sentence under the
/// heading says what failing one costs ("Voldoet een kandidaat niet aan een selectiecriterium,
/// dan wordt de inschrijving terzijde gelegd"), a weighted list when it speaks of points. The
/// heading's own kind otherwise, and always for a heading that names its kind ("Wensen").
fn kind_by_intro(kind: SectionKind, heading: &str, after: &[Line]) -> SectionKind {
    if !matches!(kind, SectionKind::Knockout | SectionKind::Weighted)
        || !OPEN_KIND_HEADINGS.iter().any(|w| heading.contains(w))
    {
        return kind;
    }
    // The intro: the lines before the first list item, at most three.
    let intro: Vec<&str> = after
        .iter()
        // A rule of dashes under the heading is no sentence.
        .filter(|l| l.text.chars().any(char::is_alphanumeric))
        .take(3)
        .take_while(|l| list_marker(&l.text).is_none() && label_kind(&l.text).is_none())
        .map(|l| l.folded.as_str())
        .collect();
    let says = |words: &[&str]| intro.iter().any(|l| words.iter().any(|w| l.contains(w)));
    match (says(ELIMINATION_WORDS), says(SCORING_WORDS)) {
        (true, false) => SectionKind::Knockout,
        (false, true) => SectionKind::Weighted,
        _ => kind,
    }
}

/// "4  Gunning", "Beoordeling", "Award": a heading over the award procedure
/// (`vocab::AWARD_PROCEDURE_HEADINGS`) that holds the weighted list itself — two marked items
/// or more before the next heading, two of them with a weight (points, a share or a weight
/// sentence) and none naming the price, quality or interview share — heads that list, when no
/// weighted list came before it and no weighted heading follows; other procedure sections end
/// the list before them.
fn weighted_under_procedure(
    kind: SectionKind,
    title: &str,
    before: &[Section],
    after: &[Line],
) -> SectionKind {
    if kind != SectionKind::Other {
        return kind;
    }
    let head = title
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c.is_whitespace())
        .trim_end_matches([':', ' ']);
    if !AWARD_PROCEDURE_HEADINGS.contains(&head)
        || before
            .iter()
            .any(|s| s.kind == SectionKind::Weighted && !s.items.is_empty())
    {
        return kind;
    }
    let mut items = 0;
    let mut weighted = 0;
    let mut in_item = false;
    let mut item_weighted = false;
    let mut rest = after.iter();
    for l in rest.by_ref().take(60) {
        let marker = list_marker(&l.text);
        if marker.is_none() && heading(l).is_some() {
            break;
        }
        // A table under the heading is read by the table readers, whatever heads it.
        if l.text.contains('\t') || l.text.matches('|').count() >= 2 {
            return kind;
        }
        let names = |words: &[&str]| words.iter().any(|w| l.folded.contains(w));
        let price_or_interview = names(PRICE_WORDS) || names(INTERVIEW_WORDS);
        if marker.is_some() {
            // "- Prijs: 30 %", "- Kwaliteit (cv): 70 %": the award's shares, no criteria.
            if names_share(&l.folded) {
                return kind;
            }
            items += 1;
            in_item = true;
            item_weighted = false;
        }
        // "Dit criterium telt voor 25 % van de kwaliteitsscore" is the item's weight.
        if in_item
            && !price_or_interview
            && !item_weighted
            && !points_expressions(&l.text).is_empty()
        {
            item_weighted = true;
            weighted += 1;
        }
    }
    let mut weighted_after =
        || rest.any(|l| heading(l).is_some_and(|h| h.kind == SectionKind::Weighted));
    if items >= 2 && weighted >= 2 && !weighted_after() {
        SectionKind::Weighted
    } else {
        kind
    }
}

/// "Harde eisen – voldoe je hier niet aan, dan nemen wij je aanbieding niet in behandeling:",
/// "Wensen — hiermee verdien je punten", "1. Eisen (knock-out; voldoe je hier niet aan, dan …)",
/// "II. Requirements (knock-out: a candidate who …)": a criteria heading of a few words, perhaps
/// numbered, then a dash and a sentence or a bracket running to the line's end that explains it.
/// The words before the gloss decide; only a criteria list counts, and a singular label ("Wens
/// (15 punten)", "Eis 2 – …") is an item, not a heading.
fn heading_before_gloss(line: &Line) -> Option<Heading> {
    let mut t = line.text.trim();
    if let Some((kind, _, start)) = list_marker(t) {
        if !matches!(
            kind,
            MarkerKind::Number | MarkerKind::Letter | MarkerKind::SubNumber
        ) {
            return None;
        }
        t = t[start..].trim_start();
    }
    let dash = [" – ", " — ", " - "].iter().filter_map(|d| t.find(d)).min();
    // A bracket glosses the heading only when it closes the line.
    let bracket = t
        .find(" (")
        .filter(|_| t.trim_end_matches([':', '.']).ends_with(')'));
    let at = match (dash, bracket) {
        (Some(d), Some(b)) => d.min(b),
        (d, b) => d.or(b)?,
    };
    let head = t[..at].trim();
    let folded = fold(head);
    let head_words = words_of(&folded).collect::<Vec<_>>();
    if head_words.is_empty()
        || head_words.len() > 3
        || head_words
            .last()
            .is_some_and(|w| SINGULAR_LABELS.contains(w))
    {
        return None;
    }
    let l = Line {
        no: line.no,
        folded,
        text: head.to_string(),
        marked_heading: false,
        after_blank: line.after_blank,
    };
    let h =
        heading(&l).filter(|h| matches!(h.kind, SectionKind::Knockout | SectionKind::Weighted))?;
    // "Wensen (gunningscriteria, totaal 60 punten)": the total may sit in the gloss.
    let stated_total = match h.kind {
        SectionKind::Weighted => h
            .stated_total
            .or_else(|| super::sections::stated_total(&fold(t))),
        _ => None,
    };
    Some(Heading {
        inline_rest: None,
        stated_total,
        ..h
    })
}

/// "Wensen worden gescoord volgens de aangegeven weging; er wordt geen gedeeltelijke score" over
/// "toegekend, behalve bij wens 3.": a sentence of six words or more that goes on in lower case
/// on the next line is prose, however its first words read.
fn wraps_on(line: &Line, next: Option<&Line>) -> bool {
    next.is_some_and(|n| {
        !n.after_blank
            && n.text.starts_with(char::is_lowercase)
            && list_marker(&n.text).is_none()
            && !line.text.ends_with(':')
            && line.text.split_whitespace().nth(5).is_some()
    })
}

/// Bulleted knock-outs, then unmarked lines that end in "— 15 punten": a line tagged with the
/// other kind, without the open list's marker, starts a list of its own rather than ending the
/// open one unread.
fn leaves_marked_list(b: &SectionBuilder, tag: Option<SectionKind>, line: &Line) -> bool {
    tag.is_some_and(|k| k != b.kind)
        && matches!(b.primary, Some(Some(_)))
        && list_marker(&line.text).is_none()
}

/// "4. GESCHIKTHEIDSEISEN (KNOCK-OUT)", "3. Selectie-eisen (knock-out)", "5. Motivatie": a
/// numbered line that is a section heading, not an item. It is one when its words are in
/// capitals, when they name a criteria list in a few words, or when the open list numbers its
/// items a level deeper ("4.1", "4.2") so a plain number is the next section.
fn numbered_heading(
    line: &Line,
    marker: Marker,
    current: Option<&SectionBuilder>,
) -> Option<Heading> {
    let (kind, _, start) = marker?;
    let rest = line.text[start..].trim();
    // "4.2 Knock-outcriteria", "3.1 Gunningscriteria": a sub-numbered line whose few words
    // name a criteria list is that list's heading, not an item.
    if kind == MarkerKind::SubNumber && words_of(rest).nth(3).is_none() {
        let l = Line {
            no: line.no,
            folded: fold(rest),
            text: rest.to_string(),
            marked_heading: false,
            after_blank: line.after_blank,
        };
        // "2.3 Overige voorwaarden" after "2.2 Gunningscriteria" with "G1 …" items: a known
        // heading of another kind ends the list, unless the list's own items are "2.x".
        let items_sub_numbered =
            current.is_some_and(|b| b.primary == Some(Some(MarkerKind::SubNumber)));
        return heading(&l).filter(|h| {
            matches!(h.kind, SectionKind::Knockout | SectionKind::Weighted)
                || (line.after_blank && !items_sub_numbered)
        });
    }
    if kind != MarkerKind::Number {
        return None;
    }
    let words = words_of(rest).count();
    if words == 0 || words > 8 || rest.ends_with(['.', ';', ',', ':']) {
        return None;
    }
    let letters: Vec<char> = rest.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase());
    let sub_numbered = current.is_some_and(|b| b.primary == Some(Some(MarkerKind::SubNumber)));
    let l = Line {
        no: line.no,
        folded: fold(rest),
        text: rest.to_string(),
        marked_heading: false,
        after_blank: line.after_blank,
    };
    let h = heading(&l);
    // "1. Achtergrond", "7. Overige bepalingen": a known heading word, numbered.
    let names_a_list = h.as_ref().is_some_and(|h| h.kind != SectionKind::Other) && words <= 4
        || h.is_some() && words <= 3;
    if capitals || names_a_list || (sub_numbered && words <= 4) {
        return Some(h.unwrap_or(Heading {
            kind: SectionKind::Other,
            stated_total: None,
            inline_rest: None,
        }));
    }
    None
}

/// "De kandidaat:", "De aangeboden kandidaat beschikt over:", "The candidate:": the subject of
/// the requirements listed under it, which complete its sentence one by one.
fn subject_lead_in(text: &str) -> bool {
    let f = fold(text.trim());
    f.ends_with(':')
        && words_of(&f).nth(5).is_none()
        && super::vocab::CLAUSE_SUBJECTS
            .iter()
            .any(|s| f.strip_prefix(s).is_some_and(|r| r.starts_with([' ', ':'])))
}

struct SectionBuilder {
    kind: SectionKind,
    stated_total: Option<f64>,
    items: Vec<Item>,
    open_item: Option<Item>,
    /// The marker kind of the first item: items of another kind are sub-items.
    primary: Option<Option<MarkerKind>>,
    /// After prose follows the list, the section takes no more items.
    closed: bool,
    /// How many finished items ended with list punctuation.
    terminated: usize,
    /// Items end at a line of their own (a weight or "Knock-out"): a list of blocks, where a
    /// short line above a sentence is a category.
    block_mode: bool,
    /// A list without heading, made of lines tagged with their kind or weight; untagged lines
    /// between them are skipped.
    tagged: bool,
    /// In a tagged list, the untagged line just before (the first part of a wrapped item).
    pending: Option<Line>,
    /// An instruction stands between the heading and the first item ("Indien informatie niet
    /// in het cv staat, …"): it and its wrapped lines are skipped, the list stays open.
    in_intro: bool,
}

impl SectionBuilder {
    fn new(kind: SectionKind, stated_total: Option<f64>) -> Self {
        SectionBuilder {
            kind,
            stated_total,
            items: Vec::new(),
            open_item: None,
            primary: None,
            closed: false,
            terminated: 0,
            block_mode: false,
            tagged: false,
            pending: None,
            in_intro: false,
        }
    }

    /// One tagged line is one item (its list marker, if any, gives its number). A line that
    /// starts in lower case continues the unfinished untagged line before it.
    fn push_tagged(&mut self, line: &Line) {
        let (number, own) = match list_marker(&line.text) {
            Some((_, n, start)) => (n, &line.text[start..]),
            None => (None, line.text.as_str()),
        };
        // "b. Ervaring met zowel A als de B" / "(EZWb). 10 punten": a wrapped line may also
        // open with a bracket.
        let pending = self.pending.take().filter(|p| {
            (own.starts_with(char::is_lowercase) || own.starts_with('('))
                && !p.text.ends_with(['.', ';', ':', '!', '?'])
        });
        let text = match &pending {
            Some(p) => format!("{} {own}", p.text),
            None => own.to_string(),
        };
        self.start_item(number, &text, line);
        if let Some(p) = pending {
            if let Some(i) = self.open_item.as_mut() {
                i.line = p.no;
                i.lines.insert(0, p.no);
            }
        }
        self.mark_open();
        self.finish_item();
    }

    fn push(&mut self, line: &Line) {
        self.push_marked(line, list_marker(&line.text));
    }

    /// `push` for a line whose list marker was read already.
    fn push_marked(&mut self, line: &Line, marker: Marker) {
        if self.closed {
            return;
        }
        let level = marker
            .is_none()
            .then(|| self.unmarked_level(line))
            .flatten();
        match (marker, self.primary) {
            (Some((kind, number, start)), None) => {
                self.primary = Some(Some(kind));
                self.start_item(number, &line.text[start..], line);
                self.mark_open();
            }
            (Some((kind, number, start)), Some(Some(primary))) => {
                // "… Weging: maximaal 15 punten" then "- minimaal 3 jaar ervaring: 15 punten":
                // an item that states its maximum is followed by its levels too.
                let levels_follow = self.open_item.as_ref().is_some_and(|i| {
                    i.sub_list || i.text.ends_with(':') || states_maximum(&i.text)
                });
                if levels_follow && is_level_line(&line.text[start..]) {
                    // "… bij een gemeente (max. 15 punten):" then "- 2 tot 4 jaar: 5 punten":
                    // its levels, in a list marked like the criteria.
                    self.append(line, true);
                    if let Some(i) = self.open_item.as_mut() {
                        i.sub_list = true;
                    }
                } else if kind == primary || self.open_item.is_none() {
                    self.start_item(number, &line.text[start..], line);
                    self.mark_open();
                } else {
                    // A sub-bullet under a numbered criterion: part of it, on its own line.
                    self.append(line, true);
                }
            }
            (Some((kind, number, start)), Some(None))
                if self.kind == SectionKind::Knockout
                    && self
                        .open_item
                        .as_ref()
                        .is_some_and(|i| !i.sub_list && subject_lead_in(&i.text))
                    && words_of(&line.text[start..]).nth(3).is_some() =>
            {
                // "De kandidaat:" over "- beschikt over …", "- heeft ten minste …": a subject
                // its items complete; each item is a knock-out, the subject none.
                self.open_item = None;
                self.primary = Some(Some(kind));
                self.start_item(number, &line.text[start..], line);
                self.mark_open();
            }
            (Some((kind, number, start)), Some(None))
                if self.intro_paragraph_open() && !is_level_line(&line.text[start..]) =>
            {
                // A paragraph alone that ends in ':' ("De kwaliteitsscore bedraagt maximaal 80
                // punten en is als volgt verdeeld:") over a marked list introduces it; it is no
                // item, and may state the quality part's total.
                if let Some(intro) = self.open_item.take() {
                    let total = quality_total_sentence(&fold(&intro.text));
                    self.stated_total = self.stated_total.or(total);
                }
                self.primary = Some(Some(kind));
                self.start_item(number, &line.text[start..], line);
                self.mark_open();
            }
            (Some(_), Some(None))
                if self
                    .open_item
                    .as_ref()
                    .is_some_and(|i| i.sub_list || i.text.ends_with(':')) =>
            {
                // "… op het gebied van:" then "-BiSL Foundation (5 %)": its levels, on their lines.
                self.append(line, true);
                if let Some(i) = self.open_item.as_mut() {
                    i.sub_list = true;
                }
            }
            (Some((kind, number, start)), Some(None)) => {
                // Markers after unmarked items: the list is a marked one from here (what came
                // before introduced it).
                self.primary = Some(Some(kind));
                self.start_item(number, &line.text[start..], line);
                self.mark_open();
            }
            (None, _) if self.open_item.is_some() && item_weight_sentence(line).is_some() => {
                // "Deze wens telt voor 30 % van de kwaliteitsscore": the item's weight.
                let weight = item_weight_sentence(line).unwrap_or_default();
                let l = Line {
                    text: weight,
                    ..line.clone()
                };
                self.append(&l, true);
                // "Weging: 10 %" alone under an unmarked item ends it, as in a list of blocks.
                if is_points_only(&line.text) && self.primary == Some(None) {
                    self.end_item_by_line();
                }
            }
            (None, _) if level.is_some() => {
                // "Beoordelingsschaal:" then "4 tot 6 jaar ....... 10 punten" under a marked
                // criterion without a weight of its own: its levels, each on its own line. The
                // label alone (no text) says only that levels follow.
                let text = level.unwrap_or_default();
                if !text.is_empty() {
                    self.append(
                        &Line {
                            text: text.to_string(),
                            ..line.clone()
                        },
                        true,
                    );
                }
                if let Some(i) = self.open_item.as_mut() {
                    i.sub_list = true;
                }
            }
            (None, _) if self.open_item.is_some() && self.is_continuation(line) => {
                self.append(line, false);
                if is_points_only(&line.text) && self.primary == Some(None) {
                    self.end_item_by_line();
                }
            }
            (None, None) => {
                // The wrapped rest of an instruction above the list; prose after it (no
                // numbered or bulleted list) ends the section as before.
                if self.in_intro {
                    if !line.text.starts_with(char::is_lowercase) {
                        self.in_intro = false;
                        self.close();
                    }
                    return;
                }
                if is_instruction(&line.folded) && self.items.is_empty() && self.open_item.is_none()
                {
                    self.in_intro = true;
                    return;
                }
                // "Het kwaliteitsdeel is in totaal 60 punten waard. Deze punten worden …": a
                // paragraph about the quality part's total above the list is no item; it
                // states the total.
                if self.items.is_empty() && self.open_item.is_none() {
                    if let Some(total) = quality_total_sentence(&line.folded) {
                        self.stated_total = self.stated_total.or(Some(total));
                        self.in_intro = true;
                        return;
                    }
                }
                // "De inschrijving wordt beoordeeld op prijs (25 punten), kwaliteit (60 punten) en
                // het": a statement of the award's shares above the list is no item.
                let shares = PRICE_WORDS
                    .iter()
                    .chain(INTERVIEW_WORDS)
                    .any(|w| line.folded.contains(w));
                if shares && points_expressions(&line.text).len() >= 2 {
                    return;
                }
                // No marker yet: an intro line ends with ':'; else items are one per line.
                if line.text.ends_with(':')
                    && self.open_item.is_none()
                    && words_of(&line.text).count() > 3
                {
                    return;
                }
                if is_instruction(&line.folded) {
                    self.close();
                    return;
                }
                self.primary = Some(None);
                self.start_item(None, &line.text, line);
            }
            (None, Some(None)) => {
                if is_instruction(&line.folded) || line.text.len() > 400 {
                    self.close();
                    return;
                }
                self.start_item(None, &line.text, line);
            }
            // Competency lists in PDF copies keep only the first bullet: every line is one.
            (None, Some(Some(_)))
                if matches!(
                    self.kind,
                    SectionKind::Competencies | SectionKind::CvRequirements
                ) =>
            {
                self.start_item(None, &line.text, line)
            }
            (None, Some(Some(_))) => self.close(),
        }
    }

    fn start_item(&mut self, number: Option<u32>, text: &str, line: &Line) {
        self.finish_item();
        self.open_item = Some(Item {
            category: None,
            sub_list: false,
            number,
            marked: false,
            text: text.trim().to_string(),
            line: line.no,
            lines: vec![line.no],
        });
    }

    /// A weight line or "Knock-out" ended the open item: the list is one of blocks.
    fn end_item_by_line(&mut self) {
        if self.open_item.is_some() {
            self.block_mode = true;
            self.finish_item();
        }
    }

    fn mark_open(&mut self) {
        if let Some(item) = self.open_item.as_mut() {
            item.marked = true;
        }
    }

    fn append(&mut self, line: &Line, own_line: bool) {
        if let Some(item) = self.open_item.as_mut() {
            // A short title's paragraph: "Brandveilig gebruik: Werkervaring met … (25 punten)".
            if !own_line && item.lines.len() == 1 {
                if let Some((title, weight)) = titled_label(&item.text) {
                    item.text = format!("{title}: {} {weight}", line.text.trim());
                    item.lines.push(line.no);
                    return;
                }
            }
            if !own_line && rejoins_hyphenated(&item.text, &line.text) {
                // "afgelo-" + "pen jaren": one word broken at the line end.
                item.text.pop();
                item.text.push_str(line.text.trim());
                item.lines.push(line.no);
                return;
            }
            item.text.push(if own_line { '\n' } else { ' ' });
            // "◆ 25 punten" under the item: its weight, without the bullet.
            let t = line.text.trim();
            let t = match list_marker(t) {
                Some((MarkerKind::Bullet, _, at)) if is_points_only(t) => &t[at..],
                _ => t,
            };
            item.text.push_str(t);
            item.lines.push(line.no);
        }
    }

    fn finish_item(&mut self) {
        if let Some(mut item) = self.open_item.take() {
            // "(factor 3) Werkervaring met …" read from a label line and the line below: the
            // weight goes behind the requirement, where weights are read.
            if let Some(close) = leading_bracket_end(&item.text) {
                let rest = item.text[close..].trim();
                if !rest.is_empty() {
                    item.text = format!("{rest} {}", item.text[..close].trim());
                }
            }
            if ends_terminated(&item.text) {
                self.terminated += 1;
            }
            self.items.push(item);
        }
    }

    fn close(&mut self) {
        self.finish_item();
        self.closed = true;
    }

    /// Whether `line` continues the open item rather than starting something new.
    /// An unmarked line under a marked weighted criterion that is one of its levels (see
    /// `is_level_line`), perhaps behind a scale label ("Beoordelingsschaal: minder dan 4 jaar
    /// …… 0 punten"), or the scale label alone: the text kept for the item, empty for the label
    /// alone. Levels follow an
    /// item without a plain weight of its own, one that states its maximum, or one whose
    /// levels started already.
    fn unmarked_level<'a>(&self, line: &'a Line) -> Option<&'a str> {
        let item = self.open_item.as_ref()?;
        if self.kind != SectionKind::Weighted || !item.marked {
            return None;
        }
        let levels_follow = item.sub_list
            || item.text.ends_with(':')
            || states_maximum(&item.text)
            || points_expressions(&item.text).is_empty();
        if !levels_follow {
            return None;
        }
        let t = line.text.trim();
        match scale_label_rest(t) {
            Some("") => Some(""),
            Some(r) if is_level_line(r) => Some(r),
            _ => is_level_line(t).then_some(t),
        }
    }

    /// Nothing read yet but one unmarked paragraph of ten words or more that ends in ':'.
    fn intro_paragraph_open(&self) -> bool {
        self.items.is_empty()
            && self.open_item.as_ref().is_some_and(|i| {
                !i.marked && i.text.trim_end().ends_with(':') && words_of(&i.text).nth(9).is_some()
            })
    }

    fn is_continuation(&self, line: &Line) -> bool {
        let Some(item) = self.open_item.as_ref() else {
            return false;
        };
        let t = line.text.trim();
        let f = line.folded.trim();
        // "Wens 1 (factor 3)" over its requirement: a label line with no words of its own
        // takes the line below as its text.
        if item.lines.len() == 1 && label_only(&item.text) && list_marker(t).is_none() {
            return true;
        }
        // "Wens 1 – Brandveilig gebruik (25 punten)" over its paragraph: a label with a short
        // title takes the sentences right under it as its requirement.
        if item.lines.len() == 1
            && !line.after_blank
            && titled_label(&item.text).is_some()
            && words_of(t).nth(4).is_some()
            && list_marker(t).is_none()
            && heading(line).is_none()
        {
            return true;
        }
        // A weight needs a digit: lines without one are not searched for share words.
        if t.bytes().any(|b| b.is_ascii_digit())
            && announces_share(f)
            && !points_expressions(t).is_empty()
        {
            return false;
        }
        if is_points_only(t) {
            return true;
        }
        if [
            "toelichting",
            "weging",
            "punten",
            "score",
            "(",
            "waarbij",
            "hieronder",
        ]
        .iter()
        .any(|w| f.starts_with(w))
        {
            return true;
        }
        if t.starts_with(char::is_lowercase) && !is_instruction(f) {
            return true;
        }
        let prev = item.text.trim_end();
        if prev.ends_with([':', ',', '-', '–', '(', '/'])
            || prev.matches('(').count() > prev.matches(')').count()
        {
            return true;
        }
        let last_word = fold(prev.rsplit(' ').next().unwrap_or(""));
        if [
            "en", "of", "de", "het", "een", "van", "met", "in", "op", "voor", "and", "or", "the",
            "of", "als",
        ]
        .contains(&last_word.as_str())
        {
            return true;
        }
        // In a criteria list whose items end with punctuation, an item without it is not finished.
        let criteria_list = matches!(self.kind, SectionKind::Knockout | SectionKind::Weighted);
        let marked = matches!(self.primary, Some(Some(_)));
        let finished = self.items.len();
        if criteria_list
            && marked
            && finished > 0
            && self.terminated * 2 > finished
            && !ends_terminated(prev)
            && !is_instruction(f)
            && heading(line).is_none()
        {
            return true;
        }
        false
    }

    /// The section holds nothing but one unmarked line of prose that introduces the table or
    /// list below ("The table below lists the requirements (knock-out) and the award
    /// criteria."): when labelled items open their own list, that line is no criterion.
    fn only_list_intro(&self) -> bool {
        let items: Vec<&Item> = self.items.iter().chain(self.open_item.as_ref()).collect();
        let [item] = items.as_slice() else {
            return false;
        };
        let f = fold(&item.text);
        !item.marked
            && item.number.is_none()
            && points_expressions(&item.text).is_empty()
            && LIST_INTRO_WORDS.iter().any(|w| f.contains(w))
    }

    /// When the text ends inside this section: the last item, if it looks unfinished.
    fn truncated_at_end(&self) -> Option<String> {
        let item = self.open_item.as_ref()?;
        let unfinished_sentence = !ends_terminated(&item.text)
            && self.terminated * 2 > self.items.len()
            && !self.items.is_empty();
        let others_have_points = self.kind == SectionKind::Weighted
            && !self.items.is_empty()
            && self
                .items
                .iter()
                .all(|i| !points_expressions(&i.text).is_empty())
            && points_expressions(&item.text).is_empty();
        if unfinished_sentence || others_have_points {
            let words: Vec<&str> = words_of(&item.text).collect();
            let tail = words[words.len().saturating_sub(6)..].join(" ");
            return Some(tail);
        }
        None
    }

    fn finish(mut self) -> Section {
        self.finish_item();
        // In a list of blocks, a category line is the next item's category, not an item.
        if self.block_mode {
            let mut items: Vec<Item> = Vec::with_capacity(self.items.len());
            let mut pending: Option<String> = None;
            for mut item in std::mem::take(&mut self.items) {
                let line = Line {
                    no: item.line,
                    folded: fold(&item.text),
                    text: item.text.clone(),
                    marked_heading: false,
                    after_blank: false,
                };
                if !item.marked && item.lines.len() == 1 && is_category_line(&line) {
                    pending = Some(item.text);
                    continue;
                }
                item.category = pending.take();
                items.push(item);
            }
            self.items = items;
        }
        // Prose before a marked list introduces it ("Offers that do not meet every requirement
        // below …"): it is not an item.
        if let Some(first) = self.items.iter().position(|i| i.marked) {
            if self.items[first..].iter().filter(|i| i.marked).count() >= 2 {
                self.items.drain(..first);
            }
        }
        Section {
            kind: self.kind,
            stated_total: self.stated_total,
            items: self.items,
        }
    }
}

/// Ends with list punctuation or a weight: the item is complete.
fn ends_terminated(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(['.', ';', '!', '?'])
        || (t.ends_with(')') && !points_expressions(t).is_empty())
        || points_expressions(t)
            .last()
            .is_some_and(|e| e.end >= t.len())
}

/// "(20 punten)", "punten)", "Weging: 10 %", "20 punten".
fn is_points_only(t: &str) -> bool {
    // Both shapes below have at most four words; longer lines are asked nothing more.
    if words_of(t).nth(4).is_some() {
        return false;
    }
    let f = fold(t);
    let stripped = f.trim_matches(|c: char| {
        c == '(' || c == ')' || c == ';' || c == '.' || c == ',' || c.is_whitespace()
    });
    if ["punten", "punt", "points", "pnt"].contains(&stripped) {
        return true;
    }
    let exprs = points_expressions(t);
    if exprs.len() != 1 || words_of(t).count() > 4 {
        return false;
    }
    // "Weging: 10 %", "max. 20 punten" — but "Gunningscriteria (50 punten)" is a heading.
    let e = &exprs[0];
    let rest = fold(&format!("{} {}", &t[..e.start], &t[e.end..]));
    rest.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| WEIGHT_LINE_WORDS.contains(&w))
}

/// "2 tot 4 jaar: 5 punten", "Meer dan 5 jaar (8 %)", "CISM of CISSP: 10 punten": a short
/// label and the points it earns — a level of the criterion above, not a criterion.
/// "Weging: maximaal 15 punten", "(max. 20 punten)", "up to 20 points": the item gives the
/// most it can earn, so levels may follow.
fn states_maximum(text: &str) -> bool {
    let f = fold(text);
    ["maximaal", "max.", "maximum"]
        .iter()
        .any(|w| f.contains(w))
        && !points_expressions(text).is_empty()
}

/// Words after a level's share that name what it is a share of.
const SHARE_TAILS: [&str; 4] = [
    " van de kwaliteitsscore",
    " van de totale score",
    " of the quality score",
    " of the total score",
];

/// The text after a score scale's label ("Beoordelingsschaal:", "Scoring:"; see
/// `vocab::SCORE_SCALE_LABELS`), empty when the label stands alone; `None` for other lines.
fn scale_label_rest(text: &str) -> Option<&str> {
    let (label, rest) = text.split_once(':')?;
    let f = fold(label.trim());
    SCORE_SCALE_LABELS
        .contains(&f.as_str())
        .then(|| rest.trim())
}

/// The label before a level's points, without the dotted leader that separates them in a
/// typed scale ("4 tot 6 jaar ........ 10 punten"), and whether there was one.
fn without_leader(label: &str) -> (&str, bool) {
    let t = label.trim_end_matches(['.', '…', ' ', '·', '_']);
    let leader = &label[t.len()..];
    let dots = leader.matches(['.', '·', '_']).count() + 3 * leader.matches('…').count();
    (t.trim_end(), dots >= 3)
}

fn is_level_line(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ';']);
    // "ten minste 36 maanden ervaring: 50% van de kwaliteitsscore": the share's own words.
    let t = SHARE_TAILS
        .iter()
        .find_map(|w| t.strip_suffix(w))
        .unwrap_or(t);
    let Some(e) = points_expressions(t).pop() else {
        return false;
    };
    let (label, leader) = without_leader(&t[..e.start]);
    // The level's label is a number of years or ends in ':' / '=' / a dotted leader before
    // its points; "Ervaring met een parkeervisie – 15 punten" is the next criterion.
    e.end >= t.len()
        && !e.is_weight
        && !label.is_empty()
        && words_of(label).count() <= 8
        && (leader
            || label.ends_with([':', '='])
            || label.starts_with(|c: char| c.is_ascii_digit()))
}

/// "Deze wens telt voor 30 % van de kwaliteitsscore", "Dit criterium weegt 15 punten",
/// "This criterion counts for 20 %": a sentence giving the weight of the item above, as a
/// weight line ("Weging: 30 %").
fn item_weight_sentence(line: &Line) -> Option<String> {
    let f = &line.folded;
    // A weight needs a digit: lines without one are not searched for the phrases.
    if !line.text.bytes().any(|b| b.is_ascii_digit())
        || !ITEM_WEIGHT_PHRASES.iter().any(|w| f.contains(w))
        || announces_share(f)
    {
        return None;
    }
    if words_of(&line.text).nth(16).is_some() {
        return None;
    }
    let exprs = points_expressions(&line.text);
    // "Deze wens weegt 20 % van de kwaliteitsscore (max. 70 punten)": the share is the
    // weight; the points are the quality score's, which the shares are converted against.
    let quality_share = match exprs.as_slice() {
        [a, b] if a.percent != b.percent && (f.contains("kwaliteit") || f.contains("quality")) => {
            Some(if a.percent { a } else { b })
        }
        _ => None,
    };
    let e = match (exprs.as_slice(), quality_share) {
        (_, Some(e)) => e,
        ([e], None) => e,
        _ => return None,
    };
    let unit = if e.percent { "%" } else { "punten" };
    // "Weging: maximaal 15 punten" keeps saying it is a maximum: levels follow it.
    let max = if quality_share.is_none() && (f.contains("maxim") || f.contains("max.")) {
        "max. "
    } else {
        ""
    };
    Some(format!(
        "Weging: {max}{} {unit}",
        crate::warning::num(e.value)
    ))
}

/// A wens's score scale on its own line ("Score: 0 / 5 / 10", "Punten: 0, 5 of 10",
/// "Scoring: 0 – 10 – 20 points") written as the weight line the reader knows ("Weging: max. 10
/// punten"): the top of the scale is the most the item earns, and levels under it stay levels.
/// `None`: no line changed.
fn with_score_scales_as_weights(lines: &[Line]) -> Option<Vec<Line>> {
    let mut out: Option<Vec<Line>> = None;
    for (i, l) in lines.iter().enumerate() {
        let Some(top) = score_scale_top(&l.folded) else {
            continue;
        };
        let v = out.get_or_insert_with(|| lines.to_vec());
        v[i].text = format!("Weging: max. {} punten", crate::warning::num(top));
        v[i].folded = fold(&v[i].text);
    }
    out
}

/// The top of a score scale line: a scale label (`vocab::SCORE_SCALE_LABELS`), then two or
/// more rising whole numbers split by '/', ',', dashes or "of"/"or", perhaps a unit.
fn score_scale_top(folded: &str) -> Option<f64> {
    // The whole label: "punten" is no label of "puntentoekenning: 0/5/10".
    let rest = SCORE_SCALE_LABELS.iter().find_map(|w| {
        folded
            .strip_prefix(w)
            .filter(|r| r.is_empty() || r.starts_with([':', ' ']))
    })?;
    let rest = rest
        .trim_start_matches([':', ' '])
        .trim_end_matches(['.', ';', ' ']);
    let rest = ["punten", "points", "pnt", "pt"]
        .iter()
        .find_map(|u| rest.strip_suffix(u))
        .unwrap_or(rest);
    let mut numbers = Vec::new();
    for part in rest
        .split(['/', ',', '-', '–'])
        .flat_map(|p| p.split(" of "))
        .flat_map(|p| p.split(" or "))
    {
        numbers.push(part.trim().parse::<u32>().ok()?);
    }
    let top = *numbers.last()?;
    (numbers.len() >= 2 && numbers.windows(2).all(|w| w[0] < w[1])).then_some(f64::from(top))
}

/// A list item whose last sentence gives its weight ("- Ervaring met R of Python. Telt voor
/// 20% van de kwaliteitsscore.", "1. Kennis van de Wmo. Dit criterium weegt 15 punten.") with
/// that sentence written as the weight tag ("(Weging: 20 %)"), so the item is known by it
/// where no heading names the list. `None`: no line changed.
fn with_weight_sentences_as_tags(lines: &[Line]) -> Option<Vec<Line>> {
    let mut out: Option<Vec<Line>> = None;
    for (i, l) in lines.iter().enumerate() {
        let Some(cut) = weight_sentence_at_end(l) else {
            continue;
        };
        let v = out.get_or_insert_with(|| lines.to_vec());
        v[i].text = cut;
        v[i].folded = fold(&v[i].text);
    }
    out
}

/// The line with its final weight sentence as a tag, when it is a marked item of four words
/// or more before that sentence.
fn weight_sentence_at_end(l: &Line) -> Option<String> {
    if list_marker(&l.text).is_none() || !ITEM_WEIGHT_PHRASES.iter().any(|w| l.folded.contains(w)) {
        return None;
    }
    let t = l.text.trim_end();
    let at = t.trim_end_matches('.').rfind(". ")? + 1;
    let (head, sentence) = (&t[..at], t[at..].trim());
    let s = Line {
        text: sentence.to_string(),
        folded: fold(sentence),
        ..l.clone()
    };
    let tag = item_weight_sentence(&s)?;
    (head.split_whitespace().nth(4).is_some() && points_expressions(head).is_empty())
        .then(|| format!("{head} ({tag})"))
}

/// The kind a line's own tag gives it: a trailing knock-out tag ("… arts. (knock-out)") or a
/// trailing weight ("(max. 20 punten)", "– 15 pt", "Weging: 10 %", "[10 punten]") after a
/// requirement of four words or more. Shares of the award, totals and fees carry no tag.
fn line_tag(line: &Line) -> Option<SectionKind> {
    // "Antwoord: Wens 1 weegt voortaan 25 punten": an answer, not a criterion.
    if ["vraag", "antwoord", "question", "answer", "q:", "a:"]
        .iter()
        .any(|w| line.folded.starts_with(w))
    {
        return None;
    }
    if super::sections::knockout_tag_at(&line.text).is_some() {
        return Some(SectionKind::Knockout);
    }
    let t = line.text.trim_end().trim_end_matches(['.', ';', ' ']);
    if !super::points::may_end_in_weight(t) {
        return None;
    }
    let e = points_expressions(t).pop()?;
    if e.end < t.len() || announces_share(&line.folded) {
        return None;
    }
    if FEE_WORDS.iter().any(|w| line.folded.contains(w)) {
        return None;
    }
    let before = t[..e.start].trim_end();
    let marker_end = list_marker(before).map_or(0, |(_, _, s)| s);
    let own = &before[marker_end.min(before.len())..];
    let head = Line {
        no: line.no,
        folded: fold(own),
        text: own.to_string(),
        marked_heading: false,
        after_blank: false,
    };
    // "Projectleider (50%) en contractmanager (30%)" shares tasks; a percentage tags a
    // criterion only when named a weight ("Weging: 10 %", "max. 20 %").
    let percent_ok = !e.percent || e.is_weight;
    (words_of(own).count() >= 4
        && points_expressions(own).is_empty()
        && percent_ok
        && !own.trim_end().ends_with([':', '='])
        && heading(&head).is_none())
    .then_some(SectionKind::Weighted)
}

/// A line about the price or interview share, or a total: never part of a criterion.
fn announces_share(f: &str) -> bool {
    ["prijs", "price", "gesprek", "interview", "totaal", "total"]
        .iter()
        .any(|w| f.contains(w))
}

/// Whether one of `words` (each a single word of letters or digits) stands as a whole word in
/// `folded`: one pass over the line's words instead of one search per vocabulary entry.
fn has_any_word(folded: &str, words: &[&str]) -> bool {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .any(|token| !token.is_empty() && words.contains(&token))
}

/// "Tabel 2 – Scoring wens 1" over rows "2 jaar tot 5 jaar<tab>15": the levels of that
/// criterion, when it has none yet. Rows paying nothing are no level.
fn table_tiers(lines: &[Line], tender: &mut Tender) {
    for (i, l) in lines.iter().enumerate() {
        // A whole word is also a substring: most lines hold none, and a substring search is
        // cheaper than splitting the line into words.
        if !TIER_TABLE_WORDS.iter().any(|w| l.folded.contains(w))
            || !has_any_word(&l.folded, TIER_TABLE_WORDS)
        {
            continue;
        }
        let Some((kind, n)) = criterion_reference(&l.folded) else {
            continue;
        };
        if kind == Some(SectionKind::Knockout) {
            continue;
        }
        let Some(c) = tender
            .criteria
            .iter_mut()
            .find(|c| c.number == Some(n) || (c.number.is_none() && c.id == format!("W{n}")))
        else {
            continue;
        };
        if !c.tiers.is_empty() {
            continue;
        }
        let mut tiers = Vec::new();
        for (k, row) in lines[i + 1..].iter().take(12).enumerate() {
            let cells: Vec<&str> = row
                .text
                .split(['\t', '|'])
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            let value = cells.last().and_then(|c| {
                c.parse::<f64>()
                    .ok()
                    .or_else(|| points_expressions(c).first().map(|e| e.value))
            });
            match (cells.len(), value) {
                (2.., Some(v)) => {
                    if v > 0.0 {
                        tiers.push(Tier {
                            label: clean_text(&cells[..cells.len() - 1].join(" ")),
                            points: v,
                        });
                    }
                }
                // One header row ("Werkervaring<tab>Punten") may come first.
                (2.., None) if k == 0 => {}
                _ => break,
            }
        }
        if tiers.len() >= 2 {
            if c.points.is_none() {
                c.points = tiers.iter().map(|t| t.points).reduce(f64::max);
            }
            c.tiers = tiers;
        }
    }
}

/// "Knock-out", "Wens": a line that only names a criterion's kind.
fn is_kind_line(folded: &str) -> bool {
    let f = folded.trim().trim_end_matches([':', '.']);
    if KIND_LINES.contains(&f) {
        return true;
    }
    // "Knock-out: ja", "KO: yes", "Type: eis": a field that says the item above is one.
    let Some((name, value)) = f.split_once(':') else {
        return false;
    };
    let (name, value) = (name.trim(), value.trim());
    (BLOCK_KNOCKOUT_FIELDS.contains(&name) && BLOCK_YES.contains(&value))
        || (BLOCK_KIND_FIELDS.contains(&name) && KNOCKOUT_CELLS.contains(&value))
}

/// "Werkervaring", "Opleiding", "Tarief", "Gesprek": one or two words with a capital, no
/// number and no punctuation — a category over the sentence below it.
fn is_category_line(line: &Line) -> bool {
    let t = line.text.trim();
    let words = words_of(t).count();
    // A bold label ("**Registratie forensisch arts**") may be a few words longer.
    let most = if line.marked_heading { 4 } else { 2 };
    (1..=most).contains(&words)
        && t.starts_with(char::is_uppercase)
        && !t.contains(|c: char| c.is_ascii_digit() || ".;:,()%".contains(c))
}

/// "(inschrijver) De inschrijver …", "(kandidaat) De kandidaat …": a one- or two-word tag in
/// parentheses before a criterion's words says whom it is on; it is not part of the text.
fn category_tag(text: &str) -> (Option<&str>, &str) {
    let t = text.trim_start();
    if let Some(inner) = t.strip_prefix('(') {
        if let Some(close) = inner.find(')') {
            let tag = &inner[..close];
            if close <= 30 && words_of(tag).count() <= 2 && !tag.is_empty() {
                return (Some(tag), &inner[close + 1..]);
            }
        }
    }
    (None, text)
}

/// Whom a knock-out is on: the bidder when its tag or its subject is the bidder, or when it
/// asks for an administrative registration (see `vocab::ADMIN_TOPICS`) without naming the
/// candidate.
fn knockout_kind(tag: Option<&str>, text: &str) -> KnockoutKind {
    let f = fold(text);
    let bidder_word = |s: &str| BIDDER_WORDS.iter().any(|w| contains_word(s, w));
    if let Some(tag) = tag {
        return if bidder_word(&fold(tag)) {
            KnockoutKind::Bidder
        } else {
            KnockoutKind::Candidate
        };
    }
    let subject: String = words_of(&f).take(4).collect::<Vec<_>>().join(" ");
    let names_candidate = f.contains("kandidaat") || f.contains("candidate");
    if (bidder_word(&subject) || ADMIN_TOPICS.iter().any(|w| f.contains(w))) && !names_candidate {
        KnockoutKind::Bidder
    } else {
        KnockoutKind::Candidate
    }
}

/// Sentences that follow a list of criteria without being one ("Geef in het cv duidelijk aan …").
/// Whether a line that ends in a hyphen and the next line are one word broken by a PDF copy:
/// letters on both sides, and the next word no "of"/"en" ("hbo- of wo-opleiding", "reis- en
/// verblijfkosten" keep their hyphen).
fn rejoins_hyphenated(before: &str, next: &str) -> bool {
    let Some(head) = before.strip_suffix('-') else {
        return false;
    };
    let next = next.trim_start();
    let first = next
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    head.ends_with(|c: char| c.is_lowercase())
        && next.starts_with(|c: char| c.is_lowercase())
        && !["of", "en", "tot", "and", "or", "to"].contains(&first)
}

fn is_instruction(f: &str) -> bool {
    [
        "geef in het cv",
        "geef in je cv",
        "geef in uw cv",
        "indien informatie",
        "let op",
        "de kandidaat dient",
        "u dient",
        "je dient",
        "motiveer",
        "licht in het cv",
        "please indicate",
        "the cv must",
        "omschrijf in het cv",
        // A form's instruction under its heading: "Kruis per eis aan …", "Licht per wens toe …".
        "kruis per",
        "kruis aan",
        "vink aan",
        "vink per",
        "licht per",
        "geef per",
        "verwijs per",
        "tick ",
        "indicate for each",
    ]
    .iter()
    .any(|w| f.starts_with(w))
}

/// "(factor 3)", "(15 punten)", "– 25 punten", "": what is left of a label line after its
/// label holds no words of a requirement, only a weight or a factor.
fn label_only(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['–', '—', '-', ':']).trim();
    match leading_bracket_end(t) {
        Some(close) => t[close..].trim().is_empty(),
        None => t.is_empty() || is_points_only(t),
    }
}

/// "– Brandveilig gebruik (25 punten)", "Gelijkwaardigheid (max. 15 punten)": a criterion's
/// short title (one to five words, no digit, no full stop) and its bracketed weight, as the
/// label line over a paragraph prints them. `None` for a requirement written out.
fn titled_label(text: &str) -> Option<(&str, &str)> {
    let t = text.trim().trim_start_matches(['–', '—', '-', ':']).trim();
    let open = t.rfind('(')?;
    let (title, weight) = (t[..open].trim_end(), &t[open..]);
    let short = (1..=5).contains(&words_of(title).count())
        && !title.bytes().any(|b| b.is_ascii_digit())
        && !title.ends_with(['.', ':', ';', ',']);
    let weighted = weight.ends_with(')') && !points_expressions(weight).is_empty();
    (short && weighted).then_some((title, weight))
}

/// The byte just after a bracket that opens `text` and holds a weight or factor ("(factor 3)",
/// "(20 punten)", "[weging 15 %]"); `None` for any other start.
fn leading_bracket_end(text: &str) -> Option<usize> {
    let (inner, rest) = super::points::leading_bracket(text)?;
    (factor_tag(inner).is_some() || !points_expressions(inner).is_empty())
        .then_some(text.len() - rest.len())
}

/// "het kwaliteitsdeel is in totaal 60 punten waard", "voor kwaliteit zijn maximaal 70 punten te
/// behalen", "quality counts for 60 points in total", "de wensen leveren samen maximaal 50
/// punten op": a sentence giving the points the quality part or the wensen together are worth
/// (the total), not a criterion.
fn quality_total_sentence(f: &str) -> Option<f64> {
    let whole = [
        "totaal",
        "in total",
        "samen",
        "together",
        "te behalen",
        "te verdienen",
        "available",
        // "… uitgedrukt in een kwaliteitsscore van maximaal 60 punten".
        "score van maximaal",
        "score van max.",
        "maximale kwaliteitsscore",
        "maximale score",
        "maximum score",
        "score of up to",
        "score of at most",
        // "De kwaliteitsscore bedraagt maximaal 80 punten".
        "score bedraagt maximaal",
        "score bedraagt max.",
        "score is maximaal",
    ]
    .iter()
    .any(|w| f.contains(w));
    let of_quality = QUALITY_WORDS.iter().any(|w| f.contains(w)) || f.contains("award criteria");
    if !(whole && of_quality) {
        return None;
    }
    // "De prijs weegt 30 %, … De kwaliteitsscore bedraagt maximaal 80 punten": the points.
    let e = points_expressions(f).into_iter().find(|e| !e.percent)?;
    Some(e.value)
}

fn strip_trailing_points(text: &str) -> String {
    let exprs = points_expressions(text);
    match exprs.last() {
        Some(e) if e.end >= text.trim_end().len() => text[..e.start].to_string(),
        _ => text.to_string(),
    }
}

fn is_price_share(f: &str) -> bool {
    f.starts_with("prijs")
        || f.starts_with("price")
        || f.contains("prijsdeel")
        || f.contains("weging prijs")
        || f.contains("prijscomponent")
        || f == "tarief"
        || f.starts_with("tarief (")
        || f.starts_with("tarief:")
        // "Uurtarief aangeboden kandidaat (30 punten)": the offered rate, scored as the price;
        // "Uurtarief maximaal € 110 (20 punten)" is a criterion on a cap.
        || ((f.starts_with("uurtarief") || f.starts_with("hourly rate"))
            && !f.contains('€')
            && !f.contains("maxim"))
}

/// Whether an item is only the intro of the scored points after it: it ends with ':', names
/// no points itself, and the next item names points.
///
/// "Ervaring met versnellingsaanpakken (totaal 30 punten), waarbij de punten als volgt zijn
/// opgebouwd:" over items of 10, 10 and 10 points: an intro too, when its points are the sum of
/// the items right after it (the parts add up; levels of one item would not be separate items).
fn intro_of_scored_points(text: &str, after: &[Item]) -> bool {
    let t = text.trim_end();
    if !t.ends_with(':') || t.contains('\n') {
        return false;
    }
    let item_points = |n: &Item| points_expressions(&n.text).last().map(|e| e.value);
    match points_expressions(t).as_slice() {
        [] => after.first().is_some_and(|n| item_points(n).is_some()),
        // "(max. 15 punten):" over its levels is one item whatever its levels add up to.
        [total] if !total.percent && !fold(t).contains("max") => {
            let mut sum = 0.0;
            for n in after {
                let Some(p) = item_points(n) else {
                    return false;
                };
                sum += p;
                if sum >= total.value {
                    break;
                }
            }
            after.len() >= 2 && (sum - total.value).abs() < 0.01
        }
        _ => false,
    }
}

/// "Gesprek", "Kennismakingsgesprek (15 punten)", "Interview": a word that names the
/// interview round itself — "motiverende gespreksvoering" is a skill, not the round.
fn is_interview_share(f: &str) -> bool {
    f.split(|c: char| !c.is_alphanumeric()).any(|w| {
        [
            "gesprek",
            "gesprekken",
            "interview",
            "interviews",
            "presentatie",
        ]
        .iter()
        .any(|e| w.ends_with(e))
    }) && words_of(f).nth(14).is_none()
        // "Werkervaring met het voeren van gesprekken met ouders (10 punten)": conversations
        // as the work asked for, a criterion, not the assessor's round.
        && !f
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.ends_with("ervaring") || ["experience", "kennis", "conducting"].contains(&w))
        && !f.contains("voeren van")
        && !f.contains("afnemen van")
}

/// Price and interview weights written outside the criteria lists ("Weging prijsdeel: 20 %",
/// "Gesprekkenronde … Weging: 55 %" on the next line).
/// Returns the quality share when a line states one ("Kwaliteit 60 % / Prijs 40 %").
fn shares_outside_sections(
    lines: &[Line],
    consumed: &[usize],
    tender: &mut Tender,
) -> Option<(f64, bool)> {
    let mut quality: Option<(f64, bool)> = None;
    // A line split into several (a list run into one line) shares its number: there only its
    // items are consumed, not the award sentence after them.
    let shared: HashSet<usize> = lines
        .windows(2)
        .filter(|w| w[0].no == w[1].no)
        .map(|w| w[0].no)
        .collect();
    let is_consumed = |l: &Line| {
        consumed.contains(&l.no) && !(shared.contains(&l.no) && list_marker(&l.text).is_none())
    };
    for (i, l) in lines.iter().enumerate() {
        if is_consumed(l) {
            continue;
        }
        // "… weegt voor 65 punten, de prijs voor 35" / "punten.": a share wrapped onto the
        // next line is read with it.
        let (joined, joined_folded);
        let (text, folded) = match lines.get(i + 1) {
            // A table row ("Price<tab>15%") ends at its line.
            Some(n)
                if !l.text.ends_with(['.', ':', ';', '!', '?'])
                    && !l.text.contains(['\t', '|'])
                    && !is_consumed(n) =>
            {
                joined = format!("{} {}", l.text, n.text);
                joined_folded = format!("{} {}", l.folded, n.folded);
                (joined.as_str(), joined_folded.as_str())
            }
            _ => (l.text.as_str(), l.folded.as_str()),
        };
        // Lines without a number or a share's subject are not split and parsed (most lines).
        if text.bytes().any(|b| b.is_ascii_digit()) && names_share(folded) {
            if let Some(q) = award_line_shares(text, tender) {
                quality.get_or_insert(q);
            }
        }
        // Only a percentage is read below ('%', "procent", "percent"; "cent" is in both words):
        // other lines are skipped before their numbers are parsed.
        if !l.text.contains('%') && !l.folded.contains("cent") {
            continue;
        }
        let exprs = points_expressions(&l.text);
        // "Weging prijsdeel: 20 %": a percentage on a line that speaks of weighting.
        let weighted_line = l.folded.contains("weging") || l.folded.contains("weight");
        let Some(e) = exprs
            .iter()
            .find(|e| e.percent && (e.is_weight || weighted_line))
        else {
            continue;
        };
        // The nearest line naming price or interview decides; a bare "Weging: 45 %" looks back
        // up to three lines for its subject ("Gesprekkenronde" …).
        let reach = if l.folded.starts_with("weging") { 4 } else { 1 };
        let subject = lines[i + 1 - reach.min(i + 1)..=i]
            .iter()
            .rev()
            .find_map(|x| {
                let price = ["prijs", "price", "tarief"]
                    .iter()
                    .any(|w| x.folded.contains(w));
                let interview = ["gesprek", "interview", "presentatie"]
                    .iter()
                    .any(|w| x.folded.contains(w));
                match (price, interview) {
                    (true, _) => Some(true),
                    (false, true) => Some(false),
                    _ => None,
                }
            });
        match subject {
            Some(true) if tender.price_weight.is_none() => tender.price_weight = Some(e.value),
            Some(false) if tender.interview_weight.is_none() => {
                tender.interview_weight = Some(e.value)
            }
            _ => {}
        }
    }
    quality
}

/// "De eisen in paragraaf 4.2 zijn knock-outcriteria. Voldoet de kandidaat niet …",
/// "Onderstaande eisen zijn knock-out", "The requirements below are knock-out criteria": a
/// sentence that says which list is which, pointing at it, is no criterion.
fn describes_the_list(text: &str) -> bool {
    let f = fold(text);
    // The first sentence ("4.2" is no sentence end).
    let first = f.split([';']).next().unwrap_or("");
    let first = first.split(". ").next().unwrap_or(first);
    [" zijn ", " is ", " are ", " gelden als "]
        .iter()
        .any(|w| first.contains(w))
        && LIST_KIND_WORDS.iter().any(|w| first.contains(w))
        && LIST_POINTER_WORDS.iter().any(|w| first.contains(w))
}

/// "Each award criterion is scored 0 or 10", "Elke wens wordt beoordeeld met 0, 5 of 10
/// punten", "Alle gunningscriteria worden gescoord op …": a sentence about how every item of
/// the list is scored.
fn scores_each_item(text: &str) -> bool {
    // "(Per wens worden de punten volledig of niet toegekend.)": a remark in brackets too.
    let f = fold(text.trim_start_matches('('));
    let each = [
        "each ",
        "every ",
        "all ",
        "elk ",
        "elke ",
        "ieder ",
        "iedere ",
        "alle ",
        "per wens ",
        "per criterium ",
        "per gunningscriterium ",
        "per award criterion ",
        "for each ",
        "voor elke ",
        "voor iedere ",
    ]
    .iter()
    .any(|w| f.starts_with(w));
    // "De wensen worden beoordeeld op basis van het cv", "The nice-to-haves are scored on …":
    // the list's own name opens the sentence. "Punten worden alleen toegekend als …".
    let the_list = ["de ", "the "].iter().any(|d| {
        f.strip_prefix(d).is_some_and(|rest| {
            [
                "wensen",
                "gunningscriteria",
                "criteria",
                "nice-to-haves",
                "nice to haves",
                "award criteria",
                "wishes",
                // "De weging is uitgedrukt in procenten van de totale score".
                "weging",
                "wegingen",
                "weighting",
                "weights",
            ]
            .iter()
            .any(|w| rest.starts_with(&format!("{w} ")))
        })
    });
    if f.starts_with("punten worden") || f.starts_with("points are") {
        return true;
    }
    (each || the_list)
        && [
            "scored",
            "score",
            "beoordeeld",
            "gescoord",
            "gewaardeerd",
            "assessed",
            "toegekend",
            "awarded",
            "uitgedrukt",
            "weergegeven",
            "expressed",
        ]
        .iter()
        .any(|w| f.contains(w))
}

/// "wordt verlaagd van 4 jaar naar 3 jaar", "van 4 naar 3 jaar", "changed from 5 years to 3
/// years": the old and the new number with their unit ("4 jaar", "3 jaar"), from a folded
/// sentence.
fn number_change(sentence: &str) -> Option<(String, String)> {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let units = [
        "jaar", "jaren", "maanden", "uur", "years", "months", "hours",
    ];
    let num = |w: &str| w.parse::<u32>().ok();
    for (i, w) in words.iter().enumerate() {
        if !matches!(*w, "van" | "from") {
            continue;
        }
        let Some(a) = words.get(i + 1).and_then(|w| num(w)) else {
            continue;
        };
        let mut k = i + 2;
        let unit_a = words.get(k).filter(|u| units.contains(u)).copied();
        if unit_a.is_some() {
            k += 1;
        }
        if !matches!(words.get(k), Some(&"naar") | Some(&"to") | Some(&"in")) {
            continue;
        }
        let Some(b) = words.get(k + 1).and_then(|w| num(w)) else {
            continue;
        };
        let unit = words
            .get(k + 2)
            .map(|u| u.trim_end_matches(['.', ',']))
            .filter(|u| units.contains(u))
            .or(unit_a)?;
        return Some((format!("{a} {unit}"), format!("{b} {unit}")));
    }
    None
}

/// "Zie bijlage", "see attachment", "staan in de bijgevoegde pdf": a few words that point to
/// an attachment under a criteria heading are no criterion.
fn refers_to_attachment(text: &str) -> bool {
    let f = fold(text);
    words_of(&f).nth(6).is_none() && ATTACHMENT_WORDS.iter().any(|w| f.contains(w))
}

/// Whether a line says the requirements are in an attachment ("De eisen en wensen vindt u in
/// bijlage 2", "Requirements: see attachment", "Zie de bijgevoegde offerteaanvraag voor de
/// gunningscriteria"): a short line naming both the criteria and an attachment.
fn criteria_in_attachment(lines: &[Line]) -> bool {
    lines.iter().any(|l| {
        let f = &l.folded;
        words_of(f).nth(40).is_none()
            && ATTACHMENT_WORDS.iter().any(|w| f.contains(w))
            && ATTACHED_CRITERIA_WORDS.iter().any(|w| f.contains(w))
    })
}

/// "Kwaliteit 60 % / Prijs 40 %" with wensen that each "telt voor 30 % van de
/// kwaliteitsscore": percentages that fill the quality score are shares of it, so each is
/// turned into points of the total (30 % of 60 = 18 points), tiers alike.
/// Returns the quality share when the weights were converted.
/// Criteria weighted in shares of the quality score that add up to 100 %, where the posting
/// states that score's maximum in points ("De kwaliteitsscore bedraagt maximaal 80 punten"):
/// each share as points of that maximum (25 % of 80 = 20 punten), tiers alike. The maximum, or
/// `None` when nothing changed.
fn shares_to_stated_points(tender: &mut Tender) -> Option<f64> {
    let total = tender.stated_total.filter(|t| *t > 0.0 && *t != 100.0)?;
    if !weights_are_shares(tender) {
        return None;
    }
    shares_as_points_of(total, tender);
    Some(total)
}

/// Whether the criteria's weights are shares of one whole: every weight given is a
/// percentage, and they add up to 100 (within half a point).
fn weights_are_shares(tender: &Tender) -> bool {
    let weights: Vec<&WeightedCriterion> = tender
        .criteria
        .iter()
        .filter(|c| c.points.is_some())
        .collect();
    let sum: f64 = weights.iter().filter_map(|c| c.points).sum();
    !weights.is_empty() && weights.iter().all(|c| c.percent) && (sum - 100.0).abs() < 0.5
}

/// Every criterion's share (and its tiers') as points of `whole`: 25 % of 80 is 20 punten,
/// rounded to hundredths.
fn shares_as_points_of(whole: f64, tender: &mut Tender) {
    let scale = |v: f64| (v * whole / 100.0 * 100.0).round() / 100.0;
    for c in &mut tender.criteria {
        c.points = c.points.map(scale);
        c.percent = false;
        for t in &mut c.tiers {
            t.points = scale(t.points);
        }
    }
}

fn quality_shares_to_points(quality: Option<(f64, bool)>, tender: &mut Tender) -> Option<f64> {
    let (q, _) = quality?;
    let outside = tender.price_weight.unwrap_or(0.0) + tender.interview_weight.unwrap_or(0.0);
    if !(weights_are_shares(tender) && q < 100.0 && outside > 0.0) {
        return None;
    }
    if ((q + outside) - 100.0).abs() > 0.5 {
        return None;
    }
    shares_as_points_of(q, tender);
    Some(q)
}

/// "Kwaliteit 70 punten, prijs 30 punten", "Quality (CV): 70 points. Price: 30 points.",
/// "Wishes: 80% · Hourly rate: 20%", "kwaliteit (max. 70 punten) + prijs (max. 30 punten)": each
/// part of the line that names price or interview and then a weight sets that share (the
/// first one read wins).
fn award_line_shares(text: &str, tender: &mut Tender) -> Option<(f64, bool)> {
    let mut quality_share = None;
    // A share is a number: parts without a digit say none (and need no folding).
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // "Price<tab>15%", "Gesprek | 20 punten": a two-cell row names its subject in the first
    // cell and its weight in the second; read as one part, not split at the cell border.
    let row;
    let text = match super::sections::table_cells(text).as_slice() {
        [name, weight]
            if text.contains(['\t', '|'])
                && !name.bytes().any(|b| b.is_ascii_digit())
                && weight.bytes().any(|b| b.is_ascii_digit()) =>
        {
            row = format!("{name}: {weight}");
            row.as_str()
        }
        _ => text,
    };
    // "Van de 100 punten zijn er 60 voor kwaliteit, 20 voor prijs en 20 voor het gesprek":
    // numbers without a unit, in a sentence that speaks of points or percent.
    let bare = bare_shares(text);
    for &(value, subject) in &bare {
        match subject {
            Share::Price => {
                tender.price_weight.get_or_insert(value);
            }
            Share::Interview => {
                tender.interview_weight.get_or_insert(value);
            }
            Share::Quality => {
                quality_share.get_or_insert((value, false));
            }
        }
    }
    if !bare.is_empty() {
        return quality_share;
    }
    for part in award_parts(text).into_iter().flat_map(sentences) {
        if !part.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let f = fold(part);
        if FEE_WORDS.iter().any(|w| f.contains(w)) || !names_share(&f) {
            continue;
        }
        // "Het tarief weegt voor 25% mee en het gesprek voor 10%": each number weighs the
        // subject named last between it and the number before.
        let mut from = 0;
        for e in points_expressions(part) {
            let before = fold(&part[from.min(e.start)..e.start]);
            from = e.end;
            let last = |words: &[&str]| words.iter().filter_map(|w| before.rfind(w)).max();
            let (price, interview, quality) = (
                last(PRICE_WORDS),
                last(INTERVIEW_WORDS),
                last(QUALITY_WORDS),
            );
            let nearest = [price, interview, quality].into_iter().flatten().max();
            if nearest.is_none() {
                continue;
            }
            if price == nearest {
                tender.price_weight.get_or_insert(e.value);
            } else if interview == nearest {
                tender.interview_weight.get_or_insert(e.value);
            } else {
                quality_share.get_or_insert((e.value, e.percent));
            }
        }
    }
    quality_share
}

/// The parts of an award line between the marks that separate shares: ';', '·', '|', tab, '+',
/// ',' and '/' (as `str::split` by those characters gives them). Split by bytes: the marks are
/// ASCII, which occurs inside no other character, but '·', whose two bytes (C2 B7) start and
/// end no other character either.
fn award_parts(text: &str) -> Vec<&str> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let mark = match b[i] {
            b';' | b'|' | b'\t' | b'+' | b',' | b'/' => 1,
            0xc2 if b.get(i + 1) == Some(&0xb7) => 2,
            _ => 0,
        };
        if mark == 0 {
            i += 1;
            continue;
        }
        out.push(&text[start..i]);
        i += mark;
        start = i;
    }
    out.push(&text[start..]);
    out
}

/// Whether folded text names a share's subject (price, interview or quality). A number
/// sets a share only after one of these words, and folding maps character by character, so
/// text without one (or a part of it) sets none.
fn names_share(folded: &str) -> bool {
    [PRICE_WORDS, INTERVIEW_WORDS, QUALITY_WORDS]
        .iter()
        .any(|words| words.iter().any(|w| folded.contains(w)))
}

/// What a share of the award is for.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Share {
    Price,
    Interview,
    Quality,
}

/// "60 voor kwaliteit, 20 voor prijs en 20 voor het kennismakingsgesprek", "70 for quality and
/// 30 for price", "er gaan 50 naar kwaliteit": "N voor/for/naar/to [de/het/the] <subject>" in a sentence that names points, percent
/// or the total of 100. Two shares at least, or none (one number alone may be anything).
fn bare_shares(text: &str) -> Vec<(f64, Share)> {
    let f = fold(text);
    if !(f.contains("punten") || f.contains("points") || f.contains('%') || f.contains(" 100 ")) {
        return Vec::new();
    }
    let words: Vec<&str> = f
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let Ok(v) = w.trim_end_matches('%').parse::<u32>() else {
            continue;
        };
        if v > 100
            || !matches!(
                words.get(i + 1),
                // "voor 60% uit kwaliteit": the share of the whole a part is made of.
                Some(&"voor") | Some(&"for") | Some(&"naar") | Some(&"to") | Some(&"uit")
            )
        {
            continue;
        }
        let mut k = i + 2;
        if matches!(words.get(k), Some(&"de") | Some(&"het") | Some(&"the")) {
            k += 1;
        }
        let Some(subject) = words.get(k) else {
            continue;
        };
        let share = if PRICE_WORDS.iter().any(|p| subject.starts_with(p.trim())) {
            Share::Price
        } else if INTERVIEW_WORDS.iter().any(|p| subject.contains(p.trim())) {
            Share::Interview
        } else if QUALITY_WORDS.iter().any(|p| subject.starts_with(p.trim())) {
            Share::Quality
        } else {
            continue;
        };
        out.push((f64::from(v), share));
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// Splits at a full stop that ends a sentence (". " before a capital), not at "max. 30".
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut cuts = vec![0];
    for (i, _) in text.match_indices(". ") {
        if text[i + 2..].starts_with(char::is_uppercase) {
            cuts.push(i + 1);
        }
    }
    cuts.push(text.len());
    (0..cuts.len() - 1).map(move |k| &text[cuts[k]..cuts[k + 1]])
}

/// The most named public body when no "Opdrachtgever" label gives it.
fn infer_buyer(lines: &[Line]) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    const BODIES: [&str; 5] = [
        "gemeente",
        "provincie",
        "waterschap",
        "hoogheemraadschap",
        "ministerie",
    ];
    for l in lines {
        // A word folds to a body's name only where the folded line holds that name: other
        // lines are not split into words.
        if !BODIES.iter().any(|b| l.folded.contains(b)) {
            continue;
        }
        let words: Vec<&str> = crate::text::words(&l.text).collect();
        for (i, w) in words.iter().enumerate() {
            // Folding every word of the posting is costly; an ASCII word is compared as it is.
            let fw = if w.is_ascii() {
                if !BODIES.iter().any(|b| w.eq_ignore_ascii_case(b)) {
                    continue;
                }
                w.to_ascii_lowercase()
            } else {
                fold(w)
            };
            if !BODIES.contains(&fw.as_str()) {
                continue;
            }
            let mut name = vec![capitalize(&fw)];
            if fw == "ministerie" {
                // "Ministerie van Justitie en Veiligheid".
                for x in words.iter().skip(i + 1).take(5) {
                    let x = x.trim_end_matches([',', '.', ';', ')']);
                    if x.starts_with(char::is_uppercase) || ["van", "en", "voor"].contains(&x) {
                        name.push(x.to_string());
                    } else {
                        break;
                    }
                }
            } else if let Some(next) = words.get(i + 1) {
                let next = next
                    .trim_end_matches([',', '.', ';', ')', ':', '’', '\''])
                    .trim_end_matches("’s");
                if next.starts_with(char::is_uppercase) && next.len() > 2 {
                    name.push(next.to_string());
                }
            }
            if name.len() < 2 {
                continue;
            }
            let n = name.join(" ");
            match counts.iter_mut().find(|(k, _)| *k == n) {
                Some((_, c)) => *c += 1,
                None => counts.push((n, 1)),
            }
        }
    }
    counts.into_iter().max_by_key(|(_, c)| *c).map(|(n, _)| n)
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn documents(lines: &[Line]) -> Vec<String> {
    let all: String = lines
        .iter()
        .map(|l| l.folded.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    // A whole word is a substring first: the quick search spares the word search on most
    // postings.
    let has_word = |w: &str| all.contains(w) && contains_word(&all, w);
    if has_word("vog") || all.contains("verklaring omtrent het gedrag") {
        out.push("VOG".to_string());
    }
    if all.contains("geheimhoudingsverklaring") || all.contains("geheimhoudingsovereenkomst") {
        out.push("geheimhoudingsverklaring".to_string());
    }
    if has_word("uea") || all.contains("uniform europees aanbestedingsdocument") {
        out.push("UEA".to_string());
    }
    out
}

/// "Maximaal 5 pagina's, opgesteld in het Nederlands, minimaal 2 referenties."
fn cv_requirements(text: &str) -> CvRequirements {
    let f = fold(text);
    // The last number in the 25 characters before `word` ("maximaal 5 pagina's").
    let number_before = |word: &str| -> Option<u32> {
        let p = f.find(word)?;
        let mut from = p.saturating_sub(25);
        while !f.is_char_boundary(from) {
            from -= 1;
        }
        f[from..p]
            .split(|c: char| !c.is_ascii_digit())
            .rfind(|s| !s.is_empty())?
            .parse()
            .ok()
    };
    let language = if f.contains("nederlands") || f.contains("dutch") {
        Some("nl".to_string())
    } else if f.contains("engels") || f.contains("english") {
        Some("en".to_string())
    } else {
        None
    };
    CvRequirements {
        max_pages: number_before("pagina").or_else(|| number_before("page")),
        language,
        min_references: number_before("referentie").or_else(|| number_before("reference")),
        motivation_requested: f.contains("motivatie") || f.contains("motivation"),
        text: Some(clean_text(text)).filter(|t| !t.is_empty()),
    }
}

/// From the "Beoordeling" prose: how many CVs go to the client, and the tie-break on rate.
fn assessment(lines: &[Line]) -> AssessmentProcedure {
    let mut a = AssessmentProcedure::default();
    for l in lines {
        let f = &l.folded;
        // Every phrase with "score" in it below holds "score": one search spares the others on
        // most lines.
        let score = f.contains("score");
        if score
            && (f.contains("gelijke score")
                || f.contains("gelijke eindscore")
                || f.contains("equal score"))
            && (f.contains("tarief") || f.contains("prijs") || f.contains("rate"))
        {
            a.tie_break_on_rate = true;
        }
        if a.cvs_to_client.is_none()
            && ((score && f.contains("beste scoren"))
                || f.starts_with("selectie")
                || f.contains("voorgelegd"))
        {
            let words: Vec<&str> = f
                .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
                .filter(|w| !w.is_empty())
                .collect();
            for (i, w) in words.iter().enumerate() {
                let n = w
                    .parse::<u32>()
                    .ok()
                    .or_else(|| crate::text::number_word(w));
                let Some(n) = n else { continue };
                let next = words.get(i + 1).copied().unwrap_or("");
                let next2 = words.get(i + 2).copied().unwrap_or("");
                let noun = |x: &str| {
                    x.starts_with("cv")
                        || x.starts_with("offerte")
                        || x.starts_with("kandidat")
                        || x.starts_with("inschrijving")
                };
                if noun(next) || (next.parse::<u32>().is_ok() && noun(next2)) {
                    if (1..=50).contains(&n) && *w != "een" {
                        a.cvs_to_client = Some(n);
                    }
                    break;
                }
            }
        }
    }
    a
}

/// "Vraag: …" / "Antwoord: …" pairs (also "Vraag 3:", "V:", "A:", "Q:").
fn questions(lines: &[Line]) -> Vec<QuestionAnswer> {
    #[derive(PartialEq)]
    enum In {
        None,
        Q,
        A,
    }
    let mut out: Vec<QuestionAnswer> = Vec::new();
    let mut state = In::None;
    let mut q = String::new();
    let mut a = String::new();
    let flush = |q: &mut String, a: &mut String, out: &mut Vec<QuestionAnswer>| {
        if !q.trim().is_empty() && !a.trim().is_empty() {
            out.push(QuestionAnswer {
                question: clean_text(q),
                answer: clean_text(a),
                criterion: None,
            });
        }
        q.clear();
        a.clear();
    };
    // Under a change-log heading, each list item is one change: (its text, still open).
    let mut change_log = false;
    let mut entry: Option<String> = None;
    let push_entry = |entry: &mut Option<String>, out: &mut Vec<QuestionAnswer>| {
        if let Some(e) = entry.take() {
            out.push(QuestionAnswer {
                question: clean_text(&e),
                answer: clean_text(&e),
                criterion: None,
            });
        }
    };
    for l in lines {
        let f = &l.folded;
        if let Some(h) = heading(l) {
            push_entry(&mut entry, &mut out);
            change_log = h.kind == SectionKind::Questions
                && CHANGE_LOG_HEADINGS.iter().any(|w| f.starts_with(w));
            if change_log {
                continue;
            }
        }
        if change_log {
            match list_marker(&l.text) {
                // "a. Wens 8 vervalt.", "- Criterium 4 vervalt.": a change of its own; a
                // label ("Wens 8 vervalt.") is part of its words.
                Some((kind, _, start)) => {
                    push_entry(&mut entry, &mut out);
                    let from = if kind == MarkerKind::Labelled {
                        0
                    } else {
                        start
                    };
                    entry = Some(l.text[from..].trim().to_string());
                    continue;
                }
                None if entry.is_some() && !l.after_blank => {
                    if let Some(e) = entry.as_mut() {
                        e.push(' ');
                        e.push_str(&l.text);
                    }
                    continue;
                }
                None => push_entry(&mut entry, &mut out),
            }
        }
        // "4. Vraag: …": a numbered question; the number before the label is no part of it.
        let numbered = f
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .strip_prefix(['.', ')'])
            .filter(|_| f.starts_with(|c: char| c.is_ascii_digit()))
            .map_or(f.as_str(), str::trim_start);
        let after_label = |labels: &[&str]| -> Option<String> {
            for lab in labels {
                if let Some(rest) = numbered.strip_prefix(lab) {
                    let rest_t = rest
                        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '.');
                    if let Some(r) = rest_t.strip_prefix(':') {
                        let consumed = f.len() - r.len();
                        let chars = f[..consumed].chars().count();
                        let start = l
                            .text
                            .char_indices()
                            .nth(chars)
                            .map_or(l.text.len(), |(i, _)| i);
                        return Some(l.text[start..].trim().to_string());
                    }
                }
            }
            None
        };
        // "Wijziging 2 (27-11-2026): criterium 7 vervalt. …": each sentence an answer of its own.
        if let Some((label, rest)) = change_entry(l) {
            flush(&mut q, &mut a, &mut out);
            state = In::None;
            out.extend(sentences(&rest).map(|s| QuestionAnswer {
                question: label.clone(),
                answer: clean_text(s),
                criterion: None,
            }));
            continue;
        }
        if let Some(rest) = after_label(&["vraag", "v", "q", "question"]) {
            flush(&mut q, &mut a, &mut out);
            q = rest;
            state = In::Q;
        } else if let Some(rest) = after_label(&["antwoord", "a", "answer"]) {
            if state == In::Q {
                a = rest;
                state = In::A;
            }
        } else if state != In::None {
            if heading(l).is_some()
                || f.contains("reactietermijn")
                || (l.after_blank
                    && state == In::A
                    && l.text.starts_with(char::is_uppercase)
                    && !a.trim_end().ends_with([',', ':']))
                    && l.text.len() > 100
            {
                flush(&mut q, &mut a, &mut out);
                state = In::None;
                continue;
            }
            let target = if state == In::Q { &mut q } else { &mut a };
            target.push(' ');
            target.push_str(&l.text);
        }
    }
    flush(&mut q, &mut a, &mut out);
    push_entry(&mut entry, &mut out);
    out
}

/// A change-log entry: its label ("Wijziging 2 (27-11-2026)") and the words after the colon.
/// The label is a word of `vocab::CHANGE_LABELS`, maybe a number and a date in brackets.
fn change_entry(l: &Line) -> Option<(String, String)> {
    let f = &l.folded;
    let word = CHANGE_LABELS.iter().find(|w| f.starts_with(*w))?;
    let colon = f.find(':')?;
    let between = f[word.len()..colon].trim();
    // Only a number and a date may stand between the label and the colon.
    let label_like = between
        .chars()
        .all(|c| c.is_ascii_digit() || " ()-/.".contains(c));
    let rest = l.text.get(colon + 1..)?.trim();
    if !label_like || rest.is_empty() || !f.is_char_boundary(colon) {
        return None;
    }
    // Folding keeps one character for one and ASCII in place, so the colon's byte offset in
    // the folded text is the same in the text when all before it is ASCII.
    if !l.text[..colon].is_ascii() {
        return None;
    }
    Some((l.text[..colon].trim().to_string(), rest.to_string()))
}

/// Ties each question to the criterion it quotes or names.
/// What a published answer changes, applied to the criterion it is linked to: the answer is
/// binding and later than the posting. "Wens W3 komt te vervallen" removes it; "Wens 2 weegt
/// voortaan 20 punten" sets its points; "Eis 3 wordt een wens (10 punten)" makes a knock-out a
/// weighted criterion and "Wens 1 wordt een harde eis" the reverse; "De punten gaan naar het
/// gesprek, dat daarmee 30 punten waard wordt" sets the interview share (the price likewise).
fn apply_answers(tender: &mut Tender) {
    let mut removed: Vec<String> = Vec::new();
    let answers: Vec<(Option<String>, String)> = tender
        .questions
        .iter()
        .map(|qa| (qa.criterion.clone(), fold(&qa.answer)))
        .collect();
    for (k, (id, fa)) in answers.iter().enumerate() {
        // "Eis 3 komt als volgt te luiden: “…”": the criterion's new words, quoted.
        if let (Some(id), Some(new)) = (id, replaced_text(&tender.questions[k].answer)) {
            for k in tender.knockouts.iter_mut().filter(|k| &k.id == id) {
                k.text = new.clone();
            }
            for c in tender.criteria.iter_mut().filter(|c| &c.id == id) {
                c.text = new.clone();
            }
            continue;
        }
        // A move between knock-outs and wensen may give the points in the next sentence.
        let answer_value = points_expressions(fa).last().map(|e| e.value);
        for sentence in fa.split(['.', ';']).map(str::trim) {
            let changes = ANSWER_CHANGE_WORDS.iter().any(|w| sentence.contains(w));
            let share = |words: &[&str]| words.iter().any(|w| sentence.contains(w));
            let value = points_expressions(sentence).last().map(|e| e.value);
            // "De weging wordt daardoor: prijs 30 %, kwaliteit 50 %, gesprek 20 %": the award's
            // split restated; each share named replaces the old one.
            if share(PRICE_WORDS) && share(INTERVIEW_WORDS) {
                let mut restated = Tender::default();
                award_line_shares(sentence, &mut restated);
                if restated.price_weight.is_some() && restated.interview_weight.is_some() {
                    tender.price_weight = restated.price_weight;
                    tender.interview_weight = restated.interview_weight;
                    continue;
                }
            }
            if changes && share(INTERVIEW_WORDS) && !share(PRICE_WORDS) {
                if let Some(v) = value {
                    tender.interview_weight = Some(v);
                }
                continue;
            }
            if changes && share(PRICE_WORDS) && !share(INTERVIEW_WORDS) {
                if let Some(v) = value {
                    tender.price_weight = Some(v);
                }
                continue;
            }
            let Some(id) = id else { continue };
            if ANSWER_REMOVAL_WORDS.iter().any(|w| sentence.contains(w)) {
                removed.push(id.clone());
                continue;
            }
            // "De minimale werkervaring wordt verlaagd van 4 jaar naar 3 jaar": the criterion's
            // number changes, in its own words, so the judgement reads the new one.
            if let Some((old, new)) = number_change(sentence) {
                let texts = tender
                    .knockouts
                    .iter_mut()
                    .filter(|k| &k.id == id)
                    .map(|k| &mut k.text)
                    .chain(
                        tender
                            .criteria
                            .iter_mut()
                            .filter(|c| &c.id == id)
                            .map(|c| &mut c.text),
                    );
                for text in texts {
                    if text.matches(old.as_str()).count() == 1 {
                        *text = text.replace(old.as_str(), &new);
                    }
                }
                continue;
            }
            let to_weighted = ANSWER_TO_WEIGHTED.iter().any(|w| sentence.contains(w));
            let to_knockout = ANSWER_TO_KNOCKOUT.iter().any(|w| sentence.contains(w));
            if to_weighted {
                if let Some(at) = tender.knockouts.iter().position(|k| &k.id == id) {
                    let k = tender.knockouts.remove(at);
                    tender.criteria.push(WeightedCriterion {
                        id: String::new(),
                        number: k.number,
                        text: k.text,
                        points: value.or(answer_value),
                        percent: false,
                        tiers: Vec::new(),
                        line: k.line,
                        note: k.note,
                    });
                }
            } else if to_knockout {
                if let Some(at) = tender.criteria.iter().position(|c| &c.id == id) {
                    let c = tender.criteria.remove(at);
                    tender.knockouts.push(Knockout {
                        id: String::new(),
                        number: c.number,
                        kind: knockout_kind(None, &c.text),
                        text: c.text,
                        line: c.line,
                        note: c.note,
                    });
                }
            } else if changes {
                if let (Some(v), Some(c)) =
                    (value, tender.criteria.iter_mut().find(|c| &c.id == id))
                {
                    c.points = Some(v);
                    c.percent = false;
                    c.tiers.retain(|t| t.points <= v);
                }
            }
        }
    }
    if removed.is_empty() && answers.iter().all(|(id, _)| id.is_none()) {
        return;
    }
    tender.knockouts.retain(|k| !removed.contains(&k.id));
    tender.criteria.retain(|c| !removed.contains(&c.id));
    // Ids follow the posting's order again; each answer keeps pointing at its criterion.
    let mut renamed: Vec<(String, String)> = Vec::new();
    tender.knockouts.sort_by_key(|k| k.line);
    tender.criteria.sort_by_key(|c| c.line);
    for (i, k) in tender.knockouts.iter_mut().enumerate() {
        let id = format!("K{}", i + 1);
        renamed.push((std::mem::replace(&mut k.id, id.clone()), id));
    }
    for (i, c) in tender.criteria.iter_mut().enumerate() {
        let id = format!("W{}", i + 1);
        renamed.push((std::mem::replace(&mut c.id, id.clone()), id));
    }
    for qa in &mut tender.questions {
        qa.criterion = qa.criterion.as_ref().and_then(|old| {
            renamed
                .iter()
                .find(|(o, _)| !o.is_empty() && o == old)
                .map(|(_, new)| new.clone())
        });
    }
}

/// The new words an answer gives a criterion: the quoted text after a phrase of
/// `vocab::ANSWER_REPLACE_WORDS`, without a trailing kind tag ("… – eis"). `None`: the answer
/// quotes no new words.
fn replaced_text(answer: &str) -> Option<String> {
    let f = fold(answer);
    let at = ANSWER_REPLACE_WORDS.iter().find_map(|w| f.find(w))?;
    // Folding keeps one character for one: the phrase's place carries over by characters.
    let chars = f[..at].chars().count();
    let from = answer
        .char_indices()
        .nth(chars)
        .map_or(answer.len(), |(i, _)| i);
    let rest = &answer[from..];
    // "De eis wordt gewijzigd in: Minimaal 3 jaar … in de afgelopen 6 jaar." — unquoted: the
    // new words run from the colon to the sentence's end.
    if let Some(colon) = rest
        .find(':')
        .filter(|&c| c <= ANSWER_REPLACE_WORDS[0].len() + 4)
    {
        let after = rest[colon + 1..].trim_start();
        if after.starts_with(char::is_uppercase) {
            let end = after
                .match_indices(". ")
                .find(|(i, _)| after[i + 2..].starts_with(char::is_uppercase))
                .map_or(after.len(), |(i, _)| i);
            let text = after[..end].trim_end_matches('.').trim();
            return (words_of(text).nth(3).is_some()).then(|| clean_text(text));
        }
    }
    let open = rest.find(['“', '"', '„', '\''])?;
    let quote = rest[open..].chars().next()?;
    let close_char = if quote == '“' || quote == '„' {
        '”'
    } else {
        quote
    };
    let inner_start = open + quote.len_utf8();
    let inner_end = rest[inner_start..]
        .find(close_char)
        .map_or(rest.len(), |p| inner_start + p);
    let text = rest[inner_start..inner_end].trim();
    // "… in de afgelopen 8 jaar – eis": the kind tag is no part of the words.
    let f = fold(text);
    let cut = [
        " – eis",
        " - eis",
        " – wens",
        " - wens",
        " (eis)",
        " (wens)",
    ]
    .iter()
    .filter_map(|t| f.rfind(t).filter(|p| f[*p + t.len()..].trim().len() <= 12))
    .min();
    // Folding keeps one character for one: cut at the same character.
    let text = match cut {
        Some(p) => {
            let chars = f[..p].chars().count();
            let byte = text
                .char_indices()
                .nth(chars)
                .map_or(text.len(), |(i, _)| i);
            text[..byte].trim()
        }
        None => text,
    };
    (words_of(text).nth(3).is_some()).then(|| clean_text(text))
}

fn link_questions(tender: &mut Tender) {
    let criteria: Vec<(String, Option<u32>, Vec<String>)> = tender
        .knockouts
        .iter()
        .map(|k| (k.id.clone(), k.number, significant_words(&k.text)))
        .chain(
            tender
                .criteria
                .iter()
                .map(|w| (w.id.clone(), w.number, significant_words(&w.text))),
        )
        .collect();
    for qa in &mut tender.questions {
        // A change-log entry names its criterion in the change itself.
        let fq = if CHANGE_LABELS
            .iter()
            .any(|w| fold(&qa.question).starts_with(w))
        {
            fold(&qa.answer)
        } else {
            fold(&qa.question)
        };
        // The criterion sharing the most distinctive words with the question (at least two),
        // when the question names none by its label: a label is the asker's own pointer.
        let by_words = || {
            let mut best: Option<(usize, String)> = None;
            for (id, _, words) in &criteria {
                let hits = words.iter().filter(|w| fq.contains(w.as_str())).count();
                if hits >= 2 && best.as_ref().is_none_or(|(h, _)| hits > *h) {
                    best = Some((hits, id.clone()));
                }
            }
            best.map(|(_, id)| id)
        };
        let by_label = || {
            // "Is wens W3 nog relevant?", "Geldt K2 ook voor …": the posting's own label.
            for (id, number, _) in &criteria {
                if let Some(n) = number {
                    let labels: &[&str] = if id.starts_with('K') {
                        &["k", "ko", "e"]
                    } else {
                        &["w", "g", "gc"]
                    };
                    if labels
                        .iter()
                        .any(|l| contains_word(&fq, &format!("{l}{n}")))
                    {
                        return Some(id.clone());
                    }
                }
            }
            // "criterium 5", "eis 2", "gunningscriterium 3".
            // A label names its kind: "wens 2" is never the second knock-out. Of several, the
            // last named is the one changed ("de punten van criterium 7 gaan naar criterium 5").
            let mut last: Option<(usize, String)> = None;
            for (id, number, _) in &criteria {
                if let Some(n) = number {
                    let labels: &[&str] = if id.starts_with('K') {
                        &["criterium", "eis", "knock-outcriterium"]
                    } else {
                        &[
                            "criterium",
                            "wens",
                            "gunningscriterium",
                            "selectiecriterium",
                        ]
                    };
                    for lab in labels {
                        let at = [format!("{lab} {n}"), format!("{lab} nr. {n}")]
                            .iter()
                            .filter_map(|needle| {
                                fq.match_indices(needle.as_str())
                                    // "criterium 1" is not "criterium 12".
                                    .filter(|(i, m)| {
                                        !fq[i + m.len()..].starts_with(|c: char| c.is_ascii_digit())
                                    })
                                    .map(|(i, _)| i)
                                    .last()
                            })
                            .max();
                        if let Some(at) = at {
                            if last.as_ref().is_none_or(|(p, _)| at > *p) {
                                last = Some((at, id.clone()));
                            }
                        }
                    }
                }
            }
            last.map(|(_, id)| id)
        };
        qa.criterion = by_label().or_else(by_words);
    }
}

/// Words that tell criteria apart: five letters or more, without the ones every criterion has.
fn significant_words(text: &str) -> Vec<String> {
    const GENERIC: [&str; 10] = [
        "aantoonbare",
        "aantoonbaar",
        "werkervaring",
        "ervaring",
        "minimaal",
        "kennis",
        "jaren",
        "hieronder",
        "vallen",
        "experience",
    ];
    let mut out: Vec<String> = Vec::new();
    for w in fold(text).split(|c: char| !c.is_alphanumeric()) {
        if w.len() >= 5 && !GENERIC.contains(&w) && !out.iter().any(|o| o == w) {
            out.push(w.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tender::test_support::{knockout_texts, weighted, weighted_tiers};

    /// Each weighted criterion's words and points, for comparing a read with what it should be.
    fn texts_and_points(t: &Tender) -> Vec<(&str, Option<f64>)> {
        t.criteria
            .iter()
            .map(|c| (c.text.as_str(), c.points))
            .collect()
    }

    /// Title lines: a document kind before a colon and a version column are no part of it.
    #[test]
    fn title_own_words() {
        for (t, want) in [
            (
                "Inhuuraanvraag: Vergunningverlener omgevingsrecht",
                "Vergunningverlener omgevingsrecht",
            ),
            (
                "Inhuur: Communicatieadviseur omgevingsmanagement",
                "Communicatieadviseur omgevingsmanagement",
            ),
            ("Vacature: Senior beleidsadviseur", "Senior beleidsadviseur"),
            (
                "Technisch manager dijkversterking          Versie 1.0 – 23 november 2026",
                "Technisch manager dijkversterking",
            ),
            (
                "Projectleider riolering      Pagina 1 van 7",
                "Projectleider riolering",
            ),
            ("Adviseur Wmo     23-11-2026", "Adviseur Wmo"),
            ("Functie: Adviseur Wmo", "Functie: Adviseur Wmo"),
            ("Adviseur   Wmo en Jeugd", "Adviseur   Wmo en Jeugd"),
            (
                "AANVRAAG INHUUR – WOZ-TAXATEUR NIET-WONINGEN",
                "WOZ-TAXATEUR NIET-WONINGEN",
            ),
            (
                "Inhuur Adviseur informatiebeheer (DMS-migratie)",
                "Adviseur informatiebeheer (DMS-migratie)",
            ),
            ("Vacature - Jurist omgevingsrecht", "Jurist omgevingsrecht"),
            ("Uitvraag inhuur — Projectleider Wmo", "Projectleider Wmo"),
            ("Opdracht Senior adviseur", "Senior adviseur"),
            // The kind alone, a lower-case word or a longer word are no lead.
            ("Aanvraag inhuur", "Aanvraag inhuur"),
            ("Opdracht voor een adviseur", "Opdracht voor een adviseur"),
            ("Opdrachtgever Gemeente Ede", "Opdrachtgever Gemeente Ede"),
            (
                "Opdracht Overheid · Inhuuropdrachten",
                "Opdracht Overheid · Inhuuropdrachten",
            ),
        ] {
            assert_eq!(title_words(t), want, "{t}");
        }
    }

    /// Site headers and letterheads are no titles; a title that names a body stays one.
    #[test]
    fn site_headers_and_letterheads() {
        for t in [
            "Opdracht Overheid · Inhuuropdrachten",
            "Striive | Opdrachten",
            "Flextender – Aanvragen",
        ] {
            assert!(site_header(&fold(t)), "{t}");
        }
        for t in [
            "Gemeente Rotterdam | Concernstaf Financiën – inhuurverzoek",
            "Provincie Gelderland – Aanvraag externe inhuur",
            "Waterschap Vallei en Veluwe · Inhuuraanvraag",
        ] {
            assert!(letterhead(&fold(t)), "{t}");
        }
        for t in [
            "Opdracht Overheid",
            "Beleidsadviseur Jeugdhulp – regionale inkoop",
            "Gemeente Breda – Adviseur Wmo",
        ] {
            assert!(!site_header(&fold(t)) && !letterhead(&fold(t)), "{t}");
        }
    }

    #[test]
    fn empty_and_binary_input_warn() {
        assert_eq!(read_tender("").1, vec![Warning::EmptyInput]);
        assert_eq!(read_tender("   \n\t\n").1, vec![Warning::EmptyInput]);
        assert_eq!(
            read_tender("\0\u{1}\u{2}PK\u{3}\u{4}").1,
            vec![Warning::NotText]
        );
    }

    /// A list whose heading leaves its kind open takes it from the sentence under it.
    #[test]
    fn open_heading_takes_its_kind_from_the_intro() {
        for (heading, intro, knockout) in [
            ("SELECTIECRITERIA", "Voldoet een kandidaat niet aan een selectiecriterium, dan wordt de inschrijving terzijde gelegd.", true),
            ("Selectiecriteria", "Kandidaten die hier niet aan voldoen, vallen af.", true),
            ("Selection criteria", "Candidates who do not meet a criterion will be rejected.", true),
            ("Beoordelingscriteria", "Inschrijvingen die niet aan alle criteria voldoen worden niet in behandeling genomen.", true),
            ("Selectiecriteria", "Per criterium zijn maximaal 20 punten te behalen.", false),
            ("Selection criteria", "Each criterion is scored from 0 to 10 points.", false),
        ] {
            let text = format!(
                "Adviseur\n\n{heading}\n{intro}\n\nS1  De kandidaat heeft een afgeronde hbo-opleiding.\nS2  De kandidaat heeft 3 jaar ervaring als adviseur bij een gemeente.\n"
            );
            let (t, _) = read_tender(&text);
            let got = (t.knockouts.len(), t.criteria.len());
            assert_eq!(got, if knockout { (2, 0) } else { (0, 2) }, "{heading} / {intro}");
        }
    }

    /// How postings say how every item of a list is scored: no criterion of its own.
    #[test]
    fn scoring_sentences_are_no_items() {
        for t in [
            "Each award criterion is scored 0 (not demonstrated) or 10 (demonstrated).",
            "Elke wens wordt beoordeeld met 0, 5 of 10 punten.",
            "Alle gunningscriteria worden gescoord op basis van het cv.",
            "Iedere wens wordt gewaardeerd naar de mate waarin het cv hem aantoont.",
            "De wensen worden beoordeeld op basis van het cv.",
            "The nice-to-haves are scored on the CV only.",
            "De gunningscriteria worden gewaardeerd door een commissie van drie.",
            "Punten worden alleen toegekend als het cv er expliciet blijk van geeft.",
            "(Per wens worden de punten volledig of niet toegekend. Weging staat onder elke wens.)",
            "Per criterium wordt 0, 5 of 10 punten gegeven; het cv wordt beoordeeld.",
            "For each award criterion points are awarded only when the CV shows it.",
            "Voor elke wens geldt: punten worden toegekend naar rato.",
            "De weging is uitgedrukt in procenten van de totale score; 1 % = 1 punt.",
            "The weights are expressed as a share of the quality score.",
        ] {
            assert!(scores_each_item(t), "{t}");
        }
        for t in [
            "Ervaring met het scoren van aanvragen.",
            "Alle ervaring bij een gemeente telt mee.",
            "De wensen van de gemeente op het gebied van participatie kennen.",
            "Per week minimaal twee dagen op kantoor in Arnhem.",
            "Ervaring met subsidies die per project worden toegekend.",
        ] {
            assert!(!scores_each_item(t), "{t}");
        }
    }

    /// A change log after publication changes criteria as answers do; its lines are none.
    #[test]
    fn change_log_changes_criteria() {
        let text = "Adviseur\n\nEisen\n1. Afgeronde hbo-opleiding.\n2. Minimaal 4 jaar ervaring als adviseur.\n\nWensen\n\
3. Ervaring met stresstesten bij een gemeente. (20 punten)\n4. Kennis van het Besluit kwaliteit leefomgeving. (10 punten)\n\
5. Ervaring met droogtebeleid bij een provincie. (10 punten)\n\nWijzigingen na publicatie\n\
Wijziging 1 (25-11-2026): Bij criterium 2 telt werkervaring bij een waterschap ook mee.\n\
Wijziging 2 (27-11-2026): criterium 4 vervalt. De 10 punten van criterium 4 worden toegevoegd aan criterium 3, dat daarmee 30 punten waard is.\n";
        let (t, _) = read_tender(text);
        let w: Vec<(u32, Option<f64>)> = t
            .criteria
            .iter()
            .map(|c| (c.number.unwrap_or(0), c.points))
            .collect();
        assert_eq!(w, [(3, Some(30.0)), (5, Some(10.0))]);
        assert_eq!(t.knockouts.len(), 2);
        assert!(t
            .questions
            .iter()
            .any(|q| q.criterion.as_deref() == Some("K2") && q.answer.contains("waterschap")));
    }

    /// Rules of dashes or equals signs between blocks separate as blank lines do.
    #[test]
    fn drawn_rules_separate_blocks() {
        let rule = "-".repeat(40);
        let text = format!("Adviseur\n\nOmschrijving\nWij zoeken een adviseur.\n\n{rule}\nEISEN\n{rule}\nE1  Een afgeronde hbo-opleiding in de richting bestuurskunde.\nE2  Minimaal 3 jaar ervaring als adviseur bij een gemeente.\n{}\n", "=".repeat(30));
        let (t, _) = read_tender(&text);
        assert_eq!(t.knockouts.len(), 2, "{:#?}", t.knockouts);
    }

    #[test]
    fn no_criteria_warns() {
        let (t, w) =
            read_tender("Projectleider\n\nWe zoeken een projectleider voor 50% van de tijd.\n");
        assert!(t.knockouts.is_empty() && t.criteria.is_empty());
        assert_eq!(w, vec![Warning::NoCriteria]);
    }

    /// Answers in a Nota van Inlichtingen, in several wordings, change the criterion they are
    /// about: removed, reweighted, moved between knock-outs and wensen, or the interview share.
    #[test]
    fn answers_change_the_criteria() {
        let posting = |qa: &str| {
            format!(
                "Adviseur omgevingsrecht\n\nEisen\nK1 Een afgeronde hbo-opleiding Ruimtelijke Ordening.\nK2 Minimaal 3 jaar ervaring als vergunningverlener.\n\nWensen\nW1 Ervaring met de Omgevingswet (20 punten)\nW2 Ervaring met het VTH-systeem Squit 20 (10 punten)\nW3 Werkervaring bij een omgevingsdienst (15 punten)\n\nGunning: prijs 30 punten, gesprek 25 punten.\n\nNota van inlichtingen\n{qa}\n"
            )
        };
        let points = |t: &Tender| t.criteria.iter().map(|c| c.points).collect::<Vec<_>>();
        // Removed.
        for qa in [
            "Vraag 1: Squit wordt vervangen. Is wens W2 nog relevant?\nAntwoord: Nee. Wens W2 komt te vervallen.",
            "1. Vraag: Blijft wens 2 gelden?\nAntwoord: Nee, wens 2 vervalt.",
            "Q: Does W2 still apply now that Squit is replaced?\nA: No. W2 is removed.",
            // The label beats shared words: this question also speaks of vergunningverlener
            // and Omgevingswet, the words of K2 and W1.
            "Vraag 2: Wens 2 gaat over Squit, terwijl de vergunningverlener onder de Omgevingswet met een ander systeem werkt. Is wens 2 relevant?\nAntwoord: Nee. Wens 2 vervalt.",
        ] {
            let (t, _) = read_tender(&posting(qa));
            assert_eq!(points(&t), [Some(20.0), Some(15.0)], "{qa}");
            assert_eq!(t.criteria[1].id, "W2", "{qa}");
        }
        // Reweighted.
        for qa in [
            "Vraag: Hoeveel punten levert wens W1 op?\nAntwoord: Wens W1 weegt voortaan 25 punten.",
            "Vraag 3: Klopt de weging van wens 1?\nAntwoord: De weging van wens 1 wordt verhoogd naar 25 punten.",
            "Q: Is the weight of W1 correct?\nA: W1 now counts for 25 points.",
        ] {
            let (t, _) = read_tender(&posting(qa));
            assert_eq!(points(&t), [Some(25.0), Some(10.0), Some(15.0)], "{qa}");
        }
        // A knock-out becomes a wens.
        for qa in [
            "Vraag: Is eis K2 echt een harde eis?\nAntwoord: Nee. K2 wordt een wens en levert 10 punten op.",
            "Q: Is K2 a knock-out?\nA: K2 is no longer a knock-out; it becomes a wish worth 10 points.",
        ] {
            let (t, _) = read_tender(&posting(qa));
            assert_eq!(t.knockouts.len(), 1, "{qa}");
            assert_eq!(t.criteria.len(), 4, "{qa}");
            assert!(t.criteria.iter().any(|c| c.text.contains("vergunningverlener") && c.points == Some(10.0)), "{qa}");
        }
        // The interview share moves.
        for qa in [
            "Vraag: Wens W2 vervalt; waar gaan de punten heen?\nAntwoord: De 10 punten worden toegevoegd aan het gesprek, dat daarmee 35 punten waard wordt.",
            "Vraag: Weegt het gesprek mee?\nAntwoord: Ja, het gesprek weegt nu 35 punten.",
        ] {
            let (t, _) = read_tender(&posting(qa));
            assert_eq!(t.interview_weight, Some(35.0), "{qa}");
        }
        // The award's split restated after a change: every share named replaces the old one.
        for qa in [
            "Vraag: Wens W2 vervalt?\nAntwoord: Ja. De weging wordt daardoor: prijs 35 punten, kwaliteit 35 punten, gesprek 30 punten.",
            "Q: Is W2 removed?\nA: Yes. The weighting is now price 35 points, quality 35 points and interview 30 points.",
        ] {
            let (t, _) = read_tender(&posting(qa));
            assert_eq!((t.price_weight, t.interview_weight), (Some(35.0), Some(30.0)), "{qa}");
        }
        // A question that changes nothing leaves the criteria as they were.
        let (t, _) = read_tender(&posting(
            "Vraag: Mag de kandidaat op vrijdag op kantoor werken?\nAntwoord: Ja, in overleg.",
        ));
        assert_eq!(points(&t), [Some(20.0), Some(10.0), Some(15.0)]);
        assert_eq!((t.knockouts.len(), t.interview_weight), (2, Some(25.0)));
    }

    /// A PDF copy: words broken at line ends are joined, "hbo- of wo-" is not, and the page
    /// header repeated inside an item goes.
    #[test]
    fn pdf_copies_rejoin_words_and_drop_page_headers() {
        let text = "Waterschap Rivierenland – Aanvraag inhuur WSRL-INH-2026-0384\nTechnisch manager\n\nEisen\n1. Minimaal 5 jaar werkervaring als technisch manager, opgedaan in de afgelo-\npen 8 jaar.\n2. Een afgeronde hbo- of wo-opleiding Civiele Techniek of Water-\nbouwkunde.\n3. Een geldig VCA-VOL diploma; een kopie wordt bij de in-\nWaterschap Rivierenland – Aanvraag inhuur WSRL-INH-2026-0384\nschrijving gevoegd.\n";
        let (t, _) = read_tender(text);
        let texts = knockout_texts(&t);
        assert_eq!(
            texts,
            [
                "Minimaal 5 jaar werkervaring als technisch manager, opgedaan in de afgelopen 8 jaar",
                "Een afgeronde hbo- of wo-opleiding Civiele Techniek of Waterbouwkunde",
                "Een geldig VCA-VOL diploma; een kopie wordt bij de inschrijving gevoegd",
            ]
        );
    }

    /// A sentence giving the award's shares between the heading and a numbered list is no
    /// item, and the list's first item is kept.
    #[test]
    fn award_shares_above_a_numbered_list() {
        for intro in [
            "De inschrijving wordt beoordeeld op prijs (25 punten), kwaliteit van het cv (60 punten) en het\ngesprek (15 punten). De kwaliteit van het cv wordt beoordeeld op:",
            "Prijs 30 punten, gesprek 20 punten en kwaliteit 50 punten, verdeeld als volgt",
            "Bids are scored on price (30 points) and interview (20 points); the CV on",
        ] {
            let text = format!("Adviseur\n\n7. Gunningscriteria\n{intro}\n\n7.1 Ervaring met het toetsen van waterkeringen.\n(20 punten)\n7.2 Werkervaring bij een waterschap. (15 punten)\n7.3 Ervaring met het HWBP. (15 punten)\n");
            let (t, _) = read_tender(&text);
            assert_eq!(
                t.criteria.iter().map(|c| c.points).collect::<Vec<_>>(),
                [Some(20.0), Some(15.0), Some(15.0)],
                "{intro}"
            );
        }
    }

    /// An instruction between the heading and the list is skipped; prose after it still
    /// ends the section.
    #[test]
    fn an_instruction_above_the_list() {
        for intro in [
            "Indien informatie niet expliciet in het cv is opgenomen, wordt deze niet meegenomen in de\nbeoordeling.",
            "Let op: alleen wat in het cv staat telt.",
            "Geef in het cv per eis aan waar deze blijkt.",
        ] {
            let text = format!("Adviseur\n\nEisen (knock-out)\n{intro}\n1. Een afgeronde opleiding op minimaal hbo-niveau.\n2. Minimaal 4 jaar werkervaring als\n   informatiebeveiligingsadviseur.\n");
            let (t, _) = read_tender(&text);
            assert_eq!(t.knockouts.len(), 2, "{intro}");
        }
        let (t, _) = read_tender("Adviseur\n\nEisen\nLet op: alleen wat in het cv staat telt.\nWij zijn een open organisatie.\nOnze medewerkers werken hybride.\n");
        assert!(t.knockouts.is_empty());
    }

    /// A sentence ending in a colon that announces the list below names its kind after
    /// "volgende" / "onderstaande" / "following", not at its start.
    #[test]
    fn award_parts_split_as_str_split() {
        for t in [
            "",
            "Kwaliteit 60 % · Prijs 40 %",
            "a;b|c\td+e,f/g",
            ";;",
            "café · ·x· é/",
            "Wishes: 80% · Hourly rate: 20%",
        ] {
            assert_eq!(
                award_parts(t),
                t.split([';', '·', '|', '\t', '+', ',', '/'])
                    .collect::<Vec<_>>(),
                "{t:?}"
            );
        }
    }

    #[test]
    fn sentences_announcing_a_list() {
        for (line, knockout) in [
            (
                "De kwaliteit van het cv wordt beoordeeld op de volgende wensen:",
                false,
            ),
            (
                "Wij beoordelen de cv's op de volgende gunningscriteria:",
                false,
            ),
            ("Punten zijn te verdienen met de volgende wensen:", false),
            ("The CV is scored on the following award criteria:", false),
            ("Het cv scoort op onderstaande selectiecriteria:", false),
            ("De kandidaat moet voldoen aan de volgende eisen:", true),
            ("Wij hanteren de volgende knock-outcriteria:", true),
            ("The candidate meets the following requirements:", true),
        ] {
            let text = format!("Adviseur crisiscommunicatie\n\n{line}\n- Ervaring met crisiscommunicatie bij een veiligheidsregio (15 punten)\n- Ervaring met het organiseren van bewonersavonden (10 punten)\n");
            let (t, _) = read_tender(&text);
            let n = if knockout {
                t.knockouts.len()
            } else {
                t.criteria.len()
            };
            assert_eq!(n, 2, "{line}");
        }
        // A sentence about something else that ends in a colon opens no list.
        let (t, _) = read_tender("Adviseur\n\nWij bieden de volgende voorzieningen:\n- Een laptop en een telefoon\n- Een werkplek in het stadhuis\n");
        assert!(t.knockouts.is_empty() && t.criteria.is_empty());
    }

    /// How postings say their requirements are in an attachment, with no list in the text.
    #[test]
    fn criteria_in_an_attachment_warn() {
        for line in [
            "De eisen en wensen staan in de bijlage bij deze aanvraag.",
            "Zie bijlage 2 voor de knock-outcriteria en de gunningscriteria.",
            "De selectiecriteria vindt u in het bijgevoegde document.",
            "Requirements: see attachment.",
            "Voor de functie-eisen verwijzen we naar het aanvraagformulier (bijlage A).",
            "Eisen/wensen: zie bijlage",
            "The award criteria are listed in Annex B.",
            "De criteria staan in een apart document op het portaal.",
        ] {
            let text =
                format!("Adviseur bodem\n\nWij zoeken een adviseur voor 32 uur.\n\n{line}\n");
            let (t, w) = read_tender(&text);
            assert!(t.knockouts.is_empty() && t.criteria.is_empty(), "{line}");
            assert_eq!(w, vec![Warning::CriteriaInAttachment], "{line}");
        }
        // An attachment about something else, or criteria with no attachment, is no such page.
        for line in [
            "In de bijlage vindt u de plattegrond van het gemeentehuis.",
            "Wij stellen hoge eisen aan onze dienstverlening.",
        ] {
            let text = format!("Nieuws\n\n{line}\n");
            assert_eq!(read_tender(&text).1, vec![Warning::NoCriteria], "{line}");
        }
        // A page that lists its criteria and also has attachments does not warn.
        let (t, w) = read_tender("Adviseur\n\nEisen\n1. Een afgeronde hbo-opleiding.\n2. Minimaal 3 jaar ervaring als adviseur.\n\nDe overige eisen staan in bijlage 1.\n");
        assert_eq!(t.knockouts.len(), 2);
        assert!(!w.contains(&Warning::CriteriaInAttachment));
    }

    /// How ten postings state the price and interview shares in one line.
    #[test]
    fn award_shares_in_one_line() {
        for (line, price, interview) in [
            ("Kwaliteit 70 punten, prijs 30 punten.", Some(30.0), None),
            (
                "Quality (CV): 70 points. Price: 30 points.",
                Some(30.0),
                None,
            ),
            ("Wishes: 80% · Hourly rate: 20%", Some(20.0), None),
            (
                "Totaalscore = kwaliteit (max. 70 punten) + prijs (max. 30 punten).",
                Some(30.0),
                None,
            ),
            (
                "Beoordeling: kwaliteit cv 80 punten, gesprek 20 punten.",
                None,
                Some(20.0),
            ),
            (
                "Kwaliteit 60 % – Prijs 40 % (40 punten; laagste tarief krijgt 40 punten)",
                Some(40.0),
                None,
            ),
            ("Weging prijsdeel: 20 %", Some(20.0), None),
            (
                "De beoordeling bestaat voor 60% uit kwaliteit, voor 25% uit prijs en voor 15% uit het gesprek.",
                Some(25.0),
                Some(15.0),
            ),
            (
                "Prijs 25 % | Gesprek 25 % | Kwaliteit 50 %",
                Some(25.0),
                Some(25.0),
            ),
            ("Het interview telt voor 30% mee", None, Some(30.0)),
            // Bare numbers "N voor <share>" in a sentence about points.
            (
                "Van de 100 te behalen punten zijn er 60 voor kwaliteit (beoordeling van het cv), 20 voor prijs en 20 voor het kennismakingsgesprek.",
                Some(20.0),
                Some(20.0),
            ),
            ("Of the 100 points, 70 for quality and 30 for the price.", Some(30.0), None),
            ("Wij hebben 12 voor prijs gereserveerd.", None, None),
            // Two-cell rows of a weights table flattened with tabs or pipes.
            ("Price\t15%", Some(15.0), None),
            ("Interview\t20 %", None, Some(20.0)),
            ("Prijscomponent | 40 punten", Some(40.0), None),
            ("Total\t100%", None, None),
            ("Gegund op de beste prijs-kwaliteitverhouding: kwaliteit 70 punten, prijs 30 punten", Some(30.0), None),
            (
                "Striive charges the supplier a platform fee of 2.5% per hour",
                None,
                None,
            ),
            (
                "Een bemiddelingsvergoeding van 4 % komt bovenop de prijs",
                None,
                None,
            ),
        ] {
            let mut t = Tender::default();
            award_line_shares(line, &mut t);
            assert_eq!(
                (t.price_weight, t.interview_weight),
                (price, interview),
                "{line}"
            );
        }
    }

    /// A criteria heading followed by a dash and an explanation opens its list; a requirement
    /// with a dash does not.
    #[test]
    fn headings_explained_after_a_dash_or_in_a_bracket() {
        let l = |t: &str| Line {
            no: 1,
            text: t.to_string(),
            folded: fold(t),
            marked_heading: false,
            after_blank: true,
        };
        for (t, kind) in [
            (
                "Harde eisen – voldoe je hier niet aan, dan nemen wij je aanbieding niet in behandeling:",
                Some(SectionKind::Knockout),
            ),
            ("Wensen — hiermee verdien je punten bij de beoordeling van je cv", Some(SectionKind::Weighted)),
            ("Must haves - without these we cannot propose you to the client", Some(SectionKind::Knockout)),
            ("Ervaring met de Wmo – 15 punten", None),
            ("Eis 2 – Minimaal drie jaar ervaring als consulent", None),
            ("Over ons – wie zijn wij en wat doen we in de regio", None),
            (
                "1. Eisen (knock-out; voldoe je hier niet aan, dan wordt je cv niet verder beoordeeld)",
                Some(SectionKind::Knockout),
            ),
            ("A. Knock-outcriteria – voldoe je hier niet aan, dan valt je aanbieding af", Some(SectionKind::Knockout)),
            ("Hoofdstuk 3 Eisen (uitsluitend pass/fail, zonder punten)", Some(SectionKind::Knockout)),
            ("II. Requirements (knock-out: a candidate who does not meet these is excluded)", Some(SectionKind::Knockout)),
            ("B. Minimumeisen (deze moeten allemaal blijken uit het cv)", Some(SectionKind::Knockout)),
            ("2. Wensen (gunningscriteria, totaal 60 punten)", Some(SectionKind::Weighted)),
            ("3) Award criteria – how we score the candidates who pass", Some(SectionKind::Weighted)),
            (
                "4. Gunningscriteria (de kandidaat met de meeste punten wint; bij gelijke stand telt de prijs)",
                Some(SectionKind::Weighted),
            ),
            ("1. Wens (15 punten)", None),
            ("Wens 2 (factor 3)", None),
            ("2. Ervaring met de eisen van de Kieswet (10 punten)", None),
            ("1. Kennis van de Kieswet (knock-out)", None),
            ("3. Eisen die de opdrachtgever aan de rapportage stelt staan in bijlage 2", None),
            ("- Eisen (zie bijlage)", None),
        ] {
            assert_eq!(heading_before_gloss(&l(t)).map(|h| h.kind), kind, "{t}");
        }
    }

    /// Wensen without a heading, known only by "— 15 punten" at the line end, right after a
    /// bulleted knock-out list: each is a criterion, the first one too.
    #[test]
    fn tagged_lines_after_a_bulleted_list() {
        let text = "Jurist omgevingsrecht\n\nEisen:\n• Een afgeronde wo-opleiding Nederlands recht.\n• Minimaal 3 jaar ervaring met bezwaarzaken.\n\nErvaring met procederen bij de Raad van State — 15 punten\nKennis van de Omgevingswet en het Bal — 10 pt\nErvaring bij een provincie of waterschap - 5 punten\n\nHet tarief weegt 40 punten.\n";
        let (t, _) = read_tender(text);
        assert_eq!(t.knockouts.len(), 2);
        assert_eq!(
            t.criteria.iter().map(|c| c.points).collect::<Vec<_>>(),
            [Some(15.0), Some(10.0), Some(5.0)]
        );
        assert!(t.criteria[0].text.starts_with("Ervaring met procederen"));
    }

    /// An answer that changes a criterion's number: old and new, with the unit.
    #[test]
    fn numbers_changed_by_an_answer() {
        for (s, want) in [
            (
                "de minimale werkervaring wordt verlaagd van 4 jaar naar 3 jaar",
                Some(("4 jaar", "3 jaar")),
            ),
            (
                "wij wijzigen de eis van 4 naar 3 jaar",
                Some(("4 jaar", "3 jaar")),
            ),
            (
                "the requirement is changed from 5 years to 3 years",
                Some(("5 years", "3 years")),
            ),
            (
                "het aantal maanden gaat van 24 maanden naar 18 maanden",
                Some(("24 maanden", "18 maanden")),
            ),
            ("van 9 tot 17 uur op kantoor", None),
            ("de weging gaat van 10 naar 15 punten", None),
        ] {
            let got = number_change(s);
            assert_eq!(
                got.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
                want,
                "{s}"
            );
        }
    }

    /// Sentences that say which list is which are no criteria; requirements are.
    #[test]
    fn sentences_describing_a_list() {
        for (t, want) in [
            ("De eisen in paragraaf 4.2 zijn knock-outcriteria. Voldoet de kandidaat niet, dan vervalt de inschrijving.", true),
            ("Onderstaande eisen zijn knock-out; wie er niet aan voldoet valt af.", true),
            ("The requirements below are knock-out criteria.", true),
            ("Alle hierna genoemde eisen gelden als uitsluitingscriteria.", true),
            ("De kandidaat is in het bezit van een geldig VCA-diploma.", false),
            ("Minimaal 3 jaar ervaring met knock-outcriteria in aanbestedingen volgens paragraaf 2.", false),
        ] {
            assert_eq!(describes_the_list(t), want, "{t}");
        }
    }

    /// A block rendered twice ("Eisen & wensen" before and after a "Reageer" button, a PDF
    /// page repeated, a mobile and a desktop copy) gives each criterion once.
    #[test]
    fn a_repeated_requirement_block_counts_once() {
        let block = "Eisen\nMinimaal 3 jaar ervaring als adviseur bij een gemeente.\nEen afgeronde hbo-opleiding.\n\nWensen\nErvaring met de Omgevingswet.\nWeging: 20\nKennis van  het DSO.\nWeging: 10\n";
        for glue in ["\n[ Reageer ]\n\n", "\n\n", "\nPagina 2 van 3\n"] {
            let text = format!("Adviseur\n\n{block}{glue}{block}");
            let (t, _) = read_tender(&text);
            assert_eq!(t.knockouts.len(), 2, "{glue:?}");
            assert_eq!(
                t.criteria.iter().map(|c| c.points).collect::<Vec<_>>(),
                [Some(20.0), Some(10.0)],
                "{glue:?}"
            );
        }
    }

    /// Weights only in a table after the criteria, each row naming its criterion by code and a
    /// short name, aligned with spaces or split by pipes; a numbered heading of another kind
    /// ("2.3 Overige voorwaarden") ends the list above it.
    #[test]
    fn a_weights_table_by_code_and_name_weighs_the_criteria() {
        for table in [
            "  Onderdeel                    Weging\n  ------------------------     ------\n  G1 Ervaring Rijksoverheid       10%\n  G2 Onderhandelingen              25%\n  Prijs                            45%\n  Gesprek                          20%\n  Totaal                          100%\n",
            "| G1 Ervaring Rijksoverheid | 10% |\n| G2 Onderhandelingen | 25% |\n| Prijs | 45% |\n| Gesprek | 20% |\n",
        ] {
            let text = format!(
                "Adviseur visserij\n\n2.2 Gunningscriteria\n\nG1  De kandidaat heeft werkervaring bij een ministerie.\n\n\
G2  De kandidaat heeft ervaring met onderhandelingen in Brussel.\n\n2.3 Overige voorwaarden\n- De inlener hanteert de ARVODI-2018.\n\n\
2.4 Beoordeling en weging\n\n{table}"
            );
            let (t, _) = read_tender(&text);
            let w = weighted(&t);
            assert_eq!(
                w,
                [
                    ("De kandidaat heeft werkervaring bij een ministerie", Some(10.0)),
                    (
                        "De kandidaat heeft ervaring met onderhandelingen in Brussel",
                        Some(25.0)
                    )
                ],
                "{table}"
            );
        }
        // A row alone, its code opening no criterion elsewhere, is a criterion of its own.
        let (t, _) = read_tender("Adviseur\n\nWensen\nW1 Kennis van de GVB   10 punten\n");
        assert_eq!(t.criteria.len(), 1);
    }

    /// How postings print a wens's score scale under it: the top is its weight.
    #[test]
    fn score_scale_family() {
        for (line, top) in [
            ("score: 0 / 5 / 10 / 15", Some(15.0)),
            ("score: 0 / 10", Some(10.0)),
            ("punten: 0, 5 of 10", Some(10.0)),
            ("scoring: 0 - 10 - 20 points", Some(20.0)),
            ("scoringsschaal: 0/3/6/9.", Some(9.0)),
            ("score: 10 / 5 / 0", None),
            ("score: 2026", None),
            ("punten: zie bijlage 3", None),
            ("scores 0 / 5 volgens de wethouder in 2024 / 2025", None),
        ] {
            assert_eq!(score_scale_top(line), top, "{line}");
        }
        let text = "Adviseur\n\nWensen\n\nWens 1 – Ervaring met het Informatiepunt Digitale Overheid.\nScore: 0 / 10\n\n\
Wens 2 – Werkervaring bij een gemeente\nScore: 0 / 5 / 10\n  - gemeente tot 100.000 inwoners: 5 punten\n  - gemeente met 100.000 inwoners of meer: 10 punten\n";
        let (t, _) = read_tender(text);
        let w = weighted_tiers(&t);
        assert_eq!(
            w,
            [
                (
                    "Ervaring met het Informatiepunt Digitale Overheid",
                    Some(10.0),
                    0
                ),
                ("Werkervaring bij een gemeente", Some(10.0), 2)
            ]
        );
    }

    /// How postings give each wens a share of the quality score, and the award split that
    /// turns those shares into points of the total.
    #[test]
    fn shares_of_the_quality_score_become_points() {
        for (weights, award, want) in [
            (
                [
                    "Deze wens telt voor 50% van de kwaliteitsscore.",
                    "Deze wens telt voor 50% van de kwaliteitsscore.",
                ],
                "Kwaliteit 60% / Prijs 40%",
                [30.0, 30.0],
            ),
            (
                [
                    "Dit criterium weegt 75 % van het kwaliteitsdeel",
                    "Dit criterium weegt 25 % van het kwaliteitsdeel",
                ],
                "Weging: kwaliteit 80 %, prijs 20 %",
                [60.0, 20.0],
            ),
            (
                [
                    "This criterion counts for 40% of the quality score.",
                    "This criterion counts for 60% of the quality score.",
                ],
                "Quality 70% · Price 30%",
                [28.0, 42.0],
            ),
            (
                ["Weging: 50 %", "Weging: 50 %"],
                "Kwaliteit 50 % | Prijs 30 % | Gesprek 20 %",
                [25.0, 25.0],
            ),
            // The quality score's points in brackets beside the share are not the weight.
            (
                [
                    "Deze wens weegt 20 % van de kwaliteitsscore (max. 70 punten).",
                    "Deze wens weegt 80 % van de kwaliteitsscore (max. 70 punten).",
                ],
                "Kwaliteit: max. 70 punten; prijs: max. 20 punten; gesprek: max. 10 punten",
                [14.0, 56.0],
            ),
            (
                [
                    "This criterion weighs 30% of the quality score of 60 points.",
                    "This criterion weighs 70% of the quality score of 60 points.",
                ],
                "Quality 60 points, price 40 points",
                [18.0, 42.0],
            ),
        ] {
            let text = format!(
                "Adviseur\n\nWensen\nW1\tErvaring met oefeningen voor crisisteams.\n\t{}\nW2\tErvaring met het werken in LCMS.\n\t{}\n\nBeoordeling\n{award}\n",
                weights[0], weights[1]
            );
            let (t, w) = read_tender(&text);
            assert_eq!(
                t.criteria.iter().map(|c| c.points).collect::<Vec<_>>(),
                want.map(Some),
                "{text}"
            );
            // The user is told the shares became points.
            assert!(
                w.iter()
                    .any(|w| matches!(w, Warning::QualitySharesConverted { .. })),
                "{text}"
            );
            assert_eq!(
                t.criteria[0].text,
                "Ervaring met oefeningen voor crisisteams"
            );
        }
        // Percentages that already share the total with price stay as they are, unannounced.
        let (t, w) = read_tender("Adviseur\n\nWensen\n1. Ervaring met LCMS (weging 40 %)\n2. Ervaring met oefeningen (weging 30 %)\n\nPrijs 30 %\n");
        assert_eq!(
            t.criteria.iter().map(|c| c.points).collect::<Vec<_>>(),
            [Some(40.0), Some(30.0)]
        );
        assert!(!w
            .iter()
            .any(|w| matches!(w, Warning::QualitySharesConverted { .. })));
    }

    /// Levels under a criterion, and criteria that follow them in the same list.
    #[test]
    fn level_lines() {
        for (text, want) in [
            ("2 tot 4 jaar: 5 punten", true),
            ("Meer dan 5 jaar: 20 punten", true),
            ("CISM of CISSP: 10 punten", true),
            ("minimaal 5 jaar = 20 punten", true),
            ("minder dan 4 jaar ............ 0 punten", true),
            ("Register-expert (RE) … 10 punten", true),
            ("Leidinggevende rol ___________ 5 pt", true),
            ("6 jaar of meer (15 punten)", true),
            (
                "Ervaring met het opstellen van een parkeervisie – 15 punten.",
                false,
            ),
            ("Kennis van de Wgs (10 punten)", false),
            ("Weging: 10 %", false),
        ] {
            assert_eq!(is_level_line(text), want, "{text}");
        }
    }

    /// Criteria without a heading, known by the tag each carries, and lines that look alike
    /// but are no criterion.
    #[test]
    fn lines_tagged_as_criteria() {
        for (text, want) in [
            (
                "Je bent BIG-geregistreerd arts. (knock-out)",
                Some(SectionKind::Knockout),
            ),
            (
                "Ruim 5 jaar ervaring met Azure-migraties [KO]",
                Some(SectionKind::Knockout),
            ),
            (
                "Ervaring met bron- en contactonderzoek bij uitbraken. (max. 20 punten)",
                Some(SectionKind::Weighted),
            ),
            (
                "Ervaring met achterwachtdiensten buiten kantoortijd – 15 pt",
                Some(SectionKind::Weighted),
            ),
            (
                "Ervaring met het registratiesysteem HPZone. Weging: 10 %",
                Some(SectionKind::Weighted),
            ),
            (
                "6.2.3 De kandidaat heeft ervaring met Relatics. (15 punten)",
                Some(SectionKind::Weighted),
            ),
            (
                "Kennis van de Omgevingswet en het DSO, wegingsfactor 3",
                Some(SectionKind::Weighted),
            ),
            ("Wat moet de kandidaat hebben? (knock-out)", None),
            ("Eisen aan de kandidaat (knock-out)", None),
            ("Gunningscriteria (max. 60 punten)", None),
            ("Projectleider (50%) en contractmanager (30%)", None),
            (
                "Het tarief weegt voor 25% mee en het gesprek voor 10%.",
                None,
            ),
            (
                "Het streven is dat 95% van de zuigelingen is gevaccineerd (95 %)",
                None,
            ),
            (
                "Fee voor de leverancier: € 1,75 per gewerkt uur (2 punten)",
                None,
            ),
        ] {
            let l = clean_lines(text).remove(0);
            assert_eq!(line_tag(&l), want, "{text}");
        }
        // One tagged sentence in prose is no list.
        let (t, _) = read_tender("Adviseur\n\nWij zoeken iemand met ervaring in de zorg (20 punten).\n\nMeer informatie volgt.\n");
        assert!(t.criteria.is_empty() && t.knockouts.is_empty());
    }

    /// Interview rounds by name, and criteria that only mention conversations.
    #[test]
    fn interview_shares_by_name() {
        for (f, want) in [
            ("gesprek", true),
            ("kennismakingsgesprek", true),
            ("interviews", true),
            ("presentatie van de kandidaat", true),
            ("een afgeronde training motiverende gespreksvoering", false),
            ("ervaring met gesprekstechnieken", false),
            (
                "werkervaring met het voeren van gesprekken met gedupeerde ouders",
                false,
            ),
            ("aantoonbare ervaring met keukentafelgesprekken", false),
            ("experience conducting user interviews", false),
            ("kennis van motiverende gesprekken", false),
            ("sollicitatiegesprek", true),
            ("interview with the selection committee", true),
        ] {
            assert_eq!(is_interview_share(f), want, "{f}");
        }
    }

    /// Subject lines of e-mails and portal exports: the title and the code among the parts.
    #[test]
    fn subject_lines() {
        for (line, reference, title) in [
            (
                "Onderwerp: Nieuwe aanvraag – Adviseur wonen – gemeente Zwolle – ref. ZWL-2026-12",
                Some("ZWL-2026-12"),
                Some("Adviseur wonen"),
            ),
            (
                "Opdracht 26-0411 – GGD Twente – Jeugdarts (tijdelijk)",
                Some("26-0411"),
                Some("Jeugdarts (tijdelijk)"),
            ),
            (
                "Subject: New assignment - Data engineer - ref 4410-B",
                Some("4410-B"),
                Some("Data engineer"),
            ),
            (
                "RE: Uitvraag | Projectsecretaris | Provincie Drenthe",
                None,
                Some("Projectsecretaris"),
            ),
            (
                "Onderwerp: Nieuwe aanvraag – Klantmanager Werk, gemeente Ede (ref. EDE-0214-KM)",
                Some("EDE-0214-KM"),
                Some("Klantmanager Werk"),
            ),
            (
                "Onderwerp: FW: Inhuurverzoek 2026-117 Consulent Wmo (32 uur) - gemeente Oss - reageren vóór 16-11",
                Some("2026-117"),
                Some("Consulent Wmo (32 uur)"),
            ),
            (
                "Onderwerp:  Inhuuraanvraag ecoloog waterkwaliteit (KRW) - aanvraagnr. WAM-26-117",
                Some("WAM-26-117"),
                Some("Ecoloog waterkwaliteit (KRW)"),
            ),
            ("Betreft: inhuur jurist Woo", None, Some("Jurist Woo")),
            (
                "Onderwerp: uitvraag docent/opleider Basispolitiezorg (mbo-4)",
                None,
                Some("Docent/opleider Basispolitiezorg (mbo-4)"),
            ),
            ("Onderwerp: uw offerte", None, None),
            ("Opdracht Overheid · Inhuuropdrachten", None, None),
            ("Opdracht wordt uitgevoerd in Utrecht.", None, None),
        ] {
            let (r, t) = subject_line(line);
            assert_eq!((r.as_deref(), t.as_deref()), (reference, title), "{line}");
        }
    }

    /// Letterheads and document kinds above the title are not it.
    #[test]
    fn levels_under_an_item_that_states_its_maximum() {
        for weight in [
            "Weging: maximaal 15 punten",
            "(max. 15 punten)",
            "Maximum 15 punten.",
        ] {
            let text = format!("Wensen\n- Werkervaring met beroepszaken bij de rechtbank namens een overheid. {weight}\n    - minimaal 1 jaar ervaring: 5 punten\n    - minimaal 3 jaar ervaring: 15 punten\n- Kennis van de Waterschapswet, blijkend uit de werkervaring. Weging: 10 punten\n");
            let t = read_tender(&text).0;
            assert_eq!(t.criteria.len(), 2, "{weight}: {:?}", t.criteria);
            assert_eq!(t.criteria[0].tiers.len(), 2, "{weight}");
        }
    }

    /// Levels typed without list markers under a numbered wens that has no weight of its own:
    /// behind a scale label on its own line or on the first level's line, with a dotted
    /// leader, a colon or '=' before the points; the items after them are read too.
    #[test]
    fn unmarked_levels_under_a_numbered_wens() {
        for scale in [
            "Beoordelingsschaal:\n   minder dan 4 jaar ............ 0 punten\n   4 tot 6 jaar ........ 10 punten\n   6 jaar of meer ...... 20 punten",
            "Beoordelingsschaal:  minder dan 4 jaar .... 0 punten\n   4 tot 6 jaar .... 10 punten\n   6 jaar of meer .... 20 punten",
            "Puntentoekenning:\n   2 tot 4 jaar: 10 punten\n   meer dan 4 jaar: 20 punten",
            "   2 tot 4 jaar = 10 punten\n   meer dan 4 jaar = 20 punten",
            "Scoring: 2-4 years … 10 points\n   more than 4 years … 20 points",
        ] {
            let text = format!("Wensen\n1. Werkervaring met btw en BCF bij decentrale overheden.\n   {scale}\n2. Ervaring met de btw-behandeling van grondexploitaties.\n   15 punten\n3. Ervaring met een Tax Control Framework.\n   10 punten\n\nVoorwaarden\nDe inkoopvoorwaarden zijn van toepassing.\n");
            let t = read_tender(&text).0;
            let points: Vec<Option<f64>> = t.criteria.iter().map(|c| c.points).collect();
            assert_eq!(points, [Some(20.0), Some(15.0), Some(10.0)], "{scale}");
            let tiers: Vec<f64> = t.criteria[0].tiers.iter().map(|t| t.points).filter(|p| *p > 0.0).collect();
            assert_eq!(tiers, [10.0, 20.0], "{scale}");
            assert!(!t.criteria[0].text.contains("schaal"), "{}", t.criteria[0].text);
        }
    }

    /// A procedure heading ("4  Gunning", "Beoordeling en gunning") over the weighted list
    /// itself, after a paragraph that introduces it and states the quality score's maximum:
    /// the lettered items are the criteria, their shares points of that maximum. A procedure
    /// section that only gives the shares, or follows the weighted list, holds no criteria.
    #[test]
    fn weighted_list_under_a_procedure_heading() {
        for heading in [
            "4  Gunning",
            "Beoordeling",
            "5. Gunning",
            "Beoordeling en gunning",
        ] {
            let text = format!("Eisen\n1. Een afgeronde hbo-opleiding in de richting Finance.\n\n{heading}\n\nGunning vindt plaats op basis van de beste prijs-kwaliteitverhouding. De prijs weegt\nvoor 30 %, de kwaliteit voor 70 %. De kwaliteitsscore bedraagt maximaal 80 punten en is\nals volgt over de gunningscriteria verdeeld:\n\n  A.  Ervaring met het opstellen van de managementverklaring.\n      Dit criterium telt voor 25 % van de kwaliteitsscore.\n  B.  Ervaring met de controle van een JTF-programma.\n      Dit criterium telt voor 75 % van de kwaliteitsscore.\n\nPlanning\nSluiting 9 december 2026.\n");
            let t = read_tender(&text).0;
            let points: Vec<Option<f64>> = t.criteria.iter().map(|c| c.points).collect();
            assert_eq!(
                points,
                [Some(20.0), Some(60.0)],
                "{heading}: {:?}",
                t.criteria
            );
            assert_eq!(t.knockouts.len(), 1, "{heading}");
        }
        let t = read_tender("Wensen\n1. Ervaring met de Omgevingswet bij een gemeente. (20 punten)\n2. Kennis van het DSO en de STOP/TPOD-standaard. (10 punten)\n\nGunning\nDe opdracht wordt gegund op basis van:\n- Prijs: 30 %\n- Kwaliteit: 70 %\n").0;
        assert_eq!(t.criteria.len(), 2, "{:?}", t.criteria);
        let t = read_tender("Gunning\nDe opdracht wordt gegund op basis van de volgende criteria:\n1. Ervaring met de Omgevingswet bij een gemeente (20 punten)\n2. Kennis van het DSO en de STOP/TPOD-standaard (10 punten)\n\nGunningscriteria\n1. Ervaring met de Omgevingswet bij een gemeente. (20 punten)\n2. Kennis van het DSO en de STOP/TPOD-standaard. (10 punten)\n").0;
        assert_eq!(t.criteria.len(), 2, "{:?}", t.criteria);
    }

    /// Criteria tables typed in columns (`fixed_width`): a kind column with a weight under
    /// the wens, and an English table with a weight column.
    #[test]
    fn fixed_width_criteria_tables() {
        let t = read_tender("Nr.   Type        Omschrijving\n----  ----------  ------------------------------\n1     Eis         Afgeronde wo-opleiding Fiscaal Recht.\n2     Eis         Inschrijving in het Waadi-register.\n3     Wens        Ervaring met grondexploitaties.\n                  15 punten\n4     Wens        Ervaring met een Tax Control Framework.\n                  10 punten\n\nVoorwaarden\n").0;
        assert_eq!(t.knockouts.len(), 2, "{:?}", t.knockouts);
        let points: Vec<Option<f64>> = t.criteria.iter().map(|c| c.points).collect();
        assert_eq!(points, [Some(15.0), Some(10.0)]);
        let t = read_tender("Award criteria\nNo.  Criterion                                   Max. score\n1    Five years of payroll administration.       20\n2    Holder of a PDL diploma.                    10\n\nPrice weighs 30 %.\n").0;
        let points: Vec<Option<f64>> = t.criteria.iter().map(|c| c.points).collect();
        assert_eq!(points, [Some(20.0), Some(10.0)], "{:?}", t.criteria);
    }

    #[test]
    fn titles_under_letterheads() {
        for (text, want) in [
            ("OFFERTEAANVRAAG\nMeervoudig onderhandse procedure – inhuur\nAdviseur bodem\n", "Adviseur bodem"),
            ("Hoogheemraadschap van Delfland\nUitvraag inhuur: Hydroloog\n", "Hydroloog"),
            ("VEILIGHEIDSREGIO TWENTE\nAanvraag externe inhuur\n\nFunctienaam:\tAdviseur risicobeheersing\n", "Adviseur risicobeheersing"),
            ("Gemeente Ede                    Inhuuraanvraag EDE-44\n\nINHUURAANVRAAG\n\nBeleidsmedewerker sport\n", "Beleidsmedewerker sport"),
            ("ASSIGNMENT\nSenior Data Engineer\n", "Senior Data Engineer"),
            ("Senior verkeerskundige fiets – Gemeente Breda\n\nOpdrachtnummer: OO-48213\n", "Senior verkeerskundige fiets"),
            ("Adviseur crisisbeheersing – Veiligheidsregio Noord- en Oost-Gelderland\n", "Adviseur crisisbeheersing"),
            ("Projectleider onderwijshuisvesting | Provincie Utrecht\n", "Projectleider onderwijshuisvesting"),
            ("Gemeente Breda – Consulent Werk, Inkomen en Schuldhulpverlening (inhuur)\n", "Consulent Werk, Inkomen en Schuldhulpverlening"),
            ("Aanvraag 2026-0388 | Gemeente Haarlem\nSenior medewerker Burgerzaken – BRP-kwaliteit en adresonderzoek\n", "Senior medewerker Burgerzaken – BRP-kwaliteit en adresonderzoek"),
        ] {
            assert_eq!(read_tender(text).0.title.as_deref(), Some(want), "{text}");
        }
    }

    /// Whom a knock-out is on, as postings put it.
    #[test]
    fn knockouts_on_the_bidder() {
        for (text, bidder) in [
            ("(inschrijver) De inschrijver staat in het Handelsregister", true),
            ("(kandidaat) De kandidaat heeft een rijbewijs B", false),
            ("De inschrijver beschikt over een G-rekening", true),
            ("Inschrijver voldoet aan de gestelde uitvoeringsvoorwaarde", true),
            ("Indien opdrachtnemer personeel ter beschikking stelt, staat hij ingeschreven (Waadi)", true),
            ("De leverancier is gecertificeerd volgens NEN 4400-1", true),
            ("The supplier is registered under the Waadi", true),
            ("Een ingevuld Uniform Europees Aanbestedingsdocument", true),
            ("De aangeboden kandidaat heeft minimaal 3 jaar werkervaring", false),
            ("Minimaal 2 jaar werkervaring als inkoper bij een leverancier", false),
            ("Het uurtarief van de aangeboden kandidaat bedraagt maximaal € 115", false),
        ] {
            let (tag, own) = category_tag(text);
            let kind = knockout_kind(tag, &clean_text(own));
            assert_eq!(kind == KnockoutKind::Bidder, bidder, "{text}");
        }
        assert_eq!(
            category_tag("(inschrijver) De inschrijver"),
            (Some("inschrijver"), " De inschrijver")
        );
        assert_eq!(category_tag("(IHP) Werkervaring").0, Some("IHP"));
    }

    /// A change log after the criteria ("Aanvulling d.d. …", "Addendum", "Wijzigingen"): each
    /// list item changes the criterion it names: removed, new words quoted, or a share moved.
    #[test]
    fn change_log_items_change_criteria() {
        let text = "Adviseur archeologie\n\nCriteria\n\
1. Afgeronde wo-opleiding archeologie – eis\n\
2. Minimaal 3 jaar werkervaring als adviseur archeologie – eis\n\
3. Ervaring met het toetsen van PvE's namens een gemeente – wens, 15 pnt\n\
4. Ervaring met archeologie in uiterwaarden (wens; 10 punten)\n\
5. Ervaring met Archis – wens, 5 pnt\n\
\nPrijs 30 punten, gesprek 20 punten.\n\n\
Aanvulling d.d. 24-11-2026\n\
a. Wens 4 (archeologie in uiterwaarden) vervalt. De punten gaan naar het gesprek, dat daarmee\n\
   30 punten weegt.\n\
b. Eis 2 komt als volgt te luiden: “Minimaal 5 jaar werkervaring als adviseur archeologie bij een gemeente – eis”\n\
De sluitingsdatum blijft ongewijzigd.\n";
        let (t, _) = read_tender(text);
        let ko = knockout_texts(&t);
        assert_eq!(
            ko,
            [
                "Afgeronde wo-opleiding archeologie",
                "Minimaal 5 jaar werkervaring als adviseur archeologie bij een gemeente"
            ]
        );
        assert_eq!(
            texts_and_points(&t),
            [
                (
                    "Ervaring met het toetsen van PvE's namens een gemeente",
                    Some(15.0)
                ),
                ("Ervaring met Archis", Some(5.0))
            ]
        );
        assert_eq!(t.interview_weight, Some(30.0));
        // The phrase family of new words for a criterion.
        for (answer, want) in [
            (
                "Eis 3 komt als volgt te luiden: \"Minimaal 4 jaar ervaring met de Woo.\"",
                Some("Minimaal 4 jaar ervaring met de Woo"),
            ),
            (
                "Criterium 2 wordt gewijzigd in: „Kennis van de Omgevingswet en het Bkl”.",
                Some("Kennis van de Omgevingswet en het Bkl"),
            ),
            (
                "K2 now reads: “At least 3 years as a policy officer (eis)”",
                Some("At least 3 years as a policy officer"),
            ),
            ("Eis 3 wordt gewijzigd.", None),
            (
                "Ja. De eis wordt gewijzigd in: Minimaal 3 jaar werkervaring bij een overheidsorganisatie in de afgelopen 6 jaar. Ervaring bij een bureau telt niet.",
                Some("Minimaal 3 jaar werkervaring bij een overheidsorganisatie in de afgelopen 6 jaar"),
            ),
            (
                "Yes. Requirement 1 now reads: A completed master's degree in law or economics.",
                Some("A completed master's degree in law or economics"),
            ),
        ] {
            assert_eq!(replaced_text(answer).as_deref(), want, "{answer}");
        }
    }

    /// Phases over the lists, wensen with relative factors and the quality score in a
    /// sentence; and the quality points handed out to wensen by label in one sentence.
    #[test]
    fn factors_and_sentence_weights() {
        let text = "Adviseur dierenwelzijn\n\nFase 1 – Geschiktheid (pass/fail)\n\
a) De kandidaat heeft een afgeronde hbo-opleiding.\n\
b) De kandidaat heeft minimaal 2 jaar ervaring met dierenwelzijnsbeleid.\n\n\
Fase 2 – Gunning\nDe kwaliteit telt voor 60 punten.\n\
1. Ervaring met het opstellen van een nota dierenwelzijn (factor 3)\n\
2. Ervaring met zwerfkatten en TNR-projecten – factor 2\n\
3. Ervaring met de dierenbescherming (weegfactor 1)\n\
Prijs telt voor 40 punten.\n";
        let (t, _) = read_tender(text);
        assert_eq!(t.knockouts.len(), 2);
        assert_eq!(
            texts_and_points(&t),
            [
                (
                    "Ervaring met het opstellen van een nota dierenwelzijn",
                    Some(30.0)
                ),
                ("Ervaring met zwerfkatten en TNR-projecten", Some(20.0)),
                ("Ervaring met de dierenbescherming", Some(10.0))
            ]
        );
        let text = "Beleidsmedewerker\n\nWensen\n1. Ervaring met het NPLG.\n2. Ervaring bij een provincie.\n3. Kennis van de Wnb.\n\n\
Gunningscriteria: prijs 30 % – kwaliteit 70 %\n\
Van de 70 punten voor kwaliteit gaan 30 naar wens 1, 25 naar wens 2 en 15 naar wens 3.\n";
        let (t, _) = read_tender(text);
        let pts: Vec<Option<f64>> = t.criteria.iter().map(|c| c.points).collect();
        assert_eq!(pts, [Some(30.0), Some(25.0), Some(15.0)]);
        for (line, want) in [
            (
                "wens 1: 30 punten, wens 2: 20 punten",
                vec![(1, 30.0), (2, 20.0)],
            ),
            (
                "20 points for criterion 1 and 10 points for criterion 2",
                vec![(1, 20.0), (2, 10.0)],
            ),
            // One label with a number is no hand-out.
            ("Zie wens 2 voor de 5 jaar", vec![]),
        ] {
            let got: Vec<(u32, f64)> = sentence_weights(&clean_lines(line))
                .into_iter()
                .map(|(n, v, _)| (n, v))
                .collect();
            assert_eq!(got, want, "{line}");
        }
        assert_eq!(factor_tag("Ervaring met X (factor 3)"), Some((16, 3.0)));
        assert_eq!(factor_tag("Ervaring met de factor mens in teams"), None);
    }

    /// An item whose points are the sum of the items right after it is their intro
    /// ("(totaal 30 punten), als volgt opgebouwd:"); an item with a maximum over its levels
    /// stays one item.
    #[test]
    fn parent_items_whose_parts_carry_the_points() {
        let wensen = "Adviseur\n\nWensen\n\
• Ervaring met versnellingsaanpakken (totaal 30 punten), waarbij de punten als volgt zijn opgebouwd:\n\
◦ Ervaring met flexwonen (10 punten)\n◦ Ervaring met de Woningbouwimpuls (10 punten)\n\
◦ Ervaring met een bouwstroom (10 punten)\n\
• Kennis van de Omgevingswet, bestaande uit (20 punten in totaal):\n\
◦ het omgevingsplan (15 punten)\n◦ het Bbl (5 punten)\n\
• Certificering volgens IPMA (max. 10 punten):\n◦ IPMA-C: 5 punten\n◦ IPMA-B: 10 punten\n\
• Ervaring met participatie (30 punten):\n◦ Ervaring met bewonersavonden (10 punten)\n\
◦ Ervaring met een wijkraad (5 punten)\n";
        let (t, _) = read_tender(wensen);
        let got: Vec<(String, Option<f64>)> = t
            .criteria
            .iter()
            .map(|c| (c.text.chars().take(30).collect(), c.points))
            .collect();
        let want: Vec<(String, Option<f64>)> = [
            ("Ervaring met flexwonen", Some(10.0)),
            ("Ervaring met de Woningbouwimpu", Some(10.0)),
            ("Ervaring met een bouwstroom", Some(10.0)),
            ("het omgevingsplan", Some(15.0)),
            ("het Bbl", Some(5.0)),
            ("Certificering volgens IPMA", Some(10.0)),
            ("Ervaring met participatie", Some(30.0)),
            ("Ervaring met bewonersavonden", Some(10.0)),
            ("Ervaring met een wijkraad", Some(5.0)),
        ]
        .iter()
        .map(|(t, p)| (t.to_string(), *p))
        .collect();
        assert_eq!(got, want);
        assert_eq!(t.criteria[5].tiers.len(), 2);
    }

    /// A label line that holds only a weight or factor ("Wens 1 (factor 3)", "Criterium 2 –
    /// 20 punten", "Award criterion 3 (weight 10)") over its requirement on the next line, under
    /// a paragraph that gives the quality part's total: one item per label, the paragraph none.
    #[test]
    fn label_lines_over_their_requirement() {
        let text = "Vergunningverlener\n\nFase 1 – Geschiktheid (pass/fail)\n\
a. Afgeronde opleiding op wo-niveau.\n\n\
Fase 2 – Gunning\n\
Het kwaliteitsdeel is in totaal 60 punten waard. Deze punten worden over de wensen verdeeld naar\n\
verhouding van de factor die bij elke wens staat. Daarnaast weegt de prijs 30 punten en het\n\
gesprek 10 punten.\n\n\
Wens 1 (factor 3)\nErvaring met het toetsen van passende beoordelingen.\n\n\
Wens 2 (factor 1)\nErvaring met de legalisatie van meldingen.\n";
        let (t, _) = read_tender(text);
        assert_eq!(
            texts_and_points(&t),
            [
                (
                    "Ervaring met het toetsen van passende beoordelingen",
                    Some(45.0)
                ),
                ("Ervaring met de legalisatie van meldingen", Some(15.0)),
            ]
        );
        let text =
            "Adviseur\n\nGunningscriteria\nVoor kwaliteit zijn maximaal 50 punten te behalen.\n\
Criterium 1 – 30 punten\nErvaring met het opstellen van een omgevingsprogramma.\n\
Criterium 2 – 20 punten\nErvaring bij een waterschap.\n";
        let (t, _) = read_tender(text);
        assert_eq!(
            texts_and_points(&t),
            [
                (
                    "Ervaring met het opstellen van een omgevingsprogramma",
                    Some(30.0)
                ),
                ("Ervaring bij een waterschap", Some(20.0)),
            ]
        );
        for (line, want) in [
            ("(factor 3)", true),
            ("– 20 punten", true),
            ("(weging 15 %)", true),
            ("", true),
            ("Ervaring met X (10 punten)", false),
            ("(zie bijlage) Ervaring met X", false),
        ] {
            assert_eq!(label_only(line), want, "{line}");
        }
        for (line, want) in [
            (
                "het kwaliteitsdeel is in totaal 60 punten waard.",
                Some(60.0),
            ),
            (
                "voor kwaliteit zijn maximaal 70 punten te behalen.",
                Some(70.0),
            ),
            ("quality counts for 60 points in total.", Some(60.0)),
            ("de wensen leveren samen maximaal 50 punten op.", Some(50.0)),
            (
                "de kwaliteit van het cv wordt uitgedrukt in een kwaliteitsscore van maximaal 60 punten.",
                Some(60.0),
            ),
            ("the cv earns a quality score of up to 70 points.", Some(70.0)),
            ("ervaring met kwaliteitszorg (10 punten)", None),
            ("de kwaliteit telt voor 60 % in totaal", None),
        ] {
            assert_eq!(quality_total_sentence(line), want, "{line}");
        }
    }

    /// Lines that end a block by saying its item is a knock-out, alone or as a field.
    #[test]
    fn kind_lines_alone_or_as_fields() {
        for f in [
            "knock-out",
            "knock-out: ja",
            "ko: yes",
            "type: eis",
            "soort: knock-out",
        ] {
            assert!(is_kind_line(f), "{f}");
        }
        for f in [
            "knock-out: nee",
            "type: wens",
            "punten: 10",
            "knock-out criteria zijn hard",
        ] {
            assert!(!is_kind_line(f), "{f}");
        }
    }
}
