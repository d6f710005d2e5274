//! Small things every sero crate shares, each in one place: the "did you mean" helper
//! ([`did_you_mean`]), the registry of the environment variables sero reads ([`env`]) and the
//! cache folder ([`cache_dir`]).
//!
//! Only [`env`] and [`cache_dir`] touch the process (its environment); [`suggest`] is pure.
//! The HTTP client lives in `sero-http`, so that crates without HTTP do not compile it.

pub mod env;
pub mod suggest;

pub use env::{EnvVars, Var, cache_dir, cache_dir_with};
pub use suggest::did_you_mean;
