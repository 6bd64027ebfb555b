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
        if name.len() > 10 {
            return Tag::Other;
        }
        let mut buf = [0u8; 10];
        let lower = &mut buf[..name.len()];
        lower.copy_from_slice(name.as_bytes());
        lower.make_ascii_lowercase();
        match &*lower {
            b"a" => Tag::A,
            b"abbr" => Tag::Abbr,
            b"acronym" => Tag::Abbr,
            b"address" => Tag::Address,
            b"article" => Tag::Article,
            b"aside" => Tag::Aside,
            b"audio" => Tag::Audio,
            b"b" => Tag::B,
            b"bdi" => Tag::Bdi,
            b"bdo" => Tag::Bdo,
            b"big" => Tag::Span,
            b"blockquote" => Tag::Blockquote,
            b"body" => Tag::Body,
            b"br" => Tag::Br,
            b"button" => Tag::Button,
            b"canvas" => Tag::Canvas,
            b"caption" => Tag::Caption,
            b"center" => Tag::Center,
            b"cite" => Tag::Cite,
            b"code" => Tag::Code,
            b"col" => Tag::Col,
            b"colgroup" => Tag::Colgroup,
            b"data" => Tag::Data,
            b"datalist" => Tag::Datalist,
            b"dd" => Tag::Dd,
            b"del" => Tag::Del,
            b"details" => Tag::Details,
            b"dfn" => Tag::Dfn,
            b"dialog" => Tag::Dialog,
            b"div" => Tag::Div,
            b"dl" => Tag::Dl,
            b"dt" => Tag::Dt,
            b"em" => Tag::Em,
            b"embed" => Tag::Embed,
            b"fieldset" => Tag::Fieldset,
            b"figcaption" => Tag::Figcaption,
            b"figure" => Tag::Figure,
            b"font" => Tag::Font,
            b"footer" => Tag::Footer,
            b"form" => Tag::Form,
            b"h1" => Tag::H1,
            b"h2" => Tag::H2,
            b"h3" => Tag::H3,
            b"h4" => Tag::H4,
            b"h5" => Tag::H5,
            b"h6" => Tag::H6,
            b"head" => Tag::Head,
            b"header" => Tag::Header,
            b"hgroup" => Tag::Hgroup,
            b"hr" => Tag::Hr,
            b"html" => Tag::Html,
            b"i" => Tag::I,
            b"iframe" => Tag::Iframe,
            b"img" | b"image" => Tag::Img,
            b"input" => Tag::Input,
            b"ins" => Tag::Ins,
            b"kbd" => Tag::Kbd,
            b"label" => Tag::Label,
            b"legend" => Tag::Legend,
            b"li" => Tag::Li,
            b"link" => Tag::Link,
            b"main" => Tag::Main,
            b"mark" => Tag::Mark,
            b"math" => Tag::Math,
            b"menu" => Tag::Menu,
            b"meta" => Tag::Meta,
            b"meter" => Tag::Meter,
            b"nav" => Tag::Nav,
            b"noscript" => Tag::Noscript,
            b"object" => Tag::Object,
            b"ol" => Tag::Ol,
            b"optgroup" => Tag::Optgroup,
            b"option" => Tag::Option,
            b"output" => Tag::Output,
            b"p" => Tag::P,
            b"picture" => Tag::Picture,
            b"pre" | b"listing" | b"xmp" | b"plaintext" => Tag::Pre,
            b"progress" => Tag::Progress,
            b"q" => Tag::Q,
            b"rp" => Tag::Rp,
            b"rt" => Tag::Rt,
            b"ruby" => Tag::Ruby,
            b"s" => Tag::S,
            b"samp" => Tag::Samp,
            b"script" => Tag::Script,
            b"section" => Tag::Section,
            b"select" => Tag::Select,
            b"small" => Tag::Small,
            b"source" => Tag::Source,
            b"span" => Tag::Span,
            b"strike" => Tag::Strike,
            b"strong" => Tag::Strong,
            b"style" => Tag::Style,
            b"sub" => Tag::Sub,
            b"summary" => Tag::Summary,
            b"sup" => Tag::Sup,
            b"svg" => Tag::Svg,
            b"table" => Tag::Table,
            b"tbody" => Tag::Tbody,
            b"td" => Tag::Td,
            b"template" => Tag::Template,
            b"textarea" => Tag::Textarea,
            b"tfoot" => Tag::Tfoot,
            b"th" => Tag::Th,
            b"thead" => Tag::Thead,
            b"time" => Tag::Time,
            b"title" => Tag::Title,
            b"tr" => Tag::Tr,
            b"track" => Tag::Track,
            b"tt" => Tag::Tt,
            b"u" => Tag::U,
            b"ul" => Tag::Ul,
            b"var" => Tag::Var,
            b"video" => Tag::Video,
            b"wbr" => Tag::Wbr,
            _ => Tag::Other,
        }
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
