//! `kyr`: the command-line tool for clinics and scripts. It runs the same
//! compiler and views as the app, on the content built into it or on a
//! working copy. `args.rs` parses the command line into a typed command,
//! `commands.rs` (and `pack_cmd.rs`, `web_cmd.rs`) run one each.

mod args;
mod cards_pdf;
mod commands;
mod flyer_pdf;
mod pack_cmd;
mod web_cmd;

use anyhow::Result;
use args::Command;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
kyr — know your rights, offline

USAGE:
  kyr check [--root DIR]                 validate all content and locales
  kyr guides --lang LANG [--root DIR]    list guides: id, a tab, the localized title
  kyr spoken [--root DIR]                every English line said to an agent: id, a tab,
                                         the text (scripts/make-recordings records them)
  kyr translations stale [--lang LANG]   translations whose English changed since (with the English)
  kyr translations stamp --lang LANG [ID...]
                                         record that these messages (all, with no ID) are
                                         translated from today's English
  kyr build-db --out FILE [--root DIR]   write the content database
  kyr cards --lang LANG --out FILE [--clinic TEXT] [--paper letter|a4] [--root DIR]
                                         printable wallet cards (PDF): English on the
                                         front for the agent, LANG on the back
  kyr cards --lang all --out DIR [...]   one PDF per language, cards-LANG.pdf
  kyr directory [--zip Z] [--state S] [--language L] [--service X] [--lang LANG] [--data-dir DIR]
                                         search the legal aid directory offline
  kyr search --lang LANG [--json] QUERY [--root DIR]
                                         search guides, cards, glossary and state notes
                                         as the app does (LANG first, then English)
  kyr search --set FILE [--repeat N] [--root DIR]
                                         every query of a set (TOML: lang → query → guide),
                                         with the whole view, as JSON; with --repeat, only
                                         the p50 and p99 time of N rounds
  kyr pack keygen --out KEYFILE          make a clinic's signing key (KEYFILE, KEYFILE.pub)
  kyr pack build --key KEYFILE --out FILE SRC_DIR
                                         check a pack source folder with the app's
                                         compiler, then sign it into FILE (.kyrpack)
  kyr pack inspect FILE                  signature, publisher, key code, version, files
  kyr pack install FILE --data-dir DIR [--trust]
                                         install into the app's data folder DIR
  kyr web build --out DIR [--pack FILE] [--url URL [--lang LANG] [--paper letter|a4]]
                [--wasm DIR] [--root DIR]
                                         the offline web app as a static site (run
                                         scripts/build-web, which builds the core for
                                         the web first and then calls this); --pack bakes
                                         in a clinic's signed pack (its contacts first,
                                         its card line, its name on home); --url also
                                         writes flyer-LANG.pdf: a QR code of the site's
                                         address and the add-to-home-screen steps
  kyr contacts check FILE                validate a clinic's contacts CSV (line and field of each problem)
  kyr contacts import FILE --data-dir DIR
                                         add them to the app's data in DIR (all or nothing)

DIR is a working copy of the project, the folder that holds content/ and
locales/ (default: KYR_ROOT, or the current folder when it is one). Without
one, kyr uses the content built into it, as the app does: guides, search,
cards, directory, build-db and pack work from any folder; check,
translations and web build need a working copy.";

/// The content sources and the ZIP table built into this binary (build.rs).
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_sources.rs"));
    /// ZIP code centroids, as the app embeds them.
    pub static ZIPCODES: &[u8] = include_bytes!("../../../content/zipcodes.kyrzip");
}

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("kyr: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<ExitCode> {
    let (command, content) = args::parse(args)?;
    let content = &content;
    match command {
        Command::Help => {
            say(USAGE);
            Ok(ExitCode::SUCCESS)
        }
        Command::Check => commands::check(content),
        Command::Guides { lang } => commands::guides(content, &lang),
        Command::Spoken => commands::spoken(content),
        Command::TranslationsStale { lang } => commands::translations_stale(content, lang.as_deref()),
        Command::TranslationsStamp { lang, ids } => commands::translations_stamp(content, &lang, &ids),
        Command::BuildDb { out } => commands::build_db(content, &out),
        Command::Cards { lang, out, clinic, paper } => commands::cards(content, &lang, &out, clinic.as_deref(), paper),
        Command::Directory { query, lang, data_dir } => {
            commands::directory(content, &query, &lang, data_dir.as_deref())
        }
        Command::Search { lang, query, json } => commands::search(content, &lang, &query, json),
        Command::SearchSet { set, repeat } => commands::search_set(content, &set, repeat),
        Command::PackKeygen { out } => pack_cmd::keygen(&out),
        Command::PackBuild { key, out, src } => {
            pack_cmd::build(&key, &out, &src, &content.sources()?, &kyr_core::dates::today_utc())
        }
        Command::PackInspect { file } => pack_cmd::inspect(&file),
        Command::PackInstall { file, data_dir, lang, trust } => {
            pack_cmd::install(&file, &mut content.open(&data_dir, Some(&lang))?, trust)
        }
        Command::WebBuild(build) => commands::web_build(content, &build),
        Command::ContactsCheck { file } => commands::contacts_check(content, &file),
        Command::ContactsImport { file, data_dir } => commands::contacts_import(content, &file, &data_dir),
    }
}

/// Prints one line of output. When the reader has gone (`kyr search … |
/// head`), kyr stops quietly instead of panicking on the closed pipe.
fn say(line: impl std::fmt::Display) {
    if writeln!(std::io::stdout().lock(), "{line}").is_err() {
        std::process::exit(0);
    }
}

/// Text for a terminal or a script: without the bidi isolation marks
/// Fluent puts around placeables for screens.
fn plain(text: &str) -> String {
    text.chars().filter(|c| !('\u{2066}'..='\u{2069}').contains(c)).collect()
}

/// A one-line progress bar on stderr for batch work.
struct Progress {
    total: usize,
}

impl Progress {
    fn new(total: usize) -> Self {
        Progress { total }
    }

    fn step(&self, done: usize, what: &str) {
        const WIDTH: usize = 24;
        let filled = WIDTH * done / self.total.max(1);
        eprintln!("[{}{}] {done}/{} {what}", "#".repeat(filled), "-".repeat(WIDTH - filled), self.total);
    }
}

/// A private scratch folder for the databases of one CLI run, removed on exit.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<Self> {
        use anyhow::Context as _;
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
