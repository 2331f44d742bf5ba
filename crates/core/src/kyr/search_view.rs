//! [`Kyr::search`]: the query in the user's language, then in English, turned
//! into result views with snippets cut only for the rows shown.

use super::Kyr;
use crate::l10n::SOURCE_LOCALE;
use crate::search::{best_hits, snippet, Hit, Query, Segment};
use crate::views::{SearchResult, SearchView, SnippetPart};
use crate::Result;
use std::collections::{HashMap, HashSet};

/// Results shown in the user's language, and English ones after them.
const MAX_RESULTS: usize = 12;
const MAX_ENGLISH: usize = 5;
/// Characters of a snippet.
const SNIPPET_CHARS: usize = 140;

impl Kyr {
    /// Searches guides, card phrases, glossary and state notes as the user
    /// types: every word must match (by prefix); when that finds little, any
    /// word may. One result per guide, deck, term or state, at its best row.
    pub fn search(&self, text: &str) -> Result<SearchView> {
        let Some(query) = Query::parse(text) else {
            return Ok(SearchView { query: text.to_owned(), count: String::new(), results: Vec::new() });
        };
        let locale = self.locale().to_owned();
        let icons = match self.icons.get() {
            Some(icons) => icons,
            None => {
                let _ = self.icons.set(self.icon_table()?);
                self.icons.get().expect("just set")
            }
        };
        let mut seen = HashSet::new();
        let mut results = Vec::new();
        for hit in best_hits(&self.content, &locale, &query)?.into_iter().take(MAX_RESULTS) {
            seen.insert((hit.kind.clone(), hit.target.clone()));
            results.push(self.result(hit, &query, &locale, icons));
        }
        if locale != SOURCE_LOCALE {
            let english = best_hits(&self.content, SOURCE_LOCALE, &query)?;
            let fresh = english.into_iter().filter(|h| !seen.contains(&(h.kind.clone(), h.target.clone())));
            results.extend(fresh.take(MAX_ENGLISH).map(|h| self.result(h, &query, SOURCE_LOCALE, icons)));
        }
        Ok(SearchView { query: text.to_owned(), count: self.count("search-count", results.len()), results })
    }

    /// Guide and deck icons by kind and id: the same in every language, read
    /// once per content database, not on every keystroke.
    fn icon_table(&self) -> Result<HashMap<(String, String), String>> {
        let mut icons = HashMap::new();
        for g in self.content.guides(SOURCE_LOCALE)? {
            icons.insert(("guide".into(), g.id), g.icon);
        }
        for deck in self.content.decks()? {
            icons.insert(("card".into(), deck.id), deck.icon);
        }
        Ok(icons)
    }

    fn result(&self, hit: Hit, query: &Query, lang: &str, icons: &HashMap<(String, String), String>) -> SearchResult {
        let section = usize::try_from(hit.section).ok();
        let section_kind = (hit.kind == "guide" && !hit.sub.is_empty()).then(|| hit.sub.clone());
        SearchResult {
            kind_label: self.text(&format!("search-kind-{}", hit.kind), &[]),
            icon: icons
                .get(&(hit.kind.clone(), hit.target.clone()))
                .cloned()
                .unwrap_or_else(|| if hit.kind == "state" { "settings" } else { "glossary" }.to_owned()),
            section_label: section_kind.as_ref().map(|k| self.text(&format!("section-{k}"), &[])),
            title: parts(snippet(&hit.title, query, SNIPPET_CHARS)),
            snippet: parts(snippet(&hit.text, query, SNIPPET_CHARS)),
            kind: hit.kind,
            target: hit.target,
            section,
            section_kind,
            lang: lang.to_owned(),
            english: lang != self.locale(),
        }
    }
}

fn parts(segments: Vec<Segment>) -> Vec<SnippetPart> {
    segments.into_iter().map(|s| SnippetPart { text: s.text, hit: s.hit }).collect()
}
