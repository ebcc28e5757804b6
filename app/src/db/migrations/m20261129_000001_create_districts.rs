//! The 20 districts of J&K, seeded from `districts/jk-districts.csv` (reference data).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Districts {
    Table,
    Id,
    Slug,
    Division,
    NameEn,
    NameHi,
    NameUr,
    NameKs,
    NameDoi,
    #[sea_orm(iden = "population_2011")]
    Population2011,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Districts::Table)
                    .col(pk_auto(Districts::Id))
                    .col(string_len_uniq(Districts::Slug, 40))
                    .col(string_len(Districts::Division, 20))
                    .col(string(Districts::NameEn))
                    .col(string(Districts::NameHi))
                    .col(string(Districts::NameUr))
                    .col(string(Districts::NameKs))
                    .col(string(Districts::NameDoi))
                    .col(big_integer(Districts::Population2011))
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert();
        insert.into_table(Districts::Table).columns([
            Districts::Slug,
            Districts::Division,
            Districts::NameEn,
            Districts::NameHi,
            Districts::NameUr,
            Districts::NameKs,
            Districts::NameDoi,
            Districts::Population2011,
        ]);
        for row in crate::districts::reference_rows() {
            insert.values_panic([
                row.slug.into(),
                row.division.into(),
                row.names[0].into(),
                row.names[1].into(),
                row.names[2].into(),
                row.names[3].into(),
                row.names[4].into(),
                row.population_2011.into(),
            ]);
        }
        manager.exec_stmt(insert).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Districts::Table).to_owned())
            .await
    }
}
