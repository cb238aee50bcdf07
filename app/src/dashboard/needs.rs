//! "Wat initiatieven nodig hebben": the published initiatives that asked
//! for space, money, volunteers, training, contact with a professional or
//! publicity, with their contact person, so a professional can help.
//! The same rows go to the page and to the CSV export
//! (`/dashboard/behoeften.csv`, `server/src/web/dashboard.rs`).

use std::collections::HashMap;

use entity::{area, initiative, initiative_area, initiative_need};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

use crate::api_codec::DrawnHtml;
use crate::areas::AreaLevel;
use crate::errors::AppError;
use crate::i18n::Locale;
use crate::initiatives::{InitiativeStatus, NEEDS};

/// The filters, as in the address: `behoefte=volunteers&wijk=WK192603`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NeedsFilter {
    /// One of [`NEEDS`]; anything else is no filter.
    pub need: Option<String>,
    /// A wijk's CBS code or slug.
    pub wijk: Option<String>,
}

impl NeedsFilter {
    /// Reads the query part of an address.
    pub fn from_query(query: &str) -> NeedsFilter {
        let mut filter = NeedsFilter::default();
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            let value = value.trim().to_owned();
            match name.as_ref() {
                "behoefte" if NEEDS.contains(&value.as_str()) => filter.need = Some(value),
                "wijk" if !value.is_empty() => filter.wijk = Some(value),
                _ => {}
            }
        }
        filter
    }

    /// The filter as a query, for the CSV link.
    pub fn query(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        if let Some(need) = &self.need {
            query.append_pair("behoefte", need);
        }
        if let Some(wijk) = &self.wijk {
            query.append_pair("wijk", wijk);
        }
        query.finish()
    }
}

/// One initiative that needs something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NeedRow {
    pub name: String,
    pub slug: String,
    /// Wijk names, in the order of the area list.
    pub wijken: Vec<String>,
    /// Codes of [`NEEDS`], in that order.
    pub needs: Vec<String>,
    /// What the initiative wrote about it.
    pub note: Option<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    /// `email`, `phone` or `whatsapp`.
    pub preferred_channel: Option<String>,
}

/// The initiatives with needs that pass `filter`, by name.
pub async fn need_rows(
    db: &DatabaseConnection,
    filter: &NeedsFilter,
) -> Result<Vec<NeedRow>, DbErr> {
    let areas = area::Entity::find()
        .order_by_asc(area::Column::SortOrder)
        .order_by_asc(area::Column::Name)
        .all(db)
        .await?;
    // Each area's wijk: a buurt counts for the wijk it lies in.
    let wijk_of: HashMap<i32, &area::Model> = areas
        .iter()
        .filter_map(|area| {
            let wijk = if area.level == AreaLevel::Wijk.code() {
                Some(area)
            } else {
                let parent = area.parent_id?;
                areas
                    .iter()
                    .find(|wijk| wijk.id == parent && wijk.level == AreaLevel::Wijk.code())
            };
            wijk.map(|wijk| (area.id, wijk))
        })
        .collect();
    let wanted_wijk = filter.wijk.as_deref().map(|key| {
        areas
            .iter()
            .find(|area| {
                area.level == AreaLevel::Wijk.code()
                    && (crate::areas::ssr::area_key(area) == key || area.slug == key)
            })
            .map(|wijk| wijk.id)
    });

    let mut needs_of: HashMap<i32, Vec<String>> = HashMap::new();
    for need in initiative_need::Entity::find().all(db).await? {
        needs_of
            .entry(need.initiative_id)
            .or_default()
            .push(need.need_code);
    }
    needs_of.retain(|_, needs| {
        needs.retain(|code| NEEDS.contains(&code.as_str()));
        needs.sort_by_key(|code| NEEDS.iter().position(|known| known == code));
        !needs.is_empty()
            && filter
                .need
                .as_ref()
                .is_none_or(|wanted| needs.contains(wanted))
    });
    let ids: Vec<i32> = needs_of.keys().copied().collect();
    let mut wijken_of: HashMap<i32, Vec<&area::Model>> = HashMap::new();
    for link in initiative_area::Entity::find()
        .filter(initiative_area::Column::InitiativeId.is_in(ids.clone()))
        .all(db)
        .await?
    {
        if let Some(wijk) = wijk_of.get(&link.area_id) {
            let list = wijken_of.entry(link.initiative_id).or_default();
            if !list.iter().any(|known| known.id == wijk.id) {
                list.push(wijk);
            }
        }
    }
    let initiatives = initiative::Entity::find()
        .filter(initiative::Column::Id.is_in(ids))
        .filter(initiative::Column::Status.eq(InitiativeStatus::Published.code()))
        .order_by_asc(initiative::Column::Name)
        .all(db)
        .await?;
    let order: HashMap<i32, usize> = areas
        .iter()
        .enumerate()
        .map(|(at, area)| (area.id, at))
        .collect();
    Ok(initiatives
        .into_iter()
        .filter_map(|row| {
            let mut wijken = wijken_of.remove(&row.id).unwrap_or_default();
            if let Some(wanted) = wanted_wijk {
                // An unknown wijk matches nothing rather than everything.
                let wanted = wanted?;
                if !wijken.iter().any(|wijk| wijk.id == wanted) {
                    return None;
                }
            }
            wijken.sort_by_key(|wijk| order.get(&wijk.id).copied());
            Some(NeedRow {
                name: row.name,
                slug: row.slug,
                wijken: wijken.iter().map(|wijk| wijk.name.clone()).collect(),
                needs: needs_of.remove(&row.id).unwrap_or_default(),
                note: row.needs.filter(|note| !note.trim().is_empty()),
                contact_name: row.contact_person_name,
                contact_email: row.contact_person_email,
                contact_phone: row.contact_person_phone,
                preferred_channel: row.preferred_channel,
            })
        })
        .collect())
}

/// The CSV's header and rows, as text cells in the reader's language.
pub fn table(locale: Locale, rows: &[NeedRow]) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let texts = locale.dashboard_texts();
    let intake = locale.intake_texts();
    let header = vec![
        texts.column_initiative,
        texts.column_wijken,
        texts.column_needs,
        texts.column_note,
        texts.column_contact,
        texts.column_email,
        texts.column_phone,
        texts.column_channel,
    ];
    let cells = rows
        .iter()
        .map(|row| {
            vec![
                row.name.clone(),
                row.wijken.join(", "),
                row.needs
                    .iter()
                    .map(|code| (intake.need_label)(code))
                    .collect::<Vec<_>>()
                    .join(", "),
                row.note.clone().unwrap_or_default(),
                row.contact_name.clone().unwrap_or_default(),
                row.contact_email.clone().unwrap_or_default(),
                row.contact_phone.clone().unwrap_or_default(),
                row.preferred_channel
                    .as_deref()
                    .map(|code| (intake.channel_label)(code).to_owned())
                    .unwrap_or_default(),
            ]
        })
        .collect();
    (header, cells)
}

/// Draws `/dashboard` for a signed-in professional.
pub async fn draw(address: &str) -> Result<DrawnHtml, AppError> {
    if let Err(error) =
        crate::accounts::pages::require_role(crate::accounts::Role::Professional).await
    {
        // The page still has its heading; the status is already 403.
        return Ok(DrawnHtml {
            title: crate::i18n::use_i18n().forbidden_title.to_owned(),
            html: view! { <crate::ui::ErrorPanel error/> }.to_html(),
        });
    }
    let locale = crate::i18n::current_locale();
    let texts = locale.dashboard_texts();
    let intake = locale.intake_texts();
    let state = crate::state::app_state()?;
    let query = address.split_once('?').map_or("", |(_, query)| query);
    let filter = NeedsFilter::from_query(query);
    let rows = need_rows(&state.db, &filter).await?;
    let wijken = crate::areas::ssr::areas_of_level(&state.db, AreaLevel::Wijk).await?;
    let (header, cells) = table(locale, &rows);
    let need_options = NEEDS
        .iter()
        .map(|code| {
            let chosen = filter.need.as_deref() == Some(*code);
            view! { <option value=*code selected=chosen>{(intake.need_label)(code)}</option> }
        })
        .collect_view();
    let wijk_options = wijken
        .iter()
        .map(|wijk| {
            let key = crate::areas::ssr::area_key(wijk);
            let chosen = filter.wijk.as_deref() == Some(key.as_str());
            view! { <option value=key selected=chosen>{wijk.name.clone()}</option> }
        })
        .collect_view();
    let csv_href = match filter.query() {
        query if query.is_empty() => "/dashboard/behoeften.csv".to_owned(),
        query => format!("/dashboard/behoeften.csv?{query}"),
    };
    let count = (texts.needs_count)(rows.len());
    let body = if rows.is_empty() {
        view! { <p>{texts.no_needs}</p> }.into_any()
    } else {
        let links: Vec<String> = rows
            .iter()
            .map(|row| format!("/initiatieven/{}", row.slug))
            .collect();
        view! {
            <div class="table-scroll" role="region" aria-label=texts.needs_heading tabindex="0">
                <table class="table">
                    <caption>{count}</caption>
                    <thead>
                        <tr>{header.iter().map(|name| view! { <th scope="col">{*name}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody>
                        {cells.into_iter().zip(links).map(|(cells, link)| {
                            let mut cells = cells.into_iter();
                            let name = cells.next().unwrap_or_default();
                            view! {
                                <tr>
                                    <th scope="row"><a href=link>{name}</a></th>
                                    {cells.map(|cell| view! { <td>{cell}</td> }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let html = view! {
        <p class="lead">{texts.intro}</p>
        <h2 id="behoeften">{texts.needs_heading}</h2>
        <p>{texts.needs_intro}</p>
        <form method="get" action="/dashboard" class="form filters">
            <div class="field">
                <label class="field__label" for="behoefte">{texts.need_filter}</label>
                <select id="behoefte" name="behoefte" class="field__input">
                    <option value="">{texts.all_needs}</option>
                    {need_options}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="wijk">{texts.wijk_filter}</label>
                <select id="wijk" name="wijk" class="field__input">
                    <option value="">{texts.all_wijken}</option>
                    {wijk_options}
                </select>
            </div>
            <div class="form__buttons">
                <button class="button" type="submit">{texts.show}</button>
            </div>
        </form>
        {body}
        <p><a href=csv_href download="">{texts.download_csv}</a></p>
    }
    .to_html();
    Ok(DrawnHtml {
        title: texts.title.to_owned(),
        html,
    })
}

pub struct DashboardTexts {
    pub title: &'static str,
    /// On the professionals' page.
    pub link: &'static str,
    pub intro: &'static str,
    pub needs_heading: &'static str,
    pub needs_intro: &'static str,
    pub need_filter: &'static str,
    pub all_needs: &'static str,
    pub wijk_filter: &'static str,
    pub all_wijken: &'static str,
    pub show: &'static str,
    pub needs_count: fn(usize) -> String,
    pub no_needs: &'static str,
    pub download_csv: &'static str,
    pub csv_file_name: &'static str,
    pub column_initiative: &'static str,
    pub column_wijken: &'static str,
    pub column_needs: &'static str,
    pub column_note: &'static str,
    pub column_contact: &'static str,
    pub column_email: &'static str,
    pub column_phone: &'static str,
    pub column_channel: &'static str,
}

impl Locale {
    pub fn dashboard_texts(self) -> &'static DashboardTexts {
        match self {
            Locale::Nl => &NL,
            Locale::En => &EN,
        }
    }
}

static NL: DashboardTexts = DashboardTexts {
    title: "Dashboard",
    link: "Dashboard: wat initiatieven nodig hebben",
    intro: "Zie wat initiatieven nodig hebben, zodat je ze kunt helpen.",
    needs_heading: "Wat initiatieven nodig hebben",
    needs_intro: "Initiatieven op de sociale kaart die om hulp vroegen, met hun contactpersoon.",
    need_filter: "Behoefte",
    all_needs: "Alle behoeften",
    wijk_filter: "Wijk",
    all_wijken: "Alle wijken",
    show: "Toon",
    needs_count: |count| match count {
        1 => "1 initiatief".to_owned(),
        count => format!("{count} initiatieven"),
    },
    no_needs: "Geen initiatieven met deze behoefte in deze wijk.",
    download_csv: "Download deze lijst als CSV (voor Excel)",
    csv_file_name: "behoeften.csv",
    column_initiative: "Initiatief",
    column_wijken: "Wijken",
    column_needs: "Heeft nodig",
    column_note: "Toelichting",
    column_contact: "Contactpersoon van het initiatief",
    column_email: "E-mail",
    column_phone: "Telefoon",
    column_channel: "Liefst via",
};

static EN: DashboardTexts = DashboardTexts {
    title: "Dashboard",
    link: "Dashboard: what initiatives need",
    intro: "See what initiatives need, so you can help them.",
    needs_heading: "What initiatives need",
    needs_intro: "Initiatives on the social map that asked for help, with their contact person.",
    need_filter: "Need",
    all_needs: "All needs",
    wijk_filter: "Neighbourhood",
    all_wijken: "All neighbourhoods",
    show: "Show",
    needs_count: |count| match count {
        1 => "1 initiative".to_owned(),
        count => format!("{count} initiatives"),
    },
    no_needs: "No initiatives with this need in this neighbourhood.",
    download_csv: "Download this list as CSV (for Excel)",
    csv_file_name: "needs.csv",
    column_initiative: "Initiative",
    column_wijken: "Neighbourhoods",
    column_needs: "Needs",
    column_note: "Explanation",
    column_contact: "The initiative's contact person",
    column_email: "E-mail",
    column_phone: "Phone",
    column_channel: "Preferably by",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_reads_known_needs_and_writes_itself_back() {
        let filter = NeedsFilter::from_query("behoefte=volunteers&wijk=WK192603&x=1");
        assert_eq!(filter.need.as_deref(), Some("volunteers"));
        assert_eq!(filter.query(), "behoefte=volunteers&wijk=WK192603");
        assert_eq!(NeedsFilter::from_query("behoefte=gold").need, None);
    }
}
