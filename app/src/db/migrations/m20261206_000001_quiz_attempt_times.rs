//! A covering index for each learner's quiz attempts by quiz and time: coverage tracking reads a
//! learner's first and latest attempt per course on every submission, and without it walked the
//! attempts' wide rows (answers included) one by one.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum QuizAttempts {
    Table,
    UserId,
    QuizId,
    CreatedAt,
}

const NAME: &str = "idx_quiz_attempts_user_quiz_time";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name(NAME)
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
                    .name(NAME)
                    .table(QuizAttempts::Table)
                    .to_owned(),
            )
            .await
    }
}
