//! Word segmentation (provisional front end).

mod core;
mod dict;
mod front;
mod key;

use std::sync::{Arc, LazyLock};

use self::core::Scratch;
use self::dict::{KeyMap, Lexicon};

/// Options of a [`Segmenter`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SegmentOptions {
    /// Join runs of capitalised syllables into one word.
    pub names: bool,
    /// Join a syllable repeated at once ("quen quen").
    pub reduplication: bool,
    /// Weight of a reduplication.
    pub reduplication_weight: f32,
}

impl Default for SegmentOptions {
    fn default() -> Self {
        Self { names: true, reduplication: true, reduplication_weight: 1.0 }
    }
}

/// A segmenter.
#[derive(Debug, Clone)]
pub struct Segmenter {
    builtin: Option<Arc<Lexicon>>,
    added: Lexicon,
    removed: KeyMap<()>,
    options: SegmentOptions,
}

static BUILTIN: LazyLock<Arc<Lexicon>> = LazyLock::new(|| Arc::new(dict::builtin()));
static DEFAULT: LazyLock<Segmenter> = LazyLock::new(Segmenter::new);

impl Default for Segmenter {
    fn default() -> Self {
        Self::new()
    }
}

impl Segmenter {
    /// New.
    #[must_use]
    pub fn new() -> Self {
        Self::with_options(SegmentOptions::default())
    }

    /// With options.
    #[must_use]
    pub fn with_options(options: SegmentOptions) -> Self {
        Segmenter { builtin: Some(Arc::clone(&BUILTIN)), added: Lexicon::default(), removed: KeyMap::default(), options }
    }

    fn longest(&self) -> usize {
        let b = self.builtin.as_ref().map_or(0, |b| b.longest);
        b.max(self.added.longest).max(2)
    }

    pub(crate) fn weight(&self, key: &str) -> Option<f32> {
        if !self.removed.is_empty() && self.removed.contains_key(key) {
            return None;
        }
        if !self.added.words.is_empty() {
            if let Some(w) = self.added.get(key) {
                return Some(w);
            }
        }
        self.builtin.as_ref().and_then(|b| b.get(key))
    }

    /// Segments `text`, returning byte ranges of words.
    #[must_use]
    pub fn spans(&self, text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut scratch = Scratch::default();
        let mut syl: Vec<(usize, usize)> = Vec::new();
        let mut runs = Vec::new();
        let mut sentence_start = true;
        let mut run_start_sentence = true;
        let mut last_end = 0;
        let flush = |syl: &mut Vec<(usize, usize)>, sstart: bool, out: &mut Vec<(usize, usize)>, scratch: &mut Scratch, runs: &mut Vec<(usize, usize)>| {
            if syl.is_empty() {
                return;
            }
            runs.clear();
            self.split_run(text, syl, sstart, scratch, runs);
            for &(a, b) in runs.iter() {
                out.push((syl[a].0, syl[b - 1].1));
            }
            syl.clear();
        };
        for tok in front::toks(text) {
            let gap = &text[last_end..tok.offset];
            if gap.contains('\n') {
                flush(&mut syl, run_start_sentence, &mut out, &mut scratch, &mut runs);
                sentence_start = true;
            }
            if tok.kind == front::Kind::Word {
                if syl.is_empty() {
                    run_start_sentence = sentence_start;
                }
                syl.push((tok.offset, tok.offset + tok.text.len()));
                sentence_start = false;
            } else {
                flush(&mut syl, run_start_sentence, &mut out, &mut scratch, &mut runs);
                out.push((tok.offset, tok.offset + tok.text.len()));
                if matches!(tok.text, "." | "!" | "?" | "…" | ":" | ";") {
                    sentence_start = true;
                }
            }
            last_end = tok.offset + tok.text.len();
        }
        flush(&mut syl, run_start_sentence, &mut out, &mut scratch, &mut runs);
        out
    }
}

/// Segments with the default segmenter.
#[must_use]
pub fn segment_spans(text: &str) -> Vec<(usize, usize)> {
    DEFAULT.spans(text)
}
