//! Whole views as the UI receives them, in English and in Arabic (right to
//! left), kept as insta snapshots in `snapshots/`: a change to what a screen
//! shows appears in review as a diff of its JSON, not only where a test
//! happened to look. After an intended change, accept the new views with
//! `INSTA_UPDATE=always cargo test -p kyr-core --test it views` and read the
//! diff before committing (or use `cargo insta review`).

use crate::common::{data_dir, open_shipped};

/// Fixed, so a guide's "reviewed N days ago" notices do not move.
const TODAY: &str = "2026-12-07";

fn snapshot_views(lang: &str) {
    let dir = data_dir(&format!("views-{lang}"));
    let mut kyr = open_shipped(&dir, &[]);
    kyr.set_today(TODAY);
    kyr.set_language(lang).unwrap();
    insta::assert_json_snapshot!(format!("home-{lang}"), kyr.home().unwrap());
    insta::assert_json_snapshot!(format!("guide-door-{lang}"), kyr.guide("door").unwrap());
    insta::assert_json_snapshot!(format!("warrant-{lang}"), kyr.warrant().unwrap());
    insta::assert_json_snapshot!(format!("cards-{lang}"), kyr.cards().unwrap());
    insta::assert_json_snapshot!(format!("print-card-{lang}"), kyr.print_card().unwrap());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn english_views_are_as_reviewed() {
    snapshot_views("en");
}

#[test]
fn arabic_views_are_as_reviewed() {
    snapshot_views("ar");
}
