//! Byte tables of the single-byte legacy encodings.
//!
//! The mappings are those of the published standards (RFC 1456 for VISCII, TCVN 5712:1993, the
//! Microsoft Windows-1258 and Windows-1252 charts, the VPS chart); the rows of VISCII, TCVN3,
//! Windows-1258 and VPS were written out from the dumps of glibc `iconv` (GNU recode for VPS) that
//! `tools/gen_legacy_reference.py` makes, and `tests/legacy_tables.rs` compares every byte with
//! those dumps (`tests/data/legacy_*_ref.tsv`). VNI has no byte table in either converter: its
//! letters and marks are written by hand from the VNI-Windows font layout and checked on
//! sentences encoded by GNU recode (`tests/data/legacy_vni.tsv`), whose only disagreement is that
//! it swaps the capital breve marks of Ằ/Ắ (0xC8/0xC9); this table keeps them consistent with the
//! lower-case marks (0xE8 ằ, 0xE9 ắ), 0x20 lower, like every other VNI capital mark.

use crate::letter::{Modifier, Tone};

/// What one byte decodes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cell {
    /// A character.
    Char(char),
    /// A mark (vowel modifier and/or tone) to put on the letter before it.
    Mark(Modifier, Tone),
    /// A byte the encoding leaves undefined.
    Undefined,
}

/// Windows-1252 in 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined).
#[rustfmt::skip]
const CP1252_C1: [Option<char>; 32] = [
    Some('\u{20AC}'), None, Some('\u{201A}'), Some('\u{0192}'), Some('\u{201E}'), Some('\u{2026}'), Some('\u{2020}'), Some('\u{2021}'),
    Some('\u{02C6}'), Some('\u{2030}'), Some('\u{0160}'), Some('\u{2039}'), Some('\u{0152}'), None, Some('\u{017D}'), None,
    None, Some('\u{2018}'), Some('\u{2019}'), Some('\u{201C}'), Some('\u{201D}'), Some('\u{2022}'), Some('\u{2013}'), Some('\u{2014}'),
    Some('\u{02DC}'), Some('\u{2122}'), Some('\u{0161}'), Some('\u{203A}'), Some('\u{0153}'), None, Some('\u{017E}'), Some('\u{0178}'),
];

/// The mark a combining character writes, if it is one of the eight Vietnamese marks.
const fn mark_of(c: char) -> Option<(Modifier, Tone)> {
    if let Some(t) = Tone::from_combining_mark(c) {
        return Some((Modifier::None, t));
    }
    if let Some(m) = Modifier::from_combining_mark(c) {
        return Some((m, Tone::Level));
    }
    None
}

/// Latin-1 (ISO 8859-1): every byte is the code point of the same number.
const fn latin1() -> [Cell; 256] {
    let mut t = [Cell::Undefined; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = Cell::Char(b as u8 as char);
        b += 1;
    }
    t
}

/// Windows-1252: Latin-1 with printable characters in 0x80–0x9F.
const fn cp1252() -> [Cell; 256] {
    let mut t = latin1();
    let mut i = 0;
    while i < 32 {
        t[0x80 + i] = match CP1252_C1[i] {
            Some(c) => Cell::Char(c),
            None => Cell::Undefined,
        };
        i += 1;
    }
    t
}

/// `base` with `chars` written over it; combining marks become [`Cell::Mark`].
const fn with_chars(mut t: [Cell; 256], chars: &[(u8, char)]) -> [Cell; 256] {
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        t[b as usize] = match mark_of(c) {
            Some((m, tone)) => Cell::Mark(m, tone),
            None => Cell::Char(c),
        };
        i += 1;
    }
    t
}

/// `base` with the mark bytes `marks` written over it.
const fn with_marks(mut t: [Cell; 256], marks: &[(u8, Modifier, Tone)]) -> [Cell; 256] {
    let mut i = 0;
    while i < marks.len() {
        let (b, m, tone) = marks[i];
        t[b as usize] = Cell::Mark(m, tone);
        i += 1;
    }
    t
}

/// `base` with the bytes `undefined` left undefined.
const fn without(mut t: [Cell; 256], undefined: &[u8]) -> [Cell; 256] {
    let mut i = 0;
    while i < undefined.len() {
        t[undefined[i] as usize] = Cell::Undefined;
        i += 1;
    }
    t
}

/// TCVN3 as the ABC/.VnTime fonts use it: Windows-1252 with the VN3 letters in 0xA1–0xFF.
pub(super) static TCVN3_TABLE: [Cell; 256] = with_chars(cp1252(), TCVN3_HIGH);
/// VISCII: all 256 bytes defined, letters in six C0 positions.
pub(super) static VISCII_TABLE: [Cell; 256] = with_chars(latin1(), VISCII);
/// VPS: letters in C0 and 0x80–0xFF; eight bytes undefined. GNU recode leaves 0x99 undefined
/// too, but the VPS chart has Ỗ there (the only one of the 134 letters recode lacks).
pub(super) static VPS_TABLE: [Cell; 256] = with_chars(
    without(
        with_chars(latin1(), VPS),
        &[0x91, 0x92, 0xA0, 0xDF, 0xE7, 0xEE, 0xF6, 0xFC],
    ),
    &[(0x99, '\u{1ED6}')],
);
/// Windows-1258: Windows-1252's layout with five combining tone marks.
pub(super) static CP1258_TABLE: [Cell; 256] = with_chars(
    with_chars(without(cp1252(), &[0x8A, 0x8E, 0x9A, 0x9E]), CP1258_CHARS),
    &[
        (0xCC, '\u{0300}'),
        (0xD2, '\u{0309}'),
        (0xDE, '\u{0303}'),
        (0xEC, '\u{0301}'),
        (0xF2, '\u{0323}'),
    ],
);
/// VNI-Windows: Windows-1252 with single-byte letters and mark bytes that follow a base letter.
pub(super) static VNI_TABLE: [Cell; 256] = with_marks(with_chars(cp1252(), VNI_LETTERS), VNI_MARKS);

/// TCVN3 (TCVN 5712:1993 VN3) over Windows-1252: 0xA1–0xFF, where VN3 and VN1 agree.
#[rustfmt::skip]
const TCVN3_HIGH: &[(u8, char)] = &[
    (0xA1, '\u{0102}'), (0xA2, '\u{00C2}'), (0xA3, '\u{00CA}'), (0xA4, '\u{00D4}'), (0xA5, '\u{01A0}'), (0xA6, '\u{01AF}'), // Ă Â Ê Ô Ơ Ư
    (0xA7, '\u{0110}'), (0xA8, '\u{0103}'), (0xA9, '\u{00E2}'), (0xAA, '\u{00EA}'), (0xAB, '\u{00F4}'), (0xAC, '\u{01A1}'), // Đ ă â ê ô ơ
    (0xAD, '\u{01B0}'), (0xAE, '\u{0111}'), (0xAF, '\u{1EB0}'), (0xB0, '\u{0300}'), (0xB1, '\u{0309}'), (0xB2, '\u{0303}'), // ư đ Ằ ◌̀ ◌̉ ◌̃
    (0xB3, '\u{0301}'), (0xB4, '\u{0323}'), (0xB5, '\u{00E0}'), (0xB6, '\u{1EA3}'), (0xB7, '\u{00E3}'), (0xB8, '\u{00E1}'), // ◌́ ◌̣ à ả ã á
    (0xB9, '\u{1EA1}'), (0xBA, '\u{1EB2}'), (0xBB, '\u{1EB1}'), (0xBC, '\u{1EB3}'), (0xBD, '\u{1EB5}'), (0xBE, '\u{1EAF}'), // ạ Ẳ ằ ẳ ẵ ắ
    (0xBF, '\u{1EB4}'), (0xC0, '\u{1EAE}'), (0xC1, '\u{1EA6}'), (0xC2, '\u{1EA8}'), (0xC3, '\u{1EAA}'), (0xC4, '\u{1EA4}'), // Ẵ Ắ Ầ Ẩ Ẫ Ấ
    (0xC5, '\u{1EC0}'), (0xC6, '\u{1EB7}'), (0xC7, '\u{1EA7}'), (0xC8, '\u{1EA9}'), (0xC9, '\u{1EAB}'), (0xCA, '\u{1EA5}'), // Ề ặ ầ ẩ ẫ ấ
    (0xCB, '\u{1EAD}'), (0xCC, '\u{00E8}'), (0xCD, '\u{1EC2}'), (0xCE, '\u{1EBB}'), (0xCF, '\u{1EBD}'), (0xD0, '\u{00E9}'), // ậ è Ể ẻ ẽ é
    (0xD1, '\u{1EB9}'), (0xD2, '\u{1EC1}'), (0xD3, '\u{1EC3}'), (0xD4, '\u{1EC5}'), (0xD5, '\u{1EBF}'), (0xD6, '\u{1EC7}'), // ẹ ề ể ễ ế ệ
    (0xD7, '\u{00EC}'), (0xD8, '\u{1EC9}'), (0xD9, '\u{1EC4}'), (0xDA, '\u{1EBE}'), (0xDB, '\u{1ED2}'), (0xDC, '\u{0129}'), // ì ỉ Ễ Ế Ồ ĩ
    (0xDD, '\u{00ED}'), (0xDE, '\u{1ECB}'), (0xDF, '\u{00F2}'), (0xE0, '\u{1ED4}'), (0xE1, '\u{1ECF}'), (0xE2, '\u{00F5}'), // í ị ò Ổ ỏ õ
    (0xE3, '\u{00F3}'), (0xE4, '\u{1ECD}'), (0xE5, '\u{1ED3}'), (0xE6, '\u{1ED5}'), (0xE7, '\u{1ED7}'), (0xE8, '\u{1ED1}'), // ó ọ ồ ổ ỗ ố
    (0xE9, '\u{1ED9}'), (0xEA, '\u{1EDD}'), (0xEB, '\u{1EDF}'), (0xEC, '\u{1EE1}'), (0xED, '\u{1EDB}'), (0xEE, '\u{1EE3}'), // ộ ờ ở ỡ ớ ợ
    (0xEF, '\u{00F9}'), (0xF0, '\u{1ED6}'), (0xF1, '\u{1EE7}'), (0xF2, '\u{0169}'), (0xF3, '\u{00FA}'), (0xF4, '\u{1EE5}'), // ù Ỗ ủ ũ ú ụ
    (0xF5, '\u{1EEB}'), (0xF6, '\u{1EED}'), (0xF7, '\u{1EEF}'), (0xF8, '\u{1EE9}'), (0xF9, '\u{1EF1}'), (0xFA, '\u{1EF3}'), // ừ ử ữ ứ ự ỳ
    (0xFB, '\u{1EF7}'), (0xFC, '\u{1EF9}'), (0xFE, '\u{1EF5}'), (0xFF, '\u{1ED0}'), // ỷ ỹ ỵ Ố
];

/// VISCII 1.1 (RFC 1456): every byte that is not the same code point in ASCII/Latin-1.
#[rustfmt::skip]
const VISCII: &[(u8, char)] = &[
    (0x02, '\u{1EB2}'), (0x05, '\u{1EB4}'), (0x06, '\u{1EAA}'), (0x14, '\u{1EF6}'), (0x19, '\u{1EF8}'), (0x1E, '\u{1EF4}'), // Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ
    (0x80, '\u{1EA0}'), (0x81, '\u{1EAE}'), (0x82, '\u{1EB0}'), (0x83, '\u{1EB6}'), (0x84, '\u{1EA4}'), (0x85, '\u{1EA6}'), // Ạ Ắ Ằ Ặ Ấ Ầ
    (0x86, '\u{1EA8}'), (0x87, '\u{1EAC}'), (0x88, '\u{1EBC}'), (0x89, '\u{1EB8}'), (0x8A, '\u{1EBE}'), (0x8B, '\u{1EC0}'), // Ẩ Ậ Ẽ Ẹ Ế Ề
    (0x8C, '\u{1EC2}'), (0x8D, '\u{1EC4}'), (0x8E, '\u{1EC6}'), (0x8F, '\u{1ED0}'), (0x90, '\u{1ED2}'), (0x91, '\u{1ED4}'), // Ể Ễ Ệ Ố Ồ Ổ
    (0x92, '\u{1ED6}'), (0x93, '\u{1ED8}'), (0x94, '\u{1EE2}'), (0x95, '\u{1EDA}'), (0x96, '\u{1EDC}'), (0x97, '\u{1EDE}'), // Ỗ Ộ Ợ Ớ Ờ Ở
    (0x98, '\u{1ECA}'), (0x99, '\u{1ECE}'), (0x9A, '\u{1ECC}'), (0x9B, '\u{1EC8}'), (0x9C, '\u{1EE6}'), (0x9D, '\u{0168}'), // Ị Ỏ Ọ Ỉ Ủ Ũ
    (0x9E, '\u{1EE4}'), (0x9F, '\u{1EF2}'), (0xA0, '\u{00D5}'), (0xA1, '\u{1EAF}'), (0xA2, '\u{1EB1}'), (0xA3, '\u{1EB7}'), // Ụ Ỳ Õ ắ ằ ặ
    (0xA4, '\u{1EA5}'), (0xA5, '\u{1EA7}'), (0xA6, '\u{1EA9}'), (0xA7, '\u{1EAD}'), (0xA8, '\u{1EBD}'), (0xA9, '\u{1EB9}'), // ấ ầ ẩ ậ ẽ ẹ
    (0xAA, '\u{1EBF}'), (0xAB, '\u{1EC1}'), (0xAC, '\u{1EC3}'), (0xAD, '\u{1EC5}'), (0xAE, '\u{1EC7}'), (0xAF, '\u{1ED1}'), // ế ề ể ễ ệ ố
    (0xB0, '\u{1ED3}'), (0xB1, '\u{1ED5}'), (0xB2, '\u{1ED7}'), (0xB3, '\u{1EE0}'), (0xB4, '\u{01A0}'), (0xB5, '\u{1ED9}'), // ồ ổ ỗ Ỡ Ơ ộ
    (0xB6, '\u{1EDD}'), (0xB7, '\u{1EDF}'), (0xB8, '\u{1ECB}'), (0xB9, '\u{1EF0}'), (0xBA, '\u{1EE8}'), (0xBB, '\u{1EEA}'), // ờ ở ị Ự Ứ Ừ
    (0xBC, '\u{1EEC}'), (0xBD, '\u{01A1}'), (0xBE, '\u{1EDB}'), (0xBF, '\u{01AF}'), (0xC4, '\u{1EA2}'), (0xC5, '\u{0102}'), // Ử ơ ớ Ư Ả Ă
    (0xC6, '\u{1EB3}'), (0xC7, '\u{1EB5}'), (0xCB, '\u{1EBA}'), (0xCE, '\u{0128}'), (0xCF, '\u{1EF3}'), (0xD0, '\u{0110}'), // ẳ ẵ Ẻ Ĩ ỳ Đ
    (0xD1, '\u{1EE9}'), (0xD5, '\u{1EA1}'), (0xD6, '\u{1EF7}'), (0xD7, '\u{1EEB}'), (0xD8, '\u{1EED}'), (0xDB, '\u{1EF9}'), // ứ ạ ỷ ừ ử ỹ
    (0xDC, '\u{1EF5}'), (0xDE, '\u{1EE1}'), (0xDF, '\u{01B0}'), (0xE4, '\u{1EA3}'), (0xE5, '\u{0103}'), (0xE6, '\u{1EEF}'), // ỵ ỡ ư ả ă ữ
    (0xE7, '\u{1EAB}'), (0xEB, '\u{1EBB}'), (0xEE, '\u{0129}'), (0xEF, '\u{1EC9}'), (0xF0, '\u{0111}'), (0xF1, '\u{1EF1}'), // ẫ ẻ ĩ ỉ đ ự
    (0xF6, '\u{1ECF}'), (0xF7, '\u{1ECD}'), (0xF8, '\u{1EE5}'), (0xFB, '\u{0169}'), (0xFC, '\u{1EE7}'), (0xFE, '\u{1EE3}'), // ỏ ọ ụ ũ ủ ợ
    (0xFF, '\u{1EEE}'), // Ữ
];

/// VPS: every byte that is not the same code point in ASCII/Latin-1.
#[rustfmt::skip]
const VPS: &[(u8, char)] = &[
    (0x02, '\u{1EA0}'), (0x03, '\u{1EAC}'), (0x04, '\u{1EB6}'), (0x05, '\u{1EB8}'), (0x06, '\u{1EC6}'), (0x10, '\u{1ECA}'), // Ạ Ậ Ặ Ẹ Ệ Ị
    (0x11, '\u{1ECC}'), (0x12, '\u{1ED8}'), (0x13, '\u{1EE2}'), (0x14, '\u{1EE4}'), (0x15, '\u{1EF0}'), (0x19, '\u{1EF4}'), // Ọ Ộ Ợ Ụ Ự Ỵ
    (0x1C, '\u{1EAA}'), (0x1D, '\u{1EEE}'), (0x80, '\u{00C0}'), (0x81, '\u{1EA2}'), (0x82, '\u{00C3}'), (0x83, '\u{1EA4}'), // Ẫ Ữ À Ả Ã Ấ
    (0x84, '\u{1EA6}'), (0x85, '\u{1EA8}'), (0x86, '\u{1ECD}'), (0x87, '\u{1ED7}'), (0x88, '\u{0102}'), (0x89, '\u{1EBF}'), // Ầ Ẩ ọ ỗ Ă ế
    (0x8A, '\u{1EC1}'), (0x8B, '\u{1EC3}'), (0x8C, '\u{1EC7}'), (0x8D, '\u{1EAE}'), (0x8E, '\u{1EB0}'), (0x8F, '\u{1EB2}'), // ề ể ệ Ắ Ằ Ẳ
    (0x90, '\u{1EBE}'), (0x93, '\u{1EC0}'), (0x94, '\u{1EC2}'), (0x95, '\u{1EC4}'), (0x96, '\u{1ED0}'), (0x97, '\u{1ED2}'), // Ế Ề Ể Ễ Ố Ồ
    (0x98, '\u{1ED4}'), (0x9A, '\u{00FD}'), (0x9B, '\u{1EF7}'), (0x9C, '\u{1EF5}'), (0x9D, '\u{1EDA}'), (0x9E, '\u{1EDC}'), // Ổ ý ỷ ỵ Ớ Ờ
    (0x9F, '\u{1EDE}'), (0xA1, '\u{1EAF}'), (0xA2, '\u{1EB1}'), (0xA3, '\u{1EB3}'), (0xA4, '\u{1EB5}'), (0xA5, '\u{1EB7}'), // Ở ắ ằ ẳ ẵ ặ
    (0xA6, '\u{1EE0}'), (0xA7, '\u{1EDB}'), (0xA8, '\u{00D9}'), (0xA9, '\u{1EDD}'), (0xAA, '\u{1EDF}'), (0xAB, '\u{1EE1}'), // Ỡ ớ Ù ờ ở ỡ
    (0xAC, '\u{0168}'), (0xAD, '\u{1EE8}'), (0xAE, '\u{1EE3}'), (0xAF, '\u{1EEA}'), (0xB0, '\u{1ED5}'), (0xB1, '\u{1EEC}'), // Ũ Ứ ợ Ừ ổ Ử
    (0xB2, '\u{1EF2}'), (0xB3, '\u{1EF8}'), (0xB4, '\u{00CD}'), (0xB5, '\u{00CC}'), (0xB6, '\u{1ED9}'), (0xB7, '\u{1EC8}'), // Ỳ Ỹ Í Ì ộ Ỉ
    (0xB8, '\u{0128}'), (0xB9, '\u{00D3}'), (0xBA, '\u{1EED}'), (0xBB, '\u{1EEF}'), (0xBC, '\u{00D2}'), (0xBD, '\u{1ECE}'), // Ĩ Ó ử ữ Ò Ỏ
    (0xBE, '\u{00D5}'), (0xBF, '\u{1EF1}'), (0xC0, '\u{1EA7}'), (0xC3, '\u{1EA5}'), (0xC4, '\u{1EA9}'), (0xC5, '\u{1EAB}'), // Õ ự ầ ấ ẩ ẫ
    (0xC6, '\u{1EAD}'), (0xC7, '\u{0111}'), (0xC8, '\u{1EBB}'), (0xCB, '\u{1EB9}'), (0xCC, '\u{1EC9}'), (0xCD, '\u{1EC5}'), // ậ đ ẻ ẹ ỉ ễ
    (0xCE, '\u{1ECB}'), (0xCF, '\u{1EF9}'), (0xD0, '\u{01AF}'), (0xD1, '\u{1EE6}'), (0xD2, '\u{1ED3}'), (0xD3, '\u{1ED1}'), // ị ỹ Ư Ủ ồ ố
    (0xD5, '\u{1ECF}'), (0xD6, '\u{01A1}'), (0xD7, '\u{00C8}'), (0xD8, '\u{1EEB}'), (0xD9, '\u{1EE9}'), (0xDB, '\u{0169}'), // ỏ ơ È ừ ứ ũ
    (0xDC, '\u{01B0}'), (0xDE, '\u{1EBA}'), (0xE4, '\u{1EA3}'), (0xE5, '\u{1EA1}'), (0xE6, '\u{0103}'), (0xEB, '\u{1EBD}'), // ư Ẻ ả ạ ă ẽ
    (0xEF, '\u{0129}'), (0xF0, '\u{1EB4}'), (0xF1, '\u{0110}'), (0xF7, '\u{01A0}'), (0xF8, '\u{1EE5}'), (0xFB, '\u{1EE7}'), // ĩ Ẵ Đ Ơ ụ ủ
    (0xFD, '\u{1EF6}'), (0xFE, '\u{1EBC}'), (0xFF, '\u{1EF3}'), // Ỷ Ẽ ỳ
];

/// Windows-1258: the characters that differ from Latin-1 (tone marks are in `CP1258_MARKS`).
#[rustfmt::skip]
const CP1258_CHARS: &[(u8, char)] = &[
    (0x80, '\u{20AC}'), (0x82, '\u{201A}'), (0x83, '\u{0192}'), (0x84, '\u{201E}'), (0x85, '\u{2026}'), (0x86, '\u{2020}'), // € ‚ ƒ „ … †
    (0x87, '\u{2021}'), (0x88, '\u{02C6}'), (0x89, '\u{2030}'), (0x8B, '\u{2039}'), (0x8C, '\u{0152}'), (0x91, '\u{2018}'), // ‡ ˆ ‰ ‹ Œ ‘
    (0x92, '\u{2019}'), (0x93, '\u{201C}'), (0x94, '\u{201D}'), (0x95, '\u{2022}'), (0x96, '\u{2013}'), (0x97, '\u{2014}'), // ’ “ ” • – —
    (0x98, '\u{02DC}'), (0x99, '\u{2122}'), (0x9B, '\u{203A}'), (0x9C, '\u{0153}'), (0x9F, '\u{0178}'), (0xC3, '\u{0102}'), // ˜ ™ › œ Ÿ Ă
    (0xD0, '\u{0110}'), (0xD5, '\u{01A0}'), (0xDD, '\u{01AF}'), (0xE3, '\u{0103}'), (0xF0, '\u{0111}'), (0xF5, '\u{01A1}'), // Đ Ơ Ư ă đ ơ
    (0xFD, '\u{01B0}'), (0xFE, '\u{20AB}'), // ư ₫
];

/// VNI-Windows: the letters written with one byte (i with a tone, ỵ, ơ, ư, đ).
#[rustfmt::skip]
const VNI_LETTERS: &[(u8, char)] = &[
    (0xE6, '\u{1EC9}'), (0xF3, '\u{0129}'), (0xF2, '\u{1ECB}'), (0xEE, '\u{1EF5}'), // ỉ ĩ ị ỵ (ì í are Latin-1)
    (0xF4, '\u{01A1}'), (0xF6, '\u{01B0}'), (0xF1, '\u{0111}'),                     // ơ ư đ
    (0xC6, '\u{1EC8}'), (0xD3, '\u{0128}'), (0xD2, '\u{1ECA}'), (0xCE, '\u{1EF4}'), // Ỉ Ĩ Ị Ỵ (Ì Í are Latin-1)
    (0xD4, '\u{01A0}'), (0xD6, '\u{01AF}'), (0xD1, '\u{0110}'),                     // Ơ Ư Đ
];

/// VNI-Windows: the mark bytes. Lower-case letters take the marks in 0xE0–0xFF, capitals the same
/// marks 0x20 lower.
#[rustfmt::skip]
const VNI_MARKS: &[(u8, Modifier, Tone)] = &[
    (0xF8, Modifier::None, Tone::Grave), (0xF9, Modifier::None, Tone::Acute), (0xFB, Modifier::None, Tone::Hook),
    (0xF5, Modifier::None, Tone::Tilde), (0xEF, Modifier::None, Tone::Dot),
    (0xE2, Modifier::Circumflex, Tone::Level), (0xE0, Modifier::Circumflex, Tone::Grave),
    (0xE1, Modifier::Circumflex, Tone::Acute), (0xE5, Modifier::Circumflex, Tone::Hook),
    (0xE3, Modifier::Circumflex, Tone::Tilde), (0xE4, Modifier::Circumflex, Tone::Dot),
    (0xEA, Modifier::Breve, Tone::Level), (0xE8, Modifier::Breve, Tone::Grave),
    (0xE9, Modifier::Breve, Tone::Acute), (0xFA, Modifier::Breve, Tone::Hook),
    (0xFC, Modifier::Breve, Tone::Tilde), (0xEB, Modifier::Breve, Tone::Dot),
    (0xD8, Modifier::None, Tone::Grave), (0xD9, Modifier::None, Tone::Acute), (0xDB, Modifier::None, Tone::Hook),
    (0xD5, Modifier::None, Tone::Tilde), (0xCF, Modifier::None, Tone::Dot),
    (0xC2, Modifier::Circumflex, Tone::Level), (0xC0, Modifier::Circumflex, Tone::Grave),
    (0xC1, Modifier::Circumflex, Tone::Acute), (0xC5, Modifier::Circumflex, Tone::Hook),
    (0xC3, Modifier::Circumflex, Tone::Tilde), (0xC4, Modifier::Circumflex, Tone::Dot),
    (0xCA, Modifier::Breve, Tone::Level), (0xC8, Modifier::Breve, Tone::Grave),
    (0xC9, Modifier::Breve, Tone::Acute), (0xDA, Modifier::Breve, Tone::Hook),
    (0xDC, Modifier::Breve, Tone::Tilde), (0xCB, Modifier::Breve, Tone::Dot),
];

/// Windows-1252 itself, for reading font text back to bytes.
pub(super) static CP1252_TABLE: [Cell; 256] = cp1252();
