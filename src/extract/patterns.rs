//! What class names and ids say about an element.
//!
//! The word lists are Readability's (Mozilla, Apache-2.0: the
//! `unlikelyCandidates`, `okMaybeItsACandidate`, `positive`, `negative`,
//! `byline` and `shareElements` expressions of Readability.js), matched as
//! case-insensitive substrings of the class and id as Readability does;
//! the matching code here is our own. Callers pass lower-cased text.

/// Class/id parts that mark page furniture (comments, menus, sidebars...).
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
];

/// Parts that save an element the unlikely list matched.
const MAYBE_CANDIDATE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
];

/// Parts that make an element a likelier article container.
const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];

/// Parts that make it a less likely one (the whole word "hid" too).
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
];

/// Parts that mark a byline.
const BYLINE: &[&str] = &["byline", "author", "dateline", "writtenby", "p-author"];

/// ARIA roles of page furniture.
const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];

fn contains_any(s: &str, parts: &[&str]) -> bool {
    parts.iter().any(|p| s.contains(p))
}

/// Class/id text says the element is furniture, and nothing saves it.
pub(crate) fn unlikely(label: &str) -> bool {
    contains_any(label, UNLIKELY) && !contains_any(label, MAYBE_CANDIDATE)
}

/// The role is one of page furniture.
pub(crate) fn unlikely_role(role: &str) -> bool {
    UNLIKELY_ROLES.contains(&role.trim())
}

/// +25 / -25 for what one class or id attribute says (0 when empty).
pub(crate) fn weight(value: &str) -> f64 {
    if value.is_empty() {
        return 0.0;
    }
    let mut w = 0.0;
    if contains_any(value, NEGATIVE) || value.split_whitespace().any(|t| t == "hid") {
        w -= 25.0;
    }
    if contains_any(value, POSITIVE) {
        w += 25.0;
    }
    w
}

/// Class/id text marks a byline.
pub(crate) fn byline(label: &str) -> bool {
    contains_any(label, BYLINE)
}

/// Class/id text marks sharing buttons: "share" or "sharedaddy" standing
/// on its own (bounded by the ends, punctuation or underscores).
pub(crate) fn share(label: &str) -> bool {
    let b = label.as_bytes();
    let letter_or_digit = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_alphanumeric());
    let mut from = 0;
    while let Some(i) = label[from..].find("share") {
        let at = from + i;
        let before_ok = at == 0 || !letter_or_digit(at - 1);
        if before_ok {
            let end = at + 5;
            if !letter_or_digit(end) {
                return true;
            }
            if label[end..].starts_with("daddy") && !letter_or_digit(end + 5) {
                return true;
            }
        }
        from = at + 5;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_and_id_rules() {
        let cases: &[(&str, &str, bool, f64, bool)] = &[
            // (name, label, unlikely, weight, share)
            ("comments box", "comment-list ", true, -25.0, false),
            ("saved by content", "sidebar-content ", false, 0.0, false),
            ("article body", "article-body ", false, 25.0, false),
            ("plain", "wrapper ", false, 0.0, false),
            ("hid word", "hid ", false, -25.0, false),
            ("hide is not hid", "hide ", false, 0.0, false),
            ("share bar", "share-bar ", false, -25.0, true),
            ("underscored share", "post_share_x ", false, 0.0, true),
            ("shares is no share", "shares ", false, -25.0, false),
            ("sharedaddy", "sharedaddy sd-block ", false, -25.0, true),
        ];
        for (name, label, unl, w, sh) in cases {
            assert_eq!(unlikely(label), *unl, "{name}: unlikely");
            assert_eq!(weight(label.trim()), *w, "{name}: weight");
            assert_eq!(share(label), *sh, "{name}: share");
        }
        assert!(byline("author-name"));
        assert!(unlikely_role("navigation"));
        assert!(!unlikely_role("main"));
    }
}
