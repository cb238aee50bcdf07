//! Checks of single fields, shared by the server (which always runs them)
//! and the browser (which runs them as you type). No regular expressions
//! and no big crates: this code is part of the browser bundle.

/// E-mail addresses are compared in lower case, without surrounding space.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A plain check: one `@`, something before it, a dot in the domain, no
/// spaces. Whether the address works shows when the first mail arrives.
pub fn looks_like_email(email: &str) -> bool {
    let Some((name, domain)) = email.split_once('@') else {
        return false;
    };
    !name.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && email.len() <= 254
        && !email.chars().any(char::is_whitespace)
}

/// Text that is required and has a length limit, counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LengthProblem {
    Missing,
    TooShort { min: usize },
    TooLong { max: usize },
}

/// Checks trimmed text against `min..=max` characters; empty is `Missing`
/// (use [`optional_length`] for fields that may stay empty).
pub fn required_length(text: &str, min: usize, max: usize) -> Result<(), LengthProblem> {
    let count = text.trim().chars().count();
    if count == 0 {
        Err(LengthProblem::Missing)
    } else if count < min {
        Err(LengthProblem::TooShort { min })
    } else if count > max {
        Err(LengthProblem::TooLong { max })
    } else {
        Ok(())
    }
}

/// Empty is fine; otherwise at most `max` characters.
pub fn optional_length(text: &str, max: usize) -> Result<(), LengthProblem> {
    if text.trim().chars().count() > max {
        Err(LengthProblem::TooLong { max })
    } else {
        Ok(())
    }
}

/// A Dutch phone number as people type it: `06 12345678`, `06-1234 5678`,
/// `015 123 45 67`, `+31 6 12345678` or `0031 6 12345678`. Returns the ten
/// digits starting with 0, or `None` when it is not such a number.
pub fn dutch_phone_digits(text: &str) -> Option<String> {
    let text = text.trim();
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.' | '+');
    if text.is_empty() || !text.chars().all(allowed) || text[1..].contains('+') {
        return None;
    }
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    // +31 and 0031 stand for the 0 of a number in the Netherlands; some
    // write it as well, as in +31 (0)6.
    let after_country = if text.starts_with('+') {
        Some(digits.strip_prefix("31")?)
    } else {
        digits.strip_prefix("0031")
    };
    let national = match after_country {
        Some(rest) if rest.starts_with('0') => rest.to_owned(),
        Some(rest) => format!("0{rest}"),
        None => digits,
    };
    let second = national.as_bytes().get(1).copied();
    (national.len() == 10 && national.starts_with('0') && second.is_some_and(|d| d != b'0'))
        .then_some(national)
}

/// A date as an `<input type="date">` sends it: `YYYY-MM-DD`, a real day.
/// Returns (year, month, day).
pub fn parse_date(text: &str) -> Option<(i32, u32, u32)> {
    let mut parts = text.trim().splitn(3, '-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let (year, month, day): (i32, u32, u32) =
        (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days_in_month)
        .contains(&day)
        .then_some((year, month, day))
}

/// A time as an `<input type="time">` sends it: `HH:MM`. Returns (hour, minute).
pub fn parse_time(text: &str) -> Option<(u32, u32)> {
    let (hour, minute) = text.trim().split_once(':')?;
    if hour.len() != 2 || minute.len() != 2 {
        return None;
    }
    let (hour, minute): (u32, u32) = (hour.parse().ok()?, minute.parse().ok()?);
    (hour < 24 && minute < 60).then_some((hour, minute))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_email_checks() {
        assert!(looks_like_email("an@gemeente.example"));
        assert!(!looks_like_email("an"));
        assert!(!looks_like_email("@gemeente.example"));
        assert!(!looks_like_email("an@gemeente"));
        assert!(!looks_like_email("an de vries@gemeente.example"));
        assert!(!looks_like_email("an@@gemeente.example"));
        assert_eq!(
            normalise_email("  An@Gemeente.Example "),
            "an@gemeente.example"
        );
    }

    #[test]
    fn lengths_count_characters_of_the_trimmed_text() {
        assert_eq!(required_length("  ", 2, 5), Err(LengthProblem::Missing));
        assert_eq!(
            required_length(" a ", 2, 5),
            Err(LengthProblem::TooShort { min: 2 })
        );
        assert_eq!(
            required_length("ëëëëë", 2, 5),
            Ok(()),
            "five characters, ten bytes"
        );
        assert_eq!(
            required_length("abcdef", 2, 5),
            Err(LengthProblem::TooLong { max: 5 })
        );
        assert_eq!(optional_length("", 5), Ok(()));
        assert_eq!(
            optional_length("abcdef", 5),
            Err(LengthProblem::TooLong { max: 5 })
        );
    }

    #[test]
    fn dutch_phone_numbers_as_people_type_them() {
        for (typed, digits) in [
            ("06 12345678", "0612345678"),
            ("06-1234 5678", "0612345678"),
            ("015 123 45 67", "0151234567"),
            ("(015) 123-4567", "0151234567"),
            ("+31 6 12345678", "0612345678"),
            ("+31 (0)6 12345678", "0612345678"),
            ("0031 6 12345678", "0612345678"),
        ] {
            assert_eq!(
                dutch_phone_digits(typed).as_deref(),
                Some(digits),
                "{typed}"
            );
        }
        for wrong in [
            "",
            "06 1234567",
            "06 123456789",
            "6 12345678",
            "00 12345678",
            "+32 6 12345678",
            "06 1234 567a",
            "06+12345678",
            "0612345678 ext 2",
        ] {
            assert_eq!(dutch_phone_digits(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn dates_and_times_as_the_browser_sends_them() {
        assert_eq!(parse_date("2027-02-28"), Some((2027, 2, 28)));
        assert_eq!(parse_date("2028-02-29"), Some((2028, 2, 29)), "a leap year");
        assert_eq!(parse_date("2027-02-29"), None);
        assert_eq!(parse_date("2027-13-01"), None);
        assert_eq!(parse_date("1-2-3"), None);
        assert_eq!(parse_date("morgen"), None);
        assert_eq!(parse_time("09:30"), Some((9, 30)));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("9:30"), None);
    }
}
