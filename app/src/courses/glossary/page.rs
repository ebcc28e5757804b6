use super::repo;
use crate::{
    courses::pages::LocalizedText,
    i18n::{t, use_lang, Lang},
    layout::{Page, Unavailable},
    web,
};
use leptos::prelude::*;

/// `/glossary`: every term with a short definition in the reader's language; lessons link a
/// term's first use to its entry here (`/glossary#otp`).
#[component]
pub fn GlossaryPage() -> impl IntoView {
    let lang = use_lang();
    let db = web::db();
    let entries = async move { repo::entries(&db.ok()?, lang).await.ok() };
    view! {
        <Page title=t("glossary-title")>
            <p class="lead">{t("glossary-intro")}</p>
            <Suspense>
                {Suspend::new(async move {
                    let Some(entries) = entries.await else {
                        return view! { <Unavailable/> }.into_any();
                    };
                    if entries.is_empty() {
                        return view! { <p>{t("glossary-empty")}</p> }.into_any();
                    }
                    // A row of every word first: a phone reader jumps to one without scrolling
                    // through them all.
                    let index = entries
                        .iter()
                        .map(|e| {
                            let word = e.word.clone();
                            view! { <a href=format!("#{}", e.id) lang=word.lang.code()>{word.text}</a> " " }
                        })
                        .collect_view();
                    view! {
                        <nav class="glossary-index" aria-label=t("glossary-index")>{index}</nav>
                        <dl class="glossary">
                            {entries.into_iter().map(|e| {
                                let english = (lang != Lang::En && e.word.text != e.english)
                                    .then(|| view! { " " <span class="meta" lang="en" dir="ltr">{format!("({})", e.english)}</span> });
                                view! {
                                    <dt id=e.id><LocalizedText text=e.word/>{english}</dt>
                                    <dd><LocalizedText text=e.definition/></dd>
                                }
                            }).collect_view()}
                        </dl>
                    }
                    .into_any()
                })}
            </Suspense>
        </Page>
    }
}
