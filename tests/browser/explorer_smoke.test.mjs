// The explorer loads in headless Chromium, serves its API, embeds the seeds exactly, and draws crisp UI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { openExplorer, screenshot, seedsDir, useExplorer } from './lib/browser.mjs';
import { decodePng, distinctColors } from './lib/png.mjs';

const env = useExplorer();

const seedNames = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort();

for (const dpr of [1, 2]) {
  test(`explorer at devicePixelRatio ${dpr}: API, seeds, drawn UI`, async () => {
    const { context, page, errors } = await openExplorer(env.browser, env.server.url, { dpr });
    try {
      const sources = await page.evaluate(() => window.explorer.sources());
      assert.equal(sources.length, 5);
      assert.deepEqual(sources.map((s) => s.seed), seedNames);
      for (const name of seedNames) {
        const expected = readFileSync(join(seedsDir, name), 'utf8');
        const text = await page.evaluate((seed) => window.explorer.sourceText(seed), name);
        assert.equal(text, expected, `sourceText(${name}) differs from the file`);
        assert.equal(sources.find((s) => s.seed === name).bytes, readFileSync(join(seedsDir, name)).length);
      }
      assert.equal(typeof (await page.evaluate(() => window.explorer.version)), 'string');

      const articles = await page.evaluate(() => window.explorer.articles());
      assert.ok(articles.length >= 5);
      for (const a of articles) {
        assert.ok(a.id && a.title && seedNames.includes(a.seed) && a.words > 0, JSON.stringify(a));
      }
      const first = await page.evaluate((id) => window.explorer.article(id), articles[0].id);
      assert.equal(first.id, articles[0].id);
      assert.ok(first.text.length > 0);
      assert.equal(await page.evaluate(() => window.explorer.article('no-such-id')), null);

      // The UI font draws German letters and typography instead of '?'.
      assert.equal(await page.evaluate(() => window.explorer.missingGlyphs('äöüÄÖÜßẞ„“”‚‘–—…€')), '');

      // Backing store = CSS size x devicePixelRatio, so text is rasterized for the screen.
      const size = await page.evaluate(() => {
        const c = document.getElementById('canvas');
        return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
      });
      assert.equal(size.w, Math.floor(size.cssW * dpr));
      assert.equal(size.h, Math.floor(size.cssH * dpr));

      const { png } = await screenshot(page, `explorer-dpr${dpr}.png`);
      const image = decodePng(png);
      assert.equal(image.width, 1280 * dpr);
      // Text in the article list and the reader: many shades from anti-aliased glyphs.
      assert.ok(distinctColors(image, 0, 0, 400 * dpr, 400 * dpr) > 20, 'article list looks blank');
      assert.ok(distinctColors(image, 500 * dpr, 100 * dpr, 1200 * dpr, 600 * dpr) > 20, 'reader looks blank');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
