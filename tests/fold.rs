//! Folding: conformance rows, unit cases, an exhaustive sweep of every `char`, and properties.

mod common;

use std::borrow::Cow;

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use vietnamese::{fold, fold_char, fold_to, is_folded};

#[test]
fn conformance() {
    let rows = common::rows(include_str!("data/fold.tsv"));
    assert!(rows.len() >= 150, "only {} rows", rows.len());
    let mut failures = 0;
    for row in &rows {
        let [input, expected, _slug] = &row.cols[..] else {
            panic!("tests/data/fold.tsv:{}: expected 3 columns", row.line);
        };
        let actual = fold(input);
        if !common::check("tests/data/fold.tsv", row, "fold", input, expected, &actual) {
            failures += 1;
        }
    }
    assert_eq!(failures, 0, "{failures} conformance rows failed");
}

#[test]
fn unit_cases() {
    let cases = [
        ("Hà Tĩnh trao đổi", "Ha Tinh trao doi"),
        ("ĐẠI ĐOÀN KẾT", "DAI DOAN KET"),
        ("Nguyễn Thị Minh Khai", "Nguyen Thi Minh Khai"),
        ("thuở", "thuo"),
        ("Ưu tiên", "Uu tien"),
        ("ê\u{301}", "e"),
        ("e\u{302}\u{301}\u{323}", "e"),
        ("ca\u{341}c", "cac"),
        ("\u{d0}ồng \u{f0}ều", "Dong deu"),
        ("a\u{2013}b\u{2014}c\u{2212}d", "a-b-c-d"),
        ("\u{ab}chào\u{bb}", "\"chao\""),
        ("\u{2026}", "..."),
        ("1\u{a0}000", "1 000"),
        ("œuvre Æsir", "oeuvre AEsir"),
        ("ﬁnance ǅuro", "finance Dzuro"),
        ("🇻🇳 Việt Nam", "🇻🇳 Viet Nam"),
        ("1\u{fe0f}\u{20e3}", "1\u{fe0f}\u{20e3}"),
        ("Ω", "\u{3a9}"),
        ("\u{212b}ngstr\u{f6}m", "Angstrom"),
    ];
    for (input, expected) in cases {
        assert_eq!(
            fold(input),
            expected,
            "input {}",
            common::code_points(input)
        );
    }
}

#[test]
fn borrows_when_unchanged() {
    for s in ["", "Ha Noi", "東京", "Pho 🍜", "x\u{5b0}"] {
        assert!(matches!(fold(s), Cow::Borrowed(_)), "{s:?}");
        assert!(is_folded(s));
    }
    assert!(matches!(fold("Hà"), Cow::Owned(_)));
    assert!(!is_folded("Hà"));
}

#[test]
fn fold_to_appends() {
    let mut out = String::from("> ");
    fold_to("Đà Lạt", &mut out);
    fold_to(" & Huế", &mut out);
    assert_eq!(out, "> Da Lat & Hue");
}

/// Every `char`: the per-char fold is the string fold of that char, ASCII is unchanged, every
/// Vietnamese letter folds to one ASCII letter, and the fold is idempotent.
#[test]
fn exhaustive_char_sweep() {
    let mut buf = [0u8; 4];
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let s: &str = c.encode_utf8(&mut buf);
        let folded = fold(s);
        let per_char = fold_char(c);
        assert_eq!(per_char.as_str(), folded, "U+{:04X}", c as u32);
        if c.is_ascii() {
            assert_eq!(folded, s, "U+{:04X}", c as u32);
        }
        assert_eq!(fold(&folded), folded, "idempotent at U+{:04X}", c as u32);
    }
    for l in vietnamese::letter::all() {
        let f = fold_char(l.ch);
        assert_eq!(f.len(), 1, "{}", l.ch);
        assert!(f.as_str().is_ascii(), "{}", l.ch);
        assert_eq!(f.as_str(), l.base.to_string(), "{}", l.ch);
    }
}

/// Strings drawn mostly from Vietnamese letters, combining marks and the awkward neighbours.
fn messy_text() -> impl Strategy<Value = String> {
    let pool: Vec<char> = "aăâeêioôơuưyđĐAĂÂEÊIOÔƠUƯYbcdghklmnpqrstvx àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩị\
         òóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ\
         \u{300}\u{301}\u{303}\u{309}\u{323}\u{302}\u{306}\u{31b}\u{340}\u{341}\u{338}\u{5b0}\u{3099}\
         ÐðßøæœÆŒ–—“”‘’…\u{a0}\u{2000}\u{3000}=<>1.,%-東한\u{1112}\u{1161}\u{11ab}αάйΩ\u{212b}🍜\u{fe0f}\u{20e3}"
        .chars()
        .collect();
    prop::collection::vec(prop::sample::select(pool), 0..40).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #[test]
    fn nfc_and_nfd_fold_alike(s in messy_text()) {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        prop_assert_eq!(fold(&nfc), fold(&nfd));
    }

    #[test]
    fn nfc_and_nfd_fold_alike_any_string(s in any::<String>()) {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        prop_assert_eq!(fold(&nfc), fold(&nfd));
    }

    #[test]
    fn idempotent(s in messy_text()) {
        let once = fold(&s).into_owned();
        prop_assert_eq!(fold(&once), once.as_str());
    }

    #[test]
    fn idempotent_any_string(s in any::<String>()) {
        let once = fold(&s).into_owned();
        prop_assert_eq!(fold(&once), once.as_str());
    }

    #[test]
    fn fold_to_matches_fold(s in messy_text(), prefix in "[a-z]{0,3}") {
        let mut out = prefix.clone();
        fold_to(&s, &mut out);
        prop_assert_eq!(out, format!("{prefix}{}", fold(&s)));
    }
}
