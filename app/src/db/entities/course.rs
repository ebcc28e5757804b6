use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "courses")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub audience: String,
    pub pass_mark: i32,
    /// Order in the catalogue.
    pub position: i32,
    /// JSON object of texts by language code.
    pub title: String,
    pub summary: String,
    pub final_quiz_key: String,
    /// How many times a learner may take the final assessment in any 24 hours.
    pub final_attempts_per_day: i32,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
