use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Public id, used in URLs and exports.
    #[sea_orm(unique)]
    pub pid: String,
    /// Normalised login name or 10-digit mobile number.
    #[sea_orm(unique)]
    pub login: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: String,
    pub learner_group: Option<String>,
    pub gender: Option<String>,
    pub district_id: Option<i32>,
    pub preferred_language: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    /// When an admin disabled the account: it cannot sign in and has no sessions.
    pub disabled_at: Option<i64>,
    /// Set by an admin's one-time password: the user must choose a new one before anything else.
    pub must_change_password: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::district::Entity",
        from = "Column::DistrictId",
        to = "super::district::Column::Id"
    )]
    District,
}

impl Related<super::start_code::Entity> for Entity {
    fn to() -> RelationDef {
        super::start_code::Relation::User.def().rev()
    }
}

impl Related<super::district::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::District.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
