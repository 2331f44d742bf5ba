//! The web app's way of opening the core: no files, one language's content
//! database as bytes, the user database and the encrypted plan as bytes the
//! page stores. What the page stores must bring everything back, and bytes
//! that are not ours must never be written over.

use kyr_core::vault::{KdfParams, Plan};
use kyr_core::{Kyr, MemoryOptions};

/// One language's content database, as `kyr web build` writes it.
fn slice(lang: &str) -> Vec<u8> {
    let compiled = crate::common::compiled().content.with_locales(&[lang]);
    // Tests run at once: each slice gets its own file.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("kyr-web-slice-{lang}-{}-{n}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&path);
    kyr_core::content_db::write(&compiled, &path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    bytes
}

fn open(content: &[u8], user: Option<&[u8]>, vault: Option<&[u8]>) -> Kyr {
    let options = MemoryOptions { content, user, vault, os_locales: vec!["es-MX".into()], today: "2026-12-06".into() };
    let mut kyr = Kyr::open_in_memory(&options).unwrap();
    kyr.set_vault_kdf(KdfParams { m_kib: 64, t: 1, p: 1 });
    kyr.set_clock(100);
    kyr
}

#[test]
fn a_language_slice_lists_every_language_and_switching_keeps_the_users_data() {
    let (en, es, ar) = (slice("en"), slice("es"), slice("ar"));
    let mut kyr = open(&en, None, None);
    // The core picks the browser's language from the full list; the page
    // then loads that language's database.
    assert_eq!(kyr.locale(), "es");
    assert_eq!(kyr.languages().unwrap().options.len(), 24, "every language is listed, by its own name");
    assert_eq!(kyr.switch_content(&es, "es").unwrap().lang, "es");
    assert!(!kyr.search("orden judicial").unwrap().results.is_empty());
    kyr.set_state("TX").unwrap();
    kyr.switch_content(&ar, "ar").unwrap();
    assert_eq!(kyr.states().unwrap().current.as_deref(), Some("TX"), "the state survives a language switch");
    // What the page stores brings the choices back on the next visit.
    let user = kyr.user_bytes().unwrap().unwrap();
    let codes: Vec<String> = kyr.languages().unwrap().options.into_iter().map(|o| o.code).collect();
    let browser = vec!["es-MX".to_owned()];
    assert_eq!(Kyr::first_locale(Some(&user), &browser, &codes), "ar", "the saved choice comes first");
    assert_eq!(Kyr::first_locale(None, &browser, &codes), "es", "else the browser's language");
    assert_eq!(Kyr::first_locale(Some(b"junk"), &browser, &codes), "es");
    let again = open(&ar, Some(&user), None);
    assert_eq!(again.locale(), "ar");
    assert_eq!(again.states().unwrap().current.as_deref(), Some("TX"));
}

#[test]
fn stored_user_bytes_that_are_not_ours_are_never_written_over() {
    let en = slice("en");
    let mut kyr = open(&en, Some(b"not a database"), None);
    kyr.set_state("TX").unwrap();
    assert_eq!(kyr.user_bytes().unwrap(), None, "nothing to store over the unreadable bytes");
}

#[test]
fn the_web_plan_is_encrypted_in_memory_and_comes_back_from_its_bytes_or_a_saved_copy() {
    let en = slice("en");
    let mut kyr = open(&en, None, None);
    kyr.vault_create("482916").unwrap();
    let plan = Plan { name: "Ana Quispe".into(), ..Plan::default() };
    assert!(kyr.vault_save(plan).unwrap().error.is_none());
    let stored = kyr.vault_bytes().unwrap();
    assert!(!stored.windows(10).any(|w| w == b"Ana Quispe"), "only ciphertext leaves the core");

    // The next visit: locked, then open with the PIN only.
    let mut again = open(&en, None, Some(&stored));
    assert_eq!(again.vault().unwrap().state, "locked");
    assert!(again.vault_unlock("000000").unwrap().error.is_some());
    assert_eq!(again.vault_unlock("482916").unwrap().plan.unwrap().name, "Ana Quispe");

    // A saved copy goes back only where there is no plan, and only if it is one.
    assert!(again.vault_restore(&stored).is_err(), "never over an existing plan");
    again.wipe_everything().unwrap();
    assert_eq!(again.vault_bytes(), None, "erasing everything erases the plan");
    assert!(again.vault_restore(b"not a plan").is_err());
    assert_eq!(again.vault().unwrap().state, "missing", "a wrong file changes nothing");
    assert_eq!(again.vault_restore(&stored).unwrap().state, "locked");
    assert_eq!(again.vault_unlock("482916").unwrap().plan.unwrap().name, "Ana Quispe");
}

#[test]
fn packs_are_not_in_the_web_app() {
    let en = slice("en");
    let mut kyr = open(&en, None, None);
    let err = kyr.install_pack(b"whatever", true).err().map(|e| e.code());
    let view = kyr.install_pack(b"whatever", true);
    assert!(
        err == Some("not-in-web-app") || view.is_ok_and(|v| v.status == "refused"),
        "a pack is refused, nothing written"
    );
}
