//! The links the app hands to the phone's own apps: a call, a text, an
//! email, a website. The app itself opens no connection; the shell passes
//! these, and only these, to the system.

use crate::{Error, Result};

/// The schemes the system may be asked to open.
const SCHEMES: [&str; 4] = ["tel:", "sms:", "mailto:", "https://"];
/// Longer than any link the app makes (a detained message in an `sms:` link is the longest).
const MAX_LINK_BYTES: usize = 8 * 1024;

/// Checks a link before the shell hands it to the system: a known scheme,
/// something after it, no spaces or control characters, a sane length.
pub fn check(url: &str) -> Result<&str> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let scheme = SCHEMES.iter().find(|s| lower.starts_with(*s));
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    match scheme {
        Some(s) if clean && url.len() > s.len() && url.len() <= MAX_LINK_BYTES => Ok(url),
        _ => Err(Error::LinkNotAllowed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_calls_texts_emails_and_https_sites_are_handed_on() {
        for ok in [
            "tel:+18008987180",
            "sms:+15555550100?body=Soy%20Ana",
            "mailto:help@example.org",
            "https://www.justice.gov/eoir",
            "HTTPS://example.org",
        ] {
            assert!(check(ok).is_ok(), "{ok}");
        }
        for refused in [
            "http://example.org",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "intent://x",
            "tel:",
            "https://",
            "tel:+1 800",
            "sms:1\n2",
            "",
        ] {
            assert!(check(refused).is_err(), "{refused}");
        }
        assert!(check(&format!("sms:1?body={}", "a".repeat(MAX_LINK_BYTES))).is_err());
    }
}
