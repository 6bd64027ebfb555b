// The page's own dir="auto" rule (www/render.js textDirection), in Node: the
// text box and the article view take the direction of the text's first letter.
//
//   node --test tests/e2e/direction.test.mjs

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { textDirection } from '../../www/render.js';

test('the first letter decides, as dir="auto" does', () => {
  for (const [name, text, dir] of [
    ['English', 'The council met on Tuesday.', 'ltr'],
    ['Hebrew', 'הספרייה העירונית נפתחה מחדש.', 'rtl'],
    ['Arabic', 'قال رئيس الوزراء يوم الثلاثاء', 'rtl'],
    ['Persian', 'دولت اعلام کرد', 'rtl'],
    ['Arabic presentation forms', '\uFEF5\uFEEE', 'rtl'],
    ['digits and punctuation first', '2024 — «ראש הממשלה אמר»', 'rtl'],
    ['a Latin word first in a Hebrew text', 'Google הודיעה היום', 'ltr'],
    ['Chinese', '城市将建新医院', 'ltr'],
    ['no letters at all', '12345 !!! —', 'ltr'],
    ['empty', '', 'ltr'],
    ['a letter only after 10,000 characters', `${' '.repeat(10_000)}שלום`, 'ltr'],
  ]) {
    assert.equal(textDirection(text), dir, name);
  }
});
