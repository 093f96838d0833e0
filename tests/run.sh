#!/usr/bin/env bash
# The test command: installs what the tests need, builds native tests and the site, runs everything with ctest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash web/toolchain.sh all

# npm ci only when the lock file changed since the last install.
if ! cmp -s web/package-lock.json web/node_modules/.wortblick-installed-lock 2>/dev/null; then
  (cd web && npm ci --no-audit --no-fund)
  cp web/package-lock.json web/node_modules/.wortblick-installed-lock
fi

[ -f build/native/CMakeCache.txt ] || cmake --preset native >/dev/null
# A cache configured without the browser tests (by hand, or copied from the asan preset) would
# pass while testing less: refuse it.
if grep -q '^WORTBLICK_BROWSER_TESTS:BOOL=OFF' build/native/CMakeCache.txt; then
  echo "build/native was configured with WORTBLICK_BROWSER_TESTS=OFF; remove build/native or reconfigure with it ON" >&2
  exit 1
fi
cmake --build --preset native
bash web/build.sh
# The node module (core without a page): the browser tests compare its answers with the page's.
export NODE_PATH=/usr/share/nodejs
[ -f build/node-build/CMakeCache.txt ] || cmake --preset node >/dev/null
cmake --build --preset node

ctest --test-dir build/native --output-on-failure --no-tests=error "$@"
