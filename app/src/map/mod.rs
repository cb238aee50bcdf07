//! The sociale kaart: the public directory of published initiatives.

mod api;
mod page;

pub use api::*;
pub use page::MapPage;
