//! An accessibility audit in the real web view: axe-core (vendored by
//! `scripts/setup test` from its npm package, never shipped in the app) runs
//! on home, a guide, the language screen and the directory's results, in
//! English and Arabic. No
//! serious or critical violation is allowed; the findings are written to
//! `tests/artifacts/axe/<lang>-<screen>.json` and summed up in `summary.txt`.

use kyr_e2e::{artifacts, root, App, Start};
use std::fmt::Write as _;

const AXE: &str = "tests/vendor/node_modules/axe-core/axe.min.js";

async fn audit(app: &App, label: &str, summary: &mut String) {
    let script = "const done = arguments[arguments.length - 1];
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
          .then(r => done(JSON.stringify(r.passes.length < 10 ? 'only ' + r.passes.length + ' rules passed' : r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help, targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })))))
          .catch(e => done('error: ' + e));";
    let result = app.client.execute_async(script, vec![]).await.expect("axe runs");
    let text = result.as_str().expect("axe returns JSON");
    assert!(!text.starts_with("error"), "{label}: {text}");
    let parsed: serde_json::Value = serde_json::from_str(text).unwrap();
    assert!(parsed.is_array(), "{label}: axe did not really run: {parsed}");
    let violations: Vec<serde_json::Value> = serde_json::from_value(parsed).unwrap();
    let dir = artifacts().join("axe");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{label}.json")), serde_json::to_string_pretty(&violations).unwrap()).unwrap();
    let by_impact = |impact: &str| violations.iter().filter(|v| v["impact"] == impact).count();
    writeln!(
        summary,
        "{label}: critical {}, serious {}, moderate {}, minor {}",
        by_impact("critical"),
        by_impact("serious"),
        by_impact("moderate"),
        by_impact("minor")
    )
    .unwrap();
    let grave: Vec<_> = violations.iter().filter(|v| v["impact"] == "serious" || v["impact"] == "critical").collect();
    assert!(grave.is_empty(), "{label}: {grave:#?}");
}

/// From home: the directory's results for a Chicago ZIP, the first contact's
/// "More" open, so every kind of control in it is on screen.
async fn directory_results(app: &App) {
    app.click("#open-directory").await;
    app.on_screen("directory").await;
    app.type_text("#zip", "60601").await;
    app.click("#directory-search").await;
    app.wait_until("document.querySelector('#local .contact') !== null").await;
    app.click("#local .contact:first-child .more summary").await;
}

async fn inject_axe(app: &App) {
    let source = std::fs::read_to_string(root().join(AXE)).expect("axe-core is vendored by scripts/setup test");
    app.client.execute(&format!("{source}\nreturn typeof window.axe;"), vec![]).await.expect("axe-core loads");
}

#[tokio::test(flavor = "multi_thread")]
async fn home_guide_and_language_screens_pass_axe_in_english_and_arabic() {
    let mut summary = String::new();
    for (os_locale, lang) in [("en_US.UTF-8", "en"), ("ar_EG.UTF-8", "ar")] {
        let app = App::start(Start { name: &format!("axe-{lang}"), os_locale, data_dir: None }).await;
        assert_eq!(app.lang_dir().await.0, lang);
        inject_axe(&app).await;
        audit(&app, &format!("{lang}-home"), &mut summary).await;
        app.click(".scenario[data-guide='face-scan']").await;
        app.on_screen("guide").await;
        audit(&app, &format!("{lang}-guide"), &mut summary).await;
        app.click("#language-button").await;
        app.on_screen("languages").await;
        audit(&app, &format!("{lang}-languages"), &mut summary).await;
        app.go_home().await;
        directory_results(&app).await;
        audit(&app, &format!("{lang}-directory"), &mut summary).await;
    }
    // The audit can fail: an image without a text alternative is caught.
    let app = App::start(Start { name: "axe-self-check", os_locale: "en_US.UTF-8", data_dir: None }).await;
    inject_axe(&app).await;
    app.eval("const img = document.createElement('img'); img.src = 'icons/door.svg'; document.getElementById('screen').append(img); return true;").await;
    let script =
        "const done = arguments[arguments.length - 1]; axe.run(document).then(r => done(r.violations.map(v => v.id)));";
    let ids = app.client.execute_async(script, vec![]).await.expect("axe runs");
    assert!(ids.as_array().unwrap().iter().any(|id| id == "image-alt"), "axe missed an image without alt: {ids}");
    std::fs::write(artifacts().join("axe/summary.txt"), summary).unwrap();
}

/// Every kind of control, on the screens that have them, in English and
/// Arabic at a phone's size: targets 44 px and 8 px apart, one button shape,
/// no text out of its box, fields and placeholders with enough contrast.
#[tokio::test(flavor = "multi_thread")]
async fn controls_keep_the_layout_rules_on_every_kind_of_screen() {
    let mut problems = Vec::new();
    for (os_locale, lang) in [("en_US.UTF-8", "en"), ("ar_EG.UTF-8", "ar")] {
        let app = App::start(Start { name: &format!("layout-{lang}"), os_locale, data_dir: None }).await;
        app.client.set_window_size(400, 800).await.expect("resize the window");
        app.wait_until("window.innerWidth <= 410").await;
        let mut check = |screen: &str, found: Vec<String>| {
            problems.extend(found.into_iter().map(|p| format!("{lang} {screen}: {p}")));
        };

        check("home", app.layout_problems().await);
        app.click(".scenario[data-guide='door']").await;
        app.on_screen("guide").await;
        // The compact notice line, opened (a machine translation has one).
        app.eval("document.querySelector('details.guide-notice')?.setAttribute('open', ''); return true;").await;
        check("guide", app.layout_problems().await);
        app.go_home().await;

        directory_results(&app).await;
        check("directory", app.layout_problems().await);
        // One primary action per contact; Call carries the number.
        let primaries = app.eval("return [...document.querySelectorAll('.contact')].filter(li => li.querySelectorAll('.primary').length !== 1).map(li => li.dataset.key);").await;
        assert_eq!(primaries, serde_json::json!([]), "{lang}: contacts without exactly one primary action");
        let call = app.text("#local .contact:first-child .call").await;
        assert!(
            call.contains(&app.text("#local .contact:first-child .call-number").await)
                && call.chars().any(|c| c.is_ascii_digit()),
            "{lang}: {call}"
        );
        app.go_home().await;

        app.click("#open-plan").await;
        app.on_screen("plan").await;
        check("plan-new", app.layout_problems().await);
        app.type_text("#new-pin", "246810").await;
        app.type_text("#new-pin-again", "246810").await;
        app.click("#create-vault").await;
        app.wait_until("document.getElementById('plan-form') !== null").await;
        app.click("#add-contact").await;
        check("plan", app.layout_problems().await);
        // Remove looks like what it does: red, apart from the primary save.
        let remove = app.eval("const b = document.querySelector('.vault-contact .destructive'); return b && getComputedStyle(b).color;").await;
        assert_eq!(remove, serde_json::json!("rgb(176, 0, 32)"), "{lang}: Remove is not in the destructive style");
        app.go_home().await;

        app.click("#open-settings").await;
        app.on_screen("settings").await;
        check("settings", app.layout_problems().await);
        if app.count("#setting-packs").await > 0 {
            app.click("#setting-packs").await;
            app.on_screen("packs").await;
            check("packs", app.layout_problems().await);
            // The file picker is a button like the others, named by its label.
            let picker = app.eval("const l = document.getElementById('pack-file-label'); const cs = getComputedStyle(l); return [l.getBoundingClientRect().height >= 44, cs.borderTopLeftRadius, document.getElementById('pack-file').labels[0] === l];").await;
            assert_eq!(picker, serde_json::json!([true, "10px", true]), "{lang}: the pack file picker");
        }
    }
    assert!(problems.is_empty(), "layout rules broken:\n{}", problems.join("\n"));

    // The checks can fail: text out of its box, a small target, a pale field.
    let app = App::start(Start { name: "layout-self-check", os_locale: "en_US.UTF-8", data_dir: None }).await;
    app.eval("document.getElementById('screen').append(Object.assign(document.createElement('p'), { id: 'too-long', style: 'width: 60px; white-space: nowrap', textContent: 'a line far too long for its box' }), Object.assign(document.createElement('button'), { id: 'too-small', style: 'height: 20px', textContent: 'x' }), Object.assign(document.createElement('input'), { id: 'too-pale', style: 'border: 2px solid #ddd' })); return true;").await;
    let found = app.layout_problems().await.join("\n");
    for (what, id) in [("overflows", "too-long"), ("×20 px", "too-small"), ("border", "too-pale")] {
        assert!(found.lines().any(|l| l.contains(id) && l.contains(what)), "the layout checks missed #{id}: {found}");
    }
}
