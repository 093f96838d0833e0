// Sharing with the class: share() and the share panel's QR code decode to the link, the link
// opens the same view, and the one-file page saves a copy of itself from file://.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { openExplorer, screenshot, useExplorer, webDir } from './lib/browser.mjs';
import { decodePng } from './lib/png.mjs';
import { press, target } from './lib/layout.mjs';
import { framesAfter, until } from './lib/wait.mjs';

// jsQR is a devDependency of web/, like playwright-core.
const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const jsQR = createRequire(join(repo, 'web', 'package.json'))('jsqr');

const env = useExplorer();

// A phone held up to the projector, or passed round: 360x640 CSS px at three device pixels each.
const PHONE = { width: 360, height: 640, dpr: 3, context: { isMobile: true, hasTouch: true } };

// The modules as a picture a scanner would see: `px` pixels a module, a 4-module white quiet zone.
function qrPicture({ size, modules }, px = 8) {
  const side = (size + 8) * px;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!modules[y][x]) continue;
      for (let dy = 0; dy < px; dy++) {
        for (let dx = 0; dx < px; dx++) {
          const i = (((y + 4) * px + dy) * side + (x + 4) * px + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
      }
    }
  }
  return { data, width: side, height: side };
}

const shown = (state) => ({ view: state.view, article: state.article, query: state.query, scope: state.scope,
  scopeId: state.scopeId });

// Something worth sharing: the frequencies of one article's words, with a search on.
async function showSomething(page) {
  const id = (await page.evaluate(() => explorer.articles()))[2].id;
  const fragment = `view=frequencies&article=${encodeURIComponent(id)}&q=${encodeURIComponent('Verschlüsselung OR Daten')}` +
    `&scope=article&sid=${encodeURIComponent(id)}`;
  await page.evaluate((f) => { location.hash = f; }, fragment);
  await until(page, (want) => explorer.state().view === 'frequencies' && explorer.state().article === want, id);
  return id;
}

test('share() reports the link and its QR code, which decodes to the link; the link opens the same view', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  const id = await showSomething(page);
  const before = await page.evaluate(() => explorer.state());
  const shared = await page.evaluate(() => explorer.share());
  assert.equal((await page.evaluate(() => explorer.state())).share, false, 'share() opens nothing');

  assert.ok(shared.url.startsWith(`${env.server.url}#`), shared.url);
  assert.ok(shared.url.includes(`article=${id}`), shared.url);
  assert.ok(shared.url.includes('q=Verschl%C3%BCsselung'), shared.url);
  const { size, modules } = shared.qr;
  assert.equal((size - 17) % 4, 0, `size ${size}`);
  assert.ok(size >= 21 && size <= 177, `size ${size}`);
  assert.equal(modules.length, size);
  for (const row of modules) {
    assert.equal(row.length, size);
    assert.ok(row.every((m) => m === 0 || m === 1));
  }
  const picture = qrPicture(shared.qr);
  const decoded = jsQR(picture.data, picture.width, picture.height);
  assert.ok(decoded, 'jsQR found no code');
  assert.equal(decoded.data, shared.url);

  // On a projector (1280x800) the panel shows the same code, beside the link.
  await page.evaluate(() => explorer.setDisplay({ share: true }));
  await until(page, () => explorer.state().share === true);
  await framesAfter(page, 3);
  const image = decodePng((await screenshot(page, 'share-panel-1280x800.png')).png);
  const found = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
  assert.equal(found?.data, shared.url, 'the code on the screen');
  assert.ok(found.location.bottomLeftCorner.y - found.location.topLeftCorner.y > 550, 'the code fills the height');

  // The link in a fresh page: the same view, article, query and scope.
  const other = await openExplorer(env.browser, shared.url);
  assert.deepEqual(shown(await other.page.evaluate(() => explorer.state())), shown(before));
  assert.equal((await other.page.evaluate(() => explorer.share())).url, shared.url);
  assert.deepEqual(other.errors, []);
  await other.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the share panel on a phone: a crisp square code that scans to the link, a copy button, Escape closes', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url,
    { ...PHONE, context: { ...PHONE.context, permissions: ['clipboard-read', 'clipboard-write'] } });
  await showSomething(page);
  const { url } = await page.evaluate(() => explorer.share());
  await page.evaluate(() => explorer.setDisplay({ share: true }));
  await until(page, () => explorer.state().share === true);
  await framesAfter(page, 3);
  const image = decodePng((await screenshot(page, 'share-panel-360x640-dpr3.png')).png);
  assert.equal(image.width, 1080);

  // The drawn code, read off the screen as a phone's camera would.
  const found = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
  assert.ok(found, 'no QR code found on the screen');
  assert.equal(found.data, url);
  const { topLeftCorner: tl, topRightCorner: tr, bottomLeftCorner: bl, bottomRightCorner: br } = found.location;
  const width = tr.x - tl.x;
  const height = bl.y - tl.y;
  assert.ok(Math.abs(width - height) <= 2, `square: ${width} x ${height} px`);
  assert.ok(Math.abs(br.x - tr.x) <= 1 && Math.abs(br.y - bl.y) <= 1, 'upright');
  assert.ok(width > 600, `large: ${width} device px of 1080`);
  // Crisp: inside the code every pixel is black or white, no grey edges between modules.
  let grey = 0;
  for (let y = Math.ceil(tl.y); y < Math.floor(bl.y); y++) {
    for (let x = Math.ceil(tl.x); x < Math.floor(tr.x); x++) {
      const v = image.pixels[(y * image.width + x) * 4];
      if (v !== 0 && v !== 255) grey++;
    }
  }
  assert.equal(grey, 0, `${grey} grey pixels inside the code`);

  // "Link kopieren" puts the link on the clipboard.
  await page.evaluate(() => navigator.clipboard.writeText('leer'));
  await press(page, 'Link kopieren');
  await until(page, async () => (await navigator.clipboard.readText()) !== 'leer');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
  await framesAfter(page, 2);
  await screenshot(page, 'share-panel-copied-360x640-dpr3.png');

  // In English and dark, the code keeps its white ground and still scans.
  await page.evaluate(() => explorer.setDisplay({ theme: 'dark', lang: 'en' }));
  await until(page, () => explorer.state().display.lang === 'en');
  await framesAfter(page, 3);
  const dark = decodePng((await screenshot(page, 'share-panel-en-dark-360x640-dpr3.png')).png);
  assert.equal(jsQR(new Uint8ClampedArray(dark.pixels), dark.width, dark.height)?.data, url);

  await page.keyboard.press('Escape');
  await until(page, () => explorer.state().share === false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('opened from file://, the panel says where the link works and saves a faithful copy of the page', async () => {
  const original = join(webDir, 'wortblick.html');
  const url = pathToFileURL(original).href;
  const { context, page, errors } = await openExplorer(env.browser, url, { ...PHONE, context: { ...PHONE.context, acceptDownloads: true } });
  const shared = await page.evaluate(() => explorer.share());
  assert.ok(shared.url.startsWith(`${url}#`), shared.url);
  await page.evaluate(() => explorer.setDisplay({ share: true }));
  await until(page, () => explorer.state().share === true);
  await framesAfter(page, 3);
  await screenshot(page, 'share-panel-file-360x640-dpr3.png');

  const save = await target(page, 'wortblick.html speichern');
  const download = page.waitForEvent('download', { timeout: 10000 });
  await page.mouse.click(save.x + save.width / 2, save.y + save.height / 2);
  const saved = await download;
  assert.equal(saved.suggestedFilename(), 'wortblick.html');
  const copyPath = join(mkdtempSync(join(tmpdir(), 'wortblick-copy-')), 'wortblick.html');
  await saved.saveAs(copyPath);
  const copy = readFileSync(copyPath, 'utf8');
  const bytes = readFileSync(original, 'utf8');
  assert.ok(Math.abs(copy.length - bytes.length) < 200, `copy ${copy.length} chars, page ${bytes.length}`);
  // The same document: both parse to the same tree (the program's script, wasm inlined, included),
  // up to the line breaks after the script, which the page had not read when it took its copy.
  const same = await page.evaluate(([a, b]) => {
    const tree = (html) => new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML
      .replace(/\s+<\/body>/, '</body>');
    return tree(a) === tree(b);
  }, [copy, bytes]);
  assert.ok(same, 'the copy parses to another document than the page');

  // And it runs, from disk, like the page it was saved from.
  const again = await openExplorer(env.browser, pathToFileURL(copyPath).href);
  assert.deepEqual(await again.page.evaluate(() => explorer.articles()), await page.evaluate(() => explorer.articles()));
  assert.deepEqual(again.errors, []);
  await again.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});
