//! `tenderfit`: the command-line adapter over tenderfit-core. Reads files, calls the core,
//! prints human text or `--json`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use serde::Serialize;
use tenderfit_core::eval::{
    add_case, check_posting, EvalReport, LabelledCase, StructureReport, TenderTruth,
};

mod truth;
use tenderfit_core::{
    judge, read_cv, read_tender, Assessment, Cv, Date, Declarations, Lang, Status, Tender, Warning,
};

#[derive(Parser)]
#[command(
    name = "tenderfit",
    version,
    about = "Check a CV against a Dutch public-sector tender, like a strict assessor."
)]
struct Cli {
    /// Language of messages: nl or en.
    #[arg(long, global = true, default_value = "nl")]
    lang: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read a posting and print its terms and criteria.
    Tender {
        file: PathBuf,
        /// Reference date for the deadline check (YYYY-MM-DD); default: today.
        #[arg(long)]
        today: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Score a CV against a posting: knock-out verdicts, points, evidence, what is missing.
    Score {
        #[arg(long)]
        tender: PathBuf,
        #[arg(long)]
        cv: PathBuf,
        /// Reference date (YYYY-MM-DD); default: today.
        #[arg(long)]
        today: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Run a folder of labelled cases (labels.jsonl + cvs/, tenders in DIR/../tenders or
    /// --tenders) and print the agreement per tender and per rule, with each disagreement.
    Eval {
        dir: PathBuf,
        /// Folder with the postings the labels name.
        #[arg(long)]
        tenders: Option<PathBuf>,
        /// Judge against each posting's truth file (`NAME.truth.json` beside it) instead of
        /// the structure read from it: what still disagrees is judgement's, not reading's.
        #[arg(long)]
        truth_structure: bool,
        #[arg(long)]
        json: bool,
    },
    /// Rank every posting of a feed (or a folder of postings) for one CV: knock-out passers
    /// first, then by points. Closed postings are hidden unless --all.
    Rank {
        #[arg(long)]
        cv: PathBuf,
        /// A feed file (JSON, see crates/core/schema/tender-feed.schema.json).
        #[arg(long, conflicts_with = "dir")]
        feed: Option<PathBuf>,
        /// A folder of posting text files.
        #[arg(long)]
        dir: Option<PathBuf>,
        #[arg(long)]
        today: Option<String>,
        /// Include closed postings.
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    /// Check the structure read from each posting `NAME.txt` in DIR against `NAME.truth.json`
    /// (in DIR or --truth): per posting the fields that differ, then one summary line.
    CheckTenders {
        dir: PathBuf,
        /// Folder with the truth files; default: DIR.
        #[arg(long)]
        truth: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Read a CV and print its entries with periods and month counts.
    Cv {
        file: PathBuf,
        /// Reference date for "heden"/"present" (YYYY-MM-DD); default: today.
        #[arg(long)]
        today: Option<String>,
        #[arg(long)]
        json: bool,
        /// Print the text exactly as imported from the file (what the reader sees), nothing else.
        #[arg(long, conflicts_with = "json")]
        text: bool,
    },
    /// Compare the jobs read from CVs with their truth: `NAME.expected.json` beside each CV
    /// (`NAME.txt`, `.pdf` or `.docx`) in the folders given, or one `expected.json` keyed by
    /// file name. Prints the jobs read wrongly per CV and "jobs right: N of M".
    CheckCvs {
        dirs: Vec<PathBuf>,
        /// Reference date for "heden"/"present" (YYYY-MM-DD); default: today.
        #[arg(long)]
        today: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tenderfit: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    let lang = Lang::from_code(&cli.lang);
    match cli.command {
        Command::Tender { file, today, json } => {
            let text = read_text(&file)?;
            let today = parse_today(today.as_deref())?;
            let (tender, mut warnings) = read_tender(&text);
            warnings.extend(tender.dated_warnings(today));
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&TenderJson::new(&tender, &warnings, lang))?
                );
            } else {
                print!("{}", render_tender(&tender, &warnings, lang));
            }
        }
        Command::Score {
            tender,
            cv,
            today,
            json,
        } => {
            let today = parse_today(today.as_deref())?;
            let (t, mut tender_warnings) = read_tender(&read_text(&tender)?);
            let (c, cv_warnings) = load_cv(&cv, lang)?;
            let mut a = judge(&t, &c, &Declarations::default(), today);
            tender_warnings.extend(cv_warnings);
            tender_warnings.append(&mut a.warnings);
            a.warnings = tender_warnings;
            if json {
                println!("{}", serde_json::to_string_pretty(&a.view(lang))?);
            } else {
                print!("{}", render_score(&t, &a, lang));
            }
        }
        Command::Rank {
            cv,
            feed,
            dir,
            today,
            all,
            json,
        } => {
            let today = parse_today(today.as_deref())?;
            let (c, _) = load_cv(&cv, lang)?;
            let tenders = match (feed, dir) {
                (Some(f), _) => {
                    let (tenders, problems) = tenderfit_core::feed::read_feed(&read_text(&f)?);
                    for p in problems {
                        eprintln!("tenderfit: {}", if lang == Lang::Nl { p.nl } else { p.en });
                    }
                    tenders
                }
                (None, Some(d)) => {
                    let mut files: Vec<PathBuf> = std::fs::read_dir(&d)
                        .with_context(|| format!("cannot read {}", d.display()))?
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.is_file())
                        .collect();
                    files.sort();
                    let mut out = Vec::new();
                    for f in files {
                        let id = f
                            .file_stem()
                            .map(|s| s.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        out.push(tenderfit_core::feed::FeedTender {
                            id,
                            url: None,
                            tender: read_tender(&read_text(&f)?).0,
                        });
                    }
                    out
                }
                (None, None) => anyhow::bail!("give --feed FILE or --dir DIR"),
            };
            let ranked: Vec<_> =
                tenderfit_core::feed::rank(&c, &tenders, &Declarations::default(), today)
                    .into_iter()
                    .filter(|r| all || !r.closed)
                    .collect();
            if json {
                println!("{}", serde_json::to_string_pretty(&ranked)?);
            } else {
                for (i, r) in ranked.iter().enumerate() {
                    let ko = match r.knockout_pass {
                        Some(true) => "pass",
                        Some(false) => "fail",
                        None => "confirm",
                    };
                    let possible = r
                        .points_possible
                        .map_or("–".into(), tenderfit_core::warning::num);
                    println!(
                        "{:>3}. [{ko:<7}] {:>5} / {:<5} {} {}{}",
                        i + 1,
                        tenderfit_core::warning::num(r.points),
                        possible,
                        r.id,
                        r.title.clone().unwrap_or_default(),
                        if r.closed { " (closed)" } else { "" }
                    );
                }
            }
        }
        Command::Eval {
            dir,
            tenders,
            truth_structure,
            json,
        } => {
            let report = run_eval(&dir, tenders.as_deref(), truth_structure)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                print!("{}", render_eval(&report));
            }
        }
        Command::CheckCvs { dirs, today } => {
            let today = parse_today(today.as_deref())?;
            let (right, total) = check_cvs(&dirs, lang, today)?;
            println!("jobs right: {right} of {total}");
        }
        Command::CheckTenders { dir, truth, json } => {
            let report = run_check_tenders(&dir, truth.as_deref().unwrap_or(&dir))?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                print!("{}", render_check_tenders(&report));
            }
        }
        Command::Cv {
            file,
            today,
            json,
            text,
        } => {
            if text {
                // Exactly the imported text, so a user can see what was read from the file.
                let (text, _) = read_cv_file(&file, lang)?;
                print!("{text}");
                if !text.ends_with('\n') {
                    println!();
                }
                return Ok(());
            }
            let today = parse_today(today.as_deref())?;
            let (cv, warnings) = load_cv(&file, lang)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&CvJson::new(&cv, &warnings, lang, today))?
                );
            } else {
                print!("{}", render_cv(&cv, &warnings, lang, today));
            }
        }
    }
    Ok(())
}

/// Every (CV file, truth object) pair in the folders, in name order.
fn cv_truths(dirs: &[PathBuf]) -> Result<Vec<(PathBuf, serde_json::Value)>> {
    let mut out = Vec::new();
    for dir in dirs {
        let keyed = dir.join("expected.json");
        if keyed.exists() {
            let all: serde_json::Value = serde_json::from_str(&read_text(&keyed)?)
                .with_context(|| format!("{}", keyed.display()))?;
            for (name, truth) in all.as_object().into_iter().flatten() {
                if truth.get("jobs").is_some() {
                    out.push((dir.join(name), truth.clone()));
                }
            }
        }
        let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
            .with_context(|| format!("cannot read {}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
            .collect();
        names.sort();
        for truth_path in names {
            let stem = truth_path.to_string_lossy().replace(".expected.json", "");
            let cv = ["txt", "pdf", "docx"]
                .iter()
                .map(|ext| PathBuf::from(format!("{stem}.{ext}")))
                .find(|p| p.exists())
                .with_context(|| format!("no CV beside {}", truth_path.display()))?;
            let truth = serde_json::from_str(&read_text(&truth_path)?)
                .with_context(|| format!("{}", truth_path.display()))?;
            out.push((cv, truth));
        }
    }
    Ok(out)
}

fn check_cvs(dirs: &[PathBuf], lang: Lang, today: Date) -> Result<(usize, usize)> {
    use tenderfit_core::cv::expected::{check_jobs, expected_jobs};
    let (mut right, mut total) = (0, 0);
    for (cv_path, truth) in cv_truths(dirs)? {
        let jobs =
            expected_jobs(&truth).map_err(|e| anyhow::anyhow!("{}: {e}", cv_path.display()))?;
        total += jobs.len();
        let cv = match load_cv(&cv_path, lang) {
            Ok((cv, _)) => cv,
            Err(e) => {
                println!("{}: 0 of {} ({e:#})", cv_path.display(), jobs.len());
                continue;
            }
        };
        let report = check_jobs(&cv, &jobs, today);
        right += report.right();
        println!(
            "{}: {} of {}",
            cv_path.file_name().unwrap_or_default().to_string_lossy(),
            report.right(),
            jobs.len()
        );
        for j in report.jobs.iter().filter(|j| !(j.found && j.period_right)) {
            println!(
                "  wrong: {} | {}  read as: {}",
                j.title,
                j.employer,
                j.read_as.as_deref().unwrap_or("(not found)")
            );
        }
        for e in &report.extra {
            println!("  extra: {e}");
        }
    }
    Ok((right, total))
}

/// Every `NAME.txt` in `dir` that has a `NAME.truth.json` in `truth_dir`, checked.
fn run_check_tenders(dir: &Path, truth_dir: &Path) -> Result<StructureReport> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut report = StructureReport::default();
    for f in files {
        let name = f
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let truth_path = truth_dir.join(format!("{name}.truth.json"));
        let Ok(truth) = std::fs::read_to_string(&truth_path) else {
            continue;
        };
        let check = check_posting(&name, &read_text(&f)?, &truth).map_err(anyhow::Error::msg)?;
        report.add(check);
    }
    Ok(report)
}

fn render_check_tenders(report: &StructureReport) -> String {
    let mut out = String::new();
    for p in &report.postings {
        let wrong: Vec<_> = p.fields.iter().filter(|f| !f.right).collect();
        out.push_str(&format!(
            "{} {}{}\n",
            if p.exact { "✓" } else { "✗" },
            p.name,
            if wrong.is_empty() {
                String::new()
            } else {
                format!(
                    " — {}",
                    wrong.iter().map(|f| f.field).collect::<Vec<_>>().join(", ")
                )
            }
        ));
        for f in wrong {
            out.push_str(&format!("    {}\n", f.field));
            for (side, text) in [("expected", &f.expected), ("got", &f.got)] {
                for (i, line) in text.lines().enumerate() {
                    let label = if i == 0 { side } else { "" };
                    out.push_str(&format!("      {label:<9}{line}\n"));
                }
            }
        }
    }
    out.push_str(&report.summary());
    out.push('\n');
    out
}

fn run_eval(dir: &Path, tenders: Option<&Path>, truth_structure: bool) -> Result<EvalReport> {
    let labels = std::fs::read_to_string(dir.join("labels.jsonl"))
        .with_context(|| format!("no labels.jsonl in {}", dir.display()))?;
    let tender_dirs: Vec<PathBuf> = match tenders {
        Some(t) => vec![t.to_path_buf()],
        None => vec![
            dir.join("tenders"),
            dir.join("../tenders"),
            dir.join("../../tenders"),
            dir.join("../../../tenders"),
        ],
    };
    let mut report = EvalReport::default();
    for (n, line) in labels
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let case: LabelledCase =
            serde_json::from_str(line).with_context(|| format!("labels.jsonl line {}", n + 1))?;
        let tender_path = tender_dirs
            .iter()
            .map(|d| d.join(&case.tender))
            .find(|p| p.exists())
            .with_context(|| format!("tender {} not found (use --tenders)", case.tender))?;
        let tender_text = read_text(&tender_path)?;
        let cv_text = read_text(&dir.join("cvs").join(&case.cv))?;
        if truth_structure {
            let truth_path = tender_path.with_extension("truth.json");
            let truth: TenderTruth = serde_json::from_str(&read_text(&truth_path)?)
                .with_context(|| format!("truth file {}", truth_path.display()))?;
            let tender = truth::tender_from_truth(&tender_text, &truth);
            tenderfit_core::eval::add_case_for(&mut report, &case, &tender, &cv_text);
        } else {
            add_case(&mut report, &case, &tender_text, &cv_text);
        }
    }
    Ok(report)
}

fn render_eval(r: &EvalReport) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let pct = |a: &tenderfit_core::eval::Agreement| {
        format!("{:>3}/{:<3} {:5.1} %", a.agree, a.total, a.percent())
    };
    let _ = writeln!(s, "cases: {}", r.cases);
    let _ = writeln!(s, "criteria        {}", pct(&r.criteria));
    let _ = writeln!(s, "knockout_pass   {}", pct(&r.knockout_pass));
    let _ = writeln!(s, "points          {}", pct(&r.points));
    let _ = writeln!(s, "\nper tender");
    for (k, a) in &r.per_tender {
        let _ = writeln!(s, "  {:<70} {}", k, pct(a));
    }
    let _ = writeln!(s, "\nper rule");
    for (k, a) in &r.per_rule {
        let _ = writeln!(s, "  {:<14} {}", k, pct(a));
    }
    if !r.disagreements.is_empty() {
        let _ = writeln!(s, "\ndisagreements");
        for d in &r.disagreements {
            let _ = writeln!(
                s,
                "  {} × {} {}: label {} / ours {} ({})\n      label: {}\n      ours:  {}",
                d.cv,
                &d.tender[..d.tender.len().min(18)],
                d.id,
                d.expected,
                d.got,
                d.rule,
                d.label_reason,
                d.our_reason
            );
        }
    }
    s
}

fn render_score(t: &Tender, a: &Assessment, lang: Lang) -> String {
    use std::fmt::Write;
    let nl = lang == Lang::Nl;
    let mut s = String::new();
    let _ = writeln!(s, "{}", t.title.clone().unwrap_or_default());
    let verdict = match a.knockout_pass {
        Some(true) => {
            if nl {
                "alle knock-outcriteria gehaald"
            } else {
                "all knock-out criteria met"
            }
        }
        Some(false) => {
            if nl {
                "een knock-outcriterium niet gehaald"
            } else {
                "a knock-out criterion is not met"
            }
        }
        None => {
            if nl {
                "nog te bevestigen"
            } else {
                "to be confirmed"
            }
        }
    };
    let _ = writeln!(s, "Knock-out: {verdict}");
    let possible = a
        .points_possible
        .map_or("–".into(), tenderfit_core::warning::num);
    let _ = writeln!(
        s,
        "{}: {} / {}",
        if nl { "Punten" } else { "Points" },
        tenderfit_core::warning::num(a.points),
        possible
    );
    for c in &a.criteria {
        let mark = match c.status {
            Status::Met => "✔",
            Status::NotMet => "✘",
            Status::Unknown => "?",
        };
        let pts = match (c.earned, c.points) {
            (Some(e), Some(p)) => format!(
                " [{}/{}]",
                tenderfit_core::warning::num(e),
                tenderfit_core::warning::num(p)
            ),
            _ => String::new(),
        };
        let _ = writeln!(s, "\n{mark} {}{pts} {}", c.id, c.text);
        for e in &c.evidence {
            let _ = writeln!(s, "    r{:<4} {}", e.line, e.text);
        }
        if let Some(m) = &c.missing {
            let _ = writeln!(s, "    – {}", m.get(lang));
        }
        if let Some(n) = &c.note {
            let _ = writeln!(s, "    ℹ {}", n.get(lang));
        }
        if let Some(g) = &c.suggestion {
            let _ = writeln!(s, "    → {}", g.get(lang));
        }
    }
    if !a.warnings.is_empty() {
        let _ = writeln!(s, "\n{}", if nl { "Let op" } else { "Warnings" });
        for w in &a.warnings {
            let _ = writeln!(s, "  ! {}", w.message(lang));
        }
    }
    s
}

/// The JSON of `tenderfit cv`: the model, each entry's counted months, warnings.
#[derive(Serialize)]
struct CvJson<'a> {
    #[serde(flatten)]
    cv: &'a Cv,
    /// Per experience entry: months under the narrow and the wide reading.
    months: Vec<EntryMonths>,
    warnings: Vec<String>,
}

#[derive(Serialize)]
struct EntryMonths {
    first_line: usize,
    narrow: Option<i32>,
    wide: Option<i32>,
    ambiguous: bool,
}

impl<'a> CvJson<'a> {
    fn new(cv: &'a Cv, warnings: &[Warning], lang: Lang, today: Date) -> Self {
        let months = cv
            .experience
            .iter()
            .map(|e| EntryMonths {
                first_line: e.first_line,
                narrow: e
                    .period
                    .as_ref()
                    .and_then(|p| p.narrow(today))
                    .map(|m| m.months()),
                wide: e
                    .period
                    .as_ref()
                    .and_then(|p| p.wide(today))
                    .map(|m| m.months()),
                ambiguous: e.period.as_ref().is_some_and(|p| p.is_ambiguous()),
            })
            .collect();
        CvJson {
            cv,
            months,
            warnings: warnings.iter().map(|w| w.message(lang)).collect(),
        }
    }
}

fn render_cv(cv: &Cv, warnings: &[Warning], lang: Lang, today: Date) -> String {
    use std::fmt::Write;
    let nl = lang == Lang::Nl;
    let mut s = String::new();
    let _ = writeln!(s, "{}", cv.name.clone().unwrap_or_else(|| "–".into()));
    let _ = writeln!(
        s,
        "\n{}",
        if nl {
            "Werkervaring"
        } else {
            "Work experience"
        }
    );
    for e in &cv.experience {
        let (period, months) = match &e.period {
            Some(p) => {
                let narrow = p.narrow(today).map_or(0, |m| m.months());
                let wide = p.wide(today).map_or(0, |m| m.months());
                let m = if narrow == wide {
                    format!("{narrow} mnd")
                } else {
                    format!("{narrow}–{wide} mnd")
                };
                (p.text.clone(), m)
            }
            None => ("–".into(), String::new()),
        };
        let _ = writeln!(
            s,
            "  r{:<4} {:<28} {:>11}  {} · {}",
            e.first_line,
            period,
            months,
            e.role.as_deref().unwrap_or("–"),
            e.organisation.as_deref().unwrap_or("–")
        );
    }
    let _ = writeln!(s, "\n{}", if nl { "Opleiding" } else { "Education" });
    for e in &cv.education {
        let done = match e.completed {
            Some(true) => {
                if nl {
                    "afgerond"
                } else {
                    "completed"
                }
            }
            Some(false) => {
                if nl {
                    "niet afgerond"
                } else {
                    "not completed"
                }
            }
            None => "?",
        };
        let _ = writeln!(
            s,
            "  r{:<4} {:?} {} ({}) {}",
            e.first_line,
            e.level,
            e.degree,
            e.institution.as_deref().unwrap_or("–"),
            done
        );
    }
    if !cv.courses.is_empty() {
        let _ = writeln!(s, "\n{}", if nl { "Cursussen" } else { "Courses" });
        for c in &cv.courses {
            let _ = writeln!(
                s,
                "  r{:<4} {} {}",
                c.line,
                c.year.map_or(String::new(), |y| y.to_string()),
                c.name
            );
        }
    }
    let t = &cv.terms;
    let _ = writeln!(s, "\n{}", if nl { "Voorwaarden" } else { "Terms" });
    if let Some(r) = &t.rate {
        let _ = writeln!(s, "  {}: {:?}", if nl { "tarief" } else { "rate" }, r.value);
    }
    if let Some(h) = &t.hours_per_week {
        let _ = writeln!(
            s,
            "  {}: {}–{}",
            if nl { "uren" } else { "hours" },
            h.value.min,
            h.value.max
        );
    }
    if let Some(d) = &t.available_from {
        let _ = writeln!(
            s,
            "  {}: {}",
            if nl {
                "beschikbaar vanaf"
            } else {
                "available from"
            },
            d.value.map_or("per direct".to_string(), |d| d.to_string())
        );
    }
    if let Some(c) = &t.contract {
        let _ = writeln!(
            s,
            "  {}: {:?}",
            if nl { "contractvorm" } else { "contract" },
            c.value
        );
    }
    if !warnings.is_empty() {
        let _ = writeln!(s, "\n{}", if nl { "Let op" } else { "Warnings" });
        for w in warnings {
            let _ = writeln!(s, "  ! {}", w.message(lang));
        }
    }
    s
}

/// The public JSON of `tenderfit tender`: the model plus warnings in the chosen language.
#[derive(Serialize)]
struct TenderJson<'a> {
    #[serde(flatten)]
    tender: &'a Tender,
    warnings: Vec<String>,
}

impl<'a> TenderJson<'a> {
    fn new(tender: &'a Tender, warnings: &[Warning], lang: Lang) -> Self {
        TenderJson {
            tender,
            warnings: warnings.iter().map(|w| w.message(lang)).collect(),
        }
    }
}

/// A CV file: text, PDF (text layer) or DOCX, recognised by its bytes.
fn read_cv_file(path: &Path, lang: Lang) -> Result<(String, Option<u32>)> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    match tenderfit_import::import(&bytes) {
        Ok(imported) => Ok((imported.text, imported.pages)),
        Err(e) => anyhow::bail!("{}: {}", path.display(), e.message(lang)),
    }
}

/// Reads and parses a CV file, keeping the page count the document knows.
fn load_cv(path: &Path, lang: Lang) -> Result<(Cv, Vec<Warning>)> {
    let (text, pages) = read_cv_file(path, lang)?;
    let (mut cv, warnings) = read_cv(&text);
    if pages.is_some() {
        cv.page_count = pages;
    }
    Ok((cv, warnings))
}

fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `--today`, or the system date (the CLI may read the clock; the core never does).
fn parse_today(arg: Option<&str>) -> Result<Date> {
    match arg {
        Some(s) => {
            Date::parse_iso(s).with_context(|| format!("--today must be YYYY-MM-DD, got {s:?}"))
        }
        None => Ok(system_today()),
    }
}

fn system_today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    // Civil date from days since 1970-01-01 (Howard Hinnant's civil_from_days).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Date::new(year, month, day).unwrap_or(Date {
        year: 1970,
        month: 1,
        day: 1,
    })
}

fn render_tender(t: &Tender, warnings: &[Warning], lang: Lang) -> String {
    use std::fmt::Write;
    let nl = lang == Lang::Nl;
    let mut s = String::new();
    let dash = |o: Option<String>| o.unwrap_or_else(|| "–".into());
    let _ = writeln!(s, "{}", dash(t.title.clone()));
    let _ = writeln!(
        s,
        "{}: {}",
        if nl { "Referentie" } else { "Reference" },
        dash(t.reference.clone())
    );
    let _ = writeln!(
        s,
        "{}: {}",
        if nl { "Opdrachtgever" } else { "Buyer" },
        dash(t.buyer.clone())
    );
    let _ = writeln!(
        s,
        "{}: {}",
        if nl {
            "Uren per week"
        } else {
            "Hours per week"
        },
        dash(t.hours_per_week.map(|h| if h.min == h.max {
            h.max.to_string()
        } else {
            format!("{}–{}", h.min, h.max)
        }))
    );
    let _ = writeln!(
        s,
        "{}: {}",
        if nl { "Sluitingsdatum" } else { "Deadline" },
        dash(t.deadline.map(|d| {
            format!("{d} {}", t.deadline_time.clone().unwrap_or_default())
                .trim()
                .to_string()
        }))
    );
    let _ = writeln!(
        s,
        "{}: {}",
        if nl { "Max. uurtarief" } else { "Max. rate" },
        dash(
            t.max_rate
                .map(|r| format!("€ {}", tenderfit_core::warning::num(r)))
        )
    );
    let _ = writeln!(
        s,
        "\n{}",
        if nl {
            "Knock-outcriteria"
        } else {
            "Knock-out criteria"
        }
    );
    // The explanation under a criterion is shown apart: it is no part of what is asked.
    let note_label = if nl { "Toelichting" } else { "Note" };
    for k in &t.knockouts {
        let _ = writeln!(s, "  {:<4}{}", k.id, k.text);
        if let Some(n) = &k.note {
            let _ = writeln!(s, "      {note_label}: {n}");
        }
    }
    let _ = writeln!(
        s,
        "\n{}",
        if nl {
            "Gewogen criteria"
        } else {
            "Weighted criteria"
        }
    );
    for w in &t.criteria {
        let pts = w.points.map_or("–".to_string(), |p| {
            format!(
                "{} {}",
                tenderfit_core::warning::num(p),
                if w.percent {
                    "%"
                } else if nl {
                    "pt"
                } else {
                    "pts"
                }
            )
        });
        let _ = writeln!(s, "  {:<4}{:>7}  {}", w.id, pts, w.text);
        if let Some(n) = &w.note {
            let _ = writeln!(s, "              {note_label}: {n}");
        }
        for tier in &w.tiers {
            let _ = writeln!(
                s,
                "              · {} → {}",
                tier.label,
                tenderfit_core::warning::num(tier.points)
            );
        }
    }
    if let Some(p) = t.price_weight {
        let _ = writeln!(
            s,
            "  {}: {} %",
            if nl { "Prijs" } else { "Price" },
            tenderfit_core::warning::num(p)
        );
    }
    if let Some(p) = t.interview_weight {
        let _ = writeln!(
            s,
            "  {}: {} %",
            if nl { "Gesprek" } else { "Interview" },
            tenderfit_core::warning::num(p)
        );
    }
    if !warnings.is_empty() {
        let _ = writeln!(s, "\n{}", if nl { "Let op" } else { "Warnings" });
        for w in warnings {
            let _ = writeln!(s, "  ! {}", w.message(lang));
        }
    }
    s
}
