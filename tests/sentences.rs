//! Conformance and properties of `vietnamese::sentences`.

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use vietnamese::sentence::{Sentence, SentenceOptions, SentenceSplitter, Sentences, sentences};
use vietnamese::token::is_separator;

mod common;
use common::{code_points, unescape};

#[test]
fn conformance() {
    let tsv = include_str!("data/sentences.tsv");
    let mut cases = 0;
    let mut failures = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 2, "line {}: needs input and expected", n + 1);
        let input = unescape(cols[0]);
        let expected: Vec<String> = cols[1].split(" ‖ ").map(unescape).collect();
        let actual: Vec<String> = sentences(&input).map(|s| s.text.to_string()).collect();
        cases += 1;
        if actual != expected {
            failures.push(format!(
                "line {}: {}\n  input:    {}\n  expected: {:?}\n            {}\n  actual:   {:?}\n            {}",
                n + 1,
                cols.get(2).unwrap_or(&""),
                code_points(&input),
                expected,
                code_points(&expected.join(" ‖ ")),
                actual,
                code_points(&actual.join(" ‖ ")),
            ));
        }
    }
    assert!(cases >= 60, "only {cases} cases");
    assert!(
        failures.is_empty(),
        "{} of {cases} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn split_at_newlines() {
    let s = SentenceSplitter::new(SentenceOptions::default().split_at_newlines(true));
    let got: Vec<&str> = s
        .sentences("CHƯƠNG I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi")
        .map(|s| s.text)
        .collect();
    assert_eq!(got, ["CHƯƠNG I", "QUY ĐỊNH CHUNG", "Điều 1.", "Phạm vi"]);
    let got: Vec<&str> = sentences("Luật này\nquy định.").map(|s| s.text).collect();
    assert_eq!(got, ["Luật này\nquy định."]);
}

#[test]
fn empty_and_blank() {
    assert_eq!(sentences("").count(), 0);
    assert_eq!(sentences(" \n\u{A0}\u{200B} ").count(), 0);
}

#[test]
fn public_types_are_send_sync() {
    fn check<T: Send + Sync + Clone + std::fmt::Debug>() {}
    check::<Sentence<'static>>();
    check::<Sentences<'static>>();
    check::<SentenceSplitter>();
    check::<SentenceOptions>();
}

/// Inputs on which the NFC/NFD property once failed (found by proptest).
#[test]
fn nfc_and_nfd_agree_on_found_inputs() {
    for s in [
        // A small letter with a mark is a list marker in both forms (`ḅ.`).
        "b\u{323}. TP.",
        // The titlecase `ᾈ` is a capital `Α` with marks in NFD: a capital after `v.v.` either way.
        "v.v. \u{1F88}",
    ] {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        let a: Vec<String> = sentences(&nfc).map(|s| s.text.to_string()).collect();
        let b: Vec<String> = sentences(&nfd).map(|s| s.text.nfc().collect()).collect();
        assert_eq!(a, b, "NFC {nfc:?} vs NFD {nfd:?}");
    }
}

fn check_invariants(text: &str, splitter: SentenceSplitter) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for s in splitter.sentences(text) {
        prop_assert!(!s.text.is_empty());
        prop_assert!(s.offset >= last_end, "offsets increase");
        prop_assert_eq!(&text[s.range()], s.text);
        prop_assert!(text[last_end..s.offset].chars().all(is_separator));
        prop_assert!(!s.text.starts_with(is_separator) && !s.text.ends_with(is_separator));
        last_end = s.end();
    }
    prop_assert!(text[last_end..].chars().all(is_separator));
    Ok(())
}

fn vietnamese_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Việt", "nam", "người", "TP.", "TP.HCM", "GS.", "TS.", "v.v.", "Th.S", "tr.", "1", "3.5",
        "35.000", ".", ".", ".", "...", "…", "?", "!", "?!", "\"", "“", "”", ")", "(", "»", " ",
        " ", " ", "\n", "\n\n", "\u{A0}", "\u{2029}", "\u{2028}", "\u{301}", "\u{323}", "A", "Đ",
        "b", "II", "\u{200B}", "’",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn invariants_on_arbitrary_strings(s in any::<String>()) {
        check_invariants(&s, SentenceSplitter::default())?;
        check_invariants(&s, SentenceSplitter::new(SentenceOptions::default().split_at_newlines(true)))?;
    }

    #[test]
    fn invariants_on_vietnamese_like_strings(s in vietnamese_like()) {
        check_invariants(&s, SentenceSplitter::default())?;
        check_invariants(&s, SentenceSplitter::new(SentenceOptions::default().split_at_newlines(true)))?;
    }

    #[test]
    fn nfc_and_nfd_give_the_same_sentences(s in vietnamese_like()) {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        let a: Vec<String> = sentences(&nfc).map(|s| s.text.to_string()).collect();
        let b: Vec<String> = sentences(&nfd).map(|s| s.text.nfc().collect()).collect();
        prop_assert_eq!(a, b);
    }
}
