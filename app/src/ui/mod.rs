//! Widgets shared by every feature: the page frame, badges, error pages.

mod drawn;
mod errors;
mod layout;
mod navigation;

pub use drawn::Drawn;
pub use errors::{ErrorPanel, NotFoundPage};
pub use layout::{DemoBadge, DemoNotice, MAIN_ID, SiteFooter, SiteHeader};
pub use navigation::{
    MainHeading, RouteEffects, navigate_to_form_address, provide_heading_focus, submit_on_choice,
};
#[cfg(feature = "hydrate")]
pub use navigation::{focus, form_pairs, form_query};
