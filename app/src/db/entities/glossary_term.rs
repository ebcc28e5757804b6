use sea_orm::entity::prelude::*;

/// A glossary term as imported from `content/glossary.toml`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "glossary_terms")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The term's id, the page anchor.
    #[sea_orm(unique)]
    pub key: String,
    pub position: i32,
    /// JSON: language code → `{"word": …, "definition": …}`.
    pub texts: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
