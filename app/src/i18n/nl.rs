//! Nederlands, taalniveau B1. Schrijf kort, gebruik "je" en gewone woorden.

use super::{InfoSection, Messages};

pub const NL: Messages = Messages {
    skip_to_content: "Ga direct naar de inhoud",
    main_navigation: "Hoofdmenu",
    nav_map: "Kaart",
    nav_calendar: "Agenda",
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

    today: "Vandaag",
    tomorrow: "Morgen",
    weekdays: [
        "Maandag",
        "Dinsdag",
        "Woensdag",
        "Donderdag",
        "Vrijdag",
        "Zaterdag",
        "Zondag",
    ],
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
    clock_time: |hour, minute| format!("{hour:02}.{minute:02}"),
    time_range: |start, end| format!("{start} – {end} uur"),
    price: |cents| {
        let euros = cents / 100;
        let rest = cents % 100;
        format!("€ {euros},{rest:02}")
    },
    free: "Gratis",
    for_target_group: |group| format!("Voor: {group}"),
    organised_by: |name| format!("Door {name}"),

    map_title: "Sociale kaart",
    map_intro: "Alle initiatieven van bewoners en vrijwilligers op een rij.",
    map_empty: "Er staan nog geen initiatieven op de kaart.",
    initiatives_found: |count| match count {
        1 => "1 initiatief".to_owned(),
        n => format!("{n} initiatieven"),
    },
    looking_for_volunteers: "Zoekt vrijwilligers",
    directory_tabs_label: "Wat wil je zien?",
    tab_initiatives: "Initiatieven",
    tab_organisations: "Organisaties",
    filters_heading: "Zoeken en kiezen",
    search_label: "Zoek op naam of beschrijving",
    search_hint: "Bijvoorbeeld: koffie, huiswerk of wandelen.",
    show_results: "Toon initiatieven",
    clear_filters: "Alle keuzes wissen",
    filter_area: "Wijk en buurt",
    filter_target_group: "Voor wie",
    filter_theme: "Thema",
    filter_language: "Taal",
    filter_volunteers: "Alleen initiatieven die vrijwilligers zoeken",
    filter_text: "zoekwoorden",
    initiatives_found_status: |count| match count {
        0 => "Geen initiatieven gevonden".to_owned(),
        1 => "1 initiatief gevonden".to_owned(),
        n => format!("{n} initiatieven gevonden"),
    },
    no_results: "Met deze keuzes vinden we geen initiatieven.",
    loosen_intro: "Probeer het met minder keuzes:",
    without_filter: |filter, count| match count {
        1 => format!("Zonder ‘{filter}’: 1 initiatief"),
        n => format!("Zonder ‘{filter}’: {n} initiatieven"),
    },
    ignored_filter_note: "Een deel van het adres kennen we niet. Dat hebben we overgeslagen.",
    query_cut_note: |max| {
        format!("Je zoekwoorden waren te lang. We zoeken op de eerste {max} tekens.")
    },
    results_heading: "Resultaten",
    pages_label: "Pagina's",
    previous_page: "Vorige pagina",
    next_page: "Volgende pagina",
    page_of: |page, pages| format!("Pagina {page} van {pages}"),
    next_activity: |date, time, title| format!("Volgende keer: {date}, {time} uur: {title}"),
    map_heading: "Kaart van de wijken",
    map_explanation: "Kies een wijk op de kaart. In elke wijk staat hoeveel initiatieven er zijn.",
    map_link_label: |wijk, count| match count {
        1 => format!("{wijk}: 1 initiatief"),
        n => format!("{wijk}: {n} initiatieven"),
    },
    organisations_title: "Organisaties",
    organisations_page_title: "Organisaties op de sociale kaart",
    organisations_intro: "Organisaties in de gemeente die met bewoners en vrijwilligers samenwerken.",
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
    detail_about: "Wat is het?",
    detail_for_whom: "Voor wie",
    detail_themes: "Thema’s",
    detail_where: "Waar",
    detail_meeting_place: "Plek",
    detail_languages: "Talen",
    detail_volunteers_welcome: "Wil je helpen? Neem contact op.",
    detail_upcoming: "Wat komt eraan?",
    detail_no_upcoming: "Er staan nu geen activiteiten in de agenda.",
    detail_contact: "Contact opnemen",
    detail_no_contact: "Dit initiatief heeft geen openbare contactgegevens.",
    detail_updated: |date| format!("Laatst bijgewerkt: {date}"),
    contact_email: "Mail:",
    contact_phone: "Bel:",
    contact_website: "Website:",
    contact_whatsapp: "WhatsApp:",
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

    register_title: "Initiatief aanmelden",
    register_intro: "Organiseer je iets voor je buurt? Zet het op de sociale kaart. Dan kunnen bewoners en professionals je vinden.",
    register_not_yet: "Aanmelden via deze website kan nog niet. Dat komt binnenkort.",

    professionals_title: "Voor professionals",
    professionals_intro: "Werk je bij de gemeente of bij een organisatie voor welzijn of zorg? Dan kun je hier straks inloggen. Je ziet dan welke initiatieven er zijn, waar en voor wie.",
    professionals_not_yet: "Inloggen kan nog niet. Dat komt binnenkort.",

    privacy_title: "Privacyverklaring",
    privacy_intro: "Hier lees je welke gegevens Buurtkracht bewaart, waarom en hoe lang.",
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
                "We gebruiken geen cookies om je te volgen.",
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

    not_found_title: "Deze pagina bestaat niet",
    not_found_body: "Misschien is de pagina verplaatst, of klopt het adres niet.",
    error_title: "Er ging iets mis",
    error_body: "Dat ligt niet aan jou. Probeer het over een paar minuten opnieuw.",
    go_home: "Naar de startpagina",
    request_too_large_title: "Dat is te veel in één keer",
    request_too_large_body: "Je stuurde meer gegevens dan deze website in één keer aanneemt. Maak je tekst korter of stuur minder bestanden. Ga daarna terug en probeer het opnieuw.",
    cross_site_title: "Dit formulier kwam van een andere website",
    cross_site_body: "Voor je veiligheid nemen we alleen formulieren aan die je op deze website invult. Ga naar de pagina en vul het formulier daar in.",
};
