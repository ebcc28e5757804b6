//! A one-shot message carried across the redirect after a plain form post: the error (or notice)
//! to show and the non-secret field values to refill, kept in a short-lived cookie.

use super::cookies;
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const FLASH_COOKIE: &str = "sabaq_flash";

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Flash {
    /// Fluent id of an error message.
    pub error: Option<String>,
    /// Arguments of the error message.
    pub args: Vec<(String, String)>,
    /// The field the error belongs to.
    pub field: Option<String>,
    /// Fluent id of a success message.
    pub notice: Option<String>,
    /// Field values to put back into the form.
    pub values: BTreeMap<String, String>,
}

impl Flash {
    pub fn value(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }

    fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).unwrap_or_default())
    }

    fn decode(raw: &str) -> Option<Self> {
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(raw).ok()?).ok()
    }
}

/// Stores `flash` for the next page the browser loads.
pub fn put(flash: &Flash) {
    cookies::set(FLASH_COOKIE, &flash.encode(), 120);
}

/// Reads and clears the flash left by the previous request.
pub fn take() -> Flash {
    match cookies::get(FLASH_COOKIE) {
        Some(raw) => {
            cookies::set(FLASH_COOKIE, "", 0);
            Flash::decode(&raw).unwrap_or_default()
        }
        None => Flash::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_cookie_text() {
        let mut flash = Flash {
            error: Some("register-error-login-taken".into()),
            ..Default::default()
        };
        flash.values.insert("display_name".into(), "شازیہ".into());
        let encoded = flash.encode();
        assert!(encoded
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_eq!(Flash::decode(&encoded), Some(flash));
        assert_eq!(Flash::decode("%%%"), None);
    }
}
