//! The content database: written once by the compiler, then opened
//! read-only. Every message is stored already rendered for every locale, so
//! showing a screen is a few indexed look-ups.

use crate::compiler::{CompiledContent, UI_FILES};
use crate::model::StateRule;
use crate::search::{Doc, DocKind};
use crate::{Error, Result};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::collections::BTreeMap;
use std::path::Path;

/// Bumped whenever the tables change; an older file is rebuilt.
pub const SCHEMA_VERSION: i64 = 10;

const SCHEMA: &str = "
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE locales(code TEXT PRIMARY KEY, ord INTEGER NOT NULL, direction TEXT NOT NULL,
  translation TEXT NOT NULL, translated_by TEXT NOT NULL, updated TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE ftl(locale TEXT NOT NULL, name TEXT NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY(locale, name)) WITHOUT ROWID;
CREATE TABLE texts(locale TEXT NOT NULL, id TEXT NOT NULL, file TEXT NOT NULL, text TEXT NOT NULL,
  fallback INTEGER NOT NULL, PRIMARY KEY(locale, id)) WITHOUT ROWID;
CREATE TABLE citations(key TEXT PRIMARY KEY, cite TEXT NOT NULL, publisher TEXT NOT NULL, kind TEXT NOT NULL,
  source TEXT NOT NULL, read_on TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE guides(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, icon TEXT NOT NULL, urgent INTEGER NOT NULL,
  last_reviewed TEXT NOT NULL, reviewed_by TEXT NOT NULL, lawyer_by TEXT, lawyer_on TEXT, state_notes INTEGER NOT NULL,
  title_id TEXT NOT NULL, summary_id TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE items(guide_id TEXT NOT NULL, section INTEGER NOT NULL, kind TEXT NOT NULL, ord INTEGER NOT NULL,
  text_id TEXT NOT NULL, cites TEXT NOT NULL, terms TEXT NOT NULL, PRIMARY KEY(guide_id, section, ord)) WITHOUT ROWID;
CREATE TABLE glossary(id TEXT PRIMARY KEY, ord INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE states(code TEXT PRIMARY KEY, rule TEXT NOT NULL, cites TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE warrant_steps(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, question_id TEXT NOT NULL, hint_id TEXT NOT NULL,
  picture TEXT) WITHOUT ROWID;
CREATE TABLE warrant_answers(step_id TEXT NOT NULL, ord INTEGER NOT NULL, text_id TEXT NOT NULL, next TEXT, result TEXT,
  PRIMARY KEY(step_id, ord)) WITHOUT ROWID;
CREATE TABLE warrant_results(id TEXT PRIMARY KEY, tone TEXT NOT NULL, title_id TEXT NOT NULL, text_ids TEXT NOT NULL,
  say_ids TEXT NOT NULL, cites TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE decks(id TEXT PRIMARY KEY, ord INTEGER NOT NULL, guide_id TEXT NOT NULL, icon TEXT NOT NULL,
  title_id TEXT NOT NULL, phrase_ids TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE contacts(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, phone TEXT, url TEXT,
  states TEXT NOT NULL, languages TEXT NOT NULL, services TEXT NOT NULL, source_url TEXT NOT NULL,
  source_quote TEXT NOT NULL, source_year TEXT NOT NULL, read_on TEXT NOT NULL, confidence TEXT NOT NULL,
  note TEXT NOT NULL, zip TEXT, address TEXT NOT NULL, serves TEXT NOT NULL, sms_to TEXT, sms_body TEXT NOT NULL);
CREATE TABLE pack_contacts(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, phone TEXT, url TEXT,
  states TEXT NOT NULL, languages TEXT NOT NULL, services TEXT NOT NULL, source_url TEXT NOT NULL,
  source_quote TEXT NOT NULL, source_year TEXT NOT NULL, read_on TEXT NOT NULL, confidence TEXT NOT NULL,
  note TEXT NOT NULL, zip TEXT, address TEXT NOT NULL, serves TEXT NOT NULL, sms_to TEXT, sms_body TEXT NOT NULL,
  pack TEXT NOT NULL DEFAULT '');
CREATE TABLE outdated_reports(pack TEXT NOT NULL, phone TEXT, url TEXT);
CREATE TABLE clinic_profiles(pack TEXT PRIMARY KEY, name TEXT NOT NULL, phone TEXT, website TEXT,
  card_line TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE recordings(id INTEGER PRIMARY KEY, message TEXT, guide TEXT, language TEXT NOT NULL, pack TEXT,
  clinic TEXT, duration_ms INTEGER NOT NULL, bytes BLOB NOT NULL);
CREATE INDEX recordings_message ON recordings(message);
";

/// Writes `content` as a new, compacted database at `path` (which must not
/// exist): what the CLI and the web app's build ship.
pub fn write(content: &CompiledContent, path: &Path) -> Result<()> {
    write_with(content, path, true)
}

/// Writes `content` as a new database at `path`; `compact` merges each
/// search index into one segment and rewrites the file without its free
/// pages (VACUUM). The app skips both on a device: its database holds two
/// languages, is rebuilt there, never shipped, and the first start is sooner.
pub fn write_with(content: &CompiledContent, path: &Path, compact: bool) -> Result<()> {
    let mut db = Connection::open(path)?;
    // Built in one go and thrown away on failure, so no journal is needed.
    db.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")?;
    let tx = db.transaction()?;
    tx.execute_batch(SCHEMA)?;
    tx.execute("INSERT INTO meta VALUES ('fingerprint', ?1)", [&content.fingerprint])?;
    tx.execute("INSERT INTO meta VALUES ('text_locales', ?1)", [content.text_locales.join(" ")])?;
    for (ord, l) in content.locales.iter().enumerate() {
        tx.execute(
            "INSERT INTO locales VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                l.code,
                ord as i64,
                l.meta.direction.as_str(),
                l.meta.translation.as_str(),
                l.meta.translated_by,
                l.meta.updated
            ],
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
        let mut ins = tx.prepare("INSERT INTO citations VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
        for (key, c) in &content.citations {
            ins.execute(params![key, c.cite, c.publisher, c.kind.as_str(), c.source, c.read_on])?;
        }
        let mut guide = tx.prepare("INSERT INTO guides VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")?;
        let mut item = tx.prepare("INSERT INTO items VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
        for g in &content.guides {
            let lawyer = g.lawyer_review.as_ref();
            guide.execute(params![
                g.id,
                g.order,
                g.icon,
                g.urgent,
                g.last_reviewed,
                g.reviewed_by,
                lawyer.map(|r| &r.by),
                lawyer.map(|r| &r.on),
                g.state_notes,
                g.title,
                g.summary
            ])?;
            for (s, section) in g.sections.iter().enumerate() {
                for (i, it) in section.items.iter().enumerate() {
                    item.execute(params![
                        g.id,
                        s as i64,
                        section.kind.as_str(),
                        i as i64,
                        it.text,
                        it.cite.join(" "),
                        it.terms.join(" ")
                    ])?;
                }
            }
        }
        let mut ins = tx.prepare("INSERT INTO glossary VALUES (?1, ?2)")?;
        for (ord, id) in content.glossary.iter().enumerate() {
            ins.execute(params![id, ord as i64])?;
        }
        let mut ins = tx.prepare("INSERT INTO states VALUES (?1, ?2, ?3)")?;
        for (code, state) in &content.states {
            ins.execute(params![code, state.rule.as_str(), state.cite.join(" ")])?;
        }
        let mut ins = tx.prepare("INSERT INTO decks VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
        for (ord, d) in content.decks.iter().enumerate() {
            ins.execute(params![d.id, ord as i64, d.guide, d.icon, d.title, d.phrases.join(" ")])?;
        }
        tx.execute("INSERT INTO meta VALUES ('print_card', ?1)", [content.print_card.join(" ")])?;
        for c in &content.contacts {
            crate::directory::insert_contact(&tx, "contacts", c)?;
        }
        for (pack, c) in &content.pack_contacts {
            crate::directory::insert_contact(&tx, "pack_contacts", c)?;
            tx.execute("UPDATE pack_contacts SET pack = ?1 WHERE id = last_insert_rowid()", [pack])?;
        }
        for r in &content.outdated_reports {
            tx.execute("INSERT INTO outdated_reports VALUES (?1, ?2, ?3)", params![r.pack_id, r.phone, r.url])?;
        }
        for p in &content.profiles {
            tx.execute(
                "INSERT INTO clinic_profiles VALUES (?1, ?2, ?3, ?4, ?5)",
                params![p.pack_id, p.name, p.phone, p.website, p.card_line],
            )?;
        }
        // Built-in recordings first: each message's English voice plays first.
        let mut recording = tx.prepare("INSERT INTO recordings VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
        for r in &content.recordings {
            recording.execute(params![
                r.message,
                r.guide,
                r.language,
                r.pack_id,
                r.clinic,
                r.duration_ms as i64,
                r.bytes
            ])?;
        }
        drop(recording);
        if let Some(w) = &content.warrant {
            tx.execute("INSERT INTO meta VALUES ('warrant_start', ?1)", [&w.start])?;
            let mut step = tx.prepare("INSERT INTO warrant_steps VALUES (?1, ?2, ?3, ?4, ?5)")?;
            let mut answer = tx.prepare("INSERT INTO warrant_answers VALUES (?1, ?2, ?3, ?4, ?5)")?;
            for (ord, s) in w.steps.iter().enumerate() {
                step.execute(params![s.id, ord as i64, s.question, s.hint, s.picture])?;
                for (i, a) in s.answers.iter().enumerate() {
                    answer.execute(params![s.id, i as i64, a.text, a.next, a.result])?;
                }
            }
            let mut result = tx.prepare("INSERT INTO warrant_results VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
            for r in &w.results {
                result.execute(params![r.id, r.tone, r.title, r.text.join(" "), r.say.join(" "), r.cite.join(" ")])?;
            }
        }
    }
    crate::search::create_tables(&tx, content.locales.len())?;
    let docs = search_docs(&tx, content)?;
    let codes: Vec<&str> = content.locales.iter().map(|l| l.code.as_str()).collect();
    crate::search::insert_docs(&tx, &docs, |locale| codes.iter().position(|c| *c == locale))?;
    tx.execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION};"))?;
    tx.commit()?;
    if compact {
        crate::search::optimize(&db, content.locales.len())?;
        db.execute_batch("VACUUM;")?;
    }
    Ok(())
}

/// Everything search covers, in every locale, read back from the tables
/// just written: guides (top and each step), card phrases, glossary, states.
fn search_docs(tx: &rusqlite::Transaction, content: &CompiledContent) -> Result<Vec<Doc>> {
    let mut docs = Vec::new();
    // Each query yields: locale, target, section, sub, title id, text id, and
    // the texts to index as title, body and context. CROSS JOIN fixes the
    // loop order (locale, then content, then its texts by primary key); left
    // to itself the planner once scanned texts against texts.
    let add = |kind: DocKind, sql: &str, docs: &mut Vec<Doc>| -> Result<()> {
        let mut q = tx.prepare(sql)?;
        let mut rows = q.query([])?;
        while let Some(r) = rows.next()? {
            let text = |i| r.get::<_, Option<String>>(i).map(Option::unwrap_or_default);
            docs.push(Doc {
                locale: r.get(0)?,
                kind,
                target: r.get(1)?,
                section: r.get(2)?,
                sub: r.get(3)?,
                title_id: r.get(4)?,
                text_id: r.get(5)?,
                index_title: text(6)?,
                index_body: text(7)?,
                index_aux: text(8)?,
            });
        }
        Ok(())
    };
    // A guide's top: its title and everyday keywords weigh most.
    add(
        DocKind::Guide,
        "SELECT t.locale, g.id, -1, '', g.title_id, g.summary_id, t.text || ' ' || coalesce(k.text, ''), s.text, NULL
           FROM locales l CROSS JOIN guides g
           CROSS JOIN texts t ON t.locale = l.code AND t.id = g.title_id
           CROSS JOIN texts s ON s.locale = t.locale AND s.id = g.summary_id
           LEFT JOIN texts k ON k.locale = t.locale AND k.id = 'search-keywords-' || g.id",
        &mut docs,
    )?;
    // Each step of a guide, with the guide's title as context.
    add(
        DocKind::Guide,
        "SELECT t.locale, i.guide_id, i.section, i.kind, g.title_id, i.text_id, NULL, t.text, gt.text
           FROM locales l CROSS JOIN items i
           CROSS JOIN guides g ON g.id = i.guide_id
           CROSS JOIN texts t ON t.locale = l.code AND t.id = i.text_id
           CROSS JOIN texts gt ON gt.locale = t.locale AND gt.id = g.title_id",
        &mut docs,
    )?;
    // Terms are found by their word, below the guides that use it.
    add(
        DocKind::Term,
        "SELECT t.locale, g.id, -1, '', t.id, d.id, NULL, t.text, d.text
           FROM locales l CROSS JOIN glossary g
           CROSS JOIN texts t ON t.locale = l.code AND t.id = 'term-' || g.id
           CROSS JOIN texts d ON d.locale = t.locale AND d.id = 'term-' || g.id || '-def'",
        &mut docs,
    )?;
    // A state is found by its name; its rule is shared by many states.
    add(
        DocKind::State,
        "SELECT n.locale, s.code, -1, '', n.id, r.id, n.text, NULL, r.text
           FROM locales l CROSS JOIN states s
           CROSS JOIN texts n ON n.locale = l.code AND n.id = 'state-' || lower(s.code)
           CROSS JOIN texts r ON r.locale = n.locale AND r.id = 'state-rule-' || s.rule",
        &mut docs,
    )?;
    // Card phrases weigh little: the same phrases are steps of the guides.
    let mut q = tx.prepare(
        "SELECT p.locale, ?3, ?4, '', d.id, p.id, NULL, NULL, d.text || ' ' || p.text
           FROM locales l CROSS JOIN texts p ON p.locale = l.code AND p.id = ?2
           CROSS JOIN texts d ON d.locale = p.locale AND d.id = ?1",
    )?;
    for deck in &content.decks {
        for (i, phrase) in deck.phrases.iter().enumerate() {
            let rows = q.query_map(params![deck.title, phrase, deck.id, i as i64], |r| {
                Ok(Doc {
                    locale: r.get(0)?,
                    kind: DocKind::Card,
                    target: r.get(1)?,
                    section: r.get(2)?,
                    sub: r.get(3)?,
                    title_id: r.get(4)?,
                    text_id: r.get(5)?,
                    index_title: String::new(),
                    index_body: String::new(),
                    index_aux: r.get(8)?,
                })
            })?;
            for row in rows {
                docs.push(row?);
            }
        }
    }
    Ok(docs)
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
    /// Who reviewed it.
    pub reviewed_by: String,
    /// A lawyer's review: by whom and when.
    pub lawyer_review: Option<(String, String)>,
    /// Shows the note for the user's state.
    pub state_notes: bool,
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
    /// Glossary entry ids.
    pub terms: Vec<String>,
    /// The message id of its text.
    pub text_id: String,
}

/// A recording, without its bytes (see [`ContentDb::recording_bytes`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordingRow {
    /// Its row id, which the web view asks for.
    pub id: i64,
    /// `en` for the built-in English voice, or the clinic's name for its language.
    pub language: String,
    /// The clinic that recorded it; `None` for the built-in voice.
    pub clinic: Option<String>,
    /// How long it plays.
    pub duration_ms: u64,
}

impl ContentDb {
    /// Opens a database written by [`write`], read-only.
    pub fn open(path: &Path) -> Result<Self> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let db = Connection::open_with_flags(path, flags)?;
        let version: i64 = db.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version != SCHEMA_VERSION {
            return Err(Error::WrongSchema {
                path: path.display().to_string(),
                what: "content",
                found: version.to_string(),
            });
        }
        Ok(ContentDb { db })
    }

    /// Opens a database from its bytes (as written by [`write`]), held in
    /// memory, read-only: the web app, which has no file system, gets its
    /// database this way.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let mut db = Connection::open_in_memory()?;
        db.deserialize_read_exact(rusqlite::MAIN_DB, bytes, bytes.len(), true)?;
        let version: i64 = db.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version != SCHEMA_VERSION {
            return Err(Error::WrongSchema {
                path: "content bytes".into(),
                what: "content",
                found: version.to_string(),
            });
        }
        Ok(ContentDb { db })
    }

    /// The best rows of `locale`'s search table for an FTS5 expression
    /// (see [`crate::search::Query::fts`]).
    pub fn search(&self, locale: &str, fts: &str, limit: usize) -> Result<Vec<crate::search::Hit>> {
        match crate::search::table_of(&self.db, locale)? {
            Some(table) => crate::search::search(&self.db, table, fts, limit),
            None => Ok(Vec::new()),
        }
    }

    /// The fingerprint of the sources it was built from.
    pub fn fingerprint(&self) -> Result<Option<String>> {
        Ok(self.db.query_row("SELECT value FROM meta WHERE key = 'fingerprint'", [], |r| r.get(0)).optional()?)
    }

    /// True when the database holds `locale`'s text, not only its name.
    pub fn has_text_of(&self, locale: &str) -> Result<bool> {
        let listed: Option<String> =
            self.db.query_row("SELECT value FROM meta WHERE key = 'text_locales'", [], |r| r.get(0)).optional()?;
        Ok(listed.is_some_and(|l| l.split(' ').any(|c| c == locale)))
    }

    /// Shipped locales, English first.
    pub fn locales(&self) -> Result<Vec<LocaleRow>> {
        let mut q = self.db.prepare_cached("SELECT code, direction, translation FROM locales ORDER BY ord")?;
        let rows =
            q.query_map([], |r| Ok(LocaleRow { code: r.get(0)?, direction: r.get(1)?, translation: r.get(2)? }))?;
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
        let mut q = self
            .db
            .prepare_cached("SELECT id, text FROM texts WHERE locale = ?1 AND file IN (?2, ?3, ?4, ?5, ?6, ?7)")?;
        let [a, b, c, d, e, f] = UI_FILES;
        let rows = q.query_map(params![locale, a, b, c, d, e, f], |r| Ok((r.get(0)?, r.get(1)?)))?;
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
            "SELECT g.id, g.icon, g.urgent, g.last_reviewed, t.text, s.text, g.reviewed_by, g.lawyer_by, g.lawyer_on, g.state_notes
               FROM guides g
               JOIN texts t ON t.locale = ?1 AND t.id = g.title_id
               JOIN texts s ON s.locale = ?1 AND s.id = g.summary_id
             WHERE ?2 IS NULL OR g.id = ?2 ORDER BY g.ord, g.id",
        )?;
        let rows = q.query_map(params![locale, id], |r| {
            let lawyer: (Option<String>, Option<String>) = (r.get(7)?, r.get(8)?);
            Ok(GuideRow {
                id: r.get(0)?,
                icon: r.get(1)?,
                urgent: r.get(2)?,
                last_reviewed: r.get(3)?,
                title: r.get(4)?,
                summary: r.get(5)?,
                reviewed_by: r.get(6)?,
                lawyer_review: lawyer.0.zip(lawyer.1),
                state_notes: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The items of a guide in reading order, in `locale` and in English.
    pub fn items(&self, locale: &str, guide_id: &str) -> Result<Vec<ItemRow>> {
        let mut q = self.db.prepare_cached(
            "SELECT i.section, i.kind, t.text, e.text, i.cites, i.terms, i.text_id FROM items i
               JOIN texts t ON t.locale = ?1 AND t.id = i.text_id
               JOIN texts e ON e.locale = 'en' AND e.id = i.text_id
             WHERE i.guide_id = ?2 ORDER BY i.section, i.ord",
        )?;
        let rows = q.query_map(params![locale, guide_id], |r| {
            let cites: String = r.get(4)?;
            let terms: String = r.get(5)?;
            Ok(ItemRow {
                terms: words(&terms),
                section: r.get::<_, i64>(0)? as usize,
                kind: r.get(1)?,
                text: r.get(2)?,
                english: r.get(3)?,
                cites: words(&cites),
                text_id: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A citation by key.
    pub fn citation(&self, key: &str) -> Result<Option<CitationRow>> {
        let mut q =
            self.db.prepare_cached("SELECT cite, publisher, kind, source, read_on FROM citations WHERE key = ?1")?;
        let row = q.query_row([key], |r| {
            Ok(CitationRow {
                cite: r.get(0)?,
                publisher: r.get(1)?,
                kind: r.get(2)?,
                source: r.get(3)?,
                read_on: r.get(4)?,
            })
        });
        Ok(row.optional()?)
    }

    /// The glossary in display order, in `locale`.
    pub fn glossary(&self, locale: &str) -> Result<Vec<GlossaryRow>> {
        let mut q = self.db.prepare_cached(
            "SELECT g.id, t.text, d.text FROM glossary g
               JOIN texts t ON t.locale = ?1 AND t.id = 'term-' || g.id
               JOIN texts d ON d.locale = ?1 AND d.id = 'term-' || g.id || '-def'
             ORDER BY g.ord",
        )?;
        let rows =
            q.query_map([locale], |r| Ok(GlossaryRow { id: r.get(0)?, term: r.get(1)?, definition: r.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every state, by code.
    pub fn states(&self) -> Result<Vec<StateRow>> {
        let mut q = self.db.prepare_cached("SELECT code, rule, cites FROM states ORDER BY code")?;
        let rows = q.query_map([], |r| {
            // A database this app wrote holds only known names; anything else
            // reads as the cautious "unconfirmed".
            let rule = StateRule::from_name(&r.get::<_, String>(1)?).unwrap_or(StateRule::Unconfirmed);
            Ok(StateRow { code: r.get(0)?, rule, cites: words(&r.get::<_, String>(2)?) })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The warrant checker's first step, if the content has a checker.
    pub fn warrant_start(&self) -> Result<Option<String>> {
        Ok(self.db.query_row("SELECT value FROM meta WHERE key = 'warrant_start'", [], |r| r.get(0)).optional()?)
    }

    /// The warrant checker's steps in order.
    pub fn warrant_steps(&self) -> Result<Vec<WarrantStepRow>> {
        let mut q =
            self.db.prepare_cached("SELECT id, question_id, hint_id, picture FROM warrant_steps ORDER BY ord")?;
        let rows = q.query_map([], |r| {
            Ok(WarrantStepRow { id: r.get(0)?, question_id: r.get(1)?, hint_id: r.get(2)?, picture: r.get(3)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A step's answers, in order.
    pub fn warrant_answers(&self, step: &str) -> Result<Vec<WarrantAnswerRow>> {
        let mut q = self
            .db
            .prepare_cached("SELECT text_id, next, result FROM warrant_answers WHERE step_id = ?1 ORDER BY ord")?;
        let rows =
            q.query_map([step], |r| Ok(WarrantAnswerRow { text_id: r.get(0)?, next: r.get(1)?, result: r.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The warrant checker's results.
    pub fn warrant_results(&self) -> Result<Vec<WarrantResultRow>> {
        let mut q =
            self.db.prepare_cached("SELECT id, tone, title_id, text_ids, say_ids, cites FROM warrant_results")?;
        let rows = q.query_map([], |r| {
            Ok(WarrantResultRow {
                id: r.get(0)?,
                tone: r.get(1)?,
                title_id: r.get(2)?,
                text_ids: words(&r.get::<_, String>(3)?),
                say_ids: words(&r.get::<_, String>(4)?),
                cites: words(&r.get::<_, String>(5)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl ContentDb {
    /// The directory's shipped contacts, with their row ids.
    pub fn contacts(&self) -> Result<Vec<(i64, crate::directory::Contact)>> {
        crate::directory::load_contacts(&self.db, "contacts")
    }

    /// Contacts from clinic packs.
    pub fn pack_contacts(&self) -> Result<Vec<PackContactRow>> {
        let packs: std::collections::HashMap<i64, String> = {
            let mut q = self.db.prepare_cached("SELECT id, pack FROM pack_contacts")?;
            let rows = q.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let contacts = crate::directory::load_contacts(&self.db, "pack_contacts")?;
        Ok(contacts
            .into_iter()
            .map(|(id, contact)| PackContactRow { id, pack_id: packs.get(&id).cloned().unwrap_or_default(), contact })
            .collect())
    }

    /// Built-in contacts that clinic packs report as outdated.
    pub fn outdated_reports(&self) -> Result<Vec<crate::pack_content::OutdatedReport>> {
        let mut q = self.db.prepare_cached("SELECT pack, phone, url FROM outdated_reports ORDER BY pack")?;
        let rows = q.query_map([], |r| {
            Ok(crate::pack_content::OutdatedReport { pack_id: r.get(0)?, phone: r.get(1)?, url: r.get(2)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Clinic profiles from packs.
    pub fn clinic_profiles(&self) -> Result<Vec<crate::pack_content::ClinicProfile>> {
        let mut q = self
            .db
            .prepare_cached("SELECT pack, name, phone, website, card_line FROM clinic_profiles ORDER BY pack")?;
        let rows = q.query_map([], |r| {
            Ok(crate::pack_content::ClinicProfile {
                pack_id: r.get(0)?,
                name: r.get(1)?,
                phone: r.get(2)?,
                website: r.get(3)?,
                card_line: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The recordings of a message: the built-in English first, then packs'.
    pub fn recordings_of_message(&self, message: &str) -> Result<Vec<RecordingRow>> {
        self.recordings_where("message = ?1", message)
    }

    /// The recordings of a whole guide (clinic guides).
    pub fn recordings_of_guide(&self, guide: &str) -> Result<Vec<RecordingRow>> {
        self.recordings_where("guide = ?1", guide)
    }

    fn recordings_where(&self, condition: &str, key: &str) -> Result<Vec<RecordingRow>> {
        let mut q = self.db.prepare_cached(&format!(
            "SELECT id, language, clinic, duration_ms FROM recordings WHERE {condition} ORDER BY pack IS NOT NULL, id"
        ))?;
        let rows = q.query_map([key], |r| {
            Ok(RecordingRow {
                id: r.get(0)?,
                language: r.get(1)?,
                clinic: r.get(2)?,
                duration_ms: r.get::<_, i64>(3)? as u64,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A recording's Ogg Opus bytes.
    pub fn recording_bytes(&self, id: i64) -> Result<Option<Vec<u8>>> {
        Ok(self.db.query_row("SELECT bytes FROM recordings WHERE id = ?1", [id], |r| r.get(0)).optional()?)
    }

    /// Message ids of the printed wallet card's phrases.
    pub fn print_card(&self) -> Result<Vec<String>> {
        let ids: Option<String> =
            self.db.query_row("SELECT value FROM meta WHERE key = 'print_card'", [], |r| r.get(0)).optional()?;
        Ok(ids.as_deref().map(words).unwrap_or_default())
    }

    /// Card mode's decks in order.
    pub fn decks(&self) -> Result<Vec<DeckRow>> {
        let mut q =
            self.db.prepare_cached("SELECT id, guide_id, icon, title_id, phrase_ids FROM decks ORDER BY ord")?;
        let rows = q.query_map([], |r| {
            Ok(DeckRow {
                id: r.get(0)?,
                guide_id: r.get(1)?,
                icon: r.get(2)?,
                title_id: r.get(3)?,
                phrase_ids: words(&r.get::<_, String>(4)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// A glossary entry in one locale.
pub struct GlossaryRow {
    /// The term's id (`warrant`).
    pub id: String,
    /// The term, in the locale asked for.
    pub term: String,
    /// What it means, in that locale.
    pub definition: String,
}

/// A state's stop-and-identify rule and the statutes behind it.
pub struct StateRow {
    /// Two-letter code (`AZ`).
    pub code: String,
    /// The kind of rule.
    pub rule: StateRule,
    /// Citation keys of the statutes.
    pub cites: Vec<String>,
}

/// A question of the warrant checker (message ids).
pub struct WarrantStepRow {
    /// The step's id.
    pub id: String,
    /// Message id of the question.
    pub question_id: String,
    /// Message id of the hint under it.
    pub hint_id: String,
    /// The diagram shown with it, if any.
    pub picture: Option<String>,
}

/// An answer to a warrant checker question: it leads to a step or a result.
pub struct WarrantAnswerRow {
    /// Message id of the answer.
    pub text_id: String,
    /// The step it leads to, or
    pub next: Option<String>,
    /// the result it ends on.
    pub result: Option<String>,
}

/// A result of the warrant checker (message ids, phrase ids, citation keys).
pub struct WarrantResultRow {
    /// The result's id.
    pub id: String,
    /// `stop`, `caution` or `enter`: how the result looks.
    pub tone: String,
    /// Message id of its title.
    pub title_id: String,
    /// Message ids of its paragraphs.
    pub text_ids: Vec<String>,
    /// Phrase ids of what to say.
    pub say_ids: Vec<String>,
    /// Citation keys.
    pub cites: Vec<String>,
}

/// A deck of card mode: the phrases to show an agent in one situation.
pub struct DeckRow {
    /// The deck's id.
    pub id: String,
    /// The guide it belongs to.
    pub guide_id: String,
    /// Its icon in `ui/icons/`.
    pub icon: String,
    /// Message id of its title.
    pub title_id: String,
    /// Phrase ids of its cards, in order.
    pub phrase_ids: Vec<String>,
}

/// A contact from a clinic pack, with its row id and the pack it came in.
pub struct PackContactRow {
    /// Its row id.
    pub id: i64,
    /// The pack it came in.
    pub pack_id: String,
    /// The contact.
    pub contact: crate::directory::Contact,
}

/// Splits a space-separated list of ids.
fn words(list: &str) -> Vec<String> {
    list.split_whitespace().map(str::to_owned).collect()
}

/// A citation as stored.
#[derive(Debug, Clone)]
pub struct CitationRow {
    /// The citation as lawyers write it.
    pub cite: String,
    /// Who published the source.
    pub publisher: String,
    /// Its kind (`court`, `statute` …).
    pub kind: String,
    /// Where it was read.
    pub source: String,
    /// When it was read.
    pub read_on: String,
}

#[cfg(test)]
mod tests {
    /// `.cargo/config.toml` builds SQLite with what the app uses (FTS5) and
    /// without extension loading, JSON or the other search engines.
    #[test]
    fn sqlite_is_built_with_fts5_and_without_extension_loading() {
        let db = rusqlite::Connection::open_in_memory().unwrap();
        let used = |option: &str| -> bool {
            db.query_row("SELECT sqlite_compileoption_used(?1)", [option], |r| r.get(0)).unwrap()
        };
        assert!(used("ENABLE_FTS5"));
        assert!(used("OMIT_LOAD_EXTENSION") && used("OMIT_JSON"));
        assert!(!used("ENABLE_FTS3") && !used("ENABLE_RTREE"));
    }
}
