//! The activity file as plain data: rows of model inputs that a manifest component reads with
//! `from:` (and filters with `where:`).
//!
//! `sero import cloud|inventory|prometheus` and `sero energy` make an [`ActivityFile`] as a
//! value; `sero-manifest`'s `activity` module is its one writer (JSON) and its one reader. The
//! file is `{"sero_activity": 1, "produced_by": …, "model": …, "rows": [{"labels": {…}, "model":
//! …, "scope": …, "inputs": {…}, <figures>}]}`.

use crate::impact::Scope;

/// The activity file format version.
pub const ACTIVITY_VERSION: u32 = 1;

/// A whole activity file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ActivityFile {
    /// The command that wrote the file, for people (`sero import cloud cur.csv`).
    pub produced_by: String,
    /// The model of rows that do not name their own.
    pub model: Option<String>,
    pub rows: Vec<ActivityRow>,
}

/// One row: what it is (labels, for `where:`), which model it feeds and with which inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ActivityRow {
    /// Label → value, in the order written; `where:` compares these.
    pub labels: Vec<(String, String)>,
    /// The model; `None` takes the file's.
    pub model: Option<String>,
    /// The GHG scope the row's emissions fall in, when the producer knows it.
    pub scope: Option<Scope>,
    /// Input name → value, in the order written; quantities are text with their unit.
    pub inputs: Vec<(String, ActivityValue)>,
    /// What the producer computed for the row (`co2e_kg`, `cost`, …), shown beside the inputs
    /// for people and never read back into a model.
    pub figures: Vec<(String, f64)>,
}

/// An input's value as an activity file holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum ActivityValue {
    Number(f64),
    /// Text, including a quantity with its unit (`12.5 kWh`).
    Text(String),
    Bool(bool),
}

impl ActivityValue {
    /// A quantity written with its unit, such as `12.5 kWh`, so that the reader parses it with
    /// [`crate::units::parse_quantity`] whatever unit the model's input takes.
    pub fn quantity(value: f64, unit: &str) -> ActivityValue {
        ActivityValue::Text(format!("{value} {unit}"))
    }
}

impl ActivityRow {
    /// The row's model: its own, or else the file's.
    pub fn model<'a>(&'a self, file: &'a ActivityFile) -> Option<&'a str> {
        self.model.as_deref().or(file.model.as_deref())
    }

    /// The value of a label.
    pub fn label(&self, name: &str) -> Option<&str> {
        self.labels
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_takes_the_files_model_unless_it_names_its_own() {
        let file = ActivityFile {
            produced_by: "test".to_owned(),
            model: Some("electricity".to_owned()),
            rows: vec![
                ActivityRow::default(),
                ActivityRow {
                    model: Some("cloud".to_owned()),
                    labels: vec![("service".to_owned(), "blue-badge".to_owned())],
                    ..ActivityRow::default()
                },
            ],
        };
        assert_eq!(file.rows[0].model(&file), Some("electricity"));
        assert_eq!(file.rows[1].model(&file), Some("cloud"));
        assert_eq!(file.rows[1].label("service"), Some("blue-badge"));
        assert_eq!(file.rows[0].label("service"), None);
        assert_eq!(
            ActivityValue::quantity(12.5, "kWh"),
            ActivityValue::Text("12.5 kWh".to_owned())
        );
    }
}
