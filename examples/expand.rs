//! Expands the abbreviations of the text on standard input.
//!
//! ```text
//! echo "Chủ tịch UBND tỉnh, BTV Tỉnh ủy" | cargo run --example expand
//! echo "Chủ tịch UBND tỉnh, BTV Tỉnh ủy" | cargo run --example expand -- --matches
//! ```
//!
//! With `--matches`, lists each abbreviation instead: byte span, text, key, chosen expansion, why
//! it was chosen, and the alternatives. `--keep` keeps the abbreviation in brackets; `--formal`
//! leaves informal spellings ("ko", "đc") alone.

use std::io::{self, Read, Write};

fn main() -> io::Result<()> {
    use vietnamese::abbrev::{Dictionary, ExpandOptions, Expander, MatchKind};

    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    if let Some(other) = args
        .iter()
        .find(|a| !matches!(a.as_str(), "--matches" | "--keep" | "--formal"))
    {
        eprintln!("unknown argument {other:?}; expected --matches, --keep or --formal");
        std::process::exit(2);
    }
    let options = ExpandOptions::default()
        .keep_abbreviation(flag("--keep"))
        .informal(!flag("--formal"));
    let expander = Expander::new(Dictionary::builtin(), options);

    let mut text = String::new();
    io::stdin().read_to_string(&mut text)?;
    let mut out = io::stdout().lock();
    if flag("--matches") {
        for m in expander.matches(&text) {
            let why = match &m.kind {
                MatchKind::Dictionary { .. } => "dictionary".to_string(),
                MatchKind::Definition { long } => format!("defined in the text at {long:?}"),
                MatchKind::DefinitionSite { long: Some(long) } => {
                    format!("definition site, long form at {long:?}")
                }
                MatchKind::DefinitionSite { long: None } => "in brackets, kept".to_string(),
                _ => "other".to_string(),
            };
            let alternatives: Vec<&str> = m.alternatives().map(|s| s.expansion.as_str()).collect();
            writeln!(
                out,
                "{:?}\t{}\t{}\t{}\t{}\t{}",
                m.span,
                m.text,
                m.key,
                m.expansion,
                why,
                alternatives.join(" | ")
            )?;
        }
    } else {
        out.write_all(expander.expand(&text).as_bytes())?;
    }
    Ok(())
}
