//! Bench inputs shared by the bench files (`#[path]`-included, one copy per bench crate).

#![allow(dead_code)]

use std::time::Duration;

use criterion::Criterion;
use unicode_normalization::UnicodeNormalization;

/// The Vietnamese news corpus (NFC).
pub const NEWS_VI: &str = include_str!("../data/news_vi.txt");
/// The English news corpus (ASCII).
pub const NEWS_EN: &str = include_str!("../data/news_en.txt");

/// `text` repeated and cut (at a char boundary) to about `len` bytes.
pub fn sized(text: &str, len: usize) -> String {
    let mut s = String::with_capacity(len + text.len());
    while s.len() < len {
        s.push_str(text);
        s.push('\n');
    }
    let mut end = len.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

/// The first line of the Vietnamese corpus: a ~70-byte headline.
pub fn headline() -> String {
    NEWS_VI.lines().next().unwrap_or_default().to_owned()
}

/// NFD form of `s`.
pub fn nfd(s: &str) -> String {
    s.nfd().collect()
}

/// The named inputs the fold and slug benches run on: (name, text).
pub fn inputs() -> Vec<(&'static str, String)> {
    let vi_8k = sized(NEWS_VI, 8 * 1024);
    let vi_1m = sized(NEWS_VI, 1024 * 1024);
    vec![
        ("headline-nfc", headline()),
        ("vi-nfc-8k", vi_8k.clone()),
        ("vi-nfc-1m", vi_1m.clone()),
        ("vi-nfd-8k", nfd(&vi_8k)),
        ("vi-nfd-1m", nfd(&vi_1m)),
        ("en-ascii-8k", sized(NEWS_EN, 8 * 1024)),
        ("en-ascii-1m", sized(NEWS_EN, 1024 * 1024)),
        ("vi-folded-8k", vietnamese::fold(&vi_8k).into_owned()),
    ]
}

/// The criterion settings every bench file uses: one second of warm-up, three of measurement.
pub fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
}
