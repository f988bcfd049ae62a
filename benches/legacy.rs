//! Decoding each legacy encoding: ~8 KB and ~1 MB of Vietnamese news text.
//!
//! The corpus is benches/data/news_vi.txt (the fold benches' news text), repeated to size and
//! encoded with the crate. Windows-1258 is compared side by side with encoding_rs
//! (WINDOWS_1258) followed by unicode-normalization's `nfc()`, which is what a user would
//! otherwise write to get composed text.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use unicode_normalization::UnicodeNormalization;
use vietnamese::legacy::{LegacyEncoding, decode, encode};

const NEWS: &str = include_str!("data/news_vi.txt");

fn text_of(len: usize) -> String {
    let mut s = String::with_capacity(len + NEWS.len());
    while s.len() < len {
        s.push_str(NEWS);
    }
    s
}

fn peer_cp1258(bytes: &[u8]) -> String {
    let (cow, _, _) = encoding_rs::WINDOWS_1258.decode(bytes);
    cow.nfc().collect()
}

fn bench_decode(c: &mut Criterion) {
    for (label, len) in [("8KB", 8 * 1024), ("1MB", 1024 * 1024)] {
        let text = text_of(len);
        let mut group = c.benchmark_group(format!("legacy_decode_{label}"));
        for enc in LegacyEncoding::ALL {
            let bytes = encode(&text, enc).expect("the corpus is encodable");
            // Checked once, outside the timed loop.
            assert_eq!(decode(&bytes, enc).unwrap(), text, "{enc}");
            group.throughput(Throughput::Bytes(bytes.len() as u64));
            group.bench_with_input(BenchmarkId::new("vietnamese", enc), &bytes, |b, bytes| {
                b.iter(|| decode(black_box(bytes), enc))
            });
            if enc == LegacyEncoding::Cp1258 {
                assert_eq!(peer_cp1258(&bytes), text);
                group.bench_with_input(
                    BenchmarkId::new("encoding_rs+nfc", enc),
                    &bytes,
                    |b, bytes| b.iter(|| peer_cp1258(black_box(bytes))),
                );
            }
        }
        group.finish();
    }
}

criterion_group!(benches, bench_decode);
criterion_main!(benches);
