//! The shape of a locale's catalogue. Add a field here, and the compiler asks
//! for it in every language.
//!
//! Fields marked `#[cfg(feature = "ssr")]` are only used in parts drawn on
//! the server; leaving them out of the browser build keeps their text out of
//! the wasm bundle. If the browser needs one, the compiler says so.

/// A heading with its paragraphs, for the long statements (privacy, accessibility).
pub struct InfoSection {
    pub heading: &'static str,
    pub paragraphs: &'static [&'static str],
}

pub struct Messages {
    // The frame around every page.
    pub skip_to_content: &'static str,
    pub main_navigation: &'static str,
    pub nav_map: &'static str,
    pub nav_wijken: &'static str,
    pub nav_calendar: &'static str,
    pub nav_register: &'static str,
    pub nav_professionals: &'static str,
    /// The name of the *other* language, written in that language.
    pub switch_to_other_language: &'static str,
    pub footer_heading: &'static str,
    pub footer_about: &'static str,
    pub privacy_link: &'static str,
    pub accessibility_link: &'static str,
    pub map_attribution: &'static str,
    pub open_source_note: &'static str,
    pub demo_badge: &'static str,
    pub demo_notice: &'static str,
    pub loading: &'static str,

    // Home page.
    pub home_title: &'static str,
    pub home_intro: fn(Option<&str>) -> String,
    pub choose_wijk_heading: &'static str,
    pub all_wijken: &'static str,
    pub this_week_heading: &'static str,
    pub this_week_in: fn(&str) -> String,
    pub this_week_empty: &'static str,
    pub this_week_empty_in_wijk: &'static str,
    pub more_this_week: &'static str,
    pub see_full_calendar: &'static str,
    pub find_on_map: &'static str,

    #[cfg(feature = "ssr")]
    // Dates, times and money.
    pub today: &'static str,
    #[cfg(feature = "ssr")]
    pub tomorrow: &'static str,
    /// Monday first, as in ISO 8601; capitalised for use in headings.
    #[cfg(feature = "ssr")]
    pub weekdays: [&'static str; 7],
    #[cfg(feature = "ssr")]
    pub months: [&'static str; 12],
    #[cfg(feature = "ssr")]
    pub clock_time: fn(u8, u8) -> String,
    #[cfg(feature = "ssr")]
    pub time_range: fn(&str, &str) -> String,
    #[cfg(feature = "ssr")]
    pub price: fn(i32) -> String,
    #[cfg(feature = "ssr")]
    pub free: &'static str,
    #[cfg(feature = "ssr")]
    pub for_target_group: fn(&str) -> String,
    #[cfg(feature = "ssr")]
    pub organised_by: fn(&str) -> String,

    // Sociale kaart (list).
    pub map_title: &'static str,
    pub map_intro: &'static str,
    #[cfg(feature = "ssr")]
    pub map_empty: &'static str,
    #[cfg(feature = "ssr")]
    pub initiatives_found: fn(usize) -> String,
    #[cfg(feature = "ssr")]
    pub looking_for_volunteers: &'static str,
    pub directory_tabs_label: &'static str,
    pub tab_initiatives: &'static str,
    pub tab_organisations: &'static str,
    pub filters_heading: &'static str,
    #[cfg(feature = "ssr")]
    pub search_label: &'static str,
    #[cfg(feature = "ssr")]
    pub search_hint: &'static str,
    #[cfg(feature = "ssr")]
    pub show_results: &'static str,
    #[cfg(feature = "ssr")]
    pub clear_filters: &'static str,
    #[cfg(feature = "ssr")]
    pub filter_area: &'static str,
    #[cfg(feature = "ssr")]
    pub filter_target_group: &'static str,
    #[cfg(feature = "ssr")]
    pub filter_theme: &'static str,
    #[cfg(feature = "ssr")]
    pub filter_language: &'static str,
    #[cfg(feature = "ssr")]
    pub filter_volunteers: &'static str,
    #[cfg(feature = "ssr")]
    pub filter_text: &'static str,
    pub initiatives_found_status: fn(usize) -> String,
    #[cfg(feature = "ssr")]
    pub no_results: &'static str,
    #[cfg(feature = "ssr")]
    pub loosen_intro: &'static str,
    #[cfg(feature = "ssr")]
    pub without_filter: fn(&str, usize) -> String,
    #[cfg(feature = "ssr")]
    pub ignored_filter_note: &'static str,
    #[cfg(feature = "ssr")]
    pub query_cut_note: fn(usize) -> String,
    pub results_heading: &'static str,
    #[cfg(feature = "ssr")]
    pub pages_label: &'static str,
    #[cfg(feature = "ssr")]
    pub previous_page: &'static str,
    #[cfg(feature = "ssr")]
    pub next_page: &'static str,
    #[cfg(feature = "ssr")]
    pub page_of: fn(u32, u32) -> String,
    #[cfg(feature = "ssr")]
    pub next_activity: fn(&str, &str, &str) -> String,
    pub map_heading: &'static str,
    pub map_explanation: &'static str,
    #[cfg(feature = "ssr")]
    pub map_link_label: fn(&str, usize) -> String,
    #[cfg(feature = "ssr")]
    pub organisations_title: &'static str,
    pub organisations_page_title: &'static str,
    pub organisations_intro: &'static str,
    #[cfg(feature = "ssr")]
    pub organisation_kind: fn(&str) -> &'static str,
    pub back_to_map: &'static str,
    #[cfg(feature = "ssr")]
    pub detail_about: &'static str,
    #[cfg(feature = "ssr")]
    pub detail_for_whom: &'static str,
    #[cfg(feature = "ssr")]
    pub detail_themes: &'static str,
    #[cfg(feature = "ssr")]
    pub detail_where: &'static str,
    #[cfg(feature = "ssr")]
    pub detail_meeting_place: &'static str,
    #[cfg(feature = "ssr")]
    pub detail_languages: &'static str,
    #[cfg(feature = "ssr")]
    pub detail_volunteers_welcome: &'static str,
    #[cfg(feature = "ssr")]
    pub detail_upcoming: &'static str,
    #[cfg(feature = "ssr")]
    pub detail_no_upcoming: &'static str,
    #[cfg(feature = "ssr")]
    pub detail_contact: &'static str,
    #[cfg(feature = "ssr")]
    pub detail_no_contact: &'static str,
    #[cfg(feature = "ssr")]
    pub detail_updated: fn(&str) -> String,
    #[cfg(feature = "ssr")]
    pub contact_email: &'static str,
    #[cfg(feature = "ssr")]
    pub contact_phone: &'static str,
    #[cfg(feature = "ssr")]
    pub contact_website: &'static str,
    #[cfg(feature = "ssr")]
    pub contact_whatsapp: &'static str,
    /// The name of a language by its ISO 639-1 code, if we know it.
    #[cfg(feature = "ssr")]
    pub language_name: fn(&str) -> Option<&'static str>,

    // Agenda.
    pub calendar_title: &'static str,
    pub calendar_intro: &'static str,
    pub first_activities: fn(usize) -> String,
    pub calendar_empty: &'static str,

    #[cfg(feature = "ssr")]
    // Registering an initiative.
    pub register_title: &'static str,

    // Professionals.
    pub professionals_title: &'static str,
    #[cfg(feature = "ssr")]
    pub professionals_intro: &'static str,
    #[cfg(feature = "ssr")]
    pub professionals_not_yet: &'static str,

    // Statements.
    pub privacy_title: &'static str,
    pub privacy_intro: &'static str,
    // The long texts are drawn on the server only; the browser bundle need not carry them.
    #[cfg(feature = "ssr")]
    pub privacy_sections: &'static [InfoSection],
    pub accessibility_title: &'static str,
    pub accessibility_intro: &'static str,
    #[cfg(feature = "ssr")]
    pub accessibility_sections: &'static [InfoSection],
    pub contact_us: fn(&str) -> String,

    // Accounts (professionals).
    pub sign_in_title: &'static str,
    #[cfg(feature = "ssr")]
    pub sign_in_intro: &'static str,
    #[cfg(feature = "ssr")]
    pub email_label: &'static str,
    #[cfg(feature = "ssr")]
    pub password_label: &'static str,
    #[cfg(feature = "ssr")]
    pub sign_in_button: &'static str,
    #[cfg(feature = "ssr")]
    pub sign_out_button: &'static str,
    #[cfg(feature = "ssr")]
    pub form_has_problems: &'static str,
    #[cfg(feature = "ssr")]
    pub email_missing: &'static str,
    #[cfg(feature = "ssr")]
    pub password_missing: &'static str,
    #[cfg(feature = "ssr")]
    pub sign_in_not_recognised: &'static str,
    #[cfg(feature = "ssr")]
    pub sign_in_too_many_tries: fn(i64) -> String,
    #[cfg(feature = "ssr")]
    pub password_is_set: &'static str,
    #[cfg(feature = "ssr")]
    pub signed_in_as: fn(&str) -> String,
    #[cfg(feature = "ssr")]
    pub signed_out: &'static str,
    pub set_password_title: &'static str,
    #[cfg(feature = "ssr")]
    pub set_password_intro: fn(&str) -> String,
    #[cfg(feature = "ssr")]
    pub new_password_label: &'static str,
    #[cfg(feature = "ssr")]
    pub new_password_hint: &'static str,
    #[cfg(feature = "ssr")]
    pub repeat_password_label: &'static str,
    #[cfg(feature = "ssr")]
    pub set_password_button: &'static str,
    #[cfg(feature = "ssr")]
    pub password_too_short: &'static str,
    #[cfg(feature = "ssr")]
    pub password_too_long: &'static str,
    #[cfg(feature = "ssr")]
    pub password_like_email: &'static str,
    #[cfg(feature = "ssr")]
    pub password_too_common: &'static str,
    #[cfg(feature = "ssr")]
    pub passwords_differ: &'static str,
    #[cfg(feature = "ssr")]
    pub link_not_valid: &'static str,

    pub second_factor_title: &'static str,
    pub forgot_password_title: &'static str,
    pub two_factor_title: &'static str,
    pub audit_log_title: &'static str,
    pub privacy_requests_title: &'static str,
    pub forbidden_title: &'static str,
    pub forbidden_body: &'static str,
    pub admin_accounts_title: &'static str,
    pub admin_account_title: &'static str,
    #[cfg(feature = "ssr")]
    pub manage_accounts: &'static str,
    #[cfg(feature = "ssr")]
    pub accounts_caption: &'static str,
    #[cfg(feature = "ssr")]
    pub column_name: &'static str,
    #[cfg(feature = "ssr")]
    pub column_email: &'static str,
    #[cfg(feature = "ssr")]
    pub column_organisation: &'static str,
    #[cfg(feature = "ssr")]
    pub column_role: &'static str,
    #[cfg(feature = "ssr")]
    pub column_password_set: &'static str,
    #[cfg(feature = "ssr")]
    pub yes: &'static str,
    #[cfg(feature = "ssr")]
    pub no: &'static str,
    #[cfg(feature = "ssr")]
    pub role_admin: &'static str,
    #[cfg(feature = "ssr")]
    pub role_professional: &'static str,

    // Errors.
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub error_title: &'static str,
    pub error_body: &'static str,
    pub go_home: &'static str,
    #[cfg(feature = "ssr")]
    pub request_too_large_title: &'static str,
    #[cfg(feature = "ssr")]
    pub request_too_large_body: &'static str,
    /// A form's address opened as a page (a 405): nothing to show there.
    #[cfg(feature = "ssr")]
    pub wrong_method_title: &'static str,
    #[cfg(feature = "ssr")]
    pub wrong_method_body: &'static str,
    #[cfg(feature = "ssr")]
    pub cross_site_title: &'static str,
    #[cfg(feature = "ssr")]
    pub cross_site_body: &'static str,
}

impl Messages {
    /// A day as a heading: "Maandag 23 november".
    #[cfg(feature = "ssr")]
    pub fn day_heading(&self, weekday: u8, day: u8, month: u8) -> String {
        let weekday = self.weekdays[usize::from(weekday.clamp(1, 7) - 1)];
        let month = self.months[usize::from(month.clamp(1, 12) - 1)];
        format!("{weekday} {day} {month}")
    }
}
