//! Cleaning inside the chosen article: what is left of page furniture
//! within it goes, by what its elements hold.
//!
//! In order (Readability's `prepArticle`, whose thresholds these are):
//! forms and fieldsets that look like furniture; footers, asides, embeds
//! (videos from the well-known players excepted), form controls; boxes of
//! sharing buttons; `h1`/`h2` whose class says furniture; then tables that
//! are not data tables, lists and `div`s that look like furniture: more
//! images than paragraphs, more list items than paragraphs (for what is not
//! a list), form inputs, short text with links, too many links for their
//! class (20%, or 50% for a positive class), embeds with little text, no
//! text in any block. Containers with ten commas or more are prose and
//! stay; so do data tables and what is inside them, code, and lists whose
//! every item is an image.

use super::agg::{combine, preorder, Agg};
use super::grab::Attempt;
use super::patterns;
use super::tag::Tag;
use super::tree::NONE;

/// Lists with more link text than this (a share of their text) are lists
/// of links: navigation, "related stories". Readability spares lists from
/// its link rule; a summary must not quote them.
const LIST_LINK_DENSITY: f64 = 0.5;

/// A paragraph shorter than this whose text is (almost) all one link is a
/// teaser, not prose.
const LINK_PARAGRAPH_MAX_CHARS: u32 = 200;
const LINK_PARAGRAPH_DENSITY: f64 = 0.9;

/// Text of a box of sharing buttons is shorter than this, in characters.
const SHARE_MAX_CHARS: u32 = 500;

/// Players whose embedded videos are content.
const VIDEO_HOSTS: &[&str] = &[
    "//www.dailymotion.com",
    "//dailymotion.com",
    "//www.youtube.com",
    "//youtube.com",
    "//www.youtube-nocookie.com",
    "//youtube-nocookie.com",
    "//player.vimeo.com",
    "//www.player.vimeo.com",
    "//v.qq.com",
    "//www.v.qq.com",
    "//bilibili.com",
    "//www.bilibili.com",
    "//live.bilibili.com",
    "//archive.org",
    "//www.archive.org",
    "//upload.wikimedia.org",
    "//player.twitch.tv",
];

impl Attempt<'_, '_> {
    /// True for an embed whose source is a well-known video player.
    fn is_video(&self, id: u32) -> bool {
        ["src", "data"].iter().any(|a| {
            self.w.attr(id, a).is_some_and(|v| {
                let v = v.to_ascii_lowercase();
                VIDEO_HOSTS.iter().any(|h| v.contains(h))
            })
        })
    }

    /// Cleans the article made of `content` in place (marking removals).
    pub(crate) fn clean(&mut self, content: &[u32]) {
        let data_tables = self.data_tables(content);
        self.clean_conditionally(content, &[Tag::Form, Tag::Fieldset], &data_tables);
        self.remove_where(content, |a, id, tag| match tag {
            Tag::Object | Tag::Embed | Tag::Iframe => !a.is_video(id),
            Tag::Footer | Tag::Aside | Tag::Link => true,
            _ => false,
        });
        let mut aggs = Vec::new();
        for &c in content {
            self.remove_share_boxes(c, &mut aggs);
        }
        self.remove_where(content, |_, _, tag| {
            matches!(tag, Tag::Input | Tag::Textarea | Tag::Select | Tag::Button)
        });
        self.remove_where(content, |a, id, tag| {
            matches!(tag, Tag::H1 | Tag::H2) && a.class_weight(id) < 0.0
        });
        self.clean_conditionally(content, &[Tag::Table], &data_tables);
        self.clean_conditionally(content, &[Tag::Ul, Tag::Ol], &data_tables);
        self.clean_conditionally(content, &[Tag::Div], &data_tables);
        if self.flags.clean_conditionally {
            self.remove_link_paragraphs(content);
        }
    }

    /// Removes paragraphs and list items that are nothing but a link
    /// ("Read more: ...", a teaser): not the article's prose.
    fn remove_link_paragraphs(&mut self, content: &[u32]) {
        for &c in content {
            let order = preorder(self.w, c, &self.removed);
            super::agg::measure(self.w, &order, &self.removed, &mut self.aggs);
            for &id in &order {
                if !matches!(self.w.tag(id), Some(Tag::P | Tag::Li)) {
                    continue;
                }
                let a = &self.aggs[id as usize];
                if a.chars() > 0
                    && a.chars() < LINK_PARAGRAPH_MAX_CHARS
                    && a.link_density() >= LINK_PARAGRAPH_DENSITY
                {
                    self.removed[id as usize] = true;
                }
            }
        }
    }

    /// Removes every element of `content` (tops included) that `pred` picks.
    fn remove_where(&mut self, content: &[u32], pred: impl Fn(&Self, u32, Tag) -> bool) {
        for &c in content {
            for id in preorder(self.w, c, &self.removed) {
                if let Some(tag) = self.w.tag(id) {
                    if pred(self, id, tag) {
                        self.removed[id as usize] = true;
                    }
                }
            }
        }
    }

    /// Readability's sharing-box rule, under (not including) `top`.
    fn remove_share_boxes(&mut self, top: u32, aggs: &mut Vec<Agg>) {
        let order = preorder(self.w, top, &self.removed);
        let mut aggs_needed = false;
        for &id in &order[1.min(order.len())..] {
            let src = self.w.nodes[id as usize].src;
            if src == NONE || self.w.tag(id).is_none() {
                continue;
            }
            if patterns::share(self.w.label(src).2) {
                aggs_needed = true;
                break;
            }
        }
        if !aggs_needed {
            return;
        }
        // Measures as they stand, then a pre-order sweep (outer boxes first).
        aggs.resize(self.w.nodes.len(), Agg::default());
        for &id in order.iter().rev() {
            aggs[id as usize] = combine(self.w, id, &self.removed, aggs);
        }
        let mut stack: Vec<u32> = self.w.nodes[top as usize]
            .children
            .iter()
            .rev()
            .copied()
            .collect();
        while let Some(id) = stack.pop() {
            if self.removed[id as usize] || self.w.tag(id).is_none() {
                continue;
            }
            let src = self.w.nodes[id as usize].src;
            if patterns::share(self.w.label(src).2) && aggs[id as usize].chars() < SHARE_MAX_CHARS {
                self.removed[id as usize] = true;
                continue;
            }
            stack.extend(self.w.nodes[id as usize].children.iter().rev());
        }
    }

    /// Which tables of `content` are data tables (not layout).
    fn data_tables(&self, content: &[u32]) -> Vec<bool> {
        #[derive(Clone, Copy, Default)]
        struct T {
            caption: bool,
            structure: bool,
            table: bool,
            rows: u32,
            cols: u32,
            td_span: u32,
        }
        let w = self.w;
        let mut out = vec![false; w.nodes.len()];
        let mut t = vec![T::default(); w.nodes.len()];
        let span = |id: u32, name: &str| -> u32 {
            w.attr(id, name)
                .and_then(|v| {
                    let digits: String =
                        v.trim().chars().take_while(char::is_ascii_digit).collect();
                    digits.parse::<u32>().ok()
                })
                .filter(|&n| n > 0)
                .unwrap_or(1)
                .min(1000)
        };
        for &c in content {
            let order = preorder(w, c, &self.removed);
            if !order.iter().any(|&id| w.tag(id) == Some(Tag::Table)) {
                continue;
            }
            for &id in order.iter().rev() {
                let mut a = T::default();
                for &k in &w.nodes[id as usize].children {
                    if self.removed[k as usize] {
                        continue;
                    }
                    let Some(kt) = w.tag(k) else { continue };
                    let b = t[k as usize];
                    a.caption |= b.caption
                        || (kt == Tag::Caption && !w.nodes[k as usize].children.is_empty());
                    a.structure |= b.structure
                        || matches!(
                            kt,
                            Tag::Col | Tag::Colgroup | Tag::Tfoot | Tag::Thead | Tag::Th
                        );
                    a.table |= b.table || kt == Tag::Table;
                    a.rows = a.rows.saturating_add(b.rows);
                    a.cols = a.cols.max(b.cols);
                    a.td_span = a.td_span.saturating_add(b.td_span);
                    if kt == Tag::Td {
                        a.td_span = a.td_span.saturating_add(span(k, "colspan"));
                    }
                }
                match w.tag(id) {
                    Some(Tag::Tr) => {
                        a.rows = a.rows.saturating_add(span(id, "rowspan"));
                        a.cols = a.cols.max(a.td_span);
                    }
                    Some(Tag::Table) => {
                        let attr = |n: &str| w.attr(id, n).map(str::trim);
                        out[id as usize] = if attr("role") == Some("presentation")
                            || attr("datatable") == Some("0")
                        {
                            false
                        } else if attr("summary").is_some_and(|s| !s.is_empty())
                            || a.caption
                            || a.structure
                        {
                            true
                        } else if a.table {
                            false
                        } else {
                            a.rows >= 10 || a.cols > 4 || u64::from(a.rows) * u64::from(a.cols) > 10
                        };
                    }
                    _ => {}
                }
                t[id as usize] = a;
            }
        }
        out
    }

    /// Readability's conditional cleaning of the elements of `tags`, inner
    /// ones first, each judged on what is left of it.
    fn clean_conditionally(&mut self, content: &[u32], tags: &[Tag], data_tables: &[bool]) {
        if !self.flags.clean_conditionally {
            return;
        }
        let w = self.w;
        // Per node, filled for each part of the article in turn (the parts
        // are disjoint subtrees, and each pass writes what it reads).
        // Top-down: inside a data table; levels below the nearest `code` and
        // `figure` ancestor, 0 for none (Readability looks four levels up).
        let n = w.nodes.len();
        let mut in_data = vec![false; n];
        let mut since_code = vec![0u8; n];
        let mut since_figure = vec![0u8; n];
        // Bottom-up: measures, "holds a data table", "holds a video".
        let mut aggs = vec![Agg::default(); n];
        let mut holds_data = vec![false; n];
        let mut holds_video = vec![false; n];
        for &c in content {
            let order = preorder(w, c, &self.removed);
            if !order
                .iter()
                .any(|&id| w.tag(id).is_some_and(|t| tags.contains(&t)))
            {
                continue;
            }
            for &id in &order {
                if id == c {
                    continue;
                }
                let p = w.parent(id);
                let pt = w.tag(p);
                in_data[id as usize] = in_data[p as usize] || data_tables[p as usize];
                let up = |m: &[u8], hit: bool| -> u8 {
                    match (hit, m[p as usize]) {
                        (true, _) => 1,
                        (false, 0) => 0,
                        (false, d) if d < 4 => d + 1,
                        _ => 0,
                    }
                };
                since_code[id as usize] = up(&since_code, pt == Some(Tag::Code));
                since_figure[id as usize] = up(&since_figure, pt == Some(Tag::Figure));
            }
            for &id in order.iter().rev() {
                let Some(tag) = w.tag(id) else {
                    aggs[id as usize] = combine(w, id, &self.removed, &aggs);
                    continue;
                };
                let (mut hd, mut hv) = (false, false);
                let mut video_embeds = 0u32;
                for &k in &w.nodes[id as usize].children {
                    if self.removed[k as usize] {
                        continue;
                    }
                    hd |= holds_data[k as usize] || data_tables[k as usize];
                    let kv = w.tag(k).is_some_and(Tag::is_embed) && self.is_video(k);
                    hv |= holds_video[k as usize] || kv;
                    video_embeds += u32::from(kv);
                }
                holds_data[id as usize] = hd;
                holds_video[id as usize] = hv;
                let mut a = combine(w, id, &self.removed, &aggs);
                a.embed = a.embed.saturating_sub(video_embeds);
                aggs[id as usize] = a;
                if !tags.contains(&tag) {
                    continue;
                }
                // Data tables, what is inside or holds one (or a video),
                // and code stay whatever they look like.
                let kept = (tag == Tag::Table && data_tables[id as usize])
                    || hd
                    || hv
                    || in_data[id as usize]
                    || since_code[id as usize] > 0;
                if !kept && self.looks_like_furniture(id, tag, &a, since_figure[id as usize] > 0) {
                    self.removed[id as usize] = true;
                }
            }
        }
    }

    /// The tests of conditional cleaning: class, then shape.
    fn looks_like_furniture(&self, id: u32, tag: Tag, a: &Agg, figure_child: bool) -> bool {
        let weight = self.class_weight(id);
        if weight < 0.0 {
            return true;
        }
        if a.ascii_commas >= 10 {
            return false;
        }
        let chars = a.chars();
        let is_list = matches!(tag, Tag::Ul | Tag::Ol)
            || (chars > 0 && f64::from(a.list) / f64::from(chars) > 0.9);
        if chars < 30 && is_placeholder(&super::text::fold(&self.text_of(id)).to_lowercase()) {
            return true;
        }
        let p = f64::from(a.p);
        let img = f64::from(a.img);
        let li = f64::from(a.li) - 100.0;
        let input = f64::from(a.input);
        let heading_density = if chars == 0 {
            0.0
        } else {
            f64::from(a.heading) / f64::from(chars)
        };
        let density = a.link_density();
        let remove = (!figure_child && img > 1.0 && p / img < 0.5)
            || (!is_list && li > p)
            || (input > (p / 3.0).floor())
            || (!is_list
                && !figure_child
                && heading_density < 0.9
                && chars < 25
                && (a.img == 0 || a.img > 2)
                && density > 0.0)
            || (!is_list && weight < 25.0 && density > 0.2)
            || (is_list && weight < 25.0 && density > LIST_LINK_DENSITY)
            || (weight >= 25.0 && density > 0.5)
            || ((a.embed == 1 && chars < 75) || a.embed > 1)
            || (a.img == 0 && !a.textish);
        if is_list && remove {
            // A list whose items are one image each stays.
            for k in self.element_children(id) {
                if self.element_children(k).count() > 1 {
                    return true;
                }
            }
            if a.li == a.img {
                return false;
            }
        }
        remove
    }
}

/// Text that is nothing but an advertising label or a loading notice.
fn is_placeholder(lower: &str) -> bool {
    const ADS: &[&str] = &[
        "ad",
        "advertising",
        "advertisement",
        "pub",
        "publicité",
        "werb",
        "werbung",
        "广告",
        "реклама",
        "anuncio",
    ];
    const LOADING: &[&str] = &["loading", "正在加载", "загрузка", "chargement", "cargando"];
    if ADS.contains(&lower) {
        return true;
    }
    let stem = lower
        .strip_suffix('…')
        .or_else(|| lower.strip_suffix("..."))
        .unwrap_or(lower);
    LOADING.contains(&stem)
}
