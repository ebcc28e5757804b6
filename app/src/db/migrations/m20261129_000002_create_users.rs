use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Pid,
    Login,
    DisplayName,
    PasswordHash,
    Role,
    LearnerGroup,
    Gender,
    DistrictId,
    PreferredLanguage,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Districts {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(pk_auto(Users::Id))
                    .col(string_len_uniq(Users::Pid, 36))
                    .col(string_len_uniq(Users::Login, 40))
                    .col(string_len(Users::DisplayName, 200))
                    .col(string(Users::PasswordHash))
                    .col(string_len(Users::Role, 16))
                    .col(string_len_null(Users::LearnerGroup, 32))
                    .col(string_len_null(Users::Gender, 16))
                    .col(integer_null(Users::DistrictId))
                    .col(string_len_null(Users::PreferredLanguage, 8))
                    .col(big_integer(Users::CreatedAt))
                    .col(big_integer(Users::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_users_district")
                            .from(Users::Table, Users::DistrictId)
                            .to(Districts::Table, Districts::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        // Coverage reports group learners by district and role.
        manager
            .create_index(
                Index::create()
                    .name("idx_users_role_district")
                    .table(Users::Table)
                    .col(Users::Role)
                    .col(Users::DistrictId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Users::Table).to_owned())
            .await
    }
}
