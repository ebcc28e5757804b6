//! `/courses/<slug>/offline`, where a learner saves a course on the phone, and `/offline`, what
//! the service worker shows for a page that was not saved and for answers waiting to be sent.

use super::{repo, scripts::page_script_href};
use crate::{
    courses::{repo::pick, structure},
    error::AppError,
    i18n::{number_in, t_in, use_lang, Lang},
    layout::{Page, Unavailable},
    web,
};
use leptos::{config::LeptosOptions, prelude::*};

/// The messages the page script shows, in the page's language: `%N%`-style placeholders are
/// filled in by the script.
fn script_strings(lang: Lang) -> impl IntoView {
    let tr = |id: &str, args: &[(&str, &str)]| {
        let args: Vec<(&str, String)> = args.iter().map(|(k, v)| (*k, v.to_string())).collect();
        t_in(lang, id, &args)
    };
    view! {
        <div id="offline-strings" hidden
            data-saving=tr("offline-saving", &[("done", "%DONE%"), ("total", "%TOTAL%")])
            data-saved=tr("offline-saved", &[("size", "%SIZE%")])
            data-failed=tr("offline-save-failed", &[])
            data-removed=tr("offline-removed", &[])
            data-unsupported=tr("offline-unsupported", &[])
            data-waiting=tr("offline-waiting-banner", &[("count", "%COUNT%")])
            data-sent=tr("offline-sent", &[])
            data-quiz=tr("offline-quiz-offline", &[])
            data-final=tr("offline-final-offline", &[])
            data-result=tr("offline-result", &[])
        ></div>
    }
}

/// `/courses/<slug>/offline`: what saving takes (size in the reader's language) and the button.
/// The page script does the saving; without JavaScript the page says it is needed.
#[component]
pub fn SaveCoursePage() -> impl IntoView {
    let lang = use_lang();
    let slug = crate::courses::pages::param("course");
    let db = web::db();
    let options = use_context::<LeptosOptions>();
    let loaded = async move {
        let db = db?;
        let Some(s) = structure::load(&db, &slug).await? else {
            return Ok(None);
        };
        let options = options.ok_or(AppError::Internal)?;
        let css = crate::web::assets::Assets::get(&options).css.clone();
        let root = std::path::PathBuf::from(options.site_root.as_ref());
        let pack = repo::pack(&db, &s, lang, &css, &root).await?;
        Ok::<_, AppError>(Some((
            pick(&s.course.title, lang).text,
            s.course.slug.clone(),
            pack,
        )))
    };
    let tr = move |id: &str| t_in(lang, id, &[]);
    view! {
        <Suspense>
            {Suspend::new(async move {
                let (title, slug, pack) = match loaded.await {
                    Ok(Some(found)) => found,
                    Ok(None) => return view! { <crate::shell::NotFound/> }.into_any(),
                    Err(_) => return view! { <Page title=tr("offline-save-title")><Unavailable/></Page> }.into_any(),
                };
                let kb = pack.bytes.div_ceil(1024) as i64;
                let size = t_in(lang, "offline-save-size", &[
                    ("lessons", number_in(lang, pack.lessons as i64)),
                    ("quizzes", number_in(lang, pack.quizzes as i64)),
                    ("language", lang.native_name().to_owned()),
                    ("size", number_in(lang, kb)),
                ]);
                let files = serde_json::to_string(&pack.files).unwrap_or_default();
                view! {
                    <Page title=tr("offline-save-title")>
                        <p class="breadcrumb"><a href=format!("/courses/{slug}")>{title.clone()}</a></p>
                        <p>{tr("offline-save-intro")}</p>
                        <div class="card stack" id="offline-save" data-course=slug data-title=title data-version=pack.version data-files=files>
                            <p><strong>{size}</strong></p>
                            <p class="alert notice" id="offline-needs-js">{tr("offline-needs-js")}</p>
                            <p class="actions" id="offline-actions" hidden>
                                <button type="button" id="offline-save-button" hidden>{tr("offline-save-button")}</button>
                                <button type="button" id="offline-remove-button" class="secondary" hidden>{tr("offline-remove-button")}</button>
                            </p>
                            <progress id="offline-progress" max="100" value="0" hidden></progress>
                            <p id="offline-status" role="status"></p>
                        </div>
                        <p class="hint">{tr("offline-save-hint")}</p>
                        {script_strings(lang)}
                        <script src=page_script_href() defer></script>
                    </Page>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// `/offline`: the answers waiting to be sent and the courses saved on this phone (both filled
/// in by the page script from the browser's storage). The service worker keeps a copy, shown
/// for pages that were not saved.
#[component]
pub fn OfflinePage() -> impl IntoView {
    let lang = use_lang();
    let tr = move |id: &str| t_in(lang, id, &[]);
    view! {
        <Page title=tr("offline-title")>
            <p id="offline-intro">{tr("offline-intro")}</p>
            <section class="card stack" id="offline-waiting" hidden>
                <h2>{tr("offline-waiting-heading")}</h2>
                <p>{tr("offline-waiting-text")}</p>
                <ul id="offline-queue"></ul>
                <p><button type="button" id="offline-send">{tr("offline-send-now")}</button></p>
            </section>
            <section class="card stack">
                <h2>{tr("offline-saved-heading")}</h2>
                <ul id="offline-courses"></ul>
                <p id="offline-none">{tr("offline-saved-none")}</p>
            </section>
            {script_strings(lang)}
            <script src=page_script_href() defer></script>
        </Page>
    }
}

/// The link from a course page to [`SaveCoursePage`].
#[component]
pub fn SaveForOfflineLink(slug: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <p class="offline-link"><a href=format!("/courses/{slug}/offline")>{t_in(lang, "offline-save-link", &[])}</a></p>
    }
}
