//! The letter table against unicode-normalization's decompositions.

use unicode_normalization::UnicodeNormalization;
use vietnamese::letter::{Modifier, Tone, all, compose, letter};

#[test]
fn table_has_134_letters_in_code_point_order() {
    let letters = all();
    assert_eq!(letters.len(), 134);
    assert!(letters.windows(2).all(|w| w[0].ch < w[1].ch));
    // 90 in U+1EA0..U+1EF9, 32 in Latin-1, 8 in Latin Extended-A, 4 in Latin Extended-B.
    let count = |lo: u32, hi: u32| {
        letters
            .iter()
            .filter(|l| (lo..=hi).contains(&(l.ch as u32)))
            .count()
    };
    assert_eq!(count(0x1EA0, 0x1EF9), 90);
    assert_eq!(count(0x00C0, 0x00FF), 32);
    assert_eq!(count(0x0100, 0x017F), 8);
    assert_eq!(count(0x0180, 0x024F), 4);
}

#[test]
fn every_row_matches_its_canonical_decomposition() {
    for l in all() {
        if l.modifier == Modifier::Stroke {
            assert!(matches!(l.ch, 'đ' | 'Đ'));
            assert_eq!(
                l.ch.to_string().nfd().count(),
                1,
                "đ/Đ have no decomposition"
            );
            continue;
        }
        let expected: String = std::iter::once(l.base)
            .chain(l.modifier.combining_mark())
            .chain(l.tone.combining_mark())
            .collect();
        let nfd: String = l.ch.to_string().nfd().collect();
        let expected_nfd: String = expected.nfd().collect();
        assert_eq!(nfd, expected_nfd, "{} U+{:04X}", l.ch, l.ch as u32);
    }
}

#[test]
fn every_vowel_tone_case_combination_is_present() {
    let vowels = [
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
    for (base, modifier) in vowels {
        for base in [base, base.to_ascii_uppercase()] {
            for tone in Tone::ALL {
                let c = compose(base, modifier, tone)
                    .unwrap_or_else(|| panic!("{base} {modifier:?} {tone:?}"));
                let l = letter(c).unwrap();
                assert_eq!((l.base, l.modifier, l.tone), (base, modifier, tone));
                let nfc: String = std::iter::once(base)
                    .chain(modifier.combining_mark())
                    .chain(tone.combining_mark())
                    .collect::<String>()
                    .nfc()
                    .collect();
                assert_eq!(nfc, c.to_string());
            }
        }
    }
}

#[test]
fn non_letters() {
    for c in ['b', 'Ð', 'ð', '\u{301}', 'ñ', 'ö', '1', ' '] {
        assert_eq!(letter(c), None, "{c}");
    }
    assert_eq!(compose('b', Modifier::None, Tone::Acute), None);
    assert_eq!(compose('d', Modifier::Stroke, Tone::Acute), None);
    assert_eq!(compose('i', Modifier::Horn, Tone::Level), None);
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<vietnamese::letter::Letter>();
    check::<vietnamese::FoldedChar>();
    check::<vietnamese::Slugifier>();
    check::<vietnamese::SlugOptions>();
}
