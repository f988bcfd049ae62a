//! URL slugs: "Hà Tĩnh trao đổi, học tập kinh nghiệm CCHC ở Quảng Ninh" →
//! `ha-tinh-trao-doi-hoc-tap-kinh-nghiem-cchc-o-quang-ninh`.
//!
//! A slug is the [fold](crate::fold()) of the text cut into runs of ASCII letters and digits, joined
//! by a separator. [`slugify`] uses the defaults; a [`Slugifier`] holds other [`SlugOptions`]
//! (separator, maximum length, case, inner punctuation, symbol words) and is reused across inputs.
//!
//! With the default options the output always matches `^[a-z0-9]+(-[a-z0-9]+)*$` or is empty, and
//! slugifying a slug gives it back unchanged.

use std::sync::LazyLock;

use crate::fold;

/// Makes a lowercase ASCII slug with `-` between words.
///
/// Letters and digits are kept (after [folding](crate::fold()) diacritics away), everything else
/// separates words, and separators never double or stand at either end. Text with no letter or
/// digit gives an empty string. Allocates the returned `String`.
///
/// See also [`Slugifier`] for the separator, a maximum length and the other options, and
/// [`is_slug`].
///
/// # Examples
///
/// A news headline:
///
/// ```
/// use vietnamese::slugify;
///
/// assert_eq!(
///     slugify("Hà Tĩnh trao đổi, học tập kinh nghiệm CCHC ở Quảng Ninh"),
///     "ha-tinh-trao-doi-hoc-tap-kinh-nghiem-cchc-o-quang-ninh"
/// );
/// assert_eq!(slugify("  — Đà Nẵng!!  "), "da-nang");
/// assert_eq!(slugify("TP.HCM: 35.000 người"), "tp-hcm-35-000-nguoi");
/// ```
#[must_use]
pub fn slugify(s: &str) -> String {
    DEFAULT.slugify(s)
}

/// Whether `s` is a slug with the default options: `slugify(s) == s`.
///
/// True exactly for the empty string and for strings matching `^[a-z0-9]+(-[a-z0-9]+)*$`.
/// Never allocates.
///
/// # Examples
///
/// ```
/// use vietnamese::is_slug;
///
/// assert!(is_slug("ha-noi-2024"));
/// assert!(!is_slug("Ha-Noi"));
/// assert!(!is_slug("ha--noi"));
/// assert!(!is_slug("-ha-noi"));
/// ```
#[must_use]
pub fn is_slug(s: &str) -> bool {
    if s.is_empty() {
        return true;
    }
    let b = s.as_bytes();
    let word = |c: u8| c.is_ascii_lowercase() || c.is_ascii_digit();
    word(b[0])
        && word(b[b.len() - 1])
        && b.iter().all(|&c| word(c) || c == b'-')
        && !s.contains("--")
}

/// The slugifier behind [`slugify`].
static DEFAULT: LazyLock<Slugifier> = LazyLock::new(Slugifier::default);

/// What to do with `.` `,` and `'` between two letters or digits, as in "TP.HCM", "35.000" or
/// "1,5".
///
/// # Examples
///
/// The two ways with "TP.HCM" and "35.000":
///
/// ```
/// use vietnamese::{InnerPunctuation, SlugOptions, Slugifier};
///
/// let join = Slugifier::new(SlugOptions::new().inner_punctuation(InnerPunctuation::Join));
/// assert_eq!(join.slugify("TP.HCM có 35.000 ca"), "tphcm-co-35000-ca");
/// assert_eq!(vietnamese::slugify("TP.HCM có 35.000 ca"), "tp-hcm-co-35-000-ca");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum InnerPunctuation {
    /// The punctuation separates words like any other: `tp-hcm`, `35-000`. The default.
    #[default]
    Separate,
    /// The punctuation is dropped and the two sides join: `tphcm`, `35000`.
    Join,
}

/// Options for a [`Slugifier`].
///
/// Build with [`SlugOptions::new`] (the defaults) and the chainable setters, or set the public
/// fields on a `SlugOptions::default()`.
///
/// # Examples
///
/// A caption with spaces, cut to 30 bytes at a word boundary:
///
/// ```
/// use vietnamese::{SlugOptions, Slugifier};
///
/// let caption = Slugifier::new(SlugOptions::new().separator(" ").max_len(30));
/// assert_eq!(
///     caption.slugify("Hà Tĩnh trao đổi, học tập kinh nghiệm CCHC ở Quảng Ninh"),
///     "ha tinh trao doi hoc tap kinh"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct SlugOptions {
    /// The text put between words. Default `"-"`. Any string works, including `""`, `" "`, `"_"`.
    pub separator: String,
    /// The longest slug allowed, in bytes (for ASCII separators that is also characters). The slug
    /// is cut after the last whole word that fits, never leaving a trailing separator. Only when
    /// the first word alone is longer is that word cut to the limit, so that a non-empty input does
    /// not become an empty slug. Default `None`: no limit.
    pub max_len: Option<usize>,
    /// Lowercase the slug (default `true`); `false` keeps the case of the folded text.
    pub lowercase: bool,
    /// Whether `.` `,` `'` between two letters or digits separate or join them. Default
    /// [`InnerPunctuation::Separate`].
    pub inner_punctuation: InnerPunctuation,
    /// Write some symbols as Vietnamese words (default `false`): `%` → `phan tram`, `&` → `va`,
    /// `+` → `cong`, `=` → `bang`, `₫` → `dong`, `$` → `do la`, `€` → `euro`.
    pub symbol_words: bool,
}

impl Default for SlugOptions {
    fn default() -> Self {
        SlugOptions {
            separator: "-".to_owned(),
            max_len: None,
            lowercase: true,
            inner_punctuation: InnerPunctuation::Separate,
            symbol_words: false,
        }
    }
}

impl SlugOptions {
    /// The default options: `-` separator, no length limit, lowercase, inner punctuation
    /// separates, no symbol words.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(vietnamese::SlugOptions::new(), vietnamese::SlugOptions::default());
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets [`SlugOptions::separator`].
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::{SlugOptions, Slugifier};
    ///
    /// let s = Slugifier::new(SlugOptions::new().separator("_"));
    /// assert_eq!(s.slugify("Quảng Ninh"), "quang_ninh");
    /// ```
    #[must_use]
    pub fn separator(mut self, separator: impl Into<String>) -> Self {
        self.separator = separator.into();
        self
    }

    /// Sets [`SlugOptions::max_len`].
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::{SlugOptions, Slugifier};
    ///
    /// let s = Slugifier::new(SlugOptions::new().max_len(12));
    /// assert_eq!(s.slugify("Hội đồng nhân dân"), "hoi-dong");
    /// ```
    #[must_use]
    pub fn max_len(mut self, max_len: usize) -> Self {
        self.max_len = Some(max_len);
        self
    }

    /// Sets [`SlugOptions::lowercase`].
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::{SlugOptions, Slugifier};
    ///
    /// let s = Slugifier::new(SlugOptions::new().lowercase(false));
    /// assert_eq!(s.slugify("Ủy ban nhân dân TP.HCM"), "Uy-ban-nhan-dan-TP-HCM");
    /// ```
    #[must_use]
    pub fn lowercase(mut self, lowercase: bool) -> Self {
        self.lowercase = lowercase;
        self
    }

    /// Sets [`SlugOptions::inner_punctuation`].
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::{InnerPunctuation, SlugOptions, Slugifier};
    ///
    /// let s = Slugifier::new(SlugOptions::new().inner_punctuation(InnerPunctuation::Join));
    /// assert_eq!(s.slugify("GDP tăng 6,5%"), "gdp-tang-65");
    /// ```
    #[must_use]
    pub fn inner_punctuation(mut self, inner_punctuation: InnerPunctuation) -> Self {
        self.inner_punctuation = inner_punctuation;
        self
    }

    /// Sets [`SlugOptions::symbol_words`].
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::{SlugOptions, Slugifier};
    ///
    /// let s = Slugifier::new(SlugOptions::new().symbol_words(true));
    /// assert_eq!(s.slugify("Lãi suất 7% & phí"), "lai-suat-7-phan-tram-va-phi");
    /// ```
    #[must_use]
    pub fn symbol_words(mut self, symbol_words: bool) -> Self {
        self.symbol_words = symbol_words;
        self
    }
}

/// A reusable slug maker with its [`SlugOptions`].
///
/// Created by [`Slugifier::new`]; the free function [`slugify`] is the default `Slugifier`.
///
/// # Examples
///
/// The caption form of a headline, with a space for the separator:
///
/// ```
/// use vietnamese::{SlugOptions, Slugifier};
///
/// let caption = Slugifier::new(SlugOptions::new().separator(" "));
/// assert_eq!(
///     caption.slugify("Hà Tĩnh trao đổi, học tập kinh nghiệm CCHC ở Quảng Ninh"),
///     "ha tinh trao doi hoc tap kinh nghiem cchc o quang ninh"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Slugifier {
    options: SlugOptions,
}

impl Default for Slugifier {
    fn default() -> Self {
        Slugifier::new(SlugOptions::default())
    }
}

impl Slugifier {
    /// Makes a slugifier with these options.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::{SlugOptions, Slugifier};
    ///
    /// let s = Slugifier::new(SlugOptions::new().separator("+"));
    /// assert_eq!(s.slugify("Bộ Y tế"), "bo+y+te");
    /// ```
    #[must_use]
    pub fn new(options: SlugOptions) -> Self {
        Slugifier { options }
    }

    /// The options this slugifier was made with.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = vietnamese::Slugifier::default();
    /// assert_eq!(s.options().separator, "-");
    /// ```
    #[must_use]
    pub fn options(&self) -> &SlugOptions {
        &self.options
    }

    /// Makes the slug of `s`. Allocates the returned `String`.
    ///
    /// See also [`Slugifier::slugify_to`].
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::{SlugOptions, Slugifier};
    ///
    /// let s = Slugifier::new(SlugOptions::new().max_len(20));
    /// assert_eq!(s.slugify("Đại hội Đảng bộ tỉnh Quảng Ninh"), "dai-hoi-dang-bo-tinh");
    /// ```
    #[must_use]
    pub fn slugify(&self, s: &str) -> String {
        let bytes = self.slug_bytes(s);
        // The slug is ASCII and whole separators; never invalid, but never panic either.
        String::from_utf8(bytes).unwrap_or_default()
    }

    /// Appends the slug of `s` to `out`.
    ///
    /// The length limit applies to the appended slug, not to what `out` held before.
    ///
    /// # Examples
    ///
    /// Slugs of several titles into one buffer:
    ///
    /// ```
    /// let s = vietnamese::Slugifier::default();
    /// let mut out = String::from("/tin-tuc/");
    /// s.slugify_to("Bóng đá Việt Nam", &mut out);
    /// assert_eq!(out, "/tin-tuc/bong-da-viet-nam");
    /// ```
    pub fn slugify_to(&self, s: &str, out: &mut String) {
        let bytes = self.slug_bytes(s);
        out.push_str(std::str::from_utf8(&bytes).unwrap_or_default());
    }

    /// The slug as bytes.
    fn slug_bytes(&self, s: &str) -> Vec<u8> {
        let o = &self.options;
        match o.separator.as_bytes() {
            [sep]
                if !sep.is_ascii_alphanumeric()
                    && sep.is_ascii()
                    && o.inner_punctuation == InnerPunctuation::Separate
                    && !o.symbol_words =>
            {
                let mut out = slug_bytes_branchless(s, *sep, o.lowercase);
                if let Some(max) = o.max_len {
                    cut_at_word_boundary(&mut out, *sep, max);
                }
                out
            }
            _ => self.slug_bytes_general(s),
        }
    }

    /// The slug as bytes, for any options: one pass over `s` that folds (with the fold's own
    /// table and slow path) and cuts into words at once, with no intermediate string.
    fn slug_bytes_general(&self, s: &str) -> Vec<u8> {
        let o = &self.options;
        let mut w = Writer {
            out: Vec::with_capacity(s.len() + o.separator.len()),
            separator: o.separator.as_bytes(),
            max: o.max_len.unwrap_or(usize::MAX),
            last_fit: 0,
            words: 0,
            state: State::Between,
            lowercase: o.lowercase,
            join: o.inner_punctuation == InnerPunctuation::Join,
            symbol_words: o.symbol_words,
        };
        let bytes = s.as_bytes();
        let n = bytes.len();
        let table = fold::table();
        let mut scratch = String::new();
        let mut i = 0;
        while i < n {
            let b = bytes[i];
            if ALNUM[usize::from(b)] {
                // Find the run first and append it in one go, so the buffer's length is not a
                // store-to-load dependency from byte to byte.
                let start = i;
                i += 1;
                while i < n && ALNUM[usize::from(bytes[i])] {
                    i += 1;
                }
                w.word(&bytes[start..i]);
                continue;
            }
            if b < 0x80 {
                w.byte(b);
                i += 1;
                continue;
            }
            let (entry, len) = table.lookup(bytes, i);
            let meta = entry[3];
            if meta & fold::STARTER != 0 {
                let out = &entry[..usize::from(meta & fold::LEN_MASK)];
                i += len;
                if meta & fold::LATIN != 0 {
                    w.word(out);
                    i = table.skip_marks(bytes, i);
                } else {
                    for &c in out {
                        w.byte(c);
                    }
                }
                continue;
            }
            if meta & fold::MARK != 0 && i > 0 && bytes[i - 1].is_ascii_alphabetic() {
                i = table.skip_marks(bytes, i + len);
                continue;
            }
            // Text the fold passes through or folds the slow way, up to the next ASCII byte.
            let end = fold::stretch_end(bytes, i);
            scratch.clear();
            fold::fold_slow_to(&s[i..end], &mut scratch);
            w.text(&scratch);
            i = end;
        }
        w.finish()
    }
}

/// Which bytes are ASCII letters and digits.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// ASCII letters and digits mapped to themselves, everything else (the bytes that separate
/// words) to 0; the lowercasing variant maps capitals to small letters.
const fn alnum_map(lowercase: bool) -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = if lowercase { c.to_ascii_lowercase() } else { c };
        }
        b += 1;
    }
    t
}

static ALNUM_KEEP: [u8; 256] = alnum_map(false);
static ALNUM_LOWER: [u8; 256] = alnum_map(true);

/// The slug for a one-byte separator that is not a letter or digit, with inner punctuation
/// separating and no symbol words: one pass, folding as it goes, and no branch per byte on
/// whether a word starts or ends.
///
/// Each folded byte `c` is mapped to itself if it is a letter or digit and to 0 if not; the
/// byte is written either way (the separator for a 0), and the write position moves on for a
/// letter or digit, and for the first separator after one. Property tests check it against the
/// general writer.
fn slug_bytes_branchless(s: &str, sep: u8, lowercase: bool) -> Vec<u8> {
    let map = if lowercase { &ALNUM_LOWER } else { &ALNUM_KEEP };
    let bytes = s.as_bytes();
    let n = bytes.len();
    let table = fold::table();
    // A slug is never longer than the fold, which the fast path never makes longer than the
    // input; the slow path makes room when it must.
    let mut out = vec![0u8; n + 16];
    let mut o = 0;
    let mut prev_alnum = 0usize;
    let mut scratch = String::new();
    let mut i = 0;
    macro_rules! step {
        ($byte:expr) => {{
            let c = map[usize::from($byte)];
            let alnum = usize::from(c != 0);
            out[o] = if c != 0 { c } else { sep };
            o += alnum | (prev_alnum & (alnum ^ 1));
            prev_alnum = alnum;
        }};
    }
    while i < n {
        // Eight bytes at a time: one check that they are ASCII, and writes masked into a
        // 16-byte window so that no write needs a bounds check of its own. A block that holds a
        // non-ASCII byte has its ASCII prefix stepped through, then the character is handled.
        if i + 8 <= n && o + 16 <= out.len() {
            let mut block = [0u8; 8];
            block.copy_from_slice(&bytes[i..i + 8]);
            let high = u64::from_le_bytes(block) & 0x8080_8080_8080_8080;
            let window: &mut [u8; 16] = match (&mut out[o..o + 16]).try_into() {
                Ok(w) => w,
                Err(_) => break,
            };
            let mut k = 0usize;
            macro_rules! window_step {
                ($b:expr) => {{
                    let c = map[usize::from($b)];
                    let alnum = usize::from(c != 0);
                    window[k & 15] = if c != 0 { c } else { sep };
                    k += alnum | (prev_alnum & (alnum ^ 1));
                    prev_alnum = alnum;
                }};
            }
            if high == 0 {
                for b in block {
                    window_step!(b);
                }
                o += k;
                i += 8;
                continue;
            }
            let ascii = (high.trailing_zeros() / 8) as usize;
            for &b in &block[..ascii] {
                window_step!(b);
            }
            o += k;
            i += ascii;
        } else {
            let b = bytes[i];
            if b < 0x80 {
                step!(b);
                i += 1;
                continue;
            }
        }
        let (entry, len) = table.lookup(bytes, i);
        let meta = entry[3];
        if meta & fold::STARTER != 0 {
            for k in 0..usize::from(meta & fold::LEN_MASK) {
                step!(entry[k]);
            }
            i += len;
            if meta & fold::LATIN != 0 {
                i = table.skip_marks(bytes, i);
            }
            continue;
        }
        if meta & fold::MARK != 0 && i > 0 && bytes[i - 1].is_ascii_alphabetic() {
            i = table.skip_marks(bytes, i + len);
            continue;
        }
        let end = fold::stretch_end(bytes, i);
        scratch.clear();
        fold::fold_slow_to(&s[i..end], &mut scratch);
        let needed = o + scratch.len() + (n - end) + 16;
        if out.len() < needed {
            out.resize(needed, 0);
        }
        for &c in scratch.as_bytes() {
            step!(c);
        }
        i = end;
    }
    // A separator written after the last word ends nothing.
    if o > 0 && prev_alnum == 0 {
        o -= 1;
    }
    out.truncate(o);
    out
}

/// Cuts a slug (words separated by the one byte `sep`) to at most `max` bytes after the last
/// whole word that fits; a first word longer than `max` is cut to `max`.
fn cut_at_word_boundary(slug: &mut Vec<u8>, sep: u8, max: usize) {
    if slug.len() <= max {
        return;
    }
    // The separator that follows the last word that fits stands at or before `max`.
    let cut = slug[..=max].iter().rposition(|&b| b == sep).unwrap_or(max);
    slug.truncate(cut);
}

/// Where the writer stands between bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Between words: the next letter or digit starts a word.
    Between,
    /// Inside a word.
    InWord,
    /// Inside a word, after a `.` `,` `'` that joins if a letter or digit comes next.
    Joining,
}

/// Builds a slug byte by byte, remembering where the last word that fits the limit ended.
struct Writer<'o> {
    out: Vec<u8>,
    separator: &'o [u8],
    max: usize,
    /// The end of the last complete word within the limit.
    last_fit: usize,
    words: usize,
    state: State,
    lowercase: bool,
    join: bool,
    symbol_words: bool,
}

impl Writer<'_> {
    /// Takes a run of ASCII letters and digits.
    #[inline(always)]
    fn word(&mut self, run: &[u8]) {
        if self.state == State::Between {
            self.start_word();
        }
        if self.lowercase {
            // For ASCII letters and digits, setting bit 5 is lowercasing (digits have it set).
            self.out.extend(run.iter().map(|&c| c | 0x20));
        } else {
            self.out.extend_from_slice(run);
        }
        self.state = State::InWord;
    }

    /// Takes one byte of folded ASCII text.
    #[inline(always)]
    fn byte(&mut self, b: u8) {
        if b.is_ascii_alphanumeric() {
            if self.state == State::Between {
                self.start_word();
            }
            self.out.push(if self.lowercase {
                b.to_ascii_lowercase()
            } else {
                b
            });
            self.state = State::InWord;
        } else if self.join && self.state == State::InWord && matches!(b, b'.' | b',' | b'\'') {
            self.state = State::Joining;
        } else {
            self.state = State::Between;
            if self.symbol_words {
                self.symbol(char::from(b));
            }
        }
    }

    /// Takes folded text that may hold non-ASCII characters (they separate words).
    fn text(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_ascii() {
                self.byte(c as u8);
            } else {
                self.state = State::Between;
                if self.symbol_words {
                    self.symbol(c);
                }
            }
        }
    }

    /// Writes the words for a symbol, if it has some.
    fn symbol(&mut self, c: char) {
        if let Some(words) = symbol_words(c) {
            for word in words {
                self.start_word();
                self.out.extend_from_slice(word.as_bytes());
            }
        }
    }

    /// Ends the current word (if any) and writes the separator for the next one.
    #[inline(always)]
    fn start_word(&mut self) {
        if self.words > 0 {
            if self.out.len() <= self.max {
                self.last_fit = self.out.len();
            }
            match self.separator {
                [one] => self.out.push(*one),
                more => self.out.extend_from_slice(more),
            }
        }
        self.words += 1;
    }

    fn finish(mut self) -> Vec<u8> {
        if self.out.len() <= self.max {
            return self.out;
        }
        if self.last_fit > 0 {
            self.out.truncate(self.last_fit);
        } else {
            // The first word alone is too long: cut it to the limit (it is ASCII).
            self.out.truncate(self.max);
        }
        self.out
    }
}

/// The Vietnamese words for a symbol, when [`SlugOptions::symbol_words`] is on.
fn symbol_words(symbol: char) -> Option<&'static [&'static str]> {
    Some(match symbol {
        '%' => &["phan", "tram"],
        '&' => &["va"],
        '+' => &["cong"],
        '=' => &["bang"],
        '\u{20AB}' => &["dong"],
        '$' => &["do", "la"],
        '\u{20AC}' => &["euro"],
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The branchless fast path agrees with the general writer on the options it serves.
        #[test]
        fn branchless_agrees_with_general(
            s in "([a-zA-Z0-9 .,%&'_\\-]|[àảãạăắặâấậđĐÐêếệôốộơớợưứựýỳ]|[\\u{300}-\\u{309}]|\\u{5b0}|[–—“”…₫€東🍜]){0,60}",
            sep in proptest::sample::select(vec!["-", " ", "_", "/", "."]),
            lowercase in proptest::prelude::any::<bool>(),
            max in proptest::option::of(0usize..50),
        ) {
            let mut options = SlugOptions::new().separator(sep).lowercase(lowercase);
            options.max_len = max;
            let slugifier = Slugifier::new(options);
            let fast = slugifier.slug_bytes(&s);
            let general = slugifier.slug_bytes_general(&s);
            proptest::prop_assert_eq!(fast, general);
        }
    }
}
