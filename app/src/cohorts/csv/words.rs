//! Gender, group and language cells: the codes the forms use (`female`, `shg-member`, `ur`), the
//! words Sabaq shows for them in each of its languages (Woman, महिला, خاتون), and a few other
//! common ways of writing them, in any case and spacing.

use super::columns::fold;
use crate::{
    auth::{Gender, LearnerGroup},
    i18n::{t_in, Lang},
};
use std::{collections::HashMap, sync::LazyLock};

/// Folded words to codes, one table per column.
struct Words(HashMap<String, &'static str>);

impl Words {
    /// Each code, its label (`{prefix}{code}`) in every language, and the extra words.
    fn new(codes: &[&'static str], prefix: &str, extra: &[(&'static str, &[&str])]) -> Self {
        let mut words = HashMap::new();
        for code in codes {
            words.insert(fold(code), *code);
            if !prefix.is_empty() {
                for lang in Lang::ALL {
                    words.insert(fold(&t_in(lang, &format!("{prefix}{code}"), &[])), *code);
                }
            }
        }
        for (code, others) in extra {
            for word in *others {
                words.insert(fold(word), *code);
            }
        }
        Self(words)
    }

    fn code(&self, cell: &str) -> Option<&'static str> {
        self.0.get(&fold(cell)).copied()
    }
}

static GENDERS: LazyLock<Words> = LazyLock::new(|| {
    let codes: Vec<_> = Gender::ALL.iter().map(|g| g.code()).collect();
    Words::new(
        &codes,
        "gender-",
        &[
            (
                "female",
                &[
                    "f",
                    "woman",
                    "women",
                    "girl",
                    "स्त्री",
                    "औरत",
                    "लड़की",
                    "عورت",
                    "لڑکی",
                    "زنانہ",
                ],
            ),
            (
                "male",
                &["m", "man", "men", "boy", "आदमी", "लड़का", "لڑکا", "آدمی"],
            ),
            ("unstated", &["not stated", "prefer not to say", "unknown"]),
        ],
    )
});

static GROUPS: LazyLock<Words> = LazyLock::new(|| {
    let codes: Vec<_> = LearnerGroup::ALL.iter().map(|g| g.code()).collect();
    Words::new(
        &codes,
        "group-",
        &[
            (
                "government-official",
                &[
                    "government",
                    "govt",
                    "govt official",
                    "government employee",
                    "official",
                    "सरकारी",
                    "सरकारी कर्मचारी",
                    "سرکاری",
                    "سرکاری ملازم",
                ],
            ),
            ("student", &["छात्र", "छात्रा", "طالبہ", "طالب علم"]),
            (
                "shg-member",
                &[
                    "shg",
                    "shg member",
                    "self-help group",
                    "self help group member",
                    "स्वयं सहायता समूह",
                    "एसएचजी",
                    "سیلف ہیلپ گروپ",
                    "ایس ایچ جی",
                ],
            ),
        ],
    )
});

static LANGUAGES: LazyLock<Words> = LazyLock::new(|| {
    let codes: Vec<_> = Lang::ALL.iter().map(|l| l.code()).collect();
    let mut words = Words::new(
        &codes,
        "",
        &[
            ("en", &["english", "अंग्रेज़ी", "इंग्लिश", "انگریزی"]),
            ("hi", &["hindi", "हिंदी", "हिन्दी", "ہندی"]),
            ("ur", &["urdu", "उर्दू", "اردو"]),
            ("ks", &["kashmiri", "koshur", "कश्मीरी", "کشمیری"]),
            ("doi", &["dogri", "डोगरी", "ڈوگری"]),
        ],
    );
    for lang in Lang::ALL {
        words.0.insert(fold(lang.native_name()), lang.code());
    }
    words
});

/// The gender code `cell` means, if any.
pub fn gender(cell: &str) -> Option<&'static str> {
    GENDERS.code(cell)
}

/// The learner-group code `cell` means, if any.
pub fn group(cell: &str) -> Option<&'static str> {
    GROUPS.code(cell)
}

/// The language code `cell` means, if any.
pub fn language(cell: &str) -> Option<&'static str> {
    LANGUAGES.code(cell)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_words_in_three_languages() {
        for cell in ["female", "Female", "WOMAN", "महिला", "خاتون", " f "] {
            assert_eq!(gender(cell), Some("female"), "{cell}");
        }
        assert_eq!(gender("पुरुष"), Some("male"));
        assert_eq!(gender("مرد"), Some("male"));
        for cell in [
            "shg-member",
            "SHG member",
            "shg",
            "स्वयं सहायता समूह (SHG) सदस्य",
            "سیلف ہیلپ گروپ (SHG) ممبر",
        ] {
            assert_eq!(group(cell), Some("shg-member"), "{cell}");
        }
        assert_eq!(group("Student"), Some("student"));
        assert_eq!(group("विद्यार्थी"), Some("student"));
        assert_eq!(group("طالب علم"), Some("student"));
        assert_eq!(group("Government official"), Some("government-official"));
        for (cell, code) in [
            ("ur", "ur"),
            ("Urdu", "ur"),
            ("اردو", "ur"),
            ("उर्दू", "ur"),
            ("हिंदी", "hi"),
            ("हिन्दी", "hi"),
            ("Hindi", "hi"),
            ("English", "en"),
            ("Kashmiri", "ks"),
            ("کٲشُر", "ks"),
            ("Dogri", "doi"),
            ("DOI", "doi"),
        ] {
            assert_eq!(language(cell), Some(code), "{cell}");
        }
    }

    #[test]
    fn every_label_sabaq_shows_is_understood() {
        for lang in Lang::ALL {
            for g in Gender::ALL {
                let label = t_in(lang, &format!("gender-{}", g.code()), &[]);
                assert_eq!(gender(&label), Some(g.code()), "{label}");
            }
            for g in LearnerGroup::ALL {
                let label = t_in(lang, &format!("group-{}", g.code()), &[]);
                assert_eq!(group(&label), Some(g.code()), "{label}");
            }
        }
    }

    #[test]
    fn unknown_words_are_not_guessed() {
        assert_eq!(gender("x"), None);
        assert_eq!(gender(""), None);
        assert_eq!(group("farmer"), None);
        assert_eq!(language("french"), None);
        assert_eq!(language(""), None);
    }
}
