#!/usr/bin/env bash
# Builds the libFuzzer targets (build/fuzz, incremental) and runs each for N seconds (default 30) on a copy of its corpus.
#   tests/fuzz/run.sh [seconds]             every target
#   FUZZ_TARGETS="text tags" tests/fuzz/run.sh 60
# Exits non-zero when any target crashes, leaks, trips UBSan or breaks an invariant; the input
# that did it is saved under build/fuzz/artifacts/<target>/ (replay: build/fuzz/tests/fuzz/fuzz_<target> <file>).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
seconds=${1:-30}
targets=${FUZZ_TARGETS:-text segment search tags html}
log() { printf '[fuzz] %s\n' "$*" >&2; }

# Debian's clang 14 and its runtime (libFuzzer, ASan, UBSan); installed only when missing.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
for p in clang-14 libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Core's third-party sources (utf8proc, Snowball, stop words) come from the shared toolchain script.
bash web/toolchain.sh native

[ -f build/fuzz/CMakeCache.txt ] || cmake --preset fuzz >/dev/null
# Two jobs at most: the machine is shared with other builds and browser tests.
cmake --build build/fuzz -j2

failed=()
for t in $targets; do
  bin=build/fuzz/tests/fuzz/fuzz_$t
  work=build/fuzz/run/$t
  artifacts=build/fuzz/artifacts/$t
  # A fresh copy each run: the checked-in seeds stay small and hand-made.
  rm -rf "$work"
  mkdir -p "$work" "$artifacts"
  cp tests/fuzz/corpus/"$t"/* "$work"/
  dict=()
  [ -f tests/fuzz/"$t".dict ] && dict=(-dict=tests/fuzz/"$t".dict)
  log "$t: ${seconds}s"
  if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     "$bin" "$work" "${dict[@]}" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 \
       -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts"/ 2>"$work.log"; then
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$work.log" | tail -2 >&2 || true
  else
    log "$t FAILED (log: $work.log, inputs: $artifacts/)"
    grep -E 'ERROR|runtime error|invariant failed|SUMMARY' "$work.log" | head -5 >&2 || true
    failed+=("$t")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  log "failed: ${failed[*]}"
  exit 1
fi
log "all targets clean: $targets"
