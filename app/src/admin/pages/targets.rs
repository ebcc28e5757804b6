use super::{admin_or_refusal, unavailable, AdminNav};
use crate::{
    coverage::{api::SetTargets, targets},
    error::AppError,
    i18n::{t, use_lang},
    layout::{FlashMessage, Page},
    web::{self, flash},
};
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;

/// `/admin/targets?year=2026&group=`: learners each district should reach in a year, for all
/// groups or one group; the coverage report sets what was reached against them.
#[component]
pub fn TargetsPage() -> impl IntoView {
    if let Err(refusal) = admin_or_refusal() {
        return refusal;
    }
    let flash = flash::take();
    let (year, group) = use_query_map().with_untracked(|q| {
        (
            q.get("year").unwrap_or_default(),
            q.get("group").unwrap_or_default(),
        )
    });
    let this_year = crate::coverage::facts::month_of(crate::db::now()) / 100;
    let lang = use_lang();
    let districts = use_context::<std::sync::Arc<[crate::districts::District]>>();
    let data = async move {
        let year = if year.trim().is_empty() {
            this_year
        } else {
            targets::parse_year(&year)?
        };
        let group = targets::parse_group(&group)?;
        let db = web::db()?;
        let current = targets::of_year(&db, year, &group).await?;
        Ok::<_, AppError>((year, group, current))
    };
    view! {
        <Page title=t("targets-title")>
            <AdminNav current="/admin/targets"/>
            <FlashMessage flash/>
            <Suspense>
                {Suspend::new(async move {
                    let (year, group, current) = match data.await {
                        Ok(d) => d,
                        Err(err @ AppError::Invalid { .. }) => return crate::access::refusal(err),
                        Err(_) => return unavailable(),
                    };
                    let groups = crate::auth::LearnerGroup::ALL.iter().map(|g| (g.code().to_owned(), t(&format!("group-{}", g.code())))).collect::<Vec<_>>();
                    let rows = districts.iter().flat_map(|all| all.iter()).map(|d| {
                        let value = current.get(&d.slug).map(|n| n.to_string()).unwrap_or_default();
                        let id = format!("target-{}", d.slug);
                        view! {
                            <tr>
                                <th scope="row"><label for=id.clone()>{d.name(lang).to_owned()}</label></th>
                                <td>
                                    <input type="hidden" name="districts[]" value=d.slug.clone()/>
                                    <input id=id type="text" inputmode="numeric" name="targets[]" value=value dir="ltr" size="10" maxlength="12"/>
                                </td>
                            </tr>
                        }
                    }).collect_view();
                    view! {
                        <form method="get" action="/admin/targets" class="report-filters">
                            <label><span>{t("targets-year")}</span><input type="number" name="year" min="2020" max="2100" value=year.to_string() dir="ltr"/></label>
                            <label><span>{t("coverage-breakdown-group")}</span>
                                <select name="group">
                                    <option value="">{t("targets-all-groups")}</option>
                                    {groups.into_iter().map(|(code, label)| {
                                        let selected = code == group;
                                        view! { <option value=code selected=selected>{label}</option> }
                                    }).collect_view()}
                                </select>
                            </label>
                            <button type="submit">{t("coverage-apply")}</button>
                        </form>
                        <form method="post" action=SetTargets::url() class="stack">
                            <input type="hidden" name="year" value=year.to_string()/>
                            <input type="hidden" name="group" value=group.clone()/>
                            <p class="hint">{t("targets-hint")}</p>
                            <div class="table-scroll">
                                <table class="report">
                                    <thead><tr><th scope="col">{t("field-district")}</th><th scope="col">{t("targets-learners")}</th></tr></thead>
                                    <tbody>{rows}</tbody>
                                </table>
                            </div>
                            <button type="submit">{t("targets-save")}</button>
                        </form>
                    }
                    .into_any()
                })}
            </Suspense>
        </Page>
    }
    .into_any()
}
