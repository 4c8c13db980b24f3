#!/usr/bin/env bash
# Install what Zaslon's build and tests need on Debian 12, then the node modules, then warm the
# Emscripten system-library cache (.cache/emscripten). Idempotent: prints nothing and changes
# nothing when everything is already there; one short line per thing it does otherwise.
# Never prompts (DEBIAN_FRONTEND=noninteractive); sets nothing permanent in the environment.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOGDIR="$ROOT/.cache/setup"
export DEBIAN_FRONTEND=noninteractive

say() { printf 'setup: %s\n' "$*"; }
die() {
  printf 'setup: ERROR: %s\n' "$*" >&2
  exit 1
}
# Run "$@" with output in a log; on failure show the log's tail and stop.
logged() {
  local log="$LOGDIR/$1.log"
  shift
  mkdir -p "$LOGDIR"
  if ! "$@" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    die "'$*' failed (full log: ${log#"$ROOT"/})"
  fi
}

# ---- Debian packages ------------------------------------------------------------------------
# package            why
#   build-essential  gcc, libc headers, make (native build)
#   libcmocka-dev    unit tests (tests/unit_test.c links -lcmocka)
#   clang, libclang-rt-14-dev, llvm   ASan/UBSan and libFuzzer runtimes, llvm-symbolizer
#   clang-format     make format / check-format
#   valgrind         make test-memcheck (reads of memory never written, which ASan does not see)
#   emscripten, binaryen              wasm build (emcc, wasm-opt)
#   chromium         headless browser tests of widget/extension/demo
#   zip              packs the browser extension (extension/extension.mk)
#   dpkg-dev, curl, ca-certificates, patch, xz-utils   tools/fetch-deps.sh (apt-get source, Debian patches; upstream fallback)
#   python3          scripts
#   postgresql-15, postgresql-server-dev-15   pg/ extension (PGXS build, make test-postgres cluster)
#   rsyslog          make test-rsyslog runs a private rsyslogd (mmexternal filter)
PKGS=(build-essential make libcmocka-dev clang libclang-rt-14-dev llvm clang-format valgrind emscripten
  binaryen chromium zip dpkg-dev curl ca-certificates python3 patch xz-utils
  postgresql-15 postgresql-server-dev-15 rsyslog)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${PKGS[@]}"; do
    [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" == "install ok installed" ]] ||
      missing+=("$p")
  done
  # Node: keep whatever node/npm the machine has (e.g. node 20); only fill a gap.
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
else
  for c in cc make clang valgrind emcc node npm chromium curl python3 pg_config; do
    command -v "$c" >/dev/null 2>&1 || die "not a Debian machine and '$c' is missing: install it by hand"
  done
fi

if ((${#missing[@]})); then
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "must be root (or have sudo) to install: ${missing[*]}"
    SUDO=(sudo DEBIAN_FRONTEND=noninteractive)
  fi
  for p in "${missing[@]}"; do say "installing $p"; done
  logged apt-update "${SUDO[@]}" apt-get update -q
  logged apt-install "${SUDO[@]}" apt-get install -y -q -o Dpkg::Use-Pty=0 "${missing[@]}"

  # The sanitizer/fuzzer runtimes come from a separate package: prove they link.
  tmp=$(mktemp -d)
  printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' \
    >"$tmp/fuzz.c"
  clang -fsanitize=fuzzer,address,undefined "$tmp/fuzz.c" -o "$tmp/fuzz" >"$tmp/log" 2>&1 ||
    { cat "$tmp/log" >&2; rm -rf "$tmp"; die "clang -fsanitize=fuzzer does not link (libclang-rt-14-dev?)"; }
  rm -rf "$tmp"
fi

# ---- node modules -----------------------------------------------------------------------------
if [[ -f "$ROOT/package.json" ]]; then
  marker="$ROOT/node_modules/.package-lock.json" # rewritten by every npm install/ci
  if [[ ! -f "$marker" || "$ROOT/package.json" -nt "$marker" ||
    (-f "$ROOT/package-lock.json" && "$ROOT/package-lock.json" -nt "$marker") ]]; then
    if [[ -f "$ROOT/package-lock.json" ]]; then
      say "npm ci (node modules)"
      (cd "$ROOT" && logged npm npm ci --no-audit --no-fund --loglevel=error)
    else
      say "npm install (node modules)"
      (cd "$ROOT" && logged npm npm install --no-audit --no-fund --loglevel=error)
    fi
  fi
fi

# ---- Emscripten system libraries --------------------------------------------------------------
# Debian's emcc has a frozen system cache; ours lives in .cache/emscripten (wasm/wasm.mk uses the
# same EM_CACHE). Build the library variants wasm.mk links -- release (-O3, emmalloc: libc,
# emmalloc, compiler-rt) and debug (ASSERTIONS: libc-debug, emmalloc-debug) -- once, up front, so
# the first `make wasm` does not stop for minutes to build them. Any other variant is still built
# on demand by emcc itself.
EM_CACHE_DIR="$ROOT/.cache/emscripten"
if command -v emcc >/dev/null 2>&1 && [[ ! -f "$EM_CACHE_DIR/.zaslon-warm" ]]; then
  say "building the Emscripten system libraries into .cache/emscripten (a few minutes)"
  tmp=$(mktemp -d)
  printf '%s\n' '#include <stdio.h>' '#include <stdlib.h>' '#include <string.h>' \
    'int main(void) { char *p = malloc(8); strcpy(p, "ok"); puts(p); free(p); return 0; }' \
    >"$tmp/warm.c"
  for opts in "-O3 -sMALLOC=emmalloc" "-O1 -sASSERTIONS=2 -sMALLOC=emmalloc"; do
    # shellcheck disable=SC2086 # $opts is a list of flags
    logged emcc-warm env NODE_PATH=/usr/share/nodejs EM_CACHE="$EM_CACHE_DIR" EM_FROZEN_CACHE= \
      emcc $opts "$tmp/warm.c" -o "$tmp/warm.js"
  done
  rm -rf "$tmp"
  touch "$EM_CACHE_DIR/.zaslon-warm"
fi
