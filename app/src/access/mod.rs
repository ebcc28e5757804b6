//! Who may see and change what: the one place every page, server function, route and export
//! asks. Reads are checked as strictly as writes.
//!
//! - Admins see everything and may hand a cohort to another trainer.
//! - Trainers see and manage only their own cohorts and the learners in them.
//! - Learners see only themselves; officials and guests see no cohort or learner.
//! - Officials see coverage only within the scope an admin set (the UT, a division, a district).

#[cfg(feature = "ssr")]
mod cohorts;
#[cfg(feature = "ssr")]
mod coverage;
#[cfg(feature = "ssr")]
mod pages;

#[cfg(feature = "ssr")]
pub use cohorts::{cohort, learner, learner_in_cohort, CohortRef, LearnerRef};
#[cfg(feature = "ssr")]
pub use coverage::{coverage_scope, set_scope, CoverageScope};
#[cfg(feature = "ssr")]
pub use pages::refusal;

use crate::{
    auth::{Role, Viewer},
    error::AppError,
};

/// `Forbidden` unless the viewer has one of `roles`.
pub fn require_role(viewer: &Viewer, roles: &[Role]) -> Result<(), AppError> {
    if roles.contains(&viewer.role) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Admins only.
pub fn require_admin(viewer: &Viewer) -> Result<(), AppError> {
    require_role(viewer, &[Role::Admin])
}

/// Trainers and admins: those who run cohorts.
pub fn require_cohort_staff(viewer: &Viewer) -> Result<(), AppError> {
    require_role(viewer, &[Role::Trainer, Role::Admin])
}

/// Which cohorts a viewer may see: admins all, trainers their own, nobody else any (the rule
/// [`cohort`] applies to one cohort, for lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CohortScope {
    All,
    RunBy(i32),
    Hidden,
}

impl CohortScope {
    pub fn of(viewer: &Viewer) -> CohortScope {
        match viewer.role {
            Role::Admin => CohortScope::All,
            Role::Trainer => CohortScope::RunBy(viewer.id),
            _ => CohortScope::Hidden,
        }
    }
}

/// The signed-in viewer of this request, or `Unauthenticated`.
#[cfg(feature = "ssr")]
pub fn signed_in() -> Result<Viewer, AppError> {
    crate::web::require_viewer()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn viewer(role: Role) -> Viewer {
        Viewer {
            id: 1,
            pid: "p".into(),
            login: "l".into(),
            display_name: "n".into(),
            role,
            group: None,
            gender: None,
            district: None,
            language: None,
            must_change_password: false,
        }
    }

    #[test]
    fn cohort_staff_are_trainers_and_admins_only() {
        for role in Role::ALL {
            let allowed = matches!(role, Role::Trainer | Role::Admin);
            assert_eq!(
                require_cohort_staff(&viewer(*role)).is_ok(),
                allowed,
                "{role:?}"
            );
            assert_eq!(require_admin(&viewer(*role)).is_ok(), *role == Role::Admin);
        }
    }
}
