//! [`Kyr`]: the app's state behind every screen — the content, the user's
//! settings and the chosen locale — and the view models built from them.

use crate::content_db::{ContentDb, DeckRow, GlossaryRow, GuideRow, ItemRow, LocaleRow, StateRow};
use crate::directory::{self, Contact, DirectoryQuery, ZipTable};
use crate::l10n::{negotiate, Localizer, SOURCE_LOCALE};
use crate::sources::Sources;
use crate::store::{self, Opened};
use crate::user_db::{UserDb, SETTING_HIDE_TIP_SEEN, SETTING_LANGUAGE, SETTING_STATE, USER_DB_FILE};
use crate::views::*;
use crate::{Error, Result};
use fluent_bundle::FluentArgs;

mod packs_view;
mod safety;
mod search_view;
use std::path::Path;

/// A guide older than this many days carries a notice that the law may have changed.
pub const STALE_AFTER_DAYS: i64 = 365;

/// Everything needed to open the app's state.
pub struct OpenOptions<'a> {
    /// The app's private data folder.
    pub data_dir: &'a Path,
    /// The content sources (embedded in the app, or read from disk).
    pub sources: Sources<'a>,
    /// The operating system's preferred locales, most preferred first.
    pub os_locales: Vec<String>,
}

/// Everything needed to open the app's state without a file system.
pub struct MemoryOptions<'a> {
    /// A content database's bytes.
    pub content: &'a [u8],
    /// The user database's bytes, as stored before, if any.
    pub user: Option<&'a [u8]>,
    /// The encrypted emergency plan's bytes, as stored before, if any.
    pub vault: Option<&'a [u8]>,
    /// The browser's preferred locales, most preferred first.
    pub os_locales: Vec<String>,
    /// Today's date, YYYY-MM-DD (the web has no system clock in the core).
    pub today: String,
}

/// The app's state.
pub struct Kyr {
    content: ContentDb,
    user: UserDb,
    locales: Vec<LocaleRow>,
    localizer: Localizer,
    user_db_unreadable: bool,
    /// The app's private data folder; `None` in the web app, which keeps
    /// no files (no vault, no packs) and only the user database, in memory.
    data_dir: Option<std::path::PathBuf>,
    /// The open vault, if the user unlocked it; dropped (and wiped from
    /// memory) when it locks.
    vault: Option<crate::vault::OpenVault>,
    /// The web app's vault, in memory (the app's is a file in `data_dir`).
    vault_memory: Option<std::sync::Arc<crate::vault::MemoryStore>>,
    /// When the vault was last used, for locking it after a while.
    vault_used_at: u64,
    /// Key derivation cost for new vaults (lower in tests).
    vault_kdf: crate::vault::KdfParams,
    /// A fixed clock for tests, in seconds: it stands for the time the app
    /// can trust (see `kyr/safety.rs`).
    clock: Option<u64>,
    /// When this run started: the wrong-PIN wait and the idle lock count
    /// time on this monotonic clock, which the phone's owner cannot set.
    /// `None` in the web app, where this clock does not exist.
    started: Option<std::time::Instant>,
    /// On the trusted clock, when the current wrong-PIN wait began counting
    /// in this run; `None` until the stored wait is first looked at.
    wait_from: Option<u64>,
    /// The built-in sources, kept to lay packs over them.
    base: BaseSources,
    /// Installed packs and trusted publishers.
    pack_state: crate::packs::PackState,
    /// An installed pack could not be read; the built-in content is in use.
    packs_broken: bool,
    /// `packs/state.json` could not be read: installs and restores are
    /// refused until the user erases everything.
    pack_state_unreadable: bool,
    today: String,
    zip_gzip: Vec<u8>,
    zips: std::cell::OnceCell<ZipTable>,
    /// Search results' icons, read once per content database (`search_view.rs`).
    icons: std::cell::OnceCell<std::collections::HashMap<(String, String), String>>,
    /// How opening went, for the shell's log (no personal data).
    pub opened: OpenReport,
}

/// The built-in sources, owned, so packs can be laid over them later.
enum BaseSources {
    Packed { data: Vec<u8>, fingerprint: String },
    Set(crate::sources::SourceSet),
}

impl BaseSources {
    fn from(sources: &Sources) -> Self {
        match sources {
            Sources::Set(set) => BaseSources::Set((*set).clone()),
            Sources::Packed { data, fingerprint } => {
                BaseSources::Packed { data: data.to_vec(), fingerprint: (*fingerprint).to_owned() }
            }
        }
    }

    fn sources(&self) -> Sources<'_> {
        match self {
            BaseSources::Set(set) => Sources::Set(set),
            BaseSources::Packed { data, fingerprint } => Sources::Packed { data, fingerprint },
        }
    }

    fn load(&self) -> Result<crate::sources::SourceSet> {
        self.sources().load()
    }

    /// These sources with the installed packs laid over them; `None` when a
    /// pack cannot be read (the built-in content is then used, and said so).
    fn with_packs(&self, data_dir: &Path, state: &crate::packs::PackState) -> Option<crate::sources::SourceSet> {
        self.load().ok().and_then(|b| crate::packs::merged_sources(data_dir, &b, state).ok())
    }
}

/// What happened while opening, for logs and tests.
#[derive(Debug, Clone)]
pub struct OpenReport {
    /// The content database was (re)built from the sources.
    pub rebuilt: bool,
    /// Number of content problems found while rebuilding.
    pub diagnostics: usize,
}

/// Creates the data folder, readable by this user only (on Unix), so
/// another account on a shared computer cannot read the plan file, saved
/// contacts or clinic packs inside it.
fn private_folder(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(|e| Error::io(dir, e))?;
    }
    Ok(())
}

/// A distance in whole miles for the directory: rounded, and never "0 miles"
/// (an office in the same ZIP is "1 mile away").
fn whole_miles(miles: f32) -> usize {
    miles.round().max(1.0) as usize
}

impl Kyr {
    /// Opens (or builds) the content database and the user database in
    /// `data_dir`, and picks the locale: the user's saved choice, else the
    /// best match for the OS locales, else English.
    pub fn open(options: &OpenOptions) -> Result<Self> {
        private_folder(options.data_dir)?;
        let base = BaseSources::from(&options.sources);
        // Packs laid over the built-in content; a pack that cannot be read
        // leaves the built-in content in use, and the user is told.
        // An unreadable record of installed packs is never reset: it is kept,
        // the built-in content is used, the user is told, and installs wait,
        // so no install can overwrite it and delete the packs it lists.
        let (pack_state, pack_state_unreadable) = match crate::packs::load_state(options.data_dir) {
            Ok(state) => (state, false),
            Err(_) => (crate::packs::PackState::default(), true),
        };
        let mut packs_broken = pack_state_unreadable;
        let merged = if pack_state.installed.is_empty() {
            None
        } else {
            let merged = base.with_packs(options.data_dir, &pack_state);
            packs_broken = merged.is_none();
            merged
        };
        let sources = merged.as_ref().map_or(options.sources, Sources::Set);
        let (user, user_db_unreadable) = match UserDb::open(&options.data_dir.join(USER_DB_FILE)) {
            Ok(db) => (db, false),
            // Keep the file for the user to decide about; work from memory meanwhile.
            Err(_) => (UserDb::in_memory()?, true),
        };
        // The language first, so that a first start compiles only it and English.
        let locale = Self::locale_for(&user, &options.os_locales, &sources.languages()?)?;
        let Opened { db: content, rebuilt, diagnostics } = store::open_or_build(options.data_dir, &sources, &locale)?;
        let locales = content.locales()?;
        let localizer = Localizer::new(&locale, |code| content.ftl_of(code).unwrap_or_default());
        let opened = OpenReport { rebuilt, diagnostics: diagnostics.len() };
        Ok(Kyr {
            content,
            user,
            locales,
            localizer,
            user_db_unreadable,
            data_dir: Some(options.data_dir.to_owned()),
            vault: None,
            vault_memory: None,
            vault_used_at: 0,
            vault_kdf: crate::vault::KdfParams::default(),
            clock: None,
            started: Some(std::time::Instant::now()),
            wait_from: None,
            base,
            pack_state,
            packs_broken,
            pack_state_unreadable,
            today: crate::dates::today_utc(),
            zip_gzip: Vec::new(),
            zips: std::cell::OnceCell::new(),
            icons: std::cell::OnceCell::new(),
            opened,
        })
    }

    /// Opens the app's state with no file system, as the web app does:
    /// `content` is a content database's bytes (a slice of one language, see
    /// [`crate::compiler::CompiledContent::with_locales`]), `user` the bytes
    /// of the user database kept by the browser, if any. Stored user bytes
    /// that cannot be read are left alone ([`Kyr::user_bytes`] then gives
    /// nothing to store over them) and an empty user database is used.
    pub fn open_in_memory(options: &MemoryOptions) -> Result<Self> {
        let content = ContentDb::from_bytes(options.content)?;
        let (user, user_db_unreadable) = match options.user.map(UserDb::from_bytes) {
            None => (UserDb::in_memory()?, false),
            Some(Ok(db)) => (db, false),
            Some(Err(_)) => (UserDb::in_memory()?, true),
        };
        let locales = content.locales()?;
        let codes: Vec<String> = locales.iter().map(|l| l.code.clone()).collect();
        let locale = Self::locale_for(&user, &options.os_locales, &codes)?;
        let localizer = Localizer::new(&locale, |code| content.ftl_of(code).unwrap_or_default());
        Ok(Kyr {
            content,
            user,
            locales,
            localizer,
            user_db_unreadable,
            data_dir: None,
            vault: None,
            vault_memory: Some(std::sync::Arc::new(crate::vault::MemoryStore::new(options.vault.map(<[u8]>::to_vec)))),
            vault_used_at: 0,
            vault_kdf: crate::vault::KdfParams::default(),
            clock: None,
            started: None,
            wait_from: None,
            base: BaseSources::Set(crate::sources::SourceSet::default()),
            pack_state: crate::packs::PackState::default(),
            packs_broken: false,
            pack_state_unreadable: false,
            today: options.today.clone(),
            zip_gzip: Vec::new(),
            zips: std::cell::OnceCell::new(),
            icons: std::cell::OnceCell::new(),
            opened: OpenReport { rebuilt: false, diagnostics: 0 },
        })
    }

    /// The language the web app opens in, before any content is loaded, so
    /// that it fetches only that language's database: the saved choice in
    /// the stored user database, else the best match for the browser's
    /// languages among `codes`. Both ways of opening choose the same way.
    pub fn first_locale(user: Option<&[u8]>, os_locales: &[String], codes: &[String]) -> String {
        let user = user.and_then(|bytes| UserDb::from_bytes(bytes).ok());
        match user {
            Some(user) => Self::locale_for(&user, os_locales, codes).unwrap_or_else(|_| negotiate(os_locales, codes)),
            None => negotiate(os_locales, codes),
        }
    }

    /// The user's saved language if the content has it, else the best match.
    fn locale_for(user: &UserDb, os_locales: &[String], codes: &[String]) -> Result<String> {
        let saved = user.setting(SETTING_LANGUAGE)?.filter(|s| codes.contains(s));
        Ok(saved.unwrap_or_else(|| negotiate(os_locales, codes)))
    }

    /// Changes the content database for another one of the same content
    /// (the web app loads one language's slice at a time), keeping the
    /// user's data, and switches to `locale`.
    pub fn switch_content(&mut self, content: &[u8], locale: &str) -> Result<UiView> {
        let content = ContentDb::from_bytes(content)?;
        if content.locales()?.iter().map(|l| &l.code).ne(self.locales.iter().map(|l| &l.code)) {
            return Err(Error::UnknownLocale(locale.to_owned()));
        }
        self.content = content;
        self.icons = std::cell::OnceCell::new();
        self.set_language(locale)
    }

    /// The user database as bytes, for a shell that keeps it itself (the
    /// web app); `None` when stored data could not be read at start, so
    /// that it is never written over.
    pub fn user_bytes(&mut self) -> Result<Option<Vec<u8>>> {
        if self.user_db_unreadable {
            return Ok(None);
        }
        self.user.to_bytes().map(Some)
    }

    /// The data folder, or an error in the web app, which has none.
    fn data_dir(&self) -> Result<&Path> {
        self.data_dir.as_deref().ok_or(Error::NotInWebApp)
    }

    /// Gives the ZIP code table (`content/zipcodes.kyrzip`); it is read on
    /// the first directory search, not at start-up.
    pub fn set_zipcodes(&mut self, gzip: Vec<u8>) {
        self.zip_gzip = gzip;
        self.zips = std::cell::OnceCell::new();
    }

    fn zips(&self) -> &ZipTable {
        self.zips.get_or_init(|| ZipTable::read(&self.zip_gzip).unwrap_or_default())
    }

    /// The vetted, shipped contacts, keyed `c:<id>`.
    fn shipped_contacts(&self) -> Result<Vec<(String, Contact)>> {
        Ok(self.content.contacts()?.into_iter().map(|(id, c)| (format!("c:{id}"), c)).collect())
    }

    /// An imported contact as shown: labelled with its file, never shown as
    /// more certain than "one source", whatever the file claims.
    fn imported_view(&self, i: &crate::user_db::ImportedContact, miles: Option<f32>, saved: &[String]) -> ContactView {
        let mut contact = i.contact.clone();
        if contact.confidence == "high" {
            contact.confidence = "medium".into();
        }
        let mut card = self.contact_view(&format!("i:{}", i.id), &contact, miles, saved);
        card.from = Some(match &i.added_on {
            Some(date) => self.text("import-from", &[("date", date)]),
            None => self.text("directory-imported", &[]),
        });
        card.import_id = Some(i.import_id.unwrap_or(0));
        card
    }

    fn contact_view(&self, key: &str, c: &Contact, miles: Option<f32>, saved: &[String]) -> ContactView {
        let old = crate::dates::days_between(&c.read_on, &self.today).is_some_and(|d| d > STALE_AFTER_DAYS);
        let non_empty = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        // An alert network's sign-up: the button's words and the text it sends.
        let (signup, sms_link) = match &c.sms_to {
            None => (None, None),
            Some(to) => {
                let number = if to.starts_with('+') { directory::display_phone(to) } else { to.clone() };
                match non_empty(&c.sms_body) {
                    Some(word) => (
                        Some(self.text("directory-signup-text", &[("word", &word), ("number", &number)])),
                        Some(format!("sms:{to}?body={}", word.replace(' ', "%20"))),
                    ),
                    None => (
                        Some(self.text("directory-signup-text-only", &[("number", &number)])),
                        Some(format!("sms:{to}")),
                    ),
                }
            }
        };
        ContactView {
            from: None,
            import_id: None,
            key: key.to_owned(),
            name: c.name.clone(),
            kind: self.text(&format!("contact-kind-{}", c.kind), &[]),
            kind_id: c.kind.clone(),
            phone: c.phone.as_deref().map(directory::display_phone),
            phone_e164: c.phone.clone(),
            url: c.url.clone(),
            address: non_empty(&c.address),
            serves: non_empty(&c.serves).map(|area| self.text("directory-serves", &[("area", &area)])),
            signup,
            sms_link,
            reported_outdated: Vec::new(),
            services: c.services.iter().map(|s| self.text(&format!("service-{s}"), &[])).collect(),
            distance: miles.map(|m| self.number("directory-distance", "miles", whole_miles(m))),
            checked: self.source_read_line(c),
            old,
            not_confirmed: c.confidence == "low",
            one_source: c.confidence == "medium",
            source_url: c.source_url.clone(),
            source_host: self.text("directory-source-host", &[("host", &directory::source_site(&c.source_url))]),
            source_quote: c.source_quote.clone(),
            saved: saved.iter().any(|k| k == key),
        }
    }

    /// When the source was read, and the year of the page when it has one.
    fn source_read_line(&self, c: &Contact) -> String {
        let year = c.source_year.trim();
        if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) {
            self.text("directory-read-on-year", &[("date", &c.read_on), ("year", year)])
        } else {
            self.text("directory-read-on", &[("date", &c.read_on)])
        }
    }

    /// A built-in contact as shown, with the clinics that report it outdated.
    fn shipped_view(
        &self,
        key: &str,
        c: &Contact,
        miles: Option<f32>,
        saved: &[String],
        reports: &[crate::pack_content::OutdatedReport],
    ) -> ContactView {
        let mut card = self.contact_view(key, c, miles, saved);
        for report in reports.iter().filter(|r| r.is_about(c)) {
            let clinic = self.pack_publisher(&report.pack_id).unwrap_or_else(|| report.pack_id.clone());
            let line = self.text("directory-reported-outdated", &[("clinic", &clinic)]);
            if !card.reported_outdated.contains(&line) {
                card.reported_outdated.push(line);
            }
        }
        card
    }

    /// Searches the directory.
    pub fn directory(&self, query: &DirectoryQuery) -> Result<DirectoryView> {
        let all = self.shipped_contacts()?;
        let contacts: Vec<Contact> = all.iter().map(|(_, c)| c.clone()).collect();
        let saved = self.user.saved_contacts()?;
        let reports = self.content.outdated_reports()?;
        let mut view = DirectoryView {
            clinics: Vec::new(),
            error: None,
            state: None,
            local: Vec::new(),
            national: Vec::new(),
            imported: Vec::new(),
            states: self.states()?.options,
            languages: self
                .languages()?
                .options
                .into_iter()
                .map(|o| StateOption { code: o.code, name: o.name })
                .collect(),
            services: directory::SERVICES
                .iter()
                .map(|s| StateOption { code: (*s).to_owned(), name: self.text(&format!("service-{s}"), &[]) })
                .collect(),
        };
        let language = query.language.as_deref().map(|l| l.split('-').next().unwrap_or(l).to_owned());
        let query = DirectoryQuery { language, ..query.clone() };
        // A clinic pack's own contacts come first, searched the same way.
        let packed = self.content.pack_contacts()?;
        let pack_contacts: Vec<Contact> = packed.iter().map(|row| row.contact.clone()).collect();
        if let Ok(found) = directory::search(&pack_contacts, &query, self.zips()) {
            for f in found {
                let index = pack_contacts.iter().position(|c| std::ptr::eq(c, f.contact)).unwrap_or(0);
                let (id, pack) = (&packed[index].id, &packed[index].pack_id);
                let mut card = self.contact_view(&format!("p:{id}"), f.contact, f.miles, &saved);
                card.from = self.pack_publisher(pack).map(|p| self.text("pack-from", &[("publisher", &p)]));
                view.clinics.push(card);
            }
        }
        // Contacts added from files: searched the same way, shown apart.
        let imported = self.user.imported_contacts()?;
        let imported_contacts: Vec<Contact> = imported.iter().map(|i| i.contact.clone()).collect();
        if let Ok(found) = directory::search(&imported_contacts, &query, self.zips()) {
            for f in found {
                let index = imported_contacts.iter().position(|c| std::ptr::eq(c, f.contact)).unwrap_or(0);
                view.imported.push(self.imported_view(&imported[index], f.miles, &saved));
            }
        }
        match directory::search(&contacts, &query, self.zips()) {
            Err(_) => view.error = Some(self.text("directory-unknown-zip", &[])),
            Ok(found) => {
                view.state =
                    query.zip.as_deref().and_then(|z| self.zips().get(z)).map(|(s, _, _)| s).or(query.state.clone());
                for f in found {
                    let index = contacts.iter().position(|c| std::ptr::eq(c, f.contact)).unwrap_or(0);
                    let card = self.shipped_view(&all[index].0, f.contact, f.miles, &saved, &reports);
                    if f.national {
                        view.national.push(card);
                    } else {
                        view.local.push(card);
                    }
                }
            }
        }
        Ok(view)
    }

    /// The contacts the user saved (clinic packs' contacts included).
    pub fn my_contacts(&self) -> Result<Vec<ContactView>> {
        let saved = self.user.saved_contacts()?;
        let reports = self.content.outdated_reports()?;
        let packed = self.content.pack_contacts()?.into_iter().map(|row| (format!("p:{}", row.id), row.contact));
        let all: Vec<(String, Contact)> = self.shipped_contacts()?.into_iter().chain(packed).collect();
        let mut views: Vec<ContactView> = all
            .iter()
            .filter(|(k, _)| saved.contains(k))
            .map(|(k, c)| {
                if k.starts_with("c:") {
                    self.shipped_view(k, c, None, &saved, &reports)
                } else {
                    self.contact_view(k, c, None, &saved)
                }
            })
            .collect();
        let imported = self.user.imported_contacts()?;
        views.extend(
            imported
                .iter()
                .filter(|i| saved.contains(&format!("i:{}", i.id)))
                .map(|i| self.imported_view(i, None, &saved)),
        );
        Ok(views)
    }

    /// Saves or forgets a contact.
    pub fn save_contact(&self, key: &str, saved: bool) -> Result<()> {
        self.user.set_saved(key, saved)
    }

    /// Imports a clinic's contacts CSV: all rows or none.
    pub fn import_contacts(&mut self, csv: &[u8]) -> Result<ImportView> {
        let zips = self.zips();
        match directory::parse_contacts(csv, &|z| zips.get(z).is_some()) {
            Ok(contacts) => {
                let added = self.user.import_contacts(&contacts, &self.today)?;
                Ok(ImportView {
                    added,
                    message: self.text("import-done", &[("count", &added.to_string())]),
                    errors: Vec::new(),
                })
            }
            Err(errors) => Ok(ImportView {
                added: 0,
                message: self.text("import-failed", &[]),
                errors: errors
                    .iter()
                    .map(|e| {
                        self.text(
                            &format!("import-error-{}", e.code),
                            &[("line", &e.line.to_string()), ("field", e.field.as_deref().unwrap_or(""))],
                        )
                    })
                    .collect(),
            }),
        }
    }

    /// Removes the contacts that came with one imported file (`0`: the
    /// older imports that have no date).
    pub fn remove_import(&mut self, import_id: i64) -> Result<ImportView> {
        let removed = self.user.remove_import((import_id != 0).then_some(import_id))?;
        Ok(ImportView {
            added: 0,
            message: self.text("import-removed", &[("count", &removed.to_string())]),
            errors: Vec::new(),
        })
    }

    /// Sets the date the app treats as today (tests of staleness).
    pub fn set_today(&mut self, today: &str) {
        self.today = today.to_owned();
    }

    /// The current locale.
    pub fn locale(&self) -> &str {
        self.localizer.locale()
    }

    fn locale_row(&self) -> &LocaleRow {
        let code = self.locale();
        self.locales.iter().find(|l| l.code == code).unwrap_or(&self.locales[0])
    }

    fn text(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            // Every `$date` is shown the locale's way ("Nov 20, 2026", "20 nov 2026").
            let value = if *name == "date" { self.date(value) } else { value.to_string() };
            fluent_args.set(*name, value);
        }
        self.localizer.text(id, Some(&fluent_args))
    }

    /// A YYYY-MM-DD date in the locale's words and order; anything else as it is.
    fn date(&self, iso: &str) -> String {
        let Some((year, month, day)) = crate::dates::parts(iso) else { return iso.to_owned() };
        let mut args = FluentArgs::new();
        args.set("year", year.to_string());
        args.set("month", self.localizer.text(&format!("month-{month}"), None));
        args.set("day", day.to_string());
        self.localizer.text("date-format", Some(&args))
    }

    /// A message that takes a `$count`, with the locale's plural rules.
    fn count(&self, id: &str, count: usize) -> String {
        self.number(id, "count", count)
    }

    /// A message with one whole number, passed as a number (not text) so the
    /// locale's plural rules pick the form: "1 mile", "2 miles".
    fn number(&self, id: &str, name: &str, n: usize) -> String {
        let mut args = FluentArgs::new();
        args.set(name, n);
        self.localizer.text(id, Some(&args))
    }

    /// Locale, direction and interface strings for the web view.
    pub fn ui(&self) -> Result<UiView> {
        let row = self.locale_row();
        let mut notices = Vec::new();
        if self.user_db_unreadable {
            notices.push(self.text("notice-user-db-unreadable", &[]));
        }
        if self.packs_broken {
            notices.push(self.text("pack-broken", &[]));
        }
        Ok(UiView {
            lang: row.code.clone(),
            dir: row.direction.clone(),
            machine_assisted: row.translation == "machine-assisted",
            strings: self.content.ui_strings(&row.code)?,
            notices,
            offer_erase: self.user_db_unreadable,
            language_label_en: self.content.text(SOURCE_LOCALE, "nav-language")?.unwrap_or_default(),
        })
    }

    /// The home screen.
    pub fn home(&self) -> Result<HomeView> {
        let (urgent, guides): (Vec<_>, Vec<_>) =
            self.content.guides(self.locale())?.into_iter().partition(|g| g.urgent);
        let card = |g: GuideRow| GuideCard { id: g.id, icon: g.icon, title: g.title, summary: g.summary };
        let hide_tip = self.user.setting(SETTING_HIDE_TIP_SEEN)?.is_none();
        Ok(HomeView {
            clinic: self.clinic_card()?,
            urgent: urgent.into_iter().next().map(card),
            guides: guides.into_iter().map(card).collect(),
            hide_tip,
        })
    }

    /// The person has read how Hide works: home stops showing it.
    pub fn hide_tip_seen(&mut self) -> Result<HomeView> {
        self.user.set_setting(SETTING_HIDE_TIP_SEEN, "1")?;
        self.home()
    }

    /// One guide, with its sections, sources, state note and review status.
    pub fn guide(&self, id: &str) -> Result<GuideView> {
        let locale = self.locale();
        let row = self.content.guide(locale, id)?.ok_or_else(|| Error::UnknownGuide(id.to_owned()))?;
        let mut sections: Vec<SectionView> = Vec::new();
        let mut source_keys: Vec<String> = Vec::new();
        for item in self.content.items(locale, id)? {
            for key in &item.cites {
                if !source_keys.contains(key) {
                    source_keys.push(key.clone());
                }
            }
            let view = self.item_view(&item)?;
            let same_section = sections.len() == item.section + 1;
            match sections.last_mut() {
                Some(s) if same_section => s.items.push(view),
                _ => sections.push(SectionView {
                    index: item.section,
                    heading: self.text(&format!("section-{}", item.kind), &[]),
                    kind: item.kind,
                    items: vec![view],
                }),
            }
        }
        let sources = self.citations(&source_keys)?;
        Ok(GuideView {
            audio: self.audio_views(self.content.recordings_of_guide(id)?),
            sources_count: self.count("guide-sources-count", sources.len()),
            sources,
            last_reviewed: self.text("guide-reviewed-by", &[("by", &row.reviewed_by), ("date", &row.last_reviewed)]),
            notices: self.review_notices(&row),
            state_note: if row.state_notes { Some(self.state_note()?) } else { None },
            id: row.id,
            icon: row.icon,
            title: row.title,
            summary: row.summary,
            sections,
        })
    }

    fn review_notices(&self, row: &GuideRow) -> Vec<String> {
        let mut notices = Vec::new();
        match &row.lawyer_review {
            None => notices.push(self.text("guide-not-lawyer-reviewed", &[])),
            Some((by, on)) => notices.push(self.text("guide-lawyer-reviewed", &[("by", by), ("date", on)])),
        }
        if crate::dates::days_between(&row.last_reviewed, &self.today).is_some_and(|d| d > STALE_AFTER_DAYS) {
            notices.push(self.text("guide-stale", &[("date", &row.last_reviewed)]));
        }
        if let Some(publisher) = self.pack_changing_guide(&row.id) {
            notices.push(self.text("pack-guide-from", &[("publisher", &publisher)]));
        }
        notices
    }

    fn item_view(&self, item: &ItemRow) -> Result<ItemView> {
        let english = (item.kind == "say" && self.locale() != SOURCE_LOCALE).then(|| item.english.clone());
        let mut terms = Vec::new();
        for id in &item.terms {
            terms.push(TermLink {
                term: self.content.text(self.locale(), &format!("term-{id}"))?.unwrap_or_default(),
                id: id.clone(),
            });
        }
        Ok(ItemView {
            text: item.text.clone(),
            english,
            citations: self.citations(&item.cites)?,
            terms,
            audio: self.audio_of(&item.text_id)?,
        })
    }

    /// The play controls of a message's recordings.
    fn audio_of(&self, message: &str) -> Result<Vec<AudioView>> {
        Ok(self.audio_views(self.content.recordings_of_message(message)?))
    }

    fn audio_views(&self, rows: Vec<crate::content_db::RecordingRow>) -> Vec<AudioView> {
        rows.into_iter()
            .map(|r| {
                let (label, note) = match &r.clinic {
                    None => (self.text("audio-play-english", &[]), Some(self.text("audio-computer-voice", &[]))),
                    Some(clinic) => {
                        (self.text("audio-play-recording", &[("language", &r.language), ("clinic", clinic)]), None)
                    }
                };
                AudioView { id: r.id, label, note, seconds: r.duration_ms.div_ceil(1000).max(1) }
            })
            .collect()
    }

    /// A recording's bytes (Ogg Opus), for the play control that names it.
    pub fn recording(&self, id: i64) -> Result<Vec<u8>> {
        self.content.recording_bytes(id)?.ok_or(Error::UnknownRecording(id))
    }

    fn citations(&self, keys: &[String]) -> Result<Vec<CitationView>> {
        let mut views = Vec::new();
        for key in keys {
            let Some(c) = self.content.citation(key)? else { continue };
            views.push(CitationView {
                kind: self.text(&format!("citation-kind-{}", c.kind), &[]),
                read_on: self.text("citation-read-on", &[("date", &c.read_on)]),
                cite: c.cite,
                publisher: c.publisher,
                source: c.source,
            });
        }
        Ok(views)
    }

    /// A phrase to say: the user's language, with the English line beside it.
    fn phrase(&self, id: &str) -> Result<ItemView> {
        let locale = self.locale();
        let text = self.content.text(locale, id)?.unwrap_or_default();
        let english = if locale == SOURCE_LOCALE { None } else { self.content.text(SOURCE_LOCALE, id)? };
        Ok(ItemView { text, english, citations: Vec::new(), terms: Vec::new(), audio: self.audio_of(id)? })
    }

    fn state_note(&self) -> Result<StateNoteView> {
        let chosen = self.user.setting(SETTING_STATE)?;
        let state = chosen.and_then(|code| self.content.states().ok()?.into_iter().find(|s| s.code == code));
        let Some(StateRow { code, rule, cites }) = state else {
            return Ok(StateNoteView {
                code: None,
                heading: self.text("state-note-choose", &[]),
                text: String::new(),
                citations: Vec::new(),
            });
        };
        let name = self.state_name(&code)?;
        Ok(StateNoteView {
            heading: self.text("state-note-heading", &[("state", &name)]),
            text: format!(
                "{} {}",
                self.text(&format!("state-rule-{}", rule.as_str()), &[]),
                self.text("state-rule-never-status", &[])
            ),
            citations: self.citations(&cites)?,
            code: Some(code),
        })
    }

    fn state_name(&self, code: &str) -> Result<String> {
        Ok(self
            .content
            .text(self.locale(), &format!("state-{}", code.to_lowercase()))?
            .unwrap_or_else(|| code.to_owned()))
    }

    /// The glossary.
    pub fn glossary(&self) -> Result<GlossaryView> {
        let entries = self.content.glossary(self.locale())?;
        Ok(GlossaryView {
            entries: entries
                .into_iter()
                .map(|GlossaryRow { id, term, definition }| GlossaryEntry { id, term, definition })
                .collect(),
        })
    }

    /// The state picker, sorted by localized name.
    pub fn states(&self) -> Result<StatesView> {
        let mut options = Vec::new();
        for StateRow { code, .. } in self.content.states()? {
            options.push(StateOption { name: self.state_name(&code)?, code });
        }
        options.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(StatesView { current: self.user.setting(SETTING_STATE)?, options })
    }

    /// Saves the user's state.
    pub fn set_state(&mut self, code: &str) -> Result<StatesView> {
        if !self.content.states()?.iter().any(|s| s.code == code) {
            return Err(Error::UnknownState(code.to_owned()));
        }
        self.user.set_setting(SETTING_STATE, code)?;
        self.states()
    }

    /// The warrant checker, every step and result.
    pub fn warrant(&self) -> Result<WarrantView> {
        let locale = self.locale();
        let start = self.content.warrant_start()?.ok_or(Error::NoWarrantChecker)?;
        let t = |id: &str| -> Result<String> { Ok(self.content.text(locale, id)?.unwrap_or_default()) };
        let mut steps = Vec::new();
        for step in self.content.warrant_steps()? {
            let mut answers = Vec::new();
            for answer in self.content.warrant_answers(&step.id)? {
                answers.push(WarrantAnswerView { text: t(&answer.text_id)?, next: answer.next, result: answer.result });
            }
            steps.push(WarrantStepView {
                question: t(&step.question_id)?,
                hint: t(&step.hint_id)?,
                id: step.id,
                picture: step.picture,
                answers,
            });
        }
        let mut results = Vec::new();
        for result in self.content.warrant_results()? {
            results.push(WarrantResultView {
                title: t(&result.title_id)?,
                text: result.text_ids.iter().map(|i| t(i)).collect::<Result<_>>()?,
                say: result.say_ids.iter().map(|i| self.phrase(i)).collect::<Result<_>>()?,
                citations: self.citations(&result.cites)?,
                id: result.id,
                tone: result.tone,
            });
        }
        Ok(WarrantView { start, steps, results })
    }

    /// The printed wallet card in the current locale.
    pub fn print_card(&self) -> Result<PrintCardView> {
        let row = self.locale_row();
        let text =
            |locale: &str, id: &str| -> Result<String> { Ok(self.content.text(locale, id)?.unwrap_or_default()) };
        let ids = self.content.print_card()?;
        Ok(PrintCardView {
            clinic_line: self.clinic_line()?,
            clinic_from: self.clinic_card()?.map(|c| c.from),
            lang: row.code.clone(),
            dir: row.direction.clone(),
            english_title: text(SOURCE_LOCALE, "app-title")?,
            english: ids.iter().map(|id| text(SOURCE_LOCALE, id)).collect::<Result<_>>()?,
            title: text(&row.code, "app-title")?,
            text: ids.iter().map(|id| text(&row.code, id)).collect::<Result<_>>()?,
        })
    }

    /// Card mode's decks.
    pub fn cards(&self) -> Result<CardsView> {
        let locale = self.locale();
        let mut decks = Vec::new();
        for DeckRow { id, guide_id: guide, icon, title_id: title, phrase_ids: phrases } in self.content.decks()? {
            let mut cards = Vec::new();
            for phrase in &phrases {
                cards.push(CardView {
                    english: self.content.text(SOURCE_LOCALE, phrase)?.unwrap_or_default(),
                    text: self.content.text(locale, phrase)?.unwrap_or_default(),
                    audio: self.audio_of(phrase)?,
                });
            }
            decks.push(DeckView {
                title: self.content.text(locale, &title)?.unwrap_or_default(),
                id,
                guide,
                icon,
                cards,
            });
        }
        let agent_label = self.content.text(SOURCE_LOCALE, "cards-for-agent")?.unwrap_or_default();
        Ok(CardsView { agent_label, decks })
    }

    /// The language screen.
    pub fn languages(&self) -> Result<LanguagesView> {
        let mut options = Vec::new();
        for l in &self.locales {
            options.push(LanguageOption {
                name: self.content.text(&l.code, crate::compiler::LANGUAGE_NAME_ID)?.unwrap_or_else(|| l.code.clone()),
                code: l.code.clone(),
                dir: l.direction.clone(),
                machine_assisted: l.translation == "machine-assisted",
            });
        }
        Ok(LanguagesView { current: self.locale().to_owned(), options })
    }

    /// Switches the locale and saves the choice in the user database.
    pub fn set_language(&mut self, code: &str) -> Result<UiView> {
        if !self.locales.iter().any(|l| l.code == code) {
            return Err(Error::UnknownLocale(code.to_owned()));
        }
        // The database holds English and the language in use; another one is
        // compiled into it now (a few tens of milliseconds).
        if self.data_dir.is_some() && !self.content.has_text_of(code)? {
            self.rebuild_content_for(code)?;
        }
        self.user.set_setting(SETTING_LANGUAGE, code)?;
        self.localizer = Localizer::new(code, |c| self.content.ftl_of(c).unwrap_or_default());
        self.ui()
    }
}
