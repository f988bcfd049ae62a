//! Conformance and properties of `vietnamese::tokens`.

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use vietnamese::token::{
    Token, TokenKind, TokenizeOptions, Tokenizer, Tokens, is_separator, tokens,
};

mod common;
use common::{code_points, unescape};

fn kind_from_name(name: &str) -> TokenKind {
    match name {
        "word" => TokenKind::Word,
        "number" => TokenKind::Number,
        "punctuation" => TokenKind::Punctuation,
        "symbol" => TokenKind::Symbol,
        "abbreviation" => TokenKind::Abbreviation,
        "url" => TokenKind::Url,
        "email" => TokenKind::Email,
        "date" => TokenKind::Date,
        "time" => TokenKind::Time,
        "percentage" => TokenKind::Percentage,
        "money" => TokenKind::Money,
        "hashtag" => TokenKind::Hashtag,
        "mention" => TokenKind::Mention,
        other => panic!("unknown kind {other:?}"),
    }
}

/// The expected column: `text` (a word) or `text|kind`, separated by spaces.
fn parse_expected(s: &str) -> Vec<(String, TokenKind)> {
    s.split(' ')
        .filter(|item| !item.is_empty())
        .map(|item| match item.rsplit_once('|') {
            Some((text, kind)) if !text.is_empty() => (unescape(text), kind_from_name(kind)),
            _ => (unescape(item), TokenKind::Word),
        })
        .collect()
}

fn render(tokens: &[(String, TokenKind)]) -> String {
    tokens
        .iter()
        .map(|(t, k)| format!("{t}|{k}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn conformance() {
    let tsv = include_str!("data/tokens.tsv");
    let mut cases = 0;
    let mut failures = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 2, "line {}: needs input and expected", n + 1);
        let input = unescape(cols[0]);
        let expected = parse_expected(cols[1]);
        let actual: Vec<(String, TokenKind)> = tokens(&input)
            .map(|t| (t.text.to_string(), t.kind))
            .collect();
        cases += 1;
        if actual != expected {
            failures.push(format!(
                "line {}: {}\n  input:    {}\n  expected: {}\n            {}\n  actual:   {}\n            {}",
                n + 1,
                cols.get(2).unwrap_or(&""),
                code_points(&input),
                render(&expected),
                code_points(&render(&expected)),
                render(&actual),
                code_points(&render(&actual)),
            ));
        }
    }
    assert!(cases >= 150, "only {cases} cases");
    assert!(
        failures.is_empty(),
        "{} of {cases} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn texts(t: Tokenizer, s: &str) -> Vec<&str> {
    t.tokens(s).map(|t| t.text).collect()
}

#[test]
fn options() {
    let split_percent = Tokenizer::new(TokenizeOptions::default().split_percent(true));
    assert_eq!(
        texts(split_percent, "tăng 1,33% và 5‰"),
        ["tăng", "1,33", "%", "và", "5", "‰"]
    );
    let split_money = Tokenizer::new(TokenizeOptions::default().split_money(true));
    assert_eq!(
        texts(split_money, "140.000đ 50.000₫ $5 100USD"),
        ["140.000", "đ", "50.000", "₫", "$", "5", "100", "USD"]
    );
    let split_hyphen =
        Tokenizer::new(TokenizeOptions::default().split_foreign_hyphen_compounds(true));
    assert_eq!(
        texts(split_hyphen, "Moscow-Washington KT-XH COVID-19 e-mail"),
        [
            "Moscow",
            "-",
            "Washington",
            "KT-XH",
            "COVID-19",
            "e",
            "-",
            "mail"
        ]
    );
    let default = Tokenizer::default();
    assert_eq!(texts(default, "Moscow-Washington"), ["Moscow-Washington"]);
    assert_eq!(default.options(), TokenizeOptions::default());
}

#[test]
fn kinds_have_names() {
    assert_eq!(TokenKind::Percentage.as_str(), "percentage");
    assert_eq!(TokenKind::Money.to_string(), "money");
}

#[test]
fn public_types_are_send_sync() {
    fn check<T: Send + Sync + Clone + std::fmt::Debug>() {}
    check::<Token<'static>>();
    check::<TokenKind>();
    check::<Tokens<'static>>();
    check::<Tokenizer>();
    check::<TokenizeOptions>();
}

#[test]
fn fused_and_remainder() {
    let mut it = tokens("Hà Nội");
    assert_eq!(it.next().map(|t| t.text), Some("Hà"));
    assert_eq!(it.remainder(), " Nội");
    assert!(it.next().is_some());
    assert!(it.next().is_none());
    assert!(it.next().is_none());
}

/// Inputs on which the properties below once failed (found by proptest): the NFC and NFD forms
/// give the same tokens, of the same kinds.
#[test]
fn nfc_and_nfd_agree_on_found_inputs() {
    for s in [
        // `e` + U+0301 is `é`, not ASCII: the e-mail domain stops before it in both forms.
        "e@v.v.e\u{301}",
        "vn@TP.0.e\u{301}",
    ] {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        let a: Vec<(String, TokenKind)> =
            tokens(&nfc).map(|t| (t.text.to_string(), t.kind)).collect();
        let b: Vec<(String, TokenKind)> = tokens(&nfd)
            .map(|t| (t.text.nfc().collect(), t.kind))
            .collect();
        assert_eq!(a, b, "NFC {nfc:?} vs NFD {nfd:?}");
    }
}

/// Checks the documented guarantees on one text.
fn check_invariants(text: &str) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for t in tokens(text) {
        prop_assert!(!t.text.is_empty());
        prop_assert!(t.offset >= last_end, "offsets increase");
        prop_assert_eq!(&text[t.offset..t.end()], t.text);
        let gap = &text[last_end..t.offset];
        prop_assert!(
            gap.chars().all(is_separator),
            "gap {:?} is not white space",
            gap
        );
        prop_assert!(
            !t.text.chars().any(is_separator),
            "token {:?} holds a separator",
            t.text
        );
        last_end = t.end();
    }
    prop_assert!(text[last_end..].chars().all(is_separator));
    Ok(())
}

/// Strings of the characters Vietnamese text is made of, including marks and odd spaces.
fn vietnamese_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Việt", "Nam", "người", "TP.", "TP.HCM", "GS.", "TS.", "v.v.", "Th.S", "KT-XH", "UBND",
        "35.000", "1,33", "%", "đ", "₫", "$", "25", "/", "5", "2018", "12h30", "8:30", "-", ".",
        ",", "...", "…", "?", "!", "\"", "“", "”", "(", ")", " ", " ", " ", "\u{A0}", "\u{2003}",
        "\n", "\u{301}", "\u{323}", "\u{302}", "\u{31B}", "e", "a", "o", "u", "A", "Đ", "@", "#",
        "http://", "www.", "vn", "com", "gmail", "_", "'", "’", "&", "+", "4K", "COVID-19", "Q.",
        "\u{200B}", "\u{FEFF}", "\u{200D}", "😀", "×", "²",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn invariants_on_arbitrary_strings(s in any::<String>()) {
        check_invariants(&s)?;
    }

    #[test]
    fn invariants_on_vietnamese_like_strings(s in vietnamese_like()) {
        check_invariants(&s)?;
        for options in [
            TokenizeOptions::default().split_percent(true).split_money(true),
            TokenizeOptions::default().split_foreign_hyphen_compounds(true),
        ] {
            let t = Tokenizer::new(options);
            let mut last = 0;
            for tok in t.tokens(&s) {
                prop_assert!(tok.offset >= last);
                prop_assert_eq!(&s[tok.range()], tok.text);
                prop_assert!(s[last..tok.offset].chars().all(is_separator));
                last = tok.end();
            }
        }
    }

    #[test]
    fn nfc_and_nfd_give_the_same_kinds(s in vietnamese_like()) {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        let a: Vec<TokenKind> = tokens(&nfc).map(|t| t.kind).collect();
        let b: Vec<TokenKind> = tokens(&nfd).map(|t| t.kind).collect();
        prop_assert_eq!(a, b, "NFC {:?} vs NFD {:?}", nfc, nfd);
    }

    #[test]
    fn nfc_and_nfd_give_the_same_kinds_on_arbitrary_strings(s in any::<String>()) {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        let a: Vec<TokenKind> = tokens(&nfc).map(|t| t.kind).collect();
        let b: Vec<TokenKind> = tokens(&nfd).map(|t| t.kind).collect();
        prop_assert_eq!(a, b, "NFC {:?} vs NFD {:?}", nfc, nfd);
    }

    /// Each token's text, NFC-normalized, is the NFC text's token: NFD only changes offsets.
    #[test]
    fn nfd_tokens_normalize_to_nfc_tokens(s in vietnamese_like()) {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        let a: Vec<String> = tokens(&nfc).map(|t| t.text.to_string()).collect();
        let b: Vec<String> = tokens(&nfd).map(|t| t.text.nfc().collect()).collect();
        prop_assert_eq!(a, b);
    }
}

/// Inputs built to make a careless scanner re-read the same bytes for every token: each must
/// take time linear in its length (a quadratic scan of 200 KB would take minutes).
#[test]
fn adversarial_inputs_are_linear() {
    let patterns = [
        "a.",
        "a-",
        "Ab-",
        "AB-",
        "1/",
        "1-",
        "1.",
        "1,",
        "a'",
        "A.",
        "a@",
        "#a",
        "@a.",
        "GS.",
        "v.v.",
        "x.vn.",
        "a.b@",
        "a/",
        "a&",
        "-a",
        "\u{301}",
        ".\u{301}",
        "a\u{301}.",
        "TP.HCM.",
        "http://a",
        "www.",
        "12h",
        "1:",
        "$1.",
        "1%",
        "Đ/",
        "đ/k",
    ];
    let splitter = Tokenizer::new(TokenizeOptions::default().split_foreign_hyphen_compounds(true));
    for p in patterns {
        let text = p.repeat(200_000 / p.len());
        let start = std::time::Instant::now();
        let n = tokens(&text).count() + splitter.tokens(&text).count();
        let secs = start.elapsed().as_secs_f64();
        assert!(n > 0);
        eprintln!("{p:?}: {:.0} ms", secs * 1e3);
        assert!(secs < 10.0, "{p:?} × {}: {secs:.1} s", text.len() / p.len());
        let s = vietnamese::sentences(&text).count();
        assert!(
            start.elapsed().as_secs_f64() < 20.0,
            "sentences of {p:?}: {s}"
        );
    }
}
