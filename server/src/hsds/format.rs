//! The parts of the Open Referral HSDS 3.0 format that Buurtkracht fills.
//!
//! Field names follow the specification (`schema/compiled/organization.json`).
//! Empty optional fields are left out rather than sent as `null`, because
//! the schema types them as plain strings.

use serde::Serialize;

/// A list of organizations in the HSDS API's paging envelope.
#[derive(Debug, Serialize)]
pub struct Page {
    pub total_items: u64,
    pub total_pages: u64,
    pub page_number: u64,
    /// How many organizations this page holds.
    pub size: u64,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    pub contents: Vec<Organization>,
}

/// One initiative. HSDS has no separate notion of an informal network, so
/// it is an organization that offers one service: what it does for people.
#[derive(Debug, Serialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// The initiative's page on the sociale kaart.
    pub uri: String,
    pub services: Vec<Service>,
}

#[derive(Debug, Serialize)]
pub struct Service {
    pub id: String,
    pub organization_id: String,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Always `active`: only published initiatives are exported.
    pub status: &'static str,
    /// RFC 3339 in UTC, with milliseconds as the specification asks.
    pub last_modified: String,
    pub phones: Vec<Phone>,
    pub service_areas: Vec<ServiceArea>,
    pub languages: Vec<Language>,
    pub attributes: Vec<Attribute>,
    pub service_at_locations: Vec<ServiceAtLocation>,
}

#[derive(Debug, Serialize)]
pub struct Phone {
    pub id: String,
    pub service_id: String,
    pub number: String,
    /// `voice`, or `text` for a WhatsApp number.
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<&'static str>,
}

/// A wijk or buurt the initiative serves. A wijk carries its CBS code as
/// the extent; buurten have no official code here.
#[derive(Debug, Serialize)]
pub struct ServiceArea {
    pub id: String,
    pub service_id: String,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extent_type: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct Language {
    pub id: String,
    pub service_id: String,
    /// The language's name in Dutch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<&'static str>,
    /// ISO 639-1 (or 639-3 where there is no two-letter code).
    pub code: String,
}

/// Links the service to a term of one of Buurtkracht's taxonomies (target
/// groups and themes).
#[derive(Debug, Serialize)]
pub struct Attribute {
    pub id: String,
    pub link_id: String,
    pub link_type: &'static str,
    pub link_entity: &'static str,
    pub taxonomy_term_id: String,
    pub taxonomy_term: TaxonomyTerm,
}

#[derive(Debug, Serialize)]
pub struct TaxonomyTerm {
    pub id: String,
    pub code: String,
    pub name: String,
    pub description: String,
    pub taxonomy: &'static str,
    pub language: &'static str,
}

/// The meeting place, when the initiative named one.
#[derive(Debug, Serialize)]
pub struct ServiceAtLocation {
    pub id: String,
    pub service_id: String,
    pub location_id: String,
    pub location: Location,
}

#[derive(Debug, Serialize)]
pub struct Location {
    pub id: String,
    /// `physical`: a place people go to.
    pub location_type: &'static str,
    pub name: String,
}
