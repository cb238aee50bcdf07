//! Configuration from the environment (and `.env` in development).
//!
//! Every variable is documented in `.env.example`. A bad value stops the
//! program at start-up with a message that names the variable and says what
//! is expected, instead of failing later in a request.

use std::net::SocketAddr;

/// Where the database lives when `DATABASE_URL` is not set.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/buurtkracht.db?mode=rwc";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub database_url: String,
    pub backend: Backend,
    pub db_max_connections: u32,
    pub site_addr: SocketAddr,
    /// The address users reach the site on. When it is `https://`, cookies
    /// are marked `Secure` and browsers are told to stay on HTTPS (HSTS).
    pub public_url: String,
    pub max_body_bytes: usize,
    /// The largest file an admin may upload (a CBS table); only the upload
    /// address takes more than `max_body_bytes`.
    pub max_upload_bytes: usize,
    pub contact_email: Option<String>,
    /// Show developer-only pages (the outbox). Only when `LEPTOS_ENV` asks
    /// for development: a server started without configuration is a
    /// production server. Even then those pages answer only on loopback
    /// (see `web::dev_outbox`).
    pub development: bool,
    pub mail: MailConfig,
    pub rate_limits: RateLimits,
    /// Take the client's address from the last `X-Forwarded-For` entry.
    /// Only turn on behind a reverse proxy that sets that header, or any
    /// client could pick its own address and dodge the limits.
    pub trust_forwarded_for: bool,
    pub retention: app::accounts::Retention,
}

/// Where outgoing mail goes.
#[derive(Clone, Debug)]
pub struct MailConfig {
    /// `smtp://`, `smtps://` or `smtp://…?tls=required` with the user and
    /// password in the URL. Without it, mail is written to `outbox_dir`.
    pub smtp_url: Option<String>,
    /// The sender, e.g. `Buurtkracht <noreply@gemeente.nl>`.
    pub from: String,
    pub outbox_dir: std::path::PathBuf,
}

/// Posts per minute per client address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimits {
    /// Signing in, asking for a password reset, setting a password and the
    /// two-factor code.
    pub sign_in_per_minute: u32,
    /// Every other form post and server function call.
    pub forms_per_minute: u32,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("{variable}: {problem}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub problem: String,
}

fn invalid(variable: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError {
        variable,
        problem: problem.into(),
    }
}

impl Config {
    /// Reads the configuration from the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the configuration through `lookup`, so tests need not touch
    /// the process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| {
            lookup(name)
                .map(|value| value.trim().to_owned())
                .filter(|v| !v.is_empty())
        };

        let database_url = get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        let backend = if database_url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://")
        {
            Backend::Postgres
        } else {
            return Err(invalid(
                "DATABASE_URL",
                format!(
                    "must start with sqlite: or postgres://, but starts with '{}'",
                    redacted_scheme(&database_url)
                ),
            ));
        };

        let db_max_connections = match get("BUURTKRACHT_DB_MAX_CONNECTIONS") {
            Some(value) => parse_in_range("BUURTKRACHT_DB_MAX_CONNECTIONS", &value, 1, 200)?,
            // SQLite in WAL mode reads in parallel; one writer at a time is
            // handled by the busy timeout.
            None => 8,
        };

        let site_addr = get("LEPTOS_SITE_ADDR")
            .unwrap_or_else(|| "127.0.0.1:3000".to_owned())
            .parse()
            .map_err(|_| {
                invalid(
                    "LEPTOS_SITE_ADDR",
                    "must be an IP address and port, such as 127.0.0.1:3000",
                )
            })?;

        let public_url =
            get("BUURTKRACHT_PUBLIC_URL").unwrap_or_else(|| format!("http://{site_addr}"));
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(invalid(
                "BUURTKRACHT_PUBLIC_URL",
                "must start with http:// or https://",
            ));
        }

        let max_body_bytes = match get("BUURTKRACHT_MAX_BODY_BYTES") {
            Some(value) => {
                parse_in_range("BUURTKRACHT_MAX_BODY_BYTES", &value, 1024, 10 * 1024 * 1024)?
            }
            None => 64 * 1024,
        };
        let max_upload_bytes = match get("BUURTKRACHT_MAX_UPLOAD_BYTES") {
            Some(value) => parse_in_range(
                "BUURTKRACHT_MAX_UPLOAD_BYTES",
                &value,
                1024 * 1024,
                500 * 1024 * 1024,
            )?,
            None => 50 * 1024 * 1024,
        };

        let contact_email = get("BUURTKRACHT_CONTACT_EMAIL");
        if let Some(email) = &contact_email
            && (!email.contains('@') || email.contains(char::is_whitespace))
        {
            return Err(invalid(
                "BUURTKRACHT_CONTACT_EMAIL",
                "must be an e-mail address, such as info@gemeente.nl",
            ));
        }

        let development = match get("LEPTOS_ENV").map(|value| value.to_lowercase()) {
            None => false,
            Some(value) if value == "dev" || value == "development" => true,
            Some(value) if value == "prod" || value == "production" => false,
            Some(_) => return Err(invalid("LEPTOS_ENV", "must be DEV or PROD")),
        };

        let smtp_url = get("SMTP_URL");
        if let Some(url) = &smtp_url
            && !(url.starts_with("smtp://") || url.starts_with("smtps://"))
        {
            return Err(invalid(
                "SMTP_URL",
                format!(
                    "must start with smtp:// or smtps://, but starts with '{}'",
                    redacted_scheme(url)
                ),
            ));
        }
        let from = get("BUURTKRACHT_MAIL_FROM")
            .unwrap_or_else(|| "Buurtkracht <noreply@buurtkracht.invalid>".to_owned());
        if from.parse::<lettre::message::Mailbox>().is_err() {
            return Err(invalid(
                "BUURTKRACHT_MAIL_FROM",
                "must be an address such as 'Buurtkracht <noreply@gemeente.nl>'",
            ));
        }
        let mail = MailConfig {
            smtp_url,
            from,
            outbox_dir: get("BUURTKRACHT_OUTBOX_DIR")
                .unwrap_or_else(|| app::mail::outbox::DEFAULT_OUTBOX_DIR.to_owned())
                .into(),
        };

        let per_minute = |variable: &'static str, default: u32| match get(variable) {
            Some(value) => parse_in_range(variable, &value, 1, 100_000),
            None => Ok(default),
        };
        let rate_limits = RateLimits {
            sign_in_per_minute: per_minute("BUURTKRACHT_SIGN_IN_POSTS_PER_MINUTE", 10)?,
            forms_per_minute: per_minute("BUURTKRACHT_FORM_POSTS_PER_MINUTE", 60)?,
        };
        let trust_forwarded_for = match get("BUURTKRACHT_TRUST_FORWARDED_FOR").as_deref() {
            None | Some("false" | "0" | "no") => false,
            Some("true" | "1" | "yes") => true,
            Some(_) => {
                return Err(invalid(
                    "BUURTKRACHT_TRUST_FORWARDED_FOR",
                    "must be true or false",
                ));
            }
        };

        let days = |variable: &'static str, default: i64| match get(variable) {
            Some(value) => parse_in_range(variable, &value, 1, 3650),
            None => Ok(default),
        };
        let retention = app::accounts::Retention {
            audit_log_days: days("BUURTKRACHT_KEEP_AUDIT_LOG_DAYS", 365)?,
            unsent_mail_days: days("BUURTKRACHT_KEEP_UNSENT_MAIL_DAYS", 7)?,
            used_links_days: days("BUURTKRACHT_KEEP_USED_LINKS_DAYS", 30)?,
            intake_draft_days: days("BUURTKRACHT_KEEP_INTAKE_DRAFTS_DAYS", 30)?,
            registration_days: days("BUURTKRACHT_KEEP_REGISTRATIONS_DAYS", 30)?,
        };

        Ok(Config {
            mail,
            rate_limits,
            trust_forwarded_for,
            retention,
            database_url,
            backend,
            db_max_connections,
            site_addr,
            public_url,
            max_body_bytes,
            max_upload_bytes,
            contact_email,
            development,
        })
    }

    pub fn uses_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

fn parse_in_range<T>(variable: &'static str, value: &str, min: T, max: T) -> Result<T, ConfigError>
where
    T: std::str::FromStr + PartialOrd + std::fmt::Display + Copy,
{
    match value.parse::<T>() {
        Ok(number) if number >= min && number <= max => Ok(number),
        _ => Err(invalid(
            variable,
            format!("must be a whole number from {min} to {max}, not '{value}'"),
        )),
    }
}

/// The scheme of a URL, for error messages: never echo a URL that may hold a password.
fn redacted_scheme(url: &str) -> &str {
    url.split_once(':').map_or("", |(scheme, _)| scheme)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config_from(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> = pairs
            .iter()
            .map(|(key, value)| ((*key).to_owned(), (*value).to_owned()))
            .collect();
        Config::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn defaults_give_a_local_sqlite_site() {
        let config = config_from(&[]).unwrap();
        assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(config.backend, Backend::Sqlite);
        assert_eq!(config.site_addr.to_string(), "127.0.0.1:3000");
        assert_eq!(config.public_url, "http://127.0.0.1:3000");
        assert!(!config.uses_https());
        assert_eq!(config.max_body_bytes, 64 * 1024);
        assert_eq!(config.max_upload_bytes, 50 * 1024 * 1024);
        assert_eq!(config.mail.smtp_url, None);
        assert_eq!(config.rate_limits.sign_in_per_minute, 10);
        assert!(!config.trust_forwarded_for);
        assert_eq!(config.retention.audit_log_days, 365);
        assert!(!config.development, "no configuration is production");
    }

    #[test]
    fn development_is_only_on_when_asked_for() {
        assert!(config_from(&[("LEPTOS_ENV", "DEV")]).unwrap().development);
        assert!(
            config_from(&[("LEPTOS_ENV", "development")])
                .unwrap()
                .development
        );
        assert!(!config_from(&[("LEPTOS_ENV", "PROD")]).unwrap().development);
        assert!(!config_from(&[("LEPTOS_ENV", "  ")]).unwrap().development);
    }

    #[test]
    fn mail_limits_and_retention_are_checked() {
        let error = config_from(&[("SMTP_URL", "http://user:geheim@mail")]).unwrap_err();
        assert_eq!(error.variable, "SMTP_URL");
        assert!(!error.to_string().contains("geheim"));
        let error = config_from(&[("BUURTKRACHT_MAIL_FROM", "nobody")]).unwrap_err();
        assert_eq!(error.variable, "BUURTKRACHT_MAIL_FROM");
        let error = config_from(&[("BUURTKRACHT_FORM_POSTS_PER_MINUTE", "0")]).unwrap_err();
        assert_eq!(error.variable, "BUURTKRACHT_FORM_POSTS_PER_MINUTE");
        let error = config_from(&[("BUURTKRACHT_TRUST_FORWARDED_FOR", "maybe")]).unwrap_err();
        assert_eq!(error.variable, "BUURTKRACHT_TRUST_FORWARDED_FOR");
        let config = config_from(&[
            ("SMTP_URL", "smtps://user:pw@mail.example:465"),
            ("BUURTKRACHT_KEEP_AUDIT_LOG_DAYS", "90"),
            ("BUURTKRACHT_TRUST_FORWARDED_FOR", "true"),
        ])
        .unwrap();
        assert!(config.mail.smtp_url.is_some());
        assert_eq!(config.retention.audit_log_days, 90);
        assert!(config.trust_forwarded_for);
        let error = config_from(&[("BUURTKRACHT_KEEP_AUDIT_LOG_DAYS", "0")]).unwrap_err();
        assert_eq!(error.variable, "BUURTKRACHT_KEEP_AUDIT_LOG_DAYS");
    }

    #[test]
    fn a_postgres_url_selects_postgres() {
        let config = config_from(&[("DATABASE_URL", "postgres://bk:secret@db/bk")]).unwrap();
        assert_eq!(config.backend, Backend::Postgres);
    }

    #[test]
    fn an_unknown_database_is_refused_without_echoing_the_password() {
        let error = config_from(&[("DATABASE_URL", "mysql://root:hunter2@db/bk")]).unwrap_err();
        assert_eq!(error.variable, "DATABASE_URL");
        assert!(error.problem.contains("'mysql'"), "{error}");
        assert!(!error.to_string().contains("hunter2"));
    }

    #[test]
    fn bad_numbers_and_addresses_name_their_variable() {
        let error = config_from(&[("LEPTOS_SITE_ADDR", "localhost")]).unwrap_err();
        assert_eq!(error.variable, "LEPTOS_SITE_ADDR");
        let error = config_from(&[("BUURTKRACHT_MAX_BODY_BYTES", "12")]).unwrap_err();
        assert_eq!(error.variable, "BUURTKRACHT_MAX_BODY_BYTES");
        assert!(error.problem.contains("1024"));
        let error = config_from(&[("BUURTKRACHT_DB_MAX_CONNECTIONS", "many")]).unwrap_err();
        assert_eq!(error.variable, "BUURTKRACHT_DB_MAX_CONNECTIONS");
        let error = config_from(&[("LEPTOS_ENV", "staging")]).unwrap_err();
        assert_eq!(error.variable, "LEPTOS_ENV");
        let error = config_from(&[("BUURTKRACHT_CONTACT_EMAIL", "not an address")]).unwrap_err();
        assert_eq!(error.variable, "BUURTKRACHT_CONTACT_EMAIL");
    }

    #[test]
    fn an_https_public_url_turns_on_secure_cookies() {
        let config =
            config_from(&[("BUURTKRACHT_PUBLIC_URL", "https://buurtkracht.example")]).unwrap();
        assert!(config.uses_https());
        assert!(config_from(&[("BUURTKRACHT_PUBLIC_URL", "ftp://x")]).is_err());
    }
}
