//! The activiteitenkalender: what is on, when and where.
//!
//! Times are stored in UTC and shown in Europe/Amsterdam. The server does the
//! time-zone maths and sends the browser ready local dates and times, so the
//! wasm bundle needs no time-zone database.

#[cfg(feature = "ssr")]
pub mod activity;
mod api;
#[cfg(feature = "ssr")]
pub(crate) mod drawing;
#[cfg(feature = "ssr")]
pub mod edit;
#[cfg(feature = "ssr")]
pub mod horizon;
#[cfg(feature = "ssr")]
pub mod index;
#[cfg(feature = "ssr")]
pub mod manage;
#[cfg(feature = "ssr")]
pub mod move_date;
mod page;
#[cfg(feature = "ssr")]
pub mod query;
#[cfg(feature = "ssr")]
pub mod recurrence;
#[cfg(feature = "ssr")]
pub mod series_end;
#[cfg(feature = "ssr")]
pub mod series_times;
#[cfg(feature = "ssr")]
pub mod signup;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub(crate) mod texts;
mod types;
#[cfg(feature = "ssr")]
mod view;

pub use api::*;
#[cfg(feature = "ssr")]
pub use drawing::{agenda_filter, coming_days};
pub use page::CalendarPage;
pub use types::*;
#[cfg(feature = "ssr")]
pub use view::*;
