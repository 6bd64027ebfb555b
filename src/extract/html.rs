//! HTML source to a [`Document`], with html5ever (the `html` feature).
//!
//! html5ever builds the tree as the HTML standard says a browser does
//! (implied elements, misnested tags, tables' foster parenting), into a
//! small arena of our own; the arena is then copied into a [`Document`] in
//! document order. Comments, doctypes and `<template>` contents are left
//! out, as they are of a rendered page.

use std::borrow::Cow;
use std::cell::RefCell;

use html5ever::interface::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{parse_document, Attribute, LocalName, Namespace, ParseOpts, QualName};

use super::tree::{Document, NodeId};

/// Parses `html` as a browser would and returns its tree.
///
/// ```
/// let doc = salient::extract::parse_html("<title>T</title><p>Hello, <b>world</b>.");
/// let article = salient::extract::extract(&doc);
/// assert_eq!(article.title.as_deref(), Some("T"));
/// ```
pub fn parse_html(html: &str) -> Document {
    let sink = Sink::default();
    let sink = parse_document(sink, ParseOpts::default()).one(StrTendril::from_slice(html));
    sink.into_document()
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
}

/// The arena html5ever builds into.
struct Sink {
    nodes: RefCell<Vec<SNode>>,
}

impl Default for Sink {
    fn default() -> Self {
        Sink {
            nodes: RefCell::new(vec![SNode {
                parent: None,
                children: Vec::new(),
                kind: Kind::Document,
                template_contents: None,
            }]),
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
            self.nodes.borrow_mut()[id].template_contents = Some(contents);
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
