//! The article as text: one paragraph per block (paragraphs, headings,
//! list items, table cells, quotes...), separated by blank lines; `<br>`
//! is a line break inside a paragraph; `<pre>` keeps its lines.

use super::grab::Attempt;
use super::tag::Tag;

/// Builds the text of the paragraphs under `content`.
pub(crate) fn render(at: &Attempt<'_, '_>, content: &[u32]) -> String {
    let mut r = Renderer {
        paragraphs: Vec::new(),
        line: String::new(),
        lines: Vec::new(),
        space: false,
    };
    for &c in content {
        r.node_tree(at, c);
        r.flush();
    }
    r.paragraphs.join("\n\n")
}

struct Renderer {
    paragraphs: Vec<String>,
    /// The line being built (whitespace folded).
    line: String,
    /// Finished lines of the current paragraph.
    lines: Vec<String>,
    /// A space is due before the next word.
    space: bool,
}

impl Renderer {
    fn push_text(&mut self, text: &str) {
        for (i, word) in text.split(char::is_whitespace).enumerate() {
            if i > 0 {
                self.space = true;
            }
            if word.is_empty() {
                continue;
            }
            if self.space && !self.line.is_empty() {
                self.line.push(' ');
            }
            self.space = false;
            self.line.push_str(word);
        }
    }

    fn push_pre(&mut self, text: &str) {
        let mut parts = text.split('\n');
        if let Some(first) = parts.next() {
            self.line.push_str(first.trim_end_matches('\r'));
        }
        for part in parts {
            self.break_line();
            self.line.push_str(part.trim_end_matches('\r'));
        }
    }

    fn break_line(&mut self) {
        let l = std::mem::take(&mut self.line);
        let trimmed = l.trim_end();
        if !trimmed.trim_start().is_empty() {
            self.lines.push(trimmed.to_owned());
        }
        self.space = false;
    }

    fn flush(&mut self) {
        self.break_line();
        if !self.lines.is_empty() {
            let p = std::mem::take(&mut self.lines).join("\n");
            self.paragraphs.push(p);
        }
    }

    fn node_tree(&mut self, at: &Attempt<'_, '_>, top: u32) {
        let w = at.w;
        // (node, entering, depth inside <pre>): exit events close blocks.
        let mut stack: Vec<(u32, bool, u32)> = vec![(top, true, 0)];
        if at.removed[top as usize] {
            return;
        }
        while let Some((id, enter, pre_depth)) = stack.pop() {
            let node = &w.nodes[id as usize];
            let Some(tag) = node.tag else {
                if pre_depth > 0 {
                    self.push_pre(w.text(id));
                } else {
                    self.push_text(w.text(id));
                }
                continue;
            };
            let block = !(tag.is_phrasing() || tag.is_transparent()) || node.tag == Some(Tag::Br);
            if !enter {
                if tag != Tag::Br {
                    self.flush();
                }
                continue;
            }
            if tag == Tag::Br {
                self.break_line();
                continue;
            }
            if tag == Tag::Figcaption {
                // A caption is not the article's prose: a summary sentence
                // must never be one.
                continue;
            }
            if block {
                self.flush();
                stack.push((id, false, pre_depth));
            }
            let depth = if tag == Tag::Pre || pre_depth > 0 {
                pre_depth + 1
            } else {
                0
            };
            for &k in node.children.iter().rev() {
                if !at.removed[k as usize] {
                    stack.push((k, true, depth));
                }
            }
        }
    }
}
