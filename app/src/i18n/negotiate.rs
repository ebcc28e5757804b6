use super::Lang;

/// Picks the language for a request: the signed-in user's saved preference, else the language
/// cookie, else the best match in `Accept-Language`, else English.
pub fn negotiate(saved: Option<Lang>, cookie: Option<&str>, accept_language: Option<&str>) -> Lang {
    saved
        .or_else(|| cookie.and_then(Lang::from_code))
        .or_else(|| accept_language.and_then(from_accept_language))
        .unwrap_or_default()
}

/// Best supported language in an `Accept-Language` header, honouring q-values; ties keep the
/// header's order. `hi-IN` matches Hindi, `ur-PK` Urdu, `q=0` means "not this one".
fn from_accept_language(header: &str) -> Option<Lang> {
    let mut best: Option<(Lang, f32)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let q = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|v| v.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        let Some(lang) = Lang::from_code(primary) else {
            continue;
        };
        if q > 0.0 && best.is_none_or(|(_, bq)| q > bq) {
            best = Some((lang, q));
        }
    }
    best.map(|(lang, _)| lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_preference_wins_over_cookie_and_header() {
        assert_eq!(negotiate(Some(Lang::Ks), Some("hi"), Some("ur")), Lang::Ks);
    }

    #[test]
    fn cookie_wins_over_header() {
        assert_eq!(negotiate(None, Some("doi"), Some("ur")), Lang::Doi);
    }

    #[test]
    fn unknown_cookie_falls_through_to_header() {
        assert_eq!(negotiate(None, Some("xx"), Some("ur-PK")), Lang::Ur);
    }

    #[test]
    fn header_q_values_are_honoured() {
        assert_eq!(
            negotiate(None, None, Some("en;q=0.5, hi-IN;q=0.9, ur;q=0.8")),
            Lang::Hi
        );
        assert_eq!(negotiate(None, None, Some("fr, ur;q=0.3")), Lang::Ur);
    }

    #[test]
    fn q_zero_excludes_a_language() {
        assert_eq!(negotiate(None, None, Some("ur;q=0, de")), Lang::En);
    }

    #[test]
    fn ties_keep_header_order() {
        assert_eq!(negotiate(None, None, Some("ks, hi")), Lang::Ks);
    }

    #[test]
    fn nothing_usable_means_english() {
        assert_eq!(negotiate(None, None, None), Lang::En);
        assert_eq!(negotiate(None, None, Some("garbage;;;q=x")), Lang::En);
    }
}
