//! The Vietnamese letters: the base, vowel modifier and tone of every precomposed letter.
//!
//! Vietnamese writes 12 vowels (a ă â e ê i o ô ơ u ư y), each with one of six tones, in upper and
//! lower case, plus the consonant đ/Đ. Unicode has a precomposed code point for every one of them:
//! 134 letters beyond ASCII, spread over Latin-1, Latin Extended-A/B and U+1EA0–U+1EF9. This module
//! takes such a letter apart ([`letter`]) and puts one together ([`compose`]); the normalizer and
//! the syllable parser build on it.
//!
//! The table is checked by a test against `unicode-normalization`'s canonical decompositions; đ/Đ,
//! which have no decomposition, are listed by hand.

use unicode_normalization::char::decompose_canonical;

use crate::tables::letters::LETTERS;

/// One of the six Vietnamese tones, with the combining mark that writes it.
///
/// The order of the variants is the order Vietnamese dictionaries sort tones in
/// (ngang < huyền < hỏi < ngã < sắc < nặng).
///
/// # Examples
///
/// The tone of "ế" is sắc, written with the combining acute accent:
///
/// ```
/// use vietnamese::letter::{letter, Tone};
///
/// assert_eq!(letter('ế').unwrap().tone, Tone::Acute);
/// assert_eq!(Tone::Acute.combining_mark(), Some('\u{301}'));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tone {
    /// Thanh ngang (level): no mark, as in "ma".
    Level,
    /// Thanh huyền (falling): grave accent U+0300, as in "mà".
    Grave,
    /// Thanh hỏi (dipping): hook above U+0309, as in "mả".
    Hook,
    /// Thanh ngã (broken): tilde U+0303, as in "mã".
    Tilde,
    /// Thanh sắc (rising): acute accent U+0301, as in "má".
    Acute,
    /// Thanh nặng (heavy): dot below U+0323, as in "mạ".
    Dot,
}

impl Tone {
    /// All six tones, in dictionary order.
    pub const ALL: [Tone; 6] = [
        Tone::Level,
        Tone::Grave,
        Tone::Hook,
        Tone::Tilde,
        Tone::Acute,
        Tone::Dot,
    ];

    /// The combining mark that writes this tone, or `None` for [`Tone::Level`].
    ///
    /// See also [`Tone::from_combining_mark`].
    ///
    /// # Examples
    ///
    /// Nặng is written with the dot below:
    ///
    /// ```
    /// use vietnamese::letter::Tone;
    ///
    /// assert_eq!(Tone::Dot.combining_mark(), Some('\u{323}'));
    /// assert_eq!(Tone::Level.combining_mark(), None);
    /// ```
    #[must_use]
    pub const fn combining_mark(self) -> Option<char> {
        match self {
            Tone::Level => None,
            Tone::Grave => Some('\u{300}'),
            Tone::Acute => Some('\u{301}'),
            Tone::Hook => Some('\u{309}'),
            Tone::Tilde => Some('\u{303}'),
            Tone::Dot => Some('\u{323}'),
        }
    }

    /// The tone a combining mark writes, or `None` if the mark is not a tone mark.
    ///
    /// Besides the five marks of [`Tone::combining_mark`], this accepts the deprecated tone marks
    /// U+0340 (grave tone mark) and U+0341 (acute tone mark), which are canonically equal to
    /// U+0300 and U+0301.
    ///
    /// # Examples
    ///
    /// Both the acute accent and the deprecated acute tone mark write sắc:
    ///
    /// ```
    /// use vietnamese::letter::Tone;
    ///
    /// assert_eq!(Tone::from_combining_mark('\u{301}'), Some(Tone::Acute));
    /// assert_eq!(Tone::from_combining_mark('\u{341}'), Some(Tone::Acute));
    /// assert_eq!(Tone::from_combining_mark('\u{302}'), None);
    /// ```
    #[must_use]
    pub const fn from_combining_mark(mark: char) -> Option<Tone> {
        match mark {
            '\u{300}' | '\u{340}' => Some(Tone::Grave),
            '\u{301}' | '\u{341}' => Some(Tone::Acute),
            '\u{309}' => Some(Tone::Hook),
            '\u{303}' => Some(Tone::Tilde),
            '\u{323}' => Some(Tone::Dot),
            _ => None,
        }
    }
}

/// The mark that turns a base letter into another Vietnamese letter: ă â ê ô ơ ư đ.
///
/// # Examples
///
/// "ư" is u with a horn:
///
/// ```
/// use vietnamese::letter::{letter, Modifier};
///
/// assert_eq!(letter('ự').unwrap().modifier, Modifier::Horn);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Modifier {
    /// No modifier: a e i o u y.
    None,
    /// Breve U+0306: ă.
    Breve,
    /// Circumflex U+0302: â ê ô.
    Circumflex,
    /// Horn U+031B: ơ ư.
    Horn,
    /// Stroke: đ. Unicode has no combining mark for it; đ/Đ do not decompose.
    Stroke,
}

impl Modifier {
    /// The combining mark that writes this modifier; `None` for [`Modifier::None`] and
    /// [`Modifier::Stroke`] (đ has no decomposition).
    ///
    /// See also [`Modifier::from_combining_mark`].
    ///
    /// # Examples
    ///
    /// The circumflex of "â":
    ///
    /// ```
    /// use vietnamese::letter::Modifier;
    ///
    /// assert_eq!(Modifier::Circumflex.combining_mark(), Some('\u{302}'));
    /// assert_eq!(Modifier::Stroke.combining_mark(), None);
    /// ```
    #[must_use]
    pub const fn combining_mark(self) -> Option<char> {
        match self {
            Modifier::None | Modifier::Stroke => None,
            Modifier::Breve => Some('\u{306}'),
            Modifier::Circumflex => Some('\u{302}'),
            Modifier::Horn => Some('\u{31B}'),
        }
    }

    /// The modifier a combining mark writes, or `None` if it writes none.
    ///
    /// # Examples
    ///
    /// The horn U+031B:
    ///
    /// ```
    /// use vietnamese::letter::Modifier;
    ///
    /// assert_eq!(Modifier::from_combining_mark('\u{31B}'), Some(Modifier::Horn));
    /// assert_eq!(Modifier::from_combining_mark('\u{301}'), None);
    /// ```
    #[must_use]
    pub const fn from_combining_mark(mark: char) -> Option<Modifier> {
        match mark {
            '\u{306}' => Some(Modifier::Breve),
            '\u{302}' => Some(Modifier::Circumflex),
            '\u{31B}' => Some(Modifier::Horn),
            _ => None,
        }
    }
}

/// A Vietnamese letter taken apart: its ASCII base, vowel modifier and tone.
///
/// Created by [`letter`]; [`all`] lists the 134 precomposed ones.
///
/// # Examples
///
/// "Ỗ" is capital O with circumflex and ngã:
///
/// ```
/// use vietnamese::letter::{letter, Letter, Modifier, Tone};
///
/// let l = letter('Ỗ').unwrap();
/// assert_eq!((l.base, l.modifier, l.tone), ('O', Modifier::Circumflex, Tone::Tilde));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Letter {
    /// The letter itself, one precomposed code point.
    pub ch: char,
    /// The ASCII base letter, in the letter's case: `a e i o u y` (or upper case), or `d`/`D` for đ/Đ.
    pub base: char,
    /// The vowel modifier (or the stroke of đ).
    pub modifier: Modifier,
    /// The tone.
    pub tone: Tone,
}

impl Letter {
    /// Whether the letter is upper case.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::letter::letter;
    ///
    /// assert!(letter('Ế').unwrap().is_uppercase());
    /// assert!(!letter('ế').unwrap().is_uppercase());
    /// ```
    #[must_use]
    pub const fn is_uppercase(&self) -> bool {
        self.base.is_ascii_uppercase()
    }

    /// The same letter with another tone, or `None` for đ/Đ, which carry no tone.
    ///
    /// # Examples
    ///
    /// Put ngã on "ê":
    ///
    /// ```
    /// use vietnamese::letter::{letter, Tone};
    ///
    /// assert_eq!(letter('ê').unwrap().with_tone(Tone::Tilde), Some('ễ'));
    /// assert_eq!(letter('ễ').unwrap().with_tone(Tone::Level), Some('ê'));
    /// ```
    #[must_use]
    pub fn with_tone(&self, tone: Tone) -> Option<char> {
        compose(self.base, self.modifier, tone)
    }
}

/// All 134 precomposed Vietnamese letters (every vowel × tone in both cases, and Đ đ), in code
/// point order.
///
/// The plain ASCII vowels are not in this list; [`letter`] accepts them too.
///
/// # Examples
///
/// ```
/// assert_eq!(vietnamese::letter::all().len(), 134);
/// ```
#[must_use]
pub fn all() -> &'static [Letter] {
    &LETTERS
}

/// Takes a Vietnamese letter apart, or returns `None` if `c` is not one.
///
/// Accepts the 134 precomposed letters of [`all`] and the plain vowels `a e i o u y` in both cases
/// (modifier [`Modifier::None`], tone [`Tone::Level`]). Consonants other than đ/Đ, combining marks
/// and look-alikes such as `Ð` (U+00D0) give `None`.
///
/// See also [`compose`], the inverse.
///
/// # Examples
///
/// ```
/// use vietnamese::letter::{letter, Modifier, Tone};
///
/// let l = letter('ặ').unwrap();
/// assert_eq!((l.base, l.modifier, l.tone), ('a', Modifier::Breve, Tone::Dot));
/// assert_eq!(letter('đ').unwrap().modifier, Modifier::Stroke);
/// assert_eq!(letter('a').unwrap().tone, Tone::Level);
/// assert_eq!(letter('b'), None);
/// ```
#[must_use]
#[inline]
pub fn letter(c: char) -> Option<Letter> {
    if c.is_ascii() {
        return matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y').then_some(
            Letter {
                ch: c,
                base: c,
                modifier: Modifier::None,
                tone: Tone::Level,
            },
        );
    }
    letter_index(c).map(|i| LETTERS[i as usize])
}

/// Index into `LETTERS` of a precomposed Vietnamese letter, in O(1): two small tables cover
/// U+00C0–U+01B0 and U+1EA0–U+1EF9, where all 134 letters live.
#[inline]
fn letter_index(c: char) -> Option<u8> {
    let cp = c as u32;
    let i = if (LOW_START..=LOW_END).contains(&cp) {
        LOW_INDEX[(cp - LOW_START) as usize]
    } else if (HIGH_START..=HIGH_END).contains(&cp) {
        HIGH_INDEX[(cp - HIGH_START) as usize]
    } else {
        NONE
    };
    (i != NONE).then_some(i)
}

const NONE: u8 = u8::MAX;
const LOW_START: u32 = 0xC0;
const LOW_END: u32 = 0x1B0;
const HIGH_START: u32 = 0x1EA0;
const HIGH_END: u32 = 0x1EF9;

/// `LETTERS` index of each code point in U+00C0–U+01B0, or `NONE`.
static LOW_INDEX: [u8; (LOW_END - LOW_START + 1) as usize] = build_index(LOW_START, LOW_END);
/// `LETTERS` index of each code point in U+1EA0–U+1EF9, or `NONE`.
static HIGH_INDEX: [u8; (HIGH_END - HIGH_START + 1) as usize] = build_index(HIGH_START, HIGH_END);

const fn build_index<const N: usize>(start: u32, end: u32) -> [u8; N] {
    let mut table = [NONE; N];
    let mut i = 0;
    while i < LETTERS.len() {
        let cp = LETTERS[i].ch as u32;
        if cp >= start && cp <= end {
            table[(cp - start) as usize] = i as u8;
        }
        i += 1;
    }
    table
}

/// Flags of [`letter_flags`].
pub(crate) const FLAG_LETTER: u8 = 1;
/// A vowel (not đ/Đ).
pub(crate) const FLAG_VOWEL: u8 = 2;
/// Carries a tone mark.
pub(crate) const FLAG_TONED: u8 = 4;
/// Carries a breve, circumflex or horn.
pub(crate) const FLAG_MODIFIED: u8 = 8;
/// The base letter is in bits 4..7: a=1 e=2 i=3 o=4 u=5 y=6 d=7 (see [`base_code`]).
pub(crate) const BASE_SHIFT: u8 = 4;

/// The code of a lower-case ASCII base letter in [`letter_flags`]: a=1 e=2 i=3 o=4 u=5 y=6 d=7,
/// 0 for anything else.
#[inline]
pub(crate) const fn base_code(b: u8) -> u8 {
    match b {
        b'a' => 1,
        b'e' => 2,
        b'i' => 3,
        b'o' => 4,
        b'u' => 5,
        b'y' => 6,
        b'd' => 7,
        _ => 0,
    }
}

/// What the normalizer's byte scan needs to know of a code point, in O(1): `FLAG_*` bits, or 0
/// if `cp` is not a precomposed Vietnamese letter (ASCII included).
#[inline]
pub(crate) fn letter_flags(cp: u32) -> u8 {
    if (LOW_START..=LOW_END).contains(&cp) {
        LOW_FLAGS[(cp - LOW_START) as usize]
    } else if (HIGH_START..=HIGH_END).contains(&cp) {
        HIGH_FLAGS[(cp - HIGH_START) as usize]
    } else {
        0
    }
}

static LOW_FLAGS: [u8; (LOW_END - LOW_START + 1) as usize] =
    build_flags(&build_index(LOW_START, LOW_END));
static HIGH_FLAGS: [u8; (HIGH_END - HIGH_START + 1) as usize] =
    build_flags(&build_index(HIGH_START, HIGH_END));

const fn build_flags<const N: usize>(index: &[u8; N]) -> [u8; N] {
    let mut table = [0u8; N];
    let mut i = 0;
    while i < N {
        if index[i] != NONE {
            let l = LETTERS[index[i] as usize];
            let mut f = FLAG_LETTER;
            if !matches!(l.modifier, Modifier::Stroke) {
                f |= FLAG_VOWEL;
            }
            if !matches!(l.tone, Tone::Level) {
                f |= FLAG_TONED;
            }
            if matches!(
                l.modifier,
                Modifier::Breve | Modifier::Circumflex | Modifier::Horn
            ) {
                f |= FLAG_MODIFIED;
            }
            f |= base_code(l.base.to_ascii_lowercase() as u8) << BASE_SHIFT;
            table[i] = f;
        }
        i += 1;
    }
    table
}

/// Position of a base letter in `COMPOSE`: a e i o u y d, lower case then upper case.
const fn base_slot(base: char) -> Option<usize> {
    let slot = match base.to_ascii_lowercase() {
        'a' => 0,
        'e' => 1,
        'i' => 2,
        'o' => 3,
        'u' => 4,
        'y' => 5,
        'd' => 6,
        _ => return None,
    };
    Some(if base.is_ascii_uppercase() {
        slot + 7
    } else {
        slot
    })
}

const fn modifier_slot(m: Modifier) -> usize {
    match m {
        Modifier::None => 0,
        Modifier::Breve => 1,
        Modifier::Circumflex => 2,
        Modifier::Horn => 3,
        Modifier::Stroke => 4,
    }
}

const fn tone_slot(t: Tone) -> usize {
    match t {
        Tone::Level => 0,
        Tone::Grave => 1,
        Tone::Hook => 2,
        Tone::Tilde => 3,
        Tone::Acute => 4,
        Tone::Dot => 5,
    }
}

/// Every composable letter by (base, modifier, tone); `'\0'` where Vietnamese writes none.
static COMPOSE: [[[char; 6]; 5]; 14] = build_compose();

const fn build_compose() -> [[[char; 6]; 5]; 14] {
    let mut table = [[['\0'; 6]; 5]; 14];
    let mut i = 0;
    while i < LETTERS.len() {
        let l = LETTERS[i];
        if let Some(b) = base_slot(l.base) {
            table[b][modifier_slot(l.modifier)][tone_slot(l.tone)] = l.ch;
        }
        i += 1;
    }
    // The plain vowels, which are ASCII and not in `LETTERS`.
    let plain = [b'a', b'e', b'i', b'o', b'u', b'y'];
    let mut j = 0;
    while j < plain.len() {
        table[j][0][0] = plain[j] as char;
        table[j + 7][0][0] = plain[j].to_ascii_uppercase() as char;
        j += 1;
    }
    table
}

/// Puts a Vietnamese letter together from its base, modifier and tone.
///
/// `base` is an ASCII letter in the case wanted. Returns `None` for a combination Vietnamese does
/// not write (a breve on e, a tone on đ, a modifier on a consonant).
///
/// See also [`letter`], the inverse.
///
/// # Examples
///
/// ```
/// use vietnamese::letter::{compose, Modifier, Tone};
///
/// assert_eq!(compose('U', Modifier::Horn, Tone::Hook), Some('Ử'));
/// assert_eq!(compose('d', Modifier::Stroke, Tone::Level), Some('đ'));
/// assert_eq!(compose('e', Modifier::None, Tone::Level), Some('e'));
/// assert_eq!(compose('e', Modifier::Breve, Tone::Acute), None);
/// ```
#[must_use]
#[inline]
pub fn compose(base: char, modifier: Modifier, tone: Tone) -> Option<char> {
    let b = base_slot(base)?;
    let c = COMPOSE[b][modifier_slot(modifier)][tone_slot(tone)];
    (c != '\0').then_some(c)
}

/// Whether `c` is below U+0250 or in Latin Extended Additional (U+1E00..U+1EFF). These letters
/// (the Vietnamese ones among them) have the case of their base letter and decompose into it
/// and combining marks only (a unit test checks every one), so case tests take them
/// as they are and decompose only the others: `ᾈ` (a titlecase letter) is a capital `Α` and
/// two marks in NFD, and NFC and NFD input must be read alike.
pub(crate) fn is_latin(c: char) -> bool {
    c < '\u{250}' || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// The char whose case stands for `c`'s: the first char of its canonical decomposition.
pub(crate) fn case_char(c: char) -> char {
    if is_latin(c) {
        return c;
    }
    let mut first = None;
    decompose_canonical(c, |d| {
        if first.is_none() {
            first = Some(d);
        }
    });
    first.unwrap_or(c)
}

#[cfg(test)]
mod tests {
    /// The Latin fast path of the case tests stands for the full decomposition: the same case,
    /// and nothing but combining marks after the base.
    #[test]
    fn latin_letters_have_the_case_of_their_decomposition() {
        use unicode_normalization::char::is_combining_mark;
        for c in ('\0'..='\u{24F}').chain('\u{1E00}'..='\u{1EFF}') {
            assert!(is_latin(c));
            let mut parts = Vec::new();
            decompose_canonical(c, |d| parts.push(d));
            let base = parts[0];
            assert_eq!(c.is_uppercase(), base.is_uppercase(), "{c:?}");
            assert_eq!(c.is_lowercase(), base.is_lowercase(), "{c:?}");
            assert_eq!(
                c.is_alphabetic(),
                base.is_alphabetic() && !is_combining_mark(base),
                "{c:?}"
            );
            assert!(parts[1..].iter().all(|&m| is_combining_mark(m)), "{c:?}");
        }
    }

    use super::*;

    /// The O(1) tables agree with a linear search of `LETTERS` on every `char`.
    #[test]
    fn fast_lookup_matches_linear_search() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let slow = if c.is_ascii() {
                matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y').then_some(c)
            } else {
                LETTERS.iter().find(|l| l.ch == c).map(|l| l.ch)
            };
            assert_eq!(letter(c).map(|l| l.ch), slow, "U+{:04X}", c as u32);
        }
        for base in [
            'a', 'e', 'i', 'o', 'u', 'y', 'd', 'A', 'E', 'I', 'O', 'U', 'Y', 'D', 'b',
        ] {
            for m in [
                Modifier::None,
                Modifier::Breve,
                Modifier::Circumflex,
                Modifier::Horn,
                Modifier::Stroke,
            ] {
                for t in Tone::ALL {
                    let slow = if m == Modifier::None && t == Tone::Level {
                        letter(base).map(|l| l.ch)
                    } else {
                        LETTERS
                            .iter()
                            .find(|l| l.base == base && l.modifier == m && l.tone == t)
                            .map(|l| l.ch)
                    };
                    assert_eq!(compose(base, m, t), slow, "{base} {m:?} {t:?}");
                }
            }
        }
    }
}
