//! Scratch: dumps the segmentation of stdin (development only).
fn main() {
    let input = std::io::read_to_string(std::io::stdin()).unwrap();
    for line in input.lines() {
        println!("{}", vietnamese::segment::underscored(line));
    }
}
