//! Legacy Vietnamese encodings: decode to Unicode, encode back, repair "font text", detect.
//!
//! Before Unicode, Vietnamese text was stored in a handful of 8-bit encodings, and old documents,
//! databases and subtitle files still arrive in them. This module reads and writes six:
//!
//! | [`LegacyEncoding`] | what it is |
//! |---|---|
//! | [`Tcvn3`](LegacyEncoding::Tcvn3) | TCVN 5712:1993 VN3, the "ABC" / .VnTime font encoding: one byte per letter, lower-case toned letters and the untoned capitals Ă Â Ê Ô Ơ Ư Đ |
//! | [`Vni`](LegacyEncoding::Vni) | VNI-Windows fonts: a base letter followed by a byte for its marks (`Vieät` = Việt) |
//! | [`Viscii`](LegacyEncoding::Viscii) | VISCII 1.1 (RFC 1456): one byte per letter in both cases, six letters in C0 positions |
//! | [`Vps`](LegacyEncoding::Vps) | VPS: one byte per letter in both cases, letters in C0 positions |
//! | [`Cp1258`](LegacyEncoding::Cp1258) | Windows-1258: â ê ô ă ơ ư đ precomposed, the tones as combining bytes |
//! | [`Viqr`](LegacyEncoding::Viqr) | VIQR (RFC 1456): ASCII mnemonics, `Vie^.t Nam` |
//!
//! [`decode`] gives NFC text and a [`DecodeError`] with the byte offset of a byte the encoding
//! leaves undefined; [`decode_lossy`] puts U+FFFD there instead. [`encode`] accepts any
//! normalization form (it composes first) and fails with an [`EncodeError`] naming the first
//! character the encoding cannot write and its byte offset; [`encode_lossy`] writes `?` for it.
//!
//! Most old documents reach users today as **font text**: TCVN3 or VNI bytes that a program read
//! as Windows-1252 and saved as Unicode ("Xin chµo c¸c b¹n", "Xin chaøo caùc baïn").
//! [`repair_font_text`] detects and undoes that; [`repair_font_text_as`] takes the encoding.
//! [`detect`] and [`detect_font_text`] say which encoding bytes or text most likely are.
//!
//! # Choices this module makes
//!
//! - **TCVN3** decodes 0xA0–0xFF as TCVN 5712:1993 (where VN3 and glibc's larger VN1 table agree,
//!   including the VN1 capitals and the five combining tone marks 0xB0–0xB4), and 0x80–0x9F as
//!   Windows-1252 punctuation (“ ” – …), which the .VnTime fonts kept; the VN1 capitals that
//!   glibc places in C0 and 0x80–0x9F are not read. Toned capitals that VN3 lacks (Ú, Ự, …) are
//!   encoded as the base letter plus a combining tone byte, which decodes back to the same letter.
//! - **VNI** bytes that are neither VNI letters nor VNI marks are Windows-1252. A mark byte after a
//!   letter it does not fit (or after a non-letter) decodes to the combining mark, composed by NFC
//!   where Unicode can (`n` + grave = ǹ). Capitals are encoded with the capital marks (`AÙ` = Á);
//!   ý/Ý are written `yù`/`YÙ` (the fonts' bytes 0xFD/0xDD are read as Windows-1252 but never
//!   written).
//! - **VISCII** is glibc `iconv`'s table. **VPS** is GNU recode's, plus Ỗ at 0x99, which recode
//!   lacks; VPS leaves eight bytes undefined (0x91 0x92 0xA0 0xDF 0xE7 0xEE 0xF6 0xFC).
//! - **Windows-1258** decodes its combining tone bytes and composes the result to NFC.
//! - **VIQR** input is UTF-8 (VIQR is ASCII, but mixed files exist). A *word* is a run of ASCII
//!   letters and the mark characters that starts with a letter. `( ^ +` add a breve, circumflex
//!   or horn to the vowel before them; `' \` ? ~ .` add acute, grave, hook, tilde, dot. `dd`/`DD`
//!   at the start of a word is đ/Đ, and `DD` after a capital consonant inside a word is Đ
//!   (`HDDND` = HĐND); VIQR cannot write đ elsewhere inside a word, and [`encode`] says so.
//!   - A mark that fits no vowel leaves the word literal (`C++`, `x^2`, `don't`).
//!   - `'`, `?` and `.` are also English punctuation, so a word that uses one of them as a tone is
//!     read only if the result has the shape of a Vietnamese syllable, with the tone where
//!     Vietnamese puts it; otherwise its trailing mark characters are punctuation and the rest is
//!     read again: "Hello?", "e.g.", "I'm" stay as they are, "dda^u?" is "đâu?", "sao?" is "sao?".
//!     An ellipsis `...` is never a tone; words over 48 bytes stay literal.
//!   - A word-final `.` or `?` on a word that reads as a syllable is a tone ("me." is "mẹ"), as
//!     RFC 1456 says; write `\.` for a full stop there. A backslash makes the next mark
//!     character, `d`, `D` or backslash literal; any other backslash is kept.
//!   - [`encode`] escapes only where the reader would otherwise see a mark (or, if that is not
//!     enough, every mark character after a letter), so `decode(encode(x)) == x` for text made
//!     of Vietnamese syllables, ASCII words and punctuation.
//!
//! # Examples
//!
//! Decode TCVN3 bytes and encode them in VNI:
//!
//! ```
//! use vietnamese::legacy::{decode, encode, LegacyEncoding};
//!
//! let text = decode(b"Xin ch\xb5o c\xb8c b\xb9n", LegacyEncoding::Tcvn3)?;
//! assert_eq!(text, "Xin chào các bạn");
//! assert_eq!(encode(&text, LegacyEncoding::Vni)?, b"Xin cha\xf8o ca\xf9c ba\xefn");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod compose;
mod detect;
mod shape;
mod tables;
mod viqr;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

pub use detect::{Detection, detect, detect_font_text};

use crate::letter::{Modifier, Tone};
use tables::Cell;

/// A legacy Vietnamese encoding.
///
/// Parse one from its name with [`str::parse`] (case-insensitive; aliases such as `abc`,
/// `vni-windows`, `windows-1258` are accepted) and print it with [`LegacyEncoding::name`].
///
/// # Examples
///
/// Names round-trip through `FromStr` and `Display`:
///
/// ```
/// use vietnamese::legacy::LegacyEncoding;
///
/// let enc: LegacyEncoding = "windows-1258".parse()?;
/// assert_eq!(enc, LegacyEncoding::Cp1258);
/// assert_eq!(enc.to_string(), "CP1258");
/// assert_eq!(LegacyEncoding::ALL.len(), 6);
/// # Ok::<(), vietnamese::legacy::ParseEncodingError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LegacyEncoding {
    /// TCVN3 (TCVN 5712:1993 VN3), the ABC / .VnTime font encoding.
    Tcvn3,
    /// VNI-Windows: base letters followed by mark bytes.
    Vni,
    /// VISCII 1.1 (RFC 1456).
    Viscii,
    /// VPS (Vietnamese Professionals Society).
    Vps,
    /// Windows-1258 (CP1258), with combining tone bytes.
    Cp1258,
    /// VIQR (RFC 1456) ASCII mnemonics.
    Viqr,
}

impl LegacyEncoding {
    /// Every encoding, in the order of the enum.
    pub const ALL: [LegacyEncoding; 6] = [
        LegacyEncoding::Tcvn3,
        LegacyEncoding::Vni,
        LegacyEncoding::Viscii,
        LegacyEncoding::Vps,
        LegacyEncoding::Cp1258,
        LegacyEncoding::Viqr,
    ];

    /// The usual name of the encoding: `TCVN3`, `VNI`, `VISCII`, `VPS`, `CP1258`, `VIQR`.
    ///
    /// See also the [`FromStr`] implementation, which accepts these names and aliases.
    ///
    /// # Examples
    ///
    /// The name of VNI:
    ///
    /// ```
    /// assert_eq!(vietnamese::legacy::LegacyEncoding::Vni.name(), "VNI");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            LegacyEncoding::Tcvn3 => "TCVN3",
            LegacyEncoding::Vni => "VNI",
            LegacyEncoding::Viscii => "VISCII",
            LegacyEncoding::Vps => "VPS",
            LegacyEncoding::Cp1258 => "CP1258",
            LegacyEncoding::Viqr => "VIQR",
        }
    }

    /// The byte table, or `None` for VIQR.
    fn table(self) -> Option<&'static [Cell; 256]> {
        match self {
            LegacyEncoding::Tcvn3 => Some(&tables::TCVN3_TABLE),
            LegacyEncoding::Vni => Some(&tables::VNI_TABLE),
            LegacyEncoding::Viscii => Some(&tables::VISCII_TABLE),
            LegacyEncoding::Vps => Some(&tables::VPS_TABLE),
            LegacyEncoding::Cp1258 => Some(&tables::CP1258_TABLE),
            LegacyEncoding::Viqr => None,
        }
    }
}

impl fmt::Display for LegacyEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for LegacyEncoding {
    type Err = ParseEncodingError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let key: String = s
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' ' | '.'))
            .flat_map(char::to_lowercase)
            .collect();
        Ok(match key.as_str() {
            "tcvn3" | "tcvn" | "abc" | "vn3" | "tcvn5712" | "vntime" => LegacyEncoding::Tcvn3,
            "vni" | "vniwindows" | "vniwin" => LegacyEncoding::Vni,
            "viscii" => LegacyEncoding::Viscii,
            "vps" => LegacyEncoding::Vps,
            "cp1258" | "windows1258" | "1258" | "win1258" => LegacyEncoding::Cp1258,
            "viqr" => LegacyEncoding::Viqr,
            _ => return Err(ParseEncodingError { name: s.to_owned() }),
        })
    }
}

/// The error of parsing a [`LegacyEncoding`] from a name it does not know.
///
/// # Examples
///
/// An unknown name:
///
/// ```
/// use vietnamese::legacy::LegacyEncoding;
///
/// let err = "koi8-r".parse::<LegacyEncoding>().unwrap_err();
/// assert!(err.to_string().contains("koi8-r"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseEncodingError {
    name: String,
}

impl fmt::Display for ParseEncodingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown legacy Vietnamese encoding {:?} (expected TCVN3, VNI, VISCII, VPS, CP1258 or VIQR)",
            self.name
        )
    }
}

impl std::error::Error for ParseEncodingError {}

/// The error of [`decode`]: a byte the encoding leaves undefined (or invalid UTF-8 in VIQR input).
///
/// # Examples
///
/// 0x81 is undefined in Windows-1258:
///
/// ```
/// use vietnamese::legacy::{decode, LegacyEncoding};
///
/// let err = decode(b"ab\x81c", LegacyEncoding::Cp1258).unwrap_err();
/// assert_eq!((err.offset(), err.byte()), (2, 0x81));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeError {
    encoding: LegacyEncoding,
    offset: usize,
    byte: u8,
}

impl DecodeError {
    /// The byte offset of the bad byte in the input.
    #[must_use]
    pub const fn offset(&self) -> usize {
        self.offset
    }

    /// The bad byte.
    #[must_use]
    pub const fn byte(&self) -> u8 {
        self.byte
    }

    /// The encoding that was being decoded.
    #[must_use]
    pub const fn encoding(&self) -> LegacyEncoding {
        self.encoding
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.encoding == LegacyEncoding::Viqr {
            write!(
                f,
                "invalid UTF-8 byte 0x{:02X} at byte offset {} of VIQR input",
                self.byte, self.offset
            )
        } else {
            write!(
                f,
                "byte 0x{:02X} at offset {} is undefined in {}",
                self.byte, self.offset, self.encoding
            )
        }
    }
}

impl std::error::Error for DecodeError {}

/// The error of [`encode`]: a character the encoding cannot write.
///
/// # Examples
///
/// VISCII has no euro sign:
///
/// ```
/// use vietnamese::legacy::{encode, LegacyEncoding};
///
/// let err = encode("giá 5 €", LegacyEncoding::Viscii).unwrap_err();
/// assert_eq!((err.char(), err.offset()), ('€', 7));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EncodeError {
    encoding: LegacyEncoding,
    offset: usize,
    ch: char,
}

impl EncodeError {
    /// The character that cannot be encoded (after composition to NFC).
    #[must_use]
    pub const fn char(&self) -> char {
        self.ch
    }

    /// The byte offset in the input where that character starts (for a decomposed input, where
    /// its base character starts).
    #[must_use]
    pub const fn offset(&self) -> usize {
        self.offset
    }

    /// The encoding that was being written.
    #[must_use]
    pub const fn encoding(&self) -> LegacyEncoding {
        self.encoding
    }
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} (U+{:04X}) at byte offset {} cannot be encoded in {}",
            self.ch, self.ch as u32, self.offset, self.encoding
        )
    }
}

impl std::error::Error for EncodeError {}

/// Decodes bytes in a legacy encoding to NFC text.
///
/// One pass over a 256-entry table (VIQR: a scan for mnemonics); allocates the output only.
/// See also [`decode_lossy`], [`detect`] and the [module docs](self) for each encoding's rules.
///
/// # Errors
///
/// A byte the encoding leaves undefined (or, for VIQR, invalid UTF-8) gives a [`DecodeError`]
/// with its offset.
///
/// # Examples
///
/// "Việt Nam" in VISCII and in Windows-1258 (e with circumflex, then the dot-below byte):
///
/// ```
/// use vietnamese::legacy::{decode, LegacyEncoding};
///
/// assert_eq!(decode(b"Vi\xaet Nam", LegacyEncoding::Viscii)?, "Việt Nam");
/// assert_eq!(decode(b"Vi\xea\xf2t Nam", LegacyEncoding::Cp1258)?, "Việt Nam");
/// assert_eq!(decode(b"Vie^.t Nam", LegacyEncoding::Viqr)?, "Việt Nam");
/// # Ok::<(), vietnamese::legacy::DecodeError>(())
/// ```
pub fn decode(bytes: &[u8], encoding: LegacyEncoding) -> Result<String, DecodeError> {
    decode_impl(bytes, encoding, false)
}

/// Decodes bytes in a legacy encoding to NFC text, writing U+FFFD for undefined bytes.
///
/// For VIQR, invalid UTF-8 is replaced as `String::from_utf8_lossy` does. Never fails.
/// See also [`decode`].
///
/// # Examples
///
/// 0x81 is undefined in Windows-1258:
///
/// ```
/// use vietnamese::legacy::{decode_lossy, LegacyEncoding};
///
/// assert_eq!(decode_lossy(b"a\x81b", LegacyEncoding::Cp1258), "a\u{FFFD}b");
/// ```
#[must_use]
pub fn decode_lossy(bytes: &[u8], encoding: LegacyEncoding) -> String {
    match decode_impl(bytes, encoding, true) {
        Ok(s) => s,
        // Unreachable: the lossy path never fails. Keep a total answer anyway.
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}

fn decode_impl(bytes: &[u8], encoding: LegacyEncoding, lossy: bool) -> Result<String, DecodeError> {
    let Some(table) = encoding.table() else {
        let text = match std::str::from_utf8(bytes) {
            Ok(s) => Cow::Borrowed(s),
            Err(e) if !lossy => {
                return Err(DecodeError {
                    encoding,
                    offset: e.valid_up_to(),
                    byte: bytes[e.valid_up_to()],
                });
            }
            Err(_) => String::from_utf8_lossy(bytes),
        };
        let mut out = String::with_capacity(text.len());
        viqr::decode_into(&text, &mut out);
        // From ASCII the reader makes only precomposed letters: already NFC.
        return Ok(if text.is_ascii() {
            out
        } else {
            nfc_if_needed(out)
        });
    };
    let composer = compose::composer();
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut needs_nfc = false;
    // The last character written and where it starts, for a mark byte to compose with.
    let mut last = '\0';
    let mut last_at = 0;
    for (i, &b) in bytes.iter().enumerate() {
        // Printable ASCII is itself in every byte encoding.
        if (0x20..0x7F).contains(&b) {
            last_at = out.len();
            last = b as char;
            out.push(last);
            continue;
        }
        match table[b as usize] {
            Cell::Char(c) => {
                last_at = out.len();
                last = c;
                out.push(c);
            }
            Cell::Mark(m, t) => match composer.add_mark(last, m, t) {
                Some(c) => {
                    out.truncate(last_at);
                    last = c;
                    out.push(c);
                }
                None => {
                    out.extend(m.combining_mark());
                    out.extend(t.combining_mark());
                    // A later mark must not compose across this one.
                    last = '\0';
                    needs_nfc = true;
                }
            },
            Cell::Undefined if lossy => {
                out.push('\u{FFFD}');
                last = '\0';
            }
            Cell::Undefined => {
                return Err(DecodeError {
                    encoding,
                    offset: i,
                    byte: b,
                });
            }
        }
    }
    Ok(if needs_nfc { out.nfc().collect() } else { out })
}

/// Puts a mark on the last character of `out`; if Vietnamese has no such letter, appends the
/// combining marks instead and returns `true` (the text then needs NFC).
#[inline]
fn push_mark(out: &mut String, m: Modifier, t: Tone) -> bool {
    if let Some(prev) = out.chars().next_back() {
        if let Some(c) = compose::add_mark(prev, m, t) {
            out.pop();
            out.push(c);
            return false;
        }
    }
    out.extend(m.combining_mark());
    out.extend(t.combining_mark());
    true
}

fn nfc_if_needed(s: String) -> String {
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => s,
        _ => s.nfc().collect(),
    }
}

/// Up to three bytes that write one character.
#[derive(Debug, Clone, Copy)]
struct Seq {
    bytes: [u8; 3],
    len: u8,
}

impl Seq {
    fn as_slice(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }
}

/// The inverse of a byte table: character → bytes. Bytes in `skip` decode but are never written.
fn build_encoder(table: &[Cell; 256], skip: &[u8]) -> HashMap<char, Seq> {
    let mut map: HashMap<char, Seq> = HashMap::new();
    for (b, cell) in table.iter().enumerate() {
        if skip.contains(&(b as u8)) {
            continue;
        }
        if let Cell::Char(c) = *cell {
            map.entry(c).or_insert(Seq {
                bytes: [b as u8, 0, 0],
                len: 1,
            });
        }
    }
    // Lone combining marks, preferring the lower-case mark byte (VNI has two of each).
    for (b, cell) in table.iter().enumerate().rev() {
        if let Cell::Mark(m, t) = *cell {
            if let (Some(c), None) | (None, Some(c)) = (m.combining_mark(), t.combining_mark()) {
                map.entry(c).or_insert(Seq {
                    bytes: [b as u8, 0, 0],
                    len: 1,
                });
            }
        }
    }
    // A character and a mark byte; the mark byte's case should match the letter's (VNI).
    let mut pairs: HashMap<char, (bool, Seq)> = HashMap::new();
    for (x, cell) in table.iter().enumerate() {
        let Cell::Char(base) = *cell else { continue };
        for (y, mark) in table.iter().enumerate() {
            let Cell::Mark(m, t) = *mark else { continue };
            let composed = compose::add_mark(base, m, t).or_else(|| {
                let mut s = String::from(base);
                s.extend(m.combining_mark());
                s.extend(t.combining_mark());
                let mut it = s.nfc();
                match (it.next(), it.next()) {
                    (Some(c), None) => Some(c),
                    _ => None,
                }
            });
            let Some(c) = composed else { continue };
            if map.contains_key(&c) {
                continue;
            }
            let case_matches = base.is_uppercase() == (y < 0xE0);
            let seq = Seq {
                bytes: [x as u8, y as u8, 0],
                len: 2,
            };
            match pairs.get(&c) {
                Some((true, _)) => {}
                Some((false, _)) if !case_matches => {}
                _ => {
                    pairs.insert(c, (case_matches, seq));
                }
            }
        }
    }
    map.extend(pairs.into_iter().map(|(c, (_, seq))| (c, seq)));
    map
}

static ENCODERS: [LazyLock<HashMap<char, Seq>>; 5] = [
    LazyLock::new(|| build_encoder(&tables::TCVN3_TABLE, &[])),
    // Ý ý: Windows-1252 bytes the VNI fonts do not use; VNI writes YÙ yù.
    LazyLock::new(|| build_encoder(&tables::VNI_TABLE, &[0xDD, 0xFD])),
    LazyLock::new(|| build_encoder(&tables::VISCII_TABLE, &[])),
    LazyLock::new(|| build_encoder(&tables::VPS_TABLE, &[])),
    LazyLock::new(|| build_encoder(&tables::CP1258_TABLE, &[])),
];

fn encoder(encoding: LegacyEncoding) -> Option<&'static HashMap<char, Seq>> {
    Some(match encoding {
        LegacyEncoding::Tcvn3 => &ENCODERS[0],
        LegacyEncoding::Vni => &ENCODERS[1],
        LegacyEncoding::Viscii => &ENCODERS[2],
        LegacyEncoding::Vps => &ENCODERS[3],
        LegacyEncoding::Cp1258 => &ENCODERS[4],
        LegacyEncoding::Viqr => return None,
    })
}

/// Encodes text in a legacy encoding.
///
/// The input may be NFC, NFD or mixed: each character with the combining marks after it is
/// composed first. Where an encoding has no single byte for a letter it writes the base and a
/// mark byte (VNI always, Windows-1258 for toned letters, TCVN3 for toned capitals), so
/// [`decode`] gives the NFC text back. See also [`encode_lossy`].
///
/// # Errors
///
/// The first character the encoding cannot write gives an [`EncodeError`] with the character and
/// the byte offset where it starts in the input.
///
/// # Examples
///
/// NFC and NFD input give the same bytes; a Chinese character has no byte:
///
/// ```
/// use vietnamese::legacy::{encode, LegacyEncoding};
///
/// assert_eq!(encode("Việt", LegacyEncoding::Tcvn3)?, b"Vi\xd6t");
/// assert_eq!(encode("Vie\u{323}\u{302}t", LegacyEncoding::Tcvn3)?, b"Vi\xd6t");
/// assert_eq!(encode("Việt", LegacyEncoding::Viqr)?, b"Vie^.t");
/// assert_eq!(encode("越南", LegacyEncoding::Vni).unwrap_err().offset(), 0);
/// # Ok::<(), vietnamese::legacy::EncodeError>(())
/// ```
pub fn encode(text: &str, encoding: LegacyEncoding) -> Result<Vec<u8>, EncodeError> {
    encode_impl(text, encoding, false)
}

/// Encodes text in a legacy encoding, writing `?` for each character it cannot write.
///
/// See also [`encode`]. In VIQR the `?` is escaped where it would read as a hook.
///
/// # Examples
///
/// The euro sign is not in VISCII:
///
/// ```
/// use vietnamese::legacy::{encode_lossy, LegacyEncoding};
///
/// assert_eq!(encode_lossy("5 €", LegacyEncoding::Viscii), b"5 ?");
/// ```
#[must_use]
pub fn encode_lossy(text: &str, encoding: LegacyEncoding) -> Vec<u8> {
    encode_impl(text, encoding, true).unwrap_or_default()
}

fn encode_impl(text: &str, encoding: LegacyEncoding, lossy: bool) -> Result<Vec<u8>, EncodeError> {
    if encoding != LegacyEncoding::Viqr {
        return encode_with(text, encoding, lossy, false);
    }
    // VIQR: escape only what must be escaped; if the reader would then see a mark where the text
    // has punctuation, escape every mark character that follows a letter. Lossy output is the
    // exact output when there is nothing to replace.
    match encode_with(text, encoding, false, false) {
        Ok(plain) => {
            let mut back = String::new();
            viqr::decode_into(std::str::from_utf8(&plain).unwrap_or_default(), &mut back);
            if nfc_if_needed(back) == nfc_if_needed(text.to_owned()) {
                Ok(plain)
            } else {
                encode_with(text, encoding, lossy, true)
            }
        }
        Err(e) if !lossy => Err(e),
        Err(_) => encode_with(text, encoding, true, true),
    }
}

fn encode_with(
    text: &str,
    encoding: LegacyEncoding,
    lossy: bool,
    escape_marks: bool,
) -> Result<Vec<u8>, EncodeError> {
    let mut out = Vec::with_capacity(text.len());
    let map = encoder(encoding);
    let put =
        |c: char, offset: usize, prev: Option<char>, next: Option<char>, out: &mut Vec<u8>| {
            let ok = match map {
                Some(map) => match map.get(&c) {
                    Some(seq) => {
                        out.extend_from_slice(seq.as_slice());
                        true
                    }
                    None => false,
                },
                None => viqr::encode_char(c, prev, next, escape_marks, out),
            };
            if ok {
                return Ok(());
            }
            if lossy {
                if map.is_some() {
                    out.push(b'?');
                } else {
                    viqr::encode_char('?', prev, next, true, out);
                }
                return Ok(());
            }
            Err(EncodeError {
                encoding,
                offset,
                ch: c,
            })
        };
    let fast = map.is_some() && is_nfc_quick(text.chars()) == IsNormalized::Yes;
    if fast {
        // Printable ASCII, tab, LF and CR are the same byte in every table.
        for (i, c) in text.char_indices() {
            if matches!(c, ' '..='~' | '\t' | '\n' | '\r') {
                out.push(c as u8);
            } else {
                put(c, i, None, None, &mut out)?;
            }
        }
        return Ok(out);
    }
    // Composed segment by segment (a starter and the combining marks after it), so that an error
    // can point into the input.
    let mut iter = text.char_indices().peekable();
    let mut segment = String::new();
    let mut composed: Vec<char> = Vec::new();
    let mut prev = None;
    while let Some((start, c)) = iter.next() {
        segment.clear();
        segment.push(c);
        while let Some(&(_, m)) = iter.peek() {
            if canonical_combining_class(m) == 0 {
                break;
            }
            segment.push(m);
            iter.next();
        }
        composed.clear();
        if segment.len() == c.len_utf8() {
            composed.push(c);
        } else {
            composed.extend(segment.nfc());
        }
        let after = iter.peek().map(|&(_, n)| n);
        for k in 0..composed.len() {
            let next = composed.get(k + 1).copied().or(after);
            put(composed[k], start, prev, next, &mut out)?;
            prev = Some(composed[k]);
        }
    }
    Ok(out)
}

/// The Windows-1252 byte that shows as `c`, reading 0x80–0x9F's undefined bytes as the C1
/// controls (as Latin-1 and Windows do).
fn cp1252_byte(c: char) -> Option<u8> {
    let cp = c as u32;
    if cp < 0x100 {
        return Some(cp as u8);
    }
    tables::CP1252_TABLE
        .iter()
        .position(|cell| *cell == Cell::Char(c))
        .map(|b| b as u8)
}

/// Repairs "font text": legacy bytes that were read as Windows-1252 (or Latin-1) and saved as
/// Unicode, guessing the encoding with [`detect_font_text`].
///
/// Returns the text unchanged (borrowed) when it does not look like font text, for example when
/// it is already proper Unicode Vietnamese, or ASCII, and when the guess is unsure (confidence
/// below 0.5; a text with fewer than about three words beyond ASCII is too short to be sure of).
/// See also [`repair_font_text_as`], which takes the encoding and always repairs.
///
/// # Examples
///
/// TCVN3 and VNI font text:
///
/// ```
/// use vietnamese::legacy::repair_font_text;
///
/// assert_eq!(repair_font_text("Xin chµo c¸c b¹n"), "Xin chào các bạn");
/// assert_eq!(repair_font_text("Xin chaøo caùc baïn"), "Xin chào các bạn");
/// assert_eq!(repair_font_text("Xin chào các bạn"), "Xin chào các bạn");
/// ```
#[must_use]
pub fn repair_font_text(text: &str) -> Cow<'_, str> {
    match detect_font_text(text) {
        Some(d) if d.confidence >= 0.5 => repair_font_text_as(text, d.encoding),
        _ => Cow::Borrowed(text),
    }
}

/// Repairs font text of a known encoding: each character that Windows-1252 (or Latin-1) shows
/// for a byte is replaced by what that byte means in `encoding`.
///
/// Characters that no single byte shows (already-Unicode letters, CJK, emoji) and bytes the
/// encoding leaves undefined are kept as they are. Every Latin-1 character is reinterpreted, so
/// text that mixes proper Unicode Vietnamese (à, é, …) with font text should be repaired piece by
/// piece. The result is NFC; it is borrowed when nothing changes. For VIQR this reads the
/// mnemonics. See also [`repair_font_text`].
///
/// TCVN3 has no toned capitals: headings were typed with the lower-case codes in a capitals font
/// (.VnTimeH), so "VIÖT NAM" shows "VIỆT NAM" on screen. For TCVN3, a word with no ASCII lower
/// case and a capital that is not just a title-case first letter is therefore put in upper case.
///
/// # Examples
///
/// VNI font text with a curly quote, which VNI keeps, and a TCVN3 heading:
///
/// ```
/// use vietnamese::legacy::{repair_font_text_as, LegacyEncoding};
///
/// let fixed = repair_font_text_as("“Vieät Nam”", LegacyEncoding::Vni);
/// assert_eq!(fixed, "“Việt Nam”");
/// assert_eq!(repair_font_text_as("VIÖT NAM", LegacyEncoding::Tcvn3), "VIỆT NAM");
/// assert_eq!(repair_font_text_as("Bé Y tÕ", LegacyEncoding::Tcvn3), "Bộ Y tế");
/// ```
#[must_use]
pub fn repair_font_text_as(text: &str, encoding: LegacyEncoding) -> Cow<'_, str> {
    let Some(table) = encoding.table() else {
        let mut out = String::with_capacity(text.len());
        viqr::decode_into(text, &mut out);
        let out = nfc_if_needed(out);
        return if out == text {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(out)
        };
    };
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut needs_nfc = false;
    for c in text.chars() {
        let Some(b) = cp1252_byte(c) else {
            out.push(c);
            continue;
        };
        match table[b as usize] {
            Cell::Char(x) => out.push(x),
            Cell::Mark(m, t) => needs_nfc |= push_mark(&mut out, m, t),
            Cell::Undefined => out.push(c),
        }
    }
    let mut out = if needs_nfc {
        out.nfc().collect()
    } else {
        nfc_if_needed(out)
    };
    if encoding == LegacyEncoding::Tcvn3 {
        out = capitalize_heading_words(out);
    }
    if out == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(out)
    }
}

/// Upper-cases the words of TCVN3 text typed in a capitals font (see [`is_heading_word`]).
fn capitalize_heading_words(text: String) -> String {
    let needs = text
        .split(|c: char| !c.is_alphabetic())
        .any(is_heading_word);
    if !needs {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while !rest.is_empty() {
        let word_len = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let (word, after) = rest.split_at(word_len);
        if is_heading_word(word) {
            out.extend(word.chars().flat_map(char::to_uppercase));
        } else {
            out.push_str(word);
        }
        let sep_len = after.find(char::is_alphabetic).unwrap_or(after.len());
        out.push_str(&after[..sep_len]);
        rest = &after[sep_len..];
    }
    out
}

fn is_heading_word(word: &str) -> bool {
    // Capitals other than a title-case first letter, no ASCII lower case, and some lower-case
    // Vietnamese letter to fix.
    let upper_after_first = word.chars().skip(1).any(char::is_uppercase);
    let first_lower = word.chars().next().is_some_and(char::is_lowercase);
    let any_upper = word.chars().any(char::is_uppercase);
    any_upper
        && (upper_after_first || first_lower)
        && !word.bytes().any(|b| b.is_ascii_lowercase())
        && word.chars().any(|c| !c.is_ascii() && c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_types_are_send_sync() {
        fn check<T: Send + Sync + 'static>() {}
        check::<LegacyEncoding>();
        check::<DecodeError>();
        check::<EncodeError>();
        check::<ParseEncodingError>();
        check::<Detection>();
    }

    #[test]
    fn names_parse_back() {
        for enc in LegacyEncoding::ALL {
            assert_eq!(enc.name().parse::<LegacyEncoding>(), Ok(enc));
            assert_eq!(
                enc.to_string().to_lowercase().parse::<LegacyEncoding>(),
                Ok(enc)
            );
        }
        assert_eq!("VNI-Windows".parse(), Ok(LegacyEncoding::Vni));
        assert_eq!("abc".parse(), Ok(LegacyEncoding::Tcvn3));
        assert!("utf-8".parse::<LegacyEncoding>().is_err());
    }

    #[test]
    fn cp1252_bytes_invert_the_table() {
        for b in 0..=255u8 {
            if let Cell::Char(c) = tables::CP1252_TABLE[b as usize] {
                assert_eq!(cp1252_byte(c), Some(b));
            }
        }
        assert_eq!(cp1252_byte('\u{81}'), Some(0x81));
        assert_eq!(cp1252_byte('ệ'), None);
    }
}
