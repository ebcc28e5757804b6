//! The five official languages of J&K: which one a request gets, and its strings.

pub mod api;
#[cfg(feature = "ssr")]
mod india_time;
mod lang;
mod negotiate;
#[cfg(feature = "ssr")]
mod numbers;
#[cfg(feature = "ssr")]
mod switcher;
#[cfg(feature = "ssr")]
mod translate;

#[cfg(feature = "ssr")]
pub use india_time::{india_time, today, when};
pub use lang::{Dir, Lang};
pub use negotiate::negotiate;
#[cfg(feature = "ssr")]
pub use numbers::{number, number_in, percent};
#[cfg(feature = "ssr")]
pub use switcher::LanguageSwitcher;
#[cfg(feature = "ssr")]
pub use translate::{t, t_args, t_in, use_lang, LOCALES};

/// Cookie that remembers the language chosen by a visitor who is not signed in.
pub const LANG_COOKIE: &str = "sabaq_lang";
