//! Writing checked packs into the database, one transaction per pack. Rows are matched by their
//! pack ids, so re-importing an edited pack updates texts in place and learners keep their
//! progress; lessons and quizzes that left the pack are removed.

use super::pack::{load_pack, Media, Pack, PackError, QuizPack, Texts};
use crate::db::{
    entities::{course, lesson, lesson_body, media, module, quiz},
    now,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QuerySelect, Set, TransactionTrait,
};
use std::path::Path;

/// What an import did.
#[derive(Debug, Default)]
pub struct ImportReport {
    pub imported: Vec<String>,
    pub rejected: Vec<(String, Vec<PackError>)>,
}

/// Imports every pack folder (one with a `course.toml`) under `root`, in name order.
pub async fn import_dir(db: &DatabaseConnection, root: &Path) -> Result<ImportReport, DbErr> {
    let mut slugs: Vec<String> = std::fs::read_dir(root)
        .map_err(|e| DbErr::Custom(format!("cannot read {}: {e}", root.display())))?
        .filter_map(Result::ok)
        .filter(|e| e.path().join("course.toml").is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    slugs.sort();
    let mut report = ImportReport::default();
    for (position, slug) in slugs.into_iter().enumerate() {
        match load_pack(root, &slug) {
            Ok(pack) => {
                import_pack(db, &pack, position as i32).await?;
                report.imported.push(slug);
            }
            Err(errors) => report.rejected.push((slug, errors)),
        }
    }
    Ok(report)
}

fn json(texts: &Texts) -> String {
    serde_json::to_string(texts).unwrap_or_else(|_| "{}".into())
}

/// Inserts or updates one pack, all or nothing.
pub async fn import_pack(db: &DatabaseConnection, pack: &Pack, position: i32) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    let existing = course::Entity::find()
        .filter(course::Column::Slug.eq(&pack.slug))
        .one(&txn)
        .await?;
    let mut row = match &existing {
        Some(c) => course::ActiveModel {
            id: sea_orm::Unchanged(c.id),
            ..Default::default()
        },
        None => course::ActiveModel {
            slug: Set(pack.slug.clone()),
            ..Default::default()
        },
    };
    row.audience = Set(pack.audience.clone());
    row.pass_mark = Set(pack.pass_mark as i32);
    row.position = Set(position);
    row.title = Set(json(&pack.title));
    row.summary = Set(json(&pack.summary));
    row.final_quiz_key = Set(pack.final_quiz.key.clone());
    row.updated_at = Set(now());
    let course_id = if existing.is_some() {
        row.update(&txn).await?.id
    } else {
        row.insert(&txn).await?.id
    };

    let mut module_ids = Vec::new();
    let mut lesson_keys = Vec::new();
    let mut lesson_position = 0;
    for (m_pos, m) in pack.modules.iter().enumerate() {
        let module_id = upsert_module(&txn, course_id, m_pos as i32, m).await?;
        module_ids.push(module_id);
        for l in &m.lessons {
            lesson_position += 1;
            upsert_lesson(&txn, course_id, module_id, lesson_position, l).await?;
            lesson_keys.push(l.key.clone());
        }
    }
    let mut quiz_keys = vec![pack.final_quiz.key.clone()];
    upsert_quiz(&txn, course_id, "final", &pack.final_quiz).await?;
    for m in &pack.modules {
        upsert_quiz(&txn, course_id, "practice", &m.quiz).await?;
        quiz_keys.push(m.quiz.key.clone());
    }
    lesson::Entity::delete_many()
        .filter(lesson::Column::CourseId.eq(course_id))
        .filter(lesson::Column::Key.is_not_in(lesson_keys))
        .exec(&txn)
        .await?;
    module::Entity::delete_many()
        .filter(module::Column::CourseId.eq(course_id))
        .filter(module::Column::Id.is_not_in(module_ids))
        .exec(&txn)
        .await?;
    quiz::Entity::delete_many()
        .filter(quiz::Column::CourseId.eq(course_id))
        .filter(quiz::Column::Key.is_not_in(quiz_keys))
        .exec(&txn)
        .await?;
    sync_media(&txn, course_id, &pack.media).await?;
    txn.commit().await
}

/// Makes the course's stored files match the pack: unchanged files are not rewritten.
async fn sync_media(db: &impl ConnectionTrait, course_id: i32, files: &Media) -> Result<(), DbErr> {
    let stored: Vec<(i32, String, String)> = media::Entity::find()
        .select_only()
        .columns([
            media::Column::Id,
            media::Column::Path,
            media::Column::Sha256,
        ])
        .filter(media::Column::CourseId.eq(course_id))
        .into_tuple()
        .all(db)
        .await?;
    for (id, path, sha) in &stored {
        match files.get(path) {
            Some(file) if &file.sha256 == sha => {}
            _ => {
                media::Entity::delete_by_id(*id).exec(db).await?;
            }
        }
    }
    for (path, file) in files {
        if stored
            .iter()
            .any(|(_, p, sha)| p == path && sha == &file.sha256)
        {
            continue;
        }
        media::ActiveModel {
            course_id: Set(course_id),
            path: Set(path.clone()),
            content_type: Set(file.content_type.to_owned()),
            sha256: Set(file.sha256.clone()),
            bytes: Set(file.bytes.clone()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

async fn upsert_module(
    db: &impl ConnectionTrait,
    course_id: i32,
    position: i32,
    m: &super::pack::ModulePack,
) -> Result<i32, DbErr> {
    let existing = module::Entity::find()
        .filter(module::Column::CourseId.eq(course_id))
        .filter(module::Column::Key.eq(&m.key))
        .one(db)
        .await?;
    let mut row = match &existing {
        Some(e) => module::ActiveModel {
            id: sea_orm::Unchanged(e.id),
            ..Default::default()
        },
        None => module::ActiveModel {
            course_id: Set(course_id),
            key: Set(m.key.clone()),
            ..Default::default()
        },
    };
    row.position = Set(position);
    row.title = Set(json(&m.title));
    row.summary = Set(json(&m.summary));
    row.quiz_key = Set(m.quiz.key.clone());
    Ok(if existing.is_some() {
        row.update(db).await?.id
    } else {
        row.insert(db).await?.id
    })
}

async fn upsert_lesson(
    db: &impl ConnectionTrait,
    course_id: i32,
    module_id: i32,
    position: i32,
    l: &super::pack::LessonPack,
) -> Result<(), DbErr> {
    let existing = lesson::Entity::find()
        .filter(lesson::Column::CourseId.eq(course_id))
        .filter(lesson::Column::Key.eq(&l.key))
        .one(db)
        .await?;
    let titles: Texts = l
        .bodies
        .iter()
        .map(|(lang, body)| (lang.clone(), body.title.clone()))
        .collect();
    let mut row = match &existing {
        Some(e) => lesson::ActiveModel {
            id: sea_orm::Unchanged(e.id),
            ..Default::default()
        },
        None => lesson::ActiveModel {
            course_id: Set(course_id),
            key: Set(l.key.clone()),
            ..Default::default()
        },
    };
    row.module_id = Set(module_id);
    row.position = Set(position);
    row.title = Set(json(&titles));
    let lesson_id = if existing.is_some() {
        row.update(db).await?.id
    } else {
        row.insert(db).await?.id
    };
    lesson_body::Entity::delete_many()
        .filter(lesson_body::Column::LessonId.eq(lesson_id))
        .exec(db)
        .await?;
    for (lang, body) in &l.bodies {
        lesson_body::ActiveModel {
            lesson_id: Set(lesson_id),
            lang: Set(lang.clone()),
            title: Set(body.title.clone()),
            html: Set(body.html.clone()),
            audio: Set(body.audio.clone()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

async fn upsert_quiz(
    db: &impl ConnectionTrait,
    course_id: i32,
    kind: &str,
    q: &QuizPack,
) -> Result<(), DbErr> {
    let existing = quiz::Entity::find()
        .filter(quiz::Column::CourseId.eq(course_id))
        .filter(quiz::Column::Key.eq(&q.key))
        .one(db)
        .await?;
    let questions =
        serde_json::to_string(&q.questions).map_err(|e| DbErr::Custom(e.to_string()))?;
    let mut row = match &existing {
        Some(e) => quiz::ActiveModel {
            id: sea_orm::Unchanged(e.id),
            ..Default::default()
        },
        None => quiz::ActiveModel {
            course_id: Set(course_id),
            key: Set(q.key.clone()),
            ..Default::default()
        },
    };
    row.kind = Set(kind.into());
    row.questions = Set(questions);
    if existing.is_some() {
        row.update(db).await?;
    } else {
        row.insert(db).await?;
    }
    Ok(())
}
