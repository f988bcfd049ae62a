//! Slug throughput against the `slug` crate and a deunicode-based slug.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "common/mod.rs"]
mod common;

fn bench(c: &mut Criterion) {
    for (name, text) in common::inputs() {
        // The peers agree on this text (the `slug` crate keeps no separator at the ends either).
        assert!(vietnamese::is_slug(&vietnamese::slugify(&text)));
        let mut group = c.benchmark_group(format!("slug/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("vietnamese::slugify", |b| {
            b.iter(|| vietnamese::slugify(black_box(&text)).len())
        });
        let caption = vietnamese::Slugifier::new(vietnamese::SlugOptions::new().separator(" "));
        group.bench_function("vietnamese::Slugifier (space, caption)", |b| {
            b.iter(|| caption.slugify(black_box(&text)).len())
        });
        group.bench_function("slug::slugify", |b| {
            b.iter(|| slug::slugify(black_box(&text)).len())
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
