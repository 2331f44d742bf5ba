//! A printable flyer for a clinic's copy of the web app: a QR code of the
//! site's address, the address itself, and how to add kyr to the home screen
//! on Android and iPhone, in one language. One page, the same text engine as
//! the wallet cards (`cards_pdf`: bidi runs, Noto fonts, shaping by krilla).

use crate::cards_pdf::{draw_runs, place_paragraph, Fonts, Paper, Run, PAD, RED};
use anyhow::{Context, Result};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::Document;
use qrcodegen::{QrCode, QrCodeEcc};

/// The flyer's words, already in the chosen language.
pub struct Flyer<'a> {
    pub title: &'a str,
    pub scan: &'a str,
    pub url: &'a str,
    pub intro: &'a str,
    /// Each phone's heading and its steps.
    pub sections: Vec<(&'a str, Vec<&'a str>)>,
    pub note: &'a str,
    pub rtl: bool,
    pub paper: Paper,
}

const MARGIN: f32 = 54.0; // 3/4 in
const QR_SIDE: f32 = 170.0;
const INK: (u8, u8, u8) = (17, 20, 24);

/// The flyer as a one-page PDF.
pub fn render(flyer: &Flyer, fonts: &Fonts) -> Result<Vec<u8>> {
    // A short address and medium error correction: a QR code a cheap
    // phone's camera reads from a photocopy.
    let qr = QrCode::encode_text(flyer.url, QrCodeEcc::Medium)
        .map_err(|_| anyhow::anyhow!("the address is too long for a QR code"))?;
    let (page_w, page_h) = flyer.paper.size();
    let width = page_w - 2.0 * MARGIN;
    let mut runs: Vec<Run> = Vec::new();
    let mut y = 24.0;
    place_paragraph(flyer.title, 24.0, flyer.rtl, RED, width, &mut y, &mut runs, fonts)?;
    y += 4.0;
    place_paragraph(flyer.scan, 14.0, flyer.rtl, INK, width, &mut y, &mut runs, fonts)?;
    // Four modules of white around the code (its quiet zone), at least.
    y += 14.0;
    let qr_top = y;
    y += QR_SIDE + 26.0;
    // The address is printed as it is typed: left to right, in any language.
    place_paragraph(flyer.url, 12.0, false, INK, width, &mut y, &mut runs, fonts)?;
    y += 10.0;
    place_paragraph(flyer.intro, 12.0, flyer.rtl, INK, width, &mut y, &mut runs, fonts)?;
    for (heading, steps) in &flyer.sections {
        y += 8.0;
        place_paragraph(heading, 14.0, flyer.rtl, RED, width, &mut y, &mut runs, fonts)?;
        for (i, step) in steps.iter().enumerate() {
            place_paragraph(&format!("{}. {step}", i + 1), 12.0, flyer.rtl, INK, width, &mut y, &mut runs, fonts)?;
        }
    }
    y += 8.0;
    place_paragraph(flyer.note, 10.0, flyer.rtl, (61, 70, 80), width, &mut y, &mut runs, fonts)?;
    anyhow::ensure!(MARGIN + y <= page_h, "the flyer's text does not fit on one page");

    let mut document = Document::new();
    let mut page = document.start_page_with(PageSettings::from_wh(page_w, page_h).context("page size")?);
    let mut surface = page.surface();
    draw_runs(&mut surface, &runs, MARGIN - PAD, MARGIN);
    // The QR code, centred, black modules on white, with its quiet zone.
    let module = QR_SIDE / qr.size() as f32;
    let (qx, qy) = ((page_w - QR_SIDE) / 2.0, MARGIN + qr_top);
    let mut pb = PathBuilder::new();
    for row in 0..qr.size() {
        for col in 0..qr.size() {
            if qr.get_module(col, row) {
                if let Some(rect) = Rect::from_xywh(qx + col as f32 * module, qy + row as f32 * module, module, module)
                {
                    pb.push_rect(rect);
                }
            }
        }
    }
    if let Some(path) = pb.finish() {
        surface.set_fill(Some(Fill {
            paint: rgb::Color::new(0, 0, 0).into(),
            opacity: NormalizedF32::ONE,
            rule: Default::default(),
        }));
        surface.draw_path(&path);
    }
    surface.finish();
    page.finish();
    document.finish().map_err(|e| anyhow::anyhow!("PDF could not be written: {e:?}"))
}
