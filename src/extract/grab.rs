//! One extraction attempt: find the element that holds the article and
//! gather it with its related siblings.
//!
//! The scoring is the one Readability describes (Mozilla's Readability.js,
//! after Arc90's original; the constants below are its published ones):
//!
//! 1. Furniture goes first: bylines, the heading that repeats the title,
//!    elements whose class or id says "comment", "sidebar", "footer"...
//!    (unless it also says "article", "content", "main"...), ARIA roles of
//!    menus and dialogs, and empty containers.
//! 2. Every paragraph-like element (`p`, `pre`, `td`, `section`, `h2`-`h6`,
//!    and the paragraphs made of `div`s and `<br><br>` runs) with at least
//!    25 characters scores `1 + commas + min(chars / 100, 3)`, given to its
//!    parent whole, to its grandparent halved, and to the ancestors above
//!    (up to five levels) divided by three times their level. Characters,
//!    not words: a Chinese paragraph measures as much as an English one of
//!    the same length.
//! 3. An ancestor starts from what its tag says (`div` +5, `td`/`pre`/
//!    `blockquote` +3, lists and forms -3, headings -5) plus ±25 for its
//!    class and id; its final score is scaled by `1 - link density`.
//! 4. The best candidate gives way to a common ancestor when three or more
//!    near-best ones (75% of its score) share it, or to a parent that scores
//!    higher (climbing while the parents keep a third of its score), and
//!    climbs through parents it is the only child of.
//! 5. Its siblings join when they score a fifth of it (at least 10, a bonus
//!    for the same class), or are paragraphs of more than 80 characters with
//!    few links, or short link-free sentences.

use super::agg::{measure, preorder, Agg};
use super::patterns;
use super::tag::Tag;
use super::text::similarity;
use super::tree::NONE;
use super::work::Work;

/// What an attempt may do; later attempts turn rules off when the result
/// was too short.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Flags {
    /// Remove elements whose class or id says they are furniture.
    pub(crate) strip_unlikely: bool,
    /// Weigh class and id names in scores.
    pub(crate) weigh_classes: bool,
    /// Remove containers inside the article that look like furniture
    /// (`clean.rs`).
    pub(crate) clean_conditionally: bool,
}

impl Flags {
    /// Every rule on: the first attempt.
    pub(crate) const ALL: Flags = Flags {
        strip_unlikely: true,
        weigh_classes: true,
        clean_conditionally: true,
    };
}

/// Shortest text scored as a paragraph, in characters.
const MIN_PARAGRAPH_CHARS: u32 = 25;
/// Candidates kept for the common-ancestor rule.
const TOP_CANDIDATES: usize = 5;
/// Near-best candidates that must share an ancestor for it to win.
const MIN_SHARED_CANDIDATES: usize = 3;
/// Longest byline, in characters.
const MAX_BYLINE_CHARS: u32 = 100;

/// The state of one attempt over the working tree.
pub(crate) struct Attempt<'a, 'd> {
    pub(crate) w: &'a Work<'d>,
    pub(crate) flags: Flags,
    /// Nodes removed (with their subtrees).
    pub(crate) removed: Vec<bool>,
    /// Measures over what is not removed (valid after `measure`).
    pub(crate) aggs: Vec<Agg>,
    score: Vec<f64>,
    scored: Vec<bool>,
    /// The byline found in the page's text, if any.
    pub(crate) byline: Option<String>,
}

impl<'a, 'd> Attempt<'a, 'd> {
    pub(crate) fn new(w: &'a Work<'d>, flags: Flags) -> Self {
        let n = w.nodes.len();
        Attempt {
            w,
            flags,
            removed: vec![false; n],
            aggs: vec![Agg::default(); n],
            score: vec![0.0; n],
            scored: vec![false; n],
            byline: None,
        }
    }

    /// The class/id weight of a node (0 when classes are not weighed).
    pub(crate) fn class_weight(&self, id: u32) -> f64 {
        if !self.flags.weigh_classes {
            return 0.0;
        }
        let (class, ident, _) = self.w.label(self.w.nodes[id as usize].src);
        patterns::weight(class) + patterns::weight(ident)
    }

    fn init_score(&mut self, id: u32) {
        if self.scored[id as usize] {
            return;
        }
        self.scored[id as usize] = true;
        let tag = self.w.tag(id).unwrap_or(Tag::Other);
        self.score[id as usize] = tag.base_score() + self.class_weight(id);
    }

    /// Element children not removed.
    pub(crate) fn element_children(&self, id: u32) -> impl Iterator<Item = u32> + '_ {
        self.w.nodes[id as usize]
            .children
            .iter()
            .copied()
            .filter(|&k| !self.removed[k as usize] && self.w.tag(k).is_some())
    }

    /// Text of a node's subtree as it stands (removed parts left out).
    pub(crate) fn text_of(&self, id: u32) -> String {
        let mut out = String::new();
        for n in preorder(self.w, id, &self.removed) {
            out.push_str(self.w.text(n));
        }
        out
    }

    /// Step 1: removes furniture and collects the paragraphs to score, in
    /// document order.
    fn prune(&mut self, title: &str) -> Vec<u32> {
        let w = self.w;
        let mut to_score = Vec::new();
        let mut title_heading_seen = title.is_empty();
        // (node, levels since the nearest table or code ancestor)
        let mut stack: Vec<(u32, u32)> = vec![(w.root, u32::MAX)];
        while let Some((id, since_table)) = stack.pop() {
            let node = &w.nodes[id as usize];
            let Some(tag) = node.tag else { continue };
            if id != w.root {
                let mut sources: Vec<u32> = node.wrapped.clone();
                sources.push(node.src);
                let mut remove = false;
                for &src in &sources {
                    if src == NONE {
                        continue;
                    }
                    if self.byline.is_none() && self.is_byline(src) {
                        self.byline = Some(byline_text(w, src));
                        remove = true;
                        break;
                    }
                    if self.flags.strip_unlikely && tag != Tag::A && tag != Tag::Body {
                        let (_, _, label) = w.label(src);
                        if since_table > 4 && patterns::unlikely(label) {
                            remove = true;
                            break;
                        }
                        if w.doc
                            .attr(src, "role")
                            .is_some_and(|r| patterns::unlikely_role(&r.to_ascii_lowercase()))
                        {
                            remove = true;
                            break;
                        }
                    }
                }
                if !remove
                    && !title_heading_seen
                    && matches!(tag, Tag::H1 | Tag::H2)
                    && similarity(title, &self.text_of(id)) > 0.75
                {
                    title_heading_seen = true;
                    remove = true;
                }
                if !remove
                    && matches!(
                        tag,
                        Tag::Div
                            | Tag::Section
                            | Tag::Header
                            | Tag::H1
                            | Tag::H2
                            | Tag::H3
                            | Tag::H4
                            | Tag::H5
                            | Tag::H6
                    )
                    && !node.len.has_text()
                    && node
                        .children
                        .iter()
                        .all(|&k| w.tag(k).is_none_or(|t| matches!(t, Tag::Br | Tag::Hr)))
                {
                    remove = true;
                }
                if remove {
                    self.removed[id as usize] = true;
                    continue;
                }
            }
            if tag.is_scored() {
                to_score.push(id);
            }
            let below = if matches!(tag, Tag::Table | Tag::Code) {
                1
            } else {
                since_table.saturating_add(1)
            };
            for &k in node.children.iter().rev() {
                stack.push((k, below));
            }
        }
        to_score
    }

    fn is_byline(&self, src: u32) -> bool {
        let doc = self.w.doc;
        let rel_author = doc.attr(src, "rel").is_some_and(|r| r.trim() == "author");
        let itemprop_author = doc
            .attr(src, "itemprop")
            .is_some_and(|p| p.contains("author"));
        let (_, _, label) = self.w.label(src);
        if !(rel_author || itemprop_author || patterns::byline(label)) {
            return false;
        }
        let chars = super::text::fold(&doc.text_content(src)).chars().count() as u32;
        chars > 0 && chars < MAX_BYLINE_CHARS
    }

    /// Runs steps 1 to 5: returns the nodes that make the article, in
    /// document order (the body alone when nothing stands out).
    pub(crate) fn grab(&mut self, title: &str) -> Vec<u32> {
        let w = self.w;
        let to_score = self.prune(title);
        let order = preorder(w, w.root, &self.removed);
        measure(w, &order, &self.removed, &mut self.aggs);

        // Step 2 and 3: scores.
        let mut candidates: Vec<u32> = Vec::new();
        for &e in &to_score {
            let parent = w.parent(e);
            if parent == NONE {
                continue;
            }
            let a = self.aggs[e as usize];
            let chars = a.chars();
            if chars < MIN_PARAGRAPH_CHARS {
                continue;
            }
            let content = 1.0 + f64::from(a.commas) + f64::from((chars / 100).min(3));
            let mut anc = parent;
            let mut level = 0u32;
            while anc != NONE && level < 5 {
                if !self.scored[anc as usize] {
                    self.init_score(anc);
                    candidates.push(anc);
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => f64::from(l) * 3.0,
                };
                self.score[anc as usize] += content / divider;
                anc = w.parent(anc);
                level += 1;
            }
        }
        let mut top: Vec<u32> = Vec::with_capacity(TOP_CANDIDATES);
        for &c in &candidates {
            let s = self.score[c as usize] * (1.0 - self.aggs[c as usize].link_density());
            self.score[c as usize] = s;
            let at = top
                .iter()
                .position(|&t| s > self.score[t as usize])
                .unwrap_or(top.len());
            if at < TOP_CANDIDATES {
                top.insert(at, c);
                top.truncate(TOP_CANDIDATES);
            }
        }

        let Some(&first) = top.first() else {
            return vec![w.root];
        };
        if first == w.root {
            return vec![w.root];
        }
        let mut best = first;

        // Step 4: a shared ancestor of near-best candidates.
        let best_score = self.score[best as usize];
        let near: Vec<u32> = top[1..]
            .iter()
            .copied()
            .filter(|&t| best_score > 0.0 && self.score[t as usize] / best_score >= 0.75)
            .collect();
        if near.len() >= MIN_SHARED_CANDIDATES {
            // How many near-best candidates each node is an ancestor of.
            let mut shared = vec![0u8; w.nodes.len()];
            for &t in &near {
                let mut p = w.parent(t);
                while p != NONE {
                    shared[p as usize] = shared[p as usize].saturating_add(1);
                    p = w.parent(p);
                }
            }
            let mut p = w.parent(best);
            while p != NONE && p != w.root {
                if usize::from(shared[p as usize]) >= MIN_SHARED_CANDIDATES {
                    best = p;
                    break;
                }
                p = w.parent(p);
            }
        }
        self.init_score(best);

        // A parent that scores higher.
        let mut last = self.score[best as usize];
        let threshold = last / 3.0;
        let mut p = w.parent(best);
        while p != NONE && p != w.root {
            if !self.scored[p as usize] {
                p = w.parent(p);
                continue;
            }
            let ps = self.score[p as usize];
            if ps < threshold {
                break;
            }
            if ps > last {
                best = p;
                break;
            }
            last = ps;
            p = w.parent(p);
        }
        // Parents it is the only child of.
        let mut p = w.parent(best);
        while p != NONE && p != w.root && self.element_children(p).count() == 1 {
            best = p;
            p = w.parent(p);
        }
        self.init_score(best);

        // Step 5: siblings.
        let parent = w.parent(best);
        if parent == NONE {
            return vec![best];
        }
        let best_score = self.score[best as usize];
        let threshold = (best_score * 0.2).max(10.0);
        let best_class = w.attr(best, "class").unwrap_or("");
        let siblings: Vec<u32> = self.element_children(parent).collect();
        let mut out = Vec::new();
        for s in siblings {
            if s == best {
                out.push(s);
                continue;
            }
            let mut bonus = 0.0;
            if !best_class.is_empty() && w.attr(s, "class") == Some(best_class) {
                bonus += best_score * 0.2;
            }
            let append = if self.scored[s as usize] && self.score[s as usize] + bonus >= threshold {
                true
            } else if w.tag(s) == Some(Tag::P) {
                let a = self.aggs[s as usize];
                let density = a.link_density();
                let chars = a.chars();
                if chars > 80 {
                    density < 0.25
                } else {
                    chars > 0
                        && density == 0.0
                        && super::text::has_sentence_end(&super::text::fold(&self.text_of(s)))
                }
            } else {
                false
            };
            if append {
                out.push(s);
            }
        }
        out
    }
}

/// The byline's text: the author's name when it is marked up
/// (`itemprop="name"` inside), else the whole element's text.
fn byline_text(w: &Work<'_>, src: u32) -> String {
    let doc = w.doc;
    let named = doc
        .descendants(src)
        .find(|&d| doc.attr(d, "itemprop").is_some_and(|p| p.contains("name")));
    super::text::fold(&doc.text_content(named.unwrap_or(src)))
}
