//! Baseline safety, checked on every test run: the app's dependency tree has
//! no HTTP client, socket library or network plugin; its CSP allows no
//! remote origin; its window may call only the app's own commands.

use std::path::Path;
use std::process::Command;

/// Crates that would let the app talk to a network. Matched by exact name.
const NETWORK_CRATES: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "h2",
    "ureq",
    "isahc",
    "curl",
    "curl-sys",
    "surf",
    "attohttpc",
    "tungstenite",
    "tokio-tungstenite",
    "async-tungstenite",
    "socket2",
    "quinn",
    "rustls",
    "native-tls",
    "openssl",
    "tauri-plugin-http",
    "tauri-plugin-websocket",
    "tauri-plugin-upload",
    "tauri-plugin-updater",
];

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The package names in `cargo tree` of the app (for `target`, or the host),
/// or of what depends on `inverted`.
fn tree(target: Option<&str>, inverted: Option<&str>) -> Vec<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut args = vec!["tree", "--offline", "-p", "kyr-app", "-e", "normal", "--prefix", "none", "--format", "{p}"];
    if let Some(target) = target {
        args.extend(["--target", target]);
    }
    if let Some(package) = inverted {
        // What depends on it directly.
        args.extend(["-i", package, "--depth", "1"]);
    }
    let out = Command::new(cargo).args(&args).current_dir(manifest_dir()).output().expect("cargo tree runs");
    assert!(
        out.status.success(),
        "cargo tree {args:?} failed (scripts/test fetches the mobile targets' crates): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut names: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_owned)
        .collect();
    names.sort();
    names.dedup();
    names
}

#[test]
fn no_network_crate_is_in_the_apps_dependency_tree() {
    let names = tree(None, None);
    assert!(
        names.iter().any(|n| n == "tauri") && names.iter().any(|n| n == "rusqlite"),
        "the tree looks wrong: {names:?}"
    );
    let found: Vec<_> = names.iter().filter(|n| NETWORK_CRATES.contains(&n.as_str())).collect();
    assert!(found.is_empty(), "network crates in the app: {found:?}");
}

/// On Android and iOS, `tauri` itself depends on an HTTP client for its
/// mobile development server proxy, which serves the web view from the build
/// machine in debug builds. These crates are allowed there only as tauri's
/// own dependencies; a release build has no network permission
/// (scripts/mobile-android-overlay), and the app's code never calls them.
const MOBILE_ALLOWED: &[&str] = &["reqwest", "hyper", "hyper-util", "socket2"];

#[test]
fn on_phones_the_only_network_crates_are_tauris_own_and_on_a_written_allowlist() {
    for target in ["aarch64-linux-android", "aarch64-apple-ios"] {
        let names = tree(Some(target), None);
        assert!(names.iter().any(|n| n == "tauri"), "{target}: the tree looks wrong");
        let found: Vec<&String> = names.iter().filter(|n| NETWORK_CRATES.contains(&n.as_str())).collect();
        let unexpected: Vec<_> = found.iter().filter(|n| !MOBILE_ALLOWED.contains(&n.as_str())).collect();
        assert!(unexpected.is_empty(), "{target}: network crates not on the allowlist: {unexpected:?}");
        for package in &found {
            // What uses it directly: tauri, each other, or tokio (tauri's runtime) — never our code.
            let users = tree(Some(target), Some(package));
            let others: Vec<_> = users
                .iter()
                .filter(|n| !MOBILE_ALLOWED.contains(&n.as_str()) && !["tauri", "tokio"].contains(&n.as_str()))
                .collect();
            assert!(others.is_empty(), "{target}: {package} is used by {others:?}, not only by tauri");
        }
    }
}

#[test]
fn the_csp_allows_no_remote_origin_and_no_inline_script() {
    let conf: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(manifest_dir().join("tauri.conf.json")).unwrap()).unwrap();
    let csp = conf["app"]["security"]["csp"].as_str().expect("a CSP string");
    let mut directives = std::collections::BTreeMap::new();
    for directive in csp.split(';').map(str::trim).filter(|d| !d.is_empty()) {
        let mut parts = directive.split_whitespace();
        directives.insert(parts.next().unwrap().to_owned(), parts.map(str::to_owned).collect::<Vec<_>>());
    }
    assert_eq!(directives["default-src"], ["'self'"]);
    // Tauri's IPC is a custom protocol (ipc:, or http://ipc.localhost where
    // custom protocols are served over http); it never leaves the device.
    let local = ["'self'", "'none'", "ipc:", "http://ipc.localhost"];
    for (name, sources) in &directives {
        for source in sources {
            // Recordings play from blob: URLs the page makes of the core's
            // bytes: local media, and only media.
            let blob_media = name == "media-src" && source == "blob:";
            assert!(local.contains(&source.as_str()) || blob_media, "{name} allows {source}");
        }
    }
    assert_eq!(directives["media-src"], ["blob:"], "recordings play from memory, nothing else");
    assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"));
}

#[test]
fn the_window_may_call_only_the_apps_own_commands_and_open_call_text_mail_and_web_links() {
    let cap: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(manifest_dir().join("capabilities/main.json")).unwrap()).unwrap();
    let permissions = cap["permissions"].as_array().unwrap();
    assert!(permissions.len() > 5);
    for p in permissions {
        // Only the app's own commands: no plugin's, no scope wider than one command.
        let p = p.as_str().unwrap_or_else(|| panic!("{p} is not one of the app's commands"));
        assert!(p.starts_with("allow-") && !p.contains(':'), "{p} grants more than one of the app's commands");
    }
    // Links reach the system only through open_link, which the core checks (kyr_core::links).
    assert!(permissions.iter().any(|p| p == "allow-open-link"));
    assert!(!manifest_dir().join("../ui").join("node_modules").exists());
}

#[test]
fn android_release_builds_ask_for_no_network_and_allow_no_backup() {
    let mobile = manifest_dir().join("mobile/android");
    let manifest = std::fs::read_to_string(mobile.join("release/AndroidManifest.xml")).unwrap();
    for permission in ["android.permission.INTERNET", "android.permission.ACCESS_NETWORK_STATE"] {
        let line = manifest
            .lines()
            .find(|l| l.contains(&format!("\"{permission}\"")))
            .unwrap_or_else(|| panic!("{permission} not handled"));
        assert!(line.contains("tools:node=\"remove\""), "{permission} must be removed: {line}");
    }
    for setting in [
        "android:allowBackup=\"false\"",
        "android:fullBackupContent=\"false\"",
        "android:dataExtractionRules=\"@xml/data_extraction_rules\"",
    ] {
        assert!(manifest.contains(setting), "missing {setting}");
    }
    let rules = std::fs::read_to_string(mobile.join("main/res/xml/data_extraction_rules.xml")).unwrap();
    for section in ["cloud-backup", "device-transfer"] {
        let body =
            rules.split(&format!("<{section}>")).nth(1).and_then(|s| s.split(&format!("</{section}>")).next()).unwrap();
        for domain in ["root", "file", "database", "sharedpref", "external"] {
            assert!(body.contains(&format!("<exclude domain=\"{domain}\" path=\".\" />")), "{section} keeps {domain}");
        }
        assert!(!body.contains("<include"), "{section} includes something");
    }
}

/// Runs scripts/mobile-android-overlay on a generated project laid out as
/// `cargo tauri android init` does, with `activity` as its MainActivity.kt.
fn overlay_on(name: &str, activity: &str) -> (String, std::path::PathBuf) {
    let project = std::env::temp_dir().join(format!("kyr-android-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&project);
    let java = project.join("app/src/main/java/org/kyr/rights");
    std::fs::create_dir_all(&java).unwrap();
    std::fs::write(java.join("MainActivity.kt"), activity).unwrap();
    let script = manifest_dir().join("../scripts/mobile-android-overlay");
    for _ in 0..2 {
        // Twice: running it again changes nothing.
        let out = Command::new("bash").arg(&script).env("KYR_ANDROID_PROJECT", &project).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    (std::fs::read_to_string(java.join("MainActivity.kt")).unwrap(), project)
}

#[test]
fn android_windows_are_secure_and_packs_open_only_from_content_uris() {
    let plain = "package org.kyr.rights\n\nclass MainActivity : TauriActivity()\n";
    let edge = "package org.kyr.rights\n\nimport android.os.Bundle\nimport androidx.activity.enableEdgeToEdge\n\nclass MainActivity : TauriActivity() {\n  override fun onCreate(savedInstanceState: Bundle?) {\n    enableEdgeToEdge()\n    super.onCreate(savedInstanceState)\n  }\n}\n";
    for (name, generated) in [("plain", plain), ("edge", edge)] {
        let (activity, project) = overlay_on(name, generated);
        assert_eq!(
            activity
                .matches("setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)")
                .count(),
            1,
            "{name}:\n{activity}"
        );
        assert_eq!(activity.matches("import android.view.WindowManager").count(), 1, "{name}:\n{activity}");
        assert!(activity.starts_with("package org.kyr.rights\n"), "{name}:\n{activity}");
        assert!(
            activity.contains("override fun onCreate(savedInstanceState: Bundle?)")
                && activity.contains("super.onCreate(savedInstanceState)"),
            "{name}:\n{activity}"
        );
        assert!(project.join("app/src/release/AndroidManifest.xml").is_file());
        std::fs::remove_dir_all(project).unwrap();
    }
    let filter = std::fs::read_to_string(manifest_dir().join("mobile/android/main/intent-filter-kyrpack.xml")).unwrap();
    assert!(!filter.contains("category.BROWSABLE\"") && !filter.contains("android:scheme=\"file\""), "{filter}");
    assert!(filter.contains("android:scheme=\"content\""));
}
