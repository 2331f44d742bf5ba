//! Calendar dates as the content writes them (YYYY-MM-DD), without a date
//! library: the app only needs today's date and whole days between dates.

use std::time::{SystemTime, UNIX_EPOCH};

/// Today's date in UTC, YYYY-MM-DD.
pub fn today_utc() -> String {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// True for a real date written YYYY-MM-DD.
pub fn is_date(text: &str) -> bool {
    days_between(text, text).is_some()
}

/// Whole days from `from` to `to` (negative when `to` is earlier), or `None`
/// when either is not a YYYY-MM-DD date.
pub fn days_between(from: &str, to: &str) -> Option<i64> {
    Some(days_from_civil(parse(to)?) - days_from_civil(parse(from)?))
}

/// Year, month (1–12) and day of a YYYY-MM-DD date that exists.
pub fn parts(date: &str) -> Option<(i64, u32, u32)> {
    is_date(date).then(|| parse(date)).flatten()
}

fn parse(date: &str) -> Option<(i64, u32, u32)> {
    if !crate::model::is_iso_date(date) {
        return None;
    }
    Some((date[0..4].parse().ok()?, date[5..7].parse().ok()?, date[8..10].parse().ok()?))
}

// Howard Hinnant's algorithms for the proleptic Gregorian calendar.
fn days_from_civil((y, m, d): (i64, u32, u32)) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_days_across_months_and_leap_years() {
        assert_eq!(days_between("2026-11-29", "2026-11-30"), Some(1));
        assert_eq!(days_between("2024-02-28", "2024-03-01"), Some(2));
        assert_eq!(days_between("2025-11-29", "2026-11-29"), Some(365));
        assert_eq!(days_between("2026-01-01", "2025-12-31"), Some(-1));
        assert_eq!(days_between("2026-13-01", "2026-01-01"), None);
    }

    #[test]
    fn today_round_trips_through_the_calendar() {
        let today = today_utc();
        assert!(crate::model::is_iso_date(&today), "{today}");
        assert_eq!(civil_from_days(days_from_civil(parse(&today).unwrap())), parse(&today).unwrap());
        assert_eq!(civil_from_days(0), (1970, 1, 1));
    }
}
