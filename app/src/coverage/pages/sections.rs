//! The report's parts: headline numbers, and each breakdown as an SVG chart with the same
//! numbers in an accessible table beside it.

use super::district_name;
use crate::{
    courses::repo::pick,
    coverage::{
        charts::{self, Bar, Group},
        report::{Counts, Report},
    },
    districts::District,
    i18n::{number, t, use_lang, Dir},
};
use leptos::prelude::*;

/// How a count is shown: in full, or "<10" on the public page.
pub type Shown = fn(i64) -> String;

/// Counts below 10 could single someone out: the public page shows them as "<10".
pub fn suppressed(n: i64) -> String {
    if n < 10 {
        // Isolated left-to-right, so "<10" does not turn into "10>" in Urdu and Kashmiri.
        format!("\u{2066}{}\u{2069}", t("coverage-fewer-than-ten"))
    } else {
        number(n)
    }
}

fn rtl() -> bool {
    use_lang().dir() == Dir::Rtl
}

/// A month as "2025-04" (an ISO month reads the same in every script's digits).
pub fn month_label(m: i32) -> String {
    crate::coverage::filters::month_code(m)
}

/// An SVG chart beside its data table.
fn figure(svg: String, table: AnyView) -> impl IntoView {
    view! {
        <figure class="chart-figure">
            <div class="chart-box" inner_html=svg></div>
            <figcaption class="chart-data">{table}</figcaption>
        </figure>
    }
}

/// A count column of the report's tables and headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Registered,
    Active,
    Started,
    Completed,
    Certified,
    LessonsSelf,
    LessonsSession,
}

use Column::*;

/// Every count: what an official sees.
const FULL: &[Column] = &[
    Registered,
    Active,
    Started,
    Completed,
    Certified,
    LessonsSelf,
    LessonsSession,
];
/// Learners only: the public page.
const PUBLIC: &[Column] = &[Registered, Started, Completed, Certified];
/// A month has no "active in the last 30 days".
const MONTHLY: &[Column] = &[
    Registered,
    Started,
    Completed,
    Certified,
    LessonsSelf,
    LessonsSession,
];
/// A course has neither registrations nor activity of its own.
const PER_COURSE: &[Column] = &[Started, Completed, Certified, LessonsSelf, LessonsSession];

fn columns(full: bool) -> &'static [Column] {
    if full {
        FULL
    } else {
        PUBLIC
    }
}

impl Column {
    fn label(self) -> &'static str {
        match self {
            Registered => "coverage-registered",
            Active => "coverage-active",
            Started => "coverage-started",
            Completed => "coverage-completed",
            Certified => "coverage-certified",
            LessonsSelf => "coverage-lessons-self",
            LessonsSession => "coverage-lessons-session",
        }
    }

    fn of(self, c: &Counts) -> i64 {
        match self {
            Registered => c.registered,
            Active => c.active,
            Started => c.started,
            Completed => c.completed,
            Certified => c.certified,
            LessonsSelf => c.lessons_self,
            LessonsSession => c.lessons_session,
        }
    }
}

/// The headline numbers.
#[component]
pub fn Headline(counts: Counts, shown: Shown, #[prop(optional)] full: bool) -> impl IntoView {
    let items = columns(full)
        .iter()
        .map(|col| view! { <div class="stat"><dt>{t(col.label())}</dt><dd>{shown(col.of(&counts))}</dd></div> })
        .collect_view();
    view! { <dl class="stats">{items}</dl> }
}

fn count_headers(cols: &[Column]) -> impl IntoView {
    cols.iter()
        .map(|col| view! { <th scope="col">{t(col.label())}</th> })
        .collect_view()
}

fn count_cells(c: &Counts, shown: Shown, cols: &[Column]) -> impl IntoView {
    cols.iter()
        .map(|col| view! { <td class="num">{shown(col.of(c))}</td> })
        .collect_view()
}

/// Districts, grouped by division, against their targets.
#[component]
pub fn ByDistrict(
    report: Report,
    districts: std::sync::Arc<[District]>,
    shown: Shown,
    full: bool,
) -> impl IntoView {
    let lang = use_lang();
    let year = report.target_year.to_string();
    let bars: Vec<Bar> = report
        .districts
        .iter()
        .map(|d| Bar {
            label: district_name(&districts, &d.slug, lang),
            // A suppressed count draws no bar: its length would tell the number.
            value: if full {
                d.reached
            } else if d.counts.certified < 10 {
                0
            } else {
                d.counts.certified
            },
            target: if full { d.target } else { None },
        })
        .collect();
    let title = if full {
        t_year("coverage-chart-districts", &year)
    } else {
        t("coverage-chart-districts-public")
    };
    let fmt = move |n: i64| shown(n);
    let svg = charts::bars_against_target("chart-districts", &title, &bars, rtl(), &fmt);
    let mut rows = Vec::new();
    let mut division = String::new();
    let cols = columns(full).len() + if full { 4 } else { 1 };
    for d in &report.districts {
        if d.division != division {
            division = d.division.clone();
            rows.push(view! {
                <tr class="division"><th colspan=cols scope="colgroup">{t(&format!("scope-division-{division}"))}</th></tr>
            }.into_any());
        }
        let achieved = match d.target {
            Some(target) if target > 0 => {
                crate::i18n::percent((d.reached * 100 / target).clamp(0, 999) as u32)
            }
            _ => "—".to_owned(),
        };
        rows.push(
            view! {
                <tr>
                    <th scope="row">{district_name(&districts, &d.slug, lang)}</th>
                    {count_cells(&d.counts, shown, columns(full))}
                    {full.then(|| view! {
                        <td class="num">{d.target.map(number).unwrap_or_else(|| "—".into())}</td>
                        <td class="num">{number(d.reached)}</td>
                        <td class="num">{achieved}</td>
                    })}
                </tr>
            }
            .into_any(),
        );
    }
    if let Some(c) = &report.no_district {
        rows.push(
            view! {
                <tr><th scope="row">{t("coverage-no-district")}</th>{count_cells(c, shown, columns(full))}
                {full.then(|| view! { <td></td><td></td><td></td> })}</tr>
            }
            .into_any(),
        );
    }
    let table = view! {
        <div class="table-scroll">
            <table class="report">
                <caption>{t("coverage-by-district")}</caption>
                <thead><tr>
                    <th scope="col">{t("field-district")}</th>
                    {count_headers(columns(full))}
                    {full.then(|| view! {
                        <th scope="col">{t_year("coverage-target", &year)}</th>
                        <th scope="col">{t_year("coverage-reached", &year)}</th>
                        <th scope="col">{t("coverage-achieved")}</th>
                    })}
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any();
    view! {
        <section aria-labelledby="by-district">
            <h2 id="by-district">{t("coverage-by-district")}</h2>
            {figure(svg, table)}
        </section>
    }
}

fn t_year(id: &str, year: &str) -> String {
    crate::i18n::t_args(id, &[("year", year.to_owned())])
}

/// New certificates by month, and every number by month.
#[component]
pub fn ByMonth(report: Report) -> impl IntoView {
    let points: Vec<(String, i64)> = report
        .months
        .iter()
        .map(|(m, c)| (month_label(*m), c.certified))
        .collect();
    let fmt = |n: i64| number(n);
    let svg = charts::monthly_line(
        "chart-months",
        &t("coverage-chart-months"),
        &points,
        rtl(),
        &fmt,
    );
    let rows = report
        .months
        .iter()
        .rev()
        .map(|(m, c)| view! {
            <tr>
                <th scope="row"><time datetime=month_label(*m) dir="ltr">{month_label(*m)}</time></th>
                {count_cells(c, number, MONTHLY)}
            </tr>
        })
        .collect_view();
    let table = view! {
        <div class="table-scroll">
            <table class="report">
                <caption>{t("coverage-by-month")}</caption>
                <thead><tr>
                    <th scope="col">{t("coverage-month")}</th>
                    {count_headers(MONTHLY)}
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any();
    view! {
        <section aria-labelledby="by-month">
            <h2 id="by-month">{t("coverage-by-month")}</h2>
            {figure(svg, table)}
        </section>
    }
}

/// Learner groups and genders: a grouped chart of registrations, and a table each.
#[component]
pub fn ByGroupAndGender(report: Report) -> impl IntoView {
    let series: Vec<String> = crate::auth::Gender::ALL
        .iter()
        .map(|g| t(&format!("gender-{}", g.code())))
        .collect();
    let groups: Vec<Group> = report
        .group_gender
        .iter()
        .map(|(g, values)| Group {
            label: t(&format!("group-{}", g.code())),
            values: values.clone(),
        })
        .collect();
    let fmt = |n: i64| number(n);
    let svg = charts::grouped_bars(
        "chart-groups",
        &t("coverage-chart-groups"),
        &groups,
        &series,
        rtl(),
        &fmt,
    );
    let table = |caption: &'static str, head: &'static str, rows: Vec<(String, Counts)>| {
        view! {
            <div class="table-scroll">
                <table class="report">
                    <caption>{t(caption)}</caption>
                    <thead><tr><th scope="col">{t(head)}</th>{count_headers(FULL)}</tr></thead>
                    <tbody>
                        {rows.into_iter().map(|(label, c)| view! {
                            <tr><th scope="row">{label}</th>{count_cells(&c, number, FULL)}</tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    };
    let by_group = report
        .groups
        .iter()
        .map(|(g, c)| (t(&format!("group-{}", g.code())), c.clone()))
        .collect();
    let by_gender = report
        .genders
        .iter()
        .map(|(g, c)| (t(&format!("gender-{}", g.code())), c.clone()))
        .collect();
    let tables = view! {
        {table("coverage-by-group", "coverage-breakdown-group", by_group)}
        {table("coverage-by-gender", "coverage-breakdown-gender", by_gender)}
    }
    .into_any();
    view! {
        <section aria-labelledby="by-group">
            <h2 id="by-group">{t("coverage-by-group-gender")}</h2>
            {figure(svg, tables)}
        </section>
    }
}

/// Each course.
#[component]
pub fn ByCourse(report: Report) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section aria-labelledby="by-course">
            <h2 id="by-course">{t("coverage-by-course")}</h2>
            <div class="table-scroll">
                <table class="report">
                    <thead><tr>
                        <th scope="col">{t("coverage-course")}</th>
                        {count_headers(PER_COURSE)}
                    </tr></thead>
                    <tbody>
                        {report.courses.iter().map(|c| {
                            let title = pick(&c.title, lang);
                            view! {
                                <tr>
                                    <th scope="row" lang=title.lang.code()>{title.text}</th>
                                    {count_cells(&c.counts, number, PER_COURSE)}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
