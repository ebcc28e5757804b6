use crate::{
    access,
    cohorts::{
        api::{
            ssr::{ISSUED_CODE, ISSUED_LOGIN, ISSUED_NAME},
            AddToCohort, CreateLearner, HandOverCohort, NewStartCode, RemoveFromCohort,
        },
        members, MemberSummary,
    },
    i18n::{t, t_args, use_lang},
    layout::{choices, Field, FlashMessage, Page, SelectField},
    web::flash::{self, Flash},
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;

/// What the cohort page shows.
struct CohortView {
    name: String,
    kind: String,
    district: String,
    notes: String,
    members: Vec<MemberSummary>,
    found: Option<(Vec<MemberSummary>, bool)>,
}

/// `/cohorts/:cohort?q=…`: one cohort: its learners (each with a new-start-code and a remove
/// button), a search of existing learners to add, and a form to create one. Admins may hand the
/// cohort to another trainer.
#[component]
pub fn CohortPage() -> impl IntoView {
    let query = use_query_map().with_untracked(|q| q.get("q").unwrap_or_default());
    let admin = crate::web::viewer().is_some_and(|v| access::require_admin(&v).is_ok());
    let flash = flash::take();
    let lang = use_lang();
    let search = query.clone();
    super::cohort_page(
        move |db, c| async move {
            let members = members::list(&db, c.id).await?;
            let found = match search.trim() {
                "" => None,
                q => Some(members::search(&db, q, None, 0, 20).await?),
            };
            let district = crate::districts::repo::name_of(&db, c.model.district_id, lang).await?;
            Ok(CohortView {
                name: c.model.name,
                kind: t(&format!("cohort-kind-{}", c.model.kind)),
                district,
                notes: c.model.schedule_notes,
                members,
                found,
            })
        },
        move |pid, v| view! { <CohortBody pid v flash=flash.clone() query=query.clone() admin/> },
    )
}

#[component]
fn CohortBody(
    pid: String,
    v: CohortView,
    flash: Flash,
    query: String,
    admin: bool,
) -> impl IntoView {
    let here = format!("/cohorts/{pid}");
    let count = t_args(
        "cohort-learner-count",
        &[("count", crate::i18n::number(v.members.len() as i64))],
    );
    view! {
        <Page title=v.name.clone()>
            <p><a href="/cohorts">{t("cohorts-title")}</a></p>
            <FlashMessage flash=flash.clone()/>
            {issued_code(&flash)}
            <p class="lead">{v.kind} " · " {v.district}</p>
            {(!v.notes.is_empty()).then(|| view! { <p><bdi>{v.notes.clone()}</bdi></p> })}
            <nav class="filters" aria-label=t("cohort-nav-label")>
                <a href=format!("{here}/progress")>{t("cohort-nav-progress")}</a>
                <a href=format!("{here}/assignments")>{t("cohort-nav-assignments")}</a>
                <a href=format!("{here}/attendance")>{t("cohort-nav-attendance")}</a>
                <a href=format!("{here}/upload")>{t("cohort-nav-upload")}</a>
                <a href=format!("{here}/slips")>{t("cohort-nav-slips")}</a>
            </nav>
            <h2>{t("cohort-learners-heading")} " " <small>{count}</small></h2>
            <MemberTable pid=pid.clone() members=v.members here=here.clone()/>
            <form method="get" action=here.clone() class="stack card" role="search">
                <h2>{t("cohort-add-existing-heading")}</h2>
                <div class="field">
                    <label for="q">{t("cohort-search-label")}</label>
                    <input id="q" name="q" type="search" value=query maxlength=80/>
                </div>
                <button type="submit">{t("admin-search-submit")}</button>
            </form>
            {v.found.map(|(found, more)| view! { <SearchResults pid=pid.clone() found more/> })}
            <form method="post" action=CreateLearner::url() class="stack card">
                <h2>{t("cohort-create-learner-heading")}</h2>
                <input type="hidden" name="cohort" value=pid.clone()/>
                <Field name="display_name" label=t("admin-column-name") value=flash.value("display_name") maxlength=80 flash=flash.clone()/>
                <Field name="login" label=t("field-login") value=flash.value("login") maxlength=40 flash=flash.clone()/>
                <SelectField name="gender" label=t("field-gender") options=choices::gender_options() selected=flash.value("gender") flash=flash.clone()/>
                <SelectField name="group" label=t("cohort-field-group") options=choices::group_options() selected=flash.value("group") flash=flash.clone()/>
                <SelectField name="district" label=t("field-district") options=choices::district_options() selected=flash.value("district") flash=flash.clone()/>
                <SelectField name="language" label=t("field-language") options=choices::language_options() selected=flash.value("language") flash=flash.clone()/>
                <button type="submit">{t("cohort-create-learner-submit")}</button>
            </form>
            {admin.then(|| view! {
                <form method="post" action=HandOverCohort::url() class="stack card">
                    <h2>{t("cohort-hand-over-heading")}</h2>
                    <input type="hidden" name="cohort" value=pid.clone()/>
                    <Field name="trainer" label=t("cohort-hand-over-label") value=flash.value("trainer") maxlength=40 flash=flash.clone()/>
                    <button type="submit">{t("cohort-hand-over-submit")}</button>
                </form>
            })}
        </Page>
    }
}

#[component]
fn MemberTable(pid: String, members: Vec<MemberSummary>, here: String) -> impl IntoView {
    if members.is_empty() {
        return view! { <p>{t("cohort-no-learners")}</p> }.into_any();
    }
    let rows = members
        .into_iter()
        .map(|m| {
            let status = if m.pending_start {
                t("cohort-status-pending")
            } else {
                t("cohort-status-started")
            };
            let row = format!("member-{}", m.pid);
            view! {
                <li class="member">
                    <p id=row.clone()>
                        <a href=format!("/learners/{}", m.pid)><bdi>{m.display_name}</bdi></a>
                        " · " <bdi class="login">{m.login}</bdi>
                        <br/><small>{status}</small>
                    </p>
                    <div class="actions">
                        <form method="post" action=NewStartCode::url() class="inline">
                            <input type="hidden" name="learner" value=m.pid.clone()/>
                            <input type="hidden" name="back" value=here.clone()/>
                            <button type="submit" class="secondary" aria-describedby=row.clone()>{t("cohort-new-code")}</button>
                        </form>
                        <form method="post" action=RemoveFromCohort::url() class="inline">
                            <input type="hidden" name="cohort" value=pid.clone()/>
                            <input type="hidden" name="learner" value=m.pid/>
                            <button type="submit" class="secondary" aria-describedby=row>{t("cohort-remove")}</button>
                        </form>
                    </div>
                </li>
            }
        })
        .collect_view();
    // A list, not a table: on a phone each learner's name, login, status and buttons wrap.
    view! { <ul class="members">{rows}</ul> }.into_any()
}

#[component]
fn SearchResults(pid: String, found: Vec<MemberSummary>, more: bool) -> impl IntoView {
    if found.is_empty() {
        return view! { <p>{t("cohort-search-none")}</p> }.into_any();
    }
    view! {
        <ul class="results">
            {found.into_iter().map(|m| view! {
                <li>
                    <form method="post" action=AddToCohort::url() class="inline">
                        <input type="hidden" name="cohort" value=pid.clone()/>
                        <input type="hidden" name="learner" value=m.pid/>
                        <bdi>{m.display_name}</bdi> " (" <bdi>{m.login}</bdi> ") "
                        <button type="submit" class="secondary">{t("cohort-add")}</button>
                    </form>
                </li>
            }).collect_view()}
        </ul>
        {more.then(|| view! { <p>{t("cohort-search-more")}</p> })}
    }
    .into_any()
}

/// The start code the previous request issued, shown this once (the flash is cleared).
pub fn issued_code(flash: &Flash) -> Option<impl IntoView> {
    let code = flash.values.get(ISSUED_CODE)?.clone();
    let (name, login) = (flash.value(ISSUED_NAME), flash.value(ISSUED_LOGIN));
    Some(view! {
        <section class="card profile" aria-labelledby="code-heading">
            <h2 id="code-heading">{t("cohort-code-heading")}</h2>
            <dl>
                <dt>{t("admin-column-name")}</dt>
                <dd><bdi>{name}</bdi></dd>
                <dt>{t("field-login")}</dt>
                <dd><bdi>{login}</bdi></dd>
                <dt>{t("start-field-code")}</dt>
                <dd><code class="start-code" dir="ltr">{code}</code></dd>
            </dl>
            <p>{t("cohort-code-hint")}</p>
        </section>
    })
}
