//! A practice quiz in progress: the answers chosen so far and the ones already checked, keyed
//! like attempts by the page's attempt id. Lets feedback come after each answer without
//! JavaScript, and a learner on a patchy network pick the quiz up again.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum QuizDrafts {
    Table,
    Id,
    UserId,
    QuizId,
    AttemptKey,
    Responses,
    Checked,
    UpdatedAt,
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
            .create_table(
                Table::create()
                    .table(QuizDrafts::Table)
                    .col(big_pk_auto(QuizDrafts::Id))
                    .col(integer(QuizDrafts::UserId))
                    .col(integer(QuizDrafts::QuizId))
                    .col(string_len(QuizDrafts::AttemptKey, 64))
                    .col(text(QuizDrafts::Responses))
                    .col(text(QuizDrafts::Checked))
                    .col(big_integer(QuizDrafts::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_drafts_user")
                            .from(QuizDrafts::Table, QuizDrafts::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_drafts_quiz")
                            .from(QuizDrafts::Table, QuizDrafts::QuizId)
                            .to(Quizzes::Table, Quizzes::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .index(
                        Index::create()
                            .name("uq_drafts_user_key")
                            .col(QuizDrafts::UserId)
                            .col(QuizDrafts::AttemptKey)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(QuizDrafts::Table).to_owned())
            .await
    }
}
