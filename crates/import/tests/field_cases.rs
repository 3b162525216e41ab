//! The field cases (files as users make them, with what must be read from them, in
//! `fixtures/field-cases/expected.json`) and the same kinds made by the same programs
//! (`fixtures/corpus/expected.json`), checked the way the scorer reads them.

use serde_json::Value;
use tenderfit_import::import;

/// Every run of Unicode whitespace as one space, trimmed: the comparison `expected.json` states.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strings<'a>(case: &'a Value, key: &str) -> Vec<&'a str> {
    case.get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// Imports every file `dir/expected.json` names (kinds starting "cv-", text files excluded)
/// and returns one line per miss.
pub fn misses(dir: &str) -> (usize, Vec<String>) {
    let root = format!("{}/tests/fixtures/{dir}", env!("CARGO_MANIFEST_DIR"));
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{root}/expected.json")).unwrap())
            .unwrap();
    let mut checked = 0;
    let mut misses = Vec::new();
    for (name, case) in expected.as_object().unwrap() {
        let path = format!("{root}/{name}");
        if name.starts_with('_') || name.ends_with(".txt") || !std::path::Path::new(&path).exists()
        {
            continue;
        }
        checked += 1;
        let text = match import(&std::fs::read(&path).unwrap()) {
            Ok(i) => i.text,
            Err(e) => {
                misses.push(format!("{name}: not read: {e}"));
                continue;
            }
        };
        let flat = squash(&text);
        for s in strings(case, "must_contain") {
            if !flat.contains(&squash(s)) {
                misses.push(format!("{name}: missing {s:?}"));
            }
        }
        for s in strings(case, "must_contain_once") {
            let n = flat.matches(&squash(s)).count();
            if n != 1 {
                misses.push(format!("{name}: {s:?} {n} times"));
            }
        }
        for s in strings(case, "must_not_contain") {
            if flat.contains(&squash(s)) {
                misses.push(format!("{name}: has {s:?}"));
            }
        }
        // Our own corpus also says which lines must be lines of their own.
        let lines: Vec<String> = text.lines().map(squash).collect();
        for s in strings(case, "lines") {
            if !lines.iter().any(|l| *l == squash(s)) {
                misses.push(format!("{name}: no line {s:?}"));
            }
        }
    }
    (checked, misses)
}

#[test]
fn field_cases_read_as_expected() {
    let (checked, misses) = misses("field-cases");
    assert_eq!(checked, 3);
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}

#[test]
fn the_corpus_reads_as_expected() {
    let (checked, misses) = misses("corpus");
    assert_eq!(checked, 8);
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}
