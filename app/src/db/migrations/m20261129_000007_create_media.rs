//! Pictures and recordings imported with content packs, and an optional recording per lesson
//! body. Stored in the database so every app server sharing it can serve them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Media {
    Table,
    Id,
    CourseId,
    Path,
    ContentType,
    Sha256,
    Bytes,
}
#[derive(DeriveIden)]
enum Courses {
    Table,
    Id,
}
#[derive(DeriveIden)]
enum LessonBodies {
    Table,
    Audio,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Media::Table)
                    .col(pk_auto(Media::Id))
                    .col(integer(Media::CourseId))
                    .col(string_len(Media::Path, 200))
                    .col(string_len(Media::ContentType, 60))
                    .col(string_len(Media::Sha256, 64))
                    .col(blob(Media::Bytes))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_media_course")
                            .from(Media::Table, Media::CourseId)
                            .to(Courses::Table, Courses::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .index(
                        Index::create()
                            .name("uq_media_course_path")
                            .col(Media::CourseId)
                            .col(Media::Path)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(LessonBodies::Table)
                    .add_column(string_len_null(LessonBodies::Audio, 300))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(LessonBodies::Table)
                    .drop_column(LessonBodies::Audio)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Media::Table).to_owned())
            .await
    }
}
