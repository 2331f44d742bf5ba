//! Where the content database lives on the device, and keeping it in step
//! with the sources. The database is derived data: when it is missing, from
//! another version of the sources, or unreadable, it is rebuilt beside the
//! old one and swapped in with a rename, so a crash never leaves half a file.

use crate::compiler::{compile_languages, CompiledContent};
use crate::content_db::{self, ContentDb};
use crate::diagnostics::Diagnostic;
use crate::sources::Sources;
use crate::{Error, Result};
use std::path::{Path, PathBuf};

/// File name of the content database inside the app's data folder.
pub const CONTENT_DB_FILE: &str = "content.sqlite";

/// What opening the content store did.
pub struct Opened {
    /// The database, ready to read.
    pub db: ContentDb,
    /// True when it was (re)built from the sources.
    pub rebuilt: bool,
    /// Problems the compiler found while rebuilding (empty for shipped content).
    pub diagnostics: Vec<Diagnostic>,
}

/// Opens `dir/content.sqlite` for `locale`, building it from `sources`
/// when it is missing, from other sources, or without `locale`'s text. A
/// build compiles the content with English and `locale` only (see
/// [`compile_languages`]); packed sources unpack only those languages.
pub fn open_or_build(dir: &Path, sources: &Sources, locale: &str) -> Result<Opened> {
    let path = dir.join(CONTENT_DB_FILE);
    let fingerprint = sources.fingerprint();
    if let Ok(db) = ContentDb::open(&path) {
        if db.fingerprint().ok().flatten().as_deref() == Some(fingerprint.as_str())
            && db.has_text_of(locale).unwrap_or(false)
        {
            return Ok(Opened { db, rebuilt: false, diagnostics: Vec::new() });
        }
    }
    let diagnostics = build_languages(sources, &[locale], &path)?;
    Ok(Opened { db: ContentDb::open(&path)?, rebuilt: true, diagnostics })
}

/// Compiles every language of `sources` into a database at `path` (the
/// CLI's `build-db`, benchmarks).
pub fn build(sources: &crate::sources::SourceSet, path: &Path) -> Result<Vec<Diagnostic>> {
    let compilation = crate::compiler::compile(sources);
    if compilation.content.guides.is_empty() {
        return Err(Error::InvalidContent(compilation.diagnostics));
    }
    write(&compilation.content, path)?;
    Ok(compilation.diagnostics)
}

/// Compiles `sources` with the text of `keep`'s languages (and English)
/// into a database at `path`.
pub fn build_languages(sources: &Sources, keep: &[&str], path: &Path) -> Result<Vec<Diagnostic>> {
    let mut compilation = compile_languages(&sources.load_languages(keep)?, keep);
    // A partial unpack has its own fingerprint; the database records the whole sources'.
    compilation.content.fingerprint = sources.fingerprint();
    if compilation.content.guides.is_empty() {
        return Err(Error::InvalidContent(compilation.diagnostics));
    }
    write(&compilation.content, path)?;
    Ok(compilation.diagnostics)
}

/// Writes compiled content as the database at `path`, atomically: written
/// to a temporary file beside it, synced, then renamed over it.
pub fn write(content: &CompiledContent, path: &Path) -> Result<()> {
    if content.guides.is_empty() {
        return Err(Error::InvalidContent(Vec::new()));
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let tmp = temp_path(path);
    let _ = std::fs::remove_file(&tmp);
    let written = content_db::write_with(content, &tmp, false).and_then(|()| sync(&tmp));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))?;
    // Make the rename itself durable.
    let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
    Ok(())
}

fn temp_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".new");
    path.with_file_name(name)
}

fn sync(path: &Path) -> Result<()> {
    std::fs::File::open(path).and_then(|f| f.sync_all()).map_err(|e| Error::io(path, e))
}
