use super::{all_districts, requested_filters, scope_name, sections::*};
use crate::{
    access::{self, CoverageScope},
    courses::repo::pick,
    coverage::{
        filters::{month_code, Filters},
        report,
    },
    db::now,
    error::AppError,
    i18n::{number, t, use_lang},
    layout::Page,
    web,
};
use leptos::prelude::*;

/// `/reports/coverage`: the official's report within their scope (an admin's: the UT), every
/// filter in the URL. Learners and trainers are refused (403), guests sent to sign in.
#[component]
pub fn CoverageReportPage() -> impl IntoView {
    let viewer = match access::signed_in() {
        Ok(v) => v,
        Err(err) => return access::refusal(err),
    };
    let data = async move {
        let db = web::db()?;
        let scope = access::coverage_scope(&db, &viewer).await?;
        let filters = requested_filters()?;
        let report = report::report(&db, &scope, &filters, now()).await?;
        Ok::<_, AppError>((scope, filters, report))
    };
    view! {
        <Suspense>
            {Suspend::new(async move {
                match data.await {
                    Ok((scope, filters, report)) => view! {
                        <Page title=t("coverage-title")>
                            <ReportBody scope filters report/>
                        </Page>
                    }
                    .into_any(),
                    Err(err) => access::refusal(err),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn ReportBody(scope: CoverageScope, filters: Filters, report: report::Report) -> impl IntoView {
    let districts = all_districts();
    let lang = use_lang();
    let query = filters.query();
    view! {
        <p class="scope">{t("dashboard-scope")} " " <strong>{scope_name(&scope, &districts, lang)}</strong></p>
        <FilterForm scope filters report=report.clone()/>
        <nav class="filters no-print" aria-label=t("coverage-downloads")>
            <a href=format!("/reports/coverage.csv{query}") download>{t("coverage-download-csv")}</a>
            <a href=format!("/reports/coverage.xlsx{query}") download>{t("coverage-download-xlsx")}</a>
        </nav>
        <Headline counts=report.totals.clone() shown=number full=true/>
        <p class="hint">{t("coverage-active-hint")}</p>
        <ByDistrict report=report.clone() districts shown=number full=true/>
        <ByMonth report=report.clone()/>
        <ByGroupAndGender report=report.clone()/>
        <ByCourse report/>
    }
}

/// A plain GET form: the filters become the URL, so the view can be bookmarked or shared.
#[component]
fn FilterForm(scope: CoverageScope, filters: Filters, report: report::Report) -> impl IntoView {
    let lang = use_lang();
    let districts = all_districts();
    let in_scope: Vec<(String, String)> = districts
        .iter()
        .filter(|d| scope.includes(&d.slug, &d.division))
        .map(|d| (d.slug.clone(), d.name(lang).to_owned()))
        .collect();
    let select = |name: &'static str,
                  label: &'static str,
                  options: Vec<(String, String)>,
                  chosen: Option<String>| {
        view! {
            <label>
                <span>{t(label)}</span>
                <select name=name>
                    <option value="">{t("coverage-all")}</option>
                    {options.into_iter().map(|(value, text)| {
                        let selected = chosen.as_deref() == Some(value.as_str());
                        view! { <option value=value selected=selected>{text}</option> }
                    }).collect_view()}
                </select>
            </label>
        }
    };
    let courses = report
        .course_options
        .iter()
        .map(|(slug, title)| (slug.clone(), pick(title, lang).text))
        .collect();
    let groups = crate::auth::LearnerGroup::ALL
        .iter()
        .map(|g| (g.code().to_owned(), t(&format!("group-{}", g.code()))))
        .collect();
    let genders = crate::auth::Gender::ALL
        .iter()
        .map(|g| (g.code().to_owned(), t(&format!("gender-{}", g.code()))))
        .collect();
    view! {
        <form method="get" action="/reports/coverage" class="report-filters no-print">
            <fieldset>
                <legend>{t("coverage-filters")}</legend>
                <label>
                    <span>{t("coverage-from")}</span>
                    <input type="month" name="from" dir="ltr" value=filters.from.map(month_code).unwrap_or_default()/>
                </label>
                <label>
                    <span>{t("coverage-to")}</span>
                    <input type="month" name="to" dir="ltr" value=filters.to.map(month_code).unwrap_or_default()/>
                </label>
                {select("course", "coverage-course", courses, filters.course.clone())}
                {select("group", "coverage-breakdown-group", groups, filters.group.map(|g| g.code().to_owned()))}
                {select("gender", "coverage-breakdown-gender", genders, filters.gender.map(|g| g.code().to_owned()))}
                {select("district", "field-district", in_scope, filters.district.clone())}
                <div class="actions">
                    <button type="submit">{t("coverage-apply")}</button>
                    <a href="/reports/coverage">{t("coverage-clear")}</a>
                </div>
            </fieldset>
        </form>
    }
}
