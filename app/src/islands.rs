//! The only components that ship to the browser as WASM. They get every string they show as a
//! prop, already translated on the server.

use leptos::prelude::*;

/// A password input with a show/hide toggle. Without JavaScript it is a plain password field;
/// the toggle appears once the island wakes up.
#[island]
pub fn PasswordInput(
    name: String,
    label: String,
    show_label: String,
    hide_label: String,
    autocomplete: String,
    invalid: bool,
) -> impl IntoView {
    let (visible, set_visible) = signal(false);
    let (awake, set_awake) = signal(false);
    Effect::new(move |_| set_awake.set(true));
    let id = name.clone();
    view! {
        <div class="field" class:invalid=invalid>
            <label for=id.clone()>{label}</label>
            <div class="password-row">
                <input
                    id=id
                    name=name
                    type=move || if visible.get() { "text" } else { "password" }
                    required=true
                    minlength="8"
                    maxlength="128"
                    autocomplete=autocomplete
                    aria-invalid=invalid.then_some("true")
                />
                <button
                    type="button"
                    class="secondary"
                    hidden=move || !awake.get()
                    aria-pressed=move || visible.get().to_string()
                    on:click=move |_| set_visible.update(|v| *v = !*v)
                >
                    {move || if visible.get() { hide_label.clone() } else { show_label.clone() }}
                </button>
            </div>
        </div>
    }
}
