#!/usr/bin/env bash
# Starts the release server on a fresh SQLite database, waits for /healthz, runs Playwright
# in Debian's Chromium, stops the server.
set -euo pipefail
source "$(dirname "$0")/env.sh"
port="${SABAQ_E2E_PORT:-3100}"
workdir=$(mktemp -d)
export DATABASE_URL="sqlite://$workdir/e2e.db?mode=rwc" LEPTOS_SITE_ADDR="127.0.0.1:$port" RUST_LOG=warn
./target/release/server import-content content >"$workdir/import.log"
# Synthetic learners, so the coverage report has something to show.
./target/release/server seed-synthetic --learners 2000 >"$workdir/seed.log"
# An administrator for the trainer flows, with a password made for this run only.
export SABAQ_E2E_ADMIN_LOGIN=e2e.admin
SABAQ_E2E_ADMIN_PASSWORD="e2e-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export SABAQ_E2E_ADMIN_PASSWORD
SABAQ_ADMIN_PASSWORD="$SABAQ_E2E_ADMIN_PASSWORD" ./target/release/server create-admin --login "$SABAQ_E2E_ADMIN_LOGIN" --name "E2E Admin" >/dev/null
./target/release/server serve >"$workdir/server.log" 2>&1 &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true; rm -rf "$workdir"' EXIT
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break
  kill -0 $server_pid 2>/dev/null || { cat "$workdir/server.log"; exit 1; }
  sleep 0.2
done
(cd end2end && SABAQ_E2E_URL="http://127.0.0.1:$port" npx playwright test "$@") || { echo "--- server log"; cat "$workdir/server.log"; exit 1; }
