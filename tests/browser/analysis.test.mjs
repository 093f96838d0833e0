// Corpus analysis in the page: collocates (table and network, click-through to the concordance),
// n-grams, text statistics, and the explanation behind a figure, through the UI and window.explorer.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openExplorer, screenshot, useExplorer } from './lib/browser.mjs';
import { press, target } from './lib/layout.mjs';
import { framesAfter, until } from './lib/wait.mjs';

const env = useExplorer();

const MEASURES = ['logDice', 'mi', 'mi3', 't', 'z', 'll', 'frequency'];

test('the API answers collocates, ngrams, textStats, explain and sorted, filtered concordances', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  const r = await page.evaluate((measures) => {
    const e = window.explorer;
    const out = {};
    for (const node of ['Whatsapp', 'Amazon']) {
      out[node] = {};
      for (const m of measures) out[node][m] = e.collocates(node, { measure: m, limit: 10 });
    }
    out.trigrams = e.ngrams({ n: 3, limit: 10 });
    out.bigramsWith = e.ngrams({ n: 2, contains: 'Whatsapp', position: 1, limit: 50 });
    out.stats = e.textStats();
    out.articleStats = e.textStats({ scope: 'article', id: e.articles()[0].id });
    out.words = e.articles().reduce((sum, a) => sum + a.words, 0);
    const top = out.Whatsapp.logDice[0];
    out.top = top;
    out.explainColl = e.explain('collocation', { node: 'Whatsapp', collocate: top.word, measure: 'mi' });
    out.explainLix = e.explain('textStat', { figure: 'lix' });
    const f = e.frequencies({ limit: 1 })[0];
    out.freq = f;
    out.explainFreq = e.explain('frequency', { word: f.word });
    out.filtered = e.concordance('Whatsapp', { collocate: top.word, left: 5, right: 5, stem: false });
    out.sorted = e.concordance('Whatsapp', { sort: ['R1', 'R2'] });
    out.errors = [];
    for (const bad of [() => e.collocates('Whatsapp', { measure: 'dice' }), () => e.collocates('Whatsapp', { left: 0, right: 0 }),
      () => e.concordance('Whatsapp', { sort: ['L1', 'L2', 'L3', 'R1'] }), () => e.concordance('Whatsapp', { sort: ['X9'] }),
      () => e.explain('nonsense'), () => e.textStats({ scope: 'tag', id: 'gibt es nicht' })]) {
      try { bad(); out.errors.push(null); } catch (err) { out.errors.push(err.message); }
    }
    return out;
  }, MEASURES);

  for (const node of ['Whatsapp', 'Amazon']) {
    for (const m of MEASURES) {
      const rows = r[node][m];
      assert.ok(rows.length > 0, `${node} has collocates by ${m}`);
      for (const row of rows) {
        assert.deepEqual(Object.keys(row).sort(), ['collocateCount', 'count', 'll', 'logDice', 'mi', 'mi3', 'nodeCount', 't', 'word', 'z']);
        assert.ok(row.count >= 3, 'the corpus default minimum frequency is 3');
      }
      const key = m === 'frequency' ? 'count' : m;
      for (let i = 1; i < rows.length; ++i) assert.ok(rows[i - 1][key] >= rows[i][key], `${node} sorted by ${m}`);
    }
  }
  assert.equal(r.trigrams.length, 10);
  for (let i = 1; i < r.trigrams.length; ++i) assert.ok(r.trigrams[i - 1].count >= r.trigrams[i].count);
  for (const g of r.trigrams) assert.equal(g.ngram.split(' ').length, 3);
  for (const g of r.bigramsWith) assert.match(g.ngram, /^whatsapp /i);

  assert.equal(r.stats.tokens, r.words, 'textStats counts every article\'s words');
  for (const k of ['types', 'ttr', 'sttr', 'hapax', 'meanWordLength', 'meanSentenceLength', 'sentences', 'fleschAmstad', 'wstf1', 'lix'])
    assert.equal(typeof r.stats[k], 'number', k);
  assert.ok(r.stats.coverage['50'] < r.stats.coverage['80'] && r.stats.coverage['80'] < r.stats.coverage['95']);
  assert.ok(r.articleStats.tokens > 0 && r.articleStats.tokens < r.stats.tokens);

  assert.equal(r.explainColl.figure, 'mi');
  assert.ok(Math.abs(r.explainColl.value - r.top.mi) < 1e-9, 'the explanation explains the number shown');
  assert.match(r.explainColl.formula, /log2\(O \/ E\)/);
  assert.ok(Math.abs(r.explainLix.value - r.stats.lix) < 1e-9);
  assert.ok(Math.abs(r.explainFreq.value - r.freq.per1000) < 1e-9);
  assert.match(r.explainFreq.sentence, /per 1,000 words/);

  assert.ok(r.filtered.length > 0, 'lines with the collocate');
  const word = r.top.word.toLowerCase();
  for (const l of r.filtered) assert.ok((l.left + ' ' + l.right).toLowerCase().includes(word), `${l.left} | ${l.right}`);
  assert.ok(r.sorted.length > 2);
  assert.deepEqual(r.errors.map((e) => e !== null), [true, true, true, true, true, true]);
  assert.match(r.errors[0], /measure/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a collocate clicked in the network opens its second level, then the concordance with both words', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  await page.evaluate(() => { window.location.hash = 'view=collocates'; });
  await until(page, () => window.explorer.state().view === 'collocates');
  const top = await page.evaluate(() => window.explorer.collocates('Whatsapp')[0].word);
  await until(page, (w) => window.explorer.layout().targets.some((t) => t.label === w), top,
    { message: 'the collocation table', timeout: 15000 });
  await framesAfter(page, 2);
  assert.deepEqual((await page.evaluate(() => window.explorer.layout())).clipped, []);
  await screenshot(page, 'analysis-collocates-table.png');

  await press(page, 'Netz');
  const node = await until(page, () => window.explorer.layout().targets.find((t) => t.label.startsWith('##net-')), undefined,
    { message: 'a collocate in the network' }).then((h) => h.jsonValue());
  const collocate = node.label.slice('##net-'.length);
  await page.mouse.click(node.x + node.height / 2, node.y + node.height / 2);
  const open = await until(page, () => window.explorer.layout().targets.find((t) => t.label.startsWith('Konkordanz öffnen')), undefined,
    { message: 'the concordance button of the opened collocate' }).then((h) => h.jsonValue());
  assert.equal(open.label, `Konkordanz öffnen: Whatsapp + ${collocate}`);
  await framesAfter(page, 3);
  await screenshot(page, 'analysis-collocates-network.png');
  await page.mouse.click(open.x + open.width / 2, open.y + open.height / 2);
  await until(page, () => window.explorer.state().view === 'concordance');
  const state = await page.evaluate(() => window.explorer.state());
  assert.equal(state.query, 'Whatsapp');
  assert.equal(state.collocate, collocate);
  await target(page, 'Filter aufheben');
  await framesAfter(page, 2);
  await screenshot(page, 'analysis-concordance-collocate.png');
  await press(page, 'Filter aufheben');
  await until(page, () => window.explorer.state().collocate === '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('n-grams and text statistics draw, and a figure explains itself in German and English', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url);
  await page.evaluate(() => { window.location.hash = 'view=ngrams'; });
  await until(page, () => window.explorer.layout().targets.some((t) => t.label === '##ngram'), undefined,
    { message: 'the n-gram table', timeout: 15000 });
  await framesAfter(page, 2);
  assert.deepEqual((await page.evaluate(() => window.explorer.layout())).clipped, []);
  await screenshot(page, 'analysis-ngrams.png');

  await page.evaluate(() => { window.location.hash = 'view=textstats'; });
  await until(page, () => window.explorer.state().view === 'textstats');
  const lix = await page.evaluate(() => window.explorer.textStats().lix.toFixed(1));
  await press(page, lix);
  await until(page, () => window.explorer.state().explanation !== null, undefined, { message: 'the explanation opens' });
  let explanation = (await page.evaluate(() => window.explorer.state())).explanation;
  assert.equal(explanation.figure, 'lix');
  assert.match(explanation.sentence, /^LIX \d+,\d: unter 40 leicht/);
  assert.ok((await page.evaluate(() => window.explorer.layout())).panels.includes('explanation'));
  await framesAfter(page, 2);
  await screenshot(page, 'analysis-explanation-de.png');
  await page.evaluate(() => window.explorer.setDisplay({ lang: 'en' }));
  await framesAfter(page, 2);
  explanation = (await page.evaluate(() => window.explorer.state())).explanation;
  assert.match(explanation.sentence, /^LIX \d+\.\d: below 40 easy/);
  await page.keyboard.press('Escape');
  await until(page, () => window.explorer.state().explanation === null, undefined, { message: 'Escape closes it' });
  await framesAfter(page, 2);
  assert.deepEqual((await page.evaluate(() => window.explorer.layout())).clipped, []);
  await screenshot(page, 'analysis-textstats.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone the analysis views fit and the network is reachable', async () => {
  const { context, page, errors } = await openExplorer(env.browser, env.server.url,
    { width: 360, height: 640, dpr: 3, context: { hasTouch: true, isMobile: true } });
  for (const view of ['collocates', 'ngrams', 'textstats']) {
    await page.evaluate((v) => { window.location.hash = `view=${v}`; }, view);
    await until(page, (v) => window.explorer.state().view === v, view);
    await framesAfter(page, 6);
    assert.deepEqual((await page.evaluate(() => window.explorer.layout())).clipped, [], view);
    await screenshot(page, `analysis-phone-${view}.png`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
