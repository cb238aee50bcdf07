//! The example initiatives of the demo. They are made up, but of the kind
//! that exists in every Dutch municipality. Contact addresses use the
//! reserved `.example` domain, so nobody receives mail by accident.

use app::initiatives::{ContactKind, InitiativeKind, InitiativeStatus};
use chrono::Weekday;

/// How an activity repeats: the choices a volunteer has in the intake.
/// Every repeating schedule is stored as one activity with an RFC 5545
/// rule, so its dates go on as long as the series does.
#[derive(Clone, Copy, Debug)]
pub enum Schedule {
    /// An explicit rule, e.g. `FREQ=WEEKLY`.
    Rule(&'static str),
    EachWeek,
    EveryOtherWeek,
    /// The first such weekday of each month.
    FirstOfMonth,
    /// Once, this many weeks from now.
    Once(u32),
}

impl Schedule {
    /// The rule for an activity on `weekday`; `None` for a one-off.
    pub fn rule(self, weekday: Weekday) -> Option<String> {
        match self {
            Schedule::Rule(rule) => Some(rule.to_owned()),
            Schedule::EachWeek => Some("FREQ=WEEKLY".to_owned()),
            Schedule::EveryOtherWeek => Some("FREQ=WEEKLY;INTERVAL=2".to_owned()),
            Schedule::FirstOfMonth => Some(format!("FREQ=MONTHLY;BYDAY=1{}", day_code(weekday))),
            Schedule::Once(_) => None,
        }
    }
}

/// The RFC 5545 two-letter code of a weekday.
fn day_code(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

pub struct DemoActivity {
    pub title: &'static str,
    pub description: &'static str,
    pub weekday: Weekday,
    pub start: (u32, u32),
    pub minutes: i64,
    pub schedule: Schedule,
    /// A buurt slug or a wijk's CBS code.
    pub area: &'static str,
    pub place: &'static str,
    pub target_group: Option<&'static str>,
    pub cost_cents: Option<i32>,
    pub capacity: Option<i32>,
    pub signup_required: bool,
    pub ages: Option<(i32, i32)>,
    pub what_to_bring: Option<&'static str>,
}

/// Where demo activities take place. The streets exist in these wijken; the
/// house numbers and the venues are made up, like the initiatives.
pub struct DemoPlace {
    pub name: &'static str,
    pub address: &'static str,
    /// Latitude and longitude, near the street (WGS 84).
    pub coordinates: (f64, f64),
    pub wheelchair_accessible: Option<bool>,
}

const fn place(
    name: &'static str,
    address: &'static str,
    coordinates: (f64, f64),
    wheelchair_accessible: Option<bool>,
) -> DemoPlace {
    DemoPlace {
        name,
        address,
        coordinates,
        wheelchair_accessible,
    }
}

pub const PLACES: &[DemoPlace] = &[
    place(
        "Buurtkamer Noord",
        "Oostlaan 12, 2641 DM Pijnacker",
        (52.0228, 4.4316),
        Some(true),
    ),
    place(
        "Buurtmoestuin achter de Buurtkamer",
        "Oostlaan 12, 2641 DM Pijnacker",
        (52.0231, 4.4321),
        Some(false),
    ),
    place(
        "Bibliotheek Pijnacker",
        "Raadhuisplein 4, 2641 ES Pijnacker",
        (52.0190, 4.4298),
        Some(true),
    ),
    place(
        "Gymzaal Centrum",
        "Kerkweg 20, 2641 GA Pijnacker",
        (52.0182, 4.4327),
        Some(true),
    ),
    place(
        "Wijkcentrum Centrum",
        "Stationsstraat 8, 2641 KL Pijnacker",
        (52.0176, 4.4284),
        Some(true),
    ),
    place(
        "Ingang Ackerdijkse Bos",
        "Ackerdijkseweg 1, 2645 EA Delfgauw",
        (52.0120, 4.4180),
        Some(false),
    ),
    place(
        "Wijkcentrum Zuid",
        "Westlaan 150, 2642 KB Pijnacker",
        (52.0105, 4.4262),
        Some(true),
    ),
    place(
        "Basisschool De Regenboog, ouderlokaal",
        "Westlaan 90, 2642 KA Pijnacker",
        (52.0118, 4.4250),
        Some(false),
    ),
    place(
        "Schoolplein De Tuinen",
        "Westlaan 60, 2641 DJ Pijnacker",
        (52.0135, 4.4255),
        Some(true),
    ),
    place(
        "Dorpshuis Klapwijk",
        "Klapwijkseweg 40, 2641 LZ Pijnacker",
        (52.0275, 4.4402),
        Some(false),
    ),
    place(
        "Wijkkamer Plan-West",
        "Parmentierlaan 3, 2631 HA Nootdorp",
        (52.0436, 4.3895),
        Some(true),
    ),
    place(
        "Sporthal Plan-West",
        "Parmentierlaan 30, 2631 HB Nootdorp",
        (52.0442, 4.3874),
        Some(true),
    ),
    place(
        "Bibliotheek Nootdorp",
        "Dorpsstraat 7, 2631 CR Nootdorp",
        (52.0456, 4.3961),
        Some(true),
    ),
    place(
        "Wijkcentrum Nootdorp",
        "Dorpsstraat 45, 2631 CS Nootdorp",
        (52.0461, 4.3978),
        Some(true),
    ),
    place(
        "Kerkzaal Nootdorp",
        "Dorpsstraat 26, 2631 CR Nootdorp",
        (52.0452, 4.3969),
        Some(false),
    ),
    place(
        "Speel-o-theek, Nootdorp-Oost",
        "Veenweg 10, 2631 JA Nootdorp",
        (52.0421, 4.4108),
        Some(true),
    ),
    place(
        "Wijkkamer Oost",
        "Veenweg 22, 2631 JB Nootdorp",
        (52.0418, 4.4121),
        Some(true),
    ),
    place(
        "Dorpshuis Delfgauw",
        "Laan van Delfgauw 2, 2645 AA Delfgauw",
        (52.0117, 4.3935),
        Some(true),
    ),
    place(
        "Dorpsplein Delfgauw",
        "Laan van Delfgauw 1, 2645 AA Delfgauw",
        (52.0121, 4.3929),
        Some(true),
    ),
    place(
        "Ontmoetingsruimte bij De Kiezel",
        "Tolhek 1, 2645 KA Delfgauw",
        (52.0102, 4.3986),
        Some(true),
    ),
    place(
        "Buurthuis Emerald",
        "Emeraldweg 5, 2645 EE Delfgauw",
        (52.0169, 4.3869),
        Some(true),
    ),
];

const ACTIVITY: DemoActivity = DemoActivity {
    title: "",
    description: "",
    weekday: Weekday::Mon,
    start: (10, 0),
    minutes: 90,
    schedule: Schedule::EachWeek,
    area: "",
    place: "",
    target_group: None,
    cost_cents: Some(0),
    capacity: None,
    signup_required: false,
    ages: None,
    what_to_bring: None,
};

pub struct DemoInitiative {
    pub slug: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
    pub description: &'static str,
    pub kind: InitiativeKind,
    pub status: InitiativeStatus,
    /// Wijk CBS codes and buurt slugs.
    pub areas: &'static [&'static str],
    pub target_groups: &'static [&'static str],
    pub themes: &'static [&'static str],
    pub languages: &'static [&'static str],
    pub contact: Option<(ContactKind, &'static str)>,
    pub meeting_place: Option<&'static str>,
    pub looking_for_volunteers: bool,
    pub needs: Option<&'static str>,
    pub activities: &'static [DemoActivity],
}

const INITIATIVE: DemoInitiative = DemoInitiative {
    slug: "",
    name: "",
    summary: "",
    description: "",
    kind: InitiativeKind::Volunteer,
    status: InitiativeStatus::Published,
    areas: &[],
    target_groups: &[],
    themes: &[],
    languages: &["nl"],
    contact: None,
    meeting_place: None,
    looking_for_volunteers: false,
    needs: None,
    activities: &[],
};

const PIJNACKER: &str = "WK192601";
const NOOTDORP: &str = "WK192602";
const DELFGAUW: &str = "WK192603";

pub const INITIATIVES: &[DemoInitiative] = &[
    // Pijnacker
    DemoInitiative {
        slug: "koffieochtend-de-ontmoeting",
        name: "Koffieochtend De Ontmoeting",
        summary: "Elke dinsdag koffie, een praatje en een spelletje. Iedereen is welkom.",
        description: "Voel je je weleens alleen? Kom dan op dinsdagochtend koffie drinken. Je hoeft niets mee te nemen en niets te betalen. Vrijwilligers zetten koffie en thee. Er zijn spelletjes en kranten. Je mag ook gewoon komen kletsen.",
        areas: &[PIJNACKER, "pijnacker-noord"],
        target_groups: &["ouderen", "iedereen"],
        themes: &["eenzaamheid", "ontmoeting"],
        contact: Some((
            ContactKind::InPerson,
            "Loop binnen op dinsdagochtend in de Buurtkamer Noord.",
        )),
        meeting_place: Some("Buurtkamer Noord"),
        looking_for_volunteers: true,
        needs: Some("Een vrijwilliger die af en toe koffie wil zetten."),
        activities: &[DemoActivity {
            title: "Koffieochtend",
            description: "Koffie, thee en een praatje. Gratis.",
            weekday: Weekday::Tue,
            start: (10, 0),
            schedule: Schedule::Rule("FREQ=WEEKLY"),
            area: "pijnacker-noord",
            place: "Buurtkamer Noord",
            target_group: Some("ouderen"),
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "huiswerkklas-pijnacker-noord",
        name: "Huiswerkklas Pijnacker Noord",
        summary: "Hulp bij huiswerk voor kinderen van 9 tot 13 jaar, twee middagen per week.",
        description: "Kinderen uit groep 6, 7 en 8 en de brugklas maken hier hun huiswerk. Vrijwilligers helpen met rekenen, taal en plannen. Ouders kunnen na afloop even bijpraten.",
        areas: &[PIJNACKER, "pijnacker-noord"],
        target_groups: &["jeugd-9-13"],
        themes: &["taal", "opvoeden"],
        contact: Some((ContactKind::Email, "huiswerkklas@pijnacker-noord.example")),
        meeting_place: Some("Buurtkamer Noord"),
        looking_for_volunteers: true,
        needs: Some("Vrijwilligers die goed zijn in rekenen."),
        activities: &[
            DemoActivity {
                title: "Huiswerkklas",
                description: "Er is drinken en fruit.",
                what_to_bring: Some("Je huiswerk en je agenda."),
                weekday: Weekday::Mon,
                start: (15, 30),
                schedule: Schedule::EachWeek,
                area: "pijnacker-noord",
                place: "Buurtkamer Noord",
                target_group: Some("jeugd-9-13"),
                ages: Some((9, 13)),
                capacity: Some(15),
                ..ACTIVITY
            },
            DemoActivity {
                title: "Huiswerkklas",
                description: "Er is drinken en fruit.",
                what_to_bring: Some("Je huiswerk en je agenda."),
                weekday: Weekday::Wed,
                start: (15, 30),
                schedule: Schedule::EachWeek,
                area: "pijnacker-noord",
                place: "Buurtkamer Noord",
                target_group: Some("jeugd-9-13"),
                ages: Some((9, 13)),
                capacity: Some(15),
                ..ACTIVITY
            },
        ],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "wandelgroep-mantelzorgers-pijnacker",
        name: "Wandelgroep voor mantelzorgers",
        summary: "Even weg uit de zorg: samen wandelen en praten met andere mantelzorgers.",
        description: "Zorg je voor iemand in je familie of buurt? Dan is het fijn om er even uit te zijn. We wandelen een uur door het park. Daarna drinken we samen koffie. Je praat met mensen die hetzelfde meemaken.",
        areas: &[PIJNACKER, "pijnacker-centrum"],
        target_groups: &["mantelzorgers"],
        themes: &["mantelzorg", "gezondheid"],
        contact: Some((ContactKind::Phone, "06 12345678")),
        meeting_place: Some("Ingang Ackerdijkse Bos, kant Pijnacker"),
        activities: &[DemoActivity {
            title: "Wandelen met mantelzorgers",
            description: "We lopen ongeveer vier kilometer in een rustig tempo.",
            weekday: Weekday::Thu,
            start: (9, 30),
            minutes: 120,
            schedule: Schedule::EachWeek,
            area: "pijnacker-centrum",
            place: "Ingang Ackerdijkse Bos",
            target_group: Some("mantelzorgers"),
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "taalcafe-pijnacker",
        name: "Taalcafé Pijnacker",
        summary: "Nederlands oefenen in een gezellige groep, met vrijwilligers als taalmaatje.",
        description: "Wil je beter Nederlands spreken? In het Taalcafé praat je over gewone dingen: boodschappen, school, werk. Een vrijwilliger helpt je. Alle niveaus zijn welkom.",
        kind: InitiativeKind::Citizen,
        areas: &[PIJNACKER, "pijnacker-centrum"],
        target_groups: &["nieuwkomers"],
        themes: &["taal", "ontmoeting"],
        languages: &["nl", "en", "ar", "uk"],
        contact: Some((ContactKind::Email, "taalcafe@pijnacker.example")),
        meeting_place: Some("Bibliotheek Pijnacker"),
        looking_for_volunteers: true,
        needs: Some("Taalmaatjes voor de woensdagavond."),
        activities: &[DemoActivity {
            title: "Taalcafé",
            description: "Praten in het Nederlands, op je eigen niveau.",
            weekday: Weekday::Wed,
            start: (19, 30),
            schedule: Schedule::Rule("FREQ=WEEKLY"),
            area: "pijnacker-centrum",
            place: "Bibliotheek Pijnacker",
            target_group: Some("nieuwkomers"),
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "repair-cafe-pijnacker",
        name: "Repair Café Pijnacker",
        summary: "Kapot? Samen maken we het weer heel. Elke eerste zaterdag van de maand.",
        description: "Neem je kapotte lamp, broek of fiets mee. Vrijwillige reparateurs helpen je het zelf te maken. Dat scheelt geld en afval. Ondertussen drink je een kop koffie.",
        areas: &[PIJNACKER, "pijnacker-zuid"],
        target_groups: &["iedereen"],
        themes: &["armoede", "ontmoeting"],
        contact: Some((ContactKind::Website, "https://repaircafe-pijnacker.example")),
        meeting_place: Some("Wijkcentrum Zuid"),
        looking_for_volunteers: true,
        needs: Some("Iemand die naaimachines kan repareren."),
        activities: &[DemoActivity {
            title: "Repair Café",
            description: "Repareren met hulp van vrijwilligers. Een vrijwillige bijdrage mag.",
            weekday: Weekday::Sat,
            start: (10, 0),
            minutes: 180,
            schedule: Schedule::FirstOfMonth,
            area: "pijnacker-zuid",
            place: "Wijkcentrum Zuid",
            target_group: Some("iedereen"),
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "samen-eten-klapwijk",
        name: "Samen Eten Klapwijk",
        summary: "Om de week samen een warme maaltijd, voor een klein bedrag.",
        description: "Eet je vaak alleen? Schuif aan bij Samen Eten. Vrijwilligers koken een gezonde maaltijd met drie gangen. Je betaalt een klein bedrag. Aanmelden kan tot de dag ervoor.",
        areas: &[PIJNACKER, "klapwijk"],
        target_groups: &["ouderen", "iedereen"],
        themes: &["eenzaamheid", "gezondheid"],
        contact: Some((ContactKind::Phone, "06 23456789")),
        meeting_place: Some("Dorpshuis Klapwijk"),
        activities: &[DemoActivity {
            title: "Samen eten",
            description: "Een warme maaltijd met drie gangen.",
            weekday: Weekday::Fri,
            start: (17, 30),
            minutes: 120,
            schedule: Schedule::EveryOtherWeek,
            area: "klapwijk",
            place: "Dorpshuis Klapwijk",
            target_group: Some("ouderen"),
            cost_cents: Some(750),
            capacity: Some(24),
            signup_required: true,
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "beweegmaatjes-pijnacker",
        name: "Beweegmaatjes Pijnacker",
        summary: "Samen bewegen op je eigen tempo, ook met een rollator of rolstoel.",
        description: "Bewegen is gezond, maar alleen is het lastig. Bij Beweegmaatjes oefen je in een kleine groep. Een vrijwilliger met ervaring in de zorg begeleidt de les. Alles kan zittend.",
        areas: &[PIJNACKER],
        target_groups: &["ouderen", "beperking"],
        themes: &["gezondheid"],
        contact: Some((ContactKind::Email, "beweegmaatjes@pijnacker.example")),
        activities: &[DemoActivity {
            title: "Stoelgym",
            description: "Oefeningen op een stoel, met muziek.",
            weekday: Weekday::Fri,
            start: (10, 30),
            minutes: 60,
            schedule: Schedule::EachWeek,
            area: "pijnacker-centrum",
            place: "Gymzaal Centrum",
            target_group: Some("ouderen"),
            cost_cents: Some(200),
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "ouderkamer-pijnacker-zuid",
        name: "Ouderkamer Pijnacker Zuid",
        summary: "Ouders praten met elkaar over opvoeden, school en de buurt.",
        description: "In de Ouderkamer ontmoet je andere ouders. We praten over wat je bezighoudt: slapen, schermtijd, geld, school. Soms komt er een gast van de jeugdgezondheidszorg. Kleine kinderen mogen mee.",
        kind: InitiativeKind::SelfOrganisation,
        areas: &[PIJNACKER, "pijnacker-zuid"],
        target_groups: &["gezinnen"],
        themes: &["opvoeden", "ontmoeting"],
        languages: &["nl", "tr", "ar"],
        contact: Some((ContactKind::Whatsapp, "06 34567890")),
        activities: &[DemoActivity {
            title: "Ouderkamer",
            description: "Koffie en praten over opvoeden.",
            weekday: Weekday::Thu,
            start: (8, 45),
            minutes: 75,
            schedule: Schedule::EveryOtherWeek,
            area: "pijnacker-zuid",
            place: "Basisschool De Regenboog, ouderlokaal",
            target_group: Some("gezinnen"),
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "digicafe-pijnacker",
        name: "Digicafé Pijnacker",
        summary: "Hulp met je telefoon, tablet of DigiD. Stel gerust je vraag.",
        description: "Lukt iets niet op je telefoon of computer? Vrijwilligers helpen je met e-mail, apps, DigiD en online bankieren. Neem je eigen apparaat mee.",
        areas: &[PIJNACKER, "pijnacker-centrum"],
        target_groups: &["ouderen", "iedereen"],
        themes: &["armoede"],
        contact: Some((
            ContactKind::InPerson,
            "Kom langs tijdens het Digicafé in de bibliotheek.",
        )),
        meeting_place: Some("Bibliotheek Pijnacker"),
        activities: &[DemoActivity {
            title: "Digicafé",
            description: "Vragen over telefoon, tablet, computer en DigiD.",
            weekday: Weekday::Mon,
            start: (14, 0),
            minutes: 120,
            schedule: Schedule::EveryOtherWeek,
            area: "pijnacker-centrum",
            place: "Bibliotheek Pijnacker",
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "buurtmoestuin-pijnacker-noord",
        name: "Buurtmoestuin Pijnacker Noord",
        summary: "Samen tuinieren en oogsten. Geen ervaring nodig.",
        description: "In de buurtmoestuin kweken we groenten, kruiden en bloemen. Iedereen kan meedoen, ook als je nog nooit getuinierd hebt. De oogst delen we.",
        kind: InitiativeKind::Citizen,
        areas: &[PIJNACKER, "pijnacker-noord"],
        target_groups: &["iedereen", "gezinnen"],
        themes: &["ontmoeting", "gezondheid"],
        contact: Some((ContactKind::Email, "moestuin@pijnacker-noord.example")),
        looking_for_volunteers: true,
        activities: &[DemoActivity {
            title: "Tuinochtend",
            description: "Wieden, zaaien en oogsten. Neem tuinhandschoenen mee.",
            weekday: Weekday::Sat,
            start: (10, 0),
            minutes: 150,
            schedule: Schedule::EveryOtherWeek,
            area: "pijnacker-noord",
            place: "Buurtmoestuin achter de Buurtkamer",
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    // Nootdorp
    DemoInitiative {
        slug: "koffie-en-kletsen-plan-west",
        name: "Koffie & Kletsen Plan-West",
        summary: "Wekelijkse koffieochtend voor buurtbewoners in Plan-West.",
        description: "Elke donderdag staat de koffie klaar. Je ontmoet buren en hoort wat er in de wijk gebeurt. Soms is er een korte activiteit, zoals bingo of een quiz.",
        areas: &[NOOTDORP, "nootdorp-plan-west"],
        target_groups: &["ouderen", "iedereen"],
        themes: &["eenzaamheid", "ontmoeting"],
        contact: Some((ContactKind::Phone, "06 45678901")),
        meeting_place: Some("Wijkkamer Plan-West"),
        activities: &[DemoActivity {
            title: "Koffie & Kletsen",
            description: "Koffie, thee en gezelligheid.",
            weekday: Weekday::Thu,
            start: (10, 0),
            schedule: Schedule::Rule("FREQ=WEEKLY"),
            area: "nootdorp-plan-west",
            place: "Wijkkamer Plan-West",
            target_group: Some("ouderen"),
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "huiswerkhulp-nootdorp",
        name: "Huiswerkhulp Nootdorp",
        summary: "Vrijwilligers helpen kinderen met huiswerk en leren plannen.",
        description: "Heeft je kind moeite met huiswerk? Bij Huiswerkhulp Nootdorp krijgt het een vaste vrijwilliger. Samen maken ze een planning en oefenen ze voor toetsen.",
        areas: &[NOOTDORP, "nootdorp-centrum"],
        target_groups: &["jeugd-9-13"],
        themes: &["opvoeden", "taal"],
        contact: Some((ContactKind::Email, "huiswerkhulp@nootdorp.example")),
        looking_for_volunteers: true,
        needs: Some("Vrijwilligers voor de dinsdagmiddag."),
        activities: &[DemoActivity {
            title: "Huiswerkhulp",
            description: "Huiswerk maken met een vaste vrijwilliger.",
            weekday: Weekday::Tue,
            start: (15, 45),
            minutes: 90,
            schedule: Schedule::EachWeek,
            area: "nootdorp-centrum",
            place: "Bibliotheek Nootdorp",
            target_group: Some("jeugd-9-13"),
            ages: Some((9, 13)),
            signup_required: true,
            capacity: Some(12),
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "vrouwencafe-nootdorp",
        name: "Vrouwencafé Nootdorp",
        summary: "Vrouwen uit alle landen ontmoeten elkaar en oefenen Nederlands.",
        description: "In het Vrouwencafé ontmoet je vrouwen uit Nootdorp en uit andere landen. We praten, koken soms samen en gaan op uitstap. Je oefent Nederlands zonder dat het een les is.",
        kind: InitiativeKind::SelfOrganisation,
        areas: &[NOOTDORP],
        target_groups: &["nieuwkomers"],
        themes: &["ontmoeting", "taal"],
        languages: &["nl", "ar", "ti", "fa"],
        contact: Some((ContactKind::Whatsapp, "06 56789012")),
        activities: &[DemoActivity {
            title: "Vrouwencafé",
            description: "Ontmoeten, praten en soms samen koken.",
            weekday: Weekday::Tue,
            start: (13, 30),
            minutes: 120,
            schedule: Schedule::EachWeek,
            area: "nootdorp-centrum",
            place: "Wijkcentrum Nootdorp",
            target_group: Some("nieuwkomers"),
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "geldmaatjes-nootdorp",
        name: "Geldmaatjes Nootdorp",
        summary: "Een vrijwilliger helpt je overzicht te krijgen in je geld en post.",
        description: "Liggen er rekeningen die je niet begrijpt? Een Geldmaatje komt bij je thuis. Samen zet je je geldzaken op een rij. Het is gratis en niemand hoort ervan.",
        kind: InitiativeKind::Volunteer,
        areas: &[NOOTDORP, PIJNACKER, DELFGAUW],
        target_groups: &["iedereen", "gezinnen"],
        themes: &["armoede"],
        contact: Some((ContactKind::Phone, "06 67890123")),
        activities: &[DemoActivity {
            title: "Inloopspreekuur geldvragen",
            description: "Stel je vraag over geld, post of toeslagen. Zonder afspraak.",
            weekday: Weekday::Mon,
            start: (10, 0),
            minutes: 120,
            schedule: Schedule::FirstOfMonth,
            area: "nootdorp-centrum",
            place: "Wijkcentrum Nootdorp",
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "speel-o-theek-nootdorp",
        name: "Speel-o-theek Nootdorp",
        summary: "Speelgoed lenen voor een klein bedrag, en andere ouders ontmoeten.",
        description: "In de Speel-o-theek leen je speelgoed en spellen, net als boeken in de bibliotheek. Dat is goedkoop en goed voor het milieu. Vrijwilligers helpen je kiezen.",
        kind: InitiativeKind::SocialEnterprise,
        areas: &[NOOTDORP, "nootdorp-oost"],
        target_groups: &["gezinnen"],
        themes: &["opvoeden", "armoede"],
        contact: Some((ContactKind::Website, "https://speelotheek-nootdorp.example")),
        activities: &[DemoActivity {
            title: "Speel-o-theek open",
            description: "Speelgoed lenen en terugbrengen.",
            weekday: Weekday::Sat,
            start: (10, 0),
            minutes: 120,
            schedule: Schedule::Rule("FREQ=WEEKLY"),
            area: "nootdorp-oost",
            place: "Speel-o-theek, Nootdorp-Oost",
            target_group: Some("gezinnen"),
            cost_cents: Some(100),
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "mantelzorgcafe-nootdorp",
        name: "Mantelzorgcafé Nootdorp",
        summary: "Eén keer per maand: informatie, steun en een luisterend oor voor mantelzorgers.",
        description: "In het Mantelzorgcafé praat je met andere mantelzorgers. Soms is er een spreker, bijvoorbeeld over respijtzorg of regelingen. Je krijgt tips en je bent even niet alleen.",
        areas: &[NOOTDORP],
        target_groups: &["mantelzorgers"],
        themes: &["mantelzorg", "eenzaamheid"],
        contact: Some((ContactKind::Email, "mantelzorgcafe@nootdorp.example")),
        activities: &[DemoActivity {
            title: "Mantelzorgcafé",
            description: "Praten, informatie en steun.",
            weekday: Weekday::Wed,
            start: (19, 30),
            minutes: 120,
            schedule: Schedule::FirstOfMonth,
            area: NOOTDORP,
            place: "Wijkcentrum Nootdorp",
            target_group: Some("mantelzorgers"),
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "boodschappenhulp-nootdorp-oost",
        name: "Boodschappenhulp Nootdorp-Oost",
        summary: "Buren doen boodschappen voor buren die dat zelf even niet kunnen.",
        description: "Ben je ziek, herstel je van een operatie of kun je slecht lopen? Een buurtgenoot doet dan je boodschappen. Je betaalt alleen de boodschappen zelf.",
        kind: InitiativeKind::Citizen,
        areas: &[NOOTDORP, "nootdorp-oost"],
        target_groups: &["ouderen", "beperking"],
        themes: &["eenzaamheid"],
        contact: Some((ContactKind::Phone, "06 78901234")),
        looking_for_volunteers: true,
        needs: Some("Buren met een auto of bakfiets."),
        activities: &[DemoActivity {
            title: "Kennismaken met de boodschappenhulp",
            description: "Vrijwilligers en hulpvragers maken kennis.",
            weekday: Weekday::Wed,
            start: (14, 0),
            minutes: 60,
            schedule: Schedule::Once(3),
            area: "nootdorp-oost",
            place: "Wijkkamer Oost",
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "buurtkoor-nootdorp",
        name: "Buurtkoor Nootdorp",
        summary: "Zingen is gezond en gezellig. Je hoeft geen noten te kunnen lezen.",
        description: "Het Buurtkoor zingt bekende liedjes uit binnen- en buitenland. Iedereen mag meezingen. Twee keer per jaar geven we een optreden in de wijk.",
        kind: InitiativeKind::Citizen,
        areas: &[NOOTDORP, "nootdorp-centrum"],
        target_groups: &["iedereen"],
        themes: &["ontmoeting"],
        contact: Some((ContactKind::Email, "buurtkoor@nootdorp.example")),
        activities: &[DemoActivity {
            title: "Repetitie Buurtkoor",
            description: "Samen zingen, met een pauze voor koffie.",
            weekday: Weekday::Mon,
            start: (19, 45),
            minutes: 105,
            schedule: Schedule::Rule("FREQ=WEEKLY"),
            area: "nootdorp-centrum",
            place: "Kerkzaal Nootdorp",
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "samen-sporten-nootdorp",
        name: "Samen Sporten Nootdorp",
        summary: "Sporten voor mensen met en zonder beperking, met aangepaste oefeningen.",
        description: "Bij Samen Sporten doet iedereen mee. Trainers passen de oefeningen aan, zodat het voor jou goed werkt. Na afloop drinken we samen wat.",
        kind: InitiativeKind::SocialEnterprise,
        areas: &[NOOTDORP],
        target_groups: &["beperking"],
        themes: &["gezondheid", "ontmoeting"],
        contact: Some((
            ContactKind::Website,
            "https://samensporten-nootdorp.example",
        )),
        activities: &[DemoActivity {
            title: "Samen sporten",
            description: "Aangepast sporten in de sporthal.",
            weekday: Weekday::Sat,
            start: (11, 0),
            minutes: 60,
            schedule: Schedule::EveryOtherWeek,
            area: "nootdorp-plan-west",
            place: "Sporthal Plan-West",
            target_group: Some("beperking"),
            cost_cents: Some(300),
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "jongerenwerkplaats-nootdorp",
        name: "Jongerenwerkplaats Nootdorp",
        summary: "Knutselen, bouwen en programmeren voor kinderen van 9 tot 13.",
        description: "In de werkplaats maak je zelf dingen: een vogelhuisje, een robot of een spel op de computer. Vrijwilligers helpen je op weg.",
        areas: &[NOOTDORP, "nootdorp-oost"],
        target_groups: &["jeugd-9-13"],
        themes: &["opvoeden"],
        contact: Some((ContactKind::Email, "werkplaats@nootdorp.example")),
        looking_for_volunteers: true,
        activities: &[DemoActivity {
            title: "Werkplaats",
            description: "Bouwen, knutselen of programmeren.",
            weekday: Weekday::Wed,
            start: (14, 0),
            minutes: 120,
            schedule: Schedule::Rule("FREQ=WEEKLY"),
            area: "nootdorp-oost",
            place: "Wijkkamer Oost",
            target_group: Some("jeugd-9-13"),
            ages: Some((9, 13)),
            capacity: Some(10),
            signup_required: true,
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    // Delfgauw
    DemoInitiative {
        slug: "koffieochtend-rond-de-kiezel",
        name: "Koffieochtend rond De Kiezel",
        summary: "Koffie met buren uit Delfgauw. Elke woensdag, zonder aanmelden.",
        description: "Je bent welkom voor koffie, thee en een praatje. De koffieochtend is voor iedereen, maar vooral voor wie weinig mensen ziet. Vrijwilligers halen je op als lopen lastig is.",
        areas: &[DELFGAUW, "delfgauw-rond-de-kiezel"],
        target_groups: &["ouderen"],
        themes: &["eenzaamheid", "ontmoeting"],
        contact: Some((ContactKind::Phone, "06 89012345")),
        meeting_place: Some("Ontmoetingsruimte bij De Kiezel"),
        looking_for_volunteers: true,
        needs: Some("Chauffeurs die mensen willen ophalen."),
        activities: &[DemoActivity {
            title: "Koffieochtend",
            description: "Koffie, thee en een praatje.",
            weekday: Weekday::Wed,
            start: (10, 0),
            schedule: Schedule::Rule("FREQ=WEEKLY"),
            area: "delfgauw-rond-de-kiezel",
            place: "Ontmoetingsruimte bij De Kiezel",
            target_group: Some("ouderen"),
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "leesclub-delfgauw",
        name: "Leesclub Delfgauw",
        summary: "Eén boek per maand, en daarna samen praten over wat je las.",
        description: "We kiezen samen een boek. Een maand later praten we erover. Je kunt de boeken lenen bij de bibliotheek. Er zijn ook boeken in makkelijke taal.",
        kind: InitiativeKind::Citizen,
        areas: &[DELFGAUW, "delfgauw-centrum"],
        target_groups: &["iedereen"],
        themes: &["ontmoeting", "taal"],
        contact: Some((ContactKind::Email, "leesclub@delfgauw.example")),
        activities: &[DemoActivity {
            title: "Leesclub",
            description: "Praten over het boek van deze maand.",
            weekday: Weekday::Tue,
            start: (20, 0),
            minutes: 90,
            schedule: Schedule::FirstOfMonth,
            area: "delfgauw-centrum",
            place: "Dorpshuis Delfgauw",
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "kinderkookclub-emerald",
        name: "Kinderkookclub Emerald",
        summary: "Kinderen koken samen een gezonde maaltijd en eten die ook op.",
        description: "Bij de kookclub leer je koken met verse groenten. Je snijdt, roert en proeft. Daarna eten we samen. Ouders zijn welkom om mee te eten.",
        areas: &[DELFGAUW, "emerald"],
        target_groups: &["jeugd-9-13", "gezinnen"],
        themes: &["gezondheid"],
        contact: Some((ContactKind::Email, "kookclub@emerald.example")),
        activities: &[DemoActivity {
            title: "Kinderkookclub",
            description: "Samen koken en eten.",
            weekday: Weekday::Sat,
            start: (11, 0),
            minutes: 120,
            schedule: Schedule::EachWeek,
            area: "emerald",
            place: "Buurthuis Emerald",
            target_group: Some("jeugd-9-13"),
            ages: Some((9, 13)),
            cost_cents: Some(250),
            capacity: Some(12),
            signup_required: true,
            what_to_bring: Some("Een schort en een bakje om eten mee naar huis te nemen."),
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "wandelen-met-de-buurt-delfgauw",
        name: "Wandelen met de buurt Delfgauw",
        summary: "Elke zondag een rustige wandeling door Delfgauw en de polder.",
        description: "We wandelen ongeveer een uur. Onderweg maak je nieuwe kennissen. Na de wandeling kun je nog koffie drinken.",
        kind: InitiativeKind::Citizen,
        areas: &[DELFGAUW],
        target_groups: &["iedereen"],
        themes: &["gezondheid", "ontmoeting"],
        contact: Some((
            ContactKind::InPerson,
            "Kom om 14.00 uur naar het dorpsplein.",
        )),
        activities: &[DemoActivity {
            title: "Zondagwandeling",
            description: "Een rustige wandeling van een uur.",
            weekday: Weekday::Sun,
            start: (14, 0),
            minutes: 75,
            schedule: Schedule::EachWeek,
            area: "delfgauw-centrum",
            place: "Dorpsplein Delfgauw",
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "maatjesproject-delfgauw",
        name: "Maatjesproject Delfgauw",
        summary: "Een buurtgenoot als maatje, om samen de weg te vinden in Delfgauw.",
        description: "Ben je nieuw in Nederland? Een maatje helpt je de buurt te leren kennen. Jullie spreken af wanneer het jullie past: koffie drinken, naar de markt of naar de huisarts.",
        areas: &[DELFGAUW],
        target_groups: &["nieuwkomers"],
        themes: &["taal", "ontmoeting"],
        languages: &["nl", "en", "uk", "ar"],
        contact: Some((ContactKind::Email, "maatjes@delfgauw.example")),
        looking_for_volunteers: true,
        needs: Some("Maatjes die Arabisch of Oekraïens spreken."),
        activities: &[
            DemoActivity {
                title: "Informatieavond voor nieuwe maatjes",
                description: "Wil je maatje worden? Kom luisteren en stel je vragen.",
                weekday: Weekday::Thu,
                start: (19, 30),
                minutes: 90,
                schedule: Schedule::Once(2),
                area: "delfgauw-centrum",
                place: "Dorpshuis Delfgauw",
                ..ACTIVITY
            },
            DemoActivity {
                title: "Maatjesmiddag",
                description: "Alle maatjes samen: spelletjes en koffie.",
                weekday: Weekday::Sat,
                start: (14, 0),
                minutes: 120,
                schedule: Schedule::FirstOfMonth,
                area: "delfgauw-centrum",
                place: "Dorpshuis Delfgauw",
                target_group: Some("nieuwkomers"),
                ..ACTIVITY
            },
        ],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "lotgenotengroep-mantelzorgers-delfgauw",
        name: "Lotgenotengroep mantelzorgers Delfgauw",
        summary: "Een vaste groep mantelzorgers die elkaar steunen.",
        description: "In deze kleine groep deel je ervaringen met andere mantelzorgers. Wat je vertelt, blijft in de groep. Een ervaren vrijwilliger leidt het gesprek.",
        kind: InitiativeKind::SelfOrganisation,
        areas: &[DELFGAUW],
        target_groups: &["mantelzorgers"],
        themes: &["mantelzorg"],
        contact: Some((ContactKind::Phone, "06 90123456")),
        activities: &[DemoActivity {
            title: "Lotgenotengroep",
            description: "Gesprek in een vaste, kleine groep.",
            weekday: Weekday::Mon,
            start: (19, 30),
            minutes: 90,
            schedule: Schedule::EveryOtherWeek,
            area: "delfgauw-centrum",
            place: "Dorpshuis Delfgauw",
            target_group: Some("mantelzorgers"),
            capacity: Some(10),
            signup_required: true,
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "ouder-kindochtend-delfgauw",
        name: "Ouder-kindochtend Delfgauw",
        summary: "Spelen, zingen en koffie voor ouders met jonge kinderen.",
        description: "Kom met je kleintje spelen en zingen. Jij drinkt koffie met andere ouders. Zo leer je andere gezinnen in Delfgauw kennen.",
        areas: &[DELFGAUW, "emerald"],
        target_groups: &["gezinnen"],
        themes: &["opvoeden", "ontmoeting"],
        contact: Some((ContactKind::Whatsapp, "06 01234567")),
        activities: &[DemoActivity {
            title: "Ouder-kindochtend",
            description: "Spelen en zingen met jonge kinderen.",
            weekday: Weekday::Fri,
            start: (9, 30),
            minutes: 90,
            schedule: Schedule::Rule("FREQ=WEEKLY"),
            area: "emerald",
            place: "Buurthuis Emerald",
            target_group: Some("gezinnen"),
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    // Whole municipality
    DemoInitiative {
        slug: "telefooncirkel-pijnacker-nootdorp",
        name: "Telefooncirkel Pijnacker-Nootdorp",
        summary: "Elke ochtend even bellen: een vast praatje en een veilig gevoel.",
        description: "In de telefooncirkel bellen deelnemers elkaar elke ochtend. Zo weet je dat het goed gaat met de ander. Neemt iemand niet op, dan belt een vrijwilliger een contactpersoon.",
        areas: &[PIJNACKER, NOOTDORP, DELFGAUW],
        target_groups: &["ouderen"],
        themes: &["eenzaamheid"],
        contact: Some((ContactKind::Phone, "06 11223344")),
        looking_for_volunteers: true,
        activities: &[DemoActivity {
            title: "Kennismakingsochtend telefooncirkel",
            description: "Deelnemers en vrijwilligers maken kennis, met koffie.",
            weekday: Weekday::Tue,
            start: (10, 30),
            minutes: 90,
            schedule: Schedule::Once(5),
            area: PIJNACKER,
            place: "Buurtkamer Noord",
            target_group: Some("ouderen"),
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "klussendienst-pijnacker-nootdorp",
        name: "Vrijwillige Klussendienst",
        summary: "Kleine klussen in huis voor wie het zelf niet kan of niet kan betalen.",
        description: "Een lamp ophangen, een kraan die lekt, een gordijnrail: vrijwilligers doen kleine klussen. Je betaalt alleen de materialen.",
        areas: &[PIJNACKER, NOOTDORP, DELFGAUW],
        target_groups: &["ouderen", "beperking"],
        themes: &["armoede"],
        contact: Some((ContactKind::Phone, "06 22334455")),
        looking_for_volunteers: true,
        needs: Some("Handige vrijwilligers, ook voor een paar uur per maand."),
        activities: &[DemoActivity {
            title: "Klusspreekuur",
            description: "Meld je klus aan of kom meehelpen.",
            weekday: Weekday::Thu,
            start: (13, 30),
            minutes: 90,
            schedule: Schedule::FirstOfMonth,
            area: "pijnacker-centrum",
            place: "Wijkcentrum Centrum",
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "internationale-vrouwengroep",
        name: "Internationale Vrouwengroep",
        summary: "Vrouwen uit verschillende culturen doen samen activiteiten.",
        description: "We koken, wandelen en praten over wat ons bezighoudt. Je leert de gemeente en andere vrouwen kennen. Nieuwe leden zijn altijd welkom.",
        kind: InitiativeKind::SelfOrganisation,
        areas: &[PIJNACKER, NOOTDORP, DELFGAUW],
        target_groups: &["nieuwkomers", "gezinnen"],
        themes: &["ontmoeting"],
        languages: &["nl", "ar", "tr", "so"],
        contact: Some((ContactKind::Whatsapp, "06 33445566")),
        activities: &[
            DemoActivity {
                title: "Samen koken",
                description: "Gerechten uit verschillende landen.",
                weekday: Weekday::Sat,
                start: (13, 0),
                minutes: 180,
                schedule: Schedule::Once(4),
                area: "nootdorp-centrum",
                place: "Wijkcentrum Nootdorp",
                cost_cents: Some(300),
                ..ACTIVITY
            },
            DemoActivity {
                title: "Wandeling en picknick",
                description: "Een wandeling met onderweg iets te eten.",
                weekday: Weekday::Sun,
                start: (12, 0),
                minutes: 180,
                schedule: Schedule::Once(8),
                area: "delfgauw-centrum",
                place: "Dorpsplein Delfgauw",
                ..ACTIVITY
            },
        ],
        ..INITIATIVE
    },
    // Submitted and not yet reviewed: not shown to the public.
    DemoInitiative {
        slug: "schaakclub-voor-senioren",
        name: "Schaakclub voor senioren",
        summary: "Schaken en dammen op de maandagmiddag.",
        description: "Een nieuwe club voor ouderen die graag schaken of dammen. Beginners zijn welkom.",
        status: InitiativeStatus::Submitted,
        areas: &[PIJNACKER],
        target_groups: &["ouderen"],
        themes: &["ontmoeting"],
        contact: Some((ContactKind::Email, "schaken@pijnacker.example")),
        activities: &[DemoActivity {
            title: "Schaakmiddag",
            description: "Schaken en dammen.",
            weekday: Weekday::Mon,
            start: (14, 0),
            minutes: 120,
            schedule: Schedule::EveryOtherWeek,
            area: "pijnacker-centrum",
            place: "Wijkcentrum Centrum",
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
    DemoInitiative {
        slug: "fietsles-voor-volwassenen",
        name: "Fietsles voor volwassenen",
        summary: "Leren fietsen als volwassene, in een veilige omgeving.",
        description: "Nooit leren fietsen? Vrijwilligers leren het je, stap voor stap. Er zijn fietsen om op te oefenen.",
        status: InitiativeStatus::Submitted,
        areas: &[NOOTDORP],
        target_groups: &["nieuwkomers"],
        themes: &["gezondheid"],
        languages: &["nl", "en", "ar"],
        contact: Some((ContactKind::Email, "fietsles@nootdorp.example")),
        activities: &[DemoActivity {
            title: "Fietsles",
            description: "Oefenen op het schoolplein.",
            weekday: Weekday::Sat,
            start: (9, 30),
            minutes: 60,
            schedule: Schedule::EveryOtherWeek,
            area: "nootdorp-centrum",
            place: "Schoolplein De Tuinen",
            ..ACTIVITY
        }],
        ..INITIATIVE
    },
];
