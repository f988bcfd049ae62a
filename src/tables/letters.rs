// The 134 precomposed Vietnamese letters: every vowel x tone in both cases, and Đ đ.
// Written once with `tools/gen_letters.py` (Python's unicodedata); `tests/letters.rs`
// checks every row against unicode-normalization's decompositions (Đ đ have none).
// Sorted by code point, so lookups can binary-search.

use crate::letter::{Letter, Modifier::*, Tone::*};

#[rustfmt::skip]
pub(crate) const LETTERS: [Letter; 134] = [
    Letter { ch: '\u{00C0}', base: 'A', modifier: None, tone: Grave }, // À LATIN CAPITAL LETTER A WITH GRAVE
    Letter { ch: '\u{00C1}', base: 'A', modifier: None, tone: Acute }, // Á LATIN CAPITAL LETTER A WITH ACUTE
    Letter { ch: '\u{00C2}', base: 'A', modifier: Circumflex, tone: Level }, // Â LATIN CAPITAL LETTER A WITH CIRCUMFLEX
    Letter { ch: '\u{00C3}', base: 'A', modifier: None, tone: Tilde }, // Ã LATIN CAPITAL LETTER A WITH TILDE
    Letter { ch: '\u{00C8}', base: 'E', modifier: None, tone: Grave }, // È LATIN CAPITAL LETTER E WITH GRAVE
    Letter { ch: '\u{00C9}', base: 'E', modifier: None, tone: Acute }, // É LATIN CAPITAL LETTER E WITH ACUTE
    Letter { ch: '\u{00CA}', base: 'E', modifier: Circumflex, tone: Level }, // Ê LATIN CAPITAL LETTER E WITH CIRCUMFLEX
    Letter { ch: '\u{00CC}', base: 'I', modifier: None, tone: Grave }, // Ì LATIN CAPITAL LETTER I WITH GRAVE
    Letter { ch: '\u{00CD}', base: 'I', modifier: None, tone: Acute }, // Í LATIN CAPITAL LETTER I WITH ACUTE
    Letter { ch: '\u{00D2}', base: 'O', modifier: None, tone: Grave }, // Ò LATIN CAPITAL LETTER O WITH GRAVE
    Letter { ch: '\u{00D3}', base: 'O', modifier: None, tone: Acute }, // Ó LATIN CAPITAL LETTER O WITH ACUTE
    Letter { ch: '\u{00D4}', base: 'O', modifier: Circumflex, tone: Level }, // Ô LATIN CAPITAL LETTER O WITH CIRCUMFLEX
    Letter { ch: '\u{00D5}', base: 'O', modifier: None, tone: Tilde }, // Õ LATIN CAPITAL LETTER O WITH TILDE
    Letter { ch: '\u{00D9}', base: 'U', modifier: None, tone: Grave }, // Ù LATIN CAPITAL LETTER U WITH GRAVE
    Letter { ch: '\u{00DA}', base: 'U', modifier: None, tone: Acute }, // Ú LATIN CAPITAL LETTER U WITH ACUTE
    Letter { ch: '\u{00DD}', base: 'Y', modifier: None, tone: Acute }, // Ý LATIN CAPITAL LETTER Y WITH ACUTE
    Letter { ch: '\u{00E0}', base: 'a', modifier: None, tone: Grave }, // à LATIN SMALL LETTER A WITH GRAVE
    Letter { ch: '\u{00E1}', base: 'a', modifier: None, tone: Acute }, // á LATIN SMALL LETTER A WITH ACUTE
    Letter { ch: '\u{00E2}', base: 'a', modifier: Circumflex, tone: Level }, // â LATIN SMALL LETTER A WITH CIRCUMFLEX
    Letter { ch: '\u{00E3}', base: 'a', modifier: None, tone: Tilde }, // ã LATIN SMALL LETTER A WITH TILDE
    Letter { ch: '\u{00E8}', base: 'e', modifier: None, tone: Grave }, // è LATIN SMALL LETTER E WITH GRAVE
    Letter { ch: '\u{00E9}', base: 'e', modifier: None, tone: Acute }, // é LATIN SMALL LETTER E WITH ACUTE
    Letter { ch: '\u{00EA}', base: 'e', modifier: Circumflex, tone: Level }, // ê LATIN SMALL LETTER E WITH CIRCUMFLEX
    Letter { ch: '\u{00EC}', base: 'i', modifier: None, tone: Grave }, // ì LATIN SMALL LETTER I WITH GRAVE
    Letter { ch: '\u{00ED}', base: 'i', modifier: None, tone: Acute }, // í LATIN SMALL LETTER I WITH ACUTE
    Letter { ch: '\u{00F2}', base: 'o', modifier: None, tone: Grave }, // ò LATIN SMALL LETTER O WITH GRAVE
    Letter { ch: '\u{00F3}', base: 'o', modifier: None, tone: Acute }, // ó LATIN SMALL LETTER O WITH ACUTE
    Letter { ch: '\u{00F4}', base: 'o', modifier: Circumflex, tone: Level }, // ô LATIN SMALL LETTER O WITH CIRCUMFLEX
    Letter { ch: '\u{00F5}', base: 'o', modifier: None, tone: Tilde }, // õ LATIN SMALL LETTER O WITH TILDE
    Letter { ch: '\u{00F9}', base: 'u', modifier: None, tone: Grave }, // ù LATIN SMALL LETTER U WITH GRAVE
    Letter { ch: '\u{00FA}', base: 'u', modifier: None, tone: Acute }, // ú LATIN SMALL LETTER U WITH ACUTE
    Letter { ch: '\u{00FD}', base: 'y', modifier: None, tone: Acute }, // ý LATIN SMALL LETTER Y WITH ACUTE
    Letter { ch: '\u{0102}', base: 'A', modifier: Breve, tone: Level }, // Ă LATIN CAPITAL LETTER A WITH BREVE
    Letter { ch: '\u{0103}', base: 'a', modifier: Breve, tone: Level }, // ă LATIN SMALL LETTER A WITH BREVE
    Letter { ch: '\u{0110}', base: 'D', modifier: Stroke, tone: Level }, // Đ LATIN CAPITAL LETTER D WITH STROKE
    Letter { ch: '\u{0111}', base: 'd', modifier: Stroke, tone: Level }, // đ LATIN SMALL LETTER D WITH STROKE
    Letter { ch: '\u{0128}', base: 'I', modifier: None, tone: Tilde }, // Ĩ LATIN CAPITAL LETTER I WITH TILDE
    Letter { ch: '\u{0129}', base: 'i', modifier: None, tone: Tilde }, // ĩ LATIN SMALL LETTER I WITH TILDE
    Letter { ch: '\u{0168}', base: 'U', modifier: None, tone: Tilde }, // Ũ LATIN CAPITAL LETTER U WITH TILDE
    Letter { ch: '\u{0169}', base: 'u', modifier: None, tone: Tilde }, // ũ LATIN SMALL LETTER U WITH TILDE
    Letter { ch: '\u{01A0}', base: 'O', modifier: Horn, tone: Level }, // Ơ LATIN CAPITAL LETTER O WITH HORN
    Letter { ch: '\u{01A1}', base: 'o', modifier: Horn, tone: Level }, // ơ LATIN SMALL LETTER O WITH HORN
    Letter { ch: '\u{01AF}', base: 'U', modifier: Horn, tone: Level }, // Ư LATIN CAPITAL LETTER U WITH HORN
    Letter { ch: '\u{01B0}', base: 'u', modifier: Horn, tone: Level }, // ư LATIN SMALL LETTER U WITH HORN
    Letter { ch: '\u{1EA0}', base: 'A', modifier: None, tone: Dot }, // Ạ LATIN CAPITAL LETTER A WITH DOT BELOW
    Letter { ch: '\u{1EA1}', base: 'a', modifier: None, tone: Dot }, // ạ LATIN SMALL LETTER A WITH DOT BELOW
    Letter { ch: '\u{1EA2}', base: 'A', modifier: None, tone: Hook }, // Ả LATIN CAPITAL LETTER A WITH HOOK ABOVE
    Letter { ch: '\u{1EA3}', base: 'a', modifier: None, tone: Hook }, // ả LATIN SMALL LETTER A WITH HOOK ABOVE
    Letter { ch: '\u{1EA4}', base: 'A', modifier: Circumflex, tone: Acute }, // Ấ LATIN CAPITAL LETTER A WITH CIRCUMFLEX AND ACUTE
    Letter { ch: '\u{1EA5}', base: 'a', modifier: Circumflex, tone: Acute }, // ấ LATIN SMALL LETTER A WITH CIRCUMFLEX AND ACUTE
    Letter { ch: '\u{1EA6}', base: 'A', modifier: Circumflex, tone: Grave }, // Ầ LATIN CAPITAL LETTER A WITH CIRCUMFLEX AND GRAVE
    Letter { ch: '\u{1EA7}', base: 'a', modifier: Circumflex, tone: Grave }, // ầ LATIN SMALL LETTER A WITH CIRCUMFLEX AND GRAVE
    Letter { ch: '\u{1EA8}', base: 'A', modifier: Circumflex, tone: Hook }, // Ẩ LATIN CAPITAL LETTER A WITH CIRCUMFLEX AND HOOK ABOVE
    Letter { ch: '\u{1EA9}', base: 'a', modifier: Circumflex, tone: Hook }, // ẩ LATIN SMALL LETTER A WITH CIRCUMFLEX AND HOOK ABOVE
    Letter { ch: '\u{1EAA}', base: 'A', modifier: Circumflex, tone: Tilde }, // Ẫ LATIN CAPITAL LETTER A WITH CIRCUMFLEX AND TILDE
    Letter { ch: '\u{1EAB}', base: 'a', modifier: Circumflex, tone: Tilde }, // ẫ LATIN SMALL LETTER A WITH CIRCUMFLEX AND TILDE
    Letter { ch: '\u{1EAC}', base: 'A', modifier: Circumflex, tone: Dot }, // Ậ LATIN CAPITAL LETTER A WITH CIRCUMFLEX AND DOT BELOW
    Letter { ch: '\u{1EAD}', base: 'a', modifier: Circumflex, tone: Dot }, // ậ LATIN SMALL LETTER A WITH CIRCUMFLEX AND DOT BELOW
    Letter { ch: '\u{1EAE}', base: 'A', modifier: Breve, tone: Acute }, // Ắ LATIN CAPITAL LETTER A WITH BREVE AND ACUTE
    Letter { ch: '\u{1EAF}', base: 'a', modifier: Breve, tone: Acute }, // ắ LATIN SMALL LETTER A WITH BREVE AND ACUTE
    Letter { ch: '\u{1EB0}', base: 'A', modifier: Breve, tone: Grave }, // Ằ LATIN CAPITAL LETTER A WITH BREVE AND GRAVE
    Letter { ch: '\u{1EB1}', base: 'a', modifier: Breve, tone: Grave }, // ằ LATIN SMALL LETTER A WITH BREVE AND GRAVE
    Letter { ch: '\u{1EB2}', base: 'A', modifier: Breve, tone: Hook }, // Ẳ LATIN CAPITAL LETTER A WITH BREVE AND HOOK ABOVE
    Letter { ch: '\u{1EB3}', base: 'a', modifier: Breve, tone: Hook }, // ẳ LATIN SMALL LETTER A WITH BREVE AND HOOK ABOVE
    Letter { ch: '\u{1EB4}', base: 'A', modifier: Breve, tone: Tilde }, // Ẵ LATIN CAPITAL LETTER A WITH BREVE AND TILDE
    Letter { ch: '\u{1EB5}', base: 'a', modifier: Breve, tone: Tilde }, // ẵ LATIN SMALL LETTER A WITH BREVE AND TILDE
    Letter { ch: '\u{1EB6}', base: 'A', modifier: Breve, tone: Dot }, // Ặ LATIN CAPITAL LETTER A WITH BREVE AND DOT BELOW
    Letter { ch: '\u{1EB7}', base: 'a', modifier: Breve, tone: Dot }, // ặ LATIN SMALL LETTER A WITH BREVE AND DOT BELOW
    Letter { ch: '\u{1EB8}', base: 'E', modifier: None, tone: Dot }, // Ẹ LATIN CAPITAL LETTER E WITH DOT BELOW
    Letter { ch: '\u{1EB9}', base: 'e', modifier: None, tone: Dot }, // ẹ LATIN SMALL LETTER E WITH DOT BELOW
    Letter { ch: '\u{1EBA}', base: 'E', modifier: None, tone: Hook }, // Ẻ LATIN CAPITAL LETTER E WITH HOOK ABOVE
    Letter { ch: '\u{1EBB}', base: 'e', modifier: None, tone: Hook }, // ẻ LATIN SMALL LETTER E WITH HOOK ABOVE
    Letter { ch: '\u{1EBC}', base: 'E', modifier: None, tone: Tilde }, // Ẽ LATIN CAPITAL LETTER E WITH TILDE
    Letter { ch: '\u{1EBD}', base: 'e', modifier: None, tone: Tilde }, // ẽ LATIN SMALL LETTER E WITH TILDE
    Letter { ch: '\u{1EBE}', base: 'E', modifier: Circumflex, tone: Acute }, // Ế LATIN CAPITAL LETTER E WITH CIRCUMFLEX AND ACUTE
    Letter { ch: '\u{1EBF}', base: 'e', modifier: Circumflex, tone: Acute }, // ế LATIN SMALL LETTER E WITH CIRCUMFLEX AND ACUTE
    Letter { ch: '\u{1EC0}', base: 'E', modifier: Circumflex, tone: Grave }, // Ề LATIN CAPITAL LETTER E WITH CIRCUMFLEX AND GRAVE
    Letter { ch: '\u{1EC1}', base: 'e', modifier: Circumflex, tone: Grave }, // ề LATIN SMALL LETTER E WITH CIRCUMFLEX AND GRAVE
    Letter { ch: '\u{1EC2}', base: 'E', modifier: Circumflex, tone: Hook }, // Ể LATIN CAPITAL LETTER E WITH CIRCUMFLEX AND HOOK ABOVE
    Letter { ch: '\u{1EC3}', base: 'e', modifier: Circumflex, tone: Hook }, // ể LATIN SMALL LETTER E WITH CIRCUMFLEX AND HOOK ABOVE
    Letter { ch: '\u{1EC4}', base: 'E', modifier: Circumflex, tone: Tilde }, // Ễ LATIN CAPITAL LETTER E WITH CIRCUMFLEX AND TILDE
    Letter { ch: '\u{1EC5}', base: 'e', modifier: Circumflex, tone: Tilde }, // ễ LATIN SMALL LETTER E WITH CIRCUMFLEX AND TILDE
    Letter { ch: '\u{1EC6}', base: 'E', modifier: Circumflex, tone: Dot }, // Ệ LATIN CAPITAL LETTER E WITH CIRCUMFLEX AND DOT BELOW
    Letter { ch: '\u{1EC7}', base: 'e', modifier: Circumflex, tone: Dot }, // ệ LATIN SMALL LETTER E WITH CIRCUMFLEX AND DOT BELOW
    Letter { ch: '\u{1EC8}', base: 'I', modifier: None, tone: Hook }, // Ỉ LATIN CAPITAL LETTER I WITH HOOK ABOVE
    Letter { ch: '\u{1EC9}', base: 'i', modifier: None, tone: Hook }, // ỉ LATIN SMALL LETTER I WITH HOOK ABOVE
    Letter { ch: '\u{1ECA}', base: 'I', modifier: None, tone: Dot }, // Ị LATIN CAPITAL LETTER I WITH DOT BELOW
    Letter { ch: '\u{1ECB}', base: 'i', modifier: None, tone: Dot }, // ị LATIN SMALL LETTER I WITH DOT BELOW
    Letter { ch: '\u{1ECC}', base: 'O', modifier: None, tone: Dot }, // Ọ LATIN CAPITAL LETTER O WITH DOT BELOW
    Letter { ch: '\u{1ECD}', base: 'o', modifier: None, tone: Dot }, // ọ LATIN SMALL LETTER O WITH DOT BELOW
    Letter { ch: '\u{1ECE}', base: 'O', modifier: None, tone: Hook }, // Ỏ LATIN CAPITAL LETTER O WITH HOOK ABOVE
    Letter { ch: '\u{1ECF}', base: 'o', modifier: None, tone: Hook }, // ỏ LATIN SMALL LETTER O WITH HOOK ABOVE
    Letter { ch: '\u{1ED0}', base: 'O', modifier: Circumflex, tone: Acute }, // Ố LATIN CAPITAL LETTER O WITH CIRCUMFLEX AND ACUTE
    Letter { ch: '\u{1ED1}', base: 'o', modifier: Circumflex, tone: Acute }, // ố LATIN SMALL LETTER O WITH CIRCUMFLEX AND ACUTE
    Letter { ch: '\u{1ED2}', base: 'O', modifier: Circumflex, tone: Grave }, // Ồ LATIN CAPITAL LETTER O WITH CIRCUMFLEX AND GRAVE
    Letter { ch: '\u{1ED3}', base: 'o', modifier: Circumflex, tone: Grave }, // ồ LATIN SMALL LETTER O WITH CIRCUMFLEX AND GRAVE
    Letter { ch: '\u{1ED4}', base: 'O', modifier: Circumflex, tone: Hook }, // Ổ LATIN CAPITAL LETTER O WITH CIRCUMFLEX AND HOOK ABOVE
    Letter { ch: '\u{1ED5}', base: 'o', modifier: Circumflex, tone: Hook }, // ổ LATIN SMALL LETTER O WITH CIRCUMFLEX AND HOOK ABOVE
    Letter { ch: '\u{1ED6}', base: 'O', modifier: Circumflex, tone: Tilde }, // Ỗ LATIN CAPITAL LETTER O WITH CIRCUMFLEX AND TILDE
    Letter { ch: '\u{1ED7}', base: 'o', modifier: Circumflex, tone: Tilde }, // ỗ LATIN SMALL LETTER O WITH CIRCUMFLEX AND TILDE
    Letter { ch: '\u{1ED8}', base: 'O', modifier: Circumflex, tone: Dot }, // Ộ LATIN CAPITAL LETTER O WITH CIRCUMFLEX AND DOT BELOW
    Letter { ch: '\u{1ED9}', base: 'o', modifier: Circumflex, tone: Dot }, // ộ LATIN SMALL LETTER O WITH CIRCUMFLEX AND DOT BELOW
    Letter { ch: '\u{1EDA}', base: 'O', modifier: Horn, tone: Acute }, // Ớ LATIN CAPITAL LETTER O WITH HORN AND ACUTE
    Letter { ch: '\u{1EDB}', base: 'o', modifier: Horn, tone: Acute }, // ớ LATIN SMALL LETTER O WITH HORN AND ACUTE
    Letter { ch: '\u{1EDC}', base: 'O', modifier: Horn, tone: Grave }, // Ờ LATIN CAPITAL LETTER O WITH HORN AND GRAVE
    Letter { ch: '\u{1EDD}', base: 'o', modifier: Horn, tone: Grave }, // ờ LATIN SMALL LETTER O WITH HORN AND GRAVE
    Letter { ch: '\u{1EDE}', base: 'O', modifier: Horn, tone: Hook }, // Ở LATIN CAPITAL LETTER O WITH HORN AND HOOK ABOVE
    Letter { ch: '\u{1EDF}', base: 'o', modifier: Horn, tone: Hook }, // ở LATIN SMALL LETTER O WITH HORN AND HOOK ABOVE
    Letter { ch: '\u{1EE0}', base: 'O', modifier: Horn, tone: Tilde }, // Ỡ LATIN CAPITAL LETTER O WITH HORN AND TILDE
    Letter { ch: '\u{1EE1}', base: 'o', modifier: Horn, tone: Tilde }, // ỡ LATIN SMALL LETTER O WITH HORN AND TILDE
    Letter { ch: '\u{1EE2}', base: 'O', modifier: Horn, tone: Dot }, // Ợ LATIN CAPITAL LETTER O WITH HORN AND DOT BELOW
    Letter { ch: '\u{1EE3}', base: 'o', modifier: Horn, tone: Dot }, // ợ LATIN SMALL LETTER O WITH HORN AND DOT BELOW
    Letter { ch: '\u{1EE4}', base: 'U', modifier: None, tone: Dot }, // Ụ LATIN CAPITAL LETTER U WITH DOT BELOW
    Letter { ch: '\u{1EE5}', base: 'u', modifier: None, tone: Dot }, // ụ LATIN SMALL LETTER U WITH DOT BELOW
    Letter { ch: '\u{1EE6}', base: 'U', modifier: None, tone: Hook }, // Ủ LATIN CAPITAL LETTER U WITH HOOK ABOVE
    Letter { ch: '\u{1EE7}', base: 'u', modifier: None, tone: Hook }, // ủ LATIN SMALL LETTER U WITH HOOK ABOVE
    Letter { ch: '\u{1EE8}', base: 'U', modifier: Horn, tone: Acute }, // Ứ LATIN CAPITAL LETTER U WITH HORN AND ACUTE
    Letter { ch: '\u{1EE9}', base: 'u', modifier: Horn, tone: Acute }, // ứ LATIN SMALL LETTER U WITH HORN AND ACUTE
    Letter { ch: '\u{1EEA}', base: 'U', modifier: Horn, tone: Grave }, // Ừ LATIN CAPITAL LETTER U WITH HORN AND GRAVE
    Letter { ch: '\u{1EEB}', base: 'u', modifier: Horn, tone: Grave }, // ừ LATIN SMALL LETTER U WITH HORN AND GRAVE
    Letter { ch: '\u{1EEC}', base: 'U', modifier: Horn, tone: Hook }, // Ử LATIN CAPITAL LETTER U WITH HORN AND HOOK ABOVE
    Letter { ch: '\u{1EED}', base: 'u', modifier: Horn, tone: Hook }, // ử LATIN SMALL LETTER U WITH HORN AND HOOK ABOVE
    Letter { ch: '\u{1EEE}', base: 'U', modifier: Horn, tone: Tilde }, // Ữ LATIN CAPITAL LETTER U WITH HORN AND TILDE
    Letter { ch: '\u{1EEF}', base: 'u', modifier: Horn, tone: Tilde }, // ữ LATIN SMALL LETTER U WITH HORN AND TILDE
    Letter { ch: '\u{1EF0}', base: 'U', modifier: Horn, tone: Dot }, // Ự LATIN CAPITAL LETTER U WITH HORN AND DOT BELOW
    Letter { ch: '\u{1EF1}', base: 'u', modifier: Horn, tone: Dot }, // ự LATIN SMALL LETTER U WITH HORN AND DOT BELOW
    Letter { ch: '\u{1EF2}', base: 'Y', modifier: None, tone: Grave }, // Ỳ LATIN CAPITAL LETTER Y WITH GRAVE
    Letter { ch: '\u{1EF3}', base: 'y', modifier: None, tone: Grave }, // ỳ LATIN SMALL LETTER Y WITH GRAVE
    Letter { ch: '\u{1EF4}', base: 'Y', modifier: None, tone: Dot }, // Ỵ LATIN CAPITAL LETTER Y WITH DOT BELOW
    Letter { ch: '\u{1EF5}', base: 'y', modifier: None, tone: Dot }, // ỵ LATIN SMALL LETTER Y WITH DOT BELOW
    Letter { ch: '\u{1EF6}', base: 'Y', modifier: None, tone: Hook }, // Ỷ LATIN CAPITAL LETTER Y WITH HOOK ABOVE
    Letter { ch: '\u{1EF7}', base: 'y', modifier: None, tone: Hook }, // ỷ LATIN SMALL LETTER Y WITH HOOK ABOVE
    Letter { ch: '\u{1EF8}', base: 'Y', modifier: None, tone: Tilde }, // Ỹ LATIN CAPITAL LETTER Y WITH TILDE
    Letter { ch: '\u{1EF9}', base: 'y', modifier: None, tone: Tilde }, // ỹ LATIN SMALL LETTER Y WITH TILDE
];
