//! Scratch: dumps the segmentation of stdin (development only).
fn main() {
    let input = std::io::read_to_string(std::io::stdin()).unwrap();
    for line in input.lines() {
        let spans = vietnamese::segment::segment_spans(line);
        let words: Vec<String> = spans.iter().map(|&(a, b)| line[a..b].replace(' ', "_")).collect();
        println!("{}", words.join(" "));
    }
}
