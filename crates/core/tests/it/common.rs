//! What the integration tests share: the repository's root, the shipped
//! sources read once, and a content database of every locale built once and
//! copied into each test's own data folder (opening it then rebuilds
//! nothing, as on a phone that has run the app before).

use kyr_core::sources::{SourceSet, Sources};
use kyr_core::store::CONTENT_DB_FILE;
use kyr_core::{Kyr, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::LazyLock;

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

static SOURCES: LazyLock<SourceSet> =
    LazyLock::new(|| SourceSet::from_dir(&root()).expect("content and locales are readable"));

/// The shipped sources, read from disk once per run.
pub fn sources() -> SourceSet {
    SOURCES.clone()
}

/// A fresh, empty data folder of its own for one test.
pub fn data_dir(name: &str) -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("kyr-test-{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// The content database of every shipped locale, built on first use.
fn shared_content_db() -> &'static Path {
    static DB: LazyLock<PathBuf> = LazyLock::new(|| {
        let path = data_dir("shared-content").join(CONTENT_DB_FILE);
        assert!(compiled().diagnostics.is_empty(), "{:?}", compiled().diagnostics);
        kyr_core::store::write(&compiled().content, &path).expect("the shipped content is written");
        path
    });
    &DB
}

/// `Kyr` on the shipped sources in `dir` (`os_locales` as the phone's
/// languages); a new data folder starts with the shared content database.
pub fn open_shipped(dir: &Path, os_locales: &[&str]) -> Kyr {
    let db = dir.join(CONTENT_DB_FILE);
    let fresh = !db.exists();
    if fresh {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::copy(shared_content_db(), &db).unwrap();
    }
    let kyr = open_building(dir, os_locales);
    assert!(!(fresh && kyr.opened.rebuilt), "the shared database is used as it is");
    kyr
}

/// `Kyr` on the shipped sources in `dir`, building its content database
/// as a first start does when there is none.
pub fn open_building(dir: &Path, os_locales: &[&str]) -> Kyr {
    let sources = sources();
    Kyr::open(&OpenOptions {
        data_dir: dir,
        sources: Sources::Set(&sources),
        os_locales: os_locales.iter().map(ToString::to_string).collect(),
    })
    .unwrap()
}

/// The shipped sources compiled, every locale, once per run.
pub fn compiled() -> &'static kyr_core::compiler::Compilation {
    static COMPILED: LazyLock<kyr_core::compiler::Compilation> =
        LazyLock::new(|| kyr_core::compiler::compile(&SOURCES));
    &COMPILED
}

/// A message as the shipped content renders it in `locale`.
pub fn message(locale: &str, id: &str) -> String {
    let texts = &compiled().content.texts;
    texts.iter().find(|t| t.locale == locale && t.id == id).map(|t| t.text.clone()).unwrap_or_default()
}
