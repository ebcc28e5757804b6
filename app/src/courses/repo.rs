//! Reading courses for pages, and recording completed lessons.

use super::structure::CourseStructure;
use super::{CourseCard, CourseOutline, LessonLink, LessonView, Localized, ModuleOutline};
use crate::{
    db::{
        entities::{
            certificate, course, lesson, lesson_body, lesson_completion, media, quiz, quiz_attempt,
        },
        now,
    },
    i18n::Lang,
};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::{BTreeMap, HashMap, HashSet};

/// The text for `lang` from a JSON map of texts, falling back along [`Lang::fallbacks`].
pub fn pick(json: &str, lang: Lang) -> Localized {
    let texts: BTreeMap<String, String> = serde_json::from_str(json).unwrap_or_default();
    pick_from(&texts, lang)
}

pub fn pick_from(texts: &BTreeMap<String, String>, lang: Lang) -> Localized {
    lang.fallbacks()
        .iter()
        .find_map(|l| {
            texts
                .get(l.code())
                .filter(|t| !t.is_empty())
                .map(|t| Localized {
                    text: t.clone(),
                    lang: *l,
                })
        })
        .unwrap_or_else(|| Localized {
            text: String::new(),
            lang: Lang::En,
        })
}

pub async fn by_slug(db: &DatabaseConnection, slug: &str) -> Result<Option<course::Model>, DbErr> {
    course::Entity::find()
        .filter(course::Column::Slug.eq(slug))
        .one(db)
        .await
}

async fn completed_lessons(
    db: &DatabaseConnection,
    user: Option<i32>,
) -> Result<HashSet<i32>, DbErr> {
    let Some(user) = user else {
        return Ok(HashSet::new());
    };
    Ok(lesson_completion::Entity::find()
        .filter(lesson_completion::Column::UserId.eq(user))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.lesson_id)
        .collect())
}

/// The catalogue, optionally only courses for `audience` (plus those for everyone).
pub async fn catalogue(
    db: &DatabaseConnection,
    lang: Lang,
    audience: Option<&str>,
    user: Option<i32>,
) -> Result<Vec<CourseCard>, DbErr> {
    let courses = course::Entity::find()
        .order_by_asc(course::Column::Position)
        .all(db)
        .await?;
    let lessons = lesson::Entity::find().all(db).await?;
    let quizzes = quiz::Entity::find().all(db).await?;
    let record = Record::of(db, user).await?;
    Ok(courses
        .into_iter()
        .filter(|c| audience.is_none_or(|a| c.audience == a || c.audience == "everyone"))
        .map(|c| {
            let mine: Vec<i32> = lessons
                .iter()
                .filter(|l| l.course_id == c.id)
                .map(|l| l.id)
                .collect();
            let its_quizzes: Vec<i32> = quizzes
                .iter()
                .filter(|q| q.course_id == c.id)
                .map(|q| q.id)
                .collect();
            let done = record.of_course(c.id, &mine, &its_quizzes);
            CourseCard {
                slug: c.slug.clone(),
                title: pick(&c.title, lang),
                summary: pick(&c.summary, lang),
                audience: c.audience.clone(),
                lessons: mine.len() as u32,
                progress: (user.is_some() && done.started).then_some(done.percent),
                completed: done.certified,
            }
        })
        .collect())
}

/// What the viewer has done: lessons read, quizzes attempted and passed, courses certified.
#[derive(Default)]
struct Record {
    lessons: HashSet<i32>,
    attempted: HashSet<i32>,
    passed: HashSet<i32>,
    /// Course → the code of the viewer's certificate for it.
    certified: HashMap<i32, String>,
}

/// The viewer's progress in one course.
struct Done {
    started: bool,
    certified: bool,
    percent: u32,
}

impl Record {
    async fn of(db: &DatabaseConnection, user: Option<i32>) -> Result<Record, DbErr> {
        let Some(user) = user else {
            return Ok(Record::default());
        };
        let attempts: Vec<(i32, bool)> = quiz_attempt::Entity::find()
            .select_only()
            .column(quiz_attempt::Column::QuizId)
            .column(quiz_attempt::Column::Passed)
            .distinct()
            .filter(quiz_attempt::Column::UserId.eq(user))
            .into_tuple()
            .all(db)
            .await?;
        let certified: Vec<(i32, String)> = certificate::Entity::find()
            .select_only()
            .column(certificate::Column::CourseId)
            .column(certificate::Column::Code)
            .filter(certificate::Column::UserId.eq(user))
            .into_tuple()
            .all(db)
            .await?;
        Ok(Record {
            lessons: completed_lessons(db, Some(user)).await?,
            attempted: attempts.iter().map(|a| a.0).collect(),
            passed: attempts.iter().filter(|a| a.1).map(|a| a.0).collect(),
            certified: certified.into_iter().collect(),
        })
    }

    /// Progress counts lessons read and quizzes passed out of all of the course's lessons and
    /// quizzes; a certificate is the whole course.
    fn of_course(&self, course: i32, lessons: &[i32], quizzes: &[i32]) -> Done {
        let read = lessons.iter().filter(|l| self.lessons.contains(l)).count();
        let passed = quizzes.iter().filter(|q| self.passed.contains(q)).count();
        let certified = self.certified.contains_key(&course);
        Done {
            started: certified || read > 0 || quizzes.iter().any(|q| self.attempted.contains(q)),
            certified,
            percent: if certified {
                100
            } else {
                percent(read + passed, lessons.len() + quizzes.len())
            },
        }
    }
}

fn percent(part: usize, whole: usize) -> u32 {
    (part * 100).checked_div(whole).unwrap_or(0) as u32
}

/// A course's outline with the viewer's progress.
pub async fn outline(
    db: &DatabaseConnection,
    s: &CourseStructure,
    lang: Lang,
    user: Option<i32>,
) -> Result<CourseOutline, DbErr> {
    let (c, modules, lessons) = (&s.course, &s.modules, &s.lessons);
    let record = Record::of(db, user).await?;
    let done = &record.lessons;
    let best = best_results(db, c.id, user).await?;
    let certificate = record.certified.get(&c.id).cloned();
    let quiz_ids: Vec<i32> = quiz::Entity::find()
        .select_only()
        .column(quiz::Column::Id)
        .filter(quiz::Column::CourseId.eq(c.id))
        .into_tuple()
        .all(db)
        .await?;
    let lesson_ids: Vec<i32> = lessons.iter().map(|l| l.id).collect();
    let progress = record.of_course(c.id, &lesson_ids, &quiz_ids);
    Ok(CourseOutline {
        slug: c.slug.clone(),
        title: pick(&c.title, lang),
        summary: pick(&c.summary, lang),
        pass_mark: c.pass_mark as u32,
        modules: modules
            .iter()
            .map(|m| ModuleOutline {
                key: m.key.clone(),
                title: pick(&m.title, lang),
                summary: pick(&m.summary, lang),
                lessons: lessons
                    .iter()
                    .filter(|l| l.module_id == m.id)
                    .map(|l| LessonLink {
                        key: l.key.clone(),
                        title: pick(&l.title, lang),
                        done: done.contains(&l.id),
                    })
                    .collect(),
                quiz_key: m.quiz_key.clone(),
                best: best.get(&m.quiz_key).copied(),
            })
            .collect(),
        final_quiz_key: c.final_quiz_key.clone(),
        progress: progress.percent,
        started: progress.started,
        resume: user.and_then(|_| {
            lessons
                .iter()
                .find(|l| !done.contains(&l.id))
                .map(|l| l.key.clone())
        }),
        certificate,
    })
}

/// Best `(correct, total)` per quiz key of the viewer in a course.
async fn best_results(
    db: &DatabaseConnection,
    course_id: i32,
    user: Option<i32>,
) -> Result<HashMap<String, (u32, u32)>, DbErr> {
    let Some(user) = user else {
        return Ok(HashMap::new());
    };
    let rows = quiz_attempt::Entity::find()
        .find_also_related(quiz::Entity)
        .filter(quiz_attempt::Column::UserId.eq(user))
        .filter(quiz::Column::CourseId.eq(course_id))
        .all(db)
        .await?;
    let mut best: HashMap<String, (u32, u32)> = HashMap::new();
    for (attempt, quiz) in rows {
        let Some(quiz) = quiz else { continue };
        let entry = best.entry(quiz.key).or_insert((0, attempt.total as u32));
        if attempt.correct as u32 >= entry.0 {
            *entry = (attempt.correct as u32, attempt.total as u32);
        }
    }
    Ok(best)
}

/// A lesson in the reader's language (or its fallback), with its neighbours.
pub async fn lesson_view(
    db: &DatabaseConnection,
    s: &CourseStructure,
    key: &str,
    lang: Lang,
    user: Option<i32>,
) -> Result<Option<LessonView>, DbErr> {
    let (c, lessons) = (&s.course, &s.lessons);
    let Some(index) = lessons.iter().position(|l| l.key == key) else {
        return Ok(None);
    };
    let this = &lessons[index];
    let langs: Vec<&str> = lang.fallbacks().iter().map(|l| l.code()).collect();
    let bodies = lesson_body::Entity::find()
        .filter(lesson_body::Column::LessonId.eq(this.id))
        .filter(lesson_body::Column::Lang.is_in(langs))
        .all(db)
        .await?;
    let Some(body) = lang
        .fallbacks()
        .iter()
        .find_map(|l| bodies.iter().find(|b| b.lang == l.code()))
    else {
        return Ok(None);
    };
    let done = completed_lessons(db, user).await?;
    let link = |l: &lesson::Model| LessonLink {
        key: l.key.clone(),
        title: pick(&l.title, lang),
        done: done.contains(&l.id),
    };
    let last_in_module = lessons
        .get(index + 1)
        .is_none_or(|n| n.module_id != this.module_id);
    let module_quiz = last_in_module
        .then(|| {
            s.modules
                .iter()
                .find(|m| m.id == this.module_id)
                .map(|m| m.quiz_key.clone())
        })
        .flatten();
    Ok(Some(LessonView {
        course_slug: c.slug.clone(),
        course_title: pick(&c.title, lang),
        key: this.key.clone(),
        title: body.title.clone(),
        html: body.html.clone(),
        audio: body.audio.clone(),
        lang: Lang::from_code(&body.lang).unwrap_or_default(),
        prev: index.checked_sub(1).map(|i| link(&lessons[i])),
        next: lessons.get(index + 1).map(link),
        module_quiz,
        done: done.contains(&this.id),
    }))
}

/// Records that `user` completed the lesson `key` of course `c` (idempotent). False when there
/// is no such lesson.
pub async fn mark_complete(
    db: &DatabaseConnection,
    user: i32,
    c: &course::Model,
    key: &str,
) -> Result<bool, DbErr> {
    let Some(l) = lesson::Entity::find()
        .filter(lesson::Column::CourseId.eq(c.id))
        .filter(lesson::Column::Key.eq(key))
        .one(db)
        .await?
    else {
        return Ok(false);
    };
    let txn = crate::db::begin_write(db).await?;
    let counted = crate::coverage::track::before(&txn, &[user]).await?;
    lesson_completion::Entity::insert(lesson_completion::ActiveModel {
        user_id: Set(user),
        lesson_id: Set(l.id),
        completed_at: Set(now()),
        ..Default::default()
    })
    .on_conflict_do_nothing_on([
        lesson_completion::Column::UserId,
        lesson_completion::Column::LessonId,
    ])
    .exec_without_returning(&txn)
    .await?;
    crate::coverage::track::after(&txn, counted).await?;
    txn.commit().await?;
    Ok(true)
}

/// A course file's id, type and version (`sha256`), without its bytes: enough to answer a
/// browser revalidating its cached copy.
pub struct MediaHead {
    pub id: i32,
    pub content_type: String,
    pub sha256: String,
}

pub async fn media_head(
    db: &DatabaseConnection,
    slug: &str,
    path: &str,
) -> Result<Option<MediaHead>, DbErr> {
    let row: Option<(i32, String, String)> = media::Entity::find()
        .select_only()
        .columns([
            media::Column::Id,
            media::Column::ContentType,
            media::Column::Sha256,
        ])
        .inner_join(course::Entity)
        .filter(course::Column::Slug.eq(slug))
        .filter(media::Column::Path.eq(path))
        .into_tuple()
        .one(db)
        .await?;
    Ok(row.map(|(id, content_type, sha256)| MediaHead {
        id,
        content_type,
        sha256,
    }))
}

/// The bytes of course file `id`.
pub async fn media_bytes(db: &DatabaseConnection, id: i32) -> Result<Option<Vec<u8>>, DbErr> {
    media::Entity::find_by_id(id)
        .select_only()
        .column(media::Column::Bytes)
        .into_tuple()
        .one(db)
        .await
}
