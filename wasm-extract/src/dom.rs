//! A browser `Document` (the live page, or one made by `DOMParser`) read
//! into the extraction tree, through web-sys. Read-only: nothing on the
//! page is changed, no node is created or moved.
//!
//! The walk is iterative (first child / next sibling, an explicit stack of
//! open elements), so a document nested deeper than any stack would allow
//! is read like any other. What is never article text is not read at all:
//! the contents of scripts (except JSON-LD metadata), styles, SVG,
//! templates, frames and form controls' options; and only the attributes
//! the extractor looks at are copied.

use salient::extract::{Document, NodeId};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

#[wasm_bindgen]
extern "C" {
    /// An element, for `checkVisibility()` (not in web-sys yet).
    type Checked;
    /// `Element.checkVisibility()`; throws where the browser lacks it.
    #[wasm_bindgen(method, catch, js_name = checkVisibility)]
    fn check_visibility(this: &Checked) -> Result<bool, JsValue>;
}

/// Attributes the extractor reads (see `salient::extract::Document`).
const ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "style",
    "hidden",
    "aria-hidden",
    "aria-modal",
    "role",
    "rel",
    "href",
    "itemprop",
    "itemtype",
    "property",
    "name",
    "content",
    "http-equiv",
    "lang",
    "type",
    "datetime",
    "pubdate",
    "datatable",
    "summary",
    "colspan",
    "rowspan",
    "src",
    "data",
];

/// Elements whose content is skipped (never text, or handled by their tag
/// alone). Lower-case local names.
fn skip_content(name: &str) -> bool {
    matches!(
        name,
        "style"
            | "noscript"
            | "template"
            | "svg"
            | "iframe"
            | "object"
            | "canvas"
            | "video"
            | "audio"
            | "select"
            | "textarea"
    )
}

/// Reads `doc` into a [`Document`].
///
/// When `visibility` is on (a live page that has been laid out), elements
/// of the body that the browser does not render (`display: none`,
/// `visibility: hidden`, content-visibility) are marked `hidden` for the
/// extractor, as far as `Element.checkVisibility()` tells; the head and
/// scripts (never rendered) are read as they are. A document from
/// `DOMParser` has no layout, and its inline styles are read by the
/// extractor itself.
pub fn read(doc: &web_sys::Document, visibility: bool) -> Document {
    let mut out = Document::new();
    let Some(first) = doc.first_child() else {
        return out;
    };
    // (next node to read, the tree node to append it to, whether its
    // elements are rendered); one entry per open element, with its next
    // sibling to come back to.
    let mut stack: Vec<(Option<Node>, NodeId, bool)> = vec![(Some(first), out.root(), true)];
    while let Some(top) = stack.last_mut() {
        let Some(node) = top.0.take() else {
            stack.pop();
            continue;
        };
        let (parent, rendered) = (top.1, top.2);
        top.0 = node.next_sibling();
        match node.node_type() {
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                if let Some(text) = node.node_value() {
                    out.append_text(parent, &text);
                }
            }
            Node::ELEMENT_NODE => {
                // An element node is an Element: no instanceof check needed.
                let element: Element = node.unchecked_into();
                let name = element.local_name().to_ascii_lowercase();
                let id = out.append_element(parent, &name);
                if element.has_attributes() {
                    copy_attributes(&element, &mut out, id);
                }
                // Scripts are never rendered: only JSON-LD is read
                // (metadata); other scripts' text is neither read nor copied.
                if name == "script" {
                    let ld = element
                        .get_attribute("type")
                        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                    if ld {
                        if let Some(text) = element.text_content() {
                            out.append_text(id, &text);
                        }
                    }
                    continue;
                }
                // The head (the <title>, metadata) is never rendered either,
                // and is read whole; in the body, what the browser does not
                // render is marked hidden and its content not read.
                let rendered = rendered && name != "head";
                if visibility
                    && rendered
                    && element.unchecked_ref::<Checked>().check_visibility() == Ok(false)
                {
                    out.set_attribute(id, "hidden", "");
                    continue;
                }
                if skip_content(&name) {
                    continue;
                }
                let child = element.first_child();
                if child.is_some() {
                    stack.push((child, id, rendered));
                }
            }
            Node::DOCUMENT_TYPE_NODE | Node::COMMENT_NODE | Node::PROCESSING_INSTRUCTION_NODE => {}
            _ => {
                // Anything else with children (a document fragment) is read
                // through.
                let child = node.first_child();
                if child.is_some() {
                    stack.push((child, parent, rendered));
                }
            }
        }
    }
    out
}

/// Copies the attributes the extractor reads. (By name, with
/// `getAttributeNames()`: going through `attributes` would make the browser
/// create an `Attr` node for every attribute of the page.)
fn copy_attributes(element: &Element, out: &mut Document, id: NodeId) {
    for name in element.get_attribute_names().iter() {
        let Some(name) = name.as_string() else {
            continue;
        };
        if !ATTRIBUTES.contains(&name.as_str()) {
            continue;
        }
        if let Some(value) = element.get_attribute(&name) {
            out.set_attribute(id, &name, &value);
        }
    }
}
