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
    /// Create an account for a professional or an admin, and print a
    /// one-time link (valid 72 hours) to set its password. For the first
    /// admin; later admins invite professionals from the app.
    CreateUser(CreateUserArgs),
    /// Import the yearly figures of the wijk profiles from the CBS table
    /// Kerncijfers wijken en buurten (StatLine's OData JSON or CSV).
    /// Importing a year again replaces that year's figures.
    ImportCbs(ImportCbsArgs),
}

#[derive(Debug, Args)]
pub struct ImportCbsArgs {
    /// The downloaded file (.json or .csv).
    pub file: std::path::PathBuf,
    /// The year of the figures; read from the file name (kwb-2024.csv)
    /// when left out.
    #[arg(long)]
    pub year: Option<i32>,
    /// Also import rows of other municipalities, for areas in the area
    /// list that have their CBS code.
    #[arg(long)]
    pub other_municipalities: bool,
}

#[derive(Debug, Args)]
pub struct CreateUserArgs {
    /// The user's e-mail address; it is also the sign-in name.
    #[arg(long)]
    pub email: String,
    /// What the user may do.
    #[arg(long, value_enum)]
    pub role: RoleArg,
    /// The short name (slug) of the user's organisation, for example
    /// gemeente-pijnacker-nootdorp.
    #[arg(long)]
    pub organisation: String,
    /// The name shown in the app; the part of the e-mail address before
    /// the @ if left out.
    #[arg(long, default_value = "")]
    pub name: String,
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum RoleArg {
    /// Manages users, organisations, taxonomies and areas.
    Admin,
    /// Moderation, the dashboard, partnerships and signals.
    Professional,
}

impl From<RoleArg> for app::accounts::Role {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::Admin => app::accounts::Role::Admin,
            RoleArg::Professional => app::accounts::Role::Professional,
        }
    }
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
