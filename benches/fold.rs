//! Folding throughput against the peers a user would otherwise pick.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

#[path = "common/mod.rs"]
mod common;

/// The naive fold most code starts with: NFD, then drop the combining marks.
fn naive_nfd_strip(s: &str) -> String {
    s.nfd().filter(|&c| !is_combining_mark(c)).collect()
}

fn bench(c: &mut Criterion) {
    for (name, text) in common::inputs() {
        // Checked once, outside the timed loops.
        assert!(vietnamese::fold(&text).is_ascii());
        let mut group = c.benchmark_group(format!("fold/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("vietnamese::fold", |b| {
            b.iter(|| vietnamese::fold(black_box(&text)).len())
        });
        let mut buf = String::new();
        group.bench_function("vietnamese::fold_to", |b| {
            b.iter(|| {
                buf.clear();
                vietnamese::fold_to(black_box(&text), &mut buf);
                buf.len()
            })
        });
        group.bench_function("any_ascii", |b| {
            b.iter(|| any_ascii::any_ascii(black_box(&text)).len())
        });
        group.bench_function("deunicode", |b| {
            b.iter(|| deunicode::deunicode(black_box(&text)).len())
        });
        group.bench_function("naive NFD + drop marks", |b| {
            b.iter(|| naive_nfd_strip(black_box(&text)).len())
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
