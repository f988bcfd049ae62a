//! A small test of whether a word has the shape of one written Vietnamese syllable.
//!
//! This is a heuristic for the VIQR reader and for detection, not a syllable parser: onset +
//! vowel cluster + coda from closed lists, at most one tone, the tone on a vowel with a modifier
//! when there is one, and only sắc/nặng before a final p, t, c or ch.

use super::compose::vowel_or_d;
use crate::letter::{Modifier, Tone};

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
    // Case: all lower, all upper, or a capital then lower case.
    let (mut uppers, mut first_upper, mut count) = (0, false, 0);
    for c in word.chars() {
        let (base, modifier, t, upper) = match vowel_or_d(c) {
            Some(v) => v,
            None if c.is_ascii_alphabetic() => (
                c.to_ascii_lowercase(),
                Modifier::None,
                Tone::Level,
                c.is_ascii_uppercase(),
            ),
            None => return false,
        };
        uppers += usize::from(upper);
        first_upper |= count == 0 && upper;
        count += 1;
        if t != Tone::Level {
            if tone != Tone::Level {
                return false;
            }
            tone = t;
            tone_at = len;
            toned_has_modifier = modifier != Modifier::None;
        }
        if !matches!(modifier, Modifier::None | Modifier::Stroke) {
            any_modifier = true;
        }
        let bare = match (base, modifier) {
            ('a', Modifier::Breve) => 'ă',
            ('a', Modifier::Circumflex) => 'â',
            ('e', Modifier::Circumflex) => 'ê',
            ('o', Modifier::Circumflex) => 'ô',
            ('o', Modifier::Horn) => 'ơ',
            ('u', Modifier::Horn) => 'ư',
            ('d', Modifier::Stroke) => 'đ',
            (b, _) => b,
        };
        len += bare.encode_utf8(&mut buf[len..]).len();
        if len + 4 > buf.len() {
            return false;
        }
    }
    if !(uppers == 0 || uppers == count || (uppers == 1 && first_upper)) {
        return false;
    }
    if tone != Tone::Level && any_modifier && !toned_has_modifier {
        return false;
    }
    let Ok(bare) = std::str::from_utf8(&buf[..len]) else {
        return false;
    };
    if tone != Tone::Level && any_modifier && !toned_has_modifier {
        return false;
    }
    // The longest onset, except that "gi" gives its i back when nothing else follows (gì, gìn);
    // the longest coda.
    let onset = onset_of(bare);
    let coda = CODAS
        .iter()
        .copied()
        .find(|c| bare.len() >= onset.len() + c.len() && bare.ends_with(c))
        .unwrap_or("");
    let mut onset_len = onset.len();
    if onset == "gi" && bare.len() == onset_len + coda.len() {
        onset_len = 1;
    }
    let nucleus = &bare[onset_len..bare.len() - coda.len()];
    if !is_nucleus(nucleus) {
        return false;
    }
    // In an open rhyme of two or more vowels the tone sits on the last one only where that vowel
    // is the main one (hoà, thuỷ, but sao not saỏ).
    let last_vowel_at =
        onset_len + nucleus.len() - nucleus.chars().last().map_or(0, char::len_utf8);
    if coda.is_empty()
        && tone != Tone::Level
        && nucleus.chars().nth(1).is_some()
        && tone_at == last_vowel_at
        && !TONE_ON_LAST.contains(&nucleus)
    {
        return false;
    }
    let stop = matches!(coda, "p" | "t" | "c" | "ch");
    !stop || matches!(tone, Tone::Acute | Tone::Dot)
}

/// Whether `v` (lower case, no tone) is a vowel cluster Vietnamese writes.
fn is_nucleus(v: &str) -> bool {
    v.len() <= 8 && {
        let key = pack(v);
        PACKED_NUCLEI.contains(&key)
    }
}

/// The bytes of a short string as one integer, so that the nucleus test compares integers.
const fn pack(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut key = 0u64;
    let mut i = 0;
    while i < b.len() && i < 8 {
        key = (key << 8) | b[i] as u64;
        i += 1;
    }
    key
}

/// [`NUCLEI`] and [`NUCLEI_3`], packed.
const PACKED_NUCLEI: [u64; 54] = {
    let mut out = [0u64; 54];
    let mut i = 0;
    while i < NUCLEI.len() {
        out[i] = pack(NUCLEI[i]);
        i += 1;
    }
    let mut j = 0;
    while j < NUCLEI_3.len() {
        out[NUCLEI.len() + j] = pack(NUCLEI_3[j]);
        j += 1;
    }
    out
};

/// The longest onset `bare` starts with (one of [`ONSETS`], or "").
fn onset_of(bare: &str) -> &'static str {
    let b = bare.as_bytes();
    let next = |i: usize| b.get(i).copied().unwrap_or(0);
    match (next(0), next(1)) {
        (b'n', b'g') if next(2) == b'h' => "ngh",
        (b'n', b'g') => "ng",
        (b'n', b'h') => "nh",
        (b'c', b'h') => "ch",
        (b'g', b'h') => "gh",
        (b'g', b'i') => "gi",
        (b'k', b'h') => "kh",
        (b'p', b'h') => "ph",
        (b'q', b'u') => "qu",
        (b't', b'h') => "th",
        (b't', b'r') => "tr",
        _ if bare.starts_with('đ') => "đ",
        (c, _) => ONSETS
            .iter()
            .copied()
            .find(|o| o.len() == 1 && o.as_bytes()[0] == c)
            .unwrap_or(""),
    }
}

#[cfg(test)]
mod tests {
    use super::is_syllable;

    #[test]
    fn onsets_are_the_longest_match() {
        for o in super::ONSETS {
            let word = format!("{o}a");
            let longest = super::ONSETS
                .iter()
                .copied()
                .filter(|x| word.starts_with(x))
                .max_by_key(|x| x.len())
                .unwrap();
            assert_eq!(super::onset_of(&word), longest, "{word}");
        }
        assert_eq!(super::onset_of("anh"), "");
    }

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
