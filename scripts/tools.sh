#!/usr/bin/env bash
# Installs what a fresh machine lacks to build Sabaq; each tool only when missing.
set -euo pipefail
source "$(dirname "$0")/env.sh"

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

if [[ "$(cargo leptos --version 2>/dev/null)" != *"$CARGO_LEPTOS_VERSION"* ]]; then
  echo "Installing cargo-leptos $CARGO_LEPTOS_VERSION (takes ~16 minutes on 2 cores, once per machine)"
  cargo install cargo-leptos --locked --version "$CARGO_LEPTOS_VERSION"
fi

lock_version=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/version = "\(.*\)"/\1/p')
if [[ "$lock_version" != "$WASM_BINDGEN_VERSION" ]]; then
  echo "Cargo.lock has wasm-bindgen $lock_version but scripts/env.sh pins $WASM_BINDGEN_VERSION" >&2
  exit 1
fi
if [[ "$(wasm-bindgen --version 2>/dev/null)" != *"$WASM_BINDGEN_VERSION"* ]]; then
  # Not --locked: its lockfile names a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [[ ! -x .tools/node_modules/.bin/wasm-opt ]]; then
  command -v npm >/dev/null || { echo "npm is needed (apt-get install nodejs npm)" >&2; exit 1; }
  mkdir -p .tools
  npm install --prefix .tools --no-audit --no-fund --silent "binaryen@$BINARYEN_NPM_VERSION"
fi
