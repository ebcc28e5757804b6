//! Officials see coverage within a scope an admin sets: the whole UT (no division, no district),
//! one division, or one district.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Districts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum OfficialScopes {
    Table,
    UserId,
    Division,
    DistrictId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OfficialScopes::Table)
                    .col(integer(OfficialScopes::UserId).primary_key())
                    // `jammu` or `kashmir`; NULL with no district: the whole UT.
                    .col(string_len_null(OfficialScopes::Division, 16))
                    .col(integer_null(OfficialScopes::DistrictId))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_official_scope_user")
                            .from(OfficialScopes::Table, OfficialScopes::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_official_scope_district")
                            .from(OfficialScopes::Table, OfficialScopes::DistrictId)
                            .to(Districts::Table, Districts::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(OfficialScopes::Table).to_owned())
            .await
    }
}
