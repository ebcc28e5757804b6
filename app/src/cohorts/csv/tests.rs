//! The reader against real files: numbering, separators, encodings, limits, duplicates and
//! the accounts already in the database.

use super::*;
use proptest::prelude::*;
use std::sync::OnceLock;

/// The real district list, from a migrated temporary database (loaded once).
pub fn districts() -> &'static Districts {
    static DISTRICTS: OnceLock<Districts> = OnceLock::new();
    DISTRICTS.get_or_init(|| {
        std::thread::spawn(|| {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async {
                let path =
                    std::env::temp_dir().join(format!("sabaq-csv-{}.db", uuid::Uuid::new_v4()));
                let url = format!("sqlite://{}?mode=rwc", path.display());
                let db = crate::db::connect(&url).await.unwrap();
                crate::db::migrate(&db).await.unwrap();
                let districts = Districts::load(&db).await.unwrap();
                db.close().await.unwrap();
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
                districts
            })
        })
        .join()
        .unwrap()
    })
}

const HEADER: &str = "name,mobile_or_login,gender,group,district,language\n";

fn file(rows: &[&str]) -> Vec<u8> {
    let mut text = HEADER.to_owned();
    for r in rows {
        text.push_str(r);
        text.push('\n');
    }
    text.into_bytes()
}

fn learner(i: usize) -> String {
    format!("Learner {i},learner.{i},female,shg-member,srinagar,ur")
}

fn statuses(rows: &[UploadRow]) -> Vec<(u32, &RowStatus)> {
    rows.iter().map(|r| (r.row, &r.status)).collect()
}

#[test]
fn rows_are_numbered_as_in_the_spreadsheet() {
    let bytes = file(&[
        &learner(1),
        "",
        "\"Multi\nline\",learner.2,female,shg-member,srinagar,ur",
        ",,,,,",
        &learner(3),
    ]);
    let rows = read(&bytes, districts()).unwrap();
    assert_eq!(rows.iter().map(|r| r.row).collect::<Vec<_>>(), [2, 4, 6]);
    assert_eq!(counts(&rows).ready, 3);
    // The same with Windows line ends and no line end after the last row.
    let text = String::from_utf8(bytes).unwrap().replace('\n', "\r\n");
    let rows = read(text.trim_end().as_bytes(), districts()).unwrap();
    assert_eq!(rows.iter().map(|r| r.row).collect::<Vec<_>>(), [2, 4, 6]);
    // Blank lines above the header move every row down.
    let rows = read(format!("\n\n{text}").as_bytes(), districts()).unwrap();
    assert_eq!(rows.iter().map(|r| r.row).collect::<Vec<_>>(), [4, 6, 8]);
}

#[test]
fn semicolons_tabs_quotes_and_crlf() {
    for text in [
        "name;mobile;gender;group;district;language\r\n\"Bhat; Shazia\";learner.1;female;student;Srinagar;Urdu\r\n",
        "name\tmobile\tgender\tgroup\tdistrict\tlanguage\r\nBhat, Shazia\tlearner.1\tfemale\tstudent\tSrinagar\tUrdu\r\n",
    ] {
        let rows = read(text.as_bytes(), districts()).unwrap();
        assert_eq!(rows.len(), 1);
        assert!(matches!(rows[0].status, RowStatus::Ready(_)), "{rows:?}");
        assert!(rows[0].name.contains("Shazia"));
    }
}

#[test]
fn utf16_tab_separated_as_excel_unicode_text() {
    let text = "नाम\tमोबाइल\tलिंग\tसमूह\tज़िला\tभाषा\r\nशाज़िया\t9419012345\tमहिला\tविद्यार्थी\tश्रीनगर\tहिंदी\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let rows = read(&bytes, districts()).unwrap();
    assert_eq!(rows.len(), 1);
    let RowStatus::Ready(l) = &rows[0].status else {
        panic!("{rows:?}")
    };
    assert_eq!(l.display_name, "शाज़िया");
}

#[test]
fn urdu_headers_with_bom() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(
        "نام,موبائل نمبر,جنس,گروپ,ضلع,زبان\nشازیہ,9419012345,خاتون,طالب علم,سرینگر,اردو\n"
            .as_bytes(),
    );
    let rows = read(&bytes, districts()).unwrap();
    assert!(matches!(rows[0].status, RowStatus::Ready(_)), "{rows:?}");
    assert_eq!(rows[0].name, "شازیہ");
}

#[test]
fn the_templates_to_download_have_every_column() {
    for template in [
        &include_bytes!("../../../../public/templates/sabaq-learners-en.csv")[..],
        &include_bytes!("../../../../public/templates/sabaq-learners-hi.csv")[..],
        &include_bytes!("../../../../public/templates/sabaq-learners-ur.csv")[..],
    ] {
        assert_eq!(read(template, districts()), Err(FileError::NoRows));
    }
}

#[test]
fn file_level_errors() {
    let d = districts();
    assert_eq!(read(b"", d), Err(FileError::Empty));
    assert_eq!(read(HEADER.as_bytes(), d), Err(FileError::NoRows));
    assert_eq!(
        read(b"name,mobile\nA,learner.1\n", d),
        Err(FileError::MissingColumn(Column::Gender))
    );
    assert_eq!(read(b"name\xE9,mobile\n", d), Err(FileError::Encoding));
    assert_eq!(
        read(&vec![b'a'; FILE_LIMIT + 1], d),
        Err(FileError::TooLarge)
    );
}

#[test]
fn ten_thousand_rows_but_not_one_more() {
    let many: Vec<String> = (0..ROW_LIMIT).map(learner).collect();
    let refs: Vec<&str> = many.iter().map(String::as_str).collect();
    let rows = read(&file(&refs), districts()).unwrap();
    assert_eq!(counts(&rows).ready, ROW_LIMIT);
    let one_more = learner(ROW_LIMIT);
    let mut refs = refs;
    refs.push(&one_more);
    assert_eq!(read(&file(&refs), districts()), Err(FileError::TooManyRows));
}

#[test]
fn a_login_twice_in_the_file() {
    let rows = read(
        &file(&[
            &learner(1),
            "Other,LEARNER.1,male,student,jammu,hi",
            "Third,bad login!,male,student,jammu,hi",
            "Fourth,+91 94190 12345,male,student,jammu,hi",
            "Fifth,09419012345,male,student,jammu,hi",
        ]),
        districts(),
    )
    .unwrap();
    assert_eq!(
        rows[1].status,
        RowStatus::Refused(RowProblem::Duplicate { first_row: 2 })
    );
    assert!(matches!(
        rows[2].status,
        RowStatus::Refused(RowProblem::LoginInvalid { .. })
    ));
    assert!(matches!(rows[3].status, RowStatus::Ready(_)));
    assert_eq!(
        rows[4].status,
        RowStatus::Refused(RowProblem::Duplicate { first_row: 5 })
    );
}

#[test]
fn settling_against_existing_accounts() {
    let mut rows = read(&file(&[&learner(1), &learner(2), &learner(3)]), districts()).unwrap();
    assert_eq!(ready_logins(&rows), ["learner.1", "learner.2", "learner.3"]);
    let accounts = HashMap::from([
        ("learner.1".to_owned(), Account::InThisCohort),
        ("learner.2".to_owned(), Account::Elsewhere),
    ]);
    assert_eq!(settle(&mut rows, &accounts), 1);
    assert_eq!(
        statuses(&rows)[..2],
        [
            (2, &RowStatus::AlreadyEnrolled),
            (3, &RowStatus::Refused(RowProblem::LoginTaken))
        ]
    );
    assert_eq!(
        counts(&rows),
        Counts {
            ready: 1,
            enrolled: 1,
            refused: 1
        }
    );
    assert_eq!(ready(&rows).len(), 1);
    // Settling again changes nothing more.
    assert_eq!(settle(&mut rows, &accounts), 0);
}

#[test]
fn stored_rows_round_trip_as_json() {
    let rows = read(
        &file(&[&learner(1), "=HYPERLINK(\"x\"),a.b,female,student,jammu,hi"]),
        districts(),
    )
    .unwrap();
    let json = serde_json::to_string(&rows).unwrap();
    assert!(!json.contains("HYPERLINK"));
    assert_eq!(serde_json::from_str::<Vec<UploadRow>>(&json).unwrap(), rows);
}

#[test]
fn every_message_exists_in_every_language() {
    use fluent_templates::Loader;
    let mut ids: Vec<&str> = [
        FileError::TooLarge,
        FileError::Unreadable,
        FileError::Workbook,
        FileError::Encoding,
        FileError::Empty,
        FileError::NoRows,
        FileError::MissingColumn(Column::Name),
        FileError::RepeatedColumn(Column::Name),
        FileError::TooManyRows,
    ]
    .map(FileError::message_id)
    .to_vec();
    let value = String::new;
    for column in Column::ALL {
        ids.push(column.label_id());
        for p in [
            RowProblem::Formula { column },
            RowProblem::Missing { column },
            RowProblem::Unknown {
                column,
                value: value(),
            },
        ] {
            ids.push(p.message_id());
        }
    }
    for p in [
        RowProblem::NameTooLong,
        RowProblem::NameInvalid,
        RowProblem::LoginInvalid { value: value() },
        RowProblem::Duplicate { first_row: 2 },
        RowProblem::LoginTaken,
    ] {
        ids.push(p.message_id());
    }
    // Every argument any of them takes (a lookup fails when one is missing).
    let args: HashMap<
        std::borrow::Cow<'static, str>,
        fluent_templates::fluent_bundle::FluentValue,
    > = ["column", "columns", "value", "row", "rows", "megabytes"]
        .into_iter()
        .map(|k| (k.into(), "1".into()))
        .collect();
    for lang in crate::i18n::Lang::ALL {
        let id_lang: fluent_templates::LanguageIdentifier = lang.code().parse().unwrap();
        for id in &ids {
            assert!(
                crate::i18n::LOCALES
                    .try_lookup_with_args(&id_lang, id, &args)
                    .is_some(),
                "{lang:?} lacks {id}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_bytes_give_rows_or_a_file_error(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut input = HEADER.as_bytes().to_vec();
        input.extend(bytes);
        let _ = read(&input, districts());
    }

    #[test]
    fn each_row_keeps_its_number_and_every_count_adds_up(
        cells in proptest::collection::vec(
            ("[a-zA-Z ]{0,12}", "[a-z]{2,6}|9[0-9]{9}|", "female|male|x|", "student|shg|", "jammu|srinagar|nowhere", "ur|hi|en|"),
            1..40,
        )
    ) {
        let lines: Vec<String> = cells.iter().map(|(a, b, c, d, e, f)| format!("{a},{b},{c},{d},{e},{f}")).collect();
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        match read(&file(&refs), districts()) {
            Ok(rows) => {
                let c = counts(&rows);
                prop_assert_eq!(c.ready + c.enrolled + c.refused, rows.len());
                prop_assert!(rows.windows(2).all(|w| w[0].row < w[1].row));
                prop_assert!(rows.iter().all(|r| r.row >= 2 && (r.row as usize) <= lines.len() + 1));
                let ready = ready_logins(&rows);
                let unique: std::collections::HashSet<_> = ready.iter().collect();
                prop_assert_eq!(unique.len(), ready.len());
            }
            Err(e) => prop_assert_eq!(e, FileError::NoRows),
        }
    }
}
