use crate::{
    cohorts::{
        assign_api::{AssignCourse, UnassignCourse},
        assignments::{self, Assignment, ChosenLearner},
        members, MemberSummary,
    },
    courses::Localized,
    i18n::{number, t, t_args, use_lang},
    layout::{FlashMessage, Page, SelectField},
    web::flash::{self, Flash},
};
use leptos::{prelude::*, server_fn::ServerFn};

/// What the assignments page shows.
struct AssignmentsView {
    cohort: String,
    assigned: Vec<Assignment>,
    /// Every course of the catalogue as `(slug, title)`.
    courses: Vec<(String, String)>,
    members: Vec<MemberSummary>,
}

/// `/cohorts/:cohort/assignments`: the courses assigned to the cohort with their due dates
/// ("overdue" once past) and whom they are for (the whole cohort or chosen learners), a form
/// to assign one (again: to change its due date and learners), and a button to take one off.
#[component]
pub fn AssignmentsPage() -> impl IntoView {
    let flash = flash::take();
    let lang = use_lang();
    super::cohort_page(
        move |db, c| async move {
            let assigned = assignments::list(&db, c.id, lang).await?;
            let courses = crate::courses::repo::catalogue(&db, lang, None, None)
                .await?
                .into_iter()
                .map(|card| (card.slug, card.title.text))
                .collect();
            Ok(AssignmentsView {
                members: members::list(&db, c.id).await?,
                cohort: c.model.name,
                assigned,
                courses,
            })
        },
        move |pid, v| view! { <AssignmentsBody pid v flash=flash.clone()/> },
    )
}

#[component]
fn AssignmentsBody(pid: String, v: AssignmentsView, flash: Flash) -> impl IntoView {
    let due_invalid = flash.field.as_deref() == Some("due_on");
    view! {
        <Page title=t("assign-title")>
            <p><a href=format!("/cohorts/{pid}")><bdi>{v.cohort}</bdi></a></p>
            <FlashMessage flash=flash.clone()/>
            <AssignedTable pid=pid.clone() assigned=v.assigned/>
            <form method="post" action=AssignCourse::url() class="stack card">
                <h2>{t("assign-heading")}</h2>
                <input type="hidden" name="cohort" value=pid/>
                <SelectField name="course" label=t("assign-field-course") options=v.courses selected=flash.value("course") flash=flash.clone()/>
                <div class="field" class:invalid=due_invalid>
                    <label for="due_on">{t("assign-field-due")}</label>
                    <input id="due_on" name="due_on" type="date" value=flash.value("due_on")
                        min="2020-01-01" max="2100-12-31" aria-describedby="due_on-hint"
                        aria-invalid=due_invalid.then_some("true")/>
                    <small id="due_on-hint">{t("assign-field-due-hint")}</small>
                </div>
                <LearnerChoices members=v.members invalid=flash.field.as_deref() == Some("learners")/>
                <button type="submit">{t("assign-submit")}</button>
            </form>
        </Page>
    }
}

/// The optional "only these learners" boxes, one per member (none on an empty cohort).
#[component]
fn LearnerChoices(members: Vec<MemberSummary>, invalid: bool) -> impl IntoView {
    if members.is_empty() {
        return ().into_any();
    }
    let boxes = members
        .into_iter()
        .map(|m| {
            view! {
                <label class="choice">
                    <input type="checkbox" name="learners[]" value=m.pid/>
                    " " <bdi>{m.display_name}</bdi> " (" <bdi>{m.login}</bdi> ")"
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choices" class:invalid=invalid>
            <legend>{t("assign-learners-legend")}</legend>
            <p><small>{t("assign-learners-hint")}</small></p>
            {boxes}
        </fieldset>
    }
    .into_any()
}

/// Whom an assignment is for: the whole cohort, or how many chosen learners with their names
/// behind a disclosure.
fn audience(learners: Option<Vec<ChosenLearner>>) -> AnyView {
    let Some(learners) = learners else {
        return t("assign-whole-cohort").into_any();
    };
    let count = t_args(
        "assign-chosen-count",
        &[("count", number(learners.len() as i64))],
    );
    let names = learners
        .into_iter()
        .map(|l| {
            view! {
                <li>
                    <a href=format!("/learners/{}", l.pid)><bdi>{l.display_name}</bdi></a>
                    " (" <bdi>{l.login}</bdi> ")"
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="chosen-learners">
            <summary>{count}</summary>
            <ul>{names}</ul>
        </details>
    }
    .into_any()
}

#[component]
fn AssignedTable(pid: String, assigned: Vec<Assignment>) -> impl IntoView {
    if assigned.is_empty() {
        return view! { <p>{t("assign-none")}</p> }.into_any();
    }
    let today = crate::i18n::today();
    let rows = assigned
        .into_iter()
        .map(|a| {
            let overdue = assignments::is_past(a.due_on.as_deref(), &today);
            let due = match a.due_on {
                Some(iso) => view! {
                    <time datetime=iso.clone()>{assignments::shown_date(&iso)}</time>
                    {overdue.then(|| view! { " " <strong class="overdue">{t("assign-overdue")}</strong> })}
                }
                .into_any(),
                None => t("assign-no-due").into_any(),
            };
            view! {
                <tr>
                    <td><a href=format!("/courses/{}", a.slug)>{localized(a.title)}</a></td>
                    <td>{due}</td>
                    <td>{audience(a.learners)}</td>
                    <td class="actions">
                        <form method="post" action=UnassignCourse::url()>
                            <input type="hidden" name="cohort" value=pid.clone()/>
                            <input type="hidden" name="course" value=a.slug/>
                            <button type="submit" class="secondary">{t("assign-remove")}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll"><table class="assignments">
            <thead><tr>
                <th>{t("assign-column-course")}</th>
                <th>{t("assign-column-due")}</th>
                <th>{t("assign-column-learners")}</th>
                <th>{t("admin-column-actions")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table></div>
    }
    .into_any()
}

/// A course text in its own language and direction (it may be a fallback language).
pub(super) fn localized(text: Localized) -> impl IntoView {
    view! { <span lang=text.lang.code() dir=text.lang.dir().as_str()>{text.text}</span> }
}
