use sea_orm::entity::prelude::*;

/// A practice quiz being answered: what is chosen so far and which answers were checked.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "quiz_drafts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub user_id: i32,
    pub quiz_id: i32,
    pub attempt_key: String,
    /// JSON responses chosen so far (question id → option ids).
    pub responses: String,
    /// JSON responses already checked: fixed, they count as given when the quiz is submitted.
    pub checked: String,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
