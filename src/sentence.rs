//! Sentence splitting that knows Vietnamese abbreviations, numbers and quotes.
//!
//! [`sentences`] cuts a text into [`Sentence`]s: slices of the input with their byte offset,
//! without the white space around them. A sentence ends after `.`, `?`, `!`, `…` or a run of them
//! (`...`, `?!`), together with the closing quotes and brackets that follow (`."`, `.)`, `?”`),
//! when white space and then the start of a new sentence follow. A blank line (a paragraph break)
//! always ends a sentence; a single line break does not, unless
//! [`SentenceOptions::split_at_newlines`] is set.
//!
//! What does **not** end a sentence:
//!
//! - a period inside a token (`3.5`, `35.000`, `TP.HCM`, `vnexpress.net`): a boundary needs white
//!   space after the terminator;
//! - a terminator followed by a lower-case letter (`v.v. và`, `chờ đợi... rồi`);
//! - the period of a period abbreviation from the crate's table (`TP.`, `TX.`, `GS.TS.`, `ThS.`,
//!   the same list [`crate::token`] uses) that starts with a capital, before a capitalised name or
//!   a number (`TX. Sơn Tây`, `GS.TS. Nguyễn Văn A`, `Q. 1`). Abbreviations that start with a
//!   lower-case letter (`v.v.`, `tr.`) do end a sentence before a capital: `... cam, quýt v.v.
//!   Năm nay ...` is two sentences, and the period stays inside the abbreviation;
//! - the period of a list marker that opens a sentence (`1. Công dân ...`, `a. ...`, `IV. ...`).
//!
//! # Examples
//!
//! Abbreviations before names do not end sentences; `...` before a capital does:
//!
//! ```
//! use vietnamese::sentence::sentences;
//!
//! let text = "GS.TS. Nguyễn Văn A sống ở TX. Sơn Tây. Ông nói: \"Tôi về.\" Rồi đi...  Hết?!";
//! let got: Vec<&str> = sentences(text).map(|s| s.text).collect();
//! assert_eq!(got, [
//!     "GS.TS. Nguyễn Văn A sống ở TX. Sơn Tây.",
//!     "Ông nói: \"Tôi về.\"",
//!     "Rồi đi...",
//!     "Hết?!",
//! ]);
//! ```

use std::iter::FusedIterator;
use std::ops::Range;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::letter::case_char;
use crate::token::{is_separator, period_abbreviation_chain};

/// One sentence: a slice of the input without surrounding white space, and its byte offset.
///
/// Created by [`sentences`] and [`SentenceSplitter::sentences`].
///
/// # Examples
///
/// The offset slices back to the sentence:
///
/// ```
/// let text = "Trời mưa. Đường ngập.";
/// let s = vietnamese::sentence::sentences(text).nth(1).unwrap();
/// assert_eq!((s.text, s.offset), ("Đường ngập.", 13));
/// assert_eq!(&text[s.range()], s.text);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sentence<'a> {
    /// The sentence's text, a slice of the input.
    pub text: &'a str,
    /// The byte offset of `text` in the input.
    pub offset: usize,
}

impl Sentence<'_> {
    /// The byte offset just past the sentence: `offset + text.len()`.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = vietnamese::sentence::sentences("  Chào.").next().unwrap();
    /// assert_eq!((s.offset, s.end()), (2, 8));
    /// ```
    #[must_use]
    pub const fn end(&self) -> usize {
        self.offset + self.text.len()
    }

    /// The byte range of the sentence in the input: `offset..end()`.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "A. Hết. B.";
    /// let s = vietnamese::sentence::sentences(text).last().unwrap();
    /// assert_eq!(&text[s.range()], "B.");
    /// ```
    #[must_use]
    pub const fn range(&self) -> Range<usize> {
        self.offset..self.end()
    }
}

/// Options of a [`SentenceSplitter`].
///
/// Build it with [`Default`] and the chainable setters (the struct is `#[non_exhaustive]`).
///
/// # Examples
///
/// Treat every line as ending a sentence:
///
/// ```
/// use vietnamese::sentence::{SentenceOptions, SentenceSplitter};
///
/// let s = SentenceSplitter::new(SentenceOptions::default().split_at_newlines(true));
/// assert_eq!(s.sentences("CHƯƠNG I\nQUY ĐỊNH CHUNG").count(), 2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct SentenceOptions {
    /// End a sentence at every line break (`\n`, U+2028). Default `false`: a line break is white
    /// space inside a sentence (text wrapped at a fixed width), and only a blank line or U+2029
    /// PARAGRAPH SEPARATOR ends a sentence without a terminator.
    pub split_at_newlines: bool,
}

impl SentenceOptions {
    /// Sets [`SentenceOptions::split_at_newlines`].
    ///
    /// # Examples
    ///
    /// ```
    /// let o = vietnamese::sentence::SentenceOptions::default().split_at_newlines(true);
    /// assert!(o.split_at_newlines);
    /// ```
    #[must_use]
    pub const fn split_at_newlines(mut self, yes: bool) -> Self {
        self.split_at_newlines = yes;
        self
    }
}

/// A sentence splitter with options; [`sentences`] is the default one.
///
/// # Examples
///
/// The default splitter keeps a wrapped line in its sentence:
///
/// ```
/// use vietnamese::sentence::SentenceSplitter;
///
/// assert_eq!(SentenceSplitter::default().sentences("Trời\nmưa.").count(), 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SentenceSplitter {
    options: SentenceOptions,
}

impl SentenceSplitter {
    /// Builds a splitter with these options.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::sentence::{SentenceOptions, SentenceSplitter};
    ///
    /// let s = SentenceSplitter::new(SentenceOptions::default());
    /// assert_eq!(s.sentences("Một. Hai.").count(), 2);
    /// ```
    #[must_use]
    pub const fn new(options: SentenceOptions) -> Self {
        SentenceSplitter { options }
    }

    /// The options this splitter was built with.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::sentence::SentenceSplitter;
    ///
    /// assert!(!SentenceSplitter::default().options().split_at_newlines);
    /// ```
    #[must_use]
    pub const fn options(&self) -> SentenceOptions {
        self.options
    }

    /// The sentences of `text`, in order; see [`sentences`].
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::sentence::SentenceSplitter;
    ///
    /// let got: Vec<&str> = SentenceSplitter::default().sentences("Có. Không?").map(|s| s.text).collect();
    /// assert_eq!(got, ["Có.", "Không?"]);
    /// ```
    pub fn sentences<'a>(&self, text: &'a str) -> Sentences<'a> {
        Sentences {
            text,
            pos: 0,
            options: self.options,
        }
    }
}

/// The sentences of `text` with the default options.
///
/// Runs in one pass, linear in the length of `text`, and allocates nothing; accepts any `&str`
/// without panicking. The module docs ([`crate::sentence`]) give the rules. See also
/// [`SentenceSplitter`] for the options and [`crate::token::tokens`] for tokens.
///
/// # Examples
///
/// Decimals, list markers and closing quotes:
///
/// ```
/// use vietnamese::sentence::sentences;
///
/// let text = "1. Lãi suất tăng 3.5 điểm. Ông nói: “Được.” Hết.";
/// let got: Vec<&str> = sentences(text).map(|s| s.text).collect();
/// assert_eq!(got, ["1. Lãi suất tăng 3.5 điểm.", "Ông nói: “Được.”", "Hết."]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    SentenceSplitter::default().sentences(text)
}

/// An iterator over the [`Sentence`]s of a text.
///
/// Created by [`sentences`] and [`SentenceSplitter::sentences`].
///
/// # Examples
///
/// Count the sentences of a paragraph:
///
/// ```
/// assert_eq!(vietnamese::sentence::sentences("Mưa. Gió. Bão.").count(), 3);
/// ```
#[derive(Debug, Clone)]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Sentences<'a> {
    text: &'a str,
    pos: usize,
    options: SentenceOptions,
}

/// Bytes the scanner stops at: terminators, line feeds and the lead byte of `…`, U+2028/9.
const fn interest_table() -> [bool; 256] {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'?' as usize] = true;
    t[b'!' as usize] = true;
    t[b'\n' as usize] = true;
    t[0xE2] = true;
    t
}

static INTEREST: [bool; 256] = interest_table();

/// The position of the first byte from `i` the scanner stops at (see [`interest_table`]). Eight
/// bytes at a time: a byte equal to `b` is found with the classic "has zero byte" test on
/// `word ^ (b * 0x01…01)`, whose lowest flagged byte is always exact.
#[inline]
fn find_interest(bytes: &[u8], mut i: usize) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    #[inline(always)]
    fn has(x: u64, b: u8) -> u64 {
        let v = x ^ (LO * u64::from(b));
        v.wrapping_sub(LO) & !v & HI
    }
    while let Some(chunk) = bytes.get(i..i + 8) {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_le_bytes(chunk);
        let m = has(x, b'.') | has(x, b'?') | has(x, b'!') | has(x, b'\n') | has(x, 0xE2);
        if m != 0 {
            return Some(i + (m.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    let rest = bytes.get(i..)?;
    rest.iter()
        .position(|&b| INTEREST[b as usize])
        .map(|p| i + p)
}

impl<'a> Iterator for Sentences<'a> {
    type Item = Sentence<'a>;

    fn next(&mut self) -> Option<Sentence<'a>> {
        let text = self.text;
        let start = skip_separators(text, self.pos);
        if start >= text.len() {
            self.pos = text.len();
            return None;
        }
        let end = self.boundary(start);
        self.pos = end;
        let trimmed = trim_end(text, start, end);
        Some(Sentence {
            text: text.get(start..trimmed)?,
            offset: start,
        })
    }
}

impl FusedIterator for Sentences<'_> {}

impl Sentences<'_> {
    /// The end of the sentence that starts at `start` (before trimming).
    fn boundary(&self, start: usize) -> usize {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = start;
        loop {
            let Some(next) = find_interest(bytes, i) else {
                return text.len();
            };
            i = next;
            match bytes[i] {
                b'\n' => {
                    if self.options.split_at_newlines {
                        return i;
                    }
                    let mut j = i + 1;
                    while matches!(bytes.get(j), Some(b' ' | b'\t' | b'\r')) {
                        j += 1;
                    }
                    if bytes.get(j) == Some(&b'\n') {
                        return i;
                    }
                    i += 1;
                }
                0xE2 => match bytes.get(i + 1..i + 3) {
                    Some([0x80, 0xA6]) => {
                        if let Some(end) = self.terminator(start, i) {
                            return end;
                        }
                        i = terminal_run(bytes, i);
                    }
                    Some([0x80, 0xA8]) if self.options.split_at_newlines => return i,
                    Some([0x80, 0xA9]) => return i,
                    _ => i += 1,
                },
                _ => {
                    if let Some(end) = self.terminator(start, i) {
                        return end;
                    }
                    i = terminal_run(bytes, i);
                }
            }
        }
    }

    /// Decides the terminator run at `i`: `Some(end of the sentence)` if it ends one.
    fn terminator(&self, start: usize, i: usize) -> Option<usize> {
        let text = self.text;
        let bytes = text.as_bytes();
        let j = terminal_run(bytes, i);
        // Fast exit inside a token: `3.5`, `TP.HCM`, `vnexpress.net`.
        if bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            return None;
        }
        let k = skip_closers(text, j);
        // The next sentence must be separated by white space.
        let next_start = skip_separators(text, k);
        if next_start >= text.len() {
            return Some(k);
        }
        if next_start == k {
            return None;
        }
        let next = text[next_start..].chars().next()?;
        if is_lower(next) && !is_lowercase_list_marker(&text[next_start..]) {
            return None;
        }
        // Every period abbreviation ends in an ASCII letter and a period (a unit test checks it).
        if j == i + 1 && bytes[i] == b'.' {
            let after_letter = i > 0 && bytes[i - 1].is_ascii_alphabetic();
            let abbreviation = if after_letter {
                abbreviation_before(text, start, i)
            } else {
                None
            };
            match abbreviation {
                // `TP. Hà Nội`, `GS. Nguyễn`, `Q. 1`: not a boundary.
                Some(true) => return None,
                // `v.v. Năm`: a boundary; `tr. 25`: not one.
                Some(false) if !is_upper(next) => return None,
                _ => {}
            }
            if k == j && is_list_marker(&text[start..i]) {
                return None;
            }
        }
        Some(k)
    }
}

/// Whether the period at `dot` closes a period abbreviation from the table; `Some(true)` if the
/// abbreviation starts with a capital (it stands before names), `Some(false)` if not (`v.v.`).
fn abbreviation_before(text: &str, start: usize, dot: usize) -> Option<bool> {
    // The word around the period starts after the last separator.
    let mut w = dot;
    while w > start {
        let Some(c) = text[..w].chars().next_back() else {
            break;
        };
        if is_separator(c) {
            break;
        }
        // Linear overall: only a terminator followed by white space gets here, so the words
        // scanned back over never overlap.
        w -= c.len_utf8();
    }
    // Candidate starts: the word's start and every position after an opening bracket or quote
    // (`(TP.`, `“GS.`); never after a period, which belongs to the abbreviation itself.
    let word = &text.as_bytes()[w..dot];
    let starts = std::iter::once(w).chain(word.iter().enumerate().filter_map(|(k, &b)| {
        let after_opener = matches!(b, b'(' | b'[' | b'{' | b'"' | b'\'')
            // The last byte of “ ‘ (E2 80 9C, E2 80 98) and « (C2 AB).
            || (k >= 2 && word[k - 2] == 0xE2 && word[k - 1] == 0x80 && matches!(b, 0x9C | 0x98))
            || (k >= 1 && word[k - 1] == 0xC2 && b == 0xAB);
        after_opener.then_some(w + k + 1)
    }));
    for q in starts {
        if period_abbreviation_chain(text, q) == Some(dot + 1) {
            let first = text[q..].chars().next()?;
            return Some(is_upper(first));
        }
    }
    None
}

/// A list marker that opens a sentence: `1`, `12`, `1.2`, `a`, `đ`, `IV`.
fn is_list_marker(s: &str) -> bool {
    let digits = !s.is_empty()
        && s.len() <= 8
        && s.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && s.as_bytes()[0].is_ascii_digit();
    let roman = !s.is_empty()
        && s.len() <= 6
        && s.bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'));
    let letter = small_letter_len(s) == Some(s.len());
    digits || roman || letter
}

/// The most combining marks (counted in NFD) a lettered list marker may carry: a Vietnamese
/// letter has at most two; the bound keeps the look-ahead constant.
const MAX_MARKS: usize = 4;

/// The byte length of the small letter and its combining marks at the start of `rest`, if it
/// starts with one. Decided on the canonical decomposition, so that a precomposed letter (`ḅ`)
/// and its NFD form (`b` U+0323) give the same answer.
fn small_letter_len(rest: &str) -> Option<usize> {
    let mut chars = rest.char_indices();
    let (_, first) = chars.next()?;
    if !is_lower(first) {
        return None;
    }
    let mut marks = 0;
    let mut all_marks = true;
    decompose_canonical(first, |d| {
        marks += 1;
        all_marks &= marks == 1 || is_combining_mark(d);
    });
    marks -= 1;
    let mut end = first.len_utf8();
    for (i, c) in chars {
        if !is_combining_mark(c) {
            break;
        }
        decompose_canonical(c, |d| {
            marks += 1;
            all_marks &= is_combining_mark(d);
        });
        end = i + c.len_utf8();
        if marks > MAX_MARKS {
            return None;
        }
    }
    (all_marks && marks <= MAX_MARKS).then_some(end)
}

/// Whether `c` is a capital letter, as its canonical decomposition says.
fn is_upper(c: char) -> bool {
    case_char(c).is_uppercase()
}

/// Whether `c` is a small letter, as its canonical decomposition says.
fn is_lower(c: char) -> bool {
    case_char(c).is_lowercase()
}

/// Whether `rest` opens with a lettered list marker: one small letter, `.` or `)`, white
/// space (`b. Phạm vi`, `c) Đối tượng`).
fn is_lowercase_list_marker(rest: &str) -> bool {
    let Some(n) = small_letter_len(rest) else {
        return false;
    };
    let mut chars = rest[n..].chars();
    matches!(
        (chars.next(), chars.next()),
        (Some('.' | ')'), Some(c)) if is_separator(c)
    )
}

/// The end of a run of `.`, `?`, `!` and `…` starting at `i`.
fn terminal_run(bytes: &[u8], mut i: usize) -> usize {
    loop {
        match bytes.get(i) {
            Some(b'.' | b'?' | b'!') => i += 1,
            Some(0xE2) if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6]) => i += 3,
            _ => return i,
        }
    }
}

/// Skips closing quotes and brackets (and combining marks on them) after a terminator.
fn skip_closers(text: &str, mut i: usize) -> usize {
    while let Some(c) = text.get(i..).and_then(|r| r.chars().next()) {
        if matches!(
            c,
            '"' | '\'' | ')' | ']' | '}' | '»' | '”' | '’' | '›' | '」' | '』'
        ) || is_combining_mark(c)
        {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

fn skip_separators(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
                i += 1;
                continue;
            }
            break;
        }
        match text.get(i..).and_then(|r| r.chars().next()) {
            Some(c) if is_separator(c) => i += c.len_utf8(),
            _ => break,
        }
    }
    i
}

fn trim_end(text: &str, start: usize, mut end: usize) -> usize {
    while end > start {
        match text[start..end].chars().next_back() {
            Some(c) if is_separator(c) => end -= c.len_utf8(),
            _ => break,
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The splitter only looks for an abbreviation before a period that follows an ASCII letter.
    #[test]
    fn period_abbreviations_end_in_an_ascii_letter_and_a_period() {
        for e in crate::tables::abbrev_period::PERIOD_ABBREVIATIONS {
            if let Some(body) = e.strip_suffix('.') {
                assert!(
                    body.as_bytes().last().is_some_and(u8::is_ascii_alphabetic),
                    "{e}"
                );
            }
        }
    }

    #[test]
    fn list_markers() {
        for s in ["1", "12", "1.2", "a", "đ", "IV"] {
            assert!(is_list_marker(s), "{s}");
        }
        for s in ["Điều", "ab", "1a", ""] {
            assert!(!is_list_marker(s), "{s}");
        }
    }

    #[test]
    fn interest_scan_finds_the_first_stop() {
        let text = "abcdefghijklmnop.q…r\nx";
        let b = text.as_bytes();
        assert_eq!(find_interest(b, 0), Some(16));
        assert_eq!(find_interest(b, 17), Some(18));
        assert_eq!(find_interest(b, 19), Some(22));
        assert_eq!(find_interest(b, 23), None);
        assert_eq!(find_interest(b, 24), None);
        // Every position agrees with the byte-at-a-time definition.
        let text = "Trời mưa... Gió? Bão! “Lũ.”\n\nHết…";
        let b = text.as_bytes();
        for i in 0..=b.len() {
            let slow = b[i..]
                .iter()
                .position(|&x| INTEREST[x as usize])
                .map(|p| i + p);
            assert_eq!(find_interest(b, i), slow, "from {i}");
        }
    }
}
