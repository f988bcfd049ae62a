//! Low-level text helpers shared by the expander and the definition detector: word characters,
//! runs (candidate tokens), case-insensitive phrase search and syllable initials.

use std::hash::{BuildHasherDefault, Hasher};

use crate::letter::letter;

/// A small multiplicative hasher (the FxHash scheme) for short keys; std's SipHash costs more than
/// the rest of a lookup. Keys come from the dictionary, so hash flooding is not a concern.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;

/// A combining mark as met in Vietnamese text (NFD tone and vowel marks and their relatives).
#[inline]
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}')
}

/// A character that belongs to a word: a letter, a digit or a combining mark.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        c if c.is_ascii() => c.is_ascii_alphanumeric(),
        // Latin-1 letters, Latin Extended-A/B (Đ, Ă, Ơ, Ư …) and the Latin Extended Additional
        // block of precomposed Vietnamese vowels: letters all, checked without a table lookup.
        '\u{C0}'..='\u{24F}' => c != '\u{D7}' && c != '\u{F7}',
        '\u{1E00}'..='\u{1EFF}' => true,
        '\u{300}'..='\u{36F}' => true,
        // General punctuation: dashes, curly quotes, ellipsis, spaces.
        '\u{2000}'..='\u{206F}' => false,
        c => c.is_alphanumeric() || is_mark(c),
    }
}

/// Characters that join two word characters into one run: "KT-XH", "TP.HCM", "GD&ĐT", "18/NQ-TW",
/// "a@b" (so that an e-mail address never splits into candidates).
#[inline]
pub(crate) fn is_joiner(b: u8) -> bool {
    matches!(b, b'.' | b'-' | b'&' | b'/' | b'_' | b'@')
}

/// The character starting at byte `i` (which must be a char boundary) and its length.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The character ending at byte `i` (a char boundary).
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// Whether a word character starts at byte `i` (a char boundary).
#[inline]
pub(crate) fn word_char_at(text: &str, i: usize) -> bool {
    i < text.len() && class_at(text, i).1
}

/// The character at byte `i` (a char boundary of `text`, `i < text.len()`): its length in bytes,
/// whether it is a word character, and whether it is a combining mark. Decodes only what the
/// lead bytes of Vietnamese text do not settle.
#[inline(always)]
pub(crate) fn class_at(text: &str, i: usize) -> (usize, bool, bool) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return (1, b.is_ascii_alphanumeric(), false);
    }
    let b1 = bytes.get(i + 1).copied().unwrap_or(0);
    match b {
        // U+00C0–U+00FF: letters but × and ÷.
        0xC3 => (2, b1 != 0x97 && b1 != 0xB7, false),
        // U+0100–U+027F: Latin Extended-A/B and IPA letters (Đ đ Ă ă Ơ ơ Ư ư …).
        0xC4..=0xC9 => (2, true, false),
        // U+0300–U+036F: combining marks.
        0xCC => (2, true, true),
        0xCD if b1 < 0xB0 => (2, true, true),
        // U+1E80–U+1EFF: the precomposed Vietnamese vowels.
        0xE1 if b1 == 0xBA || b1 == 0xBB => (3, true, false),
        // U+2000–U+206F: general punctuation.
        0xE2 if b1 == 0x80 || (b1 == 0x81 && bytes.get(i + 2).is_some_and(|&b2| b2 < 0xB0)) => {
            (3, false, false)
        }
        _ => match char_at(text, i) {
            Some(c) => (c.len_utf8(), is_word_char(c), is_mark(c)),
            None => (1, false, false),
        },
    }
}

/// The end of the run (word characters and inner joiners) that starts at `start`, a word
/// character. Also reports whether the run holds combining marks (NFD text).
#[inline]
pub(crate) fn run_end(text: &str, start: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut marks = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() || (is_joiner(b) && word_char_at(text, i + 1)) {
                i += 1;
            } else {
                break;
            }
        } else {
            let (len, word, mark) = class_at(text, i);
            if !word {
                break;
            }
            marks |= mark;
            i += len;
        }
    }
    (i, marks)
}

/// The largest char boundary `<= i`.
pub(crate) fn floor_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary `>= i`.
pub(crate) fn ceil_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Whether `needle` (already lower case) occurs in `hay` (already lower case) as whole words:
/// not glued to a letter or digit on either side.
pub(crate) fn contains_words(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(found) = hay.get(from..).and_then(|h| h.find(needle)) {
        let s = from + found;
        let e = s + needle.len();
        let left_ok = !char_before(hay, s).is_some_and(is_word_char)
            || !needle.chars().next().is_some_and(is_word_char);
        let right_ok = !char_at(hay, e).is_some_and(is_word_char)
            || !needle.chars().next_back().is_some_and(is_word_char);
        if left_ok && right_ok {
            return true;
        }
        from = s + needle.chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// Whether `hay` starts with `needle` (both lower case) followed by a word boundary.
pub(crate) fn starts_with_words(hay: &str, needle: &str) -> bool {
    hay.starts_with(needle)
        && (!char_at(hay, needle.len()).is_some_and(is_word_char)
            || !needle.chars().next_back().is_some_and(is_word_char))
}

/// Whether `hay` ends with `needle` (both lower case) preceded by a word boundary.
pub(crate) fn ends_with_words(hay: &str, needle: &str) -> bool {
    hay.ends_with(needle)
        && (!char_before(hay, hay.len() - needle.len()).is_some_and(is_word_char)
            || !needle.chars().next().is_some_and(is_word_char))
}

/// Case-insensitive equality of two strings, letter by letter.
pub(crate) fn eq_ignore_case(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// The upper-case "initial key" of a letter for matching abbreviations against syllables: the
/// ASCII base letter without tone or vowel modifier (Ấ → A, ư → U), except that đ/Đ stay Đ, which
/// Vietnamese treats as a letter of its own.
pub(crate) fn initial_key(c: char) -> char {
    match c {
        'đ' | 'Đ' => 'Đ',
        c if c.is_ascii() => c.to_ascii_uppercase(),
        c => match letter(c) {
            Some(l) => l.base.to_ascii_uppercase(),
            None => c.to_uppercase().next().unwrap_or(c),
        },
    }
}

/// The first `n` letters of a syllable as initial keys (combining marks skipped): "Thường" → "THU".
pub(crate) fn syllable_prefix(syllable: &str, n: usize) -> String {
    syllable
        .chars()
        .filter(|&c| !is_mark(c))
        .take(n)
        .map(initial_key)
        .collect()
}

/// Whether the first letter of `s` is upper case.
pub(crate) fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// `s` with its first letter upper-cased.
pub(crate) fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Whether the text before byte `i` ends a sentence (or is empty), so that a word at `i` starts
/// one: nothing but spaces and opening quotes or brackets since the start, a line break, or
/// `.`, `!`, `?`, `…`.
pub(crate) fn at_sentence_start(text: &str, i: usize) -> bool {
    let before = &text[..i];
    let mut saw_space = false;
    for c in before.chars().rev() {
        match c {
            '\n' | '\r' => return true,
            c if c.is_whitespace() => saw_space = true,
            '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '-' | '–' | '—' | '*' | '•' => {}
            '.' | '!' | '?' | '…' => return saw_space,
            _ => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_chars_agree_with_std() {
        for c in (0..=0x2FFFFu32).filter_map(char::from_u32) {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric() || is_mark(c),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn class_agrees_with_decoding() {
        for c in (0..=0x2FFFFu32).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(
                class_at(&s, 0),
                (c.len_utf8(), is_word_char(c), is_mark(c)),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn runs() {
        let t = "KT-XH, TP.HCM và 1234/QĐ-TTg; PCIe. a@b.vn x- y";
        let mut runs = Vec::new();
        let mut i = 0;
        while i < t.len() {
            if word_char_at(t, i) {
                let (e, _) = run_end(t, i);
                runs.push(&t[i..e]);
                i = e;
            } else {
                i += char_at(t, i).map_or(1, char::len_utf8);
            }
        }
        assert_eq!(
            runs,
            [
                "KT-XH",
                "TP.HCM",
                "và",
                "1234/QĐ-TTg",
                "PCIe",
                "a@b.vn",
                "x",
                "y"
            ]
        );
    }

    #[test]
    fn initials() {
        let cases = [
            ('Ủ', 'U'),
            ('ư', 'U'),
            ('đ', 'Đ'),
            ('Đ', 'Đ'),
            ('d', 'D'),
            ('ấ', 'A'),
        ];
        for (c, k) in cases {
            assert_eq!(initial_key(c), k, "{c}");
        }
        assert_eq!(syllable_prefix("Thường", 2), "TH");
        assert_eq!(syllable_prefix("nghe\u{300}", 4), "NGHE");
    }

    #[test]
    fn word_search() {
        assert!(contains_words("ủy viên bch trung ương", "trung ương"));
        assert!(!contains_words("yên bái", "y"));
        assert!(starts_with_words("tỉnh ủy, cchc", "tỉnh ủy"));
        assert!(!starts_with_words("yên", "y"));
        assert!(ends_with_words("công ty", "công ty"));
        assert!(!ends_with_words("xcông ty", "công ty"));
        assert!(eq_ignore_case("Ủy Ban", "ủy ban"));
    }

    #[test]
    fn sentence_starts() {
        assert!(at_sentence_start("x", 0));
        assert!(at_sentence_start("Xong. x", 6));
        assert!(at_sentence_start("Xong.\n\"x", 7));
        assert!(!at_sentence_start("Theo x, x", 8));
        assert!(!at_sentence_start("TP.x", 3));
    }
}
