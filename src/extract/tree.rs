//! The tree that any DOM feeds: elements with a name and attributes, and
//! text. Append-only, stored in one arena (no recursion anywhere, so a tree
//! nested 100,000 deep is built, walked and dropped without touching the
//! stack).

use super::tag::Tag;

/// Marks "no node" in the arena links.
pub(crate) const NONE: u32 = u32::MAX;

/// A node of a [`Document`]: returned by [`Document::root`] and
/// [`Document::append_element`], passed back as a parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NodeId(pub(crate) u32);

#[derive(Debug, Clone)]
pub(crate) enum Data {
    Document,
    Element {
        tag: Tag,
        attrs: Vec<(Box<str>, Box<str>)>,
    },
    Text(String),
}

#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub(crate) parent: u32,
    pub(crate) first_child: u32,
    pub(crate) last_child: u32,
    pub(crate) next_sibling: u32,
    pub(crate) data: Data,
}

/// A parsed HTML document, as the extractor reads it.
///
/// Build it from any DOM (a browser's, an HTML parser's) by appending
/// elements and text under [`Document::root`] in document order. Element and
/// attribute names are matched case-insensitively (ASCII). Text is raw
/// character data: entities already decoded, whitespace as in the source.
/// Comments, processing instructions and doctypes are not part of the tree.
///
/// The extractor reads these attributes and no others, so a feeder may skip
/// the rest: `class`, `id`, `style`, `hidden`, `aria-hidden`, `aria-modal`,
/// `role`, `rel`, `href`, `itemprop`, `itemtype`, `property`, `name`,
/// `content`, `http-equiv`, `lang`, `type`, `datetime`, `pubdate`,
/// `datatable`, `summary`, `colspan`, `rowspan`. A feeder that knows an
/// element is not rendered (computed style) can say so with `hidden`.
///
/// Script text is only read from `<script type="application/ld+json">`
/// (JSON-LD metadata); a feeder may leave out the text of other scripts and
/// of styles.
///
/// ```
/// use salient::extract::Document;
/// let mut doc = Document::new();
/// let html = doc.append_element(doc.root(), "html");
/// let body = doc.append_element(html, "body");
/// let p = doc.append_element(body, "p");
/// doc.set_attribute(p, "class", "lead");
/// doc.append_text(p, "Hello, world.");
/// assert_eq!(doc.len(), 5);
/// ```
#[derive(Debug, Clone)]
pub struct Document {
    pub(crate) nodes: Vec<Node>,
}

impl Default for Document {
    fn default() -> Self {
        Self::new()
    }
}

impl Document {
    /// An empty document: only the root (document) node.
    pub fn new() -> Self {
        Document {
            nodes: vec![Node {
                parent: NONE,
                first_child: NONE,
                last_child: NONE,
                next_sibling: NONE,
                data: Data::Document,
            }],
        }
    }

    /// The document node, the parent of the `<html>` element.
    pub fn root(&self) -> NodeId {
        NodeId(0)
    }

    /// Number of nodes, the root included.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// True when the document holds nothing but its root.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() == 1
    }

    /// Appends an element named `name` as the last child of `parent` and
    /// returns it. A `parent` that is not an element or the root of this
    /// document (a text node, or an id from another document) is taken to be
    /// the root, so no input makes this panic.
    pub fn append_element(&mut self, parent: NodeId, name: &str) -> NodeId {
        let tag = Tag::from_name(name);
        self.push(
            parent,
            Data::Element {
                tag,
                attrs: Vec::new(),
            },
        )
    }

    /// Sets attribute `name` of `element` to `value` (replacing an earlier
    /// value). Ignored when `element` is not an element of this document.
    pub fn set_attribute(&mut self, element: NodeId, name: &str, value: &str) {
        let Some(Node {
            data: Data::Element { attrs, .. },
            ..
        }) = self.nodes.get_mut(element.0 as usize)
        else {
            return;
        };
        let name = name.to_ascii_lowercase();
        if let Some(slot) = attrs.iter_mut().find(|(k, _)| **k == *name) {
            slot.1 = value.into();
        } else {
            attrs.push((name.into(), value.into()));
        }
    }

    /// Appends text as the last child of `parent` (joined to a text node
    /// that is already its last child). Same rule for `parent` as
    /// [`Document::append_element`].
    pub fn append_text(&mut self, parent: NodeId, text: &str) {
        if text.is_empty() {
            return;
        }
        let parent = self.valid_parent(parent);
        let last = self.nodes[parent as usize].last_child;
        if last != NONE {
            if let Data::Text(t) = &mut self.nodes[last as usize].data {
                t.push_str(text);
                return;
            }
        }
        self.push(NodeId(parent), Data::Text(text.to_owned()));
    }

    fn valid_parent(&self, parent: NodeId) -> u32 {
        match self.nodes.get(parent.0 as usize) {
            Some(Node {
                data: Data::Element { .. } | Data::Document,
                ..
            }) => parent.0,
            _ => 0,
        }
    }

    fn push(&mut self, parent: NodeId, data: Data) -> NodeId {
        let parent = self.valid_parent(parent);
        // A document of more than u32::MAX - 1 nodes cannot be built on any
        // machine this runs on (it would need hundreds of gigabytes); the
        // saturating id keeps this function total all the same.
        let id = u32::try_from(self.nodes.len()).unwrap_or(NONE - 1);
        let prev = self.nodes[parent as usize].last_child;
        self.nodes.push(Node {
            parent,
            first_child: NONE,
            last_child: NONE,
            next_sibling: NONE,
            data,
        });
        if prev == NONE {
            self.nodes[parent as usize].first_child = id;
        } else {
            self.nodes[prev as usize].next_sibling = id;
        }
        self.nodes[parent as usize].last_child = id;
        NodeId(id)
    }

    // Internal accessors (ids come from this arena, so indexing is in range).

    pub(crate) fn node(&self, id: u32) -> &Node {
        &self.nodes[id as usize]
    }

    pub(crate) fn tag(&self, id: u32) -> Option<Tag> {
        match &self.nodes[id as usize].data {
            Data::Element { tag, .. } => Some(*tag),
            _ => None,
        }
    }

    pub(crate) fn text(&self, id: u32) -> Option<&str> {
        match &self.nodes[id as usize].data {
            Data::Text(t) => Some(t),
            _ => None,
        }
    }

    /// The value of attribute `name` (lower-case) of element `id`.
    pub(crate) fn attr(&self, id: u32, name: &str) -> Option<&str> {
        match &self.nodes[id as usize].data {
            Data::Element { attrs, .. } => {
                attrs.iter().find(|(k, _)| &**k == name).map(|(_, v)| &**v)
            }
            _ => None,
        }
    }

    /// The children of `id`, in order.
    pub(crate) fn children(&self, id: u32) -> Children<'_> {
        Children {
            doc: self,
            next: self.nodes[id as usize].first_child,
        }
    }

    /// Every node under `id` (not `id` itself), in document order.
    pub(crate) fn descendants(&self, id: u32) -> Descendants<'_> {
        Descendants {
            doc: self,
            top: id,
            next: self.nodes[id as usize].first_child,
        }
    }

    /// The text content of `id` (all its text nodes, concatenated).
    pub(crate) fn text_content(&self, id: u32) -> String {
        let mut out = String::new();
        if let Some(t) = self.text(id) {
            out.push_str(t);
        }
        for d in self.descendants(id) {
            if let Some(t) = self.text(d) {
                out.push_str(t);
            }
        }
        out
    }
}

/// Iterator over the children of a node.
pub(crate) struct Children<'a> {
    doc: &'a Document,
    next: u32,
}

impl Iterator for Children<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.next == NONE {
            return None;
        }
        let id = self.next;
        self.next = self.doc.nodes[id as usize].next_sibling;
        Some(id)
    }
}

/// Pre-order iterator over the descendants of a node, without recursion.
pub(crate) struct Descendants<'a> {
    doc: &'a Document,
    top: u32,
    next: u32,
}

impl Iterator for Descendants<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.next == NONE {
            return None;
        }
        let id = self.next;
        let node = &self.doc.nodes[id as usize];
        self.next = if node.first_child != NONE {
            node.first_child
        } else {
            let mut n = id;
            loop {
                if n == self.top {
                    break NONE;
                }
                let nn = &self.doc.nodes[n as usize];
                if nn.next_sibling != NONE {
                    break nn.next_sibling;
                }
                n = nn.parent;
                if n == NONE || n == self.top {
                    break NONE;
                }
            }
        };
        Some(id)
    }
}
