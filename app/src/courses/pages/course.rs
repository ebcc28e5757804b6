use super::{param, LocalizedText};
use crate::{
    courses::repo,
    i18n::{t_in, use_lang},
    layout::Page,
    web,
};
use leptos::prelude::*;

/// `/courses/<slug>`: modules, lessons, quizzes and the viewer's progress.
#[component]
pub fn CoursePage() -> impl IntoView {
    let lang = use_lang();
    let slug = param("course");
    let user = web::viewer().map(|v| v.id);
    let db = web::db();
    let outline = async move {
        let db = db.ok()?;
        let c = crate::courses::structure::load(&db, &slug).await.ok()??;
        repo::outline(&db, &c, lang, user).await.ok()
    };
    let tr = move |id: &str| t_in(lang, id, &[]);
    view! {
        <Suspense>
            {Suspend::new(async move {
                let Some(o) = outline.await else {
                    return view! { <crate::shell::NotFound/> }.into_any();
                };
                let base = format!("/courses/{}", o.slug);
                let signed_in = user.is_some();
                view! {
                    <Page title=o.title.text.clone()>
                        <p class="lead"><LocalizedText text=o.summary.clone() shown=lang notice=true/></p>
                        {signed_in.then(|| view! {
                            <p><progress max="100" value=o.progress.to_string()></progress> " "
                            {t_in(lang, "catalogue-progress", &[("percent", o.progress.to_string())])}</p>
                        })}
                        // The one main button: the certificate once earned, else where to go on.
                        {match (o.certificate.clone(), o.resume.clone()) {
                            (Some(code), _) => Some(view! {
                                <p><strong>{tr("course-completed")}</strong> " "
                                <a class="button" href=format!("/certificates/{code}")>{tr("course-certificate")}</a></p>
                            }.into_any()),
                            (None, Some(key)) => Some(view! {
                                <p><a class="button" href=format!("{base}/lessons/{key}")>
                                    {tr(if o.started { "course-continue" } else { "course-start" })}
                                </a></p>
                            }.into_any()),
                            (None, None) => None,
                        }}
                        {(!signed_in).then(|| view! { <p class="alert notice">{tr("course-sign-in-to-save")}</p> })}
                        <crate::offline::SaveForOfflineLink slug=o.slug.clone()/>
                        <ol class="modules">
                            {o.modules.into_iter().map(|m| {
                                let base = base.clone();
                                view! {
                                    <li class="card module">
                                        <h2><LocalizedText text=m.title shown=lang/></h2>
                                        <p><LocalizedText text=m.summary shown=lang/></p>
                                        <ol class="lessons">
                                            {m.lessons.into_iter().map(|l| view! {
                                                <li class:done=l.done>
                                                    <a href=format!("{base}/lessons/{}", l.key)><LocalizedText text=l.title shown=lang/></a>
                                                    {l.done.then(|| view! { " " <span class="done-mark" aria-label=tr("lesson-done")>"✓"</span> })}
                                                </li>
                                            }).collect_view()}
                                        </ol>
                                        <p>
                                            <a href=format!("{base}/quizzes/{}", m.quiz_key)>{tr("course-practice-quiz")}</a>
                                            {m.best.map(|(c, t)| view! { " " <span class="meta">{t_in(lang, "quiz-best", &[("correct", c.to_string()), ("total", t.to_string())])}</span> })}
                                        </p>
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                        <section class="card final">
                            <h2>{tr("course-final-heading")}</h2>
                            <p>{t_in(lang, "course-final-text", &[("pass", o.pass_mark.to_string())])}</p>
                            {match o.certificate {
                                Some(code) => view! { <a class="button" href=format!("/certificates/{code}")>{tr("course-certificate")}</a> }.into_any(),
                                None => view! { <a class="button" href=format!("{base}/quizzes/{}", o.final_quiz_key)>{tr("course-final-start")}</a> }.into_any(),
                            }}
                        </section>
                    </Page>
                }
                .into_any()
            })}
        </Suspense>
    }
}
