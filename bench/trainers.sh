#!/usr/bin/env bash
# Trainer scale: CSV enrolment of N learners (one upload, one confirmation), then a cohort of M
# learners with two assigned courses and attendance at three sessions: its progress grid (wrk,
# p99), its CSV export and its slip sheet. Starts the release server on a fresh database: SQLite
# by default, PostgreSQL with --postgres (a throwaway database on the local server).
# SABAQ_BENCH_SEED=K first adds K synthetic learners, to check the grid does not slow with them.
# usage: [SABAQ_BENCH_SEED=K] bench/trainers.sh [--postgres] [N] [M]   (default 10000 500; CI runs it with 300 40)
source "$(dirname "$0")/lib.sh"
bench_args "$@"
n="${rest[0]:-10000}"
m="${rest[1]:-500}"
bench_database trainers
./target/release/server import-content content >/dev/null
if [[ -n "${SABAQ_BENCH_SEED:-}" ]]; then
  ./target/release/server seed-synthetic --learners "$SABAQ_BENCH_SEED" | tail -n 1
fi
bench_admin
port="${SABAQ_BENCH_PORT:-3202}"
bench_serve "$port"
python3 bench/trainers.py "http://127.0.0.1:$port" "$admin_password" "$n" "$m" "$pid"
