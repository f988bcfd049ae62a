//! Word-segmentation throughput on Vietnamese news text, next to the tokenizer alone (the floor:
//! the segmenter tokenizes first) and a whitespace split.
//!
//! The number of words of each input is printed once, so bytes per second convert to words per
//! second (the unit the peers' published numbers use).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "common/mod.rs"]
mod common;

fn bench(c: &mut Criterion) {
    let vi_8k = common::sized(common::NEWS_VI, 8 * 1024);
    let vi_1m = common::sized(common::NEWS_VI, 1024 * 1024);
    let inputs = [
        ("headline-nfc", common::headline()),
        ("vi-nfc-8k", vi_8k.clone()),
        ("vi-nfc-1m", vi_1m),
        ("vi-nfd-8k", common::nfd(&vi_8k)),
    ];
    let segmenter = vietnamese::Segmenter::new();
    for (name, text) in inputs {
        // Checked once, outside the timed loops: the words rebuild the text, and some word has
        // more than one syllable.
        let words: Vec<_> = segmenter.segment(&text).collect();
        assert!(words.iter().any(|w| w.syllables() > 1));
        assert_eq!(
            words.iter().map(|w| w.text.len()).sum::<usize>(),
            text.len()
                - text
                    .chars()
                    .filter(|c| c.is_whitespace())
                    .map(char::len_utf8)
                    .sum::<usize>()
                + words
                    .iter()
                    .map(|w| w
                        .text
                        .chars()
                        .filter(|c| c.is_whitespace())
                        .map(char::len_utf8)
                        .sum::<usize>())
                    .sum::<usize>()
        );
        eprintln!(
            "segment/{name}: {} bytes, {} words",
            text.len(),
            words.len()
        );

        let mut group = c.benchmark_group(format!("segment/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("vietnamese::segment", |b| {
            b.iter(|| segmenter.segment(black_box(&text)).count())
        });
        let mut buf = String::new();
        group.bench_function("vietnamese::Segmenter::underscored_to", |b| {
            b.iter(|| {
                buf.clear();
                segmenter.underscored_to(black_box(&text), &mut buf);
                buf.len()
            })
        });
        group.bench_function("vietnamese::tokens (tokenizer alone)", |b| {
            b.iter(|| vietnamese::tokens(black_box(&text)).count())
        });
        group.bench_function("str::split_whitespace", |b| {
            b.iter(|| black_box(&text).split_whitespace().count())
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
