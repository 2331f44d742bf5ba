//! Promises about the content that ships: it compiles cleanly in every
//! locale, every screen's strings exist, and the views built from it are
//! what a person expects.

use crate::common::{compiled, data_dir, open_building, open_shipped as open, root, sources};
use kyr_core::compiler::UI_FILES;
use kyr_core::diagnostics::Diagnostic;
use kyr_core::l10n::ftl_shape;
use kyr_core::model::{CitationKind, SectionKind};
use kyr_core::sources::{SourceSet, Sources};
use kyr_core::{Kyr, OpenOptions};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn english_ui_ids() -> BTreeSet<String> {
    UI_FILES
        .iter()
        .flat_map(|f| {
            ftl_shape(&std::fs::read_to_string(root().join("locales/en").join(f)).unwrap())
                .entries
                .into_iter()
                .map(|e| e.id)
        })
        .collect()
}

#[test]
fn shipped_content_compiles_with_no_problem_in_any_locale() {
    let compilation = compiled();
    assert!(compilation.diagnostics.is_empty(), "{}", Diagnostic::list(&compilation.diagnostics));
    let locales: Vec<_> = compilation.content.locales.iter().map(|l| l.code.as_str()).collect();
    for required in ["en", "es", "ar"] {
        assert!(locales.contains(&required), "{required} is not shipped");
    }
    assert!(compilation.content.texts.iter().all(|t| !t.fallback), "a shipped locale falls back to English");
}

#[test]
fn every_guide_cites_its_reasons_and_ends_with_how_to_reach_a_lawyer() {
    for guide in &compiled().content.guides {
        let why = guide.sections.iter().filter(|s| s.kind == SectionKind::Why).flat_map(|s| &s.items);
        assert!(why.clone().all(|i| !i.cite.is_empty()), "{}: a legal reason without a citation", guide.id);
        assert_eq!(
            guide.sections.last().map(|s| s.kind),
            Some(SectionKind::Lawyer),
            "{} must end with the lawyer section",
            guide.id
        );
        assert_eq!(
            guide.sections.first().map(|s| s.kind),
            Some(SectionKind::First),
            "{} must start with the one thing to do first",
            guide.id
        );
    }
}

#[test]
fn every_scenario_of_the_brief_ships_with_the_urgent_shortcut() {
    let ids: Vec<_> = compiled().content.guides.iter().map(|g| (g.id.clone(), g.urgent)).collect();
    let scenarios = [
        "street",
        "face-scan",
        "door",
        "car",
        "workplace",
        "protest",
        "arrest",
        "phone",
        "border",
        "places",
        "status",
        "family",
        "after",
    ];
    for id in scenarios {
        assert!(ids.contains(&(id.to_owned(), false)), "guide {id} missing");
    }
    assert_eq!(ids.iter().filter(|(_, urgent)| *urgent).count(), 1, "exactly one urgent guide");
}

#[test]
fn every_guide_icon_and_warrant_picture_exists_in_the_ui() {
    let content = &compiled().content;
    for guide in &content.guides {
        let path = root().join("ui/icons").join(format!("{}.svg", guide.icon));
        assert!(path.is_file(), "{} has no icon at {}", guide.id, path.display());
    }
    for picture in content.warrant.as_ref().unwrap().steps.iter().filter_map(|s| s.picture.as_ref()) {
        assert!(root().join("ui/pictures").join(format!("{picture}.svg")).is_file(), "no picture {picture}");
    }
}

#[test]
fn the_guides_show_the_rule_of_the_users_state_with_its_statute() {
    let dir = data_dir("state-note");
    let mut kyr = open(&dir, &[]);
    let note = kyr.guide("street").unwrap().state_note.expect("the street guide has state notes");
    assert_eq!(note.code, None, "no state chosen yet");
    assert!(!note.heading.is_empty() && note.text.is_empty());

    kyr.set_state("NV").unwrap();
    let note = kyr.guide("car").unwrap().state_note.unwrap();
    assert_eq!(note.code.as_deref(), Some("NV"));
    assert!(note.heading.contains("Nevada"), "{}", note.heading);
    assert!(note.citations.iter().any(|c| c.cite.contains("171.123")));
    assert!(note.text.contains("where you were born"), "{}", note.text);

    // A state without a confirmed statute says so, and cites nothing.
    kyr.set_state("AZ").unwrap();
    let note = kyr.guide("street").unwrap().state_note.unwrap();
    assert!(note.text.contains("not confirmed") && note.citations.is_empty(), "{}", note.text);
    assert!(kyr.guide("door").unwrap().state_note.is_none());
    assert!(kyr.set_state("XX").is_err());
    // The choice survives a restart.
    assert_eq!(open(&dir, &[]).states().unwrap().current.as_deref(), Some("AZ"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn every_guide_says_it_awaits_a_lawyer_and_warns_when_a_year_old() {
    let dir = data_dir("stale");
    let mut kyr = open(&dir, &[]);
    kyr.set_today("2026-12-01");
    let guide = kyr.guide("door").unwrap();
    assert_eq!(guide.notices.len(), 1, "{:?}", guide.notices);
    assert!(guide.notices[0].contains("lawyer"));
    kyr.set_today("2028-01-01");
    let guide = kyr.guide("door").unwrap();
    assert_eq!(guide.notices.len(), 2, "{:?}", guide.notices);
    assert!(guide.notices[1].contains("more than a year"), "{:?}", guide.notices);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn each_guide_lists_each_of_its_sources_once() {
    let dir = data_dir("sources");
    let kyr = open(&dir, &[]);
    for card in kyr.home().unwrap().guides {
        let guide = kyr.guide(&card.id).unwrap();
        let mut cites: Vec<_> = guide.sources.iter().map(|c| c.cite.clone()).collect();
        assert!(!cites.is_empty(), "{} lists no sources", card.id);
        let before = cites.len();
        cites.dedup();
        assert_eq!(before, cites.len());
        assert!(guide.sources.iter().all(|c| !c.publisher.is_empty() && c.source.starts_with("http")));
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_glossary_and_warrant_checker_are_complete_in_every_locale() {
    let dir = data_dir("glossary");
    let mut kyr = open(&dir, &[]);
    for code in ["en", "es", "ar"] {
        kyr.set_language(code).unwrap();
        let glossary = kyr.glossary().unwrap();
        assert!(glossary.entries.len() >= 15, "{code}: {} entries", glossary.entries.len());
        assert!(glossary.entries.iter().all(|e| !e.term.is_empty() && !e.definition.is_empty()));
        let warrant = kyr.warrant().unwrap();
        assert!(warrant.steps.iter().any(|s| s.id == warrant.start));
        for result in &warrant.results {
            assert!(
                !result.title.is_empty() && !result.say.is_empty() && !result.citations.is_empty(),
                "{code}: {}",
                result.id
            );
            if code != "en" {
                assert!(result.say.iter().all(|p| p.english.is_some()), "{code}: phrases need their English line");
            }
        }
    }
    std::fs::remove_dir_all(dir).unwrap();
}

/// Every message id the core's own code names: the first argument of its
/// `text("…")`, `count("…")` and `number("…")` calls, and the `"error-…"` ids of its
/// errors. Test modules are skipped (they name missing ids on purpose).
fn core_literal_ids() -> BTreeSet<String> {
    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    rust_files(&root().join("crates/core/src"), &mut files);
    let mut ids = BTreeSet::new();
    let is_id = |s: &str| {
        !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    };
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap();
        for marker in ["text(\"", "count(\"", "number(\"", "\"error-"] {
            for (at, _) in code.match_indices(marker) {
                // A call of a function named exactly `text`, `count` or `number`.
                if marker.ends_with("(\"") && code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let start = if marker.starts_with('"') { at + 1 } else { at + marker.len() };
                let id = code[start..].split('"').next().unwrap();
                if is_id(id) {
                    ids.insert(id.to_owned());
                }
            }
        }
    }
    ids
}

#[test]
fn every_message_id_the_ui_and_the_core_use_exists_in_english() {
    let ids = english_ui_ids();
    let mut used = BTreeSet::new();
    for file in std::fs::read_dir(root().join("ui")).unwrap() {
        let path = file.unwrap().path();
        if !matches!(path.extension().and_then(|e| e.to_str()), Some("js" | "html")) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for marker in ["data-l10n-id=\"", "t(\""] {
            for (at, _) in text.match_indices(marker) {
                // `t("` only as the call of l10n.js's t, not the end of another name.
                if marker.starts_with('t')
                    && text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.')
                {
                    continue;
                }
                used.insert(text[at + marker.len()..].split('"').next().unwrap().to_owned());
            }
        }
    }
    assert!(used.len() > 10, "the scan found too few ids: {used:?}");
    // Ids the core formats by name, found by reading its source: each must
    // exist in English (in any file; they are rendered from the database).
    let literal = core_literal_ids();
    assert!(literal.len() > 40, "the scan of the core found too few ids: {literal:?}");
    let english: BTreeSet<String> = std::fs::read_dir(root().join("locales/en"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .flat_map(|p| ftl_shape(&std::fs::read_to_string(p).unwrap()).entries.into_iter().map(|e| e.id))
        .collect();
    let unknown: Vec<_> = literal.difference(&english).collect();
    assert!(unknown.is_empty(), "the core names ids that English lacks: {unknown:?}");
    // Families the core builds from data.
    used.extend(SectionKind::ALL.iter().map(|k| format!("section-{}", k.as_str())));
    used.extend(CitationKind::ALL.iter().map(|k| format!("citation-kind-{}", k.as_str())));
    used.extend(kyr_core::directory::SERVICES.iter().map(|s| format!("service-{s}")));
    used.extend(kyr_core::directory::KINDS.iter().map(|k| format!("contact-kind-{k}")));
    used.extend(
        [
            "too-large",
            "encoding",
            "malformed",
            "missing-column",
            "too-many-rows",
            "required",
            "bad-value",
            "bad-phone",
            "bad-url",
            "bad-state",
            "bad-date",
            "bad-zip",
            "duplicate",
        ]
        .map(|c| format!("import-error-{c}")),
    );
    // Ids ui/screens.js builds from data.
    used.extend(["stop", "caution", "enter"].map(|tone| format!("warrant-tone-{tone}")));
    let warrant = compiled().content.warrant.as_ref().expect("the warrant checker compiles");
    used.extend(
        warrant
            .steps
            .iter()
            .filter_map(|s| s.picture.as_ref())
            .map(|p| format!("warrant-picture-{}", p.trim_start_matches("warrant-"))),
    );
    let missing: Vec<_> = used.difference(&ids).collect();
    assert!(missing.is_empty(), "used but not in the English UI files {UI_FILES:?}: {missing:?}");
}

#[test]
fn no_screen_shows_a_raw_message_id_in_any_locale() {
    let dir = data_dir("raw-ids");
    let mut kyr = open(&dir, &[]);
    for option in kyr.languages().unwrap().options {
        let ui = kyr.set_language(&option.code).unwrap();
        for (id, text) in &ui.strings {
            assert!(!text.trim().is_empty() && text != id, "{}: {id} renders as {text:?}", option.code);
        }
        for card in kyr.home().unwrap().guides {
            let guide = kyr.guide(&card.id).unwrap();
            let texts =
                guide.sections.iter().flat_map(|s| std::iter::once(&s.heading).chain(s.items.iter().map(|i| &i.text)));
            for text in texts.chain([&guide.title, &guide.last_reviewed]) {
                assert!(
                    !text.trim().is_empty() && !text.starts_with(&format!("{}-", card.id)),
                    "{}: {text:?}",
                    option.code
                );
            }
        }
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_os_locale_picks_the_language_until_the_user_chooses_one() {
    let dir = data_dir("negotiate");
    assert_eq!(open(&dir, &["es_MX.UTF-8"]).ui().unwrap().lang, "es");
    assert_eq!(open(&dir, &["de_DE.UTF-8"]).ui().unwrap().lang, "en");
    let ui = open(&dir, &["es_MX.UTF-8"]).set_language("ar").unwrap();
    assert_eq!((ui.lang.as_str(), ui.dir.as_str(), ui.machine_assisted), ("ar", "rtl", true));
    // The saved choice wins over the OS locale, and survives a restart.
    assert_eq!(open(&dir, &["es_MX.UTF-8"]).locale(), "ar");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn phrases_show_the_english_line_beside_the_translation() {
    let dir = data_dir("phrases");
    let mut kyr = open(&dir, &[]);
    let english = kyr.guide("door").unwrap();
    let say = english.sections.iter().find(|s| s.kind == "say").unwrap();
    assert!(say.items.iter().all(|i| i.english.is_none()), "no duplicate line in English");

    kyr.set_language("es").unwrap();
    let spanish = kyr.guide("door").unwrap();
    let say = spanish.sections.iter().find(|s| s.kind == "say").unwrap();
    let first = &say.items[0];
    assert_eq!(first.english.as_deref(), Some("I do not consent to you entering my home."));
    assert_ne!(first.text, "I do not consent to you entering my home.");
    assert!(spanish.sections.iter().flat_map(|s| &s.items).any(|i| !i.citations.is_empty()));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_content_database_is_rebuilt_only_when_the_sources_change() {
    let dir = data_dir("rebuild");
    assert!(open_building(&dir, &[]).opened.rebuilt);
    assert!(!open_building(&dir, &[]).opened.rebuilt);
    // A content update keeps the user's choice.
    open_building(&dir, &[]).set_language("es").unwrap();
    let mut files = sources().files().to_vec();
    files.iter_mut().find(|f| f.path == "locales/en/ui.ftl").unwrap().text.push_str("\n# edited\n");
    let changed = SourceSet::from_files(files);
    let kyr = Kyr::open(&OpenOptions { data_dir: &dir, sources: Sources::Set(&changed), os_locales: vec![] }).unwrap();
    assert!(kyr.opened.rebuilt);
    assert_eq!(kyr.locale(), "es");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_corrupted_content_database_is_rebuilt_from_the_sources() {
    let dir = data_dir("corrupt");
    drop(open(&dir, &[]));
    std::fs::write(dir.join(kyr_core::store::CONTENT_DB_FILE), b"garbage").unwrap();
    let kyr = open_building(&dir, &[]);
    assert!(kyr.opened.rebuilt);
    assert_eq!(kyr.home().unwrap().guides.len(), 13);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_unreadable_user_database_is_kept_and_reported() {
    let dir = data_dir("user-corrupt");
    std::fs::create_dir_all(&dir).unwrap();
    let user_file = dir.join(kyr_core::user_db::USER_DB_FILE);
    std::fs::write(&user_file, b"not sqlite, but the user's").unwrap();
    let mut kyr = open(&dir, &[]);
    let ui = kyr.ui().unwrap();
    assert_eq!(ui.notices.len(), 1);
    assert!(!ui.notices[0].is_empty());
    // The app still works, and the file is untouched.
    kyr.set_language("es").unwrap();
    assert_eq!(std::fs::read(&user_file).unwrap(), b"not sqlite, but the user's");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn counts_follow_each_locales_plural_rules() {
    let dir = data_dir("plurals");
    let mut kyr = open(&dir, &[]);
    // Arabic has six plural forms; two is its own.
    kyr.set_language("ar").unwrap();
    let guide = kyr.guide("door").unwrap();
    assert!(!guide.sources_count.is_empty());
    let localizer = kyr_core::l10n::Localizer::new("ar", |code| {
        std::fs::read_dir(root().join("locales").join(code))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    });
    let count = |n: i64| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", n);
        localizer.format("guide-sources-count", Some(&args)).unwrap()
    };
    assert_eq!(count(2).text, "مصدران");
    assert_ne!(count(3).text, count(11).text.replace("11", "3"), "few and many differ in Arabic");
    assert!(!count(1).fallback && !count(100).fallback);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn card_mode_shows_english_for_the_agent_and_the_users_language() {
    let dir = data_dir("cards");
    let mut kyr = open(&dir, &[]);
    let english = kyr.cards().unwrap();
    assert!(english.decks.len() >= 5);
    for id in ["door", "street", "face-scan", "car", "arrest"] {
        let deck = english.decks.iter().find(|d| d.id == id).unwrap_or_else(|| panic!("no {id} deck"));
        assert!(deck.cards.len() >= 3 && deck.cards.iter().all(|c| c.english == c.text && !c.english.is_empty()));
    }
    kyr.set_language("ar").unwrap();
    let arabic = kyr.cards().unwrap();
    assert_eq!(arabic.agent_label, english.agent_label, "the agent reads the label in English");
    let door = arabic.decks.iter().find(|d| d.id == "door").unwrap();
    assert_eq!(door.cards[0].english, "I do not consent to you entering my home.");
    assert_ne!(door.cards[0].text, door.cards[0].english);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn codes_in_right_to_left_text_are_isolated_left_to_right() {
    // Without an isolate, the bidi algorithm shows "I-205" as "205-I" in Arabic script.
    let codes = ["I-200", "I-205", "G-28", "026-11", "1-888-351-4024"];
    let content = &compiled().content;
    let mut checked = 0;
    for locale in content.locales.iter().filter(|l| l.meta.direction == kyr_core::model::Direction::Rtl) {
        for file in content.ftl.iter().filter(|f| f.locale == locale.code) {
            for code in codes {
                for (at, _) in file.text.match_indices(code) {
                    checked += 1;
                    assert!(
                        file.text[..at].ends_with('\u{2066}'),
                        "{}/{}: {code} is not isolated (run scripts/isolate-codes)",
                        locale.code,
                        file.name
                    );
                }
            }
        }
    }
    assert!(checked >= 10, "only {checked} codes found in right-to-left text");
}

#[test]
fn the_printed_card_pairs_each_english_statement_with_its_translation() {
    let dir = data_dir("print");
    let mut kyr = open(&dir, &[]);
    kyr.set_language("fa").unwrap();
    let card = kyr.print_card().unwrap();
    assert_eq!((card.lang.as_str(), card.dir.as_str()), ("fa", "rtl"));
    assert!(card.english.len() >= 4 && card.english.len() == card.text.len());
    assert!(card.english.contains(&"I want to speak with a lawyer.".to_owned()));
    assert!(card.text.iter().zip(&card.english).all(|(t, e)| !t.is_empty() && t != e));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_directory_says_when_a_source_was_read_and_never_that_a_number_was_checked() {
    let dir = data_dir("read-on");
    let kyr = open(&dir, &[]);
    let query = kyr_core::directory::DirectoryQuery { state: Some("CA".into()), ..Default::default() };
    let view = kyr.directory(&query).unwrap();
    let all: Vec<_> = view.local.iter().chain(&view.national).collect();
    assert!(all.len() > 10);
    assert!(
        all.iter().all(|c| c.checked.starts_with("Source read on ") && !c.checked.to_lowercase().contains("checked")),
        "{:?}",
        all.iter().map(|c| &c.checked).collect::<Vec<_>>()
    );
    // Dates in words: "Nov 29, 2026", never 2026-11-29.
    let plain = |c: &&kyr_core::views::ContactView| c.checked.replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        all.iter().map(plain).all(|c| !c.contains("2026-") && c.contains(", 2026")),
        "{:?}",
        all.iter().map(|c| &c.checked).collect::<Vec<_>>()
    );
    // A 2017 page says so, beside its "not recently confirmed" mark.
    let old = all.iter().find(|c| c.name.starts_with("Santa Cruz")).expect("Santa Cruz line");
    let checked = old.checked.replace(['\u{2068}', '\u{2069}'], "");
    assert!(checked.contains("(page from 2017)") && old.not_confirmed && !old.one_source, "{checked}");
    // One recent source only: marked, but not as unconfirmed.
    let single = all.iter().find(|c| c.name.starts_with("Freedom for Immigrants")).expect("detention helpline");
    assert!(single.one_source && !single.not_confirmed);
    // The ORR line cites ORR's own page.
    let orr = all.iter().find(|c| c.name.contains("(ORR)")).expect("ORR line");
    assert!(
        orr.source_url.starts_with("https://www.acf.hhs.gov/") && orr.source_quote.contains("800.203.7001"),
        "{}",
        orr.source_url
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn every_translation_was_made_from_the_english_that_ships() {
    let stale = kyr_core::freshness::check_root(&root()).expect("translation records are readable");
    assert!(
        stale.is_empty(),
        "{} stale translation(s); `kyr translations stale` lists them:\n{}",
        stale.len(),
        Diagnostic::list(&stale[..stale.len().min(20)])
    );
}

#[test]
fn left_to_right_isolates_are_never_nested() {
    // scripts/isolate-codes must be idempotent: a second run once wrapped part
    // of an isolated phone number again, putting invisible marks inside it.
    for entry in std::fs::read_dir(root().join("locales")).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&dir)
            .unwrap()
            .map(|f| f.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        {
            let text = std::fs::read_to_string(&file).unwrap();
            let mut depth = 0i32;
            for c in text.chars() {
                match c {
                    '\u{2066}' => depth += 1,
                    '\u{2069}' => depth = (depth - 1).max(0),
                    _ => {}
                }
                assert!(depth <= 1, "nested isolate in {}", file.display());
            }
        }
    }
}

#[test]
fn contacts_from_a_file_are_kept_apart_labelled_and_removable() {
    let dir = data_dir("imports");
    let mut kyr = open(&dir, &[]);
    let header = "name,kind,phone,url,states,languages,services,source_url,source_quote,source_year,read_on,confidence,note,zip\n";
    let fake = format!("{header}ICE Detention Reporting and Information Line (official),hotline,202-555-0100,,IL,,,https://www.ice.gov/fake,q,2026,2026-11-01,high,,\n");
    assert_eq!(kyr.import_contacts(fake.as_bytes()).unwrap().added, 1);
    assert_eq!(kyr.import_contacts(fake.as_bytes()).unwrap().added, 0, "the same contact is not added twice");
    let query = kyr_core::directory::DirectoryQuery { state: Some("IL".into()), ..Default::default() };
    let view = kyr.directory(&query).unwrap();
    assert!(
        view.local.iter().chain(&view.national).all(|c| !c.name.contains("(official)")),
        "kept apart from the vetted directory"
    );
    assert_eq!(view.imported.len(), 1);
    let added = &view.imported[0];
    let from = added.from.as_deref().unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(from.starts_with("Added from a file on ") && !from.contains('-') && from.contains(", 20"), "{from}");
    assert!(added.one_source && !added.not_confirmed, "a file cannot vouch for itself as high confidence");
    // Names that a spreadsheet would run, or that hide their direction, are refused.
    for name in ["=cmd|' /C calc'!A0", "@SUM(1)", "Clinic \u{202e}enilwen"] {
        let row =
            format!("{header}\"{name}\",hotline,312-555-0199,,IL,,,https://example.org,q,2026,2026-11-01,low,,\n");
        let result = kyr.import_contacts(row.as_bytes()).unwrap();
        assert_eq!(result.added, 0, "{name:?}");
        assert!(!result.errors.is_empty(), "{name:?}");
    }
    // The file's contacts go together, and from the saved ones too.
    kyr.save_contact(&added.key, true).unwrap();
    kyr.remove_import(added.import_id.unwrap()).unwrap();
    assert!(kyr.directory(&query).unwrap().imported.is_empty());
    assert!(kyr.my_contacts().unwrap().is_empty());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn every_locale_writes_dates_in_its_own_words_and_order() {
    let dir = data_dir("dates");
    let mut kyr = open(&dir, &[]);
    let query = kyr_core::directory::DirectoryQuery { state: Some("IL".into()), ..Default::default() };
    let codes: Vec<String> = kyr.languages().unwrap().options.into_iter().map(|l| l.code).collect();
    let mut seen = BTreeSet::new();
    for code in &codes {
        kyr.set_language(code).unwrap();
        let view = kyr.directory(&query).unwrap();
        // ICIRR's hotline: its source page was read on 2026-11-29.
        let contact = view.local.iter().find(|c| c.name.starts_with("ICIRR")).expect("ICIRR's hotline");
        let checked = contact.checked.replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            !checked.contains("2026-11-29") && checked.contains("2026") && checked.contains("29"),
            "{code}: {checked}"
        );
        seen.insert(checked);
    }
    // Not one English date copied into every language.
    assert!(seen.len() > codes.len() / 2, "{seen:?}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_distance_takes_the_plural_form_of_its_number() {
    let dir = data_dir("miles");
    let mut kyr = open(&dir, &[]);
    kyr.set_zipcodes(std::fs::read(root().join("content/zipcodes.kyrzip")).unwrap());
    let contacts = std::fs::read(root().join("content/contacts.csv")).unwrap();
    let office = kyr_core::directory::parse_contacts(&contacts, &|_| true)
        .unwrap()
        .into_iter()
        .find(|c| c.zip.is_some())
        .expect("an office with a ZIP code");
    // From the office's own ZIP code: "1 mile away", never "0" or "1 miles".
    let query = kyr_core::directory::DirectoryQuery { zip: office.zip, ..Default::default() };
    let distances = |kyr: &Kyr| -> Vec<String> {
        let view = kyr.directory(&query).unwrap();
        view.local.iter().filter_map(|c| c.distance.as_ref()).map(|d| d.replace(['\u{2068}', '\u{2069}'], "")).collect()
    };
    let english = distances(&kyr);
    assert!(english.contains(&"1 mile away".to_owned()), "{english:?}");
    let plural_ok = |d: &String| d == "1 mile away" || (d.ends_with(" miles away") && !d.starts_with("1 "));
    assert!(english.iter().all(plural_ok), "{english:?}");
    // Arabic has a word for "one mile" and another for "two miles".
    kyr.set_language("ar").unwrap();
    let arabic = distances(&kyr);
    assert!(arabic.contains(&"على بعد ميل واحد".to_owned()), "{arabic:?}");
    std::fs::remove_dir_all(dir).unwrap();
}
