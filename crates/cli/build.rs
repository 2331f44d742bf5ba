//! Builds the content sources into `kyr`, as the app's build does, so the
//! tool works from any folder (`cargo install --path crates/cli`).

fn main() {
    let root = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../..");
    kyr_embed::embed(&root);
    println!("cargo:rerun-if-changed={}", root.join("content/zipcodes.kyrzip").display());
}
