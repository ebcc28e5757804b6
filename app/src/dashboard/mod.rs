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
    let db = web::db();
    let user = viewer.id;
    let my_courses = async move {
        let Ok(db) = db else {
            return (Vec::new(), Vec::new());
        };
        let cards = crate::courses::repo::catalogue(&db, lang, None, Some(user))
            .await
            .unwrap_or_default();
        let certs = crate::certificates::repo::of_user(&db, user)
            .await
            .unwrap_or_default();
        (cards, certs)
    };
    let labels = (
        t("dashboard-courses"),
        t("dashboard-certificates"),
        t("dashboard-browse"),
        t("course-continue"),
    );
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
                    Role::Learner => String::new(),
                    Role::Admin => t("dashboard-admin-next"),
                    _ => t("dashboard-staff-next"),
                }}
            </p>
            <Suspense>
                {Suspend::new(async move {
                    let (cards, certs) = my_courses.await;
                    let (courses_h, certs_h, browse, resume) = labels;
                    let started: Vec<_> = cards.into_iter().filter(|c| c.progress.is_some()).collect();
                    view! {
                        <h2>{courses_h}</h2>
                        <ul class="course-list">
                            {started.into_iter().map(|c| {
                                let p = c.progress.unwrap_or(0);
                                view! {
                                    <li class="card course-card">
                                        <a href=format!("/courses/{}", c.slug)>{c.title.text}</a>
                                        <progress max="100" value=p.to_string()></progress>
                                        <span class="meta">{format!("{p}%")}</span>
                                        " " <a href=format!("/courses/{}", c.slug)>{resume.clone()}</a>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <p><a class="button" href="/courses">{browse}</a></p>
                        {(!certs.is_empty()).then(|| view! {
                            <h2>{certs_h}</h2>
                            <ul>{certs.into_iter().map(|(_, code)| view! { <li><a href=format!("/certificates/{code}")>{code.clone()}</a></li> }).collect_view()}</ul>
                        })}
                    }
                })}
            </Suspense>
        </Page>
    }
    .into_any()
}
