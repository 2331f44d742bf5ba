//! Packs the content sources (`content/` and `locales/`) for a binary to
//! embed, at build time: the app's and the CLI's build scripts call
//! [`embed`]. The archive and its fingerprint are those of
//! `kyr_core::sources` (`SourceSet::pack`, `fingerprint`); a unit test in the
//! app checks they agree.
//!
//! **Invariant:** depends on nothing of kyr's and nothing but brotli and
//! flate2, so a build script that uses it compiles in seconds (kyr-core
//! would bring SQLite into every build script).

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Writes `sources.kyrsrc` and `embedded_sources.rs` (which defines
/// `PACKED` and `FINGERPRINT`) into `OUT_DIR`, from the content under
/// `root`, and tells cargo to run the build script again when it changes.
pub fn embed(root: &Path) {
    let mut files = Vec::new();
    let mut media = Vec::new();
    // Same rule as kyr_core::sources: every .toml, .ftl and .csv under these
    // folders, and the recordings (.opus) as bytes.
    for dir in ["content", "locales"] {
        println!("cargo:rerun-if-changed={}", root.join(dir).display());
        collect(root, &root.join(dir), &mut files, &mut media);
    }
    files.sort();
    media.sort();
    // The packed archive and fingerprint of kyr_core::sources (SourceSet::pack,
    // fingerprint); a unit test in lib.rs checks they agree.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    let mut groups: std::collections::BTreeMap<String, Vec<(String, String)>> = std::collections::BTreeMap::new();
    let mut index = Vec::new();
    for (rel, abs) in &files {
        let text = std::fs::read_to_string(abs).expect("content sources are UTF-8");
        // Fluent comments are for translators; the app needs none of them.
        // The citations' quotes are for reviewers and `kyr check`; no screen shows them.
        let text = match rel.as_str() {
            r if r.ends_with(".ftl") => without_comments(&text),
            "content/citations.toml" => {
                text.lines().filter(|l| !l.starts_with("quote = ")).map(|l| format!("{l}\n")).collect()
            }
            _ => text,
        };
        feed(rel.as_bytes());
        feed(&[0]);
        feed(text.as_bytes());
        feed(&[0]);
        // Every language's locale.toml and name, to list languages without unpacking them.
        let in_language = rel.strip_prefix("locales/").and_then(|r| r.split_once('/'));
        match in_language {
            Some((_, "locale.toml")) => index.push((rel.clone(), text.clone())),
            Some((_, "ui.ftl")) => index.push((
                rel.clone(),
                text.lines().find(|l| l.starts_with("language-name =")).map(|l| format!("{l}\n")).unwrap_or_default(),
            )),
            _ => {}
        }
        let group = in_language.map_or_else(|| "content".to_owned(), |(code, _)| format!("locales/{code}"));
        groups.entry(group).or_default().push((rel.clone(), text));
    }
    let mut recordings = Vec::new();
    for (rel, abs) in &media {
        let bytes = std::fs::read(abs).expect("recordings are readable");
        feed(rel.as_bytes());
        feed(&[0]);
        feed(&bytes);
        feed(&[0]);
        recordings.push((rel.clone(), bytes));
    }
    // Each group brotli-compressed, with a 16 MiB window (the largest; a group is smaller): at its best
    // (quality 11) for a release, whose size people download; at quality 5
    // for debug builds (tests, development), a hundredth of the time.
    let quality = if std::env::var("PROFILE").as_deref() == Ok("release") { 11 } else { 5 };
    let compress = |files: &mut dyn Iterator<Item = (&String, &[u8])>| {
        let mut out = Vec::new();
        {
            let mut br = brotli::CompressorWriter::new(&mut out, 64 * 1024, quality, 24);
            for (rel, bytes) in files {
                write!(br, "{rel}\n{}\n", bytes.len()).unwrap();
                br.write_all(bytes).unwrap();
            }
        }
        out
    };
    let as_bytes = |files: &[(String, String)]| -> Vec<(String, Vec<u8>)> {
        files.iter().map(|(rel, text)| (rel.clone(), text.as_bytes().to_vec())).collect()
    };
    let mut archive = b"kyr-sources 2\n".to_vec();
    let mut add = |name: &str, body: Vec<u8>| {
        archive.extend_from_slice(format!("{name}\n{}\n", body.len()).as_bytes());
        archive.extend_from_slice(&body);
    };
    add("index", compress(&mut as_bytes(&index).iter().map(|(r, b)| (r, b.as_slice()))));
    for (name, group) in &groups {
        add(name, compress(&mut as_bytes(group).iter().map(|(r, b)| (r, b.as_slice()))));
    }
    if !recordings.is_empty() {
        // Opus is already compressed; brotli gains little but frames it like the rest.
        add("media", compress(&mut recordings.iter().map(|(r, b)| (r, b.as_slice()))));
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out_dir.join("sources.kyrsrc"), archive).expect("write sources.kyrsrc");
    let code = format!(
        "/// The content sources, packed (see `SourceSet::pack`).\npub static PACKED: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/sources.kyrsrc\"));\n/// Their fingerprint.\npub const FINGERPRINT: &str = \"{hash:016x}\";\n"
    );
    std::fs::write(out_dir.join("embedded_sources.rs"), code).expect("write embedded_sources.rs");
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>, media: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel = || {
            path.strip_prefix(root)
                .unwrap()
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/")
        };
        if path.is_dir() {
            collect(root, &path, out, media);
        } else if name == "web.ftl" {
            // The web app's own screens (install steps, its updates): the
            // app never shows them, and `kyr web build` reads a working copy.
        } else if name.ends_with(".toml") || name.ends_with(".ftl") || name.ends_with(".csv") {
            out.push((rel(), path.canonicalize().unwrap()));
        } else if name.ends_with(".opus") {
            media.push((rel(), path.canonicalize().unwrap()));
        }
    }
}

/// A Fluent file without its comment lines (`#`, `##`, `###` at the start of
/// a line: inside a message, a line starting with `#` would be indented), as
/// `kyr_core::sources::without_comments` does.
fn without_comments(text: &str) -> String {
    text.lines().filter(|l| !l.starts_with('#')).map(|l| format!("{l}\n")).collect()
}

/// The first bytes of the ZIP table as brotli, instead of the gzip that
/// `content/zipcodes.kyrzip` holds: `kyr_core::directory::ZIP_BROTLI_MAGIC`,
/// copied (a build script cannot use the core; the app's test checks they agree).
pub const ZIP_BROTLI_MAGIC: &[u8] = b"kyrzip-br\n";

/// Writes `zipcodes.kyrzip.br` into `OUT_DIR`: `content/zipcodes.kyrzip`
/// compressed again with brotli (see [`zipcodes_brotli`]).
pub fn embed_zipcodes(root: &Path) {
    let path = root.join("content/zipcodes.kyrzip");
    println!("cargo:rerun-if-changed={}", path.display());
    let gzip = std::fs::read(&path).expect("content/zipcodes.kyrzip is readable");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out_dir.join("zipcodes.kyrzip.br"), zipcodes_brotli(&gzip).expect("the ZIP table is gzip"))
        .expect("write zipcodes.kyrzip.br");
}

/// The ZIP table (gzip, as `scripts/zipcodes` writes it) unpacked and
/// compressed with brotli at its best, after [`ZIP_BROTLI_MAGIC`]: 115 KB
/// instead of 133 KB, for the app's binary and the web app's download.
pub fn zipcodes_brotli(gzip: &[u8]) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let mut raw = Vec::new();
    flate2::read::GzDecoder::new(gzip).read_to_end(&mut raw)?;
    let mut out = ZIP_BROTLI_MAGIC.to_vec();
    {
        let mut br = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 24);
        br.write_all(&raw)?;
    }
    Ok(out)
}
