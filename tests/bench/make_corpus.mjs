// Deterministic synthetic German corpora for the search benchmark, drawn from the seeds' sentences and words.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// mulberry32: tiny, seedable, the same sequence on every machine.
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedTexts() {
  const dir = join(root, 'seeds');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

// Sentences of at least 6 words from the seeds, and every word (for remixed sentences).
function pools() {
  const sentences = [];
  const words = [];
  for (const { text } of seedTexts()) {
    for (const line of text.split('\n')) {
      for (const s of line.split(/(?<=[.!?])\s+/)) {
        const w = s.trim().split(/\s+/).filter(Boolean);
        if (w.length >= 6 && /[.!?]$/.test(s.trim())) sentences.push(s.trim());
        for (const x of w) if (/^\p{L}[\p{L}-]*$/u.test(x)) words.push(x);
      }
    }
  }
  return { sentences, words };
}

// `count` documents of about `bytes` bytes each: a title line, then paragraphs of seed sentences,
// one in four remixed from seed words so the vocabulary is not just the seeds' sentences.
export function makeCorpus(count, seed = 42, bytes = 3900) {
  const { sentences, words } = pools();
  const next = rng(seed);
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const docs = [];
  for (let i = 0; i < count; ++i) {
    const titleWords = [];
    for (let k = 0, n = 4 + Math.floor(next() * 5); k < n; ++k) titleWords.push(pick(words));
    const title = titleWords.join(' ');
    const paragraphs = [];
    let size = title.length;
    while (size < bytes) {
      const p = [];
      for (let k = 0, n = 3 + Math.floor(next() * 4); k < n; ++k) {
        if (next() < 0.25) {
          const w = [];
          for (let j = 0, m = 6 + Math.floor(next() * 10); j < m; ++j) w.push(pick(words));
          p.push(w.join(' ') + '.');
        } else {
          p.push(pick(sentences));
        }
      }
      const para = p.join(' ');
      paragraphs.push(para);
      size += para.length + 2;
    }
    docs.push({ id: i, name: `synthetic_${String(i).padStart(5, '0')}.txt`, title, body: paragraphs.join('\n\n'), text: `${title}\n\n${paragraphs.join('\n\n')}\n` });
  }
  return docs;
}

// node tests/bench/make_corpus.mjs COUNT [SEED] > corpus.json
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = Number(process.argv[2] || 1000);
  const seed = Number(process.argv[3] || 42);
  writeFileSync(1, JSON.stringify(makeCorpus(count, seed)));
}
