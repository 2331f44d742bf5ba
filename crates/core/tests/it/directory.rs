//! The legal aid directory: search by ZIP code, state, language and service,
//! and the clinic CSV import, which is all or nothing.

use crate::common::root;
use kyr_core::directory::{
    parse_contacts, search, to_e164, Contact, DirectoryQuery, RowError, ZipTable, MAX_CSV_BYTES,
};

fn zips() -> ZipTable {
    ZipTable::read(&std::fs::read(root().join("content/zipcodes.kyrzip")).unwrap()).unwrap()
}

fn shipped() -> Vec<Contact> {
    parse_contacts(&std::fs::read(root().join("content/contacts.csv")).unwrap(), &|_| true)
        .expect("the shipped contacts are valid")
}

const HEADER: &str =
    "name,kind,phone,url,states,languages,services,source_url,source_quote,source_year,read_on,confidence,note,zip\n";

fn import(rows: &str) -> Result<Vec<Contact>, Vec<RowError>> {
    let table = zips();
    parse_contacts(format!("{HEADER}{rows}").as_bytes(), &|z| table.get(z).is_some())
}

fn codes(result: Result<Vec<Contact>, Vec<RowError>>) -> Vec<(usize, Option<String>, &'static str)> {
    result.expect_err("the file should be refused").into_iter().map(|e| (e.line, e.field, e.code)).collect()
}

const GOOD: &str = "Clinica Uno,legal_aid,(312) 555-0199,https://example.org,IL,en;es,deportation_defense;daca,https://example.org/about,\"Call (312) 555-0199\",2026,2026-11-01,high,,60601\n";

#[test]
fn the_zip_table_has_every_state_and_finds_a_zip() {
    let table = zips();
    assert!(table.len() > 40_000, "{}", table.len());
    let (state, lat, lon) = table.get("60601").unwrap();
    assert_eq!(state, "IL");
    assert!((lat - 41.88).abs() < 0.1 && (lon + 87.62).abs() < 0.1, "{lat},{lon}");
    assert!(table.get("00000").is_none() && table.get("6060").is_none());
    // Far from the start of the columns, the differences still add up.
    let (state, lat, lon) = table.get("96813").expect("Honolulu");
    assert!(state == "HI" && (lat - 21.3).abs() < 0.2 && (lon + 157.85).abs() < 0.2, "{state} {lat},{lon}");
    assert_eq!(table.get("99501").unwrap().0, "AK");
    assert_eq!(table.get("20001").unwrap().0, "DC");
    // A damaged table is refused, never half read.
    let bytes = std::fs::read(root().join("content/zipcodes.kyrzip")).unwrap();
    assert!(ZipTable::read(&bytes[..bytes.len() / 2]).is_err());
    assert!(ZipTable::read(b"not gzip").is_err());
}

#[test]
fn a_zip_search_lists_that_states_help_before_national_lines() {
    let contacts = shipped();
    let found =
        search(&contacts, &DirectoryQuery { zip: Some("60601".into()), ..Default::default() }, &zips()).unwrap();
    let first_national = found.iter().position(|f| f.national).expect("national lines are listed");
    assert!(first_national > 0, "Illinois help comes first");
    assert!(found[..first_national].iter().all(|f| f.contact.states.contains(&"IL".to_owned())));
    assert!(found[first_national..].iter().all(|f| f.contact.states.contains(&"US".to_owned())));
    assert!(search(&contacts, &DirectoryQuery { zip: Some("99999".into()), ..Default::default() }, &zips()).is_err());
}

#[test]
fn nearest_first_when_offices_have_a_zip() {
    let rows = GOOD.to_owned()
        + "Far Clinic,legal_aid,217-555-0100,,IL,,detention,https://example.org/far,quote,2026,2026-11-01,high,,62701\n"
        + "Near Clinic,legal_aid,312-555-0142,,IL,,detention,https://example.org/near,quote,2026,2026-11-01,high,,60602\n";
    let contacts = import(&rows).unwrap();
    let found =
        search(&contacts, &DirectoryQuery { zip: Some("60603".into()), ..Default::default() }, &zips()).unwrap();
    let names: Vec<&str> = found.iter().map(|f| f.contact.name.as_str()).collect();
    assert_eq!(names[0], "Near Clinic");
    assert_eq!(names[2], "Far Clinic");
    assert!(
        found[0].miles.unwrap() < 5.0 && found[2].miles.unwrap() > 100.0,
        "{:?}",
        found.iter().map(|f| f.miles).collect::<Vec<_>>()
    );
}

#[test]
fn filters_by_language_and_service() {
    let contacts = shipped();
    let q = DirectoryQuery { state: Some("IL".into()), language: Some("ko".into()), ..Default::default() };
    let found = search(&contacts, &q, &zips()).unwrap();
    assert!(!found.is_empty() && found.iter().all(|f| f.contact.languages.contains(&"ko".to_owned())));
    let q = DirectoryQuery { service: Some("rapid_response".into()), state: Some("CA".into()), ..Default::default() };
    let found = search(&contacts, &q, &zips()).unwrap();
    assert!(found.len() >= 2 && found.iter().all(|f| f.contact.services.contains(&"rapid_response".to_owned())));
}

#[test]
fn phones_become_e164_and_bad_ones_are_refused() {
    assert_eq!(to_e164("1-800-898-7180").as_deref(), Some("+18008987180"));
    assert_eq!(to_e164("(844) 363-1423").as_deref(), Some("+18443631423"));
    for bad in ["555-1234", "1-855-HELP-MY-FAMILY", "+44 20 7946 0958", "012-345-6789"] {
        assert_eq!(to_e164(bad), None, "{bad}");
    }
}

#[test]
fn a_good_clinic_file_imports() {
    let contacts = import(GOOD).unwrap();
    assert_eq!(contacts[0].phone.as_deref(), Some("+13125550199"));
    assert_eq!(contacts[0].zip.as_deref(), Some("60601"));
}

#[test]
fn a_missing_column_is_named() {
    let text = "name,kind,phone\nX,hotline,312-555-0199\n";
    let errors = parse_contacts(text.as_bytes(), &|_| true).unwrap_err();
    assert!(
        errors.iter().any(|e| e.code == "missing-column" && e.field.as_deref() == Some("source_url")),
        "{errors:?}"
    );
}

#[test]
fn a_bad_phone_url_state_or_date_names_line_and_field() {
    let rows = GOOD.to_owned() + "Bad,hotline,555-1234,http://example.org,ZZ,,,https://s.org,q,2026,yesterday,high,,\n";
    let got = codes(import(&rows));
    for expected in [
        (3, Some("phone".to_owned()), "bad-phone"),
        (3, Some("url".to_owned()), "bad-url"),
        (3, Some("states".to_owned()), "bad-state"),
        (3, Some("read_on".to_owned()), "bad-date"),
    ] {
        assert!(got.contains(&expected), "{expected:?} not in {got:?}");
    }
}

#[test]
fn an_unknown_zip_and_a_missing_source_are_refused() {
    let rows = "No source,hotline,312-555-0199,,IL,,,,q,2026,2026-11-01,high,,99999\n";
    let got = codes(import(rows));
    assert!(got.contains(&(2, Some("source_url".to_owned()), "required")), "{got:?}");
    assert!(got.contains(&(2, Some("zip".to_owned()), "bad-zip")), "{got:?}");
}

#[test]
fn duplicate_rows_are_refused() {
    let got = codes(import(&format!("{GOOD}{GOOD}")));
    assert_eq!(got, vec![(3, Some("name".to_owned()), "duplicate")]);
}

#[test]
fn a_file_that_is_not_utf8_is_refused_with_its_line() {
    let mut bytes = format!("{HEADER}{GOOD}").into_bytes();
    bytes.extend_from_slice(b"Cl\xednica Latin-1,hotline,312-555-0199,,IL,,,https://s.org,q,2026,2026-11-01,high,,\n");
    let errors = parse_contacts(&bytes, &|_| true).unwrap_err();
    assert_eq!((errors[0].line, errors[0].code), (3, "encoding"));
}

#[test]
fn a_50_mb_file_is_refused_before_it_is_read() {
    let mut big = HEADER.as_bytes().to_vec();
    while big.len() < 50 * 1024 * 1024 {
        big.extend_from_slice(GOOD.as_bytes());
    }
    let started = std::time::Instant::now();
    let errors = parse_contacts(&big, &|_| true).unwrap_err();
    assert_eq!(errors[0].code, "too-large");
    assert!(big.len() > MAX_CSV_BYTES);
    assert!(started.elapsed().as_millis() < 500, "refusing took {:?}", started.elapsed());
}

#[test]
fn a_website_must_show_its_real_host() {
    use kyr_core::directory::is_plain_https;
    for good in ["https://www.justice.gov/eoir", "https://example.org", "https://example.org:443/a?b#c"] {
        assert!(is_plain_https(good), "{good}");
    }
    for bad in [
        "https://www.uscis.gov@evil.example/login",
        "http://example.org",
        "https://exa mple.org",
        "https://example.org/\u{1b}[2J",
        "https://example.org/\"onmouseover",
        "https://localhost",
        "https://ex\u{200b}ample.org",
        "javascript:alert(1)",
    ] {
        assert!(!is_plain_https(bad), "{bad:?}");
    }
    let row = "Clinica,legal_aid,312-555-0199,https://www.uscis.gov@evil.example/login,IL,,,https://example.org,q,2026,2026-11-01,low,,\n";
    assert_eq!(codes(import(row)), [(2, Some("url".to_owned()), "bad-url")]);
}

#[test]
fn puerto_rico_zip_codes_are_known() {
    let table = zips();
    for zip in ["00901", "00725", "00680"] {
        assert_eq!(table.get(zip).map(|z| z.0).as_deref(), Some("PR"), "{zip}");
    }
    let (_, lat, lon) = table.get("00901").unwrap();
    assert!((lat - 18.46).abs() < 0.1 && (lon + 66.1).abs() < 0.1, "San Juan at {lat},{lon}");
}

#[test]
fn a_statewide_line_comes_after_offices_nearby_and_before_offices_far_away() {
    let rows = GOOD.to_owned()
        + "Far Clinic,legal_aid,217-555-0100,,IL,,detention,https://example.org/far,quote,2026,2026-11-01,high,,62701\n"
        + "State Hotline,hotline,800-555-0100,,IL,,rapid_response,https://example.org/line,quote,2026,2026-11-01,high,,\n";
    let contacts = import(&rows).unwrap();
    let found =
        search(&contacts, &DirectoryQuery { zip: Some("60603".into()), ..Default::default() }, &zips()).unwrap();
    let names: Vec<&str> = found.iter().map(|f| f.contact.name.as_str()).collect();
    assert_eq!(names, ["Clinica Uno", "State Hotline", "Far Clinic"]);
}

const SIGNUP_HEADER: &str = "name,kind,phone,url,states,languages,services,source_url,source_quote,source_year,read_on,confidence,note,zip,address,serves,sms_to,sms_body\n";

#[test]
fn an_alert_sign_up_row_needs_a_number_to_text_and_a_plain_word() {
    let parse = |row: &str| parse_contacts(format!("{SIGNUP_HEADER}{row}").as_bytes(), &|_| true);
    let good = parse("Alerts,alert_signup,,,IL,,rapid_response,https://example.org,Text JOIN to 55555,2026,2026-11-01,high,,,,Cook County,55555,JOIN\n").unwrap();
    assert_eq!(
        (good[0].sms_to.as_deref(), good[0].sms_body.as_str(), good[0].serves.as_str()),
        (Some("55555"), "JOIN", "Cook County")
    );
    let by_phone =
        parse("Alerts,alert_signup,,,IL,,,https://example.org,q,2026,2026-11-01,high,,,,,(312) 555-0199,ALERTAS\n")
            .unwrap();
    assert_eq!(by_phone[0].sms_to.as_deref(), Some("+13125550199"));
    for (row, field) in [
        ("Alerts,alert_signup,,,IL,,,https://example.org,q,2026,2026-11-01,high,,,,,123,JOIN\n", "sms_to"),
        ("Alerts,alert_signup,,,IL,,,https://example.org,q,2026,2026-11-01,high,,,,,55555,JOIN&body=x\n", "sms_body"),
        ("Alerts,alert_signup,,,IL,,,https://example.org,q,2026,2026-11-01,high,,,,,,JOIN\n", "sms_to"),
    ] {
        let errors = parse(row).expect_err(row);
        assert!(errors.iter().any(|e| e.field.as_deref() == Some(field)), "{row}: {errors:?}");
    }
}

#[test]
fn the_source_site_is_shown_as_a_person_reads_it() {
    use kyr_core::directory::source_site;
    assert_eq!(source_site("https://www.example.org/contact?x=1"), "example.org");
    assert_eq!(source_site("http://justice.gov/eoir"), "justice.gov");
    assert_eq!(source_site("github:techqueria/website/content/en/x.md"), "github.com/techqueria/website");
}

/// The shipped directory, read as the app reads it.
fn shipped_with_zips() -> (Vec<Contact>, ZipTable) {
    let table = zips();
    let contacts =
        parse_contacts(&std::fs::read(root().join("content/contacts.csv")).unwrap(), &|z| table.get(z).is_some())
            .expect("every shipped ZIP code is known");
    (contacts, table)
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

#[test]
fn every_shipped_number_appears_in_its_own_quoted_source() {
    let (contacts, _) = shipped_with_zips();
    for c in &contacts {
        let quote = digits(&c.source_quote);
        if let Some(phone) = &c.phone {
            assert!(quote.contains(&phone[2..]), "{}: {phone} is not in its source quote {:?}", c.name, c.source_quote);
        }
        if let Some(to) = &c.sms_to {
            assert!(quote.contains(to.trim_start_matches("+1")), "{}: {to} is not in its source quote", c.name);
            assert!(
                c.source_quote.to_lowercase().contains(&c.sms_body.to_lowercase()),
                "{}: {:?} is not in its source quote",
                c.name,
                c.sms_body
            );
        }
        assert!(
            c.source_url.starts_with("https://")
                || c.source_url.starts_with("http://")
                || c.source_url.starts_with("github:"),
            "{}: {}",
            c.name,
            c.source_url
        );
        if c.confidence == "low" {
            assert!(!c.note.is_empty(), "{}: a low-confidence row says why", c.name);
        }
    }
}

#[test]
fn every_shipped_office_zip_lies_in_a_state_the_row_serves() {
    let (contacts, table) = shipped_with_zips();
    let with_zip: Vec<&Contact> = contacts.iter().filter(|c| c.zip.is_some()).collect();
    // A floor: only offices whose source page prints their ZIP code have one.
    assert!(with_zip.len() >= 12, "offices with a ZIP code make nearest-first work: {}", with_zip.len());
    for c in with_zip {
        let state = table.get(c.zip.as_deref().unwrap()).unwrap().0;
        assert!(c.states.contains(&state), "{}: ZIP {:?} is in {state}, not {:?}", c.name, c.zip, c.states);
    }
}

/// Jurisdictions with fewer than three local rows, and how many they have:
/// the stored copies of public pages we could search did not show more
/// numbers (issue 19's closing note lists the searches). A floor, never a
/// target: a row less fails, and a jurisdiction that reaches three must
/// leave this list.
const FEWER_THAN_THREE: [(&str, usize); 27] = [
    ("AK", 0),
    ("AL", 1),
    ("AR", 1),
    ("AZ", 2),
    ("DC", 2),
    ("DE", 1),
    ("HI", 2),
    ("ID", 1),
    ("KS", 1),
    ("KY", 1),
    ("LA", 1),
    ("MD", 2),
    ("MO", 1),
    ("MT", 1),
    ("ND", 0),
    ("NE", 2),
    ("NJ", 2),
    ("NM", 1),
    ("NV", 1),
    ("OK", 1),
    ("PR", 1),
    ("SC", 2),
    ("SD", 2),
    ("TN", 2),
    ("VA", 1),
    ("WV", 1),
    ("WY", 2),
];

fn local_rows(contacts: &[Contact], state: &str) -> usize {
    contacts.iter().filter(|c| c.states.iter().any(|s| s == state)).count()
}

#[test]
fn every_state_dc_and_puerto_rico_has_three_local_rows_or_a_recorded_floor() {
    let (contacts, _) = shipped_with_zips();
    for state in kyr_core::compiler::US_STATES {
        let local = local_rows(&contacts, state);
        match FEWER_THAN_THREE.iter().find(|(s, _)| *s == state) {
            Some((_, floor)) => {
                assert!(local >= *floor, "{state} has {local} local rows; it had {floor}");
                assert!(local < 3, "{state} has {local} local rows now: take it off FEWER_THAN_THREE");
            }
            None => assert!(local >= 3, "{state} has {local} local rows; at least 3"),
        }
    }
}

#[test]
fn a_zip_anywhere_lists_local_help_before_national_lines() {
    let (contacts, table) = shipped_with_zips();
    let mut by_state: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (zip, state) in table.iter() {
        by_state.entry(state).or_default().push(zip);
    }
    for state in kyr_core::compiler::US_STATES {
        let zips = by_state.get(state).unwrap_or_else(|| panic!("the ZIP table has no ZIP code in {state}"));
        let has_local = local_rows(&contacts, state) > 0;
        // The first, middle and last ZIP code of the state.
        for zip in [&zips[0], &zips[zips.len() / 2], &zips[zips.len() - 1]] {
            let found =
                search(&contacts, &DirectoryQuery { zip: Some(zip.clone()), ..Default::default() }, &table).unwrap();
            assert!(found.iter().any(|f| f.national), "{zip} ({state}) lists the national lines");
            assert_eq!(!found[0].national, has_local, "{zip} ({state}) lists local help first, when there is any");
            let first_national = found.iter().position(|f| f.national).unwrap();
            assert!(found[..first_national].iter().all(|f| f.contact.states.iter().any(|s| s == state)), "{zip}");
            assert!(found[first_national..].iter().all(|f| f.national), "{zip}: national lines come last");
        }
    }
}
