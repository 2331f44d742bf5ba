//! Publisher names that people compare by eye: what counts as the same name,
//! and what a name may not contain. A pack's publisher is pinned to its key,
//! so a look-alike name ("Ex\u{430}mple" with a Cyrillic a, a zero-width space,
//! a no-break space, a right-to-left override) must count as the name it
//! imitates, or be refused.

use unicode_normalization::UnicodeNormalization;

/// Characters a person cannot see or that reorder text: format characters,
/// bidi controls, and other default-ignorable code points (Unicode
/// `Default_Ignorable_Code_Point` and general category Cf).
pub fn is_hidden(c: char) -> bool {
    matches!(
        c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F | 0x200B..=0x200F | 0x202A..=0x202E
            | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFFB | 0x0600..=0x0605 | 0x06DD | 0x070F
            | 0x08E2 | 0x110BD | 0x110CD | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0000..=0xE0FFF
    )
}

/// True when a name contains a control, format or bidi character: such a
/// name is refused, as it can look like another.
pub fn has_hidden_characters(name: &str) -> bool {
    name.chars().any(|c| c.is_control() || is_hidden(c))
}

/// The form two names are compared in: NFKC, lower case, hidden characters
/// removed, any run of spaces one space, then the UTS #39 confusables
/// skeleton, so that names that look the same compare equal.
pub fn skeleton(name: &str) -> String {
    let folded: String = name.nfkc().flat_map(char::to_lowercase).filter(|c| !is_hidden(*c)).collect();
    let spaced = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    unicode_security::confusable_detection::skeleton(&spaced).collect()
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
        for other in ["kyr\u{00a0}project", "kyr project\u{200b}", "k\u{0443}r project", "kyr  project", "KYR PROJECT"] {
            assert!(look_alike("kyr project", other), "{other:?}");
        }
        assert!(!look_alike(real, "Another Clinic"));
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
