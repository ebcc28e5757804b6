//! Coverage charts as plain SVG text, drawn on the server.
//!
//! Hand-written rather than taken from a chart crate on purpose: labels must stay real `<text>` that
//! the browser shapes (Latin, Devanagari, Perso-Arabic Nastaliq), the layout must mirror for
//! right-to-left, and the charts must print and work with no JavaScript. The crates we looked at
//! (plotters, charming) rasterise text, need JavaScript or ignore right-to-left; a few hundred lines
//! of SVG are easy to read and to snapshot-test.
//!
//! Numbers arrive formatted by the caller (ICU4X: Indian grouping, native digits), so nothing here
//! depends on the locale. Fonts and colours come from the page's CSS (`.chart*` classes); the
//! attributes written here are only defaults for print and for a chart saved on its own.
//! Coordinates are rounded to one decimal so snapshots stay stable.

use std::fmt;

/// One row of [`bars_against_target`]: a district's count and, if it has one, its target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub value: i64,
    pub target: Option<i64>,
}

/// One block of [`grouped_bars`]: `values` line up with the chart's `series`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub label: String,
    pub values: Vec<i64>,
}

/// Default series fills, told apart with colour blindness and at least 3:1 against white;
/// `.chart-series-N` in the stylesheet may override them (dark mode does).
const PALETTE: [&str; 4] = ["#1b6ca8", "#d95f02", "#5e3c99", "#4e8a16"];
/// Default stroke for targets and axes when no stylesheet applies.
const INK: &str = "#222";

/// Width of both bar charts' viewBox.
const WIDTH: f64 = 600.0;
/// Where bars start (in reading order); row labels sit before it.
const PLOT_X: f64 = 170.0;
/// Room after the longest bar for its value.
const VALUE_W: f64 = 64.0;
const PLOT_W: f64 = WIDTH - PLOT_X - VALUE_W;

/// Escapes text for use in SVG content or a double-quoted attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Horizontal bars, one per row, each with its value at the bar's end and its target (if any) as a
/// vertical tick. The scale is the largest value or target, so a bar reaching its target is visible.
pub fn bars_against_target(
    title_id: &str,
    title: &str,
    rows: &[Bar],
    rtl: bool,
    fmt: &dyn Fn(i64) -> String,
) -> String {
    let (top, row_h, bar_h) = (8.0, 28.0, 16.0);
    let height = top * 2.0 + row_h * rows.len() as f64;
    let all = rows
        .iter()
        .flat_map(|r| std::iter::once(r.value).chain(r.target));
    let scale = all.max().unwrap_or(0).max(1);

    let mut c = Canvas::new(title_id, title, WIDTH, height, rtl);
    if !rows.is_empty() {
        c.axis(PLOT_X, top, PLOT_X, height - top);
    }
    for (i, row) in rows.iter().enumerate() {
        let row_top = top + row_h * i as f64;
        let mid = row_top + row_h / 2.0;
        let w = share(row.value, scale) * PLOT_W;
        c.text(Text::RowLabel, PLOT_X - 8.0, mid, &row.label);
        c.rect("chart-bar", PALETTE[0], PLOT_X, mid - bar_h / 2.0, w, bar_h);
        if let Some(target) = row.target {
            let x = c.x(PLOT_X + share(target, scale) * PLOT_W);
            c.push(format!(
                r#"<line class="chart-target" x1="{x}" y1="{y1}" x2="{x}" y2="{y2}" stroke="{INK}" stroke-width="2"/>"#,
                x = N(x),
                y1 = N(row_top + 3.0),
                y2 = N(row_top + row_h - 3.0),
            ));
        }
        // After the target, so the value (with its CSS halo) stays readable over the tick.
        c.text(Text::Value, PLOT_X + w + 4.0, mid, &fmt(row.value));
    }
    c.finish()
}

/// A line of values by month with a dot per month (hovering shows "label: value"). Month labels
/// are thinned to every third when there are more than twelve, so they don't collide.
pub fn monthly_line(
    title_id: &str,
    title: &str,
    points: &[(String, i64)],
    rtl: bool,
    fmt: &dyn Fn(i64) -> String,
) -> String {
    let (left, right, top, bottom) = (64.0, 612.0, 16.0, 188.0);
    let scale = points.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    // A single month sits in the middle; otherwise months spread from edge to edge.
    let (first, step) = match points.len() {
        0 | 1 => ((left + right) / 2.0, 0.0),
        n => (left, (right - left) / (n - 1) as f64),
    };
    let at = |i: usize, v: i64| {
        let y = bottom - share(v, scale) * (bottom - top);
        (first + step * i as f64, y)
    };

    let mut c = Canvas::new(title_id, title, 640.0, 220.0, rtl);
    c.axis(left, top, left, bottom);
    c.axis(left, bottom, right, bottom);
    c.text(Text::RowLabel, left - 6.0, top, &fmt(scale));
    c.text(Text::RowLabel, left - 6.0, bottom, &fmt(0));
    if points.len() > 1 {
        let coords: Vec<String> = (points.iter().enumerate())
            .map(|(i, (_, v))| at(i, *v))
            .map(|(x, y)| format!("{},{}", N(c.x(x)), N(y)))
            .collect();
        c.push(format!(
            r#"<polyline class="chart-line" points="{}" fill="none" stroke="{}" stroke-width="2"/>"#,
            coords.join(" "),
            PALETTE[0],
        ));
    }
    for (i, (label, value)) in points.iter().enumerate() {
        let (x, y) = at(i, *value);
        c.push(format!(
            r#"<circle class="chart-point" cx="{}" cy="{}" r="3.5" fill="{}"><title>{}: {}</title></circle>"#,
            N(c.x(x)),
            N(y),
            PALETTE[0],
            escape(label),
            escape(&fmt(*value)),
        ));
        if points.len() <= 12 || i % 3 == 0 {
            c.text(Text::Tick, x, bottom + 18.0, label);
        }
    }
    c.finish()
}

/// Horizontal bars grouped by `groups` (say, learner groups), one bar per series (say, gender),
/// with a legend above. Series colours repeat after four; the legend keeps them apart by order.
pub fn grouped_bars(
    title_id: &str,
    title: &str,
    groups: &[Group],
    series: &[String],
    rtl: bool,
    fmt: &dyn Fn(i64) -> String,
) -> String {
    let (legend_col_w, legend_row_h, bar_h, gap) = (146.0, 20.0, 14.0, 12.0);
    let legend_h = 8.0 + legend_row_h * series.len().div_ceil(4) as f64;
    let block_h = bar_h * series.len() as f64 + gap;
    let height = legend_h + block_h * groups.len() as f64 + 8.0;
    let values = groups
        .iter()
        .flat_map(|g| g.values.iter().take(series.len()));
    let scale = values.copied().max().unwrap_or(0).max(1);

    let mut c = Canvas::new(title_id, title, WIDTH, height, rtl);
    for (s, name) in series.iter().enumerate() {
        let x = 8.0 + legend_col_w * (s % 4) as f64;
        let y = 8.0 + legend_row_h * (s / 4) as f64;
        let class = format!("chart-swatch chart-series-{}", s % 4);
        c.rect(&class, PALETTE[s % 4], x, y, 12.0, 12.0);
        c.text(Text::Legend, x + 18.0, y + 6.0, name);
    }
    if !groups.is_empty() {
        c.axis(PLOT_X, legend_h, PLOT_X, height - 8.0);
    }
    for (g, group) in groups.iter().enumerate() {
        let block_top = legend_h + block_h * g as f64 + gap / 2.0;
        let mid = block_top + bar_h * series.len() as f64 / 2.0;
        c.text(Text::RowLabel, PLOT_X - 8.0, mid, &group.label);
        for (s, value) in group.values.iter().take(series.len()).enumerate() {
            let y = block_top + bar_h * s as f64;
            let w = share(*value, scale) * PLOT_W;
            let class = format!("chart-bar chart-series-{}", s % 4);
            c.rect(&class, PALETTE[s % 4], PLOT_X, y + 1.0, w, bar_h - 2.0);
            c.text(Text::Value, PLOT_X + w + 4.0, y + bar_h / 2.0, &fmt(*value));
        }
    }
    c.finish()
}

/// The part of `scale` that `value` reaches, 0 to 1; counts below zero draw as zero.
fn share(value: i64, scale: i64) -> f64 {
    value.clamp(0, scale) as f64 / scale as f64
}

/// The kinds of text a chart writes: each has its class and its logical anchor.
#[derive(Clone, Copy)]
enum Text {
    /// A row or axis label, ending where the bars (or the plot) begin.
    RowLabel,
    /// A number, starting just after its bar.
    Value,
    /// A series name, starting after its swatch.
    Legend,
    /// A month under the axis, centred on its point.
    Tick,
}

impl Text {
    fn class_and_anchor(self) -> (&'static str, &'static str) {
        match self {
            Text::RowLabel => ("chart-label", "end"),
            Text::Value => ("chart-value", "start"),
            Text::Legend => ("chart-label", "start"),
            Text::Tick => ("chart-label", "middle"),
        }
    }
}

/// An SVG being written. Charts lay out in reading order (x grows from where a reader starts);
/// the canvas mirrors x for right-to-left, so each chart is written once.
struct Canvas {
    svg: String,
    width: f64,
    rtl: bool,
}

impl Canvas {
    /// Opens the `<svg>` with its accessible name; `font-size` is a default the stylesheet overrides.
    fn new(title_id: &str, title: &str, width: f64, height: f64, rtl: bool) -> Self {
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="{id}" viewBox="0 0 {w} {h}" width="100%" font-size="12"><title id="{id}">{title}</title>
"#,
            id = escape(title_id),
            w = N(width),
            h = N(height),
            title = escape(title),
        );
        Self { svg, width, rtl }
    }

    /// Adds one element on its own line, so snapshot diffs show which element changed.
    fn push(&mut self, element: String) {
        self.svg.push_str(&element);
        self.svg.push('\n');
    }

    fn finish(mut self) -> String {
        self.svg.push_str("</svg>");
        self.svg
    }

    /// A reading-order x as a drawing x.
    fn x(&self, x: f64) -> f64 {
        if self.rtl {
            self.width - x
        } else {
            x
        }
    }

    /// Text centred vertically on `y`. Anchors are logical: with `direction="rtl"` SVG puts "end"
    /// at the text's left edge, so a mirrored x and the same anchor mirror the text too.
    fn text(&mut self, kind: Text, x: f64, y: f64, content: &str) {
        let (class, anchor) = kind.class_and_anchor();
        let direction = if self.rtl { r#" direction="rtl""# } else { "" };
        self.push(format!(
            r#"<text class="{class}" x="{}" y="{}" dy="0.35em" text-anchor="{anchor}"{direction}>{}</text>"#,
            N(self.x(x)),
            N(y),
            escape(content),
        ));
    }

    /// A rectangle `w` wide starting at reading-order `x`.
    fn rect(&mut self, class: &str, fill: &str, x: f64, y: f64, w: f64, h: f64) {
        let left = if self.rtl { self.width - x - w } else { x };
        self.push(format!(
            r#"<rect class="{class}" x="{}" y="{}" width="{}" height="{}" fill="{fill}"/>"#,
            N(left),
            N(y),
            N(w),
            N(h),
        ));
    }

    fn axis(&mut self, x1: f64, y1: f64, x2: f64, y2: f64) {
        let (x1, x2) = (self.x(x1), self.x(x2));
        self.push(format!(
            r#"<line class="chart-axis" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{INK}"/>"#,
            N(x1),
            N(y1),
            N(x2),
            N(y2),
        ));
    }
}

/// A coordinate rounded to one decimal, written without a trailing ".0".
struct N(f64);

impl fmt::Display for N {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tenths = (self.0 * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
        if tenth == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{tenth}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn latin(n: i64) -> String {
        n.to_string()
    }

    /// Stands in for ICU4X in the Urdu snapshots: Extended Arabic-Indic digits, no grouping.
    fn urdu(n: i64) -> String {
        let digit = |c: char| c.to_digit(10).and_then(|d| char::from_u32(0x06F0 + d));
        n.to_string()
            .chars()
            .map(|c| digit(c).unwrap_or(c))
            .collect()
    }

    fn bar(label: &str, value: i64, target: Option<i64>) -> Bar {
        let label = label.to_string();
        Bar {
            label,
            value,
            target,
        }
    }

    fn group(label: &str, values: &[i64]) -> Group {
        let (label, values) = (label.to_string(), values.to_vec());
        Group { label, values }
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    /// The value of attribute `name` on the first element whose tag contains `marker`.
    fn attr<'a>(svg: &'a str, marker: &str, name: &str) -> Option<&'a str> {
        let at = svg.find(marker)?;
        let tag = &svg[svg[..at].rfind('<')?..at + svg[at..].find('>')?];
        let key = format!(" {name}=\"");
        let from = tag.find(&key)? + key.len();
        Some(&tag[from..from + tag[from..].find('"')?])
    }

    fn number(svg: &str, marker: &str, name: &str) -> f64 {
        let value = attr(svg, marker, name).and_then(|v| v.parse().ok());
        value.unwrap_or(f64::NAN)
    }

    /// Which physical edge of a text sits at its x, from its logical anchor and direction.
    fn anchored_edge(svg: &str, marker: &str) -> &'static str {
        let rtl = attr(svg, marker, "direction") == Some("rtl");
        match (attr(svg, marker, "text-anchor"), rtl) {
            (Some("end"), false) | (Some("start"), true) => "right",
            (Some("start"), false) | (Some("end"), true) => "left",
            _ => "centre",
        }
    }

    #[test]
    fn rtl_mirrors_bars_and_labels() {
        let rows = [bar("Srinagar", 50, Some(100))];
        let ltr = bars_against_target("t", "T", &rows, false, &latin);
        let rtl = bars_against_target("t", "T", &rows, true, &latin);
        let (x_ltr, x_rtl) = (
            number(&ltr, "chart-bar", "x"),
            number(&rtl, "chart-bar", "x"),
        );
        assert_ne!(x_ltr, x_rtl);
        assert_eq!(x_ltr, WIDTH - x_rtl - number(&rtl, "chart-bar", "width"));
        for (marker, name) in [
            ("chart-target", "x1"),
            ("chart-label", "x"),
            ("chart-axis", "x1"),
        ] {
            let (a, b) = (number(&ltr, marker, name), number(&rtl, marker, name));
            assert_eq!(a, WIDTH - b, "{marker} {name}");
        }
        // The label ends at the bar and the value starts after it, on either side.
        assert_eq!(anchored_edge(&ltr, "chart-label"), "right");
        assert_eq!(anchored_edge(&rtl, "chart-label"), "left");
        assert_eq!(anchored_edge(&ltr, "chart-value"), "left");
        assert_eq!(anchored_edge(&rtl, "chart-value"), "right");
    }

    #[test]
    fn value_equal_to_max_fills_the_full_width() {
        let rows = [bar("Jammu", 40, Some(20)), bar("Kathua", 10, None)];
        let svg = bars_against_target("t", "T", &rows, false, &latin);
        assert_eq!(number(&svg, "chart-bar", "width"), PLOT_W);
    }

    #[test]
    fn a_target_above_every_value_sets_the_scale() {
        let svg = bars_against_target("t", "T", &[bar("Leh", 50, Some(100))], false, &latin);
        assert_eq!(number(&svg, "chart-bar", "width"), PLOT_W / 2.0);
        assert_eq!(number(&svg, "chart-target", "x1"), PLOT_X + PLOT_W);
    }

    #[test]
    fn empty_input_gives_a_small_valid_chart() {
        let charts = [
            bars_against_target("a", "A", &[], false, &latin),
            monthly_line("b", "B", &[], true, &latin),
            grouped_bars("c", "C", &[], &[], false, &latin),
        ];
        for svg in charts {
            assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"), "{svg}");
            assert!(svg.contains(r#"role="img""#), "{svg}");
            assert!(
                !svg.contains("chart-bar") && !svg.contains("chart-line"),
                "{svg}"
            );
        }
    }

    #[test]
    fn escaping_covers_markup_and_quotes() {
        let escaped = "A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39;";
        assert_eq!(escape(r#"A & B <c> "d" 'e'"#), escaped);
        let svg = bars_against_target("id\"x", "<b>", &[bar("<i>", 1, None)], false, &latin);
        assert!(!svg.contains("<i>") && !svg.contains("<b>") && !svg.contains("id\"x"));
        assert!(svg.contains(r#"aria-labelledby="id&quot;x""#));
    }

    #[test]
    fn one_point_is_a_dot_without_a_line() {
        let svg = monthly_line("t", "T", &[("Jan".into(), 7)], false, &latin);
        assert!(!svg.contains("<polyline"));
        assert_eq!(number(&svg, "chart-point", "cx"), (64.0 + 612.0) / 2.0);
        assert!(svg.contains("<title>Jan: 7</title>"));
    }

    #[test]
    fn more_than_twelve_months_label_every_third() {
        let points: Vec<(String, i64)> = (1..=15).map(|m| (format!("M{m}"), 1)).collect();
        let svg = monthly_line("t", "T", &points, false, &latin);
        let shown: Vec<&str> = (points.iter().map(|(n, _)| n.as_str()))
            .filter(|n| svg.contains(&format!(">{n}</text>")))
            .collect();
        assert_eq!(shown, ["M1", "M4", "M7", "M10", "M13"]);
        assert_eq!(svg.matches("<circle").count(), 15);
    }

    #[test]
    fn extra_group_values_beyond_the_series_are_ignored() {
        let groups = [group("Students", &[3, 4, 99])];
        let svg = grouped_bars("t", "T", &groups, &strings(&["F", "M"]), false, &latin);
        assert_eq!(svg.matches(r#"<rect class="chart-bar"#).count(), 2);
        assert!(!svg.contains(">99<"));
    }

    #[test]
    fn snapshot_bars_ltr() {
        let rows = [
            bar("जम्मू", 1840, Some(2000)),
            bar("कठुआ", 2210, Some(1500)),
            bar("उधमपुर", 0, Some(800)),
            bar("Poonch & Rajouri <pilot>", 640, None),
        ];
        let svg = bars_against_target("c1", "Learners & targets", &rows, false, &latin);
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn snapshot_bars_rtl() {
        let rows = [
            bar("سرینگر", 3120, Some(3000)),
            bar("اننت ناگ", 1975, Some(2500)),
            bar("بارہمولہ", 860, None),
            bar("کپواڑہ & <نیا>", 410, Some(1200)),
        ];
        let svg = bars_against_target("c1", "ضلع وار < ہدف", &rows, true, &urdu);
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn snapshot_line_ltr() {
        // October 2025 to December 2026: more than twelve months, so every third is labelled.
        let values = [
            0, 12, 40, 95, 180, 160, 210, 260, 240, 300, 330, 310, 400, 420, 455,
        ];
        let names = strings(&[
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ]);
        let points: Vec<(String, i64)> = (values.iter().enumerate())
            .map(|(i, v)| {
                (
                    format!("{} {}", names[(i + 9) % 12], 2025 + (i + 9) / 12),
                    *v,
                )
            })
            .collect();
        let svg = monthly_line("c2", "Certificates & <month>", &points, false, &latin);
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn snapshot_line_rtl() {
        let months = strings(&[
            "جنوری",
            "فروری",
            "مارچ",
            "اپریل",
            "مئی",
            "جون",
            "جولائی",
            "اگست",
            "ستمبر",
            "اکتوبر",
            "نومبر",
            "دسمبر",
        ]);
        let values = [5, 18, 44, 61, 60, 92, 130, 128, 171, 205, 230, 260];
        let points: Vec<(String, i64)> = months.into_iter().zip(values).collect();
        let svg = monthly_line("c2", "ماہانہ اسناد", &points, true, &urdu);
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn snapshot_grouped_ltr() {
        let groups = [
            group("महिला स्वयं सहायता समूह", &[820, 140, 6]),
            group("Farmers & artisans", &[310, 540, 2]),
            group("Students < 18", &[960, 1010, 11]),
        ];
        let series = strings(&["Women", "Men", "Other"]);
        let svg = grouped_bars("c3", "By group & gender", &groups, &series, false, &latin);
        insta::assert_snapshot!(svg);
    }

    #[test]
    fn snapshot_grouped_rtl() {
        let groups = [
            group("طلبہ", &[960, 1010, 11]),
            group("کسان & <کاریگر>", &[310, 540, 2]),
        ];
        let series = strings(&["خواتین", "مرد", "دیگر"]);
        let svg = grouped_bars("c3", "گروہ اور صنف", &groups, &series, true, &urdu);
        insta::assert_snapshot!(svg);
    }
}
