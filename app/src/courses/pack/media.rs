//! Pictures and recordings in a pack: read, checked, and given versioned URLs.

use super::PackError;
use sha2::{Digest, Sha256};
use std::{collections::BTreeMap, path::Path};

/// A file served with the course, by its path inside the pack.
#[derive(Debug, Clone)]
pub struct MediaFile {
    pub content_type: &'static str,
    pub sha256: String,
    pub bytes: Vec<u8>,
}

/// Files of a pack by path inside it (`images/upi.svg`, `lessons/hi/paying-with-upi.mp3`).
pub type Media = BTreeMap<String, MediaFile>;

const IMAGE_TYPES: [(&str, &str); 5] = [
    ("svg", "image/svg+xml"),
    ("png", "image/png"),
    ("webp", "image/webp"),
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
];
/// Recordings a lesson may have, in the order they are looked for.
pub const AUDIO_TYPES: [(&str, &str); 4] = [
    ("mp3", "audio/mpeg"),
    ("ogg", "audio/ogg"),
    ("opus", "audio/ogg"),
    ("m4a", "audio/mp4"),
];
const MAX_IMAGE: usize = 1024 * 1024;
const MAX_AUDIO: usize = 10 * 1024 * 1024;

fn content_type(path: &str, types: &[(&str, &'static str)]) -> Option<&'static str> {
    let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
    types.iter().find(|(e, _)| *e == ext).map(|(_, t)| *t)
}

/// Reads one media file, checking its type and size; `None` (with an error) if unusable.
pub fn read_file(
    dir: &Path,
    rel: &str,
    errors: &mut Vec<PackError>,
    shown: &Path,
) -> Option<MediaFile> {
    let (content_type, max) = match content_type(rel, &IMAGE_TYPES) {
        Some(t) => (t, MAX_IMAGE),
        None => (content_type(rel, &AUDIO_TYPES)?, MAX_AUDIO),
    };
    let fail = |errors: &mut Vec<PackError>, message: String| {
        errors.push(PackError {
            file: shown.to_path_buf(),
            line: None,
            message,
        })
    };
    let bytes = match std::fs::read(dir.join(rel)) {
        Ok(b) => b,
        Err(e) => {
            fail(errors, format!("cannot read: {e}"));
            return None;
        }
    };
    if bytes.len() > max {
        fail(
            errors,
            format!("{} bytes is over the limit of {max}", bytes.len()),
        );
        return None;
    }
    if content_type == "image/svg+xml" {
        if let Some(bad) = unsafe_svg(&bytes) {
            fail(errors, format!("SVG must not contain {bad}"));
            return None;
        }
    }
    Some(MediaFile {
        content_type,
        sha256: hex(&Sha256::digest(&bytes)),
        bytes,
    })
}

/// Every picture in the pack's `images/` folder.
pub fn read_images(pack_dir: &Path, root: &Path, errors: &mut Vec<PackError>) -> Media {
    let mut media = Media::new();
    let Ok(entries) = std::fs::read_dir(pack_dir.join("images")) else {
        return media;
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    for name in names {
        let rel = format!("images/{name}");
        let shown = pack_dir.join(&rel);
        let shown = shown.strip_prefix(root).unwrap_or(&shown);
        if content_type(&rel, &IMAGE_TYPES).is_none() {
            errors.push(PackError {
                file: shown.to_path_buf(),
                line: None,
                message: "pictures must be .svg, .png, .webp or .jpg".into(),
            });
            continue;
        }
        if let Some(file) = read_file(pack_dir, &rel, errors, shown) {
            media.insert(rel, file);
        }
    }
    media
}

/// Scripts, event handlers, external references: what a picture must not carry.
fn unsafe_svg(bytes: &[u8]) -> Option<&'static str> {
    let text = String::from_utf8_lossy(bytes).to_ascii_lowercase();
    let compact: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    [
        ("<script", "a script"),
        ("javascript:", "a javascript: link"),
        ("<foreignobject", "foreignObject"),
        (" on", "an event handler attribute"),
        ("href=\"http", "an external reference"),
        ("href='http", "an external reference"),
    ]
    .into_iter()
    .find(|(needle, _)| {
        if *needle == " on" {
            compact
                .match_indices(" on")
                .any(|(i, _)| is_handler(&compact[i + 1..]))
        } else {
            compact.contains(needle)
        }
    })
    .map(|(_, what)| what)
}

/// True when `rest` starts with an attribute like `onclick=`.
fn is_handler(rest: &str) -> bool {
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    name.len() > 2 && rest[name.len()..].trim_start().starts_with('=')
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The URL of a pack file: versioned by content so it can be cached for good.
pub fn url(slug: &str, rel: &str, file: &MediaFile) -> String {
    format!("/content/{slug}/{rel}?v={}", &file.sha256[..12])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_with_scripts_or_handlers_is_refused() {
        for bad in [
            r#"<svg><script>alert(1)</script></svg>"#,
            r#"<svg><rect onload = "x()"/></svg>"#,
            r#"<svg><a href="javascript:x()"/></svg>"#,
            r#"<svg><image href="https://evil/x.png"/></svg>"#,
        ] {
            assert!(unsafe_svg(bad.as_bytes()).is_some(), "{bad}");
        }
        let fine = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="4" height="4" fill="#0f766e"/><text font-family="sans-serif">1</text></svg>"##;
        assert_eq!(unsafe_svg(fine.as_bytes()), None);
    }

    #[test]
    fn content_types_by_extension() {
        assert_eq!(
            content_type("images/a.SVG", &IMAGE_TYPES),
            Some("image/svg+xml")
        );
        assert_eq!(
            content_type("lessons/hi/a.mp3", &AUDIO_TYPES),
            Some("audio/mpeg")
        );
        assert_eq!(content_type("images/a.gif", &IMAGE_TYPES), None);
    }
}
