//! View models: what the shell returns to the web view and the CLI prints as
//! JSON. This is the only module that derives `Serialize`; every string in it
//! is already localized.

use serde::Serialize;
use std::collections::BTreeMap;

/// What every screen needs: the locale, its direction, and the interface
/// strings in that locale.
#[derive(Debug, Clone, Serialize)]
pub struct UiView {
    /// BCP 47 code for the `lang` attribute.
    pub lang: String,
    /// `ltr` or `rtl`, for the `dir` attribute.
    pub dir: String,
    /// The translation has not been reviewed by a person yet.
    pub machine_assisted: bool,
    /// Interface strings by message id.
    pub strings: BTreeMap<String, String>,
    /// Problems the user should know about (already localized).
    pub notices: Vec<String>,
}

/// The home screen.
#[derive(Debug, Clone, Serialize)]
pub struct HomeView {
    /// The "Stopped right now?" guide, if the content has one.
    pub urgent: Option<GuideCard>,
    /// The scenarios, in order.
    pub guides: Vec<GuideCard>,
}

/// A guide as a button on the home screen.
#[derive(Debug, Clone, Serialize)]
pub struct GuideCard {
    /// Guide id.
    pub id: String,
    /// Icon name (`ui/icons/<icon>.svg`).
    pub icon: String,
    /// Title.
    pub title: String,
    /// One line about it.
    pub summary: String,
}

/// A whole guide.
#[derive(Debug, Clone, Serialize)]
pub struct GuideView {
    /// Guide id.
    pub id: String,
    /// Icon name.
    pub icon: String,
    /// Title.
    pub title: String,
    /// One line about it.
    pub summary: String,
    /// "Last reviewed on …", localized.
    pub last_reviewed: String,
    /// Sections in reading order.
    pub sections: Vec<SectionView>,
}

/// One section of a guide.
#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    /// `first`, `do`, `dont`, `say`, `why`, `unsettled` or `lawyer`.
    pub kind: String,
    /// Its heading, localized.
    pub heading: String,
    /// Its items.
    pub items: Vec<ItemView>,
}

/// One step, paragraph or phrase.
#[derive(Debug, Clone, Serialize)]
pub struct ItemView {
    /// The text in the user's language.
    pub text: String,
    /// For phrases to say or show: the English line, when the user reads
    /// another language.
    pub english: Option<String>,
    /// The sources behind this item.
    pub citations: Vec<CitationView>,
}

/// A source behind a statement.
#[derive(Debug, Clone, Serialize)]
pub struct CitationView {
    /// The citation as lawyers write it (the same in every language).
    pub cite: String,
    /// Its kind, localized ("Court decision").
    pub kind: String,
    /// Where it was read.
    pub source: String,
    /// "Read on …", localized.
    pub read_on: String,
}

/// The language screen.
#[derive(Debug, Clone, Serialize)]
pub struct LanguagesView {
    /// The current locale.
    pub current: String,
    /// Every shipped locale, named in its own language.
    pub options: Vec<LanguageOption>,
}

/// One choice on the language screen.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageOption {
    /// BCP 47 code.
    pub code: String,
    /// The language's name in that language.
    pub name: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    /// The translation has not been reviewed by a person yet.
    pub machine_assisted: bool,
}
