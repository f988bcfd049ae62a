//! Guessing the legacy encoding of bytes or of font text.
//!
//! Each candidate encoding decodes the input; the score is the share of the words with a
//! non-ASCII letter that come out as well-formed Vietnamese syllables (`shape::is_syllable`).
//! The best encoding wins; its confidence is lowered when the runner-up scores nearly as well
//! and when there are few words to judge by.

use super::{LegacyEncoding, decode_lossy, repair_font_text_as, shape::is_syllable, viqr};

/// The answer of [`detect`] and [`detect_font_text`]: an encoding and how sure the guess is.
///
/// # Examples
///
/// VNI bytes:
///
/// ```
/// use vietnamese::legacy::{detect, LegacyEncoding};
///
/// let d = detect(b"Tie\xe1ng Vie\xe4t ra\xe1t hay").unwrap();
/// assert_eq!(d.encoding, LegacyEncoding::Vni);
/// assert!(d.confidence > 0.5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Detection {
    /// The most likely encoding.
    pub encoding: LegacyEncoding,
    /// How sure the guess is, from 0 (a coin toss) to 1.
    pub confidence: f32,
}

/// The byte encodings, in the order ties are broken (the most common first).
const BYTE_ENCODINGS: [LegacyEncoding; 5] = [
    LegacyEncoding::Tcvn3,
    LegacyEncoding::Vni,
    LegacyEncoding::Cp1258,
    LegacyEncoding::Viscii,
    LegacyEncoding::Vps,
];

/// (share of the non-ASCII words that are syllables, number of non-ASCII words).
fn score(text: &str) -> (f32, usize) {
    let mut words = 0usize;
    let mut good = 0usize;
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.is_ascii() {
            continue;
        }
        words += 1;
        good += usize::from(is_syllable(word));
    }
    // Replacement characters, stray controls and marks that found no letter count as bad words.
    words += text
        .chars()
        .filter(|&c| {
            c == '\u{FFFD}'
                || (c.is_control() && !c.is_ascii_whitespace())
                || ('\u{300}'..='\u{36F}').contains(&c)
        })
        .count();
    if words == 0 {
        (0.0, 0)
    } else {
        (good as f32 / words as f32, words)
    }
}

/// The confidence of a winner scoring `best` on `words` words against a runner-up `second`.
fn confidence(best: f32, second: f32, words: usize) -> f32 {
    let margin = if best > 0.0 {
        1.0 - 0.5 * second / best
    } else {
        0.0
    };
    let evidence = (words as f32 / 5.0).min(1.0);
    (best * margin * evidence).clamp(0.0, 1.0)
}

fn pick(scores: impl IntoIterator<Item = (LegacyEncoding, (f32, usize))>) -> Option<Detection> {
    let mut best: Option<(LegacyEncoding, f32, usize)> = None;
    let mut second = 0.0f32;
    for (enc, (s, n)) in scores {
        match best {
            Some((_, b, _)) if s <= b => second = second.max(s),
            _ => {
                if let Some((_, b, _)) = best {
                    second = second.max(b);
                }
                best = Some((enc, s, n));
            }
        }
    }
    let (encoding, s, n) = best?;
    (s > 0.0).then(|| Detection {
        encoding,
        confidence: confidence(s, second, n),
    })
}

/// Guesses the legacy encoding of bytes, or `None` for UTF-8 (including plain ASCII that is not
/// VIQR) and for bytes that decode to no Vietnamese in any encoding.
///
/// ASCII input is reported as VIQR when at least two words, and a fifth of all words, change
/// when read as VIQR. The guess looks at whole words, so a few bytes give a low confidence.
/// See also [`detect_font_text`] and [`Detection`].
///
/// # Examples
///
/// TCVN3 bytes, UTF-8 and VIQR:
///
/// ```
/// use vietnamese::legacy::{detect, LegacyEncoding};
///
/// let tcvn3 = b"Xin ch\xb5o c\xb8c b\xb9n, h\xabm nay tr\xeai \xaep.";
/// assert_eq!(detect(tcvn3).unwrap().encoding, LegacyEncoding::Tcvn3);
/// assert_eq!(detect("Xin chào các bạn".as_bytes()), None);
/// assert_eq!(detect(b"Hello world"), None);
/// assert_eq!(detect(b"Xin cha`o ca'c ba.n").unwrap().encoding, LegacyEncoding::Viqr);
/// ```
#[must_use]
pub fn detect(bytes: &[u8]) -> Option<Detection> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return if s.is_ascii() { detect_viqr(s) } else { None };
    }
    pick(BYTE_ENCODINGS.map(|enc| (enc, score(&decode_lossy(bytes, enc)))))
}

fn detect_viqr(s: &str) -> Option<Detection> {
    let mut words = 0usize;
    let mut changed = 0usize;
    let mut buf = String::new();
    for word in s.split_ascii_whitespace() {
        words += 1;
        buf.clear();
        viqr::decode_into(word, &mut buf);
        if buf != word
            && buf
                .split(|c: char| !c.is_alphabetic())
                .any(|w| !w.is_ascii() && is_syllable(w))
        {
            changed += 1;
        }
    }
    if changed < 2 || changed * 5 < words {
        return None;
    }
    let share = changed as f32 / words as f32;
    Some(Detection {
        encoding: LegacyEncoding::Viqr,
        confidence: (share * 2.0).min(1.0) * (changed as f32 / 5.0).min(1.0),
    })
}

/// Guesses the encoding of font text (legacy bytes read as Windows-1252 and saved as Unicode), or
/// `None` when the text does not look like font text.
///
/// Every byte encoding is tried with [`repair_font_text_as`](super::repair_font_text_as); one
/// wins only if its repair reads clearly better as Vietnamese than the text as it is, so proper
/// Unicode Vietnamese gives `None`. See also [`repair_font_text`](super::repair_font_text).
///
/// # Examples
///
/// TCVN3 font text, and text that is already right:
///
/// ```
/// use vietnamese::legacy::{detect_font_text, LegacyEncoding};
///
/// let d = detect_font_text("Xin chµo c¸c b¹n, h«m nay trêi ®Ñp.").unwrap();
/// assert_eq!(d.encoding, LegacyEncoding::Tcvn3);
/// assert_eq!(detect_font_text("Xin chào các bạn"), None);
/// ```
#[must_use]
pub fn detect_font_text(text: &str) -> Option<Detection> {
    if text.is_ascii() {
        return None;
    }
    let (as_is, _) = score(text);
    let d = pick(BYTE_ENCODINGS.map(|enc| (enc, score(&repair_font_text_as(text, enc)))))?;
    let (best, _) = score(&repair_font_text_as(text, d.encoding));
    (best > as_is + 0.1).then_some(d)
}
