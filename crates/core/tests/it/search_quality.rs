//! Search finds the right guide: realistic queries in seven languages
//! (`tests/search/queries.toml`) must have their guide in the top three, and
//! every script folds as promised in the app, not only in unit tests.

use crate::common::{data_dir, open_shipped, root};
use kyr_core::views::SearchView;
use kyr_core::Kyr;
use std::collections::BTreeMap;

fn open(name: &str) -> Kyr {
    open_shipped(&data_dir(name), &[])
}

fn top(view: &SearchView, n: usize) -> Vec<String> {
    view.results.iter().take(n).map(|r| format!("{}:{}", r.kind, r.target)).collect()
}

#[test]
fn realistic_queries_find_their_guide_in_the_top_three() {
    let sets: BTreeMap<String, BTreeMap<String, String>> =
        toml::from_str(&std::fs::read_to_string(root().join("crates/core/tests/search/queries.toml")).unwrap())
            .unwrap();
    for lang in ["en", "es", "zh-Hans", "ar", "vi", "ko", "ht"] {
        assert!(sets.get(lang).is_some_and(|s| s.len() >= 10), "{lang} needs at least 10 queries");
    }
    let mut kyr = open("quality");
    let mut misses = Vec::new();
    let mut total = 0;
    for (lang, queries) in &sets {
        kyr.set_language(lang).unwrap();
        for (query, guide) in queries {
            total += 1;
            let view = kyr.search(query).unwrap();
            let found = view.results.iter().take(3).any(|r| r.kind == "guide" && &r.target == guide && !r.english);
            if !found {
                misses.push(format!("[{lang}] {query:?} → expected {guide}, got {:?}", top(&view, 5)));
            }
        }
    }
    assert!(misses.is_empty(), "{} of {total} queries missed:\n{}", misses.len(), misses.join("\n"));
}

#[test]
fn every_locale_finds_each_guide_by_its_title_and_by_its_first_letters() {
    let mut kyr = open("titles");
    let codes: Vec<String> = kyr.languages().unwrap().options.into_iter().map(|o| o.code).collect();
    assert_eq!(codes.len(), 24);
    let mut misses = Vec::new();
    for code in &codes {
        kyr.set_language(code).unwrap();
        let home = kyr.home().unwrap();
        for guide in home.urgent.iter().chain(&home.guides) {
            // The whole title, and its longest word cut in half as while
            // typing (an Arabic article does not count: a letter after it
            // is a lone letter, which does not widen).
            let longest = guide.title.split_whitespace().max_by_key(|w| w.chars().count()).unwrap();
            let longest = longest.trim_matches(|c: char| !c.is_alphanumeric());
            let article = ["وال", "ال"].iter().find(|a| longest.starts_with(**a)).map_or(0, |a| a.chars().count());
            let letters = longest.chars().filter(|c| c.is_alphabetic()).count();
            let half = (letters - article).div_ceil(2).max(2) + article;
            // Cut after `half` letters, keeping the marks that follow the last one.
            let mut typed = String::new();
            let mut taken = 0;
            for c in longest.chars() {
                if c.is_alphabetic() {
                    if taken == half {
                        break;
                    }
                    taken += 1;
                }
                typed.push(c);
            }
            for query in [guide.title.as_str(), typed.as_str()] {
                let view = kyr.search(query).unwrap();
                let hit = view.results.iter().position(|r| r.kind == "guide" && r.target == guide.id && !r.english);
                // The typed prefix may be shared by other guides; the whole title may not.
                let limit = if query == guide.title { 3 } else { 12 };
                if hit.is_none_or(|i| i >= limit) {
                    misses.push(format!("[{code}] {query:?} → {} not in top {limit}: {:?}", guide.id, top(&view, 5)));
                }
            }
        }
    }
    assert!(misses.is_empty(), "{} misses:\n{}", misses.len(), misses.join("\n"));
}

/// Searches in `lang` and returns the first three results' titles and
/// snippets, with matches in [brackets].
fn first_snippet(kyr: &mut Kyr, lang: &str, query: &str) -> String {
    kyr.set_language(lang).unwrap();
    let view = kyr.search(query).unwrap();
    assert!(
        view.results.first().is_some_and(|r| r.lang == lang),
        "[{lang}] {query:?}: the first result should be in {lang}"
    );
    let marked = |parts: &[kyr_core::views::SnippetPart]| -> String {
        parts.iter().map(|p| if p.hit { format!("[{}]", p.text) } else { p.text.clone() }).collect()
    };
    view.results.iter().take(3).map(|r| format!("{} | {}\n", marked(&r.title), marked(&r.snippet))).collect()
}

#[test]
fn every_script_folds_in_the_real_index() {
    let mut kyr = open("scripts");
    // Unaccented Spanish and Vietnamese find the accented words, marked as written.
    let es = first_snippet(&mut kyr, "es", "inmigracion");
    assert!(es.contains("[inmigración]") || es.contains("[Inmigración]"), "{es}");
    let vi = first_snippet(&mut kyr, "vi", "quyen");
    assert!(vi.contains("[quyền]"), "{vi}");
    // Arabic typed without the article or hamza finds the written form.
    let ar = first_snippet(&mut kyr, "ar", "محامي");
    assert!(ar.contains("[محامي") || ar.contains("[المحامي"), "{ar}");
    // Persian with Arabic yeh/kaf, as Arabic keyboards type it.
    let fa = first_snippet(&mut kyr, "fa", &"وکیل".replace('ک', "ك").replace('ی', "ي"));
    assert!(fa.contains("[وکیل"), "{fa}");
    // Chinese: two characters inside a longer run.
    assert!(first_snippet(&mut kyr, "zh-Hans", "律师").contains("[律师]"));
    assert!(first_snippet(&mut kyr, "zh-Hant", "律師").contains("[律師]"));
    // Korean syllables typed so far, Hindi and Amharic words by prefix.
    assert!(first_snippet(&mut kyr, "ko", "변호").contains("[변호사"));
    assert!(first_snippet(&mut kyr, "hi", "वकी").contains("[वकील"));
    assert!(first_snippet(&mut kyr, "am", "ጠበ").contains("[ጠበቃ"));
}

#[test]
fn results_in_english_follow_and_are_labelled() {
    let mut kyr = open("english");
    kyr.set_language("es").unwrap();
    // An English word typed in the Spanish app also finds English text.
    let view = kyr.search("warrant").unwrap();
    assert!(view.results.iter().any(|r| r.english && r.lang == "en"), "{:?}", top(&view, 10));
    let first_english = view.results.iter().position(|r| r.english).unwrap();
    assert!(view.results[first_english..].iter().all(|r| r.english), "English results come after Spanish ones");
    // Nothing matches: no results, no error.
    assert!(kyr.search("zzzzqqq").unwrap().results.is_empty());
    assert!(kyr.search("  ¿? ").unwrap().results.is_empty());
}
