//! Numbers as the reader writes them, through ICU4X: Indian digit grouping (12,34,567) and
//! each language's own digits and separators.

use super::{use_lang, Lang};
use icu_decimal::{input::Decimal, DecimalFormatter};
use icu_locale_core::Locale;
use writeable::Writeable;

thread_local! {
    /// One formatter per language and thread (they are not `Sync`), built on first use.
    static FORMATTERS: Vec<Option<DecimalFormatter>> = Lang::ALL
        .iter()
        .map(|l| {
            let locale: Locale = format!("{}-IN", l.code()).parse().ok()?;
            DecimalFormatter::try_new((&locale).into(), Default::default()).ok()
        })
        .collect();
}

/// `n` in `lang`'s digits and grouping.
pub fn number_in(lang: Lang, n: i64) -> String {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    FORMATTERS.with(|all| match all.get(i).and_then(Option::as_ref) {
        Some(f) => f.format(&Decimal::from(n)).write_to_string().into_owned(),
        None => n.to_string(),
    })
}

/// `n` in the reader's language.
pub fn number(n: i64) -> String {
    number_in(use_lang(), n)
}

/// A whole percentage in the reader's language.
pub fn percent(n: u32) -> String {
    format!("{}%", number(i64::from(n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_in_india_groups_lakhs_and_crores() {
        assert_eq!(number_in(Lang::En, 1234567), "12,34,567");
        assert_eq!(number_in(Lang::En, 999), "999");
    }

    #[test]
    fn every_language_formats_something() {
        for lang in Lang::ALL {
            assert!(!number_in(lang, 100000).is_empty());
        }
    }
}
