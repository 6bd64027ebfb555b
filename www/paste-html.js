// HTML source pasted into the text area: instead of the markup, the box
// gets the article extracted from it (file-input.js's htmlToArticle, the
// extractor the bookmarklet and opened .html files use), and the summary
// follows. Other pastes are left to the browser.
//
// Only a paste that fills the box (into an empty box, or over all of its
// text) is read as a page: HTML pasted into the middle of other text is
// taken as it is.

import { loadText, setStatus } from './main.js';
import { htmlToArticle, looksLikeHtml, NOT_AN_ARTICLE } from './file-input.js';

const input = document.getElementById('input');

// The pasted text is taken from the beforeinput event, which carries it as a
// string the browser already has; reading the clipboard in a paste listener
// copies it again (some 70 ms for 5 MB). Listened to in the capture phase, so
// it comes before main.js's own beforeinput listener, which then leaves a
// cancelled paste alone.
document.addEventListener(
  'beforeinput',
  (event) => {
    if (event.target !== input || event.inputType !== 'insertFromPaste' || !event.cancelable) return;
    const text = typeof event.data === 'string' ? event.data : event.dataTransfer?.getData('text/plain') ?? '';
    const whole = input.selectionStart === 0 && input.selectionEnd === input.textLength;
    if (!whole || !looksLikeHtml(text)) return;
    event.preventDefault();
    fromHtml(text);
  },
  true,
);

function fromHtml(text) {
  htmlToArticle(text)
    .then(({ text: article, looksLikeArticle }) => {
      if (article.trim()) loadText(article, looksLikeArticle === false ? `The pasted page ${NOT_AN_ARTICLE}` : '');
      else setStatus('The pasted HTML has no article text to summarise.', 'error');
    })
    // The paste was taken over: if the page cannot be read, it goes into the
    // box as the text it is (cleanup sets the markup aside), not lost.
    .catch(() => loadText(text));
}
