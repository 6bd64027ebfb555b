//! Writes the built-in data of every language to `DIR/<code>.txt` (the
//! format of `salient::lexicon::LanguageFile`: the stopwords, one word per
//! line, sorted; then sections such as `# common`, the words too common to
//! be keywords that the ranking still counts, and the sentence-splitting
//! abbreviations `# titles`, `# ambiguous`, `# starters`, ...), and the
//! detector's evidence to `DIR/detect.txt` (`salient::lexicon::Evidence`,
//! a line per language, then after a line `# titles` the titles the
//! splitter applies to a text in no known language): the files the page
//! loads (scripts/build-wasm.sh runs it into www/pkg/lang/; the
//! WebAssembly binding's `addStopwords` and `setDetection` read them).
//!
//! ```text
//! cargo run --release --example export_stopwords -- DIR
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use salient::lexicon::{Builtin, Evidence, LanguageFile};
use salient::Lang;
use salient::Lexicon;

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
    let mut detect = Evidence::write();
    detect.push_str("# titles\n");
    for title in Builtin.neutral_titles().iter() {
        detect.push_str(title);
        detect.push('\n');
    }
    files.push(("detect.txt".to_string(), detect));
    for (name, text) in files {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("export_stopwords: cannot write {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
