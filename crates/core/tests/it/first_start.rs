//! A first start compiles only what the person needs: English and their
//! language, from the packed sources the app embeds. Another language is
//! compiled in when it is picked; a restart in the same language compiles
//! nothing.

use crate::common::data_dir;
use kyr_core::content_db::ContentDb;
use kyr_core::sources::{SourceSet, Sources};
use kyr_core::store::CONTENT_DB_FILE;
use kyr_core::{Kyr, OpenOptions};
use std::path::Path;

fn packed() -> Vec<u8> {
    crate::common::sources().pack()
}

fn open(dir: &Path, data: &[u8], fingerprint: &str, os: &str) -> Kyr {
    Kyr::open(&OpenOptions {
        data_dir: dir,
        sources: Sources::Packed { data, fingerprint },
        os_locales: vec![os.to_owned()],
    })
    .unwrap()
}

#[test]
fn a_first_start_compiles_english_and_the_persons_language_only() {
    let data = packed();
    let fingerprint = SourceSet::from_packed(&data).unwrap().fingerprint();
    let dir = data_dir("es");
    let mut kyr = open(&dir, &data, &fingerprint, "es-MX");
    assert!(kyr.opened.rebuilt);
    assert_eq!(kyr.locale(), "es");
    let db = ContentDb::open(&dir.join(CONTENT_DB_FILE)).unwrap();
    assert!(db.has_text_of("es").unwrap() && db.has_text_of("en").unwrap());
    assert!(
        !db.has_text_of("ar").unwrap() && !db.has_text_of("zh-Hant").unwrap(),
        "other languages are left for later"
    );
    // Every language is still offered, named in its own words.
    let languages = kyr.languages().unwrap().options;
    assert_eq!(languages.len(), Sources::Packed { data: &data, fingerprint: &fingerprint }.languages().unwrap().len());
    assert_eq!(languages.iter().find(|l| l.code == "ar").unwrap().name, "العربية");
    // The guides read in Spanish; search finds Spanish words.
    assert!(kyr.home().unwrap().guides.iter().any(|g| g.title.contains("puerta")), "{:?}", kyr.home().unwrap().guides);
    assert!(!kyr.search("puerta").unwrap().results.is_empty());

    // Picking Arabic compiles Arabic in, and the screens are in Arabic.
    let ui = kyr.set_language("ar").unwrap();
    assert_eq!(ui.dir, "rtl");
    assert!(ContentDb::open(&dir.join(CONTENT_DB_FILE)).unwrap().has_text_of("ar").unwrap());
    assert!(kyr.home().unwrap().guides.iter().all(|g| !g.title.is_ascii()), "Arabic titles");
    drop(kyr);

    // Opened again in the language chosen: nothing is compiled.
    let kyr = open(&dir, &data, &fingerprint, "es-MX");
    assert_eq!(kyr.locale(), "ar");
    assert!(!kyr.opened.rebuilt);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn new_sources_rebuild_the_database_in_the_language_in_use() {
    let data = packed();
    let fingerprint = SourceSet::from_packed(&data).unwrap().fingerprint();
    let dir = data_dir("update");
    drop(open(&dir, &data, &fingerprint, "fr-FR"));
    // An app update brings other sources: same language, rebuilt once.
    let kyr = open(&dir, &data, "another-version", "fr-FR");
    assert!(kyr.opened.rebuilt);
    assert_eq!(kyr.locale(), "fr");
    assert!(ContentDb::open(&dir.join(CONTENT_DB_FILE)).unwrap().has_text_of("fr").unwrap());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn search_works_in_a_language_compiled_in_later() {
    let data = packed();
    let fingerprint = SourceSet::from_packed(&data).unwrap().fingerprint();
    let dir = data_dir("later");
    let mut kyr = open(&dir, &data, &fingerprint, "en-US");
    kyr.set_language("ht").unwrap();
    for q in ["manifestasyo", "manifestasyon"] {
        let found = kyr.search(q);
        assert!(found.as_ref().is_ok_and(|v| !v.results.is_empty()), "{q}: {:?}", found.map(|v| v.results.len()));
    }
    std::fs::remove_dir_all(dir).unwrap();
}
