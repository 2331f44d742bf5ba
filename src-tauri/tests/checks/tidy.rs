//! Tidy: what the code and ARCHITECTURE.md promise about the code itself,
//! checked by reading the repository instead of by hand-kept lists. The
//! command list agrees in its four places; the web view never parses text
//! as HTML; the core has no GUI or network crate; the architecture map
//! names every source folder and file it lists exists.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every `"name"` between `open` and the next `close` in `text`.
fn quoted_between(text: &str, open: &str, close: &str) -> BTreeSet<String> {
    let start = text.find(open).unwrap_or_else(|| panic!("{open:?} not found")) + open.len();
    let end = start + text[start..].find(close).unwrap();
    text[start..end].split('"').skip(1).step_by(2).map(str::to_owned).collect()
}

#[test]
fn the_command_list_agrees_in_build_rs_the_handler_the_capability_and_the_ui() {
    let build = quoted_between(&read("src-tauri/build.rs"), "const COMMANDS: &[&str] = &[", "];");
    let lib = read("src-tauri/src/lib.rs");
    let handler_start = lib.find("generate_handler![").unwrap();
    let handler: BTreeSet<String> = lib[handler_start..lib[handler_start..].find(']').unwrap() + handler_start]
        .split("commands::")
        .skip(1)
        .map(|s| s.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap().to_owned())
        .collect();
    let capability: BTreeSet<String> =
        quoted_between(&read("src-tauri/capabilities/main.json"), "\"permissions\"", "]")
            .into_iter()
            .map(|p| p.strip_prefix("allow-").unwrap_or(&p).replace('-', "_"))
            .collect();
    let api = read("ui/api.js");
    let ui: BTreeSet<String> = api
        .match_indices("invoke(\"")
        .map(|(at, m)| api[at + m.len()..].split('"').next().unwrap().to_owned())
        .collect();
    assert!(build.len() > 20, "the scan found too few commands: {build:?}");
    assert_eq!(handler, build, "generate_handler! in src-tauri/src/lib.rs and COMMANDS in build.rs");
    assert_eq!(capability, build, "capabilities/main.json and COMMANDS in build.rs");
    assert_eq!(ui, build, "ui/api.js and COMMANDS in build.rs");
}

#[test]
fn the_web_view_never_parses_text_as_html() {
    const FORBIDDEN: [&str; 6] =
        ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "DOMParser", "createContextualFragment"];
    let mut scanned = 0;
    for entry in std::fs::read_dir(root().join("ui")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "js") {
            let text = std::fs::read_to_string(&path).unwrap();
            for word in FORBIDDEN {
                assert!(!text.contains(word), "{} uses {word}: build elements with dom.js's h()", path.display());
            }
            scanned += 1;
        }
    }
    assert!(scanned >= 8, "only {scanned} scripts found in ui/");
}

/// The crates `package` depends on (normal dependencies, the host's tree).
fn dependencies_of(package: &str) -> BTreeSet<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["tree", "--offline", "-p", package, "-e", "normal", "--prefix", "none", "--format", "{p}"])
        .current_dir(root())
        .output()
        .expect("cargo tree runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_core_depends_on_no_gui_network_or_app_crate() {
    const FORBIDDEN: [&str; 12] = [
        "tauri",
        "wry",
        "tao",
        "gtk",
        "webkit2gtk",
        "tokio",
        "hyper",
        "reqwest",
        "ureq",
        "socket2",
        "anyhow",
        "krilla",
    ];
    let names = dependencies_of("kyr-core");
    assert!(names.contains("rusqlite"), "the tree looks wrong: {names:?}");
    for name in FORBIDDEN {
        assert!(!names.contains(name), "kyr-core depends on {name}");
    }
}

/// A crate split out of the core stays apart: no database, no Fluent, no
/// other kyr crate (`expected` is a dependency that shows the tree was read).
fn assert_stands_alone(krate: &str, expected: &str) {
    let names = dependencies_of(krate);
    assert!(names.contains(expected), "the tree looks wrong: {names:?}");
    for name in &names {
        assert!(
            !name.contains("sqlite") && !name.starts_with("fluent") && (name == krate || !name.starts_with("kyr")),
            "{krate} depends on {name}"
        );
    }
}

#[test]
fn the_vault_depends_on_no_database_and_no_other_kyr_crate() {
    assert_stands_alone("kyr-vault", "argon2");
}

#[test]
fn the_pack_format_depends_on_no_database_and_no_other_kyr_crate() {
    assert_stands_alone("kyr-pack", "ed25519-dalek");
}

/// Every path-like name in backticks in ARCHITECTURE.md.
fn named_in_architecture() -> BTreeSet<String> {
    let text = read("ARCHITECTURE.md");
    let looks_like_path = |s: &str| {
        !s.contains(' ')
            && !s.contains('<')
            && !s.contains('*')
            && (s.contains('/')
                || [".rs", ".js", ".md", ".toml", ".json", ".csv", ".css", ".html"].iter().any(|e| s.ends_with(e)))
    };
    text.split('`').skip(1).step_by(2).filter(|s| looks_like_path(s)).map(str::to_owned).collect()
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "target" || name == "node_modules" || name == "artifacts" {
            continue;
        }
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Names ARCHITECTURE.md gives to what is not in the repository: the app's
/// data folder, the built site, a file a clinic pack may carry.
const NOT_IN_THE_REPOSITORY: [&str; 5] =
    ["packs/", "packs/state.json", "data/zipcodes.kyrzip", "site/", "outdated.csv"];

#[test]
fn every_file_architecture_md_names_exists_and_every_source_file_is_named() {
    let named = named_in_architecture();
    assert!(named.len() > 40, "the scan found too few names: {named:?}");
    let mut files = Vec::new();
    files_under(&root(), &mut files);
    let relative: Vec<String> =
        files.iter().map(|p| p.strip_prefix(root()).unwrap().to_string_lossy().replace('\\', "/")).collect();
    // A name is a path from the root, or the end of one (`directory.rs`,
    // `icons/`), or a file extension (`.ftl`).
    let exists = |name: &str| {
        // Test and build outputs appear only once something has run.
        name.starts_with('.')
            || name.starts_with("tests/artifacts/")
            || name.starts_with("target/")
            || NOT_IN_THE_REPOSITORY.contains(&name)
            || root().join(name).exists()
            || relative.iter().any(|r| r.ends_with(&format!("/{name}")) || r.contains(&format!("/{name}")))
    };
    let missing: Vec<&String> = named.iter().filter(|n| !exists(n)).collect();
    assert!(missing.is_empty(), "ARCHITECTURE.md names what does not exist: {missing:?}");
    let is_source = |r: &str| {
        (r.ends_with(".rs") && (r.contains("/src/") || r.contains("/tests/") || r.contains("/benches/")))
            || (r.starts_with("ui/") && r.ends_with(".js"))
    };
    let unnamed: Vec<&String> = relative
        .iter()
        .filter(|r| is_source(r) && !r.starts_with("fuzz/") && !r.starts_with("scripts/floor/"))
        .filter(|r| {
            let file = r.rsplit('/').next().unwrap();
            !named.iter().any(|n| n == *r || n.ends_with(&format!("/{file}")) || n == file)
        })
        .collect();
    assert!(unnamed.is_empty(), "source files ARCHITECTURE.md does not name: {unnamed:?}");
}
