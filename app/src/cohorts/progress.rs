//! The cohort progress grid: for each course assigned to a cohort, learners × modules with
//! lessons done (self-study and at a session), best practice-quiz score, certificate and last
//! activity. A course assigned to chosen learners lists only those of them who are members.
//! Seven grouped statements per cohort, however many learners it has.

use crate::db::statement;
use sea_orm::{ConnectionTrait, DbErr, QueryResult, Value};
use std::{
    cmp::Ordering,
    collections::{HashMap, HashSet},
};

/// A learner with no lesson or quiz of a course for this long is stuck (unless certified).
pub const STUCK_AFTER: i64 = 14 * 24 * 3600;

/// A learner of the cohort.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridLearner {
    pub pid: String,
    pub login: String,
    pub display_name: String,
    /// District slug.
    pub district: Option<String>,
}

/// One module of a course: a column of the grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleColumn {
    pub key: String,
    /// JSON object of titles by language code.
    pub title: String,
    pub lessons: u32,
    /// The module has a practice quiz.
    pub has_quiz: bool,
    /// How many of the cohort's learners have done every lesson of the module.
    pub completed_by: u32,
}

/// A learner's figures in one module.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cell {
    pub self_study: u32,
    /// Lessons a trainer marked done at an in-person session.
    pub at_session: u32,
    /// Best practice-quiz score, whole percent rounded down; `None` before any attempt.
    pub best_percent: Option<u32>,
}

impl Cell {
    pub fn done(&self) -> u32 {
        self.self_study + self.at_session
    }
}

/// A learner's row in one course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridRow {
    pub learner: GridLearner,
    /// One per module, in the order of [`CourseGrid::modules`].
    pub cells: Vec<Cell>,
    pub certificate: bool,
    /// Seconds since the epoch of the latest lesson or quiz of this course.
    pub last_activity: Option<i64>,
}

impl GridRow {
    pub fn lessons_done(&self) -> u32 {
        self.cells.iter().map(Cell::done).sum()
    }

    /// No lesson or quiz of the course in [`STUCK_AFTER`] (or never started), and no
    /// certificate yet.
    pub fn stuck(&self, now: i64) -> bool {
        !self.certificate && self.last_activity.is_none_or(|t| now - t > STUCK_AFTER)
    }
}

/// One assigned course of the cohort.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseGrid {
    pub slug: String,
    /// JSON object of titles by language code.
    pub title: String,
    /// ISO date, India time.
    pub due_on: Option<String>,
    pub modules: Vec<ModuleColumn>,
    /// One per learner the course is assigned to (the whole cohort, or its chosen learners
    /// who are members), by name.
    pub rows: Vec<GridRow>,
}

impl CourseGrid {
    pub fn lessons(&self) -> u32 {
        self.modules.iter().map(|m| m.lessons).sum()
    }

    /// Lessons done out of the course's lessons, whole percent rounded down.
    pub fn progress(&self, row: &GridRow) -> u32 {
        super::repo::percent(i64::from(row.lessons_done()), i64::from(self.lessons()))
    }
}

/// What the grid is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Name,
    Progress,
    Activity,
}

impl SortKey {
    pub const ALL: [SortKey; 3] = [SortKey::Name, SortKey::Progress, SortKey::Activity];

    pub fn code(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::Progress => "progress",
            SortKey::Activity => "activity",
        }
    }

    pub fn from_code(code: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The direction a first click on the column sorts in: names A–Z, the most progress and
    /// the latest activity first.
    pub fn ascending_first(self) -> bool {
        self == SortKey::Name
    }
}

/// Sorts `rows` by `key`, ascending if `ascending`; ties by name, then login, A–Z.
pub fn sort_rows(grid: &mut CourseGrid, key: SortKey, ascending: bool) {
    let by_name = |a: &GridRow, b: &GridRow| {
        a.learner
            .display_name
            .to_lowercase()
            .cmp(&b.learner.display_name.to_lowercase())
            .then_with(|| a.learner.login.cmp(&b.learner.login))
    };
    grid.rows.sort_by(|a, b| {
        let primary = match key {
            SortKey::Name => by_name(a, b),
            // Every row of a course has the same number of lessons to do.
            SortKey::Progress => a.lessons_done().cmp(&b.lessons_done()),
            SortKey::Activity => a.last_activity.cmp(&b.last_activity),
        };
        let primary = if ascending {
            primary
        } else {
            primary.reverse()
        };
        match (primary, key) {
            (Ordering::Equal, SortKey::Name) => Ordering::Equal,
            (Ordering::Equal, _) => by_name(a, b),
            (o, _) => o,
        }
    });
}

/// The grid of every course assigned to `cohort` (no courses: nothing assigned yet).
pub async fn load(db: &impl ConnectionTrait, cohort: i32) -> Result<Vec<CourseGrid>, DbErr> {
    let backend = db.get_database_backend();
    let query = |sql: &str| {
        let stmt = statement(backend, sql, [Value::from(cohort)]);
        db.query_all_raw(stmt)
    };
    let courses = query(
        "SELECT co.id, co.slug, co.title, a.due_on FROM course_assignments a
         JOIN courses co ON co.id = a.course_id
         WHERE a.cohort_id = $1 ORDER BY co.position, co.id",
    )
    .await?;
    if courses.is_empty() {
        return Ok(Vec::new());
    }
    let (modules, learners, chosen, lessons, quizzes, certificates) = tokio::try_join!(
        query(
            "SELECT m.id, m.course_id, m.key, m.title, q.id, COUNT(l.id)
             FROM course_assignments a JOIN modules m ON m.course_id = a.course_id
             LEFT JOIN quizzes q ON q.course_id = m.course_id AND q.key = m.quiz_key
             LEFT JOIN lessons l ON l.module_id = m.id
             WHERE a.cohort_id = $1
             GROUP BY m.id, m.course_id, m.key, m.title, m.position, q.id
             ORDER BY m.course_id, m.position",
        ),
        query(
            "SELECT u.id, u.pid, u.login, u.display_name, d.slug
             FROM cohort_members cm JOIN users u ON u.id = cm.user_id
             LEFT JOIN districts d ON d.id = u.district_id
             WHERE cm.cohort_id = $1 ORDER BY u.display_name, u.id",
        ),
        query(
            "SELECT a.course_id, cal.user_id FROM course_assignments a
             JOIN course_assignment_learners cal ON cal.assignment_id = a.id
             WHERE a.cohort_id = $1",
        ),
        query(
            "SELECT lc.user_id, l.module_id,
                    SUM(CASE WHEN lc.training_session_id IS NULL THEN 1 ELSE 0 END),
                    SUM(CASE WHEN lc.training_session_id IS NULL THEN 0 ELSE 1 END),
                    MAX(lc.completed_at)
             FROM cohort_members cm JOIN lesson_completions lc ON lc.user_id = cm.user_id
             JOIN lessons l ON l.id = lc.lesson_id
             JOIN course_assignments a ON a.course_id = l.course_id AND a.cohort_id = cm.cohort_id
             WHERE cm.cohort_id = $1 GROUP BY lc.user_id, l.module_id",
        ),
        query(
            "SELECT qa.user_id, qa.quiz_id, q.course_id,
                    MAX(CAST(CASE WHEN qa.total > 0 THEN (qa.correct * 100) / qa.total ELSE 0 END
                        AS BIGINT)),
                    MAX(qa.created_at)
             FROM cohort_members cm JOIN quiz_attempts qa ON qa.user_id = cm.user_id
             JOIN quizzes q ON q.id = qa.quiz_id
             JOIN course_assignments a ON a.course_id = q.course_id AND a.cohort_id = cm.cohort_id
             WHERE cm.cohort_id = $1 GROUP BY qa.user_id, qa.quiz_id, q.course_id",
        ),
        query(
            "SELECT c.user_id, c.course_id
             FROM cohort_members cm JOIN certificates c ON c.user_id = cm.user_id
             JOIN course_assignments a ON a.course_id = c.course_id AND a.cohort_id = cm.cohort_id
             WHERE cm.cohort_id = $1",
        ),
    )?;
    let mut facts = Facts::read(&modules, &lessons, &quizzes, &certificates)?;
    for r in &chosen {
        facts
            .chosen
            .entry(r.try_get_by_index(0)?)
            .or_default()
            .insert(r.try_get_by_index(1)?);
    }
    let learners = learners
        .iter()
        .map(|r| {
            Ok((
                r.try_get_by_index::<i32>(0)?,
                GridLearner {
                    pid: r.try_get_by_index(1)?,
                    login: r.try_get_by_index(2)?,
                    display_name: r.try_get_by_index(3)?,
                    district: r.try_get_by_index(4)?,
                },
            ))
        })
        .collect::<Result<Vec<_>, DbErr>>()?;
    courses
        .iter()
        .map(|r| {
            let course: i32 = r.try_get_by_index(0)?;
            Ok(facts.course_grid(
                course,
                r.try_get_by_index(1)?,
                r.try_get_by_index(2)?,
                r.try_get_by_index(3)?,
                &learners,
            ))
        })
        .collect()
}

/// A module as the modules statement returns it.
struct ModuleFact {
    id: i32,
    course: i32,
    key: String,
    title: String,
    quiz: Option<i32>,
    lessons: u32,
}

/// The grouped rows of the statements, indexed for assembling the grid.
struct Facts {
    modules: Vec<ModuleFact>,
    /// (user, module) → (self-study, at a session, latest completion).
    lessons: HashMap<(i32, i32), (u32, u32, i64)>,
    /// (user, quiz) → best percent.
    best: HashMap<(i32, i32), u32>,
    /// (user, course) → latest quiz attempt (practice or final).
    quiz_activity: HashMap<(i32, i32), i64>,
    certificates: HashSet<(i32, i32)>,
    /// course → the learners it is limited to; a course not here is for the whole cohort.
    chosen: HashMap<i32, HashSet<i32>>,
}

impl Facts {
    fn read(
        modules: &[QueryResult],
        lessons: &[QueryResult],
        quizzes: &[QueryResult],
        certificates: &[QueryResult],
    ) -> Result<Facts, DbErr> {
        let count = |r: &QueryResult, i| r.try_get_by_index::<i64>(i).map(|n| n.max(0) as u32);
        let mut facts = Facts {
            modules: Vec::with_capacity(modules.len()),
            lessons: HashMap::with_capacity(lessons.len()),
            best: HashMap::with_capacity(quizzes.len()),
            quiz_activity: HashMap::new(),
            certificates: Default::default(),
            chosen: HashMap::new(),
        };
        for r in modules {
            facts.modules.push(ModuleFact {
                id: r.try_get_by_index(0)?,
                course: r.try_get_by_index(1)?,
                key: r.try_get_by_index(2)?,
                title: r.try_get_by_index(3)?,
                quiz: r.try_get_by_index(4)?,
                lessons: count(r, 5)?,
            });
        }
        for r in lessons {
            let key = (r.try_get_by_index(0)?, r.try_get_by_index(1)?);
            let last = r.try_get_by_index::<i64>(4)?;
            facts
                .lessons
                .insert(key, (count(r, 2)?, count(r, 3)?, last));
        }
        for r in quizzes {
            let user: i32 = r.try_get_by_index(0)?;
            let (quiz, course): (i32, i32) = (r.try_get_by_index(1)?, r.try_get_by_index(2)?);
            facts.best.insert((user, quiz), count(r, 3)?.min(100));
            let at = r.try_get_by_index::<i64>(4)?;
            let latest = facts.quiz_activity.entry((user, course)).or_insert(at);
            *latest = (*latest).max(at);
        }
        for r in certificates {
            facts
                .certificates
                .insert((r.try_get_by_index(0)?, r.try_get_by_index(1)?));
        }
        Ok(facts)
    }

    fn course_grid(
        &self,
        course: i32,
        slug: String,
        title: String,
        due_on: Option<String>,
        learners: &[(i32, GridLearner)],
    ) -> CourseGrid {
        let modules: Vec<&ModuleFact> =
            self.modules.iter().filter(|m| m.course == course).collect();
        let chosen = self.chosen.get(&course);
        let rows: Vec<GridRow> = learners
            .iter()
            .filter(|(user, _)| chosen.is_none_or(|set| set.contains(user)))
            .map(|(user, learner)| {
                let mut last = self.quiz_activity.get(&(*user, course)).copied();
                let cells = modules
                    .iter()
                    .map(|m| {
                        let (self_study, at_session, at) = self
                            .lessons
                            .get(&(*user, m.id))
                            .copied()
                            .unwrap_or((0, 0, i64::MIN));
                        if at != i64::MIN {
                            last = last.max(Some(at));
                        }
                        Cell {
                            self_study,
                            at_session,
                            best_percent: m.quiz.and_then(|q| self.best.get(&(*user, q)).copied()),
                        }
                    })
                    .collect();
                GridRow {
                    learner: learner.clone(),
                    cells,
                    certificate: self.certificates.contains(&(*user, course)),
                    last_activity: last,
                }
            })
            .collect();
        let modules = modules
            .iter()
            .enumerate()
            .map(|(i, m)| ModuleColumn {
                key: m.key.clone(),
                title: m.title.clone(),
                lessons: m.lessons,
                has_quiz: m.quiz.is_some(),
                completed_by: rows
                    .iter()
                    .filter(|r| m.lessons > 0 && r.cells[i].done() >= m.lessons)
                    .count() as u32,
            })
            .collect();
        CourseGrid {
            slug,
            title,
            due_on,
            modules,
            rows,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, done: u32, last: Option<i64>, certificate: bool) -> GridRow {
        GridRow {
            learner: GridLearner {
                pid: name.into(),
                login: name.to_lowercase(),
                display_name: name.into(),
                district: None,
            },
            cells: vec![Cell {
                self_study: done,
                at_session: 0,
                best_percent: None,
            }],
            certificate,
            last_activity: last,
        }
    }

    fn grid(rows: Vec<GridRow>) -> CourseGrid {
        CourseGrid {
            slug: "c".into(),
            title: "{}".into(),
            due_on: None,
            modules: vec![ModuleColumn {
                key: "m".into(),
                title: "{}".into(),
                lessons: 4,
                has_quiz: false,
                completed_by: 0,
            }],
            rows,
        }
    }

    fn names(g: &CourseGrid) -> Vec<&str> {
        g.rows
            .iter()
            .map(|r| r.learner.display_name.as_str())
            .collect()
    }

    #[test]
    fn sorts_by_each_key_with_ties_by_name() {
        let mut g = grid(vec![
            row("Bilal", 2, Some(50), false),
            row("asha", 4, None, false),
            row("Chetna", 2, Some(90), false),
        ]);
        sort_rows(&mut g, SortKey::Name, true);
        assert_eq!(names(&g), ["asha", "Bilal", "Chetna"]);
        sort_rows(&mut g, SortKey::Name, false);
        assert_eq!(names(&g), ["Chetna", "Bilal", "asha"]);
        sort_rows(&mut g, SortKey::Progress, false);
        assert_eq!(names(&g), ["asha", "Bilal", "Chetna"]);
        sort_rows(&mut g, SortKey::Progress, true);
        assert_eq!(names(&g), ["Bilal", "Chetna", "asha"]);
        sort_rows(&mut g, SortKey::Activity, false);
        assert_eq!(names(&g), ["Chetna", "Bilal", "asha"]);
        sort_rows(&mut g, SortKey::Activity, true);
        assert_eq!(names(&g), ["asha", "Bilal", "Chetna"]);
    }

    #[test]
    fn stuck_means_no_activity_for_two_weeks_and_no_certificate() {
        let now = 100 * 24 * 3600;
        assert!(row("a", 0, None, false).stuck(now));
        assert!(row("a", 1, Some(now - STUCK_AFTER - 1), false).stuck(now));
        assert!(!row("a", 1, Some(now - STUCK_AFTER), false).stuck(now));
        assert!(!row("a", 4, Some(0), true).stuck(now));
    }

    #[test]
    fn progress_counts_both_kinds_of_lessons() {
        let mut r = row("a", 1, None, false);
        r.cells[0].at_session = 2;
        let g = grid(vec![r.clone()]);
        assert_eq!(r.lessons_done(), 3);
        assert_eq!(g.progress(&r), 75);
        assert_eq!(SortKey::from_code("activity"), Some(SortKey::Activity));
        assert_eq!(SortKey::from_code("x"), None);
    }
}
