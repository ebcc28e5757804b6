use super::password_field;
use crate::{
    auth::api::ChangePassword,
    i18n::t,
    layout::{FlashMessage, Page},
    web::{self, flash},
};
use leptos::{prelude::*, server_fn::ServerFn};

/// `/account/password`: change the signed-in user's password.
#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    let viewer = web::viewer();
    if viewer.is_none() {
        crate::web::redirect_to_login();
    }
    let must_change = viewer.is_some_and(|v| v.must_change_password);
    let flash = flash::take();
    view! {
        <Page title=t("password-title")>
            {must_change.then(|| view! { <p class="alert notice" role="status">{t("password-must-change")}</p> })}
            <FlashMessage flash=flash.clone()/>
            <form method="post" action=ChangePassword::url() class="stack card">
                {password_field("current_password", "field-current-password", "current-password", &flash)}
                {password_field("new_password", "field-new-password", "new-password", &flash)}
                {password_field("password_confirm", "field-password-confirm", "new-password", &flash)}
                <p class="hint">{t("password-rules")}</p>
                <button type="submit">{t("password-submit")}</button>
            </form>
        </Page>
    }
}
