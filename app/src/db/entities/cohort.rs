use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cohorts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Public id, used in URLs.
    #[sea_orm(unique)]
    pub pid: String,
    pub name: String,
    /// `cohorts::CohortKind` code.
    pub kind: String,
    pub district_id: i32,
    /// The trainer who runs the cohort (an admin may hand it to another).
    pub trainer_id: i32,
    pub schedule_notes: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
