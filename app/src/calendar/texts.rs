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
};
