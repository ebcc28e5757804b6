//! The report's numbers as CSV and XLSX: `GET /reports/coverage.csv|.xlsx` (same filters and
//! scope checks as the page) and the public `GET /coverage.csv` (counts below 10 as "<10").
//! One table serves both formats: a row per total, district, group, gender, course and month.

use super::{
    filters::Filters,
    report::{self, Counts, Report},
};
use crate::{
    access::{self, CoverageScope},
    auth::Viewer,
    courses::repo::pick,
    db::now,
    districts::District,
    error::AppError,
    i18n::{t_in, today, Lang},
    web::AppState,
};
use axum::{
    extract::{RawQuery, State},
    http::{header, StatusCode},
    response::{IntoResponse, Redirect, Response},
    Extension,
};

/// One cell of an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    Number(i64),
    Empty,
}

/// The export as rows of cells, the first row the header.
pub fn table(report: &Report, lang: Lang, districts: &[District], public: bool) -> Vec<Vec<Cell>> {
    let tr = |id: &str| t_in(lang, id, &[]);
    let year = report.target_year.to_string();
    let mut header = vec![
        tr("coverage-col-breakdown"),
        tr("coverage-col-key"),
        tr("coverage-col-name"),
    ];
    header.push(tr("coverage-registered"));
    if !public {
        header.push(tr("coverage-active"));
    }
    header.extend([
        tr("coverage-started"),
        tr("coverage-completed"),
        tr("coverage-certified"),
    ]);
    if !public {
        header.extend([
            tr("coverage-lessons-self"),
            tr("coverage-lessons-session"),
            t_in(lang, "coverage-target", &[("year", year.clone())]),
            t_in(lang, "coverage-reached", &[("year", year)]),
        ]);
    }
    let mut rows = vec![header.into_iter().map(Cell::Text).collect::<Vec<_>>()];
    let count = |n: i64| {
        if public && n < 10 {
            Cell::Text("<10".into())
        } else {
            Cell::Number(n)
        }
    };
    let mut push =
        |kind: &str, key: String, name: String, c: &Counts, target: Option<(Option<i64>, i64)>| {
            let mut row = vec![
                Cell::Text(tr(&format!("coverage-breakdown-{kind}"))),
                Cell::Text(key),
                Cell::Text(name),
            ];
            row.push(count(c.registered));
            if !public {
                // Activity is counted per learner over the last 30 days, not per course or month.
                row.push(if matches!(kind, "course" | "month") {
                    Cell::Empty
                } else {
                    count(c.active)
                });
            }
            row.extend([count(c.started), count(c.completed), count(c.certified)]);
            if !public {
                row.extend([count(c.lessons_self), count(c.lessons_session)]);
                let (t, r) = target.unwrap_or((None, 0));
                row.push(t.map_or(Cell::Empty, Cell::Number));
                row.push(if target.is_some() {
                    Cell::Number(r)
                } else {
                    Cell::Empty
                });
            }
            rows.push(row);
        };
    push("total", "ut".into(), tr("scope-ut"), &report.totals, None);
    for d in &report.districts {
        let name = super::pages::district_name(districts, &d.slug, lang);
        push(
            "district",
            d.slug.clone(),
            name,
            &d.counts,
            Some((d.target, d.reached)),
        );
    }
    if let Some(c) = &report.no_district {
        push(
            "district",
            String::new(),
            tr("coverage-no-district"),
            c,
            None,
        );
    }
    if public {
        return rows;
    }
    for (g, c) in &report.groups {
        push(
            "group",
            g.code().into(),
            tr(&format!("group-{}", g.code())),
            c,
            None,
        );
    }
    for (g, c) in &report.genders {
        push(
            "gender",
            g.code().into(),
            tr(&format!("gender-{}", g.code())),
            c,
            None,
        );
    }
    for c in &report.courses {
        push(
            "course",
            c.slug.clone(),
            pick(&c.title, lang).text,
            &c.counts,
            None,
        );
    }
    for (m, c) in &report.months {
        let code = super::filters::month_code(*m);
        push("month", code.clone(), code, c, None);
    }
    rows
}

/// The byte-order mark Excel needs to read a CSV file as UTF-8.
const BOM: &str = "\u{feff}";

/// CSV text; a text cell a spreadsheet would run as a formula is neutralised.
pub fn to_csv(rows: &[Vec<Cell>]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Text(s) if s.starts_with(['=', '+', '-', '@']) => format!("'{s}"),
                Cell::Text(s) => s.clone(),
                Cell::Number(n) => n.to_string(),
                Cell::Empty => String::new(),
            })
            .collect();
        // Writing to a Vec cannot fail.
        let _ = w.write_record(&cells);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("{BOM}{}", String::from_utf8_lossy(&bytes))
}

/// An XLSX workbook with one sheet; numbers are numbers, the header row bold and frozen.
pub fn to_xlsx(rows: &[Vec<Cell>], sheet: &str) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet)?;
    let bold = Format::new().set_bold();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                Cell::Text(s) if r == 0 => {
                    ws.write_string_with_format(r, c, s, &bold).map(|_| ())?
                }
                Cell::Text(s) => ws.write_string(r, c, s).map(|_| ())?,
                Cell::Number(n) => ws.write_number(r, c, *n as f64).map(|_| ())?,
                Cell::Empty => {}
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.set_column_width(2, 28)?;
    book.save_to_buffer()
}

/// Which file a route serves.
#[derive(Clone, Copy)]
enum Format {
    Csv,
    Xlsx,
}

async fn scoped(state: &AppState, viewer: &Viewer, query: &str) -> Result<Report, AppError> {
    let scope = access::coverage_scope(&state.db, viewer).await?;
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let filters = Filters::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))?;
    report::report(&state.db, &scope, &filters, now()).await
}

/// `GET /reports/coverage.csv`.
pub async fn csv(
    state: State<AppState>,
    query: RawQuery,
    viewer: Option<Extension<Viewer>>,
    lang: Extension<Lang>,
) -> Response {
    scoped_export(Format::Csv, state, query, viewer, lang).await
}

/// `GET /reports/coverage.xlsx`.
pub async fn xlsx(
    state: State<AppState>,
    query: RawQuery,
    viewer: Option<Extension<Viewer>>,
    lang: Extension<Lang>,
) -> Response {
    scoped_export(Format::Xlsx, state, query, viewer, lang).await
}

async fn scoped_export(
    format: Format,
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    viewer: Option<Extension<Viewer>>,
    Extension(lang): Extension<Lang>,
) -> Response {
    let Some(Extension(viewer)) = viewer else {
        return Redirect::to("/login").into_response();
    };
    match scoped(&state, &viewer, query.as_deref().unwrap_or("")).await {
        Ok(report) => file(
            format,
            &table(&report, lang, &state.districts, false),
            "sabaq-coverage",
            true,
        ),
        Err(err) => crate::web::export::refused(err, lang, "coverage"),
    }
}

/// `GET /coverage.csv`: the public page's numbers.
pub async fn public_csv(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
) -> Response {
    match report::report(&state.db, &CoverageScope::Ut, &Filters::default(), now()).await {
        Ok(report) => file(
            Format::Csv,
            &table(&report, lang, &state.districts, true),
            "sabaq-coverage-public",
            false,
        ),
        Err(err) => crate::web::export::refused(err, lang, "coverage"),
    }
}

fn file(format: Format, rows: &[Vec<Cell>], name: &str, private: bool) -> Response {
    let cache = if private {
        "private, no-store"
    } else {
        "public, max-age=300"
    };
    let (kind, ext, body) = match format {
        Format::Csv => ("text/csv; charset=utf-8", "csv", to_csv(rows).into_bytes()),
        Format::Xlsx => match to_xlsx(rows, "Sabaq") {
            Ok(b) => (
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "xlsx",
                b,
            ),
            Err(err) => {
                tracing::error!(?err, "writing a coverage workbook");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        },
    };
    (
        [
            (header::CONTENT_TYPE, kind.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}-{}.{ext}\"", today()),
            ),
            (header::CACHE_CONTROL, cache.to_owned()),
        ],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        auth::{Gender, LearnerGroup},
        coverage::report::{CourseRow, DistrictRow},
    };

    fn counts(base: i64) -> Counts {
        Counts {
            registered: base * 10,
            active: base * 3,
            started: base * 8,
            completed: base * 5,
            certified: base * 4,
            lessons_self: base * 40,
            lessons_session: base * 12,
        }
    }

    fn sample() -> Report {
        Report {
            totals: counts(13),
            districts: vec![
                DistrictRow {
                    slug: "jammu".into(),
                    division: "jammu".into(),
                    counts: counts(12),
                    target: Some(500),
                    reached: 96,
                },
                DistrictRow {
                    slug: "srinagar".into(),
                    division: "kashmir".into(),
                    counts: counts(1),
                    target: None,
                    reached: 8,
                },
            ],
            no_district: Some(Counts::default()),
            groups: vec![(LearnerGroup::ShgMember, counts(13))],
            genders: vec![(Gender::Female, counts(13))],
            group_gender: vec![],
            courses: vec![CourseRow {
                slug: "digital-literacy-basics".into(),
                title: r#"{"en":"Basics","ur":"بنیادی باتیں"}"#.into(),
                counts: counts(13),
            }],
            course_options: vec![],
            months: vec![(202604, counts(6)), (202605, counts(7))],
            target_year: 2026,
        }
    }

    #[test]
    fn the_full_export_as_csv() {
        insta::assert_snapshot!(to_csv(&table(&sample(), Lang::En, &[], false)));
    }

    #[test]
    fn the_public_export_suppresses_counts_below_ten() {
        let csv = to_csv(&table(&sample(), Lang::Ur, &[], true));
        let srinagar = csv
            .lines()
            .find(|l| l.contains("srinagar"))
            .unwrap_or_default();
        assert_eq!(
            srinagar.matches("<10").count(),
            3,
            "{srinagar}: 10 registered is shown"
        );
        assert!(!csv.contains("Basics"), "no course rows in the public file");
        insta::assert_snapshot!(csv);
    }

    #[test]
    fn the_workbook_is_a_zip() {
        let bytes = to_xlsx(&table(&sample(), Lang::Hi, &[], false), "Sabaq").expect("written");
        assert!(bytes.starts_with(b"PK"));
    }
}
