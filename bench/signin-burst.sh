#!/usr/bin/env bash
# Peak memory under a burst of simultaneous sign-ins (real Argon2id): starts the release server
# on a fresh SQLite file, registers N learners, fires N sign-ins at once, prints the figures.
# usage: bench/signin-burst.sh [N]   (default 500; CI runs it with 40)
source "$(dirname "$0")/lib.sh"
n="${1:-500}"
bench_database burst
export SABAQ_TRUST_PROXY=true
port="${SABAQ_BENCH_PORT:-3201}"
bench_serve "$port"
python3 bench/signin-burst.py "http://127.0.0.1:$port" "$pid" "$n"
