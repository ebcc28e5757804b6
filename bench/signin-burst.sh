#!/usr/bin/env bash
# Peak memory under a burst of simultaneous sign-ins (real Argon2id): starts the release server
# on a fresh SQLite file, registers N learners, fires N sign-ins at once, prints the figures.
# usage: bench/signin-burst.sh [N]   (default 500; CI runs it with 40)
set -euo pipefail
source "$(dirname "$0")/../scripts/env.sh"
n="${1:-500}"
[[ -x target/release/server ]] || { scripts/tools.sh; cargo leptos build --release --precompress; }
port="${SABAQ_BENCH_PORT:-3201}"
workdir=$(mktemp -d)
export DATABASE_URL="sqlite://$workdir/burst.db?mode=rwc" LEPTOS_SITE_ADDR="127.0.0.1:$port" \
  RUST_LOG=error SABAQ_TRUST_PROXY=true
./target/release/server serve >"$workdir/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$workdir"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
python3 bench/signin-burst.py "http://127.0.0.1:$port" "$pid" "$n"
