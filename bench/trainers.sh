#!/usr/bin/env bash
# Trainer scale: CSV enrolment of N learners (one upload, one confirmation), then a cohort of M
# learners with two assigned courses and attendance at three sessions: its progress grid (wrk,
# p99), its CSV export and its slip sheet. Starts the release server on a fresh database: SQLite
# by default, PostgreSQL with --postgres (a throwaway database on the local server).
# usage: [SABAQ_BENCH_SEED=N] bench/trainers.sh [--postgres] [N] [M]   (default 10000 500; CI runs it with 300 40)
set -euo pipefail
source "$(dirname "$0")/../scripts/env.sh"
postgres=false
if [[ "${1:-}" == "--postgres" ]]; then postgres=true; shift; fi
n="${1:-10000}"
m="${2:-500}"
[[ -x target/release/server ]] || { scripts/tools.sh; cargo leptos build --release --precompress; }
port="${SABAQ_BENCH_PORT:-3202}"
workdir=$(mktemp -d)
pg_db=""
if $postgres; then
  pg_db="sabaq_bench_$$"
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $pg_db" >/dev/null
  export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$pg_db"
else
  export DATABASE_URL="sqlite://$workdir/trainers.db?mode=rwc"
fi
export LEPTOS_SITE_ADDR="127.0.0.1:$port" RUST_LOG=error
cleanup() {
  [[ -n "${pid:-}" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  [[ -n "$pg_db" ]] && psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $pg_db" >/dev/null
  rm -rf "$workdir"
}
trap cleanup EXIT
./target/release/server import-content content >/dev/null
# SABAQ_BENCH_SEED=N first adds N synthetic learners, to check the grid does not slow with them.
if [[ -n "${SABAQ_BENCH_SEED:-}" ]]; then
  ./target/release/server seed-synthetic --learners "$SABAQ_BENCH_SEED" | tail -n 1
fi
admin_password="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
SABAQ_ADMIN_PASSWORD="$admin_password" ./target/release/server create-admin --login bench.admin --name "Bench Admin" >/dev/null
./target/release/server serve >"$workdir/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
echo "database: $($postgres && echo PostgreSQL || echo SQLite)"
python3 bench/trainers.py "http://127.0.0.1:$port" "$admin_password" "$n" "$m" "$pid"
