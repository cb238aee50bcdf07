//! The command line of the `buurtkracht` binary.

use clap::{ArgGroup, Args, Parser, Subcommand};

/// Buurtkracht: makes a municipality's informal networks visible.
///
/// Configuration comes from environment variables (and a `.env` file in the
/// working directory); see `.env.example` for the full list. The most
/// important is DATABASE_URL: a sqlite: URL (the default,
/// sqlite://data/buurtkracht.db) or a postgres:// URL.
#[derive(Debug, Parser)]
#[command(name = "buurtkracht", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run pending database migrations, then serve the web app on
    /// LEPTOS_SITE_ADDR (default 127.0.0.1:3000). This is the default.
    Serve,
    /// Run pending database migrations and exit.
    Migrate,
    /// Add data to the database (runs pending migrations first).
    Seed(SeedArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("kind").required(true).args(["demo", "synthetic"])))]
pub struct SeedArgs {
    /// Example data for Pijnacker-Nootdorp: its three wijken with their CBS
    /// boundaries, local organisations, about 30 example initiatives and
    /// about 200 activities in the coming three months. Safe to run again.
    #[arg(long)]
    pub demo: bool,
    /// Large made-up data for benchmarks, the same on every run. Replaces
    /// the synthetic data of an earlier run.
    #[arg(long)]
    pub synthetic: bool,
    /// With --synthetic: how many initiatives.
    #[arg(long, default_value_t = 10_000, requires = "synthetic", value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub initiatives: u32,
    /// With --synthetic: how many activities.
    #[arg(long, default_value_t = 50_000, requires = "synthetic", value_parser = clap::value_parser!(u32).range(0..=5_000_000))]
    pub activities: u32,
}
