//! The professionals' dashboard at `/dashboard`: what initiatives need,
//! filtered by wijk and need, with a CSV export. Drawn on the server, for
//! signed-in professionals only.
//!
//! More parts of the dashboard (coverage, partnerships, signals, the
//! six-step method, results) join this module as they are built.

#[cfg(feature = "ssr")]
pub mod needs;

/// Whether `address` (path and query) is the dashboard.
pub fn is_dashboard_address(address: &str) -> bool {
    let path = address.split('?').next().unwrap_or_default();
    path == "/dashboard" || path.starts_with("/dashboard/")
}
