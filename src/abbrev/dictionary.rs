//! The abbreviation dictionary: senses, context rules, the TSV format and its errors.

use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

/// The built-in dictionary as shipped in `data/abbreviations.tsv`.
pub(crate) const BUILTIN_TSV: &str = include_str!("../../data/abbreviations.tsv");

/// The built-in dictionary, parsed once. A test checks that the shipped file parses; were it ever
/// malformed the dictionary would be empty rather than the program panicking.
pub(crate) static BUILTIN: LazyLock<Dictionary> =
    LazyLock::new(|| Dictionary::from_tsv(BUILTIN_TSV).unwrap_or_default());

/// Where a [`ContextRule`] looks for its phrases.
///
/// # Examples
///
/// A rule that fires when "Tỉnh ủy" follows the abbreviation:
///
/// ```
/// use vietnamese::abbrev::{ContextPosition, ContextRule};
///
/// let rule = ContextRule::new(ContextPosition::After, ["Tỉnh ủy", "Thành ủy"]);
/// assert_eq!(rule.position, ContextPosition::After);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContextPosition {
    /// Right after the abbreviation, past the spaces (`after=` in the TSV): "BTV Tỉnh ủy".
    After,
    /// Right before the abbreviation, before the spaces (`before=`): "Công ty CP".
    Before,
    /// Anywhere within about 100 bytes on either side (`near=`): "HLV … ĐT … trận".
    Near,
}

/// A rule that votes for one sense of an abbreviation when one of its phrases occurs in the text.
///
/// Phrases are compared without regard to letter case, as whole words. `After` and `Before` rules
/// decide first: the sense with the most of them firing wins. Only when none fires are the `Near`
/// phrases counted (a place abbreviation followed by a capital or a digit counts one more), and the
/// sense with the most wins. Ties, and texts where nothing fires, go to the first sense listed for
/// the key: that is the documented fallback.
///
/// # Examples
///
/// Rules are usually written in the dictionary's seventh column:
///
/// ```
/// use vietnamese::abbrev::Dictionary;
///
/// let dict = Dictionary::from_tsv("BTV\tBan Thường vụ\tparty\t\t\t\tafter=Tỉnh ủy|Huyện ủy").unwrap();
/// let rules = &dict.get("BTV").unwrap()[0].context;
/// assert_eq!(rules[0].phrases, ["Tỉnh ủy", "Huyện ủy"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ContextRule {
    /// Where the phrases are looked for.
    pub position: ContextPosition,
    /// The phrases, any one of which makes the rule fire.
    pub phrases: Vec<String>,
}

impl ContextRule {
    /// Makes a rule from a position and its phrases.
    ///
    /// # Examples
    ///
    /// A rule for the "đội tuyển" sense of ĐT:
    ///
    /// ```
    /// use vietnamese::abbrev::{ContextPosition, ContextRule};
    ///
    /// let rule = ContextRule::new(ContextPosition::Near, ["HLV", "trận"]);
    /// assert_eq!(rule.phrases.len(), 2);
    /// ```
    #[must_use]
    pub fn new<I, S>(position: ContextPosition, phrases: I) -> ContextRule
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        ContextRule {
            position,
            phrases: phrases.into_iter().map(Into::into).collect(),
        }
    }
}

/// One meaning of an abbreviation: its expansion and what is known about it.
///
/// A key with several senses (BTV: Ban Thường vụ / biên tập viên) holds them in order; the first is
/// the fallback when no [`ContextRule`] fires. Build one with [`Sense::new`] and set the fields.
///
/// # Examples
///
/// A custom sense flagged informal:
///
/// ```
/// use vietnamese::abbrev::Sense;
///
/// let mut sense = Sense::new("ko", "không");
/// sense.informal = true;
/// assert_eq!(sense.expansion, "không");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Sense {
    /// The abbreviation as usually written: "UBND", "KT-XH", "TP.".
    pub key: String,
    /// The expansion in the casing Vietnamese uses mid-sentence: "Ủy ban nhân dân", "kinh tế - xã hội".
    pub expansion: String,
    /// A free-form domain label ("state", "party", "sport", …); empty when unknown.
    pub domain: String,
    /// Written with periods; the tokenizer and sentence splitter never end a sentence at it.
    pub period: bool,
    /// Stands before a place name ("TP. Hà Nội").
    pub place: bool,
    /// Stands before a person's name ("GS. Ngô Bảo Châu").
    pub title: bool,
    /// Chat or handwriting spelling ("ko", "đc"); expanded only when
    /// [`ExpandOptions::informal`](crate::abbrev::ExpandOptions::informal) is on.
    pub informal: bool,
    /// Other spellings that mean this key ("T.Ư" for "TW"), besides the derived ones.
    pub variants: Vec<String>,
    /// Rules that choose this sense from its context.
    pub context: Vec<ContextRule>,
    /// A free-form note (an example, the source).
    pub notes: String,
}

impl Sense {
    /// Makes a sense with a key and an expansion and every other field empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::abbrev::Sense;
    ///
    /// let sense = Sense::new("HTX", "hợp tác xã");
    /// assert_eq!((sense.key.as_str(), sense.informal), ("HTX", false));
    /// ```
    #[must_use]
    pub fn new(key: impl Into<String>, expansion: impl Into<String>) -> Sense {
        Sense {
            key: key.into(),
            expansion: expansion.into(),
            domain: String::new(),
            period: false,
            place: false,
            title: false,
            informal: false,
            variants: Vec::new(),
            context: Vec::new(),
            notes: String::new(),
        }
    }
}

/// What is wrong with a line of a dictionary file.
///
/// # Examples
///
/// A row without an expansion:
///
/// ```
/// use vietnamese::abbrev::{Dictionary, DictionaryErrorKind};
///
/// let err = Dictionary::from_tsv("UBND\n").unwrap_err();
/// assert_eq!(err.kind(), &DictionaryErrorKind::MissingExpansion);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DictionaryErrorKind {
    /// The first column is empty.
    EmptyKey,
    /// The key has spaces at its ends or contains a line break or control character.
    MalformedKey,
    /// There is no second column, or it is empty.
    MissingExpansion,
    /// More than seven tab-separated columns.
    TooManyColumns(usize),
    /// A flag other than `period`, `place`, `title`, `informal`.
    UnknownFlag(String),
    /// A context rule that is not `after=…`, `before=…` or `near=…` with non-empty phrases.
    MalformedContextRule(String),
}

impl fmt::Display for DictionaryErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DictionaryErrorKind::EmptyKey => f.write_str("the abbreviation (column 1) is empty"),
            DictionaryErrorKind::MalformedKey => f.write_str(
                "the abbreviation (column 1) has spaces at its ends or a control character",
            ),
            DictionaryErrorKind::MissingExpansion => {
                f.write_str("the expansion (column 2) is missing or empty")
            }
            DictionaryErrorKind::TooManyColumns(n) => {
                write!(f, "{n} columns, at most 7 are allowed")
            }
            DictionaryErrorKind::UnknownFlag(flag) => write!(
                f,
                "unknown flag {flag:?} (expected period, place, title or informal)"
            ),
            DictionaryErrorKind::MalformedContextRule(rule) => write!(
                f,
                "malformed context rule {rule:?} (expected after=, before= or near= and phrases separated by |)"
            ),
        }
    }
}

/// A malformed line in a dictionary file, with its 1-based line and column numbers.
///
/// Returned by [`Dictionary::from_tsv`] and [`Dictionary::extend_from_tsv`]; the column is the
/// tab-separated field at fault (1 = abbreviation, 2 = expansion, … 7 = context).
///
/// # Examples
///
/// The error names the line:
///
/// ```
/// use vietnamese::abbrev::Dictionary;
///
/// let err = Dictionary::from_tsv("# comment\nUBND\tỦy ban nhân dân\nHĐND\t\n").unwrap_err();
/// assert_eq!((err.line(), err.column()), (3, 2));
/// assert_eq!(err.to_string(), "line 3, column 2: the expansion (column 2) is missing or empty");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictionaryError {
    line: usize,
    column: usize,
    kind: DictionaryErrorKind,
}

impl DictionaryError {
    /// The 1-based line number of the malformed line.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = vietnamese::abbrev::Dictionary::from_tsv("\tx").unwrap_err();
    /// assert_eq!(err.line(), 1);
    /// ```
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }

    /// The 1-based tab-separated column at fault.
    ///
    /// # Examples
    ///
    /// ```
    /// let err = vietnamese::abbrev::Dictionary::from_tsv("BTV\tBan Thường vụ\tparty\tbold").unwrap_err();
    /// assert_eq!(err.column(), 4);
    /// ```
    #[must_use]
    pub fn column(&self) -> usize {
        self.column
    }

    /// What is wrong.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::abbrev::{Dictionary, DictionaryErrorKind};
    ///
    /// let err = Dictionary::from_tsv("\tx").unwrap_err();
    /// assert_eq!(err.kind(), &DictionaryErrorKind::EmptyKey);
    /// ```
    #[must_use]
    pub fn kind(&self) -> &DictionaryErrorKind {
        &self.kind
    }
}

impl fmt::Display for DictionaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.kind
        )
    }
}

impl std::error::Error for DictionaryError {}

/// A set of abbreviations, each with one or more [`Sense`]s, in insertion order.
///
/// [`Dictionary::builtin`] is the crate's curated dictionary (787 senses of 712 keys written by the
/// project, see `data/README.md`); [`Dictionary::from_tsv`] reads a user's file in the same format.
/// A dictionary is plain data: edit it, then compile it into an
/// [`Expander`](crate::abbrev::Expander), which builds its lookup tables once.
///
/// See also [`Expander::new`](crate::abbrev::Expander::new).
///
/// # Examples
///
/// Add, override and remove entries of the built-in dictionary:
///
/// ```
/// use vietnamese::abbrev::{Dictionary, Expander, ExpandOptions, Sense};
///
/// let mut dict = Dictionary::builtin();
/// dict.insert(Sense::new("HTX", "hợp tác xã kiểu mới")); // override
/// dict.insert(Sense::new("CLB3", "câu lạc bộ ba"));      // add
/// dict.remove("DN");                                     // remove
/// let expander = Expander::new(dict, ExpandOptions::default());
/// assert_eq!(expander.expand("Các HTX và DN"), "Các hợp tác xã kiểu mới và DN");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dictionary {
    entries: Vec<(String, Vec<Sense>)>,
    position: HashMap<String, usize>,
}

impl Dictionary {
    /// An empty dictionary.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(vietnamese::abbrev::Dictionary::new().is_empty());
    /// ```
    #[must_use]
    pub fn new() -> Dictionary {
        Dictionary::default()
    }

    /// A copy of the built-in dictionary, compiled into the crate from `data/abbreviations.tsv`.
    ///
    /// The file is parsed once per process; this clones it (a few hundred microseconds).
    ///
    /// # Examples
    ///
    /// ```
    /// let dict = vietnamese::abbrev::Dictionary::builtin();
    /// assert!(dict.len() >= 600);
    /// assert_eq!(dict.get("UBND").unwrap()[0].expansion, "Ủy ban nhân dân");
    /// ```
    #[must_use]
    pub fn builtin() -> Dictionary {
        BUILTIN.clone()
    }

    /// Reads a dictionary from tab-separated text.
    ///
    /// One row per sense: abbreviation, expansion, then optionally domain, flags (comma-separated:
    /// `period`, `place`, `title`, `informal`), notes, variants (separated by `|`) and context rules
    /// (`after=`, `before=` or `near=` followed by phrases separated by `|`, rules separated by `;`).
    /// Blank lines and lines starting with `#` are skipped. Rows with the same key are senses of one
    /// entry, the first being the fallback.
    ///
    /// # Errors
    ///
    /// The first malformed line, as a [`DictionaryError`] with its line and column.
    ///
    /// # Examples
    ///
    /// Two senses of one key:
    ///
    /// ```
    /// use vietnamese::abbrev::Dictionary;
    ///
    /// let dict = Dictionary::from_tsv(
    ///     "# key\texpansion\n\
    ///      ĐT\tđội tuyển\tsport\n\
    ///      ĐT\tđiện thoại\ttech\t\t\t\tbefore=số\n",
    /// )?;
    /// assert_eq!(dict.get("ĐT").unwrap().len(), 2);
    /// # Ok::<(), vietnamese::abbrev::DictionaryError>(())
    /// ```
    pub fn from_tsv(text: &str) -> Result<Dictionary, DictionaryError> {
        let mut dict = Dictionary::new();
        for sense in parse_tsv(text)? {
            dict.add_sense(sense);
        }
        Ok(dict)
    }

    /// Adds the rows of tab-separated text to this dictionary; a key the text defines replaces all
    /// the senses this dictionary had for it.
    ///
    /// The whole text is checked first: on error the dictionary is left unchanged.
    ///
    /// # Errors
    ///
    /// The first malformed line, as a [`DictionaryError`].
    ///
    /// # Examples
    ///
    /// Override the built-in sense of DN:
    ///
    /// ```
    /// use vietnamese::abbrev::Dictionary;
    ///
    /// let mut dict = Dictionary::builtin();
    /// dict.extend_from_tsv("DN\tDoanh nghiệp Nhà nước\n")?;
    /// assert_eq!(dict.get("DN").unwrap().len(), 1);
    /// # Ok::<(), vietnamese::abbrev::DictionaryError>(())
    /// ```
    pub fn extend_from_tsv(&mut self, text: &str) -> Result<(), DictionaryError> {
        let senses = parse_tsv(text)?;
        let mut replaced: Vec<String> = Vec::new();
        for sense in senses {
            if !replaced.contains(&sense.key) {
                self.remove(&sense.key);
                replaced.push(sense.key.clone());
            }
            self.add_sense(sense);
        }
        Ok(())
    }

    /// Sets `sense` as the only sense of its key, adding the key or replacing what it had.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::abbrev::{Dictionary, Sense};
    ///
    /// let mut dict = Dictionary::new();
    /// dict.insert(Sense::new("HTX", "hợp tác xã"));
    /// assert_eq!(dict.get("HTX").unwrap()[0].expansion, "hợp tác xã");
    /// ```
    pub fn insert(&mut self, sense: Sense) {
        match self.position.get(&sense.key) {
            Some(&i) => self.entries[i].1 = vec![sense],
            None => self.push_entry(sense),
        }
    }

    /// Appends `sense` to the senses of its key (after the existing ones), adding the key if new.
    ///
    /// # Examples
    ///
    /// ```
    /// use vietnamese::abbrev::{Dictionary, Sense};
    ///
    /// let mut dict = Dictionary::new();
    /// dict.add_sense(Sense::new("BTV", "Ban Thường vụ"));
    /// dict.add_sense(Sense::new("BTV", "biên tập viên"));
    /// assert_eq!(dict.get("BTV").unwrap()[1].expansion, "biên tập viên");
    /// ```
    pub fn add_sense(&mut self, sense: Sense) {
        match self.position.get(&sense.key) {
            Some(&i) => self.entries[i].1.push(sense),
            None => self.push_entry(sense),
        }
    }

    fn push_entry(&mut self, sense: Sense) {
        self.position.insert(sense.key.clone(), self.entries.len());
        self.entries.push((sense.key.clone(), vec![sense]));
    }

    /// Removes a key and returns its senses, or `None` if it was not there.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut dict = vietnamese::abbrev::Dictionary::builtin();
    /// assert!(dict.remove("UBND").is_some());
    /// assert!(dict.get("UBND").is_none());
    /// ```
    pub fn remove(&mut self, key: &str) -> Option<Vec<Sense>> {
        let i = self.position.remove(key)?;
        let (_, senses) = self.entries.remove(i);
        for slot in self.position.values_mut() {
            if *slot > i {
                *slot -= 1;
            }
        }
        Some(senses)
    }

    /// The senses of a key (exactly as written in the dictionary), the fallback first.
    ///
    /// # Examples
    ///
    /// ```
    /// let dict = vietnamese::abbrev::Dictionary::builtin();
    /// let senses = dict.get("BTV").unwrap();
    /// assert_eq!(senses[0].expansion, "Ban Thường vụ");
    /// assert_eq!(senses[1].expansion, "biên tập viên");
    /// ```
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&[Sense]> {
        self.position
            .get(key)
            .map(|&i| self.entries[i].1.as_slice())
    }

    /// The number of keys.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(vietnamese::abbrev::Dictionary::new().len(), 0);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The number of senses over all keys.
    ///
    /// # Examples
    ///
    /// ```
    /// let dict = vietnamese::abbrev::Dictionary::builtin();
    /// assert!(dict.sense_count() > dict.len());
    /// ```
    #[must_use]
    pub fn sense_count(&self) -> usize {
        self.entries.iter().map(|(_, s)| s.len()).sum()
    }

    /// Whether the dictionary has no keys.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!vietnamese::abbrev::Dictionary::builtin().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The keys and their senses, in insertion order.
    ///
    /// # Examples
    ///
    /// ```
    /// let dict = vietnamese::abbrev::Dictionary::from_tsv("A1\tmột\nB2\thai\n").unwrap();
    /// let keys: Vec<&str> = dict.iter().map(|(key, _)| key).collect();
    /// assert_eq!(keys, ["A1", "B2"]);
    /// ```
    pub fn iter(&self) -> Entries<'_> {
        Entries {
            inner: self.entries.iter(),
        }
    }
}

impl<'a> IntoIterator for &'a Dictionary {
    type Item = (&'a str, &'a [Sense]);
    type IntoIter = Entries<'a>;

    fn into_iter(self) -> Entries<'a> {
        self.iter()
    }
}

/// The keys of a [`Dictionary`] with their senses, in insertion order; made by [`Dictionary::iter`].
///
/// # Examples
///
/// ```
/// let dict = vietnamese::abbrev::Dictionary::builtin();
/// assert!(dict.iter().any(|(key, senses)| key == "BCH" && senses.len() == 2));
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct Entries<'a> {
    inner: std::slice::Iter<'a, (String, Vec<Sense>)>,
}

impl<'a> Iterator for Entries<'a> {
    type Item = (&'a str, &'a [Sense]);

    fn next(&mut self) -> Option<Self::Item> {
        self.inner.next().map(|(k, s)| (k.as_str(), s.as_slice()))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl ExactSizeIterator for Entries<'_> {}
impl std::iter::FusedIterator for Entries<'_> {}

fn parse_tsv(text: &str) -> Result<Vec<Sense>, DictionaryError> {
    let mut out = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let err = |column, kind| DictionaryError { line, column, kind };
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = raw.split('\t').collect();
        if cols.len() > 7 {
            return Err(err(8, DictionaryErrorKind::TooManyColumns(cols.len())));
        }
        let key = cols[0];
        if key.is_empty() {
            return Err(err(1, DictionaryErrorKind::EmptyKey));
        }
        if key.trim() != key || key.chars().any(char::is_control) {
            return Err(err(1, DictionaryErrorKind::MalformedKey));
        }
        let expansion = cols.get(1).map_or("", |s| s.trim());
        if expansion.is_empty() {
            return Err(err(2, DictionaryErrorKind::MissingExpansion));
        }
        let mut sense = Sense::new(key, expansion);
        sense.domain = cols.get(2).map_or("", |s| s.trim()).to_string();
        for flag in cols.get(3).map_or("", |s| s.trim()).split(',') {
            match flag.trim() {
                "" => {}
                "period" => sense.period = true,
                "place" => sense.place = true,
                "title" => sense.title = true,
                "informal" => sense.informal = true,
                other => return Err(err(4, DictionaryErrorKind::UnknownFlag(other.to_string()))),
            }
        }
        sense.notes = cols.get(4).map_or("", |s| s.trim()).to_string();
        sense.variants = cols
            .get(5)
            .map_or("", |s| s.trim())
            .split('|')
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .collect();
        for rule in cols.get(6).map_or("", |s| s.trim()).split(';') {
            let rule = rule.trim();
            if rule.is_empty() {
                continue;
            }
            let bad = || {
                err(
                    7,
                    DictionaryErrorKind::MalformedContextRule(rule.to_string()),
                )
            };
            let (name, phrases) = rule.split_once('=').ok_or_else(bad)?;
            let position = match name.trim() {
                "after" => ContextPosition::After,
                "before" => ContextPosition::Before,
                "near" => ContextPosition::Near,
                _ => return Err(bad()),
            };
            let phrases: Vec<String> = phrases
                .split('|')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect();
            if phrases.is_empty() {
                return Err(bad());
            }
            sense.context.push(ContextRule { position, phrases });
        }
        out.push(sense);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses() {
        let dict = Dictionary::from_tsv(BUILTIN_TSV).expect("data/abbreviations.tsv parses");
        assert!(dict.sense_count() >= 600, "{}", dict.sense_count());
        assert_eq!(dict, *BUILTIN);
    }

    #[test]
    fn errors_carry_line_and_column() {
        let cases: &[(&str, usize, usize, DictionaryErrorKind)] = &[
            ("\tx", 1, 1, DictionaryErrorKind::EmptyKey),
            (" A\tx", 1, 1, DictionaryErrorKind::MalformedKey),
            ("#c\n\nA", 3, 2, DictionaryErrorKind::MissingExpansion),
            ("A\t  ", 1, 2, DictionaryErrorKind::MissingExpansion),
            (
                "A\tb\tc\td\te\tf\tg\th",
                1,
                8,
                DictionaryErrorKind::TooManyColumns(8),
            ),
            (
                "A\tb\tc\tbold",
                1,
                4,
                DictionaryErrorKind::UnknownFlag("bold".into()),
            ),
            (
                "A\tb\t\t\t\t\tnext=x",
                1,
                7,
                DictionaryErrorKind::MalformedContextRule("next=x".into()),
            ),
            (
                "A\tb\t\t\t\t\tafter=",
                1,
                7,
                DictionaryErrorKind::MalformedContextRule("after=".into()),
            ),
            ("A\tb\nB\tc\nC", 3, 2, DictionaryErrorKind::MissingExpansion),
        ];
        for (text, line, column, kind) in cases {
            let e = Dictionary::from_tsv(text).unwrap_err();
            assert_eq!(
                (e.line(), e.column(), e.kind()),
                (*line, *column, kind),
                "{text:?}"
            );
        }
    }

    #[test]
    fn extend_is_atomic_and_replaces_keys() {
        let mut dict = Dictionary::from_tsv("A\ta1\nA\ta2\nB\tb").unwrap();
        let before = dict.clone();
        assert!(dict.extend_from_tsv("A\tx\nB").is_err());
        assert_eq!(dict, before);
        dict.extend_from_tsv("A\tx\nA\ty").unwrap();
        let a: Vec<&str> = dict
            .get("A")
            .unwrap()
            .iter()
            .map(|s| s.expansion.as_str())
            .collect();
        assert_eq!(a, ["x", "y"]);
        assert_eq!(dict.remove("A").map(|s| s.len()), Some(2));
        assert_eq!(dict.get("B").unwrap()[0].expansion, "b");
        assert_eq!(dict.len(), 1);
    }
}
