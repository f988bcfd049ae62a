//! Temporary front end until the tokenizer lands: letters, numbers, punctuation.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
/// Temporary token kind.
pub enum TokenKind {
    /// Letters.
    Word,
    /// Digits.
    Number,
    /// Anything else.
    Punctuation,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Token<'a> {
    pub text: &'a str,
    pub offset: usize,
    pub kind: TokenKind,
}

#[derive(Debug, Clone)]
pub(crate) struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

pub(crate) fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0 }
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c)
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;
    fn next(&mut self) -> Option<Token<'a>> {
        let rest = &self.text[self.pos..];
        let skip = rest.len() - rest.trim_start().len();
        self.pos += skip;
        let rest = &self.text[self.pos..];
        let first = rest.chars().next()?;
        let (len, kind) = if is_letter(first) {
            (rest.find(|c| !is_letter(c)).unwrap_or(rest.len()), TokenKind::Word)
        } else if first.is_ascii_digit() {
            (
                rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                    .unwrap_or(rest.len()),
                TokenKind::Number,
            )
        } else if first == '.' {
            (rest.find(|c| c != '.').unwrap_or(rest.len()), TokenKind::Punctuation)
        } else {
            (first.len_utf8(), TokenKind::Punctuation)
        };
        let tok = Token { text: &rest[..len], offset: self.pos, kind };
        self.pos += len;
        Some(tok)
    }
}

impl std::iter::FusedIterator for Tokens<'_> {}
