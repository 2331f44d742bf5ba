//! Safety in the real app: quick exit leaves nothing behind, the emergency
//! plan is created, locked and opened, the second PIN opens an empty plan
//! and erases the real one, the detained message opens the SMS link with
//! the expected text, and erasing everything removes the plan.

use kyr_e2e::{expected, App, Start};
use serde_json::json;

fn start(name: &'static str, os_locale: &'static str) -> Start<'static> {
    Start { name, os_locale, data_dir: None }
}

async fn set_value(app: &App, css: &str, value: &str) {
    app.type_text(css, value).await;
}

/// Opens the plan from home and creates it with `pin`.
async fn create_plan(app: &App, pin: &str) {
    app.click("#open-plan").await;
    app.on_screen("plan").await;
    set_value(app, "#new-pin", pin).await;
    set_value(app, "#new-pin-again", pin).await;
    app.click("#create-vault").await;
    app.wait_until("document.getElementById('plan-form') !== null").await;
}

async fn unlock(app: &App, pin: &str) {
    set_value(app, "#pin", pin).await;
    app.click("#unlock-vault").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn quick_exit_hides_everything_and_back_finds_nothing() {
    let data_dir = std::env::temp_dir().join(format!("kyr-e2e-hide-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    let app =
        App::start(Start { name: "quick-exit", os_locale: "en_US.UTF-8", data_dir: Some(data_dir.clone()) }).await;
    // Home teaches, once, what Hide does and how to come back.
    app.wait_text("#hide-tip p", &expected("en", "hide-tip-text")).await;
    assert_eq!(
        app.text("#hide-tip .hide-tip-button").await,
        expected("en", "quick-exit"),
        "the picture shows the real button's word"
    );
    app.click("#hide-tip-ok").await;
    app.wait_until("document.getElementById('hide-tip') === null").await;
    app.click(".scenario[data-guide='door']").await;
    app.on_screen("guide").await;
    app.click("#quick-exit").await;
    app.wait_until("document.getElementById('neutral') !== null").await;
    let shown = app.eval("return document.body.innerText;").await.as_str().unwrap().to_owned();
    assert!(!shown.contains(&expected("en", "door-title")), "{shown}");
    assert_eq!(app.eval("return document.title;").await, json!(expected("en", "neutral-title")));
    // It looks like a finished notes app: a list of everyday notes, each
    // opening in an editor, and a way back to the list. Nothing says kyr.
    let titles = app.eval("return [...document.querySelectorAll('.note strong')].map(s => s.innerText);").await;
    assert_eq!(
        titles,
        json!([
            expected("en", "neutral-note-1-title"),
            expected("en", "neutral-note-2-title"),
            expected("en", "neutral-note-3-title")
        ])
    );
    app.click(".notes-list li:nth-child(2) .note").await;
    app.wait_until("document.querySelector('#neutral textarea') !== null").await;
    let note = app.eval("return document.querySelector('#neutral textarea').value;").await;
    assert!(note.as_str().unwrap().contains(&expected("en", "neutral-note-2-body")), "{note}");
    app.click("#neutral-all").await;
    app.wait_until("document.querySelectorAll('.note').length === 3").await;
    assert!(
        !app.eval("return document.body.innerText;").await.as_str().unwrap().to_lowercase().contains("kyr"),
        "the notes page names kyr"
    );
    // Back, twice: still the neutral page, never the guide.
    for _ in 0..2 {
        app.eval("history.back(); return true;").await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        app.wait_until("document.getElementById('neutral') !== null && document.getElementById('screen') === null")
            .await;
    }
    app.screenshot("screens/quick-exit").await;
    drop(app);
    // Opened again, the app is itself, and the lesson is not repeated.
    let app =
        App::start(Start { name: "quick-exit-again", os_locale: "en_US.UTF-8", data_dir: Some(data_dir.clone()) })
            .await;
    app.on_screen("home").await;
    assert_eq!(app.count("#hide-tip").await, 0);
    drop(app);
    let _ = std::fs::remove_dir_all(&data_dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn quick_exit_locks_an_open_plan_before_it_leaves() {
    let app = App::start(start("quick-exit-plan", "en_US.UTF-8")).await;
    create_plan(&app, "246810").await;
    assert_eq!(app.eval("return window.__TAURI__.core.invoke('vault').then(v => v.state);").await, json!("open"));
    app.click("#quick-exit").await;
    app.wait_until("document.getElementById('neutral') !== null").await;
    assert_eq!(app.eval("return window.__TAURI__.core.invoke('vault').then(v => v.state);").await, json!("locked"));
    assert_eq!(app.eval("return history.state;").await, json!(null), "no search query or screen kept in history");
}

#[tokio::test(flavor = "multi_thread")]
async fn escape_twice_hides_the_app() {
    let app = App::start(start("quick-exit-esc", "es_MX.UTF-8")).await;
    app.click(".scenario[data-guide='street']").await;
    app.on_screen("guide").await;
    app.eval("for (let i = 0; i < 2; i++) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })); return true;").await;
    app.wait_until("document.getElementById('neutral') !== null").await;
    assert_eq!(app.text("#neutral h1").await, expected("es", "neutral-title"));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_plan_is_locked_with_a_pin_and_the_second_pin_erases_it() {
    let app = App::start(start("vault", "en_US.UTF-8")).await;
    create_plan(&app, "246810").await;
    set_value(&app, "#plan-name", "Ana").await;
    set_value(&app, "#plan-a-number", "A123456789").await;
    set_value(&app, "#contact-name-0", "Luis").await;
    set_value(&app, "#contact-phone-0", "(555) 555-0100").await;
    app.click("#save-vault").await;
    app.wait_text("#vault-done", &expected("en", "vault-saved")).await;
    assert_eq!(app.count("#plan-form").await, 0, "saving locks the plan");

    // A wrong PIN says so and shows nothing.
    unlock(&app, "000000").await;
    app.wait_text("#vault-error", &expected("en", "vault-wrong-pin")).await;
    assert_eq!(app.count("#plan-form").await, 0);
    unlock(&app, "246810").await;
    app.wait_until("document.getElementById('plan-name') !== null").await;
    assert_eq!(app.eval("return document.getElementById('plan-name').value;").await, json!("Ana"));
    assert_eq!(app.eval("return document.getElementById('contact-phone-0').value;").await, json!("1-555-555-0100"));
    assert_eq!(app.eval("return document.getElementById('pin') === null;").await, json!(true));
    app.screenshot("screens/en-plan").await;

    // The family plan, laid out for paper.
    app.click("#print-plan").await;
    app.on_screen("plan-print").await;
    let sheet = app.text("#plan-sheet").await;
    assert!(
        sheet.starts_with(&expected("en", "vault-print-title"))
            && sheet.contains("Ana")
            && sheet.contains("1-555-555-0100"),
        "{sheet}"
    );
    app.click("#back").await;
    app.on_screen("plan").await;
    app.wait_until("document.getElementById('plan-name') !== null").await;

    // The second PIN, set to erase the real plan, explained and confirmed.
    app.click("#duress summary").await;
    // Before the second PIN: never use it on police or agents who ask.
    assert_eq!(app.text("#duress-officials").await, expected("en", "officials-no-hiding"));
    set_value(&app, "#duress-pin", "135790").await;
    app.click("#duress-wipe").await;
    app.wait_until("!document.getElementById('duress-warning').hidden").await;
    app.click("#duress-set").await;
    app.click("#duress-confirm").await;
    app.wait_text("#vault-done", &expected("en", "duress-done")).await;
    app.click("#lock-vault").await;
    app.wait_until("document.getElementById('pin') !== null").await;

    // Forced to open it: the second PIN shows an empty plan...
    unlock(&app, "135790").await;
    app.wait_until("document.getElementById('plan-name') !== null").await;
    assert_eq!(app.eval("return document.getElementById('plan-name').value;").await, json!(""));
    app.click("#lock-vault").await;
    // ...and the real one is gone.
    unlock(&app, "246810").await;
    app.wait_text("#vault-error", &expected("en", "vault-wrong-pin")).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_detained_message_opens_the_sms_app_with_the_plan_in_spanish() {
    let app = App::start(start("detained", "es_MX.UTF-8")).await;
    create_plan(&app, "246810").await;
    set_value(&app, "#plan-name", "Ana").await;
    set_value(&app, "#plan-a-number", "A123456789").await;
    set_value(&app, "#contact-name-0", "Luis").await;
    set_value(&app, "#contact-phone-0", "555 555 0100").await;
    set_value(&app, "#plan-lawyer-name", "Clinic").await;
    set_value(&app, "#plan-lawyer-phone", "555 555 0199").await;
    app.click("#save-vault").await;
    app.wait_until("document.getElementById('pin') !== null").await;
    unlock(&app, "246810").await;
    app.click("#open-detained").await;
    app.on_screen("detained").await;
    set_value(&app, "#detained-place", "Broadview").await;
    app.wait_until("document.getElementById('detained-text').textContent.includes('Broadview')").await;
    // The app hands the link to the system through `open_link`; here the
    // hand-off is recorded at the IPC boundary instead of opening an app.
    app.eval("window.__opened = []; const core = window.__TAURI__.core; window.__TAURI__.core = { ...core, invoke: (cmd, args, opts) => cmd === 'open_link' ? (window.__opened.push(args.url), Promise.resolve(null)) : core.invoke(cmd, args, opts) }; return true;").await;
    app.click("#detained-send").await;
    app.wait_until("window.__opened.length === 1").await;
    let url = app.eval("return window.__opened[0];").await.as_str().unwrap().to_owned();
    app.screenshot("screens/es-detained").await;
    assert!(url.starts_with("sms:+15555550100?body="), "{url}");
    // The shell hands on phone, text, email and https links only.
    let refused = app.eval("return window.__TAURI_INTERNALS__.invoke('open_link', { url: 'file:///etc/passwd' }).then(() => 'opened', e => e.code);").await;
    assert_eq!(refused, json!("link-not-allowed"));
    for part in ["Ana", "A123456789", "Clinic", "Broadview", "555-555-0199"] {
        assert!(url.contains(part), "{part} missing from {url}");
    }
    // The message is in Spanish: the words after the name are the catalogue's.
    let intro = expected("es", "detained-msg-intro");
    let after_name = intro.rsplit('}').next().unwrap().trim_start_matches(['.', ' ', ',']).trim();
    let text = app.text("#detained-text").await;
    assert!(!after_name.is_empty() && text.contains(after_name), "{text} / {intro}");
}

#[tokio::test(flavor = "multi_thread")]
async fn erasing_everything_removes_the_plan_and_keeps_the_guides() {
    let app = App::start(start("wipe", "en_US.UTF-8")).await;
    create_plan(&app, "246810").await;
    app.click("#save-vault").await;
    app.wait_until("document.getElementById('pin') !== null").await;
    app.click("#back").await;
    app.on_screen("home").await;
    app.click("#open-settings").await;
    app.on_screen("settings").await;
    assert_eq!(app.text("#privacy p").await, expected("en", "privacy-text"));
    assert_eq!(app.text("#wipe-officials").await, expected("en", "officials-no-hiding"));
    app.click("#wipe").await;
    app.click("#wipe-confirm").await;
    app.on_screen("home").await;
    app.wait_text("#wipe-done", &expected("en", "wipe-done")).await;
    app.click("#open-plan").await;
    app.on_screen("plan").await;
    app.wait_until("document.getElementById('create-form') !== null").await;
    app.click("#back").await;
    app.click(".scenario[data-guide='door']").await;
    app.wait_text("#guide-title", &expected("en", "door-title")).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn unreadable_saved_data_is_kept_and_erased_only_when_the_user_asks() {
    let dir = std::env::temp_dir().join(format!("kyr-e2e-unreadable-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("user.sqlite"), b"not a database: the user's old file").unwrap();
    {
        let app = App::start(Start { name: "unreadable", os_locale: "en_US.UTF-8", data_dir: Some(dir.clone()) }).await;
        assert!(app.text("#notices").await.starts_with(&expected("en", "notice-user-db-unreadable")));
        assert!(std::fs::read(dir.join("user.sqlite")).unwrap().starts_with(b"not a database"), "kept as it was");
        app.click("#notice-erase").await;
        app.on_screen("settings").await;
        app.click("#wipe").await;
        app.click("#wipe-confirm").await;
        app.on_screen("home").await;
        app.wait_until("document.querySelector('#notices .notice') === null || !document.getElementById('notices').innerText.includes('settings')").await;
        assert_eq!(app.count("#notice-erase").await, 0);
    }
    assert!(
        !std::fs::read(dir.join("user.sqlite")).unwrap().starts_with(b"not a database"),
        "replaced by a fresh database"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
