//! Calendar days, without a time zone library: a day is a count of days since
//! 1970-01-01, read and written as `YYYY-MM-DD`. Today is the local date.

use std::fmt;

/// A day of the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i64);

impl Day {
    /// The day of `YYYY-MM-DD`, when it is one (`2026-02-30` is not).
    pub fn parse(text: &str) -> Option<Day> {
        let text = text.trim();
        let mut parts = text.splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !(all_digits(y) && all_digits(m) && all_digits(d)) {
            return None;
        }
        let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        let day = Day::from_civil(y, m, d);
        (day.civil() == (y, m, d)).then_some(day)
    }

    /// Howard Hinnant's days-from-civil.
    fn from_civil(y: i64, m: i64, d: i64) -> Day {
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Day(era * 146_097 + doe - 719_468)
    }

    /// (year, month, day): Howard Hinnant's civil-from-days.
    pub fn civil(self) -> (i64, i64, i64) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        (yoe + era * 400 + i64::from(month <= 2), month, day)
    }

    /// The day a time in seconds since 1970 falls on, in UTC.
    pub fn of_seconds(seconds: u64) -> Day {
        Day((seconds / 86_400) as i64)
    }

    /// The local date now.
    pub fn today() -> Day {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let t = now as libc::time_t;
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        // SAFETY: localtime_r reads `t` and writes only `tm`, both valid here.
        let local = unsafe { libc::localtime_r(&t, &mut tm) };
        if local.is_null() {
            return Day::of_seconds(now);
        }
        Day::from_civil(
            i64::from(tm.tm_year) + 1900,
            i64::from(tm.tm_mon) + 1,
            i64::from(tm.tm_mday),
        )
    }

    pub fn plus(self, days: i64) -> Day {
        Day(self.0 + days)
    }

    /// The short name of the day of the week.
    pub fn weekday(self) -> &'static str {
        // 1970-01-01 was a Thursday.
        ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][self.0.rem_euclid(7) as usize]
    }

    /// `YYYYMMDD`, as a calendar file writes a date.
    pub fn compact(self) -> String {
        let (y, m, d) = self.civil();
        format!("{y:04}{m:02}{d:02}")
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.civil();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl serde::Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Day {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Day, D::Error> {
        let text = String::deserialize(d)?;
        Day::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("not a date: {text}")))
    }
}

impl Day {
    /// A date given on the command line after `flag`, or an error that shows the form.
    pub fn from_flag(text: &str, flag: &str) -> anyhow::Result<Day> {
        Day::parse(text).ok_or_else(|| {
            anyhow::anyhow!(crate::diagnostic::hinted(
                format!("{flag} {text:?} is not a date"),
                format!(
                    "write it as YYYY-MM-DD, such as {flag} {}",
                    Day::today().plus(7)
                ),
            ))
        })
    }

    /// The day `--today` gives (for tests and trying a plan out), else today.
    pub fn given_or_today(given: Option<&str>) -> anyhow::Result<Day> {
        match given {
            Some(text) => Day::from_flag(text, "--today"),
            None => Ok(Day::today()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_and_write_as_dates() {
        for text in ["1970-01-01", "2000-02-29", "2026-11-30", "2027-01-01"] {
            assert_eq!(Day::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(Day::parse("1970-01-01"), Some(Day(0)));
        assert_eq!(
            Day::parse("2026-12-01").unwrap().0 - Day::parse("2026-11-30").unwrap().0,
            1
        );
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "26-11-30",
            "2026-1-3",
            "tomorrow",
            "",
            "2026-11-30x",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
        assert_eq!(Day::parse("2026-11-30").unwrap().weekday(), "Mon");
        assert_eq!(Day::parse("2026-11-30").unwrap().compact(), "20261130");
    }
}
