//! `kyr`: the command-line tool for clinics and scripts. It runs the same
//! compiler and views as the app, on the content folders of a checkout.
//!
//! Arguments are parsed by hand: a handful of subcommands do not earn an
//! argument-parsing dependency yet.

use anyhow::{bail, Context, Result};
use kyr_core::compiler::compile;
use kyr_core::sources::SourceSet;
use kyr_core::{Kyr, OpenOptions};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
kyr — know your rights, offline

USAGE:
  kyr check [--root DIR]                 validate all content and locales
  kyr guides --lang LANG [--root DIR]    list guides: id, a tab, the localized title
  kyr build-db --out FILE [--root DIR]   write the content database

DIR is the project folder that holds content/ and locales/ (default: the
current folder, or KYR_ROOT).";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("kyr: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Options shared by the subcommands.
struct Args {
    command: String,
    root: PathBuf,
    lang: Option<String>,
    out: Option<PathBuf>,
}

fn parse(args: Vec<String>) -> Result<Args> {
    let mut it = args.into_iter();
    let command = it.next().unwrap_or_default();
    let root = std::env::var_os("KYR_ROOT").map_or_else(|| PathBuf::from("."), PathBuf::from);
    let mut parsed = Args { command, root, lang: None, out: None };
    while let Some(arg) = it.next() {
        let mut value = || it.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--root" => parsed.root = value()?.into(),
            "--lang" => parsed.lang = Some(value()?),
            "--out" => parsed.out = Some(value()?.into()),
            other => bail!("unknown argument {other:?}\n\n{USAGE}"),
        }
    }
    Ok(parsed)
}

fn run(args: Vec<String>) -> Result<ExitCode> {
    let args = parse(args)?;
    let sources = || SourceSet::from_dir(&args.root).with_context(|| format!("reading content under {}", args.root.display()));
    match args.command.as_str() {
        "check" => {
            let compilation = compile(&sources()?);
            for d in &compilation.diagnostics {
                eprintln!("{d}");
            }
            let c = &compilation.content;
            if compilation.diagnostics.is_empty() {
                println!("ok: {} guides, {} locales, {} citations", c.guides.len(), c.locales.len(), c.citations.len());
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!("{} problem(s)", compilation.diagnostics.len());
                Ok(ExitCode::FAILURE)
            }
        }
        "guides" => {
            let lang = args.lang.as_deref().context("guides needs --lang LANG")?;
            let data = TempDir::new()?;
            let mut kyr = Kyr::open(&OpenOptions { data_dir: &data.0, sources: &sources()?, os_locales: vec![] })?;
            kyr.set_language(lang)?;
            let home = kyr.home()?;
            for g in home.urgent.iter().chain(&home.guides) {
                println!("{}\t{}", g.id, g.title);
            }
            Ok(ExitCode::SUCCESS)
        }
        "build-db" => {
            let out = args.out.as_deref().context("build-db needs --out FILE")?;
            let _ = std::fs::remove_file(out);
            let diagnostics = kyr_core::store::build(&sources()?, out)?;
            for d in &diagnostics {
                eprintln!("{d}");
            }
            println!("wrote {}", out.display());
            Ok(if diagnostics.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        "" | "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => bail!("unknown command {other:?}\n\n{USAGE}"),
    }
}

/// A private scratch folder for the databases of one CLI run, removed on exit.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<Self> {
        let dir = std::env::temp_dir().join(format!("kyr-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
