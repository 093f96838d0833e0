#!/usr/bin/env bash
# Builds the release site into build/web (index.html, index.js, index.wasm), installing what is missing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash web/toolchain.sh web
export NODE_PATH=/usr/share/nodejs  # Debian's emcc needs node-acorn from Debian's node path

# Configures again when the presets changed (new compile flags), not on every build.
[ build/wasm/CMakeCache.txt -nt CMakePresets.json ] || cmake --preset web >/dev/null
cmake --build --preset web
echo "Site built: $root/build/web"
