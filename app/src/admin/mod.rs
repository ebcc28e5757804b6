//! Administration: creating trainer and official accounts.

pub mod api;
#[cfg(feature = "ssr")]
mod page;

#[cfg(feature = "ssr")]
pub use page::StaffPage;
