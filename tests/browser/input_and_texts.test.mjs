// German keyboards, the browser clipboard, and texts the user brings (drop, API, limits).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openExplorer, screenshot, useExplorer } from './lib/browser.mjs';
import { framesAfter, until } from './lib/wait.mjs';

const env = useExplorer();

test('dead keys, AltGr and composition reach the search box', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  await page.keyboard.press('/');
  await until(page, () => document.activeElement?.id === 'wortblick-text-input');
  const cdp = await context.newCDPSession(page);
  // A dead key (´) then e: the browser composes é; the page sees composition events.
  await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: 'é' });
  // AltGr+Q on a German layout types @; AltGr+E €; AltGr+7/0 { and }. Windows reports AltGr
  // as Ctrl+Alt held while the character arrives as text: the page must keep that text.
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: 2, key: 'Control', code: 'ControlLeft', windowsVirtualKeyCode: 17 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: 3, key: 'Alt', code: 'AltRight', windowsVirtualKeyCode: 18 });
  for (const [key, code] of [['@', 'KeyQ'], ['€', 'KeyE'], ['{', 'Digit7'], ['}', 'Digit0']]) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: 3, key, code });
    await cdp.send('Input.insertText', { text: key });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 3, key, code });
  }
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 2, key: 'Alt', code: 'AltRight', windowsVirtualKeyCode: 18 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: 0, key: 'Control', code: 'ControlLeft', windowsVirtualKeyCode: 17 });
  await page.keyboard.type('ß');
  await until(page, () => explorer.state().query === 'é@€{}ß');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Ctrl+V pastes the browser clipboard into the search box; copies go to the browser clipboard', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url,
    { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
  await page.evaluate(() => navigator.clipboard.writeText('Verschlüsselung'));
  await page.keyboard.press('/');
  await until(page, () => document.activeElement?.id === 'wortblick-text-input');
  await page.keyboard.press('Control+V');
  await until(page, () => explorer.state().query === 'Verschlüsselung');
  // Ctrl+A, Ctrl+C inside the box copy through navigator.clipboard, not an internal buffer.
  await page.evaluate(() => navigator.clipboard.writeText('leer'));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await until(page, async () => (await navigator.clipboard.readText()) === 'Verschlüsselung');

  // Right-click a reader paragraph: "Absatz kopieren" puts exactly that paragraph on the clipboard.
  await page.keyboard.press('Escape');
  await until(page, () => explorer.state().query === '');
  const article = await page.evaluate(() => explorer.article(explorer.state().article));
  // Inside the first paragraph (below the source line with its "Textstatistik" button).
  await page.mouse.click(800, 252, { button: 'right' });
  await framesAfter(page, 3);                              // the context menu is open
  await page.mouse.click(830, 274);                        // the menu's first item
  await until(page, async () => (await navigator.clipboard.readText()) !== 'Verschlüsselung');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.length > 40 && article.text.includes(copied), `copied: ${copied.slice(0, 80)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a dropped .txt file becomes searchable articles; invalid UTF-8 is repaired and reported; it can be removed', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  const before = (await page.evaluate(() => explorer.articles())).length;
  await page.evaluate(() => {
    const bytes = new TextEncoder().encode('Mein Aufsatz\n\nDer Zaubertrank der Gallier wirkt auch in unserer Schule, sagen die Lehrerinnen und Lehrer der Klasse.\n');
    const withBadByte = new Uint8Array([...bytes, 0xff, 0x0a]);
    const dt = new DataTransfer();
    dt.items.add(new File([withBadByte], 'aufsatz.txt', { type: 'text/plain' }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await until(page, (n) => explorer.articles().length > n, before);
  await page.mouse.move(500, 500);
  await until(page, () => explorer.search('Zaubertrank').total === 1);
  const notices = await page.evaluate(() => explorer.notices());
  assert.ok(notices.some((n) => /aufsatz/.test(n.detail) && n.level === 'info'));
  assert.ok(notices.some((n) => n.level === 'warning'), 'the repaired byte is reported');
  await screenshot(page, 'added-text.png');

  const added = (await page.evaluate(() => explorer.articles())).find((a) => a.seed === 'aufsatz.txt');
  assert.ok(added);
  await page.evaluate(() => explorer.removeText('aufsatz.txt'));
  assert.equal((await page.evaluate(() => explorer.articles())).length, before);
  assert.equal(await page.evaluate(() => explorer.search('Zaubertrank').total), 0);
  await assert.rejects(page.evaluate(() => explorer.removeText(explorer.sources()[0].seed)));

  // Through the API: repaired bytes are warnings, over 20 MB is refused with a message.
  const r = await page.evaluate(() => explorer.addTexts([{ name: 'api.txt', text: 'Ein Text über Datenschutz und Werbung im Netz, geschrieben in der Pause von einer Schülerin.' }]));
  assert.equal(r.ok, true);
  assert.equal(r.ids.length, 1);
  const big = await page.evaluate(() => explorer.addTexts([{ name: 'gross.txt', text: 'a'.repeat(20 * 1024 * 1024 + 1) }]));
  assert.equal(big.ok, false);
  assert.match(big.error, /20/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('thousands of texts through addTexts arrive over frames with a progress bar, then all are searchable', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  const before = (await page.evaluate(() => explorer.stats())).articles;
  const reply = await page.evaluate(() => {
    const paragraph = 'Die Klasse hat dem Tier dabei lange zugesehen, bevor sie wieder in den Unterricht ging und darüber einen kurzen Aufsatz schrieb, den die Lehrerin am nächsten Tag vorlas. ';
    const texts = [];
    for (let i = 0; i < 3000; i++) {
      texts.push({ name: `stapel-${i}.txt`, text: `Bericht Nummer ${i} aus dem Stapel\n\nDer Wombat Nummer ${i} hat heute im Garten der Schule gegraben. ${paragraph.repeat(12)}\n` });
    }
    return explorer.addTexts(texts);
  });
  assert.equal(reply.ok, true);
  assert.equal(reply.ids.length, 3000);
  // About 30 ms of work happen in the call; the rest is left for the next frames.
  assert.ok(reply.articles.length < 3000, `segmented in the call: ${reply.articles.length}`);
  assert.ok(reply.pending > 0, `left for later frames: ${reply.pending}`);
  await framesAfter(page, 2);  // a frame with the progress bar
  await screenshot(page, 'adding-texts.png');
  const done = await page.evaluate(() => explorer.indexed());
  assert.equal(done.pending, 0);
  assert.equal(done.articles, before + 3000);
  assert.equal(await page.evaluate(() => explorer.search('Wombat').total), 3000);
  assert.equal((await page.evaluate(() => explorer.frequencies({ limit: 3 })))[0].count >= 3000, true);
  assert.deepEqual(errors, []);
  await context.close();
});
