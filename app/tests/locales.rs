//! Every locale parses and has exactly the messages English has; every message id the code
//! uses exists in English, so a key id is never shown to a user.

use fluent_syntax::{ast, parser};
use std::{collections::BTreeSet, fs, path::Path};

const LOCALES: [&str; 5] = ["en", "hi", "ur", "ks", "doi"];

fn locales_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales"))
}

fn message_ids(locale: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let dir = locales_dir().join(locale);
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let source = fs::read_to_string(&path).unwrap();
            let resource = parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
                panic!("{} does not parse: {errors:?}", path.display())
            });
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry {
                    assert!(
                        ids.insert(m.id.name.to_owned()),
                        "{}: duplicate id {}",
                        path.display(),
                        m.id.name
                    );
                }
            }
        }
    }
    ids
}

#[test]
fn every_locale_has_exactly_the_english_messages() {
    let english = message_ids("en");
    assert!(english.len() > 50);
    let mut problems = Vec::new();
    for locale in &LOCALES[1..] {
        let ids = message_ids(locale);
        for missing in english.difference(&ids) {
            problems.push(format!("{locale} lacks {missing}"));
        }
        for extra in ids.difference(&english) {
            problems.push(format!("{locale} has {extra}, which English lacks"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// String literals in the code that look like message ids (by their prefixes), plus the ids
/// built from enum codes.
fn ids_used_in_code() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut stack = vec![Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")).to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let code = fs::read_to_string(&path).unwrap();
                let pieces = code.split('"').collect::<Vec<_>>();
                for (i, piece) in pieces.iter().enumerate().skip(1).step_by(2) {
                    // CSS class names and server-function endpoints look like ids; skip them.
                    if pieces[i - 1].ends_with("class=") || pieces[i - 1].ends_with("endpoint = ") {
                        continue;
                    }
                    let looks_like_id = piece.len() > 3
                        && piece.contains('-')
                        && piece
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
                        && !piece.starts_with('-')
                        && !piece.ends_with('-');
                    let prefixes = [
                        "nav-",
                        "home-",
                        "field-",
                        "form-",
                        "register-",
                        "password-",
                        "login-",
                        "dashboard-",
                        "admin-",
                        "error-",
                        "lang-",
                        "brand-",
                        "footer-",
                        "cohort-",
                        "cohorts-",
                        "start-",
                        "slips-",
                        "upload-",
                        "assign-",
                        "attendance-",
                        "progress-",
                        "record-",
                        "scope-",
                        "coverage-",
                        "targets-",
                    ];
                    if looks_like_id && prefixes.iter().any(|p| piece.starts_with(p)) {
                        used.insert(piece.to_string());
                    }
                }
            }
        }
    }
    for role in ["learner", "trainer", "official", "admin"] {
        used.insert(format!("role-{role}"));
    }
    for group in ["government-official", "student", "shg-member", "other"] {
        used.insert(format!("group-{group}"));
    }
    for kind in ["shg", "department", "class", "other"] {
        used.insert(format!("cohort-kind-{kind}"));
    }
    for gender in ["female", "male", "other", "unstated"] {
        used.insert(format!("gender-{gender}"));
    }
    used
}

#[test]
fn every_id_used_in_code_exists_in_english() {
    let english = message_ids("en");
    let missing: Vec<_> = ids_used_in_code()
        .into_iter()
        .filter(|id| !english.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "ids used in code but missing from en: {missing:?}"
    );
}
