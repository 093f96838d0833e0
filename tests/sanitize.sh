#!/usr/bin/env bash
# Builds the native tests under AddressSanitizer + UBSan (asan preset, build/asan) and runs them with ctest.
#   tests/sanitize.sh [ctest arguments]     e.g. tests/sanitize.sh -R Hostile
# Any leak, memory error or undefined behaviour fails the test it happens in.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# The native dependencies (GoogleTest, utf8proc, Snowball, ImGui sources); installs only what is missing.
bash web/toolchain.sh native

# The preset turns the browser tests off: they test the wasm build, which has no sanitizers.
[ -f build/asan/CMakeCache.txt ] || cmake --preset asan >/dev/null
# Two jobs at most: the machine is shared with other builds and browser tests.
cmake --build build/asan -j"${WORTBLICK_JOBS:-2}"

export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build/asan --output-on-failure --no-tests=error "$@"
