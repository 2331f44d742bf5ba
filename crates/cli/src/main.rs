//! `kyr`: the command-line tool for clinics and scripts. It runs the same
//! compiler and views as the app, on the content folders of a checkout.
//!
//! Arguments are parsed by hand: a handful of subcommands do not earn an
//! argument-parsing dependency yet.

mod cards_pdf;
mod flyer_pdf;
mod pack_cmd;
mod web_cmd;

use anyhow::{bail, Context, Result};
use kyr_core::compiler::compile;
use kyr_core::sources::{SourceSet, Sources};
use kyr_core::{Kyr, OpenOptions};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
kyr — know your rights, offline

USAGE:
  kyr check [--root DIR]                 validate all content and locales
  kyr guides --lang LANG [--root DIR]    list guides: id, a tab, the localized title
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

/// Options shared by the subcommands.
struct Args {
    command: String,
    /// A working copy to read content from; `None`: the built-in content.
    root: Option<PathBuf>,
    lang: Option<String>,
    out: Option<PathBuf>,
    clinic: Option<String>,
    paper: cards_pdf::Paper,
    query: kyr_core::directory::DirectoryQuery,
    rest: Vec<String>,
    data_dir: Option<PathBuf>,
    json: bool,
    key: Option<PathBuf>,
    trust: bool,
    wasm: Option<PathBuf>,
    set: Option<PathBuf>,
    repeat: Option<usize>,
    pack: Option<PathBuf>,
    url: Option<String>,
}

fn parse(args: Vec<String>) -> Result<Args> {
    let mut it = args.into_iter();
    let command = it.next().unwrap_or_default();
    let here = Path::new(".");
    let root = std::env::var_os("KYR_ROOT")
        .map(PathBuf::from)
        .or_else(|| (here.join("content").is_dir() && here.join("locales").is_dir()).then(|| here.to_owned()));
    let mut parsed = Args {
        command,
        root,
        lang: None,
        out: None,
        clinic: None,
        paper: cards_pdf::Paper::Letter,
        query: Default::default(),
        rest: Vec::new(),
        json: false,
        key: None,
        trust: false,
        wasm: None,
        set: None,
        repeat: None,
        pack: None,
        url: None,
        data_dir: std::env::var_os("KYR_DATA_DIR").map(PathBuf::from),
    };
    while let Some(arg) = it.next() {
        let mut value = || it.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--root" => parsed.root = Some(value()?.into()),
            "--lang" => parsed.lang = Some(value()?),
            "--out" => parsed.out = Some(value()?.into()),
            "--clinic" => parsed.clinic = Some(value()?),
            "--zip" => parsed.query.zip = Some(value()?),
            "--data-dir" => parsed.data_dir = Some(value()?.into()),
            "--state" => parsed.query.state = Some(value()?.to_uppercase()),
            "--language" => parsed.query.language = Some(value()?),
            "--service" => parsed.query.service = Some(value()?),
            "--json" => parsed.json = true,
            "--trust" => parsed.trust = true,
            "--key" => parsed.key = Some(value()?.into()),
            "--wasm" => parsed.wasm = Some(value()?.into()),
            "--set" => parsed.set = Some(value()?.into()),
            "--pack" => parsed.pack = Some(value()?.into()),
            "--url" => parsed.url = Some(value()?),
            "--repeat" => parsed.repeat = Some(value()?.parse().context("--repeat takes a number")?),
            "--paper" => {
                parsed.paper = match value()?.as_str() {
                    "letter" => cards_pdf::Paper::Letter,
                    "a4" => cards_pdf::Paper::A4,
                    other => bail!("--paper must be letter or a4, not {other:?}"),
                }
            }
            other if !other.starts_with("--") => parsed.rest.push(other.to_owned()),
            other => bail!("unknown argument {other:?}\n\n{USAGE}"),
        }
    }
    Ok(parsed)
}

impl Args {
    /// The content: the working copy's, or the built-in one.
    fn sources(&self) -> Result<SourceSet> {
        match &self.root {
            Some(root) => {
                SourceSet::from_dir(root).with_context(|| format!("reading content under {}", root.display()))
            }
            None => Sources::Packed { data: embedded::PACKED, fingerprint: embedded::FINGERPRINT }
                .load()
                .context("unpacking the built-in content"),
        }
    }

    /// The ZIP table: the working copy's, or the built-in one.
    fn zipcodes(&self) -> Result<Vec<u8>> {
        match &self.root {
            Some(root) => {
                let path = root.join("content/zipcodes.kyrzip");
                std::fs::read(&path).with_context(|| format!("reading {}", path.display()))
            }
            None => Ok(embedded::ZIPCODES.to_vec()),
        }
    }

    /// The working copy, for the commands that write to it or read more
    /// than the content (translation records, the web app's files).
    fn working_copy(&self) -> Result<&Path> {
        self.root
            .as_deref()
            .with_context(|| format!("{} needs a working copy of kyr: run it there, or give --root DIR", self.command))
    }
}

/// Text for a terminal or a script: without the bidi isolation marks
/// Fluent puts around placeables for screens.
fn plain(text: &str) -> String {
    text.chars().filter(|c| !('\u{2066}'..='\u{2069}').contains(c)).collect()
}

fn run(args: Vec<String>) -> Result<ExitCode> {
    let args = parse(args)?;
    let sources = || args.sources();
    match args.command.as_str() {
        "check" => {
            let root = args.working_copy()?;
            let compilation = compile(&sources()?);
            // Translations made from an older English are problems too.
            let stale = kyr_core::freshness::check_root(root).context("reading the translation records")?;
            for d in compilation.diagnostics.iter().chain(&stale) {
                eprintln!("{d}");
            }
            let c = &compilation.content;
            if compilation.diagnostics.is_empty() && stale.is_empty() {
                println!("ok: {} guides, {} locales, {} citations", c.guides.len(), c.locales.len(), c.citations.len());
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!("{} problem(s)", compilation.diagnostics.len() + stale.len());
                Ok(ExitCode::FAILURE)
            }
        }
        "translations" => match (args.rest.first().map(String::as_str), args.lang.as_deref()) {
            (Some("stale"), lang) => {
                let mut count = 0;
                for d in kyr_core::freshness::check_root(args.working_copy()?)?
                    .iter()
                    .filter(|d| lang.is_none() || d.locale.as_deref() == lang)
                {
                    count += 1;
                    println!("{d}");
                }
                if let Some(lang) = lang {
                    for (id, english) in kyr_core::freshness::stale_with_english(args.working_copy()?, lang)? {
                        println!("\n[{id}]\n{english}");
                    }
                }
                eprintln!("{count} stale translation(s)");
                Ok(if count == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
            }
            (Some("stamp"), Some(lang)) => {
                let n = kyr_core::freshness::stamp(args.working_copy()?, lang, &args.rest[1..])?;
                println!("{lang}: {n} message(s) recorded as translated from today's English");
                Ok(ExitCode::SUCCESS)
            }
            _ => bail!(
                "usage: kyr translations stale [--lang LANG] | kyr translations stamp --lang LANG [ID...]\n\n{USAGE}"
            ),
        },
        "guides" => {
            let lang = args.lang.as_deref().context("guides needs --lang LANG")?;
            let data = TempDir::new()?;
            let mut kyr =
                Kyr::open(&OpenOptions { data_dir: &data.0, sources: Sources::Set(&sources()?), os_locales: vec![] })?;
            kyr.set_language(lang)?;
            let home = kyr.home()?;
            for g in home.urgent.iter().chain(&home.guides) {
                println!("{}\t{}", g.id, plain(&g.title));
            }
            Ok(ExitCode::SUCCESS)
        }
        "search" if args.set.is_some() => {
            // Every query of a set (`{ lang: { query: guide } }`, as in
            // crates/core/tests/search/queries.toml), each with the whole view
            // the app gets: the web app's tests compare theirs with these.
            let path = args.set.as_deref().unwrap_or(Path::new(""));
            let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
            let set: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>> =
                toml::from_str(&text)?;
            let data = TempDir::new()?;
            let mut kyr =
                Kyr::open(&OpenOptions { data_dir: &data.0, sources: Sources::Set(&sources()?), os_locales: vec![] })?;
            if let Some(repeat) = args.repeat {
                // Timings only: each query `repeat` times, as the web benchmark does.
                let mut times = Vec::new();
                for (lang, queries) in &set {
                    kyr.set_language(lang)?;
                    for _ in 0..repeat {
                        for query in queries.keys() {
                            let start = std::time::Instant::now();
                            kyr.search(query)?;
                            times.push(start.elapsed().as_secs_f64() * 1000.0);
                        }
                    }
                }
                times.sort_by(f64::total_cmp);
                let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
                println!("{}", serde_json::json!({ "searches": times.len(), "p50_ms": at(0.5), "p99_ms": at(0.99) }));
                return Ok(ExitCode::SUCCESS);
            }
            let mut out = serde_json::Map::new();
            for (lang, queries) in &set {
                kyr.set_language(lang)?;
                let mut views = serde_json::Map::new();
                for query in queries.keys() {
                    views.insert(query.clone(), serde_json::to_value(kyr.search(query)?)?);
                }
                out.insert(lang.clone(), views.into());
            }
            println!("{}", serde_json::Value::Object(out));
            Ok(ExitCode::SUCCESS)
        }
        "search" => {
            let lang = args.lang.as_deref().context("search needs --lang LANG")?;
            anyhow::ensure!(!args.rest.is_empty(), "search needs a QUERY");
            let data = TempDir::new()?;
            let mut kyr =
                Kyr::open(&OpenOptions { data_dir: &data.0, sources: Sources::Set(&sources()?), os_locales: vec![] })?;
            kyr.set_language(lang)?;
            let view = kyr.search(&args.rest.join(" "))?;
            if args.json {
                println!("{}", serde_json::to_string_pretty(&search_json(&view))?);
            } else {
                for r in &view.results {
                    let section = r.section_label.as_deref().unwrap_or(&r.kind_label);
                    let line = format!(
                        "{}\t{}\t{}\t{}\t{}",
                        r.target,
                        r.lang,
                        flat(&r.title, false),
                        section,
                        flat(&r.snippet, true)
                    );
                    println!("{}", plain(&line));
                }
            }
            Ok(if view.results.is_empty() { ExitCode::FAILURE } else { ExitCode::SUCCESS })
        }
        "pack" => {
            let action = args.rest.first().map(String::as_str).unwrap_or_default();
            match (action, &args.rest[1..]) {
                ("keygen", []) => pack_cmd::keygen(args.out.as_deref().context("pack keygen needs --out KEYFILE")?),
                ("build", [src]) => {
                    let key = args.key.as_deref().context("pack build needs --key KEYFILE")?;
                    let out = args.out.as_deref().context("pack build needs --out FILE")?;
                    pack_cmd::build(key, out, Path::new(src), &sources()?, &kyr_core::dates::today_utc())
                }
                ("inspect", [file]) => pack_cmd::inspect(Path::new(file)),
                ("install", [file]) => {
                    let data_dir = args
                        .data_dir
                        .as_deref()
                        .context("pack install needs --data-dir DIR (the app's data folder)")?;
                    let mut kyr =
                        Kyr::open(&OpenOptions { data_dir, sources: Sources::Set(&sources()?), os_locales: vec![] })?;
                    kyr.set_language(args.lang.as_deref().unwrap_or("en"))?;
                    pack_cmd::install(Path::new(file), &mut kyr, args.trust)
                }
                _ => bail!("usage: kyr pack keygen|build|inspect|install …\n\n{USAGE}"),
            }
        }
        "web" => {
            anyhow::ensure!(
                args.rest.first().map(String::as_str) == Some("build"),
                "usage: kyr web build --out DIR [--pack FILE] [--wasm DIR]\n\n{USAGE}"
            );
            let out = args.out.as_deref().context("web build needs --out DIR")?;
            let root = args.working_copy()?;
            let wasm = args.wasm.clone().unwrap_or_else(|| root.join("target/web/pkg"));
            if let Some(url) = &args.url {
                anyhow::ensure!(
                    url.starts_with("https://"),
                    "--url must be the site's https:// address (a phone installs the web app only over HTTPS)"
                );
            }
            let mut content = sources()?;
            if let Some(file) = &args.pack {
                content = web_cmd::with_pack(&content, file, &kyr_core::dates::today_utc())?;
            }
            let inputs = web_cmd::Inputs { root, wasm: &wasm, sources: &content };
            let built = web_cmd::build(&inputs, out, &|done, total, code| Progress::new(total).step(done, code))?;
            println!("wrote {} files ({} languages) to {}", built.files.len(), built.languages.len(), out.display());
            if let Some(url) = &args.url {
                let lang = args.lang.as_deref().unwrap_or("en");
                let data = TempDir::new()?;
                let mut kyr =
                    Kyr::open(&OpenOptions { data_dir: &data.0, sources: Sources::Set(&content), os_locales: vec![] })?;
                let file = out.join(format!("flyer-{lang}.pdf"));
                std::fs::write(&file, web_cmd::flyer(&mut kyr, lang, url, args.paper)?)
                    .with_context(|| format!("writing {}", file.display()))?;
                println!("wrote {}", file.display());
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
        "cards" => {
            let lang = args.lang.as_deref().context("cards needs --lang LANG (or all)")?;
            let out = args.out.as_deref().context("cards needs --out FILE (a folder with --lang all)")?;
            let data = TempDir::new()?;
            let mut kyr =
                Kyr::open(&OpenOptions { data_dir: &data.0, sources: Sources::Set(&sources()?), os_locales: vec![] })?;
            let langs: Vec<String> = if lang == "all" {
                std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
                kyr.languages()?.options.into_iter().map(|o| o.code).collect()
            } else {
                vec![lang.to_owned()]
            };
            let progress = Progress::new(langs.len());
            for (i, code) in langs.iter().enumerate() {
                kyr.set_language(code)?;
                let card = kyr.print_card()?;
                let fonts = cards_pdf::Fonts::for_language(code)?;
                let job = cards_pdf::CardsPdf { card: &card, clinic_line: args.clinic.as_deref(), paper: args.paper };
                let pdf = cards_pdf::render(&job, &fonts).with_context(|| format!("cards in {code}"))?;
                let file = if lang == "all" { out.join(format!("cards-{code}.pdf")) } else { out.to_owned() };
                std::fs::write(&file, pdf).with_context(|| format!("writing {}", file.display()))?;
                progress.step(i + 1, &format!("{code} → {}", file.display()));
            }
            Ok(ExitCode::SUCCESS)
        }
        "directory" => {
            let scratch = TempDir::new()?;
            // With --data-dir, contacts a clinic imported there are searched too.
            let data_dir = args.data_dir.as_deref().unwrap_or(&scratch.0);
            let mut kyr = Kyr::open(&OpenOptions { data_dir, sources: Sources::Set(&sources()?), os_locales: vec![] })?;
            kyr.set_language(args.lang.as_deref().unwrap_or("en"))?;
            kyr.set_zipcodes(args.zipcodes()?);
            let view = kyr.directory(&args.query)?;
            if let Some(error) = view.error {
                bail!("{error}");
            }
            // Contacts added from files come last, with where they came from.
            for c in view.clinics.iter().chain(&view.local).chain(&view.national).chain(&view.imported) {
                let reports = c.reported_outdated.join("; ");
                let fields = [
                    c.name.as_str(),
                    c.phone.as_deref().unwrap_or(""),
                    c.url.as_deref().unwrap_or(""),
                    c.distance.as_deref().unwrap_or(""),
                    &c.checked,
                    &c.source_url,
                    c.from.as_deref().unwrap_or(""),
                    c.address.as_deref().unwrap_or(""),
                    c.signup.as_deref().unwrap_or(""),
                    &reports,
                ];
                // Names and sources are the data's own: control characters
                // are not printed, nor Fluent's isolation marks (for screens).
                let line =
                    plain(&fields.join("\t")).chars().filter(|ch| *ch == '\t' || !ch.is_control()).collect::<String>();
                println!("{line}");
            }
            Ok(ExitCode::SUCCESS)
        }
        "contacts" => {
            let [action, file] = args.rest.as_slice() else { bail!("usage: kyr contacts check|import FILE") };
            let bytes = std::fs::read(file).with_context(|| format!("reading {file}"))?;
            if action == "import" {
                let data_dir =
                    args.data_dir.as_deref().context("contacts import needs --data-dir DIR (the app's data folder)")?;
                let mut kyr =
                    Kyr::open(&OpenOptions { data_dir, sources: Sources::Set(&sources()?), os_locales: vec![] })?;
                kyr.set_zipcodes(args.zipcodes()?);
                let result = kyr.import_contacts(&bytes)?;
                for line in &result.errors {
                    eprintln!("{file}: {}", plain(line));
                }
                println!("{}", plain(&result.message));
                return Ok(if result.added > 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE });
            }
            if action != "check" {
                bail!("usage: kyr contacts check|import FILE");
            }
            let zips = kyr_core::directory::ZipTable::read(&args.zipcodes()?)?;
            match kyr_core::directory::parse_contacts(&bytes, &|z| zips.get(z).is_some()) {
                Ok(contacts) => {
                    println!("ok: {} contacts", contacts.len());
                    Ok(ExitCode::SUCCESS)
                }
                Err(errors) => {
                    for e in &errors {
                        eprintln!("{file}: {e}");
                    }
                    eprintln!("{} problem(s); nothing would be imported", errors.len());
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        "" | "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => bail!("unknown command {other:?}\n\n{USAGE}"),
    }
}

/// Snippet parts as one string; with `mark`, matches are [bracketed].
fn flat(parts: &[kyr_core::views::SnippetPart], mark: bool) -> String {
    parts.iter().map(|p| if mark && p.hit { format!("[{}]", p.text) } else { p.text.clone() }).collect()
}

/// The JSON that scripts read: one object per result.
fn search_json(view: &kyr_core::views::SearchView) -> serde_json::Value {
    let results = view.results.iter().map(|r| {
        serde_json::json!({
            "kind": r.kind,
            "id": r.target,
            "title": flat(&r.title, false),
            "section": r.section,
            "section_kind": r.section_kind,
            "snippet": flat(&r.snippet, false),
            "matches": r.snippet.iter().filter(|p| p.hit).map(|p| p.text.as_str()).collect::<Vec<_>>(),
            "locale": r.lang,
        })
    });
    serde_json::Value::Array(results.collect())
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
