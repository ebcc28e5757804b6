//! The WASM bundle: it only wakes up the islands of server-rendered pages.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // Readable panics in development; left out of release builds, where they cost bytes.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    app::hydrate();
}
