//! The intake wizard at `/initiatief-aanmelden`: a volunteer registers an
//! initiative in six short steps, without an account.
//!
//! After each step the answers are saved on the server as a draft under a
//! secret resume link, so closing the browser or losing the connection
//! loses nothing. The step is in the address; every step is a plain form
//! that posts, and works without JavaScript. With JavaScript the same
//! checks run as you type ([`types`]), and the next step comes without a
//! full reload. Sending creates the initiative (status `submitted`) and a
//! beheerlink; a professional reviews it before it is published.

#[cfg(feature = "ssr")]
pub mod actions;
mod browser;
#[cfg(feature = "ssr")]
pub mod drafts;
#[cfg(feature = "ssr")]
pub mod drawing;
mod page;
#[cfg(feature = "ssr")]
pub mod store;
pub mod texts;
pub mod types;
#[cfg(feature = "ssr")]
pub mod views;

pub use page::{DrawnPage, IntakeAddress, IntakePart, draw_page};
pub use types::*;
