//! The users table: creating accounts, finding them, changing what they may change.

use super::{Gender, LearnerGroup, Role, Viewer};
use crate::{
    db::{entities::user, now},
    districts,
    error::AppError,
    i18n::Lang,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, Set, SqlErr,
};

/// A validated account, ready to store.
pub struct NewUser {
    pub login: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
    pub group: Option<LearnerGroup>,
    pub gender: Option<Gender>,
    /// District slug.
    pub district: Option<String>,
    pub language: Option<Lang>,
}

/// A staff account as the admin page lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StaffSummary {
    pub pid: String,
    pub login: String,
    pub display_name: String,
    pub role: Role,
}

/// Stores `new` in one transaction. An unknown district or a login already in use is an
/// `Invalid` error and stores nothing.
pub async fn create(db: &DatabaseConnection, new: NewUser) -> Result<user::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let district_id = match &new.district {
        Some(slug) => Some(
            districts::repo::id_of(&txn, slug)
                .await?
                .ok_or_else(|| AppError::invalid("district", "register-error-district"))?,
        ),
        None => None,
    };
    let at = now();
    let inserted = user::ActiveModel {
        pid: Set(uuid::Uuid::new_v4().to_string()),
        login: Set(new.login),
        display_name: Set(new.display_name),
        password_hash: Set(new.password_hash),
        role: Set(new.role.code().into()),
        learner_group: Set(new.group.map(|g| g.code().into())),
        gender: Set(new.gender.map(|g| g.code().into())),
        district_id: Set(district_id),
        preferred_language: Set(new.language.map(|l| l.code().into())),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|err| match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => {
            AppError::invalid("login", "register-error-login-taken")
        }
        _ => err.into(),
    })?;
    let counted = crate::coverage::track::new_learners(&txn, &[inserted.id]).await?;
    crate::coverage::track::after(&txn, counted).await?;
    txn.commit().await?;
    Ok(inserted)
}

pub async fn find_by_login(
    db: &DatabaseConnection,
    login: &str,
) -> Result<Option<user::Model>, DbErr> {
    user::Entity::find()
        .filter(user::Column::Login.eq(login))
        .one(db)
        .await
}

pub async fn find(db: &impl ConnectionTrait, id: i32) -> Result<Option<user::Model>, DbErr> {
    user::Entity::find_by_id(id).one(db).await
}

pub async fn set_language(db: &DatabaseConnection, id: i32, lang: Lang) -> Result<(), DbErr> {
    update(db, id, |u| {
        u.preferred_language = Set(Some(lang.code().into()))
    })
    .await
}

pub async fn set_password_hash(
    db: &impl ConnectionTrait,
    id: i32,
    hash: String,
) -> Result<(), DbErr> {
    update(db, id, |u| {
        u.password_hash = Set(hash);
        // The user chose this password, so a one-time password's demand is met.
        u.must_change_password = Set(false);
    })
    .await
}

async fn update(
    db: &impl ConnectionTrait,
    id: i32,
    change: impl FnOnce(&mut user::ActiveModel),
) -> Result<(), DbErr> {
    let mut active = user::ActiveModel {
        id: sea_orm::Unchanged(id),
        updated_at: Set(now()),
        ..Default::default()
    };
    change(&mut active);
    active.update(db).await.map(|_| ())
}

/// Trainer, official and admin accounts, newest first.
pub async fn list_staff(db: &DatabaseConnection) -> Result<Vec<StaffSummary>, DbErr> {
    let rows = user::Entity::find()
        .filter(user::Column::Role.ne(Role::Learner.code()))
        .order_by_desc(user::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|u| StaffSummary {
            pid: u.pid,
            login: u.login,
            display_name: u.display_name,
            role: Role::from_code(&u.role).unwrap_or(Role::Learner),
        })
        .collect())
}

/// The viewer a stored user becomes, given their district's slug.
pub fn to_viewer(u: user::Model, district: Option<String>) -> Viewer {
    Viewer {
        id: u.id,
        pid: u.pid,
        login: u.login,
        display_name: u.display_name,
        role: Role::from_code(&u.role).unwrap_or(Role::Learner),
        group: u.learner_group.as_deref().and_then(LearnerGroup::from_code),
        gender: u.gender.as_deref().and_then(Gender::from_code),
        district,
        language: u.preferred_language.as_deref().and_then(Lang::from_code),
        must_change_password: u.must_change_password,
    }
}

/// Refuses an account an admin has disabled. Called only after the password was verified, so a
/// stranger cannot tell a disabled account from a wrong password.
pub fn can_sign_in(u: &user::Model) -> Result<(), AppError> {
    match u.disabled_at {
        Some(_) => Err(AppError::AccountDisabled),
        None => Ok(()),
    }
}
