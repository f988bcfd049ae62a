//! Makes URL slugs from headlines.
//!
//! ```text
//! cargo run --example slugify -- "Hà Tĩnh trao đổi, học tập kinh nghiệm CCHC ở Quảng Ninh"
//! cargo run --example slugify -- --separator " " "Hà Nội"
//! printf 'Hà Nội\nĐà Nẵng\n' | cargo run --example slugify -- --max-len 20
//! ```
//!
//! With arguments, each argument is one headline; without, each line of standard input is one.
//! Prints one slug per line.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use vietnamese::{InnerPunctuation, SlugOptions, Slugifier};

const USAGE: &str = "usage: slugify [--separator SEP] [--max-len N] [--keep-case] [--join] \
[--symbols] [HEADLINE...]
  --separator SEP  text between words (default \"-\")
  --max-len N      cut the slug to at most N bytes at a word boundary
  --keep-case      do not lowercase
  --join           join letters and digits across inner . , ' (TP.HCM -> tphcm)
  --symbols        write % & + = ₫ $ € as Vietnamese words
Without HEADLINE arguments, reads one headline per line from standard input.";

fn main() -> ExitCode {
    let mut options = SlugOptions::new();
    let mut headlines = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--separator" | "-s" => match args.next() {
                Some(sep) => options.separator = sep,
                None => return usage_error("--separator needs a value"),
            },
            "--max-len" | "-m" => match args.next().map(|v| v.parse::<usize>()) {
                Some(Ok(n)) => options.max_len = Some(n),
                Some(Err(e)) => return usage_error(&format!("--max-len: {e}")),
                None => return usage_error("--max-len needs a value"),
            },
            "--keep-case" => options.lowercase = false,
            "--join" => options.inner_punctuation = InnerPunctuation::Join,
            "--symbols" => options.symbol_words = true,
            "--help" | "-h" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--" => headlines.extend(args.by_ref()),
            flag if flag.starts_with("--") => {
                return usage_error(&format!("unknown flag {flag}"));
            }
            _ => headlines.push(arg),
        }
    }
    let slugifier = Slugifier::new(options);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if headlines.is_empty() {
        slug_lines(&slugifier, io::stdin().lock(), &mut out)
    } else {
        headlines
            .iter()
            .try_for_each(|h| writeln!(out, "{}", slugifier.slugify(h)))
    };
    match result.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is not an error worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("slugify: {e}");
            ExitCode::FAILURE
        }
    }
}

/// One slug per input line; a line that is not UTF-8 is reported with its number and skipped.
fn slug_lines(slugifier: &Slugifier, input: impl BufRead, out: &mut impl Write) -> io::Result<()> {
    let mut slug = String::new();
    for (n, line) in input.split(b'\n').enumerate() {
        let line = line?;
        match std::str::from_utf8(&line) {
            Ok(text) => {
                slug.clear();
                slugifier.slugify_to(text.trim_end_matches('\r'), &mut slug);
                writeln!(out, "{slug}")?;
            }
            Err(e) => eprintln!("slugify: line {}: not UTF-8 ({e}); skipped", n + 1),
        }
    }
    Ok(())
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("slugify: {message}\n{USAGE}");
    ExitCode::from(2)
}
