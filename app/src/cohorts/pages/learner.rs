use super::cohort::issued_code;
use crate::{
    access,
    auth::{Gender, LearnerGroup},
    cohorts::{
        api::NewStartCode,
        assignments::shown_date,
        record::{self, LearnerRecord},
    },
    courses::{repo::pick, Localized},
    districts::District,
    error::AppError,
    i18n::{number, percent, t, t_args, use_lang, when, Lang},
    layout::{FlashMessage, Page},
    web::{self, flash},
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

/// `/learners/:learner`: a learner's whole record: who they are, the cohorts the viewer runs
/// that they are in, every lesson completed (self-study or at a session), every quiz attempt
/// and their certificates. For trainers of one of their cohorts and admins (who may also give
/// a new start code), and for the learner themselves.
#[component]
pub fn LearnerPage() -> impl IntoView {
    let pid = use_params_map().with_untracked(|p| p.get("learner").unwrap_or_default());
    let viewer = match access::signed_in() {
        Ok(v) => v,
        Err(err) => return access::refusal(err),
    };
    let staff = access::require_cohort_staff(&viewer).is_ok();
    let flash = flash::take();
    let data = async move {
        let db = web::db()?;
        let l = access::learner(&db, &viewer, &pid).await?;
        record::load(&db, l.id, access::CohortScope::of(&viewer))
            .await?
            .ok_or(AppError::NotFound)
    };
    view! {
        <Suspense>
            {Suspend::new(async move {
                match data.await {
                    Ok(r) => view! { <RecordBody r staff flash=flash.clone()/> }.into_any(),
                    Err(err) => access::refusal(err),
                }
            })}
        </Suspense>
    }
    .into_any()
}

fn localized(json: &str) -> impl IntoView {
    let Localized { text, lang } = pick(json, use_lang());
    view! { <span lang=lang.code() dir=lang.dir().as_str()>{text}</span> }
}

fn time(ts: i64) -> impl IntoView {
    let (datetime, shown) = when(ts);
    view! { <time datetime=datetime dir="ltr">{shown}</time> }
}

#[component]
fn RecordBody(r: LearnerRecord, staff: bool, flash: flash::Flash) -> impl IntoView {
    let lang = use_lang();
    let id = r.identity.clone();
    let here = format!("/learners/{}", id.pid);
    let district = id.district.as_deref().and_then(|slug| {
        use_context::<Arc<[District]>>()?
            .iter()
            .find(|d| d.slug == slug)
            .map(|d| d.name(lang).to_owned())
    });
    let group = id
        .group
        .as_deref()
        .and_then(LearnerGroup::from_code)
        .map(|g| t(&format!("group-{}", g.code())));
    let gender = id
        .gender
        .as_deref()
        .and_then(Gender::from_code)
        .map(|g| t(&format!("gender-{}", g.code())));
    let language = id
        .language
        .as_deref()
        .and_then(Lang::from_code)
        .map(|l| view! { <span lang=l.code()>{l.native_name()}</span> });
    let facts = [
        (
            "field-login",
            Some(view! { <bdi>{id.login.clone()}</bdi> }.into_any()),
        ),
        ("field-district", district.map(IntoAny::into_any)),
        ("record-group", group.map(IntoAny::into_any)),
        ("field-gender", gender.map(IntoAny::into_any)),
        ("field-language", language.map(IntoAny::into_any)),
    ]
    .into_iter()
    .map(|(label, value)| {
        view! {
            <dt>{t(label)}</dt>
            <dd>{value.unwrap_or_else(|| "–".into_any())}</dd>
        }
    })
    .collect_view();
    view! {
        <Page title=id.display_name.clone()>
            <FlashMessage flash=flash.clone()/>
            {issued_code(&flash)}
            <section class="card profile" aria-labelledby="identity-heading">
                <h2 id="identity-heading">{t("record-identity-heading")}</h2>
                <dl>{facts}</dl>
                {staff.then(|| view! {
                    <form method="post" action=NewStartCode::url() class="stack">
                        <input type="hidden" name="learner" value=id.pid.clone()/>
                        <input type="hidden" name="back" value=here.clone()/>
                        <p class="hint">{t("record-new-code-hint")}</p>
                        <button type="submit" class="secondary">{t("record-new-code")}</button>
                    </form>
                })}
            </section>
            {staff.then(|| view! { <Cohorts cohorts=r.cohorts.clone()/> })}
            <Lessons lessons=r.lessons.clone()/>
            <Attempts attempts=r.attempts.clone()/>
            <Certificates certificates=r.certificates.clone()/>
        </Page>
    }
}

#[component]
fn Cohorts(cohorts: Vec<record::CohortLink>) -> impl IntoView {
    view! {
        <h2>{t("record-cohorts-heading")}</h2>
        {if cohorts.is_empty() {
            view! { <p>{t("record-cohorts-none")}</p> }.into_any()
        } else {
            view! {
                <ul>
                    {cohorts.into_iter().map(|c| view! {
                        <li><a href=format!("/cohorts/{}", c.pid)><bdi>{c.name}</bdi></a></li>
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }}
    }
}

#[component]
fn Lessons(lessons: Vec<record::CompletedLesson>) -> impl IntoView {
    let count = t_args(
        "record-lessons-count",
        &[("count", number(lessons.len() as i64))],
    );
    let table = (!lessons.is_empty()).then(|| {
        let rows = lessons
            .into_iter()
            .map(|l| {
                let how = match (l.at_session, l.session_on) {
                    (false, _) => t("record-self-study"),
                    (true, Some(date)) => {
                        t_args("record-at-session-on", &[("date", shown_date(&date))])
                    }
                    (true, None) => t("record-at-session"),
                };
                view! {
                    <tr>
                        <td>{localized(&l.course_title)}</td>
                        <td>{localized(&l.lesson_title)}</td>
                        <td>{time(l.completed_at)}</td>
                        <td>{how}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll"><table class="staff record">
                <thead><tr>
                    <th scope="col">{t("record-column-course")}</th>
                    <th scope="col">{t("record-column-lesson")}</th>
                    <th scope="col">{t("record-column-date")}</th>
                    <th scope="col">{t("record-column-how")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        }
    });
    view! {
        <h2>{t("record-lessons-heading")} " " <small>{count}</small></h2>
        {table}
    }
}

#[component]
fn Attempts(attempts: Vec<record::QuizAttempt>) -> impl IntoView {
    if attempts.is_empty() {
        return view! {
            <h2>{t("record-attempts-heading")}</h2>
            <p>{t("record-attempts-none")}</p>
        }
        .into_any();
    }
    let rows = attempts
        .into_iter()
        .map(|a| {
            let quiz = match (&a.module_title, a.is_final) {
                (_, true) | (None, _) => t("quiz-final-title").into_any(),
                (Some(m), false) => localized(m).into_any(),
            };
            let score = t_args(
                "record-score",
                &[
                    ("correct", number(a.correct.into())),
                    ("total", number(a.total.into())),
                    (
                        "percent",
                        percent(crate::cohorts::repo::percent(
                            a.correct.into(),
                            a.total.into(),
                        )),
                    ),
                ],
            );
            let result = if a.passed {
                t("record-passed")
            } else {
                t("record-not-passed")
            };
            view! {
                <tr>
                    <td>{localized(&a.course_title)}</td>
                    <td>{quiz}</td>
                    <td>{score}</td>
                    <td>{if a.passed { "✓ " } else { "✗ " }}{result}</td>
                    <td>{time(a.at)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2>{t("record-attempts-heading")}</h2>
        <div class="table-scroll"><table class="staff record">
            <thead><tr>
                <th scope="col">{t("record-column-course")}</th>
                <th scope="col">{t("record-column-quiz")}</th>
                <th scope="col">{t("record-column-score")}</th>
                <th scope="col">{t("record-column-result")}</th>
                <th scope="col">{t("record-column-date")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table></div>
    }
    .into_any()
}

#[component]
fn Certificates(certificates: Vec<record::HeldCertificate>) -> impl IntoView {
    if certificates.is_empty() {
        return view! {
            <h2>{t("record-certificates-heading")}</h2>
            <p>{t("record-certificates-none")}</p>
        }
        .into_any();
    }
    view! {
        <h2>{t("record-certificates-heading")}</h2>
        <ul>
            {certificates.into_iter().map(|c| view! {
                <li>
                    "★ " {localized(&c.course_title)} " · " {percent(c.score_percent)} " · " {time(c.issued_at)}
                    " · " <a href=format!("/verify/{}", c.code)>{t("record-certificate-verify")}</a>
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}
