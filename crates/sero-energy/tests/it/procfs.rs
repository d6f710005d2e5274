use std::path::Path;

use sero_energy::procfs::{self, ProcError};

#[test]
fn machine_times_from_the_cpu_line() {
    let root = tempfile::tempdir().unwrap();
    std::fs::write(
        root.path().join("stat"),
        "cpu  100 5 20 1000 30 1 2 3 7 0\ncpu0 50 2 10 500 15 0 1 1 3 0\nintr 1 2\n",
    )
    .unwrap();
    let times = procfs::machine_times(root.path()).unwrap();
    // user..steal; guest (7) is inside user already.
    assert_eq!(times.total, 100 + 5 + 20 + 1000 + 30 + 1 + 2 + 3);
    assert_eq!(times.idle, 1030);
    assert_eq!(times.busy(), 131);
}

#[test]
fn a_garbled_stat_line_is_located() {
    let root = tempfile::tempdir().unwrap();
    std::fs::write(root.path().join("stat"), "intr 1\ncpu  1 x 3 4\n").unwrap();
    let error = procfs::machine_times(root.path()).unwrap_err();
    assert!(
        matches!(error, ProcError::Malformed { line: 2, .. }),
        "{error:?}"
    );
}

#[test]
fn process_times_after_a_command_name_with_spaces_and_parentheses() {
    let root = tempfile::tempdir().unwrap();
    std::fs::create_dir(root.path().join("42")).unwrap();
    std::fs::write(
        root.path().join("42/stat"),
        "42 (my (odd) cmd) S 1 42 42 0 -1 4194560 100 0 0 0 11 22 33 44 20 0 1 0 100 0 0\n",
    )
    .unwrap();
    let times = procfs::process_times(root.path(), "42").unwrap();
    assert_eq!(
        (
            times.user,
            times.system,
            times.children_user,
            times.children_system
        ),
        (11, 22, 33, 44)
    );
}

#[test]
fn this_machine_has_proc() {
    let proc_root = Path::new("/proc");
    let times = procfs::machine_times(proc_root).unwrap();
    assert!(times.total > times.busy());
    procfs::process_times(proc_root, "self").unwrap();
    let info = procfs::cpu_info(proc_root).unwrap();
    assert_eq!(
        info.logical_cpus,
        std::thread::available_parallelism().map_or(info.logical_cpus, |n| n.get())
    );
}

#[test]
fn cpu_model_and_count() {
    let root = tempfile::tempdir().unwrap();
    std::fs::write(
        root.path().join("cpuinfo"),
        "processor\t: 0\nmodel name\t: AMD EPYC 7R13 Processor\n\nprocessor\t: 1\nmodel name\t: AMD EPYC 7R13 Processor\n",
    )
    .unwrap();
    let info = procfs::cpu_info(root.path()).unwrap();
    assert_eq!(info.model.as_deref(), Some("AMD EPYC 7R13 Processor"));
    assert_eq!(info.logical_cpus, 2);
    std::fs::write(root.path().join("cpuinfo"), "Features: fp asimd\n").unwrap();
    assert!(procfs::cpu_info(root.path()).is_err());
}
