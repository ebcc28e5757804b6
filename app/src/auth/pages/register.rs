use super::password_field;
use crate::{
    auth::api::Register,
    i18n::{t, use_lang},
    layout::{choices, Field, FlashMessage, Page, SelectField},
    web::flash,
};
use leptos::{prelude::*, server_fn::ServerFn};

/// `/register`: a learner creates an account with a login name or mobile number; no e-mail.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let flash = flash::take();
    let lang = use_lang();
    let district_options = choices::district_options();
    let group_options = choices::group_options();
    let gender_options = choices::gender_options();
    let language_options = choices::language_options();
    let chosen_language = Some(flash.value("language"))
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| lang.code().into());
    view! {
        <Page title=t("register-title")>
            <p class="lead">{t("register-intro")}</p>
            <FlashMessage flash=flash.clone()/>
            <form method="post" action=Register::url() class="stack card">
                <Field
                    name="display_name"
                    label=t("field-display-name")
                    value=flash.value("display_name")
                    autocomplete="name"
                    maxlength=80
                    flash=flash.clone()
                />
                <Field
                    name="login"
                    label=t("field-login")
                    value=flash.value("login")
                    hint=t("field-login-hint")
                    autocomplete="username"
                    maxlength=40
                    flash=flash.clone()
                />
                {password_field("password", "field-password", "new-password", &flash)}
                {password_field("password_confirm", "field-password-confirm", "new-password", &flash)}
                <p class="hint">{t("password-rules")}</p>
                <SelectField
                    name="group"
                    label=t("field-group")
                    options=group_options
                    selected=flash.value("group")
                    flash=flash.clone()
                />
                <SelectField
                    name="gender"
                    label=t("field-gender")
                    options=gender_options
                    selected=flash.value("gender")
                    flash=flash.clone()
                />
                <SelectField
                    name="district"
                    label=t("field-district")
                    options=district_options
                    selected=flash.value("district")
                    flash=flash.clone()
                />
                <SelectField
                    name="language"
                    label=t("field-language")
                    options=language_options
                    selected=chosen_language
                    flash=flash.clone()
                />
                <button type="submit">{t("register-submit")}</button>
            </form>
            <p>{t("register-have-account")} " " <a href="/login">{t("nav-login")}</a></p>
        </Page>
    }
}
