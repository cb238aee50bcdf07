//! A minimal HTML page for answers that happen before (or instead of) the
//! Leptos app: a refused cross-site form, a body that is too large, a crash.
//! It uses the same stylesheet and the user's language, and only fixed
//! catalogue strings, so there is nothing to escape.

use app::i18n::{Locale, Messages};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

pub fn locale_of(headers: &HeaderMap) -> Locale {
    Locale::from_cookie_header(
        headers
            .get(header::COOKIE)
            .and_then(|value| value.to_str().ok()),
    )
}

pub fn plain_page(
    status: StatusCode,
    locale: Locale,
    title: impl Fn(&Messages) -> &'static str,
    body: impl Fn(&Messages) -> &'static str,
) -> Response {
    let t = locale.messages();
    plain_page_text(status, locale, title(t), body(t))
}

/// [`plain_page`] with texts already chosen. They must come from the
/// catalogues (with numbers at most): nothing here is escaped.
pub fn plain_page_text(status: StatusCode, locale: Locale, title: &str, body: &str) -> Response {
    let home = locale.messages().go_home;
    let main = format!("<h1>{title}</h1><p>{body}</p><p><a href=\"/\">{home}</a></p>");
    plain_document(status, locale, title, &main)
}

/// A whole HTML page with the site's stylesheet around `main_html` (already
/// escaped), outside the Leptos app.
pub fn plain_document(
    status: StatusCode,
    locale: Locale,
    title: &str,
    main_html: &str,
) -> Response {
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} | Buurtkracht</title>\
         <link rel=\"stylesheet\" href=\"/pkg/buurtkracht.css\">\
         <link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"></head>\
         <body><main id=\"inhoud\" class=\"site-main\">{main_html}</main></body></html>",
        lang = locale.code(),
    );
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        html,
    )
        .into_response()
}
