use super::password_field;
use crate::{
    auth::api::Login,
    i18n::t,
    layout::{Field, FlashMessage, Page},
    web::flash,
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;

/// `/login`: sign in with a login name or mobile number; `?next=<path>` comes back to that
/// page of this site afterwards.
#[component]
pub fn LoginPage() -> impl IntoView {
    let flash = flash::take();
    let next = use_query_map()
        .with_untracked(|q| q.get("next"))
        .filter(|n| n != "/" && crate::web::require_local_path(n).is_ok());
    view! {
        <Page title=t("login-title")>
            <FlashMessage flash=flash.clone()/>
            <form method="post" action=Login::url() class="stack card">
                {next.map(|n| view! { <input type="hidden" name="next" value=n/> })}
                <Field
                    name="login"
                    label=t("field-login")
                    value=flash.value("login")
                    autocomplete="username"
                    maxlength=40
                    flash=flash.clone()
                />
                {password_field("password", "field-password", "current-password", &flash)}
                <button type="submit">{t("login-submit")}</button>
            </form>
            <p>{t("login-no-account")} " " <a href="/register">{t("nav-register")}</a></p>
            <p>{t("login-have-code")} " " <a href="/start">{t("start-title")}</a></p>
        </Page>
    }
}
