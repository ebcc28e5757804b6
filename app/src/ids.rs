//! The one shape of every id that comes from a content pack or a URL: course slugs, module,
//! lesson, quiz, question and option ids. Checked on import and again on every request, so an
//! id can never carry a path, a control character or markup.

/// 1–80 of `a-z 0-9 -`, not starting with a dash.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

/// All of `ids` are valid, else a 400 for the request.
pub fn check(ids: &[&str]) -> Result<(), crate::error::AppError> {
    if ids.iter().all(|id| valid_id(id)) {
        Ok(())
    } else {
        Err(crate::error::AppError::invalid("id", "error-bad-request"))
    }
}

#[cfg(test)]
mod tests {
    use super::valid_id;

    #[test]
    fn ids_are_plain_lowercase_words() {
        assert!(valid_id("paying-with-upi"));
        assert!(valid_id("m1"));
        for bad in [
            "",
            "-x",
            "../x",
            "a/b",
            "A",
            "a\u{1}",
            "a b",
            "ک",
            &"a".repeat(81),
        ] {
            assert!(!valid_id(bad), "{bad:?}");
        }
    }
}
