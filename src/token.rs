//! Tokenization: Vietnamese-aware tokens, zero-copy, in one linear pass.
//!
//! [`tokens`] cuts a text into [`Token`]s: slices of the input with their byte offset and a
//! [`TokenKind`]. Whitespace (every Unicode space, NBSP included; see [`is_separator`]) separates
//! tokens and is never part of one, so the bytes between two tokens are always separators.
//!
//! What the tokenizer keeps whole, because Vietnamese news and administrative text writes it so:
//!
//! | input | kind |
//! |---|---|
//! | `35.000`, `1,33`, `3,5`, `1.234,5`, `3.5` | [`TokenKind::Number`] (`.` and `,` between digits) |
//! | `1,33%` | [`TokenKind::Percentage`] (split with [`TokenizeOptions::split_percent`]) |
//! | `140.000đ`, `50.000₫`, `$5`, `100USD` | [`TokenKind::Money`] (split with [`TokenizeOptions::split_money`]) |
//! | `4/10`, `25/5/2018`, `3-4/10/2016`, `12/2018`, `25-5-2018`, `2018-05-25` | [`TokenKind::Date`] |
//! | `12h30`, `8h`, `8:30`, `08:30:15` | [`TokenKind::Time`] |
//! | `TP.`, `GS.TS.`, `Th.S`, `TP.HCM`, `v.v.` | [`TokenKind::Abbreviation`] (the period abbreviations of the crate's table) |
//! | `UBND`, `HĐND`, `KT-XH`, `GD-ĐT`, `CNH-HĐH`, `QĐ-TTg`, `U.S.`, `v/v`, `R&D` | [`TokenKind::Abbreviation`] (by shape, see below) |
//! | `PS4`, `4K`, `COVID-19`, `H5N1`, `35/2019/NĐ-CP` | [`TokenKind::Word`] (alphanumeric) |
//! | `Moscow-Washington`, `e-mail` | [`TokenKind::Word`] (split with [`TokenizeOptions::split_foreign_hyphen_compounds`]) |
//! | `https://vnexpress.net/a-1.html`, `www.gov.vn`, `chinhphu.vn` | [`TokenKind::Url`] |
//! | `ban.doc@tuoitre.com.vn` | [`TokenKind::Email`] |
//! | `#BầuCử2026`, `@nguyenvana` | [`TokenKind::Hashtag`], [`TokenKind::Mention`] |
//!
//! Words in NFD, or carrying stray combining marks, stay one token: a combining mark (and a
//! zero-width joiner, a soft hyphen) always belongs to the token before it, so no token starts or
//! ends inside a letter. The NFC and NFD forms of a text give the same tokens (same count, same
//! kinds); only the byte offsets differ.
//!
//! # Abbreviations
//!
//! Two sources, both compiled in whatever the crate features:
//!
//! - **Period abbreviations** come from the crate's table (`data/abbreviations.tsv`, the rows flagged
//!   `period`; the same list the sentence splitter and the abbreviation expander use): `TP.`, `TX.`,
//!   `GS.`, `TS.`, `ThS.`, `Th.S`, `TP.HCM`, `v.v.` and others. They are matched case-sensitively at
//!   the start of a word; consecutive ones join (`GS.TS.`, `PGS.TS.`). An entry that ends in a
//!   period keeps its period, also when a letter follows with no space (`TP.Vinh` is `TP.` + `Vinh`).
//! - **By shape**, without any dictionary: a word of two or more capital letters that cannot be
//!   read as one Vietnamese syllable nor as a Roman numeral of I, V, X, L (`UBND`, `HĐND`, `TP`,
//!   `WHO`, but not `VIỆT`, `NAM` or `XIV`); a mixed-case word with at most two small letters that
//!   starts with two capitals or ends with one (`ThS`, `TTg`, `TpHCM`, but not `McDonald`); hyphen
//!   groups of such words (`KT-XH`, `NĐ-CP`, `QĐ-TTg`); single letters with periods (`U.S.`,
//!   `T.Ư`); one or two letters on both sides of a slash (`v/v`, `Đ/c`, `đ/kg`); capitals joined by
//!   `&` (`R&D`). An all-capital word that is also a syllable (`AI`, `BOT`, `VAT`) stays a word:
//!   the shape cannot tell it from a word in a heading.
//!
//! **A period that ends both an abbreviation and a sentence** is written once, and it stays inside
//! the abbreviation token: `"... cam, quýt v.v."` ends with the token `v.v.` and no separate
//! period. [`crate::sentence`] decides whether such a period also ends the sentence.
//!
//! # Examples
//!
//! A sentence of Vietnamese news, with its kinds:
//!
//! ```
//! use vietnamese::token::{tokens, TokenKind};
//!
//! let text = "GDP quý I tăng 5,66%, TP.HCM thu 140.000đ.";
//! let got: Vec<(&str, TokenKind)> = tokens(text).map(|t| (t.text, t.kind)).collect();
//! assert_eq!(got, [
//!     ("GDP", TokenKind::Abbreviation),
//!     ("quý", TokenKind::Word),
//!     ("I", TokenKind::Word),
//!     ("tăng", TokenKind::Word),
//!     ("5,66%", TokenKind::Percentage),
//!     (",", TokenKind::Punctuation),
//!     ("TP.HCM", TokenKind::Abbreviation),
//!     ("thu", TokenKind::Word),
//!     ("140.000đ", TokenKind::Money),
//!     (".", TokenKind::Punctuation),
//! ]);
//! ```

use std::cell::Cell;
use std::fmt;
use std::iter::FusedIterator;
use std::ops::Range;
use std::sync::LazyLock;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::tables::abbrev_period::PERIOD_ABBREVIATIONS;

/// What a [`Token`] is.
///
/// The kinds are stable names for what the tokenizer recognised; the module docs
/// ([`crate::token`]) list which input becomes which kind. New kinds may be added in a minor
/// release, so a `match` needs a wildcard arm.
///
/// # Examples
///
/// A date, a number and a word:
///
/// ```
/// use vietnamese::token::{tokens, TokenKind};
///
/// let kinds: Vec<TokenKind> = tokens("25/5/2018 có 35.000 người").map(|t| t.kind).collect();
/// assert_eq!(kinds, [TokenKind::Date, TokenKind::Word, TokenKind::Number, TokenKind::Word]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// A syllable or a foreign word, including alphanumeric ones (`PS4`, `4K`, `COVID-19`), words
    /// in any script, and hyphenated foreign compounds (`Moscow-Washington`) by default.
    Word,
    /// Digits, with `.` or `,` between digit groups: `2018`, `35.000`, `1,33`, `3.5`; also two
    /// or three digit groups joined by `/` that cannot be a date (`35/100`, `13/2024`). A range
    /// such as `2016-2020` is two numbers and a hyphen.
    Number,
    /// Punctuation: `,` `.` `...` `…` `?!` `"` `(` `-` `–` `“` and the like. A run of `.`, `?`,
    /// `!` and `…` is one token.
    Punctuation,
    /// Any other character that is not a letter, digit or space: `+`, `=`, `°`, `©`, `×`, emoji.
    /// One character (with its combining marks) per token.
    Symbol,
    /// An abbreviation: a period abbreviation from the crate's table (`TP.`, `GS.TS.`, `v.v.`), or
    /// a word shaped like one (`UBND`, `KT-XH`, `U.S.`); see the module docs.
    Abbreviation,
    /// A URL: `http(s)://…`, `www.…`, or a bare domain with a known top-level domain (`vtv.vn`).
    Url,
    /// An e-mail address: `toasoan@nhandan.vn`.
    Email,
    /// A date or a day/month fraction in Vietnamese day-month-year order: `4/10`, `25/5/2018`,
    /// `3-4/10/2016`, `12/2018`, `25-5-2018`, `2018-05-25`. `a/b` reads as a date when
    /// `1 <= a <= 31` and `1 <= b <= 12`; other fractions are numbers.
    Date,
    /// A time of day: `12h30`, `8h`, `8:30`, `08:30:15`.
    Time,
    /// A number with a percent or per-mille sign: `1,33%`, `5‰`.
    Percentage,
    /// A number with a currency sign or code: `140.000đ`, `50.000₫`, `$5`, `€20`, `100USD`.
    Money,
    /// A hashtag: `#` followed by letters, digits or `_`.
    Hashtag,
    /// A mention: `@` followed by letters, digits, `_` or inner periods (and not an e-mail).
    Mention,
}

impl TokenKind {
    /// The kind's name in lower case, as used in the crate's test files and example output.
    ///
    /// # Examples
    ///
    /// The names are single lower-case words:
    ///
    /// ```
    /// use vietnamese::token::TokenKind;
    ///
    /// assert_eq!(TokenKind::Abbreviation.as_str(), "abbreviation");
    /// assert_eq!(TokenKind::Url.to_string(), "url");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punctuation => "punctuation",
            TokenKind::Symbol => "symbol",
            TokenKind::Abbreviation => "abbreviation",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Date => "date",
            TokenKind::Time => "time",
            TokenKind::Percentage => "percentage",
            TokenKind::Money => "money",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
        }
    }
}

impl fmt::Display for TokenKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One token: a slice of the input, its byte offset and its kind.
///
/// Created by [`tokens`] and [`Tokenizer::tokens`]. `&input[t.offset..t.end()] == t.text` always
/// holds.
///
/// # Examples
///
/// The offset slices back to the token:
///
/// ```
/// use vietnamese::token::{tokens, TokenKind};
///
/// let text = "Hà Nội, 8:30";
/// let t = tokens(text).last().unwrap();
/// assert_eq!((t.text, t.offset, t.kind), ("8:30", 11, TokenKind::Time));
/// assert_eq!(&text[t.range()], t.text);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token<'a> {
    /// The token's text, a slice of the input.
    pub text: &'a str,
    /// The byte offset of `text` in the input.
    pub offset: usize,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token<'_> {
    /// The byte offset just past the token: `offset + text.len()`.
    ///
    /// # Examples
    ///
    /// The second token of "Xin chào" ends at byte 9:
    ///
    /// ```
    /// let t = vietnamese::token::tokens("Xin chào").nth(1).unwrap();
    /// assert_eq!(t.end(), 9);
    /// ```
    #[must_use]
    pub const fn end(&self) -> usize {
        self.offset + self.text.len()
    }

    /// The byte range of the token in the input: `offset..end()`.
    ///
    /// # Examples
    ///
    /// Slicing the input with the range gives the token back:
    ///
    /// ```
    /// let text = "giá 50.000₫";
    /// let t = vietnamese::token::tokens(text).nth(1).unwrap();
    /// assert_eq!(&text[t.range()], "50.000₫");
    /// ```
    #[must_use]
    pub const fn range(&self) -> Range<usize> {
        self.offset..self.end()
    }
}

/// Options of a [`Tokenizer`], for where conventions differ.
///
/// Every option is off by default: the default keeps whole what Vietnamese writes as one unit.
/// Build it with [`Default`] and the chainable setters (the struct is `#[non_exhaustive]`, so it
/// cannot be written as a literal outside this crate).
///
/// # Examples
///
/// Split "1,33%" into a number and a percent sign:
///
/// ```
/// use vietnamese::token::{TokenizeOptions, Tokenizer};
///
/// let t = Tokenizer::new(TokenizeOptions::default().split_percent(true));
/// let got: Vec<&str> = t.tokens("tăng 1,33%").map(|t| t.text).collect();
/// assert_eq!(got, ["tăng", "1,33", "%"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct TokenizeOptions {
    /// Split a percentage into its number and its sign (`1,33%` → `1,33` `%`). Default `false`:
    /// one [`TokenKind::Percentage`] token.
    pub split_percent: bool,
    /// Split an amount of money into its number and its currency (`140.000đ` → `140.000` `đ`,
    /// `$5` → `$` `5`). Default `false`: one [`TokenKind::Money`] token.
    pub split_money: bool,
    /// Split hyphenated compounds of ordinary words at their hyphens (`Moscow-Washington` →
    /// `Moscow` `-` `Washington`). Default `false`: one [`TokenKind::Word`]. Abbreviation groups
    /// (`KT-XH`) and alphanumeric compounds (`COVID-19`) stay whole either way.
    pub split_foreign_hyphen_compounds: bool,
}

impl TokenizeOptions {
    /// Sets [`TokenizeOptions::split_percent`].
    ///
    /// # Examples
    ///
    /// The setters chain:
    ///
    /// ```
    /// let o = vietnamese::token::TokenizeOptions::default().split_percent(true).split_money(true);
    /// assert!(o.split_percent && o.split_money);
    /// ```
    #[must_use]
    pub const fn split_percent(mut self, yes: bool) -> Self {
        self.split_percent = yes;
        self
    }

    /// Sets [`TokenizeOptions::split_money`].
    ///
    /// # Examples
    ///
    /// Money split into number and currency:
    ///
    /// ```
    /// use vietnamese::token::{TokenizeOptions, Tokenizer};
    ///
    /// let t = Tokenizer::new(TokenizeOptions::default().split_money(true));
    /// let got: Vec<&str> = t.tokens("140.000đ").map(|t| t.text).collect();
    /// assert_eq!(got, ["140.000", "đ"]);
    /// ```
    #[must_use]
    pub const fn split_money(mut self, yes: bool) -> Self {
        self.split_money = yes;
        self
    }

    /// Sets [`TokenizeOptions::split_foreign_hyphen_compounds`].
    ///
    /// # Examples
    ///
    /// A foreign compound split at its hyphen, an abbreviation group kept:
    ///
    /// ```
    /// use vietnamese::token::{TokenizeOptions, Tokenizer};
    ///
    /// let t = Tokenizer::new(TokenizeOptions::default().split_foreign_hyphen_compounds(true));
    /// let got: Vec<&str> = t.tokens("Moscow-Washington KT-XH").map(|t| t.text).collect();
    /// assert_eq!(got, ["Moscow", "-", "Washington", "KT-XH"]);
    /// ```
    #[must_use]
    pub const fn split_foreign_hyphen_compounds(mut self, yes: bool) -> Self {
        self.split_foreign_hyphen_compounds = yes;
        self
    }
}

/// A tokenizer with options; [`tokens`] is the default one.
///
/// Cheap to build and `Copy`; keep one and call [`Tokenizer::tokens`] on each text.
///
/// # Examples
///
/// Keep hyphenated foreign compounds apart:
///
/// ```
/// use vietnamese::token::{TokenizeOptions, Tokenizer};
///
/// let tokenizer = Tokenizer::new(TokenizeOptions::default().split_foreign_hyphen_compounds(true));
/// assert_eq!(tokenizer.tokens("e-mail").count(), 3);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Tokenizer {
    options: TokenizeOptions,
}

impl Tokenizer {
    /// Builds a tokenizer with these options.
    ///
    /// # Examples
    ///
    /// The default options give the same tokens as [`tokens`]:
    ///
    /// ```
    /// use vietnamese::token::{tokens, TokenizeOptions, Tokenizer};
    ///
    /// let t = Tokenizer::new(TokenizeOptions::default());
    /// assert!(t.tokens("1,33%").eq(tokens("1,33%")));
    /// ```
    #[must_use]
    pub const fn new(options: TokenizeOptions) -> Self {
        Tokenizer { options }
    }

    /// The options this tokenizer was built with.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::token::{TokenizeOptions, Tokenizer};
    ///
    /// assert!(!Tokenizer::default().options().split_percent);
    /// ```
    #[must_use]
    pub const fn options(&self) -> TokenizeOptions {
        self.options
    }

    /// The tokens of `text`, in order; see [`tokens`].
    ///
    /// # Examples
    ///
    /// Split percentages:
    ///
    /// ```
    /// use vietnamese::token::{TokenizeOptions, Tokenizer, TokenKind};
    ///
    /// let t = Tokenizer::new(TokenizeOptions::default().split_percent(true));
    /// let kinds: Vec<TokenKind> = t.tokens("5%").map(|t| t.kind).collect();
    /// assert_eq!(kinds, [TokenKind::Number, TokenKind::Punctuation]);
    /// ```
    pub fn tokens<'a>(&self, text: &'a str) -> Tokens<'a> {
        Tokens {
            text,
            pos: 0,
            options: self.options,
            split_until: 0,
        }
    }
}

/// The tokens of `text` with the default options: words, numbers, punctuation, abbreviations,
/// URLs and the rest, each a slice of `text` with its byte offset and kind.
///
/// Runs in one pass, linear in the length of `text`, and allocates nothing. Accepts any `&str`
/// (NFC, NFD, mixed, invalid Vietnamese) without panicking. See the module docs
/// ([`crate::token`]) for what is kept whole; see also [`Tokenizer`] for the options and
/// [`crate::sentence::sentences`] for sentences.
///
/// # Examples
///
/// Dates, times, abbreviations and a percentage stay whole:
///
/// ```
/// use vietnamese::tokens;
///
/// let text = "Sáng 25/5/2018, lúc 8h30, GS.TS. Nguyễn Văn A báo lãi 1,33%.";
/// let words: Vec<&str> = tokens(text).map(|t| t.text).collect();
/// assert_eq!(words, [
///     "Sáng", "25/5/2018", ",", "lúc", "8h30", ",", "GS.TS.", "Nguyễn", "Văn", "A", "báo",
///     "lãi", "1,33%", ".",
/// ]);
/// ```
///
/// NFD text gives the same tokens as NFC:
///
/// ```
/// use vietnamese::tokens;
///
/// let nfd = "Tie\u{302}\u{301}ng Vie\u{323}\u{302}t";
/// assert_eq!(tokens(nfd).count(), 2);
/// ```
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokenizer::default().tokens(text)
}

/// Whether `c` separates tokens: any Unicode white space (`char::is_whitespace`: space, tab,
/// line breaks, NBSP U+00A0, the U+2000 spaces, U+202F, U+3000, …), plus the zero-width space
/// U+200B and the byte order mark U+FEFF.
///
/// Separators are never part of a token, and everything between two tokens is separators.
///
/// # Examples
///
/// NBSP separates, a letter does not:
///
/// ```
/// use vietnamese::token::is_separator;
///
/// assert!(is_separator('\u{A0}'));
/// assert!(is_separator('\u{200B}'));
/// assert!(!is_separator('a'));
/// ```
#[must_use]
pub fn is_separator(c: char) -> bool {
    c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}'
}

/// An iterator over the [`Token`]s of a text.
///
/// Created by [`tokens`] and [`Tokenizer::tokens`].
///
/// # Examples
///
/// Collect the words of a headline:
///
/// ```
/// let words: Vec<&str> = vietnamese::tokens("Hà Nội mưa to").map(|t| t.text).collect();
/// assert_eq!(words, ["Hà", "Nội", "mưa", "to"]);
/// ```
#[derive(Debug, Clone)]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    options: TokenizeOptions,
    /// The end of the foreign hyphen compound being split, if any: its parts are plain words.
    split_until: usize,
}

impl<'a> Tokens<'a> {
    /// The part of the input not yet tokenized.
    ///
    /// # Examples
    ///
    /// After one token, the rest starts at the space:
    ///
    /// ```
    /// let mut it = vietnamese::tokens("Xin chào");
    /// it.next();
    /// assert_eq!(it.remainder(), " chào");
    /// ```
    #[must_use]
    pub fn remainder(&self) -> &'a str {
        self.text.get(self.pos..).unwrap_or("")
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let text = self.text;
        let bytes = text.as_bytes();
        let scanner = Scanner {
            text,
            bytes,
            options: self.options,
            split_end: Cell::new(0),
        };
        let mut pos = self.pos;
        // Skip separators, then scan the token; the common starts are decided on the first byte,
        // and a plain word (letters up to a space or simple punctuation) never leaves this loop.
        let (end, kind) = loop {
            let &b = bytes.get(pos)?;
            if b < 0x80 {
                match ASCII[b as usize] {
                    Class::Sep => {
                        pos += 1;
                        continue;
                    }
                    Class::Letter => {}
                    Class::Digit => break scanner.number(pos),
                    _ => break scanner.other(pos, b),
                }
            } else if fast_letter_len(bytes, pos).is_none() {
                let c = char_at(text, pos)?;
                if is_separator(c) {
                    pos += c.len_utf8();
                    continue;
                }
                break scanner.token(pos);
            }
            let run = scanner.run(pos);
            let next = bytes.get(run.end).copied().unwrap_or(b' ');
            // A later part of a foreign compound being split is a plain word.
            if WORD_END[next as usize] || pos < self.split_until {
                // The common case: a plain word before an ASCII byte (so no mark to extend over).
                let kind = if b.is_ascii_lowercase()
                    || run.digit
                    || (b >= 0x80 && byte_case(bytes, pos) == Some(false))
                {
                    TokenKind::Word
                } else {
                    scanner.run_kind(pos, run)
                };
                let word = text.get(pos..run.end)?;
                self.pos = run.end;
                return Some(Token {
                    text: word,
                    offset: pos,
                    kind,
                });
            }
            break scanner.word_after_run(pos, run);
        };
        if scanner.split_end.get() > pos {
            self.split_until = scanner.split_end.get();
        }
        let end = scanner.extend_marks(end);
        // A token is never empty and always ends on a char boundary; should a scanning rule
        // ever break that, fall back to one char rather than panic or loop.
        let token = match text.get(pos..end) {
            Some(t) if end > pos => t,
            _ => {
                let n = char_at(text, pos).map_or(1, char::len_utf8);
                text.get(pos..pos + n)?
            }
        };
        self.pos = pos + token.len();
        Some(Token {
            text: token,
            offset: pos,
            kind,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.text.len().saturating_sub(self.pos)))
    }
}

impl FusedIterator for Tokens<'_> {}

// ---------------------------------------------------------------------------------------------
// Character classes.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A separator (white space).
    Sep,
    /// A letter, or a digit of another script.
    Letter,
    /// An ASCII digit.
    Digit,
    /// A combining mark or a joiner: always continues the token before it.
    Mark,
    /// Punctuation.
    Punct,
    /// Anything else.
    Symbol,
}

const fn ascii_table() -> [Class; 128] {
    let mut t = [Class::Symbol; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphabetic() {
            Class::Letter
        } else if b.is_ascii_digit() {
            Class::Digit
        } else if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
            Class::Sep
        } else if matches!(
            b,
            b'!' | b'"'
                | b'#'
                | b'%'
                | b'&'
                | b'\''
                | b'('
                | b')'
                | b'*'
                | b','
                | b'-'
                | b'.'
                | b'/'
                | b':'
                | b';'
                | b'?'
                | b'@'
                | b'['
                | b'\\'
                | b']'
                | b'_'
                | b'{'
                | b'}'
        ) {
            Class::Punct
        } else {
            Class::Symbol
        };
        i += 1;
    }
    t
}

static ASCII: [Class; 128] = ascii_table();

/// The ASCII bytes after a run of letters that end a plain word: anything but the bytes that
/// may continue a longer token (`.`, `-`, `@`, `'`, `:`, `/`, `&`, `_`, `+`, `%`) and non-ASCII
/// (a mark to extend over, a `’` apostrophe).
static WORD_END: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = !matches!(
            i as u8,
            b'.' | b'-' | b'@' | b'\'' | b':' | b'/' | b'&' | b'_' | b'+' | b'%'
        );
        i += 1;
    }
    t
};

const R_STOP: u8 = 0;
const R_LETTER: u8 = 1;
const R_DIGIT: u8 = 2;
const R_NON_ASCII: u8 = 3;

/// How a byte continues a run of word characters.
static RUN: [u8; 256] = {
    let mut t = [R_NON_ASCII; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphabetic() {
            R_LETTER
        } else if b.is_ascii_digit() {
            R_DIGIT
        } else {
            R_STOP
        };
        i += 1;
    }
    t
};

/// The length of the letter or mark a lead byte starts, for the lead bytes [`LEAD_MASK`] covers
/// (0 for the others).
static LEAD_LEN: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0xC3;
    while b <= 0xC9 {
        t[b] = 2;
        b += 1;
    }
    t[0xCC] = 2;
    t[0xCD] = 2;
    t[0xE1] = 3;
    t
};

/// For a lead byte of [`LEAD_LEN`], the second bytes (their low six bits as bit numbers) that
/// make a letter or a mark: all but × ÷ after C3; U+0300..U+036F after CC/CD; U+1E00..U+1EFF
/// (E1 B8..BB) after E1.
static LEAD_MASK: [u64; 256] = {
    let mut t = [0u64; 256];
    t[0xC3] = !((1 << 0x17) | (1 << 0x37));
    let mut b = 0xC4;
    while b <= 0xC9 {
        t[b] = u64::MAX;
        b += 1;
    }
    t[0xCC] = u64::MAX;
    t[0xCD] = (1 << 0x30) - 1;
    t[0xE1] = 0b1111 << 0x38;
    t
};

/// The char starting at byte `i` (a char boundary), if any.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The class of a char. Non-ASCII chars are classified by the first char of their canonical
/// decomposition, so that NFC and NFD text classify alike.
fn class(c: char) -> Class {
    if c.is_ascii() {
        return ASCII[c as usize];
    }
    match c as u32 {
        0xC0..=0x24F if c != '×' && c != '÷' => return Class::Letter,
        0x300..=0x36F => return Class::Mark,
        0x1E00..=0x1EFF => return Class::Letter,
        _ => {}
    }
    if is_separator(c) {
        return Class::Sep;
    }
    if matches!(c, '\u{200C}' | '\u{200D}' | '\u{00AD}' | '\u{2060}') {
        return Class::Mark;
    }
    // The first char of the decomposition decides, except that a mark whose decomposition also
    // holds a non-mark (a two-part vowel sign of some Brahmic scripts) is classified by that
    // non-mark, as NFD text would show it.
    let mut first = None;
    let mut first_non_mark = None;
    decompose_canonical(c, |d| {
        if first.is_none() {
            first = Some(d);
        }
        if first_non_mark.is_none() && !is_combining_mark(d) {
            first_non_mark = Some(d);
        }
    });
    let mut d = first.unwrap_or(c);
    if is_combining_mark(d) {
        match first_non_mark {
            None => return Class::Mark,
            Some(n) => d = n,
        }
    }
    if d.is_ascii() {
        return ASCII[d as usize];
    }
    if is_combining_mark(d) {
        Class::Mark
    } else if d.is_alphanumeric() {
        Class::Letter
    } else if is_punctuation(d) {
        Class::Punct
    } else {
        Class::Symbol
    }
}

/// Non-ASCII punctuation (Unicode general category P*) in the blocks real text uses.
fn is_punctuation(c: char) -> bool {
    matches!(c as u32,
        0xA1 | 0xA7 | 0xAB | 0xB6 | 0xB7 | 0xBB | 0xBF
        | 0x37E | 0x387 | 0x55A..=0x55F | 0x589..=0x58A | 0x5BE | 0x5C0 | 0x5C3 | 0x5C6
        | 0x5F3..=0x5F4 | 0x60C..=0x60D | 0x61B | 0x61E..=0x61F | 0x66A..=0x66D | 0x6D4
        | 0x964..=0x965 | 0x970 | 0xE4F | 0xE5A..=0xE5B | 0x10FB
        | 0x2010..=0x2027 | 0x2030..=0x2043 | 0x2045..=0x2051 | 0x2053..=0x205E
        | 0x207D..=0x207E | 0x208D..=0x208E | 0x2308..=0x230B | 0x2329..=0x232A
        | 0x2768..=0x2775 | 0x27C5..=0x27C6 | 0x27E6..=0x27EF | 0x2983..=0x2998
        | 0x29D8..=0x29DB | 0x29FC..=0x29FD | 0x2E00..=0x2E4F
        | 0x3001..=0x3003 | 0x3008..=0x3011 | 0x3014..=0x301F | 0x3030 | 0x303D | 0x30A0 | 0x30FB
        | 0xFE10..=0xFE19 | 0xFE30..=0xFE52 | 0xFE54..=0xFE61 | 0xFE63 | 0xFE68 | 0xFE6A..=0xFE6B
        | 0xFF01..=0xFF03 | 0xFF05..=0xFF0A | 0xFF0C..=0xFF0F | 0xFF1A..=0xFF1B | 0xFF1F..=0xFF20
        | 0xFF3B..=0xFF3D | 0xFF3F | 0xFF5B | 0xFF5D | 0xFF5F..=0xFF65)
}

/// The char whose case stands for `c`'s: `c` itself, or for a precomposed char outside the
/// Latin blocks the first char of its canonical decomposition (so that `ᾈ`, a titlecase letter
/// that decomposes to the capital `Α` and marks, counts as NFD counts it).
fn case_char(c: char) -> char {
    match c as u32 {
        0..=0x24F | 0x1E00..=0x1EFF => c,
        _ => {
            let mut first = None;
            decompose_canonical(c, |d| {
                if first.is_none() {
                    first = Some(d);
                }
            });
            first.unwrap_or(c)
        }
    }
}

/// Whether `c` is a capital letter (as its canonical decomposition says).
fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        case_char(c).is_uppercase()
    }
}

/// Whether `c` is a small letter (as its canonical decomposition says).
fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        case_char(c).is_lowercase()
    }
}

/// The combining marks Vietnamese writes: five tones (and the two deprecated tone marks) and
/// three vowel modifiers.
fn is_vietnamese_mark(c: char) -> bool {
    matches!(
        c,
        '\u{300}'
            | '\u{301}'
            | '\u{303}'
            | '\u{309}'
            | '\u{323}'
            | '\u{340}'
            | '\u{341}'
            | '\u{302}'
            | '\u{306}'
            | '\u{31B}'
    )
}

// ---------------------------------------------------------------------------------------------
// The scanner.

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    options: TokenizeOptions,
    /// Set by [`Scanner::hyphen_compound`] when it splits a foreign compound: where the
    /// compound ends, so that its later parts are not scanned again.
    split_end: Cell<usize>,
}

/// What a run of word characters held.
#[derive(Clone, Copy, Default)]
struct Run {
    end: usize,
    digit: bool,
    non_ascii: bool,
}

/// Top-level domains a bare domain must end in to be read as a URL.
const TLDS: &[&str] = &[
    "ai", "app", "asia", "biz", "ca", "cn", "co", "com", "de", "dev", "edu", "fr", "gov", "info",
    "int", "io", "jp", "kr", "me", "net", "org", "ru", "sg", "tv", "uk", "us", "vn",
];

/// Currency codes and letters that make a number before them an amount of money.
const CURRENCY_WORDS: &[&str] = &["EUR", "JPY", "USD", "VND", "VNĐ", "Đ", "đ"];

impl<'a> Scanner<'a> {
    #[inline]
    fn byte(&self, i: usize) -> u8 {
        self.bytes.get(i).copied().unwrap_or(0)
    }

    /// The class of the char at `i` and its length; `None` at the end.
    #[inline]
    fn class_at(&self, i: usize) -> Option<(Class, usize)> {
        let &b = self.bytes.get(i)?;
        if b < 0x80 {
            return Some((ASCII[b as usize], 1));
        }
        let c = char_at(self.text, i)?;
        Some((class(c), c.len_utf8()))
    }

    /// Whether the byte at `i` is an ASCII letter or digit that stands alone: not followed by a
    /// combining mark. A base letter with marks (`e` + U+0301) is the NFD form of a non-ASCII
    /// letter (`é`), so the ASCII-only scanners (e-mail, domain) must refuse it as they refuse
    /// the precomposed letter.
    #[inline]
    fn is_bare_ascii_alnum_at(&self, i: usize) -> bool {
        self.byte(i).is_ascii_alphanumeric()
            && !(self.byte(i + 1) >= 0x80 && matches!(self.class_at(i + 1), Some((Class::Mark, _))))
    }

    #[inline]
    fn is_word_char_at(&self, i: usize) -> bool {
        matches!(
            self.class_at(i),
            Some((Class::Letter | Class::Digit | Class::Mark, _))
        )
    }

    /// Extends `end` over combining marks and joiners.
    #[inline]
    fn extend_marks(&self, mut end: usize) -> usize {
        while self.byte(end) >= 0x80 {
            match self.class_at(end) {
                Some((Class::Mark, n)) => end += n,
                _ => break,
            }
        }
        end
    }

    /// Scans a run of letters, digits and marks from `i`.
    #[inline]
    fn run(&self, mut i: usize) -> Run {
        let bytes = self.bytes;
        let mut run = Run::default();
        while i < bytes.len() {
            let b = bytes[i];
            match RUN[b as usize] {
                R_LETTER => i += 1,
                R_DIGIT => {
                    run.digit = true;
                    i += 1;
                }
                R_STOP => break,
                _ => {
                    run.non_ascii = true;
                    // The lead bytes of the Vietnamese letters and the combining marks: the
                    // length from one table, the second byte checked against a bit mask, so
                    // that the common letters take one well-predicted branch.
                    let n = LEAD_LEN[b as usize] as usize;
                    let b1 = bytes.get(i + 1).copied().unwrap_or(0);
                    if n != 0 && (LEAD_MASK[b as usize] >> (b1 & 0x3F)) & 1 != 0 {
                        i += n;
                        continue;
                    }
                    match fast_letter_len(bytes, i) {
                        Some(n) => i += n,
                        None => match self.class_at(i) {
                            Some((Class::Letter | Class::Digit | Class::Mark, n)) => i += n,
                            _ => break,
                        },
                    }
                }
            }
        }
        run.end = i;
        run
    }

    /// Scans ASCII digits from `i`; returns the end.
    #[inline]
    fn digits(&self, mut i: usize) -> usize {
        while self.byte(i).is_ascii_digit() {
            i += 1;
        }
        i
    }

    /// The token starting at `start` (not a separator): its end and kind.
    #[inline(never)]
    fn token(&self, start: usize) -> (usize, TokenKind) {
        let b = self.byte(start);
        if b < 0x80 {
            match ASCII[b as usize] {
                Class::Letter => return self.word(start),
                Class::Digit => return self.number(start),
                _ => return self.other(start, b),
            }
        }
        if fast_letter_len(self.bytes, start).is_some() {
            return self.word(start);
        }
        match self.class_at(start) {
            Some((Class::Letter | Class::Mark, _)) => self.word(start),
            Some((Class::Symbol, n)) => {
                let c = char_at(self.text, start).unwrap_or(' ');
                if matches!(c, '€' | '£' | '¥' | '₫' | '₩' | '₹')
                    && !self.options.split_money
                    && self.byte(start + n).is_ascii_digit()
                {
                    let end = self.number_body(start + n);
                    return (end, TokenKind::Money);
                }
                (start + n, TokenKind::Symbol)
            }
            Some((Class::Punct, n)) => {
                if char_at(self.text, start) == Some('…') {
                    return (self.terminal_run(start), TokenKind::Punctuation);
                }
                (start + n, TokenKind::Punctuation)
            }
            // Separators are skipped by the caller; digits are ASCII.
            Some((_, n)) => (start + n, TokenKind::Symbol),
            None => (start + 1, TokenKind::Symbol),
        }
    }

    /// A run of `.`, `?`, `!` and `…`.
    fn terminal_run(&self, mut i: usize) -> usize {
        loop {
            match self.byte(i) {
                b'.' | b'?' | b'!' => i += 1,
                0xE2 if self.bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6]) => i += 3,
                _ => return i,
            }
        }
    }

    /// Tokens that start with ASCII punctuation or a symbol.
    #[inline(never)]
    fn other(&self, start: usize, b: u8) -> (usize, TokenKind) {
        match b {
            b'.' | b'?' | b'!' => (self.terminal_run(start), TokenKind::Punctuation),
            b'$' if !self.options.split_money && self.byte(start + 1).is_ascii_digit() => {
                (self.number_body(start + 1), TokenKind::Money)
            }
            b'#' if self.is_word_char_at(start + 1) || self.byte(start + 1) == b'_' => {
                let mut i = start + 1;
                loop {
                    if self.byte(i) == b'_' {
                        i += 1;
                        continue;
                    }
                    let r = self.run(i);
                    if r.end == i {
                        break;
                    }
                    i = r.end;
                }
                (i, TokenKind::Hashtag)
            }
            b'@' if self.is_word_char_at(start + 1) || self.byte(start + 1) == b'_' => {
                let mut i = start + 1;
                loop {
                    let c = self.byte(i);
                    if c == b'_' || (c == b'.' && self.is_word_char_at(i + 1)) {
                        i += 1;
                        continue;
                    }
                    let r = self.run(i);
                    if r.end == i {
                        break;
                    }
                    i = r.end;
                }
                (i, TokenKind::Mention)
            }
            _ => (
                start + 1,
                if ASCII[b as usize] == Class::Punct {
                    TokenKind::Punctuation
                } else {
                    TokenKind::Symbol
                },
            ),
        }
    }

    // -----------------------------------------------------------------------------------------
    // Words.

    /// A token that starts with a letter (or a stray mark).
    fn word(&self, start: usize) -> (usize, TokenKind) {
        let run = self.run(start);
        self.word_after_run(start, run)
    }

    /// A token that starts with a letter, after its first run of word characters.
    #[inline(never)]
    fn word_after_run(&self, start: usize, run: Run) -> (usize, TokenKind) {
        let end = run.end;
        match self.byte(end) {
            b'.' | b'-' | b'@' | b'\'' | b':' | b'/' | b'&' | b'_' | b'+' | b'%' | 0xE2 => {
                if let Some(found) = self.word_special(start, run) {
                    return found;
                }
            }
            _ => {}
        }
        (end, self.run_kind(start, run))
    }

    /// The kind of a plain run of word characters.
    #[inline(never)]
    fn run_kind(&self, start: usize, run: Run) -> TokenKind {
        let b = self.byte(start);
        // Fast exit: a run starting with an ASCII lowercase letter is a word.
        if b.is_ascii_lowercase() || run.digit {
            return TokenKind::Word;
        }
        let s = &self.text[start..run.end];
        let bytes = s.as_bytes();
        // A small first letter (`đã`), or a capital then a small letter and a small letter at
        // the end (`Việt`, `Nội`): a word, decided from the bytes for the Vietnamese letters.
        let first = byte_case(bytes, 0);
        if first == Some(false) {
            return TokenKind::Word;
        }
        if first == Some(true) {
            let second_at = utf8_len(bytes[0]);
            if byte_case(bytes, second_at) == Some(false) {
                let mut last_at = bytes.len() - 1;
                while last_at > 0 && (0x80..0xC0).contains(&bytes[last_at]) {
                    last_at -= 1;
                }
                if byte_case(bytes, last_at) == Some(false) {
                    return TokenKind::Word;
                }
            }
        }
        if is_acronym(s) {
            TokenKind::Abbreviation
        } else {
            TokenKind::Word
        }
    }

    /// The rarer shapes of a token starting with a letter, decided by the byte after its first
    /// run.
    fn word_special(&self, start: usize, run: Run) -> Option<(usize, TokenKind)> {
        let end = run.end;
        let next = self.byte(end);
        let ascii_run = !run.non_ascii;
        // The common case at the end of a sentence: a period and then no letter or digit. Only a
        // period abbreviation (`v.v.`, `TP.`) can take that period.
        if next == b'.' && !self.byte(end + 1).is_ascii_alphanumeric() && self.byte(end + 1) < 0x80
        {
            return period_abbreviation_chain(self.text, start)
                .map(|e| (e, TokenKind::Abbreviation));
        }
        // URL with a scheme.
        if next == b':' && ascii_run && self.bytes.get(end..end + 3) == Some(b"://") {
            let scheme = &self.text[start..end];
            if (2..=10).contains(&scheme.len()) && self.is_word_char_at(end + 3) {
                return Some((self.url_end(end + 3), TokenKind::Url));
            }
        }
        if ascii_run && matches!(next, b'.' | b'_' | b'+' | b'-' | b'%' | b'@') {
            if let Some(e) = self.email(start) {
                return Some((e, TokenKind::Email));
            }
        }
        if next == b'.' {
            if let Some(e) = period_abbreviation_chain(self.text, start) {
                return Some((e, TokenKind::Abbreviation));
            }
            if ascii_run {
                if self.text[start..end].eq_ignore_ascii_case("www")
                    && self.is_word_char_at(end + 1)
                {
                    return Some((self.url_end(end + 1), TokenKind::Url));
                }
                if let Some(e) = self.domain(start) {
                    return Some((e, TokenKind::Url));
                }
            }
            if let Some(e) = self.initials(start) {
                return Some((e, TokenKind::Abbreviation));
            }
            return None;
        }
        if ascii_run && (next == b'-' || next == b'.') {
            if let Some(e) = self.domain(start) {
                return Some((e, TokenKind::Url));
            }
        }
        match next {
            b'-' => self.hyphen_compound(start, run),
            b'\'' => self.apostrophe(start, end, 1),
            // U+2019 RIGHT SINGLE QUOTATION MARK used as an apostrophe.
            0xE2 if self.bytes.get(end..end + 3) == Some(&[0xE2, 0x80, 0x99]) => {
                self.apostrophe(start, end, 3)
            }
            b'/' => self.slash_abbreviation(start, end),
            b'&' => {
                let left = &self.text[start..end];
                let r = self.run(end + 1);
                let right = self.text.get(end + 1..r.end)?;
                let caps = |s: &str| {
                    (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase())
                };
                (caps(left) && caps(right)).then_some((r.end, TokenKind::Abbreviation))
            }
            _ => None,
        }
    }

    /// `O'Neill`, `don't`: an apostrophe between letters continues the word.
    fn apostrophe(&self, start: usize, end: usize, len: usize) -> Option<(usize, TokenKind)> {
        let after = end + len;
        if !matches!(self.class_at(after), Some((Class::Letter, _))) {
            return None;
        }
        let r = self.run(after);
        Some((r.end, TokenKind::Word))
            .filter(|_| start < end)
            .map(|(e, k)| (self.continue_word(e).unwrap_or(e), k))
    }

    /// After `O'Neill` more apostrophes may follow (`rock'n'roll`); returns the end of the
    /// last letter run joined by one.
    fn continue_word(&self, mut end: usize) -> Option<usize> {
        let mut joined = false;
        loop {
            let len = if self.byte(end) == b'\'' {
                1
            } else if self.bytes.get(end..end + 3) == Some(&[0xE2, 0x80, 0x99]) {
                3
            } else {
                break;
            };
            if !matches!(self.class_at(end + len), Some((Class::Letter, _))) {
                break;
            }
            end = self.run(end + len).end;
            joined = true;
        }
        joined.then_some(end)
    }

    /// `v/v`, `Đ/c`, `đ/kg`: one or two letters on both sides of a slash; `A/H5N1`: a slash in
    /// an alphanumeric code (a word).
    fn slash_abbreviation(&self, start: usize, end: usize) -> Option<(usize, TokenKind)> {
        let right = self.run(end + 1);
        if right.end > end + 1
            && (right.digit || self.run(start).digit)
            && matches!(self.class_at(end + 1), Some((Class::Letter, _)))
            && self.byte(right.end) != b'/'
        {
            return Some((right.end, TokenKind::Word));
        }
        let left = letters_only_count(&self.text[start..end])?;
        let r = self.run(end + 1);
        let right = letters_only_count(self.text.get(end + 1..r.end)?)?;
        if (1..=2).contains(&left) && (1..=2).contains(&right) && self.byte(r.end) != b'/' {
            Some((r.end, TokenKind::Abbreviation))
        } else {
            None
        }
    }

    /// Groups joined by hyphens: `KT-XH`, `COVID-19`, `Moscow-Washington`.
    fn hyphen_compound(&self, start: usize, first: Run) -> Option<(usize, TokenKind)> {
        let mut end = first.end;
        let mut digit = first.digit;
        let mut parts = 1;
        let mut acronym = is_acronym_part(&self.text[start..first.end]);
        while self.byte(end) == b'-' && self.is_word_char_at(end + 1) {
            let r = self.run(end + 1);
            digit |= r.digit;
            acronym &= is_acronym_part(&self.text[end + 1..r.end]);
            end = r.end;
            parts += 1;
        }
        if parts == 1 {
            return None;
        }
        if digit {
            return Some((end, TokenKind::Word));
        }
        if acronym {
            return Some((end, TokenKind::Abbreviation));
        }
        if self.options.split_foreign_hyphen_compounds {
            self.split_end.set(end);
            return None;
        }
        Some((end, TokenKind::Word))
    }

    /// Single letters each followed by a period: `U.S.`, `e.g.`, `T.Ư`.
    fn initials(&self, start: usize) -> Option<usize> {
        let mut i = start;
        let mut letters = 0;
        loop {
            // Initials are short (`U.S.`, `T.Ư`); the bound keeps `A.B.C.…` linear.
            if letters == 8 {
                return None;
            }
            let r = self.run(i);
            if r.end == i || r.digit || letters_only_count(&self.text[i..r.end])? != 1 {
                break;
            }
            letters += 1;
            i = r.end;
            if self.byte(i) != b'.' {
                break;
            }
            i += 1;
        }
        if letters < 2 {
            return None;
        }
        // End on the last letter or its period; never before a word character.
        if self.is_word_char_at(i) {
            return None;
        }
        Some(i)
    }

    /// An e-mail address starting at `start`.
    fn email(&self, start: usize) -> Option<usize> {
        let bytes = self.bytes;
        let mut i = start;
        while let Some(&b) = bytes.get(i) {
            // A local part has at most 64 bytes (RFC 5321); the bound keeps a long run of
            // `a.a.a…` linear.
            if i - start > 64 {
                return None;
            }
            if self.is_bare_ascii_alnum_at(i) || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-') {
                i += 1;
            } else {
                break;
            }
        }
        if self.byte(i) != b'@' || i == start || bytes[i - 1] == b'.' {
            return None;
        }
        let (end, labels) = self.domain_labels(i + 1)?;
        (labels >= 2).then_some(end)
    }

    /// `label(.label)+` of ASCII letters, digits and inner hyphens; returns the end (before a
    /// final period) and the number of labels.
    fn domain_labels(&self, start: usize) -> Option<(usize, usize)> {
        let bytes = self.bytes;
        let mut i = start;
        let mut labels = 0;
        let mut end = start;
        loop {
            // A host name has at most 253 bytes (RFC 1035); the bound keeps `a.a.a…` linear.
            if i - start > 253 {
                return None;
            }
            let label_start = i;
            while let Some(&b) = bytes.get(i) {
                if self.is_bare_ascii_alnum_at(i) || (b == b'-' && i > label_start) {
                    i += 1;
                } else {
                    break;
                }
            }
            if i == label_start || bytes[i - 1] == b'-' {
                break;
            }
            labels += 1;
            end = i;
            if self.byte(i) == b'.' && self.is_bare_ascii_alnum_at(i + 1) {
                i += 1;
            } else {
                break;
            }
        }
        // A domain never runs into a non-ASCII letter or mark.
        if labels == 0 || self.is_word_char_at(end) {
            return None;
        }
        Some((end, labels))
    }

    /// A bare domain (`vnexpress.net`, `thuvienphapluat.vn/van-ban`) with a known TLD.
    fn domain(&self, start: usize) -> Option<usize> {
        let (end, labels) = self.domain_labels(start)?;
        if labels < 2 {
            return None;
        }
        let host = &self.text[start..end];
        let tld = host.rsplit('.').next()?;
        if !TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld)) {
            return None;
        }
        match self.byte(end) {
            b'/' | b':' if self.is_word_char_at(end + 1) => Some(self.url_end(end)),
            b'/' => Some(end + 1),
            _ => Some(end),
        }
    }

    /// The end of a URL body from `i`: everything up to a separator, less trailing punctuation
    /// (a closing bracket stays when the URL opened one).
    fn url_end(&self, i: usize) -> usize {
        let text = self.text;
        let mut end = i;
        let mut opens = 0usize;
        let mut closes = 0usize;
        for (k, c) in text[i..].char_indices() {
            if is_separator(c) {
                break;
            }
            match c {
                '(' => opens += 1,
                ')' => closes += 1,
                _ => {}
            }
            end = i + k + c.len_utf8();
        }
        // Trim trailing punctuation.
        while let Some(c) = text[i..end].chars().next_back() {
            let trim = match c {
                ')' => {
                    let t = closes > opens;
                    if t {
                        closes -= 1;
                    }
                    t
                }
                '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"' | ']' | '}' | '>' | '…' | '»'
                | '”' | '’' => true,
                _ => false,
            };
            if !trim {
                break;
            }
            end -= c.len_utf8();
        }
        end
    }

    // -----------------------------------------------------------------------------------------
    // Numbers.

    /// Digits with `.`/`,` between digit groups, from `i` (which must be a digit).
    fn number_body(&self, i: usize) -> usize {
        let mut end = self.digits(i);
        while matches!(self.byte(end), b'.' | b',') && self.byte(end + 1).is_ascii_digit() {
            end = self.digits(end + 1);
        }
        end
    }

    /// A token that starts with an ASCII digit.
    #[inline(never)]
    fn number(&self, start: usize) -> (usize, TokenKind) {
        let d1 = self.digits(start);
        let n1 = d1 - start;
        match self.byte(d1) {
            b'h' | b'H' if n1 <= 2 => {
                if let Some(e) = self.time_h(start, d1) {
                    return (e, TokenKind::Time);
                }
            }
            b':' if n1 <= 2 => {
                if let Some(e) = self.time_colon(d1) {
                    return (e, TokenKind::Time);
                }
            }
            b'/' if self.byte(d1 + 1).is_ascii_digit()
                || self.byte(d1 + 1).is_ascii_uppercase() =>
            {
                return self.slashed(start);
            }
            b'/' if self.byte(d1 + 1) >= 0x80
                && char_at(self.text, d1 + 1)
                    .is_some_and(|c| is_upper(c) && class(c) == Class::Letter) =>
            {
                return self.slashed(start);
            }
            b'-' if self.byte(d1 + 1).is_ascii_digit() => {
                if let Some(e) = self.dashed_date(start) {
                    return (e, TokenKind::Date);
                }
            }
            _ => {}
        }
        let end = self.number_body(start);
        let separated = end != d1;
        self.number_suffix(start, end, separated)
    }

    /// What follows a number: `%`, a currency, letters.
    fn number_suffix(&self, start: usize, end: usize, separated: bool) -> (usize, TokenKind) {
        let b = self.byte(end);
        if b == b'%' {
            if self.options.split_percent {
                return (end, TokenKind::Number);
            }
            return (end + 1, TokenKind::Percentage);
        }
        if b == b'$' {
            if self.options.split_money {
                return (end, TokenKind::Number);
            }
            return (end + 1, TokenKind::Money);
        }
        if b < 0x80 && !b.is_ascii_alphabetic() {
            return (end, TokenKind::Number);
        }
        if b >= 0x80 {
            let c = char_at(self.text, end).unwrap_or(' ');
            if c == '‰' {
                if self.options.split_percent {
                    return (end, TokenKind::Number);
                }
                return (end + c.len_utf8(), TokenKind::Percentage);
            }
            if matches!(c, '€' | '£' | '¥' | '₫' | '₩' | '₹') {
                if self.options.split_money {
                    return (end, TokenKind::Number);
                }
                return (end + c.len_utf8(), TokenKind::Money);
            }
            if class(c) != Class::Letter && class(c) != Class::Mark {
                return (end, TokenKind::Number);
            }
        }
        // Letters follow.
        let r = self.run(end);
        let word = &self.text[end..r.end];
        if !r.digit && CURRENCY_WORDS.contains(&word) {
            if self.options.split_money {
                return (end, TokenKind::Number);
            }
            return (r.end, TokenKind::Money);
        }
        if separated {
            return (end, TokenKind::Number);
        }
        // `4K`, `5G`, `10km`: an alphanumeric word, maybe hyphenated (`4K-UHD`).
        let run = Run {
            end: r.end,
            digit: true,
            non_ascii: r.non_ascii,
        };
        if self.byte(r.end) == b'-' {
            if let Some((e, _)) = self.hyphen_compound(start, run) {
                return (e, TokenKind::Word);
            }
        }
        (r.end, TokenKind::Word)
    }

    /// `12h30`, `8h`: one or two digits, `h`, then nothing or two digits.
    fn time_h(&self, start: usize, d1: usize) -> Option<usize> {
        let hour = parse(&self.text[start..d1])?;
        let after = d1 + 1;
        let d2 = self.digits(after);
        let ok = match d2 - after {
            0 => true,
            2 => parse(&self.text[after..d2])? < 60,
            _ => false,
        };
        if hour > 24 || !ok || self.is_word_char_at(d2) {
            return None;
        }
        Some(d2)
    }

    /// `8:30`, `08:30:15`.
    fn time_colon(&self, d1: usize) -> Option<usize> {
        let mut end = d1;
        let mut groups = 0;
        while self.byte(end) == b':' && groups < 2 {
            let d = self.digits(end + 1);
            if d - (end + 1) != 2 {
                break;
            }
            end = d;
            groups += 1;
        }
        if groups == 0 || self.byte(end).is_ascii_digit() || self.is_word_char_at(end) {
            return None;
        }
        Some(end)
    }

    /// Digit groups joined by slashes: a date, a fraction, or a document number
    /// (`35/2019/NĐ-CP`).
    fn slashed(&self, start: usize) -> (usize, TokenKind) {
        let mut groups: [u32; 3] = [0; 3];
        let mut widths: [usize; 3] = [0; 3];
        let mut n = 0;
        let mut i = start;
        loop {
            let d = self.digits(i);
            if n < 3 {
                groups[n] = parse(&self.text[i..d]).unwrap_or(u32::MAX);
                widths[n] = d - i;
            }
            n += 1;
            i = d;
            // Four groups are enough to tell a date from a run of numbers; stopping there keeps
            // `1/2/3/4/…` linear.
            if n < 4 && self.byte(i) == b'/' && self.byte(i + 1).is_ascii_digit() {
                i += 1;
            } else {
                break;
            }
        }
        // A document number: digits, then `/` and a code that starts with a capital (`/NĐ-CP`,
        // `/QH14`, `/QĐ-BGDĐT`).
        if self.byte(i) == b'/'
            && char_at(self.text, i + 1).is_some_and(|c| is_upper(c) && class(c) == Class::Letter)
        {
            let mut end = i;
            while self.byte(end) == b'/' && self.is_word_char_at(end + 1) {
                let r = self.run(end + 1);
                end = r.end;
                while self.byte(end) == b'-' && self.is_word_char_at(end + 1) {
                    end = self.run(end + 1).end;
                }
            }
            return (end, TokenKind::Word);
        }
        let date = match n {
            2 => {
                is_day_month(groups[0], groups[1])
                    || (widths[0] <= 2 && (1..=12).contains(&groups[0]) && widths[1] == 4)
            }
            3 => is_day_month(groups[0], groups[1]) && matches!(widths[2], 2 | 4),
            _ => false,
        };
        if date && !self.is_word_char_at(i) {
            (i, TokenKind::Date)
        } else {
            // A fraction or a run of numbers: the first number alone.
            let end = self.number_body(start);
            if n > 3 {
                return (end, TokenKind::Number);
            }
            (i, TokenKind::Number)
        }
    }

    /// `3-4/10/2016`, `25-5-2018`, `2018-05-25`.
    fn dashed_date(&self, start: usize) -> Option<usize> {
        let d1 = self.digits(start);
        let a = parse(&self.text[start..d1])?;
        let s2 = d1 + 1;
        let d2 = self.digits(s2);
        let b = parse(&self.text[s2..d2])?;
        match self.byte(d2) {
            // A range of days: `3-4/10/2016`, `3-4/10`.
            b'/' if self.byte(d2 + 1).is_ascii_digit() => {
                let s3 = d2 + 1;
                let d3 = self.digits(s3);
                let m = parse(&self.text[s3..d3])?;
                if !(is_day_month(a, m) && is_day_month(b, m) && a < b) {
                    return None;
                }
                let mut end = d3;
                if self.byte(end) == b'/' && self.byte(end + 1).is_ascii_digit() {
                    let d4 = self.digits(end + 1);
                    if !matches!(d4 - end - 1, 2 | 4) {
                        return None;
                    }
                    end = d4;
                }
                (!self.is_word_char_at(end) && self.byte(end) != b'/').then_some(end)
            }
            b'-' if self.byte(d2 + 1).is_ascii_digit() => {
                let s3 = d2 + 1;
                let d3 = self.digits(s3);
                let c = parse(&self.text[s3..d3])?;
                let (w1, w3) = (d1 - start, d3 - s3);
                let ok = (w1 <= 2 && w3 == 4 && is_day_month(a, b))
                    || (w1 == 4 && d2 - s2 == 2 && w3 == 2 && is_day_month(c, b));
                (ok && !self.is_word_char_at(d3) && self.byte(d3) != b'-').then_some(d3)
            }
            _ => None,
        }
    }
}

/// The length of the letter or mark at `i` when its lead byte says so without decoding: Latin-1
/// to Latin Extended-B letters (U+00C0..U+024F but × ÷), combining marks U+0300..U+036F and
/// Latin Extended Additional (U+1E00..U+1EFF, the ạ..ỹ block).
#[inline]
fn fast_letter_len(bytes: &[u8], i: usize) -> Option<usize> {
    let b = *bytes.get(i)?;
    let b1 = bytes.get(i + 1).copied().unwrap_or(0);
    let latin = (0xC3..=0xC9).contains(&b) && !(b == 0xC3 && (b1 == 0x97 || b1 == 0xB7));
    let mark = b == 0xCC || (b == 0xCD && b1 < 0xB0);
    if latin || mark {
        Some(2)
    } else if b == 0xE1 && (0xB8..=0xBB).contains(&b1) {
        Some(3)
    } else {
        None
    }
}

/// The length of the UTF-8 sequence a lead byte starts.
#[inline]
fn utf8_len(b: u8) -> usize {
    match b {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// The case of the letter at byte `i` of `bytes` when its bytes tell without decoding: `Some(true)`
/// for a capital, `Some(false)` for a small letter, among ASCII and the Vietnamese letters
/// (Latin-1, Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư and U+1EA0..U+1EF9); `None` for anything else, which the
/// caller then decodes.
#[inline]
fn byte_case(bytes: &[u8], i: usize) -> Option<bool> {
    let b = *bytes.get(i)?;
    if b < 0x80 {
        return if b.is_ascii_uppercase() {
            Some(true)
        } else if b.is_ascii_lowercase() {
            Some(false)
        } else {
            None
        };
    }
    let b1 = *bytes.get(i + 1)?;
    match b {
        // U+00C0..U+00DE capitals (but × U+00D7), U+00DF..U+00FF small (but ÷ U+00F7).
        0xC3 => match b1 {
            0x97 | 0xB7 => None,
            0x80..=0x9E => Some(true),
            0x9F..=0xBF => Some(false),
            _ => None,
        },
        // Ă ă (U+0102/3), Đ đ (U+0110/1), Ĩ ĩ (U+0128/9): capitals at even code points.
        0xC4 if matches!(b1, 0x82 | 0x83 | 0x90 | 0x91 | 0xA8 | 0xA9) => Some(b1 & 1 == 0),
        // Ũ ũ (U+0168/9).
        0xC5 if matches!(b1, 0xA8 | 0xA9) => Some(b1 & 1 == 0),
        // Ơ ơ (U+01A0/1), Ư ư (U+01AF/U+01B0).
        0xC6 => match b1 {
            0xA0 | 0xAF => Some(true),
            0xA1 | 0xB0 => Some(false),
            _ => None,
        },
        // U+1EA0..U+1EF9 (Ạ ạ .. Ỹ ỹ): capitals at even code points.
        0xE1 if b1 == 0xBA || b1 == 0xBB => {
            let b2 = *bytes.get(i + 2)?;
            let even = b2 & 1 == 0;
            let in_range = (b1 == 0xBA && b2 >= 0xA0) || (b1 == 0xBB && b2 <= 0xB9);
            in_range.then_some(even)
        }
        _ => None,
    }
}

/// Whether `c` is a combining mark or joiner, with a fast path for U+0300..U+036F.
#[inline]
fn is_mark(c: char) -> bool {
    match c as u32 {
        0..=0x2FF => c == '\u{AD}',
        0x300..=0x36F => true,
        0x1E00..=0x1EFF => false,
        _ => class(c) == Class::Mark,
    }
}

fn parse(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 {
        return None;
    }
    s.parse().ok()
}

fn is_day_month(day: u32, month: u32) -> bool {
    (1..=31).contains(&day) && (1..=12).contains(&month)
}

/// The number of letters in `s` if it holds Latin letters and marks only. Latin letters
/// (ASCII, U+00C0..U+024F, U+1E00..U+1EFF) count the same in NFC and NFD; other scripts (a
/// Hangul syllable is three jamo in NFD) are refused.
fn letters_only_count(s: &str) -> Option<usize> {
    let mut n = 0;
    for c in s.chars() {
        if is_mark(c) {
            continue;
        }
        let latin = c.is_ascii_alphabetic()
            || matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF) && class(c) == Class::Letter;
        if !latin {
            return None;
        }
        n += 1;
        // Callers only tell one letter from two or more; stop early on long words.
        if n > 2 {
            return Some(n);
        }
    }
    Some(n)
}

/// The case shape of a run of letters (marks skipped): how many capitals and small letters,
/// how many capitals come before the first small letter, and whether it ends in a capital.
/// `None` when it holds anything but letters and marks.
struct CaseShape {
    upper: usize,
    lower: usize,
    leading_upper: usize,
    last_upper: bool,
}

impl CaseShape {
    fn of(s: &str) -> Option<Self> {
        let mut shape = CaseShape {
            upper: 0,
            lower: 0,
            leading_upper: 0,
            last_upper: false,
        };
        for c in s.chars() {
            if is_mark(c) {
                continue;
            }
            if is_upper(c) {
                shape.upper += 1;
                if shape.lower == 0 {
                    shape.leading_upper += 1;
                }
                shape.last_upper = true;
            } else if is_lower(c) {
                shape.lower += 1;
                shape.last_upper = false;
            } else {
                return None;
            }
        }
        Some(shape)
    }

    /// Two or more capitals, and small letters only as a short tail or inside (`TTg`, `PGs`,
    /// `ĐHQGHCM`, `KHCN`): the shape of an abbreviation with small letters in it.
    fn is_abbreviation_with_small_letters(&self) -> bool {
        self.upper >= 2
            && self.lower > 0
            && self.lower <= 2
            && (self.leading_upper >= 2 || self.last_upper)
    }
}

/// A run of letters shaped like an abbreviation (see the module docs).
fn is_acronym(s: &str) -> bool {
    // Fast exit for a capitalised word (`Việt`): a capital, then a small letter, and no
    // capital at the end. Past it, the first letter is a capital.
    let mut letters = s.chars().filter(|&c| !is_mark(c));
    match (letters.next(), letters.next()) {
        (Some(a), Some(b)) if is_upper(a) => {
            if is_lower(b) && !s.chars().rev().find(|&c| !is_mark(c)).is_some_and(is_upper) {
                return false;
            }
        }
        _ => return false,
    }
    let Some(shape) = CaseShape::of(s) else {
        return false;
    };
    if shape.upper >= 2 && shape.lower == 0 {
        return !is_syllable(s) && !is_roman_numeral(s);
    }
    shape.is_abbreviation_with_small_letters()
}

/// A Roman numeral of the letters I, V, X, L (`II`, `IV`, `XIV`, `XXXIII`): chapter and part
/// numbers of laws, which stay words. C, D and M are left out: `CV` (công văn), `CD`, `MC` are
/// abbreviations far more often than numbers.
fn is_roman_numeral(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 8 || !b.iter().all(|c| matches!(c, b'I' | b'V' | b'X' | b'L')) {
        return false;
    }
    // Tens (L?X{0,3} | XL), then units (IX | IV | V?I{0,3}).
    let mut i = 0;
    let take = |i: &mut usize, c: u8, max: usize| {
        let mut n = 0;
        while *i < b.len() && b[*i] == c && n < max {
            *i += 1;
            n += 1;
        }
    };
    if b[i..].starts_with(b"XL") {
        i += 2;
    } else {
        take(&mut i, b'L', 1);
        take(&mut i, b'X', 3);
    }
    if b[i..].starts_with(b"IX") || b[i..].starts_with(b"IV") {
        i += 2;
    } else {
        take(&mut i, b'V', 1);
        take(&mut i, b'I', 3);
    }
    i == b.len()
}

/// A part of a hyphen group that reads as an abbreviation (`KT`, `ĐT`, `TTg`): like
/// [`is_acronym`] but an all-capital syllable counts too (`CP`, `BỘ` in `NĐ-CP`, `BỘ-NGÀNH`).
fn is_acronym_part(s: &str) -> bool {
    CaseShape::of(s).is_some_and(|shape| {
        (shape.upper >= 2 && shape.lower == 0) || shape.is_abbreviation_with_small_letters()
    })
}

/// Whether an all-letter word can be read as one Vietnamese syllable (onset, one to three
/// vowels, coda), ignoring tone and vowel marks. Used to tell `VIỆT` (a word in capitals) from
/// `UBND` (an abbreviation).
fn is_syllable(s: &str) -> bool {
    let mut buf = [0u8; 8];
    let mut n = 0;
    let mut ok = true;
    for c in s.chars() {
        // Decomposed, so NFC and NFD read alike; đ has no decomposition.
        decompose_canonical(c, |d| {
            let base = if d.is_ascii_alphabetic() {
                d.to_ascii_lowercase() as u8
            } else if d == 'Đ' || d == 'đ' {
                b'd'
            } else if is_vietnamese_mark(d) {
                return;
            } else {
                ok = false;
                return;
            };
            if n == buf.len() {
                ok = false;
                return;
            }
            buf[n] = base;
            n += 1;
        });
        if !ok {
            return false;
        }
    }
    is_syllable_shape(&buf[..n])
}

/// Whether lower-case ASCII letters read as onset, one to three vowels and coda. The onset is the
/// consonants before the first vowel, or `gi`/`qu`, whose vowel letter belongs to the onset.
fn is_syllable_shape(w: &[u8]) -> bool {
    let is_vowel = |b: &u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let rhyme = |rest: &[u8]| {
        let v = rest.iter().take_while(|b| is_vowel(b)).count();
        (1..=3).contains(&v)
            && matches!(
                &rest[v..],
                b"" | b"c" | b"ch" | b"m" | b"n" | b"ng" | b"nh" | b"p" | b"t"
            )
    };
    let c = w.iter().take_while(|b| !is_vowel(b)).count();
    let onset = matches!(
        &w[..c],
        b"" | b"b"
            | b"c"
            | b"ch"
            | b"d"
            | b"g"
            | b"gh"
            | b"h"
            | b"k"
            | b"kh"
            | b"l"
            | b"m"
            | b"n"
            | b"ng"
            | b"ngh"
            | b"nh"
            | b"p"
            | b"ph"
            | b"r"
            | b"s"
            | b"t"
            | b"th"
            | b"tr"
            | b"v"
            | b"x"
    );
    (onset && rhyme(&w[c..])) || ((w.starts_with(b"gi") || w.starts_with(b"qu")) && rhyme(&w[2..]))
}

// ---------------------------------------------------------------------------------------------
// Period abbreviations (shared with the sentence splitter).

/// The period abbreviations, each decomposed canonically (NFD), in buckets by the first byte
/// of their text (ASCII bytes, and one bucket at index 128 for the rest), longest first.
struct PeriodTable {
    /// (NFD chars, ends with a period).
    buckets: Vec<Vec<(Vec<char>, bool)>>,
}

static PERIOD_TABLE: LazyLock<PeriodTable> = LazyLock::new(|| {
    let mut buckets: Vec<Vec<(Vec<char>, bool)>> = vec![Vec::new(); 129];
    for e in PERIOD_ABBREVIATIONS {
        let mut v = Vec::new();
        for c in e.chars() {
            decompose_canonical(c, |d| v.push(d));
        }
        let first = v
            .first()
            .map_or(128, |&c| if c.is_ascii() { c as usize } else { 128 });
        buckets[first].push((v, e.ends_with('.')));
    }
    for bucket in &mut buckets {
        bucket.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
    }
    PeriodTable { buckets }
});

/// The end of the longest period abbreviation starting at `pos`, matched canonically (NFC and
/// NFD input match alike) and case-sensitively. An entry that ends in a period may be followed by
/// anything but a combining mark; one that does not (`TP.HCM`) must not be followed by a word
/// character.
fn period_abbreviation_at(text: &str, pos: usize) -> Option<usize> {
    let &b = text.as_bytes().get(pos)?;
    let bucket = &PERIOD_TABLE.buckets[if b < 0x80 { b as usize } else { 128 }];
    if bucket.is_empty() {
        return None;
    }
    let rest = text.get(pos..)?;
    'entries: for (entry, ends_with_period) in bucket {
        let mut k = 0;
        let mut end = pos;
        let mut chars = rest.chars();
        while k < entry.len() {
            let Some(c) = chars.next() else {
                continue 'entries;
            };
            if c.is_ascii() {
                if entry[k] != c {
                    continue 'entries;
                }
                k += 1;
            } else {
                let mut ok = true;
                decompose_canonical(c, |d| {
                    if ok && entry.get(k) == Some(&d) {
                        k += 1;
                    } else {
                        ok = false;
                    }
                });
                if !ok {
                    continue 'entries;
                }
            }
            end += c.len_utf8();
        }
        let next = text[end..].chars().next();
        let ok = match next {
            None => true,
            Some(c) => {
                let cl = class(c);
                if *ends_with_period {
                    cl != Class::Mark
                } else {
                    !matches!(cl, Class::Letter | Class::Digit | Class::Mark)
                }
            }
        };
        if ok {
            return Some(end);
        }
    }
    None
}

/// The end of a chain of period abbreviations starting at `pos` (`GS.TS.`, `PGS.TS.`), if one
/// starts there. Shared with [`crate::sentence`].
pub(crate) fn period_abbreviation_chain(text: &str, pos: usize) -> Option<usize> {
    let mut end = period_abbreviation_at(text, pos)?;
    while text.as_bytes().get(end - 1) == Some(&b'.') {
        match period_abbreviation_at(text, end) {
            Some(e) => end = e,
            None => break,
        }
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    /// The obvious reading of a syllable shape: some onset of the list, then one to three vowels,
    /// then a coda of the list.
    fn is_syllable_shape_slow(w: &[u8]) -> bool {
        const ONSETS: &[&[u8]] = &[
            b"ngh", b"ng", b"nh", b"ch", b"gh", b"gi", b"kh", b"ph", b"qu", b"th", b"tr", b"b",
            b"c", b"d", b"g", b"h", b"k", b"l", b"m", b"n", b"p", b"r", b"s", b"t", b"v", b"x",
            b"",
        ];
        const CODAS: &[&[u8]] = &[b"", b"c", b"ch", b"m", b"n", b"ng", b"nh", b"p", b"t"];
        let is_vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
        ONSETS.iter().any(|onset| {
            let Some(rest) = w.strip_prefix(*onset) else {
                return false;
            };
            let v = rest.iter().take_while(|&&b| is_vowel(b)).count();
            (1..=3).contains(&v) && CODAS.contains(&&rest[v..])
        })
    }

    /// The fast shape test agrees with the obvious one on every word of up to five letters drawn
    /// from the letters that matter (vowels, onset and coda consonants, and one that is neither).
    #[test]
    fn syllable_shape_matches_the_obvious_definition() {
        const LETTERS: &[u8] = b"aeiouycghknmpqrtwb";
        let mut word = Vec::new();
        fn all(word: &mut Vec<u8>, depth: usize) {
            assert_eq!(
                is_syllable_shape(word),
                is_syllable_shape_slow(word),
                "{:?}",
                String::from_utf8_lossy(word)
            );
            if depth == 0 {
                return;
            }
            for &l in LETTERS {
                word.push(l);
                all(word, depth - 1);
                word.pop();
            }
        }
        all(&mut word, 5);
    }

    use super::*;

    fn kinds(s: &str) -> Vec<(&str, TokenKind)> {
        tokens(s).map(|t| (t.text, t.kind)).collect()
    }

    #[test]
    fn syllables() {
        for s in [
            "VIỆT",
            "NAM",
            "NGHĨA",
            "QUỐC",
            "GIA",
            "HỘI",
            "XÃ",
            "ĐIỀU",
            "TRƯỞNG",
            "gì",
        ] {
            assert!(is_syllable(s), "{s}");
        }
        for s in [
            "UBND", "HĐND", "TP", "HCM", "WHO", "ASEAN", "COVID", "USA", "BHXH",
        ] {
            assert!(!is_syllable(s), "{s}");
        }
    }

    #[test]
    fn acronyms() {
        for s in ["UBND", "HĐND", "ThS", "TTg", "TpHCM", "PhD"] {
            assert!(is_acronym(s), "{s}");
        }
        for s in [
            "VIỆT",
            "Việt",
            "McDonald",
            "VnExpress",
            "iPhone",
            "A",
            "IV",
            "XXXIII",
            "HùngQUỐC",
        ] {
            assert!(!is_acronym(s), "{s}");
        }
    }

    #[test]
    fn byte_case_agrees_with_char_case() {
        for c in ('\0'..='\u{2FFF}').chain('\u{1E00}'..='\u{1EFF}') {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if let Some(upper) = byte_case(bytes, 0) {
                assert_eq!(upper, c.is_uppercase(), "{c:?}");
                assert_eq!(!upper, c.is_lowercase(), "{c:?}");
            }
        }
        for c in "ĂăĐđĨĩŨũƠơƯưẠạỸỹÀàÝý".chars() {
            let mut buf = [0u8; 4];
            assert!(
                byte_case(c.encode_utf8(&mut buf).as_bytes(), 0).is_some(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn period_table_matches_nfd() {
        let nfd = "NSU\u{31B}T. Chí Trung";
        assert_eq!(period_abbreviation_chain(nfd, 0), Some(7));
        assert_eq!(period_abbreviation_chain("GS.TS. A", 0), Some(6));
        assert_eq!(period_abbreviation_chain("TP.HCM.", 0), Some(6));
        assert_eq!(period_abbreviation_chain("TP.HCMC", 0), Some(3));
        assert_eq!(period_abbreviation_chain("Th.Sĩ", 0), None);
    }

    #[test]
    fn basic_shapes() {
        assert_eq!(
            kinds("KT-XH 35/2019/NĐ-CP vnexpress.net"),
            [
                ("KT-XH", TokenKind::Abbreviation),
                ("35/2019/NĐ-CP", TokenKind::Word),
                ("vnexpress.net", TokenKind::Url)
            ]
        );
    }
}
