//! Clinic packs through the same `Kyr` the app uses: trusted on first use,
//! installed atomically, shown where promised, refused whole when anything
//! is wrong, restorable — and a failure at any step leaves the old content.

use crate::common::{data_dir, open_shipped, root};
use kyr_core::pack::{self, AudioFile, Manifest, PackFile};
use kyr_core::packs::{Refusal, Step};
use kyr_core::sources::SourceSet;
use kyr_core::Kyr;
use std::path::{Path, PathBuf};

fn open(dir: &Path) -> Kyr {
    open_shipped(dir, &[])
}

struct Clinic {
    secret: [u8; 32],
    public: [u8; 32],
}

impl Clinic {
    fn new() -> Self {
        let (secret, public) = pack::keygen().unwrap();
        Clinic { secret, public }
    }

    fn pack(&self, publisher: &str, version: u64, extra: Vec<PackFile>) -> Vec<u8> {
        self.pack_with_id(publisher, "org.example.sample-clinic", version, extra)
    }

    fn pack_with_id(&self, publisher: &str, pack_id: &str, version: u64, extra: Vec<PackFile>) -> Vec<u8> {
        self.pack_with_audio(publisher, pack_id, version, extra, vec![])
    }

    fn pack_with_audio(
        &self,
        publisher: &str,
        pack_id: &str,
        version: u64,
        extra: Vec<PackFile>,
        audio: Vec<AudioFile>,
    ) -> Vec<u8> {
        let mut files = vec![
            PackFile {
                path: "contacts.csv".into(),
                text: std::fs::read_to_string(root().join("examples/clinic-pack/contacts.csv")).unwrap(),
            },
            PackFile {
                path: "profile.toml".into(),
                text: std::fs::read_to_string(root().join("examples/clinic-pack/profile.toml")).unwrap(),
            },
        ];
        let mut parts = vec!["contacts".to_owned(), "profile".to_owned()];
        let mut languages: Vec<String> = extra
            .iter()
            .filter_map(|f| f.path.strip_prefix("locales/"))
            .map(|p| p.split('/').next().unwrap().to_owned())
            .collect();
        languages.dedup();
        let paths = || extra.iter().map(|f| &f.path).chain(audio.iter().map(|a| &a.path));
        if paths().any(|p| p.starts_with("content/") || p.starts_with("locales/")) {
            parts.insert(0, "content".into());
        }
        if paths().any(|p| p.starts_with("audio/")) {
            parts.push("audio".into());
        }
        files.extend(extra);
        let manifest = Manifest {
            format: 1,
            publisher: publisher.into(),
            key_id: pack::fingerprint(&self.public),
            pack_id: pack_id.into(),
            version,
            created: "2026-11-30".into(),
            languages,
            parts,
        };
        pack::write(&manifest, &files, &audio, &self.secret).unwrap()
    }
}

const NAME: &str = "Example Clinic (sample, not a real clinic)";

/// A clinic's own guide, in its namespace: `content/guides/clinic-hours.toml`
/// and `clinic-*` messages in every shipped language.
fn clinic_guide() -> Vec<PackFile> {
    let guide = "id = \"clinic-hours\"\norder = 200\nicon = \"directory\"\nlast_reviewed = \"2026-11-30\"\nreviewed_by = \"Example Clinic\"\ntitle = \"clinic-hours-title\"\nsummary = \"clinic-hours-summary\"\n\n[[sections]]\nkind = \"first\"\nitems = [{ text = \"clinic-hours-first\" }]\n\n[[sections]]\nkind = \"do\"\nitems = [{ text = \"clinic-hours-call\", practical = true }]\n\n[[sections]]\nkind = \"say\"\nitems = [{ text = \"phrase-lawyer\", cite = [\"aclu-lawyer-sign\"] }]\n\n[[sections]]\nkind = \"lawyer\"\nitems = [{ text = \"lawyer-info\", cite = [\"eoir-pro-bono\"] }]\n";
    let ftl = "clinic-hours-title = Our clinic's hours\nclinic-hours-summary = When you can visit us.\nclinic-hours-first = Call before you come, says our clinic.\nclinic-hours-call = Call us on weekdays.\n";
    let mut files = vec![PackFile { path: "content/guides/clinic-hours.toml".into(), text: guide.into() }];
    let mut codes: Vec<String> = std::fs::read_dir(root().join("locales"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("locale.toml").is_file())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    files.extend(
        codes.into_iter().map(|code| PackFile { path: format!("locales/{code}/clinic.ftl"), text: ftl.into() }),
    );
    files
}

fn has_clinic_guide(kyr: &Kyr) -> bool {
    kyr.guide("clinic-hours").is_ok()
}

fn assert_untouched(kyr: &Kyr, dir: &Path) {
    assert!(kyr.home().unwrap().clinic.is_none(), "no clinic on home");
    assert!(kyr.packs().unwrap().packs.is_empty());
    assert!(!has_clinic_guide(kyr));
    // And after a restart, too.
    let again = open(dir);
    assert!(again.home().unwrap().clinic.is_none());
    assert!(again.packs().unwrap().packs.is_empty());
}

#[test]
fn a_first_pack_is_reviewed_then_trusted_installed_and_shown_everywhere() {
    let dir = data_dir("good");
    let clinic = Clinic::new();
    let mut kyr = open(&dir);
    let bytes = clinic.pack(NAME, 1, clinic_guide());
    let review = kyr.install_pack(&bytes, false).unwrap();
    assert_eq!(review.status, "review");
    let r = review.review.unwrap();
    assert_eq!((r.publisher.as_str(), r.key_id.as_str()), (NAME, pack::fingerprint(&clinic.public).as_str()));
    // The review says what the pack adds, its guide by title.
    let adds = r.adds.join("\n").replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        adds.contains("Contacts for the directory")
            && adds.contains("line for printed cards")
            && adds.contains("Our clinic's hours"),
        "{adds}"
    );
    assert_untouched(&kyr, &dir);

    let done = kyr.install_pack(&bytes, true).unwrap();
    assert_eq!(done.status, "installed", "{:?}", done.problems);
    let clinic_card = kyr.home().unwrap().clinic.unwrap();
    assert_eq!(clinic_card.name, "Example Clinic (sample)");
    assert_eq!(clinic_card.website.as_deref(), Some("https://example.org/clinic"));
    assert!(clinic_card.from.contains(NAME));
    let dir_view = kyr.directory(&Default::default()).unwrap();
    assert_eq!(dir_view.clinics.len(), 1);
    assert!(dir_view.clinics[0].from.as_deref().unwrap().contains(NAME));
    let print = kyr.print_card().unwrap();
    assert_eq!(print.clinic_line.as_deref(), Some("Example Clinic (sample): see example.org/clinic"));
    assert!(print.clinic_from.unwrap().contains(NAME), "the print view says whose line it is");
    let guide = kyr.guide("clinic-hours").unwrap();
    assert!(guide.sections[0].items[0].text.contains("our clinic"), "the pack's guide is shown");
    assert!(guide.notices.iter().any(|n| n.contains(NAME)), "labelled with its publisher: {:?}", guide.notices);
    assert!(
        !kyr.guide("door").unwrap().notices.iter().any(|n| n.contains(NAME)),
        "built-in guides are not the clinic's"
    );
    // It stays after a restart.
    let again = open(&dir);
    assert_eq!(again.packs().unwrap().packs.len(), 1);
    assert!(again.home().unwrap().clinic.is_some());
}

#[test]
fn updates_from_the_same_key_install_and_the_previous_one_comes_back_in_one_step() {
    let dir = data_dir("update");
    let clinic = Clinic::new();
    let mut kyr = open(&dir);
    assert_eq!(kyr.install_pack(&clinic.pack(NAME, 1, vec![]), true).unwrap().status, "installed");
    // A known publisher's update needs no question.
    let update = kyr.install_pack(&clinic.pack(NAME, 2, clinic_guide()), false).unwrap();
    assert_eq!(update.status, "installed", "{:?}", update.message);
    assert!(kyr.packs().unwrap().packs[0].can_restore);
    assert!(has_clinic_guide(&kyr));
    // No rollback by file: the same or an older version is refused.
    for version in [1, 2] {
        let refused = kyr.install_pack(&clinic.pack(NAME, version, vec![]), true).unwrap();
        assert_eq!(refused.status, "refused");
        assert!(refused.message.unwrap().contains("version"), "version {version}");
    }
    // Restore is the user's own step back.
    assert_eq!(kyr.restore_pack("org.example.sample-clinic").unwrap().status, "installed");
    assert!(!has_clinic_guide(&kyr));
    assert!(kyr.packs().unwrap().packs[0].version.contains('1'));
    // Restoring a first install removes it.
    kyr.restore_pack("org.example.sample-clinic").unwrap();
    assert!(kyr.packs().unwrap().packs.is_empty());
    assert!(kyr.home().unwrap().clinic.is_none());
}

#[test]
fn tampered_truncated_foreign_impostor_and_broken_packs_are_refused_and_change_nothing() {
    let dir = data_dir("refused");
    let clinic = Clinic::new();
    let mut kyr = open(&dir);
    let good = clinic.pack(NAME, 1, vec![]);
    let check = |kyr: &mut Kyr, bytes: &[u8], expect: &str| {
        let view = kyr.install_pack(bytes, true).unwrap();
        assert_eq!(view.status, "refused", "{expect}");
        let message = view.message.unwrap();
        assert!(message.contains(expect), "{message:?} should say {expect:?}");
    };
    let mut flipped = good.clone();
    flipped[good.len() / 2] ^= 1;
    check(&mut kyr, &flipped, "changed or damaged");
    check(&mut kyr, &good[..good.len() - 10], "changed or damaged");
    check(&mut kyr, &good[..20], "not a kyr pack");
    check(&mut kyr, &vec![0u8; pack::MAX_PACK_BYTES + 1], "too large");
    check(&mut kyr, &clinic.pack("kyr project", 1, vec![]), "app's makers");
    // A Fluent error names the file and the line.
    let mut broken = clinic_guide();
    let en = broken.iter_mut().find(|f| f.path == "locales/en/clinic.ftl").unwrap();
    en.text.push_str("clinic-broken = { $\n");
    let view = kyr.install_pack(&clinic.pack(NAME, 1, broken), true).unwrap();
    assert_eq!(view.status, "refused");
    let message = view.message.unwrap();
    assert!(message.contains("locales/en/clinic.ftl") && message.contains("line"), "{message}");
    assert_untouched(&kyr, &dir);

    // Once a publisher is trusted, another key may not use its name or its pack.
    assert_eq!(kyr.install_pack(&good, true).unwrap().status, "installed");
    let impostor = Clinic::new();
    check(&mut kyr, &impostor.pack(NAME, 2, vec![]), "key is different");
    check(&mut kyr, &impostor.pack("Another Clinic", 2, vec![]), "key is different");
}

#[test]
fn a_failure_at_any_step_of_an_install_leaves_the_old_content_working() {
    for step in [Step::Validated, Step::FileWritten, Step::StateWritten, Step::DatabaseBuilt] {
        let dir = data_dir(&format!("fail-{step:?}"));
        let clinic = Clinic::new();
        let mut kyr = open(&dir);
        let bytes = clinic.pack(NAME, 1, clinic_guide());
        let fail = move |at: Step| {
            let injected = std::io::Error::other(format!("injected at {at:?}"));
            if at == step {
                Err(Refusal::Storage(kyr_core::Error::io("packs", injected)))
            } else {
                Ok(())
            }
        };
        let view = kyr.install_pack_failing_at(&bytes, true, &fail).unwrap();
        assert_eq!(view.status, "refused", "{step:?}");
        assert_untouched(&kyr, &dir);
        // The same pack installs cleanly afterwards.
        assert_eq!(kyr.install_pack(&bytes, true).unwrap().status, "installed", "{step:?}");
    }
}

/// The app's own file at `path`, with `from` replaced by `to`.
fn built_in_changed(path: &str, from: &str, to: &str) -> PackFile {
    let text = std::fs::read_to_string(root().join(path)).unwrap();
    assert!(text.contains(from), "{path} lacks {from:?}");
    PackFile { path: path.into(), text: text.replace(from, to) }
}

#[test]
fn a_trusted_clinic_key_cannot_change_what_the_app_itself_says() {
    let dir = data_dir("built-in");
    let clinic = Clinic::new();
    let mut kyr = open(&dir);
    // The clinic is trusted first, as in the review's attack.
    assert_eq!(kyr.install_pack(&clinic.pack(NAME, 1, vec![]), true).unwrap().status, "installed");
    let english_phrase = || {
        kyr_core::compiler::compile(&SourceSet::from_dir(&root()).unwrap())
            .content
            .texts
            .into_iter()
            .find(|t| t.locale == "en" && t.id == "phrase-no-search")
            .unwrap()
            .text
    };
    let attacks: Vec<Vec<PackFile>> = vec![
        vec![built_in_changed(
            "locales/en/phrases.ftl",
            "phrase-no-search = I do not consent to a search.",
            "phrase-no-search = I consent to a search.",
        )],
        vec![built_in_changed("locales/en/terms.ftl", "-ice = ICE", "-ice = the Red Cross")],
        vec![built_in_changed(
            "locales/en/safety.ftl",
            "detained-msg-intro = ",
            "detained-msg-intro = Pay the bond by Zelle. ",
        )],
        vec![built_in_changed(
            "locales/en/packs.ftl",
            "pack-review-known = ",
            "pack-review-known = Official and safe. ",
        )],
        vec![built_in_changed(
            "content/warrant.toml",
            "{ text = \"warrant-a-top-dhs\", result = \"administrative\" }",
            "{ text = \"warrant-a-top-dhs\", result = \"judge-search\" }",
        )],
        vec![built_in_changed("content/cards.toml", "print = [\"phrase-remain-silent\", ", "print = [")],
        // A clinic file that smuggles in a built-in id, and guides outside the clinic's names.
        vec![PackFile {
            path: "locales/en/clinic.ftl".into(),
            text: "phrase-no-search = I consent to a search.\n".into(),
        }],
        vec![PackFile { path: "locales/en/clinic.ftl".into(), text: "-ice = the Red Cross\n".into() }],
        vec![built_in_changed("content/guides/door.toml", "reviewed_by", "reviewed_by")],
        clinic_guide()
            .into_iter()
            .map(|mut f| {
                if f.path.ends_with(".toml") {
                    f.text = f.text.replace("id = \"clinic-hours\"", "id = \"clinic-hours\"\nurgent = true");
                }
                f
            })
            .collect(),
    ];
    for (version, files) in attacks.into_iter().enumerate() {
        let label = files[0].path.clone();
        for trust in [false, true] {
            let view = kyr.install_pack(&clinic.pack(NAME, 2 + version as u64, files.clone()), trust).unwrap();
            assert_eq!(view.status, "refused", "{label} (trust {trust})");
            assert!(view.message.as_deref().unwrap().contains("app's own words"), "{label}: {:?}", view.message);
        }
    }
    // Nor the app's own English voice of a phrase.
    let voice = AudioFile {
        path: "content/audio/en/phrase-no-search.opus".into(),
        bytes: std::fs::read(root().join("content/audio/en/phrase-no-sign.opus")).unwrap(),
    };
    let view =
        kyr.install_pack(&clinic.pack_with_audio(NAME, "org.example.sample-clinic", 20, vec![], vec![voice]), true);
    assert!(view.unwrap().message.as_deref().unwrap().contains("app's own words"));
    assert_eq!(english_phrase(), "I do not consent to a search.");
    let state = kyr.packs().unwrap();
    assert_eq!(state.packs.len(), 1);
    assert!(state.packs[0].version.contains('1'), "still version 1: {}", state.packs[0].version);
    assert!(kyr.home().unwrap().urgent.unwrap().id == "right-now");
}

#[test]
fn a_deeply_nested_pack_is_refused_without_a_crash() {
    let dir = data_dir("deep");
    let clinic = Clinic::new();
    let mut kyr = open(&dir);
    let mut files = clinic_guide();
    let en = files.iter_mut().find(|f| f.path == "locales/en/clinic.ftl").unwrap();
    en.text.push_str(&format!("clinic-deep = {}x{}\n", "{ ".repeat(20_000), " }".repeat(20_000)));
    let bytes = clinic.pack(NAME, 1, files);
    for trust in [false, true] {
        let view = kyr.install_pack(&bytes, trust).unwrap();
        assert_eq!(view.status, "refused", "trust {trust}");
        assert!(view.message.unwrap().contains("not made correctly"));
    }
    assert_untouched(&kyr, &dir);
}

#[test]
fn look_alike_names_cannot_pass_for_a_trusted_clinic_or_the_project() {
    let dir = data_dir("look-alike");
    let real = Clinic::new();
    let mut kyr = open(&dir);
    assert_eq!(kyr.install_pack(&real.pack(NAME, 1, vec![]), true).unwrap().status, "installed");
    let fake = Clinic::new();
    for (name, expect) in [
        ("Ex\u{0430}mple Clinic (sample, not a real clinic)", "key is different"),
        ("Example\u{00a0}Clinic (sample, not a real clinic)", "key is different"),
        ("EXAMPLE  CLINIC (sample, not a real clinic)", "key is different"),
        ("Example Cli\u{200b}nic (sample, not a real clinic)", "not made correctly"),
        ("Example Clinic \u{202e})cinilc laer a ton ,elpmas(", "not made correctly"),
        ("kyr\u{00a0}project", "app's makers"),
        ("k\u{0443}r project", "app's makers"),
        ("kyr  project", "app's makers"),
    ] {
        let view = kyr.install_pack(&fake.pack_with_id(name, "aaa.clinic", 1, vec![]), false).unwrap();
        assert_eq!(view.status, "refused", "{name:?}");
        assert!(view.message.unwrap().contains(expect), "{name:?} should be refused with {expect:?}");
    }
    // Another clinic, really different, whose pack id sorts first, does not take over home.
    assert_eq!(
        kyr.install_pack(&fake.pack_with_id("Another Clinic", "aaa.clinic", 1, vec![]), true).unwrap().status,
        "installed"
    );
    let card = kyr.home().unwrap().clinic.unwrap();
    assert!(card.from.contains(NAME), "{}", card.from);
    assert!(card.key.unwrap().contains(&pack::fingerprint(&real.public)), "the home card shows the key code");
    std::fs::remove_dir_all(dir).unwrap();
}

/// Every file under `dir`, recursively.
fn all_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(all_files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn erasing_everything_leaves_no_trace_of_a_clinic_pack() {
    let dir = data_dir("wipe");
    let clinic = Clinic::new();
    let mut kyr = open(&dir);
    assert_eq!(kyr.install_pack(&clinic.pack(NAME, 1, clinic_guide()), true).unwrap().status, "installed");
    assert!(kyr.home().unwrap().clinic.is_some() && has_clinic_guide(&kyr));
    kyr.wipe_everything().unwrap();
    assert_untouched(&kyr, &dir);
    // No file left in the data folder names the clinic or holds its pack.
    for file in all_files(&dir) {
        let bytes = std::fs::read(&file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("Example Clinic") && !text.contains("org.example.sample-clinic"),
            "{} still names the clinic",
            file.display()
        );
    }
    // The publisher is no longer trusted: its next pack is reviewed again.
    assert_eq!(kyr.install_pack(&clinic.pack(NAME, 1, vec![]), false).unwrap().status, "review");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_unreadable_pack_record_is_kept_and_installs_wait() {
    let dir = data_dir("state-broken");
    let clinic = Clinic::new();
    let mut kyr = open(&dir);
    assert_eq!(kyr.install_pack(&clinic.pack(NAME, 1, vec![]), true).unwrap().status, "installed");
    let state = dir.join("packs/state.json");
    std::fs::write(&state, "{\"installed\": [").unwrap();
    let mut kyr = open(&dir);
    let other = Clinic::new();
    let view = kyr.install_pack(&other.pack(NAME, 1, vec![]), true).unwrap();
    assert_eq!(view.status, "refused", "no install over a record that cannot be read");
    assert_eq!(std::fs::read_to_string(&state).unwrap(), "{\"installed\": [", "the record is left as it is");
    assert!(dir.join("packs/org.example.sample-clinic-1.kyrpack").is_file(), "the installed pack is kept");
    assert!(!kyr.ui().unwrap().notices.is_empty(), "the user is told");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_removed_pack_cannot_come_back_in_an_older_version() {
    let dir = data_dir("high-water");
    let clinic = Clinic::new();
    let mut kyr = open(&dir);
    for version in [1, 2] {
        assert_eq!(kyr.install_pack(&clinic.pack(NAME, version, vec![]), true).unwrap().status, "installed");
    }
    kyr.restore_pack("org.example.sample-clinic").unwrap();
    kyr.restore_pack("org.example.sample-clinic").unwrap();
    assert!(kyr.packs().unwrap().packs.is_empty(), "removed");
    for version in [1, 2] {
        let view = kyr.install_pack(&clinic.pack(NAME, version, vec![]), true).unwrap();
        assert_eq!(view.status, "refused", "version {version}");
        assert!(view.message.unwrap().contains("version"));
    }
    assert_eq!(kyr.install_pack(&clinic.pack(NAME, 3, vec![]), true).unwrap().status, "installed");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_refusal_shows_no_path_of_this_device() {
    let dir = data_dir("paths");
    let clinic = Clinic::new();
    let mut kyr = open(&dir);
    let bytes = clinic.pack(NAME, 1, vec![]);
    let fail = |at: Step| {
        if at == Step::FileWritten {
            Err(Refusal::Storage(kyr_core::Error::io(dir.join("packs"), std::io::Error::other("disk full"))))
        } else {
            Ok(())
        }
    };
    let view = kyr.install_pack_failing_at(&bytes, true, &fail).unwrap();
    assert_eq!(view.status, "refused");
    let shown = format!("{:?} {:?}", view.message, view.problems);
    assert!(!shown.contains(&dir.display().to_string()) && !shown.contains("disk full"), "{shown}");
    std::fs::remove_dir_all(dir).unwrap();
}

fn outdated(rows: &str) -> Vec<PackFile> {
    vec![PackFile { path: "outdated.csv".into(), text: format!("name,phone,url\n{rows}") }]
}

#[test]
fn a_clinic_reports_a_built_in_entry_outdated_beside_it_without_changing_it() {
    let dir = data_dir("outdated");
    let clinic = Clinic::new();
    let mut kyr = open(&dir);
    let query = kyr_core::directory::DirectoryQuery { state: Some("CA".into()), ..Default::default() };
    let before = kyr.directory(&query).unwrap();
    let santa_cruz = |view: &kyr_core::views::DirectoryView| {
        view.local
            .iter()
            .find(|c| c.phone_e164.as_deref() == Some("+18312394289"))
            .cloned()
            .expect("the built-in Santa Cruz line")
    };
    assert!(santa_cruz(&before).reported_outdated.is_empty());

    let bytes = clinic.pack(NAME, 1, outdated("Santa Cruz County rapid response hotline,831-239-4289,\n"));
    let review = kyr.install_pack(&bytes, false).unwrap();
    let adds = review.review.unwrap().adds.join("\n");
    assert!(adds.contains("Reports of outdated directory entries"), "{adds}");
    let done = kyr.install_pack(&bytes, true).unwrap();
    assert_eq!(done.status, "installed", "{:?}", done.problems);
    let after = kyr.directory(&query).unwrap();
    let card = santa_cruz(&after);
    let line = card.reported_outdated.join(" ").replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(line, format!("Reported outdated by {NAME}"));
    // The built-in entry itself is unchanged and still listed, in place.
    let original = santa_cruz(&before);
    assert_eq!(
        (card.name, card.phone, card.source_url, card.source_quote),
        (original.name, original.phone, original.source_url, original.source_quote)
    );
    assert_eq!(after.local.len(), before.local.len());
    // Only that entry carries the report.
    assert_eq!(after.local.iter().filter(|c| !c.reported_outdated.is_empty()).count(), 1);
}

#[test]
fn a_report_that_names_no_built_in_entry_refuses_the_pack() {
    let dir = data_dir("outdated-typo");
    let clinic = Clinic::new();
    let mut kyr = open(&dir);
    for rows in ["Typo,831-239-4288,\n", "Bad,not a phone,\n", "Site,,https://example.org/not-listed\n"] {
        let bytes = clinic.pack(NAME, 1, outdated(rows));
        let done = kyr.install_pack(&bytes, true).unwrap();
        assert_ne!(done.status, "installed", "{rows}");
        assert!(done.problems.iter().any(|p| p.contains("outdated.csv")), "{rows}: {:?}", done.problems);
    }
    assert_untouched(&kyr, &dir);
}

/// A recording of `target` (`message = "…"` or `guide = "…"`) in Mam.
fn recording(file: &str, target: &str) -> (PackFile, AudioFile) {
    let list = format!("[[recording]]\nfile = \"{file}\"\n{target}\nlanguage = \"Mam\"\n");
    let bytes = std::fs::read(root().join("content/audio/en/phrase-lawyer.opus")).unwrap();
    (PackFile { path: "audio/recordings.toml".into(), text: list }, AudioFile { path: format!("audio/{file}"), bytes })
}

#[test]
fn a_clinics_recordings_play_where_they_belong_labelled_with_its_name() {
    let dir = data_dir("audio");
    let clinic = Clinic::new();
    let mut kyr = open(&dir);
    let (list, audio) = recording("lawyer-mam.opus", "message = \"phrase-lawyer\"");
    let mut guide_list = list.clone();
    guide_list
        .text
        .push_str("\n[[recording]]\nfile = \"hours-mam.opus\"\nguide = \"clinic-hours\"\nlanguage = \"Mam\"\n");
    let guide_audio = AudioFile { path: "audio/hours-mam.opus".into(), bytes: audio.bytes.clone() };
    let mut files = clinic_guide();
    files.push(guide_list);
    let bytes = clinic.pack_with_audio(NAME, "org.example.sample-clinic", 1, files, vec![audio.clone(), guide_audio]);
    let review = kyr.install_pack(&bytes, false).unwrap().review.unwrap();
    assert!(
        review.adds.iter().any(|a| a.replace(['\u{2068}', '\u{2069}'], "") == "Recordings read aloud: 2"),
        "{:?}",
        review.adds
    );
    let done = kyr.install_pack(&bytes, true).unwrap();
    assert_eq!(done.status, "installed", "{:?}", done.problems);

    // Beside the phrase, after the English voice, wherever the phrase shows.
    let cards = kyr.cards().unwrap();
    let lawyer =
        cards.decks.iter().flat_map(|d| &d.cards).find(|c| c.english == "I want to speak with a lawyer.").unwrap();
    assert_eq!(lawyer.audio.len(), 2);
    assert_eq!(lawyer.audio[0].label, "Play in English");
    let label = lawyer.audio[1].label.replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(label, "Play: Mam, recorded by Example Clinic (sample)");
    assert_eq!(lawyer.audio[1].note, None);
    assert_eq!(kyr.recording(lawyer.audio[1].id).unwrap(), audio.bytes);
    let others = cards.decks.iter().flat_map(|d| &d.cards).filter(|c| c.english != lawyer.english);
    assert!(others.clone().all(|c| c.audio.len() == 1), "only the phrase it reads");
    let door = kyr.guide("door").unwrap();
    let say = door.sections.iter().find(|s| s.kind == "say").unwrap();
    assert_eq!(say.items.iter().map(|i| i.audio.len()).collect::<Vec<_>>(), [1, 1, 1, 2]);
    // A whole guide's recording sits at its top.
    let hours = kyr.guide("clinic-hours").unwrap();
    assert_eq!(hours.audio.len(), 1);
    assert!(hours.audio[0].label.contains("Mam"));
    assert!(kyr.guide("door").unwrap().audio.is_empty());
    // In Spanish, the label is Spanish; the clinic's words stay its own.
    kyr.set_language("es").unwrap();
    let hours = kyr.guide("clinic-hours").unwrap();
    assert!(
        hours.audio[0].label.replace(['\u{2068}', '\u{2069}'], "").starts_with("Escuchar: Mam"),
        "{}",
        hours.audio[0].label
    );
}

#[test]
fn a_pack_with_a_damaged_unlisted_or_misdirected_recording_is_refused_whole() {
    let dir = data_dir("audio-refused");
    let clinic = Clinic::new();
    let mut kyr = open(&dir);
    let refused = |kyr: &mut Kyr, files: Vec<PackFile>, audio: Vec<AudioFile>| {
        let bytes = clinic.pack_with_audio(NAME, "org.example.sample-clinic", 1, files, audio);
        let view = kyr.install_pack(&bytes, true).unwrap();
        assert_eq!(view.status, "refused");
        let mut why = view.message.unwrap();
        why.push_str(&view.problems.join("\n"));
        why
    };
    let (list, good) = recording("lawyer-mam.opus", "message = \"phrase-lawyer\"");

    // Not Ogg Opus, cut short, too large: the localized reason, nothing changed.
    let mut cut = good.clone();
    cut.bytes.truncate(cut.bytes.len() - 100);
    let wav = AudioFile { path: good.path.clone(), bytes: b"RIFF....WAVEfmt ".to_vec() };
    let huge = AudioFile { path: good.path.clone(), bytes: vec![0; pack::audio::MAX_RECORDING_BYTES + 1] };
    for bad in [cut, wav, huge] {
        let why = refused(&mut kyr, vec![list.clone()], vec![bad]);
        assert!(why.starts_with("A recording in this pack is damaged, too long or too large."), "{why}");
    }
    // A message that does not exist, a built-in guide, no target, a file
    // that is not there, a file no list names.
    for (target, expect) in [
        ("message = \"phrase-nothing\"", "not a message"),
        ("guide = \"door\"", "not a clinic guide"),
        ("", "either one message or one guide"),
    ] {
        let (list, audio) = recording("lawyer-mam.opus", target);
        let why = refused(&mut kyr, vec![list], vec![audio]);
        assert!(why.contains(expect), "{why}");
    }
    let (list_other, _) = recording("other.opus", "message = \"phrase-lawyer\"");
    assert!(refused(&mut kyr, vec![list_other], vec![good.clone()]).contains("missing"));
    let extra = AudioFile { path: "audio/extra.opus".into(), bytes: good.bytes.clone() };
    assert!(refused(&mut kyr, vec![list.clone()], vec![good.clone(), extra]).contains("no list names this recording"));
    // Recordings with no list at all.
    assert!(refused(&mut kyr, vec![], vec![good.clone()]).contains("add audio/recordings.toml"));
    assert_untouched(&kyr, &dir);
}
