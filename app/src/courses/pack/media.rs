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
        if let Err(bad) = super::svg::check(&bytes) {
            errors.push(PackError {
                file: shown.to_path_buf(),
                line: Some(bad.line),
                message: bad.message,
            });
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
    let mut names: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    names.sort();
    for name in names {
        let shown = pack_dir.join("images").join(&name);
        let shown = shown.strip_prefix(root).unwrap_or(&shown);
        let problem = match name.to_str() {
            Some(name) if !valid_file_name(name) => Some(
                "a picture's name must be an id and its type, like `upi-steps.svg` \
                 (lowercase letters, digits and dashes)",
            ),
            Some(name) if content_type(name, &IMAGE_TYPES).is_none() => {
                Some("pictures must be .svg, .png, .webp or .jpg")
            }
            None => Some("a picture's name must be plain ASCII"),
            Some(_) => None,
        };
        if let Some(message) = problem {
            errors.push(PackError {
                file: shown.to_path_buf(),
                line: None,
                message: message.into(),
            });
            continue;
        }
        let rel = format!("images/{}", name.to_string_lossy());
        if let Some(file) = read_file(pack_dir, &rel, errors, shown) {
            media.insert(rel, file);
        }
    }
    media
}

/// `<id>.<extension>`: a name that is safe in a path and a URL as it is.
fn valid_file_name(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(stem, ext)| {
        crate::ids::valid_id(stem)
            && !ext.is_empty()
            && ext
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    })
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

    #[test]
    fn picture_names_are_ids_with_a_type() {
        assert!(valid_file_name("upi-steps.svg") && valid_file_name("m1.jpeg"));
        for bad in [
            "",
            ".svg",
            "a.",
            "A.svg",
            "a b.svg",
            "a.SVG",
            "..svg",
            "a\u{1}.svg",
            "a.b.svg",
        ] {
            assert!(!valid_file_name(bad), "{bad:?}");
        }
    }
}
