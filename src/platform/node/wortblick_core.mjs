// Wortblick's core in node: the window.explorer methods (sources, search, concordance, ...) without a page.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

// Loads the wasm module and builds the workspace over the embedded seeds (indexed at once).
// Run node with --no-experimental-fetch (emscripten 3.1.6 otherwise fetches the wasm by path).
export async function createExplorer() {
  const createWortblickCore = require(join(here, 'wortblick_core_wasm.cjs'));
  const M = await createWortblickCore();
  const core = M._wb_core_create();

  // JSON through the heap (malloc), not ccall's stack: arguments may be megabytes of text.
  function toHeap(text) {
    const size = M.lengthBytesUTF8(text) + 1;
    const ptr = M._malloc(size);
    M.stringToUTF8(text, ptr, size);
    return ptr;
  }

  function call(method, args) {
    const m = toHeap(method);
    const a = toHeap(JSON.stringify(args));
    let reply;
    try {
      reply = JSON.parse(M.UTF8ToString(M._wb_core_call(core, m, a)));
    } finally {
      M._free(m);
      M._free(a);
    }
    if (reply.error !== undefined) throw new Error(reply.error);
    return reply.value;
  }

  // One function per method of core's JSON table, by the same names as window.explorer.
  const explorer = { call };
  for (const name of JSON.parse(M.UTF8ToString(M._wb_core_methods(core)))) {
    explorer[name] = (...args) => call(name, args);
  }
  const coreStats = explorer.stats;
  explorer.stats = () => ({ ...coreStats(), heapBytes: M._wb_core_heap_used(), wasmMemoryBytes: M.HEAP8.buffer.byteLength });
  return explorer;
}
