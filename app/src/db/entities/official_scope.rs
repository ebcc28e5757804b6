use sea_orm::entity::prelude::*;

/// What an official may report on: the whole UT (both `None`), a division, or a district.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "official_scopes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i32,
    /// `jammu` or `kashmir`.
    pub division: Option<String>,
    pub district_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
