//! Normalizes Vietnamese text from standard input to standard output.
//!
//! ```text
//! cargo run --example normalize -- [--placement as-written|first-vowel|main-vowel] [--web] < in.txt
//! ```
//!
//! `--placement` chooses where the tone mark goes in open oa/oe/uy (hòa / hoà); `--web` also
//! turns NBSP into spaces, removes invisible characters and collapses whitespace.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use vietnamese::{NormalizeOptions, Normalizer, TonePlacement};

fn main() -> ExitCode {
    let mut options = NormalizeOptions::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--placement" => {
                let value = args.next().unwrap_or_default();
                options = options.tone_placement(match value.as_str() {
                    "as-written" => TonePlacement::AsWritten,
                    "first-vowel" => TonePlacement::FirstVowel,
                    "main-vowel" => TonePlacement::MainVowel,
                    other => {
                        eprintln!(
                            "unknown placement {other:?}: as-written, first-vowel or main-vowel"
                        );
                        return ExitCode::from(2);
                    }
                });
            }
            "--web" => options = options.web_text(true),
            "-h" | "--help" => {
                println!(
                    "usage: normalize [--placement as-written|first-vowel|main-vowel] [--web] < in > out"
                );
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("unknown argument {other:?} (try --help)");
                return ExitCode::from(2);
            }
        }
    }
    let mut input = String::new();
    if let Err(e) = io::stdin().read_to_string(&mut input) {
        eprintln!("cannot read standard input as UTF-8: {e}");
        return ExitCode::FAILURE;
    }
    let normalizer = Normalizer::new(options);
    let out = normalizer.normalize(&input);
    if let Err(e) = io::stdout().write_all(out.as_bytes()) {
        eprintln!("cannot write: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
