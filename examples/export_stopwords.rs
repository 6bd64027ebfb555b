//! Writes the built-in data of every language to `DIR/<code>.txt` (the
//! format of `salient::lexicon::LanguageFile`: the stopwords, one word per
//! line, sorted; then sections such as `# common`, the words too common to
//! be keywords that the ranking still counts, and the sentence-splitting
//! abbreviations `# titles`, `# ambiguous`, `# starters`, ...), and the
//! detector's evidence and the titles for texts in no known language to
//! `DIR/detect.txt` (`salient::lexicon::DetectionFile`): the files the page
//! loads (scripts/build-wasm.sh runs it into www/pkg/lang/; the
//! WebAssembly binding's `addStopwords` and `setDetection` read them).
//!
//! ```text
//! cargo run --release --example export_stopwords -- DIR
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use salient::lexicon::{DetectionFile, LanguageFile};
use salient::Lang;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: export_stopwords DIR");
        return ExitCode::from(2);
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("export_stopwords: cannot create {}: {e}", dir.display());
        return ExitCode::from(1);
    }
    let mut files: Vec<(String, String)> = Lang::ALL
        .iter()
        .map(|&lang| (format!("{}.txt", lang.code()), LanguageFile::write(lang)))
        .collect();
    files.push(("detect.txt".to_string(), DetectionFile::write()));
    for (name, text) in files {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("export_stopwords: cannot write {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
