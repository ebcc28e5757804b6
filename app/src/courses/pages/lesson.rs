use super::{param, LocalizedText};
use crate::{
    courses::{api::CompleteLesson, repo},
    i18n::{t_in, use_lang},
    islands::ReadAloud,
    layout::Page,
    web,
};
use leptos::{prelude::*, server_fn::ServerFn};

/// `/courses/<slug>/lessons/<key>`: the lesson reader. Anyone can read; signed-in learners can
/// mark the lesson complete.
#[component]
pub fn LessonPage() -> impl IntoView {
    let lang = use_lang();
    let (slug, key) = (param("course"), param("lesson"));
    let user = web::viewer().map(|v| v.id);
    let db = web::db();
    let lesson = async move {
        let db = db.ok()?;
        let c = crate::courses::structure::load(&db, &slug).await.ok()??;
        repo::lesson_view(&db, &c, &key, lang, user).await.ok()?
    };
    let tr = move |id: &str| t_in(lang, id, &[]);
    view! {
        <Suspense>
            {Suspend::new(async move {
                let Some(l) = lesson.await else {
                    return view! { <crate::shell::NotFound/> }.into_any();
                };
                let base = format!("/courses/{}", l.course_slug);
                let next_path = match (&l.module_quiz, &l.next) {
                    (Some(quiz), _) => format!("{base}/quizzes/{quiz}"),
                    (None, Some(next)) => format!("{base}/lessons/{}", next.key),
                    (None, None) => base.clone(),
                };
                let fallback = l.lang != lang;
                view! {
                    <Page title=l.title.clone()>
                        <p class="breadcrumb"><a href=base.clone()><LocalizedText text=l.course_title.clone() shown=lang/></a></p>
                        {fallback.then(|| view! {
                            <p class="fallback-notice">{t_in(lang, "content-fallback", &[("language", l.lang.native_name().to_string())])}</p>
                        })}
                        <ReadAloud
                            target="lesson-body".to_owned()
                            lang=l.lang.code().to_owned()
                            start_label=tr("read-aloud")
                            stop_label=tr("read-aloud-stop")
                        />
                        {l.audio.clone().map(|src| view! {
                            <figure class="lesson-audio">
                                <figcaption>{tr("lesson-listen")}</figcaption>
                                <audio controls=true preload="none" src=src></audio>
                            </figure>
                        })}
                        <article id="lesson-body" class="lesson" lang=l.lang.code() dir=l.lang.dir().as_str() inner_html=l.html.clone()></article>
                        {match user {
                            Some(_) if l.done => view! { <p class="alert notice">{tr("lesson-done")}</p> }.into_any(),
                            Some(_) => view! {
                                <form method="post" action=CompleteLesson::url() class="complete">
                                    <input type="hidden" name="course" value=l.course_slug.clone()/>
                                    <input type="hidden" name="lesson" value=l.key.clone()/>
                                    <input type="hidden" name="next" value=next_path.clone()/>
                                    <button type="submit">{tr("lesson-complete")}</button>
                                </form>
                            }.into_any(),
                            None => view! { <p class="hint"><a href="/login">{tr("nav-login")}</a> " " {tr("lesson-sign-in-hint")}</p> }.into_any(),
                        }}
                        <nav class="pager" aria-label=tr("lesson-pager")>
                            {l.prev.map(|p| view! { <a rel="prev" href=format!("{base}/lessons/{}", p.key)><span class="arrow" aria-hidden="true">"←"</span> " " <LocalizedText text=p.title shown=lang/></a> })}
                            {match (l.module_quiz.clone(), l.next) {
                                (Some(quiz), _) => view! { <a rel="next" href=format!("{base}/quizzes/{quiz}")>{tr("course-practice-quiz")} " " <span class="arrow" aria-hidden="true">"→"</span></a> }.into_any(),
                                (None, Some(n)) => view! { <a rel="next" href=format!("{base}/lessons/{}", n.key)><LocalizedText text=n.title shown=lang/> " " <span class="arrow" aria-hidden="true">"→"</span></a> }.into_any(),
                                (None, None) => ().into_any(),
                            }}
                        </nav>
                    </Page>
                }
                .into_any()
            })}
        </Suspense>
    }
}
