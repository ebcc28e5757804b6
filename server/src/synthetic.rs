//! `server seed-synthetic --learners N`: realistic generated data for benchmarks and demos.
//! Learners across the 20 districts in proportion to their 2011 population, with groups,
//! genders and languages; over two years they read lessons (some at a trainer's session), take
//! quizzes and earn certificates; a trainer and a cohort per district. Rows go in as multi-row
//! INSERTs, one transaction per batch of learners; the coverage counts come from the same
//! `coverage::facts` the app keeps them with, added once at the end.

use app::coverage::{
    facts::{accumulate, contributions, Activity, Learner, LessonDone},
    track,
};
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr, Statement, Value};
use std::{
    collections::{BTreeMap, HashMap},
    time::Instant,
};

/// Learners per transaction.
const BATCH: usize = 2_000;
const DAY: i64 = 86_400;

/// xorshift64*: fast, seedable, and enough for made-up data.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, weighted: &'a [(T, u64)]) -> &'a T {
        let total: u64 = weighted.iter().map(|w| w.1).sum();
        let mut r = self.below(total);
        for (item, w) in weighted {
            if r < *w {
                return item;
            }
            r -= w;
        }
        &weighted[0].0
    }
}

struct Course {
    id: i32,
    /// Lesson ids in reading order.
    lessons: Vec<i32>,
    practice: Vec<i32>,
    final_quiz: Option<i32>,
}

/// What was written.
pub struct Seeded {
    pub learners: usize,
    pub progress_rows: u64,
}

/// Inserts `n` learners with their activity, printing progress to stdout. With a password
/// hash, every learner can sign in with that password (load tests); without, none can.
pub async fn seed(
    db: &DatabaseConnection,
    n: usize,
    password_hash: Option<String>,
) -> Result<Seeded, String> {
    let password_hash = password_hash.unwrap_or_default();
    let err = |e: DbErr| format!("seeding failed: {e}");
    let backend = db.get_database_backend();
    let courses = courses(db).await.map_err(err)?;
    if courses.is_empty() {
        return Err("import the courses first (server import-content content)".into());
    }
    let per_course: HashMap<i32, usize> = courses.iter().map(|c| (c.id, c.lessons.len())).collect();
    let districts = districts(db).await.map_err(err)?;
    let first_id = scalar(db, "SELECT CAST(COALESCE(max(id), 0) AS BIGINT) FROM users")
        .await
        .map_err(err)? as i32
        + 1;
    let now = app::db::now();
    let started = Instant::now();
    let (sessions, trainer_rows) = trainers_and_cohorts(db, &districts, first_id, n, now)
        .await
        .map_err(err)?;
    let first_learner = first_id + trainer_rows;
    let mut rng = Rng(0x5ABA_0001 ^ n as u64);
    let mut total = BTreeMap::new();
    let mut rows: u64 = 0;
    let groups = [
        ("shg-member", 35),
        ("student", 30),
        ("government-official", 15),
        ("other", 20),
    ];
    let genders = [("female", 55), ("male", 43), ("other", 1), ("unstated", 1)];
    let weights: Vec<(usize, u64)> = districts
        .iter()
        .enumerate()
        .map(|(i, d)| (i, d.2 as u64))
        .collect();

    for batch_start in (0..n).step_by(BATCH) {
        let txn = app::db::begin_write(db).await.map_err(err)?;
        let mut users = Rows::new("users (id, pid, login, display_name, password_hash, role, learner_group, gender, district_id, preferred_language, created_at, updated_at, must_change_password, last_active_at)");
        let mut members = Rows::new("cohort_members (cohort_id, user_id, added_at)");
        let mut lessons =
            Rows::new("lesson_completions (user_id, lesson_id, completed_at, training_session_id)");
        let mut attempts = Rows::new("quiz_attempts (user_id, quiz_id, attempt_key, correct, total, passed, responses, created_at)");
        let mut certificates =
            Rows::new("certificates (code, user_id, course_id, score_percent, issued_at)");
        for i in batch_start..(batch_start + BATCH).min(n) {
            let id = first_learner + i as i32;
            let d = *rng.pick(&weights);
            let (district_id, division, _) = &districts[d];
            let group = *rng.pick(&groups);
            let gender = *rng.pick(&genders);
            let lang = if division == "kashmir" {
                *rng.pick(&[("ur", 60), ("ks", 25), ("en", 15)])
            } else {
                *rng.pick(&[("hi", 45), ("doi", 30), ("en", 25)])
            };
            let created = now - 730 * DAY + rng.below(730 * DAY as u64) as i64;
            let (cohort, session) = sessions[d];
            let in_cohort = rng.chance(30);
            if in_cohort {
                members.push(vec![cohort.into(), id.into(), created.into()]);
            }
            let mut activity = Activity::default();
            let mut latest_quiz: Option<i64> = None;
            for (ci, c) in courses.iter().enumerate() {
                let likely = match (ci, group) {
                    (0, _) => 85,
                    (1, "shg-member") => 70,
                    (1, _) => 10,
                    _ => 45,
                };
                if !rng.chance(likely) {
                    continue;
                }
                let mut at = (created + rng.below(30 * DAY as u64) as i64).min(now);
                let read = if rng.chance(45) {
                    c.lessons.len()
                } else {
                    1 + rng.below(c.lessons.len() as u64) as usize
                };
                for &lesson in c.lessons.iter().take(read) {
                    at = (at + rng.below(3 * DAY as u64) as i64).min(now);
                    let at_session = in_cohort && rng.chance(40);
                    let session_value: Value = if at_session {
                        Some(session).into()
                    } else {
                        Option::<i32>::None.into()
                    };
                    lessons.push(vec![id.into(), lesson.into(), at.into(), session_value]);
                    activity.lessons.push(LessonDone {
                        course: c.id,
                        lesson,
                        at,
                        at_session,
                    });
                }
                let quizzes = read * c.practice.len() / c.lessons.len().max(1);
                let mut first_quiz = None;
                for (qi, &quiz) in c.practice.iter().take(quizzes).enumerate() {
                    let q_at = (at - rng.below(DAY as u64) as i64).max(created);
                    attempts.push(attempt(
                        id,
                        quiz,
                        format!("syn-{ci}-{qi}"),
                        rng.chance(80),
                        q_at,
                    ));
                    first_quiz = Some(first_quiz.map_or(q_at, |f: i64| f.min(q_at)));
                    latest_quiz = Some(latest_quiz.map_or(q_at, |l: i64| l.max(q_at)));
                }
                if let (true, Some(final_quiz)) = (read == c.lessons.len(), c.final_quiz) {
                    let f_at = (at + rng.below(7 * DAY as u64) as i64).min(now);
                    let passed = rng.chance(75);
                    attempts.push(attempt(
                        id,
                        final_quiz,
                        format!("syn-{ci}-final"),
                        passed,
                        f_at,
                    ));
                    first_quiz = Some(first_quiz.map_or(f_at, |f: i64| f.min(f_at)));
                    latest_quiz = Some(latest_quiz.map_or(f_at, |l: i64| l.max(f_at)));
                    if passed {
                        certificates.push(vec![
                            format!("SYN{id:08X}{ci:02}").into(),
                            id.into(),
                            c.id.into(),
                            80.into(),
                            f_at.into(),
                        ]);
                        activity.certificates.push((c.id, f_at));
                    }
                }
                if let Some(f) = first_quiz {
                    activity.quizzes.push((c.id, f));
                }
            }
            let learner = Learner {
                district: *district_id,
                group: group.into(),
                gender: gender.into(),
                created_at: created,
            };
            let last_active = activity.last_active(latest_quiz);
            accumulate(
                &mut total,
                contributions(&learner, &activity, &per_course),
                1,
            );
            users.push(vec![
                id.into(),
                format!("00000000-5aba-4000-8000-{id:012x}").into(),
                format!("syn{id}").into(),
                format!("Learner {id}").into(),
                password_hash.clone().into(),
                "learner".into(),
                group.into(),
                gender.into(),
                (*district_id).into(),
                lang.into(),
                created.into(),
                created.into(),
                false.into(),
                last_active.into(),
            ]);
        }
        rows += (lessons.len() + attempts.len() + certificates.len()) as u64;
        for r in [users, members, lessons, attempts, certificates] {
            r.insert(&txn).await.map_err(err)?;
        }
        txn.commit().await.map_err(err)?;
        let done = (batch_start + BATCH).min(n);
        if done.is_multiple_of(50_000) || done == n {
            println!(
                "{done:>9} / {n} learners, {rows} progress rows, {:.1} s",
                started.elapsed().as_secs_f64()
            );
        }
    }
    if backend == DatabaseBackend::Postgres {
        db.execute_unprepared(
            "SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users))",
        )
        .await
        .map_err(err)?;
    }
    let txn = app::db::begin_write(db).await.map_err(err)?;
    track::apply(&txn, &total).await.map_err(err)?;
    txn.commit().await.map_err(err)?;
    println!(
        "coverage counts written, {:.1} s",
        started.elapsed().as_secs_f64()
    );
    if backend == DatabaseBackend::Postgres {
        // After a bulk load PostgreSQL plans with no statistics until autovacuum gets to the
        // tables (never, where it is off): a cohort's grid then scanned all quiz attempts.
        db.execute_unprepared("ANALYZE").await.map_err(err)?;
        println!(
            "statistics updated, {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    Ok(Seeded {
        learners: n,
        progress_rows: rows,
    })
}

fn attempt(user: i32, quiz: i32, key: String, passed: bool, at: i64) -> Vec<Value> {
    let correct = if passed { 4 } else { 1 };
    vec![
        user.into(),
        quiz.into(),
        key.into(),
        correct.into(),
        5.into(),
        passed.into(),
        "{}".into(),
        at.into(),
    ]
}

/// Rows for one table, sent as multi-row INSERTs well under both databases' parameter limits.
struct Rows {
    table: &'static str,
    rows: Vec<Vec<Value>>,
}

impl Rows {
    fn new(table: &'static str) -> Rows {
        Rows {
            table,
            rows: Vec::new(),
        }
    }
    fn push(&mut self, row: Vec<Value>) {
        self.rows.push(row);
    }
    fn len(&self) -> usize {
        self.rows.len()
    }
    async fn insert(self, db: &impl ConnectionTrait) -> Result<(), DbErr> {
        let Some(width) = self.rows.first().map(Vec::len) else {
            return Ok(());
        };
        // Small statements: binding cost per parameter grows with the statement on SQLite.
        for chunk in self.rows.chunks((1_000 / width).max(1)) {
            let mut sql = format!("INSERT INTO {} VALUES ", self.table);
            let mut values = Vec::with_capacity(chunk.len() * width);
            for (i, row) in chunk.iter().enumerate() {
                sql.push_str(if i == 0 { "(" } else { ",(" });
                for j in 0..width {
                    if j > 0 {
                        sql.push(',');
                    }
                    sql.push_str(&format!("${}", i * width + j + 1));
                }
                sql.push(')');
                values.extend(row.iter().cloned());
            }
            db.execute_raw(app::db::statement(db.get_database_backend(), &sql, values))
                .await?;
        }
        Ok(())
    }
}

/// A trainer, a cohort and one training session per district: (cohort id, session id) by
/// district, and how many user ids the trainers took.
async fn trainers_and_cohorts(
    db: &DatabaseConnection,
    districts: &[(i32, String, i64)],
    first_id: i32,
    n: usize,
    now: i64,
) -> Result<(Vec<(i32, i32)>, i32), DbErr> {
    let txn = app::db::begin_write(db).await?;
    let mut out = Vec::new();
    for (i, (district, _, _)) in districts.iter().enumerate() {
        let trainer = first_id + i as i32;
        let tag = format!("{trainer}-{n}");
        txn.execute_raw(app::db::statement(
            db.get_database_backend(),
            "INSERT INTO users (id, pid, login, display_name, password_hash, role, district_id, created_at, updated_at, must_change_password)
             VALUES ($1, $2, $3, $4, '', 'trainer', $5, $6, $6, false)",
            [trainer.into(), format!("00000000-5aba-4000-9000-{trainer:012x}").into(), format!("syn-trainer-{tag}").into(), format!("Trainer {trainer}").into(), (*district).into(), now.into()],
        ))
        .await?;
        txn.execute_raw(app::db::statement(
            db.get_database_backend(),
            "INSERT INTO cohorts (pid, name, kind, district_id, trainer_id, schedule_notes, created_at)
             VALUES ($1, $2, 'shg', $3, $4, '', $5)",
            [format!("00000000-5aba-4000-a000-{trainer:012x}").into(), format!("Synthetic cohort {tag}").into(), (*district).into(), trainer.into(), now.into()],
        ))
        .await?;
        let cohort = scalar(
            &txn,
            &format!("SELECT CAST(max(id) AS BIGINT) FROM cohorts WHERE trainer_id = {trainer}"),
        )
        .await? as i32;
        txn.execute_raw(app::db::statement(
            db.get_database_backend(),
            "INSERT INTO training_sessions (cohort_id, held_on, recorded_by, form_key, created_at) VALUES ($1, '2026-01-15', $2, $3, $4)",
            [cohort.into(), trainer.into(), format!("syn-{tag}").into(), now.into()],
        ))
        .await?;
        let session = scalar(
            &txn,
            &format!(
                "SELECT CAST(max(id) AS BIGINT) FROM training_sessions WHERE cohort_id = {cohort}"
            ),
        )
        .await? as i32;
        out.push((cohort, session));
    }
    txn.commit().await?;
    Ok((out, districts.len() as i32))
}

async fn scalar(db: &impl ConnectionTrait, sql: &str) -> Result<i64, DbErr> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            sql.to_owned(),
        ))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(sql.into()))?;
    row.try_get_by_index(0)
}

/// (id, division, population) of every district.
async fn districts(db: &DatabaseConnection) -> Result<Vec<(i32, String, i64)>, DbErr> {
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT id, division, population_2011 FROM districts ORDER BY id",
        ))
        .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get("", "id")?,
                r.try_get("", "division")?,
                r.try_get("", "population_2011")?,
            ))
        })
        .collect()
}

async fn courses(db: &DatabaseConnection) -> Result<Vec<Course>, DbErr> {
    let backend = db.get_database_backend();
    let mut out: Vec<Course> = Vec::new();
    for r in db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT id FROM courses ORDER BY position, id",
        ))
        .await?
    {
        out.push(Course {
            id: r.try_get("", "id")?,
            lessons: Vec::new(),
            practice: Vec::new(),
            final_quiz: None,
        });
    }
    for r in db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT l.id, l.course_id FROM lessons l JOIN modules m ON m.id = l.module_id ORDER BY m.position, l.position",
        ))
        .await?
    {
        let course: i32 = r.try_get("", "course_id")?;
        if let Some(c) = out.iter_mut().find(|c| c.id == course) {
            c.lessons.push(r.try_get("", "id")?);
        }
    }
    for r in db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT id, course_id, kind FROM quizzes ORDER BY id",
        ))
        .await?
    {
        let course: i32 = r.try_get("", "course_id")?;
        let kind: String = r.try_get("", "kind")?;
        if let Some(c) = out.iter_mut().find(|c| c.id == course) {
            if kind == "final" {
                c.final_quiz = Some(r.try_get("", "id")?);
            } else {
                c.practice.push(r.try_get("", "id")?);
            }
        }
    }
    out.retain(|c| !c.lessons.is_empty());
    Ok(out)
}
