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
    /// Who did that check.
    pub reviewed_by: String,
    /// A lawyer's review, once there has been one. Until then the app says
    /// plainly that no lawyer has reviewed the guide.
    #[serde(default)]
    pub lawyer_review: Option<Review>,
    /// Show the note for the user's state (stop-and-identify rules).
    #[serde(default)]
    pub state_notes: bool,
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
    /// Glossary entries (ids in `content/glossary.toml`) this item uses.
    #[serde(default)]
    pub terms: Vec<String>,
    /// Practical advice, not a statement of law ("write down what
    /// happened"). A "do" or "don't" step must either cite its legal basis
    /// or say it is practical; a "why" step always cites.
    #[serde(default)]
    pub practical: bool,
}

/// A review: who and when.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// Name of the reviewer or organization.
    pub by: String,
    /// Date of the review (YYYY-MM-DD).
    pub on: String,
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
    /// Who published the source where it was read.
    pub publisher: String,
    /// What kind of source this is.
    pub kind: CitationKind,
    /// Where it was read.
    pub source: String,
    /// When it was read (YYYY-MM-DD).
    pub read_on: String,
    /// Words copied from the source that support what the app says, so a
    /// reviewer can check the citation without guessing which passage.
    #[serde(default)]
    pub quote: Option<String>,
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

/// `content/glossary.toml`: the glossary's entries, in display order. Each
/// id has two messages: `term-<id>` (the term) and `term-<id>-def`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossarySource {
    /// Entry ids, in display order.
    pub terms: Vec<String>,
}

/// `content/states.toml`: per state (two-letter code), its rule about giving
/// your name when stopped. The rule's text is the message `state-rule-<rule>`;
/// the state's name is `state-<code in lowercase>`.
pub type StatesSource = BTreeMap<String, StateSource>;

/// One state's entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StateSource {
    /// Which kind of rule the state has.
    pub rule: StateRule,
    /// The statute, as keys into `content/citations.toml`. Required for every
    /// rule except `unconfirmed`.
    #[serde(default)]
    pub cite: Vec<String>,
}

/// The kinds of stop-and-identify rule, each with one plain explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum StateRule {
    /// Police may demand name, address and an explanation of your actions.
    Demand,
    /// Police may require name, address, ID if you have it and an
    /// explanation (Colorado), but not a Social Security number.
    DemandId,
    /// Police may demand name, address and an explanation, and refusing to
    /// give your name when held is a crime under another statute (Louisiana).
    DemandNameCrime,
    /// Police may demand name, address, business and destination.
    DemandDestination,
    /// You must identify yourself, and nothing more can be compelled.
    IdentifyOnly,
    /// Police may only request; refusing is not by itself a crime.
    RequestOnly,
    /// Only when police suspect loitering or prowling.
    Loitering,
    /// Only when police suspect a town ordinance violation.
    Ordinance,
    /// We have not confirmed a law for this state.
    Unconfirmed,
}

impl StateRule {
    /// Every rule, for checks that each has its text.
    pub const ALL: [StateRule; 9] = [
        StateRule::Demand,
        StateRule::DemandId,
        StateRule::DemandNameCrime,
        StateRule::DemandDestination,
        StateRule::IdentifyOnly,
        StateRule::RequestOnly,
        StateRule::Loitering,
        StateRule::Ordinance,
        StateRule::Unconfirmed,
    ];

    /// The rule stored under `name` ([`StateRule::as_str`]), if any.
    pub fn from_name(name: &str) -> Option<StateRule> {
        StateRule::ALL.into_iter().find(|rule| rule.as_str() == name)
    }

    /// The name used in message ids and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            StateRule::Demand => "demand",
            StateRule::DemandId => "demand-id",
            StateRule::DemandNameCrime => "demand-name-crime",
            StateRule::DemandDestination => "demand-destination",
            StateRule::IdentifyOnly => "identify-only",
            StateRule::RequestOnly => "request-only",
            StateRule::Loitering => "loitering",
            StateRule::Ordinance => "ordinance",
            StateRule::Unconfirmed => "unconfirmed",
        }
    }
}

/// `content/warrant.toml`: the warrant checker, a small decision tree.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarrantSource {
    /// Id of the first step.
    pub start: String,
    /// The questions.
    pub steps: Vec<WarrantStep>,
    /// The answers the checker can end in.
    pub results: Vec<WarrantResult>,
}

/// One question of the warrant checker.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarrantStep {
    /// Step id.
    pub id: String,
    /// Message id of the question.
    pub question: String,
    /// Message id of a hint under the question.
    pub hint: String,
    /// Picture shown with the question (`ui/pictures/<name>.svg`).
    #[serde(default)]
    pub picture: Option<String>,
    /// The choices.
    pub answers: Vec<WarrantAnswer>,
}

/// A choice: it leads to another step or to a result.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarrantAnswer {
    /// Message id of the choice.
    pub text: String,
    /// Next step id.
    #[serde(default)]
    pub next: Option<String>,
    /// Result id.
    #[serde(default)]
    pub result: Option<String>,
}

/// Where the warrant checker ends: a clear answer and what to say.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarrantResult {
    /// Result id.
    pub id: String,
    /// How safe it is to let agents in: `stop` (keep the door closed),
    /// `caution` or `enter` (they may come in; do not resist).
    pub tone: String,
    /// Message id of the answer's title.
    pub title: String,
    /// Message ids of its explanation, in order.
    pub text: Vec<String>,
    /// Message ids of phrases to say.
    pub say: Vec<String>,
    /// Citation keys.
    pub cite: Vec<String>,
}

/// `content/cards.toml`: card mode's decks, one per situation.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardsSource {
    /// Message ids of the phrases on the printed wallet card.
    pub print: Vec<String>,
    /// Decks in display order.
    pub decks: Vec<DeckSource>,
}

/// The phrases to show an agent in one situation.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeckSource {
    /// Deck id.
    pub id: String,
    /// The guide whose screen offers this deck.
    pub guide: String,
    /// Icon name.
    pub icon: String,
    /// Message id of its title.
    pub title: String,
    /// Message ids of its phrases, one card each.
    pub phrases: Vec<String>,
}
