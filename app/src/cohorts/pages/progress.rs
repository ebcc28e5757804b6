use crate::{
    access,
    cohorts::{
        assignments::shown_date,
        progress::{self, CourseGrid, GridRow, SortKey},
    },
    courses::{repo::pick, Localized},
    db::now,
    error::AppError,
    i18n::{india_time, number, percent, t, t_args, use_lang},
    layout::Page,
    web,
};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// How the grid is asked for: `?sort=name|progress|activity&dir=asc|desc&print=1`.
#[derive(Clone)]
struct GridQuery {
    pid: String,
    sort: SortKey,
    ascending: bool,
    print: bool,
}

impl GridQuery {
    fn read() -> GridQuery {
        let pid = use_params_map().with_untracked(|p| p.get("cohort").unwrap_or_default());
        use_query_map().with_untracked(|q| {
            let sort = q
                .get("sort")
                .and_then(|s| SortKey::from_code(&s))
                .unwrap_or_default();
            let ascending = match q.get("dir").as_deref() {
                Some("asc") => true,
                Some("desc") => false,
                _ => sort.ascending_first(),
            };
            GridQuery {
                pid,
                sort,
                ascending,
                print: q.get("print").as_deref() == Some("1"),
            }
        })
    }

    fn base(&self) -> String {
        format!("/cohorts/{}/progress", self.pid)
    }

    /// This grid sorted by `key`: the other direction if it is sorted by `key` already.
    fn sorted_by(&self, key: SortKey) -> String {
        let ascending = if key == self.sort {
            !self.ascending
        } else {
            key.ascending_first()
        };
        let dir = if ascending { "asc" } else { "desc" };
        format!("{}?sort={}&dir={dir}", self.base(), key.code())
    }

    fn with_print(&self, print: bool) -> String {
        let dir = if self.ascending { "asc" } else { "desc" };
        let print = if print { "&print=1" } else { "" };
        format!("{}?sort={}&dir={dir}{print}", self.base(), self.sort.code())
    }
}

/// `/cohorts/:cohort/progress`: learners × modules of every course assigned to the cohort,
/// sortable by links, with totals, stuck and certificate markers, a CSV download and a
/// print layout (`?print=1`, without the site's navigation).
#[component]
pub fn ProgressPage() -> impl IntoView {
    let query = GridQuery::read();
    let viewer = match access::signed_in() {
        Ok(v) => v,
        Err(err) => return access::refusal(err),
    };
    let pid = query.pid.clone();
    let data = async move {
        let db = web::db()?;
        let c = access::cohort(&db, &viewer, &pid).await?;
        let grids = progress::load(&db, c.id).await?;
        Ok::<_, AppError>((c.model.name, grids))
    };
    view! {
        <Suspense>
            {Suspend::new(async move {
                match data.await {
                    Ok((name, mut grids)) => {
                        for g in &mut grids {
                            progress::sort_rows(g, query.sort, query.ascending);
                        }
                        let title = t_args("progress-title", &[("cohort", name.clone())]);
                        let body = view! { <GridBody q=query.clone() name grids/> };
                        if query.print {
                            view! {
                                <Title text=format!("{title} · {}", t("brand-name"))/>
                                <main id="main" class="progress-print">
                                    <h1>{title}</h1>
                                    {body}
                                </main>
                            }
                            .into_any()
                        } else {
                            view! { <Page title>{body}</Page> }.into_any()
                        }
                    }
                    Err(err) => access::refusal(err),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn GridBody(q: GridQuery, name: String, grids: Vec<CourseGrid>) -> impl IntoView {
    let cohort = format!("/cohorts/{}", q.pid);
    let links = if q.print {
        view! {
            <p class="no-print">
                <a href=q.with_print(false)>{t("progress-back-to-grid")}</a>
                " · " {t("progress-print-hint")}
            </p>
        }
        .into_any()
    } else {
        view! {
            <nav class="filters" aria-label=t("progress-actions-label")>
                <a href=cohort.clone()><bdi>{name}</bdi></a>
                <a href=format!("{}.csv", q.base()) download>{t("progress-download-csv")}</a>
                <a href=q.with_print(true)>{t("progress-print")}</a>
            </nav>
        }
        .into_any()
    };
    if grids.is_empty() {
        return view! {
            {links}
            <p>{t("progress-no-courses")}</p>
            <p><a href=format!("{cohort}/assignments")>{t("progress-assign-courses")}</a></p>
        }
        .into_any();
    }
    let at = now();
    view! {
        {links}
        <p class="hint">{t("progress-legend")}</p>
        {grids.into_iter().map(|g| view! { <CourseTable q=q.clone() g at/> }).collect_view()}
    }
    .into_any()
}

/// A title from a JSON map, in the reader's language (or its fallback) and direction.
fn localized(json: &str) -> impl IntoView {
    let Localized { text, lang } = pick(json, use_lang());
    view! { <span lang=lang.code() dir=lang.dir().as_str()>{text}</span> }
}

/// `ts` as a day in India time, with its machine-readable form.
fn day(ts: i64) -> impl IntoView {
    india_time(ts).map(|d| {
        view! {
            <time datetime=d.format("%Y-%m-%d").to_string() dir="ltr">
                {d.format("%d-%m-%Y").to_string()}
            </time>
        }
    })
}

#[component]
fn CourseTable(q: GridQuery, g: CourseGrid, at: i64) -> impl IntoView {
    let learners = g.rows.len() as i64;
    let stuck = g.rows.iter().filter(|r| r.stuck(at)).count() as i64;
    let certified = g.rows.iter().filter(|r| r.certificate).count() as i64;
    let sort_header = |key: SortKey, label: &str| {
        let current = q.sort == key;
        let (sort, arrow) = if q.ascending {
            ("ascending", " ▲")
        } else {
            ("descending", " ▼")
        };
        let (sort, arrow) = (current.then_some(sort), current.then_some(arrow));
        view! {
            <th scope="col" aria-sort=sort>
                <a href=q.sorted_by(key)>{t(label)}{arrow}</a>
            </th>
        }
    };
    let module_headers = g
        .modules
        .iter()
        .map(|m| {
            let lessons = t_args(
                "progress-module-lessons",
                &[("count", number(m.lessons.into()))],
            );
            view! { <th scope="col">{localized(&m.title)}<br/><small>{lessons}</small></th> }
        })
        .collect_view();
    let totals = g
        .modules
        .iter()
        .map(|m| {
            let text = t_args(
                "progress-completed-of",
                &[
                    ("done", number(m.completed_by.into())),
                    ("count", number(learners)),
                ],
            );
            view! { <td class="num" data-completed-by=m.completed_by.to_string()>{text}</td> }
        })
        .collect_view();
    // Erased types keep the view's type shallow enough for the release build's layout queries.
    let rows = g
        .rows
        .iter()
        .map(|r| learner_row(&g, r, at).into_any())
        .collect_view();
    let head = view! {
        <thead><tr>
            {sort_header(SortKey::Name, "progress-column-learner")}
            {sort_header(SortKey::Progress, "progress-column-progress")}
            {module_headers}
            <th scope="col">{t("progress-column-certificate")}</th>
            {sort_header(SortKey::Activity, "progress-column-activity")}
        </tr></thead>
    }
    .into_any();
    let foot = view! {
        <tfoot><tr>
            <th scope="row">{t("progress-totals")}</th>
            <td></td>
            {totals}
            <td class="num">{number(certified)}</td>
            <td></td>
        </tr></tfoot>
    }
    .into_any();
    view! {
        <section class="progress-course">
            <h2>{localized(&g.title)}</h2>
            {g.due_on.clone().map(|due| view! { <p>{t_args("progress-due", &[("date", shown_date(&due))])}</p> })}
            <p>
                {t_args("progress-stuck-count", &[("stuck", number(stuck)), ("count", number(learners))])}
            </p>
            <div class="table-scroll"><table class="progress-grid">
                {head}
                <tbody>{rows}</tbody>
                {foot}
            </table></div>
        </section>
    }
    .into_any()
}

fn learner_row(g: &CourseGrid, r: &GridRow, at: i64) -> impl IntoView {
    let l = &r.learner;
    let cells = g
        .modules
        .iter()
        .zip(&r.cells)
        .map(|(m, c)| {
            let complete = m.lessons > 0 && c.done() >= m.lessons;
            view! {
                <td
                    class="cell"
                    class:complete=complete
                    data-done=c.done().to_string()
                    data-at-session=c.at_session.to_string()
                    data-best=c.best_percent.map(|p| p.to_string())
                >
                    {complete.then_some("✓ ")}
                    <span dir="ltr">{number(c.done().into())} "/" {number(m.lessons.into())}</span>
                    {(c.at_session > 0).then(|| view! {
                        <small class="session">{t_args("progress-at-session", &[("count", number(c.at_session.into()))])}</small>
                    })}
                    {m.has_quiz.then(|| match c.best_percent {
                        Some(p) => view! { <small class="best">{t_args("progress-best-score", &[("score", percent(p))])}</small> }.into_any(),
                        None => view! { <small class="best">{t("progress-no-quiz-yet")}</small> }.into_any(),
                    })}
                </td>
            }
        })
        .collect_view();
    let stuck = r.stuck(at);
    view! {
        <tr class:stuck=stuck data-learner=l.pid.clone()>
            <th scope="row">
                <a href=format!("/learners/{}", l.pid)><bdi>{l.display_name.clone()}</bdi></a>
                <small class="login"><bdi>{l.login.clone()}</bdi></small>
                {stuck.then(|| view! { <span class="marker stuck">"⚠ " {t("progress-stuck")}</span> })}
            </th>
            <td class="num">{percent(g.progress(r))}</td>
            {cells}
            <td>{r.certificate.then(|| view! { <span class="marker certified">"★ " {t("progress-certified")}</span> })}</td>
            <td>{match r.last_activity {
                Some(ts) => day(ts).into_any(),
                None => t("progress-never").into_any(),
            }}</td>
        </tr>
    }
}
