//! The content compiler on small, deliberately broken projects. Each test
//! starts from a minimal valid project, breaks one thing, and checks that the
//! compiler names the file, line, locale and message id.

use kyr_core::compiler::compile_on;
use kyr_core::diagnostics::{Diagnostic, DiagnosticKind as K};
use kyr_core::sources::{MediaFile, SourceFile, SourceSet};
use std::path::{Path, PathBuf};

const TODAY: &str = "2026-11-29";

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/fixtures/minimal")
}

/// A minimal valid project, `fixtures/minimal/`: one guide, the warrant
/// checker, English and Spanish, as (path, text) pairs to edit.
fn base() -> Vec<(String, String)> {
    let set = SourceSet::from_dir(&fixture()).expect("the fixture is readable");
    set.files().iter().map(|f| (f.path.clone(), f.text.clone())).collect()
}

/// The fixture's one recording, which the edits leave alone.
fn media() -> Vec<MediaFile> {
    SourceSet::from_dir(&fixture()).expect("the fixture is readable").media().to_vec()
}

fn with(edit: impl FnOnce(&mut Vec<(String, String)>)) -> Vec<Diagnostic> {
    let mut files = base();
    edit(&mut files);
    let files = files.into_iter().map(|(p, t)| SourceFile { path: p, text: t }).collect();
    compile_on(&SourceSet::from_files(files).with_media(media()), TODAY).diagnostics
}

fn replace(files: &mut [(String, String)], path: &str, from: &str, to: &str) {
    let file = files.iter_mut().find(|(p, _)| p == path).expect("fixture file");
    assert!(file.1.contains(from), "fixture {path} lacks {from:?}");
    file.1 = file.1.replace(from, to);
}

/// Exactly one diagnostic, of this kind; returns it for further checks.
fn only(diags: Vec<Diagnostic>, kind: K) -> Diagnostic {
    assert_eq!(diags.len(), 1, "expected one {kind:?}, got:\n{}", Diagnostic::list(&diags));
    assert_eq!(diags[0].kind, kind, "{}", diags[0]);
    diags.into_iter().next().unwrap()
}

#[test]
fn a_valid_project_has_no_diagnostics_and_renders_every_locale() {
    assert_eq!(with(|_| {}), vec![]);
    let files = base().into_iter().map(|(p, t)| SourceFile { path: p, text: t }).collect();
    let c = compile_on(&SourceSet::from_files(files), TODAY).content;
    assert_eq!(c.guides.len(), 1);
    assert!(c.warrant.is_some());
    assert_eq!(c.locales.iter().map(|l| l.code.as_str()).collect::<Vec<_>>(), ["en", "es"]);
    let es_title = c.texts.iter().find(|t| t.locale == "es" && t.id == "door-title").unwrap();
    assert_eq!((es_title.text.as_str(), es_title.fallback), ("En la puerta", false));
}

#[test]
fn a_message_missing_in_a_locale_is_reported_and_falls_back_to_english() {
    let mut files = base();
    replace(&mut files, "locales/es/guides.ftl", "door-do = Manténgala cerrada\n", "");
    let d = only(with(|f| *f = files.clone()), K::MissingMessage);
    assert_eq!(
        (d.file.as_str(), d.locale.as_deref(), d.message_id.as_deref()),
        ("locales/es/guides.ftl", Some("es"), Some("door-do"))
    );

    let sources = SourceSet::from_files(files.into_iter().map(|(p, t)| SourceFile { path: p, text: t }).collect());
    let c = compile_on(&sources, TODAY).content;
    let es = c.texts.iter().find(|t| t.locale == "es" && t.id == "door-do").unwrap();
    assert_eq!((es.text.as_str(), es.fallback), ("Keep it closed", true));
}

#[test]
fn an_extra_message_in_a_locale_is_reported() {
    let d = only(
        with(|f| replace(f, "locales/es/guides.ftl", "door-do =", "door-extra = Sobra\ndoor-do =")),
        K::ExtraMessage,
    );
    assert_eq!((d.line, d.message_id.as_deref()), (Some(3), Some("door-extra")));
}

#[test]
fn a_placeable_that_differs_from_english_is_reported() {
    let d = only(with(|f| replace(f, "locales/es/guides.ftl", "{ $date }", "{ $fecha }")), K::PlaceableMismatch);
    assert_eq!((d.locale.as_deref(), d.message_id.as_deref(), d.line), (Some("es"), Some("reviewed"), Some(4)));
    assert!(d.text.contains("$fecha") && d.text.contains("$date"), "{d}");
}

#[test]
fn an_unknown_citation_key_is_reported_with_its_line() {
    let d = only(
        with(|f| replace(f, "content/guides/door.toml", "cite = [\"payton\"]", "cite = [\"paton\"]")),
        K::UnknownCitation,
    );
    assert_eq!((d.file.as_str(), d.line), ("content/guides/door.toml", Some(11)));
    assert!(d.text.contains("paton"));
}

#[test]
fn a_citation_without_a_source_or_date_is_reported() {
    let diags = with(|f| {
        replace(f, "content/citations.toml", "https://example.org/payton", "somewhere");
        replace(f, "content/citations.toml", "2026-11-29", "last week");
        replace(f, "content/citations.toml", "A court", " ");
    });
    assert_eq!(diags.iter().filter(|d| d.kind == K::BadCitation).count(), 3, "{}", Diagnostic::list(&diags));
}

#[test]
fn malformed_toml_is_reported_with_file_and_line() {
    let d = only(with(|f| replace(f, "content/guides/door.toml", "order = 1", "order = = 1")), K::TomlSyntax);
    assert_eq!((d.file.as_str(), d.line), ("content/guides/door.toml", Some(2)));
}

#[test]
fn an_unknown_section_kind_is_a_toml_error() {
    let d = only(with(|f| replace(f, "content/guides/door.toml", "kind = \"do\"", "kind = \"maybe\"")), K::TomlSyntax);
    assert_eq!(d.line, Some(10));
}

#[test]
fn bad_fluent_syntax_is_reported_with_locale_and_line() {
    let diags =
        with(|f| replace(f, "locales/es/guides.ftl", "door-summary = Alguien toca", "door-summary = Alguien { toca"));
    let syntax: Vec<_> = diags.iter().filter(|d| d.kind == K::FluentSyntax).collect();
    assert_eq!(syntax.len(), 1, "{}", Diagnostic::list(&diags));
    assert_eq!(
        (syntax[0].file.as_str(), syntax[0].locale.as_deref(), syntax[0].line),
        ("locales/es/guides.ftl", Some("es"), Some(2))
    );
    // The broken message is then missing too, and says so.
    assert!(diags.iter().any(|d| d.kind == K::MissingMessage && d.message_id.as_deref() == Some("door-summary")));
}

#[test]
fn a_guide_pointing_at_a_message_english_lacks_is_reported() {
    let d = only(
        with(|f| replace(f, "content/guides/door.toml", "text = \"door-do\"", "text = \"door-dont\"")),
        K::MissingMessage,
    );
    assert_eq!(
        (d.file.as_str(), d.message_id.as_deref(), d.locale.as_deref()),
        ("content/guides/door.toml", Some("door-dont"), Some("en"))
    );
}

#[test]
fn a_bad_review_date_is_reported() {
    only(
        with(|f| {
            replace(f, "content/guides/door.toml", "last_reviewed = \"2026-11-29\"", "last_reviewed = \"Nov 2026\"");
        }),
        K::BadDate,
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let diags = with(|f| {
        replace(f, "content/guides/door.toml", "cite = [\"payton\"]", "cite = [\"nope\"]");
        replace(f, "locales/es/guides.ftl", "{ $date }", "{ $x }");
        replace(f, "locales/es/guides.ftl", "door-title = En la puerta\n", "");
    });
    let kinds: Vec<K> = diags.iter().map(|d| d.kind).collect();
    for k in [K::UnknownCitation, K::PlaceableMismatch, K::MissingMessage] {
        assert!(kinds.contains(&k), "{k:?} missing from:\n{}", Diagnostic::list(&diags));
    }
}

#[test]
fn a_guide_without_any_citation_is_refused() {
    let diags = with(|f| replace(f, "content/guides/door.toml", ", cite = [\"payton\"]", ", practical = true"));
    only(diags, K::NoCitation);
}

#[test]
fn a_step_that_states_a_rule_without_a_citation_is_refused() {
    // The guide still has a cited step; this "do" step has neither a cite nor the practical mark.
    let diags = with(|f| {
        replace(
            f,
            "content/guides/door.toml",
            "terms = [\"warrant\"] }]",
            "terms = [\"warrant\"] }, { text = \"no-entry\" }]",
        );
    });
    let d = only(diags, K::NoCitation);
    assert_eq!((d.file.as_str(), d.message_id.as_deref()), ("content/guides/door.toml", Some("no-entry")));
    assert!(d.text.contains("practical = true"), "{d}");
}

#[test]
fn practical_advice_needs_no_citation_but_a_why_step_always_does() {
    let practical = with(|f| {
        replace(
            f,
            "content/guides/door.toml",
            "terms = [\"warrant\"] }]",
            "terms = [\"warrant\"] }, { text = \"no-entry\", practical = true }]",
        );
    });
    assert_eq!(practical, vec![]);
    let why = with(|f| {
        replace(f, "content/guides/door.toml", "kind = \"say\"\nitems = [{ text = \"no-entry\" }]", "kind = \"say\"\nitems = [{ text = \"no-entry\" }]\n\n[[sections]]\nkind = \"why\"\nitems = [{ text = \"ok\", practical = true }]");
    });
    assert!(only(why, K::NoCitation).text.contains("cannot be marked practical"));
}

#[test]
fn a_guide_without_a_phrase_to_say_is_refused() {
    only(with(|f| replace(f, "content/guides/door.toml", "kind = \"say\"", "kind = \"first\"")), K::NoPhrase);
}

#[test]
fn a_review_date_in_the_future_is_refused() {
    let d = only(
        with(|f| {
            replace(f, "content/guides/door.toml", "last_reviewed = \"2026-11-29\"", "last_reviewed = \"2026-11-30\"");
        }),
        K::BadDate,
    );
    assert!(d.text.contains("future"), "{d}");
}

#[test]
fn a_link_to_an_unknown_glossary_term_is_refused() {
    let d = only(
        with(|f| replace(f, "content/guides/door.toml", "terms = [\"warrant\"]", "terms = [\"warant\"]")),
        K::BadReference,
    );
    assert!(d.text.contains("warant"), "{d}");
}

#[test]
fn a_glossary_term_needs_its_definition() {
    let diags = with(|f| {
        replace(f, "locales/en/guides.ftl", "term-warrant-def = A paper\n", "");
        replace(f, "locales/es/guides.ftl", "term-warrant-def = Un papel\n", "");
    });
    let d = only(diags, K::MissingMessage);
    assert_eq!((d.file.as_str(), d.message_id.as_deref()), ("content/glossary.toml", Some("term-warrant-def")));
}

#[test]
fn a_warrant_checker_answer_to_nowhere_is_refused() {
    let diags = with(|f| replace(f, "content/warrant.toml", "result = \"fine\" }", "result = \"fin\" }"));
    assert!(diags.iter().all(|d| d.kind == K::BadReference), "{}", Diagnostic::list(&diags));
    assert!(
        diags.iter().any(|d| d.text == "result \"fin\" does not exist" && d.line == Some(7)),
        "{}",
        Diagnostic::list(&diags)
    );
}

#[test]
fn a_warrant_checker_that_loops_is_refused() {
    let diags = with(|f| {
        replace(
            f,
            "content/warrant.toml",
            "{ text = \"judge\", result = \"fine\" }",
            "{ text = \"judge\", next = \"top\" }",
        );
    });
    assert!(diags.iter().any(|d| d.text.contains("loops")), "{}", Diagnostic::list(&diags));
    assert!(diags.iter().any(|d| d.text.contains("cannot be reached")), "{}", Diagnostic::list(&diags));
}

#[test]
fn a_warrant_checker_result_without_a_source_is_refused() {
    only(with(|f| replace(f, "content/warrant.toml", "cite = [\"payton\"]", "cite = []")), K::NoCitation);
}

#[test]
fn a_translation_that_drops_an_agency_term_is_refused() {
    let diags = with(|f| {
        replace(
            f,
            "locales/en/guides.ftl",
            "door-summary = Someone knocks",
            "door-summary = { -ice } knocks\n-ice = ICE",
        );
        replace(f, "locales/es/guides.ftl", "door-summary = Alguien toca", "door-summary = La migra toca\n-ice = ICE");
    });
    let d = only(diags, K::PlaceableMismatch);
    assert_eq!((d.locale.as_deref(), d.message_id.as_deref()), (Some("es"), Some("door-summary")));
    assert!(d.text.contains("-ice"), "{d}");
}
