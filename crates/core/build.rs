//! Compiles the sourced reference data in `data/` (see data/README.md for every source) into
//! compact tables: only the columns the judgement needs, so the wasm stays small.

use std::env;
use std::fmt::Write;
use std::fs;
use std::path::Path;

/// Minimal RFC 4180 reader: quoted fields, doubled quotes, commas and newlines inside quotes.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

fn table(path: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut rows = parse_csv(&text);
    let header = rows.remove(0);
    (header, rows)
}

fn col(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

fn list(s: &str) -> String {
    let items: Vec<String> = s
        .split(';')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(|x| format!("{x:?}"))
        .collect();
    format!("&[{}]", items.join(", "))
}

fn main() {
    for f in [
        "data/gemeenten.csv",
        "data/gemeenten-opgeheven.csv",
        "data/overheidsorganisaties.csv",
    ] {
        println!("cargo:rerun-if-changed={f}");
    }
    let mut out = String::new();

    let (h, rows) = table("data/gemeenten.csv");
    let (name, pop, var) = (
        col(&h, "gemeente"),
        col(&h, "inwoners"),
        col(&h, "naam_varianten"),
    );
    out.push_str(
        "/// (CBS name, inhabitants on 2026-01-01, name variants). Source: data/gemeenten.csv.\n",
    );
    out.push_str("pub static GEMEENTEN: &[(&str, u32, &[&str])] = &[\n");
    for r in &rows {
        let _ = writeln!(
            out,
            "    ({:?}, {}, {}),",
            r[name],
            r[pop].parse::<u32>().unwrap_or(0),
            list(&r[var])
        );
    }
    out.push_str("];\n\n");

    let (h, rows) = table("data/gemeenten-opgeheven.csv");
    let (name, into, var) = (
        col(&h, "gemeente"),
        col(&h, "opgegaan_in"),
        col(&h, "naam_varianten"),
    );
    out.push_str("/// (former gemeente, the gemeente(n) it merged into, variants). Source: data/gemeenten-opgeheven.csv.\n");
    out.push_str("pub static FORMER_GEMEENTEN: &[(&str, &[&str], &[&str])] = &[\n");
    for r in &rows {
        let _ = writeln!(
            out,
            "    ({:?}, {}, {}),",
            r[name],
            list(&r[into]),
            list(&r[var])
        );
    }
    out.push_str("];\n\n");

    let (h, rows) = table("data/overheidsorganisaties.csv");
    let (name, kind, abbr, alias, note) = (
        col(&h, "naam"),
        col(&h, "soort"),
        col(&h, "afkorting"),
        col(&h, "alias"),
        col(&h, "notitie"),
    );
    out.push_str("/// (name, kind, abbreviation, aliases) of public bodies. Source: data/overheidsorganisaties.csv.\n");
    out.push_str(
        "/// Clusters of designated private institutions (\"cluster van zbo's\") are left out.\n",
    );
    out.push_str("pub static PUBLIC_BODIES: &[(&str, &str, &str, &[&str])] = &[\n");
    for r in &rows {
        if r[note].to_lowercase().contains("cluster") {
            continue;
        }
        let _ = writeln!(
            out,
            "    ({:?}, {:?}, {:?}, {}),",
            r[name],
            r[kind],
            r[abbr],
            list(&r[alias])
        );
    }
    out.push_str("];\n");

    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("reference_data.rs");
    fs::write(dest, out).expect("write reference_data.rs");
}
