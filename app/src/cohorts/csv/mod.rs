//! Reading a trainer's list of learners: a CSV file as Excel saves it (UTF-8 with or without
//! a byte-order mark, or UTF-16 "Unicode text"; comma, semicolon or tab between columns),
//! headers in English, Hindi or Urdu. Pure: the file is checked whole and every row gets a
//! status before anything touches the database; nothing of the file is kept but these rows.
//!
//! A problem with the whole file (encoding, a missing column, too many rows) is a
//! [`FileError`]; a problem with one row is that row's [`RowProblem`], shown in the preview.

mod columns;
mod decode;
mod rows;
mod words;

pub use columns::Column;

use crate::cohorts::{enrol::Districts, members::NewLearner};
use serde::{Deserialize, Serialize};
use std::collections::{hash_map::Entry, HashMap};

/// The largest file accepted, in bytes.
pub const FILE_LIMIT: usize = 2 * 1024 * 1024;

/// The most learners one file may hold.
pub const ROW_LIMIT: usize = 10_000;

/// Why a whole file is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileError {
    /// Over [`FILE_LIMIT`].
    TooLarge,
    /// No file was sent, or the upload could not be read.
    Unreadable,
    /// An Excel workbook, not a CSV file.
    Workbook,
    /// Not UTF-8 or UTF-16 with a byte-order mark.
    Encoding,
    /// Nothing in it, not even a header.
    Empty,
    /// A header but no learner.
    NoRows,
    MissingColumn(Column),
    /// Two headers name the same column.
    RepeatedColumn(Column),
    /// More than [`ROW_LIMIT`] learners.
    TooManyRows,
}

impl FileError {
    /// Fluent id of the message that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            FileError::TooLarge => "upload-error-too-large",
            FileError::Unreadable => "upload-error-unreadable",
            FileError::Workbook => "upload-error-workbook",
            FileError::Encoding => "upload-error-encoding",
            FileError::Empty => "upload-error-empty",
            FileError::NoRows => "upload-error-no-rows",
            FileError::MissingColumn(_) => "upload-error-missing-column",
            FileError::RepeatedColumn(_) => "upload-error-repeated-column",
            FileError::TooManyRows => "upload-error-too-many-rows",
        }
    }
}

/// One learner row of the file, as stored between the preview and the confirmation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadRow {
    /// The row number as the spreadsheet shows it (the header is row 1).
    pub row: u32,
    /// The name as written (cleaned for showing; empty if it was a formula).
    pub name: String,
    /// The login the account gets, or the cell as written if it is not one.
    pub login: String,
    pub status: RowStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowStatus {
    /// Will be created and enrolled.
    Ready(NewLearner),
    /// Already a member of this cohort: skipped, so uploading the same file twice adds no one.
    AlreadyEnrolled,
    Refused(RowProblem),
}

/// Why a row cannot be enrolled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowProblem {
    /// The cell starts with `=`, `+`, `-` or `@`: a spreadsheet would run it.
    Formula {
        column: Column,
    },
    Missing {
        column: Column,
    },
    NameTooLong,
    /// Invisible or control characters only.
    NameInvalid,
    LoginInvalid {
        value: String,
    },
    /// A gender, group, language or district not in the lists.
    Unknown {
        column: Column,
        value: String,
    },
    /// The same login as an earlier row of the file.
    Duplicate {
        first_row: u32,
    },
    /// An account outside this cohort already has the login.
    LoginTaken,
}

impl RowProblem {
    /// Fluent id of the message that explains it.
    pub fn message_id(&self) -> &'static str {
        match self {
            RowProblem::Formula { .. } => "upload-row-formula",
            RowProblem::Missing { .. } => "upload-row-missing",
            RowProblem::NameTooLong => "upload-row-name-too-long",
            RowProblem::NameInvalid => "upload-row-name-invalid",
            RowProblem::LoginInvalid { .. } => "upload-row-login-invalid",
            RowProblem::Unknown { column, .. } => match column {
                Column::Gender => "upload-row-unknown-gender",
                Column::Group => "upload-row-unknown-group",
                Column::District => "upload-row-unknown-district",
                Column::Language => "upload-row-unknown-language",
                Column::Name => "upload-row-name-invalid",
                Column::Login => "upload-row-login-invalid",
            },
            RowProblem::Duplicate { .. } => "upload-row-duplicate",
            RowProblem::LoginTaken => "upload-row-login-taken",
        }
    }
}

/// How many rows of each kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub ready: usize,
    pub enrolled: usize,
    pub refused: usize,
}

/// Where an existing account with a row's login is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Account {
    InThisCohort,
    Elsewhere,
}

/// Reads and checks the whole file. Each row is ready, or refused with its problem; accounts
/// already in the database are looked at afterwards ([`settle`]).
pub fn read(bytes: &[u8], districts: &Districts) -> Result<Vec<UploadRow>, FileError> {
    if bytes.len() > FILE_LIMIT {
        return Err(FileError::TooLarge);
    }
    let text = decode::decode(bytes)?;
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(decode::delimiter(&text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut lines = Lines::new(&text);
    let mut record = ::csv::StringRecord::new();
    if !reader
        .read_record(&mut record)
        .map_err(|_| FileError::Unreadable)?
    {
        return Err(FileError::Empty);
    }
    let layout = columns::Layout::from_headers(record.iter())?;
    lines.advance(reader.position().byte());
    // Line breaks inside quoted cells so far: the file's lines run ahead of the sheet's rows.
    let mut inner = breaks(&record);
    let mut found = Vec::new();
    while reader
        .read_record(&mut record)
        .map_err(|_| FileError::Unreadable)?
    {
        inner += breaks(&record);
        let row = lines
            .advance(reader.position().byte())
            .saturating_sub(inner);
        let cells: rows::Cells = Column::ALL.map(|c| {
            record
                .get(layout.position(c))
                .unwrap_or("")
                .trim()
                .to_owned()
        });
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if found.len() == ROW_LIMIT {
            return Err(FileError::TooManyRows);
        }
        found.push(rows::check(
            u32::try_from(row).unwrap_or(u32::MAX),
            &cells,
            districts,
        ));
    }
    if found.is_empty() {
        return Err(FileError::NoRows);
    }
    refuse_duplicates(&mut found);
    Ok(found)
}

/// Line breaks inside the record's quoted cells.
fn breaks(record: &::csv::StringRecord) -> u64 {
    record.iter().map(|f| f.matches('\n').count() as u64).sum()
}

/// Line numbers in the text as the reader moves on. A record's row in the spreadsheet is the
/// line it ends on less the line breaks inside cells up to there (counting from where a
/// record ends, not where the reader says it starts, keeps blank lines before it counted).
struct Lines<'a> {
    text: &'a str,
    counted_to: usize,
    breaks: u64,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            counted_to: 0,
            breaks: 0,
        }
    }

    /// The line of the record that ends just before byte `end` (after its terminator).
    fn advance(&mut self, end: u64) -> u64 {
        let end = usize::try_from(end)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        let read = self.text.get(self.counted_to..end).unwrap_or_default();
        self.breaks += read.matches('\n').count() as u64;
        self.counted_to = end.max(self.counted_to);
        let consumed = &self.text.as_bytes()[..self.counted_to];
        // A record cut off by the end of the file, or whose "\r\n" is only half read, has
        // not had its own line break counted yet.
        self.breaks + u64::from(!consumed.ends_with(b"\n"))
    }
}

/// Each login may appear once: a later row with the login of an earlier one is refused
/// (unless it already was, for another reason).
fn refuse_duplicates(rows: &mut [UploadRow]) {
    let mut first: HashMap<String, u32> = HashMap::new();
    for row in rows {
        let Ok(login) = crate::auth::validate::normalize_login(&row.login) else {
            continue;
        };
        match first.entry(login) {
            Entry::Occupied(e) => {
                if matches!(row.status, RowStatus::Ready(_)) {
                    row.status = RowStatus::Refused(RowProblem::Duplicate {
                        first_row: *e.get(),
                    });
                }
            }
            Entry::Vacant(e) => {
                e.insert(row.row);
            }
        }
    }
}

/// The logins of the ready rows, to look up in the database.
pub fn ready_logins(rows: &[UploadRow]) -> Vec<String> {
    rows.iter()
        .filter_map(|r| match &r.status {
            RowStatus::Ready(l) => Some(l.login.clone()),
            _ => None,
        })
        .collect()
}

/// Settles the ready rows whose login already has an account: a member of this cohort is
/// skipped, anyone else's login is refused. Returns how many ready rows were refused.
pub fn settle(rows: &mut [UploadRow], accounts: &HashMap<String, Account>) -> usize {
    let mut refused = 0;
    for row in rows {
        let RowStatus::Ready(l) = &row.status else {
            continue;
        };
        match accounts.get(&l.login) {
            Some(Account::InThisCohort) => row.status = RowStatus::AlreadyEnrolled,
            Some(Account::Elsewhere) => {
                row.status = RowStatus::Refused(RowProblem::LoginTaken);
                refused += 1;
            }
            None => {}
        }
    }
    refused
}

/// How many rows are ready, already enrolled and refused.
pub fn counts(rows: &[UploadRow]) -> Counts {
    rows.iter().fold(Counts::default(), |mut c, r| {
        match r.status {
            RowStatus::Ready(_) => c.ready += 1,
            RowStatus::AlreadyEnrolled => c.enrolled += 1,
            RowStatus::Refused(_) => c.refused += 1,
        }
        c
    })
}

/// The learners to create.
pub fn ready(rows: &[UploadRow]) -> Vec<NewLearner> {
    rows.iter()
        .filter_map(|r| match &r.status {
            RowStatus::Ready(l) => Some(l.clone()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests;
