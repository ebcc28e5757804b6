use super::password_field;
use crate::{
    auth::api::StartWithCode,
    i18n::t,
    layout::{Field, FlashMessage, Page},
    web::flash,
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;

/// `/start?login=…`: first sign-in with the start code from a trainer's slip (the slip's QR
/// code opens this page with the login filled in); the learner chooses their password here.
#[component]
pub fn StartPage() -> impl IntoView {
    let flash = flash::take();
    let from_slip = use_query_map().with_untracked(|q| q.get("login").unwrap_or_default());
    let login = Some(flash.value("login"))
        .filter(|l| !l.is_empty())
        .unwrap_or(from_slip);
    view! {
        <Page title=t("start-title")>
            <p class="lead">{t("start-intro")}</p>
            <FlashMessage flash=flash.clone()/>
            <form method="post" action=StartWithCode::url() class="stack card">
                <Field name="login" label=t("field-login") value=login autocomplete="username" maxlength=40 flash=flash.clone()/>
                <Field name="code" label=t("start-field-code") autocomplete="one-time-code" maxlength=12 flash=flash.clone()/>
                {password_field("new_password", "field-new-password", "new-password", &flash)}
                {password_field("password_confirm", "field-password-confirm", "new-password", &flash)}
                <button type="submit">{t("start-submit")}</button>
            </form>
        </Page>
    }
}
