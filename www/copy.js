// Copying the summary: as plain text and as Markdown bullets.

/** The summary as plain text: one sentence per line. */
export function asPlainText(sentences) {
  return sentences.map((s) => s.trim()).join('\n');
}

/**
 * The summary as Markdown bullets. A sentence that would start a heading,
 * quote, list or ordered list inside its bullet has that marker escaped.
 */
export function asMarkdown(sentences) {
  return sentences
    .map((s) => {
      const t = s.trim().replace(/\s+/g, ' ');
      const escaped = t.replace(/^([#>+\-*|]|\d+[.)](?=\s))/, (m) => (m.length === 1 ? `\\${m}` : m.replace(/([.)])$/, '\\$1')));
      return `- ${escaped}`;
    })
    .join('\n');
}

/**
 * Writes text to the clipboard. Uses the asynchronous Clipboard API and falls
 * back to a selected, off-screen text area with execCommand('copy') where the
 * API is missing or refused (e.g. a page not served over https). The text
 * area goes into `container` (the bookmarklet's overlay passes its shadow
 * root), and the focus returns to `focus` if given, else to where it was in
 * that tree. Resolves to true when the text was copied.
 */
export async function copyText(text, container = document.body, focus = null) {
  if (navigator.clipboard?.writeText && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // fall through to the fallback
    }
  }
  return legacyCopy(text, container, focus);
}

function legacyCopy(text, container, focus) {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  // (styled here, not by a class: the overlay's host page has no such rule)
  Object.assign(area.style, { position: 'fixed', top: '0', left: '-9999px', opacity: '0' });
  const active = focus ?? container.getRootNode().activeElement;
  container.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  if (active instanceof HTMLElement) active.focus({ preventScroll: true });
  return ok;
}
