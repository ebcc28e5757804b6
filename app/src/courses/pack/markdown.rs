use crate::courses::glossary::words::{first_use, LinkTerm};
use pulldown_cmark::{html, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use std::collections::BTreeMap;

fn parser(markdown: &str) -> Parser<'_> {
    Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
}

/// Renders lesson Markdown to HTML and sanitises it: raw HTML, scripts, event handlers and
/// `javascript:` links cannot get through. Relative URLs found in `urls` (pack path → URL) are
/// replaced by it; other relative URLs are put under `base`. The first use of each of `terms`
/// links to its glossary entry.
pub fn render_markdown(
    markdown: &str,
    base: &str,
    urls: &BTreeMap<String, String>,
    terms: &[LinkTerm],
) -> String {
    let mut raw = String::new();
    html::push_html(&mut raw, link_terms(parser(markdown), terms).into_iter());
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

/// Links the first use of each term in running text (not in headings, links, pictures or code).
fn link_terms<'a>(events: Parser<'a>, terms: &[LinkTerm]) -> Vec<Event<'a>> {
    let mut linked = vec![false; terms.len()];
    let mut inside = 0usize;
    let mut out = Vec::new();
    for event in events {
        match &event {
            Event::Start(
                Tag::Heading { .. } | Tag::Link { .. } | Tag::Image { .. } | Tag::CodeBlock(_),
            ) => inside += 1,
            Event::End(TagEnd::Heading(_) | TagEnd::Link | TagEnd::Image | TagEnd::CodeBlock) => {
                inside = inside.saturating_sub(1)
            }
            Event::Text(text) if inside == 0 => {
                let mut rest: &str = text;
                while let Some((i, at)) = first_use(rest, terms, &linked) {
                    linked[i] = true;
                    if at.start > 0 {
                        out.push(Event::Text(CowStr::from(rest[..at.start].to_owned())));
                    }
                    out.push(Event::Start(Tag::Link {
                        link_type: LinkType::Inline,
                        dest_url: format!("/glossary#{}", terms[i].id).into(),
                        title: terms[i].definition.clone().into(),
                        id: CowStr::Borrowed(""),
                    }));
                    out.push(Event::Text(rest[at.clone()].to_owned().into()));
                    out.push(Event::End(TagEnd::Link));
                    rest = &rest[at.end..];
                }
                if !rest.is_empty() {
                    out.push(Event::Text(rest.to_owned().into()));
                }
                continue;
            }
            _ => {}
        }
        out.push(event);
    }
    out
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
        // Site paths (`/glossary#otp`) stay as they are.
        if url.starts_with('/') {
            return Some(std::borrow::Cow::Borrowed(url));
        }
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
            &[],
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
        let html = render_markdown(evil, "/x", &BTreeMap::new(), &[]);
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
        let html = render_markdown(md, "/content/dlb", &urls, &[]);
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

    #[test]
    fn links_the_first_use_of_each_term_in_running_text() {
        let terms = [LinkTerm {
            id: "otp".into(),
            forms: vec!["OTP".into()],
            except: Vec::new(),
            definition: "A one-time password".into(),
        }];
        let md = "# Your OTP\n\n## Why an OTP\n\nSee [OTP help](https://x.in). Never share an OTP. An OTP is yours.";
        let html = render_markdown(md, "/x", &BTreeMap::new(), &terms);
        assert_eq!(html.matches("href=\"/glossary#otp\"").count(), 1, "{html}");
        assert!(
            html.contains(r#"share an <a href="/glossary#otp" title="A one-time password" rel="noopener noreferrer">OTP</a>. An OTP"#),
            "{html}"
        );
        assert!(html.contains("<h1>Your OTP</h1>") && html.contains("<h2>Why an OTP</h2>"));
    }
}
