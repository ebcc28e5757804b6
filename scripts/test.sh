#!/usr/bin/env bash
# `make test`: every test. Unit and integration tests on SQLite and PostgreSQL, then the
# end-to-end suite in headless Chromium against a release build.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/tools.sh

# Chromium for the end-to-end tests; wrk, brotli, sqlite3 and nginx for the benchmark scripts;
# pg_dump for the PostgreSQL backup test.
missing=()
for tool in chromium wrk brotli sqlite3; do command -v $tool >/dev/null || missing+=($tool); done
command -v pg_dump >/dev/null || missing+=(postgresql-client)
command -v nginx >/dev/null || missing+=(nginx-light)
if (( ${#missing[@]} )); then
  if [[ $(id -u) == 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null; }
  else
    echo "needed for the tests and benchmarks: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
if [[ ! -d end2end/node_modules/@playwright/test ]]; then
  (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
fi

export SABAQ_TEST_POSTGRES_URL="${SABAQ_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

echo "== unit tests, locale checks (app)"
cargo test -p app --features ssr
echo "== integration tests on SQLite and PostgreSQL (server)"
cargo test -p server
echo "== release build"
cargo leptos build --release --precompress
echo "== end-to-end in Chromium"
scripts/e2e.sh
echo "== benchmarks, quick mode (so they cannot rot; figures in the README come from full runs)"
bench/measure.sh 2
bench/signin-burst.sh 40
bench/trainers.sh 300 40
bench/trainers.sh --postgres 300 40
bench/coverage.sh 3000
bench/coverage.sh --postgres 3000
cargo test --release -q -p sabaq-load
bench/statewide.sh --quick
