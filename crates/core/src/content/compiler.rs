//! The content compiler: checks every source and renders it into the rows of
//! the content database. It reports every problem at once, as a compiler
//! should, and still produces the best content it can (a missing translation
//! falls back to English), so that callers decide what is fatal: `kyr check`
//! and the tests fail on any diagnostic; the app runs with what it has.

use crate::diagnostics::{line_of, Diagnostic, DiagnosticKind as K};
use crate::l10n::{ftl_shape, Localizer, SOURCE_LOCALE};
use crate::model::{
    is_iso_date, CardsSource, CitationsSource, DeckSource, GlossarySource, GuideSource, LocaleSource, SectionKind,
    StateRule, StatesSource, WarrantSource,
};
use crate::sources::SourceSet;
use std::collections::{BTreeMap, BTreeSet};

/// The Fluent files whose messages are the app's interface (not guide text);
/// the web view receives all of them.
pub const UI_FILES: [&str; 6] = ["ui.ftl", "directory.ftl", "safety.ftl", "packs.ftl", "web.ftl", "audio.ftl"];
/// Every locale names itself with this message, shown on the language screen.
pub const LANGUAGE_NAME_ID: &str = "language-name";
const CITATIONS_FILE: &str = "content/citations.toml";
const GLOSSARY_FILE: &str = "content/glossary.toml";
const STATES_FILE: &str = "content/states.toml";
const WARRANT_FILE: &str = "content/warrant.toml";
const CARDS_FILE: &str = "content/cards.toml";
const CONTACTS_FILE: &str = "content/contacts.csv";
const GUIDES_DIR: &str = "content/guides/";

/// The two-letter codes of the 50 states, the District of Columbia and Puerto Rico.
pub const US_STATES: [&str; 52] = [
    "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN", "KS", "KY", "LA",
    "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR",
    "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY",
];

/// The tones a warrant checker result may have.
const WARRANT_TONES: [&str; 3] = ["stop", "caution", "enter"];

/// The compiler's output: content ready to be written, and every problem.
#[derive(Debug)]
pub struct Compilation {
    /// The rendered content.
    pub content: CompiledContent,
    /// Every problem found, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Everything the content database holds, rendered for every locale.
#[derive(Debug, Default, Clone)]
pub struct CompiledContent {
    /// Fingerprint of the sources it was compiled from.
    pub fingerprint: String,
    /// Shipped locales, English first.
    pub locales: Vec<CompiledLocale>,
    /// The locales whose text is here; the others have only their name (see
    /// [`CompiledContent::with_locales`] and [`compile_languages`]).
    pub text_locales: Vec<String>,
    /// Raw Fluent files, for formatting messages that take arguments.
    pub ftl: Vec<FtlFile>,
    /// Every message without arguments, rendered in every locale.
    pub texts: Vec<Text>,
    /// Citations by key.
    pub citations: CitationsSource,
    /// Guides, in home-screen order.
    pub guides: Vec<GuideSource>,
    /// Glossary entry ids, in display order.
    pub glossary: Vec<String>,
    /// Per-state rules.
    pub states: StatesSource,
    /// The warrant checker, when it compiled.
    pub warrant: Option<WarrantSource>,
    /// Card mode's decks.
    pub decks: Vec<DeckSource>,
    /// The phrases of the printed wallet card.
    pub print_card: Vec<String>,
    /// The legal aid directory's contacts.
    pub contacts: Vec<crate::directory::Contact>,
    /// Contacts from clinic packs, with their pack id.
    pub pack_contacts: Vec<(String, crate::directory::Contact)>,
    /// Clinic profiles from packs.
    pub profiles: Vec<crate::pack_content::ClinicProfile>,
    /// Built-in contacts that clinic packs report as outdated.
    pub outdated_reports: Vec<crate::pack_content::OutdatedReport>,
    /// The English recordings of what is said to agents, and packs' recordings.
    pub recordings: Vec<crate::recordings::Recording>,
}

impl CompiledContent {
    /// The same content with the text of only `keep`'s locales (English is
    /// always kept: it is every locale's fallback). Every locale stays
    /// listed, with its name in its own language, so the language list is
    /// whole. The web app loads one such slice per language; its search
    /// tables for the kept locales are the same as in the full database.
    pub fn with_locales(&self, keep: &[&str]) -> CompiledContent {
        let kept = |locale: &str| locale == SOURCE_LOCALE || keep.contains(&locale);
        let mut slice = self.clone();
        slice.text_locales.retain(|l| kept(l));
        slice.ftl.retain(|f| kept(&f.locale));
        slice.texts.retain(|t| kept(&t.locale) || t.id == LANGUAGE_NAME_ID);
        slice
    }
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

/// Checks and renders every source, as of today's date.
pub fn compile(sources: &SourceSet) -> Compilation {
    compile_on(sources, &crate::dates::today_utc())
}

/// Checks and renders every source; `today` (YYYY-MM-DD) is the date review
/// dates may not be later than.
pub fn compile_on(sources: &SourceSet, today: &str) -> Compilation {
    compile_scoped(sources, today, None)
}

/// Compiles the content with the text of `keep`'s languages and English
/// only; every language is still listed, with its name. This is what the
/// app does on a first start and when the person picks another language:
/// one language costs a twelfth of all of them. Languages left out are not
/// checked either; `kyr check` and the tests check them all.
pub fn compile_languages(sources: &SourceSet, keep: &[&str]) -> Compilation {
    compile_scoped(sources, &crate::dates::today_utc(), Some(keep))
}

fn compile_scoped(sources: &SourceSet, today: &str, keep: Option<&[&str]>) -> Compilation {
    let mut diags = Vec::new();
    let locales = read_locales(sources, &mut diags);
    let in_text = |code: &str| keep.is_none_or(|keep| code == SOURCE_LOCALE || keep.contains(&code));
    let text_locales: Vec<CompiledLocale> = locales.iter().filter(|l| in_text(&l.code)).cloned().collect();
    let ftl = fluent_files(sources, &text_locales);
    let english = check_messages(&text_locales, &ftl, &mut diags);
    let citations = read_citations(sources, &mut diags);
    let glossary = read_glossary(sources, &english, &mut diags);
    let refs = Refs { english: &english, citations: &citations, glossary: &glossary, today };
    let guides = read_guides(sources, &refs, &mut diags);
    let states = read_states(sources, &refs, &mut diags);
    let warrant = read_warrant(sources, &refs, &mut diags);
    let (decks, print_card) = read_cards(sources, &refs, &guides, &mut diags);
    let contacts = read_contacts(sources, &mut diags);
    let pack_contacts = crate::pack_content::read_pack_contacts(sources, &mut diags);
    let profiles = crate::pack_content::read_profiles(sources, &mut diags);
    let outdated_reports = crate::pack_content::read_outdated_reports(sources, &contacts, &mut diags);
    let mut texts = render(&text_locales, &ftl, &english);
    let spoken = crate::recordings::spoken_messages(&guides, &decks, warrant.as_ref());
    let english_text = |id: &str| {
        texts.iter().find(|t| t.locale == SOURCE_LOCALE && t.id == id && !t.fallback).map(|t| t.text.clone())
    };
    let recording_refs = crate::recordings::RecordingRefs {
        spoken: &spoken,
        english: &english_text,
        guides: &guides,
        profiles: &profiles,
    };
    let recordings = crate::recordings::read_recordings(sources, &recording_refs, &mut diags);
    texts.extend(language_names(sources, locales.iter().filter(|l| !in_text(&l.code))));
    let content = CompiledContent {
        fingerprint: sources.fingerprint(),
        text_locales: text_locales.into_iter().map(|l| l.code).collect(),
        locales,
        ftl,
        texts,
        citations,
        guides,
        glossary,
        states,
        warrant,
        decks,
        print_card,
        contacts,
        pack_contacts,
        profiles,
        outdated_reports,
        recordings,
    };
    Compilation { content, diagnostics: diags }
}

/// What content may refer to, for checking references.
struct Refs<'a> {
    english: &'a BTreeMap<String, EnglishMessage>,
    citations: &'a CitationsSource,
    glossary: &'a [String],
    today: &'a str,
}

impl Refs<'_> {
    /// Reports a message id that English lacks (or that takes variables).
    fn message(&self, path: &str, text: &str, id: &str, diags: &mut Vec<Diagnostic>) {
        match self.english.get(id) {
            None => diags.push(
                Diagnostic::new(path, K::MissingMessage, "no such message in English")
                    .line(value_line(text, id))
                    .locale(SOURCE_LOCALE)
                    .message(id),
            ),
            Some(m) if m.has_variables => diags.push(
                Diagnostic::new(path, K::PlaceableMismatch, "content text cannot take variables")
                    .line(value_line(text, id))
                    .message(id),
            ),
            Some(_) => {}
        }
    }

    /// Reports citation keys that `content/citations.toml` lacks.
    fn citations(&self, path: &str, text: &str, keys: &[String], diags: &mut Vec<Diagnostic>) {
        for key in keys.iter().filter(|k| !self.citations.contains_key(*k)) {
            let what = format!("unknown citation {key:?}: add it to {CITATIONS_FILE}");
            diags.push(Diagnostic::new(path, K::UnknownCitation, what).line(value_line(text, key)));
        }
    }
}

/// Facts the compiler keeps about each English message.
struct EnglishMessage {
    file: String,
    has_variables: bool,
}

fn read_locales(sources: &SourceSet, diags: &mut Vec<Diagnostic>) -> Vec<CompiledLocale> {
    let mut locales = Vec::new();
    for file in sources.files() {
        let Some(code) = file.path.strip_prefix("locales/").and_then(|p| p.strip_suffix("/locale.toml")) else {
            continue;
        };
        if code.parse::<unic_langid::LanguageIdentifier>().is_err() || code.contains('/') {
            diags.push(Diagnostic::new(&file.path, K::BadLocale, format!("{code:?} is not a language tag")));
            continue;
        }
        match toml::from_str::<LocaleSource>(&file.text) {
            Ok(meta) => {
                if !is_iso_date(&meta.updated) {
                    diags.push(
                        Diagnostic::new(
                            &file.path,
                            K::BadDate,
                            format!("updated = {:?} is not a YYYY-MM-DD date", meta.updated),
                        )
                        .locale(code),
                    );
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
fn check_messages(
    locales: &[CompiledLocale],
    ftl: &[FtlFile],
    diags: &mut Vec<Diagnostic>,
) -> BTreeMap<String, EnglishMessage> {
    let mut by_locale: BTreeMap<&str, BTreeMap<String, Defined>> = BTreeMap::new();
    for file in ftl {
        let path = format!("locales/{}/{}", file.locale, file.name);
        let shape = ftl_shape(&file.text);
        for (line, text) in shape.errors {
            diags.push(Diagnostic::new(&path, K::FluentSyntax, text).line(line).locale(&file.locale));
        }
        let ids = by_locale.entry(&file.locale).or_default();
        for entry in shape.entries {
            if let Some(first) = ids.get(&entry.id) {
                let text = format!("defined again (first in {})", first.file);
                diags.push(
                    Diagnostic::new(&path, K::DuplicateId, text)
                        .line(entry.line)
                        .locale(&file.locale)
                        .message(&entry.id),
                );
                continue;
            }
            // Variables as `$name`, terms as `-name`: both must match English.
            let refs = entry.variables.iter().map(|v| format!("${v}")).chain(entry.terms).collect();
            ids.insert(entry.id, Defined { file: file.name.clone(), line: entry.line, refs });
        }
    }
    let english = by_locale.remove(SOURCE_LOCALE).unwrap_or_default();
    for locale in locales.iter().filter(|l| l.code != SOURCE_LOCALE) {
        let code = locale.code.as_str();
        let theirs = by_locale.remove(code).unwrap_or_default();
        for (id, en) in &english {
            let path = format!("locales/{code}/{}", en.file);
            match theirs.get(id) {
                None => diags.push(
                    Diagnostic::new(&path, K::MissingMessage, "missing; English is shown instead")
                        .locale(code)
                        .message(id),
                ),
                Some(theirs) if theirs.refs != en.refs => {
                    let text = format!("uses {} but English uses {}", list_refs(&theirs.refs), list_refs(&en.refs));
                    diags.push(
                        Diagnostic::new(&format!("locales/{code}/{}", theirs.file), K::PlaceableMismatch, text)
                            .line(theirs.line)
                            .locale(code)
                            .message(id),
                    );
                }
                Some(_) => {}
            }
        }
        for (id, extra) in theirs.iter().filter(|(id, _)| !english.contains_key(*id)) {
            let path = format!("locales/{code}/{}", extra.file);
            diags.push(
                Diagnostic::new(&path, K::ExtraMessage, "not in English; remove it or add it to English")
                    .line(extra.line)
                    .locale(code)
                    .message(id),
            );
        }
    }
    english
        .into_iter()
        .map(|(id, en)| {
            (id, EnglishMessage { has_variables: en.refs.iter().any(|r| r.starts_with('$')), file: en.file })
        })
        .collect()
}

/// Where a locale defines a message, and the placeables it uses.
struct Defined {
    /// File name within the locale's folder.
    file: String,
    line: usize,
    /// Variables as `$name`, terms as `-name`: both must match English.
    refs: BTreeSet<String>,
}

fn list_refs(refs: &BTreeSet<String>) -> String {
    if refs.is_empty() {
        return "no placeables".to_owned();
    }
    refs.iter().cloned().collect::<Vec<_>>().join(", ")
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
        let mut bad = |text: String| {
            diags.push(Diagnostic::new(&file.path, K::BadCitation, format!("[{key}] {text}")).line(line));
        };
        if c.cite.trim().is_empty() || c.publisher.trim().is_empty() {
            bad("needs a cite and a publisher".into());
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

fn read_guides(sources: &SourceSet, refs: &Refs, diags: &mut Vec<Diagnostic>) -> Vec<GuideSource> {
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
        check_guide(&file.path, &file.text, &guide, refs, diags);
        if guides.iter().any(|g| g.id == guide.id) {
            diags.push(Diagnostic::new(
                &file.path,
                K::DuplicateId,
                format!("another guide already has id {:?}", guide.id),
            ));
        }
        // A guide with broken references is left out rather than shown half-empty.
        let broken = [
            K::MissingMessage,
            K::PlaceableMismatch,
            K::UnknownCitation,
            K::BadReference,
            K::EmptyGuide,
            K::DuplicateId,
        ];
        if !diags[before..].iter().any(|d| broken.contains(&d.kind)) {
            guides.push(guide);
        }
    }
    guides.sort_by_key(|g| (g.order, g.id.clone()));
    guides
}

fn check_guide(path: &str, text: &str, guide: &GuideSource, refs: &Refs, diags: &mut Vec<Diagnostic>) {
    check_date(path, text, "last_reviewed", &guide.last_reviewed, refs.today, diags);
    if let Some(review) = &guide.lawyer_review {
        check_date(path, text, "lawyer_review.on", &review.on, refs.today, diags);
    }
    if guide.reviewed_by.trim().is_empty() || guide.lawyer_review.as_ref().is_some_and(|r| r.by.trim().is_empty()) {
        diags.push(Diagnostic::new(path, K::BadReference, "a review needs the name of who did it"));
    }
    if guide.sections.is_empty() || guide.sections.iter().any(|s| s.items.is_empty()) {
        diags.push(Diagnostic::new(path, K::EmptyGuide, "every guide needs sections, and every section items"));
    }
    let items = || guide.sections.iter().flat_map(|s| &s.items);
    if items().all(|i| i.cite.is_empty()) {
        diags.push(Diagnostic::new(path, K::NoCitation, "a guide needs at least one citation for what it says"));
    }
    if !guide.sections.iter().any(|s| s.kind == SectionKind::Say) {
        diags.push(Diagnostic::new(path, K::NoPhrase, "a guide needs a \"say\" section with at least one phrase"));
    }
    for id in [&guide.title, &guide.summary].into_iter().chain(items().map(|i| &i.text)) {
        refs.message(path, text, id, diags);
    }
    for section in &guide.sections {
        for item in &section.items {
            check_item_basis(path, text, section.kind, item, diags);
        }
    }
    for item in items() {
        refs.citations(path, text, &item.cite, diags);
        for term in item.terms.iter().filter(|t| !refs.glossary.contains(*t)) {
            let what = format!("unknown glossary term {term:?}: add it to {GLOSSARY_FILE}");
            diags.push(Diagnostic::new(path, K::BadReference, what).line(value_line(text, term)));
        }
    }
}

/// A step that tells people what the law lets them or agents do must say
/// where that comes from; practical advice says that it is practical.
fn check_item_basis(
    path: &str,
    text: &str,
    kind: SectionKind,
    item: &crate::model::ItemSource,
    diags: &mut Vec<Diagnostic>,
) {
    let line = value_line(text, &item.text);
    let problem = match kind {
        SectionKind::Why if item.practical => Some("a \"why\" step explains the law: it cannot be marked practical; cite its basis"),
        SectionKind::Why if item.cite.is_empty() => Some("a \"why\" step needs a citation for the law it explains"),
        SectionKind::Do | SectionKind::Dont if item.cite.is_empty() && !item.practical => {
            Some("a step with no citation: cite the law it rests on, or mark it practical = true if it is practical advice, not law")
        }
        _ => None,
    };
    if let Some(problem) = problem {
        diags.push(Diagnostic::new(path, K::NoCitation, problem).line(line).message(&item.text));
    }
}

/// Reports a date that is malformed or later than today.
fn check_date(path: &str, text: &str, field: &str, date: &str, today: &str, diags: &mut Vec<Diagnostic>) {
    let line = value_line(text, date);
    if !is_iso_date(date) {
        diags
            .push(Diagnostic::new(path, K::BadDate, format!("{field} = {date:?} is not a YYYY-MM-DD date")).line(line));
    } else if crate::dates::days_between(today, date).is_some_and(|d| d > 0) {
        diags.push(
            Diagnostic::new(path, K::BadDate, format!("{field} = {date:?} is in the future (today is {today})"))
                .line(line),
        );
    }
}

/// Reads an optional content file: absent is fine (a pack may leave it out);
/// malformed is reported.
fn read_toml<T: serde::de::DeserializeOwned>(
    sources: &SourceSet,
    path: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<(T, String)> {
    let file = sources.files().iter().find(|f| f.path == path)?;
    match toml::from_str(&file.text) {
        Ok(value) => Some((value, file.text.clone())),
        Err(e) => {
            diags.push(toml_diagnostic(path, &file.text, &e));
            None
        }
    }
}

fn read_glossary(
    sources: &SourceSet,
    english: &BTreeMap<String, EnglishMessage>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let Some((glossary, text)) = read_toml::<GlossarySource>(sources, GLOSSARY_FILE, diags) else { return Vec::new() };
    let mut seen = BTreeSet::new();
    for id in &glossary.terms {
        if !seen.insert(id) {
            diags.push(
                Diagnostic::new(GLOSSARY_FILE, K::DuplicateId, format!("{id:?} is listed twice"))
                    .line(value_line(&text, id)),
            );
        }
        for message in [format!("term-{id}"), format!("term-{id}-def")] {
            if !english.contains_key(&message) {
                diags.push(
                    Diagnostic::new(GLOSSARY_FILE, K::MissingMessage, "no such message in English")
                        .line(value_line(&text, id))
                        .locale(SOURCE_LOCALE)
                        .message(&message),
                );
            }
        }
    }
    glossary.terms
}

fn read_states(sources: &SourceSet, refs: &Refs, diags: &mut Vec<Diagnostic>) -> StatesSource {
    let Some((states, text)) = read_toml::<StatesSource>(sources, STATES_FILE, diags) else {
        return StatesSource::new();
    };
    for code in US_STATES.iter().filter(|c| !states.contains_key(**c)) {
        diags.push(Diagnostic::new(STATES_FILE, K::BadReference, format!("state {code} is missing")));
    }
    for (code, state) in &states {
        let line = table_line(&text, code);
        if !US_STATES.contains(&code.as_str()) {
            diags.push(
                Diagnostic::new(STATES_FILE, K::BadReference, format!("{code:?} is not a U.S. state code")).line(line),
            );
        }
        if state.rule != StateRule::Unconfirmed && state.cite.is_empty() {
            diags.push(
                Diagnostic::new(
                    STATES_FILE,
                    K::NoCitation,
                    format!("[{code}] a state rule needs its statute citation"),
                )
                .line(line),
            );
        }
        refs.citations(STATES_FILE, &text, &state.cite, diags);
        refs.message(STATES_FILE, &text, &format!("state-{}", code.to_lowercase()), diags);
    }
    for rule in StateRule::ALL {
        refs.message(STATES_FILE, &text, &format!("state-rule-{}", rule.as_str()), diags);
    }
    states
}

fn read_warrant(sources: &SourceSet, refs: &Refs, diags: &mut Vec<Diagnostic>) -> Option<WarrantSource> {
    let (warrant, text) = read_toml::<WarrantSource>(sources, WARRANT_FILE, diags)?;
    let before = diags.len();
    let mut bad = |what: String, near: &str| {
        diags.push(Diagnostic::new(WARRANT_FILE, K::BadReference, what).line(value_line(&text, near)));
    };
    let step_ids: BTreeSet<&str> = warrant.steps.iter().map(|s| s.id.as_str()).collect();
    let result_ids: BTreeSet<&str> = warrant.results.iter().map(|r| r.id.as_str()).collect();
    if !step_ids.contains(warrant.start.as_str()) {
        bad(format!("start step {:?} does not exist", warrant.start), &warrant.start);
    }
    for step in &warrant.steps {
        for answer in &step.answers {
            match (&answer.next, &answer.result) {
                (Some(next), None) if !step_ids.contains(next.as_str()) => {
                    bad(format!("step {next:?} does not exist"), next);
                }
                (None, Some(result)) if !result_ids.contains(result.as_str()) => {
                    bad(format!("result {result:?} does not exist"), result);
                }
                (Some(_), None) | (None, Some(_)) => {}
                _ => bad(format!("an answer of step {:?} needs either next or result", step.id), &answer.text),
            }
        }
    }
    for result in warrant.results.iter().filter(|r| !WARRANT_TONES.contains(&r.tone.as_str())) {
        bad(format!("tone {:?} is not one of {WARRANT_TONES:?}", result.tone), &result.tone);
    }
    // Every step and result can be reached, and no path loops.
    let mut reached = BTreeSet::new();
    let mut path = Vec::new();
    walk(&warrant, &warrant.start, &mut path, &mut reached, &mut bad);
    for id in step_ids.iter().chain(&result_ids).filter(|id| !reached.contains(**id)) {
        bad(format!("{id:?} cannot be reached from the start"), id);
    }
    for step in &warrant.steps {
        refs.message(WARRANT_FILE, &text, &step.question, diags);
        refs.message(WARRANT_FILE, &text, &step.hint, diags);
        step.answers.iter().for_each(|a| refs.message(WARRANT_FILE, &text, &a.text, diags));
    }
    for result in &warrant.results {
        for id in std::iter::once(&result.title).chain(&result.text).chain(&result.say) {
            refs.message(WARRANT_FILE, &text, id, diags);
        }
        if result.cite.is_empty() {
            diags.push(
                Diagnostic::new(WARRANT_FILE, K::NoCitation, format!("result {:?} needs a citation", result.id))
                    .line(value_line(&text, &result.id)),
            );
        }
        refs.citations(WARRANT_FILE, &text, &result.cite, diags);
    }
    (diags.len() == before).then_some(warrant)
}

fn read_cards(
    sources: &SourceSet,
    refs: &Refs,
    guides: &[GuideSource],
    diags: &mut Vec<Diagnostic>,
) -> (Vec<DeckSource>, Vec<String>) {
    let Some((cards, text)) = read_toml::<CardsSource>(sources, CARDS_FILE, diags) else {
        return (Vec::new(), Vec::new());
    };
    for id in &cards.print {
        refs.message(CARDS_FILE, &text, id, diags);
    }
    let mut decks = Vec::new();
    for deck in cards.decks {
        let before = diags.len();
        if !guides.iter().any(|g| g.id == deck.guide) {
            diags.push(
                Diagnostic::new(
                    CARDS_FILE,
                    K::BadReference,
                    format!("deck {:?} links to unknown guide {:?}", deck.id, deck.guide),
                )
                .line(value_line(&text, &deck.guide)),
            );
        }
        if deck.phrases.is_empty() {
            diags.push(
                Diagnostic::new(CARDS_FILE, K::NoPhrase, format!("deck {:?} has no phrase", deck.id))
                    .line(value_line(&text, &deck.id)),
            );
        }
        for id in std::iter::once(&deck.title).chain(&deck.phrases) {
            refs.message(CARDS_FILE, &text, id, diags);
        }
        if decks.iter().any(|d: &DeckSource| d.id == deck.id) {
            diags.push(Diagnostic::new(CARDS_FILE, K::DuplicateId, format!("deck {:?} is defined twice", deck.id)));
        }
        if diags.len() == before {
            decks.push(deck);
        }
    }
    (decks, cards.print)
}

/// The directory's contacts: every row sourced, dated and well formed.
fn read_contacts(sources: &SourceSet, diags: &mut Vec<Diagnostic>) -> Vec<crate::directory::Contact> {
    let Some(file) = sources.files().iter().find(|f| f.path == CONTACTS_FILE) else { return Vec::new() };
    // ZIP codes are checked against the ZIP table when a clinic imports;
    // here only their shape is.
    match crate::directory::parse_contacts(file.text.as_bytes(), &|_| true) {
        Ok(contacts) => contacts,
        Err(errors) => {
            for e in errors {
                let mut d = Diagnostic::new(CONTACTS_FILE, K::BadReference, e.text).line(e.line);
                d.message_id = e.field;
                diags.push(d);
            }
            Vec::new()
        }
    }
}

fn walk<'a>(
    w: &'a WarrantSource,
    id: &'a str,
    path: &mut Vec<&'a str>,
    reached: &mut BTreeSet<String>,
    bad: &mut impl FnMut(String, &str),
) {
    if path.contains(&id) {
        bad(format!("the checker loops back to step {id:?}"), id);
        return;
    }
    reached.insert(id.to_owned());
    let Some(step) = w.steps.iter().find(|s| s.id == id) else { return };
    path.push(id);
    for answer in &step.answers {
        if let Some(next) = &answer.next {
            walk(w, next, path, reached, bad);
        }
        if let Some(result) = &answer.result {
            reached.insert(result.clone());
        }
    }
    path.pop();
}

/// Renders every English message without variables in every locale.
/// The names of languages compiled without their text, from the name line
/// of their `ui.ftl` (a plain text message).
fn language_names<'a>(sources: &SourceSet, locales: impl Iterator<Item = &'a CompiledLocale>) -> Vec<Text> {
    locales
        .filter_map(|l| {
            let path = format!("locales/{}/ui.ftl", l.code);
            let file = sources.files().iter().find(|f| f.path == path)?;
            let name = crate::sources::name_line(&file.text);
            let name = name.split_once('=')?.1.trim();
            Some(Text {
                locale: l.code.clone(),
                id: LANGUAGE_NAME_ID.to_owned(),
                file: "ui.ftl".to_owned(),
                text: name.to_owned(),
                fallback: false,
            })
        })
        .collect()
}

fn render(locales: &[CompiledLocale], ftl: &[FtlFile], english: &BTreeMap<String, EnglishMessage>) -> Vec<Text> {
    let mut texts = Vec::new();
    for locale in locales {
        let localizer = Localizer::new(&locale.code, |code| {
            ftl.iter().filter(|f| f.locale == code).map(|f| f.text.clone()).collect()
        });
        for (id, m) in english.iter().filter(|(id, m)| !id.starts_with('-') && !m.has_variables) {
            if let Some(f) = localizer.format(id, None) {
                texts.push(Text {
                    locale: locale.code.clone(),
                    id: id.clone(),
                    file: m.file.clone(),
                    text: f.text,
                    fallback: f.fallback,
                });
            }
        }
    }
    texts
}

pub(crate) fn toml_diagnostic(path: &str, text: &str, e: &toml::de::Error) -> Diagnostic {
    let d = Diagnostic::new(path, K::TomlSyntax, e.message().trim().to_owned());
    match e.span() {
        Some(span) => d.line(line_of(text, span.start)),
        None => d,
    }
}

/// Line of the first quoted occurrence of `value` in a TOML file.
pub(crate) fn value_line(text: &str, value: &str) -> usize {
    text.find(&format!("\"{value}\"")).map_or(1, |at| line_of(text, at))
}

/// Line of the `[key]` table header in a TOML file.
fn table_line(text: &str, key: &str) -> usize {
    text.find(&format!("[{key}]")).map_or(1, |at| line_of(text, at))
}
