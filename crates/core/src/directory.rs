//! The legal aid directory: contacts in the CSV format clinics also import
//! (`content/contacts.csv`), their validation, and the offline search by ZIP
//! code, state, language and service.
//!
//! Key choices: a contact is shown only with its source and the date it was
//! read; validation is all or nothing and names the line and the field;
//! distances come from ZIP centroids (GeoNames), so only contacts whose row
//! gives a ZIP have one — the others are matched by state.

use crate::compiler::US_STATES;
use crate::model::is_iso_date;
use std::collections::BTreeSet;

/// Columns every contacts CSV must have, in any order.
pub const REQUIRED_COLUMNS: [&str; 13] = [
    "name",
    "kind",
    "phone",
    "url",
    "states",
    "languages",
    "services",
    "source_url",
    "source_quote",
    "source_year",
    "read_on",
    "confidence",
    "note",
];

/// The largest CSV accepted, so a hostile or mistaken file cannot exhaust memory.
pub const MAX_CSV_BYTES: usize = 2 * 1024 * 1024;
/// The most rows accepted in one file.
pub const MAX_ROWS: usize = 5_000;

/// Services a contact can offer; each has a localized label `service-<id>`.
pub const SERVICES: [&str; 15] = [
    "deportation_defense",
    "detention",
    "legal_referral",
    "accredited_representatives",
    "lawyer_search",
    "daca",
    "find_detained_person",
    "case_status",
    "family_separation",
    "know_your_rights",
    "rapid_response",
    "consular_protection",
    "asylum",
    "family",
    "workers_rights",
];

/// Kinds of entry; each has a localized label `contact-kind-<id>`.
/// `alert_signup` is the way to join a verified rapid-response alert
/// network (a text to send, or a sign-up page): the app links to it and
/// sends no alerts itself.
pub const KINDS: [&str; 6] = ["directory", "government", "hotline", "legal_aid", "consulate_lookup", "alert_signup"];

/// The longest keyword a sign-up text may hold (`JOIN`, `ALERTAS`).
const MAX_SMS_BODY: usize = 20;

/// One validated contact.
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    /// Organization or line.
    pub name: String,
    /// One of [`KINDS`].
    pub kind: String,
    /// Phone in E.164 (`+18008987180`), if any.
    pub phone: Option<String>,
    /// Website (https only), if any.
    pub url: Option<String>,
    /// Two-letter state codes, or `US` for national lines.
    pub states: Vec<String>,
    /// Languages spoken (BCP 47 codes), when the source says.
    pub languages: Vec<String>,
    /// Services, from [`SERVICES`].
    pub services: Vec<String>,
    /// Where the number or address was read.
    pub source_url: String,
    /// A short quote from that source.
    pub source_quote: String,
    /// The year of that source, or `current`/`undated`.
    pub source_year: String,
    /// When it was read (YYYY-MM-DD).
    pub read_on: String,
    /// `high`, `medium` or `low`.
    pub confidence: String,
    /// Why the confidence is what it is.
    pub note: String,
    /// ZIP code of the office, when known (for distances).
    pub zip: Option<String>,
    /// The office's street address as the source gives it, or empty.
    pub address: String,
    /// The counties or cities served, as the source says, or empty.
    pub serves: String,
    /// Where to send a sign-up text: a short code (`12345`) or a phone in
    /// E.164.
    pub sms_to: Option<String>,
    /// The word to text to `sms_to` (`JOIN`), or empty.
    pub sms_body: String,
}

/// A problem in a contacts CSV: the line (1 = header) and the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// 1-based line in the file.
    pub line: usize,
    /// The column concerned, if any.
    pub field: Option<String>,
    /// What is wrong, in English for logs and the CLI; the UI shows `code`.
    pub text: String,
    /// A stable code, with a localized message `import-error-<code>`.
    pub code: &'static str,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.field {
            Some(field) => write!(f, "line {}, {field}: {}", self.line, self.text),
            None => write!(f, "line {}: {}", self.line, self.text),
        }
    }
}

fn err(line: usize, field: Option<&str>, code: &'static str, text: impl Into<String>) -> RowError {
    RowError { line, field: field.map(str::to_owned), text: text.into(), code }
}

/// Parses and validates a whole contacts CSV. Any error refuses the file:
/// every problem found is returned, and no contact.
pub fn parse_contacts(bytes: &[u8], known_zip: &dyn Fn(&str) -> bool) -> Result<Vec<Contact>, Vec<RowError>> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(vec![err(
            0,
            None,
            "too-large",
            format!("the file is {} bytes; the limit is {MAX_CSV_BYTES}", bytes.len()),
        )]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.strip_prefix('\u{feff}').unwrap_or(t),
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
            return Err(vec![err(line, None, "encoding", "the file is not UTF-8 text; save it as CSV UTF-8")]);
        }
    };
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_owned()).collect(),
        Err(e) => return Err(vec![err(1, None, "malformed", format!("the header cannot be read: {e}"))]),
    };
    let missing: Vec<&str> = REQUIRED_COLUMNS.iter().copied().filter(|c| !headers.iter().any(|h| h == c)).collect();
    if !missing.is_empty() {
        return Err(missing
            .into_iter()
            .map(|c| err(1, Some(c), "missing-column", format!("the column {c:?} is missing")))
            .collect());
    }
    let column = |name: &str| headers.iter().position(|h| h == name);
    let mut contacts = Vec::new();
    let mut errors = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, record) in reader.records().enumerate() {
        let line = record.as_ref().ok().and_then(|r| r.position()).map_or(i + 2, |p| p.line() as usize);
        if i >= MAX_ROWS {
            errors.push(err(line, None, "too-many-rows", format!("more than {MAX_ROWS} rows")));
            break;
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(err(line, None, "malformed", format!("this row cannot be read: {e}")));
                continue;
            }
        };
        let get = |name: &str| column(name).and_then(|c| record.get(c)).unwrap_or("").trim().to_owned();
        match validate_row(line, &get, known_zip) {
            Ok(contact) => {
                let key = (contact.name.to_lowercase(), contact.phone.clone(), contact.url.clone());
                if seen.insert(key) {
                    contacts.push(contact);
                } else {
                    errors.push(err(line, Some("name"), "duplicate", "the same contact appears twice"));
                }
            }
            Err(mut row_errors) => errors.append(&mut row_errors),
        }
    }
    if errors.is_empty() {
        Ok(contacts)
    } else {
        Err(errors)
    }
}

/// An https address whose host is what a person reads: no user part before
/// an `@` (`https://www.uscis.gov@evil.example`), no spaces, controls,
/// quotes, backslashes or angle brackets, and a host of letters, digits,
/// dots and hyphens.
pub fn is_plain_https(raw: &str) -> bool {
    let Some(rest) = raw.strip_prefix("https://") else { return false };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.split(':').next().unwrap_or_default();
    let clean = !raw.chars().any(|c| {
        c.is_whitespace()
            || c.is_control()
            || crate::names::is_hidden(c)
            || matches!(c, '"' | '\'' | '\\' | '<' | '>' | '`')
    });
    clean
        && !authority.contains('@')
        && host.contains('.')
        && !host.starts_with(['.', '-'])
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
}

fn list(value: &str) -> Vec<String> {
    value.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

fn validate_row(
    line: usize,
    get: &dyn Fn(&str) -> String,
    known_zip: &dyn Fn(&str) -> bool,
) -> Result<Contact, Vec<RowError>> {
    let mut errors = Vec::new();
    for field in ["name", "kind", "states", "source_url", "read_on", "confidence"] {
        if get(field).is_empty() {
            errors.push(err(line, Some(field), "required", "this field is required"));
        }
    }
    // A name must read as what it is: no hidden or direction characters, and
    // no leading = + - @ that a spreadsheet would run as a formula.
    let name = get("name");
    if crate::names::has_hidden_characters(&name) || name.starts_with(['=', '+', '-', '@']) {
        errors.push(err(
            line,
            Some("name"),
            "bad-value",
            "names may not hold hidden or direction characters, or start with = + - @",
        ));
    }
    let kind = get("kind");
    if !kind.is_empty() && !KINDS.contains(&kind.as_str()) {
        errors.push(err(line, Some("kind"), "bad-value", format!("{kind:?} is not one of {}", KINDS.join(", "))));
    }
    let phone = match get("phone").as_str() {
        "" => None,
        raw => match to_e164(raw) {
            Some(p) => Some(p),
            None => {
                errors.push(err(
                    line,
                    Some("phone"),
                    "bad-phone",
                    format!("{raw:?} is not a U.S. phone number with an area code"),
                ));
                None
            }
        },
    };
    let url = match get("url").as_str() {
        "" => None,
        raw if is_plain_https(raw) => Some(raw.to_owned()),
        raw => {
            errors.push(err(line, Some("url"), "bad-url", format!("{raw:?} is not an https:// address")));
            None
        }
    };
    let sms_to = match get("sms_to").as_str() {
        "" => None,
        raw => match sms_destination(raw) {
            Some(to) => Some(to),
            None => {
                errors.push(err(
                    line,
                    Some("sms_to"),
                    "bad-phone",
                    format!("{raw:?} is neither a short code nor a U.S. phone number"),
                ));
                None
            }
        },
    };
    let sms_body = get("sms_body");
    if sms_body.chars().count() > MAX_SMS_BODY || !sms_body.chars().all(|c| c.is_alphanumeric() || c == ' ') {
        errors.push(err(
            line,
            Some("sms_body"),
            "bad-value",
            format!("a sign-up word is letters and digits, at most {MAX_SMS_BODY}"),
        ));
    }
    if !sms_body.is_empty() && sms_to.is_none() {
        errors.push(err(line, Some("sms_to"), "required", "a sign-up word needs the number to text it to"));
    }
    let reachable = phone.is_some() || url.is_some() || sms_to.is_some();
    if !reachable && errors.iter().all(|e| !matches!(e.field.as_deref(), Some("phone" | "url" | "sms_to"))) {
        errors.push(err(
            line,
            Some("phone"),
            "required",
            "a contact needs a phone number, a website or a number to text",
        ));
    }
    let states = list(&get("states"));
    for s in &states {
        if s != "US" && !US_STATES.contains(&s.as_str()) {
            errors.push(err(line, Some("states"), "bad-state", format!("{s:?} is not a U.S. state code (or US)")));
        }
    }
    let services = list(&get("services"));
    for s in &services {
        if !SERVICES.contains(&s.as_str()) {
            errors.push(err(
                line,
                Some("services"),
                "bad-value",
                format!("{s:?} is not one of {}", SERVICES.join(", ")),
            ));
        }
    }
    let languages = list(&get("languages"));
    for l in &languages {
        if l.parse::<unic_langid::LanguageIdentifier>().is_err() {
            errors.push(err(line, Some("languages"), "bad-value", format!("{l:?} is not a language code")));
        }
    }
    let read_on = get("read_on");
    if !read_on.is_empty() && !is_iso_date(&read_on) {
        errors.push(err(line, Some("read_on"), "bad-date", format!("{read_on:?} is not a YYYY-MM-DD date")));
    }
    let confidence = get("confidence");
    if !confidence.is_empty() && !["high", "medium", "low"].contains(&confidence.as_str()) {
        errors.push(err(line, Some("confidence"), "bad-value", "must be high, medium or low"));
    }
    let address = get("address");
    let serves = get("serves");
    for (field, value) in [("address", &address), ("serves", &serves)] {
        if value.chars().count() > 200 || crate::names::has_hidden_characters(value) {
            errors.push(err(
                line,
                Some(field),
                "bad-value",
                "at most 200 characters, with no hidden or direction characters",
            ));
        }
    }
    let zip = match get("zip").as_str() {
        "" => None,
        z if z.len() == 5 && z.bytes().all(|b| b.is_ascii_digit()) && known_zip(z) => Some(z.to_owned()),
        z => {
            errors.push(err(line, Some("zip"), "bad-zip", format!("{z:?} is not a known U.S. ZIP code")));
            None
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Contact {
        name: get("name"),
        kind,
        phone,
        url,
        states,
        languages,
        services,
        source_url: get("source_url"),
        source_quote: get("source_quote"),
        source_year: get("source_year"),
        read_on,
        confidence,
        note: get("note"),
        zip,
        address,
        serves,
        sms_to,
        sms_body,
    })
}

/// Where a sign-up text goes: a carrier short code (five or six digits, as
/// the networks publish them) or a U.S. phone number in E.164.
pub fn sms_destination(raw: &str) -> Option<String> {
    let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if (5..=6).contains(&compact.len()) && compact.bytes().all(|b| b.is_ascii_digit()) && !compact.starts_with('0') {
        return Some(compact);
    }
    to_e164(raw)
}

/// The site a source was read on, as a person can read it:
/// `https://www.example.org/contact` → `example.org`, and a file in a public
/// repository (`github:owner/repo/path`) → `github.com/owner/repo`.
pub fn source_site(source_url: &str) -> String {
    if let Some(rest) = source_url.strip_prefix("github:") {
        let repo: Vec<&str> = rest.split('/').take(2).collect();
        return format!("github.com/{}", repo.join("/"));
    }
    let rest = source_url.split_once("://").map_or(source_url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    host.strip_prefix("www.").unwrap_or(host).to_owned()
}

/// Normalizes a U.S. phone number to E.164 (`+1` and ten digits), or `None`.
pub fn to_e164(raw: &str) -> Option<String> {
    if raw.chars().any(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    let ten = match digits.len() {
        10 => digits,
        11 if digits.starts_with('1') => digits[1..].to_owned(),
        _ => return None,
    };
    // North American numbers: area code and exchange do not start with 0 or 1.
    let b = ten.as_bytes();
    (b[0] >= b'2' && b[3] >= b'2').then(|| format!("+1{ten}"))
}

/// `+18008987180` → `1-800-898-7180`, the way people write U.S. numbers.
pub fn display_phone(e164: &str) -> String {
    let d = e164.trim_start_matches("+1");
    if d.len() == 10 {
        format!("1-{}-{}-{}", &d[..3], &d[3..6], &d[6..])
    } else {
        e164.to_owned()
    }
}

/// ZIP code centroids: ZIP → state and position.
#[derive(Debug, Default)]
pub struct ZipTable {
    rows: Vec<(u32, [u8; 2], f32, f32)>,
}

/// The first bytes of the ZIP table as the app embeds it and the web app
/// serves it: brotli after this line instead of gzip (`kyr_embed` writes it,
/// keeping its own copy of the line: a build script cannot use the core).
pub const ZIP_BROTLI_MAGIC: &[u8] = b"kyrzip-br\n";

impl ZipTable {
    /// Reads the ZIP table made by `scripts/zipcodes` (`content/zipcodes.kyrzip`,
    /// its format described there): gzip of a header, the states, then
    /// columns of varint differences, or the same bytes as brotli after
    /// [`ZIP_BROTLI_MAGIC`].
    pub fn read(bytes: &[u8]) -> std::io::Result<Self> {
        use std::io::Read;
        let mut data = Vec::new();
        match bytes.strip_prefix(ZIP_BROTLI_MAGIC) {
            Some(brotli) => brotli_decompressor::Decompressor::new(brotli, 64 * 1024).read_to_end(&mut data)?,
            None => flate2::read::GzDecoder::new(bytes).read_to_end(&mut data)?,
        };
        Self::parse(&data).ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidData, "not a kyr ZIP table"))
    }

    fn parse(data: &[u8]) -> Option<Self> {
        let mut c = Cursor { bytes: data.strip_prefix(b"kyrzip 1\n".as_slice())?, at: 0 };
        let count = c.u32()? as usize;
        let state_count = c.u32()? as usize;
        let states = c.take(2 * state_count)?;
        let mut zips = Vec::with_capacity(count);
        let mut zip = 0u64;
        for _ in 0..count {
            zip += c.varint()?;
            zips.push(u32::try_from(zip).ok()?);
        }
        let state_column = c.take(count)?;
        let mut coordinates = [Vec::with_capacity(count), Vec::with_capacity(count)];
        for column in &mut coordinates {
            let mut value = 0i64;
            for _ in 0..count {
                let v = c.varint()?;
                value += (v >> 1) as i64 ^ -((v & 1) as i64);
                column.push(value as f32 / 1000.0);
            }
        }
        let mut rows = Vec::with_capacity(count);
        for (i, zip) in zips.into_iter().enumerate() {
            let s = usize::from(state_column[i]);
            let code = states.get(2 * s..2 * s + 2)?;
            rows.push((zip, [code[0], code[1]], coordinates[0][i], coordinates[1][i]));
        }
        rows.sort_by_key(|r| r.0);
        Some(ZipTable { rows })
    }

    /// Number of ZIP codes.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when the table is empty.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Every ZIP code with its state, in order.
    pub fn iter(&self) -> impl Iterator<Item = (String, String)> + '_ {
        self.rows.iter().map(|(zip, state, _, _)| (format!("{zip:05}"), String::from_utf8_lossy(state).into_owned()))
    }

    /// State and position of a ZIP code.
    pub fn get(&self, zip: &str) -> Option<(String, f32, f32)> {
        if zip.len() != 5 {
            return None;
        }
        let z: u32 = zip.parse().ok()?;
        let i = self.rows.binary_search_by_key(&z, |r| r.0).ok()?;
        let (_, s, lat, lon) = self.rows[i];
        Some((String::from_utf8_lossy(&s).into_owned(), lat, lon))
    }
}

/// Reads the ZIP table's bytes in order.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let taken = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(taken)
    }

    fn u32(&mut self) -> Option<u32> {
        let b = self.take(4)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// An unsigned LEB128 varint.
    fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.take(1)?[0];
            value |= u64::from(byte & 0x7F) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }
}

/// Great-circle distance in miles.
pub fn miles(a: (f32, f32), b: (f32, f32)) -> f32 {
    let (lat1, lon1, lat2, lon2) =
        (a.0.to_radians() as f64, a.1.to_radians() as f64, b.0.to_radians() as f64, b.1.to_radians() as f64);
    let h = ((lat2 - lat1) / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    (2.0 * 3958.8 * h.sqrt().asin()) as f32
}

/// What the user searches for; every part is optional.
#[derive(Debug, Clone, Default)]
pub struct DirectoryQuery {
    /// A five-digit ZIP code: sets the state, and sorts by distance.
    pub zip: Option<String>,
    /// A state code, when no ZIP code is given.
    pub state: Option<String>,
    /// Only contacts that list this language.
    pub language: Option<String>,
    /// Only contacts that offer this service.
    pub service: Option<String>,
}

/// A contact found, with its distance when both ends have a ZIP code.
#[derive(Debug, Clone)]
pub struct Found<'a> {
    /// The contact.
    pub contact: &'a Contact,
    /// Miles from the searched ZIP code.
    pub miles: Option<f32>,
    /// True for national lines, listed after local help.
    pub national: bool,
}

/// Offices closer than this are listed before the state's lines that have no
/// office address (statewide hotlines); farther offices come after them.
pub const NEARBY_MILES: f32 = 60.0;

/// Where a local contact sorts: offices nearby, then lines for the whole
/// state (no distance), then offices farther away.
fn nearness(miles: Option<f32>) -> (u8, f32) {
    match miles {
        Some(m) if m <= NEARBY_MILES => (0, m),
        None => (1, 0.0),
        Some(m) => (2, m),
    }
}

/// Searches contacts: local help for the state first (offices within
/// [`NEARBY_MILES`] nearest first, then the state's lines, then farther
/// offices; by name within each), national lines after.
pub fn search<'a>(
    contacts: &'a [Contact],
    query: &DirectoryQuery,
    zips: &ZipTable,
) -> Result<Vec<Found<'a>>, &'static str> {
    let origin = match &query.zip {
        Some(z) => Some(zips.get(z).ok_or("unknown-zip")?),
        None => None,
    };
    let state = origin.as_ref().map(|o| o.0.clone()).or_else(|| query.state.clone());
    let mut found: Vec<Found> = contacts
        .iter()
        .filter(|c| {
            query
                .language
                .as_ref()
                .is_none_or(|l| c.languages.iter().any(|x| x == l || x.split('-').next() == Some(l.as_str())))
        })
        .filter(|c| query.service.as_ref().is_none_or(|s| c.services.contains(s)))
        .filter_map(|c| {
            let national = c.states.iter().any(|s| s == "US");
            let local = state.as_ref().is_some_and(|s| c.states.contains(s));
            if !(national || local || state.is_none()) {
                return None;
            }
            let miles = match (&origin, &c.zip) {
                (Some((_, lat, lon)), Some(z)) => zips.get(z).map(|(_, la, lo)| miles((*lat, *lon), (la, lo))),
                _ => None,
            };
            Some(Found { contact: c, miles, national: national && !local })
        })
        .collect();
    found.sort_by(|a, b| {
        let (group_a, miles_a) = nearness(a.miles);
        let (group_b, miles_b) = nearness(b.miles);
        a.national
            .cmp(&b.national)
            .then(group_a.cmp(&group_b))
            .then(miles_a.total_cmp(&miles_b))
            .then(a.contact.name.cmp(&b.contact.name))
    });
    Ok(found)
}

/// Stores a contact in `table` (the content database's `contacts`, or the
/// user database's `imported_contacts`, which have the same columns).
pub(crate) fn insert_contact(db: &rusqlite::Connection, table: &str, c: &Contact) -> rusqlite::Result<()> {
    let sql = format!(
        "INSERT INTO {table}(name, kind, phone, url, states, languages, services, source_url, source_quote, source_year, read_on, confidence, note, zip,
           address, serves, sms_to, sms_body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"
    );
    db.prepare_cached(&sql)?.execute(rusqlite::params![
        c.name,
        c.kind,
        c.phone,
        c.url,
        c.states.join(";"),
        c.languages.join(";"),
        c.services.join(";"),
        c.source_url,
        c.source_quote,
        c.source_year,
        c.read_on,
        c.confidence,
        c.note,
        c.zip,
        c.address,
        c.serves,
        c.sms_to,
        c.sms_body
    ])?;
    Ok(())
}

/// Reads every contact of `table`, with its row id.
pub(crate) fn load_contacts(db: &rusqlite::Connection, table: &str) -> crate::Result<Vec<(i64, Contact)>> {
    let sql = format!(
        "SELECT id, name, kind, phone, url, states, languages, services, source_url, source_quote, source_year, read_on, confidence, note, zip,
           address, serves, sms_to, sms_body
         FROM {table} ORDER BY id"
    );
    let mut q = db.prepare_cached(&sql)?;
    let rows = q.query_map([], |r| {
        let split = |i: usize| -> rusqlite::Result<Vec<String>> { Ok(list(&r.get::<_, String>(i)?)) };
        Ok((
            r.get(0)?,
            Contact {
                name: r.get(1)?,
                kind: r.get(2)?,
                phone: r.get(3)?,
                url: r.get(4)?,
                states: split(5)?,
                languages: split(6)?,
                services: split(7)?,
                source_url: r.get(8)?,
                source_quote: r.get(9)?,
                source_year: r.get(10)?,
                read_on: r.get(11)?,
                confidence: r.get(12)?,
                note: r.get(13)?,
                zip: r.get(14)?,
                address: r.get(15)?,
                serves: r.get(16)?,
                sms_to: r.get(17)?,
                sms_body: r.get(18)?,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
