//! What sero says on standard error besides errors: warnings, notes of `--verbose`, and
//! colour. `--quiet` silences warnings and notes; colour is used on a terminal unless
//! `NO_COLOR` is set (https://no-color.org), or as `--color` says.

use std::io::IsTerminal;
use std::sync::OnceLock;

use sero_support::env::EnvVars;

use crate::cli::ColorWhen;
use crate::tr;

struct Ui {
    quiet: bool,
    verbose: bool,
    color: bool,
}

static UI: OnceLock<Ui> = OnceLock::new();

fn ui() -> &'static Ui {
    UI.get_or_init(|| Ui {
        quiet: false,
        verbose: false,
        color: false,
    })
}

/// Whether to colour standard error, given `--color` and the environment.
pub fn color_wanted(when: ColorWhen, stderr_is_terminal: bool, no_color: bool) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => stderr_is_terminal && !no_color,
    }
}

/// Sets the options of this run (the first call wins).
pub fn init(quiet: bool, verbose: bool, color: ColorWhen) {
    let color = color_wanted(
        color,
        std::io::stderr().is_terminal(),
        EnvVars::NO_COLOR.get().is_some(),
    );
    let _ = UI.set(Ui {
        quiet,
        verbose,
        color,
    });
}

/// Whether progress is drawn: only on a terminal, and never with `--quiet`.
pub fn progress_shown(stderr_is_terminal: bool, quiet: bool) -> bool {
    stderr_is_terminal && !quiet
}

/// A progress bar on standard error for long work (several pages, a large bill or
/// manifest), drawn only when standard error is a terminal; otherwise nothing at all, so logs
/// and pipes never see it.
pub struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    /// Progress through `total` items (pages, steps).
    pub fn items(total: u64, what: &str) -> Progress {
        Progress::new(Some(total), what, "{msg} [{bar:30}] {pos}/{len} ({eta})")
    }

    /// A count of things done when their total is not known (the lines of a bill being
    /// read), with its rate.
    pub fn counter(what: &str) -> Progress {
        Progress::new(None, what, "{spinner} {msg} {human_pos} ({per_sec})")
    }

    /// Work whose progress cannot be counted (a manifest being run): a spinner and the time.
    pub fn spinner(what: &str) -> Progress {
        Progress::new(None, what, "{spinner} {msg} ({elapsed})")
    }

    fn new(total: Option<u64>, what: &str, template: &str) -> Progress {
        if !progress_shown(std::io::stderr().is_terminal(), ui().quiet) {
            return Progress(None);
        }
        let bar = indicatif::ProgressBar::with_draw_target(
            total,
            indicatif::ProgressDrawTarget::stderr(),
        );
        if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(what.to_owned());
        if total.is_none() {
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
        }
        Progress(Some(bar))
    }

    /// One more item done, `what` being the one just finished (shown, shortened, beside the
    /// bar).
    pub fn step(&self, what: &str) {
        if let Some(bar) = &self.0 {
            bar.set_message(crate::output::layout::truncate(what, 40));
            bar.inc(1);
        }
    }

    /// How many are done so far.
    pub fn set(&self, position: u64) {
        if let Some(bar) = &self.0 {
            bar.set_position(position);
        }
    }

    /// Clears the bar, leaving the terminal as it was.
    pub fn finish(self) {
        if let Some(bar) = self.0 {
            bar.finish_and_clear();
        }
    }
}

/// Paints the leading `error:`/`warning:`/`hint:` words of a line (as the catalogue writes
/// them) when colour is on.
pub fn paint(line: &str) -> String {
    if !ui().color {
        return line.to_owned();
    }
    let Some((head, rest)) = line.split_once(": ") else {
        return line.to_owned();
    };
    let code = if head.ends_with(&tr!("cli-word-error")) {
        "1;31"
    } else if head.ends_with(&tr!("cli-word-warning")) {
        "1;33"
    } else if head.ends_with(&tr!("cli-word-hint")) {
        "1;36"
    } else {
        return line.to_owned();
    };
    format!("\u{1b}[{code}m{head}:\u{1b}[0m {rest}")
}

/// A warning on standard error, unless `--quiet`.
pub fn warn(message: &sero_core::Message) {
    if !ui().quiet {
        eprintln!("{}", paint(&tr!("cli-warning", warning = message.clone())));
    }
}

/// A note of `--verbose` on standard error.
pub fn verbose(text: &str) {
    if ui().verbose && !ui().quiet {
        eprintln!("{text}");
    }
}

/// Writes an error (and its hints) on standard error, each line painted.
pub fn error(text: &str) {
    for line in text.trim_end().lines() {
        eprintln!("{}", paint(line));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_only_on_a_terminal_and_never_when_quiet() {
        assert!(progress_shown(true, false));
        assert!(!progress_shown(false, false));
        assert!(!progress_shown(true, true));
        // Off a terminal the bar draws nothing and its calls do nothing.
        let progress = Progress(None);
        progress.step("https://example.org/");
        progress.set(5);
        progress.finish();
    }

    #[test]
    fn colour_follows_the_flag_then_the_terminal_and_no_color() {
        assert!(color_wanted(ColorWhen::Always, false, true));
        assert!(!color_wanted(ColorWhen::Never, true, false));
        assert!(color_wanted(ColorWhen::Auto, true, false));
        assert!(!color_wanted(ColorWhen::Auto, true, true));
        assert!(!color_wanted(ColorWhen::Auto, false, false));
    }
}
