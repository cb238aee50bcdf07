//! English, plain language: short sentences and common words.

#[cfg(feature = "ssr")]
use super::InfoSection;
use super::Messages;

pub const EN: Messages = Messages {
    skip_to_content: "Skip to main content",
    main_navigation: "Main menu",
    nav_map: "Map",
    nav_calendar: "Calendar",
    nav_wijken: "Neighbourhoods",
    nav_register: "Register an initiative",
    nav_professionals: "For professionals",
    switch_to_other_language: "Nederlands",
    footer_heading: "About this website",
    footer_about: "Buurtkracht shows what residents and volunteers organise in their neighbourhood.",
    privacy_link: "Privacy statement",
    accessibility_link: "Accessibility statement",
    map_attribution: "Neighbourhood boundaries: CBS / PDOK, Wijk- en Buurtkaart 2023, licence CC-BY 4.0.",
    open_source_note: "Buurtkracht is open-source software.",
    demo_badge: "Example",
    demo_notice: "This website now shows example data. Initiatives and activities labelled ‘Example’ do not really exist.",
    loading: "Loading…",

    home_title: "What's on in your neighbourhood?",
    home_intro: |municipality| {
        match municipality {
        Some(name) => format!(
            "See what residents and volunteers in {name} organise. Find out what's on this week, or look for something near you."
        ),
        None => "See what residents and volunteers organise. Find out what's on this week, or look for something near you.".to_owned(),
    }
    },
    choose_wijk_heading: "Choose your neighbourhood",
    all_wijken: "All neighbourhoods",
    this_week_heading: "This week",
    this_week_in: |wijk| format!("This week in {wijk}"),
    this_week_empty: "Nothing is planned for this week yet.",
    this_week_empty_in_wijk: "Nothing is planned in this neighbourhood this week yet. Have a look at all neighbourhoods too.",
    more_this_week: "There is more on this week. Have a look at the calendar.",
    see_full_calendar: "See the full calendar",
    find_on_map: "Find initiatives on the map",

    #[cfg(feature = "ssr")]
    today: "Today",
    #[cfg(feature = "ssr")]
    tomorrow: "Tomorrow",
    #[cfg(feature = "ssr")]
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    #[cfg(feature = "ssr")]
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    #[cfg(feature = "ssr")]
    clock_time: |hour, minute| format!("{hour:02}:{minute:02}"),
    #[cfg(feature = "ssr")]
    time_range: |start, end| format!("{start} – {end}"),
    #[cfg(feature = "ssr")]
    price: |cents| {
        let euros = cents / 100;
        let rest = cents % 100;
        format!("€{euros}.{rest:02}")
    },
    #[cfg(feature = "ssr")]
    free: "Free",
    #[cfg(feature = "ssr")]
    for_target_group: |group| format!("For: {group}"),
    #[cfg(feature = "ssr")]
    organised_by: |name| format!("By {name}"),

    map_title: "Community map",
    map_intro: "All initiatives by residents and volunteers in one place.",
    #[cfg(feature = "ssr")]
    map_empty: "There are no initiatives on the map yet.",
    #[cfg(feature = "ssr")]
    initiatives_found: |count| match count {
        1 => "1 initiative".to_owned(),
        n => format!("{n} initiatives"),
    },
    #[cfg(feature = "ssr")]
    looking_for_volunteers: "Looking for volunteers",
    directory_tabs_label: "What do you want to see?",
    tab_initiatives: "Initiatives",
    tab_organisations: "Organisations",
    filters_heading: "Search and choose",
    #[cfg(feature = "ssr")]
    search_label: "Search by name or description",
    #[cfg(feature = "ssr")]
    search_hint: "For example: coffee, homework or walking.",
    #[cfg(feature = "ssr")]
    show_results: "Show initiatives",
    #[cfg(feature = "ssr")]
    clear_filters: "Clear all choices",
    #[cfg(feature = "ssr")]
    filter_area: "Neighbourhood",
    #[cfg(feature = "ssr")]
    filter_target_group: "For whom",
    #[cfg(feature = "ssr")]
    filter_theme: "Theme",
    #[cfg(feature = "ssr")]
    filter_language: "Language",
    #[cfg(feature = "ssr")]
    filter_volunteers: "Only initiatives looking for volunteers",
    #[cfg(feature = "ssr")]
    filter_text: "search words",
    initiatives_found_status: |count| match count {
        0 => "No initiatives found".to_owned(),
        1 => "1 initiative found".to_owned(),
        n => format!("{n} initiatives found"),
    },
    #[cfg(feature = "ssr")]
    no_results: "We found no initiatives with these choices.",
    #[cfg(feature = "ssr")]
    loosen_intro: "Try it with fewer choices:",
    #[cfg(feature = "ssr")]
    without_filter: |filter, count| match count {
        1 => format!("Without ‘{filter}’: 1 initiative"),
        n => format!("Without ‘{filter}’: {n} initiatives"),
    },
    #[cfg(feature = "ssr")]
    ignored_filter_note: "We did not recognise part of the address, so we skipped it.",
    #[cfg(feature = "ssr")]
    query_cut_note: |max| {
        format!("Your search words were too long. We search for the first {max} characters.")
    },
    results_heading: "Results",
    #[cfg(feature = "ssr")]
    pages_label: "Pages",
    #[cfg(feature = "ssr")]
    previous_page: "Previous page",
    #[cfg(feature = "ssr")]
    next_page: "Next page",
    #[cfg(feature = "ssr")]
    page_of: |page, pages| format!("Page {page} of {pages}"),
    #[cfg(feature = "ssr")]
    next_activity: |date, time, title| format!("Next time: {date}, {time}: {title}"),
    map_heading: "Map of the neighbourhoods",
    map_explanation: "Choose a neighbourhood on the map. Each one shows how many initiatives there are.",
    #[cfg(feature = "ssr")]
    map_link_label: |wijk, count| match count {
        1 => format!("{wijk}: 1 initiative"),
        n => format!("{wijk}: {n} initiatives"),
    },
    #[cfg(feature = "ssr")]
    organisations_title: "Organisations",
    organisations_page_title: "Organisations on the community map",
    organisations_intro: "Organisations in the municipality that work with residents and volunteers.",
    #[cfg(feature = "ssr")]
    organisation_kind: |kind| match kind {
        "municipality" => "Municipality",
        "welfare" => "Welfare",
        "care" => "Care",
        "library" => "Library",
        "culture" => "Culture",
        "youth" => "Youth",
        _ => "Organisation",
    },
    back_to_map: "Back to the community map",
    #[cfg(feature = "ssr")]
    detail_about: "What is it?",
    #[cfg(feature = "ssr")]
    detail_for_whom: "For whom",
    #[cfg(feature = "ssr")]
    detail_themes: "Themes",
    #[cfg(feature = "ssr")]
    detail_where: "Where",
    #[cfg(feature = "ssr")]
    detail_meeting_place: "Place",
    #[cfg(feature = "ssr")]
    detail_languages: "Languages",
    #[cfg(feature = "ssr")]
    detail_volunteers_welcome: "Would you like to help? Get in touch.",
    #[cfg(feature = "ssr")]
    detail_upcoming: "What is coming up?",
    #[cfg(feature = "ssr")]
    detail_no_upcoming: "There are no activities in the calendar right now.",
    #[cfg(feature = "ssr")]
    detail_contact: "Get in touch",
    #[cfg(feature = "ssr")]
    detail_no_contact: "This initiative has no public contact details.",
    #[cfg(feature = "ssr")]
    detail_updated: |date| format!("Last updated: {date}"),
    #[cfg(feature = "ssr")]
    contact_email: "Email:",
    #[cfg(feature = "ssr")]
    contact_phone: "Call:",
    #[cfg(feature = "ssr")]
    contact_website: "Website:",
    #[cfg(feature = "ssr")]
    contact_whatsapp: "WhatsApp:",
    #[cfg(feature = "ssr")]
    language_name: |code| match code {
        "nl" => Some("Dutch"),
        "en" => Some("English"),
        "ar" => Some("Arabic"),
        "tr" => Some("Turkish"),
        "pl" => Some("Polish"),
        "uk" => Some("Ukrainian"),
        "ti" => Some("Tigrinya"),
        "so" => Some("Somali"),
        "fa" => Some("Persian (Farsi)"),
        "de" => Some("German"),
        "fr" => Some("French"),
        "es" => Some("Spanish"),
        "pap" => Some("Papiamento"),
        _ => None,
    },

    calendar_title: "Calendar",
    calendar_intro: "Activities in the next two weeks.",
    first_activities: |count| format!("These are the first {count} activities."),
    calendar_empty: "There are no activities in the next two weeks.",

    #[cfg(feature = "ssr")]
    register_title: "Register an initiative",

    professionals_title: "For professionals",
    #[cfg(feature = "ssr")]
    professionals_intro: "Do you work at the municipality or at a welfare or care organisation? Sign in with the account an administrator gave you.",
    #[cfg(feature = "ssr")]
    professionals_not_yet: "The dashboard shows what initiatives need. More parts are on their way.",

    privacy_title: "Privacy statement",
    privacy_intro: "Read which data Buurtkracht keeps, why, and for how long.",
    #[cfg(feature = "ssr")]
    privacy_sections: &[
        InfoSection {
            heading: "What is on this website?",
            paragraphs: &[
                "Information about initiatives and their activities: the name, a description, the neighbourhood, who it is for and one way to get in touch.",
                "The initiative decides what is public. A professional checks the information before it appears on the website.",
            ],
        },
        InfoSection {
            heading: "Cookies",
            paragraphs: &[
                "We use one cookie. It is called ‘taal’ (language). It only says whether you want to see the website in Dutch or in English. The cookie is kept for one year.",
                "Professionals who sign in also get a cookie called ‘sessie’ (session). It keeps them signed in. The cookie is gone when they sign out or close the browser.",
                "We do not use cookies to follow you.",
            ],
        },
        InfoSection {
            heading: "Accounts of professionals",
            paragraphs: &[
                "For professionals with an account we keep the email address, the name, the organisation and the role. We keep the password only in encrypted form. Nobody can read it.",
                "We record who signs in and who changes something. This log is there for security. Only administrators can read it.",
                "Does a professional turn on two-step verification? Then we also keep the key for the app and the recovery codes. The recovery codes are made unreadable.",
                "We keep an email with a link (an invitation or a new password) until it has been sent.",
                "An administrator can download or erase all data that belongs to an email address. We then only keep the fact that something was erased, not what.",
                "A session ends after 30 minutes without use and always after 12 hours. We keep failed attempts to sign in for 15 minutes, with the email address and IP address made unreadable.",
            ],
        },
        InfoSection {
            heading: "We do not track you",
            paragraphs: &[
                "We do not keep track of who visits the website. The website loads nothing from other websites: no fonts, no maps and no statistics.",
            ],
        },
        InfoSection {
            heading: "How long do we keep data?",
            paragraphs: &[
                "An initiative stays on the website as long as it is active. When the initiative stops, we take it off the website.",
            ],
        },
        InfoSection {
            heading: "Your rights",
            paragraphs: &[
                "You may ask which data we have about you. You may also ask us to change or delete it.",
            ],
        },
    ],
    accessibility_title: "Accessibility statement",
    accessibility_intro: "Everyone should be able to use Buurtkracht, including people with a disability.",
    #[cfg(feature = "ssr")]
    accessibility_sections: &[
        InfoSection {
            heading: "Which standard do we follow?",
            paragraphs: &[
                "We follow WCAG 2.1, level AA. This is the standard for government websites.",
            ],
        },
        InfoSection {
            heading: "What do we do for this?",
            paragraphs: &[
                "Every page works without JavaScript and with only a keyboard.",
                "The website works well on a phone and with a screen reader.",
                "We check every page automatically with the test program axe.",
                "We write in plain language.",
            ],
        },
        InfoSection {
            heading: "What is not ready yet?",
            paragraphs: &["An independent expert has not yet reviewed the website."],
        },
        InfoSection {
            heading: "Does something not work?",
            paragraphs: &[
                "Please let us know. Tell us on which page the problem is and what goes wrong. Then we will fix it.",
            ],
        },
    ],
    contact_us: |email| format!("Email us: {email}"),

    sign_in_title: "Sign in",
    #[cfg(feature = "ssr")]
    sign_in_intro: "For staff of the municipality and of welfare and care organisations. Residents and volunteers do not need an account.",
    #[cfg(feature = "ssr")]
    email_label: "Email address",
    #[cfg(feature = "ssr")]
    password_label: "Password",
    #[cfg(feature = "ssr")]
    sign_in_button: "Sign in",
    #[cfg(feature = "ssr")]
    sign_out_button: "Sign out",
    #[cfg(feature = "ssr")]
    form_has_problems: "Something is not right. Please check:",
    #[cfg(feature = "ssr")]
    email_missing: "Enter your email address.",
    #[cfg(feature = "ssr")]
    password_missing: "Enter your password.",
    #[cfg(feature = "ssr")]
    sign_in_not_recognised: "This email address and password do not match. Check that you typed them correctly.",
    #[cfg(feature = "ssr")]
    sign_in_too_many_tries: |minutes| {
        format!(
            "Too many wrong passwords. Try again in {minutes} {}.",
            if minutes == 1 { "minute" } else { "minutes" }
        )
    },
    #[cfg(feature = "ssr")]
    password_is_set: "Your password has been set. You can sign in now.",
    #[cfg(feature = "ssr")]
    signed_in_as: |name| format!("You are signed in as {name}."),
    #[cfg(feature = "ssr")]
    signed_out: "You have signed out.",
    set_password_title: "Set your password",
    #[cfg(feature = "ssr")]
    set_password_intro: |email| format!("Choose a password for the account {email}."),
    #[cfg(feature = "ssr")]
    new_password_label: "New password",
    #[cfg(feature = "ssr")]
    new_password_hint: "At least 12 characters. A sentence of a few words is easy to remember.",
    #[cfg(feature = "ssr")]
    repeat_password_label: "Repeat the password",
    #[cfg(feature = "ssr")]
    set_password_button: "Save password",
    #[cfg(feature = "ssr")]
    password_too_short: "Choose a password of at least 12 characters.",
    #[cfg(feature = "ssr")]
    password_too_long: "Choose a password of at most 128 characters.",
    #[cfg(feature = "ssr")]
    password_like_email: "Choose a password that is not your email address.",
    #[cfg(feature = "ssr")]
    password_too_common: "Many people use this password. It is easy to guess. Choose something else, for example a sentence of a few words.",
    #[cfg(feature = "ssr")]
    passwords_differ: "The two passwords are not the same. Type them again.",
    #[cfg(feature = "ssr")]
    link_not_valid: "This link no longer works. A link works once and for three days. Ask for a new link with ‘Forgot your password?’, or ask an administrator.",
    second_factor_title: "Enter your code",
    forgot_password_title: "Forgot your password",
    two_factor_title: "Two-step verification",
    audit_log_title: "Audit log",
    privacy_requests_title: "Privacy requests",
    forbidden_title: "No access",
    forbidden_body: "This page is only for professionals with the right role. Do you have that role? Then sign in.",
    admin_accounts_title: "Accounts",
    admin_account_title: "Account",
    #[cfg(feature = "ssr")]
    manage_accounts: "View accounts",
    #[cfg(feature = "ssr")]
    accounts_caption: "All accounts of professionals",
    #[cfg(feature = "ssr")]
    column_name: "Name",
    #[cfg(feature = "ssr")]
    column_email: "Email address",
    #[cfg(feature = "ssr")]
    column_organisation: "Organisation",
    #[cfg(feature = "ssr")]
    column_role: "Role",
    #[cfg(feature = "ssr")]
    column_password_set: "Password set",
    #[cfg(feature = "ssr")]
    yes: "Yes",
    #[cfg(feature = "ssr")]
    no: "No",
    #[cfg(feature = "ssr")]
    role_admin: "Administrator",
    #[cfg(feature = "ssr")]
    role_professional: "Professional",
    not_found_title: "This page does not exist",
    not_found_body: "Maybe the page has moved, or the address is not right.",
    error_title: "Something went wrong",
    error_body: "It is not your fault. Please try again in a few minutes.",
    go_home: "Go to the home page",
    #[cfg(feature = "ssr")]
    request_too_large_title: "That is too much at once",
    #[cfg(feature = "ssr")]
    request_too_large_body: "You sent more data than this website accepts at once. Make your text shorter or send fewer files. Then go back and try again.",
    #[cfg(feature = "ssr")]
    wrong_method_title: "This address is for a form",
    #[cfg(feature = "ssr")]
    wrong_method_body: "A form sends its details to this address. You cannot open it as a page. Go back to the previous page and try again there.",
    #[cfg(feature = "ssr")]
    cross_site_title: "This form came from another website",
    #[cfg(feature = "ssr")]
    cross_site_body: "For your safety we only accept forms that you fill in on this website. Go to the page and fill in the form there.",
};
