//! The options of the account forms' drop-downs, shared by registration and the trainer's forms.

use crate::{
    auth::{Gender, LearnerGroup},
    districts::District,
    i18n::{t, use_lang, Lang},
};
use leptos::prelude::use_context;
use std::sync::Arc;

/// `(value, label)` pairs of a `<select>`.
pub type Options = Vec<(String, String)>;

/// Districts by slug, named in the reader's language.
pub fn district_options() -> Options {
    let lang = use_lang();
    use_context::<Arc<[District]>>()
        .map(|all| {
            all.iter()
                .map(|d| (d.slug.clone(), d.name(lang).to_owned()))
                .collect()
        })
        .unwrap_or_default()
}

pub fn group_options() -> Options {
    LearnerGroup::ALL
        .iter()
        .map(|g| (g.code().to_owned(), t(&format!("group-{}", g.code()))))
        .collect()
}

pub fn gender_options() -> Options {
    Gender::ALL
        .iter()
        .map(|g| (g.code().to_owned(), t(&format!("gender-{}", g.code()))))
        .collect()
}

/// Languages, each named in its own script.
pub fn language_options() -> Options {
    Lang::ALL
        .iter()
        .map(|l| (l.code().to_owned(), l.native_name().to_owned()))
        .collect()
}
