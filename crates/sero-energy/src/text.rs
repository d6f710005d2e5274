//! The messages of this crate (errors' hints, warnings, assumptions), as ids with typed
//! arguments; the command line renders them in the reader's language. A constant's
//! description and source are data (as a factor's are), passed as they are.

use sero_message::{Arg, Message, msg};

use crate::constants::Constant;

pub fn hint_no_rapl() -> Message {
    msg!("energy-hint-no-rapl")
}

pub fn hint_rapl_permission() -> Message {
    msg!("energy-hint-rapl-permission")
}

pub fn hint_rapl_malformed() -> Message {
    msg!("energy-hint-rapl-malformed")
}

pub fn hint_proc() -> Message {
    msg!("energy-hint-proc")
}

pub fn hint_spawn() -> Message {
    msg!("energy-hint-spawn")
}

pub fn hint_tdp() -> Message {
    msg!("energy-hint-tdp")
}

pub fn hint_fetch() -> Message {
    msg!("prometheus-hint-fetch")
}

pub fn warn_model() -> Message {
    msg!("energy-warning-modelled")
}

pub fn warn_tdp_ignored() -> Message {
    msg!("energy-warning-tdp-ignored")
}

pub fn warn_no_cpu_time() -> Message {
    msg!("energy-warning-no-cpu-time")
}

pub fn warn_share_clamped() -> Message {
    msg!("energy-warning-share-clamped")
}

/// A constant's source, as data: `what (publisher, title edition, url)`.
fn source(c: &Constant) -> String {
    format!(
        "{} ({}, {} {}, {})",
        c.what, c.publisher, c.title, c.edition, c.url
    )
}

/// The assumption of a TDP from the per-logical-CPU default.
pub fn assumed_tdp_per_thread(model: &str, cpus: usize, tdp: f64, c: &Constant) -> Message {
    msg!(
        "energy-assumed-tdp-per-thread",
        tdp = Arg::Exact(tdp),
        model = model,
        cpus = cpus,
        value = Arg::Exact(c.value),
        unit = c.unit,
        source = source(c)
    )
}

/// The assumption of the default TDP for an unidentified processor.
pub fn assumed_tdp_default(c: &Constant) -> Message {
    msg!(
        "energy-assumed-tdp-default",
        value = Arg::Exact(c.value),
        unit = c.unit,
        source = source(c)
    )
}

/// The assumption of the average power as a fraction of TDP.
pub fn assumed_tdp_fraction(c: &Constant) -> Message {
    msg!(
        "energy-assumed-tdp-fraction",
        value = Arg::Exact(c.value),
        source = source(c)
    )
}
