//! The frame around every page and the form pieces pages share.

pub mod choices;
mod forms;

pub use forms::{Field, FlashMessage, SelectField};

use crate::{
    auth::api::Logout,
    i18n::{t, LanguageSwitcher},
    web,
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

/// Header with navigation and language switcher, the page's content, and a footer.
#[component]
pub fn Page(#[prop(into)] title: String, children: Children) -> impl IntoView {
    let viewer = web::viewer();
    let full_title = format!("{title} · {}", t("brand-name"));
    let courses = view! { <a href="/courses">{t("nav-courses")}</a> };
    // Signing in from a page comes back to it.
    let here = web::current_path();
    let sign_in = if here == "/" || here.starts_with("/login") || here.starts_with("/register") {
        "/login".to_owned()
    } else {
        web::login_returning_to(&here)
    };
    let nav = match &viewer {
        Some(v) => view! {
            {courses}
            <a href="/dashboard">{t("nav-dashboard")}</a>
            {crate::access::require_cohort_staff(v).is_ok().then(|| view! { <a href="/cohorts">{t("nav-cohorts")}</a> })}
            {crate::access::require_admin(v).is_ok().then(|| view! { <a href="/admin/staff">{t("nav-admin")}</a> })}
            <a href="/account/password">{t("nav-password")}</a>
            <form method="post" action=Logout::url() class="inline">
                <button type="submit" class="link">{t("nav-logout")}</button>
            </form>
        }
        .into_any(),
        None => view! {
            {courses}
            <a href=sign_in>{t("nav-login")}</a>
            <a href="/register" class="button">{t("nav-register")}</a>
        }
        .into_any(),
    };
    view! {
        <Title text=full_title/>
        <a class="skip-link" href="#main">{t("nav-skip")}</a>
        // One row on a phone: the name, the language and a menu, each a `<details>` that opens
        // without JavaScript; one name makes opening one close the other. From 48rem the menu's
        // links stand in the row (style/main.css).
        <header class="site-header">
            <a class="brand" href="/">{t("brand-name")}</a>
            <LanguageSwitcher/>
            <details class="site-menu" name="header-menu">
                <summary>
                    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M2 4h12M2 8h12M2 12h12"/></svg>
                    {t("nav-menu")}
                </summary>
                <nav aria-label=t("nav-label")>{nav}</nav>
            </details>
        </header>
        <main id="main">
            <h1>{title}</h1>
            {children()}
        </main>
        <footer class="site-footer">
            <p>{t("footer-text")} " " <span class="footer-links"><a href="/coverage">{t("coverage-public-link")}</a> " · " <a href="/glossary">{t("glossary-title")}</a></span></p>
        </footer>
    }
}

/// Shown in place of what the database could not deliver, with status 503: an outage is not
/// "nothing found". The cause is logged where the error arose; the reader is told whether the
/// database is away (try again in a minute) or something else failed.
#[component]
pub fn Unavailable() -> impl IntoView {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::SERVICE_UNAVAILABLE);
    }
    let db = crate::web::db();
    view! {
        <Suspense>
            {Suspend::new(async move {
                let away = match &db {
                    Ok(db) => !crate::db::ping(db).await,
                    Err(_) => false,
                };
                let message = if away { "error-unavailable" } else { "error-internal" };
                view! { <p class="alert error" role="alert">{t(message)}</p> }
            })}
        </Suspense>
    }
}
