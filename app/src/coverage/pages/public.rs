use super::{all_districts, sections::*};
use crate::{
    access::{self, CoverageScope},
    coverage::{filters::Filters, report},
    db::now,
    i18n::t,
    layout::Page,
    web,
};
use leptos::prelude::*;

/// `/coverage`: UT-wide and per-district numbers for everyone, no sign-in. Counts below 10 are
/// shown as "<10" so that no one can be singled out.
#[component]
pub fn PublicCoveragePage() -> impl IntoView {
    let data = async move {
        let db = web::db()?;
        report::report(&db, &CoverageScope::Ut, &Filters::default(), now()).await
    };
    view! {
        <Suspense>
            {Suspend::new(async move {
                match data.await {
                    Ok(report) => view! {
                        <Page title=t("coverage-public-title")>
                            <p>{t("coverage-public-intro")}</p>
                            <nav class="filters no-print" aria-label=t("coverage-downloads")>
                                <a href="/coverage.csv" download>{t("coverage-download-csv")}</a>
                            </nav>
                            <Headline counts=report.totals.clone() shown=suppressed/>
                            <ByDistrict report districts=all_districts() shown=suppressed full=false/>
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
