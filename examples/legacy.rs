//! Decode, encode, detect or repair legacy Vietnamese text from a file or stdin.
//!
//! ```text
//! cargo run --example legacy -- decode [--lossy] ENCODING [FILE]   # legacy bytes -> UTF-8
//! cargo run --example legacy -- encode [--lossy] ENCODING [FILE]   # UTF-8 -> legacy bytes
//! cargo run --example legacy -- detect [FILE]                      # which encoding is it?
//! cargo run --example legacy -- repair [--as ENCODING] [FILE]      # fix "font text" (UTF-8)
//! ```
//!
//! ENCODING is one of TCVN3, VNI, VISCII, VPS, CP1258, VIQR. Errors are printed with their
//! byte offsets and the program exits with status 1.

use std::io::{Read, Write};
use std::process::ExitCode;

use vietnamese::legacy::{self, LegacyEncoding};

fn usage() -> ExitCode {
    eprintln!(
        "usage: legacy decode [--lossy] ENCODING [FILE]\n       legacy encode [--lossy] ENCODING [FILE]\n       legacy detect [FILE]\n       legacy repair [--as ENCODING] [FILE]\nENCODING: TCVN3 VNI VISCII VPS CP1258 VIQR"
    );
    ExitCode::from(2)
}

fn read_input(path: Option<&String>) -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    match path {
        Some(p) => buf = std::fs::read(p)?,
        None => {
            std::io::stdin().read_to_end(&mut buf)?;
        }
    }
    Ok(buf)
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let lossy = take_flag(&mut args, "--lossy");
    let as_enc = match take_value(&mut args, "--as").map(|s| s.parse::<LegacyEncoding>()) {
        Some(Ok(e)) => Some(e),
        Some(Err(e)) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
        None => None,
    };
    let Some(command) = args.first().cloned() else {
        return usage();
    };
    let needs_encoding = matches!(command.as_str(), "decode" | "encode");
    let encoding = if needs_encoding {
        match args.get(1).map(|s| s.parse::<LegacyEncoding>()) {
            Some(Ok(e)) => Some(e),
            Some(Err(e)) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
            None => return usage(),
        }
    } else {
        None
    };
    let path = args.get(if needs_encoding { 2 } else { 1 });
    let input = match read_input(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: cannot read input: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut stdout = std::io::stdout().lock();
    let result = match (command.as_str(), encoding) {
        ("decode", Some(enc)) => {
            let text = if lossy {
                Ok(legacy::decode_lossy(&input, enc))
            } else {
                legacy::decode(&input, enc)
            };
            match text {
                Ok(t) => stdout.write_all(t.as_bytes()),
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        ("encode", Some(enc)) => {
            let Ok(text) = std::str::from_utf8(&input) else {
                eprintln!("error: input is not UTF-8");
                return ExitCode::FAILURE;
            };
            let bytes = if lossy {
                Ok(legacy::encode_lossy(text, enc))
            } else {
                legacy::encode(text, enc)
            };
            match bytes {
                Ok(b) => stdout.write_all(&b),
                Err(e) => {
                    let line = text[..e.offset()].matches('\n').count() + 1;
                    eprintln!("error: line {line}: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        ("detect", None) => match legacy::detect(&input) {
            Some(d) => writeln!(stdout, "{} (confidence {:.2})", d.encoding, d.confidence),
            None => match std::str::from_utf8(&input)
                .ok()
                .and_then(legacy::detect_font_text)
            {
                Some(d) => writeln!(
                    stdout,
                    "UTF-8 font text in {} (confidence {:.2}); run `repair`",
                    d.encoding, d.confidence
                ),
                None => writeln!(stdout, "UTF-8 or ASCII: no legacy encoding detected"),
            },
        },
        ("repair", None) => {
            let Ok(text) = std::str::from_utf8(&input) else {
                eprintln!("error: input is not UTF-8 (decode legacy bytes with `decode`)");
                return ExitCode::FAILURE;
            };
            let fixed = match as_enc {
                Some(enc) => legacy::repair_font_text_as(text, enc),
                None => legacy::repair_font_text(text),
            };
            stdout.write_all(fixed.as_bytes())
        }
        _ => return usage(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write output: {e}");
            ExitCode::FAILURE
        }
    }
}

fn take_flag(args: &mut Vec<String>, flag: &str) -> bool {
    let before = args.len();
    args.retain(|a| a != flag);
    args.len() != before
}

fn take_value(args: &mut Vec<String>, flag: &str) -> Option<String> {
    let i = args.iter().position(|a| a == flag)?;
    args.remove(i);
    (i < args.len()).then(|| args.remove(i))
}
