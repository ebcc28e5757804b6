# Sourced by the other scripts: versions pinned once, and tools on PATH so cargo-leptos never
# tries to download wasm-bindgen or wasm-opt.
CARGO_LEPTOS_VERSION=0.3.10
WASM_BINDGEN_VERSION=0.2.130   # must equal wasm-bindgen in Cargo.lock
BINARYEN_NPM_VERSION=132.0.0   # wasm-opt; never Debian's binaryen 108, which breaks the WASM
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/.tools/node_modules/.bin:$PATH"
export LEPTOS_SITE_ROOT="${LEPTOS_SITE_ROOT:-target/site}"
cd "$ROOT"
