//! The end-to-end harness: starts the real app binary through tauri-driver
//! (which drives WebKitWebDriver) on an Xvfb display, and gives tests a
//! small vocabulary — wait, click, read text, check the locale — over it.
//!
//! Every [`App`] has its own driver, display and data folder, so tests do
//! not share state. When a test panics, the app's screen is saved to
//! `tests/artifacts/failures/<test>.png` before the session closes.

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use kyr_core::l10n::Localizer;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// The project root.
/// The layout checks, run in the page.
const LAYOUT_JS: &str = include_str!("layout.js");

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Where tests leave screenshots and measurements.
pub fn artifacts() -> PathBuf {
    root().join("tests/artifacts")
}

/// The app binary: `KYR_APP_BIN`, else the debug build in `target/`.
fn app_binary() -> PathBuf {
    let path = std::env::var_os("KYR_APP_BIN").map_or_else(|| root().join("target/debug/kyr-app"), PathBuf::from);
    assert!(
        path.is_file(),
        "no app at {}: build it first with `cargo build -p kyr-app` (scripts/test does)",
        path.display()
    );
    path
}

/// Every shipped locale: code and direction, from `locales/*/locale.toml`.
pub fn shipped_locales() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root().join("locales")).unwrap() {
        let dir = entry.unwrap().path();
        let Ok(meta) = std::fs::read_to_string(dir.join("locale.toml")) else { continue };
        let direction = if meta.contains("direction = \"rtl\"") { "rtl" } else { "ltr" };
        out.push((dir.file_name().unwrap().to_string_lossy().into_owned(), direction.to_owned()));
    }
    out.sort();
    out
}

/// The text a person sees for a message, formatted from the locale files
/// on disk by the same code the app uses, so tests never hard-code a translation.
pub fn expected(locale: &str, id: &str) -> String {
    let localizer = Localizer::new(locale, |code| {
        let dir = root().join("locales").join(code);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
    });
    let text = localizer.text(id, None);
    assert!(!text.is_empty(), "no message {id} in {locale}");
    strip_isolation(&text)
}

/// Removes bidi isolation marks (U+2066..U+2069: Fluent's around placeables,
/// and the left-to-right isolates around codes in right-to-left text).
pub fn strip_isolation(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '\u{2066}'..='\u{2069}')).collect()
}

/// A running app under test.
pub struct App {
    /// The WebDriver session.
    pub client: Client,
    name: String,
    _driver: Group,
    _display: Option<Group>,
    data_dir: PathBuf,
    keep_data: bool,
    /// From asking for a session (which launches the app) to the home screen painted.
    pub start_to_home: Duration,
    // Last field: released after the session and processes are gone.
    _one_at_a_time: MutexGuard<'static, ()>,
}

/// One app at a time: a WebKit web view per test is heavy on a 2-core
/// machine, and parallel sessions made tauri-driver drop connections.
static ONE_APP: Mutex<()> = Mutex::new(());

/// How to start the app.
pub struct Start<'a> {
    /// Names the artifacts of this test.
    pub name: &'a str,
    /// The OS locale the app sees (`LANG`).
    pub os_locale: &'a str,
    /// Reuse this data folder (to test what survives a restart) and keep it.
    pub data_dir: Option<PathBuf>,
}

impl App {
    /// Starts the app and waits until its home screen is painted.
    pub async fn start(start: Start<'_>) -> App {
        Self::start_with_args(start, &[]).await
    }

    /// Starts the app with command-line arguments (a file to open).
    // The guard is meant to live across awaits: it is kept in the returned
    // `App`, so tests (each on its own runtime and thread) run one app at a time.
    #[allow(clippy::await_holding_lock)]
    pub async fn start_with_args(start: Start<'_>, args: &[&str]) -> App {
        let one_at_a_time = ONE_APP.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let binary = app_binary();
        let (display_name, display) = display();
        let keep_data = start.data_dir.is_some();
        let data_dir = start
            .data_dir
            .unwrap_or_else(|| std::env::temp_dir().join(format!("kyr-e2e-{}-{}", start.name, std::process::id())));
        if !keep_data {
            let _ = std::fs::remove_dir_all(&data_dir);
        }
        // The driver's and app's output, kept for diagnosing failures.
        let logs = artifacts().join("logs");
        std::fs::create_dir_all(&logs).unwrap();
        let mut caps = serde_json::Map::new();
        caps.insert("tauri:options".into(), serde_json::json!({ "application": binary, "args": args }));
        caps.insert("browserName".into(), "wry".into());
        // A port found free can be taken before WebKitWebDriver binds it (it
        // then exits: "Unable to listen"); the driver is started again on new
        // ports, up to three times.
        let mut tries = 0;
        let (driver, client, launched) = 'start: loop {
            tries += 1;
            let port = free_port();
            let log = std::fs::File::create(logs.join(format!("{}.log", start.name))).unwrap();
            let driver = Group::spawn(
                Command::new("tauri-driver")
                    .args(["--port", &port.to_string(), "--native-port", &free_port().to_string()])
                    .env("DISPLAY", &display_name)
                    .env("KYR_DATA_DIR", &data_dir)
                    .env("LANG", start.os_locale)
                    .env("LC_ALL", start.os_locale)
                    .env_remove("LANGUAGE")
                    .env_remove("LC_MESSAGES")
                    .stdout(log.try_clone().unwrap())
                    .stderr(log),
                "tauri-driver is not installed: run scripts/test, or `cargo install tauri-driver --locked`",
            );
            wait_for_port(port);
            let launched = Instant::now();
            // tauri-driver accepts connections before WebKitWebDriver behind it
            // does; on a busy machine the first request can find it not ready.
            let mut attempt = 0;
            loop {
                let connected = ClientBuilder::new(HttpConnector::new())
                    .capabilities(caps.clone())
                    .connect(&format!("http://127.0.0.1:{port}"))
                    .await;
                match connected {
                    Ok(client) => break 'start (driver, client, launched),
                    Err(e) if attempt < 20 => {
                        attempt += 1;
                        eprintln!("session not ready ({e}); retrying");
                        tokio::time::sleep(Duration::from_millis(500)).await;
                    }
                    Err(e) if tries < 3 => {
                        eprintln!("no session ({e}); starting the driver again on new ports");
                        drop(driver);
                        break;
                    }
                    Err(e) => {
                        panic!("no WebDriver session with the app: {e} (see tests/artifacts/logs/{}.log)", start.name)
                    }
                }
            }
        };
        let mut app = App {
            client,
            name: start.name.to_owned(),
            _driver: driver,
            _display: display,
            data_dir,
            keep_data,
            start_to_home: Duration::ZERO,
            _one_at_a_time: one_at_a_time,
        };
        app.wait_until("document.body.dataset.ready === 'true'").await;
        app.start_to_home = launched.elapsed();
        app
    }

    /// Waits until a JavaScript expression is true (10 s at most).
    pub async fn wait_until(&self, expression: &str) {
        let script = format!("return Boolean({expression});");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if self.client.execute(&script, vec![]).await.ok().and_then(|v| v.as_bool()) == Some(true) {
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting for: {expression}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Runs a script and returns its value.
    pub async fn eval(&self, script: &str) -> serde_json::Value {
        self.client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {script}: {e}"))
    }

    /// Clicks the element matching a CSS selector.
    /// Screens re-render as a whole, so an element found a moment ago may be
    /// gone: a stale element is looked up again.
    pub async fn click(&self, css: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let el = self
                .client
                .wait()
                .at_most(Duration::from_secs(10))
                .for_element(Locator::Css(css))
                .await
                .unwrap_or_else(|e| panic!("no {css}: {e}"));
            // Centre it first, so the sticky header never covers it.
            let _ = self
                .client
                .execute(
                    "document.querySelector(arguments[0])?.scrollIntoView({ block: 'center' }); return true;",
                    vec![css.into()],
                )
                .await;
            match el.click().await {
                Ok(()) => return,
                Err(e) if Instant::now() < deadline => eprintln!("retrying click on {css}: {e}"),
                Err(e) => panic!("cannot click {css}: {e}"),
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Types into the element matching a CSS selector, key by key, as a
    /// person does.
    pub async fn type_text(&self, css: &str, text: &str) {
        let el = self
            .client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"));
        el.send_keys(text).await.unwrap_or_else(|e| panic!("cannot type into {css}: {e}"));
    }

    /// The visible text of the element matching a CSS selector, without
    /// isolation marks.
    pub async fn text(&self, css: &str) -> String {
        // Read in one script, so a re-render cannot slip between find and read.
        let script = "const el = document.querySelector(arguments[0]); return el ? el.innerText : null;";
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let value =
                self.client.execute(script, vec![css.into()]).await.unwrap_or_else(|e| panic!("reading {css}: {e}"));
            if let Some(text) = value.as_str() {
                return strip_isolation(text.trim());
            }
            assert!(Instant::now() < deadline, "no {css}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the element's text is `want` (the screen may still be
    /// re-rendering); panics with what it last saw.
    pub async fn wait_text(&self, css: &str, want: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let seen = self.text(css).await;
            if seen == want {
                return;
            }
            assert!(Instant::now() < deadline, "{css} shows {seen:?}, expected {want:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Number of elements matching a CSS selector.
    pub async fn count(&self, css: &str) -> usize {
        self.client.find_all(Locator::Css(css)).await.map_or(0, |v| v.len())
    }

    /// `lang` and `dir` of the document.
    pub async fn lang_dir(&self) -> (String, String) {
        let v = self.eval("return [document.documentElement.lang, document.documentElement.dir];").await;
        (v[0].as_str().unwrap_or_default().to_owned(), v[1].as_str().unwrap_or_default().to_owned())
    }

    /// Waits for the given screen (`home`, `guide`, `languages`) to be shown.
    pub async fn on_screen(&self, screen: &str) {
        self.wait_until(&format!("document.getElementById('screen').dataset.screen === '{screen}'")).await;
    }

    /// What breaks the layout rules on the current screen (`tests/src/layout.js`):
    /// text out of its box, small or crowded tap targets, mixed button
    /// shapes, low-contrast fields. Empty when the screen is right.
    pub async fn layout_problems(&self) -> Vec<String> {
        let script = format!("{LAYOUT_JS}\nreturn [...layout.overflow(), ...layout.targets(), ...layout.contrast()];");
        serde_json::from_value(self.eval(&script).await).expect("the layout checks return a list")
    }

    /// Memory of the app under test, in KiB: the proportional set size
    /// (PSS) of every process it runs (the app, WebKit's web and network
    /// processes), not of the drivers that launched it.
    pub fn memory_kib(&self) -> u64 {
        let group = self._driver.0.id().to_string();
        let mut total = 0;
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else { continue };
            // "pid (comm) state ppid pgrp …": comm may hold spaces, so split after ')'.
            let Some((head, rest)) = stat.rsplit_once(')') else { continue };
            let comm = head.split_once('(').map_or("", |(_, c)| c);
            let pgrp = rest.split_whitespace().nth(2).unwrap_or_default();
            if pgrp != group || matches!(comm, "tauri-driver" | "WebKitWebDriver" | "WebKitWebDrive") {
                continue;
            }
            let rollup = std::fs::read_to_string(entry.path().join("smaps_rollup")).unwrap_or_default();
            let pss = rollup
                .lines()
                .find_map(|l| l.strip_prefix("Pss:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok());
            total += pss.unwrap_or(0);
        }
        total
    }

    /// Goes back until home is shown (a search or a step adds history).
    pub async fn go_home(&self) {
        for _ in 0..10 {
            if self.eval("return document.getElementById('screen').dataset.screen;").await == "home" {
                return;
            }
            // Mark what is shown, go back, and wait for the next screen to
            // replace it: going back renders later, and a second click meanwhile
            // would go back twice.
            self.eval("const s = document.getElementById('screen').firstElementChild; if (s) s.dataset.left = 'yes'; return true;").await;
            self.click("#back").await;
            self.wait_until("document.getElementById('screen').firstElementChild?.dataset.left !== 'yes'").await;
        }
        self.on_screen("home").await;
    }

    /// Saves a screenshot to `tests/artifacts/<path>.png`.
    pub async fn screenshot(&self, path: &str) {
        let png = self.client.screenshot().await.expect("screenshot");
        let file = artifacts().join(format!("{path}.png"));
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, png).unwrap();
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let client = self.client.clone();
        let failed = std::thread::panicking();
        let name = self.name.clone();
        tokio::task::block_in_place(|| {
            tokio::runtime::Handle::current().block_on(async {
                if failed {
                    if let Ok(png) = client.screenshot().await {
                        let dir = artifacts().join("failures");
                        let _ = std::fs::create_dir_all(&dir);
                        let _ = std::fs::write(dir.join(format!("{name}.png")), png);
                    }
                }
                let _ = client.close().await;
            });
        });
        if !self.keep_data {
            let _ = std::fs::remove_dir_all(&self.data_dir);
        }
    }
}

/// A process started in its own process group, killed with all its
/// children (WebKitWebDriver, the app) when dropped — also when a test panics.
struct Group(Child);

impl Group {
    fn spawn(command: &mut Command, missing: &str) -> Group {
        Group(command.process_group(0).spawn().expect(missing))
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        // `--` so the negative id is read as a process group, not an option.
        let _ = Command::new("kill").args(["-s", "KILL", "--", &format!("-{}", self.0.id())]).status();
        let _ = self.0.wait();
    }
}

/// The X display to use: `$DISPLAY` when set, else a new Xvfb of our own.
fn display() -> (String, Option<Group>) {
    if let Ok(display) = std::env::var("DISPLAY") {
        if !display.is_empty() {
            return (display, None);
        }
    }
    let number = (100..400).find(|&n| display_is_free(n)).expect("a free X display");
    let name = format!(":{number}");
    let child = Group::spawn(
        Command::new("Xvfb")
            .args([name.as_str(), "-screen", "0", "1024x900x24", "-nolisten", "tcp"])
            .stdout(Stdio::null())
            .stderr(Stdio::null()),
        "Xvfb is not installed: run scripts/test, which installs it",
    );
    let socket = format!("/tmp/.X11-unix/X{number}");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !Path::new(&socket).exists() {
        assert!(Instant::now() < deadline, "Xvfb did not start on {name}");
        std::thread::sleep(Duration::from_millis(50));
    }
    (name, Some(child))
}

/// A display number is free when no live X server holds it. A server killed
/// without a chance to clean up (as ours are, with their process group)
/// leaves its lock file and socket behind; those are removed.
fn display_is_free(n: u32) -> bool {
    let lock = format!("/tmp/.X{n}-lock");
    let socket = format!("/tmp/.X11-unix/X{n}");
    match std::fs::read_to_string(&lock) {
        Err(_) => !Path::new(&socket).exists(),
        Ok(text) => {
            let alive = text.trim().parse::<u32>().is_ok_and(|pid| Path::new(&format!("/proc/{pid}")).exists());
            if alive {
                return false;
            }
            std::fs::remove_file(&lock).is_ok()
                && (std::fs::remove_file(&socket).is_ok() || !Path::new(&socket).exists())
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free loopback port").port()
}

fn wait_for_port(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "tauri-driver did not listen on {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
}
