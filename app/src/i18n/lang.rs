use serde::{Deserialize, Serialize};

/// A language Sabaq is offered in. English is the source language and the final fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    Hi,
    Ur,
    Ks,
    Doi,
}

/// Writing direction of a language's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Hi, Lang::Ur, Lang::Ks, Lang::Doi];

    /// BCP 47 code, as used in `<html lang>`, cookies and the database.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
            Lang::Ur => "ur",
            Lang::Ks => "ks",
            Lang::Doi => "doi",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim();
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The language's name in its own script, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Hi => "हिन्दी",
            Lang::Ur => "اردو",
            Lang::Ks => "کٲشُر",
            Lang::Doi => "डोगरी",
        }
    }

    /// Languages to try, in order, for content not yet translated into `self`: Kashmiri
    /// readers mostly read Urdu, Dogri readers Hindi, and English is always there.
    pub fn fallbacks(self) -> &'static [Lang] {
        match self {
            Lang::En => &[Lang::En],
            Lang::Hi => &[Lang::Hi, Lang::En],
            Lang::Ur => &[Lang::Ur, Lang::En],
            Lang::Ks => &[Lang::Ks, Lang::Ur, Lang::En],
            Lang::Doi => &[Lang::Doi, Lang::Hi, Lang::En],
        }
    }

    pub fn dir(self) -> Dir {
        match self {
            Lang::Ur | Lang::Ks => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("UR"), Some(Lang::Ur));
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn perso_arabic_languages_are_rtl() {
        let rtl: Vec<_> = Lang::ALL
            .into_iter()
            .filter(|l| l.dir() == Dir::Rtl)
            .collect();
        assert_eq!(rtl, vec![Lang::Ur, Lang::Ks]);
    }
}
