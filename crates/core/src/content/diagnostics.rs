//! Problems found in content, each pointing at the file, line, locale and
//! message id involved, so a translator or editor can go straight to it.

use std::fmt;

/// One problem in the content sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Path of the source file, relative to the content root.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// The locale concerned, when the problem is in one locale.
    pub locale: Option<String>,
    /// The message id concerned, if any.
    pub message_id: Option<String>,
    /// What kind of problem this is.
    pub kind: DiagnosticKind,
    /// A sentence for the person fixing it.
    pub text: String,
}

/// The kinds of problem the compiler reports. Stable names, used in tests
/// and by scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum DiagnosticKind {
    TomlSyntax,
    FluentSyntax,
    MissingMessage,
    ExtraMessage,
    PlaceableMismatch,
    UnknownCitation,
    BadCitation,
    DuplicateId,
    BadDate,
    BadLocale,
    EmptyGuide,
    NoCitation,
    NoPhrase,
    BadReference,
    StaleTranslation,
}

impl Diagnostic {
    pub(crate) fn new(file: &str, kind: DiagnosticKind, text: impl Into<String>) -> Self {
        Diagnostic { file: file.to_owned(), line: None, locale: None, message_id: None, kind, text: text.into() }
    }
    pub(crate) fn line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }
    pub(crate) fn locale(mut self, locale: &str) -> Self {
        self.locale = Some(locale.to_owned());
        self
    }
    pub(crate) fn message(mut self, id: &str) -> Self {
        self.message_id = Some(id.to_owned());
        self
    }

    /// One diagnostic per line, in the order given.
    pub fn list(all: &[Diagnostic]) -> String {
        all.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(locale) = &self.locale {
            write!(f, " [{locale}]")?;
        }
        if let Some(id) = &self.message_id {
            write!(f, " {id}")?;
        }
        write!(f, ": {}", self.text)
    }
}

/// The 1-based line of a byte offset in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}
