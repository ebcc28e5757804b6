use super::{admin_or_refusal, unavailable, AdminNav};
use crate::{
    admin::api::CreateStaffAccount,
    auth::Role,
    error::AppError,
    i18n::t,
    islands::PasswordInput,
    layout::{Field, FlashMessage, Page, SelectField},
    web::{self, flash},
};
use leptos::{prelude::*, server_fn::ServerFn};

/// `/admin/staff`: admins create trainer and official accounts and see the existing ones.
#[component]
pub fn StaffPage() -> impl IntoView {
    if let Err(refusal) = admin_or_refusal() {
        return refusal;
    }
    let flash = flash::take();
    let staff = async move {
        let db = web::db()?;
        Ok::<_, AppError>(crate::auth::users::list_staff(&db).await?)
    };
    let role_label = |r: Role| t(&format!("role-{}", r.code()));
    let role_labels: Vec<(Role, String)> = Role::ALL.iter().map(|r| (*r, role_label(*r))).collect();
    let headings = [t("admin-column-name"), t("field-login"), t("field-role")];
    let role_options = [Role::Trainer, Role::Official, Role::Admin]
        .iter()
        .map(|r| (r.code().to_owned(), role_label(*r)))
        .collect::<Vec<_>>();
    view! {
        <Page title=t("admin-title")>
            <AdminNav current="/admin/staff"/>
            <FlashMessage flash=flash.clone()/>
            <form method="post" action=CreateStaffAccount::url() class="stack card">
                <h2>{t("admin-create-heading")}</h2>
                <Field name="display_name" label=t("admin-column-name") value=flash.value("display_name") maxlength=80 flash=flash.clone()/>
                <Field name="login" label=t("field-login") value=flash.value("login") maxlength=40 flash=flash.clone()/>
                <SelectField name="role" label=t("field-role") options=role_options selected=flash.value("role") flash=flash.clone()/>
                <SelectField name="scope" label=t("admin-field-scope") options=scope_options() selected=flash.value("scope") flash=flash.clone() none_label=t("admin-district-none")/>
                <SelectField name="district" label=t("admin-field-home-district") options=crate::layout::choices::district_options() selected=flash.value("district") flash=flash.clone() none_label=t("admin-district-none")/>
                <PasswordInput
                    name="initial_password".to_owned()
                    label=t("field-initial-password")
                    show_label=t("password-show")
                    hide_label=t("password-hide")
                    autocomplete="new-password".to_owned()
                    invalid=flash.field.as_deref() == Some("password")
                />
                <button type="submit">{t("admin-create-submit")}</button>
            </form>
            <h2>{t("admin-list-heading")}</h2>
            <Suspense>
                {Suspend::new(async move {
                    let rows = match staff.await {
                        Ok(rows) => rows,
                        Err(_) => return unavailable(),
                    };
                    let [name_h, login_h, role_h] = headings;
                    view! {
                        <div class="table-scroll"><table class="staff">
                            <thead><tr><th>{name_h}</th><th>{login_h}</th><th>{role_h}</th></tr></thead>
                            <tbody>
                                {rows.into_iter().map(|s| {
                                    let role = role_labels.iter().find(|(r, _)| *r == s.role).map(|(_, l)| l.clone());
                                    view! {
                                        <tr>
                                            <td><bdi>{s.display_name}</bdi></td>
                                            <td><bdi>{s.login}</bdi></td>
                                            <td>{role}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table></div>
                    }
                    .into_any()
                })}
            </Suspense>
        </Page>
    }
    .into_any()
}

/// The coverage scopes an official may be given: the UT, a division, a district.
fn scope_options() -> Vec<(String, String)> {
    use crate::access::CoverageScope;
    let mut options = vec![
        (CoverageScope::Ut.code(), t("scope-ut")),
        (
            CoverageScope::Division("jammu".into()).code(),
            t("scope-division-jammu"),
        ),
        (
            CoverageScope::Division("kashmir".into()).code(),
            t("scope-division-kashmir"),
        ),
    ];
    options.extend(
        crate::layout::choices::district_options()
            .into_iter()
            .map(|(slug, name)| (CoverageScope::District(slug).code(), name)),
    );
    options
}
