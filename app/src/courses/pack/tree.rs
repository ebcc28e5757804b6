//! A pack is plain files and folders. A symbolic link could make the import read a file from
//! outside the pack (a key, a database), and a pipe or device could hang it, so the whole tree
//! is checked before any file in it is opened.

use super::PackError;
use std::path::Path;

/// Every symbolic link and special file in the pack folder `dir` (the folder itself included),
/// shown relative to `root`. Links are reported, never followed.
pub fn special_files(dir: &Path, root: &Path) -> Vec<PackError> {
    let mut errors = Vec::new();
    match std::fs::symlink_metadata(dir) {
        Ok(meta) if meta.is_dir() => walk(dir, root, &mut errors),
        Ok(meta) => errors.push(problem(dir, root, &meta.file_type())),
        Err(e) => errors.push(error(
            dir,
            root,
            format!("cannot read the pack folder: {e}"),
        )),
    }
    errors
}

fn walk(dir: &Path, root: &Path, errors: &mut Vec<PackError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(error(dir, root, format!("cannot read folder: {e}")));
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        // `DirEntry::file_type` describes the entry itself, not what a link points to.
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&path, root, errors),
            Ok(t) if t.is_file() => {}
            Ok(t) => errors.push(problem(&path, root, &t)),
            Err(e) => errors.push(error(&path, root, format!("cannot read: {e}"))),
        }
    }
}

fn problem(path: &Path, root: &Path, file_type: &std::fs::FileType) -> PackError {
    let message = if file_type.is_symlink() {
        "is a symbolic link; a pack holds only plain files and folders"
    } else {
        "is not a plain file or folder"
    };
    error(path, root, message.into())
}

fn error(path: &Path, root: &Path, message: String) -> PackError {
    PackError {
        file: path.strip_prefix(root).unwrap_or(path).to_path_buf(),
        line: None,
        message,
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_anywhere_in_the_pack_are_reported() {
        let root = std::env::temp_dir().join(format!("sabaq-tree-{}", uuid::Uuid::new_v4()));
        let pack = root.join("pack");
        std::fs::create_dir_all(pack.join("lessons/en")).unwrap();
        std::fs::write(pack.join("course.toml"), "").unwrap();
        std::os::unix::fs::symlink("/etc/hostname", pack.join("lessons/en/a.md")).unwrap();
        std::os::unix::fs::symlink("/etc", pack.join("images")).unwrap();
        std::os::unix::fs::symlink(&pack, root.join("linked")).unwrap();
        let shown: Vec<String> = special_files(&pack, &root)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(shown[0].starts_with("pack/images: is a symbolic link"));
        assert!(shown[1].starts_with("pack/lessons/en/a.md: is a symbolic link"));
        let linked = special_files(&root.join("linked"), &root);
        assert!(linked[0]
            .to_string()
            .starts_with("linked: is a symbolic link"));
        std::fs::remove_dir_all(&root).unwrap();
    }
}
