//! What saving a course for offline use downloads: its pages in the reader's language, their
//! pictures, the stylesheet and the font the language needs, and how big that is.

use crate::{
    courses::structure::CourseStructure,
    db::entities::{lesson_body, media, quiz},
    i18n::Lang,
    quiz::{repo::views, Question},
};
use sea_orm::{
    sea_query::Expr, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QuerySelect,
};
use std::{collections::HashMap, path::Path};

/// The bytes of a learner's page around its content (head, header, menus, footer): more in
/// Indian scripts, whose letters take 2–3 bytes. Measured on the shipped courses (saved sizes
/// in the README); a test checks the estimate against the pages themselves.
fn page_frame(lang: Lang) -> u64 {
    if lang == Lang::En {
        6_200
    } else {
        7_200
    }
}
/// The bytes of one question's form around its text (fieldset, inputs, buttons).
const QUESTION_FRAME: u64 = 900;

/// A course as saved for offline use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfflinePack {
    /// Changes whenever the course is imported again or the language differs: a saved copy of
    /// another version is replaced.
    pub version: String,
    /// Every URL to keep, pages first.
    pub files: Vec<String>,
    pub lessons: usize,
    pub quizzes: usize,
    /// About how many bytes the files are (uncompressed: what they take on the phone; the
    /// download is smaller).
    pub bytes: u64,
}

/// The font a language's pages are set in (see `style/main.css`: Kashmiri in Naskh, whose
/// vowel signs Nastaliq lacks).
fn fonts(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[],
        Lang::Hi | Lang::Doi => &["/fonts/noto-sans-devanagari-400.woff2"],
        Lang::Ur => &["/fonts/noto-nastaliq-urdu-400.woff2"],
        Lang::Ks => &["/fonts/noto-naskh-arabic-400.woff2"],
    }
}

/// The offline pack of course `s` in `lang`. `css` is the stylesheet's URL and `site_root` the
/// folder static files are served from (for the fonts' sizes).
pub async fn pack(
    db: &DatabaseConnection,
    s: &CourseStructure,
    lang: Lang,
    css: &str,
    site_root: &Path,
) -> Result<OfflinePack, DbErr> {
    let slug = &s.course.slug;
    let base = format!("/courses/{slug}");
    let mut files = vec![base.clone()];
    let frame = page_frame(lang);
    let mut bytes = frame + 2_000 * s.modules.len() as u64;

    // Lessons: each in the first of the language's fallbacks it has.
    let langs: Vec<&str> = lang.fallbacks().iter().map(|l| l.code()).collect();
    let ids: Vec<i32> = s.lessons.iter().map(|l| l.id).collect();
    let bodies: Vec<(i32, String, String)> = lesson_body::Entity::find()
        .select_only()
        .columns([
            lesson_body::Column::LessonId,
            lesson_body::Column::Lang,
            lesson_body::Column::Html,
        ])
        .filter(lesson_body::Column::LessonId.is_in(ids))
        .filter(lesson_body::Column::Lang.is_in(langs))
        .into_tuple()
        .all(db)
        .await?;
    let mut pictures = Vec::new();
    for l in &s.lessons {
        let body = lang
            .fallbacks()
            .iter()
            .find_map(|f| bodies.iter().find(|b| b.0 == l.id && b.1 == f.code()));
        files.push(format!("{base}/lessons/{}", l.key));
        bytes += frame;
        if let Some((_, _, html)) = body {
            bytes += html.len() as u64;
            pictures.extend(content_urls(html, &base));
        }
    }

    // Practice quizzes: their questions' texts in the language.
    let keys: Vec<&str> = s
        .modules
        .iter()
        .map(|m| m.quiz_key.as_str())
        .filter(|k| !k.is_empty())
        .collect();
    let quizzes: Vec<(String, String)> = quiz::Entity::find()
        .select_only()
        .columns([quiz::Column::Key, quiz::Column::Questions])
        .filter(quiz::Column::CourseId.eq(s.course.id))
        .filter(quiz::Column::Key.is_in(keys.clone()))
        .into_tuple()
        .all(db)
        .await?;
    for key in &keys {
        files.push(format!("{base}/quizzes/{key}"));
        bytes += frame;
        let questions: Vec<Question> = quizzes
            .iter()
            .find(|(k, _)| k == key)
            .and_then(|(_, json)| serde_json::from_str(json).ok())
            .unwrap_or_default();
        for q in views(&questions, lang, "offline") {
            let text: usize = q.options.iter().map(|(id, t)| id.len() + t.len()).sum();
            bytes += QUESTION_FRAME + (q.prompt.len() + text) as u64;
        }
    }

    // Pictures, the stylesheet and fonts.
    pictures.sort();
    pictures.dedup();
    let sizes: HashMap<String, i64> = media::Entity::find()
        .select_only()
        .column(media::Column::Path)
        .column_as(Expr::cust("CAST(LENGTH(bytes) AS BIGINT)"), "size")
        .filter(media::Column::CourseId.eq(s.course.id))
        .into_tuple::<(String, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let prefix = format!("{base}/").replacen("/courses/", "/content/", 1);
    for url in &pictures {
        let path = url
            .strip_prefix(&prefix)
            .map(|p| p.split('?').next().unwrap_or(p));
        bytes += path.and_then(|p| sizes.get(p)).copied().unwrap_or(0).max(0) as u64;
    }
    files.extend(pictures);
    let file_size = |url: &str| {
        std::fs::metadata(site_root.join(url.trim_start_matches('/')))
            .map(|m| m.len())
            .unwrap_or(0)
    };
    let css = format!("/pkg/{css}");
    bytes += file_size(&css);
    files.push(css);
    for font in fonts(lang) {
        bytes += file_size(font);
        files.push(font.to_string());
    }
    Ok(OfflinePack {
        version: format!("{}-{}", s.course.updated_at, lang.code()),
        lessons: s.lessons.len(),
        quizzes: keys.len(),
        files,
        bytes,
    })
}

/// The course's own files (`/content/<slug>/…`) a lesson's HTML shows.
fn content_urls(html: &str, course_base: &str) -> Vec<String> {
    let prefix = course_base.replacen("/courses/", "/content/", 1) + "/";
    html.split("src=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|url| url.replace("&amp;", "&"))
        .filter(|url| url.starts_with(&prefix))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_courses_own_pictures_are_taken() {
        let html = r#"<p><img src="/content/c/images/a.svg?v=12ab" alt="A"> <img src="/content/other/x.svg"> <img src="https://example.com/y.png"><audio src="/content/c/audio/a.mp3"></audio></p>"#;
        assert_eq!(
            content_urls(html, "/courses/c"),
            ["/content/c/images/a.svg?v=12ab", "/content/c/audio/a.mp3"]
        );
    }
}
