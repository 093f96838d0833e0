// Every view and dialog at a phone, a tablet, a projector and a desktop size: the layout the
// width calls for, no label cut short (layout().clipped), and a screenshot of each to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openExplorer, screenshot, useExplorer } from './lib/browser.mjs';
import { press, target } from './lib/layout.mjs';
import { framesAfter, until } from './lib/wait.mjs';

const env = useExplorer();

const SCREENS = [
  { name: 'phone', width: 360, height: 640, dpr: 3, touch: true, mode: 'narrow' },
  { name: 'tablet', width: 768, height: 1024, dpr: 2, touch: true, mode: 'medium' },
  { name: 'projector', width: 1024, height: 768, dpr: 1, projector: true, mode: 'narrow' },
  { name: 'desktop', width: 1920, height: 1080, dpr: 1, mode: 'wide' },
];
const VIEWS = ['reader', 'concordance', 'frequencies', 'trends', 'dispersion', 'compare', 'cloud', 'collocates', 'ngrams', 'textstats'];

async function open(screen) {
  const extra = screen.touch ? { hasTouch: true, isMobile: screen.name === 'phone' } : {};
  const { context, page, errors } = await openExplorer(env.browser, env.server.url, {
    width: screen.width, height: screen.height, dpr: screen.dpr, context: extra,
  });
  if (screen.projector) await page.evaluate(() => window.explorer.setDisplay({ projector: true }));
  await framesAfter(page, 3);
  return { context, page, errors };
}

async function go(page, fragment) {
  await page.evaluate((f) => { window.location.hash = f; }, fragment);
  await framesAfter(page, 4);
}

async function assertNothingCut(page, screen, what) {
  const layout = await page.evaluate(() => window.explorer.layout());
  assert.deepEqual(layout.clipped, [], `${screen.name}, ${what}: labels cut short`);
  return layout;
}

for (const screen of SCREENS) {
  test(`${screen.name} ${screen.width}x${screen.height}: every view and dialog fits`, async () => {
    const { context, page, errors } = await open(screen);
    const first = (await page.evaluate(() => window.explorer.articles()))[0].id;
    assert.equal((await page.evaluate(() => window.explorer.layout())).mode, screen.mode);
    for (const view of VIEWS) {
      await go(page, `view=${view}&article=${encodeURIComponent(first)}&q=Whatsapp`);
      const layout = await assertNothingCut(page, screen, view);
      assert.ok(layout.panels.includes(view), `${screen.name}: ${view} not shown (${layout.panels})`);
      await screenshot(page, `layout-${screen.name}-${view}.png`);
    }
    if (screen.mode === 'narrow') {
      await press(page, 'Treffer', { touch: screen.touch });
      assert.ok((await assertNothingCut(page, screen, 'results')).panels.includes('results'));
      await screenshot(page, `layout-${screen.name}-results.png`);
    }

    // The dialogs and popups: from the toolbar, or from its menu where the buttons do not fit.
    const compact = (await page.evaluate(() => window.explorer.layout())).targets.some((t) => t.label === 'Menü');
    const fromToolbar = async (label) => {
      if (compact) await press(page, 'Menü', { touch: screen.touch });
      await press(page, label, { touch: screen.touch });
    };
    await fromToolbar('Tags verwalten …');
    assert.ok((await assertNothingCut(page, screen, 'tag manager')).panels.includes('tag-manager'));
    await screenshot(page, `layout-${screen.name}-tag-manager.png`);
    await page.keyboard.press('Escape');
    await until(page, () => !window.explorer.state().tagManager, undefined, { message: 'Escape closes the tag manager' });
    await go(page, 'view=frequencies');
    await fromToolbar('Text hinzufügen …');
    assert.ok((await assertNothingCut(page, screen, 'add text')).panels.includes('add-text'));
    await screenshot(page, `layout-${screen.name}-add-text.png`);
    if (screen.name === 'phone') {
      // A full-screen dialog has a close button a finger can hit.
      const close = await target(page, 'Schließen');
      assert.ok(close.height >= (screen.touch ? 44 : 20), `close button ${close.height} px high`);
      await press(page, 'Schließen', { touch: screen.touch });
      assert.ok(!(await page.evaluate(() => window.explorer.layout())).panels.includes('add-text'));
    }

    // Popups: the display settings (in the menu where the toolbar is compact), the query help.
    if (compact) {
      await press(page, 'Menü', { touch: screen.touch });
      await assertNothingCut(page, screen, 'menu');
      await screenshot(page, `layout-${screen.name}-menu.png`);
      await press(page, 'Suchhilfe', { touch: screen.touch });
    } else {
      await press(page, 'Anzeige');
      await assertNothingCut(page, screen, 'display settings');
      await screenshot(page, `layout-${screen.name}-display.png`);
      await page.keyboard.press('Escape');
      await framesAfter(page, 2);
      await press(page, '?');
    }
    await assertNothingCut(page, screen, 'query help');
    await screenshot(page, `layout-${screen.name}-query-help.png`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('phone: tapping switches between list, text and analysis, and opens an article', async () => {
  const screen = SCREENS[0];
  const { context, page, errors } = await open(screen);
  const articles = await page.evaluate(() => window.explorer.articles());
  let layout = await page.evaluate(() => window.explorer.layout());
  assert.ok(layout.panels.includes('list'), `the phone starts on the article list (${layout.panels})`);
  assert.ok(layout.targets.every((t) => !['Artikel', 'Text', 'Analyse'].includes(t.label) || t.height >= 44),
    'the pane bar has finger-sized buttons');
  // Tap the second article's row.
  const row = layout.targets.find((t) => t.label === `##${articles[1].id}`);
  assert.ok(row, `the second article's row is a target: ${layout.targets.map((t) => t.label).join(' | ')}`);
  await page.touchscreen.tap(row.x + row.width / 2, row.y + row.height / 2);
  await until(page, (id) => window.explorer.state().article === id, articles[1].id);
  await framesAfter(page, 2);  // layout() tells the last frame drawn
  layout = await page.evaluate(() => window.explorer.layout());
  assert.ok(layout.panels.includes('reader'), `tapping an article shows it (${layout.panels})`);
  await press(page, 'Analyse', { touch: true });
  layout = await page.evaluate(() => window.explorer.layout());
  assert.ok(layout.panels.includes('frequencies'), `analysis shows the frequency list first (${layout.panels})`);
  await press(page, 'Artikel', { touch: true });
  layout = await page.evaluate(() => window.explorer.layout());
  assert.ok(layout.panels.includes('list'), `back to the list (${layout.panels})`);
  assert.deepEqual(layout.clipped, []);
  assert.deepEqual(errors, []);
  await context.close();
});
