//! Conformance rows, properties and API checks for `vietnamese::abbrev`.
#![cfg(feature = "abbreviations")]

use std::borrow::Cow;

use proptest::prelude::*;
use vietnamese::abbrev::{
    Definition, Dictionary, DictionaryError, ExpandOptions, Expander, Match, Matches, Sense,
    definitions, expand, matches,
};

mod common;
use common::code_points;

#[test]
fn conformance() {
    let data = include_str!("data/abbreviations_expand.tsv");
    let mut failures = Vec::new();
    let mut rows = 0;
    for (n, line) in data.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        rows += 1;
        let cols: Vec<&str> = line.split('\t').collect();
        let (input, expected) = (cols[0], cols[1]);
        let actual = expand(input);
        if actual != expected {
            failures.push(format!(
                "line {}: {input:?}\n  expected {expected:?}\n  actual   {actual:?}\n  input    {}\n  expected {}\n  actual   {}",
                n + 1,
                code_points(input),
                code_points(expected),
                code_points(&actual)
            ));
        }
    }
    assert!(rows >= 150, "only {rows} rows");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn nfd_input_expands_like_nfc() {
    assert_eq!(expand("NSU\u{31B}T Chí Trung"), "Nghệ sĩ ưu tú Chí Trung");
}

#[test]
fn options() {
    let text = "UBND tỉnh ko họp";
    let keep = Expander::new(
        Dictionary::builtin(),
        ExpandOptions::default().keep_abbreviation(true),
    );
    assert_eq!(
        keep.expand(text),
        "Ủy ban nhân dân (UBND) tỉnh không (ko) họp"
    );
    let formal = Expander::new(
        Dictionary::builtin(),
        ExpandOptions::default().informal(false),
    );
    assert_eq!(formal.expand(text), "Ủy ban nhân dân tỉnh ko họp");
    let plain = Expander::new(
        Dictionary::builtin(),
        ExpandOptions::default().capitalize_sentence_start(false),
    );
    assert_eq!(plain.expand("CLB thắng"), "câu lạc bộ thắng");
    let nodef = Expander::new(
        Dictionary::builtin(),
        ExpandOptions::default().definitions(false),
    );
    // Without definitions the in-text long form does not override, but the site is still kept.
    assert_eq!(
        nodef.expand("Ban Tổ chức (BTC) giải. Bộ trưởng BTC và ngân sách"),
        "Ban Tổ chức (BTC) giải. Bộ trưởng Bộ Tài chính và ngân sách"
    );
}

#[test]
fn custom_entries_add_override_remove() {
    let mut dict = Dictionary::builtin();
    dict.insert(Sense::new("UBND", "ủy ban"));
    dict.add_sense(Sense::new("XYZ", "xê y dét"));
    assert!(dict.remove("HĐND").is_some());
    let e = Expander::new(dict, ExpandOptions::default());
    assert_eq!(
        e.expand("các UBND, HĐND và XYZ"),
        "các ủy ban, HĐND và xê y dét"
    );
}

#[test]
fn user_dictionary_errors_name_the_line() {
    let text = "# my words\nHTX\thợp tác xã\n\nBTV\tBan Thường vụ\tparty\tbold\n";
    let err: DictionaryError = Dictionary::from_tsv(text).unwrap_err();
    assert_eq!((err.line(), err.column()), (4, 4));
    assert!(
        err.to_string()
            .starts_with("line 4, column 4: unknown flag")
    );
    let source: &dyn std::error::Error = &err;
    assert!(source.source().is_none());
}

#[test]
fn matches_report_spans_keys_and_alternatives() {
    let text = "Ông là BTV của đài truyền hình, còn bà là BTV Tỉnh ủy.";
    let m: Vec<Match<'_>> = matches(text).collect();
    assert_eq!(m.len(), 2);
    for x in &m {
        assert_eq!(&text[x.span.clone()], x.text);
        assert_eq!(x.key, "BTV");
        assert_eq!(x.senses.len(), 2);
        assert_eq!(x.alternatives().count(), 1);
    }
    assert_eq!(m[0].expansion, "biên tập viên");
    assert_eq!(m[1].expansion, "Ban Thường vụ");
}

#[test]
fn definitions_report_both_spans() {
    let text =
        "Hội đồng nhân dân (HĐND) và CCHC (cải cách hành chính); Đề án X (gọi tắt là Đề án 25).";
    let d: Vec<Definition<'_>> = definitions(text).collect();
    assert_eq!(d.len(), 3);
    for x in &d {
        assert_eq!(&text[x.short.clone()], x.short_text);
        assert_eq!(&text[x.long.clone()], x.long_text);
    }
    assert_eq!(d[0].long_text, "Hội đồng nhân dân");
    assert_eq!(d[1].short_text, "CCHC");
    assert_eq!(d[2].short_text, "Đề án 25");
}

#[test]
fn public_types_are_send_sync() {
    fn check<T: Send + Sync>() {}
    check::<Expander>();
    check::<Dictionary>();
    check::<DictionaryError>();
    check::<Matches<'static>>();
    check::<Match<'static>>();
    check::<Definition<'static>>();
}

#[test]
fn iterators_are_fused_and_clone() {
    fn check<I: Iterator + Clone + std::fmt::Debug + std::iter::FusedIterator>(_: &I) {}
    let m = matches("UBND");
    check(&m);
    let mut m2 = m.clone();
    assert!(m2.next().is_some());
    assert!(m2.next().is_none());
    assert!(m2.next().is_none());
    check(&definitions("x"));
}

/// Text drawn from pieces that are likely to meet the expander's edge cases.
fn soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "UBND",
        "HĐND",
        "KT",
        "-",
        " - ",
        "XH",
        "TP",
        ".",
        "HCM",
        "(",
        ")",
        "CCHC",
        "cải cách",
        "hành chính",
        " ",
        "\n",
        "BTV",
        "Tỉnh ủy",
        "ĐT",
        "Q.",
        "1",
        "v.v",
        "ko",
        "đc",
        "@",
        "://",
        "#",
        "gọi tắt là",
        "sau đây gọi là",
        "Đề án",
        "e",
        "\u{301}",
        "\u{31B}",
        "U",
        "Ư",
        "–",
        "PCI",
        "PCIe",
        "/",
        "QĐ",
        "&",
        "GD",
        "ĐT",
        "CA",
        "SĨ",
        "ThS",
        "Th",
        "a",
        "Đ",
        "đ",
        "🙂",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn never_panics_and_spans_slice(text in "\\PC{0,80}") {
        let out = expand(&text);
        for m in matches(&text) {
            prop_assert_eq!(&text[m.span.clone()], m.text);
        }
        for d in definitions(&text) {
            prop_assert_eq!(&text[d.short.clone()], d.short_text);
            prop_assert_eq!(&text[d.long.clone()], d.long_text);
        }
        drop(out);
    }

    #[test]
    fn soup_never_panics(text in soup()) {
        let mut last = 0;
        let toks: Vec<vietnamese::Token<'_>> = vietnamese::tokens(&text).collect();
        for m in matches(&text) {
            prop_assert!(m.span.start >= last, "matches overlap or go back");
            prop_assert_eq!(&text[m.span.clone()], m.text);
            last = m.span.end;
            // Only whole tokens of the tokenizer (run over the whole text) are rewritten.
            if m.rewrites() {
                prop_assert!(toks.iter().any(|t| t.offset == m.span.start), "{:?} starts inside a token", m.span);
                prop_assert!(toks.iter().any(|t| t.end() == m.span.end), "{:?} ends inside a token", m.span);
                prop_assert!(!toks.iter().any(|t| t.offset < m.span.start && t.end() > m.span.start));
            }
        }
        let keep = Expander::new(Dictionary::builtin(), ExpandOptions::default().keep_abbreviation(true));
        let _ = keep.expand(&text);
        let _ = expand(&text);
    }

    /// Text with no letters in capitals and none of the informal keys comes back borrowed and
    /// identical; so does any text when the dictionary is empty.
    #[test]
    fn text_without_abbreviations_is_borrowed(text in "[a-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ ,;!?]{0,60}") {
        let default = Expander::default();
        let informal_free = !text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| default.lookup(w).is_some());
        if informal_free {
            let out = expand(&text);
            prop_assert!(matches!(out, Cow::Borrowed(_)));
            prop_assert_eq!(out.as_ref(), text.as_str());
        }
        let empty = Expander::new(Dictionary::new(), ExpandOptions::default());
        prop_assert!(matches!(empty.expand(&text), Cow::Borrowed(_)));
    }

    /// Definition sites are never rewritten: the text inside the brackets survives expansion.
    #[test]
    fn definition_sites_stay(words in prop::sample::select(vec![
        ("cải cách hành chính", "CCHC"), ("Hội đồng nhân dân", "HĐND"), ("kinh tế - xã hội", "KT-XH"),
        ("hợp tác xã", "HTX"), ("nông thôn mới", "NTM"), ("bảo hiểm xã hội", "BHXH"),
    ])) {
        let text = format!("công tác {} ({}) tốt", words.0, words.1);
        let out = expand(&text);
        prop_assert_eq!(out.as_ref(), text.as_str());
    }
}

/// Every key of the built-in dictionary, and every explicit variant, is found when written alone
/// between two ordinary words.
#[test]
fn every_key_and_variant_is_found() {
    let dict = Dictionary::builtin();
    let e = Expander::default();
    let mut missing = Vec::new();
    for (key, senses) in &dict {
        let mut spellings = vec![key.to_string()];
        spellings.extend(senses.iter().flat_map(|s| s.variants.iter().cloned()));
        for s in spellings {
            let text = format!("xem {s} nay");
            let found = e.matches(&text).any(|m| m.span == (4..4 + s.len()));
            if !found {
                missing.push(s);
            }
        }
    }
    assert!(missing.is_empty(), "not found: {missing:?}");
}
