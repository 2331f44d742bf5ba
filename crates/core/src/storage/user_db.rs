//! The user's own database: settings now, saved contacts and the vault
//! later. It is separate from the content database so that a content update
//! can never touch it, and it is never silently reset: a file that cannot be
//! read is reported and left as it is.

use crate::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension};
use std::path::Path;

/// File name of the user database inside the app's data folder.
pub const USER_DB_FILE: &str = "user.sqlite";
const SCHEMA_VERSION: i64 = 4;

/// Tables added by schema 2: a clinic's imported contacts and the user's saved ones.
const SCHEMA_2: &str = "
    CREATE TABLE imported_contacts(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, phone TEXT, url TEXT,
      states TEXT NOT NULL, languages TEXT NOT NULL, services TEXT NOT NULL, source_url TEXT NOT NULL,
      source_quote TEXT NOT NULL, source_year TEXT NOT NULL, read_on TEXT NOT NULL, confidence TEXT NOT NULL,
      note TEXT NOT NULL, zip TEXT);
    CREATE TABLE saved_contacts(key TEXT PRIMARY KEY) WITHOUT ROWID;";

/// Added by schema 3: each imported file, so its contacts are labelled with
/// where they came from and can be removed together.
const SCHEMA_3: &str = "
    CREATE TABLE imports(id INTEGER PRIMARY KEY, added_on TEXT NOT NULL);
    ALTER TABLE imported_contacts ADD COLUMN import_id INTEGER;";

/// Added by schema 4: an office's address and area, and the text that signs
/// a person up to an alert network.
const SCHEMA_4: &str = "
    ALTER TABLE imported_contacts ADD COLUMN address TEXT NOT NULL DEFAULT '';
    ALTER TABLE imported_contacts ADD COLUMN serves TEXT NOT NULL DEFAULT '';
    ALTER TABLE imported_contacts ADD COLUMN sms_to TEXT;
    ALTER TABLE imported_contacts ADD COLUMN sms_body TEXT NOT NULL DEFAULT '';";

/// A contact added from a clinic's file, with the file it came from.
#[derive(Debug, Clone)]
pub struct ImportedContact {
    /// Row id.
    pub id: i64,
    /// The import it came with (none for imports older than schema 3).
    pub import_id: Option<i64>,
    /// When that file was added (YYYY-MM-DD), when known.
    pub added_on: Option<String>,
    /// The contact.
    pub contact: crate::directory::Contact,
}

/// Setting key: the language the user picked.
pub const SETTING_LANGUAGE: &str = "language";
/// Setting key: the user's U.S. state, for state notes.
pub const SETTING_STATE: &str = "state";
/// Setting key: set once the person has read how Hide works.
pub const SETTING_HIDE_TIP_SEEN: &str = "hide-tip-seen";

/// A handle on the user database.
pub struct UserDb {
    db: Connection,
}

impl UserDb {
    /// Opens the database at `path`, creating it if it does not exist. An
    /// existing file that is not a kyr user database is an error, and the
    /// file is left untouched.
    pub fn open(path: &Path) -> Result<Self> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        Self::init(Connection::open(path)?, &path.display().to_string())
    }

    /// A database that lives only in memory: used when the file on disk
    /// cannot be read, so the app keeps working without touching that file.
    pub fn in_memory() -> Result<Self> {
        Self::init(Connection::open_in_memory()?, ":memory:")
    }

    /// A database in memory, loaded from the bytes [`UserDb::to_bytes`]
    /// gave (the web app keeps them in the browser's storage). Bytes that are
    /// not a kyr user database are an error.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let mut db = Connection::open_in_memory()?;
        db.deserialize_read_exact(rusqlite::MAIN_DB, bytes, bytes.len(), false)?;
        Self::init(db, "stored user data")
    }

    /// The whole database as bytes, to store where there is no file system.
    pub fn to_bytes(&mut self) -> Result<Vec<u8>> {
        Ok(self.db.serialize(rusqlite::MAIN_DB)?.to_vec())
    }

    fn init(db: Connection, name: &str) -> Result<Self> {
        // Deleted rows are overwritten, not left in free pages.
        db.execute_batch("PRAGMA secure_delete = ON;")?;
        let version: i64 = db.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        match version {
            0 => {
                let tables: i64 = db.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
                if tables != 0 {
                    return Err(Error::WrongSchema { path: name.to_owned(), what: "user", found: "none".into() });
                }
                db.execute_batch(&format!(
                    "BEGIN;
                     CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
                     {SCHEMA_2}
                     {SCHEMA_3}
                     {SCHEMA_4}
                     PRAGMA user_version = {SCHEMA_VERSION};
                     COMMIT;"
                ))?;
            }
            1 => db.execute_batch(&format!(
                "BEGIN; {SCHEMA_2} {SCHEMA_3} {SCHEMA_4} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
            ))?,
            2 => db.execute_batch(&format!(
                "BEGIN; {SCHEMA_3} {SCHEMA_4} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
            ))?,
            3 => db.execute_batch(&format!("BEGIN; {SCHEMA_4} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"))?,
            SCHEMA_VERSION => {}
            other => return Err(Error::WrongSchema { path: name.to_owned(), what: "user", found: other.to_string() }),
        }
        Ok(UserDb { db })
    }

    /// A setting, if set.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        let mut q = self.db.prepare_cached("SELECT value FROM settings WHERE key = ?1")?;
        Ok(q.query_row([key], |r| r.get(0)).optional()?)
    }

    /// Sets a setting.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.db.execute(
            "INSERT INTO settings VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }
}

impl UserDb {
    /// Adds a clinic's contacts as one import dated `added_on`, all in one
    /// transaction: all or none. A contact already added from an earlier
    /// file (same name and phone) is not added twice. Returns how many were
    /// added.
    pub fn import_contacts(&mut self, contacts: &[crate::directory::Contact], added_on: &str) -> Result<usize> {
        let known: Vec<(String, Option<String>)> =
            self.imported_contacts()?.into_iter().map(|i| (i.contact.name.to_lowercase(), i.contact.phone)).collect();
        let tx = self.db.transaction()?;
        tx.execute("INSERT INTO imports(added_on) VALUES (?1)", [added_on])?;
        let import_id = tx.last_insert_rowid();
        let mut added = 0;
        for c in contacts.iter().filter(|c| !known.contains(&(c.name.to_lowercase(), c.phone.clone()))) {
            crate::directory::insert_contact(&tx, "imported_contacts", c)?;
            tx.execute(
                "UPDATE imported_contacts SET import_id = ?1 WHERE id = ?2",
                params![import_id, tx.last_insert_rowid()],
            )?;
            added += 1;
        }
        tx.commit()?;
        Ok(added)
    }

    /// The contacts added from files, each with the file it came from.
    pub fn imported_contacts(&self) -> Result<Vec<ImportedContact>> {
        let contacts = crate::directory::load_contacts(&self.db, "imported_contacts")?;
        let mut q = self.db.prepare_cached(
            "SELECT c.id, c.import_id, i.added_on FROM imported_contacts c LEFT JOIN imports i ON i.id = c.import_id ORDER BY c.id",
        )?;
        let sources: Vec<(i64, Option<i64>, Option<String>)> =
            q.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
        Ok(contacts
            .into_iter()
            .zip(sources)
            .map(|((id, contact), (_, import_id, added_on))| ImportedContact { id, import_id, added_on, contact })
            .collect())
    }

    /// Removes every contact of one import (or of the undated older imports
    /// when `import_id` is `None`), and forgets them among the saved ones.
    pub fn remove_import(&mut self, import_id: Option<i64>) -> Result<usize> {
        let tx = self.db.transaction()?;
        let ids: Vec<i64> = {
            let mut q = tx.prepare("SELECT id FROM imported_contacts WHERE import_id IS ?1")?;
            let rows = q.query_map([import_id], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for id in &ids {
            tx.execute("DELETE FROM saved_contacts WHERE key = ?1", [format!("i:{id}")])?;
        }
        tx.execute("DELETE FROM imported_contacts WHERE import_id IS ?1", [import_id])?;
        tx.execute("DELETE FROM imports WHERE id IS ?1", [import_id])?;
        tx.commit()?;
        Ok(ids.len())
    }

    /// Keys of the contacts the user saved.
    pub fn saved_contacts(&self) -> Result<Vec<String>> {
        let mut q = self.db.prepare_cached("SELECT key FROM saved_contacts ORDER BY key")?;
        let rows = q.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Saves or forgets a contact.
    pub fn set_saved(&self, key: &str, saved: bool) -> Result<()> {
        if saved {
            self.db.execute("INSERT OR IGNORE INTO saved_contacts VALUES (?1)", [key])?;
        } else {
            self.db.execute("DELETE FROM saved_contacts WHERE key = ?1", [key])?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_persist_across_opens() {
        let dir = std::env::temp_dir().join(format!("kyr-user-{}", std::process::id()));
        let path = dir.join(USER_DB_FILE);
        let _ = std::fs::remove_file(&path);
        UserDb::open(&path).unwrap().set_setting(SETTING_LANGUAGE, "ar").unwrap();
        assert_eq!(UserDb::open(&path).unwrap().setting(SETTING_LANGUAGE).unwrap().as_deref(), Some("ar"));
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_schema_2_database_keeps_its_imported_contacts_as_an_undated_import() {
        let dir = std::env::temp_dir().join(format!("kyr-user-v2-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(USER_DB_FILE);
        let _ = std::fs::remove_file(&path);
        {
            let db = Connection::open(&path).unwrap();
            db.execute_batch(&format!("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID; {SCHEMA_2} PRAGMA user_version = 2;")).unwrap();
            db.execute("INSERT INTO imported_contacts(name, kind, states, languages, services, source_url, source_quote, source_year, read_on, confidence, note) VALUES ('Old', 'hotline', 'IL', '', '', 'https://example.org', 'q', '2026', '2026-11-01', 'low', '')", []).unwrap();
        }
        let mut db = UserDb::open(&path).unwrap();
        let imported = db.imported_contacts().unwrap();
        assert_eq!((imported.len(), imported[0].import_id, imported[0].added_on.clone()), (1, None, None));
        assert_eq!(db.remove_import(None).unwrap(), 1);
        assert!(db.imported_contacts().unwrap().is_empty());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn an_unreadable_file_is_reported_and_left_untouched() {
        let dir = std::env::temp_dir().join(format!("kyr-user-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(USER_DB_FILE);
        let garbage = b"this is not a database, but it is the user's file".repeat(100);
        std::fs::write(&path, &garbage).unwrap();
        assert!(UserDb::open(&path).is_err());
        assert_eq!(std::fs::read(&path).unwrap(), garbage);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
