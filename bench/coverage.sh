#!/usr/bin/env bash
# Officials' coverage at scale: seeds N synthetic learners with two years of activity on a fresh
# database (SQLite by default, PostgreSQL with --postgres: a throwaway database on the local
# server), then times the coverage report (p50/p99 over 20 requests) for the UT, one division
# and one district, a filtered view and the CSV export, and prints the database size.
# usage: bench/coverage.sh [--postgres] [N]   (default 1000000; CI runs it with 3000)
source "$(dirname "$0")/lib.sh"
bench_args "$@"
n="${rest[0]:-1000000}"
bench_database coverage
./target/release/server import-content content >/dev/null
start=$(date +%s%N)
./target/release/server seed-synthetic --learners "$n" | tail -n 1
echo "seed: $(( ($(date +%s%N) - start) / 1000000 )) ms for $n learners"
if $postgres; then
  psql -h 127.0.0.1 -U postgres -d "$pg_db" -qc "VACUUM ANALYZE" >/dev/null
  size=$(psql -h 127.0.0.1 -U postgres -At -c "SELECT pg_database_size('$pg_db')")
else
  sqlite3 "$db_file" "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;" >/dev/null 2>&1 || true
  size=$(stat -c %s "$db_file")
fi
echo "database size: $((size / 1024 / 1024)) MB"
bench_admin
port="${SABAQ_BENCH_PORT:-3203}"
bench_serve "$port"
python3 bench/coverage.py "http://127.0.0.1:$port" "$admin_password"
