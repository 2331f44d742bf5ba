//! The end-to-end tests, in one binary: the real app under Xvfb, driven
//! through tauri-driver, one app at a time (see `kyr_e2e::App`).
//! One test: `cargo test -p kyr-e2e --test e2e app::starts_on_the_home_screen_in_english`.

mod accessibility;
mod app;
mod locales;
mod packs;
mod safety;
