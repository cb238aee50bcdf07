//! The pages of the intake feature: the wizard, the beheer page, asking for
//! a new beheerlink, and the professionals' review queue.
//!
//! They are drawn on the server by one server function ([`draw_page`]),
//! like the account pages: the browser bundle carries only the page frame
//! and the small enhancements in [`super::browser`].

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use leptos_meta::Title;

use crate::api_codec::{DrawnHtml, JsonText};
use crate::errors::AppError;
use crate::ui::{ErrorPanel, MainHeading};

/// Which page of the feature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntakePart {
    /// `/initiatief-aanmelden`: what it is, and step 1.
    Start,
    /// `/initiatief-aanmelden/{token}/{step}`
    Step,
    /// `/mijn-initiatief/{token}`: the beheer page.
    Manage,
    /// `/mijn-initiatief/{token}/{step}`: change one step's answers.
    ManageStep,
    /// `/mijn-initiatief/{token}/activiteiten/{id}`: the dates of one
    /// activity, to cancel one or stop the series.
    ManageDates,
    /// `/beheerlink-aanvragen`
    NewLink,
    /// `/beheer/aanmeldingen` (professionals)
    Review,
    /// `/beheer/aanmeldingen/{number}` (professionals)
    ReviewItem,
    /// `/aanmelding/{token}`: a resident's sign-up for an activity, under
    /// its secret link. It belongs to the agenda (`calendar::signup`), but
    /// is drawn through this feature's one server function and component,
    /// so the browser bundle needs nothing new for it.
    SignUp,
}

/// What the address says, read on the server from the page's path and
/// query (the browser sends just those, so it needs no code to pick them
/// apart).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntakeAddress {
    pub part: IntakePart,
    /// The draft's or beheerlink's token, or the review item's number.
    pub key: String,
    pub step: u8,
    /// The activity on a [`IntakePart::ManageDates`] page.
    pub item: Option<i32>,
    /// `melding`: the notice after a successful post.
    pub notice: String,
    /// `vanuit=controle`: came from the check page.
    pub from_check: bool,
    /// `status` on the review list.
    pub filter: String,
    /// `verplaats` on a [`IntakePart::ManageDates`] page: the date whose
    /// move form is shown.
    pub move_date: String,
    /// `gemaild` on a [`IntakePart::ManageDates`] page: how many people
    /// were sent a mail about the change the notice is about.
    pub mailed: usize,
}

impl IntakeAddress {
    /// Reads `/mijn-initiatief/{token}/2?melding=opgeslagen` and the like.
    pub fn parse(address: &str) -> IntakeAddress {
        let (path, query) = address.split_once('?').unwrap_or((address, ""));
        let segments: Vec<&str> = path
            .split('/')
            .filter(|segment| !segment.is_empty())
            .collect();
        let query_value = |name: &str| {
            query
                .split('&')
                .filter_map(|pair| pair.split_once('='))
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_owned())
                .unwrap_or_default()
        };
        let (part, key, step) = match segments.as_slice() {
            // Where the add-activity form posts: with a problem, the
            // beheer page is drawn again at that address.
            // The same for the signal and report forms (the dashboard's
            // part of the beheer page).
            ["mijn-initiatief", key]
            | [
                "mijn-initiatief",
                key,
                "activiteiten" | "signaal" | "verslag",
            ] => (IntakePart::Manage, *key, None),
            ["mijn-initiatief", key, step] => (IntakePart::ManageStep, *key, Some(*step)),
            ["mijn-initiatief", key, "activiteiten", id] => {
                (IntakePart::ManageDates, *key, Some(*id))
            }
            ["beheerlink-aanvragen"] => (IntakePart::NewLink, "", None),
            ["aanmelding", key] => (IntakePart::SignUp, *key, None),
            ["beheer", "aanmeldingen"] => (IntakePart::Review, "", None),
            ["beheer", "aanmeldingen", key] => (IntakePart::ReviewItem, *key, None),
            ["initiatief-aanmelden", key, step] => (IntakePart::Step, *key, Some(*step)),
            _ => (IntakePart::Start, "", None),
        };
        IntakeAddress {
            part,
            key: key.to_owned(),
            step: step.and_then(|step| step.parse().ok()).unwrap_or(0),
            item: match part {
                IntakePart::ManageDates => step.and_then(|id| id.parse().ok()),
                _ => None,
            },
            notice: query_value("melding"),
            from_check: query_value("vanuit") == "controle",
            filter: query_value("status"),
            move_date: query_value("verplaats"),
            mailed: query_value("gemaild").parse().unwrap_or(0),
        }
    }
}

/// `address` is the page's path with its query. The wijk profiles and the
/// dashboard are drawn wholly on the server too, and share this function and
/// [`DrawnPage`]: a page drawn this way costs the browser bundle nothing
/// of its own.
#[server(prefix = "/api", endpoint = "pagina", input = GetUrl, output = JsonText)]
pub async fn draw_page(address: String) -> Result<DrawnHtml, AppError> {
    if crate::areas::profile::is_profile_address(&address) {
        return crate::areas::profile::draw(&address).await;
    }
    if crate::dashboard::is_dashboard_address(&address) {
        return crate::dashboard::draw(&address).await;
    }
    if let Some(page) = crate::areas::admin::AdminPage::parse(&address) {
        return crate::areas::admin::draw(page, &address).await;
    }
    super::drawing::draw(IntakeAddress::parse(&address)).await
}

/// Every page of the feature (and the wijk profiles): its title as
/// heading, and the drawn part. One component serves all their routes.
#[component]
pub fn DrawnPage() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let drawn = Resource::new(
        move || {
            // `search` comes with or without its `?`, depending on where.
            let search = location.search.read();
            let search = search.trim_start_matches('?');
            format!("{}?{search}", location.pathname.read())
        },
        draw_page,
    );
    view! {
        // A transition: while a new address is drawn (another step, a
        // filter), the page keeps what it shows instead of going blank.
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                let drawn = drawn.await;
                // A new drawing of the same page (a filter changed) gives
                // the filter its focus back.
                super::browser::after_redraw();
                match drawn {
                    Ok(page) => view! {
                        <Title text=page.title.clone()/>
                        <MainHeading>{page.title}</MainHeading>
                        <div class="intake" inner_html=page.html></div>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Transition>
        <super::browser::Enhancements/>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_say_which_page() {
        let step = IntakeAddress::parse("/initiatief-aanmelden/abc/3?vanuit=controle");
        assert_eq!(
            (step.part, step.key.as_str(), step.step, step.from_check),
            (IntakePart::Step, "abc", 3, true)
        );
        let manage = IntakeAddress::parse("/mijn-initiatief/def?melding=opgeslagen");
        assert_eq!(
            (manage.part, manage.notice.as_str()),
            (IntakePart::Manage, "opgeslagen")
        );
        assert_eq!(
            IntakeAddress::parse("/mijn-initiatief/def/2").part,
            IntakePart::ManageStep
        );
        assert_eq!(
            IntakeAddress::parse("/beheer/aanmeldingen?status=declined").filter,
            "declined"
        );
        assert_eq!(
            IntakeAddress::parse("/beheer/aanmeldingen/12").part,
            IntakePart::ReviewItem
        );
        assert_eq!(
            IntakeAddress::parse("/beheerlink-aanvragen").part,
            IntakePart::NewLink
        );
        assert_eq!(
            IntakeAddress::parse("/initiatief-aanmelden").part,
            IntakePart::Start
        );
    }
}
