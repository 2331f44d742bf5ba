//! The core's one error type. Each variant has a stable code and a Fluent
//! message id, so the UI can show it in the user's language.

use crate::diagnostics::Diagnostic;

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file involved.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// SQLite failed.
    #[error("database: {0}")]
    Database(#[from] rusqlite::Error),
    /// The content did not compile; every problem is listed.
    #[error("content has {} problem(s):\n{}", .0.len(), Diagnostic::list(.0))]
    InvalidContent(Vec<Diagnostic>),
    /// A database exists but is not one of ours, or from an unknown schema.
    #[error("{path} is not a kyr {what} database (schema {found})")]
    WrongSchema {
        /// The file involved.
        path: String,
        /// "content" or "user".
        what: &'static str,
        /// What was found instead of our schema version.
        found: String,
    },
    /// A guide id that the content does not have.
    #[error("no guide with id {0:?}")]
    UnknownGuide(String),
    /// A recording id that the content does not have.
    #[error("no recording with id {0}")]
    UnknownRecording(i64),
    /// A language code the content does not ship.
    #[error("no locale {0:?} in this content")]
    UnknownLocale(String),
    /// A state code the content does not know.
    #[error("no state {0:?} in this content")]
    UnknownState(String),
    /// The content has no warrant checker.
    #[error("this content has no warrant checker")]
    NoWarrantChecker,
    /// The vault must be opened first.
    #[error("the vault is locked")]
    VaultLocked,
    /// A vault exists already.
    #[error("a vault exists already")]
    VaultExists,
    /// The vault file cannot be read; it is kept.
    #[error("the vault file cannot be read")]
    VaultUnreadable,
    /// The web app keeps no files: no plan, no packs.
    #[error("not available in the web app")]
    NotInWebApp,
    /// A link the app does not hand to the system (only phone, text,
    /// email and https links are).
    #[error("a link the app does not open")]
    LinkNotAllowed,
}

impl Error {
    /// A stable machine-readable code, for the UI and scripts.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Io { .. } => "io",
            Error::Database(_) => "database",
            Error::InvalidContent(_) => "invalid-content",
            Error::WrongSchema { .. } => "wrong-schema",
            Error::UnknownGuide(_) => "unknown-guide",
            Error::UnknownRecording(_) => "unknown-recording",
            Error::UnknownLocale(_) => "unknown-locale",
            Error::UnknownState(_) => "unknown-state",
            Error::NoWarrantChecker => "no-warrant-checker",
            Error::VaultLocked => "vault-locked",
            Error::VaultExists => "vault-exists",
            Error::VaultUnreadable => "vault-unreadable",
            Error::NotInWebApp => "not-in-web-app",
            Error::LinkNotAllowed => "link-not-allowed",
        }
    }

    /// The Fluent message id that explains this error to a person.
    pub fn message_id(&self) -> &'static str {
        match self {
            Error::Io { .. } | Error::Database(_) | Error::WrongSchema { .. } => "error-storage",
            Error::InvalidContent(_) | Error::NoWarrantChecker | Error::LinkNotAllowed => "error-content",
            Error::UnknownState(_) => "error-unknown-state",
            Error::UnknownGuide(_) => "error-unknown-guide",
            Error::UnknownRecording(_) => "audio-cannot-play",
            Error::UnknownLocale(_) => "error-unknown-locale",
            Error::VaultLocked => "error-vault-locked",
            Error::VaultExists => "error-vault-exists",
            Error::VaultUnreadable => "error-vault-unreadable",
            Error::NotInWebApp => "error-not-in-web-app",
        }
    }

    /// A failed read or write of `path`.
    pub fn io(path: impl AsRef<std::path::Path>, source: std::io::Error) -> Self {
        Error::Io { path: path.as_ref().display().to_string(), source }
    }
}

/// The core's result type.
pub type Result<T> = std::result::Result<T, Error>;
