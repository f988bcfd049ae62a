//! Runs the expander over the statutes in `../shared/data/vn-laws` (evaluation data kept outside
//! the repository; the test passes without doing anything when the directory is absent): no panic,
//! spans that slice the text, and time linear in the length of the text.
#![cfg(feature = "abbreviations")]

use std::time::Instant;

use vietnamese::abbrev::Expander;

const DIR: &str = "../shared/data/vn-laws";

#[test]
fn statutes_expand_without_panics_in_linear_time() {
    let Ok(entries) = std::fs::read_dir(DIR) else {
        eprintln!("{DIR} is absent; skipped");
        return;
    };
    let expander = Expander::default();
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    let mut largest = String::new();
    let mut files = 0;
    for path in paths {
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        files += 1;
        for m in expander.matches(&text) {
            assert_eq!(&text[m.span.clone()], m.text, "{}", path.display());
        }
        for d in expander.definitions(&text) {
            assert_eq!(&text[d.long.clone()], d.long_text, "{}", path.display());
        }
        let out = expander.expand(&text);
        assert!(out.len() >= text.len() / 2);
        if text.len() > largest.len() {
            largest = text;
        }
    }
    assert!(files > 0, "no .txt file in {DIR}");

    // Linear time: the whole of the largest statute costs about twice its first half. The bound is
    // loose (machines are shared, timings noisy); a quadratic expander would be far above it.
    let mut half = largest.len() / 2;
    while !largest.is_char_boundary(half) {
        half -= 1;
    }
    let time = |s: &str| {
        let start = Instant::now();
        for _ in 0..3 {
            std::hint::black_box(expander.expand(s));
        }
        start.elapsed().as_secs_f64()
    };
    let (t_half, t_full) = (time(&largest[..half]), time(&largest));
    assert!(
        t_full < 6.0 * t_half + 0.05,
        "full {t_full:.3}s vs half {t_half:.3}s: not linear"
    );
}
