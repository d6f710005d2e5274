//! Validation messages worded as IF words them (zod 3 issues through IF's
//! `prettifyErrorMessage`): `"<path>" parameter is <message>[ at index i].
//! Error code: <code>.`, several issues joined by commas.

use crate::error::{IfError, Result, input_validation};
use crate::pool::Pool;
use crate::value::Value;

#[derive(Default)]
pub struct Issues {
    list: Vec<String>,
    index: Option<usize>,
}

/// zod's name for a value's type in "Expected x, received y".
pub fn received(value: Option<&Value>) -> &'static str {
    match value {
        None | Some(Value::Undefined) => "undefined",
        Some(Value::Null) => "null",
        Some(Value::Bool(_)) => "boolean",
        Some(Value::Num(n)) if n.is_nan() => "nan",
        Some(Value::Num(_)) => "number",
        Some(Value::Str(_)) => "string",
        Some(Value::Date(_)) => "date",
        Some(Value::Seq(_) | Value::Table(_)) => "array",
        Some(Value::Map(_)) => "object",
    }
}

impl Issues {
    pub fn at_index(index: Option<usize>) -> Issues {
        Issues {
            list: Vec::new(),
            index,
        }
    }

    pub fn push(&mut self, path: &str, message: &str, code: &str) {
        let index = self
            .index
            .map(|i| format!(" at index {i}"))
            .unwrap_or_default();
        if path.is_empty() {
            self.list.push(message.to_string());
        } else {
            self.list.push(format!(
                "\"{path}\" parameter is {}{index}. Error code: {code}.",
                message.to_lowercase()
            ));
        }
    }

    pub fn type_issue(&mut self, path: &str, expected: &str, value: Option<&Value>) {
        match received(value) {
            "undefined" => self.push(path, "Required", "invalid_type"),
            got => self.push(
                path,
                &format!("Expected {expected}, received {got}"),
                "invalid_type",
            ),
        }
    }

    /// Checks a string, optionally non-empty. Returns whether it passed.
    pub fn string(&mut self, path: &str, value: Option<&Value>, pool: &Pool, min1: bool) -> bool {
        match value {
            Some(Value::Str(s)) => {
                if min1 && pool.str(*s).is_empty() {
                    self.push(
                        path,
                        "String must contain at least 1 character(s)",
                        "too_small",
                    );
                    return false;
                }
                true
            }
            other => {
                self.type_issue(path, "string", other);
                false
            }
        }
    }

    /// Checks a number with optional bounds (`gt`, `gte`).
    pub fn number(
        &mut self,
        path: &str,
        value: Option<&Value>,
        gt: Option<f64>,
        gte: Option<f64>,
    ) -> bool {
        match value {
            Some(Value::Num(n)) if !n.is_nan() => {
                if let Some(b) = gt
                    && *n <= b
                {
                    let b = crate::jsnum::to_js_string(b);
                    self.push(
                        path,
                        &format!("Number must be greater than {b}"),
                        "too_small",
                    );
                    return false;
                }
                if let Some(b) = gte
                    && *n < b
                {
                    let b = crate::jsnum::to_js_string(b);
                    self.push(
                        path,
                        &format!("Number must be greater than or equal to {b}"),
                        "too_small",
                    );
                    return false;
                }
                true
            }
            other => {
                self.type_issue(path, "number", other);
                false
            }
        }
    }

    pub fn boolean(&mut self, path: &str, value: Option<&Value>) -> bool {
        match value {
            Some(Value::Bool(_)) => true,
            other => {
                self.type_issue(path, "boolean", other);
                false
            }
        }
    }

    /// An array whose items all pass `item` (checked at `path.[i]`).
    pub fn array(
        &mut self,
        path: &str,
        value: Option<&Value>,
        mut item: impl FnMut(&mut Issues, &str, &Value),
    ) -> bool {
        match value {
            Some(Value::Seq(s)) => {
                let before = self.list.len();
                for (i, v) in s.items.iter().enumerate() {
                    item(self, &format!("{path}.[{i}]"), v);
                }
                self.list.len() == before
            }
            other => {
                self.type_issue(path, "array", other);
                false
            }
        }
    }

    /// zod's union of alternatives: the first alternative's first issue,
    /// reported with the `invalid_union` code.
    pub fn union(&mut self, path: &str, first_issue: &str) {
        self.push(path, first_issue, "invalid_union");
    }

    pub fn enumeration(
        &mut self,
        path: &str,
        value: Option<&Value>,
        options: &[&str],
        pool: &Pool,
    ) -> bool {
        match value {
            Some(Value::Str(s)) if options.contains(&pool.str(*s)) => true,
            Some(Value::Str(s)) => {
                let expected = options
                    .iter()
                    .map(|o| format!("'{o}'"))
                    .collect::<Vec<_>>()
                    .join(" | ");
                self.push(
                    path,
                    &format!(
                        "Invalid enum value. Expected {expected}, received '{}'",
                        pool.str(*s)
                    ),
                    "invalid_enum_value",
                );
                false
            }
            other => {
                let expected = options
                    .iter()
                    .map(|o| format!("'{o}'"))
                    .collect::<Vec<_>>()
                    .join(" | ");
                match received(other) {
                    "undefined" => self.push(path, "Required", "invalid_type"),
                    got => self.push(
                        path,
                        &format!("Expected {expected}, received {got}"),
                        "invalid_type",
                    ),
                }
                false
            }
        }
    }

    pub fn finish(self) -> Result<()> {
        if self.list.is_empty() {
            Ok(())
        } else {
            Err(input_validation(self.list.join(",")))
        }
    }

    pub fn finish_as(self, class: &str) -> Result<()> {
        if self.list.is_empty() {
            Ok(())
        } else {
            Err(IfError::new(class, self.list.join(",")))
        }
    }
}
