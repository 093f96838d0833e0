// Word-frequency charts in the browser: API figures, clicks that explore, CSV and PNG downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { openExplorer, screenshot, useExplorer } from './lib/browser.mjs';
import { decodePng, distinctColors } from './lib/png.mjs';
import { target } from './lib/layout.mjs';
import { framesAfter, until } from './lib/wait.mjs';

const env = useExplorer();

test('frequencies, keyness and dispersion answer through the API', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  const top = await page.evaluate(() => explorer.frequencies({ scope: 'corpus', limit: 10 }));
  assert.equal(top.length, 10);
  assert.equal(top[0].word, 'Amazon');
  for (const row of top) assert.ok(row.count > 0 && row.per1000 > 0 && row.articles > 0);
  const searched = await page.evaluate(() => explorer.frequencies({ scope: 'search', id: 'Threema', limit: 5 }));
  assert.ok(searched.length > 0);
  const messenger = (await page.evaluate(() => explorer.articles()))[0].id;
  const key = await page.evaluate((id) => explorer.keyness({ scope: 'article', id }, { scope: 'rest' }, { limit: 5 }), messenger);
  assert.ok(key.some((r) => r.word === 'Threema' && r.ll > 0));
  const disp = await page.evaluate(() => explorer.dispersion('Datenschutz'));
  assert.ok(disp.length > 0);
  for (const d of disp) assert.ok(d.positions.length > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the frequency chart: a click explores the word; CSV and PNG download', async () => {
  const context = await env.browser.newContext({ locale: 'de-DE', acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  await context.close();
  const { context: ctx, page, errors } = await openExplorer(env.browser, env.server.url, { dpr: 2 });
  await page.evaluate(() => { location.hash = 'view=frequencies'; });
  await until(page, () => explorer.state().view === 'frequencies');
  await page.mouse.move(800, 400);
  await framesAfter(page, 3);
  const { png } = await screenshot(page, 'frequencies-dpr2.png');
  const image = decodePng(png);
  assert.ok(distinctColors(image, 1100, 300, 2500, 1500) > 20, 'no chart drawn');

  // The first bar is the most frequent word: clicking it searches the word.
  const top = (await page.evaluate(() => explorer.frequencies({ limit: 1 })))[0].word;
  const chartArea = await target(page, '##chart');
  let clicked = false;
  for (let y = chartArea.y + 2; y < chartArea.y + 60 && !clicked; y += 6) {
    await page.mouse.click(chartArea.x + chartArea.width / 2, y);
    await framesAfter(page, 3);  // press and release land in separate frames; the action after them
    clicked = (await page.evaluate(() => explorer.state())).query !== '';
  }
  const state = await page.evaluate(() => explorer.state());
  assert.equal(state.query.toLowerCase(), top.toLowerCase());
  assert.equal(state.view, 'concordance');

  // "Als PNG speichern" downloads the chart read back from the canvas.
  await page.evaluate(() => { location.hash = 'view=frequencies'; });
  await until(page, () => explorer.state().view === 'frequencies');
  await page.mouse.move(700, 300);
  await framesAfter(page, 3);
  const download = page.waitForEvent('download', { timeout: 5000 });
  await page.evaluate(() => explorer.saveChart('png'));  // what the "Als PNG speichern" button queues
  const saved = await download;
  assert.match(saved.suggestedFilename(), /^wortblick-haeufigkeiten-corpus\.png$/);
  const pngBytes = readFileSync(await saved.path());
  assert.equal(pngBytes.subarray(1, 4).toString('latin1'), 'PNG');
  const chart = decodePng(pngBytes);
  assert.ok(chart.width > 200 && distinctColors(chart, 0, 0, chart.width, Math.min(chart.height, 400)) > 10);

  const csv = await page.evaluate(() => explorer.frequenciesCsv({ limit: 5 }));
  assert.ok(csv.startsWith('\uFEFF'), 'CSV starts with a BOM');
  assert.match(csv, /Amazon/);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('every chart view draws at DPR 2 in light, dark and projector mode', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url, { dpr: 2 });
  await page.evaluate(() => {
    const ids = explorer.articles().map((a) => a.id);
    explorer.tag([ids[3], ids[4], ids[5]], 'Amazon');
    explorer.tag([ids[0], ids[6], ids[7]], 'Messenger');
    explorer.setCategory('Messenger-Apps', ['Whatsapp', 'Threema', 'Signal', 'Telegram']);
  });
  for (const view of ['trends', 'dispersion', 'compare', 'cloud']) {
    await page.evaluate((v) => { location.hash = `view=${v}`; }, view);
    await until(page, (v) => explorer.state().view === v, view);
    await page.mouse.move(700, 500);
    await framesAfter(page, 3);
    const image = decodePng((await screenshot(page, `${view}-dpr2.png`)).png);
    assert.ok(distinctColors(image, 1100, 300, 2500, 1500) > 10, `${view} draws nothing`);
  }
  await page.keyboard.press('p');
  await until(page, () => explorer.state().display.projector === true);
  await page.mouse.move(710, 500);
  await framesAfter(page, 3);
  await screenshot(page, 'cloud-projector-dpr2.png');
  await page.keyboard.press('p');
  await page.evaluate(() => { location.hash = 'view=reader'; });
  assert.deepEqual(errors, []);
  await context.close();
});
