//! Clinic packs: one signed file (`.kyrpack`) that carries content, contacts
//! and a clinic profile. This crate reads, bounds, writes and signs the file;
//! the core's `packs.rs` decides whether to trust and install one. The
//! format is specified in `docs/pack-format.md`. It knows no database and no
//! content, so the fuzzers build it in seconds.
//!
//! ```text
//! "KYRPACK1" | public key [32] | manifest length u32 | manifest (TOML)
//!            | payload length u32 | payload (gzip of the file list) | signature [64]
//! ```
//!
//! The ed25519 signature covers every byte before it, so the manifest (with
//! its version and date) and the payload cannot be changed or swapped. It is
//! checked first, with the key the file carries; nothing else is parsed
//! before. Whether that key is trusted is decided afterwards.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Read;

pub mod audio;
pub use audio::{AudioError, OpusInfo};

/// The first bytes of every pack.
pub const MAGIC: &[u8; 8] = b"KYRPACK1";
/// The largest pack file accepted.
pub const MAX_PACK_BYTES: usize = 8 * 1024 * 1024;
/// The most its files may hold once unpacked.
pub const MAX_UNPACKED_BYTES: usize = 24 * 1024 * 1024;
/// The most files one pack may hold.
pub const MAX_FILES: usize = 1000;
const MAX_MANIFEST_BYTES: usize = 16 * 1024;
/// Largest Fluent file a pack may carry. The built-in ones are under 40 KiB.
pub const MAX_FTL_BYTES: usize = 256 * 1024;
/// Deepest nesting of `{ … }` placeables a pack's Fluent may use. The Fluent
/// parser recurses once per level with no limit of its own, so a deep file
/// would overflow the stack; real messages use two or three levels.
pub const MAX_FTL_DEPTH: usize = 16;
const MIN_LEN: usize = 8 + 32 + 4 + 4 + 64;

/// What a pack says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Format version: 1.
    pub format: u32,
    /// Who made it, as people know them.
    pub publisher: String,
    /// [`fingerprint`] of the key that signed it.
    pub key_id: String,
    /// Stable id of this pack, e.g. `org.example.clinic`.
    pub pack_id: String,
    /// Grows with every release of this pack.
    pub version: u64,
    /// When it was made (YYYY-MM-DD).
    pub created: String,
    /// Locales it has text for.
    #[serde(default)]
    pub languages: Vec<String>,
    /// What it holds: `content`, `contacts`, `profile`.
    #[serde(default)]
    pub parts: Vec<String>,
}

/// One file carried by a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackFile {
    /// Path as in the project (`content/guides/door.toml`,
    /// `locales/es/guide-door.ftl`), or `contacts.csv`, `profile.toml`.
    pub path: String,
    /// UTF-8 text.
    pub text: String,
}

/// A recording carried by a pack: `audio/<name>.opus`, checked as Ogg Opus
/// and bounded in size and length. `audio/recordings.toml` (a text file)
/// says where each one plays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AudioFile {
    /// `audio/<name>.opus`.
    pub path: String,
    /// The Ogg Opus bytes.
    pub bytes: Vec<u8>,
}

/// A pack whose signature checked out.
#[derive(Debug, Clone)]
pub struct Pack {
    /// The key that signed it.
    pub public_key: [u8; 32],
    /// Its manifest.
    pub manifest: Manifest,
    /// Its text files.
    pub files: Vec<PackFile>,
    /// Its recordings.
    pub audio: Vec<AudioFile>,
}

/// Why a pack was refused. Each has a message id for the app.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    /// Larger than [`MAX_PACK_BYTES`] or than its contents allow.
    #[error("the pack is too large: {0}")]
    TooLarge(String),
    /// Not a pack, or cut short.
    #[error("this is not a kyr pack, or it is incomplete")]
    NotAPack,
    /// The signature does not match: changed, damaged, or not signed by its key.
    #[error("the signature does not match: the file was changed or damaged")]
    BadSignature,
    /// Signed, but its inside is not well formed.
    #[error("the pack is malformed: {0}")]
    Malformed(String),
    /// A recording that is not a whole Ogg Opus file, or too large or long.
    #[error("{path}: {problem}")]
    BadAudio {
        /// `audio/<name>.opus`.
        path: String,
        /// What is wrong with it.
        problem: AudioError,
    },
}

impl PackError {
    /// The Fluent message id that explains it.
    pub fn message_id(&self) -> &'static str {
        match self {
            PackError::TooLarge(_) => "pack-error-too-large",
            PackError::NotAPack => "pack-error-not-a-pack",
            PackError::BadSignature => "pack-error-signature",
            PackError::Malformed(_) => "pack-error-malformed",
            PackError::BadAudio { .. } => "pack-error-audio",
        }
    }
}

fn malformed(what: impl Into<String>) -> PackError {
    PackError::Malformed(what.into())
}

/// A short code for a key that a clinic can read out: the first 80 bits of
/// its SHA-256 in Crockford base32, in four groups (`7K2Q-…`).
pub fn fingerprint(public_key: &[u8; 32]) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let hash = Sha256::digest(public_key);
    let mut bits: u128 = 0;
    for b in &hash[..10] {
        bits = (bits << 8) | u128::from(*b);
    }
    let chars: Vec<char> = (0..16).map(|i| ALPHABET[((bits >> (75 - 5 * i)) & 31) as usize] as char).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// The public key of a secret key.
pub fn public_key_of(secret_key: &[u8; 32]) -> [u8; 32] {
    SigningKey::from_bytes(secret_key).verifying_key().to_bytes()
}

/// A new signing key from the system's randomness: (secret, public).
pub fn keygen() -> Result<([u8; 32], [u8; 32]), PackError> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|_| malformed("no random numbers"))?;
    let key = SigningKey::from_bytes(&seed);
    Ok((seed, key.verifying_key().to_bytes()))
}

/// Reads and verifies a pack. The signature is checked before anything
/// inside is parsed; sizes are bounded before anything is allocated.
pub fn read(bytes: &[u8]) -> Result<Pack, PackError> {
    if bytes.len() > MAX_PACK_BYTES {
        return Err(PackError::TooLarge(format!("{} bytes; the limit is {MAX_PACK_BYTES}", bytes.len())));
    }
    if bytes.len() < MIN_LEN || &bytes[..8] != MAGIC {
        return Err(PackError::NotAPack);
    }
    let public_key: [u8; 32] = bytes[8..40].try_into().expect("32 bytes");
    let (signed, signature) = bytes.split_at(bytes.len() - 64);
    let key = VerifyingKey::from_bytes(&public_key).map_err(|_| PackError::BadSignature)?;
    let signature = Signature::from_bytes(signature.try_into().expect("64 bytes"));
    key.verify_strict(signed, &signature).map_err(|_| PackError::BadSignature)?;

    // From here on the bytes are the signer's; they are still checked, as a
    // trusted clinic can make mistakes and a signer may be hostile.
    let mut at = 40;
    let manifest_bytes = take_block(signed, &mut at, MAX_MANIFEST_BYTES)?;
    let payload = take_block(signed, &mut at, MAX_PACK_BYTES)?;
    if at != signed.len() {
        return Err(malformed("bytes after the payload"));
    }
    let manifest_text = std::str::from_utf8(manifest_bytes).map_err(|_| malformed("the manifest is not UTF-8"))?;
    let manifest: Manifest =
        toml::from_str(manifest_text).map_err(|e| malformed(format!("manifest: {}", e.message())))?;
    check_manifest(&manifest, &public_key)?;
    let (files, audio) = unpack(payload)?;
    check_parts(&manifest, &files, &audio)?;
    Ok(Pack { public_key, manifest, files, audio })
}

fn take_block<'a>(bytes: &'a [u8], at: &mut usize, limit: usize) -> Result<&'a [u8], PackError> {
    let len_bytes = bytes.get(*at..*at + 4).ok_or(PackError::NotAPack)?;
    let len = u32::from_le_bytes(len_bytes.try_into().expect("4 bytes")) as usize;
    if len > limit {
        return Err(PackError::TooLarge(format!("a block of {len} bytes")));
    }
    let block = bytes.get(*at + 4..*at + 4 + len).ok_or(PackError::NotAPack)?;
    *at += 4 + len;
    Ok(block)
}

/// Characters a person cannot see or that reorder text: format characters,
/// bidi controls, and other default-ignorable code points (Unicode
/// `Default_Ignorable_Code_Point` and general category Cf).
pub fn is_hidden(c: char) -> bool {
    matches!(
        c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F | 0x200B..=0x200F | 0x202A..=0x202E
            | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFFB | 0x0600..=0x0605 | 0x06DD | 0x070F
            | 0x08E2 | 0x110BD | 0x110CD | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0000..=0xE0FFF
    )
}

/// True when a name contains a control, format or bidi character: such a
/// name is refused, as it can look like another.
pub fn has_hidden_characters(name: &str) -> bool {
    name.chars().any(|c| c.is_control() || is_hidden(c))
}

/// True for a date that exists, written YYYY-MM-DD (a manifest's `created`).
fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return false;
    }
    let (year, month, day): (u32, u32, u32) =
        (text[0..4].parse().unwrap_or(0), text[5..7].parse().unwrap_or(0), text[8..10].parse().unwrap_or(0));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    (1..=days).contains(&day)
}

fn check_manifest(m: &Manifest, public_key: &[u8; 32]) -> Result<(), PackError> {
    if m.format != 1 {
        return Err(malformed(format!("format {} is not one this app reads", m.format)));
    }
    let name_ok =
        |s: &str, max: usize| !s.trim().is_empty() && s.chars().count() <= max && !s.chars().any(char::is_control);
    if !name_ok(&m.publisher, 80) {
        return Err(malformed("publisher must be 1 to 80 characters"));
    }
    if has_hidden_characters(&m.publisher) {
        return Err(malformed("publisher contains invisible or direction characters"));
    }
    if m.key_id != fingerprint(public_key) {
        return Err(malformed("key_id is not the fingerprint of the key that signed the pack"));
    }
    let id_ok = m.pack_id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && m.pack_id.len() <= 64
        && m.pack_id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_'));
    if !id_ok {
        return Err(malformed("pack_id must be 1 to 64 of a-z 0-9 . - _, starting with a letter or digit"));
    }
    if m.version == 0 {
        return Err(malformed("version must be 1 or more"));
    }
    if !is_date(&m.created) {
        return Err(malformed("created must be a date, YYYY-MM-DD"));
    }
    for part in &m.parts {
        if !["content", "contacts", "profile", "audio"].contains(&part.as_str()) {
            return Err(malformed(format!("unknown part {part:?}")));
        }
    }
    Ok(())
}

/// The payload: gzip of `count u32`, then per file `path length u16 | path |
/// length u32 | bytes`.
fn unpack(payload: &[u8]) -> Result<(Vec<PackFile>, Vec<AudioFile>), PackError> {
    let mut raw = Vec::new();
    let mut decoder = flate2::bufread::GzDecoder::new(payload);
    (&mut decoder)
        .take(MAX_UNPACKED_BYTES as u64 + 1)
        .read_to_end(&mut raw)
        .map_err(|_| malformed("the payload is not gzip data"))?;
    if raw.len() > MAX_UNPACKED_BYTES {
        return Err(PackError::TooLarge(format!("more than {MAX_UNPACKED_BYTES} bytes once unpacked")));
    }
    // Every signed byte is read: a second gzip member or trailing bytes would
    // be content that this reader ignores and another reader might not.
    if !decoder.into_inner().is_empty() {
        return Err(malformed("bytes after the gzip data"));
    }
    let mut at = 0;
    let mut take = |n: usize| -> Result<&[u8], PackError> {
        let slice = raw.get(at..at + n).ok_or_else(|| malformed("the file list is cut short"))?;
        at += n;
        Ok(slice)
    };
    let count = u32::from_le_bytes(take(4)?.try_into().expect("4 bytes")) as usize;
    if count > MAX_FILES {
        return Err(PackError::TooLarge(format!("{count} files; the limit is {MAX_FILES}")));
    }
    let mut files: Vec<PackFile> = Vec::with_capacity(count);
    let mut audio: Vec<AudioFile> = Vec::new();
    for _ in 0..count {
        let path_len = u16::from_le_bytes(take(2)?.try_into().expect("2 bytes")) as usize;
        let path = std::str::from_utf8(take(path_len)?).map_err(|_| malformed("a file name is not UTF-8"))?.to_owned();
        check_path(&path)?;
        let len = u32::from_le_bytes(take(4)?.try_into().expect("4 bytes")) as usize;
        let bytes = take(len)?;
        if files.iter().any(|f| f.path == path) || audio.iter().any(|a| a.path == path) {
            return Err(malformed(format!("{path} is in the pack twice")));
        }
        if is_recording(&path) {
            audio::read_ogg_opus(bytes).map_err(|problem| PackError::BadAudio { path: path.clone(), problem })?;
            audio.push(AudioFile { path, bytes: bytes.to_vec() });
            let total: usize = audio.iter().map(|a| a.bytes.len()).sum();
            if total > audio::MAX_PACK_AUDIO_BYTES {
                return Err(PackError::TooLarge(format!(
                    "{total} bytes of recordings; the limit is {}",
                    audio::MAX_PACK_AUDIO_BYTES
                )));
            }
            continue;
        }
        let text = std::str::from_utf8(bytes).map_err(|_| malformed(format!("{path} is not UTF-8 text")))?.to_owned();
        if path.ends_with(".ftl") {
            check_fluent_bounds(&path, &text)?;
        }
        files.push(PackFile { path, text });
    }
    if at != raw.len() {
        return Err(malformed("bytes after the last file"));
    }
    Ok((files, audio))
}

/// True for a recording's path: a clinic's `audio/<name>.opus`, or one of
/// the app's own `content/audio/<lang>/<name>.opus` (official updates only).
pub fn is_recording(path: &str) -> bool {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        ["audio", name] | ["content", "audio", _, name] => name.ends_with(".opus"),
        _ => false,
    }
}

/// Refuses a Fluent file too large or too deeply nested to parse safely,
/// before anything parses it. Braces inside string literals (`{ "{" }`) and
/// comment lines do not count; braces in plain text do, which only errs on
/// the side of refusing.
pub fn check_fluent_bounds(path: &str, text: &str) -> Result<(), PackError> {
    if text.len() > MAX_FTL_BYTES {
        return Err(PackError::TooLarge(format!(
            "{path} has {} bytes; the limit for a Fluent file is {MAX_FTL_BYTES}",
            text.len()
        )));
    }
    let mut depth = 0usize;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut in_string = false;
        let mut escaped = false;
        for c in line.chars() {
            match c {
                _ if escaped => escaped = false,
                '\\' if in_string => escaped = true,
                '"' if depth > 0 => in_string = !in_string,
                '{' if !in_string => {
                    depth += 1;
                    if depth > MAX_FTL_DEPTH {
                        return Err(malformed(format!("{path} nests placeables deeper than {MAX_FTL_DEPTH} levels")));
                    }
                }
                '}' if !in_string => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    Ok(())
}

/// Where a pack's files may go: the content and locale folders (TOML and
/// Fluent), and its own contacts, outdated-entry reports and profile.
fn check_path(path: &str) -> Result<(), PackError> {
    let safe_chars = path.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '/'));
    let parts: Vec<&str> = path.split('/').collect();
    let safe_parts = parts.iter().all(|p| !p.is_empty() && !p.starts_with('.'));
    let allowed = match parts.as_slice() {
        ["contacts.csv"] | ["outdated.csv"] | ["profile.toml"] => true,
        ["content", "audio", _lang, name] => name.ends_with(".opus"),
        ["content", .., name] => name.ends_with(".toml") && parts.len() <= 3,
        ["locales", _lang, name] => name.ends_with(".ftl") || *name == "locale.toml",
        ["audio", name] => name.ends_with(".opus") || *name == "recordings.toml",
        _ => false,
    };
    if safe_chars && safe_parts && allowed && path.len() <= 200 {
        Ok(())
    } else {
        Err(malformed(format!("{path:?} is not a place a pack may write")))
    }
}

fn check_parts(m: &Manifest, files: &[PackFile], audio: &[AudioFile]) -> Result<(), PackError> {
    let has = |part: &str| m.parts.iter().any(|p| p == part);
    // The app's own recordings (`content/audio/…`) are content; a clinic's are its `audio` part.
    let content = files.iter().any(|f| f.path.starts_with("content/") || f.path.starts_with("locales/"))
        || audio.iter().any(|a| a.path.starts_with("content/"));
    // A clinic's reports of outdated built-in entries belong to its contacts.
    let contacts = files.iter().any(|f| f.path == "contacts.csv" || f.path == "outdated.csv");
    let recordings =
        audio.iter().any(|a| a.path.starts_with("audio/")) || files.iter().any(|f| f.path.starts_with("audio/"));
    let present = [
        ("content", content),
        ("contacts", contacts),
        ("profile", files.iter().any(|f| f.path == "profile.toml")),
        ("audio", recordings),
    ];
    for (part, here) in present {
        if has(part) != here {
            return Err(malformed(format!("the manifest's parts and the files disagree about {part:?}")));
        }
    }
    for f in files.iter().filter(|f| f.path.starts_with("locales/")) {
        let lang = f.path.split('/').nth(1).unwrap_or_default();
        if !m.languages.iter().any(|l| l == lang) {
            return Err(malformed(format!("{} is in a language the manifest does not list", f.path)));
        }
    }
    Ok(())
}

/// Writes and signs a pack.
pub fn write(
    manifest: &Manifest,
    files: &[PackFile],
    audio: &[AudioFile],
    secret_key: &[u8; 32],
) -> Result<Vec<u8>, PackError> {
    let key = SigningKey::from_bytes(secret_key);
    let manifest_text = toml::to_string(manifest).map_err(|e| malformed(e.to_string()))?;
    let mut raw = Vec::new();
    raw.extend_from_slice(&((files.len() + audio.len()) as u32).to_le_bytes());
    let entries =
        files.iter().map(|f| (&f.path, f.text.as_bytes())).chain(audio.iter().map(|a| (&a.path, &a.bytes[..])));
    for (path, bytes) in entries {
        raw.extend_from_slice(&(path.len() as u16).to_le_bytes());
        raw.extend_from_slice(path.as_bytes());
        raw.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
        raw.extend_from_slice(bytes);
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut gz, &raw).map_err(|e| malformed(e.to_string()))?;
    let payload = gz.finish().map_err(|e| malformed(e.to_string()))?;
    let out = sign_raw(manifest_text.as_bytes(), &payload, &key.to_bytes());
    if out.len() > MAX_PACK_BYTES {
        return Err(PackError::TooLarge(format!("{} bytes; the limit is {MAX_PACK_BYTES}", out.len())));
    }
    Ok(out)
}

/// Frames and signs a manifest and a payload exactly as given, without
/// checking them: the fuzz target uses it to reach the checks that come
/// after the signature.
pub fn sign_raw(manifest: &[u8], payload: &[u8], secret_key: &[u8; 32]) -> Vec<u8> {
    let key = SigningKey::from_bytes(secret_key);
    let mut out = Vec::with_capacity(MIN_LEN + manifest.len() + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(key.verifying_key().as_bytes());
    out.extend_from_slice(&(manifest.len() as u32).to_le_bytes());
    out.extend_from_slice(manifest);
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(payload);
    let signature = key.sign(&out);
    out.extend_from_slice(&signature.to_bytes());
    out
}

/// One fuzzing input, as `fuzz/fuzz_targets/pack_reader.rs` and the
/// regression test replay it. The first byte chooses: even, the rest is read
/// as a pack; odd, the next two bytes split the rest into a manifest and a
/// payload that are signed with a fixed key first (with bit 2 set, the
/// payload is the file list, gzipped here), so the checks behind the
/// signature are reached.
#[doc(hidden)]
pub fn fuzz_input(data: &[u8]) -> Option<Result<Pack, PackError>> {
    const KEY: [u8; 32] = [7; 32];
    let (&mode, rest) = data.split_first()?;
    if mode & 1 == 0 {
        return Some(read(rest));
    }
    if rest.len() < 2 {
        return None;
    }
    let split = (u16::from_le_bytes([rest[0], rest[1]]) as usize).min(rest.len() - 2);
    let (manifest, payload) = rest[2..].split_at(split);
    let payload = if mode & 2 == 2 {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, payload).ok()?;
        gz.finish().ok()?
    } else {
        payload.to_vec()
    };
    Some(read(&sign_raw(manifest, &payload, &KEY)))
}

/// Key files: one line of hex after a header line.
pub fn key_to_text(kind: &str, key: &[u8; 32]) -> String {
    let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
    format!("kyr-pack-{kind}-key v1\n{hex}\n")
}

/// Reads a key file written by [`key_to_text`].
pub fn key_from_text(kind: &str, text: &str) -> Option<[u8; 32]> {
    let mut lines = text.lines();
    if lines.next()? != format!("kyr-pack-{kind}-key v1") {
        return None;
    }
    let hex = lines.next()?.trim();
    if hex.len() != 64 {
        return None;
    }
    let mut key = [0u8; 32];
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_date_must_exist() {
        assert!(is_date("2026-12-07") && is_date("2024-02-29"));
        assert!(!is_date("2026-02-29") && !is_date("2026-13-01") && !is_date("2026-04-31"));
        assert!(!is_date("2026-1-07") && !is_date("26-12-07") && !is_date("2026/12/07") && !is_date("２026-12-07"));
    }

    fn manifest(public: &[u8; 32]) -> Manifest {
        Manifest {
            format: 1,
            publisher: "Example Clinic".into(),
            key_id: fingerprint(public),
            pack_id: "org.example.clinic".into(),
            version: 2,
            created: "2026-11-30".into(),
            languages: vec!["es".into()],
            parts: vec!["contacts".into(), "profile".into(), "content".into()],
        }
    }

    fn files() -> Vec<PackFile> {
        vec![
            PackFile { path: "contacts.csv".into(), text: "name,kind\n".into() },
            PackFile { path: "profile.toml".into(), text: "name = \"Example\"\n".into() },
            PackFile { path: "locales/es/clinic.ftl".into(), text: "x = y\n".into() },
        ]
    }

    fn manifest_files() -> Vec<PackFile> {
        files()
    }

    fn sample() -> (Vec<u8>, [u8; 32]) {
        let (secret, public) = keygen().unwrap();
        (write(&manifest(&public), &files(), &[], &secret).unwrap(), public)
    }

    #[test]
    fn a_written_pack_reads_back() {
        let (bytes, public) = sample();
        let pack = read(&bytes).unwrap();
        assert_eq!(pack.public_key, public);
        assert_eq!(pack.manifest, manifest(&public));
        assert_eq!(pack.files, files());
    }

    fn with_audio(public: &[u8; 32]) -> Manifest {
        let mut m = manifest(public);
        m.parts.push("audio".into());
        m
    }

    fn recordings_list() -> PackFile {
        PackFile { path: "audio/recordings.toml".into(), text: "[[recording]]\n".into() }
    }

    #[test]
    fn recordings_travel_as_bytes_and_are_checked_as_ogg_opus() {
        let (secret, public) = keygen().unwrap();
        let mut listed = files();
        listed.push(recordings_list());
        let files = listed;
        let good = AudioFile { path: "audio/lawyer-mam.opus".into(), bytes: audio::silent_ogg_opus(100) };
        let pack = read(&write(&with_audio(&public), &files, std::slice::from_ref(&good), &secret).unwrap()).unwrap();
        assert_eq!(pack.audio, vec![good.clone()]);
        assert_eq!(pack.files, files);

        // Damaged, foreign, too large: the whole pack is refused, naming the file.
        let mut damaged = good.clone();
        let last = damaged.bytes.len() - 1;
        damaged.bytes[last] ^= 0x40;
        let wav = AudioFile { path: "audio/a.opus".into(), bytes: b"RIFF\0\0\0\0WAVE".to_vec() };
        let huge = AudioFile { path: "audio/a.opus".into(), bytes: vec![0; audio::MAX_RECORDING_BYTES + 1] };
        for (bad, problem) in [
            (damaged, AudioError::BadChecksum(2)),
            (wav, AudioError::NotOgg),
            (huge, AudioError::TooLarge(audio::MAX_RECORDING_BYTES + 1)),
        ] {
            let path = bad.path.clone();
            let refused = read(&write(&with_audio(&public), &files, &[bad], &secret).unwrap()).unwrap_err();
            assert_eq!(refused, PackError::BadAudio { path, problem });
            assert_eq!(refused.message_id(), "pack-error-audio");
        }

        // Each within the limit, together over it.
        let one = audio::silent_ogg_opus(25_000);
        let many: Vec<AudioFile> = (0..(audio::MAX_PACK_AUDIO_BYTES / one.len() + 1))
            .map(|i| AudioFile { path: format!("audio/part-{i}.opus"), bytes: one.clone() })
            .collect();
        let refused = read(&write(&with_audio(&public), &files, &many, &secret).unwrap()).unwrap_err();
        assert!(matches!(refused, PackError::TooLarge(_)), "{refused:?}");

        // The manifest must say it carries recordings, and only then.
        let refused =
            read(&write(&manifest(&public), &files, std::slice::from_ref(&good), &secret).unwrap()).unwrap_err();
        assert!(matches!(refused, PackError::Malformed(_)));
        assert!(matches!(
            read(&write(&with_audio(&public), &manifest_files(), &[], &secret).unwrap()).unwrap_err(),
            PackError::Malformed(_)
        ));
        // The app's own voice travels as content (only the project's key may
        // install it: the core decides that, after the signature).
        let own_voice = AudioFile { path: "content/audio/en/phrase-lawyer.opus".into(), bytes: good.bytes.clone() };
        let pack =
            read(&write(&manifest(&public), &manifest_files(), std::slice::from_ref(&own_voice), &secret).unwrap())
                .unwrap();
        assert_eq!(pack.audio, vec![own_voice]);
        // Recordings go in audio/ or content/audio/<lang>/, nowhere else.
        let misplaced = AudioFile { path: "content/audio/a.opus".into(), bytes: good.bytes.clone() };
        assert!(matches!(
            read(&write(&manifest(&public), &manifest_files(), &[misplaced], &secret).unwrap()).unwrap_err(),
            PackError::Malformed(_)
        ));
        let stray = AudioFile { path: "audio/deeper/a.opus".into(), bytes: good.bytes };
        assert!(matches!(
            read(&write(&with_audio(&public), &files, &[stray], &secret).unwrap()).unwrap_err(),
            PackError::Malformed(_)
        ));
    }

    #[test]
    fn signed_bytes_that_would_not_be_read_and_dot_pack_ids_are_refused() {
        let (secret, public) = keygen().unwrap();
        let good = write(&manifest(&public), &files(), &[], &secret).unwrap();
        let pack = read(&good).unwrap();
        // The same payload with a second gzip member after it, signed again.
        let mut raw = 1u32.to_le_bytes().to_vec();
        raw.extend_from_slice(&(12u16).to_le_bytes());
        raw.extend_from_slice(b"contacts.csv");
        raw.extend_from_slice(&(10u32).to_le_bytes());
        raw.extend_from_slice(b"name,kind\n");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, &raw).unwrap();
        let mut payload = gz.finish().unwrap();
        let mut m = pack.manifest.clone();
        m.parts = vec!["contacts".into()];
        m.languages = vec![];
        let manifest_text = toml::to_string(&m).unwrap();
        assert!(read(&sign_raw(manifest_text.as_bytes(), &payload, &secret)).is_ok(), "the payload alone is fine");
        payload.extend_from_slice(&payload.clone());
        assert!(matches!(read(&sign_raw(manifest_text.as_bytes(), &payload, &secret)), Err(PackError::Malformed(_))));
        for id in [".", "..", "-x", "_x"] {
            let mut m = manifest(&public);
            m.pack_id = id.into();
            assert!(matches!(read(&write(&m, &files(), &[], &secret).unwrap()), Err(PackError::Malformed(_))), "{id}");
        }
    }

    #[test]
    fn one_flipped_byte_anywhere_is_refused() {
        let (bytes, _) = sample();
        for at in (0..bytes.len()).step_by(7).chain([bytes.len() - 1]) {
            let mut bad = bytes.clone();
            bad[at] ^= 0x20;
            let err = read(&bad).unwrap_err();
            assert!(matches!(err, PackError::BadSignature | PackError::NotAPack), "byte {at}: {err:?}");
        }
    }

    #[test]
    fn truncated_empty_and_foreign_files_are_refused() {
        let (bytes, _) = sample();
        for len in [0, 7, 8, 40, 100, bytes.len() - 1] {
            assert!(read(&bytes[..len]).is_err(), "length {len}");
        }
        assert_eq!(read(b"PK\x03\x04 a zip file").unwrap_err(), PackError::NotAPack);
    }

    #[test]
    fn a_pack_signed_by_another_key_than_it_carries_is_refused() {
        let (bytes, _) = sample();
        let (_, other) = keygen().unwrap();
        let mut swapped = bytes.clone();
        swapped[8..40].copy_from_slice(&other);
        assert_eq!(read(&swapped).unwrap_err(), PackError::BadSignature);
    }

    #[test]
    fn oversized_packs_and_contents_are_refused_before_work() {
        let huge = vec![0u8; MAX_PACK_BYTES + 1];
        assert!(matches!(read(&huge).unwrap_err(), PackError::TooLarge(_)));
        // A gzip bomb: small on disk, huge unpacked.
        let (secret, public) = keygen().unwrap();
        let big = PackFile { path: "content/notes.toml".into(), text: "a".repeat(MAX_UNPACKED_BYTES + 10) };
        let mut m = manifest(&public);
        m.parts = vec!["content".into()];
        m.languages.clear();
        let bytes = write(&m, &[big], &[], &secret).unwrap();
        assert!(bytes.len() < 100_000, "compressed to {}", bytes.len());
        assert!(matches!(read(&bytes).unwrap_err(), PackError::TooLarge(_)));
    }

    #[test]
    fn deep_or_huge_fluent_is_refused_before_it_is_parsed() {
        let deep = format!("deep = {}x{}\n", "{ ".repeat(20_000), " }".repeat(20_000));
        assert!(matches!(check_fluent_bounds("locales/es/clinic.ftl", &deep), Err(PackError::Malformed(_))));
        let sixteen = format!("ok = {}$x{}\n", "{ ".repeat(MAX_FTL_DEPTH), " }".repeat(MAX_FTL_DEPTH));
        assert!(check_fluent_bounds("locales/es/clinic.ftl", &sixteen).is_ok());
        // Braces inside string literals and comments are not placeables.
        let quoted = format!("q = {{ \"{}\" }}\n# {}\n", "{".repeat(100), "{".repeat(100));
        assert!(check_fluent_bounds("locales/es/clinic.ftl", &quoted).is_ok());
        let huge = "a = b\n".repeat(MAX_FTL_BYTES / 6 + 10);
        assert!(matches!(check_fluent_bounds("locales/es/clinic.ftl", &huge), Err(PackError::TooLarge(_))));
    }

    #[test]
    fn paths_outside_the_content_are_refused() {
        for path in [
            "../etc/passwd",
            "/abs.toml",
            "content/../x.toml",
            "locales/es/.hidden.ftl",
            "src/main.rs",
            "content/a/b/c.toml",
            "locales/es/x.txt",
        ] {
            assert!(check_path(path).is_err(), "{path}");
        }
        for path in [
            "contacts.csv",
            "profile.toml",
            "content/guides/door.toml",
            "locales/es/guide-door.ftl",
            "content/cards.toml",
        ] {
            assert!(check_path(path).is_ok(), "{path}");
        }
    }

    #[test]
    fn a_manifest_that_lies_about_its_key_or_parts_is_refused() {
        let (secret, public) = keygen().unwrap();
        let mut m = manifest(&public);
        m.key_id = "0000-0000-0000-0000".into();
        assert!(matches!(read(&write(&m, &files(), &[], &secret).unwrap()).unwrap_err(), PackError::Malformed(_)));
        let mut m = manifest(&public);
        m.parts = vec!["contacts".into()];
        assert!(matches!(read(&write(&m, &files(), &[], &secret).unwrap()).unwrap_err(), PackError::Malformed(_)));
        let mut m = manifest(&public);
        m.languages = vec!["fr".into()];
        assert!(matches!(read(&write(&m, &files(), &[], &secret).unwrap()).unwrap_err(), PackError::Malformed(_)));
    }

    #[test]
    fn fingerprints_are_short_stable_codes_and_keys_round_trip() {
        let (secret, public) = keygen().unwrap();
        let fp = fingerprint(&public);
        assert_eq!(fp.len(), 19);
        assert_eq!(fp, fingerprint(&public));
        assert_eq!(fp.matches('-').count(), 3);
        assert_eq!(key_from_text("secret", &key_to_text("secret", &secret)), Some(secret));
        assert_eq!(key_from_text("public", &key_to_text("secret", &secret)), None, "a secret key is not a public one");
    }
}
