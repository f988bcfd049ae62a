//! Dictionary lookup keys: a syllable lower-cased, composed to NFC and given the main-vowel tone
//! placement, so that "Hòa", "hoà" and "ho\u{300}a" find the same entry. The text itself is never
//! changed; keys live only in the segmenter's scratch buffer and in the dictionary.

use crate::letter::{Modifier, Tone, compose, letter};
use unicode_normalization::UnicodeNormalization;

/// Appends the lookup key of `syllable` to `out`.
pub(crate) fn push_key(syllable: &str, out: &mut String) {
    let start = out.len();
    if syllable.bytes().all(|b| b.is_ascii_lowercase()) {
        out.push_str(syllable);
    } else if !syllable.chars().any(is_combining) {
        // Precomposed text: lower-casing is all it takes (NFC is closed under it here).
        for c in syllable.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
    } else {
        out.extend(syllable.chars().flat_map(char::to_lowercase).nfc());
    }
    move_tone_to_main_vowel(out, start);
}

/// Whether `c` is a combining mark that NFC may compose with the letter before it.
fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c) || unicode_normalization::char::is_combining_mark(c)
}

/// Rewrites a final "òa", "òe", "ùy" (first-vowel tone placement) of the key that starts at
/// `start` as "oà", "oè", "uỳ".
fn move_tone_to_main_vowel(out: &mut String, start: usize) {
    if !matches!(out.as_bytes().last(), Some(b'a' | b'e' | b'y')) {
        return;
    }
    let mut rev = out[start..].char_indices().rev();
    let (Some((_, last)), Some((at, first))) = (rev.next(), rev.next()) else {
        return;
    };
    let (Some(first_letter), Some(last_letter)) = (letter(first), letter(last)) else {
        return;
    };
    let pair = (first_letter.base, last_letter.base);
    let tone = first_letter.tone;
    if tone == Tone::Level
        || last_letter.tone != Tone::Level
        || first_letter.modifier != Modifier::None
        || last_letter.modifier != Modifier::None
        || !matches!(pair, ('o', 'a') | ('o', 'e') | ('u', 'y'))
    {
        return;
    }
    let (Some(plain), Some(toned)) = (
        compose(pair.0, Modifier::None, Tone::Level),
        compose(pair.1, Modifier::None, tone),
    ) else {
        return;
    };
    out.truncate(start + at);
    out.push(plain);
    out.push(toned);
}

/// The key of a whole word: the keys of its syllables (split on spaces or underscores) joined by
/// single spaces, and the number of syllables.
pub(crate) fn word_key(word: &str) -> (String, usize) {
    let mut out = String::with_capacity(word.len());
    let mut count = 0;
    for syllable in word.split(|c: char| c.is_whitespace() || c == '_') {
        if syllable.is_empty() {
            continue;
        }
        if count > 0 {
            out.push(' ');
        }
        push_key(syllable, &mut out);
        count += 1;
    }
    (out, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        for (input, expected) in [
            ("hoà", "hoà"),
            ("hòa", "hoà"),
            ("Hòa", "hoà"),
            ("ho\u{300}a", "hoà"),
            ("kho\u{309}e", "khoẻ"),
            ("THỦY", "thuỷ"),
            ("của", "của"),
            ("quả", "quả"),
            ("Việt", "việt"),
            ("Vie\u{323}\u{302}t", "việt"),
            ("toàn", "toàn"),
            ("Đà", "đà"),
            ("a", "a"),
        ] {
            let mut out = String::new();
            push_key(input, &mut out);
            assert_eq!(out, expected, "{input:?}");
        }
        assert_eq!(word_key("Cải_cách  hành"), ("cải cách hành".to_string(), 3));
    }
}
