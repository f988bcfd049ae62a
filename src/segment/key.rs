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
            push_lowercase(c, out);
        }
    } else {
        out.extend(syllable.chars().flat_map(char::to_lowercase).nfc());
    }
    move_tone_to_main_vowel(out, start);
    final_y_to_i(out, start);
}

/// Rewrites the key of a syllable made of a consonant onset and a lone `y` ("kỹ", "lý", "quý",
/// "tỷ") with `i` ("kĩ", "lí", "quí", "tỉ"): the two spellings of that vowel are conventions of
/// the same words, as the tone placements are.
fn final_y_to_i(out: &mut String, start: usize) {
    let Some(last) = out[start..].chars().next_back() else {
        return;
    };
    let i = match last {
        'y' => 'i',
        'ý' => 'í',
        'ỳ' => 'ì',
        'ỷ' => 'ỉ',
        'ỹ' => 'ĩ',
        'ỵ' => 'ị',
        _ => return,
    };
    let end = out.len() - last.len_utf8();
    if matches!(
        &out[start..end],
        "b" | "ch"
            | "d"
            | "đ"
            | "h"
            | "k"
            | "kh"
            | "l"
            | "m"
            | "n"
            | "nh"
            | "ph"
            | "qu"
            | "r"
            | "s"
            | "t"
            | "th"
            | "tr"
            | "v"
            | "x"
    ) {
        out.truncate(end);
        out.push(i);
    }
}

/// Appends the lower case of `c`, with fast paths for ASCII, Latin-1 and the Vietnamese block
/// U+1EA0–U+1EF9 (capital and small letters alternate there, capitals on even code points).
fn push_lowercase(c: char, out: &mut String) {
    let u = u32::from(c);
    let lower = match u {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => char::from_u32(u + 0x20),
        0x1ea0..=0x1ef9 if u % 2 == 0 => char::from_u32(u + 1),
        0..=0x7f | 0xdf..=0xff | 0x1ea0..=0x1ef9 => Some(c),
        _ => None,
    };
    match lower {
        Some(l) => out.push(l),
        None => out.extend(c.to_lowercase()),
    }
}

/// Whether `c` is a combining mark that NFC may compose with the letter before it.
fn is_combining(c: char) -> bool {
    let u = u32::from(c);
    if u < 0x300 || (0x1e00..=0x1eff).contains(&u) {
        return false;
    }
    (0x300..=0x36f).contains(&u) || unicode_normalization::char::is_combining_mark(c)
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

    /// The fast lower-casing agrees with the standard library on every `char`.
    #[test]
    fn lowercase_fast_path_matches_std() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let mut fast = String::new();
            push_lowercase(c, &mut fast);
            assert_eq!(
                fast,
                c.to_lowercase().collect::<String>(),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn keys() {
        for (input, expected) in [
            ("hoà", "hoà"),
            ("hòa", "hoà"),
            ("Hòa", "hoà"),
            ("ho\u{300}a", "hoà"),
            ("kho\u{309}e", "khoẻ"),
            ("THỦY", "thuỷ"),
            ("kỹ", "kĩ"),
            ("Kĩ", "kĩ"),
            ("quý", "quí"),
            ("QUY", "qui"),
            ("ty", "ti"),
            ("lý", "lí"),
            ("y", "y"),
            ("gý", "gý"),
            ("tuy", "tuy"),
            ("huy", "huy"),
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
