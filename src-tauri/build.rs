//! Builds the Tauri context and embeds the content sources (`content/` and
//! `locales/`) into the binary, so that `cargo build` alone yields an app
//! that can build its content database on first start, with no files beside it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The app's commands; each gets an `allow-<command>` permission that the
/// capability in `capabilities/main.json` grants to the main window.
const COMMANDS: &[&str] = &["ui", "home", "guide", "languages", "set_language", "glossary", "states", "set_state", "warrant", "cards", "print_card", "directory", "my_contacts", "save_contact", "import_contacts"];

fn main() {
    embed_sources();
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)))
        .expect("tauri build step failed");
}

fn embed_sources() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("..");
    let mut files = Vec::new();
    // Same rule as kyr_core::sources: every .toml, .ftl and .csv under these folders.
    for dir in ["content", "locales"] {
        println!("cargo:rerun-if-changed={}", root.join(dir).display());
        collect(&root, &root.join(dir), &mut files);
    }
    files.sort();
    let mut out = String::from("/// Content sources, as `(path, text)`.\npub static SOURCES: &[(&str, &str)] = &[\n");
    for (rel, abs) in &files {
        writeln!(out, "    ({rel:?}, include_str!({:?})),", abs.display().to_string()).unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded_sources.rs");
    std::fs::write(dest, out).expect("write embedded_sources.rs");
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            collect(root, &path, out);
        } else if name.ends_with(".toml") || name.ends_with(".ftl") || name.ends_with(".csv") {
            let rel = path.strip_prefix(root).unwrap().components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            out.push((rel, path.canonicalize().unwrap()));
        }
    }
}
