//! In-text definitions of abbreviations, after Schwartz & Hearst (2003), "A simple algorithm for
//! identifying abbreviation definitions in biomedical text", adapted to Vietnamese: the letters of
//! the short form are matched, right to left, against the *initials of syllables* (Vietnamese
//! acronyms take one letter per syllable), Đ is its own initial (never D), tone marks and vowel
//! modifiers are ignored (Ư matches "ưu"), hyphens, `&` and periods in the short form are skipped
//! (KT-XH, GD&ĐT, TP.HCM), and a capital followed by lower-case letters that spell a consonant
//! cluster stands for that cluster (Th = "thạc", Tr = "trung").

use std::ops::Range;

use super::scan::{
    char_before, eq_ignore_case, is_mark, is_word_char, syllable_prefix, word_char_at,
};

/// How an in-text definition was written.
///
/// # Examples
///
/// ```
/// use vietnamese::abbrev::{definitions, DefinitionKind};
///
/// let d: Vec<_> = definitions("Hội đồng nhân dân (HĐND) tỉnh").collect();
/// assert_eq!(d[0].kind, DefinitionKind::Parenthesized);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefinitionKind {
    /// The long form, then the short form in parentheses: "cải cách hành chính (CCHC)".
    Parenthesized,
    /// The short form, then the long form in parentheses: "CCHC (cải cách hành chính)".
    Reversed,
    /// A named short form: "… (gọi tắt là Đề án 25)", "(sau đây gọi là Quỹ)".
    Named,
    /// The short form in parentheses after one of its dictionary expansions, where the letters do
    /// not match the syllables (an English acronym): "chỉ số năng lực cạnh tranh cấp tỉnh (PCI)".
    Dictionary,
}

/// An abbreviation defined in the text itself, with the spans of both forms.
///
/// Found by [`definitions`](crate::abbrev::definitions) and
/// [`Expander::definitions`](crate::abbrev::Expander::definitions); within one text a definition
/// overrides the dictionary for later occurrences of its short form.
///
/// # Examples
///
/// The spans slice the input:
///
/// ```
/// let text = "công tác cải cách hành chính (CCHC) của tỉnh";
/// let d = vietnamese::abbrev::definitions(text).next().unwrap();
/// assert_eq!(&text[d.short.clone()], "CCHC");
/// assert_eq!(&text[d.long.clone()], "cải cách hành chính");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Definition<'t> {
    /// Byte range of the short form.
    pub short: Range<usize>,
    /// Byte range of the long form.
    pub long: Range<usize>,
    /// The short form as written: "CCHC".
    pub short_text: &'t str,
    /// The long form as written: "cải cách hành chính".
    pub long_text: &'t str,
    /// How the definition was written.
    pub kind: DefinitionKind,
}

/// The phrases that introduce a named short form inside parentheses, longest first.
const NAMING_PHRASES: &[&str] = &[
    "sau đây gọi tắt là",
    "sau đây gọi chung là",
    "sau đây được gọi là",
    "sau đây viết tắt là",
    "sau đây gọi là",
    "gọi tắt là",
    "viết tắt là",
    "gọi chung là",
    "gọi là",
];

/// Consonant clusters that a capital followed by lower-case letters may spell in a short form.
const CLUSTERS: &[&str] = &[
    "NGH", "CH", "GH", "GI", "KH", "NG", "NH", "PH", "QU", "TH", "TR",
];

/// Whether `s` looks like an abbreviation that could be defined: 2 to 16 characters, starting with
/// a letter, at least two capitals (or a capital and a digit), only letters, digits and the
/// joiners `. - & /`, no spaces except around a hyphen.
pub(crate) fn is_short_form(s: &str) -> bool {
    let n = s.chars().count();
    if !(2..=16).contains(&n) || !s.chars().next().is_some_and(char::is_alphabetic) {
        return false;
    }
    let mut upper = 0;
    let mut digits = 0;
    let mut lower = 0;
    for c in s.chars() {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        } else if c.is_ascii_digit() {
            digits += 1;
        } else if !(is_mark(c) || matches!(c, '.' | '-' | '&' | '/' | ' ' | '–')) {
            return false;
        }
    }
    if s.contains(' ') && !(s.contains(" - ") || s.contains(" – ")) {
        return false;
    }
    (upper >= 2 || (upper == 1 && digits >= 1)) && lower <= upper + 1
}

/// The units of a short form, each to be matched against a syllable initial.
fn units(short: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open = false; // whether the last unit may still grow into a cluster
    for c in short.chars().filter(|&c| !is_mark(c)) {
        if c.is_uppercase() {
            out.push(syllable_prefix(&c.to_string(), 1));
            open = true;
        } else if c.is_lowercase() {
            let k = syllable_prefix(&c.to_string(), 1);
            if open {
                if let Some(last) = out.last_mut() {
                    let grown = format!("{last}{k}");
                    if CLUSTERS.iter().any(|cl| cl.starts_with(grown.as_str())) {
                        *last = grown;
                        continue;
                    }
                }
            }
            open = false;
        } else {
            open = false;
        }
    }
    out
}

/// A syllable of a candidate long form: its byte range.
#[derive(Clone, Copy)]
struct Syllable {
    start: usize,
    end: usize,
}

fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        '.' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | ',' | '\n' | '\r' | '"' | '“' | '”'
    )
}

/// The syllables before byte `end`, nearest last, back to a clause boundary or at most `max`.
fn syllables_before(text: &str, end: usize, max: usize) -> Vec<Syllable> {
    let mut out = Vec::new();
    let mut i = end;
    while out.len() < max {
        // Skip spaces and in-clause connectors (the "-" of "kinh tế - xã hội", "&").
        let mut j = i;
        loop {
            match char_before(text, j) {
                Some(c) if c.is_whitespace() && c != '\n' && c != '\r' => j -= c.len_utf8(),
                Some(c @ ('-' | '–' | '&' | '/')) => j -= c.len_utf8(),
                _ => break,
            }
        }
        match char_before(text, j) {
            Some(c) if is_word_char(c) => {}
            _ => break,
        }
        let mut s = j;
        while let Some(c) = char_before(text, s) {
            if is_word_char(c) {
                s -= c.len_utf8();
            } else {
                break;
            }
        }
        // A syllable glued to a clause break ("nước.Tỉnh") ends the clause.
        if char_before(text, s).is_some_and(is_clause_break) && s == j {
            break;
        }
        out.push(Syllable { start: s, end: j });
        i = s;
        if char_before(text, s).is_some_and(is_clause_break) {
            break;
        }
    }
    out.reverse();
    out
}

/// The syllables of `text[range]`, or `None` if it holds anything but words, spaces and the
/// connectors `- – &` (a digit counts as a word).
fn syllables_in(text: &str, range: Range<usize>) -> Option<Vec<Syllable>> {
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        let c = text[i..].chars().next()?;
        if is_word_char(c) {
            let mut e = i;
            while e < range.end && word_char_at(text, e) {
                e += text[e..].chars().next().map_or(1, char::len_utf8);
            }
            out.push(Syllable { start: i, end: e });
            i = e;
        } else if c.is_whitespace() || matches!(c, '-' | '–' | '&') {
            i += c.len_utf8();
        } else {
            return None;
        }
    }
    Some(out)
}

fn unit_matches(text: &str, syllable: Syllable, unit: &str) -> bool {
    syllable_prefix(&text[syllable.start..syllable.end], unit.chars().count()) == unit
}

/// The longest window of syllables Schwartz & Hearst look at for a short form of `n` letters.
fn window(n: usize) -> usize {
    (n + 5).min(n * 2)
}

/// Finds the long form of `short` ending right before byte `end`: the shortest run of syllables
/// whose initials spell the short form, matched right to left.
pub(crate) fn long_form_before(text: &str, end: usize, short: &str) -> Option<Range<usize>> {
    let units = units(short);
    if units.len() < 2 {
        return None;
    }
    let syl = syllables_before(text, end, window(units.len()));
    let mut j = syl.len();
    for unit in units.iter().rev() {
        loop {
            if j == 0 {
                return None;
            }
            j -= 1;
            if unit_matches(text, syl[j], unit) {
                break;
            }
        }
    }
    let last = syl.last()?;
    Some(syl[j].start..last.end)
}

/// Whether `text[range]` spells `short` left to right, syllable by syllable, starting with its
/// first syllable and ending within one syllable of its last.
fn long_form_after(text: &str, range: Range<usize>, short: &str) -> bool {
    let units = units(short);
    if units.len() < 2 {
        return false;
    }
    let Some(syl) = syllables_in(text, range) else {
        return false;
    };
    if syl.len() < units.len()
        || syl.len() > window(units.len())
        || syl
            .iter()
            .any(|s| text[s.start..s.end].chars().any(|c| c.is_ascii_digit()))
    {
        return false;
    }
    let mut j = 0;
    for (k, unit) in units.iter().enumerate() {
        loop {
            if j >= syl.len() || (k == 0 && j > 0) {
                return false;
            }
            j += 1;
            if unit_matches(text, syl[j - 1], unit) {
                break;
            }
        }
    }
    j + 1 >= syl.len()
}

/// Trims spaces, quotes and a trailing colon from a byte range of `text`.
fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let is_trim =
        |c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’' | ':' | ',');
    let start = range.start + (s.len() - s.trim_start_matches(is_trim).len());
    let end = range.end - (s.len() - s.trim_end_matches(is_trim).len());
    start..end.max(start)
}

/// The long form of a named short form that is a phrase ("Ủy ban nhân dân cấp tỉnh"): the clause
/// before the parenthesis, starting at the first place where the phrase's first two syllables
/// occur in it (tone marks, vowel modifiers and case ignored: "Uỷ ban" finds "Ủy ban"), else the
/// whole clause.
fn phrase_long_form(text: &str, end: usize, short: &str) -> Option<Range<usize>> {
    let clause = clause_before(text, end)?;
    let fold = |s: &str| syllable_prefix(s, usize::MAX);
    let head: Vec<String> = short.split_whitespace().take(2).map(fold).collect();
    if head.is_empty() {
        return Some(clause);
    }
    let syl = syllables_in(text, clause.clone()).unwrap_or_else(|| {
        // The clause holds punctuation: split it at anything that is not a word character.
        let mut out = Vec::new();
        let mut i = clause.start;
        while i < clause.end {
            if word_char_at(text, i) {
                let mut e = i;
                while e < clause.end && word_char_at(text, e) {
                    e += text[e..].chars().next().map_or(1, char::len_utf8);
                }
                out.push(Syllable { start: i, end: e });
                i = e;
            } else {
                i += text[i..].chars().next().map_or(1, char::len_utf8);
            }
        }
        out
    });
    let found = syl.windows(head.len()).find(|w| {
        w.iter()
            .zip(&head)
            .all(|(s, h)| fold(&text[s.start..s.end]) == *h)
    });
    Some(found.map_or(clause.clone(), |w| w[0].start..clause.end))
}

/// The long form of a named short form: the clause before the parenthesis, at most 400 bytes.
fn clause_before(text: &str, end: usize) -> Option<Range<usize>> {
    let floor = super::scan::floor_boundary(text, end.saturating_sub(400));
    let mut start = floor;
    for (i, c) in text[floor..end].char_indices().rev() {
        if matches!(c, '.' | ';' | ':' | '!' | '?' | '(' | ')' | '\n' | '\r') {
            start = floor + i + c.len_utf8();
            break;
        }
    }
    let r = trim_range(text, start..end);
    // Start at a word.
    let mut s = r.start;
    while s < r.end && !word_char_at(text, s) {
        s += text[s..].chars().next().map_or(1, char::len_utf8);
    }
    (s < r.end).then_some(s..r.end)
}

/// Every in-text definition in `text`, in order of the parenthesis. `known` says whether a short
/// form has a dictionary sense equal (ignoring case) to a candidate long form, for
/// [`DefinitionKind::Dictionary`].
pub(crate) fn find<'t>(
    text: &'t str,
    known: &dyn Fn(&str, &str) -> bool,
    is_key: &dyn Fn(&str) -> bool,
) -> Vec<Definition<'t>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(p) = text[from..].find('(') {
        let open = from + p;
        from = open + 1;
        // The closing parenthesis, within 300 bytes and with no other '(' before it.
        let limit = (open + 300).min(bytes.len());
        let Some(q) = bytes[open + 1..limit]
            .iter()
            .position(|&b| b == b')' || b == b'(')
        else {
            continue;
        };
        let close = open + 1 + q;
        if bytes[close] != b')' {
            continue;
        }
        let inner = trim_range(text, open + 1..close);
        if inner.is_empty() {
            continue;
        }
        let content = &text[inner.clone()];
        let mut push = |short: Range<usize>, long: Range<usize>, kind| {
            out.push(Definition {
                short_text: &text[short.clone()],
                long_text: &text[long.clone()],
                short,
                long,
                kind,
            });
        };

        // "(sau đây gọi tắt là X)"
        let lower: String = content
            .chars()
            .take(24)
            .flat_map(char::to_lowercase)
            .collect();
        if let Some(phrase) = NAMING_PHRASES.iter().find(|p| lower.starts_with(**p)) {
            // The phrase is the same length in bytes lower-cased (its first letter is ASCII).
            let short = trim_range(text, inner.start + phrase.len()..inner.end);
            if short.is_empty() {
                continue;
            }
            let short_text = &text[short.clone()];
            let long = if is_short_form(short_text) {
                long_form_before(text, open, short_text).or_else(|| clause_before(text, open))
            } else {
                phrase_long_form(text, open, short_text)
            };
            if let Some(long) = long {
                push(short, long, DefinitionKind::Named);
            }
            continue;
        }

        if is_short_form(content) {
            // "long form (SHORT)"
            if let Some(long) = long_form_before(text, open, content) {
                push(inner, long, DefinitionKind::Parenthesized);
                continue;
            }
            if is_key(content) {
                let before = text[..open].trim_end();
                let candidates = syllables_before(text, before.len(), 24);
                // The longest tail of the clause that equals a dictionary sense.
                if let Some(s) = candidates.iter().find(|s| {
                    known(content, &text[s.start..before.len()])
                        && !text[s.start..before.len()].contains('\n')
                }) {
                    let long = s.start..before.len();
                    push(inner, long, DefinitionKind::Dictionary);
                }
            }
            continue;
        }

        // "SHORT (long form)"
        let before_end = text[..open].trim_end().len();
        let mut s = before_end;
        while let Some(c) = char_before(text, s) {
            if is_word_char(c) || matches!(c, '.' | '-' | '&' | '/') {
                s -= c.len_utf8();
            } else {
                break;
            }
        }
        let short = trim_range(text, s..before_end);
        let short_text = &text[short.clone()];
        if short.is_empty() || !is_short_form(short_text) {
            continue;
        }
        if long_form_after(text, inner.clone(), short_text) {
            push(short, inner, DefinitionKind::Reversed);
        } else if known(short_text, content) {
            push(short, inner, DefinitionKind::Dictionary);
        }
    }
    out
}

/// Whether two long forms are the same words, ignoring case.
pub(crate) fn same_long_form(a: &str, b: &str) -> bool {
    eq_ignore_case(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defs(text: &str) -> Vec<(String, String, DefinitionKind)> {
        find(text, &|_, _| false, &|_| false)
            .into_iter()
            .map(|d| (d.short_text.to_string(), d.long_text.to_string(), d.kind))
            .collect()
    }

    #[test]
    fn short_forms() {
        for s in [
            "CCHC", "HĐND", "KT-XH", "GD&ĐT", "TP.HCM", "ThS", "NSƯT", "U23", "KT - XH",
        ] {
            assert!(is_short_form(s), "{s}");
        }
        for s in ["cải cách", "A", "Hà Nội", "theo BTV", "Covid", "1990"] {
            assert!(!is_short_form(s), "{s}");
        }
        assert_eq!(units("ThS"), ["TH", "S"]);
        assert_eq!(units("KT-XH"), ["K", "T", "X", "H"]);
        assert_eq!(units("HĐND"), ["H", "Đ", "N", "D"]);
        assert_eq!(units("TTg"), ["T", "T"]);
    }

    #[test]
    fn forward_and_reverse() {
        use DefinitionKind::*;
        type Expected<'a> = &'a [(&'a str, &'a str, DefinitionKind)];
        let cases: &[(&str, Expected<'_>)] = &[
            (
                "công tác cải cách hành chính (CCHC) của",
                &[("CCHC", "cải cách hành chính", Parenthesized)],
            ),
            (
                "Chủ tịch Hội đồng nhân dân (HĐND) tỉnh",
                &[("HĐND", "Hội đồng nhân dân", Parenthesized)],
            ),
            (
                "phát triển kinh tế - xã hội (KT-XH)",
                &[("KT-XH", "kinh tế - xã hội", Parenthesized)],
            ),
            (
                "Bộ Giáo dục và Đào tạo (GD&ĐT)",
                &[("GD&ĐT", "Giáo dục và Đào tạo", Parenthesized)],
            ),
            (
                "Theo CCHC (cải cách hành chính), tỉnh",
                &[("CCHC", "cải cách hành chính", Reversed)],
            ),
            (
                "Đề án đào tạo giáo viên (gọi tắt là Đề án 25) được",
                &[("Đề án 25", "Đề án đào tạo giáo viên", Named)],
            ),
            (
                "báo cáo Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương (sau đây gọi chung là Uỷ ban nhân dân cấp tỉnh)",
                &[(
                    "Uỷ ban nhân dân cấp tỉnh",
                    "Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương",
                    Named,
                )],
            ),
            (
                "Ủy ban nhân dân các cấp (sau đây gọi tắt là UBND) có",
                &[("UBND", "Ủy ban nhân dân các cấp", Named)],
            ),
            ("Đất nước (Việt Nam) và UBND (tỉnh Hà Tĩnh)", &[]),
            ("năng lực cạnh tranh (PCI)", &[]),
            ("Đ (D) x", &[]),
        ];
        for (text, want) in cases {
            let got = defs(text);
            let want: Vec<(String, String, DefinitionKind)> = want
                .iter()
                .map(|(s, l, k)| (s.to_string(), l.to_string(), *k))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn d_is_not_đ() {
        assert!(defs("dân đồng (ĐĐ)").is_empty());
        assert!(defs("dân đồng (DD)").is_empty());
        assert_eq!(defs("đồng đội (ĐĐ)").len(), 1);
    }
}
