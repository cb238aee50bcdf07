//! Initiatives: the informal networks at the heart of Buurtkracht.
//! This module owns their enums and the codes under which they are stored.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod manage_links;
#[cfg(feature = "ssr")]
pub mod related;

/// Where an initiative is in its life. Only `Published` is public.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InitiativeStatus {
    Draft,
    Submitted,
    Published,
    /// A professional decided it does not belong on the sociale kaart, and
    /// said why (`initiative.declined_reason`).
    Declined,
    Archived,
}

impl InitiativeStatus {
    pub fn code(self) -> &'static str {
        match self {
            InitiativeStatus::Draft => "draft",
            InitiativeStatus::Submitted => "submitted",
            InitiativeStatus::Published => "published",
            InitiativeStatus::Declined => "declined",
            InitiativeStatus::Archived => "archived",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "draft" => Some(InitiativeStatus::Draft),
            "submitted" => Some(InitiativeStatus::Submitted),
            "published" => Some(InitiativeStatus::Published),
            "declined" => Some(InitiativeStatus::Declined),
            "archived" => Some(InitiativeStatus::Archived),
            _ => None,
        }
    }
}

/// What kind of informal network it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InitiativeKind {
    Volunteer,
    Citizen,
    SelfOrganisation,
    SocialEnterprise,
    Other,
}

impl InitiativeKind {
    pub fn code(self) -> &'static str {
        match self {
            InitiativeKind::Volunteer => "volunteer",
            InitiativeKind::Citizen => "citizen",
            InitiativeKind::SelfOrganisation => "self_organisation",
            InitiativeKind::SocialEnterprise => "social_enterprise",
            InitiativeKind::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "volunteer" => Some(InitiativeKind::Volunteer),
            "citizen" => Some(InitiativeKind::Citizen),
            "self_organisation" => Some(InitiativeKind::SelfOrganisation),
            "social_enterprise" => Some(InitiativeKind::SocialEnterprise),
            "other" => Some(InitiativeKind::Other),
            _ => None,
        }
    }
}

/// The one public way to get in touch that an initiative chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContactKind {
    Email,
    Phone,
    Website,
    Whatsapp,
    InPerson,
}

impl ContactKind {
    pub fn code(self) -> &'static str {
        match self {
            ContactKind::Email => "email",
            ContactKind::Phone => "phone",
            ContactKind::Website => "website",
            ContactKind::Whatsapp => "whatsapp",
            ContactKind::InPerson => "in_person",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "email" => Some(ContactKind::Email),
            "phone" => Some(ContactKind::Phone),
            "website" => Some(ContactKind::Website),
            "whatsapp" => Some(ContactKind::Whatsapp),
            "in_person" => Some(ContactKind::InPerson),
            _ => None,
        }
    }
}

/// What an initiative can need, as stored in `initiative_need`.
pub const NEEDS: [&str; 6] = [
    "space",
    "money",
    "volunteers",
    "training",
    "professional_contact",
    "publicity",
];
/// The need that makes an initiative "looking for volunteers".
pub const VOLUNTEERS_NEED: &str = "volunteers";

/// Longest website address we store.
pub const MAX_WEBSITE_CHARS: usize = 300;

/// A website address that is safe to put in a link: `http://` or
/// `https://`, a host name with a dot, and nothing that could make the
/// browser run code (`javascript:`, `data:`) or hide the real host
/// (`https://gemeente.nl@elders.example`). Every website address is parsed
/// into this before it is stored, and again before it becomes a link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebsiteUrl(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WebsiteUrlError {
    Empty,
    TooLong,
    /// Not an `http`/`https` address of a website.
    NotAWebsite,
}

impl WebsiteUrl {
    /// Reads what someone typed. Without a scheme (`www.repaircafe.nl`,
    /// as people often type it) the address gets `https://`.
    pub fn parse(text: &str) -> Result<Self, WebsiteUrlError> {
        let (https, authority, path) = Self::parts(text)?;
        let scheme = if https { "https" } else { "http" };
        Ok(Self(format!(
            "{scheme}://{}{path}",
            authority.to_ascii_lowercase()
        )))
    }

    /// Whether `text` parses, without building the address (the browser's
    /// checks only need the answer).
    pub fn check(text: &str) -> Result<(), WebsiteUrlError> {
        Self::parts(text).map(|_| ())
    }

    /// (https or not, host with port, the rest) of an acceptable address.
    fn parts(text: &str) -> Result<(bool, &str, &str), WebsiteUrlError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(WebsiteUrlError::Empty);
        }
        if text.chars().count() > MAX_WEBSITE_CHARS {
            return Err(WebsiteUrlError::TooLong);
        }
        let (https, rest) = match text.split_once("://") {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("https") => (true, rest),
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("http") => (false, rest),
            Some(_) => return Err(WebsiteUrlError::NotAWebsite),
            None => (true, text),
        };
        let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, path) = rest.split_at(host_end);
        let host = match authority.rsplit_once(':') {
            Some((host, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => {
                host
            }
            _ => authority,
        };
        let host_is_a_domain = host.contains('.')
            && !host.starts_with(['.', '-'])
            && !host.ends_with(['.', '-'])
            && !host.contains("..")
            // ASCII letters, digits, '-' and '.'; letters of other scripts
            // are fine too (internationalised names). No Unicode tables:
            // this also runs in the browser.
            && host.chars().all(|c| {
                c.is_ascii_alphanumeric() || c == '-' || c == '.' || (!c.is_ascii() && !c.is_whitespace())
            });
        let path_is_plain = path.chars().all(|c| {
            !c.is_whitespace() && !c.is_control() && !matches!(c, '"' | '<' | '>' | '\\' | '`')
        });
        if !host_is_a_domain || !path_is_plain {
            return Err(WebsiteUrlError::NotAWebsite);
        }
        Ok((https, authority, path))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Lower-cases text and strips accents, so that "cafe" matches "Café" with a
/// plain `LIKE` on both SQLite and PostgreSQL. Used for the stored
/// `search_text` column and for what a user types into search.
#[cfg(feature = "ssr")]
pub fn search_key(text: &str) -> String {
    use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
    text.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A URL-friendly name: lower case, letters and digits, words joined by `-`.
#[cfg(feature = "ssr")]
pub fn slug_of(name: &str) -> String {
    let folded = search_key(name);
    let mut slug = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// The text that free-text search looks in: name, summary and description.
#[cfg(feature = "ssr")]
pub fn initiative_search_text(name: &str, summary: &str, description: &str) -> String {
    search_key(&format!("{name}\n{summary}\n{description}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_codes_round_trip() {
        for status in [
            InitiativeStatus::Draft,
            InitiativeStatus::Submitted,
            InitiativeStatus::Published,
            InitiativeStatus::Declined,
            InitiativeStatus::Archived,
        ] {
            assert_eq!(InitiativeStatus::from_code(status.code()), Some(status));
        }
        assert_eq!(InitiativeStatus::from_code("deleted"), None);
    }

    #[test]
    fn kind_and_contact_codes_round_trip() {
        for kind in [
            InitiativeKind::Volunteer,
            InitiativeKind::Citizen,
            InitiativeKind::SelfOrganisation,
            InitiativeKind::SocialEnterprise,
            InitiativeKind::Other,
        ] {
            assert_eq!(InitiativeKind::from_code(kind.code()), Some(kind));
        }
        for contact in [
            ContactKind::Email,
            ContactKind::Phone,
            ContactKind::Website,
            ContactKind::Whatsapp,
            ContactKind::InPerson,
        ] {
            assert_eq!(ContactKind::from_code(contact.code()), Some(contact));
        }
    }

    #[test]
    fn website_addresses_are_http_or_https_with_a_real_host() {
        let parsed = |text: &str| WebsiteUrl::parse(text).map(|url| url.as_str().to_owned());
        assert_eq!(
            parsed(" https://Repaircafe-Pijnacker.example/agenda?maand=mei "),
            Ok("https://repaircafe-pijnacker.example/agenda?maand=mei".to_owned())
        );
        assert_eq!(
            parsed("HTTP://wijk.example:8080/"),
            Ok("http://wijk.example:8080/".to_owned())
        );
        assert_eq!(
            parsed("www.taalcafe.example"),
            Ok("https://www.taalcafe.example".to_owned())
        );
        assert_eq!(
            parsed("https://café.example"),
            Ok("https://café.example".to_owned())
        );
        for bad in [
            "javascript:alert(1)",
            "JavaScript://example.com/%0Aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "ftp://files.example",
            "https://gemeente.example@elders.example",
            "https://",
            "https://localhost",
            "https://.example",
            "https://wijk..example",
            "https://wijk.example/een pad",
            "https://wijk.example/\"onmouseover=\"x",
            "//wijk.example",
            "mailto:info@wijk.example",
        ] {
            assert_eq!(parsed(bad), Err(WebsiteUrlError::NotAWebsite), "{bad}");
        }
        assert_eq!(parsed("  "), Err(WebsiteUrlError::Empty));
        let long = format!("https://wijk.example/{}", "a".repeat(MAX_WEBSITE_CHARS));
        assert_eq!(parsed(&long), Err(WebsiteUrlError::TooLong));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn slugs_are_plain_ascii_words() {
        assert_eq!(slug_of("Taalcafé Pijnacker"), "taalcafe-pijnacker");
        assert_eq!(slug_of("  Koffie & Kletsen!  "), "koffie-kletsen");
        assert_eq!(slug_of("Delfgauw"), "delfgauw");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn search_key_ignores_case_and_accents() {
        assert_eq!(search_key("Café De Kiezel"), "cafe de kiezel");
        assert_eq!(search_key("Ëën Ĳsje"), "een ijsje");
        assert_eq!(search_key("koffie"), "koffie");
    }
}
