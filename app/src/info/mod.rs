//! Pages with fixed text: the privacy and accessibility statements, and
//! the pages for features that are not built yet.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{InfoSection, use_i18n};
use crate::site::use_site_info;
use crate::ui::MainHeading;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let t = use_i18n();
    view! { <Statement title=t.privacy_title intro=t.privacy_intro sections=t.privacy_sections/> }
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let t = use_i18n();
    view! {
        <Statement
            title=t.accessibility_title
            intro=t.accessibility_intro
            sections=t.accessibility_sections
        />
    }
}

/// A statement: sections of text, then how to reach the people behind the site.
#[component]
fn Statement(
    title: &'static str,
    intro: &'static str,
    sections: &'static [InfoSection],
) -> impl IntoView {
    let t = use_i18n();
    let site = use_site_info();
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
        {sections
            .iter()
            .map(|section| {
                view! {
                    <h2>{section.heading}</h2>
                    {section.paragraphs.iter().map(|text| view! { <p>{*text}</p> }).collect_view()}
                }
            })
            .collect_view()}
        <Suspense fallback=|| ()>{contact}</Suspense>
    }
}

/// `/initiatief-aanmelden`, until the intake wizard is built.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let t = use_i18n();
    view! {
        <Title text=t.register_title/>
        <MainHeading>{t.register_title}</MainHeading>
        <p class="lead">{t.register_intro}</p>
        <p class="notice">{t.register_not_yet}</p>
    }
}

/// `/professionals`, until accounts and the dashboard are built.
#[component]
pub fn ProfessionalsPage() -> impl IntoView {
    let t = use_i18n();
    view! {
        <Title text=t.professionals_title/>
        <MainHeading>{t.professionals_title}</MainHeading>
        <p class="lead">{t.professionals_intro}</p>
        <p class="notice">{t.professionals_not_yet}</p>
    }
}
