//! Administration: staff accounts, disabling and re-enabling any account, one-time passwords for
//! staff, and the audit log of what admins did.

pub mod api;
#[cfg(feature = "ssr")]
mod pages;
#[cfg(feature = "ssr")]
pub mod repo;

#[cfg(feature = "ssr")]
pub use pages::{AccountsPage, AuditPage, LearnersPage, StaffPage, TargetsPage};

use crate::auth::Role;
use serde::{Deserialize, Serialize};

/// An account as the admin's account list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub pid: String,
    pub login: String,
    pub display_name: String,
    pub role: Role,
    pub disabled: bool,
}

/// What an admin did to an account, as the audit log records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AuditAction {
    Disable,
    Enable,
    ResetPassword,
}

impl AuditAction {
    pub const ALL: [AuditAction; 3] = [Self::Disable, Self::Enable, Self::ResetPassword];

    /// The code stored in `audit_log.action`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Disable => "disable",
            Self::Enable => "enable",
            Self::ResetPassword => "reset-password",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// One line of the audit log: who did what to whom, and when (seconds since the epoch).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: i64,
    pub actor_login: String,
    pub action: AuditAction,
    pub target_login: String,
}

#[cfg(test)]
mod tests {
    use super::AuditAction;

    #[test]
    fn action_codes_round_trip() {
        for a in AuditAction::ALL {
            assert_eq!(AuditAction::from_code(a.code()), Some(a));
        }
        assert_eq!(AuditAction::from_code("delete"), None);
    }
}
