//! The working tree: the body of a [`Document`] as the extractor scores it.
//!
//! Built once per extraction, bottom-up with an explicit stack:
//!
//! - scripts, styles, templates, the head's parts and hidden elements
//!   (`hidden`, `aria-hidden="true"`, inline `display: none` or
//!   `visibility: hidden`, open modal dialogs) are left out;
//! - text after two or more `<br>`s in a row becomes a paragraph of its own
//!   (pages that write paragraphs as `text<br><br>text`);
//! - inside a `div`, each run of inline content becomes a paragraph, and a
//!   `div` that then holds one paragraph and few links stands for that
//!   paragraph (pages that write every paragraph as a `div`).
//!
//! These are the document preparations Readability describes; nodes made
//! here ("synthetic" paragraphs) have no source element. The attempts
//! (`grab.rs`) never change the tree: they mark nodes removed in tables
//! of their own.

use super::tag::Tag;
use super::text::{is_comma, TextLen};
use super::tree::{Document, NONE};

/// A node of the working tree.
#[derive(Debug, Clone)]
pub(crate) struct WNode {
    /// The element's tag (after the preparations); `None` for text.
    pub(crate) tag: Option<Tag>,
    pub(crate) parent: u32,
    pub(crate) children: Vec<u32>,
    /// The source node in the [`Document`], `NONE` for synthetic paragraphs.
    pub(crate) src: u32,
    /// Source ids of the `div`s this paragraph stands for (outermost first).
    pub(crate) wrapped: Vec<u32>,
    /// Text measure of the whole subtree (before any removal).
    pub(crate) len: TextLen,
    /// Link text characters in the subtree (before any removal).
    pub(crate) link: f64,
    /// Commas in a text node.
    pub(crate) commas: u32,
    /// ASCII commas in a text node.
    pub(crate) ascii_commas: u32,
    /// Inline content (text, or inline elements holding only inline content).
    pub(crate) phrasing: bool,
    /// Some descendant is one of the blocks that keep a `div` from being a
    /// paragraph.
    pub(crate) block_inside: bool,
}

/// The working tree.
pub(crate) struct Work<'d> {
    pub(crate) doc: &'d Document,
    pub(crate) nodes: Vec<WNode>,
    /// The body (or the document's root when it has no body).
    pub(crate) root: u32,
    /// Per source node: its lower-cased "class id" and where the class ends
    /// (Readability matches the two joined by a space).
    labels: Vec<(Box<str>, u32)>,
}

/// Weight of a link's text in link density: links to a place on the same
/// page ("#section") count 0.3, as in Readability, others 1.
pub(crate) fn link_weight(href: Option<&str>) -> f64 {
    match href {
        Some(h) if h.len() > 1 && h.starts_with('#') => 0.3,
        _ => 1.0,
    }
}

impl<'d> Work<'d> {
    /// Builds the working tree of `doc`.
    pub(crate) fn build(doc: &'d Document) -> Work<'d> {
        let start = find_body(doc);
        let mut w = Work {
            doc,
            nodes: Vec::with_capacity(doc.len()),
            root: 0,
            labels: vec![(Box::default(), 0); doc.len()],
        };
        struct Frame {
            src: u32,
            cursor: u32,
            kids: Vec<u32>,
        }
        let mut stack = vec![Frame {
            src: start,
            cursor: doc.node(start).first_child,
            kids: Vec::new(),
        }];
        while let Some(top) = stack.last_mut() {
            if top.cursor != NONE {
                let child = top.cursor;
                top.cursor = doc.node(child).next_sibling;
                if let Some(text) = doc.text(child) {
                    let id = w.push_text(child, text);
                    top.kids.push(id);
                } else if let Some(tag) = doc.tag(child) {
                    if tag.is_dropped() || !visible(doc, child) {
                        continue;
                    }
                    w.labels[child as usize] = label_of(doc, child);
                    // The text of an iframe is markup for browsers without
                    // frames, not content.
                    let cursor = if tag == Tag::Iframe {
                        NONE
                    } else {
                        doc.node(child).first_child
                    };
                    stack.push(Frame {
                        src: child,
                        cursor,
                        kids: Vec::new(),
                    });
                }
                continue;
            }
            let Some(frame) = stack.pop() else { break };
            let tag = doc.tag(frame.src).unwrap_or(Tag::Body);
            let made = w.finish_element(frame.src, tag, frame.kids);
            match stack.last_mut() {
                Some(parent) => parent.kids.extend(made),
                None => {
                    // The body itself: `finish_element` returns exactly one
                    // node for it (it is never a div standing for a paragraph
                    // unless the page's "body" is a div, which stays whole).
                    w.root = made.first().copied().unwrap_or(0);
                    if made.len() != 1 {
                        w.root = w.wrap_root(made);
                    }
                }
            }
        }
        if w.nodes.is_empty() {
            w.root = w.new_element(Tag::Body, start, Vec::new());
        }
        w.nodes[w.root as usize].parent = NONE;
        w
    }

    fn push_text(&mut self, src: u32, text: &str) -> u32 {
        let id = self.nodes.len() as u32;
        let (mut commas, mut ascii) = (0u32, 0u32);
        for c in text.chars() {
            if is_comma(c) {
                commas += 1;
                if c == ',' {
                    ascii += 1;
                }
            }
        }
        self.nodes.push(WNode {
            tag: None,
            parent: NONE,
            children: Vec::new(),
            src,
            wrapped: Vec::new(),
            len: TextLen::of(text),
            link: 0.0,
            commas,
            ascii_commas: ascii,
            phrasing: true,
            block_inside: false,
        });
        id
    }

    fn wrap_root(&mut self, kids: Vec<u32>) -> u32 {
        self.new_element(Tag::Body, NONE, kids)
    }

    /// Makes an element node over `kids` (setting their parent and the
    /// subtree measures).
    fn new_element(&mut self, tag: Tag, src: u32, kids: Vec<u32>) -> u32 {
        let id = self.nodes.len() as u32;
        let mut len = TextLen::default();
        let mut link = 0.0;
        let mut phrasing_kids = true;
        let mut block_inside = false;
        for &k in &kids {
            let n = &mut self.nodes[k as usize];
            n.parent = id;
            len = len.then(n.len);
            link += n.link;
            phrasing_kids &= n.phrasing;
            block_inside |= n.block_inside || n.tag.is_some_and(Tag::is_div_block);
        }
        if tag == Tag::A {
            let href = if src == NONE {
                None
            } else {
                self.doc.attr(src, "href")
            };
            link = f64::from(len.chars()) * link_weight(href);
        }
        let phrasing = tag.is_phrasing() || (tag.is_transparent() && phrasing_kids);
        self.nodes.push(WNode {
            tag: Some(tag),
            parent: NONE,
            children: kids,
            src,
            wrapped: Vec::new(),
            len,
            link,
            commas: 0,
            ascii_commas: 0,
            phrasing,
            block_inside,
        });
        id
    }

    fn is_br(&self, id: u32) -> bool {
        self.nodes[id as usize].tag == Some(Tag::Br)
    }

    /// Whitespace-only text or a `<br>`.
    fn is_blank(&self, id: u32) -> bool {
        let n = &self.nodes[id as usize];
        match n.tag {
            None => !n.len.has_text(),
            Some(t) => t == Tag::Br,
        }
    }

    fn is_blank_text(&self, id: u32) -> bool {
        let n = &self.nodes[id as usize];
        n.tag.is_none() && !n.len.has_text()
    }

    /// Index of the next node at or after `i` that is not whitespace text.
    fn next_solid(&self, kids: &[u32], mut i: usize) -> usize {
        while i < kids.len() && self.is_blank_text(kids[i]) {
            i += 1;
        }
        i
    }

    /// Finishes element `src` with its built children: applies the
    /// preparations and returns the node(s) that stand for it.
    fn finish_element(&mut self, src: u32, mut tag: Tag, kids: Vec<u32>) -> Vec<u32> {
        let kids = self.split_at_double_breaks(kids, &mut tag);
        if tag == Tag::Font {
            tag = Tag::Span;
        }
        if tag != Tag::Div {
            return vec![self.new_element(tag, src, kids)];
        }
        let kids = self.wrap_inline_runs(kids);
        let elements: Vec<u32> = kids
            .iter()
            .copied()
            .filter(|&k| self.nodes[k as usize].tag.is_some())
            .collect();
        let div = self.new_element(Tag::Div, src, kids);
        if elements.len() == 1 && self.nodes[elements[0] as usize].tag == Some(Tag::P) {
            let d = &self.nodes[div as usize];
            let chars = d.len.chars();
            let density = if chars == 0 {
                0.0
            } else {
                d.link / f64::from(chars)
            };
            if density < 0.25 {
                // The div stands for its one paragraph: the paragraph takes
                // its place (the div node stays unused in the arena).
                let p = elements[0];
                let mut wrapped = std::mem::take(&mut self.nodes[div as usize].wrapped);
                if src != NONE {
                    wrapped.push(src);
                }
                wrapped.append(&mut self.nodes[p as usize].wrapped);
                self.nodes[p as usize].wrapped = wrapped;
                return vec![p];
            }
        }
        if !self.nodes[div as usize].block_inside {
            self.nodes[div as usize].tag = Some(Tag::P);
        }
        vec![div]
    }

    /// Readability's `<br><br>` rule: after two or more breaks in a row
    /// (whitespace between them allowed), the inline content that follows,
    /// up to the next such run or block, is a paragraph.
    fn split_at_double_breaks(&mut self, kids: Vec<u32>, tag: &mut Tag) -> Vec<u32> {
        if kids.iter().filter(|&&k| self.is_br(k)).count() < 2 {
            return kids;
        }
        let mut out = Vec::with_capacity(kids.len());
        let mut i = 0;
        let mut made_any = false;
        while i < kids.len() {
            let k = kids[i];
            let chain_next = self.next_solid(&kids, i + 1);
            if !(self.is_br(k) && chain_next < kids.len() && self.is_br(kids[chain_next])) {
                out.push(k);
                i += 1;
                continue;
            }
            // Skip the whole run of breaks.
            let mut j = chain_next;
            loop {
                let n = self.next_solid(&kids, j + 1);
                if n < kids.len() && self.is_br(kids[n]) {
                    j = n;
                } else {
                    break;
                }
            }
            let mut p_kids = Vec::new();
            let mut m = j + 1;
            while m < kids.len() {
                let c = kids[m];
                if self.is_br(c) {
                    let n = self.next_solid(&kids, m + 1);
                    if n < kids.len() && self.is_br(kids[n]) {
                        break;
                    }
                }
                if !self.nodes[c as usize].phrasing {
                    break;
                }
                p_kids.push(c);
                m += 1;
            }
            while p_kids.last().is_some_and(|&c| self.is_blank(c)) {
                p_kids.pop();
            }
            let p = self.new_element(Tag::P, NONE, p_kids);
            out.push(p);
            made_any = true;
            i = m;
        }
        if made_any && *tag == Tag::P {
            *tag = Tag::Div;
        }
        out
    }

    /// Puts each run of inline content of a `div` into a paragraph (runs
    /// start at the first non-blank node; trailing blanks are dropped).
    fn wrap_inline_runs(&mut self, kids: Vec<u32>) -> Vec<u32> {
        if !kids
            .iter()
            .any(|&k| self.nodes[k as usize].phrasing && !self.is_blank(k))
        {
            return kids;
        }
        let mut out = Vec::with_capacity(kids.len());
        let mut run: Option<Vec<u32>> = None;
        for k in kids {
            if self.nodes[k as usize].phrasing {
                match &mut run {
                    Some(r) => r.push(k),
                    None if !self.is_blank(k) => run = Some(vec![k]),
                    None => out.push(k),
                }
            } else {
                if let Some(mut r) = run.take() {
                    while r.last().is_some_and(|&c| self.is_blank(c)) {
                        r.pop();
                    }
                    out.push(self.new_element(Tag::P, NONE, r));
                }
                out.push(k);
            }
        }
        if let Some(r) = run {
            out.push(self.new_element(Tag::P, NONE, r));
        }
        out
    }

    // Accessors.

    pub(crate) fn tag(&self, id: u32) -> Option<Tag> {
        self.nodes[id as usize].tag
    }

    pub(crate) fn parent(&self, id: u32) -> u32 {
        self.nodes[id as usize].parent
    }

    /// An attribute of the node's source element (none for synthetic ones).
    pub(crate) fn attr(&self, id: u32, name: &str) -> Option<&'d str> {
        let src = self.nodes[id as usize].src;
        if src == NONE {
            None
        } else {
            self.doc.attr(src, name)
        }
    }

    /// The raw text of a text node.
    pub(crate) fn text(&self, id: u32) -> &'d str {
        let n = &self.nodes[id as usize];
        if n.tag.is_some() || n.src == NONE {
            return "";
        }
        self.doc.text(n.src).unwrap_or("")
    }
}

fn label_of(doc: &Document, src: u32) -> (Box<str>, u32) {
    let class = doc.attr(src, "class").unwrap_or("");
    let id = doc.attr(src, "id").unwrap_or("");
    if class.is_empty() && id.is_empty() {
        return (Box::default(), 0);
    }
    let class = class.to_lowercase();
    let joined = format!("{class} {}", id.to_lowercase());
    (joined.into(), class.len() as u32)
}

impl Work<'_> {
    /// The lower-cased class, id, and both joined ("class id"), of a source
    /// element (all empty for synthetic nodes and elements without them).
    pub(crate) fn label(&self, src: u32) -> (&str, &str, &str) {
        match self.labels.get(src as usize) {
            Some((joined, class_len)) if !joined.is_empty() => {
                let c = *class_len as usize;
                (&joined[..c], &joined[c + 1..], joined)
            }
            _ => ("", "", ""),
        }
    }
}

/// The `<body>` element, or the root when there is none.
fn find_body(doc: &Document) -> u32 {
    // The body is a child of <html>, itself a child of the root; look two
    // levels down before searching the whole tree.
    for c in doc.children(0) {
        if doc.tag(c) == Some(Tag::Body) {
            return c;
        }
        if doc.tag(c) == Some(Tag::Html) {
            for cc in doc.children(c) {
                if doc.tag(cc) == Some(Tag::Body) {
                    return cc;
                }
            }
        }
    }
    doc.descendants(0)
        .find(|&d| doc.tag(d) == Some(Tag::Body))
        .unwrap_or(0)
}

/// Readability's visibility test, on what the markup says: the `hidden`
/// attribute, `aria-hidden="true"` (except on fallback images), inline
/// `display: none` and `visibility: hidden`; and open modal dialogs.
pub(crate) fn visible(doc: &Document, id: u32) -> bool {
    if doc.attr(id, "hidden").is_some() {
        return false;
    }
    if doc
        .attr(id, "aria-hidden")
        .is_some_and(|v| v.trim() == "true")
        && !doc
            .attr(id, "class")
            .is_some_and(|c| c.contains("fallback-image"))
    {
        return false;
    }
    if doc
        .attr(id, "aria-modal")
        .is_some_and(|v| v.trim() == "true")
        && doc.attr(id, "role").is_some_and(|v| v.trim() == "dialog")
    {
        return false;
    }
    if let Some(style) = doc.attr(id, "style") {
        for decl in style.split(';') {
            let Some((prop, value)) = decl.split_once(':') else {
                continue;
            };
            let prop = prop.trim().to_ascii_lowercase();
            let value = value.trim().to_ascii_lowercase();
            let value = value.trim_end_matches("!important").trim();
            if (prop == "display" && value == "none") || (prop == "visibility" && value == "hidden")
            {
                return false;
            }
        }
    }
    true
}
