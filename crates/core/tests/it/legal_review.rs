//! What the first legal review found wrong or dangerous (W1–W8 in
//! `shared/reviews/legal-review-1.md`) stays fixed. Each test reads the
//! compiled content database through the same views the app shows, and each
//! fails on the text the review quoted.

use crate::common::{compiled, data_dir, open_shipped};
use kyr_core::views::GuideView;
use kyr_core::Kyr;
use std::path::PathBuf;

fn open(name: &str) -> (Kyr, PathBuf) {
    let dir = data_dir(name);
    (open_shipped(&dir, &["en-US"]), dir)
}

/// Every line of a guide as the app shows it, in reading order.
fn lines(guide: &GuideView) -> Vec<String> {
    guide.sections.iter().flat_map(|s| s.items.iter().map(|i| strip(&i.text))).collect()
}

fn strip(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn has(lines: &[String], needle: &str) -> bool {
    lines.iter().any(|l| l.contains(needle))
}

#[test]
fn w1_an_unconfirmed_state_warns_that_refusing_a_name_can_be_a_crime() {
    let (mut kyr, dir) = open("w1");
    for state in ["AZ", "OH", "IN", "UT", "TX"] {
        kyr.set_state(state).unwrap();
        let note = strip(&kyr.guide("street").unwrap().state_note.unwrap().text);
        assert!(!note.contains("nothing more") && !note.contains("not confirmed a law"), "{state}: {note}");
        assert!(note.contains("crime to refuse to give your name") && note.contains("true name"), "{state}: {note}");
    }
    // Louisiana's note says refusing is a crime there; Colorado's asks for ID.
    kyr.set_state("LA").unwrap();
    let la = kyr.guide("street").unwrap().state_note.unwrap();
    assert!(strip(&la.text).contains("refusing to give your name is a crime"), "{}", la.text);
    assert!(la.citations.iter().any(|c| c.cite.contains("14:108")));
    kyr.set_state("CO").unwrap();
    assert!(strip(&kyr.guide("car").unwrap().state_note.unwrap().text).contains("Social Security number"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn w2_the_emergency_screen_carries_the_name_papers_and_frisk_caveats() {
    let (kyr, dir) = open("w2");
    let guide = kyr.guide("right-now").unwrap();
    let lines = lines(&guide);
    assert!(has(&lines, "must tell police your name"), "{lines:#?}");
    assert!(has(&lines, "immigration agent asks for them, show them"), "{lines:#?}");
    assert!(has(&lines, "pat the outside of your clothes"), "{lines:#?}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn w3_the_protest_guide_no_longer_promises_protest_cannot_lead_to_deportation() {
    let (kyr, dir) = open("w3");
    let lines = lines(&kyr.guide("protest").unwrap());
    assert!(!has(&lines, "is not a reason for deportation"), "{lines:#?}");
    assert!(has(&lines, "cancelled visas") && has(&lines, "talk to a lawyer before you go"), "{lines:#?}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn w4_no_english_text_says_you_never_have_to_state_your_status() {
    let content = &compiled().content;
    for t in content.texts.iter().filter(|t| t.locale == "en") {
        assert!(!t.text.contains("never have to"), "{}: {}", t.id, t.text);
    }
    let (mut kyr, dir) = open("w4");
    kyr.set_state("NV").unwrap();
    let note = strip(&kyr.guide("street").unwrap().state_note.unwrap().text);
    assert!(note.contains("at the border") && note.contains("some visas") && note.contains("show them"), "{note}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn w5_court_hearings_and_check_ins_are_never_to_be_skipped() {
    let (kyr, dir) = open("w5");
    let places = lines(&kyr.guide("places").unwrap());
    assert!(has(&places, "do not skip it") && has(&places, "order you deported without you there"), "{places:#?}");
    let status = lines(&kyr.guide("status").unwrap());
    assert!(has(&status, "Never skip an immigration court hearing"), "{status:#?}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn w6_the_second_pin_and_erase_screens_warn_against_hiding_data_from_officers() {
    let (kyr, dir) = open("w6");
    let strings = kyr.ui().unwrap().strings;
    let warning = strip(&strings["officials-no-hiding"]);
    assert!(warning.contains("police or immigration agents ask") && warning.contains("can be a crime"), "{warning}");
    assert!(strip(&strings["duress-explain"]).contains("not an officer"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn w7_an_immigration_court_paper_is_not_taken_for_a_judges_warrant() {
    let warrant = compiled().content.warrant.as_ref().unwrap();
    let result = warrant.results.iter().find(|r| r.id == "immigration-court").expect("an immigration-court result");
    assert_eq!(result.tone, "stop");
    for step in ["top", "signed"] {
        let step = warrant.steps.iter().find(|s| s.id == step).unwrap();
        assert!(
            step.answers.iter().any(|a| a.result.as_deref() == Some("immigration-court")),
            "{} has no immigration-court answer",
            step.id
        );
    }
    let (kyr, dir) = open("w7");
    let view = kyr.warrant().unwrap();
    let json = serde_json::to_string(&view).unwrap();
    assert!(
        json.contains("not \\\"Immigration Court\\\"") && json.contains("not an \\\"immigration judge\\\""),
        "court answers must exclude immigration courts"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn w8_a_car_search_at_an_interior_checkpoint_still_needs_consent_or_probable_cause() {
    let (kyr, dir) = open("w8");
    let lines = lines(&kyr.guide("border").unwrap());
    assert!(
        has(&lines, "including at checkpoints inside the country, you can say no to a search of your car"),
        "{lines:#?}"
    );
    assert!(!has(&lines, "Away from a checkpoint, you can say no"), "{lines:#?}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_fourth_amendment_is_named_where_warrants_and_consent_are_explained() {
    let (kyr, dir) = open("fourth");
    for guide in ["street", "door", "car", "workplace"] {
        let g = kyr.guide(guide).unwrap();
        let cited = g.sections.iter().flat_map(|s| &s.items).any(|i| {
            strip(&i.text).contains("Fourth Amendment")
                && i.citations.iter().any(|c| c.cite.contains("Fourth Amendment"))
        });
        assert!(cited, "{guide} does not name the Fourth Amendment with its citation");
    }
    std::fs::remove_dir_all(dir).unwrap();
}
