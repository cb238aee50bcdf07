//! The widgets every form is drawn with, on the server: the problem
//! summary at the top (focused by the page, each problem a link to its
//! field), fields with their label, hint and problem linked for screen
//! readers (`aria-describedby`, `aria-invalid`), and groups of choices.
//! Used by the account pages, the intake wizard and, later, the agenda's
//! sign-up and the dashboard.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// The message of the first problem with `field`, from a form's list of
/// (message, field) problems.
pub fn problem_at(problems: &[(String, &'static str)], field: &str) -> Option<String> {
    problems
        .iter()
        .find(|(_, problem_field)| *problem_field == field)
        .map(|(message, _)| message.clone())
}

/// The list of problems at the top of a form, each a link to its field.
#[component]
pub fn ProblemSummary(problems: Vec<(String, &'static str)>) -> impl IntoView {
    let t = use_i18n();
    (!problems.is_empty()).then(|| {
        view! {
            <div class="problem-summary" role="alert" aria-labelledby="problemen">
                <h2 id="problemen" class="problem-summary__title">{t.form_has_problems}</h2>
                <ul>
                    {problems
                        .into_iter()
                        .map(|(message, field)| view! { <li><a href=format!("#{field}")>{message}</a></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// The ids a field's `aria-describedby` names: its hint, and the place of
/// its problem. That place is always there (hidden and empty without a
/// problem, which a screen reader does not read), so the browser's checks
/// as you type only need to fill it in.
fn described_by(id: &str, has_hint: bool, _has_problem: bool) -> Option<String> {
    Some(if has_hint {
        format!("{id}-hint {id}-fout")
    } else {
        format!("{id}-fout")
    })
}

/// The place of a field's problem, `{id}-fout`. It is always there (empty
/// and hidden without a problem), so the browser's checks as you type can
/// fill it in.
#[component]
fn ProblemText(id: &'static str, problem: Option<String>) -> impl IntoView {
    let hidden = problem.is_none();
    view! { <p class="field__problem" id=format!("{id}-fout") hidden=hidden>{problem}</p> }
}

/// The label, hint and problem above a field, and the field's frame that
/// marks a problem.
#[component]
fn FieldFrame(
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    problem: Option<String>,
    children: Children,
) -> impl IntoView {
    let has_problem = problem.is_some();
    view! {
        <div class="field" class:field--problem=has_problem>
            <label class="field__label" for=id>{label}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=format!("{id}-hint")>{hint}</p> })}
            <ProblemText id problem/>
            {children()}
        </div>
    }
}

/// A text field with its label, hint and problem, linked for screen readers.
#[component]
pub fn TextField(
    id: &'static str,
    name: &'static str,
    label: &'static str,
    kind: &'static str,
    autocomplete: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] value: String,
    /// The most characters the browser lets you type.
    #[prop(optional)]
    maxlength: Option<usize>,
    problem: Option<String>,
) -> impl IntoView {
    let has_problem = problem.is_some();
    view! {
        <FieldFrame id label hint problem>
            <input
                class="field__input"
                id=id
                name=name
                type=kind
                autocomplete=autocomplete
                value=value.clone()
                maxlength=maxlength
                aria-invalid=has_problem.then_some("true")
                aria-describedby=described_by(id, hint.is_some(), has_problem)
            />
        </FieldFrame>
    }
}

/// Text of a few lines, with its label, hint and problem.
#[component]
pub fn TextArea(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    value: String,
    maxlength: usize,
    problem: Option<String>,
) -> impl IntoView {
    let has_problem = problem.is_some();
    view! {
        <FieldFrame id label hint problem>
            <textarea
                class="field__input field__input--text"
                id=id
                name=id
                rows="4"
                maxlength=maxlength
                aria-invalid=has_problem.then_some("true")
                aria-describedby=described_by(id, hint.is_some(), has_problem)
            >
                {value}
            </textarea>
        </FieldFrame>
    }
}

/// Tick boxes (any number) or round buttons (one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceKind {
    Checkboxes,
    Radios,
}

/// A group of choices in a fieldset with its legend, hint and problem. The
/// first box has the group's name as id, so a link to the problem lands on
/// it; the others are `{name}-{value}`.
#[component]
pub fn ChoiceGroup(
    name: &'static str,
    legend: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    kind: ChoiceKind,
    /// (value, text) pairs.
    options: Vec<(String, String)>,
    chosen: Vec<String>,
    problem: Option<String>,
    /// Extra class for the list, e.g. to show choices in columns.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let has_problem = problem.is_some();
    let input_type = match kind {
        ChoiceKind::Checkboxes => "checkbox",
        ChoiceKind::Radios => "radio",
    };
    view! {
        <fieldset
            class="field choices"
            class:field--problem=has_problem
            aria-describedby=described_by(name, hint.is_some(), has_problem)
        >
            <legend class="field__label">{legend}</legend>
            {hint.map(|hint| view! { <p class="field__hint" id=format!("{name}-hint")>{hint}</p> })}
            <ProblemText id=name problem/>
            <ul class=format!("choices__list {class}")>
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(index, (value, text))| {
                        let id = if index == 0 {
                            name.to_owned()
                        } else {
                            format!("{name}-{}", value.to_ascii_lowercase())
                        };
                        let checked = chosen.contains(&value);
                        view! {
                            <li class="choices__item">
                                <input
                                    class="choices__input"
                                    type=input_type
                                    id=id.clone()
                                    name=name
                                    value=value
                                    checked=checked
                                    aria-invalid=has_problem.then_some("true")
                                />
                                <label class="choices__label" for=id>{text}</label>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </fieldset>
    }
}

/// The e-mail address field of a form (`name="email"`).
#[component]
pub fn EmailField(
    id: &'static str,
    /// `username` where the address signs in, `off` where an admin types
    /// someone else's.
    autocomplete: &'static str,
    value: String,
    problem: Option<String>,
) -> impl IntoView {
    let t = use_i18n();
    view! {
        <TextField id name="email" label=t.email_label kind="email" autocomplete value problem/>
    }
}

/// A choice from a list, with its label and problem.
#[component]
pub fn SelectField(
    id: &'static str,
    name: &'static str,
    label: &'static str,
    /// (value, text) pairs.
    options: Vec<(String, String)>,
    selected: String,
    problem: Option<String>,
) -> impl IntoView {
    let has_problem = problem.is_some();
    view! {
        <FieldFrame id label hint=None problem>
            <select
                class="field__input"
                id=id
                name=name
                aria-invalid=has_problem.then_some("true")
                aria-describedby=described_by(id, false, has_problem)
            >
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let is_selected = value == selected;
                        view! { <option value=value selected=is_selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </FieldFrame>
    }
}

/// A short message after something succeeded ("the invitation was sent").
#[component]
pub fn Notice(text: Option<&'static str>) -> impl IntoView {
    text.map(|text| view! { <p class="notice" role="status">{text}</p> })
}

/// A table of records that scrolls sideways on a phone; the scroll area
/// can take keyboard focus so it can be scrolled without a mouse.
#[component]
pub fn DataTable(
    /// The id of the caption, which names the scroll area too.
    id: &'static str,
    caption: String,
    columns: Vec<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=id>
            <table class="table">
                <caption id=id>{caption}</caption>
                <thead>
                    <tr>
                        {columns.into_iter().map(|column| view! { <th scope="col">{column}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
