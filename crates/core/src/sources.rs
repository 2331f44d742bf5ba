//! The set of content source files: every `.toml`, `.ftl` and `.csv` file
//! under `content/` and `locales/`. It is read from disk (CLI, tests) or from the
//! copy embedded in the app binary; the compiler does not care which.

use crate::{Error, Result};
use std::path::Path;

/// Where the sources come from: a set in memory, or the packed copy the app
/// embeds (gzip; see [`SourceSet::from_packed`]) with its fingerprint
/// computed at build time, so a normal start never unpacks it.
#[derive(Clone, Copy)]
pub enum Sources<'a> {
    /// Sources already read.
    Set(&'a SourceSet),
    /// Packed sources and their fingerprint.
    Packed {
        /// The gzip data.
        gzip: &'a [u8],
        /// [`SourceSet::fingerprint`] of what it holds.
        fingerprint: &'a str,
    },
}

impl Sources<'_> {
    /// The fingerprint of the sources.
    pub fn fingerprint(&self) -> String {
        match self {
            Sources::Set(set) => set.fingerprint(),
            Sources::Packed { fingerprint, .. } => (*fingerprint).to_owned(),
        }
    }

    /// The sources themselves (unpacked when packed).
    pub fn load(&self) -> Result<SourceSet> {
        match self {
            Sources::Set(set) => Ok((*set).clone()),
            Sources::Packed { gzip, .. } => SourceSet::from_packed(gzip),
        }
    }
}

/// The folders that hold content sources, relative to the project root.
pub const SOURCE_DIRS: [&str; 2] = ["content", "locales"];

/// True for a file name the compiler reads.
pub fn is_source_file(name: &str) -> bool {
    name.ends_with(".toml") || name.ends_with(".ftl") || name.ends_with(".csv")
}

/// One source file, its path relative to the project root with `/` separators.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// e.g. `locales/es/ui.ftl`.
    pub path: String,
    /// Its UTF-8 text.
    pub text: String,
}

/// All content sources, sorted by path so that the fingerprint is stable.
#[derive(Debug, Clone, Default)]
pub struct SourceSet {
    files: Vec<SourceFile>,
}

impl SourceSet {
    /// Reads every source file under `root/content` and `root/locales`.
    pub fn from_dir(root: &Path) -> Result<Self> {
        let mut files = Vec::new();
        for dir in SOURCE_DIRS {
            collect(root, &root.join(dir), &mut files)?;
        }
        Ok(Self::from_files(files))
    }

    /// Builds a set from `(path, text)` pairs, such as the copy embedded in
    /// the app by its build script.
    pub fn from_embedded(files: &[(&str, &str)]) -> Self {
        Self::from_files(files.iter().map(|(p, t)| SourceFile { path: (*p).to_owned(), text: (*t).to_owned() }).collect())
    }

    /// Builds a set from files already in memory (tests, packs).
    pub fn from_files(mut files: Vec<SourceFile>) -> Self {
        files.sort_by(|a, b| a.path.cmp(&b.path));
        SourceSet { files }
    }

    /// Reads the packed form: gzip of, for each file, its path, a newline,
    /// the text's length in bytes, a newline, and the text. `src-tauri/build.rs`
    /// writes it; [`SourceSet::pack`] does the same.
    pub fn from_packed(gzip: &[u8]) -> Result<Self> {
        use std::io::Read;
        let bad = |what: &str| Error::io("embedded sources", std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_owned()));
        let mut data = String::new();
        flate2::read::GzDecoder::new(gzip).read_to_string(&mut data).map_err(|e| Error::io("embedded sources", e))?;
        let mut files = Vec::new();
        let mut rest = data.as_str();
        while !rest.is_empty() {
            let (path, after) = rest.split_once('\n').ok_or_else(|| bad("no path"))?;
            let (len, after) = after.split_once('\n').ok_or_else(|| bad("no length"))?;
            let len: usize = len.parse().map_err(|_| bad("bad length"))?;
            let text = after.get(..len).ok_or_else(|| bad("short text"))?;
            files.push(SourceFile { path: path.to_owned(), text: text.to_owned() });
            rest = &after[len..];
        }
        Ok(Self::from_files(files))
    }

    /// Writes the packed form read by [`SourceSet::from_packed`].
    pub fn pack(&self) -> Vec<u8> {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        for f in &self.files {
            let _ = write!(gz, "{}\n{}\n{}", f.path, f.text.len(), f.text);
        }
        gz.finish().unwrap_or_default()
    }

    /// This set with `files` laid over it: a file with the same path
    /// replaces the one here, others are added.
    pub fn overlay(&self, files: Vec<SourceFile>) -> Self {
        let mut merged: Vec<SourceFile> = self.files.iter().filter(|f| !files.iter().any(|n| n.path == f.path)).cloned().collect();
        merged.extend(files);
        Self::from_files(merged)
    }

    /// The files, sorted by path.
    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// A short hash of every path and text. The app rebuilds its content
    /// database when this changes. FNV-1a: not cryptographic, it only has to
    /// notice edits.
    pub fn fingerprint(&self) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut feed = |bytes: &[u8]| {
            for b in bytes {
                hash ^= u64::from(*b);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        };
        for f in &self.files {
            feed(f.path.as_bytes());
            feed(&[0]);
            feed(f.text.as_bytes());
            feed(&[0]);
        }
        format!("{hash:016x}")
    }
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<SourceFile>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else if is_source_file(&entry.file_name().to_string_lossy()) {
            let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            out.push(SourceFile { path: rel, text });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_keeps_every_file_and_the_fingerprint() {
        let set = SourceSet::from_embedded(&[("locales/en/ui.ftl", "a = Ä\nb = c\n"), ("content/x.toml", "")]);
        let back = SourceSet::from_packed(&set.pack()).unwrap();
        assert_eq!(back.fingerprint(), set.fingerprint());
        assert_eq!(back.files().len(), 2);
        assert_eq!(back.files()[1].text, "a = Ä\nb = c\n");
        assert!(SourceSet::from_packed(b"not gzip").is_err());
    }
}
