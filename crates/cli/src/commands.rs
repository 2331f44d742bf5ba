//! One function per command: each gets its typed arguments (`args.rs`)
//! and where the content comes from, calls the core, and prints.

use crate::args::{Content, WebBuild};
use crate::cards_pdf::{self, Paper};
use crate::{embedded, plain, say, web_cmd, Progress, TempDir};
use anyhow::{bail, Context, Result};
use kyr_core::compiler::compile;
use kyr_core::directory::DirectoryQuery;
use kyr_core::sources::{SourceSet, Sources};
use kyr_core::{Kyr, OpenOptions};
use std::path::Path;
use std::process::ExitCode;

impl Content {
    /// The content: the working copy's, or the built-in one.
    pub fn sources(&self) -> Result<SourceSet> {
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
    fn working_copy(&self, command: &str) -> Result<&Path> {
        self.root
            .as_deref()
            .with_context(|| format!("{command} needs a working copy of kyr: run it there, or give --root DIR"))
    }

    /// The core on this content, in `data_dir`, in `lang` (with `None`, in
    /// the language saved there: an app's data folder keeps its choice).
    pub fn open(&self, data_dir: &Path, lang: Option<&str>) -> Result<Kyr> {
        open_on(&self.sources()?, data_dir, lang)
    }
}

/// The core on `sources` (the content, or the content with a pack laid
/// over it), in `data_dir`, in `lang` when given.
fn open_on(sources: &SourceSet, data_dir: &Path, lang: Option<&str>) -> Result<Kyr> {
    let mut kyr = Kyr::open(&OpenOptions { data_dir, sources: Sources::Set(sources), os_locales: vec![] })?;
    if let Some(lang) = lang {
        kyr.set_language(lang)?;
    }
    Ok(kyr)
}

/// `kyr check`: every problem of the content and the translation records.
pub fn check(content: &Content) -> Result<ExitCode> {
    let root = content.working_copy("check")?;
    let compilation = compile(&content.sources()?);
    // Translations made from an older English are problems too.
    let stale = kyr_core::freshness::check_root(root).context("reading the translation records")?;
    for d in compilation.diagnostics.iter().chain(&stale) {
        eprintln!("{d}");
    }
    let c = &compilation.content;
    if compilation.diagnostics.is_empty() && stale.is_empty() {
        say(format!("ok: {} guides, {} locales, {} citations", c.guides.len(), c.locales.len(), c.citations.len()));
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("{} problem(s)", compilation.diagnostics.len() + stale.len());
        Ok(ExitCode::FAILURE)
    }
}

/// `kyr translations stale`: translations made from an older English.
pub fn translations_stale(content: &Content, lang: Option<&str>) -> Result<ExitCode> {
    let root = content.working_copy("translations")?;
    let mut count = 0;
    for d in kyr_core::freshness::check_root(root)?.iter().filter(|d| lang.is_none() || d.locale.as_deref() == lang) {
        count += 1;
        say(d);
    }
    if let Some(lang) = lang {
        for (id, english) in kyr_core::freshness::stale_with_english(root, lang)? {
            say(format!("\n[{id}]\n{english}"));
        }
    }
    eprintln!("{count} stale translation(s)");
    Ok(if count == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// `kyr translations stamp`: these messages are translated from today's English.
pub fn translations_stamp(content: &Content, lang: &str, ids: &[String]) -> Result<ExitCode> {
    let n = kyr_core::freshness::stamp(content.working_copy("translations")?, lang, ids)?;
    say(format!("{lang}: {n} message(s) recorded as translated from today's English"));
    Ok(ExitCode::SUCCESS)
}

/// `kyr guides`: id and localized title of each guide, urgent ones first.
pub fn guides(content: &Content, lang: &str) -> Result<ExitCode> {
    let data = TempDir::new()?;
    let home = content.open(&data.0, Some(lang))?.home()?;
    for g in home.urgent.iter().chain(&home.guides) {
        say(format!("{}\t{}", g.id, plain(&g.title)));
    }
    Ok(ExitCode::SUCCESS)
}

/// `kyr spoken`: every English line said to an agent, `id<TAB>text`, for
/// `scripts/make-recordings`. It compiles without stopping on problems: the
/// recordings it is about to make are one of them.
pub fn spoken(content: &Content) -> Result<ExitCode> {
    let compiled = compile(&content.sources()?).content;
    let ids = kyr_core::recordings::spoken_messages(&compiled.guides, &compiled.decks, compiled.warrant.as_ref());
    for id in ids {
        let english = compiled.texts.iter().find(|t| t.locale == "en" && t.id == id && !t.fallback);
        let text = english.with_context(|| format!("{id} has no English text"))?;
        say(format!("{id}\t{}", text.text));
    }
    Ok(ExitCode::SUCCESS)
}

/// `kyr search --set`: every query of a set (`{ lang: { query: guide } }`,
/// as in crates/core/tests/search/queries.toml), each with the whole view
/// the app gets: the web app's tests compare theirs with these. With
/// `repeat`, only the p50 and p99 time of that many rounds.
pub fn search_set(content: &Content, set: &Path, repeat: Option<usize>) -> Result<ExitCode> {
    let text = std::fs::read_to_string(set).with_context(|| format!("reading {}", set.display()))?;
    let set: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>> = toml::from_str(&text)?;
    let data = TempDir::new()?;
    let mut kyr = content.open(&data.0, Some("en"))?;
    if let Some(repeat) = repeat {
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
        say(serde_json::json!({ "searches": times.len(), "p50_ms": at(0.5), "p99_ms": at(0.99) }));
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
    say(serde_json::Value::Object(out));
    Ok(ExitCode::SUCCESS)
}

/// `kyr search`: results as the app shows them, as lines or JSON.
pub fn search(content: &Content, lang: &str, query: &str, json: bool) -> Result<ExitCode> {
    let data = TempDir::new()?;
    let view = content.open(&data.0, Some(lang))?.search(query)?;
    if json {
        say(serde_json::to_string_pretty(&search_json(&view))?);
    } else {
        for r in &view.results {
            let section = r.section_label.as_deref().unwrap_or(&r.kind_label);
            let line =
                format!("{}\t{}\t{}\t{}\t{}", r.target, r.lang, flat(&r.title, false), section, flat(&r.snippet, true));
            say(plain(&line));
        }
    }
    Ok(if view.results.is_empty() { ExitCode::FAILURE } else { ExitCode::SUCCESS })
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

/// `kyr build-db`: the content database of every language.
pub fn build_db(content: &Content, out: &Path) -> Result<ExitCode> {
    let _ = std::fs::remove_file(out);
    let diagnostics = kyr_core::store::build(&content.sources()?, out)?;
    for d in &diagnostics {
        eprintln!("{d}");
    }
    say(format!("wrote {}", out.display()));
    Ok(if diagnostics.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// `kyr cards`: printable wallet cards, one PDF per language.
pub fn cards(content: &Content, lang: &str, out: &Path, clinic: Option<&str>, paper: Paper) -> Result<ExitCode> {
    let data = TempDir::new()?;
    let mut kyr = content.open(&data.0, Some("en"))?;
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
        let job = cards_pdf::CardsPdf { card: &card, clinic_line: clinic, paper };
        let pdf = cards_pdf::render(&job, &fonts).with_context(|| format!("cards in {code}"))?;
        let file = if lang == "all" { out.join(format!("cards-{code}.pdf")) } else { out.to_owned() };
        std::fs::write(&file, pdf).with_context(|| format!("writing {}", file.display()))?;
        progress.step(i + 1, &format!("{code} → {}", file.display()));
    }
    Ok(ExitCode::SUCCESS)
}

/// `kyr directory`: the legal aid directory for a ZIP code, state,
/// language or service; with `data_dir`, contacts a clinic imported there too.
pub fn directory(content: &Content, query: &DirectoryQuery, lang: &str, data_dir: Option<&Path>) -> Result<ExitCode> {
    let scratch = TempDir::new()?;
    let mut kyr = content.open(data_dir.unwrap_or(&scratch.0), Some(lang))?;
    kyr.set_zipcodes(content.zipcodes()?);
    let view = kyr.directory(query)?;
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
        // Names and sources are the data's own: control characters are
        // not printed, nor Fluent's isolation marks (for screens).
        say(plain(&fields.join("\t")).chars().filter(|ch| *ch == '\t' || !ch.is_control()).collect::<String>());
    }
    Ok(ExitCode::SUCCESS)
}

/// `kyr contacts check`: every problem of a clinic's contacts CSV.
pub fn contacts_check(content: &Content, file: &Path) -> Result<ExitCode> {
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let zips = kyr_core::directory::ZipTable::read(&content.zipcodes()?)?;
    match kyr_core::directory::parse_contacts(&bytes, &|z| zips.get(z).is_some()) {
        Ok(contacts) => {
            say(format!("ok: {} contacts", contacts.len()));
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{}: {e}", file.display());
            }
            eprintln!("{} problem(s); nothing would be imported", errors.len());
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `kyr contacts import`: a clinic's contacts into the app's data, all or nothing.
pub fn contacts_import(content: &Content, file: &Path, data_dir: &Path) -> Result<ExitCode> {
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let mut kyr = content.open(data_dir, None)?;
    kyr.set_zipcodes(content.zipcodes()?);
    let result = kyr.import_contacts(&bytes)?;
    for line in &result.errors {
        eprintln!("{}: {}", file.display(), plain(line));
    }
    say(plain(&result.message));
    Ok(if result.added > 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// `kyr web build`: the offline web app as a static site, and its flyer.
pub fn web_build(content: &Content, build: &WebBuild) -> Result<ExitCode> {
    let root = content.working_copy("web build")?;
    let wasm = build.wasm.clone().unwrap_or_else(|| root.join("target/web/pkg"));
    let mut sources = content.sources()?;
    if let Some(file) = &build.pack {
        sources = web_cmd::with_pack(&sources, file, &kyr_core::dates::today_utc())?;
    }
    let inputs = web_cmd::Inputs { root, wasm: &wasm, sources: &sources };
    let out = &build.out;
    let built = web_cmd::build(&inputs, out, &|done, total, code| Progress::new(total).step(done, code))?;
    say(format!("wrote {} files ({} languages) to {}", built.files.len(), built.languages.len(), out.display()));
    if let Some(url) = &build.url {
        let data = TempDir::new()?;
        let mut kyr = open_on(&sources, &data.0, None)?;
        let file = out.join(format!("flyer-{}.pdf", build.lang));
        std::fs::write(&file, web_cmd::flyer(&mut kyr, &build.lang, url, build.paper)?)
            .with_context(|| format!("writing {}", file.display()))?;
        say(format!("wrote {}", file.display()));
    }
    Ok(ExitCode::SUCCESS)
}
