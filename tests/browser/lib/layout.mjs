// Pressing the page's controls by their label, as layout().targets reports them (CSS px).
import { framesAfter, until } from './wait.mjs';

// Waits until a control labelled `label` is on screen and returns its rectangle.
export async function target(page, label, { timeout } = {}) {
  const handle = await until(page, (want) => window.explorer.layout().targets.find((t) => t.label === want), label,
    { timeout, message: `a control labelled "${label}" on screen` });
  return handle.jsonValue();
}

// Clicks (or, with touch, taps) the middle of the control labelled `label`, then lets the app draw.
export async function press(page, label, { touch = false } = {}) {
  const t = await target(page, label);
  const x = t.x + t.width / 2;
  const y = t.y + t.height / 2;
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  await framesAfter(page, 3);
}
