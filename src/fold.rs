//! ASCII folding: "Hà Tĩnh trao đổi" → "Ha Tinh trao doi", case preserved.
//!
//! # What the fold does
//!
//! - Vietnamese letters lose their tone and vowel marks: `ặ` → `a`, `Ự` → `U`, `đ` → `d`,
//!   `Đ` → `D`, and so do the look-alikes typed for đ: `Ð`/`ð` (U+00D0/U+00F0) and `Ɖ`/`ɖ`.
//! - Other Latin letters do too: `é` → `e`, `ñ` → `n`, `ç` → `c`, `ü` → `u`, `ø` → `o`,
//!   `ß` → `ss`, `æ` → `ae`, `œ` → `oe`, `þ` → `th`, `ł` → `l`, the digraph letters `ǆ` `ǉ` `ǌ`
//!   and the ligatures `ﬁ` `ﬂ` `ﬀ` `ﬃ` `ﬄ` `ﬆ`, …
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
/// common case does not allocate. See the [module docs](mod@crate::fold) for exactly what is folded and
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
    let bytes = fold_bytes(s);
    if bytes == s.as_bytes() {
        return Cow::Borrowed(s);
    }
    match String::from_utf8(bytes) {
        Ok(folded) => Cow::Owned(folded),
        // Unreachable: the fast path writes ASCII and whole characters from the slow path. Fall
        // back to the slow path rather than panic.
        Err(_) => Cow::Owned(fold_slow(s)),
    }
}

/// Appends the ASCII fold of `s` to `out`.
///
/// The same fold as [`fold`], written into a buffer you own: reuse one `String` across many inputs
/// and the result needs no allocation of its own once the buffer is large enough.
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
    if s.is_ascii() {
        out.push_str(s);
        return;
    }
    let bytes = fold_bytes(s);
    match std::str::from_utf8(&bytes) {
        Ok(folded) => out.push_str(folded),
        // Unreachable, as in `fold`.
        Err(_) => fold_slow_to(s, out),
    }
}

/// Room the fast loop may write past the end of its output: a whole 8-byte word of ASCII, or the
/// three bytes of a table entry.
const SLACK: usize = 8;

/// The fold of `s` as UTF-8 bytes: the fast path.
///
/// ASCII is copied eight bytes at a time; each two- or three-byte character of the Latin and
/// punctuation blocks is one table lookup, and the diacritics that follow a Latin letter are
/// skipped; anything else is a stretch for the slow path.
fn fold_bytes(s: &str) -> Vec<u8> {
    let bytes = s.as_bytes();
    let n = bytes.len();
    let table = &*TABLE;
    // The fast path never makes text longer; the slow path grows the buffer when it must.
    let mut out = vec![0u8; n + SLACK];
    let mut o = 0;
    let mut i = 0;
    let mut scratch = String::new();
    while i < n {
        // Copy ASCII a word at a time: write all eight bytes, keep those before the first
        // non-ASCII one.
        if i + 8 <= n {
            let mut word = [0u8; 8];
            word.copy_from_slice(&bytes[i..i + 8]);
            out[o..o + 8].copy_from_slice(&word);
            let high = u64::from_le_bytes(word) & 0x8080_8080_8080_8080;
            if high == 0 {
                i += 8;
                o += 8;
                continue;
            }
            let ascii = (high.trailing_zeros() / 8) as usize;
            i += ascii;
            o += ascii;
        } else if bytes[i] < 0x80 {
            out[o] = bytes[i];
            i += 1;
            o += 1;
            continue;
        }
        // A non-ASCII character starts at `i`.
        let (entry, len) = table.lookup(bytes, i);
        let meta = entry[3];
        if meta & STARTER != 0 {
            out[o..o + 4].copy_from_slice(&entry);
            o += usize::from(meta & LEN_MASK);
            i += len;
            if meta & LATIN != 0 {
                i = table.skip_marks(bytes, i);
            }
            continue;
        }
        if meta & MARK != 0 && i > 0 && bytes[i - 1].is_ascii_alphabetic() {
            // Diacritics typed after an ASCII letter (NFD): dropped.
            i = table.skip_marks(bytes, i + len);
            continue;
        }
        // Fold a whole stretch the slow way, from the base of the combining sequence this
        // character attaches to (if it is a combining mark) to the next ASCII byte.
        let (start, out_start) = if canonical_combining_class(char_at(s, i)) != 0 {
            table.sequence_start(bytes, i, o)
        } else {
            (i, o)
        };
        let end = stretch_end(bytes, i);
        scratch.clear();
        fold_slow_to(&s[start..end], &mut scratch);
        o = out_start;
        let needed = o + scratch.len() + (n - end) + SLACK;
        if out.len() < needed {
            out.resize(needed, 0);
        }
        out[o..o + scratch.len()].copy_from_slice(scratch.as_bytes());
        o += scratch.len();
        i = end;
    }
    out.truncate(o);
    out
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
        // Latin digraph letters and typographic ligatures (compatibility decompositions only).
        'Ǆ' | 'Ǳ' => "DZ",
        'ǅ' | 'ǲ' => "Dz",
        'ǆ' | 'ǳ' => "dz",
        'Ǉ' => "LJ",
        'ǈ' => "Lj",
        'ǉ' => "lj",
        'Ǌ' => "NJ",
        'ǋ' => "Nj",
        'ǌ' => "nj",
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' | 'ﬆ' => "st",
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

/// A table entry: up to three ASCII output bytes, then a byte of flags and length. The fast path
/// writes all four bytes and keeps `len` of them.
pub(crate) type Entry = [u8; 4];

/// The entry's output length (0 to 3).
pub(crate) const LEN_MASK: u8 = 0b11;
/// A starter whose fold is the entry's output, whatever strippable marks follow it.
pub(crate) const STARTER: u8 = 1 << 2;
/// A strippable combining mark: dropped after a Latin letter.
pub(crate) const MARK: u8 = 1 << 3;
/// The starter is a Latin letter: strippable marks after it are dropped.
pub(crate) const LATIN: u8 = 1 << 4;
/// Neither flag: fold the stretch with the slow path.
const SLOW: Entry = [0; 4];

const THREE_BYTE_START: u32 = 0x1A00;
const THREE_BYTE_END: u32 = 0x2400;

pub(crate) struct Table {
    /// U+0080..U+0800, indexed by code point.
    two: Box<[Entry]>,
    /// U+1A00..U+2400, indexed by code point minus U+1A00.
    three: Box<[Entry]>,
}

/// The fast table, shared with the slug writer.
pub(crate) fn table() -> &'static Table {
    &TABLE
}

static TABLE: LazyLock<Table> = LazyLock::new(|| Table {
    two: (0x80..0x800).map(entry_for).collect(),
    three: (THREE_BYTE_START..THREE_BYTE_END).map(entry_for).collect(),
});

impl Table {
    /// The entry for the character starting at `bytes[i]` (a non-ASCII lead byte) and its length.
    #[inline(always)]
    pub(crate) fn lookup(&self, bytes: &[u8], i: usize) -> (Entry, usize) {
        let b0 = bytes[i];
        if b0 < 0xE0 {
            // Two bytes (the input is valid UTF-8, so `i + 1` exists).
            let cp = (usize::from(b0 & 0x1F) << 6) | usize::from(bytes[i + 1] & 0x3F);
            (
                self.two.get(cp.wrapping_sub(0x80)).copied().unwrap_or(SLOW),
                2,
            )
        } else if b0 < 0xF0 {
            let cp = (usize::from(b0 & 0x0F) << 12)
                | (usize::from(bytes[i + 1] & 0x3F) << 6)
                | usize::from(bytes[i + 2] & 0x3F);
            let entry = self
                .three
                .get(cp.wrapping_sub(THREE_BYTE_START as usize))
                .copied()
                .unwrap_or(SLOW);
            (entry, 3)
        } else {
            (SLOW, 4)
        }
    }

    /// The index after the strippable marks that start at `i`.
    #[inline(always)]
    pub(crate) fn skip_marks(&self, bytes: &[u8], mut i: usize) -> usize {
        while i < bytes.len() && bytes[i] >= 0x80 {
            let (entry, len) = self.lookup(bytes, i);
            if entry[3] & MARK == 0 {
                break;
            }
            i += len;
        }
        i
    }

    /// Where the combining sequence that the mark at `i` attaches to begins, in the input and in
    /// the output written so far (`o`): back over the marks the fast path dropped, to the base.
    fn sequence_start(&self, bytes: &[u8], i: usize, o: usize) -> (usize, usize) {
        let mut j = i;
        while j > 0 {
            let mut k = j - 1;
            while k > 0 && bytes[k] & 0xC0 == 0x80 {
                k -= 1;
            }
            if bytes[k] < 0x80 {
                // An ASCII base: it was copied as one byte.
                return (k, o - 1);
            }
            let (entry, _) = self.lookup(bytes, k);
            if entry[3] & STARTER != 0 {
                return (k, o - usize::from(entry[3] & LEN_MASK));
            }
            if entry[3] & MARK == 0 {
                break;
            }
            // A mark the fast path dropped (no output): keep going back.
            j = k;
        }
        (i, o)
    }
}

/// The table entry for one code point, derived from the slow path.
fn entry_for(cp: u32) -> Entry {
    let Some(c) = char::from_u32(cp) else {
        return SLOW;
    };
    if is_strippable_mark(c) {
        return [0, 0, 0, MARK];
    }
    if canonical_combining_class(c) != 0 {
        return SLOW;
    }
    // A starter is fast when its fold is short ASCII and it decomposes to a base the fast path
    // knows followed only by strippable marks (so that marks after it behave as in the slow path).
    let folded = fold_slow(&c.to_string());
    // The fast path relies on an entry never being longer than its character.
    if folded.is_empty() || folded.len() > c.len_utf8().min(3) || !folded.is_ascii() {
        return SLOW;
    }
    let mut decomposition = c.to_string().nfd().collect::<Vec<char>>().into_iter();
    let base = decomposition.next().unwrap_or(c);
    let base_ok = fold_base(base).is_some() || base.is_ascii();
    if !base_ok || !decomposition.all(is_strippable_mark) {
        return SLOW;
    }
    let mut entry = [0u8; 4];
    entry[..folded.len()].copy_from_slice(folded.as_bytes());
    entry[3] = folded.len() as u8 | STARTER;
    if folded.bytes().all(|b| b.is_ascii_alphabetic()) {
        entry[3] |= LATIN;
    }
    entry
}

/// Where a stretch for the slow path that starts at byte `i` ends: at the next ASCII byte (no
/// ASCII character composes with its neighbours, so NFC can be cut there), or at the end.
pub(crate) fn stretch_end(bytes: &[u8], i: usize) -> usize {
    bytes[i..]
        .iter()
        .position(|&b| b < 0x80)
        .map_or(bytes.len(), |p| i + p)
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
            if e[3] & STARTER != 0 {
                let out = &e[..usize::from(e[3] & LEN_MASK)];
                assert_eq!(out, fold_slow(&c.to_string()).as_bytes(), "U+{cp:04X}");
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
