//! The wizard's steps, the check page and the pieces around them, drawn on
//! the server. The beheer page draws steps 1 to 5 with the same code.

use leptos::either::Either;
use leptos::prelude::*;

use super::store::IntakeChoices;
use super::texts::{IntakeTexts, problem_message, use_intake_texts};
use super::types::*;
use crate::forms::fields::{
    ChoiceGroup, ChoiceKind, ProblemSummary, TextArea, TextField, problem_at,
};
use crate::i18n::{current_locale, use_i18n};

/// Where a step's form posts to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormPlace {
    /// The wizard; no token before step 1 is saved.
    Intake { token: Option<String> },
    /// A volunteer's changes through the beheerlink.
    Manage { token: String },
}

impl FormPlace {
    pub fn action(&self, step: Step) -> String {
        match self {
            FormPlace::Intake { token: None } => "/initiatief-aanmelden".to_owned(),
            FormPlace::Intake { token: Some(token) } => {
                format!("/initiatief-aanmelden/{token}/{}", step.number())
            }
            FormPlace::Manage { token } => format!("/mijn-initiatief/{token}/{}", step.number()),
        }
    }
}

/// Problems as the form widgets take them: (message, field name).
pub fn problem_list(problems: &[FieldProblem]) -> Vec<(String, &'static str)> {
    let locale = current_locale();
    problems
        .iter()
        .map(|problem| {
            (
                problem_message(locale, problem.field, problem.problem),
                problem.field.name(),
            )
        })
        .collect()
}

/// Where the volunteer is: six steps, the current one marked. With a saved
/// draft, the other steps are links.
#[component]
pub fn Progress(current: Step, token: Option<String>) -> impl IntoView {
    let it = use_intake_texts();
    view! {
        <nav class="steps" aria-label=it.steps_label>
            <p class="steps__where">{(it.step_of)(current.number(), Step::Check.number())}</p>
            <ol class="steps__list">
                {Step::ALL
                    .into_iter()
                    .map(|step| {
                        let title = it.step_titles[usize::from(step.number() - 1)];
                        let is_current = step == current;
                        let label = view! { <span class="steps__number">{step.number()}</span>" "{title}" " };
                        let mark = if is_current {
                            Some(it.step_current)
                        } else if step < current {
                            Some(it.step_done)
                        } else {
                            None
                        };
                        let mark = mark.map(|mark| view! { <span class="visually-hidden">"("{mark}")"</span> });
                        let content = match (&token, is_current) {
                            (Some(token), false) => Either::Left(view! {
                                <a href=format!("/initiatief-aanmelden/{token}/{}", step.number())>{label}{mark}</a>
                            }),
                            _ => Either::Right(view! { <span>{label}{mark}</span> }),
                        };
                        view! {
                            <li
                                class="steps__step"
                                class:steps__step--done=step < current
                                aria-current=is_current.then_some("step")
                            >
                                {content}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// The resume link, to keep.
#[component]
pub fn ResumeLink(url: String) -> impl IntoView {
    let it = use_intake_texts();
    let text = url.clone();
    view! {
        <div class="resume-link">
            <p><strong>{it.saved_note}</strong>" "{it.resume_link_intro}</p>
            <p><a href=url rel="external" class="resume-link__url">{text}</a></p>
        </div>
    }
}

/// A gentle note about initiatives with a similar name in the same wijk.
#[component]
pub fn SimilarNotice(similar: Vec<(String, String, bool)>) -> impl IntoView {
    let it = use_intake_texts();
    (!similar.is_empty()).then(|| {
        view! {
            <div class="notice notice--question">
                <h2 class="notice__title">{it.maybe_exists_title}</h2>
                <p>{it.maybe_exists_body}</p>
                <ul>
                    {similar
                        .into_iter()
                        .map(|(name, slug, published)| {
                            if published {
                                Either::Left(view! { <li><a href=format!("/initiatieven/{slug}")>{name}</a></li> })
                            } else {
                                Either::Right(view! { <li>{name}</li> })
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// The messages the browser's checks may need for `fields`, hidden: the
/// browser finds them by id (`FieldProblem::message_id`), so their text is
/// drawn here instead of living in the browser bundle.
#[component]
pub fn ProblemMessages(fields: &'static [Field]) -> impl IntoView {
    let t = use_i18n();
    let locale = current_locale();
    view! {
        <div class="problem-messages" hidden>
            <p id="melding-kop">{t.form_has_problems}</p>
            {fields
                .iter()
                .flat_map(|field| {
                    possible_problems(*field)
                        .into_iter()
                        .map(move |problem| FieldProblem { field: *field, problem })
                })
                .map(|problem| view! {
                    <p id=problem.message_id()>{problem_message(locale, problem.field, problem.problem)}</p>
                })
                .collect_view()}
        </div>
    }
}

/// A field that must not be filled in: people do not see it, spam robots
/// do. Hidden from screen readers and keyboards too.
#[component]
pub(crate) fn Honeypot() -> impl IntoView {
    let it = use_intake_texts();
    view! {
        <div class="honeypot" aria-hidden="true">
            <label for="bedrijfsnaam">{it.honeypot_label}</label>
            <input id="bedrijfsnaam" name="bedrijfsnaam" type="text" tabindex="-1" autocomplete="off"/>
        </div>
    }
}

fn labelled(values: &[&'static str], label: fn(&str) -> &'static str) -> Vec<(String, String)> {
    values
        .iter()
        .map(|value| ((*value).to_owned(), label(value).to_owned()))
        .collect()
}

/// The fields of one step (1 to 5).
#[component]
pub fn StepFields(
    step: Step,
    answers: IntakeAnswers,
    problems: Vec<(String, &'static str)>,
    choices: IntakeChoices,
    /// The wijk picker's SVG (step 2), shown once the page is interactive.
    #[prop(optional)]
    map_svg: String,
    /// Step 3 with the first activity (the wizard), or without (the beheer
    /// page manages activities apart).
    with_activity: bool,
) -> impl IntoView {
    let it = use_intake_texts();
    let t = use_i18n();
    let locale = current_locale();
    let at = |field: Field| problem_at(&problems, field.name());
    match step {
        Step::Initiative => view! {
            <TextField id="naam" name="naam" label=it.name_label kind="text" autocomplete="organization"
                hint=it.name_hint value=answers.name maxlength=NAME_CHARS.1 problem=at(Field::Name)/>
            <TextArea id="samenvatting" label=it.summary_label hint=it.summary_hint value=answers.summary
                maxlength=SUMMARY_CHARS.1 problem=at(Field::Summary)/>
            <ChoiceGroup name="soort" legend=it.kind_legend kind=ChoiceKind::Radios
                options=labelled(&KINDS, it.kind_label) chosen=vec![answers.kind] problem=at(Field::Kind)/>
        }
        .into_any(),
        Step::WhereAndWho => {
            let areas = choices
                .wijken
                .iter()
                .flat_map(|wijk| {
                    std::iter::once((wijk.key.clone(), (it.whole_wijk)(&wijk.name))).chain(
                        wijk.buurten.iter().map(|(key, name)| (key.clone(), name.clone())),
                    )
                })
                .collect::<Vec<_>>();
            let terms = |terms: &[crate::taxonomy::Term]| {
                terms
                    .iter()
                    .map(|term| (term.code.clone(), term.label(locale).to_owned()))
                    .collect::<Vec<_>>()
            };
            let languages = LANGUAGES
                .iter()
                .map(|code| ((*code).to_owned(), (t.language_name)(code).unwrap_or(code).to_owned()))
                .collect::<Vec<_>>();
            view! {
                <div class="area-picker">
                    <div class="area-picker__map" hidden aria-hidden="true" inner_html=map_svg></div>
                    <ChoiceGroup name="gebied" legend=it.areas_legend hint=it.areas_hint kind=ChoiceKind::Checkboxes
                        options=areas chosen=answers.areas problem=at(Field::Areas) class="choices__list--columns"/>
                </div>
                <ChoiceGroup name="doelgroep" legend=it.target_groups_legend kind=ChoiceKind::Checkboxes
                    options=terms(&choices.target_groups) chosen=answers.target_groups problem=at(Field::TargetGroups)
                    class="choices__list--columns"/>
                <ChoiceGroup name="thema" legend=it.themes_legend hint=it.themes_hint kind=ChoiceKind::Checkboxes
                    options=terms(&choices.themes) chosen=answers.themes problem=at(Field::Themes)
                    class="choices__list--columns"/>
                <ChoiceGroup name="taal" legend=it.languages_legend hint=it.languages_hint kind=ChoiceKind::Checkboxes
                    options=languages chosen=answers.languages problem=at(Field::Languages)
                    class="choices__list--columns"/>
            }
            .into_any()
        }
        Step::Activities => {
            let activity = answers.activity;
            let at = |field: Field| problem_at(&problems, field.name());
            view! {
                <TextArea id="beschrijving" label=it.description_label hint=it.description_hint
                    value=answers.description maxlength=DESCRIPTION_CHARS.1 problem=at(Field::Description)/>
                {with_activity.then(|| view! { <ActivityFields activity problems=problems.clone() first=true/> })}
            }
            .into_any()
        }
        Step::Needs => {
            let mut options = labelled(&NEEDS, it.need_label);
            options.push((NO_NEEDS.to_owned(), it.no_needs_label.to_owned()));
            view! {
                <ChoiceGroup name="behoefte" legend=it.needs_legend hint=it.needs_hint kind=ChoiceKind::Checkboxes
                    options chosen=answers.needs problem=at(Field::Needs)/>
                <TextArea id="behoefte-toelichting" label=it.needs_note_label hint=it.needs_note_hint
                    value=answers.needs_note maxlength=NOTE_CHARS problem=at(Field::NeedsNote)/>
            }
            .into_any()
        }
        Step::Contact => view! {
            <p>{it.contact_intro}</p>
            <TextField id="contact-naam" name="contact-naam" label=it.contact_name_label kind="text" autocomplete="name"
                value=answers.contact_name maxlength=PERSON_CHARS.1 problem=at(Field::ContactName)/>
            <p class="field__hint" id="bereikbaar-hint">{it.contact_reach_hint}</p>
            <TextField id="contact-email" name="contact-email" label=it.contact_email_label kind="email" autocomplete="email"
                value=answers.contact_email maxlength=254 problem=at(Field::ContactEmail)/>
            <TextField id="contact-telefoon" name="contact-telefoon" label=it.contact_phone_label kind="tel" autocomplete="tel"
                value=answers.contact_phone maxlength=30 problem=at(Field::ContactPhone)/>
            <ChoiceGroup name="contact-voorkeur" legend=it.channel_legend kind=ChoiceKind::Radios
                options=labelled(&CHANNELS, it.channel_label) chosen=vec![answers.preferred_channel]
                problem=at(Field::PreferredChannel)/>
            <ChoiceGroup name="contact-taal" legend=it.contact_language_legend kind=ChoiceKind::Radios
                options=labelled(&CONTACT_LANGUAGES, it.contact_language_label)
                chosen=vec![if answers.contact_language.is_empty() { "nl".to_owned() } else { answers.contact_language }]
                problem=at(Field::ContactLanguage)/>
            <TextField id="website" name="website" label=it.website_label kind="url" autocomplete="url"
                hint=it.website_hint value=answers.website maxlength=crate::initiatives::MAX_WEBSITE_CHARS
                problem=at(Field::Website)/>
            <ChoiceGroup name="openbaar" legend=it.public_legend hint=it.public_hint kind=ChoiceKind::Radios
                options=labelled(&PUBLIC_CONTACTS, it.public_label) chosen=vec![answers.public_contact]
                problem=at(Field::PublicContact)/>
        }
        .into_any(),
        Step::Check => ().into_any(),
    }
}

/// The fields of one activity: name, date, times, place and how often.
#[component]
pub fn ActivityFields(
    activity: ActivityAnswers,
    problems: Vec<(String, &'static str)>,
    /// The wizard's first activity (optional, with a hint), or a new one on
    /// the beheer page.
    first: bool,
) -> impl IntoView {
    let it = use_intake_texts();
    let at = |field: Field| problem_at(&problems, field.name());
    let legend = if first {
        it.activity_legend
    } else {
        it.new_activity_legend
    };
    view! {
        <fieldset class="field-group">
            <legend class="field-group__legend">{legend}</legend>
            {first.then(|| view! { <p class="field__hint">{it.activity_hint}</p> })}
            <TextField id="activiteit-titel" name="activiteit-titel" label=it.activity_title_label kind="text"
                autocomplete="off" value=activity.title maxlength=TITLE_CHARS.1 problem=at(Field::ActivityTitle)/>
            <TextField id="activiteit-datum" name="activiteit-datum" label=it.activity_date_label kind="date"
                autocomplete="off" value=activity.date problem=at(Field::ActivityDate)/>
            <div class="field-row">
                <TextField id="activiteit-begin" name="activiteit-begin" label=it.activity_start_label kind="time"
                    autocomplete="off" value=activity.start problem=at(Field::ActivityStart)/>
                <TextField id="activiteit-eind" name="activiteit-eind" label=it.activity_end_label kind="time"
                    autocomplete="off" value=activity.end problem=at(Field::ActivityEnd)/>
            </div>
            <TextField id="activiteit-plaats" name="activiteit-plaats" label=it.activity_place_label kind="text"
                autocomplete="off" hint=it.activity_place_hint value=activity.place maxlength=PLACE_CHARS.1
                problem=at(Field::ActivityPlace)/>
            <ChoiceGroup name="activiteit-herhaling" legend=it.repeat_legend kind=ChoiceKind::Radios
                options=labelled(&REPEATS, it.repeat_label) chosen=vec![activity.repeat]
                problem=at(Field::ActivityRepeat)/>
            <TextField id="activiteit-laatste-dag" name="activiteit-laatste-dag" label=it.last_day_label kind="date"
                autocomplete="off" hint=it.last_day_hint value=activity.last_day problem=at(Field::ActivityLastDay)/>
        </fieldset>
    }
}

/// The form of one step: problems on top, the fields, and the buttons.
#[component]
pub fn StepForm(
    place: FormPlace,
    step: Step,
    answers: IntakeAnswers,
    problems: Vec<FieldProblem>,
    choices: IntakeChoices,
    /// Came here with "change" from the check page: save goes back there.
    from_check: bool,
    #[prop(optional)] map_svg: String,
) -> impl IntoView {
    let it = use_intake_texts();
    let problems = problem_list(&problems);
    let is_intake = matches!(place, FormPlace::Intake { .. });
    let buttons = if is_intake {
        let next = if from_check {
            it.save_and_check_button
        } else {
            it.next_button
        };
        Either::Left(view! {
            <button class="button" type="submit" name="actie" value="verder">{next}</button>
            {(step != Step::Initiative && !from_check).then(|| view! {
                <button class="button button--secondary" type="submit" name="actie" value="terug">{it.previous_button}</button>
            })}
        })
    } else {
        Either::Right(view! {
            <button class="button" type="submit" name="actie" value="verder">{it.save_button}</button>
        })
    };
    view! {
        <form class="form intake-form" method="post" action=place.action(step) novalidate data-stap=step.number()>
            <ProblemSummary problems=problems.clone()/>
            {from_check.then(|| view! { <input type="hidden" name="vanuit" value="controle"/> })}
            <StepFields step answers problems choices map_svg with_activity=is_intake/>
            <ProblemMessages fields=Field::of_step(step)/>
            <Honeypot/>
            <div class="form__buttons">{buttons}</div>
        </form>
    }
}

/// One answer on the check page: what it is, what was given, and a link
/// to change it.
fn summary_row(
    it: &'static IntakeTexts,
    term: &'static str,
    value: String,
    change: Option<String>,
) -> impl IntoView + use<> {
    let value = if value.trim().is_empty() {
        it.nothing_filled_in.to_owned()
    } else {
        value
    };
    view! {
        <div class="summary__row">
            <dt class="summary__term">{term}</dt>
            <dd class="summary__value">{value}</dd>
            <dd class="summary__change">
                {change.map(|href| view! {
                    <a href=href>{it.change_link}<span class="visually-hidden">{(it.change_link_hidden)(term)}</span></a>
                })}
            </dd>
        </div>
    }
}

/// Every answer, step by step, with "change" links (`change_href(step)`).
#[component]
pub fn AnswersSummary(
    answers: IntakeAnswers,
    choices: IntakeChoices,
    change_href: Box<dyn Fn(Step) -> Option<String> + Send>,
    /// The steps to show (the beheer page leaves out the first activity).
    steps: Vec<Step>,
) -> impl IntoView {
    let it = use_intake_texts();
    let t = use_i18n();
    let locale = current_locale();
    let join = |labels: Vec<String>| labels.join(", ");
    let term_labels = |codes: &[String], terms: &[crate::taxonomy::Term]| {
        join(
            codes
                .iter()
                .filter_map(|code| terms.iter().find(|term| &term.code == code))
                .map(|term| term.label(locale).to_owned())
                .collect(),
        )
    };
    let areas = join(
        answers
            .areas
            .iter()
            .filter_map(|key| choices.area_name(key))
            .collect(),
    );
    let languages = join(
        answers
            .languages
            .iter()
            .map(|code| (t.language_name)(code).unwrap_or(code).to_owned())
            .collect(),
    );
    let needs = join(
        answers
            .needs
            .iter()
            .map(|code| {
                if code == NO_NEEDS {
                    it.no_needs_label.to_owned()
                } else {
                    (it.need_label)(code).to_owned()
                }
            })
            .collect(),
    );
    let activity = &answers.activity;
    let activity_text = if activity.is_empty() {
        it.no_activity.to_owned()
    } else {
        (it.activity_summary)(
            &activity.title,
            &activity.date,
            &activity.start,
            &activity.end,
            &activity.place,
            &match activity.series_last_day() {
                Some(last) => (it.repeat_until)((it.repeat_label)(&activity.repeat), last),
                None => (it.repeat_label)(&activity.repeat).to_owned(),
            },
        )
    };
    let reach = join(
        [&answers.contact_email, &answers.contact_phone]
            .into_iter()
            .filter(|value| !value.is_empty())
            .cloned()
            .collect(),
    );
    let channel = if answers.preferred_channel.is_empty() {
        String::new()
    } else {
        (it.channel_label)(&answers.preferred_channel).to_owned()
    };
    let public = if answers.public_contact.is_empty() {
        String::new()
    } else {
        (it.public_label)(&answers.public_contact).to_owned()
    };
    let mut rows: Vec<(Step, &'static str, String)> = vec![
        (Step::Initiative, it.name_label, answers.name.clone()),
        (Step::Initiative, it.summary_label, answers.summary.clone()),
        (
            Step::Initiative,
            it.kind_legend,
            if answers.kind.is_empty() {
                String::new()
            } else {
                (it.kind_label)(&answers.kind).to_owned()
            },
        ),
        (Step::WhereAndWho, it.areas_legend, areas),
        (
            Step::WhereAndWho,
            it.target_groups_legend,
            term_labels(&answers.target_groups, &choices.target_groups),
        ),
        (
            Step::WhereAndWho,
            it.themes_legend,
            term_labels(&answers.themes, &choices.themes),
        ),
        (Step::WhereAndWho, it.languages_legend, languages),
        (
            Step::Activities,
            it.description_label,
            answers.description.clone(),
        ),
        (Step::Activities, it.activity_legend, activity_text),
        (Step::Needs, it.needs_legend, needs),
        (Step::Needs, it.needs_note_label, answers.needs_note.clone()),
        (
            Step::Contact,
            it.contact_name_label,
            answers.contact_name.clone(),
        ),
        (Step::Contact, it.reach_term, reach),
        (Step::Contact, it.channel_legend, channel),
        (Step::Contact, it.website_label, answers.website.clone()),
        (Step::Contact, it.public_legend, public),
    ];
    // The beheer page and the review show activities apart.
    let with_first_activity = steps.contains(&Step::Check);
    rows.retain(|(step, term, _)| {
        steps.contains(step) && (with_first_activity || *term != it.activity_legend)
    });
    view! {
        {steps
            .iter()
            .filter(|step| **step != Step::Check)
            .map(|step| {
                let title = it.step_titles[usize::from(step.number() - 1)];
                let step_rows = rows
                    .iter()
                    .filter(|(row_step, _, _)| row_step == step)
                    .map(|(row_step, term, value)| summary_row(it, term, value.clone(), change_href(*row_step)))
                    .collect_view();
                view! {
                    <h2 class="summary__heading">{title}</h2>
                    <dl class="summary">{step_rows}</dl>
                }
            })
            .collect_view()}
    }
}

/// Step 6: the summary, the privacy text and consent, and send.
#[component]
pub fn CheckForm(
    token: String,
    answers: IntakeAnswers,
    choices: IntakeChoices,
    problems: Vec<FieldProblem>,
    /// Problems of earlier steps: they must be fixed first.
    incomplete: Vec<FieldProblem>,
) -> impl IntoView {
    let it = use_intake_texts();
    let field_problems = problem_list(&problems);
    let token_for_links = token.clone();
    let change_href = Box::new(move |step: Step| {
        Some(format!(
            "/initiatief-aanmelden/{token_for_links}/{}?vanuit=controle",
            step.number()
        ))
    });
    let incomplete_steps: Vec<Step> = {
        let mut steps: Vec<Step> = incomplete
            .iter()
            .map(|problem| problem.field.step())
            .collect();
        steps.dedup();
        steps
    };
    view! {
        <p>{it.check_intro}</p>
        {(!incomplete_steps.is_empty()).then(|| view! {
            <div class="problem-summary" role="alert" aria-labelledby="nog-niet-klaar">
                <h2 id="nog-niet-klaar" class="problem-summary__title">{it.fix_before_sending}</h2>
                <ul>
                    {incomplete_steps.into_iter().map(|step| view! {
                        <li><a href=format!("/initiatief-aanmelden/{token}/{}?vanuit=controle", step.number())>
                            {it.step_titles[usize::from(step.number() - 1)]}
                        </a></li>
                    }).collect_view()}
                </ul>
            </div>
        })}
        <AnswersSummary answers=answers.clone() choices change_href steps=Step::ALL.to_vec()/>
        <form class="form intake-form" method="post" action=format!("/initiatief-aanmelden/{token}/6") novalidate data-stap="6">
            <ProblemSummary problems=field_problems.clone()/>
            <h2>{it.privacy_heading}</h2>
            {it.privacy_text.iter().map(|line| view! { <p>{*line}</p> }).collect_view()}
            <ChoiceGroup name="toestemming-bewaren" legend=it.consent_store_legend kind=ChoiceKind::Checkboxes
                options=vec![("ja".to_owned(), it.consent_store_label.to_owned())]
                chosen=if answers.consent_store { vec!["ja".to_owned()] } else { vec![] }
                problem=problem_at(&field_problems, Field::ConsentStore.name()) class="choices__list--consent"/>
            <ChoiceGroup name="toestemming-publiceren" legend=it.consent_publish_legend kind=ChoiceKind::Checkboxes
                options=vec![("ja".to_owned(), it.consent_publish_label.to_owned())]
                chosen=if answers.consent_publish { vec!["ja".to_owned()] } else { vec![] }
                problem=problem_at(&field_problems, Field::ConsentPublish.name()) class="choices__list--consent"/>
            <ProblemMessages fields=Field::of_step(Step::Check)/>
            <Honeypot/>
            <div class="form__buttons">
                <button class="button" type="submit" name="actie" value="verstuur">{it.send_button}</button>
                <button class="button button--secondary" type="submit" name="actie" value="terug">{it.previous_button}</button>
            </div>
        </form>
    }
}
