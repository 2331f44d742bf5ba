//! Full-text search over guides, card phrases, glossary and state notes.
//!
//! Each locale has its own FTS5 table (`search_fts_<n>`, `n` the locale's
//! order), so a search scoped to one language reads only that language's
//! postings. The tables are contentless: they hold the tokens that
//! [`fold::index_text`] makes, split by FTS5's `ascii` tokenizer, which
//! breaks only on ASCII spaces and punctuation and so keeps our tokens as
//! they are. `search_docs` says what each row opens and which messages it
//! shows (the text itself stays in `texts`, once); snippets are cut only
//! for the rows shown.
//!
//! Columns and their weight in the ranking: `title` (a guide's title and
//! its everyday keywords, a glossary term, a state's name) 5, `body` (the
//! text itself) 1, `aux` (context: the guide a step belongs to, a card's
//! deck) 0.25. Results are ordered by FTS5 `rank` alone.

pub mod fold;

use crate::content_db::ContentDb;
use crate::Result;
use fold::Piece;
use rusqlite::{params, Connection, Transaction};
use std::collections::HashSet;
use std::ops::Range;

/// What a result opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    /// A guide; `section` -1 is its top, otherwise a section index.
    Guide,
    /// A card in a deck; `section` is the card's index.
    Card,
    /// A glossary entry.
    Term,
    /// A state's stop-and-identify note.
    State,
}

impl DocKind {
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Guide => "guide",
            DocKind::Card => "card",
            DocKind::Term => "term",
            DocKind::State => "state",
        }
    }
}

/// One searchable piece of content in one locale.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Locale code.
    pub locale: String,
    /// What it opens.
    pub kind: DocKind,
    /// Guide id, deck id, glossary id or state code.
    pub target: String,
    /// Section index (guides), card index (decks), or -1.
    pub section: i64,
    /// The section's kind for guide steps (`do`, `say` …), else empty.
    pub sub: String,
    /// Message id of the heading shown with the result.
    pub title_id: String,
    /// Message id of the text the snippet is cut from.
    pub text_id: String,
    /// Indexed with the highest weight; never shown (may hold keywords).
    pub index_title: String,
    /// Indexed as the body.
    pub index_body: String,
    /// Indexed as context, with a low weight.
    pub index_aux: String,
}

/// A row found by [`search`], before it becomes a view.
#[derive(Debug, Clone)]
pub struct Hit {
    /// What it opens.
    pub kind: String,
    /// Guide id, deck id, glossary id or state code.
    pub target: String,
    /// Section or card index, or -1.
    pub section: i64,
    /// Section kind for guide steps.
    pub sub: String,
    /// Heading.
    pub title: String,
    /// Full text; cut with [`snippet`].
    pub text: String,
}

/// Creates the search tables, one FTS table per locale in `locales` order.
pub fn create_tables(tx: &Transaction, locale_count: usize) -> Result<()> {
    tx.execute_batch(
        "CREATE TABLE search_docs(id INTEGER PRIMARY KEY, locale TEXT NOT NULL, kind TEXT NOT NULL,
           target TEXT NOT NULL, section INTEGER NOT NULL, sub TEXT NOT NULL, title_id TEXT NOT NULL, text_id TEXT NOT NULL);",
    )?;
    for n in 0..locale_count {
        tx.execute_batch(&format!(
            "CREATE VIRTUAL TABLE search_fts_{n} USING fts5(title, body, aux, content='', tokenize='ascii');
             INSERT INTO search_fts_{n}(search_fts_{n}, rank) VALUES ('rank', 'bm25(5.0, 1.0, 0.25)');"
        ))?;
    }
    Ok(())
}

/// Indexes `docs`; `table_of` gives the FTS table number of a locale.
pub fn insert_docs(tx: &Transaction, docs: &[Doc], table_of: impl Fn(&str) -> Option<usize>) -> Result<()> {
    let mut doc_insert = tx.prepare(
        "INSERT INTO search_docs(locale, kind, target, section, sub, title_id, text_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut fts_inserts: Vec<Option<rusqlite::Statement>> = Vec::new();
    for d in docs {
        let Some(n) = table_of(&d.locale) else { continue };
        doc_insert.execute(params![d.locale, d.kind.as_str(), d.target, d.section, d.sub, d.title_id, d.text_id])?;
        let rowid = tx.last_insert_rowid();
        if fts_inserts.len() <= n {
            fts_inserts.resize_with(n + 1, || None);
        }
        if fts_inserts[n].is_none() {
            fts_inserts[n] = Some(
                tx.prepare(&format!("INSERT INTO search_fts_{n}(rowid, title, body, aux) VALUES (?1, ?2, ?3, ?4)"))?,
            );
        }
        let ins = fts_inserts[n].as_mut().expect("prepared above");
        ins.execute(params![
            rowid,
            fold::index_text(&d.index_title),
            fold::index_text(&d.index_body),
            fold::index_text(&d.index_aux)
        ])?;
    }
    Ok(())
}

/// Merges each FTS table's segments, for the fastest reads.
pub fn optimize(db: &Connection, locale_count: usize) -> Result<()> {
    for n in 0..locale_count {
        db.execute_batch(&format!("INSERT INTO search_fts_{n}(search_fts_{n}) VALUES ('optimize');"))?;
    }
    Ok(())
}

/// A query, folded the same way as the index.
#[derive(Debug, Clone)]
pub struct Query {
    pieces: Vec<Piece>,
}

impl Query {
    /// Folds what the user typed; `None` when nothing searchable is left.
    pub fn parse(text: &str) -> Option<Query> {
        // A very long paste is cut: nobody types more, and it bounds the work.
        let text: String = text.chars().take(200).collect();
        let pieces: Vec<Piece> = fold::pieces(&text).into_iter().take(12).collect();
        (!pieces.is_empty()).then_some(Query { pieces })
    }

    /// The FTS5 expression: every word (`all`) or any word. A run of Han or
    /// Thai is a phrase of pairs, or with any word, any of its pairs. See
    /// [`Query::by_prefix`] for words.
    pub fn fts(&self, all: bool) -> String {
        let parts: Vec<String> = self
            .pieces
            .iter()
            .enumerate()
            // With any word, short Latin words ("la", "of", a half-typed
            // "ch") would match most rows and rank nothing: left out.
            .filter(|(_, p)| all || !matches!(p, Piece::Word(w) if w.text.is_ascii() && w.text.len() <= 2))
            .map(|(i, p)| match p {
                Piece::Word(w) if self.by_prefix(i) => match fold::after_arabic_article(&w.text) {
                    Some(rest) => format!("(\"{}\"* OR \"{rest}\"*)", w.text),
                    None => format!("\"{}\"*", w.text),
                },
                Piece::Word(w) => format!("\"{}\"", w.text),
                Piece::Run(units) if units.len() == 1 => format!("\"{}\"*", units[0].text),
                Piece::Run(units) => {
                    let pairs: Vec<String> = units.windows(2).map(|p| format!("{}{}", p[0].text, p[1].text)).collect();
                    // Chinese is typed without spaces: "移民局敲门" is two
                    // words. Any pair may match, and more pairs rank higher.
                    if all {
                        format!("\"{}\"", pairs.join(" "))
                    } else {
                        pairs.iter().map(|p| format!("\"{p}\"")).collect::<Vec<_>>().join(" OR ")
                    }
                }
            })
            .collect();
        parts.join(if all { " AND " } else { " OR " })
    }

    /// Whether word `i` matches words that start with it. The word being
    /// typed (the last) does, and so do words of three letters or more
    /// ("derecho" finds "derechos") and non-Latin words of two (Korean adds
    /// particles: "변호" finds "변호사를"). Short complete words ("la", "en")
    /// match only themselves. A lone letter of an alphabet (Latin, Arabic …)
    /// never widens: it would match a good part of the index and tell little.
    /// A lone syllable of Hangul or Ethiopic does.
    fn by_prefix(&self, i: usize) -> bool {
        let Some(Piece::Word(w)) = self.pieces.get(i) else { return false };
        let chars = w.text.chars().count();
        let last = i + 1 == self.pieces.len();
        match chars {
            0 | 1 => last && w.text.chars().all(is_syllable),
            2 => last || !w.text.is_ascii(),
            _ => true,
        }
    }

    fn word_matches(&self, i: usize, token: &str) -> bool {
        match &self.pieces[i] {
            Piece::Word(w) if self.by_prefix(i) => {
                token.starts_with(&w.text)
                    || fold::after_arabic_article(&w.text).is_some_and(|rest| token.starts_with(rest))
            }
            Piece::Word(w) => token == w.text,
            Piece::Run(_) => false,
        }
    }

    /// Number of words and runs.
    pub fn len(&self) -> usize {
        self.pieces.len()
    }

    /// Whether matching any word can find more than matching every word:
    /// several words, or a run long enough to hold several.
    pub fn can_widen(&self) -> bool {
        self.pieces.len() > 1 || matches!(&self.pieces[..], [Piece::Run(units)] if units.len() > 2)
    }

    /// Never true: [`Query::parse`] returns `None` instead.
    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }
}

/// One letter that is a whole syllable: Hangul, Ethiopic.
fn is_syllable(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7A3 | 0x1200..=0x139F | 0x2D80..=0x2DDF)
}

/// The FTS table number of `locale`, if it has one.
pub fn table_of(db: &Connection, locale: &str) -> Result<Option<usize>> {
    let mut q = db.prepare_cached("SELECT ord FROM locales WHERE code = ?1")?;
    let mut rows = q.query([locale])?;
    Ok(match rows.next()? {
        Some(r) => Some(r.get::<_, i64>(0)? as usize),
        None => None,
    })
}

/// The best `limit` rows of one locale's table for an FTS5 expression,
/// best first.
pub fn search(db: &Connection, table: usize, fts: &str, limit: usize) -> Result<Vec<Hit>> {
    let sql = format!(
        "SELECT d.kind, d.target, d.section, d.sub, t.text, x.text
           FROM (SELECT rowid, rank FROM search_fts_{table} WHERE search_fts_{table} MATCH ?1 ORDER BY rank LIMIT ?2) f
           JOIN search_docs d ON d.id = f.rowid
           JOIN texts t ON t.locale = d.locale AND t.id = d.title_id
           JOIN texts x ON x.locale = d.locale AND x.id = d.text_id
         ORDER BY f.rank"
    );
    let mut q = db.prepare_cached(&sql)?;
    let rows = q.query_map(params![fts, limit as i64], |r| {
        Ok(Hit {
            kind: r.get(0)?,
            target: r.get(1)?,
            section: r.get(2)?,
            sub: r.get(3)?,
            title: r.get(4)?,
            text: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Rows read from the index before keeping the best one per target.
const ROWS_READ: usize = 60;

/// The best row per guide, deck, term or state of `locale`, best first:
/// every word must match; when that finds fewer than three targets, rows
/// where any word matches follow.
pub fn best_hits(db: &ContentDb, locale: &str, query: &Query) -> Result<Vec<Hit>> {
    let mut hits = db.search(locale, &query.fts(true), ROWS_READ)?;
    let targets = |hits: &[Hit]| hits.iter().map(|h| (&h.kind, &h.target)).collect::<HashSet<_>>().len();
    let any = query.fts(false);
    if query.can_widen() && targets(&hits) < 3 && !any.is_empty() {
        hits.extend(db.search(locale, &any, ROWS_READ)?);
    }
    let mut seen = HashSet::new();
    hits.retain(|h| seen.insert((h.kind.clone(), h.target.clone())));
    Ok(hits)
}

/// A piece of a snippet; `hit` marks what matched the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Original text.
    pub text: String,
    /// Matched the query.
    pub hit: bool,
}

/// The spans of `text` that match `query`, in order, merged.
pub fn matches(text: &str, query: &Query) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    for piece in fold::pieces(text) {
        match piece {
            Piece::Word(w) => {
                let hit = (0..query.pieces.len()).any(|i| query.word_matches(i, &w.text));
                if hit {
                    spans.push(w.span);
                }
            }
            Piece::Run(units) => {
                for q in &query.pieces {
                    let Piece::Run(q_units) = q else { continue };
                    if q_units.len() > units.len() {
                        continue;
                    }
                    for start in 0..=units.len() - q_units.len() {
                        if units[start..start + q_units.len()].iter().zip(q_units).all(|(a, b)| a.text == b.text) {
                            spans.push(units[start].span.start..units[start + q_units.len() - 1].span.end);
                        }
                    }
                }
            }
        }
    }
    spans.sort_by_key(|s| s.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for s in spans {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

/// `text` cut to about `max_chars` around its first match, in segments with
/// the matches marked. A cut end gets an ellipsis.
pub fn snippet(text: &str, query: &Query, max_chars: usize) -> Vec<Segment> {
    let spans = matches(text, query);
    let total = text.chars().count();
    let (mut from, mut to) = (0, text.len());
    if total > max_chars {
        // Start a little before the first match, at a space when there is one.
        let first = spans.first().map_or(0, |s| s.start);
        let lead = text[..first].chars().count().saturating_sub(max_chars / 3);
        from = text.char_indices().nth(lead).map_or(0, |(i, _)| i);
        if from > 0 {
            if let Some(space) = text[from..first].find(' ') {
                from += space + 1;
            }
        }
        to = text[from..].char_indices().nth(max_chars).map_or(text.len(), |(i, _)| from + i);
        if to < text.len() {
            if let Some(space) = text[from..to].rfind(' ').filter(|&s| from + s > first) {
                to = from + space;
            }
        }
    }
    let mut out = Vec::new();
    if from > 0 {
        out.push(Segment { text: "…".into(), hit: false });
    }
    let mut at = from;
    for s in spans.iter().filter(|s| s.end > from && s.start < to) {
        let (start, end) = (s.start.max(from), s.end.min(to));
        if start > at {
            out.push(Segment { text: text[at..start].to_owned(), hit: false });
        }
        out.push(Segment { text: text[start..end].to_owned(), hit: true });
        at = end;
    }
    if at < to {
        out.push(Segment { text: text[at..to].to_owned(), hit: false });
    }
    if to < text.len() {
        out.push(Segment { text: "…".into(), hit: false });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str, query: &str, max: usize) -> String {
        let q = Query::parse(query).unwrap();
        snippet(text, &q, max).iter().map(|s| if s.hit { format!("[{}]", s.text) } else { s.text.clone() }).collect()
    }

    #[test]
    fn query_becomes_a_safe_fts_expression() {
        let q = Query::parse("la \"migra\" OR NEAR( puer").unwrap();
        // Operators and quotes become plain words; every word is quoted.
        assert_eq!(q.fts(true), "\"la\" AND \"migra\"* AND \"or\" AND \"near\"* AND \"puer\"*");
        assert_eq!(Query::parse("a b").unwrap().fts(false), "", "short Latin words are left out of any-word");
        assert_eq!(Query::parse("la migra en ca").unwrap().fts(false), "\"migra\"*");
        assert_eq!(Query::parse("en la").unwrap().fts(true), "\"en\" AND \"la\"*", "the word being typed widens");
        assert_eq!(Query::parse("집 변호").unwrap().fts(true), "\"집\" AND \"변호\"*");
        assert_eq!(
            Query::parse("مداهمة ا").unwrap().fts(true),
            "\"مداهمه\"* AND \"ا\"",
            "a lone Arabic letter does not widen"
        );
        assert_eq!(Query::parse("변").unwrap().fts(true), "\"변\"*", "a Hangul syllable does");
        assert_eq!(Query::parse("移民局").unwrap().fts(true), "\"移民 民局\"");
        assert_eq!(Query::parse("移民局").unwrap().fts(false), "\"移民\" OR \"民局\"");
        assert!(Query::parse("移民局").unwrap().can_widen() && !Query::parse("移民").unwrap().can_widen());
        assert_eq!(Query::parse("移").unwrap().fts(true), "\"移\"*");
        assert!(Query::parse(" ¿?! ").is_none());
        // An Arabic word being typed may still hold the article.
        assert_eq!(Query::parse("الشا").unwrap().fts(true), "(\"الشا\"* OR \"شا\"*)");
        assert_eq!(Query::parse("الش").unwrap().fts(true), "\"الش\"*");
    }

    #[test]
    fn snippets_mark_the_original_text() {
        assert_eq!(
            marked("Pida hablar con un abogado de inmigración.", "inmigracion abog", 200),
            "Pida hablar con un [abogado] de [inmigración]."
        );
        assert_eq!(marked("请马上找移民律师。", "移民律师", 200), "请马上找[移民律师]。");
        assert_eq!(marked("اطلب مُحاميًا الآن", "محاميا", 200), "اطلب [مُحاميًا] الآن");
        // A short complete word marks only itself, not every word it starts.
        assert_eq!(marked("La puerta y las ventanas", "la puer", 200), "[La] [puerta] y las ventanas");
    }

    #[test]
    fn long_text_is_cut_around_the_first_match() {
        let text = format!("{} needle {}", "word ".repeat(60), "tail ".repeat(60));
        let cut = marked(&text, "needle", 60);
        assert!(cut.starts_with('…') && cut.ends_with('…'), "{cut}");
        assert!(cut.contains("[needle]"), "{cut}");
        assert!(cut.chars().count() <= 64, "{} chars: {cut}", cut.chars().count());
    }
}
