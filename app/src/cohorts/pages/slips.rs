use crate::{
    access,
    cohorts::{
        slips::{self, Printed, Slip, SlipSheet},
        start_codes::{self, Unstarted},
    },
    error::AppError,
    i18n::{india_time, number, t, t_args, when},
    layout::Page,
    web,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// Slips on one printed A4 page: 2 columns × 4 rows.
const SLIPS_PER_PAGE: usize = 8;

/// `/cohorts/:cohort/slips`: the learners who have not chosen a password yet, and a form to
/// print start slips for them (which gives them new codes). The print request answers with the
/// sheet itself, rendered here from the [`Printed`] it leaves in context.
#[component]
pub fn SlipsPage() -> impl IntoView {
    let error = match use_context::<Printed>() {
        Some(Printed::Sheet(sheet)) => return view! { <SheetView sheet/> }.into_any(),
        Some(Printed::Refused(err)) if about_the_form(&err) => Some(err),
        Some(Printed::Refused(err)) => return access::refusal(err),
        None => None,
    };
    let viewer = match access::signed_in() {
        Ok(v) => v,
        Err(err) => return access::refusal(err),
    };
    if let (Some(err), Some(res)) = (&error, use_context::<leptos_axum::ResponseOptions>()) {
        res.set_status(
            http::StatusCode::from_u16(err.status()).unwrap_or(http::StatusCode::BAD_REQUEST),
        );
    }
    let pid = use_params_map().with_untracked(|p| p.get("cohort").unwrap_or_default());
    let data = async move {
        let db = web::db()?;
        let c = access::cohort(&db, &viewer, &pid).await?;
        let learners = start_codes::unstarted(&db, c.id).await?;
        Ok::<_, AppError>((c.pid, c.model.name, learners))
    };
    view! {
        <Suspense>
            {Suspend::new(async move {
                match data.await {
                    Ok((pid, name, learners)) => view! { <ChooseLearners pid name learners error=error.clone()/> }.into_any(),
                    Err(err) => access::refusal(err),
                }
            })}
        </Suspense>
    }
    .into_any()
}

/// A refused print the trainer can fix here: shown above the list again, with its status.
fn about_the_form(err: &AppError) -> bool {
    matches!(
        err,
        AppError::Invalid { .. }
            | AppError::Request(_)
            | AppError::UnsupportedForm
            | AppError::TooLarge
    )
}

#[component]
fn ChooseLearners(
    pid: String,
    name: String,
    learners: Vec<Unstarted>,
    error: Option<AppError>,
) -> impl IntoView {
    let back = view! { <p><a href=format!("/cohorts/{pid}")><bdi>{name}</bdi></a></p> };
    let error = error.map(|err| {
        let message = t_args(err.message_id(), &err.message_args());
        view! { <p class="alert error" role="alert">{message}</p> }
    });
    if learners.is_empty() {
        return view! {
            <Page title=t("slips-title")>
                {back}
                {error}
                <p>{t("slips-none")}</p>
            </Page>
        }
        .into_any();
    }
    let count = learners.len() as i64;
    let now = crate::db::now();
    let (pending, expired) = (t("slips-status-pending"), t("slips-status-expired"));
    let rows = learners
        .into_iter()
        .map(|l| {
            let id = format!("learner-{}", l.pid);
            let status = match l.expires_at.filter(|&e| e > now) {
                Some(until) => {
                    let (machine, shown) = when(until);
                    view! { {pending.clone()} " " <time datetime=machine>{shown}</time> }
                        .into_any()
                }
                None => view! { {expired.clone()} }.into_any(),
            };
            view! {
                <tr>
                    <td><input type="checkbox" id=id.clone() name=slips::LEARNER_FIELD value=l.pid checked/></td>
                    <td><label for=id><bdi>{l.display_name}</bdi></label></td>
                    <td><bdi>{l.login}</bdi></td>
                    <td>{status}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Page title=t("slips-title")>
            {back}
            {error}
            <p class="lead">{t("slips-intro")}</p>
            <p class="alert notice">{t("slips-warning")}</p>
            <form method="post" action=slips::action(&pid) class="stack slip-choice">
                <div class="table-scroll"><table class="staff">
                    <thead><tr>
                        <th>{t("slips-column-print")}</th>
                        <th>{t("admin-column-name")}</th>
                        <th>{t("field-login")}</th>
                        <th>{t("cohort-column-status")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table></div>
                <div class="actions">
                    <button type="submit" name=slips::SCOPE_FIELD value="chosen">{t("slips-print-chosen")}</button>
                    <button type="submit" name=slips::SCOPE_FIELD value=slips::SCOPE_ALL class="secondary">
                        {t_args("slips-print-all", &[("count", number(count))])}
                    </button>
                </div>
            </form>
        </Page>
    }
    .into_any()
}

/// The words every slip repeats, translated once for the whole sheet.
struct SlipLabels {
    brand: String,
    login: String,
    code: String,
    address: String,
    steps: String,
}

/// The sheet of slips just issued: A4 pages of [`SLIPS_PER_PAGE`], to cut apart.
#[component]
fn SheetView(sheet: SlipSheet) -> impl IntoView {
    let until = india_time(sheet.expires_at)
        .map(|d| d.format("%d-%m-%Y").to_string())
        .unwrap_or_default();
    let labels = SlipLabels {
        brand: t("brand-name"),
        login: t("field-login"),
        code: t("start-field-code"),
        address: format!("{}/start", web::public_origin()),
        steps: t_args("slips-slip-steps", &[("date", until)]),
    };
    let count = number(sheet.slips.len() as i64);
    let mut slips = sheet.slips.into_iter().peekable();
    let mut pages = Vec::new();
    while slips.peek().is_some() {
        let page: Vec<_> = slips
            .by_ref()
            .take(SLIPS_PER_PAGE)
            .map(|s| slip(s, &labels))
            .collect();
        pages.push(view! { <section class="slip-page">{page}</section> });
    }
    view! {
        <Page title=t("slips-sheet-title")>
            <div class="no-print">
                <p><a href=format!("/cohorts/{}", sheet.cohort_pid)><bdi>{sheet.cohort_name}</bdi></a></p>
                <p class="alert notice" role="status">{t_args("slips-sheet-ready", &[("count", count)])}</p>
                <p class="lead">{t("slips-sheet-print-hint")}</p>
            </div>
            <div class="slip-sheet">{pages}</div>
        </Page>
    }
}

fn slip(s: Slip, labels: &SlipLabels) -> impl IntoView {
    view! {
        <article class="slip">
            <p class="slip-brand">{labels.brand.clone()}</p>
            <p class="slip-name"><bdi dir="auto">{s.issued.display_name}</bdi></p>
            <dl>
                <dt>{labels.login.clone()}</dt>
                <dd><bdi dir="ltr">{s.issued.login}</bdi></dd>
                <dt>{labels.code.clone()}</dt>
                <dd><code class="slip-code" dir="ltr">{s.issued.code}</code></dd>
            </dl>
            <div class="slip-qr" inner_html=s.qr></div>
            <p class="slip-address" dir="ltr">{labels.address.clone()}</p>
            <p class="slip-steps">{labels.steps.clone()}</p>
        </article>
    }
}
