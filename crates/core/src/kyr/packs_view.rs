//! Clinic packs behind the screens: installing (with the trust question),
//! restoring, the installed list, and where pack content shows — the
//! clinic on home, its contacts first in the directory, its card line.

use super::Kyr;
use crate::content_db::ContentDb;
use crate::pack;
use crate::packs::{self, Refusal, Step, Trust};
use crate::store::CONTENT_DB_FILE;
use crate::views::{ClinicCard, InstallView, PackInfo, PackReview, PacksView};
use crate::Result;

impl Kyr {
    /// Installed packs.
    pub fn packs(&self) -> Result<PacksView> {
        let packs = self
            .pack_state
            .installed
            .iter()
            .map(|i| PackInfo {
                pack_id: i.pack_id.clone(),
                publisher: i.publisher.clone(),
                version: self.text("pack-version", &[("version", &i.version.to_string()), ("date", &i.created)]),
                key: self.text("pack-key", &[("key", &i.key_id)]),
                can_restore: i.previous.is_some(),
            })
            .collect();
        Ok(PacksView { packs })
    }

    /// Checks a pack without installing it: who made it, whether the user
    /// already trusts them, and whether it would be refused (and why).
    pub fn preview_pack(&mut self, bytes: &[u8]) -> Result<InstallView> {
        let checked = (|| -> std::result::Result<InstallView, Refusal> {
            let pack = pack::read(bytes)?;
            let verdict = packs::check_trust(&self.pack_state, &pack)?;
            let base = self.base.load()?;
            packs::prepare(self.data_dir()?, &base, &self.pack_state, &pack, &self.today)?;
            let m = &pack.manifest;
            let first_time = verdict == Trust::AskFirst;
            Ok(InstallView {
                status: "review".into(),
                review: Some(PackReview {
                    publisher: m.publisher.trim().to_owned(),
                    key_id: m.key_id.clone(),
                    version: self.text("pack-version", &[("version", &m.version.to_string()), ("date", &m.created)]),
                    first_time,
                    explain: self.text(if first_time { "pack-review-new" } else { "pack-review-known" }, &[]),
                    adds: self.pack_adds(&pack),
                }),
                message: None,
                problems: Vec::new(),
            })
        })();
        Ok(checked.unwrap_or_else(|refusal| self.refused(&refusal)))
    }

    /// What a pack brings, in the user's language, for its review: a
    /// clinic's parts, or the app files an official update replaces.
    fn pack_adds(&self, pack: &pack::Pack) -> Vec<String> {
        let has = |path: &str| pack.files.iter().any(|f| f.path == path);
        let mut lines = Vec::new();
        if packs::is_official(pack) {
            let files: Vec<&str> = pack
                .files
                .iter()
                .map(|f| f.path.as_str())
                .chain(pack.audio.iter().map(|a| a.path.as_str()))
                .filter(|p| p.starts_with("content/") || p.starts_with("locales/"))
                .collect();
            if !files.is_empty() {
                lines.push(self.text("pack-adds-official", &[("files", &files.join(", "))]));
            }
        }
        if has("contacts.csv") {
            lines.push(self.text("pack-adds-contacts", &[]));
        }
        if has("outdated.csv") {
            lines.push(self.text("pack-adds-outdated", &[]));
        }
        if has("profile.toml") {
            lines.push(self.text("pack-adds-profile", &[]));
        }
        let recordings = pack.audio.iter().filter(|a| a.path.starts_with("audio/")).count();
        if recordings > 0 {
            lines.push(self.text("pack-adds-recordings", &[("count", &recordings.to_string())]));
        }
        // The pack's own guides, by their title in the user's language.
        let ftl_of = |code: &str| {
            pack.files
                .iter()
                .filter(|f| f.path == format!("locales/{code}/clinic.ftl"))
                .map(|f| f.text.clone())
                .collect()
        };
        let localizer = crate::l10n::Localizer::new(self.locale(), ftl_of);
        let titles: Vec<String> = pack
            .files
            .iter()
            .filter(|f| f.path.starts_with("content/guides/"))
            .filter_map(|f| toml::from_str::<crate::model::GuideSource>(&f.text).ok())
            .map(|g| localizer.text(&g.title, None))
            .collect();
        if !titles.is_empty() {
            lines.push(self.text("pack-adds-guides", &[("titles", &titles.join(", "))]));
        }
        let languages: Vec<String> = pack
            .manifest
            .languages
            .iter()
            .map(|code| {
                self.content
                    .text(code, crate::compiler::LANGUAGE_NAME_ID)
                    .ok()
                    .flatten()
                    .unwrap_or_else(|| code.clone())
            })
            .collect();
        if !languages.is_empty() {
            lines.push(self.text("pack-adds-languages", &[("languages", &languages.join(", "))]));
        }
        lines
    }

    /// Installs a pack. A first pack from a publisher is only reviewed until
    /// the user says `trust`. Nothing changes unless it succeeds.
    pub fn install_pack(&mut self, bytes: &[u8], trust: bool) -> Result<InstallView> {
        self.install_pack_failing_at(bytes, trust, &|_| Ok(()))
    }

    /// [`Kyr::install_pack`] with a hook after each step, which tests use to
    /// make a step fail.
    pub fn install_pack_failing_at(
        &mut self,
        bytes: &[u8],
        trust: bool,
        fail: &dyn Fn(Step) -> std::result::Result<(), Refusal>,
    ) -> Result<InstallView> {
        match self.try_install(bytes, trust, fail) {
            Ok(view) => Ok(view),
            Err(refusal) => Ok(self.refused(&refusal)),
        }
    }

    fn try_install(
        &mut self,
        bytes: &[u8],
        trust: bool,
        fail: &dyn Fn(Step) -> std::result::Result<(), Refusal>,
    ) -> std::result::Result<InstallView, Refusal> {
        self.pack_state_readable()?;
        let pack = pack::read(bytes)?;
        let verdict = packs::check_trust(&self.pack_state, &pack)?;
        let m = &pack.manifest;
        let version = self.text("pack-version", &[("version", &m.version.to_string()), ("date", &m.created)]);
        if verdict == Trust::AskFirst && !trust {
            // A pack that would be refused is not offered for trust.
            if !packs::is_official(&pack) {
                packs::check_clinic_space(&pack)?;
            }
            return Ok(InstallView {
                status: "review".into(),
                review: Some(PackReview {
                    publisher: m.publisher.trim().to_owned(),
                    key_id: m.key_id.clone(),
                    version,
                    first_time: true,
                    explain: self.text("pack-review-new", &[]),
                    adds: self.pack_adds(&pack),
                }),
                message: None,
                problems: Vec::new(),
            });
        }
        let base = self.base.load()?;
        let prepared = packs::prepare(self.data_dir()?, &base, &self.pack_state, &pack, &self.today)?;
        let locale = self.locale().to_owned();
        packs::apply(self.data_dir()?, bytes, &self.pack_state, &prepared, &locale, fail)?;
        self.reopen_content(prepared.state)?;
        Ok(InstallView {
            status: "installed".into(),
            review: None,
            message: Some(self.text("pack-installed", &[])),
            problems: Vec::new(),
        })
    }

    /// Restores a pack to the version it replaced, or removes it if it
    /// replaced nothing.
    pub fn restore_pack(&mut self, pack_id: &str) -> Result<InstallView> {
        if let Err(refusal) = self.pack_state_readable() {
            return Ok(self.refused(&refusal));
        }
        let Some(next) = packs::restored(&self.pack_state, pack_id) else {
            return Ok(self.refused(&Refusal::UnknownPack(pack_id.to_owned())));
        };
        let base = self.base.load()?;
        if let Err(refusal) = packs::apply_state(self.data_dir()?, &base, &self.pack_state, &next, self.locale()) {
            return Ok(self.refused(&refusal));
        }
        self.reopen_content(next)?;
        Ok(InstallView {
            status: "installed".into(),
            review: None,
            message: Some(self.text("pack-restored", &[])),
            problems: Vec::new(),
        })
    }

    fn pack_state_readable(&self) -> std::result::Result<(), Refusal> {
        if self.pack_state_unreadable {
            return Err(Refusal::UnreadableRecord(None));
        }
        Ok(())
    }

    /// Compiles the content again with `locale`'s text (and English): the
    /// built-in sources with the installed packs, as at start.
    pub(super) fn rebuild_content_for(&mut self, locale: &str) -> Result<()> {
        let dir = self.data_dir()?.to_owned();
        let merged = if self.pack_state.installed.is_empty() || self.packs_broken {
            None
        } else {
            let merged = self.base.with_packs(&dir, &self.pack_state);
            self.packs_broken = merged.is_none();
            merged
        };
        let sources = merged.as_ref().map_or_else(|| self.base.sources(), crate::sources::Sources::Set);
        crate::store::build_languages(&sources, &[locale], &dir.join(CONTENT_DB_FILE))?;
        self.content = ContentDb::open(&dir.join(CONTENT_DB_FILE))?;
        self.icons = std::cell::OnceCell::new();
        self.locales = self.content.locales()?;
        Ok(())
    }

    pub(super) fn reopen_content(&mut self, state: packs::PackState) -> Result<()> {
        self.content = ContentDb::open(&self.data_dir()?.join(CONTENT_DB_FILE))?;
        self.icons = std::cell::OnceCell::new();
        self.pack_state = state;
        self.packs_broken = false;
        self.pack_state_unreadable = false;
        self.locales = self.content.locales()?;
        let code = self.locale().to_owned();
        let content = &self.content;
        self.localizer = crate::l10n::Localizer::new(&code, |c| content.ftl_of(c).unwrap_or_default());
        Ok(())
    }

    fn refused(&self, refusal: &Refusal) -> InstallView {
        let message = match refusal {
            Refusal::NotNewer { offered, installed } => self.text(
                refusal.message_id(),
                &[("offered", &offered.to_string()), ("installed", &installed.to_string())],
            ),
            Refusal::Content(diags) => {
                let first = &diags[0];
                let file = match &first.locale {
                    Some(l) if !first.file.contains(l.as_str()) => format!("{} [{l}]", first.file),
                    _ => first.file.clone(),
                };
                let line = first.line.map_or_else(|| "-".to_owned(), |l| l.to_string());
                self.text(refusal.message_id(), &[("file", &file), ("line", &line), ("problem", &first.text)])
            }
            other => self.text(other.message_id(), &[]),
        };
        // Details name places inside the pack, for the clinic that made it;
        // nothing about this device (its folders, its errors) reaches the screen.
        let problems = match refusal {
            Refusal::Content(diags) => diags.iter().map(ToString::to_string).collect(),
            Refusal::Pack(e) => vec![e.to_string()],
            _ => Vec::new(),
        };
        InstallView { status: "refused".into(), review: None, message: Some(message), problems }
    }

    /// The publisher of a pack that changes this guide, if any.
    pub(super) fn pack_changing_guide(&self, guide_id: &str) -> Option<String> {
        self.pack_state
            .installed
            .iter()
            .rev()
            .find(|i| i.guides.iter().any(|g| g == guide_id))
            .map(|i| i.publisher.clone())
    }

    /// The publisher of an installed pack.
    pub(super) fn pack_publisher(&self, pack_id: &str) -> Option<String> {
        self.pack_state.installed.iter().find(|i| i.pack_id == pack_id).map(|i| i.publisher.clone())
    }

    /// The clinic shown on home and on the cards: the one whose publisher
    /// the user trusted first (then the first installed), never the one
    /// whose pack id sorts first, which a newcomer could choose.
    fn first_clinic_profile(&self) -> Result<Option<crate::pack_content::ClinicProfile>> {
        let state = &self.pack_state;
        let rank = |pack_id: &str| {
            let installed = state.installed.iter().position(|i| i.pack_id == pack_id);
            let trusted = installed.and_then(|at| state.trusted.iter().position(|t| t.key == state.installed[at].key));
            (trusted.unwrap_or(usize::MAX), installed.unwrap_or(usize::MAX))
        };
        Ok(self.content.clinic_profiles()?.into_iter().min_by_key(|p| rank(&p.pack_id)))
    }

    /// The first trusted clinic's card for home, with its key code.
    pub(super) fn clinic_card(&self) -> Result<Option<ClinicCard>> {
        let Some(profile) = self.first_clinic_profile()? else { return Ok(None) };
        let installed = self.pack_state.installed.iter().find(|i| i.pack_id == profile.pack_id);
        let publisher = installed.map(|i| i.publisher.clone()).unwrap_or_else(|| profile.name.clone());
        Ok(Some(ClinicCard {
            name: profile.name,
            phone: profile.phone.as_deref().map(crate::directory::display_phone),
            phone_e164: profile.phone,
            website: profile.website,
            from: self.text("pack-from", &[("publisher", &publisher)]),
            key: installed.map(|i| self.text("pack-key", &[("key", &i.key_id)])),
        }))
    }

    /// The first trusted clinic's line for the wallet cards.
    pub(super) fn clinic_line(&self) -> Result<Option<String>> {
        Ok(self.first_clinic_profile()?.map(|p| p.card_line))
    }
}
