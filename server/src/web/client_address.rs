//! The address of the client, for rate limits and sign-in lockout.
//!
//! Normally the socket's peer. Behind a reverse proxy every request comes
//! from the proxy, so with `BUURTKRACHT_TRUST_FORWARDED_FOR` the last entry
//! of `X-Forwarded-For` counts instead: the one our own proxy added. Entries
//! before it come from the client and could be made up.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, Request};

/// Put on every post by the rate limiter (`super::rate_limits`), for the
/// handlers (sign-in lockout). `None` when unknown (the integration tests
/// call the router without a socket).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddress(pub Option<IpAddr>);

impl ClientAddress {
    pub fn of(request: &Request) -> Option<IpAddr> {
        request
            .extensions()
            .get::<ClientAddress>()
            .and_then(|address| address.0)
    }
}

fn last_forwarded_for(request: &Request) -> Option<IpAddr> {
    request
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .next_back()
        .and_then(|entry| entry.trim().parse().ok())
}

/// The client's address of a request.
pub fn client_address(request: &Request, trust_forwarded_for: bool) -> Option<IpAddr> {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(address)| address.ip());
    if trust_forwarded_for {
        last_forwarded_for(request).or(peer)
    } else {
        peer
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    #[test]
    fn the_last_forwarded_entry_is_the_one_our_proxy_added() {
        let request = Request::builder()
            .header("x-forwarded-for", "1.2.3.4, 10.0.0.7")
            .header("x-forwarded-for", "192.0.2.9")
            .body(Body::empty())
            .unwrap();
        assert_eq!(last_forwarded_for(&request), "192.0.2.9".parse().ok());
        let none = Request::builder().body(Body::empty()).unwrap();
        assert_eq!(last_forwarded_for(&none), None);
    }
}
