//! Opening a checked link with the system's own apps: the phone's dialer,
//! messages, mail or browser.

/// Desktop: the system's opener (`xdg-open`, `open`, `start`), detached.
#[cfg(desktop)]
pub fn open<R: tauri::Runtime>(_app: &tauri::AppHandle<R>, url: &str) -> std::io::Result<()> {
    open::that_detached(url)
}

/// Phones: the opener plugin's native side starts the right app.
#[cfg(mobile)]
pub fn open<R: tauri::Runtime>(app: &tauri::AppHandle<R>, url: &str) -> std::io::Result<()> {
    use tauri_plugin_opener::OpenerExt;
    app.opener().open_url(url, None::<&str>).map_err(std::io::Error::other)
}
