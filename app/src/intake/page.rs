//! The pages of the intake feature: the wizard, the beheer page, asking for
//! a new beheerlink, and the professionals' review queue.
//!
//! They are drawn on the server by one server function ([`draw_intake`]),
//! like the account pages: the browser bundle carries only the page frame
//! and the small enhancements in [`super::browser`].

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

use crate::api_codec::JsonText;
use crate::errors::AppError;
use crate::ui::{ErrorPanel, MainHeading};

/// Which page of the feature.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum IntakePart {
    /// `/initiatief-aanmelden`: what it is, and step 1.
    Start,
    /// `/initiatief-aanmelden/{token}/{step}`
    Step,
    /// `/mijn-initiatief/{token}`: the beheer page.
    Manage,
    /// `/mijn-initiatief/{token}/{step}`: change one step's answers.
    ManageStep,
    /// `/beheerlink-aanvragen`
    NewLink,
    /// `/beheer/aanmeldingen` (professionals)
    Review,
    /// `/beheer/aanmeldingen/{number}` (professionals)
    ReviewItem,
}

/// A drawn page: its title (also the `h1`) and everything below.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntakePageView {
    pub title: String,
    #[serde(
        default,
        skip_serializing_if = "crate::api_codec::html_already_in_page"
    )]
    pub html: String,
}

/// What the address says, for [`draw_intake`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct IntakeAddress {
    /// The draft's or beheerlink's token, or the review item's number.
    pub key: String,
    pub step: u8,
    /// `melding`: the notice after a successful post.
    pub notice: String,
    /// `vanuit=controle`: came from the check page.
    pub from_check: bool,
    /// `status` on the review list.
    pub filter: String,
}

#[server(prefix = "/api", endpoint = "aanmelden", input = GetUrl, output = JsonText)]
pub async fn draw_intake(
    part: IntakePart,
    address: IntakeAddress,
) -> Result<IntakePageView, AppError> {
    super::drawing::draw(part, address).await
}

/// Every page of the feature: its title as heading, and the drawn part.
#[component]
pub fn IntakePage(part: IntakePart) -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let drawn = Resource::new(
        move || {
            let params = params.read();
            let query = query.read();
            IntakeAddress {
                key: params.get("key").unwrap_or_default(),
                step: params
                    .get("step")
                    .and_then(|step| step.parse().ok())
                    .unwrap_or(1),
                notice: query.get("melding").unwrap_or_default(),
                from_check: query.get("vanuit").as_deref() == Some("controle"),
                filter: query.get("status").unwrap_or_default(),
            }
        },
        move |address| draw_intake(part, address),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match drawn.await {
                    Ok(page) => view! {
                        <Title text=page.title.clone()/>
                        <MainHeading>{page.title}</MainHeading>
                        <div class="intake" inner_html=page.html></div>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
        <super::browser::Enhancements/>
    }
}
