//! `sero`: the command line. Thin glue: parse arguments (`cli`), run one command (one file per
//! subcommand in `commands/`), print. Exit codes: 0 success, 1 a check or budget failed,
//! 2 bad usage or bad input (the message on stderr, with a hint where one is known).

mod cli;
mod commands;
mod i18n;
mod library;
mod output;
mod text;

use std::process::ExitCode;

use clap::Parser;

/// An error that decides the exit code.
#[derive(Debug)]
pub enum Failure {
    /// Bad usage or bad input: exit 2.
    Input(String),
    /// A check that ran and failed: exit 1.
    Check(String),
}

impl Failure {
    pub fn input(message: impl Into<String>) -> Self {
        Failure::Input(message.into())
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        Failure::Input(crate::tr!("error-line", message = error.to_string()))
    }
}

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() { 2 } else { 0 };
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    let flag = cli.lang.map(|lang| match lang {
        cli::LangArg::En => i18n::Lang::En,
        cli::LangArg::Cy => i18n::Lang::Cy,
    });
    i18n::init(sero_i18n::resolve_lang(flag, |name| {
        use sero_support::env::EnvVars;
        [
            EnvVars::SERO_LANG,
            EnvVars::LC_ALL,
            EnvVars::LC_MESSAGES,
            EnvVars::LANG,
        ]
        .into_iter()
        .find(|var| var.name() == name)
        .and_then(|var| var.get())
    }));
    match commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(message)) => {
            eprintln!("{}", message.trim_end());
            ExitCode::from(2)
        }
        Err(Failure::Check(message)) => {
            eprintln!("{}", message.trim_end());
            ExitCode::from(1)
        }
    }
}
