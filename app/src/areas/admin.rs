//! The admins' pages for what the wijk profiles and the dashboard show
//! besides the CBS figures:
//!
//! | Address | What |
//! | --- | --- |
//! | `/beheer/wijken` | the wijken, each to manage |
//! | `/beheer/wijken/{key}` | a wijk's facilities and satisfaction marks: add and remove |
//! | `/beheer/organisaties` | the formal organisations |
//! | `/beheer/organisaties/{slug}` | where and for whom an organisation works (for coverage) |
//!
//! Drawn on the server through `intake::draw_page`, like the other
//! account pages; the forms post to `server/src/web/areas_admin.rs`.

use std::collections::HashSet;

use entity::{area, organisation, organisation_area, organisation_target_group, target_group};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};

use super::AreaLevel;
use super::facilities::FACILITY_KINDS;
use super::satisfaction::TOPICS;
use super::ssr::{area_key, areas_of_level};
use super::texts::use_wijk_texts;
use crate::api_codec::DrawnHtml;
use crate::dashboard::posted::{PostedForm, problems_of, shown};
use crate::errors::{AppError, set_page_status};
use crate::forms::fields::{
    ChoiceGroup, ChoiceKind, ProblemSummary, SelectField, TextField, problem_at,
};
use crate::i18n::current_locale;

/// Which admin page an address opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AdminPage {
    Wijken,
    Wijk(String),
    Organisations,
    Organisation(String),
}

impl AdminPage {
    pub fn parse(address: &str) -> Option<AdminPage> {
        let path = address.split('?').next().unwrap_or_default();
        let segments: Vec<&str> = path.split('/').filter(|part| !part.is_empty()).collect();
        Some(match segments.as_slice() {
            // Where the CBS upload posts: with a problem, the page is drawn
            // again at that address.
            ["beheer", "wijken"] | ["beheer", "wijken", "cbs"] => AdminPage::Wijken,
            ["beheer", "wijken", key] => AdminPage::Wijk((*key).to_owned()),
            ["beheer", "organisaties"] => AdminPage::Organisations,
            ["beheer", "organisaties", slug] => AdminPage::Organisation((*slug).to_owned()),
            _ => return None,
        })
    }
}

/// Draws an admin page; others get its heading with a 403 panel.
pub async fn draw(page: AdminPage, address: &str) -> Result<DrawnHtml, AppError> {
    let texts = use_wijk_texts();
    if let Err(error) = crate::accounts::pages::require_role(crate::accounts::Role::Admin).await {
        let title = match page {
            AdminPage::Organisations | AdminPage::Organisation(_) => texts.organisations_title,
            AdminPage::Wijken | AdminPage::Wijk(_) => texts.admin_title,
        };
        return Ok(DrawnHtml {
            title: title.to_owned(),
            html: view! { <crate::ui::ErrorPanel error/> }.to_html(),
        });
    }
    let state = crate::state::app_state()?;
    let db = &state.db;
    let query = address.split_once('?').map_or("", |(_, query)| query);
    let notice = (texts.notice)(&crate::dashboard::query_value(query, "melding"))
        .map(|text| view! { <p class="notice" role="status">{text}</p> });
    match page {
        AdminPage::Wijken => {
            let wijken = areas_of_level(db, AreaLevel::Wijk).await?;
            let imported = import_notice(query);
            let html = view! {
                {imported}
                <p class="lead">{texts.admin_intro}</p>
                {cbs_form()}
                <h2>{texts.wijken_heading}</h2>
                <ul class="link-list">
                    {wijken.iter().map(|wijk| view! {
                        <li><a href=format!("/beheer/wijken/{}", area_key(wijk))>{(texts.manage_wijk)(&wijk.name)}</a></li>
                    }).collect_view()}
                </ul>
                <p><a href="/beheer/organisaties">{texts.organisations_link}</a></p>
            }
            .to_html();
            Ok(DrawnHtml {
                title: texts.admin_title.to_owned(),
                html,
            })
        }
        AdminPage::Wijk(key) => {
            let Some(wijk) = wijk_by_key(db, &key).await? else {
                set_page_status(404);
                return Err(AppError::NotFound);
            };
            let html = view! {
                <p><a href="/beheer/wijken">{texts.back_to_admin}</a></p>
                {notice}
                <p><a href=format!("/wijken/{}", area_key(&wijk))>{texts.public_profile}</a></p>
                {wijk_forms(db, &wijk, crate::dashboard::query_value(query, "bewerk").parse().ok()).await?}
            }
            .to_html();
            Ok(DrawnHtml {
                title: (texts.wijk_admin_title)(&wijk.name),
                html,
            })
        }
        AdminPage::Organisations => {
            let organisations = organisation::Entity::find()
                .order_by_asc(organisation::Column::Name)
                .all(db)
                .await?;
            let areas = organisation_area::Entity::find().all(db).await?;
            let groups = organisation_target_group::Entity::find().all(db).await?;
            let html = view! {
                <p class="lead">{texts.organisations_intro}</p>
                <ul class="link-list">
                    {organisations.into_iter().map(|row| {
                        let wijken = areas.iter().filter(|link| link.organisation_id == row.id).count();
                        let for_whom = groups.iter().filter(|link| link.organisation_id == row.id).count();
                        view! {
                            <li>
                                <a href=format!("/beheer/organisaties/{}", row.slug)>{row.name}</a>
                                " ("{(texts.organisation_reach)(wijken, for_whom)}")"
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .to_html();
            Ok(DrawnHtml {
                title: texts.organisations_title.to_owned(),
                html,
            })
        }
        AdminPage::Organisation(slug) => {
            let Some(row) = organisation::Entity::find()
                .filter(organisation::Column::Slug.eq(&slug))
                .one(db)
                .await?
            else {
                set_page_status(404);
                let html = view! {
                    <p>{texts.unknown_organisation}</p>
                    <p><a href="/beheer/organisaties">{texts.back_to_organisations}</a></p>
                }
                .to_html();
                return Ok(DrawnHtml {
                    title: texts.organisations_title.to_owned(),
                    html,
                });
            };
            let html = view! {
                <p><a href="/beheer/organisaties">{texts.back_to_organisations}</a></p>
                {notice}
                <p class="lead">{texts.organisation_intro}</p>
                {organisation_form(db, &row).await?}
            }
            .to_html();
            Ok(DrawnHtml {
                title: (texts.organisation_title)(&row.name),
                html,
            })
        }
    }
}

/// What an import did, from the address it redirected to
/// (`?melding=cbs&jaar=2024&gebieden=4&cijfers=43&onbekend=1`).
fn import_notice(query: &str) -> Option<AnyView> {
    use crate::dashboard::query_value;
    let texts = use_wijk_texts();
    if query_value(query, "melding") != "cbs" {
        return None;
    }
    let number = |name: &str| query_value(query, name).parse::<usize>().unwrap_or(0);
    let year = query_value(query, "jaar").parse::<i32>().ok()?;
    let unknown = number("onbekend");
    Some(
        view! {
            <div class="notice" role="status">
                <p>{(texts.cbs_done)(year, number("gebieden"), number("cijfers"))}</p>
                {(unknown > 0).then(|| view! { <p>{(texts.cbs_unknown)(unknown)}</p> })}
            </div>
        }
        .into_any(),
    )
}

/// The form to upload a CBS table (`server/src/web/areas_admin.rs` reads
/// it); a file that cannot be read comes back with its problem.
fn cbs_form() -> AnyView {
    let texts = use_wijk_texts();
    let posted = PostedForm::of("cbs");
    let problems = problems_of(&posted);
    let others = posted
        .as_ref()
        .is_some_and(|posted| posted.value("andere-gemeenten") == "ja");
    view! {
        <h2 id="cbs">{texts.cbs_heading}</h2>
        <p>{texts.cbs_intro}</p>
        <form method="post" action="/beheer/wijken/cbs" enctype="multipart/form-data" class="form" novalidate>
            <ProblemSummary problems=problems.clone()/>
            <TextField id="bestand" name="bestand" label=texts.cbs_file_label kind="file" autocomplete="off"
                hint=texts.cbs_file_hint problem=problem_at(&problems, "bestand")/>
            <TextField id="jaar" name="jaar" label=texts.cbs_year_label kind="text" autocomplete="off"
                hint=texts.cbs_year_hint value=shown(&posted, "jaar", "") maxlength=4usize
                problem=problem_at(&problems, "jaar")/>
            <div class="field choices__item">
                <input class="choices__input" type="checkbox" id="andere-gemeenten" name="andere-gemeenten" value="ja" checked=others/>
                <label class="choices__label" for="andere-gemeenten">{texts.cbs_others_label}</label>
            </div>
            <div class="form__buttons">
                <button class="button" type="submit" name="actie" value="cbs">{texts.cbs_button}</button>
            </div>
        </form>
    }
    .into_any()
}

/// A wijk by its CBS code or slug.
pub async fn wijk_by_key(db: &DatabaseConnection, key: &str) -> Result<Option<area::Model>, DbErr> {
    Ok(areas_of_level(db, AreaLevel::Wijk)
        .await?
        .into_iter()
        .find(|wijk| area_key(wijk) == key || wijk.slug == key))
}

/// The facilities and marks of a wijk, with their forms.
/// `editing`: the facility whose values fill the form, to change it.
async fn wijk_forms(
    db: &DatabaseConnection,
    wijk: &area::Model,
    editing: Option<i32>,
) -> Result<AnyView, DbErr> {
    let texts = use_wijk_texts();
    let locale = current_locale();
    let action = format!("/beheer/wijken/{}", area_key(wijk));
    let facilities = super::facilities::of_areas(db, &[wijk.id]).await?;
    let facility_rows = facilities
        .iter()
        .map(|facility| {
            view! {
                <tr>
                    <th scope="row">{facility.name.clone()}</th>
                    <td>{(texts.kind_label)(&facility.kind)}</td>
                    <td>{facility.address.clone().unwrap_or_default()}</td>
                    <td>
                        <p>
                            <a href=format!("{action}?bewerk={}#voorziening-form", facility.id)>
                                {(texts.edit_link)(&facility.name)}
                            </a>
                        </p>
                        <form method="post" action=action.clone()>
                            <input type="hidden" name="id" value=facility.id.to_string()/>
                            <button class="button button--secondary" type="submit" name="actie" value="voorziening-weg">
                                {(texts.remove_button)(&facility.name)}
                            </button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let facility_table = if facilities.is_empty() {
        Either::Left(view! { <p>{texts.no_facilities}</p> })
    } else {
        Either::Right(view! {
            <div class="table-scroll" role="region" aria-labelledby="voorzieningen-tabel" tabindex="0">
                <table class="table">
                    <caption id="voorzieningen-tabel">{texts.facilities_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{texts.facility_name_label}</th>
                            <th scope="col">{texts.facility_kind_label}</th>
                            <th scope="col">{texts.facility_address_label}</th>
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>{facility_rows}</tbody>
                </table>
            </div>
        })
    };
    // The form adds a facility, or changes the one being edited (after a
    // problem, the posted form says which).
    let facility_posted =
        PostedForm::of("voorziening").or_else(|| PostedForm::of("voorziening-wijzig"));
    let edited_id = facility_posted
        .as_ref()
        .and_then(|posted| posted.value("id").parse::<i32>().ok())
        .or(editing);
    let edited = facilities
        .iter()
        .find(|facility| Some(facility.id) == edited_id);
    let facility_problems = problems_of(&facility_posted);
    let default = |value: Option<&str>| value.unwrap_or_default().to_owned();
    let (form_heading, form_action, form_button) = match edited {
        Some(_) => (
            texts.edit_facility_heading,
            "voorziening-wijzig",
            texts.edit_facility_button,
        ),
        None => (
            texts.add_facility_heading,
            "voorziening",
            texts.add_facility_button,
        ),
    };
    let mut kinds = vec![(String::new(), texts.choose.to_owned())];
    kinds.extend(
        FACILITY_KINDS
            .iter()
            .map(|kind| ((*kind).to_owned(), (texts.kind_label)(kind).to_owned())),
    );

    let marks = super::satisfaction::marks_of(db, &[wijk.id])
        .await?
        .remove(&wijk.id)
        .unwrap_or_default();
    let mark_rows = marks
        .iter()
        .map(|mark| {
            let label = format!("{} {}", (texts.topic_label)(mark.topic), mark.year);
            view! {
                <tr>
                    <th scope="row">{(texts.topic_label)(mark.topic)}</th>
                    <td>{mark.year}</td>
                    <td class="number">{super::profile::number(locale, mark.score, 1)}</td>
                    <td>{mark.source.clone()}</td>
                    <td>
                        <form method="post" action=action.clone()>
                            <input type="hidden" name="jaar" value=mark.year.to_string()/>
                            <input type="hidden" name="onderwerp" value=mark.topic/>
                            <button class="button button--secondary" type="submit" name="actie" value="cijfer-weg">
                                {(texts.remove_button)(&label)}
                            </button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let mark_table = if marks.is_empty() {
        Either::Left(view! { <p>{texts.no_satisfaction}</p> })
    } else {
        Either::Right(view! {
            <div class="table-scroll" role="region" aria-labelledby="cijfers-tabel" tabindex="0">
                <table class="table">
                    <caption id="cijfers-tabel">{(texts.satisfaction_caption)(&wijk.name)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{texts.column_topic}</th>
                            <th scope="col">{texts.column_year}</th>
                            <th scope="col">{texts.column_score}</th>
                            <th scope="col">{texts.column_source}</th>
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>{mark_rows}</tbody>
                </table>
            </div>
        })
    };
    let mark_posted = PostedForm::of("cijfer");
    let mark_problems = problems_of(&mark_posted);
    let mut topics = vec![(String::new(), texts.choose.to_owned())];
    topics.extend(
        TOPICS
            .iter()
            .map(|topic| ((*topic).to_owned(), (texts.topic_label)(topic).to_owned())),
    );
    let last_year = {
        use chrono::Datelike;
        chrono::Utc::now()
            .with_timezone(&chrono_tz::Europe::Amsterdam)
            .year()
            - 1
    };
    Ok(view! {
        <h2 id="voorzieningen">{texts.facility_heading}</h2>
        {facility_table}
        <h3 id="voorziening-form">{form_heading}</h3>
        <form method="post" action=action.clone() class="form" novalidate>
            <ProblemSummary problems=facility_problems.clone()/>
            {edited.map(|facility| view! { <input type="hidden" name="id" value=facility.id.to_string()/> })}
            <SelectField id="soort" name="soort" label=texts.facility_kind_label options=kinds
                selected=shown(&facility_posted, "soort", default(edited.map(|facility| facility.kind.as_str())))
                problem=problem_at(&facility_problems, "soort")/>
            <TextField id="naam" name="naam" label=texts.facility_name_label kind="text" autocomplete="off"
                value=shown(&facility_posted, "naam", default(edited.map(|facility| facility.name.as_str())))
                maxlength=super::facilities::MAX_NAME problem=problem_at(&facility_problems, "naam")/>
            <TextField id="adres" name="adres" label=texts.facility_address_label kind="text" autocomplete="off"
                hint=texts.facility_address_hint
                value=shown(&facility_posted, "adres", default(edited.and_then(|facility| facility.address.as_deref())))
                maxlength=super::facilities::MAX_ADDRESS problem=problem_at(&facility_problems, "adres")/>
            <TextField id="website" name="website" label=texts.facility_website_label kind="text" autocomplete="off"
                hint=texts.facility_website_hint
                value=shown(&facility_posted, "website", default(edited.and_then(|facility| facility.website.as_deref())))
                problem=problem_at(&facility_problems, "website")/>
            <div class="form__buttons">
                <button class="button" type="submit" name="actie" value=form_action>{form_button}</button>
            </div>
        </form>
        <h2 id="tevredenheid">{texts.satisfaction_admin_heading}</h2>
        <p>{texts.satisfaction_admin_intro}</p>
        {mark_table}
        <h3>{texts.add_score_heading}</h3>
        <form method="post" action=action class="form" novalidate>
            <ProblemSummary problems=mark_problems.clone()/>
            <TextField id="jaar" name="jaar" label=texts.year_label kind="text" autocomplete="off"
                value=shown(&mark_posted, "jaar", last_year.to_string()) maxlength=4usize
                problem=problem_at(&mark_problems, "jaar")/>
            <SelectField id="onderwerp" name="onderwerp" label=texts.topic_field_label options=topics
                selected=shown(&mark_posted, "onderwerp", "") problem=problem_at(&mark_problems, "onderwerp")/>
            <TextField id="cijfer" name="cijfer" label=texts.score_label kind="text" autocomplete="off"
                hint=texts.score_hint value=shown(&mark_posted, "cijfer", "") maxlength=5usize
                problem=problem_at(&mark_problems, "cijfer")/>
            <TextField id="bron" name="bron" label=texts.source_label kind="text" autocomplete="off"
                hint=texts.source_hint value=shown(&mark_posted, "bron", "")
                maxlength=super::satisfaction::MAX_SOURCE problem=problem_at(&mark_problems, "bron")/>
            <div class="form__buttons">
                <button class="button" type="submit" name="actie" value="cijfer">{texts.add_score_button}</button>
            </div>
        </form>
    }
    .into_any())
}

/// The wijken and target groups of an organisation, as boxes to tick.
async fn organisation_form(
    db: &DatabaseConnection,
    row: &organisation::Model,
) -> Result<AnyView, DbErr> {
    let texts = use_wijk_texts();
    let locale = current_locale();
    let wijken = areas_of_level(db, AreaLevel::Wijk).await?;
    let groups = target_group::Entity::find()
        .order_by_asc(target_group::Column::SortOrder)
        .all(db)
        .await?;
    let chosen_areas: HashSet<i32> = organisation_area::Entity::find()
        .filter(organisation_area::Column::OrganisationId.eq(row.id))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.area_id)
        .collect();
    let chosen_groups: HashSet<i32> = organisation_target_group::Entity::find()
        .filter(organisation_target_group::Column::OrganisationId.eq(row.id))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.target_group_id)
        .collect();
    let wijk_options: Vec<(String, String)> = wijken
        .iter()
        .map(|wijk| (area_key(wijk), wijk.name.clone()))
        .collect();
    let wijk_chosen: Vec<String> = wijken
        .iter()
        .filter(|wijk| chosen_areas.contains(&wijk.id))
        .map(area_key)
        .collect();
    let group_options: Vec<(String, String)> = groups
        .iter()
        .map(|group| {
            let term: crate::taxonomy::Term = group.clone().into();
            (group.code.clone(), term.label(locale).to_owned())
        })
        .collect();
    let group_chosen: Vec<String> = groups
        .iter()
        .filter(|group| chosen_groups.contains(&group.id))
        .map(|group| group.code.clone())
        .collect();
    Ok(view! {
        <form method="post" action=format!("/beheer/organisaties/{}", row.slug) class="form">
            <ChoiceGroup name="gebied" legend=texts.organisation_wijken_legend kind=ChoiceKind::Checkboxes
                options=wijk_options chosen=wijk_chosen problem=None/>
            <ChoiceGroup name="doelgroep" legend=texts.organisation_groups_legend kind=ChoiceKind::Checkboxes
                options=group_options chosen=group_chosen problem=None class="choices__list--columns"/>
            <div class="form__buttons">
                <button class="button" type="submit" name="actie" value="opslaan">{texts.save_organisation_button}</button>
            </div>
        </form>
    }
    .into_any())
}

/// Replaces where and for whom an organisation works with the posted
/// `gebied` (wijk keys) and `doelgroep` (codes); unknown values are left
/// out. Returns `false` when there is no such organisation.
pub async fn save_organisation_reach(
    db: &DatabaseConnection,
    slug: &str,
    pairs: &[(String, String)],
) -> Result<bool, DbErr> {
    use sea_orm::{ActiveModelTrait, Set};
    let Some(row) = organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(false);
    };
    let posted = |name: &str| -> HashSet<&str> {
        pairs
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .collect()
    };
    let (wanted_wijken, wanted_groups) = (posted("gebied"), posted("doelgroep"));
    let wijken: Vec<i32> = areas_of_level(db, AreaLevel::Wijk)
        .await?
        .into_iter()
        .filter(|wijk| wanted_wijken.contains(area_key(wijk).as_str()))
        .map(|wijk| wijk.id)
        .collect();
    let groups: Vec<i32> = target_group::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter(|group| wanted_groups.contains(group.code.as_str()))
        .map(|group| group.id)
        .collect();
    let transaction = crate::writing::begin_writing(db).await?;
    organisation_area::Entity::delete_many()
        .filter(organisation_area::Column::OrganisationId.eq(row.id))
        .exec(&transaction)
        .await?;
    organisation_target_group::Entity::delete_many()
        .filter(organisation_target_group::Column::OrganisationId.eq(row.id))
        .exec(&transaction)
        .await?;
    for area_id in wijken {
        organisation_area::ActiveModel {
            organisation_id: Set(row.id),
            area_id: Set(area_id),
        }
        .insert(&transaction)
        .await?;
    }
    for target_group_id in groups {
        organisation_target_group::ActiveModel {
            organisation_id: Set(row.id),
            target_group_id: Set(target_group_id),
        }
        .insert(&transaction)
        .await?;
    }
    transaction.commit().await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_say_which_admin_page() {
        assert_eq!(AdminPage::parse("/beheer/wijken"), Some(AdminPage::Wijken));
        assert_eq!(
            AdminPage::parse("/beheer/wijken/WK192603?melding=cijfer"),
            Some(AdminPage::Wijk("WK192603".into()))
        );
        assert_eq!(
            AdminPage::parse("/beheer/organisaties/swop"),
            Some(AdminPage::Organisation("swop".into()))
        );
        assert_eq!(AdminPage::parse("/beheer/aanmeldingen"), None);
    }
}
