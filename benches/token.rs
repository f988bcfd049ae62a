//! Tokenizer throughput: `vietnamese::tokens` against unicode-segmentation's word bounds and a
//! regex tokenizer of the kind Vietnamese Python toolkits use, on Vietnamese news (NFC and NFD)
//! and ASCII English, at 8 KB and 1 MB (the two sizes show the time is linear).

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use regex::Regex;
use unicode_segmentation::UnicodeSegmentation;

#[path = "common/mod.rs"]
mod common;

use common::{NEWS_EN as EN, NEWS_VI as VI, sized};

/// A regex tokenizer in the style of the Python toolkits (underthesea's `regex_tokenize` and its
/// kin): one alternation of abbreviation | URL | e-mail | date | number | word | other, tried
/// left to right at each position.
fn regex_tokenizer() -> Regex {
    let abbreviation = r"(?:[A-ZĐ]+\.(?:[A-ZĐ]+\.?)*|Tp\.|Th\.S|v\.v\.)";
    let url = r"(?:\w+://\S+)";
    let email = r"(?:[\w.+-]+@(?:[\w-]+\.)+[\w-]+)";
    let date = r"(?:\d{1,2}/\d{1,2}(?:/\d+)?|\d{1,2}-\d{1,2}(?:-\d+)?)";
    let time = r"(?:\d{1,2}h\d{0,2}|\d{1,2}:\d{2})";
    let number = r"(?:\d+(?:[.,]\d+)*%?)";
    let word = r"(?:\w+(?:-\w+)*)";
    let other = r"(?:\.\.\.|[^\w\s])";
    Regex::new(&[abbreviation, url, email, date, time, number, word, other].join("|"))
        .expect("the pattern compiles")
}

fn bench(c: &mut Criterion) {
    let re = regex_tokenizer();
    let nfd = common::nfd(VI);
    let inputs = [("vi-nfc", VI), ("vi-nfd", nfd.as_str()), ("en-ascii", EN)];
    for (size_name, size) in [("8KB", 8 * 1024), ("1MB", 1024 * 1024)] {
        let mut group = c.benchmark_group(format!("tokens/{size_name}"));
        if size > 100_000 {
            group.sample_size(10);
        }
        for (name, base) in inputs {
            let text = sized(base, size);
            // Checked once, outside the timed loop: every token slices back to its text and
            // the three tokenizers see a comparable number of tokens.
            let ours = vietnamese::tokens(&text).count();
            assert!(vietnamese::tokens(&text).all(|t| &text[t.range()] == t.text));
            let theirs = text.unicode_word_indices().count();
            let regex = re.find_iter(&text).count();
            assert!(ours > text.len() / 10 && theirs > 0 && regex > 0);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new("vietnamese::tokens", name),
                &text,
                |b, t| b.iter(|| vietnamese::tokens(black_box(t)).count()),
            );
            group.bench_with_input(
                BenchmarkId::new("unicode_word_indices", name),
                &text,
                |b, t| b.iter(|| black_box(t).unicode_word_indices().count()),
            );
            group.bench_with_input(
                BenchmarkId::new("regex (python-style)", name),
                &text,
                |b, t| b.iter(|| re.find_iter(black_box(t)).count()),
            );
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
