//! Every text of the intake, the beheer pages and the review queue, in
//! Dutch (B1: short sentences, common words) and English.
//!
//! Everything is drawn on the server only, so it stays out of the browser
//! bundle; the browser's checks as you type read their messages from the
//! page (see `FieldProblem::message_id`).

#[cfg(feature = "ssr")]
use super::types::{Field, Problem};
#[cfg(feature = "ssr")]
use crate::i18n::Locale;

/// The message for a problem with a field, in the user's language. (The
/// browser reads these from the page: see `FieldProblem::message_id`.)
#[cfg(feature = "ssr")]
pub fn problem_message(locale: Locale, field: Field, problem: Problem) -> String {
    match locale {
        Locale::Nl => problem_nl(field, problem),
        Locale::En => problem_en(field, problem),
    }
}

#[cfg(feature = "ssr")]
fn problem_nl(field: Field, problem: Problem) -> String {
    let text = match (problem, field) {
        (Problem::Missing, Field::Name) => "Vul de naam van je initiatief in.",
        (Problem::Missing, Field::Summary) => "Schrijf in een of twee zinnen wat jullie doen.",
        (Problem::Missing, Field::Kind) => "Kies wat voor initiatief het is.",
        (Problem::Missing, Field::Description) => "Vertel wat jullie meestal doen.",
        (Problem::Missing, Field::ActivityTitle) => "Geef de activiteit een naam.",
        (Problem::Missing, Field::ActivityDate) => "Vul de datum in.",
        (Problem::Missing, Field::ActivityStart) => "Vul de begintijd in.",
        (Problem::Missing, Field::ActivityEnd) => "Vul de eindtijd in.",
        (Problem::Missing, Field::ActivityPlace) => "Vul in waar het is.",
        (Problem::Missing, Field::ActivityRepeat) => "Kies hoe vaak het is.",
        (Problem::Missing, Field::ContactName) => "Vul de naam van de contactpersoon in.",
        (Problem::Missing, Field::PreferredChannel) => "Kies hoe we je het best kunnen bereiken.",
        (Problem::Missing, Field::PublicContact) => "Kies wat we op de website mogen laten zien.",
        (Problem::Missing, _) => "Vul dit in.",
        (Problem::NoneChosen, Field::Areas) => "Kies minstens één wijk of buurt.",
        (Problem::NoneChosen, _) => "Kies minstens één groep.",
        (Problem::TooShort(min), _) => {
            return format!("Dit is te kort. Gebruik minstens {min} tekens.");
        }
        (Problem::TooLong(max), _) => {
            return format!("Dit is te lang. Gebruik niet meer dan {max} tekens.");
        }
        (Problem::NotAChoice, _) => "Kies een van de mogelijkheden.",
        (Problem::NotAnEmail, _) => {
            "Dit is geen e-mailadres. Een e-mailadres ziet er zo uit: naam@voorbeeld.nl"
        }
        (Problem::NotAPhone, _) => {
            "Dit is geen Nederlands telefoonnummer. Bijvoorbeeld: 06 12345678"
        }
        (Problem::NotAWebsite, _) => {
            "Dit is geen adres van een website. Bijvoorbeeld: www.voorbeeld.nl"
        }
        (Problem::NotADate, Field::ActivityLastDay) => {
            "Deze datum bestaat niet. Kies een dag, of laat het vak leeg."
        }
        (Problem::EndBeforeStart, Field::ActivityLastDay) => {
            "De laatste dag moet na de eerste datum liggen."
        }
        (Problem::NotADate, _) => "Deze datum bestaat niet.",
        (Problem::DateInPast, _) => "Deze datum is al voorbij. Kies een datum vanaf vandaag.",
        (Problem::NotATime, _) => "Schrijf de tijd zo: 14:30.",
        (Problem::EndBeforeStart, _) => "De eindtijd moet later zijn dan de begintijd.",
        (Problem::NoWayToReach, _) => "Vul een e-mailadres of een telefoonnummer in. Of allebei.",
        (Problem::NeedsEmail, _) => "Vul dan ook een e-mailadres in.",
        (Problem::NeedsPhone, _) => "Vul dan ook een telefoonnummer in.",
        (Problem::NeedsWebsite, _) => "Vul dan ook het adres van de website in.",
        (Problem::NothingAndSomething, _) => {
            "Je koos ‘Nu niets’ en ook iets anders. Kies een van de twee."
        }
        (Problem::ConsentMissing, Field::ConsentStore) => {
            "We kunnen je aanmelding alleen bewaren als je dit goed vindt. Zet het vinkje."
        }
        (Problem::ConsentMissing, _) => {
            "We kunnen je initiatief alleen op de kaart zetten als je dit goed vindt. Zet het vinkje."
        }
    };
    text.to_owned()
}

#[cfg(feature = "ssr")]
fn problem_en(field: Field, problem: Problem) -> String {
    let text = match (problem, field) {
        (Problem::Missing, Field::Name) => "Fill in the name of your initiative.",
        (Problem::Missing, Field::Summary) => "Write in one or two sentences what you do.",
        (Problem::Missing, Field::Kind) => "Choose what kind of initiative it is.",
        (Problem::Missing, Field::Description) => "Tell us what you usually do.",
        (Problem::Missing, Field::ActivityTitle) => "Give the activity a name.",
        (Problem::Missing, Field::ActivityDate) => "Fill in the date.",
        (Problem::Missing, Field::ActivityStart) => "Fill in the start time.",
        (Problem::Missing, Field::ActivityEnd) => "Fill in the end time.",
        (Problem::Missing, Field::ActivityPlace) => "Fill in where it is.",
        (Problem::Missing, Field::ActivityRepeat) => "Choose how often it is.",
        (Problem::Missing, Field::ContactName) => "Fill in the name of the contact person.",
        (Problem::Missing, Field::PreferredChannel) => "Choose how we can best reach you.",
        (Problem::Missing, Field::PublicContact) => "Choose what we may show on the website.",
        (Problem::Missing, _) => "Fill this in.",
        (Problem::NoneChosen, Field::Areas) => "Choose at least one wijk or buurt.",
        (Problem::NoneChosen, _) => "Choose at least one group.",
        (Problem::TooShort(min), _) => {
            return format!("This is too short. Use at least {min} characters.");
        }
        (Problem::TooLong(max), _) => {
            return format!("This is too long. Use no more than {max} characters.");
        }
        (Problem::NotAChoice, _) => "Choose one of the options.",
        (Problem::NotAnEmail, _) => {
            "This is not an e-mail address. An e-mail address looks like this: name@example.nl"
        }
        (Problem::NotAPhone, _) => "This is not a Dutch phone number. For example: 06 12345678",
        (Problem::NotAWebsite, _) => {
            "This is not the address of a website. For example: www.example.nl"
        }
        (Problem::NotADate, Field::ActivityLastDay) => {
            "This date does not exist. Choose a day, or leave the box empty."
        }
        (Problem::EndBeforeStart, Field::ActivityLastDay) => {
            "The last day must be after the first date."
        }
        (Problem::NotADate, _) => "This date does not exist.",
        (Problem::DateInPast, _) => "This date has passed. Choose a date from today.",
        (Problem::NotATime, _) => "Write the time like this: 14:30.",
        (Problem::EndBeforeStart, _) => "The end time must be later than the start time.",
        (Problem::NoWayToReach, _) => "Fill in an e-mail address or a phone number. Or both.",
        (Problem::NeedsEmail, _) => "Then also fill in an e-mail address.",
        (Problem::NeedsPhone, _) => "Then also fill in a phone number.",
        (Problem::NeedsWebsite, _) => "Then also fill in the address of the website.",
        (Problem::NothingAndSomething, _) => {
            "You chose ‘Nothing right now’ and something else. Choose one of the two."
        }
        (Problem::ConsentMissing, Field::ConsentStore) => {
            "We can only keep your registration if you agree. Tick the box."
        }
        (Problem::ConsentMissing, _) => {
            "We can only put your initiative on the map if you agree. Tick the box."
        }
    };
    text.to_owned()
}

/// The texts of the pages, drawn on the server.
#[cfg(feature = "ssr")]
pub struct IntakeTexts {
    pub intro: &'static str,
    pub intro_points: [&'static str; 3],
    pub have_a_link: &'static str,
    pub lost_manage_link: &'static str,
    pub steps_label: &'static str,
    pub step_of: fn(u8, u8) -> String,
    pub step_titles: [&'static str; 6],
    pub step_done: &'static str,
    pub step_current: &'static str,
    pub next_button: &'static str,
    pub previous_button: &'static str,
    pub save_and_check_button: &'static str,
    pub send_button: &'static str,
    pub saved_note: &'static str,
    pub resume_link_intro: &'static str,
    pub draft_not_found_title: &'static str,
    pub draft_not_found_body: &'static str,
    pub draft_sent_title: &'static str,
    pub draft_sent_body: &'static str,
    pub start_again: &'static str,
    pub honeypot_label: &'static str,

    pub name_label: &'static str,
    pub name_hint: &'static str,
    pub summary_label: &'static str,
    pub summary_hint: &'static str,
    pub kind_legend: &'static str,
    pub kind_label: fn(&str) -> &'static str,

    pub areas_legend: &'static str,
    pub areas_hint: &'static str,
    pub whole_wijk: fn(&str) -> String,
    pub target_groups_legend: &'static str,
    pub themes_legend: &'static str,
    pub themes_hint: &'static str,
    pub languages_legend: &'static str,
    pub languages_hint: &'static str,
    pub map_picker_label: &'static str,

    pub description_label: &'static str,
    pub description_hint: &'static str,
    pub activity_legend: &'static str,
    pub activity_hint: &'static str,
    pub new_activity_legend: &'static str,
    pub activity_title_label: &'static str,
    pub activity_date_label: &'static str,
    pub activity_start_label: &'static str,
    pub activity_end_label: &'static str,
    pub activity_place_label: &'static str,
    pub activity_place_hint: &'static str,
    pub repeat_legend: &'static str,
    pub repeat_label: fn(&str) -> &'static str,
    pub last_day_label: &'static str,
    pub last_day_hint: &'static str,
    /// How often, with the last day: "Elke week, tot en met 2027-06-30".
    pub repeat_until: fn(&str, &str) -> String,

    pub needs_legend: &'static str,
    pub needs_hint: &'static str,
    pub need_label: fn(&str) -> &'static str,
    pub no_needs_label: &'static str,
    pub needs_note_label: &'static str,
    pub needs_note_hint: &'static str,

    pub contact_intro: &'static str,
    pub contact_name_label: &'static str,
    pub contact_email_label: &'static str,
    pub contact_phone_label: &'static str,
    pub contact_reach_hint: &'static str,
    pub reach_term: &'static str,
    pub channel_legend: &'static str,
    pub channel_label: fn(&str) -> &'static str,
    pub contact_language_legend: &'static str,
    pub contact_language_label: fn(&str) -> &'static str,
    pub website_label: &'static str,
    pub website_hint: &'static str,
    pub public_legend: &'static str,
    pub public_hint: &'static str,
    pub public_label: fn(&str) -> &'static str,

    pub check_intro: &'static str,
    pub change_link: &'static str,
    pub change_link_hidden: fn(&str) -> String,
    pub nothing_filled_in: &'static str,
    pub no_activity: &'static str,
    pub activity_summary: fn(&str, &str, &str, &str, &str, &str) -> String,
    pub privacy_heading: &'static str,
    pub privacy_text: [&'static str; 3],
    pub consent_store_legend: &'static str,
    pub consent_store_label: &'static str,
    pub consent_publish_legend: &'static str,
    pub consent_publish_label: &'static str,
    pub fix_before_sending: &'static str,

    pub maybe_exists_title: &'static str,
    pub maybe_exists_body: &'static str,

    pub resume_mail_subject: &'static str,
    pub resume_mail_body: fn(&str, &str) -> String,

    pub submitted_notice: &'static str,
    pub manage_title: &'static str,
    pub manage_link_intro: &'static str,
    pub status_label: fn(&str) -> &'static str,
    pub status_heading: &'static str,
    pub declined_reason_intro: &'static str,
    pub view_on_map: &'static str,
    pub details_heading: &'static str,
    pub activities_heading: &'static str,
    pub no_activities: &'static str,
    pub activity_repeats: fn(&str) -> String,
    pub add_activity_heading: &'static str,
    pub add_activity_button: &'static str,
    pub remove_activity_button: fn(&str) -> String,
    pub activity_added: &'static str,
    pub activity_removed: &'static str,
    pub changes_saved: &'static str,
    pub save_button: &'static str,
    pub back_to_manage: &'static str,
    pub manage_not_found_title: &'static str,
    pub manage_not_found_body: &'static str,
    pub new_link_title: &'static str,
    pub new_link_intro: &'static str,
    pub new_link_button: &'static str,
    pub new_link_sent: &'static str,

    pub submitted_mail_subject: &'static str,
    pub submitted_mail_body: fn(&str, &str, &str) -> String,
    pub new_link_mail_subject: &'static str,
    pub new_link_mail_body: fn(&str, &str, &str) -> String,
    pub approved_mail_subject: &'static str,
    pub approved_mail_body: fn(&str, &str, &str, &str) -> String,
    pub declined_mail_subject: &'static str,
    /// (name, initiative, reason, organisation, who to contact)
    pub declined_mail_body: fn(&str, &str, &str, &str, &str) -> String,
    pub question_mail_subject: fn(&str) -> String,
    /// (name, initiative, question, organisation, who to answer)
    pub question_mail_body: fn(&str, &str, &str, &str, &str) -> String,

    pub review_title: &'static str,
    pub review_link: &'static str,
    pub review_intro: &'static str,
    pub review_filter_label: &'static str,
    pub review_filter: fn(&str) -> &'static str,
    pub review_empty: &'static str,
    pub review_caption: fn(usize) -> String,
    pub review_columns: [&'static str; 4],
    pub review_back: &'static str,
    pub contact_person_heading: &'static str,
    pub contact_person_fields: [&'static str; 5],
    pub needs_heading: &'static str,
    pub links_heading: &'static str,
    pub live_links: fn(u64) -> String,
    pub revoke_button: &'static str,
    pub links_revoked: &'static str,
    pub approve_heading: &'static str,
    pub approve_button: &'static str,
    pub approved_notice: &'static str,
    pub decline_heading: &'static str,
    pub decline_reason_label: &'static str,
    pub decline_button: &'static str,
    pub declined_notice: &'static str,
    pub reason_missing: &'static str,
    pub question_heading: &'static str,
    pub question_label: &'static str,
    pub question_hint: &'static str,
    pub question_button: &'static str,
    pub question_sent: &'static str,
    pub question_missing: &'static str,
    pub no_email_for_question: &'static str,
    pub sent_on: fn(&str) -> String,
}

#[cfg(feature = "ssr")]
impl Locale {
    pub fn intake_texts(self) -> &'static IntakeTexts {
        match self {
            Locale::Nl => &NL,
            Locale::En => &EN,
        }
    }
}

/// The texts for the current request's language.
#[cfg(feature = "ssr")]
pub fn use_intake_texts() -> &'static IntakeTexts {
    crate::i18n::current_locale().intake_texts()
}

#[cfg(feature = "ssr")]
static NL: IntakeTexts = IntakeTexts {
    intro: "Organiseer je iets voor je buurt? Zet het op de sociale kaart. Dan kunnen bewoners en professionals je vinden.",
    intro_points: [
        "Het duurt ongeveer 5 minuten. Je hebt geen account nodig.",
        "Na elke stap bewaren we je antwoorden. Je kunt later verder met een link.",
        "Een medewerker van de gemeente kijkt naar je aanmelding. Daarna komt je initiatief op de kaart.",
    ],
    have_a_link: "Ben je al begonnen? Open dan de link die je kreeg. Daarmee ga je verder waar je was.",
    lost_manage_link: "Staat je initiatief al op de kaart en ben je je link kwijt? Vraag een nieuwe link aan.",
    steps_label: "Stappen",
    step_of: |step, total| format!("Stap {step} van {total}"),
    step_titles: [
        "Je initiatief",
        "Waar en voor wie",
        "Wat jullie doen",
        "Wat jullie nodig hebben",
        "Contact",
        "Controleren en versturen",
    ],
    step_done: "klaar",
    step_current: "nu",
    next_button: "Opslaan en verder",
    previous_button: "Vorige stap",
    save_and_check_button: "Opslaan en terug naar controleren",
    send_button: "Aanmelding versturen",
    saved_note: "Je antwoorden zijn opgeslagen.",
    resume_link_intro: "Wil je later verder? Bewaar dan deze link. Deel hem niet: met de link kan iemand je antwoorden zien.",
    draft_not_found_title: "Deze link werkt niet",
    draft_not_found_body: "We vinden geen aanmelding bij deze link. Misschien is de link niet helemaal goed gekopieerd. Of de aanmelding is ouder dan de bewaartermijn en daarom gewist.",
    draft_sent_title: "Deze aanmelding is al verstuurd",
    draft_sent_body: "Je hebt deze aanmelding al verstuurd. Je kreeg toen een e-mail met een beheerlink. Met die link kun je je initiatief aanpassen.",
    start_again: "Een nieuw initiatief aanmelden",
    honeypot_label: "Laat dit veld leeg",

    name_label: "Naam van je initiatief",
    name_hint: "Bijvoorbeeld: Koffieochtend De Ontmoeting",
    summary_label: "Wat doen jullie?",
    summary_hint: "In een of twee zinnen. Dit staat bij je initiatief op de kaart.",
    kind_legend: "Wat voor initiatief is het?",
    kind_label: |code| match code {
        "volunteer" => "Vrijwilligersinitiatief",
        "citizen" => "Bewonersinitiatief",
        "self_organisation" => "Zelforganisatie (bijvoorbeeld van nieuwkomers)",
        "social_enterprise" => "Sociale onderneming",
        _ => "Iets anders",
    },

    areas_legend: "In welke wijk of buurt?",
    areas_hint: "Kies een wijk op de kaart of in de lijst. Je kunt ook buurten kiezen.",
    whole_wijk: |wijk| format!("Heel {wijk}"),
    target_groups_legend: "Voor wie is het?",
    themes_legend: "Waar gaat het over?",
    themes_hint: "Niet verplicht.",
    languages_legend: "Welke talen spreken jullie?",
    languages_hint: "Niet verplicht. Zo vinden mensen die weinig Nederlands spreken je ook.",
    map_picker_label: "Kaart van de wijken: kies een wijk",

    description_label: "Wat doen jullie meestal?",
    description_hint: "Bijvoorbeeld: elke dinsdagochtend drinken we koffie in de buurtkamer. Iedereen is welkom.",
    activity_legend: "De eerste activiteit (niet verplicht)",
    activity_hint: "Wil je een activiteit in de agenda? Vul die dan hier in. Je kunt dit ook later doen met je beheerlink.",
    new_activity_legend: "De nieuwe activiteit",
    activity_title_label: "Naam van de activiteit",
    activity_date_label: "Datum",
    activity_start_label: "Begintijd",
    activity_end_label: "Eindtijd",
    activity_place_label: "Waar is het?",
    activity_place_hint: "Bijvoorbeeld: Buurtkamer Noord, Oranjeplein 3",
    last_day_label: "Laatste dag (niet verplicht)",
    last_day_hint: "Alleen als het vaker is. Laat het leeg als het doorgaat tot je stopt.",
    repeat_until: |repeat, last| format!("{repeat}, tot en met {last}"),
    repeat_legend: "Hoe vaak is het?",
    repeat_label: |code| match code {
        "once" => "Eén keer",
        "weekly" => "Elke week",
        "biweekly" => "Elke twee weken",
        _ => "Elke maand (dezelfde week van de maand)",
    },

    needs_legend: "Wat hebben jullie nodig?",
    needs_hint: "Kies wat past. Een professional van de gemeente of een welzijnsorganisatie kan dan helpen.",
    need_label: |code| match code {
        "space" => "Een ruimte",
        "money" => "Geld, of hulp bij het aanvragen van subsidie",
        "volunteers" => "Vrijwilligers",
        "training" => "Training of kennis",
        "professional_contact" => "Contact met een professional",
        _ => "Bekendheid (publiciteit)",
    },
    no_needs_label: "Nu niets",
    needs_note_label: "Wil je er iets over vertellen?",
    needs_note_hint: "Niet verplicht. Bijvoorbeeld: we zoeken een ruimte voor 20 mensen op woensdagmiddag.",

    contact_intro: "Wie kan de gemeente of een welzijnsorganisatie bellen of mailen? Deze gegevens ziet alleen een professional. Ze staan niet op de website, tenzij je dat hieronder kiest.",
    contact_name_label: "Naam van de contactpersoon",
    contact_email_label: "E-mailadres",
    contact_phone_label: "Telefoonnummer",
    contact_reach_hint: "Vul een e-mailadres of een telefoonnummer in. Of allebei.",
    reach_term: "E-mailadres en telefoonnummer",
    channel_legend: "Hoe kunnen we je het best bereiken?",
    channel_label: |code| match code {
        "email" => "E-mail",
        "phone" => "Bellen",
        "whatsapp" => "WhatsApp",
        _ => "Langskomen",
    },
    contact_language_legend: "In welke taal wil je contact?",
    contact_language_label: |code| match code {
        "nl" => "Nederlands",
        "nl_simple" => "Eenvoudig Nederlands",
        _ => "Engels",
    },
    website_label: "Website (als jullie die hebben)",
    website_hint: "Bijvoorbeeld: www.onsinitiatief.nl",
    public_legend: "Wat mogen we op de website laten zien?",
    public_hint: "Zo kunnen bewoners contact met jullie opnemen.",
    public_label: |code| match code {
        "email" => "Het e-mailadres",
        "phone" => "Het telefoonnummer",
        "website" => "De website",
        _ => "Niets",
    },

    check_intro: "Kijk of alles klopt. Wil je iets veranderen? Kies dan ‘Wijzigen’.",
    change_link: "Wijzigen",
    change_link_hidden: |what| format!(": {what}"),
    nothing_filled_in: "Niets ingevuld",
    no_activity: "Geen activiteit",
    activity_summary: |title, date, start, end, place, repeat| {
        format!("{title}, {date}, {start} tot {end}, {place}. {repeat}.")
    },
    privacy_heading: "Wat doen we met je gegevens?",
    privacy_text: [
        "We bewaren je antwoorden om je initiatief op de sociale kaart te zetten.",
        "De naam, het e-mailadres en het telefoonnummer van de contactpersoon ziet alleen een professional van de gemeente of een welzijnsorganisatie. Op de website staat alleen wat je daarvoor koos.",
        "Je kunt je gegevens altijd laten aanpassen of wissen.",
    ],
    consent_store_legend: "Mogen we je gegevens bewaren?",
    consent_store_label: "Ik vind het goed dat jullie deze gegevens bewaren.",
    consent_publish_legend: "Mogen we je initiatief op de kaart zetten?",
    consent_publish_label: "Ik vind het goed dat jullie het openbare deel op de sociale kaart zetten.",
    fix_before_sending: "Er ontbreekt nog iets. Kies ‘Wijzigen’ bij de stap die nog niet klaar is.",

    maybe_exists_title: "Bestaat dit initiatief misschien al?",
    maybe_exists_body: "Er staat al een initiatief met een naam die erop lijkt in dezelfde wijk. Kijk even of het hetzelfde is. Is het iets anders? Ga dan gewoon verder.",

    resume_mail_subject: "Je aanmelding bij Buurtkracht: ga later verder",
    resume_mail_body: |name, link| {
        format!(
            "Hallo {name},\n\nJe bent begonnen met het aanmelden van een initiatief. Je antwoorden zijn opgeslagen.\nMet deze link ga je verder waar je was:\n\n{link}\n\nDeel deze link niet. Met de link kan iemand je antwoorden zien.\n\nMet vriendelijke groet,\nBuurtkracht\n"
        )
    },

    submitted_notice: "Bedankt! Je aanmelding is verstuurd. Een medewerker van de gemeente kijkt ernaar. Je krijgt een e-mail als je initiatief op de kaart staat.",
    manage_title: "Mijn initiatief",
    manage_link_intro: "Dit is je beheerlink. Bewaar hem goed, bijvoorbeeld als bladwijzer. Met deze link pas je je initiatief en je activiteiten aan. Deel hem niet.",
    status_label: |code| match code {
        "submitted" => "Wacht op controle door een medewerker",
        "published" => "Staat op de sociale kaart",
        "declined" => "Niet op de kaart gezet",
        "archived" => "Gestopt",
        _ => "Nog niet verstuurd",
    },
    status_heading: "Hoe staat het ervoor?",
    declined_reason_intro: "De uitleg van de medewerker:",
    view_on_map: "Bekijk je initiatief op de kaart",
    details_heading: "Je gegevens",
    activities_heading: "Activiteiten",
    no_activities: "Er staan nog geen activiteiten in de agenda.",
    activity_repeats: |repeat| format!("Herhaalt: {repeat}"),
    add_activity_heading: "Een activiteit toevoegen",
    add_activity_button: "Activiteit toevoegen",
    remove_activity_button: |title| format!("Verwijder ‘{title}’"),
    activity_added: "De activiteit staat in de agenda.",
    activity_removed: "De activiteit is verwijderd.",
    changes_saved: "Je wijzigingen zijn opgeslagen.",
    save_button: "Opslaan",
    back_to_manage: "Terug naar mijn initiatief",
    manage_not_found_title: "Deze beheerlink werkt niet",
    manage_not_found_body: "Misschien is de link niet helemaal goed gekopieerd. Of er is een nieuwe link gemaakt, en deze werkt daarom niet meer. Vraag dan een nieuwe link aan.",
    new_link_title: "Nieuwe beheerlink aanvragen",
    new_link_intro: "Vul het e-mailadres in dat je bij je aanmelding gaf. We sturen dan een nieuwe beheerlink. De oude link werkt daarna niet meer.",
    new_link_button: "Stuur mij een nieuwe link",
    new_link_sent: "Hoort dit e-mailadres bij een initiatief? Dan krijg je binnen een paar minuten een e-mail met een nieuwe link.",

    submitted_mail_subject: "Je aanmelding bij Buurtkracht is binnen",
    submitted_mail_body: |name, initiative, link| {
        format!(
            "Hallo {name},\n\nBedankt voor het aanmelden van {initiative}. Een medewerker van de gemeente kijkt naar je aanmelding. Je krijgt een e-mail als je initiatief op de kaart staat.\n\nMet deze beheerlink pas je je initiatief en je activiteiten aan. Bewaar hem goed en deel hem niet:\n\n{link}\n\nMet vriendelijke groet,\nBuurtkracht\n"
        )
    },
    new_link_mail_subject: "Je nieuwe beheerlink voor Buurtkracht",
    new_link_mail_body: |name, initiative, link| {
        format!(
            "Hallo {name},\n\nJe vroeg een nieuwe beheerlink aan voor {initiative}. Hier is hij:\n\n{link}\n\nDe oude link werkt niet meer. Heb je dit niet zelf gevraagd? Dan hoef je niets te doen.\n\nMet vriendelijke groet,\nBuurtkracht\n"
        )
    },
    approved_mail_subject: "Je initiatief staat op de sociale kaart",
    approved_mail_body: |name, initiative, page, _manage| {
        format!(
            "Hallo {name},\n\nGoed nieuws: {initiative} staat nu op de sociale kaart. Bewoners en professionals kunnen jullie vinden:\n\n{page}\n\nMet je beheerlink pas je je gegevens en activiteiten aan.\n\nMet vriendelijke groet,\nBuurtkracht\n"
        )
    },
    declined_mail_subject: "Over je aanmelding bij Buurtkracht",
    declined_mail_body: |name, initiative, reason, from, contact| {
        format!(
            "Hallo {name},\n\nWe hebben je aanmelding van {initiative} bekeken. We zetten het initiatief niet op de sociale kaart. Dit is de uitleg:\n\n{reason}\n\nHeb je een vraag? Stuur dan een e-mail naar {contact} van {from}. Een antwoord op deze e-mail komt niet aan.\n\nMet vriendelijke groet,\nBuurtkracht\n"
        )
    },
    question_mail_subject: |initiative| format!("Een vraag over je aanmelding van {initiative}"),
    question_mail_body: |name, initiative, question, from, contact| {
        format!(
            "Hallo {name},\n\nEen medewerker van {from} heeft een vraag over je aanmelding van {initiative}:\n\n{question}\n\nWil je antwoorden? Stuur dan een e-mail naar {contact}. Een antwoord op deze e-mail komt niet aan.\n\nMet vriendelijke groet,\nBuurtkracht\n"
        )
    },

    review_title: "Aanmeldingen",
    review_link: "Aanmeldingen van initiatieven bekijken",
    review_intro: "Initiatieven die vrijwilligers hebben aangemeld. Kijk of het klopt, stel een vraag, en zet het op de kaart of leg uit waarom niet.",
    review_filter_label: "Laat zien",
    review_filter: |code| match code {
        "submitted" => "Wachten op controle",
        "published" => "Op de kaart",
        "declined" => "Niet geplaatst",
        _ => "Alles",
    },
    review_empty: "Er zijn geen aanmeldingen met deze status.",
    review_caption: |count| format!("{count} aanmeldingen"),
    review_columns: ["Naam", "Wijk", "Verstuurd", "Status"],
    review_back: "Terug naar de aanmeldingen",
    contact_person_heading: "Contactpersoon (alleen voor professionals)",
    contact_person_fields: [
        "Naam",
        "E-mailadres",
        "Telefoonnummer",
        "Liefst contact via",
        "Taal",
    ],
    needs_heading: "Wat ze nodig hebben",
    links_heading: "Beheerlinks",
    live_links: |count| match count {
        0 => "Er is geen werkende beheerlink.".to_owned(),
        1 => "Er is 1 werkende beheerlink.".to_owned(),
        n => format!("Er zijn {n} werkende beheerlinks."),
    },
    revoke_button: "Beheerlinks intrekken",
    links_revoked: "De beheerlinks werken niet meer. De vrijwilliger kan een nieuwe link aanvragen met het e-mailadres van de aanmelding.",
    approve_heading: "Op de kaart zetten",
    approve_button: "Goedkeuren en op de kaart zetten",
    approved_notice: "Het initiatief staat op de sociale kaart.",
    decline_heading: "Niet op de kaart zetten",
    decline_reason_label: "Waarom niet? De vrijwilliger krijgt deze uitleg per e-mail.",
    decline_button: "Niet plaatsen",
    declined_notice: "Het initiatief is niet geplaatst. De vrijwilliger krijgt de uitleg per e-mail.",
    reason_missing: "Schrijf waarom het initiatief niet op de kaart komt.",
    question_heading: "Een vraag stellen",
    question_label: "Je vraag",
    question_hint: "We sturen je vraag per e-mail naar de contactpersoon.",
    question_button: "Vraag versturen",
    question_sent: "Je vraag is verstuurd.",
    question_missing: "Schrijf je vraag.",
    no_email_for_question: "Deze contactpersoon heeft geen e-mailadres. Bel of app het telefoonnummer hierboven.",
    sent_on: |date| format!("Verstuurd op {date}"),
};

#[cfg(feature = "ssr")]
static EN: IntakeTexts = IntakeTexts {
    intro: "Do you organise something for your neighbourhood? Put it on the sociale kaart. Then residents and professionals can find you.",
    intro_points: [
        "It takes about 5 minutes. You do not need an account.",
        "We save your answers after each step. You can go on later with a link.",
        "Someone from the municipality looks at your registration. Then your initiative goes on the map.",
    ],
    have_a_link: "Have you started already? Then open the link you got. With it you go on where you were.",
    lost_manage_link: "Is your initiative on the map already and did you lose your link? Ask for a new link.",
    steps_label: "Steps",
    step_of: |step, total| format!("Step {step} of {total}"),
    step_titles: [
        "Your initiative",
        "Where and for whom",
        "What you do",
        "What you need",
        "Contact",
        "Check and send",
    ],
    step_done: "done",
    step_current: "now",
    next_button: "Save and continue",
    previous_button: "Previous step",
    save_and_check_button: "Save and back to checking",
    send_button: "Send registration",
    saved_note: "Your answers are saved.",
    resume_link_intro: "Do you want to go on later? Then keep this link. Do not share it: with the link someone can see your answers.",
    draft_not_found_title: "This link does not work",
    draft_not_found_body: "We cannot find a registration for this link. Maybe the link was not copied completely. Or the registration is older than the time we keep it, and so it was deleted.",
    draft_sent_title: "This registration was sent already",
    draft_sent_body: "You sent this registration already. You then got an e-mail with a management link. With that link you can change your initiative.",
    start_again: "Register a new initiative",
    honeypot_label: "Leave this field empty",

    name_label: "Name of your initiative",
    name_hint: "For example: Coffee morning De Ontmoeting",
    summary_label: "What do you do?",
    summary_hint: "In one or two sentences. This is shown with your initiative on the map.",
    kind_legend: "What kind of initiative is it?",
    kind_label: |code| match code {
        "volunteer" => "Volunteer initiative",
        "citizen" => "Residents' initiative",
        "self_organisation" => "Self-organisation (for example of newcomers)",
        "social_enterprise" => "Social enterprise",
        _ => "Something else",
    },

    areas_legend: "In which wijk or buurt?",
    areas_hint: "Choose a wijk on the map or in the list. You can also choose buurten.",
    whole_wijk: |wijk| format!("All of {wijk}"),
    target_groups_legend: "Who is it for?",
    themes_legend: "What is it about?",
    themes_hint: "Not required.",
    languages_legend: "Which languages do you speak?",
    languages_hint: "Not required. This way people who speak little Dutch find you too.",
    map_picker_label: "Map of the wijken: choose a wijk",

    description_label: "What do you usually do?",
    description_hint: "For example: every Tuesday morning we drink coffee in the community room. Everyone is welcome.",
    activity_legend: "The first activity (not required)",
    activity_hint: "Do you want an activity in the agenda? Then fill it in here. You can also do this later with your management link.",
    new_activity_legend: "The new activity",
    activity_title_label: "Name of the activity",
    activity_date_label: "Date",
    activity_start_label: "Start time",
    activity_end_label: "End time",
    activity_place_label: "Where is it?",
    activity_place_hint: "For example: Buurtkamer Noord, Oranjeplein 3",
    last_day_label: "Last day (optional)",
    last_day_hint: "Only if it repeats. Leave it empty if it goes on until you stop.",
    repeat_until: |repeat, last| format!("{repeat}, up to and including {last}"),
    repeat_legend: "How often is it?",
    repeat_label: |code| match code {
        "once" => "Once",
        "weekly" => "Every week",
        "biweekly" => "Every two weeks",
        _ => "Every month (the same week of the month)",
    },

    needs_legend: "What do you need?",
    needs_hint: "Choose what fits. A professional of the municipality or a welfare organisation can then help.",
    need_label: |code| match code {
        "space" => "A room or space",
        "money" => "Money, or help applying for a grant",
        "volunteers" => "Volunteers",
        "training" => "Training or knowledge",
        "professional_contact" => "Contact with a professional",
        _ => "Publicity",
    },
    no_needs_label: "Nothing right now",
    needs_note_label: "Do you want to tell us more?",
    needs_note_hint: "Not required. For example: we look for a room for 20 people on Wednesday afternoon.",

    contact_intro: "Who can the municipality or a welfare organisation call or mail? Only a professional sees these details. They are not on the website, unless you choose that below.",
    contact_name_label: "Name of the contact person",
    contact_email_label: "E-mail address",
    contact_phone_label: "Phone number",
    contact_reach_hint: "Fill in an e-mail address or a phone number. Or both.",
    reach_term: "E-mail address and phone number",
    channel_legend: "How can we best reach you?",
    channel_label: |code| match code {
        "email" => "E-mail",
        "phone" => "Phone call",
        "whatsapp" => "WhatsApp",
        _ => "In person",
    },
    contact_language_legend: "In which language do you want contact?",
    contact_language_label: |code| match code {
        "nl" => "Dutch",
        "nl_simple" => "Easy Dutch",
        _ => "English",
    },
    website_label: "Website (if you have one)",
    website_hint: "For example: www.ourinitiative.nl",
    public_legend: "What may we show on the website?",
    public_hint: "So residents can get in touch with you.",
    public_label: |code| match code {
        "email" => "The e-mail address",
        "phone" => "The phone number",
        "website" => "The website",
        _ => "Nothing",
    },

    check_intro: "Check if everything is right. Do you want to change something? Choose ‘Change’.",
    change_link: "Change",
    change_link_hidden: |what| format!(": {what}"),
    nothing_filled_in: "Nothing filled in",
    no_activity: "No activity",
    activity_summary: |title, date, start, end, place, repeat| {
        format!("{title}, {date}, {start} to {end}, {place}. {repeat}.")
    },
    privacy_heading: "What do we do with your details?",
    privacy_text: [
        "We keep your answers to put your initiative on the sociale kaart.",
        "Only a professional of the municipality or a welfare organisation sees the name, e-mail address and phone number of the contact person. The website only shows what you chose for it.",
        "You can always have your details changed or deleted.",
    ],
    consent_store_legend: "May we keep your details?",
    consent_store_label: "I agree that you keep these details.",
    consent_publish_legend: "May we put your initiative on the map?",
    consent_publish_label: "I agree that you put the public part on the sociale kaart.",
    fix_before_sending: "Something is still missing. Choose ‘Change’ at the step that is not done yet.",

    maybe_exists_title: "Does this initiative exist already?",
    maybe_exists_body: "There is already an initiative with a similar name in the same wijk. Have a look if it is the same. Is it something else? Then just go on.",

    resume_mail_subject: "Your registration at Buurtkracht: go on later",
    resume_mail_body: |name, link| {
        format!(
            "Hello {name},\n\nYou started to register an initiative. Your answers are saved.\nWith this link you go on where you were:\n\n{link}\n\nDo not share this link. With the link someone can see your answers.\n\nKind regards,\nBuurtkracht\n"
        )
    },

    submitted_notice: "Thank you! Your registration has been sent. Someone from the municipality will look at it. You get an e-mail when your initiative is on the map.",
    manage_title: "My initiative",
    manage_link_intro: "This is your management link. Keep it safe, for example as a bookmark. With this link you change your initiative and your activities. Do not share it.",
    status_label: |code| match code {
        "submitted" => "Waiting to be checked",
        "published" => "On the sociale kaart",
        "declined" => "Not put on the map",
        "archived" => "Stopped",
        _ => "Not sent yet",
    },
    status_heading: "What is the status?",
    declined_reason_intro: "The explanation we got:",
    view_on_map: "See your initiative on the map",
    details_heading: "Your details",
    activities_heading: "Activities",
    no_activities: "There are no activities in the agenda yet.",
    activity_repeats: |repeat| format!("Repeats: {repeat}"),
    add_activity_heading: "Add an activity",
    add_activity_button: "Add activity",
    remove_activity_button: |title| format!("Remove ‘{title}’"),
    activity_added: "The activity is in the agenda.",
    activity_removed: "The activity was removed.",
    changes_saved: "Your changes are saved.",
    save_button: "Save",
    back_to_manage: "Back to my initiative",
    manage_not_found_title: "This management link does not work",
    manage_not_found_body: "Maybe the link was not copied completely. Or a new link was made, and so this one no longer works. Then ask for a new link.",
    new_link_title: "Ask for a new management link",
    new_link_intro: "Fill in the e-mail address you gave when you registered. We then send a new management link. The old link stops working.",
    new_link_button: "Send me a new link",
    new_link_sent: "Does this e-mail address belong to an initiative? Then you get an e-mail with a new link within a few minutes.",

    submitted_mail_subject: "Your registration at Buurtkracht has arrived",
    submitted_mail_body: |name, initiative, link| {
        format!(
            "Hello {name},\n\nThank you for registering {initiative}. Someone from the municipality will look at your registration. You get an e-mail when your initiative is on the map.\n\nWith this management link you change your initiative and your activities. Keep it safe and do not share it:\n\n{link}\n\nKind regards,\nBuurtkracht\n"
        )
    },
    new_link_mail_subject: "Your new management link for Buurtkracht",
    new_link_mail_body: |name, initiative, link| {
        format!(
            "Hello {name},\n\nYou asked for a new management link for {initiative}. Here it is:\n\n{link}\n\nThe old link no longer works. Did you not ask for this? Then you do not need to do anything.\n\nKind regards,\nBuurtkracht\n"
        )
    },
    approved_mail_subject: "Your initiative is on the sociale kaart",
    approved_mail_body: |name, initiative, page, _manage| {
        format!(
            "Hello {name},\n\nGood news: {initiative} is now on the sociale kaart. Residents and professionals can find you:\n\n{page}\n\nWith your management link you change your details and activities.\n\nKind regards,\nBuurtkracht\n"
        )
    },
    declined_mail_subject: "About your registration at Buurtkracht",
    declined_mail_body: |name, initiative, reason, from, contact| {
        format!(
            "Hello {name},\n\nWe looked at your registration of {initiative}. We do not put the initiative on the sociale kaart. This is why:\n\n{reason}\n\nDo you have a question? Then send an e-mail to {contact} of {from}. A reply to this e-mail does not arrive.\n\nKind regards,\nBuurtkracht\n"
        )
    },
    question_mail_subject: |initiative| {
        format!("A question about your registration of {initiative}")
    },
    question_mail_body: |name, initiative, question, from, contact| {
        format!(
            "Hello {name},\n\nSomeone from {from} has a question about your registration of {initiative}:\n\n{question}\n\nDo you want to answer? Then send an e-mail to {contact}. A reply to this e-mail does not arrive.\n\nKind regards,\nBuurtkracht\n"
        )
    },

    review_title: "Registrations",
    review_link: "See registrations of initiatives",
    review_intro: "Initiatives that volunteers registered. Check them, ask a question, and put them on the map or explain why not.",
    review_filter_label: "Show",
    review_filter: |code| match code {
        "submitted" => "Waiting to be checked",
        "published" => "On the map",
        "declined" => "Not put on the map",
        _ => "All",
    },
    review_empty: "There are no registrations with this status.",
    review_caption: |count| format!("{count} registrations"),
    review_columns: ["Name", "Wijk", "Sent", "Status"],
    review_back: "Back to the registrations",
    contact_person_heading: "Contact person (for professionals only)",
    contact_person_fields: [
        "Name",
        "E-mail address",
        "Phone number",
        "Prefers contact by",
        "Language",
    ],
    needs_heading: "What they need",
    links_heading: "Management links",
    live_links: |count| match count {
        0 => "There is no working management link.".to_owned(),
        1 => "There is 1 working management link.".to_owned(),
        n => format!("There are {n} working management links."),
    },
    revoke_button: "Revoke management links",
    links_revoked: "The management links no longer work. The volunteer can ask for a new link with the e-mail address of the registration.",
    approve_heading: "Put on the map",
    approve_button: "Approve and put on the map",
    approved_notice: "The initiative is on the sociale kaart.",
    decline_heading: "Do not put on the map",
    decline_reason_label: "Why not? The volunteer gets this explanation by e-mail.",
    decline_button: "Do not publish",
    declined_notice: "The initiative was not published. The volunteer gets the explanation by e-mail.",
    reason_missing: "Write why the initiative does not go on the map.",
    question_heading: "Ask a question",
    question_label: "Your question",
    question_hint: "We send your question by e-mail to the contact person.",
    question_button: "Send question",
    question_sent: "Your question has been sent.",
    question_missing: "Write your question.",
    no_email_for_question: "This contact person has no e-mail address. Call or message the phone number above.",
    sent_on: |date| format!("Sent on {date}"),
};
