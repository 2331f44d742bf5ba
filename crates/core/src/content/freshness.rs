//! Which English text each translation was made from, so that a translation
//! whose English changed since is caught before it ships.
//!
//! Each translated locale keeps `locales/<lang>/translated-from.tsv`: one
//! line per message, `id<TAB>hash`, where the hash is of the English source
//! of that message when it was translated. When the English changes, its
//! hash no longer matches and [`stale_translations`] reports the message.
//! `kyr translations stale` lists them with their English; after translating,
//! `kyr translations stamp` records the new hashes.
//!
//! The file is not a content source (the app never reads it): it is checked
//! by `kyr check` and the tests, which is where a stale translation must stop.

use crate::diagnostics::{Diagnostic, DiagnosticKind as K};
use crate::l10n::{ftl_shape, SOURCE_LOCALE};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

/// Name of the record file in each translated locale's folder.
pub const RECORD_FILE: &str = "translated-from.tsv";

/// Message id → hash of its English source.
pub type Hashes = BTreeMap<String, String>;

/// The source text of every message and term in a Fluent file, as written:
/// the definition line and its indented continuation lines.
pub fn entry_sources(ftl: &str) -> BTreeMap<String, String> {
    let lines: Vec<&str> = ftl.lines().collect();
    let mut out = BTreeMap::new();
    for entry in ftl_shape(ftl).entries {
        let start = entry.line - 1;
        let mut end = start + 1;
        // Continuation lines are indented; a blank line inside a multiline
        // value belongs to it only when an indented line follows.
        while end < lines.len() {
            let line = lines[end];
            let indented = line.starts_with([' ', '\t']) && !line.trim().is_empty();
            let blank_inside = line.trim().is_empty()
                && lines[end..].iter().find(|l| !l.trim().is_empty()).is_some_and(|l| l.starts_with([' ', '\t']));
            if !(indented || blank_inside) {
                break;
            }
            end += 1;
        }
        let text = lines[start..end].iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n");
        out.insert(entry.id, text);
    }
    out
}

/// The hash recorded for an English source text: 12 hex digits of SHA-256,
/// plenty to notice a change.
pub fn hash_of(source: &str) -> String {
    let digest = Sha256::digest(source.as_bytes());
    digest[..6].iter().map(|b| format!("{b:02x}")).collect()
}

/// Hashes of every English message, from the English Fluent files' texts.
pub fn english_hashes<'a>(english_ftl: impl IntoIterator<Item = &'a str>) -> Hashes {
    english_ftl.into_iter().flat_map(entry_sources).map(|(id, src)| (id, hash_of(&src))).collect()
}

/// Reads a record file. Malformed lines are reported, not skipped silently.
pub fn parse_record(text: &str) -> Result<Hashes, String> {
    let mut out = Hashes::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((id, hash)) = line.split_once('\t') else {
            return Err(format!("line {}: expected id<TAB>hash", n + 1));
        };
        out.insert(id.to_owned(), hash.trim().to_owned());
    }
    Ok(out)
}

/// Writes a record file, sorted by id, with a header that says what it is.
pub fn format_record(hashes: &Hashes) -> String {
    let mut out = String::from(
        "# English source each translation was made from (id, hash). Written by `kyr translations stamp`.\n",
    );
    for (id, hash) in hashes {
        out.push_str(&format!("{id}\t{hash}\n"));
    }
    out
}

/// Every message of `locale` whose English changed since it was translated,
/// or that has no record. `translated` lists the ids the locale defines.
pub fn stale_translations(locale: &str, english: &Hashes, translated: &[String], record: &Hashes) -> Vec<Diagnostic> {
    let path = format!("locales/{locale}/{RECORD_FILE}");
    let mut diags = Vec::new();
    for id in translated {
        let Some(now) = english.get(id) else { continue };
        let text = match record.get(id) {
            None => "no record of the English it was translated from: translate it, then `kyr translations stamp`",
            Some(then) if then != now => {
                "English changed since this was translated: update it, then `kyr translations stamp`"
            }
            Some(_) => continue,
        };
        diags.push(Diagnostic::new(&path, K::StaleTranslation, text).locale(locale).message(id));
    }
    diags
}

/// One locale folder on disk: its Fluent files' texts and its record.
struct LocaleDir {
    code: String,
    ftl: Vec<String>,
    record: Option<String>,
}

fn read_locales(root: &Path) -> std::io::Result<Vec<LocaleDir>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root.join("locales"))? {
        let dir = entry?.path();
        if !dir.join("locale.toml").is_file() {
            continue;
        }
        let code = dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let mut ftl = Vec::new();
        let mut names: Vec<_> = std::fs::read_dir(&dir)?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        names.sort();
        for path in names {
            ftl.push(std::fs::read_to_string(path)?);
        }
        let record = std::fs::read_to_string(dir.join(RECORD_FILE)).ok();
        out.push(LocaleDir { code, ftl, record });
    }
    out.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(out)
}

fn ids_of(ftl: &[String]) -> Vec<String> {
    ftl.iter().flat_map(|t| ftl_shape(t).entries.into_iter().map(|e| e.id)).collect()
}

/// Checks every translated locale under `root/locales` against English.
pub fn check_root(root: &Path) -> std::io::Result<Vec<Diagnostic>> {
    let locales = read_locales(root)?;
    let Some(en) = locales.iter().find(|l| l.code == SOURCE_LOCALE) else { return Ok(Vec::new()) };
    let english = english_hashes(en.ftl.iter().map(String::as_str));
    let mut diags = Vec::new();
    for locale in locales.iter().filter(|l| l.code != SOURCE_LOCALE) {
        let record = match locale.record.as_deref().map(parse_record) {
            Some(Ok(r)) => r,
            Some(Err(e)) => {
                diags.push(
                    Diagnostic::new(&format!("locales/{}/{RECORD_FILE}", locale.code), K::StaleTranslation, e)
                        .locale(&locale.code),
                );
                continue;
            }
            None => Hashes::new(),
        };
        diags.extend(stale_translations(&locale.code, &english, &ids_of(&locale.ftl), &record));
    }
    Ok(diags)
}

/// Records that `ids` of `locale` are now translated from today's English.
/// With no ids, records every message of the locale (for a new locale, or
/// the first record of one already in step). Returns how many were stamped.
pub fn stamp(root: &Path, locale: &str, ids: &[String]) -> std::io::Result<usize> {
    let locales = read_locales(root)?;
    let find = |code: &str| locales.iter().find(|l| l.code == code);
    let (Some(en), Some(target)) = (find(SOURCE_LOCALE), find(locale)) else {
        return Err(std::io::Error::new(std::io::ErrorKind::NotFound, format!("no locale {locale:?} under locales/")));
    };
    let english = english_hashes(en.ftl.iter().map(String::as_str));
    let mut record = target
        .record
        .as_deref()
        .map(parse_record)
        .transpose()
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?
        .unwrap_or_default();
    let defined = ids_of(&target.ftl);
    let chosen: Vec<&String> = if ids.is_empty() { defined.iter().collect() } else { ids.iter().collect() };
    for id in &chosen {
        if !defined.contains(id) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("{locale} has no message {id:?}: translate it first"),
            ));
        }
        let Some(hash) = english.get(*id) else {
            return Err(std::io::Error::new(std::io::ErrorKind::NotFound, format!("English has no message {id:?}")));
        };
        record.insert((*id).clone(), hash.clone());
    }
    // Messages English no longer has are dropped from the record.
    record.retain(|id, _| english.contains_key(id));
    std::fs::write(root.join("locales").join(locale).join(RECORD_FILE), format_record(&record))?;
    Ok(chosen.len())
}

/// The English source of every message that is stale in `locale`.
pub fn stale_with_english(root: &Path, locale: &str) -> std::io::Result<Vec<(String, String)>> {
    let english_sources: BTreeMap<String, String> = read_locales(root)?
        .into_iter()
        .filter(|l| l.code == SOURCE_LOCALE)
        .flat_map(|l| l.ftl.into_iter().flat_map(|t| entry_sources(&t)))
        .collect();
    Ok(check_root(root)?
        .into_iter()
        .filter(|d| d.locale.as_deref() == Some(locale))
        .filter_map(|d| d.message_id)
        .map(|id| {
            let src = english_sources.get(&id).cloned().unwrap_or_default();
            (id, src)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_multiline_message_is_one_entry_and_its_neighbours_stay_apart() {
        let ftl = "a = One\n    two\n\n# note\nb = Three\n-t = T\n";
        let s = entry_sources(ftl);
        assert_eq!(s["a"], "a = One\ntwo");
        assert_eq!(s["b"], "b = Three");
        assert_eq!(s["-t"], "-t = T");
    }

    #[test]
    fn a_changed_english_message_is_stale_and_an_unchanged_one_is_not() {
        let before = english_hashes(["a = Stay silent\nb = Ask for a lawyer\n"]);
        let after = english_hashes(["a = Stay silent\nb = Ask for a lawyer now\n"]);
        let ids = vec!["a".to_owned(), "b".to_owned()];
        let stale = stale_translations("es", &after, &ids, &before);
        assert_eq!(stale.iter().map(|d| d.message_id.clone().unwrap()).collect::<Vec<_>>(), ["b"]);
        assert!(stale_translations("es", &before, &ids, &before).is_empty());
        assert_eq!(stale_translations("es", &before, &ids, &Hashes::new()).len(), 2, "no record is stale too");
    }

    #[test]
    fn a_record_round_trips_and_a_broken_line_is_an_error() {
        let h: Hashes = [("a".to_owned(), "0123456789ab".to_owned())].into();
        assert_eq!(parse_record(&format_record(&h)).unwrap(), h);
        assert!(parse_record("a 0123").is_err());
    }
}
