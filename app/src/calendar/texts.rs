//! The texts of the agenda page, in Dutch (B1: short sentences, common
//! words) and English. The page is drawn on the server only, so these stay
//! out of the browser bundle.

use crate::i18n::Locale;

pub struct AgendaTexts {
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub when_legend: &'static str,
    /// The quick choices, in the order of `QuickPeriod::ALL`.
    pub quick: [&'static str; 4],
    pub own_dates: &'static str,
    pub from_label: &'static str,
    pub until_label: &'static str,
    pub age_label: &'static str,
    pub all_ages: &'static str,
    pub age_range: fn(i32, Option<i32>) -> String,
    pub practical_legend: &'static str,
    pub free_only: &'static str,
    pub wheelchair_only: &'static str,
    pub without_signup_only: &'static str,
    pub layout_label: &'static str,
    /// In the order of `AgendaLayout::ALL`.
    pub layouts: [&'static str; 3],
    pub results_heading: &'static str,
    pub found: fn(usize, bool) -> String,
    pub period: fn(&str, &str) -> String,
    pub period_cut: fn(u64) -> String,
    pub period_turned: &'static str,
    pub chosen: &'static str,
    pub empty: &'static str,
    pub empty_filtered: &'static str,
    pub previous_week: &'static str,
    pub next_week: &'static str,
    pub previous_month: &'static str,
    pub next_month: &'static str,
    pub week_caption: fn(u32, &str, &str) -> String,
    pub month_caption: fn(&str, i32) -> String,
    pub day_parts: [&'static str; 3],
    pub day_part_header: &'static str,
    pub nothing: &'static str,
    pub more_on_day: fn(usize) -> String,
    pub too_many_to_show: fn(usize) -> String,
    pub cancelled: &'static str,
    pub moved: &'static str,
    pub signup_needed: &'static str,
    pub wheelchair_yes: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub page_of: fn(u32) -> String,
    pub pages_label: &'static str,
    // The page of one activity.
    pub fact_when: &'static str,
    pub fact_where: &'static str,
    pub fact_access: &'static str,
    pub fact_cost: &'static str,
    pub fact_bring: &'static str,
    pub fact_signup: &'static str,
    pub fact_organiser: &'static str,
    pub wheelchair_no: &'static str,
    pub wheelchair_unknown: &'static str,
    pub cost_unknown: &'static str,
    pub signup_not_needed: &'static str,
    pub signup_with_capacity: fn(i32) -> String,
    pub cancelled_notice: &'static str,
    pub moved_notice: &'static str,
    pub no_dates: &'static str,
    pub other_dates: &'static str,
    pub no_other_dates: &'static str,
    // Calendar feeds.
    pub feed_heading: &'static str,
    pub feed_subscribe: &'static str,
    pub feed_download: &'static str,
    pub feed_hint: &'static str,
    pub add_to_calendar: &'static str,
    pub show_activities: &'static str,
    // A volunteer's page for the dates of one activity.
    pub manage_dates_title: fn(&str) -> String,
    pub manage_dates_link: fn(&str) -> String,
    pub manage_back: &'static str,
    pub manage_contents: &'static str,
    pub manage_intro: &'static str,
    pub manage_dates_heading: &'static str,
    pub manage_call_off: fn(&str) -> String,
    pub manage_put_back_button: fn(&str) -> String,
    pub manage_stop_heading: &'static str,
    pub manage_stop_intro: &'static str,
    pub manage_stop_button: &'static str,
    pub manage_called_off: &'static str,
    pub manage_put_back: &'static str,
    pub manage_stopped: &'static str,
    /// After a change, when mails went out: how many people hear of it.
    pub manage_mailed: fn(usize) -> String,
    pub manage_unknown_activity: &'static str,
    // Signing up.
    pub signup_heading: &'static str,
    pub places_left: fn(i32) -> String,
    pub full_waiting_list: &'static str,
    pub name_label: &'static str,
    pub email_label: &'static str,
    pub phone_label: &'static str,
    pub reach_hint: &'static str,
    pub people_label: &'static str,
    pub consent_legend: &'static str,
    pub consent_text: fn(i64) -> String,
    pub signup_button: &'static str,
    pub signup_closed: &'static str,
    pub problem_name_missing: &'static str,
    pub problem_name_too_long: &'static str,
    pub problem_no_way_to_reach: &'static str,
    pub problem_not_an_email: &'static str,
    pub problem_not_a_phone: &'static str,
    pub problem_people: fn(i32) -> String,
    pub problem_no_consent: &'static str,
    // The page of a sign-up, under its secret link.
    pub registration_title: &'static str,
    pub registration_confirmed: fn(&str, &str, i32) -> String,
    pub registration_waiting: fn(&str, &str) -> String,
    pub registration_cancelled: &'static str,
    pub registration_keep_link: &'static str,
    pub registration_cancel_button: &'static str,
    pub registration_retention: fn(i64) -> String,
    pub registration_not_found: &'static str,
    pub mail_subject_confirmed: fn(&str) -> String,
    pub mail_subject_waiting: fn(&str) -> String,
    pub mail_subject_moved_up: fn(&str) -> String,
    pub mail_body: fn(&str, &str, &str) -> String,
    pub mail_body_moved_up: fn(&str, &str) -> String,
    pub mail_subject_date_moved: fn(&str) -> String,
    /// Title, the old time, the new time.
    pub mail_body_date_moved: fn(&str, &str, &str) -> String,
    pub mail_subject_date_off: fn(&str) -> String,
    pub mail_body_date_off: fn(&str, &str) -> String,
    pub mail_subject_date_on: fn(&str) -> String,
    pub mail_body_date_on: fn(&str, &str) -> String,
    // The organiser's list.
    pub signups_summary: fn(i32, i32) -> String,
    pub signups_list: &'static str,
    pub signups_waiting: &'static str,
    pub signups_cancelled: &'static str,
}

impl Locale {
    pub fn agenda_texts(self) -> &'static AgendaTexts {
        match self {
            Locale::Nl => &NL,
            Locale::En => &EN,
        }
    }
}

/// The texts for the current request's language.
pub fn use_agenda_texts() -> &'static AgendaTexts {
    crate::i18n::current_locale().agenda_texts()
}

static NL: AgendaTexts = AgendaTexts {
    search_label: "Zoek een activiteit",
    search_hint: "Bijvoorbeeld: koffie, koken of wandelen",
    when_legend: "Wanneer?",
    quick: ["Vandaag", "Dit weekend", "Deze week", "Volgende week"],
    own_dates: "Zelf dagen kiezen",
    from_label: "Vanaf",
    until_label: "Tot en met",
    age_label: "Leeftijd",
    all_ages: "Alle leeftijden",
    age_range: |from, to| match to {
        Some(to) => format!("{from} t/m {to} jaar"),
        None => format!("{from} jaar en ouder"),
    },
    practical_legend: "Handig om te weten",
    free_only: "Gratis",
    wheelchair_only: "Toegankelijk met een rolstoel",
    without_signup_only: "Je hoeft je niet aan te melden",
    layout_label: "Hoe wil je de agenda zien?",
    layouts: ["Lijst", "Week", "Maand"],
    results_heading: "Activiteiten",
    found: |count, more| match (count, more) {
        (0, _) => "Geen activiteiten gevonden".to_owned(),
        (1, false) => "1 activiteit gevonden".to_owned(),
        (count, false) => format!("{count} activiteiten gevonden"),
        (count, true) => format!("Meer dan {count} activiteiten gevonden"),
    },
    period: |first, last| {
        if first == last {
            format!("Op {first}")
        } else {
            format!("Van {first} tot en met {last}")
        }
    },
    period_cut: |days| format!("We laten steeds hoogstens {days} dagen zien."),
    period_turned: "De einddatum lag voor de begindatum. We hebben ze omgedraaid.",
    chosen: "Je koos",
    empty: "Er staan in deze periode geen activiteiten in de agenda.",
    empty_filtered: "Er zijn geen activiteiten die passen bij je keuze. Kies minder filters of andere dagen.",
    previous_week: "Vorige week",
    next_week: "Volgende week",
    previous_month: "Vorige maand",
    next_month: "Volgende maand",
    week_caption: |week, first, last| format!("Week {week}: {first} tot en met {last}"),
    month_caption: |month, year| format!("{month} {year}"),
    day_parts: ["Ochtend", "Middag", "Avond"],
    day_part_header: "Dagdeel",
    nothing: "Niets",
    more_on_day: |count| format!("en nog {count}"),
    too_many_to_show: |count| {
        format!("Er zijn meer dan {count} activiteiten. Kies een filter om ze allemaal te zien.")
    },
    cancelled: "Gaat niet door",
    moved: "Andere tijd dan normaal",
    signup_needed: "Aanmelden nodig",
    wheelchair_yes: "Toegankelijk met een rolstoel",
    previous_page: "Vorige",
    next_page: "Volgende",
    page_of: |page| format!("Pagina {page}"),
    pages_label: "Pagina's",
    fact_when: "Wanneer",
    fact_where: "Waar",
    fact_access: "Toegankelijkheid",
    fact_cost: "Kosten",
    fact_bring: "Neem mee",
    fact_signup: "Aanmelden",
    fact_organiser: "Georganiseerd door",
    wheelchair_no: "Niet toegankelijk met een rolstoel",
    wheelchair_unknown: "We weten niet of het toegankelijk is met een rolstoel. Vraag het aan de organisatie.",
    cost_unknown: "Niet bekend. Vraag het aan de organisatie.",
    signup_not_needed: "Niet nodig. Je kunt gewoon komen.",
    signup_with_capacity: |capacity| {
        format!("Aanmelden is nodig. Er is plek voor {capacity} mensen.")
    },
    cancelled_notice: "Deze keer gaat de activiteit niet door.",
    moved_notice: "Let op: deze keer is de activiteit op een andere tijd dan normaal.",
    no_dates: "Er staat geen datum in de agenda.",
    other_dates: "Andere dagen",
    no_other_dates: "Er staan geen andere dagen in de agenda.",
    feed_heading: "In je eigen agenda",
    feed_subscribe: "Abonneer je op deze activiteiten",
    feed_download: "Download als bestand (.ics)",
    feed_hint: "Je agenda op je telefoon of computer laat dan vanzelf zien wat er verandert.",
    add_to_calendar: "Zet in je agenda (.ics)",
    show_activities: "Toon activiteiten",
    manage_dates_title: |title| format!("{title}: datums en gegevens"),
    manage_dates_link: |title| format!("Datums en gegevens van {title} aanpassen"),
    manage_back: "Terug naar je initiatief",
    manage_contents: "Op deze pagina",
    manage_intro: "Gaat een keer niet door? Zeg die dag dan hier af. Bewoners zien in de agenda dat het niet doorgaat. Wie de agenda in een eigen agenda-app heeft, ziet het daar ook.",
    manage_dates_heading: "De komende datums",
    manage_call_off: |date| format!("Zeg {date} af"),
    manage_put_back_button: |date| format!("{date} gaat toch door"),
    manage_stop_heading: "Stoppen met deze activiteit",
    manage_stop_intro: "Stop je met deze activiteit? Dan verdwijnen alle datums vanaf vandaag uit de agenda. Wat al geweest is, blijft staan. Is de activiteit voortaan op een andere dag, of vaker of minder vaak? Stop dan hier en voeg de activiteit opnieuw toe op de pagina van je initiatief.",
    manage_stop_button: "Stop vanaf vandaag",
    manage_called_off: "De datum is afgezegd.",
    manage_put_back: "De datum gaat weer door.",
    manage_stopped: "De activiteit is gestopt. Er staan geen nieuwe datums meer in de agenda.",
    manage_mailed: |people| match people {
        1 => "We sturen een e-mail naar 1 persoon die zich had aangemeld.".to_owned(),
        people => format!("We sturen een e-mail naar {people} mensen die zich hadden aangemeld."),
    },
    manage_unknown_activity: "Deze activiteit hoort niet bij je initiatief, of bestaat niet meer.",
    signup_heading: "Aanmelden",
    places_left: |places| match places {
        1 => "Er is nog 1 plek vrij.".to_owned(),
        places => format!("Er zijn nog {places} plekken vrij."),
    },
    full_waiting_list: "Het is vol. Meld je toch aan: dan kom je op de wachtlijst. Komt er een plek vrij, dan krijg je bericht.",
    name_label: "Je naam",
    email_label: "E-mailadres",
    phone_label: "Telefoonnummer",
    reach_hint: "Vul een e-mailadres of een telefoonnummer in, of allebei. Dan kan de organisatie je bereiken.",
    people_label: "Met hoeveel mensen kom je?",
    consent_legend: "Toestemming",
    consent_text: |days| {
        format!(
            "Ik vind het goed dat de organisatie mijn naam en contactgegevens ziet. {days} dagen na de activiteit worden ze gewist."
        )
    },
    signup_button: "Aanmelden",
    signup_closed: "Aanmelden voor deze dag kan niet meer.",
    problem_name_missing: "Vul je naam in.",
    problem_name_too_long: "Je naam is te lang. Gebruik niet meer dan 100 tekens.",
    problem_no_way_to_reach: "Vul een e-mailadres of een telefoonnummer in.",
    problem_not_an_email: "Dit is geen e-mailadres. Een e-mailadres ziet er zo uit: naam@voorbeeld.nl",
    problem_not_a_phone: "Dit is geen Nederlands telefoonnummer. Bijvoorbeeld: 06 12345678",
    problem_people: |max| format!("Vul een aantal in van 1 tot en met {max}."),
    problem_no_consent: "Zet een vinkje als je het goed vindt. Anders kun je je niet aanmelden.",
    registration_title: "Je aanmelding",
    registration_confirmed: |title, when, people| match people {
        1 => format!("Je bent aangemeld voor {title} op {when}."),
        people => format!("Je bent aangemeld voor {title} op {when}, met {people} mensen."),
    },
    registration_waiting: |title, when| {
        format!(
            "Je staat op de wachtlijst voor {title} op {when}. Komt er een plek vrij, dan krijg je bericht."
        )
    },
    registration_cancelled: "Je bent afgemeld. Je plek is vrij voor iemand anders.",
    registration_keep_link: "Bewaar deze pagina of de e-mail. Daarmee kun je je afmelden.",
    registration_cancel_button: "Afmelden",
    registration_retention: |days| format!("We wissen je gegevens {days} dagen na de activiteit."),
    registration_not_found: "Deze link werkt niet. Misschien is de activiteit al lang geleden en zijn de gegevens gewist.",
    mail_subject_confirmed: |title| format!("Je bent aangemeld: {title}"),
    mail_subject_waiting: |title| format!("Je staat op de wachtlijst: {title}"),
    mail_subject_moved_up: |title| format!("Er is plek voor je: {title}"),
    mail_body: |status, when, link| {
        format!(
            "{status}\n\nWanneer: {when}\n\nKun je toch niet? Meld je dan af via deze link:\n{link}\n"
        )
    },
    mail_body_moved_up: |status, when| {
        format!(
            "Goed nieuws: er is een plek vrijgekomen.\n\n{status}\n\nWanneer: {when}\n\nKun je toch niet? Meld je dan af met de link uit je eerste e-mail.\n"
        )
    },
    mail_subject_date_moved: |title| format!("Andere dag of tijd: {title}"),
    mail_body_date_moved: |title, was, now| {
        format!(
            "De organisatie heeft {title} verplaatst.\n\nEerst: {was}\nNu: {now}\n\nJe aanmelding blijft staan. Kun je dan niet? Meld je dan af met de link uit je eerste e-mail.\n"
        )
    },
    mail_subject_date_off: |title| format!("Gaat niet door: {title}"),
    mail_body_date_off: |title, when| {
        format!(
            "{title} op {when} gaat niet door. Dat laat de organisatie weten.\n\nJe hoeft niets te doen.\n"
        )
    },
    mail_subject_date_on: |title| format!("Gaat toch door: {title}"),
    mail_body_date_on: |title, when| {
        format!(
            "{title} op {when} gaat toch door. Je aanmelding staat nog.\n\nKun je niet? Meld je dan af met de link uit je eerste e-mail.\n"
        )
    },
    signups_summary: |people, waiting| match waiting {
        0 => format!("{people} aangemeld"),
        waiting => format!("{people} aangemeld, {waiting} op de wachtlijst"),
    },
    signups_list: "Wie komt er?",
    signups_waiting: "wachtlijst",
    signups_cancelled: "afgemeld",
};

static EN: AgendaTexts = AgendaTexts {
    search_label: "Search for an activity",
    search_hint: "For example: coffee, cooking or walking",
    when_legend: "When?",
    quick: ["Today", "This weekend", "This week", "Next week"],
    own_dates: "Choose days",
    from_label: "From",
    until_label: "Until",
    age_label: "Age",
    all_ages: "All ages",
    age_range: |from, to| match to {
        Some(to) => format!("{from} to {to} years"),
        None => format!("{from} years and older"),
    },
    practical_legend: "Good to know",
    free_only: "Free",
    wheelchair_only: "Wheelchair accessible",
    without_signup_only: "No need to sign up",
    layout_label: "How do you want to see the calendar?",
    layouts: ["List", "Week", "Month"],
    results_heading: "Activities",
    found: |count, more| match (count, more) {
        (0, _) => "No activities found".to_owned(),
        (1, false) => "1 activity found".to_owned(),
        (count, false) => format!("{count} activities found"),
        (count, true) => format!("More than {count} activities found"),
    },
    period: |first, last| {
        if first == last {
            format!("On {first}")
        } else {
            format!("From {first} until {last}")
        }
    },
    period_cut: |days| format!("We show at most {days} days at a time."),
    period_turned: "The end date was before the start date. We swapped them.",
    chosen: "You chose",
    empty: "There are no activities in the calendar in this period.",
    empty_filtered: "No activities match your choice. Choose fewer filters or other days.",
    previous_week: "Previous week",
    next_week: "Next week",
    previous_month: "Previous month",
    next_month: "Next month",
    week_caption: |week, first, last| format!("Week {week}: {first} to {last}"),
    month_caption: |month, year| format!("{month} {year}"),
    day_parts: ["Morning", "Afternoon", "Evening"],
    day_part_header: "Part of the day",
    nothing: "Nothing",
    more_on_day: |count| format!("and {count} more"),
    too_many_to_show: |count| {
        format!("There are more than {count} activities. Choose a filter to see them all.")
    },
    cancelled: "Cancelled",
    moved: "At a different time than usual",
    signup_needed: "Sign-up needed",
    wheelchair_yes: "Wheelchair accessible",
    previous_page: "Previous",
    next_page: "Next",
    page_of: |page| format!("Page {page}"),
    pages_label: "Pages",
    fact_when: "When",
    fact_where: "Where",
    fact_access: "Accessibility",
    fact_cost: "Cost",
    fact_bring: "Bring",
    fact_signup: "Sign-up",
    fact_organiser: "Organised by",
    wheelchair_no: "Not wheelchair accessible",
    wheelchair_unknown: "We do not know if it is wheelchair accessible. Ask the organisers.",
    cost_unknown: "Not known. Ask the organisers.",
    signup_not_needed: "Not needed. You can just come.",
    signup_with_capacity: |capacity| {
        format!("Sign-up is needed. There is room for {capacity} people.")
    },
    cancelled_notice: "This time the activity does not take place.",
    moved_notice: "Please note: this time the activity is at a different time than usual.",
    no_dates: "There is no date in the calendar.",
    other_dates: "Other days",
    no_other_dates: "There are no other days in the calendar.",
    feed_heading: "In your own calendar",
    feed_subscribe: "Subscribe to these activities",
    feed_download: "Download as a file (.ics)",
    feed_hint: "The calendar on your phone or computer then shows changes by itself.",
    add_to_calendar: "Add to my calendar (.ics)",
    show_activities: "Show activities",
    manage_dates_title: |title| format!("{title}: dates and details"),
    manage_dates_link: |title| format!("Change the dates and details of {title}"),
    manage_back: "Back to your initiative",
    manage_contents: "On this page",
    manage_intro: "Is it not on one time? Call that day off here. Residents see in the calendar that it does not take place, also in their own calendar app.",
    manage_dates_heading: "The coming dates",
    manage_call_off: |date| format!("Call off {date}"),
    manage_put_back_button: |date| format!("{date} takes place after all"),
    manage_stop_heading: "Stop this activity",
    manage_stop_intro: "Are you stopping this activity? Then all dates from today disappear from the calendar. What has been stays. Is the activity on another day from now on, or more or less often? Then stop here and add the activity again on your initiative's page.",
    manage_stop_button: "Stop from today",
    manage_called_off: "The date was called off.",
    manage_put_back: "The date takes place again.",
    manage_stopped: "The activity has stopped. No new dates are in the calendar.",
    manage_mailed: |people| match people {
        1 => "We are sending an e-mail to 1 person who signed up.".to_owned(),
        people => format!("We are sending an e-mail to {people} people who signed up."),
    },
    manage_unknown_activity: "This activity is not part of your initiative, or no longer exists.",
    signup_heading: "Sign up",
    places_left: |places| match places {
        1 => "There is 1 place left.".to_owned(),
        places => format!("There are {places} places left."),
    },
    full_waiting_list: "It is full. Sign up anyway to join the waiting list. If a place comes free, you will hear from us.",
    name_label: "Your name",
    email_label: "E-mail address",
    phone_label: "Phone number",
    reach_hint: "Fill in an e-mail address or a phone number, or both, so the organisers can reach you.",
    people_label: "How many people are coming?",
    consent_legend: "Consent",
    consent_text: |days| {
        format!(
            "I agree that the organisers see my name and contact details. They are erased {days} days after the activity."
        )
    },
    signup_button: "Sign up",
    signup_closed: "It is no longer possible to sign up for this day.",
    problem_name_missing: "Fill in your name.",
    problem_name_too_long: "Your name is too long. Use no more than 100 characters.",
    problem_no_way_to_reach: "Fill in an e-mail address or a phone number.",
    problem_not_an_email: "This is not an e-mail address. An e-mail address looks like this: name@example.nl",
    problem_not_a_phone: "This is not a Dutch phone number. For example: 06 12345678",
    problem_people: |max| format!("Fill in a number from 1 to {max}."),
    problem_no_consent: "Tick the box if you agree. Otherwise you cannot sign up.",
    registration_title: "Your sign-up",
    registration_confirmed: |title, when, people| match people {
        1 => format!("You are signed up for {title} on {when}."),
        people => format!("You are signed up for {title} on {when}, with {people} people."),
    },
    registration_waiting: |title, when| {
        format!(
            "You are on the waiting list for {title} on {when}. If a place comes free, you will hear from us."
        )
    },
    registration_cancelled: "You have cancelled. Your place is free for someone else.",
    registration_keep_link: "Keep this page or the e-mail. With it you can cancel.",
    registration_cancel_button: "Cancel my sign-up",
    registration_retention: |days| format!("We erase your details {days} days after the activity."),
    registration_not_found: "This link does not work. Perhaps the activity was long ago and the details were erased.",
    mail_subject_confirmed: |title| format!("You are signed up: {title}"),
    mail_subject_waiting: |title| format!("You are on the waiting list: {title}"),
    mail_subject_moved_up: |title| format!("There is a place for you: {title}"),
    mail_body: |status, when, link| {
        format!(
            "{status}\n\nWhen: {when}\n\nCan you not come after all? Cancel with this link:\n{link}\n"
        )
    },
    mail_body_moved_up: |status, when| {
        format!(
            "Good news: a place has come free.\n\n{status}\n\nWhen: {when}\n\nCan you not come after all? Cancel with the link in your first e-mail.\n"
        )
    },
    mail_subject_date_moved: |title| format!("New day or time: {title}"),
    mail_body_date_moved: |title, was, now| {
        format!(
            "The organisers have moved {title}.\n\nBefore: {was}\nNow: {now}\n\nYour sign-up stays. Can you not come then? Cancel with the link in your first e-mail.\n"
        )
    },
    mail_subject_date_off: |title| format!("Called off: {title}"),
    mail_body_date_off: |title, when| {
        format!(
            "{title} on {when} will not take place. The organisers let us know.\n\nYou do not need to do anything.\n"
        )
    },
    mail_subject_date_on: |title| format!("Going ahead after all: {title}"),
    mail_body_date_on: |title, when| {
        format!(
            "{title} on {when} goes ahead after all. Your sign-up still stands.\n\nCan you not come? Cancel with the link in your first e-mail.\n"
        )
    },
    signups_summary: |people, waiting| match waiting {
        0 => format!("{people} signed up"),
        waiting => format!("{people} signed up, {waiting} on the waiting list"),
    },
    signups_list: "Who is coming?",
    signups_waiting: "waiting list",
    signups_cancelled: "cancelled",
};
