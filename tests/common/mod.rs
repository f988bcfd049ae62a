//! Helpers shared by the integration tests: reading conformance files and printing code points.

#![allow(dead_code)]

/// One row of a conformance file: its line number and its columns (the `# note` column dropped,
/// `\u{...}` escapes in the columns expanded).
pub struct Row {
    pub line: usize,
    pub cols: Vec<String>,
    pub note: String,
}

/// Parses a `tests/data/*.tsv` file: `#` lines are comments, columns are tab-separated, a last
/// column starting with `# ` is a note.
pub fn rows(tsv: &str) -> Vec<Row> {
    tsv.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#'))
        .filter(|(_, l)| !l.is_empty())
        .map(|(i, l)| {
            let mut cols: Vec<&str> = l.split('\t').collect();
            let note = match cols.last() {
                Some(last) if last.starts_with("# ") => cols.pop().unwrap_or_default(),
                _ => "",
            };
            Row {
                line: i + 1,
                cols: cols.into_iter().map(unescape).collect(),
                note: note.trim_start_matches("# ").to_owned(),
            }
        })
        .collect()
}

/// Expands `\u{XXXX}` escapes.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find("\\u{") {
        out.push_str(&rest[..p]);
        let after = &rest[p + 3..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[p..]);
            return out;
        };
        match u32::from_str_radix(&after[..end], 16)
            .ok()
            .and_then(char::from_u32)
        {
            Some(c) => out.push(c),
            None => out.push_str(&rest[p..p + 3 + end + 1]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The code points of `s`, as `U+0048 U+00E0`.
pub fn code_points(s: &str) -> String {
    s.chars()
        .map(|c| format!("U+{:04X}", c as u32))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Asserts `actual == expected` for a conformance row, printing the line and code points.
pub fn check(file: &str, row: &Row, what: &str, input: &str, expected: &str, actual: &str) -> bool {
    if expected == actual {
        return true;
    }
    eprintln!(
        "{file}:{line}: {what} mismatch ({note})\n  input:    {input:?}\n            {ic}\n  expected: {expected:?}\n            {ec}\n  actual:   {actual:?}\n            {ac}",
        line = row.line,
        note = row.note,
        ic = code_points(input),
        ec = code_points(expected),
        ac = code_points(actual),
    );
    false
}
