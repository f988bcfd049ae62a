//! VIQR (RFC 1456): Vietnamese in ASCII mnemonics.
//!
//! Reading rules (see the module docs of `legacy` for the user-facing list):
//! - A *word* is a run of ASCII letters and the mark characters `' \` ? ~ . ( ^ +` that starts
//!   with a letter. `dd`/`Dd`/`DD` at the start of a word is đ/Đ.
//! - Within a word, `( ^ +` add a breve, circumflex or horn to the vowel before them and
//!   `' \` ? ~ .` a tone; a mark that fits no vowel makes the whole word literal.
//! - `'`, `?` and `.` double as English punctuation, so a word that uses one of them as a tone is
//!   read only if the result looks like a Vietnamese syllable (`shape::is_syllable`); otherwise
//!   trailing mark characters are read as punctuation and the rest is tried again ("Hello?",
//!   "dda^u?" → "đâu?", "don't" stays).
//! - A backslash before a mark character, `d`, `D` or another backslash makes that character
//!   literal; any other backslash is kept.

use super::compose::add_mark;
use super::shape::is_syllable;
use crate::letter::{Modifier, Tone};

/// The mark a VIQR mark character writes.
const fn mark(c: char) -> Option<(Modifier, Tone)> {
    Some(match c {
        '(' => (Modifier::Breve, Tone::Level),
        '^' => (Modifier::Circumflex, Tone::Level),
        '+' => (Modifier::Horn, Tone::Level),
        '\'' => (Modifier::None, Tone::Acute),
        '`' => (Modifier::None, Tone::Grave),
        '?' => (Modifier::None, Tone::Hook),
        '~' => (Modifier::None, Tone::Tilde),
        '.' => (Modifier::None, Tone::Dot),
        _ => return None,
    })
}

const fn is_mark(c: char) -> bool {
    mark(c).is_some()
}

/// Characters a backslash makes literal.
const fn is_escapable(c: char) -> bool {
    is_mark(c) || matches!(c, '\\' | 'd' | 'D')
}

/// Reads VIQR text into `out` (NFC).
pub(super) fn decode_into(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    let mut i = 0;
    // Start of the pending run of literal text. Runs end only at ASCII bytes, which are always
    // character boundaries.
    let mut run = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\\' {
            out.push_str(&s[run..i]);
            match bytes.get(i + 1) {
                Some(&c) if is_escapable(c as char) => {
                    out.push(c as char);
                    i += 2;
                }
                _ => {
                    out.push('\\');
                    i += 1;
                }
            }
            run = i;
        } else if b.is_ascii_alphabetic() {
            out.push_str(&s[run..i]);
            let end = bytes[i..]
                .iter()
                .position(|&x| !(x.is_ascii_alphabetic() || is_mark(x as char)))
                .map_or(bytes.len(), |k| i + k);
            decode_word(&s[i..end], out);
            i = end;
            run = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&s[run..]);
}

/// Words longer than this (in bytes) are left literal.
const MAX_WORD: usize = 48;

/// Reads one word (letters and mark characters, starting with a letter).
fn decode_word(word: &str, out: &mut String) {
    // Most words of a mixed text have no mark and no đ.
    let b = word.as_bytes();
    let plain = !b.iter().any(|&x| is_mark(x as char))
        && !matches!(b, [b'd' | b'D', b'd' | b'D', ..])
        && !b.windows(2).any(|w| w == b"DD");
    // No Vietnamese syllable or acronym is this long; the cap also keeps the retries below from
    // going quadratic on a run of mark characters.
    if plain || word.len() > MAX_WORD {
        out.push_str(word);
        return;
    }
    let mut w = word;
    loop {
        if interpret_into(w, out) {
            out.push_str(&word[w.len()..]);
            return;
        }
        // An ellipsis is never a tone.
        if let Some(i) = w.find("...") {
            w = &w[..i];
            continue;
        }
        match w.strip_suffix(is_mark) {
            Some(shorter) => w = shorter,
            None => {
                out.push_str(word);
                return;
            }
        }
    }
}

/// The word with its marks applied, or `None` when a mark fits no vowel or an ambiguous mark
/// would make a non-syllable.
fn interpret(word: &str, s: &mut String) -> Option<()> {
    // The one English contraction that also has the shape of a syllable ("Ím").
    if word == "I'm" {
        return None;
    }
    let start = s.len();
    let mut rest = word;
    for (dd, d) in [("dd", 'đ'), ("DD", 'Đ'), ("Dd", 'Đ')] {
        if let Some(r) = word.strip_prefix(dd) {
            s.push(d);
            rest = r;
            break;
        }
    }
    let mut ambiguous = false;
    // The letter that marks may still go on; written out when the next letter comes.
    let mut pending: Option<char> = None;
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i] as char;
        i += 1;
        match mark(c) {
            Some((m, t)) => {
                pending = Some(add_mark(pending?, m, t)?);
                ambiguous |= matches!(c, '\'' | '?' | '.');
            }
            None => {
                // "DD" after a capital consonant inside a word: an acronym such as HĐND.
                let acronym = c == 'D'
                    && bytes.get(i) == Some(&b'D')
                    && pending.is_some_and(is_capital_consonant);
                if let Some(p) = pending {
                    s.push(p);
                }
                if acronym {
                    i += 1;
                    pending = Some('Đ');
                } else {
                    pending = Some(c);
                }
            }
        }
    }
    if let Some(p) = pending {
        s.push(p);
    }
    if ambiguous && !is_syllable(&s[start..]) {
        return None;
    }
    Some(())
}

/// Writes the word with its marks applied to `out` and returns `true`, or leaves `out` as it was
/// and returns `false` (see [`interpret`]).
fn interpret_into(word: &str, out: &mut String) -> bool {
    let start = out.len();
    if interpret(word, out).is_some() {
        true
    } else {
        out.truncate(start);
        false
    }
}

/// Whether the reader would take a letter or mark character written next as part of the word
/// that `out` ends with.
fn in_word(out: &[u8]) -> bool {
    match out {
        // An escaped character is literal; the reader starts afresh after it.
        [.., b'\\', x] if is_escapable(*x as char) => false,
        [.., b] => b.is_ascii_alphabetic() || is_mark(*b as char),
        [] => false,
    }
}

/// Whether `c` is an ASCII capital other than a vowel.
fn is_capital_consonant(c: char) -> bool {
    c.is_ascii_uppercase() && !matches!(c, 'A' | 'E' | 'I' | 'O' | 'U' | 'Y')
}

/// Writes `c` (an NFC character) in VIQR after what `out` holds, or returns `false` if VIQR
/// cannot write it. `next` is the next input character.
///
/// A mark character is escaped (with `escape_marks`) when it would attach to the word before it, a backslash when it
/// would escape the next character, and the second `d` of a word-initial "dd" so that it does not
/// read as đ.
pub(super) fn encode_char(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    escape_marks: bool,
    out: &mut Vec<u8>,
) -> bool {
    if c.is_ascii() {
        let escape = (escape_marks && is_mark(c) && in_word(out))
            || (c == '\\' && next.is_some_and(is_escapable))
            || (matches!(c, 'd' | 'D') && ends_with_word_initial_d(out))
            || (c == 'D' && ends_with_acronym_d(out));
        if escape {
            out.push(b'\\');
        }
        out.push(c as u8);
        return true;
    }
    let Some(l) = crate::letter::letter(c) else {
        return false;
    };
    if l.modifier == Modifier::Stroke {
        // Inside a word the reader takes "DD" as Đ only after a capital consonant (HĐND).
        let acronym = l.is_uppercase()
            && out
                .last()
                .is_some_and(|&b| b != b'D' && is_capital_consonant(b as char));
        if in_word(out) && !acronym {
            // A literal mark character before it is escaped, so that a new word starts here.
            if !prev.is_some_and(is_mark) {
                return false;
            }
            let m = out.pop().unwrap_or(b'.');
            out.extend_from_slice(&[b'\\', m]);
        }
        out.extend_from_slice(if l.is_uppercase() { b"DD" } else { b"dd" });
        return true;
    }
    out.push(l.base as u8);
    out.extend(match l.modifier {
        Modifier::Breve => Some(b'('),
        Modifier::Circumflex => Some(b'^'),
        Modifier::Horn => Some(b'+'),
        Modifier::None | Modifier::Stroke => None,
    });
    out.extend(match l.tone {
        Tone::Level => None,
        Tone::Acute => Some(b'\''),
        Tone::Grave => Some(b'`'),
        Tone::Hook => Some(b'?'),
        Tone::Tilde => Some(b'~'),
        Tone::Dot => Some(b'.'),
    });
    true
}

/// Whether `out` ends with a `D` after a capital consonant (another D would read as Đ).
fn ends_with_acronym_d(out: &[u8]) -> bool {
    matches!(out, [.., p, b'D'] if is_capital_consonant(*p as char))
}

/// Whether `out` ends with a `d`/`D` that starts a word as the reader splits words (another d
/// would read as đ).
fn ends_with_word_initial_d(out: &[u8]) -> bool {
    let Some((&last, rest)) = out.split_last() else {
        return false;
    };
    if !matches!(last, b'd' | b'D') || rest.last() == Some(&b'\\') {
        return false;
    }
    // Mark characters before a word are not part of it; a letter before them is.
    let mut i = rest.len();
    while i > 0 && is_mark(rest[i - 1] as char) {
        i -= 1;
    }
    if i == 0 || !rest[i - 1].is_ascii_alphabetic() {
        return true;
    }
    // An escaped letter is not part of a word either.
    i >= 2 && rest[i - 2] == b'\\'
}
