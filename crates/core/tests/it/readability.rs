//! The English guides stay easy to read: Flesch–Kincaid grade 8 or below,
//! measured over every guide's text. The figure is printed for BENCHMARKS.md
//! (`cargo test -p kyr-core --test it readability -- --nocapture`).

use std::collections::BTreeSet;

/// Vowel groups, less a silent final "e"; at least one per word.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().filter(char::is_ascii_alphabetic).collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for &c in &w {
        let v = vowel(c);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    if w.len() > 2 && w[w.len() - 1] == 'e' && !vowel(w[w.len() - 2]) && w[w.len() - 2] != 'l' {
        count -= 1;
    }
    count.max(1)
}

/// Flesch–Kincaid grade level of a text.
fn grade(text: &str) -> f64 {
    let sentences = text
        .split(['.', '?', '!', ':'])
        .filter(|s| s.split_whitespace().any(|w| w.chars().any(char::is_alphabetic)))
        .count();
    let words: Vec<&str> = text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).collect();
    let syllable_count: usize = words.iter().map(|w| syllables(w)).sum();
    0.39 * words.len() as f64 / sentences as f64 + 11.8 * syllable_count as f64 / words.len() as f64 - 15.59
}

#[test]
fn syllable_counts_are_plausible() {
    let counted: Vec<usize> =
        ["stay", "silent", "immigration", "the", "lawyer", "make"].iter().map(|w| syllables(w)).collect();
    assert_eq!(counted, [1, 2, 4, 1, 2, 1]);
    assert!(grade("Stay calm. Do not run.") < 2.0);
    assert!(grade("Constitutional jurisprudence notwithstanding, administrative determinations necessitate comprehensive documentation.") > 16.0);
}

#[test]
fn english_guides_read_at_grade_8_or_below() {
    let content = &crate::common::compiled().content;
    let ids: BTreeSet<&str> = content
        .guides
        .iter()
        .flat_map(|g| g.sections.iter().flat_map(|s| s.items.iter().map(|i| i.text.as_str())))
        .collect();
    let text: Vec<&str> = content
        .texts
        .iter()
        .filter(|t| t.locale == "en" && ids.contains(t.id.as_str()))
        .map(|t| t.text.as_str())
        .collect();
    assert!(text.len() > 100, "only {} messages measured", text.len());
    let g = grade(&text.join(" "));
    println!("Flesch-Kincaid grade of the English guides: {g:.1} ({} messages)", text.len());
    assert!(g <= 8.0, "English guides read at grade {g:.1}; keep them at 8 or below");
}
