//! `sero completions SHELL`: the shell's completion script, from the same definitions as
//! `--help`.

use super::print;
use crate::Failure;
use crate::cli::CompletionsArgs;

pub fn run(args: CompletionsArgs) -> Result<(), Failure> {
    let mut command = crate::help::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "sero", &mut script);
    print(&String::from_utf8_lossy(&script))
}
