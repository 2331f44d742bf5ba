//! The content database: written once by the compiler, then opened
//! read-only. Every message is stored already rendered for every locale, so
//! showing a screen is a few indexed look-ups.

use crate::compiler::{CompiledContent, UI_FILE};
use crate::{Error, Result};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::collections::BTreeMap;
use std::path::Path;

/// Bumped whenever the tables change; an older file is rebuilt.
pub const SCHEMA_VERSION: i64 = 1;

const SCHEMA: &str = "
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE locales(code TEXT PRIMARY KEY, ord INTEGER NOT NULL, direction TEXT NOT NULL,
  translation TEXT NOT NULL, translated_by TEXT NOT NULL, updated TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE ftl(locale TEXT NOT NULL, name TEXT NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY(locale, name)) WITHOUT ROWID;
CREATE TABLE texts(locale TEXT NOT NULL, id TEXT NOT NULL, file TEXT NOT NULL, text TEXT NOT NULL,
  fallback INTEGER NOT NULL, PRIMARY KEY(locale, id)) WITHOUT ROWID;
CREATE TABLE citations(key TEXT PRIMARY KEY, cite TEXT NOT NULL, kind TEXT NOT NULL,
  source TEXT NOT NULL, read_on TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE guides(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, icon TEXT NOT NULL, urgent INTEGER NOT NULL,
  last_reviewed TEXT NOT NULL, title_id TEXT NOT NULL, summary_id TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE items(guide_id TEXT NOT NULL, section INTEGER NOT NULL, kind TEXT NOT NULL, ord INTEGER NOT NULL,
  text_id TEXT NOT NULL, cites TEXT NOT NULL, PRIMARY KEY(guide_id, section, ord)) WITHOUT ROWID;
CREATE VIRTUAL TABLE search USING fts5(text, locale UNINDEXED, guide_id UNINDEXED, section UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2');
";

/// Writes `content` as a new database at `path` (which must not exist).
pub fn write(content: &CompiledContent, path: &Path) -> Result<()> {
    let mut db = Connection::open(path)?;
    // Built in one go and thrown away on failure, so no journal is needed.
    db.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")?;
    let tx = db.transaction()?;
    tx.execute_batch(SCHEMA)?;
    tx.execute("INSERT INTO meta VALUES ('fingerprint', ?1)", [&content.fingerprint])?;
    for (ord, l) in content.locales.iter().enumerate() {
        tx.execute(
            "INSERT INTO locales VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![l.code, ord as i64, l.meta.direction.as_str(), l.meta.translation.as_str(), l.meta.translated_by, l.meta.updated],
        )?;
    }
    {
        let mut ins = tx.prepare("INSERT INTO ftl VALUES (?1, ?2, ?3)")?;
        for f in &content.ftl {
            ins.execute(params![f.locale, f.name, f.text])?;
        }
        let mut ins = tx.prepare("INSERT INTO texts VALUES (?1, ?2, ?3, ?4, ?5)")?;
        for t in &content.texts {
            ins.execute(params![t.locale, t.id, t.file, t.text, t.fallback])?;
        }
        let mut ins = tx.prepare("INSERT INTO citations VALUES (?1, ?2, ?3, ?4, ?5)")?;
        for (key, c) in &content.citations {
            ins.execute(params![key, c.cite, c.kind.as_str(), c.source, c.read_on])?;
        }
        let mut guide = tx.prepare("INSERT INTO guides VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
        let mut item = tx.prepare("INSERT INTO items VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
        for g in &content.guides {
            guide.execute(params![g.id, g.order, g.icon, g.urgent, g.last_reviewed, g.title, g.summary])?;
            for (s, section) in g.sections.iter().enumerate() {
                for (i, it) in section.items.iter().enumerate() {
                    item.execute(params![g.id, s as i64, section.kind.as_str(), i as i64, it.text, it.cite.join(" ")])?;
                }
            }
        }
    }
    // The search index holds each guide's text in each locale.
    tx.execute_batch(
        "INSERT INTO search(text, locale, guide_id, section)
           SELECT t.text, t.locale, i.guide_id, i.section FROM items i JOIN texts t ON t.id = i.text_id;
         INSERT INTO search(text, locale, guide_id, section)
           SELECT t.text, t.locale, g.id, -1 FROM guides g JOIN texts t ON t.id IN (g.title_id, g.summary_id);",
    )?;
    tx.execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION};"))?;
    tx.commit()?;
    db.execute_batch("INSERT INTO search(search) VALUES ('optimize'); VACUUM;")?;
    Ok(())
}

/// A read-only handle on a content database.
pub struct ContentDb {
    db: Connection,
}

/// A locale as stored.
#[derive(Debug, Clone)]
pub struct LocaleRow {
    /// BCP 47 code.
    pub code: String,
    /// `ltr` or `rtl`.
    pub direction: String,
    /// `source`, `machine-assisted` or `reviewed`.
    pub translation: String,
}

/// A guide's summary, rendered in one locale.
#[derive(Debug, Clone)]
pub struct GuideRow {
    /// Guide id.
    pub id: String,
    /// Icon name.
    pub icon: String,
    /// Reached from the "Stopped right now?" shortcut.
    pub urgent: bool,
    /// When it was last reviewed.
    pub last_reviewed: String,
    /// Title.
    pub title: String,
    /// One-line summary.
    pub summary: String,
}

/// One item of a guide, rendered in one locale.
#[derive(Debug, Clone)]
pub struct ItemRow {
    /// Index of its section within the guide.
    pub section: usize,
    /// The section's kind (`do`, `say` …).
    pub kind: String,
    /// Its text in the locale.
    pub text: String,
    /// Its text in English.
    pub english: String,
    /// Citation keys.
    pub cites: Vec<String>,
}

impl ContentDb {
    /// Opens a database written by [`write`], read-only.
    pub fn open(path: &Path) -> Result<Self> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let db = Connection::open_with_flags(path, flags)?;
        let version: i64 = db.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version != SCHEMA_VERSION {
            return Err(Error::WrongSchema { path: path.display().to_string(), what: "content", found: version.to_string() });
        }
        Ok(ContentDb { db })
    }

    /// The fingerprint of the sources it was built from.
    pub fn fingerprint(&self) -> Result<Option<String>> {
        Ok(self.db.query_row("SELECT value FROM meta WHERE key = 'fingerprint'", [], |r| r.get(0)).optional()?)
    }

    /// Shipped locales, English first.
    pub fn locales(&self) -> Result<Vec<LocaleRow>> {
        let mut q = self.db.prepare_cached("SELECT code, direction, translation FROM locales ORDER BY ord")?;
        let rows = q.query_map([], |r| Ok(LocaleRow { code: r.get(0)?, direction: r.get(1)?, translation: r.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The Fluent files of a locale, for formatting messages with arguments.
    pub fn ftl_of(&self, locale: &str) -> Result<Vec<String>> {
        let mut q = self.db.prepare_cached("SELECT text FROM ftl WHERE locale = ?1 ORDER BY name")?;
        let rows = q.query_map([locale], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The interface strings of a locale (English where it lacks one).
    pub fn ui_strings(&self, locale: &str) -> Result<BTreeMap<String, String>> {
        let mut q = self.db.prepare_cached("SELECT id, text FROM texts WHERE locale = ?1 AND file = ?2")?;
        let rows = q.query_map(params![locale, UI_FILE], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One rendered message.
    pub fn text(&self, locale: &str, id: &str) -> Result<Option<String>> {
        let mut q = self.db.prepare_cached("SELECT text FROM texts WHERE locale = ?1 AND id = ?2")?;
        Ok(q.query_row(params![locale, id], |r| r.get(0)).optional()?)
    }

    /// Every guide, in home-screen order, rendered in `locale`.
    pub fn guides(&self, locale: &str) -> Result<Vec<GuideRow>> {
        self.guide_rows(locale, None)
    }

    /// One guide's summary row, or `None` if there is no such guide.
    pub fn guide(&self, locale: &str, id: &str) -> Result<Option<GuideRow>> {
        Ok(self.guide_rows(locale, Some(id))?.into_iter().next())
    }

    fn guide_rows(&self, locale: &str, id: Option<&str>) -> Result<Vec<GuideRow>> {
        let mut q = self.db.prepare_cached(
            "SELECT g.id, g.icon, g.urgent, g.last_reviewed, t.text, s.text FROM guides g
               JOIN texts t ON t.locale = ?1 AND t.id = g.title_id
               JOIN texts s ON s.locale = ?1 AND s.id = g.summary_id
             WHERE ?2 IS NULL OR g.id = ?2 ORDER BY g.ord, g.id",
        )?;
        let rows = q.query_map(params![locale, id], |r| {
            Ok(GuideRow { id: r.get(0)?, icon: r.get(1)?, urgent: r.get(2)?, last_reviewed: r.get(3)?, title: r.get(4)?, summary: r.get(5)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The items of a guide in reading order, in `locale` and in English.
    pub fn items(&self, locale: &str, guide_id: &str) -> Result<Vec<ItemRow>> {
        let mut q = self.db.prepare_cached(
            "SELECT i.section, i.kind, t.text, e.text, i.cites FROM items i
               JOIN texts t ON t.locale = ?1 AND t.id = i.text_id
               JOIN texts e ON e.locale = 'en' AND e.id = i.text_id
             WHERE i.guide_id = ?2 ORDER BY i.section, i.ord",
        )?;
        let rows = q.query_map(params![locale, guide_id], |r| {
            let cites: String = r.get(4)?;
            Ok(ItemRow {
                section: r.get::<_, i64>(0)? as usize,
                kind: r.get(1)?,
                text: r.get(2)?,
                english: r.get(3)?,
                cites: cites.split_whitespace().map(str::to_owned).collect(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A citation by key.
    pub fn citation(&self, key: &str) -> Result<Option<CitationRow>> {
        let mut q = self.db.prepare_cached("SELECT cite, kind, source, read_on FROM citations WHERE key = ?1")?;
        let row = q.query_row([key], |r| Ok(CitationRow { cite: r.get(0)?, kind: r.get(1)?, source: r.get(2)?, read_on: r.get(3)? }));
        Ok(row.optional()?)
    }
}

/// A citation as stored.
#[derive(Debug, Clone)]
pub struct CitationRow {
    /// The citation as lawyers write it.
    pub cite: String,
    /// Its kind (`court`, `statute` …).
    pub kind: String,
    /// Where it was read.
    pub source: String,
    /// When it was read.
    pub read_on: String,
}
