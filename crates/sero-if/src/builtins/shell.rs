//! `Shell`: IF runs a program the manifest names; sero refuses it.

use crate::builtin::{Builtin, Ctx};
use crate::config::Config;
use crate::error::{IfError, Result};
use crate::pool::Pool;
use crate::value::Obs;
use crate::zod::{Field, Object};

const SCHEMA: Object = Object::required(&[("command", Field::Str)]);

pub struct Shell;

impl Builtin for Shell {
    fn name(&self) -> &'static str {
        "Shell"
    }

    fn reshapes(&self) -> bool {
        true
    }

    fn refusal(&self, plugin: &str) -> Option<IfError> {
        Some(
            IfError::new(
                "PluginInitializationError",
                format!("Provided module `builtin:Shell` is invalid or not found. sero does not run the Shell builtin (plugin `{plugin}`)\n"),
            )
            .hint(sero_message::msg!("if-hint-shell-command")),
        )
    }

    fn validate_config(&self, config: &Config, pool: &mut Pool) -> Result<Config> {
        SCHEMA.check(config, pool)?;
        Err(IfError::new(
            "PluginInitializationError",
            "sero does not run the Shell builtin (it runs a program from the manifest)",
        )
        .hint(sero_message::msg!("if-hint-shell-program")))
    }

    fn execute(&self, _inputs: Vec<Obs>, _config: &Config, _ctx: &mut Ctx) -> Result<Vec<Obs>> {
        Err(IfError::new(
            "PluginInitializationError",
            "Shell is not supported",
        ))
    }
}
