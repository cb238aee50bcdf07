//! The state an account form's post with problems hands back to its page:
//! what was typed (never a password) and what is wrong. The fields are drawn
//! with the shared widgets of `crate::forms::fields`.

use super::invitations::InviteProblem;

/// Something wrong with a sign-in post.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignInProblem {
    EmailMissing,
    PasswordMissing,
    NotRecognised,
    TooManyTries { minutes: i64 },
}

/// What the sign-in page shows after a post with problems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SignInForm {
    pub email: String,
    pub problems: Vec<SignInProblem>,
}

/// Something wrong with a new password.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetPasswordProblem {
    TooShort,
    TooLong,
    LooksLikeEmail,
    TooCommon,
    Differ,
}

/// What the set-password page shows after a post with problems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SetPasswordForm {
    pub problems: Vec<SetPasswordProblem>,
}

/// Something wrong with an e-mail address field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailProblem {
    Missing,
    Invalid,
}

/// The "forgot your password" form after a post with problems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ForgotPasswordForm {
    pub email: String,
    pub problem: Option<EmailProblem>,
}

/// Something wrong with a two-factor code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    Missing,
    Wrong,
    TooManyTries { minutes: i64 },
}

/// The code step of signing in, after a post with problems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SecondFactorForm {
    pub problem: Option<CodeProblem>,
}

/// The two-factor settings after a post: a problem with the code, or the
/// recovery codes to show once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TwoFactorForm {
    pub problem: Option<CodeProblem>,
    pub recovery_codes: Vec<String>,
}

/// The invitation form after a post with problems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InviteForm {
    pub email: String,
    pub name: String,
    pub organisation: String,
    pub role: String,
    pub problems: Vec<InviteProblem>,
}

/// Something wrong with a privacy request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrivacyRequestProblem {
    Email(EmailProblem),
    ConfirmationMissing,
    OwnAccount,
}

/// Which of the two privacy forms was posted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PrivacyRequestKind {
    #[default]
    Export,
    Erase,
}

/// A privacy form after a post with problems.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PrivacyRequestForm {
    pub kind: PrivacyRequestKind,
    pub email: String,
    pub problems: Vec<PrivacyRequestProblem>,
}
