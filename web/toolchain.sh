#!/usr/bin/env bash
# Installs and caches everything the build needs on Debian bookworm (root); idempotent.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deps="$root/build/deps"
mkdir -p "$deps"

log() { printf '[toolchain] %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=""
apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ -z "$apt_updated" ]; then
    log "apt-get update"
    as_root apt-get update -qq
    apt_updated=1
  fi
  log "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Source packages are fetched from Debian's deb-src archive, never from upstream hosts.
ensure_deb_src() {
  local list=/etc/apt/sources.list.d/wortblick-src.sources
  if [ ! -f "$list" ]; then
    log "adding deb-src entry $list"
    as_root tee "$list" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    apt_updated=""
  fi
  if [ -z "$apt_updated" ] || ! apt-cache showsrc imgui >/dev/null 2>&1; then
    log "apt-get update (sources)"
    as_root apt-get update -qq
    apt_updated=1
  fi
}

# fetch_source PKG DIRNAME: unpacks the Debian source package into build/deps/DIRNAME once.
fetch_source() {
  local pkg=$1 dir=$2
  [ -f "$deps/$dir/.unpacked" ] && return 0
  ensure_deb_src
  local tmp
  tmp=$(mktemp -d)
  log "fetching source package $pkg"
  (cd "$tmp" && apt-get source -qq --download-only "$pkg" >/dev/null 2>&1)
  local dsc
  dsc=$(ls "$tmp"/*.dsc | head -1)
  rm -rf "$deps/$dir"
  (cd "$tmp" && dpkg-source --no-check -x "$dsc" "$deps/$dir" >/dev/null)
  rm -f "$deps"/*.orig.tar.*
  touch "$deps/$dir/.unpacked"
  rm -rf "$tmp"
}

install_base() {
  apt_install ca-certificates dpkg-dev cmake make g++ python3 fonttools fonts-noto-core brotli \
    libgtest-dev libbenchmark-dev nlohmann-json3-dev liblingua-stopwords-perl
  # Only nlohmann/ is exposed to the wasm compilers: all of /usr/include would shadow emscripten's libc.
  mkdir -p "$deps/include"
  ln -sfn /usr/include/nlohmann "$deps/include/nlohmann"
}

# Snowball's German stop list, as packaged in Lingua::StopWords (Debian liblingua-stopwords-perl).
write_stopwords() {
  local out="$deps/stopwords/german.txt"
  [ -s "$out" ] && return 0
  mkdir -p "$deps/stopwords"
  perl -MLingua::StopWords=getStopWords -CS -e \
    'my $s = getStopWords("de", "UTF-8"); print join("\n", sort keys %$s), "\n";' > "$out.tmp"
  mv "$out.tmp" "$out"
}

install_emscripten() {
  apt_install emscripten
}

fetch_sources() {
  apt_install dpkg-dev
  fetch_source imgui imgui
  fetch_source utf8proc utf8proc
  fetch_source snowball snowball
  fetch_source libsdl2 sdl2
  fetch_gumbo
  fetch_qrcodegen
}

# fetch_orig DIRNAME POOL_PATH FILE SHA256: unpacks an orig tarball from Debian's pool, fetched by
# name and checked against the SHA-256 of a Sources index, into build/deps/DIRNAME once. For source
# packages whose Debian tarball the mirror no longer serves, so that `apt-get source` fails.
fetch_orig() {
  local dir="$deps/$1" pool=$2 file=$3 sha=$4
  [ -f "$dir/.unpacked" ] && return 0
  apt_install curl xz-utils
  local tmp
  tmp=$(mktemp -d)
  log "fetching $file"
  curl -fsSL -o "$tmp/$file" "http://deb.debian.org/debian/pool/main/$pool/$file"
  echo "$sha  $tmp/$file" | sha256sum -c --quiet -
  rm -rf "$dir"
  mkdir -p "$dir"
  tar -xf "$tmp/$file" -C "$dir" --strip-components=1
  touch "$dir/.unpacked"
  rm -rf "$tmp"
}

# gumbo (HTML5 parser): bookworm's 0.10.1 source tarball is no longer served by the mirror, so
# trixie's 0.13.0 orig tarball (passes html5lib-tests) is used, checked against trixie's Sources.
fetch_gumbo() {
  fetch_orig gumbo g/gumbo-parser gumbo-parser_0.13.0+dfsg.orig.tar.xz \
    1d01316617df9cefcd3f43235b519f606a5465a526a768734714fcc51ccb79e4
}

# QR codes for the share panel: Debian bookworm's qr-code-generator 1.8.0 (its C flavour is built), whose
# Debian tarball the mirror no longer serves; the orig tarball is checked against bookworm's Sources.
fetch_qrcodegen() {
  fetch_orig qrcodegen q/qr-code-generator qr-code-generator_1.8.0.orig.tar.gz \
    2ec0a4d33d6f521c942eeaf473d42d5fe139abcfa57d2beffe10c5cf7d34ae60
}

# The Snowball compiler runs on the host and writes the German stemmer as plain C.
build_snowball_german() {
  local out="$deps/snowball-german"
  [ -f "$out/stem_UTF_8_german.c" ] && return 0
  log "building the Snowball compiler and generating the German stemmer"
  make -C "$deps/snowball" -j2 snowball >/dev/null
  mkdir -p "$out"
  "$deps/snowball/snowball" "$deps/snowball/algorithms/german.sbl" -o "$out/stem_UTF_8_german" \
    -eprefix german_UTF_8_ -r ../runtime -u
}

# SDL2 for wasm takes minutes to build, so it is built once into build/deps/sdl2-wasm.
build_sdl2_wasm() {
  local prefix="$deps/sdl2-wasm"
  [ -f "$prefix/lib/libSDL2.a" ] && return 0
  log "building SDL2 for WebAssembly (once, a few minutes)"
  export NODE_PATH=/usr/share/nodejs
  local b="$deps/sdl2-wasm-build"
  rm -rf "$b"
  emcmake cmake -S "$deps/sdl2" -B "$b" -DCMAKE_BUILD_TYPE=Release -DSDL_SHARED=OFF -DSDL_STATIC=ON \
    -DSDL_TEST=OFF -DCMAKE_INSTALL_PREFIX="$prefix" >/dev/null
  cmake --build "$b" -j2 >/dev/null
  cmake --install "$b" >/dev/null
  rm -rf "$b"
}

install_browser_test_tools() {
  apt_install chromium
  command -v npm >/dev/null || apt_install nodejs npm
}

case "${1:-all}" in
  native) install_base; write_stopwords; fetch_sources; build_snowball_german ;;
  web) install_base; write_stopwords; install_emscripten; fetch_sources; build_snowball_german; build_sdl2_wasm ;;
  browser) install_browser_test_tools ;;
  all) install_base; write_stopwords; install_emscripten; fetch_sources; build_snowball_german; build_sdl2_wasm
       install_browser_test_tools ;;
  *) echo "usage: $0 [native|web|browser|all]" >&2; exit 2 ;;
esac
