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
    let locales = std::fs::read_dir(root().join("locales"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().join("locale.toml").is_file())
        .count();
    assert!(stdout(&out).starts_with(&format!("ok: 14 guides, {locales} locales")), "{}", stdout(&out));
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replace(from, to)).unwrap();
}

#[test]
fn check_lists_every_problem_and_fails() {
    // The core's minimal project, with a message removed from Spanish and a
    // citation misspelt: the whole report is the snapshot.
    let tmp = scratch("broken");
    copy_dir(&root().join("crates/core/tests/it/fixtures/minimal"), &tmp);
    edit(&tmp.join("locales/es/guides.ftl"), "door-do = Manténgala cerrada\n", "");
    edit(&tmp.join("content/guides/door.toml"), "cite = [\"payton\"]", "cite = [\"peyton\"]");

    let out = kyr(&["check", "--root", tmp.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    insta::assert_snapshot!(stderr.replace(tmp.to_str().unwrap(), "<root>"));
    std::fs::remove_dir_all(tmp).unwrap();
}

#[test]
fn search_json_is_what_scripts_read() {
    for (name, lang, query) in [("search-en", "en", "ice at my door"), ("search-ar", "ar", "الهجرة على الباب")]
    {
        let out = kyr(&["search", "--lang", lang, "--json", query, "--root", root().to_str().unwrap()]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        insta::assert_snapshot!(name, stdout(&out));
    }
}

#[test]
fn guides_lists_ids_and_localized_titles() {
    let out = kyr(&["guides", "--lang", "es", "--root", root().to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 14, "{lines:?}");
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

/// A single-line message from a locale's Fluent file.
fn message(locale: &str, file: &str, id: &str) -> String {
    let text = std::fs::read_to_string(root().join("locales").join(locale).join(file)).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{locale}/{file}: no {id}"))
        .to_owned()
}

/// The print card's phrase ids, from content/cards.toml.
fn print_phrases() -> Vec<String> {
    let cards = std::fs::read_to_string(root().join("content/cards.toml")).unwrap();
    let line = cards.lines().find(|l| l.starts_with("print = ")).expect("a print list");
    line.split('"').skip(1).step_by(2).map(str::to_owned).collect()
}

/// Text of a PDF page range through pdftotext, without bidi control marks.
fn pdf_text(pdf: &Path, pages: (u32, u32)) -> String {
    let out = Command::new("pdftotext")
        .args(["-f", &pages.0.to_string(), "-l", &pages.1.to_string()])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs; scripts/setup test installs it");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .chars()
        .filter(|c| !matches!(*c as u32, 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069))
        .collect()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kyr-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn printed_cards_carry_the_english_and_spanish_statements_as_text() {
    let dir = scratch("cards-es");
    let pdf = dir.join("cards.pdf");
    let out = kyr(&[
        "cards",
        "--lang",
        "es",
        "--out",
        pdf.to_str().unwrap(),
        "--clinic",
        "Clínica del Pueblo, line 42",
        "--root",
        root().to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let fronts = pdf_text(&pdf, (1, 1));
    let backs = pdf_text(&pdf, (2, 2));
    for id in print_phrases() {
        assert!(fronts.contains(&message("en", "phrases.ftl", &id)), "front lacks {id}:\n{fronts}");
        assert!(backs.contains(&message("es", "phrases.ftl", &id)), "back lacks {id}:\n{backs}");
    }
    assert!(fronts.contains("Clínica del Pueblo, line 42") && backs.contains("Clínica del Pueblo, line 42"));
    // Ten wallet cards per Letter sheet.
    assert_eq!(fronts.matches(&message("en", "phrases.ftl", "phrase-lawyer")).count(), 10);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_arabic_card_sheet_is_shaped_extractable_and_rendered_to_png() {
    let dir = scratch("cards-ar");
    let pdf = dir.join("cards-ar.pdf");
    let out = kyr(&[
        "cards",
        "--lang",
        "ar",
        "--out",
        pdf.to_str().unwrap(),
        "--paper",
        "a4",
        "--root",
        root().to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let backs = pdf_text(&pdf, (2, 2));
    // pdftotext returns Arabic ligatures (lam-alef, lam-yeh) in visual order
    // ("ال" for "لا"), so phrases with one match by their letters only; the
    // others must come back exactly.
    let mut exact = 0;
    for id in print_phrases() {
        let phrase = message("ar", "phrases.ftl", &id);
        if backs.contains(&phrase) {
            exact += 1;
        } else {
            assert!(same_letters(&phrase, &backs), "Arabic side lacks the letters of {id}:\n{backs}");
        }
    }
    assert!(exact >= 2, "only {exact} Arabic phrases came back exactly:\n{backs}");
    // A picture of the Arabic side, for people to look at.
    let artifacts = root().join("tests/artifacts/cards");
    std::fs::create_dir_all(&artifacts).unwrap();
    let status = Command::new("pdftoppm")
        .args(["-f", "2", "-l", "2", "-r", "100", "-png", "-singlefile"])
        .arg(&pdf)
        .arg(artifacts.join("ar-back"))
        .status()
        .expect("pdftoppm runs");
    assert!(status.success());
    assert!(std::fs::metadata(artifacts.join("ar-back.png")).unwrap().len() > 10_000);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn cards_for_every_language_show_progress_and_write_one_pdf_each() {
    let dir = scratch("cards-all");
    let out = kyr(&["cards", "--lang", "all", "--out", dir.to_str().unwrap(), "--root", root().to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let locales: Vec<String> = std::fs::read_dir(root().join("locales"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("locale.toml").is_file())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(stderr.contains(&format!("{n}/{n}", n = locales.len())), "{stderr}");
    for code in &locales {
        let pdf = dir.join(format!("cards-{code}.pdf"));
        let back = pdf_text(&pdf, (2, 2));
        // Letters, not order: text extraction reorders some Indic and Arabic clusters.
        assert!(
            same_letters(&message(code, "phrases.ftl", "phrase-no-sign"), &back),
            "{code}: the back lacks its statement:\n{back}"
        );
    }
    std::fs::remove_dir_all(dir).unwrap();
}

/// True when every letter of `phrase` occurs in `text`.
fn same_letters(phrase: &str, text: &str) -> bool {
    phrase.chars().filter(|c| c.is_alphabetic()).all(|c| text.contains(c))
}

#[test]
fn contacts_import_is_all_or_nothing_and_reports_line_and_field() {
    let dir = scratch("import");
    let header =
        "name,kind,phone,url,states,languages,services,source_url,source_quote,source_year,read_on,confidence,note\n";
    let good = "Clinic A,legal_aid,312-555-0100,,IL,,,https://example.org/a,q,2026,2026-11-01,high,\n";
    let bad =
        format!("{header}{good}Clinic B,legal_aid,555-0100,,IL,,,https://example.org/b,q,2026,2026-11-01,high,\n");
    std::fs::write(dir.join("bad.csv"), bad).unwrap();
    std::fs::write(dir.join("good.csv"), format!("{header}{good}")).unwrap();
    let data = dir.join("data");
    let run = |file: &str| {
        kyr(&[
            "contacts",
            "import",
            dir.join(file).to_str().unwrap(),
            "--data-dir",
            data.to_str().unwrap(),
            "--root",
            root().to_str().unwrap(),
        ])
    };

    let refused = run("bad.csv");
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("Line 3") && stderr.contains("phone"), "{stderr}");
    let listed = || {
        stdout(&kyr(&[
            "directory",
            "--state",
            "IL",
            "--data-dir",
            data.to_str().unwrap(),
            "--root",
            root().to_str().unwrap(),
        ]))
    };
    assert!(listed().contains("ICIRR") && !listed().contains("Clinic A"), "nothing from the refused file");

    let added = run("good.csv");
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    assert!(stdout(&added).contains('1'), "{}", stdout(&added));
    assert!(listed().contains("Clinic A\t1-312-555-0100"), "{}", listed());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_translation_whose_english_changed_is_named_until_it_is_stamped() {
    let tmp = std::env::temp_dir().join(format!("kyr-cli-stale-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    for dir in ["content", "content/guides", "locales/en", "locales/es"] {
        std::fs::create_dir_all(tmp.join(dir)).unwrap();
        for path in std::fs::read_dir(root().join(dir)).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_file()) {
            std::fs::copy(&path, tmp.join(dir).join(path.file_name().unwrap())).unwrap();
        }
    }
    let root_arg = tmp.to_str().unwrap();
    assert_eq!(
        kyr(&["translations", "stale", "--root", root_arg]).status.code(),
        Some(0),
        "the shipped translations are current"
    );
    let en = tmp.join("locales/en/phrases.ftl");
    let text = std::fs::read_to_string(&en)
        .unwrap()
        .replace("phrase-lawyer = I want to speak with a lawyer.", "phrase-lawyer = I want to speak with my lawyer.");
    std::fs::write(&en, text).unwrap();

    let out = kyr(&["translations", "stale", "--lang", "es", "--root", root_arg]);
    assert_eq!(out.status.code(), Some(1));
    let listed = stdout(&out);
    assert!(
        listed.contains("[es] phrase-lawyer: English changed") && listed.contains("I want to speak with my lawyer."),
        "{listed}"
    );
    assert!(
        String::from_utf8_lossy(&kyr(&["check", "--root", root_arg]).stderr).contains("phrase-lawyer: English changed")
    );

    let stamped = kyr(&["translations", "stamp", "--lang", "es", "phrase-lawyer", "--root", root_arg]);
    assert!(stamped.status.success(), "{}", String::from_utf8_lossy(&stamped.stderr));
    assert_eq!(kyr(&["translations", "stale", "--lang", "es", "--root", root_arg]).status.code(), Some(0));
    assert!(!kyr(&["translations", "stamp", "--lang", "es", "no-such-id", "--root", root_arg]).status.success());
    std::fs::remove_dir_all(tmp).unwrap();
}

#[test]
fn kyr_carries_the_built_in_content_and_works_from_an_empty_folder() {
    let empty = std::env::temp_dir().join(format!("kyr-cli-empty-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&empty);
    std::fs::create_dir_all(&empty).unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_kyr")).args(args).current_dir(&empty).env_remove("KYR_ROOT").output().unwrap()
    };
    // The same guides, in the same words, as from the working copy.
    let built_in = run(&["guides", "--lang", "es"]);
    assert!(built_in.status.success(), "{}", String::from_utf8_lossy(&built_in.stderr));
    let from_copy = kyr(&["guides", "--lang", "es", "--root", root().to_str().unwrap()]);
    assert_eq!(stdout(&built_in), stdout(&from_copy));
    assert_eq!(stdout(&built_in).lines().count(), 14);
    // Plain text: no bidi isolation marks for a terminal or a script.
    assert!(!stdout(&built_in).contains(['\u{2068}', '\u{2069}']), "{}", stdout(&built_in));
    let search = run(&["search", "--lang", "en", "warrant"]);
    assert!(search.status.success() && !stdout(&search).is_empty(), "{}", String::from_utf8_lossy(&search.stderr));
    let directory = run(&["directory", "--zip", "50311"]);
    assert!(directory.status.success(), "{}", String::from_utf8_lossy(&directory.stderr));
    assert!(
        stdout(&directory).lines().next().unwrap().contains("1-515-"),
        "Des Moines help first: {}",
        stdout(&directory)
    );
    // What needs a working copy says so, once, on one line.
    let check = run(&["check"]);
    let stderr = String::from_utf8_lossy(&check.stderr).into_owned();
    assert_eq!(check.status.code(), Some(2));
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("working copy"), "{stderr}");
    assert!(std::fs::read_dir(&empty).unwrap().next().is_none(), "nothing was written in the folder");
    std::fs::remove_dir_all(empty).unwrap();
}

#[test]
fn pack_build_checks_each_recording_and_names_the_bad_one() {
    let dir = scratch("pack-audio");
    let src = dir.join("src");
    std::fs::create_dir_all(src.join("audio")).unwrap();
    for file in ["pack.toml", "contacts.csv", "profile.toml"] {
        std::fs::copy(root().join("examples/clinic-pack").join(file), src.join(file)).unwrap();
    }
    std::fs::write(
        src.join("audio/recordings.toml"),
        "[[recording]]\nfile = \"lawyer-mam.opus\"\nmessage = \"phrase-lawyer\"\nlanguage = \"Mam\"\n",
    )
    .unwrap();
    let recording = src.join("audio/lawyer-mam.opus");
    std::fs::copy(root().join("content/audio/en/phrase-lawyer.opus"), &recording).unwrap();
    let key = dir.join("clinic.key");
    assert!(kyr(&["pack", "keygen", "--out", key.to_str().unwrap()]).status.success());
    let out_file = dir.join("audio.kyrpack");
    let build = || {
        let args = ["pack", "build", "--key", key.to_str().unwrap(), "--out", out_file.to_str().unwrap()];
        Command::new(env!("CARGO_BIN_EXE_kyr")).args(args).arg(&src).current_dir(root()).output().unwrap()
    };
    let out = build();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = stdout(&out);
    assert!(text.contains("audio/lawyer-mam.opus: 2.") && text.contains("1 recordings"), "{text}");
    let inspect = kyr(&["pack", "inspect", out_file.to_str().unwrap()]);
    assert!(stdout(&inspect).contains("audio/lawyer-mam.opus ("), "{}", stdout(&inspect));

    // A WAV file renamed, a cut file, an unlisted file: refused, by name.
    let good = std::fs::read(&recording).unwrap();
    std::fs::remove_file(&out_file).unwrap();
    for (bytes, expect) in
        [(b"RIFF\0\0\0\0WAVEfmt ".to_vec(), "not an Ogg file"), (good[..good.len() - 50].to_vec(), "cut short")]
    {
        std::fs::write(&recording, bytes).unwrap();
        let out = build();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && err.contains("lawyer-mam.opus") && err.contains(expect), "{err}");
        assert!(!out_file.exists(), "nothing written");
    }
    std::fs::write(&recording, &good).unwrap();
    std::fs::write(src.join("audio/extra.opus"), &good).unwrap();
    let out = build();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("extra.opus") && err.contains("no list names"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
