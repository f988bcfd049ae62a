//! Word-level precision, recall and F1 of the segmenter against a gold segmentation.
use std::collections::HashSet;

fn main() {
    let split = std::env::args().nth(1).unwrap_or_else(|| "dev".to_string());
    let dir = "../shared/data/ud-vtb";
    let (Ok(input), Ok(gold)) = (
        std::fs::read_to_string(format!("{dir}/{split}.syllables.txt")),
        std::fs::read_to_string(format!("{dir}/{split}.seg.txt")),
    ) else {
        eprintln!("{dir}/{split}.syllables.txt or .seg.txt not found: skipped");
        return;
    };
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    let (mut mtp, mut mnp, mut mng) = (0usize, 0usize, 0usize);
    for (line, gold_line) in input.lines().zip(gold.lines()) {
        assert_eq!(line.len(), gold_line.len(), "misaligned line");
        let mut g = HashSet::new();
        let mut at = 0;
        for w in gold_line.split(' ') {
            if !w.is_empty() {
                g.insert((at, at + w.len()));
            }
            at += w.len() + 1;
        }
        let p: HashSet<(usize, usize)> = vietnamese::segment::segment(line)
            .map(|w| (w.offset, w.end()))
            .collect();
        let multi = |s: &(usize, usize)| line[s.0..s.1].contains(' ');
        tp += p.intersection(&g).count();
        np += p.len();
        ng += g.len();
        mtp += p.intersection(&g).filter(|s| multi(s)).count();
        mnp += p.iter().filter(|s| multi(s)).count();
        mng += g.iter().filter(|s| multi(s)).count();
    }
    let f = |tp: usize, np: usize, ng: usize| {
        let p = tp as f64 / np as f64;
        let r = tp as f64 / ng as f64;
        (p, r, 2.0 * p * r / (p + r))
    };
    let (p, r, f1) = f(tp, np, ng);
    let (mp, mr, mf1) = f(mtp, mnp, mng);
    println!("{split}: {ng} gold words, {np} predicted");
    println!("words:            P {p:.4}  R {r:.4}  F1 {f1:.4}");
    println!("multi-syllable:   P {mp:.4}  R {mr:.4}  F1 {mf1:.4}");
}
