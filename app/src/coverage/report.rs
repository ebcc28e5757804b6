//! The coverage report: a few `GROUP BY` queries over `coverage_counts` (thousands of rows,
//! however many learners) and one over the covering index of learners' last activity.

use super::{facts::Metric, filters::Filters};
use crate::{
    access::CoverageScope,
    auth::{Gender, LearnerGroup},
    db::statement,
    error::AppError,
};
use sea_orm::{ConnectionTrait, DbErr, QueryResult, Value};
use std::collections::HashMap;

/// The numbers of one row of the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub registered: i64,
    /// Active in the 30 days before the report, whatever the period (any course).
    pub active: i64,
    pub started: i64,
    pub completed: i64,
    pub certified: i64,
    pub lessons_self: i64,
    pub lessons_session: i64,
}

impl Counts {
    fn add(&mut self, metric: Metric, n: i64) {
        let slot = match metric {
            Metric::Registered => &mut self.registered,
            Metric::Started => &mut self.started,
            Metric::Completed => &mut self.completed,
            Metric::Certified => &mut self.certified,
            Metric::LessonsSelf => &mut self.lessons_self,
            Metric::LessonsSession => &mut self.lessons_session,
        };
        *slot += n;
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistrictRow {
    pub slug: String,
    pub division: String,
    pub counts: Counts,
    /// Learners to reach in `Report::target_year` (for the filtered group, or all groups).
    pub target: Option<i64>,
    /// Learners who first started a course in `Report::target_year`.
    pub reached: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseRow {
    pub slug: String,
    /// Localized titles as stored (JSON).
    pub title: String,
    pub counts: Counts,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub totals: Counts,
    /// Every district in scope (and filter), Jammu division first.
    pub districts: Vec<DistrictRow>,
    /// Learners who gave no district: only in a UT-wide view without a district filter.
    pub no_district: Option<Counts>,
    pub groups: Vec<(LearnerGroup, Counts)>,
    pub genders: Vec<(Gender, Counts)>,
    /// Learners registered, by group then gender (in `Gender::ALL` order).
    pub group_gender: Vec<(LearnerGroup, Vec<i64>)>,
    pub courses: Vec<CourseRow>,
    /// (slug, title JSON) of every course, for the filter.
    pub course_options: Vec<(String, String)>,
    /// Every month from the first with data (or the filter's start) to the last.
    pub months: Vec<(i32, Counts)>,
    pub target_year: i32,
}

/// Whom the report counts: the districts shown (`None`: every one, and learners without a
/// district), a learner group and a gender.
struct Who<'a> {
    districts: Option<Vec<i32>>,
    group: Option<&'a str>,
    gender: Option<&'a str>,
}

impl Who<'_> {
    /// The SQL condition on the columns `column` names (`district_id`, `learner_group`,
    /// `gender`), binding its values as `$n` after those already in `values`.
    fn condition(&self, column: impl Fn(&str) -> String, values: &mut Vec<Value>) -> String {
        let mut sql = String::from("1 = 1");
        if let Some(ids) = &self.districts {
            let ids: Vec<String> = ids.iter().map(i32::to_string).collect();
            sql.push_str(&format!(
                " AND {} IN ({})",
                column("district_id"),
                ids.join(",")
            ));
        }
        for (name, value) in [("learner_group", self.group), ("gender", self.gender)] {
            if let Some(v) = value {
                values.push(v.into());
                sql.push_str(&format!(" AND {} = ${}", column(name), values.len()));
            }
        }
        sql
    }
}

struct DistrictRef {
    id: i32,
    slug: String,
    division: String,
}

/// The report for `scope` and `filters`, as of `now`. A district filter outside the scope is
/// `Forbidden`; an unknown district or course is `Invalid`.
pub async fn report(
    db: &impl ConnectionTrait,
    scope: &CoverageScope,
    filters: &Filters,
    now: i64,
) -> Result<Report, AppError> {
    let backend = db.get_database_backend();
    let all = districts(db).await?;
    let in_scope: Vec<&DistrictRef> = all
        .iter()
        .filter(|d| scope.includes(&d.slug, &d.division))
        .collect();
    let shown: Vec<&DistrictRef> = match &filters.district {
        None => in_scope,
        Some(slug) => {
            if !all.iter().any(|d| &d.slug == slug) {
                return Err(AppError::invalid("district", "coverage-error-district"));
            }
            let d: Vec<_> = in_scope.into_iter().filter(|d| &d.slug == slug).collect();
            if d.is_empty() {
                return Err(AppError::Forbidden);
            }
            d
        }
    };
    let whole_ut = matches!(scope, CoverageScope::Ut) && filters.district.is_none();
    let courses = courses(db).await?;
    let course_id = match &filters.course {
        None => 0,
        Some(slug) => courses
            .iter()
            .find(|c| &c.0 == slug)
            .map(|c| c.1)
            .ok_or_else(|| AppError::invalid("course", "coverage-error-course"))?,
    };

    // Conditions shared by every query on the counts table.
    let who = Who {
        districts: (!whole_ut).then(|| shown.iter().map(|d| d.id).collect()),
        group: filters.group.map(|g| g.code()),
        gender: filters.gender.map(|g| g.code()),
    };
    let mut values: Vec<Value> = Vec::new();
    let bind = |v: Value, values: &mut Vec<Value>| {
        values.push(v);
        format!("${}", values.len())
    };
    let mut common = who.condition(|column| column.to_owned(), &mut values);
    if let Some(m) = filters.from {
        common.push_str(&format!(" AND month >= {}", bind(m.into(), &mut values)));
    }
    if let Some(m) = filters.to {
        common.push_str(&format!(" AND month <= {}", bind(m.into(), &mut values)));
    }
    let lessons_course = if course_id == 0 {
        "course_id <> 0".to_owned()
    } else {
        format!("course_id = {course_id}")
    };
    let (reg, learner_metrics, lesson_metrics) = (
        Metric::Registered as i32,
        "2, 3, 4",
        format!(
            "{}, {}",
            Metric::LessonsSelf as i32,
            Metric::LessonsSession as i32
        ),
    );
    let headline = format!(
        "{common} AND ((metric = {reg} AND course_id = 0) \
         OR (metric IN ({learner_metrics}) AND course_id = {course_id}) \
         OR (metric IN ({lesson_metrics}) AND {lessons_course}))"
    );
    let sum = "CAST(sum(n) AS BIGINT) AS n";
    let q = |sql: String, values: Vec<Value>| async move {
        db.query_all_raw(statement(backend, &sql, values)).await
    };

    let by_who = q(
        format!(
            "SELECT metric, district_id, learner_group, gender, {sum} FROM coverage_counts
             WHERE {headline} GROUP BY metric, district_id, learner_group, gender"
        ),
        values.clone(),
    )
    .await?;
    let mut report = Report {
        totals: Counts::default(),
        districts: shown
            .iter()
            .map(|d| DistrictRow {
                slug: d.slug.clone(),
                division: d.division.clone(),
                counts: Counts::default(),
                target: None,
                reached: 0,
            })
            .collect(),
        no_district: whole_ut.then(Counts::default),
        groups: LearnerGroup::ALL
            .iter()
            .map(|g| (*g, Counts::default()))
            .collect(),
        genders: Gender::ALL
            .iter()
            .map(|g| (*g, Counts::default()))
            .collect(),
        group_gender: LearnerGroup::ALL
            .iter()
            .map(|g| (*g, vec![0; Gender::ALL.len()]))
            .collect(),
        courses: Vec::new(),
        course_options: courses
            .iter()
            .map(|(s, _, title)| (s.clone(), title.clone()))
            .collect(),
        months: Vec::new(),
        target_year: filters
            .to
            .map_or_else(|| super::facts::month_of(now) / 100, |m| m / 100),
    };
    let index: HashMap<i32, usize> = shown.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
    let mut fold = |district: i32, group: &str, gender: &str, add: &dyn Fn(&mut Counts)| {
        add(&mut report.totals);
        match index.get(&district) {
            Some(&i) => add(&mut report.districts[i].counts),
            None => {
                if let Some(c) = report.no_district.as_mut() {
                    add(c)
                }
            }
        }
        if let Some(e) = report.groups.iter_mut().find(|(g, _)| g.code() == group) {
            add(&mut e.1);
        }
        if let Some(e) = report.genders.iter_mut().find(|(g, _)| g.code() == gender) {
            add(&mut e.1);
        }
    };
    for r in &by_who {
        let (metric, n) = (metric_of(r)?, r.try_get::<i64>("", "n")?);
        let Some(metric) = metric else { continue };
        let (group, gender): (String, String) =
            (r.try_get("", "learner_group")?, r.try_get("", "gender")?);
        fold(r.try_get("", "district_id")?, &group, &gender, &|c| {
            c.add(metric, n)
        });
        if metric == Metric::Registered {
            let gi = Gender::ALL.iter().position(|g| g.code() == gender);
            if let (Some(e), Some(gi)) = (
                report
                    .group_gender
                    .iter_mut()
                    .find(|(g, _)| g.code() == group),
                gi,
            ) {
                e.1[gi] += n;
            }
        }
    }

    // Active in the last 30 days: learners' own rows, through the covering index, where a
    // missing district, group or gender is what the counts table stores for it.
    let mut active_values = Vec::new();
    let active_where = who.condition(
        |column| match column {
            "district_id" => "COALESCE(district_id, 0)".to_owned(),
            other => format!("COALESCE({other}, '')"),
        },
        &mut active_values,
    );
    active_values.push((now - 30 * 86_400).into());
    let cut = format!("${}", active_values.len());
    for r in q(
        format!(
            "SELECT COALESCE(district_id, 0) AS district_id, COALESCE(learner_group, '') AS learner_group,
                    COALESCE(gender, '') AS gender, count(*) AS n
             FROM users WHERE last_active_at >= {cut} AND {active_where}
             GROUP BY COALESCE(district_id, 0), COALESCE(learner_group, ''), COALESCE(gender, '')"
        ),
        active_values,
    )
    .await?
    {
        let n: i64 = r.try_get("", "n")?;
        let (group, gender): (String, String) = (r.try_get("", "learner_group")?, r.try_get("", "gender")?);
        fold(r.try_get("", "district_id")?, &group, &gender, &|c| c.active += n);
    }

    for r in q(
        format!("SELECT metric, month, {sum} FROM coverage_counts WHERE {headline} GROUP BY metric, month"),
        values.clone(),
    )
    .await?
    {
        let Some(metric) = metric_of(&r)? else { continue };
        let month: i32 = r.try_get("", "month")?;
        let n: i64 = r.try_get("", "n")?;
        match report.months.iter_mut().find(|(m, _)| *m == month) {
            Some(e) => e.1.add(metric, n),
            None => {
                let mut c = Counts::default();
                c.add(metric, n);
                report.months.push((month, c));
            }
        }
    }
    report.months.sort_by_key(|(m, _)| *m);
    fill_months(&mut report.months, filters.from);

    let course_filter = if course_id == 0 {
        "course_id <> 0".to_owned()
    } else {
        format!("course_id = {course_id}")
    };
    let per_course = q(
        format!(
            "SELECT metric, course_id, {sum} FROM coverage_counts
             WHERE {common} AND metric <> {reg} AND {course_filter} GROUP BY metric, course_id"
        ),
        values.clone(),
    )
    .await?;
    for (slug, id, title) in &courses {
        if course_id != 0 && *id != course_id {
            continue;
        }
        let mut counts = Counts::default();
        for r in per_course
            .iter()
            .filter(|r| r.try_get::<i32>("", "course_id").ok() == Some(*id))
        {
            if let Some(metric) = metric_of(r)? {
                counts.add(metric, r.try_get("", "n")?);
            }
        }
        report.courses.push(CourseRow {
            slug: slug.clone(),
            title: title.clone(),
            counts,
        });
    }

    targets(db, &mut report, &shown, filters, course_id).await?;
    Ok(report)
}

/// Targets for `report.target_year` and how many each district reached that year.
async fn targets(
    db: &impl ConnectionTrait,
    report: &mut Report,
    shown: &[&DistrictRef],
    filters: &Filters,
    course_id: i32,
) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let year = report.target_year;
    let group = filters.group.map_or("", |g| g.code());
    let rows = db
        .query_all_raw(statement(
            backend,
            "SELECT district_id, target FROM coverage_targets WHERE year = $1 AND learner_group = $2",
            [year.into(), group.into()],
        ))
        .await?;
    let targets: HashMap<i32, i64> = rows
        .iter()
        .map(|r| Ok((r.try_get("", "district_id")?, r.try_get("", "target")?)))
        .collect::<Result<_, DbErr>>()?;
    let mut values: Vec<Value> = vec![
        (Metric::Started as i32).into(),
        course_id.into(),
        (year * 100 + 1).into(),
        (year * 100 + 12).into(),
    ];
    let mut sql = String::from(
        "SELECT district_id, CAST(sum(n) AS BIGINT) AS n FROM coverage_counts
         WHERE metric = $1 AND course_id = $2 AND month >= $3 AND month <= $4",
    );
    if let Some(g) = filters.group {
        values.push(g.code().into());
        sql.push_str(&format!(" AND learner_group = ${}", values.len()));
    }
    if let Some(g) = filters.gender {
        values.push(g.code().into());
        sql.push_str(&format!(" AND gender = ${}", values.len()));
    }
    sql.push_str(" GROUP BY district_id");
    let reached: HashMap<i32, i64> = db
        .query_all_raw(statement(backend, &sql, values))
        .await?
        .iter()
        .map(|r| Ok((r.try_get("", "district_id")?, r.try_get("", "n")?)))
        .collect::<Result<_, DbErr>>()?;
    for (row, d) in report.districts.iter_mut().zip(shown) {
        row.target = targets.get(&d.id).copied();
        row.reached = reached.get(&d.id).copied().unwrap_or(0);
    }
    Ok(())
}

fn metric_of(r: &QueryResult) -> Result<Option<Metric>, DbErr> {
    Ok(Metric::from_code(r.try_get::<i16>("", "metric")?.into()))
}

/// Adds the months with nothing, so a line over time has no silent gaps.
fn fill_months(months: &mut Vec<(i32, Counts)>, from: Option<i32>) {
    let (Some(first), Some(last)) = (
        from.or(months.first().map(|m| m.0)),
        months.last().map(|m| m.0),
    ) else {
        return;
    };
    let mut all = Vec::new();
    let mut m = first;
    while m <= last {
        let counts = months
            .iter()
            .find(|(x, _)| *x == m)
            .map(|(_, c)| c.clone())
            .unwrap_or_default();
        all.push((m, counts));
        m = if m % 100 == 12 {
            (m / 100 + 1) * 100 + 1
        } else {
            m + 1
        };
    }
    *months = all;
}

async fn districts(db: &impl ConnectionTrait) -> Result<Vec<DistrictRef>, DbErr> {
    let rows = db
        .query_all_raw(statement(
            db.get_database_backend(),
            "SELECT id, slug, division FROM districts ORDER BY division, id",
            [],
        ))
        .await?;
    rows.iter()
        .map(|r| {
            Ok(DistrictRef {
                id: r.try_get("", "id")?,
                slug: r.try_get("", "slug")?,
                division: r.try_get("", "division")?,
            })
        })
        .collect()
}

/// (slug, id, title JSON) of every course, in catalogue order.
async fn courses(db: &impl ConnectionTrait) -> Result<Vec<(String, i32, String)>, DbErr> {
    let rows = db
        .query_all_raw(statement(
            db.get_database_backend(),
            "SELECT slug, id, title FROM courses ORDER BY position, id",
            [],
        ))
        .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get("", "slug")?,
                r.try_get("", "id")?,
                r.try_get("", "title")?,
            ))
        })
        .collect()
}
