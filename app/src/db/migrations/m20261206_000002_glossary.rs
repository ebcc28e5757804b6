//! The glossary imported with the content packs (`content/glossary.toml`): one row per term, its
//! word and definition in each language, in the file's order.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum GlossaryTerms {
    Table,
    Id,
    Key,
    Position,
    Texts,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(GlossaryTerms::Table)
                    .col(pk_auto(GlossaryTerms::Id))
                    .col(string_len_uniq(GlossaryTerms::Key, 80))
                    .col(integer(GlossaryTerms::Position))
                    .col(text(GlossaryTerms::Texts))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(GlossaryTerms::Table).to_owned())
            .await
    }
}
