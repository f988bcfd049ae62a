//! Conformance and property tests for `vietnamese::segment`.
#![cfg(feature = "segment")]

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use vietnamese::segment::{
    DictionaryErrorKind, SegmentOptions, Segmenter, Word, segment, underscored,
};

mod common;
use common::code_points;

/// tests/data/segment.tsv: input, expected underscore form, note.
#[test]
fn conformance() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (index, line) in include_str!("data/segment.tsv").lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let (input, expected) = (cols[0], cols[1]);
        count += 1;
        let actual = underscored(input);
        if actual != expected {
            failures.push(format!(
                "line {}: {input:?}\n  expected {expected:?}\n  actual   {actual:?}\n  input    {}\n  expected {}\n  actual   {}",
                index + 1,
                code_points(input),
                code_points(expected),
                code_points(&actual)
            ));
        }
        // The NFD form of every sentence segments at the same places.
        let nfd: String = input.nfd().collect();
        let nfc_words: Vec<usize> = segment(input)
            .map(|w| w.text.chars().filter(|c| *c == ' ').count())
            .collect();
        let nfd_words: Vec<usize> = segment(&nfd)
            .map(|w| w.text.chars().filter(|c| *c == ' ').count())
            .collect();
        if nfc_words != nfd_words {
            failures.push(format!(
                "line {}: NFD input segments differently: {input:?}",
                index + 1
            ));
        }
    }
    assert!(count >= 100, "only {count} sentences");
    assert!(
        failures.is_empty(),
        "{} of {count} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn offsets_slice_back() {
    let text = "Ông Lê Đình Sơn, chủ tịch UBND tỉnh Quảng Ninh, nói: \"35.000 hộ dân\"…";
    for w in segment(text) {
        assert_eq!(&text[w.offset..w.end()], w.text);
    }
}

#[test]
fn tone_placement_and_case_do_not_matter() {
    // hòa/hoà, THỦY/thuỷ: the key normalises, the text is kept as written.
    assert_eq!(underscored("hòa bình"), "hòa_bình");
    assert_eq!(underscored("hoà bình"), "hoà_bình");
    assert_eq!(underscored("HÒA BÌNH"), "HÒA_BÌNH");
    assert_eq!(
        underscored("ho\u{300}a bi\u{300}nh"),
        "ho\u{300}a_bi\u{300}nh"
    );
    // A lone final i/y after a consonant: both spellings are in use.
    assert_eq!(underscored("kĩ thuật"), "kĩ_thuật");
    assert_eq!(underscored("kỹ thuật"), "kỹ_thuật");
    assert_eq!(underscored("công ti"), "công_ti");
    assert_eq!(underscored("qui định"), "qui_định");
}

/// Where two listed words overlap and the split is otherwise equally good, the word the statutes
/// use more often wins.
#[test]
fn the_more_frequent_word_wins_a_tie() {
    assert_eq!(underscored("cán bộ ngành"), "cán_bộ ngành");
    assert_eq!(underscored("lao động từ"), "lao_động từ");
}

#[test]
fn user_words() {
    let mut s = Segmenter::new();
    assert!(!s.remove_word("xyz abc"));
    assert!(s.add_word("xyz abc"));
    assert_eq!(s.underscored("Xyz abc"), "Xyz_abc");
    assert!(s.remove_word("xyz_abc"));
    assert_eq!(s.underscored("xyz abc"), "xyz abc");
    assert_eq!(s.load_dictionary("\n# c\nxyz abc\n-kinh tế\n"), Ok(2));
    assert_eq!(s.underscored("xyz abc kinh tế"), "xyz_abc kinh tế");
    let err = s.load_dictionary("a b\nc d\n3 e\n").unwrap_err();
    assert_eq!(
        (err.line(), err.kind()),
        (3, DictionaryErrorKind::NotASyllable)
    );
    let err = s.load_dictionary("a b c d e g h i").unwrap_err();
    assert_eq!(
        (err.line(), err.kind()),
        (1, DictionaryErrorKind::TooManySyllables)
    );
    let err = s.load_dictionary("- phở").unwrap_err();
    assert_eq!(
        (err.line(), err.kind()),
        (1, DictionaryErrorKind::TooFewSyllables)
    );
}

#[test]
fn options() {
    let plain = Segmenter::with_options(
        SegmentOptions::default()
            .builtin_dictionary(false)
            .names(false)
            .reduplication(false),
    );
    assert_eq!(
        plain.underscored("Cải cách ở Quảng Ninh quen quen"),
        "Cải cách ở Quảng Ninh quen quen"
    );
    let names = Segmenter::with_options(SegmentOptions::default().builtin_dictionary(false));
    assert_eq!(
        names.underscored("ở Quảng Ninh quen quen"),
        "ở Quảng_Ninh quen_quen"
    );
}

/// Inputs on which NFC and NFD once segmented differently (found by proptest): the same words,
/// of the same kinds and syllable counts.
#[test]
fn nfc_and_nfd_agree_on_found_inputs() {
    // `ᾈ` is titlecase, its NFD form a capital `Α` with marks (one of them alphabetic).
    for s in [
        "A\u{30A} \u{1F88}",
        "\u{1F88} \u{1F88}",
        "\u{AC01} \u{AC01}",
    ] {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        let shape = |t: &str| {
            segment(t)
                .map(|w| (w.kind, w.syllables()))
                .collect::<Vec<_>>()
        };
        assert_eq!(shape(&nfc), shape(&nfd), "{}", code_points(s));
    }
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Segmenter>();
    check::<SegmentOptions>();
    check::<Word<'static>>();
    check::<vietnamese::segment::Words<'static, 'static>>();
    check::<vietnamese::segment::DictionaryError>();
}

/// Text drawn from Vietnamese syllables, capitals, digits, punctuation and odd characters.
fn text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "cải",
        "cách",
        "hành",
        "chính",
        "Hà",
        "Nội",
        "quen",
        "QUEN",
        "hòa",
        "hoà",
        "bình",
        "ho\u{300}a",
        "Lê",
        "Đình",
        "Sơn",
        "kỹ",
        "thuật",
        "lý",
        "do",
        "công",
        "ty",
        "quý",
        "giá",
        "25",
        ".",
        "000",
        ",",
        "3",
        "…",
        "\n",
        "\t",
        "  ",
        " ",
        "TP.",
        "HCM",
        "https://a.vn",
        "\u{301}",
        "e\u{302}\u{301}",
        "👍",
        "_",
        "-",
        "Ð",
        "ﬁ",
        "\u{a0}",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    /// Words and the gaps between them concatenate to the input; offsets slice back.
    #[test]
    fn words_and_gaps_rebuild_the_input(s in text()) {
        let mut rebuilt = String::new();
        let mut last = 0;
        for w in segment(&s) {
            prop_assert!(w.offset >= last);
            prop_assert_eq!(&s[w.offset..w.end()], w.text);
            prop_assert!(!w.text.is_empty());
            prop_assert!(s[last..w.offset].chars().all(char::is_whitespace));
            rebuilt.push_str(&s[last..w.offset]);
            rebuilt.push_str(w.text);
            last = w.end();
        }
        rebuilt.push_str(&s[last..]);
        prop_assert_eq!(rebuilt, s);
    }

    /// Never panics on any string, and the iterator is fused.
    #[test]
    fn never_panics(s in "\\PC*") {
        let mut words = segment(&s);
        for _ in words.by_ref() {}
        prop_assert!(words.next().is_none());
        let _ = underscored(&s);
    }

    /// NFC and NFD input segment alike: the same number of words with the same syllable counts.
    #[test]
    fn nfc_and_nfd_segment_alike(s in text()) {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        let shape = |t: &str| segment(t).map(|w| (w.kind, w.syllables())).collect::<Vec<_>>();
        prop_assert_eq!(shape(&nfc), shape(&nfd));
    }

    /// The two spelling conventions of a lone final i/y ("kỹ"/"kĩ", "công ty"/"công ti") and of
    /// the tone mark in oa/oe/uy ("hòa"/"hoà") segment alike.
    #[test]
    fn spelling_conventions_segment_alike(s in text()) {
        let variant: String = s
            .split(' ')
            .map(|w| match w {
                "kỹ" => "kĩ",
                "lý" => "lí",
                "ty" => "ti",
                "quý" => "quí",
                "hòa" => "hoà",
                w => w,
            })
            .collect::<Vec<_>>()
            .join(" ");
        let shape = |t: &str| segment(t).map(|w| (w.kind, w.syllables())).collect::<Vec<_>>();
        prop_assert_eq!(shape(&s), shape(&variant));
    }

    /// The underscore form only turns spaces inside words into `_`.
    #[test]
    fn underscored_keeps_everything_else(s in text()) {
        let u = underscored(&s);
        let strip = |t: &str| t.chars().filter(|c| !c.is_whitespace() && *c != '_').collect::<String>();
        prop_assert_eq!(strip(&u), strip(&s));
    }
}
