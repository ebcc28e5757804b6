use crate::{
    i18n::t,
    layout::{FlashMessage, Page},
    web::{self, flash},
};
use leptos::prelude::*;

/// `/`: what Sabaq is, in the visitor's language.
#[component]
pub fn HomePage() -> impl IntoView {
    let signed_in = web::viewer().is_some();
    let flash = flash::take();
    let topics = [
        "home-topic-devices",
        "home-topic-internet",
        "home-topic-services",
        "home-topic-payments",
        "home-topic-safety",
    ];
    view! {
        <Page title=t("home-title")>
            <FlashMessage flash=flash/>
            <p class="lead">{t("home-lead")}</p>
            <ul class="topics">{topics.into_iter().map(|id| view! { <li>{t(id)}</li> }).collect_view()}</ul>
            <p class="actions">
                {if signed_in {
                    view! { <a class="button" href="/dashboard">{t("home-continue")}</a> }.into_any()
                } else {
                    view! {
                        <a class="button" href="/register">{t("home-start")}</a>
                        " "
                        <a href="/login">{t("home-have-account")}</a>
                    }
                        .into_any()
                }}
            </p>
            <p>{t("home-audience")}</p>
        </Page>
    }
}
