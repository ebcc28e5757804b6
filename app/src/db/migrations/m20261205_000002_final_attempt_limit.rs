//! Final assessments taken a limited number of times a day: the limit per course, a row per
//! learner and final that every final submission locks first (so that counting the day's
//! attempts and adding one is serialized on both databases), and an index for that count.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Courses {
    Table,
    FinalAttemptsPerDay,
}
#[derive(DeriveIden)]
enum FinalAttemptGates {
    Table,
    UserId,
    QuizId,
    LockedAt,
}
#[derive(DeriveIden)]
enum QuizAttempts {
    Table,
    UserId,
    QuizId,
    CreatedAt,
}
#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
#[derive(DeriveIden)]
enum Quizzes {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Courses::Table)
                    .add_column(integer(Courses::FinalAttemptsPerDay).default(3))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FinalAttemptGates::Table)
                    .col(integer(FinalAttemptGates::UserId))
                    .col(integer(FinalAttemptGates::QuizId))
                    .col(big_integer(FinalAttemptGates::LockedAt))
                    .primary_key(
                        Index::create()
                            .col(FinalAttemptGates::UserId)
                            .col(FinalAttemptGates::QuizId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_final_gates_user")
                            .from(FinalAttemptGates::Table, FinalAttemptGates::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_final_gates_quiz")
                            .from(FinalAttemptGates::Table, FinalAttemptGates::QuizId)
                            .to(Quizzes::Table, Quizzes::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_attempts_user_quiz_time")
                    .table(QuizAttempts::Table)
                    .col(QuizAttempts::UserId)
                    .col(QuizAttempts::QuizId)
                    .col(QuizAttempts::CreatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("ix_attempts_user_quiz_time")
                    .table(QuizAttempts::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(FinalAttemptGates::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Courses::Table)
                    .drop_column(Courses::FinalAttemptsPerDay)
                    .to_owned(),
            )
            .await
    }
}
