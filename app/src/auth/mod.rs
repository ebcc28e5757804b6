//! Accounts, roles, sessions: registering, signing in and out, changing a password.

#[cfg(feature = "ssr")]
pub mod accounts;
pub mod api;
#[cfg(feature = "ssr")]
pub mod must_change;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod password;
mod roles;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod throttle;
#[cfg(feature = "ssr")]
pub mod users;
pub mod validate;

pub(crate) use roles::string_enum;
pub use roles::{Gender, LearnerGroup, Role};

use crate::i18n::Lang;

/// The signed-in user of a request, as pages and server functions see them. Lives on the
/// server only (request extension); pages render what they need from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Viewer {
    pub id: i32,
    pub pid: String,
    pub login: String,
    pub display_name: String,
    pub role: Role,
    pub group: Option<LearnerGroup>,
    pub gender: Option<Gender>,
    /// District slug.
    pub district: Option<String>,
    pub language: Option<Lang>,
    /// Signed in with a one-time password an admin set: only the password page is open.
    pub must_change_password: bool,
}
