//! Folds standard input to ASCII on standard output, streaming in constant memory.
//!
//! ```text
//! echo "Hà Tĩnh trao đổi" | cargo run --example fold
//! cargo run --release --example fold < big-file.txt > big-file.ascii.txt
//! ```
//!
//! Input is read in blocks of 64 KiB and each block is cut at a point where folding the two
//! parts apart gives the same text as folding them together (after an ASCII space or line
//! break), so memory stays constant however long the lines are. Input that is not UTF-8 is an
//! error naming the byte offset.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

const BLOCK: usize = 64 * 1024;

fn main() -> ExitCode {
    match run(io::stdin().lock(), io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fold: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(mut input: impl Read, output: impl Write) -> io::Result<()> {
    let mut out = BufWriter::new(output);
    let mut buf = vec![0u8; BLOCK];
    // Bytes carried over from the previous block: an unfinished line tail.
    let mut filled = 0;
    // Offset of `buf[0]` in the whole input, for error messages.
    let mut offset = 0u64;
    let mut folded = String::new();
    loop {
        let read = input.read(&mut buf[filled..])?;
        let end_of_input = read == 0;
        filled += read;
        if filled == 0 {
            break;
        }
        // Fold up to a safe cut; keep the rest for the next round.
        let cut = if end_of_input {
            filled
        } else {
            safe_cut(&buf[..filled], filled == buf.len())
        };
        let text = match std::str::from_utf8(&buf[..cut]) {
            Ok(text) => text,
            Err(e) if e.error_len().is_none() && !end_of_input => {
                // A character cut by the block boundary: wait for the rest of it.
                std::str::from_utf8(&buf[..e.valid_up_to()]).unwrap_or_default()
            }
            Err(e) => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "input is not UTF-8 at byte offset {}",
                        offset + e.valid_up_to() as u64
                    ),
                ));
            }
        };
        let used = text.len();
        folded.clear();
        vietnamese::fold_to(text, &mut folded);
        out.write_all(folded.as_bytes())?;
        buf.copy_within(used..filled, 0);
        filled -= used;
        offset += used as u64;
        if end_of_input && filled == 0 {
            break;
        }
        if end_of_input {
            // Only an incomplete character can be left over at the end.
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("input ends inside a UTF-8 character at byte offset {offset}"),
            ));
        }
    }
    out.flush()
}

/// Where to cut `block` so that its two parts fold the same apart as together: just after the
/// last ASCII space, tab or line break (a combining mark after it attaches to no letter). When
/// the block is full and has none, between two ASCII bytes (neither composes with anything);
/// failing that, at the last character boundary, the one place where a combining sequence may
/// be split (text with no ASCII in 64 KiB).
fn safe_cut(block: &[u8], full: bool) -> usize {
    if let Some(p) = block
        .iter()
        .rposition(|&b| matches!(b, b' ' | b'\n' | b'\t' | b'\r'))
    {
        return p + 1;
    }
    if !full {
        return 0;
    }
    if let Some(p) = block.windows(2).rposition(|w| w[0] < 0x80 && w[1] < 0x80) {
        return p + 1;
    }
    (1..block.len())
        .rev()
        .find(|&p| block[p] & 0xC0 != 0x80)
        .unwrap_or(block.len())
}
