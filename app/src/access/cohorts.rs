//! May this viewer see this cohort, this learner?

use super::require_cohort_staff;
use crate::{
    auth::{Role, Viewer},
    db::entities::{cohort, cohort_member, user},
    error::AppError,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
};

/// A cohort the viewer may see and manage.
#[derive(Debug, Clone)]
pub struct CohortRef {
    pub id: i32,
    pub pid: String,
    pub trainer_id: i32,
    pub model: cohort::Model,
}

/// A learner the viewer may see (and, for staff, manage).
#[derive(Debug, Clone, Copy)]
pub struct LearnerRef {
    pub id: i32,
}

/// The cohort `pid` if the viewer runs it or is an admin. Another trainer's cohort is
/// `Forbidden`; a cohort that does not exist is `NotFound`.
pub async fn cohort(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    pid: &str,
) -> Result<CohortRef, AppError> {
    require_cohort_staff(viewer)?;
    if !crate::ids::valid_id(pid) {
        return Err(AppError::NotFound);
    }
    let model = cohort::Entity::find()
        .filter(cohort::Column::Pid.eq(pid))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if viewer.role != Role::Admin && model.trainer_id != viewer.id {
        return Err(AppError::Forbidden);
    }
    Ok(CohortRef {
        id: model.id,
        pid: model.pid.clone(),
        trainer_id: model.trainer_id,
        model,
    })
}

/// The learner `pid` if the viewer may see them: themselves; a learner in one of the trainer's
/// cohorts; any learner for an admin.
pub async fn learner(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    pid: &str,
) -> Result<LearnerRef, AppError> {
    if !crate::ids::valid_id(pid) {
        return Err(AppError::NotFound);
    }
    let found = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::Pid.eq(pid))
        .filter(user::Column::Role.eq(Role::Learner.code()))
        .into_tuple::<i32>()
        .one(db)
        .await?;
    let id = match (found, viewer.role) {
        (Some(id), _) if id == viewer.id => return Ok(LearnerRef { id }),
        (Some(id), Role::Admin) => return Ok(LearnerRef { id }),
        (Some(id), Role::Trainer) => id,
        (None, Role::Admin) => return Err(AppError::NotFound),
        _ => return Err(AppError::Forbidden),
    };
    let in_own_cohort = cohort_member::Entity::find()
        .inner_join(cohort::Entity)
        .filter(cohort_member::Column::UserId.eq(id))
        .filter(cohort::Column::TrainerId.eq(viewer.id))
        .count(db)
        .await?
        > 0;
    if in_own_cohort {
        Ok(LearnerRef { id })
    } else {
        Err(AppError::Forbidden)
    }
}

/// The learner `pid` as a member of `cohort` (which the viewer may already see).
pub async fn learner_in_cohort(
    db: &impl ConnectionTrait,
    cohort: &CohortRef,
    pid: &str,
) -> Result<LearnerRef, AppError> {
    if !crate::ids::valid_id(pid) {
        return Err(AppError::NotFound);
    }
    cohort_member::Entity::find()
        .select_only()
        .column(cohort_member::Column::UserId)
        .inner_join(user::Entity)
        .filter(cohort_member::Column::CohortId.eq(cohort.id))
        .filter(user::Column::Pid.eq(pid))
        .into_tuple::<i32>()
        .one(db)
        .await?
        .map(|id| LearnerRef { id })
        .ok_or(AppError::NotFound)
}
