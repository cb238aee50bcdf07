//! `POST /taal`: remember the chosen language in a cookie and go back to
//! the page the user was on. A plain form post, so it works without JavaScript.

use app::i18n::{LOCALE_COOKIE, Locale};
use axum::Form;
use axum::extract::Extension;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::protection::CookiePolicy;

#[derive(Deserialize)]
pub struct LanguageForm {
    taal: String,
    terug: Option<String>,
}

/// One year: the choice is a preference, not personal data.
const COOKIE_MAX_AGE_SECONDS: u32 = 365 * 24 * 60 * 60;

pub async fn switch(
    Extension(cookies): Extension<CookiePolicy>,
    Form(form): Form<LanguageForm>,
) -> Response {
    let locale = Locale::from_code(&form.taal).unwrap_or_default();
    let back_to = form
        .terug
        .as_deref()
        .filter(|path| is_local_path(path))
        .unwrap_or("/");
    let secure = if cookies.secure { "; Secure" } else { "" };
    let cookie = format!(
        "{LOCALE_COOKIE}={}; Path=/; Max-Age={COOKIE_MAX_AGE_SECONDS}; SameSite=Lax; HttpOnly{secure}",
        locale.code()
    );
    let (Ok(cookie), Ok(location)) = (
        HeaderValue::from_str(&cookie),
        HeaderValue::from_str(back_to),
    ) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    (
        StatusCode::SEE_OTHER,
        [(header::SET_COOKIE, cookie), (header::LOCATION, location)],
    )
        .into_response()
}

/// Only a path on this site: never another site (`//evil.example`,
/// `https://…`), and nothing that could split a header.
fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && path.len() <= 2000
        && !path.chars().any(|c| c.is_control())
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn only_paths_on_this_site_are_followed() {
        assert!(is_local_path("/"));
        assert!(is_local_path("/kaart?wijk=WK192603"));
        assert!(!is_local_path("//evil.example/"));
        assert!(!is_local_path("/\\evil.example"));
        assert!(!is_local_path("https://evil.example/"));
        assert!(!is_local_path("kaart"));
        assert!(!is_local_path("/a\r\nSet-Cookie: x=1"));
    }
}
