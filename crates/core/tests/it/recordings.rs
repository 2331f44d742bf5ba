//! Spoken help: every English line said to an agent has its recording, each
//! decodes as Ogg Opus, none is orphaned or made from older English, and the
//! views offer a play control wherever such a line shows.

use crate::common::{compiled, data_dir, open_shipped, root, sources};
use kyr_core::pack::audio::read_ogg_opus;
use kyr_core::recordings::{spoken_messages, text_sha256};
use kyr_core::sources::{MediaFile, SourceFile, SourceSet};
use std::collections::BTreeSet;

/// The budget for all the English recordings together.
const BUDGET_BYTES: usize = 300 * 1024;

#[test]
fn every_line_said_to_an_agent_has_one_english_recording_that_decodes() {
    let content = &compiled().content;
    let spoken = spoken_messages(&content.guides, &content.decks, content.warrant.as_ref());
    assert!(spoken.len() >= 13 && spoken.contains("phrase-lawyer") && spoken.contains("phrase-wrong-warrant"));
    // On disk: one file per line, named after it, and nothing else.
    let on_disk: BTreeSet<String> = std::fs::read_dir(root().join("content/audio/en"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let wanted: BTreeSet<String> = spoken.iter().map(|id| format!("{id}.opus")).collect();
    assert_eq!(on_disk, wanted, "scripts/make-recordings writes exactly these");
    let mut total = 0;
    for id in &spoken {
        let bytes = std::fs::read(root().join(format!("content/audio/en/{id}.opus"))).unwrap();
        let info = read_ogg_opus(&bytes).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(info.channels, 1, "{id}");
        // A short sentence read at a normal pace: 1 to 10 seconds.
        assert!((1000..10_000).contains(&info.duration_ms), "{id}: {} ms", info.duration_ms);
        total += bytes.len();
    }
    assert!(total <= BUDGET_BYTES, "{total} bytes of English recordings; the budget is {BUDGET_BYTES}");
    // Compiled: each once, in English, from today's English text.
    let built_in: Vec<_> = content.recordings.iter().filter(|r| r.pack_id.is_none()).collect();
    assert_eq!(built_in.iter().filter_map(|r| r.message.clone()).collect::<BTreeSet<_>>(), spoken);
    assert!(built_in.iter().all(|r| r.language == "en" && r.clinic.is_none()));
    let list = std::fs::read_to_string(root().join("content/recordings.toml")).unwrap();
    let lawyer = content.texts.iter().find(|t| t.locale == "en" && t.id == "phrase-lawyer").unwrap();
    assert!(list.contains(&text_sha256(&lawyer.text)));
}

fn with_media(set: &SourceSet, change: impl Fn(&mut Vec<MediaFile>)) -> SourceSet {
    let mut media = set.media().to_vec();
    change(&mut media);
    SourceSet::from_files(set.files().to_vec()).with_media(media)
}

fn problems(set: &SourceSet) -> String {
    kyr_core::compiler::compile(set).diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

#[test]
fn a_missing_orphaned_damaged_or_outdated_recording_is_named() {
    let shipped = sources();
    let lawyer = "content/audio/en/phrase-lawyer.opus";
    let missing = problems(&with_media(&shipped, |m| m.retain(|f| f.path != lawyer)));
    assert!(missing.contains(&format!("{lawyer} is missing")), "{missing}");

    let orphan = problems(&with_media(&shipped, |m| {
        let copy = m.iter().find(|f| f.path == lawyer).unwrap().clone();
        m.push(MediaFile { path: "content/audio/en/phrase-old.opus".into(), ..copy });
    }));
    assert!(orphan.contains("content/audio/en/phrase-old.opus") && orphan.contains("no list names"), "{orphan}");

    let damaged = problems(&with_media(&shipped, |m| {
        let f = m.iter_mut().find(|f| f.path == lawyer).unwrap();
        let last = f.bytes.len() - 1;
        f.bytes[last] ^= 0xff;
    }));
    assert!(damaged.contains(lawyer) && damaged.contains("not a playable recording"), "{damaged}");

    // The English changed: the old recording no longer says it.
    let phrases = "locales/en/phrases.ftl";
    let mut files: Vec<SourceFile> = shipped.files().to_vec();
    let f = files.iter_mut().find(|f| f.path == phrases).unwrap();
    f.text = f.text.replace("I want to speak with a lawyer.", "I want to talk to a lawyer.");
    let changed = problems(&SourceSet::from_files(files).with_media(shipped.media().to_vec()));
    assert!(changed.contains("phrase-lawyer changed since it was recorded"), "{changed}");

    // A phrase said to an agent with no recording in the list.
    let mut files: Vec<SourceFile> = shipped.files().to_vec();
    let list = files.iter_mut().find(|f| f.path == "content/recordings.toml").unwrap();
    let start = list.text.find("[[recording]]\nmessage = \"phrase-lawyer\"").unwrap();
    let end = start + list.text[start..].find("\n\n").unwrap();
    list.text.replace_range(start..end, "");
    let unlisted = problems(&SourceSet::from_files(files).with_media(shipped.media().to_vec()));
    assert!(unlisted.contains("phrase-lawyer is said to an agent but has no English recording"), "{unlisted}");
}

#[test]
fn cards_phrases_and_warrant_answers_offer_the_english_voice_in_the_users_language() {
    let kyr = open_shipped(&data_dir("recordings-ar"), &["ar-EG"]);
    let ar = |id: &str| crate::common::message("ar", id);
    let cards = kyr.cards().unwrap();
    for card in cards.decks.iter().flat_map(|d| &d.cards) {
        assert_eq!(card.audio.len(), 1, "{}", card.english);
        let control = &card.audio[0];
        assert_eq!(control.label, ar("audio-play-english"));
        assert_eq!(control.note.as_deref(), Some(ar("audio-computer-voice").as_str()));
        let bytes = kyr.recording(control.id).unwrap();
        let info = read_ogg_opus(&bytes).unwrap();
        assert_eq!(control.seconds, info.duration_ms.div_ceil(1000));
    }
    for id in ["door", "street", "face-scan", "car", "arrest", "protest"] {
        for section in kyr.guide(id).unwrap().sections {
            for item in &section.items {
                assert_eq!(item.audio.len(), usize::from(section.kind == "say"), "{id}: {}", item.text);
            }
        }
    }
    for result in kyr.warrant().unwrap().results {
        assert!(result.say.iter().all(|p| p.audio.len() == 1), "{}", result.id);
    }
    assert_eq!(kyr.recording(999_999).unwrap_err().code(), "unknown-recording");
}
