//! The glossary: its checks, the page, lessons' links to it, and the shipped glossary as the one
//! source of the words the interface and the lessons use.

use crate::common::{registered, Browser, FixtureCopy, TestApp};
use crate::shipped::{content_root, LANGS};
use app::courses::glossary::{self, words::uses_word, Glossary};
use axum::http::StatusCode;
use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

fn shipped() -> Glossary {
    glossary::load(&content_root())
        .unwrap_or_else(|e| panic!("content/glossary.toml: {e:?}"))
        .expect("content/glossary.toml exists")
}

/// Fluent messages of one language: id → text (attributes and variants included).
fn ftl_messages(lang: &str) -> BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../locales/{lang}/main.ftl"));
    let text = std::fs::read_to_string(path).unwrap();
    let mut messages = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with(' ') && !line.trim().is_empty() {
            if let Some(id) = &current {
                let entry: &mut String = messages.get_mut(id).unwrap();
                entry.push('\n');
                entry.push_str(line.trim());
            }
        } else if let Some((id, value)) = line.split_once(" =").filter(|_| !line.starts_with('#')) {
            messages.insert(id.trim().to_owned(), value.trim().to_owned());
            current = Some(id.trim().to_owned());
        } else {
            current = None;
        }
    }
    messages
}

/// Every text written in `lang`: (where, text). Lessons, quiz texts, course and module titles
/// and summaries, the interface, and the glossary's own definitions.
fn texts_in(lang: &str, glossary: &Glossary) -> Vec<(String, String)> {
    let root = content_root();
    let mut texts = Vec::new();
    let read = |p: &Path| std::fs::read_to_string(p).unwrap();
    let files = |dir: PathBuf| -> Vec<PathBuf> {
        let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        found.sort();
        found
    };
    for pack in files(root.clone())
        .into_iter()
        .filter(|p| p.join("course.toml").exists())
    {
        for dir in ["lessons", "quizzes"] {
            for file in files(pack.join(dir).join(lang)) {
                if file.extension().is_some_and(|e| e == "md" || e == "toml") {
                    texts.push((file.display().to_string(), read(&file)));
                }
            }
        }
        let manifests =
            std::iter::once(pack.join("course.toml")).chain(files(pack.join("modules")));
        for file in manifests {
            let value: toml::Table = toml::from_str(&read(&file)).unwrap();
            for key in ["title", "summary"] {
                if let Some(text) = value
                    .get(key)
                    .and_then(|t| t.get(lang))
                    .and_then(|t| t.as_str())
                {
                    texts.push((format!("{} [{key}]", file.display()), text.to_owned()));
                }
            }
        }
    }
    for (id, text) in ftl_messages(lang) {
        texts.push((format!("locales/{lang}/main.ftl {id}"), text));
    }
    for term in &glossary.terms {
        if let Some(t) = term.texts.get(lang) {
            texts.push((format!("glossary {}", term.id), t.definition.clone()));
        }
    }
    texts
}

/// Every term is written in all five languages, and the interface uses the glossary's words:
/// each message a term names contains its word (or a form of it) in every language.
#[test]
fn the_interface_uses_the_glossary_words() {
    let glossary = shipped();
    assert!(glossary.terms.len() >= 25, "{} terms", glossary.terms.len());
    let messages: BTreeMap<&str, _> = LANGS.iter().map(|l| (*l, ftl_messages(l))).collect();
    let mut problems = Vec::new();
    for term in &glossary.terms {
        for lang in LANGS {
            let Some(text) = term.texts.get(lang) else {
                problems.push(format!("{}: no {lang} text", term.id));
                continue;
            };
            for id in &term.ftl {
                match messages[lang].get(id.as_str()) {
                    None => problems.push(format!("{}: {lang} has no message {id}", term.id)),
                    Some(message) if !text.all_forms().any(|f| uses_word(message, f)) => problems
                        .push(format!(
                            "{}: {lang} {id} = {message:?} does not use {:?}",
                            term.id, text.word
                        )),
                    Some(_) => {}
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Nobody uses a spelling the glossary avoids: not a lesson, a quiz, a title or the interface.
#[test]
fn no_text_uses_an_avoided_spelling() {
    let glossary = shipped();
    let mut problems = Vec::new();
    for lang in LANGS {
        let mut rules: Vec<(&str, &[String])> = glossary
            .terms
            .iter()
            .filter_map(|t| t.texts.get(lang))
            .flat_map(|t| t.avoid.iter().map(|a| (a.as_str(), &[][..])))
            .collect();
        for s in glossary.spellings.iter().filter(|s| s.lang == lang) {
            rules.extend(s.avoid.iter().map(|a| (a.as_str(), s.except.as_slice())));
        }
        for (place, text) in texts_in(lang, &glossary) {
            for (avoid, except) in &rules {
                let text = except
                    .iter()
                    .fold(text.clone(), |t, e| t.replace(e.as_str(), ""));
                if uses_word(&text, avoid) {
                    problems.push(format!("{place}: uses {avoid:?}"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} uses of avoided spellings:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// A copy of the fixture content with `glossary` beside the pack.
fn with_glossary(glossary: &str) -> FixtureCopy {
    let content = FixtureCopy::new();
    std::fs::write(content.join("glossary.toml"), glossary).unwrap();
    content
}

const GLOSSARY: &str = r#"
[[terms]]
id = "text"
[terms.en]
word = "text"
definition = "Words written to be read, like an SMS."
[terms.ur]
word = "متن"
definition = "پڑھنے کے لیے لکھے ہوئے الفاظ، جیسے SMS۔"

[[terms]]
id = "dot"
[terms.en]
word = "dot"
definition = "A small round mark."

[[terms]]
id = "lesson"
link = false
[terms.en]
word = "lesson"
definition = "A short reading."
"#;

on_both_databases!(
    lessons_link_terms_to_the_glossary_page,
    a_broken_glossary_rejects_the_content_and_changes_nothing,
);

async fn lessons_link_terms_to_the_glossary_page(app: TestApp) {
    let content = with_glossary(GLOSSARY);
    let report = app::courses::import::import_dir(&app.db, &content)
        .await
        .unwrap();
    assert_eq!(report.imported, ["test-course"], "{:?}", report.rejected);
    let mut guest = Browser::default();
    let page = guest.get(&app, "/glossary").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains(r##"<a href="#text" lang="en">text</a>"##)
            && page.body.contains(r#"<dt id="text""#)
            && page.body.contains("Words written to be read, like an SMS.")
            && page.body.contains(r#"<dt id="lesson""#),
        "{}",
        page.body
    );
    // In Urdu: the Urdu definition, right to left, with the English word beside it only when
    // it differs; a term without Urdu falls back to English with its own direction.
    // Public like the lessons that link to it: a signed-in learner sees it too.
    let mut reader = registered(&app, "glossary.reader", "chinar-tree-1947").await;
    reader.cookies.insert("sabaq_lang".into(), "ur".into());
    let page = reader.get(&app, "/glossary").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("پڑھنے کے لیے لکھے ہوئے الفاظ") && page.body.contains("(text)"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains(r#"lang="en" dir="ltr">A short reading."#),
        "{}",
        page.body
    );
    // The fixture lesson says "text" once in running text and "dot" only in a picture's alt
    // text: the first links to its entry with the definition as its tooltip.
    let lesson = guest
        .get(&app, "/courses/test-course/lessons/first-lesson")
        .await;
    assert_eq!(lesson.status, StatusCode::OK);
    assert!(
        lesson.body.contains(r#"<a href="/glossary#text" title="Words written to be read, like an SMS." rel="noopener noreferrer">text</a>"#),
        "{}",
        lesson.body
    );
    assert!(
        !lesson.body.contains("/glossary#dot"),
        "alt text is not linked"
    );
    assert!(
        !lesson.body.contains("/glossary#lesson"),
        "link = false is not linked"
    );
    // Re-importing the same content writes nothing; a changed glossary is stored again.
    let again = app::courses::import::import_dir(&app.db, &content)
        .await
        .unwrap();
    assert_eq!(again.unchanged, ["test-course"]);
    std::fs::write(
        content.join("glossary.toml"),
        GLOSSARY.replace("like an SMS", "like a letter"),
    )
    .unwrap();
    app::courses::import::import_dir(&app.db, &content)
        .await
        .unwrap();
    let page = guest.get(&app, "/glossary").await;
    assert!(page.body.contains("like a letter"), "{}", page.body);
}

async fn a_broken_glossary_rejects_the_content_and_changes_nothing(app: TestApp) {
    let content = with_glossary(GLOSSARY);
    app::courses::import::import_dir(&app.db, &content)
        .await
        .unwrap();
    let broken = format!(
        "{GLOSSARY}\n[[terms]]\nid = \"text\"\n[terms.en]\nword = \"x\"\ndefinition = \"y\"\n"
    );
    std::fs::write(content.join("glossary.toml"), broken).unwrap();
    let report = app::courses::import::import_dir(&app.db, &content)
        .await
        .unwrap();
    let (slug, errors) = &report.rejected[0];
    assert_eq!(slug, "test-course");
    assert!(
        errors.iter().any(|e| e
            .to_string()
            .starts_with("glossary.toml:25: term id `text` is used twice")),
        "{errors:?}"
    );
    let page = Browser::default().get(&app, "/glossary").await;
    assert_eq!(
        page.body.matches("<dt ").count(),
        3,
        "the stored glossary is unchanged"
    );
}
