#!/usr/bin/env bash
# Builds the site, then serves build/web on http://127.0.0.1:${PORT:-8000} until interrupted.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/web/build.sh"
port=${PORT:-8000}
echo "Wortblick: http://127.0.0.1:$port/"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$root/build/web"
