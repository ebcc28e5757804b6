//! Digital-literacy coverage: counts by district, group, gender, course and month for officials,
//! the public `/coverage` page and their exports.

pub mod api;
#[cfg(feature = "ssr")]
pub mod charts;
#[cfg(feature = "ssr")]
pub mod export;
pub mod facts;
pub mod filters;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod report;
#[cfg(feature = "ssr")]
pub mod targets;
#[cfg(feature = "ssr")]
pub mod track;
