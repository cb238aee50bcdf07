//! Draws the feature's pages on the server (see [`super::page`]). A post
//! with problems hands its state to the page through the request's
//! context ([`IntakeFormState`], [`ReviewFormState`], [`NewLinkFormState`]).

use chrono::Utc;
use chrono_tz::Europe::Amsterdam;
use leptos::either::Either;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use super::actions::resume_url;
use super::page::{IntakeAddress, IntakePart};
use super::store::{self, IntakeChoices};
use super::texts::use_intake_texts;
use super::types::{Field, FieldProblem, IntakeAnswers, Step};
use super::views::*;
use crate::accounts::Role;
use crate::accounts::pages::require_role;
use crate::api_codec::DrawnHtml;
use crate::errors::{AppError, set_page_status};
use crate::forms::fields::{DataTable, EmailField, Notice, ProblemSummary, TextArea};
use crate::i18n::use_i18n;
use crate::initiatives::{InitiativeStatus, manage_links};
use crate::ui::ErrorPanel;

/// A wizard or beheer step posted with problems: what was typed, and what
/// is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntakeFormState {
    pub step: Step,
    pub answers: IntakeAnswers,
    pub problems: Vec<FieldProblem>,
}

/// A review decision posted with a problem (a reason or question missing).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewFormState {
    pub reason_missing: bool,
    pub question_missing: bool,
    pub reason: String,
    pub question: String,
}

/// The new-link request posted with a problem with the address.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewLinkFormState {
    pub email: String,
    pub problem: Option<String>,
}

pub async fn draw(address: IntakeAddress) -> Result<DrawnHtml, AppError> {
    let t = use_i18n();
    let it = use_intake_texts();
    let part = address.part;
    match draw_part(part, &address).await {
        Err(AppError::Forbidden) => Ok(DrawnHtml {
            title: match part {
                IntakePart::Review | IntakePart::ReviewItem => it.review_title.to_owned(),
                _ => t.forbidden_title.to_owned(),
            },
            html: view! { <ErrorPanel error=AppError::Forbidden/> }.to_html(),
        }),
        other => other,
    }
}

/// A page for a link that opens nothing.
fn not_found(title: &'static str, body: impl IntoView + 'static) -> Result<DrawnHtml, AppError> {
    set_page_status(404);
    Ok(DrawnHtml {
        title: title.to_owned(),
        html: body.to_html(),
    })
}

fn notice_for(code: &str) -> Option<&'static str> {
    let it = use_intake_texts();
    Some(match code {
        "aangemeld" => it.submitted_notice,
        "opgeslagen" => it.changes_saved,
        "activiteit" => it.activity_added,
        "verwijderd" => it.activity_removed,
        "verstuurd" => it.new_link_sent,
        "goedgekeurd" => it.approved_notice,
        "afgewezen" => it.declined_notice,
        "vraag" => it.question_sent,
        "ingetrokken" => it.links_revoked,
        // The dashboard's forms on the beheer page: signals and reports.
        _ => return (crate::i18n::current_locale().volunteer_texts().notice)(code),
    })
}

/// The wijken as a picker: the same shapes as the sociale kaart's map,
/// each marked with its area key. The browser shows it and ticks the
/// wijk's box on a click; without JavaScript the boxes do the work.
async fn picker_svg(state: &crate::state::AppState) -> Result<String, AppError> {
    let index = state.directory.get(&state.db).await?;
    let map = index.wijk_map();
    let view_box = format!("0 0 {} {}", map.width, map.height.max(1.0));
    let shapes = map
        .wijken
        .into_iter()
        .map(|wijk| {
            let (x, y) = (wijk.label_x, wijk.label_y);
            view! {
                <g class="area-picker__wijk" data-gebied=wijk.key>
                    <path d=wijk.path></path>
                    <text x=x y=y text-anchor="middle">{wijk.name}</text>
                </g>
            }
        })
        .collect_view();
    Ok(
        view! { <svg class="area-picker__svg" viewBox=view_box focusable="false">{shapes}</svg> }
            .to_html(),
    )
}

async fn draw_part(part: IntakePart, address: &IntakeAddress) -> Result<DrawnHtml, AppError> {
    let state = crate::state::app_state()?;
    let db = &state.db;
    let t = use_i18n();
    let it = use_intake_texts();
    let now = Utc::now();
    let notice = view! { <Notice text=notice_for(&address.notice)/> }.to_html();
    let posted = use_context::<IntakeFormState>();
    match part {
        IntakePart::Start => {
            let choices = IntakeChoices::default();
            let (answers, problems) = match posted {
                Some(form) => (form.answers, form.problems),
                None => (IntakeAnswers::default(), Vec::new()),
            };
            let html = view! {
                <p class="lead">{it.intro}</p>
                <ul class="intake__points">{it.intro_points.iter().map(|point| view! { <li>{*point}</li> }).collect_view()}</ul>
                <p class="intake__aside">{it.have_a_link}" "<a href="/beheerlink-aanvragen">{it.lost_manage_link}</a></p>
                <Progress current=Step::Initiative token=None/>
                <h2 class="intake__step-title">{it.step_titles[0]}</h2>
                <StepForm place=FormPlace::Intake { token: None } step=Step::Initiative answers problems choices from_check=false/>
            }
            .to_html();
            Ok(DrawnHtml {
                title: t.register_title.to_owned(),
                html,
            })
        }
        IntakePart::Step => {
            let token = address.key.clone();
            let Some(step) = Step::from_number(address.step) else {
                return Err(AppError::NotFound);
            };
            let Some(draft) = super::drafts::find(db, &token).await? else {
                return not_found(
                    it.draft_not_found_title,
                    view! {
                        <p>{it.draft_not_found_body}</p>
                        <p><a href="/initiatief-aanmelden">{it.start_again}</a></p>
                    },
                );
            };
            if draft.submitted {
                return Ok(DrawnHtml {
                    title: it.draft_sent_title.to_owned(),
                    html: view! {
                        <p>{it.draft_sent_body}</p>
                        <p><a href="/beheerlink-aanvragen">{it.lost_manage_link}</a></p>
                        <p><a href="/initiatief-aanmelden">{it.start_again}</a></p>
                    }
                    .to_html(),
                });
            }
            let choices = store::load_choices(db).await?;
            let (answers, problems) = match posted.filter(|form| form.step == step) {
                Some(form) => (form.answers, form.problems),
                None => (draft.answers.clone(), Vec::new()),
            };
            let similar = if matches!(step, Step::Activities | Step::Check) {
                store::similar_initiatives(db, &draft.answers, None).await?
            } else {
                Vec::new()
            };
            let map_svg = if step == Step::WhereAndWho {
                picker_svg(&state).await?
            } else {
                String::new()
            };
            let title = it.step_titles[usize::from(step.number() - 1)];
            let resume = resume_url(&state.settings.public_url, &token);
            let body = if step == Step::Check {
                let today = store::today(now);
                let incomplete: Vec<FieldProblem> =
                    store::check_all(&draft.answers, &choices, today)
                        .into_iter()
                        .filter(|problem| problem.field.step() != Step::Check)
                        .collect();
                Either::Left(
                    view! { <CheckForm token=token.clone() answers choices problems incomplete/> },
                )
            } else {
                Either::Right(view! {
                    <StepForm place=FormPlace::Intake { token: Some(token.clone()) } step answers problems choices
                        from_check=address.from_check map_svg/>
                })
            };
            let html = view! {
                <Progress current=step token=Some(token.clone())/>
                <SimilarNotice similar/>
                {body}
                <ResumeLink url=resume/>
            }
            .to_html();
            Ok(DrawnHtml {
                title: title.to_owned(),
                html,
            })
        }
        IntakePart::Manage | IntakePart::ManageStep => {
            let token = address.key.clone();
            let Some(initiative) = manage_links::initiative_of(db, &token, now).await? else {
                return not_found(
                    it.manage_not_found_title,
                    view! {
                        <p>{it.manage_not_found_body}</p>
                        <p><a href="/beheerlink-aanvragen">{it.new_link_title}</a></p>
                    },
                );
            };
            let choices = store::load_choices(db).await?;
            if part == IntakePart::ManageStep {
                let step = Step::from_number(address.step)
                    .filter(|step| *step != Step::Check)
                    .ok_or(AppError::NotFound)?;
                let (answers, problems) = match posted.filter(|form| form.step == step) {
                    Some(form) => (form.answers, form.problems),
                    None => (store::answers_of(db, &initiative).await?, Vec::new()),
                };
                let map_svg = if step == Step::WhereAndWho {
                    picker_svg(&state).await?
                } else {
                    String::new()
                };
                let html = view! {
                    <p><a href=format!("/mijn-initiatief/{token}")>{it.back_to_manage}</a></p>
                    <StepForm place=FormPlace::Manage { token: token.clone() } step answers problems choices
                        from_check=false map_svg/>
                }
                .to_html();
                return Ok(DrawnHtml {
                    title: format!(
                        "{}: {}",
                        initiative.name,
                        it.step_titles[usize::from(step.number() - 1)]
                    ),
                    html,
                });
            }
            let answers = store::answers_of(db, &initiative).await?;
            let activities = store::activities_of(db, initiative.id).await?;
            let activity_form = posted.filter(|form| form.step == Step::Activities);
            let (new_activity, activity_problems) = match activity_form {
                Some(form) => (form.answers.activity, problem_list(&form.problems)),
                None => (Default::default(), Vec::new()),
            };
            let token_for_links = token.clone();
            let change_href = Box::new(move |step: Step| {
                Some(format!(
                    "/mijn-initiatief/{token_for_links}/{}",
                    step.number()
                ))
            });
            let status = initiative.status.clone();
            let published = status == InitiativeStatus::Published.code();
            let activity_items = activities
                .into_iter()
                .map(|activity| {
                    let local = activity.starts_at.with_timezone(&Amsterdam);
                    let when = format!("{}", local.format("%d-%m-%Y %H:%M"));
                    let title = activity.title.clone();
                    let repeats = activity.recurrence_rule.as_deref().map(|rule| {
                        let last_day = crate::calendar::series_end::last_day_of(activity.starts_at, activity.ends_at, Some(rule));
                        let how_often = match last_day {
                            Some(day) => (it.repeat_until)(&rule_text(rule), &day.format("%d-%m-%Y").to_string()),
                            None => rule_text(rule),
                        };
                        (it.activity_repeats)(&how_often)
                    });
                    view! {
                        <li class="manage-activity">
                            <p><strong>{activity.title}</strong>" · "{when}" · "{activity.place_name.unwrap_or_default()}</p>
                            {repeats.map(|text| view! { <p>{text}</p> })}
                            <p>
                                <a href=format!("/mijn-initiatief/{token}/activiteiten/{}", activity.id)>
                                    {(crate::calendar::texts::use_agenda_texts().manage_dates_link)(&title)}
                                </a>
                            </p>
                            <form method="post" action=format!("/mijn-initiatief/{token}/activiteiten")>
                                <input type="hidden" name="verwijder" value=activity.id.to_string()/>
                                <button class="button button--secondary" type="submit" name="actie" value="verwijder">
                                    {(it.remove_activity_button)(&title)}
                                </button>
                            </form>
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            let has_activities = !activity_items.is_empty();
            // What the initiative tells the professionals: signals (with
            // their feedback) and reports of what it achieved.
            let dashboard = state.dashboard.get(db).await?;
            let wijken = crate::dashboard::reports::wijken_of(db, initiative.id)
                .await?
                .into_iter()
                .map(|(_, key, name)| (key, name))
                .collect();
            let signals = crate::dashboard::signals::of_initiative(db, initiative.id).await?;
            let reports = crate::dashboard::reports::of_initiative(db, initiative.id).await?;
            let volunteer_sections = crate::dashboard::reports::volunteer_sections(
                &dashboard,
                &token,
                wijken,
                &signals,
                &reports,
                store::today(now),
            );
            let html = view! {
                <div inner_html=notice/>
                <p class="resume-link">{it.manage_link_intro}</p>
                <h2>{it.status_heading}</h2>
                <p class="status">{(it.status_label)(&status)}</p>
                {initiative.declined_reason.clone().filter(|_| status == InitiativeStatus::Declined.code()).map(|reason| view! {
                    <p>{it.declined_reason_intro}</p>
                    <blockquote>{reason}</blockquote>
                })}
                {published.then(|| view! { <p><a href=format!("/initiatieven/{}", initiative.slug)>{it.view_on_map}</a></p> })}
                <AnswersSummary answers choices change_href
                    steps=vec![Step::Initiative, Step::WhereAndWho, Step::Activities, Step::Needs, Step::Contact]/>
                <h2>{it.activities_heading}</h2>
                {if has_activities {
                    Either::Left(view! { <ul class="manage-activities">{activity_items}</ul> })
                } else {
                    Either::Right(view! { <p>{it.no_activities}</p> })
                }}
                <h2 id="activiteit-toevoegen">{it.add_activity_heading}</h2>
                <form class="form intake-form" method="post" action=format!("/mijn-initiatief/{token}/activiteiten") novalidate data-stap="3">
                    <ProblemSummary problems=activity_problems.clone()/>
                    <ActivityFields activity=new_activity problems=activity_problems first=false/>
                    <ProblemMessages fields=Field::of_step(Step::Activities)/>
                    <div class="form__buttons">
                        <button class="button" type="submit" name="actie" value="toevoegen">{it.add_activity_button}</button>
                    </div>
                </form>
                {volunteer_sections}
            }
            .to_html();
            Ok(DrawnHtml {
                title: format!("{}: {}", it.manage_title, initiative.name),
                html,
            })
        }
        IntakePart::ManageDates => {
            let texts = crate::calendar::texts::use_agenda_texts();
            let token = address.key.clone();
            let initiative = manage_links::initiative_of(db, &token, now).await?;
            let Some(initiative) = initiative else {
                return not_found(
                    it.manage_not_found_title,
                    view! {
                        <p>{it.manage_not_found_body}</p>
                        <p><a href="/beheerlink-aanvragen">{it.new_link_title}</a></p>
                    },
                );
            };
            let drawn = match address.item {
                Some(activity_id) => {
                    use crate::calendar::manage::{DatesAddress, draw_dates};
                    let page = DatesAddress {
                        token: &token,
                        activity_id,
                        notice: &address.notice,
                        move_date: &address.move_date,
                        mailed: address.mailed,
                    };
                    draw_dates(db, initiative.id, page, now).await?
                }
                None => None,
            };
            match drawn {
                Some(drawn) => Ok(drawn),
                None => not_found(
                    it.manage_not_found_title,
                    view! {
                        <p>{texts.manage_unknown_activity}</p>
                        <p><a href=format!("/mijn-initiatief/{token}")>{texts.manage_back}</a></p>
                    },
                ),
            }
        }
        IntakePart::SignUp => {
            match crate::calendar::signup::draw_registration(
                db,
                &address.key,
                &address.notice,
                state.settings.retention.registration_days,
            )
            .await?
            {
                Some(drawn) => Ok(drawn),
                None => {
                    let texts = crate::calendar::texts::use_agenda_texts();
                    not_found(
                        texts.registration_title,
                        view! { <p>{texts.registration_not_found}</p> },
                    )
                }
            }
        }
        IntakePart::NewLink => {
            let form = use_context::<NewLinkFormState>().unwrap_or_default();
            let html = view! {
                <div inner_html=notice/>
                <p>{it.new_link_intro}</p>
                <form class="form" method="post" action="/beheerlink-aanvragen" novalidate>
                    <ProblemSummary problems=form.problem.clone().map(|problem| vec![(problem, "email")]).unwrap_or_default()/>
                    <EmailField id="email" autocomplete="email" value=form.email problem=form.problem/>
                    <button class="button" type="submit">{it.new_link_button}</button>
                </form>
            }
            .to_html();
            Ok(DrawnHtml {
                title: it.new_link_title.to_owned(),
                html,
            })
        }
        IntakePart::Review => {
            require_role(Role::Professional).await?;
            let filter = match address.filter.as_str() {
                "published" | "declined" | "alles" => address.filter.clone(),
                _ => "submitted".to_owned(),
            };
            let rows = review_rows(db, &filter).await?;
            let count = rows.len();
            let filters = ["submitted", "published", "declined", "alles"]
                .into_iter()
                .map(|code| {
                    let current = code == filter;
                    view! {
                        <li><a href=format!("/beheer/aanmeldingen?status={code}") aria-current=current.then_some("page")>
                            {(it.review_filter)(code)}
                        </a></li>
                    }
                })
                .collect_view();
            let table = if rows.is_empty() {
                Either::Left(view! { <p>{it.review_empty}</p> })
            } else {
                Either::Right(view! {
                    <DataTable id="aanmeldingen" caption=(it.review_caption)(count) columns=it.review_columns.to_vec()>
                        {rows.into_iter().map(|(id, name, wijken, sent, status)| view! {
                            <tr>
                                <td><a href=format!("/beheer/aanmeldingen/{id}")>{name}</a></td>
                                <td>{wijken}</td>
                                <td>{sent}</td>
                                <td>{(it.status_label)(&status)}</td>
                            </tr>
                        }).collect_view()}
                    </DataTable>
                })
            };
            let html = view! {
                <div inner_html=notice/>
                <p class="lead">{it.review_intro}</p>
                <nav aria-label=it.review_filter_label><ul class="tabs__list">{filters}</ul></nav>
                {table}
            }
            .to_html();
            Ok(DrawnHtml {
                title: it.review_title.to_owned(),
                html,
            })
        }
        IntakePart::ReviewItem => {
            let professional = require_role(Role::Professional).await?;
            let id: i32 = address.key.parse().map_err(|_| AppError::NotFound)?;
            let Some(initiative) =
                <entity::initiative::Entity as sea_orm::EntityTrait>::find_by_id(id)
                    .one(db)
                    .await?
            else {
                return Err(AppError::NotFound);
            };
            crate::accounts::audit::record(
                db,
                now,
                Some(professional.user_id),
                crate::accounts::audit::AuditAction::InitiativeViewed,
                &super::actions::initiative_subject(id),
                "",
            )
            .await?;
            let choices = store::load_choices(db).await?;
            let answers = store::answers_of(db, &initiative).await?;
            let live_links = manage_links::live_count(db, id).await?;
            let form = use_context::<ReviewFormState>().unwrap_or_default();
            let status = initiative.status.clone();
            let sent = initiative.submitted_at.map(|at| {
                at.with_timezone(&Amsterdam)
                    .format("%d-%m-%Y %H:%M")
                    .to_string()
            });
            let person = [
                initiative.contact_person_name.clone().unwrap_or_default(),
                initiative.contact_person_email.clone().unwrap_or_default(),
                initiative.contact_person_phone.clone().unwrap_or_default(),
                initiative
                    .preferred_channel
                    .as_deref()
                    .map(|code| (it.channel_label)(code).to_owned())
                    .unwrap_or_default(),
                initiative
                    .contact_language
                    .as_deref()
                    .map(|code| (it.contact_language_label)(code).to_owned())
                    .unwrap_or_default(),
            ];
            let has_email = initiative
                .contact_person_email
                .as_deref()
                .is_some_and(|email| !email.is_empty());
            let action = format!("/beheer/aanmeldingen/{id}");
            let reason_problem = form.reason_missing.then(|| it.reason_missing.to_owned());
            let question_problem = form
                .question_missing
                .then(|| it.question_missing.to_owned());
            let mut problems = Vec::new();
            if let Some(problem) = &reason_problem {
                problems.push((problem.clone(), "reden"));
            }
            if let Some(problem) = &question_problem {
                problems.push((problem.clone(), "vraag"));
            }
            let no_change = Box::new(|_: Step| None);
            let html = view! {
                <p><a href="/beheer/aanmeldingen">{it.review_back}</a></p>
                <div inner_html=notice/>
                <ProblemSummary problems/>
                <p class="status">{(it.status_label)(&status)}{sent.map(|sent| view! { " · "{(it.sent_on)(&sent)} })}</p>
                <h2>{it.contact_person_heading}</h2>
                <dl class="summary">
                    {it.contact_person_fields.iter().zip(person).map(|(term, value)| view! {
                        <div class="summary__row"><dt class="summary__term">{*term}</dt><dd class="summary__value">{value}</dd></div>
                    }).collect_view()}
                </dl>
                <AnswersSummary answers choices change_href=no_change
                    steps=vec![Step::Initiative, Step::WhereAndWho, Step::Activities, Step::Needs]/>
                <h2>{it.links_heading}</h2>
                <p>{(it.live_links)(live_links)}</p>
                {(live_links > 0).then(|| view! {
                    <form method="post" action=action.clone()>
                        <button class="button button--secondary" type="submit" name="actie" value="intrekken">{it.revoke_button}</button>
                    </form>
                })}
                <h2>{it.question_heading}</h2>
                {if has_email {
                    Either::Left(view! {
                        <form class="form" method="post" action=action.clone() novalidate>
                            <TextArea id="vraag" label=it.question_label hint=it.question_hint value=form.question maxlength=2000 problem=question_problem/>
                            <button class="button" type="submit" name="actie" value="vraag">{it.question_button}</button>
                        </form>
                    })
                } else {
                    Either::Right(view! { <p>{it.no_email_for_question}</p> })
                }}
                {(status != InitiativeStatus::Published.code()).then(|| view! {
                    <h2>{it.approve_heading}</h2>
                    <form method="post" action=action.clone()>
                        <button class="button" type="submit" name="actie" value="goedkeuren">{it.approve_button}</button>
                    </form>
                })}
                <h2>{it.decline_heading}</h2>
                <form class="form" method="post" action=action novalidate>
                    <TextArea id="reden" label=it.decline_reason_label value=form.reason maxlength=2000 problem=reason_problem/>
                    <button class="button button--secondary" type="submit" name="actie" value="afwijzen">{it.decline_button}</button>
                </form>
            }
            .to_html();
            Ok(DrawnHtml {
                title: initiative.name.clone(),
                html,
            })
        }
    }
}

/// A recurrence rule in words, for the beheer page.
fn rule_text(rule: &str) -> String {
    let it = use_intake_texts();
    let code = if rule.starts_with("FREQ=MONTHLY") {
        "monthly"
    } else if rule.contains("INTERVAL=2") {
        "biweekly"
    } else if rule.starts_with("FREQ=WEEKLY") {
        "weekly"
    } else {
        return rule.to_owned();
    };
    (it.repeat_label)(code).to_owned()
}

/// The review list: (id, name, wijken, sent, status), newest first.
async fn review_rows(
    db: &sea_orm::DatabaseConnection,
    filter: &str,
) -> Result<Vec<(i32, String, String, String, String)>, AppError> {
    use entity::{area, initiative, initiative_area};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let mut query =
        initiative::Entity::find().filter(initiative::Column::SubmittedAt.is_not_null());
    if filter != "alles" {
        query = query.filter(initiative::Column::Status.eq(filter));
    }
    let initiatives = query
        .order_by_desc(initiative::Column::SubmittedAt)
        .all(db)
        .await?;
    let ids: Vec<i32> = initiatives.iter().map(|initiative| initiative.id).collect();
    let links = initiative_area::Entity::find()
        .filter(initiative_area::Column::InitiativeId.is_in(ids))
        .all(db)
        .await?;
    let areas = area::Entity::find().all(db).await?;
    Ok(initiatives
        .into_iter()
        .map(|initiative| {
            let wijken = links
                .iter()
                .filter(|link| link.initiative_id == initiative.id)
                .filter_map(|link| areas.iter().find(|area| area.id == link.area_id))
                .map(|area| area.name.clone())
                .collect::<Vec<_>>()
                .join(", ");
            let sent = initiative
                .submitted_at
                .map(|at| at.with_timezone(&Amsterdam).format("%d-%m-%Y").to_string())
                .unwrap_or_default();
            (
                initiative.id,
                initiative.name,
                wijken,
                sent,
                initiative.status,
            )
        })
        .collect())
}
