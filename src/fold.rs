//! ASCII folding: "Hà Tĩnh trao đổi" → "Ha Tinh trao doi", case preserved.
//!
//! # What the fold does
//!
//! - Vietnamese letters lose their tone and vowel marks: `ặ` → `a`, `Ự` → `U`, `đ` → `d`,
//!   `Đ` → `D`, and so do the look-alikes typed for đ: `Ð`/`ð` (U+00D0/U+00F0) and `Ɖ`/`ɖ`.
//! - Other Latin letters do too: `é` → `e`, `ñ` → `n`, `ç` → `c`, `ü` → `u`, `ø` → `o`,
//!   `ß` → `ss`, `æ` → `ae`, `œ` → `oe`, `þ` → `th`, `ł` → `l`, …
//! - Combining diacritical marks (U+0300–U+036F, U+1AB0–U+1AFF, U+1DC0–U+1DFF) are removed when they
//!   follow a Latin letter, in any order and any number, so NFC, NFD, the Windows-1258 style
//!   (`ê` + U+0301) and the deprecated tone marks U+0340/U+0341 all fold alike.
//! - Typography becomes ASCII: `–` `—` `‒` `―` `‐` `‑` `−` → `-`; `“` `”` `„` `‟` `«` `»` `″` → `"`;
//!   `‘` `’` `‚` `‛` `‹` `›` `′` → `'`; `…` → `...`; NBSP and the other Unicode spaces
//!   (U+1680, U+2000–U+200A, U+202F, U+205F, U+3000) → a space.
//! - Everything else passes through unchanged: CJK, Chữ Nôm, emoji, Greek, Cyrillic, symbols, and
//!   combining marks that follow something other than a Latin letter. That text is only put in
//!   canonical composed form (NFC), so that NFC and NFD input fold to the same string.
//!
//! The fold is idempotent, and `fold(nfc(x)) == fold(nfd(x))` for every string `x`.
//!
//! # How it is fast
//!
//! The fold walks the UTF-8 bytes: ASCII is copied in runs, and every two- or three-byte sequence
//! of the Latin and punctuation blocks is looked up in a table built once from the same per-character
//! rules as the slow path. Only a stretch of text outside those blocks goes through Unicode
//! normalization, and a property test checks that the two paths agree.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

/// Folds Vietnamese (and other Latin) text to ASCII, keeping case.
///
/// Returns [`Cow::Borrowed`] when the fold changes nothing (all ASCII input, for example), so the
/// common case does not allocate. See the [module docs](crate::fold) for exactly what is folded and
/// what passes through.
///
/// See also [`fold_to`] (appends to your buffer), [`fold_char`] (one character) and
/// [`is_folded`].
///
/// # Examples
///
/// A headline and a capitalised slogan, as they are typed:
///
/// ```
/// use vietnamese::fold;
///
/// assert_eq!(fold("Hà Tĩnh trao đổi"), "Ha Tinh trao doi");
/// assert_eq!(fold("ĐẠI ĐOÀN KẾT"), "DAI DOAN KET");
/// ```
///
/// Decomposed (NFD) input, a tone typed after a precomposed vowel, and `Ð` typed for `Đ` fold the
/// same way:
///
/// ```
/// use vietnamese::fold;
///
/// assert_eq!(fold("Vie\u{323}\u{302}t Nam"), "Viet Nam");
/// assert_eq!(fold("ti\u{ea}\u{301}ng"), "tieng");
/// assert_eq!(fold("\u{d0}à Nẵng"), "Da Nang");
/// ```
///
/// ASCII input is returned borrowed:
///
/// ```
/// use std::borrow::Cow;
///
/// assert!(matches!(vietnamese::fold("Ha Noi"), Cow::Borrowed(_)));
/// ```
#[must_use]
pub fn fold(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    fold_to(s, &mut out);
    if out == s {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(out)
    }
}

/// Appends the ASCII fold of `s` to `out`.
///
/// The same fold as [`fold`], written into a buffer you own: reuse one `String` across many inputs
/// and nothing is allocated once it is large enough.
///
/// # Examples
///
/// Folding two titles into one reused buffer:
///
/// ```
/// let mut buf = String::new();
/// for title in ["Quảng Ninh", "Hội đồng nhân dân"] {
///     buf.clear();
///     vietnamese::fold_to(title, &mut buf);
///     println!("{buf}");
/// }
/// assert_eq!(buf, "Hoi dong nhan dan");
/// ```
pub fn fold_to(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    let table = &*TABLE;
    out.reserve(s.len());
    // `run` is the start of ASCII text not yet copied to `out`.
    let mut run = 0;
    let mut i = 0;
    // The combining sequence that the next combining mark would attach to, when it started with a
    // non-ASCII character: its start in `s`, the length of `out` before its output, and whether it
    // is a Latin letter (marks after a Latin letter are dropped).
    let mut seq = Sequence {
        start: 0,
        out_start: 0,
        latin: false,
    };
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
            continue;
        }
        if run < i {
            out.push_str(&s[run..i]);
            // The last ASCII character is the base of whatever follows.
            seq = Sequence {
                start: i - 1,
                out_start: out.len() - 1,
                latin: bytes[i - 1].is_ascii_alphabetic(),
            };
        }
        let (entry, len) = table.lookup(bytes, i);
        match entry.class() {
            Class::Starter => {
                seq = Sequence {
                    start: i,
                    out_start: out.len(),
                    latin: entry.is_latin(),
                };
                out.push_str(entry.output());
                i += len;
            }
            Class::Mark if seq.latin && (seq.start < i) => {
                // A diacritic on a Latin letter: dropped.
                i += len;
            }
            Class::Mark | Class::Slow => {
                // Fold a whole stretch the slow way: from the base of the current combining
                // sequence (when this character attaches to one) to the next ASCII byte.
                let attaches = seq.start < i && canonical_combining_class(char_at(s, i)) != 0;
                let start = if attaches {
                    out.truncate(seq.out_start);
                    seq.start
                } else {
                    i
                };
                let end = bytes[i..]
                    .iter()
                    .position(|&b| b < 0x80)
                    .map_or(bytes.len(), |p| i + p);
                fold_slow_to(&s[start..end], out);
                i = end;
                seq = Sequence {
                    start: end,
                    out_start: out.len(),
                    latin: false,
                };
            }
        }
        run = i;
    }
    out.push_str(&s[run..]);
}

/// Whether `s` is already folded, that is `fold(s) == s`.
///
/// Answers without allocating when `s` is ASCII (always folded); otherwise it folds `s` once and
/// compares.
///
/// # Examples
///
/// ```
/// use vietnamese::is_folded;
///
/// assert!(is_folded("Ha Noi"));
/// assert!(!is_folded("Hà Nội"));
/// assert!(is_folded("東京"));
/// ```
#[must_use]
pub fn is_folded(s: &str) -> bool {
    matches!(fold(s), Cow::Borrowed(_))
}

/// Folds one character, as [`fold`] would fold it standing alone.
///
/// A combining mark on its own is kept (it follows no Latin letter); inside text, [`fold`] drops it
/// after a Latin letter. Characters outside the Latin and punctuation blocks come back in their
/// canonical composed form, which for all but a few compatibility characters is the character
/// itself.
///
/// # Examples
///
/// Letters fold to one or more ASCII letters; other characters pass through:
///
/// ```
/// use vietnamese::fold_char;
///
/// assert_eq!(fold_char('Ữ'), "U");
/// assert_eq!(fold_char('đ'), "d");
/// assert_eq!(fold_char('ß'), "ss");
/// assert_eq!(fold_char('…'), "...");
/// assert_eq!(fold_char('中'), "中");
/// ```
#[must_use]
pub fn fold_char(c: char) -> FoldedChar {
    let mut buf = [0u8; 4];
    let s: &str = c.encode_utf8(&mut buf);
    let folded = fold(s);
    FoldedChar::new(&folded)
}

/// The fold of one character: up to a few characters of text, stored inline.
///
/// Created by [`fold_char`]. Dereferences to `&str`.
///
/// # Examples
///
/// ```
/// let f = vietnamese::fold_char('Ặ');
/// assert_eq!(f.as_str(), "A");
/// assert_eq!(f.len(), 1);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct FoldedChar {
    buf: [u8; FoldedChar::CAPACITY],
    len: u8,
}

impl FoldedChar {
    /// The longest fold of one character: the canonical composition of a single character is at
    /// most three characters of up to four bytes (checked for every `char` by a test).
    const CAPACITY: usize = 15;

    fn new(s: &str) -> FoldedChar {
        let mut buf = [0u8; FoldedChar::CAPACITY];
        // Every fold of one char fits (the exhaustive test in tests/fold.rs checks this); keep
        // whole characters if one ever did not, rather than panic.
        let mut len = s.len().min(FoldedChar::CAPACITY);
        while !s.is_char_boundary(len) {
            len -= 1;
        }
        buf[..len].copy_from_slice(&s.as_bytes()[..len]);
        FoldedChar {
            buf,
            len: len as u8,
        }
    }

    /// The folded text.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(vietnamese::fold_char('ơ').as_str(), "o");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        // The buffer always holds whole characters copied from a `&str`.
        std::str::from_utf8(&self.buf[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl Deref for FoldedChar {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for FoldedChar {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for FoldedChar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for FoldedChar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for FoldedChar {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for FoldedChar {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

// ---------------------------------------------------------------------------------------------
// The slow path: the definition of the fold.

/// Folds `s` the slow, obvious way and appends the result: canonical decomposition, then each
/// starter mapped by [`fold_base`], strippable marks after a Latin letter dropped, and the result
/// recomposed (NFC). The fast path in [`fold_to`] must agree with this on every input.
pub(crate) fn fold_slow_to(s: &str, out: &mut String) {
    let mut tmp = String::with_capacity(s.len());
    let mut latin = false;
    for c in s.nfd() {
        if canonical_combining_class(c) != 0 {
            if !(latin && is_strippable_mark(c)) {
                tmp.push(c);
            }
            continue;
        }
        match fold_base(c) {
            Some(mapped) => {
                latin = !mapped.is_empty() && mapped.bytes().all(|b| b.is_ascii_alphabetic());
                tmp.push_str(mapped);
            }
            None => {
                latin = c.is_ascii_alphabetic();
                tmp.push(c);
            }
        }
    }
    out.extend(tmp.nfc());
}

/// The slow fold as a `String`: the oracle the fast path is tested against, and the source of the
/// fast table.
pub(crate) fn fold_slow(s: &str) -> String {
    let mut out = String::new();
    fold_slow_to(s, &mut out);
    out
}

/// Whether `c` is a combining diacritic the fold removes after a Latin letter.
fn is_strippable_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}')
        && canonical_combining_class(c) != 0
}

/// The ASCII for a character that has no canonical decomposition to an ASCII letter: Latin letters
/// with a stroke or ligature, đ and its look-alikes, and typography. `None` means "unchanged".
fn fold_base(c: char) -> Option<&'static str> {
    Some(match c {
        // đ and the look-alikes typed for it.
        'Đ' | 'Ð' | 'Ɖ' => "D",
        'đ' | 'ð' | 'ɖ' => "d",
        // Latin letters with a stroke, a bar or a special shape.
        'Ø' => "O",
        'ø' => "o",
        'Ł' => "L",
        'ł' => "l",
        'Ħ' => "H",
        'ħ' => "h",
        'Ŧ' => "T",
        'ŧ' => "t",
        'Ŀ' => "L",
        'ŀ' => "l",
        'ı' => "i",
        'ȷ' => "j",
        'Ɨ' => "I",
        'ɨ' => "i",
        'Ƶ' => "Z",
        'ƶ' => "z",
        'Ǥ' => "G",
        'ǥ' => "g",
        'Ʉ' => "U",
        'ʉ' => "u",
        'Ƀ' => "B",
        'ƀ' => "b",
        'Ȼ' => "C",
        'ȼ' => "c",
        'Ɇ' => "E",
        'ɇ' => "e",
        'Ɍ' => "R",
        'ɍ' => "r",
        'Ɏ' => "Y",
        'ɏ' => "y",
        'ƒ' => "f",
        'ĸ' => "q",
        'ſ' => "s",
        'Ŋ' => "N",
        'ŋ' => "n",
        // Ligatures and letters written with two.
        'ß' => "ss",
        'ẞ' => "SS",
        'Æ' => "AE",
        'æ' => "ae",
        'Œ' => "OE",
        'œ' => "oe",
        'Ĳ' => "IJ",
        'ĳ' => "ij",
        'Þ' => "TH",
        'þ' => "th",
        // Dashes and the minus sign.
        '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
        // Quotation marks and primes.
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{AB}' | '\u{BB}' | '\u{2033}' => {
            "\""
        }
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2039}' | '\u{203A}'
        | '\u{2032}' => "'",
        '\u{2026}' => "...",
        // No-break and other Unicode spaces.
        '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            " "
        }
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------------
// The fast path: a table for every two-byte character and for the three-byte block
// U+1A00..U+2400 (Latin Extended Additional, combining marks, punctuation), built once from the
// slow path's rules.

#[derive(Clone, Copy)]
struct Sequence {
    start: usize,
    out_start: usize,
    latin: bool,
}

/// One table entry, packed: bytes 0..3 hold up to three ASCII output bytes, then the length, the
/// class and the Latin flag.
#[derive(Clone, Copy, Default)]
struct Entry {
    out: [u8; 3],
    len: u8,
    class: Class,
    latin: bool,
}

#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
enum Class {
    /// Not in the fast table: fold the stretch with the slow path.
    #[default]
    Slow,
    /// A starter whose fold is the ASCII in `out`, whatever marks follow.
    Starter,
    /// A strippable combining mark: dropped after a Latin letter.
    Mark,
}

impl Entry {
    fn class(&self) -> Class {
        self.class
    }

    fn is_latin(&self) -> bool {
        self.latin
    }

    fn output(&self) -> &str {
        // Built only from ASCII strings.
        std::str::from_utf8(&self.out[..usize::from(self.len)]).unwrap_or_default()
    }
}

const THREE_BYTE_START: u32 = 0x1A00;
const THREE_BYTE_END: u32 = 0x2400;

struct Table {
    /// U+0080..U+0800, indexed by code point.
    two: Box<[Entry]>,
    /// U+1A00..U+2400, indexed by code point minus U+1A00.
    three: Box<[Entry]>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| Table {
    two: (0x80..0x800).map(entry_for).collect(),
    three: (THREE_BYTE_START..THREE_BYTE_END).map(entry_for).collect(),
});

impl Table {
    /// The entry for the character starting at `bytes[i]` (a non-ASCII lead byte) and its length.
    #[inline]
    fn lookup(&self, bytes: &[u8], i: usize) -> (Entry, usize) {
        let b0 = bytes[i];
        if b0 < 0xE0 {
            // Two bytes (the input is valid UTF-8, so `i + 1` exists).
            let cp = (u32::from(b0 & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
            (self.two[cp as usize - 0x80], 2)
        } else if b0 < 0xF0 {
            let cp = (u32::from(b0 & 0x0F) << 12)
                | (u32::from(bytes[i + 1] & 0x3F) << 6)
                | u32::from(bytes[i + 2] & 0x3F);
            if (THREE_BYTE_START..THREE_BYTE_END).contains(&cp) {
                (self.three[(cp - THREE_BYTE_START) as usize], 3)
            } else {
                (Entry::default(), 3)
            }
        } else {
            (Entry::default(), 4)
        }
    }
}

/// The table entry for one code point, derived from the slow path.
fn entry_for(cp: u32) -> Entry {
    let Some(c) = char::from_u32(cp) else {
        return Entry::default();
    };
    if is_strippable_mark(c) {
        return Entry {
            class: Class::Mark,
            ..Entry::default()
        };
    }
    if canonical_combining_class(c) != 0 {
        return Entry::default();
    }
    // A starter is fast when its fold is short ASCII and, for a letter, it decomposes to a Latin
    // base followed only by strippable marks (so marks that follow it are dropped too).
    let folded = fold_slow(&c.to_string());
    if folded.is_empty() || folded.len() > 3 || !folded.is_ascii() {
        return Entry::default();
    }
    let latin = folded.bytes().all(|b| b.is_ascii_alphabetic());
    let mut decomposition = c.to_string().nfd().collect::<Vec<char>>().into_iter();
    let base = decomposition.next().unwrap_or(c);
    let base_ok = fold_base(base).is_some() || base.is_ascii();
    if !base_ok || !decomposition.all(is_strippable_mark) {
        return Entry::default();
    }
    let mut out = [0u8; 3];
    out[..folded.len()].copy_from_slice(folded.as_bytes());
    Entry {
        out,
        len: folded.len() as u8,
        class: Class::Starter,
        latin,
    }
}

/// The character starting at byte `i` of `s` (a char boundary).
fn char_at(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap_or('\0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_agrees_with_slow_path_for_every_fast_char() {
        for cp in (0x80..0x800).chain(THREE_BYTE_START..THREE_BYTE_END) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let e = entry_for(cp);
            if e.class == Class::Starter {
                assert_eq!(e.output(), fold_slow(&c.to_string()), "U+{cp:04X}");
            }
        }
    }

    #[test]
    fn marks_after_non_latin_are_kept() {
        assert_eq!(fold("\u{3b1}\u{301}"), "\u{3ac}");
        assert_eq!(fold("=\u{338}"), "\u{2260}");
        assert_eq!(fold("1\u{301}"), "1\u{301}");
        assert_eq!(fold("\u{301}a"), "\u{301}a");
    }

    proptest::proptest! {
        /// The fast path agrees with the slow, obvious definition on any string.
        #[test]
        fn fast_path_agrees_with_slow_path(s in proptest::prelude::any::<String>()) {
            proptest::prop_assert_eq!(fold(&s), fold_slow(&s));
        }

        /// … and on strings dense in Vietnamese letters, marks and their awkward neighbours.
        #[test]
        fn fast_path_agrees_on_messy_text(
            s in "([a-zA-Z0-9 .,=]|[àảãạăắặâấậđĐÐðêếệôốộơớợưứựýỳ]|[\u{300}-\u{36f}]|\u{5b0}|[–—“”…\u{a0}]|[東한αά\u{1112}\u{1161}🍜\u{20e3}]){0,40}"
        ) {
            proptest::prop_assert_eq!(fold(&s), fold_slow(&s));
        }
    }

    #[test]
    fn slow_stretch_backs_up_to_the_base() {
        // A non-strippable mark after a Latin letter: the letter is refolded with it.
        assert_eq!(fold("a\u{5b0}"), "a\u{5b0}");
        assert_eq!(fold("\u{e9}\u{5b0}x"), "e\u{5b0}x");
        assert_eq!(fold("\u{2013}\u{301}"), "-\u{301}");
    }
}
