//! Keeps `coverage_counts` equal to the sum of every learner's `facts::contributions`: a write
//! that touches learners takes `before` (locking their rows on PostgreSQL, so two writes for one
//! learner apply their differences one after the other), writes, then `after` applies the
//! difference in the same transaction. `rebuild` recomputes everything (after a course import
//! changes what "completed" means).

use super::facts::{accumulate, contributions, Activity, Key, Learner, LessonDone};
use crate::db::statement;
use sea_orm::{ConnectionTrait, DatabaseBackend, DbErr, Value};
use std::collections::{BTreeMap, HashMap};

/// The learners' contributions as they were before a write.
pub struct Before {
    users: Vec<i32>,
    cells: BTreeMap<Key, i64>,
    last_active: HashMap<i32, Option<i64>>,
    per_course: HashMap<i32, usize>,
}

/// Reads (and on PostgreSQL locks) `users` before a write that changes their counts.
pub async fn before(db: &impl ConnectionTrait, users: &[i32]) -> Result<Before, DbErr> {
    if db.get_database_backend() == DatabaseBackend::Postgres {
        for chunk in users.chunks(CHUNK) {
            let sql = format!(
                "SELECT id FROM users WHERE id IN ({}) ORDER BY id FOR UPDATE",
                placeholders(chunk.len())
            );
            db.query_all_raw(statement(db.get_database_backend(), &sql, ids(chunk)))
                .await?;
        }
    }
    let per_course = lessons_per_course(db).await?;
    let loaded = load(db, users, &per_course).await?;
    Ok(Before {
        users: users.to_vec(),
        cells: loaded.cells,
        last_active: loaded.last_active,
        per_course,
    })
}

/// The counts of learners who did not exist before this transaction (just registered).
pub async fn new_learners(db: &impl ConnectionTrait, users: &[i32]) -> Result<Before, DbErr> {
    Ok(Before {
        users: users.to_vec(),
        cells: BTreeMap::new(),
        last_active: HashMap::new(),
        per_course: lessons_per_course(db).await?,
    })
}

/// Applies the difference the write made to the learners in `before`.
pub async fn after(db: &impl ConnectionTrait, before: Before) -> Result<(), DbErr> {
    let now = load(db, &before.users, &before.per_course).await?;
    let mut diff = now.cells;
    accumulate(&mut diff, before.cells, -1);
    diff.retain(|_, n| *n != 0);
    apply(db, &diff).await?;
    for (user, last) in now.last_active {
        if before.last_active.get(&user).copied().flatten() != last {
            db.execute_raw(statement(
                db.get_database_backend(),
                "UPDATE users SET last_active_at = $1 WHERE id = $2",
                [last.into(), user.into()],
            ))
            .await?;
        }
    }
    Ok(())
}

/// Recomputes every count and every learner's last activity from the progress tables.
pub async fn rebuild(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    db.execute_unprepared("DELETE FROM coverage_counts").await?;
    let per_course = lessons_per_course(db).await?;
    let mut total = BTreeMap::new();
    let mut after_id = 0;
    loop {
        let rows = db
            .query_all_raw(statement(
                backend,
                // By id only: with a role condition SQLite walks the role index over everyone.
                "SELECT id FROM users WHERE id > $1 ORDER BY id LIMIT 2000",
                [after_id.into()],
            ))
            .await?;
        let page: Vec<i32> = rows
            .iter()
            .map(|r| r.try_get_by_index(0))
            .collect::<Result<_, _>>()?;
        let Some(&last) = page.last() else { break };
        after_id = last;
        for (k, n) in load(db, &page, &per_course).await?.cells {
            *total.entry(k).or_insert(0) += n;
        }
    }
    apply(db, &total).await?;
    db.execute_unprepared(
        "UPDATE users SET last_active_at = (SELECT max(t) FROM (
            SELECT max(completed_at) AS t FROM lesson_completions WHERE user_id = users.id
            UNION ALL SELECT max(created_at) FROM quiz_attempts WHERE user_id = users.id) AS a)
         WHERE role = 'learner'",
    )
    .await?;
    Ok(())
}

const CHUNK: usize = 500;
/// Up to this many learners, `load` seeks each quiz's first and latest attempt in the index.
const FEW: usize = 8;

/// `$1,$2,…,$n`: ids are bound, so a statement's text depends only on how many there are and
/// the database reuses its prepared form (a submission's one learner: always the same).
fn placeholders(n: usize) -> String {
    (1..=n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(",")
}

fn ids(chunk: &[i32]) -> Vec<Value> {
    chunk.iter().map(|&id| id.into()).collect()
}

/// Adds `cells` to the table, in key order so concurrent writers lock rows in the same order.
pub async fn apply(db: &impl ConnectionTrait, cells: &BTreeMap<Key, i64>) -> Result<(), DbErr> {
    let cells: Vec<_> = cells.iter().filter(|(_, n)| **n != 0).collect();
    for chunk in cells.chunks(100) {
        let mut sql = String::from(
            "INSERT INTO coverage_counts (metric, month, district_id, learner_group, gender, course_id, n) VALUES ",
        );
        let mut values: Vec<Value> = Vec::with_capacity(chunk.len() * 7);
        for (i, (k, n)) in chunk.iter().enumerate() {
            let b = i * 7;
            if i > 0 {
                sql.push(',');
            }
            sql.push_str(&format!(
                "(${},${},${},${},${},${},${})",
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5,
                b + 6,
                b + 7
            ));
            values.extend([
                (k.metric as i16).into(),
                k.month.into(),
                k.district.into(),
                k.group.clone().into(),
                k.gender.clone().into(),
                k.course.into(),
                (**n).into(),
            ]);
        }
        sql.push_str(
            " ON CONFLICT (metric, month, district_id, learner_group, gender, course_id) \
             DO UPDATE SET n = coverage_counts.n + excluded.n",
        );
        db.execute_raw(statement(db.get_database_backend(), &sql, values))
            .await?;
    }
    Ok(())
}

struct Loaded {
    cells: BTreeMap<Key, i64>,
    last_active: HashMap<i32, Option<i64>>,
}

/// The current contributions of those of `users` who are learners.
async fn load(
    db: &impl ConnectionTrait,
    users: &[i32],
    per_course: &HashMap<i32, usize>,
) -> Result<Loaded, DbErr> {
    let backend = db.get_database_backend();
    let mut out = Loaded {
        cells: BTreeMap::new(),
        last_active: HashMap::new(),
    };
    for chunk in users.chunks(CHUNK) {
        let list = placeholders(chunk.len());
        let q = |sql: String| db.query_all_raw(statement(backend, &sql, ids(chunk)));
        let quizzes = if chunk.len() <= FEW {
            // A learner's first and latest attempt at each quiz: two index seeks per quiz,
            // however many attempts they made (a write for one learner must not slow with them).
            format!(
                "SELECT 2, user_id, course_id, 0, t1, t2, 0 FROM (
                   SELECT u.id AS user_id, q.course_id,
                     (SELECT min(a.created_at) FROM quiz_attempts a WHERE a.user_id = u.id AND a.quiz_id = q.id) AS t1,
                     (SELECT max(a.created_at) FROM quiz_attempts a WHERE a.user_id = u.id AND a.quiz_id = q.id) AS t2
                   FROM users u CROSS JOIN quizzes q WHERE u.id IN ({list})) per_quiz
                 WHERE t1 IS NOT NULL"
            )
        } else {
            // Many learners (a rebuild, a cohort's attendance): one pass over their attempts.
            format!(
                "SELECT 2, a.user_id, q.course_id, 0, min(a.created_at), max(a.created_at), 0
                 FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id
                 WHERE a.user_id IN ({list}) GROUP BY a.user_id, q.course_id"
            )
        };
        let mut learners: BTreeMap<i32, (Learner, Activity, Option<i64>)> = BTreeMap::new();
        for r in q(format!(
            // The role is checked here, not in SQL: with `role = 'learner'` SQLite walks the
            // role index over every learner instead of looking these ids up.
            "SELECT id, role, district_id, learner_group, gender, created_at FROM users
             WHERE id IN ({list})"
        ))
        .await?
        {
            if r.try_get::<String>("", "role")? != "learner" {
                continue;
            }
            let learner = Learner {
                district: r.try_get::<Option<i32>>("", "district_id")?.unwrap_or(0),
                group: r
                    .try_get::<Option<String>>("", "learner_group")?
                    .unwrap_or_default(),
                gender: r
                    .try_get::<Option<String>>("", "gender")?
                    .unwrap_or_default(),
                created_at: r.try_get("", "created_at")?,
            };
            learners.insert(r.try_get("", "id")?, (learner, Activity::default(), None));
        }
        // Every kind of activity in one statement: a write transaction holds SQLite's one write
        // lock while it runs, and each statement costs a round trip to the database's thread.
        // kind 1: a lesson done (course, lesson, when, at a session); 2: a course's quiz
        // attempts (course, first, latest); 3: a certificate (course, issued).
        for r in q(format!(
            "SELECT 1 AS kind, c.user_id, l.course_id, c.lesson_id, c.completed_at AS t1, 0 AS t2,
                    CASE WHEN c.training_session_id IS NULL THEN 0 ELSE 1 END AS at_session
             FROM lesson_completions c JOIN lessons l ON l.id = c.lesson_id
             WHERE c.user_id IN ({list})
             UNION ALL {quizzes}
             UNION ALL
             SELECT 3, user_id, course_id, 0, issued_at, 0, 0 FROM certificates
             WHERE user_id IN ({list})"
        ))
        .await?
        {
            let Some(e) = learners.get_mut(&r.try_get::<i32>("", "user_id")?) else {
                continue;
            };
            let course: i32 = r.try_get("", "course_id")?;
            let t1: i64 = r.try_get("", "t1")?;
            match r.try_get::<i32>("", "kind")? {
                1 => e.1.lessons.push(LessonDone {
                    course,
                    lesson: r.try_get("", "lesson_id")?,
                    at: t1,
                    at_session: r.try_get::<i32>("", "at_session")? == 1,
                }),
                2 => {
                    e.1.quizzes.push((course, t1));
                    let latest: i64 = r.try_get("", "t2")?;
                    e.2 = Some(e.2.map_or(latest, |l: i64| l.max(latest)));
                }
                _ => e.1.certificates.push((course, t1)),
            }
        }
        for (id, (learner, activity, latest_quiz)) in learners {
            out.last_active
                .insert(id, activity.last_active(latest_quiz));
            accumulate(
                &mut out.cells,
                contributions(&learner, &activity, per_course),
                1,
            );
        }
    }
    Ok(out)
}

/// How many lessons each course has now.
pub async fn lessons_per_course(db: &impl ConnectionTrait) -> Result<HashMap<i32, usize>, DbErr> {
    let rows = db
        .query_all_raw(statement(
            db.get_database_backend(),
            "SELECT course_id, count(*) AS n FROM lessons GROUP BY course_id",
            [],
        ))
        .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get("", "course_id")?,
                r.try_get::<i64>("", "n")? as usize,
            ))
        })
        .collect()
}
