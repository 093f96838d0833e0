// Main-text extraction on the development set (tests/data/extraction): Wortblick from visible text and
// from HTML against Mozilla Readability (with linkedom's DOMParser) and "keep everything" as the floor.
// Scored trafilatura's way: a snippet counts when it occurs (whitespace-collapsed, exact substring) in
// the extractor's output (titles and bodies). "with" snippets found are true positives, missing ones
// false negatives; "without" and "comments" snippets found are false positives, missing ones true negatives.
// Figures, not pass/fail.
// Run: node --no-experimental-fetch tests/bench/extraction_bench.mjs [--pages] [--dump=DIR]
//   (after `cmake --preset node && cmake --build --preset node`; --pages prints per-page F1,
//    --dump=DIR writes each extractor's output per page to DIR for reading)
import { createRequire } from 'node:module';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExpectations } from './extraction/load_expectations.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = join(root, 'tests', 'data', 'extraction');
const require = createRequire(join(root, 'web', 'package.json'));
const args = process.argv.slice(2);
const verbose = args.includes('--pages');
const dumpArg = args.find((a) => a.startsWith('--dump='));
const dumpDir = dumpArg ? dumpArg.slice('--dump='.length) : null;

const collapse = (s) => s.replace(/\s+/g, ' ').trim();
const expectations = loadExpectations(dataDir);
const pages = expectations.map((e) => ({
  ...e,
  html: readFileSync(join(dataDir, 'pages', `${e.page}.html`), 'utf8'),
  text: readFileSync(join(dataDir, 'pages', `${e.page}.txt`), 'utf8'),
}));

function score(page, output) {
  const out = collapse(output);
  const has = (s) => out.includes(collapse(s));
  const c = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const s of page.with) has(s) ? ++c.tp : ++c.fn;
  for (const s of [...page.without, ...(page.comments || [])]) has(s) ? ++c.fp : ++c.tn;
  return c;
}

const ratio = (a, b) => (b === 0 ? 0 : a / b);
function figures(c) {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, chromeOut: ratio(c.tn, c.tn + c.fp) };
}

// Wortblick: titles and bodies of every article the core made of the page (not comments, not boilerplate).
function wortblickOutput(ex, ids) {
  const parts = [];
  for (const id of ids) {
    const a = ex.article(id);
    if (!a) continue;
    parts.push(a.title ?? '', a.body ?? '');
  }
  return parts.join('\n');
}

// Adds one page to the explorer, reads the articles made of it, and removes it again (one
// explorer for all pages; each page is segmented on its own).
function addAndRead(ex, entry) {
  const r = ex.addTexts([entry]);
  if (!r || !r.ok) throw new Error(r ? (r.error ?? JSON.stringify(r.warnings ?? r)) : 'addTexts returned nothing');
  try {
    if (!r.articles || r.articles.length === 0) throw new Error(`no article made of ${entry.name}`);
    return wortblickOutput(ex, r.articles);
  } finally {
    for (const id of r.ids || []) ex.removeText(id);
  }
}

async function makeWortblick() {
  const { createExplorer } = await import('../../build/node/wortblick_core.mjs');
  return createExplorer;
}

const extractors = [
  {
    name: 'keep everything (visible text)',
    async setup() { return (p) => p.text; },
  },
  {
    name: 'Mozilla Readability (HTML)',
    async setup() {
      const { Readability } = require('@mozilla/readability');
      const { DOMParser } = require('linkedom');
      return (p) => {
        const doc = new DOMParser().parseFromString(p.html, 'text/html');
        const article = new Readability(doc).parse();
        return article ? `${article.title ?? ''}\n${article.textContent ?? ''}` : '';
      };
    },
  },
  {
    name: 'Wortblick (visible text)',
    target: { f1: 0.88 },
    async setup() {
      const ex = await (await makeWortblick())();
      return (p) => addAndRead(ex, { name: `${p.page}.txt`, text: p.text });
    },
  },
  {
    name: 'Wortblick (HTML)',
    target: { f1: 0.9, peer: 'Mozilla Readability (HTML)' },
    async setup() {
      const ex = await (await makeWortblick())();
      return (p) => addAndRead(ex, { name: `${p.page}.html`, html: p.html });
    },
  },
];

const pct = (x) => (100 * x).toFixed(1).padStart(5) + ' %';
const results = new Map();
console.log(`Development set: ${pages.length} real German web pages (tests/data/extraction/SOURCES.md), ` +
  `${pages.reduce((n, p) => n + p.with.length, 0)} main-text snippets, ` +
  `${pages.reduce((n, p) => n + p.without.length + (p.comments || []).length, 0)} chrome/comment snippets`);
for (const ex of extractors) {
  let run;
  try {
    run = await ex.setup();
  } catch (e) {
    console.log(`${ex.name.padEnd(32)} not available: ${e.message.split('\n')[0]}`);
    continue;
  }
  const total = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const perPage = [];
  let failed = null;
  const t0 = performance.now();
  for (const p of pages) {
    let out;
    try {
      out = await run(p);
    } catch (e) {
      failed = e;
      break;
    }
    if (dumpDir) {
      const dir = join(dumpDir, ex.name.replace(/[^A-Za-z]+/g, '_').replace(/^_|_$/g, ''));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${p.page}.txt`), out);
    }
    const c = score(p, out);
    for (const k of Object.keys(total)) total[k] += c[k];
    perPage.push({ page: p.page, kind: p.kind, ...figures(c), c });
  }
  if (failed) {
    console.log(`${ex.name.padEnd(32)} not available: ${String(failed.message || failed).split('\n')[0]}`);
    continue;
  }
  const f = figures(total);
  results.set(ex.name, f);
  const ms = performance.now() - t0;
  console.log(`${ex.name.padEnd(32)} pages ${perPage.length}  precision ${pct(f.precision)}  recall ${pct(f.recall)}  ` +
    `F1 ${f.f1.toFixed(3)}  chrome kept out ${pct(f.chromeOut)}  (${ms.toFixed(0)} ms)`);
  if (ex.target) {
    const goals = [`F1 >= ${ex.target.f1.toFixed(2)}: ${f.f1 >= ex.target.f1 ? 'met' : 'missed'}`];
    if (ex.target.peer) {
      const peer = results.get(ex.target.peer);
      goals.push(peer ? `F1 >= ${ex.target.peer} (${peer.f1.toFixed(3)}): ${f.f1 >= peer.f1 ? 'met' : 'missed'}`
        : `F1 >= ${ex.target.peer}: peer not available`);
    }
    console.log(`${''.padEnd(32)} target (issue 15): ${goals.join('; ')}`);
  }
  if (verbose) {
    for (const r of [...perPage].sort((a, b) => a.f1 - b.f1)) {
      console.log(`    ${r.f1.toFixed(3)}  ${r.page.padEnd(44)} ${r.kind.padEnd(12)} with ${r.c.tp}/${r.c.tp + r.c.fn}  chrome in ${r.c.fp}/${r.c.fp + r.c.tn}`);
    }
  }
}
