//! Account helpers for the integration tests: post a form, set a
//! password through a link, sign in as a new user.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use server::cli::{CreateUserArgs, RoleArg};

use super::{TestApp, TestResponse};

pub const PASSWORD: &str = "een lange zin als wachtwoord";

pub async fn post(app: &TestApp, path: &str, body: &str, cookie: Option<&str>) -> TestResponse {
    let mut request =
        Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    app.send(request.body(Body::from(body.to_owned())).unwrap())
        .await
}

pub async fn get_with(app: &TestApp, path: &str, cookie: &str) -> TestResponse {
    app.send(
        Request::get(path)
            .header(header::COOKIE, cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

/// `name=value` of the session cookie a response sets.
pub fn session_cookie(response: &TestResponse) -> String {
    let set = response.header("set-cookie").expect("a session cookie");
    set.split(';').next().unwrap().to_owned()
}

pub async fn set_password(app: &TestApp, link: &str) {
    let done = post(
        app,
        link,
        &format!("wachtwoord={PASSWORD}&herhaling={PASSWORD}"),
        None,
    )
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(
        done.header("location"),
        Some("/inloggen?melding=wachtwoord")
    );
}

/// Signs in a new account with `role`; returns its session cookie.
/// Posts the sign-in form.
pub async fn sign_in_with(app: &TestApp, email: &str, password: &str) -> TestResponse {
    let body = format!(
        "email={}&wachtwoord={}",
        email.replace('@', "%40"),
        password.replace(' ', "+")
    );
    post(app, "/inloggen", &body, None).await
}

pub async fn signed_in_as(app: &TestApp, email: &str, role: RoleArg) -> String {
    let args = CreateUserArgs {
        email: email.to_owned(),
        role,
        organisation: "sbj-samensterk".to_owned(),
        name: String::new(),
    };
    let link = server::accounts::create_user_with_link(
        &app.db.db,
        "http://127.0.0.1:3000",
        &args,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    set_password(app, link.trim_start_matches("http://127.0.0.1:3000")).await;
    let signed_in = sign_in_with(app, email, PASSWORD).await;
    session_cookie(&signed_in)
}
