//! The courses shipped in `content/`: they load, every text is in all five languages, every
//! module shows a picture described in every language, and no quiz gives its answer away by
//! the length of the right option.

use app::courses::pack::{load_pack, Pack};
use app::quiz::QuestionKind;
use std::path::{Path, PathBuf};

pub const LANGS: [&str; 5] = ["en", "hi", "ur", "ks", "doi"];

/// Every shipped course and its audience.
pub const COURSES: [(&str, &str); 5] = [
    ("digital-literacy-basics", "everyone"),
    ("staying-safe-online", "everyone"),
    ("digital-tools-for-shgs", "shg-member"),
    ("digital-work-for-officials", "government-official"),
    ("digital-skills-for-students", "student"),
];

/// The shipped `content/` folder.
pub fn content_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

fn shipped(slug: &str) -> Pack {
    load_pack(&content_root(), slug).unwrap_or_else(|errors| {
        let errors: Vec<_> = errors.iter().map(|e| e.to_string()).collect();
        panic!("{slug}:\n{}", errors.join("\n"))
    })
}

/// The courses load without a single error, for their audience, and are as big as promised.
#[test]
fn shipped_packs_are_valid() {
    for (slug, audience) in COURSES {
        let pack = shipped(slug);
        assert_eq!(pack.audience, audience, "{slug}");
        assert!(pack.modules.len() >= 3, "{slug}");
        assert!(pack.final_quiz.questions.len() >= 12, "{slug}: final");
        for m in &pack.modules {
            assert!(
                !m.lessons.is_empty() && m.quiz.questions.len() >= 5,
                "{slug}/{}",
                m.key
            );
        }
    }
    let basics = shipped("digital-literacy-basics");
    let lessons: usize = basics.modules.iter().map(|m| m.lessons.len()).sum();
    let questions: usize = basics.modules.iter().map(|m| m.quiz.questions.len()).sum();
    assert!(
        basics.modules.len() >= 6 && lessons >= 18 && questions >= 60,
        "{} modules, {lessons} lessons, {questions} questions",
        basics.modules.len()
    );
    assert!(basics.final_quiz.questions.len() >= 25);
}

/// Every title, summary, lesson and quiz text is written in all five languages (Kashmiri and
/// Dogri marked for native review).
#[test]
fn shipped_packs_speak_every_language() {
    for (slug, _) in COURSES {
        let pack = shipped(slug);
        for lang in LANGS {
            assert!(
                pack.title.contains_key(lang)
                    && pack.summary.contains_key(lang)
                    && pack
                        .modules
                        .iter()
                        .all(|m| { m.title.contains_key(lang) && m.summary.contains_key(lang) }),
                "{slug}: {lang} titles"
            );
            for lesson in pack.modules.iter().flat_map(|m| &m.lessons) {
                assert!(
                    lesson.bodies.contains_key(lang),
                    "{slug}/{}: {lang}",
                    lesson.key
                );
            }
            let quizzes = pack
                .modules
                .iter()
                .map(|m| &m.quiz)
                .chain([&pack.final_quiz]);
            for quiz in quizzes {
                for q in &quiz.questions {
                    let text = q.texts.get(lang);
                    assert!(
                        text.is_some_and(|t| q.options.iter().all(|o| t.options.contains_key(o))),
                        "{slug}/{}/{}: {lang} texts",
                        quiz.key,
                        q.id
                    );
                }
            }
        }
    }
}

/// The alt texts of a lesson's pictures.
fn alt_texts(html: &str) -> Vec<String> {
    html.split("<img ")
        .skip(1)
        .map(|tag| {
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            tag.split_once("alt=\"")
                .and_then(|(_, rest)| rest.split_once('"'))
                .map_or(String::new(), |(alt, _)| alt.to_owned())
        })
        .collect()
}

/// What a picture's `<text>` elements say (digits for numbered steps are fine; words are not).
fn drawn_text(svg: &str) -> String {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| t.split_once('>').map(|(_, rest)| rest))
        .map(|t| t.split("</text>").next().unwrap_or(""))
        // Drop inner markup (`<tspan …>`), keep what it says.
        .map(|t| {
            t.split('<')
                .map(|part| part.split_once('>').map_or(part, |(_, text)| text))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every module shows at least one picture in every language, described by alt text in that
/// language; pictures are small and carry no words.
#[test]
fn every_module_has_a_described_picture() {
    for (slug, _) in COURSES {
        let pack = shipped(slug);
        for m in &pack.modules {
            for lang in LANGS {
                let alts: Vec<String> = m
                    .lessons
                    .iter()
                    .filter_map(|l| l.bodies.get(lang))
                    .flat_map(|b| alt_texts(&b.html))
                    .collect();
                assert!(
                    !alts.is_empty() && alts.iter().all(|a| !a.trim().is_empty()),
                    "{slug}/{}: {lang} shows no described picture",
                    m.key
                );
                if lang != "en" {
                    let english: Vec<String> = m
                        .lessons
                        .iter()
                        .filter_map(|l| l.bodies.get("en"))
                        .flat_map(|b| alt_texts(&b.html))
                        .collect();
                    assert!(
                        alts.iter().all(|a| !english.contains(a)),
                        "{slug}/{}: {lang} alt text is still English",
                        m.key
                    );
                }
            }
        }
        for (path, file) in pack.media.iter().filter(|(p, _)| p.starts_with("images/")) {
            assert!(
                file.bytes.len() < 10_240,
                "{slug}/{path}: {} bytes",
                file.bytes.len()
            );
            let svg = String::from_utf8_lossy(&file.bytes);
            let words = drawn_text(&svg);
            assert!(
                !words.chars().any(char::is_alphabetic),
                "{slug}/{path} has words in it: {words}"
            );
        }
    }
}

/// Share of single-choice questions whose right answer is the longest option, per course and
/// language. Learners who guess "the longest" must not pass: the share stays under 40%.
#[test]
fn right_answers_are_not_the_longest_option() {
    let mut report = Vec::new();
    for (slug, _) in COURSES {
        let pack = shipped(slug);
        let questions: Vec<_> = pack
            .modules
            .iter()
            .flat_map(|m| &m.quiz.questions)
            .chain(&pack.final_quiz.questions)
            .filter(|q| q.kind == QuestionKind::Single)
            .collect();
        for lang in LANGS {
            let longest = questions
                .iter()
                .filter(|q| {
                    let options = &q.texts[lang].options;
                    let right = options[&q.answer[0]].chars().count();
                    options
                        .iter()
                        .all(|(id, text)| *id == q.answer[0] || text.chars().count() < right)
                })
                .count();
            let share = longest as f64 / questions.len() as f64;
            report.push(format!(
                "{slug} {lang}: right answer longest in {longest} of {} ({:.0}%)",
                questions.len(),
                share * 100.0
            ));
            assert!(share < 0.4, "{}", report.join("\n"));
        }
    }
    eprintln!("{}", report.join("\n"));
}
