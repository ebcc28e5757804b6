//! One simulated learner, as a phone without JavaScript uses Sabaq: sign in once, then over and
//! over open the dashboard, read a lesson, mark it complete, take a practice quiz (checking one
//! answer), submit it; sometimes take the final and download a certificate.

use crate::{form, ledger, settings};
use goose::prelude::*;
use rand::{seq::IndexedRandom, Rng};
use std::time::Duration;

/// What a learner knows between steps.
#[derive(Clone, Default)]
struct Learner {
    login: String,
    /// Course pages listed on the dashboard.
    courses: Vec<String>,
    /// The course being read: its page, lessons and practice quizzes.
    course: String,
    lessons: Vec<String>,
    quizzes: Vec<String>,
    /// The lesson read last, marked complete next.
    lesson: Option<String>,
    certificates: Vec<String>,
    final_taken: bool,
    pdf_taken: bool,
}

fn custom(message: impl Into<String>) -> Box<TransactionError> {
    Box::new(TransactionError::Custom(message.into()))
}

fn learner(user: &mut GooseUser) -> Result<&mut Learner, Box<TransactionError>> {
    user.get_session_data_mut::<Learner>()
        .ok_or_else(|| custom("not signed in"))
}

/// GET `path` named `name` (200 expected); the page's text.
async fn page(
    user: &mut GooseUser,
    path: &str,
    name: &str,
) -> Result<String, Box<TransactionError>> {
    let goose = user.get_named(path, name).await?;
    match goose.response {
        Ok(r) if r.status().is_success() => r.text().await.map_err(|e| custom(e.to_string())),
        Ok(r) => Err(custom(format!("{name}: {}", r.status()))),
        Err(e) => Err(custom(format!("{name}: {e}"))),
    }
}

/// What a posted form led to.
enum Posted {
    /// A redirect (302/303) to this path.
    Redirect(String),
    /// No answer, or a 5xx: worth sending again.
    NoAnswer(String),
    /// Any other answer: the form was refused.
    Refused(u16),
}

/// POSTs `fields` to `path` as a browser without JavaScript does (it expects a redirect).
async fn post(
    user: &mut GooseUser,
    path: &str,
    name: &str,
    fields: &[(String, String)],
) -> Result<Posted, Box<TransactionError>> {
    let origin = user.base_url.origin().ascii_serialization();
    let builder = user
        .get_request_builder(&GooseMethod::Post, path)?
        .header("Origin", origin)
        .header("Accept", "text/html")
        .form(fields);
    let request = GooseRequest::builder()
        .method(GooseMethod::Post)
        .path(path)
        .name(name)
        .set_request_builder(builder)
        .build();
    let mut goose = user.request(request).await?;
    Ok(match goose.response {
        Ok(r) if r.status().is_redirection() => {
            user.set_success(&mut goose.request)?;
            Posted::Redirect(
                r.headers()
                    .get("location")
                    .and_then(|l| l.to_str().ok())
                    .unwrap_or("/")
                    .to_owned(),
            )
        }
        Ok(r) if r.status().is_server_error() => Posted::NoAnswer(r.status().to_string()),
        Ok(r) => Posted::Refused(r.status().as_u16()),
        Err(e) => Posted::NoAnswer(e.to_string()),
    })
}

fn pairs(fields: &[(&str, &str)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
        .collect()
}

/// POSTs a form that must lead on (a redirect), and returns where.
async fn post_expecting_redirect(
    user: &mut GooseUser,
    path: &str,
    name: &str,
    fields: &[(String, String)],
) -> Result<String, Box<TransactionError>> {
    match post(user, path, name, fields).await? {
        Posted::Redirect(to) => Ok(to),
        Posted::NoAnswer(why) => Err(custom(format!("{name}: {why}"))),
        Posted::Refused(status) => Err(custom(format!("{name}: {status}"))),
    }
}

/// Submits a quiz; with no answer (a server killed, a database restarting) sends the same
/// attempt again, as the learner pressing "Submit" again would. Every outcome goes in the ledger.
async fn submit(
    user: &mut GooseUser,
    name: &str,
    fields: &[(String, String)],
) -> Result<String, Box<TransactionError>> {
    let login = learner(user)?.login.clone();
    let attempt = fields
        .iter()
        .find(|(n, _)| n == "attempt")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    ledger::write("sent", &login, &attempt);
    for _ in 0..settings::SUBMIT_TRIES {
        match post(user, "/api/submit-quiz", name, fields).await? {
            Posted::Redirect(to) => {
                ledger::write("acked", &login, &attempt);
                return Ok(to);
            }
            Posted::NoAnswer(_) => {
                ledger::write("retry", &login, &attempt);
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            Posted::Refused(status) => {
                ledger::write("refused", &login, &attempt);
                return Err(custom(format!("{name}: {status}")));
            }
        }
    }
    ledger::write("lost", &login, &attempt);
    Err(custom(format!("{name}: no answer after retries")))
}

/// Signs in once, with the learner's real password (a real Argon2 check on the server).
pub async fn sign_in(user: &mut GooseUser) -> TransactionResult {
    let login = settings::next_login();
    page(user, "/login", "sign-in page").await?;
    let fields = pairs(&[("login", &login), ("password", &settings::password())]);
    let to = post_expecting_redirect(user, "/api/login", "sign in", &fields).await?;
    if !to.starts_with("/dashboard") {
        return Err(custom(format!("sign in of {login} led to {to}")));
    }
    user.set_session_data(Learner {
        login,
        ..Learner::default()
    });
    Ok(())
}

pub async fn dashboard(user: &mut GooseUser) -> TransactionResult {
    let body = page(user, "/dashboard", "dashboard").await?;
    let me = learner(user)?;
    me.courses = form::links(&body, "/courses/")
        .into_iter()
        .filter(|p| p.matches('/').count() == 2)
        .collect();
    me.certificates = form::links(&body, "/certificates/");
    Ok(())
}

/// Opens a course and one of its lessons; the wait that follows is the reading.
pub async fn read_lesson(user: &mut GooseUser) -> TransactionResult {
    let course = {
        let me = learner(user)?;
        me.courses
            .choose(&mut rand::rng())
            .cloned()
            .unwrap_or_else(|| "/courses/digital-literacy-basics".into())
    };
    let body = page(user, &course, "course").await?;
    let lessons = form::links(&body, &format!("{course}/lessons/"));
    let quizzes: Vec<String> = form::links(&body, &format!("{course}/quizzes/"))
        .into_iter()
        .filter(|q| !q.ends_with("/final"))
        .collect();
    let lesson = lessons.choose(&mut rand::rng()).cloned();
    if let Some(lesson) = &lesson {
        page(user, lesson, "lesson").await?;
    }
    let me = learner(user)?;
    (me.course, me.lessons, me.quizzes, me.lesson) = (course, lessons, quizzes, lesson);
    Ok(())
}

pub async fn complete_lesson(user: &mut GooseUser) -> TransactionResult {
    let me = learner(user)?;
    let (Some(lesson), course) = (me.lesson.take(), me.course.clone()) else {
        return Ok(());
    };
    let slug = |p: &str| p.rsplit('/').next().unwrap_or("").to_owned();
    let fields = vec![
        ("course".to_owned(), slug(&course)),
        ("lesson".to_owned(), slug(&lesson)),
        ("next".to_owned(), course),
    ];
    post_expecting_redirect(user, "/api/complete-lesson", "complete lesson", &fields).await?;
    Ok(())
}

/// A practice quiz: open it, check one answer, read the feedback, submit, read the result.
pub async fn practice(user: &mut GooseUser) -> TransactionResult {
    let Some(path) = learner(user)?.quizzes.choose(&mut rand::rng()).cloned() else {
        return Ok(());
    };
    let body = page(user, &path, "practice quiz").await?;
    let quiz = form::read_quiz(&body, &mut rand::rng()).ok_or_else(|| custom("no quiz form"))?;
    if let Some(id) = quiz.checkable.first() {
        let mut fields = quiz.fields_for(id);
        fields.push(("check".into(), id.clone()));
        let back =
            post_expecting_redirect(user, "/api/check-answer", "check answer", &fields).await?;
        page(user, &back, "practice quiz, checked").await?;
    }
    let result = submit(user, "submit practice quiz", &quiz.all_fields()).await?;
    page(user, &result, "quiz result").await?;
    Ok(())
}

/// Now and then (once per learner at most): the final, screen by screen, then a certificate.
pub async fn final_and_certificate(user: &mut GooseUser) -> TransactionResult {
    let take_final = rand::rng().random_bool(settings::FINAL_SHARE);
    let (course, taken) = {
        let me = learner(user)?;
        (me.course.clone(), me.final_taken)
    };
    if take_final && !taken && !course.is_empty() {
        learner(user)?.final_taken = true;
        let mut path = format!("{course}/quizzes/final");
        for _ in 0..10 {
            let body = page(user, &path, "final screen").await?;
            let quiz =
                form::read_quiz(&body, &mut rand::rng()).ok_or_else(|| custom("no final form"))?;
            if quiz.can_submit {
                let result = submit(user, "submit final", &quiz.all_fields()).await?;
                page(user, &result, "final result").await?;
                break;
            }
            let next = quiz
                .hidden("screen")
                .unwrap_or("1")
                .parse::<usize>()
                .unwrap_or(1)
                + 1;
            let mut fields = quiz.all_fields();
            fields.push(("go".into(), next.to_string()));
            path = post_expecting_redirect(user, "/api/save-answers", "save final screen", &fields)
                .await?;
        }
    }
    let me = learner(user)?;
    let certificate = me.certificates.first().cloned();
    if let (Some(code_page), false) = (certificate, me.pdf_taken) {
        if rand::rng().random_bool(settings::PDF_SHARE) {
            learner(user)?.pdf_taken = true;
            let goose = user
                .get_named(&format!("{code_page}/certificate.pdf"), "certificate pdf")
                .await?;
            if let Ok(r) = goose.response {
                let _ = r.bytes().await;
            }
        }
    }
    Ok(())
}
