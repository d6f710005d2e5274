//! Runs a command and works out the energy it used.
//!
//! **Measured (RAPL):** the selected powercap zones ([`crate::rapl::select`]) are read before
//! the command starts, every [`Options::sample_every`] while it runs (so a counter that wraps
//! is corrected each time) and after it ends. The command gets its share of that energy by CPU
//! time, as Kepler attributes node power to workloads (Kepler, "Power attribution guide",
//! `docs/developer/power-attribution-guide.md`,
//! <https://github.com/sustainable-computing-io/kepler>): active energy = machine energy ×
//! (busy CPU time ÷ all CPU time), and a workload gets active energy × (its CPU time ÷ busy CPU
//! time), which is machine energy × (its CPU time ÷ all CPU time, idle included). The idle
//! machine's energy is not the command's and is reported beside it. The command's CPU time is
//! that of the command and every descendant it waited for: the `cutime` and `cstime` of this
//! process in `/proc/self/stat` after the command has been waited for, the semantics of
//! `getrusage(RUSAGE_CHILDREN)`. The machine's is the `cpu` line of `/proc/stat`.
//!
//! **Modelled (TDP), when RAPL cannot be read** (most virtual machines, and `energy_uj` is
//! root-only on many kernels): CodeCarbon's constant model, which "assumes that 50% of the TDP
//! will be the average power" of a processor, applied to the command's share of the processor
//! by CPU time: energy = 0.5 × TDP × CPU seconds ÷ logical CPUs. The TDP is `--tdp` when given;
//! sero carries no table of processors, so otherwise it is CodeCarbon's default for a
//! processor it does not know, 4 W per logical CPU, or 85 W when the model cannot be read at
//! all. This is a model, not a measurement, and the result says so.

use std::path::PathBuf;
use std::process::{Command, ExitStatus};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use sero_message::{Arg, Message, msg};

use crate::procfs::{self, ProcError, TICKS_PER_SECOND};
use crate::rapl::{self, Meter, RaplError, Selection};
use crate::text;

pub use crate::constants::{Constant, DEFAULT_TDP, DEFAULT_TDP_PER_THREAD, TDP_FRACTION};

/// How to measure.
#[derive(Clone, Debug)]
pub struct Options {
    /// The powercap root (`/sys/class/powercap`).
    pub powercap_root: PathBuf,
    /// The proc root (`/proc`).
    pub proc_root: PathBuf,
    /// A TDP given by the user, in W.
    pub tdp_w: Option<f64>,
    pub selection: Selection,
    /// How often the RAPL counters are read while the command runs.
    pub sample_every: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            powercap_root: PathBuf::from("/sys/class/powercap"),
            proc_root: PathBuf::from("/proc"),
            tdp_w: None,
            selection: Selection::default(),
            sample_every: Duration::from_secs(1),
        }
    }
}

/// How the command ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    /// Killed by this signal.
    Signal(i32),
}

impl Exit {
    fn of(status: ExitStatus) -> Exit {
        if let Some(code) = status.code() {
            return Exit::Code(code);
        }
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            if let Some(signal) = status.signal() {
                return Exit::Signal(signal);
            }
        }
        Exit::Code(1)
    }

    pub fn success(self) -> bool {
        self == Exit::Code(0)
    }

    /// The exit code a shell would give: the code, or 128 + the signal.
    pub fn shell_code(self) -> i32 {
        match self {
            Exit::Code(code) => code,
            Exit::Signal(signal) => 128 + signal,
        }
    }
}

/// One zone's energy over the run.
#[derive(Clone, Debug, PartialEq)]
pub struct ZoneEnergy {
    pub id: String,
    pub name: String,
    pub joules: f64,
}

/// A RAPL measurement.
#[derive(Clone, Debug, PartialEq)]
pub struct Measured {
    pub zones: Vec<ZoneEnergy>,
    /// Energy of the selected zones over the run.
    pub machine_joules: f64,
    /// The machine's CPU time over the run, all CPUs, idle included, in seconds.
    pub machine_cpu_seconds: f64,
    /// The machine's busy CPU time over the run, in seconds.
    pub machine_busy_seconds: f64,
    /// The command's share of the machine's CPU time (0 to 1).
    pub share: f64,
    /// Counter wraps corrected.
    pub wraps: usize,
    /// Readings of the counters.
    pub readings: usize,
}

/// Where the TDP came from.
#[derive(Clone, Debug, PartialEq)]
pub enum TdpSource {
    /// `--tdp`.
    Given,
    /// CodeCarbon's per-logical-CPU default for an unknown model.
    PerLogicalCpu,
    /// CodeCarbon's default for an unidentified processor.
    Default,
}

/// A TDP model estimate.
#[derive(Clone, Debug, PartialEq)]
pub struct Modelled {
    pub tdp_w: f64,
    pub tdp_source: TdpSource,
    pub cpu_model: Option<String>,
    pub logical_cpus: usize,
    /// Why RAPL was not used.
    pub why_not_measured: Message,
}

/// How the energy was obtained.
#[derive(Clone, Debug, PartialEq)]
pub enum Method {
    Rapl(Measured),
    TdpModel(Modelled),
}

impl Method {
    pub fn key(&self) -> &'static str {
        match self {
            Method::Rapl(_) => "rapl",
            Method::TdpModel(_) => "tdp-model",
        }
    }
}

/// What a run used.
#[derive(Clone, Debug, PartialEq)]
pub struct Measurement {
    pub exit: Exit,
    pub duration_seconds: f64,
    pub cpu_user_seconds: f64,
    pub cpu_system_seconds: f64,
    /// The energy attributed to the command, in joules.
    pub joules: f64,
    pub method: Method,
    pub warnings: Vec<Message>,
    /// Statements the figure rests on that are not measurements.
    pub assumptions: Vec<Message>,
}

impl Measurement {
    pub fn cpu_seconds(&self) -> f64 {
        self.cpu_user_seconds + self.cpu_system_seconds
    }

    pub fn kwh(&self) -> f64 {
        self.joules / crate::JOULES_PER_KWH
    }
}

/// Why a command could not be measured.
#[derive(Debug, thiserror::Error)]
pub enum MeasureError {
    #[error("cannot run `{program}`: {reason}")]
    Spawn { program: String, reason: String },
    #[error(transparent)]
    Proc(#[from] ProcError),
    #[error("RAPL stopped being readable during the run: {0}")]
    Rapl(#[from] RaplError),
    #[error("--tdp {0}: a TDP is a positive number of watts")]
    Tdp(f64),
}

impl MeasureError {
    /// What went wrong, for the reader.
    pub fn message(&self) -> Message {
        match self {
            MeasureError::Spawn { program, reason } => {
                msg!("energy-error-spawn", program = program, reason = reason)
            }
            MeasureError::Proc(e) => e.message(),
            MeasureError::Rapl(e) => msg!("energy-error-rapl-stopped", error = e.message()),
            MeasureError::Tdp(tdp) => msg!("energy-error-tdp", tdp = Arg::Exact(*tdp)),
        }
    }

    pub fn hint(&self) -> Message {
        match self {
            MeasureError::Spawn { .. } => text::hint_spawn(),
            MeasureError::Proc(e) => e.hint(),
            MeasureError::Rapl(e) => e.hint(),
            MeasureError::Tdp(_) => text::hint_tdp(),
        }
    }
}

/// Starts RAPL metering, or says why it cannot.
fn start_meter(options: &Options) -> Result<Meter, RaplError> {
    let zones = rapl::discover(&options.powercap_root)?;
    let selected = rapl::select(&zones, options.selection);
    if selected.is_empty() {
        return Err(RaplError::NoZones {
            root: options.powercap_root.clone(),
        });
    }
    Meter::start(selected)
}

/// Runs `command` (its standard streams as the caller set them) and measures it.
pub fn run(mut command: Command, options: &Options) -> Result<Measurement, MeasureError> {
    if let Some(tdp) = options.tdp_w
        && !(tdp.is_finite() && tdp > 0.0)
    {
        return Err(MeasureError::Tdp(tdp));
    }
    let mut warnings = Vec::new();
    let mut meter = start_meter(options);
    let machine_before = procfs::machine_times(&options.proc_root)?;
    let self_before = procfs::process_times(&options.proc_root, "self")?;
    let started = Instant::now();
    let program = command.get_program().to_string_lossy().into_owned();
    let mut child = command.spawn().map_err(|e| MeasureError::Spawn {
        program,
        reason: e.to_string(),
    })?;
    let (sender, receiver) = mpsc::channel();
    let waiter = std::thread::spawn(move || {
        let status = child.wait();
        let _ = sender.send(());
        status
    });
    // A counter that stops being readable is reported after the command has ended, never by
    // leaving it running.
    let mut sample_error = None;
    while let Err(mpsc::RecvTimeoutError::Timeout) = receiver.recv_timeout(options.sample_every) {
        if let Ok(meter) = &mut meter
            && sample_error.is_none()
            && let Err(e) = meter.sample()
        {
            sample_error = Some(e);
        }
    }
    let status = waiter
        .join()
        .map_err(|_| MeasureError::Spawn {
            program: command.get_program().to_string_lossy().into_owned(),
            reason: "the thread waiting for it failed".to_owned(),
        })?
        .map_err(|e| MeasureError::Spawn {
            program: command.get_program().to_string_lossy().into_owned(),
            reason: e.to_string(),
        })?;
    if let Some(error) = sample_error {
        return Err(error.into());
    }
    if let Ok(meter) = &mut meter {
        meter.sample()?;
    }
    let duration_seconds = started.elapsed().as_secs_f64();
    let machine_after = procfs::machine_times(&options.proc_root)?;
    let self_after = procfs::process_times(&options.proc_root, "self")?;
    let cpu_user_seconds = self_after
        .children_user
        .saturating_sub(self_before.children_user) as f64
        / TICKS_PER_SECOND;
    let cpu_system_seconds = self_after
        .children_system
        .saturating_sub(self_before.children_system) as f64
        / TICKS_PER_SECOND;
    let cpu_seconds = cpu_user_seconds + cpu_system_seconds;
    if cpu_seconds == 0.0 {
        warnings.push(text::warn_no_cpu_time());
    }
    let mut assumptions = Vec::new();
    let (joules, method) = match meter {
        Ok(meter) => {
            if options.tdp_w.is_some() {
                warnings.push(text::warn_tdp_ignored());
            }
            let machine_cpu_seconds =
                machine_after.total.saturating_sub(machine_before.total) as f64 / TICKS_PER_SECOND;
            let machine_busy_seconds = machine_after.busy().saturating_sub(machine_before.busy())
                as f64
                / TICKS_PER_SECOND;
            let raw_share = if machine_cpu_seconds > 0.0 {
                cpu_seconds / machine_cpu_seconds
            } else {
                0.0
            };
            if raw_share > 1.0 {
                warnings.push(text::warn_share_clamped());
            }
            let share = raw_share.clamp(0.0, 1.0);
            let machine_joules = meter.joules();
            let zones = meter
                .zones()
                .iter()
                .zip(meter.zone_joules())
                .map(|(zone, joules)| ZoneEnergy {
                    id: zone.id.clone(),
                    name: zone.name.clone(),
                    joules,
                })
                .collect();
            (
                machine_joules * share,
                Method::Rapl(Measured {
                    zones,
                    machine_joules,
                    machine_cpu_seconds,
                    machine_busy_seconds,
                    share,
                    wraps: meter.wraps,
                    readings: meter.readings,
                }),
            )
        }
        Err(error) => {
            let info = procfs::cpu_info(&options.proc_root)?;
            let (tdp_w, tdp_source) = match (options.tdp_w, &info.model) {
                (Some(tdp), _) => (tdp, TdpSource::Given),
                (None, Some(model)) => {
                    let tdp = DEFAULT_TDP_PER_THREAD.value * info.logical_cpus as f64;
                    assumptions.push(text::assumed_tdp_per_thread(
                        model,
                        info.logical_cpus,
                        tdp,
                        &DEFAULT_TDP_PER_THREAD,
                    ));
                    (tdp, TdpSource::PerLogicalCpu)
                }
                (None, None) => {
                    assumptions.push(text::assumed_tdp_default(&DEFAULT_TDP));
                    (DEFAULT_TDP.value, TdpSource::Default)
                }
            };
            assumptions.push(text::assumed_tdp_fraction(&TDP_FRACTION));
            warnings.push(text::warn_model());
            let joules = TDP_FRACTION.value * tdp_w * cpu_seconds / info.logical_cpus as f64;
            (
                joules,
                Method::TdpModel(Modelled {
                    tdp_w,
                    tdp_source,
                    cpu_model: info.model,
                    logical_cpus: info.logical_cpus,
                    why_not_measured: msg!(
                        "energy-why-not-measured",
                        error = error.message(),
                        hint = error.hint()
                    ),
                }),
            )
        }
    };
    Ok(Measurement {
        exit: Exit::of(status),
        duration_seconds,
        cpu_user_seconds,
        cpu_system_seconds,
        joules,
        method,
        warnings,
        assumptions,
    })
}
