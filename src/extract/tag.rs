//! Element names the extractor tells apart, and what it knows about each.

/// An element name. Names the extractor has no rule for are `Other`
/// (custom elements, SVG and MathML parts, obsolete tags) and count as
/// inline content unless their content makes them blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub(crate) enum Tag {
    A,
    Abbr,
    Address,
    Article,
    Aside,
    Audio,
    B,
    Bdi,
    Bdo,
    Blockquote,
    Body,
    Br,
    Button,
    Canvas,
    Caption,
    Center,
    Cite,
    Code,
    Col,
    Colgroup,
    Data,
    Datalist,
    Dd,
    Del,
    Details,
    Dfn,
    Dialog,
    Div,
    Dl,
    Dt,
    Em,
    Embed,
    Fieldset,
    Figcaption,
    Figure,
    Font,
    Footer,
    Form,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Head,
    Header,
    Hgroup,
    Hr,
    Html,
    I,
    Iframe,
    Img,
    Input,
    Ins,
    Kbd,
    Label,
    Legend,
    Li,
    Link,
    Main,
    Mark,
    Math,
    Menu,
    Meta,
    Meter,
    Nav,
    Noscript,
    Object,
    Ol,
    Optgroup,
    Option,
    Output,
    P,
    Picture,
    Pre,
    Progress,
    Q,
    Rp,
    Rt,
    Ruby,
    S,
    Samp,
    Script,
    Section,
    Select,
    Small,
    Source,
    Span,
    Strike,
    Strong,
    Style,
    Sub,
    Summary,
    Sup,
    Svg,
    Table,
    Tbody,
    Td,
    Template,
    Textarea,
    Tfoot,
    Th,
    Thead,
    Time,
    Title,
    Tr,
    Track,
    Tt,
    U,
    Ul,
    Var,
    Video,
    Wbr,
    Other,
}

impl Tag {
    /// The tag for an element name (ASCII case-insensitive).
    pub(crate) fn from_name(name: &str) -> Tag {
        let mut buf = [0u8; 10];
        let Some(lower) = buf.get_mut(..name.len()) else {
            return Tag::Other;
        };
        lower.copy_from_slice(name.as_bytes());
        lower.make_ascii_lowercase();
        NAMES
            .binary_search_by(|(n, _)| n.as_bytes().cmp(lower))
            .map_or(Tag::Other, |i| NAMES[i].1)
    }

    /// Elements whose content is never article text, dropped before
    /// anything else (scripts, styles, the head's parts).
    pub(crate) fn is_dropped(self) -> bool {
        matches!(
            self,
            Tag::Script
                | Tag::Style
                | Tag::Noscript
                | Tag::Template
                | Tag::Head
                | Tag::Title
                | Tag::Meta
                | Tag::Link
                | Tag::Source
                | Tag::Track
        )
    }

    /// Phrasing content (HTML's inline elements), as Readability lists it;
    /// `a`, `del` and `ins` only when their own content is phrasing (see
    /// `is_transparent`).
    pub(crate) fn is_phrasing(self) -> bool {
        matches!(
            self,
            Tag::Abbr
                | Tag::Audio
                | Tag::B
                | Tag::Bdi
                | Tag::Bdo
                | Tag::Br
                | Tag::Button
                | Tag::Canvas
                | Tag::Cite
                | Tag::Code
                | Tag::Data
                | Tag::Datalist
                | Tag::Dfn
                | Tag::Em
                | Tag::Embed
                | Tag::Font
                | Tag::I
                | Tag::Img
                | Tag::Input
                | Tag::Kbd
                | Tag::Label
                | Tag::Mark
                | Tag::Math
                | Tag::Meter
                | Tag::Noscript
                | Tag::Object
                | Tag::Output
                | Tag::Picture
                | Tag::Progress
                | Tag::Q
                | Tag::Rp
                | Tag::Rt
                | Tag::Ruby
                | Tag::S
                | Tag::Samp
                | Tag::Select
                | Tag::Small
                | Tag::Span
                | Tag::Strike
                | Tag::Strong
                | Tag::Sub
                | Tag::Sup
                | Tag::Svg
                | Tag::Textarea
                | Tag::Time
                | Tag::Tt
                | Tag::U
                | Tag::Var
                | Tag::Video
                | Tag::Wbr
                | Tag::Other
        )
    }

    /// Elements that are phrasing content when everything in them is.
    pub(crate) fn is_transparent(self) -> bool {
        matches!(self, Tag::A | Tag::Del | Tag::Ins)
    }

    /// Blocks whose presence inside a `div` keeps it from being read as a
    /// paragraph (Readability's list, images included).
    pub(crate) fn is_div_block(self) -> bool {
        matches!(
            self,
            Tag::Blockquote
                | Tag::Dl
                | Tag::Div
                | Tag::Img
                | Tag::Ol
                | Tag::P
                | Tag::Pre
                | Tag::Table
                | Tag::Ul
        )
    }

    /// Headings.
    pub(crate) fn is_heading(self) -> bool {
        matches!(
            self,
            Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6
        )
    }

    /// The elements whose text is scored as a paragraph.
    pub(crate) fn is_scored(self) -> bool {
        matches!(
            self,
            Tag::Section
                | Tag::H2
                | Tag::H3
                | Tag::H4
                | Tag::H5
                | Tag::H6
                | Tag::P
                | Tag::Td
                | Tag::Pre
        )
    }

    /// Elements whose text, when they hold any, makes a container
    /// "textish" (the text density test of conditional cleaning).
    pub(crate) fn is_textish(self) -> bool {
        matches!(self, Tag::Span | Tag::Li | Tag::Td) || self.is_div_block()
    }

    /// What an element's tag says about it as a candidate container, before
    /// any text is scored (Readability's starting scores).
    pub(crate) fn base_score(self) -> f64 {
        match self {
            Tag::Div => 5.0,
            Tag::Pre | Tag::Td | Tag::Blockquote => 3.0,
            Tag::Address
            | Tag::Ol
            | Tag::Ul
            | Tag::Dl
            | Tag::Dd
            | Tag::Dt
            | Tag::Li
            | Tag::Form => -3.0,
            Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 | Tag::Th => -5.0,
            _ => 0.0,
        }
    }

    /// Embedded content (counted by conditional cleaning, never text).
    pub(crate) fn is_embed(self) -> bool {
        matches!(self, Tag::Object | Tag::Embed | Tag::Iframe)
    }
}

/// Element names and their tags, sorted by name (obsolete synonyms map to
/// the tag they behave like).
static NAMES: &[(&str, Tag)] = &[
    ("a", Tag::A),
    ("abbr", Tag::Abbr),
    ("acronym", Tag::Abbr),
    ("address", Tag::Address),
    ("article", Tag::Article),
    ("aside", Tag::Aside),
    ("audio", Tag::Audio),
    ("b", Tag::B),
    ("bdi", Tag::Bdi),
    ("bdo", Tag::Bdo),
    ("big", Tag::Span),
    ("blockquote", Tag::Blockquote),
    ("body", Tag::Body),
    ("br", Tag::Br),
    ("button", Tag::Button),
    ("canvas", Tag::Canvas),
    ("caption", Tag::Caption),
    ("center", Tag::Center),
    ("cite", Tag::Cite),
    ("code", Tag::Code),
    ("col", Tag::Col),
    ("colgroup", Tag::Colgroup),
    ("data", Tag::Data),
    ("datalist", Tag::Datalist),
    ("dd", Tag::Dd),
    ("del", Tag::Del),
    ("details", Tag::Details),
    ("dfn", Tag::Dfn),
    ("dialog", Tag::Dialog),
    ("div", Tag::Div),
    ("dl", Tag::Dl),
    ("dt", Tag::Dt),
    ("em", Tag::Em),
    ("embed", Tag::Embed),
    ("fieldset", Tag::Fieldset),
    ("figcaption", Tag::Figcaption),
    ("figure", Tag::Figure),
    ("font", Tag::Font),
    ("footer", Tag::Footer),
    ("form", Tag::Form),
    ("h1", Tag::H1),
    ("h2", Tag::H2),
    ("h3", Tag::H3),
    ("h4", Tag::H4),
    ("h5", Tag::H5),
    ("h6", Tag::H6),
    ("head", Tag::Head),
    ("header", Tag::Header),
    ("hgroup", Tag::Hgroup),
    ("hr", Tag::Hr),
    ("html", Tag::Html),
    ("i", Tag::I),
    ("iframe", Tag::Iframe),
    ("image", Tag::Img),
    ("img", Tag::Img),
    ("input", Tag::Input),
    ("ins", Tag::Ins),
    ("kbd", Tag::Kbd),
    ("label", Tag::Label),
    ("legend", Tag::Legend),
    ("li", Tag::Li),
    ("link", Tag::Link),
    ("listing", Tag::Pre),
    ("main", Tag::Main),
    ("mark", Tag::Mark),
    ("math", Tag::Math),
    ("menu", Tag::Menu),
    ("meta", Tag::Meta),
    ("meter", Tag::Meter),
    ("nav", Tag::Nav),
    ("noscript", Tag::Noscript),
    ("object", Tag::Object),
    ("ol", Tag::Ol),
    ("optgroup", Tag::Optgroup),
    ("option", Tag::Option),
    ("output", Tag::Output),
    ("p", Tag::P),
    ("picture", Tag::Picture),
    ("plaintext", Tag::Pre),
    ("pre", Tag::Pre),
    ("progress", Tag::Progress),
    ("q", Tag::Q),
    ("rp", Tag::Rp),
    ("rt", Tag::Rt),
    ("ruby", Tag::Ruby),
    ("s", Tag::S),
    ("samp", Tag::Samp),
    ("script", Tag::Script),
    ("section", Tag::Section),
    ("select", Tag::Select),
    ("small", Tag::Small),
    ("source", Tag::Source),
    ("span", Tag::Span),
    ("strike", Tag::Strike),
    ("strong", Tag::Strong),
    ("style", Tag::Style),
    ("sub", Tag::Sub),
    ("summary", Tag::Summary),
    ("sup", Tag::Sup),
    ("svg", Tag::Svg),
    ("table", Tag::Table),
    ("tbody", Tag::Tbody),
    ("td", Tag::Td),
    ("template", Tag::Template),
    ("textarea", Tag::Textarea),
    ("tfoot", Tag::Tfoot),
    ("th", Tag::Th),
    ("thead", Tag::Thead),
    ("time", Tag::Time),
    ("title", Tag::Title),
    ("tr", Tag::Tr),
    ("track", Tag::Track),
    ("tt", Tag::Tt),
    ("u", Tag::U),
    ("ul", Tag::Ul),
    ("var", Tag::Var),
    ("video", Tag::Video),
    ("wbr", Tag::Wbr),
    ("xmp", Tag::Pre),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_sorted_and_found() {
        assert!(NAMES.windows(2).all(|w| w[0].0 < w[1].0), "NAMES is sorted");
        let cases = [
            ("p", Tag::P),
            ("DIV", Tag::Div),
            ("Blockquote", Tag::Blockquote),
            ("font", Tag::Font),
            ("custom-element", Tag::Other),
            ("a-very-long-custom-element-name", Tag::Other),
            ("", Tag::Other),
            ("é", Tag::Other),
        ];
        for (name, tag) in cases {
            assert_eq!(Tag::from_name(name), tag, "{name}");
        }
    }
}
