//! The six columns and the names a header may give them: English, Hindi or Urdu (also the
//! column names Sabaq itself shows in any of its languages), in any case and spacing.

use super::FileError;
use crate::i18n::{t_in, Lang};
use serde::{Deserialize, Serialize};
use std::{collections::HashMap, sync::LazyLock};

/// A column of the enrolment file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Column {
    Name,
    Login,
    Gender,
    Group,
    District,
    Language,
}

impl Column {
    /// In the order of the template file.
    pub const ALL: [Column; 6] = [
        Column::Name,
        Column::Login,
        Column::Gender,
        Column::Group,
        Column::District,
        Column::Language,
    ];

    /// Fluent id of the column's name as pages show it.
    pub fn label_id(self) -> &'static str {
        match self {
            Column::Name => "upload-column-name",
            Column::Login => "upload-column-login",
            Column::Gender => "upload-column-gender",
            Column::Group => "upload-column-group",
            Column::District => "upload-column-district",
            Column::Language => "upload-column-language",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// Header names besides the labels Sabaq shows (see [`HEADERS`]).
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::Name => &[
                "name",
                "full name",
                "learner name",
                "learner's name",
                "display name",
                "student name",
                "नाम",
                "पूरा नाम",
                "नांऽ",
                "نام",
                "پورا نام",
                "ناو",
            ],
            Column::Login => &[
                "login",
                "login name",
                "user name",
                "mobile",
                "mobile no",
                "mobile number",
                "mobile or login",
                "mobile or login name",
                "mobile / login",
                "login or mobile",
                "phone",
                "phone number",
                "लॉगिन",
                "लॉग इन",
                "लॉगिन नाम",
                "मोबाइल",
                "मोबाइल नंबर",
                "मोबाइल या लॉगिन",
                "फ़ोन",
                "لاگ ان",
                "لاگ ان نام",
                "موبائل",
                "موبائل نمبر",
                "موبائل یا لاگ ان",
                "فون",
            ],
            Column::Gender => &["gender", "sex", "लिंग", "जेंडर", "جنس"],
            Column::Group => &[
                "group",
                "learner group",
                "category",
                "समूह",
                "वर्ग",
                "श्रेणी",
                "گروپ",
                "زمرہ",
            ],
            Column::District => &["district", "ज़िला", "जिला", "ضلع", "ضلعہ"],
            Column::Language => &[
                "language",
                "lang",
                "preferred language",
                "भाषा",
                "भाशा",
                "زبان",
                "پسندیدہ زبان",
            ],
        }
    }
}

/// A key for comparing what people type: lower case, letters and digits only (no spaces,
/// punctuation, viramas or joiners), with spellings that look alike folded together: the
/// Devanagari nukta (ज़िला, जिला), the optional Arabic-script vowel marks (جِنس, جنس) and the
/// Arabic forms of Urdu letters (ي ی, ك ک, ه ہ).
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric() && !is_arabic_vowel_mark(*c))
        .map(fold_letter)
        .collect()
}

fn is_arabic_vowel_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}')
}

fn fold_letter(c: char) -> char {
    match c {
        // Devanagari letters with a nukta, precomposed, to the letter without it.
        '\u{0958}' => '\u{0915}',
        '\u{0959}' => '\u{0916}',
        '\u{095A}' => '\u{0917}',
        '\u{095B}' => '\u{091C}',
        '\u{095C}' => '\u{0921}',
        '\u{095D}' => '\u{0922}',
        '\u{095E}' => '\u{092B}',
        '\u{095F}' => '\u{092F}',
        '\u{0929}' => '\u{0928}',
        '\u{0931}' => '\u{0930}',
        '\u{0934}' => '\u{0933}',
        // Arabic yeh, alef maksura, kaf and heh to the Urdu letters.
        '\u{064A}' | '\u{0649}' => '\u{06CC}',
        '\u{0643}' => '\u{06A9}',
        '\u{0647}' => '\u{06C1}',
        c => c,
    }
}

/// Header keys (folded) to their column: the aliases above and each column's label in every
/// language Sabaq speaks, so a header copied from the upload page is always understood.
static HEADERS: LazyLock<HashMap<String, Column>> = LazyLock::new(|| {
    let mut keys = HashMap::new();
    for column in Column::ALL {
        for alias in column.aliases() {
            keys.insert(fold(alias), column);
        }
        for lang in Lang::ALL {
            keys.insert(fold(&t_in(lang, column.label_id(), &[])), column);
        }
    }
    keys
});

/// The column a header cell names, if any.
pub fn column_of(header: &str) -> Option<Column> {
    HEADERS.get(&fold(header)).copied()
}

/// Where each column is in the file's records. Unknown headers (a serial number, notes) are
/// ignored; a column named twice or not at all is an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout([usize; 6]);

impl Layout {
    pub fn from_headers<'a>(headers: impl IntoIterator<Item = &'a str>) -> Result<Self, FileError> {
        let mut found: [Option<usize>; 6] = [None; 6];
        for (i, header) in headers.into_iter().enumerate() {
            if let Some(column) = column_of(header) {
                if found[column.index()].replace(i).is_some() {
                    return Err(FileError::RepeatedColumn(column));
                }
            }
        }
        let mut layout = [0; 6];
        for column in Column::ALL {
            layout[column.index()] =
                found[column.index()].ok_or(FileError::MissingColumn(column))?;
        }
        Ok(Self(layout))
    }

    /// The position of `column` in a record.
    pub fn position(&self, column: Column) -> usize {
        self.0[column.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_headers_in_any_case_and_spacing() {
        assert_eq!(column_of("Name"), Some(Column::Name));
        assert_eq!(column_of("  MOBILE_OR_LOGIN "), Some(Column::Login));
        assert_eq!(column_of("mobile-or-login"), Some(Column::Login));
        assert_eq!(column_of("Mobile Number"), Some(Column::Login));
        assert_eq!(column_of("Gender"), Some(Column::Gender));
        assert_eq!(column_of("group"), Some(Column::Group));
        assert_eq!(column_of("District"), Some(Column::District));
        assert_eq!(column_of("Preferred language"), Some(Column::Language));
        assert_eq!(column_of("Sr. No."), None);
        assert_eq!(column_of(""), None);
    }

    #[test]
    fn hindi_headers_with_and_without_nukta() {
        for (header, column) in [
            ("नाम", Column::Name),
            ("मोबाइल नंबर", Column::Login),
            ("लिंग", Column::Gender),
            ("समूह", Column::Group),
            ("ज़िला", Column::District),
            ("ज\u{093C}िला", Column::District),
            ("जिला", Column::District),
            ("भाषा", Column::Language),
        ] {
            assert_eq!(column_of(header), Some(column), "{header}");
        }
    }

    #[test]
    fn urdu_headers_also_typed_with_arabic_letters() {
        for (header, column) in [
            ("نام", Column::Name),
            ("موبائل", Column::Login),
            ("جنس", Column::Gender),
            ("گروپ", Column::Group),
            ("ضلع", Column::District),
            ("زبان", Column::Language),
            // Arabic yeh and kaf where Urdu has its own letters.
            ("موبائل يا لاگ ان", Column::Login),
            ("زمره", Column::Group),
            // Vowel marks are optional.
            ("جِنس", Column::Gender),
        ] {
            assert_eq!(column_of(header), Some(column), "{header}");
        }
    }

    #[test]
    fn labels_shown_by_sabaq_are_headers_in_every_language() {
        for lang in Lang::ALL {
            for column in Column::ALL {
                let label = t_in(lang, column.label_id(), &[]);
                assert_eq!(column_of(&label), Some(column), "{lang:?} {label}");
            }
        }
    }

    #[test]
    fn no_header_names_two_columns() {
        let mut seen: HashMap<String, Column> = HashMap::new();
        for column in Column::ALL {
            let labels = Lang::ALL.map(|lang| t_in(lang, column.label_id(), &[]));
            let aliases = column.aliases().iter().map(|a| a.to_string());
            for name in aliases.chain(labels) {
                if let Some(other) = seen.insert(fold(&name), column) {
                    assert_eq!(other, column, "{name}");
                }
            }
        }
    }

    #[test]
    fn layout_in_any_order_with_extra_columns() {
        let layout = Layout::from_headers([
            "S.No", "District", "Name", "Gender", "Language", "Mobile", "Group",
        ])
        .unwrap();
        assert_eq!(layout.position(Column::Name), 2);
        assert_eq!(layout.position(Column::Login), 5);
        assert_eq!(layout.position(Column::District), 1);
    }

    #[test]
    fn missing_and_repeated_columns_are_named() {
        assert_eq!(
            Layout::from_headers(["name", "mobile", "gender", "group", "language"]),
            Err(FileError::MissingColumn(Column::District))
        );
        assert_eq!(
            Layout::from_headers(["name", "नाम", "mobile"]),
            Err(FileError::RepeatedColumn(Column::Name))
        );
        assert_eq!(
            Layout::from_headers(std::iter::empty()),
            Err(FileError::MissingColumn(Column::Name))
        );
    }
}
