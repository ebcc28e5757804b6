//! `/reports/coverage` for officials (within their scope) and admins, and the public
//! `/coverage`. Both render whole on the server: filters are a GET form, charts are SVG.

mod public;
mod report;
mod sections;

pub use public::PublicCoveragePage;
pub use report::CoverageReportPage;

use super::filters::Filters;
use crate::{
    access::CoverageScope,
    districts::District,
    error::AppError,
    i18n::{t, Lang},
};
use leptos::prelude::*;
use std::sync::Arc;

/// The filters in this request's URL.
fn requested_filters() -> Result<Filters, AppError> {
    let query = use_context::<http::request::Parts>()
        .and_then(|p| p.uri.query().map(str::to_owned))
        .unwrap_or_default();
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    Filters::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// The districts loaded at start-up.
fn all_districts() -> Arc<[District]> {
    use_context::<Arc<[District]>>().unwrap_or_else(|| Arc::from(Vec::new()))
}

/// A district's name in `lang`, or its slug if unknown.
pub fn district_name(districts: &[District], slug: &str, lang: Lang) -> String {
    districts
        .iter()
        .find(|d| d.slug == slug)
        .map_or_else(|| slug.to_owned(), |d| d.name(lang).to_owned())
}

/// What the scope covers, in the reader's language.
pub fn scope_name(scope: &CoverageScope, districts: &[District], lang: Lang) -> String {
    match scope {
        CoverageScope::Ut => t("scope-ut"),
        CoverageScope::Division(d) => t(&format!("scope-division-{d}")),
        CoverageScope::District(slug) => district_name(districts, slug, lang),
    }
}
