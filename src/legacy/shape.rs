//! A small test of whether a word has the shape of one written Vietnamese syllable.
//!
//! This is a heuristic for the VIQR reader and for detection, not a syllable parser: onset +
//! vowel cluster + coda from closed lists, at most one tone, the tone on a vowel with a modifier
//! when there is one, and only sắc/nặng before a final p, t, c or ch.

use crate::letter::{self, Modifier, Tone};

const ONSETS: [&str; 27] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];

const CODAS: [&str; 9] = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""];

/// Vowel clusters (without tone) that Vietnamese writes.
const NUCLEI: [&str; 48] = [
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây",
    "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ", "uê", "ui",
    "uô", "uơ", "ưa", "ưi", "ưu", "ươ", "uy", "yê", "iêu", "oai", "oay", "uôi", "ươi", "yêu",
];

/// Three-letter clusters beyond `NUCLEI` (kept apart to keep the arrays short to read).
const NUCLEI_3: [&str; 6] = ["oeo", "uây", "ươu", "uya", "uyê", "uyu"];

/// Open two-vowel rhymes whose tone may sit on the second vowel (the main vowel comes last).
const TONE_ON_LAST: [&str; 11] = [
    "oa", "oă", "oe", "uy", "uâ", "uê", "uơ", "iê", "yê", "uô", "ươ",
];

/// Whether `word` (letters only, any case) looks like one Vietnamese syllable.
pub(super) fn is_syllable(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest_upper = chars.clone().all(|c| !c.is_lowercase());
    let rest_lower = chars.all(|c| !c.is_uppercase());
    if !(rest_lower || (first.is_uppercase() && rest_upper)) {
        return false;
    }
    // Strip the tone, remembering where it was. The longest syllable, "nghiêng", has 7 letters.
    if word.len() > 24 {
        return false;
    }
    let mut buf = [0u8; 32];
    let mut len = 0;
    let mut tone = Tone::Level;
    let mut tone_at = 0;
    let mut toned_has_modifier = false;
    let mut any_modifier = false;
    for c in word.chars().flat_map(char::to_lowercase) {
        match letter::letter(c) {
            Some(l) => {
                if l.tone != Tone::Level {
                    if tone != Tone::Level {
                        return false;
                    }
                    tone = l.tone;
                    tone_at = len;
                    toned_has_modifier = l.modifier != Modifier::None;
                }
                if !matches!(l.modifier, Modifier::None | Modifier::Stroke) {
                    any_modifier = true;
                }
                let bare = letter::compose(l.base, l.modifier, Tone::Level).unwrap_or(c);
                len += bare.encode_utf8(&mut buf[len..]).len();
            }
            None if c.is_ascii_lowercase() => {
                buf[len] = c as u8;
                len += 1;
            }
            None => return false,
        }
        if len + 4 > buf.len() {
            return false;
        }
    }
    let Ok(bare) = std::str::from_utf8(&buf[..len]) else {
        return false;
    };
    if tone != Tone::Level && any_modifier && !toned_has_modifier {
        return false;
    }
    let mut onsets = ONSETS.iter().copied().filter(|o| bare.starts_with(o));
    onsets.by_ref().chain(std::iter::once("")).any(|onset| {
        let body = &bare[onset.len()..];
        CODAS.iter().any(|coda| {
            let Some(nucleus) = body.strip_suffix(coda) else {
                return false;
            };
            if !(NUCLEI.contains(&nucleus) || NUCLEI_3.contains(&nucleus)) {
                return false;
            }
            // In an open rhyme of two or more vowels the tone sits on the last one only where
            // that vowel is the main one (hoà, thuỷ, but sao not saỏ).
            let last_vowel_at =
                onset.len() + nucleus.len() - nucleus.chars().last().map_or(0, char::len_utf8);
            if coda.is_empty()
                && tone != Tone::Level
                && nucleus.chars().count() >= 2
                && tone_at == last_vowel_at
                && !TONE_ON_LAST.contains(&nucleus)
            {
                return false;
            }
            let stop = matches!(*coda, "p" | "t" | "c" | "ch");
            !stop || matches!(tone, Tone::Acute | Tone::Dot)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::is_syllable;

    #[test]
    fn syllables_and_not() {
        for w in [
            "Việt", "người", "khuyến", "giữa", "quý", "các", "bạn", "chào", "NAM", "Đà", "nẵng",
            "thuở", "hòa", "hoà", "ư", "gì", "ạ", "khuỷu", "xoong",
        ] {
            assert!(is_syllable(w), "{w}");
        }
        for w in [
            "Hellỏ", "wére", "saỏ", "chưả", "cat", "hot", "tiến̉", "đâủ", "ẹg", "ViỆt", "x", "",
            "qu", "bbá", "nói1",
        ] {
            assert!(!is_syllable(w), "{w}");
        }
    }
}
