//! Server-side translation. Strings are looked up while the page renders on the server; islands
//! receive the translated text they need as props, so no Fluent code ships in the WASM.

use super::Lang;
use fluent_templates::{fluent_bundle::FluentValue, LanguageIdentifier, Loader};
use leptos::prelude::use_context;
use std::{borrow::Cow, collections::HashMap};

// Every `.ftl` file under `locales/`, compiled into the binary. Missing messages fall back
// to English.
fluent_templates::static_loader! {
    pub static LOCALES = {
        locales: "../locales",
        fallback_language: "en",
        // Inserted values are short (names, numbers); markup isolates user text with <bdi>.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn langid(lang: Lang) -> LanguageIdentifier {
    lang.code()
        .parse()
        .expect("language codes are valid BCP 47")
}

/// The language of the request being rendered (English outside a request).
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The message `id` in the current request's language.
pub fn t(id: &str) -> String {
    t_in(use_lang(), id, &[])
}

/// The message `id` with named arguments, in the current request's language.
pub fn t_args(id: &str, args: &[(&str, String)]) -> String {
    t_in(use_lang(), id, args)
}

/// The message `id` in `lang`, with arguments.
pub fn t_in(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    let id_lang = langid(lang);
    if args.is_empty() {
        return LOCALES.lookup(&id_lang, id);
    }
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(k, v)| (Cow::Owned(k.to_string()), FluentValue::from(v.clone())))
        .collect();
    LOCALES.lookup_with_args(&id_lang, id, &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_each_language() {
        assert_eq!(t_in(Lang::En, "nav-login", &[]), "Sign in");
        assert_ne!(t_in(Lang::Hi, "nav-login", &[]), "Sign in");
        assert_ne!(t_in(Lang::Ur, "nav-login", &[]), "Sign in");
    }

    #[test]
    fn arguments_are_inserted() {
        let text = t_in(
            Lang::En,
            "login-error-throttled",
            &[("minutes", "7".into())],
        );
        assert!(text.contains('7'), "{text}");
    }
}
