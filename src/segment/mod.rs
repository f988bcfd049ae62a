//! Word segmentation: which syllables of Vietnamese text belong to one word.
//!
//! Vietnamese writes a space between syllables, not between words: "cải cách hành chính" is two
//! words, `cải_cách hành_chính`. [`segment`] finds the words of a text with a built-in dictionary
//! of multi-syllable words and their weights; a [`Segmenter`] takes user words and options.
//!
//! The text goes through the tokenizer first; a run of syllables (word tokens made of letters,
//! separated by spaces on one line) is split into words by dynamic programming: the split with the
//! largest total weight of its multi-syllable words wins. Runs of capitalised syllables are proper
//! names and make one word ("Lê Đình Sơn", "Quảng Ninh"), except a capital that only opens a
//! sentence ("Ông Lộc", "Theo Lê Đình Sơn"). Every other token (punctuation, numbers, dates,
//! URLs, abbreviations …) comes through as one word, exactly as the tokenizer made it.
//!
//! Each [`Word`] is a slice of the input with its byte offset: a multi-syllable word spans the
//! spaces between its syllables, and nothing of the text is changed. Lookups use a key that is
//! lower-cased, composed (NFC), has the tone mark on the main vowel and writes a lone final `y`
//! after a consonant as `i`, so NFC and NFD input, any case, either tone-mark placement
//! ("hòa"/"hoà") and either spelling of that vowel ("kỹ thuật"/"kĩ thuật", "công ty"/"công ti")
//! segment alike.
//!
//! The dictionary ships with the `segment` feature (on by default): multi-syllable words
//! written by the project; see `data/README.md` for the sources.
//!
//! # Examples
//!
//! Words in the underscore convention that PhoBERT-style models read:
//!
//! ```
//! use vietnamese::segment::underscored;
//!
//! assert_eq!(underscored("Cải cách hành chính ở Quảng Ninh."), "Cải_cách hành_chính ở Quảng_Ninh.");
//! ```

mod core;
mod dict;
mod key;

use std::collections::VecDeque;
use std::fmt;
use std::iter::FusedIterator;
use std::sync::{Arc, LazyLock};

use self::core::Scratch;
use self::dict::{Entry, KeyMap, LISTED_WEIGHT, Lexicon, MAX_SYLLABLES};
use self::key::word_key;
use crate::token::{Token, TokenKind, Tokens, tokens};

/// Options of a [`Segmenter`].
///
/// `#[non_exhaustive]`: build it with `SegmentOptions::default()` and the setters or field
/// assignments.
///
/// # Examples
///
/// A segmenter that does not join capitalised syllables into names:
///
/// ```
/// use vietnamese::segment::{SegmentOptions, Segmenter};
///
/// let segmenter = Segmenter::with_options(SegmentOptions::default().names(false));
/// let words: Vec<&str> = segmenter.segment("Lê Đình Sơn").map(|w| w.text).collect();
/// assert_eq!(words, ["Lê", "Đình", "Sơn"]);
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SegmentOptions {
    /// Use the built-in dictionary (default `true`). Without it only user words, names and
    /// reduplications join syllables.
    pub builtin_dictionary: bool,
    /// Join runs of capitalised syllables into one word, as proper names (default `true`).
    pub names: bool,
    /// Join a syllable repeated at once ("quen quen", "dần dần") into one word (default `true`).
    pub reduplication: bool,
}

impl Default for SegmentOptions {
    fn default() -> Self {
        Self {
            builtin_dictionary: true,
            names: true,
            reduplication: true,
        }
    }
}

impl SegmentOptions {
    /// Sets [`builtin_dictionary`](Self::builtin_dictionary).
    ///
    /// # Examples
    ///
    /// Without the built-in dictionary, nothing joins "hành chính":
    ///
    /// ```
    /// use vietnamese::segment::{SegmentOptions, Segmenter};
    ///
    /// let s = Segmenter::with_options(SegmentOptions::default().builtin_dictionary(false));
    /// assert_eq!(s.underscored("hành chính"), "hành chính");
    /// ```
    #[must_use]
    pub fn builtin_dictionary(mut self, yes: bool) -> Self {
        self.builtin_dictionary = yes;
        self
    }

    /// Sets [`names`](Self::names).
    ///
    /// # Examples
    ///
    /// Names are joined by default:
    ///
    /// ```
    /// use vietnamese::segment::{SegmentOptions, Segmenter};
    ///
    /// let s = Segmenter::with_options(SegmentOptions::default().names(true));
    /// assert_eq!(s.underscored("gặp Lê Đình Sơn"), "gặp Lê_Đình_Sơn");
    /// ```
    #[must_use]
    pub fn names(mut self, yes: bool) -> Self {
        self.names = yes;
        self
    }

    /// Sets [`reduplication`](Self::reduplication).
    ///
    /// # Examples
    ///
    /// Without it, "quen quen" stays two words:
    ///
    /// ```
    /// use vietnamese::segment::{SegmentOptions, Segmenter};
    ///
    /// let s = Segmenter::with_options(SegmentOptions::default().reduplication(false));
    /// assert_eq!(s.underscored("quen quen"), "quen quen");
    /// ```
    #[must_use]
    pub fn reduplication(mut self, yes: bool) -> Self {
        self.reduplication = yes;
        self
    }
}

/// A configured word segmenter: the built-in dictionary, user words added or removed, options.
///
/// [`Segmenter::new`] pays for the built-in dictionary once per process (about 15 ms to build
/// its 27,200 words; it is shared by every segmenter); user words live in the segmenter itself. [`segment`] and [`underscored`] use a
/// default segmenter.
///
/// # Examples
///
/// A user word joins syllables the built-in dictionary leaves apart, and a removed word splits:
///
/// ```
/// use vietnamese::segment::Segmenter;
///
/// let mut s = Segmenter::new();
/// s.add_word("cà phê sữa đá");
/// s.remove_word("hành chính");
/// assert_eq!(s.underscored("cà phê sữa đá hành chính"), "cà_phê_sữa_đá hành chính");
/// ```
#[derive(Debug, Clone)]
pub struct Segmenter {
    builtin: Option<Arc<Lexicon>>,
    added: Lexicon,
    removed: KeyMap<()>,
    options: SegmentOptions,
}

#[cfg(feature = "segment")]
static BUILTIN: LazyLock<Arc<Lexicon>> = LazyLock::new(|| Arc::new(dict::builtin()));
static DEFAULT: LazyLock<Segmenter> = LazyLock::new(Segmenter::new);

impl Default for Segmenter {
    fn default() -> Self {
        Self::new()
    }
}

impl Segmenter {
    /// A segmenter with the built-in dictionary and the default options.
    ///
    /// See also [`Segmenter::with_options`].
    ///
    /// # Examples
    ///
    /// The same words as [`segment`]:
    ///
    /// ```
    /// use vietnamese::segment::Segmenter;
    ///
    /// let words: Vec<&str> = Segmenter::new().segment("thủ tướng chính phủ").map(|w| w.text).collect();
    /// assert_eq!(words, ["thủ tướng", "chính phủ"]);
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::with_options(SegmentOptions::default())
    }

    /// A segmenter with `options`.
    ///
    /// # Examples
    ///
    /// A segmenter with only user words:
    ///
    /// ```
    /// use vietnamese::segment::{SegmentOptions, Segmenter};
    ///
    /// let mut s = Segmenter::with_options(SegmentOptions::default().builtin_dictionary(false));
    /// s.add_word("hành chính");
    /// assert_eq!(s.underscored("cải cách hành chính"), "cải cách hành_chính");
    /// ```
    #[must_use]
    pub fn with_options(options: SegmentOptions) -> Self {
        let builtin = options.builtin_dictionary.then(|| Arc::clone(&BUILTIN));
        Segmenter {
            builtin,
            added: Lexicon::default(),
            removed: KeyMap::default(),
            options,
        }
    }

    /// The options this segmenter was made with.
    ///
    /// # Examples
    ///
    /// The default options:
    ///
    /// ```
    /// use vietnamese::segment::{SegmentOptions, Segmenter};
    ///
    /// assert_eq!(Segmenter::new().options(), &SegmentOptions::default());
    /// ```
    #[must_use]
    pub fn options(&self) -> &SegmentOptions {
        &self.options
    }

    /// Adds a word of two or more syllables (separated by spaces or underscores); returns whether
    /// it was taken.
    ///
    /// The word is matched in any case, composition (NFC/NFD), tone-mark placement and i/y
    /// spelling ("kỹ"/"kĩ"). A word of
    /// one syllable, or of more than six, is not taken (`false`). Adding a word undoes an earlier
    /// [`remove_word`](Self::remove_word) of it.
    ///
    /// # Examples
    ///
    /// A name of a product joins:
    ///
    /// ```
    /// use vietnamese::segment::Segmenter;
    ///
    /// let mut s = Segmenter::new();
    /// assert!(s.add_word("trà_sữa"));
    /// assert!(!s.add_word("trà"));
    /// assert_eq!(s.underscored("Trà sữa"), "Trà_sữa");
    /// ```
    pub fn add_word(&mut self, word: &str) -> bool {
        let (key, count) = word_key(word);
        if !(2..=MAX_SYLLABLES).contains(&count) {
            return false;
        }
        self.removed.remove(key.as_str());
        self.added.insert(&key, LISTED_WEIGHT);
        true
    }

    /// Removes a word, built-in or added, so its syllables are no longer joined; returns whether
    /// the word was known before.
    ///
    /// # Examples
    ///
    /// "hành chính" falls apart:
    ///
    /// ```
    /// use vietnamese::segment::Segmenter;
    ///
    /// let mut s = Segmenter::new();
    /// assert!(s.remove_word("hành chính"));
    /// assert_eq!(s.underscored("hành chính"), "hành chính");
    /// ```
    pub fn remove_word(&mut self, word: &str) -> bool {
        let (key, count) = word_key(word);
        if count < 2 {
            return false;
        }
        let known = self.lookup(&key).weight.is_some();
        self.added.remove(&key);
        self.removed.insert(key.into_boxed_str(), ());
        known
    }

    /// Loads a user dictionary: one word per line (syllables separated by spaces or
    /// underscores), a line starting with `-` removes a word, `#` starts a comment, blank lines
    /// are skipped. Returns the number of words added or removed.
    ///
    /// # Errors
    ///
    /// [`DictionaryError`] with the 1-based line number when a line holds a word of one
    /// syllable, of more than six, or a syllable that is not made of letters. Lines before the
    /// faulty one stay loaded.
    ///
    /// # Examples
    ///
    /// Two words added, one removed; a bad line is reported with its number:
    ///
    /// ```
    /// use vietnamese::segment::{DictionaryErrorKind, Segmenter};
    ///
    /// let mut s = Segmenter::new();
    /// let n = s.load_dictionary("# my words\ntrà sữa\nbánh_mì_que\n-hành chính\n").unwrap();
    /// assert_eq!(n, 3);
    /// assert_eq!(s.underscored("trà sữa và bánh mì que"), "trà_sữa và bánh_mì_que");
    ///
    /// let err = s.load_dictionary("cà phê\nphở\n").unwrap_err();
    /// assert_eq!((err.line(), err.kind()), (2, DictionaryErrorKind::TooFewSyllables));
    /// ```
    pub fn load_dictionary(&mut self, text: &str) -> Result<usize, DictionaryError> {
        let mut count = 0;
        for (index, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let fail = |kind| DictionaryError {
                line: index + 1,
                kind,
            };
            let (remove, word) = match line.strip_prefix('-') {
                Some(rest) => (true, rest.trim()),
                None => (false, line),
            };
            if !word
                .split(|c: char| c.is_whitespace() || c == '_')
                .filter(|s| !s.is_empty())
                .all(|s| s.chars().all(is_letter))
            {
                return Err(fail(DictionaryErrorKind::NotASyllable));
            }
            let (_, syllables) = word_key(word);
            if syllables < 2 {
                return Err(fail(DictionaryErrorKind::TooFewSyllables));
            }
            if syllables > MAX_SYLLABLES {
                return Err(fail(DictionaryErrorKind::TooManySyllables));
            }
            if remove {
                self.remove_word(word);
            } else {
                self.add_word(word);
            }
            count += 1;
        }
        Ok(count)
    }

    /// The words of `text`, in order; see the [module docs](self) for how they are found.
    ///
    /// See also [`segment`] (the default segmenter) and [`Segmenter::underscored`].
    ///
    /// # Examples
    ///
    /// Each word is a slice of the input with its byte offset:
    ///
    /// ```
    /// use vietnamese::segment::Segmenter;
    ///
    /// let s = Segmenter::new();
    /// let text = "Chính phủ họp.";
    /// let words: Vec<(&str, usize)> = s.segment(text).map(|w| (w.text, w.offset)).collect();
    /// assert_eq!(words, [("Chính phủ", 0), ("họp", 13), (".", 18)]);
    /// ```
    #[must_use = "the words are found lazily, as the iterator is used"]
    pub fn segment<'s, 'a>(&'s self, text: &'a str) -> Words<'s, 'a> {
        Words {
            segmenter: self,
            text,
            tokens: tokens(text),
            pending: VecDeque::new(),
            run: Vec::new(),
            run_sentence_start: true,
            sentence_start: true,
            last_end: 0,
            scratch: Scratch::default(),
            ranges: Vec::new(),
            spans: Vec::new(),
            done: false,
        }
    }

    /// The text with the syllables of each multi-syllable word joined by `_` instead of the
    /// spaces between them; everything else is kept as it is.
    ///
    /// See also [`Segmenter::underscored_to`], which appends to a buffer.
    ///
    /// # Examples
    ///
    /// The form PhoBERT-style models read:
    ///
    /// ```
    /// use vietnamese::segment::Segmenter;
    ///
    /// assert_eq!(Segmenter::new().underscored("Ủy ban nhân dân"), "Ủy_ban nhân_dân");
    /// ```
    #[must_use]
    pub fn underscored(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        self.underscored_to(text, &mut out);
        out
    }

    /// Appends [`underscored`](Self::underscored)`(text)` to `out`.
    ///
    /// # Examples
    ///
    /// Appending two sentences to one buffer:
    ///
    /// ```
    /// use vietnamese::segment::Segmenter;
    ///
    /// let s = Segmenter::new();
    /// let mut out = String::new();
    /// s.underscored_to("Bóng đá. ", &mut out);
    /// s.underscored_to("Kinh tế.", &mut out);
    /// assert_eq!(out, "Bóng_đá. Kinh_tế.");
    /// ```
    pub fn underscored_to(&self, text: &str, out: &mut String) {
        let mut last = 0;
        for word in self.segment(text) {
            out.push_str(&text[last..word.offset]);
            if word.text.contains(char::is_whitespace) {
                for (i, part) in word.text.split_whitespace().enumerate() {
                    if i > 0 {
                        out.push('_');
                    }
                    out.push_str(part);
                }
            } else {
                out.push_str(word.text);
            }
            last = word.offset + word.text.len();
        }
        out.push_str(&text[last..]);
    }

    /// What the dictionaries know about lookup key `key`.
    pub(crate) fn lookup(&self, key: &str) -> Entry {
        let mut entry = self
            .builtin
            .as_ref()
            .and_then(|b| b.get(key))
            .unwrap_or_default();
        if !self.added.words.is_empty() {
            if let Some(added) = self.added.get(key) {
                entry.longer |= added.longer;
                entry.weight = added.weight.or(entry.weight);
            }
        }
        if !self.removed.is_empty() && self.removed.contains_key(key) {
            entry.weight = None;
        }
        entry
    }
}

fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Whether `c` is a letter or a combining mark, with a fast path for the Vietnamese letters
/// (ASCII, Latin-1, Latin Extended-A/B, U+1E00–U+1EFF).
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' | '\u{d7}' | '\u{f7}' => false,
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => true,
        _ => is_mark(c) || c.is_alphabetic(),
    }
}

/// The words of `text` with the default [`Segmenter`].
///
/// Returns an iterator of [`Word`]s: slices of `text` in order with their byte offsets. The
/// words and the gaps between them (spaces, line breaks) concatenate to `text`. No input panics.
///
/// See also [`underscored`] and [`Segmenter::segment`].
///
/// # Examples
///
/// A multi-syllable word spans the space between its syllables; a number comes through whole:
///
/// ```
/// use vietnamese::segment::segment;
///
/// let words: Vec<&str> = segment("Học sinh nộp 35.000 đồng học phí.").map(|w| w.text).collect();
/// assert_eq!(words, ["Học sinh", "nộp", "35.000", "đồng", "học phí", "."]);
/// ```
#[must_use = "the words are found lazily, as the iterator is used"]
pub fn segment(text: &str) -> Words<'static, '_> {
    DEFAULT.segment(text)
}

/// `text` with the syllables of each multi-syllable word joined by `_` (the default
/// [`Segmenter`]).
///
/// See also [`Segmenter::underscored`] and [`Segmenter::underscored_to`].
///
/// # Examples
///
/// Names are one word:
///
/// ```
/// use vietnamese::segment::underscored;
///
/// assert_eq!(underscored("Ông Lê Đình Sơn đến Hà Tĩnh"), "Ông Lê_Đình_Sơn đến Hà_Tĩnh");
/// ```
#[must_use]
pub fn underscored(text: &str) -> String {
    DEFAULT.underscored(text)
}

/// One word of a segmented text: a slice of the input, its byte offset and its token kind.
///
/// Created by [`segment`] and [`Segmenter::segment`]. `&input[w.offset..w.end()] == w.text`.
///
/// # Examples
///
/// A two-syllable word and a number:
///
/// ```
/// use vietnamese::{TokenKind, segment::segment};
///
/// let words: Vec<_> = segment("năm 2024 kinh tế").collect();
/// assert_eq!(words[1].kind, TokenKind::Number);
/// assert_eq!((words[2].text, words[2].offset, words[2].syllables()), ("kinh tế", 10, 2));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Word<'a> {
    /// The word's text, a slice of the input: for a multi-syllable word, its syllables and the
    /// spaces between them.
    pub text: &'a str,
    /// The byte offset of `text` in the input.
    pub offset: usize,
    /// The tokenizer's kind: [`TokenKind::Word`] for words of one or more syllables.
    pub kind: TokenKind,
}

impl Word<'_> {
    /// The byte offset just past the word.
    ///
    /// # Examples
    ///
    /// The end of the first word:
    ///
    /// ```
    /// use vietnamese::segment::segment;
    ///
    /// assert_eq!(segment("kinh tế").next().unwrap().end(), "kinh tế".len());
    /// ```
    #[must_use]
    pub fn end(&self) -> usize {
        self.offset + self.text.len()
    }

    /// The number of syllables of the word (1 for a token that is not a word).
    ///
    /// # Examples
    ///
    /// A name of three syllables:
    ///
    /// ```
    /// use vietnamese::segment::segment;
    ///
    /// assert_eq!(segment("Lê Đình Sơn").next().unwrap().syllables(), 3);
    /// ```
    #[must_use]
    pub fn syllables(&self) -> usize {
        if self.kind == TokenKind::Word {
            self.text.split_whitespace().count().max(1)
        } else {
            1
        }
    }
}

/// The iterator of [`Word`]s made by [`segment`] and [`Segmenter::segment`].
///
/// Works in one pass over the tokens, holding only the current run of syllables; it allocates
/// scratch buffers once and reuses them.
///
/// # Examples
///
/// Collecting the words of a sentence:
///
/// ```
/// use vietnamese::segment::segment;
///
/// assert_eq!(segment("Quốc hội họp").count(), 2);
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct Words<'s, 'a> {
    segmenter: &'s Segmenter,
    text: &'a str,
    tokens: Tokens<'a>,
    pending: VecDeque<Word<'a>>,
    /// The current run of syllables.
    run: Vec<Token<'a>>,
    run_sentence_start: bool,
    sentence_start: bool,
    last_end: usize,
    scratch: Scratch,
    /// Byte ranges of the current run's syllables.
    ranges: Vec<(usize, usize)>,
    spans: Vec<(usize, usize)>,
    done: bool,
}

/// Whether a token can be a syllable of a multi-syllable word.
fn is_syllable(token: &Token<'_>) -> bool {
    token.kind == TokenKind::Word && token.text.chars().all(is_letter)
}

impl<'a> Words<'_, 'a> {
    /// Splits the current run into words and queues them.
    fn flush(&mut self) {
        if self.run.is_empty() {
            return;
        }
        let text = self.text;
        let mut ranges = std::mem::take(&mut self.ranges);
        ranges.clear();
        ranges.extend(self.run.iter().map(|t| (t.offset, t.offset + t.text.len())));
        self.spans.clear();
        self.segmenter.split_run(
            text,
            &ranges,
            self.run_sentence_start,
            &mut self.scratch,
            &mut self.spans,
        );
        for &(a, b) in &self.spans {
            let (start, end) = (ranges[a].0, ranges[b - 1].1);
            self.pending.push_back(Word {
                text: &text[start..end],
                offset: start,
                kind: TokenKind::Word,
            });
        }
        self.run.clear();
        self.ranges = ranges;
    }
}

impl Words<'_, '_> {
    /// Where a number spaced out by pre-tokenised text ends: "25 . 000" and "3 , 5" are one word,
    /// as the tokens of one number (the convention of the VLSP/UD treebank). Ranges such as
    /// "21 - 3" stay apart. Consumes the tokens it joins.
    fn spaced_number_end(&mut self, number: &Token<'_>) -> usize {
        let mut end = number.offset + number.text.len();
        loop {
            let mut ahead = self.tokens.clone();
            let Some(sep) = ahead.next() else { break };
            if !is_inline_space(&self.text[end..sep.offset]) {
                break;
            }
            if !matches!(sep.text, "." | ",") {
                break;
            }
            let Some(next) = ahead.next() else { break };
            let sep_end = sep.offset + sep.text.len();
            if next.kind != TokenKind::Number || !is_inline_space(&self.text[sep_end..next.offset])
            {
                break;
            }
            self.tokens = ahead;
            end = next.offset + next.text.len();
        }
        self.last_end = end;
        end
    }
}

/// Whether a gap between tokens is at most one space or tab (no line break).
fn is_inline_space(gap: &str) -> bool {
    matches!(gap, "" | " " | "\t")
}

impl<'a> Iterator for Words<'_, 'a> {
    type Item = Word<'a>;

    fn next(&mut self) -> Option<Word<'a>> {
        loop {
            if let Some(word) = self.pending.pop_front() {
                return Some(word);
            }
            if self.done {
                return None;
            }
            let Some(token) = self.tokens.next() else {
                self.flush();
                self.done = true;
                continue;
            };
            let gap = &self.text[self.last_end..token.offset];
            self.last_end = token.offset + token.text.len();
            let line_break = gap.contains(['\n', '\r', '\u{2028}', '\u{2029}']);
            if line_break {
                self.flush();
                self.sentence_start = true;
            }
            if is_syllable(&token) {
                if self.run.is_empty() {
                    self.run_sentence_start = self.sentence_start;
                }
                self.run.push(token);
                self.sentence_start = false;
                continue;
            }
            self.flush();
            let end = if token.kind == TokenKind::Number {
                self.spaced_number_end(&token)
            } else {
                self.last_end
            };
            self.pending.push_back(Word {
                text: &self.text[token.offset..end],
                offset: token.offset,
                kind: token.kind,
            });
            if token.kind == TokenKind::Punctuation {
                if token.text.contains(['.', '!', '?', '…', ':', ';']) {
                    self.sentence_start = true;
                }
            } else {
                self.sentence_start = false;
            }
        }
    }
}

impl FusedIterator for Words<'_, '_> {}

/// What is wrong with a line of a user dictionary; see [`DictionaryError`].
///
/// # Examples
///
/// A single syllable is not a multi-syllable word:
///
/// ```
/// use vietnamese::segment::{DictionaryErrorKind, Segmenter};
///
/// let err = Segmenter::new().load_dictionary("phở").unwrap_err();
/// assert_eq!(err.kind(), DictionaryErrorKind::TooFewSyllables);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DictionaryErrorKind {
    /// The word has one syllable: every syllable is already a word.
    TooFewSyllables,
    /// The word has more than six syllables.
    TooManySyllables,
    /// A syllable holds something other than letters (a digit, punctuation, a symbol).
    NotASyllable,
}

/// A faulty line in a user dictionary given to [`Segmenter::load_dictionary`].
///
/// # Examples
///
/// The message names the line:
///
/// ```
/// use vietnamese::segment::Segmenter;
///
/// let err = Segmenter::new().load_dictionary("cà phê\ncà phê 2\n").unwrap_err();
/// assert_eq!(err.line(), 2);
/// assert_eq!(err.to_string(), "line 2: a syllable of the word is not made of letters");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DictionaryError {
    line: usize,
    kind: DictionaryErrorKind,
}

impl DictionaryError {
    /// The 1-based number of the faulty line.
    ///
    /// # Examples
    ///
    /// The third line is faulty:
    ///
    /// ```
    /// use vietnamese::segment::Segmenter;
    ///
    /// assert_eq!(Segmenter::new().load_dictionary("a b\n\nc\n").unwrap_err().line(), 3);
    /// ```
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }

    /// What is wrong with the line.
    ///
    /// # Examples
    ///
    /// A word of seven syllables:
    ///
    /// ```
    /// use vietnamese::segment::{DictionaryErrorKind, Segmenter};
    ///
    /// let err = Segmenter::new().load_dictionary("a b c d e g h").unwrap_err();
    /// assert_eq!(err.kind(), DictionaryErrorKind::TooManySyllables);
    /// ```
    #[must_use]
    pub fn kind(&self) -> DictionaryErrorKind {
        self.kind
    }
}

impl fmt::Display for DictionaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            DictionaryErrorKind::TooFewSyllables => "a word needs at least two syllables",
            DictionaryErrorKind::TooManySyllables => "a word has at most six syllables",
            DictionaryErrorKind::NotASyllable => "a syllable of the word is not made of letters",
        };
        write!(f, "line {}: {what}", self.line)
    }
}

impl std::error::Error for DictionaryError {}
