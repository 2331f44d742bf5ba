//! What a clinic pack adds beside content: its contacts and its profile.
//! In the merged sources they sit under `packs/<pack id>/`, and are checked
//! here as strictly as the built-in directory.

use crate::diagnostics::{Diagnostic, DiagnosticKind as K};
use crate::directory::{parse_contacts, to_e164, Contact};
use crate::sources::SourceSet;
use serde::Deserialize;

/// Where pack parts live in the merged sources.
pub const PACKS_PREFIX: &str = "packs/";

/// A clinic's name and how to reach it, from its pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClinicProfile {
    /// The pack it came from.
    pub pack_id: String,
    /// The clinic's name.
    pub name: String,
    /// Phone in E.164.
    pub phone: Option<String>,
    /// Website (https).
    pub website: Option<String>,
    /// The line printed on wallet cards.
    pub card_line: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileSource {
    name: String,
    #[serde(default)]
    phone: Option<String>,
    #[serde(default)]
    website: Option<String>,
    #[serde(default)]
    card_line: Option<String>,
}

/// The pack id of a path under `packs/`, and the file's name.
fn split(path: &str) -> Option<(&str, &str)> {
    let rest = path.strip_prefix(PACKS_PREFIX)?;
    rest.split_once('/')
}

/// Contacts of every pack, with the pack they came from.
pub fn read_pack_contacts(sources: &SourceSet, diags: &mut Vec<Diagnostic>) -> Vec<(String, Contact)> {
    let mut out = Vec::new();
    for file in sources.files() {
        let Some((pack, "contacts.csv")) = split(&file.path) else { continue };
        match parse_contacts(file.text.as_bytes(), &|_| true) {
            Ok(contacts) => out.extend(contacts.into_iter().map(|c| (pack.to_owned(), c))),
            Err(errors) => {
                for e in errors {
                    let mut d = Diagnostic::new(&file.path, K::BadReference, e.text).line(e.line);
                    d.message_id = e.field;
                    diags.push(d);
                }
            }
        }
    }
    out
}

/// Profiles of every pack.
pub fn read_profiles(sources: &SourceSet, diags: &mut Vec<Diagnostic>) -> Vec<ClinicProfile> {
    let mut out = Vec::new();
    for file in sources.files() {
        let Some((pack, "profile.toml")) = split(&file.path) else { continue };
        let source: ProfileSource = match toml::from_str(&file.text) {
            Ok(s) => s,
            Err(e) => {
                let line = e.span().map(|s| crate::diagnostics::line_of(&file.text, s.start));
                let mut d = Diagnostic::new(&file.path, K::TomlSyntax, e.message().to_owned());
                if let Some(line) = line {
                    d = d.line(line);
                }
                diags.push(d);
                continue;
            }
        };
        let mut bad = |what: &str| diags.push(Diagnostic::new(&file.path, K::BadReference, what.to_owned()));
        let short = |s: &str| !s.trim().is_empty() && s.chars().count() <= 80 && !s.chars().any(char::is_control);
        if !short(&source.name) {
            bad("name must be 1 to 80 characters");
            continue;
        }
        let phone = match source.phone.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
            Some(raw) => match to_e164(raw) {
                Some(p) => Some(p),
                None => {
                    bad(&format!("phone {raw:?} is not a U.S. phone number"));
                    continue;
                }
            },
            None => None,
        };
        let website = source.website.filter(|w| !w.trim().is_empty());
        if website.as_deref().is_some_and(|w| !w.starts_with("https://") || w.chars().any(char::is_whitespace)) {
            bad("website must start with https://");
            continue;
        }
        let card_line = source.card_line.unwrap_or_else(|| source.name.clone());
        if card_line.chars().count() > 80 || card_line.chars().any(char::is_control) {
            bad("card_line must be at most 80 characters");
            continue;
        }
        out.push(ClinicProfile { pack_id: pack.to_owned(), name: source.name.trim().to_owned(), phone, website, card_line });
    }
    out
}
