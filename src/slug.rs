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

use crate::fold::fold;

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
    let mut out = String::with_capacity(s.len());
    DEFAULT.slugify_to(s, &mut out);
    out
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
        let mut out = String::with_capacity(s.len());
        self.slugify_to(s, &mut out);
        out
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
        let folded = fold(s);
        let o = &self.options;
        let join = o.inner_punctuation == InnerPunctuation::Join;
        let max = o.max_len.unwrap_or(usize::MAX);
        let mut w = Writer {
            out,
            base: 0,
            separator: &o.separator,
            max,
            last_fit: 0,
            words: 0,
            over: false,
        };
        w.base = w.out.len();
        w.last_fit = w.base;

        let text = folded.as_ref();
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut prev_alnum = false;
        while i < bytes.len() && !w.over {
            let b = bytes[i];
            if b.is_ascii_alphanumeric() {
                if !prev_alnum {
                    w.start_word();
                }
                w.out.push(if o.lowercase {
                    b.to_ascii_lowercase()
                } else {
                    b
                } as char);
                prev_alnum = true;
                i += 1;
                continue;
            }
            let len = utf8_len(b);
            if join
                && prev_alnum
                && matches!(b, b'.' | b',' | b'\'')
                && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
            {
                // Inner punctuation joins: "TP.HCM" → "tphcm". `prev_alnum` stays true.
                i += 1;
                continue;
            }
            if o.symbol_words {
                if let Some(words) = symbol_words(&text[i..i + len]) {
                    for word in words {
                        w.start_word();
                        w.out.push_str(word);
                    }
                }
            }
            prev_alnum = false;
            i += len;
        }
        w.finish();
    }
}

/// Builds a slug word by word, remembering where the last word that fits the limit ended.
struct Writer<'o> {
    out: &'o mut String,
    base: usize,
    separator: &'o str,
    max: usize,
    /// The end of the last complete word within the limit (an index into `out`).
    last_fit: usize,
    words: usize,
    /// The limit is passed: nothing more can be added.
    over: bool,
}

impl Writer<'_> {
    /// Ends the current word (if any) and writes the separator for the next one.
    fn start_word(&mut self) {
        if self.words > 0 {
            self.end_word();
            if self.over {
                return;
            }
            self.out.push_str(self.separator);
        }
        self.words += 1;
    }

    fn end_word(&mut self) {
        if self.out.len() - self.base <= self.max {
            self.last_fit = self.out.len();
        } else {
            self.over = true;
        }
    }

    fn finish(mut self) {
        if self.words == 0 {
            return;
        }
        if !self.over {
            self.end_word();
        }
        if self.out.len() - self.base <= self.max {
            return;
        }
        if self.last_fit > self.base {
            self.out.truncate(self.last_fit);
        } else {
            // The first word alone is too long: cut it to the limit (it is ASCII).
            let mut end = self.base + self.max;
            while !self.out.is_char_boundary(end) {
                end -= 1;
            }
            self.out.truncate(end);
        }
    }
}

/// The Vietnamese words for a symbol, when [`SlugOptions::symbol_words`] is on.
fn symbol_words(symbol: &str) -> Option<&'static [&'static str]> {
    Some(match symbol {
        "%" => &["phan", "tram"],
        "&" => &["va"],
        "+" => &["cong"],
        "=" => &["bang"],
        "\u{20AB}" => &["dong"],
        "$" => &["do", "la"],
        "\u{20AC}" => &["euro"],
        _ => return None,
    })
}

/// The length of the UTF-8 sequence that starts with `b`.
fn utf8_len(b: u8) -> usize {
    match b {
        0..0x80 => 1,
        0xC0..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    }
}
