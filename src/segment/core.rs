//! The segmentation of one run of syllables: proper names first, then the best-scoring split of
//! the rest by dynamic programming over the dictionary weights.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::Segmenter;
use super::key::push_key;
use crate::letter::{case_char, is_latin};

/// Weight of a syllable repeated at once ("quen quen") that is not in the dictionary.
const REDUPLICATION_WEIGHT: f32 = 1.0;

/// Scratch buffers reused from run to run.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scratch {
    keys: String,
    /// Byte range of each syllable's key in `keys`; keys are separated by one space.
    bounds: Vec<(usize, usize)>,
    /// Whether each syllable is an all-capital acronym-like form ("HIV", "UBND").
    capitals: Vec<bool>,
    /// Whether each syllable starts with a capital.
    titles: Vec<bool>,
    best: Vec<f32>,
    back: Vec<usize>,
}

/// Syllables that often open a sentence before a name ("Theo Lê Đình Sơn …", "Ông Lộc …"): at a
/// sentence start they are not taken as the first syllable of a name.
const NAME_OPENERS: &[&str] = &[
    "anh", "bà", "bác", "bên", "bố", "các", "cả", "cha", "cháu", "chị", "cho", "chồng", "chú",
    "con", "cô", "còn", "cùng", "của", "cụ", "cậu", "do", "dì", "dù", "để", "đến", "đi", "em",
    "hay", "hoặc", "huyện", "khi", "là", "lúc", "mà", "mẹ", "mỗi", "một", "nay", "nếu", "người",
    "nhưng", "những", "nơi", "ngày", "ở", "ông", "phía", "qua", "quận", "rồi", "sang", "sau",
    "tại", "thầy", "thì", "theo", "tỉnh", "trên", "trong", "trước", "từ", "tuy", "và", "về", "vì",
    "việc", "vợ", "với", "xã", "đội", "đoàn",
];

/// Common family names: a sentence-initial capital among these starts a name.
const SURNAMES: &[&str] = &[
    "bùi", "cao", "chu", "đàm", "đặng", "đinh", "đỗ", "đoàn", "đồng", "dương", "hà", "hồ", "hoàng",
    "huỳnh", "khúc", "khổng", "kiều", "la", "lã", "lạc", "lại", "lâm", "lê", "lò", "lục", "lưu",
    "lương", "lý", "mạc", "mai", "ngô", "nguyễn", "nông", "phạm", "phan", "phí", "phó", "phùng",
    "quách", "tạ", "tăng", "thái", "tô", "tôn", "trần", "trịnh", "trương", "từ", "văn", "vi",
    "viên", "võ", "vũ", "vương", "âu", "hứa", "thân", "triệu", "doãn", "giang", "hàn", "khương",
    "kim", "lữ", "mã", "ninh", "tống", "trình", "ung", "yên",
];

/// The most common family names, which are rarely a middle or given name: inside a run of
/// capitals, one of them after two or more capitals and before at least one more starts a
/// person's name ("Lâm Đồng Nguyễn Văn Đẳng" is a province and a person).
const PERSON_SURNAMES: &[&str] = &[
    "bùi", "đặng", "đinh", "đỗ", "huỳnh", "lê", "ngô", "nguyễn", "phạm", "phan", "trần", "trịnh",
    "trương", "võ",
];

/// Whether a char of `c`'s canonical decomposition after the first `skip` is a capital.
fn decomposition_has_capital(c: char, skip: usize) -> bool {
    if is_latin(c) {
        return skip == 0 && c.is_uppercase();
    }
    let mut k = 0;
    let mut found = false;
    decompose_canonical(c, |d| {
        found |= k >= skip && d.is_uppercase();
        k += 1;
    });
    found
}

/// Whether a syllable has two or more letters, all capitals (letters and case as in NFD).
fn is_all_capitals(syllable: &str) -> bool {
    let mut letters = 0;
    for c in syllable.chars() {
        if is_latin(c) {
            if c.is_lowercase() {
                return false;
            }
            letters += usize::from(c.is_alphabetic());
            continue;
        }
        let mut lower = false;
        decompose_canonical(c, |d| {
            lower |= d.is_lowercase();
            letters += usize::from(d.is_alphabetic() && !is_combining_mark(d));
        });
        if lower {
            return false;
        }
    }
    letters >= 2
}

/// Whether a syllable starts with a capital letter (as its canonical decomposition says).
fn starts_with_capital(syllable: &str) -> bool {
    syllable
        .chars()
        .next()
        .is_some_and(|c| case_char(c).is_uppercase())
}

/// Whether a syllable is written with a capital first letter and small letters after it.
fn is_title_case(syllable: &str) -> bool {
    let mut chars = syllable.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    case_char(first).is_uppercase()
        && !decomposition_has_capital(first, 1)
        && !chars.any(|c| decomposition_has_capital(c, 0))
}

impl Segmenter {
    /// Splits the syllables `syllables` (byte ranges in `text`, in order, separated only by
    /// spaces) into words, appending each word's range of syllable indices to `out`.
    pub(crate) fn split_run(
        &self,
        text: &str,
        syllables: &[(usize, usize)],
        sentence_start: bool,
        scratch: &mut Scratch,
        out: &mut Vec<(usize, usize)>,
    ) {
        let n = syllables.len();
        scratch.keys.clear();
        scratch.bounds.clear();
        scratch.capitals.clear();
        scratch.titles.clear();
        for &(start, end) in syllables {
            scratch.capitals.push(is_all_capitals(&text[start..end]));
            scratch.titles.push(starts_with_capital(&text[start..end]));
            if !scratch.keys.is_empty() {
                scratch.keys.push(' ');
            }
            let at = scratch.keys.len();
            push_key(&text[start..end], &mut scratch.keys);
            scratch.bounds.push((at, scratch.keys.len()));
        }
        let mut from = 0;
        let mut i = 0;
        while i < n {
            if !self.options().names || !is_title_case(&text[syllables[i].0..syllables[i].1]) {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < n && is_title_case(&text[syllables[end].0..syllables[end].1]) {
                end += 1;
            }
            let mut start = i;
            if start == 0 && sentence_start {
                // A capital that only opens the sentence: "Ông Lộc", "Cầu Bình Triệu" (but
                // "Hồ Chí Minh", "Quảng Ninh").
                let first = &scratch.keys[scratch.bounds[0].0..scratch.bounds[0].1];
                if NAME_OPENERS.contains(&first) || (end >= 3 && !SURNAMES.contains(&first)) {
                    start += 1;
                }
            }
            // "Bộ Tài chính": the last capital belongs to the lower-case word after it.
            if end < n && end - start >= 2 {
                let key = &scratch.keys[scratch.bounds[end - 1].0..scratch.bounds[end].1];
                if self.lookup(key).weight.is_some() {
                    end -= 1;
                }
            }
            if end - start >= 2 {
                self.split_plain(from, start, scratch, out);
                // "Lâm Đồng Nguyễn Văn Đẳng": a place, then a person.
                let person = (start + 2..end.saturating_sub(1)).find(|&k| {
                    PERSON_SURNAMES
                        .contains(&&scratch.keys[scratch.bounds[k].0..scratch.bounds[k].1])
                });
                if let Some(k) = person {
                    out.push((start, k));
                    out.push((k, end));
                } else {
                    out.push((start, end));
                }
                from = end;
            }
            i = end.max(i + 1);
        }
        self.split_plain(from, n, scratch, out);
    }

    /// The best-scoring split of syllables `from..to` by the dictionary weights: dynamic
    /// programming forward over the syllables, extending each span only while some word starts
    /// with it, so most positions cost one lookup.
    fn split_plain(
        &self,
        from: usize,
        to: usize,
        scratch: &mut Scratch,
        out: &mut Vec<(usize, usize)>,
    ) {
        if from >= to {
            return;
        }
        let n = to - from;
        scratch.best.clear();
        scratch.back.clear();
        scratch.best.resize(n + 1, f32::NEG_INFINITY);
        scratch.back.resize(n + 1, 0);
        scratch.best[0] = 0.0;
        for j in 0..n {
            let base = scratch.best[j];
            if base > scratch.best[j + 1] {
                scratch.best[j + 1] = base;
                scratch.back[j + 1] = j;
            }
            let start_key = scratch.bounds[from + j].0;
            let capitals = scratch.capitals[from + j];
            let title = scratch.titles[from + j];
            for end in j + 2..=n {
                // Not a word: a mix of acronyms and other syllables ("nhiễm HIV"), or a small
                // letter before a capital ("tiếng Việt", "miền Trung").
                if scratch.capitals[from + end - 1] != capitals
                    || (!title && scratch.titles[from + end - 1])
                {
                    break;
                }
                let key = &scratch.keys[start_key..scratch.bounds[from + end - 1].1];
                let entry = self.lookup(key);
                let weight = match entry.weight {
                    Some(w) => Some(w),
                    None if end == j + 2 && self.options().reduplication => {
                        let a = &scratch.keys[start_key..scratch.bounds[from + j].1];
                        let b = &scratch.keys
                            [scratch.bounds[from + j + 1].0..scratch.bounds[from + j + 1].1];
                        (a == b).then_some(REDUPLICATION_WEIGHT)
                    }
                    None => None,
                };
                if let Some(w) = weight {
                    if base + w > scratch.best[end] {
                        scratch.best[end] = base + w;
                        scratch.back[end] = j;
                    }
                }
                if !entry.longer {
                    break;
                }
            }
        }
        let mark = out.len();
        let mut i = n;
        while i > 0 {
            let j = scratch.back[i];
            out.push((from + j, from + i));
            i = j;
        }
        out[mark..].reverse();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals() {
        for (syllable, title, all) in [
            ("Hà", true, false),
            ("hà", false, false),
            ("HÀ", false, true),
            ("UBND", false, true),
            ("A", true, false),
            ("Đ", true, false),
            ("E\u{301}", true, false),
            ("iPhone", false, false),
        ] {
            assert_eq!(is_title_case(syllable), title, "{syllable:?}");
            assert_eq!(is_all_capitals(syllable), all, "{syllable:?}");
        }
    }

    /// Name runs: sentence-initial capitals, openers, family names, a capital before a word.
    #[test]
    fn names() {
        let s = Segmenter::with_options(
            crate::segment::SegmentOptions::default().builtin_dictionary(false),
        );
        let mut with_word = s.clone();
        with_word.add_word("tài chính");
        for (segmenter, text, sentence_start, expected) in [
            (&s, "Ông Lộc nói", true, vec!["Ông", "Lộc", "nói"]),
            (&s, "gặp Ông Lộc", false, vec!["gặp", "Ông Lộc"]),
            (&s, "Cầu Bình Triệu", true, vec!["Cầu", "Bình Triệu"]),
            (&s, "Hồ Chí Minh", true, vec!["Hồ Chí Minh"]),
            (&s, "Quảng Ninh đẹp", true, vec!["Quảng Ninh", "đẹp"]),
            (&with_word, "Bộ Tài chính", false, vec!["Bộ", "Tài chính"]),
            (
                &s,
                "Lâm Đồng Nguyễn Văn Đẳng",
                false,
                vec!["Lâm Đồng", "Nguyễn Văn Đẳng"],
            ),
            (
                &s,
                "Nguyễn Thị Kim Ngân",
                false,
                vec!["Nguyễn Thị Kim Ngân"],
            ),
            (&s, "Nguyễn Văn Trần", false, vec!["Nguyễn Văn Trần"]),
        ] {
            let mut ranges = Vec::new();
            let mut at = 0;
            for syllable in text.split(' ') {
                ranges.push((at, at + syllable.len()));
                at += syllable.len() + 1;
            }
            let mut out = Vec::new();
            segmenter.split_run(
                text,
                &ranges,
                sentence_start,
                &mut Scratch::default(),
                &mut out,
            );
            let words: Vec<&str> = out
                .iter()
                .map(|&(a, b)| &text[ranges[a].0..ranges[b - 1].1])
                .collect();
            assert_eq!(words, expected, "{text:?}");
        }
    }
}
