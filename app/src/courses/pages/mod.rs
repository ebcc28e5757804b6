//! Catalogue, course outline and lesson reader pages.

mod catalogue;
mod course;
mod lesson;

pub use catalogue::CataloguePage;
pub use course::CoursePage;
pub use lesson::LessonPage;

use super::Localized;
use crate::i18n::{t_in, use_lang, Lang};
use leptos::prelude::*;

/// Text in its own language and direction, with a small notice when it is a fallback.
#[component]
pub fn LocalizedText(
    text: Localized,
    #[prop(optional)] notice: bool,
    #[prop(optional)] shown: Option<Lang>,
) -> impl IntoView {
    let shown = shown.unwrap_or_else(use_lang);
    let fallback = text.lang != shown;
    view! {
        <span lang=text.lang.code() dir=text.lang.dir().as_str()>{text.text}</span>
        {(notice && fallback).then(|| view! {
            <small class="fallback-notice">{t_in(shown, "content-fallback", &[("language", text.lang.native_name().to_string())])}</small>
        })}
    }
}

/// The course and lesson route parameters.
pub fn param(name: &str) -> String {
    use leptos_router::hooks::use_params_map;
    use_params_map().with_untracked(|p| p.get(name).unwrap_or_default())
}
