#!/usr/bin/env python3
"""Writes src/tables/letters.rs: the 134 precomposed Vietnamese letters.

Run from the repository root: `python3 tools/gen_letters.py`. The table is derived from
Python's unicodedata (canonical decompositions); Đ đ have no decomposition and are listed
by hand. `tests/letters.rs` checks the committed table against unicode-normalization.
"""
import unicodedata as u

MOD = {"\u0306": "Breve", "\u0302": "Circumflex", "\u031b": "Horn"}
TONE = {"\u0300": "Grave", "\u0301": "Acute", "\u0309": "Hook", "\u0303": "Tilde", "\u0323": "Dot"}
ALLOWED = {"Breve": "aA", "Circumflex": "aeoAEO", "Horn": "ouOU"}

rows = []
for cp in list(range(0xC0, 0x250)) + list(range(0x1EA0, 0x1EFA)):
    c = chr(cp)
    d = u.normalize("NFD", c)
    if d[0] not in "aeiouyAEIOUY" or len(d) == 1:
        continue
    mod, tone, ok = "None", "Level", True
    for m in d[1:]:
        if m in MOD and mod == "None":
            mod = MOD[m]
        elif m in TONE and tone == "Level":
            tone = TONE[m]
        else:
            ok = False
    if not ok or (mod in ALLOWED and d[0] not in ALLOWED[mod]):
        continue
    rows.append((cp, d[0], mod, tone, u.name(c)))
rows.append((0x110, "D", "Stroke", "Level", u.name("\u0110")))
rows.append((0x111, "d", "Stroke", "Level", u.name("\u0111")))
rows.sort()
assert len(rows) == 134, len(rows)

with open("src/tables/letters.rs", "w") as f:
    f.write("// The 134 precomposed Vietnamese letters: every vowel x tone in both cases, and Đ đ.\n")
    f.write("// Written once with `tools/gen_letters.py` (Python's unicodedata); `tests/letters.rs`\n")
    f.write("// checks every row against unicode-normalization's decompositions (Đ đ have none).\n")
    f.write("// Sorted by code point, so lookups can binary-search.\n\n")
    f.write("use crate::letter::{Letter, Modifier::*, Tone::*};\n\n")
    f.write("#[rustfmt::skip]\npub(crate) const LETTERS: [Letter; %d] = [\n" % len(rows))
    for cp, b, m, t, n in rows:
        f.write(
            "    Letter { ch: '\\u{%04X}', base: '%s', modifier: %s, tone: %s }, // %s %s\n"
            % (cp, b, m, t, chr(cp), n)
        )
    f.write("];\n")
