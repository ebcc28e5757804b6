//! Reading a pack folder and checking it whole. Every problem is collected with its file and
//! line, so a translator sees them all at once.

use super::{
    markdown::image_refs, media, render_markdown, tree, LessonBody, LessonPack, Media, ModulePack,
    Pack, PackError, QuizPack, Texts, AUDIENCES,
};
use crate::courses::glossary::{self, words::LinkTerm};
use crate::ids::valid_id;
use crate::quiz::{Question, QuestionKind, QuestionText, TRUE_FALSE};
use serde::Deserialize;
use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
};

const LANGS: [&str; 5] = ["en", "hi", "ur", "ks", "doi"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CourseFile {
    audience: String,
    #[serde(default = "default_pass_mark")]
    pass_mark: u32,
    #[serde(default = "default_final_attempts")]
    final_attempts_per_day: u32,
    modules: Vec<String>,
    final_assessment: String,
    title: Texts,
    summary: Texts,
}

fn default_pass_mark() -> u32 {
    60
}

fn default_final_attempts() -> u32 {
    3
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleFile {
    lessons: Vec<String>,
    quiz: String,
    title: Texts,
    summary: Texts,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizFile {
    questions: Vec<QuestionFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionFile {
    id: String,
    kind: QuestionKind,
    #[serde(default)]
    options: Vec<String>,
    #[serde(default)]
    answer: Vec<String>,
    #[serde(default)]
    module: Option<String>,
}

/// Collects errors while reading one pack.
struct Reader<'a> {
    root: &'a Path,
    dir: PathBuf,
    errors: Vec<PackError>,
    media: Media,
    /// Versioned URL of each file in `media`, by path inside the pack.
    urls: BTreeMap<String, String>,
    /// Glossary terms to link in lessons, by language.
    terms: BTreeMap<String, Vec<LinkTerm>>,
}

impl Reader<'_> {
    fn rel(&self, path: &Path) -> PathBuf {
        path.strip_prefix(self.root).unwrap_or(path).to_path_buf()
    }

    fn error(&mut self, path: &Path, line: Option<usize>, message: impl Into<String>) {
        let file = self.rel(path);
        self.errors.push(PackError {
            file,
            line,
            message: message.into(),
        });
    }

    fn read(&mut self, path: &Path, referenced_at: Option<(&Path, &str, &str)>) -> Option<String> {
        match std::fs::read_to_string(path) {
            Ok(text) => Some(text),
            Err(_) => {
                match referenced_at {
                    Some((from, text, needle)) => {
                        let line = line_of(text, needle);
                        let msg = format!("missing file {}", self.rel(path).display());
                        self.error(from, line, msg);
                    }
                    None => self.error(path, None, "missing file"),
                }
                None
            }
        }
    }

    fn toml<T: for<'de> Deserialize<'de>>(&mut self, path: &Path, text: &str) -> Option<T> {
        match toml::from_str::<T>(text) {
            Ok(v) => Some(v),
            Err(err) => {
                let line = err
                    .span()
                    .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
                self.error(path, line, err.message().to_owned());
                None
            }
        }
    }

    fn check_texts(&mut self, path: &Path, text: &str, what: &str, texts: &Texts) {
        if texts.get("en").is_none_or(|t| t.trim().is_empty()) {
            self.error(
                path,
                line_of(text, &format!("[{what}]")),
                format!("[{what}] needs an English (en) text"),
            );
        }
        for lang in texts.keys().filter(|l| !LANGS.contains(&l.as_str())) {
            self.error(
                path,
                line_of(text, lang),
                format!("unknown language `{lang}` in [{what}]"),
            );
        }
    }
}

/// The 1-based line of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> Option<usize> {
    line_of_nth(text, needle, 0)
}

/// The 1-based line of occurrence `n` (from 0) of `needle` in `text`.
fn line_of_nth(text: &str, needle: &str, n: usize) -> Option<usize> {
    text.match_indices(needle)
        .nth(n)
        .map(|(at, _)| text[..at].matches('\n').count() + 1)
}

/// Why `id` cannot be a `what` id of the pack, if it cannot: ids name files, so they have the
/// one shape every id has (no path can leave the pack), and each is used once.
fn id_problem(what: &str, id: &str, seen: &mut BTreeSet<String>) -> Option<String> {
    if !valid_id(id) {
        Some(format!(
            "{what} id `{}` must be 1 to 80 lowercase letters, digits and dashes",
            id.escape_debug()
        ))
    } else if !seen.insert(id.to_owned()) {
        Some(format!("{what} id `{id}` is used twice"))
    } else {
        None
    }
}

/// The line of the quoted `id` in `text`, else of `field` (the id may be written escaped).
fn line_of_id(text: &str, id: &str, field: &str) -> Option<usize> {
    line_of(text, &format!("\"{id}\"")).or_else(|| line_of(text, field))
}

/// Reads and checks the pack in `root/<slug>/`; either the whole pack or every problem found.
pub fn load_pack(root: &Path, slug: &str) -> Result<Pack, Vec<PackError>> {
    let dir = root.join(slug);
    // Nothing in a pack holding a link or a special file is opened.
    let mut errors = tree::special_files(&dir, root);
    if !errors.is_empty() {
        return Err(errors);
    }
    let media = media::read_images(&dir, root, &mut errors);
    let terms = match glossary::load(root) {
        Ok(found) => terms_by_language(&found.unwrap_or_default()),
        Err(problems) => {
            errors.extend(problems.into_iter().map(|p| PackError {
                file: glossary::FILE_NAME.into(),
                line: p.line,
                message: p.message,
            }));
            BTreeMap::new()
        }
    };
    let mut r = Reader {
        root,
        dir: dir.clone(),
        errors,
        media,
        urls: BTreeMap::new(),
        terms,
    };
    r.urls = r
        .media
        .iter()
        .map(|(rel, file)| (rel.clone(), media::url(slug, rel, file)))
        .collect();
    let course_path = dir.join("course.toml");
    let pack = read_pack(&mut r, slug, &course_path);
    match pack {
        Some(pack) if r.errors.is_empty() => Ok(pack),
        _ => {
            if r.errors.is_empty() {
                r.error(&course_path, None, "pack could not be read");
            }
            Err(r.errors)
        }
    }
}

/// The glossary's linked terms in each language: a lesson links a term's first use in its own
/// language.
fn terms_by_language(glossary: &glossary::Glossary) -> BTreeMap<String, Vec<LinkTerm>> {
    let mut by_lang: BTreeMap<String, Vec<LinkTerm>> = BTreeMap::new();
    for term in glossary.terms.iter().filter(|t| t.link) {
        for (lang, text) in &term.texts {
            by_lang.entry(lang.clone()).or_default().push(LinkTerm {
                id: term.id.clone(),
                forms: text.all_forms().map(str::to_owned).collect(),
                except: text.except.clone(),
                definition: text.definition.clone(),
            });
        }
    }
    by_lang
}

fn read_pack(r: &mut Reader, slug: &str, course_path: &Path) -> Option<Pack> {
    if !valid_id(slug) {
        r.error(
            course_path,
            None,
            format!("folder name `{slug}` must be lowercase letters, digits and dashes"),
        );
    }
    let text = r.read(course_path, None)?;
    let course: CourseFile = r.toml(course_path, &text)?;
    r.check_texts(course_path, &text, "title", &course.title);
    r.check_texts(course_path, &text, "summary", &course.summary);
    if !AUDIENCES.contains(&course.audience.as_str()) {
        r.error(
            course_path,
            line_of(&text, "audience"),
            format!("audience must be one of {}", AUDIENCES.join(", ")),
        );
    }
    if !(1..=100).contains(&course.pass_mark) {
        r.error(
            course_path,
            line_of(&text, "pass_mark"),
            "pass_mark must be between 1 and 100",
        );
    }
    if !(1..=20).contains(&course.final_attempts_per_day) {
        r.error(
            course_path,
            line_of(&text, "final_attempts_per_day"),
            "final_attempts_per_day must be between 1 and 20",
        );
    }
    if course.modules.is_empty() {
        r.error(
            course_path,
            line_of(&text, "modules"),
            "a course needs at least one module",
        );
    }
    let mut seen_modules = BTreeSet::new();
    let mut seen_lessons = BTreeSet::new();
    let mut seen_quizzes = BTreeSet::new();
    let mut modules = Vec::new();
    for key in &course.modules {
        if let Some(problem) = id_problem("module", key, &mut seen_modules) {
            r.error(course_path, line_of_id(&text, key, "modules"), problem);
            continue;
        }
        if let Some(m) = read_module(
            r,
            slug,
            key,
            course_path,
            &text,
            &mut seen_lessons,
            &mut seen_quizzes,
        ) {
            modules.push(m);
        }
    }
    let final_quiz = read_quiz(
        r,
        &course.final_assessment,
        course_path,
        &text,
        &mut seen_quizzes,
        Some(&course.modules),
    )?;
    Some(Pack {
        slug: slug.to_owned(),
        audience: course.audience,
        pass_mark: course.pass_mark,
        final_attempts_per_day: course.final_attempts_per_day,
        title: course.title,
        summary: course.summary,
        modules,
        final_quiz,
        media: std::mem::take(&mut r.media),
    })
}

fn read_module(
    r: &mut Reader,
    slug: &str,
    key: &str,
    course_path: &Path,
    course_text: &str,
    seen_lessons: &mut BTreeSet<String>,
    seen_quizzes: &mut BTreeSet<String>,
) -> Option<ModulePack> {
    let path = r.dir.join("modules").join(format!("{key}.toml"));
    let text = r.read(
        &path,
        Some((course_path, course_text, &format!("\"{key}\""))),
    )?;
    let module: ModuleFile = r.toml(&path, &text)?;
    r.check_texts(&path, &text, "title", &module.title);
    r.check_texts(&path, &text, "summary", &module.summary);
    let mut lessons = Vec::new();
    for lesson in &module.lessons {
        if let Some(problem) = id_problem("lesson", lesson, seen_lessons) {
            r.error(&path, line_of_id(&text, lesson, "lessons"), problem);
            continue;
        }
        if let Some(l) = read_lesson(r, slug, lesson, &path, &text) {
            lessons.push(l);
        }
    }
    let quiz = read_quiz(r, &module.quiz, &path, &text, seen_quizzes, None)?;
    Some(ModulePack {
        key: key.to_owned(),
        title: module.title,
        summary: module.summary,
        lessons,
        quiz,
    })
}

fn read_lesson(
    r: &mut Reader,
    slug: &str,
    key: &str,
    module_path: &Path,
    module_text: &str,
) -> Option<LessonPack> {
    let mut bodies = BTreeMap::new();
    for lang in LANGS {
        let path = r.dir.join("lessons").join(lang).join(format!("{key}.md"));
        if lang != "en" && !path.exists() {
            continue;
        }
        let text = r.read(
            &path,
            Some((module_path, module_text, &format!("\"{key}\""))),
        )?;
        let Some(title) = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
        else {
            r.error(
                &path,
                Some(1),
                "a lesson must start with its title: `# Title`",
            );
            continue;
        };
        let body: String = text.lines().skip(1).collect::<Vec<_>>().join("\n");
        check_images(r, &path, &text);
        let audio = read_audio(r, slug, lang, key);
        bodies.insert(
            lang.to_owned(),
            LessonBody {
                title: title.to_owned(),
                html: render_markdown(
                    &body,
                    &format!("/content/{slug}"),
                    &r.urls,
                    r.terms.get(lang).map(Vec::as_slice).unwrap_or_default(),
                ),
                audio,
            },
        );
    }
    Some(LessonPack {
        key: key.to_owned(),
        bodies,
    })
}

/// Every picture a lesson shows must be in the pack's `images/` and described by alt text.
fn check_images(r: &mut Reader, path: &Path, text: &str) {
    for (dest, alt) in image_refs(text) {
        let line = line_of(text, &format!("]({dest}"));
        if alt.trim().is_empty() {
            r.error(
                path,
                line,
                format!("picture {dest} needs alt text: ![what it shows]({dest})"),
            );
        }
        let external = dest.contains(':') || dest.starts_with('/');
        if external || !r.urls.contains_key(dest.trim_start_matches("./")) {
            r.error(
                path,
                line,
                format!("picture {dest} must be a file in this pack's images/ folder"),
            );
        }
    }
}

/// The optional recording `lessons/<lang>/<key>.<mp3|ogg|opus|m4a>`, added to the pack's media.
fn read_audio(r: &mut Reader, slug: &str, lang: &str, key: &str) -> Option<String> {
    let rel = media::AUDIO_TYPES
        .iter()
        .map(|(ext, _)| format!("lessons/{lang}/{key}.{ext}"))
        .find(|rel| r.dir.join(rel).is_file())?;
    let shown = r.rel(&r.dir.join(&rel));
    let file = media::read_file(&r.dir, &rel, &mut r.errors, &shown)?;
    let url = media::url(slug, &rel, &file);
    r.media.insert(rel, file);
    Some(url)
}

fn read_quiz(
    r: &mut Reader,
    key: &str,
    from: &Path,
    from_text: &str,
    seen_quizzes: &mut BTreeSet<String>,
    final_of: Option<&[String]>,
) -> Option<QuizPack> {
    if let Some(problem) = id_problem("quiz", key, seen_quizzes) {
        let line =
            line_of_id(from_text, key, "quiz").or_else(|| line_of(from_text, "final_assessment"));
        r.error(from, line, problem);
        return None;
    }
    let path = r.dir.join("quizzes").join(format!("{key}.toml"));
    let text = r.read(&path, Some((from, from_text, &format!("\"{key}\""))))?;
    let file: QuizFile = r.toml(&path, &text)?;
    if file.questions.is_empty() {
        r.error(&path, None, "a quiz needs at least one question");
    }
    let mut questions = Vec::new();
    let mut ids = BTreeSet::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for q in file.questions {
        let occurrence = seen.entry(q.id.clone()).or_default();
        let line = line_of_nth(&text, &format!("id = \"{}\"", q.id), *occurrence);
        *occurrence += 1;
        if let Some(problem) = id_problem("question", &q.id, &mut ids) {
            r.error(&path, line, problem);
            continue;
        }
        if let Some(problem) = check_question(&q).or_else(|| check_module(&q, final_of)) {
            r.error(&path, line, format!("question `{}`: {problem}", q.id));
            continue;
        }
        questions.push(Question {
            id: q.id,
            kind: q.kind,
            options: q.options,
            answer: q.answer,
            texts: BTreeMap::new(),
            module: q.module,
        });
    }
    for lang in LANGS {
        let texts_path = r.dir.join("quizzes").join(lang).join(format!("{key}.toml"));
        if lang != "en" && !texts_path.exists() {
            continue;
        }
        let Some(texts_text) = r.read(&texts_path, Some((&path, &text, "questions"))) else {
            continue;
        };
        let Some(texts) = r.toml::<BTreeMap<String, QuestionText>>(&texts_path, &texts_text) else {
            continue;
        };
        attach_texts(
            r,
            &texts_path,
            &texts_text,
            lang,
            texts,
            &mut questions,
            &ids,
        );
    }
    Some(QuizPack {
        key: key.to_owned(),
        questions,
    })
}

/// What is wrong with a question's structure, if anything.
fn check_question(q: &QuestionFile) -> Option<String> {
    let unique: BTreeSet<&String> = q.options.iter().collect();
    if unique.len() != q.options.len() || q.options.iter().any(|o| !valid_id(o)) {
        return Some("option ids must be unique lowercase ids".into());
    }
    if q.answer.is_empty() {
        return Some("no correct answer given".into());
    }
    let in_options = q.answer.iter().all(|a| q.options.contains(a));
    match q.kind {
        QuestionKind::Single if q.options.len() < 2 || q.answer.len() != 1 || !in_options => {
            Some("single choice needs 2+ options and exactly one answer among them".into())
        }
        QuestionKind::Multiple
            if q.options.len() < 2
                || !in_options
                || q.answer.iter().collect::<BTreeSet<_>>().len() != q.answer.len() =>
        {
            Some("multiple choice needs 2+ options and answers among them, each once".into())
        }
        QuestionKind::TrueFalse
            if !q.options.is_empty()
                || q.answer.len() != 1
                || !TRUE_FALSE.contains(&q.answer[0].as_str()) =>
        {
            Some("true/false takes no options and the answer \"true\" or \"false\"".into())
        }
        QuestionKind::Order
            if q.options.len() < 2
                || q.answer.len() != q.options.len()
                || q.answer.iter().collect::<BTreeSet<_>>() != unique =>
        {
            Some("order needs every option exactly once in the answer".into())
        }
        _ => None,
    }
}

/// A final assessment's question may name the module it is about (`final_of` lists the course's
/// modules); a practice question is about its own module and names none.
fn check_module(q: &QuestionFile, final_of: Option<&[String]>) -> Option<String> {
    match (&q.module, final_of) {
        (Some(_), None) => Some("only final assessment questions name a module".into()),
        (Some(m), Some(modules)) if !modules.contains(m) => {
            Some(format!("module `{m}` is not one of the course's modules"))
        }
        _ => None,
    }
}

fn attach_texts(
    r: &mut Reader,
    path: &Path,
    text: &str,
    lang: &str,
    mut texts: BTreeMap<String, QuestionText>,
    questions: &mut [Question],
    known_ids: &BTreeSet<String>,
) {
    for q in questions.iter_mut() {
        let Some(t) = texts.remove(&q.id) else {
            if lang == "en" {
                r.error(
                    path,
                    None,
                    format!("no English text for question `{}`", q.id),
                );
            }
            continue;
        };
        let line = line_of(text, &format!("[{}]", q.id));
        let expected: BTreeSet<&String> = q.options.iter().collect();
        if t.options.keys().collect::<BTreeSet<_>>() != expected {
            r.error(
                path,
                line,
                format!(
                    "question `{}`: option texts must be exactly {:?}",
                    q.id, q.options
                ),
            );
        }
        if t.prompt.trim().is_empty() {
            r.error(
                path,
                line,
                format!("question `{}` has an empty prompt", q.id),
            );
        }
        q.texts.insert(lang.to_owned(), t);
    }
    // Texts of questions rejected above are not reported again.
    for extra in texts.keys().filter(|id| !known_ids.contains(*id)) {
        r.error(
            path,
            line_of(text, &format!("[{extra}]")),
            format!("text for unknown question `{extra}`"),
        );
    }
}
