//! Writing checked packs into the database, one transaction per pack. Rows are matched by their
//! pack ids, so re-importing an edited pack updates texts in place and learners keep their
//! progress; lessons and quizzes that left the pack are removed. Only what changed is written:
//! re-importing an unchanged pack writes nothing, and the course's `updated_at` moves only when
//! something in it did.

use super::pack::{load_pack, LessonPack, Media, ModulePack, Pack, PackError, QuizPack, Texts};
use crate::db::{
    entities::{course, lesson, lesson_body, media, module, quiz},
    now,
};
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, IntoActiveModel, QueryFilter, QuerySelect, Set, TryIntoModel,
};
use std::{collections::BTreeMap, path::Path};

/// What an import did.
#[derive(Debug, Default)]
pub struct ImportReport {
    /// Packs that passed every check and are in the database as they are now.
    pub imported: Vec<String>,
    /// Those of `imported` that were already there unchanged: nothing was written for them.
    pub unchanged: Vec<String>,
    pub rejected: Vec<(String, Vec<PackError>)>,
}

/// Imports the glossary and every pack folder (one with a `course.toml`) under `root`, in name
/// order.
pub async fn import_dir(db: &DatabaseConnection, root: &Path) -> Result<ImportReport, DbErr> {
    let mut slugs: Vec<String> = std::fs::read_dir(root)
        .map_err(|e| DbErr::Custom(format!("cannot read {}: {e}", root.display())))?
        .filter_map(Result::ok)
        // Not `is_file`: a pack whose course.toml is a link must be seen to be refused.
        .filter(|e| e.path().join("course.toml").symlink_metadata().is_ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    slugs.sort();
    // The glossary links lessons' words, so a broken one rejects every pack (load_pack says why).
    if let Ok(glossary) = super::glossary::load(root) {
        super::glossary::repo::save(db, &glossary.unwrap_or_default()).await?;
    }
    let mut report = ImportReport::default();
    for (position, slug) in slugs.into_iter().enumerate() {
        match load_pack(root, &slug) {
            Ok(pack) => {
                if !import_pack(db, &pack, position as i32).await? {
                    report.unchanged.push(slug.clone());
                }
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

/// Inserts or updates one pack, all or nothing, writing only what differs from the database.
/// Whether anything was written.
pub async fn import_pack(
    db: &DatabaseConnection,
    pack: &Pack,
    position: i32,
) -> Result<bool, DbErr> {
    let txn = crate::db::begin_write(db).await?;
    let stored = course::Entity::find()
        .filter(course::Column::Slug.eq(&pack.slug))
        .one(&txn)
        .await?;
    let stored_id = stored.as_ref().map(|c| c.id);
    let mut row = match stored {
        Some(c) => c.into_active_model(),
        None => course::ActiveModel {
            slug: Set(pack.slug.clone()),
            ..Default::default()
        },
    };
    row.audience.set_ne(pack.audience.clone());
    row.pass_mark.set_ne(pack.pass_mark as i32);
    row.final_attempts_per_day
        .set_ne(pack.final_attempts_per_day as i32);
    row.position.set_ne(position);
    row.title.set_ne(json(&pack.title));
    row.summary.set_ne(json(&pack.summary));
    row.final_quiz_key.set_ne(pack.final_quiz.key.clone());
    let (course_id, mut changed) = match stored_id {
        Some(id) => (id, row.is_changed()),
        None => {
            row.updated_at = Set(now());
            let inserted = row.clone().insert(&txn).await?;
            (inserted.id, true)
        }
    };
    changed |= sync_structure(&txn, course_id, pack).await?;
    changed |= sync_media(&txn, course_id, &pack.media).await?;
    // A new course was written whole above; a stored one is dated by its last change.
    if changed && stored_id.is_some() {
        row.updated_at = Set(now());
        row.update(&txn).await?;
        // Lessons added or removed change who has completed the course.
        crate::coverage::track::rebuild(&txn).await?;
    }
    if changed {
        crate::courses::structure::announce_change(&txn, &pack.slug).await?;
    }
    txn.commit().await?;
    Ok(changed)
}

/// Writes `row` if anything in it is set: an insert when it has no id yet, else an update. The
/// row as stored, and whether it was written.
async fn save<A, M>(db: &impl ConnectionTrait, row: A) -> Result<(M, bool), DbErr>
where
    A: ActiveModelTrait<Entity = M::Entity> + ActiveModelBehavior + TryIntoModel<M> + Send,
    M: sea_orm::ModelTrait + IntoActiveModel<A>,
    M::Entity: EntityTrait<Model = M>,
{
    if !row.is_changed() {
        return Ok((row.try_into_model()?, false));
    }
    let written = if row.get_primary_key_value().is_some() {
        row.update(db).await?
    } else {
        row.insert(db).await?
    };
    Ok((written, true))
}

/// Modules, lessons with their bodies and quizzes made to match the pack; whether any changed.
async fn sync_structure(
    db: &impl ConnectionTrait,
    course_id: i32,
    pack: &Pack,
) -> Result<bool, DbErr> {
    let mut modules: BTreeMap<String, module::Model> = module::Entity::find()
        .filter(module::Column::CourseId.eq(course_id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.key.clone(), m))
        .collect();
    let mut lessons: BTreeMap<String, lesson::Model> = lesson::Entity::find()
        .filter(lesson::Column::CourseId.eq(course_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| (l.key.clone(), l))
        .collect();
    // Every lesson's texts in one query, by lesson and language.
    let mut bodies: BTreeMap<i32, BTreeMap<String, lesson_body::Model>> = BTreeMap::new();
    for body in lesson_body::Entity::find()
        .filter(lesson_body::Column::LessonId.is_in(lessons.values().map(|l| l.id)))
        .all(db)
        .await?
    {
        bodies
            .entry(body.lesson_id)
            .or_default()
            .insert(body.lang.clone(), body);
    }
    let mut quizzes: BTreeMap<String, quiz::Model> = quiz::Entity::find()
        .filter(quiz::Column::CourseId.eq(course_id))
        .all(db)
        .await?
        .into_iter()
        .map(|q| (q.key.clone(), q))
        .collect();
    let mut changed = false;
    let mut lesson_position = 0;
    for (m_pos, m) in pack.modules.iter().enumerate() {
        let stored = modules.remove(&m.key);
        let (module_id, module_changed) =
            sync_module(db, course_id, m_pos as i32, m, stored).await?;
        changed |= module_changed;
        for l in &m.lessons {
            lesson_position += 1;
            let stored = lessons.remove(&l.key);
            let stored_bodies = stored
                .as_ref()
                .and_then(|s| bodies.remove(&s.id))
                .unwrap_or_default();
            changed |= sync_lesson(
                db,
                course_id,
                module_id,
                lesson_position,
                l,
                stored,
                stored_bodies,
            )
            .await?;
        }
    }
    let practice = pack.modules.iter().map(|m| ("practice", &m.quiz));
    for (kind, q) in [("final", &pack.final_quiz)].into_iter().chain(practice) {
        changed |= sync_quiz(db, course_id, kind, q, quizzes.remove(&q.key)).await?;
    }
    // What is left was removed from the pack; lessons go before the modules holding them.
    let gone_lessons: Vec<i32> = lessons.values().map(|l| l.id).collect();
    let gone_modules: Vec<i32> = modules.values().map(|m| m.id).collect();
    let gone_quizzes: Vec<i32> = quizzes.values().map(|q| q.id).collect();
    if !gone_lessons.is_empty() {
        lesson::Entity::delete_many()
            .filter(lesson::Column::Id.is_in(gone_lessons))
            .exec(db)
            .await?;
        changed = true;
    }
    if !gone_modules.is_empty() {
        module::Entity::delete_many()
            .filter(module::Column::Id.is_in(gone_modules))
            .exec(db)
            .await?;
        changed = true;
    }
    if !gone_quizzes.is_empty() {
        quiz::Entity::delete_many()
            .filter(quiz::Column::Id.is_in(gone_quizzes))
            .exec(db)
            .await?;
        changed = true;
    }
    Ok(changed)
}

/// Makes the course's stored files match the pack: unchanged files are not rewritten. Whether
/// any file was added or removed.
async fn sync_media(
    db: &impl ConnectionTrait,
    course_id: i32,
    files: &Media,
) -> Result<bool, DbErr> {
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
    let mut changed = false;
    for (id, path, sha) in &stored {
        match files.get(path) {
            Some(file) if &file.sha256 == sha => {}
            _ => {
                media::Entity::delete_by_id(*id).exec(db).await?;
                changed = true;
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
        changed = true;
    }
    Ok(changed)
}

/// The module's id, and whether it was written.
async fn sync_module(
    db: &impl ConnectionTrait,
    course_id: i32,
    position: i32,
    m: &ModulePack,
    stored: Option<module::Model>,
) -> Result<(i32, bool), DbErr> {
    let mut row = match stored {
        Some(s) => s.into_active_model(),
        None => module::ActiveModel {
            course_id: Set(course_id),
            key: Set(m.key.clone()),
            ..Default::default()
        },
    };
    row.position.set_ne(position);
    row.title.set_ne(json(&m.title));
    row.summary.set_ne(json(&m.summary));
    row.quiz_key.set_ne(m.quiz.key.clone());
    let (module, changed) = save(db, row).await?;
    Ok((module.id, changed))
}

/// Whether the lesson or any of its bodies (`bodies`: those stored, by language) was written.
async fn sync_lesson(
    db: &impl ConnectionTrait,
    course_id: i32,
    module_id: i32,
    position: i32,
    l: &LessonPack,
    stored: Option<lesson::Model>,
    mut bodies: BTreeMap<String, lesson_body::Model>,
) -> Result<bool, DbErr> {
    let titles: Texts = l
        .bodies
        .iter()
        .map(|(lang, body)| (lang.clone(), body.title.clone()))
        .collect();
    let mut row = match stored {
        Some(s) => s.into_active_model(),
        None => lesson::ActiveModel {
            course_id: Set(course_id),
            key: Set(l.key.clone()),
            ..Default::default()
        },
    };
    row.module_id.set_ne(module_id);
    row.position.set_ne(position);
    row.title.set_ne(json(&titles));
    let (lesson, mut changed) = save(db, row).await?;
    for (lang, body) in &l.bodies {
        let mut row = match bodies.remove(lang) {
            Some(b) => b.into_active_model(),
            None => lesson_body::ActiveModel {
                lesson_id: Set(lesson.id),
                lang: Set(lang.clone()),
                ..Default::default()
            },
        };
        row.title.set_ne(body.title.clone());
        row.html.set_ne(body.html.clone());
        row.audio.set_ne(body.audio.clone());
        changed |= save(db, row).await?.1;
    }
    let gone: Vec<i32> = bodies.values().map(|b| b.id).collect();
    if !gone.is_empty() {
        lesson_body::Entity::delete_many()
            .filter(lesson_body::Column::Id.is_in(gone))
            .exec(db)
            .await?;
        changed = true;
    }
    Ok(changed)
}

/// Whether the quiz was written.
async fn sync_quiz(
    db: &impl ConnectionTrait,
    course_id: i32,
    kind: &str,
    q: &QuizPack,
    stored: Option<quiz::Model>,
) -> Result<bool, DbErr> {
    let questions =
        serde_json::to_string(&q.questions).map_err(|e| DbErr::Custom(e.to_string()))?;
    let mut row = match stored {
        Some(s) => s.into_active_model(),
        None => quiz::ActiveModel {
            course_id: Set(course_id),
            key: Set(q.key.clone()),
            ..Default::default()
        },
    };
    row.kind.set_ne(kind.to_owned());
    row.questions.set_ne(questions);
    Ok(save(db, row).await?.1)
}
