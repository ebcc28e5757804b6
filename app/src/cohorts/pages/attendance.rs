use super::assignments::localized;
use crate::{
    cohorts::{
        assign_api::{assignments_path, RecordSession},
        assignments::shown_date,
        attendance::{self, CourseLessons, PastSession},
        members, MemberSummary,
    },
    i18n::{number, t, use_lang},
    layout::{FlashMessage, Page},
    web::flash::{self, Flash},
};
use leptos::{prelude::*, server_fn::ServerFn};

/// What the attendance page shows.
struct AttendanceView {
    cohort: String,
    members: Vec<MemberSummary>,
    courses: Vec<CourseLessons>,
    past: Vec<PastSession>,
}

/// `/cohorts/:cohort/attendance`: records an in-person session (date, who was present, which
/// lessons of the assigned courses were covered) and lists the latest sessions.
#[component]
pub fn AttendancePage() -> impl IntoView {
    let flash = flash::take();
    let lang = use_lang();
    super::cohort_page(
        move |db, c| async move {
            Ok(AttendanceView {
                members: members::list(&db, c.id).await?,
                courses: attendance::coverable(&db, c.id, lang).await?,
                past: attendance::past(&db, c.id, lang).await?,
                cohort: c.model.name,
            })
        },
        move |pid, v| view! { <AttendanceBody pid v flash=flash.clone()/> },
    )
}

#[component]
fn AttendanceBody(pid: String, v: AttendanceView, flash: Flash) -> impl IntoView {
    let form = if v.members.is_empty() {
        view! { <p>{t("attendance-no-learners")}</p> }.into_any()
    } else {
        view! { <SessionForm pid=pid.clone() members=v.members courses=v.courses flash=flash.clone()/> }
            .into_any()
    };
    view! {
        <Page title=t("attendance-title")>
            <p><a href=format!("/cohorts/{pid}")><bdi>{v.cohort}</bdi></a></p>
            <FlashMessage flash=flash/>
            {form}
            <h2>{t("attendance-past-heading")}</h2>
            <PastSessions past=v.past/>
        </Page>
    }
}

#[component]
fn SessionForm(
    pid: String,
    members: Vec<MemberSummary>,
    courses: Vec<CourseLessons>,
    flash: Flash,
) -> impl IntoView {
    let today = crate::i18n::today();
    let held_on = Some(flash.value("held_on"))
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| today.clone());
    let invalid = |field: &str| flash.field.as_deref() == Some(field);
    let date_invalid = invalid("held_on");
    let learners = members
        .into_iter()
        .map(|m| {
            view! {
                <label class="choice">
                    <input type="checkbox" name="present[]" value=m.pid/>
                    " " <bdi>{m.display_name}</bdi> " (" <bdi>{m.login}</bdi> ")"
                </label>
            }
        })
        .collect_view();
    let lessons = if courses.is_empty() {
        view! {
            <p>{t("attendance-no-courses")} " "
                <a href=assignments_path(&pid)>{t("cohort-nav-assignments")}</a></p>
        }
        .into_any()
    } else {
        courses
            .into_iter()
            .map(|c| view! { <CourseFieldset course=c/> })
            .collect_view()
            .into_any()
    };
    view! {
        <form method="post" action=RecordSession::url() class="stack card">
            <h2>{t("attendance-heading")}</h2>
            <input type="hidden" name="cohort" value=pid.clone()/>
            <input type="hidden" name="form_key" value=uuid::Uuid::new_v4().to_string()/>
            <div class="field" class:invalid=date_invalid>
                <label for="held_on">{t("attendance-field-date")}</label>
                <input id="held_on" name="held_on" type="date" value=held_on required=true
                    min="2020-01-01" max=today aria-invalid=date_invalid.then_some("true")/>
            </div>
            <fieldset class="choices" class:invalid=invalid("present")>
                <legend>{t("attendance-present-legend")}</legend>
                {learners}
            </fieldset>
            <fieldset class="choices" class:invalid=invalid("lessons")>
                <legend>{t("attendance-lessons-legend")}</legend>
                <p><small>{t("attendance-lessons-hint")}</small></p>
                {lessons}
            </fieldset>
            <button type="submit">{t("attendance-submit")}</button>
        </form>
    }
}

/// One assigned course's lessons as checkboxes, by module.
#[component]
fn CourseFieldset(course: CourseLessons) -> impl IntoView {
    let slug = course.slug;
    let modules = course
        .modules
        .into_iter()
        .map(|m| {
            let boxes = m
                .lessons
                .into_iter()
                .map(|(key, title)| {
                    view! {
                        <label class="choice">
                            <input type="checkbox" name="lessons[]" value=format!("{slug}:{key}")/>
                            " " {localized(title)}
                        </label>
                    }
                })
                .collect_view();
            view! { <fieldset><legend>{localized(m.title)}</legend>{boxes}</fieldset> }
        })
        .collect_view();
    view! { <fieldset><legend>{localized(course.title)}</legend>{modules}</fieldset> }
}

#[component]
fn PastSessions(past: Vec<PastSession>) -> impl IntoView {
    if past.is_empty() {
        return view! { <p>{t("attendance-none")}</p> }.into_any();
    }
    let rows = past
        .into_iter()
        .map(|s| {
            let lessons = if s.lessons.is_empty() {
                t("attendance-no-lessons").into_any()
            } else {
                view! { <ul>{s.lessons.into_iter().map(|l| view! { <li>{localized(l)}</li> }).collect_view()}</ul> }
                    .into_any()
            };
            view! {
                <tr>
                    <td><time datetime=s.held_on.clone()>{shown_date(&s.held_on)}</time></td>
                    <td class="number">{number(s.present)}</td>
                    <td>{lessons}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll"><table class="sessions">
            <thead><tr>
                <th>{t("attendance-column-date")}</th>
                <th>{t("attendance-column-present")}</th>
                <th>{t("attendance-column-lessons")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table></div>
    }
    .into_any()
}
