//! salient's stemmers (Snowball for the languages it has, the light French
//! rule) as a WebAssembly module of their own. The main module stems English
//! itself; these tables weigh too much to load for every page, so the page
//! loads this module when a text in another language needs it, and gives
//! [`stem`] to the main module's `setStemmer`. The stems are those of the
//! library's built-in lexicon, so the page and the CLI agree.
#![forbid(unsafe_code)]

use salient::lexicon::Builtin;
use salient::{Lang, Lexicon};
use wasm_bindgen::prelude::*;

/// The stem of `word` (lower-cased) in the language of ISO 639-1 `code`;
/// the word itself for a language without a stemmer or an unknown code.
#[wasm_bindgen]
pub fn stem(code: &str, word: &str) -> String {
    match Lang::from_code(code) {
        Some(lang) => Builtin.stem(lang, word).into_owned(),
        None => word.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_like_the_library() {
        assert_eq!(stem("de", "häuser"), "haus");
        assert_eq!(stem("fr", "maisons"), "maison");
        assert_eq!(stem("ja", "東京"), "東京");
        assert_eq!(stem("xx", "words"), "words");
    }
}
