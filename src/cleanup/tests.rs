//! Golden cases for cleanup. Each fixture was written for this project in the
//! shape of real pasted pages (see ../shared/seeds in the development
//! workspace): image tags, captions with credits, bylines, paywall notices,
//! "Read on..." links and live-blog repeats.

use super::*;

fn kept(text: &str) -> Vec<String> {
    let c = clean(text);
    c.paragraphs().map(fold_whitespace).collect()
}

fn reasons(text: &str) -> Vec<(String, RemovalReason)> {
    clean(text)
        .removed
        .into_iter()
        .map(|r| (r.text, r.reason))
        .collect()
}

/// A wire story pasted with its hero image and agency tag.
#[test]
fn golden_wire_story_with_image() {
    let text = "<image>\x21[Flooded street](https://news.example/flood.jpg)</image>\n\
        Heavy rain flooded the old town of Ostrava on Sunday, forcing hundreds from their homes.\n\
        The river rose two metres overnight, officials said.\n\
        With AFP\n\
        Comments";
    assert_eq!(
        kept(text),
        [
            "Heavy rain flooded the old town of Ostrava on Sunday, forcing hundreds from their homes.",
            "The river rose two metres overnight, officials said."
        ]
    );
    let r = reasons(text);
    assert_eq!(r.len(), 3);
    assert_eq!(r[0].1, RemovalReason::Markup);
    assert_eq!(r[1], ("With AFP".to_string(), RemovalReason::Byline));
    assert_eq!(r[2], ("Comments".to_string(), RemovalReason::Comments));
}

/// A paywalled page: preview notice, alt text + caption + credit, byline, date.
#[test]
fn golden_paywalled_feature() {
    let text = "Can the Harbour Plan Save the Fishing Fleet?\n\n\
        You have a preview view of this article while we are checking your access.\n\n\
        The harbour plan would rebuild the north quay and cut mooring fees for small boats.\n\n\
        Two men unloading crates on a wet quay.\n\
        Fishermen unloading the morning catch at Whitby on Monday.Credit...Ann Lee/The Coastal Times\n\n\
        By Peter Grant\n\n\
        March 3, 2025, 6:02 a.m. ET\n\n\
        The council will vote on the plan next month, and the fleet is divided.\n\n\
        Already a subscriber? Log in.";
    assert_eq!(
        kept(text),
        [
            "The harbour plan would rebuild the north quay and cut mooring fees for small boats.",
            "The council will vote on the plan next month, and the fleet is divided."
        ]
    );
    let got: Vec<RemovalReason> = reasons(text).into_iter().map(|(_, r)| r).collect();
    use RemovalReason::*;
    assert_eq!(got, [Paywall, Caption, Caption, Byline, Timestamp, Paywall]);
    assert_eq!(
        clean(text).title(),
        Some("Can the Harbour Plan Save the Fishing Fleet?")
    );
}

/// A live blog: post headlines, a verbatim repeated paragraph, "Read on...".
#[test]
fn golden_live_blog() {
    let text = "Storm latest: power cuts spread across the north\n\
        Engineers worked through the night to restore power to 40,000 homes.\n\
        Watch: Waves batter the sea wall at Scarborough\n\
        Power companies warn of more cuts\n\
        Engineers worked through the night to restore power to 40,000 homes.\n\
        The Met Office said winds would ease by Wednesday.\n\
        Read on...\n\
        Why storms are getting names";
    assert_eq!(
        kept(text),
        [
            "Engineers worked through the night to restore power to 40,000 homes.",
            "The Met Office said winds would ease by Wednesday."
        ]
    );
    use RemovalReason::*;
    let got: Vec<RemovalReason> = reasons(text).into_iter().map(|(_, r)| r).collect();
    assert_eq!(got, [Media, Duplicate, ReadMore]);
    let c = clean(text);
    assert_eq!(
        c.title(),
        Some("Storm latest: power cuts spread across the north")
    );
    let headings = c
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .count();
    assert_eq!(headings, 3);
}

/// Hard-wrapped plain text (an e-mail or a plain-text book) joins back into paragraphs.
#[test]
fn golden_hard_wrapped_text() {
    let text = "The committee met on Thursday to consider the proposal for a new\n\
        library in the centre of the village, which had been under discussion\n\
        for more than three years without any decision being reached at all.\n\
        \n\
        Members agreed that the old school building could be converted at a\n\
        modest cost, and asked the clerk to obtain three quotes from builders\n\
        before the next meeting of the full council in the spring.\n";
    let k = kept(text);
    assert_eq!(k.len(), 2, "{k:?}");
    assert!(k[0].starts_with("The committee met") && k[0].ends_with("at all."));
}

/// Datelines are cut from the paragraph and reported.
#[test]
fn golden_datelines() {
    let text =
        "LONDON (Reuters) - Shares in the bank fell 4% on Monday.\n(CNN)The storm moved north.";
    assert_eq!(
        kept(text),
        [
            "Shares in the bank fell 4% on Monday.",
            "The storm moved north."
        ]
    );
    let r = reasons(text);
    assert_eq!(
        r[0],
        ("LONDON (Reuters) -".to_string(), RemovalReason::Dateline)
    );
    assert_eq!(r[1], ("(CNN)".to_string(), RemovalReason::Dateline));
}

/// Removed ranges point at the original bytes, even after CRLF and NBSP rewriting.
#[test]
fn removed_ranges_point_into_original() {
    let text = "Intro\u{A0}line of the story is here.\r\nRead more: Another story\r\n\u{200B}Advertisement\r\nThe end of it all came quickly.";
    let c = clean(text);
    for r in &c.removed {
        assert_eq!(
            fold_whitespace(&text[r.range.clone()]).replace('\u{200B}', ""),
            r.text
        );
    }
    for b in &c.blocks {
        let orig = c.original_range(b.range.clone());
        assert!(text.is_char_boundary(orig.start) && text.is_char_boundary(orig.end));
    }
}

#[test]
fn empty_and_blank_inputs() {
    for text in ["", " ", "\n\n", "\u{A0}\u{200B}\r\n"] {
        let c = clean(text);
        assert!(c.blocks.is_empty() && c.removed.is_empty(), "{text:?}");
    }
}

/// Found by fuzzing: a dateline followed by a no-break space mapped its end
/// into the middle of that space.
#[test]
fn dateline_before_a_no_break_space() {
    let text = "(R)\u{A0}\u{200B}\u{FEFF}F. LONDON (Reuters) -\u{A0}The vote passed.";
    for text in [text, "WASHINGTON —\u{A0}The Senate voted."] {
        let c = clean(text);
        for r in &c.removed {
            assert!(
                text.is_char_boundary(r.range.start) && text.is_char_boundary(r.range.end),
                "{r:?} in {text:?}"
            );
        }
        assert!(
            c.removed
                .iter()
                .any(|r| r.reason == RemovalReason::Dateline),
            "{text:?}"
        );
    }
}
