//! The one error type that crosses IPC: a stable code and the Fluent message
//! id that the web view shows in the user's language.

use serde::Serialize;

/// An error as the web view receives it.
#[derive(Debug, Serialize)]
pub struct CommandError {
    code: &'static str,
    message_id: &'static str,
}

impl From<kyr_core::Error> for CommandError {
    fn from(e: kyr_core::Error) -> Self {
        // The code is enough to diagnose; the error's text may name user files.
        eprintln!("kyr: command failed: {}", e.code());
        CommandError { code: e.code(), message_id: e.message_id() }
    }
}
