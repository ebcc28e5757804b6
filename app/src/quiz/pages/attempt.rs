use super::Feedback;
use crate::{
    i18n::{t_in, use_lang},
    layout::Page,
    quiz::repo,
    web,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/courses/<slug>/quizzes/<key>/attempts/<attempt>`: the score; for practice quizzes each
/// answer with its explanation; for a failed final the modules to revise, never which answers
/// were right. Only the learner who made the attempt can see it.
#[component]
pub fn AttemptPage() -> impl IntoView {
    let lang = use_lang();
    let (slug, key, attempt) = use_params_map().with_untracked(|p| {
        (
            p.get("course").unwrap_or_default(),
            p.get("quiz").unwrap_or_default(),
            p.get("attempt").unwrap_or_default(),
        )
    });
    let Some(viewer) = web::viewer() else {
        crate::web::redirect_to_login();
        return ().into_any();
    };
    let db = web::db();
    let tr = move |id: &str| t_in(lang, id, &[]);
    let course_path = format!("/courses/{slug}");
    let quiz_path = format!("/courses/{slug}/quizzes/{key}");
    let result = async move {
        let db = db.ok()?;
        let loaded = repo::load(&db, &slug, &key).await.ok()??;
        repo::result(&db, viewer.id, &loaded, &attempt, lang)
            .await
            .ok()?
    };
    view! {
        <Suspense>
            {Suspend::new(async move {
                let Some(r) = result.await else {
                    return view! { <crate::shell::NotFound/> }.into_any();
                };
                let score = t_in(lang, "quiz-score", &[("correct", r.correct.to_string()), ("total", r.total.to_string()), ("percent", r.percent.to_string())]);
                view! {
                    <Page title=tr("quiz-result-title")>
                        <p class="score" data-correct=r.correct.to_string() data-total=r.total.to_string()>{score}</p>
                        {r.is_final.then(|| if r.passed {
                            view! { <p class="alert notice passed">{tr("quiz-passed")}</p> }.into_any()
                        } else {
                            view! { <p class="alert error">{t_in(lang, "quiz-not-passed", &[("pass", r.pass_mark.to_string())])}</p> }.into_any()
                        })}
                        // Passed the final: the certificate is the one main button.
                        {r.certificate.clone().map(|code| view! { <p><a class="button" href=format!("/certificates/{code}")>{tr("course-certificate")}</a></p> })}
                        {(!r.revise.is_empty()).then(|| view! {
                            <section class="revise">
                                <h2>{tr("quiz-revise-heading")}</h2>
                                <ul>{r.revise.into_iter().map(|title| view! { <li>{title}</li> }).collect_view()}</ul>
                            </section>
                        })}
                        {(!r.review.is_empty()).then(|| view! {
                            <ol class="review">
                                {r.review.into_iter().map(|item| { let right = item.correct; view! {
                                    <li class="card" class:right=right class:wrong=!right>
                                        <p class="prompt">{item.prompt.clone()}</p>
                                        <Feedback item=item lang=lang/>
                                    </li>
                                }}).collect_view()}
                            </ol>
                        })}
                        <p class="actions">
                            {r.certificate.is_none().then(|| view! { <a class="button" href=quiz_path>{tr("quiz-try-again")}</a> })}
                            <a href=course_path>{tr("quiz-back-to-course")}</a>
                        </p>
                    </Page>
                }
                .into_any()
            })}
        </Suspense>
    }
    .into_any()
}
