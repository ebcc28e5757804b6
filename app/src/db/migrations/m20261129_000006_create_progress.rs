//! Learners' progress: completed lessons, quiz attempts (idempotent by attempt key) and
//! certificates.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LessonCompletions {
    Table,
    Id,
    UserId,
    LessonId,
    CompletedAt,
}
#[derive(DeriveIden)]
enum QuizAttempts {
    Table,
    Id,
    UserId,
    QuizId,
    AttemptKey,
    Correct,
    Total,
    Passed,
    Responses,
    CreatedAt,
}
#[derive(DeriveIden)]
enum Certificates {
    Table,
    Id,
    Code,
    UserId,
    CourseId,
    ScorePercent,
    IssuedAt,
}
#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
#[derive(DeriveIden)]
enum Lessons {
    Table,
    Id,
}
#[derive(DeriveIden)]
enum Quizzes {
    Table,
    Id,
}
#[derive(DeriveIden)]
enum Courses {
    Table,
    Id,
}

fn fk(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LessonCompletions::Table)
                    .col(big_pk_auto(LessonCompletions::Id))
                    .col(integer(LessonCompletions::UserId))
                    .col(integer(LessonCompletions::LessonId))
                    .col(big_integer(LessonCompletions::CompletedAt))
                    .foreign_key(&mut fk(
                        "fk_completions_user",
                        (LessonCompletions::Table, LessonCompletions::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_completions_lesson",
                        (LessonCompletions::Table, LessonCompletions::LessonId),
                        (Lessons::Table, Lessons::Id),
                    ))
                    .index(
                        Index::create()
                            .name("uq_completions_user_lesson")
                            .col(LessonCompletions::UserId)
                            .col(LessonCompletions::LessonId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(QuizAttempts::Table)
                    .col(big_pk_auto(QuizAttempts::Id))
                    .col(integer(QuizAttempts::UserId))
                    .col(integer(QuizAttempts::QuizId))
                    .col(string_len(QuizAttempts::AttemptKey, 64))
                    .col(integer(QuizAttempts::Correct))
                    .col(integer(QuizAttempts::Total))
                    .col(boolean(QuizAttempts::Passed))
                    .col(text(QuizAttempts::Responses))
                    .col(big_integer(QuizAttempts::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_attempts_user",
                        (QuizAttempts::Table, QuizAttempts::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_attempts_quiz",
                        (QuizAttempts::Table, QuizAttempts::QuizId),
                        (Quizzes::Table, Quizzes::Id),
                    ))
                    .index(
                        Index::create()
                            .name("uq_attempts_user_key")
                            .col(QuizAttempts::UserId)
                            .col(QuizAttempts::AttemptKey)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Certificates::Table)
                    .col(pk_auto(Certificates::Id))
                    .col(string_len_uniq(Certificates::Code, 32))
                    .col(integer(Certificates::UserId))
                    .col(integer(Certificates::CourseId))
                    .col(integer(Certificates::ScorePercent))
                    .col(big_integer(Certificates::IssuedAt))
                    .foreign_key(&mut fk(
                        "fk_certificates_user",
                        (Certificates::Table, Certificates::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_certificates_course",
                        (Certificates::Table, Certificates::CourseId),
                        (Courses::Table, Courses::Id),
                    ))
                    .index(
                        Index::create()
                            .name("uq_certificates_user_course")
                            .col(Certificates::UserId)
                            .col(Certificates::CourseId)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Certificates::Table.into_iden(),
            QuizAttempts::Table.into_iden(),
            LessonCompletions::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
