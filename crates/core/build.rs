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
    let (name, pop, var, prov) = (
        col(&h, "gemeente"),
        col(&h, "inwoners"),
        col(&h, "naam_varianten"),
        col(&h, "provincie"),
    );
    out.push_str(
        "/// (CBS name, inhabitants on 2026-01-01, name variants, CBS provincie). Source: data/gemeenten.csv.\n",
    );
    out.push_str("pub static GEMEENTEN: &[(&str, u32, &[&str], &str)] = &[\n");
    for r in &rows {
        let _ = writeln!(
            out,
            "    ({:?}, {}, {}, {:?}),",
            r[name],
            r[pop].parse::<u32>().unwrap_or(0),
            list(&r[var]),
            r[prov]
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

    let out_dir = env::var("OUT_DIR").expect("OUT_DIR");
    let text = reference_text();
    fs::write(Path::new(&out_dir).join("reference-data.txt"), &text)
        .expect("write reference-data.txt");
    // With `lazy-data` the tables are not compiled in: the widget fetches reference-data.txt
    // (copied into dist/ by scripts/post-build.mjs) and installs it (`reference::install`).
    if env::var_os("CARGO_FEATURE_LAZY_DATA").is_some() {
        out = LAZY_TABLES.to_string();
    }
    let dest = Path::new(&out_dir).join("reference_data.rs");
    fs::write(dest, out).expect("write reference_data.rs");
}

/// The tables as `reference::install` reads them: one row a line, fields split by tabs,
/// lists by `;`, each table after a line `#NAME`. Same columns and rows as the compiled tables.
fn reference_text() -> String {
    let field = |s: &str| {
        assert!(
            !s.contains(['\t', '\n']),
            "tab or newline in reference data: {s:?}"
        );
        s.to_string()
    };
    let items = |s: &str| {
        s.split(';')
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(field)
            .collect::<Vec<_>>()
            .join(";")
    };
    let mut out = String::from("#GEMEENTEN\n");
    let (h, rows) = table("data/gemeenten.csv");
    let (name, pop, var, prov) = (
        col(&h, "gemeente"),
        col(&h, "inwoners"),
        col(&h, "naam_varianten"),
        col(&h, "provincie"),
    );
    for r in &rows {
        let p = r[pop].parse::<u32>().unwrap_or(0);
        let _ = writeln!(
            out,
            "{}\t{p}\t{}\t{}",
            field(&r[name]),
            items(&r[var]),
            field(&r[prov])
        );
    }
    out.push_str("#FORMER_GEMEENTEN\n");
    let (h, rows) = table("data/gemeenten-opgeheven.csv");
    let (name, into, var) = (
        col(&h, "gemeente"),
        col(&h, "opgegaan_in"),
        col(&h, "naam_varianten"),
    );
    for r in &rows {
        let _ = writeln!(
            out,
            "{}\t{}\t{}",
            field(&r[name]),
            items(&r[into]),
            items(&r[var])
        );
    }
    out.push_str("#PUBLIC_BODIES\n");
    let (h, rows) = table("data/overheidsorganisaties.csv");
    let (name, kind, abbr, alias, note) = (
        col(&h, "naam"),
        col(&h, "soort"),
        col(&h, "afkorting"),
        col(&h, "alias"),
        col(&h, "notitie"),
    );
    for r in &rows {
        if r[note].to_lowercase().contains("cluster") {
            continue;
        }
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}",
            field(&r[name]),
            field(&r[kind]),
            field(&r[abbr]),
            items(&r[alias])
        );
    }
    out
}

/// The tables' names when they are installed at run time: each derefs to the installed slice.
const LAZY_TABLES: &str = "\
/// (CBS name, inhabitants, name variants, CBS provincie), installed at run time (`reference::install`).
pub static GEMEENTEN: crate::reference::Table<(&str, u32, &[&str], &str)> =
    crate::reference::Table(|| &crate::reference::tables().gemeenten);
/// (former gemeente, the gemeente(n) it merged into, variants), installed at run time.
pub static FORMER_GEMEENTEN: crate::reference::Table<(&str, &[&str], &[&str])> =
    crate::reference::Table(|| &crate::reference::tables().former_gemeenten);
/// (name, kind, abbreviation, aliases) of public bodies, installed at run time.
pub static PUBLIC_BODIES: crate::reference::Table<(&str, &str, &str, &[&str])> =
    crate::reference::Table(|| &crate::reference::tables().public_bodies);
";
