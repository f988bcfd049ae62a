//! Normalization throughput against unicode-normalization's `nfc()`, the peer a user would
//! otherwise pick.
//!
//! Inputs: Vietnamese news text in NFC (a ~70 B headline, 8 KB, 1 MB), the same in NFD, the same
//! with misplaced tone marks to repair, the same with the other tone placement to convert, and
//! ASCII English.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use unicode_normalization::UnicodeNormalization;

#[path = "common/mod.rs"]
mod common;
use vietnamese::{NormalizeOptions, Normalizer, TonePlacement};

const VI: &str = include_str!("data/news_vi.txt");
const EN: &str = include_str!("data/news_en.txt");

/// `text` repeated (whole lines) until it is at least `len` bytes, then cut at a char boundary.
fn sized(text: &str, len: usize) -> String {
    let mut s = String::with_capacity(len + text.len());
    while s.len() < len {
        s.push_str(text);
    }
    let mut end = len;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

/// Misplaced tone marks, as careless typing and some input methods leave them.
fn with_misplaced_marks(s: &str) -> String {
    [
        ("bảo", "baỏ"),
        ("được", "đựơc"),
        ("người", "ngừơi"),
        ("của", "cuả"),
        ("đại", "đaị"),
        ("lượng", "lựơng"),
        ("tiếp", "tíêp"),
        ("nghiệp", "nghịêp"),
        ("mới", "mới"),
        ("quý", "qúy"),
        ("nhiều", "nhìêu"),
        ("cũng", "cũng"),
        ("khoảng", "khỏang"),
    ]
    .iter()
    .fold(s.to_string(), |acc, (from, to)| acc.replace(from, to))
}

fn inputs() -> Vec<(String, String)> {
    let headline = VI.lines().next().unwrap_or_default().to_string();
    let mut out = vec![
        ("vi-nfc-headline".to_string(), headline),
        ("vi-nfc-8k".to_string(), sized(VI, 8 * 1024)),
        ("vi-nfc-1m".to_string(), sized(VI, 1024 * 1024)),
    ];
    for (name, text) in out.clone() {
        out.push((name.replace("nfc", "nfd"), text.nfd().collect()));
    }
    out.push((
        "vi-repair-8k".to_string(),
        with_misplaced_marks(&sized(VI, 8 * 1024)),
    ));
    out.push((
        "vi-repair-1m".to_string(),
        with_misplaced_marks(&sized(VI, 1024 * 1024)),
    ));
    out.push(("en-ascii-8k".to_string(), sized(EN, 8 * 1024)));
    out.push(("en-ascii-1m".to_string(), sized(EN, 1024 * 1024)));
    out
}

fn bench(c: &mut Criterion) {
    let main_vowel =
        Normalizer::new(NormalizeOptions::default().tone_placement(TonePlacement::MainVowel));
    for (name, text) in inputs() {
        // Checked once, outside the timed loops.
        let normal = vietnamese::normalize(&text);
        assert!(unicode_normalization::is_nfc(&normal));
        assert_eq!(
            name.contains("nfc") || name.contains("ascii"),
            normal == text,
            "{name}"
        );
        if name.contains("repair") {
            assert!(!normal.contains("baỏ") && normal.contains("bảo"));
        }
        let mut group = c.benchmark_group(format!("normalize/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("vietnamese::normalize", |b| {
            b.iter(|| vietnamese::normalize(black_box(&text)).len())
        });
        if name.contains("nfc-8k") || name.contains("nfc-1m") {
            // Converting the tone placement: every open oa/oe/uy word is rewritten.
            group.bench_function("vietnamese::Normalizer (main-vowel)", |b| {
                b.iter(|| main_vowel.normalize(black_box(&text)).len())
            });
        }
        group.bench_function("unicode-normalization nfc()", |b| {
            b.iter(|| black_box(&text).nfc().collect::<String>().len())
        });
        group.bench_function("unicode-normalization is_nfc", |b| {
            b.iter(|| unicode_normalization::is_nfc(black_box(&text)))
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = bench
}
criterion_main!(benches);
