// Classroom browser experience: privacy, one-file copy, shareable URLs, render on demand, HiDPI
// changes, keyboard commands and WebGL context loss.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';

import { openExplorer, screenshot, useExplorer, webDir } from './lib/browser.mjs';
import { target } from './lib/layout.mjs';
import { decodePng, distinctColors, meanBrightness } from './lib/png.mjs';
import { asleep, framesAfter, until } from './lib/wait.mjs';

const env = useExplorer();

// Waits until explorer.state().article is `id` (frames run asynchronously after input).
const articleShown = (page, id) => until(page, (want) => window.explorer.state().article === want, id);

test('no request leaves the origin, and none at all after load', async () => {
  const context = await env.browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), afterReady: page.readyDone === true }));
  await page.goto(env.server.url);
  await page.evaluate(() => window.explorer.ready);
  page.readyDone = true;
  // Use the page: click around, scroll, type.
  await page.mouse.click(200, 140);
  await page.mouse.wheel(0, 400);
  await page.keyboard.press('p');
  await framesAfter(page, 3);  // the app has handled the input: whatever it would fetch, it has asked for
  const origin = new URL(env.server.url).origin;
  for (const r of requests) {
    assert.ok(r.url.startsWith(origin) || r.url.startsWith('data:'), `request to another origin: ${r.url}`);
  }
  assert.deepEqual(requests.filter((r) => r.afterReady).map((r) => r.url), []);
  assert.deepEqual(requests.map((r) => new URL(r.url).pathname).sort(), ['/', '/index.js', '/index.wasm']);
  await context.close();
});

test('the one-file copy works opened from file://', async () => {
  const context = await env.browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => requests.push(r.url()));
  const url = pathToFileURL(join(webDir, 'wortblick.html')).href;
  await page.goto(url);
  await page.waitForFunction(() => window.explorer !== undefined);
  await page.evaluate(() => window.explorer.ready);
  assert.equal(await page.evaluate(() => window.explorer.sources().length), 5);
  assert.ok((await page.evaluate(() => window.explorer.articles())).length >= 5);
  assert.deepEqual(requests.filter((u) => !u.startsWith('data:')), [url]);
  const image = decodePng((await screenshot(page, 'one-file-copy.png')).png);
  assert.ok(distinctColors(image, 0, 0, 400, 400) > 20, 'one-file copy draws nothing');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the URL holds the article; links restore it; back and forward walk through views', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  const articles = await page.evaluate(() => window.explorer.articles());
  const first = await page.evaluate(() => window.explorer.state());
  assert.equal(first.article, articles[0].id);
  assert.ok(decodeURIComponent(await page.evaluate(() => location.hash)).includes(`article=${articles[0].id}`));

  // Clicking rows of the article list selects them and pushes history entries. The rows are found
  // where layout() reports them, so a change of font or spacing does not move the clicks.
  const ids = articles.slice(1, 4).map((a) => a.id);
  for (const id of ids) {
    const row = await target(page, `##${id}`);
    await page.mouse.click(row.x + 20, row.y + row.height / 2);
    await articleShown(page, id);
  }
  const hash = await page.evaluate(() => location.hash);

  await page.goBack();
  await articleShown(page, ids[1]);
  await page.goForward();
  await articleShown(page, ids[2]);

  // A shared link opens the same article in a fresh page.
  const other = await openExplorer(env.browser, env.server.url + hash);
  assert.equal((await other.page.evaluate(() => window.explorer.state())).article, ids[2]);
  assert.deepEqual(other.errors, []);
  await other.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing writes the query into the URL once it pauses; leaving the entry keeps it there', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  const lengthBefore = await page.evaluate(() => history.length);
  await page.keyboard.press('/');
  await page.keyboard.type('Schule', { delay: 20 });
  await until(page, () => decodeURIComponent(location.hash).includes('q=Schule'));
  // Every keystroke replaced the current entry: no history entry per letter.
  assert.equal(await page.evaluate(() => history.length), lengthBefore);

  // A click right after typing pushes a new entry; the entry left behind holds the whole query.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Messenger', { delay: 20 });
  const before = (await page.evaluate(() => window.explorer.state())).article;
  await page.mouse.click(150, 330);  // a lower hit; Escape would clear the query
  await until(page, (b) => window.explorer.state().article !== b, before);
  await page.goBack();
  await until(page, () => window.explorer.state().query === 'Messenger');
  assert.ok(decodeURIComponent(await page.evaluate(() => location.hash)).includes('q=Messenger'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('an idle page draws no frames; input wakes it', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  await asleep(page);
  const idle1 = await page.evaluate(() => window.explorer.stats());
  // Time is the point here: the page is left alone for 1.5 s and must draw nothing in that time.
  // No polling in between: every explorer call wakes the loop.
  await delay(1500);
  const idle2 = await page.evaluate(() => window.explorer.stats());
  // stats() itself wakes the loop for a few frames; nothing else may draw.
  assert.ok(idle2.framesDrawn - idle1.framesDrawn <= 4, `idle page drew ${idle2.framesDrawn - idle1.framesDrawn} frames`);
  assert.equal(idle2.sleeping, true);
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 330);
  await framesAfter(page, 2);
  const woken = await page.evaluate(() => window.explorer.stats());
  assert.ok(woken.framesDrawn > idle2.framesDrawn, 'mouse input did not wake the page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('devicePixelRatio changes at run time keep the canvas crisp', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  const cdp = await context.newCDPSession(page);
  for (const dpr of [1.25, 1.5, 2]) {
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: dpr, mobile: false });
    await page.mouse.move(100 + dpr * 10, 300);  // as a user's next move would, this wakes the idle page
    await framesAfter(page, 3);  // the frame that sees the new ratio resizes the backing store
    const size = await page.evaluate(() => ({ w: canvas.width, css: canvas.clientWidth, dpr: devicePixelRatio }));
    assert.equal(size.dpr, dpr);
    assert.equal(size.w, Math.floor(size.css * dpr), `backing store at DPR ${dpr}`);
    await screenshot(page, `explorer-dpr${dpr}.png`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: P toggles projector mode, Ctrl+= and Ctrl+- scale the text', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url, { dpr: 2 });
  const display = (fn) => until(page, fn);
  await page.keyboard.press('p');
  await display(() => window.explorer.state().display.projector === true);
  await screenshot(page, 'projector-dpr2.png');
  await page.keyboard.press('p');
  await display(() => window.explorer.state().display.projector === false);
  await page.keyboard.press('Control+Equal');
  await display(() => Math.abs(window.explorer.state().display.scale - 1.1) < 1e-6);
  await page.keyboard.press('Control+Equal');
  await display(() => Math.abs(window.explorer.state().display.scale - 1.2) < 1e-6);
  await page.keyboard.press('Control+Minus');
  await display(() => Math.abs(window.explorer.state().display.scale - 1.1) < 1e-6);
  assert.deepEqual(errors, []);
  await context.close();
});

test('after a lost WebGL context the page comes back in the same state', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  const articles = await page.evaluate(() => window.explorer.articles());
  await page.evaluate((hash) => { location.hash = hash; }, `view=reader&article=${articles[2].id}`);
  await articleShown(page, articles[2].id);
  assert.equal((await page.evaluate(() => window.explorer.state())).article, articles[2].id);
  const reloaded = page.waitForEvent('load');
  await page.evaluate(async () => {
    const canvas = document.getElementById('canvas');
    const ext = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
    // The browser allows a restore only once the page has handled the loss (and prevented its
    // default), which it learns when the event's dispatch is over: restore in the next task.
    const lost = new Promise((r) => canvas.addEventListener('webglcontextlost', () => setTimeout(r, 0), { once: true }));
    ext.loseContext();
    await lost;
    ext.restoreContext();
  });
  await reloaded;
  await page.waitForFunction(() => window.explorer !== undefined);
  await page.evaluate(() => window.explorer.ready);
  assert.equal((await page.evaluate(() => window.explorer.state())).article, articles[2].id);
  const image = decodePng((await screenshot(page, 'after-context-loss.png')).png);
  assert.ok(distinctColors(image, 500, 100, 1200, 600) > 20, 'reader blank after context restore');
  assert.deepEqual(errors.filter((e) => !/CONTEXT_LOST/i.test(e)), []);
  await context.close();
});

test('on a touch screen: bigger targets, and dragging a finger over the reader scrolls it', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url, { context: { hasTouch: true } });
  assert.equal((await page.evaluate(() => window.explorer.state())).display.touch, true);
  const before = decodePng((await screenshot(page, 'touch-before.png')).png);
  await page.mouse.move(900, 600);
  await page.mouse.down();
  for (let y = 600; y >= 300; y -= 30) await page.mouse.move(900, y);
  await page.mouse.up();
  await framesAfter(page, 3);
  const after = decodePng((await screenshot(page, 'touch-after.png')).png);
  let changed = 0;
  for (let y = 250; y < 750; y += 5) {
    for (let x = 520; x < 1200; x += 5) {
      const i = (y * before.width + x) * 4;
      if (before.pixels[i] !== after.pixels[i]) changed++;
    }
  }
  assert.ok(changed > 500, `the reader did not scroll (${changed} pixels changed)`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('arrow keys move through the article list, opening each article; display settings at DPR 1 and 2', async () => {
  for (const dpr of [1, 2]) {
    const { context, page, errors } = await openExplorer(env.browser, env.server.url, { dpr });
    const ids = (await page.evaluate(() => window.explorer.articles())).map((a) => a.id);
    await page.mouse.click(150, 113);  // the first row: the list takes the keyboard
    await articleShown(page, ids[0]);
    await page.keyboard.press('ArrowDown');
    await articleShown(page, ids[1]);
    await page.keyboard.press('ArrowDown');
    await articleShown(page, ids[2]);
    await page.keyboard.press('ArrowUp');
    await articleShown(page, ids[1]);
    await page.mouse.click(1240, 28);  // "Anzeige"
    await framesAfter(page, 3);
    await screenshot(page, `display-settings-dpr${dpr}.png`);
    await page.keyboard.press('Escape');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('light, dark and projector themes draw readable text at DPR 1 and 2', async () => {
  for (const dpr of [1, 2]) {
    const { context, page, errors } = await openExplorer(env.browser, env.server.url, { dpr });
    for (const [name, display] of [['light', { theme: 'light' }], ['dark', { theme: 'dark' }],
      ['projector-dark', { theme: 'dark', projector: true }], ['projector-light', { theme: 'light', projector: true }]]) {
      await page.evaluate((d) => window.explorer.setDisplay({ projector: false, ...d }), display);
      await page.mouse.move(700 + dpr, 500);
      await framesAfter(page, 3);  // fonts and colours of the new theme drawn
      const image = decodePng((await screenshot(page, `theme-${name}-dpr${dpr}.png`)).png);
      assert.ok(distinctColors(image, 520 * dpr, 150 * dpr, 1200 * dpr, 600 * dpr) > 20, `${name} at DPR ${dpr}`);
      const brightness = meanBrightness(image, 520 * dpr, 150 * dpr, 1200 * dpr, 600 * dpr);
      if (name.endsWith('light')) assert.ok(brightness > 170, `${name} at DPR ${dpr} is light: ${brightness}`);
      else assert.ok(brightness < 80, `${name} at DPR ${dpr} is dark: ${brightness}`);
    }
    assert.equal((await page.evaluate(() => window.explorer.state())).display.theme, 'light');
    assert.deepEqual(errors, []);
    await context.close();
  }
});
