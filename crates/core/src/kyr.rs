//! [`Kyr`]: the app's state behind every screen — the content, the user's
//! settings and the chosen locale — and the view models built from them.

use crate::content_db::{ContentDb, ItemRow, LocaleRow};
use crate::l10n::{negotiate, Localizer};
use crate::sources::SourceSet;
use crate::store::{self, Opened};
use crate::user_db::{UserDb, SETTING_LANGUAGE, USER_DB_FILE};
use crate::views::*;
use crate::{Error, Result};
use fluent_bundle::FluentArgs;
use std::path::Path;

/// Everything needed to open the app's state.
pub struct OpenOptions<'a> {
    /// The app's private data folder.
    pub data_dir: &'a Path,
    /// The content sources (embedded in the app, or read from disk).
    pub sources: &'a SourceSet,
    /// The operating system's preferred locales, most preferred first.
    pub os_locales: Vec<String>,
}

/// The app's state.
pub struct Kyr {
    content: ContentDb,
    user: UserDb,
    locales: Vec<LocaleRow>,
    localizer: Localizer,
    user_db_unreadable: bool,
    /// How opening went, for the shell's log (no personal data).
    pub opened: OpenReport,
}

/// What happened while opening, for logs and tests.
#[derive(Debug, Clone)]
pub struct OpenReport {
    /// The content database was (re)built from the sources.
    pub rebuilt: bool,
    /// Number of content problems found while rebuilding.
    pub diagnostics: usize,
}

impl Kyr {
    /// Opens (or builds) the content database and the user database in
    /// `data_dir`, and picks the locale: the user's saved choice, else the
    /// best match for the OS locales, else English.
    pub fn open(options: &OpenOptions) -> Result<Self> {
        let Opened { db: content, rebuilt, diagnostics } = store::open_or_build(options.data_dir, options.sources)?;
        let (user, user_db_unreadable) = match UserDb::open(&options.data_dir.join(USER_DB_FILE)) {
            Ok(db) => (db, false),
            // Keep the file for the user to decide about; work from memory meanwhile.
            Err(_) => (UserDb::in_memory()?, true),
        };
        let locales = content.locales()?;
        let codes: Vec<String> = locales.iter().map(|l| l.code.clone()).collect();
        let saved = user.setting(SETTING_LANGUAGE)?.filter(|s| codes.contains(s));
        let locale = saved.unwrap_or_else(|| negotiate(&options.os_locales, &codes));
        let localizer = Localizer::new(&locale, |code| content.ftl_of(code).unwrap_or_default());
        let opened = OpenReport { rebuilt, diagnostics: diagnostics.len() };
        Ok(Kyr { content, user, locales, localizer, user_db_unreadable, opened })
    }

    /// The current locale.
    pub fn locale(&self) -> &str {
        self.localizer.locale()
    }

    fn locale_row(&self) -> &LocaleRow {
        let code = self.locale();
        self.locales.iter().find(|l| l.code == code).unwrap_or(&self.locales[0])
    }

    /// Locale, direction and interface strings for the web view.
    pub fn ui(&self) -> Result<UiView> {
        let row = self.locale_row();
        let mut notices = Vec::new();
        if self.user_db_unreadable {
            notices.push(self.localizer.text("notice-user-db-unreadable", None));
        }
        Ok(UiView {
            lang: row.code.clone(),
            dir: row.direction.clone(),
            machine_assisted: row.translation == "machine-assisted",
            strings: self.content.ui_strings(&row.code)?,
            notices,
        })
    }

    /// The home screen.
    pub fn home(&self) -> Result<HomeView> {
        let (urgent, guides): (Vec<_>, Vec<_>) = self.content.guides(self.locale())?.into_iter().partition(|g| g.urgent);
        let card = |g: crate::content_db::GuideRow| GuideCard { id: g.id, icon: g.icon, title: g.title, summary: g.summary };
        Ok(HomeView { urgent: urgent.into_iter().next().map(card), guides: guides.into_iter().map(card).collect() })
    }

    /// One guide, with its sections and sources.
    pub fn guide(&self, id: &str) -> Result<GuideView> {
        let locale = self.locale();
        let row = self.content.guide(locale, id)?.ok_or_else(|| Error::UnknownGuide(id.to_owned()))?;
        let mut sections: Vec<SectionView> = Vec::new();
        for item in self.content.items(locale, id)? {
            let view = self.item_view(&item)?;
            let same_section = sections.len() == item.section + 1;
            match sections.last_mut() {
                Some(s) if same_section => s.items.push(view),
                _ => sections.push(SectionView {
                    heading: self.localizer.text(&format!("section-{}", item.kind), None),
                    kind: item.kind,
                    items: vec![view],
                }),
            }
        }
        let mut args = FluentArgs::new();
        args.set("date", row.last_reviewed.clone());
        Ok(GuideView {
            last_reviewed: self.localizer.text("guide-last-reviewed", Some(&args)),
            id: row.id,
            icon: row.icon,
            title: row.title,
            summary: row.summary,
            sections,
        })
    }

    fn item_view(&self, item: &ItemRow) -> Result<ItemView> {
        let english = (item.kind == "say" && self.locale() != crate::l10n::SOURCE_LOCALE).then(|| item.english.clone());
        let mut citations = Vec::new();
        for key in &item.cites {
            let Some(c) = self.content.citation(key)? else { continue };
            let mut args = FluentArgs::new();
            args.set("date", c.read_on);
            citations.push(CitationView {
                kind: self.localizer.text(&format!("citation-kind-{}", c.kind), None),
                read_on: self.localizer.text("citation-read-on", Some(&args)),
                cite: c.cite,
                source: c.source,
            });
        }
        Ok(ItemView { text: item.text.clone(), english, citations })
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
        self.user.set_setting(SETTING_LANGUAGE, code)?;
        self.localizer = Localizer::new(code, |c| self.content.ftl_of(c).unwrap_or_default());
        self.ui()
    }
}
