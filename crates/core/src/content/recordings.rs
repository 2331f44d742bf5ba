//! Spoken help: which messages are said to an agent (and so need an English
//! recording), the built-in recordings' list, and the recordings clinics add
//! with packs. Every file is checked as Ogg Opus (`kyr_pack::audio`).
//!
//! Built in: `content/recordings.toml` lists `content/audio/en/<id>.opus`,
//! each with the SHA-256 of the English text it was made from, so a changed
//! phrase cannot keep its old recording. `scripts/make-recordings` writes both.
//! From a pack: `packs/<pack id>/recordings.toml` and `packs/<pack id>/audio/`.

use crate::diagnostics::{Diagnostic, DiagnosticKind as K};
use crate::model::{DeckSource, GuideSource, SectionKind, WarrantSource};
use crate::pack_content::{ClinicProfile, PACKS_PREFIX};
use crate::sources::SourceSet;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;

/// The built-in list of recordings.
pub const BUILT_IN_LIST: &str = "content/recordings.toml";
/// The language of the built-in recordings.
pub const BUILT_IN_LANGUAGE: &str = "en";
const LANGUAGE_MAX_CHARS: usize = 40;

/// One recording, checked, with its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recording {
    /// What it reads: a message (`phrase-lawyer`, `clinic-hours-1`)…
    pub message: Option<String>,
    /// …or a whole clinic guide.
    pub guide: Option<String>,
    /// `en` for the built-in voice; the clinic's name for its language.
    pub language: String,
    /// The pack it came from; `None` when built in.
    pub pack_id: Option<String>,
    /// The clinic's name, to label it.
    pub clinic: Option<String>,
    /// How long it plays.
    pub duration_ms: u64,
    /// Ogg Opus.
    pub bytes: Vec<u8>,
}

/// Both lists, the built-in one and a pack's, in one shape: one TOML
/// deserializer in the app instead of two (the binary's size budget).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct List {
    /// How the built-in files were made (engine, voice, encoder), for people.
    #[serde(default)]
    engine: Option<String>,
    #[serde(default)]
    recording: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    file: String,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    guide: Option<String>,
    /// A pack's: the language as the clinic names it.
    #[serde(default)]
    language: Option<String>,
    /// The built-in list's: the English text it was made from.
    #[serde(default)]
    text_sha256: Option<String>,
}

fn read_list(path: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Option<List> {
    toml::from_str(text).map_err(|e| diags.push(crate::compiler::toml_diagnostic(path, text, &e))).ok()
}

/// Every message shown to an agent: card decks, guides' "what to say"
/// sections and the warrant checker's answers.
pub fn spoken_messages(
    guides: &[GuideSource],
    decks: &[DeckSource],
    warrant: Option<&WarrantSource>,
) -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = decks.iter().flat_map(|d| d.phrases.iter().cloned()).collect();
    for guide in guides.iter().filter(|g| !g.id.starts_with(crate::packs::CLINIC_PREFIX)) {
        for section in guide.sections.iter().filter(|s| s.kind == SectionKind::Say) {
            ids.extend(section.items.iter().map(|i| i.text.clone()));
        }
    }
    if let Some(w) = warrant {
        ids.extend(w.results.iter().flat_map(|r| r.say.iter().cloned()));
    }
    ids
}

/// The SHA-256 (hex) of a phrase's English text, as the list records it.
pub fn text_sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// What reading the recordings needs from the rest of the compilation.
pub struct RecordingRefs<'a> {
    /// The messages said to an agent: each needs a built-in recording.
    pub spoken: &'a BTreeSet<String>,
    /// A message's English text, when it exists.
    pub english: &'a dyn Fn(&str) -> Option<String>,
    /// Every guide id.
    pub guides: &'a [GuideSource],
    /// Clinic profiles, to label a pack's recordings.
    pub profiles: &'a [ClinicProfile],
}

/// Reads and checks the built-in recordings and every pack's.
pub fn read_recordings(sources: &SourceSet, refs: &RecordingRefs, diags: &mut Vec<Diagnostic>) -> Vec<Recording> {
    let mut out = read_built_in(sources, refs, diags);
    let mut listed_packs = BTreeSet::new();
    for file in sources.files() {
        let Some(pack) = file.path.strip_prefix(PACKS_PREFIX).and_then(|p| p.strip_suffix("/recordings.toml")) else {
            continue;
        };
        listed_packs.insert(pack);
        out.extend(read_pack(sources, pack, &file.path, &file.text, refs, diags));
    }
    // A pack's recordings without its list would never play: say so.
    for m in sources.media() {
        let pack = m.path.strip_prefix(PACKS_PREFIX).and_then(|p| p.split_once('/')).map(|(pack, _)| pack);
        if pack.is_some_and(|pack| !listed_packs.contains(pack)) {
            diags.push(Diagnostic::new(
                &m.path,
                K::BadReference,
                "no list names this recording; add audio/recordings.toml",
            ));
        }
    }
    out
}

fn read_built_in(sources: &SourceSet, refs: &RecordingRefs, diags: &mut Vec<Diagnostic>) -> Vec<Recording> {
    let Some(list_file) = sources.files().iter().find(|f| f.path == BUILT_IN_LIST) else {
        if !refs.spoken.is_empty() {
            diags.push(Diagnostic::new(BUILT_IN_LIST, K::BadReference, "the list of English recordings is missing"));
        }
        return Vec::new();
    };
    let (path, text) = (&list_file.path, &list_file.text);
    let Some(list) = read_list(path, text, diags) else { return Vec::new() };
    if list.engine.is_none() {
        diags.push(Diagnostic::new(path, K::BadReference, "engine: say how the recordings were made"));
    }
    let mut out = Vec::new();
    let mut files_listed = BTreeSet::new();
    for entry in &list.recording {
        let line = crate::compiler::value_line(text, &entry.file);
        let media_path = format!("content/audio/{}", entry.file);
        files_listed.insert(media_path.clone());
        let (Some(message), Some(sha), None, None) =
            (&entry.message, &entry.text_sha256, &entry.guide, &entry.language)
        else {
            let what = "a built-in recording has message, file and text_sha256 (no guide, no language)";
            diags.push(Diagnostic::new(path, K::BadReference, what).line(line));
            continue;
        };
        let bad = |what: String| Diagnostic::new(path, K::BadReference, what).line(line).message(message);
        if !refs.spoken.contains(message) {
            diags.push(bad(format!("{message} is not said to an agent anywhere; remove its recording")));
            continue;
        }
        if out.iter().any(|r: &Recording| r.message.as_ref() == Some(message)) {
            diags.push(bad(format!("{message} has two recordings")));
            continue;
        }
        let Some(english) = (refs.english)(message) else { continue };
        if &text_sha256(&english) != sha {
            diags.push(bad(format!(
                "the English text of {message} changed since it was recorded; run scripts/make-recordings"
            )));
            continue;
        }
        if let Some(r) = checked_media(sources, &media_path, path, line, diags) {
            out.push(Recording {
                message: Some(message.clone()),
                guide: None,
                language: BUILT_IN_LANGUAGE.to_owned(),
                pack_id: None,
                clinic: None,
                duration_ms: r.0,
                bytes: r.1,
            });
        }
    }
    for id in refs.spoken {
        if !list.recording.iter().any(|e| e.message.as_ref() == Some(id)) {
            diags.push(
                Diagnostic::new(
                    path,
                    K::BadReference,
                    format!("{id} is said to an agent but has no English recording; run scripts/make-recordings"),
                )
                .message(id),
            );
        }
    }
    orphans(sources, "content/audio/", &files_listed, diags);
    out
}

fn read_pack(
    sources: &SourceSet,
    pack: &str,
    path: &str,
    text: &str,
    refs: &RecordingRefs,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Recording> {
    let Some(list) = read_list(path, text, diags) else { return Vec::new() };
    let Some(clinic) = refs.profiles.iter().find(|p| p.pack_id == pack) else {
        diags.push(Diagnostic::new(
            path,
            K::BadReference,
            "a pack with recordings needs a profile.toml: its recordings are labelled with the clinic's name",
        ));
        return Vec::new();
    };
    let folder = format!("{PACKS_PREFIX}{pack}/audio/");
    let mut out = Vec::new();
    let mut files_listed = BTreeSet::new();
    for entry in &list.recording {
        let line = crate::compiler::value_line(text, &entry.file);
        let bad = |what: String| Diagnostic::new(path, K::BadReference, what).line(line);
        let media_path = format!("{folder}{}", entry.file);
        files_listed.insert(media_path.clone());
        if list.engine.is_some() || entry.text_sha256.is_some() {
            diags.push(bad("engine and text_sha256 belong to the app's own list only".to_owned()));
            continue;
        }
        let language = entry.language.as_deref().unwrap_or_default().trim();
        if language.is_empty()
            || language.chars().count() > LANGUAGE_MAX_CHARS
            || language.chars().any(char::is_control)
        {
            diags.push(bad(format!("language must be 1 to {LANGUAGE_MAX_CHARS} characters")));
            continue;
        }
        match (&entry.message, &entry.guide) {
            (Some(message), None) if (refs.english)(message).is_some() => {}
            (Some(message), None) => {
                diags.push(bad(format!("{message:?} is not a message of the app or of this pack")));
                continue;
            }
            (None, Some(guide))
                if guide.starts_with(crate::packs::CLINIC_PREFIX) && refs.guides.iter().any(|g| &g.id == guide) => {}
            (None, Some(guide)) => {
                diags.push(bad(format!("{guide:?} is not a clinic guide (clinic-…) in the content")));
                continue;
            }
            _ => {
                diags.push(bad("a recording reads either one message or one guide: give message or guide".to_owned()));
                continue;
            }
        }
        if let Some((duration_ms, bytes)) = checked_media(sources, &media_path, path, line, diags) {
            out.push(Recording {
                message: entry.message.clone(),
                guide: entry.guide.clone(),
                language: language.to_owned(),
                pack_id: Some(pack.to_owned()),
                clinic: Some(clinic.name.clone()),
                duration_ms,
                bytes,
            });
        }
    }
    orphans(sources, &folder, &files_listed, diags);
    out
}

/// The file's length and bytes, or a diagnostic when it is missing or not a
/// whole Ogg Opus recording.
fn checked_media(
    sources: &SourceSet,
    media_path: &str,
    list: &str,
    line: usize,
    diags: &mut Vec<Diagnostic>,
) -> Option<(u64, Vec<u8>)> {
    let Some(media) = sources.media().iter().find(|m| m.path == media_path) else {
        diags.push(Diagnostic::new(list, K::BadReference, format!("{media_path} is missing")).line(line));
        return None;
    };
    match kyr_pack::audio::read_ogg_opus(&media.bytes) {
        Ok(info) => Some((info.duration_ms, media.bytes.clone())),
        Err(e) => {
            diags.push(Diagnostic::new(media_path, K::BadReference, format!("not a playable recording: {e}")));
            None
        }
    }
}

/// A recording in `folder` that no list names is an orphan.
fn orphans(sources: &SourceSet, folder: &str, listed: &BTreeSet<String>, diags: &mut Vec<Diagnostic>) {
    for m in sources.media().iter().filter(|m| m.path.starts_with(folder) && !listed.contains(&m.path)) {
        diags.push(Diagnostic::new(&m.path, K::BadReference, "no list names this recording; remove it or list it"));
    }
}
