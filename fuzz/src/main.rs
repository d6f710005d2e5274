//! `sero-fuzz-afl TARGET`: runs one of sero-fuzz's targets under AFL (persistent mode), one
//! input from standard input at a time. `sero-fuzz-afl --list` names the targets.

fn main() {
    let name = std::env::args().nth(1).unwrap_or_default();
    if name == "--list" {
        for (name, _) in sero_fuzz::TARGETS {
            println!("{name}");
        }
        return;
    }
    let Some(target) = sero_fuzz::target(&name) else {
        eprintln!("usage: sero-fuzz-afl TARGET (sero-fuzz-afl --list names them)");
        std::process::exit(2);
    };
    afl::fuzz!(|data: &[u8]| target(data));
}
