//! What a clinic pack adds beside content: its contacts, its reports of
//! built-in directory entries it knows to be outdated, and its profile.
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

/// A clinic's report that a built-in directory entry is outdated. The entry
/// itself is never changed: the app shows the report beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutdatedReport {
    /// The pack that reports it.
    pub pack_id: String,
    /// The entry's phone in E.164, when the report names it by phone.
    pub phone: Option<String>,
    /// The entry's website, when the report names it by website.
    pub url: Option<String>,
}

impl OutdatedReport {
    /// True when this report is about `contact`: the same phone, or the
    /// same website for a report that names no phone.
    pub fn is_about(&self, contact: &Contact) -> bool {
        match (&self.phone, &self.url) {
            (Some(phone), _) => contact.phone.as_ref() == Some(phone),
            (None, Some(url)) => contact.url.as_ref() == Some(url),
            (None, None) => false,
        }
    }
}

/// Every pack's `outdated.csv` (columns `name`, `phone`, `url`): each row
/// must name a built-in entry by its phone, or by its website when it has
/// no phone, so a typo cannot silently report nothing.
pub fn read_outdated_reports(
    sources: &SourceSet,
    built_in: &[Contact],
    diags: &mut Vec<Diagnostic>,
) -> Vec<OutdatedReport> {
    let mut out = Vec::new();
    for file in sources.files() {
        let Some((pack, "outdated.csv")) = split(&file.path) else { continue };
        let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(file.text.as_bytes());
        let headers: Vec<String> = match reader.headers() {
            Ok(h) => h.iter().map(|s| s.trim().to_owned()).collect(),
            Err(e) => {
                diags.push(
                    Diagnostic::new(&file.path, K::BadReference, format!("the header cannot be read: {e}")).line(1),
                );
                continue;
            }
        };
        let column = |name: &str| headers.iter().position(|h| h == name);
        if column("phone").is_none() && column("url").is_none() {
            diags.push(
                Diagnostic::new(&file.path, K::BadReference, "a phone or url column is needed".to_owned()).line(1),
            );
            continue;
        }
        for (i, record) in reader.records().enumerate() {
            let line = i + 2;
            let Ok(record) = record else {
                diags.push(
                    Diagnostic::new(&file.path, K::BadReference, "this row cannot be read".to_owned()).line(line),
                );
                continue;
            };
            let get = |name: &str| {
                column(name).and_then(|c| record.get(c)).map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned)
            };
            let phone = get("phone");
            let report =
                OutdatedReport { pack_id: pack.to_owned(), phone: phone.as_deref().and_then(to_e164), url: get("url") };
            if phone.is_some() && report.phone.is_none() {
                diags.push(
                    Diagnostic::new(
                        &file.path,
                        K::BadReference,
                        format!("{:?} is not a U.S. phone number", phone.unwrap_or_default()),
                    )
                    .line(line),
                );
            } else if !built_in.iter().any(|c| report.is_about(c)) {
                diags.push(
                    Diagnostic::new(
                        &file.path,
                        K::BadReference,
                        "no built-in directory entry has this phone or website".to_owned(),
                    )
                    .line(line),
                );
            } else {
                out.push(report);
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
        out.push(ClinicProfile {
            pack_id: pack.to_owned(),
            name: source.name.trim().to_owned(),
            phone,
            website,
            card_line,
        });
    }
    out
}
