#!/usr/bin/env bash
# The quiet build (mk/quiet.mk): `make native` after one source changed prints one short line per
# step, none over 160 characters; `make V=1` prints the full compiler command; a compiler warning
# is shown either way. Runs on a copy of the native build tree (make BUILD=<tmp>), so the real
# build/ and the sources keep their files and timestamps. Usage: bash tests/build-output.sh
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
MAX=160
fail() {
  printf 'build-output: FAIL: %s\n' "$*" >&2
  exit 1
}

for d in build/native build/gen build/tools build/bin build/lib; do
  [[ -d $d ]] || fail "$d is missing: run make native first"
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
B="$tmp/build"
mkdir -p "$B"
cp -a build/native build/gen build/tools build/bin build/lib "$B"/

# What a touched src/pipeline/scan.c means to make: the source is newer than its object.
age_scan_object() { touch -d '2000-01-01' "$B/native/src/pipeline/scan.o"; }

# The output is searched as a here-string, not through a pipe: with pipefail, grep -q closing the
# pipe at its first match made printf fail on SIGPIPE once the output outgrew the pipe's buffer
# (V=1's link lines), and a warning that was printed read as missing.
# A make of its own: a parent's MAKEFLAGS (V=1, -n, -j) would change what this one prints.
run_make() { env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make --no-print-directory BUILD="$B" "$@" native 2>&1; }

age_scan_object
out=$(run_make V=) || {
  printf '%s\n' "$out" >&2
  fail "make native failed"
}
long=$(printf '%s\n' "$out" | awk -v max=$MAX 'length($0) > max')
[[ -z $long ]] || {
  printf '%s\n' "$out" >&2
  fail "lines over $MAX characters without V=1 (above)"
}
for want in '^ +CC +src/pipeline/scan\.c$' "^ +AR +$B/native/libzaslon\.a$" "^ +LD +$B/bin/zaslon$"; do
  grep -Eq "$want" <<<"$out" || {
    printf '%s\n' "$out" >&2
    fail "no step line matching /$want/ (above)"
  }
done

# V=1, with a header that makes the compiler warn: the full command and the warning are printed.
printf '#warning zaslon-build-output-probe\n' >"$tmp/probe.h"
age_scan_object
out=$(run_make V=1 OPT="-O3 -Wno-error=cpp -include $tmp/probe.h") || {
  printf '%s\n' "$out" >&2
  fail "make V=1 native failed"
}
grep -Eq -- '-Werror .*-c src/pipeline/scan\.c -o ' <<<"$out" || {
  printf '%s\n' "$out" >&2
  fail "V=1 did not print the full compiler command for src/pipeline/scan.c (above)"
}
grep -q 'warning: #warning zaslon-build-output-probe' <<<"$out" || {
  printf '%s\n' "$out" >&2
  fail "the compiler's warning was not shown (above)"
}
echo "build-output: quiet build ok (no line over $MAX characters; V=1 full commands; warnings shown)"
