//! The intake's forms in the browser, once the page is interactive:
//!
//! - the same checks as the server runs ([`super::types`]) show as you
//!   leave a field, and disappear as you fix it;
//! - a step with problems is not sent: the problems are listed on top
//!   (focused, each a link to its field) and shown at the fields;
//! - a step without problems is posted in the background and the next step
//!   comes without a full reload (the server still checks everything; if
//!   it finds a problem after all, the form is posted the normal way);
//! - on step 2, a click on a wijk in the map ticks its box.
//!
//! Nothing here is needed: without JavaScript every form posts as usual.

use leptos::prelude::*;

#[component]
pub fn Enhancements() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    in_browser::attach();
}

#[cfg(feature = "hydrate")]
mod in_browser {
    use std::cell::RefCell;
    use std::collections::HashSet;
    use std::rc::Rc;

    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlFormElement, HtmlInputElement};

    use crate::i18n::Locale;
    use crate::intake::texts::problem_message;
    use crate::intake::types::{Field, FieldProblem, IntakeAnswers, Step};

    /// Fields the user has left at least once: only those show problems
    /// while typing, so an empty form is not covered in red.
    type Touched = Rc<RefCell<HashSet<String>>>;

    pub fn attach() {
        let touched: Touched = Rc::default();
        let navigate = leptos_router::hooks::use_navigate();
        let handles = [
            window_event_listener(leptos::ev::focusout, {
                let touched = touched.clone();
                move |event| {
                    if let Some((form, name)) = field_of(event.target()) {
                        touched.borrow_mut().insert(name);
                        check(&form, &touched.borrow(), false);
                    }
                }
            }),
            window_event_listener(leptos::ev::input, {
                let touched = touched.clone();
                move |event| {
                    if let Some((form, _)) = field_of(event.target()) {
                        check(&form, &touched.borrow(), false);
                    }
                }
            }),
            window_event_listener(leptos::ev::change, {
                let touched = touched.clone();
                move |event| {
                    if let Some((form, name)) = field_of(event.target()) {
                        touched.borrow_mut().insert(name);
                        check(&form, &touched.borrow(), false);
                        mark_chosen_wijken(&form);
                    }
                }
            }),
            window_event_listener(leptos::ev::click, move |event| {
                pick_wijk_on_map(event.target());
            }),
            window_event_listener(leptos::ev::submit, move |event| {
                let Some(form) = event
                    .target()
                    .and_then(|target| target.dyn_into::<HtmlFormElement>().ok())
                    .filter(|form| form.class_list().contains("intake-form"))
                else {
                    return;
                };
                let action = event
                    .submitter()
                    .and_then(|button| button.get_attribute("value"))
                    .unwrap_or_default();
                // Going back saves what is there without checks.
                if action != "terug" && check(&form, &HashSet::new(), true) {
                    event.prevent_default();
                    return;
                }
                event.prevent_default();
                post_in_background(form, action, navigate.clone());
            }),
        ];
        focus_problem_summary();
        on_cleanup(move || {
            for handle in handles {
                handle.remove();
            }
        });
    }

    fn locale() -> Locale {
        let lang = document()
            .document_element()
            .map(|html| html.get_attribute("lang").unwrap_or_default())
            .unwrap_or_default();
        Locale::from_code(&lang).unwrap_or(Locale::Nl)
    }

    /// The intake form and field name of an event's target.
    fn field_of(target: Option<web_sys::EventTarget>) -> Option<(HtmlFormElement, String)> {
        let element = target?.dyn_into::<Element>().ok()?;
        let name = element.get_attribute("name")?;
        let form = element
            .closest("form.intake-form")
            .ok()??
            .dyn_into::<HtmlFormElement>()
            .ok()?;
        Some((form, name))
    }

    /// The form's fields as (name, value) pairs, as a post would send them.
    fn pairs_of(form: &HtmlFormElement, action: Option<&str>) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        if let Ok(data) = web_sys::FormData::new_with_form(form)
            && let Ok(Some(entries)) = js_sys::try_iter(&data)
        {
            for entry in entries.flatten() {
                let entry: js_sys::Array = entry.unchecked_into();
                if let (Some(name), Some(value)) =
                    (entry.get(0).as_string(), entry.get(1).as_string())
                {
                    pairs.push((name, value));
                }
            }
        }
        if let Some(action) = action {
            pairs.push(("actie".to_owned(), action.to_owned()));
        }
        pairs
    }

    /// Runs the step's checks on what the form holds now. Shows the problems
    /// of touched fields (all fields with `all`), and clears the rest. With
    /// `all`, the problems are also listed on top and focused. Returns
    /// whether there are problems.
    fn check(form: &HtmlFormElement, touched: &HashSet<String>, all: bool) -> bool {
        let Some(step) = form
            .get_attribute("data-stap")
            .and_then(|number| number.parse().ok())
            .and_then(Step::from_number)
        else {
            return false;
        };
        let mut answers = IntakeAnswers::default();
        answers.take_step(step, &pairs_of(form, None));
        // Only fields this form has (the beheer page's activity form has
        // fewer than step 3 of the wizard).
        let problems: Vec<FieldProblem> = answers
            .problems(step)
            .into_iter()
            .filter(|problem| {
                document()
                    .get_element_by_id(&format!("{}-fout", problem.field.name()))
                    .is_some()
            })
            .collect();
        let locale = locale();
        for field in Field::of_step(step) {
            let name = field.name();
            let problem = problems
                .iter()
                .find(|problem| problem.field == *field)
                .filter(|_| all || touched.contains(name));
            show_problem(
                form,
                name,
                problem.map(|problem| problem_message(locale, problem.field, problem.problem)),
            );
        }
        if all && !problems.is_empty() {
            list_problems(form, &problems, locale);
        }
        !problems.is_empty()
    }

    /// Shows or clears one field's problem, with `aria-invalid` and
    /// `aria-describedby` to match.
    fn show_problem(form: &HtmlFormElement, name: &str, message: Option<String>) {
        let document = document();
        let Some(text) = document.get_element_by_id(&format!("{name}-fout")) else {
            return;
        };
        let has_problem = message.is_some();
        text.set_text_content(message.as_deref());
        set_flag(&text, "hidden", !has_problem);
        let frame = text.closest(".field").ok().flatten();
        if let Some(frame) = &frame {
            let _ = frame
                .class_list()
                .toggle_with_force("field--problem", has_problem);
        }
        // A group describes itself on its fieldset; a single field on the input.
        let described = match &frame {
            Some(frame) if frame.tag_name().eq_ignore_ascii_case("fieldset") => Some(frame.clone()),
            _ => document.get_element_by_id(name),
        };
        if let Some(described) = described {
            let ids: Vec<String> = [
                document
                    .get_element_by_id(&format!("{name}-hint"))
                    .map(|_| format!("{name}-hint")),
                has_problem.then(|| format!("{name}-fout")),
            ]
            .into_iter()
            .flatten()
            .collect();
            if ids.is_empty() {
                let _ = described.remove_attribute("aria-describedby");
            } else {
                let _ = described.set_attribute("aria-describedby", &ids.join(" "));
            }
        }
        if let Ok(inputs) = form.query_selector_all(&format!("[name=\"{name}\"]")) {
            for index in 0..inputs.length() {
                if let Some(input) = inputs
                    .item(index)
                    .and_then(|node| node.dyn_into::<Element>().ok())
                {
                    set_flag_value(&input, "aria-invalid", has_problem.then_some("true"));
                }
            }
        }
    }

    fn set_flag(element: &Element, attribute: &str, on: bool) {
        set_flag_value(element, attribute, on.then_some(""));
    }

    fn set_flag_value(element: &Element, attribute: &str, value: Option<&str>) {
        let _ = match value {
            Some(value) => element.set_attribute(attribute, value),
            None => element.remove_attribute(attribute),
        };
    }

    /// The list of problems at the top of the form, focused.
    fn list_problems(form: &HtmlFormElement, problems: &[FieldProblem], locale: Locale) {
        let document = document();
        let t = locale.messages();
        if let Ok(Some(old)) = form.query_selector(".problem-summary") {
            old.remove();
        }
        let Ok(summary) = document.create_element("div") else {
            return;
        };
        summary.set_class_name("problem-summary");
        let _ = summary.set_attribute("role", "alert");
        let _ = summary.set_attribute("tabindex", "-1");
        let _ = summary.set_attribute("aria-labelledby", "problemen");
        let items: String = problems
            .iter()
            .map(|problem| {
                format!(
                    "<li><a href=\"#{}\">{}</a></li>",
                    problem.field.name(),
                    escape(&problem_message(locale, problem.field, problem.problem))
                )
            })
            .collect();
        summary.set_inner_html(&format!(
            "<h2 id=\"problemen\" class=\"problem-summary__title\">{}</h2><ul>{items}</ul>",
            escape(t.form_has_problems)
        ));
        let _ = form.prepend_with_node_1(&summary);
        crate::ui::focus(Some(summary));
    }

    /// Our own messages hold no markup, but they go into HTML: escape them.
    fn escape(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }

    /// A page that came back from the server with problems (a post made
    /// the normal way) starts with its problem list focused.
    fn focus_problem_summary() {
        request_animation_frame(|| {
            if let Ok(Some(summary)) = document().query_selector(".intake .problem-summary") {
                let _ = summary.set_attribute("tabindex", "-1");
                crate::ui::focus(Some(summary));
            }
        });
    }

    /// Posts the form in the background. After the server's redirect the
    /// router shows the next page; if the server answered with the form
    /// again (a problem only it could see), the form is posted as usual.
    fn post_in_background(
        form: HtmlFormElement,
        action: String,
        navigate: impl Fn(&str, leptos_router::NavigateOptions) + 'static,
    ) {
        let pairs = pairs_of(&form, Some(&action));
        let Ok(body) = web_sys::UrlSearchParams::new() else {
            return;
        };
        for (name, value) in &pairs {
            body.append(name, value);
        }
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_body(&body);
        let url = form.action();
        leptos::task::spawn_local(async move {
            let answer =
                wasm_bindgen_futures::JsFuture::from(window().fetch_with_str_and_init(&url, &init))
                    .await;
            let response = answer
                .ok()
                .and_then(|response| response.dyn_into::<web_sys::Response>().ok());
            match response {
                Some(response) if response.redirected() && response.ok() => {
                    let next = web_sys::Url::new(&response.url())
                        .map(|next| format!("{}{}", next.pathname(), next.search()))
                        .unwrap_or_default();
                    navigate(&next, Default::default());
                }
                _ => {
                    // The normal post, with the button's value.
                    if let Ok(input) = document().create_element("input")
                        && let Ok(input) = input.dyn_into::<HtmlInputElement>()
                    {
                        input.set_type("hidden");
                        input.set_name("actie");
                        input.set_value(&action);
                        let _ = form.append_child(&input);
                    }
                    let _ = form.submit();
                }
            }
        });
    }

    /// A click on a wijk of the picker map ticks (or unticks) its box.
    fn pick_wijk_on_map(target: Option<web_sys::EventTarget>) {
        let Some(wijk) = target
            .and_then(|target| target.dyn_into::<Element>().ok())
            .and_then(|element| element.closest(".area-picker__wijk").ok().flatten())
        else {
            return;
        };
        let key = wijk.get_attribute("data-gebied").unwrap_or_default();
        let selector = format!("input[name=\"gebied\"][value=\"{key}\"]");
        if let Ok(Some(input)) = document().query_selector(&selector)
            && let Ok(input) = input.dyn_into::<HtmlInputElement>()
        {
            input.set_checked(!input.checked());
            if let Ok(change) = web_sys::Event::new_with_event_init_dict("change", &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            }) {
                let _ = input.dispatch_event(&change);
            }
        }
    }

    /// The map shows the wijken whose box is ticked.
    fn mark_chosen_wijken(form: &HtmlFormElement) {
        let Ok(wijken) = form.query_selector_all(".area-picker__wijk") else {
            return;
        };
        for index in 0..wijken.length() {
            let Some(wijk) = wijken
                .item(index)
                .and_then(|node| node.dyn_into::<Element>().ok())
            else {
                continue;
            };
            let key = wijk.get_attribute("data-gebied").unwrap_or_default();
            let chosen = form
                .query_selector(&format!("input[name=\"gebied\"][value=\"{key}\"]:checked"))
                .ok()
                .flatten()
                .is_some();
            let _ = wijk
                .class_list()
                .toggle_with_force("area-picker__wijk--chosen", chosen);
        }
    }
}
