use super::LocalizedText;
use crate::{
    courses::repo,
    i18n::{t, t_in, use_lang},
    layout::{Page, Unavailable},
    web,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const FILTERS: [&str; 4] = ["government-official", "student", "shg-member", "other"];

/// `/courses`: every course, filterable by audience with plain links.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let lang = use_lang();
    let audience = use_query_map()
        .with_untracked(|q| q.get("audience"))
        .filter(|a| FILTERS.contains(&a.as_str()));
    let user = web::viewer().map(|v| v.id);
    let db = web::db();
    let filter_links = std::iter::once((None, t("catalogue-all")))
        .chain(FILTERS.iter().map(|f| (Some(*f), t(&format!("group-{f}")))))
        .map(|(code, label)| {
            let href = code.map_or("/courses".to_owned(), |c| format!("/courses?audience={c}"));
            let current = code == audience.as_deref();
            view! { <a href=href aria-current=current.then_some("page")>{label}</a> }
        })
        .collect_view();
    let lessons_label = move |n: u32| t_in(lang, "catalogue-lessons", &[("count", n.to_string())]);
    let progress_label =
        move |p: u32| t_in(lang, "catalogue-progress", &[("percent", p.to_string())]);
    let cards = async move {
        repo::catalogue(&db.ok()?, lang, audience.as_deref(), user)
            .await
            .ok()
    };
    view! {
        <Page title=t("catalogue-title")>
            <nav class="filters" aria-label=t("catalogue-filter")>{filter_links}</nav>
            <Suspense>
                {Suspend::new(async move {
                    let Some(cards) = cards.await else {
                        return view! { <Unavailable/> }.into_any();
                    };
                    view! {
                        <ul class="course-list">
                            {cards.into_iter().map(|c| view! {
                                <li class="card course-card">
                                    <h2><a href=format!("/courses/{}", c.slug)><LocalizedText text=c.title/></a></h2>
                                    <p><LocalizedText text=c.summary/></p>
                                    <p class="meta">{lessons_label(c.lessons)}</p>
                                    {c.progress.map(|p| view! {
                                        <progress max="100" value=p.to_string()></progress>
                                        <span class="meta">{if c.completed { t("course-completed") } else { progress_label(p) }}</span>
                                    })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                })}
            </Suspense>
        </Page>
    }
}
