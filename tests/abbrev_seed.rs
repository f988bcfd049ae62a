//! The seed paragraph of issue 5 expands to the text written out by hand below.
#![cfg(feature = "abbreviations")]

use vietnamese::abbrev::{MatchKind, expand, matches};

const SEED: &str = "Đoàn công tác tỉnh Hà Tĩnh do Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh Lê Đình Sơn làm trưởng đoàn vừa có chuyến công tác tại Quảng Ninh nhằm trao đổi, học tập kinh nghiệm trong cải cách hành chính. Lãnh đạo tỉnh Quảng Ninh đã chia sẻ những kết quả nổi bật trong phát triển KT-XH, công tác cải cách hành chính (CCHC) của địa phương thời gian qua. Có 2 huyện NTM; chỉ số năng lực cạnh tranh cấp tỉnh (PCI) đứng thứ 3 cả nước. Theo Chỉ thị 25 của BTV Tỉnh ủy, CCHC được xác định là giải pháp quan trọng nhất.";

const EXPECTED: &str = "Đoàn công tác tỉnh Hà Tĩnh do Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy - Chủ tịch Hội đồng nhân dân tỉnh Lê Đình Sơn làm trưởng đoàn vừa có chuyến công tác tại Quảng Ninh nhằm trao đổi, học tập kinh nghiệm trong cải cách hành chính. Lãnh đạo tỉnh Quảng Ninh đã chia sẻ những kết quả nổi bật trong phát triển kinh tế - xã hội, công tác cải cách hành chính (CCHC) của địa phương thời gian qua. Có 2 huyện nông thôn mới; chỉ số năng lực cạnh tranh cấp tỉnh (PCI) đứng thứ 3 cả nước. Theo Chỉ thị 25 của Ban Thường vụ Tỉnh ủy, cải cách hành chính được xác định là giải pháp quan trọng nhất.";

#[test]
fn seed_paragraph_expands_exactly() {
    assert_eq!(expand(SEED), EXPECTED);
}

#[test]
fn seed_paragraph_matches() {
    let got: Vec<(&str, &str, bool)> = matches(SEED)
        .map(|m| (m.text, m.expansion, m.rewrites()))
        .collect();
    assert_eq!(
        got,
        [
            ("BCH", "Ban Chấp hành", true),
            ("HĐND", "Hội đồng nhân dân", true),
            ("KT-XH", "kinh tế - xã hội", true),
            ("CCHC", "cải cách hành chính", false),
            ("NTM", "nông thôn mới", true),
            ("PCI", "chỉ số năng lực cạnh tranh cấp tỉnh", false),
            ("BTV", "Ban Thường vụ", true),
            ("CCHC", "cải cách hành chính", true),
        ]
    );
    // The last CCHC takes the document's own definition, which reports its span.
    let last = matches(SEED).last().unwrap();
    let MatchKind::Definition { long } = last.kind else {
        panic!("{:?}", last.kind)
    };
    assert_eq!(&SEED[long], "cải cách hành chính");
    // BTV's other sense is reported as an alternative.
    let btv = matches(SEED).find(|m| m.key == "BTV").unwrap();
    assert_eq!(
        btv.alternatives()
            .map(|s| s.expansion.as_str())
            .collect::<Vec<_>>(),
        ["biên tập viên"]
    );
}

#[test]
fn seed_paragraph_in_nfd_expands_alike() {
    use unicode_normalization::UnicodeNormalization;
    let nfd: String = SEED.nfd().collect();
    let out: String = expand(&nfd).nfc().collect();
    assert_eq!(out, EXPECTED);
}
