//! The intake's answers and the rules they must meet. Shared by the server
//! (which checks every post) and the browser (which checks as you type), so
//! both always agree.

use serde::{Deserialize, Serialize};

use crate::forms::validate::{
    LengthProblem, dutch_phone_digits, looks_like_email, optional_length, parse_date, parse_time,
    required_length,
};
use crate::initiatives::WebsiteUrl;

/// The steps of the wizard, in order. The number is in the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Step {
    /// Name, what you do in a sentence or two, and what kind.
    Initiative = 1,
    /// Wijken or buurten, target groups, themes, languages.
    WhereAndWho = 2,
    /// What you do regularly, and optionally the first activity.
    Activities = 3,
    Needs = 4,
    Contact = 5,
    /// A summary with "change" links, consent, and send.
    Check = 6,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Initiative,
        Step::WhereAndWho,
        Step::Activities,
        Step::Needs,
        Step::Contact,
        Step::Check,
    ];

    pub fn number(self) -> u8 {
        self as u8
    }

    pub fn from_number(number: u8) -> Option<Step> {
        Step::ALL.get(usize::from(number.checked_sub(1)?)).copied()
    }

    pub fn next(self) -> Option<Step> {
        Step::from_number(self.number() + 1)
    }

    pub fn previous(self) -> Option<Step> {
        Step::from_number(self.number() - 1)
    }
}

/// Kinds of initiative, as stored (`InitiativeKind::code`).
pub const KINDS: [&str; 5] = [
    "volunteer",
    "citizen",
    "self_organisation",
    "social_enterprise",
    "other",
];

pub use crate::initiatives::NEEDS;
/// The choice "nothing right now": never stored, it only rules out the rest.
pub const NO_NEEDS: &str = "nothing";

/// How the volunteer likes to be contacted by a professional.
pub const CHANNELS: [&str; 4] = ["email", "phone", "whatsapp", "in_person"];

/// The language for that contact: plain Dutch, easy Dutch, or English.
pub const CONTACT_LANGUAGES: [&str; 3] = ["nl", "nl_simple", "en"];

/// What may be shown on the public page.
pub const PUBLIC_CONTACTS: [&str; 4] = ["none", "email", "phone", "website"];

/// How the first activity repeats.
pub const REPEATS: [&str; 4] = ["once", "weekly", "biweekly", "monthly"];

/// Languages a volunteer can say they speak (ISO 639 codes).
pub const LANGUAGES: [&str; 13] = [
    "nl", "en", "ar", "tr", "pl", "uk", "ti", "so", "fa", "de", "fr", "es", "pap",
];

pub const NAME_CHARS: (usize, usize) = (3, 80);
pub const SUMMARY_CHARS: (usize, usize) = (10, 200);
pub const DESCRIPTION_CHARS: (usize, usize) = (10, 2000);
pub const NOTE_CHARS: usize = 1000;
pub const TITLE_CHARS: (usize, usize) = (3, 80);
pub const PLACE_CHARS: (usize, usize) = (2, 120);
pub const PERSON_CHARS: (usize, usize) = (2, 80);

/// The first activity, optional: all empty means "not now".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActivityAnswers {
    pub title: String,
    /// `YYYY-MM-DD`
    pub date: String,
    /// `HH:MM`
    pub start: String,
    pub end: String,
    pub place: String,
    /// One of [`REPEATS`].
    pub repeat: String,
    /// `YYYY-MM-DD`, optional: the last day of a series.
    pub last_day: String,
}

impl ActivityAnswers {
    /// The last day as typed, when the activity repeats and one is given.
    pub fn series_last_day(&self) -> Option<&str> {
        let last_day = self.last_day.trim();
        (!last_day.is_empty() && self.repeat != "once" && !self.repeat.is_empty())
            .then_some(last_day)
    }

    pub fn is_empty(&self) -> bool {
        [&self.title, &self.date, &self.start, &self.end, &self.place]
            .iter()
            .all(|value| value.trim().is_empty())
    }
}

/// Everything the wizard asks, as typed. Stored with the draft (as JSON)
/// until the volunteer sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IntakeAnswers {
    pub name: String,
    pub summary: String,
    pub kind: String,
    /// Area keys: a wijk's CBS code or a buurt's slug.
    pub areas: Vec<String>,
    pub target_groups: Vec<String>,
    pub themes: Vec<String>,
    pub languages: Vec<String>,
    /// What the initiative does regularly.
    pub description: String,
    pub activity: ActivityAnswers,
    pub needs: Vec<String>,
    pub needs_note: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub preferred_channel: String,
    pub contact_language: String,
    pub public_contact: String,
    pub website: String,
    pub consent_store: bool,
    pub consent_publish: bool,
    /// The numbers of the steps saved with "next": the resume link goes to
    /// the first step that is not.
    pub steps_done: Vec<u8>,
}

impl IntakeAnswers {
    /// Notes that a step was saved with "next".
    pub fn mark_done(&mut self, step: Step) {
        if !self.steps_done.contains(&step.number()) {
            self.steps_done.push(step.number());
        }
    }
}

/// A field of the wizard. Its [`Field::name`] is the form field's name and,
/// for a single input, its id (the first box of a group has the group's
/// name as id), so the problem summary can link to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    Name,
    Summary,
    Kind,
    Areas,
    TargetGroups,
    Themes,
    Languages,
    Description,
    ActivityTitle,
    ActivityDate,
    ActivityStart,
    ActivityEnd,
    ActivityPlace,
    ActivityRepeat,
    ActivityLastDay,
    Needs,
    NeedsNote,
    ContactName,
    ContactEmail,
    ContactPhone,
    PreferredChannel,
    ContactLanguage,
    PublicContact,
    Website,
    ConsentStore,
    ConsentPublish,
}

impl Field {
    pub fn name(self) -> &'static str {
        match self {
            Field::Name => "naam",
            Field::Summary => "samenvatting",
            Field::Kind => "soort",
            Field::Areas => "gebied",
            Field::TargetGroups => "doelgroep",
            Field::Themes => "thema",
            Field::Languages => "taal",
            Field::Description => "beschrijving",
            Field::ActivityTitle => "activiteit-titel",
            Field::ActivityDate => "activiteit-datum",
            Field::ActivityStart => "activiteit-begin",
            Field::ActivityEnd => "activiteit-eind",
            Field::ActivityPlace => "activiteit-plaats",
            Field::ActivityRepeat => "activiteit-herhaling",
            Field::ActivityLastDay => "activiteit-laatste-dag",
            Field::Needs => "behoefte",
            Field::NeedsNote => "behoefte-toelichting",
            Field::ContactName => "contact-naam",
            Field::ContactEmail => "contact-email",
            Field::ContactPhone => "contact-telefoon",
            Field::PreferredChannel => "contact-voorkeur",
            Field::ContactLanguage => "contact-taal",
            Field::PublicContact => "openbaar",
            Field::Website => "website",
            Field::ConsentStore => "toestemming-bewaren",
            Field::ConsentPublish => "toestemming-publiceren",
        }
    }

    /// The fields each step asks.
    pub fn of_step(step: Step) -> &'static [Field] {
        match step {
            Step::Initiative => &[Field::Name, Field::Summary, Field::Kind],
            Step::WhereAndWho => &[
                Field::Areas,
                Field::TargetGroups,
                Field::Themes,
                Field::Languages,
            ],
            Step::Activities => &[
                Field::Description,
                Field::ActivityTitle,
                Field::ActivityDate,
                Field::ActivityStart,
                Field::ActivityEnd,
                Field::ActivityPlace,
                Field::ActivityRepeat,
                Field::ActivityLastDay,
            ],
            Step::Needs => &[Field::Needs, Field::NeedsNote],
            Step::Contact => &[
                Field::ContactName,
                Field::ContactEmail,
                Field::ContactPhone,
                Field::PreferredChannel,
                Field::ContactLanguage,
                Field::PublicContact,
                Field::Website,
            ],
            Step::Check => &[Field::ConsentStore, Field::ConsentPublish],
        }
    }

    /// The step that asks this field.
    pub fn step(self) -> Step {
        Step::ALL
            .into_iter()
            .find(|step| Field::of_step(*step).contains(&self))
            .unwrap_or(Step::Check)
    }
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    Missing,
    TooShort(usize),
    TooLong(usize),
    /// A value that is not one of the choices.
    NotAChoice,
    /// A group where at least one must be ticked.
    NoneChosen,
    NotAnEmail,
    NotAPhone,
    NotAWebsite,
    NotADate,
    /// Checked on the server, which knows today's date in Amsterdam.
    DateInPast,
    NotATime,
    EndBeforeStart,
    /// Neither an e-mail address nor a phone number.
    NoWayToReach,
    /// The chosen channel or public contact needs an e-mail address.
    NeedsEmail,
    NeedsPhone,
    NeedsWebsite,
    /// "Nothing right now" together with needs.
    NothingAndSomething,
    ConsentMissing,
}

impl Problem {
    /// A short code, for the id of the problem's message in the page.
    pub fn code(self) -> &'static str {
        match self {
            Problem::Missing => "leeg",
            Problem::TooShort(_) => "te-kort",
            Problem::TooLong(_) => "te-lang",
            Problem::NotAChoice => "geen-keuze",
            Problem::NoneChosen => "niets-gekozen",
            Problem::NotAnEmail => "geen-email",
            Problem::NotAPhone => "geen-telefoon",
            Problem::NotAWebsite => "geen-website",
            Problem::NotADate => "geen-datum",
            Problem::DateInPast => "datum-voorbij",
            Problem::NotATime => "geen-tijd",
            Problem::EndBeforeStart => "eind-voor-begin",
            Problem::NoWayToReach => "niet-bereikbaar",
            Problem::NeedsEmail => "email-nodig",
            Problem::NeedsPhone => "telefoon-nodig",
            Problem::NeedsWebsite => "website-nodig",
            Problem::NothingAndSomething => "niets-en-iets",
            Problem::ConsentMissing => "geen-toestemming",
        }
    }
}

impl FieldProblem {
    /// The id of this problem's message in the page: the server draws the
    /// messages a form can need (hidden), so their text need not be in the
    /// browser bundle.
    pub fn message_id(self) -> String {
        format!("melding-{}-{}", self.field.name(), self.problem.code())
    }
}

/// Every problem a field can have, with the limits of its lengths (for the
/// messages the server draws into the page).
#[cfg(feature = "ssr")]
pub fn possible_problems(field: Field) -> Vec<Problem> {
    use Problem::*;
    let length = |(min, max): (usize, usize)| vec![Missing, TooShort(min), TooLong(max)];
    match field {
        Field::Name => length(NAME_CHARS),
        Field::ActivityTitle => length(TITLE_CHARS),
        Field::Summary => length(SUMMARY_CHARS),
        Field::Description => length(DESCRIPTION_CHARS),
        Field::ActivityPlace => length(PLACE_CHARS),
        Field::ContactName => length(PERSON_CHARS),
        Field::Kind => vec![Missing, NotAChoice],
        Field::Areas | Field::TargetGroups => vec![NoneChosen, NotAChoice],
        Field::Themes | Field::Languages | Field::ContactLanguage => vec![NotAChoice],
        Field::ActivityDate => vec![Missing, NotADate, DateInPast],
        Field::ActivityStart => vec![Missing, NotATime],
        Field::ActivityEnd => vec![Missing, NotATime, EndBeforeStart],
        Field::ActivityRepeat => vec![Missing],
        Field::ActivityLastDay => vec![NotADate, EndBeforeStart],
        Field::Needs => vec![NotAChoice, NothingAndSomething],
        Field::NeedsNote => vec![TooLong(NOTE_CHARS)],
        Field::ContactEmail => vec![NotAnEmail, NoWayToReach],
        Field::ContactPhone => vec![NotAPhone],
        Field::PreferredChannel => vec![Missing, NeedsEmail, NeedsPhone, NotAChoice],
        Field::PublicContact => vec![Missing, NeedsEmail, NeedsPhone, NeedsWebsite, NotAChoice],
        Field::Website => vec![NotAWebsite],
        Field::ConsentStore | Field::ConsentPublish => vec![ConsentMissing],
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    pub field: Field,
    pub problem: Problem,
}

fn length_problem(problem: LengthProblem) -> Problem {
    match problem {
        LengthProblem::Missing => Problem::Missing,
        LengthProblem::TooShort { min } => Problem::TooShort(min),
        LengthProblem::TooLong { max } => Problem::TooLong(max),
    }
}

impl IntakeAnswers {
    /// Takes the fields of `step` from a form post (name, value pairs; the
    /// browser sends the same). Fields of other steps stay as they were; a
    /// box that is not ticked is not sent, so a step's lists start empty.
    pub fn take_step(&mut self, step: Step, pairs: &[(String, String)]) {
        let one = |field: Field| {
            pairs
                .iter()
                .find(|(name, _)| name == field.name())
                .map(|(_, value)| value.trim().to_owned())
                .unwrap_or_default()
        };
        let all = |field: Field| -> Vec<String> {
            let mut values: Vec<String> = Vec::new();
            for (name, value) in pairs {
                let value = value.trim();
                if name == field.name() && !value.is_empty() && !values.iter().any(|v| v == value) {
                    values.push(value.to_owned());
                }
            }
            values
        };
        match step {
            Step::Initiative => {
                self.name = one(Field::Name);
                self.summary = one(Field::Summary);
                self.kind = one(Field::Kind);
            }
            Step::WhereAndWho => {
                self.areas = all(Field::Areas);
                self.target_groups = all(Field::TargetGroups);
                self.themes = all(Field::Themes);
                self.languages = all(Field::Languages);
            }
            Step::Activities => {
                self.description = one(Field::Description);
                self.activity = ActivityAnswers {
                    title: one(Field::ActivityTitle),
                    date: one(Field::ActivityDate),
                    start: one(Field::ActivityStart),
                    end: one(Field::ActivityEnd),
                    place: one(Field::ActivityPlace),
                    repeat: one(Field::ActivityRepeat),
                    last_day: one(Field::ActivityLastDay),
                };
            }
            Step::Needs => {
                self.needs = all(Field::Needs);
                self.needs_note = one(Field::NeedsNote);
            }
            Step::Contact => {
                self.contact_name = one(Field::ContactName);
                self.contact_email = one(Field::ContactEmail);
                self.contact_phone = one(Field::ContactPhone);
                self.preferred_channel = one(Field::PreferredChannel);
                self.contact_language = one(Field::ContactLanguage);
                self.public_contact = one(Field::PublicContact);
                self.website = one(Field::Website);
            }
            Step::Check => {
                self.consent_store = one(Field::ConsentStore) == "ja";
                self.consent_publish = one(Field::ConsentPublish) == "ja";
            }
        }
    }

    /// What is wrong with the answers of one step. Which wijken, target
    /// groups and themes exist is only known on the server; it checks them
    /// with [`unknown_choices`] as well.
    pub fn problems(&self, step: Step) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        let mut add =
            |field: Field, problem: Problem| problems.push(FieldProblem { field, problem });
        let mut length = |field: Field, text: &str, (min, max): (usize, usize)| {
            if let Err(problem) = required_length(text, min, max) {
                add(field, length_problem(problem));
            }
        };
        match step {
            Step::Initiative => {
                length(Field::Name, &self.name, NAME_CHARS);
                length(Field::Summary, &self.summary, SUMMARY_CHARS);
                if self.kind.is_empty() {
                    add(Field::Kind, Problem::Missing);
                } else if !KINDS.contains(&self.kind.as_str()) {
                    add(Field::Kind, Problem::NotAChoice);
                }
            }
            Step::WhereAndWho => {
                if self.areas.is_empty() {
                    add(Field::Areas, Problem::NoneChosen);
                }
                if self.target_groups.is_empty() {
                    add(Field::TargetGroups, Problem::NoneChosen);
                }
                if self
                    .languages
                    .iter()
                    .any(|code| !LANGUAGES.contains(&code.as_str()))
                {
                    add(Field::Languages, Problem::NotAChoice);
                }
            }
            Step::Activities => {
                length(Field::Description, &self.description, DESCRIPTION_CHARS);
                problems.extend(self.activity_problems());
            }
            Step::Needs => {
                let nothing = self.needs.iter().any(|need| need == NO_NEEDS);
                if self
                    .needs
                    .iter()
                    .any(|need| need != NO_NEEDS && !NEEDS.contains(&need.as_str()))
                {
                    add(Field::Needs, Problem::NotAChoice);
                } else if nothing && self.needs.len() > 1 {
                    add(Field::Needs, Problem::NothingAndSomething);
                }
                if let Err(problem) = optional_length(&self.needs_note, NOTE_CHARS) {
                    add(Field::NeedsNote, length_problem(problem));
                }
            }
            Step::Contact => problems.extend(self.contact_problems()),
            Step::Check => {
                if !self.consent_store {
                    add(Field::ConsentStore, Problem::ConsentMissing);
                }
                if !self.consent_publish {
                    add(Field::ConsentPublish, Problem::ConsentMissing);
                }
            }
        }
        problems
    }

    /// The problems of every step, in order: what must be fixed before the
    /// answers can be sent.
    pub fn all_problems(&self) -> Vec<FieldProblem> {
        Step::ALL
            .into_iter()
            .flat_map(|step| self.problems(step))
            .collect()
    }

    fn activity_problems(&self) -> Vec<FieldProblem> {
        let activity = &self.activity;
        let mut problems = Vec::new();
        if activity.is_empty() {
            return problems;
        }
        let mut add =
            |field: Field, problem: Problem| problems.push(FieldProblem { field, problem });
        if let Err(problem) = required_length(&activity.title, TITLE_CHARS.0, TITLE_CHARS.1) {
            add(Field::ActivityTitle, length_problem(problem));
        }
        if activity.date.is_empty() {
            add(Field::ActivityDate, Problem::Missing);
        } else if parse_date(&activity.date).is_none() {
            add(Field::ActivityDate, Problem::NotADate);
        }
        let start = parse_time(&activity.start);
        let end = parse_time(&activity.end);
        for (field, text, time) in [
            (Field::ActivityStart, &activity.start, start),
            (Field::ActivityEnd, &activity.end, end),
        ] {
            if text.is_empty() {
                add(field, Problem::Missing);
            } else if time.is_none() {
                add(field, Problem::NotATime);
            }
        }
        if let (Some(start), Some(end)) = (start, end)
            && end <= start
        {
            add(Field::ActivityEnd, Problem::EndBeforeStart);
        }
        if let Err(problem) = required_length(&activity.place, PLACE_CHARS.0, PLACE_CHARS.1) {
            add(Field::ActivityPlace, length_problem(problem));
        }
        if !REPEATS.contains(&activity.repeat.as_str()) {
            add(Field::ActivityRepeat, Problem::Missing);
        }
        // A last day only counts for a series; for one date it is ignored.
        if let Some(last_day) = activity.series_last_day() {
            match parse_date(last_day) {
                None => add(Field::ActivityLastDay, Problem::NotADate),
                Some(last) if parse_date(&activity.date).is_some_and(|first| last < first) => {
                    add(Field::ActivityLastDay, Problem::EndBeforeStart)
                }
                Some(_) => {}
            }
        }
        problems
    }

    fn contact_problems(&self) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        let mut add =
            |field: Field, problem: Problem| problems.push(FieldProblem { field, problem });
        if let Err(problem) = required_length(&self.contact_name, PERSON_CHARS.0, PERSON_CHARS.1) {
            add(Field::ContactName, length_problem(problem));
        }
        let has_email = !self.contact_email.is_empty();
        let has_phone = !self.contact_phone.is_empty();
        if has_email && !looks_like_email(&self.contact_email) {
            add(Field::ContactEmail, Problem::NotAnEmail);
        }
        if has_phone && dutch_phone_digits(&self.contact_phone).is_none() {
            add(Field::ContactPhone, Problem::NotAPhone);
        }
        if !has_email && !has_phone {
            add(Field::ContactEmail, Problem::NoWayToReach);
        }
        match self.preferred_channel.as_str() {
            "" => add(Field::PreferredChannel, Problem::Missing),
            "email" if !has_email => add(Field::PreferredChannel, Problem::NeedsEmail),
            "phone" | "whatsapp" if !has_phone => add(Field::PreferredChannel, Problem::NeedsPhone),
            channel if !CHANNELS.contains(&channel) => {
                add(Field::PreferredChannel, Problem::NotAChoice)
            }
            _ => {}
        }
        if !self.contact_language.is_empty()
            && !CONTACT_LANGUAGES.contains(&self.contact_language.as_str())
        {
            add(Field::ContactLanguage, Problem::NotAChoice);
        }
        let website = (!self.website.is_empty()).then(|| WebsiteUrl::check(&self.website));
        if let Some(Err(_)) = website {
            add(Field::Website, Problem::NotAWebsite);
        }
        match self.public_contact.as_str() {
            "" => add(Field::PublicContact, Problem::Missing),
            "email" if !has_email => add(Field::PublicContact, Problem::NeedsEmail),
            "phone" if !has_phone => add(Field::PublicContact, Problem::NeedsPhone),
            "website" if website.is_none() => add(Field::PublicContact, Problem::NeedsWebsite),
            choice if !PUBLIC_CONTACTS.contains(&choice) => {
                add(Field::PublicContact, Problem::NotAChoice)
            }
            _ => {}
        }
        problems
    }
}

/// The choices of step 2 that do not exist on this site (only the server
/// knows the lists): each gives a problem.
pub fn unknown_choices(
    answers: &IntakeAnswers,
    known_areas: &[String],
    known_groups: &[String],
    known_themes: &[String],
) -> Vec<FieldProblem> {
    let unknown =
        |chosen: &[String], known: &[String]| chosen.iter().any(|code| !known.contains(code));
    [
        (Field::Areas, unknown(&answers.areas, known_areas)),
        (
            Field::TargetGroups,
            unknown(&answers.target_groups, known_groups),
        ),
        (Field::Themes, unknown(&answers.themes, known_themes)),
    ]
    .into_iter()
    .filter(|(_, unknown)| *unknown)
    .map(|(field, _)| FieldProblem {
        field,
        problem: Problem::NotAChoice,
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect()
    }

    fn problems_of(answers: &IntakeAnswers, step: Step) -> Vec<(Field, Problem)> {
        answers
            .problems(step)
            .into_iter()
            .map(|problem| (problem.field, problem.problem))
            .collect()
    }

    /// Answers that pass every step.
    fn complete() -> IntakeAnswers {
        let mut answers = IntakeAnswers::default();
        answers.take_step(
            Step::Initiative,
            &pairs(&[
                ("naam", " Samen Koken Delfgauw "),
                ("samenvatting", "Elke week koken en eten we samen."),
                ("soort", "volunteer"),
            ]),
        );
        answers.take_step(
            Step::WhereAndWho,
            &pairs(&[
                ("gebied", "WK192603"),
                ("doelgroep", "ouderen"),
                ("taal", "nl"),
            ]),
        );
        answers.take_step(
            Step::Activities,
            &pairs(&[("beschrijving", "We koken op donderdag in de buurtkamer.")]),
        );
        answers.take_step(Step::Needs, &pairs(&[("behoefte", "nothing")]));
        answers.take_step(
            Step::Contact,
            &pairs(&[
                ("contact-naam", "Fatima"),
                ("contact-email", "fatima@example.org"),
                ("contact-voorkeur", "email"),
                ("openbaar", "none"),
            ]),
        );
        answers.take_step(
            Step::Check,
            &pairs(&[
                ("toestemming-bewaren", "ja"),
                ("toestemming-publiceren", "ja"),
            ]),
        );
        answers
    }

    #[test]
    fn complete_answers_have_no_problems_and_are_trimmed() {
        let answers = complete();
        assert_eq!(answers.all_problems(), vec![]);
        assert_eq!(answers.name, "Samen Koken Delfgauw");
    }

    #[test]
    fn step_numbers_round_trip() {
        for step in Step::ALL {
            assert_eq!(Step::from_number(step.number()), Some(step));
            assert!(
                Field::of_step(step)
                    .iter()
                    .all(|field| field.step() == step)
            );
        }
        assert_eq!(Step::from_number(0), None);
        assert_eq!(Step::from_number(7), None);
        assert_eq!(Step::Check.next(), None);
        assert_eq!(Step::Initiative.previous(), None);
    }

    #[test]
    fn step_one_needs_a_name_a_sentence_and_a_kind() {
        let mut answers = IntakeAnswers::default();
        answers.take_step(
            Step::Initiative,
            &pairs(&[("naam", "ab"), ("samenvatting", ""), ("soort", "club")]),
        );
        assert_eq!(
            problems_of(&answers, Step::Initiative),
            vec![
                (Field::Name, Problem::TooShort(3)),
                (Field::Summary, Problem::Missing),
                (Field::Kind, Problem::NotAChoice),
            ]
        );
        answers.name = "x".repeat(81);
        assert_eq!(
            problems_of(&answers, Step::Initiative)[0],
            (Field::Name, Problem::TooLong(80))
        );
    }

    #[test]
    fn step_two_needs_a_place_and_a_target_group() {
        let mut answers = complete();
        answers.take_step(Step::WhereAndWho, &pairs(&[("taal", "xx")]));
        assert_eq!(
            problems_of(&answers, Step::WhereAndWho),
            vec![
                (Field::Areas, Problem::NoneChosen),
                (Field::TargetGroups, Problem::NoneChosen),
                (Field::Languages, Problem::NotAChoice),
            ]
        );
        answers.take_step(
            Step::WhereAndWho,
            &pairs(&[
                ("gebied", "WK192603"),
                ("gebied", "WK192603"),
                ("gebied", "nergens"),
                ("doelgroep", "jeugd"),
            ]),
        );
        assert_eq!(answers.areas, vec!["WK192603", "nergens"], "doubles merged");
        let known = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            unknown_choices(&answers, &known(&["WK192603"]), &known(&["jeugd"]), &[]),
            vec![FieldProblem {
                field: Field::Areas,
                problem: Problem::NotAChoice
            }]
        );
    }

    #[test]
    fn the_first_activity_is_optional_but_complete_when_given() {
        let mut answers = complete();
        assert!(
            answers.problems(Step::Activities).is_empty(),
            "no activity is fine"
        );
        answers.take_step(
            Step::Activities,
            &pairs(&[
                ("beschrijving", "We koken samen."),
                ("activiteit-titel", "Samen koken"),
                ("activiteit-datum", "2027-02-30"),
                ("activiteit-begin", "18:00"),
                ("activiteit-eind", "17:30"),
            ]),
        );
        assert_eq!(
            problems_of(&answers, Step::Activities),
            vec![
                (Field::ActivityDate, Problem::NotADate),
                (Field::ActivityEnd, Problem::EndBeforeStart),
                (Field::ActivityPlace, Problem::Missing),
                (Field::ActivityRepeat, Problem::Missing),
            ]
        );
        answers.activity.date = "2027-02-25".to_owned();
        answers.activity.end = "20:00".to_owned();
        answers.activity.place = "Buurtkamer".to_owned();
        answers.activity.repeat = "weekly".to_owned();
        assert!(answers.problems(Step::Activities).is_empty());

        // A last day: a real day, not before the first date.
        for (last_day, problem) in [
            ("2027-02-31", Some(Problem::NotADate)),
            ("2027-02-24", Some(Problem::EndBeforeStart)),
            ("2027-02-25", None),
            ("2027-06-30", None),
        ] {
            answers.activity.last_day = last_day.to_owned();
            let expected: Vec<_> = problem
                .map(|problem| (Field::ActivityLastDay, problem))
                .into_iter()
                .collect();
            assert_eq!(
                problems_of(&answers, Step::Activities),
                expected,
                "{last_day}"
            );
        }
        // For one date it does not count.
        answers.activity.repeat = "once".to_owned();
        answers.activity.last_day = "gisteren".to_owned();
        assert!(answers.problems(Step::Activities).is_empty());
    }

    #[test]
    fn nothing_right_now_rules_out_other_needs() {
        let mut answers = complete();
        answers.take_step(
            Step::Needs,
            &pairs(&[("behoefte", "nothing"), ("behoefte", "space")]),
        );
        assert_eq!(
            problems_of(&answers, Step::Needs),
            vec![(Field::Needs, Problem::NothingAndSomething)]
        );
        answers.take_step(
            Step::Needs,
            &pairs(&[("behoefte", "space"), ("behoefte", "money")]),
        );
        assert!(answers.problems(Step::Needs).is_empty());
        answers.take_step(Step::Needs, &pairs(&[("behoefte", "yacht")]));
        assert_eq!(
            problems_of(&answers, Step::Needs),
            vec![(Field::Needs, Problem::NotAChoice)]
        );
    }

    #[test]
    fn contact_needs_a_way_to_reach_that_fits_the_choices() {
        let mut answers = complete();
        answers.take_step(
            Step::Contact,
            &pairs(&[
                ("contact-naam", "Fatima"),
                ("contact-voorkeur", "whatsapp"),
                ("openbaar", "website"),
            ]),
        );
        assert_eq!(
            problems_of(&answers, Step::Contact),
            vec![
                (Field::ContactEmail, Problem::NoWayToReach),
                (Field::PreferredChannel, Problem::NeedsPhone),
                (Field::PublicContact, Problem::NeedsWebsite),
            ]
        );
        answers.take_step(
            Step::Contact,
            &pairs(&[
                ("contact-naam", "Fatima"),
                ("contact-email", "fatima@"),
                ("contact-telefoon", "06 1234"),
                ("contact-voorkeur", "whatsapp"),
                ("openbaar", "website"),
                ("website", "javascript:alert(1)"),
            ]),
        );
        assert_eq!(
            problems_of(&answers, Step::Contact),
            vec![
                (Field::ContactEmail, Problem::NotAnEmail),
                (Field::ContactPhone, Problem::NotAPhone),
                (Field::Website, Problem::NotAWebsite),
            ]
        );
        answers.contact_phone = "06 12345678".to_owned();
        answers.contact_email = String::new();
        answers.website = "www.samenkoken.example".to_owned();
        assert!(answers.problems(Step::Contact).is_empty());
    }

    /// The browser finds the text of a problem among the messages the
    /// server drew: every problem the checks can give must be among them.
    #[cfg(feature = "ssr")]
    #[test]
    fn every_problem_the_checks_give_has_a_message_in_the_page() {
        let mut wrong = IntakeAnswers::default();
        let mut all_found = Vec::new();
        for (name, summary, kind, title, date, start, end, email, phone, channel, public, site) in [
            ("", "", "", "", "", "", "", "", "", "", "", ""),
            (
                "ab",
                "kort",
                "club",
                "ab",
                "2027-02-30",
                "9",
                "8:00",
                "x@",
                "12",
                "email",
                "phone",
                "javascript:x",
            ),
            (
                &"n".repeat(81)[..],
                &"s".repeat(201)[..],
                "",
                "Koken",
                "2027-02-20",
                "18:00",
                "17:00",
                "",
                "",
                "whatsapp",
                "website",
                "",
            ),
        ] {
            wrong.take_step(
                Step::Initiative,
                &pairs(&[("naam", name), ("samenvatting", summary), ("soort", kind)]),
            );
            wrong.take_step(
                Step::Activities,
                &pairs(&[
                    ("beschrijving", summary),
                    ("activiteit-titel", title),
                    ("activiteit-datum", date),
                    ("activiteit-begin", start),
                    ("activiteit-eind", end),
                ]),
            );
            wrong.take_step(
                Step::Contact,
                &pairs(&[
                    ("contact-email", email),
                    ("contact-telefoon", phone),
                    ("contact-voorkeur", channel),
                    ("openbaar", public),
                    ("website", site),
                    ("contact-taal", "xx"),
                ]),
            );
            wrong.take_step(
                Step::Needs,
                &pairs(&[
                    ("behoefte", "nothing"),
                    ("behoefte", "space"),
                    ("behoefte-toelichting", &"x".repeat(1001)),
                ]),
            );
            all_found.extend(wrong.all_problems());
        }
        wrong.take_step(Step::WhereAndWho, &pairs(&[("taal", "xx")]));
        all_found.extend(wrong.all_problems());
        assert!(
            all_found.len() > 25,
            "many kinds of problems were tried: {}",
            all_found.len()
        );
        for found in all_found {
            assert!(
                possible_problems(found.field).contains(&found.problem),
                "{found:?}"
            );
        }
    }

    #[test]
    fn sending_needs_both_consents() {
        let mut answers = complete();
        answers.take_step(Step::Check, &pairs(&[("toestemming-bewaren", "ja")]));
        assert_eq!(
            problems_of(&answers, Step::Check),
            vec![(Field::ConsentPublish, Problem::ConsentMissing)]
        );
    }
}
