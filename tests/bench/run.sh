#!/usr/bin/env bash
# The benchmark command: builds what the benchmarks need and prints their figures (not pass/fail).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
bash web/toolchain.sh all
if ! cmp -s web/package-lock.json web/node_modules/.wortblick-installed-lock 2>/dev/null; then
  (cd web && npm ci --no-audit --no-fund)
  cp web/package-lock.json web/node_modules/.wortblick-installed-lock
fi
export NODE_PATH=/usr/share/nodejs

echo "== Text pipeline throughput (native, Google Benchmark)"
[ -f build/native/CMakeCache.txt ] || cmake --preset native >/dev/null
cmake --build --preset native --target text_pipeline_bench add_texts_bench analysis_bench >/dev/null
build/native/tests/text_pipeline_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
mkdir -p build/bench
node tests/bench/make_corpus.mjs 10000 2 > build/bench/corpus-10k.json
build/native/tests/add_texts_bench build/bench/corpus-10k.json

echo "== Corpus analysis over the seeds and 10,000 added texts: at once, and spread over frames"
build/native/tests/analysis_bench build/bench/corpus-10k.json

echo "== Search: Wortblick (wasm core in node) against MiniSearch and FlexSearch"
[ -f build/node-build/CMakeCache.txt ] || cmake --preset node >/dev/null
cmake --build --preset node >/dev/null
node --no-experimental-fetch --expose-gc tests/bench/search_bench.mjs

echo "== Main-text extraction: Wortblick against Mozilla Readability"
node --no-experimental-fetch tests/bench/extraction_bench.mjs

echo "== Idle CPU of the page: render on demand against every frame"
bash web/build.sh >/dev/null
node tests/bench/idle_cpu.mjs build/web

echo "== The page against a bare Dear ImGui + SDL2 hello window (same toolchain, flags and sources)"
cmake --build --preset web --target imgui_hello >/dev/null
node tests/bench/page_bench.mjs
