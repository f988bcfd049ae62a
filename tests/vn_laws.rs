//! Runs the tokenizer and the sentence splitter over the statutes in `../shared/data/vn-laws`
//! (10 million characters of administrative Vietnamese) when that folder is present: no panic,
//! the documented invariants hold, and the time grows linearly with the input. Skips otherwise.

use std::path::Path;
use std::time::Instant;

use vietnamese::token::is_separator;
use vietnamese::{TokenKind, sentences, tokens};

fn corpus() -> Option<Vec<(String, String)>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/vn-laws");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let texts: Vec<(String, String)> = files
        .into_iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some((name, std::fs::read_to_string(&p).ok()?))
        })
        .collect();
    (!texts.is_empty()).then_some(texts)
}

#[test]
fn statutes_tokenize_and_split() {
    let Some(texts) = corpus() else {
        eprintln!("skipped: ../shared/data/vn-laws is absent");
        return;
    };
    let mut bytes = 0;
    let mut token_count = 0;
    let mut abbreviations = std::collections::BTreeMap::<String, usize>::new();
    for (name, text) in &texts {
        bytes += text.len();
        let mut last = 0;
        for t in tokens(text) {
            assert!(t.offset >= last, "{name}: offsets go back at {}", t.offset);
            assert_eq!(&text[t.range()], t.text, "{name}");
            assert!(
                text[last..t.offset].chars().all(is_separator),
                "{name}: lost text at {last}"
            );
            if t.kind == TokenKind::Abbreviation {
                *abbreviations.entry(t.text.to_string()).or_default() += 1;
            }
            last = t.end();
            token_count += 1;
        }
        let mut last = 0;
        for s in sentences(text) {
            assert!(s.offset >= last);
            assert_eq!(&text[s.range()], s.text);
            assert!(
                text[last..s.offset].chars().all(is_separator),
                "{name}: lost text at {last}"
            );
            last = s.end();
        }
    }
    let mut top: Vec<_> = abbreviations.into_iter().collect();
    top.sort_by_key(|e| std::cmp::Reverse(e.1));
    eprintln!(
        "{} files, {bytes} bytes, {token_count} tokens; most frequent abbreviations: {:?}",
        texts.len(),
        &top[..top.len().min(25)]
    );
    assert!(token_count > bytes / 10);
}

#[test]
fn time_is_linear() {
    let Some(texts) = corpus() else {
        eprintln!("skipped: ../shared/data/vn-laws is absent");
        return;
    };
    let all: String = texts
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    // A quarter of the corpus and the whole: the time per byte must stay within a broad factor
    // (timings on a shared machine are noisy; a quadratic tokenizer would be off by far more).
    let mut quarter_end = all.len() / 4;
    while !all.is_char_boundary(quarter_end) {
        quarter_end -= 1;
    }
    let quarter = &all[..quarter_end];
    let time = |s: &str| {
        let mut best = f64::MAX;
        for _ in 0..3 {
            let t = Instant::now();
            let n = tokens(s).count() + sentences(s).count();
            std::hint::black_box(n);
            best = best.min(t.elapsed().as_secs_f64());
        }
        best
    };
    let (tq, tall) = (time(quarter), time(&all));
    let ratio = (tall / all.len() as f64) / (tq / quarter.len() as f64);
    eprintln!(
        "quarter {:.1} ms, whole {:.1} ms ({} bytes): time per byte ratio {ratio:.2}",
        tq * 1e3,
        tall * 1e3,
        all.len()
    );
    assert!(
        ratio < 4.0,
        "time per byte grew {ratio:.2}x from a quarter to the whole corpus"
    );
}
