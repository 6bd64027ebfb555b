//! Subtree measures over what an attempt has not removed, computed
//! bottom-up without recursion.

use super::tag::Tag;
use super::text::TextLen;
use super::work::Work;

/// What a subtree holds, counting only nodes not removed.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Agg {
    /// Text measure (folded, trimmed characters).
    pub(crate) len: TextLen,
    /// Link text characters (same-page links weighted down).
    pub(crate) link: f64,
    /// Commas of every kind Readability counts.
    pub(crate) commas: u32,
    /// ASCII commas only.
    pub(crate) ascii_commas: u32,
    /// Descendant `p`, `img`, `li`, `input` and embed elements.
    pub(crate) p: u32,
    pub(crate) img: u32,
    pub(crate) li: u32,
    pub(crate) input: u32,
    pub(crate) embed: u32,
    /// Text characters inside headings.
    pub(crate) heading: u32,
    /// Text characters inside lists.
    pub(crate) list: u32,
    /// Some "textish" descendant (span, li, td, blocks) holds text.
    pub(crate) textish: bool,
}

impl Agg {
    /// Characters of text.
    pub(crate) fn chars(&self) -> u32 {
        self.len.chars()
    }

    /// Link characters over all characters (0 for no text).
    pub(crate) fn link_density(&self) -> f64 {
        let c = self.chars();
        if c == 0 {
            0.0
        } else {
            self.link / f64::from(c)
        }
    }
}

/// Measures of node `id` from its children's (already computed) measures.
pub(crate) fn combine(w: &Work<'_>, id: u32, removed: &[bool], aggs: &[Agg]) -> Agg {
    let n = &w.nodes[id as usize];
    let Some(tag) = n.tag else {
        return Agg {
            len: n.len,
            commas: n.commas,
            ascii_commas: n.ascii_commas,
            ..Agg::default()
        };
    };
    let mut a = Agg::default();
    for &k in &n.children {
        if removed[k as usize] {
            continue;
        }
        let c = &aggs[k as usize];
        a.len = a.len.then(c.len);
        a.link += c.link;
        a.commas += c.commas;
        a.ascii_commas += c.ascii_commas;
        a.p += c.p;
        a.img += c.img;
        a.li += c.li;
        a.input += c.input;
        a.embed += c.embed;
        a.heading += c.heading;
        a.list += c.list;
        a.textish |= c.textish;
        if let Some(ct) = w.nodes[k as usize].tag {
            match ct {
                Tag::P if c.len.has_text() => a.p += 1,
                Tag::Img => a.img += 1,
                Tag::Li => a.li += 1,
                Tag::Input => a.input += 1,
                _ => {}
            }
            if ct.is_embed() {
                a.embed += 1;
            }
            if ct.is_heading() {
                a.heading = a.heading.saturating_add(c.chars());
            }
            if matches!(ct, Tag::Ul | Tag::Ol) {
                a.list = a.list.saturating_add(c.chars());
            }
            if ct.is_textish() && c.len.has_text() {
                a.textish = true;
            }
        }
    }
    if tag == Tag::A {
        a.link = f64::from(a.chars()) * super::work::link_weight(w.attr(id, "href"));
    }
    a
}

/// The nodes under (and including) `top` that are not removed, in
/// document order.
pub(crate) fn preorder(w: &Work<'_>, top: u32, removed: &[bool]) -> Vec<u32> {
    let mut out = Vec::new();
    if removed[top as usize] {
        return out;
    }
    let mut stack = vec![top];
    while let Some(id) = stack.pop() {
        out.push(id);
        for &k in w.nodes[id as usize].children.iter().rev() {
            if !removed[k as usize] {
                stack.push(k);
            }
        }
    }
    out
}

/// Measures every node of `order` (a pre-order list), bottom-up.
pub(crate) fn measure(w: &Work<'_>, order: &[u32], removed: &[bool], aggs: &mut [Agg]) {
    for &id in order.iter().rev() {
        aggs[id as usize] = combine(w, id, removed, aggs);
    }
}
