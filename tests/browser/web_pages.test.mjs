// Saved web pages dropped on the explorer: their article, real title, comments apart, chrome out of counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { openExplorer, screenshot, useExplorer } from './lib/browser.mjs';
import { loadExpectations } from '../bench/extraction/load_expectations.mjs';
import { settled, until as untilWithin } from './lib/wait.mjs';

const env = useExplorer();
const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'extraction');
const until = (page, fn, arg) => untilWithin(page, fn, arg, { timeout: 10000 });
const collapse = (s) => s.replace(/\s+/g, ' ').trim();

// Drops files on the canvas as a user would: [{name, bytes: number[]}].
async function drop(page, files) {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/html' }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

test('a saved German news page dropped on the page becomes its article: real title, comments apart, chrome out of counts', async () => {
  const slug = 'meedia.de.freenet';
  const expected = loadExpectations(dataDir).find((e) => e.page === slug);
  const bytes = [...readFileSync(join(dataDir, 'pages', `${slug}.html`))];
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  await drop(page, [{ name: `${slug}.html`, bytes }]);
  await until(page, (seed) => explorer.articles().some((a) => a.seed === seed), `${slug}.html`);
  await settled(page, { timeout: 10000 });

  const listed = await page.evaluate((seed) => explorer.articles().filter((a) => a.seed === seed), `${slug}.html`);
  assert.equal(listed.length, 1);
  const a = await page.evaluate((id) => explorer.article(id), listed[0].id);
  assert.equal(a.title, expected.title);
  assert.equal(a.format, 'html');
  const body = collapse(a.body);
  for (const s of expected.with) assert.ok(body.includes(collapse(s)), `main text in the body: ${s}`);
  for (const s of expected.without) assert.ok(!body.includes(collapse(s)), `chrome not in the body: ${s}`);
  for (const s of expected.comments) assert.ok(collapse(a.comments).includes(collapse(s)), `comment: ${s}`);
  // The page's own bytes are kept; the article's text is the page's visible text, no markup.
  assert.equal(await page.evaluate((seed) => explorer.sourceText(seed).length, `${slug}.html`), readFileSync(join(dataDir, 'pages', `${slug}.html`), 'utf8').length);
  assert.ok(!a.text.includes('<div'));

  // Words that only chrome uses (menus, cookie and newsletter boxes) are not counted.
  const kept = collapse(`${a.title} ${a.body} ${a.comments}`).toLowerCase();
  const chromeOnly = new Set(expected.without.flatMap((s) => s.split(/[^\p{L}]+/u))
    .filter((w) => w.length >= 6 && !kept.includes(w.toLowerCase())).map((w) => w.toLowerCase()));
  assert.ok(chromeOnly.size >= 3, `chrome-only words to look for: ${[...chromeOnly]}`);
  const counted = await page.evaluate((id) => explorer.frequencies({ scope: 'article', id, removeStopwords: false, limit: 100000 }), a.id);
  const countedWords = new Set(counted.map((r) => r.word.toLowerCase()));
  for (const w of chromeOnly) assert.ok(!countedWords.has(w), `chrome word counted: ${w}`);
  assert.ok(counted.length > 50);
  await page.mouse.move(400, 400);
  await screenshot(page, 'web-page-added.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Latin-1 page is read in its charset; binary data named .html is refused with a notice and nothing added', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  const before = (await page.evaluate(() => explorer.articles())).length;
  // "Grüße aus Köln" etc. in ISO-8859-1 bytes: ü=FC, ß=DF, ö=F6, ä=E4.
  const latin1 = (s) => [...s].map((c) => c.charCodeAt(0));
  const html = '<html><head><meta charset="iso-8859-1"><title>Gr\xfc\xdfe aus K\xf6ln</title></head><body>' +
    '<nav><a href="/">Startseite</a></nav><h1>Gr\xfc\xdfe aus K\xf6ln</h1><p>Die Sch\xfclerinnen und Sch\xfcler der Klasse ' +
    'haben einen Brief an ihre Partnerschule geschrieben, in dem sie von ihrer Stadt und dem Dom erz\xe4hlen.</p></body></html>';
  await drop(page, [{ name: 'koeln.htm', bytes: latin1(html) }, { name: 'bild.html', bytes: [0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0] }]);
  await until(page, (n) => explorer.articles().length > n, before);
  await until(page, () => explorer.notices().some((n) => /bild\.html/.test(n.detail)));
  const added = await page.evaluate(() => explorer.articles().filter((a) => a.seed === 'koeln.htm'));
  assert.equal(added.length, 1);
  assert.equal(added[0].title, 'Grüße aus Köln');
  const a = await page.evaluate((id) => explorer.article(id), added[0].id);
  assert.match(a.body, /Schülerinnen und Schüler/);
  assert.ok(!a.body.includes('Startseite'));
  const refused = await page.evaluate(() => explorer.notices().find((n) => /bild\.html/.test(n.detail)));
  assert.match(refused.detail, /keine Webseite/);
  assert.equal(await page.evaluate(() => explorer.sources().some((s) => s.seed === 'bild.html')), false);
  // Through the API a page is a string already: {name, html}.
  const r = await page.evaluate(() => explorer.addTexts([{ name: 'api.html', html: '<h1>Überschrift der Seite</h1><p>Ein Absatz, der lang genug ist, um als Text zu gelten, und der von einer Klasse und ihrem Ausflug erzählt.</p>' }]));
  assert.equal(r.ok, true);
  assert.equal(await page.evaluate((id) => explorer.article(id).title, r.articles[0]), 'Überschrift der Seite');
  assert.deepEqual(errors, []);
  await context.close();
});
