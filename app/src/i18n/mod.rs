//! Every user-facing string of Buurtkracht, in Dutch (the default) and English.
//!
//! The catalogue is a plain struct, [`Messages`], with one constant per locale
//! ([`nl::NL`], [`en::EN`]). A string missing in one language is a compile
//! error, and strings with values in them are functions, so that word order
//! and plurals stay in the hands of each language. We chose this over a
//! runtime i18n crate to keep the browser bundle small: every byte of wasm
//! counts on a cheap phone.
//!
//! Write Dutch at B1 level: short sentences, common words, "je" not "u".

mod en;
mod messages;
mod nl;

pub use messages::{InfoSection, Messages};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The languages of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    Nl,
    En,
}

/// The cookie that remembers the chosen language. It holds only `nl` or `en`.
pub const LOCALE_COOKIE: &str = "taal";

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Nl, Locale::En];

    /// The BCP 47 code, as used in `<html lang>` and the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        match code.trim() {
            "nl" => Some(Locale::Nl),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    pub fn messages(self) -> &'static Messages {
        match self {
            Locale::Nl => &nl::NL,
            Locale::En => &en::EN,
        }
    }

    /// Reads the language from a `Cookie` request header; Dutch if absent.
    pub fn from_cookie_header(header: Option<&str>) -> Locale {
        header
            .into_iter()
            .flat_map(|value| value.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == LOCALE_COOKIE)
            .and_then(|(_, value)| Locale::from_code(value))
            .unwrap_or_default()
    }
}

/// The language of the current page.
///
/// On the server it comes from the request's cookie; in the browser from
/// `<html lang>`, which the server wrote. Switching language is a full page
/// load, so the locale never changes while a page is open.
pub fn current_locale() -> Locale {
    if let Some(locale) = use_context::<Locale>() {
        return locale;
    }
    let locale = detect_locale();
    provide_context(locale);
    locale
}

#[cfg(feature = "ssr")]
fn detect_locale() -> Locale {
    let cookie = use_context::<http::request::Parts>().and_then(|parts| {
        parts
            .headers
            .get(http::header::COOKIE)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned)
    });
    Locale::from_cookie_header(cookie.as_deref())
}

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
fn detect_locale() -> Locale {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|lang| Locale::from_code(&lang))
        .unwrap_or_default()
}

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
fn detect_locale() -> Locale {
    Locale::default()
}

/// The strings of the current page's language.
pub fn use_i18n() -> &'static Messages {
    current_locale().messages()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_header_picks_the_locale_cookie_among_others() {
        assert_eq!(
            Locale::from_cookie_header(Some("a=1; taal=en; b=2")),
            Locale::En
        );
        assert_eq!(Locale::from_cookie_header(Some("taal=nl")), Locale::Nl);
    }

    #[test]
    fn unknown_or_missing_locale_falls_back_to_dutch() {
        assert_eq!(Locale::from_cookie_header(None), Locale::Nl);
        assert_eq!(Locale::from_cookie_header(Some("taal=fr")), Locale::Nl);
        assert_eq!(Locale::from_cookie_header(Some("xtaal=en")), Locale::Nl);
    }

    #[test]
    fn codes_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_code(locale.code()), Some(locale));
        }
    }
}
