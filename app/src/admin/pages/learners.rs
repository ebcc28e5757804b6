use super::{admin_or_refusal, unavailable, AdminNav, Pager};
use crate::{
    cohorts::members,
    error::AppError,
    i18n::t,
    layout::{choices, Page},
    web,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const PER_PAGE: u64 = 50;

/// `/admin/learners?q=…&district=…&page=…`: every learner, searchable by name or login and
/// district, 50 a page; each links to their record, where an admin does what a trainer can.
#[component]
pub fn LearnersPage() -> impl IntoView {
    if let Err(refusal) = admin_or_refusal() {
        return refusal;
    }
    let (query, district, page) = use_query_map().with_untracked(|q| {
        let page = q
            .get("page")
            .and_then(|p| p.parse::<u64>().ok())
            .filter(|p| *p >= 1)
            .unwrap_or(1);
        (
            q.get("q").unwrap_or_default(),
            q.get("district").unwrap_or_default(),
            page,
        )
    });
    let (search, slug) = (query.clone(), district.clone());
    let found = async move {
        let db = web::db()?;
        let district_id = match slug.as_str() {
            "" => None,
            s => Some(
                crate::districts::repo::id_of(&db, s)
                    .await?
                    .ok_or(AppError::NotFound)?,
            ),
        };
        Ok::<_, AppError>(members::search(&db, &search, district_id, page - 1, PER_PAGE).await?)
    };
    let mut district_options = vec![(String::new(), t("admin-district-all"))];
    district_options.extend(choices::district_options());
    view! {
        <Page title=t("admin-learners-title")>
            <AdminNav current="/admin/learners"/>
            <form method="get" action="/admin/learners" class="stack card" role="search">
                <div class="field">
                    <label for="q">{t("cohort-search-label")}</label>
                    <input id="q" name="q" type="search" value=query.clone() maxlength=80/>
                </div>
                <div class="field">
                    <label for="district">{t("field-district")}</label>
                    <select id="district" name="district">
                        {district_options.into_iter().map(|(value, label)| {
                            let selected = value == district;
                            view! { <option value=value selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit">{t("admin-search-submit")}</button>
            </form>
            <Suspense>
                {Suspend::new(async move {
                    let (rows, more) = match found.await {
                        Ok(found) => found,
                        Err(AppError::NotFound) => return crate::access::refusal(AppError::NotFound),
                        Err(_) => return unavailable(),
                    };
                    if rows.is_empty() {
                        return view! { <p>{t("cohort-search-none")}</p> }.into_any();
                    }
                    view! {
                        <div class="table-scroll"><table class="learners">
                            <thead><tr><th>{t("admin-column-name")}</th><th>{t("field-login")}</th></tr></thead>
                            <tbody>
                                {rows.into_iter().map(|l| view! {
                                    <tr>
                                        <td><a href=format!("/learners/{}", l.pid)><bdi>{l.display_name}</bdi></a></td>
                                        <td><bdi>{l.login}</bdi></td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table></div>
                        <Pager action="/admin/learners" keep=vec![("q", query.clone()), ("district", district.clone())] page=page more=more/>
                    }
                    .into_any()
                })}
            </Suspense>
        </Page>
    }
    .into_any()
}
