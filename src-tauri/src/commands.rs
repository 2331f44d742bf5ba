//! The commands the web view calls. Each is a line or two: lock the state,
//! call the core, return its view model.

use crate::error::CommandError;
use kyr_core::directory::DirectoryQuery;
use kyr_core::vault::Plan;
use kyr_core::views::{
    CardsView, ContactView, DetainedView, DirectoryView, GlossaryView, GuideView, HomeView, ImportView, InstallView,
    LanguagesView, PacksView, PrintCardView, SearchView, StatesView, UiView, VaultView, WarrantView,
};
use kyr_core::Kyr;
use std::sync::{Mutex, MutexGuard};
use tauri::State;

type AppState<'a> = State<'a, Mutex<Kyr>>;
type Reply<T> = Result<T, CommandError>;

fn lock<'a>(state: &'a AppState) -> MutexGuard<'a, Kyr> {
    // A panic elsewhere must not lock the user out of their rights.
    state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[tauri::command]
pub fn ui(state: AppState) -> Reply<UiView> {
    Ok(lock(&state).ui()?)
}

/// Hands a phone, text, email or https link to the system's own apps,
/// after the core has checked it; the app itself connects to nothing.
#[tauri::command]
pub fn open_link<R: tauri::Runtime>(app: tauri::AppHandle<R>, url: String) -> Reply<()> {
    let url = kyr_core::links::check(&url)?;
    crate::links::open(&app, url).map_err(|_| CommandError::from(kyr_core::Error::LinkNotAllowed))
}

#[tauri::command]
pub fn home(state: AppState) -> Reply<HomeView> {
    Ok(lock(&state).home()?)
}

#[tauri::command]
pub fn hide_tip_seen(state: AppState) -> Reply<HomeView> {
    Ok(lock(&state).hide_tip_seen()?)
}

#[tauri::command]
pub fn guide(state: AppState, id: String) -> Reply<GuideView> {
    Ok(lock(&state).guide(&id)?)
}

#[tauri::command]
pub fn languages(state: AppState) -> Reply<LanguagesView> {
    Ok(lock(&state).languages()?)
}

#[tauri::command]
pub fn set_language(state: AppState, code: String) -> Reply<UiView> {
    Ok(lock(&state).set_language(&code)?)
}

#[tauri::command]
pub fn glossary(state: AppState) -> Reply<GlossaryView> {
    Ok(lock(&state).glossary()?)
}

#[tauri::command]
pub fn states(state: AppState) -> Reply<StatesView> {
    Ok(lock(&state).states()?)
}

#[tauri::command]
pub fn set_state(state: AppState, code: String) -> Reply<StatesView> {
    Ok(lock(&state).set_state(&code)?)
}

#[tauri::command]
pub fn warrant(state: AppState) -> Reply<WarrantView> {
    Ok(lock(&state).warrant()?)
}

#[tauri::command]
pub fn cards(state: AppState) -> Reply<CardsView> {
    Ok(lock(&state).cards()?)
}

/// A recording's Ogg Opus bytes, as an `ArrayBuffer` (not a JSON array):
/// the web view plays them from a `blob:` URL, never from a file or the net.
#[tauri::command]
pub fn recording(state: AppState, id: i64) -> Reply<tauri::ipc::Response> {
    Ok(tauri::ipc::Response::new(lock(&state).recording(id)?))
}

#[tauri::command]
pub fn print_card(state: AppState) -> Reply<PrintCardView> {
    Ok(lock(&state).print_card()?)
}

/// Empty strings from the form mean "any".
fn some(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

#[tauri::command]
pub fn directory(
    state: AppState,
    zip: Option<String>,
    region: Option<String>,
    language: Option<String>,
    service: Option<String>,
) -> Reply<DirectoryView> {
    let query =
        DirectoryQuery { zip: some(zip), state: some(region), language: some(language), service: some(service) };
    Ok(lock(&state).directory(&query)?)
}

#[tauri::command]
pub fn my_contacts(state: AppState) -> Reply<Vec<ContactView>> {
    Ok(lock(&state).my_contacts()?)
}

#[tauri::command]
pub fn save_contact(state: AppState, key: String, saved: bool) -> Reply<()> {
    Ok(lock(&state).save_contact(&key, saved)?)
}

#[tauri::command]
/// The file's bytes arrive as the raw request body, as read, so the core's
/// own checks (size, UTF-8 with the line of the first bad byte) apply.
pub fn import_contacts(state: AppState, request: tauri::ipc::Request<'_>) -> Reply<ImportView> {
    let bytes: &[u8] = match request.body() {
        tauri::ipc::InvokeBody::Raw(bytes) => bytes,
        tauri::ipc::InvokeBody::Json(_) => &[],
    };
    Ok(lock(&state).import_contacts(bytes)?)
}

#[tauri::command]
pub fn remove_import(state: AppState, import_id: i64) -> Reply<ImportView> {
    Ok(lock(&state).remove_import(import_id)?)
}

#[tauri::command]
pub fn search(state: AppState, query: String) -> Reply<SearchView> {
    Ok(lock(&state).search(&query)?)
}

#[tauri::command]
pub fn vault(state: AppState) -> Reply<VaultView> {
    Ok(lock(&state).vault()?)
}

#[tauri::command]
pub fn vault_create(state: AppState, pin: String) -> Reply<VaultView> {
    let pin = zeroize::Zeroizing::new(pin);
    Ok(lock(&state).vault_create(&pin)?)
}

#[tauri::command]
pub fn vault_unlock(state: AppState, pin: String) -> Reply<VaultView> {
    let pin = zeroize::Zeroizing::new(pin);
    Ok(lock(&state).vault_unlock(&pin)?)
}

#[tauri::command]
pub fn vault_lock(state: AppState) -> Reply<VaultView> {
    Ok(lock(&state).vault_lock()?)
}

#[tauri::command]
pub fn vault_save(state: AppState, plan: Plan) -> Reply<VaultView> {
    Ok(lock(&state).vault_save(plan)?)
}

#[tauri::command]
pub fn vault_set_duress(state: AppState, pin: String, wipe_real: bool) -> Reply<VaultView> {
    let pin = zeroize::Zeroizing::new(pin);
    Ok(lock(&state).vault_set_duress(&pin, wipe_real)?)
}

#[tauri::command]
pub fn vault_erase_damaged(state: AppState) -> Reply<VaultView> {
    Ok(lock(&state).vault_erase_damaged()?)
}

#[tauri::command]
pub fn detained_message(state: AppState, place: String) -> Reply<DetainedView> {
    Ok(lock(&state).detained_message(&place)?)
}

#[tauri::command]
pub fn wipe_everything(window: tauri::WebviewWindow, state: AppState) -> Reply<UiView> {
    let view = lock(&state).wipe_everything()?;
    // The web view's own storage (caches, history, local storage) goes too.
    // Logged as a count of failures only, never with a path.
    if window.clear_all_browsing_data().is_err() {
        eprintln!("kyr: the web view's storage could not be cleared");
    }
    Ok(view)
}

#[tauri::command]
pub fn packs(state: AppState) -> Reply<PacksView> {
    Ok(lock(&state).packs()?)
}

/// The pack's bytes arrive as the raw request body; `x-kyr-install: yes`
/// installs (the user confirmed), anything else only previews.
#[tauri::command]
pub fn install_pack(state: AppState, request: tauri::ipc::Request<'_>) -> Reply<InstallView> {
    let tauri::ipc::InvokeBody::Raw(bytes) = request.body() else {
        return Ok(lock(&state).preview_pack(&[])?);
    };
    let confirmed = request.headers().get("x-kyr-install").is_some_and(|v| v == "yes");
    let mut kyr = lock(&state);
    Ok(if confirmed { kyr.install_pack(bytes, true)? } else { kyr.preview_pack(bytes)? })
}

#[tauri::command]
pub fn restore_pack(state: AppState, pack_id: String) -> Reply<InstallView> {
    Ok(lock(&state).restore_pack(&pack_id)?)
}

/// A `.kyrpack` the app was opened with (file association). It is offered
/// until the user installs or cancels it (`forget`), so a reload of the web
/// view does not lose it.
#[tauri::command]
pub fn opened_pack(opened: State<'_, crate::OpenedPack>, forget: bool) -> Option<Vec<u8>> {
    let mut slot = opened.0.lock().ok()?;
    if forget {
        *slot = None;
        return None;
    }
    // Only a regular file of a pack's size is read: not a FIFO that would
    // block, nor a huge file.
    let path = slot.as_ref()?;
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > kyr_core::pack::MAX_PACK_BYTES as u64 {
        return Some(Vec::new());
    }
    std::fs::read(path).ok()
}
