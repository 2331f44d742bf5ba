//! Installed clinic packs: which publishers are trusted, which packs are
//! active, and installing one so that a failure at any step leaves the
//! previous content working.
//!
//! `packs/state.json` in the data folder is the truth: the packs installed
//! (with the one each replaced, for restoring) and the publishers trusted.
//! The content database is derived from the built-in sources with every
//! active pack laid over them, and rebuilt whenever that changes. Install
//! order: verify → trust → compile everything in memory (a pack with any
//! problem is refused whole) → write the pack file → write the new state →
//! rebuild the database (beside the old one, then renamed over it). A
//! failure before the state is written changes nothing; a failure after it
//! puts the old state back; a crash after it is finished on the next start,
//! from a pack that already compiled.

use crate::compiler::compile;
use crate::diagnostics::Diagnostic;
use crate::pack::{self, Pack, PackError};
use crate::sources::{MediaFile, SourceFile, SourceSet};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The folder of installed packs inside the data folder.
pub const PACKS_DIR: &str = "packs";
const STATE_FILE: &str = "state.json";

/// The project's own publisher name, reserved for its key.
pub const OFFICIAL_PUBLISHER: &str = "kyr project";
/// The project's public key for official updates (hex). Its secret key is
/// never in this repository. This one was made on 2026-11-30 and its secret
/// destroyed at once: before the first official pack, the maintainers make
/// their own key offline and put its public half here.
pub const OFFICIAL_KEY_HEX: &str = "d9f991575be5d0cb33baef49c10b99b71ad97fddc10130145ada7190aee702e5";

/// One installed pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Installed {
    /// Its manifest's pack id.
    pub pack_id: String,
    /// Who made it.
    pub publisher: String,
    /// The signing key, hex.
    pub key: String,
    /// The key's fingerprint.
    pub key_id: String,
    /// Its version.
    pub version: u64,
    /// When it was made.
    pub created: String,
    /// Its file inside `packs/`.
    pub file: String,
    /// Paths of the content and locale files it lays over the built-in ones.
    pub paths: Vec<String>,
    /// Guides whose structure or text it changes, for labelling them.
    #[serde(default)]
    pub guides: Vec<String>,
    /// The install it replaced, for restoring in one step.
    pub previous: Option<Box<Installed>>,
}

/// A publisher the user trusted, bound to its key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trusted {
    /// Its name.
    pub publisher: String,
    /// Its key, hex.
    pub key: String,
}

/// What is installed and trusted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackState {
    /// Active packs.
    pub installed: Vec<Installed>,
    /// Trusted publishers.
    pub trusted: Vec<Trusted>,
    /// The highest version ever installed, per `<key hex>/<pack id>`. Kept
    /// when a pack is removed, so an older signed file cannot come back.
    #[serde(default)]
    pub high_water: std::collections::BTreeMap<String, u64>,
}

/// Why a pack was not installed. Each has a message id for the app.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// The file itself was refused.
    #[error(transparent)]
    Pack(#[from] PackError),
    /// A key other than the project's claims to be the project.
    #[error("{0:?} is the project's name, but the pack is not signed with the project's key")]
    NotOfficial(String),
    /// A key other than the trusted one claims a trusted publisher's name.
    #[error("{0:?} is already trusted with another key")]
    KnownNameOtherKey(String),
    /// The pack id belongs to another publisher's key.
    #[error("pack {0:?} was installed from another key")]
    PackOfOtherKey(String),
    /// Not newer than what is installed.
    #[error("version {offered} is not newer than the installed version {installed}")]
    NotNewer {
        /// The pack's version.
        offered: u64,
        /// The installed one.
        installed: u64,
    },
    /// A clinic's pack (any key but the project's) tries to write outside
    /// the clinic's own space: the app's own text, terms, cards, warrant
    /// checker, citations or state notes.
    #[error("{0}: a clinic pack may only add its contacts, profile, clinic-* guides and clinic.ftl messages")]
    OutsideClinicSpace(String),
    /// The content does not compile with the pack laid over it.
    #[error("the pack's content has {} problem(s)", .0.len())]
    Content(Vec<Diagnostic>),
    /// Reading or writing the app's data failed: a pack's file, the record
    /// of installed packs, the content database.
    #[error(transparent)]
    Storage(#[from] crate::Error),
    /// The record of installed packs (`packs/state.json`) cannot be read;
    /// it is left as it is, and installs wait.
    #[error("the record of installed packs cannot be read")]
    UnreadableRecord(#[source] Option<serde_json::Error>),
    /// No installed pack has this id.
    #[error("no installed pack {0:?}")]
    UnknownPack(String),
}

impl Refusal {
    /// The Fluent message id that explains it.
    pub fn message_id(&self) -> &'static str {
        match self {
            Refusal::Pack(e) => e.message_id(),
            Refusal::NotOfficial(_) => "pack-error-not-official",
            Refusal::KnownNameOtherKey(_) => "pack-error-other-key",
            Refusal::PackOfOtherKey(_) => "pack-error-other-key",
            Refusal::NotNewer { .. } => "pack-error-not-newer",
            Refusal::OutsideClinicSpace(_) => "pack-error-built-in",
            Refusal::Content(_) => "pack-error-content",
            Refusal::Storage(_) | Refusal::UnreadableRecord(_) | Refusal::UnknownPack(_) => "pack-error-io",
        }
    }
}

/// Whether the user must be asked before trusting the publisher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trust {
    /// The project, or a publisher the user trusted with this key.
    Known,
    /// A first pack from this publisher: show its name and key fingerprint.
    AskFirst,
}

fn hex(key: &[u8; 32]) -> String {
    key.iter().map(|b| format!("{b:02x}")).collect()
}

/// True when the pack is signed with the project's own key.
pub fn is_official(pack: &Pack) -> bool {
    official_key().is_some_and(|k| k == pack.public_key)
}

fn official_key() -> Option<[u8; 32]> {
    pack::key_from_text("public", &format!("kyr-pack-public-key v1\n{OFFICIAL_KEY_HEX}\n"))
}

/// Reads `packs/state.json`; no file is an empty state. A file that cannot
/// be read is an error, and is left as it is.
pub fn load_state(data_dir: &Path) -> Result<PackState, Refusal> {
    let path = data_dir.join(PACKS_DIR).join(STATE_FILE);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| Refusal::UnreadableRecord(Some(e))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(PackState::default()),
        Err(e) => Err(crate::Error::io(&path, e).into()),
    }
}

fn save_state(data_dir: &Path, state: &PackState) -> Result<(), Refusal> {
    let dir = data_dir.join(PACKS_DIR);
    std::fs::create_dir_all(&dir).map_err(|e| crate::Error::io(&dir, e))?;
    let path = dir.join(STATE_FILE);
    let json = serde_json::to_vec_pretty(state).map_err(|e| crate::Error::io(&path, std::io::Error::other(e)))?;
    crate::vault::write_atomic(&path, &json).map_err(|e| crate::Error::io(&path, e).into())
}

/// Decides whether `pack` may be installed over `state`, and whether the
/// user must first be asked to trust its publisher.
pub fn check_trust(state: &PackState, pack: &Pack) -> Result<Trust, Refusal> {
    let key = hex(&pack.public_key);
    let m = &pack.manifest;
    let official = is_official(pack);
    // Names compare as people see them (UTS #39 skeletons), so a look-alike
    // of the project's or a trusted clinic's name counts as that name.
    if !official && crate::names::look_alike(&m.publisher, OFFICIAL_PUBLISHER) {
        return Err(Refusal::NotOfficial(m.publisher.clone()));
    }
    if let Some(installed) = state.installed.iter().find(|i| i.pack_id == m.pack_id) {
        if installed.key != key {
            return Err(Refusal::PackOfOtherKey(m.pack_id.clone()));
        }
        if m.version <= installed.version {
            return Err(Refusal::NotNewer { offered: m.version, installed: installed.version });
        }
    }
    if let Some(&highest) = state.high_water.get(&format!("{key}/{}", m.pack_id)) {
        if m.version <= highest {
            return Err(Refusal::NotNewer { offered: m.version, installed: highest });
        }
    }
    if official {
        return Ok(Trust::Known);
    }
    let same_name = |t: &&Trusted| crate::names::look_alike(&t.publisher, &m.publisher);
    match state.trusted.iter().find(same_name) {
        Some(t) if t.key == key => Ok(Trust::Known),
        Some(_) => Err(Refusal::KnownNameOtherKey(m.publisher.clone())),
        None => Ok(Trust::AskFirst),
    }
}

/// Where each file of a pack goes in the merged sources. Its contacts,
/// profile and recordings go under `packs/<pack id>/`; content and locale
/// files lie over the built-in files of the same path.
fn pack_sources(pack: &Pack) -> PackSources {
    let own = |path: &str| format!("{}{}/{}", crate::pack_content::PACKS_PREFIX, pack.manifest.pack_id, path);
    let files = pack
        .files
        .iter()
        .map(|f| {
            let path = match f.path.as_str() {
                "contacts.csv" | "outdated.csv" | "profile.toml" => own(&f.path),
                "audio/recordings.toml" => own("recordings.toml"),
                other => other.to_owned(),
            };
            SourceFile { path, text: f.text.clone() }
        })
        .collect();
    // The app's own recordings (official updates) replace the built-in file of the same path.
    let media = pack
        .audio
        .iter()
        .map(|a| {
            let path = if a.path.starts_with("content/") { a.path.clone() } else { own(&a.path) };
            MediaFile { path, bytes: a.bytes.clone() }
        })
        .collect();
    PackSources { files, media }
}

/// A pack's files as sources.
struct PackSources {
    files: Vec<SourceFile>,
    media: Vec<MediaFile>,
}

/// `set` with a pack's sources laid over it.
fn lay_over(set: &SourceSet, pack: PackSources) -> SourceSet {
    set.overlay(pack.files).with_media(pack.media)
}

/// Reads and verifies an installed pack's file again.
fn load_installed(data_dir: &Path, installed: &Installed) -> Result<Pack, Refusal> {
    let path = data_dir.join(PACKS_DIR).join(&installed.file);
    let bytes = std::fs::read(&path).map_err(|e| crate::Error::io(&path, e))?;
    let pack = pack::read(&bytes)?;
    if hex(&pack.public_key) != installed.key || pack.manifest.version != installed.version {
        return Err(Refusal::Pack(PackError::BadSignature));
    }
    Ok(pack)
}

/// The built-in sources with every pack of `state` laid over them, in
/// install order.
pub fn merged_sources(data_dir: &Path, base: &SourceSet, state: &PackState) -> Result<SourceSet, Refusal> {
    let mut set = base.clone();
    for installed in &state.installed {
        set = lay_over(&set, pack_sources(&load_installed(data_dir, installed)?));
    }
    Ok(set)
}

/// The steps of an install, for tests that make one of them fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The pack compiled with the content.
    Validated,
    /// The pack's file is in `packs/`.
    FileWritten,
    /// The new state is written.
    StateWritten,
    /// The new content database is in place.
    DatabaseBuilt,
}

/// A successful install: the new state and the sources to build from.
pub struct Prepared {
    /// The state once installed.
    pub state: PackState,
    /// Built-in sources with every active pack.
    pub sources: SourceSet,
    /// The same, compiled: the install
    /// writes this compilation, so the content is compiled once.
    pub content: crate::compiler::CompiledContent,
}

/// Checks that `pack` compiles with the content and every other active
/// pack, and returns the state and sources it would give. Nothing is written.
pub fn prepare(
    data_dir: &Path,
    base: &SourceSet,
    state: &PackState,
    pack: &Pack,
    today: &str,
) -> Result<Prepared, Refusal> {
    if !is_official(pack) {
        check_clinic_space(pack)?;
    }
    let previous = state.installed.iter().find(|i| i.pack_id == pack.manifest.pack_id).cloned();
    let mut next = state.clone();
    next.installed.retain(|i| i.pack_id != pack.manifest.pack_id);
    let m = &pack.manifest;
    let file = format!("{}-{}.kyrpack", m.pack_id, m.version);
    let paths = pack
        .files
        .iter()
        .map(|f| &f.path)
        .chain(pack.audio.iter().map(|a| &a.path))
        .filter(|p| p.starts_with("content/") || p.starts_with("locales/"))
        .cloned()
        .collect();
    next.installed.push(Installed {
        pack_id: m.pack_id.clone(),
        publisher: m.publisher.trim().to_owned(),
        key: hex(&pack.public_key),
        key_id: m.key_id.clone(),
        version: m.version,
        created: m.created.clone(),
        file,
        paths,
        guides: Vec::new(),
        // Only one step back is kept.
        previous: previous.map(|mut p| {
            p.previous = None;
            Box::new(p)
        }),
    });
    let high = next.high_water.entry(format!("{}/{}", hex(&pack.public_key), m.pack_id)).or_insert(0);
    *high = (*high).max(m.version);
    let official = is_official(pack);
    if !official && !next.trusted.iter().any(|t| t.key == hex(&pack.public_key)) {
        next.trusted.push(Trusted { publisher: m.publisher.trim().to_owned(), key: hex(&pack.public_key) });
    }
    let mut sources = base.clone();
    for installed in &state.installed {
        if installed.pack_id != m.pack_id {
            sources = lay_over(&sources, pack_sources(&load_installed(data_dir, installed)?));
        }
    }
    let sources = lay_over(&sources, pack_sources(pack));
    let compilation = crate::compiler::compile_on(&sources, today);
    if !compilation.diagnostics.is_empty() {
        return Err(Refusal::Content(compilation.diagnostics));
    }
    let changed = changed_messages(base, pack);
    let overridden: Vec<&str> = pack.files.iter().map(|f| f.path.as_str()).collect();
    let guides = compilation
        .content
        .guides
        .iter()
        .filter(|g| {
            overridden.contains(&format!("content/guides/{}.toml", g.id).as_str())
                || [&g.title, &g.summary]
                    .into_iter()
                    .chain(g.sections.iter().flat_map(|s| s.items.iter().map(|i| &i.text)))
                    .any(|id| changed.contains(id))
        })
        .map(|g| g.id.clone())
        .collect();
    next.installed.last_mut().expect("pushed above").guides = guides;
    Ok(Prepared { state: next, sources, content: compilation.content })
}

/// The prefix of everything a clinic adds: guide ids and message ids.
pub const CLINIC_PREFIX: &str = "clinic-";

/// What a clinic's pack may hold: its contacts and profile, its own guides
/// (`content/guides/clinic-*.toml`, never the urgent one) and its own
/// messages (`locales/<lang>/clinic.ftl`, every id `clinic-…`, no terms).
/// Only the project's key may replace the app's own files, so no clinic key,
/// trusted or stolen, can change what the app tells a person to say to an
/// agent, its safety screens or the detained message.
pub fn check_clinic_space(pack: &Pack) -> Result<(), Refusal> {
    // A clinic's recordings go in its audio/ folder; the app's own voice is the project's.
    if let Some(a) = pack.audio.iter().find(|a| !a.path.starts_with("audio/")) {
        return Err(Refusal::OutsideClinicSpace(format!("{} (the app's own file)", a.path)));
    }
    for f in &pack.files {
        let outside = |why: &str| Refusal::OutsideClinicSpace(format!("{} ({why})", f.path));
        let parts: Vec<&str> = f.path.split('/').collect();
        match parts.as_slice() {
            ["contacts.csv"] | ["outdated.csv"] | ["profile.toml"] | ["audio", "recordings.toml"] => {}
            ["content", "guides", name] if name.starts_with(CLINIC_PREFIX) && name.ends_with(".toml") => {
                let guide: crate::model::GuideSource = toml::from_str(&f.text).map_err(|_| outside("not a guide"))?;
                if Some(guide.id.as_str()) != name.strip_suffix(".toml") || guide.urgent {
                    return Err(outside("a clinic guide's id is its file name, and it cannot be the urgent guide"));
                }
            }
            ["locales", _, "clinic.ftl"] => {
                let shape = crate::l10n::ftl_shape(&f.text);
                if let Some(e) = shape.entries.iter().find(|e| !e.id.starts_with(CLINIC_PREFIX)) {
                    return Err(outside(&format!("{:?} is not a clinic- message", e.id)));
                }
            }
            _ => return Err(outside("the app's own file")),
        }
    }
    Ok(())
}

/// Ids of the messages a pack's Fluent files add or change, compared with
/// the built-in files of the same path.
fn changed_messages(base: &SourceSet, pack: &Pack) -> std::collections::HashSet<String> {
    let mut changed = std::collections::HashSet::new();
    for f in pack.files.iter().filter(|f| f.path.ends_with(".ftl")) {
        let before =
            base.files().iter().find(|b| b.path == f.path).map(|b| message_blocks(&b.text)).unwrap_or_default();
        for (id, block) in message_blocks(&f.text) {
            if before.get(&id) != Some(&block) {
                changed.insert(id);
            }
        }
    }
    changed
}

/// Each message's lines, by id (`id = …` and its indented continuation).
fn message_blocks(text: &str) -> std::collections::HashMap<String, String> {
    let mut blocks = std::collections::HashMap::new();
    let mut current: Option<(String, String)> = None;
    for line in text.lines() {
        let continues = line.starts_with([' ', '\t']) && !line.trim().is_empty();
        if continues {
            if let Some((_, block)) = current.as_mut() {
                block.push('\n');
                block.push_str(line);
            }
            continue;
        }
        if let Some((id, block)) = current.take() {
            blocks.insert(id, block);
        }
        if let Some((id, _)) = line.split_once('=').filter(|(id, _)| !id.trim().is_empty() && !line.starts_with('#')) {
            current = Some((id.trim().to_owned(), line.to_owned()));
        }
    }
    if let Some((id, block)) = current {
        blocks.insert(id, block);
    }
    blocks
}

/// Installs a prepared pack: its file, the new state, the new database.
/// `fail` is called after each step (tests make it fail); on a failure the
/// old state is put back, so the old content stays.
/// The database keeps the text of `locale` (and English), from the
/// compilation that validated the pack.
pub fn apply(
    data_dir: &Path,
    bytes: &[u8],
    old: &PackState,
    prepared: &Prepared,
    locale: &str,
    fail: &dyn Fn(Step) -> Result<(), Refusal>,
) -> Result<(), Refusal> {
    fail(Step::Validated)?;
    let installed = prepared.state.installed.last().expect("prepare adds the pack last");
    let dir = data_dir.join(PACKS_DIR);
    std::fs::create_dir_all(&dir).map_err(|e| crate::Error::io(&dir, e))?;
    let file = dir.join(&installed.file);
    crate::vault::write_atomic(&file, bytes).map_err(|e| crate::Error::io(&file, e))?;
    fail(Step::FileWritten)?;
    save_state(data_dir, &prepared.state)?;
    let built = fail(Step::StateWritten).and_then(|()| {
        crate::store::write(&prepared.content.with_locales(&[locale]), &data_dir.join(crate::store::CONTENT_DB_FILE))?;
        fail(Step::DatabaseBuilt)
    });
    if let Err(e) = built {
        // Back to the old state; the next open rebuilds from it if needed.
        save_state(data_dir, old)?;
        return Err(e);
    }
    remove_unused_files(data_dir, &prepared.state);
    Ok(())
}

/// The state after restoring the pack `pack_id` to the version it replaced,
/// or removing it when it replaced nothing.
pub fn restored(state: &PackState, pack_id: &str) -> Option<PackState> {
    let at = state.installed.iter().position(|i| i.pack_id == pack_id)?;
    let mut next = state.clone();
    match next.installed[at].previous.take() {
        Some(previous) => next.installed[at] = *previous,
        None => {
            next.installed.remove(at);
        }
    }
    Some(next)
}

/// Writes a state (restore) and rebuilds the database from it, with the
/// text of `locale` (and English), compiling once.
pub fn apply_state(
    data_dir: &Path,
    base: &SourceSet,
    old: &PackState,
    next: &PackState,
    locale: &str,
) -> Result<(), Refusal> {
    let sources = merged_sources(data_dir, base, next)?;
    let compilation = compile(&sources);
    if !compilation.diagnostics.is_empty() {
        return Err(Refusal::Content(compilation.diagnostics));
    }
    save_state(data_dir, next)?;
    if let Err(e) =
        crate::store::write(&compilation.content.with_locales(&[locale]), &data_dir.join(crate::store::CONTENT_DB_FILE))
    {
        save_state(data_dir, old)?;
        return Err(e.into());
    }
    remove_unused_files(data_dir, next);
    Ok(())
}

/// Pack files that neither an installed pack nor its previous version uses.
fn remove_unused_files(data_dir: &Path, state: &PackState) {
    let keep: Vec<&str> = state
        .installed
        .iter()
        .flat_map(|i| std::iter::once(i.file.as_str()).chain(i.previous.as_ref().map(|p| p.file.as_str())))
        .collect();
    let Ok(entries) = std::fs::read_dir(data_dir.join(PACKS_DIR)) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.ends_with(".kyrpack") && !keep.contains(&name.as_str()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The path of an installed pack's file (for tests and the CLI).
pub fn pack_path(data_dir: &Path, installed: &Installed) -> PathBuf {
    data_dir.join(PACKS_DIR).join(&installed.file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::{AudioFile, Manifest, PackFile};

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    /// What an official update that rewords a phrase carries: the English,
    /// the list with the new text's hash, and the new recording, which
    /// replaces the built-in one (no test can sign as the project, so the
    /// merge is checked here, below the signature).
    #[test]
    fn an_official_update_replaces_a_phrase_with_its_recording() {
        let base = SourceSet::from_dir(&root()).unwrap();
        let read = |path: &str| std::fs::read_to_string(root().join(path)).unwrap();
        let old = "phrase-no-search = I do not consent to a search.";
        let new = "phrase-no-search = I do not agree to a search.";
        let old_sha = crate::recordings::text_sha256("I do not consent to a search.");
        let new_sha = crate::recordings::text_sha256("I do not agree to a search.");
        let phrases =
            PackFile { path: "locales/en/phrases.ftl".into(), text: read("locales/en/phrases.ftl").replace(old, new) };
        let list = PackFile {
            path: "content/recordings.toml".into(),
            text: read("content/recordings.toml").replace(&old_sha, &new_sha),
        };
        let bytes = std::fs::read(root().join("content/audio/en/phrase-no-sign.opus")).unwrap();
        let voice = AudioFile { path: "content/audio/en/phrase-no-search.opus".into(), bytes: bytes.clone() };
        let manifest = Manifest {
            format: 1,
            publisher: "kyr project".into(),
            key_id: String::new(),
            pack_id: "org.kyr.update".into(),
            version: 1,
            created: "2026-12-07".into(),
            languages: vec!["en".into()],
            parts: vec!["content".into()],
        };
        let pack = |files: Vec<PackFile>| Pack {
            public_key: [0; 32],
            manifest: manifest.clone(),
            files,
            audio: vec![voice.clone()],
        };

        let updated = lay_over(&base, pack_sources(&pack(vec![phrases.clone(), list])));
        let media = updated.media().iter().find(|m| m.path == voice.path).unwrap();
        assert_eq!(media.bytes, bytes, "the update's recording replaces the built-in one");
        assert_eq!(updated.media().len(), base.media().len());
        let compiled = compile(&updated);
        assert!(compiled.diagnostics.is_empty(), "{:?}", compiled.diagnostics);
        // Reworded without its new recording's list, the old voice is stale.
        let stale = compile(&lay_over(&base, pack_sources(&pack(vec![phrases]))));
        assert!(stale.diagnostics.iter().any(|d| d.text.contains("phrase-no-search changed since it was recorded")));
        // Only the project may: a clinic pack with it is outside its space.
        assert!(matches!(check_clinic_space(&pack(vec![])), Err(Refusal::OutsideClinicSpace(_))));
    }
}
