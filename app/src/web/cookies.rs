//! Reading request cookies and setting response cookies from pages and server functions.

use super::state::CookiePolicy;
use http::{header, request::Parts, HeaderMap, HeaderValue};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

pub const ONE_YEAR: i64 = 365 * 24 * 3600;

/// The value of cookie `name` in `headers`.
pub fn get_from(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// The value of cookie `name` in the current request.
pub fn get(name: &str) -> Option<String> {
    use_context::<Parts>().and_then(|p| get_from(&p.headers, name))
}

/// The `Set-Cookie` value: HttpOnly, SameSite=Lax, whole site, `Secure` when configured.
pub fn header_value(name: &str, value: &str, max_age: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}")
}

/// True when cookies are marked `Secure` (the site is served over HTTPS).
pub fn secure() -> bool {
    use_context::<CookiePolicy>().unwrap_or_default().secure
}

/// Sets a cookie on the current response (`max_age` 0 deletes it).
pub fn set(name: &str, value: &str, max_age: i64) {
    let secure = secure();
    if let (Some(res), Ok(v)) = (
        use_context::<ResponseOptions>(),
        HeaderValue::from_str(&header_value(name, value, max_age, secure)),
    ) {
        res.append_header(header::SET_COOKIE, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_cookie_among_several() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; sabaq_lang=ur; b=2"),
        );
        assert_eq!(get_from(&headers, "sabaq_lang").as_deref(), Some("ur"));
        assert_eq!(get_from(&headers, "missing"), None);
    }

    #[test]
    fn cookies_are_http_only_and_lax() {
        let v = header_value("s", "x", 60, true);
        assert!(v.contains("HttpOnly") && v.contains("SameSite=Lax") && v.ends_with("Secure"));
        assert!(!header_value("s", "x", 60, false).contains("Secure"));
    }
}
