//! Pages with fixed text: the privacy and accessibility statements.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

use crate::api_codec::{DrawnHtml, JsonText};
use crate::errors::AppError;
use crate::i18n::use_i18n;
use crate::site::use_site_info;
use crate::ui::{Drawn, MainHeading};

/// Which statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum StatementKind {
    Privacy,
    Accessibility,
}

/// The sections of a statement, drawn on the server.
#[server(prefix = "/api", endpoint = "verklaring", input = GetUrl, output = JsonText)]
pub async fn draw_statement(kind: StatementKind) -> Result<DrawnHtml, AppError> {
    use leptos::tachys::view::RenderHtml;
    let t = use_i18n();
    let sections = match kind {
        StatementKind::Privacy => t.privacy_sections,
        StatementKind::Accessibility => t.accessibility_sections,
    };
    // The retention periods are set per installation; the privacy statement
    // shows the numbers this server uses, under its heading about keeping data.
    let texts = crate::accounts::texts::use_account_texts();
    let retention = crate::state::app_state()?.settings.retention;
    let html = sections
        .iter()
        .map(|section| {
            let configured =
                if kind == StatementKind::Privacy && section.heading == texts.retention_heading {
                    (texts.retention_paragraphs)(&retention)
                } else {
                    Vec::new()
                };
            view! {
                <h2>{section.heading}</h2>
                {section.paragraphs.iter().map(|text| view! { <p>{*text}</p> }).collect_view()}
                {configured.into_iter().map(|text| view! { <p>{text}</p> }).collect_view()}
            }
        })
        .collect_view()
        .to_html();
    Ok(DrawnHtml {
        title: String::new(),
        html,
    })
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let t = use_i18n();
    view! { <Statement title=t.privacy_title intro=t.privacy_intro kind=StatementKind::Privacy/> }
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let t = use_i18n();
    view! {
        <Statement
            title=t.accessibility_title
            intro=t.accessibility_intro
            kind=StatementKind::Accessibility
        />
    }
}

/// A statement: sections of text, then how to reach the people behind the site.
#[component]
fn Statement(title: &'static str, intro: &'static str, kind: StatementKind) -> impl IntoView {
    let t = use_i18n();
    let site = use_site_info();
    let sections = Resource::new(move || kind, draw_statement);
    let contact = move || {
        site.get()
            .and_then(|info| info.ok())
            .and_then(|info| info.contact_email)
            .map(|email| {
                let href = format!("mailto:{email}");
                view! { <p><a href=href>{(t.contact_us)(&email)}</a></p> }
            })
    };
    view! {
        <Title text=title/>
        <MainHeading>{title}</MainHeading>
        <p class="lead">{intro}</p>
        <Drawn part=sections/>
        <Suspense fallback=|| ()>{contact}</Suspense>
    }
}
