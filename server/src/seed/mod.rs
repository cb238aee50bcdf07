//! Filling the database: demo data for trying Buurtkracht out, and large
//! synthetic data for benchmarks.

pub mod base;
mod demo;
mod demo_content;
mod synthetic;

pub use demo::{DEMO_DAYS, seed_demo};
pub use synthetic::{SLUG_PREFIX as SYNTHETIC_SLUG_PREFIX, seed_synthetic};

/// What a seed run added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub initiatives: usize,
    pub activities: usize,
    pub occurrences: usize,
}
