//! Tokenizes standard input: one token per line (`offset<TAB>kind<TAB>text`), or with
//! `--sentences` one sentence per line.
//!
//! ```text
//! echo "TP.HCM tăng 1,33%." | cargo run --example tokenize
//! cargo run --example tokenize -- --sentences < bai-bao.txt
//! ```

use std::io::{self, Read, Write};

fn main() -> io::Result<()> {
    let mut sentences = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--sentences" | "-s" => sentences = true,
            "--help" | "-h" => {
                println!("usage: tokenize [--sentences] < text");
                return Ok(());
            }
            other => {
                eprintln!("tokenize: unknown argument {other:?} (try --help)");
                std::process::exit(2);
            }
        }
    }
    let mut text = String::new();
    io::stdin().read_to_string(&mut text)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if sentences {
        for s in vietnamese::sentences(&text) {
            // A sentence may span lines; keep one sentence per output line.
            let line: Vec<&str> = s.text.split_whitespace().collect();
            writeln!(out, "{}", line.join(" "))?;
        }
    } else {
        for t in vietnamese::tokens(&text) {
            writeln!(out, "{}\t{}\t{}", t.offset, t.kind, t.text)?;
        }
    }
    out.flush()
}
