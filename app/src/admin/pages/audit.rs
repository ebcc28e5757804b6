use super::{admin_or_refusal, unavailable, AdminNav};
use crate::{
    admin::{repo, AuditAction, AuditEntry},
    error::AppError,
    i18n::{t, when},
    layout::Page,
    web,
};
use leptos::prelude::*;

/// `/admin/audit`: the latest 50 things admins did to accounts: when, who, what, to whom.
#[component]
pub fn AuditPage() -> impl IntoView {
    if let Err(refusal) = admin_or_refusal() {
        return refusal;
    }
    let entries = async move {
        let db = web::db()?;
        Ok::<_, AppError>(repo::recent_audit(&db).await?)
    };
    view! {
        <Page title=t("admin-audit-title")>
            <AdminNav current="/admin/audit"/>
            <Suspense>
                {Suspend::new(async move {
                    match entries.await {
                        Ok(entries) => view! { <AuditTable entries/> }.into_any(),
                        Err(_) => unavailable(),
                    }
                })}
            </Suspense>
        </Page>
    }
    .into_any()
}

fn action_label(action: AuditAction) -> String {
    t(&format!("admin-action-{}", action.code()))
}

#[component]
fn AuditTable(entries: Vec<AuditEntry>) -> impl IntoView {
    if entries.is_empty() {
        return view! { <p>{t("admin-audit-none")}</p> }.into_any();
    }
    let rows = entries
        .into_iter()
        .map(|e| {
            let (datetime, shown) = when(e.at);
            view! {
                <tr>
                    <td><time datetime=datetime dir="ltr">{shown}</time></td>
                    <td><bdi>{e.actor_login}</bdi></td>
                    <td>{action_label(e.action)}</td>
                    <td><bdi>{e.target_login}</bdi></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll"><table class="staff audit">
            <thead>
                <tr>
                    <th>{t("admin-audit-when")}</th>
                    <th>{t("admin-audit-who")}</th>
                    <th>{t("admin-audit-action")}</th>
                    <th>{t("admin-audit-whom")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table></div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::when;

    #[test]
    fn times_are_shown_in_ist() {
        // 2026-12-05 06:30 UTC is noon in India.
        let (machine, shown) = when(1_796_452_200);
        assert_eq!(shown, "05-12-2026 12:00 IST");
        assert_eq!(machine, "2026-12-05T12:00:00+05:30");
    }
}
