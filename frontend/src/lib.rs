//! The browser side of Buurtkracht. The server sends complete HTML; this
//! only makes it interactive (hydration). Everything works without it.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // Readable panics in development builds only: the hook costs bundle size.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
