//! Search speed on a corpus ten times the shipped one, every locale.
//!
//! `cargo bench -p kyr-core --bench search` builds the shipped content
//! database, copies it, and adds nine variants of every searchable row (words
//! rotated, so postings grow tenfold but stay realistic). Queries are the
//! quality set (`tests/search/queries.toml`) and every prefix of them, as if
//! typed. It prints p50/p99 over all of them, then a few queries and the
//! cost of opening the database. Under `cargo test` it builds the shipped
//! database only and runs each query once.

mod timing;

use kyr_core::content_db::ContentDb;
use kyr_core::search::{best_hits, snippet, Query};
use kyr_core::sources::SourceSet;
use rusqlite::{params, Connection};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;
use timing::{ms, percentile};

const COPIES: usize = 10;
const SHOWN: usize = 12;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The shipped database and the tenfold one.
fn corpus() -> PathBuf {
    let dir = root().join("target/bench-search");
    std::fs::create_dir_all(&dir).unwrap();
    let shipped = dir.join("shipped.sqlite");
    let big = dir.join("tenfold.sqlite");
    let _ = std::fs::remove_file(&shipped);
    let _ = std::fs::remove_file(&big);
    let sources = SourceSet::from_dir(&root()).unwrap();
    let start = Instant::now();
    let diagnostics = kyr_core::store::build(&sources, &shipped).unwrap();
    println!(
        "compile the shipped content database (what a first start does): {:.0} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    assert!(diagnostics.is_empty(), "the shipped content has problems");
    if !timing::full() {
        return shipped;
    }
    std::fs::copy(&shipped, &big).unwrap();
    grow(&big);
    let size = |p: &Path| std::fs::metadata(p).unwrap().len();
    println!("corpus: shipped {} bytes, tenfold {} bytes", size(&shipped), size(&big));
    big
}

fn rotate(text: &str, by: usize) -> String {
    let mut words: Vec<&str> = text.split(' ').collect();
    let n = words.len();
    words.rotate_left(by % n.max(1));
    words.join(" ")
}

/// A searchable row with the two texts it shows.
struct Doc {
    locale: String,
    kind: String,
    target: String,
    sub: String,
    section: i64,
    title_id: String,
    text_id: String,
    title: String,
    text: String,
}

/// Adds COPIES - 1 variants of each searchable row to its locale's table.
fn grow(path: &Path) {
    let mut db = Connection::open(path).unwrap();
    let tx = db.transaction().unwrap();
    let rows: Vec<Doc> = {
        let mut q = tx
            .prepare(
                "SELECT d.locale, d.kind, d.target, d.sub, d.section, d.title_id, d.text_id, t.text, x.text FROM search_docs d
                   JOIN texts t ON t.locale = d.locale AND t.id = d.title_id
                   JOIN texts x ON x.locale = d.locale AND x.id = d.text_id",
            )
            .unwrap();
        q.query_map([], |r| {
            Ok(Doc {
                locale: r.get(0)?,
                kind: r.get(1)?,
                target: r.get(2)?,
                sub: r.get(3)?,
                section: r.get(4)?,
                title_id: r.get(5)?,
                text_id: r.get(6)?,
                title: r.get(7)?,
                text: r.get(8)?,
            })
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
    };
    let tables: BTreeMap<String, i64> = {
        let mut q = tx.prepare("SELECT code, ord FROM locales").unwrap();
        q.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
    };
    for copy in 1..COPIES {
        for (n, Doc { locale, kind, target, sub, section, title_id, text_id, title, text }) in rows.iter().enumerate() {
            // Each variant gets its own messages, as a bigger content would.
            let (title_id, text_id) = (format!("{title_id}~{copy}~{n}"), format!("{text_id}~{copy}~{n}"));
            for (id, value) in [(&title_id, rotate(title, copy)), (&text_id, rotate(text, copy))] {
                tx.execute("INSERT INTO texts VALUES (?1, ?2, 'bench', ?3, 0)", params![locale, id, value]).unwrap();
            }
            tx.execute("INSERT INTO search_docs(locale, kind, target, section, sub, title_id, text_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![locale, kind, format!("{target}~{copy}"), section, sub, title_id, text_id]).unwrap();
            let id = tx.last_insert_rowid();
            let table = tables[locale];
            tx.execute(
                &format!("INSERT INTO search_fts_{table}(rowid, title, body, aux) VALUES (?1, ?2, ?3, '')"),
                params![
                    id,
                    kyr_core::fold::index_text(&rotate(title, copy)),
                    kyr_core::fold::index_text(&rotate(text, copy))
                ],
            )
            .unwrap();
        }
    }
    tx.commit().unwrap();
    for n in tables.values() {
        db.execute_batch(&format!("INSERT INTO search_fts_{n}(search_fts_{n}) VALUES ('optimize');")).unwrap();
    }
    let count: i64 = db.query_row("SELECT count(*) FROM search_docs", [], |r| r.get(0)).unwrap();
    println!("corpus: {count} searchable rows in {} locales", tables.len());
}

/// (locale, text typed so far) for every query of the quality set and every
/// prefix of it.
fn typed_queries() -> Vec<(String, String)> {
    let sets: BTreeMap<String, BTreeMap<String, String>> =
        toml::from_str(&std::fs::read_to_string(root().join("crates/core/tests/search/queries.toml")).unwrap())
            .unwrap();
    let mut out = Vec::new();
    for (lang, queries) in sets {
        for query in queries.keys() {
            let chars: Vec<char> = query.chars().collect();
            for end in 1..=chars.len() {
                out.push((lang.clone(), chars[..end].iter().collect()));
            }
        }
    }
    out
}

/// One search as the app runs it for one language: the index, then the
/// snippets of the rows shown.
fn search_once(db: &ContentDb, locale: &str, text: &str) -> usize {
    let Some(query) = Query::parse(text) else { return 0 };
    let hits = best_hits(db, locale, &query)
        .unwrap_or_else(|e| panic!("[{locale}] {text:?} → {:?} / {:?}: {e}", query.fts(true), query.fts(false)));
    hits.iter().take(SHOWN).map(|h| snippet(&h.text, &query, 140).len() + snippet(&h.title, &query, 140).len()).sum()
}

fn report_percentiles(path: &Path, queries: &[(String, String)]) {
    let db = ContentDb::open(path).unwrap();
    for (lang, q) in queries {
        search_once(&db, lang, q); // warm the page cache and statements
    }
    let mut times = Vec::new();
    let mut slowest = Vec::new();
    for _ in 0..timing::runs(5) {
        for (lang, q) in queries {
            let start = Instant::now();
            std::hint::black_box(search_once(&db, lang, q));
            times.push(start.elapsed());
            slowest.push((start.elapsed(), lang, q));
        }
    }
    times.sort();
    slowest.sort();
    let worst: Vec<String> =
        slowest.iter().rev().take(5).map(|(t, l, q)| format!("[{l}] {q:?} {:.1} ms", ms(*t))).collect();
    println!("slowest: {}", worst.join(", "));
    println!(
        "search, one locale, {} typed queries x{}: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        queries.len(),
        timing::runs(5),
        ms(percentile(&times, 0.50)),
        ms(percentile(&times, 0.99)),
        ms(*times.last().unwrap())
    );
    let mut opens = Vec::new();
    for (lang, q) in queries.iter().step_by(7).take(timing::runs(40)) {
        let start = Instant::now();
        let db = ContentDb::open(path).unwrap();
        std::hint::black_box(search_once(&db, lang, q));
        opens.push(start.elapsed());
    }
    opens.sort();
    println!(
        "open database + first query, {} runs: p50 {:.3} ms, max {:.3} ms",
        opens.len(),
        ms(percentile(&opens, 0.50)),
        ms(*opens.last().unwrap())
    );
}

fn main() {
    let path = corpus();
    let queries = typed_queries();
    report_percentiles(&path, &queries);
    let db = ContentDb::open(&path).unwrap();
    for (lang, q) in
        [("en", "ice at my door"), ("es", "inmigracion"), ("zh-Hans", "移民局敲门"), ("ar", "الهجرة على الباب")]
    {
        timing::time(&format!("search {lang} {q:?}"), 200, || search_once(&db, lang, q));
    }
}
