//! `sero if`: run Impact Framework manifests (`if run`, like `if-run`) and
//! compare output manifests (`if diff`, like `if-diff`).

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use sero_if::diff::Compare;
use sero_if::emit::Emitter;
use sero_if::pool::Pool;
use sero_if::value::{At, Value};
use sero_manifest::diagnostic::{Diagnostic, SourceFile};
use sero_manifest::tree::Span;

use crate::Failure;

#[derive(Debug, Args)]
pub struct IfArgs {
    #[command(subcommand)]
    command: IfCommand,
}

#[derive(Debug, Subcommand)]
enum IfCommand {
    /// Run a manifest (as `if-run` of @grnsft/if 1.1.0) and write the output manifest
    Run(RunArgs),
    /// Compare two output manifests (as `if-diff`): exit 0 if they match, 1 if not
    Diff(DiffArgs),
}

#[derive(Debug, Args)]
struct RunArgs {
    /// The manifest (YAML)
    manifest: PathBuf,
    /// Where to write the output manifest (`.yaml` is added when the name has no extension);
    /// without it the output manifest goes to standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Seed of MockObservations' random integers (the same seed gives the same observations)
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Write nothing (only check that the manifest runs)
    #[arg(short = 'n', long)]
    no_output: bool,
}

#[derive(Debug, Args)]
struct DiffArgs {
    /// The source output manifest
    source: PathBuf,
    /// The target output manifest
    target: PathBuf,
    /// Numbers that differ by at most this fraction of the larger count as equal (0: exact)
    #[arg(long, default_value_t = 0.0, value_name = "FRACTION")]
    relative: f64,
}

pub fn run(args: IfArgs) -> Result<(), Failure> {
    match args.command {
        IfCommand::Run(args) => run_manifest(args),
        IfCommand::Diff(args) => diff(args),
    }
}

fn read(path: &Path) -> Result<String, Failure> {
    fs::read_to_string(path).map_err(|e| {
        Failure::input(format!(
            "error: cannot read {}: {e}\n  = hint: check the path",
            path.display()
        ))
    })
}

/// Byte span of the token at character index `at`.
fn span_at(text: &str, at: usize) -> Span {
    let start = text.char_indices().nth(at).map_or(text.len(), |(b, _)| b);
    let rest = &text[start..];
    let len = rest
        .find([':', '\n', ',', '}'])
        .unwrap_or(rest.len())
        .max(1)
        .min(rest.len());
    Span::new(start, start + len)
}

fn render(name: &str, text: &str, at: Option<At>, message: String, hints: &[String]) -> String {
    let mut diag = match at {
        Some(at) => Diagnostic::at(span_at(text, at as usize), verbatim(message)),
        None => Diagnostic::new(verbatim(message)),
    };
    for h in hints {
        diag = diag.with_hint(verbatim(h.clone()));
    }
    diag.render(&SourceFile::new(name, text), &crate::i18n::tr)
}

/// Text the Impact Framework engine already words, placed in a located diagnostic as it is.
fn verbatim(text: String) -> sero_core::Message {
    sero_core::msg!("manifest-verbatim", text = text)
}

fn now_utc() -> String {
    let now = jiff::Timestamp::now();
    format!("{} (UTC)", now.strftime("%Y-%m-%dT%H:%M:%S%.3fZ"))
}

fn run_manifest(args: RunArgs) -> Result<(), Failure> {
    let name = args.manifest.display().to_string();
    let mut command = format!("sero if run {name}");
    if let Some(o) = &args.output {
        command.push_str(&format!(" -o {}", o.display()));
    }
    if args.seed != 0 {
        command.push_str(&format!(" --seed {}", args.seed));
    }
    let dir = args
        .manifest
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let options = sero_if::Options {
        seed: args.seed,
        search_dirs: vec![dir],
        command,
        date_time: now_utc(),
    };
    // The manifest's text is not kept while it runs; it is read again for messages.
    let run = match sero_if::run_file(&args.manifest, &options) {
        Err(e) => {
            return Err(Failure::input(format!(
                "error: cannot read {name}: {e}\n  = hint: check the path"
            )));
        }
        Ok(Err(e)) => {
            let text = read(&args.manifest)?;
            return Err(Failure::input(render(
                &name,
                &text,
                Some(e.at as At),
                format!("invalid manifest: {}", e.message),
                &[if e.message.contains("alias") {
                    "an alias repeats a node defined earlier; a node cannot contain itself, so the tree has no cycles"
                } else {
                    "check the indentation above this point (spaces, not tabs), and that every quote, `[` and `{` is closed"
                }
                .into()],
            )));
        }
        Ok(Ok(run)) => run,
    };
    let mut seen: Vec<&String> = Vec::new();
    for w in &run.warnings {
        if !seen.contains(&w) {
            seen.push(w);
        }
    }
    let mut stderr = std::io::stderr().lock();
    for w in seen.iter().take(10) {
        let _ = writeln!(stderr, "warning: {}", w.trim_end());
    }
    if seen.len() > 10 {
        let _ = writeln!(stderr, "warning: … and {} more warnings", seen.len() - 10);
    }
    drop(stderr);
    if !args.no_output {
        write_output(&run.pool, &run.document, args.output.as_deref())?;
    }
    let error = run.error.clone();
    // The process ends here: its memory goes back whole, without freeing
    // every observation one by one.
    std::mem::forget(run);
    if let Some(error) = error {
        let mut hints: Vec<String> = error.hint.iter().cloned().collect();
        if !args.no_output {
            hints.push(sero_if::text::RUN_FAILED_HINT.into());
        }
        let text = read(&args.manifest).unwrap_or_default();
        return Err(Failure::input(render(
            &name,
            &text,
            error.at,
            error.js_string(),
            &hints,
        )));
    }
    Ok(())
}

fn write_output(
    pool: &Pool,
    document: &sero_if::value::Map,
    output: Option<&Path>,
) -> Result<(), Failure> {
    let written = match output {
        Some(path) => {
            let path = if path.extension().is_none() {
                path.with_extension("yaml")
            } else {
                path.to_path_buf()
            };
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                fs::create_dir_all(parent).map_err(|e| {
                    Failure::input(format!("error: cannot create {}: {e}", parent.display()))
                })?;
            }
            let file = fs::File::create(&path).map_err(|e| {
                Failure::input(format!(
                    "error: cannot write {}: {e}\n  = hint: check that the directory exists and is writable",
                    path.display()
                ))
            })?;
            let mut emitter = Emitter::new(pool, BufWriter::with_capacity(1 << 16, file));
            emitter
                .document(document)
                .and_then(|()| emitter.finish().map(drop))
        }
        None => {
            let stdout = std::io::stdout().lock();
            let mut emitter = Emitter::new(pool, BufWriter::new(stdout));
            match emitter
                .document(document)
                .and_then(|()| emitter.finish().map(drop))
            {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other,
            }
        }
    };
    written.map_err(|e| Failure::input(format!("error: cannot write the output manifest: {e}")))
}

fn diff(args: DiffArgs) -> Result<(), Failure> {
    if args.relative.is_nan() || args.relative < 0.0 {
        return Err(Failure::input(
            "error: --relative must be a fraction of 0 or more\n  = hint: for example --relative 1e-9",
        ));
    }
    let mut pool = Pool::new();
    let mut load = |path: &Path| -> Result<sero_if::value::Map, Failure> {
        let name = path.display().to_string();
        let text = read(path)?;
        match sero_if::yaml::parse(&text, &mut pool) {
            Ok(Value::Map(m)) => Ok((*m).clone()),
            Ok(_) => Err(Failure::input(format!(
                "error: {name}: {}\n  = hint: give two output manifests of `sero if run` or `if-run`",
                sero_if::text::NOT_A_MAPPING
            ))),
            Err(e) => Err(Failure::input(render(
                &name,
                &text,
                Some(e.at as At),
                format!("invalid YAML: {}", e.message),
                &[],
            ))),
        }
    };
    let source = load(&args.source)?;
    let target = load(&args.target)?;
    match Compare::new(&pool, args.relative).manifests(&source, &target) {
        None => crate::commands::print(&format!("{}\n", sero_if::text::FILES_MATCH)),
        Some(d) => {
            crate::commands::print(&format!(
                "{}\n{}\nsource: {}\ntarget: {}\n",
                sero_if::text::FILES_DIFFER,
                d.path,
                d.source,
                d.target
            ))?;
            Err(Failure::Check(format!(
                "error: the manifests differ at `{}`",
                d.path
            )))
        }
    }
}
