use pulldown_cmark::{html, Options, Parser};

/// Renders lesson Markdown to HTML and sanitises it: raw HTML, scripts, event handlers and
/// `javascript:` links cannot get through. Relative image paths point into the course's images.
pub fn render_markdown(markdown: &str, image_base: &str) -> String {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    );
    let mut raw = String::new();
    html::push_html(&mut raw, parser);
    ammonia::Builder::default()
        .url_relative(ammonia::UrlRelative::Custom(Box::new(UnderBase(
            image_base.to_owned(),
        ))))
        .link_rel(Some("noopener noreferrer"))
        .clean(&raw)
        .to_string()
}

/// Puts relative URLs under the course's folder.
struct UnderBase(String);

impl<'a> ammonia::UrlRelativeEvaluate<'a> for UnderBase {
    fn evaluate<'url>(&self, url: &'url str) -> Option<std::borrow::Cow<'url, str>> {
        Some(std::borrow::Cow::Owned(format!(
            "{}/{}",
            self.0,
            url.trim_start_matches("./")
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown() {
        let html = render_markdown("## Steps\n\n1. Open **UPI** app\n2. Scan", "/x");
        assert!(
            html.contains("<h2>Steps</h2>")
                && html.contains("<strong>UPI</strong>")
                && html.contains("<ol>")
        );
    }

    #[test]
    fn scripts_cannot_be_smuggled_in() {
        let evil = "Hi <script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[click](javascript:alert(3))\n\n<iframe src=//evil></iframe>";
        let html = render_markdown(evil, "/x");
        for bad in ["<script", "onerror", "javascript:", "<iframe"] {
            assert!(!html.contains(bad), "{bad} survived: {html}");
        }
    }

    #[test]
    fn relative_images_point_into_the_course() {
        let html = render_markdown("![A UPI QR code](images/qr.svg)", "/content/dlb");
        assert!(
            html.contains(r#"src="/content/dlb/images/qr.svg""#)
                && html.contains(r#"alt="A UPI QR code""#),
            "{html}"
        );
    }
}
