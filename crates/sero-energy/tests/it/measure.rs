//! Real commands measured through fake powercap and `/proc` trees that the command itself
//! updates, so the figures are known exactly.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use sero_energy::measure::{self, Exit, MeasureError, Method, Options, TdpSource};

use crate::zone;

const MAX: u64 = 262_143_328_850;

/// A fake `/proc`: the machine's CPU at `total` ticks (a quarter busy), and this process's
/// finished children at `children_user` + `children_system` ticks.
fn write_proc(root: &Path, total: u64, children_user: u64, children_system: u64) {
    std::fs::create_dir_all(root.join("self")).unwrap();
    let busy = total / 4;
    std::fs::write(
        root.join("stat"),
        format!("cpu  {busy} 0 0 {} 0 0 0 0 0 0\n", total - busy),
    )
    .unwrap();
    std::fs::write(
        root.join("self/stat"),
        format!(
            "7 (sero) S 1 7 7 0 -1 0 0 0 0 0 5 5 {children_user} {children_system} 20 0 1 0 1 0 0\n"
        ),
    )
    .unwrap();
    std::fs::write(
        root.join("cpuinfo"),
        "processor\t: 0\nmodel name\t: Example CPU 9000\nprocessor\t: 1\nmodel name\t: Example CPU 9000\n",
    )
    .unwrap();
}

/// A shell command that rewrites the fake `/proc` as `write_proc` would. (The counters are
/// replaced by renaming a new file over them, so that a reading never sees a half-written
/// file, which sysfs never shows either.)
fn proc_script(root: &Path, total: u64, children_user: u64, children_system: u64) -> String {
    let busy = total / 4;
    format!(
        "printf 'cpu  {busy} 0 0 {idle} 0 0 0 0 0 0\\n' > '{stat}'; \
         printf '7 (sero) S 1 7 7 0 -1 0 0 0 0 0 5 5 {children_user} {children_system} 20 0 1 0 1 0 0\\n' > '{self_stat}'",
        idle = total - busy,
        stat = root.join("stat").display(),
        self_stat = root.join("self/stat").display(),
    )
}

fn options(powercap: &Path, proc_root: &Path) -> Options {
    Options {
        powercap_root: powercap.to_owned(),
        proc_root: proc_root.to_owned(),
        tdp_w: None,
        selection: Default::default(),
        sample_every: Duration::from_millis(20),
    }
}

fn sh(script: &str) -> Command {
    let mut command = Command::new("sh");
    command.arg("-c").arg(script);
    command
}

#[test]
fn rapl_energy_is_shared_by_cpu_time() {
    let dir = tempfile::tempdir().unwrap();
    let (powercap, proc_root) = (dir.path().join("powercap"), dir.path().join("proc"));
    zone(&powercap, "intel-rapl:0", "package-0", 1_000_000, MAX);
    write_proc(&proc_root, 10_000, 0, 0);
    // Over the run: the package counts 4 J; the machine 1000 ticks (10 s of CPU time over all
    // CPUs); the command 150 ticks (1.5 s): 15% of the machine's CPU time.
    let script = format!(
        "echo 5000000 > '{c}.new' && mv '{c}.new' '{c}'; {p}",
        c = powercap.join("intel-rapl:0/energy_uj").display(),
        p = proc_script(&proc_root, 11_000, 100, 50)
    );
    let m = measure::run(sh(&script), &options(&powercap, &proc_root)).unwrap();
    assert_eq!(m.exit, Exit::Code(0));
    assert_eq!((m.cpu_user_seconds, m.cpu_system_seconds), (1.0, 0.5));
    let Method::Rapl(rapl) = &m.method else {
        panic!("expected RAPL: {:?}", m.method)
    };
    assert_eq!(rapl.machine_joules, 4.0);
    assert_eq!(rapl.machine_cpu_seconds, 10.0);
    assert_eq!(rapl.machine_busy_seconds, 2.5);
    assert_eq!(rapl.share, 0.15);
    assert!((m.joules - 0.6).abs() < 1e-12, "{}", m.joules);
    assert_eq!(rapl.zones.len(), 1);
    assert_eq!(rapl.zones[0].name, "package-0");
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
}

#[test]
fn a_wrap_during_the_run_is_corrected() {
    let dir = tempfile::tempdir().unwrap();
    let (powercap, proc_root) = (dir.path().join("powercap"), dir.path().join("proc"));
    // The counter starts 1 J below its wrap point; the command moves it past the wrap, to 2 J.
    // Whether a reading during the run sees the old value or the new one, the energy is the
    // same: one wrap, 3 J.
    zone(&powercap, "intel-rapl:0", "package-0", MAX - 1_000_000, MAX);
    write_proc(&proc_root, 10_000, 0, 0);
    let counter = powercap.join("intel-rapl:0/energy_uj");
    let script = format!(
        "echo 2000000 > '{c}.new' && mv '{c}.new' '{c}'; {}",
        proc_script(&proc_root, 10_100, 100, 0),
        c = counter.display(),
    );
    let m = measure::run(sh(&script), &options(&powercap, &proc_root)).unwrap();
    let Method::Rapl(rapl) = &m.method else {
        panic!("expected RAPL")
    };
    assert_eq!(rapl.wraps, 1);
    assert_eq!(rapl.machine_joules, 3.0);
    assert!(rapl.readings >= 2, "{}", rapl.readings);
    // 1 s of the machine's 1 s: all of it.
    assert_eq!(rapl.share, 1.0);
    assert_eq!(m.joules, 3.0);
}

#[test]
fn without_rapl_the_tdp_model_is_used_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let proc_root = dir.path().join("proc");
    write_proc(&proc_root, 10_000, 0, 0);
    let script = proc_script(&proc_root, 10_400, 150, 50);
    let m = measure::run(
        sh(&script),
        &options(&dir.path().join("no-powercap"), &proc_root),
    )
    .unwrap();
    let Method::TdpModel(model) = &m.method else {
        panic!("expected the TDP model")
    };
    // CodeCarbon's default for an unknown model: 4 W × 2 logical CPUs = 8 W; average power
    // 50% of TDP over the command's share of the CPUs: 0.5 × 8 W × 2 s ÷ 2 = 4 J.
    assert_eq!(model.tdp_source, TdpSource::PerLogicalCpu);
    assert_eq!(model.tdp_w, 8.0);
    assert_eq!(model.cpu_model.as_deref(), Some("Example CPU 9000"));
    assert_eq!(m.joules, 4.0);
    let why = model.why_not_measured.neutral().to_string();
    assert!(
        why.starts_with("energy-why-not-measured(error=energy-error-no-rapl("),
        "{why}"
    );
    assert!(
        m.warnings
            .iter()
            .any(|w| w.id() == "energy-warning-modelled"),
        "{:?}",
        m.warnings
    );
    assert!(
        m.assumptions
            .iter()
            .any(|a| a.id() == "energy-assumed-tdp-per-thread"
                && a.neutral()
                    .to_string()
                    .contains("unit=\"W per logical CPU\"")),
        "{:?}",
        m.assumptions
    );

    // A TDP given by the user.
    write_proc(&proc_root, 10_000, 0, 0);
    let mut given = options(&dir.path().join("no-powercap"), &proc_root);
    given.tdp_w = Some(100.0);
    let m = measure::run(sh(&script), &given).unwrap();
    let Method::TdpModel(model) = &m.method else {
        panic!("expected the TDP model")
    };
    assert_eq!(model.tdp_source, TdpSource::Given);
    assert_eq!(m.joules, 0.5 * 100.0 * 2.0 / 2.0);
}

#[test]
fn exit_codes_and_signals_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let opts = options(&dir.path().join("none"), Path::new("/proc"));
    let m = measure::run(sh("exit 3"), &opts).unwrap();
    assert_eq!(m.exit, Exit::Code(3));
    assert_eq!(m.exit.shell_code(), 3);
    let m = measure::run(sh("kill -9 $$"), &opts).unwrap();
    assert_eq!(m.exit, Exit::Signal(9));
    assert_eq!(m.exit.shell_code(), 137);
}

#[test]
fn real_cpu_time_of_a_busy_command_is_counted() {
    let dir = tempfile::tempdir().unwrap();
    let opts = options(&dir.path().join("none"), Path::new("/proc"));
    // A fixed amount of work (200,000 shell additions, about 0.3 s of CPU here) in a grandchild
    // (sh → sh): waited for, so counted, however busy the machine is.
    let m = measure::run(
        sh("sh -c 'i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done'"),
        &opts,
    )
    .unwrap();
    assert!(m.cpu_seconds() >= 0.05, "cpu {} s", m.cpu_seconds());
    assert!(m.duration_seconds >= m.cpu_seconds() / 2.0);
    assert!(m.joules > 0.0);
}

#[test]
fn a_missing_program_and_a_bad_tdp_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let mut opts = options(&dir.path().join("none"), Path::new("/proc"));
    let error = measure::run(Command::new("sero-no-such-program"), &opts).unwrap_err();
    assert!(
        matches!(error, MeasureError::Spawn { ref program, .. } if program == "sero-no-such-program")
    );
    opts.tdp_w = Some(-5.0);
    assert!(matches!(
        measure::run(sh("true"), &opts),
        Err(MeasureError::Tdp(_))
    ));
}
