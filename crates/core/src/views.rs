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
    /// The user's saved data cannot be read: offer to erase it.
    pub offer_erase: bool,
    /// "Language" in English, shown beside the word in the current language
    /// on the language button, so anyone can find it whatever is shown.
    pub language_label_en: String,
}

/// The home screen.
#[derive(Debug, Clone, Serialize)]
pub struct HomeView {
    /// The clinic whose pack is installed, first when several are.
    pub clinic: Option<ClinicCard>,
    /// The "Stopped right now?" guide, if the content has one.
    pub urgent: Option<GuideCard>,
    /// The scenarios, in order.
    pub guides: Vec<GuideCard>,
    /// Show, once, how Hide works and how to come back from it.
    pub hide_tip: bool,
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
    /// Who checked it against its sources, and when, localized.
    pub last_reviewed: String,
    /// Warnings shown at the top: not reviewed by a lawyer, over a year old.
    pub notices: Vec<String>,
    /// The note for the user's state, when this guide has state notes.
    pub state_note: Option<StateNoteView>,
    /// Sections in reading order.
    pub sections: Vec<SectionView>,
    /// Every source the guide cites, once each, in order of first use.
    pub sources: Vec<CitationView>,
    /// "12 sources", with the locale's plural rules.
    pub sources_count: String,
    /// Recordings of the whole guide, from a clinic's pack.
    pub audio: Vec<AudioView>,
}

/// The stop-and-identify rule of the user's state, or a prompt to choose one.
#[derive(Debug, Clone, Serialize)]
pub struct StateNoteView {
    /// The state's code, or `None` when the user has not chosen a state.
    pub code: Option<String>,
    /// "Your state: Nevada", or a prompt to choose a state.
    pub heading: String,
    /// The rule, in plain words (empty when no state is chosen).
    pub text: String,
    /// The statute behind it.
    pub citations: Vec<CitationView>,
}

/// One section of a guide.
#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    /// Its index in the guide, which search results point to.
    pub index: usize,
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
    /// Glossary entries it uses: id and term.
    pub terms: Vec<TermLink>,
    /// Recordings of it: the English voice for what is said to an agent,
    /// then any a clinic added.
    pub audio: Vec<AudioView>,
}

/// A play control for one recording. The web view asks for its bytes by
/// `id` only when the person presses play; nothing plays by itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AudioView {
    /// The recording's id (`Kyr::recording`).
    pub id: i64,
    /// The button's name: "Play in English", or "Play: Mam, recorded by …".
    pub label: String,
    /// A line under it ("Computer voice"), when there is one.
    pub note: Option<String>,
    /// How long it plays, in whole seconds (at least 1).
    pub seconds: u64,
}

/// A link from a guide to a glossary entry.
#[derive(Debug, Clone, Serialize)]
pub struct TermLink {
    /// Glossary id.
    pub id: String,
    /// The term, localized.
    pub term: String,
}

/// The glossary screen.
#[derive(Debug, Clone, Serialize)]
pub struct GlossaryView {
    /// Entries in display order.
    pub entries: Vec<GlossaryEntry>,
}

/// One glossary entry.
#[derive(Debug, Clone, Serialize)]
pub struct GlossaryEntry {
    /// Id, the target of links from guides.
    pub id: String,
    /// The term, localized.
    pub term: String,
    /// Its plain definition, localized.
    pub definition: String,
}

/// The state picker.
#[derive(Debug, Clone, Serialize)]
pub struct StatesView {
    /// The user's state, if chosen.
    pub current: Option<String>,
    /// Every state, sorted by its localized name.
    pub options: Vec<StateOption>,
}

/// One state to choose.
#[derive(Debug, Clone, Serialize)]
pub struct StateOption {
    /// Two-letter code.
    pub code: String,
    /// Localized name.
    pub name: String,
}

/// The warrant checker: every step and result, so it works without a round
/// trip per answer.
#[derive(Debug, Clone, Serialize)]
pub struct WarrantView {
    /// Id of the first step.
    pub start: String,
    /// The questions.
    pub steps: Vec<WarrantStepView>,
    /// The answers it can end in.
    pub results: Vec<WarrantResultView>,
}

/// One question.
#[derive(Debug, Clone, Serialize)]
pub struct WarrantStepView {
    /// Step id.
    pub id: String,
    /// The question.
    pub question: String,
    /// A hint on where to look.
    pub hint: String,
    /// Picture name (`ui/pictures/<name>.svg`).
    pub picture: Option<String>,
    /// The choices.
    pub answers: Vec<WarrantAnswerView>,
}

/// One choice.
#[derive(Debug, Clone, Serialize)]
pub struct WarrantAnswerView {
    /// Its text.
    pub text: String,
    /// The next step, or
    pub next: Option<String>,
    /// the result it leads to.
    pub result: Option<String>,
}

/// A clear answer and what to say.
#[derive(Debug, Clone, Serialize)]
pub struct WarrantResultView {
    /// Result id.
    pub id: String,
    /// `stop`, `caution` or `enter`.
    pub tone: String,
    /// The answer in a few words.
    pub title: String,
    /// Why, and what to do.
    pub text: Vec<String>,
    /// What to say: localized, with the English line.
    pub say: Vec<ItemView>,
    /// Sources.
    pub citations: Vec<CitationView>,
}

/// A source behind a statement.
#[derive(Debug, Clone, Serialize)]
pub struct CitationView {
    /// The citation as lawyers write it (the same in every language).
    pub cite: String,
    /// Who published the source.
    pub publisher: String,
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

/// Card mode: every deck, each phrase in English for the agent and in the
/// user's language.
#[derive(Debug, Clone, Serialize)]
pub struct CardsView {
    /// "For the officer:", in English: the label the agent reads.
    pub agent_label: String,
    /// Decks in order.
    pub decks: Vec<DeckView>,
}

/// One situation's cards.
#[derive(Debug, Clone, Serialize)]
pub struct DeckView {
    /// Deck id.
    pub id: String,
    /// The guide that offers it.
    pub guide: String,
    /// Icon name.
    pub icon: String,
    /// Title, localized.
    pub title: String,
    /// The cards.
    pub cards: Vec<CardView>,
}

/// One card.
#[derive(Debug, Clone, Serialize)]
pub struct CardView {
    /// The statement in English, for the agent.
    pub english: String,
    /// The same in the user's language (equal to `english` in English).
    pub text: String,
    /// Recordings of it, the English voice first.
    pub audio: Vec<AudioView>,
}

/// The printed wallet card: one side in English for the agent, the other in
/// the user's language.
#[derive(Debug, Clone, Serialize)]
pub struct PrintCardView {
    /// The installed clinic's line for the cards, if any.
    pub clinic_line: Option<String>,
    /// "From <publisher>" of that line, shown beside it on the screen.
    pub clinic_from: Option<String>,
    /// The locale of the second side.
    pub lang: String,
    /// Its direction, `ltr` or `rtl`.
    pub dir: String,
    /// Title of the English side.
    pub english_title: String,
    /// The statements, in English.
    pub english: Vec<String>,
    /// Title of the other side.
    pub title: String,
    /// The statements, in the user's language.
    pub text: Vec<String>,
}

/// The directory screen: results and the choices for its filters.
#[derive(Debug, Clone, Serialize)]
pub struct DirectoryView {
    /// Contacts from installed clinic packs, shown first.
    pub clinics: Vec<ContactView>,
    /// A problem with the query (unknown ZIP code), localized.
    pub error: Option<String>,
    /// The state searched, if any.
    pub state: Option<String>,
    /// Help for that state, nearest first where distances are known.
    pub local: Vec<ContactView>,
    /// National lines.
    pub national: Vec<ContactView>,
    /// Contacts added from files, apart from the vetted ones and after
    /// them, each labelled with the file's date.
    pub imported: Vec<ContactView>,
    /// States to choose from, sorted by localized name.
    pub states: Vec<StateOption>,
    /// Languages to filter by: code and name in that language.
    pub languages: Vec<StateOption>,
    /// Services to filter by: id and localized label.
    pub services: Vec<StateOption>,
}

/// One contact as shown.
#[derive(Debug, Clone, Serialize)]
pub struct ContactView {
    /// "From <clinic>", for contacts from a clinic pack; "Added from a file
    /// on <date>" for imported ones.
    pub from: Option<String>,
    /// For an imported contact, the file it came with (`0`: older imports
    /// without a date), to remove that file's contacts together.
    pub import_id: Option<i64>,
    /// Stable key for saving (`c:<id>` shipped, `i:<id>` imported).
    pub key: String,
    /// Name.
    pub name: String,
    /// Kind, localized.
    pub kind: String,
    /// Kind, as its id (`alert_signup`…), for the screen's choices.
    pub kind_id: String,
    /// Phone as people write it, and for links (E.164).
    pub phone: Option<String>,
    /// Phone in E.164, for `tel:` and `sms:` links.
    pub phone_e164: Option<String>,
    /// Website (https).
    pub url: Option<String>,
    /// The office's street address, when the source gives it.
    pub address: Option<String>,
    /// "Serves: Franklin County", when the source says.
    pub serves: Option<String>,
    /// For an alert network: the label of the sign-up text ("Text JOIN to
    /// 12345"), with `sms_link`.
    pub signup: Option<String>,
    /// The `sms:` link that sends the sign-up text.
    pub sms_link: Option<String>,
    /// "Reported outdated by <clinic>", once per clinic pack that says so.
    pub reported_outdated: Vec<String>,
    /// Services, localized.
    pub services: Vec<String>,
    /// "12 miles away", when known.
    pub distance: Option<String>,
    /// "Source read on Nov 29, 2026 (page from 2019)": the day the source
    /// page was read and the year of that page. Nobody called the number,
    /// so it never says "checked".
    pub checked: String,
    /// More than a year since it was checked.
    pub old: bool,
    /// Low confidence: "Not recently confirmed".
    pub not_confirmed: bool,
    /// Medium confidence: one recent source only.
    pub one_source: bool,
    /// Where it was read.
    pub source_url: String,
    /// "Source: itfmontereycounty.org": the site it was read on, shown
    /// without opening anything.
    pub source_host: String,
    /// What the source says.
    pub source_quote: String,
    /// The user saved it.
    pub saved: bool,
}

/// The result of importing a clinic's CSV.
#[derive(Debug, Clone, Serialize)]
pub struct ImportView {
    /// Number of contacts added (0 when refused).
    pub added: usize,
    /// A sentence saying what happened, localized.
    pub message: String,
    /// One localized line per problem, when refused.
    pub errors: Vec<String>,
}

/// The emergency plan screen.
#[derive(Debug, Clone, Serialize)]
pub struct VaultView {
    /// `missing`, `locked`, `open` or `unreadable`.
    pub state: String,
    /// The plan, only while open.
    pub plan: Option<crate::vault::Plan>,
    /// What went wrong with the last action, localized.
    pub error: Option<String>,
    /// Seconds before another PIN may be tried.
    pub wait_seconds: u64,
    /// "Wait 5 seconds, then try again.", localized; none when no wait.
    pub wait: Option<String>,
    /// A confirmation to show ("Saved."), localized.
    pub done: Option<String>,
}

/// The "I've been detained" message, ready for the phone's SMS app.
#[derive(Debug, Clone, Serialize)]
pub struct DetainedView {
    /// The message, in the user's language.
    pub text: String,
    /// Who it goes to: names and numbers.
    pub recipients: Vec<String>,
    /// `sms:` link with the recipients and the message; none when there is
    /// nobody to send to.
    pub url: Option<String>,
    /// Why it cannot be sent yet, localized.
    pub error: Option<String>,
}

/// Search results: the user's language first, then English ones.
#[derive(Debug, Clone, Serialize)]
pub struct SearchView {
    /// The query as typed.
    pub query: String,
    /// "3 results", localized; empty for an empty query.
    pub count: String,
    /// Results, best first.
    pub results: Vec<SearchResult>,
}

/// One search result and what it opens.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResult {
    /// `guide`, `card`, `term` or `state`.
    pub kind: String,
    /// "Guide", "Word to know" …, localized.
    pub kind_label: String,
    /// Icon name (the guide's or the deck's own).
    pub icon: String,
    /// Guide id, deck id, glossary id or state code.
    pub target: String,
    /// Section of a guide or card of a deck; none for the top.
    pub section: Option<usize>,
    /// The section's kind (`say` …) for guide steps.
    pub section_kind: Option<String>,
    /// The section's heading, localized.
    pub section_label: Option<String>,
    /// Heading, with the matched words marked.
    pub title: Vec<SnippetPart>,
    /// A short part of the text around the match.
    pub snippet: Vec<SnippetPart>,
    /// Locale of the title and snippet.
    pub lang: String,
    /// Found in English, not in the user's language.
    pub english: bool,
}

/// A piece of a snippet.
#[derive(Debug, Clone, Serialize)]
pub struct SnippetPart {
    /// Text, shown as text.
    pub text: String,
    /// Matched the query.
    pub hit: bool,
}

/// A clinic from an installed pack, for the home screen.
#[derive(Debug, Clone, Serialize)]
pub struct ClinicCard {
    /// The clinic's name.
    pub name: String,
    /// Phone, for display.
    pub phone: Option<String>,
    /// Phone in E.164, for the call link.
    pub phone_e164: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// "From <publisher>", localized.
    pub from: String,
    /// "Key code: …" of the pack's key, to tell look-alike clinics apart.
    pub key: Option<String>,
}

/// Installed clinic packs.
#[derive(Debug, Clone, Serialize)]
pub struct PacksView {
    /// One entry per pack.
    pub packs: Vec<PackInfo>,
}

/// One installed pack.
#[derive(Debug, Clone, Serialize)]
pub struct PackInfo {
    /// Its id.
    pub pack_id: String,
    /// Who made it.
    pub publisher: String,
    /// "Version 3, made on 2026-11-30", localized.
    pub version: String,
    /// "Key code: …", localized.
    pub key: String,
    /// It replaced an earlier version, which can be restored.
    pub can_restore: bool,
}

/// What installing a pack did, or what to ask first.
#[derive(Debug, Clone, Serialize)]
pub struct InstallView {
    /// `installed`, `review` (ask the user first) or `refused`.
    pub status: String,
    /// Who made it and how to check, when the user is asked.
    pub review: Option<PackReview>,
    /// What happened, localized.
    pub message: Option<String>,
    /// Every problem found, for a refused pack's details (file, line, text).
    pub problems: Vec<String>,
}

/// What the user sees before trusting a new publisher.
#[derive(Debug, Clone, Serialize)]
pub struct PackReview {
    /// The publisher's name.
    pub publisher: String,
    /// The key code to compare with the clinic's.
    pub key_id: String,
    /// "Version 3, made on …", localized.
    pub version: String,
    /// First pack from this publisher.
    pub first_time: bool,
    /// What to tell the user, localized.
    pub explain: String,
    /// What the pack adds (contacts, profile, its guides by title, its
    /// languages) or, for an official update, which of the app's files it
    /// replaces; localized lines.
    pub adds: Vec<String>,
}
