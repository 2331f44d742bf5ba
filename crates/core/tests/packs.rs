//! Clinic packs through the same `Kyr` the app uses: trusted on first use,
//! installed atomically, shown where promised, refused whole when anything
//! is wrong, restorable — and a failure at any step leaves the old content.

use kyr_core::pack::{self, Manifest, PackFile};
use kyr_core::packs::{Refusal, Step};
use kyr_core::sources::{SourceSet, Sources};
use kyr_core::{Kyr, OpenOptions};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn data_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kyr-packs-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn open(dir: &Path) -> Kyr {
    let sources = SourceSet::from_dir(&root()).unwrap();
    Kyr::open(&OpenOptions { data_dir: dir, sources: Sources::Set(&sources), os_locales: vec![] }).unwrap()
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
        let mut files = vec![
            PackFile { path: "contacts.csv".into(), text: std::fs::read_to_string(root().join("examples/clinic-pack/contacts.csv")).unwrap() },
            PackFile { path: "profile.toml".into(), text: std::fs::read_to_string(root().join("examples/clinic-pack/profile.toml")).unwrap() },
        ];
        let mut parts = vec!["contacts".to_owned(), "profile".to_owned()];
        let mut languages: Vec<String> = extra.iter().filter_map(|f| f.path.strip_prefix("locales/")).map(|p| p.split('/').next().unwrap().to_owned()).collect();
        languages.dedup();
        if !extra.is_empty() {
            parts.insert(0, "content".into());
        }
        files.extend(extra);
        let manifest = Manifest {
            format: 1,
            publisher: publisher.into(),
            key_id: pack::fingerprint(&self.public),
            pack_id: "org.example.sample-clinic".into(),
            version,
            created: "2026-11-30".into(),
            languages,
            parts,
        };
        pack::write(&manifest, &files, &self.secret).unwrap()
    }
}

const NAME: &str = "Example Clinic (sample, not a real clinic)";

/// The door guide's English file with its first step changed.
fn changed_door_text() -> PackFile {
    let text = std::fs::read_to_string(root().join("locales/en/guides.ftl")).unwrap();
    let changed = text.replace("door-first = Do not open the door.", "door-first = Keep the door closed, says our clinic.");
    assert_ne!(text, changed);
    PackFile { path: "locales/en/guides.ftl".into(), text: changed }
}

fn assert_untouched(kyr: &Kyr, dir: &Path) {
    assert!(kyr.home().unwrap().clinic.is_none(), "no clinic on home");
    assert!(kyr.packs().unwrap().packs.is_empty());
    assert!(!kyr.guide("door").unwrap().sections[0].items[0].text.contains("our clinic"));
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
    let bytes = clinic.pack(NAME, 1, vec![changed_door_text()]);
    let review = kyr.install_pack(&bytes, false).unwrap();
    assert_eq!(review.status, "review");
    let r = review.review.unwrap();
    assert_eq!((r.publisher.as_str(), r.key_id.as_str()), (NAME, pack::fingerprint(&clinic.public).as_str()));
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
    assert_eq!(kyr.print_card().unwrap().clinic_line.as_deref(), Some("Example Clinic (sample): see example.org/clinic"));
    let door = kyr.guide("door").unwrap();
    assert!(door.sections[0].items[0].text.contains("our clinic"), "the pack's text is used");
    assert!(door.notices.iter().any(|n| n.contains(NAME)), "labelled with its publisher: {:?}", door.notices);
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
    let update = kyr.install_pack(&clinic.pack(NAME, 2, vec![changed_door_text()]), false).unwrap();
    assert_eq!(update.status, "installed", "{:?}", update.message);
    assert!(kyr.packs().unwrap().packs[0].can_restore);
    assert!(kyr.guide("door").unwrap().sections[0].items[0].text.contains("our clinic"));
    // No rollback by file: the same or an older version is refused.
    for version in [1, 2] {
        let refused = kyr.install_pack(&clinic.pack(NAME, version, vec![]), true).unwrap();
        assert_eq!(refused.status, "refused");
        assert!(refused.message.unwrap().contains("version"), "version {version}");
    }
    // Restore is the user's own step back.
    assert_eq!(kyr.restore_pack("org.example.sample-clinic").unwrap().status, "installed");
    assert!(!kyr.guide("door").unwrap().sections[0].items[0].text.contains("our clinic"));
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
    let broken = PackFile { path: "locales/es/ui.ftl".into(), text: std::fs::read_to_string(root().join("locales/es/ui.ftl")).unwrap() + "\nbroken = { $\n" };
    let view = kyr.install_pack(&clinic.pack(NAME, 1, vec![broken]), true).unwrap();
    assert_eq!(view.status, "refused");
    let message = view.message.unwrap();
    assert!(message.contains("locales/es/ui.ftl") && message.contains("line"), "{message}");
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
        let bytes = clinic.pack(NAME, 1, vec![changed_door_text()]);
        let fail = move |at: Step| if at == step { Err(Refusal::Io(format!("injected at {at:?}"))) } else { Ok(()) };
        let view = kyr.install_pack_failing_at(&bytes, true, &fail).unwrap();
        assert_eq!(view.status, "refused", "{step:?}");
        assert_untouched(&kyr, &dir);
        // The same pack installs cleanly afterwards.
        assert_eq!(kyr.install_pack(&bytes, true).unwrap().status, "installed", "{step:?}");
    }
}
