use crate::{
    access,
    cohorts::{
        api::ssr::cohort_path,
        csv::{self, Counts, RowProblem, RowStatus, UploadRow},
        upload::{repo, ConfirmEnrolment},
    },
    error::AppError,
    i18n::{number, t, t_args},
    layout::{FlashMessage, Page},
    web::{
        self,
        flash::{self, Flash},
    },
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_params_map;

/// `/cohorts/:cohort/uploads/:upload`: every row of an uploaded list, checked, before anything
/// is saved: how many are ready, already in the cohort or refused, each refused row with its
/// problem, and the button that enrols the ready ones.
#[component]
pub fn PreviewPage() -> impl IntoView {
    let (pid, upload) = use_params_map().with_untracked(|p| {
        (
            p.get("cohort").unwrap_or_default(),
            p.get("upload").unwrap_or_default(),
        )
    });
    let viewer = match access::signed_in() {
        Ok(v) => v,
        Err(err) => return access::refusal(err),
    };
    let flash = flash::take();
    let (cohort, id) = (pid.clone(), upload.clone());
    let data = async move {
        let db = web::db()?;
        let c = access::cohort(&db, &viewer, &cohort).await?;
        if !crate::ids::valid_id(&id) {
            return Err(AppError::NotFound);
        }
        let rows = repo::load(&db, &c, &id).await?;
        Ok::<_, AppError>((c.model.name, rows))
    };
    view! {
        <Suspense>
            {Suspend::new(async move {
                match data.await {
                    Ok((name, rows)) => view! {
                        <Preview pid=pid.clone() upload=upload.clone() name rows flash=flash.clone()/>
                    }.into_any(),
                    Err(err) => access::refusal(err),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn Preview(
    pid: String,
    upload: String,
    name: String,
    rows: Vec<UploadRow>,
    flash: Flash,
) -> impl IntoView {
    let counts = csv::counts(&rows);
    let (refused, others): (Vec<UploadRow>, Vec<UploadRow>) = rows
        .into_iter()
        .partition(|r| matches!(r.status, RowStatus::Refused(_)));
    view! {
        <Page title=t("upload-preview-title")>
            <p><a href=cohort_path(&pid)><bdi>{name}</bdi></a></p>
            <FlashMessage flash/>
            <p class="lead">{t("upload-preview-intro")}</p>
            <CountList counts/>
            {(!refused.is_empty()).then(|| view! {
                <h2>{t("upload-refused-heading")}</h2>
                <p>{t("upload-refused-hint")}</p>
                <RowTable rows=refused status_heading=t("upload-column-problem")/>
            })}
            {(!others.is_empty()).then(|| view! {
                <h2>{t("upload-rows-heading")}</h2>
                <RowTable rows=others status_heading=t("upload-column-status")/>
            })}
            {if counts.ready > 0 {
                view! {
                    <form method="post" action=ConfirmEnrolment::url() class="card">
                        <input type="hidden" name="cohort" value=pid.clone()/>
                        <input type="hidden" name="upload" value=upload/>
                        <button type="submit">{t_args("upload-confirm", &[("count", number(counts.ready as i64))])}</button>
                    </form>
                }.into_any()
            } else {
                view! { <p>{t("upload-nothing-to-enrol")}</p> }.into_any()
            }}
            <p><a href=format!("{}/upload", cohort_path(&pid))>{t("upload-again")}</a></p>
        </Page>
    }
}

#[component]
fn CountList(counts: Counts) -> impl IntoView {
    let item = |id: &str, n: usize| view! { <li>{t_args(id, &[("count", number(n as i64))])}</li> };
    view! {
        <ul class="upload-counts">
            {item("upload-count-ready", counts.ready)}
            {item("upload-count-enrolled", counts.enrolled)}
            {item("upload-count-refused", counts.refused)}
        </ul>
    }
}

#[component]
fn RowTable(rows: Vec<UploadRow>, status_heading: String) -> impl IntoView {
    let body = rows
        .into_iter()
        .map(|r| {
            let (class, status) = match &r.status {
                RowStatus::Ready(_) => ("", t("upload-status-ready")),
                RowStatus::AlreadyEnrolled => ("", t("upload-status-enrolled")),
                RowStatus::Refused(p) => ("refused", problem_text(p)),
            };
            view! {
                <tr class=class>
                    <td class="num">{number(i64::from(r.row))}</td>
                    <td><bdi>{r.name}</bdi></td>
                    <td><bdi>{r.login}</bdi></td>
                    <td>{status}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll"><table class="upload-rows">
            <thead><tr>
                <th>{t("upload-column-row")}</th>
                <th>{t("upload-column-name")}</th>
                <th>{t("upload-column-login")}</th>
                <th>{status_heading}</th>
            </tr></thead>
            <tbody>{body}</tbody>
        </table></div>
    }
}

/// Why a row is refused, in the reader's language.
pub fn problem_text(p: &RowProblem) -> String {
    let args = match p {
        RowProblem::Formula { column } | RowProblem::Missing { column } => {
            vec![("column", t(column.label_id()))]
        }
        RowProblem::LoginInvalid { value } | RowProblem::Unknown { value, .. } => {
            vec![("value", value.clone())]
        }
        RowProblem::Duplicate { first_row } => vec![("row", number(i64::from(*first_row)))],
        RowProblem::NameTooLong | RowProblem::NameInvalid | RowProblem::LoginTaken => vec![],
    };
    t_args(p.message_id(), &args)
}
