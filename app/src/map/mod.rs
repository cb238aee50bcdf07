//! The sociale kaart: the public directory of published initiatives, with
//! filters, a wijk map and detail pages.

mod api;
#[cfg(feature = "ssr")]
pub mod detail;
#[cfg(feature = "ssr")]
mod drawing;
#[cfg(feature = "ssr")]
pub mod index;
pub mod organisations;
mod page;
mod query;
mod types;
mod wijk_map;

pub use api::*;
#[cfg(feature = "ssr")]
pub(crate) use drawing::FilterGroup;
pub use organisations::OrganisationsPage;
pub use page::MapPage;
pub use query::*;
pub use types::*;
