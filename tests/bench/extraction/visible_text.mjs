// Regenerates tests/data/extraction/pages/<slug>.txt: the visible text of each saved page, as a user
// selecting and copying the whole page would get it (document.body.innerText in headless Chromium,
// JavaScript off, every request other than the page's own file aborted).
// Run: node tests/bench/extraction/visible_text.mjs [slug ...]   (needs web/node_modules and /usr/bin/chromium)
import { createRequire } from 'node:module';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const pagesDir = join(root, 'tests', 'data', 'extraction', 'pages');
const require = createRequire(join(root, 'web', 'package.json'));
const { chromium } = require('playwright-core');

const only = process.argv.slice(2);
const slugs = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .filter((s) => only.length === 0 || only.includes(s))
  .sort();

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  for (const slug of slugs) {
    const url = pathToFileURL(join(pagesDir, `${slug}.html`)).href;
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url, { waitUntil: 'load' });
    let text = await page.evaluate(() => document.body.innerText);
    text = text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
    writeFileSync(join(pagesDir, `${slug}.txt`), text);
    console.log(`${slug}: ${text.length} chars`);
    await page.close();
  }
} finally {
  await browser.close();
}
