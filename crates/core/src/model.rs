//! The language-neutral shape of the content, as written in `content/*.toml`.
//! Text never appears here: only Fluent message ids that point into
//! `locales/<lang>/*.ftl`.

use serde::Deserialize;
use std::collections::BTreeMap;

/// One guide: `content/guides/<id>.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideSource {
    /// Stable id, used in links and the database.
    pub id: String,
    /// Position on the home screen; lower comes first.
    pub order: u32,
    /// Name of the icon in `ui/icons/<icon>.svg`.
    pub icon: String,
    /// The "Stopped right now?" guide is reached from its own shortcut, not
    /// from the list of scenarios.
    #[serde(default)]
    pub urgent: bool,
    /// When a person last checked this guide against its sources (YYYY-MM-DD).
    pub last_reviewed: String,
    /// Message id of the title.
    pub title: String,
    /// Message id of the one-line summary shown on the home screen.
    pub summary: String,
    /// The guide's sections, in reading order.
    pub sections: Vec<SectionSource>,
}

/// One section of a guide. Its heading comes from its kind.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionSource {
    /// What the section is for.
    pub kind: SectionKind,
    /// Its items, in reading order.
    pub items: Vec<ItemSource>,
}

/// The kinds of section a guide may have; each has a fixed, localized heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum SectionKind {
    First,
    Do,
    Dont,
    Say,
    Why,
    Unsettled,
    Lawyer,
}

impl SectionKind {
    /// Every kind, for checks that each has its localized heading.
    pub const ALL: [SectionKind; 7] = [
        SectionKind::First,
        SectionKind::Do,
        SectionKind::Dont,
        SectionKind::Say,
        SectionKind::Why,
        SectionKind::Unsettled,
        SectionKind::Lawyer,
    ];

    /// The name stored in the database and used by the UI for styling.
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::First => "first",
            SectionKind::Do => "do",
            SectionKind::Dont => "dont",
            SectionKind::Say => "say",
            SectionKind::Why => "why",
            SectionKind::Unsettled => "unsettled",
            SectionKind::Lawyer => "lawyer",
        }
    }
}

/// One paragraph, step or phrase.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemSource {
    /// Message id of its text. In a `say` section this is a phrase, shown in
    /// the user's language with the English line beside it.
    pub text: String,
    /// Keys into `content/citations.toml` that support this item.
    #[serde(default)]
    pub cite: Vec<String>,
}

/// `content/citations.toml`: key → citation.
pub type CitationsSource = BTreeMap<String, CitationSource>;

/// A legal basis or source. The citation itself ("Payton v. New York, 445
/// U.S. 573 (1980)") is a proper name and is the same in every language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CitationSource {
    /// The citation as lawyers write it.
    pub cite: String,
    /// What kind of source this is.
    pub kind: CitationKind,
    /// Where it was read.
    pub source: String,
    /// When it was read (YYYY-MM-DD).
    pub read_on: String,
}

/// Primary sources first; the UI labels each kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum CitationKind {
    Constitution,
    Statute,
    Regulation,
    Court,
    Agency,
    Organization,
    News,
}

impl CitationKind {
    /// Every kind, for checks that each has its localized label.
    pub const ALL: [CitationKind; 7] = [
        CitationKind::Constitution,
        CitationKind::Statute,
        CitationKind::Regulation,
        CitationKind::Court,
        CitationKind::Agency,
        CitationKind::Organization,
        CitationKind::News,
    ];

    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            CitationKind::Constitution => "constitution",
            CitationKind::Statute => "statute",
            CitationKind::Regulation => "regulation",
            CitationKind::Court => "court",
            CitationKind::Agency => "agency",
            CitationKind::Organization => "organization",
            CitationKind::News => "news",
        }
    }
}

/// `locales/<lang>/locale.toml`: facts about a locale that are not text.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleSource {
    /// Writing direction.
    pub direction: Direction,
    /// How the translation was made.
    pub translation: TranslationStatus,
    /// Who translated or reviewed it.
    pub translated_by: String,
    /// When (YYYY-MM-DD).
    pub updated: String,
}

/// Writing direction of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Whether a person has reviewed a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum TranslationStatus {
    Source,
    MachineAssisted,
    Reviewed,
}

impl TranslationStatus {
    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            TranslationStatus::Source => "source",
            TranslationStatus::MachineAssisted => "machine-assisted",
            TranslationStatus::Reviewed => "reviewed",
        }
    }
}

/// True for a plausible calendar date written YYYY-MM-DD.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
    matches!((num(0..4), num(5..7), num(8..10)), (Some(y), Some(m), Some(d)) if y >= 1700 && (1..=12).contains(&m) && (1..=31).contains(&d))
}
