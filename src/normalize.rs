//! Normalization: one canonical form for the many shapes of the same Vietnamese text.
//!
//! Text that renders alike can differ in code points: NFC or NFD, tone marks typed as separate
//! combining marks (also after a precomposed vowel, as Windows-1258 stores them, and in any
//! order), `Ð`/`ð` typed for `Đ`/`đ`, tone marks on the wrong vowel (baỏ, lựơng, nghịêm, đaị,
//! qũy), the two tone-mark conventions (hòa / hoà). [`normalize`] makes all of them one form:
//!
//! - the text is put in NFC;
//! - inside every word that is a Vietnamese syllable ([`crate::syllable::parse`]) the tone mark
//!   is composed onto the right vowel, written once, and `Ð`/`ð` become `Đ`/`đ`;
//! - with [`NormalizeOptions::tone_placement`], the open rhymes `oa`/`oe`/`uy` are written in one
//!   convention ([`TonePlacement`]);
//! - words that are not Vietnamese syllables (English, codes, identifiers with digits or `_`) and
//!   whole tokens that look like URLs or e-mail addresses (they hold `://`, start with `www.` or
//!   hold `@`) are only put in NFC.
//!
//! For text from the web, [`NormalizeOptions`] can also turn NBSP and the other Unicode spaces
//! into a plain space, remove invisible characters and collapse runs of whitespace.
//!
//! Already-normal text is checked by a byte scan that only parses a word when its tone mark could
//! be misplaced; [`normalize`] then borrows its input.
//!
//! # Examples
//!
//! Repairs, and the borrowed result on text that is already normal:
//!
//! ```
//! use std::borrow::Cow;
//!
//! assert_eq!(vietnamese::normalize("baỏ lựơng nghịêm đaị qũy"), "bảo lượng nghiệm đại quỹ");
//! assert_eq!(vietnamese::normalize("Vie\u{323}\u{302}t Nam"), "Việt Nam");
//! assert_eq!(vietnamese::normalize("\u{D0}ại học"), "Đại học");
//! assert!(matches!(vietnamese::normalize("Hòa bình"), Cow::Borrowed(_)));
//! ```

use std::borrow::Cow;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::letter::{
    BASE_SHIFT, FLAG_MODIFIED, FLAG_TONED, FLAG_VOWEL, Modifier, Tone, base_code, letter_flags,
};
pub use crate::syllable::TonePlacement;
use crate::syllable::{consonant_with_tone, parse};

/// Options of a [`Normalizer`].
///
/// The default is what [`normalize`] does: NFC, repairs, the author's tone placement, and no
/// change to spaces or invisible characters.
///
/// # Examples
///
/// Options for web text with the main-vowel placement:
///
/// ```
/// use vietnamese::{NormalizeOptions, Normalizer, TonePlacement};
///
/// let n = Normalizer::new(
///     NormalizeOptions::default()
///         .tone_placement(TonePlacement::MainVowel)
///         .web_text(true),
/// );
/// assert_eq!(n.normalize("Hòa\u{A0}\u{A0}bình\u{200B}"), "Hoà bình");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct NormalizeOptions {
    /// Where the tone mark goes in open `oa`/`oe`/`uy` (default: as the author wrote it).
    pub tone_placement: TonePlacement,
    /// Turn NBSP (U+00A0), narrow NBSP (U+202F), the spaces U+2000–U+200A, U+1680, U+205F and the
    /// ideographic space U+3000 into a plain space U+0020 (default: off).
    pub normalize_spaces: bool,
    /// Remove invisible characters: zero-width space U+200B, word joiner U+2060, soft hyphen
    /// U+00AD, byte-order mark U+FEFF, and the zero-width joiner U+200D except between two emoji,
    /// where it builds one emoji (default: off). The zero-width non-joiner U+200C is kept: some
    /// scripts need it.
    pub remove_invisible: bool,
    /// Collapse every run of whitespace into one space, or into one `\n` when the run holds a line
    /// break (default: off).
    pub collapse_whitespace: bool,
}

impl NormalizeOptions {
    /// Sets [`NormalizeOptions::tone_placement`].
    ///
    /// # Examples
    ///
    /// Write open oa/oe/uy with the mark on the first vowel:
    ///
    /// ```
    /// use vietnamese::{NormalizeOptions, Normalizer, TonePlacement};
    ///
    /// let opts = NormalizeOptions::default().tone_placement(TonePlacement::FirstVowel);
    /// assert_eq!(Normalizer::new(opts).normalize("thuỷ thủ"), "thủy thủ");
    /// ```
    #[must_use]
    pub fn tone_placement(mut self, placement: TonePlacement) -> Self {
        self.tone_placement = placement;
        self
    }

    /// Sets [`NormalizeOptions::normalize_spaces`].
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::{NormalizeOptions, Normalizer};
    ///
    /// let n = Normalizer::new(NormalizeOptions::default().normalize_spaces(true));
    /// assert_eq!(n.normalize("Hà\u{A0}Nội"), "Hà Nội");
    /// ```
    #[must_use]
    pub fn normalize_spaces(mut self, on: bool) -> Self {
        self.normalize_spaces = on;
        self
    }

    /// Sets [`NormalizeOptions::remove_invisible`].
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::{NormalizeOptions, Normalizer};
    ///
    /// let n = Normalizer::new(NormalizeOptions::default().remove_invisible(true));
    /// assert_eq!(n.normalize("\u{FEFF}Việt\u{200B}Nam"), "ViệtNam");
    /// ```
    #[must_use]
    pub fn remove_invisible(mut self, on: bool) -> Self {
        self.remove_invisible = on;
        self
    }

    /// Sets [`NormalizeOptions::collapse_whitespace`].
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::{NormalizeOptions, Normalizer};
    ///
    /// let n = Normalizer::new(NormalizeOptions::default().collapse_whitespace(true));
    /// assert_eq!(n.normalize("Hà  \t Nội\n\n\nHuế"), "Hà Nội\nHuế");
    /// ```
    #[must_use]
    pub fn collapse_whitespace(mut self, on: bool) -> Self {
        self.collapse_whitespace = on;
        self
    }

    /// Turns on all three web-text options: spaces, invisible characters, whitespace runs.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::{NormalizeOptions, Normalizer};
    ///
    /// let n = Normalizer::new(NormalizeOptions::default().web_text(true));
    /// assert_eq!(n.normalize(" Xin\u{A0}\u{AD}chào \u{200B} bạn "), " Xin chào bạn ");
    /// ```
    #[must_use]
    pub fn web_text(self, on: bool) -> Self {
        self.normalize_spaces(on)
            .remove_invisible(on)
            .collapse_whitespace(on)
    }
}

/// A configured normalizer.
///
/// Created by [`Normalizer::new`] from [`NormalizeOptions`]; [`normalize`] is
/// `Normalizer::default().normalize`.
///
/// # Examples
///
/// Normalize to the main-vowel placement of the 2018 decision:
///
/// ```
/// use vietnamese::{NormalizeOptions, Normalizer, TonePlacement};
///
/// let n = Normalizer::new(NormalizeOptions::default().tone_placement(TonePlacement::MainVowel));
/// assert_eq!(n.normalize("Hòa Khỏe Thủy quý hoàn"), "Hoà Khoẻ Thuỷ quý hoàn");
/// assert!(n.is_normalized("hoà"));
/// assert!(!n.is_normalized("hòa"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Normalizer {
    options: NormalizeOptions,
}

/// Normalizes Vietnamese text with the default options.
///
/// NFC; tone marks composed, put on the right vowel and written once inside Vietnamese syllables;
/// `Ð`/`ð` made `Đ`/`đ` inside them; the author's tone placement kept. Borrows `s` when it is
/// already normal; otherwise allocates the result.
///
/// See also [`Normalizer`] for options, [`normalize_to`] and [`is_normalized`].
///
/// # Examples
///
/// Windows-1258-style marks after a precomposed vowel, and a mark typed on the wrong vowel:
///
/// ```
/// assert_eq!(vietnamese::normalize("Tie\u{302}\u{301}ng vie\u{302}\u{323}t"), "Tiếng việt");
/// assert_eq!(vietnamese::normalize("TRƯƠǸG"), "TRƯỜNG");
/// assert_eq!(vietnamese::normalize("mainstream hóá"), "mainstream hóa");
/// ```
#[must_use]
pub fn normalize(s: &str) -> Cow<'_, str> {
    DEFAULT.normalize(s)
}

/// Appends `s`, normalized with the default options, to `out`.
///
/// See also [`normalize`].
///
/// # Examples
///
/// ```
/// let mut out = String::from("> ");
/// vietnamese::normalize_to("thuở", &mut out);
/// assert_eq!(out, "> thuở");
/// ```
pub fn normalize_to(s: &str, out: &mut String) {
    DEFAULT.normalize_to(s, out);
}

/// Whether `s` is already normal under the default options, that is `normalize(s) == s`.
///
/// See also [`normalize`].
///
/// # Examples
///
/// ```
/// assert!(vietnamese::is_normalized("Tiếng Việt"));
/// assert!(!vietnamese::is_normalized("Tie\u{302}\u{301}ng Vie\u{323}\u{302}t"));
/// ```
#[must_use]
pub fn is_normalized(s: &str) -> bool {
    DEFAULT.is_normalized(s)
}

static DEFAULT: Normalizer = Normalizer {
    options: NormalizeOptions {
        tone_placement: TonePlacement::AsWritten,
        normalize_spaces: false,
        remove_invisible: false,
        collapse_whitespace: false,
    },
};

impl Normalizer {
    /// Creates a normalizer with the given options.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::{NormalizeOptions, Normalizer};
    ///
    /// let n = Normalizer::new(NormalizeOptions::default());
    /// assert_eq!(n.normalize("qũy"), "quỹ");
    /// ```
    #[must_use]
    pub fn new(options: NormalizeOptions) -> Self {
        Normalizer { options }
    }

    /// The options this normalizer was made with.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::{Normalizer, TonePlacement};
    ///
    /// assert_eq!(Normalizer::default().options().tone_placement, TonePlacement::AsWritten);
    /// ```
    #[must_use]
    pub fn options(&self) -> &NormalizeOptions {
        &self.options
    }

    /// Normalizes `s`; borrows it when it is already normal.
    ///
    /// See also [`Normalizer::normalize_to`] and the module docs for what changes.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::{NormalizeOptions, Normalizer, TonePlacement};
    ///
    /// let n = Normalizer::new(NormalizeOptions::default().tone_placement(TonePlacement::FirstVowel));
    /// assert_eq!(n.normalize("Thuỷ điện Hoà Bình"), "Thủy điện Hòa Bình");
    /// ```
    #[must_use]
    pub fn normalize<'a>(&self, s: &'a str) -> Cow<'a, str> {
        match self.web_pass(s) {
            Cow::Borrowed(t) => match self.next_dirty(t, 0) {
                None => Cow::Borrowed(t),
                Some(_) => {
                    let mut out = String::with_capacity(t.len() + 8);
                    self.repair_to(t, &mut out);
                    Cow::Owned(out)
                }
            },
            Cow::Owned(t) => {
                if self.next_dirty(&t, 0).is_none() {
                    return Cow::Owned(t);
                }
                let mut out = String::with_capacity(t.len() + 8);
                self.repair_to(&t, &mut out);
                Cow::Owned(out)
            }
        }
    }

    /// Appends `s`, normalized, to `out`.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::Normalizer;
    ///
    /// let mut out = String::new();
    /// Normalizer::default().normalize_to("đaị hoc̣", &mut out);
    /// assert_eq!(out, "đại học");
    /// ```
    pub fn normalize_to(&self, s: &str, out: &mut String) {
        let t = self.web_pass(s);
        self.repair_to(&t, out);
    }

    /// Whether `s` is already normal: `self.normalize(s) == s`.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::{NormalizeOptions, Normalizer};
    ///
    /// let web = Normalizer::new(NormalizeOptions::default().web_text(true));
    /// assert!(!web.is_normalized("Hà\u{A0}Nội"));
    /// assert!(web.is_normalized("Hà Nội"));
    /// ```
    #[must_use]
    pub fn is_normalized(&self, s: &str) -> bool {
        match self.normalize(s) {
            Cow::Borrowed(_) => true,
            Cow::Owned(t) => t == s,
        }
    }

    /// The slow, obvious form of [`Normalizer::normalize_to`]: every chunk goes through the
    /// repair path. Tests check that the fast path agrees with it.
    #[doc(hidden)]
    pub fn normalize_slow_to(&self, s: &str, out: &mut String) {
        let t = self.web_pass(s);
        let mut cache = TokenCache::default();
        let b = t.as_bytes();
        let mut start = 0;
        for i in 0..=b.len() {
            if i == b.len() || is_separator(b[i]) {
                self.repair_chunk(&t, start, i, &mut cache, out);
                if i < b.len() {
                    out.push(b[i] as char);
                }
                start = i + 1;
            }
        }
    }

    /// Copies the clean stretches of `t` and repairs the dirty chunks.
    ///
    /// After a chunk that needed a change, the next chunk goes straight to the repair path (NFD
    /// text needs it on every word, and scanning first would only add work); the first chunk that
    /// comes out unchanged returns to the byte scan.
    fn repair_to(&self, t: &str, out: &mut String) {
        let b = t.as_bytes();
        let mut pos = 0;
        let mut cache = TokenCache::default();
        let mut streak = false;
        loop {
            let (start, end) = if streak {
                let mut start = pos;
                while start < b.len() && is_separator(b[start]) {
                    start += 1;
                }
                if start == b.len() {
                    break;
                }
                let mut end = start;
                while end < b.len() && !is_separator(b[end]) {
                    end += 1;
                }
                (start, end)
            } else {
                match self.next_dirty(t, pos) {
                    Some(range) => range,
                    None => break,
                }
            };
            out.push_str(&t[pos..start]);
            let before = out.len();
            self.repair_chunk(t, start, end, &mut cache, out);
            streak = out.as_bytes()[before..] != b[start..end];
            pos = end;
        }
        out.push_str(&t[pos..]);
    }

    /// The start and end of the first chunk at or after `from` that may need a change, or `None`.
    ///
    /// A chunk is a maximal run of bytes that are not ASCII separators (anything but ASCII
    /// letters, digits, `_` and `<` `=` `>`); chunk boundaries are safe places to cut NFC,
    /// since no other ASCII character composes with its neighbours. `from` must be a chunk
    /// boundary.
    ///
    /// ASCII is skipped eight bytes at a time; each word holding a non-ASCII character is
    /// examined once, and only a word whose tone mark could be misplaced is looked at letter by
    /// letter ([`tone_in_place`]).
    fn next_dirty(&self, t: &str, from: usize) -> Option<(usize, usize)> {
        let b = t.as_bytes();
        let len = b.len();
        let mut i = from;
        // Everything before `done` has been examined.
        let mut done = from;
        loop {
            // Skip ASCII, eight bytes at a time while it lasts.
            while let Some(chunk) = b.get(i..i + 8) {
                let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
                if word & 0x8080_8080_8080_8080 != 0 {
                    break;
                }
                i += 8;
            }
            while i < len && b[i] < 0x80 {
                i += 1;
            }
            if i >= len {
                return None;
            }
            // A non-ASCII character at `i`. Most need no more than a look: a Vietnamese letter
            // without a tone mark, or with one but no vowel beside it (its vowel run is that
            // one letter, so the mark is where it belongs), and punctuation or other letters
            // that NFC leaves alone.
            let (cp, width) = decode(b, i);
            let flags = letter_flags(cp);
            if flags != 0 {
                if flags & FLAG_TONED == 0 || !has_vowel_neighbour(b, i, width) {
                    i += width;
                    continue;
                }
            } else if !needs_repair(cp) {
                i += width;
                continue;
            }
            // Examine the whole word around it.
            let mut ws = i;
            while ws > done {
                let p = ws - 1;
                if b[p] < 0x80 {
                    if ASCII_CLASS[b[p] as usize] == SEP {
                        break;
                    }
                    ws = p;
                    continue;
                }
                let mut s0 = p;
                while s0 > done && (b[s0] & 0xC0) == 0x80 {
                    s0 -= 1;
                }
                let (cp, _) = decode(b, s0);
                if letter_flags(cp) != 0 || char::from_u32(cp).is_some_and(char::is_alphanumeric) {
                    ws = s0;
                } else {
                    break;
                }
            }
            let mut scan = WordScan::new();
            let mut j = ws;
            let mut dirty = false;
            while j < len {
                let byte = b[j];
                if byte < 0x80 {
                    match ASCII_CLASS[byte as usize] {
                        SEP => break,
                        VOWEL => scan.vowel(base_code(byte | 0x20), 0),
                        OTHER_WORD => scan.foreign = true,
                        _ => scan.consonant(byte | 0x20),
                    }
                    j += 1;
                    continue;
                }
                let (cp, width) = decode(b, j);
                let flags = letter_flags(cp);
                if flags != 0 {
                    if flags & FLAG_VOWEL != 0 {
                        scan.vowel(flags >> BASE_SHIFT, flags);
                    } else {
                        scan.consonant(b'd');
                    }
                    j += width;
                    continue;
                }
                let c = char::from_u32(cp).unwrap_or('\u{FFFD}');
                if needs_repair(cp) {
                    dirty = true;
                    break;
                }
                if c.is_alphanumeric() {
                    scan.foreign = true;
                    j += width;
                    continue;
                }
                // A non-word character (punctuation, symbol): it ends the word.
                if j > ws {
                    break;
                }
                j += width;
                scan = WordScan::new();
            }
            if dirty || !scan.is_clean(self.options.tone_placement) {
                // Widen to the chunk.
                let mut a = ws;
                while a > from && !is_separator(b[a - 1]) {
                    a -= 1;
                }
                let mut e = j;
                while e < len && !is_separator(b[e]) {
                    e += 1;
                }
                return Some((a, e));
            }
            i = j.max(i + 1);
            while i < len && (b[i] & 0xC0) == 0x80 {
                i += 1;
            }
            done = i;
        }
    }

    /// Repairs the chunk `t[a..b]` into `out`: NFC, and every word that is a syllable rewritten.
    ///
    /// A chunk may hold non-ASCII white space (NBSP, U+2003, …), which separates tokens: each
    /// piece between two white-space chars is repaired on its own, so that a URL before the
    /// space does not protect the word after it (`://\u{A0}/Ðeng`). NFC never composes across
    /// white space (a space is a starter that composes with nothing), so the cut is safe.
    fn repair_chunk(&self, t: &str, a: usize, b: usize, cache: &mut TokenCache, out: &mut String) {
        let bytes = &t.as_bytes()[a..b];
        let mut piece = a;
        let mut i = 0;
        while i < bytes.len() {
            let n = non_ascii_space_len(bytes, i);
            if n == 0 {
                i += 1;
                continue;
            }
            self.repair_piece(t, piece, a + i, cache, out);
            // NFC of the space itself (U+2000 and U+2001 are U+2002 and U+2003 in NFC).
            out.extend(t[a + i..a + i + n].nfc());
            i += n;
            piece = a + i;
        }
        self.repair_piece(t, piece, b, cache, out);
    }

    /// Repairs `t[a..b]`, a piece of a chunk without white space (see [`Self::repair_chunk`]).
    fn repair_piece(&self, t: &str, a: usize, b: usize, cache: &mut TokenCache, out: &mut String) {
        let chunk = &t[a..b];
        if chunk.is_empty() {
            return;
        }
        // The common case: the chunk is one word, and a syllable.
        if let Some(syl) = parse(chunk) {
            if cache.is_url_like(t, a, b) {
                out.extend(chunk.nfc());
            } else {
                syl.write_to(self.options.tone_placement, out);
            }
            return;
        }
        let protected = cache.is_url_like(t, a, b);
        let mut run_start = 0;
        let mut in_word = false;
        for (i, c) in chunk.char_indices() {
            let word_char = is_word_char(c);
            let starts_word = !in_word && word_char && !is_mark(c);
            let ends_word = in_word && !word_char;
            if starts_word || ends_word {
                self.repair_run(&chunk[run_start..i], in_word && !protected, out);
                run_start = i;
                in_word = starts_word;
            }
        }
        self.repair_run(&chunk[run_start..], in_word && !protected, out);
    }

    fn repair_run(&self, run: &str, is_word: bool, out: &mut String) {
        if run.is_empty() {
            return;
        }
        if is_word {
            if let Some(syl) = parse(run) {
                syl.write_to(self.options.tone_placement, out);
                return;
            }
        }
        if run.is_ascii() {
            out.push_str(run);
        } else {
            out.extend(run.nfc());
        }
    }

    /// Applies the web-text options.
    fn web_pass<'a>(&self, s: &'a str) -> Cow<'a, str> {
        let o = &self.options;
        if !(o.normalize_spaces || o.remove_invisible || o.collapse_whitespace) {
            return Cow::Borrowed(s);
        }
        let mut out = String::with_capacity(s.len());
        let mut ws_run: Option<bool> = None; // Some(has_line_break) while in a whitespace run
        let chars: Vec<char> = s.chars().collect();
        for (k, &c0) in chars.iter().enumerate() {
            let mut c = c0;
            if o.remove_invisible && is_invisible(c) && (c != '\u{200D}' || !joins_emoji(&chars, k))
            {
                continue;
            }
            if o.normalize_spaces && is_unicode_space(c) {
                c = ' ';
            }
            if o.collapse_whitespace && c.is_whitespace() {
                let lb = is_line_break(c);
                ws_run = Some(ws_run.unwrap_or(false) || lb);
                continue;
            }
            if let Some(lb) = ws_run.take() {
                out.push(if lb { '\n' } else { ' ' });
            }
            out.push(c);
        }
        if let Some(lb) = ws_run {
            out.push(if lb { '\n' } else { ' ' });
        }
        if out == s {
            Cow::Borrowed(s)
        } else {
            Cow::Owned(out)
        }
    }
}

/// ASCII byte classes for the scan.
const SEP: u8 = 0;
const CONSONANT: u8 = 1;
const VOWEL: u8 = 2;
const OTHER_WORD: u8 = 3;

static ASCII_CLASS: [u8; 128] = {
    let mut t = [SEP; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            match c.to_ascii_lowercase() {
                b'a' | b'e' | b'i' | b'o' | b'u' | b'y' => VOWEL,
                _ => CONSONANT,
            }
        } else if c.is_ascii_digit() || c == b'_' {
            OTHER_WORD
        } else {
            SEP
        };
        b += 1;
    }
    t
};

/// The length of the non-ASCII white-space char (`char::is_whitespace`: U+0085, U+00A0, U+1680,
/// U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) starting at `b[i]`, or 0.
#[inline]
fn non_ascii_space_len(b: &[u8], i: usize) -> usize {
    match (b[i], b.get(i + 1), b.get(i + 2)) {
        (0xC2, Some(0x85 | 0xA0), _) => 2,
        (0xE1, Some(0x9A), Some(0x80))
        | (0xE2, Some(0x80), Some(0x80..=0x8A | 0xA8 | 0xA9 | 0xAF))
        | (0xE2, Some(0x81), Some(0x9F))
        | (0xE3, Some(0x80), Some(0x80)) => 3,
        _ => 0,
    }
}

/// Whether a chunk ends at `byte`: an ASCII byte that is not part of a word, except `<`, `=`
/// and `>`, which NFC composes with a following U+0338 (`<` U+0338 is `≮`).
#[inline]
fn is_separator(byte: u8) -> bool {
    CHUNK_SEP[byte as usize]
}

/// [`is_separator`] as a table.
static CHUNK_SEP: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = ASCII_CLASS[b] == SEP && !matches!(b as u8, b'<' | b'=' | b'>');
        b += 1;
    }
    t
};

/// The code point starting at `b[i]` (a non-ASCII lead byte of valid UTF-8) and its length.
#[inline]
fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let lead = b[i];
    let cont = |k: usize| u32::from(b.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    if lead < 0xE0 {
        ((u32::from(lead & 0x1F) << 6) | cont(1), 2)
    } else if lead < 0xF0 {
        ((u32::from(lead & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (
            (u32::from(lead & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        )
    }
}

/// Whether the non-ASCII code point `cp`, which is not a precomposed Vietnamese letter, sends its
/// chunk to the repair path: a combining mark, a look-alike of Đ/đ, a character NFC changes or
/// composes with what comes before, or a consonant carrying a tone mark (ǹ, ḿ).
#[inline]
fn needs_repair(cp: u32) -> bool {
    if (0x300..=0x36F).contains(&cp) || cp == 0xD0 || cp == 0xF0 {
        return true;
    }
    let c = char::from_u32(cp).unwrap_or('\u{FFFD}');
    !is_nfc_starter(c) || consonant_with_tone(c).is_some()
}

/// Whether the letter at `b[i..i + width]` has a vowel letter right before or right after it.
#[inline]
fn has_vowel_neighbour(b: &[u8], i: usize, width: usize) -> bool {
    let is_vowel_at = |k: usize| {
        if b[k] < 0x80 {
            ASCII_CLASS[b[k] as usize] == VOWEL
        } else {
            letter_flags(decode(b, k).0) & FLAG_VOWEL != 0
        }
    };
    let j = i + width;
    if j < b.len() && is_vowel_at(j) {
        return true;
    }
    if i == 0 {
        return false;
    }
    let mut p = i - 1;
    while p > 0 && (b[p] & 0xC0) == 0x80 {
        p -= 1;
    }
    is_vowel_at(p)
}

/// A starter that NFC leaves alone: `is_nfc_quick` says yes and the combining class is 0.
fn is_nfc_starter(c: char) -> bool {
    canonical_combining_class(c) == 0 && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
}

fn is_mark(c: char) -> bool {
    if c.is_ascii() || letter_flags(c as u32) != 0 {
        return false;
    }
    if ('\u{300}'..='\u{36F}').contains(&c) {
        return true;
    }
    canonical_combining_class(c) != 0
        || Tone::from_combining_mark(c).is_some()
        || Modifier::from_combining_mark(c).is_some()
        || !is_nfc_starter(c) && !c.is_alphanumeric()
}

/// Characters a word is made of: letters, digits, `_`, and combining marks.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    letter_flags(c as u32) != 0
        || ('\u{300}'..='\u{36F}').contains(&c)
        || c.is_alphanumeric()
        || is_mark(c)
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200D}' | '\u{2060}' | '\u{AD}' | '\u{FEFF}'
    )
}

fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F)
}

/// Whether the ZWJ at `chars[k]` sits between two emoji.
fn joins_emoji(chars: &[char], k: usize) -> bool {
    k > 0 && is_emoji(chars[k - 1]) && chars.get(k + 1).is_some_and(|&c| is_emoji(c))
}

fn is_unicode_space(c: char) -> bool {
    matches!(
        c,
        '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{B}' | '\u{C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// What the byte scan knows of the current word: enough to tell whether its tone mark is where
/// [`crate::syllable::Syllable::write_to`] would put it.
#[derive(Clone, Copy)]
struct WordScan {
    /// The vowel run: base code (`base_code`) and `FLAG_*` bits of each letter.
    run: [(u8, u8); 4],
    n: u8,
    toned: u8,
    /// Consonants before the vowel run, and the first of them (lower-case ASCII).
    onset_len: u8,
    onset_first: u8,
    /// Consonants after the vowel run.
    coda_len: u8,
    /// A digit, `_`, a letter Vietnamese does not use, a second vowel run or a long one: the
    /// word is no syllable the fast path can judge.
    foreign: bool,
}

impl WordScan {
    #[inline]
    fn new() -> Self {
        WordScan {
            run: [(0, 0); 4],
            n: 0,
            toned: 0,
            onset_len: 0,
            onset_first: 0,
            coda_len: 0,
            foreign: false,
        }
    }

    #[inline]
    fn vowel(&mut self, base: u8, flags: u8) {
        if self.coda_len > 0 || self.n as usize == self.run.len() {
            self.foreign = true;
            return;
        }
        self.run[self.n as usize] = (base, flags);
        self.n += 1;
        if flags & FLAG_TONED != 0 {
            self.toned += 1;
        }
    }

    #[inline]
    fn consonant(&mut self, lower: u8) {
        if self.n == 0 {
            if self.onset_len == 0 {
                self.onset_first = lower;
            }
            self.onset_len = self.onset_len.saturating_add(1);
        } else {
            self.coda_len = self.coda_len.saturating_add(1);
        }
    }

    /// Whether the word (NFC, no marks, no Ð) is already normal. May answer `false` for a word
    /// that is no syllable (the slow path then leaves it alone); never answers `true` for a
    /// syllable the slow path would change.
    #[inline]
    fn is_clean(&self, placement: TonePlacement) -> bool {
        if self.toned == 0 {
            return true;
        }
        if self.foreign || self.toned > 1 {
            return false;
        }
        let mut cluster = &self.run[..self.n as usize];
        if cluster.len() == 1 {
            return true;
        }
        const A: u8 = base_code(b'a');
        const E: u8 = base_code(b'e');
        const I: u8 = base_code(b'i');
        const O: u8 = base_code(b'o');
        const U: u8 = base_code(b'u');
        const Y: u8 = base_code(b'y');
        let (b0, f0) = cluster[0];
        if f0 & FLAG_MODIFIED == 0
            && self.onset_len == 1
            && (self.onset_first == b'q' && b0 == U || self.onset_first == b'g' && b0 == I)
        {
            if f0 & FLAG_TONED != 0 {
                return false; // the mark is on the u of qu / the i of gi
            }
            cluster = &cluster[1..];
        }
        let Some(idx) = cluster.iter().position(|v| v.1 & FLAG_TONED != 0) else {
            return false;
        };
        if cluster.len() == 1 {
            return true;
        }
        if let Some(last_mod) = cluster.iter().rposition(|v| v.1 & FLAG_MODIFIED != 0) {
            return idx == last_mod;
        }
        match cluster.len() {
            2 if self.coda_len > 0 => idx == 1,
            2 => {
                let pair = (cluster[0].0, cluster[1].0);
                if pair == (O, A) || pair == (O, E) || pair == (U, Y) {
                    match placement {
                        TonePlacement::AsWritten => true,
                        TonePlacement::FirstVowel => idx == 0,
                        TonePlacement::MainVowel => idx == 1,
                    }
                } else {
                    idx == 0
                }
            }
            3 => idx == 1,
            _ => false,
        }
    }
}

/// Remembers whether the whitespace-delimited token around the last chunk looks like a URL or an
/// e-mail address, so that each token is examined once (no quadratic rescans).
#[derive(Default)]
struct TokenCache {
    start: usize,
    end: usize,
    url_like: bool,
}

impl TokenCache {
    fn is_url_like(&mut self, t: &str, a: usize, b: usize) -> bool {
        if self.end > self.start && a >= self.start && b <= self.end {
            return self.url_like;
        }
        let bytes = t.as_bytes();
        if (a == 0 || bytes[a - 1].is_ascii_whitespace())
            && bytes.get(b).is_none_or(u8::is_ascii_whitespace)
        {
            // The token is the chunk itself, which holds no ASCII punctuation.
            return false;
        }
        let start = t[..a]
            .rfind(|c: char| c.is_whitespace())
            .map_or(0, |p| p + t[p..].chars().next().map_or(1, char::len_utf8));
        let end = t[b..]
            .find(|c: char| c.is_whitespace())
            .map_or(t.len(), |p| b + p);
        let token = &t[start..end];
        let lower_starts_www =
            bytes[start..end].len() >= 4 && bytes[start..start + 4].eq_ignore_ascii_case(b"www.");
        self.start = start;
        self.end = end;
        self.url_like = token.contains("://") || token.contains('@') || lower_starts_www;
        self.url_like
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_ascii_space_len_agrees_with_is_whitespace() {
        for c in ('\u{80}'..=char::MAX).filter(|c| !c.is_ascii()) {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            let expected = if c.is_whitespace() { s.len() } else { 0 };
            assert_eq!(non_ascii_space_len(s.as_bytes(), 0), expected, "{c:?}");
        }
    }

    #[test]
    fn repairs() {
        let cases = [
            ("baỏ", "bảo"),
            ("lựơng", "lượng"),
            ("nghịêm", "nghiệm"),
            ("đaị", "đại"),
            ("qũy", "quỹ"),
            ("gìa", "già"),
            ("\u{D0}ường", "Đường"),
            ("ð\u{F0}", "ð\u{F0}"),
            (
                "https://vi.wikipedia.org/wiki/baỏ",
                "https://vi.wikipedia.org/wiki/baỏ",
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize(input), expected, "{input}");
        }
    }
}
