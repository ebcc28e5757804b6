//! The SVG allow-list. A picture may use only the elements, attributes and CSS properties that
//! draw static vector shapes; everything else is refused: scripts, event handlers,
//! `foreignObject`, links and references outside the picture, CSS `@import`, DOCTYPEs and
//! entities. Pictures are parsed as XML, so what is checked is what a browser would read.

use quick_xml::{
    events::{BytesStart, Event},
    Reader, XmlVersion,
};

/// What is wrong with a picture, and on which line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SvgError {
    pub line: usize,
    pub message: String,
}

#[rustfmt::skip]
const ELEMENTS: &[&str] = &[
    "svg", "g", "defs", "symbol", "use", "title", "desc", "style", "path", "rect", "circle",
    "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath", "linearGradient",
    "radialGradient", "stop", "clipPath", "mask", "pattern", "marker", "filter", "feBlend",
    "feColorMatrix", "feComposite", "feDropShadow", "feFlood", "feGaussianBlur", "feMerge",
    "feMergeNode", "feOffset",
];

/// Attributes that are also CSS properties: allowed as attributes and in `style`.
#[rustfmt::skip]
const PRESENTATION: &[&str] = &[
    "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
    "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
    "stroke-dashoffset", "opacity", "color", "display", "visibility", "overflow", "clip-path",
    "clip-rule", "mask", "filter", "marker-start", "marker-mid", "marker-end", "paint-order",
    "vector-effect", "shape-rendering", "text-rendering", "color-interpolation",
    "color-interpolation-filters", "stop-color", "stop-opacity", "flood-color", "flood-opacity",
    "font", "font-family", "font-size", "font-size-adjust", "font-stretch", "font-style",
    "font-variant", "font-weight", "text-anchor", "text-decoration", "dominant-baseline",
    "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing", "writing-mode",
    "direction", "unicode-bidi", "transform", "transform-origin", "transform-box",
];

/// Other attributes that draw or describe.
#[rustfmt::skip]
const ATTRIBUTES: &[&str] = &[
    "id", "class", "style", "lang", "xml:lang", "xml:space", "xmlns", "xmlns:xlink", "version",
    "baseProfile", "role", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden",
    "viewBox", "preserveAspectRatio", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx",
    "cy", "r", "rx", "ry", "fx", "fy", "fr", "d", "points", "pathLength", "dx", "dy", "rotate",
    "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side", "offset",
    "gradientUnits", "gradientTransform", "spreadMethod", "clipPathUnits", "maskUnits",
    "maskContentUnits", "patternUnits", "patternContentUnits", "patternTransform",
    "markerUnits", "markerWidth", "markerHeight", "refX", "refY", "orient", "filterUnits",
    "primitiveUnits", "in", "in2", "result", "mode", "operator", "k1", "k2", "k3", "k4", "type",
    "values", "stdDeviation", "edgeMode", "href", "xlink:href",
];

/// Free text: not read as CSS.
const TEXT_ATTRIBUTES: &[&str] = &["aria-label"];

/// CSS functions that compute a colour or a transform; `url()` is checked on its own.
#[rustfmt::skip]
const FUNCTIONS: &[&str] = &[
    "rgb", "rgba", "hsl", "hsla", "matrix", "translate", "translatex", "translatey", "scale",
    "scalex", "scaley", "rotate", "skewx", "skewy",
];

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XLINK_NS: &str = "http://www.w3.org/1999/xlink";

/// Checks a picture against the allow-list; the first problem found, if any.
pub fn check(bytes: &[u8]) -> Result<(), SvgError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| SvgError {
        line: line_at(bytes, e.valid_up_to()),
        message: "SVG must be UTF-8".into(),
    })?;
    if let Some(at) = text.find(|c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r')) {
        return Err(error(text, at, "SVG must not contain control characters"));
    }
    Checker::default().run(text)
}

fn line_at(bytes: &[u8], at: usize) -> usize {
    bytes[..at.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

fn error(text: &str, at: usize, message: impl Into<String>) -> SvgError {
    SvgError {
        line: line_at(text.as_bytes(), at),
        message: message.into(),
    }
}

/// Where the walk through the document is.
#[derive(Default)]
struct Checker {
    /// Open elements, outermost first.
    open: Vec<String>,
    seen_root: bool,
    /// The text of the `<style>` element being read.
    css: Option<String>,
}

impl Checker {
    fn run(mut self, text: &str) -> Result<(), SvgError> {
        let mut reader = Reader::from_str(text);
        reader.config_mut().check_comments = true;
        let mut first = true;
        loop {
            let at = reader.buffer_position() as usize;
            let event = reader.read_event().map_err(|e| {
                error(
                    text,
                    reader.error_position() as usize,
                    format!("SVG is not well-formed XML: {e}"),
                )
            })?;
            let outcome = self.event(event, first);
            first = false;
            match outcome {
                Ok(true) => {}
                Ok(false) => break,
                Err(message) => return Err(error(text, at, message)),
            }
        }
        match self.open.last() {
            Some(name) => Err(error(text, text.len(), format!("SVG ends inside <{name}>"))),
            None if !self.seen_root => Err(error(text, 0, "SVG has no <svg> element")),
            None => Ok(()),
        }
    }

    /// Checks one event; `Ok(false)` at the end of the document.
    fn event(&mut self, event: Event<'_>, first: bool) -> Result<bool, String> {
        match event {
            Event::Start(e) => {
                self.element(&e)?;
                self.open.push(e.name().as_ref().to_owned());
            }
            Event::Empty(e) => self.element(&e)?,
            Event::End(_) => {
                if self.open.pop().as_deref() == Some("style") {
                    let css = self.css.take().unwrap_or_default();
                    check_stylesheet(&css)?;
                }
            }
            Event::Text(t) => self.text(&t.xml10_content())?,
            Event::CData(t) => self.text(&t.xml10_content())?,
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => quick_xml::escape::resolve_predefined_entity(&r)
                        .ok_or_else(|| format!("SVG must not use the entity &{};", &*r))?
                        .to_owned(),
                    Err(e) => return Err(format!("SVG has a bad character reference: {e}")),
                };
                self.text(&resolved)?;
            }
            Event::Comment(_) => {}
            Event::Decl(d) if first => {
                if let Some(enc) = d.encoding() {
                    let enc = enc.map_err(|e| e.to_string())?;
                    if !enc.eq_ignore_ascii_case("utf-8") {
                        return Err("SVG must be UTF-8".into());
                    }
                }
            }
            Event::Decl(_) | Event::PI(_) => {
                return Err("SVG must not contain processing instructions".into())
            }
            Event::DocType(_) => return Err("SVG must not contain a DOCTYPE or entities".into()),
            Event::Eof => return Ok(false),
        }
        Ok(true)
    }

    fn text(&mut self, text: &str) -> Result<(), String> {
        if let Some(css) = self.css.as_mut() {
            css.push_str(text);
        } else if self.open.is_empty() && !text.trim().is_empty() {
            return Err("SVG has text outside the <svg> element".into());
        }
        Ok(())
    }

    fn element(&mut self, e: &BytesStart<'_>) -> Result<(), String> {
        let name = e.name().as_ref().to_owned();
        // A stylesheet is the text directly inside <style>; nothing may split it.
        if self.css.is_some() {
            return Err("SVG <style> must hold only CSS text".into());
        }
        if self.open.is_empty() {
            if self.seen_root || name != "svg" {
                return Err("an SVG picture is one <svg> element".into());
            }
            self.seen_root = true;
        }
        if !ELEMENTS.contains(&name.as_str()) {
            return Err(format!("SVG element <{name}> is not allowed"));
        }
        if name == "style" {
            self.css = Some(String::new());
        }
        for attr in e.attributes() {
            let attr = attr.map_err(|e| format!("SVG <{name}> has a malformed attribute: {e}"))?;
            let key = attr.key.as_ref();
            let value = attr
                .normalized_value(XmlVersion::Implicit1_0)
                .map_err(|e| format!("SVG <{name}> {key}: {e}"))?;
            check_attribute(key, &value).map_err(|why| format!("SVG <{name}> {key}: {why}"))?;
        }
        Ok(())
    }
}

fn check_attribute(key: &str, value: &str) -> Result<(), String> {
    if !ATTRIBUTES.contains(&key) && !PRESENTATION.contains(&key) {
        return Err("attribute not allowed".into());
    }
    match key {
        "xmlns" if value != SVG_NS => Err(format!("namespace must be {SVG_NS}")),
        "xmlns:xlink" if value != XLINK_NS => Err(format!("namespace must be {XLINK_NS}")),
        "href" | "xlink:href" => local_ref(value.trim())
            .then_some(())
            .ok_or_else(|| "only references inside the picture (#id) are allowed".into()),
        "style" => check_declarations(&value.to_ascii_lowercase()),
        _ if TEXT_ATTRIBUTES.contains(&key) => Ok(()),
        _ => check_value(&value.to_ascii_lowercase()),
    }
}

/// `#id`: a reference to an element of the same picture.
fn local_ref(value: &str) -> bool {
    value.strip_prefix('#').is_some_and(|id| {
        !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
    })
}

/// A `<style>` element: rules `selector { declarations }`, nothing else.
fn check_stylesheet(css: &str) -> Result<(), String> {
    let css = css.to_ascii_lowercase();
    check_value(&css)?;
    let mut rest = css.as_str();
    while let Some((selector, after)) = rest.split_once('{') {
        if selector.contains('}') || selector.contains(';') {
            return Err("CSS in <style> must be rules: selector { property: value }".into());
        }
        let Some((declarations, after)) = after.split_once('}') else {
            return Err("CSS rule without a closing }".into());
        };
        if declarations.contains('{') {
            return Err("CSS in <style> must not nest rules".into());
        }
        check_declarations(declarations)?;
        rest = after;
    }
    if rest.trim().is_empty() {
        Ok(())
    } else {
        Err("CSS in <style> must be rules: selector { property: value }".into())
    }
}

/// `property: value; …` (a `style` attribute or the inside of a rule), lowercase.
fn check_declarations(css: &str) -> Result<(), String> {
    check_value(css)?;
    for declaration in css.split(';').map(str::trim).filter(|d| !d.is_empty()) {
        let Some((property, _)) = declaration.split_once(':') else {
            return Err(format!("`{declaration}` is not `property: value`"));
        };
        let property = property.trim();
        if !PRESENTATION.contains(&property) {
            return Err(format!("CSS property `{property}` is not allowed"));
        }
    }
    Ok(())
}

/// A value or stylesheet, lowercase: no escapes or at-rules, and only the functions in
/// [`FUNCTIONS`] or `url(#id)`. Read over the raw text, strings and comments included, so
/// nothing can hide from it.
fn check_value(value: &str) -> Result<(), String> {
    if value.contains('\\') {
        return Err("CSS escapes (\\) are not allowed".into());
    }
    if value.contains('@') {
        return Err("CSS at-rules such as @import are not allowed".into());
    }
    for (at, _) in value.match_indices('(') {
        let name_start = value[..at]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .map_or(0, |i| i + 1);
        let name = &value[name_start..at];
        if name == "url" {
            let inside = value[at + 1..].split(')').next().unwrap_or_default();
            let target = inside.trim().trim_matches(|c| c == '"' || c == '\'');
            if !local_ref(target) || !value[at + 1..].contains(')') {
                return Err("url() may only point inside the picture: url(#id)".into());
            }
        } else if !name.is_empty() && !FUNCTIONS.contains(&name) {
            return Err(format!("CSS function {name}() is not allowed"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(svg: &str) -> String {
        match check(svg.as_bytes()) {
            Err(e) => e.message,
            Ok(()) => panic!("allowed: {svg}"),
        }
    }

    #[test]
    fn static_pictures_pass() {
        let fine = r##"<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" role="img">
  <title>A dot &amp; a line</title>
  <defs>
    <linearGradient id="g" gradientTransform="rotate(90)"><stop offset="0" stop-color="#0f766e"/></linearGradient>
    <clipPath id="c"><rect width="4" height="4"/></clipPath>
    <style><![CDATA[ .a { fill: rgb(1, 2, 3); stroke: url(#g) } ]]></style>
  </defs>
  <rect width="4" height="4" fill="url(#g)" clip-path="url('#c')" transform="translate(1 1) scale(2)"/>
  <use href="#c" xlink:href="#c"/>
  <text font-family="'Noto Sans', sans-serif" style="font-size: 3px; fill: #1f2937">1 &#x2192; 2</text>
</svg>"##;
        assert_eq!(check(fine.as_bytes()), Ok(()));
    }

    #[test]
    fn malicious_pictures_are_refused() {
        for (svg, why) in [
            (r#"<svg onload="alert(1)"/>"#, "attribute not allowed"),
            (
                r#"<svg><rect onclick = "x()"/></svg>"#,
                "attribute not allowed",
            ),
            (
                r#"<svg><rect onLoad="x()"/></svg>"#,
                "attribute not allowed",
            ),
            (
                r#"<svg><script>alert(1)</script></svg>"#,
                "<script> is not allowed",
            ),
            (
                r#"<svg><foreignObject><div/></foreignObject></svg>"#,
                "<foreignObject>",
            ),
            (
                r#"<svg><a href="javascript:x()"><rect/></a></svg>"#,
                "<a> is not allowed",
            ),
            (
                r#"<svg><image href="https://evil/x.png"/></svg>"#,
                "<image> is not allowed",
            ),
            (
                r#"<svg xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="http://evil/s.svg#a"/></svg>"#,
                "only references inside the picture",
            ),
            (
                r#"<svg><use href=" &#x68;ttp://evil/#a"/></svg>"#,
                "only references inside",
            ),
            (
                r#"<svg><use href="data:image/svg+xml,x"/></svg>"#,
                "only references inside",
            ),
            (
                r#"<svg><rect fill="url(http://evil/x)"/></svg>"#,
                "url() may only",
            ),
            (
                r#"<svg><rect style="fill: url( 'https://evil' )"/></svg>"#,
                "url() may only",
            ),
            (r#"<svg><style>@import url(#x);</style></svg>"#, "@import"),
            (
                r#"<svg><style>@\69mport "http://evil/x.css";</style></svg>"#,
                "escapes",
            ),
            (
                r#"<svg><style>&#64;import "http://evil/x.css";</style></svg>"#,
                "@import",
            ),
            (
                r#"<svg><style>svg { background: image-set("http://e/x" 1x) }</style></svg>"#,
                "image-set()",
            ),
            (
                r#"<svg><style>svg { cursor: pointer }</style></svg>"#,
                "`cursor`",
            ),
            (r#"<svg><rect style="behavior: x"/></svg>"#, "`behavior`"),
            (
                r#"<svg><style>rect { fill: red } junk</style></svg>"#,
                "must be rules",
            ),
            (
                r#"<svg><style>@import "x";<style></style></style></svg>"#,
                "only CSS text",
            ),
            (
                r#"<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]><svg>&x;</svg>"#,
                "DOCTYPE",
            ),
            (r#"<svg>&x;</svg>"#, "entity"),
            (
                r#"<?xml-stylesheet href="http://evil/x.css"?><svg/>"#,
                "processing instructions",
            ),
            (r#"<?xml version="1.0" encoding="UTF-7"?><svg/>"#, "UTF-8"),
            (
                r#"<svg xmlns="http://www.w3.org/1999/xhtml"/>"#,
                "namespace must be",
            ),
            (
                r#"<svg xmlns:h="http://www.w3.org/1999/xhtml"><h:script/></svg>"#,
                "xmlns:h",
            ),
            (
                r#"<svg><svg:script xmlns:svg="http://www.w3.org/2000/svg"/></svg>"#,
                "<svg:script>",
            ),
            (
                r#"<svg><rect xml:base="http://evil/"/></svg>"#,
                "attribute not allowed",
            ),
            (
                r#"<svg><set attributeName="href" to="javascript:x()"/></svg>"#,
                "<set>",
            ),
            (r#"<svg><animate attributeName="href"/></svg>"#, "<animate>"),
            (r#"<svg><rect></svg>"#, "well-formed"),
            (r#"<svg/><svg/>"#, "one <svg> element"),
            (r#"<html><script/></html>"#, "one <svg> element"),
            ("<svg>\u{1}</svg>", "control characters"),
        ] {
            let message = refused(svg);
            assert!(message.contains(why), "{svg}: {message:?} lacks {why:?}");
        }
    }

    #[test]
    fn errors_name_the_line() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect/>\n<script/>\n</svg>";
        assert_eq!(check(svg.as_bytes()).unwrap_err().line, 3);
        assert_eq!(
            check(b"<svg>\xff</svg>").unwrap_err().message,
            "SVG must be UTF-8"
        );
    }
}
