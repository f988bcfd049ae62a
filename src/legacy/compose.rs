//! Fast composition of a Vietnamese vowel with a modifier and a tone, for the decoders.
//!
//! `letter::compose` scans the letter table; the decoders need the answer once every few bytes,
//! so this module indexes the same table once (in a `LazyLock`) by vowel and tone.

use std::sync::LazyLock;

use crate::letter::{self, Modifier, Tone};

/// The twelve vowels (a ă â e ê i o ô ơ u ư y) in lower then upper case: 24 slots.
const VOWELS: [(char, Modifier); 12] = [
    ('a', Modifier::None),
    ('a', Modifier::Breve),
    ('a', Modifier::Circumflex),
    ('e', Modifier::None),
    ('e', Modifier::Circumflex),
    ('i', Modifier::None),
    ('o', Modifier::None),
    ('o', Modifier::Circumflex),
    ('o', Modifier::Horn),
    ('u', Modifier::None),
    ('u', Modifier::Horn),
    ('y', Modifier::None),
];

/// The tones in the order of [`tone_index`].
const TONE_BY_INDEX: [Tone; 6] = [
    Tone::Level,
    Tone::Grave,
    Tone::Hook,
    Tone::Tilde,
    Tone::Acute,
    Tone::Dot,
];

/// The index of a tone in a row of `Composer::chars`.
const fn tone_index(t: Tone) -> usize {
    match t {
        Tone::Level => 0,
        Tone::Grave => 1,
        Tone::Hook => 2,
        Tone::Tilde => 3,
        Tone::Acute => 4,
        Tone::Dot => 5,
    }
}

/// The index of a vowel (base in either case, modifier) in [`VOWELS`] doubled for case.
fn vowel_slot(base: char, modifier: Modifier) -> Option<usize> {
    let lower = base.to_ascii_lowercase();
    let i = VOWELS
        .iter()
        .position(|&(b, m)| b == lower && m == modifier)?;
    Some(if base.is_ascii_uppercase() { i + 12 } else { i })
}

pub(super) struct Composer {
    /// `chars[slot][tone]`: the precomposed letter.
    chars: [[char; 6]; 24],
    /// `slot * 8 + tone index` of U+00C0..=U+01B0 and U+1EA0..=U+1EF9 (`u16::MAX`: not a vowel),
    /// so that the decoders look a letter up in one step.
    latin: Vec<u16>,
    extended: Vec<u16>,
    /// `modified[slot][modifier]`: the slot of the vowel with a modifier added (only from
    /// unmodified vowels); `u8::MAX` when Vietnamese has no such vowel.
    modified: [[u8; 3]; 24],
}

static COMPOSER: LazyLock<Composer> = LazyLock::new(|| {
    let mut chars = [['\0'; 6]; 24];
    let mut split = Vec::with_capacity(134);
    for (slot, row) in chars.iter_mut().enumerate() {
        let (b, m) = VOWELS[slot % 12];
        let base = if slot >= 12 {
            b.to_ascii_uppercase()
        } else {
            b
        };
        for tone in Tone::ALL {
            let c = letter::compose(base, m, tone).expect("every vowel takes every tone");
            row[tone_index(tone)] = c;
            if !c.is_ascii() {
                split.push((c, slot as u8, tone));
            }
        }
    }
    split.sort_unstable_by_key(|&(c, _, _)| c);
    let mut latin = vec![u16::MAX; 0x1B1 - 0xC0];
    let mut extended = vec![u16::MAX; 0x1EFA - 0x1EA0];
    for &(c, slot, tone) in &split {
        let v = u16::from(slot) * 8 + tone_index(tone) as u16;
        match c as usize {
            cp @ 0xC0..=0x1B0 => latin[cp - 0xC0] = v,
            cp @ 0x1EA0..=0x1EF9 => extended[cp - 0x1EA0] = v,
            _ => unreachable!("every Vietnamese vowel is in one of the two ranges"),
        }
    }
    let mut modified = [[u8::MAX; 3]; 24];
    for (slot, row) in modified.iter_mut().enumerate() {
        let (b, m) = VOWELS[slot % 12];
        if m != Modifier::None {
            continue;
        }
        let base = if slot >= 12 {
            b.to_ascii_uppercase()
        } else {
            b
        };
        for (k, add) in [Modifier::Breve, Modifier::Circumflex, Modifier::Horn]
            .into_iter()
            .enumerate()
        {
            if let Some(s) = vowel_slot(base, add) {
                row[k] = s as u8;
            }
        }
    }
    Composer {
        chars,
        latin,
        extended,
        modified,
    }
});

/// The composition tables (built on first use).
pub(super) fn composer() -> &'static Composer {
    &COMPOSER
}

/// Puts a modifier and/or a tone on `c`, or `None` when Vietnamese has no such letter (a second
/// tone, a breve on e, a mark on a consonant).
#[inline]
pub(super) fn add_mark(c: char, modifier: Modifier, tone: Tone) -> Option<char> {
    composer().add_mark(c, modifier, tone)
}

/// The lower-case base letter, modifier, tone and case of a Vietnamese letter (đ included), in
/// one table look-up; `None` for anything else.
#[inline]
pub(super) fn vowel_or_d(c: char) -> Option<(char, Modifier, Tone, bool)> {
    match c {
        'đ' => return Some(('d', Modifier::Stroke, Tone::Level, false)),
        'Đ' => return Some(('d', Modifier::Stroke, Tone::Level, true)),
        _ => {}
    }
    let (slot, tone) = composer().split(c)?;
    let (base, modifier) = VOWELS[slot % 12];
    Some((base, modifier, tone, slot >= 12))
}

impl Composer {
    /// The slot and tone of a Vietnamese vowel (plain ASCII or precomposed), or `None`.
    #[inline]
    fn split(&self, c: char) -> Option<(usize, Tone)> {
        if c.is_ascii() {
            let slot = match c {
                'a' => 0,
                'e' => 3,
                'i' => 5,
                'o' => 6,
                'u' => 9,
                'y' => 11,
                'A' => 12,
                'E' => 15,
                'I' => 17,
                'O' => 18,
                'U' => 21,
                'Y' => 23,
                _ => return None,
            };
            return Some((slot, Tone::Level));
        }
        let v = match c as usize {
            cp @ 0xC0..=0x1B0 => self.latin[cp - 0xC0],
            cp @ 0x1EA0..=0x1EF9 => self.extended[cp - 0x1EA0],
            _ => return None,
        };
        (v != u16::MAX).then(|| (usize::from(v / 8), TONE_BY_INDEX[usize::from(v % 8)]))
    }

    /// Puts a modifier and/or a tone on `c`, or `None` when Vietnamese has no such letter.
    #[inline]
    pub(super) fn add_mark(&self, c: char, modifier: Modifier, tone: Tone) -> Option<char> {
        let (mut slot, old_tone) = self.split(c)?;
        let composer = self;
        let k = match modifier {
            Modifier::None => None,
            Modifier::Breve => Some(0),
            Modifier::Circumflex => Some(1),
            Modifier::Horn => Some(2),
            Modifier::Stroke => return None,
        };
        if let Some(k) = k {
            let s = composer.modified[slot][k];
            if s == u8::MAX {
                return None;
            }
            slot = s as usize;
        }
        let tone = match (old_tone, tone) {
            (t, Tone::Level) => t,
            (Tone::Level, t) => t,
            _ => return None,
        };
        Some(composer.chars[slot][tone_index(tone)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_marks_like_letter_compose() {
        for l in letter::all() {
            if l.modifier == Modifier::Stroke {
                continue;
            }
            // From the bare base: the modifier and the tone in one mark, or one after the other.
            assert_eq!(add_mark(l.base, l.modifier, l.tone), Some(l.ch), "{l:?}");
            let with_tone = add_mark(l.base, Modifier::None, l.tone).unwrap();
            assert_eq!(add_mark(with_tone, l.modifier, Tone::Level), Some(l.ch));
        }
        assert_eq!(add_mark('e', Modifier::Breve, Tone::Level), None);
        assert_eq!(add_mark('á', Modifier::None, Tone::Grave), None);
        assert_eq!(add_mark('â', Modifier::Horn, Tone::Level), None);
        assert_eq!(add_mark('n', Modifier::None, Tone::Grave), None);
        assert_eq!(add_mark('ư', Modifier::None, Tone::Dot), Some('ự'));
    }
}
