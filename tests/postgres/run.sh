#!/usr/bin/env bash
# tests/postgres/run.sh — the zaslon PostgreSQL functions in a throw-away cluster: each
# tests/postgres/*.sql runs through psql (statements echoed, errors inline, as pg_regress does)
# and its output must equal tests/postgres/expected/NAME.out. Usage: run.sh BUILD_PG_DIR
# (the folder holding zaslon.so). On a difference the diff is shown and the run fails.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/postgres/cluster.sh
source "$HERE/cluster.sh"

pg_cluster_start "$1"
status=0
for sql in "$HERE"/*.sql; do
  name=$(basename "$sql" .sql)
  out="$PGT/$name.out"
  pg_psql -a <"$sql" >"$out" 2>&1 || true
  if ! diff -u "$HERE/expected/$name.out" "$out"; then
    printf 'test-postgres: FAIL: %s (output above as a diff against expected/%s.out)\n' "$name" "$name" >&2
    [[ -n ${ZASLON_PG_ACCEPT:-} ]] && cp "$out" "$HERE/expected/$name.out"
    status=1
  fi
done
exit $status
