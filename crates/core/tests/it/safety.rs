//! The emergency plan, the detained message and erasing everything, through
//! the same `Kyr` the app uses, on the shipped content.

use crate::common::{data_dir, open_shipped};
use kyr_core::vault::{EmergencyContact, KdfParams, Plan};
use kyr_core::Kyr;
use std::path::Path;

fn open(dir: &Path) -> Kyr {
    let mut kyr = open_shipped(dir, &[]);
    kyr.set_vault_kdf(KdfParams { m_kib: 64, t: 1, p: 1 });
    kyr.set_clock(1_800_000_000);
    kyr
}

fn plan() -> Plan {
    Plan {
        name: "Ana".into(),
        a_number: "A123456789".into(),
        contacts: vec![
            EmergencyContact { name: "Luis".into(), phone: "(555) 555-0100".into() },
            EmergencyContact { name: "Tía".into(), phone: "+52 55 1234 5678".into() },
        ],
        lawyer_name: "Clinic".into(),
        lawyer_phone: "555 555 0199".into(),
        ..Plan::default()
    }
}

#[test]
fn a_plan_is_saved_locked_and_opened_and_wrong_pins_are_slowed_down() {
    let dir = data_dir("plan");
    let mut kyr = open(&dir);
    assert_eq!(kyr.vault().unwrap().state, "missing");
    assert_eq!(kyr.vault_create("123").unwrap().error.as_deref(), Some("Use at least 6 numbers or letters."));
    assert_eq!(kyr.vault_create("246810").unwrap().state, "open");
    let saved = kyr.vault_save(plan()).unwrap();
    assert_eq!(saved.state, "locked", "saving locks");
    assert!(saved.plan.is_none());

    // Two typos cost nothing; the third wrong PIN makes the next try wait.
    for _ in 0..2 {
        let v = kyr.vault_unlock("000000").unwrap();
        assert_eq!((v.state.as_str(), v.wait_seconds), ("locked", 0));
    }
    let third = kyr.vault_unlock("000000").unwrap();
    assert_eq!(third.wait_seconds, 5);
    assert_eq!(third.wait.as_deref(), Some("Wait \u{2068}5\u{2069} seconds, then try again."));
    let refused = kyr.vault_unlock("246810").unwrap();
    assert_eq!(refused.state, "locked", "even the right PIN waits");
    kyr.set_clock(1_800_000_006);
    let v = kyr.vault_unlock("246810").unwrap();
    assert_eq!(v.state, "open");
    let p = v.plan.unwrap();
    // Kept as E.164, shown the way people write numbers.
    assert_eq!(p.contacts[0].phone, "1-555-555-0100");
    assert_eq!(p.contacts[1].phone, "+525512345678");
    assert_eq!(p.lawyer_phone, "1-555-555-0199");

    // A bad number is refused with its text, and nothing is saved.
    let mut bad = plan();
    bad.contacts[0].phone = "call me".into();
    assert_eq!(
        kyr.vault_save(bad).unwrap().error.as_deref(),
        Some("This phone number does not look right: \u{2068}call me\u{2069}")
    );

    // Five idle minutes lock it.
    kyr.set_clock(1_800_000_006 + 301);
    assert_eq!(kyr.vault().unwrap().state, "locked");
    assert!(kyr.detained_message("").is_err());
}

#[test]
fn the_detained_message_is_ready_for_the_sms_app_in_the_users_language() {
    let dir = data_dir("detained");
    let mut kyr = open(&dir);
    kyr.set_language("es").unwrap();
    kyr.vault_create("246810").unwrap();
    kyr.vault_save(plan()).unwrap();
    kyr.vault_unlock("246810").unwrap();
    let m = kyr.detained_message("Broadview").unwrap();
    assert!(m.error.is_none(), "{:?}", m.error);
    for part in ["Ana", "A123456789", "Clinic", "555-555-0199", "Broadview"] {
        assert!(m.text.contains(part), "{part} missing in {}", m.text);
    }
    assert!(m.text.contains("inmigración") || m.text.contains("Inmigración"), "Spanish text: {}", m.text);
    assert!(!m.text.contains('\u{2068}'), "no isolation marks in a text message");
    let url = m.url.unwrap();
    assert!(url.starts_with("sms:+15555550100,+525512345678?body=Soy%20Ana"), "{url}");
    assert_eq!(m.recipients.len(), 2);

    // With no contact to send to, there is no link and the user is told why.
    let mut alone = plan();
    alone.contacts.clear();
    kyr.vault_save(alone).unwrap();
    kyr.vault_unlock("246810").unwrap();
    let m = kyr.detained_message("").unwrap();
    assert!(m.url.is_none());
    assert!(m.error.is_some());
}

#[test]
fn erasing_everything_leaves_no_plan_no_settings_and_working_content() {
    let dir = data_dir("wipe");
    let mut kyr = open(&dir);
    kyr.set_language("ar").unwrap();
    kyr.set_state("TX").unwrap();
    kyr.vault_create("246810").unwrap();
    kyr.vault_save(plan()).unwrap();
    kyr.save_contact("c:1", true).unwrap();
    let ui = kyr.wipe_everything().unwrap();
    assert_eq!(ui.lang, "ar", "the screen stays in the language in use");
    assert!(!dir.join("vault.kyr").exists());
    assert_eq!(kyr.vault().unwrap().state, "missing");
    assert!(kyr.my_contacts().unwrap().is_empty());
    assert_eq!(kyr.states().unwrap().current, None);
    assert!(!kyr.home().unwrap().guides.is_empty(), "the guides stay");
    drop(kyr);
    // Restarted: nothing of the user's is left, the language is the default again.
    let kyr = open(&dir);
    assert_eq!(kyr.locale(), "en");
    let bytes = std::fs::read(dir.join("user.sqlite")).unwrap();
    assert!(!bytes.windows(2).any(|w| w == b"TX"), "the old state is not in the new file");
}

#[test]
fn an_unreadable_vault_is_reported_kept_and_erased_only_when_asked() {
    let dir = data_dir("unreadable");
    let mut kyr = open(&dir);
    kyr.vault_create("246810").unwrap();
    kyr.vault_lock().unwrap();
    let file = dir.join("vault.kyr");
    let good = std::fs::read(&file).unwrap();
    std::fs::write(&file, &good[..1000]).unwrap();
    assert_eq!(kyr.vault().unwrap().state, "unreadable");
    let err = kyr.vault_unlock("246810").unwrap_err();
    assert_eq!(err.message_id(), "error-vault-unreadable");
    assert!(kyr.vault_create("246810").is_err(), "a new vault never replaces the old file silently");
    assert_eq!(std::fs::read(&file).unwrap().len(), 1000, "kept as it was");
    assert_eq!(kyr.vault_erase_damaged().unwrap().state, "missing");
    assert!(!file.exists());
}

#[test]
fn an_unreadable_user_database_is_kept_until_everything_is_erased() {
    let dir = data_dir("userdb");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("user.sqlite"), b"this is not a database, but it is the user's file").unwrap();
    let mut kyr = open(&dir);
    assert_eq!(kyr.ui().unwrap().notices.len(), 1);
    assert!(std::fs::read(dir.join("user.sqlite")).unwrap().starts_with(b"this is not"));
    kyr.wipe_everything().unwrap();
    assert!(kyr.ui().unwrap().notices.is_empty());
    kyr.set_state("CA").unwrap();
    drop(kyr);
    assert_eq!(open(&dir).states().unwrap().current.as_deref(), Some("CA"), "a fresh database works");
}

#[test]
fn the_wrong_pin_wait_cannot_be_skipped_by_moving_the_clock_or_restarting() {
    let dir = data_dir("clock");
    let mut kyr = open(&dir);
    kyr.vault_create("246810").unwrap();
    kyr.vault_save(plan()).unwrap();
    for _ in 0..3 {
        kyr.vault_unlock("000000").unwrap();
    }
    assert_eq!(kyr.vault().unwrap().wait_seconds, 5);
    // The phone's clock is moved a day ahead and the app restarted: the wait
    // is stored as time left, not as a time of day, so it starts again in full.
    drop(kyr);
    let mut kyr = open(&dir);
    kyr.set_clock(1_800_086_400);
    assert_eq!(kyr.vault().unwrap().wait_seconds, 5);
    assert_eq!(kyr.vault_unlock("246810").unwrap().state, "locked", "the right PIN still waits");
    // Only time that really passes counts it down.
    kyr.set_clock(1_800_086_403);
    assert_eq!(kyr.vault().unwrap().wait_seconds, 2);
    kyr.set_clock(1_800_086_405);
    assert_eq!(kyr.vault_unlock("246810").unwrap().state, "open");
    std::fs::remove_dir_all(dir).unwrap();
}

#[cfg(unix)]
#[test]
fn the_data_folder_is_readable_by_its_user_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = data_dir("mode");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut kyr = open(&dir);
    kyr.vault_create("246810").unwrap();
    let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700, "other accounts cannot list or read the plan, contacts or packs");
    std::fs::remove_dir_all(dir).unwrap();
}
