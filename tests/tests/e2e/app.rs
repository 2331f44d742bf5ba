//! The app's promises, checked in the real app: it starts on the home screen,
//! speaks the user's language (right-to-left included), opens guides and
//! goes back, and nothing leaves the web view.

use kyr_e2e::{artifacts, expected, root, App, Start};

fn start<'a>(name: &'a str, os_locale: &str) -> Start<'a> {
    Start { name, os_locale: leak(os_locale), data_dir: None }
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

/// English interface ids, so a test can check that none is shown raw.
fn ui_message_ids() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("locales/en/ui.ftl")).unwrap();
    kyr_core::l10n::ftl_shape(&text).entries.into_iter().map(|e| e.id).filter(|id| !id.starts_with('-')).collect()
}

async fn assert_no_raw_ids(app: &App) {
    let body = app.eval("return document.body.innerText;").await.as_str().unwrap().to_owned();
    for id in ui_message_ids() {
        let raw = body.split(|c: char| c.is_whitespace()).any(|word| word == id);
        assert!(!raw, "raw message id {id} on screen:\n{body}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn starts_on_the_home_screen_in_english() {
    let app = App::start(start("home-en", "en_US.UTF-8")).await;
    app.on_screen("home").await;
    assert_eq!(app.lang_dir().await, ("en".into(), "ltr".into()));
    assert!(app.text("#urgent").await.starts_with(&expected("en", "home-urgent")));
    assert_eq!(app.count(".scenario").await, 13);
    assert_eq!(app.text(".scenario[data-guide='door'] strong").await, expected("en", "door-title"));
    assert_eq!(app.count("#back:not([hidden])").await, 0, "no back button on home");
    assert_no_raw_ids(&app).await;

    // How long from navigation start to the painted home screen.
    let painted = app.eval("return performance.getEntriesByName('home-painted')[0].startTime;").await;
    let painted = painted.as_f64().expect("home-painted mark");
    assert!(painted > 0.0);
    std::fs::create_dir_all(artifacts()).unwrap();
    let metrics = format!(
        "page_load_to_home_painted_ms {painted:.0}\nlaunch_to_home_painted_ms {}\n",
        app.start_to_home.as_millis()
    );
    std::fs::write(artifacts().join("start-metrics.txt"), metrics).unwrap();
    app.screenshot("screens/en-home").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_os_locale_chooses_spanish() {
    let app = App::start(start("home-es-os", "es_MX.UTF-8")).await;
    assert_eq!(app.lang_dir().await.0, "es");
    assert!(app.text("#urgent").await.starts_with(&expected("es", "home-urgent")));
}

#[tokio::test(flavor = "multi_thread")]
async fn switches_to_spanish_then_arabic_and_remembers_the_choice() {
    let data_dir = std::env::temp_dir().join(format!("kyr-e2e-switch-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    {
        let app =
            App::start(Start { name: "switch", os_locale: "en_US.UTF-8", data_dir: Some(data_dir.clone()) }).await;
        app.click("#language-button").await;
        app.on_screen("languages").await;
        assert_eq!(app.text("[data-lang='ar'] .language-name").await, expected("ar", "language-name"));

        app.click("[data-lang='es']").await;
        app.wait_until("document.documentElement.lang === 'es'").await;
        app.wait_text("#language-title", &expected("es", "language-title")).await;
        assert_eq!(app.text("#notices .notice").await, expected("es", "notice-machine-assisted"));
        app.click("#back").await;
        app.on_screen("home").await;
        assert!(app.text("#urgent").await.starts_with(&expected("es", "home-urgent")));
        assert_eq!(app.text(".scenario[data-guide='street'] strong").await, expected("es", "street-title"));
        // On a guide, "Do this first" leads; the translation and lawyer notices
        // follow it as one line that opens to show the translation notice.
        app.click("#urgent").await;
        app.on_screen("guide").await;
        assert_eq!(
            app.eval("return document.getElementById('notice-machine-assisted').offsetParent === null;").await,
            serde_json::json!(true),
            "not at the top of a guide"
        );
        assert_eq!(app.text("#guide-notices summary").await, expected("es", "guide-not-lawyer-reviewed"));
        let order = "return !!(document.querySelector('.section-first').compareDocumentPosition(document.getElementById('guide-notices')) & Node.DOCUMENT_POSITION_FOLLOWING);";
        assert_eq!(app.eval(order).await, serde_json::json!(true));
        app.click("#guide-notices summary").await;
        assert_eq!(app.text("#guide-notices .guide-notice-more").await, expected("es", "notice-machine-assisted"));
        app.click("#back").await;
        app.on_screen("home").await;
        assert_eq!(
            app.text("#notices .notice").await,
            expected("es", "notice-machine-assisted"),
            "back on home, the notice is at the top again"
        );
        assert_no_raw_ids(&app).await;
        app.screenshot("screens/es-home").await;

        app.click("#language-button").await;
        app.click("[data-lang='ar']").await;
        app.wait_until("document.documentElement.dir === 'rtl'").await;
        assert_eq!(app.lang_dir().await, ("ar".into(), "rtl".into()));
        app.click("#back").await;
        app.on_screen("home").await;
        assert_eq!(app.text(".scenario[data-guide='face-scan'] strong").await, expected("ar", "scan-title"));
        // The layout really mirrors: the scenario icon sits on the right.
        let mirrored = app.eval("const b = document.querySelector('.scenario').getBoundingClientRect(); const i = document.querySelector('.scenario .icon').getBoundingClientRect(); return i.left > b.left + b.width / 2;").await;
        assert_eq!(mirrored, serde_json::Value::Bool(true), "icons should sit on the right in Arabic");
        assert_no_raw_ids(&app).await;
        app.screenshot("screens/ar-home").await;
    }
    // Restarted, the app opens in the language the user chose, not the OS's.
    let app =
        App::start(Start { name: "switch-restart", os_locale: "en_US.UTF-8", data_dir: Some(data_dir.clone()) }).await;
    assert_eq!(app.lang_dir().await, ("ar".into(), "rtl".into()));
    drop(app);
    let _ = std::fs::remove_dir_all(&data_dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn opens_a_guide_and_goes_back() {
    let app = App::start(start("guide-en", "en_US.UTF-8")).await;
    app.click(".scenario[data-guide='door']").await;
    app.on_screen("guide").await;
    assert_eq!(app.text("#guide-title").await, expected("en", "door-title"));
    let kinds =
        app.eval("return [...document.querySelectorAll('.section[data-kind]')].map(s => s.dataset.kind);").await;
    assert_eq!(kinds, serde_json::json!(["first", "do", "dont", "say", "why", "unsettled", "lawyer"]));
    assert_eq!(app.text(".section-first .text").await, expected("en", "door-first"));
    assert_eq!(app.count(".section-say .english").await, 0, "English readers need no second English line");
    assert!(app.count(".sources").await > 0, "statements carry their sources");
    assert!(app.count(".guide-sources li").await >= 4, "the guide lists its sources");
    assert_eq!(app.text(".guide-notice").await, expected("en", "guide-not-lawyer-reviewed"));
    // The one thing to do comes before notices about the guide.
    let first_then_notice = "return !!(document.querySelector('.section-first').compareDocumentPosition(document.querySelector('.guide-notice')) & Node.DOCUMENT_POSITION_FOLLOWING);";
    assert_eq!(app.eval(first_then_notice).await, serde_json::json!(true));
    app.screenshot("screens/en-guide-door").await;

    // A word in the guide opens its glossary entry.
    app.click(".term[data-term='judicial-warrant']").await;
    app.on_screen("glossary").await;
    app.wait_until("document.activeElement && document.activeElement.id === 'term-judicial-warrant'").await;
    assert_eq!(app.text("#term-judicial-warrant dt").await, expected("en", "term-judicial-warrant"));
    app.click("#back").await;
    app.on_screen("guide").await;

    app.click("#back").await;
    app.on_screen("home").await;
    assert_eq!(app.count(".scenario").await, 13);

    app.click("#urgent").await;
    app.on_screen("guide").await;
    assert_eq!(app.text("#guide-title").await, expected("en", "right-now-title"));
    // Every guide ends with a way to a lawyer: the directory, in one tap.
    assert_eq!(app.text("#guide-find-help strong").await, expected("en", "home-directory"));
    app.click("#guide-find-help").await;
    app.on_screen("directory").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_guide_in_arabic_shows_each_phrase_with_its_english_line() {
    let app = App::start(start("guide-ar", "ar_EG.UTF-8")).await;
    assert_eq!(app.lang_dir().await, ("ar".into(), "rtl".into()));
    app.click(".scenario[data-guide='face-scan']").await;
    app.on_screen("guide").await;
    assert_eq!(app.text("#guide-title").await, expected("ar", "scan-title"));
    let phrase = app.text(".section-say li:first-child .text").await;
    assert_eq!(phrase, expected("ar", "phrase-no-scan"));
    let english = app.text(".section-say li:first-child .english").await;
    assert!(english.ends_with(&expected("en", "phrase-no-scan")), "{english}");
    let dir =
        app.eval("return getComputedStyle(document.querySelector('.section-say .english-text')).direction;").await;
    assert_eq!(dir, "ltr", "the English line reads left to right inside an Arabic page");
    let label =
        app.eval("return getComputedStyle(document.querySelector('.section-say .english-label')).direction;").await;
    assert_eq!(label, "rtl", "its label stays in the page's direction");
    app.screenshot("screens/ar-guide-face-scan").await;
    app.click("#back").await;
    app.on_screen("home").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_web_view_cannot_reach_the_network() {
    let app = App::start(start("no-network", "en_US.UTF-8")).await;
    let script =
        "const done = arguments[0]; fetch('https://example.com/').then(() => done('loaded'), e => done(String(e)));";
    let result = app.client.execute_async(script, vec![]).await.expect("script ran");
    let result = result.as_str().unwrap_or_default().to_owned();
    assert_ne!(result, "loaded");
    assert!(result.contains("TypeError"), "fetch should be refused by the CSP, got {result}");
    // The refusal is the CSP's own, not a missing network: the violation is reported.
    let script = "const done = arguments[0]; \
        document.addEventListener('securitypolicyviolation', e => done(e.effectiveDirective + ' ' + e.blockedURI), { once: true }); \
        fetch('https://example.org/x').catch(() => {}); setTimeout(() => done('no violation'), 3000);";
    let violation = app.client.execute_async(script, vec![]).await.expect("script ran");
    let violation = violation.as_str().unwrap_or_default().to_owned();
    assert!(violation.starts_with("connect-src") && violation.contains("example.org"), "{violation}");
    // And the window does not leave the app's pages.
    let _ = app.client.execute("location.href = 'https://example.com/'; return true;", vec![]).await;
    std::thread::sleep(std::time::Duration::from_millis(500));
    let here = app.eval("return location.protocol + '//' + location.host;").await;
    assert_eq!(here.as_str(), Some("tauri://localhost"), "navigated away");
    app.on_screen("home").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_layout_holds_at_320_px_and_double_text_size() {
    let app = App::start(start("narrow", "en_US.UTF-8")).await;
    app.client.set_window_size(320, 640).await.expect("resize the window");
    app.wait_until("window.innerWidth <= 330").await;
    // Twice the default text size, as a person with low vision sets it.
    app.eval("document.documentElement.style.fontSize = '225%'; return true;").await;
    // Nothing scrolls sideways or runs out of its box; targets stay large and apart.
    assert_eq!(app.layout_problems().await, Vec::<String>::new(), "home at 320 px and 200 %");
    app.screenshot("screens/en-home-320px-200pct").await;
    app.click(".scenario[data-guide='face-scan']").await;
    app.on_screen("guide").await;
    assert_eq!(app.layout_problems().await, Vec::<String>::new(), "a guide at 320 px and 200 %");
    app.screenshot("screens/en-guide-320px-200pct").await;
}

/// Answers the warrant checker through `answers` (indexes of the buttons), and
/// returns the result id it ends on.
async fn check_warrant(app: &App, answers: &[usize]) -> String {
    app.click("#open-warrant").await;
    app.on_screen("warrant").await;
    for answer in answers {
        app.click(&format!(".answer[data-answer='{answer}']")).await;
    }
    app.wait_until("document.getElementById('warrant-result') !== null").await;
    app.eval("return document.getElementById('warrant-result').dataset.result;").await.as_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_warrant_checker_tells_an_ice_form_from_a_judges_warrant() {
    let app = App::start(start("warrant-en", "en_US.UTF-8")).await;
    // "Department of Homeland Security" at the top: an ICE form; keep the door closed.
    assert_eq!(check_warrant(&app, &[1]).await, "administrative");
    assert_eq!(app.text("#warrant-result h2").await, expected("en", "warrant-r-admin-title"));
    assert_eq!(app.text(".verdict-tone").await.to_lowercase(), expected("en", "warrant-tone-stop").to_lowercase());
    assert!(app.count("#warrant-result ~ .section-say .phrase").await >= 2);
    // Form numbers never break at their hyphen ("an I-" / "205 warrant").
    let codes = app.eval("return [...document.querySelectorAll('#screen .code')].filter(c => getComputedStyle(c).whiteSpace === 'nowrap').map(c => c.textContent);").await;
    assert!(codes.as_array().unwrap().iter().any(|c| c == "I-205"), "{codes}");
    app.screenshot("screens/en-warrant-administrative").await;

    // Back goes to the question; start again for a judge's search warrant.
    app.click("#back").await;
    app.wait_until("document.querySelector('.question[data-step=top]') !== null").await;
    app.click("#back").await;
    app.on_screen("home").await;
    assert_eq!(check_warrant(&app, &[0, 0, 0, 0]).await, "judge-search");
    assert_eq!(app.text("#warrant-result h2").await, expected("en", "warrant-r-search-title"));
    app.click("#warrant-restart").await;
    app.wait_until("document.querySelector('.question[data-step=top]') !== null").await;
    // A wrong name or address.
    app.click(".answer[data-answer='0']").await;
    app.click(".answer[data-answer='0']").await;
    app.click(".answer[data-answer='1']").await;
    app.wait_until("document.getElementById('warrant-result') !== null").await;
    assert_eq!(app.text("#warrant-result h2").await, expected("en", "warrant-r-wrong-title"));
    // Only-if-sure: saying the name is wrong when it is not would be a false statement.
    let page =
        app.eval("return document.body.innerText;").await.as_str().unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(page.contains(&expected("en", "warrant-r-wrong-1")), "{page}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_paper_from_an_immigration_court_is_not_taken_for_a_judges_warrant() {
    let app = App::start(start("warrant-ij", "en_US.UTF-8")).await;
    // "Immigration Court" at the top: not a court whose warrant opens the door.
    assert_eq!(check_warrant(&app, &[2]).await, "immigration-court");
    assert_eq!(app.text("#warrant-result h2").await, expected("en", "warrant-r-ij-title"));
    assert_eq!(app.text(".verdict-tone").await.to_lowercase(), expected("en", "warrant-tone-stop").to_lowercase());
    app.screenshot("screens/en-warrant-immigration-court").await;
    // A regular court's name at the top, but an immigration judge signed it.
    app.click("#warrant-restart").await;
    app.wait_until("document.querySelector('.question[data-step=top]') !== null").await;
    app.click(".answer[data-answer='0']").await;
    app.wait_until("document.querySelector('.question[data-step=signed]') !== null").await;
    app.click(".answer[data-answer='2']").await;
    app.wait_until("document.getElementById('warrant-result') !== null").await;
    assert_eq!(
        app.eval("return document.getElementById('warrant-result').dataset.result;").await.as_str(),
        Some("immigration-court")
    );
    // The court answers say which courts they mean.
    app.click("#warrant-restart").await;
    app.wait_until("document.querySelector('.question[data-step=top]') !== null").await;
    assert_eq!(app.text(".answer[data-answer='0']").await, expected("en", "warrant-a-top-court"));
    assert_eq!(app.text(".answer[data-answer='2']").await, expected("en", "warrant-a-top-immigration-court"));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_warrant_checker_works_in_arabic_with_the_english_phrases() {
    let app = App::start(start("warrant-ar", "ar_EG.UTF-8")).await;
    assert_eq!(app.text("#open-warrant strong").await, expected("ar", "home-warrant"));
    assert_eq!(check_warrant(&app, &[0, 1]).await, "administrative");
    assert_eq!(app.text("#warrant-result h2").await, expected("ar", "warrant-r-admin-title"));
    let english = app.text(".section-say .phrase:first-child .english").await;
    assert!(english.ends_with(&expected("en", "phrase-no-entry")), "{english}");
    app.screenshot("screens/ar-warrant-administrative").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_state_chosen_in_settings_shows_in_the_guides() {
    let app = App::start(start("state-es", "es_US.UTF-8")).await;
    app.click(".scenario[data-guide='street']").await;
    app.on_screen("guide").await;
    assert_eq!(app.text("#state-note h2").await, expected("es", "state-note-choose"));
    app.click("#change-state").await;
    app.on_screen("states").await;
    app.click(".choice[data-state='NY']").await;
    app.wait_until("document.querySelector('.choice[data-state=NY]').getAttribute('aria-checked') === 'true'").await;
    app.click("#back").await;
    app.on_screen("guide").await;
    app.wait_until("document.getElementById('state-note').dataset.state === 'NY'").await;
    let note = app.text("#state-note").await;
    assert!(note.contains(&expected("es", "state-ny")), "{note}");
    assert!(note.contains(&expected("es", "state-rule-demand")), "{note}");
    assert!(note.contains("140.50"), "the statute is cited: {note}");
    app.screenshot("screens/es-guide-street-state-note").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn card_mode_shows_the_statement_in_english_and_spanish() {
    let app = App::start(start("cards-es", "es_MX.UTF-8")).await;
    app.click("#open-cards").await;
    app.on_screen("cards").await;
    app.click(".scenario[data-deck='door']").await;
    app.on_screen("card").await;
    assert_eq!(app.text("#card-english").await, expected("en", "phrase-no-entry"));
    assert_eq!(app.text("#card-local").await, expected("es", "phrase-no-entry"));
    assert_eq!(app.count(".bar:not([hidden])").await, 1, "the header is in the DOM");
    let bar_hidden = app.eval("return getComputedStyle(document.querySelector('.bar')).display === 'none';").await;
    assert_eq!(bar_hidden, true, "card mode fills the screen");
    let size = app.eval("return parseFloat(getComputedStyle(document.getElementById('card-english')).fontSize);").await;
    assert!(size.as_f64().unwrap() >= 32.0, "very large type: {size}");
    app.screenshot("screens/es-card-door").await;

    app.click("#card-next").await;
    app.wait_text("#card-english", &expected("en", "phrase-slide-warrant")).await;
    assert_eq!(app.text("#card-local").await, expected("es", "phrase-slide-warrant"));
    // Leaving is one tap, whatever card is shown.
    app.click("#card-close").await;
    app.on_screen("cards").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_guide_with_a_deck_opens_it_in_one_tap_in_arabic() {
    let app = App::start(start("cards-ar", "ar_EG.UTF-8")).await;
    app.click(".scenario[data-guide='face-scan']").await;
    app.on_screen("guide").await;
    app.click("#show-card").await;
    app.on_screen("card").await;
    assert_eq!(app.eval("return document.getElementById('card').dataset.deck;").await, "face-scan");
    assert_eq!(app.text("#card-english").await, expected("en", "phrase-no-scan"));
    assert_eq!(app.text("#card-local").await, expected("ar", "phrase-no-scan"));
    let dir = app.eval("return getComputedStyle(document.getElementById('card-english')).direction;").await;
    assert_eq!(dir, "ltr");
    app.screenshot("screens/ar-card-face-scan").await;
    app.click("#card-close").await;
    app.on_screen("guide").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_print_view_lays_out_fronts_in_english_and_backs_in_arabic() {
    let app = App::start(start("print-ar", "ar_EG.UTF-8")).await;
    app.click("#open-print").await;
    app.on_screen("print").await;
    // Ten fronts and ten backs, ready for a double-sided sheet.
    assert_eq!(app.count(".print-sheets .sheet:not(.sheet-back) .wallet[lang='en']").await, 10);
    assert_eq!(app.count(".print-sheets .sheet-back .wallet[lang='ar'][dir='rtl']").await, 10);
    let front = app.text(".print-preview .wallet[lang='en']").await;
    assert!(front.contains(&expected("en", "phrase-lawyer")), "{front}");
    let back = app.text(".print-preview .wallet[lang='ar']").await;
    assert!(back.contains(&expected("ar", "phrase-lawyer")), "{back}");
    // The clinic's line goes on every card, and is not kept anywhere.
    app.client.find(fantoccini::Locator::Css("#print-clinic")).await.unwrap().send_keys("Clinic 123").await.unwrap();
    let lines = app.eval("return [...document.querySelectorAll('.wallet-clinic')].filter(p => p.textContent === 'Clinic 123').length;").await;
    assert_eq!(lines, 22, "2 preview cards and 20 on the sheets");
    app.screenshot("screens/ar-print-view").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_zip_search_in_spanish_lists_nearest_help_first_with_source_dates() {
    let app = App::start(start("directory-es", "es_US.UTF-8")).await;
    app.click("#open-directory").await;
    app.on_screen("directory").await;

    // A clinic adds its own office, with a ZIP code, from a CSV file.
    let csv = std::env::temp_dir().join(format!("kyr-e2e-clinic-{}.csv", std::process::id()));
    std::fs::write(&csv, "name,kind,phone,url,states,languages,services,source_url,source_quote,source_year,read_on,confidence,note,zip\n\
        Clínica del Loop,legal_aid,312-555-0147,https://example.org/loop,IL,es;en,deportation_defense,https://example.org/loop/contact,Call 312-555-0147,2026,2026-11-20,high,,60603\n").unwrap();
    app.client
        .find(fantoccini::Locator::Css("#import-file"))
        .await
        .unwrap()
        .send_keys(csv.to_str().unwrap())
        .await
        .unwrap();
    app.wait_until("document.querySelector('#import-report .notice') !== null").await;
    std::fs::remove_file(&csv).unwrap();

    app.client.find(fantoccini::Locator::Css("#zip")).await.unwrap().send_keys("60601").await.unwrap();
    app.click("#directory-search").await;
    app.wait_until("document.querySelector('#imported .contact') !== null").await;
    // A contact added from a file is listed apart, after the vetted ones,
    // labelled with where it came from, never among them.
    assert_eq!(app.text("#imported .contact:first-child .contact-name").await, "Clínica del Loop");
    assert!(
        app.text("#imported .contact:first-child .contact-from").await.contains("20"),
        "labelled with the file's date"
    );
    assert!(!app.text("#local").await.contains("Clínica del Loop"));
    let meta = app.text("#imported .contact:first-child .contact-meta").await;
    // Half a mile away counts as one, in the singular.
    assert!(meta.contains("A 1 milla") && !meta.contains("millas"), "distance shown: {meta}");
    // Every entry shows when its source was read, and national lines follow.
    let checked =
        app.eval("return [...document.querySelectorAll('#local .contact-checked')].map(p => p.innerText);").await;
    let checked: Vec<String> = serde_json::from_value(checked).unwrap();
    // Dates in words, the locale's way ("20 de noviembre de 2026"), not ISO.
    let months: Vec<String> = (1..=12).map(|m| expected("es", &format!("month-{m}"))).collect();
    assert!(
        checked.len() >= 3 && checked.iter().all(|c| months.iter().any(|m| c.contains(m)) && !c.contains("2026-1")),
        "{checked:?}"
    );
    assert!(app.count("#national .contact").await >= 5);
    app.screenshot("screens/es-directory-60601").await;

    // Save one (under "More"), and find it under "My contacts".
    app.click("#imported .contact:first-child .more summary").await;
    app.click("#imported .contact:first-child .save").await;
    app.wait_until(
        "document.querySelector('#imported .contact:first-child .save').getAttribute('aria-pressed') === 'true'",
    )
    .await;
    app.click("#my-contacts").await;
    app.on_screen("contacts").await;
    assert_eq!(app.text("#saved .contact-name").await, "Clínica del Loop");

    // The file's contacts can be removed together.
    app.click("#back").await;
    app.on_screen("directory").await;
    app.wait_until("document.querySelector('#imported .remove-import') !== null").await;
    app.click("#imported .contact:first-child .more summary").await;
    app.click("#imported .remove-import").await;
    app.wait_until("document.querySelector('#imported .contact') === null && document.querySelector('#import-report .notice') !== null").await;
    app.click("#my-contacts").await;
    app.on_screen("contacts").await;
    assert_eq!(app.count("#saved .contact").await, 0, "a removed contact is no longer saved");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_broken_clinic_file_changes_nothing_and_says_why() {
    let app = App::start(start("directory-import-bad", "en_US.UTF-8")).await;
    app.click("#open-directory").await;
    app.on_screen("directory").await;
    let csv = std::env::temp_dir().join(format!("kyr-e2e-bad-{}.csv", std::process::id()));
    std::fs::write(
        &csv,
        "name,kind,phone,url,states,languages,services,source_url,source_quote,source_year,read_on,confidence,note\n\
        Good,hotline,312-555-0101,,IL,,,https://example.org,q,2026,2026-11-01,high,\n\
        Bad,hotline,555-0101,,IL,,,https://example.org,q,2026,2026-11-01,high,\n",
    )
    .unwrap();
    app.client
        .find(fantoccini::Locator::Css("#import-file"))
        .await
        .unwrap()
        .send_keys(csv.to_str().unwrap())
        .await
        .unwrap();
    app.wait_until("document.querySelector('#import-report .error') !== null").await;
    std::fs::remove_file(&csv).unwrap();
    let errors = app.text("#import-report .import-errors").await;
    assert!(errors.contains("Line 3") && errors.contains("phone"), "{errors}");
    // A file that is not UTF-8 reaches the core as it is, and is refused with its line.
    let latin1 = std::env::temp_dir().join(format!("kyr-e2e-latin1-{}.csv", std::process::id()));
    let mut bytes = b"name,kind,phone,url,states,languages,services,source_url,source_quote,source_year,read_on,confidence,note\nCl".to_vec();
    bytes.push(0xED); // "i" with an accent in Latin-1
    bytes.extend_from_slice(b"nica,hotline,312-555-0101,,IL,,,https://example.org,q,2026,2026-11-01,high,\n");
    std::fs::write(&latin1, &bytes).unwrap();
    app.client
        .find(fantoccini::Locator::Css("#import-file"))
        .await
        .unwrap()
        .send_keys(latin1.to_str().unwrap())
        .await
        .unwrap();
    app.wait_until("document.querySelector('#import-report .import-errors') !== null && document.querySelector('#import-report .import-errors').innerText.includes('UTF-8')").await;
    std::fs::remove_file(&latin1).unwrap();
    assert!(app.text("#import-report .import-errors").await.contains("Line 2"));
    // All or nothing: the good row was not added either.
    app.client.find(fantoccini::Locator::Css("#zip")).await.unwrap().send_keys("60601").await.unwrap();
    app.click("#directory-search").await;
    app.wait_until("document.querySelector('#national') !== null").await;
    let names = app.eval("return document.getElementById('results').innerText;").await;
    assert!(!names.as_str().unwrap().contains("Good"), "nothing from a refused file is listed");
}

/// Types a query on the home screen; returns once a result for `target`
/// (and `section`, if given) is listed.
async fn search_for(app: &App, query: &str, target: &str, section: Option<usize>) -> String {
    app.type_text("#search-input", query).await;
    let selector = match section {
        Some(n) => format!(".search-result[data-target='{target}'][data-section='{n}']"),
        None => format!(".search-result[data-target='{target}']"),
    };
    app.wait_until(&format!("document.querySelector(\"{selector}\") !== null")).await;
    selector
}

#[tokio::test(flavor = "multi_thread")]
async fn search_in_spanish_finds_unaccented_words_and_opens_the_matching_section() {
    let app = App::start(start("search-es", "es_MX.UTF-8")).await;
    app.on_screen("home").await;
    assert_eq!(app.text(".search-label").await, expected("es", "search-label"));
    // Typed without the accent, as on many phone keyboards.
    let result = search_for(&app, "huellas", "protest", Some(5)).await;
    assert_eq!(app.count("#home-content[hidden]").await, 1, "results take the place of the home content");
    let first = app
        .eval("const b = document.querySelector('.search-result'); return [b.dataset.kind, b.dataset.target];")
        .await;
    assert_eq!(first, serde_json::json!(["guide", "face-scan"]), "the face-scan guide comes first");
    let marked =
        app.eval(&format!("return [...document.querySelectorAll(\"{result} mark\")].map(m => m.textContent);")).await;
    assert!(
        marked.as_array().is_some_and(
            |m| !m.is_empty() && m.iter().all(|w| w.as_str().unwrap().to_lowercase().starts_with("huella"))
        ),
        "{marked}"
    );
    app.screenshot("screens/es-search").await;

    app.click(&result).await;
    app.on_screen("guide").await;
    assert_eq!(app.text("#guide-title").await, expected("es", "protest-title"));
    app.wait_until("document.activeElement && document.activeElement.dataset.section === '5'").await;
    assert_eq!(app.count(".section.highlight[data-section='5']").await, 1);
    // Scrolled into view, below the sticky bar.
    let place = app.eval("const r = document.querySelector(\"[data-section='5']\").getBoundingClientRect(); const bar = document.querySelector('.bar').getBoundingClientRect(); return [r.top, bar.bottom, window.innerHeight, getComputedStyle(document.documentElement).getPropertyValue('--bar-height'), getComputedStyle(document.querySelector(\"[data-section='5']\")).scrollMarginBlockStart];").await;
    let (top, bar, height) = (place[0].as_f64().unwrap(), place[1].as_f64().unwrap(), place[2].as_f64().unwrap());
    assert!(top >= bar - 1.0 && top < height, "section 5 at {top} px, bar ends at {bar}, window {height}: {place}");

    // Back: the query and its results are still there.
    app.click("#back").await;
    app.on_screen("home").await;
    app.wait_until(&format!("document.querySelector(\"{result}\") !== null")).await;
    assert_eq!(app.eval("return document.getElementById('search-input').value;").await, serde_json::json!("huellas"));
}

#[tokio::test(flavor = "multi_thread")]
async fn search_in_arabic_matches_unvowelled_words_and_labels_english_results() {
    let app = App::start(start("search-ar", "ar_EG.UTF-8")).await;
    app.on_screen("home").await;
    assert_eq!(app.lang_dir().await.1, "rtl");
    let result = search_for(&app, "بصمات", "protest", Some(5)).await;
    let first = app
        .eval("const b = document.querySelector('.search-result'); return [b.dataset.kind, b.dataset.target];")
        .await;
    assert_eq!(first, serde_json::json!(["guide", "face-scan"]));
    // The field and the results run right to left like the rest of the screen.
    let rtl = app.eval("return getComputedStyle(document.getElementById('search-input')).direction;").await;
    assert_eq!(rtl, serde_json::json!("rtl"));
    app.screenshot("screens/ar-search").await;
    app.click(&result).await;
    app.on_screen("guide").await;
    assert_eq!(app.text("#guide-title").await, expected("ar", "protest-title"));
    app.wait_until("document.activeElement && document.activeElement.dataset.section === '5'").await;

    // An English word finds English text, marked as English and laid out left to right.
    app.click("#back").await;
    app.on_screen("home").await;
    // The clear button sits at the field's inline end (the left, in Arabic), 44 px and up.
    let clear = app.eval("const b = document.getElementById('search-clear').getBoundingClientRect(); const i = document.getElementById('search-input').getBoundingClientRect(); return [b.left - i.left < i.right - b.right, b.width >= 44 && b.height >= 44];").await;
    assert_eq!(clear, serde_json::json!([true, true]));
    app.click("#search-clear").await;
    app.wait_until(
        "!document.getElementById('home-content').hidden && document.getElementById('search-input').value === ''",
    )
    .await;
    assert_eq!(
        app.eval("return getComputedStyle(document.getElementById('search-clear')).display;").await,
        serde_json::json!("none"),
        "nothing to clear: no button"
    );
    app.type_text("#search-input", "frisk").await;
    app.wait_until("document.querySelector(\".search-result[data-english='true']\") !== null").await;
    assert_eq!(
        app.text(".search-result[data-english='true'] .search-english").await,
        expected("ar", "search-in-english")
    );
    let english = app.eval("const t = document.querySelector(\".search-result[data-english='true'] .search-result-title\"); return [t.lang, t.dir];").await;
    assert_eq!(english, serde_json::json!(["en", "ltr"]));
}

/// Typing stays instant: for every query of the search quality set, in its
/// language, the time from the keystroke that completes it to its results
/// in the page, and to the frame that paints them, measured in the real web
/// view. Writes the figures to `tests/artifacts/typing.txt`.
#[tokio::test(flavor = "multi_thread")]
async fn each_keystroke_paints_its_results_within_a_frame() {
    let set: toml::Table =
        toml::from_str(&std::fs::read_to_string(root().join("crates/core/tests/search/queries.toml")).unwrap())
            .unwrap();
    let app = App::start(start("typing", "en_US.UTF-8")).await;
    let (mut times, mut frames): (Vec<f64>, Vec<f64>) = (Vec::new(), Vec::new());
    for (lang, queries) in &set {
        app.click("#language-button").await;
        app.on_screen("languages").await;
        app.click(&format!("[data-lang='{lang}']")).await;
        app.wait_until(&format!("document.documentElement.lang === '{lang}'")).await;
        app.go_home().await;
        let queries: Vec<&str> = queries.as_table().unwrap().keys().map(String::as_str).collect();
        // Each query: the field holds all but its last letter, then the last
        // keystroke; timed to the animation frame after its results are in.
        // Elements are looked up at each step: the home screen may re-render.
        let script = "const [queries, done] = [arguments[0], arguments[arguments.length - 1]];
            const input = () => document.getElementById('search-input'); const shown = () => document.getElementById('search-results')?.dataset.query;
            const type = (text) => { const i = input(); i.value = text; i.dispatchEvent(new Event('input', { bubbles: true })); };
            const frame = () => new Promise(r => requestAnimationFrame(() => r()));
            (async () => { const out = [];
              for (const q of queries) {
                type(q.slice(0, -1));
                await new Promise(r => setTimeout(r, 30)); await frame(); await frame();
                // Noticed the moment the list says it shows q (a mutation observer, not a timer).
                const arrived = new Promise(resolve => {
                  const watch = new MutationObserver(() => { if (shown() === q) { watch.disconnect(); resolve(); } });
                  watch.observe(document.getElementById('screen'), { attributes: true, subtree: true, attributeFilter: ['data-query'] });
                  setTimeout(() => { watch.disconnect(); resolve(); }, 1000);
                });
                const t0 = performance.now();
                type(q);
                await arrived;
                if (shown() !== q) { const direct = await window.__TAURI__.core.invoke('search', { query: q }).then(v => 'ok ' + v.results.length, e => 'error ' + JSON.stringify(e)); out.push('no results for ' + q + ' (the list shows ' + shown() + '; asked directly: ' + direct + ')'); continue; }
                const ready = performance.now() - t0;
                await frame();
                out.push([ready, performance.now() - t0]);
              }
              done(out); })();";
        let measured =
            app.client.execute_async(script, vec![serde_json::json!(queries)]).await.expect("the typing script runs");
        for v in measured.as_array().unwrap() {
            let pair = v.as_array().unwrap_or_else(|| panic!("{lang}: {v}"));
            times.push(pair[0].as_f64().unwrap());
            frames.push(pair[1].as_f64().unwrap());
        }
    }
    let stats = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        let at = |p: f64| v[((v.len() as f64 * p).ceil() as usize).saturating_sub(1).min(v.len() - 1)];
        (at(0.5), at(0.95), v[v.len() - 1])
    };
    let (ready50, ready95, ready_max) = stats(&mut times);
    let (frame50, frame95, frame_max) = stats(&mut frames);
    let report = format!(
        "{} queries, debug build. Keystroke to results in the page (painted at the next frame): p50 {ready50:.1} ms, p95 {ready95:.1} ms, max {ready_max:.1} ms. \
         Keystroke to that frame: p50 {frame50:.1} ms, p95 {frame95:.1} ms, max {frame_max:.1} ms.\n",
        times.len()
    );
    std::fs::write(artifacts().join("typing.txt"), &report).unwrap();
    eprint!("{report}");
    assert!(times.len() >= 80, "{report}");
    // Results are in the page within one frame (16 ms at 60 Hz) of the keystroke.
    assert!(ready95 <= 16.0, "{report}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_zip_in_iowa_lists_its_offices_nearest_first_with_their_source() {
    // Iowa had no local help before the directory covered every state.
    let app = App::start(start("directory-ia", "en_US.UTF-8")).await;
    app.click("#open-directory").await;
    app.on_screen("directory").await;
    app.type_text("#zip", "50311").await;
    app.click("#directory-search").await;
    app.wait_until("document.querySelector('#national .contact') !== null").await;
    let local = app
        .eval(
            "return [...document.querySelectorAll('#local .contact')].map(li => ({
           meta: li.querySelector('.contact-meta').textContent,
           host: li.querySelector('.contact-source-host').textContent,
           checked: li.querySelector('.contact-checked').textContent }));",
        )
        .await;
    // Fluent's isolation marks around numbers would stop them parsing.
    let local: Vec<serde_json::Value> = serde_json::from_str(&kyr_e2e::strip_isolation(&local.to_string())).unwrap();
    assert!(local.len() >= 3, "Iowa has local help: {local:?}");
    // Nearest first: the first entry is an office with a distance, and the
    // distances that follow it grow.
    let miles: Vec<f64> = local
        .iter()
        .map_while(|c| {
            c["meta"]
                .as_str()
                .unwrap()
                .split(" · ")
                .nth(1)
                .and_then(|d| d.split(' ').next())
                .and_then(|n| n.parse().ok())
        })
        .collect();
    assert!(!miles.is_empty() && miles[0] < 30.0, "a Des Moines office comes first: {local:?}");
    assert!(miles.windows(2).all(|w| w[0] <= w[1]), "{miles:?}");
    // Each shows the site its number was read on, in plain sight.
    let source = expected("en", "directory-source-host");
    let prefix = source.split('{').next().unwrap();
    assert!(
        local
            .iter()
            .all(|c| c["host"].as_str().unwrap().starts_with(prefix)
                && c["host"].as_str().unwrap().len() > prefix.len() + 3),
        "{local:?}"
    );
    app.screenshot("screens/en-directory-50311").await;

    // An alert network is joined by a text the phone's own app sends; the
    // entry says the app itself sends no alerts.
    app.eval("document.getElementById('zip').value = ''; document.getElementById('region').value = 'CA'; return true;")
        .await;
    app.click("#directory-search").await;
    app.wait_until("document.querySelector('#local .signup') !== null").await;
    let signup = app.text("#local .signup").await;
    assert!(signup.contains("ALERTA") && signup.contains("24587"), "{signup}");
    let card = "[...document.querySelectorAll('#local .contact')].find(li => li.querySelector('.signup'))";
    let hint = app.eval(&format!("return {card}.querySelector('.contact-signup-hint').textContent;")).await;
    assert_eq!(hint, serde_json::json!(expected("en", "directory-signup-hint")));
}

#[tokio::test(flavor = "multi_thread")]
async fn every_card_plays_its_english_aloud_on_one_tap_and_stops_on_another() {
    let app = App::start(start("audio-es", "es_MX.UTF-8")).await;
    app.click("#open-cards").await;
    app.on_screen("cards").await;
    let decks =
        app.eval("return [...document.querySelectorAll('.scenario[data-deck]')].map(b => b.dataset.deck);").await;
    let decks: Vec<String> = serde_json::from_value(decks).unwrap();
    assert_eq!(decks.len(), 5, "{decks:?}");
    for deck in &decks {
        app.click(&format!(".scenario[data-deck='{deck}']")).await;
        app.on_screen("card").await;
        loop {
            // One big control, named in the user's language, that has not played.
            assert_eq!(app.count("#card .audio-play").await, 1, "deck {deck}");
            assert_eq!(app.text("#card .audio-play").await, expected("es", "audio-play-english"));
            let idle = app.eval("const a = document.querySelector('#card audio'); return a.paused && !a.src;").await;
            assert_eq!(idle, true, "nothing plays or loads before a tap ({deck})");
            if app.eval("return document.getElementById('card-next').disabled;").await == true {
                break;
            }
            app.click("#card-next").await;
        }
        app.click("#card-close").await;
        app.on_screen("cards").await;
    }

    // The web view decodes and plays the Opus file to its end; while it
    // plays, the control says so (seen from the media element's own events).
    app.click(".scenario[data-deck='door']").await;
    app.on_screen("card").await;
    let listen = "const a = document.querySelector('#card audio'); window.audioLog = [];
        const b = document.querySelector('#card .audio-play'), s = document.querySelector('#card .audio-status');
        b.addEventListener('click', () => window.audioLog.push({ e: 'tap', at: performance.now() }), { capture: true });
        for (const e of ['playing', 'timeupdate', 'pause', 'ended', 'error'])
          a.addEventListener(e, () => window.audioLog.push({ e, t: a.currentTime, d: a.duration, at: performance.now(),
            playing: b.dataset.playing, name: b.textContent, status: s.textContent, live: s.getAttribute('role') }));
        return true;";
    app.eval(listen).await;
    app.click("#card .audio-play").await;
    app.wait_until("window.audioLog.some((x) => x.e === 'ended')").await;
    let log = app.eval("return window.audioLog;").await;
    let events = log.as_array().unwrap();
    let playing = events.iter().find(|x| x["e"] == "playing").expect("it played");
    // What a screen reader hears: the button now named for what a tap does,
    // and the status line (a live region) saying it plays.
    assert_eq!(playing["playing"], "true");
    assert_eq!(playing["name"], expected("es", "audio-stop"));
    assert_eq!(playing["status"], expected("es", "audio-playing"));
    assert_eq!(playing["live"], "status");
    let furthest = events.iter().filter_map(|x| x["t"].as_f64()).fold(0.0, f64::max);
    let duration = playing["d"].as_f64().unwrap();
    assert!(duration > 1.5 && furthest > duration - 0.5, "played to the end: {furthest} of {duration} s");
    assert!(events.iter().all(|x| x["e"] != "error"), "{log}");
    // Tap to sound: the bytes come through IPC, then GStreamer decodes them.
    let tap = events.iter().find(|x| x["e"] == "tap").unwrap()["at"].as_f64().unwrap();
    let latency = playing["at"].as_f64().unwrap() - tap;
    std::fs::write(artifacts().join("audio-metrics.txt"), format!("tap_to_playing_ms {latency:.0}\n")).unwrap();
    assert!(latency < 1000.0, "{latency} ms from the tap to sound");
    // At the end it is ready to play again.
    app.wait_until("document.querySelector('#card .audio-play').dataset.playing === 'false'").await;
    assert_eq!(app.text("#card .audio-play").await, expected("es", "audio-play-english"));
    app.click("#card-close").await;
    app.on_screen("cards").await;

    // A second tap stops it; so does leaving the card.
    app.click(".scenario[data-deck='car']").await;
    app.on_screen("card").await;
    app.eval(listen).await;
    app.click("#card .audio-play").await;
    app.wait_until("window.audioLog.some((x) => x.e === 'playing')").await;
    app.screenshot("screens/es-card-car-playing").await;
    app.click("#card .audio-play").await;
    app.wait_until("document.querySelector('#card audio').paused").await;
    let stopped = app.eval("return window.audioLog.some((x) => x.e === 'ended');").await;
    assert_eq!(stopped, false, "stopped before the end");
    assert_eq!(app.eval("return document.querySelector('#card .audio-play').dataset.playing;").await, "false");
    app.click("#card .audio-play").await;
    app.wait_until("!document.querySelector('#card audio').paused").await;
    app.eval("window.leftBehind = document.querySelector('#card audio'); return true;").await;
    app.click("#card-close").await;
    app.on_screen("cards").await;
    // A detached media element would play on: the screen change stops it.
    assert_eq!(app.eval("return window.leftBehind.paused;").await, true);
}
