//! The content compiler: checks every source and renders it into the rows of
//! the content database. It reports every problem at once, as a compiler
//! should, and still produces the best content it can (a missing translation
//! falls back to English), so that callers decide what is fatal: `kyr check`
//! and the tests fail on any diagnostic; the app runs with what it has.

use crate::diagnostics::{line_of, Diagnostic, DiagnosticKind as K};
use crate::l10n::{ftl_shape, Localizer, SOURCE_LOCALE};
use crate::model::{is_iso_date, CitationSource, CitationsSource, GuideSource, LocaleSource};
use crate::sources::SourceSet;
use std::collections::{BTreeMap, BTreeSet};

/// The Fluent file whose messages are the app's interface (not guide text).
pub const UI_FILE: &str = "ui.ftl";
/// Every locale names itself with this message, shown on the language screen.
pub const LANGUAGE_NAME_ID: &str = "language-name";
const CITATIONS_FILE: &str = "content/citations.toml";
const GUIDES_DIR: &str = "content/guides/";

/// The compiler's output: content ready to be written, and every problem.
#[derive(Debug)]
pub struct Compilation {
    /// The rendered content.
    pub content: CompiledContent,
    /// Every problem found, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Everything the content database holds, rendered for every locale.
#[derive(Debug, Default)]
pub struct CompiledContent {
    /// Fingerprint of the sources it was compiled from.
    pub fingerprint: String,
    /// Shipped locales, English first.
    pub locales: Vec<CompiledLocale>,
    /// Raw Fluent files, for formatting messages that take arguments.
    pub ftl: Vec<FtlFile>,
    /// Every message without arguments, rendered in every locale.
    pub texts: Vec<Text>,
    /// Citations by key.
    pub citations: CitationsSource,
    /// Guides, in home-screen order.
    pub guides: Vec<GuideSource>,
}

/// A shipped locale.
#[derive(Debug, Clone)]
pub struct CompiledLocale {
    /// BCP 47 code, e.g. `es`.
    pub code: String,
    /// Its facts from `locale.toml`.
    pub meta: LocaleSource,
}

/// One Fluent file of one locale.
#[derive(Debug, Clone)]
pub struct FtlFile {
    /// The locale.
    pub locale: String,
    /// The file name, e.g. `ui.ftl`.
    pub name: String,
    /// Its text.
    pub text: String,
}

/// One message rendered in one locale.
#[derive(Debug, Clone)]
pub struct Text {
    /// The locale.
    pub locale: String,
    /// The message id.
    pub id: String,
    /// The English file that defines it (`ui.ftl` marks interface strings).
    pub file: String,
    /// The rendered text.
    pub text: String,
    /// True when the locale lacks it and English was used.
    pub fallback: bool,
}

/// Checks and renders every source.
pub fn compile(sources: &SourceSet) -> Compilation {
    let mut diags = Vec::new();
    let locales = read_locales(sources, &mut diags);
    let ftl = fluent_files(sources, &locales);
    let english_ids = check_messages(&locales, &ftl, &mut diags);
    let citations = read_citations(sources, &mut diags);
    let guides = read_guides(sources, &english_ids, &citations, &mut diags);
    let texts = render(&locales, &ftl, &english_ids);
    let content = CompiledContent { fingerprint: sources.fingerprint(), locales, ftl, texts, citations, guides };
    Compilation { content, diagnostics: diags }
}

/// Facts the compiler keeps about each English message.
struct EnglishMessage {
    file: String,
    has_variables: bool,
}

fn read_locales(sources: &SourceSet, diags: &mut Vec<Diagnostic>) -> Vec<CompiledLocale> {
    let mut locales = Vec::new();
    for file in sources.files() {
        let Some(code) = file.path.strip_prefix("locales/").and_then(|p| p.strip_suffix("/locale.toml")) else { continue };
        if code.parse::<unic_langid::LanguageIdentifier>().is_err() || code.contains('/') {
            diags.push(Diagnostic::new(&file.path, K::BadLocale, format!("{code:?} is not a language tag")));
            continue;
        }
        match toml::from_str::<LocaleSource>(&file.text) {
            Ok(meta) => {
                if !is_iso_date(&meta.updated) {
                    diags.push(Diagnostic::new(&file.path, K::BadDate, format!("updated = {:?} is not a YYYY-MM-DD date", meta.updated)).locale(code));
                }
                locales.push(CompiledLocale { code: code.to_owned(), meta });
            }
            Err(e) => diags.push(toml_diagnostic(&file.path, &file.text, &e).locale(code)),
        }
    }
    if !locales.iter().any(|l| l.code == SOURCE_LOCALE) {
        diags.push(Diagnostic::new("locales/en/locale.toml", K::BadLocale, "the source locale, English, is missing"));
    }
    // English first, then by code, so the language list is stable.
    locales.sort_by_key(|l| (l.code != SOURCE_LOCALE, l.code.clone()));
    locales
}

fn fluent_files(sources: &SourceSet, locales: &[CompiledLocale]) -> Vec<FtlFile> {
    let mut out = Vec::new();
    for locale in locales {
        let prefix = format!("locales/{}/", locale.code);
        for file in sources.files() {
            if let Some(name) = file.path.strip_prefix(&prefix).filter(|n| n.ends_with(".ftl") && !n.contains('/')) {
                out.push(FtlFile { locale: locale.code.clone(), name: name.to_owned(), text: file.text.clone() });
            }
        }
    }
    out
}

/// Checks syntax and completeness of every locale against English; returns
/// the English messages.
fn check_messages(locales: &[CompiledLocale], ftl: &[FtlFile], diags: &mut Vec<Diagnostic>) -> BTreeMap<String, EnglishMessage> {
    // locale → id → (file, line, variables)
    let mut by_locale: BTreeMap<&str, BTreeMap<String, (String, usize, BTreeSet<String>)>> = BTreeMap::new();
    for file in ftl {
        let path = format!("locales/{}/{}", file.locale, file.name);
        let shape = ftl_shape(&file.text);
        for (line, text) in shape.errors {
            diags.push(Diagnostic::new(&path, K::FluentSyntax, text).line(line).locale(&file.locale));
        }
        let ids = by_locale.entry(&file.locale).or_default();
        for entry in shape.entries {
            if let Some((other, _, _)) = ids.get(&entry.id) {
                let text = format!("defined again (first in {other})");
                diags.push(Diagnostic::new(&path, K::DuplicateId, text).line(entry.line).locale(&file.locale).message(&entry.id));
                continue;
            }
            ids.insert(entry.id, (file.name.clone(), entry.line, entry.variables));
        }
    }
    let english = by_locale.remove(SOURCE_LOCALE).unwrap_or_default();
    for locale in locales.iter().filter(|l| l.code != SOURCE_LOCALE) {
        let code = locale.code.as_str();
        let theirs = by_locale.remove(code).unwrap_or_default();
        for (id, (en_file, _, en_vars)) in &english {
            let path = format!("locales/{code}/{en_file}");
            match theirs.get(id) {
                None => diags.push(Diagnostic::new(&path, K::MissingMessage, "missing; English is shown instead").locale(code).message(id)),
                Some((file, line, vars)) if vars != en_vars => {
                    let text = format!("uses {} but English uses {}", list_vars(vars), list_vars(en_vars));
                    diags.push(Diagnostic::new(&format!("locales/{code}/{file}"), K::PlaceableMismatch, text).line(*line).locale(code).message(id));
                }
                Some(_) => {}
            }
        }
        for (id, (file, line, _)) in theirs.iter().filter(|(id, _)| !english.contains_key(*id)) {
            let path = format!("locales/{code}/{file}");
            diags.push(Diagnostic::new(&path, K::ExtraMessage, "not in English; remove it or add it to English").line(*line).locale(code).message(id));
        }
    }
    english
        .into_iter()
        .map(|(id, (file, _, vars))| (id, EnglishMessage { file, has_variables: !vars.is_empty() }))
        .collect()
}

fn list_vars(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        return "no variables".to_owned();
    }
    vars.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
}

fn read_citations(sources: &SourceSet, diags: &mut Vec<Diagnostic>) -> CitationsSource {
    let Some(file) = sources.files().iter().find(|f| f.path == CITATIONS_FILE) else {
        diags.push(Diagnostic::new(CITATIONS_FILE, K::BadCitation, "the citations file is missing"));
        return CitationsSource::new();
    };
    let citations: CitationsSource = match toml::from_str(&file.text) {
        Ok(c) => c,
        Err(e) => {
            diags.push(toml_diagnostic(&file.path, &file.text, &e));
            return CitationsSource::new();
        }
    };
    for (key, c) in &citations {
        let line = table_line(&file.text, key);
        let mut bad = |text: String| diags.push(Diagnostic::new(&file.path, K::BadCitation, format!("[{key}] {text}")).line(line));
        if c.cite.trim().is_empty() {
            bad("has an empty cite".into());
        }
        if !is_source_address(&c.source) {
            bad(format!("source {:?} is not an https, http or github: address", c.source));
        }
        if !is_iso_date(&c.read_on) {
            bad(format!("read_on = {:?} is not a YYYY-MM-DD date", c.read_on));
        }
    }
    citations
}

fn is_source_address(s: &str) -> bool {
    ["https://", "http://", "github:"].iter().any(|p| s.starts_with(p)) && !s.contains(char::is_whitespace)
}

fn read_guides(
    sources: &SourceSet,
    english: &BTreeMap<String, EnglishMessage>,
    citations: &BTreeMap<String, CitationSource>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<GuideSource> {
    let mut guides: Vec<GuideSource> = Vec::new();
    for file in sources.files().iter().filter(|f| f.path.starts_with(GUIDES_DIR) && f.path.ends_with(".toml")) {
        let guide: GuideSource = match toml::from_str(&file.text) {
            Ok(g) => g,
            Err(e) => {
                diags.push(toml_diagnostic(&file.path, &file.text, &e));
                continue;
            }
        };
        let before = diags.len();
        check_guide(&file.path, &file.text, &guide, english, citations, diags);
        if guides.iter().any(|g| g.id == guide.id) {
            diags.push(Diagnostic::new(&file.path, K::DuplicateId, format!("another guide already has id {:?}", guide.id)));
        }
        // A guide with broken references is left out rather than shown half-empty.
        if diags[before..].iter().all(|d| d.kind == K::BadDate) {
            guides.push(guide);
        }
    }
    guides.sort_by_key(|g| (g.order, g.id.clone()));
    guides
}

fn check_guide(
    path: &str,
    text: &str,
    guide: &GuideSource,
    english: &BTreeMap<String, EnglishMessage>,
    citations: &BTreeMap<String, CitationSource>,
    diags: &mut Vec<Diagnostic>,
) {
    if !is_iso_date(&guide.last_reviewed) {
        diags.push(Diagnostic::new(path, K::BadDate, format!("last_reviewed = {:?} is not a YYYY-MM-DD date", guide.last_reviewed)));
    }
    if guide.sections.is_empty() || guide.sections.iter().any(|s| s.items.is_empty()) {
        diags.push(Diagnostic::new(path, K::EmptyGuide, "every guide needs sections, and every section items"));
    }
    let items = guide.sections.iter().flat_map(|s| &s.items);
    let ids = [&guide.title, &guide.summary].into_iter().chain(items.clone().map(|i| &i.text));
    for id in ids {
        match english.get(id) {
            None => diags.push(
                Diagnostic::new(path, K::MissingMessage, "no such message in English").line(value_line(text, id)).locale(SOURCE_LOCALE).message(id),
            ),
            Some(m) if m.has_variables => diags.push(
                Diagnostic::new(path, K::PlaceableMismatch, "guide text cannot take variables").line(value_line(text, id)).message(id),
            ),
            Some(_) => {}
        }
    }
    for key in items.flat_map(|i| &i.cite) {
        if !citations.contains_key(key) {
            let text_ = format!("unknown citation {key:?}: add it to {CITATIONS_FILE}");
            diags.push(Diagnostic::new(path, K::UnknownCitation, text_).line(value_line(text, key)));
        }
    }
}

/// Renders every English message without variables in every locale.
fn render(locales: &[CompiledLocale], ftl: &[FtlFile], english: &BTreeMap<String, EnglishMessage>) -> Vec<Text> {
    let mut texts = Vec::new();
    for locale in locales {
        let localizer = Localizer::new(&locale.code, |code| ftl.iter().filter(|f| f.locale == code).map(|f| f.text.clone()).collect());
        for (id, m) in english.iter().filter(|(id, m)| !id.starts_with('-') && !m.has_variables) {
            if let Some(f) = localizer.format(id, None) {
                texts.push(Text { locale: locale.code.clone(), id: id.clone(), file: m.file.clone(), text: f.text, fallback: f.fallback });
            }
        }
    }
    texts
}

fn toml_diagnostic(path: &str, text: &str, e: &toml::de::Error) -> Diagnostic {
    let d = Diagnostic::new(path, K::TomlSyntax, e.message().trim().to_owned());
    match e.span() {
        Some(span) => d.line(line_of(text, span.start)),
        None => d,
    }
}

/// Line of the first quoted occurrence of `value` in a TOML file.
fn value_line(text: &str, value: &str) -> usize {
    text.find(&format!("\"{value}\"")).map_or(1, |at| line_of(text, at))
}

/// Line of the `[key]` table header in a TOML file.
fn table_line(text: &str, key: &str) -> usize {
    text.find(&format!("[{key}]")).map_or(1, |at| line_of(text, at))
}
