//! The reference tables (gemeenten, former gemeenten, public bodies; sources in data/README.md)
//! when they are installed at run time instead of compiled in (feature `lazy-data`).
//!
//! Built by `build.rs` into `reference-data.txt`: a line `#NAME` before each table, one row a
//! line, fields split by tabs, lists by `;`. Without `lazy-data` the same rows are compiled in,
//! `installed()` is always true and `install` does nothing.

use std::sync::OnceLock;

/// Installed tables, with the compiled tables' row shapes.
#[derive(Debug, Default)]
pub struct Tables {
    pub gemeenten: Vec<(&'static str, u32, &'static [&'static str], &'static str)>,
    pub former_gemeenten: Vec<(
        &'static str,
        &'static [&'static str],
        &'static [&'static str],
    )>,
    pub public_bodies: Vec<(
        &'static str,
        &'static str,
        &'static str,
        &'static [&'static str],
    )>,
}

static TABLES: OnceLock<Tables> = OnceLock::new();

/// A table that derefs to its installed rows.
pub struct Table<T: 'static>(pub fn() -> &'static [T]);

impl<T> std::ops::Deref for Table<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        (self.0)()
    }
}

/// The installed tables. Judging before `install` is a bug of the host: it must wait.
pub fn tables() -> &'static Tables {
    TABLES
        .get()
        .expect("reference data must be installed before judging")
}

/// Whether the judgement can run: the reference tables are there.
pub fn installed() -> bool {
    !cfg!(feature = "lazy-data") || TABLES.get().is_some()
}

/// Reads `reference-data.txt` and installs it (once; later calls are ignored). Returns false,
/// installing nothing, when the text lacks any of the three tables. The text lives as long as
/// the program (it is leaked once, as compiled-in tables would be).
pub fn install(text: String) -> bool {
    if !cfg!(feature = "lazy-data") || TABLES.get().is_some() {
        return true;
    }
    match parse(Box::leak(text.into_boxed_str())) {
        Some(t) => {
            let _ = TABLES.set(t);
            true
        }
        None => false,
    }
}

fn list(s: &'static str) -> &'static [&'static str] {
    if s.is_empty() {
        return &[];
    }
    Box::leak(s.split(';').collect::<Vec<_>>().into_boxed_slice())
}

/// The tables in `text`, or None when one is missing or a row has too few fields.
pub fn parse(text: &'static str) -> Option<Tables> {
    let mut t = Tables::default();
    let mut section = "";
    let mut seen = 0;
    for line in text.lines() {
        if let Some(name) = line.strip_prefix('#') {
            section = name;
            seen += 1;
            continue;
        }
        let f: Vec<&'static str> = line.split('\t').collect();
        match (section, f.as_slice()) {
            ("GEMEENTEN", [name, pop, var, province]) => {
                t.gemeenten
                    .push((name, pop.parse().unwrap_or(0), list(var), province))
            }
            ("FORMER_GEMEENTEN", [name, into, var]) => {
                t.former_gemeenten.push((name, list(into), list(var)))
            }
            ("PUBLIC_BODIES", [name, kind, abbr, alias]) => {
                t.public_bodies.push((name, kind, abbr, list(alias)))
            }
            _ => return None,
        }
    }
    (seen == 3 && !t.gemeenten.is_empty() && !t.public_bodies.is_empty()).then_some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    mod compiled {
        #![allow(dead_code)]
        include!(concat!(env!("OUT_DIR"), "/reference_data.rs"));
    }

    /// The text the widget fetches holds exactly the rows compiled into the CLI.
    #[cfg(not(feature = "lazy-data"))]
    #[test]
    fn the_installed_text_has_the_compiled_rows() {
        let text = include_str!(concat!(env!("OUT_DIR"), "/reference-data.txt"));
        let t = parse(text).expect("reference-data.txt reads");
        assert_eq!(t.gemeenten, compiled::GEMEENTEN);
        assert_eq!(t.former_gemeenten, compiled::FORMER_GEMEENTEN);
        assert_eq!(t.public_bodies, compiled::PUBLIC_BODIES);
    }

    #[test]
    fn a_text_without_all_tables_is_not_installed() {
        assert!(parse("#GEMEENTEN\nUtrecht\t374000\t\n").is_none());
        assert!(
            parse("#GEMEENTEN\nUtrecht\t374000\n#FORMER_GEMEENTEN\n#PUBLIC_BODIES\n").is_none()
        );
        // A gemeente row without its provincie is too short.
        assert!(parse(
            "#GEMEENTEN\nUtrecht\t374000\t\n#FORMER_GEMEENTEN\n#PUBLIC_BODIES\nNVWA\tagentschap\t\t\n"
        )
        .is_none());
        let t = parse(
            "#GEMEENTEN\nUtrecht\t374000\t\tUtrecht\n#FORMER_GEMEENTEN\n#PUBLIC_BODIES\nNVWA\tagentschap\t\t\n",
        )
        .expect("all tables");
        assert_eq!(t.gemeenten[0].3, "Utrecht");
    }
}
