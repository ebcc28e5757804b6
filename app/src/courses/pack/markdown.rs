use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd};
use std::collections::BTreeMap;

fn parser(markdown: &str) -> Parser<'_> {
    Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
}

/// Renders lesson Markdown to HTML and sanitises it: raw HTML, scripts, event handlers and
/// `javascript:` links cannot get through. Relative URLs found in `urls` (pack path → URL) are
/// replaced by it; other relative URLs are put under `base`.
pub fn render_markdown(markdown: &str, base: &str, urls: &BTreeMap<String, String>) -> String {
    let mut raw = String::new();
    html::push_html(&mut raw, parser(markdown));
    // Pictures load lazily: a long lesson costs only what the learner scrolls to.
    let raw = raw.replace("<img ", "<img loading=\"lazy\" ");
    ammonia::Builder::default()
        .add_tag_attributes("img", ["loading"])
        .url_relative(ammonia::UrlRelative::Custom(Box::new(UnderBase {
            base: base.to_owned(),
            urls: urls.clone(),
        })))
        .link_rel(Some("noopener noreferrer"))
        .clean(&raw)
        .to_string()
}

/// Pictures a lesson shows: `(destination, alt text)` in order.
pub fn image_refs(markdown: &str) -> Vec<(String, String)> {
    let mut refs = Vec::new();
    let mut current: Option<(String, String)> = None;
    for event in parser(markdown) {
        match event {
            Event::Start(Tag::Image { dest_url, .. }) => {
                current = Some((dest_url.to_string(), String::new()))
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, alt)) = current.as_mut() {
                    alt.push_str(&text);
                }
            }
            Event::End(TagEnd::Image) => refs.extend(current.take()),
            _ => {}
        }
    }
    refs
}

/// Puts relative URLs under the course's folder, versioned where known.
struct UnderBase {
    base: String,
    urls: BTreeMap<String, String>,
}

impl<'a> ammonia::UrlRelativeEvaluate<'a> for UnderBase {
    fn evaluate<'url>(&self, url: &'url str) -> Option<std::borrow::Cow<'url, str>> {
        let path = url.trim_start_matches("./");
        Some(std::borrow::Cow::Owned(match self.urls.get(path) {
            Some(known) => known.clone(),
            None => format!("{}/{path}", self.base),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown() {
        let html = render_markdown(
            "## Steps\n\n1. Open **UPI** app\n2. Scan",
            "/x",
            &BTreeMap::new(),
        );
        assert!(
            html.contains("<h2>Steps</h2>")
                && html.contains("<strong>UPI</strong>")
                && html.contains("<ol>")
        );
    }

    #[test]
    fn scripts_cannot_be_smuggled_in() {
        let evil = "Hi <script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[click](javascript:alert(3))\n\n<iframe src=//evil></iframe>";
        let html = render_markdown(evil, "/x", &BTreeMap::new());
        for bad in ["<script", "onerror", "javascript:", "<iframe"] {
            assert!(!html.contains(bad), "{bad} survived: {html}");
        }
    }

    #[test]
    fn relative_images_point_into_the_course() {
        let urls = BTreeMap::from([(
            "images/qr.svg".to_owned(),
            "/content/dlb/images/qr.svg?v=1".to_owned(),
        )]);
        let md = "![A UPI QR code](images/qr.svg) ![Other](./images/b.png)";
        let html = render_markdown(md, "/content/dlb", &urls);
        assert!(
            html.contains(r#"src="/content/dlb/images/qr.svg?v=1""#)
                && html.contains(r#"src="/content/dlb/images/b.png""#)
                && html.contains(r#"alt="A UPI QR code""#)
                && html.contains(r#"loading="lazy""#),
            "{html}"
        );
        assert_eq!(
            image_refs(md),
            vec![
                ("images/qr.svg".to_owned(), "A UPI QR code".to_owned()),
                ("./images/b.png".to_owned(), "Other".to_owned())
            ]
        );
    }
}
