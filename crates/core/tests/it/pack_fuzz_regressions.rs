//! Inputs for the fuzz targets (`fuzz/`: the pack reader, a pack's Fluent intake
//! and the contacts CSV): the seeds, and every
//! input a fuzzing run found (crashes, hangs, slow or greedy inputs), kept
//! in `fuzz/regressions/<target>/`. Each must be answered quickly without
//! a panic; the seeds also pin what they should give.

use kyr_core::pack::{fuzz_input, PackError};
use std::path::Path;
use std::time::{Duration, Instant};

fn inputs(dir: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(dir);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

#[test]
fn seeds_give_what_they_were_made_for() {
    let seeds = inputs("fuzz/corpus/pack_reader");
    let get = |name: &str| fuzz_input(&seeds.iter().find(|(n, _)| n == name).unwrap().1).unwrap();
    // Signed by the fuzz key with a well-formed manifest and file list: accepted,
    // which shows the target really reaches the checks behind the signature.
    let pack = get("seed-signed-list").expect("a well-formed signed input reads");
    assert_eq!(pack.files.len(), 3);
    assert!(get("seed-signed-gzip").is_ok());
    // A real pack from `kyr pack build` reads back.
    assert_eq!(get("seed-raw-pack").unwrap().manifest.pack_id, "org.example.sample-clinic");
}

#[test]
fn every_kept_input_is_answered_quickly_without_a_panic() {
    let kept: Vec<_> =
        inputs("fuzz/corpus/pack_reader").into_iter().chain(inputs("fuzz/regressions/pack_reader")).collect();
    assert!(kept.len() >= 3);
    for (name, bytes) in kept {
        let start = Instant::now();
        let result = fuzz_input(&bytes);
        assert!(start.elapsed() < Duration::from_secs(2), "{name} took {:?}", start.elapsed());
        if let Some(Err(PackError::Malformed(text) | PackError::TooLarge(text))) = &result {
            assert!(!text.is_empty(), "{name}: an error says what is wrong");
        }
    }
}

#[test]
fn kept_fluent_inputs_are_bounded_before_the_parser_sees_them() {
    // The `fluent_intake` target: seeds are real files and pass; the kept
    // findings (a 20,000-deep nesting crashed the parser, review M1) are refused.
    for (name, bytes) in inputs("fuzz/corpus/fluent_intake") {
        assert!(kyr_core::pack::fuzz_fluent(&bytes), "{name} is a shipped file and must pass");
    }
    let found = inputs("fuzz/regressions/fluent_intake");
    assert!(!found.is_empty());
    for (name, bytes) in found {
        let start = Instant::now();
        let passed = kyr_core::pack::fuzz_fluent(&bytes);
        assert!(start.elapsed() < Duration::from_secs(2), "{name} took {:?}", start.elapsed());
        if name.starts_with("deep-") {
            assert!(!passed, "{name} must be refused before parsing");
        }
    }
}

#[test]
fn kept_contacts_files_are_answered_quickly_without_a_panic() {
    for (name, bytes) in inputs("fuzz/corpus/contacts_csv") {
        assert!(
            kyr_core::directory::parse_contacts(&bytes, &|z| z.len() == 5).is_ok(),
            "{name} is a real file and must parse"
        );
    }
    for (name, bytes) in inputs("fuzz/regressions/contacts_csv") {
        let start = Instant::now();
        let result = kyr_core::directory::parse_contacts(&bytes, &|z| z.len() == 5);
        assert!(start.elapsed() < Duration::from_secs(2), "{name} took {:?}", start.elapsed());
        if let Err(errors) = result {
            assert!(errors.iter().all(|e| !e.code.is_empty()), "{name}: every error has a code");
        }
    }
}
