//! Word segmentation from stdin to stdout.
//!
//! By default each line comes out with the syllables of every multi-syllable word joined by `_`
//! (`cải_cách hành_chính`), the form PhoBERT-style models read. With `--words`, one word per line:
//! its byte offset, a tab, the word.
//!
//! ```text
//! echo "Cải cách hành chính ở Quảng Ninh" | cargo run --example segment
//! echo "Cải cách hành chính" | cargo run --example segment -- --words
//! ```

use std::io::{self, BufRead, BufWriter, Write};

fn main() -> io::Result<()> {
    let words = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--words") => true,
        Some(other) => {
            eprintln!("unknown argument {other:?}; usage: segment [--words] < text");
            std::process::exit(2);
        }
    };
    let segmenter = vietnamese::Segmenter::new();
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut line = String::new();
    let mut offset = 0;
    let mut buf = String::new();
    let mut input = stdin.lock();
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            break;
        }
        if words {
            for w in segmenter.segment(&line) {
                writeln!(out, "{}\t{}", offset + w.offset, w.text)?;
            }
        } else {
            buf.clear();
            segmenter.underscored_to(&line, &mut buf);
            out.write_all(buf.as_bytes())?;
        }
        offset += line.len();
    }
    out.flush()
}
