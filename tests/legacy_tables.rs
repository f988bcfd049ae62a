//! The crate's byte tables against references dumped from independent converters
//! (glibc iconv; GNU recode for VPS) by tools/gen_legacy_reference.py.

use vietnamese::legacy::{LegacyEncoding, decode};

mod common;
use common::code_points;

/// (byte, expected code points or None) rows of a `_ref.tsv` file.
fn rows(tsv: &str) -> Vec<(usize, u8, Option<String>)> {
    tsv.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.is_empty())
        .map(|(n, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            let byte = u8::from_str_radix(cols[0], 16).unwrap();
            let cps = (cols[1] != "-").then(|| {
                cols[1]
                    .split(' ')
                    .map(|u| char::from_u32(u32::from_str_radix(&u[2..], 16).unwrap()).unwrap())
                    .collect()
            });
            (n + 1, byte, cps)
        })
        .collect()
}

fn check(tsv: &str, file: &str, enc: LegacyEncoding, range: impl Fn(u8) -> bool) -> usize {
    let mut checked = 0;
    for (line, byte, expected) in rows(tsv) {
        if !range(byte) {
            continue;
        }
        let actual = decode(&[byte], enc).ok();
        assert_eq!(
            actual,
            expected,
            "{file}:{line}: byte {byte:02X} in {enc}: expected {}, got {}",
            expected.as_deref().map_or("undefined".into(), code_points),
            actual.as_deref().map_or("undefined".into(), code_points),
        );
        checked += 1;
    }
    checked
}

#[test]
fn viscii_matches_iconv_on_every_byte() {
    let tsv = include_str!("data/legacy_viscii_ref.tsv");
    assert_eq!(
        check(tsv, "legacy_viscii_ref.tsv", LegacyEncoding::Viscii, |_| {
            true
        }),
        256
    );
}

#[test]
fn cp1258_matches_iconv_on_every_byte() {
    let tsv = include_str!("data/legacy_cp1258_ref.tsv");
    assert_eq!(
        check(tsv, "legacy_cp1258_ref.tsv", LegacyEncoding::Cp1258, |_| {
            true
        }),
        256
    );
}

/// GNU recode leaves 0x99 undefined; the VPS chart (and so the crate) has Ỗ there.
#[test]
fn vps_matches_recode_on_every_byte_but_0x99() {
    let tsv = include_str!("data/legacy_vps_ref.tsv");
    assert_eq!(
        check(tsv, "legacy_vps_ref.tsv", LegacyEncoding::Vps, |b| b
            != 0x99),
        255
    );
    assert_eq!(decode(&[0x99], LegacyEncoding::Vps).unwrap(), "\u{1ED6}");
}

/// TCVN3 (VN3) shares 0xA0–0xFF and printable ASCII with glibc's TCVN5712-1 (VN1). Where they
/// differ by design (C0 stays control codes, 0x80–0x9F is Windows-1252), check that too.
#[test]
fn tcvn3_matches_iconv_tcvn5712_where_vn3_and_vn1_agree() {
    let tsv = include_str!("data/legacy_tcvn5712_ref.tsv");
    let n = check(tsv, "legacy_tcvn5712_ref.tsv", LegacyEncoding::Tcvn3, |b| {
        (0x20..0x80).contains(&b) || b >= 0xA0
    });
    assert_eq!(n, 96 + 96);
    for b in 0..0x20u8 {
        assert_eq!(
            decode(&[b], LegacyEncoding::Tcvn3).unwrap(),
            char::from(b).to_string()
        );
    }
    assert_eq!(
        decode(&[0x93, 0x94], LegacyEncoding::Tcvn3).unwrap(),
        "\u{201C}\u{201D}"
    );
}
