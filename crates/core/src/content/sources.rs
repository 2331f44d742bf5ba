//! The set of content source files: every `.toml`, `.ftl` and `.csv` file
//! under `content/` and `locales/`, and the recordings (`.opus`) beside them. It is read from disk (CLI, tests) or from the
//! copy embedded in the app binary; the compiler does not care which.

use crate::{Error, Result};
use std::path::Path;

/// Where the sources come from: a set in memory, or the packed archive the
/// app embeds (see [`SourceSet::pack`]) with its fingerprint computed at
/// build time, so a normal start never unpacks it, and a first start
/// unpacks only the languages it needs.
#[derive(Clone, Copy)]
pub enum Sources<'a> {
    /// Sources already read.
    Set(&'a SourceSet),
    /// The packed archive and its fingerprint.
    Packed {
        /// The archive.
        data: &'a [u8],
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

    /// Every source (unpacked when packed).
    pub fn load(&self) -> Result<SourceSet> {
        match self {
            Sources::Set(set) => Ok((*set).clone()),
            Sources::Packed { data, .. } => SourceSet::from_packed(data),
        }
    }

    /// What compiling `keep`'s languages needs: the content, English, those
    /// languages, and every language's `locale.toml` and name. A set in memory
    /// is returned whole (the compiler skips what it is not asked for).
    pub fn load_languages(&self, keep: &[&str]) -> Result<SourceSet> {
        match self {
            Sources::Set(set) => Ok((*set).clone()),
            Sources::Packed { data, .. } => {
                let wanted = |group: &str| match group.strip_prefix("locales/") {
                    Some(code) => code == crate::l10n::SOURCE_LOCALE || keep.contains(&code),
                    None => true,
                };
                unpack(data, wanted)
            }
        }
    }

    /// The language codes the sources hold.
    pub fn languages(&self) -> Result<Vec<String>> {
        let set = match self {
            Sources::Set(set) => return Ok(language_codes(set)),
            Sources::Packed { data, .. } => unpack(data, |group| group == INDEX_GROUP)?,
        };
        Ok(language_codes(&set))
    }
}

fn language_codes(set: &SourceSet) -> Vec<String> {
    set.files
        .iter()
        .filter_map(|f| f.path.strip_prefix("locales/")?.strip_suffix("/locale.toml").map(str::to_owned))
        .collect()
}

/// The packed archive's first line.
const ARCHIVE_MAGIC: &str = "kyr-sources 2\n";
/// The group with the recordings, which are bytes, not text.
pub const MEDIA_GROUP: &str = "media";
/// The group with every language's `locale.toml` and a one-line `ui.ftl`
/// holding its name: enough to list the languages without unpacking them.
pub const INDEX_GROUP: &str = "index";

/// The archive group a source file belongs to: `content`, or
/// `locales/<code>` for a language's files.
pub fn group_of(path: &str) -> String {
    match path.strip_prefix("locales/").and_then(|rest| rest.split_once('/')) {
        Some((code, _)) => format!("locales/{code}"),
        None => "content".to_owned(),
    }
}

/// A Fluent file as the app embeds it: without comment lines (`#`, `##`,
/// `###` at the start of a line; a line of a message never starts with `#`).
/// The translators' notes are not needed to show the text.
pub fn without_comments(ftl: &str) -> String {
    ftl.lines().filter(|l| !l.starts_with('#')).map(|l| format!("{l}\n")).collect()
}

/// The citations as the app embeds them: without the `quote` lines (the
/// words read at each source, kept for reviewers and `kyr check`; no screen
/// shows them, and they are a tenth of the app's text).
pub fn without_quotes(citations_toml: &str) -> String {
    citations_toml.lines().filter(|l| !l.starts_with("quote = ")).map(|l| format!("{l}\n")).collect()
}

/// A source file as the app embeds it (see [`without_comments`],
/// [`without_quotes`]), or `None` for the web app's own text (`web.ftl`),
/// which no screen of the app shows (`kyr web build` reads a working copy).
pub fn as_embedded(path: &str, text: &str) -> Option<String> {
    match path {
        p if p.ends_with("/web.ftl") => None,
        p if p.ends_with(".ftl") => Some(without_comments(text)),
        "content/citations.toml" => Some(without_quotes(text)),
        _ => Some(text.to_owned()),
    }
}

/// The index group's copy of a language's `ui.ftl`: its name line only.
pub fn name_line(ui_ftl: &str) -> String {
    ui_ftl.lines().find(|l| l.starts_with("language-name =")).map(|l| format!("{l}\n")).unwrap_or_default()
}

/// Unpacks the groups `wanted` accepts; a later group's file replaces an
/// earlier one with the same path (a language's real `ui.ftl` replaces its
/// one-line copy in the index).
fn unpack(data: &[u8], wanted: impl Fn(&str) -> bool) -> Result<SourceSet> {
    use std::io::Read;
    let bad = |what: &str| {
        Error::io("embedded sources", std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_owned()))
    };
    let mut rest = data.strip_prefix(ARCHIVE_MAGIC.as_bytes()).ok_or_else(|| bad("not a sources archive"))?;
    // By path: a later group replaces an earlier file in one step, not a scan.
    let mut files: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
    let mut media = Vec::new();
    while !rest.is_empty() {
        let line = |r: &[u8]| -> Result<(String, usize)> {
            let end = r.iter().position(|b| *b == b'\n').ok_or_else(|| bad("no line"))?;
            Ok((String::from_utf8(r[..end].to_vec()).map_err(|_| bad("not UTF-8"))?, end + 1))
        };
        let (group, used) = line(rest)?;
        rest = &rest[used..];
        let (len, used) = line(rest)?;
        rest = &rest[used..];
        let len: usize = len.parse().map_err(|_| bad("bad length"))?;
        let body = rest.get(..len).ok_or_else(|| bad("short group"))?;
        rest = &rest[len..];
        if !wanted(&group) {
            continue;
        }
        // The app's build writes brotli groups; `SourceSet::pack` writes gzip.
        let mut raw = Vec::new();
        let read = if body.starts_with(&[0x1f, 0x8b]) {
            flate2::read::GzDecoder::new(body).read_to_end(&mut raw)
        } else {
            brotli_decompressor::Decompressor::new(body, 64 * 1024).read_to_end(&mut raw)
        };
        read.map_err(|e| Error::io("embedded sources", e))?;
        let mut at = raw.as_slice();
        while !at.is_empty() {
            let (path, used) = line(at)?;
            at = &at[used..];
            let (len, used) = line(at)?;
            at = &at[used..];
            let len: usize = len.parse().map_err(|_| bad("bad length"))?;
            let bytes = at.get(..len).ok_or_else(|| bad("short file"))?;
            at = &at[len..];
            if group == MEDIA_GROUP {
                media.push(MediaFile { path, bytes: bytes.to_vec() });
            } else {
                let text = std::str::from_utf8(bytes).map_err(|_| bad("a text file is not UTF-8"))?;
                files.insert(path, text.to_owned());
            }
        }
    }
    let files = files.into_iter().map(|(path, text)| SourceFile { path, text }).collect();
    Ok(SourceSet::from_files(files).with_media(media))
}

/// The folders that hold content sources, relative to the project root.
pub const SOURCE_DIRS: [&str; 2] = ["content", "locales"];

/// True for a file name the compiler reads.
pub fn is_source_file(name: &str) -> bool {
    name.ends_with(".toml") || name.ends_with(".ftl") || name.ends_with(".csv")
}

/// True for a recording's file name (Ogg Opus).
pub fn is_media_file(name: &str) -> bool {
    name.ends_with(".opus")
}

/// A recording among the sources: `content/audio/en/<message>.opus`, or a
/// pack's `packs/<pack id>/audio/<name>.opus`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaFile {
    /// Its path, as for a [`SourceFile`].
    pub path: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
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
    media: Vec<MediaFile>,
}

impl SourceSet {
    /// Reads every source file under `root/content` and `root/locales`.
    pub fn from_dir(root: &Path) -> Result<Self> {
        let mut files = Vec::new();
        let mut media = Vec::new();
        for dir in SOURCE_DIRS {
            collect(root, &root.join(dir), &mut files, &mut media)?;
        }
        Ok(Self::from_files(files).with_media(media))
    }

    /// Builds a set from `(path, text)` pairs, such as the copy embedded in
    /// the app by its build script.
    pub fn from_embedded(files: &[(&str, &str)]) -> Self {
        Self::from_files(
            files.iter().map(|(p, t)| SourceFile { path: (*p).to_owned(), text: (*t).to_owned() }).collect(),
        )
    }

    /// Builds a set from files already in memory (tests, packs).
    pub fn from_files(mut files: Vec<SourceFile>) -> Self {
        files.sort_by(|a, b| a.path.cmp(&b.path));
        SourceSet { files, media: Vec::new() }
    }

    /// This set with `media` laid over its recordings (same path replaces).
    pub fn with_media(mut self, media: Vec<MediaFile>) -> Self {
        self.media.retain(|m| !media.iter().any(|n| n.path == m.path));
        self.media.extend(media);
        self.media.sort_by(|a, b| a.path.cmp(&b.path));
        self
    }

    /// The recordings, sorted by path.
    pub fn media(&self) -> &[MediaFile] {
        &self.media
    }

    /// Reads the packed archive written by [`SourceSet::pack`].
    pub fn from_packed(data: &[u8]) -> Result<Self> {
        unpack(data, |_| true)
    }

    /// Packs the set as `src-tauri/build.rs` does, but with gzip where the
    /// app's build uses brotli: a first line, then groups (the index, the
    /// content, one per language), each a name, a length and the compressed
    /// form of, for each file, its path, a newline, the text's length in
    /// bytes, a newline, and the text. One group unpacks without the others.
    pub fn pack(&self) -> Vec<u8> {
        use std::io::Write;
        let mut groups: std::collections::BTreeMap<String, Vec<(String, &str)>> = std::collections::BTreeMap::new();
        let mut index = Vec::new();
        for f in &self.files {
            groups.entry(group_of(&f.path)).or_default().push((f.path.clone(), f.text.as_str()));
            if f.path.ends_with("/locale.toml") && f.path.starts_with("locales/") {
                index.push((f.path.clone(), f.text.clone()));
            } else if f.path.starts_with("locales/") && f.path.ends_with("/ui.ftl") && f.path.matches('/').count() == 2
            {
                index.push((f.path.clone(), name_line(&f.text)));
            }
        }
        let gzip = |files: &mut dyn Iterator<Item = (&str, &[u8])>| {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            for (path, bytes) in files {
                let _ = write!(gz, "{path}\n{}\n", bytes.len());
                let _ = gz.write_all(bytes);
            }
            gz.finish().unwrap_or_default()
        };
        let mut out = ARCHIVE_MAGIC.as_bytes().to_vec();
        let mut add = |name: &str, body: Vec<u8>| {
            out.extend_from_slice(format!("{name}\n{}\n", body.len()).as_bytes());
            out.extend_from_slice(&body);
        };
        add(INDEX_GROUP, gzip(&mut index.iter().map(|(p, t)| (p.as_str(), t.as_bytes()))));
        for (name, files) in &groups {
            add(name, gzip(&mut files.iter().map(|(p, t)| (p.as_str(), t.as_bytes()))));
        }
        if !self.media.is_empty() {
            add(MEDIA_GROUP, gzip(&mut self.media.iter().map(|m| (m.path.as_str(), m.bytes.as_slice()))));
        }
        out
    }

    /// This set with `files` laid over it: a file with the same path
    /// replaces the one here, others are added.
    pub fn overlay(&self, files: Vec<SourceFile>) -> Self {
        let mut merged: Vec<SourceFile> =
            self.files.iter().filter(|f| !files.iter().any(|n| n.path == f.path)).cloned().collect();
        merged.extend(files);
        Self::from_files(merged).with_media(self.media.clone())
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
        for m in &self.media {
            feed(m.path.as_bytes());
            feed(&[0]);
            feed(&m.bytes);
            feed(&[0]);
        }
        format!("{hash:016x}")
    }
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<SourceFile>, media: &mut Vec<MediaFile>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel = || {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
        };
        if path.is_dir() {
            collect(root, &path, out, media)?;
        } else if is_source_file(&name) {
            let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            out.push(SourceFile { path: rel(), text });
        } else if is_media_file(&name) {
            let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
            media.push(MediaFile { path: rel(), bytes });
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

    #[test]
    fn one_language_unpacks_without_the_others_and_every_name_is_listed() {
        let set = SourceSet::from_embedded(&[
            ("content/x.toml", "x = 1\n"),
            ("locales/en/locale.toml", "direction = \"ltr\"\n"),
            ("locales/en/ui.ftl", "language-name = English\nhello = Hello\n"),
            ("locales/es/locale.toml", "direction = \"ltr\"\n"),
            ("locales/es/ui.ftl", "language-name = Español\nhello = Hola\n"),
            ("locales/ar/locale.toml", "direction = \"rtl\"\n"),
            ("locales/ar/ui.ftl", "language-name = العربية\nhello = مرحبا\n"),
        ]);
        let data = set.pack();
        let packed = Sources::Packed { data: &data, fingerprint: "f" };
        assert_eq!(packed.languages().unwrap(), ["ar", "en", "es"]);
        let es = packed.load_languages(&["es"]).unwrap();
        let text = |path: &str| es.files().iter().find(|f| f.path == path).map(|f| f.text.clone());
        assert_eq!(text("locales/es/ui.ftl").as_deref(), Some("language-name = Español\nhello = Hola\n"));
        assert_eq!(text("locales/ar/ui.ftl").as_deref(), Some("language-name = العربية\n"), "only its name");
        assert!(text("content/x.toml").is_some() && text("locales/ar/locale.toml").is_some());
        assert_eq!(
            SourceSet::from_packed(&data).unwrap().fingerprint(),
            set.fingerprint(),
            "the whole set comes back as it was"
        );
    }
}
