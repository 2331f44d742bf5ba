//! `kyr web build`: the offline web app as a static site. The same `ui/`
//! as the app, the core compiled to WebAssembly (built by `scripts/build-web`
//! into `target/web/pkg`), one content database per language (each holding
//! English too, its fallback), a manifest, and a service worker that caches
//! it all so that after the first visit it works with no network.

use anyhow::{bail, Context, Result};
use kyr_core::compiler::compile;
use kyr_core::sources::SourceSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The same rules as the app's CSP (`src-tauri/tauri.conf.json`), for a web
/// page: only this site, no inline script or style; the core needs
/// `wasm-unsafe-eval` to compile its WebAssembly and `connect-src 'self'`
/// to fetch it and the language data.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; media-src blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/// What the build wrote, for the summary line and the budget script.
pub struct Built {
    /// Files written, relative to the output folder.
    pub files: Vec<String>,
    /// Languages with a content database.
    pub languages: Vec<String>,
}

/// Where the build reads from.
pub struct Inputs<'a> {
    /// The project folder (holds `ui/` and `crates/web/site/`).
    pub root: &'a Path,
    /// `wasm-bindgen --target web` output: `kyr_web.js`, `kyr_web_bg.wasm`.
    pub wasm: &'a Path,
    /// The content to compile (the project's, with a clinic pack laid over it).
    pub sources: &'a SourceSet,
}

/// Writes the site into `out` (an existing folder must be an earlier build,
/// so nothing else is ever overwritten). The site is written beside it and
/// swapped in at the end: a failed build leaves the old site as it was.
pub fn build(inputs: &Inputs, out: &Path, step: &dyn Fn(usize, usize, &str)) -> Result<Built> {
    check_out(out)?;
    let mut name = out.file_name().context("--out needs a folder name")?.to_os_string();
    name.push(".building");
    let building = out.with_file_name(name);
    let _ = std::fs::remove_dir_all(&building);
    std::fs::create_dir_all(&building).with_context(|| format!("creating {}", building.display()))?;
    let built = write_site(inputs, &building, step);
    if built.is_err() {
        let _ = std::fs::remove_dir_all(&building);
        return built;
    }
    if out.exists() {
        std::fs::remove_dir_all(out).with_context(|| format!("replacing {}", out.display()))?;
    }
    std::fs::rename(&building, out).with_context(|| format!("moving the site to {}", out.display()))?;
    built
}

fn write_site(inputs: &Inputs, out: &Path, step: &dyn Fn(usize, usize, &str)) -> Result<Built> {
    let mut files = Vec::new();
    let ui = inputs.root.join("ui");
    let site = inputs.root.join("crates/web/site");
    copy_tree(&ui, out, "", &mut files, &|rel| rel != "api.js" && rel != "index.html")?;
    for name in ["api.js", "web.js"] {
        copy(&site.join(name), &out.join(name))?;
        files.push(name.to_owned());
    }
    for name in ["kyr_web.js", "kyr_web_bg.wasm"] {
        let from = inputs.wasm.join(name);
        anyhow::ensure!(
            from.exists(),
            "{} is missing: run scripts/build-web first (it builds the core for the web)",
            from.display()
        );
        copy(&from, &out.join(name))?;
        files.push(name.to_owned());
    }
    let icons = inputs.root.join("src-tauri/icons");
    for (from, to) in [("128x128@2x.png", "icons/app-256.png"), ("icon.png", "icons/app-512.png")] {
        copy(&icons.join(from), &out.join(to))?;
        files.push(to.to_owned());
    }
    let index = std::fs::read_to_string(ui.join("index.html")).context("reading ui/index.html")?;
    write(out, "index.html", web_index(&index)?.as_bytes(), &mut files)?;
    write(out, "manifest.webmanifest", MANIFEST.as_bytes(), &mut files)?;

    let compilation = compile(inputs.sources);
    if compilation.content.guides.is_empty() || !compilation.diagnostics.is_empty() {
        for d in &compilation.diagnostics {
            eprintln!("{d}");
        }
        bail!("the content has {} problem(s); `kyr check` lists them", compilation.diagnostics.len());
    }
    let languages: Vec<String> = compilation.content.locales.iter().map(|l| l.code.clone()).collect();
    let scratch = std::env::temp_dir().join(format!("kyr-web-{}", std::process::id()));
    std::fs::create_dir_all(&scratch)?;
    let mut data_files = Vec::new();
    for (i, code) in languages.iter().enumerate() {
        let db = scratch.join(format!("{code}.sqlite"));
        let _ = std::fs::remove_file(&db);
        kyr_core::content_db::write(&compilation.content.with_locales(&[code]), &db)?;
        let bytes = std::fs::read(&db)?;
        write(out, &format!("data/{code}.kyrdb"), &gzip(&bytes)?, &mut data_files)?;
        step(i + 1, languages.len(), code);
    }
    let _ = std::fs::remove_dir_all(&scratch);
    // Brotli, as the app embeds it: 17 KB less to download than the gzip.
    let zips = inputs.root.join("content/zipcodes.kyrzip");
    let gzip = std::fs::read(&zips).with_context(|| format!("reading {}", zips.display()))?;
    let brotli = kyr_embed::zipcodes_brotli(&gzip).with_context(|| format!("{} is not gzip", zips.display()))?;
    std::fs::write(out.join("data/zipcodes.kyrzip"), brotli).context("writing data/zipcodes.kyrzip")?;
    files.push("data/zipcodes.kyrzip".to_owned());
    // The codes the page chooses its first language among.
    write(out, "data/languages.json", serde_json::to_string(&languages)?.as_bytes(), &mut files)?;

    // The service worker caches the app and the ZIP table at once; each
    // language's database when the page loads it.
    let mut precache: Vec<String> = vec!["./".to_owned()];
    precache.extend(files.iter().cloned());
    let version = fingerprint(out, &files.iter().chain(&data_files).cloned().collect::<Vec<_>>())?;
    let sw = std::fs::read_to_string(site.join("sw.js")).context("reading crates/web/site/sw.js")?;
    let sw = sw.replace("__KYR_VERSION__", &version).replace("__KYR_FILES__", &serde_json::to_string(&precache)?);
    files.extend(data_files);
    write(out, "sw.js", sw.as_bytes(), &mut files)?;
    Ok(Built { files, languages })
}

/// The content with a clinic's pack laid over it, as the app would install
/// it: the signature is checked, the pack must stay in its own space and
/// compile with the content. Prints who signed it, so the clinic can check
/// the key code.
pub fn with_pack(base: &SourceSet, file: &Path, today: &str) -> Result<SourceSet> {
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let pack = kyr_core::pack::read(&bytes).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    // `prepare` reads other installed packs from a data folder; there are none.
    let nowhere = std::env::temp_dir().join(format!("kyr-web-pack-{}", std::process::id()));
    let prepared = kyr_core::packs::prepare(&nowhere, base, &Default::default(), &pack, today);
    let _ = std::fs::remove_dir_all(&nowhere);
    let prepared = prepared.map_err(|refusal| anyhow::anyhow!("{}: refused: {refusal}", file.display()))?;
    let m = &pack.manifest;
    eprintln!("pack {} version {} from {:?}, key code {}", m.pack_id, m.version, m.publisher.trim(), m.key_id);
    Ok(prepared.sources)
}

/// The printable flyer for a site at `url`, in `lang`.
pub fn flyer(kyr: &mut kyr_core::Kyr, lang: &str, url: &str, paper: crate::cards_pdf::Paper) -> Result<Vec<u8>> {
    let ui = kyr.set_language(lang)?;
    let t = |id: &str| ui.strings.get(id).map(String::as_str).unwrap_or_default();
    let job = crate::flyer_pdf::Flyer {
        title: t("web-flyer-title"),
        scan: t("web-flyer-scan"),
        url,
        intro: t("web-install-intro"),
        sections: vec![
            (
                t("web-install-android"),
                vec![t("web-install-android-1"), t("web-install-android-2"), t("web-install-android-3")],
            ),
            (
                t("web-install-iphone"),
                vec![t("web-install-iphone-1"), t("web-install-iphone-2"), t("web-install-iphone-3")],
            ),
        ],
        note: t("web-install-iphone-note"),
        rtl: ui.dir == "rtl",
        paper,
    };
    let fonts = crate::cards_pdf::Fonts::for_language(lang)?;
    crate::flyer_pdf::render(&job, &fonts).with_context(|| format!("the flyer in {lang}"))
}

const MANIFEST: &str = r##"{
  "name": "kyr — know your rights",
  "short_name": "kyr",
  "start_url": "./",
  "scope": "./",
  "display": "standalone",
  "background_color": "#ffffff",
  "theme_color": "#ffffff",
  "icons": [
    { "src": "icons/app-256.png", "sizes": "256x256", "type": "image/png" },
    { "src": "icons/app-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any" }
  ]
}
"##;

/// The app's page with what a web page adds: the CSP (the app has it in
/// its config), no referrer, the manifest and the icons.
fn web_index(index: &str) -> Result<String> {
    let anchor = "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
    anyhow::ensure!(index.contains(anchor), "ui/index.html has no viewport line to add the web headers after");
    let head = format!(
        "{anchor}\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n  <meta name=\"referrer\" content=\"no-referrer\">\n  <meta name=\"theme-color\" content=\"#ffffff\">\n  <link rel=\"manifest\" href=\"manifest.webmanifest\">\n  <link rel=\"icon\" href=\"icons/app-256.png\">\n  <link rel=\"apple-touch-icon\" href=\"icons/app-256.png\">"
    );
    Ok(index.replace(anchor, &head))
}

/// An existing output folder must be empty or an earlier web build (it has
/// `sw.js` and `manifest.webmanifest`).
fn check_out(out: &Path) -> Result<()> {
    if out.exists() {
        let empty = std::fs::read_dir(out)?.next().is_none();
        let ours = out.join("sw.js").exists() && out.join("manifest.webmanifest").exists();
        if !empty && !ours {
            bail!("{} is not empty and is not a kyr web build; choose a new folder", out.display());
        }
    }
    Ok(())
}

fn copy_tree(dir: &Path, out: &Path, prefix: &str, files: &mut Vec<String>, keep: &dyn Fn(&str) -> bool) -> Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let rel = format!("{prefix}{name}");
        if path.is_dir() {
            copy_tree(&path, out, &format!("{rel}/"), files, keep)?;
        } else if keep(&rel) {
            copy(&path, &out.join(&rel))?;
            files.push(rel);
        }
    }
    Ok(())
}

fn copy(from: &Path, to: &Path) -> Result<()> {
    if let Some(dir) = to.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::copy(from, to).with_context(|| format!("copying {}", from.display()))?;
    Ok(())
}

fn write(out: &Path, rel: &str, bytes: &[u8], files: &mut Vec<String>) -> Result<()> {
    let path = out.join(rel);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
    files.push(rel.to_owned());
    Ok(())
}

fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes)?;
    Ok(gz.finish()?)
}

/// A short hash of every file written: the version the service worker
/// caches under, so any change makes a new version.
fn fingerprint(out: &Path, files: &[String]) -> Result<String> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for rel in files {
        for b in rel.bytes().chain([0]).chain(std::fs::read(out.join(rel))?) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    Ok(format!("{hash:016x}"))
}
