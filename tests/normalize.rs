//! Normalization: conformance rows, properties (idempotence, NFC/NFD, fast path = slow path,
//! fold invariance, placement round trips).

mod common;

use std::borrow::Cow;

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use vietnamese::{
    NormalizeOptions, Normalizer, TonePlacement, fold, is_normalized, normalize, normalize_to,
};

fn normalizer(style: &str) -> Normalizer {
    let o = NormalizeOptions::default();
    Normalizer::new(match style {
        "as-written" => o,
        "first-vowel" => o.tone_placement(TonePlacement::FirstVowel),
        "main-vowel" => o.tone_placement(TonePlacement::MainVowel),
        "web" => o.web_text(true),
        other => panic!("unknown style {other}"),
    })
}

#[test]
fn conformance() {
    let rows = common::rows(include_str!("data/normalize.tsv"));
    assert!(rows.len() >= 200, "only {} rows", rows.len());
    let mut failures = 0;
    for row in &rows {
        let [input, expected, style] = &row.cols[..] else {
            panic!("tests/data/normalize.tsv:{}: expected 3 columns", row.line);
        };
        let n = normalizer(style);
        let actual = n.normalize(input);
        let file = "tests/data/normalize.tsv";
        if !common::check(file, row, style, input, expected, &actual) {
            failures += 1;
            continue;
        }
        // The fast path agrees with the slow one, the result is normal, and normalizing is
        // idempotent.
        let mut slow = String::new();
        n.normalize_slow_to(input, &mut slow);
        if !common::check(file, row, "slow path", input, expected, &slow)
            || !common::check(
                file,
                row,
                "idempotence",
                expected,
                expected,
                &n.normalize(expected),
            )
        {
            failures += 1;
        }
        assert_eq!(
            n.is_normalized(input),
            input == expected,
            "line {}",
            row.line
        );
    }
    assert_eq!(failures, 0, "{failures} conformance rows failed");
}

#[test]
fn borrows_when_normal() {
    for s in [
        "",
        "Tiếng Việt",
        "hello world",
        "Hòa Bình",
        "hoà",
        "1\u{a0}000",
    ] {
        assert!(matches!(normalize(s), Cow::Borrowed(_)), "{s}");
        assert!(is_normalized(s));
    }
    assert!(matches!(normalize("baỏ"), Cow::Owned(_)));
    let mut out = String::from("x");
    normalize_to("baỏ", &mut out);
    assert_eq!(out, "xbảo");
}

/// Every `char`, alone and after a syllable start (and inside an NFD syllable below U+3000): no panic, NFC out, fast path = slow path.
#[test]
fn every_char() {
    let n = Normalizer::default();
    let mut slow = String::new();
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let mut inputs = vec![format!("{c}"), format!("ho{c}")];
        if (c as u32) < 0x3000 {
            // Marks, Latin, punctuation: also inside an NFD syllable.
            inputs.push(format!("tie\u{302}{c}ng"));
        }
        for s in inputs {
            let fast = n.normalize(&s);
            slow.clear();
            n.normalize_slow_to(&s, &mut slow);
            assert_eq!(fast, slow, "{}", common::code_points(&s));
            assert!(
                unicode_normalization::is_nfc(&fast),
                "{}",
                common::code_points(&s)
            );
        }
    }
}

/// Every syllable of the soe-vinorm list with its tone mark put on each of its vowels in turn
/// (right and wrong places alike), in every placement: the fast path agrees with the slow one,
/// and the result has the mark in place.
#[test]
fn every_syllable_every_mark_position() {
    use vietnamese::letter::{Tone, compose, letter};
    use vietnamese::syllable::{is_valid_syllable, parse, without_tone};
    let list = include_str!("data/syllables_soe_vinorm.txt");
    let normalizers: Vec<Normalizer> = [
        TonePlacement::AsWritten,
        TonePlacement::FirstVowel,
        TonePlacement::MainVowel,
    ]
    .into_iter()
    .map(|p| Normalizer::new(NormalizeOptions::default().tone_placement(p)))
    .collect();
    let mut slow = String::new();
    for line in list
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let Some(syl) = parse(line) else { continue };
        let tone = syl.tone();
        if tone == Tone::Level {
            continue;
        }
        let bare: Vec<char> = without_tone(line).unwrap().chars().collect();
        for k in 0..bare.len() {
            let Some(l) = letter(bare[k]) else { continue };
            let Some(marked) = compose(l.base, l.modifier, tone) else {
                continue;
            };
            let mut w = bare.clone();
            w[k] = marked;
            let w: String = w.into_iter().collect();
            for n in &normalizers {
                let text = format!("({w}) {w}");
                let fast = n.normalize(&text);
                slow.clear();
                n.normalize_slow_to(&text, &mut slow);
                assert_eq!(fast, slow, "{w}");
                let out = n.normalize(&w);
                assert!(is_valid_syllable(&out), "{w} → {out}");
            }
        }
    }
}

#[test]
fn public_types_are_send_sync() {
    fn check<T: Send + Sync>() {}
    check::<Normalizer>();
    check::<NormalizeOptions>();
    check::<TonePlacement>();
}

#[test]
fn long_tokens_are_linear() {
    // One 300 KB token with many repairs, inside a URL-like token: examined once.
    let s = format!("http://x/{}", "baỏ_".repeat(50_000));
    assert_eq!(normalize(&s), s);
    let s = "baỏ ".repeat(50_000);
    assert_eq!(normalize(&s), "bảo ".repeat(50_000));
}

/// Strings built from Vietnamese letters, consonants, combining marks, look-alikes, spaces and a
/// few other characters, so that syllables and near-syllables are common.
fn vietnamese_ish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a", "ă", "â", "e", "ê", "i", "y", "o", "ô", "ơ", "u", "ư", "á", "à", "ả", "ã", "ạ", "ế",
        "ồ", "ở", "ữ", "ự", "ị", "ý", "ỳ", "ó", "ò", "ủ", "ũ", "b", "c", "ch", "d", "đ", "g", "gh",
        "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "q", "r", "s",
        "t", "th", "tr", "v", "x", "Đ", "Ð", "ð", "A", "Ư", "Ơ", "Ý", "QU", "NG", "\u{300}",
        "\u{301}", "\u{303}", "\u{309}", "\u{323}", "\u{302}", "\u{306}", "\u{31B}", "\u{340}",
        "\u{341}", " ", " ", " ", "\u{a0}", "\u{200b}", "\u{ad}", "\n", "-", "_", "1", "/", "://",
        "@", "é", "ñ", "ǹ", "ṇ", "Ω", "한", "\u{1161}", "\u{1112}", "“", "—", "😀", "\u{200d}",
    ]);
    prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
}

fn any_placement() -> impl Strategy<Value = Normalizer> {
    (0..3usize, any::<bool>()).prop_map(|(p, web)| {
        let p = [
            TonePlacement::AsWritten,
            TonePlacement::FirstVowel,
            TonePlacement::MainVowel,
        ][p];
        Normalizer::new(NormalizeOptions::default().tone_placement(p).web_text(web))
    })
}

proptest! {
    // 2000 cases by default; PROPTEST_CASES raises it for a longer run.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2000)
    ))]

    /// Normalizing twice is normalizing once.
    #[test]
    fn idempotent(s in vietnamese_ish(), n in any_placement()) {
        let once = n.normalize(&s).into_owned();
        let twice = n.normalize(&once).into_owned();
        prop_assert_eq!(twice, once.clone());
        prop_assert!(n.is_normalized(&once));
    }

    /// The NFC and NFD forms of a text normalize alike.
    #[test]
    fn nfd_equals_nfc(s in vietnamese_ish(), n in any_placement()) {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        let (a, b) = (n.normalize(&nfd).into_owned(), n.normalize(&nfc).into_owned());
        prop_assert_eq!(a, b);
    }

    /// The output is NFC.
    #[test]
    fn output_is_nfc(s in vietnamese_ish(), n in any_placement()) {
        let out = n.normalize(&s);
        prop_assert!(unicode_normalization::is_nfc(&out));
    }

    /// The fast byte scan gives what the slow path gives.
    #[test]
    fn fast_equals_slow(s in vietnamese_ish(), n in any_placement()) {
        let mut slow = String::new();
        n.normalize_slow_to(&s, &mut slow);
        prop_assert_eq!(n.normalize(&s).into_owned(), slow);
    }

    /// Any string at all: no panic, and fast = slow.
    #[test]
    fn any_string(s in "\\PC{0,40}") {
        let n = Normalizer::default();
        let mut slow = String::new();
        n.normalize_slow_to(&s, &mut slow);
        prop_assert_eq!(n.normalize(&s).into_owned(), slow);
    }

    /// Normalizing does not change the ASCII fold of a text (without the web options, which
    /// change spaces).
    #[test]
    fn fold_is_unchanged(s in vietnamese_ish(), p in 0..3usize) {
        let p = [TonePlacement::AsWritten, TonePlacement::FirstVowel, TonePlacement::MainVowel][p];
        let n = Normalizer::new(NormalizeOptions::default().tone_placement(p));
        let normalized = n.normalize(&s).into_owned();
        prop_assert_eq!(fold(&normalized).into_owned(), fold(&s).into_owned());
    }

    /// Changing the placement and back is the identity on text in one placement.
    #[test]
    fn placement_round_trip(s in vietnamese_ish()) {
        let first = Normalizer::new(NormalizeOptions::default().tone_placement(TonePlacement::FirstVowel));
        let main = Normalizer::new(NormalizeOptions::default().tone_placement(TonePlacement::MainVowel));
        let a = first.normalize(&s).into_owned();
        let via_main = main.normalize(&a).into_owned();
        prop_assert_eq!(first.normalize(&via_main).into_owned(), a);
        let b = main.normalize(&s).into_owned();
        let via_first = first.normalize(&b).into_owned();
        prop_assert_eq!(main.normalize(&via_first).into_owned(), b);
    }
}
