//! One row of the file: refused if a cell could run as a spreadsheet formula or is empty, else
//! the gender, group and language words turned into codes and the learner checked by the same
//! rules as the one-learner form (`enrol::validate_fields`).

use super::{words, Column, RowProblem, RowStatus, UploadRow};
use crate::{
    auth::validate,
    cohorts::enrol::{validate_fields, Districts, LearnerFields},
    error::AppError,
};

/// The longest cell value kept to show in the preview.
const SHOWN_MAX: usize = 80;

/// The six cells of a row, trimmed, in [`Column::ALL`] order.
pub type Cells = [String; 6];

/// Checks the row numbered `row` (as the spreadsheet numbers it).
pub fn check(row: u32, cells: &Cells, districts: &Districts) -> UploadRow {
    let cell = |c: Column| cells[Column::ALL.iter().position(|x| *x == c).unwrap_or(0)].as_str();
    let formula = Column::ALL.into_iter().find(|c| is_formula(*c, cell(*c)));
    // A formula is never kept, not even to show it.
    let shown = |c: Column| {
        if formula == Some(c) {
            String::new()
        } else {
            shown(cell(c))
        }
    };
    let status = match formula {
        Some(column) => RowStatus::Refused(RowProblem::Formula { column }),
        None => match Column::ALL.into_iter().find(|c| cell(*c).is_empty()) {
            Some(column) => RowStatus::Refused(RowProblem::Missing { column }),
            None => validate(cells, districts),
        },
    };
    let login = match &status {
        RowStatus::Ready(l) => l.login.clone(),
        _ => shown(Column::Login),
    };
    UploadRow {
        row,
        name: shown(Column::Name),
        login,
        status,
    }
}

fn validate(cells: &Cells, districts: &Districts) -> RowStatus {
    let [name, login, gender, group, district, language] = cells;
    let code = |cell: &str, find: fn(&str) -> Option<&'static str>| {
        find(cell).map_or_else(|| cell.to_owned(), str::to_owned)
    };
    let fields = LearnerFields {
        display_name: name.clone(),
        login: login.clone(),
        gender: code(gender, words::gender),
        group: code(group, words::group),
        district: district.clone(),
        language: code(language, words::language),
    };
    match validate_fields(&fields, districts) {
        Ok(learner) => RowStatus::Ready(learner),
        Err(err) => RowStatus::Refused(problem(err, cells)),
    }
}

/// The row problem for the first rule `validate_fields` found broken.
fn problem(err: AppError, cells: &Cells) -> RowProblem {
    let [_, login, gender, group, district, language] = cells;
    let unknown = |column, value: &str| RowProblem::Unknown {
        column,
        value: shown(value),
    };
    match (err.field(), err.message_id()) {
        (Some("display_name"), "register-error-name-too-long") => RowProblem::NameTooLong,
        (Some("display_name"), "register-error-name-required") => RowProblem::Missing {
            column: Column::Name,
        },
        (Some("display_name"), _) => RowProblem::NameInvalid,
        (Some("login"), _) => RowProblem::LoginInvalid {
            value: shown(login),
        },
        (Some("gender"), _) => unknown(Column::Gender, gender),
        (Some("group"), _) => unknown(Column::Group, group),
        (Some("district"), _) => unknown(Column::District, district),
        _ => unknown(Column::Language, language),
    }
}

/// A cell that Excel, LibreOffice or Google Sheets would run as a formula when the list is
/// opened again (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`). A mobile number such as
/// `+91 94190 12345` is the one exception: it is stored as its ten digits, never as typed.
fn is_formula(column: Column, cell: &str) -> bool {
    let risky = cell.starts_with(['=', '+', '-', '@']);
    let phone = column == Column::Login
        && cell.chars().any(|c| c.is_ascii_digit())
        && validate::normalize_login(cell).is_ok_and(|l| l.bytes().all(|b| b.is_ascii_digit()));
    risky && !phone
}

/// A cell as the preview may show it: no control or direction-changing characters, at most
/// [`SHOWN_MAX`] characters.
pub fn shown(cell: &str) -> String {
    let clean: String = cell
        .chars()
        .filter(|c| !c.is_control() && !is_bidi_control(*c))
        .collect();
    if clean.chars().count() > SHOWN_MAX {
        clean.chars().take(SHOWN_MAX - 1).chain(['…']).collect()
    } else {
        clean
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        auth::{Gender, LearnerGroup},
        cohorts::csv::tests::districts,
        i18n::Lang,
    };
    use proptest::prelude::*;

    fn cells(values: [&str; 6]) -> Cells {
        values.map(str::to_owned)
    }

    fn good() -> [&'static str; 6] {
        [
            "Shazia Bhat",
            "9419012345",
            "female",
            "shg-member",
            "srinagar",
            "ur",
        ]
    }

    fn with(column: Column, value: &'static str) -> Cells {
        let mut v = good();
        v[Column::ALL.iter().position(|c| *c == column).unwrap()] = value;
        cells(v)
    }

    fn refused(row: &UploadRow) -> &RowProblem {
        match &row.status {
            RowStatus::Refused(p) => p,
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn a_good_row_is_ready() {
        let row = check(2, &cells(good()), districts());
        let RowStatus::Ready(l) = &row.status else {
            panic!("{row:?}")
        };
        assert_eq!(row.row, 2);
        assert_eq!(l.login, "9419012345");
        assert_eq!(l.display_name, "Shazia Bhat");
        assert_eq!(l.gender, Gender::Female);
        assert_eq!(l.group, LearnerGroup::ShgMember);
        assert_eq!(l.language, Lang::Ur);
        assert_eq!(Some(l.district_id), districts().find("srinagar"));
    }

    #[test]
    fn words_in_hindi_and_urdu_are_codes() {
        let row = check(
            3,
            &cells([
                "शाज़िया",
                "+91 94190 12345",
                "महिला",
                "विद्यार्थी",
                "श्रीनगर",
                "उर्दू",
            ]),
            districts(),
        );
        let RowStatus::Ready(l) = &row.status else {
            panic!("{row:?}")
        };
        assert_eq!(l.login, "9419012345");
        assert_eq!(row.login, "9419012345");
        assert_eq!(l.group, LearnerGroup::Student);
        assert_eq!(l.language, Lang::Ur);
        let row = check(
            4,
            &cells(["شازیہ", "shazia.b", "خاتون", "طالب علم", "سرینگر", "اردو"]),
            districts(),
        );
        assert!(matches!(row.status, RowStatus::Ready(_)), "{row:?}");
    }

    #[test]
    fn each_bad_cell_is_named() {
        let d = districts();
        assert_eq!(
            refused(&check(2, &with(Column::Name, ""), d)),
            &RowProblem::Missing {
                column: Column::Name
            }
        );
        assert_eq!(
            refused(&check(2, &with(Column::Name, "\u{200B}\u{200B}"), d)),
            &RowProblem::NameInvalid
        );
        let long = "ش".repeat(81);
        assert_eq!(
            refused(&check(2, &with(Column::Name, long.leak()), d)),
            &RowProblem::NameTooLong
        );
        assert_eq!(
            refused(&check(2, &with(Column::Login, "12345"), d)),
            &RowProblem::LoginInvalid {
                value: "12345".into()
            }
        );
        assert_eq!(
            refused(&check(2, &with(Column::District, "Srinagr"), d)),
            &RowProblem::Unknown {
                column: Column::District,
                value: "Srinagr".into()
            }
        );
        for column in [Column::Gender, Column::Group, Column::Language] {
            assert_eq!(
                refused(&check(2, &with(column, "xyz"), d)),
                &RowProblem::Unknown {
                    column,
                    value: "xyz".into()
                }
            );
        }
        assert_eq!(
            refused(&check(2, &with(Column::Language, ""), d)),
            &RowProblem::Missing {
                column: Column::Language
            }
        );
    }

    #[test]
    fn formulas_are_refused_and_never_kept() {
        for (column, value) in [
            (
                Column::Name,
                "=HYPERLINK(\"http://evil.example\",\"Click\")",
            ),
            (Column::Name, "@SUM(A1:A9)"),
            (Column::Name, "-2+3"),
            (Column::Login, "+cmd|' /C calc'!A0"),
            (Column::District, "=A1"),
            (Column::Gender, "+female"),
        ] {
            let row = check(5, &with(column, value), districts());
            assert_eq!(refused(&row), &RowProblem::Formula { column }, "{value}");
            assert!(!row.name.contains(value) && !row.login.contains(value));
        }
    }

    #[test]
    fn a_mobile_number_with_a_plus_is_not_a_formula() {
        for login in ["+91 94190 12345", "+919419012345", "+91-9419012345"] {
            let row = check(2, &with(Column::Login, login), districts());
            assert!(
                matches!(row.status, RowStatus::Ready(_)),
                "{login}: {row:?}"
            );
        }
        assert_eq!(
            refused(&check(2, &with(Column::Login, "+1"), districts())),
            &RowProblem::Formula {
                column: Column::Login
            }
        );
    }

    #[test]
    fn shown_values_are_clean_and_short() {
        assert_eq!(shown("a\u{202E}b\u{0007}c"), "abc");
        let long = "x".repeat(200);
        assert_eq!(shown(&long).chars().count(), SHOWN_MAX);
        assert!(shown(&long).ends_with('…'));
    }

    proptest! {
        #[test]
        fn no_formula_survives_into_a_ready_row(
            first in prop::sample::select(vec!['=', '+', '-', '@']),
            rest in "[a-zA-Z0-9(),.:!|' ]{0,30}",
            col in 0usize..6,
        ) {
            let mut v = cells(good());
            v[col] = format!("{first}{rest}");
            let row = check(2, &v, districts());
            let phone = Column::ALL[col] == Column::Login && matches!(row.status, RowStatus::Ready(_))
                && row.login.bytes().all(|b| b.is_ascii_digit());
            if !phone {
                prop_assert!(matches!(row.status, RowStatus::Refused(_)));
                prop_assert!(!row.name.starts_with(['=', '+', '-', '@']));
                prop_assert!(!row.login.starts_with(['=', '+', '-', '@']));
            }
        }
    }
}
