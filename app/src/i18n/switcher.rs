use super::{api::SetLanguage, t, use_lang, Lang};
use leptos::{prelude::*, server_fn::ServerFn};

/// One button per language in a plain POST form: works without JavaScript.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let current = use_lang();
    let back = crate::web::current_path();
    view! {
        <form class="lang-switcher" method="post" action=SetLanguage::url()>
            <input type="hidden" name="back" value=back/>
            <span class="visually-hidden">{t("lang-switcher-label")}</span>
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
    }
}
