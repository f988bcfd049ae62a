#!/usr/bin/env python3
"""Writes tests/data/normalize.tsv from the hand-written rows below.

Each hand-written row (input, expected, style, note) is emitted as is, and, where marked, also in
NFD and in upper case (Python's unicodedata and str.upper, independent of the crate). Combining
marks, spaces other than U+0020 and invisible characters are written as \\u{...} escapes.

Run from the crate root: python3 tools/gen_normalize_tsv.py
"""
import unicodedata

A, F, M, W = "as-written", "first-vowel", "main-vowel", "web"

# (input, expected, style, note, variants) — variants: "n" = also NFD, "u" = also upper case.
ROWS = [
    # Misplaced tone marks inside a syllable.
    ("baỏ", "bảo", A, "mark on the coda o", "nu"),
    ("lựơng", "lượng", A, "mark on ư of ươ", "nu"),
    ("nghịêm", "nghiệm", A, "mark on i of iê", "nu"),
    ("đaị", "đại", A, "mark on the coda i", "nu"),
    ("qũy", "quỹ", A, "mark on the u of qu", "nu"),
    ("qúa", "quá", A, "mark on the u of qu", "nu"),
    ("gìa", "già", A, "mark on the i of gi", "nu"),
    ("giưã", "giữa", A, "mark on a of ưa", "nu"),
    ("taì", "tài", A, "coda i", "nu"),
    ("caí", "cái", A, "coda i", "nu"),
    ("naỳ", "này", A, "coda y", "nu"),
    ("muà", "mùa", A, "ua: first letter", "nu"),
    ("cuả", "của", A, "ua: first letter", "nu"),
    ("ngừơi", "người", A, "ươ: second letter", "nu"),
    ("ngưòi", "ngưòi", A, "ưo (horn missing on o): not a rhyme, left alone", "nu"),
    ("đựơc", "được", A, "ươ: second letter", "nu"),
    ("thứơc", "thước", A, "ươ: second letter", "nu"),
    ("tíêng", "tiếng", A, "iê: second letter", "nu"),
    ("vịêt", "việt", A, "iê: second letter", "nu"),
    ("bíên", "biến", A, "iê: second letter", "nu"),
    ("khủyu", "khuỷu", A, "uyu: on y", "nu"),
    ("thủơ", "thuở", A, "uơ: on ơ", "nu"),
    ("ngọai", "ngoại", A, "oai: on a", "nu"),
    ("hóac", "hoác", A, "oa + coda: on a", "nu"),
    ("túân", "tuấn", A, "uâ: on â", "nu"),
    ("qúyêt", "quyết", A, "uyê after qu: on ê", "nu"),
    ("nguỹên", "nguyễn", A, "uyê: on ê", "nu"),
    ("chuỳên", "chuyền", A, "uyê: on ê", "nu"),
    ("hoằc", "hoằc", A, "grave on a checked syllable: not a syllable, left alone", ""),
    ("hòan", "hoàn", A, "oa + coda: on a", "nu"),
    ("tòan", "toàn", A, "oa + coda: on a", "nu"),
    ("xúât", "xuất", A, "uâ: on â", "nu"),
    ("khúyên", "khuyến", A, "uyê: on ê", "nu"),
    ("mũôn", "muỗn", A, "uô: on ô", "nu"),
    ("bủôi", "buổi", A, "uô: on ô", "nu"),
    ("cưả", "cửa", A, "ưa: on ư", "nu"),
    ("hưú", "hứu", A, "ưu: on ư", "nu"),
    ("yếu", "yếu", A, "already right", "nu"),
    ("yêú", "yếu", A, "yê: on ê", "nu"),
    ("ỳêu", "yều", A, "yê: on ê", "nu"),
    ("boóng", "boóng", A, "oo: on the second o", "nu"),
    ("bóong", "boóng", A, "oo: on the second o", "nu"),
    ("Ngừơi", "Người", A, "title case", "n"),
    ("nGƯỜI", "nGƯỜI", A, "mixed case kept", ""),
    ("hoc\u0323", "học", A, "dot below typed after the consonant", "u"),
    ("TRƯƠǸG", "TRƯỜNG", A, "grave typed on N (U+01F8 composed by NFC)", ""),
    # Doubled marks.
    ("a\u0301\u0301", "á", A, "the same mark twice", "u"),
    ("á\u0301", "á", A, "a mark after a letter that already has it", "u"),
    ("ê\u0301\u0301", "ế", A, "Windows-1258 style, doubled", "u"),
    ("hóá", "hóa", A, "the same tone on two vowels: written once", "u"),
    ("tiê\u0301\u0341ng", "tiếng", A, "acute and deprecated acute tone mark", "u"),
    ("á\u0300", "á\u0300", A, "two different tones: not a syllable, NFC only", ""),
    # Windows-1258 style: tone mark after a precomposed vowel.
    ("ê\u0301", "ế", A, "Windows-1258", "u"),
    ("Tiê\u0301ng Viê\u0323t", "Tiếng Việt", A, "Windows-1258", "u"),
    ("ơ\u0300", "ờ", A, "Windows-1258", "u"),
    ("ư\u0303", "ữ", A, "Windows-1258", "u"),
    ("đươ\u0323c", "được", A, "Windows-1258", "u"),
    ("ă\u0301n", "ắn", A, "Windows-1258", "u"),
    ("ă\u0309", "ẳ", A, "Windows-1258", "u"),
    ("â\u0300m", "ầm", A, "Windows-1258", "u"),
    ("nghiê\u0309m", "nghiểm", A, "Windows-1258", "u"),
    ("ngươ\u0300i", "người", A, "Windows-1258", "u"),
    ("hoa\u0300", "hoà", A, "Windows-1258, mark on the main vowel kept", "u"),
    ("ho\u0300a", "hòa", A, "Windows-1258, mark on the first vowel kept", "u"),
    ("lư\u0323ơng", "lượng", A, "Windows-1258 mark on the wrong vowel", "u"),
    # Marks in any order, deprecated tone marks.
    ("e\u0301\u0302", "ế", A, "tone before circumflex", "u"),
    ("Vie\u0301\u0302t", "Viết", A, "tone before circumflex", "u"),
    ("o\u0309\u031b", "ở", A, "hook above before horn", "u"),
    ("u\u0323\u031b", "ự", A, "canonical order (dot below, horn)", "u"),
    ("u\u031b\u0323", "ự", A, "horn before dot below", "u"),
    ("ba\u0300\u0306ng", "bằng", A, "grave before breve", "u"),
    ("a\u0300\u0306", "à\u0306", A, "ă alone is no rhyme: NFC only", "u"),
    ("ba\u0306\u0300ng", "bằng", A, "breve before grave", "u"),
    ("ca\u0341c", "các", A, "U+0341 acute tone mark", "u"),
    ("la\u0340m", "làm", A, "U+0340 grave tone mark", "u"),
    ("ho\u0340a", "hòa", A, "U+0340 on the first vowel", "u"),
    # Đ look-alikes.
    ("\u00d0ại", "Đại", A, "Ð U+00D0 typed for Đ", ""),
    ("\u00f0i", "đi", A, "ð U+00F0 typed for đ", ""),
    ("\u00d0ÔNG", "ĐÔNG", A, "Ð U+00D0, upper case", ""),
    ("\u00d0a\u0300 Nẵng", "Đà Nẵng", A, "Ð with NFD", ""),
    ("\u00f0ươ\u0300ng", "đường", A, "ð with Windows-1258 style", ""),
    ("\u00d0", "\u00d0", A, "Ð alone is no syllable", ""),
    ("\u00d0orđe", "\u00d0orđe", A, "not a Vietnamese syllable", ""),
    ("Guðmundur", "Guðmundur", A, "Icelandic eth left alone", ""),
    ("Þór \u00f0að", "Þór \u00f0að", A, "not Vietnamese", ""),
    # Not Vietnamese syllables: only NFC.
    ("café", "café", A, "French, NFC", ""),
    ("cafe\u0301", "café", A, "French, NFD → NFC only", ""),
    ("naïve résumé", "naïve résumé", A, "French", ""),
    ("re\u0301sume\u0301", "résumé", A, "NFD French", ""),
    ("mainstream", "mainstream", A, "English", ""),
    ("Pokémon", "Pokémon", A, "not a syllable", ""),
    ("https://example.com/baỏ", "https://example.com/baỏ", A, "URL left alone", ""),
    ("www.hoà.vn", "www.hoà.vn", F, "URL: placement not changed", ""),
    ("user@baỏ.vn", "user@baỏ.vn", A, "e-mail left alone", ""),
    ("tóan_học", "tóan_học", A, "identifier with _", ""),
    ("baỏ2", "baỏ2", A, "code with a digit", ""),
    ("COVID-19 lựơng", "COVID-19 lượng", A, "code then a syllable", ""),
    ("x\u0301", "x\u0301", A, "a tone on a lone consonant", ""),
    ("\u0301a", "\u0301a", A, "a mark at the start", ""),
    ("Ω", "Ω", A, "Ohm sign → Omega (NFC)", ""),
    ("한국어", "한국어", A, "Hangul", ""),
    ("\u1112\u1161\u11ab", "한", A, "Hangul jamo composed by NFC", ""),
    ("1\u00a0000", "1\u00a0000", A, "NBSP kept without the web options", ""),
    ("://\u00a0/\u00d0eNG", "://\u00a0/\u0110eNG", A, "NBSP ends a URL-like token (found by proptest)", ""),
    ("http://x\u00a0baỏ", "http://x\u00a0bảo", A, "the word after a URL and an NBSP is repaired", "n"),
    ("http://x\u2003baỏ", "http://x\u2003bảo", A, "the word after a URL and an em space is repaired", ""),
    ("<\u0338 a=\u0338b x>\u0338", "\u226e a\u2260b x\u226f", A, "NFC composes < = > with U+0338 (found by proptest)", ""),
    # Tone placement: the two conventions.
    ("hòa", "hoà", M, "oa open", "nu"),
    ("hoà", "hòa", F, "oa open", "nu"),
    ("hòa", "hòa", A, "kept", "nu"),
    ("hoà", "hoà", A, "kept", "nu"),
    ("khỏe", "khoẻ", M, "oe open", "nu"),
    ("khoẻ", "khỏe", F, "oe open", "nu"),
    ("thủy", "thuỷ", M, "uy open", "nu"),
    ("thuỷ", "thủy", F, "uy open", "nu"),
    ("lòe", "loè", M, "oe open", "nu"),
    ("tòa", "toà", M, "oa open", "nu"),
    ("họa", "hoạ", M, "oa open", "nu"),
    ("xoã", "xõa", F, "oa open", "nu"),
    ("thùy", "thuỳ", M, "uy open", "nu"),
    ("lũy", "luỹ", M, "uy open", "nu"),
    ("huỷ", "hủy", F, "uy open", "nu"),
    ("Thụy", "Thuỵ", M, "uy open", "nu"),
    ("úy", "uý", M, "uy with no onset", "nu"),
    ("oà", "òa", F, "oa with no onset", "nu"),
    ("Ủy ban", "Uỷ ban", M, "uy open", "nu"),
    ("quý", "quý", F, "qu: never changed", "nu"),
    ("quý", "quý", M, "qu: never changed", "nu"),
    ("quả", "quả", F, "qu: never changed", "nu"),
    ("quả", "quả", M, "qu: never changed", "nu"),
    ("giữa", "giữa", F, "gi: never changed", "nu"),
    ("giữa", "giữa", M, "gi: never changed", "nu"),
    ("hoàn", "hoàn", F, "closed: never changed", "nu"),
    ("hoàn", "hoàn", M, "closed: never changed", "nu"),
    ("thuyền", "thuyền", F, "uyê: never changed", "nu"),
    ("thuyền", "thuyền", M, "uyê: never changed", "nu"),
    ("khuỷu", "khuỷu", F, "uyu: never changed", "nu"),
    ("khuỷu", "khuỷu", M, "uyu: never changed", "nu"),
    ("hoài", "hoài", M, "oai: never changed", "nu"),
    ("ngoài", "ngoài", F, "oai: never changed", "nu"),
    ("quỳnh", "quỳnh", M, "never changed", "nu"),
    ("thuở", "thuở", F, "uơ: never changed", "nu"),
    ("huỳnh", "huỳnh", F, "uynh: never changed", "nu"),
    ("khoét", "khoét", F, "oe + coda: never changed", "nu"),
    ("hoặc", "hoặc", M, "oă: never changed", "nu"),
    ("toán", "toán", F, "never changed", "nu"),
    ("qúy", "quý", F, "qu with the mark on u: repaired", "nu"),
    ("qúy", "quý", M, "qu with the mark on u: repaired", "nu"),
    ("Hòa Bình, Thủy Nguyên", "Hoà Bình, Thuỷ Nguyên", M, "a phrase", "nu"),
    ("Hoà Bình, Thuỷ Nguyên", "Hòa Bình, Thủy Nguyên", F, "a phrase", "nu"),
    ("hoá họcc", "hoá họcc", A, "second word no syllable", ""),
    ("hóa họcc", "hoá họcc", M, "placement changes, non-syllable untouched", ""),
    ("baỏ hiểm", "bảo hiểm", F, "repair under first-vowel", "nu"),
    ("baỏ hiểm", "bảo hiểm", M, "repair under main-vowel", "nu"),
    ("toà soạn", "tòa soạn", F, "oa open then oa closed", "nu"),
    ("tòa soạn", "toà soạn", M, "oa open then oa closed", "nu"),
    # Sentences.
    ("Tiếng Việt là ngôn ngữ chính thức.", "Tiếng Việt là ngôn ngữ chính thức.", A, "already normal", "nu"),
    ("Đảm baỏ chất lựơng dịch vụ.", "Đảm bảo chất lượng dịch vụ.", A, "two repairs", "nu"),
    ("“Cuộc sống” — đaị học!", "“Cuộc sống” — đại học!", A, "punctuation around words", "nu"),
    ("Bộ Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", A, "already normal", "nu"),
    # Web text.
    ("Hà\u00a0Nội", "Hà Nội", W, "NBSP", ""),
    ("Hà\u202fNội", "Hà Nội", W, "narrow NBSP", ""),
    ("Hà\u3000Nội", "Hà Nội", W, "ideographic space", ""),
    ("Hà\u2009Nội", "Hà Nội", W, "thin space", ""),
    ("Việt\u200bNam", "ViệtNam", W, "ZWSP removed", ""),
    ("\ufeffXin chào", "Xin chào", W, "BOM removed", ""),
    ("Việt\u00adNam", "ViệtNam", W, "soft hyphen removed", ""),
    ("a\u200db", "ab", W, "ZWJ outside emoji removed", ""),
    ("👩\u200d💻", "👩\u200d💻", W, "ZWJ inside an emoji kept", ""),
    ("Việt\u2060Nam", "ViệtNam", W, "word joiner removed", ""),
    ("Hà   Nội", "Hà Nội", W, "run of spaces", ""),
    ("Hà \t Nội", "Hà Nội", W, "spaces and a tab", ""),
    ("Hà\n\n\nNội", "Hà\nNội", W, "run with line breaks", ""),
    ("Hà \u00a0\u200b Nội", "Hà Nội", W, "mixed run", ""),
    ("  Huế  ", " Huế ", W, "edges", ""),
    ("Hà\r\nNội", "Hà\nNội", W, "CRLF", ""),
    ("baỏ\u00a0hiểm", "bảo hiểm", W, "web + repair", ""),
    ("Vie\u0323\u0302t\u200b Nam", "Việt Nam", W, "web + NFD", ""),
    ("a\u200cb", "a\u200cb", W, "ZWNJ kept", ""),
]

ESCAPE = {0x00A0, 0x00AD, 0x1680, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x2060, 0x200B, 0x200C, 0x200D}
ESCAPE |= set(range(0x2000, 0x200B))


def esc(s):
    out = []
    for c in s:
        cp = ord(c)
        if unicodedata.combining(c) or cp in ESCAPE or c in "\t\r\n" or 0x0340 <= cp <= 0x036F or 0x1160 <= cp <= 0x11FF:
            out.append("\\u{%X}" % cp)
        else:
            out.append(c)
    return "".join(out)


def main():
    lines = [
        "# Normalization conformance: input<TAB>expected<TAB>style<TAB># note",
        "# style: as-written (the default), first-vowel, main-vowel (TonePlacement), web (default placement",
        "# plus the three web-text options). Combining marks and invisible characters are \\u{...} escapes.",
        "# Written by the project with tools/gen_normalize_tsv.py: rows marked there are repeated in NFD",
        "# and in upper case (made with Python's unicodedata / str.upper, not with this crate).",
    ]
    seen = set()

    def emit(i, e, style, note):
        key = (i, style)
        if key in seen:
            return
        seen.add(key)
        lines.append(f"{esc(i)}\t{esc(e)}\t{style}\t# {note}")

    for i, e, style, note, var in ROWS:
        emit(i, e, style, note)
        if "n" in var:
            emit(unicodedata.normalize("NFD", i), e, style, note + " (NFD)")
        if "u" in var:
            emit(i.upper(), e.upper(), style, note + " (upper case)")
    with open("tests/data/normalize.tsv", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines) - 5, "rows")


main()
