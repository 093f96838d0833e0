// Core's messages follow the UI language, and a search scope is the same article set everywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { openExplorer, useExplorer } from './lib/browser.mjs';
import { framesAfter, settled, until } from './lib/wait.mjs';

const env = useExplorer();
const repo = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');

const GERMAN = /Meinten Sie|ungültige|taggen|heißt jetzt|Keine Treffer/;
const ENGLISH = /Did you mean|invalid UTF-8|article\(s\)|is now called|No hits/;

async function dropFile(page, name, bytes) {
  await page.evaluate(({ name, bytes }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/plain' }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { name, bytes });
}

test('a search note, an add-text warning and an undo label follow the UI language', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  await page.evaluate(() => explorer.setDisplay({ lang: 'de' }));

  // The search note, from the search box.
  await page.keyboard.press('/');
  await page.keyboard.type('Whatsap');
  await until(page, () => explorer.state().query === 'Whatsap');
  const notesDe = (await page.evaluate(() => explorer.state().notes)).join(' ');
  assert.match(notesDe, /Meinten Sie „Whatsapp“/);
  assert.doesNotMatch(notesDe, ENGLISH);

  // The add-text warning, from a dropped file with a broken byte.
  const bytes = [...new TextEncoder().encode('Ein Aufsatz\n\nDie Klasse schreibt über ihre Schule und den Pausenhof.\n'), 0xff, 0x0a];
  await dropFile(page, 'aufsatz.txt', bytes);
  await until(page, () => explorer.notices().some((n) => n.level === 'warning'));
  const warningDe = (await page.evaluate(() => explorer.notices())).filter((n) => n.level === 'warning').map((n) => n.detail).join(' ');
  assert.match(warningDe, /aufsatz\.txt: 1 ungültige UTF-8-Bytes/);
  assert.doesNotMatch(warningDe, ENGLISH);

  // The undo label of the tag manager's undo button.
  const id = (await page.evaluate(() => explorer.articles()))[0].id;
  await page.evaluate((id) => { explorer.createTag('Klasse 7b'); explorer.tag(id, 'Klasse 7b'); }, id);
  const undoDe = await page.evaluate(() => explorer.state().undo);
  assert.equal(undoDe, '1 Artikel mit „Klasse 7b“ taggen');

  // The same three in English, from the same messages.
  await page.evaluate(() => explorer.setDisplay({ lang: 'en' }));
  await framesAfter(page, 2);
  const notesEn = (await page.evaluate(() => explorer.state().notes)).join(' ');
  assert.match(notesEn, /Did you mean “Whatsapp”/);
  assert.doesNotMatch(notesEn, GERMAN);
  const warningEn = (await page.evaluate(() => explorer.notices())).filter((n) => n.level === 'warning').map((n) => n.detail).join(' ');
  assert.match(warningEn, /aufsatz\.txt: 1 invalid UTF-8 byte\(s\) replaced/);
  assert.doesNotMatch(warningEn, GERMAN);
  assert.equal(await page.evaluate(() => explorer.state().undo), 'tag 1 article(s) with “Klasse 7b”');

  // The API answers in English whatever the UI shows.
  await page.evaluate(() => explorer.setDisplay({ lang: 'de' }));
  assert.match((await page.evaluate(() => explorer.search('Whatsap'))).note, /Did you mean/);
  assert.equal(await page.evaluate(() => explorer.undoTags()), 'tag 1 article(s) with “Klasse 7b”');
  assert.equal(await page.evaluate(() => explorer.state().undo), 'Tag „Klasse 7b“ anlegen');
  assert.deepEqual(errors, []);
  await context.close();
});

// 260 short texts that all say "Schule" (a third of them also "Pause"), and 40 that say neither.
function classTexts() {
  const texts = [];
  for (let i = 0; i < 260; i++) {
    texts.push({ name: `schule-${i}.txt`, text: `Bericht ${i}\n\nHeute war die Schule lang${i % 3 === 0 ? ', die Pause zu kurz' : ''}. Alle Kinder der Klasse ${i} lernten.` });
  }
  for (let i = 0; i < 40; i++) texts.push({ name: `ferien-${i}.txt`, text: `Ferien ${i}\n\nIm Urlaub gab es keine Pause vom Spielen am Strand ${i}.` });
  return texts;
}

test('a search scope is every hit, the same through the UI, the browser API and node (more than 200 hits)', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  await page.evaluate((texts) => explorer.addTexts(texts), classTexts());
  await settled(page, { timeout: 60000 });

  const options = { scope: 'search', id: 'Schule', limit: 50 };
  const total = await page.evaluate(() => explorer.search('Schule', { limit: 10000 }).total);
  assert.ok(total > 200, `${total} hits`);
  const apiRows = await page.evaluate((o) => explorer.frequencies(o), options);
  const schule = apiRows.find((r) => r.word === 'Schule');
  // The seeds may hold other forms (Schulen) that the stemmed search finds too.
  assert.ok(schule.articles >= 260, 'every hit counts, not the first 200');
  const pause = apiRows.find((r) => r.word === 'Pause');
  assert.equal(pause.articles, 87, 'only the hits that say Pause, not the 40 other texts');
  const apiSet = await page.evaluate(() => explorer.distribution(['Schule'], { scope: 'search', id: 'Schule' }).articles.map((a) => a.id));
  assert.equal(apiSet.length, total);

  // The UI's frequency chart over the search scope, saved as CSV like its download button does.
  await page.evaluate(() => { location.hash = 'view=frequencies&scope=search&q=Schule'; });
  await until(page, () => explorer.state().view === 'frequencies' && explorer.state().query === 'Schule');
  await settled(page, { timeout: 60000 });
  const download = page.waitForEvent('download');
  await page.evaluate(() => explorer.saveChart('csv'));
  const uiCsv = readFileSync(await (await download).path(), 'utf8');
  const apiCsv = await page.evaluate(() => explorer.frequenciesCsv({ scope: 'search', id: 'Schule' }));
  assert.equal(uiCsv, apiCsv);

  // The node module, over the same texts.
  process.env.NODE_PATH ??= '/usr/share/nodejs';
  const { createExplorer } = await import(join(repo, 'build', 'node', 'wortblick_core.mjs'));
  // Emscripten 3.1.6 would fetch() the wasm by path when node has fetch (the bench runs node with
  // --no-experimental-fetch; a test file cannot choose its flags).
  const fetch = globalThis.fetch;
  globalThis.fetch = undefined;
  const core = await createExplorer().finally(() => { globalThis.fetch = fetch; });
  core.addTexts(classTexts());
  assert.deepEqual(core.frequencies(options), apiRows);
  assert.deepEqual(core.distribution(['Schule'], { scope: 'search', id: 'Schule' }).articles.map((a) => a.id), apiSet);
  assert.equal(core.frequenciesCsv({ scope: 'search', id: 'Schule' }), uiCsv);
  assert.deepEqual(errors, []);
  await context.close();
});
