//! The command line, parsed by hand into one typed [`Command`]: a handful
//! of subcommands do not earn an argument-parsing dependency. Each command
//! gets exactly the values it needs, checked here, so the functions that run
//! them never look at a flag that is not theirs.

use crate::cards_pdf::Paper;
use crate::USAGE;
use anyhow::{bail, Context, Result};
use kyr_core::directory::DirectoryQuery;
use std::path::{Path, PathBuf};

/// What to run, with its arguments.
pub enum Command {
    Help,
    Check,
    Guides { lang: String },
    Spoken,
    TranslationsStale { lang: Option<String> },
    TranslationsStamp { lang: String, ids: Vec<String> },
    BuildDb { out: PathBuf },
    Cards { lang: String, out: PathBuf, clinic: Option<String>, paper: Paper },
    Directory { query: DirectoryQuery, lang: String, data_dir: Option<PathBuf> },
    Search { lang: String, query: String, json: bool },
    SearchSet { set: PathBuf, repeat: Option<usize> },
    PackKeygen { out: PathBuf },
    PackBuild { key: PathBuf, out: PathBuf, src: PathBuf },
    PackInspect { file: PathBuf },
    PackInstall { file: PathBuf, data_dir: PathBuf, lang: String, trust: bool },
    WebBuild(WebBuild),
    ContactsCheck { file: PathBuf },
    ContactsImport { file: PathBuf, data_dir: PathBuf },
}

/// `kyr web build`'s arguments.
pub struct WebBuild {
    pub out: PathBuf,
    pub wasm: Option<PathBuf>,
    pub pack: Option<PathBuf>,
    /// With the site's address, a flyer in `lang` on `paper` too.
    pub url: Option<String>,
    pub lang: String,
    pub paper: Paper,
}

/// Where the content comes from: a working copy (`--root`, `KYR_ROOT`, or
/// the current folder when it holds `content/` and `locales/`), or, with
/// none, the content built into the binary.
pub struct Content {
    pub root: Option<PathBuf>,
}

/// Every flag as given, before a command takes the ones it needs.
#[derive(Default)]
struct Flags {
    root: Option<PathBuf>,
    lang: Option<String>,
    out: Option<PathBuf>,
    clinic: Option<String>,
    paper: Option<Paper>,
    query: DirectoryQuery,
    data_dir: Option<PathBuf>,
    json: bool,
    key: Option<PathBuf>,
    trust: bool,
    wasm: Option<PathBuf>,
    set: Option<PathBuf>,
    repeat: Option<usize>,
    pack: Option<PathBuf>,
    url: Option<String>,
    /// Words that are not flags: the subcommand's action, files, a query.
    words: Vec<String>,
}

/// Parses `kyr`'s arguments (without the program name).
pub fn parse(args: Vec<String>) -> Result<(Command, Content)> {
    let mut it = args.into_iter();
    let name = it.next().unwrap_or_default();
    let mut flags = Flags { data_dir: std::env::var_os("KYR_DATA_DIR").map(PathBuf::from), ..Flags::default() };
    while let Some(arg) = it.next() {
        let mut value = || it.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--root" => flags.root = Some(value()?.into()),
            "--lang" => flags.lang = Some(value()?),
            "--out" => flags.out = Some(value()?.into()),
            "--clinic" => flags.clinic = Some(value()?),
            "--zip" => flags.query.zip = Some(value()?),
            "--data-dir" => flags.data_dir = Some(value()?.into()),
            "--state" => flags.query.state = Some(value()?.to_uppercase()),
            "--language" => flags.query.language = Some(value()?),
            "--service" => flags.query.service = Some(value()?),
            "--json" => flags.json = true,
            "--trust" => flags.trust = true,
            "--key" => flags.key = Some(value()?.into()),
            "--wasm" => flags.wasm = Some(value()?.into()),
            "--set" => flags.set = Some(value()?.into()),
            "--pack" => flags.pack = Some(value()?.into()),
            "--url" => flags.url = Some(value()?),
            "--repeat" => flags.repeat = Some(value()?.parse().context("--repeat takes a number")?),
            "--paper" => {
                flags.paper = Some(match value()?.as_str() {
                    "letter" => Paper::Letter,
                    "a4" => Paper::A4,
                    other => bail!("--paper must be letter or a4, not {other:?}"),
                });
            }
            other if !other.starts_with("--") => flags.words.push(other.to_owned()),
            other => bail!("unknown argument {other:?}\n\n{USAGE}"),
        }
    }
    let here = Path::new(".");
    let root = flags
        .root
        .take()
        .or_else(|| std::env::var_os("KYR_ROOT").map(PathBuf::from))
        .or_else(|| (here.join("content").is_dir() && here.join("locales").is_dir()).then(|| here.to_owned()));
    Ok((command(&name, flags)?, Content { root }))
}

/// The command `name` names, with the flags it needs taken from `flags`.
fn command(name: &str, mut f: Flags) -> Result<Command> {
    let words: Vec<&str> = f.words.iter().map(String::as_str).collect();
    let needs = |what: Option<PathBuf>, message: &str| what.context(message.to_owned());
    Ok(match (name, words.as_slice()) {
        ("" | "help" | "--help" | "-h", _) => Command::Help,
        ("check", []) => Command::Check,
        ("spoken", []) => Command::Spoken,
        ("guides", []) => Command::Guides { lang: f.lang.context("guides needs --lang LANG")? },
        ("translations", ["stale"]) => Command::TranslationsStale { lang: f.lang },
        ("translations", ["stamp", ids @ ..]) if f.lang.is_some() => Command::TranslationsStamp {
            lang: f.lang.unwrap_or_default(),
            ids: ids.iter().map(|id| (*id).to_owned()).collect(),
        },
        ("translations", _) => {
            bail!("usage: kyr translations stale [--lang LANG] | kyr translations stamp --lang LANG [ID...]\n\n{USAGE}")
        }
        ("build-db", []) => Command::BuildDb { out: needs(f.out, "build-db needs --out FILE")? },
        ("cards", []) => Command::Cards {
            lang: f.lang.context("cards needs --lang LANG (or all)")?,
            out: needs(f.out, "cards needs --out FILE (a folder with --lang all)")?,
            clinic: f.clinic,
            paper: f.paper.unwrap_or(Paper::Letter),
        },
        ("directory", []) => {
            Command::Directory { query: f.query, lang: f.lang.unwrap_or_else(|| "en".into()), data_dir: f.data_dir }
        }
        ("search", _) if f.set.is_some() => Command::SearchSet { set: f.set.unwrap_or_default(), repeat: f.repeat },
        ("search", query) => {
            let lang = f.lang.context("search needs --lang LANG")?;
            anyhow::ensure!(!query.is_empty(), "search needs a QUERY");
            Command::Search { lang, query: query.join(" "), json: f.json }
        }
        ("pack", ["keygen"]) => Command::PackKeygen { out: needs(f.out, "pack keygen needs --out KEYFILE")? },
        ("pack", ["build", src]) => Command::PackBuild {
            key: needs(f.key, "pack build needs --key KEYFILE")?,
            out: needs(f.out, "pack build needs --out FILE")?,
            src: src.into(),
        },
        ("pack", ["inspect", file]) => Command::PackInspect { file: file.into() },
        ("pack", ["install", file]) => Command::PackInstall {
            file: file.into(),
            data_dir: needs(f.data_dir, "pack install needs --data-dir DIR (the app's data folder)")?,
            lang: f.lang.unwrap_or_else(|| "en".into()),
            trust: f.trust,
        },
        ("pack", _) => bail!("usage: kyr pack keygen|build|inspect|install …\n\n{USAGE}"),
        ("web", ["build"]) => {
            if let Some(url) = &f.url {
                anyhow::ensure!(
                    url.starts_with("https://"),
                    "--url must be the site's https:// address (a phone installs the web app only over HTTPS)"
                );
            }
            Command::WebBuild(WebBuild {
                out: needs(f.out.take(), "web build needs --out DIR")?,
                wasm: f.wasm,
                pack: f.pack,
                url: f.url,
                lang: f.lang.unwrap_or_else(|| "en".into()),
                paper: f.paper.unwrap_or(Paper::Letter),
            })
        }
        ("web", _) => bail!("usage: kyr web build --out DIR [--pack FILE] [--wasm DIR]\n\n{USAGE}"),
        ("contacts", ["check", file]) => Command::ContactsCheck { file: file.into() },
        ("contacts", ["import", file]) => Command::ContactsImport {
            file: file.into(),
            data_dir: needs(f.data_dir, "contacts import needs --data-dir DIR (the app's data folder)")?,
        },
        ("contacts", _) => bail!("usage: kyr contacts check|import FILE"),
        ("check" | "guides" | "spoken" | "build-db" | "cards" | "directory", [word, ..]) => {
            bail!("{name} takes no {word:?}\n\n{USAGE}")
        }
        (other, _) => bail!("unknown command {other:?}\n\n{USAGE}"),
    })
}
