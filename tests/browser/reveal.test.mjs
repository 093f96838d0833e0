// Reveal mode: a chart's values (or words) stay hidden until revealed by key, click or button, and
// how far it is revealed travels in the link.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openExplorer, screenshot, useExplorer } from './lib/browser.mjs';
import { press, target } from './lib/layout.mjs';
import { framesAfter, until } from './lib/wait.mjs';

const env = useExplorer();

const reveal = (page) => page.evaluate(() => window.explorer.state().reveal);

test('values are revealed one bar at a time by arrow key and click, and the link keeps the state', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  await page.evaluate(() => { window.location.hash = 'view=frequencies'; });
  await until(page, () => window.explorer.state().view === 'frequencies');
  await page.evaluate(() => window.explorer.setDisplay({ reveal: { mode: 'values', shown: 0 } }));
  await framesAfter(page, 3);
  assert.deepEqual(await reveal(page), { mode: 'values', shown: 0 });
  await screenshot(page, 'reveal-values-hidden.png');

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await until(page, () => window.explorer.state().reveal.shown === 2, undefined, { message: 'two bars revealed by keys' });
  await page.keyboard.press('ArrowLeft');
  await until(page, () => window.explorer.state().reveal.shown === 1, undefined, { message: 'ArrowLeft hides one again' });
  // Three presses within one task reach the page between two frames: each must count.
  await page.evaluate(() => {
    for (let i = 0; i < 3; ++i) {
      for (const type of ['keydown', 'keyup']) {
        document.dispatchEvent(new KeyboardEvent(type, { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39, bubbles: true }));
      }
    }
  });
  await until(page, () => window.explorer.state().reveal.shown === 4, undefined, { message: 'three presses in one frame reveal three bars' });
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await until(page, () => window.explorer.state().reveal.shown === 1, undefined, { message: 'three ArrowLeft presses hide three again' });
  const chart = await target(page, '##chart');
  await page.mouse.click(chart.x + chart.width / 2, chart.y + 10);
  await until(page, () => window.explorer.state().reveal.shown === 2, undefined, { message: 'a click reveals the next bar' });
  assert.equal((await page.evaluate(() => window.explorer.state())).view, 'frequencies', 'the click did not explore a word');
  await framesAfter(page, 2);
  await screenshot(page, 'reveal-values-two-shown.png');
  await until(page, () => window.location.hash.includes('reveal=values.2'));
  const url = await page.evaluate(() => window.location.href);

  const other = await openExplorer(env.browser, url);
  assert.deepEqual(await reveal(other.page), { mode: 'values', shown: 2 });
  await press(other.page, 'Alle aufdecken');
  // The chart shows its top 25 words: all of them are revealed.
  await until(other.page, () => window.explorer.state().reveal.shown === 25, undefined, { message: 'all 25 bars revealed' });
  await other.context.close();

  await page.evaluate(() => window.explorer.setDisplay({ reveal: { mode: 'off' } }));
  await framesAfter(page, 2);
  assert.deepEqual(await reveal(page), { mode: 'off', shown: 0 });
  await assert.rejects(page.evaluate(() => window.explorer.setDisplay({ reveal: { mode: 'bars' } })), /reveal.mode/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('words hidden in the word cloud and the comparison', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  for (const view of ['cloud', 'compare']) {
    await page.evaluate((v) => { window.location.hash = `view=${v}`; }, view);
    await until(page, (v) => window.explorer.state().view === v, view);
    await page.evaluate(() => window.explorer.setDisplay({ reveal: { mode: 'words', shown: 1 } }));
    await framesAfter(page, 3);
    assert.deepEqual(await reveal(page), { mode: 'words', shown: 1 });
    assert.deepEqual((await page.evaluate(() => window.explorer.layout())).clipped, []);
    await screenshot(page, `reveal-words-${view}.png`);
    await press(page, 'Aufdecken ›');
    await until(page, () => window.explorer.state().reveal.shown === 2);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
