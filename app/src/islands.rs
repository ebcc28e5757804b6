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
                    dir="ltr"
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

/// Reads the element `target` aloud with the browser's speech synthesis. Rendered hidden: the
/// island loader (`web::assets`) shows it only when the browser has a voice for `lang`, and
/// wakes this island when it is first pressed.
#[island]
pub fn ReadAloud(
    target: String,
    lang: String,
    start_label: String,
    stop_label: String,
) -> impl IntoView {
    let (speaking, set_speaking) = signal(false);
    let toggle = move |_| {
        if speaking.get_untracked() {
            speech::stop();
            set_speaking.set(false);
        } else if speech::speak(&target, &lang, move || set_speaking.set(false)) {
            set_speaking.set(true);
        }
    };
    view! {
        <button type="button" class="secondary read-aloud" hidden=true aria-pressed=move || speaking.get().to_string() on:click=toggle>
            {move || if speaking.get() { stop_label.clone() } else { start_label.clone() }}
        </button>
    }
}

mod speech {
    use web_sys::{SpeechSynthesisUtterance, SpeechSynthesisVoice};

    fn synth() -> Option<web_sys::SpeechSynthesis> {
        web_sys::window()?.speech_synthesis().ok()
    }

    /// A voice whose language starts with `lang` (e.g. `hi` matches `hi-IN`).
    fn voice_for(lang: &str) -> Option<SpeechSynthesisVoice> {
        let voices = synth()?.get_voices();
        (0..voices.length())
            .filter_map(|i| {
                wasm_bindgen::JsCast::dyn_into::<SpeechSynthesisVoice>(voices.get(i)).ok()
            })
            .find(|v| {
                // The language subtag: "hi" of "hi-IN" or "hi_IN". The loader's check is the same.
                let tag = v.lang();
                let primary = tag.split(['-', '_']).next().unwrap_or_default();
                primary.eq_ignore_ascii_case(lang)
            })
    }

    pub fn stop() {
        if let Some(s) = synth() {
            s.cancel();
        }
    }

    /// Starts reading the text of element `target`; `on_end` runs when it finishes.
    pub fn speak(target: &str, lang: &str, on_end: impl Fn() + 'static) -> bool {
        let (Some(s), Some(voice)) = (synth(), voice_for(lang)) else {
            return false;
        };
        let Some(text) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(target))
            .and_then(|e| e.text_content())
        else {
            return false;
        };
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&text) else {
            return false;
        };
        utterance.set_lang(&voice.lang());
        utterance.set_voice(Some(&voice));
        let done = wasm_bindgen::closure::Closure::<dyn Fn()>::new(on_end);
        utterance.set_onend(Some(wasm_bindgen::JsCast::unchecked_ref(done.as_ref())));
        done.forget();
        s.cancel();
        s.speak(&utterance);
        true
    }
}
