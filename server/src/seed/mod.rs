//! Filling the database: demo data for trying Buurtkracht out, and large
//! synthetic data for benchmarks.

pub mod base;
mod demo;
mod demo_content;
mod demo_dashboard;
mod example_figures;
mod synthetic;
mod synthetic_dashboard;

pub use demo::{DEMO_DAYS, seed_demo};
pub use example_figures::{EXAMPLE_SOURCE, seed_example_figures};
pub use synthetic::{SLUG_PREFIX as SYNTHETIC_SLUG_PREFIX, seed_synthetic};

/// Seeded initiatives get a UUID derived from their slug, so the same demo
/// data has the same public identifiers on every installation.
pub fn stable_public_id(slug: &str) -> String {
    const SEED_NAMESPACE: uuid::Uuid =
        uuid::Uuid::from_u128(0x6275_7572_746b_7261_6368_7400_0000_0001);
    uuid::Uuid::new_v5(&SEED_NAMESPACE, slug.as_bytes()).to_string()
}

/// What a seed run added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub initiatives: usize,
    /// Activities with dates from today on.
    pub activities: usize,
    pub occurrences: usize,
    /// One-off activities that took place in the past year (synthetic
    /// data, for the dashboard's results), each with one date.
    pub past_activities: usize,
}
