//! Abbreviation expansion throughput, and the cost of building the dictionary.
//!
//! There is no Rust peer that expands Vietnamese abbreviations; the group puts a naive baseline
//! beside the expander (split at whitespace, look each word up in a `HashMap` of the keys) to show
//! what whole-token matching, variants, senses and definitions cost on top of a bare lookup.

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use vietnamese::abbrev::{Dictionary, ExpandOptions, Expander};

#[path = "common/mod.rs"]
mod common;

fn naive(map: &HashMap<&str, &str>, text: &str) -> usize {
    text.split_whitespace()
        .map(|w| {
            map.get(w.trim_matches(|c: char| !c.is_alphanumeric()))
                .map_or(w.len(), |e| e.len())
        })
        .sum()
}

fn bench(c: &mut Criterion) {
    let expander = Expander::default();
    let dict = Dictionary::builtin();
    let map: HashMap<&str, &str> = dict
        .iter()
        .map(|(k, senses)| (k, senses[0].expansion.as_str()))
        .collect();
    let inputs = [
        ("vi-nfc-8k", common::sized(common::NEWS_VI, 8 * 1024)),
        ("vi-nfc-1m", common::sized(common::NEWS_VI, 1024 * 1024)),
        (
            "vi-nfd-8k",
            common::nfd(&common::sized(common::NEWS_VI, 8 * 1024)),
        ),
        ("en-ascii-8k", common::sized(common::NEWS_EN, 8 * 1024)),
    ];
    for (name, text) in &inputs {
        // Checked once, outside the timed loop: the news text has abbreviations to expand.
        if name.starts_with("vi-nfc") {
            let out = expander.expand(text);
            assert!(out.len() > text.len() && out.contains("Hội đồng nhân dân"));
        }
        let mut group = c.benchmark_group(format!("abbrev/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("vietnamese::abbrev::expand", |b| {
            b.iter(|| expander.expand(black_box(text)).len())
        });
        group.bench_function("matches (count)", |b| {
            b.iter(|| expander.matches(black_box(text)).count())
        });
        group.bench_function("naive split + HashMap (baseline)", |b| {
            b.iter(|| naive(&map, black_box(text)))
        });
        group.finish();
    }

    let mut group = c.benchmark_group("abbrev/build");
    group.bench_function("Dictionary::from_tsv (built-in TSV)", |b| {
        let tsv = include_str!("../data/abbreviations.tsv");
        b.iter(|| Dictionary::from_tsv(black_box(tsv)).map(|d| d.len()))
    });
    group.bench_function("Expander::new (built-in dictionary)", |b| {
        b.iter(|| Expander::new(black_box(dict.clone()), ExpandOptions::default()))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::config();
    targets = bench
}
criterion_main!(benches);
