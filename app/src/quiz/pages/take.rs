use super::Feedback;
use crate::{
    courses::repo::pick,
    db::now,
    error::AppError,
    i18n::{india_time, t_in, use_lang, Lang},
    islands::ReadAloud,
    layout::{FlashMessage, Page, Unavailable},
    quiz::{
        api::{CheckAnswer, SaveAnswers, SubmitQuiz},
        drafts::{self, AttemptState},
        finals::{self, Allowance},
        repo, screens, QuestionKind, QuestionView, ReviewItem,
    },
    web::{self, flash},
};
use leptos::{nonce::use_nonce, prelude::*, server_fn::ServerFn};
use leptos_router::hooks::{use_params_map, use_query_map};

/// What the page knows of one question in this attempt.
struct Shown {
    view: QuestionView,
    /// Options chosen so far (from a saved draft).
    chosen: Vec<String>,
    /// Feedback once the answer was checked (practice quizzes).
    feedback: Option<ReviewItem>,
}

/// The quiz as the page shows it to the viewer.
struct ShownQuiz {
    course: String,
    course_title: String,
    quiz: String,
    is_final: bool,
    /// The attempt the form posts: the page's own, or the learner's unsubmitted draft.
    attempt: String,
    /// A final's attempts per 24 hours, and how many the signed-in learner has left.
    limit: u32,
    allowance: Option<Allowance>,
    questions: Vec<Shown>,
}

/// `/courses/<slug>/quizzes/<key>`: the questions as a plain form. Answers are not in the page;
/// the attempt id is generated here so a resubmission counts once. In practice quizzes each
/// question has a "Check" button: the page comes back (`?attempt=`) with that answer's feedback.
/// A final whose attempts are used up for now says when it can be taken again, without the form.
/// A final shows a few questions per screen (`?screen=`); "Next", "Back" and "Save" keep the
/// answers on the server, so do a script as the learner answers, and opening the quiz again
/// goes on with the unsubmitted attempt.
#[component]
pub fn QuizPage() -> impl IntoView {
    let lang = use_lang();
    let (slug, key) = use_params_map().with_untracked(|p| {
        (
            p.get("course").unwrap_or_default(),
            p.get("quiz").unwrap_or_default(),
        )
    });
    let viewer = web::viewer();
    let signed_in = viewer.is_some();
    let flash = flash::take();
    let (requested, screen) = use_query_map().with_untracked(|q| {
        (
            q.get("attempt").filter(|a| repo::valid_attempt_key(a)),
            q.get("screen").and_then(|s| s.parse::<usize>().ok()),
        )
    });
    let db = web::db();
    let tr = move |id: &str| t_in(lang, id, &[]);
    let loaded = {
        // Nothing to show is `Ok(None)` (404); a failed query is an error (503), not "nothing".
        async move {
            let db = db?;
            let Some(loaded) = repo::load(&db, &slug, &key).await? else {
                return Ok(None);
            };
            let attempt = match (requested, &viewer) {
                (Some(a), _) => Some(a),
                (None, Some(v)) => drafts::latest(&db, v.id, loaded.quiz.id).await?,
                (None, None) => None,
            }
            .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
            let state = match &viewer {
                Some(v) => drafts::state(&db, v.id, loaded.quiz.id, &attempt).await?,
                None => AttemptState::Fresh,
            };
            let (responses, checked) = match state {
                AttemptState::Fresh => Default::default(),
                AttemptState::Draft { responses, checked } => (responses, checked),
                AttemptState::Submitted => {
                    let result = format!("/courses/{slug}/quizzes/{key}/attempts/{attempt}");
                    leptos_axum::redirect(&result);
                    return Ok(None);
                }
            };
            let limit = loaded.final_attempts_per_day();
            let allowance = match &viewer {
                Some(v) if loaded.is_final() => {
                    Some(finals::allowance(&db, v.id, loaded.quiz.id, limit, now()).await?)
                }
                _ => None,
            };
            let questions = repo::views(&loaded.questions, lang, &attempt)
                .into_iter()
                .zip(&loaded.questions)
                .map(|(view, q)| Shown {
                    chosen: responses.get(&q.id).cloned().unwrap_or_default(),
                    feedback: checked.get(&q.id).map(|c| repo::review_item(q, c, lang)),
                    view,
                })
                .collect::<Vec<_>>();
            Ok::<_, AppError>(Some(ShownQuiz {
                is_final: loaded.is_final(),
                course_title: pick(&loaded.course.title, lang).text,
                course: loaded.course.slug,
                quiz: loaded.quiz.key,
                attempt,
                limit,
                allowance,
                questions,
            }))
        }
    };
    view! {
        <Suspense>
            {Suspend::new(async move {
                let shown = match loaded.await {
                    Ok(Some(shown)) => shown,
                    Ok(None) => return view! { <crate::shell::NotFound/> }.into_any(),
                    Err(_) => {
                        return view! { <Page title=tr("quiz-practice-title")><Unavailable/></Page> }
                            .into_any()
                    }
                };
                let ShownQuiz { course, course_title, quiz, is_final, attempt, limit, allowance, questions } = shown;
                // A question that could not be checked says so in its own box (the page
                // returns to it), not at the top of a long page.
                let mut flash = flash;
                let question_error = match flash.field.clone() {
                    Some(f) if questions.iter().any(|q| q.view.id == f) => {
                        flash.error.take().map(|e| (f, e))
                    }
                    _ => None,
                };
                let title = tr(if is_final { "quiz-final-title" } else { "quiz-practice-title" });
                let count = questions.len();
                let course_path = format!("/courses/{course}");
                let body = match allowance {
                    _ if !signed_in => view! {
                        <p class="alert notice">{tr("quiz-sign-in")}</p>
                        <p><a class="button" href=web::login_returning_to(&web::current_path())>{tr("nav-login")}</a> " " <a href="/register">{tr("nav-register")}</a></p>
                    }.into_any(),
                    Some(Allowance::Used { again_at }) => view! {
                        <p class="alert notice" role="status">{t_in(lang, "quiz-final-limit-used", &[("limit", limit.to_string())])}</p>
                        <p>{retry_after(again_at, lang)}</p>
                        <p><a class="button" href=course_path.clone()>{tr("quiz-back-to-course")}</a></p>
                    }.into_any(),
                    allowance => {
                        let hint = match allowance {
                            Some(Allowance::Open { left }) => Some(t_in(lang, "quiz-final-attempts-left", &[("limit", limit.to_string()), ("left", left.to_string())])),
                            _ if !is_final => Some(tr("quiz-check-hint")),
                            _ => None,
                        };
                        let screen = is_final.then(|| screen.unwrap_or(1).clamp(1, screens::count(count)));
                        let shown_range = screen.map_or(0..count, |s| screens::range(count, s));
                        let answered: Vec<bool> = questions.iter().map(|q| !q.chosen.is_empty() || q.feedback.is_some()).collect();
                        view! {
                            {hint.map(|h| view! { <p class="hint">{h}</p> })}
                            {screen.map(|_| progress(&answered, shown_range.clone(), lang))}
                            <form method="post" action=SubmitQuiz::url() class="quiz stack" id="quiz" data-save=SaveAnswers::url()>
                                <input type="hidden" name="course" value=course.clone()/>
                                <input type="hidden" name="quiz" value=quiz.clone()/>
                                <input type="hidden" name="attempt" value=attempt.clone()/>
                                {screen.map(|s| view! { <input type="hidden" name="screen" value=s/> })}
                                {questions.into_iter().enumerate().filter(|(i, _)| shown_range.contains(i)).map(|(i, q)| {
                                    let error = question_error
                                        .as_ref()
                                        .filter(|(id, _)| *id == q.view.id)
                                        .map(|(_, message)| t_in(lang, message, &[]));
                                    question(q, i + 1, count, !is_final, error, lang)
                                }).collect_view()}
                                {match screen {
                                    Some(s) => screen_buttons(s, &answered, lang).into_any(),
                                    None => view! { <button type="submit">{tr("quiz-submit")}</button> }.into_any(),
                                }}
                            </form>
                            {signed_in.then(|| view! { <script nonce=use_nonce()>{AUTOSAVE}</script> })}
                        }.into_any()
                    }
                };
                view! {
                    <Page title=title>
                        <p class="breadcrumb"><a href=course_path>{course_title}</a></p>
                        <FlashMessage flash=flash/>
                        {body}
                    </Page>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// Saves the quiz form (without the button pressed) shortly after each change, so an answer is
/// kept even if the phone closes the tab; a failed save (offline) is simply tried at the next.
const AUTOSAVE: &str = r#"((f) => { let t; f?.addEventListener("change", () => { clearTimeout(t); t = setTimeout(() => fetch(f.dataset.save, { method: "POST", headers: { Accept: "application/json" }, body: new URLSearchParams(new FormData(f)) }).catch(() => {}), 300); }); })(document.getElementById("quiz"));"#;

/// Where the learner is in a final: the questions of this screen, and how many are answered.
fn progress(answered: &[bool], shown: std::ops::Range<usize>, lang: Lang) -> impl IntoView {
    let count = answered.len();
    let done = answered.iter().filter(|a| **a).count();
    let screen = t_in(
        lang,
        "quiz-screen-questions",
        &[
            ("from", (shown.start + 1).to_string()),
            ("to", shown.end.to_string()),
            ("count", count.to_string()),
        ],
    );
    let label = t_in(
        lang,
        "quiz-answered",
        &[("answered", done.to_string()), ("count", count.to_string())],
    );
    view! {
        <div class="quiz-progress">
            <p><strong>{screen}</strong> " · " <span id="quiz-answered">{label}</span></p>
            <progress max=count value=done aria-labelledby="quiz-answered"></progress>
        </div>
    }
}

/// A final's buttons: "Next" (or, on the last screen, "Submit" after the questions still
/// unanswered), "Save" and "Back". Every one but "Submit" saves this screen and moves to the
/// `go` screen; the first in the form is what the Enter key presses.
fn screen_buttons(screen: usize, answered: &[bool], lang: Lang) -> impl IntoView {
    let last = screens::count(answered.len());
    let save = SaveAnswers::url();
    let go = move |to: usize, label: String, class: &'static str| {
        view! { <button type="submit" class=class formaction=save formnovalidate=true name="go" value=to>{label}</button> }
    };
    // Listed on the last screen only, before "Submit".
    let unanswered: Vec<usize> = answered
        .iter()
        .enumerate()
        .filter(|(_, a)| screen == last && !**a)
        .map(|(i, _)| i)
        .collect();
    let main = if screen < last {
        go(screen + 1, t_in(lang, "quiz-next", &[]), "").into_any()
    } else {
        view! { <button type="submit">{t_in(lang, "quiz-submit", &[])}</button> }.into_any()
    };
    view! {
        {(!unanswered.is_empty()).then(|| view! {
            <div class="alert notice">
                <p>{t_in(lang, "quiz-unanswered", &[("count", unanswered.len().to_string())])}</p>
                // Numbers only, so fifteen fit a phone's width; each says what it is to a reader.
                <p class="unanswered">{unanswered.iter().map(|i| {
                    let label = t_in(lang, "quiz-go-to-question", &[("number", (i + 1).to_string())]);
                    view! { <button type="submit" class="secondary" formaction=save formnovalidate=true name="go" value=screens::of_question(*i) aria-label=label>{i + 1}</button> }
                }).collect_view()}</p>
            </div>
        })}
        <div class="quiz-nav">
            {main}
            {go(screen, t_in(lang, "quiz-save", &[]), "secondary")}
            {(screen > 1).then(|| go(screen - 1, t_in(lang, "quiz-back", &[]), "secondary"))}
        </div>
    }
}

/// "You can take it again after <time> on <date>", in India's time zone (where the learners
/// are), rounded up to the minute so the time shown is never too early.
fn retry_after(again_at: i64, lang: Lang) -> String {
    let minute = (again_at + 59).div_euclid(60) * 60;
    let (time, date) = india_time(minute)
        .map(|t| {
            (
                t.format("%H:%M").to_string(),
                t.format("%d-%m-%Y").to_string(),
            )
        })
        .unwrap_or_default();
    t_in(
        lang,
        "quiz-final-limit-retry",
        &[("time", time), ("date", date)],
    )
}

/// One question as a fieldset. Field names follow `scoring::responses_from_form`. A checked
/// question shows its feedback and can no longer be changed.
fn question(
    shown: Shown,
    number: usize,
    count: usize,
    practice: bool,
    error: Option<String>,
    lang: Lang,
) -> impl IntoView {
    let Shown {
        view: q,
        chosen,
        feedback,
    } = shown;
    let locked = feedback.is_some();
    // A final's unanswered questions are listed before it is submitted instead.
    let required = practice && !locked;
    let is_chosen = |id: &str| chosen.iter().any(|c| c == id);
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
                view! { <label class="choice"><input type="radio" name=format!("answers[{}]", q.id) value=id.clone() required=required checked=is_chosen(id) disabled=locked/> <span>{text.clone()}</span></label> }
                    .into_any()
            })
            .collect::<Vec<_>>(),
        QuestionKind::Multiple => q
            .options
            .iter()
            .map(|(id, text)| {
                view! { <label class="choice"><input type="checkbox" name=format!("answers[{}:{}]", q.id, id) value="on" checked=is_chosen(id) disabled=locked/> <span>{text.clone()}</span></label> }
                    .into_any()
            })
            .collect(),
        QuestionKind::Order => {
            let choose = t_in(lang, "form-choose", &[]);
            (1..=q.options.len())
                .map(|pos| {
                    let options = q.options.clone();
                    let choose = choose.clone();
                    let at_pos = chosen.get(pos - 1).cloned();
                    view! {
                        <label class="order-step">
                            <span class="step-number">{pos}</span>
                            <select name=format!("answers[{}#{}]", q.id, pos) required=required disabled=locked>
                                <option value="">{choose}</option>
                                {options.into_iter().map(|(id, text)| {
                                    let selected = at_pos.as_deref() == Some(id.as_str());
                                    view! { <option value=id selected=selected>{text}</option> }
                                }).collect_view()}
                            </select>
                        </label>
                    }
                    .into_any()
                })
                .collect()
        }
    };
    let invalid = error.is_some();
    let prompt_id = format!("prompt-{}", q.id);
    let feedback_id = format!("feedback-{}", q.id);
    let after = match feedback {
        Some(item) => {
            let right = item.correct;
            view! {
            <div class="feedback" class:right=right class:wrong=!right id=feedback_id role="status">
                <Feedback item=item lang=lang/>
            </div>
            }
            .into_any()
        }
        None if practice => view! {
            <button type="submit" class="secondary check" formaction=CheckAnswer::url() formnovalidate=true name="check" value=q.id.clone()>
                {t_in(lang, "quiz-check", &[])}
            </button>
        }
        .into_any(),
        None => ().into_any(),
    };
    view! {
        <fieldset class="card question" class:invalid=invalid aria-labelledby=legend_id.clone()>
            <legend id=legend_id.clone()><span class="meta">{heading.clone()}</span></legend>
            {error.map(|e| view! { <p class="alert error" role="alert">{heading} ": " {e}</p> })}
            <p class="prompt" id=prompt_id.clone()>{q.prompt.clone()}</p>
            <ReadAloud target=prompt_id lang=lang.code().to_owned() start_label=t_in(lang, "read-aloud", &[]) stop_label=t_in(lang, "read-aloud-stop", &[])/>
            {hint.map(|h| view! { <p class="hint">{h}</p> })}
            <div class="choices">{inputs}</div>
            {after}
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_time_is_india_time_rounded_up_to_the_minute() {
        let shown = retry_after(1, Lang::En);
        assert!(shown.contains("after 05:31 on 01-01-1970"), "{shown}");
        // 06:23:20 in India on 30 November 2026.
        let shown = retry_after(1_796_000_000, Lang::Hi);
        assert!(
            shown.contains("30-11-2026") && shown.contains("06:24"),
            "{shown}"
        );
    }
}
