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
    pub contact_email: Option<String>,
    /// Show developer-only pages. Never on in production.
    pub development: bool,
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
            None => true,
            Some(value) if value == "dev" || value == "development" => true,
            Some(value) if value == "prod" || value == "production" => false,
            Some(_) => return Err(invalid("LEPTOS_ENV", "must be DEV or PROD")),
        };

        Ok(Config {
            database_url,
            backend,
            db_max_connections,
            site_addr,
            public_url,
            max_body_bytes,
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
