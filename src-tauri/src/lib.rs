//! The Tauri shell: opens the core's state, registers the commands and hands
//! the web view in `ui/` to the platform. It holds no logic of its own; see
//! `kyr_core` for everything the app knows.

mod commands;
mod error;
mod links;

use kyr_core::sources::Sources;
use kyr_core::{Kyr, OpenOptions};
use std::path::PathBuf;
use std::sync::Mutex;
use tauri::Manager;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_sources.rs"));
}

/// ZIP code centroids for the directory (GeoNames, CC BY 4.0), read on first use.
const ZIPCODES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/zipcodes.kyrzip.br"));

/// Overrides the data folder (tests, portable use). Unset on phones.
const DATA_DIR_ENV: &str = "KYR_DATA_DIR";

/// A `.kyrpack` file the app was opened with (desktop file association:
/// the path arrives as an argument); the web view asks for it once.
pub struct OpenedPack(pub Mutex<Option<PathBuf>>);

fn pack_argument() -> Option<PathBuf> {
    std::env::args_os().skip(1).map(PathBuf::from).find(|p| p.extension().is_some_and(|e| e == "kyrpack"))
}

/// The web view never leaves the app's own pages: a link, a script or a
/// redirect that would navigate elsewhere is stopped (links to phones,
/// texts and websites go to the system through `open_link` instead).
fn navigation_guard<R: tauri::Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri::plugin::Builder::new("navigation-guard").on_navigation(|_, url| is_app_page(url)).build()
}

/// The app's own origin on each platform (`tauri://localhost` on Linux and
/// macOS, `http(s)://tauri.localhost` on Windows and Android).
fn is_app_page(url: &tauri::Url) -> bool {
    matches!((url.scheme(), url.host_str()), ("tauri", Some("localhost")) | ("http" | "https", Some("tauri.localhost")))
}

/// Starts the app; on Android and iOS this is the entry point.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let builder = tauri::Builder::default();
    #[cfg(mobile)]
    let builder = builder.plugin(tauri_plugin_opener::init());
    builder
        .plugin(navigation_guard())
        .setup(|app| {
            let data_dir = match std::env::var_os(DATA_DIR_ENV) {
                Some(dir) => PathBuf::from(dir),
                None => app.path().app_data_dir()?,
            };
            let started = std::time::Instant::now();
            let sources = Sources::Packed { data: embedded::PACKED, fingerprint: embedded::FINGERPRINT };
            let os_locales = sys_locale::get_locales().collect();
            let mut kyr = Kyr::open(&OpenOptions { data_dir: &data_dir, sources, os_locales })?;
            kyr.set_zipcodes(ZIPCODES.to_vec());
            // Counts only: logs never carry content the user chose or typed.
            eprintln!(
                "kyr: content ready in {} ms (rebuilt: {}, problems: {})",
                started.elapsed().as_millis(),
                kyr.opened.rebuilt,
                kyr.opened.diagnostics
            );
            app.manage(Mutex::new(kyr));
            let opened = pack_argument();
            eprintln!("kyr: opened with a pack file: {}", opened.is_some());
            app.manage(OpenedPack(Mutex::new(opened)));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::ui,
            commands::home,
            commands::open_link,
            commands::hide_tip_seen,
            commands::guide,
            commands::languages,
            commands::set_language,
            commands::glossary,
            commands::states,
            commands::set_state,
            commands::warrant,
            commands::cards,
            commands::recording,
            commands::print_card,
            commands::directory,
            commands::my_contacts,
            commands::save_contact,
            commands::import_contacts,
            commands::remove_import,
            commands::search,
            commands::vault,
            commands::vault_create,
            commands::vault_unlock,
            commands::vault_lock,
            commands::vault_save,
            commands::vault_set_duress,
            commands::vault_erase_damaged,
            commands::detained_message,
            commands::wipe_everything,
            commands::packs,
            commands::install_pack,
            commands::restore_pack,
            commands::opened_pack,
        ])
        .run(tauri::generate_context!())
        .expect("kyr could not start its window");
}

#[cfg(test)]
mod tests {
    use super::{embedded, ZIPCODES};

    #[test]
    fn only_the_apps_own_pages_may_be_shown() {
        let ok = |u: &str| super::is_app_page(&u.parse().unwrap());
        assert!(ok("tauri://localhost/index.html") && ok("http://tauri.localhost/") && ok("https://tauri.localhost/x"));
        for elsewhere in [
            "https://example.com/",
            "http://localhost:8080/",
            "https://tauri.localhost.evil.example/",
            "file:///etc/passwd",
            "tauri://evil/",
        ] {
            assert!(!ok(elsewhere), "{elsewhere}");
        }
    }
    use kyr_core::sources::SourceSet;

    #[test]
    fn the_embedded_zip_table_is_the_checkouts_in_brotli() {
        use kyr_core::directory::{ZipTable, ZIP_BROTLI_MAGIC};
        assert!(ZIPCODES.starts_with(ZIP_BROTLI_MAGIC));
        let embedded = ZipTable::read(ZIPCODES).expect("the embedded table reads");
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/zipcodes.kyrzip");
        let gzip = std::fs::read(path).unwrap();
        let on_disk = ZipTable::read(&gzip).unwrap();
        assert!(embedded.len() > 40_000);
        assert!(embedded.iter().eq(on_disk.iter()), "the same rows");
        assert_eq!(embedded.get("60601"), on_disk.get("60601"));
        assert!(ZIPCODES.len() < gzip.len(), "brotli is smaller");
    }

    #[test]
    fn the_packed_sources_match_their_build_time_fingerprint_and_the_checkout() {
        let packed = SourceSet::from_packed(embedded::PACKED).expect("the embedded sources unpack");
        assert_eq!(packed.fingerprint(), embedded::FINGERPRINT);
        // The checkout as the app embeds it: Fluent files without their
        // comments, citations without their quotes, no web app text.
        let on_disk = SourceSet::from_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")).unwrap();
        let on_disk = SourceSet::from_files(
            on_disk
                .files()
                .iter()
                .filter_map(|f| {
                    let text = kyr_core::sources::as_embedded(&f.path, &f.text)?;
                    Some(kyr_core::sources::SourceFile { path: f.path.clone(), text })
                })
                .collect(),
        )
        .with_media(on_disk.media().to_vec());
        assert_eq!(packed.fingerprint(), on_disk.fingerprint());
        assert!(packed.media().len() >= 13, "the English recordings are embedded");
        // build.rs writes the archive the core reads: the same groups and files.
        let index = kyr_core::sources::Sources::Packed { data: embedded::PACKED, fingerprint: embedded::FINGERPRINT }
            .languages()
            .unwrap();
        assert_eq!(index.len(), on_disk.files().iter().filter(|f| f.path.ends_with("/locale.toml")).count());
        assert!(packed.files().iter().zip(on_disk.files()).all(|(a, b)| a.path == b.path && a.text == b.text));
        assert!(packed.files().iter().any(|f| f.path == "locales/en/ui.ftl"));
    }
}
