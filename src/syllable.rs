//! Vietnamese syllables: parse one into onset, medial glide, nucleus, coda and tone; check that it
//! is well formed; put a tone on it, take it off, and put the mark in the right place.
//!
//! A written Vietnamese syllable is `onset? medial? nucleus coda? + tone`:
//!
//! - onset: b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x (the `u` of `qu`
//!   and the `i` of `gi` belong to the onset: the tone of "quý", "quả", "giữa" sits on the next vowel);
//! - medial glide: `o` (hoa, hoe, hoặc) or `u` (huy, thuở, tuần, khuya);
//! - nucleus: a ă â e ê i y o ô ơ u ư, the long `oo` (boong, xoóc) and the diphthongs iê/yê
//!   (written ia/ya when open), uô (ua), ươ (ưa);
//! - coda: c ch m n ng nh p t, or the semivowels i y o u (tai, tay, sao, sau);
//! - tone: one of the six [`Tone`]s. A syllable closed by p, t, c or ch takes only sắc or nặng.
//!
//! [`parse`] accepts a syllable in NFC, NFD or any mix (tone marks typed as separate combining
//! marks in any order, also after a precomposed vowel as Windows-1258 stores them), in any case,
//! and with the tone mark on any vowel of the syllable; it works out where the mark belongs.
//! [`is_valid_syllable`] is stricter: the mark must already be in one of the accepted places.
//!
//! # Where the tone mark goes
//!
//! The mark sits on the nucleus: on its vowel with a modifier if it has one (thuở, tiến, người,
//! hoặc); on the first letter of ia/ya/ua/ưa (bìa, lụa, lửa); on the second of iê/yê/uô/ươ (biển,
//! thuyền, nhuộm, được); with a coda, on the main vowel (hoàn, toán, khoét, huýt).
//! Two conventions differ **only** in the open rhymes `oa`, `oe`, `uy` (no coda):
//!
//! - [`TonePlacement::FirstVowel`]: hòa, khỏe, thủy — the traditional placement, the one of most
//!   press and legal text;
//! - [`TonePlacement::MainVowel`]: hoà, khoẻ, thuỷ — the placement of the Ministry of Education and
//!   Training's decision 1989/QĐ-BGDĐT of 25 May 2018 (Quy định về quy tắc viết hoa và dấu thanh,
//!   Article 8), used in textbooks.
//!
//! Both agree on every other syllable: quý, quả, giữa (the u/i are part of the onset), hoàn,
//! thuyền, khuỷu, hoài. Sources call the two "old" and "new" in opposite senses, so the variants
//! are named by where the mark goes.
//!
//! # Examples
//!
//! Parse a syllable and read its parts:
//!
//! ```
//! use vietnamese::letter::Tone;
//! use vietnamese::syllable::parse;
//!
//! let s = parse("Nghiêng").unwrap();
//! assert_eq!((s.onset(), s.medial(), s.nucleus(), s.coda()), ("ngh", None, "iê", "ng"));
//! assert_eq!(s.tone(), Tone::Level);
//!
//! let s = parse("thuyền").unwrap();
//! assert_eq!((s.onset(), s.medial(), s.nucleus(), s.coda()), ("th", Some('u'), "yê", "n"));
//! assert_eq!(s.tone(), Tone::Grave);
//! ```

use std::fmt;

use crate::letter::{Modifier, Tone, compose, letter};

/// Where to put the tone mark in the open rhymes `oa`, `oe`, `uy`, the only rhymes where the two
/// conventions in use differ.
///
/// Every other syllable has a single right place, which all three values use. See the
/// [module docs](self) for the sources of the two conventions.
///
/// # Examples
///
/// The three values on "hoà":
///
/// ```
/// use vietnamese::syllable::{TonePlacement, place_tone};
///
/// assert_eq!(place_tone("hoà", TonePlacement::AsWritten).unwrap(), "hoà");
/// assert_eq!(place_tone("hoà", TonePlacement::FirstVowel).unwrap(), "hòa");
/// assert_eq!(place_tone("hòa", TonePlacement::MainVowel).unwrap(), "hoà");
/// // Never changed: the u of "qu" is part of the onset.
/// assert_eq!(place_tone("quý", TonePlacement::FirstVowel).unwrap(), "quý");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TonePlacement {
    /// Keep the author's choice: in open `oa`/`oe`/`uy` a mark on either vowel stays where it is.
    /// Where the author's mark is on neither (it was misplaced, or a tone is being added), the
    /// mark goes on the first vowel, the placement most running text uses.
    #[default]
    AsWritten,
    /// Mark on the first vowel of open `oa`/`oe`/`uy`: hòa, khỏe, thủy.
    FirstVowel,
    /// Mark on the main (second) vowel of open `oa`/`oe`/`uy`: hoà, khoẻ, thuỷ (decision
    /// 1989/QĐ-BGDĐT, 2018, Article 8).
    MainVowel,
}

/// The longest syllable, in letters ("nghiêng" has 7).
const MAX_LETTERS: usize = 8;

/// One letter of a syllable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Unit {
    /// Lower-case ASCII base letter (`d` for đ).
    base: u8,
    modifier: Modifier,
    upper: bool,
    /// The tone mark written on this letter in the input.
    tone: Tone,
}

const EMPTY_UNIT: Unit = Unit {
    base: 0,
    modifier: Modifier::None,
    upper: false,
    tone: Tone::Level,
};

impl Unit {
    fn is_vowel(self) -> bool {
        matches!(self.base, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
            && self.modifier != Modifier::Stroke
    }

    /// The letter, lower case, without tone.
    #[inline]
    fn skeleton(self) -> char {
        if self.modifier == Modifier::None {
            return self.base as char;
        }
        compose(self.base as char, self.modifier, Tone::Level).unwrap_or(self.base as char)
    }
}

/// A parsed Vietnamese syllable.
///
/// Created by [`parse`]. It remembers the case of every letter and where the tone mark was
/// written, so it can be written back with the mark in the right place ([`Syllable::write_to`],
/// [`fmt::Display`]) or with another tone ([`Syllable::with_tone`]).
///
/// # Examples
///
/// Read the parts of "Quyết" and write it back without its tone:
///
/// ```
/// use vietnamese::letter::Tone;
/// use vietnamese::syllable::parse;
///
/// let s = parse("Quyết").unwrap();
/// assert_eq!((s.onset(), s.medial(), s.nucleus(), s.coda()), ("qu", None, "yê", "t"));
/// assert!(s.is_checked());
/// assert_eq!(s.with_tone(Tone::Level).unwrap().to_string(), "Quyêt");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Syllable {
    units: [Unit; MAX_LETTERS],
    len: u8,
    onset: Onset,
    medial: bool,
    /// Index of the first letter of the nucleus.
    nucleus_start: u8,
    /// Index one past the last letter of the nucleus.
    nucleus_end: u8,
    /// The nucleus is iê whose i is also the i of the onset gi (giêng, giếng).
    shared_i: bool,
    coda: Coda,
    tone: Tone,
    /// Letters that carried the tone in the input (a bit per letter).
    toned: u16,
    /// Written with Ð/ð (U+00D0/U+00F0), the look-alikes of Đ/đ.
    lookalike_d: bool,
    /// The same tone mark was written twice.
    doubled: bool,
}

/// Onsets, longest first, in the order [`Syllable::onset`] reports them.
const ONSETS: [&str; 28] = [
    "", "ngh", "gh", "ng", "nh", "ch", "kh", "ph", "th", "tr", "gi", "qu", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];

/// Index into `ONSETS`.
type Onset = u8;
/// Index into `CODAS`.
type Coda = u8;

const CODAS: [&str; 13] = [
    "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u",
];

const NUCLEI: [&str; 21] = [
    "a", "ă", "â", "e", "ê", "i", "y", "o", "oo", "ô", "ơ", "u", "ư", "iê", "yê", "ia", "ya", "uô",
    "ua", "ươ", "ưa",
];

/// Every rhyme (medial + nucleus + coda, no tone) that Vietnamese writes, after an onset other than
/// `qu` (after `qu` the rhyme is checked through its medial form: `qua` through `oa`, `quân`
/// through `uân`, `quy`/`qui` through `uy`). Written by hand from the phonotactics above; the
/// syllable list of soe-vinorm checks it (tests/syllable.rs).
const RHYMES: &[&str] = &[
    // a ă â
    "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay", "ăc", "ăm",
    "ăn", "ăng", "ăp", "ăt", "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây", // e ê
    "e", "ec", "em", "en", "eng", "eo", "ep", "et", "ê", "êch", "êm", "ên", "ênh", "êp", "êt",
    "êu", // i iê y yê
    "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu", "iêc", "iêm", "iên", "iêng", "iêp",
    "iêt", "iêu", "y", "yêm", "yên", "yêng", "yêt", "yêu", // o oo ô ơ
    "o", "oc", "oi", "om", "on", "ong", "op", "ot", "ooc", "oong", "ô", "ôc", "ôi", "ôm", "ôn",
    "ông", "ôp", "ôt", "ơ", "ơi", "ơm", "ơn", "ơp", "ơt", // u uô ư ươ
    "u", "ua", "uc", "ui", "um", "un", "ung", "up", "ut", "uôc", "uôi", "uôm", "uôn", "uông",
    "uôp", "uôt", "ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu", "ươc", "ươi", "ươm", "ươn",
    "ương", "ươp", "ươt", "ươu", // medial o
    "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay", "oăc",
    "oăm", "oăn", "oăng", "oăt", "oe", "oec", "oem", "oen", "oeng", "oeo", "oet", // medial u
    "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh", "uêt", "uy", "uych", "uyn", "uynh", "uyp",
    "uyt", "uyu", "uya", "uyên", "uyêt", "uơ",
];

/// Rhymes written only after `qu`, with no counterpart after a medial o/u: quạu (quạu quọ),
/// quắp/quặp (co quắp), quên, quều (quều quào).
const QU_ONLY: &[&str] = &["au", "ăp", "ên", "êu"];

/// The code of a lower-case, untoned rhyme letter, 1..=19; 0 for anything else.
const fn symbol(c: char) -> u32 {
    match c {
        'a' => 1,
        'ă' => 2,
        'â' => 3,
        'e' => 4,
        'ê' => 5,
        'i' => 6,
        'y' => 7,
        'o' => 8,
        'ô' => 9,
        'ơ' => 10,
        'u' => 11,
        'ư' => 12,
        'c' => 13,
        'h' => 14,
        'm' => 15,
        'n' => 16,
        'g' => 17,
        'p' => 18,
        't' => 19,
        _ => 0,
    }
}

/// Rhymes have at most this many letters.
const MAX_RHYME: usize = 4;
/// Number of distinct rhyme keys: letters are base-20 digits 1..=19.
const KEY_SPACE: usize = 20 * 20 * 20 * 20;

/// A rhyme as a base-20 number, one digit a letter; `None` when longer than [`MAX_RHYME`] or not
/// made of rhyme letters.
#[inline]
fn rhyme_key(letters: impl IntoIterator<Item = char>) -> Option<u32> {
    let mut key = 0u32;
    for (n, c) in letters.into_iter().enumerate() {
        let s = symbol(c);
        if s == 0 || n >= MAX_RHYME {
            return None;
        }
        key = key * 20 + s;
    }
    Some(key)
}

/// `rhyme_key` of a `&str` in a const context (rhyme letters are all below U+0800).
const fn const_rhyme_key(r: &str) -> u32 {
    let b = r.as_bytes();
    let mut key = 0u32;
    let mut i = 0;
    let mut n = 0;
    while i < b.len() {
        let (cp, w) = if b[i] < 0x80 {
            (b[i] as u32, 1)
        } else {
            ((((b[i] & 0x1F) as u32) << 6) | (b[i + 1] & 0x3F) as u32, 2)
        };
        let c = match char::from_u32(cp) {
            Some(c) => c,
            None => panic!("bad rhyme"),
        };
        let s = symbol(c);
        assert!(s != 0, "not a rhyme letter");
        key = key * 20 + s;
        i += w;
        n += 1;
    }
    assert!(n <= MAX_RHYME, "rhyme too long");
    key
}

/// One bit per rhyme key: set for the keys of `RHYMES`. Built at compile time.
static RHYME_BITS: [u64; KEY_SPACE / 64 + 1] = {
    let mut bits = [0u64; KEY_SPACE / 64 + 1];
    let mut i = 0;
    while i < RHYMES.len() {
        let k = const_rhyme_key(RHYMES[i]) as usize;
        bits[k / 64] |= 1 << (k % 64);
        i += 1;
    }
    bits
};

#[inline]
fn is_rhyme(letters: impl IntoIterator<Item = char>) -> bool {
    rhyme_key(letters).is_some_and(|k| {
        let k = k as usize;
        RHYME_BITS[k / 64] & (1 << (k % 64)) != 0
    })
}

/// Why a string is not a syllable to [`parse_units`]; only used to choose between failing and
/// going on.
#[derive(Debug)]
struct NotASyllable;

/// Reads the letters of `s`, attaching combining tone marks and modifiers to the letter before.
fn read_units(s: &str) -> Result<([Unit; MAX_LETTERS], usize, bool, bool), NotASyllable> {
    let mut units = [EMPTY_UNIT; MAX_LETTERS];
    let mut n = 0usize;
    let mut lookalike = false;
    let mut doubled = false;
    for c in s.chars() {
        if c.is_ascii_alphabetic() {
            if n == MAX_LETTERS {
                return Err(NotASyllable);
            }
            units[n] = Unit {
                base: c.to_ascii_lowercase() as u8,
                modifier: Modifier::None,
                upper: c.is_ascii_uppercase(),
                tone: Tone::Level,
            };
            n += 1;
        } else if let Some(l) = letter(c) {
            if n == MAX_LETTERS {
                return Err(NotASyllable);
            }
            units[n] = Unit {
                base: l.base.to_ascii_lowercase() as u8,
                modifier: l.modifier,
                upper: l.is_uppercase(),
                tone: l.tone,
            };
            n += 1;
        } else if c == '\u{D0}' || c == '\u{F0}' {
            if n == MAX_LETTERS {
                return Err(NotASyllable);
            }
            lookalike = true;
            units[n] = Unit {
                base: b'd',
                modifier: Modifier::Stroke,
                upper: c == '\u{D0}',
                tone: Tone::Level,
            };
            n += 1;
        } else if let Some(t) = Tone::from_combining_mark(c) {
            let u = units[..n].last_mut().ok_or(NotASyllable)?;
            if u.modifier == Modifier::Stroke {
                return Err(NotASyllable);
            }
            if u.tone == Tone::Level {
                u.tone = t;
            } else if u.tone == t {
                doubled = true;
            } else {
                return Err(NotASyllable);
            }
        } else if let Some(m) = Modifier::from_combining_mark(c) {
            let u = units[..n].last_mut().ok_or(NotASyllable)?;
            if !u.is_vowel() || u.modifier != Modifier::None {
                return Err(NotASyllable);
            }
            compose(u.base as char, m, Tone::Level).ok_or(NotASyllable)?;
            u.modifier = m;
        } else if let Some((base, tone)) = consonant_with_tone(c) {
            // ǹ, ḿ, ṇ …: a tone mark typed on a consonant, composed by NFC.
            if n == MAX_LETTERS {
                return Err(NotASyllable);
            }
            units[n] = Unit {
                base: base.to_ascii_lowercase() as u8,
                modifier: Modifier::None,
                upper: base.is_ascii_uppercase(),
                tone,
            };
            n += 1;
        } else {
            return Err(NotASyllable);
        }
    }
    Ok((units, n, lookalike, doubled))
}

/// A precomposed letter that is an ASCII consonant with a tone mark (ǹ U+01F9, ḿ U+1E3F, ṇ U+1E47
/// …), taken apart; `None` for anything else.
pub(crate) fn consonant_with_tone(c: char) -> Option<(char, Tone)> {
    if c.is_ascii() || letter(c).is_some() {
        return None;
    }
    let mut parts = [None; 3];
    let mut k = 0;
    let mut too_long = false;
    unicode_normalization::char::decompose_canonical(c, |p| {
        if k < parts.len() {
            parts[k] = Some(p);
        } else {
            too_long = true;
        }
        k += 1;
    });
    match (parts, too_long) {
        ([Some(base), Some(mark), None], false) if base.is_ascii_alphabetic() => {
            Tone::from_combining_mark(mark).map(|t| (base, t))
        }
        _ => None,
    }
}

/// Splits a rhyme (already known to be valid) into medial, nucleus and coda lengths.
fn split_rhyme(r: &[char], allow_medial: bool) -> (usize, usize, Coda) {
    let m = r.len();
    let medial = allow_medial
        && m >= 2
        && ((r[0] == 'o' && matches!(r[1], 'a' | 'ă' | 'e'))
            || (r[0] == 'u' && matches!(r[1], 'â' | 'ê' | 'y' | 'ơ')));
    let start = usize::from(medial);
    let body = &r[start..];
    let k = body.len();
    let last = body[k - 1];
    let before = if k >= 2 { body[k - 2] } else { '\0' };
    // (coda index in CODAS, its length in letters)
    let (coda, coda_len): (Coda, usize) = match (before, last) {
        ('c', 'h') if k >= 3 => (2, 2),
        ('n', 'g') if k >= 3 => (5, 2),
        ('n', 'h') if k >= 3 => (6, 2),
        (_, 'c') if k >= 2 => (1, 1),
        (_, 'm') if k >= 2 => (3, 1),
        (_, 'n') if k >= 2 => (4, 1),
        (_, 'p') if k >= 2 => (7, 1),
        (_, 't') if k >= 2 => (8, 1),
        ('i' | 'y' | 'u' | 'ư', 'a') => (0, 0),
        (_, 'i') if k >= 2 => (9, 1),
        (_, 'y') if k >= 2 => (10, 1),
        (_, 'o') if k >= 2 && before != 'o' => (11, 1),
        (_, 'u') if k >= 2 => (12, 1),
        _ => (0, 0),
    };
    (start, k - coda_len, coda)
}

// Indices into ONSETS.
const O_NGH: Onset = 1;
const O_GH: Onset = 2;
const O_NG: Onset = 3;
const O_NH: Onset = 4;
const O_CH: Onset = 5;
const O_KH: Onset = 6;
const O_PH: Onset = 7;
const O_TH: Onset = 8;
const O_TR: Onset = 9;
const O_GI: Onset = 10;
const O_QU: Onset = 11;
const O_C: Onset = 13;
const O_G: Onset = 16;
const O_K: Onset = 18;

/// The one-letter onset `c`, or 0.
fn single_onset(c: char) -> Onset {
    match c {
        'b' => 12,
        'c' => O_C,
        'd' => 14,
        'đ' => 15,
        'g' => O_G,
        'h' => 17,
        'k' => O_K,
        'l' => 19,
        'm' => 20,
        'n' => 21,
        'p' => 22,
        'r' => 23,
        's' => 24,
        't' => 25,
        'v' => 26,
        'x' => 27,
        _ => 0,
    }
}

/// The onset at the start of `sk` (lower-case untoned letters), by longest match; the onset must
/// leave at least one letter.
fn match_onset(sk: &[char]) -> Onset {
    let at = |k: usize| sk.get(k).copied().unwrap_or('\0');
    let two = match (at(0), at(1), at(2)) {
        ('n', 'g', 'h') if sk.len() > 3 => return O_NGH,
        ('g', 'h', _) => O_GH,
        ('n', 'g', _) => O_NG,
        ('n', 'h', _) => O_NH,
        ('c', 'h', _) => O_CH,
        ('k', 'h', _) => O_KH,
        ('p', 'h', _) => O_PH,
        ('t', 'h', _) => O_TH,
        ('t', 'r', _) => O_TR,
        ('g', 'i', _) => O_GI,
        ('q', 'u', _) => O_QU,
        _ => 0,
    };
    if two != 0 && sk.len() > 2 {
        return two;
    }
    if sk.len() < 2 {
        return 0;
    }
    single_onset(sk[0])
}

fn parse_units(s: &str) -> Result<Syllable, NotASyllable> {
    let (units, n, lookalike_d, doubled) = read_units(s)?;
    if n == 0 {
        return Err(NotASyllable);
    }
    let mut sk = ['\0'; MAX_LETTERS];
    for i in 0..n {
        sk[i] = units[i].skeleton();
    }
    let sk = &sk[..n];

    // The tone: every toned letter must carry the same tone.
    let mut tone = Tone::Level;
    let mut toned = 0u16;
    for (i, u) in units[..n].iter().enumerate() {
        if u.tone != Tone::Level {
            if tone != Tone::Level && tone != u.tone {
                return Err(NotASyllable);
            }
            tone = u.tone;
            toned |= 1 << i;
        }
    }
    if toned.count_ones() > 1 {
        // The same tone written on two letters (hóá): one mark is doubled.
        if doubled || toned.count_ones() > 2 {
            return Err(NotASyllable);
        }
    }
    let doubled = doubled || toned.count_ones() > 1;

    let mut onset = match_onset(sk);
    let mut shared_i = false;
    let (medial, nucleus_len, coda);
    if onset == O_GI {
        let rest = &sk[2..];
        if rest[0] == 'i' {
            // "gii…" is not written; read g + i… and let the rhyme check refuse it.
            onset = O_G;
        } else if rest[0] == 'ê' && is_rhyme(std::iter::once('i').chain(rest.iter().copied())) {
            // giêng, giết: the i of gi is also the i of iê.
            shared_i = true;
        } else if !is_rhyme(rest.iter().copied()) || !is_vowel_char(rest[0]) {
            // gì, gìn: the onset is g and i is the nucleus.
            onset = O_G;
        }
    }
    let onset_len = match onset {
        0 => 0,
        O_NGH => 3,
        O_GH..=O_QU => 2,
        _ => 1,
    };
    let rest = &sk[onset_len..];
    if rest.is_empty() || !is_vowel_char(rest[0]) {
        return Err(NotASyllable);
    }
    let first = rest[0];
    let front = matches!(first, 'i' | 'e' | 'ê' | 'y');
    if onset == O_QU {
        let ok = QU_ONLY.iter().any(|r| r.chars().eq(rest.iter().copied()))
            || match first {
                'a' | 'ă' | 'e' => is_rhyme(std::iter::once('o').chain(rest.iter().copied())),
                'â' | 'ê' | 'y' | 'ơ' | 'ô' => {
                    is_rhyme(std::iter::once('u').chain(rest.iter().copied()))
                }
                'i' => is_rhyme(['u', 'y'].into_iter().chain(rest[1..].iter().copied())),
                _ => false,
            };
        if !ok {
            return Err(NotASyllable);
        }
        let (_, nl, c) = split_rhyme(rest, false);
        (medial, nucleus_len, coda) = (false, nl, c);
    } else if shared_i {
        let mut r = ['\0'; MAX_LETTERS];
        r[0] = 'i';
        r[1..=rest.len()].copy_from_slice(rest);
        let (_, nl, c) = split_rhyme(&r[..=rest.len()], false);
        (medial, nucleus_len, coda) = (false, nl - 1, c);
    } else {
        if !is_rhyme(rest.iter().copied()) {
            return Err(NotASyllable);
        }
        let (ml, nl, c) = split_rhyme(rest, true);
        (medial, nucleus_len, coda) = (ml == 1, nl, c);
        // Spelling rules tying the onset to the rhyme.
        let ok = match onset {
            O_K => front,
            O_GH | O_NGH => matches!(first, 'i' | 'e' | 'ê'),
            O_C => !front && !medial,
            O_NG => !front,
            O_G => !matches!(first, 'e' | 'ê' | 'y'),
            _ => true,
        };
        // iê is written yê with no onset, and iê after one; ia is written ia either way.
        let nucleus = &rest[usize::from(medial)..];
        let ok = ok
            && !(onset == 0 && nucleus.starts_with(&['i', 'ê']))
            && !(onset != 0 && !medial && nucleus.starts_with(&['y', 'ê']));
        if !ok {
            return Err(NotASyllable);
        }
    }
    let checked = matches!(coda, 1 | 2 | 7 | 8); // c ch p t
    if checked && !matches!(tone, Tone::Level | Tone::Acute | Tone::Dot) {
        return Err(NotASyllable);
    }
    let nucleus_start = onset_len + usize::from(medial);
    Ok(Syllable {
        units,
        len: n as u8,
        onset,
        medial,
        nucleus_start: nucleus_start as u8,
        nucleus_end: (nucleus_start + nucleus_len) as u8,
        shared_i,
        coda,
        tone,
        toned,
        lookalike_d,
        doubled,
    })
}

fn is_vowel_char(c: char) -> bool {
    matches!(
        c,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'y' | 'o' | 'ô' | 'ơ' | 'u' | 'ư'
    )
}

/// Parses one Vietnamese syllable, or returns `None` if `s` is not one.
///
/// `s` must be the syllable alone (no spaces or punctuation). It may be in NFC, NFD or any mix,
/// in any case, with its tone mark typed as a combining mark (in any order, also after a
/// precomposed vowel) and on any vowel of the syllable; [`Syllable::write_to`] puts it back in the
/// right place, also when it was typed on a consonant ("hoc\u{323}" is "học"). The look-alikes
/// Ð/ð (U+00D0/U+00F0) are read as Đ/đ. Two different tones, a rhyme Vietnamese does not write, a spelling the onset forbids (`ce`,
/// `ge`, `ki` is fine but `ka` is not) or a checked syllable (coda p, t, c, ch) with huyền, hỏi or
/// ngã give `None`. A checked syllable with no mark ("hat") is parsed, so that a tone can be put on
/// it, but is not valid. Loan letters (f j w z) are not accepted.
///
/// Does not allocate. See also [`is_valid_syllable`], which also requires the mark in place.
///
/// # Examples
///
/// A misplaced mark is found and put back:
///
/// ```
/// use vietnamese::syllable::parse;
///
/// assert_eq!(parse("nghịêm").unwrap().to_string(), "nghiệm");
/// assert_eq!(parse("qũy").unwrap().to_string(), "quỹ");
/// assert!(parse("hát").is_some());
/// assert!(parse("hàt").is_none()); // t takes only sắc or nặng
/// assert!(parse("hat").is_some()); // parsed, to put a tone on, but not valid
/// assert!(parse("cafe").is_none());
/// ```
#[must_use]
pub fn parse(s: &str) -> Option<Syllable> {
    parse_units(s).ok()
}

/// Whether `s` is one well-written Vietnamese syllable.
///
/// Like [`parse`], but a checked syllable (coda p, t, c, ch) must carry sắc or nặng, and the tone
/// mark must be on a letter where one of the two conventions puts
/// it (hòa and hoà are both valid, "hoaì" is not), written once, and `Đ` must not be the look-alike
/// `Ð`. NFD input is accepted (it is canonically equal to NFC).
///
/// # Examples
///
/// ```
/// use vietnamese::syllable::is_valid_syllable;
///
/// assert!(is_valid_syllable("nghiêng"));
/// assert!(is_valid_syllable("Thuỷ") && is_valid_syllable("thủy"));
/// assert!(is_valid_syllable("Vie\u{323}\u{302}t"));
/// assert!(!is_valid_syllable("qúy"));
/// assert!(!is_valid_syllable("ngê"));
/// assert!(!is_valid_syllable("ka")); // k only before i, e, ê, y
/// assert!(is_valid_syllable("the") && is_valid_syllable("thé"));
/// ```
#[must_use]
pub fn is_valid_syllable(s: &str) -> bool {
    parse(s).is_some_and(|syl| syl.is_well_written())
}

/// Puts `tone` on the syllable `s`, replacing its tone, with the mark where `placement` puts it.
///
/// Returns `None` if `s` is not a syllable ([`parse`]) or if `tone` is not allowed on it (a
/// syllable closed by p, t, c, ch takes only sắc or nặng). The case of every letter is kept. The
/// result is NFC. Allocates the returned string.
///
/// See also [`without_tone`] and [`Syllable::with_tone`].
///
/// # Examples
///
/// ```
/// use vietnamese::letter::Tone;
/// use vietnamese::syllable::{TonePlacement, with_tone};
///
/// assert_eq!(with_tone("Thuy", Tone::Hook, TonePlacement::FirstVowel).unwrap(), "Thủy");
/// assert_eq!(with_tone("Thuy", Tone::Hook, TonePlacement::MainVowel).unwrap(), "Thuỷ");
/// assert_eq!(with_tone("QUY", Tone::Acute, TonePlacement::FirstVowel).unwrap(), "QUÝ");
/// assert_eq!(with_tone("nguoi", Tone::Grave, TonePlacement::AsWritten), None); // no horns
/// assert_eq!(with_tone("người", Tone::Dot, TonePlacement::AsWritten).unwrap(), "ngượi");
/// assert_eq!(with_tone("hát", Tone::Grave, TonePlacement::AsWritten), None);
/// ```
#[must_use]
pub fn with_tone(s: &str, tone: Tone, placement: TonePlacement) -> Option<String> {
    let syl = parse(s)?.with_tone(tone)?;
    let mut out = String::with_capacity(s.len() + 2);
    syl.write_to(placement, &mut out);
    Some(out)
}

/// Takes the tone mark off the syllable `s`, keeping its vowel modifiers and case.
///
/// Returns `None` if `s` is not a syllable. A syllable closed by p, t, c or ch has no toneless
/// form in Vietnamese, but this still returns its letters without the mark ("hát" → "hat").
///
/// See also [`with_tone`].
///
/// # Examples
///
/// ```
/// use vietnamese::syllable::without_tone;
///
/// assert_eq!(without_tone("Nguyễn").unwrap(), "Nguyên");
/// assert_eq!(without_tone("ĐƯỜNG").unwrap(), "ĐƯƠNG");
/// assert_eq!(without_tone("hát").unwrap(), "hat");
/// ```
#[must_use]
pub fn without_tone(s: &str) -> Option<String> {
    let syl = parse(s)?;
    let mut out = String::with_capacity(s.len());
    syl.write_units(None, &mut out);
    Some(out)
}

/// Writes the syllable `s` back with its tone mark where `placement` puts it, in NFC.
///
/// Returns `None` if `s` is not a syllable. This repairs a misplaced mark (baỏ → bảo) and, with
/// [`TonePlacement::FirstVowel`] or [`TonePlacement::MainVowel`], converts between the two
/// conventions for open `oa`/`oe`/`uy`.
///
/// # Examples
///
/// ```
/// use vietnamese::syllable::{TonePlacement, place_tone};
///
/// assert_eq!(place_tone("baỏ", TonePlacement::AsWritten).unwrap(), "bảo");
/// assert_eq!(place_tone("KHỎE", TonePlacement::MainVowel).unwrap(), "KHOẺ");
/// assert_eq!(place_tone("khuỷu", TonePlacement::MainVowel).unwrap(), "khuỷu");
/// ```
#[must_use]
pub fn place_tone(s: &str, placement: TonePlacement) -> Option<String> {
    let syl = parse(s)?;
    let mut out = String::with_capacity(s.len());
    syl.write_to(placement, &mut out);
    Some(out)
}

impl Syllable {
    /// The onset, lower case: `""` when the syllable has none, else one of b c ch d đ g gh gi h k
    /// kh l m n ng ngh nh p ph qu r s t th tr v x.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::syllable::parse;
    ///
    /// assert_eq!(parse("giữa").unwrap().onset(), "gi");
    /// assert_eq!(parse("gì").unwrap().onset(), "g");
    /// assert_eq!(parse("ăn").unwrap().onset(), "");
    /// ```
    #[must_use]
    pub fn onset(&self) -> &'static str {
        ONSETS[self.onset as usize]
    }

    /// The medial glide, `o` (hoa, hoặc) or `u` (huy, tuần), or `None`.
    ///
    /// The `u` of `qu` is part of the onset and is not reported here.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::syllable::parse;
    ///
    /// assert_eq!(parse("hoặc").unwrap().medial(), Some('o'));
    /// assert_eq!(parse("quả").unwrap().medial(), None);
    /// ```
    #[must_use]
    pub fn medial(&self) -> Option<char> {
        self.medial
            .then(|| self.units[self.nucleus_start as usize - 1].base as char)
    }

    /// The nucleus, lower case without tone: a ă â e ê i y o oo ô ơ u ư iê yê ia ya uô ua ươ ưa.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::syllable::parse;
    ///
    /// assert_eq!(parse("được").unwrap().nucleus(), "ươ");
    /// assert_eq!(parse("giếng").unwrap().nucleus(), "iê"); // the i is shared with gi
    /// assert_eq!(parse("khuya").unwrap().nucleus(), "ya");
    /// ```
    #[must_use]
    pub fn nucleus(&self) -> &'static str {
        let range = self.nucleus_start as usize..self.nucleus_end as usize;
        let mut buf = [0u8; 8];
        let mut len = 0;
        if self.shared_i {
            buf[0] = b'i';
            len = 1;
        }
        for u in &self.units[range] {
            len += u.skeleton().encode_utf8(&mut buf[len..]).len();
        }
        let s = std::str::from_utf8(&buf[..len]).unwrap_or("");
        NUCLEI.iter().find(|&&n| n == s).copied().unwrap_or("")
    }

    /// The coda, lower case: `""`, c ch m n ng nh p t, or a semivowel i y o u.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::syllable::parse;
    ///
    /// assert_eq!(parse("xoong").unwrap().coda(), "ng");
    /// assert_eq!(parse("sau").unwrap().coda(), "u");
    /// assert_eq!(parse("mía").unwrap().coda(), "");
    /// ```
    #[must_use]
    pub fn coda(&self) -> &'static str {
        CODAS[self.coda as usize]
    }

    /// The tone.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::letter::Tone;
    /// use vietnamese::syllable::parse;
    ///
    /// assert_eq!(parse("Việt").unwrap().tone(), Tone::Dot);
    /// ```
    #[must_use]
    pub fn tone(&self) -> Tone {
        self.tone
    }

    /// Whether the syllable is closed by p, t, c or ch, and so takes only sắc or nặng.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::syllable::parse;
    ///
    /// assert!(parse("học").unwrap().is_checked());
    /// assert!(!parse("hỏi").unwrap().is_checked());
    /// ```
    #[must_use]
    pub fn is_checked(&self) -> bool {
        matches!(self.coda, 1 | 2 | 7 | 8) // c ch p t
    }

    /// The same syllable with another tone, or `None` if the syllable cannot take it (a checked
    /// syllable takes only sắc or nặng; [`Tone::Level`] is allowed, to take the mark off).
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::letter::Tone;
    /// use vietnamese::syllable::parse;
    ///
    /// let s = parse("Hoa").unwrap();
    /// assert_eq!(s.with_tone(Tone::Grave).unwrap().to_string(), "Hòa");
    /// assert!(parse("học").unwrap().with_tone(Tone::Hook).is_none());
    /// ```
    #[must_use]
    pub fn with_tone(&self, tone: Tone) -> Option<Syllable> {
        if self.is_checked() && !matches!(tone, Tone::Level | Tone::Acute | Tone::Dot) {
            return None;
        }
        let mut s = *self;
        s.tone = tone;
        if tone == Tone::Level || s.toned.count_ones() != 1 {
            // Keep the letter the author marked, if exactly one was; otherwise the placement
            // decides.
            s.toned = 0;
        }
        Some(s)
    }

    /// The index of the letter the tone mark goes on with `placement`.
    fn tone_index(&self, placement: TonePlacement) -> usize {
        let (ns, ne) = (self.nucleus_start as usize, self.nucleus_end as usize);
        if self.medial && ne - ns == 1 && self.coda == 0 {
            let nucleus = self.units[ns];
            if nucleus.modifier == Modifier::None {
                // Open oa, oe, uy: the one place where the conventions differ.
                let first = ns - 1;
                return match placement {
                    TonePlacement::FirstVowel => first,
                    TonePlacement::MainVowel => ns,
                    TonePlacement::AsWritten => {
                        if self.toned == 1 << ns {
                            ns
                        } else {
                            first
                        }
                    }
                };
            }
        }
        if let Some(i) = (ns..ne)
            .rev()
            .find(|&i| self.units[i].modifier != Modifier::None)
        {
            return i;
        }
        if ne - ns == 2 && self.units[ns].base == b'o' && self.units[ns + 1].base == b'o' {
            // boóng, xoóc
            return ns + 1;
        }
        ns
    }

    /// Whether the mark is already where one of the conventions puts it, once, with Đ not written
    /// as its look-alike.
    fn is_well_written(&self) -> bool {
        if self.lookalike_d || self.doubled || self.is_checked() && self.tone == Tone::Level {
            return false;
        }
        if self.toned == 0 {
            return true;
        }
        let a = self.tone_index(TonePlacement::FirstVowel);
        let b = self.tone_index(TonePlacement::MainVowel);
        self.toned == 1 << a || self.toned == 1 << b
    }

    /// Appends the syllable to `out` in NFC, with its tone mark where `placement` puts it and
    /// every letter in its original case.
    ///
    /// See also [`place_tone`], the same on a string.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::syllable::{TonePlacement, parse};
    ///
    /// let mut out = String::new();
    /// parse("THỦY").unwrap().write_to(TonePlacement::MainVowel, &mut out);
    /// assert_eq!(out, "THUỶ");
    /// ```
    pub fn write_to(&self, placement: TonePlacement, out: &mut String) {
        let at = (self.tone != Tone::Level).then(|| self.tone_index(placement));
        self.write_units(at, out);
    }

    fn write_units(&self, tone_at: Option<usize>, out: &mut String) {
        out.reserve(self.len as usize * 3);
        for (i, u) in self.units[..self.len as usize].iter().enumerate() {
            let base = if u.upper {
                u.base.to_ascii_uppercase() as char
            } else {
                u.base as char
            };
            let tone = if tone_at == Some(i) {
                self.tone
            } else {
                Tone::Level
            };
            if u.modifier == Modifier::None && tone == Tone::Level {
                // A consonant or a plain vowel: ASCII.
                out.push(base);
                continue;
            }
            out.push(compose(base, u.modifier, tone).unwrap_or(base));
        }
    }
}

impl fmt::Display for Syllable {
    /// Writes the syllable in NFC with [`TonePlacement::AsWritten`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::with_capacity(16);
        self.write_to(TonePlacement::AsWritten, &mut s);
        f.write_str(&s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rhymes_are_distinct_and_keyed() {
        let mut keys: Vec<u32> = RHYMES
            .iter()
            .map(|r| rhyme_key(r.chars()).unwrap())
            .collect();
        keys.sort_unstable();
        let before = keys.len();
        keys.dedup();
        assert_eq!(before, keys.len(), "a rhyme is listed twice");
    }

    #[test]
    fn parts() {
        let cases = [
            ("quốc", "qu", None, "ô", "c"),
            ("hoàng", "h", Some('o'), "a", "ng"),
            ("khuỷu", "kh", Some('u'), "y", "u"),
            ("người", "ng", None, "ươ", "i"),
            ("yêu", "", None, "yê", "u"),
            ("oanh", "", Some('o'), "a", "nh"),
            ("giường", "gi", None, "ươ", "ng"),
            ("gìn", "g", None, "i", "n"),
            ("boong", "b", None, "oo", "ng"),
            ("lửa", "l", None, "ưa", ""),
            ("tuần", "t", Some('u'), "â", "n"),
            ("thuở", "th", Some('u'), "ơ", ""),
            ("Đường", "đ", None, "ươ", "ng"),
        ];
        for (s, o, m, n, c) in cases {
            let syl = parse(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(
                (syl.onset(), syl.medial(), syl.nucleus(), syl.coda()),
                (o, m, n, c),
                "{s}"
            );
        }
    }

    #[test]
    fn placement() {
        let cases = [
            ("hòa", "hòa", "hoà"),
            ("khoẻ", "khỏe", "khoẻ"),
            ("thủy", "thủy", "thuỷ"),
            ("quý", "quý", "quý"),
            ("quả", "quả", "quả"),
            ("giữa", "giữa", "giữa"),
            ("hoàn", "hoàn", "hoàn"),
            ("thuyền", "thuyền", "thuyền"),
            ("khuỷu", "khuỷu", "khuỷu"),
            ("hoài", "hoài", "hoài"),
            ("mùa", "mùa", "mùa"),
            ("lượng", "lượng", "lượng"),
            ("boóng", "boóng", "boóng"),
        ];
        for (s, first, main) in cases {
            assert_eq!(
                place_tone(s, TonePlacement::FirstVowel).unwrap(),
                first,
                "{s}"
            );
            assert_eq!(
                place_tone(s, TonePlacement::MainVowel).unwrap(),
                main,
                "{s}"
            );
        }
    }
}
