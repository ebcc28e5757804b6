use crate::{
    access,
    cohorts::{
        api::ssr::cohort_path,
        csv::{Column, FileError, FILE_LIMIT, ROW_LIMIT},
        upload::UploadProblem,
    },
    error::AppError,
    i18n::{number, t, t_args, use_lang, Dir, Lang},
    layout::Page,
    web,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/cohorts/:cohort/upload`: the form to upload a list of learners, what its columns hold,
/// an example and a template to download. The upload route shows it again with the reason
/// when it refuses a file.
#[component]
pub fn UploadPage() -> impl IntoView {
    let pid = use_params_map().with_untracked(|p| p.get("cohort").unwrap_or_default());
    let problem = use_context::<UploadProblem>();
    if let Some(UploadProblem::Failed(err)) = problem {
        return access::refusal(err);
    }
    let viewer = match access::signed_in() {
        Ok(v) => v,
        Err(err) => return access::refusal(err),
    };
    let refused = match problem {
        Some(UploadProblem::File(err)) => Some(err),
        _ => None,
    };
    let cohort = pid.clone();
    let name = async move {
        let db = web::db()?;
        Ok::<_, AppError>(access::cohort(&db, &viewer, &cohort).await?.model.name)
    };
    view! {
        <Suspense>
            {Suspend::new(async move {
                match name.await {
                    Ok(name) => view! { <UploadForm pid=pid.clone() name refused/> }.into_any(),
                    Err(err) => access::refusal(err),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn UploadForm(pid: String, name: String, refused: Option<FileError>) -> impl IntoView {
    let megabytes = number((FILE_LIMIT / (1024 * 1024)) as i64);
    let limits = t_args(
        "upload-encodings",
        &[("rows", number(ROW_LIMIT as i64)), ("megabytes", megabytes)],
    );
    view! {
        <Page title=t("upload-title")>
            <p><a href=cohort_path(&pid)><bdi>{name}</bdi></a></p>
            {refused.map(|err| view! { <p class="alert error" role="alert">{file_error_text(err)}</p> })}
            <p class="lead">{t("upload-intro")}</p>
            <form method="post" action=format!("/api/cohorts/{pid}/upload") enctype="multipart/form-data" class="stack card">
                <div class="field">
                    <label for="file">{t("upload-file-label")}</label>
                    <input id="file" name="file" type="file" accept=".csv,.txt,text/csv,text/plain" required aria-describedby="file-hint"/>
                    <small id="file-hint">{limits}</small>
                </div>
                <button type="submit">{t("upload-submit")}</button>
            </form>
            <h2>{t("upload-columns-heading")}</h2>
            <p>{t("upload-columns-intro")}</p>
            <p>{t("upload-formulas")}</p>
            <div class="table-scroll"><table class="upload-rows">
                <thead><tr><th>{t("upload-columns-heading")}</th><th>{t("upload-column-what")}</th></tr></thead>
                <tbody>
                    {Column::ALL.map(|c| view! {
                        <tr><td>{t(c.label_id())}</td><td>{t(&format!("{}-help", c.label_id()))}</td></tr>
                    }).collect_view()}
                </tbody>
            </table></div>
            <h2>{t("upload-example-heading")}</h2>
            <Example/>
            <p><a href=template_path(use_lang()) download>{t("upload-template")}</a></p>
        </Page>
    }
}

/// Three learners, the headers as this page names the columns (they are accepted as such).
#[component]
fn Example() -> impl IntoView {
    let rows = [
        [
            "Shazia Bhat",
            "9419012345",
            "female",
            "shg-member",
            "Srinagar",
            "ur",
        ],
        ["राम लाल", "ram.lal", "पुरुष", "विद्यार्थी", "जम्मू", "hi"],
        [
            "شازیہ اختر",
            "+91 70061 23456",
            "خاتون",
            "طالب علم",
            "اننت ناگ",
            "اردو",
        ],
    ];
    view! {
        <div class="table-scroll"><table class="upload-rows">
            <thead><tr>{Column::ALL.map(|c| view! { <th>{t(c.label_id())}</th> }).collect_view()}</tr></thead>
            <tbody>
                {rows.map(|row| view! {
                    <tr>{row.map(|cell| view! { <td><bdi>{cell}</bdi></td> }).collect_view()}</tr>
                }).collect_view()}
            </tbody>
        </table></div>
    }
}

/// The empty template whose headers are in the reader's script: Hindi for Hindi and Dogri,
/// Urdu for Urdu and Kashmiri, else English.
fn template_path(lang: Lang) -> &'static str {
    match lang {
        Lang::Hi | Lang::Doi => "/templates/sabaq-learners-hi.csv",
        Lang::Ur | Lang::Ks => "/templates/sabaq-learners-ur.csv",
        Lang::En => "/templates/sabaq-learners-en.csv",
    }
}

/// Why a file was refused, in the reader's language.
pub fn file_error_text(err: FileError) -> String {
    let column = |c: Column| t(c.label_id());
    let args = match err {
        FileError::TooLarge => vec![("megabytes", number((FILE_LIMIT / (1024 * 1024)) as i64))],
        FileError::TooManyRows => vec![("rows", number(ROW_LIMIT as i64))],
        FileError::MissingColumn(c) => {
            let separator = if use_lang().dir() == Dir::Rtl {
                "، "
            } else {
                ", "
            };
            let all: Vec<String> = Column::ALL.map(column).to_vec();
            vec![("column", column(c)), ("columns", all.join(separator))]
        }
        FileError::RepeatedColumn(c) => vec![("column", column(c))],
        _ => vec![],
    };
    t_args(err.message_id(), &args)
}
