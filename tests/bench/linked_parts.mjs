// What each part weighs in the linked wasm: both pages are relinked with function names kept
// (--profiling-funcs, same objects and flags) and their function bodies are grouped by demangled
// name. Unlike the per-object estimates, templates the linker folded are counted once.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A cursor over wasm bytes: LEB128 numbers and byte runs.
class WasmReader {
  constructor(buf, at = 0) {
    this.buf = buf;
    this.p = at;
  }

  done() { return this.p >= this.buf.length; }

  byte() { return this.buf[this.p++]; }

  leb() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.buf[this.p++];
      result += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return result;
      shift += 7;
    }
  }

  take(n) {
    const out = this.buf.subarray(this.p, this.p + n);
    this.p += n;
    return out;
  }
}

// The sections of a wasm module or object file: [{id, body}].
export function wasmSections(buf) {
  const r = new WasmReader(buf, 8);
  const out = [];
  while (!r.done()) {
    const id = r.byte();
    out.push({ id, body: r.take(r.leb()) });
  }
  return out;
}

// Code bodies (by function index), function names and the data section of a module with names.
function readModule(buf) {
  let imported = 0;
  const bodies = [];
  const names = new Map();
  let data = Buffer.alloc(0);
  for (const { id, body } of wasmSections(buf)) {
    const r = new WasmReader(body);
    if (id === 2) {  // imports: only function imports shift the function indices
      for (let n = r.leb(); n > 0; n--) {
        r.take(r.leb());
        r.take(r.leb());
        const kind = r.byte();
        if (kind === 0) { r.leb(); imported++; }
        else if (kind === 1) { r.byte(); const flags = r.leb(); r.leb(); if (flags & 1) r.leb(); }
        else if (kind === 2) { const flags = r.leb(); r.leb(); if (flags & 1) r.leb(); }
        else if (kind === 3) r.take(2);
      }
    } else if (id === 10) {
      for (let n = r.leb(); n > 0; n--) bodies.push(r.take(r.leb()));
    } else if (id === 11) {
      data = body;
    } else if (id === 0 && r.take(r.leb()).toString() === 'name') {
      while (!r.done()) {
        const sub = r.byte();
        const subsection = new WasmReader(r.take(r.leb()));
        if (sub !== 1) continue;  // 1: function names
        for (let n = subsection.leb(); n > 0; n--) {
          const index = subsection.leb();
          names.set(index, subsection.take(subsection.leb()).toString());
        }
      }
    }
  }
  return { bodies: bodies.map((b, i) => ({ body: b, name: names.get(i + imported) ?? '' })), data };
}

const GROUPS = [
  ['nlohmann::json', (n) => n.includes('nlohmann')],
  ['JSON boundary (window.explorer calls)', (n) => n.includes('wortblick::boundary') || n.includes('json_')],
  ['app (views, charts)', (n) => n.includes('wortblick::app')],
  ['platform (main loop, browser glue)', (n) => n.includes('wortblick::platform') || n.startsWith('(anonymous namespace)::frame')],
  ['core (pipeline, index, search, tags, stats)', (n) => n.includes('wortblick::')],
  ['gumbo', (n) => /gumbo/i.test(n)],
  ['Dear ImGui', (n) => /^ImGui|ImGui::|^Im[A-Z]|stbtt|stbrp|stb_/.test(n)],
  ['SDL2', (n) => /SDL|Blit|^Emscripten_/.test(n)],
  ['C++ library templates (std::)', (n) => n.includes('std::')],
  ['libc, runtime, other', () => true],
];

function attribute(wasmPath, cxxfilt) {
  const { bodies, data } = readModule(readFileSync(wasmPath));
  const demangled = execFileSync(cxxfilt, { input: bodies.map((b) => b.name).join('\n'), maxBuffer: 1 << 28 })
    .toString().split('\n');
  const parts = new Map(GROUPS.map(([label]) => [label, []]));
  bodies.forEach((b, i) => {
    const name = demangled[i] ?? b.name;
    parts.get(GROUPS.find(([, test]) => test(name))[0]).push(b.body);
  });
  parts.set('data (corpus, font, tables, strings)', [data]);
  return parts;
}

// Relinks the page whose link command is in `linkTxt` (a CMake link.txt run in its directory)
// with function names into a temporary directory; returns the wasm path.
function relinkWithNames(linkTxt, dir, out) {
  const command = readFileSync(linkTxt, 'utf8').trim().replace(/ -o \S+\.html/, ` --profiling-funcs -o ${join(out, 'index.html')}`);
  // emcc runs under node and needs Debian's node modules.
  const env = { ...process.env, NODE_PATH: process.env.NODE_PATH ?? '/usr/share/nodejs' };
  execFileSync('bash', ['-c', command], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(out, 'index.wasm');
}

// Rows of {name, site, hello} brotli sizes, for the page and the bare window.
export function linkedParts(wasmBuild, brotli) {
  const work = mkdtempSync(join(tmpdir(), 'wb-linked-'));
  try {
    const siteDir = join(wasmBuild, 'src', 'platform');
    const helloDir = join(wasmBuild, 'tests', 'bench', 'baseline');
    const site = attribute(relinkWithNames(join(siteDir, 'CMakeFiles', 'wortblick_site.dir', 'link.txt'), siteDir,
      mkdtempSync(join(work, 'site-'))), 'c++filt');
    const hello = attribute(relinkWithNames(join(helloDir, 'CMakeFiles', 'imgui_hello.dir', 'link.txt'), helloDir,
      mkdtempSync(join(work, 'hello-'))), 'c++filt');
    return [...site.keys()].map((name) => ({
      name,
      site: brotli(Buffer.concat(site.get(name))),
      hello: brotli(Buffer.concat(hello.get(name) ?? [])),
    }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
