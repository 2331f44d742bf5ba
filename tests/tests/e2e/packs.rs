//! Clinic packs in the real app: a clinic makes a pack with the command-line
//! tool; the app shows who made it (name and key code), installs it, and its
//! contacts and card line appear; a tampered pack is refused and changes
//! nothing; opening the app with a pack file goes straight to the review.

use kyr_e2e::{expected, root, App, Start};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Copies the example pack source, with the clinic's name replaced.
fn example_named(dir: &Path, name: &str) -> PathBuf {
    let src = dir.join("src");
    std::fs::create_dir_all(&src).unwrap();
    let example = root().join("examples/clinic-pack");
    for file in ["pack.toml", "contacts.csv"] {
        std::fs::copy(example.join(file), src.join(file)).unwrap();
    }
    let profile = std::fs::read_to_string(example.join("profile.toml")).unwrap();
    let profile = profile.replace("name = \"Example Clinic (sample)\"", &format!("name = {name:?}"));
    std::fs::write(src.join("profile.toml"), profile).unwrap();
    src
}

/// Makes a key and the example pack (in a folder of its own: the harness
/// empties `kyr-e2e-<test name>-<pid>`, the app's data folder) with `kyr`; returns the pack and its key code.
fn make_pack(dir: &Path) -> (PathBuf, String) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    build_pack(dir, &root().join("examples/clinic-pack"))
}

fn build_pack(dir: &Path, source: &Path) -> (PathBuf, String) {
    let kyr = root().join("target/debug/kyr");
    let key = dir.join("clinic.key");
    let out = Command::new(&kyr)
        .args(["pack", "keygen", "--out"])
        .arg(&key)
        .output()
        .expect("kyr runs (cargo build --workspace)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let pack = dir.join("sample.kyrpack");
    let out = Command::new(&kyr)
        .current_dir(root())
        .args(["pack", "build", "--key"])
        .arg(&key)
        .arg("--out")
        .arg(&pack)
        .arg(source)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let code = stdout.lines().find_map(|l| l.strip_prefix("key code:")).unwrap().trim().to_owned();
    (pack, code)
}

async fn choose_file(app: &App, path: &Path) {
    // The packs screen may still be drawing after the click that opened it.
    app.wait_until("document.getElementById('pack-file') !== null").await;
    app.client
        .find(fantoccini::Locator::Css("#pack-file"))
        .await
        .unwrap()
        .send_keys(path.to_str().unwrap())
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_clinic_pack_is_reviewed_installed_and_its_contacts_and_card_line_show() {
    let dir = std::env::temp_dir().join(format!("kyr-e2e-packfiles-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    // The example pack, and a report that one built-in entry is outdated.
    let source = example_named(&dir, "Example Clinic (sample)");
    std::fs::write(
        source.join("outdated.csv"),
        "name,phone,url\nSanta Cruz County rapid response hotline,831-239-4289,\n",
    )
    .unwrap();
    let (pack, code) = build_pack(&dir, &source);
    let app = App::start(Start { name: "pack-install", os_locale: "en_US.UTF-8", data_dir: None }).await;
    app.click("#open-settings").await;
    app.click("#setting-packs").await;
    app.on_screen("packs").await;
    assert_eq!(app.text("#packs-none").await, expected("en", "packs-none"));

    // A tampered copy is refused, whole.
    let mut bytes = std::fs::read(&pack).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    let tampered = dir.join("tampered.kyrpack");
    std::fs::write(&tampered, &bytes).unwrap();
    choose_file(&app, &tampered).await;
    app.wait_until("document.getElementById('pack-error') !== null").await;
    assert!(app.text("#pack-error").await.starts_with(&expected("en", "pack-error-signature")));

    // The real one: who made it, and the key code to compare.
    choose_file(&app, &pack).await;
    app.wait_until("document.getElementById('pack-review') !== null").await;
    assert_eq!(app.text("#review-publisher").await, "Example Clinic (sample, not a real clinic)");
    assert_eq!(app.text("#review-key").await, code);
    // What it adds, before it is trusted: contacts and the profile, nothing of the app's own.
    let adds = app.eval("return [...document.querySelectorAll('#review-adds li')].map(li => li.textContent);").await;
    let adds: Vec<String> = serde_json::from_value(adds).unwrap();
    assert_eq!(
        adds,
        [
            expected("en", "pack-adds-contacts"),
            expected("en", "pack-adds-outdated"),
            expected("en", "pack-adds-profile")
        ]
    );
    app.screenshot("screens/en-pack-review").await;
    app.click("#review-install").await;
    app.wait_until("document.getElementById('pack-done') !== null").await;
    assert_eq!(app.text("#pack-done").await, expected("en", "pack-installed"));
    assert!(app.text("#packs").await.contains(&code));

    // On home, first in the directory, and on the cards.
    app.click("#back").await;
    app.click("#back").await;
    app.on_screen("home").await;
    assert!(app.text("#clinic-card").await.contains("Example Clinic (sample)"));
    assert!(app.text("#clinic-card").await.contains(&expected("en", "home-clinic")));
    app.click("#open-directory").await;
    app.on_screen("directory").await;
    let first = app.eval("return document.querySelector('#results .contact .contact-name').textContent;").await;
    assert_eq!(first, serde_json::json!("Example Clinic (sample)"));
    // The reported entry stays listed, unchanged, with the report beside it.
    app.eval("const s = document.getElementById('region'); s.value = 'CA'; return true;").await;
    app.click("#directory-search").await;
    app.wait_until("document.querySelector('#local .contact') !== null").await;
    let report = app
        .eval("const li = [...document.querySelectorAll('#local .contact')].find(li => li.textContent.includes('831-239-4289')); return li.querySelector('.reported-outdated')?.textContent ?? null;")
        .await;
    let report = kyr_e2e::strip_isolation(report.as_str().expect("the Santa Cruz entry carries the report"));
    assert_eq!(
        report,
        expected("en", "directory-reported-outdated")
            .replace("{$clinic}", "Example Clinic (sample, not a real clinic)")
            .replace("{ $clinic }", "Example Clinic (sample, not a real clinic)")
    );
    assert_eq!(app.count("#local .reported-outdated").await, 1, "only that entry");
    app.go_home().await;
    app.click("#open-print").await;
    app.on_screen("print").await;
    assert_eq!(
        app.eval("return document.getElementById('print-clinic').value;").await,
        serde_json::json!("Example Clinic (sample): see example.org/clinic")
    );
    assert!(app.text(".wallet-clinic").await.contains("example.org/clinic"));
    assert!(
        app.text("#print-clinic-from").await.contains("Example Clinic (sample, not a real clinic)"),
        "labelled with its publisher"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn opening_the_app_with_a_pack_file_shows_its_review_first() {
    let dir = std::env::temp_dir().join(format!("kyr-e2e-packfiles-open-{}", std::process::id()));
    let (pack, code) = make_pack(&dir);
    let app = App::start_with_args(
        Start { name: "pack-open", os_locale: "es_MX.UTF-8", data_dir: None },
        &[pack.to_str().unwrap()],
    )
    .await;
    app.on_screen("packs").await;
    app.wait_until("document.getElementById('pack-review') !== null").await;
    assert_eq!(app.text("#review-key").await, code);
    assert_eq!(app.text("#review-install").await, expected("es", "pack-review-install"));
    // Cancelled, it is not offered again.
    app.click("#review-cancel").await;
    app.wait_until("document.getElementById('pack-review') === null").await;
    assert_eq!(
        app.eval("return window.__TAURI__.core.invoke('opened_pack', { forget: false }).then(v => v === null);").await,
        serde_json::json!(true)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn text_from_a_pack_is_shown_as_text_never_as_markup() {
    let dir = std::env::temp_dir().join(format!("kyr-e2e-packfiles-markup-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let name = "<img src=x onerror=\"document.title='owned'\">Clinic";
    let source = example_named(&dir, name);
    let (pack, _) = build_pack(&dir, &source);
    let app = App::start(Start { name: "pack-markup", os_locale: "en_US.UTF-8", data_dir: None }).await;
    app.click("#open-settings").await;
    app.click("#setting-packs").await;
    choose_file(&app, &pack).await;
    app.click("#review-install").await;
    app.wait_until("document.getElementById('pack-done') !== null").await;
    app.click("#back").await;
    app.click("#back").await;
    app.on_screen("home").await;
    assert_eq!(
        app.eval("return document.querySelector('#clinic-card .clinic-name').textContent;").await,
        serde_json::json!(name)
    );
    assert_eq!(app.count("#clinic-card img[src='x']").await, 0, "no element was made from the pack's text");
    assert_ne!(app.eval("return document.title;").await, serde_json::json!("owned"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The example pack with one recording of `phrase-lawyer`, labelled as read
/// in Mam. (The test's file is the built-in English one: any Ogg Opus will do.)
fn example_with_recording(dir: &Path) -> PathBuf {
    let source = example_named(dir, "Clínica Ejemplo (sample)");
    std::fs::create_dir_all(source.join("audio")).unwrap();
    std::fs::copy(root().join("content/audio/en/phrase-lawyer.opus"), source.join("audio/lawyer-mam.opus")).unwrap();
    std::fs::write(
        source.join("audio/recordings.toml"),
        "[[recording]]\nfile = \"lawyer-mam.opus\"\nmessage = \"phrase-lawyer\"\nlanguage = \"Mam\"\n",
    )
    .unwrap();
    source
}

#[tokio::test(flavor = "multi_thread")]
async fn a_clinics_recording_installs_and_plays_beside_the_phrase_it_reads() {
    let dir = std::env::temp_dir().join(format!("kyr-e2e-packfiles-audio-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (pack, _) = build_pack(&dir, &example_with_recording(&dir));
    let app = App::start(Start { name: "pack-audio", os_locale: "es_MX.UTF-8", data_dir: None }).await;
    app.click("#open-settings").await;
    app.click("#setting-packs").await;
    choose_file(&app, &pack).await;
    app.wait_until("document.getElementById('pack-review') !== null").await;
    let adds = app.text("#review-adds").await;
    let recordings = expected("es", "pack-adds-recordings");
    assert!(adds.contains(recordings.split('{').next().unwrap().trim_end()), "{adds}");
    app.click("#review-install").await;
    app.wait_until("document.getElementById('pack-done') !== null").await;

    // In the door guide's "what to say", the lawyer phrase has the English
    // voice and then the clinic's recording, labelled with its name.
    app.go_home().await;
    app.click(".scenario[data-guide='door']").await;
    app.on_screen("guide").await;
    let phrase = ".section-say .phrase:nth-child(4)";
    assert_eq!(app.count(&format!("{phrase} .audio-play")).await, 2);
    let label = kyr_e2e::strip_isolation(&app.text(&format!("{phrase} .audio-control:nth-child(2) .audio-play")).await);
    assert!(label.contains("Mam") && label.contains("Clínica Ejemplo (sample)"), "{label}");
    assert_eq!(app.count(".section-say .phrase:nth-child(1) .audio-play").await, 1, "other phrases: English only");
    let audio = format!("{phrase} .audio-control:nth-child(2) audio");
    app.eval(&format!(
        "const a = document.querySelector('{audio}'); window.audioLog = [];
         for (const e of ['playing', 'ended', 'error']) a.addEventListener(e, () => window.audioLog.push(e));
         return true;"
    ))
    .await;
    app.click(&format!("{phrase} .audio-control:nth-child(2) .audio-play")).await;
    app.wait_until("window.audioLog.includes('ended') || window.audioLog.includes('error')").await;
    assert_eq!(app.eval("return window.audioLog;").await, serde_json::json!(["playing", "ended"]));
    app.screenshot("screens/es-guide-door-clinic-recording").await;

    // The same recording is on the card, under the English one.
    app.click("#show-card").await;
    app.on_screen("card").await;
    for _ in 0..3 {
        app.click("#card-next").await;
    }
    app.wait_text("#card-english", &expected("en", "phrase-lawyer")).await;
    assert_eq!(app.count("#card .audio-play").await, 2);
    let _ = std::fs::remove_dir_all(&dir);
}
