//! Courses imported from content packs: courses → modules → lessons (+ bodies per language),
//! and quizzes with their answer keys.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Courses {
    Table,
    Id,
    Slug,
    Audience,
    PassMark,
    Position,
    Title,
    Summary,
    FinalQuizKey,
    UpdatedAt,
}
#[derive(DeriveIden)]
enum Modules {
    Table,
    Id,
    CourseId,
    Key,
    Position,
    Title,
    Summary,
    QuizKey,
}
#[derive(DeriveIden)]
enum Lessons {
    Table,
    Id,
    CourseId,
    ModuleId,
    Key,
    Position,
    Title,
}
#[derive(DeriveIden)]
enum LessonBodies {
    Table,
    Id,
    LessonId,
    Lang,
    Title,
    Html,
}
#[derive(DeriveIden)]
enum Quizzes {
    Table,
    Id,
    CourseId,
    Key,
    Kind,
    Questions,
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
                    .table(Courses::Table)
                    .col(pk_auto(Courses::Id))
                    .col(string_len_uniq(Courses::Slug, 80))
                    .col(string_len(Courses::Audience, 32))
                    .col(integer(Courses::PassMark))
                    .col(integer(Courses::Position))
                    .col(text(Courses::Title))
                    .col(text(Courses::Summary))
                    .col(string_len(Courses::FinalQuizKey, 80))
                    .col(big_integer(Courses::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Modules::Table)
                    .col(pk_auto(Modules::Id))
                    .col(integer(Modules::CourseId))
                    .col(string_len(Modules::Key, 80))
                    .col(integer(Modules::Position))
                    .col(text(Modules::Title))
                    .col(text(Modules::Summary))
                    .col(string_len(Modules::QuizKey, 80))
                    .foreign_key(&mut fk(
                        "fk_modules_course",
                        (Modules::Table, Modules::CourseId),
                        (Courses::Table, Courses::Id),
                    ))
                    .index(
                        Index::create()
                            .name("uq_modules_course_key")
                            .col(Modules::CourseId)
                            .col(Modules::Key)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Lessons::Table)
                    .col(pk_auto(Lessons::Id))
                    .col(integer(Lessons::CourseId))
                    .col(integer(Lessons::ModuleId))
                    .col(string_len(Lessons::Key, 80))
                    .col(integer(Lessons::Position))
                    .col(text(Lessons::Title))
                    .foreign_key(&mut fk(
                        "fk_lessons_module",
                        (Lessons::Table, Lessons::ModuleId),
                        (Modules::Table, Modules::Id),
                    ))
                    .index(
                        Index::create()
                            .name("uq_lessons_course_key")
                            .col(Lessons::CourseId)
                            .col(Lessons::Key)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LessonBodies::Table)
                    .col(pk_auto(LessonBodies::Id))
                    .col(integer(LessonBodies::LessonId))
                    .col(string_len(LessonBodies::Lang, 8))
                    .col(text(LessonBodies::Title))
                    .col(text(LessonBodies::Html))
                    .foreign_key(&mut fk(
                        "fk_bodies_lesson",
                        (LessonBodies::Table, LessonBodies::LessonId),
                        (Lessons::Table, Lessons::Id),
                    ))
                    .index(
                        Index::create()
                            .name("uq_bodies_lesson_lang")
                            .col(LessonBodies::LessonId)
                            .col(LessonBodies::Lang)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Quizzes::Table)
                    .col(pk_auto(Quizzes::Id))
                    .col(integer(Quizzes::CourseId))
                    .col(string_len(Quizzes::Key, 80))
                    .col(string_len(Quizzes::Kind, 16))
                    .col(text(Quizzes::Questions))
                    .foreign_key(&mut fk(
                        "fk_quizzes_course",
                        (Quizzes::Table, Quizzes::CourseId),
                        (Courses::Table, Courses::Id),
                    ))
                    .index(
                        Index::create()
                            .name("uq_quizzes_course_key")
                            .col(Quizzes::CourseId)
                            .col(Quizzes::Key)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Quizzes::Table.into_iden(),
            LessonBodies::Table.into_iden(),
            Lessons::Table.into_iden(),
            Modules::Table.into_iden(),
            Courses::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
