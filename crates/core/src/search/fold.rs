//! Folding text for search. One function, [`pieces`], turns text into the
//! tokens that the index stores and that a query looks for, so a query and
//! the text it should find are always folded the same way.
//!
//! What folding does:
//! - compatibility forms are unfolded (NFKD: full-width letters, Arabic
//!   presentation forms, ligatures), letters are lowercased;
//! - Latin, Greek and Cyrillic accents and Arabic-script vowel marks are
//!   dropped ("inmigración" → "inmigracion", "quyền" → "quyen");
//! - Arabic-script letter variants are unified (alef with hamza or madda,
//!   alef maqsura and Persian yeh, keheh, teh marbuta), tatweel and
//!   invisible format characters are dropped, Arabic-Indic digits become
//!   ASCII digits;
//! - Hangul syllables stay whole;
//! - scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar)
//!   come out as runs of units (a character and its marks), which the index
//!   stores as overlapping pairs, so two-character words match without a
//!   dictionary.
//!
//! Other scripts (Devanagari, Bengali, Gurmukhi, Ethiopic …) keep their marks:
//! a vowel sign there changes the word.

use std::ops::Range;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// A token and the bytes of the original text it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The folded token.
    pub text: String,
    /// Where it came from in the original text.
    pub span: Range<usize>,
}

/// A word, or a run of units from a script written without spaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// A space-delimited word.
    Word(Token),
    /// Consecutive units of Han, kana, Thai …; each unit is one character
    /// with its marks.
    Run(Vec<Token>),
}

/// Folds `text` into words and runs, with their spans in `text`.
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut word: Option<Token> = None;
    let mut run: Vec<Token> = Vec::new();
    let mut folded = Vec::with_capacity(4);
    for (start, c) in text.char_indices() {
        let span = start..start + c.len_utf8();
        folded.clear();
        fold_char(c, &mut folded);
        for &f in &folded {
            match classify(f) {
                Class::Unit => {
                    flush_word(&mut word, &mut out);
                    run.push(Token { text: f.to_string(), span: span.clone() });
                }
                Class::Mark if word.is_none() && !run.is_empty() => {
                    let unit = run.last_mut().expect("run is not empty");
                    unit.text.push(f);
                    unit.span.end = span.end;
                }
                Class::Letter | Class::Mark => {
                    flush_run(&mut run, &mut out);
                    let w = word.get_or_insert_with(|| Token { text: String::new(), span: span.clone() });
                    w.text.push(f);
                    w.span.end = span.end;
                }
                Class::Separator => {
                    flush_word(&mut word, &mut out);
                    flush_run(&mut run, &mut out);
                }
            }
        }
    }
    flush_word(&mut word, &mut out);
    flush_run(&mut run, &mut out);
    out
}

/// The text the full-text index stores for `text`: tokens separated by
/// spaces. Runs become overlapping pairs of units, plus the last unit alone,
/// so that a one-character query matches at any position by prefix.
pub fn index_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for piece in pieces(text) {
        match piece {
            Piece::Word(w) => push_token(&mut out, &w.text),
            Piece::Run(units) => {
                for pair in units.windows(2) {
                    push_token(&mut out, &format!("{}{}", pair[0].text, pair[1].text));
                }
                push_token(&mut out, &units[units.len() - 1].text);
            }
        }
    }
    out
}

fn push_token(out: &mut String, token: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(token);
}

fn flush_word(word: &mut Option<Token>, out: &mut Vec<Piece>) {
    if let Some(mut w) = word.take() {
        strip_arabic_article(&mut w.text);
        out.push(Piece::Word(w));
    }
}

/// Arabic writes "the" (and "and the", "with the", "for the" …) as part of
/// the word: "المدرسة" is "the school". The article is dropped when enough of
/// a word is left, so "مدرسة" finds "المدرسة".
fn strip_arabic_article(word: &mut String) {
    if let Some(rest) = after_arabic_article(word).filter(|rest| rest.chars().count() >= 3) {
        *word = rest.to_owned();
    }
}

/// What follows an Arabic article at the start of a folded word, if at
/// least two letters do. A word still starting with one after folding was
/// short: while it is being typed ("الشا…") a query looks for both forms.
/// After a single letter ("الش") it does not: a lone letter would match a
/// good part of the index.
pub fn after_arabic_article(word: &str) -> Option<&str> {
    const ARTICLES: [&str; 6] = ["وال", "بال", "كال", "فال", "لل", "ال"];
    ARTICLES.iter().find_map(|a| word.strip_prefix(a)).filter(|rest| rest.chars().count() >= 2)
}

fn flush_run(run: &mut Vec<Token>, out: &mut Vec<Piece>) {
    if !run.is_empty() {
        out.push(Piece::Run(std::mem::take(run)));
    }
}

enum Class {
    Letter,
    Mark,
    Unit,
    Separator,
}

fn classify(c: char) -> Class {
    if is_unsegmented(c) {
        Class::Unit
    } else if is_combining_mark(c) {
        Class::Mark
    } else if c.is_alphanumeric() {
        Class::Letter
    } else {
        Class::Separator
    }
}

/// Scripts written without spaces between words.
fn is_unsegmented(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF      // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0x3005..=0x3007    // ideographic iteration and number marks
        | 0x3040..=0x30FF    // Hiragana, Katakana
        | 0x3400..=0x4DBF    // Han extension A
        | 0x4E00..=0x9FFF    // Han
        | 0xF900..=0xFAFF    // Han compatibility
        | 0x20000..=0x3134F) // Han extensions B–G
        && !is_combining_mark(c)
}

/// Pushes the folded form of one character (none, one or several chars).
fn fold_char(c: char, out: &mut Vec<char>) {
    match c {
        // Hangul syllables would decompose into jamo; keep them whole.
        '\u{AC00}'..='\u{D7A3}' => return out.push(c),
        // Joiners, bidi controls, soft hyphen, tatweel, BOM: not there.
        '\u{00AD}'
        | '\u{0640}'
        | '\u{200B}'
        | '\u{200D}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}' => return,
        // The zero-width non-joiner sits between parts of a Persian word that
        // people also type with a space: treat it as one.
        '\u{200C}' => return out.push(' '),
        _ => {}
    }
    decompose_compatible(c, |d| {
        if is_dropped_mark(d) {
            return;
        }
        let d = unify_letter(d);
        if d.is_lowercase() || !d.is_alphabetic() {
            out.push(d);
        } else {
            out.extend(d.to_lowercase());
        }
    });
}

/// Marks that readers leave out: Latin/Greek/Cyrillic accents, Arabic-script
/// vowel signs and Quranic marks, Indic nukta.
fn is_dropped_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
        | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E8 | 0x06EA..=0x06ED
        // Indic nukta (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya): phone
        // users mostly type कागज for कागज़.
        | 0x093C | 0x09BC | 0x0A3C | 0x0ABC | 0x0B3C)
}

/// Letters that are written in several ways, and letters that do not
/// decompose but are read as a plain letter.
fn unify_letter(c: char) -> char {
    match c {
        // Alef forms (hamza and madda are dropped as marks after NFKD; these
        // are the precomposed ones that remain).
        'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        // Alef maqsura, Persian and Urdu yeh.
        'ى' | 'ی' | 'ې' => 'ي',
        // Keheh (Persian kaf) and Arabic kaf.
        'ک' => 'ك',
        // Teh marbuta and heh forms.
        'ة' | 'ۃ' | 'ہ' | 'ە' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        // Arabic-Indic and extended Arabic-Indic digits.
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        // Latin letters with a stroke do not decompose.
        'đ' | 'Đ' => 'd',
        'ł' | 'Ł' => 'l',
        'ø' | 'Ø' => 'o',
        'ı' => 'i',
        // Ethiopic letters that sound the same in Amharic and are spelled
        // either way (ሥራ/ስራ, ሐኪም/ሀኪም, ዕቅድ/እቅድ): each whole series maps by
        // its offset onto the common one.
        '\u{1210}'..='\u{1217}' => ethiopic(c, 0x1210, 0x1200),
        '\u{1280}'..='\u{1287}' => ethiopic(c, 0x1280, 0x1200),
        '\u{1220}'..='\u{1227}' => ethiopic(c, 0x1220, 0x1230),
        '\u{12D0}'..='\u{12D6}' => ethiopic(c, 0x12D0, 0x12A0),
        '\u{1340}'..='\u{1347}' => ethiopic(c, 0x1340, 0x1338),
        _ => c,
    }
}

fn ethiopic(c: char, from: u32, to: u32) -> char {
    char::from_u32(c as u32 - from + to).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> String {
        index_text(text)
    }

    #[test]
    fn latin_accents_and_case_fold() {
        assert_eq!(words("Inmigración, ¿DERECHOS?"), "inmigracion derechos");
        assert_eq!(words("quyền im lặng"), "quyen im lang");
        assert_eq!(words("Đừng mở cửa"), "dung mo cua");
        assert_eq!(words("Rèn pou w, rete an silans"), "ren pou w rete an silans");
        assert_eq!(words("ＩＣＥ"), "ice", "full-width letters fold");
    }

    #[test]
    fn arabic_script_is_normalized() {
        // Harakat, tatweel and hamza/madda alef forms.
        assert_eq!(words("مُحَامٍ"), words("محام"));
        assert_eq!(words("الـهـجرة"), words("الهجرة"));
        assert_eq!(words("أنا إلى آمن"), words("انا الي امن"));
        // Alef maqsura vs yeh, Persian yeh and keheh vs Arabic forms.
        assert_eq!(words("على"), words("علي"));
        assert_eq!(words("کیست"), words("كيست"));
        // Teh marbuta.
        assert_eq!(words("الهجرة"), words("الهجره"));
        // The article, alone or after a prefix, is dropped from long words.
        assert_eq!(words("المدرسة"), words("مدرسة"));
        assert_eq!(words("والشرطة للشرطة"), "شرطه شرطه");
        assert_eq!(words("الم"), "الم", "a short word keeps its first letters");
        // Presentation forms, as some keyboards and PDFs produce.
        assert_eq!(words("\u{FEE3}\u{FEA4}\u{FE8E}\u{FEE1}"), words("محام"));
        // Digits.
        assert_eq!(words("٢٠٢٥ ۱۲"), "2025 12");
    }

    #[test]
    fn persian_non_joiner_is_a_space_and_bidi_controls_vanish() {
        assert_eq!(words("می\u{200C}خواهم"), words("می خواهم"));
        assert_eq!(words("فرم \u{2066}I-200\u{2069}"), words("فرم I-200"));
    }

    #[test]
    fn han_becomes_overlapping_pairs() {
        assert_eq!(words("移民局"), "移民 民局 局");
        assert_eq!(words("律师"), "律师 师");
        assert_eq!(words("找律师。ICE"), "找律 律师 师 ice");
        assert_eq!(words("入"), "入");
    }

    #[test]
    fn hangul_devanagari_ethiopic_stay_whole() {
        assert_eq!(words("변호사를 부르세요"), "변호사를 부르세요");
        assert_eq!(words("वकील चाहिए।"), "वकील चाहिए");
        assert_eq!(words("ጠበቃ፡እፈልጋለሁ።"), "ጠበቃ እፈልጋለሁ");
        assert_eq!(words("ਵਕੀਲ"), "ਵਕੀਲ");
        // Nukta, precomposed or not, is dropped; other vowel signs stay.
        assert_eq!(words("कागज़"), words("कागज"));
        assert_eq!(words("ਦਰਵਾਜ਼ਾ"), words("ਦਰਵਾਜਾ"));
        assert_eq!(words("\u{0958}"), words("क"));
        assert_ne!(words("कि"), words("क"));
    }

    #[test]
    fn ethiopic_homophones_fold() {
        assert_eq!(words("ሥራ"), words("ስራ"));
        assert_eq!(words("ሐኪም"), words("ሀኪም"));
        assert_eq!(words("ዕቅድ"), words("እቅድ"));
        assert_eq!(words("ፀሐይ"), words("ጸሀይ"));
        assert_ne!(words("ሰላም"), words("ሸላም"), "other letters stay apart");
    }

    #[test]
    fn thai_units_keep_their_marks() {
        // "ทนาย" (lawyer): four consonants, the last pair with no marks.
        assert_eq!(words("ทนาย"), "ทน นา าย ย");
        // A vowel sign stays with its consonant.
        assert_eq!(words("สิทธิ"), "สิท ทธิ ธิ");
    }

    #[test]
    fn spans_point_into_the_original() {
        let text = "¿Inmigración?";
        let p = pieces(text);
        let Piece::Word(w) = &p[0] else { panic!("word expected") };
        assert_eq!(w.text, "inmigracion");
        assert_eq!(&text[w.span.clone()], "Inmigración");
        let text = "请找移民律师";
        let Piece::Run(units) = &pieces(text)[0] else { panic!("run expected") };
        assert_eq!(units.len(), 6);
        assert_eq!(&text[units[2].span.clone()], "移");
    }
}
