use sea_orm::entity::prelude::*;

/// An in-person session of a cohort at a centre.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "training_sessions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub cohort_id: i32,
    /// ISO date (YYYY-MM-DD), India time.
    pub held_on: String,
    pub recorded_by: i32,
    /// The random key of the form that recorded it: a repeated post records once.
    #[sea_orm(unique)]
    pub form_key: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
