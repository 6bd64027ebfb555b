//! A size probe: the least a wasm-bindgen module that takes a string can
//! be, plus, per cargo feature, one dependency used the way salient uses it
//! (see Cargo.toml). scripts/wasm-size-table.sh builds it once per feature
//! and compares the gzipped sizes with the build without features.
#![forbid(unsafe_code)]

use wasm_bindgen::prelude::*;

#[cfg(feature = "talc")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The baseline's work: a number from the text, so nothing is optimised
/// away, plus what the features add.
#[wasm_bindgen]
pub fn probe(text: String) -> u32 {
    text.len() as u32 + segmentation(&text) + lowercase(&text) + interned(&text)
}

/// Sentences and words by UAX #29, as segment.rs and tokens.rs find them.
#[cfg(feature = "segmentation")]
fn segmentation(text: &str) -> u32 {
    use unicode_segmentation::UnicodeSegmentation;
    (text.split_sentence_bounds().count() + text.unicode_word_indices().count()) as u32
}

#[cfg(not(feature = "segmentation"))]
fn segmentation(_: &str) -> u32 {
    0
}

/// Case folding and letters, as tokens.rs and cleanup use them.
#[cfg(feature = "lowercase")]
fn lowercase(text: &str) -> u32 {
    let folded = text.to_lowercase();
    folded.chars().filter(|c| c.is_alphanumeric()).count() as u32
}

#[cfg(not(feature = "lowercase"))]
fn lowercase(_: &str) -> u32 {
    0
}

#[cfg(not(feature = "hashbrown"))]
fn interned(_: &str) -> u32 {
    0
}

/// Distinct words of `text`, interned as salient's interner does: a
/// hashbrown table of ids into one string of keys, hashed with rustc-hash.
#[cfg(feature = "hashbrown")]
fn interned(text: &str) -> u32 {
    use std::hash::BuildHasher;
    let state = rustc_hash::FxBuildHasher;
    let mut table = hashbrown::HashTable::<u32>::new();
    let mut keys = String::new();
    let mut ends: Vec<usize> = vec![0];
    for word in text.split_whitespace() {
        let hash = state.hash_one(word);
        let key = |id: &u32| &keys[ends[*id as usize]..ends[*id as usize + 1]];
        if table.find(hash, |id| key(id) == word).is_none() {
            let id = ends.len() as u32 - 1;
            keys.push_str(word);
            ends.push(keys.len());
            table.insert_unique(hash, id, |id| {
                state.hash_one(&keys[ends[*id as usize]..ends[*id as usize + 1]])
            });
        }
    }
    table.len() as u32
}

/// A number formatted as text, as error messages and Display do.
#[cfg(feature = "floats")]
#[wasm_bindgen]
pub fn number(text: String) -> String {
    format!("{}", text.len() as f64 / 3.0)
}

#[cfg(feature = "serde")]
mod boundary {
    use serde::Serialize;
    use wasm_bindgen::prelude::*;

    /// A result as JavaScript gets it.
    #[derive(Serialize)]
    struct Sentence {
        text: String,
        score: f64,
        start: usize,
        end: usize,
    }

    #[derive(Serialize)]
    struct Summary {
        sentences: Vec<Sentence>,
        title: Option<String>,
    }

    /// A result out (salient reads its options with js-sys, not serde).
    #[wasm_bindgen]
    pub fn roundtrip(text: String, n: usize) -> Result<JsValue, JsError> {
        let summary = Summary {
            sentences: (0..n)
                .map(|i| Sentence {
                    text: text.clone(),
                    score: 0.5 * i as f64,
                    start: i,
                    end: i + text.len(),
                })
                .collect(),
            title: Some(text.clone()),
        };
        summary
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| JsError::new(&e.to_string()))
    }
}
