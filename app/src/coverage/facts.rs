//! What one learner adds to the coverage counts, as a pure function of their rows. The summary
//! table is the sum of this over all learners; every write that touches a learner applies the
//! difference between their contributions before and after it (see `track`), so the report
//! reads a few thousand rows however many learners there are, and always equals a direct count.

use std::collections::{BTreeMap, HashMap};

/// What a count counts. The numbers are stored; never reuse one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Metric {
    /// Learners, by the month they registered (course 0).
    Registered = 1,
    /// Learners, by the month of their first lesson or quiz in a course (course 0: in any course).
    Started = 2,
    /// Learners, by the month they had read every lesson of a course (course 0: their first).
    Completed = 3,
    /// Learners, by the month of their certificate (course 0: their first).
    Certified = 4,
    /// Lessons a learner marked read on their own.
    LessonsSelf = 5,
    /// Lessons recorded at a trainer's session.
    LessonsSession = 6,
}

impl Metric {
    pub const ALL: [Metric; 6] = [
        Metric::Registered,
        Metric::Started,
        Metric::Completed,
        Metric::Certified,
        Metric::LessonsSelf,
        Metric::LessonsSession,
    ];

    pub fn from_code(n: i32) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| *m as i32 == n)
    }

    /// Counts of learners have an "any course" row (course 0); lesson counts are summed.
    pub fn per_learner(self) -> bool {
        !matches!(self, Metric::LessonsSelf | Metric::LessonsSession)
    }
}

/// One cell of the summary table.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub metric: Metric,
    /// yyyymm, India time.
    pub month: i32,
    /// 0 when the learner gave no district.
    pub district: i32,
    /// '' when not given.
    pub group: String,
    pub gender: String,
    /// 0: any course.
    pub course: i32,
}

/// The learner's profile as counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learner {
    pub district: i32,
    pub group: String,
    pub gender: String,
    pub created_at: i64,
}

/// A lesson the learner completed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonDone {
    pub course: i32,
    pub lesson: i32,
    pub at: i64,
    pub at_session: bool,
}

/// Everything of one learner's that the counts depend on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Activity {
    pub lessons: Vec<LessonDone>,
    /// (course, first attempt at any of its quizzes).
    pub quizzes: Vec<(i32, i64)>,
    /// (course, issued at).
    pub certificates: Vec<(i32, i64)>,
}

impl Activity {
    /// The learner's latest lesson or quiz: "active in the last 30 days" counts from it.
    pub fn last_active(&self, latest_quiz: Option<i64>) -> Option<i64> {
        self.lessons.iter().map(|l| l.at).chain(latest_quiz).max()
    }
}

/// yyyymm of a timestamp in India time (UTC+5:30, no daylight saving).
pub fn month_of(ts: i64) -> i32 {
    let days = (ts + 19_800).div_euclid(86_400);
    let (y, m, _) = civil_from_days(days);
    y * 100 + m
}

/// Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i32, i32, i32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m as i32, d as i32)
}

/// What `learner` adds to each cell. `lessons_per_course` is the current course structure: a
/// course is completed when every one of its lessons is.
pub fn contributions(
    learner: &Learner,
    activity: &Activity,
    lessons_per_course: &HashMap<i32, usize>,
) -> BTreeMap<Key, i64> {
    let mut out = BTreeMap::new();
    let mut add = |metric, ts: i64, course| {
        let key = Key {
            metric,
            month: month_of(ts),
            district: learner.district,
            group: learner.group.clone(),
            gender: learner.gender.clone(),
            course,
        };
        *out.entry(key).or_insert(0) += 1;
    };
    add(Metric::Registered, learner.created_at, 0);

    let mut started: BTreeMap<i32, i64> = BTreeMap::new();
    let mut first = |course: i32, at: i64| {
        let e = started.entry(course).or_insert(at);
        *e = (*e).min(at);
    };
    for l in &activity.lessons {
        first(l.course, l.at);
    }
    for &(course, at) in &activity.quizzes {
        first(course, at);
    }

    let mut read: BTreeMap<i32, (std::collections::BTreeSet<i32>, i64)> = BTreeMap::new();
    for l in &activity.lessons {
        let metric = if l.at_session {
            Metric::LessonsSession
        } else {
            Metric::LessonsSelf
        };
        add(metric, l.at, l.course);
        let e = read.entry(l.course).or_default();
        e.0.insert(l.lesson);
        e.1 = e.1.max(l.at);
    }
    let completed: BTreeMap<i32, i64> = read
        .into_iter()
        .filter(|(c, (done, _))| {
            lessons_per_course
                .get(c)
                .is_some_and(|n| *n > 0 && done.len() >= *n)
        })
        .map(|(c, (_, at))| (c, at))
        .collect();
    let certified: BTreeMap<i32, i64> = activity.certificates.iter().copied().collect();

    for (metric, firsts) in [
        (Metric::Started, &started),
        (Metric::Completed, &completed),
        (Metric::Certified, &certified),
    ] {
        for (&course, &at) in firsts {
            add(metric, at, course);
        }
        if let Some(&at) = firsts.values().min() {
            add(metric, at, 0);
        }
    }
    out
}

/// Adds `sign` × `cells` into `total`.
pub fn accumulate(total: &mut BTreeMap<Key, i64>, cells: BTreeMap<Key, i64>, sign: i64) {
    for (k, n) in cells {
        *total.entry(k).or_insert(0) += sign * n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learner() -> Learner {
        Learner {
            district: 3,
            group: "shg".into(),
            gender: "female".into(),
            created_at: 1_735_669_800,
        }
    }

    #[test]
    fn months_are_india_time() {
        // 2024-12-31 18:30 UTC is midnight of 1 January 2025 in India.
        assert_eq!(month_of(1_735_669_800), 202501);
        assert_eq!(month_of(1_735_669_799), 202412);
        assert_eq!(month_of(0), 197001);
        assert_eq!(month_of(951_782_400), 200002); // 2000-02-29 UTC
    }

    #[test]
    fn a_learner_with_nothing_done_is_only_registered() {
        let c = contributions(&learner(), &Activity::default(), &HashMap::new());
        assert_eq!(c.len(), 1);
        assert_eq!(c.keys().next().map(|k| k.metric), Some(Metric::Registered));
    }

    #[test]
    fn completing_needs_every_lesson_and_any_course_counts_once() {
        let at = 1_740_000_000;
        let activity = Activity {
            lessons: vec![
                LessonDone {
                    course: 1,
                    lesson: 10,
                    at,
                    at_session: false,
                },
                LessonDone {
                    course: 1,
                    lesson: 11,
                    at: at + 10,
                    at_session: true,
                },
                LessonDone {
                    course: 2,
                    lesson: 20,
                    at: at + 20,
                    at_session: false,
                },
            ],
            quizzes: vec![(2, at - 5)],
            certificates: vec![(1, at + 30)],
        };
        let per_course = HashMap::from([(1, 2), (2, 3)]);
        let c = contributions(&learner(), &activity, &per_course);
        let sum = |m: Metric, course: i32| -> i64 {
            c.iter()
                .filter(|(k, _)| k.metric == m && k.course == course)
                .map(|(_, n)| n)
                .sum()
        };
        assert_eq!(sum(Metric::Started, 0), 1);
        assert_eq!(sum(Metric::Started, 1) + sum(Metric::Started, 2), 2);
        assert_eq!(sum(Metric::Completed, 1), 1);
        assert_eq!(sum(Metric::Completed, 2), 0);
        assert_eq!(sum(Metric::Certified, 0), 1);
        assert_eq!(sum(Metric::LessonsSelf, 1) + sum(Metric::LessonsSelf, 2), 2);
        assert_eq!(sum(Metric::LessonsSession, 1), 1);
    }
}
