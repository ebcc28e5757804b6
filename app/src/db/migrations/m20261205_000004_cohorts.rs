//! Trainers: cohorts and their members, one-time start codes, course assignments with due
//! dates (to the whole cohort or to chosen learners of it), attendance at in-person sessions, and uploaded enrolment lists awaiting confirmation.
//! A lesson completion records the session it was taught at (none: self-study).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Districts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Courses {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Lessons {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Cohorts {
    Table,
    Id,
    Pid,
    Name,
    Kind,
    DistrictId,
    TrainerId,
    ScheduleNotes,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CohortMembers {
    Table,
    CohortId,
    UserId,
    AddedAt,
}

#[derive(DeriveIden)]
enum StartCodes {
    Table,
    UserId,
    CodeHash,
    IssuedBy,
    IssuedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum CourseAssignments {
    Table,
    Id,
    CohortId,
    CourseId,
    DueOn,
    CreatedAt,
}

/// The learners a course assignment is limited to; none: the whole cohort.
#[derive(DeriveIden)]
enum CourseAssignmentLearners {
    Table,
    AssignmentId,
    UserId,
}

#[derive(DeriveIden)]
enum TrainingSessions {
    Table,
    Id,
    CohortId,
    HeldOn,
    RecordedBy,
    FormKey,
    CreatedAt,
}

#[derive(DeriveIden)]
enum TrainingAttendance {
    Table,
    SessionId,
    UserId,
}

#[derive(DeriveIden)]
enum TrainingSessionLessons {
    Table,
    SessionId,
    LessonId,
}

#[derive(DeriveIden)]
enum EnrolmentUploads {
    Table,
    Id,
    Pid,
    CohortId,
    UploadedBy,
    Rows,
    CreatedAt,
}

#[derive(DeriveIden)]
enum LessonCompletions {
    Table,
    TrainingSessionId,
}

fn fk(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
    cascade: bool,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(if cascade {
            ForeignKeyAction::Cascade
        } else {
            ForeignKeyAction::Restrict
        })
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Cohorts::Table)
                    .col(pk_auto(Cohorts::Id))
                    .col(string_len_uniq(Cohorts::Pid, 36))
                    .col(string_len(Cohorts::Name, 120))
                    .col(string_len(Cohorts::Kind, 16))
                    .col(integer(Cohorts::DistrictId))
                    .col(integer(Cohorts::TrainerId))
                    .col(text(Cohorts::ScheduleNotes))
                    .col(big_integer(Cohorts::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_cohort_district",
                        (Cohorts::Table, Cohorts::DistrictId),
                        (Districts::Table, Districts::Id),
                        false,
                    ))
                    .foreign_key(&mut fk(
                        "fk_cohort_trainer",
                        (Cohorts::Table, Cohorts::TrainerId),
                        (Users::Table, Users::Id),
                        false,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_cohort_trainer")
                    .table(Cohorts::Table)
                    .col(Cohorts::TrainerId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CohortMembers::Table)
                    .col(integer(CohortMembers::CohortId))
                    .col(integer(CohortMembers::UserId))
                    .col(big_integer(CohortMembers::AddedAt))
                    .primary_key(
                        Index::create()
                            .col(CohortMembers::CohortId)
                            .col(CohortMembers::UserId),
                    )
                    .foreign_key(&mut fk(
                        "fk_member_cohort",
                        (CohortMembers::Table, CohortMembers::CohortId),
                        (Cohorts::Table, Cohorts::Id),
                        true,
                    ))
                    .foreign_key(&mut fk(
                        "fk_member_user",
                        (CohortMembers::Table, CohortMembers::UserId),
                        (Users::Table, Users::Id),
                        false,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_member_user")
                    .table(CohortMembers::Table)
                    .col(CohortMembers::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StartCodes::Table)
                    .col(integer(StartCodes::UserId).primary_key())
                    .col(string_len(StartCodes::CodeHash, 64))
                    .col(integer(StartCodes::IssuedBy))
                    .col(big_integer(StartCodes::IssuedAt))
                    .col(big_integer(StartCodes::ExpiresAt))
                    .foreign_key(&mut fk(
                        "fk_start_code_user",
                        (StartCodes::Table, StartCodes::UserId),
                        (Users::Table, Users::Id),
                        true,
                    ))
                    .foreign_key(&mut fk(
                        "fk_start_code_issuer",
                        (StartCodes::Table, StartCodes::IssuedBy),
                        (Users::Table, Users::Id),
                        false,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CourseAssignments::Table)
                    .col(pk_auto(CourseAssignments::Id))
                    .col(integer(CourseAssignments::CohortId))
                    .col(integer(CourseAssignments::CourseId))
                    // ISO date (YYYY-MM-DD), India time.
                    .col(string_len_null(CourseAssignments::DueOn, 10))
                    .col(big_integer(CourseAssignments::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_assignment_cohort",
                        (CourseAssignments::Table, CourseAssignments::CohortId),
                        (Cohorts::Table, Cohorts::Id),
                        true,
                    ))
                    .foreign_key(&mut fk(
                        "fk_assignment_course",
                        (CourseAssignments::Table, CourseAssignments::CourseId),
                        (Courses::Table, Courses::Id),
                        true,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_assignment_cohort_course")
                    .table(CourseAssignments::Table)
                    .col(CourseAssignments::CohortId)
                    .col(CourseAssignments::CourseId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CourseAssignmentLearners::Table)
                    .col(integer(CourseAssignmentLearners::AssignmentId))
                    .col(integer(CourseAssignmentLearners::UserId))
                    .primary_key(
                        Index::create()
                            .col(CourseAssignmentLearners::AssignmentId)
                            .col(CourseAssignmentLearners::UserId),
                    )
                    .foreign_key(&mut fk(
                        "fk_assignment_learner_assignment",
                        (
                            CourseAssignmentLearners::Table,
                            CourseAssignmentLearners::AssignmentId,
                        ),
                        (CourseAssignments::Table, CourseAssignments::Id),
                        true,
                    ))
                    .foreign_key(&mut fk(
                        "fk_assignment_learner_user",
                        (
                            CourseAssignmentLearners::Table,
                            CourseAssignmentLearners::UserId,
                        ),
                        (Users::Table, Users::Id),
                        false,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_assignment_learner_user")
                    .table(CourseAssignmentLearners::Table)
                    .col(CourseAssignmentLearners::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingSessions::Table)
                    .col(pk_auto(TrainingSessions::Id))
                    .col(integer(TrainingSessions::CohortId))
                    .col(string_len(TrainingSessions::HeldOn, 10))
                    .col(integer(TrainingSessions::RecordedBy))
                    // The random key of the form that recorded it: a repeated post records once.
                    .col(string_len_uniq(TrainingSessions::FormKey, 64))
                    .col(big_integer(TrainingSessions::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_training_cohort",
                        (TrainingSessions::Table, TrainingSessions::CohortId),
                        (Cohorts::Table, Cohorts::Id),
                        false,
                    ))
                    .foreign_key(&mut fk(
                        "fk_training_recorder",
                        (TrainingSessions::Table, TrainingSessions::RecordedBy),
                        (Users::Table, Users::Id),
                        false,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_training_cohort")
                    .table(TrainingSessions::Table)
                    .col(TrainingSessions::CohortId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingAttendance::Table)
                    .col(integer(TrainingAttendance::SessionId))
                    .col(integer(TrainingAttendance::UserId))
                    .primary_key(
                        Index::create()
                            .col(TrainingAttendance::SessionId)
                            .col(TrainingAttendance::UserId),
                    )
                    .foreign_key(&mut fk(
                        "fk_attendance_session",
                        (TrainingAttendance::Table, TrainingAttendance::SessionId),
                        (TrainingSessions::Table, TrainingSessions::Id),
                        true,
                    ))
                    .foreign_key(&mut fk(
                        "fk_attendance_user",
                        (TrainingAttendance::Table, TrainingAttendance::UserId),
                        (Users::Table, Users::Id),
                        false,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrainingSessionLessons::Table)
                    .col(integer(TrainingSessionLessons::SessionId))
                    .col(integer(TrainingSessionLessons::LessonId))
                    .primary_key(
                        Index::create()
                            .col(TrainingSessionLessons::SessionId)
                            .col(TrainingSessionLessons::LessonId),
                    )
                    .foreign_key(&mut fk(
                        "fk_session_lesson_session",
                        (
                            TrainingSessionLessons::Table,
                            TrainingSessionLessons::SessionId,
                        ),
                        (TrainingSessions::Table, TrainingSessions::Id),
                        true,
                    ))
                    .foreign_key(&mut fk(
                        "fk_session_lesson_lesson",
                        (
                            TrainingSessionLessons::Table,
                            TrainingSessionLessons::LessonId,
                        ),
                        (Lessons::Table, Lessons::Id),
                        true,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EnrolmentUploads::Table)
                    .col(big_pk_auto(EnrolmentUploads::Id))
                    .col(string_len_uniq(EnrolmentUploads::Pid, 36))
                    .col(integer(EnrolmentUploads::CohortId))
                    .col(integer(EnrolmentUploads::UploadedBy))
                    // JSON of the parsed, validated rows: never the file as sent.
                    .col(text(EnrolmentUploads::Rows))
                    .col(big_integer(EnrolmentUploads::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_upload_cohort",
                        (EnrolmentUploads::Table, EnrolmentUploads::CohortId),
                        (Cohorts::Table, Cohorts::Id),
                        true,
                    ))
                    .foreign_key(&mut fk(
                        "fk_upload_user",
                        (EnrolmentUploads::Table, EnrolmentUploads::UploadedBy),
                        (Users::Table, Users::Id),
                        true,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(LessonCompletions::Table)
                    .add_column(integer_null(LessonCompletions::TrainingSessionId))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(LessonCompletions::Table)
                    .drop_column(LessonCompletions::TrainingSessionId)
                    .to_owned(),
            )
            .await?;
        for table in [
            EnrolmentUploads::Table.into_iden(),
            TrainingSessionLessons::Table.into_iden(),
            TrainingAttendance::Table.into_iden(),
            TrainingSessions::Table.into_iden(),
            CourseAssignmentLearners::Table.into_iden(),
            CourseAssignments::Table.into_iden(),
            StartCodes::Table.into_iden(),
            CohortMembers::Table.into_iden(),
            Cohorts::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
