//! HTML source to a [`Document`], with html5ever (the `html` feature).
//!
//! html5ever builds the tree as the HTML standard says a browser does
//! (implied elements, misnested tags, tables' foster parenting), into a
//! small arena of our own; the arena is then copied into a [`Document`] in
//! document order. Comments, doctypes and `<template>` contents are left
//! out, as they are of a rendered page.
//!
//! The HTML parsing algorithm walks its stack of open elements for many
//! tags, so a document nested deeper and deeper costs time quadratic in its
//! depth: 20,000 nested `<div>`s took 2.7 s, 40,000 took 11 s. Browsers stop
//! nesting at 512 (Chromium's and WebKit's parser depth limit); html5ever
//! has no such limit, so [`parse_html`] reads a document up to the point
//! where it nests deeper than [`MAX_DEPTH`] elements, and no further.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tokenizer::TokenizerOpts;
use html5ever::{parse_document, Attribute, LocalName, Namespace, ParseOpts, QualName};

use super::tree::{Document, NodeId};

/// How deeply elements may nest in a document [`parse_html`] reads: 512,
/// the depth at which Chromium's and WebKit's parsers stop nesting. The
/// HTML parsing algorithm walks its stack of open elements for many tags,
/// so deeper nesting costs time quadratic in the depth (40,000 nested
/// `<div>`s took 11 s); a document that nests deeper is read up to that
/// point and no further.
pub const MAX_DEPTH: u32 = 512;

/// How much of the source html5ever is given at a time, in bytes: the depth
/// is checked after each piece, so reading stops within a piece of where
/// the nesting went too deep.
const PIECE: usize = 4096;

/// Parses `html` as a browser would and returns its tree, up to the point
/// where elements nest deeper than [`MAX_DEPTH`] (within 4 KiB of it; what
/// follows is left out, where a browser would stop nesting and go on).
///
/// ```
/// let doc = salient::extract::parse_html("<title>T</title><p>Hello, <b>world</b>.");
/// let article = salient::extract::extract(&doc);
/// assert_eq!(article.title.as_deref(), Some("T"));
/// ```
pub fn parse_html(html: &str) -> Document {
    parse(html).0
}

/// The options html5ever parses with: a byte order mark is dropped once,
/// from the start of the source, not from the start of every piece.
fn options() -> ParseOpts {
    ParseOpts {
        tokenizer: TokenizerOpts {
            discard_bom: false,
            ..TokenizerOpts::default()
        },
        ..ParseOpts::default()
    }
}

/// [`parse_html`], and whether it stopped where the nesting went too deep.
fn parse(html: &str) -> (Document, bool) {
    let mut parser = parse_document(Sink::default(), options());
    let too_deep =
        |parser: &html5ever::driver::Parser<Sink>| parser.tokenizer.sink.sink.too_deep.get();
    let mut rest = html.strip_prefix('\u{feff}').unwrap_or(html);
    while !rest.is_empty() && !too_deep(&parser) {
        let mut cut = rest.len().min(PIECE);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (piece, tail) = rest.split_at(cut);
        parser.process(StrTendril::from_slice(piece));
        rest = tail;
    }
    let sink = parser.finish();
    let stopped = sink.too_deep.get();
    (sink.into_document(), stopped)
}

enum Kind {
    Document,
    Element {
        name: QualName,
        attrs: Vec<Attribute>,
    },
    Text(String),
    /// Comments, processing instructions, template contents.
    Ignored,
}

struct SNode {
    parent: Option<usize>,
    children: Vec<usize>,
    kind: Kind,
    template_contents: Option<usize>,
    /// For a template's contents, the template: they have no parent, but
    /// nest as deep as it does.
    host: Option<usize>,
}

/// The arena html5ever builds into.
struct Sink {
    nodes: RefCell<Vec<SNode>>,
    /// Set once an element is inserted deeper than [`MAX_DEPTH`].
    too_deep: Cell<bool>,
}

impl Default for Sink {
    fn default() -> Self {
        Sink {
            nodes: RefCell::new(vec![SNode {
                parent: None,
                children: Vec::new(),
                kind: Kind::Document,
                template_contents: None,
                host: None,
            }]),
            too_deep: Default::default(),
        }
    }
}

/// An element's name, handed to html5ever.
#[derive(Debug)]
struct Name(QualName);

impl ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

impl Sink {
    fn new_node(&self, kind: Kind) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(SNode {
            parent: None,
            children: Vec::new(),
            kind,
            template_contents: None,
            host: None,
        });
        nodes.len() - 1
    }

    fn detach(nodes: &mut [SNode], node: usize) {
        if let Some(p) = nodes[node].parent.take() {
            nodes[p].children.retain(|&c| c != node);
        }
    }

    /// Inserts `child` into `parent` at `at` (merging adjacent text).
    fn insert(&self, parent: usize, at: Option<usize>, child: NodeOrText<usize>) {
        let mut nodes = self.nodes.borrow_mut();
        let index = at.unwrap_or(nodes[parent].children.len());
        match child {
            NodeOrText::AppendText(text) => {
                if index > 0 {
                    let prev = nodes[parent].children[index - 1];
                    if let Kind::Text(t) = &mut nodes[prev].kind {
                        t.push_str(&text);
                        return;
                    }
                }
                nodes.push(SNode {
                    parent: Some(parent),
                    children: Vec::new(),
                    kind: Kind::Text(text.to_string()),
                    template_contents: None,
                    host: None,
                });
                let id = nodes.len() - 1;
                nodes[parent].children.insert(index, id);
            }
            NodeOrText::AppendNode(node) => {
                Self::detach(&mut nodes, node);
                let index = at
                    .map(|_| index.min(nodes[parent].children.len()))
                    .unwrap_or(nodes[parent].children.len());
                nodes[node].parent = Some(parent);
                nodes[parent].children.insert(index, node);
                // its depth, counted up its ancestors (as they are now: the
                // parser moves nodes; through templates, whose contents nest
                // in html5ever's stack of open elements) up to the limit
                let mut depth = 0;
                let mut up = Some(node);
                while let Some(n) = up {
                    if depth > MAX_DEPTH {
                        self.too_deep.set(true);
                        break;
                    }
                    if matches!(nodes[n].kind, Kind::Element { .. }) {
                        depth += 1;
                    }
                    up = nodes[n].parent.or(nodes[n].host);
                }
            }
        }
    }

    fn into_document(self) -> Document {
        let nodes = self.nodes.into_inner();
        let mut doc = Document::new();
        let mut stack: Vec<(usize, NodeId)> = vec![(0, doc.root())];
        while let Some((id, parent)) = stack.pop() {
            let here = match &nodes[id].kind {
                Kind::Document => parent,
                Kind::Element { name, attrs } => {
                    let e = doc.append_element(parent, &name.local);
                    for a in attrs {
                        doc.set_attribute(e, &a.name.local, &a.value);
                    }
                    e
                }
                Kind::Text(t) => {
                    doc.append_text(parent, t);
                    continue;
                }
                Kind::Ignored => continue,
            };
            for &c in nodes[id].children.iter().rev() {
                stack.push((c, here));
            }
        }
        doc
    }
}

impl TreeSink for Sink {
    type Handle = usize;
    type Output = Self;
    type ElemName<'a> = Name;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> usize {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a usize) -> Name {
        match &self.nodes.borrow()[*target].kind {
            Kind::Element { name, .. } => Name(name.clone()),
            // html5ever asks only for elements' names.
            _ => Name(QualName::new(
                None,
                Namespace::from(""),
                LocalName::from(""),
            )),
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> usize {
        let id = self.new_node(Kind::Element { name, attrs });
        if flags.template {
            let contents = self.new_node(Kind::Ignored);
            let mut nodes = self.nodes.borrow_mut();
            nodes[id].template_contents = Some(contents);
            nodes[contents].host = Some(id);
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> usize {
        self.new_node(Kind::Ignored)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> usize {
        self.new_node(Kind::Ignored)
    }

    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        self.insert(*parent, None, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &usize,
        prev_element: &usize,
        child: NodeOrText<usize>,
    ) {
        let has_parent = self.nodes.borrow()[*element].parent.is_some();
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &usize) -> usize {
        let contents = self.nodes.borrow()[*target].template_contents;
        contents.unwrap_or_else(|| self.new_node(Kind::Ignored))
    }

    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &usize, new_node: NodeOrText<usize>) {
        let (parent, index) = {
            let nodes = self.nodes.borrow();
            let Some(parent) = nodes[*sibling].parent else {
                return;
            };
            let index = nodes[parent]
                .children
                .iter()
                .position(|c| c == sibling)
                .unwrap_or(0);
            (parent, index)
        };
        if let NodeOrText::AppendNode(node) = &new_node {
            // Detaching first may shift the sibling's index.
            let mut nodes = self.nodes.borrow_mut();
            Self::detach(&mut nodes, *node);
            let index = nodes[parent]
                .children
                .iter()
                .position(|c| c == sibling)
                .unwrap_or(index);
            drop(nodes);
            self.insert(parent, Some(index), new_node);
            return;
        }
        self.insert(parent, Some(index), new_node);
    }

    fn add_attrs_if_missing(&self, target: &usize, attrs: Vec<Attribute>) {
        if let Kind::Element { attrs: have, .. } = &mut self.nodes.borrow_mut()[*target].kind {
            for a in attrs {
                if !have.iter().any(|h| h.name == a.name) {
                    have.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &usize) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        let mut nodes = self.nodes.borrow_mut();
        let children = std::mem::take(&mut nodes[*node].children);
        for &c in &children {
            nodes[c].parent = Some(*new_parent);
        }
        nodes[*new_parent].children.extend(children);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runaway nesting is read up to [`MAX_DEPTH`] and no further: 40,000
    /// nested `<div>`s took 11 s to parse before (found by a review).
    /// Nesting within the limit loses nothing.
    #[test]
    fn runaway_nesting_is_read_up_to_the_depth_limit() {
        let story = "<p>The harbour city opened its new tram line on Saturday \
                     after six years of building work, and the first trams ran full.</p>";
        let after = "<p>Beyond the limit, the last paragraph of the page.</p>";
        let deep = format!("<body>{story}{}{after}", "<div>".repeat(100_000));
        let text = crate::extract::extract(&parse_html(&deep)).text;
        assert!(text.contains("tram line"), "{text:?}");
        assert!(!text.contains("Beyond the limit"));
        let depth = MAX_DEPTH as usize - 10;
        let shallow = format!("<body>{story}{}{after}", "<div>".repeat(depth));
        let text = crate::extract::extract(&parse_html(&shallow)).text;
        assert!(
            text.contains("tram line") && text.contains("Beyond the limit"),
            "{text:?}"
        );
    }

    /// Templates nest in html5ever's stack of open elements though their
    /// contents have no parent: nested templates stop the reading too
    /// (they went on, quadratic: found by a review).
    #[test]
    fn nesting_is_counted_through_templates() {
        let html = format!("<body>{}<p><b>x</p>", "<template>".repeat(2_000));
        assert!(parse(&html).1, "too deep");
        let html = format!("<body>{}<p><b>x</p>", "<template>".repeat(400));
        assert!(!parse(&html).1);
        assert!(!parse(&format!("<body>{}x", "<div>".repeat(400))).1);
    }

    /// The source is given to html5ever in pieces; a piece never ends
    /// inside a character, and the pieces parse as the whole source in one
    /// piece does (the oracle), a byte order mark at a piece's start
    /// included (html5ever dropped one at every piece: found by a review).
    #[test]
    fn pieces_parse_as_the_whole() {
        let one_piece = |html: &str| {
            let html = html.strip_prefix('\u{feff}').unwrap_or(html);
            let sink = parse_document(Sink::default(), options()).one(StrTendril::from_slice(html));
            format!("{:?}", sink.into_document())
        };
        let para = "<p>Ünïcödé text, 東京の天気, and more words to fill the piece up.</p>";
        let mut html = format!("\u{feff}<title>T</title><body>{}", para.repeat(400));
        // a byte order mark where a piece starts
        let at = (PIECE..)
            .find(|&i| html.is_char_boundary(i))
            .unwrap_or(PIECE);
        html.insert(at, '\u{feff}');
        assert!(html.len() > 4 * PIECE);
        let doc = parse_html(&html);
        assert_eq!(format!("{doc:?}"), one_piece(&html));
        let text = crate::extract::extract(&doc).text;
        assert_eq!(text.matches("東京の天気").count(), 400);
        assert!(html.split_at(at).1.starts_with('\u{feff}'));
    }
}
