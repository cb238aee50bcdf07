//! The intake's forms in the browser, once the page is interactive:
//!
//! - the same checks as the server runs ([`super::types`]) show as you
//!   leave a field, and disappear as you fix it;
//! - a step with problems is not sent: the problems are listed on top
//!   (focused, each a link to its field) and shown at the fields;
//! - a step without problems is posted in the background and the next step
//!   comes without a full reload (the server still checks everything; if
//!   it finds a problem after all, the form is posted the normal way);
//! - on step 2, a click on a wijk in the map ticks its box;
//! - a filter form (`data-direct`, the dashboard's) applies a choice at
//!   once, and the changed filter keeps focus.
//!
//! Nothing here is needed: without JavaScript every form posts as usual.

use leptos::prelude::*;

#[component]
pub fn Enhancements() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    in_browser::attach();
}

/// Call when a drawn page has new contents: a filter that was changed
/// gets focus back.
pub fn after_redraw() {
    #[cfg(feature = "hydrate")]
    in_browser::refocus_after_redraw();
}

#[cfg(feature = "hydrate")]
mod in_browser {
    use std::cell::RefCell;
    use std::rc::Rc;

    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlFormElement, HtmlInputElement};

    use crate::intake::types::{Field, FieldProblem, IntakeAnswers, Step};

    /// Fields the user has left at least once: only those show problems
    /// while typing, so an empty form is not covered in red.
    type Touched = Rc<RefCell<Vec<String>>>;

    pub fn attach() {
        let touched: Touched = Rc::default();
        let navigate = Rc::new(leptos_router::hooks::use_navigate());
        let handle =
            Rc::new(move |event: web_sys::Event| on_event(event, &touched, navigate.as_ref()));
        // One closure type for every event: each distinct listener would
        // cost the bundle its own copy of the listener code.
        let handles: Vec<_> = ["focusout", "input", "change", "click", "submit"]
            .into_iter()
            .map(|name| {
                let handle = handle.clone();
                window_event_listener_untyped(name, move |event| handle(event))
            })
            .collect();
        focus_problem_summary();
        on_cleanup(move || {
            for handle in handles {
                handle.remove();
            }
        });
    }

    fn on_event(
        event: web_sys::Event,
        touched: &Touched,
        navigate: &(impl Fn(&str, leptos_router::NavigateOptions) + Clone + 'static),
    ) {
        let kind = event.type_();
        match kind.as_str() {
            "click" => {
                focus_field_of_problem(event.target());
                pick_wijk_on_map(event.target());
            }
            "submit" => {
                if in_direct_form(&event.target())
                    && let Ok(submit) = event.clone().dyn_into::<web_sys::SubmitEvent>()
                {
                    crate::ui::navigate_to_form_address(submit, navigate);
                    return;
                }
                let Some(form) = event
                    .target()
                    .and_then(|target| target.dyn_into::<HtmlFormElement>().ok())
                    .filter(|form| form.class_list().contains("intake-form"))
                    .filter(|form| !form.has_attribute("data-gewoon"))
                else {
                    return;
                };
                let action = event
                    .dyn_ref::<web_sys::SubmitEvent>()
                    .and_then(|submit| submit.submitter())
                    .and_then(|button| button.get_attribute("value"))
                    .unwrap_or_default();
                event.prevent_default();
                // Going back saves what is there without checks.
                if action == "terug" || !check(&form, &[], true) {
                    post_in_background(form, action, navigate.clone());
                } else if let Some(step) = step_of(&form) {
                    // From now on every field of the step shows its problems.
                    let mut touched = touched.borrow_mut();
                    for field in Field::of_step(step) {
                        if !touched.iter().any(|name| name == field.name()) {
                            touched.push(field.name().to_owned());
                        }
                    }
                }
            }
            _ => {
                if kind == "change" && in_direct_form(&event.target()) {
                    remember_focus(event.target());
                    crate::ui::submit_on_choice(event);
                    return;
                }
                if let Some((form, name)) = field_of(event.target()) {
                    if kind != "input" && !touched.borrow().contains(&name) {
                        touched.borrow_mut().push(name);
                    }
                    check(&form, &touched.borrow(), false);
                    if kind == "change" {
                        mark_chosen_wijken(&form);
                    }
                }
            }
        }
    }

    thread_local! {
        /// The id of the filter that was changed, to give it focus again
        /// once the page is drawn anew.
        static REFOCUS: RefCell<Option<String>> = const { RefCell::new(None) };
    }

    /// Whether an event happened in a filter form (`data-direct`, a GET
    /// form).
    fn in_direct_form(target: &Option<web_sys::EventTarget>) -> bool {
        target
            .as_ref()
            .and_then(|target| target.dyn_ref::<Element>())
            .and_then(|element| element.closest("form[data-direct]").ok().flatten())
            .is_some()
    }

    fn remember_focus(target: Option<web_sys::EventTarget>) {
        let id = target
            .and_then(|target| target.dyn_into::<Element>().ok())
            .map(|element| element.id())
            .filter(|id| !id.is_empty());
        REFOCUS.with(|refocus| *refocus.borrow_mut() = id);
    }

    /// After a filter's page is drawn anew, the filter that was changed
    /// has focus again, so a keyboard user goes on where they were.
    pub fn refocus_after_redraw() {
        let Some(id) = REFOCUS.with(|refocus| refocus.borrow_mut().take()) else {
            return;
        };
        request_animation_frame(move || {
            crate::ui::focus(document().get_element_by_id(&id));
        });
    }

    /// The text of a problem, drawn by the server into the page.
    fn message(problem: FieldProblem) -> Option<String> {
        document()
            .get_element_by_id(&problem.message_id())
            .and_then(|element| element.text_content())
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

    /// The form's fields as (name, value) pairs, with the button's `actie`.
    fn pairs_of(form: &HtmlFormElement, action: Option<&str>) -> Vec<(String, String)> {
        let mut pairs = crate::ui::form_pairs(form);
        if let Some(action) = action {
            pairs.push(("actie".to_owned(), action.to_owned()));
        }
        pairs
    }

    /// The step a form is for (`data-stap`).
    fn step_of(form: &HtmlFormElement) -> Option<Step> {
        form.get_attribute("data-stap")
            .and_then(|number| number.parse().ok())
            .and_then(Step::from_number)
    }

    /// Runs the step's checks on what the form holds now, and shows or
    /// clears the problems of the touched fields (of all fields with `all`,
    /// which also lists them on top, focused). Returns whether there are
    /// problems.
    fn check(form: &HtmlFormElement, touched: &[String], all: bool) -> bool {
        let Some(step) = step_of(form) else {
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
        for field in Field::of_step(step) {
            let name = field.name();
            // A field nobody has touched keeps what it shows (also a
            // problem the server drew that these checks cannot see).
            if !all && !touched.iter().any(|touched| touched == name) {
                continue;
            }
            let problem = problems.iter().find(|problem| problem.field == *field);
            show_problem(form, name, problem.and_then(|problem| message(*problem)));
        }
        if all && !problems.is_empty() {
            list_problems(form, &problems);
        }
        !problems.is_empty()
    }

    /// Shows or clears one field's problem, with `aria-invalid` to match
    /// (the field's `aria-describedby` always names the problem's place).
    fn show_problem(form: &HtmlFormElement, name: &str, message: Option<String>) {
        let Some(text) = document().get_element_by_id(&format!("{name}-fout")) else {
            return;
        };
        let has_problem = message.is_some();
        text.set_text_content(message.as_deref());
        set_flag(&text, "hidden", !has_problem);
        if let Ok(Some(frame)) = text.closest(".field") {
            let _ = frame
                .class_list()
                .toggle_with_force("field--problem", has_problem);
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
    fn list_problems(form: &HtmlFormElement, problems: &[FieldProblem]) {
        let document = document();
        let title = document
            .get_element_by_id("melding-kop")
            .and_then(|element| element.text_content())
            .unwrap_or_default();
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
                    escape(&message(*problem).unwrap_or_default())
                )
            })
            .collect();
        summary.set_inner_html(&format!(
            "<h2 id=\"problemen\" class=\"problem-summary__title\">{}</h2><ul>{items}</ul>",
            escape(&title)
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
                    // The router takes a path; the answer is a full address.
                    let origin = window().location().origin().unwrap_or_default();
                    let url = response.url();
                    navigate(
                        url.strip_prefix(&origin).unwrap_or(&url),
                        Default::default(),
                    );
                }
                _ => {
                    // The normal post, with the button's value; marked so
                    // that it is not taken over again.
                    let _ = form.set_attribute("data-gewoon", "");
                    let button = form
                        .query_selector(&format!("button[value=\"{action}\"]"))
                        .ok()
                        .flatten()
                        .and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok());
                    let _ = form.request_submit_with_submitter(button.as_ref());
                }
            }
        });
    }

    /// A link in the problem list puts the cursor in its field (the browser
    /// only scrolls there).
    fn focus_field_of_problem(target: Option<web_sys::EventTarget>) {
        let Some(link) = target
            .and_then(|target| target.dyn_into::<Element>().ok())
            .and_then(|element| element.closest(".problem-summary a").ok().flatten())
        else {
            return;
        };
        let id = link.get_attribute("href").unwrap_or_default();
        if let Some(id) = id.strip_prefix('#') {
            crate::ui::focus(document().get_element_by_id(id));
        }
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
            // Tell the form, as a click on the box would. (Not `click()`:
            // that would run this click listener again, inside itself.)
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
