//! Vietnamese text for Rust: folding, slugs, normalization, legacy encodings, tokens, sentences,
//! abbreviations and word segmentation, right on the text people really write.
//!
//! # Overview
//!
//! | task | module | main items |
//! |---|---|---|
//! | fold diacritics to ASCII, keeping case | [`mod@fold`] | [`fold()`], [`fold_to`], [`fold_char`], [`is_folded`] |
//! | URL slugs and captions | [`slug`] | [`slugify`], [`Slugifier`], [`SlugOptions`] |
//! | take a letter apart into base, modifier and tone | [`letter`] | [`letter::letter`], [`letter::compose`] |
//! | legacy encodings (TCVN3, VNI, VISCII, VPS, CP1258, VIQR), font-text repair, detection | [`legacy`] | [`legacy::decode`], [`legacy::encode`], [`legacy::repair_font_text`], [`legacy::detect`] |
//! | one canonical form: NFC, tone marks composed and in place, Đ look-alikes, tone placement | [`mod@normalize`] | [`normalize()`], [`Normalizer`], [`NormalizeOptions`], [`TonePlacement`] |
//! | parse and check one syllable, put a tone on it or take it off | [`syllable`] | [`syllable::parse`], [`syllable::is_valid_syllable`], [`syllable::with_tone`] |
//! | tokens: words, numbers, dates, money, abbreviations, URLs | [`token`] | [`tokens()`], [`Tokenizer`], [`TokenKind`] |
//! | sentences that survive `TP.`, `GS.TS.`, `3.5` and `...` | [`sentence`] | [`sentences()`], [`SentenceSplitter`] |
//! | word segmentation (`cải_cách hành_chính`), feature `segment` | [`mod@segment`] | [`segment()`], [`Segmenter`], [`segment::underscored`] |
//! | expand abbreviations (UBND, KT-XH, BTV …) with context-chosen senses and in-text definitions (feature `abbreviations`) | `abbrev` | `abbrev::expand`, `abbrev::Expander`, `abbrev::matches`, `abbrev::definitions` |
//!
//! # Examples
//!
//! Folding keeps case and handles every shape of Vietnamese input:
//!
//! ```
//! assert_eq!(vietnamese::fold("ĐẠI ĐOÀN KẾT"), "DAI DOAN KET");
//! // NFD input (combining marks typed separately) folds the same way.
//! assert_eq!(vietnamese::fold("Tie\u{302}\u{301}ng Vie\u{323}\u{302}t"), "Tieng Viet");
//! ```
//!
//! A slug, and a caption with a space for the separator:
//!
//! ```
//! use vietnamese::{slugify, SlugOptions, Slugifier};
//!
//! let headline = "Hà Tĩnh trao đổi, học tập kinh nghiệm CCHC ở Quảng Ninh";
//! assert_eq!(slugify(headline), "ha-tinh-trao-doi-hoc-tap-kinh-nghiem-cchc-o-quang-ninh");
//!
//! let caption = Slugifier::new(SlugOptions::new().separator(" "));
//! assert_eq!(caption.slugify(headline), "ha tinh trao doi hoc tap kinh nghiem cchc o quang ninh");
//! ```
//!
//! Old TCVN3 bytes decoded, and TCVN3 "font text" repaired:
//!
//! ```
//! use vietnamese::legacy::{decode, repair_font_text, LegacyEncoding};
//!
//! assert_eq!(decode(b"Xin ch\xb5o c\xb8c b\xb9n", LegacyEncoding::Tcvn3)?, "Xin chào các bạn");
//! assert_eq!(repair_font_text("Xin chµo c¸c b¹n"), "Xin chào các bạn");
//! # Ok::<(), vietnamese::DecodeError>(())
//! ```
//!
//! Words of several syllables, as PhoBERT-style models read them (feature `segment`, on by default):
//!
//! ```
//! # #[cfg(feature = "segment")] {
//! assert_eq!(vietnamese::segment::underscored("Cải cách hành chính ở Quảng Ninh"), "Cải_cách hành_chính ở Quảng_Ninh");
//! # }
//! ```
//!
//! A letter taken apart:
//!
//! ```
//! use vietnamese::letter::{letter, Modifier, Tone};
//!
//! let l = letter('ệ').unwrap();
//! assert_eq!((l.base, l.modifier, l.tone), ('e', Modifier::Circumflex, Tone::Dot));
//! ```
//!
//! Normalizing repairs misplaced and decomposed tone marks and can convert the tone placement:
//!
//! ```
//! use vietnamese::{normalize, NormalizeOptions, Normalizer, TonePlacement};
//!
//! assert_eq!(normalize("baỏ lựơng nghịêm đaị qũy"), "bảo lượng nghiệm đại quỹ");
//! let n = Normalizer::new(NormalizeOptions::default().tone_placement(TonePlacement::FirstVowel));
//! assert_eq!(n.normalize("Thuỷ điện Hoà Bình"), "Thủy điện Hòa Bình");
//! ```
//!
//! A syllable taken apart:
//!
//! ```
//! use vietnamese::syllable::parse;
//!
//! let s = parse("nguyễn").unwrap();
//! assert_eq!((s.onset(), s.medial(), s.nucleus(), s.coda()), ("ng", Some('u'), "yê", "n"));
//! ```
//!
//! Tokens keep Vietnamese numbers, dates, money and abbreviations whole, and sentences do not
//! break after an abbreviation before a name:
//!
//! ```
//! use vietnamese::{sentences, tokens, TokenKind};
//!
//! let text = "GS.TS. Nguyễn Văn A về TP. Huế ngày 25/5/2018. Giá tăng 1,33%.";
//! let kinds: Vec<(&str, TokenKind)> = tokens(text).map(|t| (t.text, t.kind)).take(8).collect();
//! assert_eq!(kinds[0], ("GS.TS.", TokenKind::Abbreviation));
//! assert_eq!(kinds[5], ("TP.", TokenKind::Abbreviation));
//! assert_eq!(kinds[7], ("ngày", TokenKind::Word));
//! let s: Vec<&str> = sentences(text).map(|s| s.text).collect();
//! assert_eq!(s, ["GS.TS. Nguyễn Văn A về TP. Huế ngày 25/5/2018.", "Giá tăng 1,33%."]);
//! ```
//!
//! # Input
//!
//! Every function takes any `&str`: NFC, NFD or a mix of both; tone marks typed as separate
//! combining marks after a base letter or after a precomposed vowel (the Windows-1258 style);
//! marks in any order; the deprecated tone marks U+0340/U+0341; `Ð` (U+00D0) typed for `Đ`; either
//! tone-mark placement (hòa / hoà).
//!
//! # Guarantees
//!
//! - No `&str` input makes any function panic, and every function runs in time linear in its
//!   input.
//! - [`fold()`] is idempotent and gives the same result for the NFC and NFD forms of a text; it
//!   borrows (does not allocate) when nothing changes.
//! - With the default options a slug matches `^[a-z0-9]+(-[a-z0-9]+)*$` or is empty, and
//!   slugifying a slug gives it back.
//! - [`normalize()`] is idempotent, gives NFC, gives the same result for the NFC and NFD forms of
//!   a text and does not change its [`fold()`]; it borrows when nothing changes.
//! - Tokens and sentences are slices of the input with byte offsets that slice back to them;
//!   only white space lies between them, and the NFC and NFD forms of a text give the same tokens
//!   (same count and kinds) and the same sentences.
//! - No `unsafe` code; nothing is downloaded at build or run time.
//!
//! # Crate features
//!
//! Both features are on by default; a crate that only folds, slugs, normalizes or tokenizes can
//! turn them off with `default-features = false` and carries no dictionary.
//!
//! - `abbreviations`: the `abbrev` module and its dictionary of about 700 keys
//!   (`data/abbreviations.tsv`, compiled in).
//! - `segment`: word segmentation, the `segment` module, with its built-in dictionary (the
//!   multi-syllable words written by the project and their statute counts, about 0.45 MB).
//!
//! # Minimum Rust version
//!
//! Rust 1.85 (the highest `rust-version` among the dependencies).

// The README's examples are tested as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(feature = "abbreviations")]
pub mod abbrev;
pub mod fold;
pub mod legacy;
pub mod letter;
pub mod normalize;
#[cfg(feature = "segment")]
pub mod segment;
pub mod sentence;
pub mod slug;
pub mod syllable;
mod tables;
pub mod token;

#[cfg(feature = "abbreviations")]
pub use abbrev::{Dictionary, DictionaryError, ExpandOptions, Expander, expand};
pub use fold::{FoldedChar, fold, fold_char, fold_to, is_folded};
pub use legacy::{DecodeError, EncodeError, LegacyEncoding};
pub use normalize::{
    NormalizeOptions, Normalizer, TonePlacement, is_normalized, normalize, normalize_to,
};
#[cfg(feature = "segment")]
pub use segment::{SegmentOptions, Segmenter, segment};
pub use sentence::{Sentence, SentenceOptions, SentenceSplitter, Sentences, sentences};
pub use slug::{InnerPunctuation, SlugOptions, Slugifier, is_slug, slugify};
pub use token::{Token, TokenKind, TokenizeOptions, Tokenizer, Tokens, tokens};
