// Tags survive reloads, corrupt storage is backed up and reported, bad imports change nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { openExplorer, screenshot, useExplorer } from './lib/browser.mjs';
import { press, target } from './lib/layout.mjs';
import { framesAfter, until } from './lib/wait.mjs';

const env = useExplorer();

async function reopen(page) {
  await page.reload();
  await page.waitForFunction(() => window.explorer !== undefined);
  await page.evaluate(() => window.explorer.ready);
}

test('tags and categories survive a reload; export then import into a fresh profile reproduces them', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  const ids = (await page.evaluate(() => window.explorer.articles())).map((a) => a.id);
  await page.evaluate((ids) => {
    explorer.tag(ids[0], 'Datenschutz');
    explorer.tag(ids[1], 'Datenschutz');
    explorer.tag(ids[3], 'Amazon');
    explorer.recolorTag('Amazon', '#ff9900');
    explorer.setCategory('Messenger', ['WhatsApp', 'Threema', 'Signal', 'Telegram']);
  }, ids);
  const before = await page.evaluate(() => ({ tags: explorer.tags(), categories: explorer.categories() }));
  assert.equal(before.tags.length, 2);
  assert.deepEqual(before.tags.find((t) => t.name === 'Datenschutz').articles, [ids[0], ids[1]].sort());

  await reopen(page);
  const after = await page.evaluate(() => ({ tags: explorer.tags(), categories: explorer.categories() }));
  assert.deepEqual(after, before);
  const exported = await page.evaluate(() => explorer.exportTags());

  const fresh = await openExplorer(env.browser, env.server.url);  // a new context: an empty profile
  assert.deepEqual(await fresh.page.evaluate(() => explorer.tags()), []);
  const result = await fresh.page.evaluate((json) => explorer.importTags(json, { mode: 'replace' }), exported);
  assert.equal(result.ok, true);
  assert.equal(result.added, 3);
  assert.deepEqual(await fresh.page.evaluate(() => ({ tags: explorer.tags(), categories: explorer.categories() })), before);
  assert.equal(await fresh.page.evaluate(() => explorer.exportTags()), exported);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a corrupted localStorage payload is backed up and reported', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  await page.evaluate(() => localStorage.setItem('wortblick.tags', '{"format":"wortblick-tags","version":1,"tags":[{"name":'));
  await reopen(page);
  const notices = await page.evaluate(() => explorer.notices());
  assert.equal(notices.length, 1);
  assert.equal(notices[0].level, 'warning');
  assert.match(notices[0].text, /nicht lesbar/);
  assert.equal(await page.evaluate(() => localStorage.getItem('wortblick.tags.backup.1')),
    '{"format":"wortblick-tags","version":1,"tags":[{"name":');
  assert.deepEqual(await page.evaluate(() => explorer.tags()), []);
  // Work goes on and is saved again under the main key.
  const id = (await page.evaluate(() => explorer.articles()))[0].id;
  await page.evaluate((id) => explorer.tag(id, 'Neu'), id);
  assert.match(await page.evaluate(() => localStorage.getItem('wortblick.tags')), /"Neu"/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage that throws on write keeps tags in memory with a visible warning', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  const id = (await page.evaluate(() => explorer.articles()))[0].id;
  await page.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await page.evaluate((id) => explorer.tag(id, 'Voll'), id);
  assert.deepEqual((await page.evaluate(() => explorer.tags())).map((t) => t.name), ['Voll']);
  const notices = await page.evaluate(() => explorer.notices());
  assert.equal(notices.length, 1);
  assert.match(notices[0].detail, /QuotaExceededError/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a malformed import is rejected with a message naming the field, and nothing changes', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  const id = (await page.evaluate(() => explorer.articles()))[0].id;
  await page.evaluate((id) => explorer.tag(id, 'Bleibt'), id);
  const before = await page.evaluate(() => explorer.exportTags());
  const bad = [
    ['not json at all', /./],
    [JSON.stringify({ format: 'wortblick-tags', version: 1, tags: [{ name: 5, color: '#000000', articles: [] }] }), /tags\[0\]\.name/],
    [JSON.stringify({ format: 'wortblick-tags', version: 1, tags: [{ name: 'x', color: '#000000', articles: ['nope:1'] }] }), /tags\[0\]\.articles\[0\]/],
    [JSON.stringify({ format: 'wortblick-tags', version: 1, tags: [{ name: 'a', color: '#000000', articles: [] }, { name: 'A', color: '#000000', articles: [] }] }), /tags\[1\]/],
    ['x'.repeat(1_100_000), /MB|bytes|groß|large/i],
  ];
  for (const [json, field] of bad) {
    for (const mode of ['merge', 'replace']) {
      const r = await page.evaluate(([json, mode]) => explorer.importTags(json, { mode }), [json, mode]);
      assert.equal(r.ok, false);
      assert.match(r.error, field);
      assert.equal(await page.evaluate(() => explorer.exportTags()), before);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('dropping a tag file on the page opens the import dialog; export downloads a file', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url, { dpr: 2 });
  const ids = (await page.evaluate(() => explorer.articles())).map((a) => a.id);
  await page.evaluate((ids) => { explorer.tag(ids[0], 'Datenschutz'); explorer.tag(ids[3], 'Amazon'); }, ids);
  const json = await page.evaluate(() => explorer.exportTags());
  await page.evaluate((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'klasse-7b.json', { type: 'application/json' }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, json);
  await until(page, () => explorer.state().dialog === 'import');
  await page.mouse.move(600, 400);
  await framesAfter(page, 3);
  await screenshot(page, 'import-dialog-dpr2.png');
  await press(page, 'Abbrechen');  // Escape does not close this dialog
  await until(page, () => explorer.state().dialog === null);

  // The tag manager's export button downloads the tags file: the same JSON as exportTags().
  await page.evaluate((id) => { explorer.tag(id, 'Datenschutz'); }, ids[1]);
  const expected = await page.evaluate(() => explorer.exportTags());
  await press(page, 'Tags verwalten …');  // in the toolbar
  await until(page, () => explorer.state().tagManager === true);
  await framesAfter(page, 3);  // the window laid out and drawn
  await screenshot(page, 'tags-dpr2.png');
  const exportButton = await target(page, 'Exportieren (JSON)');
  const download = page.waitForEvent('download', { timeout: 5000 });
  await page.mouse.click(exportButton.x + exportButton.width / 2, exportButton.y + exportButton.height / 2);
  const saved = await download;
  assert.equal(saved.suggestedFilename(), 'wortblick-tags.json');
  const text = readFileSync(await saved.path(), 'utf8');
  assert.equal(text, expected);
  const file = JSON.parse(text);
  assert.equal(file.format, 'wortblick-tags');
  assert.deepEqual(file.tags.map((t) => t.name).sort(), ['Amazon', 'Datenschutz']);
  assert.deepEqual(file.tags.find((t) => t.name === 'Datenschutz').articles, [ids[0], ids[1]].sort());
  assert.deepEqual(file.tags.find((t) => t.name === 'Amazon').articles, [ids[3]]);
  assert.deepEqual(errors, []);
  await context.close();
});
