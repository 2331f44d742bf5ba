//! The safety features behind the screens: the locked emergency plan (with
//! slowed-down wrong PINs and locking after a while), the "I've been
//! detained" message, and erasing everything the user saved.

use super::Kyr;
use crate::directory::to_e164;
use crate::user_db::{UserDb, USER_DB_FILE};
use crate::vault::{self, KdfParams, Plan, Store, VaultError, VaultState};
use crate::views::{DetainedView, UiView, VaultView};
use crate::{Error, Result};
use std::path::PathBuf;

/// The vault's file in the data folder.
pub const VAULT_FILE: &str = "vault.kyr";
/// An open vault locks after this long without use.
pub const VAULT_IDLE_SECS: u64 = 5 * 60;
const SETTING_FAILURES: &str = "vault-failures";
/// Left by versions that stored an absolute wall-clock time; read once as
/// "a wait is due" and replaced.
const SETTING_RETRY_AT: &str = "vault-retry-at";
/// Seconds still to wait before the next PIN try, as stored. It counts down
/// only on the monotonic clock of a run; after a restart the stored wait
/// starts again in full, so moving the phone's clock never skips it.
const SETTING_WAIT: &str = "vault-wait-seconds";
/// Per field, and emergency contacts.
const MAX_FIELD_CHARS: usize = 500;
const MAX_CONTACTS: usize = 10;

/// Seconds to wait after `failures` wrong PINs in a row: none for the first
/// two (typos), then 5 s, doubling, up to 5 minutes.
pub fn wrong_pin_delay(failures: u32) -> u64 {
    if failures < 3 {
        0
    } else {
        (5u64 << (failures - 3).min(16)).min(300)
    }
}

impl Kyr {
    /// Where the vault is: its file in the data folder, or, in the web app,
    /// memory whose bytes the page stores.
    fn vault_at(&self) -> Result<VaultAt> {
        match (&self.data_dir, &self.vault_memory) {
            (Some(dir), _) => Ok(VaultAt::File(dir.join(VAULT_FILE))),
            (None, Some(memory)) => Ok(VaultAt::Memory(memory.clone())),
            (None, None) => Err(Error::NotInWebApp),
        }
    }

    /// The web app's vault, encrypted, for the page to store or save as a file.
    pub fn vault_bytes(&self) -> Option<Vec<u8>> {
        self.vault_memory.as_ref().and_then(|m| m.bytes())
    }

    /// Puts back a vault saved as a file (the web app's "open a saved copy"),
    /// only where there is none: a file that is not a vault changes nothing.
    pub fn vault_restore(&mut self, bytes: &[u8]) -> Result<VaultView> {
        let at = self.vault_at()?;
        if vault::state(&at) != VaultState::Missing {
            return Err(Error::VaultExists);
        }
        if !vault::is_vault(bytes) {
            return Err(Error::VaultUnreadable);
        }
        at.replace(bytes).or_else(|e| self.vault_error(e).map(|_| ()))?;
        self.vault_view(None, Some(self.text("web-vault-restored", &[])))
    }

    /// Seconds on a clock the phone's owner cannot move: the monotonic time
    /// since this run started (tests fix it).
    fn now(&self) -> u64 {
        self.clock.unwrap_or_else(|| self.started.map_or(0, |s| s.elapsed().as_secs()))
    }

    /// Fixes the trusted clock, for tests of delays and locking.
    pub fn set_clock(&mut self, secs: u64) {
        self.clock = Some(secs);
    }

    /// Sets the key derivation cost of new vaults (tests use a cheap one).
    pub fn set_vault_kdf(&mut self, params: KdfParams) {
        self.vault_kdf = params;
    }

    /// Locks an open vault that has not been used for a while.
    fn expire_vault(&mut self) {
        if self.vault.is_some() && self.now().saturating_sub(self.vault_used_at) > VAULT_IDLE_SECS {
            self.vault = None;
        }
    }

    fn vault_view(&mut self, error: Option<String>, done: Option<String>) -> Result<VaultView> {
        self.expire_vault();
        let state = match (&self.vault, vault::state(&self.vault_at()?)) {
            (Some(_), _) => "open",
            (None, VaultState::Missing) => "missing",
            (None, VaultState::Present) => "locked",
            (None, VaultState::Unreadable) => "unreadable",
        };
        let wait_seconds = self.wait_left()?;
        let wait = (wait_seconds > 0).then(|| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("seconds", wait_seconds);
            self.localizer.text("vault-wait", Some(&args))
        });
        Ok(VaultView {
            state: state.to_owned(),
            plan: self.vault.as_ref().map(|v| shown_plan(&v.plan)),
            error,
            wait_seconds,
            wait,
            done,
        })
    }

    /// Seconds before the next PIN try. The stored wait starts counting when
    /// this run first looks at it.
    fn wait_left(&mut self) -> Result<u64> {
        let mut stored: u64 = self.user.setting(SETTING_WAIT)?.and_then(|v| v.parse().ok()).unwrap_or(0);
        if self.user.setting(SETTING_RETRY_AT)?.is_some_and(|v| v != "0") {
            // An absolute time from an older version: wait the current delay.
            let failures = self.user.setting(SETTING_FAILURES)?.and_then(|v| v.parse::<u32>().ok()).unwrap_or(0);
            stored = stored.max(wrong_pin_delay(failures));
            self.user.set_setting(SETTING_WAIT, &stored.to_string())?;
            self.user.set_setting(SETTING_RETRY_AT, "0")?;
        }
        if stored == 0 {
            return Ok(0);
        }
        let now = self.now();
        let from = *self.wait_from.get_or_insert(now);
        Ok(stored.saturating_sub(now.saturating_sub(from)))
    }

    fn start_wait(&mut self, seconds: u64) -> Result<()> {
        self.user.set_setting(SETTING_WAIT, &seconds.to_string())?;
        self.wait_from = Some(self.now());
        Ok(())
    }

    /// The emergency plan screen: is there a plan, is it open. While open,
    /// asking counts as use (the screen asks while the user types).
    pub fn vault(&mut self) -> Result<VaultView> {
        self.expire_vault();
        if self.vault.is_some() {
            self.vault_used_at = self.now();
        }
        self.vault_view(None, None)
    }

    /// Creates the vault, locked with `pin`, and opens it.
    pub fn vault_create(&mut self, pin: &str) -> Result<VaultView> {
        if vault::state(&self.vault_at()?) != VaultState::Missing {
            return Err(Error::VaultExists);
        }
        match vault::create(&self.vault_at()?, pin, self.vault_kdf) {
            Ok(open) => {
                self.vault = Some(open);
                self.vault_used_at = self.now();
                self.vault_view(None, None)
            }
            Err(e) => self.vault_error(e),
        }
    }

    /// Opens the vault. Wrong PINs are counted (in the user database, so a
    /// restart does not reset them) and slowed down.
    pub fn vault_unlock(&mut self, pin: &str) -> Result<VaultView> {
        if self.wait_left()? > 0 {
            return self.vault_view(Some(self.text("vault-wrong-pin", &[])), None);
        }
        match vault::unlock(&self.vault_at()?, pin) {
            Ok(open) => {
                self.vault = Some(open);
                self.vault_used_at = self.now();
                self.user.set_setting(SETTING_FAILURES, "0")?;
                self.start_wait(0)?;
                self.vault_view(None, None)
            }
            Err(VaultError::WrongPin) => {
                let failures =
                    self.user.setting(SETTING_FAILURES)?.and_then(|v| v.parse::<u32>().ok()).unwrap_or(0) + 1;
                self.user.set_setting(SETTING_FAILURES, &failures.to_string())?;
                self.start_wait(wrong_pin_delay(failures))?;
                self.vault_view(Some(self.text("vault-wrong-pin", &[])), None)
            }
            Err(e) => self.vault_error(e),
        }
    }

    /// Locks the vault now; the plan is wiped from memory.
    pub fn vault_lock(&mut self) -> Result<VaultView> {
        self.vault = None;
        self.vault_view(None, None)
    }

    /// Checks and saves the plan, then locks the vault.
    pub fn vault_save(&mut self, mut plan: Plan) -> Result<VaultView> {
        self.expire_vault();
        let at = self.vault_at()?;
        if let Some(problem) = self.tidy_plan(&mut plan) {
            return self.vault_view(Some(problem), None);
        }
        let Some(open) = self.vault.as_mut() else { return Err(Error::VaultLocked) };
        match open.save(&at, plan) {
            Ok(()) => {
                self.vault = None;
                let done = self.text("vault-saved", &[]);
                self.vault_view(None, Some(done))
            }
            Err(e) => self.vault_error(e),
        }
    }

    /// Sets the second PIN for danger (the vault must be open).
    pub fn vault_set_duress(&mut self, pin: &str, wipe_real: bool) -> Result<VaultView> {
        self.expire_vault();
        let at = self.vault_at()?;
        let Some(open) = self.vault.as_mut() else { return Err(Error::VaultLocked) };
        match open.set_duress(&at, pin, wipe_real) {
            Ok(()) => {
                self.vault_used_at = self.now();
                let done = self.text("duress-done", &[]);
                self.vault_view(None, Some(done))
            }
            Err(e) => self.vault_error(e),
        }
    }

    /// Erases a vault file that cannot be read (only then: a readable one
    /// goes with "erase everything").
    pub fn vault_erase_damaged(&mut self) -> Result<VaultView> {
        let at = self.vault_at()?;
        if vault::state(&at) == VaultState::Unreadable {
            Store::shred(&at).map_err(|e| Error::io(VAULT_FILE, e))?;
        }
        self.vault_view(None, None)
    }

    fn vault_error(&mut self, e: VaultError) -> Result<VaultView> {
        let id = match e {
            VaultError::WrongPin => "vault-wrong-pin",
            VaultError::PinTooShort => "vault-pin-short",
            VaultError::SamePin => "duress-same",
            VaultError::TooLong => "vault-too-long",
            VaultError::Unreadable => return Err(Error::VaultUnreadable),
            VaultError::Io(what) => return Err(Error::io(VAULT_FILE, std::io::Error::other(what))),
        };
        let message = self.text(id, &[]);
        self.vault_view(Some(message), None)
    }

    /// Trims fields, checks lengths and phone numbers (to E.164). Returns
    /// the first problem, localized.
    fn tidy_plan(&self, plan: &mut Plan) -> Option<String> {
        plan.contacts.retain(|c| !(c.name.trim().is_empty() && c.phone.trim().is_empty()));
        let too_long = plan.contacts.len() > MAX_CONTACTS
            || [
                &plan.name,
                &plan.a_number,
                &plan.children,
                &plan.documents,
                &plan.lawyer_name,
                &plan.lawyer_phone,
                &plan.notes,
            ]
            .iter()
            .chain(plan.contacts.iter().flat_map(|c| [&c.name, &c.phone]).collect::<Vec<_>>().iter())
            .any(|f| f.chars().count() > MAX_FIELD_CHARS);
        if too_long {
            return Some(self.text("vault-too-long", &[]));
        }
        let phones = plan.contacts.iter_mut().map(|c| &mut c.phone).chain(std::iter::once(&mut plan.lawyer_phone));
        for phone in phones {
            let raw = phone.trim().to_owned();
            if raw.is_empty() {
                phone.clear();
                continue;
            }
            match normalize_phone(&raw) {
                Some(e164) => *phone = e164,
                None => return Some(self.text("vault-phone-invalid", &[("phone", &raw)])),
            }
        }
        None
    }

    /// The "I've been detained" message from the open plan, in the user's
    /// language, as an `sms:` link to the emergency contacts. The app sends
    /// nothing: the phone's own messages app opens with it.
    pub fn detained_message(&mut self, place: &str) -> Result<DetainedView> {
        self.expire_vault();
        let Some(open) = self.vault.as_ref() else { return Err(Error::VaultLocked) };
        let plan = open.plan.clone();
        self.vault_used_at = self.now();
        let mut lines = Vec::new();
        let error = if plan.name.trim().is_empty() {
            Some(self.text("vault-name-label", &[]))
        } else if plan.contacts.iter().all(|c| c.phone.is_empty()) {
            Some(self.text("detained-no-contacts", &[]))
        } else {
            None
        };
        lines.push(self.text("detained-msg-intro", &[("name", plan.name.trim())]));
        if !plan.a_number.trim().is_empty() {
            lines.push(self.text("detained-msg-a-number", &[("anumber", plan.a_number.trim())]));
        }
        if plan.lawyer_phone.is_empty() {
            lines.push(self.text("detained-msg-no-lawyer", &[]));
        } else {
            let lawyer = if plan.lawyer_name.trim().is_empty() {
                plan.lawyer_phone.clone()
            } else {
                plan.lawyer_name.trim().to_owned()
            };
            lines.push(self.text(
                "detained-msg-lawyer",
                &[("lawyer", &lawyer), ("phone", &crate::directory::display_phone(&plan.lawyer_phone))],
            ));
        }
        let place = place.trim();
        if !place.is_empty() {
            let place: String = place.chars().take(MAX_FIELD_CHARS).collect();
            lines.push(self.text("detained-msg-place", &[("place", &place)]));
        }
        // Isolation marks help a screen, not a text message.
        let text = lines.join(" ").replace(['\u{2068}', '\u{2069}'], "");
        let numbers: Vec<&str> = plan.contacts.iter().map(|c| c.phone.as_str()).filter(|p| !p.is_empty()).collect();
        let recipients = plan
            .contacts
            .iter()
            .filter(|c| !c.phone.is_empty())
            .map(|c| format!("{} ({})", c.name.trim(), crate::directory::display_phone(&c.phone)))
            .collect();
        let url = (error.is_none()).then(|| format!("sms:{}?body={}", numbers.join(","), percent_encode(&text)));
        Ok(DetainedView { text, recipients, url, error })
    }

    /// Erases the vault, everything in the user database (settings, saved
    /// and imported contacts) and every installed clinic pack with the
    /// publishers trusted: files overwritten, then removed; a fresh, empty
    /// user database and content built from the app's own sources take their
    /// place. The shell also clears the web view's storage.
    pub fn wipe_everything(&mut self) -> Result<UiView> {
        self.vault = None;
        if self.data_dir.is_none() {
            // The web app: what it keeps is the user database and the vault,
            // both in memory; the page then clears its stored copies.
            if let Some(memory) = &self.vault_memory {
                Store::shred(memory.as_ref()).map_err(|e| Error::io(VAULT_FILE, e))?;
            }
            self.user = UserDb::in_memory()?;
            self.user_db_unreadable = false;
            return self.ui();
        }
        let shred = |path: PathBuf| vault::shred(&path).map_err(|e| Error::io(&path, e));
        Store::shred(&self.vault_at()?).map_err(|e| Error::io(VAULT_FILE, e))?;
        // Close the user database before its files go.
        self.user = UserDb::in_memory()?;
        let db = self.data_dir()?.join(USER_DB_FILE);
        for suffix in ["", "-journal", "-wal", "-shm"] {
            shred(PathBuf::from(format!("{}{suffix}", db.display())))?;
        }
        self.user = UserDb::open(&db)?;
        self.user_db_unreadable = false;
        self.wipe_packs()?;
        self.ui()
    }

    /// Installed clinic packs say which clinic the user turns to: their
    /// files, the trusted publishers and the content built with them are
    /// shredded, and the content is rebuilt from the built-in sources.
    fn wipe_packs(&mut self) -> Result<()> {
        let shred = |path: PathBuf| vault::shred(&path).map_err(|e| Error::io(&path, e));
        let packs_dir = self.data_dir()?.join(crate::packs::PACKS_DIR);
        if let Ok(entries) = std::fs::read_dir(&packs_dir) {
            for entry in entries.flatten().filter(|e| e.path().is_file()) {
                shred(entry.path())?;
            }
        }
        let _ = std::fs::remove_dir_all(&packs_dir);
        let content = self.data_dir()?.join(crate::store::CONTENT_DB_FILE);
        for suffix in ["", "-journal", "-wal", "-shm", ".new"] {
            shred(PathBuf::from(format!("{}{suffix}", content.display())))?;
        }
        let locale = self.locale().to_owned();
        crate::store::build_languages(&self.base.sources(), &[&locale], &content)?;
        self.reopen_content(crate::packs::PackState::default())
    }
}

/// The plan as the screen shows it: phone numbers kept as E.164 (for the
/// `sms:` link) are written the way people read them, 1-800-898-7180.
/// Saving reads them back to E.164.
fn shown_plan(plan: &Plan) -> Plan {
    let mut shown = plan.clone();
    let phones = shown.contacts.iter_mut().map(|c| &mut c.phone).chain(std::iter::once(&mut shown.lawyer_phone));
    for phone in phones {
        *phone = crate::directory::display_phone(phone);
    }
    shown
}

/// A U.S. number to E.164, or an international one already starting with
/// `+` (8 to 15 digits), as family abroad may be the ones to tell.
fn normalize_phone(raw: &str) -> Option<String> {
    if let Some(rest) = raw.strip_prefix('+').filter(|_| !raw.starts_with("+1")) {
        let digits: String = rest.chars().filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')')).collect();
        return (digits.chars().all(|c| c.is_ascii_digit()) && (8..=15).contains(&digits.len()))
            .then(|| format!("+{digits}"));
    }
    to_e164(raw)
}

/// Percent-encodes everything but unreserved characters (RFC 3986), for
/// the body of an `sms:` link (RFC 5724).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Where the vault is, owned, so it can be used while the open vault is
/// borrowed: a file, or the web app's memory.
enum VaultAt {
    File(PathBuf),
    Memory(std::sync::Arc<vault::MemoryStore>),
}

impl Store for VaultAt {
    fn read(&self) -> std::io::Result<Vec<u8>> {
        match self {
            VaultAt::File(path) => path.read(),
            VaultAt::Memory(memory) => memory.read(),
        }
    }
    fn replace(&self, bytes: &[u8]) -> std::result::Result<(), VaultError> {
        match self {
            VaultAt::File(path) => path.replace(bytes),
            VaultAt::Memory(memory) => memory.replace(bytes),
        }
    }
    fn overwrite(&self, bytes: &[u8]) -> std::result::Result<(), VaultError> {
        match self {
            VaultAt::File(path) => path.overwrite(bytes),
            VaultAt::Memory(memory) => memory.overwrite(bytes),
        }
    }
    fn shred(&self) -> std::io::Result<()> {
        match self {
            VaultAt::File(path) => Store::shred(path),
            VaultAt::Memory(memory) => Store::shred(memory.as_ref()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_pins_wait_longer_and_longer_up_to_five_minutes() {
        let waits: Vec<u64> = (1..=12).map(wrong_pin_delay).collect();
        assert_eq!(&waits[..6], &[0, 0, 5, 10, 20, 40]);
        assert!(waits.windows(2).all(|w| w[1] >= w[0]));
        assert_eq!(*waits.last().unwrap(), 300);
        assert_eq!(wrong_pin_delay(u32::MAX), 300);
    }

    #[test]
    fn phones_become_e164_and_bodies_are_percent_encoded() {
        assert_eq!(normalize_phone("(555) 555-0100").as_deref(), Some("+15555550100"));
        assert_eq!(normalize_phone("+52 55 1234 5678").as_deref(), Some("+525512345678"));
        assert_eq!(normalize_phone("call me"), None);
        assert_eq!(percent_encode("Soy Ana, A-1 ¿?"), "Soy%20Ana%2C%20A-1%20%C2%BF%3F");
    }
}
