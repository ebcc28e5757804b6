//! Coverage counts for officials' reports: one row per (metric, month, district, group, gender,
//! course) kept in the same transaction as the progress it summarises, per-district targets,
//! and each learner's last activity for "active in the last 30 days".

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CoverageCounts {
    Table,
    Metric,
    Month,
    DistrictId,
    LearnerGroup,
    Gender,
    CourseId,
    N,
}

#[derive(DeriveIden)]
enum CoverageTargets {
    Table,
    DistrictId,
    Year,
    LearnerGroup,
    Target,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    LastActiveAt,
    DistrictId,
    LearnerGroup,
    Gender,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use CoverageCounts as C;
        manager
            .create_table(
                Table::create()
                    .table(C::Table)
                    .col(small_integer(C::Metric))
                    // yyyymm in India time.
                    .col(integer(C::Month))
                    // 0: no district; '' : no group or gender; course 0: any course.
                    .col(integer(C::DistrictId))
                    .col(string_len(C::LearnerGroup, 32))
                    .col(string_len(C::Gender, 16))
                    .col(integer(C::CourseId))
                    .col(big_integer(C::N))
                    .primary_key(
                        Index::create()
                            .col(C::Metric)
                            .col(C::Month)
                            .col(C::DistrictId)
                            .col(C::LearnerGroup)
                            .col(C::Gender)
                            .col(C::CourseId),
                    )
                    .to_owned(),
            )
            .await?;
        use CoverageTargets as T;
        manager
            .create_table(
                Table::create()
                    .table(T::Table)
                    .col(integer(T::DistrictId))
                    .col(integer(T::Year))
                    // '' : every group.
                    .col(string_len(T::LearnerGroup, 32))
                    .col(big_integer(T::Target))
                    .primary_key(
                        Index::create()
                            .col(T::DistrictId)
                            .col(T::Year)
                            .col(T::LearnerGroup),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(big_integer_null(Users::LastActiveAt))
                    .to_owned(),
            )
            .await?;
        // Covers the 30-day count so it never reads the user rows.
        manager
            .create_index(
                Index::create()
                    .name("idx_users_last_active")
                    .table(Users::Table)
                    .col(Users::LastActiveAt)
                    .col(Users::DistrictId)
                    .col(Users::LearnerGroup)
                    .col(Users::Gender)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_users_last_active")
                    .table(Users::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::LastActiveAt)
                    .to_owned(),
            )
            .await?;
        for t in [
            CoverageTargets::Table.into_iden(),
            CoverageCounts::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(t).to_owned())
                .await?;
        }
        Ok(())
    }
}
