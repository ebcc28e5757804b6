//! `GET /cohorts/<cohort>/progress.csv`: the progress grid as a spreadsheet. UTF-8 with a BOM
//! (so Excel shows Hindi and Urdu names), one row per assigned course × learner it is for (the
//! whole cohort, or its chosen learners), numbers as plain numbers, dates as ISO dates, and
//! text that a spreadsheet would run as a formula neutralised.

use super::progress::{self, CourseGrid};
use crate::{
    access,
    auth::Viewer,
    courses::repo::pick,
    districts::District,
    error::AppError,
    i18n::{india_time, t_in, today, Lang},
    web::AppState,
};
use axum::{
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Redirect, Response},
    Extension,
};

/// The byte-order mark Excel needs to read a CSV file as UTF-8.
const BOM: &str = "\u{feff}";

/// The export route. Refused exactly like the grid page: sign in first, another trainer's
/// cohort is 403, a missing one 404, a database failure 503 (never an empty file).
pub async fn csv(
    State(state): State<AppState>,
    Path(cohort): Path<String>,
    viewer: Option<Extension<Viewer>>,
    Extension(lang): Extension<Lang>,
) -> Response {
    let Some(Extension(viewer)) = viewer else {
        return Redirect::to("/login").into_response();
    };
    let grids = async {
        let c = access::cohort(&state.db, &viewer, &cohort).await?;
        Ok::<_, AppError>(progress::load(&state.db, c.id).await?)
    }
    .await;
    match grids {
        Ok(grids) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"sabaq-progress-{}.csv\"", today()),
                ),
                (header::CACHE_CONTROL, "private, no-store".to_owned()),
            ],
            render(&grids, lang, &state.districts),
        )
            .into_response(),
        Err(err) => crate::web::export::refused(err, lang, "a progress grid"),
    }
}

/// The whole file: header row, then one row per learner × course. The module columns of every
/// assigned course follow each other; a row fills those of its own course.
pub fn render(grids: &[CourseGrid], lang: Lang, districts: &[District]) -> String {
    let tr = |id: &str| t_in(lang, id, &[]);
    let several = grids.len() > 1;
    let mut header: Vec<String> = ["admin-column-name", "field-login", "field-district"]
        .iter()
        .map(|id| tr(id))
        .collect();
    header.push(tr("progress-csv-course"));
    for g in grids {
        let course = pick(&g.title, lang).text;
        for m in &g.modules {
            let module = pick(&m.title, lang).text;
            let module = if several {
                format!("{course} – {module}")
            } else {
                module
            };
            for id in ["progress-csv-lessons-done", "progress-csv-best-score"] {
                header.push(t_in(lang, id, &[("module", module.clone())]));
            }
        }
    }
    header.push(tr("progress-csv-certificate"));
    header.push(tr("progress-csv-last-activity"));
    let mut out = String::from(BOM);
    line(&mut out, header.iter().map(|h| text(h)));
    let (yes, no) = (tr("progress-csv-yes"), tr("progress-csv-no"));
    for (i, g) in grids.iter().enumerate() {
        let course = pick(&g.title, lang).text;
        let before: usize = grids[..i].iter().map(|g| g.modules.len()).sum();
        let after: usize = grids[i + 1..].iter().map(|g| g.modules.len()).sum();
        for row in &g.rows {
            let l = &row.learner;
            let district = l
                .district
                .as_deref()
                .and_then(|slug| districts.iter().find(|d| d.slug == slug))
                .map(|d| d.name(lang).to_owned())
                .unwrap_or_default();
            let mut cells = vec![
                text(&l.display_name),
                text(&l.login),
                text(&district),
                text(&course),
            ];
            cells.extend(std::iter::repeat_n(String::new(), 2 * before));
            for c in &row.cells {
                cells.push(c.done().to_string());
                cells.push(c.best_percent.map(|p| p.to_string()).unwrap_or_default());
            }
            cells.extend(std::iter::repeat_n(String::new(), 2 * after));
            cells.push(text(if row.certificate { &yes } else { &no }));
            cells.push(row.last_activity.map(iso_date).unwrap_or_default());
            line(&mut out, cells);
        }
    }
    out
}

fn line(out: &mut String, cells: impl IntoIterator<Item = String>) {
    let cells: Vec<String> = cells.into_iter().collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// A text cell: quoted, inner quotes doubled, and text a spreadsheet would read as a formula
/// (`=`, `+`, `-`, `@`, tab or carriage return first) kept as text by a leading apostrophe.
pub fn text(s: &str) -> String {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let s = if risky { format!("'{s}") } else { s.to_owned() };
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// `ts` as an ISO date in India time.
fn iso_date(ts: i64) -> String {
    india_time(ts)
        .map(|t| t.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cohorts::progress::{Cell, GridLearner, GridRow, ModuleColumn};

    #[test]
    fn formulas_are_neutralised_and_quotes_doubled() {
        assert_eq!(text("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        for risky in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(text(risky).starts_with("\"'"), "{risky:?}");
        }
        assert_eq!(text("Shazia Bhat"), "\"Shazia Bhat\"");
        assert_eq!(text("a,b\nc"), "\"a,b\nc\"");
    }

    fn grid(slug: &str, modules: usize, rows: Vec<(&str, u32, Option<u32>)>) -> CourseGrid {
        CourseGrid {
            slug: slug.into(),
            title: format!(r#"{{"en":"Course {slug}"}}"#),
            due_on: None,
            modules: (0..modules)
                .map(|i| ModuleColumn {
                    key: format!("m{i}"),
                    title: format!(r#"{{"en":"M{i}"}}"#),
                    lessons: 3,
                    has_quiz: true,
                    completed_by: 0,
                })
                .collect(),
            rows: rows
                .into_iter()
                .map(|(name, done, best)| GridRow {
                    learner: GridLearner {
                        pid: name.into(),
                        login: name.to_lowercase(),
                        display_name: name.into(),
                        district: Some("srinagar".into()),
                    },
                    cells: vec![
                        Cell {
                            self_study: done,
                            at_session: 1,
                            best_percent: best,
                        };
                        modules
                    ],
                    certificate: best == Some(100),
                    // 2026-12-05 00:10 IST is still 4 December in UTC.
                    last_activity: Some(1_796_409_000 + 600),
                })
                .collect(),
        }
    }

    #[test]
    fn one_row_per_learner_and_course_with_plain_numbers() {
        let grids = [
            grid("a", 2, vec![("Asha", 1234, Some(75)), ("Bilal", 0, None)]),
            grid("b", 1, vec![("Asha", 2, Some(100)), ("Bilal", 0, None)]),
        ];
        let out = render(&grids, Lang::En, &[]);
        assert!(out.starts_with(BOM));
        let lines: Vec<&str> = out[BOM.len()..].split_terminator("\r\n").collect();
        assert_eq!(lines.len(), 5, "{out}");
        let header: Vec<&str> = lines[0].split(',').collect();
        assert_eq!(header.len(), 4 + 2 * 3 + 2, "{}", lines[0]);
        assert!(header[4].contains("Course a – M0"), "{}", header[4]);
        assert_eq!(
            lines[1],
            "\"Asha\",\"asha\",\"\",\"Course a\",1235,75,1235,75,,,\"no\",2026-12-05"
        );
        assert_eq!(
            lines[4],
            "\"Bilal\",\"bilal\",\"\",\"Course b\",,,,,1,,\"no\",2026-12-05"
        );
        assert!(lines[3].contains(",3,100,\"yes\","), "{}", lines[3]);
    }
}
