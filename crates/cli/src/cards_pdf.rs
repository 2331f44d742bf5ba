//! Printable wallet cards as a PDF: several 3.5 × 2 inch cards per page,
//! fronts in English for the agent, backs in the user's language, laid out so
//! that a double-sided print (flip on the long edge) lines them up.
//!
//! Text is shaped with rustybuzz (through krilla), split into right-to-left
//! and left-to-right runs with unicode-bidi, and set in the system's Noto
//! fonts found through fontdb, one font per run by coverage; krilla keeps the
//! text extractable.

use anyhow::{bail, Context, Result};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use krilla::Document;
use kyr_core::views::PrintCardView;
use std::sync::Arc;
use unicode_bidi::{BidiInfo, Level};

/// Paper sizes, in PDF points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    /// US Letter, 8.5 × 11 in.
    Letter,
    /// ISO A4.
    A4,
}

impl Paper {
    pub(crate) fn size(self) -> (f32, f32) {
        match self {
            Paper::Letter => (612.0, 792.0),
            Paper::A4 => (595.0, 842.0),
        }
    }
}

/// What to print.
pub struct CardsPdf<'a> {
    /// The card's text, in English and in the chosen language.
    pub card: &'a PrintCardView,
    /// A line for the clinic's own contact, printed on both sides.
    pub clinic_line: Option<&'a str>,
    /// Paper size.
    pub paper: Paper,
}

const CARD_W: f32 = 252.0; // 3.5 in
const CARD_H: f32 = 144.0; // 2 in
/// Text starts this far from the left edge of the box it is laid out in.
pub(crate) const PAD: f32 = 10.0;
pub(crate) const RED: (u8, u8, u8) = (176, 0, 32);

/// Renders one sheet of fronts and one sheet of backs.
pub fn render(job: &CardsPdf, fonts: &Fonts) -> Result<Vec<u8>> {
    let (page_w, page_h) = job.paper.size();
    let (cols, rows) = (2usize, ((page_h - 72.0) / CARD_H).floor() as usize);
    let (x0, y0) = ((page_w - cols as f32 * CARD_W) / 2.0, (page_h - rows as f32 * CARD_H) / 2.0);
    let english = Side { title: &job.card.english_title, lines: &job.card.english, rtl: false };
    let local = Side { title: &job.card.title, lines: &job.card.text, rtl: job.card.dir == "rtl" };
    // Lay out each side once; every card on a sheet is the same.
    let front = layout(&english, job.clinic_line, fonts).context("laying out the English side")?;
    let back =
        layout(&local, job.clinic_line, fonts).with_context(|| format!("laying out the {} side", job.card.lang))?;

    let mut document = Document::new();
    for (side, mirrored) in [(&front, false), (&back, true)] {
        let mut page = document.start_page_with(PageSettings::from_wh(page_w, page_h).context("page size")?);
        let mut surface = page.surface();
        for row in 0..rows {
            for col in 0..cols {
                // Backs swap columns so each lands behind its front.
                let col = if mirrored { cols - 1 - col } else { col };
                let (x, y) = (x0 + col as f32 * CARD_W, y0 + row as f32 * CARD_H);
                draw_card(&mut surface, side, x, y);
            }
        }
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| anyhow::anyhow!("PDF could not be written: {e:?}"))
}

struct Side<'a> {
    title: &'a str,
    lines: &'a [String],
    rtl: bool,
}

/// A laid-out side: positioned runs of shaped text, relative to the card.
struct Laid {
    runs: Vec<Run>,
}

pub(crate) struct Run {
    x: f32,
    y: f32,
    size: f32,
    font: usize,
    text: String,
    rtl: bool,
    color: (u8, u8, u8),
}

fn layout(side: &Side, clinic: Option<&str>, fonts: &Fonts) -> Result<Laid> {
    let width = CARD_W - 2.0 * PAD;
    let clinic_height = if clinic.is_some() { 10.0 } else { 0.0 };
    // The largest size at which everything fits on the card.
    let mut size = 10.0_f32;
    loop {
        let mut runs = Vec::new();
        let mut y = PAD + size * 1.2;
        place_paragraph(side.title, size * 1.15, side.rtl, RED, width, &mut y, &mut runs, fonts)?;
        y += size * 0.35;
        for line in side.lines {
            place_paragraph(line, size, side.rtl, (17, 20, 24), width, &mut y, &mut runs, fonts)?;
            y += size * 0.3;
        }
        if let Some(clinic) = clinic {
            let mut cy = CARD_H - PAD;
            place_paragraph(clinic, 6.5, side.rtl, (61, 70, 80), width, &mut cy, &mut runs, fonts)?;
        }
        if y - size * 0.3 <= CARD_H - PAD - clinic_height {
            return Ok(Laid { runs });
        }
        size -= 0.25;
        if size < 5.0 {
            bail!("the card's text does not fit on a wallet card, even at 5 pt");
        }
    }
}

/// Breaks a paragraph into lines that fit `width` and places its runs,
/// advancing `y` (the baseline) line by line.
#[allow(clippy::too_many_arguments)]
pub(crate) fn place_paragraph(
    text: &str,
    size: f32,
    rtl: bool,
    color: (u8, u8, u8),
    width: f32,
    y: &mut f32,
    out: &mut Vec<Run>,
    fonts: &Fonts,
) -> Result<()> {
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let bidi = BidiInfo::new(text, Some(level));
    let Some(para) = bidi.paragraphs.first() else { return Ok(()) };
    let mut start = 0;
    for end in line_breaks(text, size, width, fonts)? {
        let (levels, visual) = bidi.visual_runs(para, start..end);
        // Measure the line's visual runs, split by font.
        let mut pieces = Vec::new();
        for range in visual {
            let run_rtl = levels[range.start].is_rtl();
            let mut parts = fonts.split(&text[range.clone()])?;
            if run_rtl {
                parts.reverse();
            }
            for (font, part) in parts {
                let w = fonts.width(font, &part, size);
                pieces.push((font, part, run_rtl, w));
            }
        }
        let line_width: f32 = pieces.iter().map(|p| p.3).sum();
        let mut x = if rtl { PAD + width - line_width } else { PAD };
        for (font, part, run_rtl, w) in pieces {
            if !part.trim().is_empty() {
                out.push(Run { x, y: *y, size, font, text: part, rtl: run_rtl, color });
            }
            x += w;
        }
        *y += size * 1.3;
        start = end;
    }
    Ok(())
}

/// Byte offsets where lines end: greedy, breaking at spaces, and between
/// CJK characters, which need no spaces.
fn line_breaks(text: &str, size: f32, width: f32, fonts: &Fonts) -> Result<Vec<usize>> {
    let mut opportunities: Vec<usize> = Vec::new();
    let mut previous: Option<char> = None;
    for (i, c) in text.char_indices() {
        if let Some(p) = previous {
            if p == ' ' || is_cjk(p) || is_cjk(c) {
                opportunities.push(i);
            }
        }
        previous = Some(c);
    }
    opportunities.push(text.len());
    let mut ends = Vec::new();
    let mut line_start = 0;
    let mut last_fit = None;
    for &candidate in &opportunities {
        let w = fonts.measure(&text[line_start..candidate], size)?;
        if w <= width || last_fit.is_none() {
            last_fit = Some(candidate);
            if candidate == text.len() {
                ends.push(candidate);
            }
            continue;
        }
        let fit = last_fit.take().unwrap_or(candidate);
        ends.push(fit);
        line_start = fit;
        last_fit = Some(candidate);
        if candidate == text.len() {
            ends.push(candidate);
        }
    }
    ends.dedup();
    Ok(ends)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Characters that never need a glyph of their own (bidi controls, joiners).
fn is_invisible(c: char) -> bool {
    matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2066..=0x2069 | 0xFEFF)
}

fn draw_card(surface: &mut Surface, side: &Laid, x: f32, y: f32) {
    // Cut line.
    let mut pb = PathBuilder::new();
    if let Some(rect) = Rect::from_xywh(x, y, CARD_W, CARD_H) {
        pb.push_rect(rect);
    }
    if let Some(path) = pb.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            paint: rgb::Color::new(150, 150, 150).into(),
            width: 0.5,
            ..Default::default()
        }));
        surface.draw_path(&path);
        surface.set_stroke(None);
    }
    draw_runs(surface, &side.runs, x, y);
}

/// Draws laid-out runs with their top-left corner at (x, y).
pub(crate) fn draw_runs(surface: &mut Surface, runs: &[Run], x: f32, y: f32) {
    for run in runs {
        let (r, g, b) = run.color;
        surface.set_fill(Some(Fill {
            paint: rgb::Color::new(r, g, b).into(),
            opacity: NormalizedF32::ONE,
            rule: Default::default(),
        }));
        let direction = if run.rtl { TextDirection::RightToLeft } else { TextDirection::LeftToRight };
        surface.draw_text(Point::from_xy(x + run.x, y + run.y), side_font(run), run.size, &run.text, false, direction);
    }
}

fn side_font(run: &Run) -> Font {
    FONT_CACHE.with(|cache| cache.borrow()[run.font].clone())
}

thread_local! {
    static FONT_CACHE: std::cell::RefCell<Vec<Font>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The system fonts used for cards, in order of preference.
pub struct Fonts {
    faces: Vec<(Arc<Vec<u8>>, u32, String)>,
}

/// Font families tried in order; the first that has a character sets it.
fn families(lang: &str) -> Vec<&'static str> {
    let cjk: [&str; 3] = match lang {
        "zh-Hant" => ["Noto Sans CJK TC", "Noto Sans CJK SC", "Noto Sans CJK KR"],
        "ko" => ["Noto Sans CJK KR", "Noto Sans CJK SC", "Noto Sans CJK TC"],
        _ => ["Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK KR"],
    };
    let mut list = vec![
        "Noto Sans",
        "Noto Sans Arabic",
        "Noto Naskh Arabic",
        "Noto Sans Devanagari",
        "Noto Sans Bengali",
        "Noto Sans Gurmukhi",
        "Noto Sans Ethiopic",
    ];
    list.extend(cjk);
    list.push("DejaVu Sans");
    list
}

impl Fonts {
    /// Finds the installed fonts for a language's card.
    pub fn for_language(lang: &str) -> Result<Fonts> {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        let mut faces = Vec::new();
        for family in families(lang) {
            let query = fontdb::Query { families: &[fontdb::Family::Name(family)], ..Default::default() };
            let Some(id) = db.query(&query) else { continue };
            if let Some((data, index)) = db.with_face_data(id, |data, index| (data.to_vec(), index)) {
                faces.push((Arc::new(data), index, family.to_owned()));
            }
        }
        if faces.is_empty() {
            bail!("no Noto fonts are installed (on Debian: apt-get install fonts-noto-core fonts-noto-cjk)");
        }
        FONT_CACHE.with(|cache| {
            *cache.borrow_mut() = faces
                .iter()
                .filter_map(|(data, index, _)| Font::new(krilla::Data::from(data.clone()), *index))
                .collect();
        });
        Ok(Fonts { faces })
    }

    fn face(&self, font: usize) -> Option<rustybuzz::Face<'_>> {
        let (data, index, _) = &self.faces[font];
        rustybuzz::Face::from_slice(data, *index)
    }

    fn covers(&self, font: usize, c: char) -> bool {
        self.face(font).is_some_and(|f| f.glyph_index(c).is_some())
    }

    /// Splits text into runs, each set in the first font that has its characters.
    fn split(&self, text: &str) -> Result<Vec<(usize, String)>> {
        let mut runs: Vec<(usize, String)> = Vec::new();
        for c in text.chars() {
            // Spaces and bidi controls stay with the run they are in.
            let font = if is_invisible(c) || c == ' ' {
                runs.last().map_or(0, |r| r.0)
            } else {
                match (0..self.faces.len()).find(|&f| self.covers(f, c)) {
                    Some(f) => f,
                    None => bail!("no installed font has the character U+{:04X} ({c})", c as u32),
                }
            };
            match runs.last_mut() {
                Some((f, s)) if *f == font => s.push(c),
                _ => runs.push((font, c.to_string())),
            }
        }
        Ok(runs)
    }

    /// Width of text in one font at a size, shaped.
    fn width(&self, font: usize, text: &str, size: f32) -> f32 {
        let Some(face) = self.face(font) else { return 0.0 };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let glyphs = rustybuzz::shape(&face, &[], buffer);
        let advance: i32 = glyphs.glyph_positions().iter().map(|p| p.x_advance).sum();
        advance as f32 * size / face.units_per_em() as f32
    }

    /// Width of mixed text, split by font.
    fn measure(&self, text: &str, size: f32) -> Result<f32> {
        Ok(self.split(text)?.iter().map(|(f, s)| self.width(*f, s, size)).sum())
    }
}
