//! The certificate as an A4 PDF, drawn with krilla: every line is split into runs of one script,
//! each shaped (rustybuzz) with a Noto font that has that script — Nastaliq for Urdu, Naskh for
//! Kashmiri, Devanagari for Hindi and Dogri, Noto Sans for Latin — and laid out right to left
//! when the line's language is. The issuer's logo is drawn when it is a PNG.

use super::CertificateView;
use crate::i18n::Lang;
use krilla::{
    color::rgb,
    geom::{PathBuilder, Point, Rect, Size, Transform},
    image::Image,
    page::PageSettings,
    paint::Fill,
    text::{Font, TextDirection},
    Document,
};
use std::sync::{Arc, OnceLock};

const LATIN: &[u8] = include_bytes!("fonts/noto-sans.ttf");
const DEVANAGARI: &[u8] = include_bytes!("fonts/noto-sans-devanagari.ttf");
const NASTALIQ: &[u8] = include_bytes!("fonts/noto-nastaliq-urdu.ttf");
const NASKH: &[u8] = include_bytes!("fonts/noto-naskh-arabic.ttf");

const A4: (f32, f32) = (595.0, 842.0);
/// The widest a line may be: inside the double border, with a margin.
const LINE_WIDTH: f32 = A4.0 - 120.0;

/// The translated words around the certificate's data.
pub struct Labels {
    /// The issuer's name and department in the certificate's language.
    pub issuer: String,
    pub department: Option<String>,
    pub certifies: String,
    pub completed: String,
    pub date: String,
    pub code: String,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    Latin,
    Devanagari,
    Nastaliq,
    Naskh,
}

impl Script {
    fn of(c: char, arabic: Script) -> Option<Script> {
        match c as u32 {
            0x0600..=0x06FF | 0x0750..=0x077F => Some(arabic),
            0x0900..=0x097F => Some(Script::Devanagari),
            _ if c.is_alphanumeric() => Some(Script::Latin),
            _ => None, // spaces and punctuation go with their neighbours
        }
    }

    fn data(self) -> &'static [u8] {
        match self {
            Script::Latin => LATIN,
            Script::Devanagari => DEVANAGARI,
            Script::Nastaliq => NASTALIQ,
            Script::Naskh => NASKH,
        }
    }

    fn rtl(self) -> bool {
        matches!(self, Script::Nastaliq | Script::Naskh)
    }

    /// Parsed once; krilla embeds only the glyphs a document uses.
    fn font(self) -> Font {
        static FONTS: OnceLock<Vec<Font>> = OnceLock::new();
        let fonts = FONTS.get_or_init(|| {
            [
                Script::Latin,
                Script::Devanagari,
                Script::Nastaliq,
                Script::Naskh,
            ]
            .iter()
            .map(|s| Font::new(Arc::new(s.data().to_vec()).into(), 0).expect("bundled font"))
            .collect()
        });
        fonts[self as usize].clone()
    }

    /// Width of `text` set in this script's font at `size` points.
    fn width(self, text: &str, size: f32) -> f32 {
        let Some(face) = rustybuzz::Face::from_slice(self.data(), 0) else {
            return 0.0;
        };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if self.rtl() {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        let shaped = rustybuzz::shape(&face, &[], buffer);
        let advance: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        advance as f32 * size / face.units_per_em() as f32
    }
}

/// Splits a line into runs of one script (Fluent's isolation marks dropped).
fn runs(text: &str, arabic: Script) -> Vec<(Script, String)> {
    let mut runs: Vec<(Script, String)> = Vec::new();
    for c in text
        .chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
    {
        match (Script::of(c, arabic), runs.last_mut()) {
            (Some(s), Some((last, run))) if *last == s => run.push(c),
            (None, Some((_, run))) => run.push(c),
            (Some(s), _) => runs.push((s, c.to_string())),
            (None, None) => runs.push((Script::Latin, c.to_string())),
        }
    }
    runs.into_iter()
        .map(|(s, r)| (s, r.trim().to_owned()))
        .filter(|(_, r)| !r.is_empty())
        .collect()
}

/// Draws `text` centred at height `y`; runs flow right to left in a right-to-left line. A line
/// wider than [`LINE_WIDTH`] (a long course title or department) is set smaller to fit.
fn centred(
    surface: &mut krilla::surface::Surface,
    text: &str,
    y: f32,
    size: f32,
    rtl: bool,
    arabic: Script,
) {
    let runs = runs(text, arabic);
    let gaps = runs.len().saturating_sub(1) as f32;
    // Widths grow with the size: measure once, scale down if too wide.
    let natural = runs.iter().map(|(s, r)| s.width(r, size)).sum::<f32>() + size * 0.3 * gaps;
    let size = if natural > LINE_WIDTH {
        size * LINE_WIDTH / natural
    } else {
        size
    };
    let space = size * 0.3;
    let parts: Vec<(Script, String, f32)> = runs
        .into_iter()
        .map(|(s, r)| {
            let w = s.width(&r, size);
            (s, r, w)
        })
        .collect();
    let total: f32 = parts.iter().map(|p| p.2).sum::<f32>() + space * gaps;
    let mut x = (A4.0 - total) / 2.0;
    let ordered: Vec<_> = if rtl {
        parts.into_iter().rev().collect()
    } else {
        parts
    };
    for (script, run, width) in ordered {
        let direction = if script.rtl() {
            TextDirection::RightToLeft
        } else {
            TextDirection::LeftToRight
        };
        surface.draw_text(
            Point::from_xy(x, y),
            script.font(),
            size,
            &run,
            false,
            direction,
        );
        x += width + space;
    }
}

/// The QR code of `url`, `size` points wide, centred at height `top`.
fn qr(surface: &mut krilla::surface::Surface, url: &str, top: f32, size: f32) {
    let Ok(code) = qrcode::QrCode::new(url.as_bytes()) else {
        return;
    };
    let n = code.width();
    let module = size / (n as f32 + 8.0);
    let left = (A4.0 - module * n as f32) / 2.0;
    let mut path = PathBuilder::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (row, col) = ((i / n) as f32, (i % n) as f32);
            if let Some(r) =
                Rect::from_xywh(left + col * module, top + row * module, module, module)
            {
                path.push_rect(r);
            }
        }
    }
    if let Some(path) = path.finish() {
        surface.set_fill(Some(Fill::default()));
        surface.draw_path(&path);
    }
}

/// The logo centred in a box `height` points high (and at most three times as wide) from `top`.
fn logo(surface: &mut krilla::surface::Surface, image: &Image, top: f32, height: f32) {
    let (w, h) = image.size();
    if w == 0 || h == 0 {
        return;
    }
    let scale = (height / h as f32).min(3.0 * height / w as f32);
    let (width, height) = (w as f32 * scale, h as f32 * scale);
    let Some(size) = Size::from_wh(width, height) else {
        return;
    };
    surface.push_transform(&Transform::from_translate((A4.0 - width) / 2.0, top));
    surface.draw_image(image.clone(), size);
    surface.pop();
}

/// A PNG logo as the PDF draws it; an error if krilla cannot read or decode it (checked by
/// drawing it once, at start-up, rather than in a learner's download).
pub(super) fn png_image(bytes: &[u8]) -> Result<Image, String> {
    let image = Image::from_png(bytes.to_vec().into(), true)?;
    let mut doc = Document::new();
    let mut page = doc.start_page_with(PageSettings::from_wh(100.0, 100.0).ok_or("page size")?);
    let mut surface = page.surface();
    logo(&mut surface, &image, 0.0, 50.0);
    surface.finish();
    page.finish();
    doc.finish().map_err(|e| e.to_string())?;
    Ok(image)
}

/// The certificate `c` as PDF bytes, its words in `lang`, with the issuer's logo if given.
pub fn render(
    c: &CertificateView,
    lang: Lang,
    labels: &Labels,
    verify_url: &str,
    issuer_logo: Option<&Image>,
) -> Option<Vec<u8>> {
    // Kashmiri is set in Naskh: Nastaliq lacks its vowel signs.
    let arabic = if lang == Lang::Ks {
        Script::Naskh
    } else {
        Script::Nastaliq
    };
    let rtl = lang.dir().as_str() == "rtl";
    let name_rtl = c
        .learner_name
        .chars()
        .any(|ch| Script::of(ch, arabic).is_some_and(Script::rtl));
    let mut doc = Document::new();
    let mut page = doc.start_page_with(PageSettings::from_wh(A4.0, A4.1)?);
    let mut s = page.surface();
    // A double border in the brand's green.
    let green = rgb::Color::new(11, 110, 79);
    for inset in [28.0, 34.0] {
        let mut frame = PathBuilder::new();
        frame.push_rect(Rect::from_xywh(
            inset,
            inset,
            A4.0 - 2.0 * inset,
            A4.1 - 2.0 * inset,
        )?);
        s.set_fill(None);
        s.set_stroke(Some(krilla::paint::Stroke {
            paint: green.into(),
            width: 1.5,
            ..Default::default()
        }));
        s.draw_path(&frame.finish()?);
    }
    s.set_stroke(None);
    s.set_fill(Some(Fill {
        paint: green.into(),
        ..Default::default()
    }));
    // The issuer at the top: logo, name, department (the name alone sits where it always did).
    let (name_y, name_size) = match issuer_logo {
        Some(image) => {
            logo(&mut s, image, 44.0, 44.0);
            (130.0, 26.0)
        }
        None => (120.0, 30.0),
    };
    centred(&mut s, &labels.issuer, name_y, name_size, rtl, arabic);
    s.set_fill(Some(Fill::default()));
    if let Some(department) = &labels.department {
        // Nastaliq reaches far above and below its line: room for it.
        centred(
            &mut s,
            department,
            name_y + name_size + 4.0,
            14.0,
            rtl,
            arabic,
        );
    }
    centred(&mut s, &labels.certifies, 200.0, 16.0, rtl, arabic);
    centred(&mut s, &c.learner_name, 260.0, 30.0, name_rtl, arabic);
    if let Some(d) = &c.district {
        centred(&mut s, d, 305.0, 15.0, rtl, arabic);
    }
    centred(&mut s, &labels.completed, 360.0, 16.0, rtl, arabic);
    centred(&mut s, &c.course, 410.0, 24.0, rtl, arabic);
    centred(&mut s, &labels.date, 460.0, 15.0, rtl, arabic);
    qr(&mut s, verify_url, 500.0, 160.0);
    centred(&mut s, &labels.code, 700.0, 13.0, rtl, arabic);
    centred(&mut s, &c.code, 725.0, 15.0, false, arabic);
    centred(&mut s, verify_url, 750.0, 10.0, false, arabic);
    s.finish();
    page.finish();
    doc.finish().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_into_runs_of_one_script() {
        let r = runs("\u{2068}01-12-2026\u{2069} کو جاری", Script::Nastaliq);
        assert_eq!(
            r,
            vec![
                (Script::Latin, "01-12-2026".to_owned()),
                (Script::Nastaliq, "کو جاری".to_owned())
            ]
        );
        assert_eq!(
            runs("सुनीता देवी", Script::Nastaliq),
            vec![(Script::Devanagari, "सुनीता देवी".to_owned())]
        );
    }

    /// Renders a certificate in each language, the Latin ones with a logo (a PNG from
    /// `SABAQ_PDF_LOGO=<file>`, else a tiny one); with `SABAQ_PDF_OUT=<dir>` set, writes them
    /// there for a look (e.g. `pdftoppm -png`).
    #[test]
    fn certificates_render_in_all_five_languages() {
        use crate::i18n::t_in;
        let png = std::env::var("SABAQ_PDF_LOGO").map_or_else(
            |_| super::super::issuer::tests::TINY_PNG.to_vec(),
            |file| std::fs::read(file).unwrap(),
        );
        let png = png_image(&png).expect("a PNG krilla draws");
        for (lang, name, course, district) in [
            (
                Lang::En,
                "Shazia Bhat",
                "Digital Literacy Basics",
                "Baramulla",
            ),
            (
                Lang::Hi,
                "सुनीता देवी",
                "डिजिटल साक्षरता की बुनियादी बातें",
                "कठुआ",
            ),
            (
                Lang::Ur,
                "شازیہ بٹ",
                "ڈیجیٹل خواندگی کی بنیادی باتیں",
                "بارہمولہ",
            ),
            (
                Lang::Ks,
                "شازیہ بٹ",
                "ڈِجِٹَل خوانٛدگی ہِنٛز بُنیٲدی کَتھ",
                "بارہمولہ",
            ),
            (
                Lang::Doi,
                "सुनीता देवी",
                "डिजिटल साक्षरता दियां बुनियादी गल्लां",
                "कठुआ",
            ),
        ] {
            let c = CertificateView {
                code: "ABCD-EFGH-JKMN-PQRS".into(),
                learner_name: name.into(),
                course: course.into(),
                course_slug: "digital-literacy-basics".into(),
                issued_at: 1_796_000_000,
                district: Some(district.into()),
                score_percent: 80,
            };
            let logo = matches!(lang, Lang::En | Lang::Ur).then(|| png.clone());
            let tr = |id: &str| t_in(lang, id, &[]);
            let labels = Labels {
                issuer: tr("brand-name"),
                department: Some(tr("certificate-title")),
                certifies: tr("certificate-certifies"),
                completed: tr("certificate-completed"),
                date: t_in(lang, "certificate-date", &[("date", "29-11-2026".into())]),
                code: tr("certificate-code"),
            };
            let pdf = render(
                &c,
                lang,
                &labels,
                "https://sabaq.example/verify/ABCD-EFGH-JKMN-PQRS",
                logo.as_ref(),
            )
            .expect("rendered");
            if let Ok(dir) = std::env::var("SABAQ_PDF_OUT") {
                std::fs::write(format!("{dir}/certificate-{}.pdf", lang.code()), &pdf).unwrap();
            }
            assert!(pdf.starts_with(b"%PDF"), "{lang:?}");
            // The logo is an image object; dictionaries are not compressed.
            let has_image = pdf.windows(14).any(|w| w == b"/Subtype/Image");
            assert_eq!(has_image, logo.is_some(), "{lang:?}");
        }
    }

    #[test]
    fn every_script_shapes_to_a_width() {
        for (script, text) in [
            (Script::Latin, "Shazia Bhat"),
            (Script::Devanagari, "सुनीता देवी"),
            (Script::Nastaliq, "شازیہ بٹ"),
            (Script::Naskh, "کٲشُر"),
        ] {
            assert!(script.width(text, 20.0) > 20.0, "{script:?}");
        }
    }
}
