//! `/dev/outbox` (development only): the mails in the outbox folder, newest
//! first, with their links clickable, so a developer can follow an
//! invitation or a reset without a mail server.

use std::net::{IpAddr, SocketAddr};

use app::state::AppState;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{StatusCode, header};
use axum::response::Response;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use super::plain_page::{locale_of, plain_document};

/// The page lists at most this many mails, newest first.
const SHOWN: usize = 50;

/// Whether the request was made on this machine, directly: the peer is a
/// loopback address, no proxy says it forwarded the request, and the
/// browser asked for a loopback host name. The last check stops a web page
/// that points its own domain at 127.0.0.1 (DNS rebinding) from reading
/// the outbox through a developer's browser.
fn comes_from_this_machine(request: &Request) -> bool {
    let peer_is_loopback = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .is_some_and(|ConnectInfo(peer)| peer.ip().to_canonical().is_loopback());
    let forwarded = ["forwarded", "x-forwarded-for", "x-real-ip"]
        .iter()
        .any(|name| request.headers().contains_key(*name));
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    peer_is_loopback && !forwarded && is_loopback_host(host)
}

/// `localhost`, `127.0.0.1:3000`, `[::1]:3000` and the like.
fn is_loopback_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split_once(']').map_or("", |(inside, _)| inside)
    } else {
        host.rsplit_once(':').map_or(host, |(name, _)| name)
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<IpAddr>()
            .is_ok_and(|address| address.to_canonical().is_loopback())
}

/// The outbox page on this machine; to anyone else the page does not exist.
pub async fn show(State(state): State<AppState>, request: Request) -> Response {
    if !comes_from_this_machine(&request) {
        return super::not_found(State(state), request).await;
    }
    let locale = locale_of(request.headers());
    let texts = locale.account_texts();
    let mut mails = state.settings.outbox.mails().await.unwrap_or_else(|error| {
        tracing::warn!(%error, "cannot read the outbox folder");
        Vec::new()
    });
    mails.truncate(SHOWN);
    let list = if mails.is_empty() {
        view! { <p>{texts.outbox_empty}</p> }.into_any()
    } else {
        mails
            .into_iter()
            .map(|mail| {
                let lines = mail
                    .body
                    .lines()
                    .map(|line| {
                        if line.starts_with("http://") || line.starts_with("https://") {
                            view! { <a href=line.to_owned()>{line.to_owned()}</a>"\n" }.into_any()
                        } else {
                            view! { {line.to_owned()}"\n" }.into_any()
                        }
                    })
                    .collect_view();
                view! {
                    <article class="outbox-mail">
                        <h2>{mail.subject}</h2>
                        <p>{mail.to}" · "{mail.file_name}</p>
                        <pre class="outbox-mail__body">{lines}</pre>
                    </article>
                }
            })
            .collect_view()
            .into_any()
    };
    let main = view! {
        <h1>{texts.outbox_title}</h1>
        <p>{texts.outbox_intro}</p>
        {list}
    }
    .to_html();
    plain_document(StatusCode::OK, locale, texts.outbox_title, &main)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_host_names_count() {
        for host in [
            "localhost",
            "localhost:3000",
            "127.0.0.1:3000",
            "[::1]:3000",
            "127.8.0.1",
        ] {
            assert!(is_loopback_host(host), "{host}");
        }
        for host in [
            "",
            "buurtkracht.example",
            "10.0.0.2:3000",
            "[2001:db8::1]:80",
            "localhost.evil.example",
        ] {
            assert!(!is_loopback_host(host), "{host}");
        }
    }
}
