//! Middleware that every request passes through, outermost first:
//!
//! 1. a crash in a handler becomes a plain 500 page, without details;
//! 2. security headers on every response;
//! 3. compression (brotli or gzip) of what we generate;
//! 4. readable pages for refused requests (too large, wrong method);
//! 5. state-changing requests from other sites are refused (403);
//! 6. posts over the rate limit per client address are refused (429, see
//!    `rate_limits` and `client_address`);
//! 7. request bodies over the configured size are refused (413); the one
//!    upload address (a CBS table) has a limit of its own;
//! 8. each request starts without a Leptos reactive owner (see `isolation`).
//!
//! The Content-Security-Policy of pages carries a per-response nonce and is
//! set by the app shell (`app::shell`); other responses get a strict default.

use std::any::Any;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::set_header::SetResponseHeaderLayer;

use super::plain_page::{locale_of, plain_page};
use crate::config::Config;

/// The one address that takes a file: an admin's CBS table.
pub const UPLOAD_PATH: &str = "/beheer/wijken/cbs";

/// How large a request body may be.
#[derive(Clone, Copy, Debug)]
struct BodyLimits {
    form: usize,
    upload: usize,
}

/// Limits every request's body to the form limit, and the upload address
/// to the upload limit: a body that says it is larger is refused at once
/// (413); one that turns out larger while it is read fails there (also
/// 413, from the extractor that reads it).
async fn limit_bodies(State(limits): State<BodyLimits>, request: Request, next: Next) -> Response {
    let limit = if request.uri().path() == UPLOAD_PATH {
        limits.upload
    } else {
        limits.form
    };
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if announced.is_some_and(|length| length > limit as u64) {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    next.run(request.map(|body| Body::new(http_body_util::Limited::new(body, limit))))
        .await
}

/// How cookies set by the server are marked.
#[derive(Clone, Copy, Debug)]
pub struct CookiePolicy {
    /// `Secure`: only sent over HTTPS. Off for plain-http localhost.
    pub secure: bool,
}

pub fn apply(router: Router, config: &Config) -> Router {
    let hsts = config
        .uses_https()
        .then(|| HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    let layers = ServiceBuilder::new()
        .layer(CatchPanicLayer::custom(crash_page))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(), microphone=(), payment=(), geolocation=(self)"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'",
            ),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            hsts,
        ))
        // Brotli (and gzip) level 1. Compressing was most of the server's
        // time for a list page: measured with 64 connections on the
        // filtered month, level 4 gave 1,690 req/s (p99 69 ms) and level 1
        // 2,990 req/s (p99 42 ms), for a page of 7.3 KB instead of 6.1 KB.
        // On a slow phone connection that difference is a few milliseconds;
        // a waiting server costs more. (Static files are compressed at the
        // maximum ahead of time.)
        .layer(
            CompressionLayer::new()
                .br(true)
                .gzip(true)
                .quality(CompressionLevel::Precise(1)),
        )
        .layer(middleware::from_fn(readable_refusals))
        .layer(middleware::from_fn(refuse_cross_site_changes))
        .layer(middleware::from_fn_with_state(
            super::rate_limits::Limiters::new(config.rate_limits, config.trust_forwarded_for),
            super::rate_limits::limit_posts,
        ))
        .layer(middleware::from_fn_with_state(
            BodyLimits {
                form: config.max_body_bytes,
                upload: config.max_upload_bytes,
            },
            limit_bodies,
        ))
        .layer(super::isolation::IsolateOwnersLayer)
        .layer(axum::Extension(CookiePolicy {
            secure: config.uses_https(),
        }));
    router.layer(layers)
}

/// Requests that only read (GET, HEAD, OPTIONS) never change state here.
pub fn changes_state(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Whether the browser says this request was made by another site. Browsers
/// send `Sec-Fetch-Site`; older ones only `Origin`. A request with neither
/// comes from a non-browser client, which cannot ride on a user's cookies.
pub fn is_cross_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return !matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    let Some(origin) = headers
        .get(header::ORIGIN)
        .and_then(|value| value.to_str().ok())
    else {
        return false;
    };
    let origin_host = origin
        .split_once("://")
        .map(|(_, rest)| rest.trim_end_matches('/'));
    let host = headers
        .get(header::HOST)
        .and_then(|value| value.to_str().ok());
    match (origin_host, host) {
        (Some(origin_host), Some(host)) => !origin_host.eq_ignore_ascii_case(host),
        // `Origin: null` (sandboxed frames, file pages) or no Host: refuse.
        _ => true,
    }
}

async fn refuse_cross_site_changes(request: Request, next: Next) -> Response {
    if changes_state(request.method()) && is_cross_site(request.headers()) {
        let locale = locale_of(request.headers());
        return plain_page(
            StatusCode::FORBIDDEN,
            locale,
            |t| t.cross_site_title,
            |t| t.cross_site_body,
        );
    }
    next.run(request).await
}

/// The body-limit layer answers 413 in plain text; users get a page in
/// their language instead.
async fn readable_refusals(request: Request, next: Next) -> Response {
    let locale = locale_of(request.headers());
    let server_function = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    if server_function && response.status() == StatusCode::INTERNAL_SERVER_ERROR {
        return request_mistake_as_400(response).await;
    }
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return plain_page(
            StatusCode::PAYLOAD_TOO_LARGE,
            locale,
            |t| t.request_too_large_title,
            |t| t.request_too_large_body,
        );
    }
    if response.status() == StatusCode::METHOD_NOT_ALLOWED {
        // A form's address opened as a page, e.g. from the history. The
        // Allow header stays, for clients that read it.
        let allow = response.headers().get(header::ALLOW).cloned();
        let mut page = plain_page(
            StatusCode::METHOD_NOT_ALLOWED,
            locale,
            |t| t.wrong_method_title,
            |t| t.wrong_method_body,
        );
        if let Some(allow) = allow {
            page.headers_mut().insert(header::ALLOW, allow);
        }
        return page;
    }
    response
}

/// Leptos answers every failed server function with 500, also when the
/// request itself was wrong (arguments missing or unreadable), which the
/// app reports as [`app::errors::AppError::Request`]. That is the caller's
/// mistake, not ours: 400, with the same body for the app's own client.
async fn request_mistake_as_400(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    // Error bodies are a short JSON value; anything longer is not one.
    let Ok(bytes) = axum::body::to_bytes(body, 16 * 1024).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "").into_response();
    };
    if matches!(
        serde_json::from_slice::<app::errors::AppError>(&bytes),
        Ok(app::errors::AppError::Request(_))
    ) {
        parts.status = StatusCode::BAD_REQUEST;
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

/// A panic is a bug. Log it, and tell the user something went wrong in both
/// languages (the request, and so the cookie, is gone at this point).
fn crash_page(panic: Box<dyn Any + Send + 'static>) -> Response {
    let detail = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("unknown");
    tracing::error!(panic = detail, "a request handler panicked");
    let nl = app::i18n::Locale::Nl.messages();
    let en = app::i18n::Locale::En.messages();
    let html = format!(
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{} | Buurtkracht</title><link rel=\"stylesheet\" href=\"/pkg/buurtkracht.css\"></head>\
         <body><main class=\"site-main\"><h1>{}</h1><p>{}</p><p><a href=\"/\">{}</a></p>\
         <div lang=\"en\"><h2>{}</h2><p>{}</p></div></main></body></html>",
        nl.error_title, nl.error_title, nl.error_body, nl.go_home, en.error_title, en.error_body
    );
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn fetch_metadata_decides_when_present() {
        assert!(!is_cross_site(&headers(&[(
            "sec-fetch-site",
            "same-origin"
        )])));
        assert!(!is_cross_site(&headers(&[("sec-fetch-site", "none")])));
        assert!(is_cross_site(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(is_cross_site(&headers(&[("sec-fetch-site", "same-site")])));
    }

    #[test]
    fn origin_must_match_host_without_fetch_metadata() {
        assert!(!is_cross_site(&headers(&[
            ("origin", "http://127.0.0.1:3000"),
            ("host", "127.0.0.1:3000")
        ])));
        assert!(is_cross_site(&headers(&[
            ("origin", "https://evil.example"),
            ("host", "127.0.0.1:3000")
        ])));
        assert!(is_cross_site(&headers(&[
            ("origin", "null"),
            ("host", "x")
        ])));
    }

    #[test]
    fn clients_without_browser_headers_are_not_cross_site() {
        assert!(!is_cross_site(&HeaderMap::new()));
    }
}
