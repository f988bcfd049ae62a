//! Sentence splitter throughput: `vietnamese::sentences` against unicode-segmentation's
//! `split_sentence_bounds` (UAX #29), on Vietnamese news (NFC and NFD) and ASCII English, at
//! 8 KB and 1 MB (the two sizes show the time is linear).

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use unicode_segmentation::UnicodeSegmentation;

#[path = "common/mod.rs"]
mod common;

use common::{NEWS_EN as EN, NEWS_VI as VI, sized};

fn bench(c: &mut Criterion) {
    let nfd = common::nfd(VI);
    let inputs = [("vi-nfc", VI), ("vi-nfd", nfd.as_str()), ("en-ascii", EN)];
    for (size_name, size) in [("8KB", 8 * 1024), ("1MB", 1024 * 1024)] {
        let mut group = c.benchmark_group(format!("sentences/{size_name}"));
        if size > 100_000 {
            group.sample_size(10);
        }
        for (name, base) in inputs {
            let text = sized(base, size);
            // Checked once, outside the timed loop.
            let ours = vietnamese::sentences(&text).count();
            assert!(vietnamese::sentences(&text).all(|s| &text[s.range()] == s.text));
            let theirs = text.split_sentence_bounds().count();
            assert!(ours > text.len() / 1000 && theirs >= ours / 2);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new("vietnamese::sentences", name),
                &text,
                |b, t| b.iter(|| vietnamese::sentences(black_box(t)).count()),
            );
            group.bench_with_input(
                BenchmarkId::new("split_sentence_bounds", name),
                &text,
                |b, t| b.iter(|| black_box(t).split_sentence_bounds().count()),
            );
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
