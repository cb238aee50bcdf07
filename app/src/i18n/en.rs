//! English, plain language: short sentences and common words.

use super::{InfoSection, Messages};

pub const EN: Messages = Messages {
    skip_to_content: "Skip to main content",
    main_navigation: "Main menu",
    nav_map: "Map",
    nav_calendar: "Calendar",
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

    today: "Today",
    tomorrow: "Tomorrow",
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
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
    clock_time: |hour, minute| format!("{hour:02}:{minute:02}"),
    time_range: |start, end| format!("{start} – {end}"),
    price: |cents| {
        let euros = cents / 100;
        let rest = cents % 100;
        format!("€{euros}.{rest:02}")
    },
    free: "Free",
    for_target_group: |group| format!("For: {group}"),
    organised_by: |name| format!("By {name}"),

    map_title: "Community map",
    map_intro: "All initiatives by residents and volunteers in one place.",
    map_empty: "There are no initiatives on the map yet.",
    initiatives_found: |count| match count {
        1 => "1 initiative".to_owned(),
        n => format!("{n} initiatives"),
    },
    looking_for_volunteers: "Looking for volunteers",

    calendar_title: "Calendar",
    calendar_intro: "Activities in the next two weeks.",
    first_activities: |count| format!("These are the first {count} activities."),
    calendar_empty: "There are no activities in the next two weeks.",

    register_title: "Register an initiative",
    register_intro: "Do you organise something for your neighbourhood? Put it on the community map, so residents and professionals can find you.",
    register_not_yet: "You cannot register through this website yet. This is coming soon.",

    professionals_title: "For professionals",
    professionals_intro: "Do you work for the municipality or for a welfare or care organisation? Soon you can log in here. You will see which initiatives there are, where and for whom.",
    professionals_not_yet: "Logging in is not possible yet. This is coming soon.",

    privacy_title: "Privacy statement",
    privacy_intro: "Read which data Buurtkracht keeps, why, and for how long.",
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
                "We do not use cookies to follow you.",
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

    not_found_title: "This page does not exist",
    not_found_body: "Maybe the page has moved, or the address is not right.",
    error_title: "Something went wrong",
    error_body: "It is not your fault. Please try again in a few minutes.",
    go_home: "Go to the home page",
    request_too_large_title: "That is too much at once",
    request_too_large_body: "You sent more data than this website accepts at once. Make your text shorter or send fewer files. Then go back and try again.",
    cross_site_title: "This form came from another website",
    cross_site_body: "For your safety we only accept forms that you fill in on this website. Go to the page and fill in the form there.",
};
