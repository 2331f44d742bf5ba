//! The `kyr` command as clinics and scripts use it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn kyr(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kyr")).args(args).output().expect("kyr runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn check_passes_on_the_shipped_content() {
    let out = kyr(&["check", "--root", root().to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout(&out).starts_with("ok: 13 guides, 3 locales"), "{}", stdout(&out));
}

#[test]
fn check_lists_every_problem_and_fails() {
    // A copy of the content with one message removed from Spanish and a bad citation.
    let tmp = std::env::temp_dir().join(format!("kyr-cli-broken-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    for dir in ["content/guides", "locales/en", "locales/es"] {
        std::fs::create_dir_all(tmp.join(dir)).unwrap();
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, tmp.join(dir).join(path.file_name().unwrap())).unwrap();
        }
    }
    std::fs::copy(root().join("content/citations.toml"), tmp.join("content/citations.toml")).unwrap();
    let es = tmp.join("locales/es/phrases.ftl");
    let text = std::fs::read_to_string(&es).unwrap();
    std::fs::write(&es, text.lines().filter(|l| !l.starts_with("phrase-lawyer ")).collect::<Vec<_>>().join("\n")).unwrap();
    let door = tmp.join("content/guides/door.toml");
    std::fs::write(&door, std::fs::read_to_string(&door).unwrap().replace("\"payton\"", "\"peyton\"")).unwrap();

    let out = kyr(&["check", "--root", tmp.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("locales/es/phrases.ftl [es] phrase-lawyer: missing"), "{stderr}");
    assert!(stderr.contains("content/guides/door.toml:") && stderr.contains("unknown citation \"peyton\""), "{stderr}");
    std::fs::remove_dir_all(tmp).unwrap();
}

#[test]
fn guides_lists_ids_and_localized_titles() {
    let out = kyr(&["guides", "--lang", "es", "--root", root().to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 13, "{lines:?}");
    let door = lines.iter().find(|l| l.starts_with("door\t")).expect("door listed");
    let spanish = std::fs::read_to_string(root().join("locales/es/guides.ftl")).unwrap();
    let title = spanish.lines().find_map(|l| l.strip_prefix("door-title = ")).unwrap();
    assert_eq!(door, &format!("door\t{title}"));
}

#[test]
fn an_unknown_language_is_a_clear_error() {
    let out = kyr(&["guides", "--lang", "xx", "--root", root().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no locale \"xx\""));
}
