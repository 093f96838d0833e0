// Waiting on conditions, never on time: a loaded machine draws slowly, and a fixed sleep is either
// too short there or wasted everywhere else.
//
// The explorer renders on demand: after a few frames without change it sleeps until the next input
// (explorer.stats().sleeping). Input events and every window.explorer call wake it, so polling
// explorer.stats() keeps frames coming and a wait for frames cannot hang on an idle page.

const DEFAULT_TIMEOUT = 5000;
// Frames come slowly where Chromium composites in software under load (a few per second at DPR 2).
const FRAMES_TIMEOUT = 10000;

function describe(fn, arg) {
  const text = (value, max) => (value.length > max ? `${value.slice(0, max)}…` : value);
  const source = text(String(fn).replace(/\s+/g, ' '), 200);
  if (arg === undefined) return source;
  return `${source} with ${text(JSON.stringify(arg) ?? String(arg), 200)}`;
}

// page.waitForFunction(fn, arg) with a timeout error that says what was awaited.
// options: timeout (ms, default 5000), polling ('raf' or ms), message (replaces fn's source in errors).
// Resolves with the JSHandle of fn's truthy result, as waitForFunction does. An async fn (one that
// reads the clipboard, say) is polled with page.evaluate every `polling` ms (50 for 'raf'), since
// waitForFunction would take its pending Promise for a truthy answer; it resolves with fn's value.
export async function until(page, fn, arg, { timeout = DEFAULT_TIMEOUT, polling = 'raf', message } = {}) {
  const failure = (cause) =>
    new Error(`not reached within ${timeout} ms: ${message ?? describe(fn, arg)}`, cause ? { cause } : undefined);
  if (fn.constructor.name === 'AsyncFunction') {
    const interval = typeof polling === 'number' ? polling : 50;
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await page.evaluate(fn, arg);
      if (value) return value;
      if (Date.now() >= deadline) throw failure();
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
  try {
    return await page.waitForFunction(fn, arg, { timeout, polling });
  } catch (error) {
    if (error?.name !== 'TimeoutError') throw error;
    throw failure(error);
  }
}

let framesWaits = 0;

// Resolves once the page has drawn `n` more frames than when it was called: after input events,
// "the app has drawn the result of my input" (ImGui needs a frame or two to settle hover and
// layout, and a click's press and release land in different frames). One round trip: the count
// at the first poll is kept on the page under a key of its own.
export async function framesAfter(page, n = 2, { timeout = FRAMES_TIMEOUT } = {}) {
  const key = `wait-frames-${++framesWaits}`;
  await until(page, ({ key, n }) => {
    const drawn = window.explorer.stats().framesDrawn;
    const from = (window.__framesAfter ??= {})[key] ??= drawn;
    if (drawn < from + n) return false;
    delete window.__framesAfter[key];
    return true;
  }, { key, n }, { timeout, message: `${n} more frames drawn` });
}

// Resolves once every added text is segmented, indexed and counted (stats().pending === 0) and two
// more frames have been drawn.
export async function settled(page, { timeout = FRAMES_TIMEOUT } = {}) {
  await until(page, () => window.explorer.stats().pending === 0, undefined,
    { timeout, message: 'no work pending (explorer.stats().pending === 0)' });
  await framesAfter(page, 2, { timeout });
}

// Resolves once the render loop has gone to sleep by itself. Each look is an explorer call, which
// wakes the loop for a few frames, so the looks come further and further apart (100 ms, 200 ms, …
// up to 2 s) to leave it room to fall asleep again in between, however slowly it draws.
export async function asleep(page, { timeout = FRAMES_TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  for (let interval = 100; ; interval = Math.min(interval * 2, 2000)) {
    if (await page.evaluate(() => window.explorer.stats().sleeping)) return;
    if (Date.now() + interval > deadline) {
      throw new Error(`not reached within ${timeout} ms: the render loop asleep (explorer.stats().sleeping)`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
