//! The client's log of quiz submissions, which `bench/statewide.sh` checks against the
//! database: one line per event, `<event> <login> <attempt key>`: `sent` (before the first
//! try), `acked` (the server answered with the result), `retry` (no answer or a 5xx: the same
//! attempt is sent again), `refused` (a 4xx) or `lost` (no answer after every retry).

use std::{
    fs::File,
    io::{LineWriter, Write},
    sync::{Mutex, OnceLock},
};

/// Written a line at a time, so that what was sent is on disk before the request goes out,
/// however the run ends.
static LEDGER: OnceLock<Option<Mutex<LineWriter<File>>>> = OnceLock::new();

/// Opens the ledger at `path` (none: outcomes are not written).
pub fn open(path: Option<&str>) -> std::io::Result<()> {
    let file = path.map(File::create).transpose()?;
    let _ = LEDGER.set(file.map(|f| Mutex::new(LineWriter::new(f))));
    Ok(())
}

pub fn write(outcome: &str, login: &str, attempt: &str) {
    if let Some(Some(ledger)) = LEDGER.get() {
        if let Ok(mut w) = ledger.lock() {
            let _ = writeln!(w, "{outcome} {login} {attempt}");
        }
    }
}

pub fn flush() {
    if let Some(Some(ledger)) = LEDGER.get() {
        if let Ok(mut w) = ledger.lock() {
            let _ = w.flush();
        }
    }
}
