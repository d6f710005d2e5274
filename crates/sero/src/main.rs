//! `sero`: the command line. Thin glue: parse arguments (`cli`), run one command (one file per
//! subcommand in `commands/`), print. Exit codes: 0 success, 1 a check or budget failed,
//! 2 bad usage or bad input (the message on stderr, with a hint where one is known).

mod cli;
mod commands;
mod help;
mod i18n;
mod library;
mod output;
mod ui;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::FromArgMatches;
use sero_core::Arg;

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

/// The language asked for on the command line (`--lang cy`, `--lang=cy`), read before the
/// rest so that `--help` and clap's errors are already in it.
fn lang_flag(args: &[OsString]) -> Option<i18n::Lang> {
    let mut args = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            return None;
        }
        if arg == "--lang" {
            return args.next().and_then(|v| i18n::Lang::from_tag(&v));
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return i18n::Lang::from_tag(value);
        }
    }
    None
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    i18n::init(sero_i18n::resolve_lang(lang_flag(&args), |name| {
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
    let parsed = help::command()
        .try_get_matches_from(&args)
        .and_then(|matches| cli::Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() { 2 } else { 0 };
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    ui::init(cli.quiet, cli.verbose, cli.color);
    // Every reader's limits, raised (or lowered) by their variables (`SERO_LIMIT_FILE_SIZE`, …) before any reader runs.
    if let Err(message) = sero_limits::configure(|name| {
        sero_support::env::EnvVars::find(name).and_then(|var| var.get())
    }) {
        ui::error(&tr!("error-line", message = message));
        return ExitCode::from(2);
    }
    let started = std::time::Instant::now();
    ui::verbose(&tr!(
        "cli-verbose-settings",
        lang = i18n::localizer().lang().code(),
        width = output::layout::width()
    ));
    let outcome = commands::run(cli);
    ui::verbose(&tr!(
        "cli-verbose-done",
        seconds = Arg::Exact((started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0)
    ));
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(message)) => {
            ui::error(&message);
            ExitCode::from(2)
        }
        Err(Failure::Check(message)) => {
            ui::error(&message);
            ExitCode::from(1)
        }
    }
}
