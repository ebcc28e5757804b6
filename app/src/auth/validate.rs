//! Validation of account fields. Each error is `(field, Fluent message id)`.

use crate::error::AppError;

pub const PASSWORD_MIN: usize = 8;
pub const PASSWORD_MAX: usize = 128;
pub const NAME_MAX: usize = 80;

/// Normalises a login: a mobile number becomes its 10 digits (dropping +91, 0, spaces and
/// dashes); a login name is lower-cased and must be 3–32 of `a-z 0-9 . _ -`, starting with a letter.
pub fn normalize_login(raw: &str) -> Result<String, AppError> {
    let trimmed = raw.trim();
    let err = || AppError::invalid("login", "register-error-login-format");
    if trimmed.is_empty() || trimmed.chars().count() > 40 {
        return Err(err());
    }
    let looks_numeric = trimmed
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-'));
    if looks_numeric {
        let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
        let national = match digits.len() {
            12 if digits.starts_with("91") => &digits[2..],
            11 if digits.starts_with('0') => &digits[1..],
            10 => &digits[..],
            _ => return Err(err()),
        };
        return if national.starts_with(['6', '7', '8', '9']) {
            Ok(national.to_owned())
        } else {
            Err(err())
        };
    }
    let login = trimmed.to_lowercase();
    let valid = (3..=32).contains(&login.len())
        && login.starts_with(|c: char| c.is_ascii_lowercase())
        && login
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'));
    if valid {
        Ok(login)
    } else {
        Err(err())
    }
}

/// Characters that draw nothing (zero-width spaces and joiners, fillers, the BOM, the soft
/// hyphen): a name made only of these would look empty on a certificate or a trainer's list.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{034F}' | '\u{115F}' | '\u{1160}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
            | '\u{2060}'..='\u{2064}' | '\u{3164}' | '\u{FEFF}' | '\u{FFA0}' | '\u{2800}'
    )
}

/// Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069): they reorder the text
/// around a name, so "Ali" could display as someone else's name or flip a whole line.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A display name in any script: trimmed, 1–80 characters, no control characters or bidi
/// controls, and at least one visible letter or digit.
pub fn display_name(raw: &str) -> Result<String, AppError> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(AppError::invalid(
            "display_name",
            "register-error-name-required",
        ));
    }
    if name.chars().count() > NAME_MAX {
        return Err(AppError::invalid(
            "display_name",
            "register-error-name-too-long",
        ));
    }
    let visible = name
        .chars()
        .any(|c| c.is_alphanumeric() && !is_invisible(c));
    if !visible || name.chars().any(|c| c.is_control() || is_bidi_control(c)) {
        return Err(AppError::invalid(
            "display_name",
            "register-error-name-invalid",
        ));
    }
    Ok(name)
}

/// Too guessable to allow, whatever their length.
const COMMON_PASSWORDS: &[&str] = &[
    "password",
    "password1",
    "password123",
    "12345678",
    "123456789",
    "1234567890",
    "qwertyuiop",
    "qwerty123",
    "iloveyou",
    "11111111",
    "00000000",
    "abcd1234",
    "india123",
    "kashmir123",
    "jammu123",
    "sabaq123",
    "welcome1",
    "admin123",
    "87654321",
    "asdfghjkl",
];

/// A password: 8–128 characters, not one repeated character, not a common password, not the login.
pub fn password(password: &str, login: &str) -> Result<(), AppError> {
    let field = "password";
    let len = password.chars().count();
    if len < PASSWORD_MIN {
        return Err(AppError::invalid(field, "password-error-too-short"));
    }
    if len > PASSWORD_MAX {
        return Err(AppError::invalid(field, "password-error-too-long"));
    }
    let lower = password.to_lowercase();
    let first = password.chars().next();
    if password.chars().all(|c| Some(c) == first) || COMMON_PASSWORDS.contains(&lower.as_str()) {
        return Err(AppError::invalid(field, "password-error-too-common"));
    }
    if !login.is_empty() && lower.contains(&login.to_lowercase()) {
        return Err(AppError::invalid(field, "password-error-contains-login"));
    }
    Ok(())
}

/// The two entries of a new password must match.
pub fn password_confirmed(password: &str, confirm: &str) -> Result<(), AppError> {
    if password == confirm {
        Ok(())
    } else {
        Err(AppError::invalid(
            "password_confirm",
            "password-error-mismatch",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(r: Result<impl std::fmt::Debug, AppError>) -> String {
        r.unwrap_err().message_id().to_owned()
    }

    #[test]
    fn mobile_numbers_normalise_to_ten_digits() {
        for raw in [
            "9419012345",
            "+91 94190 12345",
            "09419012345",
            "94190-12345",
            "919419012345",
        ] {
            assert_eq!(normalize_login(raw).unwrap(), "9419012345", "{raw}");
        }
        assert_eq!(
            msg(normalize_login("1234567890")),
            "register-error-login-format"
        );
        assert_eq!(
            msg(normalize_login("941901234")),
            "register-error-login-format"
        );
    }

    #[test]
    fn login_names_are_lowercased_and_restricted() {
        assert_eq!(normalize_login("  Shazia.Bhat ").unwrap(), "shazia.bhat");
        for bad in [
            "ab",
            "1abc",
            "with space",
            "ज़ैनब",
            "a".repeat(33).as_str(),
            "",
            "semi;colon",
        ] {
            assert!(normalize_login(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn display_names_accept_every_script() {
        assert_eq!(display_name("  شازیہ   بٹ ").unwrap(), "شازیہ بٹ");
        assert_eq!(display_name("सुनीता देवी").unwrap(), "सुनीता देवी");
        assert_eq!(msg(display_name("   ")), "register-error-name-required");
        // Zero-width characters only (ZWSP, ZWJ, the Hangul filler), or a right-to-left override.
        for bad in [
            "\u{200B}\u{200D}",
            "\u{3164}",
            "Ali \u{202E}nahk",
            "\u{2066}Sunita\u{2069}",
            "..",
        ] {
            assert_eq!(
                msg(display_name(bad)),
                "register-error-name-invalid",
                "{bad:?}"
            );
        }
        // Joiners inside a real name are fine (Urdu and Devanagari use them).
        assert!(display_name("شازیہ\u{200C}بٹ").is_ok());
        assert_eq!(
            msg(display_name(&"ن".repeat(81))),
            "register-error-name-too-long"
        );
    }

    #[test]
    fn weak_passwords_are_refused() {
        assert_eq!(msg(password("short", "x")), "password-error-too-short");
        assert_eq!(
            msg(password("aaaaaaaaaa", "x")),
            "password-error-too-common"
        );
        assert_eq!(
            msg(password("Password123", "x")),
            "password-error-too-common"
        );
        assert_eq!(
            msg(password("my-shazia.bhat-pw", "shazia.bhat")),
            "password-error-contains-login"
        );
        assert_eq!(
            msg(password(&"x1".repeat(65), "y")),
            "password-error-too-long"
        );
        assert!(password("chinar-tree-1947", "shazia").is_ok());
        assert!(password("सेब का बाग़ 12", "shazia").is_ok());
    }

    #[test]
    fn confirmation_must_match() {
        assert!(password_confirmed("abc", "abc").is_ok());
        assert_eq!(
            msg(password_confirmed("abc", "abd")),
            "password-error-mismatch"
        );
    }
}
