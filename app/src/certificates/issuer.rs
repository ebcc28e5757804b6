//! Who issues the certificates: a name and a department in each language, and a logo, set by
//! the operator at start-up (the server's configuration reads them). Without settings the
//! issuer is Sabaq itself, spelt as each language spells it, with no department and no logo.

use crate::{
    i18n::{t_in, Lang},
    web::{assets::CACHED_FOR_GOOD, AppState},
};
use axum::{
    body::Bytes,
    extract::{RawQuery, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
};
use sha2::{Digest, Sha256};
use std::sync::Arc;

/// The largest logo accepted: it is part of every certificate's first view and of every PDF.
pub const MAX_LOGO_BYTES: usize = 64 * 1024;

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Who issues the certificates, as configured.
#[derive(Clone, Debug, Default)]
pub struct Issuer {
    /// `None`: Sabaq, in the page's language.
    pub name: Option<LocalizedText>,
    pub department: Option<LocalizedText>,
    pub logo: Option<Logo>,
}

impl Issuer {
    /// The issuer's name as a reader of `lang` sees it.
    pub fn name_in(&self, lang: Lang) -> String {
        match &self.name {
            Some(name) => name.get(lang).to_owned(),
            None => t_in(lang, "brand-name", &[]),
        }
    }

    /// The issuing department as a reader of `lang` sees it, if there is one.
    pub fn department_in(&self, lang: Lang) -> Option<String> {
        self.department.as_ref().map(|d| d.get(lang).to_owned())
    }
}

/// The issuer provided to pages by [`AppState::provide_context`]; the default (Sabaq) if missing.
pub fn current() -> Arc<Issuer> {
    leptos::prelude::use_context::<Arc<Issuer>>().unwrap_or_else(|| {
        tracing::error!("certificate issuer missing from context");
        Arc::default()
    })
}

/// A text with a default and its own versions in some languages: with only an Urdu version,
/// Urdu and Kashmiri pages show it and the others the default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalizedText {
    default: String,
    own: Vec<(Lang, String)>,
}

impl LocalizedText {
    pub fn new(default: impl Into<String>) -> Self {
        LocalizedText {
            default: default.into(),
            own: Vec::new(),
        }
    }

    /// The same text with its own version in `lang`.
    pub fn with(mut self, lang: Lang, text: impl Into<String>) -> Self {
        self.own.retain(|(l, _)| *l != lang);
        self.own.push((lang, text.into()));
        self
    }

    /// The version for `lang`: its own, else that of the language its readers fall back to
    /// (as for untranslated content: Kashmiri to Urdu, Dogri to Hindi), else the default.
    pub fn get(&self, lang: Lang) -> &str {
        lang.fallbacks()
            .iter()
            .find_map(|l| self.own.iter().find(|(own, _)| own == l))
            .map_or(self.default.as_str(), |(_, text)| text.as_str())
    }
}

/// The issuer's logo, checked at start-up: an SVG that passes the course pictures' allow-list,
/// or a PNG that the PDF renderer can draw.
#[derive(Clone)]
pub struct Logo {
    bytes: Bytes,
    format: LogoFormat,
    /// The start of the content's SHA-256: the logo's URL changes with it.
    version: String,
    /// PNGs only: krilla draws raster pictures; an SVG would need a renderer of its own.
    pdf: Option<krilla::image::Image>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogoFormat {
    Svg,
    Png,
}

/// Why a file cannot be the logo.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LogoError {
    #[error("the file is over 64 KB ({MAX_LOGO_BYTES} bytes), the most a logo may have")]
    TooBig,
    #[error("the file is neither an SVG nor a PNG picture")]
    NotSvgOrPng,
    #[error("the SVG is refused at line {line}: {message}")]
    BadSvg { line: usize, message: String },
    #[error("the PNG cannot be drawn: {0}")]
    BadPng(String),
}

impl Logo {
    /// Checks a logo file's content.
    pub fn new(bytes: Vec<u8>) -> Result<Logo, LogoError> {
        if bytes.len() > MAX_LOGO_BYTES {
            return Err(LogoError::TooBig);
        }
        let (format, pdf) = if bytes.starts_with(PNG_SIGNATURE) {
            let image = super::pdf::png_image(&bytes).map_err(LogoError::BadPng)?;
            (LogoFormat::Png, Some(image))
        } else if looks_like_svg(&bytes) {
            crate::courses::pack::svg::check(&bytes).map_err(|bad| LogoError::BadSvg {
                line: bad.line,
                message: bad.message,
            })?;
            (LogoFormat::Svg, None)
        } else {
            return Err(LogoError::NotSvgOrPng);
        };
        let version = Sha256::digest(&bytes)
            .iter()
            .take(8)
            .map(|b| format!("{b:02x}"))
            .collect();
        Ok(Logo {
            bytes: bytes.into(),
            format,
            version,
            pdf,
        })
    }

    pub fn format(&self) -> LogoFormat {
        self.format
    }

    pub fn content_type(&self) -> &'static str {
        match self.format {
            LogoFormat::Svg => "image/svg+xml",
            LogoFormat::Png => "image/png",
        }
    }

    /// Where pages show the logo: the URL changes with the content, so browsers keep it for good.
    pub fn href(&self) -> String {
        format!("/issuer-logo?v={}", self.version)
    }

    /// The logo as the PDF draws it (PNG only).
    pub(super) fn pdf_image(&self) -> Option<&krilla::image::Image> {
        self.pdf.as_ref()
    }
}

impl std::fmt::Debug for Logo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Logo")
            .field("format", &self.format)
            .field("bytes", &self.bytes.len())
            .field("version", &self.version)
            .finish()
    }
}

/// Text that starts like XML and has an `<svg` element: the allow-list then decides.
fn looks_like_svg(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace());
    start.is_some_and(|at| bytes[at] == b'<') && bytes.windows(4).any(|w| w == b"<svg")
}

/// `/issuer-logo`: the configured logo (404 without one). Pages link it with `?v=<hash>`, and
/// such a request is cached for good.
pub async fn serve_logo(State(state): State<AppState>, RawQuery(query): RawQuery) -> Response {
    let Some(logo) = &state.issuer.logo else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let versioned = query.as_deref().and_then(|q| q.strip_prefix("v=")) == Some(&logo.version);
    (
        [
            (header::CONTENT_TYPE, logo.content_type()),
            (
                header::CACHE_CONTROL,
                if versioned {
                    CACHED_FOR_GOOD
                } else {
                    "public, max-age=3600"
                },
            ),
            // A picture opened on its own runs nothing, whatever it contains.
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; sandbox",
            ),
        ],
        logo.bytes.clone(),
    )
        .into_response()
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A 2 × 1 RGBA PNG.
    pub(in crate::certificates) const TINY_PNG: &[u8] = &[
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0xf4,
        0x22, 0x7f, 0x8a, 0x00, 0x00, 0x00, 0x0e, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xe0,
        0xce, 0xf3, 0xff, 0x0f, 0x02, 0x00, 0x14, 0x2e, 0x05, 0xc4, 0xf8, 0x20, 0xc6, 0x5c, 0x00,
        0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ];

    #[test]
    fn without_settings_the_issuer_is_sabaq_in_each_language() {
        let issuer = Issuer::default();
        assert_eq!(issuer.name_in(Lang::En), "Sabaq");
        assert_eq!(issuer.name_in(Lang::Ur), "سبق");
        assert_eq!(issuer.name_in(Lang::Hi), "सबक");
        assert_eq!(issuer.department_in(Lang::En), None);
    }

    #[test]
    fn a_language_without_its_own_text_takes_its_readers_fallback_then_the_default() {
        let text = LocalizedText::new("Default")
            .with(Lang::Ur, "اردو")
            .with(Lang::Hi, "हिन्दी");
        assert_eq!(text.get(Lang::En), "Default");
        assert_eq!(text.get(Lang::Ur), "اردو");
        assert_eq!(text.get(Lang::Ks), "اردو");
        assert_eq!(text.get(Lang::Doi), "हिन्दी");
        assert_eq!(LocalizedText::new("Default").get(Lang::Ks), "Default");
    }

    #[test]
    fn logos_are_svg_or_png_and_small() {
        let svg = br#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>"#;
        let logo = Logo::new(svg.to_vec()).unwrap();
        assert_eq!(logo.content_type(), "image/svg+xml");
        assert!(logo.pdf_image().is_none());
        let png = Logo::new(TINY_PNG.to_vec()).unwrap();
        assert_eq!(png.format(), LogoFormat::Png);
        assert!(png.pdf_image().is_some());
        assert_ne!(logo.href(), png.href());

        assert_eq!(
            Logo::new(b"GIF89a\x01\x00".to_vec()).unwrap_err(),
            LogoError::NotSvgOrPng
        );
        assert_eq!(
            Logo::new(vec![b' '; MAX_LOGO_BYTES + 1]).unwrap_err(),
            LogoError::TooBig
        );
        let script = br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#;
        assert!(matches!(
            Logo::new(script.to_vec()),
            Err(LogoError::BadSvg { line: 1, .. })
        ));
        let mut broken = TINY_PNG.to_vec();
        broken.truncate(40);
        assert!(matches!(Logo::new(broken), Err(LogoError::BadPng(_))));
    }
}
