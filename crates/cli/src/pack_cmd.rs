//! `kyr pack …`: the tools a clinic uses to make, check and hand out packs.

use anyhow::{bail, Context, Result};
use kyr_core::pack::{self, AudioFile, Manifest, PackFile};
use kyr_core::packs::{self, PackState};
use kyr_core::sources::SourceSet;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `SRC_DIR/pack.toml`: what the clinic writes.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackSource {
    publisher: String,
    pack_id: String,
    version: u64,
    #[serde(default)]
    created: Option<String>,
}

/// `kyr pack keygen --out KEYFILE`
pub fn keygen(out: &Path) -> Result<ExitCode> {
    if out.exists() {
        bail!("{} exists; a key is never overwritten", out.display());
    }
    let (secret, public) = pack::keygen()?;
    write_private(out, &pack::key_to_text("secret", &secret))?;
    let public_path = PathBuf::from(format!("{}.pub", out.display()));
    std::fs::write(&public_path, pack::key_to_text("public", &public))
        .with_context(|| format!("writing {}", public_path.display()))?;
    println!("secret key: {} (keep it safe and private; whoever has it can sign packs as you)", out.display());
    println!("public key: {}", public_path.display());
    println!("key code:   {}  (read this out to the people you give packs to)", pack::fingerprint(&public));
    Ok(ExitCode::SUCCESS)
}

fn write_private(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = options.open(path).with_context(|| format!("creating {}", path.display()))?;
    f.write_all(text.as_bytes())?;
    Ok(())
}

fn read_secret(path: &Path) -> Result<[u8; 32]> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    pack::key_from_text("secret", &text)
        .with_context(|| format!("{} is not a kyr secret key (made by `kyr pack keygen`)", path.display()))
}

/// Every file of a pack source folder, with the pack's paths: its text
/// files, and its recordings, each checked as the app checks it, so a clinic
/// hears which file is wrong and why.
fn collect(src: &Path) -> Result<(Vec<PackFile>, Vec<AudioFile>)> {
    let mut files = Vec::new();
    let mut audio = Vec::new();
    for name in ["contacts.csv", "outdated.csv", "profile.toml", "audio/recordings.toml"] {
        let path = src.join(name);
        if path.exists() {
            files.push(PackFile { path: name.to_owned(), text: read_text(&path)? });
        }
    }
    if let Ok(entries) = std::fs::read_dir(src.join("audio")) {
        let mut paths: Vec<PathBuf> = entries.map(|e| e.map(|e| e.path())).collect::<std::io::Result<_>>()?;
        paths.sort();
        for path in paths.iter().filter(|p| !p.ends_with("recordings.toml")) {
            audio.push(recording(src, path)?);
        }
    }
    // The app's own files (official updates): text, and its own voice under content/audio/.
    for dir in ["content", "locales"] {
        walk(src, &src.join(dir), &mut files, &mut audio)?;
    }
    let total: usize = audio.iter().map(|a| a.bytes.len()).sum();
    if total > pack::audio::MAX_PACK_AUDIO_BYTES {
        bail!("the recordings total {total} bytes; a pack may carry at most {}", pack::audio::MAX_PACK_AUDIO_BYTES);
    }
    Ok((files, audio))
}

/// One recording, checked, with its path in the pack.
fn recording(root: &Path, path: &Path) -> Result<AudioFile> {
    let rel = relative(root, path)?;
    if !rel.ends_with(".opus") {
        bail!(
            "{}: recordings must be Ogg Opus files named *.opus (convert with: opusenc --bitrate 24 IN.wav OUT.opus)",
            path.display()
        );
    }
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let info = pack::audio::read_ogg_opus(&bytes).with_context(|| format!("{} cannot go in a pack", path.display()))?;
    println!("  {rel}: {:.1} s, {} bytes", info.duration_ms as f64 / 1000.0, bytes.len());
    Ok(AudioFile { path: rel, bytes })
}

fn relative(root: &Path, path: &Path) -> Result<String> {
    Ok(path.strip_prefix(root)?.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"))
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<PackFile>, audio: &mut Vec<AudioFile>) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(()) };
    let mut entries: Vec<_> = entries.collect::<std::io::Result<_>>()?;
    entries.sort_by_key(std::fs::DirEntry::path);
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            walk(root, &path, out, audio)?;
        } else if path.extension().is_some_and(|e| e == "opus") {
            audio.push(recording(root, &path)?);
        } else {
            out.push(PackFile { path: relative(root, &path)?, text: read_text(&path)? });
        }
    }
    Ok(())
}

fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {} (it must be UTF-8 text)", path.display()))
}

/// `kyr pack build --key KEYFILE --out FILE SRC_DIR`: validates with the
/// app's own compiler first, then signs.
pub fn build(key: &Path, out: &Path, src: &Path, base: &SourceSet, today: &str) -> Result<ExitCode> {
    let secret = read_secret(key)?;
    let public = pack::public_key_of(&secret);
    let source: PackSource = toml::from_str(&read_text(&src.join("pack.toml"))?).context("reading pack.toml")?;
    let (files, audio) = collect(src)?;
    let mut languages: Vec<String> = files
        .iter()
        .filter_map(|f| f.path.strip_prefix("locales/"))
        .filter_map(|p| p.split('/').next())
        .map(str::to_owned)
        .collect();
    languages.dedup();
    let mut parts = Vec::new();
    // Every path in the pack, text and recordings.
    let paths = || files.iter().map(|f| &f.path).chain(audio.iter().map(|a| &a.path));
    if paths().any(|p| p.starts_with("content/") || p.starts_with("locales/")) {
        parts.push("content".to_owned());
    }
    if files.iter().any(|f| f.path == "contacts.csv" || f.path == "outdated.csv") {
        parts.push("contacts".to_owned());
    }
    if files.iter().any(|f| f.path == "profile.toml") {
        parts.push("profile".to_owned());
    }
    if paths().any(|p| p.starts_with("audio/")) {
        parts.push("audio".to_owned());
    }
    let manifest = Manifest {
        format: 1,
        publisher: source.publisher,
        key_id: pack::fingerprint(&public),
        pack_id: source.pack_id,
        version: source.version,
        created: source.created.unwrap_or_else(|| today.to_owned()),
        languages,
        parts,
    };
    let bytes = pack::write(&manifest, &files, &audio, &secret)?;
    // The same checks the app makes before installing.
    let pack = pack::read(&bytes)?;
    let scratch = std::env::temp_dir().join(format!("kyr-pack-build-{}", std::process::id()));
    let result = packs::prepare(&scratch, base, &PackState::default(), &pack, today);
    let _ = std::fs::remove_dir_all(&scratch);
    if let Err(refusal) = result {
        if let packs::Refusal::Content(diags) = &refusal {
            for d in diags {
                eprintln!("{d}");
            }
        }
        eprintln!("kyr: the pack was not written: {refusal}");
        return Ok(ExitCode::FAILURE);
    }
    std::fs::write(out, &bytes).with_context(|| format!("writing {}", out.display()))?;
    println!("wrote {} ({} bytes, {} files, {} recordings)", out.display(), bytes.len(), files.len(), audio.len());
    print_summary(&pack);
    Ok(ExitCode::SUCCESS)
}

fn print_summary(pack: &pack::Pack) {
    let m = &pack.manifest;
    println!("publisher: {}", m.publisher);
    println!("key code:  {}", m.key_id);
    println!("pack id:   {}", m.pack_id);
    println!("version:   {}", m.version);
    println!("created:   {}", m.created);
    println!("parts:     {}", m.parts.join(", "));
    println!("languages: {}", if m.languages.is_empty() { "-".to_owned() } else { m.languages.join(", ") });
    for f in &pack.files {
        println!("  {} ({} bytes)", f.path, f.text.len());
    }
    for a in &pack.audio {
        println!("  {} ({} bytes)", a.path, a.bytes.len());
    }
}

/// `kyr pack inspect FILE`: non-zero on a bad signature or a malformed pack.
pub fn inspect(file: &Path) -> Result<ExitCode> {
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    match pack::read(&bytes) {
        Ok(pack) => {
            println!("signature: good (checked with the key in the file; compare the key code with the publisher's)");
            print_summary(&pack);
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("kyr: {}: {e}", file.display());
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `kyr pack install FILE --data-dir DIR [--trust]`: what the app does, for
/// scripts and for a clinic's own check.
pub fn install(file: &Path, kyr: &mut kyr_core::Kyr, trust: bool) -> Result<ExitCode> {
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let view = kyr.install_pack(&bytes, trust)?;
    let plain = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "");
    match view.status.as_str() {
        "installed" => {
            println!("{}", plain(view.message.as_deref().unwrap_or_default()));
            Ok(ExitCode::SUCCESS)
        }
        "review" => {
            let r = view.review.expect("a review has its details");
            println!("{}", plain(&r.explain));
            println!("publisher: {}\nkey code:  {}\n{}", r.publisher, r.key_id, plain(&r.version));
            println!("If the name and key code are right, run again with --trust.");
            Ok(ExitCode::from(3))
        }
        _ => {
            eprintln!("kyr: {}", plain(view.message.as_deref().unwrap_or_default()));
            for p in &view.problems {
                eprintln!("  {p}");
            }
            Ok(ExitCode::FAILURE)
        }
    }
}
