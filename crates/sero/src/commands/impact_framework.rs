//! `sero if`: run Impact Framework manifests (`if run`, like `if-run`) and
//! compare output manifests (`if diff`, like `if-diff`).

use std::fs;
use std::io::{BufWriter, Write};
use std::path::Path;

use sero_if::diff::Compare;
use sero_if::emit::Emitter;
use sero_if::pool::Pool;
use sero_if::value::{At, Value};
use sero_manifest::diagnostic::{Diagnostic, SourceFile};
use sero_manifest::tree::Span;

use super::refuse;
use crate::Failure;
use crate::cli::{IfArgs, IfCommand, IfDiffArgs, IfRunArgs};
use crate::tr;
use sero_core::{Message, msg};

pub fn run(args: IfArgs) -> Result<(), Failure> {
    match args.command {
        IfCommand::Run(args) => run_manifest(args),
        IfCommand::Diff(args) => diff(args),
    }
}

/// A manifest's text, read whole only within [`sero_limits::IF_FILE_SIZE`].
fn read(path: &Path) -> Result<String, Failure> {
    sero_limits::read_text_within(path, &sero_limits::IF_FILE_SIZE)
        .map_err(|e| read_error(path, &e))
}

fn read_error(path: &Path, error: &sero_limits::ReadError) -> Failure {
    match error {
        sero_limits::ReadError::Io(e) => unreadable(path, &e.to_string()),
        other => refuse(
            other.message(&path.display().to_string()),
            other.hint().unwrap_or(msg!("if-hint-path")),
        ),
    }
}

/// The located refusal of a manifest that cannot be read as YAML: IF's words, or the limit
/// it went over with its hint.
fn load_error(
    name: &str,
    text: &str,
    at: usize,
    problem: sero_if::yaml::Problem,
    words: String,
) -> Failure {
    if let Some(limit) = problem.limit() {
        let diag = Diagnostic::at(span_at(text, at), limit.exceeded(None)).with_hint(limit.hint());
        return Failure::input(diag.render(&SourceFile::new(name, text), &crate::i18n::tr));
    }
    let hint = if problem == sero_if::yaml::Problem::UnknownAlias {
        msg!("if-hint-alias")
    } else {
        msg!("if-hint-indentation")
    };
    Failure::input(render(name, text, Some(at as At), verbatim(words), &[hint]))
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

fn unreadable(path: &Path, error: &str) -> Failure {
    refuse(
        msg!(
            "if-error-read",
            path = path.display().to_string(),
            error = error
        ),
        msg!("if-hint-path"),
    )
}

fn render(name: &str, text: &str, at: Option<At>, message: Message, hints: &[Message]) -> String {
    let mut diag = match at {
        Some(at) => Diagnostic::at(span_at(text, at as usize), message),
        None => Diagnostic::new(message),
    };
    for h in hints {
        diag = diag.with_hint(h.clone());
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

fn run_manifest(args: IfRunArgs) -> Result<(), Failure> {
    let name = args.manifest.display().to_string();
    let mut command = format!("sero if run {name}");
    if let Some(o) = &args.output {
        command.push_str(&format!(" -o {}", o.display()));
    }
    if args.seed != crate::cli::DEFAULT_SEED {
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
    let running = crate::ui::Progress::spinner(&tr!("if-progress", manifest = name.as_str()));
    let result = sero_if::run_file(&args.manifest, &options);
    running.finish();
    let run = match result {
        Err(e) => return Err(read_error(&args.manifest, &e)),
        Ok(Err(e)) => {
            let text = read(&args.manifest)?;
            return Err(load_error(
                &name,
                &text,
                e.at,
                e.problem,
                tr!("if-error-invalid-manifest", problem = e.message.as_str()),
            ));
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
        let _ = writeln!(stderr, "{}", tr!("cli-warning", warning = w.trim_end()));
    }
    if seen.len() > 10 {
        let more = msg!("if-more-warnings", count = seen.len() - 10);
        let _ = writeln!(stderr, "{}", tr!("cli-warning", warning = more));
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
        let mut hints: Vec<Message> = error.hint.iter().cloned().collect();
        if !args.no_output {
            hints.push(msg!("if-hint-run-failed"));
        }
        let text = read(&args.manifest).unwrap_or_default();
        return Err(Failure::input(render(
            &name,
            &text,
            error.at,
            error
                .words
                .as_deref()
                .cloned()
                .unwrap_or_else(|| verbatim(error.js_string())),
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
                    refuse(
                        msg!(
                            "if-error-create",
                            path = parent.display().to_string(),
                            error = e.to_string()
                        ),
                        msg!("if-hint-write"),
                    )
                })?;
            }
            let file = fs::File::create(&path).map_err(|e| {
                refuse(
                    msg!(
                        "if-error-write",
                        path = path.display().to_string(),
                        error = e.to_string()
                    ),
                    msg!("if-hint-write"),
                )
            })?;
            let mut emitter = Emitter::new(
                pool,
                BufWriter::with_capacity(1 << 16, sero_limits::Bounded::new(file)),
            );
            emitter
                .document(document)
                .and_then(|()| emitter.finish().map(drop))
        }
        None => {
            let stdout = std::io::stdout().lock();
            let mut emitter = Emitter::new(pool, BufWriter::new(sero_limits::Bounded::new(stdout)));
            match emitter
                .document(document)
                .and_then(|()| emitter.finish().map(drop))
            {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other,
            }
        }
    };
    written.map_err(|e| {
        if sero_limits::is_output_limit(&e) {
            let limit = &sero_limits::OUTPUT_SIZE;
            return refuse(limit.exceeded(None), limit.hint());
        }
        Failure::input(tr!(
            "error-line",
            message = msg!("if-error-write-output", error = e.to_string())
        ))
    })
}

fn diff(args: IfDiffArgs) -> Result<(), Failure> {
    if args.relative.is_nan() || args.relative < 0.0 {
        return Err(refuse(msg!("if-error-relative"), msg!("if-hint-relative")));
    }
    let mut pool = Pool::new();
    let mut load = |path: &Path| -> Result<sero_if::value::Map, Failure> {
        let name = path.display().to_string();
        let text = read(path)?;
        match sero_if::yaml::parse(&text, &mut pool) {
            Ok(Value::Map(m)) => Ok((*m).clone()),
            Ok(_) => Err(refuse(
                msg!("if-error-not-a-mapping", path = name.as_str()),
                msg!("if-hint-output-manifests"),
            )),
            Err(e) => Err(load_error(
                &name,
                &text,
                e.at,
                e.problem,
                tr!("if-error-invalid-yaml", problem = e.message.as_str()),
            )),
        }
    };
    let source = load(&args.source)?;
    let target = load(&args.target)?;
    match Compare::new(&pool, args.relative).manifests(&source, &target) {
        None => crate::commands::print(&format!("{}\n", tr!("if-files-match"))),
        Some(d) => {
            crate::commands::print(&format!(
                "{}\n{}\n{}\n{}\n",
                tr!("if-files-differ"),
                d.path,
                tr!("if-diff-source", value = d.source.as_str()),
                tr!("if-diff-target", value = d.target.as_str())
            ))?;
            Err(Failure::Check(tr!(
                "error-line",
                message = msg!("if-error-differ", path = d.path.as_str())
            )))
        }
    }
}
