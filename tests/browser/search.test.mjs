// Typing into the search box with real key events (umlauts, ß, '/' to focus) finds and highlights.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openExplorer, screenshot, useExplorer } from './lib/browser.mjs';
import { decodePng } from './lib/png.mjs';
import { framesAfter, until as stateIs } from './lib/wait.mjs';

const env = useExplorer();

// Counts pixels of the hit highlight color (light theme) in a region.
function highlightPixels(png, x0, y0, x1, y1) {
  const { width, pixels } = decodePng(png);
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * width + x) * 4;
      if (pixels[i] > 240 && pixels[i + 1] > 150 && pixels[i + 1] < 240 && pixels[i + 2] < 140) n++;
    }
  }
  return n;
}

test('"/" focuses the search box; typing ä and ß with real keys searches as you type', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  await page.keyboard.press('/');
  await page.keyboard.type('maßgeblich');
  await stateIs(page, () => explorer.state().query === 'maßgeblich');
  const results = await page.evaluate(() => explorer.search('maßgeblich'));
  assert.ok(results.total >= 1);
  assert.match(results.hits[0].snippets[0], /\[maßgeblich\]/);

  // Umlaut spelled out finds the umlaut; the reader highlights every hit.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Marktfuehrer');
  await stateIs(page, () => explorer.state().query === 'Marktfuehrer');
  const found = await page.evaluate(() => explorer.search('Marktfuehrer'));
  assert.equal(found.total, 1);
  await page.keyboard.press('Enter');  // to the first hit of the open article
  await page.mouse.click(200, 150);   // open the first result
  await stateIs(page, (id) => explorer.state().article === id, found.hits[0].id);
  await framesAfter(page, 3);         // the reader drawn with its highlights
  const state = await page.evaluate(() => explorer.state());
  assert.equal(state.article, found.hits[0].id);
  const highlights = await page.evaluate(({ id }) => explorer.highlights(id, 'Marktfuehrer'), found.hits[0]);
  assert.ok(highlights.body.length >= 1);
  const { png } = await screenshot(page, 'search-marktfuehrer.png');
  assert.ok(highlightPixels(png, 560, 100, 1270, 790) > 50, 'no highlighted hit in the reader');

  // Typing ä directly works too.
  await page.keyboard.press('/');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Nachrichtenä');
  await stateIs(page, () => explorer.state().query === 'Nachrichtenä');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Esc clears the search; bad queries answer with a note, never an error', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  await page.keyboard.press('/');
  await page.keyboard.type('"Ende-zu-Ende');
  await stateIs(page, () => explorer.state().query === '"Ende-zu-Ende');
  await page.keyboard.press('Escape');
  await stateIs(page, () => explorer.state().query === '');
  // Each bad query answers with hits (maybe none) and, where the query says what went wrong, its
  // note: in English, whatever the UI language (the API's messages are a contract for scripts).
  const expected = [['', null], ['und der die', /Only stop words/], ['"', null], ['-', null], ['*', null],
    ['x'.repeat(100000), /Query too long/], ['\u0000\u0007', null], ['((((("a"))))', /Parentheses/], ['\uD800', null],
    ['"Ende-zu', /Quotation mark not closed/]];
  for (const [q, note] of expected) {
    const r = await page.evaluate((q) => explorer.search(q), q);
    assert.equal(typeof r.total, 'number');
    if (note) assert.match([r.note, ...(r.notes ?? [])].join(' | '), note, `note for ${JSON.stringify(q.slice(0, 20))}`);
  }
  const typo = await page.evaluate(() => explorer.search('Whatsap'));
  assert.ok(typo.total > 0);
  assert.match(JSON.stringify(typo), /Did you mean/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the concordance view lists every occurrence and the URL keeps view and query', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url, { dpr: 2 });
  await page.evaluate(() => { location.hash = 'view=concordance&q=Whatsapp'; });
  await stateIs(page, () => explorer.state().view === 'concordance' && explorer.state().query === 'Whatsapp');
  const lines = await page.evaluate(() => explorer.concordance('Whatsapp', { width: 30 }));
  assert.ok(lines.length > 10);
  for (const l of lines.slice(0, 5)) assert.match(l.match, /whatsapp/i);
  await page.mouse.move(700, 400);
  await framesAfter(page, 3);
  await screenshot(page, 'concordance-dpr2.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Ctrl+A still selects all when the whole shortcut arrives between two frames', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  await page.keyboard.press('/');
  await page.keyboard.type('maßgeblich');
  await stateIs(page, () => explorer.state().query === 'maßgeblich');
  // A slow frame: Ctrl down, A down, A up, Ctrl up are all queued before the app looks. The
  // modifiers must be read from each event, not from the state after the last one.
  await page.evaluate(() => {
    const target = document.activeElement;
    const send = (type, key, code, keyCode, ctrlKey) => {
      const e = new KeyboardEvent(type, { key, code, ctrlKey, bubbles: true, cancelable: true });
      Object.defineProperty(e, 'keyCode', { get: () => keyCode });
      Object.defineProperty(e, 'which', { get: () => keyCode });
      target.dispatchEvent(e);
    };
    send('keydown', 'Control', 'ControlLeft', 17, true);
    send('keydown', 'a', 'KeyA', 65, true);
    send('keyup', 'a', 'KeyA', 65, true);
    send('keyup', 'Control', 'ControlLeft', 17, false);
  });
  await page.keyboard.type('Marktfuehrer');
  await stateIs(page, () => explorer.state().query === 'Marktfuehrer');
  assert.deepEqual(errors, []);
  await context.close();
});
