//! An accessibility audit in the real web view: axe-core (vendored by
//! `scripts/setup test` from its npm package, never shipped in the app) runs
//! on home, a guide and the language screen, in English and Arabic. No
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
    writeln!(summary, "{label}: critical {}, serious {}, moderate {}, minor {}", by_impact("critical"), by_impact("serious"), by_impact("moderate"), by_impact("minor")).unwrap();
    let grave: Vec<_> = violations.iter().filter(|v| v["impact"] == "serious" || v["impact"] == "critical").collect();
    assert!(grave.is_empty(), "{label}: {grave:#?}");
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
    }
    // The audit can fail: an image without a text alternative is caught.
    let app = App::start(Start { name: "axe-self-check", os_locale: "en_US.UTF-8", data_dir: None }).await;
    inject_axe(&app).await;
    app.eval("const img = document.createElement('img'); img.src = 'icons/door.svg'; document.getElementById('screen').append(img); return true;").await;
    let script = "const done = arguments[arguments.length - 1]; axe.run(document).then(r => done(r.violations.map(v => v.id)));";
    let ids = app.client.execute_async(script, vec![]).await.expect("axe runs");
    assert!(ids.as_array().unwrap().iter().any(|id| id == "image-alt"), "axe missed an image without alt: {ids}");
    std::fs::write(artifacts().join("axe/summary.txt"), summary).unwrap();
}
