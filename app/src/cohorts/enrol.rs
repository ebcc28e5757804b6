//! Checking a learner a trainer enrols, from the one-learner form or a CSV row: the same rules
//! for both, pure, against the district list loaded once.

use super::members::NewLearner;
use crate::{
    auth::{validate, Gender, LearnerGroup},
    db::entities::district,
    error::AppError,
    i18n::Lang,
};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait};
use std::collections::HashMap;

/// A learner's fields as typed or read from a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LearnerFields {
    pub display_name: String,
    pub login: String,
    pub gender: String,
    pub group: String,
    pub district: String,
    pub language: String,
}

/// Districts by slug and by their name in each language (lower-cased), to their ids.
pub struct Districts(HashMap<String, i32>);

impl Districts {
    pub async fn load(db: &impl ConnectionTrait) -> Result<Self, DbErr> {
        let mut by_key = HashMap::new();
        for d in district::Entity::find().all(db).await? {
            for key in [
                &d.slug,
                &d.name_en,
                &d.name_hi,
                &d.name_ur,
                &d.name_ks,
                &d.name_doi,
            ] {
                by_key.insert(key.trim().to_lowercase(), d.id);
            }
        }
        Ok(Self(by_key))
    }

    /// The id of the district named or slugged `key`.
    pub fn find(&self, key: &str) -> Option<i32> {
        self.0.get(&key.trim().to_lowercase()).copied()
    }
}

/// Checks `f`; the first problem is the error (a field and a Fluent id).
pub fn validate_fields(f: &LearnerFields, districts: &Districts) -> Result<NewLearner, AppError> {
    let display_name = validate::display_name(&f.display_name)?;
    let login = validate::normalize_login(&f.login)?;
    let choose = |field: &str| AppError::invalid(field, "register-error-choose");
    let gender = Gender::from_code(f.gender.trim()).ok_or_else(|| choose("gender"))?;
    let group = LearnerGroup::from_code(f.group.trim()).ok_or_else(|| choose("group"))?;
    let district_id = districts
        .find(&f.district)
        .ok_or_else(|| AppError::invalid("district", "register-error-district"))?;
    let language = Lang::from_code(f.language.trim()).ok_or_else(|| choose("language"))?;
    Ok(NewLearner {
        login,
        display_name,
        gender,
        group,
        district_id,
        language,
    })
}

/// Checks one learner from the form.
pub async fn validate_one(
    db: &impl ConnectionTrait,
    f: &LearnerFields,
) -> Result<NewLearner, AppError> {
    validate_fields(f, &Districts::load(db).await?)
}
