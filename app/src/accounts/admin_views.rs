//! The admin's pages: every account with the invitation form
//! (`/beheer/accounts`) and the privacy requests (`/beheer/privacy`).
//! Drawn on the server.

use chrono_tz::Europe::Amsterdam;
use leptos::prelude::*;

use super::Role;
use super::forms::{
    EmailProblem, InviteForm, PrivacyRequestForm, PrivacyRequestKind, PrivacyRequestProblem,
};
use super::invitations::InviteProblem;
use super::texts::use_account_texts;
use super::users::{AccountDetails, AccountRow};
use crate::forms::fields::{
    DataTable, EmailField, ProblemSummary, SelectField, TextField, problem_at,
};
use crate::i18n::use_i18n;

/// The invitation form and the list of accounts.
#[component]
pub fn AccountsAdminView(
    accounts: Vec<AccountRow>,
    /// (slug, name) of every organisation.
    organisations: Vec<(String, String)>,
    form: InviteForm,
) -> impl IntoView {
    let t = use_i18n();
    let texts = use_account_texts();
    let summary = form
        .problems
        .iter()
        .map(|problem| match problem {
            InviteProblem::EmailMissing => (t.email_missing.to_owned(), "email"),
            InviteProblem::EmailInvalid => (texts.email_invalid.to_owned(), "email"),
            InviteProblem::AlreadyExists => (texts.account_exists.to_owned(), "email"),
            InviteProblem::NameTooLong => (texts.name_too_long.to_owned(), "naam"),
            InviteProblem::OrganisationMissing => {
                (texts.organisation_missing.to_owned(), "organisatie")
            }
        })
        .collect::<Vec<_>>();
    let problem_for = |field: &str| problem_at(&summary, field);
    let (email_problem, name_problem, organisation_problem) = (
        problem_for("email"),
        problem_for("naam"),
        problem_for("organisatie"),
    );
    let organisation_options = std::iter::once((String::new(), texts.choose_option.to_owned()))
        .chain(organisations)
        .collect();
    let role_options = vec![
        (
            Role::Professional.code().to_owned(),
            t.role_professional.to_owned(),
        ),
        (Role::Admin.code().to_owned(), t.role_admin.to_owned()),
    ];
    view! {
        <section class="account-section" aria-labelledby="uitnodigen">
            <h2 id="uitnodigen">{texts.invite_heading}</h2>
            <p>{texts.invite_intro}</p>
            <ProblemSummary problems=summary/>
            <form class="form" method="post" action="/beheer/accounts" novalidate>
                <EmailField id="email" autocomplete="off" value=form.email problem=email_problem/>
                <TextField
                    id="naam"
                    name="naam"
                    label=texts.name_label
                    kind="text"
                    autocomplete="off"
                    value=form.name
                    problem=name_problem
                />
                <SelectField
                    id="organisatie"
                    name="organisatie"
                    label=texts.organisation_label
                    options=organisation_options
                    selected=form.organisation
                    problem=organisation_problem
                />
                <SelectField
                    id="rol"
                    name="rol"
                    label=texts.role_label
                    options=role_options
                    selected=form.role
                    problem=None
                />
                <button class="button" type="submit">{texts.invite_button}</button>
            </form>
        </section>
        <section class="account-section">
            <AccountsTable accounts/>
        </section>
    }
}

#[component]
fn AccountsTable(accounts: Vec<AccountRow>) -> impl IntoView {
    let t = use_i18n();
    let texts = use_account_texts();
    let rows = accounts
        .into_iter()
        .map(|account| {
            let role = match account.role {
                Some(Role::Admin) => t.role_admin,
                Some(Role::Professional) => t.role_professional,
                None => "",
            };
            let password = if account.has_password { t.yes } else { t.no };
            let two_factor = if account.has_two_factor {
                texts.on
            } else {
                texts.off
            };
            view! {
                <tr>
                    <th scope="row">
                        <a href=format!("/beheer/accounts/{}", account.id)>{account.display_name}</a>
                    </th>
                    <td>{account.email}</td>
                    <td>{account.organisation}</td>
                    <td>{role}</td>
                    <td>{password}</td>
                    <td>{two_factor}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <DataTable
            id="accounts-caption"
            caption=t.accounts_caption.to_owned()
            columns=vec![
                t.column_name,
                t.column_email,
                t.column_organisation,
                t.column_role,
                t.column_password_set,
                texts.column_two_factor,
            ]
        >
            {rows}
        </DataTable>
    }
}

/// The two privacy forms (download, erase) and the earlier erasures.
#[component]
pub fn PrivacyRequestsView(
    form: PrivacyRequestForm,
    erasures: Vec<entity::erasure_record::Model>,
) -> impl IntoView {
    let t = use_i18n();
    let texts = use_account_texts();
    let message = |problem: &PrivacyRequestProblem| match problem {
        PrivacyRequestProblem::Email(EmailProblem::Missing) => t.email_missing,
        PrivacyRequestProblem::Email(EmailProblem::Invalid) => texts.email_invalid,
        PrivacyRequestProblem::ConfirmationMissing => texts.erase_confirm_missing,
        PrivacyRequestProblem::OwnAccount => texts.erase_own_account,
    };
    // Each form has its own field ids; the problems belong to the posted one.
    let summary_for = |kind: PrivacyRequestKind, email_id: &'static str| {
        if form.kind != kind {
            return Vec::new();
        }
        form.problems
            .iter()
            .map(|problem| {
                let field = match problem {
                    PrivacyRequestProblem::ConfirmationMissing => "bevestig",
                    _ => email_id,
                };
                (message(problem).to_owned(), field)
            })
            .collect::<Vec<_>>()
    };
    let export_summary = summary_for(PrivacyRequestKind::Export, "export-email");
    let erase_summary = summary_for(PrivacyRequestKind::Erase, "wis-email");
    let export_problem = problem_at(&export_summary, "export-email");
    let erase_email_problem = problem_at(&erase_summary, "wis-email");
    let confirm_problem = problem_at(&erase_summary, "bevestig");
    let typed = |kind: PrivacyRequestKind| {
        if form.kind == kind {
            form.email.clone()
        } else {
            String::new()
        }
    };
    let has_confirm_problem = confirm_problem.is_some();
    let rows = erasures
        .into_iter()
        .map(|erasure| {
            let local = erasure.erased_at.with_timezone(&Amsterdam);
            view! {
                <tr>
                    <td><time datetime=erasure.erased_at.to_rfc3339()>{local.format("%d-%m-%Y %H:%M").to_string()}</time></td>
                    <td>{erasure.summary}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let erasures_view = if rows.is_empty() {
        view! { <p>{texts.no_erasures}</p> }.into_any()
    } else {
        view! {
            <DataTable
                id="erasures-caption"
                caption=texts.erasures_caption.to_owned()
                columns=vec![texts.column_when, texts.column_summary]
            >
                {rows}
            </DataTable>
        }
        .into_any()
    };
    view! {
        <p class="lead">{texts.privacy_requests_intro}</p>
        <section class="account-section" aria-labelledby="downloaden">
            <h2 id="downloaden">{texts.export_heading}</h2>
            <p>{texts.export_intro}</p>
            <ProblemSummary problems=export_summary/>
            <form class="form" method="post" action="/beheer/privacy" novalidate>
                <input type="hidden" name="actie" value="downloaden"/>
                <EmailField id="export-email" autocomplete="off" value=typed(PrivacyRequestKind::Export) problem=export_problem/>
                <button class="button" type="submit">{texts.export_button}</button>
            </form>
        </section>
        <section class="account-section" aria-labelledby="wissen">
            <h2 id="wissen">{texts.erase_heading}</h2>
            <p>{texts.erase_intro}</p>
            <ProblemSummary problems=erase_summary/>
            <form class="form" method="post" action="/beheer/privacy" novalidate>
                <input type="hidden" name="actie" value="wissen"/>
                <EmailField id="wis-email" autocomplete="off" value=typed(PrivacyRequestKind::Erase) problem=erase_email_problem/>
                <div class="field" class:field--problem=has_confirm_problem>
                    {confirm_problem.map(|problem| view! { <p class="field__problem" id="bevestig-fout">{problem}</p> })}
                    <div class="checkbox">
                        <input
                            type="checkbox"
                            id="bevestig"
                            name="bevestig"
                            value="ja"
                            aria-invalid=has_confirm_problem.then_some("true")
                            aria-describedby=has_confirm_problem.then_some("bevestig-fout")
                        />
                        <label for="bevestig">{texts.erase_confirm_label}</label>
                    </div>
                </div>
                <button class="button button--danger" type="submit">{texts.erase_button}</button>
            </form>
        </section>
        <section class="account-section" aria-labelledby="eerder-gewist">
            <h2 id="eerder-gewist">{texts.erasures_caption}</h2>
            {erasures_view}
        </section>
    }
}

/// One account for an admin: its facts and what can be changed. Admins do
/// not change their own account here (another admin does).
#[component]
pub fn AccountAdminView(account: AccountDetails, own: bool) -> impl IntoView {
    let t = use_i18n();
    let texts = use_account_texts();
    let user = account.user;
    let action = format!("/beheer/accounts/{}", user.id);
    let role = Role::from_code(&user.role);
    let role_name = match role {
        Some(Role::Admin) => t.role_admin,
        Some(Role::Professional) => t.role_professional,
        None => "",
    };
    let created = user
        .created_at
        .with_timezone(&Amsterdam)
        .format("%d-%m-%Y")
        .to_string();
    // The text for a yes/no fact.
    let either = |condition: bool, yes: &str, no: &str| if condition { yes } else { no }.to_owned();
    let facts = [
        (t.column_name, user.display_name.clone()),
        (t.column_email, user.email.clone()),
        (t.column_organisation, account.organisation),
        (t.column_role, role_name.to_owned()),
        (
            texts.status_label,
            either(
                user.disabled_at.is_some(),
                texts.status_disabled,
                texts.status_active,
            ),
        ),
        (
            t.column_password_set,
            either(user.password_hash.is_some(), t.yes, t.no),
        ),
        (
            texts.column_two_factor,
            either(user.totp_enabled_at.is_some(), texts.on, texts.off),
        ),
        (texts.created_label, created),
    ]
    .into_iter()
    .map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> })
    .collect_view();
    let back = view! { <p><a href="/beheer/accounts">{texts.all_accounts}</a></p> };
    if own {
        return view! {
            {back}
            <dl class="facts">{facts}</dl>
            <p class="notice">{texts.own_account_note}</p>
        }
        .into_any();
    }
    let role_options = [Role::Professional, Role::Admin]
        .into_iter()
        .map(|option| {
            let text = if option == Role::Admin {
                t.role_admin
            } else {
                t.role_professional
            };
            view! { <option value=option.code() selected=Some(option) == role>{text}</option> }
        })
        .collect_view();
    let switch = if user.disabled_at.is_some() {
        view! {
            <ActionSection
                id="aan-uit"
                heading=texts.enable_heading
                intro=texts.enable_intro
                action=action.clone()
                value="aanzetten"
                button=texts.enable_button
            />
        }
    } else {
        view! {
            <ActionSection
                id="aan-uit"
                heading=texts.disable_heading
                intro=texts.disable_intro
                action=action.clone()
                value="uitzetten"
                button=texts.disable_button
                danger=true
            />
        }
    };
    let two_factor = user.totp_enabled_at.is_some().then(|| {
        view! {
            <ActionSection
                id="tweestaps"
                heading=texts.reset_two_factor_heading
                intro=texts.reset_two_factor_intro
                action=action.clone()
                value="tweestaps-uit"
                button=texts.reset_two_factor_button
            />
        }
    });
    view! {
        {back}
        <dl class="facts">{facts}</dl>
        <section class="account-section" aria-labelledby="rol-wijzigen">
            <h2 id="rol-wijzigen">{texts.change_role_heading}</h2>
            <form class="form" method="post" action=action.clone()>
                <input type="hidden" name="actie" value="rol"/>
                <div class="field">
                    <label class="field__label" for="rol">{texts.role_label}</label>
                    <select class="field__input" id="rol" name="rol">{role_options}</select>
                </div>
                <button class="button" type="submit">{texts.save_role_button}</button>
            </form>
        </section>
        <ActionSection
            id="nieuwe-link"
            heading=texts.new_link_heading
            intro=texts.new_link_intro
            action=action.clone()
            value="link"
            button=texts.new_link_button
        />
        {two_factor}
        {switch}
    }
    .into_any()
}

/// A section with one button that posts `actie=value` to `action`.
#[component]
fn ActionSection(
    id: &'static str,
    heading: &'static str,
    intro: &'static str,
    action: String,
    value: &'static str,
    button: &'static str,
    #[prop(optional)] danger: bool,
) -> impl IntoView {
    view! {
        <section class="account-section" aria-labelledby=id>
            <h2 id=id>{heading}</h2>
            <p>{intro}</p>
            <form method="post" action=action>
                <input type="hidden" name="actie" value=value/>
                <button class="button" class:button--danger=danger type="submit">{button}</button>
            </form>
        </section>
    }
}
