//! `--help` in the reader's language: the summaries of every command and the help of the main
//! commands' arguments come from the catalogues, and so do the headings clap writes.
//!
//! clap's derive attributes keep English doc comments (they document the code); what a person
//! reads is replaced here from the catalogue, for English and Welsh alike.

use clap::{Command, CommandFactory};
use sero_core::{Message, msg};

use crate::cli::Cli;
use crate::i18n::tr;

/// The commands whose every argument's help is in the catalogue.
#[cfg(test)]
const MAIN_COMMANDS: [&str; 4] = ["estimate", "compare", "check", "init"];

/// The summary of a (sub)command, by its path (`""` for sero itself, `"import cloud"`).
fn about(path: &str) -> Option<Message> {
    if path == "help" || path.ends_with(" help") {
        return Some(msg!("help-help"));
    }
    Some(match path {
        "" => msg!("help-sero"),
        "estimate" => msg!("help-estimate"),
        "compare" => msg!("help-compare"),
        "page" => msg!("help-page"),
        "journey" => msg!("help-journey"),
        "check" => msg!("help-check"),
        "init" => msg!("help-init"),
        "models" => msg!("help-models"),
        "factors" => msg!("help-factors"),
        "schema" => msg!("help-schema"),
        "transfer" => msg!("help-transfer"),
        "grid" => msg!("help-grid"),
        "if" => msg!("help-if"),
        "sci" => msg!("help-sci"),
        "import" => msg!("help-import"),
        "energy" => msg!("help-energy"),
        "completions" => msg!("help-completions"),
        "man" => msg!("help-man"),
        "serve" => msg!("help-serve"),
        "admin" => msg!("help-admin"),
        "admin setup-link" => msg!("help-admin-setup-link"),
        "admin create-user" => msg!("help-admin-create-user"),
        "admin create-org" => msg!("help-admin-create-org"),
        "admin add-member" => msg!("help-admin-add-member"),
        "admin create-token" => msg!("help-admin-create-token"),
        "backup" => msg!("help-backup"),
        "push" => msg!("help-push"),
        "pull" => msg!("help-pull"),
        _ => return None,
    })
}

/// The help of an argument: the command's own first, then the meaning every command shares.
fn argument(command: &str, id: &str) -> Option<Message> {
    Some(match (command, id) {
        ("estimate", "manifest") | ("compare", "manifest") | ("check", "manifest") => {
            msg!("help-arg-manifest")
        }
        ("estimate", "format") => msg!("help-estimate-format"),
        ("estimate", "explain") => msg!("help-estimate-explain"),
        ("estimate", "accounting") => msg!("help-estimate-accounting"),
        ("estimate", "api_url") => msg!("help-estimate-api-url"),
        ("estimate", "offline") => msg!("help-estimate-offline"),
        ("compare", "shifts") => msg!("help-compare-shift"),
        ("compare", "chart") => msg!("help-compare-chart"),
        ("compare", "format") => msg!("help-compare-format"),
        ("init", "service") => msg!("help-init-service"),
        ("init", "output") => msg!("help-init-output"),
        ("serve", "listen") => msg!("help-serve-listen"),
        ("serve", "public_url") | ("setup-link", "public_url") => msg!("help-serve-public-url"),
        ("serve", "allow_private_addresses") => msg!("help-serve-allow-private"),
        ("serve", "demo") => msg!("help-serve-demo"),
        ("serve", "log_format") => msg!("help-serve-log-format"),
        (_, "database") => msg!("help-arg-database"),
        (_, "config") => msg!("help-arg-config"),
        ("backup", "destination") => msg!("help-backup-destination"),
        (_, "output") => msg!("help-arg-output"),
        (_, "grid") => msg!("help-arg-grid"),
        (_, "country") => msg!("help-arg-country"),
        (_, "unit") => msg!("help-arg-unit"),
        (_, "wide") => msg!("help-arg-wide"),
        (_, "samples") => msg!("help-arg-samples"),
        (_, "seed") => msg!("help-arg-seed"),
        (_, "files") => msg!("help-arg-factors"),
        (_, "lang") => msg!("help-arg-lang"),
        (_, "quiet") => msg!("help-arg-quiet"),
        (_, "verbose") => msg!("help-arg-verbose"),
        (_, "color") => msg!("help-arg-color"),
        (_, "help") => msg!("help-arg-help"),
        (_, "version") => msg!("help-arg-version"),
        _ => return None,
    })
}

/// sero's command line with every summary and the main commands' help in the reader's
/// language.
pub fn command() -> Command {
    let mut command = Cli::command();
    command.build();
    localize(command, "")
}

fn localize(mut command: Command, path: &str) -> Command {
    if let Some(message) = about(path) {
        let text = tr(&message);
        command = command.about(text.clone()).long_about(text);
    }
    if path == "serve" {
        let after = tr(&msg!("help-serve-after"));
        command = command.after_help(after.clone()).after_long_help(after);
    }
    let name = path.rsplit(' ').next().unwrap_or("");
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let help = argument(name, &id).or_else(|| {
            // `--format` of any command: its own values and default, named in the words.
            (id == "format")
                .then(|| command.get_arguments().find(|a| a.get_id() == "format"))
                .flatten()
                .map(format_help)
        });
        let positional = command
            .get_arguments()
            .find(|a| a.get_id() == id.as_str())
            .is_some_and(|a| a.is_positional());
        command = command.mut_arg(id.as_str(), |arg| {
            let arg = match help {
                // The catalogue's words name the values and the default themselves: clap's
                // "[default: …]" and "[possible values: …]" would be English.
                Some(message) => {
                    let text = tr(&message);
                    arg.help(text.clone())
                        .long_help(text)
                        .hide_possible_values(true)
                        .hide_default_value(true)
                }
                None => arg,
            };
            if positional {
                arg.help_heading(tr(&msg!("help-heading-arguments")))
            } else {
                arg.help_heading(tr(&msg!("help-heading-options")))
            }
        });
    }
    command = command
        .subcommand_help_heading(tr(&msg!("help-heading-commands")))
        .help_template(tr(&msg!(
            "help-template",
            usage = "{usage}",
            about = "{about-with-newline}",
            arguments = "{all-args}",
            after = "{after-help}"
        )));
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let child = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        command = command.mut_subcommand(name.as_str(), |sub| localize(sub, &child));
    }
    command
}

/// The help of a command's `--format`: the formats it offers and its default.
fn format_help(arg: &clap::Arg) -> Message {
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .map(|v| v.get_name().to_owned())
        .collect();
    let default = arg
        .get_default_values()
        .first()
        .map(|v| v.to_string_lossy().into_owned())
        .unwrap_or_default();
    msg!(
        "help-arg-format",
        formats = values.join(", "),
        default = default
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every argument of the main commands, and every command's summary, has its words in
    /// the catalogue, so `--help` never falls back to English in Welsh.
    #[test]
    fn the_main_commands_are_wholly_in_the_catalogue() {
        let mut command = Cli::command();
        command.build();
        let mut missing = Vec::new();
        for sub in command.get_subcommands() {
            let name = sub.get_name();
            if about(name).is_none() {
                missing.push(format!("the summary of `{name}`"));
            }
            if !MAIN_COMMANDS.contains(&name) {
                continue;
            }
            let mut sub = sub.clone();
            sub.build();
            for arg in sub.get_arguments() {
                if argument(name, arg.get_id().as_str()).is_none() {
                    missing.push(format!("`{name} {}`", arg.get_id()));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "no help in the catalogue for {missing:?}"
        );
    }
}
