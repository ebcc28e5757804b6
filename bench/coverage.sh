#!/usr/bin/env bash
# Officials' coverage at scale: seeds N synthetic learners with two years of activity on a fresh
# database (SQLite by default, PostgreSQL with --postgres: a throwaway database on the local
# server), then times the coverage report (p50/p99 over 20 requests) for the UT, one division
# and one district, a filtered view and the CSV export, and prints the database size.
# usage: bench/coverage.sh [--postgres] [N]   (default 1000000; CI runs it with 3000)
set -euo pipefail
source "$(dirname "$0")/../scripts/env.sh"
postgres=false
if [[ "${1:-}" == "--postgres" ]]; then postgres=true; shift; fi
n="${1:-1000000}"
[[ -x target/release/server ]] || { scripts/tools.sh; cargo leptos build --release --precompress; }
port="${SABAQ_BENCH_PORT:-3203}"
workdir=$(mktemp -d)
pg_db=""
if $postgres; then
  pg_db="sabaq_coverage_$$"
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $pg_db" >/dev/null
  export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$pg_db"
else
  export DATABASE_URL="sqlite://$workdir/coverage.db?mode=rwc"
fi
export LEPTOS_SITE_ADDR="127.0.0.1:$port" RUST_LOG=error
cleanup() {
  [[ -n "${pid:-}" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  [[ -n "$pg_db" ]] && psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $pg_db" >/dev/null
  rm -rf "$workdir"
}
trap cleanup EXIT
echo "database: $($postgres && echo PostgreSQL || echo SQLite)"
./target/release/server import-content content >/dev/null
start=$(date +%s%N)
./target/release/server seed-synthetic --learners "$n" | tail -n 1
echo "seed: $(( ($(date +%s%N) - start) / 1000000 )) ms for $n learners"
if $postgres; then
  psql -h 127.0.0.1 -U postgres -d "$pg_db" -qc "VACUUM ANALYZE" >/dev/null
  size=$(psql -h 127.0.0.1 -U postgres -At -c "SELECT pg_database_size('$pg_db')")
else
  sqlite3 "$workdir/coverage.db" "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;" >/dev/null 2>&1 || true
  size=$(stat -c %s "$workdir/coverage.db")
fi
echo "database size: $((size / 1024 / 1024)) MB"
admin_password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
SABAQ_ADMIN_PASSWORD="$admin_password" ./target/release/server create-admin --login bench.admin --name "Bench Admin" >/dev/null
./target/release/server serve >"$workdir/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
python3 bench/coverage.py "http://127.0.0.1:$port" "$admin_password"
