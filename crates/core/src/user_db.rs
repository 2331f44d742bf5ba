//! The user's own database: settings now, saved contacts and the vault
//! later. It is separate from the content database so that a content update
//! can never touch it, and it is never silently reset: a file that cannot be
//! read is reported and left as it is.

use crate::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension};
use std::path::Path;

/// File name of the user database inside the app's data folder.
pub const USER_DB_FILE: &str = "user.sqlite";
const SCHEMA_VERSION: i64 = 2;

/// Tables added by schema 2: a clinic's imported contacts and the user's saved ones.
const SCHEMA_2: &str = "
    CREATE TABLE imported_contacts(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, phone TEXT, url TEXT,
      states TEXT NOT NULL, languages TEXT NOT NULL, services TEXT NOT NULL, source_url TEXT NOT NULL,
      source_quote TEXT NOT NULL, source_year TEXT NOT NULL, read_on TEXT NOT NULL, confidence TEXT NOT NULL,
      note TEXT NOT NULL, zip TEXT);
    CREATE TABLE saved_contacts(key TEXT PRIMARY KEY) WITHOUT ROWID;";

/// Setting key: the language the user picked.
pub const SETTING_LANGUAGE: &str = "language";
/// Setting key: the user's U.S. state, for state notes.
pub const SETTING_STATE: &str = "state";

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
                     PRAGMA user_version = {SCHEMA_VERSION};
                     COMMIT;"
                ))?;
            }
            1 => db.execute_batch(&format!("BEGIN; {SCHEMA_2} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"))?,
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
        self.db.execute("INSERT INTO settings VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value", params![key, value])?;
        Ok(())
    }
}

impl UserDb {
    /// Adds a clinic's contacts, all in one transaction: all or none.
    pub fn import_contacts(&mut self, contacts: &[crate::directory::Contact]) -> Result<()> {
        let tx = self.db.transaction()?;
        for c in contacts {
            crate::directory::insert_contact(&tx, "imported_contacts", c)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The contacts clinics have imported, with their row ids.
    pub fn imported_contacts(&self) -> Result<Vec<(i64, crate::directory::Contact)>> {
        crate::directory::load_contacts(&self.db, "imported_contacts")
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
