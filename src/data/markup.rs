/// Elements whose content is never article prose.
pub(crate) static DROP_WITH_CONTENT: &[&str] = &[
    "image",
    "img",
    "figure",
    "figcaption",
    "picture",
    "video",
    "audio",
    "iframe",
    "script",
    "style",
    "noscript",
    "svg",
    "button",
    "nav",
    "aside",
    "form",
    "select",
    "template",
];

/// Inline (phrasing) elements: a tag of one of these is taken out of the
/// text without leaving a space, as a browser renders `<b>May</b>.` as
/// "May." (other tags, of blocks and line breaks, stand for a space).
pub(crate) static INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
    "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
];
