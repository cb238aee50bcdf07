//! Initiatives: the informal networks at the heart of Buurtkracht.
//! This module owns their enums and the codes under which they are stored.

use serde::{Deserialize, Serialize};

/// Where an initiative is in its life. Only `Published` is public.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InitiativeStatus {
    Draft,
    Submitted,
    Published,
    Archived,
}

impl InitiativeStatus {
    pub fn code(self) -> &'static str {
        match self {
            InitiativeStatus::Draft => "draft",
            InitiativeStatus::Submitted => "submitted",
            InitiativeStatus::Published => "published",
            InitiativeStatus::Archived => "archived",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "draft" => Some(InitiativeStatus::Draft),
            "submitted" => Some(InitiativeStatus::Submitted),
            "published" => Some(InitiativeStatus::Published),
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
}

impl InitiativeKind {
    pub fn code(self) -> &'static str {
        match self {
            InitiativeKind::Volunteer => "volunteer",
            InitiativeKind::Citizen => "citizen",
            InitiativeKind::SelfOrganisation => "self_organisation",
            InitiativeKind::SocialEnterprise => "social_enterprise",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "volunteer" => Some(InitiativeKind::Volunteer),
            "citizen" => Some(InitiativeKind::Citizen),
            "self_organisation" => Some(InitiativeKind::SelfOrganisation),
            "social_enterprise" => Some(InitiativeKind::SocialEnterprise),
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

    #[cfg(feature = "ssr")]
    #[test]
    fn search_key_ignores_case_and_accents() {
        assert_eq!(search_key("Café De Kiezel"), "cafe de kiezel");
        assert_eq!(search_key("Ëën Ĳsje"), "een ijsje");
        assert_eq!(search_key("koffie"), "koffie");
    }
}
