//! The compiled expander: lookup tables, sense choice, the match iterator and the rewriting.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::iter::FusedIterator;
use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

use super::define::{self, Definition, DefinitionKind};
use super::dictionary::{ContextPosition, Dictionary, Sense};
use super::scan::{
    FxBuild, at_sentence_start, capitalize_first, ceil_boundary, char_at, char_before, class_at,
    contains_words, ends_with_words, eq_ignore_case, floor_boundary, is_word_char, run_end,
    starts_upper, starts_with_words, word_char_at,
};

/// How an [`Expander`] rewrites text.
///
/// Build one with `ExpandOptions::default()` and the chainable setters.
///
/// # Examples
///
/// Keep the abbreviation in brackets after its expansion, and leave chat spellings alone:
///
/// ```
/// use vietnamese::abbrev::{Dictionary, Expander, ExpandOptions};
///
/// let options = ExpandOptions::default().keep_abbreviation(true).informal(false);
/// let expander = Expander::new(Dictionary::builtin(), options);
/// assert_eq!(expander.expand("UBND tỉnh ko họp"), "Ủy ban nhân dân (UBND) tỉnh ko họp");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ExpandOptions {
    /// Expand informal (chat) spellings such as "ko", "đc", "ntn". Default: `true`.
    pub informal: bool,
    /// Write the abbreviation in brackets after its expansion: "Ủy ban nhân dân (UBND)".
    /// Default: `false`.
    pub keep_abbreviation: bool,
    /// Detect definitions in the text ("cải cách hành chính (CCHC)") and let them override the
    /// dictionary for the rest of the text. Default: `true`. Definition sites are never rewritten
    /// either way.
    pub definitions: bool,
    /// Upper-case the first letter of an expansion that starts a sentence. Default: `true`.
    pub capitalize_sentence_start: bool,
}

impl Default for ExpandOptions {
    fn default() -> Self {
        ExpandOptions {
            informal: true,
            keep_abbreviation: false,
            definitions: true,
            capitalize_sentence_start: true,
        }
    }
}

impl ExpandOptions {
    /// Sets [`ExpandOptions::informal`].
    ///
    /// # Examples
    ///
    /// ```
    /// let o = vietnamese::abbrev::ExpandOptions::default().informal(false);
    /// assert!(!o.informal);
    /// ```
    #[must_use]
    pub fn informal(mut self, yes: bool) -> Self {
        self.informal = yes;
        self
    }

    /// Sets [`ExpandOptions::keep_abbreviation`].
    ///
    /// # Examples
    ///
    /// ```
    /// let o = vietnamese::abbrev::ExpandOptions::default().keep_abbreviation(true);
    /// assert!(o.keep_abbreviation);
    /// ```
    #[must_use]
    pub fn keep_abbreviation(mut self, yes: bool) -> Self {
        self.keep_abbreviation = yes;
        self
    }

    /// Sets [`ExpandOptions::definitions`].
    ///
    /// # Examples
    ///
    /// ```
    /// let o = vietnamese::abbrev::ExpandOptions::default().definitions(false);
    /// assert!(!o.definitions);
    /// ```
    #[must_use]
    pub fn definitions(mut self, yes: bool) -> Self {
        self.definitions = yes;
        self
    }

    /// Sets [`ExpandOptions::capitalize_sentence_start`].
    ///
    /// # Examples
    ///
    /// ```
    /// let o = vietnamese::abbrev::ExpandOptions::default().capitalize_sentence_start(false);
    /// assert!(!o.capitalize_sentence_start);
    /// ```
    #[must_use]
    pub fn capitalize_sentence_start(mut self, yes: bool) -> Self {
        self.capitalize_sentence_start = yes;
        self
    }
}

/// Which sense was chosen for a [`Match`], and why.
///
/// # Examples
///
/// ```
/// use vietnamese::abbrev::MatchKind;
///
/// let m = vietnamese::abbrev::matches("BTV Tỉnh ủy").next().unwrap();
/// assert_eq!(m.kind, MatchKind::Dictionary { sense: 0 });
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MatchKind {
    /// A dictionary sense, by its index in [`Match::senses`] (chosen by the context rules, or the
    /// first sense when none fires).
    Dictionary {
        /// Index into [`Match::senses`].
        sense: usize,
    },
    /// The long form of a definition found earlier in the same text, which overrides the
    /// dictionary.
    Definition {
        /// Byte range of the long form in the text.
        long: Range<usize>,
    },
    /// The abbreviation is itself part of a definition ("cải cách hành chính (CCHC)") or stands
    /// alone in brackets after other words; it is reported but never rewritten.
    DefinitionSite {
        /// Byte range of the long form, when one was found.
        long: Option<Range<usize>>,
    },
}

/// An abbreviation found in a text: where, which key, the chosen expansion and the alternatives.
///
/// Made by [`Matches`]. The expansion is as written in the dictionary (or the text, for an in-text
/// definition); [`Expander::expand`] may capitalize it at a sentence start.
///
/// # Examples
///
/// The match for BTV reports the other sense as an alternative:
///
/// ```
/// let m = vietnamese::abbrev::matches("Theo BTV Tỉnh ủy").next().unwrap();
/// assert_eq!((m.span.clone(), m.key, m.expansion), (5..8, "BTV", "Ban Thường vụ"));
/// let other: Vec<&str> = m.alternatives().map(|s| s.expansion.as_str()).collect();
/// assert_eq!(other, ["biên tập viên"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Match<'a> {
    /// Byte range of the abbreviation in the text (including a period that belongs to it).
    pub span: Range<usize>,
    /// The abbreviation as written: "KT - XH".
    pub text: &'a str,
    /// The dictionary key it was found under ("KT-XH"), or the short form of an in-text definition.
    pub key: &'a str,
    /// The chosen expansion.
    pub expansion: &'a str,
    /// Why this expansion was chosen.
    pub kind: MatchKind,
    /// Every dictionary sense of the key (informal ones only if enabled), the fallback first; empty
    /// for a short form only the text defines.
    pub senses: &'a [Sense],
    capitalize: bool,
}

impl<'a> Match<'a> {
    /// The senses that were not chosen.
    ///
    /// # Examples
    ///
    /// ```
    /// let m = vietnamese::abbrev::matches("HLV của ĐT Việt Nam").nth(1).unwrap();
    /// assert_eq!(m.expansion, "đội tuyển");
    /// assert!(m.alternatives().any(|s| s.expansion == "điện thoại"));
    /// ```
    pub fn alternatives(&self) -> impl Iterator<Item = &'a Sense> + use<'a> {
        let chosen = match self.kind {
            MatchKind::Dictionary { sense } => Some(sense),
            _ => None,
        };
        let chosen_text = self.expansion;
        self.senses
            .iter()
            .enumerate()
            .filter(move |(i, s)| Some(*i) != chosen && s.expansion != chosen_text)
            .map(|(_, s)| s)
    }

    /// Whether [`Expander::expand`] rewrites this match (false for a definition site).
    ///
    /// # Examples
    ///
    /// ```
    /// let m = vietnamese::abbrev::matches("cải cách hành chính (CCHC)").next().unwrap();
    /// assert!(!m.rewrites());
    /// ```
    #[must_use]
    pub fn rewrites(&self) -> bool {
        !matches!(self.kind, MatchKind::DefinitionSite { .. })
    }
}

/// Per-sense context rules, lower-cased once.
#[derive(Debug, Clone)]
struct CompiledRules {
    after: Vec<String>,
    before: Vec<String>,
    near: Vec<String>,
}

#[derive(Debug, Clone)]
struct CompiledEntry {
    key: String,
    /// Senses offered (informal ones dropped when the option is off).
    senses: Vec<Sense>,
    rules: Vec<CompiledRules>,
}

/// A dictionary compiled for fast expansion, with its options.
///
/// Building one indexes every key and its variants (hyphen, period and space spellings: "KT-XH",
/// "KTXH", "KT - XH"; "TP.HCM", "TP HCM", "TPHCM") once; expansion then runs in time linear in
/// the text. `Send + Sync`: share one across threads.
///
/// See also [`expand`](crate::abbrev::expand) (the built-in dictionary with default options) and
/// [`Dictionary`].
///
/// # Examples
///
/// A custom entry added to the built-in dictionary:
///
/// ```
/// use vietnamese::abbrev::{Dictionary, Expander, ExpandOptions};
///
/// let mut dict = Dictionary::builtin();
/// dict.extend_from_tsv("VKTH\tViện Khoa học Tổng hợp\n")?;
/// let expander = Expander::new(dict, ExpandOptions::default());
/// assert_eq!(expander.expand("VKTH và TP HCM"), "Viện Khoa học Tổng hợp và Thành phố Hồ Chí Minh");
/// # Ok::<(), vietnamese::abbrev::DictionaryError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Expander {
    entries: Vec<CompiledEntry>,
    lookup: HashMap<Box<str>, u32, FxBuild>,
    multi_first: HashSet<Box<str>, FxBuild>,
    /// One bit per pair of leading bytes of a lookup key (65,536 bits).
    prefilter: Box<[u64]>,
    /// One bit per pair of bytes that can start a spelling in the text (65,536 bits): a word whose
    /// first two bytes are not here is skipped without finding its exact end.
    starts: Box<[u64]>,
    options: ExpandOptions,
}

/// The lookup form of a spelling: NFC, dashes as "-", no spaces around a hyphen, single spaces.
fn normalize_key(s: &str) -> String {
    let bytes = s.as_bytes();
    if !bytes
        .iter()
        .any(|&b| matches!(b, 0xCC | 0xCD | 0xE2) || b.is_ascii_whitespace())
    {
        // No combining mark (so already NFC as far as a key cares), no dash, no space.
        return s.to_string();
    }
    let composed: Cow<'_, str> = if bytes.iter().any(|&b| matches!(b, 0xCC | 0xCD)) {
        Cow::Owned(s.nfc().collect())
    } else {
        Cow::Borrowed(s)
    };
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in composed.chars() {
        let c = if matches!(c, '–' | '—') { '-' } else { c };
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if pending_space && c != '-' && !out.ends_with('-') && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

/// Spellings derived from a key: without the hyphens or ampersands ("KTXH"), and with an inner
/// period dropped, spaced or followed by a space ("TPHCM", "TP HCM", "TP. HCM").
fn derived_variants(key: &str) -> Vec<String> {
    let mut out = Vec::new();
    let inner = |c: char, s: &str| {
        s.char_indices()
            .any(|(i, x)| x == c && i > 0 && s[i + 1..].chars().next().is_some_and(is_word_char))
    };
    if inner('-', key) {
        out.push(key.replace('-', ""));
    }
    if inner('&', key) {
        out.push(key.replace('&', ""));
        out.push(key.replace('&', "-"));
    }
    if inner('.', key) {
        let mut dropped = String::new();
        let mut spaced = String::new();
        let mut dotted = String::new();
        let chars: Vec<char> = key.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let is_inner = c == '.' && i > 0 && chars.get(i + 1).is_some_and(|&n| is_word_char(n));
            if is_inner {
                spaced.push(' ');
                dotted.push_str(". ");
            } else {
                dropped.push(c);
                spaced.push(c);
                dotted.push(c);
            }
        }
        out.extend([dropped, spaced, dotted]);
    }
    out
}

/// The prefilter bit of a run: its first two bytes (the second is 0 for a one-byte run) and its
/// length in bytes (capped at 15), folded into 65,536 bits. Most words of a text miss.
fn prefilter_bit(b0: u8, b1: u8, len: usize) -> (usize, u64) {
    let key = (u32::from(b0) << 12) | (u32::from(b1) << 4) | len.min(15) as u32;
    let i = (key.wrapping_mul(0x9E37_79B1) >> 16) as usize;
    (i / 64, 1u64 << (i % 64))
}

impl Expander {
    /// Compiles `dictionary` with `options`.
    ///
    /// Costs about a millisecond for the built-in dictionary (see the `abbrev` bench).
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::abbrev::{Dictionary, Expander, ExpandOptions};
    ///
    /// let e = Expander::new(Dictionary::from_tsv("ĐHBK\tĐại học Bách khoa").unwrap(), ExpandOptions::default());
    /// assert_eq!(e.expand("ĐHBK Hà Nội"), "Đại học Bách khoa Hà Nội");
    /// ```
    #[must_use]
    pub fn new(dictionary: Dictionary, options: ExpandOptions) -> Expander {
        let mut entries = Vec::new();
        for (key, senses) in &dictionary {
            let senses: Vec<Sense> = senses
                .iter()
                .filter(|s| options.informal || !s.informal)
                .cloned()
                .collect();
            if senses.is_empty() {
                continue;
            }
            let lower =
                |ps: &[String]| -> Vec<String> { ps.iter().map(|p| p.to_lowercase()).collect() };
            let rules = senses
                .iter()
                .map(|s| {
                    let mut r = CompiledRules {
                        after: Vec::new(),
                        before: Vec::new(),
                        near: Vec::new(),
                    };
                    for rule in &s.context {
                        let list = match rule.position {
                            ContextPosition::After => &mut r.after,
                            ContextPosition::Before => &mut r.before,
                            ContextPosition::Near => &mut r.near,
                        };
                        list.extend(lower(&rule.phrases));
                    }
                    r
                })
                .collect();
            entries.push(CompiledEntry {
                key: key.to_string(),
                senses,
                rules,
            });
        }

        let mut lookup: HashMap<Box<str>, u32, FxBuild> = HashMap::default();
        // Keys first, then explicit variants, then derived ones: an earlier spelling never loses
        // its place to a later one.
        for (i, e) in entries.iter().enumerate() {
            lookup
                .entry(normalize_key(&e.key).into())
                .or_insert(i as u32);
        }
        for (i, e) in entries.iter().enumerate() {
            for v in e.senses.iter().flat_map(|s| &s.variants) {
                lookup.entry(normalize_key(v).into()).or_insert(i as u32);
            }
        }
        for (i, e) in entries.iter().enumerate() {
            let mut spellings = vec![e.key.clone()];
            spellings.extend(e.senses.iter().flat_map(|s| s.variants.iter().cloned()));
            for s in spellings {
                for v in derived_variants(&normalize_key(&s)) {
                    lookup.entry(normalize_key(&v).into()).or_insert(i as u32);
                }
            }
        }

        let mut multi_first: HashSet<Box<str>, FxBuild> = HashSet::default();
        let mut prefilter = vec![0u64; 1024].into_boxed_slice();
        let mut starts = vec![0u64; 1024].into_boxed_slice();
        let mut set_start = |b: &[u8]| match b {
            [] => {}
            [b0] => {
                for b1 in 0..=255u8 {
                    let i = (usize::from(*b0) << 8) | usize::from(b1);
                    starts[i / 64] |= 1 << (i % 64);
                }
            }
            [b0, b1, ..] => {
                let i = (usize::from(*b0) << 8) | usize::from(*b1);
                starts[i / 64] |= 1 << (i % 64);
            }
        };
        let glued: HashSet<&str> = entries
            .iter()
            .filter(|e| e.key.ends_with('.') && e.senses.iter().any(|s| s.place || s.title))
            .map(|e| e.key.as_str())
            .collect();
        for (k, &i) in &lookup {
            let b = k.as_bytes();
            // The run the scanner finds at the start of this spelling.
            let run = if word_char_at(k, 0) {
                run_end(k, 0).0
            } else {
                b.len()
            };
            let b1 = if run >= 2 { b[1] } else { 0 };
            let any_length = glued.contains(entries[i as usize].key.as_str());
            let (w, bit) = prefilter_bit(b[0], b1, run);
            prefilter[w] |= bit;
            set_start(b);
            // The same spelling in NFD, so that decomposed text is filtered alike.
            let d: String = k.nfd().collect();
            if d.len() != k.len() && word_char_at(&d, 0) {
                let db = d.as_bytes();
                let drun = run_end(&d, 0).0;
                let (w, bit) = prefilter_bit(db[0], if drun >= 2 { db[1] } else { 0 }, drun);
                prefilter[w] |= bit;
                set_start(db);
            }
            if any_length {
                // "Q.1", "TP.Vinh": the run goes on past the key's period.
                let b1 = b.get(1).copied().unwrap_or(0);
                for len in b.len()..=15 {
                    let (w, bit) = prefilter_bit(b[0], b1, len);
                    prefilter[w] |= bit;
                }
            }
            if let Some(cut) = k.find([' ', '-']) {
                if cut > 0 {
                    multi_first.insert(k[..cut].into());
                    // "AB - CD": the first run is the part before the hyphen.
                    let first = k[..cut].trim_end_matches('.');
                    if !first.is_empty() {
                        let fb = first.as_bytes();
                        let b1 = if fb.len() >= 2 { fb[1] } else { 0 };
                        let (w, bit) = prefilter_bit(fb[0], b1, fb.len());
                        prefilter[w] |= bit;
                    }
                }
            }
        }
        Expander {
            entries,
            lookup,
            multi_first,
            prefilter,
            starts,
            options,
        }
    }

    /// The options this expander was built with.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::abbrev::{Dictionary, Expander, ExpandOptions};
    ///
    /// let e = Expander::new(Dictionary::new(), ExpandOptions::default().informal(false));
    /// assert!(!e.options().informal);
    /// ```
    #[must_use]
    pub fn options(&self) -> &ExpandOptions {
        &self.options
    }

    /// The senses offered for a spelling (a key or any of its variants), or `None`.
    ///
    /// # Examples
    ///
    /// ```
    /// let e = vietnamese::abbrev::Expander::default();
    /// assert_eq!(e.lookup("KT - XH").unwrap()[0].expansion, "kinh tế - xã hội");
    /// assert_eq!(e.lookup("TP HCM").unwrap()[0].expansion, "Thành phố Hồ Chí Minh");
    /// ```
    #[must_use]
    pub fn lookup(&self, spelling: &str) -> Option<&[Sense]> {
        self.lookup
            .get(normalize_key(spelling).as_str())
            .map(|&i| self.entries[i as usize].senses.as_slice())
    }

    fn find(&self, s: &str) -> Option<u32> {
        self.lookup.get(s).copied()
    }

    /// Rewrites every abbreviation in `text` by its chosen expansion; borrows when nothing changes.
    ///
    /// Only whole tokens are rewritten (never "PCI" in "PCIe"), nothing inside URLs, e-mail
    /// addresses or document numbers ("1234/QĐ-TTg"), and a definition site ("cải cách hành
    /// chính (CCHC)") stays as written. Never panics; linear in the length of the text.
    ///
    /// See also [`Expander::expand_to`] and [`Expander::matches`].
    ///
    /// # Examples
    ///
    /// Senses chosen by context:
    ///
    /// ```
    /// let e = vietnamese::abbrev::Expander::default();
    /// assert_eq!(e.expand("BCH Quân sự tỉnh"), "Ban Chỉ huy Quân sự tỉnh");
    /// assert_eq!(e.expand("BCH Trung ương"), "Ban Chấp hành Trung ương");
    /// ```
    #[must_use]
    pub fn expand<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let mut out = String::new();
        if self.write(text, &mut out) {
            Cow::Owned(out)
        } else {
            Cow::Borrowed(text)
        }
    }

    /// Appends the expansion of `text` to `out`.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut out = String::from("> ");
    /// vietnamese::abbrev::Expander::default().expand_to("HĐND tỉnh", &mut out);
    /// assert_eq!(out, "> Hội đồng nhân dân tỉnh");
    /// ```
    pub fn expand_to(&self, text: &str, out: &mut String) {
        if !self.write(text, out) {
            out.push_str(text);
        }
    }

    /// Writes the rewritten text into `out` if anything changes, and says whether it did.
    fn write(&self, text: &str, out: &mut String) -> bool {
        let mut last = 0;
        let mut changed = false;
        for m in self.matches(text) {
            if !m.rewrites() {
                continue;
            }
            if !changed {
                out.reserve(text.len() + text.len() / 4);
                changed = true;
            }
            out.push_str(&text[last..m.span.start]);
            if m.capitalize {
                out.push_str(&capitalize_first(m.expansion));
            } else {
                out.push_str(m.expansion);
            }
            if self.options.keep_abbreviation {
                out.push_str(" (");
                out.push_str(m.text.trim_end_matches('.'));
                out.push(')');
            }
            // "Q.1" → "quận 1"; a period abbreviation at the end of a line keeps its period.
            if word_char_at(text, m.span.end) {
                out.push(' ');
            } else if m.text.ends_with('.')
                && matches!(text.as_bytes().get(m.span.end), None | Some(b'\n' | b'\r'))
            {
                out.push('.');
            }
            last = m.span.end;
        }
        if changed {
            out.push_str(&text[last..]);
        }
        changed
    }

    /// The abbreviations in `text`, in order, with the chosen sense and the alternatives.
    ///
    /// Definition sites are included (with [`MatchKind::DefinitionSite`]); in-text definitions are
    /// found first, when [`ExpandOptions::definitions`] is on.
    ///
    /// # Examples
    ///
    /// The keys of a sentence:
    ///
    /// ```
    /// let e = vietnamese::abbrev::Expander::default();
    /// let keys: Vec<&str> = e.matches("UBND và HĐND tỉnh, KT - XH").map(|m| m.key).collect();
    /// assert_eq!(keys, ["UBND", "HĐND", "KT-XH"]);
    /// ```
    pub fn matches<'a>(&'a self, text: &'a str) -> Matches<'a> {
        let definitions = if self.options.definitions {
            self.find_definitions(text)
        } else {
            Vec::new()
        };
        let defined: HashMap<String, Vec<usize>, FxBuild> = {
            let mut m: HashMap<String, Vec<usize>, FxBuild> = HashMap::default();
            for (i, d) in definitions.iter().enumerate() {
                if define::is_short_form(d.short_text) && d.kind != DefinitionKind::Dictionary {
                    m.entry(normalize_key(d.short_text)).or_default().push(i);
                }
            }
            m
        };
        let mut defined_first = [false; 256];
        for k in defined.keys() {
            if let Some(&b) = k.as_bytes().first() {
                defined_first[usize::from(b)] = true;
            }
        }
        let mut by_short: Vec<usize> = (0..definitions.len()).collect();
        by_short.sort_by_key(|&i| definitions[i].short.start);
        Matches {
            expander: self,
            text,
            pos: 0,
            by_short,
            defined_first,
            definitions,
            defined,
        }
    }

    /// The definitions of abbreviations written in `text` itself, in order.
    ///
    /// See [`definitions`](crate::abbrev::definitions) for the forms recognized; an expander also
    /// recognizes its dictionary's expansions before an abbreviation in brackets
    /// ([`DefinitionKind::Dictionary`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::abbrev::{DefinitionKind, Expander};
    ///
    /// let text = "chỉ số năng lực cạnh tranh cấp tỉnh (PCI) tăng";
    /// let d: Vec<_> = Expander::default().definitions(text).collect();
    /// assert_eq!(d[0].kind, DefinitionKind::Dictionary);
    /// assert_eq!(d[0].long_text, "chỉ số năng lực cạnh tranh cấp tỉnh");
    /// ```
    pub fn definitions<'t>(&self, text: &'t str) -> Definitions<'t> {
        Definitions {
            inner: self.find_definitions(text).into_iter(),
        }
    }

    fn find_definitions<'t>(&self, text: &'t str) -> Vec<Definition<'t>> {
        if !text.as_bytes().contains(&b'(') {
            return Vec::new();
        }
        let known = |short: &str, long: &str| {
            self.lookup(short).is_some_and(|senses| {
                senses
                    .iter()
                    .any(|s| define::same_long_form(&s.expansion, long))
            })
        };
        let is_key = |short: &str| self.lookup(short).is_some();
        define::find(text, &known, &is_key)
    }

    /// Chooses a sense by the context rules: `after`/`before` rules first (the sense with most
    /// rules firing), else `near` phrases (the sense with most phrases found); ties and texts
    /// where nothing fires go to the first sense.
    fn choose(&self, entry: &CompiledEntry, text: &str, span: &Range<usize>) -> usize {
        if entry.senses.len() == 1 {
            return 0;
        }
        let after_start = span.end
            + text[span.end..]
                .bytes()
                .take_while(|b| *b == b' ' || *b == b'\t')
                .count();
        let lower = |r: Range<usize>| text[r].to_lowercase();
        let any_after = entry.rules.iter().any(|r| !r.after.is_empty());
        let any_before = entry.rules.iter().any(|r| !r.before.is_empty());
        let any_near = entry.rules.iter().any(|r| !r.near.is_empty());
        let after = if any_after {
            lower(after_start..ceil_boundary(text, after_start + 40))
        } else {
            String::new()
        };
        let before_trim = text[..span.start].trim_end_matches([' ', '\t']).len();
        let before = if any_before {
            lower(floor_boundary(text, before_trim.saturating_sub(40))..before_trim)
        } else {
            String::new()
        };
        // The words right after and right before decide first (one point per rule that fires).
        let mut best = (0u32, 0usize);
        if any_after || any_before {
            for (i, r) in entry.rules.iter().enumerate() {
                let score = u32::from(r.after.iter().any(|p| starts_with_words(&after, p)))
                    + u32::from(r.before.iter().any(|p| ends_with_words(&before, p)));
                if score > best.0 {
                    best = (score, i);
                }
            }
            if best.0 > 0 {
                return best.1;
            }
        }
        // Otherwise the phrases nearby, and a capital or a digit after a place abbreviation.
        let window = if any_near {
            lower(
                floor_boundary(text, span.start.saturating_sub(100))
                    ..ceil_boundary(text, span.end + 100),
            )
        } else {
            String::new()
        };
        let next_upper_or_digit = char_at(text, after_start)
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            && after_start > span.end;
        for (i, (sense, r)) in entry.senses.iter().zip(&entry.rules).enumerate() {
            let mut score = r.near.iter().filter(|p| contains_words(&window, p)).count() as u32;
            if sense.place && next_upper_or_digit {
                score += 1;
            }
            if score > best.0 {
                best = (score, i);
            }
        }
        best.1
    }

    /// Whether a word next to the span is an upper-case Vietnamese word that is not an
    /// abbreviation ("CA SĨ"): the span is then part of a headline in capitals, not an abbreviation.
    fn in_capitals(&self, text: &str, span: &Range<usize>) -> bool {
        let word_after = {
            let s = span.end + text[span.end..].bytes().take_while(|&b| b == b' ').count();
            if s > span.end && word_char_at(text, s) {
                Some(&text[s..run_end(text, s).0])
            } else {
                None
            }
        };
        let word_before = {
            let e = span.start
                - text[..span.start]
                    .bytes()
                    .rev()
                    .take_while(|&b| b == b' ')
                    .count();
            if e < span.start {
                let mut s = e;
                while let Some(c) = char_before(text, s) {
                    if is_word_char(c) {
                        s -= c.len_utf8();
                    } else {
                        break;
                    }
                }
                (s < e).then(|| &text[s..e])
            } else {
                None
            }
        };
        [word_after, word_before].into_iter().flatten().any(|w| {
            w.chars().count() >= 2
                && !w.is_ascii()
                && w.chars().all(|c| !c.is_lowercase())
                && w.chars().any(char::is_alphabetic)
                && self.find(&normalize_key(w)).is_none()
        })
    }
}

impl Default for Expander {
    /// The built-in dictionary with default options (what [`expand`](crate::abbrev::expand) uses).
    fn default() -> Self {
        super::DEFAULT.clone()
    }
}

/// The abbreviations of a text, in order; made by [`Expander::matches`] and
/// [`matches`](crate::abbrev::matches).
///
/// # Examples
///
/// ```
/// let spans: Vec<_> = vietnamese::abbrev::matches("Sở GD-ĐT và BHXH").map(|m| m.span).collect();
/// assert_eq!(spans, [5..11, 16..20]);
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct Matches<'a> {
    expander: &'a Expander,
    text: &'a str,
    pos: usize,
    definitions: Vec<Definition<'a>>,
    /// Indices into `definitions`, sorted by the start of the short form.
    by_short: Vec<usize>,
    /// First bytes of the short forms in `defined`, a cheap gate before hashing a run.
    defined_first: [bool; 256],
    defined: HashMap<String, Vec<usize>, FxBuild>,
}

/// Whether the chunk of non-space text around `span` is a URL, an e-mail address, a hashtag or a
/// handle, inside which nothing expands.
fn in_protected_chunk(text: &str, span: &Range<usize>) -> bool {
    let start = text[..span.start]
        .rfind(char::is_whitespace)
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let end = text[span.end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| span.end + i);
    let chunk = &text[start..end];
    (chunk.contains(':') && chunk.contains("://"))
        || chunk.contains('@')
        || chunk.starts_with("www.")
        || text[start..span.start].contains('#')
}

/// Whether `span` is letters and digits only, with a separator (or an opening bracket or quote
/// after one) before it and a separator, a closing mark or a sentence period after it: the plain
/// case, where the tokenizer is known to cut exactly there (checked against it by a property
/// test), so it need not run.
fn plainly_whole(text: &str, span: &Range<usize>) -> bool {
    use crate::token::is_separator;
    let bytes = text.as_bytes();
    if !bytes[span.clone()].iter().all(u8::is_ascii_alphanumeric)
        && !text[span.clone()].chars().all(|c| c.is_alphanumeric())
    {
        return false;
    }
    let mut i = span.start;
    if let Some(c) = char_before(text, i) {
        if matches!(c, '(' | '"' | '“' | '‘' | '[') {
            i -= c.len_utf8();
        }
    }
    let before_ok = char_before(text, i).is_none_or(is_separator);
    let mut j = span.end;
    let after_ok = loop {
        match char_at(text, j) {
            None => break true,
            Some(c) if is_separator(c) => break true,
            Some(c @ (',' | ';' | ':' | ')' | '"' | '”' | '’' | ']' | '!' | '?')) => {
                j += c.len_utf8();
            }
            Some('.') => break char_at(text, j + 1).is_none_or(is_separator),
            Some(_) => break false,
        }
    };
    before_ok && after_ok
}

/// Whether `span` is made of whole tokens of the crate's tokenizer ([`crate::token`]): words and
/// abbreviations, with only punctuation (the dash of "KT - XH", the "&" of "GD&ĐT") between them.
/// A span that starts or ends inside a token ("PCI" in "PCIe"), or that touches a URL, an e-mail
/// address, a hashtag, a mention or a number, is not an abbreviation of its own.
///
/// Tokens never cross whitespace, so only the chunk of text around the span is tokenized.
fn whole_tokens(text: &str, span: &Range<usize>) -> bool {
    use crate::token::{TokenKind, is_separator, tokens};
    if plainly_whole(text, span) {
        return true;
    }
    // The chunk around the span, widened by one chunk on each side: the tokenizer reads a period
    // that ends its input as the end of a sentence, so the context after the span matters.
    let chunk_start = |i: usize| {
        text[..i]
            .char_indices()
            .rev()
            .find(|(_, c)| is_separator(*c))
            .map_or(0, |(j, c)| j + c.len_utf8())
    };
    let chunk_end = |i: usize| {
        text[i..]
            .char_indices()
            .find(|(_, c)| is_separator(*c))
            .map_or(text.len(), |(j, _)| i + j)
    };
    let skip_back = |i: usize| text[..i].trim_end_matches(is_separator).len();
    let skip_fwd =
        |i: usize| i + (text[i..].len() - text[i..].trim_start_matches(is_separator).len());
    let cs = chunk_start(skip_back(chunk_start(span.start)));
    let ce = chunk_end(skip_fwd(chunk_end(span.end)));
    let mut starts = false;
    let mut ends = false;
    for t in tokens(&text[cs..ce]) {
        let (s, e) = (cs + t.offset, cs + t.end());
        if e <= span.start {
            continue;
        }
        if s >= span.end {
            break;
        }
        if s < span.start || e > span.end {
            return false;
        }
        let inner = s > span.start && e < span.end;
        match t.kind {
            TokenKind::Word | TokenKind::Abbreviation => {}
            TokenKind::Punctuation if inner => {}
            _ => return false,
        }
        starts |= s == span.start;
        ends |= e == span.end;
    }
    starts && ends
}

impl<'a> Matches<'a> {
    /// The match for the run at `start..end` (a maximal run of word characters and joiners), if
    /// any, and where scanning resumes.
    fn match_run(&self, start: usize, end: usize, marks: bool) -> Option<Match<'a>> {
        let e = self.expander;
        let text = self.text;
        let bytes = text.as_bytes();
        let period = bytes.get(end) == Some(&b'.');
        let b0 = bytes[start];
        let b1 = if end - start >= 2 {
            bytes[start + 1]
        } else {
            0
        };
        let (w, bit) = prefilter_bit(b0, b1, end - start);
        let candidate = e.prefilter[w] & bit != 0;
        if !candidate && (self.defined.is_empty() || !self.defined_first[usize::from(b0)]) {
            return None;
        }
        let norm = |s: &'a str| -> Cow<'a, str> {
            if marks {
                Cow::Owned(normalize_key(s))
            } else {
                Cow::Borrowed(s)
            }
        };
        // Longest spelling first: several runs ("KT - XH", "TP HCM"), run and period, run, and
        // a period abbreviation glued to what follows ("Q.1").
        let mut found: Option<(Range<usize>, u32)> = None;
        if candidate {
            let first = norm(&text[start..end]);
            let first_dot = period.then(|| format!("{first}."));
            if e.multi_first.contains(first.as_ref())
                || first_dot
                    .as_deref()
                    .is_some_and(|d| e.multi_first.contains(d))
            {
                found = self.multi_run(start, end);
            }
            if found.is_none() && period {
                if let Some(i) = first_dot.as_deref().and_then(|d| e.find(d)) {
                    found = Some((start..end + 1, i));
                }
            }
            if found.is_none() {
                if let Some(i) = e.find(&first) {
                    found = Some((start..end, i));
                }
            }
            if found.is_none() {
                if let Some(dot) = text[start..end].find('.') {
                    let prefix = &text[start..start + dot + 1];
                    let rest = &text[start + dot + 1..end];
                    if let Some(i) = e.find(prefix) {
                        let s = &e.entries[i as usize].senses;
                        let glued_ok =
                            rest.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase());
                        if glued_ok && s.iter().any(|s| s.place || s.title) {
                            found = Some((start..start + dot + 1, i));
                        }
                    }
                }
            }
        }
        // A short form the text itself defines.
        let defined_here = self.defined_long(&text[start..end], marks, start);
        if found.is_none() && defined_here.is_none() {
            return None;
        }
        let span = found.as_ref().map_or(start..end, |(r, _)| r.clone());
        if in_protected_chunk(text, &span)
            || !whole_tokens(text, &span)
            || e.in_capitals(text, &span)
        {
            return None;
        }
        let site = self.definition_site(&span);
        let entry = found.as_ref().map(|(_, i)| &e.entries[*i as usize]);
        let senses: &'a [Sense] = entry.map_or(&[], |en| en.senses.as_slice());
        let key: &'a str = entry.map_or(&text[span.clone()], |en| en.key.as_str());
        let capitalize = e.options.capitalize_sentence_start && at_sentence_start(text, span.start);

        if let Some(d) = site {
            let expansion = entry.map_or(d.long_text, |en| en.senses[0].expansion.as_str());
            return Some(Match {
                text: &text[span.clone()],
                span,
                key,
                expansion,
                kind: MatchKind::DefinitionSite {
                    long: Some(d.long.clone()),
                },
                senses,
                capitalize: false,
            });
        }
        // "(UBND)" alone in brackets after other words: a definition whose long form we could not
        // find; leave it as written.
        let before_paren = text[..span.start].trim_end();
        let bracketed = before_paren.ends_with('(')
            && text[span.end..].trim_start().starts_with(')')
            && before_paren[..before_paren.len() - 1]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(|c| is_word_char(c) || matches!(c, '"' | '”' | '’'));
        if bracketed {
            return entry.map(|en| Match {
                text: &text[span.clone()],
                span: span.clone(),
                key,
                expansion: en.senses[0].expansion.as_str(),
                kind: MatchKind::DefinitionSite { long: None },
                senses,
                capitalize: false,
            });
        }
        if let Some(d) = defined_here.filter(|_| span == (start..end) || found.is_none()) {
            let mut expansion = d.long_text;
            // A long form written at a sentence start takes the dictionary's casing if it has one.
            if let Some(s) = senses
                .iter()
                .find(|s| eq_ignore_case(&s.expansion, expansion))
            {
                expansion = s.expansion.as_str();
            }
            let capitalize = capitalize && !starts_upper(expansion);
            return Some(Match {
                text: &text[span.clone()],
                span,
                key,
                expansion,
                kind: MatchKind::Definition {
                    long: d.long.clone(),
                },
                senses,
                capitalize,
            });
        }
        let entry = entry?;
        let sense = e.choose(entry, text, &span);
        let expansion = entry.senses[sense].expansion.as_str();
        Some(Match {
            text: &text[span.clone()],
            capitalize: capitalize && !starts_upper(expansion),
            span,
            key,
            expansion,
            kind: MatchKind::Dictionary { sense },
            senses,
        })
    }

    /// The definition whose short form holds `span`, by binary search over the short forms.
    fn definition_site(&self, span: &Range<usize>) -> Option<&Definition<'a>> {
        let n = self
            .by_short
            .partition_point(|&i| self.definitions[i].short.start <= span.start);
        // Short forms never overlap by more than a few, so look back a little.
        self.by_short[..n]
            .iter()
            .rev()
            .take(4)
            .map(|&i| &self.definitions[i])
            .find(|d| span.end <= d.short.end)
    }

    /// The latest in-text definition of `short` before byte `at`.
    fn defined_long(&self, short: &str, marks: bool, at: usize) -> Option<&Definition<'a>> {
        if self.defined.is_empty() || !self.defined_first[usize::from(short.as_bytes()[0])] {
            return None;
        }
        let ids = if marks {
            self.defined.get(normalize_key(short).as_str())?
        } else {
            self.defined.get(short)?
        };
        // `ids` are in text order: the latest one that ends before `at`, by binary search.
        let n = ids.partition_point(|&i| self.definitions[i].short.end <= at);
        n.checked_sub(1).map(|k| &self.definitions[ids[k]])
    }

    /// Tries spellings made of up to four runs separated by spaces or a dash: "KT - XH",
    /// "TP HCM", "TP. HCM", "PAR Index". The longest one in the dictionary wins.
    fn multi_run(&self, start: usize, end: usize) -> Option<(Range<usize>, u32)> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut best = None;
        let mut p = end;
        for _ in 0..3 {
            let mut q = p;
            if bytes.get(q) == Some(&b'.') {
                q += 1;
            }
            let spaces = bytes[q..]
                .iter()
                .take(4)
                .take_while(|&&b| b == b' ')
                .count();
            q += spaces;
            let mut dashed = false;
            for dash in ["-", "–", "—"] {
                if text[q..].starts_with(dash) {
                    q += dash.len();
                    dashed = true;
                    break;
                }
            }
            if dashed {
                q += bytes[q..]
                    .iter()
                    .take(4)
                    .take_while(|&&b| b == b' ')
                    .count();
            } else if spaces == 0 {
                break;
            }
            if !word_char_at(text, q) {
                break;
            }
            let (r, _) = run_end(text, q);
            let cand = normalize_key(&text[start..r]);
            if let Some(i) = self.expander.find(&cand) {
                best = Some((start..r, i));
            }
            if bytes.get(r) == Some(&b'.') {
                if let Some(i) = self.expander.find(&format!("{cand}.")) {
                    best = Some((start..r + 1, i));
                }
            }
            p = r;
        }
        best
    }
}

impl<'a> Iterator for Matches<'a> {
    type Item = Match<'a>;

    fn next(&mut self) -> Option<Match<'a>> {
        let text = self.text;
        let bytes = text.as_bytes();
        while self.pos < bytes.len() {
            let i = self.pos;
            let b = bytes[i];
            if b < 0x80 {
                if !b.is_ascii_alphanumeric() {
                    self.pos += 1;
                    continue;
                }
            } else {
                let (len, word, _) = class_at(text, i);
                if !word {
                    self.pos += len;
                    continue;
                }
            }
            // A run glued by a joiner to the word before it ("12/TTg", "đổi.UBND") belongs to
            // that word, which was not an abbreviation: skip it.
            let glued = i >= 2
                && super::scan::is_joiner(bytes[i - 1])
                && char_before(text, i - 1).is_some_and(is_word_char);
            let defined_gate =
                !self.defined.is_empty() && self.defined_first[usize::from(bytes[i])];
            let pair =
                (usize::from(bytes[i]) << 8) | usize::from(bytes.get(i + 1).copied().unwrap_or(0));
            if glued || (self.expander.starts[pair / 64] & (1 << (pair % 64)) == 0 && !defined_gate)
            {
                // No spelling starts with these two bytes: skip to the next ASCII separator or
                // punctuation, or to a non-ASCII punctuation lead byte (U+0080–U+00BF, U+2000–,
                // U+3000–, U+FE00–), without classifying every letter.
                let mut j = i + 1;
                while j < bytes.len() {
                    let b = bytes[j];
                    if b.is_ascii_alphanumeric()
                        || (b >= 0x80 && !matches!(b, 0xC2 | 0xE2 | 0xE3 | 0xEF))
                    {
                        j += 1;
                    } else {
                        break;
                    }
                }
                self.pos = j;
                continue;
            }
            let (end, marks) = run_end(text, i);
            self.pos = end;
            // The prefilter, here so that most words cost no call.
            let b1 = if end - i >= 2 { bytes[i + 1] } else { 0 };
            let (w, bit) = prefilter_bit(bytes[i], b1, end - i);
            if self.expander.prefilter[w] & bit == 0
                && (self.defined.is_empty() || !self.defined_first[usize::from(bytes[i])])
            {
                continue;
            }
            if let Some(m) = self.match_run(i, end, marks) {
                self.pos = self.pos.max(m.span.end);
                return Some(m);
            }
        }
        None
    }
}

impl FusedIterator for Matches<'_> {}

/// The in-text definitions of a text, in order; made by [`Expander::definitions`] and
/// [`definitions`](crate::abbrev::definitions).
///
/// # Examples
///
/// ```
/// let n = vietnamese::abbrev::definitions("Hội đồng nhân dân (HĐND) và Ủy ban nhân dân (UBND)").count();
/// assert_eq!(n, 2);
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct Definitions<'t> {
    inner: std::vec::IntoIter<Definition<'t>>,
}

impl<'t> Iterator for Definitions<'t> {
    type Item = Definition<'t>;

    fn next(&mut self) -> Option<Definition<'t>> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl ExactSizeIterator for Definitions<'_> {}
impl FusedIterator for Definitions<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_normalization() {
        assert_eq!(normalize_key("KT - XH"), "KT-XH");
        assert_eq!(normalize_key("KT – XH"), "KT-XH");
        assert_eq!(normalize_key("TP  HCM"), "TP HCM");
        assert_eq!(normalize_key("TP. HCM"), "TP. HCM");
        assert_eq!(normalize_key("NSU\u{31B}T"), "NSƯT");
    }

    #[test]
    fn derived() {
        assert_eq!(derived_variants("KT-XH"), ["KTXH"]);
        assert_eq!(derived_variants("TP.HCM"), ["TPHCM", "TP HCM", "TP. HCM"]);
        assert_eq!(derived_variants("GD&ĐT"), ["GDĐT", "GD-ĐT"]);
        assert!(derived_variants("TP.").is_empty());
    }
}
