use super::{admin_or_refusal, unavailable, AdminNav, Pager};
use crate::{
    admin::{
        api::{
            DisableAccount, EnableAccount, ResetStaffPassword, ISSUED_LOGIN, ISSUED_NAME,
            ISSUED_PASSWORD,
        },
        repo, AccountSummary,
    },
    auth::Role,
    error::AppError,
    i18n::t,
    layout::{FlashMessage, Page},
    web::{self, flash::Flash},
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;

/// `/admin/accounts?q=…&page=…`: every account, searchable by login or name, 50 a page; an
/// admin disables or re-enables them and sets one-time passwords for staff. Plain forms only.
#[component]
pub fn AccountsPage() -> impl IntoView {
    let viewer = match admin_or_refusal() {
        Ok(viewer) => viewer,
        Err(refusal) => return refusal,
    };
    let (query, page) = use_query_map().with_untracked(|q| {
        let page = q
            .get("page")
            .and_then(|p| p.parse::<u64>().ok())
            .filter(|p| *p >= 1)
            .unwrap_or(1);
        (q.get("q").unwrap_or_default(), page)
    });
    let flash = web::flash::take();
    let issued = issued_password(&flash);
    let back = web::current_path();
    let search_text = query.clone();
    let accounts = async move {
        let db = web::db()?;
        Ok::<_, AppError>(repo::search(&db, &search_text, page - 1).await?)
    };
    view! {
        <Page title=t("admin-accounts-title")>
            <AdminNav current="/admin/accounts"/>
            <FlashMessage flash=flash/>
            {issued}
            <form method="get" action="/admin/accounts" class="stack card" role="search">
                <div class="field">
                    <label for="q">{t("admin-search-label")}</label>
                    <input id="q" name="q" type="search" value=query.clone() maxlength=80/>
                </div>
                <button type="submit">{t("admin-search-submit")}</button>
            </form>
            <Suspense>
                {Suspend::new(async move {
                    match accounts.await {
                        Ok(found) => view! {
                            <AccountTable accounts=found.accounts own_pid=viewer.pid.clone() back=back.clone()/>
                            <Pager action="/admin/accounts" keep=vec![("q", query.clone())] page=page more=found.more/>
                        }
                        .into_any(),
                        Err(_) => unavailable(),
                    }
                })}
            </Suspense>
        </Page>
    }
    .into_any()
}

/// The one-time password the previous request set, shown this once (the flash is cleared).
fn issued_password(flash: &Flash) -> Option<impl IntoView> {
    let password = flash.values.get(ISSUED_PASSWORD)?.clone();
    let (name, login) = (flash.value(ISSUED_NAME), flash.value(ISSUED_LOGIN));
    Some(view! {
        <section class="card profile" aria-labelledby="issued-heading">
            <h2 id="issued-heading">{t("admin-password-issued-heading")}</h2>
            <dl>
                <dt>{t("admin-column-name")}</dt>
                <dd><bdi>{name}</bdi></dd>
                <dt>{t("field-login")}</dt>
                <dd><bdi>{login}</bdi></dd>
                <dt>{t("admin-password-issued-label")}</dt>
                <dd><code dir="ltr" class="one-time-password">{password}</code></dd>
            </dl>
            <p>{t("admin-password-issued-hint")}</p>
        </section>
    })
}

/// A POST form with one button acting on one account, returning to `back`.
fn action_form(
    url: &'static str,
    pid: &str,
    back: &str,
    label: String,
    row: &str,
) -> impl IntoView {
    view! {
        <form method="post" action=url class="inline">
            <input type="hidden" name="account" value=pid.to_owned()/>
            <input type="hidden" name="back" value=back.to_owned()/>
            <button type="submit" class="link" aria-describedby=row.to_owned()>{label}</button>
        </form>
    }
}

#[component]
fn AccountTable(accounts: Vec<AccountSummary>, own_pid: String, back: String) -> impl IntoView {
    if accounts.is_empty() {
        return view! { <p>{t("admin-accounts-none")}</p> }.into_any();
    }
    let rows = accounts
        .into_iter()
        .map(|a| {
            let row = format!("account-{}", a.pid);
            let own = a.pid == own_pid;
            let status = if a.disabled {
                t("admin-status-disabled")
            } else {
                t("admin-status-active")
            };
            let (toggle_url, toggle_label) = if a.disabled {
                (EnableAccount::url(), "admin-enable")
            } else {
                (DisableAccount::url(), "admin-disable")
            };
            let toggle =
                (!own).then(|| action_form(toggle_url, &a.pid, &back, t(toggle_label), &row));
            let reset = (!own && a.role != Role::Learner).then(|| {
                action_form(
                    ResetStaffPassword::url(),
                    &a.pid,
                    &back,
                    t("admin-reset-password"),
                    &row,
                )
            });
            view! {
                <tr class:disabled=a.disabled>
                    <td><bdi>{a.display_name}</bdi></td>
                    <td id=row><bdi>{a.login}</bdi></td>
                    <td>{t(&format!("role-{}", a.role.code()))}</td>
                    <td>{status}</td>
                    <td>{toggle} " " {reset}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll"><table class="staff">
            <thead>
                <tr>
                    <th>{t("admin-column-name")}</th>
                    <th>{t("field-login")}</th>
                    <th>{t("field-role")}</th>
                    <th>{t("admin-status")}</th>
                    <th>{t("admin-actions")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table></div>
    }
    .into_any()
}
