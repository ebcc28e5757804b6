use crate::{
    courses::repo::pick,
    i18n::{t_in, use_lang, Lang},
    islands::ReadAloud,
    layout::{FlashMessage, Page},
    quiz::{api::SubmitQuiz, repo, QuestionKind, QuestionView},
    web::{self, flash},
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_params_map;

/// `/courses/<slug>/quizzes/<key>`: the questions as a plain form. Answers are not in the page;
/// the attempt id is generated here so a resubmission counts once.
#[component]
pub fn QuizPage() -> impl IntoView {
    let lang = use_lang();
    let (slug, key) = use_params_map().with_untracked(|p| {
        (
            p.get("course").unwrap_or_default(),
            p.get("quiz").unwrap_or_default(),
        )
    });
    let signed_in = web::viewer().is_some();
    let flash = flash::take();
    let attempt = uuid::Uuid::new_v4().to_string();
    let db = web::db();
    let tr = move |id: &str| t_in(lang, id, &[]);
    let loaded = {
        let attempt = attempt.clone();
        async move {
            let loaded = repo::load(&db.ok()?, &slug, &key).await.ok()??;
            let views = repo::views(&loaded.questions, lang, &attempt);
            Some((
                loaded.course.slug,
                pick(&loaded.course.title, lang).text,
                loaded.quiz.key,
                loaded.quiz.kind == "final",
                views,
            ))
        }
    };
    view! {
        <Suspense>
            {Suspend::new(async move {
                let Some((course, course_title, quiz, is_final, questions)) = loaded.await else {
                    return view! { <crate::shell::NotFound/> }.into_any();
                };
                let title = tr(if is_final { "quiz-final-title" } else { "quiz-practice-title" });
                let count = questions.len();
                view! {
                    <Page title=title>
                        <p class="breadcrumb"><a href=format!("/courses/{course}")>{course_title}</a></p>
                        <FlashMessage flash=flash/>
                        {if signed_in {
                            view! {
                                <form method="post" action=SubmitQuiz::url() class="quiz stack">
                                    <input type="hidden" name="course" value=course.clone()/>
                                    <input type="hidden" name="quiz" value=quiz.clone()/>
                                    <input type="hidden" name="attempt" value=attempt.clone()/>
                                    {questions.into_iter().enumerate().map(|(i, q)| question(q, i + 1, count, lang)).collect_view()}
                                    <button type="submit">{tr("quiz-submit")}</button>
                                </form>
                            }.into_any()
                        } else {
                            view! {
                                <p class="alert notice">{tr("quiz-sign-in")}</p>
                                <p><a class="button" href="/login">{tr("nav-login")}</a> " " <a href="/register">{tr("nav-register")}</a></p>
                            }.into_any()
                        }}
                    </Page>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// One question as a fieldset. Field names follow `scoring::responses_from_form`.
fn question(q: QuestionView, number: usize, count: usize, lang: Lang) -> impl IntoView {
    let legend_id = format!("q-{}", q.id);
    let heading = t_in(
        lang,
        "quiz-question-number",
        &[("number", number.to_string()), ("count", count.to_string())],
    );
    let hint = match q.kind {
        QuestionKind::Multiple => Some(t_in(lang, "quiz-hint-multiple", &[])),
        QuestionKind::Order => Some(t_in(lang, "quiz-hint-order", &[])),
        _ => None,
    };
    let inputs = match q.kind {
        QuestionKind::Single | QuestionKind::TrueFalse => q
            .options
            .iter()
            .map(|(id, text)| {
                view! { <label class="choice"><input type="radio" name=format!("answers[{}]", q.id) value=id.clone() required=true/> <span>{text.clone()}</span></label> }
                    .into_any()
            })
            .collect::<Vec<_>>(),
        QuestionKind::Multiple => q
            .options
            .iter()
            .map(|(id, text)| {
                view! { <label class="choice"><input type="checkbox" name=format!("answers[{}:{}]", q.id, id) value="on"/> <span>{text.clone()}</span></label> }
                    .into_any()
            })
            .collect(),
        QuestionKind::Order => {
            let choose = t_in(lang, "form-choose", &[]);
            (1..=q.options.len())
                .map(|pos| {
                    let options = q.options.clone();
                    let choose = choose.clone();
                    view! {
                        <label class="order-step">
                            <span class="step-number">{pos}</span>
                            <select name=format!("answers[{}#{}]", q.id, pos) required=true>
                                <option value="">{choose}</option>
                                {options.into_iter().map(|(id, text)| view! { <option value=id>{text}</option> }).collect_view()}
                            </select>
                        </label>
                    }
                    .into_any()
                })
                .collect()
        }
    };
    let prompt_id = format!("prompt-{}", q.id);
    view! {
        <fieldset class="card question" aria-labelledby=legend_id.clone()>
            <legend id=legend_id.clone()><span class="meta">{heading}</span></legend>
            <p class="prompt" id=prompt_id.clone()>{q.prompt.clone()}</p>
            <ReadAloud target=prompt_id lang=lang.code().to_owned() start_label=t_in(lang, "read-aloud", &[]) stop_label=t_in(lang, "read-aloud-stop", &[])/>
            {hint.map(|h| view! { <p class="hint">{h}</p> })}
            <div class="choices">{inputs}</div>
        </fieldset>
    }
}
