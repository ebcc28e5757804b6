//! The admin pages. Each is for admins only: others are sent to sign in, or refused with 403.

mod accounts;
mod audit;
mod learners;
mod staff;
mod targets;

pub use accounts::AccountsPage;
pub use audit::AuditPage;
pub use learners::LearnersPage;
pub use staff::StaffPage;
pub use targets::TargetsPage;

use crate::{
    auth::Viewer,
    i18n::t,
    layout::{Page, Unavailable},
    web,
};
use leptos::prelude::*;

/// The signed-in admin, or what to show instead: a redirect to sign in, or 403.
fn admin_or_refusal() -> Result<Viewer, AnyView> {
    let Some(viewer) = web::viewer() else {
        crate::web::redirect_to_login();
        return Err(().into_any());
    };
    if crate::access::require_admin(&viewer).is_err() {
        set_status(http::StatusCode::FORBIDDEN);
        return Err(
            view! { <Page title=t("error-forbidden-title")><p>{t("error-forbidden")}</p></Page> }
                .into_any(),
        );
    }
    Ok(viewer)
}

fn set_status(status: http::StatusCode) {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(status);
    }
}

/// Shown in place of a list the database could not deliver (503).
fn unavailable() -> AnyView {
    view! { <Unavailable/> }.into_any()
}

/// Links between the admin pages; `current` is the path of the page showing it.
#[component]
fn AdminNav(current: &'static str) -> impl IntoView {
    let links = [
        ("/admin/staff", "admin-title"),
        ("/admin/accounts", "admin-accounts-title"),
        ("/admin/learners", "admin-learners-title"),
        ("/admin/audit", "admin-audit-title"),
        ("/admin/targets", "targets-title"),
        ("/reports/coverage", "coverage-link"),
    ];
    view! {
        <nav class="filters" aria-label=t("admin-nav-label")>
            {links
                .into_iter()
                .map(|(href, label)| {
                    view! { <a href=href aria-current=(href == current).then_some("page")>{t(label)}</a> }
                })
                .collect_view()}
        </nav>
    }
}

/// Previous and next page of a paged list at `action`, as GET forms (so the search fields `keep`
/// need no hand-made URL encoding).
#[component]
fn Pager(
    action: &'static str,
    keep: Vec<(&'static str, String)>,
    page: u64,
    more: bool,
) -> impl IntoView {
    let button = |to: u64, label: String| {
        view! {
            <form method="get" action=action class="inline">
                {keep.iter().map(|(name, value)| view! { <input type="hidden" name=*name value=value.clone()/> }).collect_view()}
                <button type="submit" name="page" value=to.to_string() class="link">{label}</button>
            </form>
        }
    };
    view! {
        <nav class="filters" aria-label=t("admin-pages-label")>
            {(page > 1).then(|| button(page - 1, t("admin-page-previous")))}
            <span>{crate::i18n::t_args("admin-page-number", &[("page", crate::i18n::number(page as i64))])}</span>
            {more.then(|| button(page + 1, t("admin-page-next")))}
        </nav>
    }
}
