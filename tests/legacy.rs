//! Legacy encodings: conformance files, round trips, errors, font text and detection.

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use vietnamese::legacy::{
    LegacyEncoding, decode, decode_lossy, detect, detect_font_text, encode, encode_lossy,
    repair_font_text, repair_font_text_as,
};

mod common;
use common::code_points;

/// (line number, column 1, column 2, note) of a conformance file.
fn rows(tsv: &str) -> Vec<(usize, &str, &str, &str)> {
    tsv.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.is_empty())
        .map(|(n, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            (n + 1, cols[0], cols[1], cols.get(2).copied().unwrap_or(""))
        })
        .collect()
}

fn hex(s: &str) -> Vec<u8> {
    s.split(' ')
        .map(|h| u8::from_str_radix(h, 16).unwrap())
        .collect()
}

fn check_sentences(tsv: &str, file: &str, enc: LegacyEncoding) {
    let rows = rows(tsv);
    assert!(rows.len() >= 10, "{file}: too few rows");
    for (line, bytes, text, _) in rows {
        let bytes = hex(bytes);
        let decoded = decode(&bytes, enc).unwrap_or_else(|e| panic!("{file}:{line}: {e}"));
        assert_eq!(
            decoded,
            text,
            "{file}:{line}: decode: expected {}, got {}",
            code_points(text),
            code_points(&decoded)
        );
        assert_eq!(
            encode(text, enc).unwrap(),
            bytes,
            "{file}:{line}: encode ({text})"
        );
        let nfd: String = text.nfd().collect();
        assert_eq!(
            encode(&nfd, enc).unwrap(),
            bytes,
            "{file}:{line}: encode NFD"
        );
    }
}

#[test]
fn tcvn3_sentences() {
    check_sentences(
        include_str!("data/legacy_tcvn3.tsv"),
        "legacy_tcvn3.tsv",
        LegacyEncoding::Tcvn3,
    );
}

#[test]
fn vni_sentences() {
    check_sentences(
        include_str!("data/legacy_vni.tsv"),
        "legacy_vni.tsv",
        LegacyEncoding::Vni,
    );
}

#[test]
fn viscii_sentences() {
    check_sentences(
        include_str!("data/legacy_viscii.tsv"),
        "legacy_viscii.tsv",
        LegacyEncoding::Viscii,
    );
}

#[test]
fn vps_sentences() {
    check_sentences(
        include_str!("data/legacy_vps.tsv"),
        "legacy_vps.tsv",
        LegacyEncoding::Vps,
    );
}

#[test]
fn cp1258_sentences() {
    check_sentences(
        include_str!("data/legacy_cp1258.tsv"),
        "legacy_cp1258.tsv",
        LegacyEncoding::Cp1258,
    );
}

#[test]
fn viqr_rows() {
    for (line, input, expected, note) in rows(include_str!("data/legacy_viqr.tsv")) {
        let decoded = decode(input.as_bytes(), LegacyEncoding::Viqr).unwrap();
        assert_eq!(
            decoded,
            expected,
            "legacy_viqr.tsv:{line}: expected {}, got {}",
            code_points(expected),
            code_points(&decoded)
        );
        if note.starts_with("# both") {
            let encoded = encode(expected, LegacyEncoding::Viqr).unwrap();
            assert_eq!(
                String::from_utf8(encoded).unwrap(),
                input,
                "legacy_viqr.tsv:{line}: encode"
            );
        }
    }
}

#[test]
fn font_text_rows() {
    let rows = rows(include_str!("data/legacy_font_text.tsv"));
    assert!(rows.len() >= 20);
    for (line, font, expected, note) in rows {
        let enc: LegacyEncoding = note.trim_start_matches("# ").parse().unwrap();
        let fixed = repair_font_text_as(font, enc);
        assert_eq!(
            fixed, expected,
            "legacy_font_text.tsv:{line}: explicit {enc}"
        );
        let guessed = repair_font_text(font);
        assert_eq!(guessed, expected, "legacy_font_text.tsv:{line}: detected");
        assert_eq!(
            detect_font_text(font).unwrap().encoding,
            enc,
            "legacy_font_text.tsv:{line}"
        );
        // Repaired text is left alone.
        assert!(
            matches!(repair_font_text(expected), std::borrow::Cow::Borrowed(_)),
            "line {line}"
        );
        assert_eq!(
            detect_font_text(expected),
            None,
            "legacy_font_text.tsv:{line}"
        );
    }
}

/// Headings typed in a TCVN3 capitals font (.VnTimeH) use the lower-case codes.
#[test]
fn tcvn3_headings_come_out_in_capitals() {
    assert_eq!(
        repair_font_text("®¹I HéI ®¶NG TOµN QUèC"),
        "ĐẠI HỘI ĐẢNG TOÀN QUỐC"
    );
    assert_eq!(
        repair_font_text("§¹I HéI §¶NG, Bé Y tÕ vµ Tæ chøc"),
        "ĐẠI HỘI ĐẢNG, Bộ Y tế và Tổ chức"
    );
}

/// Every sentence in every byte encoding is detected as that encoding.
#[test]
fn detection_on_sentences() {
    let files = [
        (include_str!("data/legacy_tcvn3.tsv"), LegacyEncoding::Tcvn3),
        (include_str!("data/legacy_vni.tsv"), LegacyEncoding::Vni),
        (
            include_str!("data/legacy_viscii.tsv"),
            LegacyEncoding::Viscii,
        ),
        (include_str!("data/legacy_vps.tsv"), LegacyEncoding::Vps),
        (
            include_str!("data/legacy_cp1258.tsv"),
            LegacyEncoding::Cp1258,
        ),
    ];
    let (mut right, mut total) = (0, 0);
    let mut misses = Vec::new();
    for (tsv, enc) in files {
        let mut all = Vec::new();
        for (line, bytes, _, _) in rows(tsv) {
            let bytes = hex(bytes);
            total += 1;
            match detect(&bytes) {
                Some(d) if d.encoding == enc => right += 1,
                other => misses.push(format!("{enc} line {line}: {other:?}")),
            }
            all.extend(bytes);
            all.push(b'\n');
        }
        // A whole file is detected with high confidence.
        let d = detect(&all).unwrap();
        assert_eq!(d.encoding, enc);
        assert!(d.confidence > 0.7, "{enc}: {d:?}");
    }
    // Single sentences may be ambiguous (a sentence with no letter beyond ASCII and Latin-1),
    // but nearly all must be right.
    assert!(
        right * 10 >= total * 9,
        "{right}/{total} right; misses: {misses:#?}"
    );
}

#[test]
fn proper_unicode_and_other_languages_are_not_font_text() {
    for text in [
        "Nguyễn Văn A, tel: 0912 345 678 — café",
        "Le café est très bon, même à l'été.",
        "Größe und Straße",
        "Việt Nam và thế giới",
    ] {
        assert_eq!(detect_font_text(text), None, "{text}");
        assert!(
            matches!(repair_font_text(text), std::borrow::Cow::Borrowed(_)),
            "{text}"
        );
    }
}

#[test]
fn utf8_and_ascii_are_not_legacy() {
    assert_eq!(detect("Tiếng Việt có dấu".as_bytes()), None);
    assert_eq!(detect(b"plain ASCII, nothing to see."), None);
    assert_eq!(detect(b""), None);
    assert_eq!(detect_font_text("plain ASCII"), None);
}

#[test]
fn errors_carry_positions() {
    let err = decode(b"Vi\xd6t \x81", LegacyEncoding::Cp1258).unwrap_err();
    assert_eq!((err.offset(), err.byte()), (5, 0x81));
    assert!(err.to_string().contains("offset 5"), "{err}");
    let err = decode(b"Vie^.t \xff", LegacyEncoding::Viqr).unwrap_err();
    assert_eq!(err.offset(), 7);
    let err = decode(b"ab\x91", LegacyEncoding::Vps).unwrap_err();
    assert_eq!(err.offset(), 2);

    let err = encode("Xin chào 世界", LegacyEncoding::Tcvn3).unwrap_err();
    assert_eq!((err.char(), err.offset()), ('世', 10));
    assert!(err.to_string().contains("U+4E16"), "{err}");
    // NFD input: the offset is where the base letter starts.
    let err = encode("a\u{301} z\u{30C}", LegacyEncoding::Viscii).unwrap_err();
    assert_eq!((err.char(), err.offset()), ('ž', 4));
    let err = encode("a\u{301} z\u{308}", LegacyEncoding::Viscii).unwrap_err();
    assert_eq!((err.char(), err.offset()), ('\u{308}', 4));
    assert_eq!(encode_lossy("a ž b", LegacyEncoding::Viscii), b"a ? b");
    assert_eq!(encode_lossy("a€", LegacyEncoding::Viqr), b"a\\?");
    assert_eq!(decode_lossy(b"\x91x", LegacyEncoding::Vps), "\u{FFFD}x");
}

/// A long run of letters and mark characters is read in linear time.
#[test]
fn viqr_long_words_are_linear() {
    let word = format!("a{}{}", "x".repeat(200_000), "?".repeat(200_000));
    let start = std::time::Instant::now();
    assert_eq!(decode(word.as_bytes(), LegacyEncoding::Viqr).unwrap(), word);
    assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
}

#[test]
fn viqr_cannot_write_dd_inside_a_word() {
    let err = encode("ađ", LegacyEncoding::Viqr).unwrap_err();
    assert_eq!((err.char(), err.offset()), ('đ', 1));
}

#[test]
fn marks_that_fit_no_letter_are_kept_and_composed() {
    // VNI grave after n: ǹ (NFC); after a space: a lone combining grave.
    assert_eq!(decode(b"n\xf8", LegacyEncoding::Vni).unwrap(), "\u{1F9}");
    assert_eq!(decode(b" \xf8", LegacyEncoding::Vni).unwrap(), " \u{300}");
    // Two tones on one vowel: the second is kept as a combining mark.
    assert_eq!(
        decode(b"a\xec\xcc", LegacyEncoding::Cp1258).unwrap(),
        "\u{E1}\u{300}"
    );
    // TCVN3's combining tone bytes compose with a capital.
    assert_eq!(decode(b"U\xb3", LegacyEncoding::Tcvn3).unwrap(), "Ú");
    assert_eq!(encode("ÚC", LegacyEncoding::Tcvn3).unwrap(), b"U\xb3C");
}

/// The 134 letters, ASCII and some punctuation: everything every byte encoding can write.
fn vietnamese_text() -> impl Strategy<Value = String> {
    let mut alphabet: Vec<char> = vietnamese::letter::all().iter().map(|l| l.ch).collect();
    alphabet.extend((' '..='~').chain("\n\t".chars()));
    proptest::collection::vec(proptest::sample::select(alphabet), 0..60)
        .prop_map(|v| v.into_iter().collect())
}

/// Vietnamese words (valid syllables) and English text, which VIQR writes unambiguously.
fn viqr_text() -> impl Strategy<Value = String> {
    let words = [
        "Việt",
        "Nam",
        "người",
        "đường",
        "khuỷu",
        "quý",
        "giữa",
        "thuở",
        "Hello?",
        "don't",
        "e.g.",
        "C++",
        "3.5",
        "(a)",
        "x^2",
        "Đà",
        "Nẵng",
        "ĐẠI",
        "HỘI",
        "100%",
        "a\\b",
        "dd",
        "nhé.",
        "ạ",
        "ư",
        "rất",
        "đẹp!",
    ];
    proptest::collection::vec(
        (
            proptest::sample::select(words.to_vec()),
            proptest::sample::select(vec![" ", ", ", "\n", "."]),
        ),
        0..12,
    )
    .prop_map(|v| v.into_iter().flat_map(|(w, s)| [w, s]).collect())
}

proptest! {
    #[test]
    fn byte_encodings_round_trip(s in vietnamese_text()) {
        for enc in [LegacyEncoding::Tcvn3, LegacyEncoding::Vni, LegacyEncoding::Viscii, LegacyEncoding::Vps, LegacyEncoding::Cp1258] {
            let bytes = match encode(&s, enc) {
                Ok(b) => b,
                // VISCII and VPS have no room for a few C0 characters they reuse; nothing else may fail.
                Err(e) => {
                    prop_assert!(matches!(enc, LegacyEncoding::Viscii | LegacyEncoding::Vps), "{enc}: {e}");
                    prop_assert!(e.char().is_ascii_control(), "{enc}: {e}");
                    continue;
                }
            };
            prop_assert_eq!(decode(&bytes, enc).unwrap(), s.clone(), "{}", enc);
            let nfd: String = s.nfd().collect();
            prop_assert_eq!(encode(&nfd, enc).unwrap(), bytes, "{} NFD", enc);
        }
    }

    #[test]
    fn viqr_round_trips(s in viqr_text()) {
        let bytes = encode(&s, LegacyEncoding::Viqr).unwrap();
        prop_assert!(bytes.is_ascii());
        prop_assert_eq!(decode(&bytes, LegacyEncoding::Viqr).unwrap(), s);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        for enc in LegacyEncoding::ALL {
            let lossy = decode_lossy(&bytes, enc);
            prop_assert!(unicode_normalization::is_nfc(&lossy));
            if let Ok(s) = decode(&bytes, enc) {
                prop_assert_eq!(&s, &lossy);
            }
            let _ = repair_font_text_as(&lossy, enc);
        }
        let _ = detect(&bytes);
        let text = String::from_utf8_lossy(&bytes);
        let _ = detect_font_text(&text);
        let _ = repair_font_text(&text);
    }

    #[test]
    fn arbitrary_text_never_panics(s in any::<String>()) {
        for enc in LegacyEncoding::ALL {
            let lossy = encode_lossy(&s, enc);
            if let Ok(b) = encode(&s, enc) {
                prop_assert_eq!(b, lossy);
            }
            let _ = repair_font_text_as(&s, enc);
        }
        let _ = repair_font_text(&s);
        let _ = detect_font_text(&s);
    }
}
