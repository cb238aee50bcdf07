//! Rate limits for posts, per client address: signing in and everything
//! around passwords has a low limit (guessing), every other form and server
//! function a higher one (flooding). Over the limit the client gets a 429
//! page that says how long to wait, and a `Retry-After` header.
//!
//! The counters live in this process's memory (GCRA from `governor`): with
//! several app servers each counts its own share, which still stops a
//! flood; the lockout of sign-in itself is in the database and shared.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::client_address::{ClientAddress, client_address};
use super::plain_page::{locale_of, plain_page_text};
use super::protection::changes_state;
use crate::config::RateLimits;

pub struct Limiters {
    sign_in: DefaultKeyedRateLimiter<IpAddr>,
    forms: DefaultKeyedRateLimiter<IpAddr>,
    checks: AtomicU64,
    /// See `client_address`.
    trust_forwarded_for: bool,
}

impl Limiters {
    pub fn new(limits: RateLimits, trust_forwarded_for: bool) -> Arc<Self> {
        let per_minute =
            |count: u32| Quota::per_minute(NonZeroU32::new(count).unwrap_or(NonZeroU32::MIN));
        Arc::new(Self {
            sign_in: RateLimiter::keyed(per_minute(limits.sign_in_per_minute)),
            forms: RateLimiter::keyed(per_minute(limits.forms_per_minute)),
            checks: AtomicU64::new(0),
            trust_forwarded_for,
        })
    }
}

/// The posts that guard passwords and codes, and those that anyone can
/// make to start something or send a mail: starting a registration (a new
/// draft), asking for a new beheerlink, and signing up for an activity.
fn is_about_signing_in(path: &str) -> bool {
    matches!(
        path,
        "/inloggen"
            | "/inloggen/code"
            | "/wachtwoord-vergeten"
            | "/initiatief-aanmelden"
            | "/beheerlink-aanvragen"
    ) || path.starts_with("/wachtwoord-instellen/")
        || path.starts_with("/activiteiten/")
}

/// Middleware: refuses posts over the limit with a readable 429 page, and
/// tells the handlers of the others the client's address. Reading is never
/// limited, and costs nothing here (the sociale kaart is read thousands of
/// times a second).
pub async fn limit_posts(
    State(limiters): State<Arc<Limiters>>,
    mut request: Request,
    next: Next,
) -> Response {
    if !changes_state(request.method()) {
        return next.run(request).await;
    }
    let address = client_address(&request, limiters.trust_forwarded_for);
    request.extensions_mut().insert(ClientAddress(address));
    let Some(address) = address else {
        return next.run(request).await;
    };
    // Addresses not seen for a while are forgotten now and then, so the
    // table does not grow without end.
    if limiters.checks.fetch_add(1, Ordering::Relaxed) % 4096 == 4095 {
        limiters.sign_in.retain_recent();
        limiters.forms.retain_recent();
    }
    let limiter = if is_about_signing_in(request.uri().path()) {
        &limiters.sign_in
    } else {
        &limiters.forms
    };
    match limiter.check_key(&address) {
        Ok(()) => next.run(request).await,
        Err(not_until) => {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            let locale = locale_of(request.headers());
            let texts = locale.account_texts();
            let mut response = plain_page_text(
                StatusCode::TOO_MANY_REQUESTS,
                locale,
                texts.too_many_requests_title,
                &(texts.too_many_requests_body)(seconds),
            );
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds.max(1)));
            response
        }
    }
}
