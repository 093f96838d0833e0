// Checks tests/data/extraction/expectations.json against the pages' visible text (pages/<slug>.txt):
// every snippet has 4-15 words and occurs (whitespace-collapsed) in the visible text, no "with"
// snippet is also a "without"/"comments" one (or contained in one, or containing one), every page
// has its .html and .txt, a title, at least 5 "with" and 5 "without" snippets.
// Run: node tests/bench/extraction/check_expectations.mjs   (exit code 1 on any problem)
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExpectations } from './load_expectations.mjs';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'extraction');
const collapse = (s) => s.replace(/\s+/g, ' ').trim();
const words = (s) => collapse(s).split(' ').filter(Boolean).length;
const rows = loadExpectations(dataDir);
const problems = [];
const seen = new Set();
let snippets = 0;
for (const r of rows) {
  const where = r.page;
  if (seen.has(r.page)) problems.push(`${where}: listed twice`);
  seen.add(r.page);
  for (const ext of ['html', 'txt']) {
    if (!existsSync(join(dataDir, 'pages', `${r.page}.${ext}`))) problems.push(`${where}: pages/${r.page}.${ext} missing`);
  }
  if (!r.title) problems.push(`${where}: no title`);
  if (!r.kind) problems.push(`${where}: no kind`);
  if ((r.with || []).length < 5) problems.push(`${where}: fewer than 5 "with" snippets`);
  if ((r.without || []).length < 5) problems.push(`${where}: fewer than 5 "without" snippets`);
  const txtPath = join(dataDir, 'pages', `${r.page}.txt`);
  const text = existsSync(txtPath) ? collapse(readFileSync(txtPath, 'utf8')) : '';
  const chrome = [...(r.without || []), ...(r.comments || [])].map(collapse);
  for (const [list, items] of [['with', r.with || []], ['without', r.without || []], ['comments', r.comments || []]]) {
    for (const s of items) {
      ++snippets;
      const n = words(s);
      if (n < 4 || n > 15) problems.push(`${where}: ${list} snippet has ${n} words: "${s}"`);
      if (text && !text.includes(collapse(s))) problems.push(`${where}: ${list} snippet not in the visible text: "${s}"`);
      if (list === 'with' && chrome.some((c) => c.includes(collapse(s)) || collapse(s).includes(c))) {
        problems.push(`${where}: "with" snippet overlaps a chrome/comment snippet: "${s}"`);
      }
    }
  }
}
const kinds = {};
for (const r of rows) kinds[r.kind] = (kinds[r.kind] || 0) + 1;
console.log(`${rows.length} pages (${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')}), ${snippets} snippets`);
for (const p of problems) console.log(`  ${p}`);
console.log(problems.length ? `${problems.length} problems` : 'all snippets check out');
process.exit(problems.length ? 1 : 0);
