//! Typed messages: what a library has to tell a person, as a value.
//!
//! A warning, an assumption, a finding, a summary sentence or an error hint is a [`Message`]: a
//! message id (the key of a Fluent catalogue entry) with typed arguments. Libraries build them
//! with [`msg!`]; only the edge (the command line, the web server) turns them into words, in the
//! reader's language, through `sero-i18n`. Code never looks at the words of a message: it
//! compares ids and arguments.
//!
//! This crate has no dependencies, so every library can use it, `sero-core` included.

use std::fmt;

/// A message id with its arguments, in the order they were given.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// A typed argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text shown as it is: a name given by the user, an id, a file name, a unit symbol.
    Text(String),
    /// A count: formatted with the language's digit grouping, and usable by the catalogue to
    /// choose a plural form.
    Count(i64),
    /// A measured or computed quantity: shown to three significant figures.
    Number(f64),
    /// A figure the reader must see exactly (a limit, a factor's value): shown in full.
    Exact(f64),
    /// A message inside a message (a translated name of an element, a unit, a reason).
    Message(Box<Message>),
}

impl Message {
    /// A message without arguments. Prefer [`msg!`], which the catalogue test can see.
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The catalogue id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The arguments, in the order given.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The argument called `name`.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

/// A neutral rendering for logs and tests: `id(name=value, …)`. People read messages through a
/// catalogue, never through this; `Message` has no `Display`, so a message cannot reach a
/// person's screen without being translated.
pub struct Neutral<'a>(&'a Message);

impl Message {
    /// The neutral rendering of the message, for logs and tests.
    pub fn neutral(&self) -> Neutral<'_> {
        Neutral(self)
    }
}

impl fmt::Display for Neutral<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let this = self.0;
        f.write_str(this.id)?;
        if this.args.is_empty() {
            return Ok(());
        }
        f.write_str("(")?;
        for (i, (name, arg)) in this.args.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{name}=")?;
            match arg {
                Arg::Text(t) => write!(f, "{t:?}")?,
                Arg::Count(n) => write!(f, "{n}")?,
                Arg::Number(x) | Arg::Exact(x) => write!(f, "{x}")?,
                Arg::Message(m) => write!(f, "{}", m.neutral())?,
            }
        }
        f.write_str(")")
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

impl From<f64> for Arg {
    fn from(value: f64) -> Self {
        Arg::Number(value)
    }
}

impl From<Message> for Arg {
    fn from(value: Message) -> Self {
        Arg::Message(Box::new(value))
    }
}

impl From<&Message> for Arg {
    fn from(value: &Message) -> Self {
        Arg::Message(Box::new(value.clone()))
    }
}

macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Count(i64::try_from(value).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_from!(i32, i64, u8, u16, u32, u64, usize);

/// Builds a [`Message`]: `msg!("id")` or `msg!("id", name = value, …)`.
///
/// Every message id in the code is written through this macro, so a test can find them all
/// and check them against the catalogues.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::Message::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::Message::new($id)$(.arg(stringify!($name), $value))+
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_keep_their_types_and_order() {
        let m = msg!(
            "x-y",
            name = "web",
            count = 3_usize,
            value = 2.5,
            inner = msg!("z")
        );
        assert_eq!(m.id(), "x-y");
        assert_eq!(m.get("name"), Some(&Arg::Text("web".into())));
        assert_eq!(m.get("count"), Some(&Arg::Count(3)));
        assert_eq!(m.get("value"), Some(&Arg::Number(2.5)));
        assert_eq!(m.get("inner"), Some(&Arg::Message(Box::new(msg!("z")))));
        assert_eq!(
            m.neutral().to_string(),
            "x-y(name=\"web\", count=3, value=2.5, inner=z)"
        );
    }

    #[test]
    fn counts_too_large_saturate_instead_of_wrapping() {
        assert_eq!(Arg::from(u64::MAX), Arg::Count(i64::MAX));
    }
}
