//! Nederlands, taalniveau B1. Schrijf kort, gebruik "je" en gewone woorden.

#[cfg(feature = "ssr")]
use super::InfoSection;
use super::Messages;

pub const NL: Messages = Messages {
    skip_to_content: "Ga direct naar de inhoud",
    main_navigation: "Hoofdmenu",
    nav_map: "Kaart",
    nav_calendar: "Agenda",
    nav_wijken: "Wijken",
    nav_register: "Initiatief aanmelden",
    nav_professionals: "Voor professionals",
    switch_to_other_language: "English",
    footer_heading: "Over deze website",
    footer_about: "Buurtkracht laat zien wat bewoners en vrijwilligers in de wijk organiseren.",
    privacy_link: "Privacyverklaring",
    accessibility_link: "Toegankelijkheidsverklaring",
    map_attribution: "Wijkgrenzen: CBS / PDOK, Wijk- en Buurtkaart 2023, licentie CC-BY 4.0.",
    open_source_note: "Buurtkracht is open-source software.",
    demo_badge: "Voorbeeld",
    demo_notice: "Op deze website staan nu voorbeeldgegevens. Initiatieven en activiteiten met het label ‘Voorbeeld’ bestaan niet echt.",
    loading: "Bezig met laden…",

    home_title: "Wat is er te doen in je wijk?",
    home_intro: |municipality| {
        match municipality {
        Some(name) => format!(
            "Hier zie je wat bewoners en vrijwilligers in {name} organiseren. Kijk wat er deze week is, of zoek iets bij jou in de buurt."
        ),
        None => "Hier zie je wat bewoners en vrijwilligers organiseren. Kijk wat er deze week is, of zoek iets bij jou in de buurt.".to_owned(),
    }
    },
    choose_wijk_heading: "Kies je wijk",
    all_wijken: "Alle wijken",
    this_week_heading: "Deze week",
    this_week_in: |wijk| format!("Deze week in {wijk}"),
    this_week_empty: "Er staat deze week nog niets in de agenda.",
    this_week_empty_in_wijk: "Er staat deze week nog niets in de agenda voor deze wijk. Kijk ook bij alle wijken.",
    more_this_week: "Er is deze week nog meer te doen. Kijk in de agenda.",
    see_full_calendar: "Bekijk de hele agenda",
    find_on_map: "Zoek initiatieven op de kaart",

    #[cfg(feature = "ssr")]
    today: "Vandaag",
    #[cfg(feature = "ssr")]
    tomorrow: "Morgen",
    #[cfg(feature = "ssr")]
    weekdays: [
        "Maandag",
        "Dinsdag",
        "Woensdag",
        "Donderdag",
        "Vrijdag",
        "Zaterdag",
        "Zondag",
    ],
    #[cfg(feature = "ssr")]
    months: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    #[cfg(feature = "ssr")]
    clock_time: |hour, minute| format!("{hour:02}.{minute:02}"),
    #[cfg(feature = "ssr")]
    time_range: |start, end| format!("{start} – {end} uur"),
    #[cfg(feature = "ssr")]
    price: |cents| {
        let euros = cents / 100;
        let rest = cents % 100;
        format!("€ {euros},{rest:02}")
    },
    #[cfg(feature = "ssr")]
    free: "Gratis",
    #[cfg(feature = "ssr")]
    for_target_group: |group| format!("Voor: {group}"),
    #[cfg(feature = "ssr")]
    organised_by: |name| format!("Door {name}"),

    map_title: "Sociale kaart",
    map_intro: "Alle initiatieven van bewoners en vrijwilligers op een rij.",
    #[cfg(feature = "ssr")]
    map_empty: "Er staan nog geen initiatieven op de kaart.",
    #[cfg(feature = "ssr")]
    initiatives_found: |count| match count {
        1 => "1 initiatief".to_owned(),
        n => format!("{n} initiatieven"),
    },
    #[cfg(feature = "ssr")]
    looking_for_volunteers: "Zoekt vrijwilligers",
    directory_tabs_label: "Wat wil je zien?",
    tab_initiatives: "Initiatieven",
    tab_organisations: "Organisaties",
    filters_heading: "Zoeken en kiezen",
    #[cfg(feature = "ssr")]
    search_label: "Zoek op naam of beschrijving",
    #[cfg(feature = "ssr")]
    search_hint: "Bijvoorbeeld: koffie, huiswerk of wandelen.",
    #[cfg(feature = "ssr")]
    show_results: "Toon initiatieven",
    #[cfg(feature = "ssr")]
    clear_filters: "Alle keuzes wissen",
    #[cfg(feature = "ssr")]
    filter_area: "Wijk en buurt",
    #[cfg(feature = "ssr")]
    filter_target_group: "Voor wie",
    #[cfg(feature = "ssr")]
    filter_theme: "Thema",
    #[cfg(feature = "ssr")]
    filter_language: "Taal",
    #[cfg(feature = "ssr")]
    filter_volunteers: "Alleen initiatieven die vrijwilligers zoeken",
    #[cfg(feature = "ssr")]
    filter_text: "zoekwoorden",
    initiatives_found_status: |count| match count {
        0 => "Geen initiatieven gevonden".to_owned(),
        1 => "1 initiatief gevonden".to_owned(),
        n => format!("{n} initiatieven gevonden"),
    },
    #[cfg(feature = "ssr")]
    no_results: "Met deze keuzes vinden we geen initiatieven.",
    #[cfg(feature = "ssr")]
    loosen_intro: "Probeer het met minder keuzes:",
    #[cfg(feature = "ssr")]
    without_filter: |filter, count| match count {
        1 => format!("Zonder ‘{filter}’: 1 initiatief"),
        n => format!("Zonder ‘{filter}’: {n} initiatieven"),
    },
    #[cfg(feature = "ssr")]
    ignored_filter_note: "Een deel van het adres kennen we niet. Dat hebben we overgeslagen.",
    #[cfg(feature = "ssr")]
    query_cut_note: |max| {
        format!("Je zoekwoorden waren te lang. We zoeken op de eerste {max} tekens.")
    },
    results_heading: "Resultaten",
    #[cfg(feature = "ssr")]
    pages_label: "Pagina's",
    #[cfg(feature = "ssr")]
    previous_page: "Vorige pagina",
    #[cfg(feature = "ssr")]
    next_page: "Volgende pagina",
    #[cfg(feature = "ssr")]
    page_of: |page, pages| format!("Pagina {page} van {pages}"),
    #[cfg(feature = "ssr")]
    next_activity: |date, time, title| format!("Volgende keer: {date}, {time} uur: {title}"),
    map_heading: "Kaart van de wijken",
    map_explanation: "Kies een wijk op de kaart. In elke wijk staat hoeveel initiatieven er zijn.",
    #[cfg(feature = "ssr")]
    map_link_label: |wijk, count| match count {
        1 => format!("{wijk}: 1 initiatief"),
        n => format!("{wijk}: {n} initiatieven"),
    },
    #[cfg(feature = "ssr")]
    organisations_title: "Organisaties",
    organisations_page_title: "Organisaties op de sociale kaart",
    organisations_intro: "Organisaties in de gemeente die met bewoners en vrijwilligers samenwerken.",
    #[cfg(feature = "ssr")]
    organisation_kind: |kind| match kind {
        "municipality" => "Gemeente",
        "welfare" => "Welzijn",
        "care" => "Zorg",
        "library" => "Bibliotheek",
        "culture" => "Cultuur",
        "youth" => "Jeugd",
        _ => "Organisatie",
    },
    back_to_map: "Terug naar de sociale kaart",
    #[cfg(feature = "ssr")]
    detail_about: "Wat is het?",
    #[cfg(feature = "ssr")]
    detail_for_whom: "Voor wie",
    #[cfg(feature = "ssr")]
    detail_themes: "Thema’s",
    #[cfg(feature = "ssr")]
    detail_where: "Waar",
    #[cfg(feature = "ssr")]
    detail_meeting_place: "Plek",
    #[cfg(feature = "ssr")]
    detail_languages: "Talen",
    #[cfg(feature = "ssr")]
    detail_volunteers_welcome: "Wil je helpen? Neem contact op.",
    #[cfg(feature = "ssr")]
    detail_upcoming: "Wat komt eraan?",
    #[cfg(feature = "ssr")]
    detail_no_upcoming: "Er staan nu geen activiteiten in de agenda.",
    #[cfg(feature = "ssr")]
    detail_contact: "Contact opnemen",
    #[cfg(feature = "ssr")]
    detail_no_contact: "Dit initiatief heeft geen openbare contactgegevens.",
    #[cfg(feature = "ssr")]
    detail_updated: |date| format!("Laatst bijgewerkt: {date}"),
    #[cfg(feature = "ssr")]
    contact_email: "Mail:",
    #[cfg(feature = "ssr")]
    contact_phone: "Bel:",
    #[cfg(feature = "ssr")]
    contact_website: "Website:",
    #[cfg(feature = "ssr")]
    contact_whatsapp: "WhatsApp:",
    #[cfg(feature = "ssr")]
    language_name: |code| match code {
        "nl" => Some("Nederlands"),
        "en" => Some("Engels"),
        "ar" => Some("Arabisch"),
        "tr" => Some("Turks"),
        "pl" => Some("Pools"),
        "uk" => Some("Oekraïens"),
        "ti" => Some("Tigrinya"),
        "so" => Some("Somalisch"),
        "fa" => Some("Perzisch (Farsi)"),
        "de" => Some("Duits"),
        "fr" => Some("Frans"),
        "es" => Some("Spaans"),
        "pap" => Some("Papiaments"),
        _ => None,
    },

    calendar_title: "Agenda",
    calendar_intro: "Activiteiten in de komende twee weken.",
    first_activities: |count| format!("Je ziet hier de eerste {count} activiteiten."),
    calendar_empty: "Er staan de komende twee weken geen activiteiten in de agenda.",

    #[cfg(feature = "ssr")]
    register_title: "Initiatief aanmelden",

    professionals_title: "Voor professionals",
    #[cfg(feature = "ssr")]
    professionals_intro: "Werk je bij de gemeente of bij een organisatie voor welzijn of zorg? Log dan in met het account dat je van een beheerder kreeg.",
    #[cfg(feature = "ssr")]
    professionals_not_yet: "Het dashboard laat zien wat initiatieven nodig hebben. Meer onderdelen komen erbij.",

    privacy_title: "Privacyverklaring",
    privacy_intro: "Hier lees je welke gegevens Buurtkracht bewaart, waarom en hoe lang.",
    #[cfg(feature = "ssr")]
    privacy_sections: &[
        InfoSection {
            heading: "Wat staat er op deze website?",
            paragraphs: &[
                "Informatie over initiatieven en hun activiteiten: de naam, een beschrijving, de wijk, voor wie het is en één manier om contact op te nemen.",
                "Het initiatief kiest zelf wat openbaar is. Een professional controleert de informatie voordat die op de website komt.",
            ],
        },
        InfoSection {
            heading: "Cookies",
            paragraphs: &[
                "We gebruiken één cookie. Het heet ‘taal’. Daarin staat alleen of je de website in het Nederlands of in het Engels wilt zien. Het cookie blijft een jaar bewaard.",
                "Professionals die inloggen, krijgen ook een cookie ‘sessie’. Zo blijven ze ingelogd. Het cookie verdwijnt als ze uitloggen of de browser sluiten.",
                "We gebruiken geen cookies om je te volgen.",
            ],
        },
        InfoSection {
            heading: "Accounts van professionals",
            paragraphs: &[
                "Van professionals met een account bewaren we het e-mailadres, de naam, de organisatie en de rol. Het wachtwoord bewaren we alleen versleuteld. Niemand kan het lezen.",
                "We houden bij wie inlogt en wie iets verandert. Dat logboek is er voor de veiligheid. Alleen beheerders kunnen het lezen.",
                "Zet een professional tweestapsverificatie aan? Dan bewaren we ook de sleutel voor de app en de herstelcodes. De herstelcodes zijn onleesbaar gemaakt.",
                "Een e-mail met een link (een uitnodiging of een nieuw wachtwoord) bewaren we tot hij verstuurd is.",
                "Een beheerder kan alle gegevens bij een e-mailadres downloaden of wissen. We bewaren dan alleen dat er iets is gewist, niet wat.",
                "Een sessie eindigt na 30 minuten zonder gebruik en altijd na 12 uur. Mislukte pogingen om in te loggen bewaren we 15 minuten. Het e-mailadres en het IP-adres zijn daarbij onleesbaar gemaakt.",
            ],
        },
        InfoSection {
            heading: "We volgen je niet",
            paragraphs: &[
                "We houden niet bij wie de website bezoekt. De website laadt niets van andere websites: geen lettertypes, geen kaarten en geen statistieken.",
            ],
        },
        InfoSection {
            heading: "Hoe lang bewaren we gegevens?",
            paragraphs: &[
                "Een initiatief staat op de website zolang het actief is. Stopt het initiatief? Dan halen we het van de website.",
            ],
        },
        InfoSection {
            heading: "Je rechten",
            paragraphs: &[
                "Je mag vragen welke gegevens we over je hebben. Je mag ook vragen om ze te veranderen of te verwijderen.",
            ],
        },
    ],
    accessibility_title: "Toegankelijkheidsverklaring",
    accessibility_intro: "Iedereen moet Buurtkracht kunnen gebruiken, ook mensen met een beperking.",
    #[cfg(feature = "ssr")]
    accessibility_sections: &[
        InfoSection {
            heading: "Welke eisen volgen we?",
            paragraphs: &[
                "We volgen de eisen van WCAG 2.1, niveau AA. Dat is de standaard voor websites van de overheid.",
            ],
        },
        InfoSection {
            heading: "Wat doen we daarvoor?",
            paragraphs: &[
                "Elke pagina werkt zonder JavaScript en met alleen een toetsenbord.",
                "De website werkt goed op een telefoon en met een schermlezer.",
                "We controleren elke pagina automatisch met het testprogramma axe.",
                "We schrijven in eenvoudige taal.",
            ],
        },
        InfoSection {
            heading: "Wat is nog niet klaar?",
            paragraphs: &["Een onafhankelijke expert heeft de website nog niet onderzocht."],
        },
        InfoSection {
            heading: "Werkt iets niet goed?",
            paragraphs: &[
                "Laat het ons weten. Zeg op welke pagina het probleem zit en wat er misgaat. Dan lossen we het op.",
            ],
        },
    ],
    contact_us: |email| format!("Mail ons: {email}"),

    sign_in_title: "Inloggen",
    #[cfg(feature = "ssr")]
    sign_in_intro: "Voor medewerkers van de gemeente en van organisaties voor welzijn en zorg. Bewoners en vrijwilligers hebben geen account nodig.",
    #[cfg(feature = "ssr")]
    email_label: "E-mailadres",
    #[cfg(feature = "ssr")]
    password_label: "Wachtwoord",
    #[cfg(feature = "ssr")]
    sign_in_button: "Inloggen",
    #[cfg(feature = "ssr")]
    sign_out_button: "Uitloggen",
    #[cfg(feature = "ssr")]
    form_has_problems: "Er gaat iets mis. Kijk naar deze punten:",
    #[cfg(feature = "ssr")]
    email_missing: "Vul je e-mailadres in.",
    #[cfg(feature = "ssr")]
    password_missing: "Vul je wachtwoord in.",
    #[cfg(feature = "ssr")]
    sign_in_not_recognised: "Dit e-mailadres en wachtwoord horen niet bij elkaar. Kijk of je ze goed hebt getypt.",
    #[cfg(feature = "ssr")]
    sign_in_too_many_tries: |minutes| {
        format!(
            "Je hebt te vaak een verkeerd wachtwoord gebruikt. Probeer het over {minutes} {} opnieuw.",
            if minutes == 1 { "minuut" } else { "minuten" }
        )
    },
    #[cfg(feature = "ssr")]
    password_is_set: "Je wachtwoord is ingesteld. Je kunt nu inloggen.",
    #[cfg(feature = "ssr")]
    signed_in_as: |name| format!("Je bent ingelogd als {name}."),
    #[cfg(feature = "ssr")]
    signed_out: "Je bent uitgelogd.",
    set_password_title: "Wachtwoord instellen",
    #[cfg(feature = "ssr")]
    set_password_intro: |email| format!("Kies een wachtwoord voor het account {email}."),
    #[cfg(feature = "ssr")]
    new_password_label: "Nieuw wachtwoord",
    #[cfg(feature = "ssr")]
    new_password_hint: "Minstens 12 tekens. Een zin van een paar woorden is makkelijk te onthouden.",
    #[cfg(feature = "ssr")]
    repeat_password_label: "Herhaal het wachtwoord",
    #[cfg(feature = "ssr")]
    set_password_button: "Wachtwoord opslaan",
    #[cfg(feature = "ssr")]
    password_too_short: "Kies een wachtwoord van minstens 12 tekens.",
    #[cfg(feature = "ssr")]
    password_too_long: "Kies een wachtwoord van hoogstens 128 tekens.",
    #[cfg(feature = "ssr")]
    password_like_email: "Kies een wachtwoord dat niet je e-mailadres is.",
    #[cfg(feature = "ssr")]
    password_too_common: "Dit wachtwoord gebruiken veel mensen. Het is makkelijk te raden. Kies iets anders, bijvoorbeeld een zin van een paar woorden.",
    #[cfg(feature = "ssr")]
    passwords_differ: "De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.",
    #[cfg(feature = "ssr")]
    link_not_valid: "Deze link werkt niet meer. Een link werkt één keer en drie dagen lang. Vraag een nieuwe link met ‘Wachtwoord vergeten?’, of vraag het aan een beheerder.",
    second_factor_title: "Code invoeren",
    forgot_password_title: "Wachtwoord vergeten",
    two_factor_title: "Tweestapsverificatie",
    audit_log_title: "Logboek",
    privacy_requests_title: "Privacyverzoeken",
    forbidden_title: "Geen toegang",
    forbidden_body: "Deze pagina is alleen voor professionals met de juiste rol. Heb je die rol? Log dan in.",
    admin_accounts_title: "Accounts",
    admin_account_title: "Account",
    #[cfg(feature = "ssr")]
    manage_accounts: "Accounts bekijken",
    #[cfg(feature = "ssr")]
    accounts_caption: "Alle accounts van professionals",
    #[cfg(feature = "ssr")]
    column_name: "Naam",
    #[cfg(feature = "ssr")]
    column_email: "E-mailadres",
    #[cfg(feature = "ssr")]
    column_organisation: "Organisatie",
    #[cfg(feature = "ssr")]
    column_role: "Rol",
    #[cfg(feature = "ssr")]
    column_password_set: "Wachtwoord ingesteld",
    #[cfg(feature = "ssr")]
    yes: "Ja",
    #[cfg(feature = "ssr")]
    no: "Nee",
    #[cfg(feature = "ssr")]
    role_admin: "Beheerder",
    #[cfg(feature = "ssr")]
    role_professional: "Professional",
    not_found_title: "Deze pagina bestaat niet",
    not_found_body: "Misschien is de pagina verplaatst, of klopt het adres niet.",
    error_title: "Er ging iets mis",
    error_body: "Dat ligt niet aan jou. Probeer het over een paar minuten opnieuw.",
    go_home: "Naar de startpagina",
    #[cfg(feature = "ssr")]
    request_too_large_title: "Dat is te veel in één keer",
    #[cfg(feature = "ssr")]
    request_too_large_body: "Je stuurde meer gegevens dan deze website in één keer aanneemt. Maak je tekst korter of stuur minder bestanden. Ga daarna terug en probeer het opnieuw.",
    #[cfg(feature = "ssr")]
    wrong_method_title: "Dit adres is voor een formulier",
    #[cfg(feature = "ssr")]
    wrong_method_body: "Op dit adres stuurt een formulier zijn gegevens. Je kunt het niet als pagina openen. Ga terug naar de vorige pagina en probeer het daar opnieuw.",
    #[cfg(feature = "ssr")]
    cross_site_title: "Dit formulier kwam van een andere website",
    #[cfg(feature = "ssr")]
    cross_site_body: "Voor je veiligheid nemen we alleen formulieren aan die je op deze website invult. Ga naar de pagina en vul het formulier daar in.",
};
