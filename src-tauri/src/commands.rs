//! The commands the web view calls. Each is a line or two: lock the state,
//! call the core, return its view model.

use crate::error::CommandError;
use kyr_core::views::{CardsView, GlossaryView, GuideView, HomeView, LanguagesView, PrintCardView, StatesView, UiView, WarrantView};
use kyr_core::Kyr;
use std::sync::{Mutex, MutexGuard};
use tauri::State;

type AppState<'a> = State<'a, Mutex<Kyr>>;
type Reply<T> = Result<T, CommandError>;

fn lock<'a>(state: &'a AppState) -> MutexGuard<'a, Kyr> {
    // A panic elsewhere must not lock the user out of their rights.
    state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[tauri::command]
pub fn ui(state: AppState) -> Reply<UiView> {
    Ok(lock(&state).ui()?)
}

#[tauri::command]
pub fn home(state: AppState) -> Reply<HomeView> {
    Ok(lock(&state).home()?)
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

#[tauri::command]
pub fn print_card(state: AppState) -> Reply<PrintCardView> {
    Ok(lock(&state).print_card()?)
}
