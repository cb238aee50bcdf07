//! `/kaart/organisaties`: the formal organisations, the second tab of the
//! sociale kaart. There are few, so they are read straight from the database.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use crate::api_codec::{DrawnHtml, JsonText};
use leptos_meta::Title;

use super::page::{DirectoryTab, DirectoryTabs};
use crate::errors::AppError;
use crate::i18n::use_i18n;
#[cfg(feature = "ssr")]
use crate::ui::DemoBadge;
use crate::ui::{DemoNotice, Drawn, MainHeading};

#[cfg(feature = "ssr")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrganisationCard {
    pub name: String,
    /// `municipality`, `welfare`, `care`, `library`, `culture`, `youth` or `other`.
    pub kind: String,
    pub summary: String,
    pub website: Option<String>,
    pub is_demo: bool,
}

/// The list of organisations, drawn on the server as HTML: the page has
/// nothing to interact with, so the browser bundle needs no code for it.
#[server(prefix = "/api", endpoint = "organisaties", input = GetUrl, output = JsonText)]
pub async fn list_organisations() -> Result<DrawnHtml, AppError> {
    use leptos::tachys::view::RenderHtml;

    let state = crate::state::app_state()?;
    let list = ssr::organisations(&state.db).await?;
    let t = use_i18n();
    let html = view! {
        <h2 class="results__heading">{t.organisations_title}</h2>
        <ul class="card-list">
            {list.into_iter().map(|organisation| view! { <OrganisationCardView organisation/> }).collect_view()}
        </ul>
    }
    .to_html();
    Ok(DrawnHtml {
        title: String::new(),
        html,
    })
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use entity::organisation;
    use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QueryOrder};

    use super::OrganisationCard;

    pub async fn organisations(db: &DatabaseConnection) -> Result<Vec<OrganisationCard>, DbErr> {
        Ok(organisation::Entity::find()
            .order_by_asc(organisation::Column::Name)
            .all(db)
            .await?
            .into_iter()
            .map(|model| OrganisationCard {
                name: model.name,
                kind: model.kind,
                summary: model.summary,
                website: model.website,
                is_demo: model.is_demo,
            })
            .collect())
    }
}

#[component]
pub fn OrganisationsPage() -> impl IntoView {
    let t = use_i18n();
    let organisations = Resource::new(|| (), |_| list_organisations());
    view! {
        <Title text=t.organisations_page_title/>
        <MainHeading>{t.map_title}</MainHeading>
        <p class="lead">{t.organisations_intro}</p>
        <DemoNotice/>
        <DirectoryTabs current=DirectoryTab::Organisations/>
        <Drawn part=organisations loading=t.loading/>
    }
}

#[cfg(feature = "ssr")]
#[component]
fn OrganisationCardView(organisation: OrganisationCard) -> impl IntoView {
    let t = use_i18n();
    view! {
        <li class="card">
            <h3 class="card__title">
                {organisation.name}
                {organisation.is_demo.then(|| view! { " " <DemoBadge/> })}
            </h3>
            <p class="card__kind">{(t.organisation_kind)(&organisation.kind)}</p>
            <p class="card__summary">{organisation.summary}</p>
            {organisation.website.map(|website| {
                let href = website.clone();
                view! {
                    <p>
                        <a href=href rel="noopener noreferrer">{website}</a>
                    </p>
                }
            })}
        </li>
    }
}
