#!/usr/bin/env python3
"""Mines multi-syllable word candidates from the Vietnamese statutes and writes data/segment_mined.tsv.

Run from the repository root: `python3 tools/mine_segment_words.py [../shared/data/vn-laws]`.

Input: the plain-text statutes in `../shared/data/vn-laws/` (legal documents of Vietnam, not
protected by copyright; see data/README.md). Only counts and the word list derived from them are
written; no text is copied. The syllables are lower-cased, composed to NFC and given the
main-vowel tone placement (hòa -> hoà) so that spelling variants count together.

A pair of adjacent syllables `a b` (never across punctuation or a line break) becomes a candidate
when it occurs at least MIN_COUNT times and its pointwise mutual information
log2(N * c(ab) / (c(a) * c(b))) reaches MIN_PMI; a triple qualifies when it is
strongly bound (c(abc) close to the counts of `a b` and `b c`).
The score written is the association in tenths of a bit, used by the segmenter as the word's weight.
Pairs with a function word, a numeral or a classifier never qualify (see FUNCTION, CLASSIFIERS).
The thresholds (MIN_COUNT, MIN_PMI, MIN_DEP, MIN_COUNT3, MIN_BIND3; environment variables) were
tuned by measuring segmentation F1 on the UD Vietnamese treebank's train split; nothing from the
treebank is read here.
"""

import math
import os
import pickle
import re
import sys
import unicodedata
from collections import Counter

LAWS = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/vn-laws"
OUT = "data/segment_mined.tsv"

MIN_COUNT = int(os.environ.get("MIN_COUNT", "3"))
MIN_PMI = float(os.environ.get("MIN_PMI", "2.0"))
MIN_DEP = float(os.environ.get("MIN_DEP", "0.02"))
MIN_COUNT3 = int(os.environ.get("MIN_COUNT3", "10"))
MIN_BIND3 = float(os.environ.get("MIN_BIND3", "0.8"))

# Function words, numerals and classifiers: a pair containing one is a phrase far more often than
# a word ("đã được", "của mình", "những người"), so the miner never proposes it; the few real
# words among such pairs belong in the project's own list (data/segment_words.txt).
FUNCTION = set("""
ai anh ấy bà bao bằng bị bởi các cái cả cần chỉ chính cho chưa chúng cô con còn có của cùng cũng
đã đang đây đấy để đến đều đi đó được gì hai hay hãy hơn hết họ khá khi không là lại làm lên lúc
mà mới mọi một mỗi mình nào này nên nếu người nhau nhiều nhưng những nó nữa ở ông phải qua quá ra
rằng rất rồi sau sẽ so tại thì theo thế thêm trên trong trước từ từng và vào vẫn về vì việc với vừa
xuống ba bốn năm sáu bảy tám chín mười trăm nghìn ngàn triệu tỷ tỉ thứ hoặc tuy dù nay kia ta tôi
""".split())

# Classifiers: "ngôi nhà", "lá thư", "nỗi đau" are a classifier and a noun, two words.
CLASSIFIERS = set("cái chiếc ngôi căn nỗi niềm lá đứa bức tấm mối sợi tờ quyển cuốn".split())

# Pairs the statistics favour that are phrases, not words (a measure noun and an adjective).
NOT_WORDS = {("mức", "thấp"), ("mức", "cao"), ("tỉnh", "miền")}

# Old (first-vowel) to new (main-vowel) tone placement in open syllables ending in oa, oe, uy.
TONES = "\u0300\u0301\u0303\u0309\u0323"


def key(syllable):
    s = unicodedata.normalize("NFD", syllable.lower())
    # move a tone mark that sits on o/u of a final oa/oe/uy onto the last vowel
    m = re.search("([ou])([" + TONES + "])([aey])$", s)
    if m and (m.group(1), m.group(3)) in {("o", "a"), ("o", "e"), ("u", "y")}:
        s = s[: m.start()] + m.group(1) + m.group(3) + m.group(2)
    return unicodedata.normalize("NFC", s)


LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)


def runs(text):
    """Yields runs of syllables not interrupted by punctuation, digits or line breaks."""
    for line in text.splitlines():
        for chunk in re.split(r"[^\w\s]|\d|_", line):
            syls = chunk.split()
            if syls and all(LETTERS.fullmatch(s) for s in syls):
                yield [key(s) for s in syls]
            elif syls:
                cur = []
                for s in syls:
                    if LETTERS.fullmatch(s):
                        cur.append(key(s))
                    else:
                        if cur:
                            yield cur
                        cur = []
                if cur:
                    yield cur


def main():
    uni, bi, tri = Counter(), Counter(), Counter()
    files = sorted(f for f in os.listdir(LAWS) if f.endswith(".txt"))
    # COUNTS_CACHE=<file> keeps the counts between runs while thresholds are tuned.
    cache = os.environ.get("COUNTS_CACHE")
    if cache and os.path.exists(cache):
        with open(cache, "rb") as f:
            uni, bi, tri = pickle.load(f)
    else:
        for name in files:
            with open(os.path.join(LAWS, name), encoding="utf-8") as f:
                text = unicodedata.normalize("NFC", f.read())
            for r in runs(text):
                uni.update(r)
                for i in range(len(r) - 1):
                    bi[(r[i], r[i + 1])] += 1
                for i in range(len(r) - 2):
                    tri[(r[i], r[i + 1], r[i + 2])] += 1
        if cache:
            with open(cache, "wb") as f:
                pickle.dump((uni, bi, tri), f)
    n = sum(uni.values())

    def pmi(c, *parts):
        p = 1.0
        for x in parts:
            p *= uni[x] / n
        return math.log2(c / n / p)

    words = {}
    for (a, b), c in bi.items():
        if c < MIN_COUNT or a == b or a in FUNCTION or b in FUNCTION or a in CLASSIFIERS:
            continue
        if (a, b) in NOT_WORDS:
            continue
        score = pmi(c, a, b)
        dep = c / min(uni[a], uni[b])
        if score >= MIN_PMI and dep >= MIN_DEP:
            words[(a, b)] = score
    for (a, b, c3), c in tri.items():
        if c < MIN_COUNT3 or a in FUNCTION or c3 in FUNCTION:
            continue
        bind = min(c / bi[(a, b)], c / bi[(b, c3)])
        if bind >= MIN_BIND3 and ((a, b) in words or (b, c3) in words):
            words[(a, b, c3)] = pmi(c, a, b, c3) / 2
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Multi-syllable word candidates mined from the Vietnamese statutes (../shared/data/vn-laws).\n")
        f.write("# Generated by `python3 tools/mine_segment_words.py`; do not edit by hand.\n")
        f.write(
            "# word<TAB>score (association, tenths of a bit)<TAB>count; %d files, %d syllables;"
            " MIN_COUNT=%d MIN_PMI=%.2f MIN_DEP=%.2f MIN_COUNT3=%d MIN_BIND3=%.2f\n"
            % (len(files), n, MIN_COUNT, MIN_PMI, MIN_DEP, MIN_COUNT3, MIN_BIND3)
        )
        for w in sorted(words, key=lambda w: " ".join(w)):
            cnt = bi[w] if len(w) == 2 else tri[w]
            f.write("%s\t%d\t%d\n" % (" ".join(w), round(words[w] * 10), cnt))
    print("%d syllables, %d words written to %s" % (n, len(words), OUT), file=sys.stderr)


main()
