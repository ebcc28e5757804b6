//! The HTML document and the routes.

use crate::{
    admin::{AccountsPage, AuditPage, LearnersPage, StaffPage, TargetsPage},
    auth::pages::{ChangePasswordPage, LoginPage, RegisterPage, StartPage},
    certificates::{CertificatePage, VerifyFormPage, VerifyPage},
    cohorts::{
        AssignmentsPage, AttendancePage, CohortPage, CohortsPage, LearnerPage, ProgressPage,
        SlipsPage,
    },
    cohorts::{PreviewPage, UploadPage},
    courses::{glossary::GlossaryPage, CataloguePage, CoursePage, LessonPage},
    coverage::pages::{CoverageReportPage, PublicCoveragePage},
    dashboard::DashboardPage,
    home::HomePage,
    i18n::{t, Lang},
    layout::{Page, Unavailable},
    offline::{OfflinePage, SaveCoursePage},
    quiz::{AttemptPage, QuizPage},
};
use http::request::Parts;
use leptos::{config::LeptosOptions, prelude::*};
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

/// The document around every page. `<html lang dir>` follows the negotiated language, so Urdu
/// and Kashmiri pages are right-to-left from the first byte.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let parts = use_context::<Parts>();
    let lang = parts
        .as_ref()
        .and_then(|p| p.extensions.get::<Lang>().copied())
        .unwrap_or_default();
    // A browser in data-saver mode asks for less: Urdu is then set in the 34 KB Naskh font
    // instead of the 98 KB Nastaliq (style/main.css).
    let save_data = parts.as_ref().is_some_and(|p| {
        p.headers
            .get("save-data")
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"on"))
    });
    provide_context(lang);
    let assets = crate::web::assets::Assets::get(&options);
    let staff = parts
        .as_ref()
        .is_some_and(|p| crate::web::assets::is_staff_page(p.uri.path()));
    crate::web::headers::set_page_policy();
    // Outside islands the server renders no hydration markers (what HydrationScripts would do).
    if let Some(sc) = leptos::reactive::owner::Owner::current_shared_context() {
        sc.set_is_hydrating(false);
    }
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir().as_str() class:save-data=save_data>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <link rel="stylesheet" href=format!("/pkg/{}", assets.css)/>
                {staff.then(|| view! { <link rel="stylesheet" href=crate::web::assets::staff_css_href()/> })}
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <script type="module" nonce=use_nonce()>{assets.island_loader()}</script>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// All pages. Every route renders completely on the server before the response is sent, so
/// nothing depends on JavaScript.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                <Route path=path!("/register") view=RegisterPage ssr=SsrMode::Async/>
                <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async/>
                <Route path=path!("/start") view=StartPage ssr=SsrMode::Async/>
                <Route path=path!("/cohorts") view=CohortsPage ssr=SsrMode::Async/>
                <Route path=path!("/cohorts/:cohort") view=CohortPage ssr=SsrMode::Async/>
                <Route path=path!("/cohorts/:cohort/slips") view=SlipsPage ssr=SsrMode::Async/>
                <Route path=path!("/cohorts/:cohort/upload") view=UploadPage ssr=SsrMode::Async/>
                <Route path=path!("/cohorts/:cohort/uploads/:upload") view=PreviewPage ssr=SsrMode::Async/>
                <Route path=path!("/cohorts/:cohort/assignments") view=AssignmentsPage ssr=SsrMode::Async/>
                <Route path=path!("/cohorts/:cohort/attendance") view=AttendancePage ssr=SsrMode::Async/>
                <Route path=path!("/cohorts/:cohort/progress") view=ProgressPage ssr=SsrMode::Async/>
                <Route path=path!("/learners/:learner") view=LearnerPage ssr=SsrMode::Async/>
                <Route path=path!("/dashboard") view=DashboardPage ssr=SsrMode::Async/>
                <Route path=path!("/reports/coverage") view=CoverageReportPage ssr=SsrMode::Async/>
                <Route path=path!("/coverage") view=PublicCoveragePage ssr=SsrMode::Async/>
                <Route path=path!("/account/password") view=ChangePasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/staff") view=StaffPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/accounts") view=AccountsPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/audit") view=AuditPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/learners") view=LearnersPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/targets") view=TargetsPage ssr=SsrMode::Async/>
                <Route path=path!("/courses") view=CataloguePage ssr=SsrMode::Async/>
                <Route path=path!("/glossary") view=GlossaryPage ssr=SsrMode::Async/>
                <Route path=path!("/courses/:course") view=CoursePage ssr=SsrMode::Async/>
                <Route path=path!("/courses/:course/lessons/:lesson") view=LessonPage ssr=SsrMode::Async/>
                <Route path=path!("/courses/:course/offline") view=SaveCoursePage ssr=SsrMode::Async/>
                <Route path=path!("/offline") view=OfflinePage ssr=SsrMode::Async/>
                <Route path=path!("/courses/:course/quizzes/:quiz") view=QuizPage ssr=SsrMode::Async/>
                <Route path=path!("/courses/:course/quizzes/:quiz/attempts/:attempt") view=AttemptPage ssr=SsrMode::Async/>
                <Route path=path!("/certificates/:code") view=CertificatePage ssr=SsrMode::Async/>
                <Route path=path!("/verify") view=VerifyFormPage ssr=SsrMode::Async/>
                <Route path=path!("/verify/:code") view=VerifyPage ssr=SsrMode::Async/>
            </Routes>
        </Router>
    }
}

/// The 404 page, also shown by pages whose course, lesson, quiz or certificate does not exist.
/// When the server-function endpoint renders a refused request, its error shows instead. A page
/// that found nothing because the database is away says so (503), never "not found".
#[component]
pub fn NotFound() -> impl IntoView {
    if let Some(shown) = use_context::<crate::web::ErrorShown>() {
        return view! { <ErrorPage shown/> }.into_any();
    }
    // 404 at once: the router's fallback streams its response, so a status set after the
    // database check would come too late there (pages render whole first, and get the 503).
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    let db = crate::web::db();
    view! {
        <Suspense>
            {Suspend::new(async move {
                let reachable = match &db {
                    Ok(db) => crate::db::ping(db).await,
                    Err(_) => false,
                };
                if !reachable {
                    return view! { <Page title=t("error-page-title")><Unavailable/></Page> }.into_any();
                }
                view! {
                    <Page title=t("error-not-found-title")>
                        <p>{t("error-not-found")}</p>
                        <p><a href="/">{t("nav-home")}</a></p>
                    </Page>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}

/// A refused request, in the reader's language, with a way back to the form.
#[component]
fn ErrorPage(shown: crate::web::ErrorShown) -> impl IntoView {
    let message = crate::i18n::t_args(shown.error.message_id(), &shown.error.message_args());
    view! {
        <Page title=t("error-page-title")>
            <p class="error" role="alert">{message}</p>
            <p>
                {shown.back.map(|back| view! { <a href=back>{t("error-page-back")}</a>" · " })}
                <a href="/">{t("nav-home")}</a>
            </p>
        </Page>
    }
}
