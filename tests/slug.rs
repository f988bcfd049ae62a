//! Slugs: conformance rows, options, and the properties the docs promise.

mod common;

use proptest::prelude::*;
use vietnamese::{InnerPunctuation, SlugOptions, Slugifier, is_slug, slugify};

const HEADLINE: &str = "Hà Tĩnh trao đổi, học tập kinh nghiệm CCHC ở Quảng Ninh";

#[test]
fn conformance() {
    let rows = common::rows(include_str!("data/fold.tsv"));
    let mut failures = 0;
    for row in &rows {
        let [input, _fold, expected] = &row.cols[..] else {
            panic!("tests/data/fold.tsv:{}: expected 3 columns", row.line);
        };
        let actual = slugify(input);
        if !common::check("tests/data/fold.tsv", row, "slug", input, expected, &actual) {
            failures += 1;
        }
    }
    assert_eq!(failures, 0, "{failures} conformance rows failed");
}

#[test]
fn headline_and_caption() {
    assert_eq!(
        slugify(HEADLINE),
        "ha-tinh-trao-doi-hoc-tap-kinh-nghiem-cchc-o-quang-ninh"
    );
    let caption = Slugifier::new(SlugOptions::new().separator(" "));
    assert_eq!(
        caption.slugify(HEADLINE),
        "ha tinh trao doi hoc tap kinh nghiem cchc o quang ninh"
    );
}

#[test]
fn inner_punctuation() {
    let join = Slugifier::new(SlugOptions::new().inner_punctuation(InnerPunctuation::Join));
    let cases = [
        ("TP.HCM", "tp-hcm", "tphcm"),
        ("35.000", "35-000", "35000"),
        ("1,33%", "1-33", "133"),
        ("v.v.", "v-v", "vv"),
        (
            "Tiền đạo Đ'Artagnan",
            "tien-dao-d-artagnan",
            "tien-dao-dartagnan",
        ),
        ("kết thúc. Sau đó", "ket-thuc-sau-do", "ket-thuc-sau-do"),
        ("a . b", "a-b", "a-b"),
        ("KT-XH", "kt-xh", "kt-xh"),
    ];
    for (input, separate, joined) in cases {
        assert_eq!(slugify(input), separate, "{input}");
        assert_eq!(join.slugify(input), joined, "{input}");
    }
}

#[test]
fn symbol_words() {
    let words = Slugifier::new(SlugOptions::new().symbol_words(true));
    assert_eq!(
        words.slugify("Lãi suất tăng 0,5%"),
        "lai-suat-tang-0-5-phan-tram"
    );
    assert_eq!(words.slugify("Xuất & nhập khẩu"), "xuat-va-nhap-khau");
    assert_eq!(words.slugify("Giá 50.000₫"), "gia-50-000-dong");
    assert_eq!(words.slugify("%%"), "phan-tram-phan-tram");
    // Off by default.
    assert_eq!(slugify("Xuất & nhập khẩu 5%"), "xuat-nhap-khau-5");
}

#[test]
fn case() {
    let keep = Slugifier::new(SlugOptions::new().lowercase(false));
    assert_eq!(keep.slugify("ĐẠI hội Đảng"), "DAI-hoi-Dang");
}

#[test]
fn max_len_cuts_at_word_boundaries() {
    let cases = [
        (0, ""),
        (1, "h"),
        (2, "ha"),
        (3, "ha"),
        (6, "ha"),
        (7, "ha-tinh"),
        (12, "ha-tinh-trao"),
        (15, "ha-tinh-trao"),
        (16, "ha-tinh-trao-doi"),
        (
            200,
            "ha-tinh-trao-doi-hoc-tap-kinh-nghiem-cchc-o-quang-ninh",
        ),
    ];
    for (max, expected) in cases {
        let s = Slugifier::new(SlugOptions::new().max_len(max));
        assert_eq!(s.slugify(HEADLINE), expected, "max_len {max}");
    }
    // The first word alone is too long: it is cut, the only time a word is cut.
    let s = Slugifier::new(SlugOptions::new().max_len(5));
    assert_eq!(s.slugify("Nghiêng nghiêng"), "nghie");
    // A multi-byte separator counts in bytes.
    let s = Slugifier::new(SlugOptions::new().separator("–").max_len(8));
    assert_eq!(s.slugify("ha noi ha"), "ha–noi");
}

#[test]
fn slugify_to_appends_and_limits_only_the_slug() {
    let s = Slugifier::new(SlugOptions::new().max_len(7));
    let mut out = String::from("/tin-tuc/");
    s.slugify_to(HEADLINE, &mut out);
    assert_eq!(out, "/tin-tuc/ha-tinh");
}

#[test]
fn is_slug_matches_the_grammar() {
    for s in ["", "a", "ha-noi", "2024", "a-1-b"] {
        assert!(is_slug(s), "{s}");
    }
    for s in ["-", "a-", "-a", "a--b", "A", "a b", "hà", "a_b"] {
        assert!(!is_slug(s), "{s}");
    }
}

fn options() -> impl Strategy<Value = SlugOptions> {
    (
        prop::sample::select(vec!["-", " ", "_", "", "–", "--"]),
        prop::option::of(0usize..40),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(sep, max, lower, join, words)| {
            let mut o = SlugOptions::new()
                .separator(sep)
                .lowercase(lower)
                .symbol_words(words)
                .inner_punctuation(if join {
                    InnerPunctuation::Join
                } else {
                    InnerPunctuation::Separate
                });
            o.max_len = max;
            o
        })
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "([a-zA-Z0-9 .,%&'\\-]|[àảãạăắặâấậđĐÐêếệôốộơớợưứựýỳ]|[\\u{300}-\\u{309}]|[–—“”…₫€]){0,60}",
    ]
}

/// The slow, obvious slug: fold, then keep the ASCII letter and digit runs.
fn two_pass_slug(s: &str) -> String {
    vietnamese::fold(s)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

proptest! {
    /// The one-pass slug agrees with folding first and splitting after.
    #[test]
    fn one_pass_agrees_with_two_pass(s in text()) {
        prop_assert_eq!(slugify(&s), two_pass_slug(&s));
    }

    #[test]
    fn default_slug_matches_grammar_and_is_idempotent(s in text()) {
        let slug = slugify(&s);
        prop_assert!(is_slug(&slug), "{:?} -> {:?}", s, slug);
        prop_assert_eq!(slugify(&slug), slug);
    }

    #[test]
    fn any_options_never_panic_and_respect_the_limit(s in text(), o in options()) {
        let max = o.max_len;
        let sep = o.separator.clone();
        let slugifier = Slugifier::new(o);
        let slug = slugifier.slugify(&s);
        if let Some(max) = max {
            prop_assert!(slug.len() <= max, "{:?} is longer than {}", slug, max);
        }
        if !sep.is_empty() {
            prop_assert!(!slug.starts_with(&sep) && !slug.ends_with(&sep), "{:?}", slug);
        }
        // Idempotent for the options that keep the slug's own characters.
        if !sep.is_empty() && sep.chars().all(|c| !c.is_alphanumeric()) {
            prop_assert_eq!(slugifier.slugify(&slug), slug);
        }
    }

    #[test]
    fn limit_only_drops_whole_words(s in text(), max in 0usize..60) {
        let full = slugify(&s);
        let cut = Slugifier::new(SlugOptions::new().max_len(max)).slugify(&s);
        if full.len() <= max {
            prop_assert_eq!(cut, full);
        } else if !cut.is_empty() && full.as_bytes().get(cut.len()) == Some(&b'-') {
            prop_assert!(full.starts_with(&cut));
        } else {
            // Only the first word may be cut, and only when it alone is too long.
            let first = full.split('-').next().unwrap_or_default();
            prop_assert!(first.len() > max, "{:?} cut to {:?} at {}", full, cut, max);
            prop_assert_eq!(cut.as_str(), &first[..max]);
        }
    }
}
