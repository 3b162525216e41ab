//! The `tenderfit` binary on real files: what a user runs to see what was read.

use std::path::PathBuf;
use std::process::Command;

fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(rel)
}

fn tenderfit(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tenderfit"))
        .args(args)
        .output()
        .expect("run tenderfit");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `cv FILE --text` prints the imported text: the text box of a LibreOffice DOCX once.
#[test]
fn cv_text_prints_the_imported_text() {
    let docx = fixture("import/tests/fixtures/field-cases/c01_textbox_libreoffice.docx");
    let (ok, out, err) = tenderfit(&["cv", docx.to_str().unwrap(), "--text"]);
    assert!(ok, "{err}");
    assert_eq!(
        out.matches("Master Bestuurskunde, Universiteit Twente (2012)")
            .count(),
        1
    );
    assert!(out.contains("Beleidsadviseur Wonen, Gemeente Zwolle, mrt 2019 – heden"));
    // The same bytes through the library give the same text.
    let bytes = std::fs::read(&docx).unwrap();
    let imported = tenderfit_import::import(&bytes).unwrap();
    assert_eq!(out.trim_end(), imported.text.trim_end());
}

/// `check-cvs` reads a folder of CVs with truth files and says how many jobs were right.
#[test]
fn check_cvs_reports_jobs_right() {
    let dir = fixture("core/tests/fixtures/cv-truth/field");
    let (ok, out, err) = tenderfit(&["check-cvs", dir.to_str().unwrap(), "--today", "2026-11-30"]);
    assert!(ok, "{err}");
    assert!(out.trim_end().ends_with("jobs right: 5 of 5"), "{out}");
}

/// A file that is not a CV gets the user's message, not a crash.
#[test]
fn cv_of_an_old_word_file_is_a_clear_message() {
    let doc = fixture("import/tests/fixtures/old-word.doc");
    let (ok, _, err) = tenderfit(&["cv", doc.to_str().unwrap(), "--text"]);
    assert!(!ok);
    assert!(err.contains(".docx"), "{err}");
}

/// `tender FILE` shows a criterion's explanation ("Toelichting: …") on a line of its own,
/// apart from what is asked.
#[test]
fn tender_shows_a_criterion_note_apart() {
    let dir = std::env::temp_dir().join(format!("tenderfit-note-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("posting.txt");
    std::fs::write(
        &file,
        "Adviseur invordering\n\nEisen\nE1  De kandidaat heeft een afgeronde mbo-4 opleiding.\nToelichting: Een diploma moet op het cv vermeld staan.\nE2  De kandidaat heeft 3 jaar ervaring met invordering bij een gemeente.\n",
    )
    .unwrap();
    let (ok, out, err) = tenderfit(&["tender", file.to_str().unwrap()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(ok, "{err}");
    assert!(
        out.contains("  K1  De kandidaat heeft een afgeronde mbo-4 opleiding\n      Toelichting: Een diploma moet op het cv vermeld staan"),
        "{out}"
    );
}

/// `eval --truth-structure` judges the knock-outs the truth file names, found in the posting's
/// prose (mid-line, wrapped), where the reader finds no criteria at all.
#[test]
fn eval_truth_structure_judges_the_truth_criteria() {
    let dir = fixture("cli/tests/fixtures/truth-structure");
    let tenders = dir.join("tenders");
    let args = |extra: &[&'static str]| {
        let mut a = vec![
            "eval".to_string(),
            dir.display().to_string(),
            "--tenders".into(),
            tenders.display().to_string(),
        ];
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    let run = |a: Vec<String>| {
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        tenderfit(&a)
    };
    let (ok, read, err) = run(args(&[]));
    assert!(ok, "{err}");
    assert!(read.contains("criteria          0/2"), "{read}");
    assert!(read.contains("absent (missing)"), "{read}");
    let (ok, truth, err) = run(args(&["--truth-structure"]));
    assert!(ok, "{err}");
    assert!(truth.contains("criteria          2/2"), "{truth}");
    assert!(truth.contains("education        1/1"), "{truth}");
    assert!(truth.contains("experience       1/1"), "{truth}");
}
