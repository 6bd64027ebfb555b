//! Writes the built-in stopword list of every language to `DIR/<code>.txt`,
//! one word per line, sorted, then (for English and French) a line
//! `# common` and the words too common to be keywords that the ranking
//! still counts: the files the page loads for the language it needs
//! (scripts/build-wasm.sh runs it into www/pkg/lang/; the WebAssembly
//! binding's `addStopwords` reads them).
//!
//! ```text
//! cargo run --release --example export_stopwords -- DIR
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use salient::lexicon::Builtin;
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
    for lang in Lang::ALL {
        let mut words: Vec<&str> = Builtin::stopwords(lang).collect();
        words.sort_unstable();
        let mut common: Vec<&str> = Builtin::common_words(lang).collect();
        common.sort_unstable();
        let path = dir.join(format!("{}.txt", lang.code()));
        let mut text = words.join("\n");
        text.push('\n');
        if !common.is_empty() {
            text.push_str("# common\n");
            text.push_str(&common.join("\n"));
            text.push('\n');
        }
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("export_stopwords: cannot write {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
