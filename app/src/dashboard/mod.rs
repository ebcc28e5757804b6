use crate::{
    auth::Role,
    districts::District,
    i18n::{t, use_lang},
    layout::{FlashMessage, Page},
    web::{self, flash},
};
use leptos::prelude::*;
use std::sync::Arc;

/// `/dashboard`: the signed-in user's home. Learners see their name and district.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let Some(viewer) = web::viewer() else {
        leptos_axum::redirect("/login");
        return view! { <Page title=t("login-title")><p>{t("error-unauthenticated")}</p></Page> }
            .into_any();
    };
    let lang = use_lang();
    let districts = use_context::<Arc<[District]>>();
    let district = viewer.district.as_deref().and_then(|slug| {
        districts
            .as_ref()?
            .iter()
            .find(|d| d.slug == slug)
            .map(|d| d.name(lang).to_owned())
    });
    let role_text = t(&format!("role-{}", viewer.role.code()));
    let flash = flash::take();
    view! {
        <Page title=t("dashboard-title")>
            <FlashMessage flash=flash/>
            <section class="card profile">
                <p class="greeting">{t("dashboard-greeting")} " " <bdi class="name">{viewer.display_name.clone()}</bdi></p>
                <dl>
                    <dt>{t("dashboard-role")}</dt>
                    <dd>{role_text}</dd>
                    {district.map(|d| view! { <dt>{t("field-district")}</dt> <dd class="district">{d}</dd> })}
                    <dt>{t("field-login")}</dt>
                    <dd><bdi>{viewer.login.clone()}</bdi></dd>
                </dl>
            </section>
            <p>
                {match viewer.role {
                    Role::Learner => t("dashboard-learner-next"),
                    Role::Admin => t("dashboard-admin-next"),
                    _ => t("dashboard-staff-next"),
                }}
            </p>
        </Page>
    }
    .into_any()
}
