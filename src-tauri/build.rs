//! Builds the Tauri context and embeds the content sources (`content/` and
//! `locales/`) into the binary, packed and gzipped, with their fingerprint
//! computed here, so that `cargo build` alone yields an app that builds its
//! content database on first start and never unpacks the sources after that.

use std::path::PathBuf;

/// The app's commands; each gets an `allow-<command>` permission that the
/// capability in `capabilities/main.json` grants to the main window.
const COMMANDS: &[&str] = &[
    "ui",
    "home",
    "open_link",
    "hide_tip_seen",
    "guide",
    "languages",
    "set_language",
    "glossary",
    "states",
    "set_state",
    "warrant",
    "cards",
    "recording",
    "print_card",
    "directory",
    "my_contacts",
    "save_contact",
    "import_contacts",
    "remove_import",
    "search",
    "vault",
    "vault_create",
    "vault_unlock",
    "vault_lock",
    "vault_save",
    "vault_set_duress",
    "vault_erase_damaged",
    "detained_message",
    "wipe_everything",
    "packs",
    "install_pack",
    "restore_pack",
    "opened_pack",
];

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("..");
    kyr_embed::embed(&root);
    kyr_embed::embed_zipcodes(&root);
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build step failed");
}
