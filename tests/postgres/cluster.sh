# tests/postgres/cluster.sh — sourced by tests/postgres/run.sh and bench/postgres.sh: a throw-away
# PostgreSQL cluster in a temp folder, reachable only through a Unix socket in that folder, with
# the zaslon functions loaded from the freshly built module (nothing is installed system-wide).
# It is stopped and deleted on exit, whatever the exit. initdb refuses to run as root (CI runs as
# root): then the server runs as `nobody`, which owns the temp folder.
#   pg_cluster_start MODULE_DIR     sets PGT (the folder), PGHOST, PGPORT, PGUSER, PGDATABASE
#   pg_psql ARGS...                 psql on that cluster, no ~/.psqlrc

PG_BIN=$(pg_config --bindir)
PGT=
RUNAS=()

pg_cluster_stop() {
  if [[ -n $PGT && -d $PGT ]]; then
    [[ -f $PGT/data/postmaster.pid ]] &&
      "${RUNAS[@]}" "$PG_BIN/pg_ctl" -D "$PGT/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$PGT"
  fi
}

pg_cluster_start() {
  local module_dir=$1 extra=${2:-}
  trap pg_cluster_stop EXIT
  trap 'exit 130' INT TERM
  PGT=$(mktemp -d /tmp/zaslon-pg.XXXXXX)
  chmod 755 "$PGT"
  if [[ $(id -u) -eq 0 ]]; then
    RUNAS=(runuser -u nobody --)
    chown nobody "$PGT"
  fi
  # The server loads its own copy: the build tree may sit in a folder `nobody` cannot read.
  cp "$module_dir/zaslon.so" "$PGT/zaslon.so"
  chmod 644 "$PGT/zaslon.so"
  (cd "$PGT" && "${RUNAS[@]}" "$PG_BIN/initdb" -D "$PGT/data" -A trust -U postgres -E UTF8 \
    --locale=C --no-sync >"$PGT/initdb.log" 2>&1) ||
    { cat "$PGT/initdb.log" >&2; return 1; }
  # The socket lives in our private folder, so any port number is free there; a random one
  # keeps two runs from sharing a System V shared-memory key.
  PGPORT=$((20000 + RANDOM % 20000))
  (cd "$PGT" && "${RUNAS[@]}" "$PG_BIN/pg_ctl" -D "$PGT/data" -l "$PGT/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $PGT -p $PGPORT -c fsync=off -c max_worker_processes=8 $extra" \
    start >/dev/null) || { cat "$PGT/server.log" >&2; return 1; }
  export PGHOST=$PGT PGPORT PGUSER=postgres PGDATABASE=postgres
  # The extension's script, with the module's path in place of $libdir/zaslon and without the
  # guard line that stops psql from running it outside CREATE EXTENSION.
  sed -e "s|MODULE_PATHNAME|$PGT/zaslon|" -e '/^\\echo /d' "$(dirname "${BASH_SOURCE[0]}")/../../pg/zaslon--0.1.0.sql" |
    pg_psql -v ON_ERROR_STOP=1 >/dev/null
}

pg_psql() { "$PG_BIN/psql" -X -q "$@"; }
