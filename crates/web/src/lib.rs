//! The web shell: the core's [`Kyr`] behind `wasm-bindgen`, for the offline
//! web app. Like the Tauri commands, each method is a line or two: call the
//! core, return its view model. View models cross as JSON text (one
//! `JSON.parse` in `web/api.js`), errors as `{code, message_id}`, the same
//! shape the Tauri shell sends, so `ui/` handles both alike.
//!
//! What the web keeps: the user database and the encrypted emergency plan,
//! as bytes the page stores in the browser ([`WebKyr::user_bytes`],
//! [`WebKyr::vault_bytes`]). No packs: the core answers those with the
//! `not-in-web-app` error.

use kyr_core::directory::DirectoryQuery;
use kyr_core::{Kyr, MemoryOptions};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// A reply: the view model as JSON, or the error as JSON.
type Reply = Result<String, JsValue>;

fn reply<T: Serialize>(result: kyr_core::Result<T>) -> Reply {
    match result {
        Ok(view) => serde_json::to_string(&view).map_err(|_| error_json("database", "error-storage")),
        Err(e) => Err(error_json(e.code(), e.message_id())),
    }
}

fn error_json(code: &str, message_id: &str) -> JsValue {
    JsValue::from_str(&format!(r#"{{"code":"{code}","message_id":"{message_id}"}}"#))
}

/// The site ships each content database gzipped; a host that already
/// unpacked it (`Content-Encoding`) hands over the plain bytes.
fn inflate(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    use std::io::Read as _;
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(bytes.to_vec());
    }
    let mut plain = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut plain)
        .map_err(|_| error_json("invalid-content", "error-content"))?;
    Ok(plain)
}

/// Empty strings from the form mean "any".
fn some(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// The language to load first: the choice saved in the stored user
/// database, else the best match for the browser's languages among `codes`
/// (the site's `data/languages.json`).
#[wasm_bindgen]
pub fn first_language(user: Option<Vec<u8>>, os_locales: Vec<String>, codes: Vec<String>) -> String {
    Kyr::first_locale(user.as_deref(), &os_locales, &codes)
}

/// The app's state, held by the page.
#[wasm_bindgen]
pub struct WebKyr {
    kyr: Kyr,
}

#[wasm_bindgen]
impl WebKyr {
    /// Opens one language's content database (its bytes), with the user
    /// database the page stored before, if any.
    #[wasm_bindgen(constructor)]
    pub fn new(
        content: &[u8],
        user: Option<Vec<u8>>,
        vault: Option<Vec<u8>>,
        os_locales: Vec<String>,
        today: String,
    ) -> Result<WebKyr, JsValue> {
        let content = inflate(content)?;
        let options =
            MemoryOptions { content: &content, user: user.as_deref(), vault: vault.as_deref(), os_locales, today };
        Kyr::open_in_memory(&options).map(|kyr| WebKyr { kyr }).map_err(|e| error_json(e.code(), e.message_id()))
    }

    /// The chosen language's code.
    pub fn locale(&self) -> String {
        self.kyr.locale().to_owned()
    }

    /// The user database's bytes to store, or `undefined` when what was
    /// stored could not be read (it is then kept as it was).
    pub fn user_bytes(&mut self) -> Option<Vec<u8>> {
        self.kyr.user_bytes().ok().flatten()
    }

    /// Gives the ZIP table (`zipcodes.kyrzip`), loaded with the directory.
    pub fn set_zipcodes(&mut self, gzip: Vec<u8>) {
        self.kyr.set_zipcodes(gzip);
    }

    pub fn ui(&self) -> Reply {
        reply(self.kyr.ui())
    }

    pub fn home(&self) -> Reply {
        reply(self.kyr.home())
    }

    pub fn guide(&self, id: &str) -> Reply {
        reply(self.kyr.guide(id))
    }

    pub fn languages(&self) -> Reply {
        reply(self.kyr.languages())
    }

    /// Switches to `code`, whose content database the page has loaded.
    pub fn set_language(&mut self, code: &str, content: &[u8]) -> Reply {
        let content = inflate(content)?;
        reply(self.kyr.switch_content(&content, code))
    }

    pub fn glossary(&self) -> Reply {
        reply(self.kyr.glossary())
    }

    /// True for a link the page may hand to the phone (`kyr_core::links`).
    pub fn link_allowed(&self, url: &str) -> bool {
        kyr_core::links::check(url).is_ok()
    }

    pub fn hide_tip_seen(&mut self) -> Reply {
        reply(self.kyr.hide_tip_seen())
    }

    pub fn states(&self) -> Reply {
        reply(self.kyr.states())
    }

    pub fn set_state(&mut self, code: &str) -> Reply {
        reply(self.kyr.set_state(code))
    }

    pub fn warrant(&self) -> Reply {
        reply(self.kyr.warrant())
    }

    pub fn cards(&self) -> Reply {
        reply(self.kyr.cards())
    }

    pub fn print_card(&self) -> Reply {
        reply(self.kyr.print_card())
    }

    /// A recording's Ogg Opus bytes (a `Uint8Array`), played from a `blob:` URL.
    pub fn recording(&self, id: f64) -> Result<Vec<u8>, JsValue> {
        self.kyr.recording(id as i64).map_err(|e| error_json(e.code(), e.message_id()))
    }

    pub fn directory(
        &self,
        zip: Option<String>,
        region: Option<String>,
        language: Option<String>,
        service: Option<String>,
    ) -> Reply {
        let query =
            DirectoryQuery { zip: some(zip), state: some(region), language: some(language), service: some(service) };
        reply(self.kyr.directory(&query))
    }

    pub fn my_contacts(&self) -> Reply {
        reply(self.kyr.my_contacts())
    }

    pub fn save_contact(&self, key: &str, saved: bool) -> Reply {
        reply(self.kyr.save_contact(key, saved))
    }

    pub fn import_contacts(&mut self, csv: &[u8]) -> Reply {
        reply(self.kyr.import_contacts(csv))
    }

    pub fn remove_import(&mut self, import_id: i64) -> Reply {
        reply(self.kyr.remove_import(import_id))
    }

    pub fn search(&self, query: &str) -> Reply {
        reply(self.kyr.search(query))
    }

    /// The encrypted plan to store, or `undefined` when there is none.
    pub fn vault_bytes(&self) -> Option<Vec<u8>> {
        self.kyr.vault_bytes()
    }

    /// The page's monotonic clock (seconds since it loaded): the wrong-PIN
    /// wait and the idle lock count on it, as the app counts on its own.
    pub fn set_clock(&mut self, seconds: f64) {
        self.kyr.set_clock(seconds.max(0.0) as u64);
    }

    pub fn vault(&mut self) -> Reply {
        reply(self.kyr.vault())
    }

    pub fn vault_create(&mut self, pin: &str) -> Reply {
        reply(self.kyr.vault_create(pin))
    }

    pub fn vault_unlock(&mut self, pin: &str) -> Reply {
        reply(self.kyr.vault_unlock(pin))
    }

    pub fn vault_lock(&mut self) -> Reply {
        reply(self.kyr.vault_lock())
    }

    /// `plan` is the plan as JSON, the shape the Tauri command takes.
    pub fn vault_save(&mut self, plan: &str) -> Reply {
        match serde_json::from_str(plan) {
            Ok(plan) => reply(self.kyr.vault_save(plan)),
            Err(_) => Err(error_json("invalid-content", "error-storage")),
        }
    }

    pub fn vault_set_duress(&mut self, pin: &str, wipe_real: bool) -> Reply {
        reply(self.kyr.vault_set_duress(pin, wipe_real))
    }

    pub fn vault_erase_damaged(&mut self) -> Reply {
        reply(self.kyr.vault_erase_damaged())
    }

    /// Puts back a plan saved as a file, where there is none.
    pub fn vault_restore(&mut self, bytes: &[u8]) -> Reply {
        reply(self.kyr.vault_restore(bytes))
    }

    pub fn packs(&self) -> Reply {
        reply(self.kyr.packs())
    }

    pub fn detained_message(&mut self, place: &str) -> Reply {
        reply(self.kyr.detained_message(place))
    }

    pub fn wipe_everything(&mut self) -> Reply {
        reply(self.kyr.wipe_everything())
    }
}
