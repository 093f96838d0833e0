// Wortblick's wasm core against MiniSearch 7 and FlexSearch 0.8: build time, query latency, memory, German recall.
// Run: node --no-experimental-fetch --expose-gc tests/bench/search_bench.mjs  (after the node preset build)
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { makeCorpus, root } from './make_corpus.mjs';
import { createExplorer } from '../../build/node/wortblick_core.mjs';

const require = createRequire(join(root, 'web', 'package.json'));
const MiniSearch = require('minisearch');
const FlexSearch = require('flexsearch');
const { Index: FlexIndex } = FlexSearch;

if (typeof global.gc !== 'function') {
  console.error('run with --expose-gc (memory figures need it)');
  process.exit(1);
}

const QUERIES = [
  ['word', 'whatsapp'], ['word', 'nutzer'], ['word', 'verschlüsselung'], ['word', 'daten'], ['word', 'telegram'],
  ['word', 'unternehmen'], ['two', 'whatsapp nutzer'], ['two', 'signal verschlüsselung'], ['two', 'daten facebook'],
  ['prefix', 'verschl'], ['prefix', 'mess'], ['prefix', 'nach'], ['typo', 'whatsap'], ['typo', 'telegarm'],
  ['typo', 'verschlüselung'],
];
const ROUNDS = 5;

function heapUsed() {
  global.gc();
  global.gc();
  return process.memoryUsage().heapUsed;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function latency(run) {
  for (const [kind, q] of QUERIES) run(kind, q);  // warm-up round (JIT tiers), not measured
  const times = [];
  for (let r = 0; r < ROUNDS; ++r) {
    for (const [kind, q] of QUERIES) {
      const t0 = performance.now();
      run(kind, q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const engines = {
  async wortblick(docs) {
    const ex = await createExplorer();
    const before = ex.stats();
    const t0 = performance.now();
    const ids = [];
    for (let i = 0; i < docs.length; i += 500) {
      const r = ex.addTexts(docs.slice(i, i + 500).map((d) => ({ name: d.name, text: d.text })));
      if (!r.ok) throw new Error(r.error);
      ids.push(...r.ids);
    }
    const build = performance.now() - t0;
    const after = ex.stats();
    const query = (kind, q) => ex.search(kind === 'prefix' ? `${q}*` : kind === 'typo' ? `${q}~` : q, { limit: 20 });
    return {
      build, ex,
      memory: after.heapBytes - before.heapBytes,
      indexMemory: after.indexBytes - before.indexBytes,
      latency: latency(query),
      extra: `articles ${after.articles - before.articles}, index ${(after.indexBytes / 1e6).toFixed(1)} MB of ${(after.heapBytes / 1e6).toFixed(1)} MB heap (the heap also holds the texts)`,
    };
  },
  async minisearch(docs) {
    const h0 = heapUsed();
    const t0 = performance.now();
    const ms = new MiniSearch({ fields: ['title', 'body'], idField: 'id' });
    ms.addAll(docs);
    const build = performance.now() - t0;
    const memory = heapUsed() - h0;
    const query = (kind, q) => {
      const o = kind === 'prefix' ? { prefix: true } : kind === 'typo' ? { fuzzy: 0.2 } : { combineWith: 'AND' };
      return ms.search(q, o).slice(0, 20);
    };
    return { build, memory, latency: latency(query), index: ms };
  },
  async flexsearch(docs) {
    const h0 = heapUsed();
    const t0 = performance.now();
    const ix = new FlexIndex();
    for (const d of docs) ix.add(d.id, `${d.title}\n${d.body}`);
    const build = performance.now() - t0;
    const memory = heapUsed() - h0;
    const query = (kind, q) => ix.search(q, { limit: 20 });
    return { build, memory, latency: latency(query), index: ix };
  },
};

const fmt = (ms) => (ms >= 100 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(3)} ms`);
const mb = (b) => `${(b / 1e6).toFixed(1)} MB`;

async function benchCorpus(label, docs) {
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
  console.log(`\n## ${label}: ${docs.length} documents, ${mb(bytes)}`);
  const results = {};
  for (const name of ['minisearch', 'flexsearch', 'wortblick']) {
    results[name] = await engines[name](docs);
    const r = results[name];
    console.log(`${name.padEnd(11)} build ${fmt(r.build).padStart(10)}  query p50 ${fmt(r.latency.p50).padStart(9)}  p95 ${fmt(r.latency.p95).padStart(9)}  memory ${mb(r.memory).padStart(9)}${r.indexMemory !== undefined ? `  (index structures ${mb(r.indexMemory)})` : ''}`);
    if (r.extra) console.log(`            ${r.extra}`);
  }
  const w = results.wortblick;
  for (const peer of ['minisearch', 'flexsearch']) {
    const p = results[peer];
    console.log(`wortblick/${peer}: build ${(w.build / p.build).toFixed(2)}  p50 ${(w.latency.p50 / p.latency.p50).toFixed(2)}  p95 ${(w.latency.p95 / p.latency.p95).toFixed(2)}  memory ${(w.memory / p.memory).toFixed(2)} (index structures only ${(w.indexMemory / p.memory).toFixed(2)})`);
  }
  return results;
}

// Independent ground truth for recall: fold like German readers expect (case, ä→ae, ö→oe, ü→ue, ß→ss),
// split into words, hyphenated compounds give the whole word and its parts.
function fold(s) {
  return s.normalize('NFC').toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}
function keys(text) {
  const out = new Set();
  for (const m of fold(text).matchAll(/[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu)) {
    out.add(m[0]);
    if (m[0].includes('-')) for (const part of m[0].split('-')) out.add(part);
  }
  return out;
}

async function quality() {
  const ex = await createExplorer();
  // The paragraphs Wortblick indexes as body text (boilerplate excluded), as documents for every engine.
  const paragraphs = [];
  for (const a of ex.articles()) {
    const art = ex.article(a.id);
    const bytes = Buffer.from(art.text, 'utf8');  // block offsets are UTF-8 byte offsets
    for (const b of art.blocks) {
      if (b.kind === 'body' || b.kind === 'comment') paragraphs.push({ id: paragraphs.length, article: a.id, start: b.start, end: b.end, body: bytes.subarray(b.start, b.end).toString('utf8'), title: '' });
    }
  }
  const ms = new MiniSearch({ fields: ['body'], idField: 'id' });
  ms.addAll(paragraphs);
  const fx = new FlexIndex();
  for (const p of paragraphs) fx.add(p.id, p.body);
  const paragraphKeys = paragraphs.map((p) => keys(p.body));
  const words = ['verschluesselung', 'ueber', 'gross', 'grossen', 'Marktfuehrer', 'Whatsapp-Alternative', 'alternativen', 'nutzern'];
  console.log(`\n## German spelling variants: seed paragraphs found (of ${paragraphs.length} body paragraphs)`);
  console.log('word                  truth  wortblick  wb-exact  minisearch  flexsearch');
  const wbCount = (q, stem) => {
    const found = new Set();
    for (const l of ex.concordance(q, { stem, width: 1 })) {
      const p = paragraphs.find((x) => x.article === l.id && l.start >= x.start && l.start < x.end);
      if (p) found.add(p.id);
    }
    return found.size;
  };
  for (const w of words) {
    const key = fold(w);
    const truth = paragraphKeys.filter((k) => k.has(key)).length;
    // "ueber" is a stop word: Wortblick ignores it bare (with a note), so it is asked quoted.
    const wq = key === 'ueber' ? '"ueber"' : w;
    const row = [w.padEnd(20), String(truth).padStart(6), String(wbCount(wq, true)).padStart(10), String(wbCount(wq, false)).padStart(9),
      String(ms.search(w, { combineWith: 'AND' }).length).padStart(11), String(fx.search(w, { limit: 10000 }).length).padStart(11)];
    console.log(row.join(' '));
  }
  console.log('(truth: paragraphs whose folded words, compounds and their parts, include the folded word; wortblick: default search with stems; wb-exact: stem:false)');
}

console.log(`Search benchmark: node ${process.version}, ${QUERIES.length} queries x ${ROUNDS} rounds (single words, two words, prefix, typo), limit 20; Wortblick returns 3 snippets per hit`);
{
  const ex = await createExplorer();
  const seeds = ex.articles().map((a) => {
    const art = ex.article(a.id);
    return { id: a.id, name: `seed_${a.id.replace(':', '_')}.txt`, title: art.title, body: art.text, text: art.text };
  });
  await benchCorpus('seed corpus (articles as documents)', seeds);
}
await benchCorpus('synthetic 1,000', makeCorpus(1000, 1));
await benchCorpus('synthetic 10,000', makeCorpus(10000, 2));
await quality();
