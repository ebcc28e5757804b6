//! Saving a course for offline use: the page lists every file the course needs with a size
//! that matches them, the service worker and its page script are served as they must be, and
//! a visitor who never saves a course gets none of it. On both databases.

use crate::common::{imported, registered, Browser, TestApp};
use app::i18n::{number_in, t_in, Lang};
use http::{header, StatusCode};

on_both_databases!(
    the_save_page_lists_the_course_and_its_size,
    the_worker_and_its_script_are_served_for_the_offline_pages_only,
);

const SAVE: &str = "/courses/test-course/offline";

/// The `data-files` list of the save page.
fn files(body: &str) -> Vec<String> {
    let start = body.find("data-files=\"").expect("data-files") + "data-files=\"".len();
    let raw = &body[start..start + body[start..].find('"').unwrap()];
    serde_json::from_str(&raw.replace("&quot;", "\"").replace("&amp;", "&")).unwrap()
}

/// The size the page announces, in KB (digits of its "about N KB").
fn announced_kb(body: &str, lang: Lang) -> u64 {
    let marker = t_in(
        lang,
        "offline-save-size",
        &[
            ("lessons", number_in(lang, 2)),
            ("quizzes", number_in(lang, 1)),
            ("language", lang.native_name().into()),
            ("size", "\u{1}".into()),
        ],
    );
    let (before, _) = marker.split_once('\u{1}').unwrap();
    let at = body.find(before).expect("size sentence") + before.len();
    // Digits in any of the scripts (Latin, Arabic-Indic, Devanagari), grouped with separators.
    let digit = |c: char| {
        ['0', '\u{660}', '\u{6F0}', '\u{966}']
            .iter()
            .find_map(|zero| (c as u32).checked_sub(*zero as u32).filter(|d| *d < 10))
    };
    body[at..]
        .chars()
        .take_while(|c| digit(*c).is_some() || matches!(c, ',' | '\u{66C}'))
        .filter_map(digit)
        .fold(0, |n, d| n * 10 + u64::from(d))
}

async fn the_save_page_lists_the_course_and_its_size(app: TestApp) {
    imported(&app).await;
    let mut learner = registered(&app, "offline.reader", "apple-orchard-1990").await;
    let page = learner.get(&app, SAVE).await;
    assert_eq!(page.status, StatusCode::OK);
    let list = files(&page.body);
    for path in [
        "/courses/test-course",
        "/courses/test-course/lessons/first-lesson",
        "/courses/test-course/lessons/second-lesson",
        "/courses/test-course/quizzes/basics-practice",
    ] {
        assert!(list.iter().any(|f| f == path), "{path} in {list:?}");
    }
    assert!(
        !list.iter().any(|f| f.contains("/quizzes/final")),
        "the final needs the network"
    );
    // The size said first is what the files come to (those this test server has).
    let mut bytes = 0;
    for file in &list {
        let (status, _, body) = learner.get_bytes(&app, file).await;
        if status == StatusCode::OK {
            bytes += body.len() as u64;
        }
    }
    let announced = announced_kb(&page.body, Lang::Ur) * 1024;
    assert!(
        announced * 10 >= bytes * 7 && announced * 10 <= bytes * 13,
        "announced {announced} bytes, the files are {bytes}"
    );
    // The course page links here; an unknown course is a 404.
    assert!(learner
        .get(&app, "/courses/test-course")
        .await
        .body
        .contains(&format!("href=\"{SAVE}\"")));
    let unknown = learner.get(&app, "/courses/nope/offline").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}

async fn the_worker_and_its_script_are_served_for_the_offline_pages_only(app: TestApp) {
    imported(&app).await;
    let mut guest = Browser::default();
    let (status, headers, worker) = guest.get_bytes(&app, "/sw.js").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/javascript"));
    let worker = String::from_utf8(worker).unwrap();
    let script = app::offline::scripts::page_script_href();
    assert!(worker.contains(script));

    let (status, headers, _) = guest.get_bytes(&app, script).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CACHE_CONTROL]
        .to_str()
        .unwrap()
        .contains("immutable"));
    let (status, _, _) = guest.get_bytes(&app, "/scripts/offline.000000.js").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, manifest) = guest.get_bytes(&app, "/manifest.webmanifest").await;
    assert_eq!(status, StatusCode::OK);
    let manifest: serde_json::Value = serde_json::from_slice(&manifest).unwrap();
    assert_eq!(manifest["start_url"], "/dashboard");

    // Only the save page and /offline link the script; other pages cost nothing more.
    assert!(guest.get(&app, SAVE).await.body.contains(script));
    let offline = guest.get(&app, "/offline").await;
    assert_eq!(offline.status, StatusCode::OK);
    assert!(offline.body.contains(script));
    for path in [
        "/",
        "/courses/test-course",
        "/courses/test-course/lessons/first-lesson",
    ] {
        let body = guest.get(&app, path).await.body;
        assert!(
            !body.contains(script) && !body.contains("manifest"),
            "{path}"
        );
    }
}
