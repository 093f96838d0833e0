// Idle CPU of the page in headless Chromium: render on demand against drawing every frame.
// Prints figures; not a pass/fail test. Usage: node tests/bench/idle_cpu.mjs [build/web]
import { join } from 'node:path';

import { launch } from '../browser/lib/browser.mjs';
import { startServer } from '../browser/lib/server.mjs';

const webDir = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'build', 'web');
const SECONDS = 10;

async function idleCpu(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.explorer !== undefined);
  await page.evaluate(() => window.explorer.ready);
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metric();
  await page.waitForTimeout(SECONDS * 1000);
  const after = await metric();
  await context.close();
  // TaskDuration: main-thread busy time of the renderer, seconds.
  return (after.TaskDuration - before.TaskDuration) / SECONDS;
}

const server = await startServer(webDir);
const browser = await launch();
const runs = { onDemand: [], continuous: [] };
for (let i = 0; i < 3; i++) {
  runs.onDemand.push(await idleCpu(browser, server.url));
  runs.continuous.push(await idleCpu(browser, `${server.url}?render=continuous`));
}
await browser.close();
await server.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (x) => `${(100 * x).toFixed(2)} %`;
console.log(`idle main-thread CPU over ${SECONDS} s (median of 3, headless Chromium, SwiftShader):`);
console.log(`  render on demand   ${pct(median(runs.onDemand))}`);
console.log(`  every frame        ${pct(median(runs.continuous))}`);
console.log(`  ratio              ${(median(runs.onDemand) / median(runs.continuous)).toFixed(3)}`);
