//! Lists the abbreviations defined in the statutes under `../shared/data/vn-laws` (when present):
//! each short form with its long forms and how often each was seen, the short forms the built-in
//! dictionary lacks first. The output is a list of candidates to verify by hand before any of them
//! goes into `data/abbreviations.tsv`.
//!
//! ```text
//! cargo run --release --example mine_definitions [DIR]
//! ```

fn main() -> std::io::Result<()> {
    use std::collections::BTreeMap;
    use std::time::Instant;
    use vietnamese::abbrev::{DefinitionKind, Expander};

    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/vn-laws".to_string());
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("{dir} is absent; nothing to mine");
        return Ok(());
    };
    let expander = Expander::default();
    let mut found: BTreeMap<String, BTreeMap<String, (usize, String)>> = BTreeMap::new();
    let mut bytes = 0usize;
    let mut elapsed = std::time::Duration::ZERO;
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path)?;
        bytes += text.len();
        let start = Instant::now();
        let expanded = expander.expand(&text);
        let defs: Vec<_> = expander.definitions(&text).collect();
        elapsed += start.elapsed();
        std::hint::black_box(expanded);
        let name = path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        for d in defs {
            if d.kind == DefinitionKind::Named && !d.short_text.chars().any(char::is_uppercase) {
                continue;
            }
            let slot = found
                .entry(d.short_text.to_string())
                .or_default()
                .entry(d.long_text.to_string())
                .or_insert((0, name.clone()));
            slot.0 += 1;
        }
    }
    let mb = bytes as f64 / 1e6;
    eprintln!(
        "{mb:.1} MB expanded and mined in {:.2} s ({:.0} MB/s)",
        elapsed.as_secs_f64(),
        mb / elapsed.as_secs_f64()
    );
    let mut rows: Vec<_> = found.into_iter().collect();
    rows.sort_by_key(|(short, _)| expander.lookup(short).is_some());
    for (short, longs) in rows {
        let known = if expander.lookup(&short).is_some() {
            "known"
        } else {
            "NEW"
        };
        for (long, (n, file)) in longs {
            println!("{known}\t{short}\t{long}\t{n}\t{file}");
        }
    }
    Ok(())
}
