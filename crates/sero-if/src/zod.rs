//! Validation messages worded as IF words them (zod 3 issues through IF's
//! `prettifyErrorMessage`): `"<path>" parameter is <message>[ at index i].
//! Error code: <code>.`, several issues joined by commas.
//!
//! [`Object`] is the one description of a builtin's config schema: the
//! builtins whose configs are flat objects of strings, numbers, booleans and
//! enums list their keys, and it checks them, words the issues and keeps
//! the keys the schema names.

use crate::config::Config;
use crate::error::{IfError, Result, config_error, input_validation};
use crate::pool::Pool;
use crate::value::{At, Map, Value};

#[derive(Default)]
pub struct Issues {
    list: Vec<String>,
    index: Option<usize>,
    /// The path of the first issue (`initialize.plugins.m.method`), to place the error.
    first_path: Option<String>,
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
            first_path: None,
        }
    }

    pub fn push(&mut self, path: &str, message: &str, code: &str) {
        if self.first_path.is_none() && !path.is_empty() {
            self.first_path = Some(path.to_string());
        }
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

    /// A union none of whose alternatives takes the value's type: the first
    /// alternative's type issue (`Required`, or `Expected <first>, received
    /// <type>`), with the `invalid_union` code.
    pub fn union_type(&mut self, path: &str, first: &str, value: Option<&Value>) {
        match received(value) {
            "undefined" => self.union(path, "Required"),
            got => self.union(path, &format!("Expected {first}, received {got}")),
        }
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

    /// [`Issues::finish_as`], the error placed at the first issue's key in `document` (or at
    /// the nearest key above it that is there), so that it has a line and column.
    pub fn finish_in(self, class: &str, document: &Map, pool: &Pool) -> Result<()> {
        let at = self
            .first_path
            .as_deref()
            .and_then(|path| locate(document, path, pool));
        self.finish_as(class).map_err(|e| match at {
            Some(at) => e.at(at),
            None => e,
        })
    }
}

/// The position of the key at `path` (dotted, as zod writes it) in `document`, or of the
/// deepest key on the way that is there.
fn locate(document: &Map, path: &str, pool: &Pool) -> Option<At> {
    let mut map = document;
    let mut found = None;
    for segment in path.split('.') {
        let Some(entry) = map.entries.iter().find(|e| pool.str(e.key) == segment) else {
            break;
        };
        if entry.at > 0 {
            found = Some(entry.at);
        }
        match &entry.value {
            Value::Map(inner) => map = inner,
            _ => break,
        }
    }
    found
}

/// IF's message when a builtin that needs a config has none.
pub const MISSING_CONFIG: &str = "Config is not provided.";

/// The `ConfigError` of a builtin that needs a config and has none.
pub fn require_config(config: &Config) -> Result<()> {
    if config.is_empty() {
        Err(config_error(MISSING_CONFIG))
    } else {
        Ok(())
    }
}

/// The zod type of one key of a builtin's config.
#[derive(Clone, Copy, Debug)]
pub enum Field {
    /// `z.string()`.
    Str,
    /// `z.string().min(1)`.
    NonEmptyStr,
    /// `z.string().datetime()`.
    DateTime,
    /// `z.number()`.
    Num,
    /// `z.number().gt(bound)`.
    Above(f64),
    /// `z.number().gte(bound)`.
    AtLeast(f64),
    /// `z.boolean()`.
    Bool,
    /// `z.array(z.string())`.
    Strs,
    /// `z.union([z.string(), z.number()])`.
    StrOrNum,
    /// `z.enum([...])`.
    OneOf(&'static [&'static str]),
    /// `.optional().nullable()`: checked only when given and not null.
    Optional(&'static Field),
}

impl Field {
    /// Adds the issues of `value` (absent when `None`) at `path`.
    pub fn check(self, issues: &mut Issues, path: &str, value: Option<&Value>, pool: &Pool) {
        match self {
            Field::Str => {
                issues.string(path, value, pool, false);
            }
            Field::NonEmptyStr => {
                issues.string(path, value, pool, true);
            }
            Field::DateTime => {
                if issues.string(path, value, pool, false)
                    && !value
                        .and_then(|v| v.as_str(pool))
                        .is_some_and(crate::time::is_zod_datetime)
                {
                    issues.push(path, "Invalid datetime", "invalid_string");
                }
            }
            Field::Num => {
                issues.number(path, value, None, None);
            }
            Field::Above(bound) => {
                issues.number(path, value, Some(bound), None);
            }
            Field::AtLeast(bound) => {
                issues.number(path, value, None, Some(bound));
            }
            Field::Bool => {
                issues.boolean(path, value);
            }
            Field::Strs => {
                issues.array(path, value, |i, p, v| {
                    i.string(p, Some(v), pool, false);
                });
            }
            Field::StrOrNum => {
                if !matches!(value, Some(Value::Str(_) | Value::Num(_))) {
                    issues.union_type(path, "string", value);
                }
            }
            Field::OneOf(options) => {
                issues.enumeration(path, value, options, pool);
            }
            Field::Optional(inner) => {
                if let Some(v) = value
                    && !v.is_nullish()
                {
                    inner.check(issues, path, Some(v), pool);
                }
            }
        }
    }
}

/// `z.object({...})` over a builtin's config: whether the builtin needs a
/// config at all, and its keys in schema order.
#[derive(Clone, Copy, Debug)]
pub struct Object {
    pub required: bool,
    pub fields: &'static [(&'static str, Field)],
}

impl Object {
    /// A config the builtin cannot run without.
    pub const fn required(fields: &'static [(&'static str, Field)]) -> Object {
        Object {
            required: true,
            fields,
        }
    }

    /// `MISSING_CONFIG` when required and empty, then every field's issues
    /// added to `issues` (not yet finished, so a builtin can add its own).
    pub fn check_into(&self, issues: &mut Issues, config: &Config, pool: &mut Pool) -> Result<()> {
        if self.required {
            require_config(config)?;
        }
        for (name, field) in self.fields {
            let key = pool.sym(name);
            field.check(issues, name, config.get(key), pool);
        }
        Ok(())
    }

    /// Every field checked, the issues reported together.
    pub fn check(&self, config: &Config, pool: &mut Pool) -> Result<()> {
        let mut issues = Issues::default();
        self.check_into(&mut issues, config, pool)?;
        issues.finish()
    }

    /// The keys the schema names, in its order (what zod's parse keeps).
    pub fn pick(&self, config: &Config, pool: &mut Pool) -> Config {
        config.pick(pool, self.fields.iter().map(|(name, _)| *name))
    }

    /// [`Object::check`], then [`Object::pick`].
    pub fn validate(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        self.check(config, pool)?;
        Ok(self.pick(config, pool))
    }
}
