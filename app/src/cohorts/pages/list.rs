use crate::{
    access,
    cohorts::{api::CreateCohort, repo, CohortKind, CohortSummary},
    i18n::{t, when},
    layout::{choices, Field, FlashMessage, Page, SelectField},
    web::{self, flash},
};
use leptos::{prelude::*, server_fn::ServerFn};

/// `/cohorts`: a trainer's home. Their cohorts with learner count, average progress and last
/// activity, and a form to start a new one. Admins see every cohort and its trainer.
#[component]
pub fn CohortsPage() -> impl IntoView {
    let viewer = match access::signed_in().and_then(|v| access::require_cohort_staff(&v).map(|_| v))
    {
        Ok(v) => v,
        Err(err) => return access::refusal(err),
    };
    let flash = flash::take();
    let admin = access::require_admin(&viewer).is_ok();
    let cohorts = async move {
        repo::list_for(&web::db()?, &viewer)
            .await
            .map_err(Into::into)
    };
    let kind_options: Vec<(String, String)> = CohortKind::ALL
        .iter()
        .map(|k| (k.code().to_owned(), t(&format!("cohort-kind-{}", k.code()))))
        .collect();
    view! {
        <Page title=t("cohorts-title")>
            <FlashMessage flash=flash.clone()/>
            <Suspense>
                {Suspend::new(async move {
                    match cohorts.await {
                        Ok(list) => view! { <CohortTable list admin/> }.into_any(),
                        Err(err) => access::refusal(err),
                    }
                })}
            </Suspense>
            <form method="post" action=CreateCohort::url() class="stack card">
                <h2>{t("cohort-create-heading")}</h2>
                <Field name="name" label=t("cohort-field-name") value=flash.value("name") maxlength=80 flash=flash.clone()/>
                <SelectField name="kind" label=t("cohort-field-kind") options=kind_options selected=flash.value("kind") flash=flash.clone()/>
                <SelectField name="district" label=t("field-district") options=choices::district_options() selected=flash.value("district") flash=flash.clone()/>
                <Field name="schedule_notes" label=t("cohort-field-schedule") value=flash.value("schedule_notes") maxlength=500 flash=flash.clone() optional=true/>
                <button type="submit">{t("cohort-create-submit")}</button>
            </form>
        </Page>
    }
    .into_any()
}

#[component]
fn CohortTable(list: Vec<CohortSummary>, admin: bool) -> impl IntoView {
    if list.is_empty() {
        return view! { <p>{t("cohorts-none")}</p> }.into_any();
    }
    let rows = list
        .into_iter()
        .map(|c| {
            let (datetime, shown) = c.last_activity.map(when).unwrap_or_default();
            let href = format!("/cohorts/{}", c.pid);
            view! {
                <tr>
                    <td><a href=href><bdi>{c.name}</bdi></a></td>
                    <td>{t(&format!("cohort-kind-{}", c.kind.code()))}</td>
                    {admin.then(|| view! { <td><bdi>{c.trainer_login}</bdi></td> })}
                    <td class="num">{crate::i18n::number(c.learners as i64)}</td>
                    <td class="num">{crate::i18n::percent(c.average_progress)}</td>
                    <td>{(!shown.is_empty()).then(|| view! { <time datetime=datetime dir="ltr">{shown}</time> })}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll"><table class="cohorts">
            <thead><tr>
                <th>{t("cohort-field-name")}</th>
                <th>{t("cohort-field-kind")}</th>
                {admin.then(|| view! { <th>{t("role-trainer")}</th> })}
                <th>{t("cohort-column-learners")}</th>
                <th>{t("cohort-column-progress")}</th>
                <th>{t("cohort-column-last-activity")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table></div>
    }
    .into_any()
}
