//! `buurtkracht`: see `buurtkracht --help`.

use std::process::ExitCode;

use clap::Parser;
use server::cli::{Cli, Command, CreateUserArgs, ImportCbsArgs, SeedArgs};
use server::config::Config;
use server::{app_state, db, leptos_options, seed, web};
use tracing_subscriber::EnvFilter;

// Rendering a page allocates many small strings; glibc's allocator showed up
// as a sixth of the CPU time under load, mimalloc is much cheaper for this.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    // A missing .env is normal; a broken one is reported by the checks below.
    let _ = dotenvy::dotenv();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();

    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("buurtkracht: configuration error: {error}");
            return ExitCode::from(2);
        }
    };
    match run(cli.command.unwrap_or(Command::Serve), config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("buurtkracht: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: Config) -> Result<(), String> {
    let db = db::connect(&config.database_url, config.db_max_connections)
        .await
        .map_err(|error| format!("cannot open the database: {error}"))?;
    db::migrate(&db)
        .await
        .map_err(|error| format!("database migration failed: {error}"))?;
    db::refresh_statistics(&db, false)
        .await
        .map_err(|error| format!("cannot update database statistics: {error}"))?;
    match command {
        Command::Migrate => {
            tracing::info!("database is up to date");
            Ok(())
        }
        Command::Seed(args) => run_seed(&db, args).await,
        Command::CreateUser(args) => run_create_user(&db, &config.public_url, args).await,
        Command::ImportCbs(args) => run_import_cbs(&db, args).await,
        Command::Serve => serve(config, db).await,
    }
}

async fn run_seed(db: &sea_orm::DatabaseConnection, args: SeedArgs) -> Result<(), String> {
    let started = std::time::Instant::now();
    let now = chrono::Utc::now();
    let report = if args.demo {
        seed::seed_demo(db, now).await
    } else {
        seed::seed_synthetic(db, now, args.initiatives, args.activities).await
    }
    .map_err(|error| format!("seeding failed: {error}"))?;
    db::refresh_statistics(db, true)
        .await
        .map_err(|error| format!("cannot update database statistics: {error}"))?;
    println!(
        "added {} initiatives, {} activities and {} activity dates in {:.1} s",
        report.initiatives,
        report.activities,
        report.occurrences,
        started.elapsed().as_secs_f64()
    );
    if report.past_activities > 0 {
        println!(
            "and {} activities that took place in the past year",
            report.past_activities
        );
    }
    Ok(())
}

async fn run_import_cbs(
    db: &sea_orm::DatabaseConnection,
    args: ImportCbsArgs,
) -> Result<(), String> {
    use server::cbs_import::{CbsError, SOURCE, import, read_table, year_in_file_name};

    let name = args.file.display().to_string();
    let bytes =
        std::fs::read(&args.file).map_err(|error| format!("cannot read {name}: {error}"))?;
    let file_name = args
        .file
        .file_name()
        .map(|name| name.to_string_lossy().into_owned());
    let year = args
        .year
        .or_else(|| file_name.as_deref().and_then(year_in_file_name))
        .ok_or_else(|| format!("{name}: {}", CbsError::NoYear))?;
    // Nothing is stored when the file has a mistake anywhere.
    let rows =
        read_table(&bytes).map_err(|error| format!("{name}: {error}; nothing was imported"))?;
    let summary = import(
        db,
        &rows,
        year,
        args.other_municipalities,
        SOURCE,
        chrono::Utc::now(),
    )
    .await
    .map_err(|error| format!("{name}: {error}; nothing was imported"))?;
    println!(
        "Imported {} figures of {} areas for {year} from {name}.",
        summary.figures, summary.areas
    );
    if summary.other_municipalities > 0 {
        println!(
            "Skipped {} rows of other municipalities.",
            summary.other_municipalities
        );
    }
    if !summary.unknown_codes.is_empty() {
        println!(
            "Not in the area list, so skipped: {}.",
            summary.unknown_codes.join(", ")
        );
    }
    Ok(())
}

async fn run_create_user(
    db: &sea_orm::DatabaseConnection,
    public_url: &str,
    args: CreateUserArgs,
) -> Result<(), String> {
    let link = server::accounts::create_user_with_link(db, public_url, &args, chrono::Utc::now())
        .await
        .map_err(|error| format!("cannot create the account: {error}"))?;
    println!("Account created for {}.", args.email.trim());
    println!("Open this link within 72 hours to set the password (it works once):");
    println!("{link}");
    Ok(())
}

async fn serve(config: Config, db: sea_orm::DatabaseConnection) -> Result<(), String> {
    let options = leptos_options(&config)?;
    let styles = std::path::Path::new(&*options.site_root).join(&*options.site_pkg_dir);
    if !styles.is_dir() {
        // Pages still work, but without their styles and scripts.
        tracing::warn!(
            "{} not found: run from the repository after a build, or set LEPTOS_SITE_ROOT",
            styles.display()
        );
    }
    let mail_sender = server::mail::MailSender::from_config(&config.mail)?;
    if let Some(folder) = mail_sender.outbox_dir() {
        tracing::info!("no SMTP_URL: mail goes to {}", folder.display());
    }
    tokio::spawn(server::mail::keep_sending(mail_sender, db.clone()));
    tokio::spawn(keep_statistics_fresh(db.clone()));
    tokio::spawn(keep_activity_dates_ahead(db.clone()));
    tokio::spawn(clear_away_expired_records(
        db.clone(),
        config.retention,
        app::mail::Outbox::new(&config.mail.outbox_dir),
    ));
    let state = app_state(&config, options, db);
    let router = web::router(state, &config);
    let listener = tokio::net::TcpListener::bind(config.site_addr)
        .await
        .map_err(|error| format!("cannot listen on {}: {error}", config.site_addr))?;
    tracing::info!("listening on http://{}", config.site_addr);
    // With the client's address: sign-in lockout also counts per address.
    let service = router.into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, service)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|error| format!("server error: {error}"))
}

/// The data grows while the server runs; the planner's picture of it should too.
async fn keep_statistics_fresh(db: sea_orm::DatabaseConnection) {
    let mut every_few_hours = tokio::time::interval(std::time::Duration::from_secs(6 * 60 * 60));
    every_few_hours.tick().await; // the first tick is immediate; start-up already did this
    loop {
        every_few_hours.tick().await;
        if let Err(error) = db::refresh_statistics(&db, false).await {
            tracing::warn!(%error, "could not update database statistics");
        }
    }
}

/// Recurring activities have their dates stored a few months ahead; this
/// keeps them ahead while the server runs for months, so the agenda never
/// runs dry (see `app::calendar::horizon`).
async fn keep_activity_dates_ahead(db: sea_orm::DatabaseConnection) {
    let mut every_few_hours = tokio::time::interval(std::time::Duration::from_secs(6 * 60 * 60));
    loop {
        every_few_hours.tick().await;
        match app::calendar::horizon::keep_dates_ahead(&db, chrono::Utc::now()).await {
            Ok(report) if report.dates > 0 => {
                tracing::info!(
                    series = report.activities,
                    dates = report.dates,
                    "added activity dates"
                );
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "could not add activity dates"),
        }
    }
}

/// Personal data past its retention period (expired sessions, failed
/// sign-ins that no longer count, old links, unsendable mail and outbox
/// files, old audit lines) has no purpose any more: it is deleted regularly.
async fn clear_away_expired_records(
    db: sea_orm::DatabaseConnection,
    retention: app::accounts::Retention,
    outbox: app::mail::Outbox,
) {
    let mut every_quarter = tokio::time::interval(std::time::Duration::from_secs(15 * 60));
    loop {
        every_quarter.tick().await;
        let now = chrono::Utc::now();
        match app::accounts::retention::clear_away(&db, &retention, &outbox, now).await {
            Ok(cleared) => tracing::debug!(?cleared, "retention task done"),
            Err(error) => tracing::warn!(%error, "retention task failed"),
        }
    }
}

/// Stops on Ctrl-C or SIGTERM, finishing requests in flight.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
