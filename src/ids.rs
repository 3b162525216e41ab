//! Element ids unique per widget, so several widgets on one page keep their labels, headings
//! and evidence links apart. The first widget uses `tf-…`, the next `tf2-…`, and so on.

use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
pub struct Ids {
    prefix: Rc<str>,
}

impl Default for Ids {
    fn default() -> Self {
        Ids::new(1)
    }
}

impl Ids {
    /// Ids for the `n`-th widget on the page (1-based).
    pub fn new(n: usize) -> Ids {
        let prefix = if n <= 1 {
            "tf-".to_string()
        } else {
            format!("tf{n}-")
        };
        Ids {
            prefix: prefix.into(),
        }
    }

    pub fn of(&self, name: &str) -> String {
        format!("{}{name}", self.prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_widget_keeps_plain_ids() {
        assert_eq!(Ids::new(1).of("cv-input"), "tf-cv-input");
        assert_eq!(Ids::new(2).of("cv-input"), "tf2-cv-input");
    }
}
