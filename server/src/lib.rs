//! The `buurtkracht` server: configuration, database, web and seeding.
//! `main.rs` wires these together; the integration tests use them directly.

// Release builds keep every page's full view type (debug builds erase them),
// and the sociale kaart's nests deeper than the default limit of 128.
#![recursion_limit = "256"]

pub mod accounts;
pub mod calendar_feed;
pub mod cbs_import;
pub mod cli;
pub mod config;
pub mod db;
pub mod hsds;
pub mod mail;
pub mod seed;
pub mod web;

use app::state::{AppState, SiteSettings};
use leptos::config::LeptosOptions;
use sea_orm::DatabaseConnection;

use crate::config::Config;

/// The Leptos options for this process. cargo-leptos passes LEPTOS_* in the
/// environment; the defaults fit a `cargo leptos build` in this repository.
pub fn leptos_options(config: &Config) -> Result<LeptosOptions, String> {
    let mut options = leptos::config::get_configuration(None)
        .map_err(|error| format!("LEPTOS_* configuration: {error}"))?
        .leptos_options;
    options.site_addr = config.site_addr;
    Ok(options)
}

pub fn app_state(
    config: &Config,
    leptos_options: LeptosOptions,
    db: DatabaseConnection,
) -> AppState {
    AppState::new(
        leptos_options,
        db,
        SiteSettings {
            contact_email: config.contact_email.clone(),
            public_url: config.public_url.clone(),
            retention: config.retention,
            outbox: app::mail::Outbox::new(&config.mail.outbox_dir),
        },
    )
}
