//! Changing what residents read about an activity, through the beheerlink:
//! its name and description, where it is (with wheelchair access), what to
//! bring, what it costs, for which ages, and whether people must sign up
//! (with the number of places). The form sits on the activity's page for
//! volunteers (`manage.rs`) and posts to the same address with
//! `actie=opslaan` (`server/src/web/intake.rs`).
//!
//! The times are not on this form: one date is moved on the dates list
//! (`move_date.rs`) and the times of a whole series have their own form
//! (`series_times.rs`), because the dates are named by their start. The
//! repeat rule itself cannot be changed here: a volunteer stops the series
//! and adds a new activity.

use chrono::{DateTime, Utc};
use entity::activity;
use leptos::prelude::*;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, IntoActiveModel, Set};

use super::store::activity_search_text;
use crate::forms::fields::{ChoiceGroup, ChoiceKind, ProblemSummary, TextArea, TextField};
use crate::forms::validate::{LengthProblem, optional_length, required_length};
use crate::i18n::Locale;

const TITLE_CHARS: (usize, usize) = (3, 100);
const DESCRIPTION_CHARS: usize = 2000;
const PLACE_CHARS: usize = 120;
const ADDRESS_CHARS: usize = 200;
const BRING_CHARS: usize = 300;
/// € 1.000: above this it is surely a typing mistake for a neighbourhood
/// activity.
const MOST_CENTS: i64 = 100_000;
const OLDEST_AGE: i32 = 120;
const MOST_PLACES: i32 = 10_000;

/// The form's fields as typed, kept when there is a problem.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActivityDetails {
    pub title: String,
    pub description: String,
    pub place: String,
    pub address: String,
    /// `ja`, `nee`, or `onbekend` (or nothing) for "not known".
    pub wheelchair: String,
    pub bring: String,
    /// In euro as people type it (`2,50`, `€ 3`, `0`); empty is not known.
    pub cost: String,
    pub min_age: String,
    pub max_age: String,
    pub signup_required: bool,
    pub places: String,
}

/// A field of the form, by its id and name on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DetailField {
    Title,
    Description,
    Place,
    Address,
    Wheelchair,
    Bring,
    Cost,
    MinAge,
    MaxAge,
    SignUp,
    Places,
}

impl DetailField {
    pub fn id(self) -> &'static str {
        match self {
            DetailField::Title => "titel",
            DetailField::Description => "beschrijving",
            DetailField::Place => "plaats",
            DetailField::Address => "adres",
            DetailField::Wheelchair => "rolstoel",
            DetailField::Bring => "meenemen",
            DetailField::Cost => "kosten",
            DetailField::MinAge => "leeftijd-van",
            DetailField::MaxAge => "leeftijd-tot",
            DetailField::SignUp => "aanmelden",
            DetailField::Places => "plaatsen",
        }
    }
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DetailProblem {
    Length(LengthProblem),
    NotAnAmount,
    NotAnAge,
    AgesReversed,
    NotANumberOfPlaces,
}

/// The form posted with problems: drawn again with what was typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DetailsFormState {
    pub details: ActivityDetails,
    pub problems: Vec<(DetailField, DetailProblem)>,
}

/// Checked details, ready to store.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckedDetails {
    pub title: String,
    pub description: String,
    pub place: Option<String>,
    pub address: Option<String>,
    pub wheelchair: Option<bool>,
    pub bring: Option<String>,
    pub cost_cents: Option<i32>,
    pub min_age: Option<i32>,
    pub max_age: Option<i32>,
    pub signup_required: bool,
    /// Only with `signup_required`; `None` is no limit.
    pub places: Option<i32>,
}

impl ActivityDetails {
    /// The form filled in with what is stored now.
    pub fn of(row: &activity::Model) -> ActivityDetails {
        let number = |value: Option<i32>| value.map(|n| n.to_string()).unwrap_or_default();
        ActivityDetails {
            title: row.title.clone(),
            description: row.description.clone(),
            place: row.place_name.clone().unwrap_or_default(),
            address: row.address.clone().unwrap_or_default(),
            wheelchair: match row.wheelchair_accessible {
                Some(true) => "ja",
                Some(false) => "nee",
                None => "onbekend",
            }
            .to_owned(),
            bring: row.what_to_bring.clone().unwrap_or_default(),
            cost: row.cost_cents.map(euro_text).unwrap_or_default(),
            min_age: number(row.min_age),
            max_age: number(row.max_age),
            signup_required: row.signup_required,
            places: number(row.capacity),
        }
    }

    pub fn from_pairs(pairs: &[(String, String)]) -> ActivityDetails {
        let value = |field: DetailField| crate::forms::posted_value(pairs, field.id()).to_owned();
        ActivityDetails {
            title: value(DetailField::Title),
            description: value(DetailField::Description),
            place: value(DetailField::Place),
            address: value(DetailField::Address),
            wheelchair: value(DetailField::Wheelchair),
            bring: value(DetailField::Bring),
            cost: value(DetailField::Cost),
            min_age: value(DetailField::MinAge),
            max_age: value(DetailField::MaxAge),
            signup_required: value(DetailField::SignUp) == "ja",
            places: value(DetailField::Places),
        }
    }

    /// The details to store, or every problem with its field.
    pub fn check(&self) -> Result<CheckedDetails, Vec<(DetailField, DetailProblem)>> {
        let mut problems = Vec::new();
        let mut length = |field: DetailField, checked: Result<(), LengthProblem>| {
            if let Err(problem) = checked {
                problems.push((field, DetailProblem::Length(problem)));
            }
        };
        length(
            DetailField::Title,
            required_length(&self.title, TITLE_CHARS.0, TITLE_CHARS.1),
        );
        length(
            DetailField::Description,
            optional_length(&self.description, DESCRIPTION_CHARS),
        );
        length(
            DetailField::Place,
            optional_length(&self.place, PLACE_CHARS),
        );
        length(
            DetailField::Address,
            optional_length(&self.address, ADDRESS_CHARS),
        );
        length(
            DetailField::Bring,
            optional_length(&self.bring, BRING_CHARS),
        );

        let cost_cents = match self.cost.trim() {
            "" => None,
            typed => {
                let cents = cents_of(typed);
                if cents.is_none() {
                    problems.push((DetailField::Cost, DetailProblem::NotAnAmount));
                }
                cents
            }
        };
        let mut age = |field: DetailField, typed: &str| match typed.trim() {
            "" => None,
            typed => {
                let age = typed
                    .parse::<i32>()
                    .ok()
                    .filter(|age| (0..=OLDEST_AGE).contains(age));
                if age.is_none() {
                    problems.push((field, DetailProblem::NotAnAge));
                }
                age
            }
        };
        let min_age = age(DetailField::MinAge, &self.min_age);
        let max_age = age(DetailField::MaxAge, &self.max_age);
        if let (Some(min), Some(max)) = (min_age, max_age)
            && min > max
        {
            problems.push((DetailField::MaxAge, DetailProblem::AgesReversed));
        }
        let places = match self.places.trim() {
            // Places only count when people sign up; without sign-up the
            // number is left out rather than refused.
            _ if !self.signup_required => None,
            "" => None,
            typed => {
                let places = typed
                    .parse::<i32>()
                    .ok()
                    .filter(|places| (1..=MOST_PLACES).contains(places));
                if places.is_none() {
                    problems.push((DetailField::Places, DetailProblem::NotANumberOfPlaces));
                }
                places
            }
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        let optional = |text: &str| Some(text.trim().to_owned()).filter(|text| !text.is_empty());
        Ok(CheckedDetails {
            title: self.title.trim().to_owned(),
            description: self.description.trim().to_owned(),
            place: optional(&self.place),
            address: optional(&self.address),
            wheelchair: match self.wheelchair.as_str() {
                "ja" => Some(true),
                "nee" => Some(false),
                _ => None,
            },
            bring: optional(&self.bring),
            cost_cents,
            min_age,
            max_age,
            signup_required: self.signup_required,
            places,
        })
    }
}

/// Euro as Dutch people type them: `2,50`, `2.50`, `€ 3`, `3,-` or
/// `gratis`. At most two decimals, and not more than [`MOST_CENTS`].
fn cents_of(typed: &str) -> Option<i32> {
    let text = typed
        .trim()
        .trim_start_matches('€')
        .trim()
        .trim_end_matches(",-")
        .trim_end_matches(".-");
    if text.eq_ignore_ascii_case("gratis") {
        return Some(0);
    }
    let (euros, cents) = match text.split_once([',', '.']) {
        Some((euros, cents)) => (euros, cents),
        None => (text, ""),
    };
    let digits = |part: &str| part.chars().all(|c| c.is_ascii_digit());
    if euros.is_empty() || !digits(euros) || !digits(cents) || cents.len() > 2 {
        return None;
    }
    let euros: i64 = euros.parse().ok()?;
    let cents: i64 = format!("{cents:0<2}").parse().ok()?;
    let total = euros.checked_mul(100)? + cents;
    (total <= MOST_CENTS).then_some(total as i32)
}

/// Cents as the form shows them: `2,50`, `0`.
fn euro_text(cents: i32) -> String {
    match cents % 100 {
        0 => (cents / 100).to_string(),
        rest => format!("{},{rest:02}", cents / 100),
    }
}

/// Stores the details. SEQUENCE goes up so calendar apps take the change.
/// A new address drops the old coordinates: a map pin at the old place
/// would send people to the wrong door.
pub async fn save_details(
    db: &impl ConnectionTrait,
    row: activity::Model,
    details: &CheckedDetails,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let address_changed = row.address != details.address;
    let sequence = row.sequence;
    let mut row = row.into_active_model();
    row.title = Set(details.title.clone());
    row.description = Set(details.description.clone());
    row.search_text = Set(activity_search_text(&details.title, &details.description));
    row.place_name = Set(details.place.clone());
    row.address = Set(details.address.clone());
    if address_changed {
        row.latitude = Set(None);
        row.longitude = Set(None);
    }
    row.wheelchair_accessible = Set(details.wheelchair);
    row.what_to_bring = Set(details.bring.clone());
    row.cost_cents = Set(details.cost_cents);
    row.min_age = Set(details.min_age);
    row.max_age = Set(details.max_age);
    row.signup_required = Set(details.signup_required);
    row.capacity = Set(details.places);
    row.sequence = Set(sequence + 1);
    row.updated_at = Set(now);
    row.update(db).await.map(|_| ())
}

/// The form, filled in with `details`, and the problems of the last post.
#[component]
pub fn DetailsForm(
    action: String,
    details: ActivityDetails,
    problems: Vec<(DetailField, DetailProblem)>,
) -> impl IntoView {
    let texts = crate::i18n::current_locale().edit_texts();
    let problem_list: Vec<(String, &'static str)> = problems
        .iter()
        .map(|(field, problem)| (texts.problem(*problem), field.id()))
        .collect();
    let at = |field: DetailField| crate::forms::fields::problem_at(&problem_list, field.id());
    let wheelchair_options = vec![
        ("ja".to_owned(), texts.wheelchair_yes.to_owned()),
        ("nee".to_owned(), texts.wheelchair_no.to_owned()),
        ("onbekend".to_owned(), texts.wheelchair_unknown.to_owned()),
    ];
    let signup_options = vec![("ja".to_owned(), texts.signup_label.to_owned())];
    let signup_chosen = if details.signup_required {
        vec!["ja".to_owned()]
    } else {
        Vec::new()
    };
    view! {
        <h2 id="gegevens">{texts.heading}</h2>
        <p>{texts.intro}</p>
        <ProblemSummary problems=problem_list.clone()/>
        <form method="post" action=action class="form" novalidate>
            <TextField id=DetailField::Title.id() name=DetailField::Title.id() label=texts.title_label kind="text" autocomplete="off" value=details.title maxlength=TITLE_CHARS.1 problem=at(DetailField::Title)/>
            <TextArea id=DetailField::Description.id() label=texts.description_label hint=texts.description_hint value=details.description maxlength=DESCRIPTION_CHARS problem=at(DetailField::Description)/>
            <TextField id=DetailField::Place.id() name=DetailField::Place.id() label=texts.place_label hint=texts.place_hint kind="text" autocomplete="off" value=details.place maxlength=PLACE_CHARS problem=at(DetailField::Place)/>
            <TextField id=DetailField::Address.id() name=DetailField::Address.id() label=texts.address_label hint=texts.address_hint kind="text" autocomplete="off" value=details.address maxlength=ADDRESS_CHARS problem=at(DetailField::Address)/>
            <ChoiceGroup name=DetailField::Wheelchair.id() legend=texts.wheelchair_legend kind=ChoiceKind::Radios options=wheelchair_options chosen=vec![details.wheelchair] problem=at(DetailField::Wheelchair)/>
            <TextArea id=DetailField::Bring.id() label=texts.bring_label hint=texts.bring_hint value=details.bring maxlength=BRING_CHARS problem=at(DetailField::Bring)/>
            <TextField id=DetailField::Cost.id() name=DetailField::Cost.id() label=texts.cost_label hint=texts.cost_hint kind="text" autocomplete="off" value=details.cost problem=at(DetailField::Cost)/>
            <TextField id=DetailField::MinAge.id() name=DetailField::MinAge.id() label=texts.min_age_label hint=texts.age_hint kind="number" autocomplete="off" value=details.min_age problem=at(DetailField::MinAge)/>
            <TextField id=DetailField::MaxAge.id() name=DetailField::MaxAge.id() label=texts.max_age_label kind="number" autocomplete="off" value=details.max_age problem=at(DetailField::MaxAge)/>
            <ChoiceGroup name=DetailField::SignUp.id() legend=texts.signup_legend kind=ChoiceKind::Checkboxes options=signup_options chosen=signup_chosen problem=at(DetailField::SignUp)/>
            <TextField id=DetailField::Places.id() name=DetailField::Places.id() label=texts.places_label hint=texts.places_hint kind="number" autocomplete="off" value=details.places problem=at(DetailField::Places)/>
            <button class="button" type="submit" name="actie" value="opslaan">{texts.save}</button>
        </form>
    }
}

/// The form's texts, in Dutch (B1) and English.
pub struct EditTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub title_label: &'static str,
    pub description_label: &'static str,
    pub description_hint: &'static str,
    pub place_label: &'static str,
    pub place_hint: &'static str,
    pub address_label: &'static str,
    pub address_hint: &'static str,
    pub wheelchair_legend: &'static str,
    pub wheelchair_yes: &'static str,
    pub wheelchair_no: &'static str,
    pub wheelchair_unknown: &'static str,
    pub bring_label: &'static str,
    pub bring_hint: &'static str,
    pub cost_label: &'static str,
    pub cost_hint: &'static str,
    pub min_age_label: &'static str,
    pub max_age_label: &'static str,
    pub age_hint: &'static str,
    pub signup_legend: &'static str,
    pub signup_label: &'static str,
    pub places_label: &'static str,
    pub places_hint: &'static str,
    pub save: &'static str,
    pub saved: &'static str,
    pub title_missing: &'static str,
    pub too_short: fn(usize) -> String,
    pub too_long: fn(usize) -> String,
    pub not_an_amount: &'static str,
    pub not_an_age: fn(i32) -> String,
    pub ages_reversed: &'static str,
    pub not_places: fn(i32) -> String,
}

impl EditTexts {
    pub fn problem(&self, problem: DetailProblem) -> String {
        match problem {
            // Only the name is required.
            DetailProblem::Length(LengthProblem::Missing) => self.title_missing.to_owned(),
            DetailProblem::Length(LengthProblem::TooShort { min }) => (self.too_short)(min),
            DetailProblem::Length(LengthProblem::TooLong { max }) => (self.too_long)(max),
            DetailProblem::NotAnAmount => self.not_an_amount.to_owned(),
            DetailProblem::NotAnAge => (self.not_an_age)(OLDEST_AGE),
            DetailProblem::AgesReversed => self.ages_reversed.to_owned(),
            DetailProblem::NotANumberOfPlaces => (self.not_places)(MOST_PLACES),
        }
    }
}

impl Locale {
    pub fn edit_texts(self) -> &'static EditTexts {
        match self {
            Locale::Nl => &NL,
            Locale::En => &EN,
        }
    }
}

static NL: EditTexts = EditTexts {
    heading: "Gegevens van de activiteit",
    intro: "Dit lezen bewoners in de agenda. Pas aan wat niet meer klopt en klik op Opslaan.",
    title_label: "Naam van de activiteit",
    description_label: "Wat gaan jullie doen?",
    description_hint: "Een paar zinnen. Schrijf zoals je praat.",
    place_label: "Waar is het?",
    place_hint: "Bijvoorbeeld: Buurthuis De Schakel",
    address_label: "Adres",
    address_hint: "Straat, huisnummer en plaats. Dan vinden mensen de weg.",
    wheelchair_legend: "Kun je er komen met een rolstoel?",
    wheelchair_yes: "Ja",
    wheelchair_no: "Nee",
    wheelchair_unknown: "Weet ik niet",
    bring_label: "Wat nemen mensen mee?",
    bring_hint: "Bijvoorbeeld: sportschoenen. Leeg laten als dat niet nodig is.",
    cost_label: "Wat kost het, in euro?",
    cost_hint: "Typ 0 als het gratis is. Leeg laten als je het nog niet weet.",
    min_age_label: "Vanaf welke leeftijd?",
    max_age_label: "Tot en met welke leeftijd?",
    age_hint: "Leeg laten als iedereen kan komen.",
    signup_legend: "Aanmelden",
    signup_label: "Mensen moeten zich eerst aanmelden",
    places_label: "Voor hoeveel mensen is er plek?",
    places_hint: "Alleen als mensen zich aanmelden. Leeg laten als er geen grens is. Is het vol? Dan komen mensen op een wachtlijst.",
    save: "Opslaan",
    saved: "De gegevens zijn opgeslagen. Bewoners zien ze nu in de agenda.",
    title_missing: "Vul de naam van de activiteit in.",
    too_short: |min| format!("Gebruik minstens {min} tekens."),
    too_long: |max| format!("Gebruik hoogstens {max} tekens."),
    not_an_amount: "Typ een bedrag, zoals 2,50. Typ 0 als het gratis is.",
    not_an_age: |oldest| format!("Typ een leeftijd in hele jaren, van 0 tot en met {oldest}."),
    ages_reversed: "De leeftijd 'tot en met' moet hoger zijn dan 'vanaf'.",
    not_places: |most| format!("Typ een aantal van 1 tot en met {most}, of laat het leeg."),
};

static EN: EditTexts = EditTexts {
    heading: "Details of the activity",
    intro: "Residents read this in the calendar. Change what is no longer right and click Save.",
    title_label: "Name of the activity",
    description_label: "What will you do?",
    description_hint: "A few sentences. Write the way you talk.",
    place_label: "Where is it?",
    place_hint: "For example: community centre De Schakel",
    address_label: "Address",
    address_hint: "Street, number and town, so people find their way.",
    wheelchair_legend: "Can people come in a wheelchair?",
    wheelchair_yes: "Yes",
    wheelchair_no: "No",
    wheelchair_unknown: "I do not know",
    bring_label: "What do people bring?",
    bring_hint: "For example: sports shoes. Leave empty if nothing is needed.",
    cost_label: "What does it cost, in euro?",
    cost_hint: "Type 0 if it is free. Leave empty if you do not know yet.",
    min_age_label: "From what age?",
    max_age_label: "Up to and including what age?",
    age_hint: "Leave empty if anyone can come.",
    signup_legend: "Signing up",
    signup_label: "People must sign up first",
    places_label: "How many people is there room for?",
    places_hint: "Only if people sign up. Leave empty if there is no limit. When it is full, people go on a waiting list.",
    save: "Save",
    saved: "The details are saved. Residents see them in the calendar now.",
    title_missing: "Fill in the name of the activity.",
    too_short: |min| format!("Use at least {min} characters."),
    too_long: |max| format!("Use at most {max} characters."),
    not_an_amount: "Type an amount, such as 2.50. Type 0 if it is free.",
    not_an_age: |oldest| format!("Type an age in whole years, from 0 to {oldest}."),
    ages_reversed: "The age 'up to' must be higher than 'from'.",
    not_places: |most| format!("Type a number from 1 to {most}, or leave it empty."),
};

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(cost: &str, min_age: &str, max_age: &str, places: &str) -> ActivityDetails {
        ActivityDetails {
            title: "Koffieochtend".to_owned(),
            cost: cost.to_owned(),
            min_age: min_age.to_owned(),
            max_age: max_age.to_owned(),
            signup_required: true,
            places: places.to_owned(),
            ..Default::default()
        }
    }

    #[test]
    fn amounts_are_read_the_way_people_type_them() {
        for (typed, cents) in [
            ("0", Some(0)),
            ("gratis", Some(0)),
            ("2,50", Some(250)),
            ("2.5", Some(250)),
            ("€ 3", Some(300)),
            ("€3,-", Some(300)),
            ("1000", Some(100_000)),
            ("1000,01", None),
            ("2,505", None),
            ("-2", None),
            ("twee", None),
            (",50", None),
        ] {
            assert_eq!(cents_of(typed), cents, "{typed}");
        }
        assert_eq!(euro_text(250), "2,50");
        assert_eq!(euro_text(300), "3");
        assert_eq!(cents_of(&euro_text(1205)), Some(1205));
    }

    #[test]
    fn every_problem_names_its_field() {
        let problems = ActivityDetails {
            title: " ".to_owned(),
            ..typed("veel", "13", "9", "0")
        }
        .check()
        .unwrap_err();
        assert_eq!(
            problems,
            vec![
                (
                    DetailField::Title,
                    DetailProblem::Length(LengthProblem::Missing)
                ),
                (DetailField::Cost, DetailProblem::NotAnAmount),
                (DetailField::MaxAge, DetailProblem::AgesReversed),
                (DetailField::Places, DetailProblem::NotANumberOfPlaces),
            ]
        );
        assert_eq!(
            typed("", "130", "", "").check().unwrap_err(),
            vec![(DetailField::MinAge, DetailProblem::NotAnAge)]
        );
    }

    #[test]
    fn checked_details_keep_what_was_meant() {
        let checked = ActivityDetails {
            wheelchair: "nee".to_owned(),
            address: "  Dorpsstraat 1, Pijnacker ".to_owned(),
            ..typed("1,50", "9", "13", "12")
        }
        .check()
        .unwrap();
        assert_eq!(checked.cost_cents, Some(150));
        assert_eq!((checked.min_age, checked.max_age), (Some(9), Some(13)));
        assert_eq!(checked.places, Some(12));
        assert_eq!(checked.wheelchair, Some(false));
        assert_eq!(checked.address.as_deref(), Some("Dorpsstraat 1, Pijnacker"));
        assert_eq!(checked.place, None);
        // Without sign-up a number of places means nothing and is dropped.
        let open = ActivityDetails {
            signup_required: false,
            ..typed("", "", "", "abc")
        }
        .check()
        .unwrap();
        assert_eq!((open.signup_required, open.places), (false, None));
    }
}
