//! CPU time and the CPU model from `/proc` (proc(5), <https://man7.org/linux/man-pages/man5/proc.5.html>).
//!
//! Times in `/proc/stat` and `/proc/<pid>/stat` are in clock ticks of `USER_HZ`, which Linux
//! fixes at 100 per second on every architecture it exports to user space (`sysconf(_SC_CLK_TCK)`
//! returns it; sero reads it without `libc`, as a constant): a resolution of 10 ms.

use std::path::{Path, PathBuf};

use sero_message::{Message, msg};

use crate::text;

/// Clock ticks per second in `/proc` (`USER_HZ`).
pub const TICKS_PER_SECOND: f64 = 100.0;

/// Why `/proc` could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ProcError {
    #[error("cannot read `{}`: {reason}", path.display())]
    Unreadable { path: PathBuf, reason: String },
    #[error("`{}` line {line}: {}", path.display(), reason.neutral())]
    Malformed {
        path: PathBuf,
        line: usize,
        reason: Message,
    },
}

impl ProcError {
    /// What went wrong, for the reader.
    pub fn message(&self) -> Message {
        match self {
            ProcError::Unreadable { path, reason } => msg!(
                "energy-error-cannot-read",
                path = path.display().to_string(),
                reason = reason
            ),
            ProcError::Malformed { path, line, reason } => msg!(
                "energy-error-proc-malformed",
                path = path.display().to_string(),
                line = *line,
                reason = reason.clone()
            ),
        }
    }

    pub fn hint(&self) -> Message {
        text::hint_proc()
    }
}

fn read(path: &Path) -> Result<String, ProcError> {
    std::fs::read_to_string(path).map_err(|e| ProcError::Unreadable {
        path: path.to_owned(),
        reason: e.to_string(),
    })
}

/// The machine's CPU time over all CPUs, from the `cpu` line of `/proc/stat`, in ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MachineTimes {
    /// user + nice + system + idle + iowait + irq + softirq + steal (guest time is already
    /// inside user and nice, so it is not added again).
    pub total: u64,
    /// idle + iowait.
    pub idle: u64,
}

impl MachineTimes {
    pub fn busy(&self) -> u64 {
        self.total.saturating_sub(self.idle)
    }
}

/// Reads `<proc_root>/stat`.
pub fn machine_times(proc_root: &Path) -> Result<MachineTimes, ProcError> {
    let path = proc_root.join("stat");
    let content = read(&path)?;
    let malformed = |line: usize, reason: Message| ProcError::Malformed {
        path: path.clone(),
        line,
        reason,
    };
    let (index, line) = content
        .lines()
        .enumerate()
        .find(|(_, l)| l.split_whitespace().next() == Some("cpu"))
        .ok_or_else(|| malformed(1, msg!("energy-proc-no-cpu-line")))?;
    let fields: Vec<u64> = line
        .split_whitespace()
        .skip(1)
        .map(|f| f.parse::<u64>())
        .collect::<Result<_, _>>()
        .map_err(|_| malformed(index + 1, msg!("energy-proc-cpu-not-ticks")))?;
    if fields.len() < 4 {
        return Err(malformed(index + 1, msg!("energy-proc-cpu-too-short")));
    }
    let field = |i: usize| fields.get(i).copied().unwrap_or(0);
    let total = (0..8).map(field).sum();
    Ok(MachineTimes {
        total,
        idle: field(3) + field(4),
    })
}

/// User and system CPU time of a process, and of its children that it has waited for, from
/// `/proc/<pid>/stat` (fields 14–17: utime, stime, cutime, cstime), in ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ProcessTimes {
    pub user: u64,
    pub system: u64,
    pub children_user: u64,
    pub children_system: u64,
}

/// Reads `<proc_root>/<pid>/stat` (`pid` may be `self`).
pub fn process_times(proc_root: &Path, pid: &str) -> Result<ProcessTimes, ProcError> {
    let path = proc_root.join(pid).join("stat");
    let content = read(&path)?;
    let malformed = |reason: Message| ProcError::Malformed {
        path: path.clone(),
        line: 1,
        reason,
    };
    // The command name (field 2) is in parentheses and may hold spaces and parentheses: the
    // fields after it start after the last `)`.
    let after = content
        .rfind(')')
        .map(|i| &content[i + 1..])
        .ok_or_else(|| malformed(msg!("energy-proc-no-parenthesis")))?;
    let fields: Vec<&str> = after.split_whitespace().collect();
    // `after` starts at field 3 (state); utime is field 14.
    let number = |field: usize| -> Result<u64, ProcError> {
        fields
            .get(field - 3)
            .and_then(|f| f.parse().ok())
            .ok_or_else(|| malformed(msg!("energy-proc-field-not-ticks", field = field)))
    };
    Ok(ProcessTimes {
        user: number(14)?,
        system: number(15)?,
        children_user: number(16)?,
        children_system: number(17)?,
    })
}

/// What `/proc/cpuinfo` says about the processor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CpuInfo {
    /// The first `model name` (None when the kernel gives none, as on some ARM machines).
    pub model: Option<String>,
    /// Logical CPUs (`processor` entries).
    pub logical_cpus: usize,
}

/// Reads `<proc_root>/cpuinfo`.
pub fn cpu_info(proc_root: &Path) -> Result<CpuInfo, ProcError> {
    let path = proc_root.join("cpuinfo");
    let content = read(&path)?;
    let mut model = None;
    let mut logical_cpus = 0;
    for line in content.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        match key.trim() {
            "processor" => logical_cpus += 1,
            "model name" if model.is_none() => model = Some(value.trim().to_owned()),
            _ => {}
        }
    }
    if logical_cpus == 0 {
        return Err(ProcError::Malformed {
            path,
            line: 1,
            reason: msg!("energy-proc-no-processor"),
        });
    }
    Ok(CpuInfo {
        model,
        logical_cpus,
    })
}
