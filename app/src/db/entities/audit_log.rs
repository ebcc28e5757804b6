use sea_orm::entity::prelude::*;

/// What an admin did to an account, and when. Never holds a password.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub at: i64,
    pub actor_user_id: i32,
    /// `disable`, `enable` or `reset-password` (`admin::AuditAction`).
    pub action: String,
    pub target_user_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::ActorUserId",
        to = "super::user::Column::Id"
    )]
    Actor,
    #[sea_orm(
        belongs_to = "super::user::Entity",
        from = "Column::TargetUserId",
        to = "super::user::Column::Id"
    )]
    Target,
}

impl ActiveModelBehavior for ActiveModel {}
