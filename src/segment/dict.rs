//! The word list behind the segmenter: multi-syllable words keyed by [`super::key`] keys, each
//! with a weight (how strongly its syllables belong together).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::key::word_key;

/// The longest word, in syllables, the segmenter looks up.
pub(crate) const MAX_SYLLABLES: usize = 6;

/// Strength of a word written by the project (data/segment_words*.txt) or added by the user.
pub(crate) const LISTED_WEIGHT: f32 = 8.0;

/// A small, fast hasher for short keys (the multiplicative hash of rustc's FxHasher).
#[derive(Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
}

pub(crate) type KeyMap<V> = HashMap<Box<str>, V, BuildHasherDefault<KeyHasher>>;

/// What the lexicon knows about a key: the weight if it is a word, and whether some longer word
/// starts with it (so the segmenter keeps extending the span).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct Entry {
    pub(crate) weight: Option<f32>,
    pub(crate) longer: bool,
}

/// Multi-syllable words and their weights.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    pub(crate) words: KeyMap<Entry>,
}

impl Lexicon {
    /// Adds `word` (syllables separated by spaces or underscores) with strength `strength`,
    /// keeping the larger weight when it is already there. Words of fewer than two or more than
    /// [`MAX_SYLLABLES`] syllables are ignored.
    ///
    /// A word's weight is its strength times the number of syllables it joins beyond the first,
    /// so that a long word is not outweighed by a shorter word inside it.
    pub(crate) fn insert(&mut self, word: &str, strength: f32) {
        let (key, count) = word_key(word);
        if !(2..=MAX_SYLLABLES).contains(&count) {
            return;
        }
        #[allow(clippy::cast_precision_loss)]
        let weight = strength * (count - 1) as f32;
        // Every prefix of two or more syllables leads on to this word.
        let mut spaces = key.match_indices(' ').map(|(i, _)| i).skip(1);
        for end in spaces.by_ref() {
            self.words.entry(key[..end].into()).or_default().longer = true;
        }
        let slot = self.words.entry(key.into_boxed_str()).or_default();
        if slot.weight.is_none_or(|w| w < weight) {
            slot.weight = Some(weight);
        }
    }

    /// Removes the word with key `key` (its prefixes stay, they are harmless).
    pub(crate) fn remove(&mut self, key: &str) {
        if let Some(entry) = self.words.get_mut(key) {
            entry.weight = None;
        }
    }

    pub(crate) fn get(&self, key: &str) -> Option<Entry> {
        self.words.get(key).copied()
    }
}

/// Strength of a word of the extended list (rarer words: idioms, regional, literary and
/// technical vocabulary): a little less than a common word's, so that where a rare word
/// overlaps a common one ("thành công quả": "thành công" or "công quả") the common one wins.
#[cfg(feature = "segment")]
const EXTENDED_WEIGHT: f32 = 7.5;

/// The project's word lists (data/segment_words*.txt) with the strength of their words: words
/// separated by commas or line breaks, `#` starts a comment.
#[cfg(feature = "segment")]
const BUILTIN_LISTS: [(&str, f32); 3] = [
    (include_str!("../../data/segment_words.txt"), LISTED_WEIGHT),
    (
        include_str!("../../data/segment_words_general.txt"),
        LISTED_WEIGHT,
    ),
    (
        include_str!("../../data/segment_words_extended.txt"),
        EXTENDED_WEIGHT,
    ),
];

/// Every word of the built-in lists, as written there, with its strength.
#[cfg(feature = "segment")]
fn builtin_words() -> impl Iterator<Item = (&'static str, f32)> {
    BUILTIN_LISTS.into_iter().flat_map(|(list, strength)| {
        list.lines()
            .flat_map(|line| line.split('#').next().unwrap_or("").split(','))
            .map(str::trim)
            .filter(|word| !word.is_empty())
            .map(move |word| (word, strength))
    })
}

/// The built-in lexicon: the project's word lists.
#[cfg(feature = "segment")]
pub(crate) fn builtin() -> Lexicon {
    let mut lexicon = Lexicon::default();
    for (word, strength) in builtin_words() {
        lexicon.insert(word, strength);
    }
    lexicon
}

#[cfg(all(test, feature = "segment"))]
mod tests {
    use std::collections::HashSet;

    use unicode_normalization::UnicodeNormalization;

    use super::{MAX_SYLLABLES, builtin_words};

    /// The lists are clean data: each word written once, in lower case and NFC, of two to
    /// `MAX_SYLLABLES` syllables of letters separated by single spaces.
    #[test]
    fn builtin_lists_are_clean() {
        let mut seen = HashSet::new();
        for (word, _) in builtin_words() {
            let syllables: Vec<&str> = word.split(' ').collect();
            assert!(
                (2..=MAX_SYLLABLES).contains(&syllables.len()),
                "{word:?}: {} syllables",
                syllables.len()
            );
            assert!(
                syllables
                    .iter()
                    .all(|s| !s.is_empty() && s.chars().all(char::is_alphabetic)),
                "{word:?}: not letters and single spaces"
            );
            assert_eq!(word.to_lowercase(), word, "{word:?}: not lower case");
            assert_eq!(word.nfc().collect::<String>(), word, "{word:?}: not NFC");
            assert!(seen.insert(word), "{word:?}: listed twice");
        }
    }
}
