//! Every shipped locale, in the real app: home and a guide render in it,
//! with the right `lang` and `dir`, no raw message id, and a screenshot of
//! each saved to `tests/artifacts/screens/<lang>-*.png`. And the fonts the
//! set-up installs cover every character each locale uses (no tofu).

use kyr_e2e::{expected, root, shipped_locales, App, Start};
use std::collections::BTreeSet;
use std::process::Command;

/// Where the first instruction's box may start on a 400×800 guide page, at
/// most: under the bar, the title, its summary and the "show a card" button.
const FIRST_INSTRUCTION_TOP: f64 = 400.0;

#[tokio::test(flavor = "multi_thread")]
async fn every_locale_renders_home_and_a_guide() {
    let locales = shipped_locales();
    assert!(locales.len() >= 3, "{locales:?}");
    let ids: Vec<String> = {
        let text = std::fs::read_to_string(root().join("locales/en/ui.ftl")).unwrap();
        kyr_core::l10n::ftl_shape(&text).entries.into_iter().map(|e| e.id).filter(|id| !id.starts_with('-')).collect()
    };
    let app = App::start(Start { name: "every-locale", os_locale: "en_US.UTF-8", data_dir: None }).await;
    // A common phone's size in CSS pixels: what must be seen without scrolling.
    app.client.set_window_size(400, 800).await.expect("resize the window");
    app.wait_until("window.innerWidth <= 410 && window.innerHeight >= 700").await;
    let mut below_fold = Vec::new();
    let mut layout = Vec::new();
    let mut first_tops = Vec::new();
    for (code, dir) in &locales {
        app.click("#language-button").await;
        app.on_screen("languages").await;
        app.click(&format!("[data-lang='{code}']")).await;
        app.wait_until(&format!("document.documentElement.lang === '{code}'")).await;
        assert_eq!(app.lang_dir().await, (code.clone(), dir.clone()), "{code}");
        app.click("#back").await;
        app.on_screen("home").await;
        app.wait_text("#urgent strong", &expected(code, "home-urgent")).await;
        // The privacy promise is on home in every language, and the quick exit in the bar.
        app.wait_text("#privacy-home", &expected(code, "privacy-text")).await;
        app.wait_text("#quick-exit", &expected(code, "quick-exit")).await;
        let body = app.eval("return document.body.innerText;").await.as_str().unwrap().to_owned();
        for id in &ids {
            assert!(!body.split(char::is_whitespace).any(|w| w == id), "{code}: raw message id {id} on screen");
        }
        // One short bar, and the primary actions above the fold: the red
        // card, the card to show an agent, the shortcuts, Hide.
        let bar =
            app.eval("return document.querySelector('.bar').getBoundingClientRect().height;").await.as_f64().unwrap();
        assert!(bar <= 64.0, "{code}: the bar is {bar} px tall on home");
        let fold = app.eval("const h = window.innerHeight; return ['#urgent', '#open-cards', '#shortcuts', '#quick-exit'].filter(s => document.querySelector(s).getBoundingClientRect().bottom > h);").await;
        if fold.as_array().is_some_and(|a| !a.is_empty()) {
            below_fold.push(format!("{code}: {fold}"));
        }
        // The search field's example words fit (the clear button shows only once there is text).
        let fits = app.eval("const i = document.getElementById('search-input'); const cs = getComputedStyle(i); const c = document.createElement('canvas').getContext('2d'); c.font = cs.font; return c.measureText(i.placeholder).width <= i.clientWidth - parseFloat(cs.paddingInlineStart) - parseFloat(cs.paddingInlineEnd);").await;
        assert_eq!(fits, true, "{code}: the search placeholder is cut off");
        if code != "en" {
            assert_eq!(
                app.text("#language-en").await,
                expected("en", "nav-language"),
                "{code}: 'Language' in English on the button"
            );
        }
        layout.extend(app.layout_problems().await.into_iter().map(|p| format!("{code} home: {p}")));
        app.screenshot(&format!("screens/{code}-home")).await;

        app.click(".scenario[data-guide='door']").await;
        app.on_screen("guide").await;
        app.wait_text("#guide-title", &expected(code, "door-title")).await;
        app.wait_text(".section-first .text", &expected(code, "door-first")).await;
        let bar =
            app.eval("return document.querySelector('.bar').getBoundingClientRect().height;").await.as_f64().unwrap();
        assert!(bar <= 64.0, "{code}: the bar is {bar} px tall on a guide");
        // The first instruction is the first thing read: its box starts high
        // on the screen and its first line is in view, before any notice.
        let first = app.eval("const r = document.querySelector('.section-first li').getBoundingClientRect(); return [r.top, r.bottom];").await;
        let (top, bottom) = (first[0].as_f64().unwrap(), first[1].as_f64().unwrap());
        first_tops.push(format!("{code} {top:.0}"));
        assert!(
            top <= FIRST_INSTRUCTION_TOP && bottom <= 800.0,
            "{code}: 'Do this first' is at {top:.0}–{bottom:.0} px of 800"
        );
        layout.extend(app.layout_problems().await.into_iter().map(|p| format!("{code} guide: {p}")));
        app.screenshot(&format!("screens/{code}-guide-door")).await;
        app.click("#back").await;
        app.on_screen("home").await;
    }
    assert!(below_fold.is_empty(), "primary actions below the fold at 400×800:\n{}", below_fold.join("\n"));
    assert!(layout.is_empty(), "layout rules broken:\n{}", layout.join("\n"));
    eprintln!("'Do this first' starts at (px of 800): {}", first_tops.join(", "));
}

/// fontconfig's name for a locale's orthography. Hmong (RPA) is written in
/// plain Latin letters, which fontconfig has no orthography for.
fn fontconfig_lang(code: &str) -> &str {
    match code {
        "zh-Hans" => "zh-cn",
        "zh-Hant" => "zh-tw",
        "pt-BR" => "pt",
        "hmn" => "en",
        other => other,
    }
}

#[test]
fn installed_fonts_cover_every_character_of_every_locale() {
    for (code, _) in shipped_locales() {
        let listed = Command::new("fc-list")
            .arg(format!(":lang={}", fontconfig_lang(&code)))
            .arg("family")
            .output()
            .expect("fc-list (fontconfig) runs");
        assert!(
            !listed.stdout.is_empty(),
            "{code}: no installed font supports this language; scripts/setup test installs the Noto fonts"
        );

        // Every character the locale's text uses, beyond ASCII, must be in some font.
        let mut chars = BTreeSet::new();
        for entry in std::fs::read_dir(root().join("locales").join(&code)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let text = std::fs::read_to_string(&path).unwrap();
                chars.extend(text.lines().filter(|l| !l.starts_with('#')).flat_map(|l| l.chars()).filter(|c| {
                    !c.is_ascii()
                        && !c.is_control()
                        && !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200c}' | '\u{200d}' | '\u{200f}' | '\u{200e}')
                }));
            }
        }
        let missing: Vec<char> = chars
            .iter()
            .copied()
            .filter(|c| {
                let out =
                    Command::new("fc-list").arg(format!(":charset={:x}", *c as u32)).arg("family").output().unwrap();
                out.stdout.is_empty()
            })
            .collect();
        assert!(missing.is_empty(), "{code}: no installed font has {missing:?}");
    }
}
