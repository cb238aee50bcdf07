//! The professionals' dashboard: which initiatives are active where and for
//! whom, what they need, the partnerships with them, signals, the six-step
//! method per wijk, and what initiatives achieve.
//!
//! Every page is drawn wholly on the server, through the same server
//! function as the intake and the wijk profiles (`intake::draw_page`), so
//! the dashboard costs the residents' browser bundle nothing but a route.
//! Forms post to the server (`server/src/web/dashboard.rs`) and work
//! without JavaScript; filters are a GET form, so every view has its own
//! address.
//!
//! | Address | What |
//! | --- | --- |
//! | `/dashboard` | the overview, with filters |
//! | `/dashboard/behoeften` | initiatives with needs and their contact persons |
//! | `/dashboard/samenwerkingen` | every partnership, and who has none |
//! | `/dashboard/initiatieven/{slug}` | one initiative: partnership, contact log, self-assessment |
//! | `/dashboard/signalen`, `/dashboard/signalen/{id}` | signals, picking up and feedback |
//! | `/dashboard/stappenplan/{wijk}` | the six steps of one wijk |
//! | `/dashboard/{table}.csv` | each table as CSV, with the page's filters |

#[cfg(feature = "ssr")]
pub mod csv_tables;
#[cfg(feature = "ssr")]
pub mod filter;
#[cfg(feature = "ssr")]
mod history;
#[cfg(feature = "ssr")]
pub mod index;
#[cfg(feature = "ssr")]
pub mod method;
#[cfg(feature = "ssr")]
pub mod needs;
#[cfg(feature = "ssr")]
mod overview;
#[cfg(feature = "ssr")]
pub mod partnerships;
#[cfg(feature = "ssr")]
pub mod posted;
#[cfg(feature = "ssr")]
pub mod relations;
#[cfg(feature = "ssr")]
pub mod reports;
#[cfg(feature = "ssr")]
pub mod signals;
#[cfg(feature = "ssr")]
pub mod texts;
#[cfg(feature = "ssr")]
mod widgets;

/// Whether `address` (path and query) is the dashboard.
pub fn is_dashboard_address(address: &str) -> bool {
    let path = address.split('?').next().unwrap_or_default();
    path == "/dashboard" || path.starts_with("/dashboard/")
}

/// Which page of the dashboard an address opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DashboardPage {
    Overview,
    Needs,
    Partnerships,
    /// An initiative, by slug.
    Initiative(String),
    Signals,
    Signal(i32),
    /// A wijk's six steps, by CBS code or slug.
    Method(String),
}

impl DashboardPage {
    /// Reads the path of an address; `None` for an address that opens no
    /// page.
    pub fn parse(path: &str) -> Option<DashboardPage> {
        let segments: Vec<&str> = path
            .split('/')
            .filter(|segment| !segment.is_empty())
            .collect();
        Some(match segments.as_slice() {
            ["dashboard"] => DashboardPage::Overview,
            ["dashboard", "behoeften"] => DashboardPage::Needs,
            ["dashboard", "samenwerkingen"] => DashboardPage::Partnerships,
            ["dashboard", "initiatieven", slug] => DashboardPage::Initiative((*slug).to_owned()),
            ["dashboard", "signalen"] => DashboardPage::Signals,
            ["dashboard", "signalen", id] => DashboardPage::Signal(id.parse().ok()?),
            ["dashboard", "stappenplan", wijk] => DashboardPage::Method((*wijk).to_owned()),
            _ => return None,
        })
    }
}

/// Draws a dashboard page for a signed-in professional; anyone else gets
/// the page's heading with a 403 panel.
#[cfg(feature = "ssr")]
pub async fn draw(address: &str) -> Result<crate::api_codec::DrawnHtml, crate::errors::AppError> {
    use leptos::prelude::*;
    use leptos::tachys::view::RenderHtml;

    use crate::api_codec::DrawnHtml;
    use crate::errors::{AppError, set_page_status};

    let viewer =
        match crate::accounts::pages::require_role(crate::accounts::Role::Professional).await {
            Ok(viewer) => viewer,
            Err(error) => {
                return Ok(DrawnHtml {
                    title: crate::i18n::use_i18n().forbidden_title.to_owned(),
                    html: view! { <crate::ui::ErrorPanel error/> }.to_html(),
                });
            }
        };
    let (path, query) = address.split_once('?').unwrap_or((address, ""));
    let Some(page) = DashboardPage::parse(path) else {
        set_page_status(404);
        return Err(AppError::NotFound);
    };
    let filter = filter::DashboardFilter::from_query(query);
    let notice = query_value(query, "melding");
    let state = crate::state::app_state()?;
    let now = chrono::Utc::now();
    let index = state.dashboard.get(&state.db).await?;
    let relations = state.dashboard_relations.get(&state.db).await?;
    let context = widgets::Context {
        state: &state,
        index: &index,
        relations: &relations,
        viewer: &viewer,
        filter: &filter,
        query,
        notice: &notice,
        now,
    };
    match page {
        DashboardPage::Overview => overview::draw(&context).await,
        DashboardPage::Needs => needs::draw(&context).await,
        DashboardPage::Partnerships => partnerships::draw_list(&context).await,
        DashboardPage::Initiative(slug) => partnerships::draw_initiative(&context, &slug).await,
        DashboardPage::Signals => signals::draw_list(&context).await,
        DashboardPage::Signal(id) => signals::draw_one(&context, id).await,
        DashboardPage::Method(wijk) => method::draw(&context, &wijk).await,
    }
}

/// The first value of `name` in a query, decoded; empty when absent.
#[cfg(feature = "ssr")]
pub fn query_value(query: &str, name: &str) -> String {
    form_urlencoded::parse(query.as_bytes())
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_say_which_page() {
        assert_eq!(
            DashboardPage::parse("/dashboard"),
            Some(DashboardPage::Overview)
        );
        assert_eq!(
            DashboardPage::parse("/dashboard/initiatieven/taalcafe"),
            Some(DashboardPage::Initiative("taalcafe".into()))
        );
        assert_eq!(
            DashboardPage::parse("/dashboard/signalen/12"),
            Some(DashboardPage::Signal(12))
        );
        assert_eq!(DashboardPage::parse("/dashboard/signalen/twaalf"), None);
        assert_eq!(
            DashboardPage::parse("/dashboard/stappenplan/WK192603"),
            Some(DashboardPage::Method("WK192603".into()))
        );
        assert_eq!(DashboardPage::parse("/dashboard/iets"), None);
    }
}
