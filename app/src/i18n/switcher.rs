use super::{api::SetLanguage, t, use_lang, Lang};
use leptos::{prelude::*, server_fn::ServerFn};

/// The current language, opening onto one button per language in a plain POST form: works
/// without JavaScript. The closed menu renders no other script, so a page downloads no font
/// for the other languages' names until the reader opens it.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let current = use_lang();
    let back = crate::web::current_path();
    view! {
        <details class="lang-menu" name="header-menu">
            <summary>
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
                    <circle cx="8" cy="8" r="6.5"/><path d="M1.5 8h13M8 1.5c-3.5 3.5-3.5 9.5 0 13M8 1.5c3.5 3.5 3.5 9.5 0 13"/>
                </svg>
                <span class="visually-hidden">{t("lang-switcher-label")} ": "</span>
                {current.native_name()}
            </summary>
        <form class="lang-switcher" method="post" action=SetLanguage::url()>
            <input type="hidden" name="back" value=back/>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <button
                            type="submit"
                            name="lang"
                            value=lang.code()
                            lang=lang.code()
                            dir=lang.dir().as_str()
                            aria-pressed=(lang == current).to_string()
                        >
                            {lang.native_name()}
                        </button>
                    }
                })
                .collect_view()}
        </form>
        </details>
    }
}
