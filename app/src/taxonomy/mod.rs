//! Target groups (doelgroepen) and themes (thema's): short lists that admins
//! can edit, each term with a Dutch and an English label.

use serde::{Deserialize, Serialize};

use crate::i18n::Locale;

/// One term of a taxonomy, as the browser sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// Stable code used in URLs, e.g. `ouderen`.
    pub code: String,
    pub label_nl: String,
    pub label_en: String,
}

impl Term {
    pub fn label(&self, locale: Locale) -> &str {
        match locale {
            Locale::Nl => &self.label_nl,
            Locale::En => &self.label_en,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<entity::target_group::Model> for Term {
    fn from(model: entity::target_group::Model) -> Self {
        Term {
            code: model.code,
            label_nl: model.label_nl,
            label_en: model.label_en,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<entity::theme::Model> for Term {
    fn from(model: entity::theme::Model) -> Self {
        Term {
            code: model.code,
            label_nl: model.label_nl,
            label_en: model.label_en,
        }
    }
}
