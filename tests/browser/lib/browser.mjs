// Launches Debian's headless Chromium with playwright-core and opens the explorer with error capture.
import { before, after } from 'node:test';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
// playwright-core is a devDependency of web/, not of the tests folder.
const require = createRequire(join(repo, 'web', 'package.json'));
const { chromium } = require('playwright-core');

export const webDir = process.env.WORTBLICK_WEB_DIR ?? join(repo, 'build', 'web');
export const seedsDir = process.env.WORTBLICK_SEEDS_DIR ?? join(repo, 'seeds');
export const artifactsDir = process.env.WORTBLICK_ARTIFACTS_DIR ?? join(repo, 'build', 'screenshots');

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
}

// Opens the explorer and waits for explorer.ready; `errors` collects page and console errors.
// `context` adds Playwright context options (touch, permissions).
export async function openExplorer(browser, url, { dpr = 1, width = 1280, height = 800, locale = 'de-DE', context: extra = {} } = {}) {
  const context = await browser.newContext({ deviceScaleFactor: dpr, viewport: { width, height }, locale, ...extra });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  await page.goto(url);
  await page.waitForFunction(() => window.explorer !== undefined);
  await page.evaluate(() => window.explorer.ready);
  return { context, page, errors };
}

export async function screenshot(page, name) {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, name);
  const png = await page.screenshot({ path });
  return { path, png };
}

// One loopback server and one Chromium for a test file, started before its tests and stopped
// after them. Use inside the file's top level: `const env = useExplorer();` then env.server, env.browser.
export function useExplorer() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await startServer(webDir);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
