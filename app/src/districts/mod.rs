//! The 20 districts of J&K in their two divisions, named in all five languages.

#[cfg(feature = "ssr")]
mod reference;
#[cfg(feature = "ssr")]
pub mod repo;

#[cfg(feature = "ssr")]
pub use reference::reference_rows;

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// A district as pages show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct District {
    pub slug: String,
    /// `jammu` or `kashmir`.
    pub division: String,
    /// Names in the order of [`Lang::ALL`].
    pub names: [String; 5],
}

impl District {
    /// The district's name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        &self.names[i]
    }
}
