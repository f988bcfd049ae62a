//! Vietnamese abbreviations: a curated dictionary, in-text definitions and context-aware expansion.
//!
//! News and administrative Vietnamese is dense with abbreviations (UBND, HĐND, KT-XH, CCHC, NTM,
//! BTV …). This module expands them:
//!
//! - [`expand`] rewrites a text with the built-in dictionary (787 senses of 712 keys written
//!   by the project, `data/abbreviations.tsv`); [`matches()`] lists what it found, with the span, the
//!   key, the chosen sense and the alternatives.
//! - Spelling variants map to one entry: "KT-XH", "KTXH", "KT - XH"; "TP.HCM", "TP HCM", "TPHCM".
//! - A key with several senses (BTV: Ban Thường vụ / biên tập viên; BCH: Ban Chấp hành / Ban Chỉ
//!   huy; ĐT: đội tuyển / đào tạo / điện thoại / đường tỉnh; QĐ: quyết định / quân đội) picks one by
//!   [`ContextRule`]s: "BTV Tỉnh ủy" is Ban Thường vụ. **Fallback:** when no rule fires (or rules
//!   tie) the first sense listed for the key, the most common one, is used; the others are
//!   reported as [`Match::alternatives`].
//! - Definitions written in the text, found the way Schwartz & Hearst (2003) find them in English
//!   and adapted to Vietnamese syllable initials ([`definitions`]): "cải cách hành chính (CCHC)",
//!   "CCHC (cải cách hành chính)", "(gọi tắt là Đề án 25)", "(sau đây gọi là …)". A definition
//!   overrides the dictionary for the rest of its text, and the definition site itself is never
//!   rewritten: "cải cách hành chính (CCHC)" stays as written.
//! - Only whole tokens expand: never "PCI" in "PCIe", nothing in a URL, an e-mail address, a
//!   hashtag or a document number ("1234/QĐ-TTg"), and not a word of a headline in capitals
//!   ("CA SĨ").
//! - An [`Expander`] is a configured expander: a [`Dictionary`] with entries added, overridden or
//!   removed, or read from a user's TSV file ([`DictionaryError`] names the malformed line), and
//!   [`ExpandOptions`] (informal spellings on or off, the abbreviation kept in brackets, …).
//!
//! Expansions are written in the casing Vietnamese uses mid-sentence ("Hội đồng nhân dân", "cải
//! cách hành chính"); an expansion that starts a sentence gets a capital.
//!
//! # Examples
//!
//! The seed paragraph of the project's issue, in part:
//!
//! ```
//! use vietnamese::abbrev::expand;
//!
//! let text = "Ủy viên BCH Trung ương Đảng, Chủ tịch HĐND tỉnh; công tác cải cách hành chính \
//!             (CCHC). Theo Chỉ thị 25 của BTV Tỉnh ủy, CCHC được xác định là giải pháp quan trọng nhất.";
//! assert_eq!(
//!     expand(text),
//!     "Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch Hội đồng nhân dân tỉnh; công tác cải cách \
//!      hành chính (CCHC). Theo Chỉ thị 25 của Ban Thường vụ Tỉnh ủy, cải cách hành chính được xác \
//!      định là giải pháp quan trọng nhất."
//! );
//! // Text without abbreviations is borrowed, not copied.
//! assert!(matches!(expand("Không có gì."), std::borrow::Cow::Borrowed(_)));
//! ```

mod define;
mod dictionary;
mod expander;
mod scan;

use std::borrow::Cow;
use std::sync::LazyLock;

pub use define::{Definition, DefinitionKind};
pub use dictionary::{
    ContextPosition, ContextRule, Dictionary, DictionaryError, DictionaryErrorKind, Entries, Sense,
};
pub use expander::{Definitions, ExpandOptions, Expander, Match, MatchKind, Matches};

/// The built-in dictionary compiled with the default options, built on first use.
static DEFAULT: LazyLock<Expander> =
    LazyLock::new(|| Expander::new(Dictionary::builtin(), ExpandOptions::default()));

/// Expands the abbreviations of `text` with the built-in dictionary and default options; borrows
/// when there is nothing to expand.
///
/// The first call builds the dictionary (about a millisecond). See [`Expander::expand`] for what
/// is and is not rewritten, and [`Expander`] to configure it.
///
/// # Examples
///
/// Variants, a sense chosen by context, and an informal spelling:
///
/// ```
/// use vietnamese::abbrev::expand;
///
/// assert_eq!(expand("phát triển KT - XH"), "phát triển kinh tế - xã hội");
/// assert_eq!(expand("Ông là HLV của ĐT Việt Nam"), "Ông là huấn luyện viên của đội tuyển Việt Nam");
/// // At the start of a sentence the expansion takes a capital.
/// assert_eq!(expand("HLV mới"), "Huấn luyện viên mới");
/// assert_eq!(expand("mình ko đc"), "mình không được");
/// assert_eq!(expand("chuẩn PCIe 5.0"), "chuẩn PCIe 5.0");
/// ```
#[must_use]
pub fn expand(text: &str) -> Cow<'_, str> {
    DEFAULT.expand(text)
}

/// The abbreviations of `text` under the built-in dictionary, with spans, keys, chosen senses and
/// alternatives.
///
/// See also [`Expander::matches`].
///
/// # Examples
///
/// ```
/// let m: Vec<_> = vietnamese::abbrev::matches("Sở GD-ĐT").collect();
/// assert_eq!((m[0].key, m[0].expansion), ("GD-ĐT", "giáo dục và đào tạo"));
/// ```
pub fn matches(text: &str) -> Matches<'_> {
    DEFAULT.matches(text)
}

/// The abbreviations defined in `text` itself, with the spans of the short and the long form.
///
/// Recognized: "long form (SHORT)" and "SHORT (long form)" where the letters of SHORT spell the
/// syllable initials of the long form (Đ only matches đ; tone marks and vowel modifiers are
/// ignored; "Th", "Tr", "Ng" … may stand for a consonant cluster), at most
/// min(n + 5, 2n) syllables for n letters as Schwartz & Hearst allow; "(gọi tắt là X)", "(sau đây
/// gọi là X)", "(viết tắt là X)" and their kin, whose long form is the clause before the
/// bracket; and a bracketed abbreviation after one of its dictionary expansions.
///
/// # Examples
///
/// ```
/// use vietnamese::abbrev::{definitions, DefinitionKind};
///
/// let text = "Đề án đào tạo giáo viên (gọi tắt là Đề án 25) và CCHC (cải cách hành chính).";
/// let d: Vec<_> = definitions(text).collect();
/// assert_eq!((d[0].short_text, d[0].long_text), ("Đề án 25", "Đề án đào tạo giáo viên"));
/// assert_eq!((d[1].kind, d[1].long_text), (DefinitionKind::Reversed, "cải cách hành chính"));
/// ```
pub fn definitions(text: &str) -> Definitions<'_> {
    DEFAULT.definitions(text)
}
