//! What coverage an official may see: the scope an admin set for them.

use crate::{
    auth::{Role, Viewer},
    db::entities::{district, official_scope},
    error::AppError,
};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};
use serde::{Deserialize, Serialize};

/// The part of J&K an official reports on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CoverageScope {
    /// The whole Union Territory.
    Ut,
    /// One division: `jammu` or `kashmir`.
    Division(String),
    /// One district, by slug.
    District(String),
}

const DIVISIONS: [&str; 2] = ["jammu", "kashmir"];

impl CoverageScope {
    /// The form value: `ut`, `division:<slug>` or `district:<slug>`.
    pub fn code(&self) -> String {
        match self {
            Self::Ut => "ut".into(),
            Self::Division(d) => format!("division:{d}"),
            Self::District(d) => format!("district:{d}"),
        }
    }

    /// Whether the district `slug` of `division` lies within this scope.
    pub fn includes(&self, slug: &str, division: &str) -> bool {
        match self {
            Self::Ut => true,
            Self::Division(d) => d == division,
            Self::District(s) => s == slug,
        }
    }

    /// A posted form value; districts are checked against the database when stored.
    pub fn parse(code: &str) -> Option<Self> {
        match code.split_once(':') {
            None if code == "ut" => Some(Self::Ut),
            Some(("division", d)) if DIVISIONS.contains(&d) => Some(Self::Division(d.into())),
            Some(("district", d)) if crate::ids::valid_id(d) => Some(Self::District(d.into())),
            _ => None,
        }
    }
}

/// Stores `scope` for the official `user`, replacing any earlier one.
pub async fn set_scope(
    db: &impl ConnectionTrait,
    user: i32,
    scope: &CoverageScope,
) -> Result<(), AppError> {
    let (division, district_id) = match scope {
        CoverageScope::Ut => (None, None),
        CoverageScope::Division(d) => (Some(d.clone()), None),
        CoverageScope::District(slug) => {
            let id = crate::districts::repo::id_of(db, slug)
                .await?
                .ok_or_else(|| AppError::invalid("scope", "admin-error-scope"))?;
            (None, Some(id))
        }
    };
    official_scope::Entity::delete_by_id(user).exec(db).await?;
    official_scope::ActiveModel {
        user_id: Set(user),
        division: Set(division),
        district_id: Set(district_id),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The coverage the viewer may see: everything for an admin, their scope for an official
/// (`Forbidden` until an admin sets one), nothing for anyone else.
pub async fn coverage_scope(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
) -> Result<CoverageScope, AppError> {
    match viewer.role {
        Role::Admin => Ok(CoverageScope::Ut),
        Role::Official => {
            let row = official_scope::Entity::find_by_id(viewer.id)
                .one(db)
                .await?
                .ok_or(AppError::Forbidden)?;
            match (row.division, row.district_id) {
                (_, Some(id)) => {
                    let d = district::Entity::find_by_id(id)
                        .one(db)
                        .await?
                        .ok_or(AppError::Forbidden)?;
                    Ok(CoverageScope::District(d.slug))
                }
                (Some(division), None) => Ok(CoverageScope::Division(division)),
                (None, None) => Ok(CoverageScope::Ut),
            }
        }
        _ => Err(AppError::Forbidden),
    }
}

#[cfg(test)]
mod tests {
    use super::CoverageScope;

    #[test]
    fn scope_codes_round_trip_and_refuse_the_rest() {
        for scope in [
            CoverageScope::Ut,
            CoverageScope::Division("kashmir".into()),
            CoverageScope::District("srinagar".into()),
        ] {
            assert_eq!(CoverageScope::parse(&scope.code()), Some(scope));
        }
        for bad in [
            "",
            "UT",
            "division:ladakh",
            "district:",
            "district:../x",
            "state:jk",
        ] {
            assert_eq!(CoverageScope::parse(bad), None, "{bad}");
        }
    }
}
