use sea_orm::entity::prelude::*;

/// An uploaded enrolment list between its preview and the trainer's confirmation.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "enrolment_uploads")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub pid: String,
    pub cohort_id: i32,
    pub uploaded_by: i32,
    /// JSON of the parsed rows (never the file as sent).
    pub rows: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
