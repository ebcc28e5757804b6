#!/usr/bin/env bash
# `make run`: build in release, create and migrate the SQLite database under data/, create demo
# accounts (printing their passwords once), serve on http://127.0.0.1:3000.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/tools.sh
cargo leptos build --release --precompress
export DATABASE_URL="${DATABASE_URL:-sqlite://data/sabaq.db?mode=rwc}"
./target/release/server import-content content
./target/release/server seed-demo
echo "Sabaq is at http://${LEPTOS_SITE_ADDR:-127.0.0.1:3000}  (Ctrl+C stops it)"
exec ./target/release/server serve
