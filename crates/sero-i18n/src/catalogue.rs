//! Checks that the catalogues and the code agree: every message id the code uses is in every
//! catalogue, no catalogue keeps an id the code no longer uses, and a message's placeables
//! (`{ $name }`) are the same in every language, so a translator can neither drop an argument
//! nor invent one.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::Lang;

/// One disagreement between the code and a catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueProblem {
    /// The catalogue does not parse.
    Syntax {
        lang: Lang,
        line: usize,
        text: String,
    },
    /// The code uses `id`; the catalogue lacks it.
    Missing { lang: Lang, id: String },
    /// The catalogue has `id`; no code uses it.
    Unused { lang: Lang, id: String },
    /// The message refers to a message or term the catalogue lacks.
    Dangling {
        lang: Lang,
        id: String,
        reference: String,
    },
    /// The two languages' placeables differ.
    Placeables {
        id: String,
        english: BTreeSet<String>,
        welsh: BTreeSet<String>,
    },
}

// For developers running the test suite, not for the people sero reports to.
impl fmt::Display for CatalogueProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogueProblem::Syntax { lang, line, text } => {
                write!(f, "{}.ftl:{line}: does not parse: {text}", lang.code())
            }
            CatalogueProblem::Missing { lang, id } => {
                write!(
                    f,
                    "`{id}` is used in code but missing from {}.ftl",
                    lang.code()
                )
            }
            CatalogueProblem::Unused { lang, id } => {
                write!(f, "`{id}` is in {}.ftl but no code uses it", lang.code())
            }
            CatalogueProblem::Dangling {
                lang,
                id,
                reference,
            } => write!(
                f,
                "`{id}` in {}.ftl refers to `{reference}`, which is not there",
                lang.code()
            ),
            CatalogueProblem::Placeables { id, english, welsh } => write!(
                f,
                "`{id}` has placeables {english:?} in en.ftl but {welsh:?} in cy.ftl"
            ),
        }
    }
}

/// The message ids written as `msg!("id"` or `tr!("id"` (the two macros that name a catalogue
/// message) in a Rust source file, outside comments.
pub fn message_ids_in_source(source: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for name in ["msg!(", "tr!("] {
        let mut from = 0;
        while let Some(at) = source[from..].find(name) {
            let start = from + at;
            from = start + name.len();
            let preceded = source[..start]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
            let in_comment = source[line_start..start].contains("//");
            if preceded || in_comment {
                continue;
            }
            let rest = source[from..].trim_start();
            if let Some(literal) = rest.strip_prefix('"')
                && let Some(end) = literal.find('"')
            {
                ids.push(literal[..end].to_owned());
            }
        }
    }
    ids
}

struct Catalogue {
    /// Message id → the variables its value and attributes use.
    messages: BTreeMap<String, BTreeSet<String>>,
    /// Message id → the messages and terms it refers to.
    references: BTreeMap<String, BTreeSet<String>>,
    terms: BTreeSet<String>,
}

fn read(lang: Lang, source: &str, problems: &mut Vec<CatalogueProblem>) -> Catalogue {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                let line = source[..error.pos.start.min(source.len())]
                    .lines()
                    .count()
                    .max(1);
                problems.push(CatalogueProblem::Syntax {
                    lang,
                    line,
                    text: error.kind.to_string(),
                });
            }
            resource
        }
    };
    let mut catalogue = Catalogue {
        messages: BTreeMap::new(),
        references: BTreeMap::new(),
        terms: BTreeSet::new(),
    };
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let mut uses = Uses::default();
                if let Some(value) = &message.value {
                    uses.pattern(value);
                }
                for attribute in &message.attributes {
                    uses.pattern(&attribute.value);
                }
                let id = message.id.name.to_owned();
                catalogue.messages.insert(id.clone(), uses.variables);
                catalogue.references.insert(id, uses.references);
            }
            Entry::Term(term) => {
                catalogue.terms.insert(format!("-{}", term.id.name));
            }
            Entry::Junk { content } => {
                let at = source.find(content).unwrap_or(0);
                problems.push(CatalogueProblem::Syntax {
                    lang,
                    line: source[..at].lines().count() + 1,
                    text: content.lines().next().unwrap_or("").to_owned(),
                });
            }
            _ => {}
        }
    }
    catalogue
}

#[derive(Default)]
struct Uses {
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
}

impl Uses {
    fn pattern(&mut self, pattern: &Pattern<&str>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &Expression<&str>) {
        match expression {
            Expression::Select { selector, variants } => {
                self.inline(selector);
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
            Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &InlineExpression<&str>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_owned());
            }
            InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            InlineExpression::MessageReference { id, .. } => {
                self.references.insert(id.name.to_owned());
            }
            InlineExpression::TermReference { id, arguments, .. } => {
                self.references.insert(format!("-{}", id.name));
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            InlineExpression::Placeable { expression } => self.expression(expression),
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&str>) {
        for positional in &arguments.positional {
            self.inline(positional);
        }
        for named in &arguments.named {
            self.inline(&named.value);
        }
    }
}

/// Every problem between the ids `used` by the code and the English and Welsh catalogues.
pub fn check_catalogues(
    used: &BTreeSet<String>,
    english: &str,
    welsh: &str,
) -> Vec<CatalogueProblem> {
    let mut problems = Vec::new();
    let catalogues = [
        (Lang::En, read(Lang::En, english, &mut problems)),
        (Lang::Cy, read(Lang::Cy, welsh, &mut problems)),
    ];
    for (lang, catalogue) in &catalogues {
        for id in used {
            if !catalogue.messages.contains_key(id) {
                problems.push(CatalogueProblem::Missing {
                    lang: *lang,
                    id: id.clone(),
                });
            }
        }
        for id in catalogue.messages.keys() {
            // A message only other messages refer to is in use through them.
            let referred = catalogue.references.values().any(|r| r.contains(id));
            if !used.contains(id) && !referred {
                problems.push(CatalogueProblem::Unused {
                    lang: *lang,
                    id: id.clone(),
                });
            }
        }
        for (id, references) in &catalogue.references {
            for reference in references {
                let known = if reference.starts_with('-') {
                    catalogue.terms.contains(reference)
                } else {
                    catalogue.messages.contains_key(reference)
                };
                if !known {
                    problems.push(CatalogueProblem::Dangling {
                        lang: *lang,
                        id: id.clone(),
                        reference: reference.clone(),
                    });
                }
            }
        }
    }
    let (english, welsh) = (&catalogues[0].1, &catalogues[1].1);
    for (id, english_variables) in &english.messages {
        if let Some(welsh_variables) = welsh.messages.get(id)
            && english_variables != welsh_variables
        {
            problems.push(CatalogueProblem::Placeables {
                id: id.clone(),
                english: english_variables.clone(),
                welsh: welsh_variables.clone(),
            });
        }
    }
    problems
}
