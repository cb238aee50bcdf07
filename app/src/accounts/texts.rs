//! The texts of the account pages that only the server draws: invitations,
//! password reset, two-factor sign-in, the audit log, privacy requests, the
//! mails, the 429 page and the development outbox. Kept apart from the main
//! catalogue (`crate::i18n`) because the browser never needs them.
//!
//! Dutch at B1 level: short sentences, common words, "je".

use super::Retention;
use crate::i18n::Locale;

pub struct AccountTexts {
    pub forgot_password_link: &'static str,
    pub forgot_password_intro: &'static str,
    pub send_link_button: &'static str,
    pub email_invalid: &'static str,
    pub reset_link_sent: &'static str,

    pub second_factor_intro: &'static str,
    pub code_label: &'static str,
    pub code_hint: &'static str,
    pub continue_button: &'static str,
    pub code_missing: &'static str,
    pub code_wrong: &'static str,
    pub second_factor_expired: &'static str,
    pub sign_in_again: &'static str,

    pub two_factor_link: &'static str,
    pub two_factor_is_on: &'static str,
    pub two_factor_is_off: &'static str,
    pub two_factor_start_button: &'static str,
    pub two_factor_step_scan: &'static str,
    pub two_factor_qr_label: &'static str,
    pub two_factor_step_type: &'static str,
    pub two_factor_step_code: &'static str,
    pub two_factor_turn_on_button: &'static str,
    pub two_factor_turn_off_heading: &'static str,
    pub two_factor_turn_off_intro: &'static str,
    pub two_factor_turn_off_button: &'static str,
    pub two_factor_turned_off: &'static str,
    pub recovery_codes_heading: &'static str,
    pub recovery_codes_intro: &'static str,
    pub sign_in_first: &'static str,

    pub invite_heading: &'static str,
    pub invite_intro: &'static str,
    pub name_label: &'static str,
    pub organisation_label: &'static str,
    pub role_label: &'static str,
    pub invite_button: &'static str,
    pub invitation_sent: &'static str,
    pub account_exists: &'static str,
    pub organisation_missing: &'static str,
    pub name_too_long: &'static str,
    pub column_two_factor: &'static str,
    pub choose_option: &'static str,
    pub all_accounts: &'static str,
    pub status_label: &'static str,
    pub status_active: &'static str,
    pub status_disabled: &'static str,
    pub created_label: &'static str,
    pub own_account_note: &'static str,
    pub change_role_heading: &'static str,
    pub save_role_button: &'static str,
    pub new_link_heading: &'static str,
    pub new_link_intro: &'static str,
    pub new_link_button: &'static str,
    pub disable_heading: &'static str,
    pub disable_intro: &'static str,
    pub disable_button: &'static str,
    pub enable_heading: &'static str,
    pub enable_intro: &'static str,
    pub enable_button: &'static str,
    pub reset_two_factor_heading: &'static str,
    pub reset_two_factor_intro: &'static str,
    pub reset_two_factor_button: &'static str,
    pub role_changed: &'static str,
    pub link_sent: &'static str,
    pub account_disabled: &'static str,
    pub account_enabled: &'static str,
    pub two_factor_reset: &'static str,
    pub on: &'static str,
    pub off: &'static str,

    pub audit_log_link: &'static str,
    pub audit_log_intro: &'static str,
    pub audit_log_caption: fn(u64) -> String,
    pub column_when: &'static str,
    pub column_who: &'static str,
    pub column_what: &'static str,
    pub column_about: &'static str,
    pub column_detail: &'static str,
    pub the_system: &'static str,
    pub newer_page: &'static str,
    pub older_page: &'static str,
    pub audit_action: fn(&str) -> &'static str,

    pub privacy_requests_link: &'static str,
    pub privacy_requests_intro: &'static str,
    pub export_heading: &'static str,
    pub export_intro: &'static str,
    pub export_button: &'static str,
    pub erase_heading: &'static str,
    pub erase_intro: &'static str,
    pub erase_confirm_label: &'static str,
    pub erase_button: &'static str,
    pub erase_confirm_missing: &'static str,
    pub erase_own_account: &'static str,
    pub erased: &'static str,
    pub erasures_caption: &'static str,
    pub column_summary: &'static str,
    pub no_erasures: &'static str,

    pub invite_mail_subject: &'static str,
    pub invite_mail_body: fn(name: &str, organisation: &str, link: &str) -> String,
    pub reset_mail_subject: &'static str,
    pub reset_mail_body: fn(link: &str) -> String,

    /// The heading of the privacy statement's section about keeping data
    /// (`privacy_sections` in the main catalogue), where the configured
    /// periods are added.
    pub retention_heading: &'static str,
    pub retention_paragraphs: fn(&Retention) -> Vec<String>,

    pub too_many_requests_title: &'static str,
    pub too_many_requests_body: fn(seconds: u64) -> String,

    pub outbox_title: &'static str,
    pub outbox_intro: &'static str,
    pub outbox_empty: &'static str,
}

impl Locale {
    pub fn account_texts(self) -> &'static AccountTexts {
        match self {
            Locale::Nl => &NL,
            Locale::En => &EN,
        }
    }
}

/// The texts in the language of the current request.
pub fn use_account_texts() -> &'static AccountTexts {
    crate::i18n::current_locale().account_texts()
}

fn minutes_or_seconds_nl(seconds: u64) -> String {
    match seconds {
        0..=1 => "1 seconde".to_owned(),
        2..=90 => format!("{seconds} seconden"),
        _ => format!("{} minuten", seconds.div_ceil(60)),
    }
}

fn minutes_or_seconds_en(seconds: u64) -> String {
    match seconds {
        0..=1 => "1 second".to_owned(),
        2..=90 => format!("{seconds} seconds"),
        _ => format!("{} minutes", seconds.div_ceil(60)),
    }
}

pub const NL: AccountTexts = AccountTexts {
    forgot_password_link: "Wachtwoord vergeten?",
    forgot_password_intro: "Vul het e-mailadres van je account in. Je krijgt dan een e-mail met een link. Met die link kies je een nieuw wachtwoord.",
    send_link_button: "Stuur mij een link",
    email_invalid: "Dit is geen e-mailadres. Een e-mailadres ziet er zo uit: naam@organisatie.nl.",
    reset_link_sent: "Is er een account met dit e-mailadres? Dan krijg je binnen een paar minuten een e-mail. De link in de e-mail werkt 3 dagen en één keer. Kijk ook bij de ongewenste e-mail.",

    second_factor_intro: "Je gebruikt tweestapsverificatie. Open de app op je telefoon en typ de code van 6 cijfers.",
    code_label: "Code",
    code_hint: "De code uit de app. Heb je je telefoon niet bij je? Typ dan een van je herstelcodes.",
    continue_button: "Verder",
    code_missing: "Typ de code uit de app.",
    code_wrong: "Deze code klopt niet. Typ de code die de app nu laat zien. Een code werkt één keer.",
    second_factor_expired: "Je moet eerst je e-mailadres en wachtwoord invullen. Of het duurde langer dan 5 minuten. Log opnieuw in.",
    sign_in_again: "Opnieuw inloggen",

    two_factor_link: "Tweestapsverificatie",
    two_factor_is_on: "Tweestapsverificatie staat aan. Bij het inloggen vragen we ook een code uit de app op je telefoon.",
    two_factor_is_off: "Tweestapsverificatie staat uit. Zet het aan, dan kan niemand inloggen met alleen je wachtwoord. Je hebt een app nodig die codes maakt, zoals Google Authenticator, Microsoft Authenticator of FreeOTP.",
    two_factor_start_button: "Tweestapsverificatie instellen",
    two_factor_step_scan: "Stap 1. Open de app en scan deze QR-code.",
    two_factor_qr_label: "QR-code om tweestapsverificatie in te stellen",
    two_factor_step_type: "Kun je niet scannen? Typ dan deze sleutel in de app:",
    two_factor_step_code: "Stap 2. Typ de code die de app laat zien.",
    two_factor_turn_on_button: "Aanzetten",
    two_factor_turn_off_heading: "Tweestapsverificatie uitzetten",
    two_factor_turn_off_intro: "Typ een code uit de app of een herstelcode om het uit te zetten.",
    two_factor_turn_off_button: "Uitzetten",
    two_factor_turned_off: "Tweestapsverificatie staat nu uit.",
    recovery_codes_heading: "Je herstelcodes",
    recovery_codes_intro: "Tweestapsverificatie staat nu aan. Bewaar deze codes op een veilige plek, bijvoorbeeld in je wachtwoordmanager. Ben je je telefoon kwijt? Dan log je in met een herstelcode. Elke code werkt één keer. Je ziet de codes alleen nu.",
    sign_in_first: "Log eerst in.",

    invite_heading: "Iemand uitnodigen",
    invite_intro: "De nieuwe gebruiker krijgt een e-mail met een link. Met die link kiest hij of zij een wachtwoord. De link werkt 3 dagen.",
    name_label: "Naam",
    organisation_label: "Organisatie",
    role_label: "Rol",
    invite_button: "Uitnodiging sturen",
    invitation_sent: "De uitnodiging is verstuurd.",
    account_exists: "Er is al een account met dit e-mailadres.",
    organisation_missing: "Kies een organisatie.",
    name_too_long: "Een naam mag hoogstens 120 tekens hebben.",
    column_two_factor: "Tweestapsverificatie",
    choose_option: "Kies…",
    all_accounts: "Terug naar alle accounts",
    status_label: "Status",
    status_active: "Actief",
    status_disabled: "Uitgezet",
    created_label: "Aangemaakt",
    own_account_note: "Dit is je eigen account. Een andere beheerder kan je rol of je account wijzigen.",
    change_role_heading: "Rol wijzigen",
    save_role_button: "Rol opslaan",
    new_link_heading: "Nieuwe link sturen",
    new_link_intro: "Kan deze persoon niet inloggen, of werkt de link niet meer? Stuur dan een nieuwe link. Met die link kiest hij of zij een wachtwoord.",
    new_link_button: "Link sturen",
    disable_heading: "Account uitzetten",
    disable_intro: "Werkt deze persoon hier niet meer? Zet het account dan uit. Inloggen kan dan niet meer. Je kunt het later weer aanzetten.",
    disable_button: "Account uitzetten",
    enable_heading: "Account weer aanzetten",
    enable_intro: "Dit account staat uit. Zet het weer aan, dan kan deze persoon weer inloggen.",
    enable_button: "Account aanzetten",
    reset_two_factor_heading: "Tweestapsverificatie uitzetten",
    reset_two_factor_intro: "Is deze persoon de telefoon én de herstelcodes kwijt? Zet tweestapsverificatie dan uit. Daarna kan hij of zij het opnieuw instellen.",
    reset_two_factor_button: "Tweestapsverificatie uitzetten",
    role_changed: "De rol is gewijzigd.",
    link_sent: "De link is verstuurd.",
    account_disabled: "Het account is uitgezet.",
    account_enabled: "Het account staat weer aan.",
    two_factor_reset: "Tweestapsverificatie staat uit voor dit account.",
    on: "Aan",
    off: "Uit",

    audit_log_link: "Logboek",
    audit_log_intro: "Wie heeft wanneer ingelogd, iets veranderd of persoonsgegevens bekeken? Niemand kan dit logboek veranderen.",
    audit_log_caption: |total| format!("Logboek, nieuwste eerst ({total} regels)"),
    column_when: "Wanneer",
    column_who: "Wie",
    column_what: "Wat",
    column_about: "Over",
    column_detail: "Details",
    the_system: "Systeem",
    newer_page: "Nieuwere regels",
    older_page: "Oudere regels",
    audit_action: |code| match code {
        "user_created" => "Account gemaakt",
        "link_created" => "Link gemaakt",
        "password_set" => "Wachtwoord ingesteld",
        "sign_in" => "Ingelogd",
        "sign_in_failed" => "Inloggen mislukt",
        "sign_in_locked_out" => "Inloggen geblokkeerd",
        "sign_out" => "Uitgelogd",
        "accounts_viewed" => "Accounts bekeken",
        "password_reset_requested" => "Nieuw wachtwoord gevraagd",
        "mail_queued" => "E-mail klaargezet",
        "second_factor_failed" => "Verkeerde code",
        "two_factor_enabled" => "Tweestapsverificatie aan",
        "two_factor_disabled" => "Tweestapsverificatie uit",
        "audit_log_viewed" => "Logboek bekeken",
        "personal_data_exported" => "Persoonsgegevens gedownload",
        "personal_data_erased" => "Persoonsgegevens gewist",
        "role_changed" => "Rol gewijzigd",
        "account_disabled" => "Account uitgezet",
        "account_enabled" => "Account aangezet",
        "account_viewed" => "Account bekeken",
        "initiative_submitted" => "Initiatief aangemeld",
        "initiative_viewed" => "Aanmelding bekeken",
        "initiative_approved" => "Initiatief goedgekeurd",
        "initiative_declined" => "Initiatief niet geplaatst",
        "question_sent" => "Vraag gesteld aan initiatief",
        "manage_links_revoked" => "Beheerlinks ingetrokken",
        "manage_link_mailed" => "Nieuwe beheerlink gemaild",
        "contact_details_exported" => "Contactgegevens gedownload (dashboard)",
        _ => "Anders",
    },

    privacy_requests_link: "Privacyverzoeken",
    privacy_requests_intro: "Vraagt iemand welke gegevens we over hem of haar bewaren? Of wil iemand dat we ze wissen? Dat doe je hier, met het e-mailadres.",
    export_heading: "Gegevens downloaden",
    export_intro: "Je krijgt een JSON-bestand met alles wat we bij dit e-mailadres bewaren.",
    export_button: "Downloaden",
    erase_heading: "Gegevens wissen",
    erase_intro: "We wissen het account, de sessies, de links, de e-mails die nog klaarstaan en het e-mailadres bij initiatieven. We bewaren alleen dat er iets is gewist, zonder de gegevens.",
    erase_confirm_label: "Ik weet dat dit niet terug te draaien is",
    erase_button: "Alles wissen",
    erase_confirm_missing: "Zet een vinkje als je zeker weet dat je alles wilt wissen.",
    erase_own_account: "Je kunt je eigen account hier niet wissen. Vraag dat aan een andere beheerder.",
    erased: "De gegevens zijn gewist.",
    erasures_caption: "Eerder gewist",
    column_summary: "Wat is gewist",
    no_erasures: "Er is nog niets gewist.",

    invite_mail_subject: "Je account voor Buurtkracht",
    invite_mail_body: |name, organisation, link| {
        format!(
            "Hallo {name},\n\n\
             Je hebt een account gekregen voor Buurtkracht, voor {organisation}.\n\n\
             Kies je wachtwoord via deze link:\n{link}\n\n\
             De link werkt 3 dagen en één keer. Werkt de link niet meer? Vraag dan een nieuwe aan de beheerder.\n\n\
             Had je dit niet verwacht? Dan kun je deze e-mail weggooien.\n\n\
             Groet,\nBuurtkracht\n"
        )
    },
    reset_mail_subject: "Een nieuw wachtwoord voor Buurtkracht",
    reset_mail_body: |link| {
        format!(
            "Hallo,\n\n\
             Iemand vroeg een nieuw wachtwoord voor je account bij Buurtkracht.\n\n\
             Kies je nieuwe wachtwoord via deze link:\n{link}\n\n\
             De link werkt 3 dagen en één keer.\n\n\
             Heb je dit niet zelf gevraagd? Dan hoef je niets te doen. Je wachtwoord blijft hetzelfde.\n\n\
             Groet,\nBuurtkracht\n"
        )
    },

    retention_heading: "Hoe lang bewaren we gegevens?",
    retention_paragraphs: |retention| {
        vec![
            format!(
                "Het logboek van wie inlogt en wie iets verandert, bewaren we {} dagen.",
                retention.audit_log_days
            ),
            format!(
                "Een link om een wachtwoord te kiezen werkt 3 dagen. Daarna bewaren we hem nog {} dagen, zonder dat hij werkt.",
                retention.used_links_days
            ),
            format!(
                "Een e-mail die we niet konden versturen, proberen we {} dagen opnieuw. Daarna gooien we hem weg. Een verstuurde e-mail bewaren we niet.",
                retention.unsent_mail_days
            ),
            format!(
                "Heeft de website (nog) geen mailserver? Dan bewaren we een e-mail als bestand op de server, ook {} dagen.",
                retention.unsent_mail_days
            ),
            format!(
                "Ben je begonnen met het aanmelden van een initiatief, maar heb je het niet verstuurd? Dan gooien we je antwoorden weg als je er {} dagen niets aan hebt gedaan.",
                retention.intake_draft_days
            ),
            format!(
                "Meld je je aan voor een activiteit? Dan ziet de organisatie je naam, je e-mailadres of telefoonnummer en met hoeveel mensen je komt. {} dagen na de activiteit wissen we dat.",
                retention.registration_days
            ),
        ]
    },

    too_many_requests_title: "Even wachten",
    too_many_requests_body: |seconds| {
        format!(
            "Je hebt dit formulier vaak achter elkaar verstuurd. Wacht {} en probeer het dan opnieuw. Ga terug naar de vorige pagina: wat je hebt ingevuld, staat daar nog.",
            minutes_or_seconds_nl(seconds)
        )
    },

    outbox_title: "E-mail in de outbox",
    outbox_intro: "Deze pagina is er alleen in de ontwikkelmodus, en alleen op deze computer. Zonder SMTP_URL komt elke e-mail hier terecht in plaats van bij de ontvanger.",
    outbox_empty: "Er is nog geen e-mail.",
};

pub const EN: AccountTexts = AccountTexts {
    forgot_password_link: "Forgot your password?",
    forgot_password_intro: "Fill in the e-mail address of your account. You will get an e-mail with a link. With that link you choose a new password.",
    send_link_button: "Send me a link",
    email_invalid: "This is not an e-mail address. An e-mail address looks like this: name@organisation.nl.",
    reset_link_sent: "Is there an account with this e-mail address? Then you will get an e-mail within a few minutes. The link in the e-mail works for 3 days, and once. Also look in your junk mail.",

    second_factor_intro: "You use two-step verification. Open the app on your phone and type the 6-digit code.",
    code_label: "Code",
    code_hint: "The code from the app. Don't have your phone with you? Then type one of your recovery codes.",
    continue_button: "Continue",
    code_missing: "Type the code from the app.",
    code_wrong: "This code is not right. Type the code the app shows now. A code works once.",
    second_factor_expired: "You first need to fill in your e-mail address and password. Or it took longer than 5 minutes. Sign in again.",
    sign_in_again: "Sign in again",

    two_factor_link: "Two-step verification",
    two_factor_is_on: "Two-step verification is on. When you sign in, we also ask for a code from the app on your phone.",
    two_factor_is_off: "Two-step verification is off. Turn it on, and nobody can sign in with just your password. You need an app that makes codes, such as Google Authenticator, Microsoft Authenticator or FreeOTP.",
    two_factor_start_button: "Set up two-step verification",
    two_factor_step_scan: "Step 1. Open the app and scan this QR code.",
    two_factor_qr_label: "QR code to set up two-step verification",
    two_factor_step_type: "Can't scan? Then type this key into the app:",
    two_factor_step_code: "Step 2. Type the code the app shows.",
    two_factor_turn_on_button: "Turn on",
    two_factor_turn_off_heading: "Turn off two-step verification",
    two_factor_turn_off_intro: "Type a code from the app or a recovery code to turn it off.",
    two_factor_turn_off_button: "Turn off",
    two_factor_turned_off: "Two-step verification is now off.",
    recovery_codes_heading: "Your recovery codes",
    recovery_codes_intro: "Two-step verification is now on. Keep these codes in a safe place, for example in your password manager. Lost your phone? Then sign in with a recovery code. Each code works once. You only see the codes now.",
    sign_in_first: "Sign in first.",

    invite_heading: "Invite someone",
    invite_intro: "The new user gets an e-mail with a link. With that link they choose a password. The link works for 3 days.",
    name_label: "Name",
    organisation_label: "Organisation",
    role_label: "Role",
    invite_button: "Send invitation",
    invitation_sent: "The invitation has been sent.",
    account_exists: "There already is an account with this e-mail address.",
    organisation_missing: "Choose an organisation.",
    name_too_long: "A name can have at most 120 characters.",
    column_two_factor: "Two-step verification",
    choose_option: "Choose…",
    all_accounts: "Back to all accounts",
    status_label: "Status",
    status_active: "Active",
    status_disabled: "Switched off",
    created_label: "Created",
    own_account_note: "This is your own account. Another administrator can change your role or your account.",
    change_role_heading: "Change role",
    save_role_button: "Save role",
    new_link_heading: "Send a new link",
    new_link_intro: "Can this person not sign in, or does the link no longer work? Then send a new link. With that link they choose a password.",
    new_link_button: "Send link",
    disable_heading: "Switch off account",
    disable_intro: "Does this person no longer work here? Then switch the account off. Signing in is then no longer possible. You can switch it on again later.",
    disable_button: "Switch off account",
    enable_heading: "Switch account on again",
    enable_intro: "This account is switched off. Switch it on again, and this person can sign in again.",
    enable_button: "Switch on account",
    reset_two_factor_heading: "Turn off two-step verification",
    reset_two_factor_intro: "Has this person lost both the phone and the recovery codes? Then turn two-step verification off. After that they can set it up again.",
    reset_two_factor_button: "Turn off two-step verification",
    role_changed: "The role has been changed.",
    link_sent: "The link has been sent.",
    account_disabled: "The account has been switched off.",
    account_enabled: "The account is switched on again.",
    two_factor_reset: "Two-step verification is off for this account.",
    on: "On",
    off: "Off",

    audit_log_link: "Audit log",
    audit_log_intro: "Who signed in, changed something or looked at personal data, and when? Nobody can change this log.",
    audit_log_caption: |total| format!("Audit log, newest first ({total} lines)"),
    column_when: "When",
    column_who: "Who",
    column_what: "What",
    column_about: "About",
    column_detail: "Details",
    the_system: "System",
    newer_page: "Newer lines",
    older_page: "Older lines",
    audit_action: |code| match code {
        "user_created" => "Account created",
        "link_created" => "Link created",
        "password_set" => "Password set",
        "sign_in" => "Signed in",
        "sign_in_failed" => "Sign-in failed",
        "sign_in_locked_out" => "Sign-in blocked",
        "sign_out" => "Signed out",
        "accounts_viewed" => "Accounts viewed",
        "password_reset_requested" => "New password requested",
        "mail_queued" => "E-mail queued",
        "second_factor_failed" => "Wrong code",
        "two_factor_enabled" => "Two-step verification on",
        "two_factor_disabled" => "Two-step verification off",
        "audit_log_viewed" => "Audit log viewed",
        "personal_data_exported" => "Personal data downloaded",
        "personal_data_erased" => "Personal data erased",
        "role_changed" => "Role changed",
        "account_disabled" => "Account switched off",
        "account_enabled" => "Account switched on",
        "account_viewed" => "Account viewed",
        "initiative_submitted" => "Initiative registered",
        "initiative_viewed" => "Registration viewed",
        "initiative_approved" => "Initiative approved",
        "initiative_declined" => "Initiative declined",
        "question_sent" => "Question sent to initiative",
        "manage_links_revoked" => "Management links revoked",
        "manage_link_mailed" => "New management link mailed",
        "contact_details_exported" => "Contact details downloaded (dashboard)",
        _ => "Other",
    },

    privacy_requests_link: "Privacy requests",
    privacy_requests_intro: "Does someone ask which data we keep about them? Or do they want us to erase it? You do that here, with their e-mail address.",
    export_heading: "Download data",
    export_intro: "You get a JSON file with everything we keep for this e-mail address.",
    export_button: "Download",
    erase_heading: "Erase data",
    erase_intro: "We erase the account, its sessions, its links, e-mails still waiting to be sent, and the e-mail address at initiatives. We only keep the fact that something was erased, without the data.",
    erase_confirm_label: "I know this cannot be undone",
    erase_button: "Erase everything",
    erase_confirm_missing: "Tick the box if you are sure you want to erase everything.",
    erase_own_account: "You cannot erase your own account here. Ask another administrator.",
    erased: "The data has been erased.",
    erasures_caption: "Erased before",
    column_summary: "What was erased",
    no_erasures: "Nothing has been erased yet.",

    invite_mail_subject: "Your account for Buurtkracht",
    invite_mail_body: |name, organisation, link| {
        format!(
            "Hello {name},\n\n\
             You have been given an account for Buurtkracht, for {organisation}.\n\n\
             Choose your password with this link:\n{link}\n\n\
             The link works for 3 days, and once. Does the link not work any more? Ask the administrator for a new one.\n\n\
             Did you not expect this? Then you can throw this e-mail away.\n\n\
             Kind regards,\nBuurtkracht\n"
        )
    },
    reset_mail_subject: "A new password for Buurtkracht",
    reset_mail_body: |link| {
        format!(
            "Hello,\n\n\
             Someone asked for a new password for your account at Buurtkracht.\n\n\
             Choose your new password with this link:\n{link}\n\n\
             The link works for 3 days, and once.\n\n\
             Did you not ask for this yourself? Then you need not do anything. Your password stays the same.\n\n\
             Kind regards,\nBuurtkracht\n"
        )
    },

    retention_heading: "How long do we keep data?",
    retention_paragraphs: |retention| {
        vec![
            format!(
                "We keep the log of who signs in and who changes something for {} days.",
                retention.audit_log_days
            ),
            format!(
                "A link to choose a password works for 3 days. After that we keep it for {} more days, without it working.",
                retention.used_links_days
            ),
            format!(
                "An e-mail we could not send, we try again for {} days. Then we throw it away. We do not keep e-mail once it is sent.",
                retention.unsent_mail_days
            ),
            format!(
                "Does the website not have a mail server (yet)? Then we keep an e-mail as a file on the server, also for {} days.",
                retention.unsent_mail_days
            ),
            format!(
                "Did you start to register an initiative but not send it? Then we throw your answers away when you have not changed them for {} days.",
                retention.intake_draft_days
            ),
            format!(
                "Do you sign up for an activity? Then the organisers see your name, your e-mail address or phone number and how many people are coming. {} days after the activity we erase that.",
                retention.registration_days
            ),
        ]
    },

    too_many_requests_title: "Please wait a moment",
    too_many_requests_body: |seconds| {
        format!(
            "You sent this form many times in a row. Wait {} and then try again. Go back to the previous page: what you filled in is still there.",
            minutes_or_seconds_en(seconds)
        )
    },

    outbox_title: "E-mail in the outbox",
    outbox_intro: "This page only exists in development mode, and only on this computer. Without SMTP_URL every e-mail ends up here instead of with the recipient.",
    outbox_empty: "There is no e-mail yet.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_privacy_statement_has_the_section_the_retention_periods_go_under() {
        for locale in Locale::ALL {
            let heading = locale.account_texts().retention_heading;
            assert!(
                locale
                    .messages()
                    .privacy_sections
                    .iter()
                    .any(|section| section.heading == heading),
                "{locale:?}"
            );
        }
    }
}

#[cfg(test)]
mod audit_label_tests {
    use super::*;
    use crate::accounts::audit::AuditAction;

    #[test]
    fn every_audit_action_has_a_label_in_both_languages() {
        for locale in Locale::ALL {
            let label = locale.account_texts().audit_action;
            for action in AuditAction::ALL {
                assert_ne!(
                    label(action.code()),
                    label("unknown"),
                    "{locale:?} {action:?}"
                );
            }
        }
    }
}
