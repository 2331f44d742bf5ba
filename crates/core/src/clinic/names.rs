//! Publisher names that people compare by eye: what counts as the same name,
//! and what a name may not contain. A pack's publisher is pinned to its key,
//! so a look-alike name ("Ex\u{430}mple" with a Cyrillic a, a zero-width space,
//! a no-break space, a right-to-left override) must count as the name it
//! imitates, or be refused.

// What counts as hidden is the pack format's rule, since a manifest's
// publisher is checked there first.
pub use kyr_pack::{has_hidden_characters, is_hidden};
use std::collections::HashMap;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// UTS #39's confusables, as compressed text (`scripts/confusables` makes it
/// from Unicode's confusables.txt): each line a character and its prototype,
/// in hex. Read on first use, which is only when a pack is checked.
const CONFUSABLES: &[u8] = include_bytes!("../../data/confusables.txt.gz");

fn prototypes() -> &'static HashMap<char, Vec<char>> {
    static TABLE: OnceLock<HashMap<char, Vec<char>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        use std::io::Read;
        let mut text = String::new();
        // Built in; a damaged copy would fail every test that compares names.
        let _ = flate2::read::GzDecoder::new(CONFUSABLES).read_to_string(&mut text);
        let hex = |h: &str| u32::from_str_radix(h, 16).ok().and_then(char::from_u32);
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut points = l.split(' ').map(hex);
                Some((points.next()??, points.collect::<Option<Vec<char>>>()?))
            })
            .collect()
    })
}

/// The UTS #39 skeleton: decomposed, each character replaced by the
/// prototype it can be mistaken for, decomposed again.
fn confusable_skeleton(text: &str) -> String {
    let table = prototypes();
    let mapped: String =
        text.nfd().filter(|c| !is_hidden(*c)).flat_map(|c| table.get(&c).cloned().unwrap_or_else(|| vec![c])).collect();
    mapped.nfd().collect()
}

/// The form two names are compared in: NFKD (the skeleton decomposes anyway,
/// and composing would need tables the app otherwise does without), lower case, hidden characters
/// removed, any run of spaces one space, then the UTS #39 confusables
/// skeleton, so that names that look the same compare equal.
pub fn skeleton(name: &str) -> String {
    let folded: String = name.nfkd().flat_map(char::to_lowercase).filter(|c| !is_hidden(*c)).collect();
    let spaced = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    confusable_skeleton(&spaced)
}

/// True when two names would look the same to a person.
pub fn look_alike(a: &str, b: &str) -> bool {
    skeleton(a) == skeleton(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_alikes_of_a_name_compare_equal() {
        let real = "Example Clinic (sample, not a real clinic)";
        for fake in [
            "EXAMPLE CLINIC (sample, not a real clinic)",
            "  Example Clinic (sample, not a real clinic) ",
            "Example Cli\u{200b}nic (sample, not a real clinic)",
            "Ex\u{0430}mple Clinic (sample, not a real clinic)",
            "Example\u{00a0}Clinic (sample, not a real clinic)",
            "Example  Clinic (sample, not a real clinic)",
        ] {
            assert!(look_alike(real, fake), "{fake:?}");
        }
        for other in ["kyr\u{00a0}project", "kyr project\u{200b}", "k\u{0443}r project", "kyr  project", "KYR PROJECT"]
        {
            assert!(look_alike("kyr project", other), "{other:?}");
        }
        assert!(!look_alike(real, "Another Clinic"));
    }

    #[test]
    fn the_skeleton_is_unicodes_for_every_confusable_character() {
        // The compact table gives what the reference implementation gives.
        assert!(prototypes().len() > 6_000);
        for (c, _) in prototypes().iter().filter(|(c, _)| !is_hidden(**c)) {
            let text = format!("a{c}b");
            let reference: String = unicode_security::confusable_detection::skeleton(&text).collect();
            assert_eq!(confusable_skeleton(&text), reference, "U+{:04X}", *c as u32);
        }
    }

    #[test]
    fn names_with_invisible_or_direction_characters_are_flagged() {
        assert!(has_hidden_characters("Example Cli\u{200b}nic"));
        assert!(has_hidden_characters("Example Clinic \u{202e}cinilc"));
        assert!(has_hidden_characters("Clinic\u{2066}"));
        assert!(!has_hidden_characters("Clínica del Loop"));
        assert!(!has_hidden_characters("مركز المساعدة القانونية"));
    }
}
