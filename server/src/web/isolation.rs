//! Keeps requests from sharing Leptos's "current reactive owner".
//!
//! Leptos keeps the current owner in a thread-local. `Owner::new_root`
//! (which starts every page render) sets itself there and stays there while
//! the page's response is produced. Another request polled on the same
//! worker thread in the meantime, for example a server function that
//! leptos_axum starts with `Owner::new()`, then becomes a *child* of that
//! page: it sees the page's contexts, can take the page's response headers,
//! and can end up waiting on the page's pending data (seen here as a test
//! that hung forever). Clearing the thread-local before every poll of a
//! request's future means each request starts from no owner at all.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use leptos::prelude::Owner;
use tower::{Layer, Service};

#[derive(Clone, Copy, Debug, Default)]
pub struct IsolateOwnersLayer;

impl<S> Layer<S> for IsolateOwnersLayer {
    type Service = IsolateOwners<S>;

    fn layer(&self, inner: S) -> Self::Service {
        IsolateOwners { inner }
    }
}

#[derive(Clone, Debug)]
pub struct IsolateOwners<S> {
    inner: S,
}

impl<S, Request> Service<Request> for IsolateOwners<S>
where
    S: Service<Request>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = Isolated<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        forget_current_owner();
        Isolated {
            inner: Box::pin(self.inner.call(request)),
        }
    }
}

pub struct Isolated<F> {
    inner: Pin<Box<F>>,
}

impl<F: Future> Future for Isolated<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        forget_current_owner();
        self.inner.as_mut().poll(cx)
    }
}

fn forget_current_owner() {
    if let Some(owner) = Owner::current() {
        owner.unset();
    }
}
