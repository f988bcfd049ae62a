//! Temporary front end until the tokenizer lands: letters, numbers, single punctuation.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Other,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok<'a> {
    pub text: &'a str,
    pub offset: usize,
    pub kind: Kind,
}

#[derive(Debug, Clone)]
pub(crate) struct Toks<'a> {
    text: &'a str,
    pos: usize,
}

pub(crate) fn toks(text: &str) -> Toks<'_> {
    Toks { text, pos: 0 }
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c)
}

impl<'a> Iterator for Toks<'a> {
    type Item = Tok<'a>;
    fn next(&mut self) -> Option<Tok<'a>> {
        let rest = &self.text[self.pos..];
        let skip = rest.len() - rest.trim_start().len();
        self.pos += skip;
        let rest = &self.text[self.pos..];
        let first = rest.chars().next()?;
        let (len, kind) = if is_letter(first) {
            (rest.find(|c| !is_letter(c)).unwrap_or(rest.len()), Kind::Word)
        } else if first.is_ascii_digit() {
            (
                rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                    .unwrap_or(rest.len()),
                Kind::Other,
            )
        } else if first == '.' {
            (rest.find(|c| c != '.').unwrap_or(rest.len()), Kind::Other)
        } else {
            (first.len_utf8(), Kind::Other)
        };
        let tok = Tok {
            text: &rest[..len],
            offset: self.pos,
            kind,
        };
        self.pos += len;
        Some(tok)
    }
}
