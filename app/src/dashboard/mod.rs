use crate::{
    auth::Role,
    cohorts::assignments::{shown_date, LearnerAssignment},
    courses::CourseCard,
    districts::District,
    error::AppError,
    i18n::{t, use_lang},
    layout::{FlashMessage, Page, Unavailable},
    web::{self, flash},
};
use leptos::prelude::*;
use std::sync::Arc;

/// `/dashboard`: the signed-in user's home. Learners see their name and district.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let Some(viewer) = web::viewer() else {
        crate::web::redirect_to_login();
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
    let user = viewer.id;
    let group = viewer.group.as_ref().map(|g| g.code().to_owned());
    let my_courses = async move {
        let db = web::db()?;
        let cards = crate::courses::repo::catalogue(&db, lang, None, Some(user)).await?;
        let certs = crate::certificates::repo::of_user(&db, user, lang).await?;
        let assigned = crate::cohorts::assignments::for_learner(&db, user).await?;
        Ok::<_, AppError>((cards, certs, assigned))
    };
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
                    Role::Learner => ().into_any(),
                    Role::Admin => view! {
                        {t("dashboard-admin-next")} " " <a href="/reports/coverage">{t("coverage-link")}</a>
                    }
                    .into_any(),
                    Role::Trainer => view! {
                        {t("dashboard-trainer-next")} " " <a href="/cohorts">{t("cohorts-title")}</a>
                    }
                    .into_any(),
                    Role::Official => view! { <OfficialScope/> }.into_any(),
                }}
            </p>
            <Suspense>
                {Suspend::new(async move {
                    match my_courses.await {
                        Ok((cards, certs, assigned)) => view! { <MyCourses cards certs assigned group/> }.into_any(),
                        Err(_) => view! { <h2>{t("dashboard-courses")}</h2> <Unavailable/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
    .into_any()
}

/// The learner's courses: those assigned through their cohorts first (soonest due first, with
/// the due date and "overdue" when late), then the others they have started, then courses written
/// for their group (officials, students, SHG members) not started yet; their certificates.
#[component]
fn MyCourses(
    cards: Vec<CourseCard>,
    certs: Vec<(String, crate::courses::Localized, i64)>,
    assigned: Vec<LearnerAssignment>,
    group: Option<String>,
) -> impl IntoView {
    let today = crate::i18n::today();
    let mut cards: Vec<Option<CourseCard>> = cards.into_iter().map(Some).collect();
    let mut take = |slug: &str| {
        cards
            .iter_mut()
            .find(|c| c.as_ref().is_some_and(|c| c.slug == slug))
            .and_then(Option::take)
    };
    let first: Vec<_> = assigned
        .iter()
        .filter_map(|a| {
            let card = take(&a.slug)?;
            let overdue = a.overdue(&today);
            Some(view! { <CourseItem card due=a.due_on.clone() overdue/> })
        })
        .collect();
    let (started, not_started): (Vec<_>, Vec<_>) = cards
        .into_iter()
        .flatten()
        .partition(|c| c.progress.is_some());
    let for_group = not_started
        .into_iter()
        .filter(|c| group.as_deref() == Some(c.audience.as_str()));
    let rest: Vec<_> = started
        .into_iter()
        .chain(for_group)
        .map(|card| view! { <CourseItem card due=None overdue=false/> })
        .collect();
    view! {
        <h2>{t("dashboard-courses")}</h2>
        <ul class="course-list">{first}{rest}</ul>
        <p><a class="button" href="/courses">{t("dashboard-browse")}</a></p>
        {(!certs.is_empty()).then(|| view! {
            <h2>{t("dashboard-certificates")}</h2>
            <ul class="certificates">
                {certs.into_iter().map(|(code, course, issued)| view! {
                    <li>
                        <a href=format!("/certificates/{code}") lang=course.lang.code()>{course.text}</a>
                        " " <span class="meta">{crate::certificates::date_in_page(issued)}</span>
                    </li>
                }).collect_view()}
            </ul>
        })}
    }
}

/// A course on the dashboard with the learner's progress and, when assigned, its due date.
#[component]
fn CourseItem(card: CourseCard, due: Option<String>, overdue: bool) -> impl IntoView {
    let p = card.progress.unwrap_or(0);
    let href = format!("/courses/{}", card.slug);
    let next = match (card.completed, card.progress) {
        (true, _) => "course-open",
        (false, Some(_)) => "course-continue",
        (false, None) => "course-start",
    };
    view! {
        <li class="card course-card" class:overdue=overdue>
            <a href=href.clone()>{card.title.text}</a>
            <progress max="100" value=p.to_string()></progress>
            <span class="meta">{if card.completed { t("course-completed") } else { crate::i18n::percent(p) }}</span>
            {due.map(|iso| view! {
                <p class="due">
                    {t("dashboard-due")} " "
                    <time datetime=iso.clone()>{shown_date(&iso)}</time>
                    {overdue.then(|| view! { " " <strong class="overdue">{t("assign-overdue")}</strong> })}
                </p>
            })}
            " " <a href=href>{t(next)}</a>
        </li>
    }
}

/// An official's coverage scope, as an admin set it, with a link to their report.
#[component]
fn OfficialScope() -> impl IntoView {
    use crate::access::coverage_scope;
    let lang = use_lang();
    let districts = use_context::<Arc<[District]>>();
    let scope = async move {
        let db = web::db()?;
        let viewer = crate::access::signed_in()?;
        let scope = coverage_scope(&db, &viewer).await?;
        // Districts are loaded once at start-up; no query for a name.
        let all = districts.as_deref().unwrap_or_default();
        Ok::<_, AppError>(crate::coverage::pages::scope_name(&scope, all, lang))
    };
    view! {
        <Suspense>
            {Suspend::new(async move {
                match scope.await {
                    Ok(scope) => view! {
                        {t("dashboard-scope")} " " <strong class="scope">{scope}</strong> ". "
                        <a href="/reports/coverage">{t("coverage-link")}</a>
                    }
                    .into_any(),
                    Err(AppError::Forbidden) => t("dashboard-scope-none").into_any(),
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
